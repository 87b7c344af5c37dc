// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
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
        Signature, // 【招商银行】 at the start or end of the body, or inside it
        Sender,    // a service number known to the catalog (95555), or a sender ID ("Uber")
        Domain,    // the one-time-code line's site (@uber.com #123456), or a link in the body
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

// Recognises services in text messages, in one pass over each message with the index's
// precomputed look-ups. Messages from people (mobile numbers, foreign numbers in international
// form, contacts' names, e-mail addresses) and sent messages are never taken for services,
// whatever they say. Stateless: one matcher may serve several threads.
class SmsMatcher
{
public:
    explicit SmsMatcher(const ServiceIndex& index) : m_index(index) {}

    // The evidence, strongest first: a 【signature】 the catalog knows (it wins over the
    // number: shared 1069… gateways carry many services), the one-time-code line's site, the
    // service number or sender ID, the name in an English code phrase, then an unknown
    // signature (reported as unrecognised), then a link.
    std::optional<SmsMatch> match(const SmsMessage& message) const;

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
