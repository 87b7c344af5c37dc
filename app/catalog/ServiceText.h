// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CatalogEntry.h"
#include "NumberOwner.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rebind {

// How the catalog's facts read on screen: the language its texts are picked in, tier and
// confidence words, the warnings, and the titles of the step lists.
class ServiceText
{
    Q_DECLARE_TR_FUNCTIONS(ServiceText)

public:
    // The language of the installed Rebind translation ("zh_CN", "en"); "en" when none is
    // installed. setLanguage() overrides it (tests, screenshots).
    static QString language();
    static void setLanguage(const QString& language);
    // The name in the other language, when it differs (shown small beside the main one).
    // The catalog entry's name in the current language; the id itself when the catalog has
    // no such entry.
    static QString catalogName(const QString& catalogId);
    static QString otherName(const CatalogEntry& entry, const QString& language);

    static QString tierLabel(RiskTier tier);
    static QString confidenceLabel(const QString& confidence);
    static QString difficultyLabel(const QString& difficulty);
    // The entry's warnings in plain words, most urgent first. owner: whose ID card, password
    // and so on they mention (the reader's own when left out).
    static QStringList warnings(const CatalogEntry& entry, const NumberOwner& owner = {});

    static QString kindTitle(StepKind kind);
    // The title of an entry's step list: a carrier line's "rebind" steps cancel the line.
    static QString kindTitle(StepKind kind, const CatalogEntry& entry);
    static QList<StepKind> kinds();

    // "In the app", "At a counter, in person", …
    static QString channelTitle(ChannelKind kind);
    // One way to prove who you are without the old number ("face scan", …).
    static QString alternativeLabel(const QString& key, const NumberOwner& owner = {});
    // What the old number means for this change, in a sentence; empty when it is not needed.
    static QString oldNumberLine(const CatalogEntry& entry, const NumberOwner& owner = {});
    // The first warning of a carrier account (the phone line itself).
    static QString phoneLineWarning();
    // Printed beside low-confidence steps.
    static QString unverifiedNote();
    // The ways after the preferred one, each with its title and steps.
    struct Way
    {
        QString title;
        QStringList steps;
    };
    static QList<Way> otherWays(const CatalogEntry& entry, const QString& language);

    // Where a service comes in "most common first" lists: the services nearly everyone with a
    // Chinese number has come first (0, 1, …); the rest share one rank after them.
    static int commonRank(const QString& id);
};

} // namespace rebind
