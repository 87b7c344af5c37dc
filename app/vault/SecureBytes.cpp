// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SecureBytes.h"

#include <new>
#include <sodium.h>
#include <utility>

namespace rebind {

SecureBytes::SecureBytes(std::size_t size) : m_size(size)
{
    if (size == 0) {
        return;
    }
    // sodium_malloc aborts before sodium_init has learnt the page size; init is idempotent.
    if (sodium_init() < 0) {
        throw std::bad_alloc();
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (m_data == nullptr) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray& source)
{
    SecureBytes out(static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        memcpy(out.m_data, source.constData(), out.m_size);
    }
    wipe(source);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    SecureBytes out(m_size);
    if (m_size > 0) {
        memcpy(out.m_data, m_data, m_size);
    }
    return out;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBytes::clear()
{
    if (m_data != nullptr) {
        sodium_free(m_data); // sodium_free wipes before releasing
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

} // namespace rebind
