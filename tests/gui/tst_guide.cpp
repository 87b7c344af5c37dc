// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Help → User guide (F1): the bundled guide in the interface's language, its pictures found in
// the resources and loaded, its in-page links landing on a heading, both languages with the
// same sections, web links handed to UrlOpener without the window leaving the guide, Esc, and
// text that follows the text-size setting. Real widgets, offscreen.

#include "Appearance.h"
#include "GuideWindow.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "ServiceText.h"
#include "Translator.h"
#include "UrlOpener.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QPointer>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>

using namespace rebind;

namespace {

QString readGuide(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// The guide's lines outside fenced code blocks.
QStringList proseLines(const QString& markdown)
{
    QStringList lines;
    bool fenced = false;
    for (const QString& line : markdown.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            fenced = !fenced;
            continue;
        }
        if (!fenced) {
            lines.append(line);
        }
    }
    return lines;
}

QStringList headings(const QString& markdown, const QString& marker)
{
    QStringList found;
    for (const QString& line : proseLines(markdown)) {
        if (line.startsWith(marker + QLatin1Char(' '))) {
            found.append(line.mid(marker.size() + 1).trimmed());
        }
    }
    return found;
}

QStringList captures(const QString& markdown, const QString& pattern)
{
    QStringList found;
    const QRegularExpression re(pattern);
    for (const QString& line : proseLines(markdown)) {
        for (auto it = re.globalMatch(line); it.hasNext();) {
            found.append(it.next().captured(1));
        }
    }
    return found;
}

QStringList imageLinks(const QString& markdown)
{
    return captures(markdown, QStringLiteral(R"(!\[[^\]]*\]\(([^)\s]+)\))"));
}

QStringList pageLinks(const QString& markdown)
{
    return captures(markdown, QStringLiteral(R"(\]\(#([^)\s]+)\))"));
}

QStringList webLinks(const QString& markdown)
{
    return captures(markdown, QStringLiteral(R"(\]\(([a-z]+:[^)\s]+)\))"));
}

const QStringList kLanguages = {QStringLiteral("zh_CN"), QStringLiteral("en")};

QString guideFile(const QString& language)
{
    return QStringLiteral(":/guide/guide.%1.md").arg(language);
}

} // namespace

class TestGuide : public QObject
{
    Q_OBJECT

private:
    // Help → User guide in a main window built in language; the window it opened.
    GuideWindow* openFromMenu(MainWindow& window, const QString& language)
    {
        QAction* action = window.userGuideAction();
        if (action == nullptr) {
            return nullptr;
        }
        Q_UNUSED(language);
        action->trigger();
        return visibleGuide();
    }

    static GuideWindow* visibleGuide()
    {
        for (QWidget* top : QApplication::topLevelWidgets()) {
            if (auto* guide = qobject_cast<GuideWindow*>(top);
                guide != nullptr && guide->isVisible()) {
                return guide;
            }
        }
        return nullptr;
    }

    void useLanguage(const QString& language)
    {
        Translator::install(language);
        ServiceText::setLanguage(language);
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::quietPlatformWarnings();
        QStandardPaths::setTestModeEnabled(true);
        test::resetStandardLocations();
        UrlOpener::setCapture(true);
        MessageBox::setUnattended(true);
    }

    void cleanup()
    {
        UrlOpener::reset();
        Appearance::setTextScale(1.0);
    }

