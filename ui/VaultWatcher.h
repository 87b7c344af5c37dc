// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace rebind {

class Vault;

// Notices changes to the open vault made by another program while this one held no lock: a
// file synchronised from another computer and renamed over the vault, a restore while the
// window was read-only, rebind-cli writing while the window looks on read-only. It looks when
// the file or its folder changes, when a window of the application gets the focus, and every
// few seconds: a file replaced on disk is reconnected to (Vault::reconnect), a commit by another
// connection shows in Vault::changeCounter(). Read-only, it also notices the holder of the lock
// letting go. Never while a nested event loop runs (a question, work in the background such as
// a passphrase change, which replaces the file itself): it looks again once that is over.
class VaultWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5000;

    explicit VaultWatcher(QObject* parent = nullptr);
    ~VaultWatcher() override;

    // Starts watching vault, which must stay open until stop() (or another watch()).
    void watch(Vault* vault);
    void stop();
    bool isWatching() const { return m_vault != nullptr; }

public Q_SLOTS:
    void check();

Q_SIGNALS:
    // The vault's content may differ from what was read before: read it again.
    void changed();
    // The file was replaced by one this key does not open (or that is damaged): lock.
    void failed(const QString& message);
    // Read-only only: the program that held the vault has let go of it.
    void holderReleased();

private:
    void schedule();
    void rewatch();
    void rememberConnection();

    Vault* m_vault = nullptr;
    QFileSystemWatcher m_files;
    QTimer m_poll;
    // Folder events come in bursts (a journal appears and goes with every commit).
    QTimer m_settle;
    qint64 m_counter = -1;
    const void* m_connection = nullptr;
    bool m_held = false;
    bool m_checking = false;
};

} // namespace rebind
