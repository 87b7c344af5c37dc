// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

#include <QRegularExpression>

namespace rebind {

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QByteArray out("\xEF\xBB\xBF"); // the byte order mark: see the header
    for (const QStringList& row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString& value : row) {
            fields.append(field(value));
        }
        out += fields.join(QLatin1Char(',')).toUtf8();
        out += "\r\n";
    }
    return out;
}

QString CsvWriter::field(const QString& value)
{
    const QString text = looksLikeFormula(value) ? QLatin1Char('\'') + value : value;
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
    if (!quote) {
        return text;
    }
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool CsvWriter::looksLikeFormula(const QString& value)
{
    if (value.isEmpty()) {
        return false;
    }
    const QChar first = value.front();
    if (first == QLatin1Char('=') || first == QLatin1Char('@') || first == QLatin1Char('\t') ||
        first == QLatin1Char('\r')) {
        return true;
    }
    if (first != QLatin1Char('+') && first != QLatin1Char('-')) {
        return false;
    }
    static const QRegularExpression signedNumber(QStringLiteral("\\A[+-][0-9][0-9 .()-]*\\z"));
    return !signedNumber.match(value).hasMatch();
}

} // namespace rebind
