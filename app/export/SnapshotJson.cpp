// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotJson.h"

#include "Vocabulary.h"

#include <limits>
#include <optional>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

namespace rebind {

namespace {

const QString kFormat = QStringLiteral("rebind-inventory");

// The vault's own limits (Inventory), so that whatever a file holds also fits a vault.
constexpr int kMaxUid = 100;
constexpr int kMaxKey = 64;
constexpr int kMaxText = 2000;
constexpr int kMaxNotes = 20000;
constexpr int kMaxPeople = 100000;
constexpr int kMaxNumbers = 100000;
constexpr int kMaxServices = 100000;
constexpr int kMaxEvents = 2000000;
constexpr qint64 kMaxBatch = qint64(1) << 53; // exact in a JSON number

// ---- writing -----------------------------------------------------------------------------------

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue timeValue(const QDateTime& at)
{
    return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray eventsJson(const QList<InventorySnapshot::HistoryEvent>& events)
{
    QJsonArray out;
    for (const auto& entry : events) {
        const Event& e = entry.event;
        out.append(QJsonObject{
            {QStringLiteral("at"), timeValue(e.at)},
            {QStringLiteral("field"), e.field},
            {QStringLiteral("old"), e.oldValue},
            {QStringLiteral("new"), e.newValue},
            {QStringLiteral("batch"), double(e.batch)},
            {QStringLiteral("undo_of"),
             e.undoOf != 0 ? QJsonValue(double(e.undoOf)) : QJsonValue()},
            {QStringLiteral("service_uid"), textOrNull(entry.serviceUid)},
        });
    }
    return out;
}

QJsonObject numberJson(const InventorySnapshot::NumberEntry& number)
{
    const NumberRecord& r = number.record;
    QJsonArray bindings;
    for (const auto& entry : number.bindings) {
        const Binding& b = entry.binding;
        bindings.append(QJsonObject{
            {QStringLiteral("uid"), b.uid},
            {QStringLiteral("service_uid"), entry.serviceUid},
            {QStringLiteral("account"), b.account},
            {QStringLiteral("roles"), QJsonArray::fromStringList(Vocabulary::roleKeys(b.roles))},
            {QStringLiteral("action"), Vocabulary::key(b.action)},
            {QStringLiteral("status"), Vocabulary::key(b.status)},
            {QStringLiteral("due_date"), dateValue(b.due)},
            {QStringLiteral("notes"), b.notes},
            {QStringLiteral("created_at"), timeValue(b.createdAt)},
            {QStringLiteral("updated_at"), timeValue(b.updatedAt)},
            {QStringLiteral("events"), eventsJson(entry.events)},
        });
    }
    QJsonArray removed;
    for (const auto& entry : number.removedBindings) {
        removed.append(QJsonObject{{QStringLiteral("uid"), entry.uid},
                                   {QStringLiteral("events"), eventsJson(entry.events)}});
    }
    QJsonArray steps;
    for (const auto& step : number.planSteps) {
        steps.append(QJsonObject{
            {QStringLiteral("step"), step.state.step},
            {QStringLiteral("status"), Vocabulary::key(step.state.status)},
            {QStringLiteral("due_date"), dateValue(step.state.due)},
            {QStringLiteral("updated_at"), timeValue(step.updatedAt)},
        });
    }
    QJsonArray checks;
    for (const auto& check : number.newOwnerChecks) {
        checks.append(QJsonObject{
            {QStringLiteral("service_key"), check.serviceKey},
            {QStringLiteral("result"), Vocabulary::key(check.result)},
            {QStringLiteral("updated_at"), timeValue(check.updatedAt)},
        });
    }
    return QJsonObject{
        {QStringLiteral("uid"), r.uid},
        {QStringLiteral("e164"), r.number.e164()},
        {QStringLiteral("status"), Vocabulary::key(r.status)},
        {QStringLiteral("cancel_date"), dateValue(r.cancelDate)},
        {QStringLiteral("replacement"), textOrNull(r.replacement.e164())},
        {QStringLiteral("carrier"), r.carrier},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("bindings"), bindings},
        {QStringLiteral("removed_bindings"), removed},
        {QStringLiteral("plan_steps"), steps},
        {QStringLiteral("new_owner_checks"), checks},
    };
}

// ---- reading -----------------------------------------------------------------------------------

// Keeps the first problem found; readers carry on with empty values after it and the caller
// stops at the next check, so that no half-read value is ever used.
class Problems
{
public:
    bool any() const { return m_error.has_value(); }
    const Error& first() const { return *m_error; }

