// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// ConsoleInput for Windows: the console API for the echo, and ReadConsoleW for what is typed.
// Not _getch: ReadConsoleW keeps the console's own line editing (Backspace, arrows), and reads
// UTF-16, where the console's narrow code page (often 936 or 437) cannot hold every character a
// passphrase may have.
#include "ConsoleInput.h"

#include <atomic>
#include <io.h>
#include <memory>
#include <windows.h>

namespace rebind::cli {

namespace {

// State the control handler needs to give the console its echo back when the person presses
// Ctrl+C or closes the window at the prompt. Windows runs the handler on a thread of its own.
std::atomic<HANDLE> g_echoOffConsole{nullptr};
DWORD g_savedMode = 0;

BOOL WINAPI restoreEchoOnBreak(DWORD /*event*/)
{
    const HANDLE console = g_echoOffConsole.exchange(nullptr);
    if (console != nullptr) {
        SetConsoleMode(console, g_savedMode);
        (void)_write(2, "\n", 1);
    }
    // Not handled: the next handler (in the end the default one) ends the process as usual.
    return FALSE;
}

// Turns console echo off for its lifetime, and back on even when the process is interrupted.
class EchoOff
{
public:
    explicit EchoOff(HANDLE console) : m_console(console)
    {
        if (GetConsoleMode(console, &g_savedMode) == 0) {
            return;
        }
        SetConsoleCtrlHandler(&restoreEchoOnBreak, TRUE);
        g_echoOffConsole = console;
        // Line input stays on: ENABLE_ECHO_INPUT is only valid with it, and it gives Backspace.
        const DWORD quiet = (g_savedMode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) |
                            ENABLE_LINE_INPUT | ENABLE_PROCESSED_INPUT;
        m_active = SetConsoleMode(console, quiet) != 0;
    }

    ~EchoOff()
    {
        const HANDLE console = g_echoOffConsole.exchange(nullptr);
        if (console != nullptr && m_active) {
            SetConsoleMode(m_console, g_savedMode);
        }
        SetConsoleCtrlHandler(&restoreEchoOnBreak, FALSE);
    }

    EchoOff(const EchoOff&) = delete;
    EchoOff& operator=(const EchoOff&) = delete;

private:
    HANDLE m_console;
    bool m_active = false;
};

HANDLE consoleOf(int fd)
{
    return reinterpret_cast<HANDLE>(_get_osfhandle(fd));
}

} // namespace

// _isatty alone also says yes for NUL and serial ports (any character device); only a handle
// with a console mode is a person at a console.
ConsoleInput::ConsoleInput(int fd)
    : m_fd(fd), m_interactive([fd] {
          DWORD mode = 0;
          return _isatty(fd) != 0 && GetConsoleMode(consoleOf(fd), &mode) != 0;
      }())
{}

int ConsoleInput::readByte(char& byte)
{
    const int n = _read(m_fd, &byte, 1);
    return n < 0 ? -1 : n;
}

ConsoleInput::Status ConsoleInput::readHiddenLine(char* buffer, std::size_t capacity,
                                                  std::size_t& length,
                                                  const std::function<void()>& showPrompt)
{
    length = 0;
    const HANDLE console = consoleOf(m_fd);
    // Every UTF-16 unit becomes at least one UTF-8 byte, so capacity units are enough to tell
    // whether the line fits.
    const std::size_t wideCapacity = capacity;
    const auto wide = std::make_unique<wchar_t[]>(wideCapacity);
    std::size_t count = 0;
    const auto finish = [&](Status status) {
        SecureZeroMemory(wide.get(), wideCapacity * sizeof(wchar_t));
        return status;
    };

    EchoOff quiet(console);
    showPrompt();
    bool endOfLine = false;
    while (!endOfLine) {
        wchar_t chunk[64];
        DWORD got = 0;
        const BOOL ok = ReadConsoleW(console, chunk, 64, &got, nullptr);
        if (ok == 0) {
            SecureZeroMemory(chunk, sizeof chunk);
            return finish(Status::Failed);
        }
        if (got == 0) {
            SecureZeroMemory(chunk, sizeof chunk);
            return finish(count == 0 ? Status::EndOfInput : Status::Line);
        }
        for (DWORD i = 0; i < got && !endOfLine; ++i) {
            const wchar_t c = chunk[i];
            if (c == L'\n') {
                endOfLine = true;
            } else if (c != L'\r') { // the console ends a line with "\r\n"
                if (count >= wideCapacity) {
                    SecureZeroMemory(chunk, sizeof chunk);
                    return finish(Status::TooLong);
                }
                wide[count++] = c;
            }
        }
        SecureZeroMemory(chunk, sizeof chunk);
    }
    // Ctrl+Z then Enter is how a Windows console says "end of input".
    if (count == 1 && wide[0] == L'\x1a') {
        return finish(Status::EndOfInput);
    }
    if (count == 0) {
        return finish(Status::Line);
    }
    // WC_ERR_INVALID_CHARS: a lone surrogate fails instead of silently becoming U+FFFD, which
    // would change the passphrase.
    const int written =
        WideCharToMultiByte(CP_UTF8, WC_ERR_INVALID_CHARS, wide.get(), static_cast<int>(count),
                            buffer, static_cast<int>(capacity), nullptr, nullptr);
    if (written <= 0) {
        return finish(GetLastError() == ERROR_INSUFFICIENT_BUFFER ? Status::TooLong
                                                                  : Status::Failed);
    }
    length = static_cast<std::size_t>(written);
    return finish(Status::Line);
}

} // namespace rebind::cli
