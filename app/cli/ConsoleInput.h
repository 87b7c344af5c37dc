// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <functional>

namespace rebind::cli {

// The platform part of reading a passphrase: whether standard input is a person at a terminal,
// and reading one line from it with echo off. Implemented once per platform
// (ConsoleInput_posix.cpp with termios, ConsoleInput_win.cpp with the console API), chosen in
// CMakeLists.txt; ConsoleInput.cpp holds what both share. Plain C++ without Qt, so that each
// implementation can be checked on its own with a cross compiler. Lines are returned in
// caller-owned buffers, which the caller wipes.
class ConsoleInput
{
public:
    enum class Status
    {
        Line,       // a line was read (its end of line is not in the buffer)
        EndOfInput, // nothing at all was read before the input ended
        TooLong,    // the line does not fit in the buffer
        Failed,     // the input could not be read
    };

    // fd 0 is standard input.
    explicit ConsoleInput(int fd = 0);

    bool isInteractive() const { return m_interactive; }

    // Reads up to and excluding '\n' (and a '\r' before it), one byte at a time so that nothing
    // past the line is consumed: the next passphrase may be the next line of the same pipe.
    Status readLine(char* buffer, std::size_t capacity, std::size_t& length);

    // On a terminal: turns echo off, calls showPrompt, reads one line as UTF-8 and turns echo
    // back on, also when the process is interrupted (Ctrl+C, a closed terminal) at the prompt.
    Status readHiddenLine(char* buffer, std::size_t capacity, std::size_t& length,
                          const std::function<void()>& showPrompt);

private:
    // One byte of the input: 1 when read, 0 at its end, -1 on an error. The platform part.
    int readByte(char& byte);

    int m_fd;
    bool m_interactive;
};

} // namespace rebind::cli
