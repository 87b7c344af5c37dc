// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Marking a number cancelled while items that need it are open: the warning before saving, the
// overview after cancellation (urgent lost-number paths, the watch window), undo of the number's
// edit from the toolbar, and counts that say what the plan's items are; on a real vault.

#include "AppController.h"
#include "Appearance.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "DisplayText.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "NullKeyStore.h"
#include "NumberDialog.h"
#include "NumberOverview.h"
#include "NumberPanel.h"
#include "PersonOverview.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UiContext.h"
#include "UrlOpener.h"
#include "Vault.h"

#include <memory>
#include <QAction>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 1962");
constexpr int kCancelInDays = 56;

struct Sample
{
    qint64 personId = 0;
    qint64 numberId = 0;
};

} // namespace

class TestCancelledNumber : public QObject
{
    Q_OBJECT

private:
    QString vaultFile() const { return m_dir->filePath(QStringLiteral("cancel.vault")); }

    // The mother's number, to be cancelled in 56 days: WeChat needs the old number, Alipay is
    // critical, the gym (her own entry) only sends notices and is no blocker.
    Sample makeVault()
    {
        Sample s;
        auto vault = Vault::create(vaultFile(), kPassphrase, fastKdf());
        if (!vault) {
            return s;
        }
        Inventory inventory((*vault)->database());
        const MothersNumber mother =
            addMothersNumber(inventory, kCancelInDays, QStringLiteral("China Mobile"));
        s.personId = mother.personId;
        s.numberId = mother.numberId;
        Service gym;
        gym.name = QStringLiteral("Gym");
        Binding notices;
        notices.numberId = s.numberId;
        notices.serviceId = inventory.ensureService(gym)->id;
        notices.roles = BindingRole::Notifications;
        inventory.addBinding(notices);
        return s;
    }

    using Session = AppSession;
    std::unique_ptr<Session> openSession()
    {
        return openAppSession(m_nullKeys, vaultFile(), kPassphrase);
    }

