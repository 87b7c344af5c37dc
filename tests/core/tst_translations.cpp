// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translator.h"
#include "Vocabulary.h"

#include <QFile>
#include <QRegularExpression>
#include <QtTest>
#include <QXmlStreamReader>

using namespace rebind;

namespace {
bool hasCjk(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF) {
            return true;
        }
    }
    return false;
}
// (context, source) of every message in a .ts file.
QSet<QString> messagesIn(const QString& path)
{
    QSet<QString> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
            out.insert(context + QLatin1Char('|') + xml.readElementText());
        }
    }
    return out;
}

// Where a zh_CN catalogue breaks the app's Chinese house style: an inserted name or number set
// off by spaces ("母亲 名下"), half-width brackets among Chinese text (mnemonics such as "(&S)"
// excepted), the familiar 你 where the app says 您, 口令 where the app says 密码, and a window
// title that does not end with the app's name (the window manager would append it a second time).
QStringList houseStyleProblems(const QString& path)
{
    QStringList problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {QStringLiteral("cannot read ") + path};
    }
    static const QString cjk =
        QStringLiteral("[\\x{3000}-\\x{303F}\\x{4E00}-\\x{9FFF}\\x{FF00}-\\x{FFEF}]");
    static const QString placeholder = QStringLiteral("%(?:L?\\d+|n)");
    static const QRegularExpression spaced(cjk + QStringLiteral(" ") + placeholder +
                                           QStringLiteral("|") + placeholder + QStringLiteral(" ") +
                                           cjk);
    static const QRegularExpression mnemonic(QStringLiteral("\\(&[^&]\\)"));
    static const QRegularExpression bracket(cjk + QStringLiteral("[()]|[()]") + cjk);
    QXmlStreamReader xml(&file);
    QString source;
    const auto check = [&](const QString& text) {
        const auto problem = [&](const QString& what) {
            problems << QStringLiteral("%1: \"%2\" (source \"%3\")").arg(what, text, source);
        };
        if (spaced.match(text).hasMatch()) {
            problem(QStringLiteral("space between Chinese and a placeholder"));
        }
        if (bracket.match(QString(text).remove(mnemonic)).hasMatch()) {
            problem(QStringLiteral("half-width bracket beside Chinese, use （）"));
        }
        if (text.contains(QStringLiteral("你"))) {
            problem(QStringLiteral("你 where the app says 您"));
        }
        if (text.contains(QStringLiteral("口令"))) {
            problem(QStringLiteral("口令 where the app says 密码"));
        }
        if (source.endsWith(QStringLiteral("— Rebind")) &&
            !text.endsWith(QStringLiteral("— 换绑助手"))) {
            problem(QStringLiteral("a window title must end with — 换绑助手"));
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            continue;
        }
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            // Plural forms come as child elements, one per line: joined, they stay apart.
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (type != QLatin1String("vanished") && type != QLatin1String("obsolete")) {
                check(text);
            }
        }
    }
    if (xml.hasError()) {
        problems << xml.errorString();
    }
    return problems;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The zh_CN catalogue must be complete: every message translated, none left unfinished.
    void zhCatalogueIsComplete()
    {
        QFile file(QStringLiteral(REBIND_TS_DIR "/rebind_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const bool unfinished =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished");
                const bool obsolete =
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("vanished") ||
                    xml.attributes().value(QLatin1String("type")) == QLatin1String("obsolete");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!obsolete && (unfinished || text.trimmed().isEmpty())) {
                    problems.append(source);
                }
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 100, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("untranslated: ") +
                                                problems.join(QStringLiteral(" | "))));
    }

    // The Chinese catalogue keeps the house style (see houseStyleProblems); the checker itself
    // is shown each kind of slip first, so that it cannot pass by finding nothing.
    void zhWordingKeepsTheHouseStyle()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.ts"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"(<?xml version="1.0" encoding="utf-8"?>
<TS version="2.1" language="zh_CN"><context><name>x</name>
<message><source>a</source><translation>登记在%1 名下</translation></message>
<message><source>b</source><translation>退出 %1，再登录</translation></message>
<message><source>c</source><translation>王秀英(母亲)</translation></message>
<message><source>d</source><translation>你的号码</translation></message>
<message><source>e</source><translation>修改口令</translation></message>
<message><source>%1 — Rebind</source><translation>换绑助手 — %1</translation></message>
<message numerus="yes"><source>f</source><translation><numerusform>共 %n 项</numerusform></translation></message>
<message><source>ok</source><translation>保存(&amp;S)：第%1项，共 12 MiB</translation></message>
</context></TS>
)");
        file.close();
        const QStringList caught = houseStyleProblems(bad);
        QCOMPARE(caught.size(), 7);
        QVERIFY(!caught.join(QLatin1Char('\n')).contains(QStringLiteral("保存")));

        const QStringList problems =
            houseStyleProblems(QStringLiteral(REBIND_TS_DIR "/rebind_zh_CN.ts"));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Every tr() string in the code is in the committed catalogue: nobody forgot lupdate.
    void catalogueMatchesTheCode()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(REBIND_SOURCE_DIR));
        lupdate.start(QStringLiteral(REBIND_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("app"), QStringLiteral("ui"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        const QSet<QString> inCode = messagesIn(fresh);
        QVERIFY(inCode.size() > 100);
        const QSet<QString> missing =
            inCode - messagesIn(QStringLiteral(REBIND_TS_DIR "/rebind_zh_CN.ts"));
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("run the update_translations target; missing: ") +
                            QStringList(missing.values()).join(QStringLiteral(" | "))));
    }

    // The compiled catalogue is embedded and really switches the language.
    void chineseIsLoaded()
    {
        QCOMPARE(Translator::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        const QString done = Vocabulary::label(BindingStatus::Done);
        QVERIFY2(hasCjk(done), qPrintable(done));
        QVERIFY(hasCjk(Vocabulary::label(BindingAction::Rebind)));
        QVERIFY(hasCjk(Vocabulary::relationLabel(QStringLiteral("mother"))));
        Translator::install(QStringLiteral("en"));
        QCOMPARE(Vocabulary::label(BindingStatus::Done), QStringLiteral("Done"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
