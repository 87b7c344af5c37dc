// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConsoleInput for Linux, macOS and the BSDs: termios for the echo, signals to restore it.
#include "ConsoleInput.h"

#include <array>
#include <cerrno>
#include <csignal>
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

ConsoleInput::ConsoleInput(int fd) : m_fd(fd), m_interactive(isatty(fd) == 1) {}

int ConsoleInput::readByte(char& byte)
{
    for (;;) {
        const ssize_t n = ::read(m_fd, &byte, 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        return n < 0 ? -1 : static_cast<int>(n);
    }
}

ConsoleInput::Status ConsoleInput::readHiddenLine(char* buffer, std::size_t capacity,
                                                  std::size_t& length,
                                                  const std::function<void()>& showPrompt)
{
    // Echo goes off before the prompt appears, so nothing typed after it is shown.
    EchoOff quiet(m_fd);
    showPrompt();
    return readLine(buffer, capacity, length);
}

} // namespace rebind::cli
