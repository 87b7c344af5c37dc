// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginMatcher.h"

#include "Catalog.h"
#include "LoginMatch.h"
#include "ServiceIndex.h"
#include "ServiceText.h"

#include <QCryptographicHash>

namespace rebind {

namespace {

// Exact names, aliases and ids score 100 in the catalog's search, SMS signatures (the brand or
// company a service signs with) 95. Everyday keywords (85) are not names: a login called
// "设计", "图片" or "保险" is not Canva, Pinterest or an insurer, so they do not count here.
constexpr int kStrongScore = 95;

// An address the catalog knows exactly outranks one it knows only by a parent domain or package.
constexpr int kExactAddress = 1000;

const QLatin1String kAndroid("android:");
const QLatin1String kIos("ios:");

bool isCjk(QChar c)
{
    return c.unicode() >= 0x2E80;
}

// A run of letters and digits of one script, with where it stands in the name.
struct Token
{
    qsizetype begin = 0;
    qsizetype end = 0;
    bool cjk = false;
};

// Splits at everything but letters and digits, and where Latin meets Chinese ("招商银行App").
QList<Token> tokenize(const QString& text)
{
    QList<Token> tokens;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!c.isLetterOrNumber()) {
            continue;
        }
        if (!tokens.isEmpty() && tokens.last().end == i && tokens.last().cjk == isCjk(c)) {
            tokens.last().end = i + 1;
        } else {
            tokens.append({i, i + 1, isCjk(c)});
        }
    }
    return tokens;
}

// Words people put around a service's name when they name a login: the kind of login, the
// platform, "my". Only taken off the ends, and Latin ones only as whole words.
const QStringList& suffixWords()
{
    static const QStringList words{
        QStringLiteral("个人网银"), QStringLiteral("企业网银"), QStringLiteral("网上银行"),
        QStringLiteral("手机银行"), QStringLiteral("登录密码"), QStringLiteral("登陆密码"),
        QStringLiteral("网页版"),   QStringLiteral("客户端"),   QStringLiteral("网银"),
        QStringLiteral("密码"),     QStringLiteral("账号"),     QStringLiteral("帐号"),
        QStringLiteral("账户"),     QStringLiteral("帐户"),     QStringLiteral("登录"),
        QStringLiteral("登陆"),     QStringLiteral("官网"),     QStringLiteral("网站"),
        QStringLiteral("会员"),     QStringLiteral("app"),      QStringLiteral("apps"),
        QStringLiteral("account"),  QStringLiteral("accounts"), QStringLiteral("login"),
        QStringLiteral("logon"),    QStringLiteral("signin"),   QStringLiteral("password"),
        QStringLiteral("pwd"),      QStringLiteral("id"),       QStringLiteral("web"),
        QStringLiteral("website"),  QStringLiteral("online"),   QStringLiteral("banking"),
        QStringLiteral("mobile"),   QStringLiteral("official"),
    };
    return words;
}

const QStringList& prefixWords()
{
    static const QStringList words{QStringLiteral("我的"), QStringLiteral("my")};
    return words;
}

// Takes one decoration off either end; false when there is none left to take.
bool stripDecoration(const QString& text, QList<Token>& tokens)
{
    if (tokens.size() > 1) {
        const Token& last = tokens.last();
        const QString word = text.mid(last.begin, last.end - last.begin).toLower();
        if (suffixWords().contains(word)) {
            tokens.removeLast();
            return true;
        }
        const Token& first = tokens.first();
        if (prefixWords().contains(text.mid(first.begin, first.end - first.begin).toLower())) {
            tokens.removeFirst();
            return true;
        }
    }
    // Chinese is written without spaces: "工行网银", "我的淘宝".
    Token& last = tokens.last();
    if (last.cjk) {
        const QString word = text.mid(last.begin, last.end - last.begin);
        for (const QString& suffix : suffixWords()) {
            if (isCjk(suffix.at(0)) && word.size() > suffix.size() && word.endsWith(suffix)) {
                last.end -= suffix.size();
                return true;
            }
        }
    }
    Token& first = tokens.first();
    if (first.cjk) {
        const QString word = text.mid(first.begin, first.end - first.begin);
        for (const QString& prefix : prefixWords()) {
            if (isCjk(prefix.at(0)) && word.size() > prefix.size() && word.startsWith(prefix)) {
                first.begin += prefix.size();
                return true;
            }
        }
    }
    return false;
}

