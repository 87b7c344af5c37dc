// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VmsgReader.h"

#include "SmsBodyLimit.h"
#include "VmsgLineReader.h"

#include <algorithm>
#include <climits>
#include <optional>
#include <QList>
#include <QStringDecoder>

namespace rebind {

namespace {

using Sink = std::function<bool(const SmsMessage&)>;
using Progress = std::function<void(qint64)>;

// Long enough for a 64 KiB text written quoted-printable without soft line breaks (three bytes
// a byte); longer lines are pictures.
constexpr qsizetype kMaxLineBytes = 256 * 1024;
constexpr int kMaxDepth = 16;
// Quoted-printable takes at most three bytes for each byte of text.
constexpr qsizetype kMaxQuotedPrintableBytes = 3 * SmsBodyLimit::kMaxBytes + 3;
// No phone kept messages before 1973; a smaller "millisecond" value is really in seconds.
constexpr qint64 kSecondsBelow = 100'000'000'000;

int clampToInt(qint64 value)
{
    return value > INT_MAX ? INT_MAX : int(value);
}

bool isNameCharacter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
}

// One "NAME;PARAM;PARAM:value" line, as views into it: a file has millions of lines.
struct Property
{
    QByteArrayView name;
    QByteArrayView params; // with their semicolons: ";ENCODING=QUOTED-PRINTABLE;…"
    QByteArrayView value;
};

std::optional<Property> parseProperty(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0) {
        return std::nullopt;
    }
    const qsizetype semicolon = line.first(colon).indexOf(';');
    const qsizetype nameEnd = semicolon >= 0 ? semicolon : colon;
    const QByteArrayView name = line.first(nameEnd).trimmed();
    if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isNameCharacter)) {
        return std::nullopt;
    }
    return Property{name, line.sliced(nameEnd, colon - nameEnd), line.sliced(colon + 1)};
}

bool is(QByteArrayView text, const char* expected)
{
    return text.compare(QByteArrayView(expected), Qt::CaseInsensitive) == 0;
}

