#include "SmsMatcher.h"

#include <QRegularExpression>

namespace rebind {

namespace {

QString digitsOf(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

const QRegularExpression& signatureAtStart()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:【\\s*([^】]{1,24}?)\\s*】|\\[\\s*([^\\]]{1,24}?)\\s*\\])"));
    return re;
}

const QRegularExpression& signatureAtEnd()
{
    static const QRegularExpression re(QStringLiteral(
        "(?:【\\s*([^】]{1,24}?)\\s*】|\\[\\s*([^\\]]{1,24}?)\\s*\\])[\\s。.!！]*$"));
    return re;
}

// "Your WeChat verification code is …", "G-123456 is your Google verification code",
// "Alipay: your code is …", "[Steam] …" is handled as a signature.
const QList<QRegularExpression>& namePatterns()
{
    static const QList<QRegularExpression> patterns = {
        QRegularExpression(QStringLiteral("\\byour\\s+([A-Z][\\w&.\\- "
                                          "]{1,30}?)\\s+(?:verification|security|login|sign-in|one-"
                                          "time)?\\s*(?:code|passcode|pin)\\b"),
                           QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(
            QStringLiteral("\\bis\\s+your\\s+([A-Z][\\w&.\\- "
                           "]{1,30}?)\\s+(?:verification|security|login|confirmation)?\\s*code\\b"),
            QRegularExpression::CaseInsensitiveOption),
        QRegularExpression(QStringLiteral("^\\s*([A-Z][\\w&.\\-]{1,30})\\s*:\\s*.{0,80}\\bcode\\b"),
                           QRegularExpression::CaseInsensitiveOption),
    };
    return patterns;
}

const QRegularExpression& hostPattern()
{
    static const QRegularExpression re(
        QStringLiteral(
            "(?:https?://)?((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:com|cn|net|org|"
            "gov|edu|io|me|co|tv|hk|tw|info|app)(?:\\.cn)?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& codePattern()
{
    static const QRegularExpression re(
        QStringLiteral("验证码|校验码|动态码|动态密码|确认码|verification code|security code|"
                       "login code|one-time|passcode|\\bOTP\\b|\\bcode\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool SmsMatcher::isPersonal(const QString& sender)
{
    const QString trimmed = sender.trimmed();
    if (trimmed.isEmpty()) {
        return false;
    }
    QString digits = digitsOf(trimmed);
    // A name or e-mail address (a contact, iMessage) rather than a number.
    if (digits.size() < trimmed.size() / 2 && !trimmed.startsWith(QLatin1Char('+'))) {
        return true;
    }
    if (digits.startsWith(QLatin1String("0086"))) {
        digits = digits.mid(4);
    } else if (digits.startsWith(QLatin1String("86")) && digits.size() == 13) {
        digits = digits.mid(2);
    }
    // Mainland mobile numbers: 11 digits beginning 13–19. Services send from 95xxx, 96xxx,
    // 106… gateways and carrier numbers instead.
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')) &&
        digits.at(1) >= QLatin1Char('3')) {
        return true;
    }
    // Foreign mobile numbers in international form are people too.
    return trimmed.startsWith(QLatin1Char('+')) && !trimmed.startsWith(QLatin1String("+86")) &&
           digits.size() >= 9;
}

QString SmsMatcher::signatureOf(const QString& body)
{
    for (const QRegularExpression* re : {&signatureAtStart(), &signatureAtEnd()}) {
        const QRegularExpressionMatch m = re->match(body);
        if (m.hasMatch()) {
            const QString found = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            // A bracketed code or amount ("[123456]") is not a signature.
            if (!found.isEmpty() && digitsOf(found).size() < found.size()) {
                return found.trimmed();
            }
        }
    }
    return QString();
}

bool SmsMatcher::hasCode(const QString& body)
{
    return codePattern().match(body).hasMatch() &&
           QRegularExpression(QStringLiteral("\\d{4,8}")).match(body).hasMatch();
}

QString SmsMatcher::maskedExcerpt(const QString& body, int maxChars)
{
    QString text = body.simplified();
    // Links: only the host is kept (one-time links carry tokens in their path).
    static const QRegularExpression link(QStringLiteral("(https?://[^/\\s]+)\\S*"),
                                         QRegularExpression::CaseInsensitiveOption);
    text.replace(link, QStringLiteral("\\1/…"));
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        // Control characters and the stand-ins for broken ones say nothing to a reader.
        if (c.category() == QChar::Other_Control || c == QChar::ReplacementCharacter) {
            continue;
        }
        out.append(c.isDigit() ? QLatin1Char('*') : c);
    }
    if (out.size() > maxChars) {
        out = out.left(maxChars - 1) + QChar(0x2026);
    }
    return out;
}

std::optional<SmsMatch> SmsMatcher::match(const SmsMessage& message) const
{
    if (isPersonal(message.sender) || !message.incoming) {
        return std::nullopt;
    }
    SmsMatch result;
    result.code = hasCode(message.body);
    result.signature = signatureOf(message.body);
    if (!result.signature.isEmpty()) {
        result.evidence = SmsMatch::Evidence::Signature;
        result.evidenceText = QStringLiteral("【%1】").arg(result.signature);
        result.entry = m_index.bySignature(result.signature);
        if (result.entry == nullptr) {
            if (const CatalogCompany* company = m_index.companyBySignature(result.signature)) {
                result.entry = m_index.serviceNamedIn(*company, message.body);
                result.company = result.entry == nullptr ? company : nullptr;
            }
        }
        if (result.entry == nullptr && result.company == nullptr) {
            result.entry = m_index.byName(result.signature);
        }
        return result; // recognised or not, a signature names a service
    }
    if (const CatalogCompany* company = m_index.companyBySender(message.sender)) {
        result.entry = m_index.serviceNamedIn(*company, message.body);
        result.company = result.entry == nullptr ? company : nullptr;
        result.evidence = SmsMatch::Evidence::Sender;
        result.evidenceText = message.sender.trimmed();
        return result;
    }
    if (const CatalogEntry* entry = m_index.bySender(message.sender)) {
        result.entry = entry;
        result.evidence = SmsMatch::Evidence::Sender;
        result.evidenceText = message.sender.trimmed();
        return result;
    }
    for (const QRegularExpression& pattern : namePatterns()) {
        const QRegularExpressionMatch m = pattern.match(message.body);
        if (m.hasMatch()) {
            const QString name = m.captured(1).trimmed();
            if (const CatalogEntry* entry = m_index.byName(name)) {
                result.entry = entry;
                result.evidence = SmsMatch::Evidence::Name;
                result.evidenceText = name;
                return result;
            }
        }
    }
    // "G-123456 is your Google verification code": the G- prefix is Google's own.
    if (QRegularExpression(QStringLiteral("^\\s*G-\\d{6}\\b")).match(message.body).hasMatch()) {
        if (const CatalogEntry* entry = m_index.byName(QStringLiteral("Google"))) {
            result.entry = entry;
            result.evidence = SmsMatch::Evidence::Name;
            result.evidenceText = QStringLiteral("Google");
            return result;
        }
    }
    for (auto it = hostPattern().globalMatch(message.body); it.hasNext();) {
        const QString host = it.next().captured(1).toLower();
        if (const CatalogEntry* entry = m_index.byDomain(host)) {
            result.entry = entry;
            result.evidence = SmsMatch::Evidence::Domain;
            result.evidenceText = host;
            return result;
        }
    }
    return std::nullopt;
}

} // namespace rebind