bool isOpening(QChar c)
{
    return QStringView(u"(（[【《「<").contains(c);
}

bool isClosing(QChar c)
{
    return QStringView(u")）]】》」>").contains(c);
}

// "工行（工资卡）" → "工行" and {"工资卡"}.
QString withoutBrackets(const QString& text, QStringList* contents)
{
    QString outside;
    QString inside;
    int depth = 0;
    for (const QChar c : text) {
        if (isOpening(c)) {
            ++depth;
        } else if (isClosing(c) && depth > 0) {
            if (--depth == 0) {
                contents->append(inside.trimmed());
                inside.clear();
            }
        } else if (depth > 0) {
            inside.append(c);
        } else {
            outside.append(c);
        }
    }
    return outside.trimmed();
}

// "张三 - 招商银行", "工行|工资卡", "QQ：大号": the parts a name is made of. A hyphen only splits
// between words ("T-Mobile" stays whole).
QStringList parts(const QString& text)
{
    QStringList out;
    QString part;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        bool separator = QStringView(u"|｜/\\:：·•,，、;；—–").contains(c);
        if (c == QLatin1Char('-')) {
            const QChar before = i > 0 ? text.at(i - 1) : QChar(u' ');
            const QChar after = i + 1 < text.size() ? text.at(i + 1) : QChar(u' ');
            separator = before.isSpace() || after.isSpace() || isCjk(before) || isCjk(after);
        }
        if (separator) {
            out.append(part.trimmed());
            part.clear();
        } else {
            part.append(c);
        }
    }
    out.append(part.trimmed());
    out.removeAll(QString());
    return out;
}

// Whether a domain of the entry is the host itself, else the longest one the host is under.
int domainSpecificity(const CatalogEntry& entry, const QString& host)
{
    int best = 1; // found through the registrable domain only
    for (const QString& domain : entry.domains) {
        const QString d = domain.toLower();
        if (host == d) {
            best = std::max(best, kExactAddress + static_cast<int>(d.size()));
        } else if (host.endsWith(QLatin1Char('.') + d)) {
            best = std::max(best, static_cast<int>(d.size()));
        }
    }
    return best;
}

bool looksLikeMobileNumber(const QString& username)
{
    if (username.contains(QLatin1Char('@'))) {
        return false;
    }
    auto parsed = PhoneNumber::parse(username);
    return parsed.ok() && parsed->e164().size() >= 10;
}

} // namespace

LoginMatcher::LoginMatcher(const Catalog& catalog, const ServiceIndex& index,
                           const PhoneNumber& number)
    : m_index(index), m_search(catalog), m_number(number)
{
    for (const CatalogEntry& entry : catalog.entries()) {
        for (const QString& package : entry.androidPackages) {
            // Curated entries win over public ones that claim the same package.
            const CatalogEntry*& slot = m_packages[package.trimmed().toLower()];
            if (slot == nullptr || (!slot->isCurated() && entry.isCurated())) {
                slot = &entry;
            }
        }
        if (entry.generic) {
            continue; // "其他银行" is what a login is when it is no bank in particular
        }
        QSet<QString> keys;
        for (const QString& name : QStringList{entry.names.zh, entry.names.en, entry.id} +
                                       entry.aliases + entry.smsSignatures) {
            keys.insert(CatalogSearch::normalize(name));
        }
        keys.remove(QString());
        for (const QString& key : std::as_const(keys)) {
            m_names[key].append(&entry);
        }
    }
}

