// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The language chosen in Settings also chooses the locale of what Qt formats for Rebind: the
// calendar's month and day names, the file chooser's dates. Run under an en_US system.

#include "AppSettings.h"
#include "GuiTestSupport.h"
#include "OptionalDateEdit.h"
#include "SettingsDialog.h"
#include "Translator.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QComboBox>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rebind;
using namespace rebind::test;

namespace {

// What a person sees after choosing language in Settings and starting Rebind again (main.cpp
// installs the saved language at start).
void chooseInSettingsAndRestart(const QString& language, const QString& vaultPath)
{
    SettingsDialog settings(vaultPath);
    auto* combo = settings.findChild<QComboBox*>(QStringLiteral("languageCombo"));
    QVERIFY(combo != nullptr);
    const int index = combo->findData(language);
    QVERIFY2(index >= 0, qPrintable(language));
    combo->setCurrentIndex(index);
    settings.accept();
    QCOMPARE(AppSettings().language(), language);
    Translator::install(AppSettings().language());
}

// The calendar a date field opens on 2030-01-31, and what it reads.
struct Calendar
{
    QString field;
    QString locale;
    QStringList texts;
};

Calendar calendarOf2030()
{
    QWidget window;
    auto* edit = new OptionalDateEdit(QStringLiteral("-"), &window);
    window.show();
    edit->setDate(QDate(2030, 1, 31));
    edit->openCalendar();
    Calendar result{edit->lineEdit()->text(), edit->calendar()->locale().name(),
                    visibleTexts(edit->calendar())};
    edit->calendar()->hide();
    return result;
}

} // namespace

class TestDateLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        resetStandardLocations();
        QCOMPARE(QLocale::system().name(), QStringLiteral("en_US"));
    }

    void cleanupTestCase() { resetStandardLocations(); }

    void localeForLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("zh_CN on en_US") << "zh_CN"
                                        << "en_US"
                                        << "zh_CN";
        QTest::newRow("zh_CN on zh_CN") << "zh_CN"
                                        << "zh_CN"
                                        << "zh_CN";
        QTest::newRow("zh_CN on zh_SG keeps Singapore") << "zh_CN"
                                                        << "zh_SG"
                                                        << "zh_SG";
        QTest::newRow("zh_CN on zh_TW is Simplified") << "zh_CN"
                                                      << "zh_TW"
                                                      << "zh_CN";
        QTest::newRow("en on en_GB keeps Britain") << "en"
                                                   << "en_GB"
                                                   << "en_GB";
        QTest::newRow("en on en_US") << "en"
                                     << "en_US"
                                     << "en_US";
        QTest::newRow("en on zh_CN") << "en"
                                     << "zh_CN"
                                     << "en_US";
        QTest::newRow("en on C") << "en"
                                 << "C"
                                 << "en_US";
        QTest::newRow("system de_DE") << ""
                                      << "de_DE"
                                      << "de_DE";
        QTest::newRow("system C") << ""
                                  << "C"
                                  << "C";
    }

    void localeForLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(Translator::localeFor(language, QLocale(system)).name(), expected);
    }

    void settingsLanguageSetsTheDateLocale()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath(QStringLiteral("vault.rebind"));

        chooseInSettingsAndRestart(QStringLiteral("zh_CN"), vault);
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
        Calendar chinese = calendarOf2030();
        QCOMPARE(chinese.locale, QStringLiteral("zh_CN"));
        QVERIFY2(chinese.texts.contains(QStringLiteral("一月")),
                 qPrintable(chinese.texts.join(u'|')));
        QVERIFY2(!chinese.texts.contains(QStringLiteral("January")),
                 qPrintable(chinese.texts.join(u'|')));
        // The dates Rebind writes itself stay yyyy-MM-dd in every language (DisplayText::date).
        QCOMPARE(chinese.field, QStringLiteral("2030-01-31"));
        QCOMPARE(QLocale().toString(QDate(2030, 1, 31), QLocale::LongFormat),
                 QStringLiteral("2030年1月31日星期四"));

        chooseInSettingsAndRestart(QStringLiteral("en"), vault);
        QCOMPARE(QLocale().name(), QStringLiteral("en_US"));
        Calendar english = calendarOf2030();
        QCOMPARE(english.locale, QStringLiteral("en_US"));
        QVERIFY2(english.texts.contains(QStringLiteral("January")),
                 qPrintable(english.texts.join(u'|')));
        QVERIFY2(!english.texts.contains(QStringLiteral("一月")),
                 qPrintable(english.texts.join(u'|')));
        QCOMPARE(english.field, QStringLiteral("2030-01-31"));

        // "Same as the system" is the system's locale again.
        chooseInSettingsAndRestart(QStringLiteral("zh_CN"), vault);
        chooseInSettingsAndRestart(QString(), vault);
        QCOMPARE(QLocale(), QLocale::system());
        QCOMPARE(calendarOf2030().locale, QStringLiteral("en_US"));
    }
};

int main(int argc, char* argv[])
{
    // An en_US system whatever the machine's own; read by QLocale::system() on first use.
    qputenv("LC_ALL", "en_US.UTF-8");
    qputenv("LANG", "en_US.UTF-8");
    QApplication app(argc, argv);
    TestDateLocale test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_date_locale.moc"
