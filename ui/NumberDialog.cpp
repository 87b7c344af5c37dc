// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NumberDialog.h"

#include "CarrierHint.h"
#include "DisplayText.h"
#include "OptionalDateEdit.h"
#include "ServiceText.h"
#include "ThemeColors.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace rebind {

namespace {
QWidget* stacked(QWidget* parent, QWidget* field, QLabel* hint)
{
    auto* box = new QWidget(parent);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(field);
    layout->addWidget(hint);
    box->setFocusProxy(field);
    return box;
}
} // namespace

NumberDialog::NumberDialog(const NumberRecord& record, const QList<Person>& people, QWidget* parent)
    : FormDialog(parent), m_original(record), m_owner(new QComboBox(this)),
      m_number(new QLineEdit(this)), m_numberHint(new QLabel(this)), m_status(new QComboBox(this)),
      m_cancelDate(new OptionalDateEdit(tr("Not set"), this)), m_replacement(new QLineEdit(this)),
      m_replacementHint(new QLabel(this)), m_carrier(new QComboBox(this)),
      m_carrierHint(new QLabel(this)), m_notes(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("numberDialog"));
    setWindowTitle(record.id == 0 ? tr("Add a phone number") : tr("Edit phone number"));

    m_owner->setObjectName(QStringLiteral("ownerCombo"));
    for (const Person& person : people) {
        m_owner->addItem(DisplayText::person(person), person.id);
    }
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(record.personId)));

    m_number->setObjectName(QStringLiteral("numberEdit"));
    m_number->setPlaceholderText(tr("For example 138 0013 8000"));
    m_number->setText(record.number.isNull() ? QString() : record.number.display());
    m_numberHint->setObjectName(QStringLiteral("numberHint"));
    m_numberHint->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("statusCombo"));
    for (NumberStatus status : Vocabulary::numberStatuses()) {
        m_status->addItem(Vocabulary::label(status), static_cast<int>(status));
    }
    m_status->setCurrentIndex(std::max(0, m_status->findData(static_cast<int>(record.status))));

    m_cancelDate->setObjectName(QStringLiteral("cancelDateEdit"));
    m_cancelDate->setDate(record.cancelDate);

    m_replacement->setObjectName(QStringLiteral("replacementEdit"));
    m_replacement->setPlaceholderText(tr("Leave empty if not known yet"));
    m_replacement->setText(record.replacement.isNull() ? QString() : record.replacement.display());
    m_replacementHint->setObjectName(QStringLiteral("replacementHint"));
    m_replacementHint->setWordWrap(true);

    m_carrier->setObjectName(QStringLiteral("carrierCombo"));
    m_carrier->setEditable(true);
    m_carrier->setInsertPolicy(QComboBox::NoInsert);
    m_carrier->setEditText(record.carrier);
    m_carrierHint->setObjectName(QStringLiteral("carrierHint"));
    m_carrierHint->setWordWrap(true);
    ThemeColors::setQuietText(m_carrierHint);
    m_carrierHint->setText(
        tr("Guessed from the number's prefix: the number may have moved to another carrier."));
    m_carrierHint->hide();

    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlainText(record.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 16);

    form()->addRow(tr("&Whose number:"), m_owner);
    form()->addRow(tr("&Number:"), stacked(this, m_number, m_numberHint));
    form()->addRow(tr("S&tatus:"), m_status);
    form()->addRow(tr("&Cancel date:"), m_cancelDate);
    form()->addRow(tr("N&ew number:"), stacked(this, m_replacement, m_replacementHint));
    form()->addRow(tr("C&arrier:"), stacked(this, m_carrier, m_carrierHint));
    form()->addRow(tr("N&otes:"), m_notes);

    connect(m_number, &QLineEdit::textChanged, this, [this](const QString& text) {
        validate(text, false, m_numberHint);
        updateCarrier();
    });
    // Only the person's own choice counts as chosen: textEdited and activated are not sent for
    // what updateCarrier() fills in.
    connect(m_carrier->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_carrierChosen = !m_carrier->currentText().trimmed().isEmpty();
        m_carrierHint->setVisible(false);
    });
    connect(m_carrier, &QComboBox::activated, this, [this] {
        m_carrierChosen = true;
        m_carrierHint->setVisible(false);
    });
    connect(m_carrier, &QComboBox::editTextChanged, this, [this](const QString& text) {
        m_carrierHint->setVisible(!m_guessedCarrier.isEmpty() && text == m_guessedCarrier);
    });
    connect(m_replacement, &QLineEdit::textChanged, this,
            [this](const QString& text) { validate(text, true, m_replacementHint); });
    validate(m_number->text(), false, m_numberHint);
    validate(m_replacement->text(), true, m_replacementHint);
    // Opening a saved number only offers its region's carriers: a guess written in unasked
    // would be saved as if the person had chosen it.
    m_carrierChosen = true;
    updateCarrier();
    m_carrierChosen = !record.carrier.isEmpty();
    m_number->setFocus();
}

