// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseReader.h"

#include "Console.h"
#include "SecureBytes.h"

#include <array>
#include <cerrno>
#include <csignal>
#include <QStringDecoder>
#include <termios.h>
#include <unistd.h>

namespace rebind::cli {

namespace {

// State the signal handler needs to give the terminal its echo back when the person presses
// Ctrl+C at the prompt. Only async-signal-safe calls happen in the handler.
struct termios g_savedTerminal;
volatile std::sig_atomic_t g_echoOffFd = -1;

void restoreEchoAndReraise(int signal)
{
    if (g_echoOffFd >= 0) {
        tcsetattr(g_echoOffFd, TCSAFLUSH, &g_savedTerminal);
        const char newline = '\n';
        (void)::write(STDERR_FILENO, &newline, 1);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

// Turns terminal echo off for its lifetime, and back on even when the process is interrupted.
class EchoOff
{
public:
    explicit EchoOff(int fd) : m_fd(fd)
    {
        if (tcgetattr(fd, &g_savedTerminal) != 0) {
            return;
        }
        struct sigaction action = {};
        action.sa_handler = &restoreEchoAndReraise;
        sigemptyset(&action.sa_mask);
        for (std::size_t i = 0; i < kSignals.size(); ++i) {
            sigaction(kSignals[i], &action, &m_previous[i]);
        }
        g_echoOffFd = fd;
        struct termios quiet = g_savedTerminal;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        quiet.c_lflag |= static_cast<tcflag_t>(ICANON);
        m_active = tcsetattr(fd, TCSAFLUSH, &quiet) == 0;
    }

    ~EchoOff()
    {
        if (g_echoOffFd < 0) {
            return;
        }
        if (m_active) {
            tcsetattr(m_fd, TCSAFLUSH, &g_savedTerminal);
        }
        g_echoOffFd = -1;
        for (std::size_t i = 0; i < kSignals.size(); ++i) {
            sigaction(kSignals[i], &m_previous[i], nullptr);
        }
    }

    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    static constexpr std::array<int, 4> kSignals = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    int m_fd;
    bool m_active = false;
    std::array<struct sigaction, 4> m_previous = {};
};

} // namespace

PassphraseReader::PassphraseReader(Console& console, int fd)
    : m_console(console), m_fd(fd), m_terminal(isatty(fd) == 1)
{}

Result<bool> PassphraseReader::readRawLine(QByteArray& line)
{
    bool readAnything = false;
    for (;;) {
        char byte = 0;
        const ssize_t n = ::read(m_fd, &byte, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return makeError(ErrorCode::Cancelled, tr("The passphrase could not be read."));
        }
        if (n == 0) {
            return readAnything;
        }
        readAnything = true;
        if (byte == '\n') {
            if (line.endsWith('\r')) {
                line.chop(1);
            }
            return true;
        }
        if (line.size() >= kMaxBytes) {
            return makeError(ErrorCode::Cancelled,
                             tr("The passphrase is too long (more than %1 bytes).").arg(kMaxBytes));
        }
        line.append(byte);
    }
}

Result<Passphrase> PassphraseReader::readLine(const QString& prompt)
{
    QByteArray line;
    // Reserved up front so that appending never reallocates and leaves copies behind.
    line.reserve(kMaxBytes + 1);
    const auto readTyped = [this, &prompt, &line]() -> Result<bool> {
        // Echo goes off before the prompt appears, so nothing typed after it is shown.
        EchoOff quiet(m_fd);
        m_console.err(prompt);
        return readRawLine(line);
    };
    const Result<bool> got = m_terminal ? readTyped() : readRawLine(line);
    if (m_terminal) {
        m_console.err(QStringLiteral("\n"));
    }
    if (!got || !*got) {
        wipe(line);
        if (!got) {
            return got.error();
        }
        return makeError(ErrorCode::Cancelled,
                         m_terminal ? tr("No passphrase was entered.")
                                    : tr("No passphrase was given: pipe it as one line on "
                                         "standard input, or run the command in a terminal."));
    }
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(line);
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
    if (m_terminal) {
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
