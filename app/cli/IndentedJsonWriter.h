// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace rebind::cli {

// Writes JSON in one pass, byte for byte as QJsonDocument::toJson(Indented) lays it out (four
// spaces a level, "key": value, escapes as Qt writes them), without building a QJsonDocument
// first: for 10,000 listed bindings the document tree costs more than the data. The caller
// writes an object's keys in the order QJsonObject would keep them (sorted), so that the output
// is what scripts already read.
class IndentedJsonWriter
{
public:
    // Room for the whole document, when its size can be guessed (it grows as needed anyway).
    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    void beginArray();
    void endArray();
    void beginObject();
    void endObject();
    // Inside an object: the member's key, followed by exactly one value or container.
    void key(const char* latin1);
    void value(const QString& text);
    void value(const QStringList& texts);
    void null();
    // The whole document, with the final line break QJsonDocument ends a document with.
    QByteArray finish();

private:
    void beforeValue();
    void appendEscaped(const QString& text);

    QByteArray m_out;
    QVector<int> m_counts; // values written so far in each open container
    bool m_afterKey = false;
};

} // namespace rebind::cli
