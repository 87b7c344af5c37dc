// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"
#include "Inventory.h"
#include "InventoryCsv.h"
#include "Vault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace rebind;

namespace {

const QByteArray kBom("\xEF\xBB\xBF");
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kNote = QStringLiteral("先改预留号, then call 95555: \"按 0 转人工\"\n第二行");
const QString kAccount = QStringLiteral("zxy.secret@example.com");

// A strict RFC 4180 reader: records end in CRLF, quoted fields may hold anything, a quote
// inside one is doubled. Anything else (a bare LF, a stray quote) is an error.
struct CsvReader
{
    QList<QStringList> rows;
    QString error;

    explicit CsvReader(const QByteArray& bytes)
    {
        if (!bytes.startsWith(kBom)) {
            error = QStringLiteral("no BOM");
            return;
        }
        const QString text = QString::fromUtf8(bytes.mid(kBom.size()));
        QStringList row;
        QString field;
        bool quoted = false;
        bool wasQuoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (quoted) {
                if (c != QLatin1Char('"')) {
                    field.append(c);
                } else if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else if (c == QLatin1Char('"')) {
                if (!field.isEmpty() || wasQuoted) {
                    error = QStringLiteral("stray quote at %1").arg(i);
                    return;
                }
                quoted = wasQuoted = true;
            } else if (c == QLatin1Char(',')) {
                row.append(field);
                field.clear();
                wasQuoted = false;
            } else if (c == QLatin1Char('\r') && i + 1 < text.size() &&
                       text.at(i + 1) == QLatin1Char('\n')) {
                row.append(field);
                rows.append(row);
                row.clear();
                field.clear();
                wasQuoted = false;
                ++i;
            } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
                error = QStringLiteral("bare line break at %1").arg(i);
                return;
            } else if (wasQuoted) {
                error = QStringLiteral("text after a closing quote at %1").arg(i);
                return;
            } else {
                field.append(c);
            }
        }
        if (quoted || !field.isEmpty() || !row.isEmpty()) {
            error = QStringLiteral("the last record does not end in CRLF");
        }
    }
};

// The same bytes through Python's csv module, as a second, independent reader.
QList<QStringList> readWithPython(const QByteArray& bytes)
{
    QProcess python;
    python.start(kPython, {QStringLiteral("-c"),
                           QStringLiteral("import csv, io, json, sys\n"
                                          "text = sys.stdin.buffer.read().decode('utf-8-sig')\n"
                                          "print(json.dumps(list(csv.reader(io.StringIO(text, "
                                          "newline='')))))\n")});
    if (!python.waitForStarted()) {
        return {};
    }
    python.write(bytes);
    python.closeWriteChannel();
    python.waitForFinished(60000);
    QList<QStringList> rows;
    const QJsonArray array = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    for (const QJsonValue& row : array) {
        QStringList fields;
        for (const QJsonValue& value : row.toArray()) {
            fields.append(value.toString());
        }
        rows.append(fields);
    }
    return rows;
}

} // namespace

