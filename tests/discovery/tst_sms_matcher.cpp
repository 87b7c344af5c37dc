// Recognising services in text messages: signatures at either end, service senders, English
// patterns and links, unrecognised signatures, and people never taken for services.

#include "Catalog.h"
#include "DiscoveryCollector.h"
#include "DiscoveryScanner.h"
#include "ServiceIndex.h"
#include "SmsMatcher.h"

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
        return match->entry != nullptr ? match->entry->id : QStringLiteral("?") + match->signature;
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
    }

    void recognises()
    {
        QFETCH(QString, sender);
        QFETCH(QString, body);
        QFETCH(QString, expected);
        if (expected != QLatin1String("-") && !expected.startsWith(QLatin1Char('?'))) {
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
