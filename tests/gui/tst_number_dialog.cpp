// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The number dialog's carrier, guessed from the number's prefix (libphonenumber's carrier data,
// compiled in by the build) and never put over what the person chose; the carriers of the
// number's own region; the cancel date typed or picked directly, empty until set. And for
// numbers outside China: "Find services" opens on international services, help pages open in
// the interface's language, the carrier step fits the region.

#include "Appearance.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "ChecklistDialog.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "NumberDialog.h"
#include "OptionalDateEdit.h"
#include "PlanText.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UrlOpener.h"
#include "Vault.h"

#include <QAbstractItemView>
#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrlQuery>

using namespace rebind;
using namespace rebind::test;

namespace {

QList<Person> somePeople()
{
    Person mum;
    mum.id = 7;
    mum.name = QStringLiteral("Li Xiuying");
    return {mum};
}

QStringList itemsOf(const QComboBox* combo)
{
    QStringList out;
    for (int i = 0; i < combo->count(); ++i) {
        out.append(combo->itemText(i));
    }
    return out;
}

// With REBIND_SHOTS_DIR set, the dialogs as tested are saved there as PNG files for a look.
void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("REBIND_SHOTS_DIR");
    if (dir.isEmpty()) {
        return;
    }
    QTest::qWait(100);
    widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void useLanguage(const QString& language)
{
    Translator::install(language);
    ServiceText::setLanguage(language);
}

} // namespace

class TestNumberDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        UrlOpener::setCapture(true);
    }

    void init() { useLanguage(QStringLiteral("en")); }

    // Typing a China Mobile number fills in China Mobile, marked as a guess; in Chinese, 中国移动.
    void carrierIsGuessedFromThePrefix_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("mobile");
        QTest::addColumn<QString>("unicom");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("China Mobile")
                            << QStringLiteral("China Unicom");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("中国移动")
                               << QStringLiteral("中国联通");
    }
    void carrierIsGuessedFromThePrefix()
    {
        QFETCH(QString, language);
        QFETCH(QString, mobile);
        QFETCH(QString, unicom);
        useLanguage(language);
        NumberDialog dialog(NumberRecord(), somePeople());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.carrierCombo()->currentText().isEmpty());
        QVERIFY(!dialog.carrierHint()->isVisible());
        // Before any number, and for a Chinese one: the mainland carriers, largest first.
        QCOMPARE(itemsOf(dialog.carrierCombo()).mid(0, 2), (QStringList{mobile, unicom}));

        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("13912345678"));
        QCOMPARE(dialog.carrierCombo()->currentText(), mobile);
        QVERIFY(dialog.carrierHint()->isVisible());
        saveShot(&dialog, QStringLiteral("number_dialog_") + language);
        QVERIFY(!dialog.carrierHint()->text().isEmpty());
        QCOMPARE(dialog.record().carrier, mobile);

        // A guess follows the number while the person leaves it alone.
        dialog.numberEdit()->clear();
        QVERIFY(dialog.carrierCombo()->currentText().isEmpty());
        QVERIFY(!dialog.carrierHint()->isVisible());
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("186 1234 5678"));
        QCOMPARE(dialog.carrierCombo()->currentText(), unicom);
        QVERIFY(dialog.carrierHint()->isVisible());
    }

    // What the person typed or picked stays, whatever number follows.
    void chosenCarrierIsNeverReplaced()
    {
        {
            NumberDialog dialog(NumberRecord(), somePeople());
            dialog.show();
            QTest::keyClicks(dialog.carrierCombo()->lineEdit(), QStringLiteral("giffgaff"));
            QTest::keyClicks(dialog.numberEdit(), QStringLiteral("13912345678"));
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("giffgaff"));
            QVERIFY(!dialog.carrierHint()->isVisible());
        }
        {
            // Typed over the guess: the next number does not bring a guess back.
            NumberDialog dialog(NumberRecord(), somePeople());
            dialog.show();
            QTest::keyClicks(dialog.numberEdit(), QStringLiteral("13912345678"));
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("China Mobile"));
            dialog.carrierCombo()->lineEdit()->selectAll();
            QTest::keyClicks(dialog.carrierCombo()->lineEdit(), QStringLiteral("China Unicom"));
            QVERIFY(!dialog.carrierHint()->isVisible());
            dialog.numberEdit()->clear();
            QTest::keyClicks(dialog.numberEdit(), QStringLiteral("18912345678"));
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("China Unicom"));
            QCOMPARE(dialog.record().carrier, QStringLiteral("China Unicom"));
        }
        {
            // A number saved with its carrier (the number moved to Unicom): kept on editing.
            NumberRecord record;
            record.id = 3;
            record.personId = 7;
            record.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
            record.carrier = QStringLiteral("China Unicom");
            NumberDialog dialog(record, somePeople());
            dialog.show();
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("China Unicom"));
            QVERIFY(!dialog.carrierHint()->isVisible());
            QTest::keyClick(dialog.numberEdit(), Qt::Key_Backspace);
            QTest::keyClicks(dialog.numberEdit(), QStringLiteral("8"));
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("China Unicom"));
        }
        {
            // A number saved without a carrier: opening it writes in no guess (saving would
            // store it as chosen); typing the number again does.
            NumberRecord record;
            record.id = 4;
            record.personId = 7;
            record.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
            NumberDialog dialog(record, somePeople());
            dialog.show();
            QVERIFY(dialog.carrierCombo()->currentText().isEmpty());
            QVERIFY(dialog.record().carrier.isEmpty());
            QVERIFY(itemsOf(dialog.carrierCombo()).contains(QStringLiteral("China Mobile")));
            dialog.numberEdit()->clear();
            QTest::keyClicks(dialog.numberEdit(), QStringLiteral("13912345678"));
            QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("China Mobile"));
        }
    }

    // A British number offers the British carriers, and guesses its own.
    void ukNumberOffersUkCarriers()
    {
        NumberDialog dialog(NumberRecord(), somePeople());
        dialog.show();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("+44 7400 123456"));
        const QStringList offered = itemsOf(dialog.carrierCombo());
        for (const char* name : {"EE", "O2", "Three", "Vodafone"}) {
            QVERIFY2(offered.contains(QString::fromLatin1(name)), name);
        }
        for (const char* name : {"China Mobile", "China Unicom", "China Telecom"}) {
            QVERIFY2(!offered.contains(QString::fromLatin1(name)), name);
        }
        // 447400 is Three's in libphonenumber's data.
        QCOMPARE(dialog.carrierCombo()->currentText(), QStringLiteral("Three"));
        QVERIFY(dialog.carrierHint()->isVisible());
        dialog.carrierCombo()->showPopup();
        saveShot(&dialog, QStringLiteral("number_dialog_uk"));
        if (QWidget* popup = dialog.carrierCombo()->view()->window(); popup != &dialog) {
            saveShot(popup, QStringLiteral("number_dialog_uk_carriers"));
        }
        dialog.carrierCombo()->hidePopup();
        // A British number whose prefix the data does not know: no guess, the list stays British.
        dialog.numberEdit()->clear();
        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("+44 7000 123456"));
        QVERIFY(dialog.carrierCombo()->currentText().isEmpty());
        QVERIFY(!dialog.carrierHint()->isVisible());
        QVERIFY(itemsOf(dialog.carrierCombo()).contains(QStringLiteral("Vodafone")));
    }

    // The cancel date: empty by default (no date a month ahead), typed or picked without ticking
    // anything first, cleared by emptying it, and a wrong date is reported, not dropped.
    void cancelDateIsTypedOrPickedDirectly()
    {
        NumberDialog dialog(NumberRecord(), somePeople());
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        OptionalDateEdit* date = dialog.cancelDateEdit();
        QVERIFY(date->findChildren<QCheckBox*>().isEmpty());
        QVERIFY(!date->date().isValid());
        QVERIFY(date->lineEdit()->text().isEmpty());
        QVERIFY(date->lineEdit()->isEnabled());
        QVERIFY(!date->lineEdit()->placeholderText().isEmpty());
        saveShot(&dialog, QStringLiteral("number_dialog_empty_en"));

        QTest::keyClicks(dialog.numberEdit(), QStringLiteral("13912345678"));
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2030-01-31"));
        QCOMPARE(date->date(), QDate(2030, 1, 31));
        QCOMPARE(dialog.record().cancelDate, QDate(2030, 1, 31));

        // Other spellings read the same, and read back in the one format.
        date->lineEdit()->clear();
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2030/2/3"));
        QCOMPARE(date->date(), QDate(2030, 2, 3));
        date->lineEdit()->setFocus();
        QTest::keyClick(date->lineEdit(), Qt::Key_Tab);
        QTRY_VERIFY(!date->lineEdit()->hasFocus());
        QCOMPARE(date->lineEdit()->text(), QStringLiteral("2030-02-03"));
        QCOMPARE(OptionalDateEdit::parse(QStringLiteral("2030年3月4日")), QDate(2030, 3, 4));
        QCOMPARE(OptionalDateEdit::parse(QStringLiteral("20300305")), QDate(2030, 3, 5));

        // Emptied: no date.
        date->lineEdit()->clear();
        QVERIFY(!dialog.record().cancelDate.isValid());

        // Not a date: OK says so and the dialog stays open.
        QTest::keyClicks(date->lineEdit(), QStringLiteral("2030-02-30"));
        QVERIFY(!date->problem().isEmpty());
        QTest::mouseClick(dialog.okButton(), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.problemLabel()->text().contains(QStringLiteral("2030-02-30")));

        // The calendar opens on today when nothing is set; picking a day sets it.
        date->lineEdit()->clear();
        QTest::mouseClick(date->pickButton(), Qt::LeftButton);
        QCalendarWidget* calendar = date->calendar();
        QVERIFY(calendar != nullptr);
        QTRY_VERIFY(calendar->isVisible());
        QCOMPARE(calendar->selectedDate(), QDate::currentDate());
        saveShot(calendar, QStringLiteral("number_dialog_calendar"));
        const QDate picked = QDate::currentDate().addDays(20);
        calendar->setSelectedDate(picked);
        QTest::keyClick(calendar->focusWidget() ? calendar->focusWidget() : calendar,
                        Qt::Key_Return);
        QTRY_VERIFY(!calendar->isVisible());
        QCOMPARE(date->date(), picked);
        QCOMPARE(dialog.record().cancelDate, picked);
    }

    // A +44 number's "Find services" starts with international services, Google first.
    void ukNumberFindsInternationalServicesFirst()
    {
        QTemporaryDir dir;
        auto vault = Vault::create(dir.filePath(QStringLiteral("uk.vault")),
                                   QStringLiteral("uk number passphrase 1979"), fastKdf());
        QVERIFY(vault.ok());
        Inventory inventory((*vault)->database());
        Person me;
        me.name = QStringLiteral("Sam");
        NumberRecord number;
        number.personId = *inventory.addPerson(me);
        number.number = *PhoneNumber::parse(QStringLiteral("+44 7400 123456"));
        number.id = *inventory.addNumber(number);

        ChecklistDialog dialog(&inventory, number);
        dialog.resize(1280, 760);
        dialog.show();
        const QStringList shown = dialog.shownIds();
        QVERIFY(shown.size() > 20);
        QCOMPARE(shown.first(), QStringLiteral("google"));
        saveShot(&dialog, QStringLiteral("find_services_uk"));
        for (const QString& id : shown.mid(0, 20)) {
            QCOMPARE(Catalog::builtIn().find(id)->market, QStringLiteral("global"));
        }
        // The region's own come early: GOV.UK One Login before any Chinese service.
        const qsizetype govUk = shown.indexOf(QStringLiteral("gov-uk-one-login"));
        QVERIFY(govUk >= 0 && govUk < 20);
        QVERIFY(shown.indexOf(QStringLiteral("wechat")) > govUk);

        // A Chinese number keeps the Chinese order: WeChat first.
        NumberRecord chinese = number;
        chinese.id = 0;
        chinese.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        chinese.id = *inventory.addNumber(chinese);
        ChecklistDialog china(&inventory, chinese);
        china.show();
        QCOMPARE(china.shownIds().first(), QStringLiteral("wechat"));
    }

    // Help pages that take their language from the address open in the interface's language,
    // also an address saved with another language in it.
    void helpPagesFollowTheInterfaceLanguage()
    {
        const QUrl saved(
            QStringLiteral("https://support.google.com/accounts/answer/183723?hl=zh-Hans"));
        const QUrl plain(QStringLiteral("https://support.google.com/accounts/answer/183723"));
        const QUrl other(QStringLiteral("https://kf.qq.com/faq/x.html"));
        const auto hlOf = [](const QUrl& url) {
            return QUrlQuery(url).queryItemValue(QStringLiteral("hl"));
        };

        UrlOpener::reset();
        QVERIFY(UrlOpener::open(saved));
        QVERIFY(UrlOpener::open(plain));
        QVERIFY(UrlOpener::open(other));
        QCOMPARE(UrlOpener::captured().size(), 3);
        QCOMPARE(hlOf(UrlOpener::captured().at(0)), QStringLiteral("en"));
        QCOMPARE(
            QUrlQuery(UrlOpener::captured().at(0)).allQueryItemValues(QStringLiteral("hl")).size(),
            1);
        QCOMPARE(hlOf(UrlOpener::captured().at(1)), QStringLiteral("en"));
        QCOMPARE(UrlOpener::captured().at(1).path(), plain.path());
        QCOMPARE(UrlOpener::captured().at(2), other);

        useLanguage(QStringLiteral("zh_CN"));
        UrlOpener::reset();
        QVERIFY(UrlOpener::open(plain));
        QCOMPARE(hlOf(UrlOpener::captured().at(0)), QStringLiteral("zh-Hans"));
        UrlOpener::reset();
    }

    // The last plan step: an ID card at the counter for a mainland Chinese number; elsewhere,
    // contacting the carrier to end the contract, with no ID card visit claimed.
    void carrierStepFitsTheRegion()
    {
        PlanItem cancel;
        cancel.kind = PlanItem::Kind::CancelAtCarrier;
        NumberRecord uk;
        uk.number = *PhoneNumber::parse(QStringLiteral("+44 7400 123456"));
        uk.carrier = QStringLiteral("Vodafone");
        const QString british = PlanText::instruction(cancel, uk);
        QVERIFY2(british.contains(QStringLiteral("Vodafone")), qPrintable(british));
        QVERIFY2(british.contains(QStringLiteral("contact")), qPrintable(british));
        QVERIFY2(!british.contains(QStringLiteral("ID card")), qPrintable(british));
        QVERIFY2(!british.contains(QStringLiteral("in person")), qPrintable(british));

        NumberRecord cn;
        cn.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
        cn.carrier = QStringLiteral("China Mobile");
        const QString chinese = PlanText::instruction(cancel, cn);
        QVERIFY2(chinese.contains(QStringLiteral("ID card")), qPrintable(chinese));
    }
};

QTEST_MAIN(TestNumberDialog)
#include "tst_number_dialog.moc"
