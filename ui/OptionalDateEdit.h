#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace rebind {

// A date that may be left out: a check box turns the date field on.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    // Invalid when no date is set.
    QDate date() const;
    void setDate(const QDate& date);

    QCheckBox* checkBox() const { return m_enabled; }
    QDateEdit* dateEdit() const { return m_edit; }

private:
    QCheckBox* m_enabled;
    QDateEdit* m_edit;
};

} // namespace rebind
