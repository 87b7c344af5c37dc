// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Where save choosers start and what they suggest (Documents, the last export's folder, never the
// working directory, never the number in a name or in the settings), the offer to open what was
// exported, Qt's own file chooser in Chinese, and the "Find services to add" dialog: its
// instruction names the Add button as labelled, its categories count what a search found, and
// long names elide instead of scrolling sideways.

#include "Appearance.h"
#include "AppSettings.h"
#include "Catalog.h"
#include "ChecklistDialog.h"
#include "ChecklistModel.h"
#include "ExportDialog.h"
#include "FileDialogs.h"
#include "GuiTestSupport.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "PassphraseFields.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UrlOpener.h"
#include "Vault.h"
#include "Vocabulary.h"

#include <QAbstractButton>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rebind;
using namespace rebind::test;

namespace {

const QString kPassphrase = QStringLiteral("save dialogs passphrase 1962");
const QString kNumber = QStringLiteral("13912345678");

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

// A label as a sentence names it, worked out here independently of the dialog's own helper:
// "&Add 2 services" → "Add 2 services", "添加服务(&A)" → "添加服务".
QString withoutMnemonic(QString label)
{
    label.remove(QRegularExpression(QStringLiteral("[(（]&.[)）]")));
    label.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    label.remove(QLatin1Char('&'));
    label.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return label.trimmed();
}

// "Banks (83)" / "银行（83）" → 83; -1 when the text carries no count.
int countIn(const QString& text)
{
    static const QRegularExpression count(QStringLiteral("[(（](\\d+)[)）]$"));
    const auto match = count.match(text);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QListWidgetItem* categoryItem(ChecklistDialog& dialog, const QString& key)
{
    QListWidget* list = dialog.categoryList();
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == key) {
            return list->item(row);
        }
    }
    return nullptr;
}

// Runs act on the next message box shown for real (not through the test answers).
void onNextMessageBox(const std::function<void(QMessageBox*)>& act)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(box);
        }
    });
    timer->start();
}

} // namespace

class TestSaveDialogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    NumberRecord m_number;
    qint64 m_personId = 0;

    std::unique_ptr<ExportDialog> exportDialog()
    {
        return std::make_unique<ExportDialog>(m_inventory.get(), m_number.id, m_personId,
                                              m_number.number.display(),
                                              QStringLiteral("Li Xiuying"));
    }

    // Asks the dialog to save in this format, cancels in the chooser, and returns where the
    // chooser would have started.
    QString suggestionFor(ExportDialog& dialog, ExportFormat format, bool largePrint = false)
    {
        dialog.selectFormat(format, largePrint);
        FileDialogs::reset();
        FileDialogs::setNextFileName(QString());
        const QString written = dialog.save();
        return written.isEmpty() ? FileDialogs::lastStartingPlace() : QStringLiteral("written?");
    }

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
        FileDialogs::reset();
        UrlOpener::reset();
        QVERIFY(QDir().mkpath(documents()));
        m_dir = std::make_unique<QTemporaryDir>();
        auto vault =
            Vault::create(m_dir->filePath(QStringLiteral("save.vault")), kPassphrase, fastKdf());
        QVERIFY(vault.ok());
        m_vault = std::move(vault).value();
        m_inventory = std::make_unique<Inventory>(m_vault->database());
        Person person;
        person.name = QStringLiteral("Li Xiuying");
        m_personId = *m_inventory->addPerson(person);
        m_number = NumberRecord();
        m_number.personId = m_personId;
        m_number.number = *PhoneNumber::parse(kNumber);
        m_number.id = *m_inventory->addNumber(m_number);
        Service wechat;
        wechat.catalogId = QStringLiteral("wechat");
        wechat.name = QStringLiteral("WeChat");
        Binding binding;
        binding.numberId = m_number.id;
        binding.serviceId = m_inventory->ensureService(wechat)->id;
        QVERIFY(m_inventory->addBinding(binding).ok());
    }

    void cleanup()
    {
        ServiceText::setLanguage(QStringLiteral("en"));
        Translator::install(QStringLiteral("en"));
        MessageBox::setUnattended(true);
        m_inventory.reset();
        m_vault.reset();
        m_dir.reset();
    }

    // Every export starts in Documents with a name that says what it is and holds no digit.
    void exportSuggestsDocumentsAndNoNumber()
    {
        QVERIFY(documents().startsWith(QDir::homePath()));
        auto dialog = exportDialog();
        dialog->handoffPassphrase()->firstEdit()->setText(kPassphrase);
        dialog->handoffPassphrase()->secondEdit()->setText(kPassphrase);
        const QList<std::tuple<ExportFormat, bool, QString>> formats = {
            {ExportFormat::Pdf, false, QStringLiteral("pdf")},
            {ExportFormat::Pdf, true, QStringLiteral("pdf")},
            {ExportFormat::Png, false, QStringLiteral("png")},
            {ExportFormat::Ics, false, QStringLiteral("ics")},
            {ExportFormat::Csv, false, QStringLiteral("csv")},
            {ExportFormat::Json, false, QStringLiteral("json")},
            {ExportFormat::Handoff, false, Exporter::suffix(ExportFormat::Handoff)},
        };
        QSet<QString> names;
        for (const auto& [format, largePrint, suffix] : formats) {
            const QString suggested = suggestionFor(*dialog, format, largePrint);
            const QFileInfo info(suggested);
            QCOMPARE(info.absolutePath(), documents());
            QCOMPARE(info.suffix(), suffix);
            QVERIFY2(!info.fileName().contains(QRegularExpression(QStringLiteral("\\d"))),
                     qPrintable(info.fileName()));
            QVERIFY(!info.fileName().contains(QStringLiteral("Li Xiuying")));
            names.insert(info.fileName());
        }
        QCOMPARE(names.size(), formats.size()); // each says what it holds
    }

    // After an export the next one starts in the same folder; settings keep that folder only,
    // never a file name, and no folder that looks like it is named after a number.
    void remembersOnlyTheFolder()
    {
        auto dialog = exportDialog();
        dialog->selectFormat(ExportFormat::Csv);
        const QString folder = m_dir->filePath(QStringLiteral("for mum"));
        QVERIFY(QDir().mkpath(folder));
        FileDialogs::setNextFileName(QDir(folder).filePath(QStringLiteral("mum-services")));
        QCOMPARE(dialog->save(), QDir(folder).filePath(QStringLiteral("mum-services.csv")));
        QCOMPARE(AppSettings().exportFolder(), folder);
        QCOMPARE(QFileInfo(suggestionFor(*dialog, ExportFormat::Pdf)).absolutePath(), folder);

        // A folder named after the number: used, not remembered.
        const QString numbered = m_dir->filePath(kNumber);
        QVERIFY(QDir().mkpath(numbered));
        FileDialogs::setNextFileName(QDir(numbered).filePath(QStringLiteral("list.csv")));
        QVERIFY(!dialog->save().isEmpty());
        QVERIFY(AppSettings().exportFolder().isEmpty());
        QCOMPARE(QFileInfo(suggestionFor(*dialog, ExportFormat::Pdf)).absolutePath(), documents());
        QFile settings(AppSettings::settingsFilePath());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray stored = settings.readAll();
        QVERIFY(!stored.contains("mum-services"));
        QVERIFY(!stored.contains("list.csv"));
        QVERIFY(!stored.contains("5678"));

        // A remembered folder that is gone: Documents again.
        FileDialogs::setNextFileName(QDir(folder).filePath(QStringLiteral("again.csv")));
        QVERIFY(!dialog->save().isEmpty());
        QCOMPARE(AppSettings().exportFolder(), folder);
        QVERIFY(QDir(folder).removeRecursively());
        QCOMPARE(QFileInfo(suggestionFor(*dialog, ExportFormat::Pdf)).absolutePath(), documents());
    }

    // No chooser starts in the working directory: not for an empty place, a relative name or a
    // folder that does not exist; without a Documents folder, home.
    void choosersNeverStartInTheWorkingDirectory()
    {
        FileDialogs::setNextFileName(QString());
        FileDialogs::openFileName(nullptr, QStringLiteral("Open"), QString(), QString());
        QCOMPARE(FileDialogs::lastStartingPlace(), documents());
        FileDialogs::setNextFileName(QString());
        FileDialogs::saveFileName(nullptr, QStringLiteral("Save"), QStringLiteral("list.csv"),
                                  QString());
        QCOMPARE(FileDialogs::lastStartingPlace(),
                 QDir(documents()).filePath(QStringLiteral("list.csv")));
        FileDialogs::setNextFileName(QString());
        FileDialogs::saveFileName(nullptr, QStringLiteral("Save"),
                                  m_dir->filePath(QStringLiteral("gone/list.csv")), QString());
        QCOMPARE(FileDialogs::lastStartingPlace(),
                 QDir(documents()).filePath(QStringLiteral("list.csv")));
        FileDialogs::setNextFileName(QString());
        FileDialogs::existingDirectory(nullptr, QStringLiteral("Folder"),
                                       m_dir->filePath(QStringLiteral("gone")));
        QCOMPARE(FileDialogs::lastStartingPlace(), documents());
        // An existing place is kept as given.
        const QString here = m_dir->filePath(QStringLiteral("list.csv"));
        FileDialogs::setNextFileName(QString());
        FileDialogs::saveFileName(nullptr, QStringLiteral("Save"), here, QString());
        QCOMPARE(FileDialogs::lastStartingPlace(), here);

        QVERIFY(QDir(documents()).removeRecursively());
        QCOMPARE(FileDialogs::documentsFolder(), QDir::homePath());
        FileDialogs::setNextFileName(QString());
        FileDialogs::openFileName(nullptr, QStringLiteral("Open"), QString(), QString());
        QCOMPARE(FileDialogs::lastStartingPlace(), QDir::homePath());
    }

    // After an export: "Open the file" opens the file, "Show in folder" its folder, Close
    // nothing; the hand-off file and JSON, which no person reads, offer only their folder.
    void offersToOpenWhatWasExported()
    {
        auto dialog = exportDialog();
        dialog->selectFormat(ExportFormat::Pdf);
        const QString pdf = m_dir->filePath(QStringLiteral("checklist.pdf"));
        MessageBox::setNextAnswer(ExportDialog::kOpenFile);
        FileDialogs::setNextFileName(pdf);
        QCOMPARE(dialog->save(), pdf);
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("not encrypted")));
        QCOMPARE(UrlOpener::captured(), QList<QUrl>{QUrl::fromLocalFile(pdf)});

        UrlOpener::reset();
        MessageBox::setNextAnswer(ExportDialog::kShowInFolder);
        FileDialogs::setNextFileName(pdf);
        QCOMPARE(dialog->save(), pdf);
        QCOMPARE(UrlOpener::captured(), QList<QUrl>{QUrl::fromLocalFile(m_dir->path())});

        UrlOpener::reset();
        FileDialogs::setNextFileName(pdf); // unattended: the default button, Close
        QCOMPARE(dialog->save(), pdf);
        QVERIFY(UrlOpener::captured().isEmpty());

        // The real box: its buttons, and "Show in folder" pressed.
        MessageBox::setUnattended(false);
        QStringList labels;
        onNextMessageBox([&labels](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons()) {
                labels << withoutMnemonic(button->text());
            }
            box->button(ExportDialog::kShowInFolder)->click();
        });
        dialog->selectFormat(ExportFormat::Ics);
        const QString ics = m_dir->filePath(QStringLiteral("reminders.ics"));
        FileDialogs::setNextFileName(ics);
        QCOMPARE(dialog->save(), ics);
        labels.sort();
        QCOMPARE(labels, QStringList({QStringLiteral("Close"), QStringLiteral("Open the file"),
                                      QStringLiteral("Show in folder")}));
        QCOMPARE(UrlOpener::captured(), QList<QUrl>{QUrl::fromLocalFile(m_dir->path())});

        UrlOpener::reset();
        labels.clear();
        onNextMessageBox([&labels](QMessageBox* box) {
            for (QAbstractButton* button : box->buttons()) {
                labels << withoutMnemonic(button->text());
            }
            box->button(QMessageBox::Close)->click();
        });
        dialog->selectFormat(ExportFormat::Json);
        FileDialogs::setNextFileName(m_dir->filePath(QStringLiteral("data.json")));
        QVERIFY(!dialog->save().isEmpty());
        labels.sort();
        QCOMPARE(labels, QStringList({QStringLiteral("Close"), QStringLiteral("Show in folder")}));
        QVERIFY(UrlOpener::captured().isEmpty());
    }

    // Qt's own file chooser (where the platform has none) in Chinese: its type column says
    // 文件夹, not "Folder" (Qt 6.4's catalogue lacks it; Rebind's carries it).
    void qtFileChooserSpeaksChinese()
    {
        Translator::install(QStringLiteral("zh_CN"));
        const QString folder = m_dir->filePath(QStringLiteral("inside"));
        QVERIFY(QDir().mkpath(folder));
        QFileDialog chooser(nullptr, QStringLiteral("导出"), m_dir->path());
        chooser.setOption(QFileDialog::DontUseNativeDialog); // the widget dialog, on purpose
        chooser.setViewMode(QFileDialog::Detail);
        chooser.show();
        auto* model = chooser.findChild<QFileSystemModel*>();
        QVERIFY(model != nullptr);
        const auto typeOfFolder = [model, &folder] {
            const QModelIndex inside = model->index(folder);
            return model->index(inside.row(), 2, inside.parent()).data().toString();
        };
        QTRY_COMPARE(typeOfFolder(), QStringLiteral("文件夹"));
    }

    // The instruction names the Add button by its own label, in both languages, before and
    // after something is ticked.
    void instructionNamesTheAddButton()
    {
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
            Translator::install(language);
            ServiceText::setLanguage(language);
            ChecklistDialog dialog(m_inventory.get(), m_number);
            const QString button = withoutMnemonic(dialog.addButton()->text());
            QVERIFY(!button.isEmpty());
            QVERIFY2(dialog.introLabel()->text().contains(QStringLiteral("“") + button),
                     qPrintable(dialog.introLabel()->text() + QStringLiteral(" / ") + button));
            QVERIFY(!dialog.introLabel()->text().contains(QLatin1Char('&')));
            dialog.setTicked(QStringLiteral("alipay"), true);
            const QString ticked = withoutMnemonic(dialog.addButton()->text());
            QVERIFY(ticked != button);
            QVERIFY2(dialog.introLabel()->text().contains(ticked),
                     qPrintable(dialog.introLabel()->text() + QStringLiteral(" / ") + ticked));
            // "Nothing found" names the custom-service button as labelled, too.
            dialog.searchEdit()->setText(QStringLiteral("ЖЖЖЖЖЖ"));
            const QString custom = withoutMnemonic(dialog.customButton()->text());
            QVERIFY2(dialog.listTitle()->text().contains(custom.left(custom.size() - 1)),
                     qPrintable(dialog.listTitle()->text() + QStringLiteral(" / ") + custom));
        }
    }

    // While a search is active the categories count what it found; a category narrows the
    // results to those; clearing the search brings the whole counts back.
    void categoryCountsFollowTheSearch()
    {
        ChecklistDialog dialog(m_inventory.get(), m_number);
        dialog.show();
        QListWidgetItem* banking = categoryItem(dialog, QStringLiteral("banking"));
        QVERIFY(banking != nullptr);
        const int allBanks = countIn(banking->text());
        QVERIFY(allBanks > 10);
        const int allCommon = countIn(dialog.categoryList()->item(0)->text());

        dialog.showCategory(QStringLiteral("banking"));
        QTest::keyClicks(dialog.searchEdit(), QStringLiteral("wx"));
        const QStringList found = dialog.shownIds();
        QVERIFY(found.contains(QStringLiteral("wechat")));
        // The search looks everywhere, whichever category was open.
        QCOMPARE(dialog.currentCategory(), ChecklistDialog::allCommonKey());
        QCOMPARE(countIn(dialog.categoryList()->item(0)->text()), found.size());
        QHash<QString, int> byCategory;
        for (const QString& id : found) {
            ++byCategory[Catalog::builtIn().find(id)->category];
        }
        const QString social = Catalog::builtIn().find(QStringLiteral("wechat"))->category;
        QListWidgetItem* socialItem = categoryItem(dialog, social);
        QVERIFY(socialItem != nullptr);
        QCOMPARE(countIn(socialItem->text()), byCategory.value(social));
        banking = categoryItem(dialog, QStringLiteral("banking"));
        QVERIFY(banking != nullptr);
        QCOMPARE(countIn(banking->text()), byCategory.value(QStringLiteral("banking")));
        if (byCategory.value(QStringLiteral("banking")) == 0) {
            QVERIFY(!banking->flags().testFlag(Qt::ItemIsEnabled));
        }

        // A category narrows the results, the search stays.
        QTest::mouseClick(dialog.categoryList()->viewport(), Qt::LeftButton, {},
                          dialog.categoryList()->visualItemRect(socialItem).center());
        QCOMPARE(dialog.currentCategory(), social);
        QCOMPARE(dialog.searchEdit()->text(), QStringLiteral("wx"));
        QCOMPARE(dialog.shownIds().size(), byCategory.value(social));
        for (const QString& id : dialog.shownIds()) {
            QCOMPARE(Catalog::builtIn().find(id)->category, social);
        }
        // Shown as written ("&" is no mnemonic there).
        QVERIFY(dialog.listTitle()
                    ->text()
                    .replace(QStringLiteral("&&"), QStringLiteral("&"))
                    .contains(Vocabulary::categoryLabel(social)));
        QVERIFY(
            !dialog.listTitle()->text().remove(QStringLiteral("&&")).contains(QLatin1Char('&')));

        dialog.searchEdit()->clear();
        QCOMPARE(countIn(categoryItem(dialog, QStringLiteral("banking"))->text()), allBanks);
        QCOMPARE(countIn(dialog.categoryList()->item(0)->text()), allCommon);
        QCOMPARE(dialog.shownIds().size(), countIn(categoryItem(dialog, social)->text()));
    }

    // The longest name in the catalogue: the row elides it, the tool tip has it in full, and
    // the list never scrolls sideways.
    void longNamesElideWithoutScrollingSideways()
    {
        const CatalogEntry* longest = nullptr;
        for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
            if (longest == nullptr || entry.name(QStringLiteral("en")).size() >
                                          longest->name(QStringLiteral("en")).size()) {
                longest = &entry;
            }
        }
        QVERIFY(longest != nullptr);
        const QString name = longest->name(QStringLiteral("en"));
        QVERIFY2(name.size() >= 40, qPrintable(name));

        ChecklistDialog dialog(m_inventory.get(), m_number);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.searchEdit()->setText(name);
        QVERIFY(dialog.selectService(longest->id));
        QListView* list = dialog.serviceList();
        const QModelIndex row = list->currentIndex();
        QApplication::processEvents();
        // Wider than the list: without eliding, the list would scroll sideways.
        QVERIFY(QFontMetrics(list->font()).horizontalAdvance(name) > list->viewport()->width());
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QCOMPARE(list->horizontalScrollBar()->maximum(), 0);
        QVERIFY(list->sizeHintForIndex(row).width() <= list->viewport()->width());
        QVERIFY(list->visualRect(row).right() <= list->viewport()->width());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(name));

        // Narrower still: the same.
        dialog.resize(900, 600);
        QApplication::processEvents();
        QVERIFY(!list->horizontalScrollBar()->isVisible());
        QVERIFY(list->sizeHintForIndex(row).width() <= list->viewport()->width());
        QVERIFY(list->visualRect(row).right() <= list->viewport()->width());
    }
};

QTEST_MAIN(TestSaveDialogs)
#include "tst_save_dialogs.moc"
