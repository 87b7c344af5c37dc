// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace rebind {

// One GUI per user: the first start listens on a local socket; a later start hands it the file it
// was given (a vault to switch to, a hand-off file to import) or asks it to raise its window, and
// exits. One socket per user, whatever vault is open, so that double-clicking any Rebind file
// reaches the running window. The socket lives in the user's runtime folder and its name is a
// hash of the user, so it says nothing about them. A socket left by a crashed first start
// answers nobody and is replaced.
//
// The protocol is one line each way: "raise\n", or "open <base64 of the UTF-8 path>\n" (paths up
// to kMaxPathBytes), answered "raised\n" once the running one has taken it.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    explicit SingleInstance(QObject* parent = nullptr);
    ~SingleInstance() override;

    static QString serverName();

    static constexpr int kMaxPathBytes = 4096;

    enum class Answer
    {
        NoneRunning,
        // The running one took the request (raised its window, and opens the file sent).
        Raised,
        // Someone listens but did not answer in time (busy, or hung): still not a second window.
        NoAnswer,
        // The path is too long to send (kMaxPathBytes); nothing was sent.
        Refused
    };
    // Asks a running instance to show its window.
    Answer askRunningToRaise(int timeoutMs = 3000) const;
    // Asks a running instance to open path (absolute: the running one has its own working
    // folder).
    Answer askRunningToOpen(const QString& path, int timeoutMs = 3000) const;
    // Listens for later starts; false (with a warning) when the socket cannot be made.
    bool listen();
    bool isListening() const;

Q_SIGNALS:
    // A later start asked for the window; answered once the connected slots have run.
    void raiseRequested();
    // A later start was given this file. Connect with a queued connection when the slot asks
    // something: the later start waits only a few seconds for the answer.
    void openRequested(const QString& path);

private:
    Answer ask(const QByteArray& request, int timeoutMs) const;
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server;
};

} // namespace rebind
