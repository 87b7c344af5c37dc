// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Recognising services in text messages: signatures at either end, service senders, English
// patterns and links, unrecognised signatures, and people never taken for services.

#include "Catalog.h"
#include "DiscoveryCollector.h"
#include "DiscoveryScanner.h"
#include "OriginBoundCode.h"
#include "ServiceIndex.h"
#include "SmsMatcher.h"
#include "SmsSender.h"

#include <QMap>
#include <QtTest>

using namespace rebind;

namespace {

SmsMessage sms(const QString& sender, const QString& body, const QDateTime& at = {})
{
    SmsMessage m;
    m.sender = sender;
    m.body = body;
    m.at = at.isValid() ? at : QDateTime(QDate(2026, 1, 2), QTime(9, 0), Qt::UTC);
    m.incoming = true;
    return m;
}

} // namespace

class TestSmsMatcher : public QObject
{
    Q_OBJECT

private:
    ServiceIndex m_index{Catalog::builtIn()};

    QString idOf(const SmsMessage& message) const
    {
        const auto match = SmsMatcher(m_index).match(message);
        if (!match) {
            return QStringLiteral("-");
        }
        if (match->entry != nullptr) {
            return match->entry->id;
        }
        return match->company != nullptr ? QStringLiteral("company:") + match->company->id
                                         : QStringLiteral("?") + match->signature;
    }

private Q_SLOTS:
    void recognises_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("signature at start")
            << QStringLiteral("1069555")
            << QStringLiteral("【招商银行】您账户8888于11月2日支出100.00元")
            << QStringLiteral("cmb");
        QTest::newRow("signature at end")
            << QStringLiteral("106900")
            << QStringLiteral("您的验证码为 123456，5分钟内有效。【京东】") << QStringLiteral("jd");
        QTest::newRow("half-width brackets")
            << QStringLiteral("106575") << QStringLiteral("[支付宝]校验码 654321，请勿泄露")
            << QStringLiteral("alipay");
        QTest::newRow("known sender without signature")
            << QStringLiteral("95555") << QStringLiteral("您尾号1234的卡已还款")
            << QStringLiteral("cmb");
        QTest::newRow("English verification code")
            << QStringLiteral("+1 415 555 0100 ")
            << QStringLiteral("Your WeChat verification code is 123456")
            << QStringLiteral("-"); // a foreign mobile number: a person
        QTest::newRow("English from a short code")
            << QStringLiteral("22000") << QStringLiteral("Your WeChat verification code is 123456")
            << QStringLiteral("wechat");
        QTest::newRow("Google G- code")
            << QStringLiteral("22000")
            << QStringLiteral("G-123456 is your Google verification code.")
            << QStringLiteral("google");
        QTest::newRow("link in the body")
            << QStringLiteral("10690000")
            << QStringLiteral("您的订单已发货，详情 https://m.taobao.com/o/abc?t=999")
            << QStringLiteral("taobao");
        QTest::newRow("unrecognised signature")
            << QStringLiteral("106912") << QStringLiteral("【小区物业】本周六停水")
            << QStringLiteral("?小区物业");
        QTest::newRow("person with a signature-like text")
            << QStringLiteral("13800138000") << QStringLiteral("【招商银行】转给你了")
            << QStringLiteral("-");
        QTest::newRow("person in +86 form")
            << QStringLiteral("+86 139 1234 5678") << QStringLiteral("晚上回家吃饭吗")
            << QStringLiteral("-");
        QTest::newRow("a contact's name")
            << QStringLiteral("妈妈") << QStringLiteral("到了吗") << QStringLiteral("-");
        QTest::newRow("bracketed number is not a signature")
            << QStringLiteral("106900") << QStringLiteral("[123456] is your code")
            << QStringLiteral("-");

