// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioBuilder.h"

#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind::crash {

const QString ScenarioBuilder::kPassphrase = QStringLiteral("crash harness: seven blue kites");
const QString ScenarioBuilder::kNewPassphrase =
    QStringLiteral("crash harness, renewed: quiet amber harbour");
const QString ScenarioBuilder::kHandoffPassphrase =
    QStringLiteral("hand-off for the crash harness: nine tall cedars");
const QString ScenarioBuilder::kFixturePassphrase = QStringLiteral("fixture passphrase v1");

namespace {

const QString kReady = QStringLiteral("ready");
const QString kSource = QStringLiteral("source.rebind");
const QString kExport = QStringLiteral("bindings.json");
const QString kPasswdVault = QStringLiteral("passwd.rebind");
const QString kMergeVault = QStringLiteral("merge.rebind");
const QString kHandoff = QStringLiteral("changes.handoff");

// Four numbers, 50 bindings each.
const QStringList kNumbers = {QStringLiteral("13800138000"), QStringLiteral("13900139000"),
                              QStringLiteral("18600186000"), QStringLiteral("15000150000")};
constexpr int kPerNumber = 50;

QByteArray lines(const QStringList& passphrases)
{
    QByteArray input;
    for (const QString& passphrase : passphrases) {
        input += passphrase.toUtf8() + '\n';
    }
    return input;
}

Error failure(const QString& message)
{
    return makeError(ErrorCode::Internal, message);
}

Result<void> copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    if (!QFile::copy(from, to)) {
        return failure(QStringLiteral("cannot copy %1 to %2").arg(from, to));
    }
    return {};
}

} // namespace

ScenarioBuilder::ScenarioBuilder(const CliRunner& cli, QString fixturesDir, QString sharedDir)
    : m_cli(cli), m_fixtures(std::move(fixturesDir)), m_shared(std::move(sharedDir))
{}

QStringList ScenarioBuilder::names()
{
    return {QStringLiteral("add-binding"), QStringLiteral("mark"),    QStringLiteral("import"),
            QStringLiteral("passwd"),      QStringLiteral("migrate"), QStringLiteral("merge")};
}

bool ScenarioBuilder::needsShared(const QString& name)
{
    return name == QLatin1String("import") || name == QLatin1String("passwd") ||
           name == QLatin1String("merge");
}

Result<void> ScenarioBuilder::run(const QString& vault, const QStringList& args,
                                  const QByteArray& input) const
{
    QString error;
    if (!m_cli.ok(vault, args, input.isEmpty() ? lines({kPassphrase}) : input, &error)) {
        return failure(error);
    }
    return {};
}

Result<void> ScenarioBuilder::makeSmallVault(const QString& vault) const
{
    QFile::remove(vault);
    for (const QStringList& args : {
             QStringList{QStringLiteral("init"), QStringLiteral("--decryption-time"),
                         QStringLiteral("1")},
             QStringList{QStringLiteral("add-person"), QStringLiteral("Zhang Wei"),
                         QStringLiteral("--relation"), QStringLiteral("mother")},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                         QStringLiteral("+86 138 0013 8000"), QStringLiteral("--cancel-date"),
                         QStringLiteral("2030-06-30")},
             QStringList{QStringLiteral("add-binding"), kNumbers.at(0), QStringLiteral("wechat")},
             QStringList{QStringLiteral("add-binding"), kNumbers.at(0), QStringLiteral("alipay"),
                         QStringLiteral("--account"), QStringLiteral("zw@example.org")},
         }) {
        if (auto done = run(vault, args); !done) {
            return done;
        }
    }
    return {};
}

Result<QStringList> ScenarioBuilder::catalogIds(int count) const
{
    const CliResult listed = m_cli.run(QDir(m_shared).filePath(QStringLiteral("none")),
                                       {QStringLiteral("catalog"), QStringLiteral("list"),
                                        QStringLiteral("--json"), QStringLiteral("--curated")},
                                       {});
    if (!listed.succeeded()) {
        return failure(QStringLiteral("rebind-cli catalog list: ") + listed.describe());
    }
    QStringList ids;
    const QJsonArray entries = QJsonDocument::fromJson(listed.out).array();
    for (const QJsonValue& entry : entries) {
        ids << entry.toObject().value(QStringLiteral("id")).toString();
    }
    if (ids.size() < count) {
        return failure(QStringLiteral("the catalog lists %1 curated services, %2 needed")
                           .arg(ids.size())
                           .arg(count));
    }
    return ids.mid(0, count);
}

