// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

class QTranslator;

namespace rebind {

// Loads Rebind's own translation and Qt's for the chosen language into the application.
class Translator
{
    Q_DECLARE_TR_FUNCTIONS(Translator)

public:
    // language: "zh_CN", "en", or empty to follow the system locale. Returns the language in use.
    static QString install(const QString& language);
    // (code, native name) pairs for a language chooser.
    static QList<QPair<QString, QString>> availableLanguages();

private:
    static void removeInstalled();
};

} // namespace rebind
