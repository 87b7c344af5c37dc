// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"
#include "NumberOwner.h"
#include "NumberRecord.h"
#include "Person.h"
#include "Plan.h"
#include "Service.h"

#include <optional>
#include <QHash>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace rebind {

// The dashboard of one person: each of their numbers with its verdict, progress and overdue
// count, and a button to open it.
class PersonOverview : public QWidget
{
    Q_OBJECT

public:
    struct Row
    {
        NumberRecord record;
        Plan plan;
        // For a received number: how far the new-owner checks have got.
        int checked = 0;
        int toCheck = 0;
        int someoneElse = 0;
        std::optional<Event> lastChange;
    };

    explicit PersonOverview(QWidget* parent = nullptr);

    void show(const Person& person, const QList<Row>& rows, const QHash<qint64, Service>& services,
              const QDate& today);
    void wipe();

    QLabel* title() const { return m_title; }
    QLabel* intro() const { return m_intro; }
    // The card widgets, one per number, in order (for tests).
    QList<QWidget*> cards() const { return m_cards; }

Q_SIGNALS:
    void numberChosen(qint64 numberId);
    void addNumberRequested();
    void editPersonRequested();

private:
    QWidget* card(const Row& row, const QHash<qint64, Service>& services, const QDate& today,
                  const NumberOwner& owner);

    QLabel* m_title;
    QLabel* m_intro;
    QVBoxLayout* m_cardLayout;
    QList<QWidget*> m_cards;
};

} // namespace rebind
