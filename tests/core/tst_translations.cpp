#include "Translator.h"
#include "Vocabulary.h"

#include <QFile>
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
