// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultWatcher.h"

#include "SqliteDatabase.h"
#include "Vault.h"
#include "VaultLock.h"

#include <QFileInfo>
#include <QGuiApplication>
#include <QThread>
#include <QWindow>

namespace rebind {

namespace {

constexpr int kSettleMs = 200;

// QApplication::exec() is one loop; a second one belongs to a modal question or to background
// work on the vault, which must not be raced.
bool insideNestedLoop()
{
    return QThread::currentThread()->loopLevel() > 1;
}

} // namespace

VaultWatcher::VaultWatcher(QObject* parent) : QObject(parent)
{
    m_poll.setInterval(kIntervalMs);
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_poll, &QTimer::timeout, this, &VaultWatcher::check);
    connect(&m_settle, &QTimer::timeout, this, &VaultWatcher::check);
    connect(&m_files, &QFileSystemWatcher::fileChanged, this, &VaultWatcher::schedule);
    connect(&m_files, &QFileSystemWatcher::directoryChanged, this, &VaultWatcher::schedule);
    connect(qGuiApp, &QGuiApplication::focusWindowChanged, this, [this](QWindow* window) {
        if (window != nullptr) {
            schedule();
        }
    });
}

VaultWatcher::~VaultWatcher() = default;

void VaultWatcher::watch(Vault* vault)
{
    stop();
    if (vault == nullptr || !vault->isOpen()) {
        return;
    }
    m_vault = vault;
    rememberConnection();
    // Read-only because someone held it: the first look tells whether they still do.
    m_held = vault->isReadOnly();
    rewatch();
    m_poll.start();
}

void VaultWatcher::stop()
{
    m_poll.stop();
    m_settle.stop();
    const QStringList watched = m_files.files() + m_files.directories();
    if (!watched.isEmpty()) {
        m_files.removePaths(watched);
    }
    m_vault = nullptr;
    m_counter = -1;
    m_connection = nullptr;
    m_held = false;
}

void VaultWatcher::schedule()
{
    if (m_vault != nullptr) {
        m_settle.start();
    }
}

void VaultWatcher::rewatch()
{
    // A file renamed over the vault is another inode: the old watch went with the old one.
    const QString path = QFileInfo(m_vault->path()).absoluteFilePath();
    if (!m_files.files().contains(path) && QFileInfo::exists(path)) {
        m_files.addPath(path);
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!m_files.directories().contains(folder)) {
        m_files.addPath(folder);
    }
}

void VaultWatcher::rememberConnection()
{
    m_connection = m_vault->database().handle();
    auto counter = m_vault->changeCounter();
    m_counter = counter ? *counter : -1;
}

void VaultWatcher::check()
{
    if (m_vault == nullptr || m_checking) {
        return;
    }
    if (!m_vault->isOpen()) {
        stop();
        return;
    }
    if (insideNestedLoop()) {
        schedule();
        return;
    }
    m_checking = true;
    bool changedOutside = false;
    if (m_connection != m_vault->database().handle()) {
        // This process re-opened the connection itself (a passphrase change, a restore): the
        // counter of the new connection is not comparable with the old one's.
        rememberConnection();
    }
    if (m_vault->fileWasReplaced()) {
        // Between a sync tool's delete and its write there may be no file yet: look again later.
        if (QFileInfo::exists(m_vault->path())) {
            auto reconnected = m_vault->reconnect();
            if (!reconnected) {
                m_checking = false;
                stop();
                Q_EMIT failed(reconnected.message());
                return;
            }
            rememberConnection();
            changedOutside = true;
            // The watch may still be on the old file (the inode renamed over).
            const QString path = QFileInfo(m_vault->path()).absoluteFilePath();
            if (m_files.files().contains(path)) {
                m_files.removePath(path);
            }
        }
    } else if (auto counter = m_vault->changeCounter(); counter && *counter != m_counter) {
        m_counter = *counter;
        changedOutside = true;
    }
    rewatch();
    // Asked only while someone is known to hold it: asking takes the free lock for a moment,
    // which is itself a change in the folder.
    const bool released = m_held && !VaultLock::holder(m_vault->path()).has_value();
    if (released) {
        m_held = false;
    }
    m_checking = false;
    if (changedOutside) {
        Q_EMIT changed();
    }
    if (released && m_vault != nullptr) {
        Q_EMIT holderReleased();
    }
}

} // namespace rebind