void NumberDialog::updateCarrier()
{
    const QString language = ServiceText::language();
    const auto parsed = PhoneNumber::parseTyped(m_number->text());
    const PhoneNumber number = parsed ? *parsed : PhoneNumber();
    // Before a number is typed, the carriers of the region numbers are read in by default.
    const QString region = number.isNull() ? QStringLiteral("CN") : number.regionCode();
    if (region != m_carrierRegion) {
        m_carrierRegion = region;
        const QString typed = m_carrier->currentText();
        const QSignalBlocker blocker(m_carrier);
        m_carrier->clear();
        m_carrier->addItems(CarrierHint::carriersIn(region, language));
        m_carrier->setCurrentIndex(-1);
        m_carrier->setEditText(typed);
    }
    if (m_carrierChosen) {
        return;
    }
    const QString guess = CarrierHint::carrier(number, language);
    if (m_carrier->currentText() == m_guessedCarrier || m_carrier->currentText().isEmpty()) {
        m_guessedCarrier = guess;
        m_carrier->setEditText(guess);
    }
    m_carrierHint->setVisible(!guess.isEmpty() && m_carrier->currentText() == guess);
}

Result<PhoneNumber> NumberDialog::validate(const QString& input, bool optional, QLabel* hint)
{
    if (input.trimmed().isEmpty()) {
        ThemeColors::setTextTone(hint, Tone::Neutral);
        hint->setText(optional ? QString()
                               : tr("Type the number as you know it; spaces and dashes are fine."));
        hint->setVisible(!hint->text().isEmpty());
        return PhoneNumber();
    }
    auto parsed = PhoneNumber::parseTyped(input);
    if (!parsed) {
        ThemeColors::setTextTone(hint, Tone::Danger);
        hint->setText(parsed.message());
    } else {
        ThemeColors::setTextTone(hint, Tone::Good);
        hint->setText(tr("✓ %1").arg(parsed->display()));
    }
    hint->show();
    return parsed;
}

QString NumberDialog::check()
{
    if (m_owner->currentIndex() < 0) {
        m_owner->setFocus();
        return tr("Add a person first: every number belongs to someone.");
    }
    const auto number = validate(m_number->text(), false, m_numberHint);
    if (!number || number->isNull()) {
        m_number->setFocus();
        return number ? tr("Please enter the phone number.") : number.message();
    }
    const auto replacement = validate(m_replacement->text(), true, m_replacementHint);
    if (!replacement) {
        m_replacement->setFocus();
        return replacement.message();
    }
    if (*replacement == *number) {
        m_replacement->setFocus();
        return tr("The new number must differ from the number being replaced.");
    }
    if (const QString problem = m_cancelDate->problem(); !problem.isEmpty()) {
        m_cancelDate->setFocus();
        return problem;
    }
    return QString();
}

NumberRecord NumberDialog::record() const
{
    NumberRecord out = m_original;
    out.personId = m_owner->currentData().toLongLong();
    auto number = PhoneNumber::parseTyped(m_number->text());
    out.number = number ? *number : PhoneNumber();
    auto replacement = PhoneNumber::parseTyped(m_replacement->text());
    out.replacement =
        (!m_replacement->text().trimmed().isEmpty() && replacement) ? *replacement : PhoneNumber();
    out.status = static_cast<NumberStatus>(m_status->currentData().toInt());
    out.cancelDate = m_cancelDate->date();
    out.carrier = m_carrier->currentText().trimmed();
    out.notes = m_notes->toPlainText();
    return out;
}

FormDialog::Subject NumberDialog::subject() const
{
    return {QStringLiteral("number"), m_original.id};
}

} // namespace rebind
