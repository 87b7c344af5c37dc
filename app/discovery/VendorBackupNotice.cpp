// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VendorBackupNotice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QXmlStreamReader>

namespace rebind {

namespace {

const QByteArray kSqliteMagic("SQLite format 3\0", 16);

bool hasRoot(const QByteArray& head, QLatin1String root)
{
    if (!head.contains(QByteArrayView(root.data(), root.size()))) {
        return false; // the common case, without parsing
    }
    QXmlStreamReader xml(head);
    xml.setNamespaceProcessing(false);
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            return xml.name() == root;
        case QXmlStreamReader::Invalid:
            return false;
        default:
            break;
        }
    }
    return false;
}

bool isHuaweiInfoXml(const QByteArray& head)
{
    return hasRoot(head, QLatin1String("info.xml"));
}

QByteArray headOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(8192) : QByteArray();
}

bool isEncryptedHuaweiFile(const QByteArray& head, const QString& path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if ((suffix != QLatin1String("db") && suffix != QLatin1String("enc")) ||
        head.startsWith(kSqliteMagic)) {
        return false;
    }
    const QDir folder = info.dir();
    return folder.exists(QStringLiteral("info.xml")) ||
           folder.exists(QStringLiteral("backupinfo.ini"));
}

QString xiaomiText()
{
    return VendorBackupNotice::tr("This is a Xiaomi backup (from Settings › Back up and "
                                  "restore). Xiaomi keeps the messages in it in its own format, "
                                  "which is not published, so Rebind cannot read them.");
}

QString huaweiText()
{
    return VendorBackupNotice::tr("This is a Huawei or Honor backup (HiSuite, or the phone's "
                                  "Backup app), which encrypts the messages, so Rebind cannot "
                                  "read them. Its sms.db can be read once decrypted with the "
                                  "backup password (for example with the open-source "
                                  "kobackupdec).");
}

Error notice(const QString& what)
{
    return Error{ErrorCode::InvalidInput,
                 what + QLatin1Char(' ') + VendorBackupNotice::exportRoute()};
}

} // namespace

QString VendorBackupNotice::exportRoute()
{
    return tr("Export your messages to a file Rebind reads instead: a .vmsg file, where the "
              "Messages app offers “Export” or “Back up to storage”; or, with an SMS export app "
              "such as “SMS Backup & Restore” from your phone's app store, an XML or CSV file.");
}

std::optional<Error> VendorBackupNotice::check(const QByteArray& head, const QString& path)
{
    if (head.startsWith("MIUI BACKUP\n")) {
        return notice(xiaomiText());
    }
    if (head.startsWith("ANDROID BACKUP\n")) {
        return notice(tr("This is an Android backup (.ab, made with adb backup or a tool built "
                         "on it). Rebind cannot read messages from it."));
    }
    if (isHuaweiInfoXml(head) || isEncryptedHuaweiFile(head, path)) {
        return notice(huaweiText());
    }
    return std::nullopt;
}

std::optional<Error> VendorBackupNotice::checkFolder(const QString& path)
{
    const QDir folder(path);
    if (hasRoot(headOf(folder.filePath(QStringLiteral("descript.xml"))),
                QLatin1String("MIUI-backup"))) {
        return notice(xiaomiText());
    }
    if (isHuaweiInfoXml(headOf(folder.filePath(QStringLiteral("info.xml"))))) {
        return notice(huaweiText());
    }
    return std::nullopt;
}

} // namespace rebind
