#include "Catalog.h"
#include "CatalogReader.h"
#include "CatalogSearch.h"
#include "NewOwnerGuide.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

// A valid curated entry (tests/fixtures/catalog-entry.json) with the given id, alias and signature.
QByteArray curatedJson(const QString& id, const QString& alias, const QString& signature)
{
    QFile file(QStringLiteral(REBIND_TEST_FIXTURES "/catalog-entry.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).arg(id, alias, signature).toUtf8();
}

QString writeFile(QTemporaryDir& dir, const QString& name, const QByteArray& content)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(content);
    return path;
}

} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInCatalogIsHealthy()
    {
        const Catalog& catalog = Catalog::builtIn();
        QVERIFY2(catalog.problems().isEmpty(),
                 qPrintable(catalog.problems().mid(0, 30).join(QLatin1Char('\n'))));
        qInfo("curated cn: %d, curated global: %d, public: %d",
              catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("cn")),
              catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("global")),
              catalog.count(CatalogEntry::Detail::Public));
        QVERIFY(catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("cn")) >= 150);
        QVERIFY(catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("global")) >= 80);
        QVERIFY(catalog.count(CatalogEntry::Detail::Public) >= 3000);
    }

    void curatedEntriesHaveStepsInBothLanguages()
    {
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (!entry.isCurated()) {
                QVERIFY2(entry.steps.isEmpty(), qPrintable(entry.id));
                continue;
            }
            QVERIFY2(entry.hasSteps(QStringLiteral("zh")) && entry.hasSteps(QStringLiteral("en")),
                     qPrintable(entry.id));
            QVERIFY2(!entry.lostNumber.zh.isEmpty() && !entry.lostNumber.en.isEmpty(),
                     qPrintable(entry.id));
            QVERIFY2(entry.lastReviewed.isValid(), qPrintable(entry.id));
        }
    }

    void wellKnownServicesArePresent()
    {
        const Catalog& catalog = Catalog::builtIn();
        for (const char* id :
             {"wechat",    "qq",       "alipay",       "taobao",        "jd",
              "pinduoduo", "meituan",  "didi",         "railway-12306", "cmb",
              "icbc",      "iit",      "china-mobile", "google",        "apple",
              "microsoft", "whatsapp", "telegram",     "paypal",        "amazon"}) {
            const CatalogEntry* entry = catalog.find(QString::fromLatin1(id));
            QVERIFY2(entry != nullptr, id);
            QVERIFY2(entry->isCurated(), id);
        }
    }

    void search_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("expected");
        QTest::newRow("initials wx") << QStringLiteral("wx") << QStringLiteral("wechat");
        QTest::newRow("initials zfb") << QStringLiteral("zfb") << QStringLiteral("alipay");
        QTest::newRow("pinyin") << QStringLiteral("zhifubao") << QStringLiteral("alipay");
        QTest::newRow("chinese name") << QStringLiteral("微信") << QStringLiteral("wechat");
        QTest::newRow("english name") << QStringLiteral("WeChat") << QStringLiteral("wechat");
        QTest::newRow("sender number") << QStringLiteral("95555") << QStringLiteral("cmb");
        QTest::newRow("signature") << QStringLiteral("【招商银行】") << QStringLiteral("cmb");
        QTest::newRow("domain") << QStringLiteral("taobao.com") << QStringLiteral("taobao");
        QTest::newRow("link") << QStringLiteral("https://www.taobao.com/item?id=1")
                              << QStringLiteral("taobao");
        QTest::newRow("curated beats public")
            << QStringLiteral("google") << QStringLiteral("google");
    }
    void search()
    {
        QFETCH(QString, term);
        QFETCH(QString, expected);
        const CatalogSearch search(Catalog::builtIn());
        const auto hits = search.search(term, 10);
        QVERIFY2(!hits.isEmpty(), qPrintable(term));
        QCOMPARE(hits.first()->id, expected);
    }

    void searchIgnoresNoise()
    {
        const CatalogSearch search(Catalog::builtIn());
        QVERIFY(search.search(QString()).isEmpty());
        QVERIFY(search.search(QStringLiteral("   ")).isEmpty());
        QVERIFY(search.search(QStringLiteral("zzqqxxnotaservice")).isEmpty());
        QVERIFY(search.search(QStringLiteral("a"), 500).size() < 50);
    }

    void readerReportsBadEntries_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        const QByteArray good =
            curatedJson(QStringLiteral("good"), QStringLiteral("gd"), QStringLiteral("好银行"));
        QTest::newRow("not json") << QByteArray("{") << QStringLiteral("");
        QTest::newRow("wrong root")
            << QByteArray(R"({"services": {}})") << QStringLiteral("schema");
        QTest::newRow("bad category")
            << QByteArray(good).replace("\"banking\"", "\"bankz\"") << QStringLiteral("category");
        QTest::newRow("bad tier") << QByteArray(good).replace("\"critical\"", "\"urgent\"")
                                  << QStringLiteral("tier");
        QTest::newRow("no english steps")
            << QByteArray(good).replace("[\"Open the app\"]", "[]") << QStringLiteral("steps");
        QTest::newRow("plain http") << QByteArray(good).replace("https://good", "http://good")
                                    << QStringLiteral("help_url");
        QTest::newRow("no lost_number") << QByteArray(good).replace("\"lost_number\"", "\"lost\"")
                                        << QStringLiteral("lost_number");
        QTest::newRow("flag not bool")
            << QByteArray(good).replace("\"in_person\": false", "\"in_person\": \"no\"")
            << QStringLiteral("in_person");
        QTest::newRow("bad id") << QByteArray(good).replace("\"id\": \"good\"",
                                                            "\"id\": \"Good Bank\"")
                                << QStringLiteral("bad id");
        QTest::newRow("english only zh")
            << QByteArray(good).replace("测试good", "Good") << QStringLiteral("Chinese");
    }
    void readerReportsBadEntries()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        const auto parsed = CatalogReader::read(json, QStringLiteral("test.json"));
        QVERIFY(!parsed.problems.isEmpty());
        QVERIFY2(parsed.problems.join(QLatin1Char(' ')).contains(problem),
                 qPrintable(parsed.problems.join(QLatin1Char(' '))));
    }

    void goodEntryReadsCleanly()
    {
        const auto parsed = CatalogReader::read(
            curatedJson(QStringLiteral("good"), QStringLiteral("gd"), QStringLiteral("好银行")),
            QStringLiteral("test.json"));
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(QLatin1Char(' '))));
        QCOMPARE(parsed.entries.size(), 1);
        const CatalogEntry& entry = parsed.entries.first();
        QCOMPARE(entry.name(QStringLiteral("zh_CN")), QStringLiteral("测试good"));
        QCOMPARE(entry.name(QStringLiteral("en")), QStringLiteral("Test good"));
        QVERIFY(entry.smsLogin && entry.oldNumberNeeded && !entry.inPerson && entry.canClose);
        QCOMPARE(entry.steps.value(StepKind::Rebind).in(QStringLiteral("en")),
                 QStringList{QStringLiteral("Open the app")});
        QCOMPARE(entry.tier, RiskTier::Critical);
    }

    void clashesAcrossFilesAreReported()
    {
        QTemporaryDir dir;
        const QString a = writeFile(
            dir, QStringLiteral("a.json"),
            curatedJson(QStringLiteral("one"), QStringLiteral("same"), QStringLiteral("签名甲")));
        const QString b = writeFile(
            dir, QStringLiteral("b.json"),
            curatedJson(QStringLiteral("two"), QStringLiteral("SAME"), QStringLiteral("签名甲")));
        const QString c = writeFile(
            dir, QStringLiteral("c.json"),
            curatedJson(QStringLiteral("one"), QStringLiteral("other"), QStringLiteral("签名乙")));
        const Catalog catalog = Catalog::load({a, b, c});
        const QString problems = catalog.problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QStringLiteral("alias “same”")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("SMS signature “签名甲”")), qPrintable(problems));
        QVERIFY2(problems.contains(QStringLiteral("one: id used twice")), qPrintable(problems));
        QCOMPARE(catalog.entries().size(), 2);
    }

    void newOwnerGuideIsCompleteAndNamesRealServices()
    {
        QFile file(QStringLiteral(":/guidance/new-owner.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList problems;
        const NewOwnerGuide guide = NewOwnerGuide::parse(file.readAll(), problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(guide.services.size() >= 15);
        QCOMPARE(guide.routes.size(), 2);
        const Catalog& catalog = Catalog::builtIn();
        for (const NewOwnerGuide::Service& service : guide.services) {
            const CatalogEntry* entry = catalog.find(service.catalogId);
            QVERIFY2(entry != nullptr && entry->isCurated(), qPrintable(service.catalogId));
            QVERIFY(!service.release.zh.isEmpty() && !service.release.en.isEmpty());
        }
        for (const NewOwnerGuide::Route& route : guide.routes) {
            QVERIFY2(catalog.find(route.catalogId) != nullptr, qPrintable(route.id));
        }
        QVERIFY(guide.routes.first().title.zh.contains(QStringLiteral("二次号码焕新")));
        QVERIFY(guide.routes.last().title.zh.contains(QStringLiteral("一证通查")));
        const QString zh = guide.debtStatement(
            QStringLiteral("zh_CN"), QStringLiteral("139 1234 5678"), QStringLiteral("2026-10-01"));
        QVERIFY(zh.contains(QStringLiteral("139 1234 5678")));
        QVERIFY(zh.contains(QStringLiteral("2026-10-01")));
        QVERIFY(!zh.contains(QLatin1Char('{')));
        const QString en =
            guide.debtStatement(QStringLiteral("en"), QStringLiteral("139 1234 5678"),
                                QStringLiteral("1 October 2026"));
        QVERIFY(en.startsWith(QStringLiteral("Hello")));
        QCOMPARE(NewOwnerGuide::builtIn().services.size(), guide.services.size());
    }

    void malformedNewOwnerGuideIsReported()
    {
        QStringList problems;
        NewOwnerGuide::parse("[1, 2", problems);
        QCOMPARE(problems.size(), 1);
        problems.clear();
        const NewOwnerGuide guide = NewOwnerGuide::parse(
            R"({"schema": 1, "how_to_check": {"zh": "查"}, "services": [{"id": "wechat"}],
                "debt_statement": {"title": {"zh": "说明", "en": "Statement"},
                                   "text": {"zh": "{number}", "en": "{number} {since}"}}})",
            problems);
        QVERIFY(problems.contains(QStringLiteral("guide.how_to_check: needs both zh and en")));
        QVERIFY(problems.contains(QStringLiteral("services.wechat.release: needs both zh and en")));
        QVERIFY(
            problems.contains(QStringLiteral("debt_statement.text: needs {number} and {since}")));
        QCOMPARE(guide.services.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
