// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes iPhone backup folders the way iTunes, Finder and 爱思助手 write them, for the readers'
// tests, the discovery dialog's test, the make_ios_backup tool and the screenshots. Header-only,
// like SmsBackupGenerator; SQLite files are written through the project's own SqliteDatabase.
//
// A backup (iOS 10 and later):
//   Info.plist      XML: device name, product, versions, the program that made it
//   Manifest.plist  binary plist: IsEncrypted, Version, SystemDomainsVersion, WasPasscodeSet
//   Status.plist    binary plist: BackupState, IsFullBackup, SnapshotState
//   Manifest.db     SQLite: Files(fileID, domain, relativePath, flags, file), Properties
//   3d/3d0d7e5f…    sms.db (message, handle, chat and join tables), and a few other files
//                   under their hashed names, each in the folder of its first two hex digits
// The flat layout of older backups (before iOS 10) has Manifest.mbdb instead of Manifest.db and
// every file at the top. An encrypted backup has IsEncrypted true, and Manifest.db and the files
// are ciphertext (random bytes here).
//
// Messages are written as iOS writes them: text in message.text and the same text archived in
// message.attributedBody (an NSMutableAttributedString in typedstream form, with the
// __kIMMessagePartAttributeName run iMessage adds), or, as newer iOS does for some, in
// attributedBody only with text NULL.

#include "SqliteDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>
#include <utility>

namespace rebind {

class IosBackupGenerator
{
public:
    enum class Layout
    {
        Modern, // Manifest.db, files in two-hex-digit folders (iOS 10 and later)
        Flat,   // Manifest.mbdb, files at the top (older backups)
    };

    struct Options
    {
        Layout layout = Layout::Modern;
        bool encrypted = false;
        // false: Manifest.db has no row for sms.db (the file is still there under its name).
        bool listSmsDb = true;
    };

    struct Message
    {
        QString sender; // handle.id ('' for none); an address, an email or a sender name
        QString text;
        bool fromMe = false;
        bool inTextColumn = true; // false: message.text is NULL
        bool inAttributedBody = true;
        bool mutableClasses = true; // NSMutableAttributedString/NSMutableString, else immutable
        QByteArray rawBody;         // when set: attributedBody exactly these bytes
    };

