// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndroidSmsBackupReader.h"
#include "CharacterReferenceRepair.h"
#include "DiscoveryTestSupport.h"
#include "IosSmsDbReader.h"
#include "SmsBackupGenerator.h"
#include "SmsBodyLimit.h"
#include "SmsCsvReader.h"
#include "SmsFileReader.h"
#include "SmsSource.h"
#include "SqliteDatabase.h"
#include "Utf8Check.h"

#include <optional>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;
using rebind::test::TrickleDevice;

namespace {

const QString kFixtures = QStringLiteral(REBIND_TEST_FIXTURES "/sms");
// Every malformed input must be dealt with in well under this (a hang or a blow-up would not).
constexpr qint64 kQuickMs = 5000;

QString fixture(const QString& name)
{
    return kFixtures + QLatin1Char('/') + name;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Outcome
{
    QList<SmsMessage> messages;
    std::optional<Result<SmsReadSummary>> result;
    qint64 elapsedMs = 0;

    bool ok() const { return result && result->ok(); }
    QString error() const { return result ? result->message() : QString(); }
    QStringList warnings() const { return ok() ? (*result)->warnings : QStringList(); }
    QString allWarnings() const { return warnings().join(QLatin1Char('\n')); }
};

template <typename ReadFunction> Outcome collect(ReadFunction read)
{
    Outcome outcome;
    QElapsedTimer timer;
    timer.start();
    outcome.result = read([&](const SmsMessage& message) {
        outcome.messages.append(message);
        return true;
    });
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

Outcome readFile(const QString& path)
{
    return collect([&](const auto& sink) { return SmsFileReader::read(path, sink); });
}

Outcome readXml(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return collect([&](const auto& sink) { return AndroidSmsBackupReader::read(buffer, sink); });
}

Outcome readCsv(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return collect([&](const auto& sink) { return SmsCsvReader::read(buffer, sink); });
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString repaired(const QByteArray& input, bool byteByByte)
{
    CharacterReferenceRepair repair;
    QByteArray out;
    if (byteByByte) {
        for (const char c : input) {
            out += repair.feed(QByteArray(1, c));
        }
    } else {
        out += repair.feed(input);
    }
    out += repair.finish();
    return QString::fromUtf8(out);
}

// An iOS-style sms.db made with our own SQLite wrapper (no key: a plain SQLite file).
bool makeIosDb(const QString& path, bool wal)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
    if (!db) {
        return false;
    }
    const QStringList schema = {
        QStringLiteral("CREATE TABLE handle (ROWID INTEGER PRIMARY KEY AUTOINCREMENT UNIQUE, "
                       "id TEXT NOT NULL, country TEXT, service TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE message (ROWID INTEGER PRIMARY KEY AUTOINCREMENT, guid TEXT, "
                       "text TEXT, handle_id INTEGER DEFAULT 0, date INTEGER, "
                       "is_from_me INTEGER DEFAULT 0, attributedBody BLOB)"),
        QStringLiteral("INSERT INTO handle (ROWID, id, country, service) VALUES "
                       "(1, '95555', 'cn', 'SMS'), (2, '+8613800138000', 'cn', 'SMS'), "
                       "(3, '22000', 'us', 'SMS')"),
    };
    for (const QString& sql : schema) {
        if (!(*db)->exec(sql)) {
            return false;
        }
    }
    if (wal && !(*db)->scalar(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        return false;
    }
    const QList<QVariantList> rows = {
        // seconds since 2001 (iOS 10 and before)
        {QStringLiteral("g1"), QStringLiteral("【招商银行】您账户1234消费88.00元"), 1,
         qint64(500'000'000), 0},
        // nanoseconds since 2001 (iOS 11 and later)
        {QStringLiteral("g2"), QStringLiteral("ok 😀"), 2, qint64(700'000'000'000'000'000), 1},
        // only in attributedBody: skipped
        {QStringLiteral("g3"), QVariant(), 1, qint64(700'000'000'100'000'000), 0},
        // no handle (a note to self)
        {QStringLiteral("g4"), QStringLiteral("note to self"), 0, qint64(700'000'000'200'000'000),
         1},
        {QStringLiteral("g5"), QStringLiteral("G-123456 is your Google verification code."), 3,
         qint64(700'000'000'300'000'000), 0},
    };
    for (const QVariantList& row : rows) {
        auto insert = (*db)->prepare(
            QStringLiteral("INSERT INTO message (guid, text, handle_id, date, is_from_me) "
                           "VALUES (?, ?, ?, ?, ?)"));
        if (!insert) {
            return false;
        }
        insert->bindAll(row);
        if (!insert->run()) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSmsReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<int>("expected"); // -1: not recognised

        const int none = -1;
        const int xml = int(SmsFormat::AndroidXml);
        const int db = int(SmsFormat::IosSmsDb);
        const int csv = int(SmsFormat::Csv);
        const QByteArray sqlite("SQLite format 3\0\x10\0\1\1", 20);
        QTest::newRow("sqlite header") << sqlite << QStringLiteral("anything.bin") << db;
        QTest::newRow("sqlite, hashed iPhone backup name")
            << sqlite << QStringLiteral("3d0d7e5fb2ce288813306e4d4636395e047a3d28") << db;
        QTest::newRow("xml plain")
            << QByteArray("<smses count=\"0\"/>") << QStringLiteral("x.txt") << xml;
        QTest::newRow("xml with BOM, declaration, comment and PI")
            << QByteArray(
                   "\xEF\xBB\xBF<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>\n"
                   "<!--File Created By SMS Backup & Restore-->\n"
                   "<?xml-stylesheet type=\"text/xsl\" href=\"sms.xsl\"?>\n<smses count=\"1\">"
                   "<sms body=\"cut off he")
            << QStringLiteral("backup") << xml;
        QTest::newRow("xml with a DOCTYPE (the reader refuses it)")
            << QByteArray("<?xml version='1.0'?><!DOCTYPE smses [<!ENTITY a \"b\">]><smses>")
            << QString() << xml;
        QTest::newRow("xml, other root, .xml name")
            << QByteArray("<calls count=\"1\">") << QStringLiteral("calls-20231114.xml") << xml;
        QTest::newRow("xml, other root, other name")
            << QByteArray("<calls count=\"1\">") << QStringLiteral("calls.txt") << none;
        QTest::newRow("csv english") << QByteArray("date,sender,body\r\n2023-11-14,95555,hi\r\n")
                                     << QStringLiteral("export.txt") << csv;
        QTest::newRow("csv english, any case and order, quoted, BOM, extra columns")
            << QByteArray("\xEF\xBB\xBF\"ID\",\"Body\",\"From\",\"Date\",\"Type\"\n") << QString()
            << csv;
        QTest::newRow("csv chinese 时间/号码/内容")
            << QByteArray("时间,号码,内容\n2023-11-14 16:20,95555,【招商银行】\n") << QString()
            << csv;
        QTest::newRow("csv chinese 日期/发件人/内容")
            << QByteArray("日期,发件人,短信内容,类型\n") << QString() << csv;
        QTest::newRow("csv without a body column, .csv name")
            << QByteArray("date,sender\n") << QStringLiteral("sms.csv") << csv;
        QTest::newRow("csv without a body column, other name")
            << QByteArray("date,sender\n") << QStringLiteral("sms.txt") << none;
        QTest::newRow("csv header not UTF-8 (GBK)")
            << QByteArray("\xCA\xB1\xBC\xE4,\xBA\xC5\xC2\xEB,\xC4\xDA\xC8\xDD\n") << QString()
            << none;
        QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)
                                 << QStringLiteral("picture.png") << none;
        QTest::newRow("garbage named sms.db")
            << QByteArray("\x01\x02\x03", 3) << QStringLiteral("/backup/sms.db") << db;
        QTest::newRow("csv after blank lines")
            << QByteArray("\r\n\ndate,sender,body\n") << QString() << csv;
        QTest::newRow("billion laughs in the root's attribute")
            << fileBytes(fixture(QStringLiteral("malformed/billion-laughs.xml")))
                   .replace("<smses count=\"1\">", "<smses count=\"&lol9;\">")
            << QString() << none;
        QTest::newRow("empty") << QByteArray() << QStringLiteral("x") << none;
    }

    void detect()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(int, expected);
        const std::optional<SmsFormat> format = SmsFormatDetector::detect(head, fileName);
        QCOMPARE(format ? int(*format) : -1, expected);
    }

    void androidFixture()
    {
        const Outcome read = readFile(fixture(QStringLiteral("android-backup.xml")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read.warnings().isEmpty(), qPrintable(read.allWarnings()));
        QCOMPARE((*read.result)->messages, qint64(14));
        QCOMPARE(read.messages.size(), 14);
        QVERIFY(!(*read.result)->cancelled);
        const auto& m = read.messages;

        QCOMPARE(m[0].sender, QStringLiteral("95555"));
        QVERIFY(m[0].body.startsWith(QStringLiteral("【招商银行】")));
        QCOMPARE(m[0].at, utc(1699950000000));
        QVERIFY(m[0].incoming);
        QCOMPARE(m[1].sender, QStringLiteral("1069012345678"));
        QVERIFY(m[1].body.endsWith(QStringLiteral("【京东】")));
        QVERIFY(m[2].body.startsWith(QStringLiteral("【支付宝】")));
        QCOMPARE(m[3].body, QStringLiteral("Your WeChat verification code is 123456"));
        QCOMPARE(m[4].body, QStringLiteral("G-123456 is your Google verification code."));
        QCOMPARE(m[4].sender, QStringLiteral("22000"));
        // A personal sender; emoji as raw UTF-8 and as the app's surrogate references.
        QCOMPARE(m[5].sender, QStringLiteral("13800138000"));
        QCOMPARE(m[5].body, QStringLiteral("晚上一起吃饭吗？😀"));
        QCOMPARE(m[6].sender, QStringLiteral("+8613912345678"));
        QCOMPARE(m[6].body, QStringLiteral("好的 & 明天见😀"));
        QVERIFY(!m[6].incoming);
        QCOMPARE(m[7].body, QStringLiteral("【中国移动】<流量提醒> 本月已用 5GB & 剩余 中国移动 "
                                           "\"畅享套餐\""));
        QCOMPARE(m[8].body, QStringLiteral("第一行\r\n第二行\r\n【工商银行】"));
        // MMS: text parts joined, the sender from the "from" address.
        QCOMPARE(m[9].sender, QStringLiteral("95338"));
        QCOMPARE(m[9].body, QStringLiteral("【顺丰速运】您的快件已到达驿站\n取件码 8-1234"));
        QCOMPARE(m[9].at, utc(1699950540000));
        QVERIFY(m[9].incoming);
        // A sent MMS: the other party is the "to" address.
        QCOMPARE(m[10].sender, QStringLiteral("13800138000"));
        QCOMPARE(m[10].body, QStringLiteral("照片收到了吗？"));
        QVERIFY(!m[10].incoming);
        // (a picture-only MMS and an empty SMS are skipped)
        QCOMPARE(m[11].body, QStringLiteral("CXYE"));
        QVERIFY(!m[11].incoming);
        // A control character XML forbids, as the app writes it: replaced, not fatal.
        QCOMPARE(m[12].body, QStringLiteral("【淘宝】亲，验证码\uFFFD是 556677"));
        QCOMPARE(m[13].sender, QStringLiteral("106980095533"));
    }

    void androidCancelAndProgress()
    {
        const QString path = fixture(QStringLiteral("android-backup.xml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        int seen = 0;
        QList<qint64> progress;
        const auto result = AndroidSmsBackupReader::read(
            file, [&](const SmsMessage&) { return ++seen < 3; },
            [&](qint64 bytes) { progress.append(bytes); });
        QVERIFY2(result.ok(), qPrintable(result.message()));
        QVERIFY(result->cancelled);
        QCOMPARE(result->messages, qint64(3));
        QCOMPARE(seen, 3);
        QVERIFY(!progress.isEmpty());
        QVERIFY(progress.last() <= file.size());

        file.seek(0);
        progress.clear();
        const auto whole = AndroidSmsBackupReader::read(
            file, [](const SmsMessage&) { return true; },
            [&](qint64 bytes) { progress.append(bytes); });
        QVERIFY(whole.ok());
        QVERIFY(!whole->cancelled);
        QCOMPARE(progress.last(), file.size());
        QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    }

    void androidTrickle()
    {
        // Seven bytes at a time: the same messages as in one piece.
        const QByteArray bytes = fileBytes(fixture(QStringLiteral("android-backup.xml")));
        TrickleDevice device(bytes);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const Outcome trickled =
            collect([&](const auto& sink) { return AndroidSmsBackupReader::read(device, sink); });
        const Outcome whole = readXml(bytes);
        QVERIFY2(trickled.ok(), qPrintable(trickled.error()));
        QCOMPARE(trickled.messages.size(), whole.messages.size());
        for (qsizetype i = 0; i < whole.messages.size(); ++i) {
            QCOMPARE(trickled.messages[i].body, whole.messages[i].body);
            QCOMPARE(trickled.messages[i].sender, whole.messages[i].sender);
        }
    }

    void referenceRepair_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("surrogate pair, decimal")
            << QByteArray("a&#55357;&#56832;b") << QStringLiteral("a&#x1f600;b");
        QTest::newRow("surrogate pair, hex")
            << QByteArray("&#xD83D;&#xDE00;") << QStringLiteral("&#x1f600;");
        QTest::newRow("two pairs in a row") << QByteArray("&#55357;&#56832;&#55357;&#56397;")
                                            << QStringLiteral("&#x1f600;&#x1f44d;");
        QTest::newRow("control character") << QByteArray("x&#27;y") << QStringLiteral("x&#xFFFD;y");
        QTest::newRow("nul") << QByteArray("&#0;") << QStringLiteral("&#xFFFD;");
        QTest::newRow("beyond Unicode") << QByteArray("&#x110000;") << QStringLiteral("&#xFFFD;");
        QTest::newRow("lone high surrogate")
            << QByteArray("&#55357;x") << QStringLiteral("&#xFFFD;x");
        QTest::newRow("lone high surrogate at the end")
            << QByteArray("x&#55357;") << QStringLiteral("x&#xFFFD;");
        QTest::newRow("high surrogate, then a normal reference")
            << QByteArray("&#55357;&#65;") << QStringLiteral("&#xFFFD;&#65;");
        QTest::newRow("lone low surrogate") << QByteArray("&#56832;") << QStringLiteral("&#xFFFD;");
        QTest::newRow("valid references untouched")
            << QByteArray("&amp;&#10;&#13;&#x4E2D;&#128512;&lt;")
            << QStringLiteral("&amp;&#10;&#13;&#x4E2D;&#128512;&lt;");
        QTest::newRow("malformed left to the parser")
            << QByteArray("&#;&#x;&#12a;&#123456789012;&#")
            << QStringLiteral("&#;&#x;&#12a;&#123456789012;&#");
        QTest::newRow("text and UTF-8 untouched")
            << QByteArray("【招商银行】 & more") << QStringLiteral("【招商银行】 & more");
    }

    void referenceRepair()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QCOMPARE(repaired(input, false), expected);
        QCOMPARE(repaired(input, true), expected);
    }

    void bodyLimit()
    {
        bool cut = true;
        QCOMPARE(SmsBodyLimit::cap(u"short", &cut), QStringLiteral("short"));
        QVERIFY(!cut);
        // 3-byte characters: 65536 is not a multiple of 3, so the cut falls inside one.
        const QString chinese(30000, QChar(0x4E2D));
        const QString capped = SmsBodyLimit::cap(chinese, &cut);
        QVERIFY(cut);
        QCOMPARE(capped.toUtf8().size(), qsizetype(65535));
        // A surrogate pair is never split.
        QString emoji;
        for (int i = 0; i < 20000; ++i) {
            emoji += QStringLiteral("😀");
        }
        const QString cappedEmoji = SmsBodyLimit::cap(emoji, &cut);
        QVERIFY(cut);
        QCOMPARE(cappedEmoji.toUtf8().size(), qsizetype(65536));
        QVERIFY(!cappedEmoji.back().isHighSurrogate());

        QCOMPARE(SmsBodyLimit::wholeUtf8Prefix("ab\xE4\xB8"), qsizetype(2));
        QCOMPARE(SmsBodyLimit::wholeUtf8Prefix("ab\xE4\xB8\xAD"), qsizetype(5));
        QCOMPARE(SmsBodyLimit::wholeUtf8Prefix("\xF0\x9F\x98"), qsizetype(0));
        QCOMPARE(SmsBodyLimit::wholeUtf8Prefix("abc"), qsizetype(3));
    }

    void utf8Check_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("valid");
        QTest::addColumn<bool>("invalid");
        QTest::newRow("ascii") << QByteArray("hello, world: a longer ascii run") << 32 << false;
        QTest::newRow("chinese and emoji") << QByteArray("中文😀") << 10 << false;
        QTest::newRow("cut at the end") << QByteArray("ab\xE4\xB8") << 2 << false;
        QTest::newRow("cut emoji") << QByteArray("abcdefgh\xF0\x9F\x98") << 8 << false;
        QTest::newRow("stray continuation") << QByteArray("abc\x80") << 3 << true;
        QTest::newRow("bad second byte") << QByteArray("ab\xC3\x28") << 2 << true;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << 0 << true;
        QTest::newRow("overlong 3") << QByteArray("\xE0\x80\xAF") << 0 << true;
        QTest::newRow("surrogate") << QByteArray("x\xED\xA0\x80") << 1 << true;
        QTest::newRow("past U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << 0 << true;
        QTest::newRow("bad byte after a long ascii run")
            << QByteArray("0123456789abcdef0123\xFF") << 20 << true;
        QTest::newRow("0xFF") << QByteArray("0123456789\xFF") << 10 << true;
    }

    void utf8Check()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, valid);
        QFETCH(bool, invalid);
        bool stopped = false;
        QCOMPARE(Utf8Check::validPrefix(bytes, &stopped), qsizetype(valid));
        QCOMPARE(stopped, invalid);
    }

    void malformedXml_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("partial"); // a result with a warning rather than an error
        QTest::addColumn<int>("messages");
        QTest::addColumn<QString>("says");

        QTest::newRow("truncated after some messages")
            << QStringLiteral("truncated.xml") << true << 7
            << QStringLiteral("The file ends early; it may have been cut off while it was "
                              "copied. The 7 message(s) before this point were read.");
        QTest::newRow("truncated before any message")
            << QStringLiteral("truncated-early.xml") << false << 0
            << QStringLiteral("The file ends early");
        QTest::newRow("wrong root") << QStringLiteral("wrong-root.xml") << false << 0
                                    << QStringLiteral("its top element is <messages>");
        QTest::newRow("call log") << QStringLiteral("call-log.xml") << false << 0
                                  << QStringLiteral("This is a call log backup");
        QTest::newRow("empty") << QStringLiteral("empty.xml") << false << 0
                               << QStringLiteral("The file is empty.");
        QTest::newRow("binary garbage")
            << QStringLiteral("garbage.bin") << false << 0
            << QStringLiteral("This is not an SMS Backup & Restore file");
        QTest::newRow("invalid UTF-8") << QStringLiteral("invalid-utf8.xml") << false << 0
                                       << QStringLiteral("The file is damaged at line 3");
        QTest::newRow("deep nesting") << QStringLiteral("deep-nesting.xml") << false << 0
                                      << QStringLiteral("more than 64 levels deep");
        QTest::newRow("billion laughs")
            << QStringLiteral("billion-laughs.xml") << false << 0
            << QStringLiteral("This file declares its own entities, which SMS backups never do; "
                              "it is not read.");
    }

    void malformedXml()
    {
        QFETCH(QString, file);
        QFETCH(bool, partial);
        QFETCH(int, messages);
        QFETCH(QString, says);
        const Outcome read = readXml(fileBytes(fixture(QStringLiteral("malformed/") + file)));
        QVERIFY2(read.elapsedMs < kQuickMs, qPrintable(QString::number(read.elapsedMs)));
        QCOMPARE(read.ok(), partial);
        QCOMPARE(read.messages.size(), messages);
        const QString text = partial ? read.allWarnings() : read.error();
        QVERIFY2(text.contains(says), qPrintable(text));
        if (partial) {
            QCOMPARE((*read.result)->messages, qint64(messages));
        }
    }

    void damagedAfterMessages()
    {
        // Bytes that are not UTF-8 after three good messages: those three, and a warning.
        QByteArray bytes = fileBytes(fixture(QStringLiteral("android-backup.xml")));
        const qsizetype fourth = bytes.indexOf("<sms protocol=\"0\" address=\"10690700367\"");
        QVERIFY(fourth > 0);
        bytes.insert(fourth + 60, "\xC3\x28\xFF");
        const Outcome read = readXml(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 3);
        QVERIFY2(read.allWarnings().contains(QStringLiteral("The file is damaged at line")),
                 qPrintable(read.allWarnings()));
        QVERIFY(read.allWarnings().contains(QStringLiteral("The 3 message(s) before")));
    }

    void hugeMessageIsCapped()
    {
        // One 5 MB body: handed on cut to 64 KiB, with a warning, quickly.
        QByteArray bytes = "<smses><sms address=\"95555\" date=\"1699950000000\" type=\"1\" "
                           "body=\"【招商银行】";
        bytes += QString(5 * 1024 * 1024 / 3, QChar(0x4E2D)).toUtf8();
        bytes += "\"/><sms address=\"10086\" date=\"1699950000001\" type=\"1\" body=\"next\"/>"
                 "</smses>";
        QVERIFY(bytes.size() > 5 * 1000 * 1000);
        const Outcome read = readXml(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read.elapsedMs < kQuickMs, qPrintable(QString::number(read.elapsedMs)));
        QCOMPARE(read.messages.size(), 2);
        QVERIFY(read.messages[0].body.startsWith(QStringLiteral("【招商银行】中中")));
        QVERIFY(read.messages[0].body.toUtf8().size() <= SmsBodyLimit::kMaxBytes);
        QVERIFY(read.messages[0].body.toUtf8().size() > SmsBodyLimit::kMaxBytes - 4);
        QCOMPARE(read.messages[1].body, QStringLiteral("next"));
        QCOMPARE(read.allWarnings(),
                 QStringLiteral("1 message(s) were longer than 64 KiB and were cut short."));
    }

    void hugeElementStopsReading()
    {
        // An attribute over 32 MiB is not buffered to the end: reading stops at it.
        QByteArray bytes = "<smses><sms address=\"95555\" date=\"1699950000000\" type=\"1\" "
                           "body=\"first\"/>\n<sms address=\"1\" body=\"";
        bytes += QByteArray(40 * 1024 * 1024, 'a');
        bytes += "\"/></smses>";
        const Outcome read = readXml(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read.elapsedMs < kQuickMs, qPrintable(QString::number(read.elapsedMs)));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.allWarnings().contains(QStringLiteral("larger than 32 MiB")),
                 qPrintable(read.allWarnings()));
    }

    void androidXmlDetails()
    {
        // References come out as the characters they stand for (surrogate pairs repaired); a
        // literal line break in an attribute is a space, as XML says.
        Outcome read = readXml("<smses><sms address=\"95555\" date=\"1699950000000\" type=\"1\" "
                               "body=\"a&amp;b&lt;c&gt;&quot;&apos;&#10;&#x1F600;&#55357;&#56832;"
                               "\nd\"/></smses>");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QCOMPARE(read.messages[0].body, QStringLiteral("a&b<c>\"'\n😀😀 d"));
        QCOMPARE(read.messages[0].sender, QStringLiteral("95555"));
        QCOMPARE(read.messages[0].at, utc(1699950000000));
        QVERIFY(read.messages[0].incoming);

        // Whatever the declaration says, the bytes are read as the UTF-8 they were checked to be.
        read = readXml("<?xml version='1.0' encoding='ISO-8859-1'?><smses><sms address=\"1\" "
                       "type=\"1\" body=\"中文\"/></smses>");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QCOMPARE(read.messages[0].body, QStringLiteral("中文"));

        // A DOCTYPE is refused even when it declares nothing.
        read = readXml("<!DOCTYPE smses><smses><sms address=\"1\" type=\"1\" body=\"x\"/></smses>");
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("declares its own entities")),
                 qPrintable(read.error()));
        QVERIFY(read.messages.isEmpty());

        // A NUL byte, which XML forbids: the messages before it, and where the damage is.
        QByteArray bytes = "<smses><sms address=\"1\" type=\"1\" body=\"one\"/>\n"
                           "<sms address=\"2\" type=\"1\" body=\"t";
        bytes.append('\0');
        bytes.append("wo\"/></smses>");
        read = readXml(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.allWarnings().startsWith(QStringLiteral("The file is damaged at line 2")),
                 qPrintable(read.allWarnings()));

        // A message whose tag breaks off at the end of the file is not handed on half read.
        read = readXml("<smses><sms address=\"1\" type=\"1\" body=\"one\"/><sms address=\"2\" "
                       "type=\"1\" body=\"two\"");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.allWarnings().startsWith(QStringLiteral("The file ends early")),
                 qPrintable(read.allWarnings()));

        // Nothing after the root element is looked at.
        read = readXml("<smses><sms address=\"1\" type=\"1\" body=\"one\"/></smses><junk");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.warnings().isEmpty(), qPrintable(read.allWarnings()));
    }

    void generatedVolume()
    {
        // 20,000 generated messages: every one read, every emoji reference repaired.
        QByteArray bytes;
        QBuffer out(&bytes);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(SmsBackupGenerator().write(out, 20000));
        out.close();
        const Outcome read = readXml(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read.warnings().isEmpty(), qPrintable(read.allWarnings()));
        QCOMPARE(read.messages.size(), 20000);
        int emoji = 0;
        int mms = 0;
        int sent = 0;
        for (const SmsMessage& message : read.messages) {
            QVERIFY(!message.sender.isEmpty());
            QVERIFY(message.at.isValid());
            QVERIFY2(!message.body.contains(QChar::ReplacementCharacter), qPrintable(message.body));
            emoji += message.body.contains(QStringLiteral("😀")) ? 1 : 0;
            mms += message.body.startsWith(QStringLiteral("【顺丰速运】")) ? 1 : 0;
            sent += message.incoming ? 0 : 1;
        }
        QVERIFY(emoji > 100);
        QCOMPARE(mms, 400);
        QVERIFY(sent > 500);
    }

    void iosDb()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sms.db"));
        QVERIFY(makeIosDb(path, false));
        QVERIFY(fileBytes(path).startsWith(QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(SmsFileReader::detect(path).value(), SmsFormat::IosSmsDb);

        const Outcome read = readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 4); // the attributedBody-only row is skipped
        QCOMPARE((*read.result)->messages, qint64(4));
        const auto& m = read.messages;
        QCOMPARE(m[0].sender, QStringLiteral("95555"));
        QCOMPARE(m[0].body, QStringLiteral("【招商银行】您账户1234消费88.00元"));
        QCOMPARE(m[0].at, QDateTime(QDate(2016, 11, 5), QTime(0, 53, 20), Qt::UTC));
        QVERIFY(m[0].incoming);
        QCOMPARE(m[1].sender, QStringLiteral("+8613800138000"));
        QCOMPARE(m[1].body, QStringLiteral("ok 😀"));
        QCOMPARE(m[1].at, QDateTime(QDate(2023, 3, 8), QTime(20, 26, 40), Qt::UTC));
        QVERIFY(!m[1].incoming);
        QCOMPARE(m[2].sender, QString());
        QCOMPARE(m[2].body, QStringLiteral("note to self"));
        QCOMPARE(m[3].sender, QStringLiteral("22000"));
        QCOMPARE(m[3].at, QDateTime(QDate(2023, 3, 8), QTime(20, 26, 40, 300), Qt::UTC));

        int seen = 0;
        const auto cancelled =
            IosSmsDbReader::read(path, [&](const SmsMessage&) { return ++seen < 2; });
        QVERIFY(cancelled.ok());
        QVERIFY(cancelled->cancelled);
        QCOMPARE(cancelled->messages, qint64(2));
    }

    void iosWalDbLeavesNoFiles()
    {
        // iOS keeps sms.db in WAL mode; reading it must not create -wal/-shm beside it.
        QTemporaryDir dir;
        const QString path =
            dir.filePath(QStringLiteral("3d0d7e5fb2ce288813306e4d4636395e047a3d28"));
        QVERIFY(makeIosDb(path, true));
        const QByteArray header = fileBytes(path);
        QCOMPARE(int(header.at(18)), 2);
        const QStringList before = QDir(dir.path()).entryList(QDir::Files);
        const Outcome read = readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 4);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), before);
    }

    void iosAppleTime()
    {
        QVERIFY(!IosSmsDbReader::appleTime(0).isValid());
        QCOMPARE(IosSmsDbReader::appleTime(1), utc(978307201000));
        QCOMPARE(IosSmsDbReader::appleTime(1'000'000'000'000),
                 utc(978307200000 + 1'000'000'000'000'000));
        QCOMPARE(IosSmsDbReader::appleTime(1'000'000'000'001), utc(978307200000 + 1'000'000));
    }

    void iosErrors()
    {
        QTemporaryDir dir;
        const QString expected = QStringLiteral("3d0d7e5fb2ce288813306e4d4636395e047a3d28");

        // Not SQLite at all (or an encrypted backup's file), found by its name.
        const QString encrypted = dir.filePath(expected);
        {
            QFile file(encrypted);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, '\x5A'));
        }
        Outcome read = readFile(encrypted);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("sms.db")) &&
                     read.error().contains(expected) &&
                     read.error().contains(QStringLiteral("encrypted")),
                 qPrintable(read.error()));

        // SQLite, but not the Messages database.
        const QString other = dir.filePath(QStringLiteral("other.db"));
        {
            auto db = SqliteDatabase::open(other, SqliteDatabase::Mode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        }
        read = readFile(other);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("no “message” and “handle” tables")) &&
                     read.error().contains(expected),
                 qPrintable(read.error()));

        // The tables, but not the columns.
        const QString columns = dir.filePath(QStringLiteral("columns.db"));
        {
            auto db = SqliteDatabase::open(columns, SqliteDatabase::Mode::Create);
            QVERIFY(db);
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE message (body TEXT); "
                                               "CREATE TABLE handle (id TEXT)")));
        }
        read = readFile(columns);
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("columns")), qPrintable(read.error()));

        // Missing.
        const auto missing = IosSmsDbReader::read(dir.filePath(QStringLiteral("nope.db")),
                                                  [](const SmsMessage&) { return true; });
        QCOMPARE(missing.code(), ErrorCode::Missing);
    }

    void csvFixture()
    {
        const Outcome read = readFile(fixture(QStringLiteral("messages.csv")));
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 6);
        const auto& m = read.messages;
        QCOMPARE(m[0].sender, QStringLiteral("95555"));
        QCOMPARE(m[0].body, QStringLiteral("【招商银行】您尾号1234的账户, 入账人民币100.00元"));
        QCOMPARE(m[0].at, QDateTime(QDate(2023, 11, 14), QTime(16, 20)));
        QVERIFY(m[0].incoming);
        QCOMPARE(m[1].body, QStringLiteral("多行\r\n第二行 \"引号\" 【建设银行】"));
        QCOMPARE(m[1].at, QDateTime(QDate(2023, 11, 14), QTime(8, 21), Qt::UTC));
        QCOMPARE(m[2].sender, QStringLiteral("+8613912345678"));
        QCOMPARE(m[2].body, QStringLiteral("hi, there 😀"));
        QCOMPARE(m[2].at, utc(1699950000000));
        QVERIFY(!m[2].incoming);
        QCOMPARE(m[3].body, QStringLiteral("【中国移动】尊敬的客户"));
        QCOMPARE(m[3].at, QDateTime(QDate(2023, 11, 15), QTime(9, 30)));
        QVERIFY(m[3].incoming);
        QVERIFY(!m[4].at.isValid());
        QCOMPARE(m[4].body, QStringLiteral("G-123456 is your Google verification code."));
        QCOMPARE(m[5].at, QDateTime(QDate(2023, 11, 17), QTime(0, 0)));
        QVERIFY(!m[5].incoming);
        QCOMPARE(read.warnings(),
                 QStringList({QStringLiteral("1 row(s) had too few columns and were skipped."),
                              QStringLiteral("1 row(s) had a date that could not be read; their "
                                             "messages were kept without a date.")}));
    }

    void csvChineseHeaders()
    {
        Outcome read = readCsv("时间,号码,内容\n2023-11-14 16:20,95555,【招商银行】消费\n");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QCOMPARE(read.messages[0].sender, QStringLiteral("95555"));
        QCOMPARE(read.messages[0].body, QStringLiteral("【招商银行】消费"));

        read = readCsv("短信内容,类型,发件人,日期\n您的验证码是1234【京东】,发送,1069012345678,"
                       "2023-11-14T16:20:00+08:00\n");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QCOMPARE(read.messages[0].sender, QStringLiteral("1069012345678"));
        QVERIFY(!read.messages[0].incoming);
        QCOMPARE(read.messages[0].at.toUTC(),
                 QDateTime(QDate(2023, 11, 14), QTime(8, 20), Qt::UTC));
    }

    void csvTrickle()
    {
        const QByteArray bytes = fileBytes(fixture(QStringLiteral("messages.csv")));
        TrickleDevice device(bytes);
        QVERIFY(device.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const Outcome trickled =
            collect([&](const auto& sink) { return SmsCsvReader::read(device, sink); });
        const Outcome whole = readCsv(bytes);
        QVERIFY2(trickled.ok(), qPrintable(trickled.error()));
        QCOMPARE(trickled.messages.size(), whole.messages.size());
        for (qsizetype i = 0; i < whole.messages.size(); ++i) {
            QCOMPARE(trickled.messages[i].body, whole.messages[i].body);
        }
    }

    void csvMalformed()
    {
        const QByteArray header = "date,sender,body\n";
        // A quote never closed, after a good row: that row, and a warning.
        Outcome read = readCsv(header + "2023-11-14,95555,ok\n2023-11-14,10086,\"never closed\n");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.allWarnings().contains(QStringLiteral("line 3 is never closed")),
                 qPrintable(read.allWarnings()));

        // ... on the first row: an error.
        read = readCsv(header + "2023-11-14,10086,\"never closed\n");
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("never closed")), qPrintable(read.error()));

        // A runaway quote over megabytes stops at the record bound, quickly.
        read = readCsv(header + "2023-11-14,10086,\"" + QByteArray(5 * 1024 * 1024, 'x'));
        QVERIFY(!read.ok());
        QVERIFY(read.elapsedMs < kQuickMs);
        QVERIFY2(read.error().contains(QStringLiteral("longer than 1 MiB")),
                 qPrintable(read.error()));

        // A body over 64 KiB is cut at a character boundary, with a warning.
        read = readCsv(header + "2023-11-14,95555,\"" + QString(30000, QChar(0x4E2D)).toUtf8() +
                       "\"\n2023-11-15,1,next\n");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 2);
        QCOMPARE(read.messages[0].body.toUtf8().size(), qsizetype(65535));
        QVERIFY(!read.messages[0].body.contains(QChar::ReplacementCharacter));
        QCOMPARE(read.allWarnings(),
                 QStringLiteral("1 message(s) were longer than 64 KiB and were cut short."));

        // Rows in GBK under an English header: read, with a warning saying how to fix it.
        read = readCsv(header + "2023-11-14,95555,\xD5\xD0\xC9\xCC\xD2\xF8\xD0\xD0\n");
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 1);
        QVERIFY2(read.allWarnings().contains(QStringLiteral("CSV UTF-8")),
                 qPrintable(read.allWarnings()));

        // No recognisable header.
        read = readCsv("a,b,c\n1,2,3\n");
        QVERIFY(!read.ok());
        QVERIFY2(read.error().contains(QStringLiteral("date, sender and body")) &&
                     read.error().contains(QStringLiteral("a, b, c")),
                 qPrintable(read.error()));

        read = readCsv(QByteArray("\xEF\xBB\xBF"));
        QVERIFY(!read.ok());
        QCOMPARE(read.error(), QStringLiteral("The file is empty."));
    }

    void csvDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("iso, zone") << QStringLiteral("2023-11-14T08:21:00Z")
                                   << QDateTime(QDate(2023, 11, 14), QTime(8, 21), Qt::UTC);
        QTest::newRow("iso, ms and offset")
            << QStringLiteral("2023-11-14T16:21:00.250+08:00")
            << QDateTime(QDate(2023, 11, 14), QTime(8, 21, 0, 250), Qt::UTC);
        QTest::newRow("iso, local")
            << QStringLiteral("2023-11-14T16:21") << QDateTime(QDate(2023, 11, 14), QTime(16, 21));
        QTest::newRow("space, seconds") << QStringLiteral("2023-11-14 16:21:05")
                                        << QDateTime(QDate(2023, 11, 14), QTime(16, 21, 5));
        QTest::newRow("space, minutes") << QStringLiteral(" 2023-11-14 16:21 ")
                                        << QDateTime(QDate(2023, 11, 14), QTime(16, 21));
        QTest::newRow("slashes") << QStringLiteral("2023/1/5 9:07")
                                 << QDateTime(QDate(2023, 1, 5), QTime(9, 7));
        QTest::newRow("date only")
            << QStringLiteral("2023-11-14") << QDateTime(QDate(2023, 11, 14), QTime(0, 0));
        QTest::newRow("epoch ms") << QStringLiteral("1699950000000") << utc(1699950000000);
        QTest::newRow("epoch s") << QStringLiteral("1699950000") << utc(1699950000000);
        QTest::newRow("nonsense") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void csvDates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = SmsCsvReader::parseDate(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        }
    }

    void fileReaderErrors()
    {
        // Unknown content: the error lists what Rebind reads.
        Outcome read = readFile(fixture(QStringLiteral("malformed/garbage.bin")));
        QVERIFY(!read.ok());
        for (const QString& format :
             {QStringLiteral("SMS Backup & Restore XML (Android)"),
              QStringLiteral("an unencrypted iPhone backup folder or its sms.db"),
              QStringLiteral("CSV with date, sender and body columns")}) {
            QVERIFY2(read.error().contains(format), qPrintable(read.error()));
        }

        read = readFile(fixture(QStringLiteral("malformed/empty.xml")));
        QCOMPARE(read.error(), QStringLiteral("The file is empty."));

        read = readFile(fixture(QStringLiteral("malformed/wrong-root.xml")));
        QVERIFY2(read.error().contains(QStringLiteral("<messages>")), qPrintable(read.error()));

        const auto missing = SmsFileReader::read(fixture(QStringLiteral("no-such-file.xml")),
                                                 [](const SmsMessage&) { return true; });
        QCOMPARE(missing.code(), ErrorCode::Missing);

        read = readFile(kFixtures);
        QVERIFY2(read.error().contains(QStringLiteral("is a folder")), qPrintable(read.error()));
    }

    void fileReaderProgress()
    {
        const QString path = fixture(QStringLiteral("messages.csv"));
        qint64 last = 0;
        const auto result = SmsFileReader::read(
            path, [](const SmsMessage&) { return true; }, [&](qint64 bytes) { last = bytes; });
        QVERIFY(result.ok());
        QCOMPARE(last, QFileInfo(path).size());
    }
};

QTEST_GUILESS_MAIN(TestSmsReaders)
#include "tst_sms_readers.moc"
