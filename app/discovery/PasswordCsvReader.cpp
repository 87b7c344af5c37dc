// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordCsvReader.h"

#include "PasswordCsvLayout.h"
#include "PasswordFormatText.h"
#include "SecretCsvRecordReader.h"

#include <QStringDecoder>

namespace rebind {

namespace {

// Warnings of one read: the first few in full, then only a count, so that a hostile or badly
// broken file cannot grow the list without bound.
class Warnings
{
public:
    explicit Warnings(QStringList& out) : m_out(out) {}

    void add(const QString& warning)
    {
        if (m_out.size() < PasswordCsvReader::kMaxWarnings) {
            m_out.append(warning);
        } else {
            ++m_dropped;
        }
    }
    int dropped() const { return m_dropped; }

private:
    QStringList& m_out;
    int m_dropped = 0;
};

// Decodes one field as UTF-8, noting whether it was not valid UTF-8.
QString decode(QByteArrayView bytes, bool* invalid)
{
    if (bytes.isEmpty()) {
        return {};
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError()) {
        *invalid = true;
    }
    return text.trimmed();
}

// Bitwarden writes every web address of a login into login_uri, joined with commas.
QStringList urlsOf(const QString& field, bool several)
{
    if (!several || !field.contains(QLatin1Char(','))) {
        return field.isEmpty() ? QStringList() : QStringList{field};
    }
    QStringList urls;
    for (const QString& part : field.split(QLatin1Char(','))) {
        const QString url = part.trimmed();
        if (!url.isEmpty()) {
            urls.append(url);
        }
    }
    return urls;
}

} // namespace

Result<PasswordReadSummary> PasswordCsvReader::read(SecretCsvRecordReader& records,
                                                    const PasswordCsvLayout& layout,
                                                    const PasswordEntrySink& sink)
{
    PasswordReadSummary summary;
    summary.format = layout.format;
    Warnings warnings(summary.warnings);
    qint64 dataRecords = 0;
    int invalidRows = 0;
    qint64 firstInvalidLine = 0;

    bool reading = true;
    while (reading) {
        switch (records.next()) {
        case SecretCsvRecordReader::Status::End:
            reading = false;
            continue;
        case SecretCsvRecordReader::Status::ReadError:
            warnings.add(tr("The file could not be read to the end (after line %1); the entries "
                            "before that point were read.")
                             .arg(records.recordLine()));
            reading = false;
            continue;
        case SecretCsvRecordReader::Status::TooLarge:
            return PasswordFormatText::tooLarge();
        case SecretCsvRecordReader::Status::Unterminated:
            warnings.add(tr("The file ends inside a quoted field that starts on line %1, so "
                            "it may be cut off; the rows from there on were skipped.")
                             .arg(records.recordLine()));
            reading = false;
            continue;
        case SecretCsvRecordReader::Status::Oversized:
            ++dataRecords;
            warnings.add(tr("The row on line %1 is too long to be a login and was skipped.")
                             .arg(records.recordLine()));
            continue;
        case SecretCsvRecordReader::Status::Record:
            break;
        }
        if (records.fieldCount() == 1 && records.field(0).isEmpty()) {
            continue; // a blank line
        }
        ++dataRecords;
        if (records.isCut(layout.url) || records.isCut(layout.username) ||
            records.isCut(layout.title)) {
            warnings.add(tr("The row on line %1 has a web address, user name or title longer "
                            "than %2 KiB and was skipped.")
                             .arg(records.recordLine())
                             .arg(SecretCsvRecordReader::kFieldCap / 1024));
            continue;
        }
        bool invalid = false;
        if (layout.itemType >= 0) {
            const QString type = decode(records.field(layout.itemType), &invalid);
            if (!type.isEmpty() && type.compare(QLatin1String("login"), Qt::CaseInsensitive)) {
                continue; // a note, a card or an identity: no login to find
            }
        }
        PasswordEntry entry;
        const QString urlField = decode(records.field(layout.url), &invalid);
        entry.username = decode(records.field(layout.username), &invalid);
        entry.title = decode(records.field(layout.title), &invalid);
        if (invalid) {
            if (invalidRows == 0) {
                firstInvalidLine = records.recordLine();
            }
            ++invalidRows;
        }
        if (urlField.isEmpty() && entry.username.isEmpty() && entry.title.isEmpty()) {
            continue;
        }
        entry.urls = urlsOf(urlField, layout.severalUrls);
        if (!sink(entry)) {
            summary.cancelled = true;
            reading = false;
            continue;
        }
        ++summary.rows;
    }

    if (invalidRows > 0) {
        warnings.add(tr("%n row(s) contain text that is not UTF-8, the first on line %1; "
                        "letters in them may show as �. If the file was saved from a "
                        "spreadsheet, save it again as “CSV UTF-8”.",
                        nullptr, invalidRows)
                         .arg(firstInvalidLine));
    }
    if (dataRecords == 0 && !summary.cancelled) {
        warnings.add(tr("The file has the header row of a %1 export but no logins under it.")
                         .arg(PasswordFormatText::name(layout.format)));
    }
    if (warnings.dropped() > 0) {
        summary.warnings.append(
            tr("… and %n more problem(s) like these.", nullptr, warnings.dropped()));
    }
    return summary;
}

} // namespace rebind
