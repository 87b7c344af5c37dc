// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A blind corpus for measuring discovery's recall: an "SMS Backup & Restore" XML backup in which
// some 240 catalog services send messages the way such services really phrase them, mixed with
// messages from people and sent messages that must never be reported, and an answer key naming
// the catalog ids expected and the people's numbers.
//
// The message texts were written from how the services sign and word their messages (Chinese
// 【签名】 at either end or in the middle, company and security-centre signatures, sub-brands, bank
// short numbers without a signature, shared 1069 gateways, alphanumeric sender IDs, WebOTP lines,
// English and other-language code phrasings), not from the matcher's rules: the point is to
// measure those rules, so do not edit a message to make it match.
//
// Deterministic: the same seed gives byte-identical files. The seed picks the digits (codes,
// amounts, gateway suffixes, people's numbers), the order and the dates; the messages are fixed.

#include <functional>
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rebind {

class RecallCorpus
{
public:
    // What makes a service message recognisable (for reporting misses by kind). Personal and
    // Sent are the messages that must never be reported.
    enum class Kind
    {
        SignatureStart,     // 【品牌】 first
        SignatureEnd,       // 【品牌】 last
        SignatureMiddle,    // 【品牌】 inside the body
        CompanySignature,   // the company, a security centre, a tax bureau, a sub-brand …
        ShortNumber,        // 95xxx / 100xx / 12306 without a signature
        GatewayLookalike,   // a shared 1069 gateway whose tail is another service's number
        AlphanumericSender, // "Uber", "LinkedIn", "Steam" as the sender
        WebOtp,             // "@uber.com #123456"
        EnglishCode,        // English (or other-language) code phrasings from a numeric sender
        LongNumber,         // a service texting from an ordinary-looking foreign number
        Personal,           // from a person
        Sent,               // sent by the phone's owner
    };

    struct Message
    {
        QString serviceId; // catalog id; empty for Personal and Sent
        Kind kind = Kind::Personal;
        QString address; // the sender, or the recipient of a sent message
        QString contactName;
        QString body;
        qint64 dateMs = 0;
        bool incoming = true;
        bool mms = false;
    };

    explicit RecallCorpus(quint64 seed);

    quint64 seed() const { return m_seed; }
    const QList<Message>& messages() const { return m_messages; }
    // The catalog ids of every service in the corpus, sorted.
    QStringList serviceIds() const;
    // The numbers of the people in the corpus (who wrote or were written to), as written.
    QStringList personalSenders() const;
    // Recipients of sent messages that are service numbers (95566, 10001 …).
    QStringList sentToServiceNumbers() const;
    // How many messages the service sent (each counts once).
    qsizetype receivedCount(const QString& serviceId) const;
    QList<Kind> kinds(const QString& serviceId) const;

    static QString kindName(Kind kind);
    static QList<Kind> serviceKinds();

    // The backup, written as the app writes it; keep selects messages (all when empty).
    QByteArray backupXml(const std::function<bool(const Message&)>& keep = {}) const;
    // The answer key, as JSON.
    QByteArray answerKey() const;

    static QString backupFileName() { return QStringLiteral("recall-corpus.xml"); }
    static QString keyFileName() { return QStringLiteral("recall-corpus.key.json"); }
    // Writes both files into dir; empty when it worked, else what failed.
    QString writeTo(const QString& dir) const;

private:
    quint32 next(quint32 bound);
    QString fill(const char* pattern);

    quint64 m_seed;
    quint64 m_state;
    QList<Message> m_messages;
    QStringList m_people;
    QStringList m_sentToServices;
};

} // namespace rebind