bool ScenarioBuilder::sharedReady() const
{
    return QFileInfo::exists(QDir(m_shared).filePath(kReady));
}

Result<void> ScenarioBuilder::prepareShared() const
{
    QDir shared(m_shared);
    shared.removeRecursively();
    if (!QDir().mkpath(m_shared)) {
        return failure(QStringLiteral("cannot create %1").arg(m_shared));
    }
    const int bindings = kPerNumber * int(kNumbers.size());
    constexpr int kExtra = 10;
    auto ids = catalogIds(bindings + kExtra);
    if (!ids) {
        return ids.error();
    }
    const QString source = shared.filePath(kSource);
    for (const QStringList& args : {
             QStringList{QStringLiteral("init"), QStringLiteral("--decryption-time"),
                         QStringLiteral("1")},
             QStringList{QStringLiteral("add-person"), QStringLiteral("Zhang Wei")},
             QStringList{QStringLiteral("add-person"), QStringLiteral("Li Na"),
                         QStringLiteral("--relation"), QStringLiteral("sister")},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"), kNumbers.at(0),
                         QStringLiteral("--cancel-date"), QStringLiteral("2030-06-30")},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"), kNumbers.at(1)},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Li Na"), kNumbers.at(2)},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Li Na"), kNumbers.at(3)},
         }) {
        if (auto done = run(source, args); !done) {
            return done;
        }
    }
    for (int i = 0; i < bindings; ++i) {
        QStringList args{QStringLiteral("add-binding"), kNumbers.at(i / kPerNumber), ids->at(i)};
        if (i % 3 == 0) {
            args << QStringLiteral("--account") << QStringLiteral("account-%1").arg(i);
        }
        if (auto done = run(source, args); !done) {
            return done;
        }
    }
    if (auto done =
            run(source, {QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--all"),
                         QStringLiteral("-o"), shared.filePath(kExport)});
        !done) {
        return done;
    }
    for (const QString& copy : {kPasswdVault, kMergeVault}) {
        if (auto copied = copyFile(source, shared.filePath(copy)); !copied) {
            return copied;
        }
    }
    const auto mark = [&](const QString& vault, int binding, const QString& status) {
        return run(vault, {QStringLiteral("mark"), kNumbers.at(binding / kPerNumber),
                           ids->at(binding), status});
    };
    // The merge target's own progress, then the source's: new people, numbers and bindings,
    // other progress, and binding 50 changed on both sides (the later change wins).
    const QString target = shared.filePath(kMergeVault);
    for (int i = 0; i < 5; ++i) {
        if (auto done = mark(target, i, QStringLiteral("done")); !done) {
            return done;
        }
    }
    if (auto done = mark(target, kPerNumber, QStringLiteral("waiting")); !done) {
        return done;
    }
    if (auto done = mark(source, kPerNumber, QStringLiteral("verified")); !done) {
        return done;
    }
    for (int i = 2 * kPerNumber; i < 2 * kPerNumber + 5; ++i) {
        if (auto done = mark(source, i, QStringLiteral("in-progress")); !done) {
            return done;
        }
    }
    for (const QStringList& args : {
             QStringList{QStringLiteral("add-person"), QStringLiteral("Chen Jie"),
                         QStringLiteral("--relation"), QStringLiteral("father")},
             QStringList{QStringLiteral("add-number"), QStringLiteral("Chen Jie"),
                         QStringLiteral("13700137000")},
         }) {
        if (auto done = run(source, args); !done) {
            return done;
        }
    }
    for (int i = bindings; i < bindings + kExtra; ++i) {
        const QString number = i % 2 == 0 ? QStringLiteral("13700137000") : kNumbers.at(3);
        if (auto done = run(source, {QStringLiteral("add-binding"), number, ids->at(i)}); !done) {
            return done;
        }
    }
    if (auto done = run(source,
                        {QStringLiteral("export"), QStringLiteral("handoff"),
                         QStringLiteral("--all"), QStringLiteral("-o"), shared.filePath(kHandoff)},
                        lines({kPassphrase, kHandoffPassphrase, kHandoffPassphrase}));
        !done) {
        return done;
    }
    QFile ready(shared.filePath(kReady));
    if (!ready.open(QIODevice::WriteOnly)) {
        return failure(QStringLiteral("cannot write %1").arg(ready.fileName()));
    }
    return {};
}

