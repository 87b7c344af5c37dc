// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace rebind {

// Folds traditional Chinese characters to their simplified forms, so that a signature written
// 【中國銀行】 or 【滙豐】 (Hong Kong, Macao, Taiwan and many overseas senders) finds the catalog
// entry written 中国银行 or 汇丰. Only characters whose simplified form is unambiguous are folded;
// the table covers the characters of brand, bank and institution names, not the whole language.
class HanFold
{
public:
    static QChar fold(QChar c);
    static QString fold(QStringView text);
};

} // namespace rebind
