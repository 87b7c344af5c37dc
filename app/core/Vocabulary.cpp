// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Vocabulary.h"

namespace rebind {

namespace {

template <typename Enum> struct Entry
{
    Enum value;
    const char* key;
};

const Entry<NumberStatus> kNumberStatuses[] = {
    {NumberStatus::InUse, "in-use"},
    {NumberStatus::Cancelling, "cancelling"},
    {NumberStatus::Cancelled, "cancelled"},
    {NumberStatus::Received, "received"},
};

const Entry<BindingRole> kRoles[] = {
    {BindingRole::Login, "login"},
    {BindingRole::SmsLogin, "sms-login"},
    {BindingRole::TwoFactor, "2fa"},
    {BindingRole::Recovery, "recovery"},
    {BindingRole::BankReserved, "bank-reserved"},
    {BindingRole::Notifications, "notifications"},
};

const Entry<BindingAction> kActions[] = {
    {BindingAction::Rebind, "rebind"},
    {BindingAction::Unbind, "unbind"},
    {BindingAction::Close, "close"},
    {BindingAction::Keep, "keep"},
};

const Entry<BindingStatus> kStatuses[] = {
    {BindingStatus::ToDo, "to-do"},        {BindingStatus::InProgress, "in-progress"},
    {BindingStatus::Waiting, "waiting"},   {BindingStatus::Done, "done"},
    {BindingStatus::Verified, "verified"}, {BindingStatus::NotNeeded, "not-needed"},
};

const Entry<NewOwnerResult> kNewOwnerResults[] = {
    {NewOwnerResult::Free, "free"},
    {NewOwnerResult::SomeoneElse, "someone-else"},
    {NewOwnerResult::Mine, "mine"},
};

template <typename Enum, size_t N> QString keyOf(const Entry<Enum> (&table)[N], Enum value)
{
    for (const auto& entry : table) {
        if (entry.value == value) {
            return QString::fromLatin1(entry.key);
        }
    }
    return {};
}

template <typename Enum, size_t N>
std::optional<Enum> fromKey(const Entry<Enum> (&table)[N], const QString& key)
{
    // Accept the CLI's forgiving spellings too: "to_do", "In Progress", "todo".
    QString wanted = key.trimmed().toLower();
    wanted.replace(QLatin1Char('_'), QLatin1Char('-')).replace(QLatin1Char(' '), QLatin1Char('-'));
    for (const auto& entry : table) {
        const QString k = QString::fromLatin1(entry.key);
        if (k == wanted ||
            QString(k).remove(QLatin1Char('-')) == QString(wanted).remove(QLatin1Char('-'))) {
            return entry.value;
        }
    }
    return std::nullopt;
}

template <typename Enum, size_t N> QList<Enum> valuesOf(const Entry<Enum> (&table)[N])
{
    QList<Enum> out;
    for (const auto& entry : table) {
        out.append(entry.value);
    }
    return out;
}

} // namespace

QStringList Vocabulary::relationKeys()
{
    return {QStringLiteral("self"),        QStringLiteral("mother"),   QStringLiteral("father"),
            QStringLiteral("spouse"),      QStringLiteral("child"),    QStringLiteral("sibling"),
            QStringLiteral("grandparent"), QStringLiteral("relative"), QStringLiteral("friend"),
            QStringLiteral("other")};
}

QString Vocabulary::relationLabel(const QString& relation)
{
    if (relation == QLatin1String("self"))
        return tr("Self");
    if (relation == QLatin1String("mother"))
        return tr("Mother");
    if (relation == QLatin1String("father"))
        return tr("Father");
    if (relation == QLatin1String("spouse"))
        return tr("Spouse");
    if (relation == QLatin1String("child"))
        return tr("Child");
    if (relation == QLatin1String("sibling"))
        return tr("Brother or sister");
    if (relation == QLatin1String("grandparent"))
        return tr("Grandparent");
    if (relation == QLatin1String("relative"))
        return tr("Other relative");
    if (relation == QLatin1String("friend"))
        return tr("Friend");
    if (relation == QLatin1String("other"))
        return tr("Other");
    return relation;
}

QString Vocabulary::key(NewOwnerResult result)
{
    return keyOf(kNewOwnerResults, result);
}
std::optional<NewOwnerResult> Vocabulary::newOwnerResultFromKey(const QString& key)
{
    return fromKey(kNewOwnerResults, key);
}
QList<NewOwnerResult> Vocabulary::newOwnerResults()
{
    return valuesOf(kNewOwnerResults);
}

QString Vocabulary::label(NewOwnerResult result)
{
    switch (result) {
    case NewOwnerResult::Free:
        return tr("Free: no account uses it");
    case NewOwnerResult::SomeoneElse:
        return tr("Someone else's account uses it");
    case NewOwnerResult::Mine:
        return tr("My own account");
    }
    return {};
}

QString Vocabulary::key(NumberStatus status)
{
    return keyOf(kNumberStatuses, status);
}
std::optional<NumberStatus> Vocabulary::numberStatusFromKey(const QString& key)
{
    return fromKey(kNumberStatuses, key);
}
QList<NumberStatus> Vocabulary::numberStatuses()
{
    return valuesOf(kNumberStatuses);
}

QString Vocabulary::label(NumberStatus status)
{
    switch (status) {
    case NumberStatus::InUse:
        return tr("In use");
    case NumberStatus::Cancelling:
        return tr("Being cancelled");
    case NumberStatus::Cancelled:
        return tr("Cancelled");
    case NumberStatus::Received:
        return tr("Received (recycled)");
    }
    return {};
}

QString Vocabulary::key(BindingRole role)
{
    return keyOf(kRoles, role);
}
std::optional<BindingRole> Vocabulary::roleFromKey(const QString& key)
{
    return fromKey(kRoles, key);
}
QList<BindingRole> Vocabulary::roles()
{
    return valuesOf(kRoles);
}

QString Vocabulary::label(BindingRole role)
{
    switch (role) {
    case BindingRole::Login:
        return tr("Login name");
    case BindingRole::SmsLogin:
        return tr("SMS-code login");
    case BindingRole::TwoFactor:
        return tr("Two-step verification");
    case BindingRole::Recovery:
        return tr("Account recovery");
    case BindingRole::BankReserved:
        return tr("Payment / bank reserved number");
    case BindingRole::Notifications:
        return tr("Notifications");
    }
    return {};
}

QStringList Vocabulary::roleKeys(BindingRoles roles)
{
    QStringList out;
    for (const auto& entry : kRoles) {
        if (roles.testFlag(entry.value)) {
            out.append(QString::fromLatin1(entry.key));
        }
    }
    return out;
}

QString Vocabulary::roleLabels(BindingRoles roles)
{
    QStringList out;
    for (const auto& entry : kRoles) {
        if (roles.testFlag(entry.value)) {
            out.append(label(entry.value));
        }
    }
    return out.join(tr(", "));
}

QString Vocabulary::key(BindingAction action)
{
    return keyOf(kActions, action);
}
std::optional<BindingAction> Vocabulary::actionFromKey(const QString& key)
{
    return fromKey(kActions, key);
}
QList<BindingAction> Vocabulary::actions()
{
    return valuesOf(kActions);
}

QString Vocabulary::label(BindingAction action)
{
    switch (action) {
    case BindingAction::Rebind:
        return tr("Change to the new number");
    case BindingAction::Unbind:
        return tr("Remove the number");
    case BindingAction::Close:
        return tr("Close the account");
    case BindingAction::Keep:
        return tr("Keep as it is");
    }
    return {};
}

QString Vocabulary::key(BindingStatus status)
{
    return keyOf(kStatuses, status);
}
std::optional<BindingStatus> Vocabulary::statusFromKey(const QString& key)
{
    return fromKey(kStatuses, key);
}
QList<BindingStatus> Vocabulary::statuses()
{
    return valuesOf(kStatuses);
}

QString Vocabulary::label(BindingStatus status)
{
    switch (status) {
    case BindingStatus::ToDo:
        return tr("To do");
    case BindingStatus::InProgress:
        return tr("In progress");
    case BindingStatus::Waiting:
        return tr("Waiting");
    case BindingStatus::Done:
        return tr("Done");
    case BindingStatus::Verified:
        return tr("Verified");
    case BindingStatus::NotNeeded:
        return tr("Not needed");
    }
    return {};
}

QStringList Vocabulary::categoryKeys()
{
    return {QStringLiteral("payments"),
            QStringLiteral("banking"),
            QStringLiteral("credit-cards"),
            QStringLiteral("social"),
            QStringLiteral("shopping"),
            QStringLiteral("food"),
            QStringLiteral("travel"),
            QStringLiteral("government"),
            QStringLiteral("telecom"),
            QStringLiteral("email-cloud"),
            QStringLiteral("work-education"),
            QStringLiteral("health"),
            QStringLiteral("video-music"),
            QStringLiteral("gaming"),
            QStringLiteral("loans-investment"),
            QStringLiteral("utilities"),
            QStringLiteral("other")};
}

QString Vocabulary::categoryLabel(const QString& category)
{
    if (category == QLatin1String("payments"))
        return tr("Payments");
    if (category == QLatin1String("banking"))
        return tr("Banking");
    if (category == QLatin1String("credit-cards"))
        return tr("Credit cards");
    if (category == QLatin1String("social"))
        return tr("Social & messaging");
    if (category == QLatin1String("shopping"))
        return tr("Shopping");
    if (category == QLatin1String("food"))
        return tr("Food & delivery");
    if (category == QLatin1String("travel"))
        return tr("Travel & transport");
    if (category == QLatin1String("government"))
        return tr("Government & public services");
    if (category == QLatin1String("telecom"))
        return tr("Telecom");
    if (category == QLatin1String("email-cloud"))
        return tr("Email & cloud");
    if (category == QLatin1String("work-education"))
        return tr("Work & education");
    if (category == QLatin1String("health"))
        return tr("Health");
    if (category == QLatin1String("video-music"))
        return tr("Video & music");
    if (category == QLatin1String("gaming"))
        return tr("Gaming");
    if (category == QLatin1String("loans-investment"))
        return tr("Loans & investment");
    if (category == QLatin1String("utilities"))
        return tr("Utilities");
    if (category == QLatin1String("other"))
        return tr("Other");
    return category;
}

} // namespace rebind
