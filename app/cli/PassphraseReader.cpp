// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseReader.h"

#include "Console.h"
#include "SecureBytes.h"

#include <QStringDecoder>

namespace rebind::cli {

PassphraseReader::PassphraseReader(Console& console, int fd) : m_console(console), m_input(fd) {}

Result<Passphrase> PassphraseReader::readLine(const QString& prompt)
{
    // Allocated once at full size, so that reading never reallocates and leaves copies behind;
    // wiped whole afterwards.
    QByteArray line(kMaxBytes, '\0');
    std::size_t length = 0;
    const bool terminal = m_input.isInteractive();
    const ConsoleInput::Status status =
        terminal ? m_input.readHiddenLine(line.data(), std::size_t(kMaxBytes), length,
                                          [this, &prompt] { m_console.err(prompt); })
                 : m_input.readLine(line.data(), std::size_t(kMaxBytes), length);
    if (terminal) {
        m_console.err(QStringLiteral("\n"));
    }
    switch (status) {
    case ConsoleInput::Status::Line:
        break;
    case ConsoleInput::Status::Failed:
        wipe(line);
        return makeError(ErrorCode::Cancelled, tr("The passphrase could not be read."));
    case ConsoleInput::Status::TooLong:
        wipe(line);
        return makeError(ErrorCode::Cancelled,
                         tr("The passphrase is too long (more than %1 bytes).").arg(kMaxBytes));
    case ConsoleInput::Status::EndOfInput:
        wipe(line);
        return makeError(ErrorCode::Cancelled,
                         terminal ? tr("No passphrase was entered.")
                                  : tr("No passphrase was given: pipe it as one line on "
                                       "standard input, or run the command in a terminal."));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(QByteArrayView(line.constData(), qsizetype(length)));
    wipe(line);
    if (decoder.hasError()) {
        Passphrase::wipe(text);
        return makeError(ErrorCode::Cancelled, tr("The passphrase is not valid UTF-8 text."));
    }
    return Passphrase(std::move(text));
}

Result<Passphrase> PassphraseReader::readExisting(const QString& prompt)
{
    return readLine(prompt);
}

Result<Passphrase> PassphraseReader::readNew(const QString& prompt, const QString& confirmPrompt)
{
    auto first = readLine(prompt);
    if (!first) {
        return first;
    }
    if (first->isEmpty()) {
        return makeError(ErrorCode::Cancelled, tr("The passphrase must not be empty."));
    }
    if (m_input.isInteractive()) {
        auto second = readLine(confirmPrompt);
        if (!second) {
            return second;
        }
        if (!(*second == *first)) {
            return makeError(ErrorCode::Cancelled,
                             tr("The two passphrases differ. Nothing was changed."));
        }
    }
    return first;
}

} // namespace rebind::cli
