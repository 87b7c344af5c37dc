// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Passphrase.h"

#include <cstring>

namespace rebind::cli {

namespace {
// Called through a volatile pointer so that the compiler cannot drop a write to memory that is
// about to be freed.
void* (*const volatile secureMemset)(void*, int, std::size_t) = std::memset;
} // namespace

void Passphrase::wipe(QString& text)
{
    if (!text.isEmpty()) {
        // data() detaches a shared string first; only this copy's buffer can be reached.
        QChar* chars = text.data();
        secureMemset(chars, 0, static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
    text.clear();
}

Passphrase::~Passphrase()
{
    wipe(m_text);
}

Passphrase::Passphrase(Passphrase&& other) noexcept : m_text(std::move(other.m_text))
{
    other.m_text.clear();
}

Passphrase& Passphrase::operator=(Passphrase&& other) noexcept
{
    if (this != &other) {
        wipe(m_text);
        m_text = std::move(other.m_text);
        other.m_text.clear();
    }
    return *this;
}

} // namespace rebind::cli
