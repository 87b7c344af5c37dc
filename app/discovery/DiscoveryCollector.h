// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Finding.h"
#include "SmsMatcher.h"

#include <QHash>
#include <QList>

namespace rebind {

// Gathers the findings of a scan: one per service, with counts and dates; the messages
// themselves are not kept (only the newest masked excerpt per service).
class DiscoveryCollector
{
public:
    explicit DiscoveryCollector(const ServiceIndex& index);

    void addSms(const SmsMessage& message);
    // A found service from another source (password export).
    void add(const Finding& finding);

    // Riskier first (critical → low, unrecognised last), then by name.
    QList<Finding> findings() const;
    qint64 messagesSeen() const { return m_messages; }

private:
    void merge(const Finding& finding);

    SmsMatcher m_matcher;
    QHash<QString, Finding> m_byKey;
    qint64 m_messages = 0;
};

} // namespace rebind
