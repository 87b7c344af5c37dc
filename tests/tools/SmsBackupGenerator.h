// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes a synthetic "SMS Backup & Restore" XML backup, for the readers' volume test, the
// make_sms_backup tool and bench_sms. Header-only so that each of them just includes it.
//
// The mix is meant to look like a real phone: about two thirds service messages (bank, payment,
// shopping, verification codes, carrier notices) with the 【签名】 at the start or at the end,
// from short codes (95555), 106 gateways and international senders; the rest from personal
// numbers (138…, +86 139…), some sent, with emoji written the way the app writes them (two
// character references to UTF-16 surrogates; or as UTF-8, see Emoji), newlines as &#10;, & and
// quotes escaped; and one MMS in fifty, with a SMIL part, a text part and its addresses. Each
// message carries the attributes the app writes, so sizes are realistic: about 350 bytes a message.

#include <iterator>
#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

namespace rebind {

class SmsBackupGenerator
{
public:
    // How emoji are written. The app writes two references to UTF-16 surrogates, which XML
    // forbids (strict parsers such as xmllint stop at the first); Utf8 gives well-formed XML,
    // for comparing with such parsers.
    enum class Emoji
    {
        SurrogateReferences,
        Utf8,
    };

    explicit SmsBackupGenerator(quint64 seed = 20231114, Emoji emoji = Emoji::SurrogateReferences)
        : m_state(seed), m_emoji(emoji)
    {}

    // A whole backup of count messages, written in pieces of about 1 MiB. Every message has
    // text, so a reader hands on exactly count. False when writing fails.
    bool write(QIODevice& out, qint64 count)
    {
        QByteArray buffer;
        buffer.reserve(kFlushBytes + 4096);
        buffer.append("<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                      "<!--File Created By SMS Backup & Restore v10.18.102-->\n"
                      "<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n"
                      "<smses count=\"");
        buffer.append(QByteArray::number(count));
        buffer.append("\" backup_set=\"6f1c0e4e-2b7a-4c1e-9a55-3d1f0b6c7e21\" "
                      "backup_date=\"1700000000000\" type=\"full\">\n");
        qint64 date = kStartMs;
        for (qint64 i = 0; i < count; ++i) {
            date += 1000 * qint64(1 + next(900));
            if (i % 50 == 49) {
                appendMms(buffer, date);
            } else {
                appendSms(buffer, date);
            }
            if (buffer.size() >= kFlushBytes) {
                if (out.write(buffer) != buffer.size()) {
                    return false;
                }
                buffer.clear();
            }
        }
        buffer.append("</smses>\n");
        return out.write(buffer) == buffer.size();
    }

private:
    static constexpr qsizetype kFlushBytes = 1024 * 1024;
    static constexpr qint64 kStartMs = 1546300800000; // 2019-01-01

    struct Template
    {
        const char* sender; // '#' is a random digit
        const char* body;   // '#' is a random digit
    };

    // splitmix64: small, fast and the same on every platform.
    quint32 next(quint32 bound)
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        quint64 z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        return quint32(z % bound);
    }

    QString fill(const char* pattern)
    {
        QString text = QString::fromUtf8(pattern);
        for (QChar& c : text) {
            if (c == QLatin1Char('#')) {
                c = QChar(char16_t(u'0' + next(10)));
            }
        }
        return text;
    }

