// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real rebind-cli binary: every test starts it with QProcess in a fresh temporary
// directory (HOME and XDG folders included), feeds passphrases on stdin, and checks the exit
// code, stdout and stderr.

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <optional>
#include <QDirIterator>
#include <QFile>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/resource.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace {

const QByteArray kPassphrase = "correct horse battery staple 42";
const QByteArray kNewPassphrase = "a different, longer passphrase 7";

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QByteArray line(const QByteArray& text)
{
    return text + '\n';
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Terminal cells up to position index: CJK characters take two, as ListingText counts them.
int cellsBefore(const QString& text, qsizetype index)
{
    int cells = 0;
    for (qsizetype i = 0; i < index; ++i) {
        const char16_t c = text.at(i).unicode();
        cells += (c >= 0x4E00 && c <= 0x9FFF) ? 2 : 1;
    }
    return cells;
}

// Without any white space, so that wrapped and unwrapped text compare equal.
QString squeezed(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.remove(space);
}

QString lineContaining(const QString& text, const QString& needle)
{
    for (const QString& l : text.split(QLatin1Char('\n'))) {
        if (l.contains(needle)) {
            return l;
        }
    }
    return {};
}

// The characters in text that a terminal acts on instead of showing: C0 controls but the line
// break, DEL, C1 controls, bidi embeddings, overrides and isolates. Empty when there are none.
QString rawControls(const QString& text)
{
    QStringList found;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) ||
            (u >= 0x2066 && u <= 0x2069)) {
            found.append(QStringLiteral("U+%1").arg(uint(u), 4, 16, QLatin1Char('0')));
        }
    }
    return found.join(QLatin1Char(' '));
}

// SnapshotJson::kMaxBytes: the largest JSON export rebind-cli imports.
constexpr qint64 kMaxImportBytes = qint64(64) * 1024 * 1024;

// The address space a limited rebind-cli gets: plenty for an import (Argon2id takes 64 MiB,
// the file at most as much again), far too little for a read that does not stop.
constexpr rlim_t kAddressSpace = rlim_t(1) << 30;

