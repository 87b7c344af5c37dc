// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormDialog.h"
#include "Person.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace rebind {

// Add or edit a person: name, relation (a preset or the user's own word) and notes.
class PersonDialog : public FormDialog
{
    Q_OBJECT

public:
    PersonDialog(const Person& person, QWidget* parent = nullptr);

    // The edited person (id and uid kept from the one given).
    Person person() const;

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* relationCombo() const { return m_relation; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    Subject subject() const override;

protected:
    QString check() override;

private:
    Person m_original;
    QLineEdit* m_name;
    QComboBox* m_relation;
    QPlainTextEdit* m_notes;
};

} // namespace rebind
