// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsCsvHeader.h"

#include "CsvRecordReader.h"

#include <algorithm>
#include <QBuffer>
#include <QStringDecoder>

namespace rebind {

namespace {

bool oneOf(const QString& name, std::initializer_list<const char16_t*> candidates)
{
    return std::any_of(candidates.begin(), candidates.end(), [&](const char16_t* candidate) {
        return name.compare(QStringView(candidate), Qt::CaseInsensitive) == 0;
    });
}

} // namespace

std::optional<SmsCsvHeader> SmsCsvHeader::recognise(const QStringList& names)
{
    SmsCsvHeader header;
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString name = names.at(i).trimmed();
        if (header.date < 0 && oneOf(name, {u"date", u"time", u"datetime", u"timestamp", u"时间",
                                            u"日期", u"日期时间", u"发送时间", u"接收时间"})) {
            header.date = i;
        } else if (header.sender < 0 &&
                   oneOf(name, {u"sender", u"from", u"address", u"number", u"phone", u"号码",
                                u"发件人", u"发送人", u"手机号", u"电话", u"对方号码"})) {
            header.sender = i;
        } else if (header.body < 0 && oneOf(name, {u"body", u"message", u"text", u"content", u"sms",
                                                   u"内容", u"短信内容", u"正文", u"短信"})) {
            header.body = i;
        } else if (header.direction < 0 && oneOf(name, {u"type", u"direction", u"类型", u"方向"})) {
            header.direction = i;
        }
    }
    if (header.date < 0 || header.sender < 0 || header.body < 0) {
        return std::nullopt;
    }
    return header;
}

std::optional<SmsCsvHeader> SmsCsvHeader::fromHead(const QByteArray& head)
{
    QByteArray copy = head;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    CsvRecordReader reader(buffer, 1024, head.size() + 1);
    const auto blank = [&] {
        return reader.fields().size() == 1 && reader.fields().first().bytes.isEmpty();
    };
    CsvRecordReader::Status status = reader.next();
    while (status == CsvRecordReader::Status::Record && blank()) {
        status = reader.next();
    }
    if (status != CsvRecordReader::Status::Record) {
        return std::nullopt;
    }
    QStringList names;
    for (const CsvRecordReader::Field& field : reader.fields()) {
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString name = decoder(field.bytes);
        if (decoder.hasError()) {
            return std::nullopt;
        }
        names.append(std::move(name));
    }
    return recognise(names);
}

qsizetype SmsCsvHeader::requiredFields() const
{
    return std::max({date, sender, body}) + 1;
}

} // namespace rebind
