// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"
#include "NumberRecord.h"
#include "PhoneNumber.h"
#include "Result.h"
#include "Vocabulary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace rebind::cli {

// Turns command-line text into domain values. Every error is ErrorCode::InvalidInput with a
// translated message that names the valid choices, so that it reads well as a usage error.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(ValueParser)

public:
    // Strictly YYYY-MM-DD, and a real calendar day.
    static Result<QDate> date(const QString& text, const QString& option);
    static Result<PhoneNumber> phoneNumber(const QString& text);
    // Each value may itself be a comma-separated list: --role login,sms-login.
    static Result<BindingRoles> roles(const QStringList& values);
    static Result<BindingAction> action(const QString& text);
    static Result<BindingStatus> bindingStatus(const QString& text);
    static Result<NumberStatus> numberStatus(const QString& text);
    static Result<QString> category(const QString& text);
    // A preset relation key when the text names one (by key or by its translated label), else
    // the person's own word unchanged.
    static QString relation(const QString& text);
    static Result<int> milliseconds(const QString& text, const QString& option);
    // A whole number from 1 to max, e.g. for --limit.
    static Result<int> count(const QString& text, const QString& option, int max);
    // A catalog market: "cn" (mainland China; "china" is accepted too) or "global".
    static Result<QString> market(const QString& text);
    // The --decryption-time of init and passwd: the given milliseconds, else the default.
    static Result<int> decryptionTime(const QCommandLineParser& options,
                                      const QCommandLineOption& option);

    // "login, sms-login, …": the stored keys of an enumeration, for help and error messages.
    template <typename Enum> static QString keyList(const QList<Enum>& values)
    {
        QStringList keys;
        for (Enum value : values) {
            keys.append(Vocabulary::key(value));
        }
        return keys.join(QStringLiteral(", "));
    }
};

} // namespace rebind::cli
