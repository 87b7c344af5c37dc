// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the same made-up inventory twice, for timing Rebind next to KeePassXC at one size:
//
//   make_bench_data DIR [PEOPLE NUMBERS SERVICES]   (defaults 10 5 200: 10,000 bindings)
//
// DIR/inventory.json  a Rebind JSON export (rebind-cli import json): PEOPLE people with NUMBERS
//                     numbers each, every number tied to the first SERVICES catalog services,
//                     each binding with an account, roles, a status and one "created" event;
// DIR/keepass.xml     a KeePass 2 XML file (keepassxc-cli import) with one entry per binding,
//                     in a group per person and a subgroup per number: title, user name,
//                     password, URL and notes, about what a password manager keeps per login.
#include "Catalog.h"

#include <cstdio>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QUuid>
#include <QXmlStreamWriter>

using namespace rebind;

namespace {

QString uid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// KeePass stores UUIDs as the base64 of their 16 bytes.
QString keepassUuid()
{
    return QString::fromLatin1(QUuid::createUuid().toRfc4122().toBase64());
}

void writeString(QXmlStreamWriter& xml, const QString& key, const QString& value,
                 bool isProtected = false)
{
    xml.writeStartElement(QStringLiteral("String"));
    xml.writeTextElement(QStringLiteral("Key"), key);
    xml.writeStartElement(QStringLiteral("Value"));
    if (isProtected) {
        // An XML export holds protected values in the clear, marked to be protected again.
        xml.writeAttribute(QStringLiteral("ProtectInMemory"), QStringLiteral("True"));
    }
    xml.writeCharacters(value);
    xml.writeEndElement();
    xml.writeEndElement();
}

bool save(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() && file.commit();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2 && args.size() != 5) {
        std::fprintf(stderr, "usage: make_bench_data DIR [PEOPLE NUMBERS SERVICES]\n");
        return 1;
    }
    const QDir dir(args.at(1));
    const int people = args.size() == 5 ? args.at(2).toInt() : 10;
    const int numbersEach = args.size() == 5 ? args.at(3).toInt() : 5;
    const int servicesEach = args.size() == 5 ? args.at(4).toInt() : 200;
    const QList<CatalogEntry>& entries = Catalog::builtIn().entries();
    if (people < 1 || numbersEach < 1 || numbersEach > 9999 || servicesEach < 1 ||
        servicesEach > entries.size()) {
        std::fprintf(stderr, "make_bench_data: sizes out of range (services: 1 to %lld)\n",
                     static_cast<long long>(entries.size()));
        return 1;
    }

    QRandomGenerator random(20261207);
    const QString at = QStringLiteral("2026-11-01T08:00:00.000Z");
    const QStringList statuses = {QStringLiteral("to-do"), QStringLiteral("to-do"),
                                  QStringLiteral("in-progress"), QStringLiteral("done"),
                                  QStringLiteral("verified")};
    const QStringList relations = {QStringLiteral("self"), QStringLiteral("mother"),
                                   QStringLiteral("father"), QStringLiteral("spouse"),
                                   QStringLiteral("grandparent")};

    QJsonArray services;
    QStringList serviceUids;
    for (int s = 0; s < servicesEach; ++s) {
        const CatalogEntry& entry = entries.at(s);
        serviceUids.append(uid());
        services.append(QJsonObject{{QStringLiteral("uid"), serviceUids.last()},
                                    {QStringLiteral("catalog_id"), entry.id},
                                    {QStringLiteral("name"), entry.name(QStringLiteral("en"))},
                                    {QStringLiteral("category"), entry.category},
                                    {QStringLiteral("url"), entry.helpUrl}});
    }

