#include "AppSettings.h"

#include <algorithm>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace rebind {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kVaultPath = QStringLiteral("vault/path");
const QString kTextScale = QStringLiteral("ui/textScale");
} // namespace

void AppSettings::setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("rebind"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REBIND_VERSION));
}

AppSettings::AppSettings() : m_settings(settingsFilePath(), QSettings::IniFormat) {}

QString AppSettings::defaultVaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/rebind.vault");
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

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace rebind
