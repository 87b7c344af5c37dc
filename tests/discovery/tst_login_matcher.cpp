// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Which catalog service a saved login belongs to: by its web addresses, by its Android app's
// package, and, when it has no web address, by its name in the password manager, only when
// that name is exactly what the catalog calls one service. One login counts once, however many
// addresses it lists; one account counts once, however many rows Chrome writes for it.

#include "Catalog.h"
#include "CatalogSearch.h"
#include "DiscoveryScanner.h"
#include "LoginMatcher.h"
#include "ServiceIndex.h"

#include <QtTest>

using namespace rebind;

namespace {

const QString kFixtures = QStringLiteral(REBIND_TEST_FIXTURES "/passwords/");

const PhoneNumber& testNumber()
{
    static const PhoneNumber number = *PhoneNumber::parse(QStringLiteral("13800138000"));
    return number;
}

PasswordEntry login(const QStringList& urls, const QString& title = {},
                    const QString& username = QStringLiteral("someone@example.org"))
{
    PasswordEntry entry;
    entry.urls = urls;
    entry.title = title;
    entry.username = username;
    return entry;
}

// "id ×count" per finding, sorted, for comparing a whole scan in one go.
QStringList summary(const QList<Finding>& findings)
{
    QStringList out;
    for (const Finding& f : findings) {
        out.append(f.key() + QStringLiteral(" ×") + QString::number(f.count));
    }
    out.sort();
    return out;
}

} // namespace

class TestLoginMatcher : public QObject
{
    Q_OBJECT

private:
    ServiceIndex m_index{Catalog::builtIn()};
    LoginMatcher m_matcher{Catalog::builtIn(), m_index, testNumber()};

    QString idOf(const PasswordEntry& entry) const
    {
        const LoginMatcher::Service service = m_matcher.serviceOf(entry);
        return service.entry != nullptr ? service.entry->id : QStringLiteral("-");
    }

