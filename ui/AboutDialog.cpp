// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "Appearance.h"
#include "ScrollPage.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace rebind {

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QLabel* wrappingLabel(const QString& objectName, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// One line of the notices as shown: its text with the line breaks of the file taken out.
struct NoticeLine
{
    int indent = 0; // in spaces
    QString text;
    bool heading = false;
};

// THIRD-PARTY-NOTICES is wrapped for an 80-column terminal; drawn in a proportional font at any
// text size, those breaks land in the middle of lines. A line continues the one above when both
// are at the same indent, or when it is indented deeper under an indented line (a field's value,
// a list item); a new "Field:", a list item, a blank line or a heading's underline starts afresh.
// A line at the left edge with indented lines under it, or with an underline, is a heading.
QList<NoticeLine> reflowNotices(const QString& text)
{
    static const QRegularExpression field(QStringLiteral(R"(^[A-Z][A-Za-z ]*:\s)"));
    static const QRegularExpression underline(QStringLiteral(R"(^(=+|-+)$)"));
    QList<NoticeLine> lines;
    int lastIndent = 0;
    for (const QString& raw : text.split(QLatin1Char('\n'))) {
        const QString trimmed = raw.trimmed();
        int indent = 0;
        while (indent < raw.size() && raw.at(indent) == QLatin1Char(' ')) {
            ++indent;
        }
        if (underline.match(trimmed).hasMatch() && !lines.isEmpty()) {
            lines.last().heading = true;
            continue;
        }
        const bool continues =
            !lines.isEmpty() && !lines.last().text.isEmpty() && !trimmed.isEmpty() &&
            !field.match(trimmed).hasMatch() && !trimmed.startsWith(QLatin1String("- ")) &&
            !trimmed.startsWith(QLatin1String("* ")) &&
            (indent == lastIndent || (indent > lastIndent && lines.last().indent > 0));
        if (continues) {
            lines.last().text += QLatin1Char(' ') + trimmed;
        } else {
            if (!lines.isEmpty() && lines.last().indent == 0 && indent > 0 &&
                !lines.last().text.isEmpty() && !trimmed.isEmpty()) {
                lines.last().heading = true;
            }
            lines.append({trimmed.isEmpty() ? 0 : indent, trimmed, false});
        }
        lastIndent = indent;
    }
    return lines;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_tabs(new QTabWidget(this)),
      m_text(wrappingLabel(QStringLiteral("aboutText"), this)), m_notices(new QTextBrowser(this)),
      m_attribution(wrappingLabel(QStringLiteral("aboutAttribution"), this)),
      m_gpl(new QPushButton(tr("&GNU GPL text…"), this)),
      m_twoFactor(new QPushButton(tr("&2fa.directory licence…"), this)),
      m_justDeleteMe(new QPushButton(tr("&JustDeleteMe licence…"), this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rebind"));

    auto* title = new QLabel(tr("Rebind %1").arg(QCoreApplication::applicationVersion()), this);
    Appearance::setScaledFont(title, 1.5, true);
    m_tabs->setObjectName(QStringLiteral("aboutTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(makeAboutPage(), tr("&About"));
    m_licencesPage = makeLicencesPage();
    m_tabs->addTab(m_licencesPage, tr("&Licences"));
    for (QPushButton* button : {m_gpl, m_twoFactor, m_justDeleteMe}) {
        button->setAutoDefault(false);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(14);
    layout->addWidget(title);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    setMinimumWidth(640);
    // Room for a page of the notices; keepFitted grows it when large text needs more, within
    // the screen.
    resize(720, 600);
    Appearance::keepFitted(this);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_gpl, &QPushButton::clicked, this,
            [this] { showLicence(tr("GNU General Public License, version 3"), licencePath()); });
    connect(m_twoFactor, &QPushButton::clicked, this, [this] {
        showLicence(tr("Licence of the 2fa.directory data"), twoFactorLicencePath());
    });
    connect(m_justDeleteMe, &QPushButton::clicked, this, [this] {
        showLicence(tr("Licence of the JustDeleteMe data"), justDeleteMeLicencePath());
    });
}

QWidget* AboutDialog::makeAboutPage()
{
    auto* page = new QWidget(m_tabs);
    m_text->setText(
        tr("Keeps a private, encrypted list of the services tied to your phone numbers, so that "
           "you can move each one to a new number before the old one is cancelled. Everything "
           "stays on this computer."));
    auto* keys = wrappingLabel(QStringLiteral("aboutKeys"), page);
    keys->setText(tr("Help → Keyboard shortcuts lists every key."));
    m_attribution->setText(attribution());
    m_twoFactor->setObjectName(QStringLiteral("twoFactorLicence"));
    m_justDeleteMe->setObjectName(QStringLiteral("justDeleteMeLicence"));
    auto* dataRow = new QHBoxLayout;
    dataRow->setSpacing(12);
    dataRow->addWidget(m_twoFactor);
    dataRow->addWidget(m_justDeleteMe);
    dataRow->addStretch();

    // Scrolls at the largest text sizes rather than growing the dialog past a laptop's screen.
    // A scroll area does not pass its content's width on, so the page asks for the buttons'.
    page->setMinimumWidth(dataRow->minimumSize().width() +
                          page->style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    QVBoxLayout* layout = ScrollPage::install(page);
    layout->setContentsMargins(0, 14, 0, 0);
    layout->setSpacing(14);
    layout->addWidget(m_text);
    layout->addWidget(keys);
    layout->addWidget(m_attribution);
    layout->addLayout(dataRow);
    layout->addStretch();
    return page;
}

QString AboutDialog::licenceStatement()
{
    return tr("Rebind is free software under the GNU General Public License, version 3 or any "
              "later version (GPL-3.0-or-later): you may use, share and change it under its "
              "terms. It comes with ABSOLUTELY NO WARRANTY, to the extent permitted by law. The "
              "full text opens with “GNU GPL text…” below; it is also installed with Rebind, on "
              "Linux as /usr/share/doc/rebind/LICENSE.");
}

QWidget* AboutDialog::makeLicencesPage()
{
    auto* page = new QWidget(m_tabs);
    // One scrolling text for the statement and the notices: at any text size everything is a
    // scroll away, and none of it is cut off by a window that the screen cannot make taller.
    // The notices are long, English and plain text; they wrap and can be selected and copied.
    m_notices->setObjectName(QStringLiteral("licenceNotices"));
    m_notices->setOpenLinks(false);
    m_notices->setLineWrapMode(QTextEdit::WidgetWidth);
    QTextCursor cursor(m_notices->document());
    QTextBlockFormat paragraph;
    paragraph.setBottomMargin(m_notices->fontMetrics().lineSpacing());
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    cursor.setBlockFormat(paragraph);
    cursor.insertText(licenceStatement(), plain);
    cursor.insertBlock(paragraph);
    cursor.insertText(tr("Third-party software and data"), bold);
    const QString notices = readText(noticesPath());
    if (notices.isEmpty()) {
        cursor.insertBlock(QTextBlockFormat());
        cursor.insertText(tr("The licence text is missing."), plain);
    }
    // The file's indents become margins, so that a wrapped line keeps its place.
    const qreal space = m_notices->fontMetrics().horizontalAdvance(QLatin1Char(' '));
    for (const NoticeLine& line : reflowNotices(notices)) {
        QTextBlockFormat block;
        block.setLeftMargin(line.indent * space);
        cursor.insertBlock(block);
        cursor.insertText(line.text, line.heading ? bold : plain);
    }
    m_notices->moveCursor(QTextCursor::Start);

    m_gpl->setObjectName(QStringLiteral("gplLicence"));
    auto* gplRow = new QHBoxLayout;
    gplRow->addWidget(m_gpl);
    gplRow->addStretch();

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 14, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_notices, 1);
    layout->addLayout(gplRow);
    return page;
}

void AboutDialog::showLicences()
{
    m_tabs->setCurrentWidget(m_licencesPage);
}

QString AboutDialog::attribution()
{
    return tr("Service data includes 2fa.directory (2factorauth/twofactorauth) and JustDeleteMe "
              "(jdm-contrib/jdm), MIT licence.");
}

QDialog* AboutDialog::showLicence(const QString& title, const QString& path)
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("licenceDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("licenceText"));
    text->setReadOnly(true);
    const QString licence = readText(path);
    text->setPlainText(licence.isEmpty() ? tr("The licence text is missing.") : licence);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(720, 560);
    dialog->open();
    return dialog;
}

} // namespace rebind
