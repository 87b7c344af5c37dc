// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace rebind::cli {

// A passphrase in an ordinary QString (which is what the vault API takes), overwritten with zeros
// when it goes away. Move-only, so that no stray copy outlives the wipe.
class Passphrase
{
public:
    Passphrase() = default;
    explicit Passphrase(QString text) : m_text(std::move(text)) {}
    ~Passphrase();
    Passphrase(Passphrase&& other) noexcept;
    Passphrase& operator=(Passphrase&& other) noexcept;
    Passphrase(const Passphrase&) = delete;
    Passphrase& operator=(const Passphrase&) = delete;

    const QString& text() const { return m_text; }
    bool isEmpty() const { return m_text.isEmpty(); }
    bool operator==(const Passphrase& other) const { return m_text == other.m_text; }

    // Best-effort wipe of any string that held a secret.
    static void wipe(QString& text);

private:
    QString m_text;
};

} // namespace rebind::cli