    void add(const QString& path, const QString& what)
    {
        if (!m_error) {
            m_error =
                makeError(ErrorCode::InvalidInput,
                          SnapshotJson::tr("This is not a valid Rebind inventory file: %1 (at %2).")
                              .arg(what, path));
        }
    }

private:
    std::optional<Error> m_error;
};

// Typed access to one JSON object's members, reporting problems with their path.
class Fields
{
public:
    Fields(Problems& problems, const QJsonValue& value, QString path)
        : m_problems(problems), m_path(std::move(path))
    {
        if (!value.isObject()) {
            m_problems.add(m_path, SnapshotJson::tr("an object is expected"));
        }
        m_object = value.toObject();
    }

    QString path(const char* key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key)
                                : m_path + QLatin1Char('.') + QString::fromLatin1(key);
    }

    // A string; absent or null reads as empty unless required (then it must not be blank).
    QString text(const char* key, int maxLength, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                m_problems.add(path(key), SnapshotJson::tr("this value is missing"));
            }
            return {};
        }
        if (!value.isString()) {
            m_problems.add(path(key), SnapshotJson::tr("a text is expected"));
            return {};
        }
        const QString text = value.toString();
        if (text.size() > maxLength) {
            m_problems.add(path(key), SnapshotJson::tr("the text is too long"));
            return {};
        }
        if (required && text.trimmed().isEmpty()) {
            m_problems.add(path(key), SnapshotJson::tr("this value is empty"));
            return {};
        }
        return text;
    }

    QDate date(const char* key)
    {
        const QString text = this->text(key, 10, false);
        if (text.isEmpty()) {
            return {};
        }
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid()) {
            m_problems.add(path(key), SnapshotJson::tr("a date like 2026-12-31 is expected"));
        }
        return date;
    }

    QDateTime time(const char* key, bool required)
    {
        const QString text = this->text(key, 40, required);
        if (text.isEmpty()) {
            return {};
        }
        const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!at.isValid()) {
            m_problems.add(path(key),
                           SnapshotJson::tr("a time like 2026-12-31T09:00:00.000Z is expected"));
            return {};
        }
        return at.toUTC();
    }

    // A whole number in [min, max]; absent or null reads as 0 unless required.
    qint64 integer(const char* key, qint64 min, qint64 max, bool required)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            if (required) {
                m_problems.add(path(key), SnapshotJson::tr("this value is missing"));
            }
            return 0;
        }
        const double number = value.toDouble(-1.0);
        if (!value.isDouble() || number < double(min) || number > double(max) ||
            number != double(qint64(number))) {
            m_problems.add(
                path(key),
                SnapshotJson::tr("a whole number from %1 to %2 is expected").arg(min).arg(max));
            return 0;
        }
        return qint64(number);
    }

    PhoneNumber phone(const char* key, bool required)
    {
        const QString text = this->text(key, 40, required);
        if (text.isEmpty()) {
            return {};
        }
        const auto parsed = PhoneNumber::parse(text, QStringLiteral("ZZ"));
        if (!parsed || parsed->e164() != text) {
            m_problems.add(path(key), SnapshotJson::tr("a valid phone number in E.164 form like "
                                                       "+8613800138000 is expected"));
            return {};
        }
        return *parsed;
    }

    // One of the keys of an enumeration, spelled exactly as Vocabulary writes it.
    template <typename Enum>
    Enum choice(const char* key, std::optional<Enum> (*fromKey)(const QString&),
                QString (*toKey)(Enum))
    {
        const QString text = this->text(key, kMaxKey, true);
        if (text.isEmpty()) {
            return Enum{};
        }
        const std::optional<Enum> value = fromKey(text);
        if (!value || toKey(*value) != text) {
            m_problems.add(path(key), SnapshotJson::tr("“%1” is not a known value").arg(text));
            return Enum{};
        }
        return *value;
    }

    // Absent or null reads as empty.
    QJsonArray array(const char* key, int maxSize)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull()) {
            return {};
        }
        if (!value.isArray()) {
            m_problems.add(path(key), SnapshotJson::tr("a list is expected"));
            return {};
        }
        const QJsonArray array = value.toArray();
        if (array.size() > maxSize) {
            m_problems.add(path(key),
                           SnapshotJson::tr("the list has more than %1 entries").arg(maxSize));
            return {};
        }
        return array;
    }

    QString item(const char* key, qsizetype index) const
    {
        return path(key) + QStringLiteral("[%1]").arg(index);
    }

