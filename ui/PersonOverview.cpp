// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonOverview.h"

#include "Appearance.h"
#include "DisplayText.h"
#include "NumberOverview.h"
#include "ScrollPage.h"
#include "ThemeColors.h"
#include "VerdictText.h"

#include <optional>
#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

PersonOverview::PersonOverview(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_intro(new QLabel(this)),
      m_cardLayout(new QVBoxLayout)
{
    setObjectName(QStringLiteral("personOverview"));
    m_title->setObjectName(QStringLiteral("personOverviewTitle"));
    Appearance::setScaledFont(m_title, 1.6, true);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
    m_intro->setObjectName(QStringLiteral("personOverviewIntro"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);

    auto* addNumber = new QPushButton(tr("Add a number…"), this);
    addNumber->setObjectName(QStringLiteral("personAddNumber"));
    auto* editPerson = new QPushButton(tr("Edit person…"), this);
    editPerson->setObjectName(QStringLiteral("personEdit"));
    connect(addNumber, &QPushButton::clicked, this, &PersonOverview::addNumberRequested);
    connect(editPerson, &QPushButton::clicked, this, &PersonOverview::editPersonRequested);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(addNumber);
    buttons->addWidget(editPerson);
    buttons->addStretch();

    QVBoxLayout* layout = ScrollPage::install(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    m_cardLayout->setSpacing(12);
    layout->addLayout(m_cardLayout);
    layout->addLayout(buttons);
    layout->addStretch();
}

QWidget* PersonOverview::card(const Row& row, const QHash<qint64, Service>& services,
                              const QDate& today, const NumberOwner& owner)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(QStringLiteral("numberCard"));
    frame->setFrameShape(QFrame::StyledPanel);
    const Tone tone = VerdictText::tone(row.record, row.plan);
    ThemeColors::setPanelTone(frame, tone);

    auto* number = new QLabel(DisplayText::numberLine(row.record), frame);
    Appearance::setScaledFont(number, 1.2, true);
    number->setTextFormat(Qt::PlainText);
    auto* verdict = new QLabel(VerdictText::headline(row.record, row.plan), frame);
    verdict->setObjectName(QStringLiteral("cardVerdict"));
    Appearance::setScaledFont(verdict, 1.0, true);
    verdict->setWordWrap(true);

    const bool received = row.record.status == NumberStatus::Received;
    int overdue = 0;
    for (const PlanItem& item : row.plan.items) {
        overdue += !received && item.overdue && item.isOpen() ? 1 : 0;
    }
    const int total = received ? row.toCheck : static_cast<int>(row.plan.items.size());
    const int done = received ? row.checked : row.plan.doneCount();
    const bool nothingListed = row.plan.verdict == Plan::Verdict::NothingListed;
    QStringList facts;
    if (received) {
        facts.append(tr("%1 of %n service(s) checked", "", total).arg(done));
        if (row.someoneElse > 0) {
            facts.append(tr("%n still used by someone else", "", row.someoneElse));
        }
    } else if (total > 0 && !nothingListed) {
        facts.append(tr("%1 of %n done", "", total).arg(done));
    }
    if (row.plan.cancelDate.isValid() && row.record.status == NumberStatus::Cancelled) {
        facts.append(tr("cancelled on %1").arg(DisplayText::date(row.plan.cancelDate)));
    } else if (row.plan.cancelDate.isValid() && !received) {
        facts.append(tr("cancel date %1 (%2)")
                         .arg(DisplayText::date(row.plan.cancelDate),
                              DisplayText::relativeDays(row.plan.cancelDate, today)));
    }
    if (overdue > 0) {
        facts.append(tr("%n overdue", "", overdue));
    }
    auto* detail = new QLabel(facts.join(QStringLiteral(" · ")), frame);
    detail->setObjectName(QStringLiteral("cardDetail"));
    detail->setWordWrap(true);
    if (overdue > 0) {
        // Red that reads on the card's own fill, not only on the window.
        ThemeColors::follow(detail, [detail, tone] {
            detail->setStyleSheet(
                QStringLiteral("color: %1;")
                    .arg(ThemeColors::textOnPanel(Tone::Danger, tone, QApplication::palette(detail))
                             .name()));
        });
    }

    auto* progress = new QProgressBar(frame);
    progress->setObjectName(QStringLiteral("cardProgress"));
    progress->setTextVisible(false);
    progress->setRange(0, std::max(1, total));
    progress->setValue(done);
    progress->setVisible(total > 0 && !nothingListed);
    progress->setAccessibleName(tr("Progress"));
    progress->setAccessibleDescription(received
                                           ? tr("%1 of %n service(s) checked", "", total).arg(done)
                                           : tr("%1 of %n done", "", total).arg(done));

    auto* open = new QPushButton(tr("Open"), frame);
    open->setObjectName(QStringLiteral("cardOpen"));
    open->setAccessibleName(tr("Open %1").arg(row.record.number.display()));
    const qint64 id = row.record.id;
    connect(open, &QPushButton::clicked, this, [this, id] { Q_EMIT numberChosen(id); });

    auto* top = new QHBoxLayout;
    top->addWidget(number, 1);
    top->addWidget(open);
    // The next thing to do and the latest change, as on the number's own overview (a late date
    // in a red that reads on the card, again when the palette changes).
    std::optional<PlanItem> next;
    if (!received && !nothingListed && row.plan.next() != nullptr) {
        next = *row.plan.next();
    }
    const QString change =
        row.lastChange
            ? tr("Last change: %1").arg(NumberOverview::changeHtml(*row.lastChange, services))
            : QString();
    auto* more = new QLabel(frame);
    more->setObjectName(QStringLiteral("cardMore"));
    more->setTextFormat(Qt::RichText);
    more->setWordWrap(true);
    more->setVisible(next || !change.isEmpty());
    const bool withDue = row.record.status != NumberStatus::Cancelled;
    ThemeColors::follow(more, [more, next, change, today, owner, withDue, tone] {
        QStringList lines;
        if (next) {
            const QColor late =
                ThemeColors::textOnPanel(Tone::Danger, tone, QApplication::palette(more));
            lines.append(
                tr("Next: %1").arg(NumberOverview::itemHtml(*next, today, withDue, owner, late)));
        }
        if (!change.isEmpty()) {
            lines.append(change);
        }
        more->setText(lines.join(QStringLiteral("<br>")));
    });

    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->addLayout(top);
    layout->addWidget(verdict);
    layout->addWidget(progress);
    layout->addWidget(detail);
    layout->addWidget(more);
    return frame;
}

void PersonOverview::show(const Person& person, const QList<Row>& rows,
                          const QHash<qint64, Service>& services, const QDate& today)
{
    wipe();
    m_title->setText(DisplayText::person(person));
    QString intro = rows.isEmpty() ? tr("No phone numbers are listed for %1 yet. Add one with "
                                        "“Add a number…” (Ctrl+Shift+N).")
                                         .arg(person.name)
                                   : tr("Choose a number to see its plan and services.");
    if (!person.notes.isEmpty()) {
        intro = person.notes + QStringLiteral("\n\n") + intro;
    }
    m_intro->setText(intro);
    for (const Row& row : rows) {
        QWidget* w = card(row, services, today, NumberOwner::of(person));
        m_cardLayout->addWidget(w);
        m_cards.append(w);
    }
}

void PersonOverview::wipe()
{
    m_title->clear();
    m_intro->clear();
    qDeleteAll(m_cards);
    m_cards.clear();
}

} // namespace rebind
