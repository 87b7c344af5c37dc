// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "NumberRecord.h"
#include "Person.h"

#include <QStandardItemModel>

namespace rebind {

// The tree on the left: people, and under each the numbers they own.
class PeopleModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Kind
    {
        NoKind = 0,
        PersonKind = 1,
        NumberKind = 2
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1,
        IdRole,
        PersonIdRole,
        LineRole, // a number's one-line text
    };

    explicit PeopleModel(QObject* parent = nullptr);

    void load(const QList<Person>& people, const QList<NumberRecord>& numbers);
    // Drops every decrypted row (on lock).
    void wipe();

    // Numbers on two lines (the number, then its status) where one line would not fit the
    // list at large text sizes. Changes the rows in place (selection stays).
    void setTwoLines(bool twoLines);
    bool twoLines() const { return m_twoLines; }

    QModelIndex find(Kind kind, qint64 id) const;
    static Kind kindOf(const QModelIndex& index);
    static qint64 idOf(const QModelIndex& index);

private:
    static QString numberText(const QString& line, bool twoLines);

    bool m_twoLines = false;
};

} // namespace rebind
