// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BoundedFileReader.h"

#include <algorithm>
#include <QIODevice>
#include <sodium.h>

namespace rebind {

namespace {

constexpr qint64 kFirstCapacity = 64 * 1024;

void wipe(QByteArray& bytes)
{
    // A shared array would detach on data(), and the copy wiped would not be the one read.
    if (!bytes.isEmpty() && bytes.isDetached()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
}

Error readError(const QIODevice& input)
{
    return makeError(
        ErrorCode::Damaged,
        BoundedFileReader::tr("The file could not be read: %1").arg(input.errorString()));
}

} // namespace

Result<QByteArray> BoundedFileReader::readAll(QIODevice& input, qint64 maxBytes,
                                              const Error& tooLarge)
{
    maxBytes = std::max<qint64>(0, maxBytes);
    const qint64 known = input.isSequential() ? 0 : std::max<qint64>(0, input.size() - input.pos());
    if (known > maxBytes) {
        return tooLarge;
    }
    // One byte more than a regular file, so that its end is seen without growing.
    QByteArray data(static_cast<qsizetype>(std::min(maxBytes, std::max(known + 1, kFirstCapacity))),
                    '\0');
    qsizetype used = 0;
    for (;;) {
        if (used == data.size()) {
            if (used == maxBytes) {
                // Full at the limit: one more byte tells a file of exactly maxBytes from more.
                char probe = 0;
                const qint64 more = input.read(&probe, 1);
                sodium_memzero(&probe, 1);
                if (more != 0) {
                    wipe(data);
                    return more < 0 ? readError(input) : tooLarge;
                }
                break;
            }
            QByteArray bigger(static_cast<qsizetype>(std::min(maxBytes, qint64(data.size()) * 2)),
                              '\0');
            std::copy(data.constBegin(), data.constEnd(), bigger.begin());
            wipe(data);
            data = std::move(bigger);
        }
        const qint64 got = input.read(data.data() + used, data.size() - used);
        if (got < 0) {
            wipe(data);
            return readError(input);
        }
        if (got == 0) {
            break;
        }
        used += static_cast<qsizetype>(got);
    }
    // Shrinking keeps the allocation, so no unwiped copy is made.
    data.truncate(used);
    return data;
}

} // namespace rebind
