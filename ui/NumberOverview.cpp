// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberOverview.h"

#include "Appearance.h"
#include "DisplayText.h"
#include "EventText.h"
#include "PlanText.h"
#include "RichTextLabel.h"
#include "ScrollPage.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "VerdictText.h"
#include "Vocabulary.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace rebind {

namespace {

QLabel* textLabel(QWidget* parent, const char* name)
{
    auto* label = new RichTextLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

QString NumberOverview::itemHtml(const PlanItem& item, const QDate& today, bool withDue,
                                 const NumberOwner& owner, const QColor& late)
{
    QString line = PlanText::title(item, owner).toHtmlEscaped();
    if (item.kind == PlanItem::Kind::Binding) {
        line += QStringLiteral(" — ") + Vocabulary::label(item.action).toHtmlEscaped();
    }
    if (item.status != BindingStatus::ToDo) {
        line = tr("%1 (%2)", "a plan step and its status")
                   .arg(line, Vocabulary::label(item.status).toHtmlEscaped());
    }
    if (withDue && item.due.isValid()) {
        const QString due =
            tr("due %1, %2")
                .arg(DisplayText::date(item.due), DisplayText::relativeDays(item.due, today))
                .toHtmlEscaped();
        const QColor red =
            late.isValid() ? late : ThemeColors::text(Tone::Danger, QApplication::palette());
        line += QStringLiteral(" · ") +
                (item.overdue ? QStringLiteral("<b style=\"color:%1\">%2</b>").arg(red.name(), due)
                              : due);
    }
    return line;
}

QString NumberOverview::changeHtml(const Event& event, const QHash<qint64, Service>& services)
{
    const auto serviceName = [&services](qint64 id) {
        const auto found = services.constFind(id);
        return found != services.cend() ? found->name : tr("(unknown service)");
    };
    const QDateTime at = event.at.toLocalTime();
    return QStringLiteral("%1 %2 · <b>%3</b> — %4")
        .arg(DisplayText::date(at.date()), at.time().toString(QStringLiteral("HH:mm")),
             serviceName(event.serviceId).toHtmlEscaped(),
             EventText::describe(event, serviceName).toHtmlEscaped());
}

NumberOverview::NumberOverview(QWidget* parent)
    : QWidget(parent), m_banner(new QFrame(this)), m_headline(textLabel(this, "overviewHeadline")),
      m_detail(textLabel(this, "overviewDetail")), m_progress(new QProgressBar(this)),
      m_progressText(textLabel(this, "overviewProgressText")),
      m_walkthrough(new QPushButton(tr("Walk me through it…"), this)),
      m_newOwner(new QPushButton(tr("New-owner checks…"), this)),
      m_services(new QPushButton(tr("See all services"), this)),
      m_export(new QPushButton(tr("Print or export…"), this))
{
    setObjectName(QStringLiteral("numberOverview"));
    m_banner->setObjectName(QStringLiteral("overviewBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    Appearance::setScaledFont(m_headline, 1.4, true);
    auto* bannerLayout = new QVBoxLayout(m_banner);
    bannerLayout->setContentsMargins(16, 12, 16, 12);
    bannerLayout->addWidget(m_headline);
    bannerLayout->addWidget(m_detail);
    // The system switched between light and dark: the red of overdue dates is in the text.
    ThemeColors::follow(this, [this] {
        if (m_shown) {
            show(*m_shown);
        }
    });

    m_progress->setObjectName(QStringLiteral("overviewProgress"));
    m_progress->setAccessibleName(tr("Progress"));
    m_progress->setMinimumHeight(m_progress->fontMetrics().height());
    m_walkthrough->setObjectName(QStringLiteral("overviewWalkthrough"));
    m_walkthrough->setToolTip(tr("One item at a time, in large text (Ctrl+Shift+W)"));
    m_newOwner->setObjectName(QStringLiteral("overviewNewOwner"));
    m_newOwner->setToolTip(
        tr("Which services still use this number for someone else (Ctrl+Shift+O)"));
    m_services->setObjectName(QStringLiteral("overviewServices"));
    m_export->setObjectName(QStringLiteral("overviewExport"));
    m_export->setToolTip(
        tr("A checklist to print or send to a phone, calendar reminders (Ctrl+E)"));

    auto* progressRow = new QVBoxLayout;
    progressRow->setSpacing(4);
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText);
    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_walkthrough);
    buttonRow->addWidget(m_newOwner);
    buttonRow->addWidget(m_services);
    buttonRow->addWidget(m_export);
    buttonRow->addStretch();

    QVBoxLayout* layout = ScrollPage::install(this);
    layout->setContentsMargins(0, 4, 8, 4);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addLayout(progressRow);
    layout->addLayout(buttonRow);
    // What to do on the left, what happened on the right.
    auto* todo = new QVBoxLayout;
    m_blockersTitle = section(QString(), m_blockers, "overviewBlockers");
    todo->addWidget(m_blockersTitle);
    todo->addWidget(m_blockers);
    m_overdueTitle = section(tr("Overdue"), m_overdue, "overviewOverdue");
    todo->addWidget(m_overdueTitle);
    todo->addWidget(m_overdue);
    m_nextTitle = section(tr("Next steps"), m_next, "overviewNext");
    todo->addWidget(m_nextTitle);
    todo->addWidget(m_next);
    todo->addStretch();
    auto* history = new QVBoxLayout;
    m_recentTitle = section(tr("Recent changes"), m_recent, "overviewRecent");
    history->addWidget(m_recentTitle);
    history->addWidget(m_recent);
    history->addStretch();
    m_columns = new QBoxLayout(QBoxLayout::LeftToRight);
    m_columns->setSpacing(24);
    m_columns->addLayout(todo, 3);
    m_columns->addLayout(history, 2);
    layout->addLayout(m_columns);
    layout->addStretch();

    connect(m_walkthrough, &QPushButton::clicked, this, &NumberOverview::walkthroughRequested);
    connect(m_newOwner, &QPushButton::clicked, this, &NumberOverview::newOwnerRequested);
    connect(m_services, &QPushButton::clicked, this, &NumberOverview::servicesRequested);
    connect(m_export, &QPushButton::clicked, this, &NumberOverview::exportRequested);
}

QLabel* NumberOverview::section(const QString& title, QLabel*& body, const char* name)
{
    auto* heading = new QLabel(title, this);
    Appearance::setScaledFont(heading, 1.15, true);
    heading->setContentsMargins(0, 8, 0, 0);
    body = textLabel(this, name);
    body->setTextFormat(Qt::RichText);
    return heading;
}

void NumberOverview::setSection(QLabel* body, const QStringList& lines, const QString& empty)
{
    if (lines.isEmpty()) {
        body->setText(empty.toHtmlEscaped());
        return;
    }
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& line : lines) {
        html += QStringLiteral("<li style=\"margin-bottom:4px\">") + line + QStringLiteral("</li>");
    }
    body->setText(html + QStringLiteral("</ul>"));
}

void NumberOverview::setProgressText(const QString& text)
{
    // Counted here rather than with the bar's %v/%m, so that plurals and word order follow
    // the translation.
    m_progress->setFormat(text);
    m_progress->setAccessibleDescription(text);
}

void NumberOverview::show(const Content& c)
{
    if (!m_shown || &*m_shown != &c) {
        m_shown = c;
    }
    const bool received = c.record.status == NumberStatus::Received;
    const bool cancelled = c.record.status == NumberStatus::Cancelled;
    const bool gone = c.plan.cancelledWithOpenBlockers();
    m_headline->setText(VerdictText::headline(c.record, c.plan));
    m_detail->setText(VerdictText::detail(c.record, c.plan, c.today));
    ThemeColors::setPanelTone(m_banner, VerdictText::tone(c.record, c.plan));

    if (received) {
        int someoneElse = 0;
        for (const NewOwnerCheck& check : c.newOwnerChecks) {
            someoneElse += check.result == NewOwnerResult::SomeoneElse ? 1 : 0;
        }
        const int checked = static_cast<int>(c.newOwnerChecks.size());
        m_progress->setRange(0, std::max(1, c.newOwnerServices));
        m_progress->setValue(std::min(checked, c.newOwnerServices));
        const QString count =
            tr("%1 of %n service(s) checked", "", c.newOwnerServices).arg(checked);
        setProgressText(count);
        m_progressText->setText(
            count + (someoneElse > 0 ? QStringLiteral(" · ") +
                                           tr("%n still used by someone else", "", someoneElse)
                                     : QString()));
    } else {
        // The plan counts its own steps too: say so, or its total will not match the services.
        const int total = static_cast<int>(c.plan.items.size());
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(c.plan.doneCount());
        setProgressText(tr("%1 of %n done", "", total).arg(c.plan.doneCount()));
        m_progressText->setText(
            tr("%n item(s): %1", "", total).arg(VerdictText::composition(c.plan.items)));
    }
    // With nothing listed there is no plan to follow yet: the first step is to list services.
    const bool nothingListed = c.plan.verdict == Plan::Verdict::NothingListed;
    m_progress->setVisible(!nothingListed);
    m_progressText->setVisible(!nothingListed);
    m_newOwner->setVisible(received);
    m_walkthrough->setVisible(!received && !nothingListed && !c.plan.items.isEmpty());

    QStringList blockers;
    QStringList overdue;
    QStringList next;
    if (received) {
        m_blockersTitle->setText(tr("Still used by someone else"));
        for (const NewOwnerCheck& check : c.newOwnerChecks) {
            if (check.result == NewOwnerResult::SomeoneElse) {
                blockers.append(ServiceText::catalogName(check.serviceKey).toHtmlEscaped());
            }
        }
    } else if (gone) {
        m_blockersTitle->setText(tr("Urgent: the old number is gone"));
    } else {
        m_blockersTitle->setText(tr("Must be done before cancelling"));
    }
    ThemeColors::setTextTone(m_blockersTitle, gone ? Tone::Danger : Tone::Neutral);
    for (const PlanItem& item : c.plan.items) {
        if (!item.isOpen()) {
            continue;
        }
        const QString reason = PlanText::title(item, c.owner).toHtmlEscaped() +
                               QStringLiteral(" — ") +
                               PlanText::blockerLabel(PlanText::blockerKey(item)).toHtmlEscaped();
        if (item.blocker && gone) {
            const QString lost = VerdictText::lostNumberPath(item);
            blockers.append(
                QStringLiteral("<b>") + reason + QStringLiteral("</b>") +
                (lost.isEmpty() ? QString() : QStringLiteral("<br>") + lost.toHtmlEscaped()));
        } else if (item.blocker && c.plan.verdict == Plan::Verdict::Blocked) {
            blockers.append(reason);
        }
        // Once the number is cancelled every date before it has passed: what is left is
        // listed without counting down to a day that is behind us.
        if (item.overdue && !cancelled) {
            overdue.append(itemHtml(item, c.today, true, c.owner));
        }
        if (next.size() < kNextShown && !(item.blocker && gone)) {
            next.append(itemHtml(item, c.today, !cancelled, c.owner));
        }
    }
    for (QLabel* label : {m_blockersTitle, m_blockers}) {
        label->setVisible(!blockers.isEmpty());
    }
    setSection(m_blockers, blockers, QString());
    for (QLabel* label : {m_overdueTitle, m_overdue}) {
        label->setVisible(!overdue.isEmpty());
    }
    setSection(m_overdue, overdue, QString());
    for (QLabel* label : {m_nextTitle, m_next}) {
        label->setVisible(!received);
    }
    if (nothingListed) {
        next.clear();
    }
    setSection(m_next, next,
               nothingListed ? tr("Nothing to do yet: add the services that use this number.")
                             : tr("Nothing left to do."));

    QStringList recent;
    for (const Event& event : c.recent) {
        if (recent.size() >= kRecentShown) {
            break;
        }
        recent.append(changeHtml(event, c.services));
    }
    setSection(m_recent, recent, tr("No changes yet."));
}

void NumberOverview::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Side by side while both columns get a comfortable measure; stacked with large text.
    const bool wide = width() > fontMetrics().averageCharWidth() * 90;
    m_columns->setDirection(wide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
}

void NumberOverview::wipe()
{
    m_shown.reset();
    for (QLabel* label :
         {m_headline, m_detail, m_progressText, m_next, m_overdue, m_blockers, m_recent}) {
        label->clear();
    }
    m_progress->setValue(0);
    m_progress->setFormat(QString());
    m_progress->setAccessibleDescription(QString());
}

} // namespace rebind
