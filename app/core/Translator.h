// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QLocale>
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
    // Also makes the matching locale the default (see localeFor), so that what Qt and Rebind
    // format through QLocale() (the calendar's month and day names and first day of the week,
    // dates in Qt's file chooser, file sizes) reads in the same language as the rest.
    static QString install(const QString& language);
    // The locale for a chosen language: the system's own when it is in that language (an en_GB
    // system keeps day-month order and Monday first), else the language's main locale (zh_CN:
    // Chinese, China; en: English, United States). Empty language: the system's locale.
    static QLocale localeFor(const QString& language, const QLocale& system);
    // (code, native name) pairs for a language chooser.
    static QList<QPair<QString, QString>> availableLanguages();

private:
    static void removeInstalled();
};

} // namespace rebind