QByteArray upper(QByteArrayView text)
{
    return text.trimmed().toByteArray().toUpper();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

// Quoted-printable without its soft line breaks (the caller joined the lines already). An "="
// that does not start a hex pair is kept as it is: some phones declare quoted-printable and
// write the text raw.
QByteArray decodeQuotedPrintable(QByteArrayView in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '=' && i + 2 < in.size()) {
            const int high = hexValue(in.at(i + 1));
            const int low = hexValue(in.at(i + 2));
            if (high >= 0 && low >= 0) {
                out.append(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QByteArray paramValue(const QByteArray& params, const QByteArray& key)
{
    const qsizetype at = params.indexOf(';' + key + '=');
    if (at < 0) {
        return {};
    }
    const qsizetype start = at + key.size() + 2;
    const qsizetype end = params.indexOf(';', start);
    return params.mid(start, end < 0 ? -1 : end - start).trimmed();
}

// Text from bytes in charset (UTF-8 when none is named or Qt does not know it); *invalid is set
// when the bytes are not valid in it.
QString decodeText(QByteArrayView bytes, const QByteArray& charset, bool* invalid)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    if (!charset.isEmpty() && charset != "UTF-8" && charset != "UTF8") {
        QStringDecoder named(charset.constData(), QStringDecoder::Flag::Stateless);
        if (named.isValid()) {
            decoder = std::move(named);
        }
    }
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *invalid = true;
    }
    return text;
}

QDateTime dateFromNumbers(const QList<int>& n, bool dayFirst, bool utc)
{
    const int year = dayFirst ? n.at(2) : n.at(0);
    const int month = n.at(1);
    const int day = dayFirst ? n.at(0) : n.at(2);
    // Android's DateFormat "kk" counts hours 1–24: midnight is 24.
    const int hour = n.at(3) == 24 ? 0 : n.at(3);
    const int second = n.size() > 5 ? n.at(5) : 0;
    const QDate date(year, month, day);
    const QTime time(hour, n.at(4), second);
    if (!date.isValid() || !time.isValid()) {
        return {};
    }
    const QDateTime asUtc(date, time, Qt::UTC);
    if (utc) {
        return asUtc;
    }
    // Local time. Working out its offset asks the C library, which looks at the time zone file
    // each time; exports run in date order, so the last hour's offset nearly always serves.
    struct LocalOffset
    {
        QDate date;
        int hour = -1;
        int seconds = 0;
    };
    thread_local LocalOffset last;
    if (last.date != date || last.hour != hour) {
        last = {date, hour, QDateTime(date, QTime(hour, 0), Qt::LocalTime).offsetFromUtc()};
    }
    return asUtc.addSecs(-last.seconds);
}

class VmsgParser
{
public:
    VmsgParser(QIODevice& input, const Sink& sink, const Progress& progress)
        : m_lines(input, kMaxLineBytes), m_sink(sink), m_progress(progress)
    {}

    Result<SmsReadSummary> run();

private:
    enum class Stop
    {
        No,
        Cancelled,
        Problem, // m_problem says what
    };

    // The message being read.
    struct Pending
    {
        // Declared, not defaulted: clang 14 will not default-construct a nested struct with
        // member initialisers inside std::optional::emplace() (the fuzz build uses it).
        Pending() {}
        QString originator; // TEL of the VCARD directly in the VMSG
        QString recipient;  // TEL of a VCARD inside a VENV
        QByteArray box;     // X-BOX or X-IRMC-BOX
        QByteArray messageType;
        QString date;
        QString nokiaDate;
        QString text;
        bool textStarted = false; // in VBODY: what follows is text, up to END:VBODY
        bool partTyped = false;   // in VPART: its content type was given
        bool partIsText = false;
        bool cut = false;
        bool invalid = false;
    };

    Stop onLine(const QByteArray& line, bool cut);
    Stop begin(const QByteArray& component);
    Stop end(const QByteArray& component);
    void onBody(const QByteArray& line, const std::optional<Property>& property, bool cut);
    void onHeader(const Property& property);
    void onPart(const Property& property, bool cut);
    void startValue(const Property& property, bool cut);
    void finishQuotedPrintable();
    void appendText(const QString& text);
    Stop deliver();
    Stop problem(const QString& text);
    Result<SmsReadSummary> finish();
    Result<SmsReadSummary> partialOrError(const QString& text, ErrorCode code);

    VmsgLineReader m_lines;
    const Sink& m_sink;
    const Progress& m_progress;
    SmsReadSummary m_summary;
    QList<QByteArray> m_stack; // component names, upper case, outermost first
    std::optional<Pending> m_message;
    bool m_seenMessage = false;
    // A quoted-printable value continued over soft line breaks.
    bool m_inQuotedPrintable = false;
    QByteArray m_quotedPrintable;
    QByteArray m_charset;
    qint64 m_cutBodies = 0;
    qint64 m_notUtf8 = 0;
    qint64 m_undated = 0;
    QString m_problem;
};

Result<SmsReadSummary> VmsgParser::run()
{
    QByteArray line;
    bool cut = false;
    qint64 reported = 0;
    while (m_lines.next(&line, &cut)) {
        if (m_progress && m_lines.bytesRead() != reported) {
            reported = m_lines.bytesRead();
            m_progress(reported);
        }
        switch (onLine(line, cut)) {
        case Stop::No:
            break;
        case Stop::Cancelled:
            m_summary.cancelled = true;
            return finish();
        case Stop::Problem:
            return partialOrError(m_problem, ErrorCode::InvalidInput);
        }
    }
    if (m_progress && m_lines.bytesRead() != reported) {
        m_progress(m_lines.bytesRead());
    }
    if (!m_seenMessage) {
        if (m_lines.bytesRead() == 0) {
            return makeError(ErrorCode::InvalidInput, VmsgReader::tr("The file is empty."));
        }
        return makeError(ErrorCode::InvalidInput,
                         VmsgReader::tr("This is not a vMessage file: it holds no BEGIN:VMSG."));
    }
    if (m_message) {
        return partialOrError(VmsgReader::tr("The file ends inside a message; it may have been "
                                             "cut off while it was copied."),
                              ErrorCode::Damaged);
    }
    return finish();
}

VmsgParser::Stop VmsgParser::onLine(const QByteArray& line, bool cut)
{
    const QByteArrayView trimmed = QByteArrayView(line).trimmed();
    if (m_inQuotedPrintable) {
        // A writer that ends its last value with "=" must not swallow the end of the body.
        if (!is(trimmed, "END:VBODY")) {
            const bool soft = line.endsWith('=');
            // Only as much as the text cap could keep, so that endless soft line breaks cannot
            // make it grow.
            if (m_quotedPrintable.size() < kMaxQuotedPrintableBytes) {
                m_quotedPrintable.append(soft ? line.chopped(1) : line);
                m_message->cut = m_message->cut || cut;
            } else {
                m_message->cut = true;
            }
            if (!soft) {
                finishQuotedPrintable();
            }
            return Stop::No;
        }
        finishQuotedPrintable();
    }
    if (!m_message) {
        if (trimmed.isEmpty()) {
            return Stop::No;
        }
        if (is(trimmed, "BEGIN:VMSG")) {
            m_message.emplace();
            m_stack = {QByteArrayLiteral("VMSG")};
            m_seenMessage = true;
            return Stop::No;
        }
        if (!m_seenMessage) {
            return problem(VmsgReader::tr("This is not a vMessage file: it starts with “%1”, "
                                          "where a vMessage file starts with BEGIN:VMSG.")
                               .arg(QString::fromUtf8(
                                   trimmed.first(std::min<qsizetype>(40, trimmed.size())))));
        }
        return Stop::No; // stray lines between messages
    }
    const QByteArray& top = m_stack.last();
    if (top == "VBODY" && m_message->textStarted) {
        if (is(trimmed, "END:VBODY")) {
            m_message->textStarted = false;
            return end(QByteArrayLiteral("VBODY"));
        }
        // Android writers put "/" before an "END:VBODY" that is part of the text.
        const QByteArrayView text =
            is(trimmed, "/END:VBODY") ? trimmed.sliced(1) : QByteArrayView(line);
        bool invalid = false;
        appendText(decodeText(text, QByteArray(), &invalid));
        m_message->invalid = m_message->invalid || invalid;
        m_message->cut = m_message->cut || cut;
        return Stop::No;
    }
    const std::optional<Property> property = parseProperty(trimmed);
    if (property && is(property->name, "BEGIN")) {
        return begin(upper(property->value));
    }
    if (property && is(property->name, "END")) {
        return end(upper(property->value));
    }
    if (top == "VBODY") {
        onBody(line, property, cut);
    } else if (top == "VCARD") {
        if (property && (is(property->name, "TEL") || is(property->name, "FROMTEL"))) {
            const QString tel = QString::fromUtf8(property->value.trimmed());
            QString& party = m_stack.contains(QByteArrayLiteral("VENV")) ? m_message->recipient
                                                                         : m_message->originator;
            if (party.isEmpty()) {
                party = tel;
            }
        }
    } else if (top == "VPART") {
        if (property) {
            onPart(*property, cut);
        }
    } else if (property) {
        onHeader(*property);
    }
    return Stop::No;
}

VmsgParser::Stop VmsgParser::begin(const QByteArray& component)
{
    if (m_stack.size() >= kMaxDepth) {
        return problem(VmsgReader::tr("This file nests BEGIN: blocks more than %1 levels deep, "
                                      "which message exports never do; it is not read further.")
                           .arg(kMaxDepth));
    }
    m_stack.append(component);
    if (component == "VPART") {
        m_message->partTyped = false;
        m_message->partIsText = false;
    }
    return Stop::No;
}

VmsgParser::Stop VmsgParser::end(const QByteArray& component)
{
    // An END without its BEGIN is ignored; one that closes an outer block closes the inner
    // ones too, so that a missing END cannot swallow the rest of the file.
    const qsizetype at = m_stack.lastIndexOf(component);
    if (at < 0) {
        return Stop::No;
    }
    m_stack.resize(at);
    if (m_stack.isEmpty()) {
        return deliver();
    }
    return Stop::No;
}

void VmsgParser::onBody(const QByteArray& line, const std::optional<Property>& property, bool cut)
{
    if (property) {
        const QByteArrayView name = property->name;
        if (is(name, "DATE")) {
            m_message->date = QString::fromUtf8(property->value.trimmed());
            return;
        }
        if (is(name, "SUBJECT")) {
            // Android writers put the text here; whatever follows up to END:VBODY is more of it.
            startValue(*property, cut);
            m_message->textStarted = true;
            return;
        }
        if (name.first(std::min<qsizetype>(2, name.size())).compare("X-", Qt::CaseInsensitive) ==
                0 ||
            is(name, "DATESENT") || is(name, "FROM") || is(name, "TO") ||
            is(name, "CONTENT-TYPE") || is(name, "CONTENT-TRANSFER-ENCODING") ||
            is(name, "MESSAGE-ID") || is(name, "PRIORITY")) {
            onHeader(*property);
            return;
        }
    }
    const QByteArrayView trimmed = QByteArrayView(line).trimmed();
    if (trimmed.isEmpty()) {
        return;
    }
    // Some Nokia-era writers leave out the colon: "Date 1451393917000".
    if (trimmed.size() > 5 && is(trimmed.first(5), "Date ") && m_message->date.isEmpty()) {
        m_message->date = QString::fromUtf8(trimmed.sliced(5));
        return;
    }
    m_message->textStarted = true;
    bool invalid = false;
    appendText(decodeText(line, QByteArray(), &invalid));
    m_message->invalid = m_message->invalid || invalid;
    m_message->cut = m_message->cut || cut;
}

void VmsgParser::onHeader(const Property& property)
{
    const QByteArrayView name = property.name;
    if (is(name, "X-BOX") || is(name, "X-IRMC-BOX")) {
        m_message->box = upper(property.value);
    } else if (is(name, "X-MESSAGE-TYPE")) {
        m_message->messageType = upper(property.value);
    } else if (is(name, "X-NOK-DT")) {
        m_message->nokiaDate = QString::fromUtf8(property.value.trimmed());
    } else if (is(name, "DATE") && m_message->date.isEmpty()) {
        m_message->date = QString::fromUtf8(property.value.trimmed());
    }
}

void VmsgParser::onPart(const Property& property, bool cut)
{
    const QByteArrayView name = property.name;
    if (is(name, "X-MMS-PART-CONTENT-TYPE")) {
        const QByteArrayView type = property.value.trimmed();
        m_message->partTyped = true;
        m_message->partIsText = type.size() >= 10 && is(type.first(10), "text/plain");
    } else if (is(name, "X-MMS-PART-TEXT")) {
        if (!m_message->partTyped || m_message->partIsText) {
            startValue(property, cut);
        }
    } else if (is(name, "X-MMS-PART-DATA")) {
        // Pictures and sound are skipped (their lines are cut anyway); text parts are base64.
        if (m_message->partTyped && m_message->partIsText && !cut) {
            bool invalid = false;
            appendText(decodeText(QByteArray::fromBase64(property.value.trimmed().toByteArray()),
                                  QByteArray(), &invalid));
            m_message->invalid = m_message->invalid || invalid;
        }
    }
}

void VmsgParser::startValue(const Property& property, bool cut)
{
    const QByteArray params = property.params.toByteArray().toUpper();
    m_charset = paramValue(params, QByteArrayLiteral("CHARSET"));
    m_message->cut = m_message->cut || cut;
    if (params.contains("QUOTED-PRINTABLE")) {
        m_quotedPrintable = property.value.toByteArray();
        if (m_quotedPrintable.endsWith('=')) {
            m_quotedPrintable.chop(1);
            m_inQuotedPrintable = true;
        } else {
            finishQuotedPrintable();
        }
        return;
    }
    QByteArray bytes = property.value.toByteArray();
    if (params.contains("BASE64") || params.endsWith(";ENCODING=B") ||
        params.contains(";ENCODING=B;")) {
        bytes = QByteArray::fromBase64(bytes.trimmed());
    }
    bool invalid = false;
    appendText(decodeText(bytes, m_charset, &invalid));
    m_message->invalid = m_message->invalid || invalid;
}

void VmsgParser::finishQuotedPrintable()
{
    m_inQuotedPrintable = false;
    bool invalid = false;
    appendText(decodeText(decodeQuotedPrintable(m_quotedPrintable), m_charset, &invalid));
    m_message->invalid = m_message->invalid || invalid;
    m_quotedPrintable.clear();
}

void VmsgParser::appendText(const QString& text)
{
    QString& joined = m_message->text;
    // Only as much as the cap could keep, so that a message without END cannot grow without
    // bound.
    const qsizetype room = SmsBodyLimit::kMaxBytes + 1 - joined.size();
    if (room <= 0) {
        m_message->cut = true;
        return;
    }
    if (!joined.isEmpty()) {
        joined.append(QLatin1Char('\n'));
    }
    joined.append(QStringView(text).left(room));
}

VmsgParser::Stop VmsgParser::deliver()
{
    Pending message = std::move(*m_message);
    m_message.reset();
    if (message.text.trimmed().isEmpty()) {
        return Stop::No;
    }
    SmsMessage sms;
    const QByteArray& box = message.box;
    if (box == "INBOX") {
        sms.incoming = true;
    } else if (box == "SENDBOX" || box == "SENTBOX" || box == "SENT" || box == "OUTBOX" ||
               box == "DRAFT" || box == "DRAFTS" || box == "FAILED" || box == "QUEUED") {
        sms.incoming = false;
    } else {
        sms.incoming = message.messageType != "SUBMIT";
    }
    // A received message's sender is the VCARD of the message; a sent one's other party is in
    // the VENV where the writer follows IrMC, else (Android writers) in that same VCARD.
    if (sms.incoming) {
        sms.sender = message.originator.isEmpty() ? message.recipient : message.originator;
    } else {
        sms.sender = message.recipient.isEmpty() ? message.originator : message.recipient;
    }
    sms.at = VmsgReader::parseDate(message.date);
    if (!sms.at.isValid() && !message.nokiaDate.isEmpty()) {
        sms.at = VmsgReader::parseDate(message.nokiaDate);
    }
    m_undated += sms.at.isValid() ? 0 : 1;
    bool cut = false;
    sms.body = SmsBodyLimit::cap(message.text, &cut);
    m_cutBodies += cut || message.cut ? 1 : 0;
    m_notUtf8 += message.invalid ? 1 : 0;
    ++m_summary.messages;
    return m_sink(sms) ? Stop::No : Stop::Cancelled;
}

VmsgParser::Stop VmsgParser::problem(const QString& text)
{
    m_problem = text;
    return Stop::Problem;
}

Result<SmsReadSummary> VmsgParser::finish()
{
    if (m_cutBodies > 0) {
        m_summary.warnings.append(VmsgReader::tr("%n message(s) were longer than 64 KiB and were "
                                                 "cut short.",
                                                 nullptr, clampToInt(m_cutBodies)));
    }
    if (m_notUtf8 > 0) {
        m_summary.warnings.append(VmsgReader::tr("%n message(s) are not UTF-8 text and may read "
                                                 "wrongly.",
                                                 nullptr, clampToInt(m_notUtf8)));
    }
    if (m_undated > 0) {
        m_summary.warnings.append(VmsgReader::tr("%n message(s) had a date that could not be "
                                                 "read; they were kept without a date.",
                                                 nullptr, clampToInt(m_undated)));
    }
    return m_summary;
}

Result<SmsReadSummary> VmsgParser::partialOrError(const QString& text, ErrorCode code)
{
    if (m_summary.messages == 0) {
        return makeError(code, text);
    }
    m_summary.warnings.append(text + QLatin1Char(' ') +
                              VmsgReader::tr("The %n message(s) before this point were read.",
                                             nullptr, clampToInt(m_summary.messages)));
    return finish();
}

} // namespace

Result<SmsReadSummary> VmsgReader::read(QIODevice& input, const Sink& sink,
                                        const Progress& progress)
{
    return VmsgParser(input, sink, progress).run();
}

bool VmsgReader::recognises(const QByteArray& head)
{
    qsizetype bom = 0;
    const VmsgLineReader::Encoding encoding = VmsgLineReader::encodingOf(head, &bom);
    const QByteArray start = head.mid(bom, 512);
    QString text;
    if (encoding == VmsgLineReader::Encoding::Utf8) {
        text = QString::fromUtf8(start);
    } else {
        QStringDecoder decoder(encoding == VmsgLineReader::Encoding::Utf16Le
                                   ? QStringDecoder::Utf16LE
                                   : QStringDecoder::Utf16BE);
        text = decoder(start);
    }
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace()) {
        ++i;
    }
    return QStringView(text).mid(i).startsWith(QLatin1String("BEGIN:VMSG"), Qt::CaseInsensitive);
}

