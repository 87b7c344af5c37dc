#include "CatalogReader.h"

#include "Vocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace rebind {

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    const QJsonArray array = value.toArray();
    for (const QJsonValue& item : array) {
        if (item.isString()) {
            out.append(item.toString());
        }
    }
    return out;
}

bool hasCjk(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}

// Cheap on purpose: thousands of public entries are checked at every start-up.
bool validUrl(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^https://[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(:[0-9]+)?([/?#]\\S*)?$"));
    return pattern.match(text).hasMatch();
}

// [a-z0-9.-]+ ending in a dot and at least two letters; by hand, as it runs for every domain.
bool validDomain(const QString& domain)
{
    const qsizetype dot = domain.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || domain.size() - dot - 1 < 2) {
        return false;
    }
    for (qsizetype i = 0; i < domain.size(); ++i) {
        const char16_t c = domain.at(i).unicode();
        const bool letter = c >= u'a' && c <= u'z';
        const bool allowed = letter || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-';
        if (!allowed || (i > dot && !letter)) {
            return false;
        }
    }
    return true;
}

bool knownCategory(const QString& category)
{
    static const QSet<QString> categories = [] {
        const QStringList keys = Vocabulary::categoryKeys();
        return QSet<QString>(keys.begin(), keys.end());
    }();
    return categories.contains(category);
}

std::optional<RiskTier> tierFrom(const QString& key)
{
    for (RiskTier tier : {RiskTier::Critical, RiskTier::High, RiskTier::Medium, RiskTier::Low}) {
        if (catalogKey(tier) == key) {
            return tier;
        }
    }
    return std::nullopt;
}

LocalizedText textFrom(const QJsonValue& value, const QString& where, bool requireChinese,
                       QStringList& problems)
{
    const QJsonObject object = value.toObject();
    LocalizedText text{object.value(QLatin1String("zh")).toString().trimmed(),
                       object.value(QLatin1String("en")).toString().trimmed()};
    if (text.zh.isEmpty() || text.en.isEmpty()) {
        problems.append(where + QStringLiteral(": needs both zh and en"));
    } else if (requireChinese && !hasCjk(text.zh)) {
        problems.append(where + QStringLiteral(".zh: no Chinese text"));
    }
    return text;
}

LocalizedSteps stepsFrom(const QJsonValue& value, const QString& where, QStringList& problems)
{
    const QJsonObject object = value.toObject();
    LocalizedSteps steps{strings(object.value(QLatin1String("zh"))),
                         strings(object.value(QLatin1String("en")))};
    const auto blank = [](const QStringList& list) {
        return list.isEmpty() || std::any_of(list.begin(), list.end(), [](const QString& s) {
                   return s.trimmed().isEmpty();
               });
    };
    if (blank(steps.zh) || blank(steps.en)) {
        problems.append(where + QStringLiteral(": needs steps in both zh and en"));
    } else if (!std::any_of(steps.zh.begin(), steps.zh.end(), hasCjk)) {
        problems.append(where + QStringLiteral(".zh: no Chinese text"));
    }
    return steps;
}

} // namespace

