// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AndroidSmsBackupReader.h"

#include "CharacterReferenceRepair.h"
#include "SmsBodyLimit.h"
#include "Utf8Check.h"

#include <algorithm>
#include <climits>
#include <cstring>
#include <libxml/parser.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <optional>

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

// NOENT: the five predefined entities and character references come out as the characters
// they stand for (without it, libxml2 hands "&amp;" on as "&#38;"); no other entity can exist,
// as a DTD stops the reading before its declarations are read. HUGE: libxml2's own 10 MB caps
// on one value and one look-ahead give way to ours (kMaxElementBytes, SmsBodyLimit).
// IGNORE_ENC: the bytes are checked to be UTF-8 (Utf8Check), so they are read as UTF-8 whatever
// the declaration says.
constexpr int kParseOptions =
    XML_PARSE_NOENT | XML_PARSE_NONET | XML_PARSE_HUGE | XML_PARSE_IGNORE_ENC | XML_PARSE_NOWARNING;

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

QDateTime timeFrom(QByteArrayView text)
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

QByteArrayView bytes(const xmlChar* text)
{
    return QByteArrayView(reinterpret_cast<const char*>(text));
}

// The names the reader looks for, as the parser's dictionary holds them. libxml2 hands over
// every element and attribute name from that dictionary, so a name is recognised by its address,
// without comparing text: a comparison per attribute of every message otherwise.
struct Names
{
    const xmlChar* smses = nullptr;
    const xmlChar* calls = nullptr;
    const xmlChar* sms = nullptr;
    const xmlChar* mms = nullptr;
    const xmlChar* part = nullptr;
    const xmlChar* addr = nullptr;
    const xmlChar* address = nullptr;
    const xmlChar* body = nullptr;
    const xmlChar* date = nullptr;
    const xmlChar* type = nullptr;
    const xmlChar* msgBox = nullptr;
    const xmlChar* ct = nullptr;
    const xmlChar* text = nullptr;

    // False when the dictionary could not take them (out of memory).
    bool intern(xmlDictPtr dict)
    {
        bool ok = true;
        const auto name = [&](const char* spelling) {
            const xmlChar* held =
                xmlDictLookup(dict, reinterpret_cast<const xmlChar*>(spelling), -1);
            ok = ok && held != nullptr;
            return held;
        };
        smses = name("smses");
        calls = name("calls");
        sms = name("sms");
        mms = name("mms");
        part = name("part");
        addr = name("addr");
        address = name("address");
        body = name("body");
        date = name("date");
        type = name("type");
        msgBox = name("msg_box");
        ct = name("ct");
        text = name("text");
        return ok;
    }
};

// An element's attributes as libxml2's SAX2 interface hands them over: five pointers each
// (local name, prefix, namespace, value start, value end), values already decoded.
class Attributes
{
public:
    Attributes(const xmlChar** attributes, int count) : m_attributes(attributes), m_count(count) {}

    // name: from Names.
    QByteArrayView value(const xmlChar* name) const
    {
        for (int i = 0; i < m_count; ++i) {
            const xmlChar** attribute = m_attributes + 5 * i;
            if (attribute[0] == name) {
                return QByteArrayView(reinterpret_cast<const char*>(attribute[3]),
                                      reinterpret_cast<const char*>(attribute[4]));
            }
        }
        return {};
    }

private:
    const xmlChar** m_attributes;
    int m_count;
};

struct PendingMms
{
    QDateTime at;
    bool incoming = true;
    QString address; // the mms element's own address attribute
    QString from;
    QString to;
    QString text;
};

// libxml2's first fatal error, in the terms the messages need.
struct ParseError
{
    QString text;
    int line = 0;
    int column = 0;
};

// One pass over one backup, through libxml2's push parser with SAX callbacks: no tree is built,
// and each message is handed on as soon as its element is parsed.
class BackupParser
{
public:
    BackupParser(QIODevice& input, const Sink& sink, const Progress& progress)
        : m_input(input), m_sink(sink), m_progress(progress)
    {}
    ~BackupParser();
    BackupParser(const BackupParser&) = delete;
    BackupParser& operator=(const BackupParser&) = delete;

    Result<SmsReadSummary> run();

private:
    enum class Stop
    {
        No,
        Finished,  // the root element closed
        Cancelled, // the sink asked to stop
        Problem,   // m_problem says what went wrong
        Dtd,       // the file has a DOCTYPE
    };

    static void onStart(void* context, const xmlChar* name, const xmlChar*, const xmlChar*, int,
                        const xmlChar**, int attributeCount, int, const xmlChar** attributes);
    static void onEnd(void* context, const xmlChar*, const xmlChar*, const xmlChar*);
    static void onText(void* context, const xmlChar*, int);
    static void onDtd(void* context, const xmlChar*, const xmlChar*, const xmlChar*);
    static void onError(void* context, xmlErrorPtr error);

