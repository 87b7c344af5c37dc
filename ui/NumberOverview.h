// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"
#include "NewOwnerCheck.h"
#include "NumberOwner.h"
#include "NumberRecord.h"
#include "Plan.h"
#include "Service.h"

#include <optional>
#include <QColor>
#include <QHash>
#include <QWidget>

class QBoxLayout;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;

namespace rebind {

// The dashboard of one number: the readiness verdict, progress, the next things to do, what is
// overdue, what blocks the cancellation and what changed recently. For a received number, how
// far the new-owner checks have got.
class NumberOverview : public QWidget
{
    Q_OBJECT

public:
    struct Content
    {
        NumberRecord record;
        Plan plan;
        QList<Event> recent; // newest first
        QHash<qint64, Service> services;
        QList<NewOwnerCheck> newOwnerChecks;
        int newOwnerServices = 0; // how many services the new-owner checklist has
        QDate today;
        NumberOwner owner; // whose number: the plan's own steps name their ID card
    };

    explicit NumberOverview(QWidget* parent = nullptr);

    void show(const Content& content);
    void wipe();

    QLabel* headline() const { return m_headline; }
    QLabel* detail() const { return m_detail; }
    QProgressBar* progress() const { return m_progress; }
    QLabel* nextList() const { return m_next; }
    QLabel* overdueList() const { return m_overdue; }
    QLabel* blockerList() const { return m_blockers; }
    QLabel* recentList() const { return m_recent; }
    QPushButton* walkthroughButton() const { return m_walkthrough; }
    QPushButton* newOwnerButton() const { return m_newOwner; }

    // One plan item as a line of rich text: name, action, status, due date (red when late: in
    // late, or else the palette's red for text on the window).
    static QString itemHtml(const PlanItem& item, const QDate& today, bool withDue = true,
                            const NumberOwner& owner = {}, const QColor& late = QColor());
    // One event as a line of rich text: when, which service, what changed.
    static QString changeHtml(const Event& event, const QHash<qint64, Service>& services);

    static constexpr int kNextShown = 5;
    static constexpr int kRecentShown = 8;

Q_SIGNALS:
    void walkthroughRequested();
    void newOwnerRequested();
    void servicesRequested();
    void exportRequested();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    QLabel* section(const QString& title, QLabel*& body, const char* name);
    void setSection(QLabel* body, const QStringList& lines, const QString& empty);
    // The bar's own text and what a screen reader says for it.
    void setProgressText(const QString& text);

    QBoxLayout* m_columns = nullptr;
    QFrame* m_banner;
    QLabel* m_headline;
    QLabel* m_detail;
    QProgressBar* m_progress;
    QLabel* m_progressText;
    QPushButton* m_walkthrough;
    QPushButton* m_newOwner;
    QPushButton* m_services;
    QPushButton* m_export;
    QLabel* m_nextTitle = nullptr;
    QLabel* m_next = nullptr;
    QLabel* m_overdueTitle = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_blockersTitle = nullptr;
    QLabel* m_blockers = nullptr;
    QLabel* m_recentTitle = nullptr;
    QLabel* m_recent = nullptr;
    // What is shown, to show again in the colours of a new palette (overdue dates are red
    // inside the lists' rich text). Cleared by wipe().
    std::optional<Content> m_shown;
};

} // namespace rebind
