// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistCollector.h"

#include "Catalog.h"
#include "Inventory.h"
#include "PlanText.h"
#include "ServiceText.h"
#include "VaultPlan.h"

#include <algorithm>
#include <optional>
#include <QHash>
#include <QRegularExpression>

namespace rebind {

namespace {

std::optional<StepKind> stepKindOf(BindingAction action)
{
    switch (action) {
    case BindingAction::Rebind:
        return StepKind::Rebind;
    case BindingAction::Unbind:
        return StepKind::Unbind;
    case BindingAction::Close:
        return StepKind::Close;
    case BindingAction::Keep:
        break;
    }
    return std::nullopt;
}

// The old number as PlanText prints it and as the checklist shows it: worked out once per
// number, since formatting a number (libphonenumber) costs more than the rest of an item.
struct OldNumber
{
    QString display;
    QString masked;
};

// What the item says to do, with each number shown as options ask: PlanText masks both numbers
// or neither, and the checklist masks only the old one unless asked otherwise. owner: whose
// ID card the texts name.
QString instructionFor(const PlanItem& item, const NumberRecord& record,
                       const ChecklistOptions& options, const NumberOwner& owner,
                       const OldNumber& old)
{
    if (!options.showsNewNumber()) {
        return PlanText::instruction(item, record, true, owner);
    }
    QString text = PlanText::instruction(item, record, false, owner);
    if (!options.showsOldNumber() && !record.number.isNull()) {
        text.replace(old.display, old.masked);
    }
    return text;
}

// Typed text (a reason for waiting) names the numbers however the person spelled them: each
// spelling of a number that is to be masked is.
QString masked(QString text, const NumberRecord& record, const ChecklistOptions& options)
{
    const auto mask = [&text](const PhoneNumber& number) {
        if (number.isNull()) {
            return;
        }
        QStringList spellings = number.spellings();
        // The longest first: "+86 139 …" before "139 …".
        std::sort(spellings.begin(), spellings.end(),
                  [](const QString& a, const QString& b) { return a.size() > b.size(); });
        for (const QString& spelling : std::as_const(spellings)) {
            if (!spelling.isEmpty()) {
                text.replace(spelling, number.masked());
            }
        }
    };
    if (!options.showsOldNumber()) {
        mask(record.number);
    }
    if (!options.showsNewNumber()) {
        mask(record.replacement);
    }
    return text;
}

struct Waiting
{
    QDate since;
    QString reason;
};

// The walk-through keeps the reason for "Can't do it now" as a line of the binding's notes,
// "Can't do it now (2026-11-28): …" in the language of the day (full-width brackets and colon
// in Chinese). The newest such line is the reason; the rest of the notes stay private.
std::optional<Waiting> waitingReason(const QString& notes)
{
    static const QRegularExpression line(
        QStringLiteral("^.*?[(（]\\s*(\\d{4}-\\d{2}-\\d{2})\\s*[)）]\\s*[:：]\\s*(\\S.*)$"));
    const QStringList lines = notes.split(QLatin1Char('\n'));
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const auto match = line.match(it->trimmed());
        if (match.hasMatch()) {
            return Waiting{QDate::fromString(match.captured(1), Qt::ISODate),
                           match.captured(2).trimmed()};
        }
    }
    return std::nullopt;
}

} // namespace

Result<QList<ChecklistSheet>> ChecklistCollector::collect(const Inventory& inventory,
                                                          const ExportScope& scope,
                                                          const ChecklistOptions& options,
                                                          const Catalog& catalog)
{
    const QString language =
        options.language.isEmpty() ? ServiceText::language() : options.language;
    const QString other =
        language.startsWith(QLatin1String("zh")) ? QStringLiteral("en") : QStringLiteral("zh_CN");
    auto owners = scope.resolve(inventory);
    if (!owners) {
        return owners.error();
    }
    QList<ChecklistSheet> sheets;
    for (const ExportScope::Owner& owner : *owners) {
        for (const NumberRecord& record : owner.numbers) {
            auto plan = VaultPlan::build(inventory, record, options.today);
            if (!plan) {
                return plan.error();
            }
            // The plan has everything else; the bindings are read again for accounts (when
            // asked for) and for why an item waits.
            QHash<qint64, QString> accounts;
            QHash<qint64, Waiting> waiting;
            auto bindings = inventory.bindings(record.id);
            if (!bindings) {
                return bindings.error();
            }
            for (const Binding& binding : std::as_const(*bindings)) {
                if (options.includeAccounts) {
                    accounts.insert(binding.id, binding.account);
                }
                if (binding.status == BindingStatus::Waiting) {
                    if (auto why = waitingReason(binding.notes)) {
                        waiting.insert(binding.id, *why);
                    }
                }
            }
            ChecklistSheet sheet{owner.person, record, *std::move(plan), {}};
            // A daughter printing her mother's list must read "your mother's ID card".
            const NumberOwner whose = NumberOwner::of(owner.person);
            const OldNumber old = record.number.isNull()
                                      ? OldNumber{}
                                      : OldNumber{record.number.display(), record.number.masked()};
            for (const PlanItem& item : std::as_const(sheet.plan.items)) {
                ChecklistEntry entry;
                entry.item = item;
                entry.title = PlanText::title(item, whose);
                entry.instruction = instructionFor(item, record, options, whose, old);
                const CatalogEntry* known = item.serviceKey.startsWith(QLatin1String("custom:"))
                                                ? nullptr
                                                : catalog.find(item.serviceKey);
                if (known != nullptr) {
                    entry.title = known->name(language);
                    const QString otherName = known->name(other);
                    entry.otherTitle = otherName != entry.title ? otherName : QString();
                    entry.warnings = ServiceText::warnings(*known, whose);
                    if (item.phoneLine) {
                        // The instruction above it says so already.
                        entry.warnings.removeAll(ServiceText::phoneLineWarning());
                    }
                    entry.url = known->helpUrl;
                }
                if (const auto kind = stepKindOf(item.action);
                    kind && item.kind == PlanItem::Kind::Binding) {
                    auto own = inventory.stepOverride(item.serviceKey, catalogKey(*kind));
                    if (!own) {
                        return own.error();
                    }
                    entry.steps = !own->isEmpty()    ? *own
                                  : known != nullptr ? known->steps.value(*kind).in(language)
                                                     : QStringList();
                    if (known != nullptr && *kind == StepKind::Rebind) {
                        if (known->channels.size() > 1 || known->isCancelOrKeep()) {
                            entry.stepsTitle = ServiceText::kindTitle(*kind, *known);
                        }
                        for (const ServiceText::Way& way :
                             ServiceText::otherWays(*known, language)) {
                            entry.otherWays.append({way.title, way.steps});
                        }
                        entry.note = known->note.in(language);
                    }
                    if (known != nullptr && known->isCurated() && own->isEmpty() &&
                        known->confidence == QLatin1String("low")) {
                        entry.unverified = ServiceText::unverifiedNote();
                    }
                }
                if (item.kind == PlanItem::Kind::Binding) {
                    entry.account = accounts.value(item.bindingId);
                    if (const auto why = waiting.constFind(item.bindingId); why != waiting.cend()) {
                        entry.waitingReason = masked(why->reason, record, options);
                        entry.waitingSince = why->since;
                    }
                }
                sheet.entries.append(entry);
            }
            sheets.append(sheet);
        }
    }
    return sheets;
}

} // namespace rebind
