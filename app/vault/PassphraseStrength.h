// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rebind {

// How hard a passphrase is to guess, estimated by zxcvbn (the estimator KeePassXC uses).
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level
    {
        Empty,
        VeryWeak,
        Weak,
        Fair,
        Strong,
        VeryStrong
    };

    // extraWords: things an attacker would try first (the person's name, the phone number).
    static PassphraseStrength estimate(const QString& passphrase,
                                       const QStringList& extraWords = {});

    double bits() const { return m_bits; }
    Level level() const { return m_level; }
    // 0-100 for a meter.
    int percent() const;
    QString label() const;
    // Whether Rebind accepts it for a new vault.
    bool acceptable() const { return m_level >= Level::Fair; }

private:
    double m_bits = 0;
    Level m_level = Level::Empty;
};

} // namespace rebind
