// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "EditConflict.h"

#include "DisplayText.h"
#include "MessageBox.h"
#include "Vocabulary.h"

namespace rebind {

namespace {

QString orNone(const QString& text)
{
    return text.isEmpty() ? EditConflict::tr("(none)") : text;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? DisplayText::date(date) : EditConflict::tr("(none)");
}

QString numberText(const PhoneNumber& number)
{
    return number.isNull() ? EditConflict::tr("(none)") : number.display();
}

// "Status: Done (was: Waiting)". Notes can be long: only that they changed.
void compare(QStringList& out, const QString& field, const QString& before, const QString& now)
{
    if (before != now) {
        out << EditConflict::tr("%1: %2 (was: %3)", "field: new value (was: old value)")
                   .arg(field, orNone(now), orNone(before));
    }
}

void compareNotes(QStringList& out, const QString& before, const QString& now)
{
    if (before != now) {
        out << EditConflict::tr("Notes: changed");
    }
}

QString personName(const QList<Person>& people, qint64 id)
{
    for (const Person& person : people) {
        if (person.id == id) {
            return person.name;
        }
    }
    return EditConflict::tr("someone removed since");
}

QString serviceName(const QHash<qint64, Service>& services, qint64 id)
{
    const auto found = services.constFind(id);
    return found != services.cend() ? found->name : EditConflict::tr("a service added since");
}

} // namespace

QStringList EditConflict::differences(const Person& before, const Person& now)
{
    QStringList out;
    compare(out, tr("Name"), before.name, now.name);
    compare(out, tr("Relation"), Vocabulary::relationLabel(before.relation),
            Vocabulary::relationLabel(now.relation));
    compareNotes(out, before.notes, now.notes);
    return out;
}

QStringList EditConflict::differences(const NumberRecord& before, const NumberRecord& now,
                                      const QList<Person>& people)
{
    QStringList out;
    if (before.personId != now.personId) {
        compare(out, tr("Whose number"), personName(people, before.personId),
                personName(people, now.personId));
    }
    compare(out, tr("Number"), numberText(before.number), numberText(now.number));
    compare(out, tr("Status"), Vocabulary::label(before.status), Vocabulary::label(now.status));
    compare(out, tr("Cancel date"), dateText(before.cancelDate), dateText(now.cancelDate));
    compare(out, tr("New number"), numberText(before.replacement), numberText(now.replacement));
    compare(out, tr("Carrier"), before.carrier, now.carrier);
    compareNotes(out, before.notes, now.notes);
    return out;
}

QStringList EditConflict::differences(const Binding& before, const Binding& now,
                                      const QHash<qint64, Service>& services)
{
    QStringList out;
    if (before.serviceId != now.serviceId) {
        compare(out, tr("Service"), serviceName(services, before.serviceId),
                serviceName(services, now.serviceId));
    }
    compare(out, tr("Account"), before.account, now.account);
    compare(out, tr("How the number is used"), Vocabulary::roleLabels(before.roles),
            Vocabulary::roleLabels(now.roles));
    compare(out, tr("What to do"), Vocabulary::label(before.action), Vocabulary::label(now.action));
    compare(out, tr("Status"), Vocabulary::label(before.status), Vocabulary::label(now.status));
    compare(out, tr("Due"), dateText(before.due), dateText(now.due));
    compareNotes(out, before.notes, now.notes);
    return out;
}

namespace {

// Yes keeps mine, No takes theirs, anything else (Cancel, Escape) goes back to editing.
EditConflict::Choice choiceFor(QMessageBox::StandardButton answer)
{
    switch (answer) {
    case QMessageBox::Yes:
        return EditConflict::Choice::KeepMine;
    case QMessageBox::No:
        return EditConflict::Choice::UseTheirs;
    default:
        return EditConflict::Choice::KeepEditing;
    }
}

} // namespace

EditConflict::Choice EditConflict::askChanged(QWidget* parent, const QString& what,
                                              const QStringList& changes)
{
    const QString text =
        tr("%1 was changed by another program while you were editing it:\n\n%2\n\nKeep your "
           "version and overwrite that change, or use theirs and drop your edits?")
            .arg(what, QStringLiteral("• ") + changes.join(QStringLiteral("\n• ")));
    const auto answer = MessageBox::choose(parent, tr("Changed by another program"), text,
                                           {{QMessageBox::Yes, tr("Keep &mine (overwrite)")},
                                            {QMessageBox::No, tr("Use &theirs (reload)")},
                                            {QMessageBox::Cancel, tr("Keep &editing")}},
                                           QMessageBox::Cancel);
    return choiceFor(answer);
}

EditConflict::Choice EditConflict::askRemoved(QWidget* parent, const QString& removed)
{
    const QString text = removed + QStringLiteral("\n\n") +
                         tr("Add it again with your version, or drop your edits?");
    const auto answer = MessageBox::choose(parent, tr("Removed by another program"), text,
                                           {{QMessageBox::Yes, tr("Keep &mine (add it again)")},
                                            {QMessageBox::No, tr("&Drop my edits")},
                                            {QMessageBox::Cancel, tr("Keep &editing")}},
                                           QMessageBox::Cancel);
    return choiceFor(answer);
}

} // namespace rebind