// AddressSanitizer reserves terabytes of address space, so no limit can be set under it.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString vaultPath() const { return m_dir->filePath(QStringLiteral("test.vault")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_dir->filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // Runs rebind-cli with args (after --vault <test vault> unless withVault is false) and input
    // on stdin, which is then closed.
    Run cli(const QStringList& args, const QByteArray& input = {}, bool withVault = true) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        const QStringList full =
            withVault ? QStringList{QStringLiteral("--vault"), vaultPath()} + args : args;
        return execute(process, full, input);
    }

    // Runs `rebind-cli catalog args` as a person would: no --vault, no vault file anywhere, and
    // no standard input at all (the null device), in the given UI language.
    Run catalog(const QStringList& args, const QString& language = QStringLiteral("en")) const
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LANGUAGE"), language);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        return execute(process, QStringList{QStringLiteral("catalog")} + args, std::nullopt);
    }

    // Catalog output as JSON; fails the test when it is not.
    static QJsonDocument parsed(const Run& run)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError) {
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()),
                     qPrintable(run.out.left(500)));
        }
        return doc;
    }

    // input: written to stdin, which is then closed; nullopt when stdin was set up otherwise.
    Run execute(QProcess& process, const QStringList& args,
                const std::optional<QByteArray>& input) const
    {
        process.setWorkingDirectory(m_dir->path());
        process.start(QStringLiteral(REBIND_CLI_PATH), args);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        if (input) {
            process.write(*input);
            process.closeWriteChannel();
        }
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void createVault(const QByteArray& passphrase = kPassphrase)
    {
        const Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line(passphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    Run ok(const QStringList& args, const QByteArray& passphrase = kPassphrase) const
    {
        const Run run = cli(args, line(passphrase));
        if (run.exitCode != 0) {
            qWarning("%s: exit %d: %s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode,
                     qPrintable(run.err));
        }
        return run;
    }

    // One person, one number with a plan, two bindings (one with a Chinese name).
    void populate()
    {
        createVault();
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("--relation"), QStringLiteral("Mother")})
                     .exitCode,
                 0);
        // Lower-case name: people are found case-insensitively.
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("zhang wei"),
                     QStringLiteral("+86 138 0013 8000"), QStringLiteral("--cancel-date"),
                     QStringLiteral("2025-06-30"), QStringLiteral("--replacement"),
                     QStringLiteral("139-0013-9000")})
                     .exitCode,
                 0);
        // Options before and after the positional arguments, another spelling of the number.
        QCOMPARE(
            ok({QStringLiteral("add-binding"), QStringLiteral("--role"), QStringLiteral("login"),
                QStringLiteral("13800138000"), QStringLiteral("China Merchants Bank"),
                QStringLiteral("--account"), QStringLiteral("card 1234"), QStringLiteral("--role"),
                QStringLiteral("bank-reserved"), QStringLiteral("--action"),
                QStringLiteral("unbind"), QStringLiteral("--due"), QStringLiteral("2025-06-01"),
                QStringLiteral("--category"), QStringLiteral("banking")})
                .exitCode,
            0);
        QCOMPARE(
            ok({QStringLiteral("add-binding"), QStringLiteral("0086 138 0013 8000"),
                QStringLiteral("微信"), QStringLiteral("--role"), QStringLiteral("sms-login,2fa")})
                .exitCode,
            0);
    }

    // Runs rebind-cli on the test vault as if today were `today` (REBIND_TODAY), with the
    // passphrase on stdin.
    Run onDay(const QStringList& args, const QString& today) const
    {
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("REBIND_TODAY"), today);
        process.setProcessEnvironment(env);
        return execute(process, QStringList{QStringLiteral("--vault"), vaultPath()} + args,
                       line(kPassphrase));
    }

    // One number to be cancelled on 2025-06-30, tied to cmb (critical, in person, needs the old
    // number), wechat (high, needs the old number) and a custom service used only to log in.
    void populatePlan()
    {
        createVault();
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Zhang Wei")}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("13800138000"), QStringLiteral("--cancel-date"),
                     QStringLiteral("2025-06-30")})
                     .exitCode,
                 0);
        for (const QString& service : {QStringLiteral("wechat"), QStringLiteral("cmb")}) {
            QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"), service})
                         .exitCode,
                     0);
        }
        QCOMPARE(
            ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                QStringLiteral("Corner Gym"), QStringLiteral("--role"), QStringLiteral("login")})
                .exitCode,
            0);
    }

    // Zhang Wei's second number, cancelled on 2025-06-30.
    void addCancelledNumber()
    {
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("13900139000"), QStringLiteral("--status"),
                     QStringLiteral("cancelled"), QStringLiteral("--cancel-date"),
                     QStringLiteral("2025-06-30")})
                     .exitCode,
                 0);
    }

    void expectVaultUnchanged(const QByteArray& before) { QCOMPARE(readAll(vaultPath()), before); }

    // Like cli(), with the address space limited to kAddressSpace: a read without a limit then
    // fails at once instead of taking the machine's memory.
    Run limited(const QStringList& args, const QByteArray& input) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        if (!kSanitized) {
            process.setChildProcessModifier([] {
                const rlimit limit{kAddressSpace, kAddressSpace};
                ::setrlimit(RLIMIT_AS, &limit);
            });
        }
        return execute(process, QStringList{QStringLiteral("--vault"), vaultPath()} + args, input);
    }

    // Every file below the test's home: HOME, the XDG folders and the working directory.
    QStringList filesWritten() const
    {
        QStringList files;
        QDirIterator it(m_dir->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            files.append(it.next());
        }
        return files;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    void initCreatesOnlyTheVault()
    {
        const Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line(kPassphrase));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Created the vault")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromUtf8(kPassphrase)));
        QVERIFY(!run.err.contains(QStringLiteral("weak")));
        QVERIFY(!readAll(vaultPath()).startsWith("SQLite format 3"));

        QCOMPARE(filesWritten(), QStringList{vaultPath()});
    }

    void fullFlowListsJson()
    {
        populate();
        const Run run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
        QVERIFY(doc.isArray());
        const QJsonArray entries = doc.array();
        QCOMPARE(entries.size(), 2);

        const QJsonObject bank = entries.at(0).toObject();
        QCOMPARE(bank.value(QStringLiteral("person")).toString(), QStringLiteral("Zhang Wei"));
        QCOMPARE(bank.value(QStringLiteral("relation")).toString(), QStringLiteral("mother"));
        QCOMPARE(bank.value(QStringLiteral("number")).toString(), QStringLiteral("+8613800138000"));
        QCOMPARE(bank.value(QStringLiteral("number_display")).toString(),
                 QStringLiteral("138 0013 8000"));
        QCOMPARE(bank.value(QStringLiteral("number_status")).toString(), QStringLiteral("in-use"));
        QCOMPARE(bank.value(QStringLiteral("cancel_date")).toString(),
                 QStringLiteral("2025-06-30"));
        QCOMPARE(bank.value(QStringLiteral("replacement")).toString(),
                 QStringLiteral("+8613900139000"));
        QVERIFY(
            bank.value(QStringLiteral("service")).toString().startsWith(QStringLiteral("custom:")));
        QVERIFY(bank.value(QStringLiteral("service")).toString().size() > 10);
        QCOMPARE(bank.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("China Merchants Bank"));
        QCOMPARE(bank.value(QStringLiteral("category")).toString(), QStringLiteral("banking"));
        QCOMPARE(bank.value(QStringLiteral("account")).toString(), QStringLiteral("card 1234"));
        QCOMPARE(bank.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("login"), QStringLiteral("bank-reserved")}));
        QCOMPARE(bank.value(QStringLiteral("action")).toString(), QStringLiteral("unbind"));
        QCOMPARE(bank.value(QStringLiteral("status")).toString(), QStringLiteral("to-do"));
        QCOMPARE(bank.value(QStringLiteral("due")).toString(), QStringLiteral("2025-06-01"));
        QCOMPARE(bank.value(QStringLiteral("notes")).toString(), QString());

        const QJsonObject wechat = entries.at(1).toObject();
        QCOMPARE(wechat.value(QStringLiteral("number")).toString(),
                 QStringLiteral("+8613800138000"));
        QCOMPARE(wechat.value(QStringLiteral("service_name")).toString(), QStringLiteral("微信"));
        QCOMPARE(wechat.value(QStringLiteral("category")).toString(), QStringLiteral("other"));
        QCOMPARE(wechat.value(QStringLiteral("account")).toString(), QString());
        QCOMPARE(wechat.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("sms-login"), QStringLiteral("2fa")}));
        QCOMPARE(wechat.value(QStringLiteral("action")).toString(), QStringLiteral("rebind"));
        QVERIFY(wechat.value(QStringLiteral("due")).isNull());
        QVERIFY(wechat.value(QStringLiteral("service")).toString() !=
                bank.value(QStringLiteral("service")).toString());

        // The same service named again, in another case or by its key, is reused.
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Li Na")}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Li Na"),
                     QStringLiteral("13700137000")})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13700137000"),
                     QStringLiteral("china merchants BANK")})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13700137000"),
                     wechat.value(QStringLiteral("service")).toString()})
                     .exitCode,
                 0);
        const Run only =
            ok({QStringLiteral("list"), QStringLiteral("137 0013 7000"), QStringLiteral("--json")});
        QCOMPARE(only.exitCode, 0);
        const QJsonArray liNa = QJsonDocument::fromJson(only.out.toUtf8()).array();
        QCOMPARE(liNa.size(), 2);
        QCOMPARE(liNa.at(0).toObject().value(QStringLiteral("service")),
                 bank.value(QStringLiteral("service")));
        QCOMPARE(liNa.at(1).toObject().value(QStringLiteral("service")),
                 wechat.value(QStringLiteral("service")));
        QCOMPARE(liNa.at(0).toObject().value(QStringLiteral("person")).toString(),
                 QStringLiteral("Li Na"));
        QCOMPARE(liNa.at(0).toObject().value(QStringLiteral("relation")).toString(),
                 QStringLiteral("self"));
        QVERIFY(liNa.at(0).toObject().value(QStringLiteral("cancel_date")).isNull());
        QVERIFY(liNa.at(0).toObject().value(QStringLiteral("replacement")).isNull());
    }

    void listTextIsReadable()
    {
        populate();
        const Run run = ok({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        const QString& out = run.out;
        QVERIFY2(out.startsWith(QStringLiteral("Zhang Wei (Mother)\n")), qPrintable(out));
        QVERIFY2(
            out.contains(QStringLiteral("  138 0013 8000 · In use · cancel on 2025-06-30 · new "
                                        "number 139 0013 9000\n")),
            qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("+86")));
        QVERIFY(out.contains(QStringLiteral("Login name, Payment / bank reserved number")));
        QVERIFY(out.contains(QStringLiteral("Remove the number")));
        QVERIFY(out.contains(QStringLiteral("2025-06-01")));

        // Columns line up, counting a Chinese character as two cells.
        const QString header = lineContaining(out, QStringLiteral("Account"));
        const QString bank = lineContaining(out, QStringLiteral("China Merchants Bank"));
        const QString wechat = lineContaining(out, QStringLiteral("微信"));
        QVERIFY(!header.isEmpty() && !bank.isEmpty() && !wechat.isEmpty());
        const int accountColumn = cellsBefore(header, header.indexOf(QStringLiteral("Account")));
        QCOMPARE(cellsBefore(bank, bank.indexOf(QStringLiteral("card 1234"))), accountColumn);
        const int rolesColumn = cellsBefore(header, header.indexOf(QStringLiteral("Roles")));
        QCOMPARE(cellsBefore(wechat, wechat.indexOf(QStringLiteral("SMS-code login"))),
                 rolesColumn);
        QCOMPARE(cellsBefore(bank, bank.indexOf(QStringLiteral("Login name"))), rolesColumn);
    }

    void listSaysWhenEmpty()
    {
        createVault();
        Run run = ok({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("The vault is empty")), qPrintable(run.out));
        run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array(), QJsonArray());

        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Wang Fang")}).exitCode, 0);
        run = ok({QStringLiteral("list")});
        QVERIFY2(run.out.contains(QStringLiteral("No numbers yet.")), qPrintable(run.out));
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Wang Fang"),
                     QStringLiteral("13800138000")})
                     .exitCode,
                 0);
        run = ok({QStringLiteral("list"), QStringLiteral("13800138000")});
        QVERIFY2(run.out.contains(QStringLiteral("No services listed yet.")), qPrintable(run.out));
    }

    // list --json is written in one pass (IndentedJsonWriter): byte for byte what QJsonDocument
    // writes for the same values, escapes included.
    void listJsonIsLaidOutAsQJsonDocumentWritesIt()
    {
        populate();
        QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                     QStringLiteral("My \"quoted\" \\ gym/club"), QStringLiteral("--notes"),
                     QStringLiteral("line one\nline\ttwo \x01 😀 中文 <&>")})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("No Numbers Yet")}).exitCode, 0);
        for (const QStringList& args :
             {QStringList{QStringLiteral("list"), QStringLiteral("--json")},
              QStringList{QStringLiteral("list"), QStringLiteral("13800138000"),
                          QStringLiteral("--json")}}) {
            const Run run = ok(args);
            QCOMPARE(run.exitCode, 0);
            QJsonParseError error;
            const QJsonDocument parsed = QJsonDocument::fromJson(run.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(parsed.array().size(), 3);
            QCOMPARE(run.out.toUtf8(), parsed.toJson(QJsonDocument::Indented));
        }
        const Run run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        bool found = false;
        for (const QJsonValue& entry : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            if (entry[QStringLiteral("service_name")].toString().startsWith(QLatin1String("My"))) {
                found = true;
                QCOMPARE(entry[QStringLiteral("service_name")].toString(),
                         QStringLiteral("My \"quoted\" \\ gym/club"));
                QCOMPARE(entry[QStringLiteral("notes")].toString(),
                         QStringLiteral("line one\nline\ttwo \x01 😀 中文 <&>"));
                QCOMPARE(entry[QStringLiteral("roles")].toArray(), QJsonArray());
                QCOMPARE(entry[QStringLiteral("due")], QJsonValue(QJsonValue::Null));
            }
        }
        QVERIFY(found);
    }

    void checkSaysAnIntactVaultIsIntact()
    {
        populate();
        const QByteArray before = readAll(vaultPath());
        const Run run = ok({QStringLiteral("check")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("intact")), qPrintable(run.out));
        QCOMPARE(cli({QStringLiteral("check")}, line("not the passphrase")).exitCode, 2);
        expectVaultUnchanged(before);
    }

    void wrongPassphraseExits2()
    {
        populate();
        const QByteArray before = readAll(vaultPath());
        for (const QString& command : {QStringLiteral("list"), QStringLiteral("add-person")}) {
            QStringList args{command};
            if (command == QLatin1String("add-person")) {
                args.append(QStringLiteral("Someone"));
            }
            const Run run = cli(args, line("not the passphrase"));
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QVERIFY2(run.err.startsWith(QStringLiteral("rebind-cli: ")), qPrintable(run.err));
            QVERIFY2(run.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
                     qPrintable(run.err));
            QVERIFY(!run.err.contains(QStringLiteral("not the passphrase")));
        }
        expectVaultUnchanged(before);
        // Nothing on stdin at all is no passphrase: the vault stays shut.
        const Run none = cli({QStringLiteral("list")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.out.isEmpty());
        QVERIFY2(none.err.contains(QStringLiteral("No passphrase")), qPrintable(none.err));
    }

    void missingOrForeignVaultExits2()
    {
        // Fails before asking: no passphrase is given here.
        Run run = cli({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("There is no vault file")), qPrintable(run.err));
        QVERIFY(run.err.contains(vaultPath()));
        run = cli({QStringLiteral("add-person"), QStringLiteral("X")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!QFile::exists(vaultPath()));

        QFile plain(vaultPath());
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray("SQLite format 3") + QByteArray(4081, '\0'));
        plain.close();
        run = cli({QStringLiteral("list")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("not a Rebind vault")), qPrintable(run.err));

        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write(QByteArray(3000, 'x'));
        plain.close();
        run = cli({QStringLiteral("passwd")}, line(kPassphrase) + line(kNewPassphrase));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(readAll(vaultPath()), QByteArray(3000, 'x'));
    }

    void usageErrorsExit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString n = QStringLiteral("13800138000");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("Unknown command");
        QTest::newRow("no command") << QStringList{} << QStringLiteral("No command given");
        QTest::newRow("help on unknown command")
            << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")}
            << QStringLiteral("Unknown command “frobnicate”");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("--bogus")}
            << QStringLiteral("bogus");
        QTest::newRow("missing argument")
            << QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei")}
            << QStringLiteral("needs more arguments");
        QTest::newRow("too many arguments")
            << QStringList{QStringLiteral("list"), n, n} << QStringLiteral("Unexpected argument");
        QTest::newRow("missing option value")
            << QStringList{QStringLiteral("add-binding"), n, QStringLiteral("X"),
                           QStringLiteral("--role")}
            << QStringLiteral("role");
        QTest::newRow("bad role") << QStringList{QStringLiteral("add-binding"), n,
                                                 QStringLiteral("X"), QStringLiteral("--role"),
                                                 QStringLiteral("login,owner")}
                                  << QStringLiteral(
                                         "“owner” is not a role. Valid roles: login, sms-login, "
                                         "2fa, recovery, bank-reserved, notifications.");
        QTest::newRow("bad action")
            << QStringList{QStringLiteral("add-binding"), n, QStringLiteral("X"),
                           QStringLiteral("--action"), QStringLiteral("delete")}
            << QStringLiteral("Valid actions: rebind, unbind, close, keep.");
        QTest::newRow("bad date") << QStringList{QStringLiteral("add-number"),
                                                 QStringLiteral("Zhang Wei"), n,
                                                 QStringLiteral("--cancel-date"),
                                                 QStringLiteral("2025-02-30")}
                                  << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("date in another format")
            << QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"), n,
                           QStringLiteral("--cancel-date"), QStringLiteral("30/06/2025")}
            << QStringLiteral("not a valid date");
        QTest::newRow("invalid number")
            << QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                           QStringLiteral("12345")}
            << QStringLiteral("12345");
        QTest::newRow("invalid replacement")
            << QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"), n,
                           QStringLiteral("--replacement"), QStringLiteral("abc")}
            << QStringLiteral("abc");
        QTest::newRow("replacement equals number")
            << QStringList{QStringLiteral("add-number"), QStringLiteral("Zhang Wei"), n,
                           QStringLiteral("--replacement"), QStringLiteral("+86 138 0013 8000")}
            << QStringLiteral("must differ");
        QTest::newRow("invalid list number")
            << QStringList{QStringLiteral("list"), QStringLiteral("999")} << QStringLiteral("999");
        QTest::newRow("bad decryption time")
            << QStringList{QStringLiteral("init"), QStringLiteral("--decryption-time"),
                           QStringLiteral("fast")}
            << QStringLiteral("milliseconds");
        QTest::newRow("bad category")
            << QStringList{QStringLiteral("add-binding"), n, QStringLiteral("X"),
                           QStringLiteral("--category"), QStringLiteral("misc")}
            << QStringLiteral("Valid categories");
    }

    void usageErrorsExit1()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        populate();
        const QByteArray before = readAll(vaultPath());
        const Run run = cli(args, line(kPassphrase));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--help")), qPrintable(run.err));
        expectVaultUnchanged(before);
    }

    void notFoundAndDuplicates()
    {
        populate();
        Run run = cli(
            {QStringLiteral("add-number"), QStringLiteral("Nobody"), QStringLiteral("13700137000")},
            line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains(QStringLiteral("no person called “Nobody”")),
                 qPrintable(run.err));
        run = cli({QStringLiteral("add-binding"), QStringLiteral("13700137000"),
                   QStringLiteral("Alipay")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains(QStringLiteral("137 0013 7000 is not in the vault")),
                 qPrintable(run.err));
        run = cli({QStringLiteral("list"), QStringLiteral("13700137000")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.out.isEmpty());

        run = cli({QStringLiteral("add-person"), QStringLiteral("ZHANG WEI")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("already a person")), qPrintable(run.err));
        run = cli({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                   QStringLiteral("86 13800138000")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("138 0013 8000")), qPrintable(run.err));
        run = cli({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                   QStringLiteral("China Merchants Bank"), QStringLiteral("--account"),
                   QStringLiteral("card 1234")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 4);
        QVERIFY(run.out.isEmpty());
    }

    void initRefusesExistingFile()
    {
        createVault();
        const QByteArray before = readAll(vaultPath());
        Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line(kNewPassphrase));
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("already exists")), qPrintable(run.err));
        expectVaultUnchanged(before);
        QCOMPARE(ok({QStringLiteral("list")}).exitCode, 0);

        const QString other = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(other);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my notes");
        file.close();
        run = cli({QStringLiteral("--vault"), other, QStringLiteral("init")}, line(kPassphrase),
                  false);
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(readAll(other), QByteArray("my notes"));
    }

    void initNeedsAPassphrase()
    {
        Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")});
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("No passphrase")), qPrintable(run.err));
        QVERIFY(!QFile::exists(vaultPath()));
        run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                "\n");
        QCOMPARE(run.exitCode, 5);
        QVERIFY2(run.err.contains(QStringLiteral("must not be empty")), qPrintable(run.err));
        QVERIFY(!QFile::exists(vaultPath()));
    }

    void weakPassphraseWarns()
    {
        const Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line("abc"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Warning: this passphrase is weak")),
                 qPrintable(run.err));
        QCOMPARE(cli({QStringLiteral("list"), QStringLiteral("--json")}, line("abc")).exitCode, 0);
    }

    void passwdChangesThePassphrase()
    {
        populate();
        QByteArray before = readAll(vaultPath());
        Run run = cli(
            {QStringLiteral("passwd"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
            line("wrong") + line(kNewPassphrase));
        QCOMPARE(run.exitCode, 2);
        expectVaultUnchanged(before);

        run = cli(
            {QStringLiteral("passwd"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
            line(kPassphrase) + line(kNewPassphrase));
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Changed the passphrase")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QString::fromUtf8(kNewPassphrase)));

        run = cli({QStringLiteral("list")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        run = cli({QStringLiteral("list"), QStringLiteral("--json")}, line(kNewPassphrase));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 2);

        // Only the old line and no new one: nothing changes.
        before = readAll(vaultPath());
        run = cli({QStringLiteral("passwd")}, line(kNewPassphrase));
        QCOMPARE(run.exitCode, 5);
        expectVaultUnchanged(before);
    }

    void defaultVaultIsTheGuis()
    {
        Run run =
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line(kPassphrase), false);
        QCOMPARE(run.exitCode, 0);
        const QString expected = m_dir->filePath(QStringLiteral("data/rebind/vault.rebind"));
        QVERIFY2(QFile::exists(expected), qPrintable(run.err));
        QVERIFY(run.err.contains(expected));
        run = cli({QStringLiteral("add-person"), QStringLiteral("Self")}, line(kPassphrase), false);
        QCOMPARE(run.exitCode, 0);
        // --vault also works after the command.
        run = cli({QStringLiteral("list"), QStringLiteral("--vault"), expected}, line(kPassphrase),
                  false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Self")));
        // A rebind.vault from before 0.1.0 keeps being the default while no vault.rebind exists.
        const QString older = m_dir->filePath(QStringLiteral("data/rebind/rebind.vault"));
        QVERIFY(QFile::rename(expected, older));
        run = cli({QStringLiteral("list")}, line(kPassphrase), false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Self")));
        // --help names it (wrapped, perhaps, where a line ends).
        run = cli({QStringLiteral("--help")}, {}, false);
        QString help = run.out;
        help.remove(QLatin1Char('\n')).remove(QLatin1Char(' '));
        QVERIFY2(help.contains(QDir::toNativeSeparators(older)), qPrintable(run.out));
    }

    void versionAndHelp()
    {
        Run run = cli({QStringLiteral("--version")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("rebind-cli " REBIND_VERSION "\n"));

        run = cli({QStringLiteral("--help")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: rebind-cli [--vault PATH] COMMAND")));
        for (const char* command :
             {"init", "add-person", "add-number", "add-binding", "list", "passwd"}) {
            QVERIFY2(run.out.contains(QStringLiteral("\n  ") + QString::fromLatin1(command) +
                                      QLatin1Char(' ')),
                     command);
        }
        QVERIFY(run.out.contains(QStringLiteral("--vault <PATH>")));
        QVERIFY(run.out.contains(QStringLiteral("Exit status")));

        run = cli({QStringLiteral("add-binding"), QStringLiteral("--help")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("Usage: rebind-cli [--vault PATH] add-binding "
                                                  "NUMBER SERVICE")));
        QVERIFY(run.out.contains(QStringLiteral("--role <ROLE>")));
        QVERIFY(run.out.contains(QStringLiteral("bank-reserved")));

        run = cli({QStringLiteral("help"), QStringLiteral("list")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--json")));
    }

    void catalogListJson()
    {
        const Run run = catalog({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QJsonDocument doc = parsed(run);
        QVERIFY(doc.isArray());
        const QJsonArray entries = doc.array();
        QVERIFY2(entries.size() > 1000, qPrintable(QString::number(entries.size())));

        const QStringList tiers{QStringLiteral("critical"), QStringLiteral("high"),
                                QStringLiteral("medium"), QStringLiteral("low")};
        const QStringList flags{QStringLiteral("sms_login"), QStringLiteral("old_number_needed"),
                                QStringLiteral("in_person"), QStringLiteral("can_unbind"),
                                QStringLiteral("can_close")};
        QSet<QString> ids;
        int curated = 0;
        bool publicSeen = false;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(QStringLiteral("id")).toString();
            QVERIFY2(!id.isEmpty() && !ids.contains(id), qPrintable(id));
            ids.insert(id);
            const QJsonObject names = entry.value(QStringLiteral("names")).toObject();
            QVERIFY2(names.value(QStringLiteral("zh")).isString(), qPrintable(id));
            QVERIFY2(names.value(QStringLiteral("en")).isString(), qPrintable(id));
            const QString market = entry.value(QStringLiteral("market")).toString();
            QVERIFY2(market == QLatin1String("cn") || market == QLatin1String("global"),
                     qPrintable(id));
            QVERIFY2(!entry.value(QStringLiteral("category")).toString().isEmpty(), qPrintable(id));
            QVERIFY2(tiers.contains(entry.value(QStringLiteral("tier")).toString()),
                     qPrintable(id));
            const QJsonObject flagValues = entry.value(QStringLiteral("flags")).toObject();
            for (const QString& flag : flags) {
                QVERIFY2(flagValues.value(flag).isBool(), qPrintable(id + QLatin1Char(' ') + flag));
            }
            const QJsonObject hasSteps = entry.value(QStringLiteral("has_steps")).toObject();
            QVERIFY2(hasSteps.value(QStringLiteral("zh")).isBool() &&
                         hasSteps.value(QStringLiteral("en")).isBool(),
                     qPrintable(id));
            const QString detail = entry.value(QStringLiteral("detail")).toString();
            if (detail == QLatin1String("curated")) {
                QVERIFY2(!publicSeen, qPrintable(id + QStringLiteral(" after a public entry")));
                ++curated;
            } else {
                QCOMPARE(detail, QStringLiteral("public"));
                publicSeen = true;
            }
        }
        QVERIFY(curated > 0);
        QVERIFY(publicSeen);
        // The services other tests rely on are curated, with steps in both languages.
        const QStringList known{QStringLiteral("wechat"), QStringLiteral("alipay"),
                                QStringLiteral("cmb"), QStringLiteral("taobao"),
                                QStringLiteral("google")};
        QStringList seen;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = entry.value(QStringLiteral("id")).toString();
            if (!known.contains(id)) {
                continue;
            }
            QCOMPARE(entry.value(QStringLiteral("detail")).toString(), QStringLiteral("curated"));
            const QJsonObject hasSteps = entry.value(QStringLiteral("has_steps")).toObject();
            QVERIFY2(hasSteps.value(QStringLiteral("zh")).toBool() &&
                         hasSteps.value(QStringLiteral("en")).toBool(),
                     qPrintable(id));
            seen.append(id);
        }
        seen.sort();
        QStringList expected = known;
        expected.sort();
        QCOMPARE(seen, expected);

        // --curated leaves out exactly the public entries; the other filters narrow further.
        const Run curatedOnly = catalog(
            {QStringLiteral("list"), QStringLiteral("--curated"), QStringLiteral("--json")});
        QCOMPARE(curatedOnly.exitCode, 0);
        QCOMPARE(parsed(curatedOnly).array().size(), curated);
        const Run banks = catalog({QStringLiteral("list"), QStringLiteral("--market"),
                                   QStringLiteral("cn"), QStringLiteral("--category"),
                                   QStringLiteral("banking"), QStringLiteral("--json")});
        QCOMPARE(banks.exitCode, 0);
        QStringList bankIds;
        for (const QJsonValue& value : parsed(banks).array()) {
            const QJsonObject entry = value.toObject();
            QCOMPARE(entry.value(QStringLiteral("market")).toString(), QStringLiteral("cn"));
            QCOMPARE(entry.value(QStringLiteral("category")).toString(), QStringLiteral("banking"));
            bankIds.append(entry.value(QStringLiteral("id")).toString());
        }
        QVERIFY2(bankIds.contains(QStringLiteral("cmb")), qPrintable(bankIds.join(u' ')));
        QVERIFY(!bankIds.contains(QStringLiteral("wechat")));
    }

    void catalogListText()
    {
        const Run run = catalog({QStringLiteral("list"), QStringLiteral("--curated"),
                                 QStringLiteral("--category"), QStringLiteral("social")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString header = run.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.startsWith(QStringLiteral("ID")), qPrintable(header));
        const QString wechat = lineContaining(run.out, QStringLiteral("WeChat / 微信"));
        QVERIFY2(wechat.startsWith(QStringLiteral("wechat ")), qPrintable(run.out));
        // Category label and tier line up under their headings, counting 微信 as four cells.
        QVERIFY(wechat.contains(QStringLiteral("Social & messaging")));
        QCOMPARE(cellsBefore(wechat, wechat.indexOf(QStringLiteral("Social & messaging"))),
                 cellsBefore(header, header.indexOf(QStringLiteral("Category"))));
        QCOMPARE(cellsBefore(wechat, wechat.lastIndexOf(QStringLiteral("  ")) + 2),
                 cellsBefore(header, header.indexOf(QStringLiteral("Risk"))));
        QVERIFY(!run.out.contains(QStringLiteral("pub-")));

        // Without --curated the public entries follow the curated ones.
        const Run all = catalog({QStringLiteral("list")});
        QCOMPARE(all.exitCode, 0);
        const qsizetype firstPublic = all.out.indexOf(QStringLiteral("\npub-"));
        QVERIFY(firstPublic > 0);
        QVERIFY(all.out.indexOf(QStringLiteral("\nwechat ")) < firstPublic);
        QVERIFY(all.out.count(QLatin1Char('\n')) > 1000);
    }

    void catalogSearchRanks_data()
    {
        QTest::addColumn<QString>("term");
        QTest::addColumn<QString>("first");
        QTest::newRow("initials") << QStringLiteral("wx") << QStringLiteral("wechat");
        QTest::newRow("pinyin initials") << QStringLiteral("zfb") << QStringLiteral("alipay");
        QTest::newRow("SMS sender") << QStringLiteral("95555") << QStringLiteral("cmb");
        QTest::newRow("domain") << QStringLiteral("taobao.com") << QStringLiteral("taobao");
        QTest::newRow("link") << QStringLiteral("https://www.google.com/")
                              << QStringLiteral("google");
        QTest::newRow("Chinese name") << QStringLiteral("支付宝") << QStringLiteral("alipay");
    }

    void catalogSearchRanks()
    {
        QFETCH(QString, term);
        QFETCH(QString, first);
        const Run run = catalog({QStringLiteral("search"), term, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray found = parsed(run).array();
        QVERIFY2(!found.isEmpty(), qPrintable(run.out + run.err));
        QVERIFY(found.size() <= 20);
        const QJsonObject best = found.at(0).toObject();
        QCOMPARE(best.value(QStringLiteral("id")).toString(), first);
        // The same object shape as catalog list --json.
        for (const char* key :
             {"names", "market", "category", "tier", "flags", "detail", "has_steps"}) {
            QVERIFY2(best.contains(QString::fromLatin1(key)), key);
        }

        const Run text = catalog({QStringLiteral("search"), term});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.section(QLatin1Char('\n'), 1, 1).startsWith(first + QLatin1Char(' ')),
                 qPrintable(text.out));
    }

    void catalogSearchLimitsAndMisses()
    {
        Run run =
            catalog({QStringLiteral("search"), QStringLiteral("bank"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parsed(run).array().size(), 20);
        run = catalog({QStringLiteral("search"), QStringLiteral("bank"), QStringLiteral("--limit"),
                       QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(parsed(run).array().size(), 3);
        // An unquoted term of several words is searched for as one.
        run = catalog({QStringLiteral("search"), QStringLiteral("招商"), QStringLiteral("银行"),
                       QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parsed(run).array().at(0).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("cmb"));

        run = catalog({QStringLiteral("search"), QStringLiteral("qqqzzzxxx")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(QStringLiteral("Nothing in the catalog matches")),
                 qPrintable(run.err));
        run = catalog(
            {QStringLiteral("search"), QStringLiteral("qqqzzzxxx"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parsed(run).array(), QJsonArray());
    }

    void catalogShowText()
    {
        const Run run = catalog({QStringLiteral("show"), QStringLiteral("cmb")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        const QString& out = run.out;
        QVERIFY2(out.startsWith(QStringLiteral("China Merchants Bank")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("招商银行")));
        QVERIFY(out.contains(QStringLiteral("Banking")));
        QVERIFY(out.contains(QStringLiteral("Critical")));
        // The app first, the counter as the way without the old number.
        QVERIFY2(out.contains(QStringLiteral("a visit to a counter with your ID card")),
                 qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Or at a counter, in person:")), qPrintable(out));
        QVERIFY(out.indexOf(QStringLiteral("To change to the new number (in the app)")) <
                out.indexOf(QStringLiteral("Or at a counter, in person:")));
        QVERIFY(out.contains(QStringLiteral("95555")));

        // Every English step, numbered, whatever the wrapping; no Chinese steps.
        const Run json =
            catalog({QStringLiteral("show"), QStringLiteral("cmb"), QStringLiteral("--json")});
        const QJsonObject steps = parsed(json).object().value(QStringLiteral("steps")).toObject();
        const QJsonArray rebind =
            steps.value(QStringLiteral("rebind")).toObject().value(QStringLiteral("en")).toArray();
        QVERIFY(!rebind.isEmpty());
        const QString flat = squeezed(out);
        for (qsizetype i = 0; i < rebind.size(); ++i) {
            const QString step =
                QString::number(i + 1) + QLatin1Char('.') + squeezed(rebind.at(i).toString());
            QVERIFY2(flat.contains(step), qPrintable(step));
        }
        const QJsonArray zh =
            steps.value(QStringLiteral("rebind")).toObject().value(QStringLiteral("zh")).toArray();
        QVERIFY(!flat.contains(squeezed(zh.at(0).toString())));
        QVERIFY(out.contains(QStringLiteral("To change to the new number")));
        QVERIFY(out.contains(QStringLiteral("Without the old number:")));
        QVERIFY(out.contains(QStringLiteral("How sure we are")));
        QVERIFY(out.contains(QStringLiteral("Last reviewed")));
        // Wrapped for a terminal, Chinese counting two cells.
        for (const QString& l : out.split(QLatin1Char('\n'))) {
            if (!l.contains(QStringLiteral("://"))) {
                QVERIFY2(cellsBefore(l, l.size()) <= 79, qPrintable(l));
            }
        }
    }

    void catalogShowJson()
    {
        const Run run =
            catalog({QStringLiteral("show"), QStringLiteral("wechat"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject entry = parsed(run).object();
        QCOMPARE(entry.value(QStringLiteral("id")).toString(), QStringLiteral("wechat"));
        QCOMPARE(
            entry.value(QStringLiteral("names")).toObject().value(QStringLiteral("zh")).toString(),
            QStringLiteral("微信"));
        QCOMPARE(entry.value(QStringLiteral("detail")).toString(), QStringLiteral("curated"));
        const QJsonObject rebind = entry.value(QStringLiteral("steps"))
                                       .toObject()
                                       .value(QStringLiteral("rebind"))
                                       .toObject();
        QVERIFY(!rebind.value(QStringLiteral("zh")).toArray().isEmpty());
        QVERIFY(!rebind.value(QStringLiteral("en")).toArray().isEmpty());
        QVERIFY(rebind.value(QStringLiteral("zh"))
                    .toArray()
                    .at(0)
                    .toString()
                    .contains(QStringLiteral("微信")));
        for (const char* key : {"aliases", "domains", "sms", "lost_number", "help_url", "deletion",
                                "confidence", "last_reviewed", "tfa", "default_roles", "flags",
                                "has_steps", "market", "category", "tier"}) {
            QVERIFY2(entry.contains(QString::fromLatin1(key)), key);
        }
        QVERIFY(entry.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("wx")));
        QVERIFY(!entry.value(QStringLiteral("lost_number"))
                     .toObject()
                     .value(QStringLiteral("zh"))
                     .toString()
                     .isEmpty());
        QVERIFY(!entry.value(QStringLiteral("lost_number"))
                     .toObject()
                     .value(QStringLiteral("en"))
                     .toString()
                     .isEmpty());
        QVERIFY(entry.value(QStringLiteral("steps")).toObject().contains(QStringLiteral("close")));
    }

    // The model's new fields, and the old flags derived from them, for Alipay (other ways than
    // the old number), a bank (app first, counter after) and a carrier (cancel, not rebind).
    void catalogShowJsonSaysWhatIsTrue()
    {
        const QJsonObject alipay = parsed(catalog({QStringLiteral("show"), QStringLiteral("alipay"),
                                                   QStringLiteral("--json")}))
                                       .object();
        for (const char* key : {"old_number", "channels", "action_kind", "sources", "confidence",
                                "keywords", "android_packages", "company", "generic"}) {
            QVERIFY2(alipay.contains(QString::fromLatin1(key)), key);
        }
        const QJsonObject old = alipay.value(QStringLiteral("old_number")).toObject();
        QCOMPARE(old.value(QStringLiteral("kind")).toString(), QStringLiteral("one-of"));
        QVERIFY(old.value(QStringLiteral("alternatives"))
                    .toArray()
                    .contains(QStringLiteral("face-scan")));
        QCOMPARE(alipay.value(QStringLiteral("flags"))
                     .toObject()
                     .value(QStringLiteral("old_number_needed"))
                     .toBool(true),
                 false);
        QVERIFY(!alipay.value(QStringLiteral("sources")).toArray().isEmpty());

        const QJsonObject bank = parsed(catalog({QStringLiteral("show"), QStringLiteral("icbc"),
                                                 QStringLiteral("--json")}))
                                     .object();
        const QJsonArray channels = bank.value(QStringLiteral("channels")).toArray();
        QVERIFY(channels.size() >= 2);
        QCOMPARE(channels.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("app"));
        QCOMPARE(bank.value(QStringLiteral("flags"))
                     .toObject()
                     .value(QStringLiteral("in_person"))
                     .toBool(true),
                 false);
        QCOMPARE(bank.value(QStringLiteral("steps"))
                     .toObject()
                     .value(QStringLiteral("rebind"))
                     .toObject()
                     .value(QStringLiteral("zh")),
                 channels.first()
                     .toObject()
                     .value(QStringLiteral("steps"))
                     .toObject()
                     .value(QStringLiteral("zh")));

        const Run carrier = catalog({QStringLiteral("show"), QStringLiteral("china-mobile")});
        QCOMPARE(carrier.exitCode, 0);
        QVERIFY2(carrier.out.contains(QStringLiteral("cancelled or kept")),
                 qPrintable(carrier.out));
        const QJsonObject carrierJson =
            parsed(catalog({QStringLiteral("show"), QStringLiteral("china-mobile"),
                            QStringLiteral("--json")}))
                .object();
        QCOMPARE(carrierJson.value(QStringLiteral("action_kind")).toString(),
                 QStringLiteral("cancel-or-keep"));

        // A merged public id still shows its service.
        const QJsonObject merged =
            parsed(catalog({QStringLiteral("show"), QStringLiteral("pub-uber"),
                            QStringLiteral("--json")}))
                .object();
        QCOMPARE(merged.value(QStringLiteral("id")).toString(), QStringLiteral("uber"));
    }

    void catalogStats()
    {
        const Run json = catalog({QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonObject stats = parsed(json).object();
        const QJsonObject cn = stats.value(QStringLiteral("curated"))
                                   .toObject()
                                   .value(QStringLiteral("cn"))
                                   .toObject();
        const QJsonObject global = stats.value(QStringLiteral("curated"))
                                       .toObject()
                                       .value(QStringLiteral("global"))
                                       .toObject();
        QVERIFY(cn.value(QStringLiteral("total")).toInt() >= 300);
        QVERIFY(global.value(QStringLiteral("total")).toInt() >= 150);
        int confidence = 0;
        const QJsonObject byConfidence = cn.value(QStringLiteral("confidence")).toObject();
        for (const QJsonValue& n : byConfidence) {
            confidence += n.toInt();
        }
        QCOMPARE(confidence, cn.value(QStringLiteral("total")).toInt());
        for (const char* key : {"category", "tier", "channels", "with_sources", "old_number"}) {
            QVERIFY2(cn.contains(QString::fromLatin1(key)), key);
        }
        QVERIFY(stats.value(QStringLiteral("redirects")).toInt() > 0);
        const Run text = catalog({QStringLiteral("stats")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Curated, market cn")), qPrintable(text.out));
        QVERIFY(text.out.contains(QString::number(cn.value(QStringLiteral("total")).toInt())));
    }

    void catalogShowInChinese()
    {
        const Run run =
            catalog({QStringLiteral("show"), QStringLiteral("wechat")}, QStringLiteral("zh_CN"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("微信 / WeChat\n")), qPrintable(run.out));
        const Run json =
            catalog({QStringLiteral("show"), QStringLiteral("wechat"), QStringLiteral("--json")});
        const QJsonArray zh = parsed(json)
                                  .object()
                                  .value(QStringLiteral("steps"))
                                  .toObject()
                                  .value(QStringLiteral("rebind"))
                                  .toObject()
                                  .value(QStringLiteral("zh"))
                                  .toArray();
        const QString flat = squeezed(run.out);
        for (const QJsonValue& step : zh) {
            QVERIFY2(flat.contains(squeezed(step.toString())), qPrintable(step.toString()));
        }
        const Run search =
            catalog({QStringLiteral("search"), QStringLiteral("zfb")}, QStringLiteral("zh_CN"));
        QVERIFY2(lineContaining(search.out, QStringLiteral("alipay"))
                     .contains(QStringLiteral("支付宝 / Alipay")),
                 qPrintable(search.out));
    }

    void catalogShowUnknownExits7()
    {
        const Run run = catalog({QStringLiteral("show"), QStringLiteral("no-such-service")});
        QCOMPARE(run.exitCode, 7);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.startsWith(QStringLiteral("rebind-cli: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("no-such-service")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("catalog search")), qPrintable(run.err));
        QCOMPARE(catalog({QStringLiteral("show"), QStringLiteral("no-such-service"),
                          QStringLiteral("--json")})
                     .exitCode,
                 7);
    }

    void catalogUsageErrorsExit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no subcommand") << QStringList{} << QStringLiteral("needs a subcommand");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("frobnicate")}
            << QStringLiteral("Unknown catalog subcommand “frobnicate”");
        QTest::newRow("show without id")
            << QStringList{QStringLiteral("show")} << QStringLiteral("needs more arguments");
        QTest::newRow("show two ids")
            << QStringList{QStringLiteral("show"), QStringLiteral("cmb"), QStringLiteral("wechat")}
            << QStringLiteral("Unexpected argument");
        QTest::newRow("search without term")
            << QStringList{QStringLiteral("search")} << QStringLiteral("needs more arguments");
        QTest::newRow("empty term") << QStringList{QStringLiteral("search"), QStringLiteral(" ")}
                                    << QStringLiteral("search for");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("search"), QStringLiteral("wx"),
                                                  QStringLiteral("--limit"), QStringLiteral("0")}
                                   << QStringLiteral("--limit");
        QTest::newRow("bad market")
            << QStringList{QStringLiteral("list"), QStringLiteral("--market"),
                           QStringLiteral("mars")}
            << QStringLiteral("Valid markets");
        QTest::newRow("bad category")
            << QStringList{QStringLiteral("list"), QStringLiteral("--category"),
                           QStringLiteral("misc")}
            << QStringLiteral("Valid categories");
        QTest::newRow("no --vault after a catalog command")
            << QStringList{QStringLiteral("list"), QStringLiteral("--vault"),
                           QStringLiteral("x.vault")}
            << QStringLiteral("vault");
    }

    void catalogUsageErrorsExit1()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run run = catalog(args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("--help")), qPrintable(run.err));
    }

    // No vault, nothing on stdin, no passphrase asked for, no file written; a global --vault
    // naming a missing file changes nothing.
    void catalogNeedsNoVault()
    {
        const QList<QStringList> commands{
            {QStringLiteral("list"), QStringLiteral("--curated")},
            {QStringLiteral("search"), QStringLiteral("wx")},
            {QStringLiteral("show"), QStringLiteral("alipay")},
            {QStringLiteral("show"), QStringLiteral("alipay"), QStringLiteral("--json")},
        };
        for (const QStringList& args : commands) {
            const Run run = catalog(args);
            QCOMPARE(run.exitCode, 0);
            QVERIFY2(!run.out.isEmpty(), qPrintable(args.join(u' ')));
            QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
            const Run withVault =
                cli(QStringList{QStringLiteral("catalog")} + args, QByteArray(), true);
            QCOMPARE(withVault.exitCode, 0);
            QCOMPARE(withVault.out, run.out);
        }
        QCOMPARE(filesWritten(), QStringList());
    }

    void catalogHelp()
    {
        Run run = cli({QStringLiteral("--help")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        for (const char* command : {"catalog list", "catalog search", "catalog show"}) {
            QVERIFY2(run.out.contains(QStringLiteral("\n  ") + QString::fromLatin1(command) +
                                      QLatin1Char(' ')),
                     command);
        }
        run = catalog({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: rebind-cli catalog SUBCOMMAND")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("catalog search")));
        run = cli({QStringLiteral("help"), QStringLiteral("catalog"), QStringLiteral("search")}, {},
                  false);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(QStringLiteral("Usage: rebind-cli catalog search TERM")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("--limit <N>")));
        QVERIFY(!run.out.contains(QStringLiteral("--vault")));
        run = catalog({QStringLiteral("list"), QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QStringLiteral("--curated")));
        QVERIFY(run.out.contains(QStringLiteral("--market <MARKET>")));
    }

    void addBindingTakesACatalogId()
    {
        createVault();
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Zhang Wei")}).exitCode, 0);
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("13800138000")})
                     .exitCode,
                 0);
        // No --role: the catalog's default roles.
        Run run = ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                      QStringLiteral("wechat")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Added WeChat")), qPrintable(run.err));
        // Given roles win; the service is stored under its catalog id, named in the UI
        // language.
        QCOMPARE(
            ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"), QStringLiteral("cmb"),
                QStringLiteral("--role"), QStringLiteral("bank-reserved")})
                .exitCode,
            0);
        // The same catalog service again for the same number and account is a duplicate.
        run = cli({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                   QStringLiteral("wechat")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 4);
        // A catalog service's name is not its id: that stays a custom service, with a tip.
        run = ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                  QStringLiteral("支付宝")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("alipay")), qPrintable(run.err));

        run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray entries = parsed(run).array();
        QCOMPARE(entries.size(), 3);
        const QJsonObject wechat = entries.at(0).toObject();
        QCOMPARE(wechat.value(QStringLiteral("service")).toString(), QStringLiteral("wechat"));
        QCOMPARE(wechat.value(QStringLiteral("service_name")).toString(), QStringLiteral("WeChat"));
        QCOMPARE(wechat.value(QStringLiteral("category")).toString(), QStringLiteral("social"));
        QCOMPARE(wechat.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("login"), QStringLiteral("sms-login")}));
        const QJsonObject bank = entries.at(1).toObject();
        QCOMPARE(bank.value(QStringLiteral("service")).toString(), QStringLiteral("cmb"));
        QCOMPARE(bank.value(QStringLiteral("category")).toString(), QStringLiteral("banking"));
        QCOMPARE(bank.value(QStringLiteral("roles")).toArray(),
                 (QJsonArray{QStringLiteral("bank-reserved")}));
        const QJsonObject custom = entries.at(2).toObject();
        QVERIFY(custom.value(QStringLiteral("service"))
                    .toString()
                    .startsWith(QStringLiteral("custom:")));

        // The default roles are the ones catalog show --json reports.
        const Run shown =
            catalog({QStringLiteral("show"), QStringLiteral("wechat"), QStringLiteral("--json")});
        QCOMPARE(parsed(shown).object().value(QStringLiteral("default_roles")).toArray(),
                 wechat.value(QStringLiteral("roles")).toArray());

        // The stored name follows the UI language of the moment the service was added.
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("13900139000")})
                     .exitCode,
                 0);
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("zh_CN"));
        process.setProcessEnvironment(env);
        run = execute(process,
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("add-binding"),
                       QStringLiteral("13900139000"), QStringLiteral("alipay")},
                      line(kPassphrase));
        QCOMPARE(run.exitCode, 0);
        run = ok({QStringLiteral("list"), QStringLiteral("13900139000"), QStringLiteral("--json")});
        const QJsonObject alipay = parsed(run).array().at(0).toObject();
        QCOMPARE(alipay.value(QStringLiteral("service")).toString(), QStringLiteral("alipay"));
        QCOMPARE(alipay.value(QStringLiteral("service_name")).toString(), QStringLiteral("支付宝"));
        QVERIFY(alipay.value(QStringLiteral("roles")).toArray().contains(QStringLiteral("login")));
    }

    void planJsonOrderAndDueDates()
    {
        populatePlan();
        const Run run =
            onDay({QStringLiteral("plan"), QStringLiteral("13800138000"), QStringLiteral("--json")},
                  QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 0);
        const QJsonArray items = parsed(run).array();
        QCOMPARE(items.size(), 7);
        const QStringList kinds{
            QStringLiteral("check-new-number"), QStringLiteral("binding"),
            QStringLiteral("binding"),          QStringLiteral("binding"),
            QStringLiteral("tell-contacts"),    QStringLiteral("call-forwarding"),
            QStringLiteral("cancel-at-carrier")};
        const QStringList dues{QStringLiteral("2025-06-09"), QStringLiteral("2025-06-16"),
                               QStringLiteral("2025-06-23"), QStringLiteral("2025-06-30"),
                               QStringLiteral("2025-06-23"), QStringLiteral("2025-06-29"),
                               QStringLiteral("2025-06-30")};
        for (int i = 0; i < items.size(); ++i) {
            const QJsonObject item = items.at(i).toObject();
            QCOMPARE(item.value(QStringLiteral("position")).toInt(), i + 1);
            QCOMPARE(item.value(QStringLiteral("kind")).toString(), kinds.at(i));
            QCOMPARE(item.value(QStringLiteral("due")).toString(), dues.at(i));
            QCOMPARE(item.value(QStringLiteral("status")).toString(), QStringLiteral("to-do"));
            QCOMPARE(item.value(QStringLiteral("overdue")).toBool(), false);
        }
        const QJsonObject check = items.at(0).toObject();
        QCOMPARE(check.value(QStringLiteral("key")).toString(), QStringLiteral("check-new-number"));
        QVERIFY(check.value(QStringLiteral("service")).isNull());
        QVERIFY(check.value(QStringLiteral("action")).isNull());
        QCOMPARE(check.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Make sure the new number works and is in your name"));
        QCOMPARE(check.value(QStringLiteral("blocker")).toBool(), true);
        const QJsonObject cmb = items.at(1).toObject();
        QCOMPARE(cmb.value(QStringLiteral("service")).toString(), QStringLiteral("cmb"));
        QCOMPARE(cmb.value(QStringLiteral("tier")).toString(), QStringLiteral("critical"));
        QCOMPARE(cmb.value(QStringLiteral("action")).toString(), QStringLiteral("rebind"));
        QVERIFY(cmb.value(QStringLiteral("key")).toString().startsWith(QStringLiteral("binding:")));
        QCOMPARE(cmb.value(QStringLiteral("blocker")).toBool(), true);
        const QJsonObject wechat = items.at(2).toObject();
        QCOMPARE(wechat.value(QStringLiteral("service")).toString(), QStringLiteral("wechat"));
        QCOMPARE(wechat.value(QStringLiteral("service_name")).toString(), QStringLiteral("WeChat"));
        QCOMPARE(wechat.value(QStringLiteral("tier")).toString(), QStringLiteral("high"));
        QCOMPARE(wechat.value(QStringLiteral("blocker")).toBool(), true);
        const QJsonObject gym = items.at(3).toObject();
        QVERIFY(
            gym.value(QStringLiteral("service")).toString().startsWith(QStringLiteral("custom:")));
        QCOMPARE(gym.value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Corner Gym"));
        QCOMPARE(gym.value(QStringLiteral("blocker")).toBool(), false);
        QCOMPARE(items.at(6).toObject().value(QStringLiteral("service_name")).toString(),
                 QStringLiteral("Cancel the old number at the carrier"));
    }

    void planTextShowsOverdueAndBlockers()
    {
        populatePlan();
        Run run = onDay({QStringLiteral("plan"), QStringLiteral("13800138000")},
                        QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(!run.out.contains(QStringLiteral("overdue")), qPrintable(run.out));
        const QStringList lines = run.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 7);
        QVERIFY2(lines.at(0).contains(QStringLiteral("1. [To do] Make sure the new number works")),
                 qPrintable(run.out));
        QVERIFY(lines.at(1).contains(QStringLiteral("China Merchants Bank")));
        QVERIFY(lines.at(1).contains(QStringLiteral("Change to the new number")));
        QVERIFY(lines.at(1).contains(QStringLiteral("2025-06-16")));
        QVERIFY(lines.at(1).contains(QStringLiteral("blocks cancelling")));
        QVERIFY(lines.at(3).contains(QStringLiteral("Corner Gym")));
        QVERIFY(!lines.at(3).contains(QStringLiteral("blocks cancelling")));
        QVERIFY(lines.at(4).contains(QStringLiteral("Tell your contacts the new number")));
        QVERIFY(lines.at(5).contains(QStringLiteral("Set up call forwarding (optional)")));

        // After their due dates the first two are overdue, the third not yet.
        run = onDay({QStringLiteral("plan"), QStringLiteral("13800138000")},
                    QStringLiteral("2025-06-20"));
        QCOMPARE(run.exitCode, 0);
        const QStringList later = run.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY2(later.at(0).contains(QStringLiteral("overdue")), qPrintable(run.out));
        QVERIFY(later.at(1).contains(QStringLiteral("overdue")));
        QVERIFY(!later.at(2).contains(QStringLiteral("overdue")));
        run =
            onDay({QStringLiteral("plan"), QStringLiteral("13800138000"), QStringLiteral("--json")},
                  QStringLiteral("2025-06-20"));
        QCOMPARE(parsed(run).array().at(1).toObject().value(QStringLiteral("overdue")).toBool(),
                 true);

        // A bad REBIND_TODAY is a usage error.
        run = onDay({QStringLiteral("plan"), QStringLiteral("13800138000")},
                    QStringLiteral("tomorrow"));
        QCOMPARE(run.exitCode, 1);
    }

    void statusTurnsSafeAsItemsAreMarked()
    {
        populatePlan();
        const QString today = QStringLiteral("2025-06-01");
        Run run = onDay({QStringLiteral("status"), QStringLiteral("13800138000")}, today);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("Not yet safe to cancel: 3 items still block it")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("new number not checked")));
        QVERIFY(lineContaining(run.out, QStringLiteral("WeChat"))
                    .contains(QStringLiteral("needs the old number")));
        QVERIFY(run.out.contains(QStringLiteral("China Merchants Bank")));
        QVERIFY(!run.out.contains(QStringLiteral("Corner Gym")));

        run = onDay(
            {QStringLiteral("status"), QStringLiteral("13800138000"), QStringLiteral("--json")},
            today);
        QCOMPARE(run.exitCode, 3);
        QJsonObject status = parsed(run).object();
        QCOMPARE(status.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(status.value(QStringLiteral("number")).toString(),
                 QStringLiteral("+8613800138000"));
        QCOMPARE(status.value(QStringLiteral("cancel_date")).toString(),
                 QStringLiteral("2025-06-30"));
        QVERIFY(status.value(QStringLiteral("watch_until")).isNull());
        const QJsonArray blockers = status.value(QStringLiteral("blockers")).toArray();
        QCOMPARE(blockers.size(), 3);
        QCOMPARE(blockers.at(0).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("check-new-number"));
        QCOMPARE(blockers.at(0).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("new-number-not-checked"));
        QCOMPARE(blockers.at(1).toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("cmb"));
        QCOMPARE(blockers.at(2).toObject().value(QStringLiteral("service")).toString(),
                 QStringLiteral("wechat"));
        QCOMPARE(blockers.at(2).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("old-number-needed"));

        // By catalog id, by name (any case), and a plan step.
        run = ok({QStringLiteral("mark"), QStringLiteral("13800138000"), QStringLiteral("cmb"),
                  QStringLiteral("done")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("Marked")), qPrintable(run.err));
        QCOMPARE(ok({QStringLiteral("mark"), QStringLiteral("13800138000"),
                     QStringLiteral("wECHAT"), QStringLiteral("verified")})
                     .exitCode,
                 0);
        run = onDay({QStringLiteral("status"), QStringLiteral("13800138000")}, today);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("1 item still blocks it")), qPrintable(run.out));
        QCOMPARE(ok({QStringLiteral("mark"), QStringLiteral("13800138000"),
                     QStringLiteral("check-new-number"), QStringLiteral("done")})
                     .exitCode,
                 0);

        run = onDay({QStringLiteral("status"), QStringLiteral("13800138000")}, today);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Safe to cancel"));
        run = onDay(
            {QStringLiteral("status"), QStringLiteral("13800138000"), QStringLiteral("--json")},
            today);
        QCOMPARE(run.exitCode, 0);
        status = parsed(run).object();
        QCOMPARE(status.value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("safe-to-cancel"));
        QVERIFY(status.value(QStringLiteral("blockers")).toArray().isEmpty());

        // The plan shows the new statuses; the step is stored, the bindings logged.
        run =
            onDay({QStringLiteral("plan"), QStringLiteral("13800138000"), QStringLiteral("--json")},
                  today);
        const QJsonArray items = parsed(run).array();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("due")).toString(),
                 QStringLiteral("2025-06-09"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("verified"));
        run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(lineContaining(run.out, QStringLiteral("\"status\": \"done\"")).isEmpty(), false);
    }

    void markRejectsBadStatusAndUnknownService()
    {
        populatePlan();
        const QByteArray before = readAll(vaultPath());
        Run run = cli({QStringLiteral("mark"), QStringLiteral("13800138000"), QStringLiteral("cmb"),
                       QStringLiteral("finished")},
                      line(kPassphrase));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("not-needed")), qPrintable(run.err));
        run = cli({QStringLiteral("mark"), QStringLiteral("13800138000"), QStringLiteral("alipay"),
                   QStringLiteral("done")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        QVERIFY2(run.err.contains(QStringLiteral("alipay")), qPrintable(run.err));
        run = cli({QStringLiteral("mark"), QStringLiteral("13900139000"), QStringLiteral("cmb"),
                   QStringLiteral("done")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        run = cli({QStringLiteral("status"), QStringLiteral("13900139000")}, line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        run = cli({QStringLiteral("mark"), QStringLiteral("13800138000"), QStringLiteral("cmb")},
                  line(kPassphrase));
        QCOMPARE(run.exitCode, 1);
        expectVaultUnchanged(before);
        // Marking a custom service by its key.
        run = ok({QStringLiteral("plan"), QStringLiteral("13800138000"), QStringLiteral("--json")});
        const QString gym =
            parsed(run).array().at(3).toObject().value(QStringLiteral("service")).toString();
        QCOMPARE(ok({QStringLiteral("mark"), QStringLiteral("13800138000"), gym,
                     QStringLiteral("not-needed")})
                     .exitCode,
                 0);
    }

    void statusWhileWatching()
    {
        populatePlan();
        addCancelledNumber();
        Run run = onDay({QStringLiteral("status"), QStringLiteral("13900139000")},
                        QStringLiteral("2025-07-10"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Cancelled on 2025-06-30; keep watching until "
                                                 "2025-09-28")),
                 qPrintable(run.out));
        run = onDay(
            {QStringLiteral("status"), QStringLiteral("13900139000"), QStringLiteral("--json")},
            QStringLiteral("2025-12-01"));
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(parsed(run).object().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("watch-over"));
        QCOMPARE(parsed(run).object().value(QStringLiteral("watch_until")).toString(),
                 QStringLiteral("2025-09-28"));
    }

    // One exit-code table for every command (issue 13, item 18): "not yet safe" is 3 and only
    // status says it; a number, person or backup that is not there is 7 whatever the command,
    // so that a script waiting for 0 from status stops at once on a typo.
    void notYetSafeIsNotNotFound()
    {
        populatePlan();
        const QString today = QStringLiteral("2025-06-01");
        Run run = onDay({QStringLiteral("status"), QStringLiteral("13800138000")}, today);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("Not yet safe to cancel")), qPrintable(run.out));
        for (const bool json : {false, true}) {
            QStringList args{QStringLiteral("status"), QStringLiteral("13700137000")};
            if (json) {
                args.append(QStringLiteral("--json"));
            }
            run = onDay(args, today);
            QCOMPARE(run.exitCode, 7);
            QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
            QVERIFY2(run.err.contains(QStringLiteral("137 0013 7000 is not in the vault")),
                     qPrintable(run.err));
        }
        // Every other command that names a number, person or backup.
        const QString pdf = m_dir->filePath(QStringLiteral("nobody.pdf"));
        const QList<QStringList> missing = {
            {QStringLiteral("plan"), QStringLiteral("13700137000")},
            {QStringLiteral("plan"), QStringLiteral("13700137000"), QStringLiteral("--json")},
            {QStringLiteral("list"), QStringLiteral("13700137000"), QStringLiteral("--json")},
            {QStringLiteral("mark"), QStringLiteral("13700137000"), QStringLiteral("cmb"),
             QStringLiteral("done")},
            {QStringLiteral("mark"), QStringLiteral("13800138000"), QStringLiteral("alipay"),
             QStringLiteral("done")},
            {QStringLiteral("add-binding"), QStringLiteral("13700137000"), QStringLiteral("cmb")},
            {QStringLiteral("add-number"), QStringLiteral("Nobody"), QStringLiteral("13700137000")},
            {QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("13700137000"),
             QStringLiteral("-o"), pdf},
            {QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("--person"),
             QStringLiteral("Nobody"), QStringLiteral("-o"), pdf},
            {QStringLiteral("backups"), QStringLiteral("restore"), QStringLiteral("no-such-id")},
        };
        const QByteArray before = readAll(vaultPath());
        for (const QStringList& args : missing) {
            run = onDay(args, today);
            QVERIFY2(run.exitCode == 7,
                     qPrintable(args.join(QLatin1Char(' ')) +
                                QStringLiteral(": exit %1: ").arg(run.exitCode) + run.err));
            QVERIFY2(!run.err.isEmpty(), qPrintable(args.join(QLatin1Char(' '))));
        }
        QVERIFY(!QFile::exists(pdf));
        expectVaultUnchanged(before);
    }

    // A command that would write while another program holds the vault exits 8 and says who
    // holds it: not 2 (the vault is fine) and not 6.
    void heldVaultExits8()
    {
        populatePlan();
        auto holder = std::make_unique<QProcess>();
        holder->setProcessEnvironment(environment());
        holder->start(QStringLiteral(REBIND_CLI_PATH),
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("passwd")});
        QVERIFY(holder->waitForStarted());
        // passwd opens the vault (taking its lock), then waits for the new passphrase on stdin.
        holder->write(line(kPassphrase));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(vaultPath() + QStringLiteral(".lock")), 20000);
        const QByteArray before = readAll(vaultPath());
        for (const QStringList& args :
             {QStringList{QStringLiteral("mark"), QStringLiteral("13800138000"),
                          QStringLiteral("cmb"), QStringLiteral("done")},
              QStringList{QStringLiteral("add-person"), QStringLiteral("Dad")}}) {
            const Run run = cli(args, line(kPassphrase));
            QVERIFY2(run.exitCode == 8,
                     qPrintable(args.join(QLatin1Char(' ')) +
                                QStringLiteral(": exit %1: ").arg(run.exitCode) + run.err));
            QVERIFY2(run.err.contains(QString::number(holder->processId())), qPrintable(run.err));
        }
        holder->kill();
        holder->waitForFinished();
        expectVaultUnchanged(before);
        // Once it is let go, the same command works.
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Dad")}).exitCode, 0);
    }

    // Marked cancelled while blockers are still open (issue 13, item 1): status says the old
    // number is gone, lists what is open with each service's way without the old number, and
    // exits 3 (not 0, as a cancelled number with nothing open does).
    void statusOfCancelledNumberWithOpenBlockers()
    {
        populatePlan();
        addCancelledNumber();
        for (const QString& service : {QStringLiteral("cmb"), QStringLiteral("wechat")}) {
            QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13900139000"), service})
                         .exitCode,
                     0);
        }
        const Run shown =
            catalog({QStringLiteral("show"), QStringLiteral("cmb"), QStringLiteral("--json")});
        const QString lost = parsed(shown)
                                 .object()
                                 .value(QStringLiteral("lost_number"))
                                 .toObject()
                                 .value(QStringLiteral("en"))
                                 .toString();
        QVERIFY2(!lost.isEmpty(), qPrintable(shown.out.left(300)));

        const QString day = QStringLiteral("2025-07-10");
        Run run = onDay({QStringLiteral("status"), QStringLiteral("13900139000")}, day);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("The old number is gone (cancelled on "
                                                 "2025-06-30)")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("new number not checked")));
        QVERIFY(lineContaining(run.out, QStringLiteral("China Merchants Bank"))
                    .contains(QStringLiteral("needs the old number")));
        QVERIFY(lineContaining(run.out, QStringLiteral("WeChat"))
                    .contains(QStringLiteral("needs the old number")));
        QVERIFY2(
            squeezed(run.out).contains(squeezed(QStringLiteral("Without the old number: ") + lost)),
            qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Until 2025-09-28")));
        QVERIFY(!run.out.contains(QStringLiteral("Cancelled on 2025-06-30; keep watching")));
        QVERIFY2(run.err.contains(QStringLiteral("139 0013 9000 was cancelled while items")),
                 qPrintable(run.err));

        run = onDay(
            {QStringLiteral("status"), QStringLiteral("13900139000"), QStringLiteral("--json")},
            day);
        QCOMPARE(run.exitCode, 3);
        const QJsonObject status = parsed(run).object();
        QCOMPARE(status.value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("cancelled-with-open-blockers"));
        QCOMPARE(status.value(QStringLiteral("watch_until")).toString(),
                 QStringLiteral("2025-09-28"));
        const QJsonArray blockers = status.value(QStringLiteral("blockers")).toArray();
        QCOMPARE(blockers.size(), 3);
        for (const QJsonValue& value : blockers) {
            const QJsonObject blocker = value.toObject();
            const QString service = blocker.value(QStringLiteral("service")).toString();
            QVERIFY(blocker.contains(QStringLiteral("lost_number")));
            if (service == QLatin1String("cmb")) {
                QCOMPARE(blocker.value(QStringLiteral("lost_number")).toString(), lost);
            } else if (service.isEmpty()) {
                QVERIFY(blocker.value(QStringLiteral("lost_number")).isNull());
            }
        }

        // With everything open done, it is the ordinary watch again.
        for (const QString& item : {QStringLiteral("cmb"), QStringLiteral("wechat"),
                                    QStringLiteral("check-new-number")}) {
            QCOMPARE(ok({QStringLiteral("mark"), QStringLiteral("13900139000"), item,
                         QStringLiteral("done")})
                         .exitCode,
                     0);
        }
        run = onDay({QStringLiteral("status"), QStringLiteral("13900139000")}, day);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Cancelled on 2025-06-30; keep watching until "
                                                 "2025-09-28")),
                 qPrintable(run.out));
    }

    // The README's exit-code table and `--help` are the same table (both from ExitCodeText).
    void readmeAndHelpAgreeOnExitCodes()
    {
        QFile readme(QStringLiteral(REBIND_SOURCE_DIR "/README.md"));
        QVERIFY(readme.open(QIODevice::ReadOnly | QIODevice::Text));
        static const QRegularExpression row(QStringLiteral("^\\| (\\d) \\| (.+) \\|$"));
        QMap<int, QString> documented;
        for (const QString& l : QString::fromUtf8(readme.readAll()).split(QLatin1Char('\n'))) {
            if (const auto match = row.match(l); match.hasMatch()) {
                documented.insert(match.captured(1).toInt(), match.captured(2));
            }
        }
        const Run run = cli({QStringLiteral("--help")}, {}, false);
        QCOMPARE(run.exitCode, 0);
        const qsizetype start = run.out.indexOf(QStringLiteral("Exit status"));
        QVERIFY2(start >= 0, qPrintable(run.out));
        static const QRegularExpression first(QStringLiteral("^  (\\d)  (.+)$"));
        QMap<int, QString> helped;
        int last = -1;
        for (const QString& l : run.out.mid(start).split(QLatin1Char('\n')).mid(1)) {
            if (const auto match = first.match(l); match.hasMatch()) {
                last = match.captured(1).toInt();
                helped.insert(last, match.captured(2));
            } else if (last >= 0 && l.startsWith(QStringLiteral("     "))) {
                helped[last] += QLatin1Char(' ') + l.trimmed();
            }
        }
        QCOMPARE(helped.keys(), (QList<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(documented, helped);
    }

    // For her mother's number a daughter reads about her mother's name and ID card, on screen,
    // on paper and in the calendar (issue 13, item 2).
    void mothersNumberNamesHerInPlanPdfAndCalendar()
    {
        populate(); // Zhang Wei, Mother
        // A bank that is changed at a counter only: its warning names the ID card.
        QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                     QStringLiteral("bank-of-beijing")})
                     .exitCode,
                 0);
        const QString today = QStringLiteral("2025-06-01");
        Run run = onDay({QStringLiteral("plan"), QStringLiteral("13800138000")}, today);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("is in your mother's name")), qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Tell your mother's contacts")));
        QVERIFY(!run.out.contains(QStringLiteral("in your name")));

        const QString pdf = m_dir->filePath(QStringLiteral("mother.pdf"));
        run = onDay({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("13800138000"),
                     QStringLiteral("-o"), pdf},
                    today);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString paper = squeezed(QString::fromUtf8(text.readAllStandardOutput()));
        QVERIFY2(paper.contains(QStringLiteral("registeredinyourmother'snamewithyourmother'sID")),
                 qPrintable(paper.left(1500)));
        QVERIFY(paper.contains(QStringLiteral("abranchwithyourmother'sIDcard")));
        QVERIFY(!paper.contains(QStringLiteral("yourownname")));
        QVERIFY(!paper.contains(QStringLiteral("inpersonwithyourIDcard")));

        const QString ics = m_dir->filePath(QStringLiteral("mother.ics"));
        run = onDay({QStringLiteral("export"), QStringLiteral("ics"), QStringLiteral("13800138000"),
                     QStringLiteral("-o"), ics},
                    today);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess parse;
        parse.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, icalendar\n"
                            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                            "for e in cal.walk('VEVENT'):\n"
                            "    print(e.get('SUMMARY'))\n"
                            "    print(e.get('DESCRIPTION'))\n"),
             ics});
        QVERIFY(parse.waitForFinished(60000));
        QCOMPARE(parse.exitCode(), 0);
        const QString calendar = QString::fromUtf8(parse.readAllStandardOutput());
        QVERIFY2(calendar.contains(QStringLiteral("is in your mother's name")),
                 qPrintable(calendar));
        QVERIFY(calendar.contains(
            QStringLiteral("registered in your mother's name with your mother's ID card")));
        QVERIFY(!calendar.contains(QStringLiteral("your own name")));
        QVERIFY(!calendar.contains(QStringLiteral("in person with your ID card")));
        QVERIFY(calendar.contains(QStringLiteral("a branch with your mother's ID card")));
    }

    void exportWritesEachFormat()
    {
        populatePlan();
        const QString today = QStringLiteral("2025-06-01");
        const auto exported = [&](const QStringList& args) {
            return onDay(QStringList{QStringLiteral("export")} + args, today);
        };
        const QString pdf = m_dir->filePath(QStringLiteral("plan.pdf"));
        Run run = exported(
            {QStringLiteral("pdf"), QStringLiteral("13800138000"), QStringLiteral("-o"), pdf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("not encrypted")));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(content.contains(QStringLiteral("138 **** 8000")), qPrintable(content.left(800)));
        QVERIFY(!content.contains(QStringLiteral("0013")));
        QVERIFY(content.contains(QStringLiteral("China Merchants Bank")));
        QVERIFY(content.contains(QStringLiteral("Corner Gym")));

        // The calendar: one event per open item with a due date, read by a real parser.
        const QString ics = m_dir->filePath(QStringLiteral("plan.ics"));
        run = exported({QStringLiteral("ics"), QStringLiteral("--all"), QStringLiteral("-o"), ics});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QProcess parse;
        parse.start(
            QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("-c"),
             QStringLiteral("import sys, icalendar\n"
                            "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
                            "for e in cal.walk('VEVENT'): print(e.decoded('DTSTART'))"),
             ics});
        QVERIFY(parse.waitForFinished(60000));
        QCOMPARE(parse.exitCode(), 0);
        const QStringList dates = QString::fromUtf8(parse.readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(dates.size(), 7); // the plan's seven items all have due dates
        QVERIFY(dates.contains(QStringLiteral("2025-06-09")));

        const QString csv = m_dir->filePath(QStringLiteral("inventory.csv"));
        run = exported({QStringLiteral("csv"), QStringLiteral("--person"),
                        QStringLiteral("Zhang Wei"), QStringLiteral("-o"), csv});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(csvFile.readAll());
        QVERIFY(rows.contains(QStringLiteral("+8613800138000")));
        QCOMPARE(rows.count(QStringLiteral("\r\n")), 4); // header and three bindings

        const QString png = m_dir->filePath(QStringLiteral("plan.png"));
        run = exported({QStringLiteral("png"), QStringLiteral("13800138000"), QStringLiteral("-o"),
                        png, QStringLiteral("--large-print")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(QImageReader(png).size().width(), 1080);
    }

    void handoffAndJsonRoundTrip()
    {
        populatePlan();
        const QString handoff = m_dir->filePath(QStringLiteral("family.rebindhandoff"));
        // The hand-off passphrase is the line after the vault's, never an argument.
        Run run = cli({QStringLiteral("export"), QStringLiteral("handoff"), QStringLiteral("--all"),
                       QStringLiteral("-o"), handoff},
                      line(kPassphrase) + line("hand-off secret for mum 42"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!readAll(handoff).contains("Zhang Wei"));
        const QString json = m_dir->filePath(QStringLiteral("family.json"));
        run = cli({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--all"),
                   QStringLiteral("-o"), json},
                  line(kPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(readAll(json).contains("Zhang Wei"));

        // Into a second vault: a wrong passphrase imports nothing; the right one everything.
        const QString other = m_dir->filePath(QStringLiteral("other.vault"));
        const auto inOther = [&](const QStringList& args, const QByteArray& input) {
            QProcess process;
            process.setProcessEnvironment(environment());
            return execute(process, QStringList{QStringLiteral("--vault"), other} + args, input);
        };
        QCOMPARE(inOther({QStringLiteral("init"), QStringLiteral("--decryption-time"),
                          QStringLiteral("50")},
                         line(kPassphrase))
                     .exitCode,
                 0);
        const QByteArray before = readAll(other);
        run = inOther({QStringLiteral("import"), QStringLiteral("handoff"), handoff},
                      line(kPassphrase) + line("not the passphrase"));
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
        QCOMPARE(readAll(other), before);
        run = inOther({QStringLiteral("import"), QStringLiteral("handoff"), handoff},
                      line(kPassphrase) + line("hand-off secret for mum 42"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("Added 1 person, 1 number and 3 service entries")),
                 qPrintable(run.out));
        run = inOther({QStringLiteral("list"), QStringLiteral("--json")}, line(kPassphrase));
        QCOMPARE(parsed(run).array().size(), 3);
        // The JSON export of the same vault merges as "already up to date".
        run = inOther({QStringLiteral("import"), QStringLiteral("json"), json}, line(kPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("3 already up to date")), qPrintable(run.out));
    }

    // An import is bounded by the bytes that arrive, not by size(), which is 0 for /dev/zero and
    // for a FIFO: each is refused promptly and in bounded memory, with the vault untouched.
    void importStopsAtTheLimit()
    {
        createVault();
        const QByteArray before = readAll(vaultPath());
        const auto refused = [&](const QString& path) {
            const Run run = limited({QStringLiteral("import"), QStringLiteral("json"), path},
                                    line(kPassphrase));
            QVERIFY2(
                run.exitCode == 6,
                qPrintable(
                    QStringLiteral("%1: exit %2: %3").arg(path).arg(run.exitCode).arg(run.err)));
            QVERIFY2(run.err.contains(QStringLiteral("larger than 64 MiB")), qPrintable(run.err));
            QVERIFY(run.err.contains(QStringLiteral("Nothing was imported")));
            expectVaultUnchanged(before);
        };
        refused(QStringLiteral("/dev/zero"));
        if (QTest::currentTestFailed()) {
            return;
        }

        // A FIFO fed one byte more than the limit by another process, as a shell pipe would.
        const QString fifo = m_dir->filePath(QStringLiteral("export.fifo"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QProcess writer; // its destructor stops it if the import never opened the FIFO
        writer.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"),
                      QStringLiteral("head -c %1 /dev/zero > \"$0\"").arg(kMaxImportBytes + 1),
                      fifo});
        QVERIFY(writer.waitForStarted());
        refused(fifo);
        if (QTest::currentTestFailed()) {
            return;
        }
        QVERIFY(writer.waitForFinished(10000));

        // A regular file over the limit (sparse: no need to write it).
        QFile large(m_dir->filePath(QStringLiteral("large.json")));
        QVERIFY(large.open(QIODevice::WriteOnly));
        QVERIFY(large.resize(kMaxImportBytes + 1));
        large.close();
        refused(large.fileName());

        const Run zeros = limited(
            {QStringLiteral("import"), QStringLiteral("handoff"), QStringLiteral("/dev/zero")},
            line(kPassphrase) + line("hand-off passphrase"));
        QCOMPARE(zeros.exitCode, 6);
        QVERIFY2(zeros.err.contains(QStringLiteral("not a Rebind hand-off file")),
                 qPrintable(zeros.err));
        expectVaultUnchanged(before);
    }

    // Names and accounts reach the terminal with their control characters escaped (see
    // TerminalText): text in the vault cannot clear the screen, retitle the window, ring, hide
    // what precedes it or reorder the line, and a line break in a value keeps it on its row.
    void terminalOutputEscapesControls()
    {
        createVault();
        const QString name = QStringLiteral("Eve\x1b[2J\aX\rY\u202eZ\nW");
        const QString relation = QStringLiteral("rel\x1b]0;pwned\a");
        const QString carrier = QStringLiteral("Car\u0085rier\x7f");
        const QString service = QStringLiteral("Gym\x1b[31m\rFake\u2066");
        const QString account = QStringLiteral("acc\a\u009bx");
        QCOMPARE(ok({QStringLiteral("add-person"), name, QStringLiteral("--relation"), relation})
                     .exitCode,
                 0);
        Run run = ok({QStringLiteral("add-number"), name, QStringLiteral("13800138000"),
                      QStringLiteral("--carrier"), carrier, QStringLiteral("--cancel-date"),
                      QStringLiteral("2025-06-30")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(rawControls(run.err).isEmpty(), qPrintable(rawControls(run.err)));
        run = ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"), service,
                  QStringLiteral("--account"), account, QStringLiteral("--role"),
                  QStringLiteral("bank-reserved")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(rawControls(run.err).isEmpty(), qPrintable(rawControls(run.err)));

        const QString shownName = QStringLiteral("Eve\\e[2J\\x07X\\rY\\u202eZ\\nW");
        const QString shownService = QStringLiteral("Gym\\e[31m\\rFake\\u2066");
        run = ok({QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(rawControls(run.out + run.err).isEmpty(), qPrintable(rawControls(run.out)));
        QVERIFY2(run.out.contains(shownName + QStringLiteral(" (rel\\e]0;pwned\\x07)")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QStringLiteral("Car\\x85rier\\x7f")));
        // The service and its account on one row.
        QVERIFY2(lineContaining(run.out, shownService).contains(QStringLiteral("acc\\x07\\x9bx")),
                 qPrintable(run.out));

        run = onDay({QStringLiteral("plan"), QStringLiteral("13800138000")},
                    QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(rawControls(run.out + run.err).isEmpty(), qPrintable(rawControls(run.out)));
        QVERIFY2(run.out.contains(shownService), qPrintable(run.out));

        run = onDay({QStringLiteral("status"), QStringLiteral("13800138000")},
                    QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(rawControls(run.out + run.err).isEmpty(), qPrintable(rawControls(run.out)));
        QVERIFY2(lineContaining(run.out, shownService).contains(QStringLiteral("critical")),
                 qPrintable(run.out));

        // JSON keeps the exact text, escaped the JSON way, so it stays valid and safe to show.
        run = ok({QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(rawControls(run.out).isEmpty(), qPrintable(rawControls(run.out)));
        const QJsonObject row = parsed(run).array().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("person")).toString(), name);
        QCOMPARE(row.value(QStringLiteral("relation")).toString(), relation);
        QCOMPARE(row.value(QStringLiteral("carrier")).toString(), carrier);
        QCOMPARE(row.value(QStringLiteral("service_name")).toString(), service);
        QCOMPARE(row.value(QStringLiteral("account")).toString(), account);
    }

    void scanFindsServicesWithoutAVault()
    {
        // No vault exists: scanning alone does not need one.
        const QString backup = QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml");
        Run run = cli({QStringLiteral("scan"), backup, QStringLiteral("--json")}, {}, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(!QFile::exists(vaultPath()));
        const QJsonArray found = parsed(run).array();
        QStringList services;
        for (const QJsonValue& value : found) {
            const QJsonObject item = value.toObject();
            services.append(item.value(QStringLiteral("service")).isNull()
                                ? QStringLiteral("?") +
                                      item.value(QStringLiteral("evidence")).toString()
                                : item.value(QStringLiteral("service")).toString());
            for (const char* key :
                 {"name", "evidence", "count", "first_seen", "last_seen", "login_is_phone"}) {
                QVERIFY2(item.contains(QLatin1String(key)), key);
            }
            // Excerpts are masked: no digit of a code, amount or card survives.
            QVERIFY(!item.value(QStringLiteral("excerpt"))
                         .toString()
                         .contains(QRegularExpression(QStringLiteral("\\d"))));
        }
        for (const QString& expected :
             {QStringLiteral("cmb"), QStringLiteral("alipay"), QStringLiteral("jd"),
              QStringLiteral("wechat"), QStringLiteral("icbc")}) {
            QVERIFY2(services.contains(expected), qPrintable(services.join(QLatin1Char(' '))));
        }
        // Personal senders never appear.
        QVERIFY(!run.out.contains(QStringLiteral("13700137000")));

        // A password export: the number as the login name.
        run = cli({QStringLiteral("scan"),
                   QStringLiteral(REBIND_TEST_FIXTURES "/passwords/chrome.csv"),
                   QStringLiteral("--json")},
                  {}, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        bool taobaoByPhone = false;
        for (const QJsonValue& value : parsed(run).array()) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("service")).toString() == QLatin1String("taobao")) {
                taobaoByPhone = item.value(QStringLiteral("login_is_phone")).toBool();
            }
        }
        QVERIFY(taobaoByPhone);
        QVERIFY(!run.out.contains(QStringLiteral("Chr0me-Pw")));

        // A Bitwarden login listing Google, YouTube and Gmail is one Google login; an app login
        // is found by its package, a bank saved under its name alone by that name.
        run = cli({QStringLiteral("scan"),
                   QStringLiteral(REBIND_TEST_FIXTURES "/passwords/bitwarden-apps.json"),
                   QStringLiteral("--json")},
                  {}, false);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QHash<QString, qint64> counts;
        for (const QJsonValue& value : parsed(run).array()) {
            const QJsonObject item = value.toObject();
            counts.insert(item.value(QStringLiteral("service")).toString(),
                          item.value(QStringLiteral("count")).toInteger());
        }
        QCOMPARE(counts.value(QStringLiteral("google")), qint64(1));
        QVERIFY(!counts.contains(QStringLiteral("youtube")));
        QCOMPARE(counts.value(QStringLiteral("wechat")), qint64(1));
        QCOMPARE(counts.value(QStringLiteral("icbc")), qint64(1));
        QVERIFY(!run.out.contains(QStringLiteral("Bw-Json")));

        // Neither kind of file.
        const QString odd = m_dir->filePath(QStringLiteral("notes.txt"));
        QFile file(odd);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes\n");
        file.close();
        run = cli({QStringLiteral("scan"), odd}, {}, false);
        QCOMPARE(run.exitCode, 6);
        QVERIFY(run.err.contains(QStringLiteral("SMS")));
    }

    void scanAddsToTheNumber()
    {
        populatePlan(); // 13800138000 with wechat, cmb and a gym
        const Run run = cli({QStringLiteral("scan"),
                             QStringLiteral(REBIND_TEST_FIXTURES "/sms/android-backup.xml"),
                             QStringLiteral("--add"), QStringLiteral("13800138000")},
                            line(kPassphrase));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Added")), qPrintable(run.err));
        const QJsonArray listed =
            parsed(ok({QStringLiteral("list"), QStringLiteral("--json")})).array();
        QStringList keys;
        for (const QJsonValue& value : listed) {
            keys.append(value.toObject().value(QStringLiteral("service")).toString());
        }
        QVERIFY2(keys.contains(QStringLiteral("alipay")), qPrintable(keys.join(QLatin1Char(' '))));
        QCOMPARE(keys.count(QStringLiteral("cmb")), 1); // listed already: not added twice
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = QStringLiteral("x.pdf");
        QTest::newRow("no scope") << QStringList{QStringLiteral("pdf"), QStringLiteral("-o"), out};
        QTest::newRow("two scopes")
            << QStringList{QStringLiteral("pdf"), QStringLiteral("13800138000"),
                           QStringLiteral("--all"), QStringLiteral("-o"), out};
        QTest::newRow("no output") << QStringList{QStringLiteral("pdf"), QStringLiteral("--all")};
        QTest::newRow("unknown format") << QStringList{
            QStringLiteral("docx"), QStringLiteral("--all"), QStringLiteral("-o"), out};
        QTest::newRow("bad paper") << QStringList{
            QStringLiteral("pdf"),     QStringLiteral("--all"), QStringLiteral("-o"), out,
            QStringLiteral("--paper"), QStringLiteral("a3")};
    }

    void exportUsageErrors()
    {
        QFETCH(QStringList, args);
        createVault();
        const Run run = cli(QStringList{QStringLiteral("export")} + args, line(kPassphrase));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.startsWith(QStringLiteral("rebind-cli: ")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
    }

    void exportOfUnknownNumberExits7()
    {
        populatePlan();
        const Run run =
            cli({QStringLiteral("export"), QStringLiteral("pdf"), QStringLiteral("13900139000"),
                 QStringLiteral("-o"), m_dir->filePath(QStringLiteral("x.pdf"))},
                line(kPassphrase));
        QCOMPARE(run.exitCode, 7);
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("x.pdf"))));
    }

    void statusWithNothingListedIsNotSafe()
    {
        // A number with no services listed is not known to be safe: exit 3, and say why.
        populatePlan();
        QCOMPARE(ok({QStringLiteral("add-number"), QStringLiteral("Zhang Wei"),
                     QStringLiteral("13900139000"), QStringLiteral("--cancel-date"),
                     QStringLiteral("2025-06-30")})
                     .exitCode,
                 0);
        Run run = onDay({QStringLiteral("status"), QStringLiteral("13900139000")},
                        QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.out.contains(QStringLiteral("no services are listed")), qPrintable(run.out));
        run = onDay(
            {QStringLiteral("status"), QStringLiteral("13900139000"), QStringLiteral("--json")},
            QStringLiteral("2025-06-01"));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(parsed(run).object().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("nothing-listed"));
    }

    // On a terminal the passphrase is prompted for on stderr, twice for a new vault, and never
    // echoed.
    void terminalPromptsWithoutEcho()
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QString slave = QString::fromLocal8Bit(ptsname(master));

        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(slave);
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(REBIND_CLI_PATH),
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("init"),
                       QStringLiteral("--decryption-time"), QStringLiteral("1")});
        QVERIFY(process.waitForStarted());
        QByteArray err;
        const auto waitFor = [&](const QByteArray& text) {
            QElapsedTimer timer;
            timer.start();
            while (!err.contains(text) && timer.elapsed() < 30000) {
                process.waitForReadyRead(1000);
                err += process.readAllStandardError();
            }
            return err.contains(text);
        };
        QVERIFY2(waitFor("New passphrase for"), err.constData());
        QCOMPARE(::write(master, kPassphrase.constData(), size_t(kPassphrase.size())),
                 ssize_t(kPassphrase.size()));
        QCOMPARE(::write(master, "\n", 1), ssize_t(1));
        QVERIFY2(waitFor("Repeat the new passphrase"), err.constData());
        QCOMPARE(::write(master, kPassphrase.constData(), size_t(kPassphrase.size())),
                 ssize_t(kPassphrase.size()));
        QCOMPARE(::write(master, "\n", 1), ssize_t(1));
        QVERIFY(process.waitForFinished(60000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 0);
        QVERIFY2(err.contains("Created the vault"), err.constData());
        QVERIFY(!err.contains(kPassphrase));

        // Whatever the terminal echoed would be readable on the master side.
        fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK);
        QByteArray echoed;
        char buffer[256];
        for (ssize_t n; (n = ::read(master, buffer, sizeof buffer)) > 0;) {
            echoed.append(buffer, n);
        }
        ::close(master);
        QVERIFY2(!echoed.contains(kPassphrase), echoed.constData());

        QCOMPARE(ok({QStringLiteral("list")}).exitCode, 0);
    }

    void terminalMismatchRefused()
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QString::fromLocal8Bit(ptsname(master)));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(REBIND_CLI_PATH),
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("init")});
        QByteArray err;
        const auto waitFor = [&](const QByteArray& text) {
            QElapsedTimer timer;
            timer.start();
            while (!err.contains(text) && timer.elapsed() < 30000) {
                process.waitForReadyRead(1000);
                err += process.readAllStandardError();
            }
            return err.contains(text);
        };
        QVERIFY(waitFor("New passphrase for"));
        QCOMPARE(::write(master, "first one\n", 10), ssize_t(10));
        QVERIFY(waitFor("Repeat the new passphrase"));
        QCOMPARE(::write(master, "second one\n", 11), ssize_t(11));
        QVERIFY(process.waitForFinished(60000));
        ::close(master);
        err += process.readAllStandardError();
        QCOMPARE(process.exitCode(), 5);
        QVERIFY2(err.contains("differ"), err.constData());
        QVERIFY(!QFile::exists(vaultPath()));
    }

    // Echo is off while the passphrase is typed, and back on when Ctrl+C ends the program at
    // the prompt (ConsoleInput restores it from the signal handler).
    void terminalEchoRestoredOnInterrupt()
    {
        const int master = posix_openpt(O_RDWR | O_NOCTTY);
        QVERIFY(master >= 0);
        QVERIFY(grantpt(master) == 0 && unlockpt(master) == 0);
        const QByteArray slaveName = ptsname(master);
        const int slave = ::open(slaveName.constData(), O_RDWR | O_NOCTTY);
        QVERIFY(slave >= 0);
        const auto echoing = [slave] {
            termios settings = {};
            return tcgetattr(slave, &settings) == 0 && (settings.c_lflag & ECHO) != 0;
        };
        QVERIFY(echoing());

        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(QString::fromLocal8Bit(slaveName));
        process.setReadChannel(QProcess::StandardError);
        process.start(QStringLiteral(REBIND_CLI_PATH),
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("init")});
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains("New passphrase for") && timer.elapsed() < 30000) {
            process.waitForReadyRead(1000);
            err += process.readAllStandardError();
        }
        QVERIFY2(err.contains("New passphrase for"), err.constData());
        QVERIFY(!echoing());

        QCOMPARE(::kill(static_cast<pid_t>(process.processId()), SIGINT), 0);
        QVERIFY(process.waitForFinished(30000));
        // The handler re-raises the signal, so the shell sees an interrupted program.
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
        QVERIFY(echoing());
        ::close(slave);
        ::close(master);
        QVERIFY(!QFile::exists(vaultPath()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
