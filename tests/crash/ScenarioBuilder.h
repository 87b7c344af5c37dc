// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CrashScenario.h"
#include "Result.h"

#include <QString>
#include <QStringList>

namespace rebind::crash {

class CliRunner;

// Makes the vaults the commands start from, with rebind-cli itself, and describes each command.
//
// The expensive part is shared (prepareShared, one CTest fixture): a vault filled with 200
// bindings by 200 `add-binding` runs, its `export json`, a copy for `passwd`, and for the merge a
// copy changed on its own side plus a hand-off file of changes made on the source's side
// (partly the same bindings, so the merge has updates and a conflict to resolve).
class ScenarioBuilder
{
public:
    static const QString kPassphrase;
    static const QString kNewPassphrase;
    static const QString kHandoffPassphrase;
    static const QString kFixturePassphrase; // tests/fixtures/vault-v1.rebind

    ScenarioBuilder(const CliRunner& cli, QString fixturesDir, QString sharedDir);

    static QStringList names();
    static bool needsShared(const QString& name);

    bool sharedReady() const;
    Result<void> prepareShared() const;
    // Templates go to dir.
    Result<CrashScenario> build(const QString& name, const QString& dir) const;

private:
    Result<void> run(const QString& vault, const QStringList& args,
                     const QByteArray& input = {}) const;
    Result<void> makeSmallVault(const QString& vault) const;
    Result<QStringList> catalogIds(int count) const;

    const CliRunner& m_cli;
    QString m_fixtures;
    QString m_shared;
};

} // namespace rebind::crash
