// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogIndex.h"

#include "Catalog.h"

#include <algorithm>
#include <cstring>
#include <QHash>
#include <type_traits>

namespace rebind {

namespace {

// "RBCI"; the version changes with the layout, which is only ever read by the build that wrote it.
constexpr quint32 kMagic = 0x49434252;
constexpr quint32 kVersion = 2;

// The field lists below serve both directions, so that writer and reader cannot drift apart.
// Every field of CatalogEntry is listed.
template <typename Io> void fields(Io& io, LocalizedText& text)
{
    io(text.zh);
    io(text.en);
}

template <typename Io> void fields(Io& io, LocalizedSteps& steps)
{
    io(steps.zh);
    io(steps.en);
}

template <typename Io> void fields(Io& io, ChannelSteps& channel)
{
    io(channel.kind);
    io(channel.steps);
}

template <typename Io> void fields(Io& io, CatalogSource& source)
{
    io(source.url);
    io(source.seen);
    io(source.official);
    io(source.note);
}

template <typename Io> void fields(Io& io, CatalogCompany& company)
{
    io(company.id);
    io(company.names);
    io(company.services);
    io(company.smsSignatures);
    io(company.smsSenders);
}

template <typename Io> void fields(Io& io, CatalogEntry& e)
{
    io(e.id);
    io(e.names);
    io(e.aliases);
    io(e.market);
    io(e.category);
    io(e.tier);
    io(e.domains);
    io(e.smsSignatures);
    io(e.smsSenders);
    io(e.keywords);
    io(e.androidPackages);
    io(e.company);
    io(e.smsLogin);
    io(e.oldNumber);
    io(e.oldNumberAlternatives);
    io(e.actionKind);
    io(e.channels);
    io(e.oldNumberNeeded);
    io(e.inPerson);
    io(e.canUnbind);
    io(e.canClose);
    io(e.generic);
    io(e.steps);
    io(e.note);
    io(e.lostNumber);
    io(e.helpUrl);
    io(e.helpUrlNote);
    io(e.deletionUrl);
    io(e.deletionDifficulty);
    io(e.sources);
    io(e.confidence);
    io(e.lastReviewed);
    io(e.twoFactorMethods);
    io(e.phoneVerification);
    io(e.detail);
}

class Writer
{
public:
    // Where the text is in the table of characters, and its length; each text is stored once.
    void operator()(const QString& text)
    {
        auto found = m_offsets.constFind(text);
        if (found == m_offsets.constEnd()) {
            found = m_offsets.insert(text, quint32(m_characters.size()));
            m_characters.append(text);
        }
        number(*found);
        number(quint32(text.size()));
    }
    void operator()(bool value) { m_body.append(char(value ? 1 : 0)); }
    void operator()(const QDate& date) { number64(date.toJulianDay()); }
    template <typename T> void operator()(const T& value)
    {
        if constexpr (std::is_enum_v<T>) {
            m_body.append(char(static_cast<int>(value)));
        } else {
            // The writer only reads: one field list serves both directions.
            fields(*this, const_cast<T&>(value));
        }
    }
    template <typename T> void operator()(const QList<T>& list)
    {
        number(quint32(list.size()));
        for (const T& item : list) {
            (*this)(item);
        }
    }
    template <typename K, typename V> void operator()(const QMap<K, V>& map)
    {
        number(quint32(map.size()));
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            (*this)(it.key());
            (*this)(it.value());
        }
    }
    void number(quint32 value) { appendLittleEndian(m_body, value); }

    QByteArray finish() const
    {
        QByteArray out;
        appendLittleEndian(out, kMagic);
        appendLittleEndian(out, kVersion);
        appendLittleEndian(out, quint32(m_characters.size()));
        for (const QChar c : m_characters) {
            appendLittleEndian(out, c.unicode());
        }
        if (m_characters.size() % 2 != 0) {
            appendLittleEndian(out, char16_t(0)); // the numbers after it stay aligned
        }
        out.append(m_body);
        return out;
    }

private:
    template <typename T> static void appendLittleEndian(QByteArray& out, T value)
    {
        using U = std::make_unsigned_t<T>;
        auto bits = static_cast<U>(value);
        for (size_t i = 0; i < sizeof(T); ++i) {
            out.append(char(bits & 0xFF));
            bits = static_cast<U>(bits >> 8);
        }
    }
    void number64(qint64 value) { appendLittleEndian(m_body, value); }

    QHash<QString, quint32> m_offsets;
    QString m_characters;
    QByteArray m_body;
};

class Reader
{
public:
    Reader(const QByteArray& data, CatalogIndex::Strings strings)
        : m_at(data.constData()), m_end(data.constData() + data.size()), m_strings(strings)
    {}

    bool failed() const { return m_failed; }
    bool atEnd() const { return m_at == m_end; }

