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
    };

    explicit PeopleModel(QObject* parent = nullptr);

    void load(const QList<Person>& people, const QList<NumberRecord>& numbers);
    // Drops every decrypted row (on lock).
    void wipe();

    QModelIndex find(Kind kind, qint64 id) const;
    static Kind kindOf(const QModelIndex& index);
    static qint64 idOf(const QModelIndex& index);
};

} // namespace rebind