    void helpMenuOpensTheGuideWithF1()
    {
        useLanguage(QStringLiteral("en"));
        MainWindow window;
        QAction* action = window.userGuideAction();
        QVERIFY(action != nullptr);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F1));
        // F1 belongs to the guide alone.
        int f1 = 0;
        for (QAction* any : window.findChildren<QAction*>()) {
            f1 += any->shortcuts().contains(QKeySequence(Qt::Key_F1)) ? 1 : 0;
        }
        QCOMPARE(f1, 1);
        // It sits in the Help menu.
        QMenu* help = nullptr;
        for (QAction* top : window.menuBar()->actions()) {
            if (top->menu() != nullptr && top->menu()->actions().contains(action)) {
                help = top->menu();
            }
        }
        QVERIFY(help != nullptr);
        QCOMPARE(help->title(), MainWindow::tr("&Help"));

        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QTRY_VERIFY(visibleGuide() != nullptr);
        QPointer<GuideWindow> guide = visibleGuide();
        // Not modal: the main window stays usable, and a second F1 raises the same window.
        QVERIFY(!guide->isModal());
        QVERIFY(guide->parentWidget() == nullptr);
        QCOMPARE(window.userGuide(), guide.data());
        // Esc closes it.
        QVERIFY(QTest::qWaitForWindowExposed(guide));
        guide->activateWindow();
        QTest::keyClick(guide->browser(), Qt::Key_Escape);
        QTRY_VERIFY(guide == nullptr || !guide->isVisible());
    }

    void showsTheGuideOfTheInterfaceLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("other");
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN"
                               << "en";
        QTest::newRow("en") << "en"
                            << "en"
                            << "zh_CN";
    }

    void showsTheGuideOfTheInterfaceLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFETCH(QString, other);
        useLanguage(language);
        MainWindow window;
        QPointer<GuideWindow> guide = openFromMenu(window, language);
        QVERIFY(guide != nullptr);
        QCOMPARE(guide->shownPath(), guideFile(expected));
        const QString text = guide->browser()->toPlainText();
        const QStringList titles = headings(readGuide(guideFile(expected)), QStringLiteral("#"));
        QVERIFY(!titles.isEmpty());
        QVERIFY2(text.contains(titles.first()), qPrintable(titles.first()));
        // Every section heading is shown, and listed in the contents.
        const QStringList sections = headings(readGuide(guideFile(expected)), QStringLiteral("##"));
        QVERIFY(sections.size() >= 8);
        // The contents: each section, its subsections under it.
        QCOMPARE(guide->contents()->topLevelItemCount(), sections.size());
        int listed = 0;
        for (int i = 0; i < guide->contents()->topLevelItemCount(); ++i) {
            QCOMPARE(guide->contents()->topLevelItem(i)->text(0), sections.at(i));
            listed += 1 + guide->contents()->topLevelItem(i)->childCount();
        }
        QCOMPARE(listed,
                 sections.size() +
                     headings(readGuide(guideFile(expected)), QStringLiteral("###")).size());
        for (const QString& section : sections) {
            QVERIFY2(text.contains(section), qPrintable(section));
        }
        const QStringList otherTitles = headings(readGuide(guideFile(other)), QStringLiteral("#"));
        QVERIFY(!text.contains(otherTitles.first()));
        delete guide.data();
    }

    void choosesTheGuideByLanguage()
    {
        QCOMPARE(GuideWindow::guidePath(QStringLiteral("zh_CN")),
                 guideFile(QStringLiteral("zh_CN")));
        QCOMPARE(GuideWindow::guidePath(QStringLiteral("zh_TW")),
                 guideFile(QStringLiteral("zh_CN")));
        QCOMPARE(GuideWindow::guidePath(QStringLiteral("en")), guideFile(QStringLiteral("en")));
        QCOMPARE(GuideWindow::guidePath(QStringLiteral("de")), guideFile(QStringLiteral("en")));
        QCOMPARE(GuideWindow::guidePath(QString()), guideFile(QStringLiteral("en")));
    }

    void everyPictureIsBundledAndLoads_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& language : kLanguages) {
            QTest::newRow(qPrintable(language)) << language;
        }
    }

    void everyPictureIsBundledAndLoads()
    {
        QFETCH(QString, language);
        const QString markdown = readGuide(guideFile(language));
        const QStringList images = imageLinks(markdown);
        QVERIFY(images.size() >= 6);
        GuideWindow guide(language);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        QTextDocument* document = guide.browser()->document();
        for (const QString& link : images) {
            const QUrl url(link);
            // Relative, so that nothing is ever fetched from outside the resources.
            QVERIFY2(url.isRelative() && !link.startsWith(QLatin1Char('/')), qPrintable(link));
            const QUrl resolved = document->baseUrl().resolved(url);
            QCOMPARE(resolved.scheme(), QStringLiteral("qrc"));
            const QString file = QLatin1Char(':') + resolved.path();
            QVERIFY2(QFile::exists(file), qPrintable(file));
            QVERIFY2(!QImage(file).isNull(), qPrintable(file));
            // As the window asks for it.
            const QVariant loaded =
                guide.browser()->loadResource(QTextDocument::ImageResource, url);
            QVERIFY2(!QImage::fromData(loaded.toByteArray()).isNull(), qPrintable(link));
        }
        // Each picture is in the rendered document and the document found its data.
        QStringList rendered;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat()) {
                    const QString name = format.toImageFormat().name();
                    rendered.append(name);
                    const QVariant data =
                        document->resource(QTextDocument::ImageResource, QUrl(name));
                    QVERIFY2(data.isValid(), qPrintable(name));
                    QImage image;
                    if (data.typeId() == QMetaType::QImage) {
                        image = data.value<QImage>();
                    } else if (data.typeId() == QMetaType::QPixmap) {
                        image = data.value<QPixmap>().toImage();
                    } else {
                        image = QImage::fromData(data.toByteArray());
                    }
                    QVERIFY2(!image.isNull(), qPrintable(name));
                    // Fitted to the window, never wider than the text.
                    QVERIFY(format.toImageFormat().width() <= guide.browser()->viewport()->width());
                }
            }
        }
        QCOMPARE(rendered, images);
    }

    void inPageLinksLandOnHeadings_data() { everyPictureIsBundledAndLoads_data(); }

    void inPageLinksLandOnHeadings()
    {
        QFETCH(QString, language);
        const QString markdown = readGuide(guideFile(language));
        const QStringList links = pageLinks(markdown);
        QVERIFY2(links.size() >= 8, "the guide starts with a table of contents");
        GuideWindow guide(language);
        guide.resize(900, 600);
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        for (const QString& link : links) {
            const QString anchor = QUrl(QLatin1Char('#') + link).fragment(QUrl::FullyDecoded);
            QVERIFY2(guide.anchors().contains(anchor),
                     qPrintable(anchor + QStringLiteral(" not in ") +
                                guide.anchors().join(QLatin1Char(' '))));
        }
        // Following the last one scrolls down to it; the first heading brings the top back.
        QScrollBar* bar = guide.browser()->verticalScrollBar();
        QCOMPARE(bar->value(), 0);
        Q_EMIT guide.browser()->anchorClicked(QUrl(QLatin1Char('#') + links.last()));
        QTRY_VERIFY(bar->value() > 0);
        // The contents list does the same.
        QTreeWidget* contents = guide.contents();
        QVERIFY(contents->topLevelItemCount() > 0);
        Q_EMIT contents->itemClicked(contents->topLevelItem(0), 0);
        const int top = bar->value();
        QVERIFY(top < bar->maximum());
        Q_EMIT contents->itemClicked(contents->topLevelItem(contents->topLevelItemCount() - 1), 0);
        QTRY_VERIFY(bar->value() > top);
        QVERIFY(UrlOpener::captured().isEmpty());
    }

    void bothLanguagesHaveTheSameSections()
    {
        const QString zh = readGuide(guideFile(QStringLiteral("zh_CN")));
        const QString en = readGuide(guideFile(QStringLiteral("en")));
        QVERIFY(!zh.isEmpty());
        QVERIFY(!en.isEmpty());
        for (const QString& marker :
             {QStringLiteral("#"), QStringLiteral("##"), QStringLiteral("###")}) {
            QCOMPARE(headings(zh, marker).size(), headings(en, marker).size());
        }
        QCOMPARE(pageLinks(zh).size(), pageLinks(en).size());
        QCOMPARE(imageLinks(zh).size(), imageLinks(en).size());
        // Each shows its own language's pictures.
        for (const QString& link : imageLinks(zh)) {
            QVERIFY2(link.startsWith(QLatin1String("images/zh_CN-")), qPrintable(link));
        }
        for (const QString& link : imageLinks(en)) {
            QVERIFY2(link.startsWith(QLatin1String("images/en-")), qPrintable(link));
        }
    }

    void webLinksOpenInTheBrowserOnly()
    {
        useLanguage(QStringLiteral("en"));
        GuideWindow guide(QStringLiteral("en"));
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        const QString before = guide.browser()->toPlainText();
        const QUrl page(QStringLiteral("https://example.org/help"));
        Q_EMIT guide.browser()->anchorClicked(page);
        QCOMPARE(UrlOpener::captured().size(), 1);
        QCOMPARE(UrlOpener::captured().constFirst().host(), page.host());
        // Other files are not opened in the window, and nothing is handed on for them.
        Q_EMIT guide.browser()->anchorClicked(QUrl(QStringLiteral("../README.md")));
        Q_EMIT guide.browser()->anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        QCOMPARE(UrlOpener::captured().size(), 1);
        QVERIFY(guide.browser()->source().isEmpty());
        QCOMPARE(guide.browser()->toPlainText(), before);
        QVERIFY(!guide.browser()->openExternalLinks());
        QVERIFY(!guide.browser()->openLinks());
        // The guide's own web links are secure addresses, and there are some.
        for (const QString& language : kLanguages) {
            for (const QString& link : webLinks(readGuide(guideFile(language)))) {
                QVERIFY2(link.startsWith(QLatin1String("https://")), qPrintable(link));
            }
        }
    }

    void textFollowsTheTextSize()
    {
        GuideWindow guide(QStringLiteral("en"));
        guide.show();
        QVERIFY(QTest::qWaitForWindowExposed(&guide));
        const qreal normal = guide.browser()->document()->defaultFont().pointSizeF();
        QVERIFY(normal > 0);
        Appearance::setTextScale(1.6);
        QTRY_VERIFY(guide.browser()->document()->defaultFont().pointSizeF() >= normal * 1.5);
    }
};

QTEST_MAIN(TestGuide)
#include "tst_guide.moc"
