// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndentedJsonWriter.h"

namespace rebind::cli {

namespace {
void indent(QByteArray& out, qsizetype levels)
{
    out.append(4 * levels, ' ');
}
} // namespace

void IndentedJsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.isEmpty()) {
        return;
    }
    if (m_counts.last()++ > 0) {
        m_out.append(",\n");
    }
    indent(m_out, m_counts.size());
}

void IndentedJsonWriter::beginArray()
{
    beforeValue();
    m_out.append("[\n");
    m_counts.append(0);
}

void IndentedJsonWriter::endArray()
{
    if (m_counts.takeLast() > 0) {
        m_out.append('\n');
    }
    indent(m_out, m_counts.size());
    m_out.append(']');
}

void IndentedJsonWriter::beginObject()
{
    beforeValue();
    m_out.append("{\n");
    m_counts.append(0);
}

void IndentedJsonWriter::endObject()
{
    if (m_counts.takeLast() > 0) {
        m_out.append('\n');
    }
    indent(m_out, m_counts.size());
    m_out.append('}');
}

void IndentedJsonWriter::key(const char* latin1)
{
    beforeValue();
    m_out.append('"');
    m_out.append(latin1);
    m_out.append("\": ");
    m_afterKey = true;
}

void IndentedJsonWriter::value(const QString& text)
{
    beforeValue();
    m_out.append('"');
    appendEscaped(text);
    m_out.append('"');
}

void IndentedJsonWriter::value(const QStringList& texts)
{
    beginArray();
    for (const QString& text : texts) {
        value(text);
    }
    endArray();
}

void IndentedJsonWriter::null()
{
    beforeValue();
    m_out.append("null");
}

QByteArray IndentedJsonWriter::finish()
{
    m_out.append('\n');
    return std::move(m_out);
}

void IndentedJsonWriter::appendEscaped(const QString& text)
{
    // The stored text is valid UTF-16 (it came from UTF-8), so encoding first and escaping the
    // ASCII bytes after gives what Qt's writer gives character by character.
    static const char hex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u != '"' && u != '\\') {
            m_out.append(c);
            continue;
        }
        m_out.append('\\');
        switch (u) {
        case '"':
            m_out.append('"');
            break;
        case '\\':
            m_out.append('\\');
            break;
        case '\b':
            m_out.append('b');
            break;
        case '\f':
            m_out.append('f');
            break;
        case '\n':
            m_out.append('n');
            break;
        case '\r':
            m_out.append('r');
            break;
        case '\t':
            m_out.append('t');
            break;
        default:
            m_out.append("u00");
            m_out.append(hex[u >> 4]);
            m_out.append(hex[u & 0xF]);
        }
    }
}

} // namespace rebind::cli
