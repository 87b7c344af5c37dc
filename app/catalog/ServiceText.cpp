// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceText.h"

#include "Catalog.h"

#include <QTranslator>

namespace rebind {

namespace {
QString& languageOverride()
{
    static QString language;
    return language;
}
} // namespace

QString ServiceText::language()
{
    if (!languageOverride().isEmpty()) {
        return languageOverride();
    }
    // Translator::install() parents the translators it loads to the application.
    if (QCoreApplication* app = QCoreApplication::instance()) {
        const auto translators =
            app->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
        for (const QTranslator* translator : translators) {
            if (translator->filePath().contains(QLatin1String("/i18n/rebind_")) &&
                !translator->language().isEmpty()) {
                return translator->language();
            }
        }
    }
    return QStringLiteral("en");
}

void ServiceText::setLanguage(const QString& language)
{
    languageOverride() = language;
}

QString ServiceText::catalogName(const QString& catalogId)
{
    const CatalogEntry* entry = Catalog::builtIn().find(catalogId);
    return entry != nullptr ? entry->name(language()) : catalogId;
}

QString ServiceText::otherName(const CatalogEntry& entry, const QString& language)
{
    const QString other =
        language.startsWith(QLatin1String("zh")) ? entry.names.en : entry.names.zh;
    return other == entry.name(language) ? QString() : other;
}

QString ServiceText::tierLabel(RiskTier tier)
{
    switch (tier) {
    case RiskTier::Critical:
        return tr("Critical: money, identity or government");
    case RiskTier::High:
        return tr("High: others could pretend to be you");
    case RiskTier::Medium:
        return tr("Medium");
    case RiskTier::Low:
        return tr("Low");
    }
    return QString();
}

QString ServiceText::confidenceLabel(const QString& confidence)
{
    if (confidence == QLatin1String("high")) {
        return tr("Sure: the steps were checked against the official help.");
    }
    if (confidence == QLatin1String("medium")) {
        return tr("Fairly sure: menu names may differ a little in your version.");
    }
    if (confidence == QLatin1String("low")) {
        return tr("Not verified: the way may differ; check the official page.");
    }
    return tr("Unknown: check the official page.");
}

QString ServiceText::difficultyLabel(const QString& difficulty)
{
    if (difficulty == QLatin1String("easy")) {
        return tr("easy");
    }
    if (difficulty == QLatin1String("medium")) {
        return tr("medium");
    }
    if (difficulty == QLatin1String("hard")) {
        return tr("hard");
    }
    if (difficulty == QLatin1String("impossible")) {
        return tr("not possible");
    }
    return difficulty;
}

QStringList ServiceText::warnings(const CatalogEntry& entry, const NumberOwner& owner)
{
    QStringList out;
    if (entry.isCancelOrKeep()) {
        out << phoneLineWarning();
    }
    if (const QString old = oldNumberLine(entry, owner);
        !old.isEmpty() && !entry.isCancelOrKeep()) {
        out << old;
    }
    if (entry.inPerson) {
        out << (owner.isSelf()
                    ? tr("Needs a visit to a branch with your ID card.")
                    : tr("Needs a visit to a branch with %1's ID card.").arg(owner.noun()));
    }
    if (entry.smsLogin) {
        out << tr("Anyone with the old number can sign in with an SMS code.");
    }
    return out;
}

QString ServiceText::kindTitle(StepKind kind)
{
    switch (kind) {
    case StepKind::Rebind:
        return tr("To change to the new number");
    case StepKind::Unbind:
        return tr("To remove the number (unbind)");
    case StepKind::Close:
        return tr("To close the account");
    }
    return QString();
}

QString ServiceText::kindTitle(StepKind kind, const CatalogEntry& entry)
{
    if (kind == StepKind::Rebind && entry.isCancelOrKeep()) {
        return tr("To cancel this line (or keep it)");
    }
    if (kind == StepKind::Rebind && entry.channels.size() > 1) {
        return tr("To change to the new number (%1)")
            .arg(channelTitle(entry.channels.first().kind));
    }
    return kindTitle(kind);
}

QString ServiceText::channelTitle(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::App:
        return tr("in the app");
    case ChannelKind::Web:
        return tr("on the website");
    case ChannelKind::Phone:
        return tr("by phone");
    case ChannelKind::Counter:
        break;
    }
    return tr("at a counter, in person");
}

