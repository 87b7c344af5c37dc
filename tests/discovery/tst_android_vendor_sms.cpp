// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The exports that Android phones sold in China give: vMessage (.vmsg) from the Messages app and
// the MediaTek-based backup apps, Android-style SQLite message databases (mmssms.db, Huawei's
// sms_tb), and the backups Rebind recognises but cannot read (Xiaomi .bak, adb backups,
// encrypted Huawei backups), through the readers, SmsFileReader, DiscoveryScanner and the real
// rebind-cli.

#include "AndroidSmsDbReader.h"
#include "Catalog.h"
#include "DiscoveryScanner.h"
#include "DiscoveryTestSupport.h"
#include "SmsFileReader.h"
#include "SmsSource.h"
#include "SqliteDatabase.h"
#include "VendorBackupNotice.h"
#include "VmsgReader.h"

#include <optional>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

const QString kVmsgFixture = QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-export.vmsg");

struct Outcome
{
    QList<SmsMessage> messages;
    std::optional<Result<SmsReadSummary>> result;

    bool ok() const { return result && result->ok(); }
    QString error() const { return result ? result->message() : QString(); }
    QStringList warnings() const { return ok() ? (*result)->warnings : QStringList(); }
};

template <typename ReadFunction> Outcome collect(ReadFunction read)
{
    Outcome outcome;
    outcome.result = read([&](const SmsMessage& message) {
        outcome.messages.append(message);
        return true;
    });
    return outcome;
}

Outcome readVmsg(const QByteArray& bytes)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return collect([&](const auto& sink) { return VmsgReader::read(buffer, sink); });
}

Outcome readFile(const QString& path)
{
    return collect([&](const auto& sink) { return SmsFileReader::read(path, sink); });
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QDateTime local(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::LocalTime);
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
}

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const auto unit = c.unicode();
        const char high = static_cast<char>(unit >> 8);
        const char low = static_cast<char>(unit & 0xFF);
        out.append(littleEndian ? low : high);
        out.append(littleEndian ? high : low);
    }
    return out;
}

// One message the way MediaTek's backup app writes it.
QByteArray mtkMessage(const QByteArray& tel, const QByteArray& box, const QByteArray& subject)
{
    return "BEGIN:VMSG\r\nVERSION:1.1\r\nBEGIN:VCARD\r\nTEL:" + tel +
           "\r\nEND:VCARD\r\nBEGIN:VBODY\r\nX-BOX:" + box +
           "\r\nX-READ:READ\r\nX-SIMID:0\r\nX-LOCKED:UNLOCKED\r\nX-TYPE:SMS\r\n"
           "Date:2023/11/14 09:12:30\r\nSubject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:" +
           subject + "\r\nEND:VBODY\r\nEND:VMSG\r\n";
}