Result<CrashScenario> ScenarioBuilder::build(const QString& name, const QString& dir) const
{
    if (!QDir().mkpath(dir)) {
        return failure(QStringLiteral("cannot create %1").arg(dir));
    }
    const QDir shared(m_shared);
    CrashScenario scenario;
    scenario.name = name;
    scenario.templateVault = QDir(dir).filePath(QStringLiteral("template.rebind"));
    scenario.passphraseBefore = kPassphrase;
    scenario.passphraseAfter = kPassphrase;
    scenario.input = lines({kPassphrase});
    Result<void> made;
    if (name == QLatin1String("add-binding")) {
        made = makeSmallVault(scenario.templateVault);
        scenario.args = QStringList{QStringLiteral("add-binding"),   kNumbers.at(0),
                                    QStringLiteral("cmb"),           QStringLiteral("--account"),
                                    QStringLiteral("card 1234"),     QStringLiteral("--role"),
                                    QStringLiteral("bank-reserved"), QStringLiteral("--action"),
                                    QStringLiteral("unbind")};
    } else if (name == QLatin1String("mark")) {
        made = makeSmallVault(scenario.templateVault);
        scenario.args = QStringList{QStringLiteral("mark"), kNumbers.at(0),
                                    QStringLiteral("wechat"), QStringLiteral("done")};
    } else if (name == QLatin1String("import")) {
        QFile::remove(scenario.templateVault);
        made =
            run(scenario.templateVault,
                {QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")});
        if (made) {
            made = run(scenario.templateVault,
                       {QStringLiteral("add-person"), QStringLiteral("Wang Fang")});
        }
        scenario.args =
            QStringList{QStringLiteral("import"), QStringLiteral("json"), shared.filePath(kExport)};
    } else if (name == QLatin1String("passwd")) {
        made = copyFile(shared.filePath(kPasswdVault), scenario.templateVault);
        scenario.args = QStringList{QStringLiteral("passwd"), QStringLiteral("--decryption-time"),
                                    QStringLiteral("1")};
        // The new passphrase twice: read once when stdin is not a terminal, but a second line
        // costs nothing should that change.
        scenario.input = lines({kPassphrase, kNewPassphrase, kNewPassphrase});
        scenario.passphraseAfter = kNewPassphrase;
    } else if (name == QLatin1String("migrate")) {
        made = copyFile(QDir(m_fixtures).filePath(QStringLiteral("vault-v1.rebind")),
                        scenario.templateVault);
        if (made) {
            QFile::setPermissions(scenario.templateVault,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        }
        scenario.args = QStringList{QStringLiteral("add-person"), QStringLiteral("Li Lei"),
                                    QStringLiteral("--relation"), QStringLiteral("friend")};
        scenario.passphraseBefore = kFixturePassphrase;
        scenario.passphraseAfter = kFixturePassphrase;
        scenario.input = lines({kFixturePassphrase});
        scenario.tracksSchema = true;
    } else if (name == QLatin1String("merge")) {
        made = copyFile(shared.filePath(kMergeVault), scenario.templateVault);
        scenario.args = QStringList{QStringLiteral("import"), QStringLiteral("handoff"),
                                    shared.filePath(kHandoff)};
        scenario.input = lines({kPassphrase, kHandoffPassphrase});
    } else {
        return failure(QStringLiteral("unknown command %1 (one of: %2)")
                           .arg(name, names().join(QStringLiteral(", "))));
    }
    if (!made) {
        return made.error();
    }
    return scenario;
}

} // namespace rebind::crash