const CatalogEntry* LoginMatcher::byPackage(const QString& package) const
{
    QString id = package.trimmed().toLower();
    while (id.contains(QLatin1Char('.'))) {
        if (const CatalogEntry* entry = m_packages.value(id, nullptr)) {
            return entry;
        }
        id.truncate(id.lastIndexOf(QLatin1Char('.')));
    }
    return nullptr;
}

const CatalogEntry* LoginMatcher::exactName(const QString& candidate) const
{
    const QString key = CatalogSearch::normalize(candidate);
    // A single character stands for too many things.
    if (key.size() < 2) {
        return nullptr;
    }
    const auto found = m_names.constFind(key);
    if (found == m_names.constEnd()) {
        return nullptr;
    }
    const CatalogEntry* curated = nullptr;
    const CatalogEntry* other = nullptr;
    int curatedCount = 0;
    int otherCount = 0;
    for (const CatalogEntry* entry : *found) {
        if (m_search.score(*entry, key) < kStrongScore) {
            continue;
        }
        if (entry->isCurated()) {
            curated = entry;
            ++curatedCount;
        } else {
            other = entry;
            ++otherCount;
        }
    }
    // A name two services answer to names neither.
    if (curatedCount == 1) {
        return curated;
    }
    return curatedCount == 0 && otherCount == 1 ? other : nullptr;
}

const CatalogEntry* LoginMatcher::byEntryName(const QString& name, QString* matched) const
{
    // One candidate text: a domain in it ("爱奇艺 (iqiyi.com)"), else its words with the
    // decorations taken off one by one, the longest reading first.
    const auto match = [this](const QString& text, QString* words) -> const CatalogEntry* {
        if (text.contains(QLatin1Char('.')) && !text.contains(QLatin1Char(' '))) {
            const QString host = LoginMatch::hostOf(text);
            if (host.contains(QLatin1Char('.'))) {
                if (const CatalogEntry* entry = m_index.byDomain(host)) {
                    *words = host;
                    return entry;
                }
            }
        }
        QList<Token> tokens = tokenize(text);
        while (!tokens.isEmpty()) {
            const QString candidate =
                text.mid(tokens.first().begin, tokens.last().end - tokens.first().begin);
            if (const CatalogEntry* entry = exactName(candidate)) {
                *words = candidate;
                return entry;
            }
            if (!stripDecoration(text, tokens)) {
                break;
            }
        }
        return nullptr;
    };

    const QString title = name.trimmed();
    QString words;
    const CatalogEntry* found = match(title, &words);
    QStringList bracketed;
    const QString outside = withoutBrackets(title, &bracketed);
    if (found == nullptr && outside != title) {
        found = match(outside, &words);
    }
    if (found == nullptr) {
        // The name is made of parts ("张三 - 招商银行", "工行（工资卡）"): the one service its
        // parts name; none when they name two.
        QStringList pieces = bracketed;
        const QStringList split = parts(outside);
        if (split.size() > 1) {
            pieces += split;
        }
        for (const QString& piece : std::as_const(pieces)) {
            QString pieceWords;
            const CatalogEntry* entry = match(piece, &pieceWords);
            if (entry == nullptr || entry == found) {
                continue;
            }
            if (found != nullptr) {
                return nullptr;
            }
            found = entry;
            words = pieceWords;
        }
    }
    if (found != nullptr && matched != nullptr) {
        *matched = words;
    }
    return found;
}

