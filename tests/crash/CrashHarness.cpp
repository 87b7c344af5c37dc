// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CrashHarness.h"

#include "CliRunner.h"
#include "VaultInspector.h"
#include "VaultSiblings.h"

#include <algorithm>
#include <cmath>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <random>
#include <set>

namespace rebind::crash {

// The calls that make a write durable or final: SQLite syncs its journal and the database, then
// deletes the journal (the commit point in DELETE journal mode); a replace-by-rename scheme
// syncs a copy, renames it over the vault and syncs the folder.
const QStringList CrashHarness::kSyscalls = {
    QStringLiteral("unlink"), QStringLiteral("unlinkat"), QStringLiteral("fdatasync"),
    QStringLiteral("fsync"),  QStringLiteral("rename"),   QStringLiteral("renameat2")};

namespace {

constexpr int kListedProblems = 20;
constexpr int kKeptFailures = 5;
const QString kVaultName = QStringLiteral("vault.rebind");

Error failure(const QString& message)
{
    return makeError(ErrorCode::Internal, message);
}

QString shortened(const QString& text, int length = 160)
{
    return text.size() <= length ? text : text.left(length) + QStringLiteral("…");
}

// Where `actual` first departs from `expected`, for a failure message.
QString firstDifference(const QStringList& actual, const QStringList& expected)
{
    const qsizetype common = std::min(actual.size(), expected.size());
    for (qsizetype i = 0; i < common; ++i) {
        if (actual.at(i) != expected.at(i)) {
            return QStringLiteral("“%1” where it has “%2”")
                .arg(shortened(actual.at(i)), shortened(expected.at(i)));
        }
    }
    if (actual.size() > expected.size()) {
        return QStringLiteral("extra “%1”").arg(shortened(actual.at(common)));
    }
    if (actual.size() < expected.size()) {
        return QStringLiteral("missing “%1”").arg(shortened(expected.at(common)));
    }
    return QStringLiteral("no difference");
}

// The same call on the same file, whatever the descriptor number and random name parts.
QString callShape(const QString& call)
{
    static const QRegularExpression descriptor(QStringLiteral("\\(\\d+<"));
    static const QRegularExpression result(QStringLiteral("\\)\\s+=.*$"));
    static const QRegularExpression random(QStringLiteral("[0-9A-Fa-f]{6,}|[0-9]+"));
    QString shape = call;
    shape.replace(descriptor, QStringLiteral("(<"))
        .replace(result, QStringLiteral(")"))
        .replace(random, QStringLiteral("*"));
    return shape;
}

} // namespace

QList<int> CrashHarness::sampled(const QStringList& occurrences)
{
    // A command that runs many transactions (sqlcipher_export commits once per table) repeats
    // the same call on the same file dozens of times; the first, the last and a few between stand
    // for the rest, so that every distinct call is still killed at least once.
    std::map<QString, QList<int>> shapes;
    for (int n = 1; n <= occurrences.size(); ++n) {
        shapes[callShape(occurrences.at(n - 1))] << n;
    }
    QList<int> chosen;
    for (const auto& [shape, numbers] : shapes) {
        const qsizetype count = numbers.size();
        if (count <= CrashOptions::kPerRepeatedCall) {
            chosen << numbers;
            continue;
        }
        for (int i = 0; i < CrashOptions::kPerRepeatedCall; ++i) {
            chosen << numbers.at(i * (count - 1) / (CrashOptions::kPerRepeatedCall - 1));
        }
    }
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    return chosen;
}

CrashHarness::CrashHarness(const CliRunner& cli, VaultInspector& inspector, CrashOptions options,
                           QString workDir, QTextStream& log)
    : m_cli(cli), m_inspector(inspector), m_options(std::move(options)), m_work(std::move(workDir)),
      m_log(log)
{}

QString CrashHarness::trialDir(const CrashScenario& scenario) const
{
    return QDir(m_work).filePath(scenario.name + QStringLiteral("/trial"));
}

Result<QString> CrashHarness::freshVault(const CrashScenario& scenario) const
{
    const QString dir = trialDir(scenario);
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir)) {
        return failure(QStringLiteral("cannot create %1").arg(dir));
    }
    const QString vault = QDir(dir).filePath(kVaultName);
    if (!QFile::copy(scenario.templateVault, vault)) {
        return failure(QStringLiteral("cannot copy %1").arg(scenario.templateVault));
    }
    QFile::setPermissions(vault, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return vault;
}

