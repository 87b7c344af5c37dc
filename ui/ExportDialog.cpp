// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportDialog.h"

#include "Appearance.h"
#include "Catalog.h"
#include "ChecklistCollector.h"
#include "ChecklistPainter.h"
#include "ChecklistPaper.h"
#include "FileDialogs.h"
#include "Inventory.h"
#include "MessageBox.h"
#include "PassphraseFields.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "UrlOpener.h"
#include "VaultKey.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace rebind {

ExportDialog::ExportDialog(Inventory* inventory, qint64 numberId, qint64 personId,
                           const QString& numberName, const QString& personName, QWidget* parent)
    : QDialog(parent), m_inventory(inventory), m_numberId(numberId), m_personId(personId),
      m_format(new QComboBox(this)), m_scope(new QButtonGroup(this)),
      m_showNumbers(new QCheckBox(tr("Show phone &numbers in full"), this)),
      m_accounts(new QCheckBox(tr("Include &account names"), this)), m_paper(new QComboBox(this)),
      m_privacy(new QLabel(this)), m_save(new QPushButton(tr("&Save…"), this)),
      m_preview(new QPushButton(tr("Print pre&view…"), this)),
      m_sealBox(new QGroupBox(tr("Passphrase for the hand-off file"), this)),
      m_passphrase(new PassphraseFields(m_sealBox))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    setWindowModality(Qt::WindowModal);

    m_choices = {
        {tr("Checklist to print (PDF)"), ExportFormat::Pdf, false},
        {tr("Large-print checklist for elderly readers (PDF)"), ExportFormat::Pdf, true},
        {tr("Picture for a phone (PNG)"), ExportFormat::Png, false},
        {tr("Reminders for a calendar (.ics)"), ExportFormat::Ics, false},
        {tr("Spreadsheet (CSV)"), ExportFormat::Csv, false},
        {tr("Data for other programs (JSON, not encrypted)"), ExportFormat::Json, false},
        {tr("Hand-off file for another computer (encrypted)"), ExportFormat::Handoff, false},
    };
    for (const Choice& choice : std::as_const(m_choices)) {
        m_format->addItem(choice.label);
    }
    m_format->setObjectName(QStringLiteral("exportFormat"));

    auto* scopeBox = new QGroupBox(tr("What to export"), this);
    auto* scopeLayout = new QVBoxLayout(scopeBox);
    const QList<std::pair<ExportScope::Kind, QString>> scopes = {
        {ExportScope::Kind::Number,
         numberId != 0 ? tr("The number %1").arg(numberName) : tr("The selected number")},
        {ExportScope::Kind::Person,
         personId != 0 ? tr("All numbers of %1").arg(personName) : tr("The selected person")},
        {ExportScope::Kind::All, tr("Everyone in the vault")},
    };
    for (const auto& [kind, text] : scopes) {
        auto* button = new QRadioButton(text, scopeBox);
        m_scope->addButton(button, static_cast<int>(kind));
        scopeLayout->addWidget(button);
    }
    scopeButton(ExportScope::Kind::Number)->setEnabled(numberId != 0);
    scopeButton(ExportScope::Kind::Person)->setEnabled(personId != 0);
    scopeButton(numberId != 0   ? ExportScope::Kind::Number
                : personId != 0 ? ExportScope::Kind::Person
                                : ExportScope::Kind::All)
        ->setChecked(true);

    m_paper->addItem(tr("A4"), static_cast<int>(QPageSize::A4));
    m_paper->addItem(tr("Letter"), static_cast<int>(QPageSize::Letter));
    m_paper->setCurrentIndex(m_paper->findData(
        static_cast<int>(ChecklistPaper::forLocale(ChecklistPaper::systemLocale()))));
    m_paper->setObjectName(QStringLiteral("exportPaper"));
    m_maskNew = new QCheckBox(tr("&Hide the new number too"), this);
    m_maskNew->setObjectName(QStringLiteral("exportMaskNew"));
    m_maskNew->setToolTip(tr("The new number is printed in full, so that it can be typed into "
                             "each app. Hide it when the paper may be seen by others."));
    m_bothLanguages = new QCheckBox(tr("Service names in &both languages"), this);
    m_bothLanguages->setObjectName(QStringLiteral("exportBothLanguages"));
    m_showNumbers->setObjectName(QStringLiteral("exportShowNumbers"));
    m_accounts->setObjectName(QStringLiteral("exportAccounts"));
    m_privacy->setObjectName(QStringLiteral("exportPrivacy"));
    m_privacy->setWordWrap(true);
    ThemeColors::setTextTone(m_privacy, Tone::Caution);
    m_save->setObjectName(QStringLiteral("exportSave"));
    m_preview->setObjectName(QStringLiteral("exportPreview"));
    m_save->setDefault(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Form:"), m_format);
    form->addRow(tr("Pap&er:"), m_paper);
    form->addRow(QString(), m_showNumbers);
    form->addRow(QString(), m_maskNew);
    form->addRow(QString(), m_bothLanguages);
    form->addRow(QString(), m_accounts);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (!save().isEmpty()) {
            accept();
        }
    });
    connect(m_preview, &QPushButton::clicked, this, &ExportDialog::preview);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateChoices);
    connect(m_maskNew, &QCheckBox::toggled, this, [this](bool hide) {
        if (hide) {
            m_showNumbers->setChecked(false); // hiding both wins
        }
        updateChoices();
    });

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(scopeBox);
    layout->addLayout(form);
    auto* sealLayout = new QVBoxLayout(m_sealBox);
    sealLayout->addWidget(m_passphrase);
    layout->addWidget(m_sealBox);
    layout->addWidget(m_privacy);
    layout->addStretch();
    layout->addWidget(buttons);
    updateChoices();
    resize(640, 0);
    // The hand-off passphrase fields appear after the window is shown: let it grow for them.
    Appearance::keepFitted(this);
    m_format->setFocus();
}

