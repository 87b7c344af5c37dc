// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace rebind::cli {

// The catalog for scripts: stored keys and both languages, never translated labels.
//
// summary (catalog list, catalog search): id, names {zh, en}, market ("cn", "global"), category
// (a category key), tier ("critical", "high", "medium", "low"), flags {sms_login,
// old_number_needed, in_person, can_unbind, can_close} (old_number_needed and in_person derived
// from old_number and channels), detail ("curated", "public"), action_kind ("rebind",
// "cancel-or-keep"), confidence (derived from the sources; null for public entries),
// has_steps {zh, en}.
//
// full (catalog show): the summary plus aliases, domains, sms {signatures, senders}, keywords,
// android_packages, company (id or null), generic, old_number {kind, alternatives} (null for
// public entries), channels [{kind, steps {zh, en}}], steps {rebind, unbind, close} each
// {zh: [..], en: [..]} (rebind: the first channel's; empty lists where the catalog has none),
// note {zh, en}, lost_number {zh, en}, help_url, deletion {url, difficulty}, sources
// [{url, seen, official, note}], last_reviewed
// (YYYY-MM-DD), tfa (2FA methods), phone_verification and default_roles (the role keys
// add-binding uses when none are given). Missing texts are null.
class CatalogJson
{
public:
    static QJsonObject summary(const CatalogEntry& entry);
    static QJsonObject full(const CatalogEntry& entry);
    // An array of summaries.
    static QByteArray render(const QList<const CatalogEntry*>& entries);
    static QByteArray render(const CatalogEntry& entry);

    static QString detailKey(CatalogEntry::Detail detail);
};

} // namespace rebind::cli