    QList<Finding> scan(const QString& fixture)
    {
        auto scanned =
            DiscoveryScanner::scan(kFixtures + fixture, Catalog::builtIn(), testNumber());
        if (!scanned) {
            qWarning("%s", qPrintable(scanned.message()));
            return {};
        }
        return scanned->findings;
    }

private Q_SLOTS:
    // A login saved only under a name: the service when the name is what the catalog calls it,
    // with the words people add around it ("网银", "App", "账号", "我的", a note in brackets, an
    // owner after a dash) taken off; nothing when it only resembles one.
    void entryName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* name, const char* id) {
            QTest::newRow(name) << QString::fromUtf8(name) << QString::fromUtf8(id);
        };
        row("招商银行", "cmb");
        row("工行网银", "icbc");
        row("Alipay", "alipay");
        row("alipay app", "alipay");
        row("支付宝账号", "alipay");
        row("我的淘宝账号", "taobao");
        row("ICBC 网银", "icbc");
        row("建行手机银行", "ccb");
        row("【招商银行】", "cmb");
        row("工行（工资卡）", "icbc");
        row("张三 - 招商银行", "cmb");
        row("中国建设银行 - 工资卡", "ccb");
        row("QQ（大号）", "qq");
        row("QQ音乐会员", "qq-music");
        row("Apple ID", "apple");
        row("Steam", "steam");
        row("微信支付密码", "wechat-pay");
        row("爱奇艺 (iqiyi.com)", "iqiyi");
        row("jd.com", "jd");

        // Weak: a prefix, a substring, a category word, an everyday keyword, decorations alone.
        row("银行卡密码", "");
        row("招商", "");
        row("建设", "");
        row("支付", "");
        row("微信读书", "");
        row("邮箱密码", "");
        row("手机银行", "");
        row("网银", "");
        row("密码", "");
        row("App", "");
        row("设计", "");
        row("保险", "");
        row("家里WiFi", "");
        row("VPN", "");
        row("张三", "");
        row("Steam Deck", "");
        row("Q", "");
        // Two services named: neither.
        row("招商银行 / 工行", "");
    }

    void entryName()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QString matched;
        const CatalogEntry* entry = m_matcher.byEntryName(name, &matched);
        QCOMPARE(entry != nullptr ? entry->id : QString(), expected);
        if (entry == nullptr) {
            return;
        }
        // What matched is part of the name, and the catalog's own search agrees it is an exact
        // name of the service, not a keyword or a fragment.
        QVERIFY2(name.contains(matched, Qt::CaseInsensitive), qPrintable(matched));
        if (!matched.contains(QLatin1Char('.'))) {
            QVERIFY(CatalogSearch::builtIn().score(*entry, matched) >= 95);
        }
    }

    // A name is only consulted when the login has no web address.
    void nameOnlyWithoutWebAddress()
    {
        QCOMPARE(idOf(login({}, QStringLiteral("招商银行"))), QStringLiteral("cmb"));
        QCOMPARE(
            idOf(login({QStringLiteral("https://bbs.example.cn/")}, QStringLiteral("招商银行"))),
            QStringLiteral("-"));
        // An app the catalog does not know is no web address: the name decides.
        QCOMPARE(idOf(login({QStringLiteral("androidapp://com.example.cmbclone")},
                            QStringLiteral("招商银行"))),
                 QStringLiteral("cmb"));
        // Chrome names an app login by its package: that is no name, and no domain either.
        QCOMPARE(idOf(login({QStringLiteral("androidapp://com.example.jd.com")},
                            QStringLiteral("com.example.jd.com"))),
                 QStringLiteral("-"));
        // A known address wins over the name.
        QCOMPARE(idOf(login({QStringLiteral("https://www.jd.com")}, QStringLiteral("招商银行"))),
                 QStringLiteral("jd"));
        const LoginMatcher::Service byName =
            m_matcher.serviceOf(login({}, QStringLiteral("工行网银")));
        QVERIFY(byName.byName);
        QCOMPARE(byName.evidence, QStringLiteral("工行"));
    }

    // The way Chrome / Google Password Manager and Bitwarden write Android logins.
    void androidPackages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char* url, const char* id) {
            QTest::newRow(url) << QString::fromUtf8(url) << QString::fromUtf8(id);
        };
        row("android://"
            "Jzj5T2E45Hb33D-lk-EHZVCrb7a064dEicTwrTYQYGXO99JqE2YERhbMP1qLogwJiy87OsBzC09Gk"
            "094Z-U_hg==@com.tencent.mm/",
            "wechat");
        row("androidapp://com.tencent.mm", "wechat");
        row("androidapp://com.tencent.mobileqq", "qq");
        row("androidapp://com.eg.android.AlipayGphone", "alipay");
        row("android://aGFzaA==@cmb.pb/", "cmb");
        row("androidapp://com.chinamworld.main", "ccb");
        // A variant of a known app ("极速版"): the app it extends.
        row("androidapp://com.ss.android.ugc.aweme.lite", "douyin");
        // Not a package in the catalog; its reversed name is no guess either.
        row("androidapp://com.tencent.unknownapp", "-");
        row("androidapp://com.example.doorlock", "-");
        row("androidapp://com", "-");
        row("iosapp://com.tencent.xin", "-");
    }

    void androidPackages()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(idOf(login({url})), expected);
    }

    // Several addresses in one login: the first one the catalog knows is where the login was
    // saved; when the first is unknown, the most specific address that is known.
    void severalAddresses_data()
    {
        QTest::addColumn<QStringList>("urls");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("evidence");
        QTest::newRow("google, youtube, gmail")
            << QStringList{QStringLiteral("https://accounts.google.com/signin"),
                           QStringLiteral("https://www.youtube.com/"),
                           QStringLiteral("https://gmail.com")}
            << QStringLiteral("google") << QStringLiteral("accounts.google.com");
        QTest::newRow("youtube first")
            << QStringList{QStringLiteral("https://www.youtube.com/"),
                           QStringLiteral("https://accounts.google.com/signin")}
            << QStringLiteral("youtube") << QStringLiteral("youtube.com");
        QTest::newRow("app then site")
            << QStringList{QStringLiteral("androidapp://com.eg.android.AlipayGphone"),
                           QStringLiteral("https://auth.alipay.com/login")}
            << QStringLiteral("alipay") << QStringLiteral("com.eg.android.alipaygphone");
        QTest::newRow("unknown first, then parent and exact host")
            << QStringList{QStringLiteral("https://sso.corp-example.cn/login"),
                           QStringLiteral("https://qq.com"),
                           QStringLiteral("https://mail.qq.com/cgi-bin/loginpage")}
            << QStringLiteral("qq-mail") << QStringLiteral("mail.qq.com");
        QTest::newRow("unknown first, exact app over subdomain")
            << QStringList{QStringLiteral("https://sso.corp-example.cn/"),
                           QStringLiteral("https://login.taobao.com/"),
                           QStringLiteral("androidapp://com.tencent.mm")}
            << QStringLiteral("wechat") << QStringLiteral("com.tencent.mm");
        QTest::newRow("addresses without hosts skipped")
            << QStringList{QStringLiteral("moz-extension://1234-abcd"), QStringLiteral("jd.com")}
            << QStringLiteral("jd") << QStringLiteral("jd.com");
    }

    void severalAddresses()
    {
        QFETCH(QStringList, urls);
        QFETCH(QString, expected);
        QFETCH(QString, evidence);
        const LoginMatcher::Service service = m_matcher.serviceOf(login(urls));
        QVERIFY(service.entry != nullptr);
        QCOMPARE(service.entry->id, expected);
        QCOMPARE(service.evidence, evidence);
        QVERIFY(!service.byName);
    }

    // One login, one finding, one count; the same account on another row of the same service
    // (Chrome writes one row per affiliated site) is not counted again; another account is.
    void countsAccounts()
    {
        LoginMatcher matcher(Catalog::builtIn(), m_index, testNumber());
        const auto take = [&](const PasswordEntry& entry) {
            const std::optional<Finding> f = matcher.take(entry);
            return f ? f->key() : QStringLiteral("-");
        };
        QCOMPARE(take(login({QStringLiteral("https://accounts.google.com"),
                             QStringLiteral("https://youtube.com")},
                            {}, QStringLiteral("wang.wu@gmail.com"))),
                 QStringLiteral("google"));
        QCOMPARE(take(login({QStringLiteral("https://myaccount.google.com")}, {},
                            QStringLiteral("Wang.Wu@gmail.com "))),
                 QStringLiteral("-"));
        QCOMPARE(take(login({QStringLiteral("https://accounts.google.com")}, {},
                            QStringLiteral("other@gmail.com"))),
                 QStringLiteral("google"));
        // The user's number, spelled two ways, is one account.
        QCOMPARE(take(login({QStringLiteral("https://weixin.qq.com/")}, {},
                            QStringLiteral("+86 138 0013 8000"))),
                 QStringLiteral("wechat"));
        QCOMPARE(take(login({QStringLiteral("androidapp://com.tencent.mm")}, {},
                            QStringLiteral("13800138000"))),
                 QStringLiteral("-"));
        // Unknown site, number as login: listed by its domain; unknown site otherwise: not.
        QCOMPARE(take(login({QStringLiteral("https://www.example-gym.cn/login")}, {},
                            QStringLiteral("13800138000"))),
                 QStringLiteral("domain:example-gym.cn"));
        QCOMPARE(take(login({QStringLiteral("https://www.example-gym.cn/login")}, {},
                            QStringLiteral("gym-member"))),
                 QStringLiteral("-"));
        // No address and a name that names nothing: nothing, even with the number as login.
        QCOMPARE(take(login({}, QStringLiteral("银行卡密码"), QStringLiteral("13800138000"))),
                 QStringLiteral("-"));

        // Without the user's number (rebind-cli scan without --add): any mobile number, one
        // account per number however it is spelled.
        LoginMatcher anyNumber(Catalog::builtIn(), m_index);
        const auto takeAny = [&](const QString& url, const QString& username) {
            const std::optional<Finding> f = anyNumber.take(login({url}, {}, username));
            return f ? f->key() : QStringLiteral("-");
        };
        QCOMPARE(
            takeAny(QStringLiteral("https://weixin.qq.com/"), QStringLiteral("+86 138 0013 8000")),
            QStringLiteral("wechat"));
        QCOMPARE(
            takeAny(QStringLiteral("androidapp://com.tencent.mm"), QStringLiteral("13800138000")),
            QStringLiteral("-"));
        QCOMPARE(
            takeAny(QStringLiteral("androidapp://com.tencent.mm"), QStringLiteral("13900139000")),
            QStringLiteral("wechat"));
    }

    // Bitwarden: a login with several addresses, Android apps, names without addresses.
    void bitwardenFixture()
    {
        const QList<Finding> found = scan(QStringLiteral("bitwarden-apps.json"));
        QCOMPARE(summary(found),
                 (QStringList{QStringLiteral("alipay ×1"), QStringLiteral("cmb ×1"),
                              QStringLiteral("domain:android:com.example.doorlock ×1"),
                              QStringLiteral("douyin ×1"), QStringLiteral("google ×1"),
                              QStringLiteral("icbc ×1"), QStringLiteral("qq-mail ×1"),
                              QStringLiteral("wechat ×1")}));
        for (const Finding& f : found) {
            if (f.key() == QLatin1String("wechat")) {
                QCOMPARE(f.evidence, QStringLiteral("com.tencent.mm"));
                QVERIFY(f.loginIsPhone);
            } else if (f.key() == QLatin1String("icbc")) {
                QCOMPARE(f.evidence, QStringLiteral("工行"));
                QVERIFY(f.loginIsPhone);
            } else if (f.key() == QLatin1String("google")) {
                QCOMPARE(f.evidence, QStringLiteral("accounts.google.com"));
                QVERIFY(!f.loginIsPhone);
            }
        }
    }

    // Google Password Manager on an Android phone: app logins, and one account written once per
    // affiliated site and app.
    void chromeFixture()
    {
        auto scanned = DiscoveryScanner::scan(kFixtures + QStringLiteral("chrome-android.csv"),
                                              Catalog::builtIn(), testNumber());
        QVERIFY2(scanned.ok(), qPrintable(scanned.message()));
        QCOMPARE(scanned->items, qint64(8));
        QCOMPARE(summary(scanned->findings),
                 (QStringList{QStringLiteral("cmb ×1"),
                              QStringLiteral("domain:android:com.example.parking ×1"),
                              QStringLiteral("jd ×2"), QStringLiteral("taobao ×1"),
                              QStringLiteral("wechat ×1")}));
    }

    // KeePassXC entries saved under names only, among personal notes and devices.
    void keepassNamesFixture()
    {
        QCOMPARE(summary(scan(QStringLiteral("keepassxc-names.csv"))),
                 (QStringList{QStringLiteral("alipay ×1"), QStringLiteral("ccb ×1"),
                              QStringLiteral("domain:example.cn ×1"), QStringLiteral("icbc ×1"),
                              QStringLiteral("steam ×1"), QStringLiteral("taobao ×1")}));
    }
};

QTEST_GUILESS_MAIN(TestLoginMatcher)
#include "tst_login_matcher.moc"
