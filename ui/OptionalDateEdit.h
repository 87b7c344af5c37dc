// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCalendarWidget;
class QLineEdit;
class QToolButton;

namespace rebind {

// A date that may be left out, typed or picked directly: empty means no date (the placeholder
// says so), typing a date or picking one from the calendar sets it, clearing the text removes it.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    // placeholder: what the empty field says ("Not set").
    explicit OptionalDateEdit(const QString& placeholder, QWidget* parent = nullptr);

    // Invalid when no date is set, or when the text typed is not a date (see problem()).
    QDate date() const;
    void setDate(const QDate& date);
    // Why the text typed is not a date, in words; empty when it is one or the field is empty.
    QString problem() const;

    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* pickButton() const { return m_pick; }
    // The open calendar (a popup made when first opened); nullptr before that.
    QCalendarWidget* calendar() const { return m_calendar; }
    // Opens the calendar on the date set, else on today.
    void openCalendar();

    // The spellings people type: 2030-01-31, 2030/1/31, 2030.1.31, 20300131, 2030年1月31日.
    static QDate parse(const QString& text);

Q_SIGNALS:
    void dateChanged(const QDate& date);

private:
    void showState();

    QLineEdit* m_edit;
    QToolButton* m_pick;
    QCalendarWidget* m_calendar = nullptr;
    QDate m_lastDate;
};

} // namespace rebind