void ExportDialog::selectFormat(ExportFormat format, bool largePrint)
{
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).format == format && m_choices.at(i).largePrint == largePrint) {
            m_format->setCurrentIndex(static_cast<int>(i));
            return;
        }
    }
}

QRadioButton* ExportDialog::scopeButton(ExportScope::Kind kind) const
{
    return qobject_cast<QRadioButton*>(m_scope->button(static_cast<int>(kind)));
}

ExportScope ExportDialog::scope() const
{
    switch (static_cast<ExportScope::Kind>(m_scope->checkedId())) {
    case ExportScope::Kind::Number:
        return ExportScope::number(m_numberId);
    case ExportScope::Kind::Person:
        return ExportScope::person(m_personId);
    case ExportScope::Kind::All:
        break;
    }
    return ExportScope::all();
}

void ExportDialog::updateChoices()
{
    const Choice& choice = m_choices.at(std::max(0, m_format->currentIndex()));
    const bool paper = choice.format == ExportFormat::Pdf;
    const bool checklist = paper || choice.format == ExportFormat::Png;
    m_paper->setEnabled(paper);
    m_preview->setEnabled(paper);
    // On a checklist the new number is in full unless hidden; the box is about the old one.
    m_showNumbers->setText(checklist ? tr("Show the old &number in full")
                                     : tr("Show phone &numbers in full"));
    m_showNumbers->setEnabled((checklist && !m_maskNew->isChecked()) ||
                              choice.format == ExportFormat::Ics);
    m_maskNew->setEnabled(checklist);
    m_bothLanguages->setEnabled(checklist);
    if (m_shownChoice != m_format->currentIndex()) {
        // The standard checklist has both languages, large print the reader's only.
        m_bothLanguages->setChecked(!choice.largePrint);
        m_shownChoice = m_format->currentIndex();
    }
    m_accounts->setEnabled(checklist || choice.format == ExportFormat::Csv);
    m_sealBox->setVisible(choice.format == ExportFormat::Handoff);
    m_privacy->setText(Exporter::privacyNote(choice.format));
}

