// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "SqliteDatabase.h"

#include <QDate>
#include <sqlite3.h>
#include <utility>

namespace rebind {

SqliteStatement::~SqliteStatement()
{
    if (m_stmt != nullptr) {
        m_db->recycle(std::move(m_sql), m_stmt);
    }
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_sql(std::move(other.m_sql))
{}

void SqliteStatement::bind(int index, const QVariant& value)
{
    if (value.isNull()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_stmt, index, value.toLongLong());
        return;
    case QMetaType::QDate: {
        const QDate date = value.toDate();
        if (!date.isValid()) {
            sqlite3_bind_null(m_stmt, index);
            return;
        }
        const QByteArray iso = date.toString(Qt::ISODate).toUtf8();
        sqlite3_bind_text(m_stmt, index, iso.constData(), int(iso.size()), SQLITE_TRANSIENT);
        return;
    }
    default: {
        const QByteArray utf8 = value.toString().toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        return;
    }
    }
}

void SqliteStatement::bindAll(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i) {
        bind(i + 1, values.at(i));
    }
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    return m_db->errorFor(rc);
}

Result<void> SqliteStatement::run()
{
    auto stepped = step();
    if (!stepped) {
        return stepped.error();
    }
    return {};
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return data == nullptr ? QString()
                           : QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QByteArray SqliteStatement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return data == nullptr
               ? QByteArray()
               : QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

} // namespace rebind
