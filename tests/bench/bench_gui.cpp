// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI at 10,000 bindings, on the real widgets offscreen (issue 15, goal 5):
//
//   bench_gui [VAULT PASSPHRASE] [--shots DIR] [--language zh_CN|en]
//
// Without a vault it makes one: make_bench_data (10 people x 5 numbers x 200 services) through
// "rebind-cli init --decryption-time 100" and "rebind-cli import json", both built beside it.
// Prints the median of 5 of:
//   - unlock split: key derivation, open (lock file, integrity check), loading the main window
//     (MainWindow::setInventory), first paint (show until the event loop is idle);
//   - the same unlock end to end through AppController: Unlock clicked until the main window is
//     shown and idle, and that minus the key derivation;
//   - choosing another number and a person in the list;
//   - each keystroke in the filter box (key event until the filtered table is painted) while
//     typing a Latin service name, a pinyin one and a Chinese one, and deleting them again.
// With --shots, saves the main window (QWidget::grab) as opened, on its services tab, and with a
// person chosen, for comparing the look before and after a change.
#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "BenchTiming.h"
#include "BindingTableModel.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "NumberPanel.h"
#include "PeopleModel.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UiContext.h"
#include "UnlockDialog.h"
#include "Vault.h"
#include "VaultKey.h"
#include "VaultOpening.h"
#include "VaultSalt.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <QAbstractEventDispatcher>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rebind;
using bench::median;
using bench::msSince;

namespace {

constexpr int kRuns = 5;

// Wall-clock time and this process's processor time: the second says what the work costs when
// other work on the machine stretches the first.
class Stopwatch
{
public:
    Stopwatch() { start(); }
    void start()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    double wall() const { return static_cast<double>(m_wall.nsecsElapsed()) / 1e6; }
    double cpu() const
    {
        return static_cast<double>(std::clock() - m_cpu) * 1000.0 / CLOCKS_PER_SEC;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu = 0;
};

struct Figures
{
    QList<double> wall;
    QList<double> cpu;
    void add(const Stopwatch& watch)
    {
        wall.append(watch.wall());
        cpu.append(watch.cpu());
    }
    Figures& operator+=(const Figures& other)
    {
        wall += other.wall;
        cpu += other.cpu;
        return *this;
    }
};

// Runs every event there is, posted events and zero timers too, until none is left.
void processUntilIdle()
{
    QAbstractEventDispatcher* dispatcher = QAbstractEventDispatcher::instance();
    for (int rounds = 0; rounds < 1000; ++rounds) {
        QCoreApplication::sendPostedEvents();
        if (!dispatcher->processEvents(QEventLoop::AllEvents)) {
            return;
        }
    }
}

bool run(const QString& program, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForStarted()) {
        std::fprintf(stderr, "cannot start %s\n", qPrintable(program));
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(-1);
    (void)process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s %s failed\n", qPrintable(program),
                     qPrintable(arguments.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

// The 10,000-binding vault, as tools/bench/compare.sh makes it.
bool makeVault(const QString& dir, const QString& vault, const QString& passphrase)
{
    const QString bin = QCoreApplication::applicationDirPath();
    const QByteArray line = passphrase.toUtf8() + '\n';
    return run(bin + QStringLiteral("/make_bench_data"), {dir}) &&
           run(bin + QStringLiteral("/rebind-cli"),
               {QStringLiteral("--vault"), vault, QStringLiteral("init"),
                QStringLiteral("--decryption-time"), QStringLiteral("100")},
               line + line) &&
           run(bin + QStringLiteral("/rebind-cli"),
               {QStringLiteral("--vault"), vault, QStringLiteral("import"), QStringLiteral("json"),
                dir + QStringLiteral("/inventory.json")},
               line);
}

struct UnlockSplit
{
    Figures derive, open, load, paint;
};

// One unlock the way AppController does it, phase by phase, on a fresh window.
bool unlockByPhases(const QString& path, const QString& passphrase, UnlockSplit& split,
                    const QString& shots)
{
    Stopwatch timer;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    const auto salt = VaultSalt::fromHeader(file.read(VaultSalt::kSize));
    if (!salt) {
        return false;
    }
    auto key = VaultKey::derive(passphrase, *salt);
    if (!key) {
        return false;
    }
    split.derive.add(timer);

    timer.start();
    auto vault = Vault::openWithKey(path, std::move(key).value(),
                                    VaultOpening::options(Vault::Access::ReadWrite));
    if (!vault) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.message()));
        return false;
    }
    split.open.add(timer);

    // Made before the unlock in the app (AppController owns it from the start).
    MainWindow window;
    window.resize(1280, 800);
    processUntilIdle();

    timer.start();
    Inventory inventory((*vault)->database());
    window.setInventory(&inventory, path);
    window.setReadOnly(false);
    split.load.add(timer);

