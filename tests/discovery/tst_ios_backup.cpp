// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// iPhone backups as people have them: the backup folder iTunes, Finder and 爱思助手 write (sms.db
// found through Manifest.db, or by its hashed name in older and unlisted backups), messages whose
// text is only in attributedBody (TypedStreamText), Manifest.plist's IsEncrypted (PlistBoolean),
// and an encrypted backup refused with what to do. The real rebind-cli scans the folders.

#include "DiscoveryTestSupport.h"
#include "IosBackupFolder.h"
#include "IosBackupGenerator.h"
#include "PlistBoolean.h"
#include "SmsFileReader.h"
#include "SmsSource.h"
#include "SqliteDatabase.h"
#include "TypedStreamText.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

using Generator = IosBackupGenerator;

const QString kSmsId = QLatin1String(SmsFormatDetector::kIosBackupName);

struct Read
{
    Result<SmsReadSummary> result = SmsReadSummary{};
    QList<SmsMessage> messages;
    QStringList bodies() const
    {
        QStringList out;
        for (const SmsMessage& m : messages) {
            out.append(m.body);
        }
        return out;
    }
};

Read readPath(const QString& path)
{
    Read read;
    read.result = SmsFileReader::read(path, [&](const SmsMessage& message) {
        read.messages.append(message);
        return true;
    });
    return read;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(bytes) == bytes.size();
}

// Every file under folder with its size and modification time, to see that reading changed
// nothing and added nothing.
QStringList snapshot(const QString& folder)
{
    QStringList entries;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        entries.append(QStringLiteral("%1 %2 %3")
                           .arg(it.filePath())
                           .arg(it.fileInfo().size())
                           .arg(it.fileInfo().lastModified().toMSecsSinceEpoch()));
    }
    entries.sort();
    return entries;
}

QString nestedSmsDb(const QString& folder)
{
    return folder + QStringLiteral("/3d/") + kSmsId;
}

bool execSql(const QString& path, const QString& sql)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    return db && (*db)->exec(sql).ok();
}

// splitmix64: the same mutations on every run.
quint64 nextRandom(quint64& state)
{
    state += 0x9E3779B97F4A7C15ULL;
    quint64 z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

} // namespace

class TestIosBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smsDbNameIsTheHashOfItsPath()
    {
        QCOMPARE(Generator::fileId(QLatin1String(IosBackupFolder::kSmsDomain),
                                   QLatin1String(IosBackupFolder::kSmsRelativePath)),
                 kSmsId);
    }

    // --- TypedStreamText ---

    void typedStreamText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("mutableClasses");
        const QString chinese =
            QStringLiteral("【支付宝】验证码：123456，您正在登录支付宝，请勿告诉他人。");
        QTest::newRow("ascii") << QStringLiteral("Noter test") << true;
        QTest::newRow("immutable classes") << QStringLiteral("Noter test") << false;
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("chinese") << chinese << true;
        QTest::newRow("emoji") << QStringLiteral("See you at 7 👍😀") << false;
        QTest::newRow("attachment") << QStringLiteral("\uFFFCtest 1\uFFFC") << true;
        // 127 bytes fit the one-byte length; 128 and more take the 2-byte form, past 32767 the
        // 4-byte one.
        QTest::newRow("127 bytes") << QString(127, QLatin1Char('a')) << true;
        QTest::newRow("128 bytes") << QString(128, QLatin1Char('b')) << true;
        QTest::newRow("long chinese") << chinese.repeated(20) << true;
        QTest::newRow("40000 bytes") << QString(40000, QLatin1Char('c')) << false;
    }

    void typedStreamText()
    {
        QFETCH(QString, text);
        QFETCH(bool, mutableClasses);
        const QByteArray blob = Generator::attributedBody(text, mutableClasses);
        QVERIFY(blob.startsWith(QByteArray("\x04\x0bstreamtyped\x81\xe8\x03", 16)));
        const std::optional<QString> read = TypedStreamText::text(blob);
        QVERIFY(read.has_value());
        QCOMPARE(*read, text);
    }

    void typedStreamNeverReadsPastTheBlob()
    {
        // Each prefix is a view into the whole blob, so the bytes after its end are the real
        // rest of the archive: a parser that read past the end would find the text there.
        for (const bool mutableClasses : {true, false}) {
            const QString text = QStringLiteral("【招商银行】您账户1234消费88.00元");
            const QByteArray blob = Generator::attributedBody(text, mutableClasses);
            const QByteArray utf8 = text.toUtf8();
            const qsizetype textEnd = blob.indexOf(utf8) + utf8.size();
            QVERIFY(textEnd > utf8.size());
            for (qsizetype size = 0; size <= blob.size(); ++size) {
                const std::optional<QString> read =
                    TypedStreamText::text(QByteArrayView(blob.constData(), size));
                if (size < textEnd) {
                    QVERIFY2(!read.has_value(), qPrintable(QString::number(size)));
                } else {
                    QCOMPARE(read.value_or(QString()), text);
                }
            }
        }
    }

    void typedStreamMalformed_data()
    {
        QTest::addColumn<QByteArray>("blob");
        const QByteArray good = Generator::attributedBody(QStringLiteral("hello"));
        const qsizetype text = good.indexOf("hello");
        const auto changed = [&good](qsizetype at, QByteArray bytes) {
            QByteArray out = good;
            return out.replace(at, bytes.size(), bytes);
        };
        QByteArray bigEndian = good;
        bigEndian.replace(2, 11, "typedstream");
        QByteArray notAttributed = good;
        notAttributed.replace("NSAttributedString", "NSXttributedString");
        QByteArray notString = good;
        notString.replace("NSString", "NSStrinG");
        // In the mutable layout: objects 0 root, 1–3 its classes, 4 the string, 5 NSMutableString.
        const qsizetype superclass = good.indexOf("NSString") + 8 + 1; // after name and version

        QTest::newRow("empty") << QByteArray();
        QTest::newRow("header only") << good.left(16);
        QTest::newRow("big-endian signature") << bigEndian;
        QTest::newRow("streamer version 3") << changed(0, "\x03");
        QTest::newRow("not an attributed string") << notAttributed;
        QTest::newRow("not a string inside") << notString;
        QTest::newRow("root is not an object") << changed(0x12, "i");
        QTest::newRow("length past the end") << changed(text - 1, "\x7f");
        QTest::newRow("4-byte length past the end") << changed(text - 1, "\x82\xff\xff\xff\x7f");
        QTest::newRow("2-byte length past the end") << changed(text - 1, "\x81\xff\xff");
        QTest::newRow("float where a length goes") << changed(text - 1, "\x83");
        QTest::newRow("invalid UTF-8") << changed(text + 1, "\xff");
        QTest::newRow("surrogate in UTF-8") << changed(text, "\xed\xa0\x80");
        QTest::newRow("string type unknown")
            << changed(good.indexOf(QByteArray("\x92\x84\x84\x84", 4)), "\xa0");
        QTest::newRow("superclass not read yet") << changed(superclass, "\x9f");
        QTest::newRow("superclass is itself") << changed(superclass, "\x97");
        QTest::newRow("superclass is the object") << changed(superclass, "\x96");
        QTest::newRow("nil string object")
            << changed(good.indexOf(QByteArray("\x92\x84\x84\x84", 4)) + 1, "\x85");
        QTest::newRow("nil class") << changed(0x14, "\x85");
        QTest::newRow("nil class name") << changed(0x15, "\x85");
        QTest::newRow("keyed archive") << QByteArray("bplist00\xd4\x01\x02\x03\x04", 13);
    }

    void typedStreamMalformed()
    {
        QFETCH(QByteArray, blob);
        QVERIFY(!TypedStreamText::text(blob).has_value());
    }

    void typedStreamMutations()
    {
        // Damaged blobs: random bytes changed, cut or doubled. Whatever comes back must be
        // text that was really in the blob, and nothing may crash or hang.
        const QList<QByteArray> seeds{
            Generator::attributedBody(QStringLiteral("G-123456 is your Google verification code.")),
            Generator::attributedBody(QStringLiteral("【京东】验证码482913"), false),
            Generator::attributedBody(QString(300, QLatin1Char('x'))),
        };
        quint64 state = 1962;
        int readable = 0;
        for (int round = 0; round < 30000; ++round) {
            QByteArray blob = seeds.at(round % seeds.size());
            const int edits = 1 + int(nextRandom(state) % 4);
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(nextRandom(state) % quint64(blob.size()));
                switch (nextRandom(state) % 3) {
                case 0:
                    blob[at] = char(nextRandom(state) & 0xff);
                    break;
                case 1:
                    blob.truncate(std::max<qsizetype>(1, at));
                    break;
                default:
                    blob.insert(at, blob.mid(at, 8));
                    break;
                }
            }
            // An exact-size copy, so that memory checkers see any read past its end.
            const QByteArray exact(blob.constData(), blob.size());
            if (const std::optional<QString> text = TypedStreamText::text(exact)) {
                ++readable;
                QVERIFY(exact.contains(text->toUtf8()));
            }
        }
        QVERIFY(readable > 0); // some changes miss the part that is read
    }

    // --- PlistBoolean ---

    void plistBoolean_data()
    {
        QTest::addColumn<QByteArray>("plist");
        QTest::addColumn<int>("expected"); // -1: none
        const QString key = QStringLiteral("IsEncrypted");
        using Entries = QList<std::pair<QByteArray, QVariant>>;
        const Entries on{{"Version", QStringLiteral("10.0")}, {"IsEncrypted", true}};
        const Entries off{{"IsEncrypted", false}, {"WasPasscodeSet", true}};
        const Entries absent{{"Version", QStringLiteral("10.0")}, {"WasPasscodeSet", true}};
        const Entries text{{"IsEncrypted", QStringLiteral("true")}};
        Entries many; // more than 14 entries: the count after the marker
        for (int i = 0; i < 20; ++i) {
            many.append({"Key" + QByteArray::number(i), QStringLiteral("值 %1").arg(i)});
        }
        many.append({"IsEncrypted", true});

        QTest::newRow("binary true") << Generator::binaryPlist(on) << 1;
        QTest::newRow("binary false") << Generator::binaryPlist(off) << 0;
        QTest::newRow("binary absent") << Generator::binaryPlist(absent) << -1;
        QTest::newRow("binary string value") << Generator::binaryPlist(text) << -1;
        QTest::newRow("binary many keys") << Generator::binaryPlist(many) << 1;
        QTest::newRow("xml true") << Generator::xmlPlist(on) << 1;
        QTest::newRow("xml false") << Generator::xmlPlist(off) << 0;
        QTest::newRow("xml absent") << Generator::xmlPlist(absent) << -1;
        QTest::newRow("xml string value") << Generator::xmlPlist(text) << -1;
        QTest::newRow("xml nested first")
            << QByteArray("<plist version=\"1.0\"><dict><key>Lockdown</key><dict><key>IsEncrypted"
                          "</key><false/></dict><key>IsEncrypted</key><true/></dict></plist>")
            << 1;
        QTest::newRow("xml broken") << QByteArray("<plist><dict><key>IsEncrypted</key>") << -1;
        QTest::newRow("not a plist") << QByteArray("SQLite format 3\0", 16) << -1;
        QTest::newRow("empty") << QByteArray() << -1;

        // A binary plist whose key is UTF-16 (0x6n: n code units, big-endian), by hand.
        QByteArray wide("\x6b");
        for (const char c : QByteArray("IsEncrypted")) {
            wide.append('\0').append(c);
        }
        QByteArray rebuilt("bplist00");
        rebuilt.append("\xd1\x01\x02", 3); // object 0: dict of one: key 1, value 2
        const int keyAt = int(rebuilt.size());
        rebuilt.append(wide); // object 1
        const int valueAt = int(rebuilt.size());
        rebuilt.append('\x09'); // object 2: true
        const int table = int(rebuilt.size());
        rebuilt.append(char(8)).append(char(keyAt)).append(char(valueAt));
        rebuilt.append(QByteArray(6, '\0')).append(char(1)).append(char(1));
        rebuilt.append(QByteArray(7, '\0')).append(char(3));
        rebuilt.append(QByteArray(8, '\0'));
        rebuilt.append(QByteArray(7, '\0')).append(char(table));
        QTest::newRow("binary utf-16 key") << rebuilt << 1;

        // Trailer fields out of range.
        QByteArray badTop = Generator::binaryPlist(on);
        badTop[badTop.size() - 9] = char(0x7f); // top object number past the count
        QTest::newRow("top past the objects") << badTop << -1;
        QByteArray badTable = Generator::binaryPlist(on);
        badTable[badTable.size() - 1] = char(0xff); // offset table past the end
        QTest::newRow("table past the end") << badTable << -1;
        QByteArray badWidth = Generator::binaryPlist(on);
        badWidth[badWidth.size() - 26] = char(3); // an offset 3 bytes wide
        QTest::newRow("odd offset width") << badWidth << -1;
        QByteArray notDict = Generator::binaryPlist(on);
        notDict[8] = char(0xa2); // the top object an array
        QTest::newRow("top is not a dictionary") << notDict << -1;
    }

    void plistBoolean()
    {
        QFETCH(QByteArray, plist);
        QFETCH(int, expected);
        const std::optional<bool> found = PlistBoolean::find(plist, QStringLiteral("IsEncrypted"));
        QCOMPARE(found.has_value() ? int(*found) : -1, expected);
    }

    void plistBooleanCutShort()
    {
        // Every cut of a binary plist, read as a view into the whole one: nothing past the
        // cut may be used, so only the whole plist answers.
        const QByteArray plist = Generator::binaryPlist(
            {{"Version", QStringLiteral("10.0")}, {"IsEncrypted", true}, {"WasPasscodeSet", true}});
        for (qsizetype size = 0; size < plist.size(); ++size) {
            QVERIFY(!PlistBoolean::find(QByteArrayView(plist.constData(), size),
                                        QStringLiteral("IsEncrypted"))
                         .has_value());
        }
        QVERIFY(PlistBoolean::find(plist, QStringLiteral("IsEncrypted")) == true);
        // Random damage: no crash, no hang.
        quint64 state = 7;
        for (int round = 0; round < 20000; ++round) {
            QByteArray damaged = plist;
            damaged[qsizetype(nextRandom(state) % quint64(damaged.size()))] =
                char(nextRandom(state) & 0xff);
            const QByteArray exact(damaged.constData(), damaged.size());
            (void)PlistBoolean::find(exact, QStringLiteral("IsEncrypted"));
        }
    }

    // --- IosBackupFolder and SmsFileReader on folders ---

    void backupFolder()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("00008110-001A2B3C4D5E801E"));
        QVERIFY(QDir().mkpath(backup));
        QVERIFY(Generator::write(backup));
        QVERIFY(IosBackupFolder::isBackup(backup));
        QCOMPARE(IosBackupFolder::smsDb(backup).value(), nestedSmsDb(backup));
        QCOMPARE(SmsFileReader::detect(backup).value(), SmsFormat::IosSmsDb);

        const QStringList before = snapshot(dir.path());
        const Read read = readPath(backup);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message()));
        QCOMPARE(read.result->warnings, QStringList());
        const QList<Generator::Message> sample = Generator::sampleMessages();
        QCOMPARE(read.messages.size(), sample.size());
        QCOMPARE(read.result->messages, qint64(sample.size()));
        int onlyArchived = 0;
        for (qsizetype i = 0; i < sample.size(); ++i) {
            QCOMPARE(read.messages.at(i).body, sample.at(i).text);
            QCOMPARE(read.messages.at(i).sender, sample.at(i).sender);
            QCOMPARE(read.messages.at(i).incoming, !sample.at(i).fromMe);
            QVERIFY(read.messages.at(i).at.isValid());
            onlyArchived += sample.at(i).inTextColumn ? 0 : 1;
        }
        QVERIFY(onlyArchived >= 4);
        // Nanoseconds since 2001: the first message is an hour after 721,000,000 s.
        QCOMPARE(read.messages.at(0).at, QDateTime(QDate(2023, 11, 6), QTime(22, 46, 40), Qt::UTC));
        // Read in place: nothing written into the backup, no -wal or -shm beside sms.db.
        QCOMPARE(snapshot(dir.path()), before);

        // MobileSync's Backup folder with this one backup in it.
        QCOMPARE(IosBackupFolder::smsDb(dir.path()).value(), nestedSmsDb(backup));
        // With two, the person chooses.
        const QString second = dir.filePath(QStringLiteral("00008030-000A11B22C33D44E"));
        QVERIFY(QDir().mkpath(second));
        QVERIFY(Generator::write(second));
        const Result<QString> two = IosBackupFolder::smsDb(dir.path());
        QVERIFY(!two);
        QVERIFY2(two.message().contains(QStringLiteral("2 iPhone backup")) &&
                     two.message().contains(QStringLiteral("00008030-000A11B22C33D44E")) &&
                     two.message().contains(QStringLiteral("00008110-001A2B3C4D5E801E")),
                 qPrintable(two.message()));
    }

    void flatLayout()
    {
        QTemporaryDir dir;
        Generator::Options options;
        options.layout = Generator::Layout::Flat;
        QVERIFY(Generator::write(dir.path(), options));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Manifest.db"))));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("Manifest.mbdb"))));
        QCOMPARE(IosBackupFolder::smsDb(dir.path()).value(), dir.filePath(kSmsId));
        const Read read = readPath(dir.path());
        QVERIFY2(read.result.ok(), qPrintable(read.result.message()));
        QVERIFY(
            read.bodies().contains(QStringLiteral("G-123456 is your Google verification code.")));
        // Seconds since 2001 in older sms.db.
        QCOMPARE(read.messages.at(0).at, QDateTime(QDate(2023, 11, 6), QTime(22, 46, 40), Qt::UTC));
    }

    void manifestDecides()
    {
        QTemporaryDir dir;
        Generator::Options options;
        options.listSmsDb = false;
        QVERIFY(Generator::write(dir.path(), options));
        const QString manifest = dir.filePath(QStringLiteral("Manifest.db"));

        // Not listed: the well-known name.
        QCOMPARE(IosBackupFolder::smsDb(dir.path()).value(), nestedSmsDb(dir.path()));

        // Listed under another fileID: Manifest.db is what counts.
        const QString otherId = QStringLiteral("ab") + QString(38, QLatin1Char('1'));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("ab")));
        QVERIFY(
            QFile::rename(nestedSmsDb(dir.path()), dir.filePath(QStringLiteral("ab/") + otherId)));
        QVERIFY(execSql(manifest, QStringLiteral("INSERT INTO Files VALUES ('%1', 'HomeDomain', "
                                                 "'Library/SMS/sms.db', 1, NULL)")
                                      .arg(otherId)));
        QCOMPARE(IosBackupFolder::smsDb(dir.path()).value(),
                 dir.filePath(QStringLiteral("ab/") + otherId));
        QVERIFY(readPath(dir.path()).result.ok());

        // A fileID that is no SHA-1 (a path out of the backup) is not followed.
        QVERIFY(execSql(manifest, QStringLiteral("DELETE FROM Files WHERE domain = 'HomeDomain' "
                                                 "AND relativePath = 'Library/SMS/sms.db'; "
                                                 "INSERT INTO Files VALUES ('../../etc/passwd', "
                                                 "'HomeDomain', 'Library/SMS/sms.db', 1, NULL)")));
        Result<QString> found = IosBackupFolder::smsDb(dir.path());
        QVERIFY(!found);
        QCOMPARE(found.code(), ErrorCode::Damaged);
        QVERIFY2(found.message().contains(QStringLiteral("holds no messages database")),
                 qPrintable(found.message()));

        // Listed, but the file is gone.
        QVERIFY(execSql(manifest, QStringLiteral("INSERT INTO Files VALUES ('%1', 'HomeDomain', "
                                                 "'Library/SMS/sms.db', 1, NULL)")
                                      .arg(kSmsId)));
        found = IosBackupFolder::smsDb(dir.path());
        QVERIFY(!found);
        QVERIFY2(found.message().contains(kSmsId) &&
                     found.message().contains(QStringLiteral("back up the iPhone again")),
                 qPrintable(found.message()));

        // Manifest.db that SQLite cannot read, in a backup that says it is not encrypted.
        QVERIFY(writeBytes(manifest, QByteArray(4096, '\x17')));
        found = IosBackupFolder::smsDb(dir.path());
        QVERIFY(!found);
        QVERIFY2(found.message().contains(QStringLiteral("Manifest.db")) &&
                     !found.message().contains(QStringLiteral("encrypted")),
                 qPrintable(found.message()));
    }

    void encryptedBackup_data()
    {
        QTest::addColumn<QString>("manifestPlist"); // binary, xml or none
        QTest::newRow("binary Manifest.plist") << QStringLiteral("binary");
        QTest::newRow("XML Manifest.plist") << QStringLiteral("xml");
        QTest::newRow("no Manifest.plist") << QStringLiteral("none");
    }

    void encryptedBackup()
    {
        QFETCH(QString, manifestPlist);
        QTemporaryDir dir;
        Generator::Options options;
        options.encrypted = true;
        QVERIFY(Generator::write(dir.path(), options));
        const QString plist = dir.filePath(QStringLiteral("Manifest.plist"));
        QVERIFY(fileBytes(plist).startsWith("bplist00"));
        QVERIFY(!fileBytes(dir.filePath(QStringLiteral("Manifest.db"))).startsWith("SQLite"));
        if (manifestPlist == QLatin1String("xml")) {
            QVERIFY(writeBytes(plist, Generator::xmlPlist({{"IsEncrypted", true}})));
        } else if (manifestPlist == QLatin1String("none")) {
            QVERIFY(QFile::remove(plist));
        }
        const Result<SmsFormat> detected = SmsFileReader::detect(dir.path());
        QVERIFY(!detected);
        const Read read = readPath(dir.path());
        QVERIFY(!read.result.ok());
        QVERIFY(read.messages.isEmpty());
        const QString message = read.result.message();
        QCOMPARE(detected.message(), message);
        for (const char* part : {"encrypted", "“Encrypt local backup”", "Finder", "iTunes",
                                 "爱思助手", "back up again", "another way"}) {
            QVERIFY2(message.contains(QString::fromUtf8(part)), qPrintable(message));
        }
    }

    void notABackup()
    {
        QTemporaryDir dir;
        QVERIFY(writeBytes(dir.filePath(QStringLiteral("notes.txt")), "just notes\n"));
        const Read read = readPath(dir.path());
        QVERIFY(!read.result.ok());
        QCOMPARE(read.result.code(), ErrorCode::InvalidInput);
        QVERIFY2(read.result.message().contains(QStringLiteral("is a folder")) &&
                     read.result.message().contains(QStringLiteral("iPhone backup")),
                 qPrintable(read.result.message()));
    }

    void damagedAndOldMessages()
    {
        QTemporaryDir dir;
        QList<Generator::Message> messages;
        Generator::Message damaged;
        damaged.sender = QStringLiteral("95555");
        damaged.text = QStringLiteral("【招商银行】lost");
        damaged.inTextColumn = false;
        damaged.rawBody = Generator::attributedBody(damaged.text).left(40);
        messages.append(damaged);
        Generator::Message fine;
        fine.sender = QStringLiteral("95188");
        fine.text = QStringLiteral("【支付宝】验证码：654321");
        fine.inTextColumn = false;
        messages.append(fine);
        QVERIFY(Generator::write(dir.path(), {}, messages));
        const Read read = readPath(dir.path());
        QVERIFY2(read.result.ok(), qPrintable(read.result.message()));
        QCOMPARE(read.bodies(), QStringList{fine.text});
        QCOMPARE(read.result->warnings,
                 QStringList{QStringLiteral("1 message(s) kept their text in a form Rebind cannot "
                                            "read and were skipped.")});

        // An sms.db from before attributedBody: read without it.
        const QString old = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = SqliteDatabase::open(old, SqliteDatabase::Mode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral(
                "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY, id TEXT); "
                "CREATE TABLE message (ROWID INTEGER PRIMARY KEY, text TEXT, handle_id INTEGER, "
                "date INTEGER, is_from_me INTEGER); "
                "INSERT INTO handle VALUES (1, '95588'); "
                "INSERT INTO message VALUES (1, '【工商银行】余额提醒', 1, 400000000, 0)")));
        }
        const Read oldRead = readPath(old);
        QVERIFY2(oldRead.result.ok(), qPrintable(oldRead.result.message()));
        QCOMPARE(oldRead.bodies(), QStringList{QStringLiteral("【工商银行】余额提醒")});
    }

    // --- rebind-cli scan PATH ---

    void cliScansTheFolder()
    {
        QTemporaryDir dir;
        const QString backup = dir.filePath(QStringLiteral("Backup/00008110-001A2B3C4D5E801E"));
        QVERIFY(QDir().mkpath(backup));
        QVERIFY(Generator::write(backup));
        const QString home = dir.filePath(QStringLiteral("home"));

        test::CliRun run =
            test::runCli({QStringLiteral("scan"), backup, QStringLiteral("--json")}, home);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList found = test::scannedServices(run.out);
        // cmb and cmcc have text in message.text; alipay, jd, google and taobao only in
        // attributedBody.
        for (const char* id : {"cmb", "china-mobile", "alipay", "jd", "google", "taobao"}) {
            QVERIFY2(found.contains(QLatin1String(id)), qPrintable(found.join(QLatin1Char(' '))));
        }
        // People are not services.
        QVERIFY2(!run.out.contains("13912345678") && !run.out.contains("friend@icloud.com"),
                 run.out.constData());

        // The text form, and the MobileSync Backup folder above the backup.
        run = test::runCli({QStringLiteral("scan"), dir.filePath(QStringLiteral("Backup"))}, home);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains("11 messages read"), run.out.constData());

        // The flat layout of older backups.
        const QString old = dir.filePath(QStringLiteral("old"));
        QVERIFY(QDir().mkpath(old));
        Generator::Options flat;
        flat.layout = Generator::Layout::Flat;
        QVERIFY(Generator::write(old, flat));
        run = test::runCli({QStringLiteral("scan"), old, QStringLiteral("--json")}, home);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(test::scannedServices(run.out).contains(QStringLiteral("google")));
    }

    void cliRefusesAnEncryptedBackup()
    {
        QTemporaryDir dir;
        Generator::Options options;
        options.encrypted = true;
        QVERIFY(Generator::write(dir.path(), options));
        const test::CliRun run =
            test::runCli({QStringLiteral("scan"), dir.path(), QStringLiteral("--json")},
                         dir.filePath(QStringLiteral("home")));
        QCOMPARE(run.exitCode, 6); // README: any other failure
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("encrypted")) &&
                     run.err.contains(QStringLiteral("Encrypt local backup")),
                 qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestIosBackup)
#include "tst_ios_backup.moc"