private:
    Problems& m_problems;
    QJsonObject m_object;
    QString m_path;
};

// Reads the whole document, checking what single fields cannot: uniqueness, references between
// entries, and totals.
class SnapshotReader
{
public:
    Result<InventorySnapshot> read(const QJsonValue& root)
    {
        Fields fields(m_problems, root, QString());
        if (m_problems.any()) {
            return m_problems.first();
        }
        if (fields.text("format", kMaxKey, true) != kFormat) {
            return makeError(ErrorCode::InvalidInput,
                             SnapshotJson::tr("This is not a Rebind inventory file."));
        }
        const qint64 version = fields.integer("version", 1, std::numeric_limits<int>::max(), true);
        if (!m_problems.any() && version > SnapshotJson::kVersion) {
            return makeError(ErrorCode::TooNew,
                             SnapshotJson::tr("This inventory file was made by a newer version of "
                                              "Rebind. Update Rebind to read it."));
        }
        InventorySnapshot snapshot;
        snapshot.exportedAt = fields.time("exported_at", true);

        const QJsonArray services = fields.array("services", kMaxServices);
        for (qsizetype i = 0; i < services.size() && !m_problems.any(); ++i) {
            snapshot.services.append(service(services.at(i), fields.item("services", i)));
        }
        const QJsonArray overrides = fields.array("step_overrides", kMaxServices * 3);
        for (qsizetype i = 0; i < overrides.size() && !m_problems.any(); ++i) {
            snapshot.stepOverrides.append(
                stepOverride(overrides.at(i), fields.item("step_overrides", i)));
        }
        const QJsonArray people = fields.array("people", kMaxPeople);
        if (!m_problems.any() && !root.toObject().value(QLatin1String("people")).isArray()) {
            m_problems.add(QStringLiteral("people"), SnapshotJson::tr("a list is expected"));
        }
        for (qsizetype i = 0; i < people.size() && !m_problems.any(); ++i) {
            snapshot.people.append(person(people.at(i), fields.item("people", i)));
        }
        if (m_problems.any()) {
            return m_problems.first();
        }
        return snapshot;
    }

private:
    bool unique(QSet<QString>& seen, const QString& value, const QString& path)
    {
        if (seen.contains(value)) {
            m_problems.add(path, SnapshotJson::tr("“%1” appears twice").arg(value));
            return false;
        }
        seen.insert(value);
        return true;
    }

    Service service(const QJsonValue& value, const QString& path)
    {
        Fields f(m_problems, value, path);
        Service s;
        s.uid = f.text("uid", kMaxUid, true);
        s.catalogId = f.text("catalog_id", kMaxText, false);
        s.name = f.text("name", kMaxText, s.catalogId.isEmpty());
        s.category = f.text("category", kMaxKey, true);
        s.url = f.text("url", kMaxText, false);
        if (!m_problems.any() && !Vocabulary::categoryKeys().contains(s.category)) {
            m_problems.add(f.path("category"),
                           SnapshotJson::tr("“%1” is not a known value").arg(s.category));
        }
        if (!m_problems.any()) {
            unique(m_serviceUids, s.uid, f.path("uid"));
        }
        return s;
    }

