// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "OptionalDateEdit.h"

#include "DisplayText.h"
#include "ThemeColors.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace rebind {

OptionalDateEdit::OptionalDateEdit(const QString& placeholder, QWidget* parent)
    : QWidget(parent), m_edit(new QLineEdit(this)), m_pick(new QToolButton(this))
{
    m_edit->setObjectName(QStringLiteral("dateText"));
    m_edit->setPlaceholderText(placeholder);
    m_edit->setClearButtonEnabled(true);
    m_edit->setToolTip(tr("Type a date such as 2030-01-31, or pick one from the calendar. Leave "
                          "it empty for no date."));
    // Room for the placeholder and a date, not the whole row: the calendar button sits beside it.
    m_edit->setMinimumWidth(m_edit->fontMetrics().horizontalAdvance(placeholder) +
                            m_edit->fontMetrics().averageCharWidth() * 6);
    m_pick->setObjectName(QStringLiteral("pickDate"));
    m_pick->setText(tr("Calendar…"));
    m_pick->setToolTip(tr("Pick the date from a calendar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_pick);
    layout->addStretch();
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] { showState(); });
    connect(m_edit, &QLineEdit::editingFinished, this, [this] {
        // A date typed another way reads back in the one format used everywhere.
        const QDate typed = parse(m_edit->text());
        if (typed.isValid() && m_edit->text() != DisplayText::date(typed)) {
            m_edit->setText(DisplayText::date(typed));
        }
    });
    connect(m_pick, &QToolButton::clicked, this, &OptionalDateEdit::openCalendar);
}

QDate OptionalDateEdit::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})\\s*(?:[-/.年]\\s*(\\d{1,2})\\s*[-/"
                       ".月]\\s*(\\d{1,2})\\s*日?|(\\d{2})(\\d{2}))\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return {};
    }
    const int year = match.captured(1).toInt();
    const bool compact = match.captured(2).isEmpty();
    const int month = (compact ? match.captured(4) : match.captured(2)).toInt();
    const int day = (compact ? match.captured(5) : match.captured(3)).toInt();
    return QDate(year, month, day);
}

QDate OptionalDateEdit::date() const
{
    return parse(m_edit->text());
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_edit->setText(date.isValid() ? DisplayText::date(date) : QString());
}

QString OptionalDateEdit::problem() const
{
    if (m_edit->text().trimmed().isEmpty() || date().isValid()) {
        return {};
    }
    return tr("“%1” is not a date: type it as 2030-01-31, or pick it from the calendar.")
        .arg(m_edit->text().trimmed());
}

void OptionalDateEdit::openCalendar()
{
    if (m_calendar == nullptr) {
        m_calendar = new QCalendarWidget(this);
        m_calendar->setObjectName(QStringLiteral("dateCalendar"));
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setGridVisible(true);
        m_calendar->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
        connect(m_calendar, &QCalendarWidget::clicked, this, [this](const QDate& picked) {
            setDate(picked);
            m_calendar->hide();
            m_edit->setFocus();
        });
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate& picked) {
            setDate(picked);
            m_calendar->hide();
            m_edit->setFocus();
        });
    }
    const QDate shown = date().isValid() ? date() : QDate::currentDate();
    m_calendar->setSelectedDate(shown);
    m_calendar->setCurrentPage(shown.year(), shown.month());
    m_calendar->adjustSize();
    m_calendar->move(m_edit->mapToGlobal(QPoint(0, m_edit->height())));
    m_calendar->show();
    m_calendar->setFocus();
}

void OptionalDateEdit::showState()
{
    const bool wrong = !problem().isEmpty();
    ThemeColors::setTextTone(m_edit, wrong ? Tone::Danger : Tone::Neutral);
    const QDate now = date();
    if (now != m_lastDate) {
        m_lastDate = now;
        Q_EMIT dateChanged(now);
    }
}

} // namespace rebind