Result<QStringList> CrashHarness::stateOf(const QString& vault, const QString& passphrase)
{
    auto opened = m_inspector.open(vault, passphrase);
    if (!opened) {
        return opened.error();
    }
    auto integrity = VaultInspector::integrity(**opened);
    if (!integrity) {
        return integrity.error();
    }
    if (*integrity != QLatin1String("ok")) {
        return failure(QStringLiteral("integrity_check: ") + *integrity);
    }
    return VaultInspector::dump(**opened);
}

Result<CrashHarness::States> CrashHarness::references(const CrashScenario& scenario)
{
    States states;
    auto vault = freshVault(scenario);
    if (!vault) {
        return vault.error();
    }
    auto before = stateOf(*vault, scenario.passphraseBefore);
    if (!before) {
        return failure(QStringLiteral("the starting vault does not open: ") + before.message());
    }
    states.before = *before;
    // Three unkilled runs: the others prove that the masked columns are all that differs
    // between runs, so that any other difference after a kill is real.
    m_durations.clear();
    for (int run = 0; run < 3; ++run) {
        vault = freshVault(scenario);
        if (!vault) {
            return vault.error();
        }
        const CliResult result = m_cli.run(*vault, scenario.args, scenario.input);
        if (!result.succeeded()) {
            return failure(QStringLiteral("the unkilled run failed: ") + result.describe());
        }
        m_durations << result.elapsedUs;
        auto after = stateOf(*vault, scenario.passphraseAfter);
        if (!after) {
            return failure(QStringLiteral("after an unkilled run the vault does not open: ") +
                           after.message());
        }
        if (scenario.changesPassphrase()) {
            if (auto old = m_inspector.open(*vault, scenario.passphraseBefore); old) {
                return failure(QStringLiteral("after an unkilled passphrase change the old "
                                              "passphrase still opens the vault"));
            }
        }
        if (run == 0) {
            states.after = *after;
        } else if (*after != states.after) {
            return failure(QStringLiteral("two unkilled runs left different contents (%1): a "
                                          "column that legitimately differs is not masked")
                               .arg(firstDifference(*after, states.after)));
        }
    }
    if (scenario.changesPassphrase() && states.after != states.before) {
        return failure(QStringLiteral("the passphrase change altered the content: %1")
                           .arg(firstDifference(states.after, states.before)));
    }
    if (!scenario.changesPassphrase() && states.after == states.before) {
        return failure(QStringLiteral("the command changed nothing, so no kill could be told "
                                      "from a success"));
    }
    return states;
}

