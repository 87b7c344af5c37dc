// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IcsWriter.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

using namespace rebind;

namespace {

// Debian's interpreter on purpose: a pyenv shim first on PATH would not see python3-icalendar.
const QString kPython = QStringLiteral("/usr/bin/python3");

// Reads the calendar from stdin with the icalendar library and prints what it understood.
const char* const kParser = R"PY(
import json, sys
try:
    from icalendar import Calendar
except ImportError:
    sys.exit(3)
cal = Calendar.from_ical(sys.stdin.buffer.read())
events = []
for event in cal.walk('VEVENT'):
    events.append({
        'uid': str(event.get('UID')),
        'date': event.decoded('DTSTART').isoformat(),
        'end': event.decoded('DTEND').isoformat(),
        'summary': str(event.get('SUMMARY')),
        'description': str(event.get('DESCRIPTION', '')),
        'url': str(event.get('URL', '')),
        'alarms': len(event.walk('VALARM')),
        'triggers': [a.decoded('TRIGGER').total_seconds() for a in event.walk('VALARM')],
    })
print(json.dumps({'name': str(cal.get('X-WR-CALNAME')), 'events': events}))
)PY";

const QString kLongDescription =
    QStringLiteral("旧号码 138 0013 8000 注销之前，请先在招商银行 App 里把预留手机号改成新号码；"
                   "如果 App 要求验证旧号码的短信，请在旧卡还能收短信的时候完成。"
                   "Steps: open the app, go to Settings; Security, then “Change phone number”.\n"
                   "第二步：到营业厅办理，带上身份证、银行卡, and the new SIM.\\ 完成后回来打勾。");

QList<CalendarEvent> sampleEvents()
{
    CalendarEvent bank;
    bank.uid = QStringLiteral("5f0c2a1e-bank@rebind");
    bank.date = QDate(2026, 11, 20);
    bank.summary = QStringLiteral("换绑：招商银行（预留手机号）");
    bank.description = kLongDescription;
    bank.url = QStringLiteral("https://www.cmbchina.com/help?q=phone,change;v=2");

    CalendarEvent wechat;
    wechat.uid = QStringLiteral("7d41-wechat@rebind");
    wechat.date = QDate(2026, 11, 25);
    wechat.summary = QStringLiteral("Rebind WeChat, Alipay; then check");
    wechat.description = QStringLiteral("Line one\nLine two, with a comma\r\nLine three; end");
    wechat.alarmDaysBefore = 2;

    CalendarEvent cancel;
    cancel.uid = QStringLiteral("cancel-13800138000@rebind");
    cancel.date = QDate(2026, 12, 31);
    cancel.summary = QStringLiteral("到营业厅注销 138 0013 8000");
    cancel.alarmDaysBefore = 0;
    return {bank, wechat, cancel};
}

QByteArray writeSample()
{
    IcsWriter writer([] { return QDateTime(QDate(2026, 11, 1), QTime(9, 30, 5), Qt::UTC); });
    return writer.write(QStringLiteral("换绑 · Mum, 138"), sampleEvents());
}

QByteArray unfold(QByteArray ics)
{
    return ics.replace("\r\n ", "");
}

// The value of the first unfolded content line of the form NAME:value after `from`.
QByteArray valueOf(const QByteArray& unfolded, const QByteArray& name, qsizetype from = 0)
{
    const QByteArray key = "\r\n" + name + ':';
    const qsizetype at = unfolded.indexOf(key, from);
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + key.size();
    return unfolded.mid(start, unfolded.indexOf("\r\n", start) - start);
}

QString unescape(const QByteArray& value)
{
    const QString text = QString::fromUtf8(value);
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
            const QChar next = text.at(i);
            out.append(next == QLatin1Char('n') || next == QLatin1Char('N') ? QLatin1Char('\n')
                                                                            : next);
        } else {
            out.append(text.at(i));
        }
    }
    return out;
}

QString normalisedBreaks(QString text)
{
    return text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
}

} // namespace

