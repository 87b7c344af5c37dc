// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QString>
#include <QStringList>

namespace rebind {

// One login from a password manager's export, without its password: the readers never copy
// the password column (or any other secret column) out of the file.
struct PasswordEntry
{
    // As written in the file, in its order (web addresses, bare hosts, app URIs); empty when the
    // login has none. One login keeps all its addresses together, so that it counts once.
    QStringList urls;
    QString username; // the login name: an e-mail, a phone number, a nickname …
    QString title;    // the entry's name in the password manager; empty for Firefox
};

// Receives each entry as it is read; returning false stops the reading.
using PasswordEntrySink = std::function<bool(const PasswordEntry&)>;

} // namespace rebind
