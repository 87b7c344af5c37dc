#pragma once

#include <cstdio>
#include <QByteArray>
#include <QString>

namespace rebind::cli {

// The two output streams, always in UTF-8: results on stdout, everything meant for the person
// (prompts, warnings, errors, confirmations) on stderr.
class Console
{
public:
    Console(std::FILE* out = stdout, std::FILE* err = stderr) : m_out(out), m_err(err) {}

    void out(const QString& text);
    void outLine(const QString& line);
    // Text that is already UTF-8, such as a JSON document.
    void outUtf8(const QByteArray& utf8);
    void err(const QString& text);
    void errLine(const QString& line);
    void flush();

private:
    static void write(std::FILE* stream, const QByteArray& utf8);

    std::FILE* m_out;
    std::FILE* m_err;
};

} // namespace rebind::cli
