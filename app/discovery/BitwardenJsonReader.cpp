// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BitwardenJsonReader.h"

#include "BoundedFileReader.h"
#include "PasswordFormatText.h"
#include "SecretWipe.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind {

namespace {

constexpr int kLoginType = 1;

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isReadKey(QByteArrayView key)
{
    return key == "name" || key == "uri" || key == "username";
}

Error tooLarge()
{
    return makeError(ErrorCode::InvalidInput,
                     BitwardenJsonReader::tr(
                         "This JSON file is larger than %1 MiB. Rebind has to read a JSON export "
                         "whole, so it does not open files this large. Export your vault from "
                         "Bitwarden as “.csv” instead, which Rebind reads row by row.")
                         .arg(BitwardenJsonReader::kMaxBytes / (1024 * 1024)));
}

} // namespace

void BitwardenJsonReader::scrubSecrets(QByteArray& json)
{
    char* const d = json.data();
    const qsizetype n = json.size();
    bool keyIsRead = false;  // the last key seen is one whose value is kept
    bool afterColon = false; // the last token was the colon after that key
    for (qsizetype i = 0; i < n;) {
        if (d[i] != '"') {
            if (d[i] == ':') {
                afterColon = true;
            } else if (!isJsonSpace(d[i])) {
                afterColon = false;
            }
            ++i;
            continue;
        }
        const qsizetype begin = i + 1;
        qsizetype end = begin;
        while (end < n && d[end] != '"') {
            end += d[end] == '\\' ? 2 : 1;
        }
        end = std::min(end, n);
        qsizetype next = end + 1;
        while (next < n && isJsonSpace(d[next])) {
            ++next;
        }
        if (next < n && d[next] == ':') {
            keyIsRead = isReadKey(QByteArrayView(d + begin, end - begin));
        } else if (!(afterColon && keyIsRead)) {
            std::fill(d + begin, d + end, '*');
        }
        afterColon = false;
        i = end + 1;
    }
}

Result<PasswordReadSummary> BitwardenJsonReader::read(QIODevice& input,
                                                      const PasswordEntrySink& sink)
{
    // Grown by hand with every earlier copy wiped: it holds the passwords until scrubbed.
    auto bytes = BoundedFileReader::readAll(input, kMaxBytes, tooLarge());
    if (!bytes) {
        return bytes.error();
    }
    QByteArray& json = bytes.value();
    scrubSecrets(json);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    SecretWipe::wipe(json);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This file starts like a JSON file but is damaged or cut off (%1 at "
                            "byte %2). Export it again.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("encrypted")).toBool()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This Bitwarden export is encrypted, so Rebind cannot read it. In "
                            "Bitwarden, export your vault again with the file format “.json” "
                            "(not “.json (Encrypted)”), choose that file here, then delete it: "
                            "it holds your passwords unprotected."));
    }
    if (!document.isObject() || !root.value(QLatin1String("items")).isArray()) {
        return PasswordFormatText::unsupportedFile();
    }

    PasswordReadSummary summary;
    summary.format = PasswordFormat::BitwardenJson;
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    for (const QJsonValue& itemValue : items) {
        const QJsonObject item = itemValue.toObject();
        if (item.value(QLatin1String("type")).toInt() != kLoginType) {
            continue; // notes, cards, identities, SSH keys
        }
        const QJsonObject login = item.value(QLatin1String("login")).toObject();
        PasswordEntry entry;
        entry.title = item.value(QLatin1String("name")).toString().trimmed();
        entry.username = login.value(QLatin1String("username")).toString().trimmed();
        for (const QJsonValue& uri : login.value(QLatin1String("uris")).toArray()) {
            const QString url = uri.toObject().value(QLatin1String("uri")).toString().trimmed();
            if (!url.isEmpty()) {
                entry.urls.append(url);
            }
        }
        if (entry.urls.isEmpty() && entry.username.isEmpty() && entry.title.isEmpty()) {
            continue;
        }
        if (!sink(entry)) {
            summary.cancelled = true;
            return summary;
        }
        ++summary.rows;
    }
    if (summary.rows == 0) {
        summary.warnings.append(tr("This Bitwarden export holds no logins."));
    }
    return summary;
}

} // namespace rebind
