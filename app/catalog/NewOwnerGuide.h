// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"

#include <QList>
#include <QStringList>

namespace rebind {

// What Rebind tells the new owner of a recycled number: which mainstream services to test,
// how to test them, how to get a service to release the number, the official routes
// (二次号码焕新, 一证通查) and a statement for callers chasing the previous owner's debts.
// Kept in resources/guidance/new-owner.json, in both languages, not in the widgets.
class NewOwnerGuide
{
public:
    struct Service
    {
        QString catalogId;
        LocalizedText check; // empty: the general way applies
        LocalizedText release;
        QString confidence;
    };
    struct Step
    {
        LocalizedText label;
        LocalizedText text;
    };
    struct Route
    {
        QString id;
        QString catalogId; // the catalog entry with the route's official page
        LocalizedText title;
        LocalizedText summary;
        QList<Step> steps;
        LocalizedText note;
    };

    // The guide compiled into the program, read on first use.
    static const NewOwnerGuide& builtIn();
    // problems lists what is missing or malformed (empty for a healthy file).
    static NewOwnerGuide parse(const QByteArray& json, QStringList& problems);

    // The debt statement with the number and the date the user received it filled in.
    QString debtStatement(const QString& language, const QString& number,
                          const QString& since) const;

    const Service* service(const QString& catalogId) const;

    LocalizedText howToCheck;
    LocalizedText genericRelease;
    QList<Service> services;
    QList<Route> routes;
    LocalizedText debtTitle;
    LocalizedText debtText;
};

} // namespace rebind
