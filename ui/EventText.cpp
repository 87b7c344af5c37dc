// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventText.h"

#include "DisplayText.h"
#include "Vocabulary.h"

#include <QDate>

namespace rebind {

namespace {

QString shortened(const QString& text)
{
    constexpr int kLimit = 60;
    const QString line = text.simplified();
    return line.size() > kLimit ? line.left(kLimit - 1) + QChar(0x2026) : line;
}

} // namespace

QString EventText::describe(const Event& event, const ServiceName& serviceName)
{
    const QString& field = event.field;
    QString text;
    if (field == QLatin1String("created")) {
        text = tr("Added");
    } else if (field == QLatin1String("restored")) {
        text = tr("Restored after being deleted");
    } else if (field == QLatin1String("deleted")) {
        text = tr("Deleted");
    } else {
        QString name;
        std::function<QString(const QString&)> value;
        if (field == QLatin1String("status")) {
            name = tr("Status");
            value = [](const QString& key) {
                const auto status = Vocabulary::statusFromKey(key);
                return status ? Vocabulary::label(*status) : key;
            };
        } else if (field == QLatin1String("action")) {
            name = tr("What to do");
            value = [](const QString& key) {
                const auto action = Vocabulary::actionFromKey(key);
                return action ? Vocabulary::label(*action) : key;
            };
        } else if (field == QLatin1String("roles")) {
            name = tr("Used for");
            value = [](const QString& keys) {
                BindingRoles roles;
                for (const QString& key : keys.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    if (const auto role = Vocabulary::roleFromKey(key)) {
                        roles |= *role;
                    }
                }
                return Vocabulary::roleLabels(roles);
            };
        } else if (field == QLatin1String("due_date")) {
            name = tr("Due");
            value = [](const QString& iso) {
                return DisplayText::date(QDate::fromString(iso, Qt::ISODate));
            };
        } else if (field == QLatin1String("service_id")) {
            name = tr("Service");
            value = [&serviceName](const QString& id) { return serviceName(id.toLongLong()); };
        } else if (field == QLatin1String("account")) {
            name = tr("Account");
            value = shortened;
        } else if (field == QLatin1String("notes")) {
            name = tr("Notes");
            value = shortened;
        } else {
            name = field;
            value = shortened;
        }
        const auto shown = [&value](const QString& stored) {
            const QString readable = stored.isEmpty() ? QString() : value(stored);
            return readable.isEmpty() ? tr("(none)") : readable;
        };
        text = tr("%1: %2 → %3").arg(name, shown(event.oldValue), shown(event.newValue));
    }
    return event.undoOf != 0 ? tr("Undo: %1").arg(text) : text;
}

QString EventText::describe(const QList<Event>& change, const ServiceName& serviceName,
                            const QString& separator)
{
    QStringList parts;
    for (const Event& event : change) {
        Event plain = event;
        plain.undoOf = 0;
        parts.append(describe(plain, serviceName));
    }
    const QString text = parts.join(separator.isNull() ? tr("; ") : separator);
    return !change.isEmpty() && change.first().undoOf != 0 ? tr("Undo: %1").arg(text) : text;
}

} // namespace rebind
