// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuideWindow.h"

#include "UrlOpener.h"

#include <algorithm>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QImage>
#include <QKeySequence>
#include <QLabel>
#include <QShortcut>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rebind {

namespace {
constexpr int kAnchorRole = Qt::UserRole + 1;
// The guide's folder in the resources: the pictures sit in images/ beside the texts, as in
// docs/, so that the same relative links work on a code hosting site and here.
const QString kFolder = QStringLiteral(":/guide");
} // namespace

GuideWindow::GuideWindow(const QString& language, QWidget* parent)
    : QWidget(parent, Qt::Window), m_path(guidePath(language)), m_browser(new QTextBrowser(this)),
      m_contents(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("guideWindow"));
    setWindowTitle(tr("Rebind user guide"));

    m_browser->setObjectName(QStringLiteral("guideText"));
    // Every link goes through followLink(): nothing is ever loaded into the window from a link.
    m_browser->setOpenLinks(false);
    m_browser->setOpenExternalLinks(false);
    m_browser->setSearchPaths({kFolder});
    m_browser->document()->setUndoRedoEnabled(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &GuideWindow::followLink);
    m_browser->viewport()->installEventFilter(this);

    m_contents->setObjectName(QStringLiteral("guideContents"));
    m_contents->setAccessibleName(tr("Contents"));
    m_contents->setHeaderHidden(true);
    m_contents->setWordWrap(true);
    m_contents->setUniformRowHeights(false);
    const auto go = [this](QTreeWidgetItem* item) {
        m_browser->scrollToAnchor(item->data(0, kAnchorRole).toString());
    };
    connect(m_contents, &QTreeWidget::itemActivated, this, go);
    connect(m_contents, &QTreeWidget::itemClicked, this, go);

    auto* contentsTitle = new QLabel(tr("&Contents"), this);
    contentsTitle->setBuddy(m_contents);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(contentsTitle);
    sideLayout->addWidget(m_contents, 1);

    auto* splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(side);
    splitter->addWidget(m_browser);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({240, 760});

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(splitter);

    auto* close = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(close, &QShortcut::activated, this, &QWidget::close);

    load();
    resize(1000, 720);
}

QString GuideWindow::guidePath(const QString& language)
{
    const QString chinese = kFolder + QStringLiteral("/guide.zh_CN.md");
    if (language.startsWith(QLatin1String("zh")) && QFile::exists(chinese)) {
        return chinese;
    }
    return kFolder + QStringLiteral("/guide.en.md");
}

QString GuideWindow::anchorFor(const QString& headingText, QStringList& taken)
{
    // GitHub's rule: lower case; letters, digits, marks, '-' and '_' stay, spaces become '-',
    // everything else (full-width punctuation too) goes; repeats get -1, -2, ….
    QString anchor;
    for (const QChar c : headingText.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_')) {
            anchor += c;
        } else if (c == QLatin1Char(' ')) {
            anchor += QLatin1Char('-');
        }
    }
    QString unique = anchor;
    for (int n = 1; taken.contains(unique); ++n) {
        unique = anchor + QLatin1Char('-') + QString::number(n);
    }
    taken.append(unique);
    return unique;
}

void GuideWindow::followLink(const QUrl& url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment(QUrl::FullyDecoded));
        return;
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https") || scheme == QLatin1String("http") ||
        scheme == QLatin1String("mailto")) {
        UrlOpener::open(url);
    }
    // Links to other files of the repository (the README, the other language) have no place
    // in the window: they are ignored rather than opened as a blank page.
}

void GuideWindow::load()
{
    QFile file(m_path);
    QString text;
    if (file.open(QIODevice::ReadOnly)) {
        text = QString::fromUtf8(file.readAll());
    } else {
        text = tr("The user guide is missing from this copy of Rebind.");
    }
    // Pictures are named relative to the guide's folder; the base address makes the document
    // ask for them there (qrc:/guide/images/…), never anywhere outside.
    m_browser->setMarkdown(text);
    m_browser->document()->setBaseUrl(QUrl(QStringLiteral("qrc:/guide/")));
    markHeadings();
    m_fittedWidth = -1;
    fitImages();
}

void GuideWindow::markHeadings()
{
    // Qt's Markdown reader gives headings no anchors: add them, and list the sections.
    m_anchors.clear();
    m_contents->clear();
    QTextDocument* document = m_browser->document();
    QTreeWidgetItem* section = nullptr;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0 || block.text().trimmed().isEmpty()) {
            continue;
        }
        const QString anchor = anchorFor(block.text(), m_anchors);
        QTextCursor cursor(document);
        cursor.setPosition(block.position());
        cursor.setPosition(block.position() + block.length() - 1, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        QTreeWidgetItem* item = nullptr;
        if (level == 2) {
            item = new QTreeWidgetItem(m_contents, {block.text()});
            section = item;
        } else if (level == 3) {
            item = section != nullptr ? new QTreeWidgetItem(section, {block.text()})
                                      : new QTreeWidgetItem(m_contents, {block.text()});
        }
        if (item != nullptr) {
            item->setData(0, kAnchorRole, anchor);
            item->setToolTip(0, block.text()); // a narrow list cuts long titles short
        }
    }
    m_contents->expandAll();
}

void GuideWindow::fitImages()
{
    // Screenshots are wider than a narrow window: shrink each to the text's width, never
    // enlarge it.
    const int available =
        m_browser->viewport()->width() - 2 * qRound(m_browser->document()->documentMargin()) - 8;
    if (available <= 0 || available == m_fittedWidth) {
        return;
    }
    m_fittedWidth = available;
    struct Found
    {
        int position;
        int length;
        QTextImageFormat format;
    };
    QList<Found> images;
    QTextDocument* document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat()) {
                images.append({fragment.position(), fragment.length(),
                               fragment.charFormat().toImageFormat()});
            }
        }
    }
    for (Found& found : images) {
        const QVariant loaded =
            m_browser->loadResource(QTextDocument::ImageResource, QUrl(found.format.name()));
        QImage image = loaded.value<QImage>();
        if (image.isNull()) {
            image = QImage::fromData(loaded.toByteArray());
        }
        if (image.isNull() || image.width() <= 0) {
            continue;
        }
        const int width = std::min(image.width(), available);
        found.format.setWidth(width);
        found.format.setHeight(static_cast<qreal>(image.height()) * width / image.width());
        QTextCursor cursor(document);
        cursor.setPosition(found.position);
        cursor.setPosition(found.position + found.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(found.format);
    }
}

bool GuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize) {
        fitImages();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace rebind
