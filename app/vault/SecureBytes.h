// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <QByteArray>

namespace rebind {

// A fixed-size buffer in libsodium's guarded memory (sodium_malloc: guard pages, mlock'd, never
// swapped where the OS allows) that is wiped when freed. Holds key material and nothing else.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    // Copies a transient buffer in and wipes the source, which the caller no longer needs.
    static SecureBytes takeFrom(QByteArray& source);
    SecureBytes clone() const;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    char* chars() { return reinterpret_cast<char*>(m_data); }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    // Constant-time comparison.
    bool equals(const SecureBytes& other) const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Best-effort wipe of an ordinary buffer that held a secret.
void wipe(QByteArray& bytes);

} // namespace rebind