Result<QList<CrashHarness::Trial>> CrashHarness::syscallTrials(const CrashScenario& scenario,
                                                               const States& states,
                                                               CrashReport& report)
{
    auto vault = freshVault(scenario);
    if (!vault) {
        return vault.error();
    }
    const QString trace = QDir(m_work).filePath(scenario.name + QStringLiteral("/trace.txt"));
    QStringList traced;
    for (const QString& call : kSyscalls) {
        traced << QLatin1Char('?') + call; // '?': not an error where the call does not exist
    }
    const CliResult result =
        m_cli.run(*vault, scenario.args, scenario.input, -1,
                  {m_options.strace, QStringLiteral("-f"), QStringLiteral("-qq"),
                   QStringLiteral("-y"), QStringLiteral("-o"), trace, QStringLiteral("-e"),
                   QStringLiteral("trace=") + traced.join(QLatin1Char(',')), QStringLiteral("--")});
    if (!result.succeeded()) {
        return failure(QStringLiteral("the unkilled run under strace failed: ") +
                       result.describe());
    }
    auto after = stateOf(*vault, scenario.passphraseAfter);
    if (!after || *after != states.after) {
        return failure(QStringLiteral("the unkilled run under strace left another state: ") +
                       (after ? firstDifference(*after, states.after) : after.message()));
    }
    QFile file(trace);
    if (!file.open(QIODevice::ReadOnly)) {
        return failure(QStringLiteral("strace wrote no %1").arg(trace));
    }
    // Injection counts per process, so the occurrences are counted per pid too.
    static const QRegularExpression line(QStringLiteral("^(?:(\\d+)\\s+)?([a-z0-9_]+)\\((.*)$"));
    std::map<QString, std::map<QString, QStringList>> calls;
    bool usesLockFile = false;
    const QString dir = trialDir(scenario) + QLatin1Char('/');
    for (const QByteArray& raw : file.readAll().split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw));
        if (!match.hasMatch() || !kSyscalls.contains(match.captured(2))) {
            continue;
        }
        QString call = match.captured(2) + QLatin1Char('(') + match.captured(3);
        call.replace(*vault, QStringLiteral("<vault>"))
            .replace(dir, QString())
            .replace(trialDir(scenario), QStringLiteral("<folder>"));
        usesLockFile = usesLockFile || call.contains(QStringLiteral("<vault>.lock"));
        calls[match.captured(2)][match.captured(1)] << shortened(call, 110);
    }
    QList<Trial> trials;
    for (const QString& name : kSyscalls) {
        QStringList occurrences;
        for (const auto& [pid, list] : calls[name]) {
            if (list.size() > occurrences.size()) {
                occurrences = list;
            }
        }
        report.syscalls[name].occurrences = int(occurrences.size());
        const QList<int> chosen = m_options.longRun ? QList<int>() : sampled(occurrences);
        for (int n = 1; n <= occurrences.size(); ++n) {
            if (!m_options.longRun && !chosen.contains(n)) {
                continue;
            }
            ++report.syscalls[name].tried;
            Trial trial;
            trial.label = QStringLiteral("%1 #%2").arg(name).arg(n);
            trial.syscall = name;
            trial.call = occurrences.at(n - 1);
            trial.wrapper =
                QStringList{m_options.strace,
                            QStringLiteral("-f"),
                            QStringLiteral("-qq"),
                            QStringLiteral("-o"),
                            QStringLiteral("/dev/null"),
                            QStringLiteral("-e"),
                            QStringLiteral("trace=") + name,
                            QStringLiteral("-e"),
                            QStringLiteral("inject=%1:signal=KILL:when=%2").arg(name).arg(n),
                            QStringLiteral("--")};
            trials << trial;
        }
    }
    // The lock file is created, then its holder is written into it: a kill between the two
    // leaves an empty lock that names no process. Killed at that first write, the next command
    // must still get in.
    if (usesLockFile) {
        Trial trial;
        trial.label = QStringLiteral("write #1");
        trial.syscall = QStringLiteral("write to <vault>.lock");
        trial.call = QStringLiteral("the lock file's first write");
        trial.wrapper = QStringList{m_options.strace,
                                    QStringLiteral("-f"),
                                    QStringLiteral("-qq"),
                                    QStringLiteral("-o"),
                                    QStringLiteral("/dev/null"),
                                    QStringLiteral("-P"),
                                    *vault + QStringLiteral(".lock"),
                                    QStringLiteral("-e"),
                                    QStringLiteral("trace=write,pwrite64"),
                                    QStringLiteral("-e"),
                                    QStringLiteral("inject=write,pwrite64:signal=KILL:when=1"),
                                    QStringLiteral("--")};
        report.syscalls[trial.syscall].occurrences = 1;
        report.syscalls[trial.syscall].tried = 1;
        trials << trial;
    }
    return trials;
}

