// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TerminationSignals.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace rebind {

#ifdef Q_OS_UNIX
namespace {

constexpr std::array<int, 3> kSignals = {SIGTERM, SIGINT, SIGHUP};

// The handler may only call async-signal-safe functions: it writes one byte into a socket pair,
// and the event loop reads it on the other end. [0] is written by the handler, [1] read.
std::array<int, 2> g_pipe = {-1, -1};
// Which of kSignals got the handler: one ignored at start (SIGHUP under nohup, SIGINT for a job
// started in the background) stays ignored.
std::array<bool, kSignals.size()> g_handled = {};

extern "C" void onTerminationSignal(int signal)
{
    // From now on the default action: a second signal ends the process even if quitting hangs.
    std::signal(signal, SIG_DFL);
    const char byte = 1;
    const ssize_t ignored = ::write(g_pipe[0], &byte, 1);
    static_cast<void>(ignored);
}

} // namespace
#endif

TerminationSignals::TerminationSignals(QObject* parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe.data()) != 0) {
        g_pipe = {-1, -1};
        return;
    }
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    // Interrupted system calls resume, as they do for code that never expects a signal.
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        struct sigaction previous = {};
        g_handled[i] = sigaction(kSignals[i], nullptr, &previous) == 0 &&
                       previous.sa_handler != SIG_IGN &&
                       sigaction(kSignals[i], &action, nullptr) == 0;
    }
#endif
}

TerminationSignals::~TerminationSignals()
{
#ifdef Q_OS_UNIX
    if (g_pipe[0] < 0) {
        return;
    }
    for (std::size_t i = 0; i < kSignals.size(); ++i) {
        if (g_handled[i]) {
            std::signal(kSignals[i], SIG_DFL);
            g_handled[i] = false;
        }
    }
    delete m_notifier;
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe = {-1, -1};
#endif
}

void TerminationSignals::onReadable()
{
#ifdef Q_OS_UNIX
    char byte = 0;
    const ssize_t ignored = ::read(g_pipe[1], &byte, 1);
    static_cast<void>(ignored);
#endif
    Q_EMIT received();
}

} // namespace rebind
