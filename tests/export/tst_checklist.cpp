// The printable checklist read back the way a person would meet it: the PDF's text through
// pdftotext (order, both languages, masking), its pages, its QR codes through zbarimg on
// pdftoppm's pictures, the size of its type through pdftotext -bbox, and the phone picture.

#include "Catalog.h"
#include "ChecklistCollector.h"
#include "ChecklistPainter.h"
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

QString pdfText(const QString& pdf)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
        .out;
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
    QDate m_today = QDate(2026, 12, 1);

    ChecklistOptions options(bool large = false) const
    {
        ChecklistOptions o;
        o.largePrint = large;
        o.today = m_today;
        o.language = QStringLiteral("en");
        return o;
    }

    QList<ChecklistSheet> sheets(const ChecklistOptions& o) const
    {
        auto collected = ChecklistCollector::collect(*m_inventory, ExportScope::number(m_numberId),
                                                     o, Catalog::builtIn());
        return collected ? *collected : QList<ChecklistSheet>();
    }

    QString pdf(const QString& name, const ChecklistOptions& o)
    {
        const QString path = m_dir.filePath(name);
        auto written = ChecklistPainter::writePdf(path, sheets(o), o);
        keep(path);
        return written ? path : QString();
    }

    void addCatalogBinding(const QString& id, const QString& account = QString())
    {
        Service wanted;
        wanted.catalogId = id;
        wanted.name = Catalog::builtIn().find(id)->name(QStringLiteral("en"));
        Binding binding;
        binding.numberId = m_numberId;
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
        QVERIFY2(flat.contains(QStringLiteral("a face scan, your payment password")),
                 qPrintable(flat.left(3000)));
        QVERIFY(text.contains(QStringLiteral("Due: ")));
        QVERIFY(text.contains(QStringLiteral("Notes:")));
        QVERIFY(text.contains(QStringLiteral("printed 2026-12-01")));
        QVERIFY(text.contains(QStringLiteral("page 1 of")));
        QVERIFY(text.contains(QStringLiteral("Not yet safe to cancel")));
        // Masked numbers, no account labels.
        QVERIFY(text.contains(QStringLiteral("139 **** 5678")));
        QVERIFY(text.contains(QStringLiteral("150 **** 1111")));
        QVERIFY(!text.contains(QStringLiteral("1234")));
        QVERIFY(!text.contains(QStringLiteral("0000")));
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
        QVERIFY(text.contains(QStringLiteral("150 **** 1111")));
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