    // The vault's bytes on disk (with its write-ahead log, if any): unchanged means nothing
    // was written.
    QByteArray vaultDigest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QString& path : {vaultFile(), vaultFile() + QStringLiteral("-wal"),
                                    vaultFile() + QStringLiteral("-journal")}) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(path.toUtf8());
                hash.addData(file.readAll());
            }
        }
        return hash.result();
    }

    static NumberDialog* editToCancelled(MainWindow* window, qint64 numberId)
    {
        auto* dialog = qobject_cast<NumberDialog*>(window->editNumber(numberId));
        if (dialog == nullptr) {
            return nullptr;
        }
        QComboBox* status = dialog->statusCombo();
        status->setCurrentIndex(status->findData(static_cast<int>(NumberStatus::Cancelled)));
        return dialog;
    }

    // English text with "#" where a plural "s" goes: matches "items" (the translation) and
    // "item(s)" (the source text, before the new strings are translated).
    static QRegularExpression plural(const QString& text)
    {
        return QRegularExpression(QLatin1Char('^') +
                                  QRegularExpression::escape(text).replace(
                                      QStringLiteral("\\#"), QStringLiteral("(?:s|\\(s\\))")) +
                                  QLatin1Char('$'));
    }

    static QString overviewText(NumberOverview* overview)
    {
        return visibleTexts(overview).join(QLatin1Char('\n'));
    }

    NullKeyStore m_nullKeys;
    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        AppSettings::setApplicationIdentity();
        Appearance::apply(*qApp);
        MessageBox::setUnattended(true);
        UrlOpener::setCapture(true);
        ServiceText::setLanguage(QStringLiteral("en"));
        Translator::install(QStringLiteral("en"));
    }

    void init()
    {
        resetStandardLocations();
        MessageBox::resetLog();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_dir.reset();
        resetStandardLocations();
    }

    void countsSayWhatThePlanIsMadeOf()
    {
        const Sample sample = makeVault();
        QVERIFY(sample.numberId != 0);
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        window->selectNumber(sample.numberId);
        NumberOverview* overview = window->numberPanel()->overview();

        // Seven items for three services: the four others are named by what they are.
        const QString items =
            overview->findChild<QLabel*>(QStringLiteral("overviewProgressText"))->text();
        QVERIFY2(plural(QStringLiteral("7 item#: 3 service# and 4 other step# (checking the new "
                                       "number, telling contacts the new number, call forwarding, "
                                       "cancelling at the carrier)"))
                     .match(items)
                     .hasMatch(),
                 qPrintable(items));
        // Three blockers for two blocking services: the third is the new number.
        const QString detail = overview->detail()->text();
        QVERIFY2(plural(QStringLiteral("3 item# must be done first: 2 service# and checking the "
                                       "new number (listed below)."))
                     .match(detail)
                     .hasMatch(),
                 qPrintable(detail));
        // The bar carries its count as text, for the eye and for a screen reader.
        QProgressBar* bar = overview->progress();
        QVERIFY(bar->isTextVisible());
        QCOMPARE(bar->text(), QStringLiteral("0 of 7 done"));
        QCOMPARE(bar->accessibleDescription(), QStringLiteral("0 of 7 done"));
        QVERIFY(!bar->accessibleName().isEmpty());
    }

    void warningNamesTheBlockersAndGoingBackSavesNothing()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        Inventory* inventory = session->controller.inventory();
        window->selectNumber(sample.numberId);
        const NumberRecord before = *inventory->number(sample.numberId);
        const QByteArray digest = vaultDigest();

        QPointer<NumberDialog> dialog = editToCancelled(window, sample.numberId);
        QVERIFY(dialog != nullptr);
        const int shown = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        const QString warning = MessageBox::lastText();
        QVERIFY2(warning.contains(QStringLiteral("WeChat — needs the old number")),
                 qPrintable(warning));
        QVERIFY(warning.contains(QStringLiteral("Alipay — critical")));
        QVERIFY(warning.contains(QStringLiteral("Make sure the new number works")));
        QVERIFY(!warning.contains(QStringLiteral("Gym")));
        QVERIFY(warning.contains(QStringLiteral("lost-number path")));
        // Back in the form, with nothing written.
        QVERIFY(dialog != nullptr && dialog->isVisible());
        const NumberRecord after = *inventory->number(sample.numberId);
        QCOMPARE(after.status, NumberStatus::Cancelling);
        QCOMPARE(after.cancelDate, before.cancelDate);
        QCOMPARE(vaultDigest(), digest);
        QVERIFY(!window->undoAction()->isEnabled());
        dialog->reject();
    }

    void cancellingShowsTheLostNumberPathsAndUndoRestores()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        Inventory* inventory = session->controller.inventory();
        window->selectNumber(sample.numberId);
        NumberOverview* overview = window->numberPanel()->overview();
        const QDate today = QDate::currentDate();
        const QDate planned = today.addDays(kCancelInDays);
        QVERIFY(overviewText(overview).contains(QStringLiteral("in 56 days")));

        QPointer<NumberDialog> dialog = editToCancelled(window, sample.numberId);
        QVERIFY(dialog != nullptr);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QTRY_VERIFY(dialog == nullptr || !dialog->isVisible());
        const NumberRecord stored = *inventory->number(sample.numberId);
        QCOMPARE(stored.status, NumberStatus::Cancelled);
        // Cancelled now, not on the day that was planned: the watch window counts from today.
        QCOMPARE(stored.cancelDate, today);

        QCOMPARE(window->numberPanel()->numberId(), sample.numberId);
        QVERIFY2(plural(QStringLiteral("Cancelled with 3 item# still open"))
                     .match(overview->headline()->text())
                     .hasMatch(),
                 qPrintable(overview->headline()->text()));
        const QString detail = overview->detail()->text();
        QVERIFY2(detail.contains(QStringLiteral("lost-number path")), qPrintable(detail));
        QVERIFY2(detail.contains(DisplayText::date(today.addDays(90))), qPrintable(detail));
        // The open blockers are urgent now, each with its service's way without the old number.
        QVERIFY(overview->blockerList()->isVisible());
        const QString urgent = overview->blockerList()->text();
        for (const QString& id : {QStringLiteral("wechat"), QStringLiteral("alipay")}) {
            const QString lost = Catalog::builtIn().find(id)->lostNumber.en;
            QVERIFY(!lost.isEmpty());
            QVERIFY2(urgent.contains(lost.toHtmlEscaped()), qPrintable(id));
        }
        QVERIFY(urgent.contains(QStringLiteral("Make sure the new number works")));
        QVERIFY(!urgent.contains(QStringLiteral("Gym")));
        QVERIFY(overviewText(overview).contains(QStringLiteral("Urgent: the old number is gone")));
        // No countdown to the day that was planned, nothing "overdue" against it.
        const QString all = overviewText(overview);
        QVERIFY2(!all.contains(QStringLiteral("in 56 days")), qPrintable(all));
        QVERIFY(!all.contains(DisplayText::date(planned)));
        QVERIFY(!overview->overdueList()->isVisible());

        // The person's page says the same, without the countdown.
        window->selectPerson(sample.personId);
        const QWidget* card = window->personOverview()->cards().first();
        QVERIFY(plural(QStringLiteral("Cancelled with 3 item# still open"))
                    .match(card->findChild<QLabel*>(QStringLiteral("cardVerdict"))->text())
                    .hasMatch());
        const QString facts = card->findChild<QLabel*>(QStringLiteral("cardDetail"))->text();
        QVERIFY2(facts.contains(QStringLiteral("cancelled on ") + DisplayText::date(today)),
                 qPrintable(facts));
        QVERIFY(!facts.contains(QStringLiteral("in 56 days")));
        QVERIFY(!card->findChild<QProgressBar*>(QStringLiteral("cardProgress"))
                     ->accessibleDescription()
                     .isEmpty());

        // Edit → Undo puts the number back as it was, in the vault and on screen.
        QAction* undo = window->undoAction();
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains(QStringLiteral("Undo editing")), qPrintable(undo->text()));
        undo->trigger();
        const NumberRecord restored = *inventory->number(sample.numberId);
        QCOMPARE(restored.status, NumberStatus::Cancelling);
        QCOMPARE(restored.cancelDate, planned);
        QCOMPARE(restored.carrier, QStringLiteral("China Mobile"));
        QCOMPARE(overview->headline()->text(), QStringLiteral("Not yet safe to cancel"));
        QVERIFY(overviewText(overview).contains(QStringLiteral("in 56 days")));
        QVERIFY(!undo->isEnabled());
    }

    void undoRefusesWhenAnotherProgramChangedTheNumber()
    {
        const Sample sample = makeVault();
        auto session = openSession();
        QVERIFY(session != nullptr);
        MainWindow* window = session->controller.mainWindow();
        Inventory* inventory = session->controller.inventory();
        window->selectNumber(sample.numberId);
        auto* dialog = qobject_cast<NumberDialog*>(window->editNumber(sample.numberId));
        QVERIFY(dialog != nullptr);
        dialog->notesEdit()->setPlainText(QStringLiteral("ask at the counter"));
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QCOMPARE(inventory->number(sample.numberId)->notes, QStringLiteral("ask at the counter"));
        QVERIFY(window->undoAction()->isEnabled());

        // Meanwhile something else changes it: undo must not overwrite that.
        NumberRecord other = *inventory->number(sample.numberId);
        other.carrier = QStringLiteral("China Unicom");
        QVERIFY(inventory->updateNumber(other));
        MessageBox::resetLog();
        window->undoAction()->trigger();
        QCOMPARE(MessageBox::shownCount(), 1);
        const NumberRecord now = *inventory->number(sample.numberId);
        QCOMPARE(now.carrier, QStringLiteral("China Unicom"));
        QCOMPARE(now.notes, QStringLiteral("ask at the counter"));
    }
};

QTEST_MAIN(TestCancelledNumber)
#include "tst_cancelled_number.moc"