    Inventory::StepOverride stepOverride(const QJsonValue& value, const QString& path)
    {
        Fields f(m_problems, value, path);
        Inventory::StepOverride o;
        o.serviceKey = f.text("service_key", kMaxText, true);
        o.kind = f.text("kind", kMaxKey, true);
        o.updatedAt = f.time("updated_at", true);
        static const QStringList kinds = {QStringLiteral("rebind"), QStringLiteral("unbind"),
                                          QStringLiteral("close")};
        if (!m_problems.any() && !kinds.contains(o.kind)) {
            m_problems.add(f.path("kind"),
                           SnapshotJson::tr("“%1” is not a known value").arg(o.kind));
        }
        const QJsonArray steps = f.array("steps", kMaxNotes);
        qsizetype total = 0;
        for (qsizetype i = 0; i < steps.size() && !m_problems.any(); ++i) {
            const QString step = steps.at(i).toString();
            if (!steps.at(i).isString() || step.trimmed().isEmpty() ||
                step.contains(QLatin1Char('\n'))) {
                m_problems.add(f.item("steps", i),
                               SnapshotJson::tr("one line of text is expected"));
            }
            total += step.size() + 1;
            o.steps.append(step);
        }
        if (!m_problems.any() && (o.steps.isEmpty() || total > kMaxNotes)) {
            m_problems.add(f.path("steps"), SnapshotJson::tr("from 1 to %1 characters of steps "
                                                             "are expected")
                                                .arg(kMaxNotes));
        }
        if (!m_problems.any()) {
            unique(m_overrides, o.serviceKey + QLatin1Char('\n') + o.kind, path);
        }
        return o;
    }

    InventorySnapshot::PersonEntry person(const QJsonValue& value, const QString& path)
    {
        Fields f(m_problems, value, path);
        InventorySnapshot::PersonEntry entry;
        Person& p = entry.person;
        p.uid = f.text("uid", kMaxUid, true);
        p.name = f.text("name", kMaxText, true);
        p.relation = f.text("relation", kMaxText, false);
        p.notes = f.text("notes", kMaxNotes, false);
        if (!m_problems.any()) {
            unique(m_personUids, p.uid, f.path("uid"));
        }
        const QJsonArray numbers = f.array("numbers", kMaxNumbers);
        for (qsizetype i = 0; i < numbers.size() && !m_problems.any(); ++i) {
            entry.numbers.append(number(numbers.at(i), f.item("numbers", i)));
        }
        return entry;
    }

