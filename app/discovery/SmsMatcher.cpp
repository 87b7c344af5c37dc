// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsMatcher.h"

#include "CodePhrase.h"
#include "OriginBoundCode.h"
#include "SmsSender.h"
#include "SmsSignatures.h"

#include <algorithm>
#include <array>

namespace rebind {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool isHostChar(QChar c)
{
    return isAsciiLetter(c) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
           c == QLatin1Char('.') || c == QLatin1Char('-');
}

// Links to an app store or a link shortener name the store, not the service that sent them.
bool isPlatformHost(const QString& host)
{
    static const std::array<QString, 16> hosts = {
        QStringLiteral("apps.apple.com"),
        QStringLiteral("itunes.apple.com"),
        QStringLiteral("testflight.apple.com"),
        QStringLiteral("play.google.com"),
        QStringLiteral("goo.gl"),
        QStringLiteral("g.co"),
        QStringLiteral("t.cn"),
        QStringLiteral("url.cn"),
        QStringLiteral("dwz.cn"),
        QStringLiteral("bit.ly"),
        QStringLiteral("tinyurl.com"),
        QStringLiteral("t.co"),
        QStringLiteral("sj.qq.com"),
        QStringLiteral("app.mi.com"),
        QStringLiteral("appgallery.huawei.com"),
        QStringLiteral("a.app.qq.com"),
    };
    return std::find(hosts.begin(), hosts.end(), host) != hosts.end();
}

// The hosts written in a body ("https://m.taobao.com/…", "www.12306.cn", "Booking.com"), in
// order; never the domain of an e-mail address.
QStringList hostsIn(QStringView body)
{
    QStringList hosts;
    qsizetype i = 0;
    while (i < body.size()) {
        if (!isHostChar(body.at(i)) ||
            (i > 0 && (isHostChar(body.at(i - 1)) || body.at(i - 1) == QLatin1Char('@')))) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < body.size() && isHostChar(body.at(end))) {
            ++end;
        }
        QStringView run = body.mid(i, end - i);
        i = end;
        while (run.endsWith(QLatin1Char('.')) || run.endsWith(QLatin1Char('-'))) {
            run.chop(1);
        }
        const qsizetype lastDot = run.lastIndexOf(QLatin1Char('.'));
        if (lastDot <= 0 || run.startsWith(QLatin1Char('.'))) {
            continue;
        }
        const QStringView top = run.mid(lastDot + 1);
        if (top.size() < 2 || top.size() > 10 ||
            !std::all_of(top.begin(), top.end(), isAsciiLetter)) {
            continue;
        }
        const QString host = run.toString().toLower();
        if (!isPlatformHost(host)) {
            hosts.append(host);
        }
    }
    return hosts;
}

// "G-123456 is your Google verification code": the G- prefix is Google's own.
bool startsWithGoogleCode(QStringView body)
{
    const QStringView text = body.trimmed();
    if (text.size() < 8 || text.at(0) != QLatin1Char('G') || text.at(1) != QLatin1Char('-')) {
        return false;
    }
    for (qsizetype i = 2; i < 8; ++i) {
        if (!text.at(i).isDigit()) {
            return false;
        }
    }
    return text.size() == 8 || !text.at(8).isLetterOrNumber();
}

} // namespace

bool SmsMatcher::isPersonal(const QString& sender)
{
    const SmsSender::Kind kind = SmsSender::kindOf(sender);
    return kind == SmsSender::Kind::Person || kind == SmsSender::Kind::ForeignNumber;
}

QString SmsMatcher::signatureOf(const QString& body)
{
    for (const SmsSignatures::Found& found : SmsSignatures::in(body)) {
        if (found.place != SmsSignatures::Place::Middle && !found.number) {
            return found.text;
        }
    }
    return QString();
}

