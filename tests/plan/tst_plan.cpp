// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Catalog.h"
#include "DisplayText.h"
#include "NumberOwner.h"
#include "PlanBuilder.h"
#include "PlanText.h"
#include "ServiceText.h"
#include "Translator.h"
#include "VerdictText.h"

#include <QTranslator>
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

Person person(const QString& name, const QString& relation)
{
    Person p;
    p.name = name;
    p.relation = relation;
    return p;
}

// Stands in for the lead's zh_CN entries of the new owner sentences (lupdate has not run yet):
// looks strings up by the context and comment the code uses, so that a tr() with the wrong
// context, or a sentence that glues words with spaces, fails here as it would in the app.
class OwnerWordsTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* source, const char* disambiguation,
                      int) const override
    {
        const QByteArray key = QByteArray(context) + '|' + source + '|' +
                               (disambiguation != nullptr ? disambiguation : "");
        static const QHash<QByteArray, QString> zh = {
            {"NumberOwner|your mother|owner of the number, in a sentence", QStringLiteral("母亲")},
            {"PlanText|Make sure the new number works and is in %1's name|",
             QStringLiteral("确认新号码能正常使用，并且登记在%1名下")},
            {"PlanText|Before you change anything: call and text %1, and make sure it is "
             "registered in %2's name with %2's ID card.|",
             QStringLiteral(
                 "在更改任何设置之前：先用%1打电话、发短信试一试，并确认它是用%2的身份证登"
                 "记在%2名下的。")},
            {"ServiceText|Needs a visit to a branch with %1's ID card.|",
             QStringLiteral("需要带%1的身份证到网点办理。")},
        };
        return zh.value(key);
    }
    bool isEmpty() const override { return false; }
};

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

    // Cancelled before the blockers were done: the plan says so, so that every front end can
    // turn them into urgent lost-number paths; the carrier step is done by the cancellation.
    void cancelledWithOpenBlockers()
    {
        auto input = fixture();
        Plan plan = PlanBuilder(m_catalog).build(input);
        QVERIFY(!plan.blockers().isEmpty());
        QVERIFY(!plan.cancelledWithOpenBlockers()); // not cancelled yet
        input.number.status = NumberStatus::Cancelled;
        input.today = kCancel.addDays(10);
        plan = PlanBuilder(m_catalog).build(input);
        QCOMPARE(plan.verdict, Plan::Verdict::Watching);
        QVERIFY(plan.cancelledWithOpenBlockers());
        QCOMPARE(plan.watchUntil, kCancel.addDays(Plan::kWatchDays));
        for (const PlanItem& item : plan.items) {
            if (item.kind == PlanItem::Kind::CancelAtCarrier) {
                QVERIFY(!item.isOpen());
            }
        }
        // Still so after the watch window: the blockers were never done.
        input.today = kCancel.addDays(Plan::kWatchDays + 1);
        QVERIFY(PlanBuilder(m_catalog).build(input).cancelledWithOpenBlockers());
        // With every binding done and the new number checked, nothing is left open.
        for (Binding& b : input.bindings) {
            b.status = BindingStatus::Done;
        }
        PlanStepState checked;
        checked.step = QStringLiteral("check-new-number");
        checked.status = BindingStatus::Verified;
        input.steps.append(checked);
        plan = PlanBuilder(m_catalog).build(input);
        QVERIFY(!plan.cancelledWithOpenBlockers());
        QCOMPARE(plan.verdict, Plan::Verdict::WatchOver);
    }

    // Each urgent item says how to get in without the old number: the built-in catalog's
    // lost_number text, a general way for the user's own services, nothing for plan steps.
    void lostNumberPathPerItem()
    {
        PlanItem wechat;
        wechat.kind = PlanItem::Kind::Binding;
        wechat.serviceKey = QStringLiteral("wechat");
        const CatalogEntry* entry = Catalog::builtIn().find(QStringLiteral("wechat"));
        QVERIFY(entry != nullptr && !entry->lostNumber.en.isEmpty());
        ServiceText::setLanguage(QStringLiteral("en"));
        QCOMPARE(VerdictText::lostNumberPath(wechat), entry->lostNumber.en);
        ServiceText::setLanguage(QStringLiteral("zh_CN"));
        QCOMPARE(VerdictText::lostNumberPath(wechat), entry->lostNumber.zh);
        ServiceText::setLanguage(QStringLiteral("en"));
        PlanItem clinic;
        clinic.kind = PlanItem::Kind::Binding;
        clinic.serviceKey = QStringLiteral("custom:c7");
        QVERIFY(VerdictText::lostNumberPath(clinic).contains(QStringLiteral("customer support")));
        PlanItem check;
        check.kind = PlanItem::Kind::CheckNewNumber;
        QVERIFY(VerdictText::lostNumberPath(check).isEmpty());
    }

    void serviceCountLeavesOutThePlansOwnSteps()
    {
        const Plan plan = PlanBuilder(m_catalog).build(fixture());
        QCOMPARE(plan.items.size(), 11); // 7 services and 4 steps
        QCOMPARE(Plan::serviceCount(plan.items), 7);
        QCOMPARE(Plan::serviceCount(plan.blockers()),
                 int(plan.blockers().size()) - 1); // and the new number
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

    // A daughter preparing her mother's number reads about her mother's name and ID card, not
    // her own (issue 13, item 2); where the relation says nothing a sentence can use, the name
    // stands in. The reader's own number keeps "your".
    void ownStepsNameTheOwner()
    {
        const Plan plan = PlanBuilder(m_catalog).build(fixture());
        NumberRecord record;
        record.number = PhoneNumber::fromE164(QStringLiteral("+8613800138000"));
        record.carrier = QStringLiteral("China Mobile");
        const auto textsFor = [&](const NumberOwner& owner) {
            QStringList texts;
            for (const PlanItem& item : plan.items) {
                if (item.kind != PlanItem::Kind::Binding) {
                    texts << PlanText::title(item, owner)
                          << PlanText::instruction(item, record, false, owner);
                }
            }
            return texts.join(QLatin1Char('\n'));
        };

        const QString own = textsFor(NumberOwner());
        QVERIFY2(own.contains(QStringLiteral("in your name")), qPrintable(own));
        QVERIFY(own.contains(QStringLiteral("in your own name with your ID card")));
        QVERIFY(own.contains(QStringLiteral("in person with your ID card")));
        QCOMPARE(textsFor(NumberOwner::of(person(QStringLiteral("Me"), QStringLiteral("self")))),
                 own);

        const NumberOwner mother =
            NumberOwner::of(person(QStringLiteral("王秀英"), QStringLiteral("mother")));
        QVERIFY(!mother.isSelf());
        QCOMPARE(mother.noun(), QStringLiteral("your mother"));
        const QString hers = textsFor(mother);
        for (const char* wrong : {"your own", "your ID card", "your name", "your contacts",
                                  "your new number", "calls you."}) {
            QVERIFY2(!hers.contains(QLatin1String(wrong)), qPrintable(hers));
        }
        QVERIFY2(hers.contains(QStringLiteral("is in your mother's name")), qPrintable(hers));
        QVERIFY(hers.contains(QStringLiteral("registered in your mother's name with your "
                                             "mother's ID card")));
        QVERIFY(hers.contains(QStringLiteral("Tell your mother's contacts")));
        QVERIFY(hers.contains(QStringLiteral("at China Mobile, in person with your mother's ID")));
        // Without a replacement number the sentence still says whose new number it is.
        PlanItem check;
        check.kind = PlanItem::Kind::CheckNewNumber;
        QVERIFY(PlanText::instruction(check, record, false, mother)
                    .contains(QStringLiteral("call and text your mother's new number")));

        // "other", no relation, or the user's own word: the name.
        for (const QString& relation :
             {QStringLiteral("other"), QString(), QStringLiteral("姑妈")}) {
            const QString texts =
                textsFor(NumberOwner::of(person(QStringLiteral("Wang"), relation)));
            QVERIFY2(texts.contains(QStringLiteral("with Wang's ID card")), qPrintable(texts));
            QVERIFY(!texts.contains(QStringLiteral("your ID card")));
        }
        QCOMPARE(NumberOwner::of(person(QString(), QStringLiteral("other"))).noun(),
                 QStringLiteral("the number's owner"));
        QCOMPARE(NumberOwner::of(person(QStringLiteral("Li"), QStringLiteral("father"))).noun(),
                 QStringLiteral("your father"));

        // The catalog's warnings: a branch visit (a bank with counters only) and the ways to
        // prove who one is.
        const CatalogEntry* bank = Catalog::builtIn().find(QStringLiteral("bank-of-beijing"));
        QVERIFY(bank != nullptr && bank->inPerson);
        QVERIFY(ServiceText::warnings(*bank).contains(
            QStringLiteral("Needs a visit to a branch with your ID card.")));
        QVERIFY(ServiceText::warnings(*bank, mother)
                    .contains(QStringLiteral("Needs a visit to a branch with your mother's ID "
                                             "card.")));
        const CatalogEntry* line = m_catalog.find(QStringLiteral("line"));
        QVERIFY(line != nullptr);
        const QString ways = ServiceText::oldNumberLine(*line, mother);
        QVERIFY2(ways.contains(QStringLiteral("your mother can still prove their identity with a "
                                              "visit to a counter with your mother's ID card")),
                 qPrintable(ways));
        QVERIFY(ServiceText::oldNumberLine(*line).contains(
            QStringLiteral("you can prove it is you with a visit to a counter with your ID card")));
    }

    // In Chinese the relation word goes into the sentence with no space around it ("登记在母亲
    // 名下"), and the UI names the person with the translated relation ("王秀英（母亲）").
    void ownerWordsInChinese()
    {
        const Plan plan = PlanBuilder(m_catalog).build(fixture());
        NumberRecord record;
        record.number = PhoneNumber::fromE164(QStringLiteral("+8613800138000"));
        record.replacement = PhoneNumber::fromE164(QStringLiteral("+8613900139000"));
        const NumberOwner mother =
            NumberOwner::of(person(QStringLiteral("王秀英"), QStringLiteral("mother")));
        const PlanItem* check = nullptr;
        for (const PlanItem& item : plan.items) {
            if (item.kind == PlanItem::Kind::CheckNewNumber) {
                check = &item;
            }
        }
        QVERIFY(check != nullptr);

        OwnerWordsTranslator words;
        QVERIFY(QCoreApplication::installTranslator(&words));
        const QString title = PlanText::title(*check, mother);
        const QString instruction = PlanText::instruction(*check, record, false, mother);
        const CatalogEntry* bank = Catalog::builtIn().find(QStringLiteral("bank-of-beijing"));
        QVERIFY(bank != nullptr);
        const QStringList warnings = ServiceText::warnings(*bank, mother);
        QCoreApplication::removeTranslator(&words);
        QCOMPARE(title, QStringLiteral("确认新号码能正常使用，并且登记在母亲名下"));
        QVERIFY2(instruction.contains(QStringLiteral("用母亲的身份证登记在母亲名下")),
                 qPrintable(instruction));
        QVERIFY2(warnings.contains(QStringLiteral("需要带母亲的身份证到网点办理。")),
                 qPrintable(warnings.join(QLatin1Char('|'))));

        // The real translation: the person's relation is shown in Chinese.
        QCOMPARE(Translator::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const QString shown =
            DisplayText::person(person(QStringLiteral("王秀英"), QStringLiteral("mother")));
        Translator::install(QStringLiteral("en"));
        QCOMPARE(shown, QStringLiteral("王秀英（母亲）"));
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
