// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Binding.h"

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

namespace rebind {

enum class RiskTier
{
    Critical,
    High,
    Medium,
    Low
};
enum class StepKind
{
    Rebind,
    Unbind,
    Close
};

// Where a change of number can be made.
enum class ChannelKind
{
    App,
    Web,
    Phone,
    Counter
};
// Whether changing the number needs a code sent to the old one.
enum class OldNumberNeed
{
    Required,
    OneOf, // the old number is one way; the entry's alternatives are others
    NotNeeded
};
// What is done with the number there: moved to the new one, or (the phone line itself)
// cancelled or kept.
enum class ActionKind
{
    Rebind,
    CancelOrKeep
};

// The words the catalog files, the vault (step overrides) and JSON output use for these.
QString catalogKey(RiskTier tier);
QString catalogKey(StepKind kind);
QString catalogKey(ChannelKind kind);
QString catalogKey(OldNumberNeed need);
QString catalogKey(ActionKind kind);

// A text in both of the catalog's languages.
struct LocalizedText
{
    QString zh;
    QString en;
    // "zh…" picks Chinese, anything else English; falls back to the other when one is empty.
    QString in(const QString& language) const;
};

struct LocalizedSteps
{
    QStringList zh;
    QStringList en;
    QStringList in(const QString& language) const;
    bool isEmpty() const { return zh.isEmpty() && en.isEmpty(); }
};

struct ChannelSteps
{
    ChannelKind kind = ChannelKind::App;
    LocalizedSteps steps;
};

// A page the entry's steps were checked against.
struct CatalogSource
{
    QString url;
    QDate seen;
    bool official = false; // the service's own site or a government one
    QString note;
};

// What the built-in catalog knows about one service. Curated entries carry steps in both
// languages; public ones (from 2fa.directory and JustDeleteMe) only names, domains, 2FA methods
// and the deletion link. See resources/catalog/README.md.
struct CatalogEntry
{
    enum class Detail
    {
        Curated,
        Public
    };

    QString id;
    LocalizedText names;
    QStringList aliases;
    QString market; // "cn" or "global"
    QString category;
    RiskTier tier = RiskTier::Low;
    QStringList domains;
    QStringList smsSignatures;
    QStringList smsSenders;
    QStringList keywords; // everyday words people type for it ("驾照", "电费")
    QStringList androidPackages;
    QString company; // the id of the company whose shared signatures it goes by
    bool smsLogin = false;
    OldNumberNeed oldNumber = OldNumberNeed::NotNeeded;
    QStringList oldNumberAlternatives; // with OneOf: "face-scan", "payment-password", …
    ActionKind actionKind = ActionKind::Rebind;
    // Where the change can be made, the preferred first. steps[Rebind] is the first channel's.
    QList<ChannelSteps> channels;
    // Derived: a code to the old number is the only way; the counter is the only channel.
    bool oldNumberNeeded = false;
    bool inPerson = false;
    bool canUnbind = false;
    bool canClose = false;
    bool generic = false;
    QMap<StepKind, LocalizedSteps> steps;
    LocalizedText note;
    LocalizedText lostNumber;
    QString helpUrl;
    LocalizedText helpUrlNote;
    QString deletionUrl;
    QString deletionDifficulty;
    QList<CatalogSource> sources;
    // Derived from the sources: "high" (an official page), "medium" (two independent sites),
    // "low"; empty for public entries.
    QString confidence;
    QDate lastReviewed;
    QStringList twoFactorMethods;
    bool phoneVerification = false;
    Detail detail = Detail::Public;

    bool isCurated() const { return detail == Detail::Curated; }
    bool isCancelOrKeep() const { return actionKind == ActionKind::CancelOrKeep; }
    // The rules of resources/catalog/README.md, also used by the reader to fill the derived
    // fields.
    static QString confidenceFrom(const QList<CatalogSource>& sources);
    static QString hostOf(const QString& url);
    QString name(const QString& language) const { return names.in(language); }
    bool hasSteps(const QString& language) const;
    // What the number most likely does for this service, as a starting point for a new binding:
    // always the login name; SMS-code login where the service offers it; the payment / reserved
    // number for money services.
    BindingRoles defaultRoles() const;
};

// A group whose SMS signatures several of its services share (腾讯科技 for WeChat, QQ, …).
struct CatalogCompany
{
    QString id;
    LocalizedText names;
    QStringList services;
    QStringList smsSignatures;
    QStringList smsSenders;
};

// An id that was merged into another entry (a public entry into the curated one for the same
// service), with the public data it carried: bindings stored under the old id keep resolving.
struct CatalogRedirect
{
    QString from;
    QString to;
    QString deletionUrl;
    QString deletionDifficulty;
    QStringList twoFactorMethods;
};

} // namespace rebind
