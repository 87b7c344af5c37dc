// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NewOwnerCheck.h"
#include "NumberRecord.h"

#include <optional>
#include <QDialog>
#include <QHash>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTabWidget;
class QTextBrowser;

namespace rebind {

class Inventory;

// For a number the user received (a recycled number): test the common services one by one and
// record free / someone else's / mine, see how to get a service to release the number, the
// official routes (二次号码焕新, 一证通查) and a statement for callers chasing the previous
// owner's debts. Texts come from NewOwnerGuide; each answer is saved to the vault at once.
class NewOwnerDialog : public QDialog
{
    Q_OBJECT

public:
    NewOwnerDialog(Inventory* inventory, const NumberRecord& record, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QListWidget* serviceList() const { return m_list; }
    // The answer buttons; result empty: "not checked yet".
    QRadioButton* answerButton(std::optional<NewOwnerResult> result) const;
    QLabel* releaseText() const { return m_releaseText; }
    QPushButton* officialPageButton() const { return m_officialPage; }
    QLabel* summary() const { return m_summary; }
    QTextBrowser* routes() const { return m_routes; }
    QDateEdit* sinceEdit() const { return m_since; }
    QPlainTextEdit* statement() const { return m_statement; }
    QPushButton* copyButton() const { return m_copy; }
    // The service shown on the right (a catalog id).
    QString currentService() const;

Q_SIGNALS:
    // An answer was saved to the vault.
    void changed();

private:
    QWidget* createChecksTab();
    QWidget* createRoutesTab();
    QWidget* createStatementTab();
    void loadChecks();
    void showService(int row);
    void answer(std::optional<NewOwnerResult> result);
    void updateRow(int row);
    void updateSummary();
    void updateStatement();

    Inventory* m_inventory;
    NumberRecord m_record;
    QString m_language;
    QHash<QString, NewOwnerResult> m_results;

    QTabWidget* m_tabs;
    QListWidget* m_list = nullptr;
    QLabel* m_serviceName = nullptr;
    QLabel* m_checkText = nullptr;
    QButtonGroup* m_answers = nullptr;
    QLabel* m_releaseTitle = nullptr;
    QLabel* m_releaseText = nullptr;
    QPushButton* m_officialPage = nullptr;
    QLabel* m_summary = nullptr;
    QTextBrowser* m_routes = nullptr;
    QDateEdit* m_since = nullptr;
    QPlainTextEdit* m_statement = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace rebind
