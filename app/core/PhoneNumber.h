// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace rebind {

// A validated phone number. Stored as E.164; everything else is derived through libphonenumber.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    PhoneNumber() = default;

    // Accepts the spellings people actually type (13800138000, 138-0013-8000, +86 138 0013 8000,
    // 0086 …, 86 …); numbers without a country code are read in defaultRegion.
    static Result<PhoneNumber> parse(const QString& input,
                                     const QString& defaultRegion = QStringLiteral("CN"));
    // What a person typed into Rebind: read as a Chinese number first (the numbers Rebind is
    // mostly about), and only when that fails in localRegion (the computer's territory, by
    // default), so that a British user can type 07400 123456. Errors are those of the first try.
    static Result<PhoneNumber> parseTyped(const QString& input,
                                          const QString& localRegion = systemRegion());
    // The ISO code of the system locale's territory ("GB"), empty when it has none.
    static QString systemRegion();
    // For values read back from the vault, which were validated when written.
    static PhoneNumber fromE164(const QString& e164);

    bool isNull() const { return m_e164.isEmpty(); }
    QString e164() const { return m_e164; }
    QString regionCode() const;
    // Chinese numbers in the national 3-4-4 grouping (138 0013 8000), others internationally.
    QString display() const;
    // 138 **** 8000, +44 79** **3456: for print-outs and screens that others may see. Grouped as
    // display(); the last four digits stay visible.
    QString masked() const;
    // Every spelling a person or a file might use for this number (for matching, not display).
    QStringList spellings() const;

    bool operator==(const PhoneNumber& other) const { return m_e164 == other.m_e164; }
    bool operator!=(const PhoneNumber& other) const { return !(*this == other); }

private:
    explicit PhoneNumber(QString e164) : m_e164(std::move(e164)) {}
    QString m_e164;
};

} // namespace rebind
