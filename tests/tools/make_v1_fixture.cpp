// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates tests/fixtures/vault-v1.rebind: a vault at schema version 1 with a little data.
// Usage: make_v1_fixture OUTPUT   (passphrase: "fixture passphrase v1")
#include "Schema.h"
#include "SqliteDatabase.h"
#include "VaultKey.h"

#include <cstdio>
#include <QCoreApplication>
#include <QFile>

using namespace rebind;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_v1_fixture OUTPUT\n");
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    const VaultSalt salt = VaultSalt::generate(KdfParams::interactive());
    auto key = VaultKey::derive(QStringLiteral("fixture passphrase v1"), salt);
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
    if (!key || !db) {
        return 2;
    }
    SqliteDatabase& sql = **db;
    const bool ok =
        sql.applyKey(VaultKey::sqlcipherLiteral(*key, salt)).ok() &&
        sql.exec(QStringLiteral("PRAGMA cipher_compatibility = 3")).ok() &&
        Schema::migrate(sql, 1).ok() &&
        sql.exec(
               QStringLiteral("INSERT INTO person (id, name, relation, notes) VALUES (1, '王秀兰', "
                              "'mother', 'v1 fixture');"
                              "INSERT INTO phone_number (id, person_id, e164, status, cancel_date, "
                              "replacement, carrier) "
                              "VALUES (1, 1, '+8613912345678', 'cancelling', '2027-03-01', "
                              "'+8618612345678', '中国移动');"
                              "INSERT INTO service (id, catalog_id, name, category, url) VALUES "
                              "(1, NULL, '社区医院预约', 'health', 'https://example.org/booking');"
                              "INSERT INTO binding (id, number_id, service_id, account, roles, "
                              "action, status, due_date, notes) "
                              "VALUES (1, 1, 1, 'wang.xl', 'login,sms-login', 'rebind', "
                              "'in-progress', '2027-02-15', '');"))
            .ok();
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(sql.lastError().message));
        return 3;
    }
    return 0;
}
