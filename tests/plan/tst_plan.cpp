#include "Catalog.h"
#include "PlanBuilder.h"
#include "PlanText.h"

#include <QtTest>

using namespace rebind;

namespace {

const QDate kToday(2027, 1, 1);
const QDate kCancel(2027, 2, 1);

Service catalogService(qint64 id, const QString& catalogId, const QString& name)
{
    Service s;
    s.id = id;
    s.catalogId = catalogId;
    s.name = name;
    return s;
}

Binding binding(qint64 id, qint64 serviceId, BindingStatus status = BindingStatus::ToDo)
{
    Binding b;
    b.id = id;
    b.uid = QStringLiteral("uid-%1").arg(id);
    b.serviceId = serviceId;
    b.status = status;
    b.roles = BindingRole::Login;
    return b;
}

QStringList names(const Plan& plan)
{
    QStringList out;
    for (const PlanItem& item : plan.items) {
        out << (item.kind == PlanItem::Kind::Binding ? item.serviceName : item.key);
    }
    return out;
}

} // namespace

class TestPlan : public QObject
{
    Q_OBJECT

private:
    Catalog m_catalog = Catalog::load({QStringLiteral(REBIND_TEST_FIXTURES "/plan-catalog.json")});

    PlanBuilder::Input fixture() const
    {
        PlanBuilder::Input input;
        input.today = kToday;
        input.number.id = 1;
        input.number.number = PhoneNumber::fromE164(QStringLiteral("+8613800138000"));
        input.number.status = NumberStatus::Cancelling;
        input.number.cancelDate = kCancel;
        const QList<Service> services = {
            catalogService(1, QStringLiteral("music"), QStringLiteral("Music")),
            catalogService(2, QStringLiteral("shop"), QStringLiteral("Shop")),
            catalogService(3, QStringLiteral("chat"), QStringLiteral("Chat")),
            catalogService(4, QStringLiteral("bank"), QStringLiteral("Bank")),
            catalogService(5, QStringLiteral("wallet"), QStringLiteral("Wallet")),
            catalogService(6, QStringLiteral("wallet"), QStringLiteral("Another wallet")),
        };
        for (const Service& s : services) {
            input.services.insert(s.id, s);
        }
        Service custom;
        custom.id = 7;
        custom.uid = QStringLiteral("c7");
        custom.name = QStringLiteral("Clinic");
        input.services.insert(custom.id, custom);
        for (qint64 id = 1; id <= 7; ++id) {
            input.bindings.append(binding(id, id));
        }
        return input;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_catalog.problems().isEmpty(),
                 qPrintable(m_catalog.problems().join(QLatin1Char('\n'))));
    }

    void orderFollowsTheRules()
    {
        const Plan plan = PlanBuilder(m_catalog).build(fixture());
        // New number first; old-number/in-person (bank critical before chat high); then tiers
        // (two critical wallets tie and go by name, custom clinic is medium by its roles, shop
        // medium, music low); then the carrier steps.
        QCOMPARE(
            names(plan),
            QStringList({QStringLiteral("check-new-number"), QStringLiteral("Bank"),
                         QStringLiteral("Chat"), QStringLiteral("Another wallet"),
                         QStringLiteral("Wallet"), QStringLiteral("Clinic"), QStringLiteral("Shop"),
                         QStringLiteral("Music"), QStringLiteral("tell-contacts"),
                         QStringLiteral("call-forwarding"), QStringLiteral("cancel-at-carrier")}));
    }

    void dueDatesAreRelativeToTheCancelDate()
    {
        const Plan plan = PlanBuilder(m_catalog).build(fixture());
        QHash<QString, PlanItem> byName;
        for (const PlanItem& item : plan.items) {
            byName.insert(item.kind == PlanItem::Kind::Binding ? item.serviceName : item.key, item);
        }
        QCOMPARE(byName.value(QStringLiteral("Bank")).due, kCancel.addDays(-14));
        QCOMPARE(byName.value(QStringLiteral("Wallet")).due, kCancel.addDays(-14));
        QCOMPARE(byName.value(QStringLiteral("Chat")).due, kCancel.addDays(-7));
        QCOMPARE(byName.value(QStringLiteral("Shop")).due, kCancel);
        QCOMPARE(byName.value(QStringLiteral("check-new-number")).due, kCancel.addDays(-21));
        QCOMPARE(byName.value(QStringLiteral("cancel-at-carrier")).due, kCancel);
        QVERIFY(!byName.value(QStringLiteral("Bank")).overdue);
    }

    void overridesAndOverdue()
    {
        auto input = fixture();
        input.bindings[1].due = QDate(2026, 12, 20); // Shop, before today
        input.steps.append(
            {QStringLiteral("tell-contacts"), BindingStatus::ToDo, QDate(2027, 1, 30)});
        input.today = QDate(2027, 1, 20); // Bank and Wallet (due 01-18) are now late
        const Plan plan = PlanBuilder(m_catalog).build(input);
        for (const PlanItem& item : plan.items) {
            if (item.serviceName == QLatin1String("Shop")) {
                QCOMPARE(item.due, QDate(2026, 12, 20));
                QCOMPARE(item.dueRule, PlanItem::Due::Explicit);
                QVERIFY(item.overdue);
            }
            if (item.serviceName == QLatin1String("Bank")) {
                QVERIFY(item.overdue);
            }
            if (item.key == QLatin1String("tell-contacts")) {
                QCOMPARE(item.due, QDate(2027, 1, 30));
                QVERIFY(!item.overdue);
            }
        }
        // A done item is never overdue.
        input.bindings[3].status = BindingStatus::Done; // Bank
        const Plan after = PlanBuilder(m_catalog).build(input);
        for (const PlanItem& item : after.items) {
            if (item.serviceName == QLatin1String("Bank")) {
                QVERIFY(!item.overdue);
            }
        }
    }

    void readinessTurnsSafeAsItemsAreMarked()
    {
        auto input = fixture();
        Plan plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::Blocked);
        QStringList blockers;
        for (const PlanItem& item : plan.blockers()) {
            blockers << (item.kind == PlanItem::Kind::Binding ? item.serviceName : item.key);
        }
        // Medium and low tiers without the old-number flag do not block.
        QCOMPARE(blockers, QStringList({QStringLiteral("check-new-number"), QStringLiteral("Bank"),
                                        QStringLiteral("Chat"), QStringLiteral("Another wallet"),
                                        QStringLiteral("Wallet")}));

        input.steps.append({QStringLiteral("check-new-number"), BindingStatus::Done, QDate()});
        input.bindings[3].status = BindingStatus::Verified;  // Bank
        input.bindings[2].status = BindingStatus::Done;      // Chat
        input.bindings[4].status = BindingStatus::NotNeeded; // Wallet
        plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::Blocked);
        QCOMPARE(plan.blockers().size(), 1);
        QCOMPARE(plan.blockers().first().serviceName, QStringLiteral("Another wallet"));

        input.bindings[5].status = BindingStatus::Waiting; // still open
        QCOMPARE(PlanBuilder(m_catalog).build(input).verdict, Plan::Verdict::Blocked);
        input.bindings[5].status = BindingStatus::Done;
        plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::SafeToCancel);
        QVERIFY(plan.blockers().isEmpty());
        // Shop and Music are still to do: they do not hold the number back, and the
        // walk-through resumes at the first open item.
        QVERIFY(plan.next() != nullptr);
        QCOMPARE(plan.next()->serviceName, QStringLiteral("Clinic"));
    }

    void customServicesTakeTheirTierFromRoles()
    {
        auto input = fixture();
        input.bindings[6].roles = BindingRole::Login | BindingRole::BankReserved;
        const Plan plan = PlanBuilder(m_catalog).build(input);
        bool found = false;
        for (const PlanItem& item : plan.items) {
            if (item.serviceName == QLatin1String("Clinic")) {
                QCOMPARE(item.tier, RiskTier::Critical);
                QVERIFY(item.blocker);
                QCOMPARE(item.due, kCancel.addDays(-14));
                found = true;
            }
        }
        QVERIFY(found);
    }

    void keepIsTheUsersDecision()
    {
        auto input = fixture();
        for (Binding& b : input.bindings) {
            b.action = BindingAction::Keep;
        }
        const Plan plan = PlanBuilder(m_catalog).build(input);
        // Nothing to rebind: the new number need not be checked either.
        QCOMPARE(plan.verdict, Plan::Verdict::SafeToCancel);
    }

    void watchWindowAfterCancelling()
    {
        auto input = fixture();
        input.number.status = NumberStatus::Cancelled;
        input.today = kCancel.addDays(30);
        Plan plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::Watching);
        QCOMPARE(plan.watchUntil, kCancel.addDays(90));
        input.today = kCancel.addDays(90);
        QCOMPARE(PlanBuilder(m_catalog).build(input).verdict, Plan::Verdict::Watching);
        input.today = kCancel.addDays(91);
        QCOMPARE(PlanBuilder(m_catalog).build(input).verdict, Plan::Verdict::WatchOver);
        input.number.status = NumberStatus::Received;
        QCOMPARE(PlanBuilder(m_catalog).build(input).verdict, Plan::Verdict::NotPlanned);
    }

    void emptyListIsNotSafe()
    {
        // Nothing listed is not the same as everything done.
        auto input = fixture();
        input.bindings.clear();
        input.today = kCancel.addDays(-30);
        const Plan plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::NothingListed);
        QVERIFY(plan.blockers().isEmpty());
        input.number.status = NumberStatus::InUse;
        QCOMPARE(PlanBuilder(m_catalog).build(input).verdict, Plan::Verdict::NothingListed);
    }

    // A carrier account is the phone line itself: it is cancelled (or kept) at the end, never
    // "changed to the new number", and it does not stand between the person and cancelling.
    void phoneLineIsCancelledLast()
    {
        PlanBuilder::Input input = fixture();
        input.services.insert(8, catalogService(8, QStringLiteral("line"), QStringLiteral("Line")));
        input.bindings.append(binding(8, 8));
        const Plan plan = PlanBuilder(m_catalog).build(input);
        const QStringList order = names(plan);
        QCOMPARE(order.at(order.size() - 2), QStringLiteral("Line"));
        QCOMPARE(order.last(), QStringLiteral("cancel-at-carrier"));
        const PlanItem& line = plan.items.at(plan.items.size() - 2);
        QVERIFY(line.phoneLine);
        QVERIFY(!line.blocker);
        QCOMPARE(line.due, kCancel);
        NumberRecord record;
        record.number = input.number.number;
        record.replacement = PhoneNumber::fromE164(QStringLiteral("+8613900139000"));
        const QString text = PlanText::instruction(line, record, false);
        QVERIFY2(!text.contains(QStringLiteral("Change the number here")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("phone line itself")), qPrintable(text));
    }

    // A bank whose app needs the old number and whose counter does not: planned early, as one
    // that needs the old number, but no visit in person is demanded.
    void bankWithCounterFallbackIsPlannedEarly()
    {
        PlanBuilder::Input input = fixture();
        input.services.insert(
            8, catalogService(8, QStringLiteral("branchbank"), QStringLiteral("Branch bank")));
        input.bindings.append(binding(8, 8));
        const Plan plan = PlanBuilder(m_catalog).build(input);
        for (const PlanItem& item : plan.items) {
            if (item.serviceName == QLatin1String("Branch bank")) {
                QVERIFY(item.oldNumberNeeded);
                QVERIFY(!item.inPerson);
                QVERIFY(item.blocker);
                return;
            }
        }
        QFAIL("the bank is missing from the plan");
    }

    void noCancelDateMeansNoDueDates()
    {
        auto input = fixture();
        input.number.cancelDate = QDate();
        input.number.status = NumberStatus::InUse;
        const Plan plan = PlanBuilder(m_catalog).build(input);
        for (const PlanItem& item : plan.items) {
            QVERIFY(!item.due.isValid());
            QVERIFY(!item.overdue);
        }
        QCOMPARE(plan.verdict, Plan::Verdict::Blocked);
    }
};

QTEST_GUILESS_MAIN(TestPlan)
#include "tst_plan.moc"