        // Alphanumeric sender IDs: the catalog's names and aliases, with the affixes senders
        // add; generic words and two-letter aliases are nobody.
        QTest::newRow("sender ID")
            << QStringLiteral("Uber") << QStringLiteral("Your ride is arriving now.")
            << QStringLiteral("uber");
        QTest::newRow("sender ID with a bracketed name")
            << QStringLiteral("HSBC") << QStringLiteral("[HSBC] Your one-time password is 482913")
            << QStringLiteral("hsbc");
        QTest::newRow("sender ID with an affix")
            << QStringLiteral("CitiAlert")
            << QStringLiteral("A charge of USD 12.00 was made on your card.")
            << QStringLiteral("citi");
        QTest::newRow("sender ID run together with a region")
            << QStringLiteral("HSBCHK") << QStringLiteral("Your statement is ready.")
            << QStringLiteral("hsbc");
        QTest::newRow("sender ID that is a domain")
            << QStringLiteral("Booking.com") << QStringLiteral("Your reservation is confirmed.")
            << QStringLiteral("booking");
        QTest::newRow("generic sender ID")
            << QStringLiteral("INFO") << QStringLiteral("Your code is 482913")
            << QStringLiteral("-");
        QTest::newRow("two-letter alias is not a sender ID")
            << QStringLiteral("DB") << QStringLiteral("Ihre Fahrkarte ist bereit.")
            << QStringLiteral("-");
        QTest::newRow("a contact's Latin name")
            << QStringLiteral("Tom") << QStringLiteral("See you at 7, code for the door is 4821")
            << QStringLiteral("-");
        QTest::newRow("unknown sender ID with an unknown signature")
            << QStringLiteral("Tom") << QStringLiteral("【小区物业】本周六停水")
            << QStringLiteral("-");

        // The origin-bound one-time-code line names the site.
        QTest::newRow("one-time-code line")
            << QStringLiteral("40404")
            << QStringLiteral("Your code is 482913.\n\n@github.com #482913")
            << QStringLiteral("github");
        QTest::newRow("one-time-code line, embedded site")
            << QStringLiteral("40404")
            << QStringLiteral("Code 482913\n@shop.example #482913 %www.hsbc.com.hk")
            << QStringLiteral("hsbc");
        QTest::newRow("e-mail address is not a code line")
            << QStringLiteral("40404") << QStringLiteral("Write to help@example.org #1 fan")
            << QStringLiteral("-");

        // English (and other Latin-script) code phrasings from a service number.
        QTest::newRow("<code> is your X security code")
            << QStringLiteral("32665") << QStringLiteral("482913 is your Dropbox security code.")
            << QStringLiteral("dropbox");
        QTest::newRow("Use <code> as your X verification code")
            << QStringLiteral("32665")
            << QStringLiteral("Use 482913 as your Proton verification code")
            << QStringLiteral("proton");
        QTest::newRow("Your X account code is")
            << QStringLiteral("32665") << QStringLiteral("Your Microsoft account code is 4829")
            << QStringLiteral("microsoft");
        QTest::newRow("X: <code> is your sign-in code")
            << QStringLiteral("32665") << QStringLiteral("Cash App: 482-913 is your sign-in code.")
            << QStringLiteral("cash-app");
        QTest::newRow("X code: <code>")
            << QStringLiteral("32665") << QStringLiteral("Snapchat Code: 482913. Do not share it.")
            << QStringLiteral("snapchat");
        QTest::newRow("name of several words")
            << QStringLiteral("32665")
            << QStringLiteral("Your Bank of America security code is 482913")
            << QStringLiteral("bank-of-america");
        QTest::newRow("SMS Retriever prefix")
            << QStringLiteral("32665")
            << QStringLiteral("<#> Your Slack confirmation code is 482-913 FA+9qCX9VSu")
            << QStringLiteral("slack");
        QTest::newRow("code for X")
            << QStringLiteral("32665")
            << QStringLiteral("Your verification code for Coinbase is 4829133")
            << QStringLiteral("coinbase");
        QTest::newRow("French") << QStringLiteral("32665")
                                << QStringLiteral("Votre code Uber est 4829")
                                << QStringLiteral("uber");
        QTest::newRow("brand before a Chinese code word")
            << QStringLiteral("1069000") << QStringLiteral("您的Temu验证码是482913，5分钟内有效")
            << QStringLiteral("temu");
        QTest::newRow("brand before a Japanese code word")
            << QStringLiteral("1069000") << QStringLiteral("LINEの認証番号：4829")
            << QStringLiteral("line");
        QTest::newRow("Korean tag line before the signature")
            << QStringLiteral("1069000")
            << QStringLiteral("[Web발신]\n[카카오톡] 인증번호 [482913]을 입력해주세요")
            << QStringLiteral("kakaotalk");
        QTest::newRow("no name in the phrase")
            << QStringLiteral("32665")
            << QStringLiteral("Your verification code is 4829. Reply STOP to cancel")
            << QStringLiteral("-");