    InventorySnapshot::NumberEntry number(const QJsonValue& value, const QString& path)
    {
        if (++m_numberCount > kMaxNumbers) {
            m_problems.add(path, SnapshotJson::tr("the file lists too many numbers"));
            return {};
        }
        Fields f(m_problems, value, path);
        InventorySnapshot::NumberEntry entry;
        NumberRecord& r = entry.record;
        r.uid = f.text("uid", kMaxUid, true);
        r.number = f.phone("e164", true);
        r.status =
            f.choice<NumberStatus>("status", &Vocabulary::numberStatusFromKey, &Vocabulary::key);
        r.cancelDate = f.date("cancel_date");
        r.replacement = f.phone("replacement", false);
        r.carrier = f.text("carrier", kMaxText, false);
        r.notes = f.text("notes", kMaxNotes, false);
        if (!m_problems.any() && r.replacement == r.number) {
            m_problems.add(f.path("replacement"),
                           SnapshotJson::tr("the new number must differ from the number"));
        }
        if (!m_problems.any() && unique(m_numberUids, r.uid, f.path("uid"))) {
            unique(m_e164s, r.number.e164(), f.path("e164"));
        }
        // Within one number, a service and account are listed once (as the vault requires).
        QSet<QString> identities;
        const QJsonArray bindings = f.array("bindings", SnapshotJson::kMaxBindings);
        for (qsizetype i = 0; i < bindings.size() && !m_problems.any(); ++i) {
            const QString itemPath = f.item("bindings", i);
            auto parsed = binding(bindings.at(i), itemPath);
            if (!m_problems.any()) {
                unique(identities,
                       parsed.serviceUid + QLatin1Char('\n') + parsed.binding.account.trimmed(),
                       itemPath);
            }
            entry.bindings.append(parsed);
        }
        const QJsonArray removed = f.array("removed_bindings", SnapshotJson::kMaxBindings);
        for (qsizetype i = 0; i < removed.size() && !m_problems.any(); ++i) {
            const QString itemPath = f.item("removed_bindings", i);
            Fields rf(m_problems, removed.at(i), itemPath);
            InventorySnapshot::RemovedBinding gone;
            gone.uid = rf.text("uid", kMaxUid, true);
            if (!m_problems.any()) {
                unique(m_bindingUids, gone.uid, rf.path("uid"));
            }
            gone.events = events(rf, gone.uid);
            if (!m_problems.any() && gone.events.isEmpty()) {
                m_problems.add(rf.path("events"), SnapshotJson::tr("the history is empty"));
            }
            entry.removedBindings.append(gone);
        }
        const QJsonArray steps = f.array("plan_steps", 64);
        QSet<QString> stepNames;
        for (qsizetype i = 0; i < steps.size() && !m_problems.any(); ++i) {
            Fields sf(m_problems, steps.at(i), f.item("plan_steps", i));
            Inventory::StampedPlanStep step;
            step.state.step = sf.text("step", kMaxKey, true);
            step.state.status =
                sf.choice<BindingStatus>("status", &Vocabulary::statusFromKey, &Vocabulary::key);
            step.state.due = sf.date("due_date");
            step.updatedAt = sf.time("updated_at", true);
            if (!m_problems.any()) {
                unique(stepNames, step.state.step, sf.path("step"));
            }
            entry.planSteps.append(step);
        }
        const QJsonArray checks = f.array("new_owner_checks", kMaxServices);
        QSet<QString> checked;
        for (qsizetype i = 0; i < checks.size() && !m_problems.any(); ++i) {
            Fields cf(m_problems, checks.at(i), f.item("new_owner_checks", i));
            NewOwnerCheck check;
            check.serviceKey = cf.text("service_key", kMaxText, true);
            check.result = cf.choice<NewOwnerResult>("result", &Vocabulary::newOwnerResultFromKey,
                                                     &Vocabulary::key);
            check.updatedAt = cf.time("updated_at", true);
            if (!m_problems.any()) {
                unique(checked, check.serviceKey, cf.path("service_key"));
            }
            entry.newOwnerChecks.append(check);
        }
        return entry;
    }

    InventorySnapshot::BindingEntry binding(const QJsonValue& value, const QString& path)
    {
        if (++m_bindingCount > SnapshotJson::kMaxBindings) {
            m_problems.add(path, SnapshotJson::tr("the file lists more than %1 services")
                                     .arg(SnapshotJson::kMaxBindings));
            return {};
        }
        Fields f(m_problems, value, path);
        InventorySnapshot::BindingEntry entry;
        Binding& b = entry.binding;
        b.uid = f.text("uid", kMaxUid, true);
        entry.serviceUid = knownService(f, "service_uid", true);
        b.account = f.text("account", kMaxText, false);
        const QJsonArray roles = f.array("roles", 16);
        for (qsizetype i = 0; i < roles.size() && !m_problems.any(); ++i) {
            const QString key = roles.at(i).toString();
            const auto role = Vocabulary::roleFromKey(key);
            if (!roles.at(i).isString() || !role || Vocabulary::key(*role) != key) {
                m_problems.add(f.item("roles", i),
                               SnapshotJson::tr("“%1” is not a known value").arg(key));
            } else {
                b.roles |= *role;
            }
        }
        b.action = f.choice<BindingAction>("action", &Vocabulary::actionFromKey, &Vocabulary::key);
        b.status = f.choice<BindingStatus>("status", &Vocabulary::statusFromKey, &Vocabulary::key);
        b.due = f.date("due_date");
        b.notes = f.text("notes", kMaxNotes, false);
        b.createdAt = f.time("created_at", false);
        b.updatedAt = f.time("updated_at", false);
        if (!m_problems.any()) {
            unique(m_bindingUids, b.uid, f.path("uid"));
        }
        entry.events = events(f, b.uid);
        return entry;
    }

