// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The printable checklist read back the way a person would meet it: the PDF's text through
// pdftotext (order, both languages, masking), its pages, its QR codes through zbarimg on
// pdftoppm's pictures, the size of its type through pdftotext -bbox, and the phone picture.

#include "Catalog.h"
#include "ChecklistCollector.h"
#include "ChecklistPainter.h"
#include "ChecklistPaper.h"
#include "Inventory.h"
#include "PlanCalendar.h"
#include "Translator.h"
#include "Vault.h"

#include <algorithm>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

const QString kPassphrase = QStringLiteral("checklist test passphrase");

// Ten services and the bank below, which waits: with the plan's four steps, fifteen items.
const char* const kFifteen[] = {"wechat",  "alipay", "cmb", "taobao", "jd",
                                "meituan", "didi",   "qq",  "weibo",  "ctrip"};
const QString kBlockedReason =
    QStringLiteral("柜台要求本人带身份证，等 150 0000 2222 实名后下周二再去");
const QString kBlockedNote = QStringLiteral("Can't do it now (2026-11-28): ") + kBlockedReason;

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(120000)) {
        return {};
    }
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput())};
}

// No-break spaces (which keep a number's groups on one line) read as spaces.
QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out.replace(QChar::Nbsp, QLatin1Char(' '));
}

int pdfPages(const QString& pdf)
{
    const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(run(QStringLiteral("pdfinfo"), {pdf}).out).captured(1).toInt();
}

// The median height of the words pdftotext finds, in points.
double medianWordHeight(const QString& pdf)
{
    const QString bbox =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    const QRegularExpression word(
        QStringLiteral("<word xMin=\"[\\d.]+\" yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" "
                       "yMax=\"([\\d.]+)\">"));
    QList<double> heights;
    for (auto it = word.globalMatch(bbox); it.hasNext();) {
        const auto m = it.next();
        heights.append(m.captured(2).toDouble() - m.captured(1).toDouble());
    }
    if (heights.isEmpty()) {
        return 0;
    }
    std::sort(heights.begin(), heights.end());
    return heights.at(heights.size() / 2);
}

// One word of pdftotext -bbox, in points from the page's top left corner.
struct Word
{
    double top = 0;
    double bottom = 0;
    QString text;
};

struct Page
{
    double height = 0;
    QList<Word> words;
};

QList<Page> pdfWords(const QString& pdf)
{
    const QString bbox =
        run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")}).out;
    const QRegularExpression token(
        QStringLiteral("<page width=\"[\\d.]+\" height=\"([\\d.]+)\">|<word xMin=\"[\\d.]+\" "
                       "yMin=\"([\\d.]+)\" xMax=\"[\\d.]+\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    QList<Page> pages;
    for (auto it = token.globalMatch(bbox); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(1).isEmpty()) {
            pages.append(Page{m.captured(1).toDouble(), {}});
        } else if (!pages.isEmpty()) {
            QString text = m.captured(4);
            text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
                .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
                .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
                .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
                .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
            pages.last().words.append(
                Word{m.captured(2).toDouble(), m.captured(3).toDouble(), text});
        }
    }
    return pages;
}

// How much of the space between the top margin and the footer the text on a page fills: the
// footer is the page's last line.
double fullness(const Page& page)
{
    constexpr double top = 12.0 * 72.0 / 25.4; // the painter's margin
    double footer = 0;
    for (const Word& word : page.words) {
        footer = std::max(footer, word.top);
    }
    double bottom = top;
    for (const Word& word : page.words) {
        if (word.top < footer - 1.0) {
            bottom = std::max(bottom, word.bottom);
        }
    }
    return (bottom - top) / (footer - top);
}

// Without spaces of any kind and without word joiners: how a number is compared.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{2060}\\x{202F}]")));
}