CatalogEntry CatalogReader::readEntry(const QJsonObject& o, const QString& where,
                                      QStringList& problems)
{
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QRegularExpression senderPattern(QStringLiteral("^\\d{3,20}$"));

    CatalogEntry e;
    e.id = o.value(QLatin1String("id")).toString();
    if (!idPattern.match(e.id).hasMatch()) {
        problems.append(where + QStringLiteral(": bad id"));
    }
    const QString detail = o.value(QLatin1String("detail")).toString();
    if (detail == QLatin1String("curated")) {
        e.detail = CatalogEntry::Detail::Curated;
    } else if (detail != QLatin1String("public")) {
        problems.append(where + QStringLiteral(": detail must be curated or public"));
    }
    if (e.isCurated()) {
        e.market = o.value(QLatin1String("market")).toString();
        if (e.market != QLatin1String("cn") && e.market != QLatin1String("global")) {
            problems.append(where + QStringLiteral(": market must be cn or global"));
        }
        e.names = textFrom(o.value(QLatin1String("names")), where + QStringLiteral(".names"),
                           e.market == QLatin1String("cn"), problems);
    } else {
        // Public entries come from English-language lists: one name serves both languages.
        e.market = QStringLiteral("global");
        const QString name = o.value(QLatin1String("name")).toString().trimmed();
        e.names = LocalizedText{name, name};
        if (name.isEmpty()) {
            problems.append(where + QStringLiteral(": a public entry needs a name"));
        }
    }
    e.aliases = strings(o.value(QLatin1String("aliases")));
    e.category = o.value(QLatin1String("category")).toString();
    if (!knownCategory(e.category)) {
        problems.append(where + QStringLiteral(": category not allowed: ") + e.category);
    }
    if (auto tier = tierFrom(o.value(QLatin1String("tier")).toString())) {
        e.tier = *tier;
    } else {
        problems.append(where + QStringLiteral(": tier not allowed"));
    }
    e.domains = strings(o.value(QLatin1String("domains")));
    for (const QString& domain : std::as_const(e.domains)) {
        if (!validDomain(domain)) {
            problems.append(where + QStringLiteral(": malformed domain ") + domain);
        }
    }
    const QJsonObject deletion = o.value(QLatin1String("deletion")).toObject();
    e.deletionUrl = deletion.value(QLatin1String("url")).toString();
    e.deletionDifficulty = deletion.value(QLatin1String("difficulty")).toString();
    if (!e.deletionUrl.isEmpty() && !validUrl(e.deletionUrl)) {
        problems.append(where + QStringLiteral(": deletion url must be https: ") + e.deletionUrl);
    }
    static const QStringList difficulties = {QString(), QStringLiteral("easy"),
                                             QStringLiteral("medium"), QStringLiteral("hard"),
                                             QStringLiteral("impossible")};
    if (!difficulties.contains(e.deletionDifficulty)) {
        problems.append(where + QStringLiteral(": deletion difficulty not allowed"));
    }
    e.twoFactorMethods = strings(o.value(QLatin1String("tfa")));
    e.phoneVerification = o.value(QLatin1String("phone_verification")).toBool();

    if (!e.isCurated()) {
        return e;
    }
    for (const char* key : {"aliases", "domains", "flags", "steps", "lost_number", "help_url",
                            "confidence", "last_reviewed"}) {
        if (!o.contains(QLatin1String(key))) {
            problems.append(where + QStringLiteral(": missing ") + QLatin1String(key));
        }
    }
    if (e.market == QLatin1String("cn") && e.aliases.isEmpty()) {
        problems.append(where + QStringLiteral(": a cn service needs aliases"));
    }
    const QJsonObject sms = o.value(QLatin1String("sms")).toObject();
    e.smsSignatures = strings(sms.value(QLatin1String("signatures")));
    e.smsSenders = strings(sms.value(QLatin1String("senders")));
    for (const QString& sender : std::as_const(e.smsSenders)) {
        if (!senderPattern.match(sender).hasMatch()) {
            problems.append(where + QStringLiteral(": sender must be digits: ") + sender);
        }
    }
    const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
    const auto flag = [&](const char* key, bool& out) {
        const QJsonValue value = flags.value(QLatin1String(key));
        if (!value.isBool()) {
            problems.append(where + QStringLiteral(": flags.") + QLatin1String(key) +
                            QStringLiteral(" must be true or false"));
        }
        out = value.toBool();
    };
    flag("sms_login", e.smsLogin);
    flag("old_number_needed", e.oldNumberNeeded);
    flag("in_person", e.inPerson);
    flag("can_unbind", e.canUnbind);
    flag("can_close", e.canClose);

    const QJsonObject steps = o.value(QLatin1String("steps")).toObject();
    if (!steps.contains(QLatin1String("rebind"))) {
        problems.append(where + QStringLiteral(": steps.rebind missing"));
    }
    for (StepKind kind : {StepKind::Rebind, StepKind::Unbind, StepKind::Close}) {
        const QString key = catalogKey(kind);
        if (steps.contains(key)) {
            e.steps.insert(kind, stepsFrom(steps.value(key),
                                           where + QStringLiteral(".steps.") + key, problems));
        }
    }
    e.lostNumber = textFrom(o.value(QLatin1String("lost_number")),
                            where + QStringLiteral(".lost_number"), true, problems);
    e.helpUrl = o.value(QLatin1String("help_url")).toString();
    if (!e.helpUrl.isEmpty() && !validUrl(e.helpUrl)) {
        problems.append(where + QStringLiteral(": help_url must be https: ") + e.helpUrl);
    }
    e.confidence = o.value(QLatin1String("confidence")).toString();
    if (e.confidence != QLatin1String("high") && e.confidence != QLatin1String("medium") &&
        e.confidence != QLatin1String("low")) {
        problems.append(where + QStringLiteral(": confidence must be high, medium or low"));
    }
    e.lastReviewed =
        QDate::fromString(o.value(QLatin1String("last_reviewed")).toString(), Qt::ISODate);
    if (!e.lastReviewed.isValid()) {
        problems.append(where + QStringLiteral(": last_reviewed must be YYYY-MM-DD"));
    }
    return e;
}

CatalogReader::Parsed CatalogReader::read(const QByteArray& json, const QString& source)
{
    Parsed parsed;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        parsed.problems.append(source + QStringLiteral(": ") + error.errorString());
        return parsed;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toInt() != 1 ||
        !root.value(QLatin1String("services")).isArray()) {
        parsed.problems.append(source +
                               QStringLiteral(": needs {\"schema\": 1, \"services\": [...]}"));
        return parsed;
    }
    const QJsonArray services = root.value(QLatin1String("services")).toArray();
    parsed.entries.reserve(services.size());
    for (qsizetype i = 0; i < services.size(); ++i) {
        const QJsonObject object = services.at(i).toObject();
        // The location prefix is only built for entries that have problems: this loop runs for
        // thousands of entries at every start-up.
        QStringList entryProblems;
        CatalogEntry entry = readEntry(object, QString(), entryProblems);
        if (!entryProblems.isEmpty()) {
            const QString where = QStringLiteral("%1[%2] %3")
                                      .arg(source)
                                      .arg(i)
                                      .arg(object.value(QLatin1String("id")).toString());
            for (const QString& problem : std::as_const(entryProblems)) {
                parsed.problems.append(where + problem);
            }
        }
        if (!entry.id.isEmpty() && !entry.names.en.isEmpty()) {
            parsed.entries.append(std::move(entry));
        }
    }
    return parsed;
}

} // namespace rebind