        // Chinese signatures: a security centre, the company, an office, a sub-brand, the
        // traditional script, the middle of the body.
        QTest::newRow("security centre")
            << QStringLiteral("1069123456789")
            << QStringLiteral("【QQ安全中心】你正在修改密码，验证码482913") << QStringLiteral("qq");
        QTest::newRow("traditional script")
            << QStringLiteral("1069000") << QStringLiteral("【中國銀行】您的賬戶已入賬")
            << QStringLiteral("boc");
        QTest::newRow("regional tax bureau")
            << QStringLiteral("12366")
            << QStringLiteral("【国家税务总局北京市税务局】您的验证码为482913")
            << QStringLiteral("iit");
        QTest::newRow("provincial power company")
            << QStringLiteral("95598") << QStringLiteral("【国网江苏省电力公司】您的电费余额不足")
            << QStringLiteral("state-grid");
        QTest::newRow("city housing fund")
            << QStringLiteral("1069000") << QStringLiteral("【杭州住房公积金】您的公积金已到账")
            << QStringLiteral("housing-fund");
        QTest::newRow("sub-brand")
            << QStringLiteral("1069000") << QStringLiteral("【天猫超市】您的包裹已发货")
            << QStringLiteral("tmall");
        QTest::newRow("account name without 帐号")
            << QStringLiteral("1069000") << QStringLiteral("【荣耀】验证码482913，5分钟内有效")
            << QStringLiteral("honor-id");
        QTest::newRow("brand of a curated entry, not the public one")
            << QStringLiteral("1069000") << QStringLiteral("【vivo】验证码482913")
            << QStringLiteral("vivo-account");
        QTest::newRow("group signature naming a service")
            << QStringLiteral("1069000") << QStringLiteral("【网易】您的网易邮箱验证码为482913")
            << QStringLiteral("netease-mail");
        QTest::newRow("group signature alone")
            << QStringLiteral("1069000") << QStringLiteral("【网易】验证码482913")
            << QStringLiteral("company:netease-group");
        QTest::newRow("signature in the middle")
            << QStringLiteral("1069000")
            << QStringLiteral("尊敬的用户：您好【京东】您的订单已出库，请保持电话畅通。")
            << QStringLiteral("jd");
        QTest::newRow("a greeting before the signature at the end")
            << QStringLiteral("1069000") << QStringLiteral("【温馨提示】您的快递已签收【京东】")
            << QStringLiteral("jd");
        QTest::newRow("a service named by its number")
            << QStringLiteral("1069000") << QStringLiteral("【12306】您的候补订单已兑现")
            << QStringLiteral("railway-12306");
        QTest::newRow("a code in full-width brackets is not a signature")
            << QStringLiteral("1069000") << QStringLiteral("您的验证码为【482913】")
            << QStringLiteral("-");
        QTest::newRow("gateway whose tail is a bank's number")
            << QStringLiteral("106980095555") << QStringLiteral("【百度网盘】您的验证码为482913")
            << QStringLiteral("baidu-netdisk");
        QTest::newRow("a bank's number about its credit card")
            << QStringLiteral("95555") << QStringLiteral("您尾号1234的信用卡本期账单已出")
            << QStringLiteral("cmb-credit-card");
        QTest::newRow("service number in international form")
            << QStringLiteral("+8695566") << QStringLiteral("您的账户支出100元")
            << QStringLiteral("boc");