// Where each printed copy of text (compared squeezed) is, as the set of line tops its characters
// sit on: one value for a copy on one line, more for a copy broken across lines.
QList<QList<double>> placesOf(const QList<Page>& pages, const QString& text)
{
    const QString wanted = squeezed(text);
    QList<QList<double>> places;
    for (const Page& page : pages) {
        QString all;
        QList<double> tops;
        for (const Word& word : page.words) {
            const QString part = squeezed(word.text);
            all += part;
            for (qsizetype i = 0; i < part.size(); ++i) {
                tops.append(word.top);
            }
        }
        for (qsizetype at = all.indexOf(wanted); at >= 0; at = all.indexOf(wanted, at + 1)) {
            QList<double> lines;
            for (qsizetype i = at; i < at + wanted.size(); ++i) {
                if (std::none_of(lines.cbegin(), lines.cend(),
                                 [&](double top) { return std::abs(top - tops.at(i)) < 2.0; })) {
                    lines.append(tops.at(i));
                }
            }
            places.append(lines);
        }
    }
    return places;
}

// REBIND_TEST_OUTPUT=DIR keeps a copy of every file made, to look at.
void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("REBIND_TEST_OUTPUT");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        const QString target = QDir(dir).filePath(QFileInfo(path).fileName());
        QFile::remove(target);
        QFile::copy(path, target);
    }
}

} // namespace

