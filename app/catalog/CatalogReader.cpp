// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogReader.h"

#include "Vocabulary.h"

#include <algorithm>
#include <optional>
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
    for (const char* key : {"aliases", "domains", "flags", "old_number", "channels", "lost_number",
                            "help_url", "sources", "last_reviewed"}) {
        if (!o.contains(QLatin1String(key))) {
            problems.append(where + QStringLiteral(": missing ") + QLatin1String(key));
        }
    }
    if (o.contains(QLatin1String("confidence"))) {
        problems.append(where + QStringLiteral(": confidence is derived from the sources"));
    }
    if (e.market == QLatin1String("cn") && e.aliases.isEmpty()) {
        problems.append(where + QStringLiteral(": a cn service needs aliases"));
    }
    e.keywords = strings(o.value(QLatin1String("keywords")));
    e.androidPackages = strings(o.value(QLatin1String("android_packages")));
    e.generic = o.value(QLatin1String("generic")).toBool();
    const QJsonObject sms = o.value(QLatin1String("sms")).toObject();
    e.smsSignatures = strings(sms.value(QLatin1String("signatures")));
    e.smsSenders = strings(sms.value(QLatin1String("senders")));
    for (const QString& sender : std::as_const(e.smsSenders)) {
        if (!senderPattern.match(sender).hasMatch()) {
            problems.append(where + QStringLiteral(": sender must be digits: ") + sender);
        }
    }
    const QJsonObject flags = o.value(QLatin1String("flags")).toObject();
    for (const char* derived : {"old_number_needed", "in_person"}) {
        if (flags.contains(QLatin1String(derived))) {
            problems.append(where + QStringLiteral(": flags.") + QLatin1String(derived) +
                            QStringLiteral(" is derived; do not type it"));
        }
    }
    const auto flag = [&](const char* key, bool& out) {
        const QJsonValue value = flags.value(QLatin1String(key));
        if (!value.isBool()) {
            problems.append(where + QStringLiteral(": flags.") + QLatin1String(key) +
                            QStringLiteral(" must be true or false"));
        }
        out = value.toBool();
    };
    flag("sms_login", e.smsLogin);
    flag("can_unbind", e.canUnbind);
    flag("can_close", e.canClose);

    const QString action = o.value(QLatin1String("action_kind")).toString();
    if (action == catalogKey(ActionKind::CancelOrKeep)) {
        e.actionKind = ActionKind::CancelOrKeep;
    } else if (!action.isEmpty() && action != catalogKey(ActionKind::Rebind)) {
        problems.append(where + QStringLiteral(": action_kind not allowed: ") + action);
    }
    const QJsonObject old = o.value(QLatin1String("old_number")).toObject();
    const QString need = old.value(QLatin1String("kind")).toString();
    static const QStringList alternatives = {
        QStringLiteral("face-scan"),      QStringLiteral("payment-password"),
        QStringLiteral("login-password"), QStringLiteral("id-photo"),
        QStringLiteral("bank-card"),      QStringLiteral("counter"),
        QStringLiteral("email"),          QStringLiteral("appeal")};
    if (need == catalogKey(OldNumberNeed::Required)) {
        e.oldNumber = OldNumberNeed::Required;
    } else if (need == catalogKey(OldNumberNeed::OneOf)) {
        e.oldNumber = OldNumberNeed::OneOf;
    } else if (need != catalogKey(OldNumberNeed::NotNeeded)) {
        problems.append(where + QStringLiteral(": old_number.kind not allowed: ") + need);
    }
    e.oldNumberAlternatives = strings(old.value(QLatin1String("alternatives")));
    for (const QString& alternative : std::as_const(e.oldNumberAlternatives)) {
        if (!alternatives.contains(alternative)) {
            problems.append(where + QStringLiteral(": old_number alternative not allowed: ") +
                            alternative);
        }
    }
    if ((e.oldNumber == OldNumberNeed::OneOf) == e.oldNumberAlternatives.isEmpty()) {
        problems.append(where + QStringLiteral(": old_number alternatives go with one-of only"));
    }

    const QJsonArray channels = o.value(QLatin1String("channels")).toArray();
    for (qsizetype i = 0; i < channels.size(); ++i) {
        const QJsonObject channel = channels.at(i).toObject();
        const QString key = channel.value(QLatin1String("kind")).toString();
        const QString at = where + QStringLiteral(".channels[%1]").arg(i);
        std::optional<ChannelKind> kind;
        for (ChannelKind candidate :
             {ChannelKind::App, ChannelKind::Web, ChannelKind::Phone, ChannelKind::Counter}) {
            if (catalogKey(candidate) == key) {
                kind = candidate;
            }
        }
        if (!kind) {
            problems.append(at + QStringLiteral(": kind not allowed: ") + key);
            continue;
        }
        if (std::any_of(e.channels.begin(), e.channels.end(),
                        [&](const ChannelSteps& c) { return c.kind == *kind; })) {
            problems.append(at + QStringLiteral(": channel listed twice"));
        }
        e.channels.append(
            ChannelSteps{*kind, stepsFrom(channel.value(QLatin1String("steps")), at, problems)});
    }
    if (e.channels.isEmpty()) {
        problems.append(where + QStringLiteral(": needs at least one channel"));
    } else {
        e.steps.insert(StepKind::Rebind, e.channels.first().steps);
    }
    e.oldNumberNeeded = e.oldNumber == OldNumberNeed::Required;
    e.inPerson = !e.channels.isEmpty() &&
                 std::all_of(e.channels.begin(), e.channels.end(),
                             [](const ChannelSteps& c) { return c.kind == ChannelKind::Counter; });

    const QJsonObject steps = o.value(QLatin1String("steps")).toObject();
    if (steps.contains(catalogKey(StepKind::Rebind))) {
        problems.append(where + QStringLiteral(": steps.rebind belongs in channels"));
    }
    for (StepKind kind : {StepKind::Unbind, StepKind::Close}) {
        const QString key = catalogKey(kind);
        if (steps.contains(key)) {
            e.steps.insert(kind, stepsFrom(steps.value(key),
                                           where + QStringLiteral(".steps.") + key, problems));
        }
    }
    if (o.contains(QLatin1String("note"))) {
        e.note = textFrom(o.value(QLatin1String("note")), where + QStringLiteral(".note"), true,
                          problems);
    }
    e.lostNumber = textFrom(o.value(QLatin1String("lost_number")),
                            where + QStringLiteral(".lost_number"), true, problems);
    e.helpUrl = o.value(QLatin1String("help_url")).toString();
    if (!e.helpUrl.isEmpty() && !validUrl(e.helpUrl)) {
        problems.append(where + QStringLiteral(": help_url must be https: ") + e.helpUrl);
    }
    if (o.contains(QLatin1String("help_url_note"))) {
        e.helpUrlNote = textFrom(o.value(QLatin1String("help_url_note")),
                                 where + QStringLiteral(".help_url_note"), true, problems);
    }
    const QJsonArray sources = o.value(QLatin1String("sources")).toArray();
    for (const QJsonValue& value : sources) {
        const QJsonObject source = value.toObject();
        CatalogSource s{
            source.value(QLatin1String("url")).toString(),
            QDate::fromString(source.value(QLatin1String("seen")).toString(), Qt::ISODate),
            source.value(QLatin1String("official")).toBool(),
            source.value(QLatin1String("note")).toString()};
        if (!s.url.startsWith(QLatin1String("http")) || !s.seen.isValid() ||
            !source.value(QLatin1String("official")).isBool()) {
            problems.append(where + QStringLiteral(": a source needs url, seen and official"));
        }
        e.sources.append(s);
    }
    e.confidence = CatalogEntry::confidenceFrom(e.sources);
    e.lastReviewed =
        QDate::fromString(o.value(QLatin1String("last_reviewed")).toString(), Qt::ISODate);
    if (!e.lastReviewed.isValid()) {
        problems.append(where + QStringLiteral(": last_reviewed must be YYYY-MM-DD"));
    }
    return e;
}

