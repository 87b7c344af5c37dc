// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberOwner.h"
#include "NumberRecord.h"
#include "Plan.h"

#include <functional>
#include <optional>
#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace rebind {

class Inventory;
class ServiceDetailPanel;

// Walks a person through one number's plan, one item at a time, in large calm text: what to do
// there, the steps and warnings, and buttons to record how it went. Progress lives in the vault
// (binding statuses and plan steps), so opening it again resumes at the first open item.
class WalkthroughDialog : public QDialog
{
    Q_OBJECT

public:
    WalkthroughDialog(Inventory* inventory, const NumberRecord& record, QWidget* parent = nullptr);

    // Asks why an item cannot be done now; nullopt when the person cancels. Tests replace it.
    using ReasonAsker = std::function<std::optional<QString>(QWidget* parent)>;
    static void setReasonAsker(ReasonAsker asker);

    const Plan& plan() const { return m_plan; }
    // The shown item's index in plan(); plan().items.size() on the "all done" page.
    int currentIndex() const { return m_index; }
    const PlanItem* currentItem() const;

    void markDone();
    void cannotDoNow();
    void skip();
    void markNotNeeded();
    void back();
    // Marks the item last marked done as verified.
    void verify();

    QLabel* progressLabel() const { return m_progressLabel; }
    QProgressBar* progressBar() const { return m_progressBar; }
    QLabel* titleLabel() const { return m_title; }
    QLabel* whatLabel() const { return m_what; }
    QLabel* verifyLabel() const { return m_verifyText; }
    ServiceDetailPanel* detailPanel() const { return m_panel; }
    QPushButton* doneButton() const { return m_done; }
    QPushButton* cannotButton() const { return m_cannot; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* notNeededButton() const { return m_notNeeded; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* verifyButton() const { return m_verify; }

Q_SIGNALS:
    // Something was saved to the vault (a status, notes or a plan step).
    void changed();

private:
    bool rebuild();
    void showIndex(int index);
    // The first open item after `from`, else the first open one at all, else the end page.
    int nextOpenAfter(int from) const;
    bool setStatus(const PlanItem& item, BindingStatus status, const QString& reason = QString());
    QString whatToDo(const PlanItem& item) const;
    void offerVerify(const PlanItem& item);

    Inventory* m_inventory;
    NumberRecord m_record;
    NumberOwner m_owner; // whose number: the plan's own steps name their ID card
    Plan m_plan;
    int m_index = 0;
    QString m_verifyKey;

    QLabel* m_progressLabel;
    QProgressBar* m_progressBar;
    QLabel* m_title;
    QLabel* m_what;
    QStackedWidget* m_body;
    ServiceDetailPanel* m_panel;
    QWidget* m_panelPage;
    QLabel* m_stepText;
    QWidget* m_verifyRow;
    QLabel* m_verifyText;
    QPushButton* m_verify;
    QPushButton* m_done;
    QPushButton* m_cannot;
    QPushButton* m_skip;
    QPushButton* m_notNeeded;
    QPushButton* m_back;
    QPushButton* m_close;
};

} // namespace rebind
