// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TypedStreamText.h"

#include "Utf8Check.h"

#include <QByteArray>
#include <QList>

namespace rebind {

namespace {

constexpr int kTagInteger2 = -127;
constexpr int kTagInteger4 = -126;
constexpr int kTagNew = -124;
constexpr int kTagNil = -123;
constexpr int kFirstTag = -128;
constexpr int kLastTag = -111;
constexpr int kFirstReference = -110;

const QByteArrayView kSignature("streamtyped");
constexpr int kStreamerVersion = 4;

// A cursor over the blob that never moves past its end, with the two tables that references
// point into.
class Stream
{
public:
    explicit Stream(QByteArrayView blob) : m_blob(blob) {}

    bool header()
    {
        const std::optional<QByteArrayView> start = take(2 + kSignature.size());
        if (!start || start->at(0) != kStreamerVersion || start->at(1) != kSignature.size() ||
            start->sliced(2) != kSignature) {
            return false;
        }
        const std::optional<int> head = nextHead();
        return head && integer(*head, false).has_value();
    }

    std::optional<int> nextHead()
    {
        const std::optional<QByteArrayView> byte = take(1);
        if (!byte) {
            return std::nullopt;
        }
        return int(static_cast<signed char>(byte->at(0)));
    }

    // Type encodings and class names. Nil is not a name, so it fails too.
    std::optional<QByteArray> sharedString()
    {
        const std::optional<int> head = nextHead();
        if (!head || *head == kTagNil) {
            return std::nullopt;
        }
        if (*head == kTagNew) {
            const std::optional<QByteArrayView> literal = unsharedString();
            if (!literal) {
                return std::nullopt;
            }
            m_strings.append(literal->toByteArray());
            return m_strings.constLast();
        }
        const std::optional<qsizetype> index = reference(*head, m_strings.size());
        if (!index) {
            return std::nullopt;
        }
        return m_strings.at(*index);
    }

    // The bytes of a "+" value: a length, then that many bytes. Nil reads as no bytes.
    std::optional<QByteArrayView> unsharedString()
    {
        const std::optional<int> head = nextHead();
        if (!head) {
            return std::nullopt;
        }
        if (*head == kTagNil) {
            return QByteArrayView();
        }
        const std::optional<qint64> length = integer(*head, false);
        if (!length) {
            return std::nullopt;
        }
        return take(*length);
    }

    // After a "new object" tag: the object's class chain. Returns the index of the object's class
    // in the object table.
    std::optional<qsizetype> beginObject()
    {
        m_objects.append(Entry{});
        const qsizetype before = m_objects.size();
        std::optional<int> head = nextHead();
        qsizetype first = -1;
        while (head && *head == kTagNew) {
            const std::optional<QByteArray> name = sharedString();
            const std::optional<int> versionHead = nextHead();
            if (!name || name->isEmpty() || !versionHead || !integer(*versionHead, true)) {
                return std::nullopt;
            }
            if (first >= 0) {
                m_objects.last().superclass = m_objects.size();
            } else {
                first = m_objects.size();
            }
            m_objects.append(Entry{*name, -1});
            head = nextHead();
        }
        if (!head) {
            return std::nullopt;
        }
        qsizetype end = -1; // the chain ends at a root class
        if (*head != kTagNil) {
            // Only a class that was complete before this chain began can end it, so the chain
            // cannot loop back on itself.
            const std::optional<qsizetype> index = reference(*head, before);
            if (!index || m_objects.at(*index).className.isEmpty()) {
                return std::nullopt;
            }
            end = *index;
        }
        if (first < 0) {
            return end < 0 ? std::nullopt : std::optional<qsizetype>(end);
        }
        m_objects.last().superclass = end;
        return first;
    }

    bool isKindOf(qsizetype classIndex, QByteArrayView name) const
    {
        // Superclass links only point to earlier classes or along a chain read in one go; the
        // step limit is a second guard.
        for (qsizetype step = 0; classIndex >= 0 && step < m_objects.size(); ++step) {
            const Entry& entry = m_objects.at(classIndex);
            if (entry.className == name) {
                return true;
            }
            classIndex = entry.superclass;
        }
        return false;
    }

private:
    struct Entry
    {
        QByteArray className; // empty for an object
        qsizetype superclass = -1;
    };

    std::optional<QByteArrayView> take(qint64 count)
    {
        if (count < 0 || count > m_blob.size() - m_pos) {
            return std::nullopt;
        }
        const QByteArrayView bytes = m_blob.sliced(m_pos, qsizetype(count));
        m_pos += qsizetype(count);
        return bytes;
    }

    std::optional<qint64> integer(int head, bool isSigned)
    {
        if (head < kFirstTag || head > kLastTag) {
            return isSigned ? head : (head & 0xff);
        }
        const int width = head == kTagInteger2 ? 2 : head == kTagInteger4 ? 4 : 0;
        if (width == 0) {
            return std::nullopt;
        }
        const std::optional<QByteArrayView> bytes = take(width);
        if (!bytes) {
            return std::nullopt;
        }
        quint32 value = 0;
        for (int i = width - 1; i >= 0; --i) {
            value = (value << 8) | quint8(bytes->at(i));
        }
        if (!isSigned) {
            return qint64(value);
        }
        return width == 2 ? qint64(qint16(quint16(value))) : qint64(qint32(value));
    }

    // A reference number in head (or after it) as an index below limit.
    std::optional<qsizetype> reference(int head, qsizetype limit)
    {
        const std::optional<qint64> number = integer(head, true);
        if (!number) {
            return std::nullopt;
        }
        const qint64 index = *number - kFirstReference;
        if (index < 0 || index >= limit) {
            return std::nullopt;
        }
        return qsizetype(index);
    }

    QByteArrayView m_blob;
    qsizetype m_pos = 0;
    QList<QByteArray> m_strings;
    QList<Entry> m_objects;
};

// A group of values of one type: its type encoding must be exactly `type`.
bool expectType(Stream& stream, QByteArrayView type)
{
    const std::optional<QByteArray> encoding = stream.sharedString();
    return encoding && *encoding == type;
}

// A literal object (not nil, not a reference) whose class is, or descends from, className.
bool expectObject(Stream& stream, QByteArrayView className)
{
    const std::optional<int> head = stream.nextHead();
    if (!head || *head != kTagNew) {
        return false;
    }
    const std::optional<qsizetype> objectClass = stream.beginObject();
    return objectClass && stream.isKindOf(*objectClass, className);
}

} // namespace

std::optional<QString> TypedStreamText::text(QByteArrayView blob)
{
    Stream stream(blob);
    if (!stream.header() || !expectType(stream, "@") ||
        !expectObject(stream, "NSAttributedString") || !expectType(stream, "@") ||
        !expectObject(stream, "NSString") || !expectType(stream, "+")) {
        return std::nullopt;
    }
    const std::optional<QByteArrayView> utf8 = stream.unsharedString();
    if (!utf8) {
        return std::nullopt;
    }
    bool invalid = false;
    if (Utf8Check::validPrefix(*utf8, &invalid) != utf8->size()) {
        return std::nullopt;
    }
    return QString::fromUtf8(*utf8);
}

} // namespace rebind