CrashHarness::Check CrashHarness::check(const CrashScenario& scenario, const QString& vault,
                                        const States& states)
{
    Check result;
    const bool changes = scenario.changesPassphrase();
    QStringList candidates{scenario.passphraseBefore};
    if (changes) {
        candidates << scenario.passphraseAfter;
    }
    // The first open rolls back a journal the kill left, and that can change the file's header
    // (the salt, which selects the key) under an open that already read it: only an open of the
    // file as it is afterwards tells whether it still opens.
    for (const QString& passphrase : candidates) {
        if (m_inspector.open(vault, passphrase)) {
            break;
        }
    }
    std::unique_ptr<Vault> opened;
    QStringList openedBy;
    QStringList errors;
    for (const QString& passphrase : candidates) {
        const QString who = !changes                                  ? QStringLiteral("its")
                            : passphrase == scenario.passphraseBefore ? QStringLiteral("old")
                                                                      : QStringLiteral("new");
        auto attempt = m_inspector.open(vault, passphrase);
        if (!attempt) {
            errors << who + QStringLiteral(" passphrase: ") + attempt.message();
            continue;
        }
        openedBy << who;
        if (!opened) {
            opened = std::move(attempt).value();
            result.openedWith = passphrase;
        }
    }
    if (!opened) {
        result.problem = (changes ? QStringLiteral("opens with neither passphrase")
                                  : QStringLiteral("does not open")) +
                         QStringLiteral(" (") + errors.join(QStringLiteral("; ")) +
                         QLatin1Char(')');
        return result;
    }
    if (openedBy.size() > 1) {
        result.problem = QStringLiteral("opens with both passphrases");
        return result;
    }
    auto integrity = VaultInspector::integrity(*opened);
    if (!integrity || *integrity != QLatin1String("ok")) {
        result.problem = QStringLiteral("fails integrity_check: ") +
                         (integrity ? *integrity : integrity.message());
        return result;
    }
    auto content = VaultInspector::dump(*opened);
    if (!content) {
        result.problem = QStringLiteral("cannot be read: ") + content.message();
        return result;
    }
    const bool oldKey = result.openedWith == scenario.passphraseBefore;
    if (*content == states.before && (!changes || oldKey)) {
        result.outcome =
            changes ? QStringLiteral("before (old passphrase)") : QStringLiteral("before");
    } else if (*content == states.after && (!changes || !oldKey)) {
        result.outcome =
            changes ? QStringLiteral("after (new passphrase)") : QStringLiteral("after");
    } else {
        result.problem = QStringLiteral("holds neither the state before (%1) nor after (%2)")
                             .arg(firstDifference(*content, states.before),
                                  firstDifference(*content, states.after));
    }
    return result;
}

void CrashHarness::fail(const CrashScenario& scenario, CrashReport& report, const QString& problem)
{
    ++report.failures;
    QString kept;
    if (m_keptFailures < kKeptFailures) {
        const QString dir = QDir(m_work).filePath(
            QStringLiteral("%1/failed-%2").arg(scenario.name).arg(++m_keptFailures));
        QDir(dir).removeRecursively();
        if (QDir().rename(trialDir(scenario), dir)) {
            kept = QStringLiteral(" [kept in %1]").arg(dir);
        }
    }
    if (report.problems.size() < kListedProblems) {
        report.problems << problem + kept;
    } else if (report.problems.size() == kListedProblems) {
        report.problems << QStringLiteral("(further failures not listed)");
    }
    if (m_options.verbose) {
        m_log << QStringLiteral("    FAILURE ") << problem << kept << '\n';
        m_log.flush();
    }
}

qint64 CrashHarness::medianDuration() const
{
    QList<qint64> sorted = m_durations;
    std::sort(sorted.begin(), sorted.end());
    return sorted.isEmpty() ? 0 : sorted.at(sorted.size() / 2);
}

