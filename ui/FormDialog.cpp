// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormDialog.h"

#include "Appearance.h"
#include "MessageBox.h"
#include "ThemeColors.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTextEdit>
#include <QVBoxLayout>

namespace rebind {

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_note(new QLabel(this)),
      m_problem(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_form->setVerticalSpacing(12);
    m_form->setHorizontalSpacing(16);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_note->setObjectName(QStringLiteral("noteLabel"));
    m_note->setWordWrap(true);
    ThemeColors::setTextTone(m_note, Tone::Good);
    m_note->hide();

    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    ThemeColors::setTextTone(m_problem, Tone::Danger);
    m_problem->hide();

    okButton()->setText(tr("&Save"));
    okButton()->setObjectName(QStringLiteral("okButton"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(16);
    layout->addWidget(m_note);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    setMinimumWidth(560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    Appearance::keepFitted(this);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
}

void FormDialog::setSubmit(Submit submit)
{
    m_submit = std::move(submit);
}

QPushButton* FormDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void FormDialog::showNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FormDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_wasShown) {
        m_wasShown = true;
        m_shown = fieldValues();
    }
}

namespace {

// The widget's place below the dialog: object names where given, else the class and the
// position among siblings of that class, so that the same constructor gives the same keys.
QString placeOf(const QWidget* widget, const QWidget* root)
{
    QStringList parts;
    for (const QObject* at = widget; at != nullptr && at != root; at = at->parent()) {
        QString part = at->objectName();
        if (part.isEmpty() && at->parent() != nullptr) {
            const char* type = at->metaObject()->className();
            int index = 0;
            for (const QObject* sibling : at->parent()->children()) {
                if (sibling == at) {
                    break;
                }
                if (qstrcmp(sibling->metaObject()->className(), type) == 0) {
                    ++index;
                }
            }
            part = QStringLiteral("%1#%2").arg(QString::fromLatin1(type)).arg(index);
        }
        parts.prepend(part);
    }
    return parts.join(QLatin1Char('/'));
}

// Line edits inside combo and spin boxes belong to those, which are read as a whole.
bool isPartOfAnother(const QWidget* widget)
{
    const QObject* parent = widget->parent();
    return qobject_cast<const QComboBox*>(parent) != nullptr ||
           qobject_cast<const QAbstractSpinBox*>(parent) != nullptr;
}

// Popups (a combo box's list, a date's calendar) are made when first opened and hold no input
// of the form's own.
bool isField(const QWidget* widget, const QWidget* dialog)
{
    return widget->window() == dialog;
}

} // namespace

QVariantMap FormDialog::fieldValues() const
{
    QVariantMap values;
    const auto widgets = findChildren<QWidget*>();
    for (const QWidget* widget : widgets) {
        if (!isField(widget, this)) {
            continue;
        }
        QVariant value;
        if (const auto* line = qobject_cast<const QLineEdit*>(widget)) {
            if (!isPartOfAnother(line)) {
                value = line->text();
            }
        } else if (const auto* plain = qobject_cast<const QPlainTextEdit*>(widget)) {
            value = plain->toPlainText();
        } else if (const auto* rich = qobject_cast<const QTextEdit*>(widget)) {
            if (!rich->isReadOnly()) {
                value = rich->toPlainText();
            }
        } else if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
            // A choice from a list is found again by its data: the list may have changed.
            value = combo->isEditable()
                        ? QVariant(combo->currentText())
                        : QVariant(QVariantList{combo->currentIndex(), combo->currentData()});
        } else if (const auto* date = qobject_cast<const QDateTimeEdit*>(widget)) {
            value = date->dateTime();
        } else if (const auto* spin = qobject_cast<const QSpinBox*>(widget)) {
            value = spin->value();
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (button->isCheckable()) {
                value = button->isChecked();
            }
        }
        if (value.isValid()) {
            values.insert(placeOf(widget, this), value);
        }
    }
    return values;
}

void FormDialog::setFieldValues(const QVariantMap& values)
{
    // In the order of construction, so that a service typed first can fill in its details
    // before the values that followed it are put back.
    const auto widgets = findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (!isField(widget, this)) {
            continue;
        }
        const auto found = values.constFind(placeOf(widget, this));
        if (found == values.cend()) {
            continue;
        }
        const QVariant& value = *found;
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            line->setText(value.toString());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            plain->setPlainText(value.toString());
        } else if (auto* rich = qobject_cast<QTextEdit*>(widget)) {
            rich->setPlainText(value.toString());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            if (combo->isEditable()) {
                const QString text = value.toString();
                const int index = combo->findText(text, Qt::MatchExactly);
                combo->setCurrentIndex(index);
                if (index < 0) {
                    combo->setEditText(text);
                }
            } else {
                const QVariantList choice = value.toList();
                const int byData = choice.size() == 2 && choice.at(1).isValid()
                                       ? combo->findData(choice.at(1))
                                       : -1;
                combo->setCurrentIndex(byData >= 0 ? byData : choice.value(0).toInt());
            }
        } else if (auto* date = qobject_cast<QDateTimeEdit*>(widget)) {
            date->setDateTime(value.toDateTime());
        } else if (auto* spin = qobject_cast<QSpinBox*>(widget)) {
            spin->setValue(value.toInt());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            button->setChecked(value.toBool());
        }
    }
}

bool FormDialog::hasChanges() const
{
    return m_wasShown && fieldValues() != m_shown;
}

void FormDialog::showProblem(const QString& problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void FormDialog::accept()
{
    const QString problem = check();
    showProblem(problem);
    if (!problem.isEmpty()) {
        return;
    }
    if (m_submit) {
        const Result<void> saved = m_submit();
        if (!saved) {
            // Cancelled: the person chose to go on editing (a question already said why).
            if (saved.code() != ErrorCode::Cancelled) {
                MessageBox::error(this, windowTitle(), saved.message());
            }
            return;
        }
    }
    QDialog::accept();
}

} // namespace rebind
