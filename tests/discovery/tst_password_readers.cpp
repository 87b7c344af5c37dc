// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenJsonReader.h"
#include "LoginMatch.h"
#include "PasswordExportReader.h"
#include "PhoneNumber.h"
#include "SecretCsvRecordReader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace rebind;

namespace {

const QString kFixtures = QStringLiteral(REBIND_TEST_FIXTURES "/passwords/");

// Every password, TOTP secret, note and custom field value in the fixtures: none of them may
// reach an entry or a warning.
const QStringList kSecrets{
    QStringLiteral("Chr0me-Pw"),
    QStringLiteral("Chr,0me,Pw,2"),
    QStringLiteral("Chr\"0me\"Pw3"),
    QStringLiteral("Fx-Pw"),
    QStringLiteral("Fx \"Pw\" 2"),
    QStringLiteral("second line"),
    QStringLiteral("Bw-Pw"),
    QStringLiteral("Bw\"Pw\"3"),
    QStringLiteral("JBSWY3DPEHPK3PXP"),
    QStringLiteral("Bw-Note-Secret"),
    QStringLiteral("Bw-Field-4321"),
    QStringLiteral("Kp-Pw"),
    QStringLiteral("Kp,Pw,2"),
    QStringLiteral("KPTOTPSECRET"),
    QStringLiteral("1P-Pw"),
    QStringLiteral("1P\"Pw,2"),
    QStringLiteral("ONEPTOTP"),
    QStringLiteral("Ap-Pw"),
    QStringLiteral("Bw-Json"),
    QStringLiteral("BWJSONTOTP"),
    QStringLiteral("4111111111111111"),
    QStringLiteral("987"),
    QStringLiteral("ZHAO LIU"),
};

struct Read
{
    Result<PasswordReadSummary> result = makeError(ErrorCode::Internal, QString());
    QList<PasswordEntry> entries;

    // "urls | username | title" per entry (urls joined by ", "), for comparing with
    // expectations in one go.
    QStringList lines() const
    {
        QStringList out;
        for (const PasswordEntry& entry : entries) {
            out.append(entry.urls.join(QStringLiteral(", ")) + QStringLiteral(" | ") +
                       entry.username + QStringLiteral(" | ") + entry.title);
        }
        return out;
    }
};

Read readDevice(QIODevice& device, int stopAfter = -1)
{
    Read read;
    read.result = PasswordExportReader::read(device, [&](const PasswordEntry& entry) {
        read.entries.append(entry);
        return stopAfter < 0 || read.entries.size() < stopAfter;
    });
    return read;
}

// A sequential device that gives head, then body again and again without end, as a pipe from a
// program that never stops would: its size() is 0.
class EndlessDevice : public QIODevice
{
public:
    EndlessDevice(const QByteArray& head, const QByteArray& body) : m_data(head), m_body(body)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        qint64 done = 0;
        while (done < maxSize) {
            if (m_pos == m_data.size()) {
                m_data = m_body;
                m_pos = 0;
            }
            const qint64 n = std::min<qint64>(maxSize - done, m_data.size() - m_pos);
            std::copy_n(m_data.constData() + m_pos, n, data + done);
            done += n;
            m_pos += n;
        }
        return done;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    QByteArray m_body;
    qint64 m_pos = 0;
};

Read readBytes(const QByteArray& bytes, int stopAfter = -1)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return readDevice(buffer, stopAfter);
}

Read readFixture(const QString& name)
{
    QFile file(kFixtures + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        qWarning("cannot open %s", qPrintable(file.fileName()));
        return {};
    }
    return readDevice(file);
}

QString line(const char* url, const char* username, const char* title)
{
    return QString::fromUtf8(url) + QStringLiteral(" | ") + QString::fromUtf8(username) +
           QStringLiteral(" | ") + QString::fromUtf8(title);
}

const PhoneNumber& testNumber()
{
    static const PhoneNumber number = *PhoneNumber::parse(QStringLiteral("13800138000"));
    return number;
}

} // namespace

class TestPasswordReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(!testNumber().isNull()); }

    void fixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<PasswordFormat>("format");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("chrome") // CRLF, quoted commas and doubled quotes, an Android app
            << QStringLiteral("chrome.csv") << PasswordFormat::Chrome
            << QStringList{
                   line("https://login.taobao.com/member/login.jhtml", "13800138000",
                        "login.taobao.com"),
                   line("https://passport.weibo.cn/signin/login", "138 0013 8000",
                        "passport.weibo.cn"),
                   line("https://mail.163.com/", "zhang.san@163.com", "mail.163.com"),
                   line("android://Jzj5T2E45Hb33D-lk-EHZVCrb7a064dEicTwrTYQYGXO99JqE2YERhbMP1qL"
                        "ogwJiy87OsBzC09Gk094Z-U_hg==@com.tencent.mm/",
                        "+8613800138000", "com.tencent.mm"),
               };
        QTest::newRow("firefox") // every field quoted, a CRLF inside a quoted password
            << QStringLiteral("firefox.csv") << PasswordFormat::Firefox
            << QStringList{
                   line("https://www.jd.com", "008613800138000", ""),
                   line("https://accounts.example.org:8443", "li.si@example.org", ""),
                   line("http://192.168.1.1", "admin", ""),
               };
        QTest::newRow("bitwarden csv") // two addresses in one field: one login; a note skipped
            << QStringLiteral("bitwarden.csv") << PasswordFormat::BitwardenCsv
            << QStringList{
                   line("https://www.taobao.com, androidapp://com.taobao.taobao",
                        "86-138-0013-8000", "淘宝"),
                   line("https://weixin.qq.com", "138.0013.8000", "微信"),
                   line("https://mail.google.com", "wang.wu@gmail.com", "Email"),
               };
        QTest::newRow("bitwarden json") // two addresses, no address, notes and cards skipped
            << QStringLiteral("bitwarden.json") << PasswordFormat::BitwardenJson
            << QStringList{
                   line("https://www.cmbchina.com, androidapp://cmb.pb", "(138) 0013-8000",
                        "招商银行"),
                   line("", "zhao.liu@qq.com", "Steam"),
               };
        QTest::newRow("keepassxc") // newline inside quotes, an entry without URL
            << QStringLiteral("keepassxc.csv") << PasswordFormat::KeePassXc
            << QStringList{
                   line("https://mybank.icbc.com.cn/icbc/newperbank/perbank3/frame/"
                        "frame_index.jsp",
                        "13800138000", "工商银行"),
                   line("https://kyfw.12306.cn/otn/resources/login.html", "+86 138 0013 8000",
                        "12306"),
                   line("", "sun.qi@corp.example", "VPN"),
               };
        QTest::newRow("1password") // byte order mark, CRLF, newline inside quotes
            << QStringLiteral("onepassword.csv") << PasswordFormat::OnePassword
            << QStringList{
                   line("https://www.alipay.com/", "13800138000", "支付宝"),
                   line("https://passport.bilibili.com/login", "zhou.ba@example.com", "Bilibili"),
               };
        QTest::newRow("apple") // an entry without a web address
            << QStringLiteral("apple.csv") << PasswordFormat::ApplePasswords
            << QStringList{
                   line("https://www.iqiyi.com/", "+86 138-0013-8000", "爱奇艺 (iqiyi.com)"),
                   line("", "wu.jiu@icloud.com", "Wi-Fi router"),
               };
    }

    void fixtures()
    {
        QFETCH(QString, file);
        QFETCH(PasswordFormat, format);
        QFETCH(QStringList, expected);
        const Read read = readFixture(file);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message()));
        QCOMPARE(read.result->format, format);
        QCOMPARE(read.lines(), expected);
        QCOMPARE(read.result->rows, qint64(expected.size()));
        QVERIFY2(read.result->warnings.isEmpty(),
                 qPrintable(read.result->warnings.join(QLatin1Char('\n'))));
        QVERIFY(!read.result->cancelled);
    }

    // Nothing secret from any fixture reaches what the readers return.
    void passwordsNeverReturned_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files{
            QStringLiteral("chrome.csv"),         QStringLiteral("firefox.csv"),
            QStringLiteral("bitwarden.csv"),      QStringLiteral("bitwarden.json"),
            QStringLiteral("keepassxc.csv"),      QStringLiteral("onepassword.csv"),
            QStringLiteral("apple.csv"),          QStringLiteral("bitwarden-apps.json"),
            QStringLiteral("chrome-android.csv"), QStringLiteral("keepassxc-names.csv"),
        };
        for (const QString& file : files) {
            QTest::newRow(qPrintable(file)) << file;
        }
    }

    void passwordsNeverReturned()
    {
        QFETCH(QString, file);
        const Read read = readFixture(file);
        QVERIFY(read.result.ok());
        QVERIFY(!read.entries.isEmpty());
        QStringList everything = read.result->warnings;
        for (const PasswordEntry& entry : read.entries) {
            everything << entry.urls << entry.username << entry.title;
        }
        for (const QString& secret : kSecrets) {
            for (const QString& text : std::as_const(everything)) {
                QVERIFY2(!text.contains(secret),
                         qPrintable(QStringLiteral("%1 in %2").arg(secret, text)));
            }
        }
        // The fixture does hold them: the check above is not vacuous.
        QFile raw(kFixtures + file);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QString content = QString::fromUtf8(raw.readAll());
        QVERIFY(content.contains(QStringLiteral("-Pw")));
    }

    // Before parsing JSON, every string value but names, addresses and user names is blanked.
    void scrubSecrets()
    {
        // (Not raw string literals: moc does not read them.)
        QByteArray json("{\"name\": \"a\", \"login\": {\"username\" : \"u\", \"password\": "
                        "\"p\\\"q\\\\\", \"uris\": [{\"uri\": \"https://x\"}], \"totp\": \"t\"}, "
                        "\"notes\": \"n\", \"tags\": [\"k\"], \"type\": 1}");
        const qsizetype size = json.size();
        BitwardenJsonReader::scrubSecrets(json);
        QCOMPARE(json.size(), size);
        QVERIFY(!QJsonDocument::fromJson(json).isNull());
        QCOMPARE(json,
                 QByteArray("{\"name\": \"a\", \"login\": {\"username\" : \"u\", \"password\": "
                            "\"******\", \"uris\": [{\"uri\": \"https://x\"}], \"totp\": \"*\"}, "
                            "\"notes\": \"*\", \"tags\": [\"*\"], \"type\": 1}"));
    }

    void detectsFromHeaderNotFileName_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<PasswordFormat>("format");
        QTest::addColumn<QString>("entry");

        QTest::newRow("chrome, columns reordered, upper case")
            << QByteArray("URL,Password,Username,Name\nhttps://a.cn,x,u,A\n")
            << PasswordFormat::Chrome << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("edge without note")
            << QByteArray("name,url,username,password\nA,https://a.cn,u,x\n")
            << PasswordFormat::Chrome << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("firefox unquoted")
            << QByteArray("url,username,password,httpRealm,formActionOrigin,guid\n"
                          "https://a.cn,u,x,,,{1}\n")
            << PasswordFormat::Firefox << QStringLiteral("https://a.cn | u | ");
        QTest::newRow("bitwarden organisation")
            << QByteArray("collections,type,name,notes,fields,reprompt,login_uri,login_username,"
                          "login_password,login_totp\n,login,A,,,0,https://a.cn,u,x,\n")
            << PasswordFormat::BitwardenCsv << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("keepassxc before 2.7")
            << QByteArray("\"Group\",\"Title\",\"Username\",\"Password\",\"URL\",\"Notes\"\n"
                          "\"Root\",\"A\",\"u\",\"x\",\"https://a.cn\",\"\"\n")
            << PasswordFormat::KeePassXc << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("1password website")
            << QByteArray("Title,Website,Username,Password,OTPAuth,Favorite,Archived,Tags,Notes\n"
                          "A,https://a.cn,u,x,,false,false,,\n")
            << PasswordFormat::OnePassword << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("safari without notes")
            << QByteArray("Title,URL,Username,Password,OTPAuth\nA,https://a.cn,u,x,\n")
            << PasswordFormat::ApplePasswords << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("apple, blank lines first")
            << QByteArray("\r\n\r\nTitle,URL,Username,Password,Notes,OTPAuth\r\n"
                          "A,https://a.cn,u,x,,\r\n")
            << PasswordFormat::ApplePasswords << QStringLiteral("https://a.cn | u | A");
        QTest::newRow("bitwarden json without folders, with BOM")
            << QByteArray("\xEF\xBB\xBF {\"items\": [{\"type\": 1, \"name\": \"A\", \"login\": "
                          "{\"uris\": [{\"uri\": \"https://a.cn\"}], \"username\": \"u\", "
                          "\"password\": \"x\"}}]}")
            << PasswordFormat::BitwardenJson << QStringLiteral("https://a.cn | u | A");
    }

    void detectsFromHeaderNotFileName()
    {
        QFETCH(QByteArray, content);
        QFETCH(PasswordFormat, format);
        QFETCH(QString, entry);
        const Read read = readBytes(content);
        QVERIFY2(read.result.ok(), qPrintable(read.result.message()));
        QCOMPARE(read.result->format, format);
        QCOMPARE(read.lines(), QStringList{entry});
    }

    void unknownFilesNameTheFormats_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("lastpass") << QByteArray(
            "url,username,password,totp,extra,name,grouping,fav\nhttps://a.cn,u,x,,,A,,0\n");
        QTest::newRow("sms backup") << QByteArray("address,date,body\n10086,1,hello\n");
        QTest::newRow("plain text") << QByteArray("just some notes\nabout passwords\n");
        QTest::newRow("other json") << QByteArray("{\"accounts\": []}");
        QTest::newRow("json array") << QByteArray("[{\"url\": \"https://a.cn\"}]");
        QTest::newRow("blank lines") << QByteArray(20, '\n').append("x");
        QTest::newRow("unclosed header") << QByteArray("\"name,url,username,password\n");
    }

    void unknownFilesNameTheFormats()
    {
        QFETCH(QByteArray, content);
        const Read read = readBytes(content);
        QVERIFY(!read.result.ok());
        QCOMPARE(read.result.code(), ErrorCode::InvalidInput);
        for (const char* name :
             {"Chrome", "Firefox", "Bitwarden", "KeePassXC", "1Password", "Apple Passwords"}) {
            QVERIFY2(read.result.message().contains(QLatin1String(name)),
                     qPrintable(read.result.message()));
        }
        QVERIFY(read.entries.isEmpty());
    }

    void encryptedBitwardenRefused()
    {
        const Read protectedExport = readFixture(QStringLiteral("bitwarden-encrypted.json"));
        QVERIFY(!protectedExport.result.ok());
        QVERIFY2(protectedExport.result.message().contains(QLatin1String("encrypted")),
                 qPrintable(protectedExport.result.message()));
        QVERIFY(protectedExport.result.message().contains(QStringLiteral("“.json”")));
        QVERIFY(protectedExport.entries.isEmpty());

        // Encrypted with the account key: items are there, but every value is cipher text.
        const Read accountExport = readBytes(
            "{\"encrypted\": true, \"encKeyValidation_DO_NOT_EDIT\": \"2.a|b|c\", \"items\": "
            "[{\"type\": 1, \"name\": \"2.d|e|f\", \"login\": {\"username\": \"2.g|h|i\"}}]}");
        QVERIFY(!accountExport.result.ok());
        QCOMPARE(accountExport.result.message(), protectedExport.result.message());
        QVERIFY(accountExport.entries.isEmpty());
    }

    void emptyFile()
    {
        for (const QByteArray& content :
             {QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray(" \r\n\n")}) {
            const Read read = readBytes(content);
            QVERIFY(!read.result.ok());
            QVERIFY2(read.result.message().contains(QLatin1String("empty")),
                     qPrintable(read.result.message()));
        }
    }

    void headerOnly()
    {
        const Read read = readBytes("name,url,username,password,note\r\n");
        QVERIFY(read.result.ok());
        QCOMPARE(read.result->format, PasswordFormat::Chrome);
        QCOMPARE(read.result->rows, qint64(0));
        QCOMPARE(read.result->warnings.size(), qsizetype(1));
        QVERIFY(read.result->warnings.first().contains(QLatin1String("no logins")));

        const Read json = readBytes("{\"encrypted\": false, \"items\": []}");
        QVERIFY(json.result.ok());
        QCOMPARE(json.result->rows, qint64(0));
        QCOMPARE(json.result->warnings.size(), qsizetype(1));
    }

    // A quote opened and never closed swallows the rest of the file: the rows before it are
    // read, and the warning says where it starts.
    void truncatedQuote()
    {
        const Read read = readBytes("Title,URL,Username,Password,Notes,OTPAuth\n"
                                    "A,https://a.cn,u,Ap-Pw-x,,\n"
                                    "B,https://b.cn,v,\"Ap-Pw-y,,\n"
                                    "C,https://c.cn,w,z,,\n");
        QVERIFY(read.result.ok());
        QCOMPARE(read.lines(), QStringList{QStringLiteral("https://a.cn | u | A")});
        QCOMPARE(read.result->warnings.size(), qsizetype(1));
        QVERIFY2(read.result->warnings.first().contains(QLatin1String("line 3")),
                 qPrintable(read.result->warnings.first()));
    }

    void binaryGarbage()
    {
        QRandomGenerator random(4711);
        for (int round = 0; round < 20; ++round) {
            QByteArray garbage(64 * 1024 + round * 997, '\0');
            for (char& c : garbage) {
                c = static_cast<char>(random.bounded(256));
            }
            QElapsedTimer timer;
            timer.start();
            const Read read = readBytes(garbage);
            QVERIFY(!read.result.ok());
            QVERIFY(read.entries.isEmpty());
            QVERIFY(timer.elapsed() < 2000);
        }
        // Garbage under a real header: rows of nonsense, but no crash and bounded output.
        QByteArray underHeader("name,url,username,password\n");
        for (int i = 0; i < 200000; ++i) {
            underHeader.append(static_cast<char>(random.bounded(256)));
        }
        const Read read = readBytes(underHeader);
        QVERIFY(read.result.ok());
        QVERIFY(read.result->warnings.size() <= 21);
    }

    void invalidUtf8()
    {
        const Read read = readBytes("Title,URL,Username,Password,Notes,OTPAuth\n"
                                    "A,https://a.cn,u,x,,\n"
                                    "\xD5\xD0\xC9\xCC\xD2\xF8\xD0\xD0,https://cmbchina.com,"
                                    "13800138000,x,,\n");
        QVERIFY(read.result.ok());
        QCOMPARE(read.entries.size(), qsizetype(2));
        QCOMPARE(read.entries.at(1).username, QStringLiteral("13800138000"));
        QVERIFY(read.entries.at(1).title.contains(QChar(0xFFFD)));
        QCOMPARE(read.result->warnings.size(), qsizetype(1));
        QVERIFY2(read.result->warnings.first().contains(QLatin1String("line 3")) &&
                     read.result->warnings.first().contains(QLatin1String("UTF-8")),
                 qPrintable(read.result->warnings.first()));
    }

    void utf16Refused()
    {
        const QString text = QStringLiteral("Title,URL,Username,Password\nA,https://a.cn,u,x\n");
        QByteArray bytes("\xFF\xFE");
        bytes.append(reinterpret_cast<const char*>(text.utf16()), text.size() * 2);
        const Read read = readBytes(bytes);
        QVERIFY(!read.result.ok());
        QVERIFY(read.result.message().contains(QLatin1String("UTF-16")));
    }

    // A 5 MB field costs time, not memory: cut in a column nobody reads, the row is fine;
    // in the user name column, the row is skipped with a warning.
    void hugeField()
    {
        const QByteArray huge(5 * 1024 * 1024, 'p');
        QElapsedTimer timer;
        timer.start();
        const Read inPassword = readBytes("name,url,username,password\nA,https://a.cn,u,\"" + huge +
                                          "\"\nB,https://b.cn,v,x\n");
        QVERIFY(inPassword.result.ok());
        QCOMPARE(inPassword.lines(), (QStringList{QStringLiteral("https://a.cn | u | A"),
                                                  QStringLiteral("https://b.cn | v | B")}));
        QVERIFY(inPassword.result->warnings.isEmpty());

        const Read inUsername = readBytes("name,url,username,password\nA,https://a.cn," + huge +
                                          ",x\nB,https://b.cn,v,x\n");
        QVERIFY(inUsername.result.ok());
        QCOMPARE(inUsername.lines(), QStringList{QStringLiteral("https://b.cn | v | B")});
        QCOMPARE(inUsername.result->warnings.size(), qsizetype(1));
        QVERIFY(inUsername.result->warnings.first().contains(QLatin1String("line 2")));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void tooManyFieldsAndTooLongRecords()
    {
        QByteArray content("name,url,username,password\n");
        content.append(QByteArray(1000, ',')).append("\n"); // 1001 fields
        QByteArray longRecord;
        for (int i = 0; i < 20; ++i) {
            longRecord.append(QByteArray(60 * 1024, 'z')).append(',');
        }
        content.append(longRecord).append("\nB,https://b.cn,v,x\n");
        const Read read = readBytes(content);
        QVERIFY(read.result.ok());
        QCOMPARE(read.lines(), QStringList{QStringLiteral("https://b.cn | v | B")});
        QCOMPARE(read.result->warnings.size(), qsizetype(2));
        QVERIFY(read.result->warnings.at(0).contains(QLatin1String("line 2")));
        QVERIFY(read.result->warnings.at(1).contains(QLatin1String("line 3")));
    }

    void warningsAreBounded()
    {
        QByteArray content("name,url,username,password\n");
        for (int i = 0; i < 100; ++i) {
            content.append(QByteArray(300, ',')).append('\n');
        }
        const Read read = readBytes(content);
        QVERIFY(read.result.ok());
        QCOMPARE(read.result->warnings.size(), qsizetype(21));
        QVERIFY(read.result->warnings.last().contains(QLatin1String("80")));
    }

    void shortRowsAndLoneCr()
    {
        // Old Mac line ends (CR only) and rows with fewer fields than the header.
        const Read read = readBytes("name,url,username,password,note\rA,https://a.cn\rB,,v\r");
        QVERIFY(read.result.ok());
        QCOMPARE(read.lines(),
                 (QStringList{QStringLiteral("https://a.cn |  | A"), QStringLiteral(" | v | B")}));
    }

    void damagedJson()
    {
        const Read cut = readBytes("{\"encrypted\": false, \"items\": [{\"type\": 1, \"name\"");
        QVERIFY(!cut.result.ok());
        QVERIFY(cut.result.message().contains(QLatin1String("damaged")));

        QByteArray large(BitwardenJsonReader::kMaxBytes + 1, ' ');
        large[0] = '{';
        const Read tooLarge = readBytes(large);
        QVERIFY(!tooLarge.result.ok());
        QVERIFY2(tooLarge.result.message().contains(QLatin1String("64 MiB")),
                 qPrintable(tooLarge.result.message()));
    }

    // Reading stops once 64 MiB have arrived, counted as they arrive: a device that never ends
    // (size() 0) is refused, not read for ever, whether a CSV record never ends, rows never
    // end or a JSON document never ends.
    void endlessInputRefused()
    {
        const auto refused = [](const Result<PasswordReadSummary>& result) {
            QVERIFY(!result.ok());
            QCOMPARE(result.code(), ErrorCode::InvalidInput);
            QVERIFY2(result.message().contains(QLatin1String("64 MiB")),
                     qPrintable(result.message()));
        };
        QFile zeros(QStringLiteral("/dev/zero"));
        QVERIFY(zeros.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        refused(PasswordExportReader::read(zeros, [](const PasswordEntry&) { return true; }));

        // Long rows, so that the 64 MiB are few rows.
        EndlessDevice rows("name,url,username,password\n",
                           "A,https://a.cn,13800138000," + QByteArray(60000, 'p') + '\n');
        qint64 handedOn = 0;
        refused(PasswordExportReader::read(rows, [&](const PasswordEntry&) {
            ++handedOn;
            return true;
        }));
        QVERIFY(handedOn > 1000);

        EndlessDevice json("{\"encrypted\": false, \"items\": [", QByteArray(4096, ' '));
        refused(PasswordExportReader::read(json, [](const PasswordEntry&) { return true; }));
    }

    void cancelled()
    {
        QFile file(kFixtures + QStringLiteral("keepassxc.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Read csv = readDevice(file, 1);
        QVERIFY(csv.result.ok());
        QVERIFY(csv.result->cancelled);
        QCOMPARE(csv.result->rows, qint64(0));
        QCOMPARE(csv.entries.size(), qsizetype(1));

        QFile json(kFixtures + QStringLiteral("bitwarden.json"));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const Read fromJson = readDevice(json, 2);
        QVERIFY(fromJson.result.ok());
        QVERIFY(fromJson.result->cancelled);
        QCOMPARE(fromJson.entries.size(), qsizetype(2));
    }

    void recordReaderQuoting()
    {
        QByteArray bytes("a,\"b,c\",\"d\"\"e\",\"f\r\ng\"\r\n\"\",x\"y\"z,\"h\"i\n");
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        SecretCsvRecordReader reader(buffer);
        QCOMPARE(reader.next(), SecretCsvRecordReader::Status::Record);
        QCOMPARE(reader.fieldCount(), qsizetype(4));
        QCOMPARE(reader.field(0), QByteArrayView("a"));
        QCOMPARE(reader.field(1), QByteArrayView("b,c"));
        QCOMPARE(reader.field(2), QByteArrayView("d\"e"));
        QCOMPARE(reader.field(3), QByteArrayView("f\r\ng"));
        QCOMPARE(reader.recordLine(), qint64(1));
        QCOMPARE(reader.next(), SecretCsvRecordReader::Status::Record);
        QCOMPARE(reader.recordLine(), qint64(3));
        QCOMPARE(reader.fieldCount(), qsizetype(3));
        QCOMPARE(reader.field(0), QByteArrayView(""));
        QCOMPARE(reader.field(1), QByteArrayView("x\"y\"z"));
        QCOMPARE(reader.field(2), QByteArrayView("hi"));
        QCOMPARE(reader.field(7), QByteArrayView());
        QCOMPARE(reader.next(), SecretCsvRecordReader::Status::End);
    }

    void isPhoneNumber_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<bool>("expected");
        const auto yes = [](const char* tag, const QString& text) {
            QTest::newRow(tag) << text << true;
        };
        const auto no = [](const char* tag, const QString& text) {
            QTest::newRow(tag) << text << false;
        };
        yes("national", QStringLiteral("13800138000"));
        yes("grouped", QStringLiteral("138 0013 8000"));
        yes("e164", QStringLiteral("+8613800138000"));
        yes("00 prefix", QStringLiteral("008613800138000"));
        yes("86 with dashes", QStringLiteral("86-138-0013-8000"));
        yes("dots", QStringLiteral("138.0013.8000"));
        yes("parentheses", QStringLiteral("(138) 0013-8000"));
        yes("international spaced", QStringLiteral("+86 138 0013 8000"));
        yes("padded", QStringLiteral("  13800138000 "));
        yes("full width", QStringLiteral("１３８ ００１３ ８０００"));
        yes("full width plus", QStringLiteral("＋８６１３８００１３８０００"));
        no("other number", QStringLiteral("13800138001"));
        no("mailbox", QStringLiteral("13800138000@139.com"));
        no("prefixed text", QStringLiteral("tel:13800138000"));
        no("nickname", QStringLiteral("zhangsan"));
        no("empty", QString());
        no("too short", QStringLiteral("1380013800"));
        no("too long", QStringLiteral("138001380001"));
        no("plus in the middle", QStringLiteral("138+00138000"));
        no("other country", QStringLiteral("+1 13800138000"));
        no("qq number", QStringLiteral("123456789"));
    }

    void isPhoneNumber()
    {
        QFETCH(QString, username);
        QFETCH(bool, expected);
        QCOMPARE(LoginMatch::isPhoneNumber(username, testNumber()), expected);
    }

    void isPhoneNumberOutsideChina()
    {
        const PhoneNumber us = *PhoneNumber::parse(QStringLiteral("+1 415 555 2671"));
        QVERIFY(LoginMatch::isPhoneNumber(QStringLiteral("(415) 555-2671"), us));
        QVERIFY(LoginMatch::isPhoneNumber(QStringLiteral("+14155552671"), us));
        QVERIFY(!LoginMatch::isPhoneNumber(QStringLiteral("13800138000"), us));
        QVERIFY(!LoginMatch::isPhoneNumber(QStringLiteral("13800138000"), PhoneNumber()));
    }

    void domainOf_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("host");
        const auto row = [](const char* url, const char* domain, const char* host) {
            QTest::newRow(url) << QString::fromUtf8(url) << QString::fromUtf8(domain)
                               << QString::fromUtf8(host);
        };
        row("https://login.taobao.com/member/login.jhtml", "taobao.com", "login.taobao.com");
        row("taobao.com", "taobao.com", "taobao.com");
        row("www.jd.com/", "jd.com", "jd.com");
        row("HTTPS://User:Pw@WWW.Example.COM:8443/a?b#c", "example.com", "example.com");
        row("https://mybank.icbc.com.cn/icbc/x.jsp", "icbc.com.cn", "mybank.icbc.com.cn");
        row("https://kyfw.12306.cn/otn", "12306.cn", "kyfw.12306.cn");
        row("https://www.beijing.gov.cn/", "beijing.gov.cn", "beijing.gov.cn");
        row("http://www.sh.cn", "sh.cn", "sh.cn");
        row("https://www.bbc.co.uk/iplayer", "bbc.co.uk", "bbc.co.uk");
        row("https://weixin.qq.com.", "qq.com", "weixin.qq.com");
        row("https://passport.jd.com:443", "jd.com", "passport.jd.com");
        row("android://Jzj5T2E45Hb33D-lk-EHZVCrb7a064dEicTwrTYQYGXO99JqE2YERhbMP1qLogwJiy87OsBzC"
            "09Gk094Z-U_hg==@com.tencent.mm/",
            "android:com.tencent.mm", "android:com.tencent.mm");
        row("androidapp://com.taobao.taobao", "android:com.taobao.taobao",
            "android:com.taobao.taobao");
        row("iosapp://com.alipay.iphoneclient", "ios:com.alipay.iphoneclient",
            "ios:com.alipay.iphoneclient");
        row("http://192.168.1.1/admin", "192.168.1.1", "192.168.1.1");
        row("http://[::1]:8080/", "::1", "::1");
        row("localhost:3000", "localhost", "localhost");
        row("https://淘宝.中国/", "淘宝.中国", "淘宝.中国");
        row("moz-extension://1234-abcd", "", "");
        row("chrome://settings", "", "");
        row("Taobao login", "", "");
        row("", "", "");
        row("   ", "", "");
    }

    void domainOf()
    {
        QFETCH(QString, url);
        QFETCH(QString, domain);
        QFETCH(QString, host);
        QCOMPARE(LoginMatch::domainOf(url), domain);
        QCOMPARE(LoginMatch::hostOf(url), host);
    }
};

QTEST_GUILESS_MAIN(TestPasswordReaders)
#include "tst_password_readers.moc"
