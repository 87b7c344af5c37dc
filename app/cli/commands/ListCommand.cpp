// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListCommand.h"

#include "Console.h"
#include "Inventory.h"
#include "Listing.h"
#include "ListingJson.h"
#include "ListingText.h"
#include "ValueParser.h"
#include "VaultAccess.h"

namespace rebind::cli {

QString ListCommand::summary() const
{
    return tr("Show the services tied to every number, or to one number.");
}

QString ListCommand::synopsis() const
{
    return QStringLiteral("[NUMBER] [--json]");
}

void ListCommand::configure(QCommandLineParser& parser)
{
    m_json = QCommandLineOption(
        QStringList{QStringLiteral("json")},
        tr("Print a JSON array with one object per service and number, for scripts."));
    parser.addOption(m_json);
    parser.addPositionalArgument(QStringLiteral("NUMBER"),
                                 tr("Only this number, in any usual spelling."),
                                 QStringLiteral("[NUMBER]"));
}

Outcome ListCommand::run(const CommandContext& context)
{
    std::optional<PhoneNumber> only;
    if (!context.arguments.isEmpty()) {
        auto number = ValueParser::phoneNumber(context.arguments.at(0));
        if (!number) {
            return Outcome::fromError(number.error());
        }
        only = *number;
    }
    auto vault = VaultAccess::open(context.vaultPath, context.passphrases, Vault::Access::ReadOnly);
    if (!vault) {
        return Outcome::vaultUnavailable(vault.error());
    }
    const Inventory inventory((*vault)->database());
    auto listing = Listing::gather(inventory, only);
    if (!listing) {
        return Outcome::fromError(listing.error());
    }
    if (context.options.isSet(m_json)) {
        context.console.outUtf8(ListingJson::render(*listing));
    } else {
        context.console.out(ListingText::render(*listing));
    }
    return Outcome::success();
}

} // namespace rebind::cli
