// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportScope.h"
#include "HandoffFile.h"
#include "Importer.h"
#include "Inventory.h"
#include "InventorySnapshot.h"
#include "SnapshotJson.h"
#include "SnapshotMerger.h"
#include "SqliteDatabase.h"
#include "Vault.h"

#include <memory>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>

using namespace rebind;

namespace {

const QString kPassphrase = QStringLiteral("hand-off passphrase for the tests");

// One vault with a clock of its own, so that two sides can change things at chosen times.
struct Side
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<Inventory> inventory;
    QDateTime now = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);

    void advance(int minutes) { now = now.addSecs(60 * minutes); }

    int rows(const char* table) const
    {
        return vault->database()
            .scalar(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .value()
            .toInt();
    }

    // Every table's row count, to show that a refused import changed nothing.
    QString counts() const
    {
        QStringList out;
        for (const char* table : {"person", "phone_number", "service", "binding", "event",
                                  "plan_step", "new_owner_check", "step_override"}) {
            out << QStringLiteral("%1=%2").arg(QString::fromLatin1(table)).arg(rows(table));
        }
        return out.join(QLatin1Char(' '));
    }

    QByteArray exportJson(const ExportScope& scope = ExportScope::all()) const
    {
        return SnapshotJson::toJson(InventorySnapshot::read(*inventory, scope).value());
    }

    Result<MergeReport> importJson(const QByteArray& json)
    {
        auto snapshot = SnapshotJson::fromJson(json);
        if (!snapshot) {
            return snapshot.error();
        }
        return SnapshotMerger(*inventory).merge(*snapshot);
    }

    NumberRecord number(const QString& text) const
    {
        return inventory->findNumber(PhoneNumber::parse(text).value())->value();
    }

    Binding binding(const QString& number, const QString& serviceName) const
    {
        for (const Binding& b : inventory->bindings(this->number(number).id).value()) {
            if (inventory->service(b.serviceId)->name == serviceName) {
                return b;
            }
        }
        qFatal("no such binding");
    }
};

QJsonObject withoutExportTime(const QByteArray& json)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    root.remove(QStringLiteral("exported_at"));
    return root;
}

// The first line where two documents differ, for a readable failure.
QString firstDifference(const QByteArray& a, const QByteArray& b)
{
    const QList<QByteArray> left = QJsonDocument(withoutExportTime(a)).toJson().split('\n');
    const QList<QByteArray> right = QJsonDocument(withoutExportTime(b)).toJson().split('\n');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        if (left.at(i) != right.at(i)) {
            return QStringLiteral("line %1: %2 | %3")
                .arg(i + 1)
                .arg(QString::fromUtf8(left.at(i)), QString::fromUtf8(right.at(i)));
        }
    }
    return left.size() == right.size() ? QString() : QStringLiteral("lengths differ");
}

// Replaces (or, with an undefined value, removes) the value at a path like "people.1.name".
QJsonValue replaced(const QJsonValue& node, QStringList path, const QJsonValue& value)
{
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = node.toArray();
        array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = node.toObject();
    if (path.isEmpty() && value.isUndefined()) {
        object.remove(head);
    } else {
        object[head] = path.isEmpty() ? value : replaced(object.value(head), path, value);
    }
    return object;
}

// A FIFO fed by another process running `command > fifo`, as a shell pipe would feed it: to
// the reader its size() is 0, whatever comes through it.
class FifoFeed
{
public:
    FifoFeed(const QString& fifo, const QString& command)
    {
        if (::mkfifo(QFile::encodeName(fifo).constData(), 0600) != 0) {
            qFatal("mkfifo %s failed", qPrintable(fifo));
        }
        m_writer.start(QStringLiteral("/bin/sh"),
                       {QStringLiteral("-c"), command + QStringLiteral(" > \"$0\""), fifo});
        if (!m_writer.waitForStarted(10000)) {
            qFatal("cannot start /bin/sh");
        }
    }
    // A writer still blocked (nobody opened the FIFO) or still writing is stopped.
    ~FifoFeed()
    {
        if (!m_writer.waitForFinished(10000)) {
            m_writer.kill();
            m_writer.waitForFinished();
        }
    }
    FifoFeed(const FifoFeed&) = delete;
    FifoFeed& operator=(const FifoFeed&) = delete;

private:
    QProcess m_writer;
};

