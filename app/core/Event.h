#pragma once

#include <QDateTime>
#include <QString>

namespace rebind {

// One entry of a binding's append-only history. field is a column name, or "created",
// "deleted", "restored"; values are the stored (untranslated) forms.
struct Event
{
    qint64 id = 0;
    QString bindingUid;
    QDateTime at;
    QString field;
    QString oldValue;
    QString newValue;
};

} // namespace rebind
