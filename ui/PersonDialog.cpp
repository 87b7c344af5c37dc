// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PersonDialog.h"

#include "Vocabulary.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace rebind {

PersonDialog::PersonDialog(const Person& person, QWidget* parent)
    : FormDialog(parent), m_original(person), m_name(new QLineEdit(this)),
      m_relation(new QComboBox(this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("personDialog"));
    setWindowTitle(person.id == 0 ? tr("Add a person") : tr("Edit person"));

    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("For example: Mum, or Zhang Guilan"));
    m_name->setText(person.name);

    m_relation->setObjectName(QStringLiteral("relationCombo"));
    m_relation->setEditable(true);
    m_relation->setInsertPolicy(QComboBox::NoInsert);
    for (const QString& key : Vocabulary::relationKeys()) {
        m_relation->addItem(Vocabulary::relationLabel(key), key);
    }
    m_relation->lineEdit()->setPlaceholderText(tr("Choose one or type your own word"));
    const int preset = m_relation->findData(person.relation);
    if (preset >= 0) {
        m_relation->setCurrentIndex(preset);
    } else {
        m_relation->setCurrentIndex(-1);
        m_relation->setEditText(person.relation);
    }

    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlainText(person.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 16);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Relation:"), m_relation);
    form()->addRow(tr("N&otes:"), m_notes);
    m_name->setFocus();
}

Person PersonDialog::person() const
{
    Person out = m_original;
    out.name = m_name->text().trimmed();
    const QString typed = m_relation->currentText().trimmed();
    const int preset = m_relation->findText(typed, Qt::MatchFixedString);
    out.relation = preset >= 0 ? m_relation->itemData(preset).toString() : typed;
    out.notes = m_notes->toPlainText();
    return out;
}

QString PersonDialog::check()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_name->setFocus();
        return tr("Please enter the person's name.");
    }
    return QString();
}

FormDialog::Subject PersonDialog::subject() const
{
    return {QStringLiteral("person"), m_original.id};
}

} // namespace rebind
