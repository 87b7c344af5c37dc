#include "AndroidSmsBackupReader.h"

#include "CharacterReferenceRepair.h"
#include "SmsBodyLimit.h"
#include "Utf8Check.h"

#include <climits>
#include <optional>
#include <QXmlStreamReader>

namespace rebind {

namespace {

using Sink = std::function<bool(const SmsMessage&)>;
using Progress = std::function<void(qint64)>;

constexpr qint64 kChunkBytes = 64 * 1024;
constexpr int kMaxDepth = 64;
constexpr qint64 kMaxElementBytes = qint64(32) * 1024 * 1024;
// Android's MMS address types (PduHeaders.FROM, PduHeaders.TO).
constexpr int kMmsFrom = 137;
constexpr int kMmsTo = 151;
// No phone kept messages before 1973; a smaller "millisecond" value is really in seconds.
constexpr qint64 kSecondsBelow = 100'000'000'000;

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

QDateTime timeFrom(QStringView text)
{
    bool ok = false;
    qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0) {
        return {};
    }
    if (value < kSecondsBelow) {
        value *= 1000;
    }
    return QDateTime::fromMSecsSinceEpoch(value, Qt::UTC);
}

struct PendingMms
{
    QDateTime at;
    bool incoming = true;
    QString address; // the mms element's own address attribute
    QString from;
    QString to;
    QString text;
};

// One pass over one backup; the state that read() would otherwise pass around.
class BackupParser
{
public:
    BackupParser(QIODevice& input, const Sink& sink, const Progress& progress)
        : m_input(input), m_sink(sink), m_progress(progress)
    {
        m_xml.setNamespaceProcessing(false);
    }

    Result<SmsReadSummary> run();

private:
    enum class Stop
    {
        No,
        Finished,  // the root element closed
        Cancelled, // the sink asked to stop
        Problem,   // m_problem says what went wrong
    };

    void feed();
    Result<SmsReadSummary> onParseError();
    Stop enter();
    Stop leave();
    Stop checkRoot(QStringView name);
    Stop readSms();
    void startMms();
    void readMmsPart();
    void readMmsAddress();
    Stop deliverMms();
    Stop deliver(SmsMessage& message, bool cut);
    Stop problem(const QString& text);
    Result<SmsReadSummary> outcome(Stop stop);
    Result<SmsReadSummary> partialOrError(const QString& text, ErrorCode code);

