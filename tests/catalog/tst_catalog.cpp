// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"
#include "CatalogIndex.h"
#include "CatalogReader.h"
#include "CatalogSearch.h"
#include "CatalogStats.h"
#include "NewOwnerGuide.h"

#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>
#include <QUrl>

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
        QVERIFY(catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("cn")) >= 300);
        QVERIFY(catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("global")) >= 150);
        QVERIFY(catalog.count(CatalogEntry::Detail::Public) >= 3000);
    }

    // The program reads the index made at build time; it must hold exactly what the JSON files
    // in the source tree say, read by the same CatalogReader.
    void builtInIndexIsTheJson()
    {
        const Catalog fromJson = Catalog::load(Catalog::files(QStringLiteral(REBIND_CATALOG_DIR)));
        QVERIFY(fromJson.entries().size() >= 3000);
        QCOMPARE(Catalog::builtIn().entries().size(), fromJson.entries().size());
        QCOMPARE(Catalog::builtIn().problems(), fromJson.problems());
        QVERIFY2(CatalogIndex::write(Catalog::builtIn()) == CatalogIndex::write(fromJson),
                 "the built-in index differs from resources/catalog");
        // A merged id still leads to its entry.
        const auto redirect = fromJson.redirects().constBegin();
        QVERIFY(redirect != fromJson.redirects().constEnd());
        QCOMPARE(Catalog::builtIn().find(redirect.key())->id, redirect.value());
    }

    void damagedIndexReadsAsEmpty()
    {
        const QByteArray index = CatalogIndex::write(Catalog::builtIn());
        for (const QByteArray& damaged : {QByteArray(), index.left(index.size() / 2),
                                          index + QByteArray(1, 'x'), QByteArray(64, '\xff')}) {
            const Catalog catalog = CatalogIndex::read(damaged);
            QVERIFY(catalog.entries().isEmpty());
            QCOMPARE(catalog.problems().size(), 1);
        }
        QCOMPARE(CatalogIndex::read(index).entries().size(), Catalog::builtIn().entries().size());
    }

    // The printed checklist must never put a typed flag beside steps that contradict it: the
    // flags follow from old_number and channels.
    void derivedFlagsFollowTheModel()
    {
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (!entry.isCurated()) {
                continue;
            }
            QVERIFY2(!entry.channels.isEmpty(), qPrintable(entry.id));
            QCOMPARE(entry.oldNumberNeeded, entry.oldNumber == OldNumberNeed::Required);
            const bool counterOnly =
                std::all_of(entry.channels.begin(), entry.channels.end(),
                            [](const ChannelSteps& c) { return c.kind == ChannelKind::Counter; });
            QCOMPARE(entry.inPerson, counterOnly);
            QCOMPARE(entry.steps.value(StepKind::Rebind).zh, entry.channels.first().steps.zh);
            QCOMPARE(entry.confidence, CatalogEntry::confidenceFrom(entry.sources));
        }
    }

    void confidenceFollowsTheSources()
    {
        const QDate seen(2026, 12, 6);
        const CatalogSource official{
            QStringLiteral("https://help.example.com/phone"), seen, true, {}};
        const CatalogSource farmA{QStringLiteral("https://www.a-tutorials.com/x"), seen, false, {}};
        const CatalogSource farmA2{QStringLiteral("https://a-tutorials.com/y"), seen, false, {}};
        const CatalogSource other{QStringLiteral("https://b-guides.net/z"), seen, false, {}};
        QCOMPARE(CatalogEntry::confidenceFrom({}), QStringLiteral("low"));
        QCOMPARE(CatalogEntry::confidenceFrom({farmA}), QStringLiteral("low"));
        // Two pages of one site are one source.
        QCOMPARE(CatalogEntry::confidenceFrom({farmA, farmA2}), QStringLiteral("low"));
        QCOMPARE(CatalogEntry::confidenceFrom({farmA, other}), QStringLiteral("medium"));
        QCOMPARE(CatalogEntry::confidenceFrom({farmA, official}), QStringLiteral("high"));
    }

    // Templates with the names swapped read as knowledge but are not: no two entries may share
    // more than two step lines, except the generic fallbacks that explain any such app.
    void noTwoEntriesShareTheirSteps()
    {
        QList<const CatalogEntry*> curated;
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (entry.isCurated() && !entry.generic) {
                curated.append(&entry);
            }
        }
        const auto lines = [](const CatalogEntry& e, bool zh) {
            QSet<QString> out;
            QList<LocalizedSteps> lists;
            for (const ChannelSteps& channel : e.channels) {
                lists.append(channel.steps);
            }
            lists.append(e.steps.value(StepKind::Unbind));
            lists.append(e.steps.value(StepKind::Close));
            for (const LocalizedSteps& steps : lists) {
                for (const QString& line : zh ? steps.zh : steps.en) {
                    out.insert(line.simplified());
                }
            }
            return out;
        };
        QHash<const CatalogEntry*, QSet<QString>> zh;
        QHash<const CatalogEntry*, QSet<QString>> en;
        for (const CatalogEntry* e : std::as_const(curated)) {
            zh.insert(e, lines(*e, true));
            en.insert(e, lines(*e, false));
        }
        QStringList shared;
        for (qsizetype i = 0; i < curated.size(); ++i) {
            for (qsizetype j = i + 1; j < curated.size(); ++j) {
                const auto* a = curated.at(i);
                const auto* b = curated.at(j);
                if (QSet<QString>(zh.value(a)).intersect(zh.value(b)).size() > 2 ||
                    QSet<QString>(en.value(a)).intersect(en.value(b)).size() > 2) {
                    shared << a->id + QStringLiteral(" / ") + b->id;
                }
            }
        }
        QVERIFY2(shared.isEmpty(), qPrintable(shared.mid(0, 20).join(QLatin1Char('\n'))));
    }

    void helpLinksAreHelpPages()
    {
        static const QRegularExpression homepage(
            QStringLiteral("^/?((index|default|home)(\\.[a-z]+)?|[a-z]{2}([-_][a-z]{2,4})?/?)?/?$"),
            QRegularExpression::CaseInsensitiveOption);
        QStringList bare;
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (!entry.isCurated() || entry.helpUrl.isEmpty()) {
                continue;
            }
            const QUrl url(entry.helpUrl);
            const bool isHomepage =
                homepage.match(url.path()).hasMatch() && !url.hasQuery() && !url.hasFragment();
            if (isHomepage && entry.helpUrlNote.zh.isEmpty()) {
                bare << entry.id + QLatin1Char(' ') + entry.helpUrl;
            }
        }
        QVERIFY2(bare.isEmpty(), qPrintable(bare.join(QLatin1Char('\n'))));
    }

    // What the issue's readers act on: a bank's app path first with the counter after it, the
    // ways to prove who you are without the old number, and a carrier line that is cancelled.
    void modelSaysWhatIsTrue()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogEntry* icbc = catalog.find(QStringLiteral("icbc"));
        QVERIFY(icbc != nullptr && icbc->channels.size() >= 2);
        QCOMPARE(icbc->channels.first().kind, ChannelKind::App);
        QCOMPARE(icbc->channels.last().kind, ChannelKind::Counter);
        QVERIFY(!icbc->inPerson);

        const CatalogEntry* alipay = catalog.find(QStringLiteral("alipay"));
        QVERIFY(alipay != nullptr);
        QCOMPARE(alipay->oldNumber, OldNumberNeed::OneOf);
        QVERIFY(alipay->oldNumberAlternatives.contains(QStringLiteral("face-scan")));
        QVERIFY(!alipay->oldNumberNeeded);

        for (const char* id : {"china-mobile", "china-unicom", "china-telecom", "china-broadnet"}) {
            const CatalogEntry* carrier = catalog.find(QString::fromLatin1(id));
            QVERIFY2(carrier != nullptr && carrier->isCancelOrKeep(), id);
            for (const QString& step : carrier->channels.first().steps.zh) {
                QVERIFY2(!step.contains(QStringLiteral("改成")), qPrintable(step));
            }
        }
    }

    // Public entries that describe a curated service fold into it: one QQ, one Apple, and the
    // public lists' knowledge of deleting the account stays.
    void publicEntriesMergeIntoCuratedOnes()
    {
        const Catalog& catalog = Catalog::builtIn();
        for (const char* old :
             {"pub-apple", "pub-steam", "pub-onedrive", "pub-huawei-id", "pub-uber", "pub-qq"}) {
            const CatalogEntry* entry = catalog.find(QString::fromLatin1(old));
            QVERIFY2(entry != nullptr && entry->isCurated(), old);
            QVERIFY(catalog.resolve(QString::fromLatin1(old)) != QString::fromLatin1(old));
        }
        QCOMPARE(catalog.find(QStringLiteral("pub-uber"))->id, QStringLiteral("uber"));
        QCOMPARE(catalog.find(QStringLiteral("uber"))->deletionDifficulty,
                 QStringLiteral("impossible"));
        const CatalogSearch search(catalog);
        for (const char* name : {"QQ", "Apple", "Steam", "OneDrive", "HUAWEI ID"}) {
            const auto hits = search.search(QString::fromLatin1(name), 10);
            QVERIFY2(!hits.isEmpty() && hits.first()->isCurated(), name);
            for (const CatalogEntry* hit : hits) {
                QVERIFY2(hit->isCurated() || hit->names.en.compare(QString::fromLatin1(name),
                                                                   Qt::CaseInsensitive) != 0,
                         name);
            }
        }
    }

    void statsCountWhatIsThere()
    {
        const Catalog& catalog = Catalog::builtIn();
        const CatalogStats stats = CatalogStats::of(catalog);
        const CatalogStats::Group cn = stats.curated.value(QStringLiteral("cn"));
        QCOMPARE(cn.total, catalog.count(CatalogEntry::Detail::Curated, QStringLiteral("cn")));
        int byConfidence = 0;
        for (int n : cn.confidence) {
            byConfidence += n;
        }
        QCOMPARE(byConfidence, cn.total);
        QVERIFY(cn.channels.value(QStringLiteral("app")) > 0);
        QVERIFY(cn.actionKinds.value(QStringLiteral("cancel-or-keep")) >= 4);
        QVERIFY(cn.generic >= 4);
        QCOMPARE(stats.publicEntries.total, catalog.count(CatalogEntry::Detail::Public));
        QCOMPARE(stats.redirects, int(catalog.redirects().size()));
    }

    void companiesNameTheirServices()
    {
        const Catalog& catalog = Catalog::builtIn();
        QVERIFY(!catalog.companies().isEmpty());
        for (const CatalogCompany& company : catalog.companies()) {
            QVERIFY(company.services.size() >= 2);
            for (const QString& id : company.services) {
                const CatalogEntry* entry = catalog.find(id);
                QVERIFY2(entry != nullptr, qPrintable(id));
                QCOMPARE(entry->company, company.id);
            }
        }
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
        // Everyday words and products people type for the service that handles them.
        QTest::newRow("exit-entry") << QStringLiteral("出入境") << QStringLiteral("nia-12367");
        QTest::newRow("passport") << QStringLiteral("护照") << QStringLiteral("nia-12367");
        QTest::newRow("game title")
            << QStringLiteral("王者荣耀") << QStringLiteral("tencent-games");
        QTest::newRow("game title 2")
            << QStringLiteral("和平精英") << QStringLiteral("tencent-games");
        QTest::newRow("electricity") << QStringLiteral("电费") << QStringLiteral("state-grid");
        QTest::newRow("pay electricity")
            << QStringLiteral("交电费") << QStringLiteral("state-grid");
        QTest::newRow("driving licence")
            << QStringLiteral("驾照") << QStringLiteral("jiaoguan-12123");
        QTest::newRow("etc") << QStringLiteral("ETC") << QStringLiteral("etc");
        QTest::newRow("medical insurance") << QStringLiteral("医保") << QStringLiteral("nhsa");
        QTest::newRow("housing fund") << QStringLiteral("公积金") << QStringLiteral("housing-fund");
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
            << QByteArray(good).replace("\"can_close\": true", "\"can_close\": \"no\"")
            << QStringLiteral("can_close");
        QTest::newRow("in_person typed")
            << QByteArray(good).replace("\"can_close\": true",
                                        "\"can_close\": true, \"in_person\": true")
            << QStringLiteral("in_person is derived");
        QTest::newRow("confidence typed")
            << QByteArray(good).replace("\"detail\"", "\"confidence\": \"high\", \"detail\"")
            << QStringLiteral("confidence is derived");
        QTest::newRow("one-of without alternatives")
            << QByteArray(good).replace("\"required\"", "\"one-of\"")
            << QStringLiteral("alternatives");
        QTest::newRow("unknown channel")
            << QByteArray(good).replace("\"kind\": \"app\"", "\"kind\": \"fax\"")
            << QStringLiteral("kind not allowed");
        QTest::newRow("no channels")
            << QByteArray(good).replace("\"channels\"", "\"ways\"") << QStringLiteral("channels");
        QTest::newRow("bad action")
            << QByteArray(good).replace("\"detail\"", "\"action_kind\": \"move\", \"detail\"")
            << QStringLiteral("action_kind");
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
        QCOMPARE(entry.confidence, QStringLiteral("high"));
        QCOMPARE(entry.channels.size(), 1);
        QCOMPARE(entry.actionKind, ActionKind::Rebind);
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
