// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// SmsReadAhead: SmsFileReader::read on a worker thread, with the sink and progress on the
// calling thread. What comes out must be exactly what SmsFileReader gives, in the same order.
#include "SmsBackupGenerator.h"
#include "SmsFileReader.h"
#include "SmsReadAhead.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace rebind;

namespace {

const QString kFixtures = QStringLiteral(REBIND_TEST_FIXTURES "/sms");

struct Outcome
{
    QList<SmsMessage> messages;
    QList<qint64> progress;
    std::optional<Result<SmsReadSummary>> result;
    bool otherThread = false; // the sink or progress was called on another thread
};

template <typename Read> Outcome collect(Read read, qsizetype stopAfter = -1)
{
    Outcome outcome;
    QThread* const caller = QThread::currentThread();
    outcome.result = read(
        [&](const SmsMessage& message) {
            outcome.otherThread = outcome.otherThread || QThread::currentThread() != caller;
            outcome.messages.append(message);
            return outcome.messages.size() != stopAfter;
        },
        [&](qint64 bytes) {
            outcome.otherThread = outcome.otherThread || QThread::currentThread() != caller;
            outcome.progress.append(bytes);
        });
    return outcome;
}

Outcome readAhead(const QString& path, qsizetype stopAfter = -1)
{
    return collect([&](const auto& sink,
                       const auto& progress) { return SmsReadAhead::read(path, sink, progress); },
                   stopAfter);
}

Outcome readDirectly(const QString& path)
{
    return collect([&](const auto& sink, const auto& progress) {
        return SmsFileReader::read(path, sink, progress);
    });
}

bool sameMessages(const QList<SmsMessage>& a, const QList<SmsMessage>& b)
{
    if (a.size() != b.size()) {
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].body != b[i].body || a[i].sender != b[i].sender || a[i].at != b[i].at ||
            a[i].incoming != b[i].incoming) {
            return false;
        }
    }
    return true;
}

} // namespace

class TestSmsReadAhead : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_large;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Many batches' worth, with MMS and emoji written the app's way.
        m_large = m_dir.filePath(QStringLiteral("large.xml"));
        QFile out(m_large);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(SmsBackupGenerator().write(out, 20000));
    }

    void sameAsTheReader_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("generated backup") << QString();
        QTest::newRow("android fixture") << kFixtures + QStringLiteral("/android-backup.xml");
        QTest::newRow("csv fixture") << kFixtures + QStringLiteral("/messages.csv");
        QTest::newRow("damaged backup") << kFixtures + QStringLiteral("/malformed/truncated.xml");
    }

    void sameAsTheReader()
    {
        QFETCH(QString, path);
        if (path.isEmpty()) {
            path = m_large;
        }
        const Outcome direct = readDirectly(path);
        const Outcome ahead = readAhead(path);
        QVERIFY(direct.result && ahead.result);
        QVERIFY2(ahead.result->ok(), qPrintable(ahead.result->message()));
        QVERIFY(!direct.messages.isEmpty());
        QVERIFY(sameMessages(ahead.messages, direct.messages));
        QCOMPARE((*ahead.result)->messages, (*direct.result)->messages);
        QCOMPARE((*ahead.result)->warnings, (*direct.result)->warnings);
        QVERIFY(!(*ahead.result)->cancelled);
        QVERIFY(!ahead.otherThread);
        // Progress only goes forward, and ends where the reader's does: at the whole file.
        QVERIFY(!ahead.progress.isEmpty());
        QVERIFY(std::is_sorted(ahead.progress.begin(), ahead.progress.end()));
        QCOMPARE(ahead.progress.last(), direct.progress.last());
        QCOMPARE(ahead.progress.last(), QFileInfo(path).size());
    }

    void sinkStops_data()
    {
        QTest::addColumn<int>("stopAfter");
        QTest::newRow("first message") << 1;
        QTest::newRow("inside a batch") << 700;
        QTest::newRow("last message") << 20000;
    }

    void sinkStops()
    {
        // The sink sees nothing after it said stop, and the summary counts what it saw.
        QFETCH(int, stopAfter);
        const Outcome ahead = readAhead(m_large, stopAfter);
        QVERIFY2(ahead.result->ok(), qPrintable(ahead.result->message()));
        QCOMPARE(ahead.messages.size(), stopAfter);
        QCOMPARE((*ahead.result)->messages, qint64(stopAfter));
        QVERIFY((*ahead.result)->cancelled);
        const Outcome direct = readDirectly(m_large);
        QVERIFY(sameMessages(ahead.messages, direct.messages.first(stopAfter)));
    }

    void errorsPassThrough()
    {
        for (const QString& path : {kFixtures + QStringLiteral("/no-such-file.xml"),
                                    kFixtures + QStringLiteral("/malformed/call-log.xml"),
                                    kFixtures + QStringLiteral("/malformed/garbage.bin")}) {
            const Outcome direct = readDirectly(path);
            const Outcome ahead = readAhead(path);
            QVERIFY(!direct.result->ok());
            QVERIFY(!ahead.result->ok());
            QCOMPARE(ahead.result->code(), direct.result->code());
            QCOMPARE(ahead.result->message(), direct.result->message());
            QVERIFY(ahead.messages.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSmsReadAhead)
#include "tst_sms_read_ahead.moc"