class TestChecklist : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    qint64 m_numberId = 0;
    qint64 m_fifteenId = 0; // eleven services and the plan's four steps: fifteen ordinary items
    QDate m_today = QDate(2026, 12, 1);

    ChecklistOptions options(bool large = false) const
    {
        ChecklistOptions o;
        o.largePrint = large;
        o.today = m_today;
        o.language = QStringLiteral("en");
        return o;
    }

    QList<ChecklistSheet> sheets(const ChecklistOptions& o, qint64 numberId = 0) const
    {
        auto collected = ChecklistCollector::collect(
            *m_inventory, ExportScope::number(numberId != 0 ? numberId : m_numberId), o,
            Catalog::builtIn());
        return collected ? *collected : QList<ChecklistSheet>();
    }

    QString pdf(const QString& name, const ChecklistOptions& o, qint64 numberId = 0)
    {
        const QString path = m_dir.filePath(name);
        auto written = ChecklistPainter::writePdf(path, sheets(o, numberId), o);
        keep(path);
        return written ? path : QString();
    }

    void addCatalogBinding(const QString& id, const QString& account = QString(),
                           qint64 numberId = 0, BindingStatus status = BindingStatus::ToDo,
                           const QString& notes = QString())
    {
        Service wanted;
        wanted.catalogId = id;
        wanted.name = Catalog::builtIn().find(id)->name(QStringLiteral("en"));
        Binding binding;
        binding.numberId = numberId != 0 ? numberId : m_numberId;
        binding.status = status;
        binding.notes = notes;
        binding.serviceId = m_inventory->ensureService(wanted)->id;
        binding.roles = BindingRole::Login;
        binding.account = account;
        QVERIFY(m_inventory->addBinding(binding).ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdftotext", "pdfinfo", "pdftoppm", "zbarimg"}) {
            QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                     "install poppler-utils and zbar-tools (packaging/install-deps.sh)");
        }
        auto vault = Vault::create(m_dir.filePath(QStringLiteral("checklist.rebind")), kPassphrase,
                                   KdfParams::interactive());
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        m_vault = std::move(vault).value();
        m_inventory = std::make_unique<Inventory>(m_vault->database());
        Person person;
        person.name = QStringLiteral("王秀英");
        person.relation = QStringLiteral("mother");
        NumberRecord number;
        number.personId = *m_inventory->addPerson(person);
        number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        number.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
        number.status = NumberStatus::Cancelling;
        number.cancelDate = m_today.addDays(40);
        m_numberId = *m_inventory->addNumber(number);
        addCatalogBinding(QStringLiteral("wechat"));
        addCatalogBinding(QStringLiteral("alipay"), QStringLiteral("wang1962@example.com"));
        addCatalogBinding(QStringLiteral("cmb"));

        NumberRecord fifteen;
        fifteen.personId = number.personId;
        fifteen.number = *PhoneNumber::parse(QStringLiteral("13987654321"));
        fifteen.replacement = *PhoneNumber::parse(QStringLiteral("15000002222"));
        fifteen.status = NumberStatus::Cancelling;
        fifteen.cancelDate = m_today.addDays(56);
        fifteen.carrier = QStringLiteral("中国移动");
        m_fifteenId = *m_inventory->addNumber(fifteen);
        for (const char* id : kFifteen) {
            addCatalogBinding(QString::fromLatin1(id), QString(), m_fifteenId);
        }
        // What the walk-through's "Can't do it now" keeps: the reason, in the notes.
        addCatalogBinding(QStringLiteral("icbc"), QString(), m_fifteenId, BindingStatus::Waiting,
                          kBlockedNote);
        Translator::install(QStringLiteral("en"));
    }

    void cleanupTestCase()
    {
        m_inventory.reset();
        m_vault.reset();
    }

    void pdfHasThePlanInOrderInBothLanguages()
    {
        const QString path = pdf(QStringLiteral("standard.pdf"), options());
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY2(text.contains(QStringLiteral("王秀英")), qPrintable(text.left(2000)));
        // The plan's order: the new number first; then what needs the old number (the bank's
        // app does, and its counter is the only other way), critical ones first; then Alipay,
        // which also takes a face scan or the payment password; the carrier last.
        const QStringList order = {QStringLiteral("Make sure the new number works"),
                                   QStringLiteral("China Merchants Bank"), QStringLiteral("WeChat"),
                                   QStringLiteral("Alipay"),
                                   QStringLiteral("Cancel the old number at the carrier")};
        qsizetype last = -1;
        for (const QString& title : order) {
            const qsizetype at = text.indexOf(title);
            QVERIFY2(at > last, qPrintable(title));
            last = at;
        }
        // The other language beside the name; warnings, due dates, notes line, footer.
        QVERIFY(text.contains(QStringLiteral("微信")));
        QVERIFY(text.contains(QStringLiteral("招商银行")));
        // The bank: the app's steps, then the counter as the other way; Alipay: the ways to
        // prove who you are without the old number.
        const QString flat =
            QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(flat.contains(QStringLiteral("To change to the new number (in the app)")),
                 qPrintable(flat.left(3000)));
        QVERIFY(flat.indexOf(QStringLiteral("To change to the new number (in the app)")) <
                flat.indexOf(QStringLiteral("Or at a counter, in person")));
        QVERIFY2(flat.contains(QStringLiteral("a face scan, your mother's payment password")),
                 qPrintable(flat.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Due: ")));
        QVERIFY(text.contains(QStringLiteral("Notes:")));
        QVERIFY(text.contains(QStringLiteral("printed 2026-12-01")));
        QVERIFY(text.contains(QStringLiteral("page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Not yet safe to cancel")));
        // The old number masked, the new one in full (the reader types it), no account labels.
        QVERIFY(text.contains(QStringLiteral("139 **** 5678")));
        QVERIFY(flat.contains(QStringLiteral("New number: 150 0000 1111")));
        QVERIFY(text.contains(QStringLiteral("call and text 150 0000 1111")));
        QVERIFY(!text.contains(QStringLiteral("150 **** 1111")));
        QVERIFY(!text.contains(QStringLiteral("1234")));
        QVERIFY(!text.contains(QStringLiteral("wang1962")));
    }

    void numbersAndAccountsOnlyWhenAsked()
    {
        ChecklistOptions o = options();
        o.showNumbers = true;
        o.includeAccounts = true;
        const QString text = pdfText(pdf(QStringLiteral("full.pdf"), o));
        QVERIFY(text.contains(QStringLiteral("139 1234 5678")));
        QVERIFY(text.contains(QStringLiteral("150 0000 1111")));
        QVERIFY(text.contains(QStringLiteral("wang1962@example.com")));
    }

    // Standard and large print alike: the new number in full unless maskNew (the reader types
    // it), the old one masked unless showNumbers; maskNew masks both, whatever showNumbers says.
    void whichNumbersArePrintedInFull_data()
    {
        QTest::addColumn<bool>("large");
        QTest::addColumn<bool>("showNumbers");
        QTest::addColumn<bool>("maskNew");
        QTest::addColumn<bool>("oldInFull");
        QTest::addColumn<bool>("newInFull");
        QTest::newRow("standard") << false << false << false << false << true;
        QTest::newRow("large") << true << false << false << false << true;
        QTest::newRow("standard, show") << false << true << false << true << true;
        QTest::newRow("large, show") << true << true << false << true << true;
        QTest::newRow("standard, mask new") << false << false << true << false << false;
        QTest::newRow("large, mask new") << true << false << true << false << false;
        QTest::newRow("large, show and mask new") << true << true << true << false << false;
    }

    void whichNumbersArePrintedInFull()
    {
        QFETCH(bool, large);
        QFETCH(bool, showNumbers);
        QFETCH(bool, maskNew);
        QFETCH(bool, oldInFull);
        QFETCH(bool, newInFull);
        ChecklistOptions o = options(large);
        o.showNumbers = showNumbers;
        o.maskNew = maskNew;
        const QString name = QStringLiteral("numbers-%1%2%3.pdf")
                                 .arg(int(large))
                                 .arg(int(showNumbers))
                                 .arg(int(maskNew));
        const QString text = pdfText(pdf(name, o));
        QVERIFY2(text.contains(QStringLiteral("139 1234 5678")) == oldInFull,
                 qPrintable(text.left(1500)));
        QCOMPARE(text.contains(QStringLiteral("1234")), oldInFull);
        QCOMPARE(text.contains(QStringLiteral("139 **** 5678")), !oldInFull);
        QVERIFY2(text.contains(QStringLiteral("150 0000 1111")) == newInFull,
                 qPrintable(text.left(1500)));
        QCOMPARE(text.contains(QStringLiteral("0000")), newInFull);
        QCOMPARE(text.contains(QStringLiteral("150 **** 1111")), !newInFull);
    }

    // The other language's names: on the standard checklist; in large print only when asked.
    void otherLanguageInLargePrintOnlyWhenAsked()
    {
        Translator::install(QStringLiteral("zh_CN"));
        ChecklistOptions o = options(true);
        o.language = QStringLiteral("zh_CN");
        const QString plain = pdfText(pdf(QStringLiteral("large-zh.pdf"), o));
        o.otherLanguage = true;
        const QString both = pdfText(pdf(QStringLiteral("large-zh-both.pdf"), o));
        Translator::install(QStringLiteral("en"));
        QVERIFY2(plain.contains(QStringLiteral("微信")), qPrintable(plain.left(1500)));
        QVERIFY2(!plain.contains(QStringLiteral("WeChat")), qPrintable(plain.left(1500)));
        QVERIFY(!plain.contains(QStringLiteral("China Merchants Bank")));
        QVERIFY2(both.contains(QStringLiteral("WeChat")), qPrintable(both.left(1500)));
        QVERIFY(both.contains(QStringLiteral("China Merchants Bank")));
    }

    // Letter where the locale's territory prints on it, A4 elsewhere.
    void paperFollowsTheLocale()
    {
        for (const char* letter : {"en_US", "en_CA", "fr_CA", "es_MX", "fil_PH", "es_CO"}) {
            QVERIFY2(ChecklistPaper::forLocale(QLocale(QString::fromLatin1(letter))) ==
                         QPageSize::Letter,
                     letter);
        }
        for (const char* a4 : {"zh_CN", "en_GB", "de_DE", "en_AU", "ja_JP", "C"}) {
            QVERIFY2(ChecklistPaper::forLocale(QLocale(QString::fromLatin1(a4))) == QPageSize::A4,
                     a4);
        }
        // LC_PAPER counts when LC_ALL is not set (ctest sets LC_ALL=C.UTF-8).
        const QByteArray all = qgetenv("LC_ALL");
        qunsetenv("LC_ALL");
        qputenv("LC_PAPER", "en_CA.UTF-8");
        const QPageSize::PageSizeId paper =
            ChecklistPaper::forLocale(ChecklistPaper::systemLocale());
        qunsetenv("LC_PAPER");
        if (!all.isNull()) {
            qputenv("LC_ALL", all);
        }
        QCOMPARE(paper, QPageSize::Letter);
    }

    // The real rebind-cli: the paper from the locale unless --paper says, the new number in full,
    // --show-number and --mask-new, and the two together refused.
    void cliExport_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("paper");
        QTest::addColumn<QStringList>("printed");
        QTest::addColumn<QStringList>("absent");
        const QString fresh = QStringLiteral("150 0000 2222");
        const QString old = QStringLiteral("139 **** 4321");
        QTest::newRow("en_US") << QStringLiteral("en_US.UTF-8") << QStringList() << 0
                               << QStringLiteral("(letter)") << QStringList{fresh, old}
                               << QStringList{QStringLiteral("9876")};
        QTest::newRow("en_GB") << QStringLiteral("en_GB.UTF-8") << QStringList() << 0
                               << QStringLiteral("(A4)") << QStringList{fresh, old}
                               << QStringList{QStringLiteral("9876")};
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN.UTF-8") << QStringList() << 0
                               << QStringLiteral("(A4)") << QStringList{fresh, old}
                               << QStringList{QStringLiteral("9876"), QStringLiteral("WeChat")};
        QTest::newRow("en_US, --paper a4")
            << QStringLiteral("en_US.UTF-8")
            << QStringList{QStringLiteral("--paper"), QStringLiteral("A4")} << 0
            << QStringLiteral("(A4)") << QStringList{fresh} << QStringList();
        QTest::newRow("--show-number")
            << QStringLiteral("en_GB.UTF-8") << QStringList{QStringLiteral("--show-number")} << 0
            << QStringLiteral("(A4)") << QStringList{fresh, QStringLiteral("139 8765 4321")}
            << QStringList{old};
        QTest::newRow("--mask-new")
            << QStringLiteral("en_GB.UTF-8") << QStringList{QStringLiteral("--mask-new")} << 0
            << QStringLiteral("(A4)") << QStringList{QStringLiteral("150 **** 2222"), old}
            << QStringList{fresh, QStringLiteral("9876")};
        QTest::newRow("--both-languages")
            << QStringLiteral("zh_CN.UTF-8") << QStringList{QStringLiteral("--both-languages")} << 0
            << QStringLiteral("(A4)") << QStringList{QStringLiteral("WeChat")} << QStringList();
        QTest::newRow("--show-number --mask-new")
            << QStringLiteral("en_GB.UTF-8")
            << QStringList{QStringLiteral("--show-number"), QStringLiteral("--mask-new")} << 1
            << QString() << QStringList() << QStringList();
    }

    void cliExport()
    {
        QFETCH(QString, locale);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, paper);
        QFETCH(QStringList, printed);
        QFETCH(QStringList, absent);
        const QString out = m_dir.filePath(
            QStringLiteral("cli-%1.pdf")
                .arg(QString::fromLatin1(QTest::currentDataTag()))
                .replace(QRegularExpression(QStringLiteral("[^\\w.-]+")), QStringLiteral("_")));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        env.remove(QStringLiteral("LANGUAGE"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(REBIND_CLI_PATH),
                  QStringList{QStringLiteral("--vault"), m_vault->path(), QStringLiteral("export"),
                              QStringLiteral("pdf"), QStringLiteral("13987654321"),
                              QStringLiteral("--large-print"), QStringLiteral("-o"), out} +
                      extra);
        cli.write((kPassphrase + QLatin1Char('\n')).toUtf8());
        cli.closeWriteChannel();
        QVERIFY(cli.waitForFinished(120000));
        QVERIFY2(cli.exitCode() == exitCode, cli.readAllStandardError().constData());
        if (exitCode != 0) {
            QVERIFY(!QFile::exists(out));
            return;
        }
        keep(out);
        const QString info = run(QStringLiteral("pdfinfo"), {out}).out;
        QVERIFY2(info.contains(paper), qPrintable(info));
        const QString text = pdfText(out);
        for (const QString& wanted : std::as_const(printed)) {
            QVERIFY2(text.contains(wanted),
                     qPrintable(wanted + QLatin1Char('\n') + text.left(1500)));
        }
        for (const QString& unwanted : std::as_const(absent)) {
            QVERIFY2(!text.contains(unwanted), qPrintable(unwanted));
        }
    }

    void chineseChecklist()
    {
        Translator::install(QStringLiteral("zh_CN"));
        ChecklistOptions o = options();
        o.language = QStringLiteral("zh_CN");
        const QString text = pdfText(pdf(QStringLiteral("zh.pdf"), o));
        Translator::install(QStringLiteral("en"));
        QVERIFY2(text.contains(QStringLiteral("微信")), qPrintable(text.left(1500)));
        QVERIFY(text.contains(QStringLiteral("WeChat"))); // the other language, small
        QVERIFY(text.contains(QStringLiteral("现在还不能销号")));
        QVERIFY(text.contains(QStringLiteral("150 0000 1111")));
        QVERIFY(text.contains(QStringLiteral("139 **** 5678")));
        QVERIFY(text.indexOf(QStringLiteral("招商银行")) < text.indexOf(QStringLiteral("微信")));
    }

    void qrCodesDecodeToTheOfficialPages()
    {
        const QString path = pdf(QStringLiteral("qr.pdf"), options());
        const QString prefix = m_dir.filePath(QStringLiteral("qr-page"));
        QCOMPARE(run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"),
                                                  QStringLiteral("-png"), path, prefix})
                     .exitCode,
                 0);
        QStringList decoded;
        const QDir dir(m_dir.path());
        for (const QString& page : dir.entryList({QStringLiteral("qr-page*.png")}, QDir::Files)) {
            const Run scan =
                run(QStringLiteral("zbarimg"),
                    {QStringLiteral("-q"), QStringLiteral("--raw"), dir.filePath(page)});
            decoded += scan.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        }
        decoded.sort();
        QStringList expected;
        for (const QString& id :
             {QStringLiteral("wechat"), QStringLiteral("alipay"), QStringLiteral("cmb")}) {
            // An entry without a help page prints no code.
            if (const QString url = Catalog::builtIn().find(id)->helpUrl; !url.isEmpty()) {
                expected.append(url);
            }
        }
        QVERIFY(expected.size() >= 2);
        expected.sort();
        QCOMPARE(decoded, expected);
    }

    void largePrintIsLargerAndSpreadOut()
    {
        const QString standard = pdf(QStringLiteral("s.pdf"), options());
        const QString large = pdf(QStringLiteral("l.pdf"), options(true));
        const double small = medianWordHeight(standard);
        const double big = medianWordHeight(large);
        QVERIFY2(small > 0 && big / small > 1.45,
                 qPrintable(QStringLiteral("%1 vs %2").arg(small).arg(big)));
        // 16 pt type is about 16 pt tall in pdftotext's boxes (ascent + descent ≈ 1.1–1.3 em).
        QVERIFY2(big >= 16.0, qPrintable(QString::number(big)));
        QVERIFY(pdfPages(large) > pdfPages(standard));
        QVERIFY(pdfText(large).contains(QStringLiteral("Alipay")));
    }

    // Fifteen ordinary items in large print: at most a page per two items, no page less than a
    // third full but the last, no number broken across lines, the reason for waiting printed,
    // and (in Chinese) no English names beside the titles.
    void largePrintFifteenItems_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void largePrintFifteenItems()
    {
        QFETCH(QString, language);
        Translator::install(language);
        ChecklistOptions o = options(true);
        o.language = language;
        QCOMPARE(sheets(o, m_fifteenId).value(0).entries.size(), 15);
        const QString path = pdf(QStringLiteral("large-15-%1.pdf").arg(language), o, m_fifteenId);
        Translator::install(QStringLiteral("en"));
        const QList<Page> pages = pdfWords(path);
        QVERIFY2(!pages.isEmpty() && pages.size() <= 8, qPrintable(QString::number(pages.size())));
        for (qsizetype i = 0; i + 1 < pages.size(); ++i) {
            QVERIFY2(fullness(pages.at(i)) >= 1.0 / 3.0,
                     qPrintable(QStringLiteral("page %1 of %2 is %3 full")
                                    .arg(i + 1)
                                    .arg(pages.size())
                                    .arg(fullness(pages.at(i)))));
        }
        // The new number in full, the old one masked; each copy on one line.
        for (const QString& number :
             {QStringLiteral("150 0000 2222"), QStringLiteral("139 **** 4321")}) {
            const auto places = placesOf(pages, number);
            QVERIFY2(!places.isEmpty(), qPrintable(number));
            for (const auto& lines : places) {
                QVERIFY2(lines.size() == 1, qPrintable(number));
            }
        }
        QVERIFY(placesOf(pages, QStringLiteral("9876")).isEmpty());
        // The standard checklist, narrower type in the same width, keeps them whole too.
        Translator::install(language);
        ChecklistOptions standard = options();
        standard.language = language;
        const QString standardPath =
            pdf(QStringLiteral("standard-15-%1.pdf").arg(language), standard, m_fifteenId);
        Translator::install(QStringLiteral("en"));
        const QList<Page> standardPages = pdfWords(standardPath);
        for (const QString& number :
             {QStringLiteral("150 0000 2222"), QStringLiteral("139 **** 4321")}) {
            const auto places = placesOf(standardPages, number);
            QVERIFY2(!places.isEmpty(), qPrintable(number));
            for (const auto& lines : places) {
                QVERIFY2(lines.size() == 1, qPrintable(number));
            }
        }
        const QString text = pdfText(path);
        QVERIFY2(squeezed(text).contains(squeezed(kBlockedReason)), qPrintable(text.left(3000)));
        if (language == QLatin1String("zh_CN")) {
            for (const char* id : kFifteen) {
                const CatalogEntry* entry = Catalog::builtIn().find(QString::fromLatin1(id));
                const QString english = entry->name(QStringLiteral("en"));
                // (QQ is QQ in both.)
                if (!entry->name(QStringLiteral("zh_CN")).contains(english)) {
                    QVERIFY2(!text.contains(english), qPrintable(english));
                }
            }
        }
    }

    void pageCountGrowsWithTheItems()
    {
        const int before = pdfPages(pdf(QStringLiteral("few.pdf"), options()));
        for (int i = 0; i < 30; ++i) {
            Service custom;
            custom.name = QStringLiteral("Shop %1").arg(i);
            Binding binding;
            binding.numberId = m_numberId;
            binding.serviceId = m_inventory->ensureService(custom)->id;
            binding.roles = BindingRole::Login;
            QVERIFY(m_inventory->addBinding(binding).ok());
        }
        const QString many = pdf(QStringLiteral("many.pdf"), options());
        const int after = pdfPages(many);
        QVERIFY2(after > before, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        QVERIFY(pdfText(many).contains(QStringLiteral("page %1 of %1").arg(after)));
    }

    void phonePictureHasPhoneWidth()
    {
        const QString path = m_dir.filePath(QStringLiteral("phone.png"));
        const ChecklistOptions o = options();
        QVERIFY(ChecklistPainter::writePng(path, sheets(o), o).ok());
        keep(path);
        const QImage picture(path);
        QCOMPARE(picture.width(), ChecklistPainter::kImageWidth);
        QVERIFY(picture.height() > picture.width());
    }

    void letterPaper()
    {
        ChecklistOptions o = options();
        o.paper = QPageSize::Letter;
        const QString info =
            run(QStringLiteral("pdfinfo"), {pdf(QStringLiteral("letter.pdf"), o)}).out;
        QVERIFY2(info.contains(QStringLiteral("612 x 792 pts")), qPrintable(info));
    }

    // Last: it adds bindings. The carrier account is the phone line itself: the printed item says
    // to cancel it (or keep it), never to change its number; steps no source confirms say so.
    void carrierLineAndUnverifiedSteps()
    {
        addCatalogBinding(QStringLiteral("china-mobile"));
        const CatalogEntry* unsourced = nullptr;
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (entry.isCurated() && entry.market == QLatin1String("cn") &&
                entry.confidence == QLatin1String("low") && entry.tier == RiskTier::Low) {
                unsourced = &entry;
                break;
            }
        }
        QVERIFY(unsourced != nullptr);
        addCatalogBinding(unsourced->id);
        // Without spaces, and with the PDF's fi/fl ligatures spelled out.
        const auto flat = [](QString text) {
            return text.replace(QRegularExpression(QStringLiteral("\\s+")), QString())
                .replace(QChar(0xFB01), QStringLiteral("fi"))
                .replace(QChar(0xFB02), QStringLiteral("fl"));
        };
        const QString en = flat(pdfText(pdf(QStringLiteral("carrier.pdf"), options())));
        QVERIFY2(en.contains(flat(QStringLiteral("This is the phone line itself"))),
                 qPrintable(en.left(3000)));
        QVERIFY(en.contains(flat(QStringLiteral("To cancel this line (or keep it)"))));
        QVERIFY2(en.contains(flat(QStringLiteral("Steps not verified"))),
                 qPrintable(en.left(3000)));

        // The calendar says the same: the line is cancelled; the bank's counter is the other way.
        bool carrierSeen = false;
        bool bankSeen = false;
        for (const CalendarEvent& event : PlanCalendar::events(sheets(options()), false)) {
            if (event.summary.startsWith(QStringLiteral("China Mobile"))) {
                carrierSeen = true;
                QVERIFY2(event.description.contains(QStringLiteral("phone line itself")),
                         qPrintable(event.description));
                QVERIFY(!event.description.contains(QStringLiteral("Change the number here")));
            }
            if (event.summary.startsWith(QStringLiteral("China Merchants Bank"))) {
                bankSeen = true;
                QVERIFY2(event.description.contains(QStringLiteral("Or at a counter, in person:")),
                         qPrintable(event.description));
            }
        }
        QVERIFY(carrierSeen && bankSeen);

        Translator::install(QStringLiteral("zh_CN"));
        ChecklistOptions o = options();
        o.language = QStringLiteral("zh_CN");
        const QString zh = flat(pdfText(pdf(QStringLiteral("carrier-zh.pdf"), o)));
        Translator::install(QStringLiteral("en"));
        QVERIFY2(zh.contains(QStringLiteral("步骤未经核实：请以官方帮助页为准")),
                 qPrintable(zh.left(3000)));
        QVERIFY(zh.contains(QStringLiteral("中国移动")));
        QVERIFY2(zh.contains(QStringLiteral("这就是这个手机号本身")), qPrintable(zh.left(3000)));
    }
};

QTEST_MAIN(TestChecklist)
#include "tst_checklist.moc"
