// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace rebind {

// The password-manager exports Rebind reads, recognised from their content (the header row of
// a CSV file, the shape of a JSON file), never from the file name.
enum class PasswordFormat
{
    Unknown,
    Chrome,         // Chrome, Edge and other Chromium browsers (CSV)
    Firefox,        // CSV
    BitwardenCsv,   // CSV
    BitwardenJson,  // unencrypted JSON
    KeePassXc,      // CSV
    OnePassword,    // CSV
    ApplePasswords, // Apple Passwords, Safari, iCloud Keychain (CSV)
};

} // namespace rebind
