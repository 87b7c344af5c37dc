// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <utility>
#include <variant>

namespace rebind {

// What went wrong, in terms a caller can branch on; the message is already translated.
enum class ErrorCode
{
    WrongPassphrase,
    NotAVault,
    Damaged,
    Missing,
    Unwritable,
    DiskFull,
    AlreadyExists,
    NoCipher,
    TooNew,
    Locked,
    // Another program (a Rebind window or command) holds the vault's lock file.
    InUse,
    InvalidInput,
    NotFound,
    Duplicate,
    KeychainUnavailable,
    Keychain,
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
};

// A value or an Error. Kept tiny on purpose: C++17 has no std::expected.
template <typename T> class Result
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    // By value, so that `for (x : f().value())` does not dangle.
    T value() && { return std::get<T>(std::move(m_state)); }
    const T& operator*() const& { return value(); }
    // On a temporary, by value: `for (x : *f())` must not iterate a destroyed Result.
    T operator*() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<Error>(m_state); }
    ErrorCode code() const { return error().code; }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_state;
};

template <> class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }
    QString message() const { return m_error.message; }

private:
    Error m_error;
    bool m_failed = false;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace rebind
