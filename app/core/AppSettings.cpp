// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace rebind {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kVaultPath = QStringLiteral("vault/path");
const QString kTextScale = QStringLiteral("ui/textScale");
const QString kAutoLockMinutes = QStringLiteral("security/autoLockMinutes");
const QString kLockOnScreenLock = QStringLiteral("security/lockOnScreenLock");
const QString kLockOnMinimize = QStringLiteral("security/lockOnMinimize");
const QString kBackupsToKeep = QStringLiteral("vault/backupsToKeep");
const QString kExportFolder = QStringLiteral("ui/exportFolder");

int boundedInt(const QSettings& settings, const QString& key, int fallback, int low, int high)
{
    bool ok = false;
    const int stored = settings.value(key, fallback).toInt(&ok);
    return ok ? std::clamp(stored, low, high) : fallback;
}
} // namespace

void AppSettings::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("rebind"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBIND_VERSION));
}

AppSettings::AppSettings() : m_settings(settingsFilePath(), QSettings::IniFormat) {}

QString AppSettings::defaultVaultPath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString current = folder + QStringLiteral("/vault.rebind");
    const QString older = folder + QStringLiteral("/rebind.vault");
    // Versions before 0.1.0 made rebind.vault. It keeps being used where it is rather than being
    // renamed: another Rebind window or rebind-cli may hold it (its .lock and open SQLCipher
    // handle name the old path), its backups live in rebind.vault.backups beside it, and a rename
    // that fails half-way would leave the person looking for their vault. Every name derived
    // from the vault (backups folder, lock file, drafts, watcher, keychain id) follows the path,
    // so both names work alike. A vault.rebind made later (deliberately) wins.
    if (!QFileInfo::exists(current) && QFileInfo::exists(older)) {
        return older;
    }
    return current;
}

QString AppSettings::settingsFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/rebind.conf");
}

QString AppSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}
void AppSettings::setLanguage(const QString& language)
{
    m_settings.setValue(kLanguage, language);
}

double AppSettings::textScale() const
{
    bool ok = false;
    const double stored = m_settings.value(kTextScale, kMinTextScale).toDouble(&ok);
    return ok ? std::clamp(stored, kMinTextScale, kMaxTextScale) : kMinTextScale;
}

void AppSettings::setTextScale(double scale)
{
    m_settings.setValue(kTextScale, std::clamp(scale, kMinTextScale, kMaxTextScale));
}

int AppSettings::autoLockMinutes() const
{
    return boundedInt(m_settings, kAutoLockMinutes, kDefaultAutoLockMinutes, 0,
                      kMaxAutoLockMinutes);
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(kAutoLockMinutes, std::clamp(minutes, 0, kMaxAutoLockMinutes));
}

bool AppSettings::lockOnScreenLock() const
{
    return m_settings.value(kLockOnScreenLock, true).toBool();
}

void AppSettings::setLockOnScreenLock(bool enabled)
{
    m_settings.setValue(kLockOnScreenLock, enabled);
}

bool AppSettings::lockOnMinimize() const
{
    return m_settings.value(kLockOnMinimize, false).toBool();
}

void AppSettings::setLockOnMinimize(bool enabled)
{
    m_settings.setValue(kLockOnMinimize, enabled);
}

int AppSettings::backupsToKeep() const
{
    return boundedInt(m_settings, kBackupsToKeep, kDefaultBackupsToKeep, kMinBackupsToKeep,
                      kMaxBackupsToKeep);
}

void AppSettings::setBackupsToKeep(int count)
{
    m_settings.setValue(kBackupsToKeep, std::clamp(count, kMinBackupsToKeep, kMaxBackupsToKeep));
}

QString AppSettings::vaultPath() const
{
    const QString stored = m_settings.value(kVaultPath).toString();
    return stored.isEmpty() ? defaultVaultPath() : stored;
}

void AppSettings::setVaultPath(const QString& path)
{
    if (QDir::cleanPath(path) == QDir::cleanPath(defaultVaultPath())) {
        m_settings.remove(kVaultPath);
    } else {
        m_settings.setValue(kVaultPath, path);
    }
}

QString AppSettings::exportFolder() const
{
    return m_settings.value(kExportFolder).toString();
}

void AppSettings::setExportFolder(const QString& folder)
{
    if (folder.isEmpty()) {
        m_settings.remove(kExportFolder);
    } else {
        m_settings.setValue(kExportFolder, folder);
    }
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace rebind
