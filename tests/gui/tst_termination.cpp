// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGTERM, SIGINT and SIGHUP end the real rebind through its event loop: it exits with status 0
// and its destructors run, which the single-instance socket shows by being gone afterwards. The
// default action would kill it and leave the socket behind. A signal ignored at start (SIGHUP
// under nohup) stays ignored.

#include "SingleInstance.h"

#include <csignal>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace rebind;

namespace {

constexpr int kWaitMs = 20000;

} // namespace

class TestTermination : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signalEndsTheEventLoop_data();
    void signalEndsTheEventLoop();
    void ignoredSignalStaysIgnored();

private:
    // Starts rebind on a vault that does not exist yet (the first-run dialog) and returns once it
    // listens for a second start, which it does after its signal handlers are in place.
    bool start(QProcess& rebind, const QString& program, const QStringList& arguments);

    std::unique_ptr<QTemporaryDir> m_home;
    QString m_socket;
};

void TestTermination::initTestCase()
{
    QVERIFY(QFileInfo::exists(QStringLiteral(REBIND_GUI_PATH)));
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    // A private runtime folder: no other Rebind of this user answers or owns the socket.
    const QString runtime = m_home->filePath(QStringLiteral("run"));
    QVERIFY(QDir().mkpath(runtime));
    QVERIFY(QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ExeOwner));
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
    m_socket = SingleInstance::serverName();
    QVERIFY(m_socket.startsWith(runtime));
}

bool TestTermination::start(QProcess& rebind, const QString& program, const QStringList& arguments)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home->path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home->filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home->filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
               QStringLiteral("unix:path=") + m_home->filePath(QStringLiteral("no-bus")));
    rebind.setProcessEnvironment(env);
    rebind.setProcessChannelMode(QProcess::ForwardedChannels);
    rebind.start(program, arguments);
    if (!rebind.waitForStarted(kWaitMs)) {
        return false;
    }
    for (int waited = 0; !QFileInfo::exists(m_socket) && waited < kWaitMs; waited += 20) {
        if (rebind.state() == QProcess::NotRunning) {
            return false;
        }
        QTest::qWait(20);
    }
    return QFileInfo::exists(m_socket);
}

void TestTermination::signalEndsTheEventLoop_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << SIGTERM;
    QTest::newRow("SIGINT") << SIGINT;
    QTest::newRow("SIGHUP") << SIGHUP;
}

void TestTermination::signalEndsTheEventLoop()
{
    QFETCH(int, signal);
    QProcess rebind;
    const QString vault = m_home->filePath(QStringLiteral("never-created.rebind"));
    QVERIFY(start(rebind, QStringLiteral(REBIND_GUI_PATH), {QStringLiteral("--vault"), vault}));

    QCOMPARE(::kill(static_cast<pid_t>(rebind.processId()), signal), 0);
    QVERIFY(rebind.waitForFinished(kWaitMs));
    QCOMPARE(rebind.exitStatus(), QProcess::NormalExit);
    QCOMPARE(rebind.exitCode(), 0);
    QVERIFY2(!QFileInfo::exists(m_socket), "the single-instance socket outlived rebind");
    QVERIFY(!QFileInfo::exists(vault));
}

void TestTermination::ignoredSignalStaysIgnored()
{
    // nohup's way: SIGHUP ignored, then exec. rebind must not take it back.
    QProcess rebind;
    const QString vault = m_home->filePath(QStringLiteral("never-created.rebind"));
    QVERIFY(start(rebind, QStringLiteral("/bin/sh"),
                  {QStringLiteral("-c"), QStringLiteral("trap '' HUP; exec \"$0\" --vault \"$1\""),
                   QStringLiteral(REBIND_GUI_PATH), vault}));

    QCOMPARE(::kill(static_cast<pid_t>(rebind.processId()), SIGHUP), 0);
    // A round trip through its event loop, after the signal: had it been handled, the loop
    // would have ended instead of answering.
    QCOMPARE(SingleInstance().askRunningToRaise(), SingleInstance::Answer::Raised);
    QCOMPARE(rebind.state(), QProcess::Running);

    QCOMPARE(::kill(static_cast<pid_t>(rebind.processId()), SIGTERM), 0);
    QVERIFY(rebind.waitForFinished(kWaitMs));
    QCOMPARE(rebind.exitStatus(), QProcess::NormalExit);
    QCOMPARE(rebind.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestTermination)
#include "tst_termination.moc"