    // Escaped as the app escapes an attribute (emoji as m_emoji says).
    void appendEscaped(QByteArray& out, const QString& text) const
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t c = text.at(i).unicode();
            switch (c) {
            case u'&':
                out.append("&amp;");
                break;
            case u'<':
                out.append("&lt;");
                break;
            case u'>':
                out.append("&gt;");
                break;
            case u'"':
                out.append("&quot;");
                break;
            case u'\n':
                out.append("&#10;");
                break;
            default:
                if (QChar::isSurrogate(c) && m_emoji == Emoji::SurrogateReferences) {
                    out.append("&#").append(QByteArray::number(c)).append(';');
                } else if (QChar::isHighSurrogate(c) && i + 1 < text.size()) {
                    const char32_t u = QChar::surrogateToUcs4(c, text.at(i + 1).unicode());
                    out.append(char(0xF0 | (u >> 18)))
                        .append(char(0x80 | ((u >> 12) & 0x3F)))
                        .append(char(0x80 | ((u >> 6) & 0x3F)))
                        .append(char(0x80 | (u & 0x3F)));
                    ++i;
                } else if (c < 0x80) {
                    out.append(char(c));
                } else if (c < 0x800) {
                    out.append(char(0xC0 | (c >> 6))).append(char(0x80 | (c & 0x3F)));
                } else {
                    out.append(char(0xE0 | (c >> 12)))
                        .append(char(0x80 | ((c >> 6) & 0x3F)))
                        .append(char(0x80 | (c & 0x3F)));
                }
            }
        }
    }

    void appendSms(QByteArray& out, qint64 date)
    {
        static const Template services[] = {
            {"95555", "【招商银行】您账户####于##月##日##:##消费人民币###.##元，余额#,###.##元。"},
            {"95588",
             "您尾号####卡##月##日##:##收入(工资)#,###.##元，余额##,###.##元。【工商银行】"},
            {"95533", "【建设银行】验证码######，您正在进行网上银行登录，切勿泄露。"},
            {"95599",
             "【中国农业银行】您尾号####账户##月##日完成支付宝交易人民币-##.##，余额###.##。"},
            {"1069########",
             "【京东】您的验证码为######，请在页面中输入完成验证，请勿泄露给他人。"},
            {"95188", "【支付宝】验证码######，您正在登录支付宝，请勿告诉他人。"},
            {"10690700367", "Your WeChat verification code is ######. Don't share it with others."},
            {"22000", "G-###### is your Google verification code."},
            {"10086", "【中国移动】尊敬的客户，您本月已使用流量#.##GB & 剩余##.##GB，详询10086。"},
            {"1065502#######", "【淘宝】亲，您的验证码是######，请勿泄露"},
            {"106550########", "######（登录验证码），请在5分钟内完成登录。【美团】"},
            {"106980095###", "【滴滴出行】您的验证码是####，5分钟内有效"},
            {"12306", "【铁路12306】订单E#########，您已购##月##日G###次#车##F号，检票口A#。"},
            {"106575########", "【抖音】####是你的验证码，5分钟内有效"},
            {"+1415555####",
             "Your Uber code is ####. Never share this code. Reply STOP to unsubscribe."},
            {"95516", "【云闪付】您正在绑定银行卡，验证码######，请勿告诉他人。"},
        };
        static const char* const chats[] = {
            "晚上一起吃饭吗？😀",      "好的，明天见 👍",
            "妈，我到家了",           "The meeting moved to 3pm & the room is \"Blue\"",
            "收到，谢谢！\n下周再说", "快递放门口就行 📦",
            "<到了> 在楼下等你",
        };
        const bool service = next(3) != 0;
        QString sender;
        QString body;
        if (service) {
            const Template& t = services[next(quint32(std::size(services)))];
            sender = fill(t.sender);
            body = fill(t.body);
        } else {
            sender = next(2) == 0 ? fill("138########") : fill("+86139########");
            body = QString::fromUtf8(chats[next(quint32(std::size(chats)))]);
        }
        const bool sent = !service && next(3) == 0;
        out.append("  <sms protocol=\"0\" address=\"");
        appendEscaped(out, sender);
        out.append("\" date=\"").append(QByteArray::number(date));
        out.append(sent ? "\" type=\"2\"" : "\" type=\"1\"");
        out.append(" subject=\"null\" body=\"");
        appendEscaped(out, body);
        out.append("\" toa=\"null\" sc_toa=\"null\" service_center=\"+86138002");
        out.append(QByteArray::number(10000 + next(90000)));
        out.append("\" read=\"1\" status=\"-1\" locked=\"0\" date_sent=\"");
        out.append(QByteArray::number(sent ? 0 : date - 2000));
        out.append("\" sub_id=\"1\" readable_date=\"2023年11月14日 下午4:20:00\" "
                   "contact_name=\"");
        out.append(service ? "(Unknown)" : "张三");
        out.append("\" />\n");
    }

    void appendMms(QByteArray& out, qint64 date)
    {
        const QString sender = fill("95338");
        out.append("  <mms date=\"").append(QByteArray::number(date));
        out.append("\" ct_t=\"application/vnd.wap.multipart.related\" msg_box=\"1\" "
                   "rr=\"null\" sub=\"null\" read_status=\"null\" address=\"");
        appendEscaped(out, sender);
        out.append("\" m_id=\"null\" read=\"1\" m_type=\"132\" readable_date=\"2023年11月14日 "
                   "下午4:20:00\" contact_name=\"(Unknown)\">\n"
                   "    <parts>\n"
                   "      <part seq=\"-1\" ct=\"application/smil\" name=\"null\" chset=\"null\" "
                   "cd=\"null\" fn=\"null\" cid=\"&lt;smil&gt;\" cl=\"smil.xml\" "
                   "text='&lt;smil&gt;&lt;body&gt;&lt;par dur=\"5000ms\"&gt;&lt;text "
                   "src=\"text_0.txt\"/&gt;&lt;/par&gt;&lt;/body&gt;&lt;/smil&gt;' />\n"
                   "      <part seq=\"0\" ct=\"text/plain\" name=\"null\" chset=\"106\" "
                   "cd=\"null\" fn=\"null\" cid=\"&lt;text_0&gt;\" cl=\"text_0.txt\" text=\"");
        appendEscaped(out, fill("【顺丰速运】您的快件已到达驿站，取件码#-####，请及时领取。"));
        out.append("\" />\n"
                   "    </parts>\n"
                   "    <addrs>\n"
                   "      <addr address=\"");
        appendEscaped(out, sender);
        out.append("\" type=\"137\" charset=\"106\" />\n"
                   "      <addr address=\"insert-address-token\" type=\"151\" charset=\"106\" />\n"
                   "    </addrs>\n"
                   "  </mms>\n");
    }

    quint64 m_state;
    Emoji m_emoji;
};

} // namespace rebind
