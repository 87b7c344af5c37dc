#include "CatalogEntry.h"

namespace rebind {

namespace {
bool wantsChinese(const QString& language)
{
    return language.startsWith(QLatin1String("zh"));
}
} // namespace

QString catalogKey(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return QStringLiteral("critical");
    case RiskTier::High:
        return QStringLiteral("high");
    case RiskTier::Medium:
        return QStringLiteral("medium");
    case RiskTier::Low:
        break;
    }
    return QStringLiteral("low");
}

QString catalogKey(StepKind kind)
{
    switch (kind) {
    case StepKind::Rebind:
        return QStringLiteral("rebind");
    case StepKind::Unbind:
        return QStringLiteral("unbind");
    case StepKind::Close:
        break;
    }
    return QStringLiteral("close");
}

QString LocalizedText::in(const QString& language) const
{
    const QString& first = wantsChinese(language) ? zh : en;
    return first.isEmpty() ? (wantsChinese(language) ? en : zh) : first;
}

QStringList LocalizedSteps::in(const QString& language) const
{
    const QStringList& first = wantsChinese(language) ? zh : en;
    return first.isEmpty() ? (wantsChinese(language) ? en : zh) : first;
}

bool CatalogEntry::hasSteps(const QString& language) const
{
    const auto rebind = steps.find(StepKind::Rebind);
    if (rebind == steps.end()) {
        return false;
    }
    return wantsChinese(language) ? !rebind->zh.isEmpty() : !rebind->en.isEmpty();
}

BindingRoles CatalogEntry::defaultRoles() const
{
    BindingRoles roles = BindingRole::Login;
    if (smsLogin) {
        roles |= BindingRole::SmsLogin;
    }
    if (category == QLatin1String("banking") || category == QLatin1String("credit-cards") ||
        category == QLatin1String("payments") || category == QLatin1String("loans-investment")) {
        roles |= BindingRole::BankReserved;
    }
    if (twoFactorMethods.contains(QLatin1String("sms")) ||
        twoFactorMethods.contains(QLatin1String("call"))) {
        roles |= BindingRole::TwoFactor;
    }
    return roles;
}

} // namespace rebind