    QByteArray xmlData;
    QXmlStreamWriter xml(&xmlData);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("KeePassFile"));
    xml.writeStartElement(QStringLiteral("Meta"));
    xml.writeTextElement(QStringLiteral("Generator"), QStringLiteral("make_bench_data"));
    xml.writeTextElement(QStringLiteral("DatabaseName"), QStringLiteral("bench"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("Root"));
    xml.writeStartElement(QStringLiteral("Group"));
    xml.writeTextElement(QStringLiteral("UUID"), keepassUuid());
    xml.writeTextElement(QStringLiteral("Name"), QStringLiteral("Root"));

    QJsonArray peopleJson;
    qint64 serial = 0;
    for (int p = 0; p < people; ++p) {
        const QString name = QStringLiteral("Person %1").arg(p + 1);
        xml.writeStartElement(QStringLiteral("Group"));
        xml.writeTextElement(QStringLiteral("UUID"), keepassUuid());
        xml.writeTextElement(QStringLiteral("Name"), name);
        QJsonArray numbers;
        for (int n = 0; n < numbersEach; ++n) {
            // 139 plus eight digits: a valid mainland mobile number, distinct per person and slot.
            const QString e164 = QStringLiteral("+86139%1%2")
                                     .arg(p, 4, 10, QLatin1Char('0'))
                                     .arg(n, 4, 10, QLatin1Char('0'));
            xml.writeStartElement(QStringLiteral("Group"));
            xml.writeTextElement(QStringLiteral("UUID"), keepassUuid());
            xml.writeTextElement(QStringLiteral("Name"), e164);
            QJsonArray bindings;
            for (int s = 0; s < servicesEach; ++s) {
                ++serial;
                const CatalogEntry& entry = entries.at(s);
                const QString bindingUid = uid();
                const QString account = QStringLiteral("user%1").arg(serial);
                const QString status = statuses.at(random.bounded(int(statuses.size())));
                const QJsonValue due =
                    random.bounded(4) == 0
                        ? QJsonValue(QStringLiteral("2027-0%1-15").arg(1 + random.bounded(9)))
                        : QJsonValue(QJsonValue::Null);
                const QJsonObject created{{QStringLiteral("at"), at},
                                          {QStringLiteral("batch"), serial},
                                          {QStringLiteral("field"), QStringLiteral("created")},
                                          {QStringLiteral("new"), QStringLiteral("to-do")},
                                          {QStringLiteral("old"), QString()},
                                          {QStringLiteral("service_uid"), serviceUids.at(s)},
                                          {QStringLiteral("undo_of"), QJsonValue::Null}};
                bindings.append(
                    QJsonObject{{QStringLiteral("uid"), bindingUid},
                                {QStringLiteral("service_uid"), serviceUids.at(s)},
                                {QStringLiteral("account"), account},
                                {QStringLiteral("action"), QStringLiteral("rebind")},
                                {QStringLiteral("roles"),
                                 QJsonArray{QStringLiteral("login"), QStringLiteral("sms-login")}},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("due_date"), due},
                                {QStringLiteral("notes"), QString()},
                                {QStringLiteral("created_at"), at},
                                {QStringLiteral("updated_at"), at},
                                {QStringLiteral("events"), QJsonArray{created}}});

                xml.writeStartElement(QStringLiteral("Entry"));
                xml.writeTextElement(QStringLiteral("UUID"), keepassUuid());
                writeString(xml, QStringLiteral("Title"), entry.name(QStringLiteral("en")));
                writeString(xml, QStringLiteral("UserName"), account);
                writeString(xml, QStringLiteral("Password"),
                            QStringLiteral("pw-%1-%2")
                                .arg(serial)
                                .arg(random.generate(), 8, 16, QLatin1Char('0')),
                            true);
                writeString(xml, QStringLiteral("URL"), entry.helpUrl);
                writeString(xml, QStringLiteral("Notes"),
                            QStringLiteral("%1, %2").arg(e164, status));
                xml.writeEndElement();
            }
            xml.writeEndElement(); // number group
            numbers.append(
                QJsonObject{{QStringLiteral("uid"), uid()},
                            {QStringLiteral("e164"), e164},
                            {QStringLiteral("status"), QStringLiteral("in-use")},
                            {QStringLiteral("cancel_date"), QStringLiteral("2027-03-01")},
                            {QStringLiteral("replacement"), QJsonValue::Null},
                            {QStringLiteral("carrier"), QString()},
                            {QStringLiteral("notes"), QString()},
                            {QStringLiteral("bindings"), bindings},
                            {QStringLiteral("removed_bindings"), QJsonArray()},
                            {QStringLiteral("plan_steps"), QJsonArray()},
                            {QStringLiteral("new_owner_checks"), QJsonArray()}});
        }
        xml.writeEndElement(); // person group
        peopleJson.append(QJsonObject{{QStringLiteral("uid"), uid()},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("relation"), relations.at(p % 5)},
                                      {QStringLiteral("notes"), QString()},
                                      {QStringLiteral("numbers"), numbers}});
    }
    xml.writeEndElement(); // Root group
    xml.writeEndElement(); // Root
    xml.writeEndElement(); // KeePassFile
    xml.writeEndDocument();

    const QJsonObject inventory{{QStringLiteral("format"), QStringLiteral("rebind-inventory")},
                                {QStringLiteral("version"), 1},
                                {QStringLiteral("exported_at"),
                                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                {QStringLiteral("people"), peopleJson},
                                {QStringLiteral("services"), services},
                                {QStringLiteral("step_overrides"), QJsonArray()}};
    if (!save(dir.filePath(QStringLiteral("inventory.json")), QJsonDocument(inventory).toJson()) ||
        !save(dir.filePath(QStringLiteral("keepass.xml")), xmlData)) {
        std::fprintf(stderr, "make_bench_data: cannot write to %s\n", qPrintable(dir.path()));
        return 6;
    }
    std::printf("wrote %lld bindings (%d people x %d numbers x %d services) to %s\n",
                static_cast<long long>(serial), people, numbersEach, servicesEach,
                qPrintable(dir.path()));
    return 0;
}
