// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CodePhrase.h"

#include <array>
#include <QList>
#include <QSet>

namespace rebind {

namespace {

constexpr int kMaxWords = 4;

struct Word
{
    QStringView text;
    QString lower;
    bool joined = false; // only blanks between it and the word before
    bool capitalised = false;
};

bool isLatinWordChar(QChar c)
{
    return c.isLetterOrNumber() && c.unicode() < 0x2E80;
}

bool isInnerMark(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('&') ||
           c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isBlank(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QChar(0x00A0);
}

QList<Word> wordsOf(QStringView body)
{
    QList<Word> words;
    qsizetype i = 0;
    bool joined = false;
    while (i < body.size()) {
        if (!isLatinWordChar(body.at(i))) {
            joined = joined && isBlank(body.at(i));
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < body.size() &&
               (isLatinWordChar(body.at(i)) || (isInnerMark(body.at(i)) && i + 1 < body.size() &&
                                                isLatinWordChar(body.at(i + 1))))) {
            ++i;
        }
        Word word;
        word.text = body.mid(start, i - start);
        word.lower = word.text.toString().toLower();
        word.joined = joined && !words.isEmpty();
        for (const QChar c : word.text) {
            if (c.isUpper() || c.isDigit()) {
                word.capitalised = true;
                break;
            }
        }
        words.append(std::move(word));
        joined = true;
    }
    return words;
}

const QSet<QString>& yourWords()
{
    static const QSet<QString> words = {
        QStringLiteral("your"),  QStringLiteral("ur"),   QStringLiteral("ihr"),
        QStringLiteral("ihre"),  QStringLiteral("dein"), QStringLiteral("deine"),
        QStringLiteral("votre"), QStringLiteral("ton"),  QStringLiteral("tu"),
        QStringLiteral("su"),    QStringLiteral("seu"),  QStringLiteral("sua"),
        QStringLiteral("uw"),    QStringLiteral("je"),   QStringLiteral("jouw"),
    };
    return words;
}

const QSet<QString>& codeNouns()
{
    static const QSet<QString> words = {
        QStringLiteral("code"),     QStringLiteral("codes"),     QStringLiteral("otp"),
        QStringLiteral("passcode"), QStringLiteral("pin"),       QStringLiteral("password"),
        QStringLiteral("token"),    QStringLiteral("código"),    QStringLiteral("codigo"),
        QStringLiteral("kode"),     QStringLiteral("codice"),    QStringLiteral("kod"),
        QStringLiteral("passwort"), QStringLiteral("passcodes"),
    };
    return words;
}

// What kind of code it is: between the service's name and the code noun.
const QSet<QString>& qualifiers()
{
    static const QSet<QString> words = {
        QStringLiteral("verification"),
        QStringLiteral("verify"),
        QStringLiteral("security"),
        QStringLiteral("secure"),
        QStringLiteral("login"),
        QStringLiteral("log-in"),
        QStringLiteral("sign-in"),
        QStringLiteral("signin"),
        QStringLiteral("logon"),
        QStringLiteral("one-time"),
        QStringLiteral("onetime"),
        QStringLiteral("authentication"),
        QStringLiteral("auth"),
        QStringLiteral("authorization"),
        QStringLiteral("authorisation"),
        QStringLiteral("confirmation"),
        QStringLiteral("confirm"),
        QStringLiteral("access"),
        QStringLiteral("account"),
        QStringLiteral("activation"),
        QStringLiteral("registration"),
        QStringLiteral("2fa"),
        QStringLiteral("two-factor"),
        QStringLiteral("2-step"),
        QStringLiteral("two-step"),
        QStringLiteral("temporary"),
        QStringLiteral("single-use"),
        QStringLiteral("reset"),
        QStringLiteral("recovery"),
        QStringLiteral("backup"),
        QStringLiteral("otp"),
        QStringLiteral("id"),
        QStringLiteral("mobile"),
        QStringLiteral("phone"),
        QStringLiteral("sms"),
        QStringLiteral("text"),
        QStringLiteral("validation"),
        QStringLiteral("vérification"),
        QStringLiteral("verificación"),
        QStringLiteral("verificação"),
        QStringLiteral("de"),
        QStringLiteral("verifikasi"),
        QStringLiteral("bestätigungscode"),
    };
    return words;
}

// Words that join the code noun to a name after it: "code for X", "código de X".
const QSet<QString>& connectors()
{
    static const QSet<QString> words = {
        QStringLiteral("for"),  QStringLiteral("from"),    QStringLiteral("de"),
        QStringLiteral("du"),   QStringLiteral("des"),     QStringLiteral("del"),
        QStringLiteral("für"),  QStringLiteral("pour"),    QStringLiteral("para"),
        QStringLiteral("di"),   QStringLiteral("by"),      QStringLiteral("to"),
        QStringLiteral("on"),   QStringLiteral("at"),      QStringLiteral("with"),
        QStringLiteral("per"),  QStringLiteral("sign"),    QStringLiteral("signing"),
        QStringLiteral("log"),  QStringLiteral("logging"), QStringLiteral("in"),
        QStringLiteral("into"), QStringLiteral("access"),  QStringLiteral("verify"),
        QStringLiteral("your"), QStringLiteral("the"),     QStringLiteral("is"),
        QStringLiteral("use"),  QStringLiteral("using"),   QStringLiteral("confirm"),
    };
    return words;
}

const QSet<QString>& prepositions()
{
    static const QSet<QString> words = {
        QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("from"), QStringLiteral("with"),
        QStringLiteral("at"), QStringLiteral("on"),  QStringLiteral("via"),  QStringLiteral("by"),
    };
    return words;
}

// Words that are never part of a service's name in these places.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> out = yourWords() + codeNouns() + qualifiers();
        for (const char* word :
             {"the",      "a",        "an",        "this",     "that",     "these",  "is",
              "are",      "was",      "were",      "be",       "been",     "as",     "use",
              "using",    "enter",    "and",       "or",       "to",       "for",    "from",
              "in",       "on",       "at",        "by",       "with",     "please", "do",
              "don't",    "dont",     "not",       "never",    "share",    "it",     "its",
              "here",     "new",      "one",       "time",     "single",   "us",     "our",
              "we",       "you",      "me",        "my",       "no",       "yes",    "stop",
              "help",     "reply",    "txt",       "msg",      "message",  "valid",  "expires",
              "expire",   "minutes",  "mins",      "min",      "hours",    "call",   "if",
              "didn't",   "request",  "requested", "someone",  "anyone",   "will",   "can",
              "may",      "has",      "have",      "had",      "only",     "just",   "now",
              "today",    "via",      "per",       "info",     "details",  "order",  "delivery",
              "package",  "card",     "payment",   "number",   "dear",     "hi",     "hello",
              "welcome",  "thanks",   "thank",     "customer", "user",     "member", "sign",
              "log",      "verified", "link",      "click",    "visit",    "go",     "tap",
              "open",     "la",       "le",        "el",       "der",      "die",    "das",
              "en",       "o",        "est",       "es",       "ist",      "lautet", "é",
              "team",     "support",  "service",   "services", "official", "alert",  "alerts",
              "notice",   "update",   "reminder",  "rates",    "data",     "apply",  "cancel",
              "want",     "need",     "ignore",    "mobile",   "device",   "again",  "other",
              "people",   "anybody",  "nobody",    "contact",  "profile",  "wallet", "transaction",
              "purchase", "pay"}) {
            out.insert(QString::fromUtf8(word));
        }
        return out;
    }();
    return words;
}

bool isNumber(const Word& word)
{
    for (const QChar c : word.text) {
        if (!c.isDigit()) {
            return false;
        }
    }
    return true;
}

// "of" and "&" may sit inside a name ("Bank of America", "AT&T"), between capitalised words.
bool innerLink(const QList<Word>& words, qsizetype i)
{
    return (words.at(i).lower == QLatin1String("of") || words.at(i).lower == QLatin1String("&")) &&
           i > 0 && i + 1 < words.size() && words.at(i - 1).capitalised &&
           words.at(i + 1).capitalised && words.at(i + 1).joined;
}

bool nameWord(const QList<Word>& words, qsizetype i)
{
    const Word& word = words.at(i);
    return !isNumber(word) && (!stopWords().contains(word.lower) || innerLink(words, i));
}

QString joinWords(const QList<Word>& words, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype i = from; i < to; ++i) {
        if (!out.isEmpty()) {
            out.append(QLatin1Char(' '));
        }
        out.append(words.at(i).text);
    }
    return out;
}

