#pragma once

#include <QSettings>
#include <QString>

namespace rebind {

// The few preferences kept outside the vault. Nothing personal goes here: no numbers, names or
// accounts, only the UI language and where the vault file lives.
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

    QString vaultPath() const;
    void setVaultPath(const QString& path);

    void sync();

private:
    QSettings m_settings;
};

} // namespace rebind
