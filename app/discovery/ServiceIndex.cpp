// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ServiceIndex.h"

#include "CatalogSearch.h"
#include "HanFold.h"
#include "SmsSender.h"

#include <algorithm>
#include <array>

namespace rebind {

namespace {

// Curated entries win over the public ones that share a key; otherwise the first one stays.
void put(QHash<QString, const CatalogEntry*>& map, const QString& key, const CatalogEntry* entry)
{
    if (key.isEmpty()) {
        return;
    }
    auto found = map.find(key);
    if (found == map.end()) {
        map.insert(key, entry);
    } else if (!(*found)->isCurated() && entry->isCurated()) {
        *found = entry;
    }
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

bool hasHan(QStringView text)
{
    return std::any_of(text.begin(), text.end(), isHan);
}

// "夸克（夸克网盘）" → "夸克"; "Apple Account (Apple ID)" → "Apple Account".
QString mainName(const QString& name)
{
    qsizetype cut = name.size();
    for (const QChar open : {QChar(0xFF08), QChar(u'(')}) {
        const qsizetype at = name.indexOf(open);
        if (at > 0) {
            cut = std::min(cut, at);
        }
    }
    return name.left(cut).trimmed();
}

// The other names a catalog name gives in brackets, when they are Chinese names
// ("中国平安（平安金管家）" → 平安金管家; "网易有道（有道词典/有道云笔记）" → 有道词典,
// 有道云笔记).
QStringList bracketNames(const QString& name)
{
    QStringList out;
    qsizetype at = 0;
    while (true) {
        const qsizetype open = name.indexOf(QChar(0xFF08), at);
        if (open < 0) {
            break;
        }
        const qsizetype close = name.indexOf(QChar(0xFF09), open + 1);
        if (close < 0) {
            break;
        }
        const QString inside = name.mid(open + 1, close - open - 1);
        QString part;
        for (const QChar c : inside + QLatin1Char('/')) {
            if (c == QLatin1Char('/') || c == QChar(0x3001) || c == QLatin1Char(',') ||
                c == QChar(0xFF0C)) {
                if (hasHan(part) && part.trimmed().size() >= 3) {
                    out.append(part.trimmed());
                }
                part.clear();
            } else {
                part.append(c);
            }
        }
        at = close + 1;
    }
    return out;
}

// "优步 Uber" → 优步, Uber: a Chinese name followed by the brand's own.
QStringList spacedParts(const QString& name)
{
    const QStringList parts = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() < 2 || !hasHan(parts.first()) || hasHan(parts.last())) {
        return {};
    }
    QString latin;
    for (qsizetype i = 1; i < parts.size(); ++i) {
        latin += (latin.isEmpty() ? QString() : QStringLiteral(" ")) + parts.at(i);
    }
    return {parts.first(), latin};
}

// Endings that say "the account at" a service rather than name it: 华为帐号 → 华为,
// "Samsung account" → samsung, "HUAWEI ID" → huawei, "个人所得税 App" → 个人所得税.
QString withoutAccountEnding(const QString& key)
{
    static const std::array<QString, 9> endings = {
        QStringLiteral("账号"), QStringLiteral("帐号"),   QStringLiteral("账户"),
        QStringLiteral("帐户"), QStringLiteral("客户端"), QStringLiteral("account"),
        QStringLiteral("id"),   QStringLiteral("app"),    QStringLiteral("accounts"),
    };
    for (const QString& ending : endings) {
        if (key.size() > ending.size() + 1 && key.endsWith(ending)) {
            return key.left(key.size() - ending.size());
        }
    }
    return key;
}

// Generic endings of signatures: a security centre, customer service, the company's legal form.
// Longest first, so that 股份有限公司 goes before 公司.
const std::array<QString, 44>& signatureEndings()
{
    static const std::array<QString, 44> endings = {
        QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
        QStringLiteral("账号安全中心"), QStringLiteral("帐号安全中心"),
        QStringLiteral("有限公司"),     QStringLiteral("安全中心"),
        QStringLiteral("账号中心"),     QStringLiteral("帐号中心"),
        QStringLiteral("用户中心"),     QStringLiteral("会员中心"),
        QStringLiteral("服务中心"),     QStringLiteral("客服中心"),
        QStringLiteral("运营中心"),     QStringLiteral("管理中心"),
        QStringLiteral("通行证"),       QStringLiteral("服务号"),
        QStringLiteral("客服"),         QStringLiteral("官方"),
        QStringLiteral("团队"),         QStringLiteral("服务"),
        QStringLiteral("平台"),         QStringLiteral("通知"),
        QStringLiteral("提醒"),         QStringLiteral("科技"),
        QStringLiteral("网络"),         QStringLiteral("信息"),
        QStringLiteral("技术"),         QStringLiteral("集团"),
        QStringLiteral("公司"),         QStringLiteral("安全"),
        QStringLiteral("security"),     QStringLiteral("official"),
        QStringLiteral("services"),     QStringLiteral("service"),
        QStringLiteral("support"),      QStringLiteral("alerts"),
        QStringLiteral("alert"),        QStringLiteral("notify"),
        QStringLiteral("verify"),       QStringLiteral("team"),
        QStringLiteral("app"),          QStringLiteral("inc"),
        QStringLiteral("ltd"),          QStringLiteral("sms"),
    };
    return endings;
}

QString withoutSignatureEnding(const QString& key)
{
    for (const QString& ending : signatureEndings()) {
        if (key.size() >= ending.size() + 2 && key.endsWith(ending)) {
            return key.left(key.size() - ending.size());
        }
    }
    return key;
}

// Words an alphanumeric sender ID adds to the brand: "CitiAlert", "DBS-SG", "AmexSMS".
bool isSenderIdAffix(const QString& word)
{
    static const QSet<QString> affixes = {
        QStringLiteral("alert"),  QStringLiteral("alerts"),  QStringLiteral("sms"),
        QStringLiteral("otp"),    QStringLiteral("info"),    QStringLiteral("notify"),
        QStringLiteral("notice"), QStringLiteral("verify"),  QStringLiteral("secure"),
        QStringLiteral("auth"),   QStringLiteral("msg"),     QStringLiteral("app"),
        QStringLiteral("team"),   QStringLiteral("service"), QStringLiteral("official"),
        QStringLiteral("online"), QStringLiteral("mobile"),  QStringLiteral("intl"),
        QStringLiteral("global"), QStringLiteral("my"),      QStringLiteral("hk"),
        QStringLiteral("sg"),     QStringLiteral("uk"),      QStringLiteral("us"),
        QStringLiteral("usa"),    QStringLiteral("ph"),      QStringLiteral("au"),
        QStringLiteral("in"),     QStringLiteral("jp"),      QStringLiteral("kr"),
        QStringLiteral("tw"),     QStringLiteral("mo"),      QStringLiteral("ca"),
        QStringLiteral("nz"),     QStringLiteral("ae"),      QStringLiteral("eu"),
        QStringLiteral("de"),     QStringLiteral("fr"),      QStringLiteral("id"),
        QStringLiteral("code"),   QStringLiteral("codes"),   QStringLiteral("security"),
    };
    return affixes.contains(word);
}

// Words that are senders' and messages' vocabulary, never a service: "INFO", "Verify", "Bank".
bool isGenericWord(const QString& key)
{
    static const QSet<QString> words = {
        QStringLiteral("info"),         QStringLiteral("alert"),    QStringLiteral("alerts"),
        QStringLiteral("notice"),       QStringLiteral("notify"),   QStringLiteral("verify"),
        QStringLiteral("otp"),          QStringLiteral("sms"),      QStringLiteral("code"),
        QStringLiteral("bank"),         QStringLiteral("service"),  QStringLiteral("services"),
        QStringLiteral("support"),      QStringLiteral("team"),     QStringLiteral("account"),
        QStringLiteral("security"),     QStringLiteral("secure"),   QStringLiteral("message"),
        QStringLiteral("msg"),          QStringLiteral("auth"),     QStringLiteral("login"),
        QStringLiteral("update"),       QStringLiteral("promo"),    QStringLiteral("reminder"),
        QStringLiteral("pay"),          QStringLiteral("payment"),  QStringLiteral("delivery"),
        QStringLiteral("order"),        QStringLiteral("shop"),     QStringLiteral("store"),
        QStringLiteral("mobile"),       QStringLiteral("app"),      QStringLiteral("news"),
        QStringLiteral("test"),         QStringLiteral("hello"),    QStringLiteral("admin"),
        QStringLiteral("system"),       QStringLiteral("noreply"),  QStringLiteral("office"),
        QStringLiteral("help"),         QStringLiteral("mail"),     QStringLiteral("email"),
        QStringLiteral("card"),         QStringLiteral("wallet"),   QStringLiteral("money"),
        QStringLiteral("travel"),       QStringLiteral("food"),     QStringLiteral("taxi"),
        QStringLiteral("ride"),         QStringLiteral("music"),    QStringLiteral("video"),
        QStringLiteral("games"),        QStringLiteral("game"),     QStringLiteral("cloud"),
        QStringLiteral("drive"),        QStringLiteral("home"),     QStringLiteral("health"),
        QStringLiteral("one"),          QStringLiteral("the"),      QStringLiteral("verification"),
        QStringLiteral("notification"), QStringLiteral("official"), QStringLiteral("online"),
    };
    return words.contains(key);
}

// Sender ID words: split at anything not a letter or digit and where a lower-case letter is
// followed by a capital ("CitiAlert" → citi, alert).
QStringList senderIdWords(const QString& sender)
{
    QStringList words;
    QString word;
    QChar previous;
    for (const QChar c : sender) {
        if (!c.isLetterOrNumber()) {
            if (!word.isEmpty()) {
                words.append(word.toLower());
                word.clear();
            }
        } else {
            if (!word.isEmpty() && previous.isLower() && c.isUpper()) {
                words.append(word.toLower());
                word.clear();
            }
            word.append(c);
        }
        previous = c;
    }
    if (!word.isEmpty()) {
        words.append(word.toLower());
    }
    return words;
}

} // namespace

QString ServiceIndex::key(QStringView text)
{
    // The same spelling rules as the catalog's search, then one script for Chinese.
    return HanFold::fold(CatalogSearch::normalize(text.toString()));
}

ServiceIndex::ServiceIndex(const Catalog& catalog)
{
    for (const CatalogCompany& company : catalog.companies()) {
        for (const QString& signature : company.smsSignatures) {
            m_companySignatures.insert(key(signature), &company);
        }
        for (const QString& sender : company.smsSenders) {
            m_companySenders.insert(key(sender), &company);
        }
    }
    for (const CatalogEntry& entry : catalog.entries()) {
        for (const QString& signature : entry.smsSignatures) {
            put(m_signatures, key(signature), &entry);
        }
        for (const QString& sender : entry.smsSenders) {
            put(m_senders, key(sender), &entry);
        }
        for (const QString& domain : entry.domains) {
            put(m_domains, domain.toLower(), &entry);
        }
        addNames(entry);
    }
    for (const QString& ambiguous : std::as_const(m_ambiguous)) {
        m_derived.remove(ambiguous);
    }
    // A derived key that is also a whole name belongs to that name.
    for (auto it = m_derived.begin(); it != m_derived.end();) {
        it = m_names.contains(it.key()) ? m_derived.erase(it) : std::next(it);
    }

    // Each company's services by every name they go by, the longest first: "QQ邮箱" names the
    // mail service, not QQ itself.
    for (const CatalogCompany& company : catalog.companies()) {
        QList<Marker>& markers = m_companyNames[&company];
        for (const QString& id : company.services) {
            const CatalogEntry* entry = catalog.find(id);
            if (entry == nullptr) {
                continue;
            }
            QStringList names = QStringList{entry->names.zh, entry->names.en,
                                            mainName(entry->names.zh), mainName(entry->names.en)} +
                                entry->aliases + bracketNames(entry->names.zh);
            for (const QString& name : std::as_const(names)) {
                const QString wanted = key(name);
                if (wanted.size() >= 2) {
                    markers.append({wanted, entry});
                }
            }
        }
        std::sort(markers.begin(), markers.end(),
                  [](const Marker& a, const Marker& b) { return a.key.size() > b.key.size(); });
    }
    addChildren(catalog);
}

void ServiceIndex::addNames(const CatalogEntry& entry)
{
    if (!entry.isCurated()) {
        // The id too: "google", "wechat" are how English messages name them.
        for (const QString& name : QStringList{entry.names.zh, entry.names.en, entry.id}) {
            put(m_public, key(name), &entry);
        }
        return;
    }
    for (const QString& name : QStringList{entry.names.zh, entry.names.en, entry.id}) {
        put(m_names, key(name), &entry);
    }
    for (const QString& alias : entry.aliases) {
        const QString aliasKey = key(alias);
        put(m_names, aliasKey, &entry);
        if (aliasKey.size() <= 2) {
            m_shortAliases.insert(aliasKey);
        }
    }
    // Names and ids are never "short aliases" even when short ("EA", "QQ").
    for (const QString& name :
         QStringList{entry.names.zh, entry.names.en, entry.id, mainName(entry.names.en)}) {
        m_shortAliases.remove(key(name));
    }

    QStringList readings;
    for (const QString& name : {entry.names.zh, entry.names.en}) {
        const QString main = mainName(name);
        readings << main << spacedParts(main) << bracketNames(name);
    }
    for (const QString& alias : entry.aliases) {
        readings << alias;
    }
    for (const QString& reading : std::as_const(readings)) {
        const QString readingKey = key(reading);
        addDerived(readingKey, entry);
        addDerived(withoutAccountEnding(readingKey), entry);
    }
}

void ServiceIndex::addDerived(const QString& derivedKey, const CatalogEntry& entry)
{
    if (derivedKey.size() < 2) {
        return;
    }
    const auto found = m_derived.constFind(derivedKey);
    if (found == m_derived.constEnd()) {
        m_derived.insert(derivedKey, &entry);
    } else if (*found != &entry) {
        m_ambiguous.insert(derivedKey);
    }
}

void ServiceIndex::addChildren(const Catalog& catalog)
{
    // Each curated service by its Chinese name.
    QList<Marker> mains;
    for (const CatalogEntry& entry : catalog.entries()) {
        if (!entry.isCurated() || entry.generic) {
            continue;
        }
        QString main = mainName(entry.names.zh);
        const QStringList parts = spacedParts(main);
        if (!parts.isEmpty()) {
            main = parts.first();
        }
        const QString mainKey = key(main);
        if (mainKey.size() >= 2 && hasHan(mainKey)) {
            mains.append({mainKey, &entry});
        }
    }
    for (const Marker& child : std::as_const(mains)) {
        const Marker* parent = nullptr;
        for (const Marker& candidate : std::as_const(mains)) {
            if (candidate.entry != child.entry && child.key.size() > candidate.key.size() &&
                child.key.startsWith(candidate.key) &&
                (parent == nullptr || candidate.key.size() > parent->key.size())) {
                parent = &candidate;
            }
        }
        if (parent == nullptr) {
            continue;
        }
        QList<Marker>& markers = m_children[parent->entry];
        markers.append({child.key, child.entry});
        // What the child adds to the parent's name ("信用卡") says it on its own when it is
        // a word of its own, not a two-character fragment.
        const QString rest = child.key.mid(parent->key.size());
        if (rest.size() >= 3) {
            markers.append({rest, child.entry});
        }
        for (const QString& alias : child.entry->aliases) {
            const QString aliasKey = key(alias);
            if (aliasKey.size() >= 3 && hasHan(aliasKey)) {
                markers.append({aliasKey, child.entry});
            }
        }
    }
    for (QList<Marker>& markers : m_children) {
        std::sort(markers.begin(), markers.end(),
                  [](const Marker& a, const Marker& b) { return a.key.size() > b.key.size(); });
    }
}

ServiceHit ServiceIndex::exact(const QString& wanted, bool withPublic) const
{
    if (const CatalogEntry* entry = m_signatures.value(wanted, nullptr)) {
        return {entry, nullptr};
    }
    if (const CatalogCompany* company = m_companySignatures.value(wanted, nullptr)) {
        return {nullptr, company};
    }
    if (const CatalogEntry* entry = m_names.value(wanted, nullptr)) {
        return {entry, nullptr};
    }
    if (const CatalogEntry* entry = m_derived.value(wanted, nullptr)) {
        return {entry, nullptr};
    }
    if (withPublic) {
        if (const CatalogEntry* entry = m_public.value(wanted, nullptr)) {
            return {entry, nullptr};
        }
    }
    return {};
}

ServiceHit ServiceIndex::byParts(const QString& wanted) const
{
    // The longest known beginning (a brand with a sub-brand or an office after it: 天猫超市,
    // 国网江苏电力) and the longest known ending (an institution after a place: 北京住房公积金);
    // the longer reading wins. Public names are left out: they are too many and too plain.
    ServiceHit prefixHit;
    qsizetype prefixLength = 0;
    for (qsizetype n = wanted.size() - 1; n >= 2; --n) {
        const QString prefix = wanted.left(n);
        if (!isHan(prefix.back()) && prefix.size() < 3) {
            continue;
        }
        const ServiceHit hit = exact(prefix, false);
        if (hit.found()) {
            prefixHit = hit;
            prefixLength = n;
            break;
        }
    }
    ServiceHit suffixHit;
    qsizetype suffixLength = 0;
    for (qsizetype n = 1; n + 3 <= wanted.size(); ++n) {
        const QString suffix = wanted.mid(n);
        if (!isHan(suffix.front())) {
            continue;
        }
        const ServiceHit hit = exact(suffix, false);
        if (hit.entry != nullptr) {
            suffixHit = hit;
            suffixLength = suffix.size();
            break;
        }
    }
    if (suffixLength > prefixLength) {
        return suffixHit;
    }
    if (prefixHit.company != nullptr) {
        // 网易有道: the group's name, then which of its services.
        const QString rest = wanted.mid(prefixLength);
        for (const Marker& marker : m_companyNames.value(prefixHit.company)) {
            if (rest.contains(marker.key)) {
                return {marker.entry, nullptr};
            }
        }
    }
    return prefixHit;
}

ServiceHit ServiceIndex::bySignature(const QString& signature) const
{
    QString wanted = key(signature);
    if (wanted.isEmpty()) {
        return {};
    }
    ServiceHit hit = exact(wanted, true);
    while (!hit.found()) {
        const QString shorter = withoutSignatureEnding(wanted);
        if (shorter == wanted) {
            break;
        }
        wanted = shorter;
        hit = exact(wanted, true);
    }
    if (!hit.found() && wanted.size() >= 3) {
        hit = byParts(wanted);
    }
    return hit;
}

ServiceHit ServiceIndex::byServiceNumber(const QString& sender) const
{
    const QString number = SmsSender::serviceNumber(sender);
    if (number.isEmpty()) {
        return {};
    }
    if (const CatalogCompany* company = m_companySenders.value(number, nullptr)) {
        return {nullptr, company};
    }
    return {m_senders.value(number, nullptr), nullptr};
}

const CatalogEntry* ServiceIndex::nameKey(const QString& wanted, bool senderOrPhrase) const
{
    if (wanted.size() < 2 || isGenericWord(wanted)) {
        return nullptr;
    }
    if (!(senderOrPhrase && m_shortAliases.contains(wanted))) {
        if (const CatalogEntry* entry = m_names.value(wanted, nullptr)) {
            return entry;
        }
    }
    if (const CatalogEntry* entry = m_signatures.value(wanted, nullptr)) {
        return entry;
    }
    if (const CatalogEntry* entry = m_derived.value(wanted, nullptr)) {
        return entry;
    }
    return m_public.value(wanted, nullptr);
}

const CatalogEntry* ServiceIndex::byName(const QString& name) const
{
    return nameKey(key(name), true);
}

const CatalogEntry* ServiceIndex::bySenderId(const QString& sender) const
{
    const QString whole = key(sender);
    if (const CatalogEntry* entry = nameKey(whole, true)) {
        return entry;
    }
    QStringList words = senderIdWords(sender);
    while (words.size() > 1 && isSenderIdAffix(words.last())) {
        words.removeLast();
    }
    while (words.size() > 1 && isSenderIdAffix(words.first())) {
        words.removeFirst();
    }
    const QString stripped = key(words.join(QString()));
    if (stripped != whole) {
        if (const CatalogEntry* entry = nameKey(stripped, true)) {
            return entry;
        }
    }
    // A brand run together with a short tail: "HSBCHK", "UberX".
    for (qsizetype n = whole.size() - 1; n >= 4 && whole.size() - n <= 3; --n) {
        const QString prefix = whole.left(n);
        if (isGenericWord(prefix)) {
            continue;
        }
        if (const CatalogEntry* entry = m_names.value(prefix, nullptr)) {
            return entry;
        }
        if (const CatalogEntry* entry = m_derived.value(prefix, nullptr)) {
            return entry;
        }
    }
    return nullptr;
}

const CatalogEntry* ServiceIndex::byDomain(const QString& host) const
{
    QString domain = host.toLower();
    while (domain.contains(QLatin1Char('.'))) {
        if (const CatalogEntry* entry = m_domains.value(domain, nullptr)) {
            return entry;
        }
        domain = domain.mid(domain.indexOf(QLatin1Char('.')) + 1);
    }
    return nullptr;
}

const CatalogEntry* ServiceIndex::serviceNamedIn(const CatalogCompany& company,
                                                 const QString& body) const
{
    const auto markers = m_companyNames.constFind(&company);
    if (markers == m_companyNames.constEnd()) {
        return nullptr;
    }
    const QString text = key(body);
    for (const Marker& marker : *markers) {
        if (text.contains(marker.key)) {
            return marker.entry;
        }
    }
    return nullptr;
}

const CatalogEntry* ServiceIndex::narrowed(const CatalogEntry* entry, const QString& body) const
{
    if (entry == nullptr) {
        return nullptr;
    }
    const auto markers = m_children.constFind(entry);
    if (markers == m_children.constEnd()) {
        return entry;
    }
    // Chinese markers are found in the body as it is (no spaces or case to even out); the
    // body's key is made only when a marker needs it.
    QString text;
    for (const Marker& marker : *markers) {
        const bool plain = std::all_of(marker.key.begin(), marker.key.end(), isHan);
        if (!plain && text.isEmpty()) {
            text = key(body);
        }
        if ((plain ? body : text).contains(marker.key)) {
            return marker.entry;
        }
    }
    return entry;
}

} // namespace rebind