bool SmsMatcher::hasCode(const QString& body)
{
    // A run of four or more digits first: it is the cheap test, and most messages fail it.
    qsizetype run = 0;
    qsizetype longest = 0;
    for (const QChar c : body) {
        run = c.isDigit() ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    if (longest < 4) {
        return false;
    }
    // Then one pass for the words services put before a code: Chinese in both scripts,
    // Japanese and Korean are checked where their last character occurs; English words where
    // a run of letters ends.
    static const std::array<QString, 21> words = {
        QStringLiteral("验证码"),   QStringLiteral("驗證碼"),     QStringLiteral("校验码"),
        QStringLiteral("校驗碼"),   QStringLiteral("动态码"),     QStringLiteral("動態碼"),
        QStringLiteral("动态密码"), QStringLiteral("動態密碼"),   QStringLiteral("确认码"),
        QStringLiteral("確認碼"),   QStringLiteral("认证码"),     QStringLiteral("認證碼"),
        QStringLiteral("安全码"),   QStringLiteral("安全碼"),     QStringLiteral("授权码"),
        QStringLiteral("授權碼"),   QStringLiteral("一次性密码"), QStringLiteral("一次性密碼"),
        QStringLiteral("コード"),   QStringLiteral("認証番号"),   QStringLiteral("인증번호"),
    };
    const QStringView text(body);
    qsizetype letters = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const QChar c = i < text.size() ? text.at(i) : QChar();
        if (isAsciiLetter(c)) {
            ++letters;
            continue;
        }
        if (letters == 3 || letters == 4 || letters == 8) {
            const QStringView word = text.mid(i - letters, letters);
            if (word.compare(QLatin1String("code"), Qt::CaseInsensitive) == 0 ||
                word.compare(QLatin1String("otp"), Qt::CaseInsensitive) == 0 ||
                word.compare(QLatin1String("passcode"), Qt::CaseInsensitive) == 0 ||
                (word.compare(QLatin1String("one"), Qt::CaseInsensitive) == 0 &&
                 text.mid(i).startsWith(QLatin1String("-time"), Qt::CaseInsensitive))) {
                return true;
            }
        }
        letters = 0;
        const char16_t unit = c.unicode();
        if (unit != u'码' && unit != u'碼' && unit != u'ド' && unit != u'号' && unit != u'호') {
            continue;
        }
        for (const QString& word : words) {
            if (word.back() == c && i + 1 >= word.size() &&
                text.mid(i + 1 - word.size(), word.size()) == word) {
                return true;
            }
        }
    }
    return false;
}

QString SmsMatcher::maskedExcerpt(const QString& body, int maxChars)
{
    // One pass that stops once the excerpt is full: white space collapsed, links cut to their
    // host (one-time links carry tokens in their path), digits masked.
    const QStringView text(body);
    QString out;
    out.reserve(maxChars + 8);
    bool space = false;
    qsizetype i = 0;
    while (i < text.size() && out.size() <= maxChars) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            space = !out.isEmpty();
            ++i;
            continue;
        }
        if (space) {
            out.append(QLatin1Char(' '));
            space = false;
        }
        qsizetype scheme = 0;
        if (c == QLatin1Char('h') || c == QLatin1Char('H')) {
            const QStringView rest = text.mid(i);
            scheme = rest.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)  ? 8
                     : rest.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ? 7
                                                                                      : 0;
        }
        if (scheme > 0) {
            qsizetype host = i + scheme;
            while (host < text.size() && text.at(host) != QLatin1Char('/') &&
                   !text.at(host).isSpace()) {
                ++host;
            }
            if (host > i + scheme) {
                for (qsizetype k = i; k < host; ++k) {
                    out.append(text.at(k).isDigit() ? QLatin1Char('*') : text.at(k));
                }
                out.append(QStringLiteral("/…"));
                while (host < text.size() && !text.at(host).isSpace()) {
                    ++host;
                }
                i = host;
                continue;
            }
        }
        ++i;
        // Control characters and the stand-ins for broken ones say nothing to a reader.
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter) {
            continue;
        }
        out.append(c.isDigit() ? QLatin1Char('*') : c);
    }
    if (out.size() > maxChars) {
        out = out.left(maxChars - 1) + QChar(0x2026);
    }
    return out;
}