        // Numbers abroad: people, unless the text is a code in a service's own format.
        QTest::newRow("foreign number, one-time-code line")
            << QStringLiteral("+1 415 555 0100")
            << QStringLiteral("Your Airbnb code is 482913\n\n@www.airbnb.com #482913")
            << QStringLiteral("airbnb");
        QTest::newRow("foreign number, signed code")
            << QStringLiteral("+852 5123 4567")
            << QStringLiteral("【中銀香港】您的一次性密碼為482913") << QStringLiteral("bochk");
        QTest::newRow("foreign number, signed text without a code")
            << QStringLiteral("+852 5123 4567") << QStringLiteral("【中銀香港】我到了")
            << QStringLiteral("-");
        QTest::newRow("foreign number looking like a mainland mobile")
            << QStringLiteral("+1 385 123 4567") << QStringLiteral("hey, are you around?")
            << QStringLiteral("-");
        QTest::newRow("e-mail address")
            << QStringLiteral("friend@example.com") << QStringLiteral("@github.com #482913")
            << QStringLiteral("-");
    }

    void recognises()
    {
        QFETCH(QString, sender);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        if (expected.startsWith(QLatin1String("company:"))) {
            QVERIFY2(Catalog::builtIn().company(expected.mid(8)) != nullptr, qPrintable(expected));
        } else if (expected != QLatin1String("-") && !expected.startsWith(QLatin1Char('?'))) {
            QVERIFY2(Catalog::builtIn().find(expected) != nullptr, qPrintable(expected));
        }
        QCOMPARE(idOf(sms(sender, body)), expected);
    }

    // 【腾讯科技】 signs texts for WeChat, QQ, QQ Mail and more: the service the message names
    // is picked; without one, the group itself is reported.
    void companySignaturePicksTheNamedService()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogCompany* tencent = nullptr;
        for (const CatalogCompany& company : catalog.companies()) {
            if (company.smsSignatures.contains(QStringLiteral("腾讯科技"))) {
                tencent = &company;
            }
        }
        QVERIFY(tencent != nullptr);
        const SmsMatcher matcher(m_index);
        auto match = matcher.match(sms(QStringLiteral("106900"),
                                       QStringLiteral("【腾讯科技】你的QQ号正在修改密保手机，验证码"
                                                      "123456，请勿泄露。")));
        QVERIFY(match && match->entry != nullptr);
        QCOMPARE(match->entry->id, QStringLiteral("qq"));
        match =
            matcher.match(sms(QStringLiteral("106900"),
                              QStringLiteral("【腾讯科技】QQ邮箱提醒：你的邮箱独立密码已修改。")));
        QVERIFY(match && match->entry != nullptr);
        QCOMPARE(match->entry->id, QStringLiteral("qq-mail"));
        match = matcher.match(sms(QStringLiteral("106900"),
                                  QStringLiteral("【腾讯科技】验证码 654321，5 分钟内有效。")));
        QVERIFY(match);
        QVERIFY(match->entry == nullptr);
        QCOMPARE(match->company, tencent);

        DiscoveryCollector collector(m_index);
        collector.addSms(sms(QStringLiteral("106900"),
                             QStringLiteral("【腾讯科技】验证码 654321，5 分钟内有效。")));
        const QList<Finding> findings = collector.findings();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().name, tencent->names.en);
    }

    void senderKinds_data()
    {
        QTest::addColumn<QString>("sender");
        QTest::addColumn<int>("kind");
        const auto row = [](const char* name, const QString& sender, SmsSender::Kind kind) {
            QTest::newRow(name) << sender << static_cast<int>(kind);
        };
        row("mainland mobile", QStringLiteral("13800138000"), SmsSender::Kind::Person);
        row("mainland mobile, +86", QStringLiteral("+86 139 1234 5678"), SmsSender::Kind::Person);
        row("mainland mobile, 0086", QStringLiteral("008613912345678"), SmsSender::Kind::Person);
        row("contact name", QStringLiteral("妈妈"), SmsSender::Kind::Person);
        row("e-mail", QStringLiteral("friend@example.com"), SmsSender::Kind::Person);
        row("US number", QStringLiteral("+1 (415) 555-0100"), SmsSender::Kind::ForeignNumber);
        row("bank", QStringLiteral("95555"), SmsSender::Kind::ServiceNumber);
        row("gateway", QStringLiteral("1069012345678"), SmsSender::Kind::ServiceNumber);
        row("short code", QStringLiteral("22000"), SmsSender::Kind::ServiceNumber);
        row("sender ID", QStringLiteral("LinkedIn"), SmsSender::Kind::AlphanumericId);
        row("sender ID with a dot", QStringLiteral("Booking.com"), SmsSender::Kind::AlphanumericId);
        row("empty", QString(), SmsSender::Kind::Unknown);
    }

    void senderKinds()
    {
        QFETCH(QString, sender);
        QFETCH(int, kind);
        QCOMPARE(static_cast<int>(SmsSender::kindOf(sender)), kind);
    }

    // The WICG format: "@host #code", the embedded site after "%" (or "@", as Chrome reads it).
    void originBoundCodeLine()
    {
        auto found = OriginBoundCode::in(u"Your code is 123456.\n\n@Example.com #123456");
        QVERIFY(found);
        QCOMPARE(found->topHost, QStringLiteral("example.com"));
        QVERIFY(found->embeddedHost.isEmpty());
        found = OriginBoundCode::in(u"@shop.example #AB12 %pay.example");
        QVERIFY(found);
        QCOMPARE(found->topHost, QStringLiteral("shop.example"));
        QCOMPARE(found->embeddedHost, QStringLiteral("pay.example"));
        found = OriginBoundCode::in(u"@shop.example #AB12 @pay.example");
        QVERIFY(found);
        QCOMPARE(found->embeddedHost, QStringLiteral("pay.example"));
        QVERIFY(!OriginBoundCode::in(u"mail me@example.com #123"));
        QVERIFY(!OriginBoundCode::in(u"@example.com#123456"));
        QVERIFY(!OriginBoundCode::in(u"@localhost #123456"));
        QVERIFY(!OriginBoundCode::in(u"@example.com #"));
    }

    // A bank's signed messages and its own number's, a carrier's signature and short number:
    // one finding each, every message counted once.
    void oneFindingPerService()
    {
        DiscoveryCollector collector(m_index);
        collector.addSms(
            sms(QStringLiteral("95566"), QStringLiteral("【中国银行】您的账户支出100元")));
        collector.addSms(sms(QStringLiteral("95566"), QStringLiteral("您的账户收入200元")));
        collector.addSms(
            sms(QStringLiteral("1069095566"), QStringLiteral("【中國銀行】驗證碼482913")));
        collector.addSms(sms(QStringLiteral("10086"), QStringLiteral("【中国移动】您的话费余额")));
        collector.addSms(
            sms(QStringLiteral("10086"), QStringLiteral("尊敬的客户，本月流量已用完")));
        collector.addSms(sms(QStringLiteral("1069000"), QStringLiteral("【网易】验证码482913")));
        collector.addSms(sms(QStringLiteral("1069001"), QStringLiteral("【网易】验证码135790")));
        QMap<QString, qint64> counts;
        for (const Finding& finding : collector.findings()) {
            QVERIFY2(!counts.contains(finding.key()), qPrintable(finding.key()));
            counts.insert(finding.key(), finding.count);
        }
        QCOMPARE(counts.value(QStringLiteral("boc")), 3);
        QCOMPARE(counts.value(QStringLiteral("china-mobile")), 2);
        QCOMPARE(counts.value(QStringLiteral("company:netease-group")), 2);
        QCOMPARE(counts.size(), 3);
    }

    void sentMessagesAreNotServices()
    {
        SmsMessage sent = sms(QStringLiteral("95555"), QStringLiteral("【招商银行】hello"));
        sent.incoming = false;
        QVERIFY(!SmsMatcher(m_index).match(sent));
    }

    void excerptsHideDigitsAndLinks()
    {
        const QString excerpt = SmsMatcher::maskedExcerpt(
            QStringLiteral("【招商银行】验证码 482913，尾号6217 支出 1,250.00 元 "
                           "https://cmbchina.com/x?token=abc123"));
        QVERIFY2(!excerpt.contains(QRegularExpression(QStringLiteral("\\d"))), qPrintable(excerpt));
        QVERIFY(!excerpt.contains(QStringLiteral("token")));
        QVERIFY(excerpt.contains(QStringLiteral("招商银行")));
        QVERIFY(SmsMatcher::maskedExcerpt(QString(200, QLatin1Char('a'))).size() <= 60);
    }

    void collectorCountsAndDates()
    {
        DiscoveryCollector collector(m_index);
        const QDateTime early(QDate(2024, 3, 1), QTime(8, 0), Qt::UTC);
        const QDateTime late(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
        collector.addSms(
            sms(QStringLiteral("95555"), QStringLiteral("【招商银行】动账通知 100元"), late));
        collector.addSms(
            sms(QStringLiteral("1069"), QStringLiteral("【招商银行】验证码 123456"), early));
        collector.addSms(sms(QStringLiteral("95555"), QStringLiteral("您的账户余额 5元"), late));
        collector.addSms(sms(QStringLiteral("13800138000"), QStringLiteral("在吗"), late));
        collector.addSms(
            sms(QStringLiteral("106912"), QStringLiteral("【小区物业】停水通知"), late));
        const QList<Finding> found = collector.findings();
        QCOMPARE(collector.messagesSeen(), 5);
        QCOMPARE(found.size(), 2);
        const Finding& bank = found.first(); // critical first, unrecognised last
        QCOMPARE(bank.key(), QStringLiteral("cmb"));
        QCOMPARE(bank.count, 3);
        QCOMPARE(bank.firstSeen, early);
        QCOMPARE(bank.lastSeen, late);
        QVERIFY(bank.codes);
        QVERIFY(bank.roles().testFlag(BindingRole::BankReserved));
        QVERIFY(bank.roles().testFlag(BindingRole::SmsLogin));
        QCOMPARE(bank.evidenceKind, QStringLiteral("signature"));
        QCOMPARE(found.last().key(), QStringLiteral("unrecognised:【小区物业】"));
        QVERIFY(found.last().entry == nullptr);
    }

    void fixtureRecall()
    {
        // Every service in the fixture backup is found (recall 10/10), and nothing else: the
        // two personal conversations and the sent message are not services.
        auto scanned = DiscoveryScanner::scan(
            QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml"), Catalog::builtIn());
        QVERIFY2(scanned.ok(), qPrintable(scanned.message()));
        QStringList found;
        for (const Finding& f : scanned->findings) {
            found.append(f.key());
        }
        found.sort();
        QStringList expected{QStringLiteral("alipay"),       QStringLiteral("ccb"),
                             QStringLiteral("china-mobile"), QStringLiteral("cmb"),
                             QStringLiteral("google"),       QStringLiteral("icbc"),
                             QStringLiteral("jd"),           QStringLiteral("sf-express"),
                             QStringLiteral("taobao"),       QStringLiteral("wechat")};
        expected.sort();
        QCOMPARE(found, expected);
    }
};

QTEST_GUILESS_MAIN(TestSmsMatcher)
#include "tst_sms_matcher.moc"