    bool header()
    {
        if (number() != kMagic || number() != kVersion) {
            return false;
        }
        const quint32 count = number();
        const qsizetype bytes = (qsizetype(count) + count % 2) * 2;
        if (m_failed || bytes > m_end - m_at) {
            m_failed = true;
            return false;
        }
        m_characters = m_at;
        m_characterCount = count;
        m_at += bytes;
        // In place only where the bytes already are UTF-16 as this machine reads it.
        if (Q_BYTE_ORDER != Q_LITTLE_ENDIAN ||
            reinterpret_cast<quintptr>(m_characters) % alignof(char16_t) != 0) {
            m_strings = CatalogIndex::Strings::Copied;
        }
        return true;
    }

    void operator()(QString& text)
    {
        const quint32 offset = number();
        const quint32 size = number();
        if (size == 0 || m_failed) {
            text = QString();
            return;
        }
        if (offset > m_characterCount || size > m_characterCount - offset) {
            m_failed = true;
            return;
        }
        const char* at = m_characters + qsizetype(offset) * 2;
        if (m_strings == CatalogIndex::Strings::InPlace) {
            text = QString::fromRawData(reinterpret_cast<const QChar*>(at), qsizetype(size));
            return;
        }
        QString& copy = m_copies[offset | (quint64(size) << 32)];
        if (copy.isEmpty()) {
            copy.resize(qsizetype(size));
            for (QChar& c : copy) {
                c = QChar(char16_t(static_cast<uchar>(at[0]) | (static_cast<uchar>(at[1]) << 8)));
                at += 2;
            }
        }
        text = copy;
    }
    void operator()(bool& value) { value = byte() != 0; }
    void operator()(QDate& date)
    {
        const auto day = static_cast<qint64>(little<quint64>());
        date = QDate::fromJulianDay(day);
    }
    template <typename T> void operator()(T& value)
    {
        if constexpr (std::is_enum_v<T>) {
            value = static_cast<T>(byte());
        } else {
            fields(*this, value);
        }
    }
    template <typename T> void operator()(QList<T>& list)
    {
        const quint32 count = number();
        // Each item takes a byte at least: a damaged count cannot make a huge list.
        if (m_failed || count > quint32(m_end - m_at)) {
            m_failed = true;
            return;
        }
        list.resize(count);
        for (T& item : list) {
            (*this)(item);
        }
    }
    template <typename K, typename V> void operator()(QMap<K, V>& map)
    {
        const quint32 count = number();
        for (quint32 i = 0; i < count && !m_failed; ++i) {
            K key{};
            (*this)(key);
            (*this)(map[key]);
        }
    }
    quint32 number() { return little<quint32>(); }

private:
    template <typename T> T little()
    {
        if (m_end - m_at < qsizetype(sizeof(T))) {
            m_failed = true;
            m_at = m_end;
            return T{};
        }
        T value = 0;
        for (size_t i = 0; i < sizeof(T); ++i) {
            value =
                static_cast<T>(value | (static_cast<T>(static_cast<uchar>(m_at[i])) << (8 * i)));
        }
        m_at += sizeof(T);
        return value;
    }
    uchar byte()
    {
        if (m_at == m_end) {
            m_failed = true;
            return 0;
        }
        return static_cast<uchar>(*m_at++);
    }

    const char* m_at;
    const char* m_end;
    CatalogIndex::Strings m_strings;
    const char* m_characters = nullptr;
    quint32 m_characterCount = 0;
    // Copied: each text once, shared by all that use it.
    QHash<quint64, QString> m_copies;
    bool m_failed = false;
};

} // namespace

QByteArray CatalogIndex::write(const Catalog& catalog)
{
    Writer writer;
    writer(catalog.m_entries);
    writer(catalog.m_companies);
    // Sorted: QHash's order changes from one process to the next, the index must not.
    QStringList from = catalog.m_redirects.keys();
    std::sort(from.begin(), from.end());
    writer.number(quint32(from.size()));
    for (const QString& id : std::as_const(from)) {
        writer(id);
        writer(catalog.m_redirects.value(id));
    }
    writer(catalog.m_problems);
    return writer.finish();
}

Catalog CatalogIndex::read(const QByteArray& data, Strings strings)
{
    const auto unreadable = [] {
        Catalog empty;
        empty.m_problems.append(QStringLiteral("catalog index: damaged or of another version"));
        return empty;
    };
    Catalog catalog;
    Reader reader(data, strings);
    if (!reader.header()) {
        return unreadable();
    }
    reader(catalog.m_entries);
    reader(catalog.m_companies);
    const quint32 redirects = reader.number();
    for (quint32 i = 0; i < redirects && !reader.failed(); ++i) {
        QString from;
        QString to;
        reader(from);
        reader(to);
        catalog.m_redirects.insert(from, to);
    }
    reader(catalog.m_problems);
    if (reader.failed() || !reader.atEnd()) {
        return unreadable(); // all or nothing
    }
    catalog.m_byId.reserve(catalog.m_entries.size());
    for (qsizetype i = 0; i < catalog.m_entries.size(); ++i) {
        catalog.m_byId.insert(catalog.m_entries.at(i).id, i);
    }
    return catalog;
}

} // namespace rebind
