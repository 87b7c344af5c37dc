// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace rebind {

// One GUI per user and vault: the first start listens on a local socket, a second start asks it
// to raise its window and exits. The socket lives in the user's runtime folder and its name is
// a hash of the user and the vault's path, so it says nothing about either. A socket left by a
// crashed first start answers nobody and is replaced.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(const QString& vaultPath, QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString serverName(const QString& vaultPath);
    QString serverName() const { return m_name; }

    enum class Answer
    {
        NoneRunning,
        Raised,
        // Someone listens but did not answer in time (busy, or hung): still not a second window.
        NoAnswer
    };
    // Asks a running instance to show its window.
    Answer askRunningToRaise(int timeoutMs = 3000) const;
    // Listens for later starts; false (with a warning) when the socket cannot be made.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A later start asked for the window; answered once the connected slots have run.
    void raiseRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server;
};

} // namespace rebind