class TestCsv : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<Inventory> m_inventory;
    QDateTime m_now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    qint64 m_mum = 0;
    qint64 m_oldNumber = 0;
    qint64 m_spareNumber = 0;
    qint64 m_dad = 0;

    qint64 addBinding(qint64 numberId, const Service& service, Binding binding)
    {
        binding.numberId = numberId;
        return m_inventory->addBinding(binding, service).value();
    }

    void fillVault()
    {
        Person mum;
        mum.name = QStringLiteral("张秀英");
        mum.relation = QStringLiteral("mother");
        m_mum = m_inventory->addPerson(mum).value();

        NumberRecord old;
        old.personId = m_mum;
        old.number = PhoneNumber::parse(QStringLiteral("138 0013 8000")).value();
        old.status = NumberStatus::Cancelling;
        old.cancelDate = QDate(2026, 12, 31);
        old.replacement = PhoneNumber::parse(QStringLiteral("139 1234 5678")).value();
        old.carrier = QStringLiteral("中国移动");
        m_oldNumber = m_inventory->addNumber(old).value();

        Service wechat;
        wechat.catalogId = QStringLiteral("wechat");
        wechat.name = QStringLiteral("微信");
        wechat.category = QStringLiteral("social");
        Binding chat;
        chat.account = kAccount;
        chat.roles = BindingRole::Login | BindingRole::SmsLogin;
        chat.action = BindingAction::Rebind;
        chat.status = BindingStatus::Done;
        chat.due = QDate(2026, 11, 20);
        chat.notes = kNote;
        addBinding(m_oldNumber, wechat, chat);

        Service clinic;
        clinic.name = QStringLiteral("社区医院, 挂号");
        clinic.category = QStringLiteral("health");
        Binding formula;
        formula.roles = BindingRole::Notifications;
        formula.action = BindingAction::Unbind;
        formula.notes = QStringLiteral("=HYPERLINK(\"http://evil\")");
        addBinding(m_oldNumber, clinic, formula);

        NumberRecord spare;
        spare.personId = m_mum;
        spare.number = PhoneNumber::parse(QStringLiteral("+86 177 0000 1111")).value();
        m_spareNumber = m_inventory->addNumber(spare).value();

        Person dad;
        dad.name = QStringLiteral("Li \"Lao\" Wang");
        dad.relation = QStringLiteral("father");
        m_dad = m_inventory->addPerson(dad).value();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(
            QStringLiteral("csv-%1.rebind").arg(QDateTime::currentMSecsSinceEpoch()));
        auto vault =
            Vault::create(path, QStringLiteral("csv test passphrase"), KdfParams::interactive());
        QVERIFY2(vault.ok(), qPrintable(vault.message()));
        m_vault = std::move(vault).value();
        m_inventory = std::make_unique<Inventory>(m_vault->database(), [this] { return m_now; });
    }

    void cleanup()
    {
        m_inventory.reset();
        m_vault.reset();
    }

    void quoting()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("plain 中文")), QStringLiteral("plain 中文"));
        QCOMPARE(CsvWriter::field(QString()), QString());
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")),
                 QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\nb")), QStringLiteral("\"a\nb\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("a\rb")), QStringLiteral("\"a\rb\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("semi;colon")), QStringLiteral("semi;colon"));
        QCOMPARE(CsvWriter::field(QStringLiteral(" padded ")), QStringLiteral(" padded "));
    }

    void bomAndCrlf()
    {
        const QByteArray bytes =
            CsvWriter::write({{QStringLiteral("a"), QStringLiteral("b")},
                              {QStringLiteral("换绑"), QStringLiteral("x,y")}});
        QCOMPARE(bytes, kBom + "a,b\r\n" + QStringLiteral("换绑,\"x,y\"\r\n").toUtf8());
        QCOMPARE(CsvWriter::write({}), kBom);
        QCOMPARE(CsvWriter::write({{QString(), QString()}}), kBom + ",\r\n");
    }

    void formulaRule_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("formula");
        QTest::newRow("equals") << QStringLiteral("=1+1") << true;
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true;
        QTest::newRow("plus word") << QStringLiteral("+cmd") << true;
        QTest::newRow("minus word") << QStringLiteral("- call the bank") << true;
        QTest::newRow("dde") << QStringLiteral("-2+3+cmd|' /C calc'!A0") << true;
        QTest::newRow("sign alone") << QStringLiteral("-") << true;
        QTest::newRow("tab") << QStringLiteral("\t=1") << true;
        QTest::newRow("cr") << QStringLiteral("\r=1") << true;
        QTest::newRow("e164") << QStringLiteral("+8613800138000") << false;
        QTest::newRow("spaced number") << QStringLiteral("+86 138 0013 8000") << false;
        QTest::newRow("us number") << QStringLiteral("+1 (415) 555-0100") << false;
        QTest::newRow("negative") << QStringLiteral("-5") << false;
        QTest::newRow("decimal") << QStringLiteral("-0.5") << false;
        QTest::newRow("date") << QStringLiteral("2026-11-01") << false;
        QTest::newRow("inner equals") << QStringLiteral("a=b") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void formulaRule()
    {
        QFETCH(QString, value);
        QFETCH(bool, formula);
        QCOMPARE(CsvWriter::looksLikeFormula(value), formula);
        const CsvReader reader(CsvWriter::write({{value}}));
        QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
        QCOMPARE(reader.rows.size(), 1);
        QCOMPARE(reader.rows.first().first(), formula ? QLatin1Char('\'') + value : value);
    }

    void formulaPrefixIsQuotedToo()
    {
        QCOMPARE(CsvWriter::field(QStringLiteral("=A1,\"x\"")),
                 QStringLiteral("\"'=A1,\"\"x\"\"\""));
    }

    void inventoryRoundTrip()
    {
        fillVault();
        const auto csv = InventoryCsv::write(*m_inventory, ExportScope::all(), false);
        QVERIFY2(csv.ok(), qPrintable(csv.message()));
        QVERIFY(csv->startsWith(kBom));
        QVERIFY(!csv->contains(kAccount.toUtf8()));
        const CsvReader reader(*csv);
        QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));

        const QStringList header{QStringLiteral("person"),      QStringLiteral("relation"),
                                 QStringLiteral("number"),      QStringLiteral("number_status"),
                                 QStringLiteral("cancel_date"), QStringLiteral("replacement"),
                                 QStringLiteral("carrier"),     QStringLiteral("service"),
                                 QStringLiteral("catalog_id"),  QStringLiteral("category"),
                                 QStringLiteral("roles"),       QStringLiteral("action"),
                                 QStringLiteral("status"),      QStringLiteral("due_date"),
                                 QStringLiteral("notes"),       QStringLiteral("updated_at")};
        const QString mum = QStringLiteral("张秀英");
        const QString mother = QStringLiteral("mother");
        const QString old = QStringLiteral("+8613800138000");
        const QString updated = QStringLiteral("2026-11-01T09:00:00Z");
        // People in the vault's order (by name); someone without numbers still has a row.
        const QList<QStringList> expected{
            header,
            QStringList{QStringLiteral("Li \"Lao\" Wang"), QStringLiteral("father")} +
                QStringList(14, QString()),
            {mum, mother, old, QStringLiteral("cancelling"), QStringLiteral("2026-12-31"),
             QStringLiteral("+8613912345678"), QStringLiteral("中国移动"), QStringLiteral("微信"),
             QStringLiteral("wechat"), QStringLiteral("social"), QStringLiteral("login sms-login"),
             QStringLiteral("rebind"), QStringLiteral("done"), QStringLiteral("2026-11-20"), kNote,
             updated},
            {mum, mother, old, QStringLiteral("cancelling"), QStringLiteral("2026-12-31"),
             QStringLiteral("+8613912345678"), QStringLiteral("中国移动"),
             QStringLiteral("社区医院, 挂号"), QString(), QStringLiteral("health"),
             QStringLiteral("notifications"), QStringLiteral("unbind"), QStringLiteral("to-do"),
             QString(), QStringLiteral("'=HYPERLINK(\"http://evil\")"), updated},
            QStringList{mum, mother, QStringLiteral("+8617700001111"), QStringLiteral("in-use")} +
                QStringList(12, QString()),
        };
        QCOMPARE(reader.rows, expected);

        if (!QFileInfo(kPython).isExecutable()) {
            QFAIL("/usr/bin/python3 is missing (Debian package python3).");
        }
        QCOMPARE(readWithPython(*csv), expected);
    }

    void accountsOnlyWhenAsked()
    {
        fillVault();
        const auto csv = InventoryCsv::write(*m_inventory, ExportScope::all(), true);
        QVERIFY2(csv.ok(), qPrintable(csv.message()));
        const CsvReader reader(*csv);
        QVERIFY2(reader.error.isEmpty(), qPrintable(reader.error));
        const QStringList header = reader.rows.first();
        QCOMPARE(header, InventoryCsv::header(true));
        const qsizetype account = header.indexOf(QStringLiteral("account"));
        QCOMPARE(account, 10);
        QStringList accounts;
        for (const QStringList& row : reader.rows.mid(1)) {
            accounts.append(row.at(account));
        }
        QCOMPARE(accounts, QStringList({QString(), kAccount, QString(), QString()}));
        for (const QStringList& row : reader.rows) {
            QCOMPARE(row.size(), header.size());
        }
        QVERIFY(!InventoryCsv::header(false).contains(QStringLiteral("account")));
    }

    void scopes()
    {
        fillVault();
        const auto spare =
            InventoryCsv::write(*m_inventory, ExportScope::number(m_spareNumber), false);
        QVERIFY(spare.ok());
        const CsvReader spareRows(*spare);
        QCOMPARE(spareRows.rows.size(), 2);
        QCOMPARE(spareRows.rows.at(1).at(2), QStringLiteral("+8617700001111"));

        const auto dad = InventoryCsv::write(*m_inventory, ExportScope::person(m_dad), false);
        QVERIFY(dad.ok());
        const CsvReader dadRows(*dad);
        QCOMPARE(dadRows.rows.size(), 2);
        QCOMPARE(dadRows.rows.at(1).first(), QStringLiteral("Li \"Lao\" Wang"));

        const auto gone =
            InventoryCsv::write(*m_inventory, ExportScope::person(m_dad + 100), false);
        QCOMPARE(gone.code(), ErrorCode::NotFound);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
