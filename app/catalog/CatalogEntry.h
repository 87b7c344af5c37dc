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

// The words the catalog files, the vault (step overrides) and JSON output use for these.
QString catalogKey(RiskTier tier);
QString catalogKey(StepKind kind);

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
    bool smsLogin = false;
    bool oldNumberNeeded = false;
    bool inPerson = false;
    bool canUnbind = false;
    bool canClose = false;
    QMap<StepKind, LocalizedSteps> steps;
    LocalizedText lostNumber;
    QString helpUrl;
    QString deletionUrl;
    QString deletionDifficulty;
    QString confidence;
    QDate lastReviewed;
    QStringList twoFactorMethods;
    bool phoneVerification = false;
    Detail detail = Detail::Public;

    bool isCurated() const { return detail == Detail::Curated; }
    QString name(const QString& language) const { return names.in(language); }
    bool hasSteps(const QString& language) const;
    // What the number most likely does for this service, as a starting point for a new binding:
    // always the login name; SMS-code login where the service offers it; the payment / reserved
    // number for money services.
    BindingRoles defaultRoles() const;
};

} // namespace rebind
