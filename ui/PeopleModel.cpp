// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeopleModel.h"

#include "DisplayText.h"
#include "Vocabulary.h"

#include <QHash>

namespace rebind {

PeopleModel::PeopleModel(QObject* parent) : QStandardItemModel(parent) {}

void PeopleModel::load(const QList<Person>& people, const QList<NumberRecord>& numbers)
{
    wipe();
    QHash<qint64, QStandardItem*> owners;
    for (const Person& person : people) {
        auto* item = new QStandardItem(DisplayText::person(person));
        item->setEditable(false);
        item->setData(PersonKind, KindRole);
        item->setData(person.id, IdRole);
        item->setData(person.id, PersonIdRole);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        if (!person.notes.isEmpty()) {
            item->setToolTip(person.notes);
        }
        appendRow(item);
        owners.insert(person.id, item);
    }
    for (const NumberRecord& record : numbers) {
        QStandardItem* owner = owners.value(record.personId);
        if (owner == nullptr) {
            continue;
        }
        const QString line = DisplayText::numberLine(record);
        auto* item = new QStandardItem(numberText(line, m_twoLines));
        item->setEditable(false);
        item->setData(NumberKind, KindRole);
        item->setData(record.id, IdRole);
        item->setData(record.personId, PersonIdRole);
        item->setData(line, LineRole);
        item->setAccessibleText(record.number.display());
        QString tip = line;
        if (record.cancelDate.isValid()) {
            tip += QLatin1Char('\n') +
                   tr("Planned cancel date: %1").arg(DisplayText::date(record.cancelDate));
        }
        item->setToolTip(tip);
        owner->appendRow(item);
    }
}

QString PeopleModel::numberText(const QString& line, bool twoLines)
{
    if (!twoLines) {
        return line;
    }
    // "number · status": the status goes under the number.
    const QString separator = QStringLiteral(" · ");
    const auto at = line.indexOf(separator);
    return at < 0 ? line : line.left(at) + QLatin1Char('\n') + line.mid(at + separator.size());
}

void PeopleModel::setTwoLines(bool twoLines)
{
    if (twoLines == m_twoLines) {
        return;
    }
    m_twoLines = twoLines;
    for (int row = 0; row < rowCount(); ++row) {
        QStandardItem* person = item(row);
        for (int child = 0; child < person->rowCount(); ++child) {
            QStandardItem* number = person->child(child);
            number->setText(numberText(number->data(LineRole).toString(), twoLines));
        }
    }
}

void PeopleModel::wipe()
{
    clear();
}

QModelIndex PeopleModel::find(Kind kind, qint64 id) const
{
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex person = index(row, 0);
        if (kind == PersonKind && idOf(person) == id) {
            return person;
        }
        if (kind == NumberKind) {
            for (int child = 0; child < rowCount(person); ++child) {
                const QModelIndex number = index(child, 0, person);
                if (idOf(number) == id) {
                    return number;
                }
            }
        }
    }
    return QModelIndex();
}

PeopleModel::Kind PeopleModel::kindOf(const QModelIndex& index)
{
    return index.isValid() ? static_cast<Kind>(index.data(KindRole).toInt()) : NoKind;
}

qint64 PeopleModel::idOf(const QModelIndex& index)
{
    return index.isValid() ? index.data(IdRole).toLongLong() : 0;
}

} // namespace rebind
