#include "PhoneNumber.h"

#include <QtTest>

using rebind::ErrorCode;
using rebind::PhoneNumber;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spellingsNormalise_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("plain") << QStringLiteral("13800138000");
        QTest::newRow("dashes") << QStringLiteral("138-0013-8000");
        QTest::newRow("plus86 spaced") << QStringLiteral("+86 138 0013 8000");
        QTest::newRow("0086 spaced") << QStringLiteral("0086 138 0013 8000");
        QTest::newRow("86 prefix") << QStringLiteral("86 13800138000");
        QTest::newRow("padded") << QStringLiteral("  138 0013 8000 ");
        QTest::newRow("full-width plus") << QStringLiteral("＋86 13800138000");
    }
    void spellingsNormalise()
    {
        QFETCH(QString, input);
        const auto parsed = PhoneNumber::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->e164(), QStringLiteral("+8613800138000"));
        QCOMPARE(parsed->display(), QStringLiteral("138 0013 8000"));
        QCOMPARE(parsed->regionCode(), QStringLiteral("CN"));
    }

    void invalidRejected_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << QStringLiteral("   ");
        QTest::newRow("letters") << QStringLiteral("abc");
        QTest::newRow("too short") << QStringLiteral("12345");
        QTest::newRow("too long mobile") << QStringLiteral("138001380001");
        QTest::newRow("bad prefix") << QStringLiteral("12800138000");
        QTest::newRow("absurd") << QString(500, QLatin1Char('1'));
    }
    void invalidRejected()
    {
        QFETCH(QString, input);
        const auto parsed = PhoneNumber::parse(input);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.code(), ErrorCode::InvalidInput);
        QVERIFY(!parsed.message().isEmpty());
    }

    void foreignNumbersKeepTheirCountry()
    {
        const auto us = PhoneNumber::parse(QStringLiteral("+1 650 253 0000"));
        QVERIFY(us.ok());
        QCOMPARE(us->e164(), QStringLiteral("+16502530000"));
        QCOMPARE(us->display(), QStringLiteral("+1 650-253-0000"));
        const auto hk = PhoneNumber::parse(QStringLiteral("5123 4567"), QStringLiteral("HK"));
        QVERIFY(hk.ok());
        QCOMPARE(hk->e164(), QStringLiteral("+85251234567"));
    }

    void maskedHidesTheMiddle()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("13800138000"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->masked(), QStringLiteral("138 **** 8000"));
    }

    void spellingsCoverCommonForms()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("13800138000"));
        QVERIFY(parsed.ok());
        const QStringList forms = parsed->spellings();
        for (const char* form : {"+8613800138000", "13800138000", "8613800138000",
                                 "008613800138000", "138 0013 8000"}) {
            QVERIFY2(forms.contains(QString::fromLatin1(form)), form);
        }
    }

    void roundTripThroughE164()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("138-0013-8000"));
        QVERIFY(parsed.ok());
        const PhoneNumber stored = PhoneNumber::fromE164(parsed->e164());
        QCOMPARE(stored, *parsed);
        QCOMPARE(stored.display(), parsed->display());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
