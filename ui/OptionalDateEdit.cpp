#include "OptionalDateEdit.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QHBoxLayout>

namespace rebind {

OptionalDateEdit::OptionalDateEdit(const QString& checkText, QWidget* parent)
    : QWidget(parent), m_enabled(new QCheckBox(checkText, this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_edit->setDate(QDate::currentDate().addMonths(1));
    m_edit->setEnabled(false);
    m_edit->setAccessibleName(checkText);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_enabled);
    layout->addWidget(m_edit);
    layout->addStretch();
    connect(m_enabled, &QCheckBox::toggled, m_edit, &QDateEdit::setEnabled);
    setFocusProxy(m_enabled);
}

QDate OptionalDateEdit::date() const
{
    return m_enabled->isChecked() ? m_edit->date() : QDate();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_enabled->setChecked(date.isValid());
    if (date.isValid()) {
        m_edit->setDate(date);
    }
}

} // namespace rebind
