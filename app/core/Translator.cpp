// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rebind {

namespace {
// Qt 6.4's own Chinese catalogue lacks the type column of Qt's file chooser ("Folder" stood
// beside every folder). Marked here, they go into Rebind's catalogue under Qt's context, and
// Qt looks there after its own.
struct QtMessage
{
    const char* source;
    const char* comment;
};
[[maybe_unused]] constexpr QtMessage kQtFileTypes[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"), ""},
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"), ""},
    {QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"), ""},
};

QList<QTranslator*>& installed()
{
    static QList<QTranslator*> list;
    return list;
}

QString resolve(const QString& language)
{
    if (!language.isEmpty()) {
        return language;
    }
    for (const QString& ui : QLocale::system().uiLanguages()) {
        if (ui.startsWith(QLatin1String("zh"))) {
            return QStringLiteral("zh_CN");
        }
        if (ui.startsWith(QLatin1String("en"))) {
            return QStringLiteral("en");
        }
    }
    return QStringLiteral("en");
}
} // namespace

void Translator::removeInstalled()
{
    for (QTranslator* translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

QString Translator::install(const QString& language)
{
    removeInstalled();
    const QString chosen = resolve(language);
    // Owned by the application, so nothing outlives it (LeakSanitizer checks at exit).
    auto* own = new QTranslator(QCoreApplication::instance());
    if (own->load(QStringLiteral(":/i18n/rebind_") + chosen + QStringLiteral(".qm"))) {
        QCoreApplication::installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
    auto* qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + chosen,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    QLocale::setDefault(localeFor(language.isEmpty() ? QString() : chosen, QLocale::system()));
    return chosen;
}

QLocale Translator::localeFor(const QString& language, const QLocale& system)
{
    if (language.isEmpty()) {
        return system;
    }
    const QLocale wanted(language);
    if (system.language() == wanted.language() && system.script() == wanted.script()) {
        return system;
    }
    if (wanted.language() == QLocale::English) {
        return QLocale(QLocale::English, QLocale::UnitedStates);
    }
    if (wanted.language() == QLocale::Chinese) {
        return QLocale(QLocale::Chinese, QLocale::SimplifiedHanScript, QLocale::China);
    }
    return wanted;
}

QList<QPair<QString, QString>> Translator::availableLanguages()
{
    return {{QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("en"), QStringLiteral("English")}};
}

} // namespace rebind
