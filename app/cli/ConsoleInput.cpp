// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleInput.h"

namespace rebind::cli {

ConsoleInput::Status ConsoleInput::readLine(char* buffer, std::size_t capacity, std::size_t& length)
{
    length = 0;
    bool readAnything = false;
    for (;;) {
        char byte = 0;
        const int n = readByte(byte);
        if (n < 0) {
            return Status::Failed;
        }
        if (n == 0) {
            return readAnything ? Status::Line : Status::EndOfInput;
        }
        readAnything = true;
        if (byte == '\n') {
            if (length > 0 && buffer[length - 1] == '\r') {
                buffer[--length] = '\0';
            }
            return Status::Line;
        }
        if (length >= capacity) {
            return Status::TooLong;
        }
        buffer[length++] = byte;
    }
}

} // namespace rebind::cli