bool isKanaOrHangul(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3040 && u <= 0x30FF) || (u >= 0xAC00 && u <= 0xD7AF) ||
           (u >= 0x1100 && u <= 0x11FF) || (u >= 0x3130 && u <= 0x318F);
}

// The words for a code in Chinese (both scripts), Japanese and Korean; the service's name
// comes right before them: "您的Temu验证码", "LINEの認証番号", "카카오톡 인증번호".
const std::array<QString, 20>& cjkCodeWords()
{
    static const std::array<QString, 20> words = {
        QStringLiteral("验证码"),     QStringLiteral("驗證碼"),     QStringLiteral("校验码"),
        QStringLiteral("校驗碼"),     QStringLiteral("动态码"),     QStringLiteral("動態碼"),
        QStringLiteral("认证码"),     QStringLiteral("認證碼"),     QStringLiteral("确认码"),
        QStringLiteral("確認碼"),     QStringLiteral("安全码"),     QStringLiteral("安全碼"),
        QStringLiteral("登录码"),     QStringLiteral("登入碼"),     QStringLiteral("認証番号"),
        QStringLiteral("認証コード"), QStringLiteral("確認コード"), QStringLiteral("인증번호"),
        QStringLiteral("인증코드"),   QStringLiteral("コード"),
    };
    return words;
}