    QIODevice& m_input;
    const Sink& m_sink;
    const Progress& m_progress;
    QXmlStreamReader m_xml;
    CharacterReferenceRepair m_repair;
    SmsReadSummary m_summary;
    qint64 m_bytesRead = 0;
    qint64 m_bytesAtLastToken = 0;
    qint64 m_cutBodies = 0;
    qint64 m_badByteAt = -1; // where the input stops being UTF-8, if it does
    QByteArray m_utf8Carry;  // a sequence the last read cut in two
    int m_depth = 0;
    bool m_inputDone = false;
    std::optional<PendingMms> m_mms;
    QString m_problem;
};

Result<SmsReadSummary> BackupParser::run()
{
    for (;;) {
        Stop stop = Stop::No;
        switch (m_xml.readNext()) {
        case QXmlStreamReader::Invalid:
            if (m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_inputDone) {
                return onParseError();
            }
            if (m_bytesRead - m_bytesAtLastToken > kMaxElementBytes) {
                return partialOrError(
                    AndroidSmsBackupReader::tr("An element at line %1 is larger than 32 MiB, "
                                               "which no SMS backup holds; reading stopped there.")
                        .arg(m_xml.lineNumber()),
                    ErrorCode::InvalidInput);
            }
            feed();
            continue;
        case QXmlStreamReader::DTD:
            return makeError(ErrorCode::InvalidInput,
                             AndroidSmsBackupReader::tr(
                                 "This file declares its own entities, which SMS backups never "
                                 "do; it is not read."));
        case QXmlStreamReader::StartElement:
            stop = enter();
            break;
        case QXmlStreamReader::EndElement:
            stop = leave();
            break;
        default:
            break;
        }
        m_bytesAtLastToken = m_bytesRead;
        if (stop != Stop::No) {
            return outcome(stop);
        }
    }
}

void BackupParser::feed()
{
    const QByteArray chunk = m_input.read(kChunkBytes);
    if (chunk.isEmpty()) {
        // A sequence cut off by the end of the file goes to the parser, which reports the end.
        m_inputDone = true;
        m_xml.addData(m_repair.feed(m_utf8Carry));
        m_xml.addData(m_repair.finish());
        return;
    }
    const qint64 offset = m_bytesRead - m_utf8Carry.size(); // of data's first byte in the file
    m_bytesRead += chunk.size();
    QByteArray data = m_utf8Carry.isEmpty() ? chunk : m_utf8Carry + chunk;
    m_utf8Carry.clear();
    bool invalid = false;
    const qsizetype valid = Utf8Check::validPrefix(data, &invalid);
    if (invalid) {
        // The parser gets everything before the bad byte, and nothing after it.
        m_badByteAt = offset + valid;
        m_inputDone = true;
    } else {
        m_utf8Carry = data.mid(valid);
    }
    data.truncate(valid);
    m_xml.addData(m_repair.feed(data));
    if (invalid) {
        m_xml.addData(m_repair.finish());
    }
    if (m_progress) {
        m_progress(m_bytesRead);
    }
}

Result<SmsReadSummary> BackupParser::onParseError()
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
        if (m_badByteAt >= 0 && m_depth == 0) {
            return makeError(ErrorCode::InvalidInput,
                             AndroidSmsBackupReader::tr("This is not an SMS Backup & Restore "
                                                        "file: byte %1 is not UTF-8 text.")
                                 .arg(m_badByteAt));
        }
        if (m_badByteAt >= 0) {
            return partialOrError(AndroidSmsBackupReader::tr("The file is damaged at line %1: "
                                                             "byte %2 is not UTF-8 text, which "
                                                             "SMS Backup & Restore always "
                                                             "writes.")
                                      .arg(m_xml.lineNumber())
                                      .arg(m_badByteAt),
                                  ErrorCode::Damaged);
        }
        if (m_bytesRead == 0) {
            return makeError(ErrorCode::InvalidInput,
                             AndroidSmsBackupReader::tr("The file is empty."));
        }
        return partialOrError(AndroidSmsBackupReader::tr("The file ends early; it may have been "
                                                         "cut off while it was copied."),
                              ErrorCode::Damaged);
    }
    if (m_depth == 0) {
        return makeError(ErrorCode::InvalidInput,
                         AndroidSmsBackupReader::tr("This is not an SMS Backup & Restore file: %1 "
                                                    "(line %2, column %3).")
                             .arg(m_xml.errorString())
                             .arg(m_xml.lineNumber())
                             .arg(m_xml.columnNumber()));
    }
    return partialOrError(AndroidSmsBackupReader::tr("The file is damaged at line %1, column %2: "
                                                     "%3")
                              .arg(m_xml.lineNumber())
                              .arg(m_xml.columnNumber())
                              .arg(m_xml.errorString()),
                          ErrorCode::Damaged);
}

BackupParser::Stop BackupParser::enter()
{
    ++m_depth;
    if (m_depth > kMaxDepth) {
        return problem(AndroidSmsBackupReader::tr("This file nests elements more than %1 levels "
                                                  "deep, which SMS backups never do; it is not "
                                                  "read further.")
                           .arg(kMaxDepth));
    }
    const QStringView name = m_xml.name();
    if (m_depth == 1) {
        return checkRoot(name);
    }
    if (m_depth == 2) {
        if (name == QLatin1String("sms")) {
            return readSms();
        }
        if (name == QLatin1String("mms")) {
            startMms();
        }
        return Stop::No;
    }
    if (m_mms) {
        if (name == QLatin1String("part")) {
            readMmsPart();
        } else if (name == QLatin1String("addr")) {
            readMmsAddress();
        }
    }
    return Stop::No;
}

BackupParser::Stop BackupParser::leave()
{
    Stop stop = Stop::No;
    if (m_depth == 2 && m_mms) {
        stop = deliverMms();
    }
    --m_depth;
    if (m_depth == 0 && stop == Stop::No) {
        stop = Stop::Finished;
    }
    return stop;
}

BackupParser::Stop BackupParser::checkRoot(QStringView name)
{
    if (name == QLatin1String("smses")) {
        return Stop::No;
    }
    // The same app backs up call logs, into a file that users easily pick by mistake.
    if (name == QLatin1String("calls")) {
        return problem(AndroidSmsBackupReader::tr("This is a call log backup, not an SMS backup. "
                                                  "Choose the file whose name starts with "
                                                  "“sms-”."));
    }
    return problem(AndroidSmsBackupReader::tr("This XML file is not an SMS backup: its top element "
                                              "is <%1>, where SMS Backup & Restore writes "
                                              "<smses>.")
                       .arg(name.left(40)));
}

