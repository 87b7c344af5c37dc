// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindingAdder.h"

#include "DisplayText.h"
#include "Inventory.h"

namespace rebind {

QString FindingAdder::note(const Finding& finding)
{
    const int count = static_cast<int>(finding.count);
    return finding.lastSeen.isValid()
               ? tr("Found by scanning: %1, %n time(s), last on %2.", "", count)
                     .arg(finding.evidence, DisplayText::date(finding.lastSeen.date()))
               : tr("Found by scanning: %1, %n time(s).", "", count).arg(finding.evidence);
}

QString FindingAdder::listedKey(const Finding& finding)
{
    return finding.entry != nullptr ? finding.entry->id : QStringLiteral("name:") + finding.name;
}

Result<QSet<QString>> FindingAdder::listed(const Inventory& inventory, qint64 numberId)
{
    auto bindings = inventory.bindings(numberId);
    auto services = inventory.services();
    if (!bindings || !services) {
        return !bindings ? bindings.error() : services.error();
    }
    QSet<QString> keys;
    for (const Binding& binding : *bindings) {
        for (const Service& service : *services) {
            if (service.id == binding.serviceId) {
                keys.insert(service.isCustom() ? QStringLiteral("name:") + service.name
                                               : service.catalogId);
            }
        }
    }
    return keys;
}

Result<int> FindingAdder::add(Inventory& inventory, qint64 numberId, const QList<Finding>& findings,
                              const QString& language)
{
    auto listedKeys = listed(inventory, numberId);
    if (!listedKeys) {
        return listedKeys.error();
    }
    QSet<QString> present = *std::move(listedKeys);
    int added = 0;
    auto done = inventory.transaction([&]() -> Result<void> {
        for (const Finding& f : findings) {
            const QString key = listedKey(f);
            if (present.contains(key)) {
                continue;
            }
            Service service;
            if (f.entry != nullptr) {
                service.catalogId = f.entry->id;
                service.name = f.entry->name(language);
                service.category = f.entry->category;
            } else {
                service.name = f.name;
            }
            Binding binding;
            binding.numberId = numberId;
            binding.roles = f.roles();
            binding.notes = note(f);
            auto inserted = inventory.addBinding(binding, service);
            if (!inserted) {
                if (inserted.code() == ErrorCode::Duplicate) {
                    continue;
                }
                return inserted.error();
            }
            present.insert(key);
            ++added;
        }
        return {};
    });
    if (!done) {
        return done.error();
    }
    return added;
}

} // namespace rebind
