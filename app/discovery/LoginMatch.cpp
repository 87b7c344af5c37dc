// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LoginMatch.h"

#include "PhoneNumber.h"

#include <QSet>
#include <QStringList>
#include <QUrl>

namespace rebind {

namespace {

// Separators people put between digit groups, in ASCII and full width (Chinese input methods).
bool isDigitSeparator(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '-':
    case '.':
    case '(':
    case ')':
    case 0x00A0: // no-break space
    case 0x3000: // ideographic space
    case 0xFF08: // （
    case 0xFF09: // ）
    case 0xFF0D: // －
    case 0xFF0E: // ．
        return true;
    default:
        return false;
    }
}

// Suffixes under which names are registered one level down (bank.com.cn, not com.cn). Not the
// whole Public Suffix List: the second-level suffixes of China, its regions and the countries
// whose services Chinese users are most likely to have, which is what Rebind's catalog holds.
const QSet<QString>& secondLevelSuffixes()
{
    static const QSet<QString> suffixes = [] {
        QSet<QString> out;
        const char* const cn[] = {"com", "net", "org", "gov", "edu", "ac", "mil", "ah", "bj",
                                  "cq",  "fj",  "gd",  "gs",  "gx",  "gz", "ha",  "hb", "he",
                                  "hi",  "hk",  "hl",  "hn",  "jl",  "js", "jx",  "ln", "mo",
                                  "nm",  "nx",  "qh",  "sc",  "sd",  "sh", "sn",  "sx", "tj",
                                  "tw",  "xj",  "xz",  "yn",  "zj"};
        for (const char* label : cn) {
            out.insert(QString::fromLatin1(label) + QLatin1String(".cn"));
        }
        const char* const others[] = {
            "com.hk", "net.hk", "org.hk", "gov.hk", "edu.hk", "idv.hk", "com.mo", "net.mo",
            "org.mo", "gov.mo", "edu.mo", "com.tw", "net.tw", "org.tw", "gov.tw", "edu.tw",
            "idv.tw", "co.uk",  "org.uk", "ac.uk",  "gov.uk", "me.uk",  "ltd.uk", "plc.uk",
            "co.jp",  "ne.jp",  "or.jp",  "ac.jp",  "go.jp",  "co.kr",  "or.kr",  "go.kr",
            "ac.kr",  "com.sg", "net.sg", "org.sg", "gov.sg", "edu.sg", "com.my", "gov.my",
            "com.au", "net.au", "org.au", "gov.au", "edu.au", "co.nz",  "org.nz", "govt.nz",
            "co.in",  "gov.in", "com.br", "gov.br", "com.mx", "co.za",  "com.tr", "co.th",
            "com.vn", "com.ph", "co.id",  "com.ar", "co.il",  "com.ua", "com.ru"};
        for (const char* suffix : others) {
            out.insert(QLatin1String(suffix));
        }
        return out;
    }();
    return suffixes;
}

bool isIpAddress(const QString& host)
{
    if (host.contains(QLatin1Char(':'))) {
        return true; // IPv6; QUrl has taken off the brackets
    }
    for (const QChar c : host) {
        if (!c.isDigit() && c != QLatin1Char('.')) {
            return false;
        }
    }
    return true;
}

// "android://HASH@com.tencent.mm/" (Chrome) or "androidapp://com.tencent.mm" (Bitwarden).
QString appId(const QString& rest)
{
    QString id = rest;
    const qsizetype at = id.indexOf(QLatin1Char('@'));
    if (at >= 0) {
        id = id.mid(at + 1);
    }
    const qsizetype slash = id.indexOf(QLatin1Char('/'));
    if (slash >= 0) {
        id.truncate(slash);
    }
    return id.trimmed();
}

} // namespace

bool LoginMatch::isPhoneNumber(const QString& username, const PhoneNumber& number)
{
    if (number.isNull()) {
        return false;
    }
    QString digits;
    bool plus = false;
    for (const QChar c : username.trimmed()) {
        if (c.isDigit()) {
            digits.append(QChar(u'0' + c.digitValue()));
        } else if ((c == QLatin1Char('+') || c == QChar(0xFF0B)) && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!isDigitSeparator(c)) {
            return false;
        }
    }
    // The shortest numbers are 7 digits; +, 00, a country code and 15 digits is the longest
    // spelling worth a parse.
    if (digits.size() < 7 || digits.size() > 20) {
        return false;
    }
    const QString candidate = plus ? QLatin1Char('+') + digits : digits;
    QStringList regions{QStringLiteral("CN")};
    const QString own = number.regionCode();
    if (!own.isEmpty() && own != regions.first()) {
        regions.prepend(own);
    }
    for (const QString& region : std::as_const(regions)) {
        const Result<PhoneNumber> parsed = PhoneNumber::parse(candidate, region);
        if (parsed && *parsed == number) {
            return true;
        }
    }
    return false;
}

QString LoginMatch::hostOf(const QString& url)
{
    QString text = url.trimmed().toLower();
    if (text.isEmpty()) {
        return {};
    }
    const qsizetype schemeEnd = text.indexOf(QLatin1String("://"));
    const QString scheme = schemeEnd >= 0 ? text.left(schemeEnd) : QString();
    if (scheme == QLatin1String("android") || scheme == QLatin1String("androidapp")) {
        const QString id = appId(text.mid(schemeEnd + 3));
        return id.isEmpty() ? QString() : QLatin1String("android:") + id;
    }
    if (scheme == QLatin1String("iosapp")) {
        const QString id = appId(text.mid(schemeEnd + 3));
        return id.isEmpty() ? QString() : QLatin1String("ios:") + id;
    }
    if (schemeEnd < 0) {
        text.prepend(QLatin1String("http://")); // a bare host: "taobao.com", "taobao.com/x"
    } else if (scheme != QLatin1String("http") && scheme != QLatin1String("https") &&
               scheme != QLatin1String("ftp")) {
        return {}; // moz-extension://, chrome://, file:// …: no site behind them
    }
    const QUrl parsed(text, QUrl::TolerantMode);
    if (!parsed.isValid()) {
        return {};
    }
    QString host = parsed.host(QUrl::FullyDecoded);
    while (host.endsWith(QLatin1Char('.'))) {
        host.chop(1);
    }
    if (host.startsWith(QLatin1String("www."))) {
        host = host.mid(4);
    }
    return host;
}

QString LoginMatch::domainOf(const QString& url)
{
    const QString host = hostOf(url);
    if (host.isEmpty() || host.startsWith(QLatin1String("android:")) ||
        host.startsWith(QLatin1String("ios:")) || isIpAddress(host)) {
        return host;
    }
    const QStringList labels = host.split(QLatin1Char('.'));
    if (labels.size() <= 2) {
        return host;
    }
    const qsizetype n = labels.size();
    const QString lastTwo = labels.at(n - 2) + QLatin1Char('.') + labels.at(n - 1);
    const qsizetype keep = secondLevelSuffixes().contains(lastTwo) ? 3 : 2;
    return labels.mid(n - keep).join(QLatin1Char('.'));
}

} // namespace rebind
