// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QString>

namespace rebind {

enum class BindingRole
{
    Login = 0x01,        // the number is the login name
    SmsLogin = 0x02,     // can sign in with only an SMS code
    TwoFactor = 0x04,    // second factor
    Recovery = 0x08,     // account recovery
    BankReserved = 0x10, // payment / bank reserved number (预留手机号)
    Notifications = 0x20,
};
Q_DECLARE_FLAGS(BindingRoles, BindingRole)
Q_DECLARE_OPERATORS_FOR_FLAGS(BindingRoles)

enum class BindingAction
{
    Rebind,
    Unbind,
    Close,
    Keep
};
enum class BindingStatus
{
    ToDo,
    InProgress,
    Waiting,
    Done,
    Verified,
    NotNeeded
};

// A number tied to a service, and what the user plans to do about it.
struct Binding
{
    qint64 id = 0;
    QString uid;
    qint64 numberId = 0;
    qint64 serviceId = 0;
    QString account;
    BindingRoles roles;
    BindingAction action = BindingAction::Rebind;
    BindingStatus status = BindingStatus::ToDo;
    QDate due; // invalid when none
    QString notes;
    QDateTime createdAt;
    QDateTime updatedAt;
};

} // namespace rebind
