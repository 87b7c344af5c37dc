// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace rebind {

// SMS Backup & Restore writes a character outside the Basic Multilingual Plane (most emoji) as
// two character references to its UTF-16 surrogates, "&#55357;&#56832;", and passes control
// characters on as references such as "&#27;". XML forbids both, and the XML parser stops at
// the first one, which would end a real backup at its first emoji. This rewrites the bytes
// before they are parsed: a reference to a high surrogate followed by one to a low surrogate
// becomes one reference to the character they encode, and any other reference to a code point
// XML forbids becomes U+FFFD. Everything else passes through untouched (including references
// inside CDATA sections and comments, where they mean nothing; SMS backups have neither).
//
// Input arrives in chunks, so a reference cut by a chunk boundary (or a high surrogate whose
// partner is not there yet) is held back until the next chunk.
class CharacterReferenceRepair
{
public:
    QByteArray feed(const QByteArray& chunk);
    // At the end of the input: whatever was held back, repaired as far as it can be.
    QByteArray finish();

private:
    QByteArray process(QByteArray data, bool final);

    QByteArray m_pending;
};

} // namespace rebind
