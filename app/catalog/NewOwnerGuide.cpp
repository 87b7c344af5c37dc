// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewOwnerGuide.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rebind {

namespace {

LocalizedText textAt(const QJsonObject& object, const char* key, const QString& where,
                     QStringList& problems, bool required = true)
{
    const QJsonObject value = object.value(QLatin1String(key)).toObject();
    LocalizedText text{value.value(QLatin1String("zh")).toString().trimmed(),
                       value.value(QLatin1String("en")).toString().trimmed()};
    const bool absent = text.zh.isEmpty() && text.en.isEmpty();
    if ((required || !absent) && (text.zh.isEmpty() || text.en.isEmpty())) {
        problems.append(where + QLatin1Char('.') + QLatin1String(key) +
                        QStringLiteral(": needs both zh and en"));
    }
    return text;
}

} // namespace

const NewOwnerGuide& NewOwnerGuide::builtIn()
{
    static const NewOwnerGuide guide = [] {
        QFile file(QStringLiteral(":/guidance/new-owner.json"));
        QStringList problems;
        if (!file.open(QIODevice::ReadOnly)) {
            return NewOwnerGuide();
        }
        return parse(file.readAll(), problems);
    }();
    return guide;
}

NewOwnerGuide NewOwnerGuide::parse(const QByteArray& json, QStringList& problems)
{
    NewOwnerGuide guide;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        problems.append(QStringLiteral("not a JSON object: ") + error.errorString());
        return guide;
    }
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("schema")).toInt() != 1) {
        problems.append(QStringLiteral("schema: expected 1"));
        return guide;
    }
    guide.howToCheck = textAt(root, "how_to_check", QStringLiteral("guide"), problems);
    guide.genericRelease = textAt(root, "generic_release", QStringLiteral("guide"), problems);

    QStringList seen;
    for (const QJsonValue& value : root.value(QLatin1String("services")).toArray()) {
        const QJsonObject object = value.toObject();
        Service service;
        service.catalogId = object.value(QLatin1String("id")).toString();
        const QString where = QStringLiteral("services.") + service.catalogId;
        if (service.catalogId.isEmpty() || seen.contains(service.catalogId)) {
            problems.append(where + QStringLiteral(": missing or repeated id"));
            continue;
        }
        seen.append(service.catalogId);
        service.check = textAt(object, "check", where, problems, false);
        service.release = textAt(object, "release", where, problems);
        service.confidence = object.value(QLatin1String("confidence")).toString();
        guide.services.append(service);
    }
    if (guide.services.isEmpty()) {
        problems.append(QStringLiteral("services: none"));
    }

    for (const QJsonValue& value : root.value(QLatin1String("routes")).toArray()) {
        const QJsonObject object = value.toObject();
        Route route;
        route.id = object.value(QLatin1String("id")).toString();
        route.catalogId = object.value(QLatin1String("catalog_id")).toString();
        const QString where = QStringLiteral("routes.") + route.id;
        route.title = textAt(object, "title", where, problems);
        route.summary = textAt(object, "summary", where, problems);
        route.note = textAt(object, "note", where, problems, false);
        for (const QJsonValue& stepValue : object.value(QLatin1String("steps")).toArray()) {
            const QJsonObject step = stepValue.toObject();
            route.steps.append(Step{textAt(step, "label", where, problems),
                                    textAt(step, "text", where, problems)});
        }
        if (route.id.isEmpty() || route.steps.isEmpty()) {
            problems.append(where + QStringLiteral(": needs an id and steps"));
        }
        guide.routes.append(route);
    }

    const QJsonObject debt = root.value(QLatin1String("debt_statement")).toObject();
    guide.debtTitle = textAt(debt, "title", QStringLiteral("debt_statement"), problems);
    guide.debtText = textAt(debt, "text", QStringLiteral("debt_statement"), problems);
    for (const QString& text : {guide.debtText.zh, guide.debtText.en}) {
        if (!text.contains(QLatin1String("{number}")) || !text.contains(QLatin1String("{since}"))) {
            problems.append(QStringLiteral("debt_statement.text: needs {number} and {since}"));
        }
    }
    return guide;
}

QString NewOwnerGuide::debtStatement(const QString& language, const QString& number,
                                     const QString& since) const
{
    QString text = debtText.in(language);
    text.replace(QLatin1String("{number}"), number);
    text.replace(QLatin1String("{since}"), since);
    return text;
}

const NewOwnerGuide::Service* NewOwnerGuide::service(const QString& catalogId) const
{
    for (const Service& s : services) {
        if (s.catalogId == catalogId) {
            return &s;
        }
    }
    return nullptr;
}

} // namespace rebind