QDateTime VmsgReader::parseDate(const QString& text)
{
    QString value = text.trimmed();
    bool utc = false;
    for (const QLatin1String zone : {QLatin1String("GMT"), QLatin1String("UTC")}) {
        if (value.endsWith(zone, Qt::CaseInsensitive)) {
            value.chop(zone.size());
            utc = true;
        }
    }
    value = value.trimmed();
    if (value.isEmpty()) {
        return {};
    }
    bool isNumber = false;
    qint64 number = value.toLongLong(&isNumber);
    if (isNumber) {
        if (number <= 0) {
            return {};
        }
        if (number < kSecondsBelow) {
            number *= 1000;
        }
        return QDateTime::fromMSecsSinceEpoch(number, Qt::UTC);
    }
    // X-NOK-DT and ISO's basic form: 20091022T064825Z.
    if (value.size() >= 15 && value.at(8) == QLatin1Char('T')) {
        const bool zulu = value.endsWith(QLatin1Char('Z'), Qt::CaseInsensitive);
        const QDateTime basic =
            QDateTime::fromString(value.left(15), QStringLiteral("yyyyMMdd'T'HHmmss"));
        if (basic.isValid() && value.size() == (zulu ? 16 : 15)) {
            return QDateTime(basic.date(), basic.time(), zulu || utc ? Qt::UTC : Qt::LocalTime);
        }
        return {};
    }
    // Runs of digits separated by / - . : space or T; nothing else.
    QList<int> numbers;
    QList<qsizetype> widths;
    qsizetype i = 0;
    while (i < value.size()) {
        const QChar c = value.at(i);
        if (c.isDigit()) {
            qsizetype j = i;
            int n = 0;
            while (j < value.size() && value.at(j).isDigit() && j - i < 5) {
                n = n * 10 + value.at(j).digitValue();
                ++j;
            }
            if (j < value.size() && value.at(j).isDigit()) {
                return {};
            }
            numbers.append(n);
            widths.append(j - i);
            i = j;
        } else if (c == QLatin1Char('/') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
                   c == QLatin1Char(':') || c == QLatin1Char(' ') || c == QLatin1Char('T')) {
            ++i;
        } else {
            return {};
        }
    }
    if (numbers.size() < 5 || numbers.size() > 6) {
        return {};
    }
    if (widths.at(0) == 4) {
        return dateFromNumbers(numbers, false, utc);
    }
    if (widths.at(2) == 4) {
        return dateFromNumbers(numbers, true, utc);
    }
    return {};
}

} // namespace rebind