// Between a name and the code word: a possessive, an account word.
const std::array<QString, 10>& cjkLinks()
{
    static const std::array<QString, 10> links = {
        QStringLiteral("の"),         QStringLiteral("的"),   QStringLiteral("의"),
        QStringLiteral("账号"),       QStringLiteral("帐号"), QStringLiteral("账户"),
        QStringLiteral("帳號"),       QStringLiteral("帳戶"), QStringLiteral("계정"),
        QStringLiteral("アカウント"),
    };
    return links;
}

class Collector
{
public:
    explicit Collector(const QList<Word>& words) : m_words(words) {}

    // words[from, to): every reading, the longest first; of two as long, the one nearer the
    // anchor (the start after "your", the end before "code"): "Steam Guard code" reads
    // "Steam Guard", "Guard", "Steam".
    void add(qsizetype from, qsizetype to, bool nearStart, bool capitalFirst)
    {
        if (from >= to) {
            return;
        }
        if (capitalFirst && !m_words.at(from).capitalised) {
            return;
        }
        for (qsizetype length = to - from; length >= 1; --length) {
            for (qsizetype shift = 0; shift + length <= to - from; ++shift) {
                const qsizetype a = nearStart ? from + shift : to - length - shift;
                const qsizetype b = a + length;
                bool capital = false;
                for (qsizetype i = a; i < b; ++i) {
                    capital = capital || m_words.at(i).capitalised;
                }
                // A reading may not begin or end on a linking "of".
                if (!capital || innerLink(m_words, a) || innerLink(m_words, b - 1)) {
                    continue;
                }
                const QString name = joinWords(m_words, a, b);
                if (!m_names.contains(name)) {
                    m_names.append(name);
                }
            }
        }
    }

    // A name in a script without capitals (Korean, Japanese kana).
    void addText(const QString& name)
    {
        if (!name.isEmpty() && !m_names.contains(name)) {
            m_names.append(name);
        }
    }

    QStringList names() const { return m_names; }

private:
    const QList<Word>& m_words;
    QStringList m_names;
};

// Name words forward from i while they stay joined: the end (exclusive).
qsizetype nameForward(const QList<Word>& words, qsizetype i)
{
    qsizetype end = i;
    while (end < words.size() && end - i < kMaxWords && (end == i || words.at(end).joined) &&
           nameWord(words, end)) {
        ++end;
    }
    return end;
}

} // namespace

