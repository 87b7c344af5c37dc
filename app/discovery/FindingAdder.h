// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSet>

namespace rebind {

class Inventory;

// Adds found services to a number, in one transaction, with the roles the evidence suggests.
// Services the number lists already are left alone. The note says only what was found and how
// often, never what a message said.
class FindingAdder
{
    Q_DECLARE_TR_FUNCTIONS(FindingAdder)

public:
    // Returns how many services were added.
    static Result<int> add(Inventory& inventory, qint64 numberId, const QList<Finding>& findings,
                           const QString& language);
    static QString note(const Finding& finding);
    // The keys (see listedKey) of the services the number lists already.
    static Result<QSet<QString>> listed(const Inventory& inventory, qint64 numberId);
    // A finding's key in listed(): the catalog id, or the name of a service of one's own.
    static QString listedKey(const Finding& finding);
};

} // namespace rebind
