// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"
#include "Command.h"
#include "Inventory.h"

#include <QCoreApplication>

namespace rebind::cli {

// add-binding: records that a service is tied to a number, and what to do about it. The service
// is a catalog id, a service already in the vault, or a new custom one.
class AddBindingCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddBindingCommand)

public:
    QString name() const override { return QStringLiteral("add-binding"); }
    QString summary() const override;
    QString synopsis() const override;
    void configure(QCommandLineParser& parser) override;
    int minArguments() const override { return 2; }
    Outcome run(const CommandContext& context) override;

private:
    // The catalog's service, as the vault keeps it: its id, its name in the UI language, its
    // category and official help page.
    static Service fromCatalog(const CatalogEntry& entry, const QString& language);
    // An existing service by key (catalog id or custom:<uid>) or by name, else a new custom one.
    static Result<Service> resolveService(Inventory& inventory, const QString& text,
                                          const QString& category);
    // The catalog entry that a new custom service's name is the name or alias of, if any.
    static const CatalogEntry* catalogNamed(const QString& name);

    QCommandLineOption m_account{QStringLiteral("account")};
    QCommandLineOption m_role{QStringLiteral("role")};
    QCommandLineOption m_action{QStringLiteral("action")};
    QCommandLineOption m_status{QStringLiteral("status")};
    QCommandLineOption m_due{QStringLiteral("due")};
    QCommandLineOption m_category{QStringLiteral("category")};
    QCommandLineOption m_notes{QStringLiteral("notes")};
};

} // namespace rebind::cli
