#include "ChecklistCollector.h"

#include "Catalog.h"
#include "Inventory.h"
#include "PlanText.h"
#include "ServiceText.h"
#include "VaultPlan.h"

#include <QHash>

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
            // The plan has everything else; the bindings are read again only for accounts.
            QHash<qint64, QString> accounts;
            if (options.includeAccounts) {
                auto bindings = inventory.bindings(record.id);
                if (!bindings) {
                    return bindings.error();
                }
                for (const Binding& binding : std::as_const(*bindings)) {
                    accounts.insert(binding.id, binding.account);
                }
            }
            ChecklistSheet sheet{owner.person, record, *std::move(plan), {}};
            for (const PlanItem& item : std::as_const(sheet.plan.items)) {
                ChecklistEntry entry;
                entry.item = item;
                entry.title = PlanText::title(item);
                entry.instruction = PlanText::instruction(item, record, !options.showNumbers);
                const CatalogEntry* known = item.serviceKey.startsWith(QLatin1String("custom:"))
                                                ? nullptr
                                                : catalog.find(item.serviceKey);
                if (known != nullptr) {
                    entry.title = known->name(language);
                    const QString otherName = known->name(other);
                    entry.otherTitle = otherName != entry.title ? otherName : QString();
                    entry.warnings = ServiceText::warnings(*known);
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
                }
                sheet.entries.append(entry);
            }
            sheets.append(sheet);
        }
    }
    return sheets;
}

} // namespace rebind
