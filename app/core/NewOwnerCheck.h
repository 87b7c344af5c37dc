// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace rebind {

// What the new owner of a recycled number found when testing one service.
enum class NewOwnerResult
{
    Free,        // the service has no account on the number
    SomeoneElse, // an account of the previous owner (or someone else) uses it
    Mine         // the new owner's own account uses it
};

struct NewOwnerCheck
{
    QString serviceKey; // catalog id
    NewOwnerResult result = NewOwnerResult::Free;
    QDateTime updatedAt;
};

} // namespace rebind