QStringList CodePhrase::namesIn(QStringView body)
{
    const QList<Word> words = wordsOf(body);
    Collector strong(words);
    Collector weak(words);

    // "X: your code is …" / "X 123456 is your code" at the very start.
    if (!words.isEmpty()) {
        const qsizetype end = nameForward(words, 0);
        if (end > 0) {
            const Word& last = words.at(end - 1);
            const QStringView rest =
                body.mid(last.text.data() - body.data() + last.text.size()).trimmed();
            const bool number =
                end < words.size() && words.at(end).joined && isNumber(words.at(end));
            if (number || rest.startsWith(QLatin1Char(':')) || rest.startsWith(QChar(0xFF1A))) {
                strong.add(0, end, true, false);
            }
        }
    }

    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& lower = words.at(i).lower;
        if (yourWords().contains(lower) && i + 1 < words.size() && words.at(i + 1).joined) {
            strong.add(i + 1, nameForward(words, i + 1), true, false);
        }
        if (codeNouns().contains(lower)) {
            // Backwards over the kind of code, then over the name.
            qsizetype j = i;
            while (j > 0 && words.at(j).joined && qualifiers().contains(words.at(j - 1).lower)) {
                --j;
            }
            qsizetype start = j;
            while (start > 0 && words.at(start).joined && j - start < kMaxWords &&
                   nameWord(words, start - 1)) {
                --start;
            }
            strong.add(start, j, false, false);
            // Forwards over "for", "from", "de", … to a name.
            qsizetype k = i + 1;
            while (k < words.size() && k - i <= 5 && words.at(k).joined &&
                   (connectors().contains(words.at(k).lower) ||
                    qualifiers().contains(words.at(k).lower))) {
                ++k;
            }
            if (k < words.size() && words.at(k).joined) {
                strong.add(k, nameForward(words, k), true, k == i + 1);
            }
        }
        if (prepositions().contains(lower)) {
            qsizetype k = i + 1;
            while (k < words.size() && words.at(k).joined &&
                   (yourWords().contains(words.at(k).lower) ||
                    words.at(k).lower == QLatin1String("the"))) {
                ++k;
            }
            if (k < words.size() && words.at(k).joined) {
                weak.add(k, nameForward(words, k), true, true);
            }
        }
    }
    // A name right before a Chinese, Japanese or Korean word for the code.
    for (qsizetype i = 0; i < body.size(); ++i) {
        const char16_t u = body.at(i).unicode();
        if (u != u'码' && u != u'碼' && u != u'号' && u != u'ド' && u != u'호') {
            continue;
        }
        for (const QString& word : cjkCodeWords()) {
            const qsizetype at = i + 1 - word.size();
            if (word.back() != body.at(i) || at < 0 || body.mid(at, word.size()) != word) {
                continue;
            }
            qsizetype end = at;
            const auto skipBlanks = [&] {
                while (end > 0 &&
                       (isBlank(body.at(end - 1)) || body.at(end - 1) == QChar(0x3000))) {
                    --end;
                }
            };
            skipBlanks();
            for (const QString& link : cjkLinks()) {
                if (body.left(end).endsWith(link)) {
                    end -= link.size();
                    skipBlanks();
                    break;
                }
            }
            if (end == 0) {
                break;
            }
            if (isLatinWordChar(body.at(end - 1))) {
                const QChar* stop = body.data() + end;
                for (qsizetype k = 0; k < words.size(); ++k) {
                    if (words.at(k).text.data() + words.at(k).text.size() == stop) {
                        qsizetype start = k;
                        while (start > 0 && k - start + 1 < kMaxWords && words.at(start).joined &&
                               nameWord(words, start - 1)) {
                            --start;
                        }
                        if (nameWord(words, k)) {
                            strong.add(start, k + 1, false, false);
                        }
                        break;
                    }
                }
            } else if (isKanaOrHangul(body.at(end - 1))) {
                qsizetype start = end;
                while (start > 0 && isKanaOrHangul(body.at(start - 1))) {
                    --start;
                }
                strong.addText(body.mid(start, end - start).toString());
            }
            break;
        }
    }

    QStringList names = strong.names();
    for (const QString& name : weak.names()) {
        if (!names.contains(name)) {
            names.append(name);
        }
    }
    return names;
}

} // namespace rebind
