#pragma once

#include <functional>
#include <QString>

namespace rebind {

// One login from a password manager's export, without its password: the readers never copy
// the password column (or any other secret column) out of the file.
struct PasswordEntry
{
    QString url;      // as written in the file (a web address, a bare host or an app URI)
    QString username; // the login name: an e-mail, a phone number, a nickname …
    QString title;    // the entry's name in the password manager; empty for Firefox
};

// Receives each entry as it is read; returning false stops the reading.
using PasswordEntrySink = std::function<bool(const PasswordEntry&)>;

} // namespace rebind
