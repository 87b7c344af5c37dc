// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace rebind {

// The 【签名】 a Chinese service message carries, wherever it sits: first, last (the two places
// the carriers' rules put it) or inside the body (forwarded texts, "…【京东】…" after a
// greeting). [Square] brackets count only at either end, where services that cannot use the
// full-width ones put them; in the middle they hold codes and placeholders.
class SmsSignatures
{
public:
    enum class Place
    {
        Start,
        End,
        Middle,
    };

    struct Found
    {
        QString text; // without brackets, trimmed
        Place place = Place::Start;
        // Digits only, in 【】: a service named by its number (【12306】) or a code put in
        // brackets; trusted only when the catalog knows it.
        bool number = false;
    };

    static constexpr qsizetype kMaxLength = 24;

    // In the order to trust them: the start, the end, then the middle from left to right.
    static QList<Found> in(QStringView body);
};

} // namespace rebind
