// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndroidSmsDbReader.h"

#include "SmsBodyLimit.h"
#include "SmsCsvReader.h"
#include "SqliteDatabase.h"

#include <climits>
#include <optional>
#include <QDir>
#include <QFile>
#include <QStringList>

namespace rebind {

namespace {

using Sink = std::function<bool(const SmsMessage&)>;

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

// Where a database keeps what a message needs; names as the table spells them.
struct Layout
{
    QString table;
    QString date;
    QString sender;
    QString body;
    QString direction; // empty: every message counts as received
    QString isMms;     // empty: no such column
};

QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

// The first of columns whose name is one of candidates (any case).
QString pick(const QStringList& columns, std::initializer_list<const char*> candidates)
{
    for (const char* candidate : candidates) {
        for (const QString& column : columns) {
            if (column.compare(QLatin1String(candidate), Qt::CaseInsensitive) == 0) {
                return column;
            }
        }
    }
    return {};
}

std::optional<Layout> layoutOf(SqliteDatabase& db)
{
    for (const char* table : {"sms", "sms_tb"}) {
        auto info = db.prepare(
            QStringLiteral("PRAGMA table_info(%1)").arg(quoted(QString::fromLatin1(table))));
        if (!info) {
            return std::nullopt;
        }
        QStringList columns;
        for (;;) {
            const Result<bool> row = info->step();
            if (!row || !*row) {
                break;
            }
            columns.append(info->text(1));
        }
        Layout layout;
        layout.table = QString::fromLatin1(table);
        layout.date = pick(columns, {"date", "time", "timestamp"});
        layout.sender = pick(columns, {"address", "phoneNumber", "number"});
        layout.body = pick(columns, {"body"});
        layout.direction = pick(columns, {"type", "shortType", "msg_box"});
        layout.isMms = pick(columns, {"isMms"});
        if (!layout.date.isEmpty() && !layout.sender.isEmpty() && !layout.body.isEmpty()) {
            return layout;
        }
    }
    return std::nullopt;
}

Result<std::unique_ptr<SqliteDatabase>> openDatabase(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(file.exists() ? ErrorCode::Unwritable : ErrorCode::Missing,
                         AndroidSmsDbReader::tr("%1 cannot be opened: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    const QByteArray header = file.read(kSqliteMagic.size());
    file.close();
    if (header != kSqliteMagic) {
        return makeError(ErrorCode::InvalidInput,
                         AndroidSmsDbReader::tr("This is not an Android message database: it is "
                                                "not an SQLite database, or it is encrypted."));
    }
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Immutable);
    if (!db) {
        return makeError(ErrorCode::InvalidInput,
                         AndroidSmsDbReader::tr("This is not an Android message database: "
                                                "SQLite cannot open it."));
    }
    return db;
}

QDateTime dateFrom(const QString& text)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    if (isNumber && number <= 0) {
        return {}; // Android writes 0 for "no date"
    }
    return SmsCsvReader::parseDate(text);
}

} // namespace

bool AndroidSmsDbReader::recognises(const QString& path)
{
    auto db = openDatabase(path);
    return db && layoutOf(**db).has_value();
}

Result<SmsReadSummary> AndroidSmsDbReader::read(const QString& path, const Sink& sink)
{
    auto db = openDatabase(path);
    if (!db) {
        return db.error();
    }
    const std::optional<Layout> layout = layoutOf(**db);
    if (!layout) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This is not an Android message database: it has no “sms” table with "
                            "address, date and body columns."));
    }
    QStringList columns = {quoted(layout->date), quoted(layout->sender), quoted(layout->body)};
    columns.append(layout->direction.isEmpty() ? QStringLiteral("1") : quoted(layout->direction));
    QString sql = QStringLiteral("SELECT %1 FROM %2")
                      .arg(columns.join(QLatin1String(", ")), quoted(layout->table));
    if (!layout->isMms.isEmpty()) {
        sql += QStringLiteral(" WHERE coalesce(%1, 0) = 0").arg(quoted(layout->isMms));
    }
    auto statement = (*db)->prepare(sql);
    if (!statement) {
        return makeError(ErrorCode::Damaged,
                         tr("The message database is damaged; no message could be read from it."));
    }
    SmsReadSummary summary;
    qint64 cutBodies = 0;
    qint64 undated = 0;
    for (;;) {
        const Result<bool> row = statement->step();
        if (!row) {
            if (summary.messages == 0) {
                return makeError(ErrorCode::Damaged, tr("The message database is damaged; no "
                                                        "message could be read from it."));
            }
            summary.warnings.append(tr("The message database is damaged; the %n message(s) "
                                       "before the damage were read.",
                                       nullptr, clampToInt(summary.messages)));
            break;
        }
        if (!*row) {
            break;
        }
        if (statement->isNull(2)) {
            continue;
        }
        const QString text = statement->text(2);
        if (text.trimmed().isEmpty()) {
            continue;
        }
        SmsMessage message;
        message.at = dateFrom(statement->text(0).trimmed());
        undated += message.at.isValid() ? 0 : 1;
        message.sender = statement->text(1).trimmed();
        // Android's message boxes: 1 inbox; 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued.
        message.incoming = statement->int64(3) == 1;
        bool cut = false;
        message.body = SmsBodyLimit::cap(text, &cut);
        cutBodies += cut ? 1 : 0;
        ++summary.messages;
        if (!sink(message)) {
            summary.cancelled = true;
            break;
        }
    }
    if (cutBodies > 0) {
        summary.warnings.append(tr("%n message(s) were longer than 64 KiB and were cut short.",
                                   nullptr, clampToInt(cutBodies)));
    }
    if (undated > 0) {
        summary.warnings.append(tr("%n message(s) had a date that could not be read; they were "
                                   "kept without a date.",
                                   nullptr, clampToInt(undated)));
    }
    return summary;
}

} // namespace rebind