QString ServiceText::alternativeLabel(const QString& key, const NumberOwner& owner)
{
    const bool self = owner.isSelf();
    const QString whose = owner.noun();
    if (key == QLatin1String("face-scan")) {
        return tr("a face scan");
    }
    if (key == QLatin1String("payment-password")) {
        return self ? tr("your payment password") : tr("%1's payment password").arg(whose);
    }
    if (key == QLatin1String("login-password")) {
        return self ? tr("your login password") : tr("%1's login password").arg(whose);
    }
    if (key == QLatin1String("id-photo")) {
        return self ? tr("a photo of your ID card") : tr("a photo of %1's ID card").arg(whose);
    }
    if (key == QLatin1String("bank-card")) {
        return self ? tr("your bank card details") : tr("%1's bank card details").arg(whose);
    }
    if (key == QLatin1String("counter")) {
        return self ? tr("a visit to a counter with your ID card")
                    : tr("a visit to a counter with %1's ID card").arg(whose);
    }
    if (key == QLatin1String("email")) {
        return self ? tr("your e-mail address") : tr("%1's e-mail address").arg(whose);
    }
    if (key == QLatin1String("appeal")) {
        return tr("an appeal (a manual review)");
    }
    return key;
}

QString ServiceText::oldNumberLine(const CatalogEntry& entry, const NumberOwner& owner)
{
    if (!entry.isCurated()) {
        return {};
    }
    switch (entry.oldNumber) {
    case OldNumberNeed::Required:
        return tr("Needs the old number: do this before you cancel it.");
    case OldNumberNeed::OneOf: {
        QStringList ways;
        for (const QString& key : entry.oldNumberAlternatives) {
            ways << alternativeLabel(key, owner);
        }
        if (ways.isEmpty()) {
            break; // a catalog slip the reader reports; say nothing rather than half a sentence
        }
        // "a, b or c"
        const QString last = ways.takeLast();
        const QString listed =
            ways.isEmpty() ? last : ways.join(tr(", ", "list of ways")) + tr(" or ") + last;
        if (!owner.isSelf()) {
            return tr("Easiest while the old number still works. Without it %1 can still prove "
                      "their identity with %2.")
                .arg(owner.noun(), listed);
        }
        return tr("Easiest while the old number still works. Without it you can prove it is you "
                  "with %1.")
            .arg(listed);
    }
    case OldNumberNeed::NotNeeded:
        break;
    }
    return {};
}

QString ServiceText::phoneLineWarning()
{
    return tr("This is the phone line itself: it cannot be moved to the new number. Cancel it "
              "last, after everything else has moved, or keep it.");
}

QString ServiceText::unverifiedNote()
{
    return tr("Steps not verified: where they differ, follow the official help page.");
}

QList<ServiceText::Way> ServiceText::otherWays(const CatalogEntry& entry, const QString& language)
{
    QList<Way> out;
    for (qsizetype i = 1; i < entry.channels.size(); ++i) {
        const ChannelSteps& channel = entry.channels.at(i);
        out.append({tr("Or %1").arg(channelTitle(channel.kind)), channel.steps.in(language)});
    }
    return out;
}

QList<StepKind> ServiceText::kinds()
{
    return {StepKind::Rebind, StepKind::Unbind, StepKind::Close};
}

int ServiceText::commonRank(const QString& id)
{
    // The apps and institutions almost everyone uses; the catalog has no usage figures, so this
    // short list puts them before the rest of their risk tier.
    static const QStringList common = {
        QStringLiteral("wechat"),
        QStringLiteral("alipay"),
        QStringLiteral("wechat-pay"),
        QStringLiteral("qq"),
        QStringLiteral("taobao"),
        QStringLiteral("jd"),
        QStringLiteral("pinduoduo"),
        QStringLiteral("meituan"),
        QStringLiteral("douyin"),
        QStringLiteral("railway-12306"),
        QStringLiteral("didi"),
        QStringLiteral("amap"),
        QStringLiteral("baidu"),
        QStringLiteral("weibo"),
        QStringLiteral("xiaohongshu"),
        QStringLiteral("kuaishou"),
        QStringLiteral("bilibili"),
        QStringLiteral("eleme"),
        QStringLiteral("ctrip"),
        QStringLiteral("icbc"),
        QStringLiteral("ccb"),
        QStringLiteral("abc"),
        QStringLiteral("boc"),
        QStringLiteral("cmb"),
        QStringLiteral("iit"),
        QStringLiteral("gjzwfw"),
        QStringLiteral("jiaoguan-12123"),
        QStringLiteral("social-insurance"),
        QStringLiteral("housing-fund"),
        QStringLiteral("china-mobile"),
        QStringLiteral("china-unicom"),
        QStringLiteral("china-telecom"),
        QStringLiteral("state-grid"),
        QStringLiteral("apple-id-cn"),
        QStringLiteral("huawei-id"),
        QStringLiteral("xiaomi-account"),
        QStringLiteral("dingtalk"),
        QStringLiteral("wecom"),
    };
    const qsizetype index = common.indexOf(id);
    return index < 0 ? static_cast<int>(common.size()) : static_cast<int>(index);
}

} // namespace rebind
