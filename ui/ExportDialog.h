// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Exporter.h"

#include <QDialog>
#include <QMessageBox>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QRadioButton;
class QGroupBox;

namespace rebind {

class Inventory;
class PassphraseFields;

// Export… (Ctrl+E): what to export (the selected number, its person, everyone), in which form
// (checklist PDF, large-print PDF, phone picture, calendar, spreadsheet, JSON, or a hand-off file
// sealed with a passphrase), with which details, and a plain word on which files are not
// encrypted. The checklist can be previewed and printed from the same renderer as the PDF.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    struct Choice
    {
        QString label;
        ExportFormat format;
        bool largePrint;
    };

    // numberId/personId: what is selected in the main window (0: nothing).
    ExportDialog(Inventory* inventory, qint64 numberId, qint64 personId, const QString& numberName,
                 const QString& personName, QWidget* parent = nullptr);

    QComboBox* formatBox() const { return m_format; }
    QRadioButton* scopeButton(ExportScope::Kind kind) const;
    QCheckBox* showNumbersBox() const { return m_showNumbers; }
    QCheckBox* maskNewBox() const { return m_maskNew; }
    QCheckBox* bothLanguagesBox() const { return m_bothLanguages; }
    QCheckBox* accountsBox() const { return m_accounts; }
    QComboBox* paperBox() const { return m_paper; }
    QLabel* privacyLabel() const { return m_privacy; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* previewButton() const { return m_preview; }
    PassphraseFields* handoffPassphrase() const { return m_passphrase; }
    // Selects the entry of this format (the first one when there are two, as for PDF).
    void selectFormat(ExportFormat format, bool largePrint = false);

    Exporter::Request request(const QString& path) const;
    // The answers of the offer after an export. "Show in folder" takes an id of Open's role,
    // so that the two sit together, apart from Close.
    static constexpr QMessageBox::StandardButton kOpenFile = QMessageBox::Open;
    static constexpr QMessageBox::StandardButton kShowInFolder = QMessageBox::Retry;

    // Asks where to save (FileDialogs seam), writes, then offers to open the file or its folder
    // (MessageBox and UrlOpener seams). Returns the file written or "".
    QString save();
    // What the print preview and Print… paint (tests print to a PDF QPrinter).
    Result<int> printTo(QPrinter& printer) const;
    void preview();

private:
    void updateChoices();
    QString suggestedName(const Choice& choice) const;
    // "Exported": open the file or its folder (UrlOpener seam), or close.
    void offerToOpen(const QString& path, const QString& text, bool openable);
    ExportScope scope() const;

    Inventory* m_inventory;
    qint64 m_numberId;
    qint64 m_personId;
    QList<Choice> m_choices;
    QComboBox* m_format;
    QButtonGroup* m_scope;
    QCheckBox* m_showNumbers;
    QCheckBox* m_maskNew = nullptr;       // checklists: mask the new number too
    QCheckBox* m_bothLanguages = nullptr; // checklists: names in both languages
    int m_shownChoice = -1;               // the format the boxes were last set for
    QCheckBox* m_accounts;
    QComboBox* m_paper;
    QLabel* m_privacy;
    QPushButton* m_save;
    QPushButton* m_preview;
    QGroupBox* m_sealBox;
    PassphraseFields* m_passphrase;
};

} // namespace rebind