    bool createParser();
    // Reads, checks and repairs the next chunk; empty at the end of the input.
    QByteArray nextChunk();
    void halt(Stop stop);
    Stop enter(const xmlChar* name, const Attributes& attributes);
    Stop leave();
    Stop checkRoot(const xmlChar* name);
    void startSms(const Attributes& attributes);
    void startMms(const Attributes& attributes);
    void readMmsPart(const Attributes& attributes);
    void readMmsAddress(const Attributes& attributes);
    Stop deliverSms();
    Stop deliverMms();
    Stop deliver(SmsMessage& message, bool cut);
    Stop problem(const QString& text);
    Result<SmsReadSummary> onParseError(bool atEnd);
    Result<SmsReadSummary> outcome(Stop stop);
    Result<SmsReadSummary> partialOrError(const QString& text, ErrorCode code);

    QIODevice& m_input;
    const Sink& m_sink;
    const Progress& m_progress;
    xmlParserCtxtPtr m_parser = nullptr;
    Names m_names;
    CharacterReferenceRepair m_repair;
    SmsReadSummary m_summary;
    qint64 m_bytesRead = 0;
    qint64 m_bytesAtLastToken = 0;
    qint64 m_cutBodies = 0;
    qint64 m_badByteAt = -1; // where the input stops being UTF-8, if it does
    QByteArray m_utf8Carry;  // a sequence the last read cut in two
    int m_depth = 0;
    bool m_inputDone = false;
    bool m_lastChunk = false; // the parser is being told that the input is over
    // The last element reported started while the input was over and nothing came after it:
    // its start tag may have broken off.
    bool m_startUnsure = false;
    Stop m_stop = Stop::No;
    // libxml2 reports an element's start before it has seen the start tag's end, so an sms is
    // handed on at its end, when the tag is known to be whole.
    std::optional<SmsMessage> m_sms;
    bool m_smsCut = false;
    std::optional<PendingMms> m_mms;
    std::optional<ParseError> m_error;
    QString m_problem;
};

BackupParser::~BackupParser()
{
    if (m_parser != nullptr) {
        xmlFreeParserCtxt(m_parser);
    }
}

bool BackupParser::createParser()
{
    // libxml2 wants this once per process before threads use it; a static runs it once.
    static const bool initialised = [] {
        xmlInitParser();
        return true;
    }();
    (void)initialised;
    xmlSAXHandler sax;
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = &BackupParser::onStart;
    sax.endElementNs = &BackupParser::onEnd;
    sax.characters = &BackupParser::onText;
    sax.ignorableWhitespace = &BackupParser::onText;
    sax.internalSubset = &BackupParser::onDtd;
    sax.serror = &BackupParser::onError;
    m_parser = xmlCreatePushParserCtxt(&sax, this, nullptr, 0, nullptr);
    if (m_parser == nullptr) {
        return false;
    }
    xmlCtxtUseOptions(m_parser, kParseOptions);
    return m_names.intern(m_parser->dict);
}

Result<SmsReadSummary> BackupParser::run()
{
    if (!createParser()) {
        return makeError(ErrorCode::Internal,
                         AndroidSmsBackupReader::tr("The XML parser could not be started."));
    }
    for (;;) {
        if (m_bytesRead - m_bytesAtLastToken > kMaxElementBytes) {
            return partialOrError(AndroidSmsBackupReader::tr("An element at line %1 is larger "
                                                             "than 32 MiB, which no SMS backup "
                                                             "holds; reading stopped there.")
                                      .arg(xmlSAX2GetLineNumber(m_parser)),
                                  ErrorCode::InvalidInput);
        }
        const QByteArray chunk = nextChunk();
        m_lastChunk = m_inputDone;
        xmlParseChunk(m_parser, chunk.constData(), int(chunk.size()), m_lastChunk ? 1 : 0);
        // An element that broke off at the end of the file is that, not a wrong element.
        if (m_stop == Stop::Problem && m_lastChunk && m_error) {
            return onParseError(true);
        }
        if (m_stop != Stop::No) {
            return outcome(m_stop);
        }
        if (m_error) {
            return onParseError(m_lastChunk);
        }
        if (m_lastChunk) {
            // libxml2 reports a document that ends before its root closes; this is in case.
            m_error = ParseError();
            return onParseError(true);
        }
    }
}

