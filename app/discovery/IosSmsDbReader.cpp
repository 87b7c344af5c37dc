// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IosSmsDbReader.h"

#include "SmsBodyLimit.h"
#include "SmsSource.h"
#include "SqliteDatabase.h"
#include "TypedStreamText.h"

#include <climits>
#include <optional>
#include <QDir>
#include <QFile>

namespace rebind {

namespace {

using Sink = std::function<bool(const SmsMessage&)>;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);
constexpr qint64 kAppleEpochMs = 978'307'200'000; // 2001-01-01T00:00:00Z
constexpr qint64 kNanosecondsAbove = 1'000'000'000'000;

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

Error notSmsDb(const QString& reason)
{
    return makeError(
        ErrorCode::InvalidInput,
        IosSmsDbReader::tr("This is not an iPhone message database (%1). Rebind reads an "
                           "unencrypted iPhone backup: choose the backup's folder, or sms.db in "
                           "it (the file %2 in the backup's “3d” folder).")
            .arg(reason, QLatin1String(SmsFormatDetector::kIosBackupName)));
}

} // namespace

QDateTime IosSmsDbReader::appleTime(qint64 value)
{
    if (value <= 0) {
        return {};
    }
    const qint64 ms = value > kNanosecondsAbove ? value / 1'000'000 : value * 1000;
    return QDateTime::fromMSecsSinceEpoch(kAppleEpochMs + ms, Qt::UTC);
}

Result<SmsReadSummary> IosSmsDbReader::read(const QString& path, const Sink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(
            file.exists() ? ErrorCode::Unwritable : ErrorCode::Missing,
            tr("%1 cannot be opened: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray header = file.read(100);
    file.close();
    if (!header.startsWith(kSqliteMagic)) {
        return notSmsDb(tr("it is not an SQLite database, or the backup is encrypted"));
    }
    // Immutable: read in place, with nothing written beside the user's backup and no copy of
    // their messages anywhere (an sms.db in WAL mode would otherwise get -wal and -shm files).
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Immutable);
    // SqliteDatabase's messages speak of the vault; for sms.db, say what it means here.
    if (!db) {
        return notSmsDb(tr("SQLite cannot open it"));
    }
    const Result<QString> tables =
        (*db)->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name IN ('message', 'handle')"));
    if (!tables) {
        return notSmsDb(tr("SQLite cannot read it"));
    }
    if (*tables != QLatin1String("2")) {
        return notSmsDb(tr("it has no “message” and “handle” tables"));
    }
    // The blob only when there is no text: most messages have both, and the text is enough.
    const QString withBody =
        QStringLiteral("SELECT m.date, h.id, m.text, m.is_from_me, "
                       "CASE WHEN m.text IS NULL OR m.text = '' THEN m.attributedBody END "
                       "FROM message m LEFT JOIN handle h ON m.handle_id = h.ROWID");
    const QString textOnly =
        QStringLiteral("SELECT m.date, h.id, m.text, m.is_from_me "
                       "FROM message m LEFT JOIN handle h ON m.handle_id = h.ROWID");
    const bool attributed = (*db)->prepare(withBody).ok();
    auto statement = (*db)->prepare(attributed ? withBody : textOnly);
    if (!statement) {
        return notSmsDb(tr("its tables lack the columns iOS writes"));
    }
    SmsReadSummary summary;
    qint64 cutBodies = 0;
    qint64 unreadableBodies = 0;
    for (;;) {
        const Result<bool> row = statement->step();
        if (!row) {
            if (summary.messages == 0) {
                return makeError(ErrorCode::Damaged,
                                 tr("sms.db is damaged; no message could be read from it."));
            }
            summary.warnings.append(tr("sms.db is damaged; the %n message(s) before the damage "
                                       "were read.",
                                       nullptr, clampToInt(summary.messages)));
            break;
        }
        if (!*row) {
            break;
        }
        QString text = statement->text(2);
        if (text.isEmpty() && attributed && !statement->isNull(4)) {
            const std::optional<QString> archived = TypedStreamText::text(statement->blob(4));
            unreadableBodies += archived ? 0 : 1;
            text = archived.value_or(QString());
        }
        if (text.isEmpty()) {
            continue;
        }
        SmsMessage message;
        message.at = appleTime(statement->int64(0));
        message.sender = statement->text(1);
        message.incoming = statement->int64(3) == 0;
        bool cut = false;
        message.body = SmsBodyLimit::cap(text, &cut);
        cutBodies += cut ? 1 : 0;
        ++summary.messages;
        if (!sink(message)) {
            summary.cancelled = true;
            break;
        }
    }
    if (unreadableBodies > 0) {
        summary.warnings.append(tr("%n message(s) kept their text in a form Rebind cannot read "
                                   "and were skipped.",
                                   nullptr, clampToInt(unreadableBodies)));
    }
    if (cutBodies > 0) {
        summary.warnings.append(tr("%n message(s) were longer than 64 KiB and were cut short.",
                                   nullptr, clampToInt(cutBodies)));
    }
    return summary;
}

} // namespace rebind
