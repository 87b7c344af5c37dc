// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarrierHint.h"

#include <QFile>
#include <QHash>
#include <QList>
#include <QVector>

namespace rebind {

namespace {

struct Name
{
    QString english;
    QString chinese;
};

struct Table
{
    QVector<Name> names;
    QHash<QString, QVector<int>> regions;
    QHash<QString, int> prefixes; // E.164 digits without "+" → index into names
    int longestPrefix = 0;
};

Table load()
{
    Table table;
    QFile file(QStringLiteral(":/carriers/carriers.tsv"));
    if (!file.open(QIODevice::ReadOnly)) {
        return table;
    }
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray& line : lines) {
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() < 3) {
            continue;
        }
        if (fields.at(0) == "N") {
            table.names.append({QString::fromUtf8(fields.at(1)), QString::fromUtf8(fields.at(2))});
        } else if (fields.at(0) == "R") {
            QVector<int> order;
            for (const QByteArray& index : fields.at(2).split(',')) {
                order.append(index.toInt());
            }
            table.regions.insert(QString::fromLatin1(fields.at(1)), order);
        } else if (fields.at(0) == "P") {
            const QString prefix = QString::fromLatin1(fields.at(1));
            table.prefixes.insert(prefix, fields.at(2).toInt());
            table.longestPrefix = std::max(table.longestPrefix, static_cast<int>(prefix.size()));
        }
    }
    return table;
}

const Table& table()
{
    static const Table loaded = load();
    return loaded;
}

QString nameIn(int index, const QString& language)
{
    const auto& names = table().names;
    if (index < 0 || index >= names.size()) {
        return {};
    }
    const Name& name = names.at(index);
    if (language.startsWith(QLatin1String("zh")) && !name.chinese.isEmpty()) {
        return name.chinese;
    }
    return name.english;
}

} // namespace

QString CarrierHint::carrier(const PhoneNumber& number, const QString& language)
{
    if (number.isNull()) {
        return {};
    }
    const QString digits = number.e164().mid(1);
    for (int length = std::min(static_cast<int>(digits.size()), table().longestPrefix); length > 0;
         --length) {
        const auto found = table().prefixes.constFind(digits.left(length));
        if (found != table().prefixes.cend()) {
            return nameIn(found.value(), language);
        }
    }
    return {};
}

QStringList CarrierHint::carriersIn(const QString& regionCode, const QString& language, int limit)
{
    QStringList out;
    for (int index : table().regions.value(regionCode)) {
        if (out.size() >= limit) {
            break;
        }
        const QString name = nameIn(index, language);
        if (!out.contains(name)) {
            out.append(name);
        }
    }
    return out;
}

} // namespace rebind
