// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormDialog.h"
#include "NumberRecord.h"
#include "Person.h"

#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rebind {

class OptionalDateEdit;

// Add or edit a phone number: whose it is, the number (checked with libphonenumber as it is
// typed), its status, the planned cancel date, the new number, the carrier and notes.
class NumberDialog : public FormDialog
{
    Q_OBJECT

public:
    NumberDialog(const NumberRecord& record, const QList<Person>& people,
                 QWidget* parent = nullptr);

    // The edited record (id and uid kept from the one given). Only meaningful after check().
    NumberRecord record() const;

    QComboBox* ownerCombo() const { return m_owner; }
    QLineEdit* numberEdit() const { return m_number; }
    QLabel* numberHint() const { return m_numberHint; }
    QComboBox* statusCombo() const { return m_status; }
    OptionalDateEdit* cancelDateEdit() const { return m_cancelDate; }
    QLineEdit* replacementEdit() const { return m_replacement; }
    QLabel* replacementHint() const { return m_replacementHint; }
    QComboBox* carrierCombo() const { return m_carrier; }
    // Under the carrier while it shows the one guessed from the number's prefix.
    QLabel* carrierHint() const { return m_carrierHint; }
    QPlainTextEdit* notesEdit() const { return m_notes; }

    Subject subject() const override;

protected:
    QString check() override;

private:
    // Shows the verdict on input under it; returns the parsed number (null when empty/invalid).
    static Result<PhoneNumber> validate(const QString& input, bool optional, QLabel* hint);
    // Offers the carriers of the number's region and fills in the one its prefix was given to,
    // unless the person chose or typed one.
    void updateCarrier();

    NumberRecord m_original;
    QComboBox* m_owner;
    QLineEdit* m_number;
    QLabel* m_numberHint;
    QComboBox* m_status;
    OptionalDateEdit* m_cancelDate;
    QLineEdit* m_replacement;
    QLabel* m_replacementHint;
    QComboBox* m_carrier;
    QLabel* m_carrierHint;
    QPlainTextEdit* m_notes;
    QString m_carrierRegion;
    QString m_guessedCarrier; // what updateCarrier() put in, while it is still there
    bool m_carrierChosen = false;
};

} // namespace rebind
