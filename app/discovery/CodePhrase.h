// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QStringView>

namespace rebind {

// Where a message in English (or another Latin-script language) names the service that sent
// it: "Your X code is …", "123456 is your X verification code", "X code: 1234", "Your X account
// code is …", "Use 1234 as X security code", "X: your code is …", "code for X", "sign in to X".
// Returns the words found in those places (one to four, the longest reading first), strongest
// places first. Brands write their own names capitalised, so a candidate needs a capital letter
// or a digit: "your order" and "your one-time code" give nothing.
class CodePhrase
{
public:
    static QStringList namesIn(QStringView body);
};

} // namespace rebind
