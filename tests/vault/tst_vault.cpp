// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppSettings.h"
#include "Inventory.h"
#include "Schema.h"
#include "SqliteDatabase.h"
#include "Vault.h"
#include "VaultBackups.h"
#include "VaultConnection.h"
#include "VaultKey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple 换绑");
// Distinctive values that must never appear in any file in plaintext.
const QString kPersonName = QStringLiteral("Zhang Xiuying 张秀英");
const QString kAccount = QStringLiteral("grandma.zxy@example.com");
const QString kNumberInput = QStringLiteral("139 1234 5678");

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray digest(const QString& path)
{
    return QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Every way the secret strings could be laid down in a file.
QList<QByteArray> secretForms()
{
    QList<QByteArray> forms;
    const auto number = PhoneNumber::parse(kNumberInput);
    QStringList texts = number->spellings();
    texts << kPersonName << QStringLiteral("张秀英") << kAccount;
    for (const QString& text : texts) {
        forms << text.toUtf8();
        forms << QByteArray(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
    }
    return forms;
}

QString findSecret(const QByteArray& haystack)
{
    for (const QByteArray& form : secretForms()) {
        if (haystack.contains(form)) {
            return QString::fromUtf8(form.toHex());
        }
    }
    return {};
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1.rebind").arg(++m_counter)); }

    // A vault with a person, a number and enough bindings to span many pages.
    QString populatedVault(int bindings = 1)
    {
        const QString path = freshPath();
        auto vault = Vault::create(path, kPassphrase, KdfParams::interactive());
        if (!vault) {
            qWarning() << vault.message();
            return {};
        }
        Inventory inventory((*vault)->database());
        Person person;
        person.name = kPersonName;
        person.relation = QStringLiteral("grandparent");
        const auto personId = inventory.addPerson(person);
        NumberRecord number;
        number.personId = *personId;
        number.number = *PhoneNumber::parse(kNumberInput);
        number.cancelDate = QDate(2027, 1, 31);
        const auto numberId = inventory.addNumber(number);
        for (int i = 0; i < bindings; ++i) {
            Service service;
            service.name = QStringLiteral("Service %1").arg(i);
            const auto stored = inventory.ensureService(service);
            Binding binding;
            binding.numberId = *numberId;
            binding.serviceId = stored->id;
            binding.account = kAccount;
            binding.notes = QString(200, QLatin1Char('n'));
            binding.roles = BindingRole::Login | BindingRole::SmsLogin;
            if (!inventory.addBinding(binding)) {
                return {};
            }
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createOpenReopen()
    {
        const QString path = populatedVault();
        QVERIFY(!path.isEmpty());
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        Inventory inventory((*vault)->database());
        const auto people = inventory.people();
        QVERIFY(people.ok());
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().name, kPersonName);
        const auto numbers = inventory.numbers(people->first().id);
        QCOMPARE(numbers->size(), 1);
        QCOMPARE(numbers->first().number.e164(), QStringLiteral("+8613912345678"));
        QCOMPARE(numbers->first().cancelDate, QDate(2027, 1, 31));
        const auto bindings = inventory.bindings(numbers->first().id);
        QCOMPARE(bindings->size(), 1);
        QCOMPARE(bindings->first().account, kAccount);
        QCOMPARE(bindings->first().roles, BindingRoles(BindingRole::Login | BindingRole::SmsLogin));
        QCOMPARE((*vault)->kdfParams(), KdfParams::interactive());
        QCOMPARE(Schema::version((*vault)->database()).value(), Schema::kCurrentVersion);

        (*vault)->lock();
        QVERIFY(!(*vault)->isOpen());
        QVERIFY((*vault)->key().isEmpty());
        auto again = Vault::open(path, kPassphrase);
        QVERIFY2(again.ok(), qPrintable(again.message()));
    }

    void headerIsTheSaltAndRecordsTheCost()
    {
        KdfParams params = KdfParams::interactive();
        params.opsLimit = 3;
        const QString path = freshPath();
        QVERIFY(Vault::create(path, kPassphrase, params).ok());
        const QByteArray head = fileBytes(path).left(16);
        QVERIFY(!head.startsWith("SQLite format 3"));
        QCOMPARE(int(static_cast<unsigned char>(head.at(12))), int(VaultSalt::kLayoutVersion));
        QCOMPARE(int(static_cast<unsigned char>(head.at(13))), 3);
        QCOMPARE(int(static_cast<unsigned char>(head.at(14))), 16);
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        QCOMPARE((*vault)->kdfParams().opsLimit, 3u);
        // Two vaults never share a salt.
        const QString other = freshPath();
        QVERIFY(Vault::create(other, kPassphrase, params).ok());
        QVERIFY(fileBytes(other).left(16) != head);
    }

    void tuningNeverGoesBelowInteractive()
    {
        const KdfParams quick = VaultKey::tune(1);
        QCOMPARE(quick, KdfParams::interactive());
        const KdfParams slower = VaultKey::tune(400);
        QVERIFY(slower.opsLimit >= KdfParams::interactive().opsLimit);
        QVERIFY(slower.memLog2KiB >= 16);
        QVERIFY(slower.isSupported());
    }

    void wrongPassphraseLeavesFileUntouched()
    {
        const QString path = populatedVault();
        const QByteArray before = digest(path);
        const auto vault = Vault::open(path, QStringLiteral("not the passphrase"));
        QVERIFY(!vault.ok());
        QCOMPARE(vault.code(), ErrorCode::WrongPassphrase);
        QVERIFY(vault.message().contains(QStringLiteral("passphrase")));
        QCOMPARE(digest(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-journal")));
    }

    // A crash in the middle of a write, frozen: the vault file and its journal copied while a
    // transaction had already written pages to the file (a tiny cache forces them out).
    QString crashedMidWrite(int* bindingsBefore)
    {
        const QString path = populatedVault(60);
        auto vault = Vault::open(path, kPassphrase);
        if (!vault) {
            return {};
        }
        SqliteDatabase& db = (*vault)->database();
        *bindingsBefore = db.scalar(QStringLiteral("SELECT count(*) FROM binding"))->toInt();
        const QString frozen = path + QStringLiteral(".crashed");
        if (!db.exec(QStringLiteral("PRAGMA cache_size = 1; BEGIN IMMEDIATE; "
                                    "UPDATE binding SET notes = notes || 'changed'; "
                                    "DELETE FROM binding WHERE id % 2 = 0;"))
                 .ok() ||
            !QFile::copy(path, frozen) ||
            !QFile::copy(path + QStringLiteral("-journal"), frozen + QStringLiteral("-journal"))) {
            return {};
        }
        (void)db.exec(QStringLiteral("ROLLBACK"));
        QFile::setPermissions(frozen, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return frozen;
    }

    void interruptedWriteIsRolledBackOnlyWithTheRightKey()
    {
        int before = 0;
        const QString frozen = crashedMidWrite(&before);
        QVERIFY(!frozen.isEmpty());
        QCOMPARE(before, 60);
        const QString journal = frozen + QStringLiteral("-journal");
        QVERIFY(QFileInfo(journal).size() > 0);
        // The file itself is half-written: it differs from any committed state.
        const QByteArray fileBefore = digest(frozen);
        const QByteArray journalBefore = digest(journal);

        // A wrong passphrase changes nothing, not even with a hot journal beside the file.
        auto wrong = Vault::open(frozen, QStringLiteral("not the passphrase"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
        QCOMPARE(digest(frozen), fileBefore);
        QCOMPARE(digest(journal), journalBefore);
        QCOMPARE(QDir(QFileInfo(frozen).absolutePath())
                     .entryList({QStringLiteral("*.tmp*")}, QDir::Files),
                 QStringList());

        // A read-only open cannot put it right without the lock, but may take the lock briefly.
        Vault::OpenOptions readOnly;
        readOnly.access = Vault::Access::ReadOnly;
        {
            auto looked = Vault::open(frozen, kPassphrase, readOnly);
            QVERIFY2(looked.ok(), qPrintable(looked.message()));
            QCOMPARE((*looked)
                         ->database()
                         .scalar(QStringLiteral("SELECT count(*) FROM binding"))
                         ->toInt(),
                     60);
        }
        QVERIFY(!QFileInfo::exists(journal));
        auto right = Vault::open(frozen, kPassphrase);
        QVERIFY2(right.ok(), qPrintable(right.message()));
        SqliteDatabase& db = (*right)->database();
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM binding"))->toInt(), 60);
        QCOMPARE(db.scalar(QStringLiteral("SELECT count(*) FROM binding WHERE notes LIKE "
                                          "'%changed'"))
                     ->toInt(),
                 0);
        QCOMPARE(*db.scalar(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
    }

    void oneWriterAtATime()
    {
        const QString path = populatedVault();
        auto first = Vault::open(path, kPassphrase);
        QVERIFY(first.ok());
        QVERIFY(QFile::exists(path + QStringLiteral(".lock")));
        // A second writer waits, then says who holds the vault.
        Vault::OpenOptions waiting;
        waiting.lockWait = std::chrono::milliseconds(300);
        QElapsedTimer timer;
        timer.start();
        auto second = Vault::open(path, kPassphrase, waiting);
        QVERIFY(!second.ok());
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(second.code(), ErrorCode::InUse);
        QVERIFY2(second.message().contains(QString::number(QCoreApplication::applicationPid())),
                 qPrintable(second.message()));
        // A wrong passphrase is told as such, at once, even while the vault is held.
        auto wrong = Vault::open(path, QStringLiteral("not the passphrase"), waiting);
        QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
        // A reader needs no lock.
        Vault::OpenOptions readOnly;
        readOnly.access = Vault::Access::ReadOnly;
        auto reader = Vault::open(path, kPassphrase, readOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.message()));
        QVERIFY((*reader)->isReadOnly());
        // It sees what the writer commits.
        const qint64 seen = *(*reader)->changeCounter();
        Inventory writer((*first)->database());
        Person person;
        person.name = QStringLiteral("Dad");
        QVERIFY(writer.addPerson(person).ok());
        QVERIFY(*(*reader)->changeCounter() != seen);
        // The lock goes with the writer.
        (*first)->lock();
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
        QVERIFY(Vault::open(path, kPassphrase).ok());
    }

    void backupsRotateAndStayEncrypted()
    {
        const QString path = populatedVault(5);
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY(vault.ok());
        (*vault)->setBackupsToKeep(3);
        QStringList made;
        for (int i = 0; i < 5; ++i) {
            auto kept = (*vault)->backup(VaultBackups::kImport);
            QVERIFY2(kept.ok(), qPrintable(kept.message()));
            made << kept->id;
        }
        const auto listed = (*vault)->backups().list();
        QCOMPARE(listed.size(), 3);
        // Newest first: the last three made.
        QCOMPARE(listed.at(0).id, made.at(4));
        QCOMPARE(listed.at(2).id, made.at(2));
        QCOMPARE((*vault)->backups().find(QStringLiteral("2"))->id, made.at(3));
        for (const VaultBackup& backup : listed) {
            const QByteArray bytes = fileBytes(backup.path);
            QCOMPARE(findSecret(bytes), QString());
            QCOMPARE(QFile::permissions(backup.path) &
                         (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                     QFileDevice::Permissions());
            auto opened = Vault::open(backup.path, kPassphrase);
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
        }
    }

    void damagedMiddlePageIsReported()
    {
        const QString path = populatedVault(60);
        QByteArray bytes = fileBytes(path);
        QVERIFY2(bytes.size() >= 8 * 1024, qPrintable(QString::number(bytes.size())));
        const qsizetype middle = (bytes.size() / 1024 / 2) * 1024 + 500;
        bytes[middle] = static_cast<char>(bytes.at(middle) ^ 0x5a);
        writeBytes(path, bytes);
        const QByteArray before = digest(path);
        const auto vault = Vault::open(path, kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.code(), ErrorCode::Damaged);
        QVERIFY(vault.message().contains(QStringLiteral("damaged")));
        QCOMPARE(digest(path), before);
    }

    // Read-only opens check page 1 only (VaultConnection::Check::Header): a damaged page shows
    // when a read needs it, as damage and not as a wrong passphrase; the full check finds it
    // without reading anything else, and a read-write open never gets past it.
    void damagedPagesShowOnReadOnlyReadsAndInTheFullCheck()
    {
        const QString path = populatedVault(60);
        QByteArray bytes = fileBytes(path);
        // The second half: rows, not the schema at the front that the open itself reads.
        for (qsizetype page = (bytes.size() / 1024 / 2) * 1024; page < bytes.size(); page += 1024) {
            bytes[page + 500] = static_cast<char>(bytes.at(page + 500) ^ 0x5a);
        }
        writeBytes(path, bytes);
        const QByteArray before = digest(path);
        {
            auto reading = Vault::open(path, kPassphrase, {Vault::Access::ReadOnly});
            QVERIFY2(reading.ok(), qPrintable(reading.message()));
            SqliteDatabase& db = (*reading)->database();
            auto tables =
                db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"));
            QVERIFY(tables.ok());
            QStringList names;
            while (tables->step().value()) {
                names.append(tables->text(0));
            }
            QVERIFY(names.contains(QStringLiteral("binding")));
            std::optional<Error> failure;
            for (const QString& name : names) {
                auto rows = db.prepare(QStringLiteral("SELECT * FROM \"%1\"").arg(name));
                QVERIFY(rows.ok());
                for (;;) {
                    auto row = rows->step();
                    if (!row) {
                        failure = row.error();
                        break;
                    }
                    if (!*row) {
                        break;
                    }
                }
            }
            QVERIFY(failure.has_value());
            QCOMPARE(failure->code, ErrorCode::Damaged);
            QVERIFY(failure->message.contains(QStringLiteral("damaged")));
            const auto checked = (*reading)->checkIntegrity();
            QVERIFY(!checked.ok());
            QCOMPARE(checked.code(), ErrorCode::Damaged);
        }
        const auto writing = Vault::open(path, kPassphrase);
        QVERIFY(!writing.ok());
        QCOMPARE(writing.code(), ErrorCode::Damaged);
        QCOMPARE(digest(path), before);
    }

    void fullCheckFindsOneDamagedPage()
    {
        const QString path = populatedVault(60);
        {
            auto intact = Vault::open(path, kPassphrase, {Vault::Access::ReadOnly});
            QVERIFY2(intact.ok(), qPrintable(intact.message()));
            const auto checked = (*intact)->checkIntegrity();
            QVERIFY2(checked.ok(), qPrintable(checked.message()));
        }
        QByteArray bytes = fileBytes(path);
        const qsizetype middle = (bytes.size() / 1024 / 2) * 1024 + 500;
        bytes[middle] = static_cast<char>(bytes.at(middle) ^ 0x5a);
        writeBytes(path, bytes);
        auto reading = Vault::open(path, kPassphrase, {Vault::Access::ReadOnly});
        QVERIFY2(reading.ok(), qPrintable(reading.message()));
        const auto checked = (*reading)->checkIntegrity();
        QVERIFY(!checked.ok());
        QCOMPARE(checked.code(), ErrorCode::Damaged);
        QVERIFY(checked.message().contains(QStringLiteral("damaged")));
    }

    void truncatedFileIsReported_data()
    {
        QTest::addColumn<bool>("onPageBoundary");
        QTest::newRow("whole pages") << true;
        QTest::newRow("mid-page") << false;
    }
    void truncatedFileIsReported()
    {
        QFETCH(bool, onPageBoundary);
        const QString path = populatedVault(60);
        QByteArray bytes = fileBytes(path);
        const qsizetype keep = (bytes.size() / 1024 / 2) * 1024 + (onPageBoundary ? 0 : 300);
        writeBytes(path, bytes.left(keep));
        const QByteArray before = digest(path);
        const auto vault = Vault::open(path, kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.code(), ErrorCode::Damaged);
        QCOMPARE(digest(path), before);
    }

    void notAVault_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("plain sqlite")
            << QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0');
        QTest::newRow("text") << QByteArray("name,phone\nsomeone,13800138000\n");
        QTest::newRow("zeros") << QByteArray(4096, '\0');
    }
    void notAVault()
    {
        QFETCH(QByteArray, content);
        const QString path = freshPath();
        writeBytes(path, content);
        const auto vault = Vault::open(path, kPassphrase);
        QVERIFY(!vault.ok());
        QCOMPARE(vault.code(), ErrorCode::NotAVault);
        QVERIFY(vault.message().contains(QStringLiteral("not a Rebind vault")));
        QCOMPARE(fileBytes(path), content);
    }

    void missingFile()
    {
        const auto vault =
            Vault::open(m_dir.filePath(QStringLiteral("nowhere.rebind")), kPassphrase);
        QCOMPARE(vault.code(), ErrorCode::Missing);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("nowhere.rebind"))));
    }

    void unwritableLocation()
    {
        // A path below a regular file cannot be created, even by root (CI runs as root, so
        // permission bits would prove nothing).
        const QString blocker = freshPath();
        writeBytes(blocker, QByteArray("x"));
        const auto vault = Vault::create(blocker + QStringLiteral("/sub/vault.rebind"), kPassphrase,
                                         KdfParams::interactive());
        QVERIFY(!vault.ok());
        QCOMPARE(vault.code(), ErrorCode::Unwritable);
        QVERIFY(!vault.message().isEmpty());
    }

    void createRefusesToOverwrite()
    {
        const QString path = populatedVault();
        const QByteArray before = digest(path);
        const auto vault = Vault::create(path, kPassphrase, KdfParams::interactive());
        QCOMPARE(vault.code(), ErrorCode::AlreadyExists);
        QCOMPARE(digest(path), before);
    }

    // SQLITE_FULL is what a full disk produces; max_page_count makes the vault "full" on demand.
    void diskFullRollsBackAndSaysSo()
    {
        const QString path = populatedVault();
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY(vault.ok());
        SqliteDatabase& db = (*vault)->database();
        const int pages = db.scalar(QStringLiteral("PRAGMA page_count"))->toInt();
        QVERIFY(db.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages + 1)).ok());
        Inventory inventory(db);
        Person big;
        big.name = QStringLiteral("Big note");
        big.notes = QString(15000, QLatin1Char('x'));
        Result<qint64> added = qint64(0);
        for (int i = 0; i < 20 && added.ok(); ++i) {
            added = inventory.addPerson(big);
        }
        QVERIFY(!added.ok());
        QCOMPARE(added.code(), ErrorCode::DiskFull);
        QVERIFY(added.message().contains(QStringLiteral("disk is full")));
        // Earlier data is intact and the vault still opens cleanly.
        (*vault)->lock();
        auto reopened = Vault::open(path, kPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        Inventory after((*reopened)->database());
        QCOMPARE(after.findPerson(kPersonName)->has_value(), true);
    }

    void nothingLeaksInPlaintext()
    {
        const QString path = populatedVault(5);
        QVERIFY(!path.isEmpty());
        QCOMPARE(findSecret(fileBytes(path)), QString());

        // Mid-transaction the rollback journal exists: it must be encrypted too.
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY(vault.ok());
        SqliteDatabase& db = (*vault)->database();
        QVERIFY(db.exec(QStringLiteral("BEGIN IMMEDIATE")).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE binding SET notes = 'edited'")).ok());
        QVERIFY(db.exec(QStringLiteral("UPDATE person SET notes = 'edited'")).ok());
        const QString journal = path + QStringLiteral("-journal");
        QVERIFY(QFile::exists(journal));
        const QByteArray journalBytes = fileBytes(journal);
        QVERIFY(journalBytes.size() > 1024);
        QCOMPARE(findSecret(journalBytes), QString());
        QVERIFY(db.exec(QStringLiteral("COMMIT")).ok());
        QCOMPARE(findSecret(fileBytes(path)), QString());

        // The settings file holds the vault's location and the language, nothing personal.
        AppSettings settings;
        settings.setVaultPath(path);
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.sync();
        const QByteArray settingsBytes = fileBytes(AppSettings::settingsFilePath());
        QVERIFY(!settingsBytes.isEmpty());
        QCOMPARE(findSecret(settingsBytes), QString());
    }

    void changePassphraseReencrypts()
    {
        const QString path = populatedVault();
        auto vault = Vault::open(path, kPassphrase);
        QVERIFY(vault.ok());
        const QString oldId = (*vault)->vaultId();
        const QString replacement = QStringLiteral("a brand new passphrase 2027");

        const auto refused = (*vault)->changePassphrase(QStringLiteral("wrong"), replacement,
                                                        KdfParams::interactive());
        QCOMPARE(refused.code(), ErrorCode::WrongPassphrase);

        const auto changed =
            (*vault)->changePassphrase(kPassphrase, replacement, KdfParams::interactive());
        QVERIFY2(changed.ok(), qPrintable(changed.message()));
        QVERIFY((*vault)->vaultId() != oldId);
        // Still usable in this session.
        Inventory inventory((*vault)->database());
        QCOMPARE(inventory.people()->size(), 1);
        (*vault)->lock();

        QCOMPARE(Vault::open(path, kPassphrase).code(), ErrorCode::WrongPassphrase);
        auto reopened = Vault::open(path, replacement);
        QVERIFY2(reopened.ok(), qPrintable(reopened.message()));
        QCOMPARE(Inventory((*reopened)->database()).people()->first().name, kPersonName);
        QCOMPARE(Vault::peekVaultId(path).value(), (*reopened)->vaultId());
    }

    void openWithRememberedKey()
    {
        const QString path = populatedVault();
        SecureBytes key;
        {
            auto vault = Vault::open(path, kPassphrase);
            QVERIFY(vault.ok());
            key = (*vault)->key().clone();
        }
        auto byKey = Vault::openWithKey(path, key.clone());
        QVERIFY2(byKey.ok(), qPrintable(byKey.message()));
        (*byKey)->lock();
        key.data()[0] ^= 1;
        QCOMPARE(Vault::openWithKey(path, std::move(key)).code(), ErrorCode::WrongPassphrase);
    }

    void foreignEncryptedDatabaseIsNotAVault()
    {
        // Right key and header layout, but not made by Rebind (no application id).
        const QString path = freshPath();
        const VaultSalt salt = VaultSalt::generate(KdfParams::interactive());
        auto key = VaultKey::derive(kPassphrase, salt);
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)->applyKey(VaultKey::sqlcipherLiteral(*key, salt)).ok());
            QVERIFY(
                (*db)
                    ->exec(QStringLiteral("CREATE TABLE other(x); INSERT INTO other VALUES (1);"))
                    .ok());
        }
        const QByteArray before = digest(path);
        QCOMPARE(Vault::open(path, kPassphrase).code(), ErrorCode::NotAVault);
        QCOMPARE(digest(path), before);
    }

    void migratesVersion1Fixture()
    {
        const QString path = freshPath();
        QVERIFY(QFile::copy(QStringLiteral(REBIND_TEST_FIXTURES "/vault-v1.rebind"), path));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QString passphrase = QStringLiteral("fixture passphrase v1");
        {
            // Confirm the fixture really is at version 1 before Rebind touches it.
            const auto salt = VaultSalt::fromHeader(fileBytes(path).left(16));
            QVERIFY(salt.has_value());
            auto key = VaultKey::derive(passphrase, *salt);
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
            QVERIFY((*db)->applyKey(VaultKey::sqlcipherLiteral(*key, *salt)).ok());
            QCOMPARE(Schema::version(**db).value(), 1);
        }
        auto vault = Vault::open(path, passphrase);
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        QCOMPARE(Schema::version((*vault)->database()).value(), Schema::kCurrentVersion);
        Inventory inventory((*vault)->database());
        const auto people = inventory.people();
        QCOMPARE(people->size(), 1);
        QCOMPARE(people->first().name, QStringLiteral("王秀兰"));
        QVERIFY(!people->first().uid.isEmpty());
        const auto numbers = inventory.numbers();
        QCOMPARE(numbers->first().replacement.e164(), QStringLiteral("+8618612345678"));
        QCOMPARE(numbers->first().status, NumberStatus::Cancelling);
        const auto bindings = inventory.bindings(numbers->first().id);
        QCOMPARE(bindings->size(), 1);
        QCOMPARE(bindings->first().status, BindingStatus::InProgress);
        QCOMPARE(bindings->first().due, QDate(2027, 2, 15));
        QVERIFY(!bindings->first().uid.isEmpty());
        // The new version's features work on the migrated data.
        Binding edited = bindings->first();
        edited.status = BindingStatus::Done;
        QVERIFY(inventory.updateBinding(edited).ok());
        QCOMPARE(inventory.events(edited.uid)->size(), 1);
        (*vault)->lock();
        QVERIFY(Vault::open(path, passphrase).ok());
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