    timer.start();
    window.show();
    window.raise();
    window.activateWindow();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return false;
    }
    processUntilIdle();
    split.paint.add(timer);

    if (!shots.isEmpty()) {
        window.grab().save(shots + QStringLiteral("/main-opened.png"));
        window.numberPanel()->showServices();
        processUntilIdle();
        window.grab().save(shots + QStringLiteral("/main-services.png"));
        window.numberPanel()->table()->setFocus();
        QTest::keyClicks(window.numberPanel()->filterEdit(), QStringLiteral("bank"));
        processUntilIdle();
        window.grab().save(shots + QStringLiteral("/main-filtered.png"));
        const QModelIndex person = window.peopleModel()->index(1, 0);
        window.peopleView()->setCurrentIndex(person);
        processUntilIdle();
        window.grab().save(shots + QStringLiteral("/main-person.png"));
    }
    window.wipe();
    return true;
}

// The real unlock dialog: the passphrase typed, Unlock clicked, until the main window is idle.
double unlockEndToEnd(const QString& path, const QString& passphrase)
{
    NullKeyStore keys;
    UiContext context(keys);
    AppController controller(context);
    controller.setVaultPath(path);
    controller.start();
    processUntilIdle();
    UnlockDialog* dialog = controller.unlockDialog();
    if (dialog == nullptr) {
        return -1;
    }
    QTest::keyClicks(dialog->passphraseEdit(), passphrase);
    processUntilIdle();
    Stopwatch timer;
    QTest::mouseClick(dialog->unlockButton(), Qt::LeftButton);
    while (!controller.isUnlocked() && timer.wall() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    MainWindow* window = controller.mainWindow();
    if (!controller.isUnlocked() || !QTest::qWaitForWindowExposed(window)) {
        return -1;
    }
    processUntilIdle();
    const double elapsed = timer.wall();
    controller.lock();
    processUntilIdle();
    return elapsed;
}

// Milliseconds per keystroke: each key event, then the events it caused (filtering, painting).
Figures typeAndDelete(QLineEdit* edit, const QString& text)
{
    Figures perKey;
    Stopwatch timer;
    for (const QChar c : text) {
        timer.start();
        if (c.unicode() < 0x80) {
            QTest::keyClick(edit, c.toLatin1());
        } else {
            // An input method commits CJK text; a key event with the text does the same here.
            QTest::sendKeyEvent(QTest::KeyAction::Click, edit, Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        }
        processUntilIdle();
        perKey.add(timer);
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        timer.start();
        QTest::keyClick(edit, Qt::Key_Backspace);
        processUntilIdle();
        perKey.add(timer);
    }
    return perKey;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString shots;
    QString language = QStringLiteral("zh_CN");
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args.at(i) == QLatin1String("--shots")) {
            shots = args.at(i + 1);
            args.remove(i, 2);
        } else if (args.at(i) == QLatin1String("--language")) {
            language = args.at(i + 1);
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    test::quietPlatformWarnings();
    QStandardPaths::setTestModeEnabled(true);
    AppSettings::setApplicationIdentity();
    test::resetStandardLocations();
    Translator::install(language);
    ServiceText::setLanguage(language);
    Appearance::apply(app);
    MessageBox::setUnattended(true);

    QTemporaryDir dir;
    QString path;
    QString passphrase;
    if (args.size() >= 2) {
        path = QDir::current().absoluteFilePath(args.at(0));
        passphrase = args.at(1);
    } else {
        path = dir.filePath(QStringLiteral("v.rebind"));
        passphrase = QStringLiteral("bench-pass-123");
        std::printf("making the 10,000-binding vault in %s …\n", qPrintable(dir.path()));
        std::fflush(stdout);
        if (!makeVault(dir.path(), path, passphrase)) {
            return 1;
        }
    }
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
    }

    UnlockSplit split;
    for (int i = 0; i < kRuns; ++i) {
        if (!unlockByPhases(path, passphrase, split, i == 0 ? shots : QString())) {
            std::fprintf(stderr, "unlock failed\n");
            return 1;
        }
    }
    QList<double> endToEnd;
    for (int i = 0; i < kRuns; ++i) {
        const double elapsed = unlockEndToEnd(path, passphrase);
        if (elapsed < 0) {
            std::fprintf(stderr, "unlock through the dialog failed\n");
            return 1;
        }
        endToEnd.append(elapsed);
    }

    // Choosing things and typing, on one unlocked window.
    auto vault = Vault::open(path, passphrase, VaultOpening::options(Vault::Access::ReadWrite));
    if (!vault) {
        std::fprintf(stderr, "open: %s\n", qPrintable(vault.message()));
        return 1;
    }
    Inventory inventory((*vault)->database());
    MainWindow window;
    window.resize(1280, 800);
    window.setInventory(&inventory, path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        return 1;
    }
    processUntilIdle();

    PeopleModel* people = window.peopleModel();
    Figures chooseNumber;
    Figures choosePerson;
    Stopwatch timer;
    for (int i = 0; i < kRuns; ++i) {
        const QModelIndex person = people->index(i % people->rowCount(), 0);
        timer.start();
        window.peopleView()->setCurrentIndex(people->index(1, 0, person));
        processUntilIdle();
        chooseNumber.add(timer);
        timer.start();
        window.peopleView()->setCurrentIndex(person);
        processUntilIdle();
        choosePerson.add(timer);
    }

    window.peopleView()->setCurrentIndex(people->index(0, 0, people->index(0, 0)));
    processUntilIdle();
    NumberPanel* panel = window.numberPanel();
    panel->showServices();
    processUntilIdle();
    QLineEdit* filter = panel->filterEdit();
    filter->setFocus();
    processUntilIdle();
    // A Latin name, the pinyin a person types for 支付宝, and a Chinese name from the table.
    QString latin;
    QString chinese;
    for (int row = 0; row < panel->model()->rowCount(); ++row) {
        const QString name = panel->model()->serviceName(row);
        if (latin.isEmpty() && name.size() >= 6 && name.at(0).unicode() < 0x80 &&
            name.at(0).isLetter()) {
            latin = name.left(8).toLower();
        }
        if (chinese.isEmpty() && name.size() >= 2 && name.at(0).unicode() >= 0x4e00) {
            chinese = name.left(3);
        }
    }
    if (chinese.isEmpty()) {
        // The catalog's names are stored as the import gave them: 百度网盘 finds nothing then,
        // which costs the same as finding something.
        chinese = QStringLiteral("百度网盘");
    }
    Figures latinKeys;
    Figures pinyinKeys;
    Figures chineseKeys;
    for (int i = 0; i < kRuns; ++i) {
        latinKeys += typeAndDelete(filter, latin);
        pinyinKeys += typeAndDelete(filter, QStringLiteral("zhifubao"));
        chineseKeys += typeAndDelete(filter, chinese);
    }
    Figures keys = latinKeys;
    keys += pinyinKeys;
    keys += chineseKeys;
    const int rows = panel->model()->rowCount();
    qsizetype total = 0;
    if (auto numbers = inventory.numbers(0)) {
        for (const NumberRecord& record : *numbers) {
            auto bindings = inventory.bindings(record.id);
            total += bindings ? bindings->size() : 0;
        }
    }
    window.wipe();

    std::printf("GUI at %lld bindings (%s, offscreen, median of %d; other work may be running)\n",
                static_cast<long long>(total), qPrintable(language), kRuns);
    const auto figure = [](const char* what, const Figures& f, const char* goal = "") {
        std::printf("  %-34s %8.1f ms  (processor %6.1f ms)%s\n", what, median(f.wall),
                    median(f.cpu), goal);
    };
    std::printf("unlock, phase by phase:\n");
    figure("key derivation", split.derive);
    figure("open (lock, integrity check)", split.open);
    figure("loading the main window", split.load);
    figure("first paint (show until idle)", split.paint);
    Figures after;
    for (qsizetype i = 0; i < split.open.wall.size(); ++i) {
        after.wall.append(split.open.wall.at(i) + split.load.wall.at(i) + split.paint.wall.at(i));
        after.cpu.append(split.open.cpu.at(i) + split.load.cpu.at(i) + split.paint.cpu.at(i));
    }
    figure("after key derivation", after, "  goal <= 500 ms");
    std::printf("unlock through the dialog (Unlock clicked until idle):\n");
    std::printf("  %-34s %8.1f ms\n", "end to end", median(endToEnd));
    std::printf("  %-34s %8.1f ms  goal <= 500 ms\n", "minus key derivation",
                median(endToEnd) - median(split.derive.wall));
    std::printf("choosing in the list:\n");
    figure(qPrintable(QStringLiteral("a number (%1 services)").arg(rows)), chooseNumber);
    figure("a person (5 numbers)", choosePerson);
    std::printf("filter box, per keystroke over %d rows (key event until painted):\n", rows);
    const auto line = [](const char* what, const QString& text, const Figures& f) {
        const auto most = [](const QList<double>& values) {
            return values.isEmpty() ? 0.0 : *std::max_element(values.begin(), values.end());
        };
        std::printf("  %-8s %-10s median %5.2f ms, max %6.2f ms (processor: %5.2f, max %6.2f) "
                    "%lld keys\n",
                    what, qPrintable(text), median(f.wall), most(f.wall), median(f.cpu),
                    most(f.cpu), static_cast<long long>(f.wall.size()));
    };
    line("Latin", latin, latinKeys);
    line("pinyin", QStringLiteral("zhifubao"), pinyinKeys);
    line("Chinese", chinese, chineseKeys);
    line("all", QString(), keys);
    std::printf("  (goal <= 16 ms per keystroke)\n");
    return 0;
}