CatalogCompany CatalogReader::readCompany(const QJsonObject& o, const QString& where,
                                          QStringList& problems)
{
    CatalogCompany company;
    company.id = o.value(QLatin1String("id")).toString();
    company.names =
        textFrom(o.value(QLatin1String("names")), where + QStringLiteral(".names"), true, problems);
    company.services = strings(o.value(QLatin1String("services")));
    const QJsonObject sms = o.value(QLatin1String("sms")).toObject();
    company.smsSignatures = strings(sms.value(QLatin1String("signatures")));
    company.smsSenders = strings(sms.value(QLatin1String("senders")));
    if (company.id.isEmpty() || company.services.size() < 2) {
        problems.append(where + QStringLiteral(": a company needs an id and two services"));
    }
    return company;
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
    if (root.value(QLatin1String("schema")).toInt() != 2 ||
        !root.value(QLatin1String("services")).isArray()) {
        parsed.problems.append(source +
                               QStringLiteral(": needs {\"schema\": 2, \"services\": [...]}"));
        return parsed;
    }
    const QJsonArray companies = root.value(QLatin1String("companies")).toArray();
    for (qsizetype i = 0; i < companies.size(); ++i) {
        parsed.companies.append(readCompany(companies.at(i).toObject(),
                                            source + QStringLiteral(" companies[%1]").arg(i),
                                            parsed.problems));
    }
    const QJsonArray redirects = root.value(QLatin1String("redirects")).toArray();
    for (qsizetype i = 0; i < redirects.size(); ++i) {
        const QJsonObject object = redirects.at(i).toObject();
        CatalogRedirect redirect;
        redirect.from = object.value(QLatin1String("from")).toString();
        redirect.to = object.value(QLatin1String("to")).toString();
        const QJsonObject deletion = object.value(QLatin1String("deletion")).toObject();
        redirect.deletionUrl = deletion.value(QLatin1String("url")).toString();
        redirect.deletionDifficulty = deletion.value(QLatin1String("difficulty")).toString();
        redirect.twoFactorMethods = strings(object.value(QLatin1String("tfa")));
        if (redirect.from.isEmpty() || redirect.to.isEmpty()) {
            parsed.problems.append(source +
                                   QStringLiteral(" redirects[%1]: needs from and to").arg(i));
            continue;
        }
        parsed.redirects.append(redirect);
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
