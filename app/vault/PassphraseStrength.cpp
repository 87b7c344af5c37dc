// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PassphraseStrength.h"

#include <algorithm>
#include <vector>
#include <zxcvbn.h>

namespace rebind {

PassphraseStrength PassphraseStrength::estimate(const QString& passphrase,
                                                const QStringList& extraWords)
{
    PassphraseStrength result;
    if (passphrase.isEmpty()) {
        return result;
    }
    QByteArray utf8 = passphrase.toUtf8();
    std::vector<QByteArray> words;
    words.reserve(static_cast<size_t>(extraWords.size()));
    for (const QString& word : extraWords) {
        if (!word.isEmpty()) {
            words.push_back(word.toUtf8());
        }
    }
    std::vector<const char*> dict;
    for (const QByteArray& word : words) {
        dict.push_back(word.constData());
    }
    dict.push_back(nullptr);
    result.m_bits = ZxcvbnMatch(utf8.constData(), dict.data(), nullptr);
    utf8.fill('\0');
    // Bands follow KeePassXC's: below 40 bits falls to an offline attack in hours.
    if (result.m_bits < 25) {
        result.m_level = Level::VeryWeak;
    } else if (result.m_bits < 40) {
        result.m_level = Level::Weak;
    } else if (result.m_bits < 65) {
        result.m_level = Level::Fair;
    } else if (result.m_bits < 100) {
        result.m_level = Level::Strong;
    } else {
        result.m_level = Level::VeryStrong;
    }
    return result;
}

int PassphraseStrength::percent() const
{
    return std::clamp(static_cast<int>(m_bits), 0, 100);
}

QString PassphraseStrength::label() const
{
    switch (m_level) {
    case Level::Empty:
        return tr("Enter a passphrase");
    case Level::VeryWeak:
        return tr("Very weak: easy to guess");
    case Level::Weak:
        return tr("Weak: add more words");
    case Level::Fair:
        return tr("Fair");
    case Level::Strong:
        return tr("Strong");
    case Level::VeryStrong:
        return tr("Very strong");
    }
    return {};
}

} // namespace rebind