Exporter::Request ExportDialog::request(const QString& path) const
{
    const Choice& choice = m_choices.at(std::max(0, m_format->currentIndex()));
    Exporter::Request r;
    r.format = choice.format;
    r.scope = scope();
    r.path = path;
    r.options.largePrint = choice.largePrint;
    r.options.showNumbers = m_showNumbers->isEnabled() && m_showNumbers->isChecked();
    r.options.maskNew = m_maskNew->isEnabled() && m_maskNew->isChecked();
    r.options.otherLanguage = m_bothLanguages->isChecked();
    r.options.includeAccounts = m_accounts->isChecked();
    r.options.paper = static_cast<QPageSize::PageSizeId>(m_paper->currentData().toInt());
    r.options.language = ServiceText::language();
    r.options.today = QDate::currentDate();
    if (choice.format == ExportFormat::Handoff) {
        r.passphrase = m_passphrase->passphrase();
    }
    return r;
}

QString ExportDialog::save()
{
    if (m_inventory == nullptr) {
        return QString();
    }
    const Choice& choice = m_choices.at(std::max(0, m_format->currentIndex()));
    if (choice.format == ExportFormat::Handoff && !m_passphrase->check()) {
        return QString();
    }
    const QString suggested = FileDialogs::exportSuggestion(
        suggestedName(choice) + QLatin1Char('.') + Exporter::suffix(choice.format));
    QString path = FileDialogs::saveFileName(this, tr("Export"), suggested,
                                             Exporter::fileFilter(choice.format));
    if (path.isEmpty()) {
        return QString();
    }
    const QString suffix = QLatin1Char('.') + Exporter::suffix(choice.format);
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) {
        path += suffix;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Exporter::Request r = request(path);
    if (r.format == ExportFormat::Handoff) {
        // Half a second or so of Argon2id on this machine, like the vault itself.
        r.kdf = VaultKey::tune();
    }
    auto done = Exporter::run(*m_inventory, r);
    QApplication::restoreOverrideCursor();
    if (!done) {
        MessageBox::error(this, tr("Could not export"), done.message());
        return QString();
    }
    FileDialogs::rememberExportFolder(path);
    offerToOpen(path, *done + QStringLiteral("\n\n") + Exporter::privacyNote(choice.format),
                choice.format != ExportFormat::Json && choice.format != ExportFormat::Handoff);
    return path;
}

QString ExportDialog::suggestedName(const Choice& choice) const
{
    // Never the number or a name: file names show in folders, recent-file lists and backups.
    switch (choice.format) {
    case ExportFormat::Pdf:
        return choice.largePrint ? tr("rebind-checklist-large-print") : tr("rebind-checklist");
    case ExportFormat::Png:
        return tr("rebind-checklist");
    case ExportFormat::Ics:
        return tr("rebind-reminders");
    case ExportFormat::Csv:
        return tr("rebind-services");
    case ExportFormat::Json:
        return tr("rebind-data");
    case ExportFormat::Handoff:
        return tr("rebind-handoff");
    }
    return tr("rebind-checklist");
}

void ExportDialog::offerToOpen(const QString& path, const QString& text, bool openable)
{
    // JSON and the sealed hand-off file are for programs, not for reading: only their folder.
    MessageBox::Choices choices;
    if (openable) {
        choices.append({kOpenFile, tr("&Open the file")});
    }
    choices.append({kShowInFolder, tr("Show in &folder")});
    choices.append({QMessageBox::Close, tr("Close")});
    const auto answer = MessageBox::choose(this, tr("Exported"), text, choices, QMessageBox::Close,
                                           QMessageBox::Information);
    if (answer == kOpenFile && openable) {
        UrlOpener::open(QUrl::fromLocalFile(path));
    } else if (answer == kShowInFolder) {
        UrlOpener::open(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
    }
}

Result<int> ExportDialog::printTo(QPrinter& printer) const
{
    if (m_inventory == nullptr) {
        return makeError(ErrorCode::Locked, tr("The vault is locked."));
    }
    const Exporter::Request r = request(QString());
    auto sheets = ChecklistCollector::collect(*m_inventory, r.scope, r.options, Catalog::builtIn());
    if (!sheets) {
        return sheets.error();
    }
    return ChecklistPainter::paint(printer, *sheets, r.options);
}

void ExportDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* target) {
        if (auto painted = printTo(*target); !painted) {
            MessageBox::error(this, tr("Could not print"), painted.message());
        }
    });
    dialog.resize(900, 800);
    dialog.exec();
}

} // namespace rebind