    // sms.db's fileID: SHA-1 of "HomeDomain-Library/SMS/sms.db".
    static QString fileId(const QString& domain, const QString& relativePath)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash((domain + QLatin1Char('-') + relativePath).toUtf8(),
                                     QCryptographicHash::Sha1)
                .toHex());
    }

    // Service messages (bank, payment, shopping, codes, carrier; several kept only in
    // attributedBody), people (a phone, an iMessage email, one sent) and a photo with no text.
    static QList<Message> sampleMessages()
    {
        const auto service = [](const char* sender, const char* text, bool onlyArchived,
                                bool mutableClasses = true) {
            Message m;
            m.sender = QString::fromUtf8(sender);
            m.text = QString::fromUtf8(text);
            m.inTextColumn = !onlyArchived;
            m.mutableClasses = mutableClasses;
            return m;
        };
        QList<Message> messages{
            service("95555",
                    "【招商银行】您账户1234于11月14日16:20消费人民币88.00元，余额1,000.00元。",
                    false),
            service("95188", "【支付宝】验证码：123456，您正在登录支付宝，请勿告诉他人。", true),
            service("1069012345678", "您的验证码是482913，5分钟内有效，请勿泄露。【京东】", true),
            service("22000", "G-123456 is your Google verification code.", true, false),
            service("1065502123456",
                    "【淘宝】亲，您的验证码是556677，用于登录淘宝账号，10分钟内有效。如非本人"
                    "操作，请忽略本短信并注意账号安全，切勿将验证码告诉他人，淘宝工作人员不会"
                    "向您索取验证码。",
                    true),
            service("10086", "【中国移动】尊敬的客户，您本月已用流量5GB，剩余套餐流量3GB。", false),
            service("+8613912345678", "晚上一起吃饭吗？😀", false),
            service("friend@icloud.com", "See you at 7 👍", true),
        };
        Message sent = service("+8613912345678", "好的，明天见", false);
        sent.fromMe = true;
        messages.append(sent);
        Message old = service("95588", "【工商银行】您尾号5678的卡于11月15日支出100.00元。", false);
        old.inAttributedBody = false; // written before iOS kept attributedBody
        messages.append(old);
        // A photo: its text is the attachment's placeholder character.
        messages.append(service("+8613912345678", "\xEF\xBF\xBC", true));
        return messages;
    }

    // message.attributedBody for text, as NSArchiver writes it (see TypedStreamText.h).
    static QByteArray attributedBody(const QString& text, bool mutableClasses = true)
    {
        TypedStream out;
        out.bytes.append("\x04\x0bstreamtyped", 13);
        out.integer(1000);
        out.shared("@");
        out.beginObject();
        if (mutableClasses) {
            out.classChain({{"NSMutableAttributedString", 0}, {"NSAttributedString", 0}, kRoot});
        } else {
            out.classChain({{"NSAttributedString", 0}, kRoot});
        }
        out.shared("@");
        out.beginObject();
        if (mutableClasses) {
            out.classChain({{"NSMutableString", 1}, {"NSString", 1}, kRoot});
        } else {
            out.classChain({{"NSString", 1}, kRoot});
        }
        out.shared("+");
        const QByteArray utf8 = text.toUtf8();
        out.integer(utf8.size());
        out.bytes.append(utf8);
        out.endObject();
        // One attribute run over the whole text: {__kIMMessagePartAttributeName: 0}.
        out.shared("iI");
        out.integer(1);
        out.integer(text.size());
        out.shared("@");
        out.beginObject();
        out.classChain({{"NSDictionary", 0}, kRoot});
        out.shared("i");
        out.integer(1);
        out.shared("@");
        out.beginObject();
        out.classChain({{"NSString", 1}, kRoot});
        out.shared("+");
        const QByteArray key("__kIMMessagePartAttributeName");
        out.integer(key.size());
        out.bytes.append(key);
        out.endObject();
        out.shared("@");
        out.beginObject();
        out.classChain({{"NSNumber", 0}, {"NSValue", 0}, kRoot});
        out.shared("*");
        out.bytes.append(char(0x84)); // a literal C string: the NSValue's type encoding
        out.shared("i");
        out.shared("i");
        out.integer(0);
        out.endObject();
        out.endObject();
        out.endObject();
        return out.bytes;
    }

    // A binary property list ("bplist00") of one dictionary whose values are bool, integer or
    // string QVariants, in the order given.
    static QByteArray binaryPlist(const QList<std::pair<QByteArray, QVariant>>& entries)
    {
        QList<QByteArray> objects;
        QByteArray dict;
        appendMarker(dict, 0xD, entries.size());
        objects.append(dict); // refs appended below, once the numbering is known
        for (const auto& entry : entries) {
            objects.append(plistString(entry.first));
        }
        for (const auto& entry : entries) {
            objects.append(plistValue(entry.second));
        }
        const int refWidth = objects.size() < 256 ? 1 : 2;
        for (int i = 1; i < objects.size(); ++i) {
            appendBigEndian(objects[0], quint64(i), refWidth);
        }
        QByteArray out("bplist00");
        QList<quint64> offsets;
        for (const QByteArray& object : objects) {
            offsets.append(quint64(out.size()));
            out.append(object);
        }
        const quint64 table = quint64(out.size());
        const int offsetWidth = table < 256 ? 1 : table < 65536 ? 2 : 4;
        for (const quint64 offset : offsets) {
            appendBigEndian(out, offset, offsetWidth);
        }
        out.append(QByteArray(6, '\0'));
        out.append(char(offsetWidth)).append(char(refWidth));
        appendBigEndian(out, quint64(objects.size()), 8);
        appendBigEndian(out, 0, 8);
        appendBigEndian(out, table, 8);
        return out;
    }

    static QByteArray xmlPlist(const QList<std::pair<QByteArray, QVariant>>& entries)
    {
        QByteArray out("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                       "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                       "<plist version=\"1.0\">\n<dict>\n");
        for (const auto& entry : entries) {
            out.append("\t<key>").append(entry.first).append("</key>\n\t");
            const QVariant& value = entry.second;
            if (value.typeId() == QMetaType::Bool) {
                out.append(value.toBool() ? "<true/>" : "<false/>");
            } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
                out.append("<integer>").append(QByteArray::number(value.toLongLong()));
                out.append("</integer>");
            } else {
                out.append("<string>").append(value.toString().toHtmlEscaped().toUtf8());
                out.append("</string>");
            }
            out.append('\n');
        }
        out.append("</dict>\n</plist>\n");
        return out;
    }

    // sms.db with its message, handle and chat tables. Dates as iOS 11 and later write them
    // (nanoseconds since 2001), or in seconds for the old layout.
    static bool writeSmsDb(const QString& path, const QList<Message>& messages,
                           bool seconds = false)
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
        if (!db) {
            return false;
        }
        const char* schema[] = {
            "CREATE TABLE _SqliteDatabaseProperties (key TEXT, value TEXT, UNIQUE(key))",
            "CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, id TEXT NOT "
            "NULL, country TEXT, service TEXT NOT NULL, uncanonicalized_id TEXT, "
            "person_centric_id TEXT, UNIQUE (id, service))",
            "CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT "
            "NULL, text TEXT, replace INTEGER DEFAULT 0, service_center TEXT, handle_id INTEGER "
            "DEFAULT 0, subject TEXT, country TEXT, attributedBody BLOB, version INTEGER DEFAULT "
            "0, type INTEGER DEFAULT 0, service TEXT, account TEXT, account_guid TEXT, error "
            "INTEGER DEFAULT 0, date INTEGER, date_read INTEGER, date_delivered INTEGER, "
            "is_delivered INTEGER DEFAULT 0, is_finished INTEGER DEFAULT 0, is_emote INTEGER "
            "DEFAULT 0, is_from_me INTEGER DEFAULT 0, is_empty INTEGER DEFAULT 0, is_read "
            "INTEGER DEFAULT 0, is_sent INTEGER DEFAULT 0, cache_has_attachments INTEGER "
            "DEFAULT 0, item_type INTEGER DEFAULT 0, associated_message_guid TEXT, "
            "thread_originator_guid TEXT)",
            "CREATE TABLE chat (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE NOT "
            "NULL, style INTEGER, state INTEGER, account_id TEXT, chat_identifier TEXT, "
            "service_name TEXT, display_name TEXT)",
            "CREATE TABLE chat_handle_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE "
            "CASCADE, handle_id INTEGER REFERENCES handle (ROWID) ON DELETE CASCADE, "
            "UNIQUE(chat_id, handle_id))",
            "CREATE TABLE chat_message_join (chat_id INTEGER REFERENCES chat (ROWID) ON DELETE "
            "CASCADE, message_id INTEGER REFERENCES message (ROWID) ON DELETE CASCADE, "
            "message_date INTEGER DEFAULT 0, PRIMARY KEY (chat_id, message_id))",
            "CREATE TABLE attachment (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT UNIQUE "
            "NOT NULL, filename TEXT, mime_type TEXT, total_bytes INTEGER DEFAULT 0)",
            "CREATE TABLE message_attachment_join (message_id INTEGER REFERENCES message (ROWID) "
            "ON DELETE CASCADE, attachment_id INTEGER REFERENCES attachment (ROWID) ON DELETE "
            "CASCADE, UNIQUE(message_id, attachment_id))",
            "CREATE INDEX message_idx_handle ON message(handle_id, date)",
            "INSERT INTO _SqliteDatabaseProperties VALUES ('_ClientVersion', '17001')",
        };
        for (const char* sql : schema) {
            if (!(*db)->exec(QString::fromLatin1(sql))) {
                return false;
            }
        }
        if (!(*db)->scalar(QStringLiteral("PRAGMA journal_mode = WAL"))) {
            return false;
        }
        QHash<QString, qint64> handles; // handle.id → handle ROWID, which is also its chat's
        qint64 date = seconds ? 721'000'000 : 721'000'000'000'000'000; // 2023-11-06 21:46:40 UTC
        qint64 row = 0;
        for (const Message& m : messages) {
            ++row;
            date += seconds ? 3600 : 3'600'000'000'000;
            const bool email = m.sender.contains(QLatin1Char('@'));
            const QString service = email ? QStringLiteral("iMessage") : QStringLiteral("SMS");
            qint64 handle = 0;
            if (!m.sender.isEmpty()) {
                handle = handles.value(m.sender);
                if (handle == 0) {
                    handle = handles.size() + 1;
                    handles.insert(m.sender, handle);
                    const QString chatGuid = service + QStringLiteral(";-;") + m.sender;
                    if (!run(**db,
                             "INSERT INTO handle (ROWID, id, country, service, "
                             "uncanonicalized_id) VALUES (?, ?, 'cn', ?, ?)",
                             {handle, m.sender, service, m.sender}) ||
                        !run(**db,
                             "INSERT INTO chat (ROWID, guid, style, state, chat_identifier, "
                             "service_name) VALUES (?, ?, 45, 3, ?, ?)",
                             {handle, chatGuid, m.sender, service}) ||
                        !run(**db, "INSERT INTO chat_handle_join VALUES (?, ?)",
                             {handle, handle})) {
                        return false;
                    }
                }
            }
            QByteArray body = m.rawBody;
            if (body.isEmpty() && m.inAttributedBody) {
                body = attributedBody(m.text, m.mutableClasses);
            }
            const QString blob = body.isEmpty()
                                     ? QStringLiteral("NULL")
                                     : QStringLiteral("X'%1'").arg(QLatin1String(body.toHex()));
            const QString sql =
                QStringLiteral("INSERT INTO message (ROWID, guid, text, handle_id, service, "
                               "account, date, date_read, date_delivered, is_delivered, "
                               "is_finished, is_from_me, is_read, is_sent, attributedBody) "
                               "VALUES (?, ?, ?, ?, ?, 'p:0', ?, ?, ?, 1, 1, ?, ?, ?, %1)")
                    .arg(blob);
            const QString guid =
                QStringLiteral("6F3B1C2A-0000-4000-8000-%1").arg(row, 12, 10, QLatin1Char('0'));
            if (!run(**db, sql,
                     {row, guid, m.inTextColumn ? QVariant(m.text) : QVariant(), handle, service,
                      date, m.fromMe ? 0 : date + 60, date, m.fromMe ? 1 : 0, m.fromMe ? 0 : 1,
                      m.fromMe ? 1 : 0})) {
                return false;
            }
            if (handle != 0 &&
                !run(**db, "INSERT INTO chat_message_join VALUES (?, ?, ?)", {handle, row, date})) {
                return false;
            }
        }
        return true;
    }

    // The whole backup folder (which must exist and be empty), with sampleMessages().
    static bool write(const QString& folder) { return write(folder, Options()); }
    static bool write(const QString& folder, const Options& options)
    {
        return write(folder, options, sampleMessages());
    }
    static bool write(const QString& folder, const Options& options, const QList<Message>& messages)
    {
        QDir dir(folder);
        const QString smsId =
            fileId(QStringLiteral("HomeDomain"), QStringLiteral("Library/SMS/sms.db"));
        const bool flat = options.layout == Layout::Flat;
        const auto hashedPath = [&](const QString& id) {
            if (flat) {
                return dir.filePath(id);
            }
            dir.mkpath(id.left(2));
            return dir.filePath(id.left(2) + QLatin1Char('/') + id);
        };
        if (!writeFile(dir.filePath(QStringLiteral("Info.plist")), infoPlist(flat)) ||
            !writeFile(
                dir.filePath(QStringLiteral("Status.plist")),
                binaryPlist({{"BackupState", QStringLiteral("new")},
                             {"IsFullBackup", false},
                             {"SnapshotState", QStringLiteral("finished")},
                             {"UUID", QStringLiteral("5D3E1F7A-8C2B-4E6D-9A1F-3B7C5E2D8A40")},
                             {"Version", QStringLiteral("3.3")}})) ||
            !writeFile(
                dir.filePath(QStringLiteral("Manifest.plist")),
                binaryPlist({{"IsEncrypted", options.encrypted},
                             {"SystemDomainsVersion", QStringLiteral("24.0")},
                             {"Version", flat ? QStringLiteral("9.1") : QStringLiteral("10.0")},
                             {"WasPasscodeSet", true}}))) {
            return false;
        }
        // Other files a backup holds, so that sms.db is one among several.
        const QList<std::pair<QString, QString>> others{
            {QStringLiteral("HomeDomain"),
             QStringLiteral("Library/AddressBook/AddressBook.sqlitedb")},
            {QStringLiteral("HomeDomain"), QStringLiteral("Library/Notes/notes.sqlite")},
            {QStringLiteral("WirelessDomain"),
             QStringLiteral("Library/CallHistory/call_history.db")},
            {QStringLiteral("CameraRollDomain"),
             QStringLiteral("Media/DCIM/100APPLE/IMG_0001.HEIC")},
        };
        quint64 noise = 0x5EED;
        for (const auto& [domain, path] : others) {
            if (!writeFile(hashedPath(fileId(domain, path)), randomBytes(noise, 2048))) {
                return false;
            }
        }
        const QString smsPath = hashedPath(smsId);
        if (options.encrypted) {
            if (!writeFile(smsPath, randomBytes(noise, 64 * 1024))) {
                return false;
            }
        } else if (!writeSmsDb(smsPath, messages, flat)) {
            return false;
        }
        if (flat) {
            return writeFile(dir.filePath(QStringLiteral("Manifest.mbdb")), mbdb());
        }
        const QString manifest = dir.filePath(QStringLiteral("Manifest.db"));
        if (options.encrypted) {
            return writeFile(manifest, randomBytes(noise, 32 * 1024));
        }
        auto db = SqliteDatabase::open(manifest, SqliteDatabase::Mode::Create);
        if (!db ||
            !(*db)->exec(QStringLiteral(
                "CREATE TABLE Files (fileID TEXT PRIMARY KEY, domain TEXT, relativePath TEXT, "
                "flags INTEGER, file BLOB); "
                "CREATE INDEX FilesDomainIdx ON Files(domain); "
                "CREATE INDEX FilesRelativePathIdx ON Files(relativePath); "
                "CREATE INDEX FilesFlagsIdx ON Files(flags); "
                "CREATE TABLE Properties (key TEXT PRIMARY KEY, value BLOB)"))) {
            return false;
        }
        QList<std::pair<QString, QString>> files = others;
        files.append({QStringLiteral("HomeDomain"), QStringLiteral("Library/SMS")});
        if (options.listSmsDb) {
            files.append({QStringLiteral("HomeDomain"), QStringLiteral("Library/SMS/sms.db")});
        }
        for (const auto& [domain, path] : files) {
            const bool folderRow = !path.contains(QLatin1Char('.'));
            const QByteArray file = binaryPlist({{"$archiver", QStringLiteral("NSKeyedArchiver")},
                                                 {"$version", 100000},
                                                 {"Size", folderRow ? 0 : 4096}});
            const QString sql = QStringLiteral("INSERT INTO Files VALUES (?, ?, ?, ?, X'%1')")
                                    .arg(QLatin1String(file.toHex()));
            if (!run(**db, sql, {fileId(domain, path), domain, path, folderRow ? 2 : 1})) {
                return false;
            }
        }
        return true;
    }

