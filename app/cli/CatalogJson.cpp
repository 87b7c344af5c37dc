// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CatalogJson.h"

#include "Vocabulary.h"

#include <QJsonDocument>

namespace rebind::cli {

namespace {

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject bothLanguages(const LocalizedText& text)
{
    return QJsonObject{{QStringLiteral("zh"), textOrNull(text.zh)},
                       {QStringLiteral("en"), textOrNull(text.en)}};
}

QJsonObject stepLists(const LocalizedSteps& steps);

QJsonObject steps(const CatalogEntry& entry)
{
    QJsonObject out;
    for (const StepKind kind : {StepKind::Rebind, StepKind::Unbind, StepKind::Close}) {
        out.insert(catalogKey(kind), stepLists(entry.steps.value(kind)));
    }
    return out;
}

QJsonObject stepLists(const LocalizedSteps& steps)
{
    return QJsonObject{{QStringLiteral("zh"), QJsonArray::fromStringList(steps.zh)},
                       {QStringLiteral("en"), QJsonArray::fromStringList(steps.en)}};
}

QJsonArray channels(const CatalogEntry& entry)
{
    QJsonArray out;
    for (const ChannelSteps& channel : entry.channels) {
        out.append(QJsonObject{{QStringLiteral("kind"), catalogKey(channel.kind)},
                               {QStringLiteral("steps"), stepLists(channel.steps)}});
    }
    return out;
}

QJsonArray sources(const CatalogEntry& entry)
{
    QJsonArray out;
    for (const CatalogSource& source : entry.sources) {
        QJsonObject item{{QStringLiteral("url"), source.url},
                         {QStringLiteral("seen"), source.seen.toString(Qt::ISODate)},
                         {QStringLiteral("official"), source.official}};
        if (!source.note.isEmpty()) {
            item.insert(QStringLiteral("note"), source.note);
        }
        out.append(item);
    }
    return out;
}

} // namespace

QString CatalogJson::detailKey(CatalogEntry::Detail detail)
{
    return detail == CatalogEntry::Detail::Curated ? QStringLiteral("curated")
                                                   : QStringLiteral("public");
}

QJsonObject CatalogJson::summary(const CatalogEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("id"), entry.id},
        {QStringLiteral("names"), bothLanguages(entry.names)},
        {QStringLiteral("market"), entry.market},
        {QStringLiteral("category"), entry.category},
        {QStringLiteral("tier"), catalogKey(entry.tier)},
        {QStringLiteral("flags"),
         QJsonObject{
             {QStringLiteral("sms_login"), entry.smsLogin},
             {QStringLiteral("old_number_needed"), entry.oldNumberNeeded},
             {QStringLiteral("in_person"), entry.inPerson},
             {QStringLiteral("can_unbind"), entry.canUnbind},
             {QStringLiteral("can_close"), entry.canClose},
         }},
        {QStringLiteral("detail"), detailKey(entry.detail)},
        {QStringLiteral("action_kind"), catalogKey(entry.actionKind)},
        {QStringLiteral("confidence"), textOrNull(entry.confidence)},
        {QStringLiteral("has_steps"),
         QJsonObject{{QStringLiteral("zh"), entry.hasSteps(QStringLiteral("zh"))},
                     {QStringLiteral("en"), entry.hasSteps(QStringLiteral("en"))}}},
    };
}

QJsonObject CatalogJson::full(const CatalogEntry& entry)
{
    QJsonObject out = summary(entry);
    out.insert(QStringLiteral("aliases"), QJsonArray::fromStringList(entry.aliases));
    out.insert(QStringLiteral("domains"), QJsonArray::fromStringList(entry.domains));
    out.insert(QStringLiteral("sms"),
               QJsonObject{
                   {QStringLiteral("signatures"), QJsonArray::fromStringList(entry.smsSignatures)},
                   {QStringLiteral("senders"), QJsonArray::fromStringList(entry.smsSenders)},
               });
    out.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(entry.keywords));
    out.insert(QStringLiteral("android_packages"),
               QJsonArray::fromStringList(entry.androidPackages));
    out.insert(QStringLiteral("company"), textOrNull(entry.company));
    out.insert(QStringLiteral("generic"), entry.generic);
    QJsonObject old{{QStringLiteral("kind"), catalogKey(entry.oldNumber)}};
    if (!entry.oldNumberAlternatives.isEmpty()) {
        old.insert(QStringLiteral("alternatives"),
                   QJsonArray::fromStringList(entry.oldNumberAlternatives));
    }
    if (entry.isCurated()) {
        out.insert(QStringLiteral("old_number"), old);
    } else {
        out.insert(QStringLiteral("old_number"), QJsonValue(QJsonValue::Null));
    }
    out.insert(QStringLiteral("channels"), channels(entry));
    out.insert(QStringLiteral("steps"), steps(entry));
    out.insert(QStringLiteral("note"), entry.note.zh.isEmpty() && entry.note.en.isEmpty()
                                           ? QJsonValue(QJsonValue::Null)
                                           : QJsonValue(bothLanguages(entry.note)));
    out.insert(QStringLiteral("lost_number"), bothLanguages(entry.lostNumber));
    out.insert(QStringLiteral("help_url"), textOrNull(entry.helpUrl));
    out.insert(QStringLiteral("deletion"),
               QJsonObject{
                   {QStringLiteral("url"), textOrNull(entry.deletionUrl)},
                   {QStringLiteral("difficulty"), textOrNull(entry.deletionDifficulty)},
               });
    out.insert(QStringLiteral("sources"), sources(entry));
    out.insert(QStringLiteral("last_reviewed"),
               entry.lastReviewed.isValid() ? QJsonValue(entry.lastReviewed.toString(Qt::ISODate))
                                            : QJsonValue(QJsonValue::Null));
    out.insert(QStringLiteral("tfa"), QJsonArray::fromStringList(entry.twoFactorMethods));
    out.insert(QStringLiteral("phone_verification"), entry.phoneVerification);
    out.insert(QStringLiteral("default_roles"),
               QJsonArray::fromStringList(Vocabulary::roleKeys(entry.defaultRoles())));
    return out;
}

QByteArray CatalogJson::render(const QList<const CatalogEntry*>& entries)
{
    QJsonArray out;
    for (const CatalogEntry* entry : entries) {
        out.append(summary(*entry));
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QByteArray CatalogJson::render(const CatalogEntry& entry)
{
    return QJsonDocument(full(entry)).toJson(QJsonDocument::Indented);
}

} // namespace rebind::cli
