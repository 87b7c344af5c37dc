// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The vault's promises under trouble, tested with the real rebind-cli: a passphrase change that
// is refused while another program holds the vault, on a full disk and in a read-only folder
// (the old passphrase still works and the file is untouched), one writer at a time with waiting
// instead of refusing, and the automatic backups (made, listed, re-encrypted, restored).
#include <optional>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

namespace {

const QByteArray kOld = "correct horse battery staple 42";
const QByteArray kNew = "a different long passphrase 7";

QByteArray line(const QByteArray& text)
{
    return text + '\n';
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestVaultSafety : public QObject
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
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    // Runs rebind-cli args on the test vault, behind an optional wrapper (strace, setpriv).
    Run cli(const QStringList& args, const QByteArray& input, const QStringList& wrapper = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(m_dir->path());
        QStringList full = wrapper;
        full << QStringLiteral(REBIND_CLI_PATH) << QStringLiteral("--vault") << vaultPath() << args;
        process.start(full.takeFirst(), full);
        if (!process.waitForStarted(10000)) {
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
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

    Run ok(const QStringList& args, const QByteArray& passphrase = kOld) const
    {
        Run run = cli(args, line(passphrase));
        if (run.exitCode != 0) {
            qWarning("%s failed (%d): %s", qPrintable(args.join(QLatin1Char(' '))), run.exitCode,
                     qPrintable(run.err));
        }
        return run;
    }

    void populate()
    {
        QCOMPARE(
            cli({QStringLiteral("init"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
                line(kOld) + line(kOld))
                .exitCode,
            0);
        QCOMPARE(ok({QStringLiteral("add-person"), QStringLiteral("Mum")}).exitCode, 0);
        QCOMPARE(
            ok({QStringLiteral("add-number"), QStringLiteral("Mum"), QStringLiteral("13800138000")})
                .exitCode,
            0);
        for (const char* service : {"wechat", "cmb", "alipay"}) {
            QCOMPARE(ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"),
                         QLatin1String(service)})
                         .exitCode,
                     0);
        }
    }

    int bindingCount(const QByteArray& passphrase = kOld) const
    {
        const Run run = cli({QStringLiteral("list"), QStringLiteral("--json")}, line(passphrase));
        if (run.exitCode != 0) {
            return -1;
        }
        // One row per service, whatever the number.
        const int count = int(QJsonDocument::fromJson(run.out.toUtf8()).array().size());
        return count;
    }

    QStringList leftovers() const
    {
        return QDir(m_dir->path())
            .entryList({QStringLiteral("test.vault.*.tmp*"), QStringLiteral("test.vault-journal")},
                       QDir::Files);
    }

    QStringList backupIds() const
    {
        const Run run =
            cli({QStringLiteral("backups"), QStringLiteral("list"), QStringLiteral("--json")}, {});
        QStringList ids;
        for (const auto& item : QJsonDocument::fromJson(run.out.toUtf8()).array()) {
            ids << item.toObject().value(QStringLiteral("id")).toString();
        }
        return ids;
    }

    // A rebind-cli that holds the vault: `passwd` has opened it and waits for the new
    // passphrase on stdin, which is kept open.
    std::unique_ptr<QProcess> startHolder() const
    {
        auto holder = std::make_unique<QProcess>();
        holder->setProcessEnvironment(environment());
        holder->start(QStringLiteral(REBIND_CLI_PATH),
                      {QStringLiteral("--vault"), vaultPath(), QStringLiteral("passwd")});
        holder->waitForStarted();
        holder->write(line(kOld));
        QElapsedTimer waited;
        waited.start();
        while (!QFile::exists(vaultPath() + QStringLiteral(".lock")) && waited.elapsed() < 20000) {
            QTest::qWait(20);
        }
        return holder;
    }

    static void stop(QProcess& process)
    {
        process.kill();
        process.waitForFinished();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void passwdRefusedWhileAnotherProgramHoldsTheVault()
    {
        populate();
        auto holder = startHolder();
        QVERIFY(QFile::exists(vaultPath() + QStringLiteral(".lock")));
        const QByteArray before = sha256(vaultPath());
        QElapsedTimer timer;
        timer.start();
        const Run run = cli({QStringLiteral("passwd")}, line(kOld) + line(kNew) + line(kNew));
        QCOMPARE(run.exitCode, 8);
        // It waited for the holder before giving up.
        QVERIFY(timer.elapsed() >= 4500);
        QVERIFY2(run.err.contains(QStringLiteral("in use by")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("Ctrl+L")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QString::number(holder->processId())), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Changed the passphrase")));
        // A wrong passphrase is still told as wrong (2), not as "in use".
        const Run wrong = cli({QStringLiteral("add-person"), QStringLiteral("Dad")},
                              line("not the passphrase at all"));
        QCOMPARE(wrong.exitCode, 2);
        stop(*holder);
        QCOMPARE(sha256(vaultPath()), before);
        QCOMPARE(bindingCount(kOld), 3);
        QCOMPARE(bindingCount(kNew), -1);
    }

    void writersWaitForEachOtherInsteadOfFailing()
    {
        populate();
        // Two real processes adding services at the same time, each waiting its turn.
        QList<QProcess*> writers;
        const QStringList services = {QStringLiteral("jd"),       QStringLiteral("taobao"),
                                      QStringLiteral("weibo"),    QStringLiteral("12306"),
                                      QStringLiteral("bilibili"), QStringLiteral("icbc")};
        QStringList scripts;
        for (int w = 0; w < 2; ++w) {
            QString script = QStringLiteral("set -e\n");
            for (int i = w; i < services.size(); i += 2) {
                script += QStringLiteral("printf '%1\\n' | '%2' --vault '%3' add-binding "
                                         "13800138000 %4 >/dev/null\n")
                              .arg(QString::fromUtf8(kOld), QStringLiteral(REBIND_CLI_PATH),
                                   vaultPath(), services.at(i));
            }
            auto* process = new QProcess(this);
            process->setProcessEnvironment(environment());
            process->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), script});
            writers << process;
        }
        for (QProcess* process : writers) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
            delete process;
        }
        QCOMPARE(bindingCount(), 3 + int(services.size()));
    }

    void passwdOnAFullDiskChangesNothing()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("strace")).isEmpty()) {
            QSKIP("strace is not installed (packaging/install-deps.sh installs it)");
        }
        populate();
        const QByteArray before = sha256(vaultPath());
        // Every write SQLite makes fails as on a full disk (ENOSPC).
        const Run run = cli(
            {QStringLiteral("passwd"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
            line(kOld) + line(kNew) + line(kNew),
            {QStringLiteral("strace"), QStringLiteral("-f"), QStringLiteral("-o"),
             QStringLiteral("/dev/null"), QStringLiteral("-e"), QStringLiteral("trace=pwrite64"),
             QStringLiteral("-e"), QStringLiteral("inject=pwrite64:error=ENOSPC")});
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(QStringLiteral("disk is full")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("old passphrase still opens")),
                 qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Changed the passphrase")));
        QCOMPARE(sha256(vaultPath()), before);
        QCOMPARE(leftovers(), QStringList());
        QCOMPARE(bindingCount(kOld), 3);
        QCOMPARE(bindingCount(kNew), -1);
    }

    void passwdInAReadOnlyFolderChangesNothing()
    {
        // Root ignores permissions, so as root the command runs as nobody (setpriv).
        const bool root = ::geteuid() == 0;
        if (root && QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty()) {
            QSKIP("setpriv (util-linux) is needed to drop root");
        }
        populate();
        const QString folder = m_dir->path();
        QStringList wrapper;
        if (root) {
            wrapper = {QStringLiteral("setpriv"), QStringLiteral("--reuid=65534"),
                       QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups")};
            QVERIFY(::chown(QFile::encodeName(vaultPath()).constData(), 65534, 65534) == 0);
            QVERIFY(::chown(QFile::encodeName(folder).constData(), 65534, 65534) == 0);
        }
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner |
                                                  QFileDevice::ReadOther | QFileDevice::ExeOther));
        const QByteArray before = sha256(vaultPath());
        const Run run =
            cli({QStringLiteral("passwd")}, line(kOld) + line(kNew) + line(kNew), wrapper);
        QVERIFY(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                  QFileDevice::ExeOwner));
        QVERIFY2(run.exitCode == 6, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("not writable")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("Changed the passphrase")));
        QCOMPARE(sha256(vaultPath()), before);
        // Reading still works without the lock file.
        const Run list = cli({QStringLiteral("list")}, line(kOld), wrapper);
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(bindingCount(kOld), 3);
    }

    void passwdReencryptsTheBackups()
    {
        populate();
        const QString exported = m_dir->filePath(QStringLiteral("all.json"));
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--all"),
                     QStringLiteral("-o"), exported})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("json"), exported}).exitCode, 0);
        QCOMPARE(backupIds().size(), 1);
        QVERIFY(backupIds().at(0).contains(QStringLiteral("-import")));
        const Run run = cli(
            {QStringLiteral("passwd"), QStringLiteral("--decryption-time"), QStringLiteral("1")},
            line(kOld) + line(kNew) + line(kNew));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(bindingCount(kNew), 3);
        QCOMPARE(bindingCount(kOld), -1);
        const QStringList ids = backupIds();
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0).contains(QStringLiteral("-passphrase")));
        // Every backup opens with the new passphrase only.
        for (const QString& id : ids) {
            const QString file =
                vaultPath() + QStringLiteral(".backups/") + id + QStringLiteral(".rebind");
            QProcess process;
            process.setProcessEnvironment(environment());
            for (const QByteArray& passphrase : {kNew, kOld}) {
                process.start(QStringLiteral(REBIND_CLI_PATH),
                              {QStringLiteral("--vault"), file, QStringLiteral("list")});
                process.write(line(passphrase));
                process.closeWriteChannel();
                QVERIFY(process.waitForFinished());
                QCOMPARE(process.exitCode(), passphrase == kNew ? 0 : 2);
            }
        }
        QCOMPARE(leftovers(), QStringList());
    }

    void restoreBringsBackAnEarlierStateAndKeepsTheCurrentOne()
    {
        populate();
        const QString exported = m_dir->filePath(QStringLiteral("extra.json"));
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--all"),
                     QStringLiteral("-o"), exported})
                     .exitCode,
                 0);
        // A backup is made before the import; the import itself adds nothing new here, so add
        // a service afterwards to tell the states apart.
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("json"), exported}).exitCode, 0);
        QCOMPARE(
            ok({QStringLiteral("add-binding"), QStringLiteral("13800138000"), QStringLiteral("jd")})
                .exitCode,
            0);
        QCOMPARE(bindingCount(), 4);
        const Run listed = cli({QStringLiteral("backups"), QStringLiteral("list")}, {});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QStringLiteral("before an import")), qPrintable(listed.out));

        Run run = cli({QStringLiteral("backups"), QStringLiteral("restore"), QStringLiteral("1")},
                      line(kOld));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(bindingCount(), 3);
        QStringList ids = backupIds();
        QCOMPARE(ids.size(), 2);
        QVERIFY(ids.at(0).contains(QStringLiteral("-restore")));
        // The restore is undone by restoring what it kept.
        run = cli({QStringLiteral("backups"), QStringLiteral("restore"), ids.at(0)}, line(kOld));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(bindingCount(), 4);

        // Unknown backup: 7; wrong passphrase: 2 and nothing changes.
        QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("restore"),
                      QStringLiteral("20000101-000000-import")},
                     line(kOld))
                     .exitCode,
                 7);
        const QByteArray before = sha256(vaultPath());
        QCOMPARE(cli({QStringLiteral("backups"), QStringLiteral("restore"), QStringLiteral("1")},
                     line("wrong passphrase entirely"))
                     .exitCode,
                 2);
        QCOMPARE(sha256(vaultPath()), before);
    }

    void restoreWorksWhenTheVaultIsDamaged()
    {
        populate();
        const QString exported = m_dir->filePath(QStringLiteral("x.json"));
        QCOMPARE(ok({QStringLiteral("export"), QStringLiteral("json"), QStringLiteral("--all"),
                     QStringLiteral("-o"), exported})
                     .exitCode,
                 0);
        QCOMPARE(ok({QStringLiteral("import"), QStringLiteral("json"), exported}).exitCode, 0);
        {
            QFile file(vaultPath());
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(3 * 1024 + 100);
            file.write(QByteArray(200, '\x5a'));
        }
        // Reading commands check page 1 only (the damaged page may be one they never need);
        // "check" and every command that writes find the damage first.
        const Run checked = cli({QStringLiteral("check")}, line(kOld));
        QCOMPARE(checked.exitCode, 2);
        QVERIFY2(checked.err.contains(QStringLiteral("damaged")), qPrintable(checked.err));
        QCOMPARE(cli({QStringLiteral("add-person"), QStringLiteral("Aunt")}, line(kOld)).exitCode,
                 2);
        const Run run =
            cli({QStringLiteral("backups"), QStringLiteral("restore"), QStringLiteral("1")},
                line(kOld));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(bindingCount(), 3);
        // The damaged file was kept too (it may hold something worth rescuing).
        QVERIFY(backupIds().at(0).contains(QStringLiteral("-restore")));
    }

    void upgradingAnOldVaultKeepsABackup()
    {
        QVERIFY(QFile::copy(QStringLiteral(REBIND_TEST_FIXTURES "/vault-v1.rebind"), vaultPath()));
        QFile::setPermissions(vaultPath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        const QByteArray original = sha256(vaultPath());
        const Run run = cli({QStringLiteral("add-person"), QStringLiteral("Dad")},
                            line("fixture passphrase v1"));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList ids = backupIds();
        QCOMPARE(ids.size(), 1);
        QVERIFY(ids.at(0).contains(QStringLiteral("-upgrade")));
        QCOMPARE(sha256(vaultPath() + QStringLiteral(".backups/") + ids.at(0) +
                        QStringLiteral(".rebind")),
                 original);
    }
};

QTEST_GUILESS_MAIN(TestVaultSafety)
#include "tst_vault_safety.moc"
