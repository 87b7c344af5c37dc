// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>

namespace rebind {

// The few preferences kept outside the vault. Nothing personal goes here: no numbers, names or
// accounts, only the UI language, where the vault file lives, the folder of the last export and
// the like.
class AppSettings
{
public:
    AppSettings();

    // Both front ends call this first, so that they agree on where settings and the vault live.
    static void setApplicationIdentity();

    static QString defaultVaultPath();
    static QString settingsFilePath();

    // Empty means "follow the system".
    QString language() const;
    void setLanguage(const QString& language);

    // Large-text mode: every font is this many times the base size (1.0–2.0).
    double textScale() const;
    void setTextScale(double scale);
    static constexpr double kMinTextScale = 1.0;
    static constexpr double kMaxTextScale = 2.0;

    // Auto-lock after this many minutes without input; 0 means never.
    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);
    static constexpr int kDefaultAutoLockMinutes = 10;
    static constexpr int kMaxAutoLockMinutes = 24 * 60;
    // Also lock when the screen locks or the machine suspends (default on) and when the window
    // is minimised (default off).
    bool lockOnScreenLock() const;
    void setLockOnScreenLock(bool enabled);
    bool lockOnMinimize() const;
    void setLockOnMinimize(bool enabled);

    // How many automatic backups to keep beside the vault (1–100, default 5).
    int backupsToKeep() const;
    void setBackupsToKeep(int count);
    static constexpr int kDefaultBackupsToKeep = 5;
    static constexpr int kMinBackupsToKeep = 1;
    static constexpr int kMaxBackupsToKeep = 100;

    QString vaultPath() const;
    void setVaultPath(const QString& path);

    // The folder of the last export (a folder only, never a file name); empty clears it.
    QString exportFolder() const;
    void setExportFolder(const QString& folder);

    void sync();

private:
    QSettings m_settings;
};

} // namespace rebind