void CrashHarness::runTrial(const CrashScenario& scenario, const Trial& trial, const States& states,
                            CrashReport& report)
{
    qint64 killAfterUs = -1;
    QString label = trial.label;
    if (trial.moment >= 0) {
        const qint64 bound = medianDuration();
        killAfterUs = std::llround(trial.moment * double(bound));
        label = QStringLiteral("random %1 of %2 ms")
                    .arg(trial.moment, 0, 'f', 4)
                    .arg(double(bound) / 1000.0, 0, 'f', 1);
    }
    if (!trial.call.isEmpty()) {
        label += QStringLiteral(" [") + trial.call + QLatin1Char(']');
    }
    auto vault = freshVault(scenario);
    if (!vault) {
        fail(scenario, report, label + QStringLiteral(": ") + vault.message());
        return;
    }
    const CliResult result =
        m_cli.run(*vault, scenario.args, scenario.input, killAfterUs, trial.wrapper);
    const bool killed = result.started && !result.normalExit;
    if (trial.moment >= 0 && result.succeeded()) {
        m_durations << result.elapsedUs;
    }
    if (!killed && !result.succeeded()) {
        fail(scenario, report,
             label + QStringLiteral(": rebind-cli failed without being killed: ") +
                 result.describe());
        return;
    }
    const QStringList afterKill = VaultSiblings::list(*vault);
    const bool inside = killed && VaultSiblings::showWriteInProgress(afterKill, *vault);
    const bool lockLeft = killed && afterKill.contains(kVaultName + QStringLiteral(".lock"));
    report.killed += killed ? 1 : 0;
    report.inside += inside ? 1 : 0;
    if (trial.moment >= 0) {
        report.randomKilled += killed ? 1 : 0;
        report.randomInside += inside ? 1 : 0;
    }
    if (!trial.syscall.isEmpty()) {
        auto& counts = report.syscalls[trial.syscall];
        counts.killed += killed ? 1 : 0;
        counts.inside += inside ? 1 : 0;
    }
    if (scenario.tracksSchema && killed) {
        const auto version = m_inspector.schemaVersionOnDisk(
            *vault, scenario.passphraseBefore, trialDir(scenario) + QStringLiteral("-scratch"));
        ++report.schemaVersions[version ? QStringLiteral("v%1").arg(*version)
                                        : QStringLiteral("unreadable (") + version.message() +
                                              QLatin1Char(')')];
    }
    Check checked = check(scenario, *vault, states);
    const QStringList reopened = VaultSiblings::list(*vault);
    std::set<QString> left;
    for (const QString& sibling : reopened) {
        left.insert(VaultSiblings::pattern(sibling, *vault));
    }
    for (const QString& pattern : left) {
        ++report.leftovers[pattern];
    }
    // A kill leaves the lock file behind; the next command must take it over, not refuse.
    if (checked.problem.isEmpty() && lockLeft &&
        (m_options.followUps < 0 || m_followUps < m_options.followUps)) {
        ++m_followUps;
        ++report.followUps;
        const CliResult next =
            m_cli.run(*vault, {QStringLiteral("add-person"), QStringLiteral("After the crash")},
                      checked.openedWith.toUtf8() + '\n');
        if (!next.succeeded()) {
            checked.problem = QStringLiteral("is refused by rebind-cli after the kill (a stale "
                                             "lock file?): ") +
                              next.describe();
        }
    }
    if (checked.problem.isEmpty()) {
        ++report.outcomes[checked.outcome];
    }
    if (m_options.verbose) {
        m_log << QStringLiteral("  %1: %2%3, %4; after the kill: %5; after re-opening: %6\n")
                     .arg(label, killed ? QStringLiteral("killed") : QStringLiteral("completed"),
                          inside ? QStringLiteral(" inside a write") : QString(),
                          checked.problem.isEmpty() ? checked.outcome : QStringLiteral("FAILED"),
                          afterKill.isEmpty() ? QStringLiteral("-")
                                              : afterKill.join(QStringLiteral(" ")),
                          reopened.isEmpty() ? QStringLiteral("-")
                                             : reopened.join(QStringLiteral(" ")));
        m_log.flush();
    }
    if (!checked.problem.isEmpty()) {
        fail(scenario, report,
             QStringLiteral("%1: %2%3: the vault %4; beside it after the kill: %5")
                 .arg(label, killed ? QStringLiteral("killed") : QStringLiteral("completed"),
                      inside ? QStringLiteral(" inside a write") : QString(), checked.problem,
                      afterKill.isEmpty() ? QStringLiteral("nothing")
                                          : afterKill.join(QStringLiteral(" "))));
    }
}

CrashReport CrashHarness::run(const CrashScenario& scenario)
{
    QElapsedTimer clock;
    clock.start();
    CrashReport report;
    report.name = scenario.name;
    report.seed = m_options.seed;
    m_followUps = 0;
    m_keptFailures = 0;
    const auto finish = [&]() {
        report.wallMs = clock.elapsed();
        return report;
    };
    auto states = references(scenario);
    if (!states) {
        report.problems << states.message();
        return finish();
    }
    auto trials = syscallTrials(scenario, *states, report);
    if (!trials) {
        report.problems << trials.message();
        return finish();
    }
    report.syscallTrials = int(trials->size());
    report.randomTrials =
        m_options.randomTrials >= 0 ? m_options.randomTrials
        : m_options.longRun
            ? CrashOptions::kLongRandom
            : std::max(CrashOptions::kMinRandom, CrashOptions::kMinTrials - report.syscallTrials);
    std::mt19937_64 random(m_options.seed);
    std::uniform_real_distribution<double> moment(0.0, 1.0);
    for (int i = 0; i < report.randomTrials; ++i) {
        Trial trial;
        trial.moment = moment(random);
        trials->append(trial);
    }
    if (m_options.verbose) {
        m_log << QStringLiteral("%1: %2 trials\n").arg(report.testName()).arg(trials->size());
        m_log.flush();
    }
    for (const Trial& trial : *trials) {
        runTrial(scenario, trial, *states, report);
    }
    report.unkilledUs = medianDuration();
    QDir(trialDir(scenario)).removeRecursively();
    return finish();
}

} // namespace rebind::crash
