// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QUrl>
#include <QWidget>

class QTextBrowser;
class QTreeWidget;

namespace rebind {

// Help → User guide: the bundled guide (docs/guide.<language>.md and its pictures, compiled in
// under :/guide) in a window of its own that stays open beside the others. Works offline: the
// window itself never loads anything from outside the resources; web links open in the person's
// browser through UrlOpener.
class GuideWindow : public QWidget
{
    Q_OBJECT

public:
    // language: the interface language ("zh_CN", "en", …); the Chinese guide for any zh*, the
    // English one otherwise, and the English one when the other is missing.
    explicit GuideWindow(const QString& language, QWidget* parent = nullptr);

    // The resource path of the guide for an interface language.
    static QString guidePath(const QString& language);
    // The anchor a heading gets, as GitHub makes it, so that "#…" links work in both places.
    static QString anchorFor(const QString& headingText, QStringList& taken);

    QString shownPath() const { return m_path; }
    QTextBrowser* browser() const { return m_browser; }
    QTreeWidget* contents() const { return m_contents; }
    // The anchor names of the headings, in order.
    QStringList anchors() const { return m_anchors; }

    // What a click on a link does: "#…" scrolls within the guide, web and mail addresses go to
    // UrlOpener, anything else is ignored (the window never navigates away).
    void followLink(const QUrl& url);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void load();
    void markHeadings();
    void fitImages();

    QString m_path;
    QTextBrowser* m_browser = nullptr;
    QTreeWidget* m_contents = nullptr;
    QStringList m_anchors;
    int m_fittedWidth = -1;
};

} // namespace rebind
