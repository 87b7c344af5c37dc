// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogEntry.h"

#include <QSet>
#include <QUrl>

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

QString catalogKey(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::App:
        return QStringLiteral("app");
    case ChannelKind::Web:
        return QStringLiteral("web");
    case ChannelKind::Phone:
        return QStringLiteral("phone");
    case ChannelKind::Counter:
        break;
    }
    return QStringLiteral("counter");
}

QString catalogKey(OldNumberNeed need)
{
    switch (need) {
    case OldNumberNeed::Required:
        return QStringLiteral("required");
    case OldNumberNeed::OneOf:
        return QStringLiteral("one-of");
    case OldNumberNeed::NotNeeded:
        break;
    }
    return QStringLiteral("not-needed");
}

QString catalogKey(ActionKind kind)
{
    return kind == ActionKind::CancelOrKeep ? QStringLiteral("cancel-or-keep")
                                            : QStringLiteral("rebind");
}

QString CatalogEntry::hostOf(const QString& url)
{
    QString host = QUrl(url).host().toLower();
    if (host.startsWith(QLatin1String("www."))) {
        host = host.mid(4);
    }
    return host;
}

QString CatalogEntry::confidenceFrom(const QList<CatalogSource>& sources)
{
    QSet<QString> sites;
    for (const CatalogSource& source : sources) {
        if (source.official) {
            return QStringLiteral("high");
        }
        sites.insert(hostOf(source.url));
    }
    // Copies of one page on many sites are listed once by the authors; distinct sites stand
    // for independent texts.
    return sites.size() >= 2 ? QStringLiteral("medium") : QStringLiteral("low");
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
