// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NullKeyStore.h"
#include "SystemKeyStore.h"
#include "Vault.h"

#include <QTemporaryDir>
#include <QtTest>
#include <sodium.h>

using namespace rebind;

// Runs against the real Secret Service (gnome-keyring in a private D-Bus session, started by
// tests/with-keyring.sh). It must not be skipped: without a keyring it fails.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyringAnswers()
    {
        SystemKeyStore store(QStringLiteral("RebindTest"));
        const auto probe = store.probe();
        QVERIFY2(probe.ok(), qPrintable(probe.message()));
    }

    void roundTrip()
    {
        SystemKeyStore store(QStringLiteral("RebindTest"));
        SecureBytes key(32);
        randombytes_buf(key.data(), key.size());
        const QString id = QStringLiteral("roundtrip");

        QCOMPARE(store.load(id).code(), ErrorCode::NotFound);
        QVERIFY(store.store(id, key).ok());
        const auto loaded = store.load(id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));
        QVERIFY(loaded->equals(key));
        QVERIFY(store.remove(id).ok());
        QCOMPARE(store.load(id).code(), ErrorCode::NotFound);
        // Forgetting twice is harmless.
        QVERIFY(store.remove(id).ok());
    }

    void rememberedKeyUnlocksTheVault()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("remembered.rebind"));
        SystemKeyStore store(QStringLiteral("RebindTest"));
        QString vaultId;
        {
            auto vault = Vault::create(path, QStringLiteral("remember me please 2026"),
                                       KdfParams::interactive());
            QVERIFY(vault.ok());
            vaultId = (*vault)->vaultId();
            QVERIFY(store.store(vaultId, (*vault)->key()).ok());
        }
        QCOMPARE(Vault::peekVaultId(path).value(), vaultId);
        auto key = store.load(vaultId);
        QVERIFY(key.ok());
        auto vault = Vault::openWithKey(path, std::move(key).value());
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        QVERIFY(store.remove(vaultId).ok());
    }

    void nullStoreNeverPretends()
    {
        NullKeyStore store;
        QCOMPARE(store.probe().code(), ErrorCode::KeychainUnavailable);
        SecureBytes key(32);
        QCOMPARE(store.store(QStringLiteral("x"), key).code(), ErrorCode::KeychainUnavailable);
        QCOMPARE(store.load(QStringLiteral("x")).code(), ErrorCode::KeychainUnavailable);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