BackupParser::Stop BackupParser::readSms()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView body = attributes.value(QLatin1String("body"));
    if (body.isEmpty()) {
        return Stop::No;
    }
    SmsMessage message;
    message.at = timeFrom(attributes.value(QLatin1String("date")));
    message.sender = attributes.value(QLatin1String("address")).toString();
    message.incoming = attributes.value(QLatin1String("type")) == QLatin1String("1");
    bool cut = false;
    message.body = SmsBodyLimit::cap(body, &cut);
    return deliver(message, cut);
}

void BackupParser::startMms()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    PendingMms mms;
    mms.at = timeFrom(attributes.value(QLatin1String("date")));
    mms.incoming = attributes.value(QLatin1String("msg_box")) == QLatin1String("1");
    // A group message lists everyone, separated by "~".
    const QStringView address = attributes.value(QLatin1String("address"));
    mms.address = address.left(address.indexOf(QLatin1Char('~'))).toString();
    m_mms = std::move(mms);
}

void BackupParser::readMmsPart()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    if (!attributes.value(QLatin1String("ct"))
             .startsWith(QLatin1String("text/plain"), Qt::CaseInsensitive)) {
        return;
    }
    const QStringView text = attributes.value(QLatin1String("text"));
    QString& joined = m_mms->text;
    // Only as much as the cap could keep, so that many large parts cannot add up.
    const qsizetype room = SmsBodyLimit::kMaxBytes + 1 - joined.size();
    if (text.isEmpty() || room <= 0) {
        return;
    }
    if (!joined.isEmpty()) {
        joined.append(QLatin1Char('\n'));
    }
    joined.append(text.left(room));
}

void BackupParser::readMmsAddress()
{
    const QXmlStreamAttributes attributes = m_xml.attributes();
    const QStringView address = attributes.value(QLatin1String("address"));
    // The phone's own side of a sent message, before the network filled it in.
    if (address.isEmpty() || address == QLatin1String("insert-address-token")) {
        return;
    }
    const int type = attributes.value(QLatin1String("type")).toInt();
    if (type == kMmsFrom && m_mms->from.isEmpty()) {
        m_mms->from = address.toString();
    } else if (type == kMmsTo && m_mms->to.isEmpty()) {
        m_mms->to = address.toString();
    }
}

BackupParser::Stop BackupParser::deliverMms()
{
    PendingMms mms = std::move(*m_mms);
    m_mms.reset();
    if (mms.text.isEmpty()) {
        return Stop::No;
    }
    SmsMessage message;
    message.at = mms.at;
    message.incoming = mms.incoming;
    const QString& party = mms.incoming ? mms.from : mms.to;
    message.sender = party.isEmpty() ? mms.address : party;
    bool cut = false;
    message.body = SmsBodyLimit::cap(mms.text, &cut);
    return deliver(message, cut);
}

BackupParser::Stop BackupParser::deliver(SmsMessage& message, bool cut)
{
    if (cut) {
        ++m_cutBodies;
    }
    ++m_summary.messages;
    return m_sink(message) ? Stop::No : Stop::Cancelled;
}

BackupParser::Stop BackupParser::problem(const QString& text)
{
    m_problem = text;
    return Stop::Problem;
}

Result<SmsReadSummary> BackupParser::outcome(Stop stop)
{
    if (stop == Stop::Problem) {
        return partialOrError(m_problem, ErrorCode::InvalidInput);
    }
    m_summary.cancelled = stop == Stop::Cancelled;
    if (m_cutBodies > 0) {
        m_summary.warnings.append(
            AndroidSmsBackupReader::tr("%n message(s) were longer than 64 KiB and were cut short.",
                                       nullptr, clampToInt(m_cutBodies)));
    }
    return m_summary;
}

Result<SmsReadSummary> BackupParser::partialOrError(const QString& text, ErrorCode code)
{
    if (m_summary.messages == 0) {
        return makeError(code, text);
    }
    m_summary.warnings.append(
        text + QLatin1Char(' ') +
        AndroidSmsBackupReader::tr("The %n message(s) before this point were read.", nullptr,
                                   clampToInt(m_summary.messages)));
    return outcome(Stop::Finished);
}

} // namespace

Result<SmsReadSummary> AndroidSmsBackupReader::read(QIODevice& input, const Sink& sink,
                                                    const Progress& progress)
{
    return BackupParser(input, sink, progress).run();
}

} // namespace rebind
