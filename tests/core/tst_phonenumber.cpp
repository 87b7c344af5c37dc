// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "CarrierHint.h"
#include "PhoneNumber.h"

#include <QtTest>

using rebind::CarrierHint;
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

    // A number typed without its country code is Chinese first, and only otherwise read where
    // the computer is: a British user's 07400 123456 is +44, a Chinese mobile stays +86 anywhere.
    void typedNumbersFallBackToTheLocalRegion()
    {
        QCOMPARE(
            PhoneNumber::parseTyped(QStringLiteral("07400 123456"), QStringLiteral("GB"))->e164(),
            QStringLiteral("+447400123456"));
        QCOMPARE(
            PhoneNumber::parseTyped(QStringLiteral("(650) 253-0000"), QStringLiteral("US"))->e164(),
            QStringLiteral("+16502530000"));
        QCOMPARE(
            PhoneNumber::parseTyped(QStringLiteral("139 1234 5678"), QStringLiteral("GB"))->e164(),
            QStringLiteral("+8613912345678"));
        QCOMPARE(PhoneNumber::parseTyped(QStringLiteral("+49 151 23456789"), QStringLiteral("GB"))
                     ->e164(),
                 QStringLiteral("+4915123456789"));
        // Without a local region, or in China, only the Chinese reading counts.
        QVERIFY(!PhoneNumber::parseTyped(QStringLiteral("07400 123456"), QString()));
        QVERIFY(!PhoneNumber::parseTyped(QStringLiteral("07400 123456"), QStringLiteral("CN")));
        // Still nonsense everywhere: the Chinese reading's message is the one shown.
        const auto bad = PhoneNumber::parseTyped(QStringLiteral("12345"), QStringLiteral("GB"));
        QVERIFY(!bad);
        QCOMPARE(bad.message(), PhoneNumber::parse(QStringLiteral("12345")).message());
    }

    void maskedHidesTheMiddle()
    {
        const auto parsed = PhoneNumber::parse(QStringLiteral("13800138000"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->masked(), QStringLiteral("138 **** 8000"));
    }

    void maskedKeepsTheLastFourInTheNumbersOwnGrouping_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("masked");
        QTest::newRow("CN mobile")
            << QStringLiteral("+86 139 1234 5678") << QStringLiteral("139 **** 5678");
        QTest::newRow("CN landline")
            << QStringLiteral("+86 10 6552 9988") << QStringLiteral("010 **** 9988");
        QTest::newRow("GB mobile")
            << QStringLiteral("+44 7911 123456") << QStringLiteral("+44 79** **3456");
        QTest::newRow("US") << QStringLiteral("+1 650 253 0000")
                            << QStringLiteral("+1 65*-***-0000");
        QTest::newRow("DE mobile")
            << QStringLiteral("+49 1512 3456789") << QStringLiteral("+49 151* ***6789");
        QTest::newRow("HK, eight digits")
            << QStringLiteral("+852 5123 4567") << QStringLiteral("+852 **** 4567");
    }
    void maskedKeepsTheLastFourInTheNumbersOwnGrouping()
    {
        QFETCH(QString, input);
        QFETCH(QString, masked);
        const auto parsed = PhoneNumber::parse(input);
        QVERIFY2(parsed.ok(), qPrintable(parsed.message()));
        QCOMPARE(parsed->masked(), masked);

        // Whatever the country: the same characters as display() apart from the hidden digits,
        // exactly the last four digits visible at the end, and at least four hidden.
        const QString shown = parsed->display();
        const QString out = parsed->masked();
        QCOMPARE(out.size(), shown.size());
        int hidden = 0;
        QString trailingDigits;
        for (qsizetype i = 0; i < out.size(); ++i) {
            if (out.at(i) == QLatin1Char('*')) {
                QVERIFY(shown.at(i).isDigit());
                ++hidden;
                trailingDigits.clear();
            } else {
                QCOMPARE(out.at(i), shown.at(i));
                if (out.at(i).isDigit()) {
                    trailingDigits.append(out.at(i));
                }
            }
        }
        QVERIFY(hidden >= 4);
        QCOMPARE(trailingDigits, parsed->e164().right(4));
    }

    void carrierTableAnswersByLongestPrefix_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("CN 139") << QStringLiteral("+8613912345678")
                                << QStringLiteral("China Mobile") << QStringLiteral("中国移动");
        QTest::newRow("CN 186") << QStringLiteral("+8618612345678")
                                << QStringLiteral("China Unicom") << QStringLiteral("中国联通");
        QTest::newRow("CN 189") << QStringLiteral("+8618912345678")
                                << QStringLiteral("China Telecom") << QStringLiteral("中国电信");
        QTest::newRow("CN 192, named in full")
            << QStringLiteral("+8619212345678") << QStringLiteral("China Broadnet")
            << QStringLiteral("中国广电");
        // 447106 and 447107 are O2 in libphonenumber's data; 447340 is Vodafone's.
        QTest::newRow("GB O2") << QStringLiteral("+447106123456") << QStringLiteral("O2")
                               << QStringLiteral("O2");
        QTest::newRow("GB Vodafone") << QStringLiteral("+447340123456")
                                     << QStringLiteral("Vodafone") << QStringLiteral("Vodafone");
        // HK 8524607 is listed on its own under 852460 (China Unicom): the longer prefix wins.
        QTest::newRow("HK 852460") << QStringLiteral("+85246012345")
                                   << QStringLiteral("China Unicom") << QStringLiteral("中国联通");
        QTest::newRow("HK 8524607, longer")
            << QStringLiteral("+85246071234") << QStringLiteral("Multibyte")
            << QStringLiteral("Multibyte");
        QTest::newRow("DE landline: none")
            << QStringLiteral("+4930123456") << QString() << QString();
    }
    void carrierTableAnswersByLongestPrefix()
    {
        QFETCH(QString, number);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        const PhoneNumber phone = PhoneNumber::fromE164(number);
        QCOMPARE(CarrierHint::carrier(phone, QStringLiteral("en")), english);
        QCOMPARE(CarrierHint::carrier(phone, QStringLiteral("zh_CN")), chinese);
    }

    void carrierTableListsARegionsCarriers()
    {
        const QStringList china =
            CarrierHint::carriersIn(QStringLiteral("CN"), QStringLiteral("zh_CN"));
        QCOMPARE(china.mid(0, 3),
                 (QStringList{QStringLiteral("中国移动"), QStringLiteral("中国联通"),
                              QStringLiteral("中国电信")}));
        QVERIFY(china.contains(QStringLiteral("中国广电")));
        const QStringList uk = CarrierHint::carriersIn(QStringLiteral("GB"), QStringLiteral("en"));
        for (const char* name : {"EE", "O2", "Three", "Vodafone"}) {
            QVERIFY2(uk.contains(QString::fromLatin1(name)), name);
        }
        QVERIFY(!uk.contains(QStringLiteral("China Mobile")));
        QVERIFY(uk.size() <= 12);
        QCOMPARE(CarrierHint::carriersIn(QStringLiteral("GB"), QStringLiteral("en"), 2).size(), 2);
        QVERIFY(CarrierHint::carriersIn(QStringLiteral("ZZ"), QStringLiteral("en")).isEmpty());
        // Regions sharing +1 keep their own carriers: the Bahamas' are not listed for the US.
        const QStringList bahamas =
            CarrierHint::carriersIn(QStringLiteral("BS"), QStringLiteral("en"));
        QVERIFY(!bahamas.isEmpty());
        for (const QString& name : bahamas) {
            QVERIFY2(
                !CarrierHint::carriersIn(QStringLiteral("US"), QStringLiteral("en")).contains(name),
                qPrintable(name));
        }
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
