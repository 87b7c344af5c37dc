// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ValueParser.h"

#include "VaultKey.h"
#include "Vocabulary.h"

#include <QRegularExpression>

namespace rebind::cli {

namespace {

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<QDate> ValueParser::date(const QString& text, const QString& option)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString trimmed = text.trimmed();
    const QDate parsed = QDate::fromString(trimmed, Qt::ISODate);
    if (!shape.match(trimmed).hasMatch() || !parsed.isValid()) {
        return invalid(tr("“%1” is not a valid date for --%2: write it as YYYY-MM-DD, for "
                          "example 2025-06-30.")
                           .arg(text, option));
    }
    return parsed;
}

Result<PhoneNumber> ValueParser::phoneNumber(const QString& text)
{
    auto parsed = PhoneNumber::parseTyped(text);
    if (!parsed) {
        return invalid(parsed.message());
    }
    return parsed;
}

Result<BindingRoles> ValueParser::roles(const QStringList& values)
{
    BindingRoles roles;
    for (const QString& value : values) {
        for (const QString& part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto role = Vocabulary::roleFromKey(part);
            if (!role) {
                return invalid(tr("“%1” is not a role. Valid roles: %2.")
                                   .arg(part.trimmed(), keyList(Vocabulary::roles())));
            }
            roles |= *role;
        }
    }
    return roles;
}

Result<BindingAction> ValueParser::action(const QString& text)
{
    if (const auto action = Vocabulary::actionFromKey(text)) {
        return *action;
    }
    return invalid(tr("“%1” is not an action. Valid actions: %2.")
                       .arg(text.trimmed(), keyList(Vocabulary::actions())));
}

Result<BindingStatus> ValueParser::bindingStatus(const QString& text)
{
    if (const auto status = Vocabulary::statusFromKey(text)) {
        return *status;
    }
    return invalid(tr("“%1” is not a status. Valid statuses: %2.")
                       .arg(text.trimmed(), keyList(Vocabulary::statuses())));
}

Result<NumberStatus> ValueParser::numberStatus(const QString& text)
{
    if (const auto status = Vocabulary::numberStatusFromKey(text)) {
        return *status;
    }
    return invalid(tr("“%1” is not a number status. Valid statuses: %2.")
                       .arg(text.trimmed(), keyList(Vocabulary::numberStatuses())));
}

Result<QString> ValueParser::category(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    for (const QString& key : Vocabulary::categoryKeys()) {
        if (key == wanted ||
            Vocabulary::categoryLabel(key).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return key;
        }
    }
    return invalid(tr("“%1” is not a category. Valid categories: %2.")
                       .arg(text.trimmed(), Vocabulary::categoryKeys().join(QStringLiteral(", "))));
}

QString ValueParser::relation(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (const QString& key : Vocabulary::relationKeys()) {
        if (key.compare(trimmed, Qt::CaseInsensitive) == 0 ||
            Vocabulary::relationLabel(key).compare(trimmed, Qt::CaseInsensitive) == 0) {
            return key;
        }
    }
    return trimmed;
}

Result<int> ValueParser::milliseconds(const QString& text, const QString& option)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    constexpr int kMax = 60000;
    if (!ok || value < 1 || value > kMax) {
        return invalid(tr("“%1” is not a valid time for --%2: give whole milliseconds between 1 "
                          "and %3.")
                           .arg(text, option)
                           .arg(kMax));
    }
    return value;
}

Result<int> ValueParser::count(const QString& text, const QString& option, int max)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1 || value > max) {
        return invalid(tr("“%1” is not a valid number for --%2: give a whole number between 1 "
                          "and %3.")
                           .arg(text, option)
                           .arg(max));
    }
    return value;
}

Result<QString> ValueParser::market(const QString& text)
{
    const QString wanted = text.trimmed().toLower();
    if (wanted == QLatin1String("cn") || wanted == QLatin1String("china")) {
        return QStringLiteral("cn");
    }
    if (wanted == QLatin1String("global")) {
        return QStringLiteral("global");
    }
    return invalid(tr("“%1” is not a market. Valid markets: cn (mainland China), global.")
                       .arg(text.trimmed()));
}

Result<int> ValueParser::decryptionTime(const QCommandLineParser& options,
                                        const QCommandLineOption& option)
{
    if (!options.isSet(option)) {
        return int(VaultKey::kDefaultDecryptionMs);
    }
    return milliseconds(options.value(option), option.names().constFirst());
}

} // namespace rebind::cli
