// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PasswordExportReader.h"

#include "BitwardenJsonReader.h"
#include "PasswordCsvLayout.h"
#include "PasswordCsvReader.h"
#include "PasswordFormatText.h"
#include "SecretCsvRecordReader.h"
#include "SecretWipe.h"

#include <QIODevice>

namespace rebind {

namespace {

// Blank lines before the header row that are tolerated.
constexpr int kMaxLeadingBlankLines = 8;

enum class Shape
{
    Empty,
    Utf16,
    Json,
    OtherJson,
    Text,
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Looks at the start of the input without consuming it; *bomSize is the UTF-8 byte order
// mark's length, or 0.
Shape shapeOf(QIODevice& input, qsizetype* bomSize)
{
    QByteArray head = input.peek(4096);
    *bomSize = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    Shape shape = Shape::Text;
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        shape = Shape::Utf16;
    } else {
        qsizetype i = *bomSize;
        while (i < head.size() && isSpace(head.at(i))) {
            ++i;
        }
        if (i == head.size() && head.size() < 4096) {
            shape = Shape::Empty;
        } else if (i < head.size() && head.at(i) == '{') {
            shape = Shape::Json;
        } else if (i < head.size() && head.at(i) == '[') {
            shape = Shape::OtherJson;
        }
    }
    SecretWipe::wipe(head);
    return shape;
}

QStringList headerFields(const SecretCsvRecordReader& records)
{
    QStringList fields;
    for (qsizetype i = 0; i < records.fieldCount(); ++i) {
        fields.append(QString::fromUtf8(records.field(i)));
    }
    return fields;
}

} // namespace

Result<PasswordReadSummary>
PasswordExportReader::read(QIODevice& input, const std::function<bool(const PasswordEntry&)>& sink)
{
    if (!input.isReadable()) {
        return makeError(ErrorCode::Internal, tr("The file is not open for reading."));
    }
    qsizetype bomSize = 0;
    switch (shapeOf(input, &bomSize)) {
    case Shape::Empty:
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is empty. Export your passwords again and choose the new "
                            "file."));
    case Shape::Utf16:
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is saved as UTF-16 text, which Rebind does not read. If "
                            "you saved it from a spreadsheet, save it again as “CSV UTF-8”."));
    case Shape::OtherJson:
        return PasswordFormatText::unsupportedFile();
    case Shape::Json:
        input.skip(bomSize);
        return BitwardenJsonReader::read(input, sink);
    case Shape::Text:
        break;
    }

    input.skip(bomSize);
    SecretCsvRecordReader records(input);
    for (int blank = 0;; ++blank) {
        const SecretCsvRecordReader::Status status = records.next();
        if (status == SecretCsvRecordReader::Status::ReadError) {
            return makeError(ErrorCode::Damaged,
                             tr("The file could not be read: %1").arg(input.errorString()));
        }
        if (status == SecretCsvRecordReader::Status::TooLarge) {
            return PasswordFormatText::tooLarge();
        }
        if (status != SecretCsvRecordReader::Status::Record) {
            return PasswordFormatText::unsupportedFile();
        }
        const bool isBlank = records.fieldCount() == 1 && records.field(0).isEmpty();
        if (!isBlank) {
            break;
        }
        if (blank == kMaxLeadingBlankLines) {
            return PasswordFormatText::unsupportedFile();
        }
    }
    const std::optional<PasswordCsvLayout> layout =
        PasswordCsvLayout::fromHeader(headerFields(records));
    if (!layout) {
        return PasswordFormatText::unsupportedFile();
    }
    return PasswordCsvReader::read(records, *layout, sink);
}

} // namespace rebind