    // The history of one binding. Batches may be shared with other bindings (one change can
    // remove several); an undo must name a batch that came before it in the same history.
    QList<InventorySnapshot::HistoryEvent> events(Fields& owner, const QString& bindingUid)
    {
        const QJsonArray list = owner.array("events", kMaxEvents);
        QList<InventorySnapshot::HistoryEvent> out;
        QSet<qint64> earlier;
        for (qsizetype i = 0; i < list.size() && !m_problems.any(); ++i) {
            const QString path = owner.item("events", i);
            if (++m_eventCount > kMaxEvents) {
                m_problems.add(path, SnapshotJson::tr("the file holds too many changes"));
                break;
            }
            Fields f(m_problems, list.at(i), path);
            InventorySnapshot::HistoryEvent entry;
            Event& e = entry.event;
            e.bindingUid = bindingUid;
            e.at = f.time("at", true);
            e.field = f.text("field", kMaxKey, true);
            e.oldValue = f.text("old", kMaxNotes, false);
            e.newValue = f.text("new", kMaxNotes, false);
            e.batch = f.integer("batch", 1, kMaxBatch, true);
            e.undoOf = f.integer("undo_of", 1, kMaxBatch, false);
            entry.serviceUid = knownService(f, "service_uid", false);
            if (e.field == QLatin1String("service_id")) {
                knownService(f, "old", false);
                knownService(f, "new", false);
            }
            if (!m_problems.any() && e.undoOf != 0 && !earlier.contains(e.undoOf)) {
                m_problems.add(f.path("undo_of"),
                               SnapshotJson::tr("the change it undoes is not in this history"));
            }
            earlier.insert(e.batch);
            out.append(entry);
        }
        return out;
    }

    QString knownService(Fields& f, const char* key, bool required)
    {
        const QString uid = f.text(key, kMaxUid, required);
        if (!m_problems.any() && !uid.isEmpty() && !m_serviceUids.contains(uid)) {
            m_problems.add(f.path(key),
                           SnapshotJson::tr("no service with the uid “%1” is listed").arg(uid));
        }
        return uid;
    }

    Problems m_problems;
    QSet<QString> m_serviceUids;
    QSet<QString> m_overrides;
    QSet<QString> m_personUids;
    QSet<QString> m_numberUids;
    QSet<QString> m_e164s;
    QSet<QString> m_bindingUids;
    int m_numberCount = 0;
    int m_bindingCount = 0;
    int m_eventCount = 0;
};

} // namespace

QByteArray SnapshotJson::toJson(const InventorySnapshot& snapshot)
{
    QJsonArray services;
    for (const Service& s : snapshot.services) {
        services.append(QJsonObject{
            {QStringLiteral("uid"), s.uid},
            {QStringLiteral("catalog_id"), textOrNull(s.catalogId)},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("category"), s.category},
            {QStringLiteral("url"), s.url},
        });
    }
    QJsonArray overrides;
    for (const auto& o : snapshot.stepOverrides) {
        overrides.append(QJsonObject{
            {QStringLiteral("service_key"), o.serviceKey},
            {QStringLiteral("kind"), o.kind},
            {QStringLiteral("steps"), QJsonArray::fromStringList(o.steps)},
            {QStringLiteral("updated_at"), timeValue(o.updatedAt)},
        });
    }
    QJsonArray people;
    for (const auto& entry : snapshot.people) {
        QJsonArray numbers;
        for (const auto& number : entry.numbers) {
            numbers.append(numberJson(number));
        }
        people.append(QJsonObject{
            {QStringLiteral("uid"), entry.person.uid},
            {QStringLiteral("name"), entry.person.name},
            {QStringLiteral("relation"), entry.person.relation},
            {QStringLiteral("notes"), entry.person.notes},
            {QStringLiteral("numbers"), numbers},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("exported_at"), timeValue(snapshot.exportedAt)},
        {QStringLiteral("services"), services},
        {QStringLiteral("step_overrides"), overrides},
        {QStringLiteral("people"), people},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<InventorySnapshot> SnapshotJson::fromJson(const QByteArray& json)
{
    if (json.size() > kMaxBytes) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This inventory file is larger than %1 MiB; Rebind does not read it.")
                             .arg(kMaxBytes / (1024 * 1024)));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::InvalidInput,
                         tr("This is not a valid Rebind inventory file: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(ErrorCode::InvalidInput, tr("This is not a Rebind inventory file."));
    }
    SnapshotReader reader;
    return reader.read(document.object());
}

} // namespace rebind
