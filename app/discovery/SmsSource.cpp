// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsSource.h"

#include "SmsCsvHeader.h"
#include "VmsgReader.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace rebind {

namespace {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

// The root element's name when head is XML that gets that far.
std::optional<QString> xmlRootName(const QByteArray& head)
{
    QXmlStreamReader xml(head);
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return xml.name().toString();
        case QXmlStreamReader::Invalid:
            return std::nullopt;
        default:
            break;
        }
    }
    return std::nullopt;
}

std::optional<SmsFormat> formatFromName(const QString& fileName)
{
    const QString name = QFileInfo(fileName).fileName().toLower();
    if (name.endsWith(QLatin1String(".xml"))) {
        return SmsFormat::AndroidXml;
    }
    if (name.endsWith(QLatin1String(".csv"))) {
        return SmsFormat::Csv;
    }
    if (name.endsWith(QLatin1String(".vmsg")) || name.endsWith(QLatin1String(".vmg"))) {
        return SmsFormat::Vmsg;
    }
    if (name == QLatin1String(SmsFormatDetector::kIosBackupName) ||
        name.endsWith(QLatin1String(".db")) || name.endsWith(QLatin1String(".sqlite")) ||
        name.endsWith(QLatin1String(".sqlitedb"))) {
        return SmsFormat::IosSmsDb;
    }
    return std::nullopt;
}

} // namespace

std::optional<SmsFormat> SmsFormatDetector::detect(const QByteArray& head, const QString& fileName)
{
    const QByteArray start = head.left(kHeadBytes);
    if (start.startsWith(kSqliteMagic)) {
        return SmsFormat::IosSmsDb;
    }
    if (xmlRootName(start) == QLatin1String("smses")) {
        return SmsFormat::AndroidXml;
    }
    if (VmsgReader::recognises(start)) {
        return SmsFormat::Vmsg;
    }
    if (SmsCsvHeader::fromHead(start)) {
        return SmsFormat::Csv;
    }
    return formatFromName(fileName);
}

} // namespace rebind
