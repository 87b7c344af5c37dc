// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3_stmt;

namespace rebind {

class SqliteDatabase;

// RAII over a prepared statement. Bind positionally, then step(). When it goes out of scope the
// statement is reset and handed back to its database's cache (see SqliteDatabase::prepare).
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase* db, sqlite3_stmt* stmt, QString sql)
        : m_db(db), m_stmt(stmt), m_sql(std::move(sql))
    {}
    ~SqliteStatement();
    SqliteStatement(SqliteStatement&& other) noexcept;
    SqliteStatement& operator=(SqliteStatement&&) = delete;
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // 1-based like SQLite. A null QVariant binds NULL; QDate binds YYYY-MM-DD; invalid dates NULL.
    void bind(int index, const QVariant& value);
    void bindAll(const QVariantList& values);

    // true: a row is ready; false: done.
    Result<bool> step();
    Result<void> run(); // step once, expecting no row

    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;
    // The column's bytes as they are stored (a BLOB); empty for NULL.
    QByteArray blob(int column) const;

private:
    SqliteDatabase* m_db;
    sqlite3_stmt* m_stmt;
    QString m_sql;
};

} // namespace rebind