// An Android-style message database: table is "sms" (mmssms.db) or "sms_tb" (Huawei backup),
// with the columns those writers use.
bool makeAndroidDb(const QString& path, const QString& table, bool wal = false)
{
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
    if (!db) {
        return false;
    }
    const QString key = table == QLatin1String("sms_tb")
                            ? QStringLiteral("group_id INTEGER")
                            : QStringLiteral("_id INTEGER PRIMARY KEY");
    const QStringList schema = {
        QStringLiteral("CREATE TABLE threads (_id INTEGER PRIMARY KEY, recipient_ids TEXT)"),
        QStringLiteral("CREATE TABLE %1 (%2, thread_id INTEGER, address TEXT, person INTEGER, "
                       "date INTEGER, date_sent INTEGER DEFAULT 0, read INTEGER DEFAULT 0, "
                       "status INTEGER DEFAULT -1, type INTEGER, subject TEXT, body TEXT, "
                       "service_center TEXT, locked INTEGER DEFAULT 0)")
            .arg(table, key),
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
        {QStringLiteral("95555"), qint64(1699950000000), 1,
         QStringLiteral("【招商银行】您账户1234消费88.00元")},
        {QStringLiteral("+8613912345678"), qint64(1699950060000), 2, QStringLiteral("好的 😀")},
        {QStringLiteral("95188"), qint64(0), 1, QStringLiteral("【支付宝】验证码 284913")},
        {QStringLiteral("10086"), qint64(1699950120000), 1, QVariant()}, // no text: skipped
        {QStringLiteral("106980095533"), qint64(1699950180), 1,
         QStringLiteral("【建设银行】您的验证码为 551203")}, // seconds, as some copies have
        {QStringLiteral("13800000000"), qint64(1699950240000), 3, QStringLiteral("draft")},
    };
    for (const QVariantList& row : rows) {
        auto insert = (*db)->prepare(
            QStringLiteral("INSERT INTO %1 (address, date, type, body) VALUES (?, ?, ?, ?)")
                .arg(table));
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

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestAndroidVendorSms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsVmsg_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("vmsg");
        const QByteArray one = mtkMessage("95555", "INBOX", "x");
        QTest::newRow("MediaTek export") << one << QString() << true;
        QTest::newRow("lower case") << QByteArray("begin:vmsg\nversion:1.1\n") << QString() << true;
        QTest::newRow("byte order mark and blank lines")
            << QByteArray("\xEF\xBB\xBF\r\n\r\n  ") + one << QString() << true;
        QTest::newRow("UTF-16 LE with BOM")
            << utf16(QString::fromLatin1(one), true) << QString() << true;
        QTest::newRow("UTF-16 BE with BOM")
            << utf16(QString::fromLatin1(one), false) << QString() << true;
        QTest::newRow("UTF-16 LE without BOM")
            << utf16(QString::fromLatin1(one), true).mid(2) << QString() << true;
        QTest::newRow("a contact card")
            << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\n") << QString() << false;
        QTest::newRow("junk, .vmsg name")
            << QByteArray("hello") << QStringLiteral("sms.vmsg") << true;
        QTest::newRow("junk, .VMG name") << QByteArray("hello") << QStringLiteral("A.VMG") << true;
        QTest::newRow("junk, other name")
            << QByteArray("hello") << QStringLiteral("a.txt") << false;
    }

    void detectsVmsg()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, fileName);
        QFETCH(bool, vmsg);
        QCOMPARE(SmsFormatDetector::detect(head, fileName) == SmsFormat::Vmsg, vmsg);
    }

    void readsTheFixture()
    {
        QCOMPARE(SmsFileReader::detect(kVmsgFixture).value(), SmsFormat::Vmsg);
        const Outcome read = readFile(kVmsgFixture);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QVERIFY2(read.warnings().isEmpty(), qPrintable(read.warnings().join(QLatin1Char('\n'))));
        const auto& m = read.messages;
        QCOMPARE(m.size(), 8);
        QCOMPARE((*read.result)->messages, qint64(8));

        // Quoted-printable folded over soft line breaks.
        QCOMPARE(m[0].sender, QStringLiteral("95555"));
        QCOMPARE(m[0].body,
                 QStringLiteral("【招商银行】您账户1234于11月14日消费88.00元，余额1,234.56元。"
                                "如非本人操作请致电95555。"));
        QCOMPARE(m[0].at, local(2023, 11, 14, 9, 12, 30));
        QVERIFY(m[0].incoming);
        QCOMPARE(m[1].body,
                 QStringLiteral("【支付宝】验证码284913，用于登录，5分钟内有效。请勿泄露。"));

        // SENDBOX is sent; the VCARD names the other party.
        QCOMPARE(m[2].sender, QStringLiteral("13912345678"));
        QCOMPARE(m[2].body, QStringLiteral("好的，晚上见 😀"));
        QVERIFY(!m[2].incoming);
        QCOMPARE(m[3].sender, QStringLiteral("+8613700137000"));
        QVERIFY(m[3].incoming);

        // Declared quoted-printable, written raw over lines; FROMTEL; "/END:VBODY" escaped.
        QCOMPARE(m[4].sender, QStringLiteral("10086"));
        QCOMPARE(m[4].body, QStringLiteral("【中国移动】尊敬的客户，您本月账单已出。\n"
                                           "详情请登录中国移动APP查询。\nEND:VBODY"));
        QCOMPARE(m[4].at, local(2023, 11, 15, 8, 0, 0));

        // Android's "kk" writes midnight as 24.
        QCOMPARE(m[5].sender, QStringLiteral("1069012345678"));
        QCOMPARE(m[5].at, local(2023, 11, 15, 0, 5, 9));

        // MMS: the text/plain part, not the SMIL, not the picture.
        QCOMPARE(m[6].sender, QStringLiteral("106575000"));
        QCOMPARE(m[6].body, QStringLiteral("【顺丰速运】您的快件已签收，感谢使用顺丰。"));
        QCOMPARE(m[6].at, local(2023, 11, 16, 18, 30, 0));

        // X-MESSAGE-TYPE:DELIVER and a GMT date.
        QCOMPARE(m[7].sender, QStringLiteral("106980095566"));
        QVERIFY(m[7].incoming);
        QCOMPARE(m[7].at, utc(2023, 11, 17, 1, 2, 3));
        QCOMPARE(m[7].body, QStringLiteral("【中国银行】您的验证码为 551203，有效期5分钟。"));
    }

    void readsInAnyChunking()
    {
        const QByteArray bytes = fileBytes(kVmsgFixture);
        test::TrickleDevice trickle(bytes);
        trickle.open(QIODevice::ReadOnly);
        const Outcome whole = readVmsg(bytes);
        const Outcome pieces =
            collect([&](const auto& sink) { return VmsgReader::read(trickle, sink); });
        QVERIFY(whole.ok() && pieces.ok());
        QCOMPARE(pieces.messages.size(), whole.messages.size());
        for (qsizetype i = 0; i < whole.messages.size(); ++i) {
            QCOMPARE(pieces.messages[i].body, whole.messages[i].body);
            QCOMPARE(pieces.messages[i].sender, whole.messages[i].sender);
        }
    }

    void readsIrmcInUtf16()
    {
        // Nokia-style IrMC: the recipient's VCARD in a VENV, plain text after Date:, UTF-16.
        const QString text = QStringLiteral(
            "BEGIN:VMSG\r\nVERSION:1.1\r\nX-IRMC-STATUS:READ\r\nX-IRMC-BOX:SENT\r\n"
            "X-MESSAGE-TYPE:SUBMIT\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:\r\nTEL:\r\nEND:VCARD\r\n"
            "BEGIN:VENV\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nN:\r\nTEL:+8613912345678\r\nEND:VCARD\r\n"
            "BEGIN:VENV\r\nBEGIN:VBODY\r\nDate:22.10.2007 06:48:25\r\nSee you at 8\r\n"
            "Code: 1234\r\nEND:VBODY\r\nEND:VENV\r\nEND:VENV\r\nEND:VMSG\r\n"
            "BEGIN:VMSG\r\nVERSION:1.1\r\nX-IRMC-BOX:INBOX\r\nX-NOK-DT:20091022T064825Z\r\n"
            "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:10086\r\nEND:VCARD\r\nBEGIN:VENV\r\nBEGIN:VBODY\r\n"
            "【中国移动】您好\r\nEND:VBODY\r\nEND:VENV\r\nEND:VMSG\r\n");
        for (const bool littleEndian : {true, false}) {
            const Outcome read = readVmsg(utf16(text, littleEndian));
            QVERIFY2(read.ok(), qPrintable(read.error()));
            QCOMPARE(read.messages.size(), 2);
            const SmsMessage& sent = read.messages[0];
            QVERIFY(!sent.incoming);
            QCOMPARE(sent.sender, QStringLiteral("+8613912345678"));
            QCOMPARE(sent.body, QStringLiteral("See you at 8\nCode: 1234"));
            QCOMPARE(sent.at, local(2007, 10, 22, 6, 48, 25));
            const SmsMessage& received = read.messages[1];
            QVERIFY(received.incoming);
            QCOMPARE(received.sender, QStringLiteral("10086"));
            QCOMPARE(received.body, QStringLiteral("【中国移动】您好"));
            QCOMPARE(received.at, utc(2009, 10, 22, 6, 48, 25));
        }
    }

    void readsValueEncodings()
    {
        // Base64, a plain Subject, an LF-only file, an MMS text part in X-MMS-PART-TEXT, a
        // message whose last value ends in "=" before END:VBODY, a message without text.
        const QByteArray bytes =
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:95533\nEND:VCARD\nBEGIN:VBODY\nX-BOX:INBOX\n"
            "Date:2023-11-14 16:20\nSubject;ENCODING=BASE64;CHARSET=UTF-8:" +
            QStringLiteral("【建设银行】余额").toUtf8().toBase64() +
            "\nEND:VBODY\nEND:VMSG\n"
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:106\nEND:VCARD\nBEGIN:VBODY\nX-BOX:INBOX\n"
            "Date:1699950000000\nSubject:plain text\nEND:VBODY\nEND:VMSG\n"
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:95566\nEND:VCARD\nBEGIN:VBODY\nX-BOX:INBOX\nX-TYPE:MMS\n"
            "END:VBODY\nBEGIN:VPART\nX-MMS-PART-TEXT:hello from part\nEND:VPART\nEND:VMSG\n"
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:1\nEND:VCARD\nBEGIN:VBODY\n"
            "Subject;ENCODING=QUOTED-PRINTABLE:abc=3D=\nEND:VBODY\nEND:VMSG\n"
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:2\nEND:VCARD\nBEGIN:VBODY\nX-BOX:INBOX\n"
            "Subject;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:\nEND:VBODY\nEND:VMSG\n";
        const Outcome read = readVmsg(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 4);
        QCOMPARE(read.messages[0].body, QStringLiteral("【建设银行】余额"));
        QCOMPARE(read.messages[0].at, local(2023, 11, 14, 16, 20, 0));
        QCOMPARE(read.messages[1].body, QStringLiteral("plain text"));
        QCOMPARE(read.messages[1].at, QDateTime::fromMSecsSinceEpoch(1699950000000, Qt::UTC));
        QCOMPARE(read.messages[2].body, QStringLiteral("hello from part"));
        QCOMPARE(read.messages[3].body, QStringLiteral("abc="));
        // Two had no date: said once, with a count.
        QVERIFY2(read.warnings().join(QLatin1Char(' ')).contains(QLatin1String("2 message")),
                 qPrintable(read.warnings().join(QLatin1Char(' '))));
    }

    void parsesDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("MediaTek") << QStringLiteral("2019/01/22 15:54:58")
                                  << local(2019, 1, 22, 15, 54, 58);
        QTest::newRow("kk midnight")
            << QStringLiteral("2019/01/22 24:10:00") << local(2019, 1, 22, 0, 10, 0);
        QTest::newRow("GMT") << QStringLiteral("2014/06/29 09:38:53 GMT")
                             << utc(2014, 6, 29, 9, 38, 53);
        QTest::newRow("dashes, no seconds")
            << QStringLiteral("2014-06-29 09:38") << local(2014, 6, 29, 9, 38, 0);
        QTest::newRow("ISO T") << QStringLiteral("2014-06-29T09:38:53")
                               << local(2014, 6, 29, 9, 38, 53);
        QTest::newRow("Nokia dots")
            << QStringLiteral("22.10.2007 06:48:25") << local(2007, 10, 22, 6, 48, 25);
        QTest::newRow("Nokia dashes")
            << QStringLiteral("21-12-2005 11:24:50") << local(2005, 12, 21, 11, 24, 50);
        QTest::newRow("X-NOK-DT") << QStringLiteral("20091022T064825Z")
                                  << utc(2009, 10, 22, 6, 48, 25);
        QTest::newRow("milliseconds") << QStringLiteral("1451393917000")
                                      << QDateTime::fromMSecsSinceEpoch(1451393917000, Qt::UTC);
        QTest::newRow("seconds") << QStringLiteral("1451393917")
                                 << QDateTime::fromMSecsSinceEpoch(1451393917000, Qt::UTC);
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday at noon") << QDateTime();
        QTest::newRow("month 13") << QStringLiteral("2019/13/22 15:54:58") << QDateTime();
        QTest::newRow("hour 25") << QStringLiteral("2019/01/22 25:54:58") << QDateTime();
        QTest::newRow("too many digits") << QStringLiteral("2019/01/22 15:54:5800") << QDateTime();
    }

    void parsesDates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(VmsgReader::parseDate(text), expected);
    }

    void damagedVmsg_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("messages"); // -1: an error
        QTest::addColumn<QString>("says");
        const QByteArray one = mtkMessage("95555", "INBOX", "=E3=80=90ok=E3=80=91");
        QTest::newRow("empty") << QByteArray() << -1 << QStringLiteral("empty");
        QTest::newRow("not vMessage")
            << QByteArray("hello\nBEGIN:VMSG\n") << -1 << QStringLiteral("not a vMessage");
        QTest::newRow("only blank lines")
            << QByteArray("\r\n\r\n") << -1 << QStringLiteral("not a vMessage");
        QTest::newRow("cut off in the first message")
            << one.left(one.size() - 20) << -1 << QStringLiteral("ends inside");
        QTest::newRow("cut off in the second message")
            << one + one.left(60) << 1 << QStringLiteral("ends inside");
        QByteArray deep = "BEGIN:VMSG\n";
        for (int i = 0; i < 40; ++i) {
            deep += "BEGIN:VENV\n";
        }
        QTest::newRow("nested too deep") << one + deep << 1 << QStringLiteral("levels");
        QTest::newRow("stray lines between messages")
            << one + "garbage\r\nEND:VMSG\r\n" + one << 2 << QString();
        QTest::newRow("END without BEGIN inside")
            << QByteArray("BEGIN:VMSG\nEND:VENV\nBEGIN:VCARD\nTEL:1\nEND:VCARD\nBEGIN:VBODY\n"
                          "Subject:x\nEND:VBODY\nEND:VMSG\n")
            << 1 << QString();
    }

    void damagedVmsg()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, messages);
        QFETCH(QString, says);
        const Outcome read = readVmsg(bytes);
        if (messages < 0) {
            QVERIFY(!read.ok());
            QVERIFY2(read.error().contains(says, Qt::CaseInsensitive), qPrintable(read.error()));
            return;
        }
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), messages);
        if (!says.isEmpty()) {
            QVERIFY2(read.warnings().join(QLatin1Char(' ')).contains(says, Qt::CaseInsensitive),
                     qPrintable(read.warnings().join(QLatin1Char(' '))));
        }
    }

    void boundsMemory()
    {
        // A picture of 8 MiB in one base64 line, a 100 KiB text, and a message that never ends
        // with 4 MiB of text lines: lines and texts are capped, the reader carries on.
        QByteArray picture(8 * 1024 * 1024, 'A');
        QByteArray bytes =
            "BEGIN:VMSG\nBEGIN:VCARD\nTEL:106\nEND:VCARD\nBEGIN:VBODY\nX-BOX:INBOX\n"
            "X-TYPE:MMS\nEND:VBODY\nBEGIN:VPART\nX-MMS-PART-CONTENT-TYPE:image/jpeg\n"
            "X-MMS-PART-DATA:" +
            picture +
            "\nEND:VPART\nBEGIN:VPART\nX-MMS-PART-CONTENT-TYPE:text/plain\n"
            "X-MMS-PART-TEXT:after the picture\nEND:VPART\nEND:VMSG\n";
        bytes += "BEGIN:VMSG\nBEGIN:VCARD\nTEL:107\nEND:VCARD\nBEGIN:VBODY\nSubject:" +
                 QByteArray(100 * 1024, 'x') + "\nEND:VBODY\nEND:VMSG\n";
        // Quoted-printable continued over 200,000 soft line breaks (3 MiB).
        bytes += "BEGIN:VMSG\nBEGIN:VCARD\nTEL:109\nEND:VCARD\nBEGIN:VBODY\n"
                 "Subject;ENCODING=QUOTED-PRINTABLE:=\n";
        for (int i = 0; i < 200000; ++i) {
            bytes += "=41=42=43=44=\n";
        }
        bytes += "end\nEND:VBODY\nEND:VMSG\n";
        bytes += "BEGIN:VMSG\nBEGIN:VCARD\nTEL:108\nEND:VCARD\nBEGIN:VBODY\nSubject:start\n";
        const QByteArray line(1023, 'y');
        for (int i = 0; i < 4096; ++i) {
            bytes += line + '\n';
        }
        const Outcome read = readVmsg(bytes);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 3);
        QCOMPARE(read.messages[0].body, QStringLiteral("after the picture"));
        QCOMPARE(read.messages[1].body.size(), qsizetype(64 * 1024));
        QCOMPARE(read.messages[2].body.size(), qsizetype(64 * 1024));
        QVERIFY(read.messages[2].body.startsWith(QLatin1String("ABCDABCD")));
        const QString warnings = read.warnings().join(QLatin1Char(' '));
        QVERIFY2(warnings.contains(QLatin1String("cut short")), qPrintable(warnings));
        QVERIFY2(warnings.contains(QLatin1String("ends inside")), qPrintable(warnings));
    }

    void survivesMutations()
    {
        // Damaged copies of the fixture (bytes changed, dropped, repeated; lines the parser
        // cares about spliced in): every one ends in messages or an error, never in a crash.
        const QByteArray original = fileBytes(kVmsgFixture);
        const QList<QByteArray> splices = {"BEGIN:VMSG\r\n",
                                           "END:VMSG\r\n",
                                           "END:VBODY\r\n",
                                           "BEGIN:VPART\r\n",
                                           "=\r\n",
                                           "Date:2019/02/30 24:61\r\n",
                                           "X-BOX:SENDBOX\r\n",
                                           QByteArray("\xFF\xFE\0", 3)};
        QRandomGenerator random(20231114);
        for (int round = 0; round < 1500; ++round) {
            QByteArray bytes = original;
            for (int edits = random.bounded(1, 6); edits > 0; --edits) {
                const auto at = qsizetype(random.bounded(int(bytes.size())));
                switch (random.bounded(4)) {
                case 0:
                    bytes[at] = static_cast<char>(random.bounded(256));
                    break;
                case 1:
                    bytes.remove(at, random.bounded(1, 200));
                    break;
                case 2:
                    bytes.insert(at, bytes.mid(at, random.bounded(1, 200)));
                    break;
                default:
                    bytes.insert(at, splices.at(random.bounded(int(splices.size()))));
                }
            }
            const Outcome read = readVmsg(bytes);
            QVERIFY(read.result.has_value());
            QVERIFY(read.messages.size() <= 40);
            for (const SmsMessage& message : read.messages) {
                QVERIFY(!message.body.trimmed().isEmpty());
                QVERIFY(message.body.toUtf8().size() <= 64 * 1024);
            }
        }
    }

    void reportsProgressAndCancels()
    {
        QFile file(kVmsgFixture);
        QVERIFY(file.open(QIODevice::ReadOnly));
        qint64 last = 0;
        int seen = 0;
        const auto result = VmsgReader::read(
            file, [&](const SmsMessage&) { return ++seen < 3; },
            [&](qint64 bytes) {
                QVERIFY(bytes >= last);
                last = bytes;
            });
        QVERIFY(result.ok());
        QVERIFY(result->cancelled);
        QCOMPARE(result->messages, qint64(3));
        QCOMPARE(seen, 3);
        QVERIFY(last > 0);

        file.seek(0);
        last = 0;
        QVERIFY(
            VmsgReader::read(
                file, [](const SmsMessage&) { return true; }, [&](qint64 bytes) { last = bytes; })
                .ok());
        QCOMPARE(last, file.size());
    }

    void readsAndroidDatabases_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("mmssms.db") << QStringLiteral("sms");
        QTest::newRow("Huawei backup sms.db") << QStringLiteral("sms_tb");
    }

    void readsAndroidDatabases()
    {
        QFETCH(QString, table);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sms.db"));
        QVERIFY(makeAndroidDb(path, table, true));
        const QStringList before = filesIn(dir.path());
        QVERIFY(AndroidSmsDbReader::recognises(path));
        QCOMPARE(SmsFileReader::detect(path).value(), SmsFormat::AndroidSmsDb);

        const Outcome read = readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        const auto& m = read.messages;
        QCOMPARE(m.size(), 5); // the row without text is skipped
        QCOMPARE(m[0].sender, QStringLiteral("95555"));
        QCOMPARE(m[0].body, QStringLiteral("【招商银行】您账户1234消费88.00元"));
        QCOMPARE(m[0].at, QDateTime::fromMSecsSinceEpoch(1699950000000, Qt::UTC));
        QVERIFY(m[0].incoming);
        QCOMPARE(m[1].body, QStringLiteral("好的 😀"));
        QVERIFY(!m[1].incoming);
        QVERIFY(!m[2].at.isValid()); // date 0: no date
        QCOMPARE(m[3].at, QDateTime::fromMSecsSinceEpoch(1699950180000, Qt::UTC));
        QVERIFY(!m[4].incoming); // a draft is not received
        QVERIFY2(read.warnings().join(QLatin1Char(' ')).contains(QLatin1String("1 message")),
                 qPrintable(read.warnings().join(QLatin1Char(' '))));
        // Read in place: nothing written beside the user's file.
        QCOMPARE(filesIn(dir.path()), before);

        int seen = 0;
        const auto cancelled =
            AndroidSmsDbReader::read(path, [&](const SmsMessage&) { return ++seen < 2; });
        QVERIFY(cancelled.ok() && cancelled->cancelled);
        QCOMPARE(seen, 2);
    }

    void readsOtherColumnNames()
    {
        // The layout some backup tools write (sms/sms.db): phoneNumber, time as text,
        // shortType, and MMS rows flagged isMms.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sms.db"));
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral(
                "CREATE TABLE SMS (phoneNumber TEXT, time TEXT, name TEXT, shortType INTEGER, "
                "isMms INTEGER, theme TEXT, shortRead INTEGER, body TEXT, path TEXT)")));
            QVERIFY((*db)->exec(QStringLiteral(
                "INSERT INTO SMS (phoneNumber, time, shortType, isMms, body) VALUES "
                "('95588', '2023-11-14 16:20:00', 1, 0, '【工商银行】您尾号1234卡消费'), "
                "('13912345678', '2023-11-14 16:21:00', 2, 0, 'ok'), "
                "('10086', '2023-11-14 16:22:00', 1, 1, 'an MMS')")));
        }
        QCOMPARE(SmsFileReader::detect(path).value(), SmsFormat::AndroidSmsDb);
        const Outcome read = readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.error()));
        QCOMPARE(read.messages.size(), 2);
        QCOMPARE(read.messages[0].sender, QStringLiteral("95588"));
        QCOMPARE(read.messages[0].at, local(2023, 11, 14, 16, 20, 0));
        QVERIFY(read.messages[0].incoming);
        QVERIFY(!read.messages[1].incoming);
    }

    void otherSqliteIsNotAndroid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.db"));
        {
            auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("CREATE TABLE sms (id INTEGER, note TEXT)")));
        }
        QVERIFY(!AndroidSmsDbReader::recognises(path));
        QCOMPARE(SmsFileReader::detect(path).value(), SmsFormat::IosSmsDb);
        QVERIFY(!readFile(path).ok());
        const auto direct = AndroidSmsDbReader::read(path, [](const SmsMessage&) { return true; });
        QVERIFY(!direct.ok());
        QVERIFY2(direct.message().contains(QLatin1String("sms")), qPrintable(direct.message()));
    }

    void explainsUnreadableBackups()
    {
        QTemporaryDir dir;
        // Xiaomi: a MIUI header, then an Android backup of the Messages app.
        const QString miui = dir.filePath(QStringLiteral("短信(com.android.mms).bak"));
        QVERIFY(writeFile(miui, QByteArray("MIUI BACKUP\n2\ncom.android.mms 短信\n-1\n0\n"
                                           "ANDROID BACKUP\n5\n0\nnone\n") +
                                    QByteArray(1024, '\0')));
        // An adb backup.
        const QString adb = dir.filePath(QStringLiteral("backup.ab"));
        QVERIFY(writeFile(adb, QByteArray("ANDROID BACKUP\n5\n1\nnone\nx\x9c")));
        // Huawei: an encrypted sms.db beside info.xml, and that info.xml.
        const QString huawei = dir.filePath(QStringLiteral("HUAWEI P30_2023-11-14"));
        QVERIFY(QDir().mkpath(huawei));
        const QString info = huawei + QStringLiteral("/info.xml");
        QVERIFY(writeFile(info, "<?xml version='1.0' encoding='utf-8'?>\n<info.xml>"
                                "<row><column name=\"type\"><value String=\"sms\"/></column></row>"
                                "</info.xml>\n"));
        QByteArray random;
        for (int i = 0; i < 4096; ++i) {
            random.append(static_cast<char>((i * 7919 + 13) % 251));
        }
        const QString encrypted = huawei + QStringLiteral("/sms.db");
        QVERIFY(writeFile(encrypted, random));

        const Catalog& catalog = Catalog::builtIn();
        for (const auto& [path, brand] :
             {std::pair{miui, QStringLiteral("Xiaomi")}, std::pair{adb, QStringLiteral("adb")},
              std::pair{encrypted, QStringLiteral("Huawei")},
              std::pair{info, QStringLiteral("Huawei")}}) {
            const Outcome read = readFile(path);
            QVERIFY(!read.ok());
            QVERIFY2(read.error().contains(brand), qPrintable(read.error()));
            // What works instead.
            QVERIFY2(read.error().contains(QLatin1String(".vmsg")), qPrintable(read.error()));
            const auto scanned = DiscoveryScanner::scan(path, catalog);
            QVERIFY(!scanned.ok());
            QCOMPARE(scanned.code(), ErrorCode::InvalidInput);
            QVERIFY2(scanned.message().contains(brand), qPrintable(scanned.message()));
        }

        // The backup folders themselves, picked instead of a file.
        const QString miuiFolder = dir.filePath(QStringLiteral("MIUI/backup/AllBackup/20231114"));
        QVERIFY(QDir().mkpath(miuiFolder));
        QVERIFY(writeFile(miuiFolder + QStringLiteral("/descript.xml"),
                          "<?xml version='1.0' encoding='UTF-8' ?><MIUI-backup><device>x</device>"
                          "<packages><package><packageName>com.android.mms</packageName>"
                          "</package></packages></MIUI-backup>"));
        for (const auto& [folder, brand] : {std::pair{miuiFolder, QStringLiteral("Xiaomi")},
                                            std::pair{huawei, QStringLiteral("Huawei")}}) {
            const auto detected = SmsFileReader::detect(folder);
            QVERIFY(!detected.ok());
            QVERIFY2(detected.message().contains(brand), qPrintable(detected.message()));
            const Outcome read = readFile(folder);
            QVERIFY2(read.error().contains(brand), qPrintable(read.error()));
            const auto scanned = DiscoveryScanner::scan(folder, catalog);
            QVERIFY2(!scanned.ok() && scanned.message().contains(brand),
                     qPrintable(scanned.message()));
        }
        QVERIFY(!VendorBackupNotice::checkFolder(dir.path()));

        // A Huawei backup that is not encrypted (older ones) is read.
        QVERIFY(QFile::remove(encrypted));
        QVERIFY(makeAndroidDb(encrypted, QStringLiteral("sms_tb")));
        QVERIFY(!VendorBackupNotice::check(fileBytes(encrypted).left(8192), encrypted));
        const Outcome plain = readFile(encrypted);
        QVERIFY2(plain.ok(), qPrintable(plain.error()));
        QCOMPARE(plain.messages.size(), 5);

        // Files that merely sit in such a folder, or are named like one, are left alone.
        const QString notes = huawei + QStringLiteral("/notes.txt");
        QVERIFY(writeFile(notes, "some notes"));
        QVERIFY(!VendorBackupNotice::check(fileBytes(notes), notes));
        QVERIFY(!VendorBackupNotice::check(QByteArray("MIUI BACKUPS are great"), miui));
    }

    void cliScansVendorExports()
    {
        // vMessage: the services found, and no person.
        test::CliRun run =
            test::runCli({QStringLiteral("scan"), kVmsgFixture, QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList services = test::scannedServices(run.out);
        for (const char* expected : {"cmb", "alipay", "jd", "boc", "china-mobile", "sf-express"}) {
            QVERIFY2(services.contains(QLatin1String(expected)),
                     qPrintable(services.join(QLatin1Char(' '))));
        }
        QVERIFY(!run.out.contains("13912345678"));
        QVERIFY(!run.out.contains("13700137000"));

        // Huawei's sms_tb, and mmssms.db.
        QTemporaryDir dir;
        for (const QString& table : {QStringLiteral("sms_tb"), QStringLiteral("sms")}) {
            const QString path = dir.filePath(table + QStringLiteral(".db"));
            QVERIFY(makeAndroidDb(path, table));
            run = test::runCli({QStringLiteral("scan"), path, QStringLiteral("--json")});
            QVERIFY2(run.exitCode == 0, qPrintable(run.err));
            services = test::scannedServices(run.out);
            QVERIFY2(services.contains(QLatin1String("cmb")) &&
                         services.contains(QLatin1String("alipay")),
                     qPrintable(services.join(QLatin1Char(' '))));
            QVERIFY(!run.out.contains("13912345678"));
        }

        // A Xiaomi backup: refused, saying what it is and what to do.
        const QString miui = dir.filePath(QStringLiteral("sms.bak"));
        QVERIFY(writeFile(miui, QByteArray("MIUI BACKUP\n2\ncom.android.mms SMS\n-1\n0\n"
                                           "ANDROID BACKUP\n5\n0\nnone\n")));
        run = test::runCli({QStringLiteral("scan"), miui, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QLatin1String("Xiaomi")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAndroidVendorSms)
#include "tst_android_vendor_sms.moc"