std::optional<SmsMatch> SmsMatcher::match(const SmsMessage& message) const
{
    if (!message.incoming) {
        return std::nullopt;
    }
    const SmsSender::Kind sender = SmsSender::kindOf(message.sender);
    if (sender == SmsSender::Kind::Person) {
        return std::nullopt;
    }
    // A sender ID may also be how an export names a contact ("Tom"): only what the catalog
    // recognises is taken from those messages.
    const bool senderId = sender == SmsSender::Kind::AlphanumericId;
    // A number abroad is a person unless the message is a code in a service's own machine
    // format: a signature the catalog knows at either end with a code, or the one-time-code
    // line. Wording alone ("Your WeChat code is …") a person can write too.
    const bool foreign = sender == SmsSender::Kind::ForeignNumber;
    const QString& body = message.body;
    SmsMatch result;
    result.code = hasCode(body);
    const auto found = [&](const ServiceHit& hit, SmsMatch::Evidence evidence,
                           const QString& text) {
        result.entry = m_index.narrowed(hit.entry, body);
        if (result.entry == nullptr && hit.company != nullptr) {
            result.entry = m_index.serviceNamedIn(*hit.company, body);
            result.company = result.entry == nullptr ? hit.company : nullptr;
        }
        result.evidence = evidence;
        result.evidenceText = text;
        return std::optional<SmsMatch>(result);
    };

    QString unknownSignature;
    for (const SmsSignatures::Found& signature : SmsSignatures::in(body)) {
        if (foreign && (!result.code || signature.place == SmsSignatures::Place::Middle)) {
            continue;
        }
        const ServiceHit hit = m_index.bySignature(signature.text);
        if (hit.found()) {
            result.signature = signature.text;
            return found(hit, SmsMatch::Evidence::Signature,
                         QStringLiteral("【%1】").arg(signature.text));
        }
        if (unknownSignature.isEmpty() && signature.place != SmsSignatures::Place::Middle &&
            !signature.number) {
            unknownSignature = signature.text;
        }
    }
    result.signature = unknownSignature;

    if (const std::optional<OriginBoundCode> otp = OriginBoundCode::in(body)) {
        // The embedded site asked for the code (a card issuer inside a shop's page): it sent it.
        for (const QString& host : {otp->embeddedHost, otp->topHost}) {
            if (const CatalogEntry* entry = host.isEmpty() ? nullptr : m_index.byDomain(host)) {
                return found({entry, nullptr}, SmsMatch::Evidence::Domain, QLatin1Char('@') + host);
            }
        }
    }

    if (foreign) {
        return std::nullopt;
    }
    const QString from = message.sender.trimmed();
    if (sender == SmsSender::Kind::ServiceNumber) {
        const ServiceHit hit = m_index.byServiceNumber(from);
        if (hit.found()) {
            return found(hit, SmsMatch::Evidence::Sender, from);
        }
    } else if (senderId) {
        if (const CatalogEntry* entry = m_index.bySenderId(from)) {
            return found({entry, nullptr}, SmsMatch::Evidence::Sender, from);
        }
    }

    for (const QString& name : CodePhrase::namesIn(body)) {
        if (const CatalogEntry* entry = m_index.byName(name)) {
            return found({entry, nullptr}, SmsMatch::Evidence::Name, name);
        }
    }
    if (startsWithGoogleCode(body)) {
        if (const CatalogEntry* entry = m_index.byName(QStringLiteral("Google"))) {
            return found({entry, nullptr}, SmsMatch::Evidence::Name, QStringLiteral("Google"));
        }
    }

    if (!unknownSignature.isEmpty()) {
        if (senderId) {
            return std::nullopt;
        }
        // Recognised or not, a signature names a service.
        result.evidence = SmsMatch::Evidence::Signature;
        result.evidenceText = QStringLiteral("【%1】").arg(unknownSignature);
        return result;
    }
    if (senderId) {
        return std::nullopt;
    }
    for (const QString& host : hostsIn(body)) {
        if (const CatalogEntry* entry = m_index.byDomain(host)) {
            return found({entry, nullptr}, SmsMatch::Evidence::Domain, host);
        }
    }
    return std::nullopt;
}

} // namespace rebind