class TestIcs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escaping()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a\\b;c,d\ne\r\nf\rg")),
                 QByteArray("a\\\\b\\;c\\,d\\ne\\nf\\ng"));
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("tab\there\x01")), QByteArray("tab\there"));
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("中文：冒号")),
                 QStringLiteral("中文：冒号").toUtf8());
    }

    void foldingNeverSplitsACharacter()
    {
        // 3-byte characters after an odd prefix, so a naive 75-byte cut lands mid-sequence.
        const QByteArray line = "DESCRIPTION:" + QString(100, QChar(0x6362)).toUtf8();
        const QByteArray folded = IcsWriter::fold(line);
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> lines = folded.chopped(2).split('\n');
        QVERIFY(lines.size() > 4);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QByteArray physical = lines.at(i);
            QVERIFY(physical.endsWith('\r') || i == lines.size() - 1);
            if (physical.endsWith('\r')) {
                physical.chop(1);
            }
            QVERIFY2(physical.size() <= 75, physical.constData());
            QCOMPARE(physical.startsWith(' '), i > 0);
            const QByteArray content = i > 0 ? physical.mid(1) : physical;
            // Each piece decodes on its own: no character was cut in two.
            QCOMPARE(QString::fromUtf8(content).toUtf8(), content);
            QVERIFY(!QString::fromUtf8(content).contains(QChar::ReplacementCharacter));
        }
        QCOMPARE(unfold(folded), line + "\r\n");
        QCOMPARE(IcsWriter::fold("SHORT:x"), QByteArray("SHORT:x\r\n"));
        const QByteArray exact(75, 'a');
        QCOMPARE(IcsWriter::fold(exact), exact + "\r\n");
        QCOMPARE(IcsWriter::fold(exact + 'b'), exact + "\r\n b\r\n");
    }

    void alarmTriggers()
    {
        QCOMPARE(IcsWriter::alarmTrigger(0), QByteArray("PT9H"));
        QCOMPARE(IcsWriter::alarmTrigger(1), QByteArray("-PT15H"));
        QCOMPARE(IcsWriter::alarmTrigger(2), QByteArray("-P1DT15H"));
        QCOMPARE(IcsWriter::alarmTrigger(7), QByteArray("-P6DT15H"));
    }

    void physicalLinesAreShortAndCrlf()
    {
        const QByteArray ics = writeSample();
        QVERIFY(
            ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Rebind//Rebind//EN\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.contains("\r\nCALSCALE:GREGORIAN\r\n"));
        QCOMPARE(ics.count("BEGIN:VEVENT\r\n"), 3);
        QCOMPARE(ics.count("BEGIN:VALARM\r\n"), 3);
        QCOMPARE(ics.count("\r\nDTSTAMP:20261101T093005Z\r\n"), 3);
        QVERIFY(ics.contains("\r\nDTSTART;VALUE=DATE:20261120\r\nDTEND;VALUE=DATE:20261121\r\n"));
        QVERIFY(ics.contains("\r\nDTSTART;VALUE=DATE:20261231\r\nDTEND;VALUE=DATE:20270101\r\n"));
        QCOMPARE(ics.count("\r\nURL:"), 1);
        qsizetype folds = 0;
        for (const QByteArray& line : ics.split('\n')) {
            if (line.isEmpty()) {
                continue; // after the final CRLF
            }
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
            QVERIFY(!line.chopped(1).contains('\r'));
            folds += line.startsWith(' ') ? 1 : 0;
        }
        QVERIFY(kLongDescription.toUtf8().size() > 200);
        QVERIFY(folds >= 3);
        QVERIFY(QString::fromUtf8(ics).toUtf8() == ics); // valid UTF-8 throughout
    }

    void unfoldingRestoresTheText()
    {
        const QByteArray unfolded = unfold(writeSample());
        const QList<CalendarEvent> events = sampleEvents();
        qsizetype from = 0;
        for (const CalendarEvent& event : events) {
            from = unfolded.indexOf("BEGIN:VEVENT", from);
            QVERIFY(from >= 0);
            QCOMPARE(unescape(valueOf(unfolded, "UID", from)), event.uid);
            QCOMPARE(unescape(valueOf(unfolded, "SUMMARY", from)), event.summary);
            if (!event.description.isEmpty()) {
                QCOMPARE(unescape(valueOf(unfolded, "DESCRIPTION", from)),
                         normalisedBreaks(event.description));
            }
            from += 1;
        }
        QCOMPARE(unescape(valueOf(unfolded, "X-WR-CALNAME")), QStringLiteral("换绑 · Mum, 138"));
        QCOMPARE(valueOf(unfolded, "URL"),
                 QByteArray("https://www.cmbchina.com/help?q=phone,change;v=2"));
    }

    void eventsWithoutDateOrUidAreLeftOut()
    {
        CalendarEvent undated;
        undated.uid = QStringLiteral("x@rebind");
        CalendarEvent anonymous;
        anonymous.date = QDate(2026, 1, 1);
        CalendarEvent silent;
        silent.uid = QStringLiteral("silent@rebind");
        silent.date = QDate(2026, 1, 2);
        silent.alarmDaysBefore = -1;
        const QByteArray ics = IcsWriter().write(QStringLiteral("x"), {undated, anonymous, silent});
        QCOMPARE(ics.count("BEGIN:VEVENT"), 1);
        QVERIFY(ics.contains("UID:silent@rebind"));
        QVERIFY(!ics.contains("VALARM"));
        QVERIFY(!ics.contains("\r\nDESCRIPTION:"));
    }

    void realParserReadsIt()
    {
        if (!QFileInfo(kPython).isExecutable()) {
            QFAIL("/usr/bin/python3 is missing: install python3-icalendar (apt-get install "
                  "python3-icalendar), which reads the calendars back.");
        }
        QProcess python;
        python.start(kPython, {QStringLiteral("-c"), QString::fromUtf8(kParser)});
        QVERIFY(python.waitForStarted());
        python.write(writeSample());
        python.closeWriteChannel();
        QVERIFY(python.waitForFinished(60000));
        if (python.exitCode() == 3) {
            QFAIL("The Python module icalendar is missing: install the Debian package "
                  "python3-icalendar (apt-get install python3-icalendar).");
        }
        QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        QJsonParseError error{};
        const QJsonObject parsed =
            QJsonDocument::fromJson(python.readAllStandardOutput(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(parsed.value(QLatin1String("name")).toString(), QStringLiteral("换绑 · Mum, 138"));
        const QJsonArray parsedEvents = parsed.value(QLatin1String("events")).toArray();
        const QList<CalendarEvent> events = sampleEvents();
        QCOMPARE(parsedEvents.size(), events.size());
        const QList<double> triggerHours{-15, -39, 9};
        for (qsizetype i = 0; i < events.size(); ++i) {
            const QJsonObject got = parsedEvents.at(i).toObject();
            const CalendarEvent& want = events.at(i);
            QCOMPARE(got.value(QLatin1String("uid")).toString(), want.uid);
            QCOMPARE(got.value(QLatin1String("date")).toString(), want.date.toString(Qt::ISODate));
            QCOMPARE(got.value(QLatin1String("end")).toString(),
                     want.date.addDays(1).toString(Qt::ISODate));
            QCOMPARE(got.value(QLatin1String("summary")).toString(), want.summary);
            QCOMPARE(got.value(QLatin1String("description")).toString(),
                     normalisedBreaks(want.description));
            QCOMPARE(got.value(QLatin1String("url")).toString(), want.url);
            QCOMPARE(got.value(QLatin1String("alarms")).toInt(), 1);
            const QJsonArray triggers = got.value(QLatin1String("triggers")).toArray();
            QCOMPARE(triggers.size(), 1);
            QCOMPARE(triggers.at(0).toDouble(), triggerHours.at(i) * 3600);
        }
    }
};

QTEST_GUILESS_MAIN(TestIcs)
#include "tst_ics.moc"
