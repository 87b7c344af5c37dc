// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiscoveryCollector.h"

#include "ServiceText.h"

#include <algorithm>

namespace rebind {

DiscoveryCollector::DiscoveryCollector(const ServiceIndex& index) : m_matcher(index) {}

void DiscoveryCollector::addSms(const SmsMessage& message)
{
    ++m_messages;
    const std::optional<SmsMatch> match = m_matcher.match(message);
    if (!match) {
        return;
    }
    const CatalogCompany* company = match->entry == nullptr ? match->company : nullptr;
    QString evidenceKind;
    switch (match->evidence) {
    case SmsMatch::Evidence::Signature:
        evidenceKind = QStringLiteral("signature");
        break;
    case SmsMatch::Evidence::Sender:
        evidenceKind = QStringLiteral("sender");
        break;
    case SmsMatch::Evidence::Domain:
        evidenceKind = QStringLiteral("domain");
        break;
    case SmsMatch::Evidence::Name:
        evidenceKind = QStringLiteral("name");
        break;
    }
    const QString key = match->entry != nullptr ? match->entry->id
                        : company != nullptr
                            ? QStringLiteral("company:") + company->id
                            : QStringLiteral("unrecognised:") + match->evidenceText;

    // A service seen before (most messages): counted and dated in place; the excerpt is made
    // only from a newer message than the one it has.
    const auto known = m_byKey.find(key);
    if (known != m_byKey.end()) {
        Finding& finding = *known;
        finding.count += 1;
        finding.codes = finding.codes || match->code;
        if (message.at.isValid()) {
            if (!finding.firstSeen.isValid() || message.at < finding.firstSeen) {
                finding.firstSeen = message.at;
            }
            if (!finding.lastSeen.isValid() || message.at >= finding.lastSeen) {
                finding.lastSeen = message.at;
                finding.excerpt = SmsMatcher::maskedExcerpt(message.body);
                finding.sender = message.sender.trimmed();
            }
        }
        // A signature is the strongest evidence; keep it when there is one.
        if (finding.evidenceKind != QLatin1String("signature") &&
            match->evidence == SmsMatch::Evidence::Signature) {
            finding.evidenceKind = evidenceKind;
            finding.evidence = match->evidenceText;
        }
        return;
    }

    Finding finding;
    finding.entry = match->entry;
    finding.company = company;
    finding.name = finding.entry != nullptr ? finding.entry->name(ServiceText::language())
                   : company != nullptr     ? company->names.in(ServiceText::language())
                                            : match->evidenceText;
    finding.evidenceKind = evidenceKind;
    finding.evidence = match->evidenceText;
    finding.count = 1;
    finding.firstSeen = message.at;
    finding.lastSeen = message.at;
    finding.sender = message.sender.trimmed();
    finding.excerpt = SmsMatcher::maskedExcerpt(message.body);
    finding.codes = match->code;
    m_byKey.insert(key, finding);
}

void DiscoveryCollector::add(const Finding& finding)
{
    merge(finding);
}

void DiscoveryCollector::merge(const Finding& finding)
{
    auto found = m_byKey.find(finding.key());
    if (found == m_byKey.end()) {
        m_byKey.insert(finding.key(), finding);
        return;
    }
    Finding& known = *found;
    known.count += finding.count;
    if (finding.firstSeen.isValid() &&
        (!known.firstSeen.isValid() || finding.firstSeen < known.firstSeen)) {
        known.firstSeen = finding.firstSeen;
    }
    if (finding.lastSeen.isValid() &&
        (!known.lastSeen.isValid() || finding.lastSeen >= known.lastSeen)) {
        known.lastSeen = finding.lastSeen;
        if (!finding.excerpt.isEmpty()) {
            known.excerpt = finding.excerpt;
            known.sender = finding.sender;
        }
    }
    known.codes = known.codes || finding.codes;
    known.loginIsPhone = known.loginIsPhone || finding.loginIsPhone;
    // A signature is the strongest evidence; keep it when there is one.
    if (known.evidenceKind != QLatin1String("signature") &&
        finding.evidenceKind == QLatin1String("signature")) {
        known.evidenceKind = finding.evidenceKind;
        known.evidence = finding.evidence;
    }
}

QList<Finding> DiscoveryCollector::findings() const
{
    QList<Finding> out = m_byKey.values();
    std::sort(out.begin(), out.end(), [](const Finding& a, const Finding& b) {
        const int ta = a.entry != nullptr ? static_cast<int>(a.entry->tier) : 99;
        const int tb = b.entry != nullptr ? static_cast<int>(b.entry->tier) : 99;
        if (ta != tb) {
            return ta < tb;
        }
        return a.name < b.name;
    });
    return out;
}

} // namespace rebind
