// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the discovery tests share: a device that hands out a few bytes at a time, and running the
// real rebind-cli scan.

#include <algorithm>
#include <cstring>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace rebind::test {

// Hands out at most 7 bytes per read, so that every chunk boundary a reader can meet (inside a
// character reference, a UTF-8 or UTF-16 sequence, a CRLF, a soft line break) is met.
class TrickleDevice : public QIODevice
{
public:
    explicit TrickleDevice(QByteArray data) : m_data(std::move(data)) {}
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, qint64(7), qint64(m_data.size() - m_pos)});
        std::memcpy(data, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

struct CliRun
{
    int exitCode = -1; // also when it crashed or did not finish
    QByteArray out;
    QString err;
};

// Runs rebind-cli with no input; home: a HOME (and XDG folders) of its own, else the test's.
inline CliRun runCli(const QStringList& args, const QString& home = QString())
{
    QProcess process;
    if (!home.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        process.setProcessEnvironment(env);
    }
    process.setProgram(QStringLiteral(REBIND_CLI_PATH));
    process.setArguments(args);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start();
    CliRun run;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// The services of `scan --json` output: catalog ids, or "?" + the evidence of unrecognised ones.
inline QStringList scannedServices(const QByteArray& json)
{
    QStringList found;
    for (const QJsonValue& value : QJsonDocument::fromJson(json).array()) {
        const QJsonObject item = value.toObject();
        found.append(item.value(QStringLiteral("service")).isNull()
                         ? QStringLiteral("?") + item.value(QStringLiteral("evidence")).toString()
                         : item.value(QStringLiteral("service")).toString());
    }
    return found;
}

} // namespace rebind::test
