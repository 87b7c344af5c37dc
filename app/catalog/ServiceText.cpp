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
        return tr("Not sure: the way may differ; check the official page.");
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

QStringList ServiceText::warnings(const CatalogEntry& entry)
{
    QStringList out;
    if (entry.oldNumberNeeded) {
        out << tr("Needs the old number: do this before you cancel it.");
    }
    if (entry.inPerson) {
        out << tr("Needs a visit to a branch with your ID card.");
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