QByteArray mutated(const QByteArray& json, const QString& path, const QJsonValue& value)
{
    const QJsonValue root = QJsonDocument::fromJson(json).object();
    return QJsonDocument(replaced(root, path.split(QLatin1Char('.')), value).toObject()).toJson();
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_vaults = 0;

    std::unique_ptr<Side> newSide()
    {
        auto side = std::make_unique<Side>();
        const QString path = m_dir.filePath(QStringLiteral("side-%1.rebind").arg(++m_vaults));
        auto vault = Vault::create(path, QStringLiteral("snapshot test passphrase"),
                                   KdfParams::interactive());
        if (!vault) {
            qFatal("%s", qPrintable(vault.message()));
        }
        side->vault = std::move(vault).value();
        Side* raw = side.get();
        side->inventory =
            std::make_unique<Inventory>(side->vault->database(), [raw] { return raw->now; });
        return side;
    }

    // Two people; catalog and custom services; edits, an undo, a removed binding, a change of
    // service, plan steps, a new-owner check and step overrides: every kind of row there is.
    static void populate(Side& side)
    {
        Inventory& inventory = *side.inventory;
        Person mum;
        mum.name = QStringLiteral("Mum");
        mum.relation = QStringLiteral("mother");
        mum.notes = QStringLiteral("Lives nearby; 手机在抽屉里");
        const qint64 mumId = inventory.addPerson(mum).value();
        Person dad;
        dad.name = QStringLiteral("Dad");
        dad.relation = QStringLiteral("father");
        const qint64 dadId = inventory.addPerson(dad).value();

        NumberRecord old;
        old.personId = mumId;
        old.number = PhoneNumber::parse(QStringLiteral("13800138000")).value();
        old.status = NumberStatus::Cancelling;
        old.cancelDate = QDate(2026, 12, 31);
        old.replacement = PhoneNumber::parse(QStringLiteral("13900139000")).value();
        old.carrier = QStringLiteral("China Mobile");
        old.notes = QStringLiteral("the SIM in the drawer");
        const qint64 mumNumber = inventory.addNumber(old).value();
        NumberRecord received;
        received.personId = dadId;
        received.number = PhoneNumber::parse(QStringLiteral("13700137000")).value();
        received.status = NumberStatus::Received;
        const qint64 dadNumber = inventory.addNumber(received).value();

        const auto service = [](const QString& catalogId, const QString& name,
                                const QString& category) {
            Service s;
            s.catalogId = catalogId;
            s.name = name;
            s.category = category;
            return s;
        };
        const auto add = [&](qint64 number, const Service& s, const QString& account,
                             BindingRoles roles) {
            Binding b;
            b.numberId = number;
            b.account = account;
            b.roles = roles;
            const qint64 id = inventory.addBinding(b, s).value();
            side.advance(1);
            return id;
        };
        const qint64 wechat = add(
            mumNumber,
            service(QStringLiteral("wechat"), QStringLiteral("WeChat"), QStringLiteral("social")),
            QStringLiteral("mum-wx"), BindingRole::Login | BindingRole::SmsLogin);
        const qint64 bank =
            add(mumNumber,
                service(QStringLiteral("cmb"), QStringLiteral("China Merchants Bank"),
                        QStringLiteral("banking")),
                QString(), BindingRole::BankReserved);
        const qint64 clinic =
            add(mumNumber,
                service(QString(), QStringLiteral("Community clinic"), QStringLiteral("health")),
                QString(), BindingRole::Notifications);
        const qint64 shop =
            add(mumNumber,
                service(QString(), QStringLiteral("Corner shop"), QStringLiteral("shopping")),
                QString(), BindingRole::Login);
        const qint64 mail = add(
            dadNumber, service(QString(), QStringLiteral("Mail"), QStringLiteral("email-cloud")),
            QStringLiteral("dad@example.com"), BindingRole::Recovery);

        Binding edited = inventory.binding(wechat).value();
        edited.status = BindingStatus::Done;
        QVERIFY(inventory.updateBinding(edited).ok());
        side.advance(5);
        edited = inventory.binding(bank).value();
        edited.notes = QStringLiteral("needs a branch visit");
        edited.due = QDate(2026, 12, 20);
        QVERIFY(inventory.updateBinding(edited).ok());
        side.advance(5);
        QVERIFY(inventory.undoLastChange(bank).ok());
        side.advance(5);
        edited = inventory.binding(clinic).value();
        edited.action = BindingAction::Unbind;
        edited.notes = QStringLiteral("call them");
        QVERIFY(inventory.updateBinding(edited).ok());
        side.advance(5);
        QVERIFY(inventory.removeBinding(shop).ok());
        side.advance(5);
        edited = inventory.binding(mail).value();
        edited.serviceId = inventory
                               .ensureService(service(QString(), QStringLiteral("Mail (new)"),
                                                      QStringLiteral("email-cloud")))
                               ->id;
        QVERIFY(inventory.updateBinding(edited).ok());
        side.advance(5);

        QVERIFY(inventory
                    .setPlanStep(mumNumber, {QStringLiteral("tell-contacts"),
                                             BindingStatus::InProgress, QDate(2026, 12, 1)})
                    .ok());
        QVERIFY(
            inventory
                .setNewOwnerCheck(dadNumber, QStringLiteral("wechat"), NewOwnerResult::SomeoneElse)
                .ok());
        QVERIFY(
            inventory
                .setStepOverride(QStringLiteral("wechat"), QStringLiteral("rebind"),
                                 {QStringLiteral("Open WeChat"), QStringLiteral("Me → Settings")})
                .ok());
        const Service clinicService =
            inventory.service(inventory.binding(clinic)->serviceId).value();
        QVERIFY(inventory
                    .setStepOverride(clinicService.key(), QStringLiteral("close"),
                                     {QStringLiteral("Call the clinic")})
                    .ok());
        // Not a service of any binding: not part of any export.
        QVERIFY(inventory
                    .setStepOverride(QStringLiteral("alipay"), QStringLiteral("rebind"),
                                     {QStringLiteral("Ask at the counter")})
                    .ok());
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void jsonRoundTrip()
    {
        auto a = newSide();
        populate(*a);
        const QByteArray exported = a->exportJson();
        QVERIFY(exported.startsWith("{\n"));
        auto b = newSide();
        const auto report = b->importJson(exported);
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->peopleAdded, 2);
        QCOMPARE(report->numbersAdded, 2);
        QCOMPARE(report->bindingsAdded, 4);
        QCOMPARE(report->bindingsUpdated, 0);
        QVERIFY2(report->conflicts.isEmpty(),
                 qPrintable(report->conflicts.join(QLatin1Char('\n'))));

        const QByteArray again = b->exportJson();
        QVERIFY2(withoutExportTime(exported) == withoutExportTime(again),
                 qPrintable(firstDifference(exported, again)));
        QCOMPARE(b->rows("event"), a->rows("event"));
        QCOMPARE(b->rows("binding"), 4);
        QCOMPARE(b->rows("step_override"), 2); // alipay's was not in the export

        // What was imported behaves as at home: the bank's undo is still recorded as an undo
        // (nothing left to undo), the clinic's last change can be undone.
        const QString mum = QStringLiteral("13800138000");
        const Binding bank = b->binding(mum, QStringLiteral("China Merchants Bank"));
        QCOMPARE(b->inventory->undoLastChange(bank.id).code(), ErrorCode::NotFound);
        const Binding clinic = b->binding(mum, QStringLiteral("Community clinic"));
        QCOMPARE(b->inventory->undoLastChange(clinic.id)->action, BindingAction::Rebind);

        // Merging the same file again changes nothing.
        auto fresh = newSide();
        QVERIFY(fresh->importJson(exported).ok());
        const QString before = fresh->counts();
        const auto twice = fresh->importJson(exported);
        QVERIFY(twice.ok());
        QCOMPARE(twice->bindingsUnchanged, 4);
        QCOMPARE(twice->bindingsAdded + twice->bindingsUpdated + twice->peopleAdded, 0);
        QVERIFY(twice->conflicts.isEmpty());
        QCOMPARE(fresh->counts(), before);
    }

    void personScopeExportsOnlyThatPerson()
    {
        auto a = newSide();
        populate(*a);
        const Person dad = a->inventory->findPerson(QStringLiteral("Dad"))->value();
        const QByteArray json = a->exportJson(ExportScope::person(dad.id));
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonArray people = root.value(QStringLiteral("people")).toArray();
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.at(0)[QStringLiteral("name")].toString(), QStringLiteral("Dad"));
        QVERIFY(!json.contains("8613800138000"));
        QVERIFY(!json.contains("Mum"));
        QVERIFY(!json.contains("WeChat\""));
        QVERIFY(!json.contains("Community clinic"));
        // Mail and its replacement (the history names both); no overrides of Mum's services.
        QCOMPARE(root.value(QStringLiteral("services")).toArray().size(), 2);
        QVERIFY(root.value(QStringLiteral("step_overrides")).toArray().isEmpty());

        auto b = newSide();
        QVERIFY(b->importJson(json).ok());
        QCOMPARE(b->rows("person"), 1);
        QCOMPARE(b->rows("binding"), 1);
        QCOMPARE(b->inventory->newOwnerChecks(b->number(QStringLiteral("13700137000")).id)->size(),
                 1);
    }

    void malformedJsonIsRejectedAndNothingImported()
    {
        auto a = newSide();
        populate(*a);
        const QByteArray good = a->exportJson();
        const QJsonObject root = QJsonDocument::fromJson(good).object();
        QCOMPARE(root[QStringLiteral("people")][1][QStringLiteral("name")].toString(),
                 QStringLiteral("Mum"));
        const QString otherUid =
            root[QStringLiteral("people")][0][QStringLiteral("numbers")][0][QStringLiteral("uid")]
                .toString();

        auto target = newSide();
        Person someone;
        someone.name = QStringLiteral("Someone already here");
        QVERIFY(target->inventory->addPerson(someone).ok());
        const QString before = target->counts();

        struct Case
        {
            QJsonValue value;
            const char* where; // in the message; empty: not checked
            ErrorCode code = ErrorCode::InvalidInput;
        };
        const QString mumNumber = QStringLiteral("people.1.numbers.0.");
        const QString binding = mumNumber + QStringLiteral("bindings.0.");
        const QList<std::pair<QString, Case>> cases = {
            {mumNumber + QStringLiteral("e164"),
             {QStringLiteral("+86123"), "people[1].numbers[0].e164"}},
            {mumNumber + QStringLiteral("e164"),
             {QStringLiteral("138 0013 8000"), "people[1].numbers[0].e164"}},
            {mumNumber + QStringLiteral("e164"), {QJsonValue::Undefined, "numbers[0].e164"}},
            {mumNumber + QStringLiteral("uid"), {otherUid, "people[1].numbers[0].uid"}},
            {mumNumber + QStringLiteral("status"),
             {QStringLiteral("gone"), "people[1].numbers[0].status"}},
            {mumNumber + QStringLiteral("cancel_date"),
             {QStringLiteral("2026-13-01"), "people[1].numbers[0].cancel_date"}},
            {binding + QStringLiteral("status"),
             {QStringLiteral("finished"), "people[1].numbers[0].bindings[0].status"}},
            {binding + QStringLiteral("status"),
             {QStringLiteral("todo"), "people[1].numbers[0].bindings[0].status"}},
            {binding + QStringLiteral("roles"),
             {QJsonArray{QStringLiteral("login"), QStringLiteral("superuser")},
              "bindings[0].roles[1]"}},
            {binding + QStringLiteral("service_uid"),
             {QStringLiteral("no-such-service"), "bindings[0].service_uid"}},
            {binding + QStringLiteral("notes"),
             {QString(20001, QLatin1Char('x')), "bindings[0].notes"}},
            {binding + QStringLiteral("account"), {42, "bindings[0].account"}},
            {binding + QStringLiteral("events.0.at"),
             {QStringLiteral("yesterday"), "bindings[0].events[0].at"}},
            {binding + QStringLiteral("events.0.batch"), {1.5, "bindings[0].events[0].batch"}},
            {binding + QStringLiteral("events.0.batch"), {-1, "bindings[0].events[0].batch"}},
            {binding + QStringLiteral("events.0.undo_of"), {999, "bindings[0].events[0].undo_of"}},
            {binding + QStringLiteral("events"), {QStringLiteral("all of them"), "events"}},
            {mumNumber + QStringLiteral("plan_steps.0.status"),
             {QStringLiteral("meh"), "plan_steps[0].status"}},
            {QStringLiteral("people.0.numbers.0.new_owner_checks.0.result"),
             {QStringLiteral("maybe"), "new_owner_checks[0].result"}},
            {QStringLiteral("people.1.name"), {42, "people[1].name"}},
            {QStringLiteral("people.1.name"), {QStringLiteral("  "), "people[1].name"}},
            {QStringLiteral("people.1"), {QStringLiteral("Mum"), "people[1]"}},
            {QStringLiteral("services.0.category"),
             {QStringLiteral("weapons"), "services[0].category"}},
            {QStringLiteral("step_overrides.0.kind"),
             {QStringLiteral("dance"), "step_overrides[0].kind"}},
            {QStringLiteral("step_overrides.0.steps"),
             {QJsonArray{QStringLiteral("two\nlines")}, "step_overrides[0].steps[0]"}},
            {QStringLiteral("exported_at"), {QJsonValue::Undefined, "exported_at"}},
            {QStringLiteral("people"), {QJsonObject(), "people"}},
            {QStringLiteral("format"), {QStringLiteral("something-else"), ""}},
            {QStringLiteral("version"), {2, "", ErrorCode::TooNew}},
            {QStringLiteral("version"), {0, "version"}},
        };
        for (const auto& [path, c] : cases) {
            const QByteArray bad = mutated(good, path, c.value);
            QVERIFY2(bad != good, qPrintable(path));
            const auto refused = target->importJson(bad);
            QVERIFY2(!refused.ok(), qPrintable(path));
            QCOMPARE(refused.code(), c.code);
            QVERIFY2(refused.message().contains(QLatin1String(c.where)),
                     qPrintable(path + QStringLiteral(": ") + refused.message()));
            QCOMPARE(target->counts(), before);
        }

        for (const QByteArray& junk :
             {QByteArray(), QByteArray("null"), QByteArray("[]"), QByteArray("{}"),
              QByteArray("{\"format\": \"rebind-inventory\", \"version\": 1}"),
              QByteArray("{\"format\": \"rebind-inventory\", \"version\": 1e400}"),
              QByteArray(5000, '[') + QByteArray(5000, ']'), QByteArray("\xff\xfe{}")}) {
            QVERIFY2(!target->importJson(junk).ok(), junk.left(60).constData());
        }
        QCOMPARE(target->counts(), before);

        // Absurd sizes are refused before anything else is looked at.
        const auto huge = SnapshotJson::fromJson(QByteArray(SnapshotJson::kMaxBytes + 1, ' '));
        QVERIFY(!huge.ok());
        QVERIFY(huge.message().contains(QStringLiteral("64 MiB")));
        const QString serviceUid =
            root[QStringLiteral("services")][0][QStringLiteral("uid")].toString();
        QJsonArray many;
        for (int i = 0; i <= SnapshotJson::kMaxBindings; ++i) {
            many.append(QJsonObject{{QStringLiteral("uid"), QString::number(i)},
                                    {QStringLiteral("service_uid"), serviceUid},
                                    {QStringLiteral("account"), QString::number(i)},
                                    {QStringLiteral("action"), QStringLiteral("rebind")},
                                    {QStringLiteral("status"), QStringLiteral("to-do")}});
        }
        const auto tooMany =
            SnapshotJson::fromJson(mutated(good, mumNumber + QStringLiteral("bindings"), many));
        QVERIFY(!tooMany.ok());
        QVERIFY2(tooMany.message().contains(QStringLiteral("100000")),
                 qPrintable(tooMany.message()));
    }

    void fuzzedJsonNeverCrashes()
    {
        auto a = newSide();
        populate(*a);
        const QByteArray good = a->exportJson();
        auto target = newSide();
        // Every cut of the document is refused.
        for (qsizetype cut = 0; cut < good.size(); cut += 1 + good.size() / 300) {
            QVERIFY(!SnapshotJson::fromJson(good.left(cut)).ok());
        }
        QRandomGenerator random(20261101);
        int accepted = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray bad = good;
            for (int flips = 1 + random.bounded(3); flips > 0; --flips) {
                bad[random.bounded(int(bad.size()))] = char(random.bounded(256));
            }
            const auto parsed = SnapshotJson::fromJson(bad);
            if (parsed) {
                // Still valid (say, a changed letter in a name): merging it must stay whole.
                const QString before = target->counts();
                const auto merged = SnapshotMerger(*target->inventory).merge(*parsed);
                if (!merged) {
                    QCOMPARE(target->counts(), before);
                }
                ++accepted;
            }
        }
        for (int round = 0; round < 100; ++round) {
            QByteArray garbage(random.bounded(2000), '\0');
            for (char& c : garbage) {
                c = char(random.bounded(256));
            }
            QVERIFY(!SnapshotJson::fromJson(garbage).ok());
        }
        qInfo("%d of 400 mutated documents were still valid", accepted);
    }

    void failedMergeLeavesNothingBehind()
    {
        auto a = newSide();
        populate(*a);
        InventorySnapshot snapshot = SnapshotJson::fromJson(a->exportJson()).value();
        // A last person whose number cannot be stored: everything before it must roll back.
        InventorySnapshot::PersonEntry broken;
        broken.person.uid = QStringLiteral("broken-person");
        broken.person.name = QStringLiteral("Broken");
        InventorySnapshot::NumberEntry number;
        number.record.uid = QStringLiteral("broken-number");
        number.record.number = PhoneNumber::parse(QStringLiteral("13600136000")).value();
        number.record.replacement = number.record.number;
        broken.numbers.append(number);
        snapshot.people.append(broken);

        auto b = newSide();
        const QString before = b->counts();
        QVERIFY(!SnapshotMerger(*b->inventory).merge(snapshot).ok());
        QCOMPARE(b->counts(), before);
    }

    void conflictingEditsMergeNewerWins()
    {
        auto a = newSide();
        populate(*a);
        const QString handoff = m_dir.filePath(QStringLiteral("start.rebindhandoff"));
        QVERIFY(HandoffFile::write(
                    handoff, InventorySnapshot::read(*a->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        auto b = newSide();
        b->now = a->now;
        QVERIFY(SnapshotMerger(*b->inventory)
                    .merge(HandoffFile::read(handoff, kPassphrase).value())
                    .ok());

        // Both edit Mum's WeChat: A first, B an hour later.
        const QString mum = QStringLiteral("13800138000");
        const QString wechat = QStringLiteral("WeChat");
        a->advance(60);
        Binding inA = a->binding(mum, wechat);
        inA.status = BindingStatus::Verified;
        QVERIFY(a->inventory->updateBinding(inA).ok());
        b->advance(120);
        Binding inB = b->binding(mum, wechat);
        inB.notes = QStringLiteral("changed on B's computer");
        inB.account = QStringLiteral("mum-wechat");
        QVERIFY(b->inventory->updateBinding(inB).ok());
        const int commonEvents = int(a->inventory->events(inA.uid)->size()) - 1;

        const QString fromB = m_dir.filePath(QStringLiteral("from-b.rebindhandoff"));
        QVERIFY(HandoffFile::write(
                    fromB, InventorySnapshot::read(*b->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        const auto report =
            SnapshotMerger(*a->inventory).merge(HandoffFile::read(fromB, kPassphrase).value());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->bindingsUpdated, 1);
        QCOMPARE(report->bindingsUnchanged, 3);
        QCOMPARE(report->conflicts.size(), 1);
        QVERIFY2(report->conflicts.first().contains(QStringLiteral("WeChat on 138 0013 8000")),
                 qPrintable(report->conflicts.first()));
        QVERIFY(report->conflicts.first().contains(QStringLiteral("from the file")));

        // B's change is newer: it wins; both changes are in the log, each once.
        const Binding merged = a->binding(mum, wechat);
        QCOMPARE(merged.notes, QStringLiteral("changed on B's computer"));
        QCOMPARE(merged.account, QStringLiteral("mum-wechat"));
        QCOMPARE(merged.status, BindingStatus::Done);
        const QList<Event> log = a->inventory->events(merged.uid).value();
        QCOMPARE(log.size(), commonEvents + 1 + 2);
        QStringList changed;
        for (const Event& event : log.mid(commonEvents)) {
            changed << event.field + QLatin1Char('=') + event.newValue;
        }
        QVERIFY2(changed.contains(QStringLiteral("status=verified")),
                 qPrintable(changed.join(QLatin1Char(' '))));
        QVERIFY(changed.contains(QStringLiteral("notes=changed on B's computer")));
        QVERIFY(changed.contains(QStringLiteral("account=mum-wechat")));
        // B's two events stay one change, apart from A's.
        QCOMPARE(log.at(log.size() - 1).batch, log.at(log.size() - 2).batch);
        QVERIFY(log.last().batch != log.at(commonEvents).batch);

        // A now holds everything B has and more: B takes A's file without a conflict.
        const QString fromA = m_dir.filePath(QStringLiteral("from-a.rebindhandoff"));
        const Binding again = a->binding(mum, wechat);
        QVERIFY(HandoffFile::write(
                    fromA, InventorySnapshot::read(*a->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        const auto back =
            SnapshotMerger(*b->inventory).merge(HandoffFile::read(fromA, kPassphrase).value());
        QVERIFY(back.ok());
        QVERIFY(back->conflicts.isEmpty());
        QCOMPARE(b->binding(mum, wechat).notes, again.notes);
        QCOMPARE(b->inventory->events(again.uid)->size(), log.size());
    }

    void olderConflictingEditIsKept()
    {
        auto a = newSide();
        populate(*a);
        auto b = newSide();
        b->now = a->now;
        QVERIFY(b->importJson(a->exportJson()).ok());
        const QString mum = QStringLiteral("13800138000");
        const QString clinic = QStringLiteral("Community clinic");
        b->advance(10); // B's edit is the older one
        Binding inB = b->binding(mum, clinic);
        inB.status = BindingStatus::Waiting;
        QVERIFY(b->inventory->updateBinding(inB).ok());
        a->advance(30);
        Binding inA = a->binding(mum, clinic);
        inA.status = BindingStatus::InProgress;
        QVERIFY(a->inventory->updateBinding(inA).ok());

        const auto report = a->importJson(b->exportJson());
        QVERIFY(report.ok());
        QCOMPARE(report->conflicts.size(), 1);
        QVERIFY(report->conflicts.first().contains(QStringLiteral("from this vault")));
        QCOMPARE(a->binding(mum, clinic).status, BindingStatus::InProgress);
        QCOMPARE(a->inventory->events(inA.uid)->last().newValue, QStringLiteral("waiting"));
    }

    void removalsAndOwnersAreMerged()
    {
        auto a = newSide();
        populate(*a);
        auto b = newSide();
        b->now = a->now;
        QVERIFY(b->importJson(a->exportJson()).ok());
        const QString mum = QStringLiteral("13800138000");
        // B removes the bank entry; nothing changed it in A since: A removes it too.
        b->advance(10);
        QVERIFY(
            b->inventory->removeBinding(b->binding(mum, QStringLiteral("China Merchants Bank")).id)
                .ok());
        // B gives Mum's number to Dad; A keeps it with Mum and says so.
        NumberRecord moved = b->number(mum);
        moved.personId = b->inventory->findPerson(QStringLiteral("Dad"))->value().id;
        QVERIFY(b->inventory->updateNumber(moved).ok());
        // B adds a plan step, a newer version of one, and a new service.
        b->advance(10);
        QVERIFY(b->inventory
                    ->setPlanStep(moved.id,
                                  {QStringLiteral("tell-contacts"), BindingStatus::Done, QDate()})
                    .ok());
        QVERIFY(b->inventory
                    ->setPlanStep(moved.id, {QStringLiteral("call-forwarding"),
                                             BindingStatus::Waiting, QDate()})
                    .ok());
        Binding fresh;
        fresh.numberId = moved.id;
        Service taxi;
        taxi.name = QStringLiteral("Taxi app");
        QVERIFY(b->inventory->addBinding(fresh, taxi).ok());

        const auto report = a->importJson(b->exportJson());
        QVERIFY2(report.ok(), qPrintable(report.message()));
        QCOMPARE(report->bindingsAdded, 1);
        QCOMPARE(report->bindingsUpdated, 1);
        QCOMPARE(report->conflicts.size(), 1);
        QVERIFY2(report->conflicts.first().contains(QStringLiteral("belongs to Mum")),
                 qPrintable(report->conflicts.first()));
        const NumberRecord inA = a->number(mum);
        QCOMPARE(a->inventory->person(inA.personId)->name, QStringLiteral("Mum"));
        QStringList services;
        for (const Binding& binding : a->inventory->bindings(inA.id).value()) {
            services << a->inventory->service(binding.serviceId)->name;
        }
        services.sort();
        QCOMPARE(services, QStringList({QStringLiteral("Community clinic"),
                                        QStringLiteral("Taxi app"), QStringLiteral("WeChat")}));
        const auto steps = a->inventory->planSteps(inA.id).value();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).step, QStringLiteral("call-forwarding"));
        QCOMPARE(steps.at(1).status, BindingStatus::Done);
    }

    void handoffRoundTrip()
    {
        auto a = newSide();
        populate(*a);
        // Long notes, so that the file spans several 64 KiB chunks.
        const qint64 mumNumber = a->number(QStringLiteral("13800138000")).id;
        for (int i = 0; i < 8; ++i) {
            Binding bulky;
            bulky.numberId = mumNumber;
            bulky.notes = QString(20000, QChar(u'记'));
            Service s;
            s.name = QStringLiteral("Bulky %1").arg(i);
            QVERIFY(a->inventory->addBinding(bulky, s).ok());
        }
        const QString path = m_dir.filePath(QStringLiteral("round.rebindhandoff"));
        const InventorySnapshot snapshot =
            InventorySnapshot::read(*a->inventory, ExportScope::all()).value();
        const auto written =
            HandoffFile::write(path, snapshot, kPassphrase, KdfParams::interactive());
        QVERIFY2(written.ok(), qPrintable(written.message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("REBINDHO\x01"));
        QVERIFY(bytes.size() > 3 * 64 * 1024);
        QVERIFY(!bytes.contains("Community clinic"));
        QVERIFY(!bytes.contains("+8613800138000"));

        const auto read = HandoffFile::read(path, kPassphrase);
        QVERIFY2(read.ok(), qPrintable(read.message()));
        QCOMPARE(SnapshotJson::toJson(*read), SnapshotJson::toJson(snapshot));
        auto b = newSide();
        QVERIFY(SnapshotMerger(*b->inventory).merge(*read).ok());
        const QByteArray fromA = a->exportJson();
        const QByteArray fromB = b->exportJson();
        QVERIFY2(withoutExportTime(fromA) == withoutExportTime(fromB),
                 qPrintable(firstDifference(fromA, fromB)));
    }

    void chunkBoundaries()
    {
        // Plaintext of exactly one and two chunks: the last full chunk carries the FINAL tag.
        for (const qint64 target : {qint64(64 * 1024), qint64(128 * 1024)}) {
            InventorySnapshot snapshot;
            snapshot.exportedAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
            InventorySnapshot::PersonEntry person;
            person.person.uid = QStringLiteral("p");
            person.person.name = QStringLiteral("Padding");
            for (int i = 0; i < 7; ++i) {
                InventorySnapshot::NumberEntry number;
                number.record.uid = QStringLiteral("n%1").arg(i);
                number.record.number =
                    PhoneNumber::parse(QStringLiteral("1380013800%1").arg(i)).value();
                person.numbers.append(number);
            }
            snapshot.people.append(person);
            const qint64 base = SnapshotJson::toJson(snapshot).size();
            qint64 missing = target - base;
            for (auto& number : snapshot.people[0].numbers) {
                const qint64 take = std::min<qint64>(missing, 20000);
                number.record.notes = QString(take, QLatin1Char('n'));
                missing -= take;
            }
            QCOMPARE(missing, 0);
            QCOMPARE(SnapshotJson::toJson(snapshot).size(), target);
            const QString path =
                m_dir.filePath(QStringLiteral("exact-%1.rebindhandoff").arg(target));
            QVERIFY(HandoffFile::write(path, snapshot, kPassphrase, KdfParams::interactive()).ok());
            QCOMPARE(QFileInfo(path).size(), 63 + target + (target / (64 * 1024)) * 17);
            const auto read = HandoffFile::read(path, kPassphrase);
            QVERIFY2(read.ok(), qPrintable(read.message()));
            QCOMPARE(SnapshotJson::toJson(*read), SnapshotJson::toJson(snapshot));
        }
    }

    void wrongPassphraseRejected()
    {
        auto a = newSide();
        populate(*a);
        const QString path = m_dir.filePath(QStringLiteral("secret.rebindhandoff"));
        QVERIFY(HandoffFile::write(
                    path, InventorySnapshot::read(*a->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        const auto wrong = HandoffFile::read(path, QStringLiteral("not the passphrase"));
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
        QVERIFY(wrong.message().contains(QStringLiteral("passphrase is wrong")));
        QVERIFY(wrong.message().contains(QStringLiteral("changed")));
        QCOMPARE(HandoffFile::read(m_dir.filePath(QStringLiteral("nowhere")), kPassphrase).code(),
                 ErrorCode::Missing);
        QCOMPARE(HandoffFile::write(path, InventorySnapshot(), QString(), KdfParams::interactive())
                     .code(),
                 ErrorCode::InvalidInput);
    }

    void tamperedFilesRejected()
    {
        auto a = newSide();
        populate(*a);
        const QString path = m_dir.filePath(QStringLiteral("tamper.rebindhandoff"));
        QVERIFY(HandoffFile::write(
                    path, InventorySnapshot::read(*a->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        const qsizetype size = original.size();
        auto target = newSide();
        const QString before = target->counts();

        const QList<std::pair<qsizetype, ErrorCode>> offsets = {
            {0, ErrorCode::NotAVault},        // magic
            {8, ErrorCode::TooNew},           // version 1 → 0xfe
            {9, ErrorCode::Damaged},          // unknown KDF
            {10, ErrorCode::Damaged},         // absurd pass count
            {13, ErrorCode::WrongPassphrase}, // another pass count: another key
            {20, ErrorCode::WrongPassphrase}, // salt
            {33, ErrorCode::Damaged},         // recorded length
            {45, ErrorCode::WrongPassphrase}, // secret stream header
            {63, ErrorCode::WrongPassphrase}, // first chunk
            {size / 2, ErrorCode::WrongPassphrase},
            {size - 1, ErrorCode::WrongPassphrase}, // last byte (the final chunk's tag)
        };
        for (const auto& [offset, code] : offsets) {
            QByteArray bytes = original;
            bytes[offset] = char(offset == 8 ? 0xfe : bytes.at(offset) ^ 0x01);
            const QString changed = m_dir.filePath(QStringLiteral("tampered-%1").arg(offset));
            QFile out(changed);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            const auto read = HandoffFile::read(changed, kPassphrase);
            QVERIFY2(!read.ok(), qPrintable(QString::number(offset)));
            QVERIFY2(read.code() == code,
                     qPrintable(QStringLiteral("offset %1: %2").arg(offset).arg(read.message())));
            QCOMPARE(target->counts(), before);
        }
    }

    void truncatedFilesRejected()
    {
        auto a = newSide();
        populate(*a);
        const QString path = m_dir.filePath(QStringLiteral("cut.rebindhandoff"));
        QVERIFY(HandoffFile::write(
                    path, InventorySnapshot::read(*a->inventory, ExportScope::all()).value(),
                    kPassphrase, KdfParams::interactive())
                    .ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray original = file.readAll();
        file.close();
        for (const qsizetype length :
             {qsizetype(0), qsizetype(5), qsizetype(40), qsizetype(62), qsizetype(63),
              qsizetype(100), original.size() / 2, original.size() - 1}) {
            const QString cut = m_dir.filePath(QStringLiteral("cut-%1").arg(length));
            QFile out(cut);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(original.left(length));
            out.close();
            const auto read = HandoffFile::read(cut, kPassphrase);
            QVERIFY(!read.ok());
            const ErrorCode expected = length < 8 ? ErrorCode::NotAVault : ErrorCode::Damaged;
            QVERIFY2(read.code() == expected,
                     qPrintable(QStringLiteral("%1 bytes: %2").arg(length).arg(read.message())));
            if (length >= 8) {
                QVERIFY(read.message().contains(QStringLiteral("incomplete")));
            }
        }
        // Extra bytes after the end are a change too.
        QFile longer(m_dir.filePath(QStringLiteral("longer")));
        QVERIFY(longer.open(QIODevice::WriteOnly));
        longer.write(original + QByteArray("x"));
        longer.close();
        QCOMPARE(HandoffFile::read(longer.fileName(), kPassphrase).code(), ErrorCode::Damaged);
        // Far too large: refused without reading it (a sparse file).
        QFile huge(m_dir.filePath(QStringLiteral("huge")));
        QVERIFY(huge.open(QIODevice::WriteOnly));
        QVERIFY(huge.resize(HandoffFile::kMaxFileBytes + 1));
        huge.close();
        const auto tooBig = HandoffFile::read(huge.fileName(), kPassphrase);
        QCOMPARE(tooBig.code(), ErrorCode::InvalidInput);
        QVERIFY(tooBig.message().contains(QStringLiteral("256 MiB")));
    }

    // The limit counts the bytes that arrive: size() is 0 for /dev/zero and for a FIFO, so a
    // check of size() alone let them grow memory without bound.
    void jsonImportStopsAtTheLimit()
    {
        auto side = newSide();
        populate(*side);
        const QString before = side->counts();
        const auto refused = [&](const QString& path) {
            const auto imported = Importer::run(*side->inventory, Importer::Kind::Json, path, {});
            QVERIFY2(!imported.ok(), qPrintable(path));
            QCOMPARE(imported.code(), ErrorCode::InvalidInput);
            QVERIFY2(imported.message().contains(QStringLiteral("larger than 64 MiB")),
                     qPrintable(imported.message()));
            QCOMPARE(side->counts(), before);
        };
        refused(QStringLiteral("/dev/zero"));
        {
            // One byte more than the limit, then the end.
            const QString fifo = m_dir.filePath(QStringLiteral("over.fifo"));
            const FifoFeed feed(
                fifo, QStringLiteral("head -c %1 /dev/zero").arg(SnapshotJson::kMaxBytes + 1));
            refused(fifo);
        }
        {
            const QString fifo = m_dir.filePath(QStringLiteral("endless.fifo"));
            const FifoFeed feed(fifo, QStringLiteral("yes '{\"people\": [],'"));
            refused(fifo);
        }
        QFile sparse(m_dir.filePath(QStringLiteral("sparse.json")));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(SnapshotJson::kMaxBytes + 1));
        sparse.close();
        refused(sparse.fileName());

        // Up to the limit a FIFO is read like a file: a real export through one merges.
        const QString exported = m_dir.filePath(QStringLiteral("limit-export.json"));
        QFile out(exported);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(side->exportJson());
        out.close();
        const QString fifo = m_dir.filePath(QStringLiteral("export.fifo"));
        const FifoFeed feed(fifo, QStringLiteral("cat '%1'").arg(exported));
        const auto merged = Importer::run(*side->inventory, Importer::Kind::Json, fifo, {});
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QCOMPARE(merged->bindingsAdded, 0);
        QCOMPARE(side->counts(), before);
    }

    // A hand-off file through a FIFO is read by its recorded length, not by size() (0 there):
    // whole, it opens; with anything after its end, it is refused.
    void handoffThroughAFifo()
    {
        auto a = newSide();
        populate(*a);
        const QString path = m_dir.filePath(QStringLiteral("piped.rebindhandoff"));
        const InventorySnapshot snapshot =
            InventorySnapshot::read(*a->inventory, ExportScope::all()).value();
        QVERIFY(HandoffFile::write(path, snapshot, kPassphrase, KdfParams::interactive()).ok());
        {
            const QString fifo = m_dir.filePath(QStringLiteral("handoff.fifo"));
            const FifoFeed feed(fifo, QStringLiteral("cat '%1'").arg(path));
            const auto read = HandoffFile::read(fifo, kPassphrase);
            QVERIFY2(read.ok(), qPrintable(read.message()));
            QCOMPARE(SnapshotJson::toJson(*read), SnapshotJson::toJson(snapshot));
        }
        {
            const QString fifo = m_dir.filePath(QStringLiteral("handoff-longer.fifo"));
            const FifoFeed feed(fifo, QStringLiteral("cat '%1' /dev/zero").arg(path));
            const auto read = HandoffFile::read(fifo, kPassphrase);
            QCOMPARE(read.code(), ErrorCode::Damaged);
            QVERIFY2(read.message().contains(QStringLiteral("after its end")),
                     qPrintable(read.message()));
        }
        {
            const QString fifo = m_dir.filePath(QStringLiteral("handoff-cut.fifo"));
            const FifoFeed feed(fifo, QStringLiteral("head -c 1000 '%1'").arg(path));
            const auto read = HandoffFile::read(fifo, kPassphrase);
            QCOMPARE(read.code(), ErrorCode::Damaged);
            QVERIFY2(read.message().contains(QStringLiteral("incomplete")),
                     qPrintable(read.message()));
        }
        const auto zeros = HandoffFile::read(QStringLiteral("/dev/zero"), kPassphrase);
        QCOMPARE(zeros.code(), ErrorCode::NotAVault);
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
