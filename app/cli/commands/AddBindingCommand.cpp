// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AddBindingCommand.h"

#include "Catalog.h"
#include "CatalogSearch.h"
#include "Console.h"
#include "ValueParser.h"
#include "VaultAccess.h"
#include "Vocabulary.h"

namespace rebind::cli {

QString AddBindingCommand::summary() const
{
    return tr("Record that a service is tied to a number.");
}

QString AddBindingCommand::synopsis() const
{
    return QStringLiteral("NUMBER SERVICE [--account LABEL] [--role ROLE]... [--action ACTION] "
                          "[--status STATUS] [--due YYYY-MM-DD] [--category CATEGORY] "
                          "[--notes TEXT]");
}

void AddBindingCommand::configure(QCommandLineParser& parser)
{
    m_account = QCommandLineOption(QStringList{QStringLiteral("account")},
                                   tr("Which account, when you have several (user name, card "
                                      "ending, …)."),
                                   QStringLiteral("LABEL"));
    m_role = QCommandLineOption(
        QStringList{QStringLiteral("role")},
        tr("How the service uses the number; repeat it or separate with commas: %1. Default for "
           "a catalog service: what the catalog expects (see catalog show ID --json).")
            .arg(ValueParser::keyList(Vocabulary::roles())),
        QStringLiteral("ROLE"));
    m_action = QCommandLineOption(QStringList{QStringLiteral("action")},
                                  tr("What to do before the number goes: %1 (default: rebind).")
                                      .arg(ValueParser::keyList(Vocabulary::actions())),
                                  QStringLiteral("ACTION"));
    m_status = QCommandLineOption(
        QStringList{QStringLiteral("status")},
        tr("How far it is: %1 (default: to-do).").arg(ValueParser::keyList(Vocabulary::statuses())),
        QStringLiteral("STATUS"));
    m_due = QCommandLineOption(QStringList{QStringLiteral("due")}, tr("When it should be done."),
                               QStringLiteral("YYYY-MM-DD"));
    m_category = QCommandLineOption(
        QStringList{QStringLiteral("category")},
        tr("The category of a custom service that is new to the vault: %1 (default: other). "
           "Catalog services keep the catalog's.")
            .arg(Vocabulary::categoryKeys().join(QStringLiteral(", "))),
        QStringLiteral("CATEGORY"));
    m_notes = QCommandLineOption(QStringList{QStringLiteral("notes")}, tr("A free-form note."),
                                 QStringLiteral("TEXT"));
    for (const QCommandLineOption& option :
         {m_account, m_role, m_action, m_status, m_due, m_category, m_notes}) {
        parser.addOption(option);
    }
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("A number already in the vault, in any usual spelling."));
    parser.addPositionalArgument(
        QStringLiteral("SERVICE"),
        tr("The service's id in the catalog (see catalog search), its key from list --json, or "
           "its name (a new name adds a custom service)."));
}

Service AddBindingCommand::fromCatalog(const CatalogEntry& entry, const QString& language)
{
    Service service;
    service.catalogId = entry.id;
    service.name = entry.name(language);
    service.category = entry.category;
    service.url = entry.helpUrl;
    return service;
}

const CatalogEntry* AddBindingCommand::catalogNamed(const QString& name)
{
    const QString wanted = CatalogSearch::normalize(name);
    if (wanted.isEmpty()) {
        return nullptr;
    }
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        for (const QString& known : QStringList{entry.names.zh, entry.names.en} + entry.aliases) {
            if (CatalogSearch::normalize(known) == wanted) {
                return &entry;
            }
        }
    }
    return nullptr;
}

Result<Service> AddBindingCommand::resolveService(Inventory& inventory, const QString& text,
                                                  const QString& category)
{
    const QString wanted = text.trimmed();
    auto services = inventory.services();
    if (!services) {
        return services.error();
    }
    for (const Service& service : *services) {
        if (service.key() == wanted) {
            return service;
        }
    }
    for (const Service& service : *services) {
        if (service.name.compare(wanted, Qt::CaseInsensitive) == 0) {
            return service;
        }
    }
    // Stored together with the binding, so that a failed binding leaves no stray service.
    Service custom;
    custom.name = wanted;
    custom.category = category;
    return custom;
}

Outcome AddBindingCommand::run(const CommandContext& context)
{
    auto number = ValueParser::phoneNumber(context.arguments.at(0));
    if (!number) {
        return Outcome::fromError(number.error());
    }
    const QString serviceText = context.arguments.at(1).trimmed();
    if (serviceText.isEmpty()) {
        return Outcome::usage(tr("Please give the service's name."));
    }
    Binding binding;
    binding.account = context.options.value(m_account).trimmed();
    binding.notes = context.options.value(m_notes);
    auto roles = ValueParser::roles(context.options.values(m_role));
    if (!roles) {
        return Outcome::fromError(roles.error());
    }
    binding.roles = *roles;
    // An exact catalog id comes first; anything else is a service in the vault or a new one.
    const CatalogEntry* entry = Catalog::builtIn().find(serviceText);
    if (entry && !context.options.isSet(m_role)) {
        binding.roles = entry->defaultRoles();
    }
    if (context.options.isSet(m_action)) {
        auto action = ValueParser::action(context.options.value(m_action));
        if (!action) {
            return Outcome::fromError(action.error());
        }
        binding.action = *action;
    }
    if (context.options.isSet(m_status)) {
        auto status = ValueParser::bindingStatus(context.options.value(m_status));
        if (!status) {
            return Outcome::fromError(status.error());
        }
        binding.status = *status;
    }
    if (context.options.isSet(m_due)) {
        auto due = ValueParser::date(context.options.value(m_due), m_due.names().constFirst());
        if (!due) {
            return Outcome::fromError(due.error());
        }
        binding.due = *due;
    }
    QString category = QStringLiteral("other");
    if (context.options.isSet(m_category)) {
        auto parsed = ValueParser::category(context.options.value(m_category));
        if (!parsed) {
            return Outcome::fromError(parsed.error());
        }
        category = *parsed;
    }

    auto vault = VaultAccess::open(context.vaultPath, context.passphrases);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    Inventory inventory((*vault)->database());
    auto record = inventory.findNumber(*number);
    if (!record) {
        return Outcome::fromError(record.error());
    }
    if (!record->has_value()) {
        return Outcome::failure(ExitCode::NotFound,
                                tr("%1 is not in the vault. Add it first: rebind-cli add-number "
                                   "PERSON %2")
                                    .arg(number->display(), number->e164()));
    }
    auto service = entry ? Result<Service>(fromCatalog(*entry, context.language))
                         : resolveService(inventory, serviceText, category);
    if (!service) {
        return Outcome::fromError(service.error());
    }
    binding.numberId = (*record)->id;
    auto added = inventory.addBinding(binding, *service);
    if (!added) {
        return Outcome::fromError(added.error());
    }
    context.console.errLine(tr("Added %1 to %2.").arg(service->name, (*record)->number.display()));
    if (service->id == 0 && service->isCustom()) {
        if (const CatalogEntry* known = catalogNamed(service->name)) {
            context.console.errLine(
                tr("Tip: the catalog has “%1” as %2, with steps (rebind-cli catalog show %2). "
                   "Add it by the id %2 to use them.")
                    .arg(service->name, known->id));
        }
    }
    return Outcome::success();
}

} // namespace rebind::cli
