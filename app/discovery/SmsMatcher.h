#pragma once

#include "ServiceIndex.h"
#include "SmsMessage.h"

#include <optional>
#include <QString>

namespace rebind {

// What one text message says about a service: which one (or an unrecognised 【signature】), by
// what evidence, and whether it carried a code (a sign of SMS login or two-step verification).
struct SmsMatch
{
    enum class Evidence
    {
        Signature, // 【招商银行】 at the start or end of the body
        Sender,    // a service number known to the catalog (95555)
        Domain,    // a link or web address in the body
        Name,      // an English message naming the service ("Your WeChat verification code")
    };

    const CatalogEntry* entry = nullptr; // null: unrecognised (signature holds what it said)
    // The group whose shared signature or sender it was, when the message named none of its
    // services.
    const CatalogCompany* company = nullptr;
    QString signature; // the 【…】 text, when there was one
    Evidence evidence = Evidence::Signature;
    QString evidenceText; // the signature, sender, domain or name that matched
    bool code = false;    // the message carried a verification code
};

// Recognises services in text messages. Messages from ordinary mobile numbers (people) are
// never taken for services, whatever they say.
class SmsMatcher
{
public:
    explicit SmsMatcher(const ServiceIndex& index) : m_index(index) {}

    std::optional<SmsMatch> match(const SmsMessage& message) const;

    // A personal sender: an ordinary mobile number (13800138000, +86 138 0013 8000) or a name.
    static bool isPersonal(const QString& sender);
    // The 【…】 (or [..]) signature at the start or the end of a body; empty when none.
    static QString signatureOf(const QString& body);
    static bool hasCode(const QString& body);
    // A short excerpt with every run of digits masked (codes, amounts, card endings) and links
    // cut to their host, so nothing secret is shown in full.
    static QString maskedExcerpt(const QString& body, int maxChars = 60);

private:
    const ServiceIndex& m_index;
};

} // namespace rebind
