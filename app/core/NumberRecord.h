// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PhoneNumber.h"

#include <QDate>

namespace rebind {

enum class NumberStatus
{
    InUse,
    Cancelling,
    Cancelled,
    Received
};

// One number a person owns (or has just received), and what is planned for it.
struct NumberRecord
{
    qint64 id = 0;
    QString uid;
    qint64 personId = 0;
    PhoneNumber number;
    NumberStatus status = NumberStatus::InUse;
    QDate cancelDate;        // invalid when no date is planned
    PhoneNumber replacement; // null when none is known yet
    QString carrier;
    QString notes;
};

} // namespace rebind