QByteArray BackupParser::nextChunk()
{
    // While one element goes on, libxml2 looks back over all of it for its start on every
    // chunk; chunks as large as what is pending keep that linear (a 32 MiB element takes ten
    // looks, not five hundred).
    const qint64 pending = m_bytesRead - m_bytesAtLastToken;
    const qint64 size = std::max(kChunkBytes, std::min(pending, kMaxElementBytes + 1 - pending));
    const QByteArray chunk = m_input.read(size);
    if (chunk.isEmpty()) {
        // A sequence cut off by the end of the file goes to the parser, which reports the end.
        m_inputDone = true;
        return m_repair.feed(m_utf8Carry) + m_repair.finish();
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
    QByteArray out = m_repair.feed(data);
    if (invalid) {
        out += m_repair.finish();
    }
    if (m_progress) {
        m_progress(m_bytesRead);
    }
    return out;
}

void BackupParser::halt(Stop stop)
{
    m_stop = stop;
    // At the end of the input, an element's start may be all there is of it: libxml2 goes on to
    // say so (run() then reports the end, not the element). What is left to parse then is only
    // what it held back, and a DTD stops it in any case.
    if (stop != Stop::Problem || !m_lastChunk) {
        xmlStopParser(m_parser);
    }
}

void BackupParser::onStart(void* context, const xmlChar* name, const xmlChar*, const xmlChar*, int,
                           const xmlChar**, int attributeCount, int, const xmlChar** attributes)
{
    auto* self = static_cast<BackupParser*>(context);
    if (self->m_stop != Stop::No) {
        return;
    }
    self->m_bytesAtLastToken = self->m_bytesRead;
    self->m_startUnsure = self->m_lastChunk;
    const Stop stop = self->enter(name, Attributes(attributes, attributeCount));
    if (stop != Stop::No) {
        self->halt(stop);
    }
}

void BackupParser::onEnd(void* context, const xmlChar*, const xmlChar*, const xmlChar*)
{
    auto* self = static_cast<BackupParser*>(context);
    if (self->m_stop != Stop::No) {
        return;
    }
    self->m_bytesAtLastToken = self->m_bytesRead;
    self->m_startUnsure = false;
    const Stop stop = self->leave();
    if (stop != Stop::No) {
        self->halt(stop);
    }
}

void BackupParser::onText(void* context, const xmlChar*, int)
{
    auto* self = static_cast<BackupParser*>(context);
    self->m_bytesAtLastToken = self->m_bytesRead;
    self->m_startUnsure = false;
}

void BackupParser::onDtd(void* context, const xmlChar*, const xmlChar*, const xmlChar*)
{
    // Called at "<!DOCTYPE name", before any declaration in it is read.
    static_cast<BackupParser*>(context)->halt(Stop::Dtd);
}

void BackupParser::onError(void* context, xmlErrorPtr error)
{
    auto* self = static_cast<BackupParser*>(context);
    // Warnings and namespace errors (a prefix nobody declared) do not stop libxml2 or us.
    if (error == nullptr || error->level != XML_ERR_FATAL || self->m_error) {
        return;
    }
    ParseError found;
    found.text = QString::fromUtf8(error->message != nullptr ? error->message : "").trimmed();
    found.line = error->line;
    found.column = error->int2;
    self->m_error = found;
}

BackupParser::Stop BackupParser::enter(const xmlChar* name, const Attributes& attributes)
{
    ++m_depth;
    if (m_depth > kMaxDepth) {
        return problem(AndroidSmsBackupReader::tr("This file nests elements more than %1 levels "
                                                  "deep, which SMS backups never do; it is not "
                                                  "read further.")
                           .arg(kMaxDepth));
    }
    if (m_depth == 1) {
        return checkRoot(name);
    }
    if (m_depth == 2) {
        if (name == m_names.sms) {
            startSms(attributes);
            return Stop::No;
        }
        if (name == m_names.mms) {
            startMms(attributes);
        }
        return Stop::No;
    }
    if (m_mms) {
        if (name == m_names.part) {
            readMmsPart(attributes);
        } else if (name == m_names.addr) {
            readMmsAddress(attributes);
        }
    }
    return Stop::No;
}

BackupParser::Stop BackupParser::leave()
{
    Stop stop = Stop::No;
    if (m_depth == 2 && m_sms) {
        stop = deliverSms();
    } else if (m_depth == 2 && m_mms) {
        stop = deliverMms();
    }
    --m_depth;
    if (m_depth == 0 && stop == Stop::No) {
        stop = Stop::Finished;
    }
    return stop;
}

BackupParser::Stop BackupParser::checkRoot(const xmlChar* name)
{
    if (name == m_names.smses) {
        return Stop::No;
    }
    // The same app backs up call logs, into a file that users easily pick by mistake.
    if (name == m_names.calls) {
        return problem(AndroidSmsBackupReader::tr("This is a call log backup, not an SMS backup. "
                                                  "Choose the file whose name starts with "
                                                  "“sms-”."));
    }
    return problem(AndroidSmsBackupReader::tr("This XML file is not an SMS backup: its top element "
                                              "is <%1>, where SMS Backup & Restore writes "
                                              "<smses>.")
                       .arg(QString::fromUtf8(bytes(name)).left(40)));
}

void BackupParser::startSms(const Attributes& attributes)
{
    QByteArrayView body = attributes.value(m_names.body);
    if (body.isEmpty()) {
        return;
    }
    // Cut as UTF-8, before decoding: the same cut SmsBodyLimit::cap makes, without decoding
    // megabytes of a hostile body first.
    m_smsCut = body.size() > SmsBodyLimit::kMaxBytes;
    if (m_smsCut) {
        body = body.first(SmsBodyLimit::wholeUtf8Prefix(body.first(SmsBodyLimit::kMaxBytes)));
    }
    SmsMessage& message = m_sms.emplace();
    message.at = timeFrom(attributes.value(m_names.date));
    message.sender = QString::fromUtf8(attributes.value(m_names.address));
    message.incoming = attributes.value(m_names.type) == "1";
    message.body = QString::fromUtf8(body);
}

BackupParser::Stop BackupParser::deliverSms()
{
    SmsMessage message = std::move(*m_sms);
    m_sms.reset();
    return deliver(message, m_smsCut);
}

void BackupParser::startMms(const Attributes& attributes)
{
    PendingMms mms;
    mms.at = timeFrom(attributes.value(m_names.date));
    mms.incoming = attributes.value(m_names.msgBox) == "1";
    // A group message lists everyone, separated by "~".
    const QByteArrayView address = attributes.value(m_names.address);
    const qsizetype tilde = address.indexOf('~');
    mms.address = QString::fromUtf8(tilde < 0 ? address : address.first(tilde));
    m_mms = std::move(mms);
}

void BackupParser::readMmsPart(const Attributes& attributes)
{
    const QByteArrayView type = attributes.value(m_names.ct);
    constexpr QByteArrayView kPlain("text/plain");
    if (type.size() < kPlain.size() ||
        qstrnicmp(type.data(), kPlain.size(), kPlain.data(), kPlain.size()) != 0) {
        return;
    }
    const QByteArrayView text = attributes.value(m_names.text);
    QString& joined = m_mms->text;
    // Only as much as the cap could keep, so that many large parts cannot add up.
    const qsizetype room = SmsBodyLimit::kMaxBytes + 1 - joined.size();
    if (text.isEmpty() || room <= 0) {
        return;
    }
    if (!joined.isEmpty()) {
        joined.append(QLatin1Char('\n'));
    }
    // room counts UTF-16 units; as many bytes of UTF-8 never decode to fewer whole characters.
    const QByteArrayView kept =
        text.size() <= room ? text : text.first(SmsBodyLimit::wholeUtf8Prefix(text.first(room)));
    joined.append(QString::fromUtf8(kept));
}

void BackupParser::readMmsAddress(const Attributes& attributes)
{
    const QByteArrayView address = attributes.value(m_names.address);
    // The phone's own side of a sent message, before the network filled it in.
    if (address.isEmpty() || address == "insert-address-token") {
        return;
    }
    const int type = attributes.value(m_names.type).toInt();
    if (type == kMmsFrom && m_mms->from.isEmpty()) {
        m_mms->from = QString::fromUtf8(address);
    } else if (type == kMmsTo && m_mms->to.isEmpty()) {
        m_mms->to = QString::fromUtf8(address);
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

// atEnd: the error came once the parser had been told the input was over, which is how it
// reports a document that breaks off (libxml2 waits for the rest of an unfinished construct
// until then).
Result<SmsReadSummary> BackupParser::onParseError(bool atEnd)
{
    // Only elements whose start tag was whole count as entered.
    const int depth = m_startUnsure ? m_depth - 1 : m_depth;
    if (atEnd) {
        if (m_badByteAt >= 0 && depth == 0) {
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
                                      .arg(m_error->line)
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
    if (depth == 0) {
        return makeError(ErrorCode::InvalidInput,
                         AndroidSmsBackupReader::tr("This is not an SMS Backup & Restore file: %1 "
                                                    "(line %2, column %3).")
                             .arg(m_error->text)
                             .arg(m_error->line)
                             .arg(m_error->column));
    }
    return partialOrError(AndroidSmsBackupReader::tr("The file is damaged at line %1, column %2: "
                                                     "%3")
                              .arg(m_error->line)
                              .arg(m_error->column)
                              .arg(m_error->text),
                          ErrorCode::Damaged);
}

Result<SmsReadSummary> BackupParser::outcome(Stop stop)
{
    if (stop == Stop::Dtd) {
        return makeError(ErrorCode::InvalidInput,
                         AndroidSmsBackupReader::tr("This file declares its own entities, which "
                                                    "SMS backups never do; it is not read."));
    }
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