private:
    static inline const std::pair<QByteArray, int> kRoot{"NSObject", 0};

    // Writes a typedstream, numbering shared strings and objects as the format does.
    struct TypedStream
    {
        QByteArray bytes;
        QList<QByteArray> strings;
        QHash<QByteArray, int> classNumbers; // name → its number among objects and classes
        int objects = 0;

        void integer(qint64 value)
        {
            if (value >= -110 && value <= 127) {
                bytes.append(char(value));
            } else if (value >= -32768 && value <= 32767) {
                bytes.append(char(0x81));
                appendLittleEndian(value, 2);
            } else {
                bytes.append(char(0x82));
                appendLittleEndian(value, 4);
            }
        }
        void appendLittleEndian(qint64 value, int width)
        {
            for (int i = 0; i < width; ++i) {
                bytes.append(char((value >> (8 * i)) & 0xff));
            }
        }
        void shared(const QByteArray& text)
        {
            const qsizetype index = strings.indexOf(text);
            if (index >= 0) {
                integer(index - 110);
                return;
            }
            strings.append(text);
            bytes.append(char(0x84));
            integer(text.size());
            bytes.append(text);
        }
        void beginObject()
        {
            bytes.append(char(0x84));
            ++objects;
        }
        void endObject() { bytes.append(char(0x86)); }
        // The class chain from the object's class up to the root class (name and version);
        // a class written before ends it as a reference, the root class with nil.
        void classChain(const QList<std::pair<QByteArray, int>>& chain)
        {
            for (const auto& [name, version] : chain) {
                if (const auto known = classNumbers.constFind(name); known != classNumbers.cend()) {
                    integer(*known - 110);
                    return;
                }
                bytes.append(char(0x84));
                shared(name);
                integer(version);
                classNumbers.insert(name, objects++);
            }
            bytes.append(char(0x85));
        }
    };

    static bool run(SqliteDatabase& db, const QString& sql, const QVariantList& values)
    {
        auto statement = db.prepare(sql);
        if (!statement) {
            return false;
        }
        statement->bindAll(values);
        return statement->run().ok();
    }
    static bool run(SqliteDatabase& db, const char* sql, const QVariantList& values)
    {
        return run(db, QString::fromLatin1(sql), values);
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
               file.write(bytes) == bytes.size() && file.flush();
    }

    // splitmix64, as in SmsBackupGenerator: the same bytes on every platform.
    static QByteArray randomBytes(quint64& state, qsizetype size)
    {
        QByteArray out(size, Qt::Uninitialized);
        for (char& c : out) {
            state += 0x9E3779B97F4A7C15ULL;
            quint64 z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            c = char((z ^ (z >> 31)) & 0xff);
        }
        return out;
    }

    static QByteArray infoPlist(bool old)
    {
        return xmlPlist({
            {"Build Version", old ? QStringLiteral("13G36") : QStringLiteral("21F90")},
            {"Device Name", QStringLiteral("张伟的 iPhone")},
            {"Display Name", QStringLiteral("张伟的 iPhone")},
            {"GUID", QStringLiteral("A1B2C3D4E5F60718293A4B5C6D7E8F90")},
            {"Last Backup Date", QStringLiteral("2024-06-01T08:30:00Z")},
            {"Product Name", old ? QStringLiteral("iPhone 6s") : QStringLiteral("iPhone 13")},
            {"Product Type", old ? QStringLiteral("iPhone8,1") : QStringLiteral("iPhone14,5")},
            {"Product Version", old ? QStringLiteral("9.3.5") : QStringLiteral("17.5.1")},
            {"Serial Number", QStringLiteral("F2LXK0AAAAAA")},
            {"Target Identifier", QStringLiteral("00008110-001A2B3C4D5E801E")},
            {"Target Type", QStringLiteral("Device")},
            {"Unique Identifier", QStringLiteral("00008110-001A2B3C4D5E801E")},
            {"iTunes Version", QStringLiteral("12.13.2.3")},
        });
    }

    // Manifest.mbdb of older backups: "mbdb" 5 0, then one record per file (here sms.db).
    static QByteArray mbdb()
    {
        QByteArray out("mbdb\x05\x00", 6);
        const auto string = [&out](const QByteArray& text) {
            appendBigEndian(out, quint64(text.size()), 2);
            out.append(text);
        };
        string("HomeDomain");
        string("Library/SMS/sms.db");
        out.append("\xff\xff\xff\xff\xff\xff", 6); // no link target, hash or key
        appendBigEndian(out, 0x81a4, 2);           // mode: a file, rw-r--r--
        appendBigEndian(out, 1234567, 8);          // inode
        appendBigEndian(out, 501, 4);              // user
        appendBigEndian(out, 501, 4);              // group
        for (int i = 0; i < 3; ++i) {
            appendBigEndian(out, 1700000000, 4); // modified, accessed, created
        }
        appendBigEndian(out, 65536, 8);      // size
        out.append(char(4)).append(char(0)); // protection class, no properties
        return out;
    }

    static void appendBigEndian(QByteArray& out, quint64 value, int width)
    {
        for (int i = width - 1; i >= 0; --i) {
            out.append(char((value >> (8 * i)) & 0xff));
        }
    }

    static void appendMarker(QByteArray& out, int kind, qsizetype count)
    {
        if (count < 15) {
            out.append(char((kind << 4) | int(count)));
            return;
        }
        out.append(char((kind << 4) | 0xf));
        out.append(char(0x11)); // a 2-byte integer
        appendBigEndian(out, quint64(count), 2);
    }

    static QByteArray plistString(const QByteArray& ascii)
    {
        QByteArray out;
        appendMarker(out, 0x5, ascii.size());
        return out.append(ascii);
    }

    static QByteArray plistValue(const QVariant& value)
    {
        QByteArray out;
        if (value.typeId() == QMetaType::Bool) {
            out.append(char(value.toBool() ? 0x09 : 0x08));
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            out.append(char(0x13)); // 8-byte integer
            appendBigEndian(out, quint64(value.toLongLong()), 8);
        } else {
            const QString text = value.toString();
            bool ascii = true;
            for (const QChar c : text) {
                ascii = ascii && c.unicode() < 0x80;
            }
            if (ascii) {
                return plistString(text.toLatin1());
            }
            appendMarker(out, 0x6, text.size());
            for (const QChar c : text) {
                appendBigEndian(out, c.unicode(), 2);
            }
        }
        return out;
    }
};

} // namespace rebind
