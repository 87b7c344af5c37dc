// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Event.h"

#include <functional>
#include <QCoreApplication>

namespace rebind {

// How one entry of a binding's history reads: "Status: To do → Done", "Added", "Deleted".
// Stored keys become the same translated labels the table shows.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    using ServiceName = std::function<QString(qint64 serviceId)>;
    static QString describe(const Event& event, const ServiceName& serviceName);
    // The several fields one edit changed, joined: "Status: … → …; Due: … → …" (separator
    // null: "; " in the current language).
    static QString describe(const QList<Event>& change, const ServiceName& serviceName,
                            const QString& separator = QString());
};

} // namespace rebind
