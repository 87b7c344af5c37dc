// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkCommand.h"

#include "Console.h"
#include "PlanAccess.h"
#include "PlanBuilder.h"
#include "PlanText.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "Vocabulary.h"

#include <QHash>

namespace rebind::cli {

QString MarkCommand::summary() const
{
    return tr("Record how far one item of a number's plan is (e.g. done).");
}

QString MarkCommand::synopsis() const
{
    return QStringLiteral("NUMBER SERVICE STATUS");
}

void MarkCommand::configure(QCommandLineParser& parser)
{
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A number in the vault, in any usual spelling."));
    parser.addPositionalArgument(
        QStringLiteral("SERVICE"),
        tr("A service tied to the number: its key from plan --json or list --json (catalog id "
           "or custom:<uid>) or its name; every account of that service is marked. Or one of "
           "the plan's own steps: %1.")
            .arg(PlanBuilder::stepKeys().join(QStringLiteral(", "))));
    parser.addPositionalArgument(
        QStringLiteral("STATUS"),
        tr("How far it is: %1.").arg(ValueParser::keyList(Vocabulary::statuses())));
}

Outcome MarkCommand::markStep(Inventory& inventory, const NumberRecord& record, const QString& step,
                              BindingStatus status, const CommandContext& context)
{
    auto steps = inventory.planSteps(record.id);
    if (!steps) {
        return Outcome::fromError(steps.error());
    }
    auto person = inventory.person(record.personId);
    if (!person) {
        return Outcome::fromError(person.error());
    }
    PlanStepState state{step, status, QDate()};
    for (const PlanStepState& stored : *steps) {
        if (stored.step == step) {
            state.due = stored.due; // the person's own date stays
        }
    }
    auto saved = inventory.setPlanStep(record.id, state);
    if (!saved) {
        return Outcome::fromError(saved.error());
    }
    PlanItem item;
    item.kind = step == QLatin1String("check-new-number")  ? PlanItem::Kind::CheckNewNumber
                : step == QLatin1String("tell-contacts")   ? PlanItem::Kind::TellContacts
                : step == QLatin1String("call-forwarding") ? PlanItem::Kind::CallForwarding
                                                           : PlanItem::Kind::CancelAtCarrier;
    context.console.errLine(tr("Marked “%1” for %2 as %3.")
                                .arg(PlanText::title(item, NumberOwner::of(*person)),
                                     record.number.display(), Vocabulary::label(status)));
    return Outcome::success();
}

Outcome MarkCommand::markBindings(Inventory& inventory, const NumberRecord& record,
                                  const QString& service, BindingStatus status,
                                  const CommandContext& context)
{
    auto bindings = inventory.bindings(record.id);
    if (!bindings) {
        return Outcome::fromError(bindings.error());
    }
    auto services = inventory.services();
    if (!services) {
        return Outcome::fromError(services.error());
    }
    QHash<qint64, Service> byId;
    for (const Service& s : *services) {
        byId.insert(s.id, s);
    }
    // A key names the service exactly; a name is only tried when no key matches.
    QList<Binding> matched;
    for (const Binding& binding : *bindings) {
        if (byId.value(binding.serviceId).key() == service) {
            matched.append(binding);
        }
    }
    if (matched.isEmpty()) {
        for (const Binding& binding : *bindings) {
            if (byId.value(binding.serviceId).name.compare(service, Qt::CaseInsensitive) == 0) {
                matched.append(binding);
            }
        }
    }
    if (matched.isEmpty()) {
        return Outcome::failure(
            ExitCode::NotFound,
            tr("“%1” is not tied to %2. See rebind-cli plan %3 for its services, or use one of "
               "the plan's own steps: %4.")
                .arg(service, record.number.display(), record.number.e164(),
                     PlanBuilder::stepKeys().join(QStringLiteral(", "))));
    }
    for (Binding binding : matched) {
        binding.status = status;
        auto updated = inventory.updateBinding(binding);
        if (!updated) {
            return Outcome::fromError(updated.error());
        }
        const Service& s = byId.value(binding.serviceId);
        const QString label = binding.account.isEmpty()
                                  ? s.name
                                  : QStringLiteral("%1 (%2)").arg(s.name, binding.account);
        context.console.errLine(
            tr("Marked %1 for %2 as %3.")
                .arg(label, record.number.display(), Vocabulary::label(status)));
    }
    return Outcome::success();
}

Outcome MarkCommand::run(const CommandContext& context)
{
    auto number = ValueParser::phoneNumber(context.arguments.at(0));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    const QString service = context.arguments.at(1).trimmed();
    if (service.isEmpty()) {
        return Outcome::usage(tr("Please give the service's key or name."));
    }
    auto status = ValueParser::bindingStatus(context.arguments.at(2));
    if (!status) {
        return Outcome::fromError(status.error());
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Inventory inventory((*vault)->database());
    auto record = PlanAccess::findNumber(inventory, *number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    if (PlanBuilder::stepKeys().contains(service)) {
        return markStep(inventory, *record, service, *status, context);
    }
    return markBindings(inventory, *record, service, *status, context);
}

} // namespace rebind::cli