LoginMatcher::AddressMatch LoginMatcher::matchAddress(const QString& host, const QString& url) const
{
    AddressMatch out;
    if (host.startsWith(kAndroid)) {
        const QString package = host.mid(kAndroid.size());
        out.entry = byPackage(package);
        if (out.entry != nullptr) {
            out.evidence = package;
            const bool exact = out.entry->androidPackages.contains(package, Qt::CaseInsensitive);
            out.specificity = static_cast<int>(package.size()) + (exact ? kExactAddress : 0);
        }
        return out;
    }
    if (host.startsWith(kIos)) {
        return out; // the catalog holds no iOS bundle ids
    }
    out.entry = m_index.byDomain(host);
    if (out.entry == nullptr) {
        out.entry = m_index.byDomain(LoginMatch::domainOf(url));
    }
    if (out.entry != nullptr) {
        out.evidence = host;
        out.specificity = domainSpecificity(*out.entry, host);
    }
    return out;
}

LoginMatcher::Service LoginMatcher::serviceOf(const PasswordEntry& login) const
{
    QString primaryUrl;
    bool web = false;
    QStringList apps;
    AddressMatch best;
    for (const QString& url : login.urls) {
        const QString host = LoginMatch::hostOf(url);
        if (host.isEmpty()) {
            continue; // moz-extension://, chrome://, words typed into the address field
        }
        if (host.startsWith(kAndroid) || host.startsWith(kIos)) {
            apps.append(host.mid(host.indexOf(QLatin1Char(':')) + 1));
        } else {
            web = true;
        }
        const AddressMatch match = matchAddress(host, url);
        if (primaryUrl.isEmpty()) {
            primaryUrl = url;
            // The first address is where the login was saved: it owns the login.
            if (match.entry != nullptr) {
                return {match.entry, match.evidence, false};
            }
        } else if (match.entry != nullptr && match.specificity > best.specificity) {
            best = match;
        }
    }
    if (best.entry != nullptr) {
        return {best.entry, best.evidence, false};
    }
    // A web address the catalog does not know says where the login is; its name does not. Nor
    // does a name that is only the app's package (Chrome names app logins so), read as a domain.
    if (!web && !login.title.isEmpty() && !apps.contains(login.title.trimmed().toLower())) {
        QString words;
        if (const CatalogEntry* entry = byEntryName(login.title, &words)) {
            return {entry, words, true};
        }
    }
    return {nullptr, primaryUrl.isEmpty() ? QString() : LoginMatch::domainOf(primaryUrl), false};
}

bool LoginMatcher::isNumber(const QString& username) const
{
    return m_number.isNull() ? looksLikeMobileNumber(username)
                             : LoginMatch::isPhoneNumber(username, m_number);
}

std::optional<Finding> LoginMatcher::take(const PasswordEntry& login)
{
    const Service service = serviceOf(login);
    const bool phone = isNumber(login.username);
    // Sites the catalog does not know are only worth listing when the number is the login.
    if (service.entry == nullptr && (!phone || service.evidence.isEmpty())) {
        return std::nullopt;
    }
    Finding finding;
    finding.entry = service.entry;
    finding.name =
        service.entry != nullptr ? service.entry->name(ServiceText::language()) : service.evidence;
    finding.evidenceKind = QStringLiteral("password");
    finding.evidence = service.evidence;
    finding.count = 1;
    finding.loginIsPhone = phone;

    // Only a digest of the account is kept: user names are not copied around for counting. A
    // number is one account however it is spelled.
    QString account = login.username.trimmed().toLower();
    if (phone && !m_number.isNull()) {
        account = QStringLiteral("\x01") + m_number.e164();
    } else if (phone) {
        if (const auto parsed = PhoneNumber::parse(login.username)) {
            account = QStringLiteral("\x01") + parsed->e164();
        }
    }
    QCryptographicHash digester(QCryptographicHash::Sha256);
    digester.addData(finding.key().toUtf8());
    digester.addData(QByteArrayView("\n"));
    digester.addData(account.toUtf8());
    const QString digest = QString::fromLatin1(digester.result().toBase64());
    if (m_accounts.contains(digest)) {
        return std::nullopt;
    }
    m_accounts.insert(digest);
    return finding;
}

} // namespace rebind
