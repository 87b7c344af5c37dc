// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QByteArray>
#include <QStringList>

namespace rebind {

// Which columns of an SMS CSV hold what, from its header row. Names are compared after trimming
// and ignoring case; the first column with a recognised name wins each role:
//
//   date       date, time, datetime, timestamp, 时间, 日期, 日期时间, 发送时间, 接收时间
//   sender     sender, from, address, number, phone, 号码, 发件人, 发送人, 手机号, 电话, 对方号码
//   body       body, message, text, content, sms, 内容, 短信内容, 正文, 短信
//   direction  (optional) type, direction, 类型, 方向
//
// So 时间,号码,内容 and 日期,发件人,内容 both work, as do any order and extra columns.
class SmsCsvHeader
{
public:
    static std::optional<SmsCsvHeader> recognise(const QStringList& names);
    // From the first bytes of a file (at most its first record is looked at); nullopt unless
    // that record is valid UTF-8 and names all three required columns.
    static std::optional<SmsCsvHeader> fromHead(const QByteArray& head);

    // Fields a record needs for the required columns.
    qsizetype requiredFields() const;

    qsizetype date = -1;
    qsizetype sender = -1;
    qsizetype body = -1;
    qsizetype direction = -1; // -1: no such column; every message counts as received
};

} // namespace rebind
