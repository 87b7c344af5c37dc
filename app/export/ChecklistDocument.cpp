// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDocument.h"

#include "ChecklistQrObject.h"
#include "DisplayText.h"
#include "PlanText.h"
#include "QrCode.h"
#include "VerdictText.h"
#include "Vocabulary.h"

#include <algorithm>
#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QHash>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextList>
#include <QUrl>

namespace rebind {

namespace {

struct Sizes
{
    double body;
    double title;
    double small;
    double heading;
    int qr; // side of a QR code, in 96-dpi pixels
};

Sizes sizesFor(const ChecklistOptions& options)
{
    // Large print: 16 pt body text, the least the elderly readers' guides ask: 17 pt fitted a
    // bank's item, with its two ways, on one page only in Chinese.
    return options.largePrint ? Sizes{16.0, 19.0, 13.0, 24.0, 112}
                              : Sizes{10.5, 13.0, 8.5, 17.0, 96};
}

// A phone number is never broken across lines, masked or not ("138 **** 8000", "+44 20 7946
// 0958", "(201) 555-0123"): the spaces between its groups become no-break spaces. Seven or more
// digits or stars make a number; dates and counts have no spaces inside.
QString glued(const QString& text)
{
    const auto numeral = [](QChar c) { return c.isDigit() || c == QLatin1Char('*'); };
    // Most of a checklist's text (steps, warnings) has no number in it: no regular expression
    // run for it.
    if (std::count_if(text.cbegin(), text.cend(), numeral) < 7) {
        return text;
    }
    static const QRegularExpression number(QStringLiteral(
        "(?<![\\d*])\\+?\\(?[\\d*][\\d*\\-]*\\)?(?: \\(?[\\d*][\\d*\\-]*\\)?)+(?![\\d*])"));
    QString out = text;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString run = match.captured();
        if (std::count_if(run.cbegin(), run.cend(), numeral) >= 7) {
            for (qsizetype i = match.capturedStart(); i < match.capturedEnd(); ++i) {
                if (out.at(i) == QLatin1Char(' ')) {
                    out[i] = QChar::Nbsp;
                }
            }
        }
    }
    return out;
}

QString esc(const QString& text)
{
    return glued(text).toHtmlEscaped();
}

bool isFinished(BindingStatus status)
{
    return status == BindingStatus::Done || status == BindingStatus::Verified ||
           status == BindingStatus::NotNeeded;
}

QString cover(const ChecklistSheet& sheet, const ChecklistOptions& options, const Sizes& s)
{
    const NumberRecord& n = sheet.number;
    const auto number = [](const PhoneNumber& p, bool full) {
        return full ? p.display() : p.masked();
    };
    const QString old = number(n.number, options.showsOldNumber());
    QString rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(label), esc(value));
    };
    row(ChecklistDocument::tr("Person:"), DisplayText::person(sheet.person));
    row(ChecklistDocument::tr("Number:"), old);
    if (!n.replacement.isNull()) {
        row(ChecklistDocument::tr("New number:"), number(n.replacement, options.showsNewNumber()));
    }
    row(ChecklistDocument::tr("Cancel date:"), n.cancelDate.isValid()
                                                   ? DisplayText::date(n.cancelDate)
                                                   : ChecklistDocument::tr("not planned"));
    if (!n.carrier.isEmpty()) {
        row(ChecklistDocument::tr("Carrier:"), n.carrier);
    }
    const QString verdict = VerdictText::headline(n, sheet.plan);
    const QString detail = VerdictText::detail(n, sheet.plan, options.today);
    return QStringLiteral("<h1 style=\"font-size:%1pt\">%2</h1>"
                          "<table width=\"100%\" cellpadding=\"8\" cellspacing=\"0\" border=\"1\" "
                          "style=\"border-color:#000000; border-style:solid\"><tr><td>"
                          "<table cellspacing=\"2\">%3</table>"
                          "<p style=\"font-size:%4pt; margin-top:6px\"><b>%5</b><br>%6</p>"
                          "</td></tr></table>")
        .arg(s.heading)
        .arg(esc(ChecklistDocument::tr("Checklist: %1").arg(old)), rows)
        .arg(s.title)
        .arg(esc(verdict), esc(detail));
}

// Where an item's text begins, right of its box, in 96-dpi pixels.
int indentFor(const ChecklistOptions& options)
{
    return options.largePrint ? 38 : 28;
}

// The fonts an item's width sums are made in: made once per checklist, not per item.
struct Metrics
{
    explicit Metrics(const Sizes& s)
        : body(font(s.body, false)), bold(font(s.body, true)),
          label(ChecklistDocument::tr("Notes:")),
          labelWidth(body.horizontalAdvance(label + QLatin1Char(' '))),
          underscore(body.horizontalAdvance(QLatin1Char('_')))
    {}
    static QFont font(double points, bool bold)
    {
        QFont font;
        font.setPointSizeF(points);
        font.setBold(bold);
        return font;
    }
    // Bold text's width; the same few due dates and statuses recur on every number.
    qreal boldWidth(const QString& text) const
    {
        auto known = boldWidths.constFind(text);
        if (known == boldWidths.cend()) {
            known = boldWidths.insert(text, bold.horizontalAdvance(text));
        }
        return *known;
    }
    QFontMetricsF body;
    QFontMetricsF bold;
    mutable QHash<QString, qreal> boldWidths;
    QString label;
    qreal labelWidth;
    qreal underscore;
};

// "Notes: ____" in room pixels: as long a line as fits beside the label, so that it never
// wraps; empty when the room is too short to write in.
QString notesLine(const Metrics& m, qreal room)
{
    const int count = static_cast<int>((room - m.labelWidth) / m.underscore) - 2;
    if (count < 12) {
        return QString();
    }
    return QStringLiteral("%1 %2").arg(m.label, QString(std::min(count, 40), QLatin1Char('_')));
}

// A size in points as the markup spelled it ("15.6", not 15.600000000000001): the layout is
// the one the checklist had when it was written as HTML.
double points(double value)
{
    return QString::number(value).toDouble();
}

// size: as points() gives it, worked out once per item rather than once per run of text.
QTextCharFormat charFormat(double size, bool bold = false, QRgb color = qRgb(0, 0, 0))
{
    QTextCharFormat format;
    format.setForeground(QColor(color));
    format.setFontPointSize(size);
    if (bold) {
        format.setFontWeight(QFont::Bold);
    }
    return format;
}

// Writes one item's blocks through a cursor, with the formats Qt's HTML importer made of the
// markup this replaced (<p> with margins, <b>, <span style="font-size; color">, <ol>/<li>, a
// floating <img>): parsing that markup and its style attributes anew for every item was the
// largest part of laying out a long checklist. Text is spaced as HTML spaces it: runs of
// white space are one space, none at the start of a block.
class ItemWriter
{
public:
    ItemWriter(QTextDocument& document, double bodySize)
        : m_cursor(&document), m_body(points(bodySize))
    {}

    // A paragraph: margin-left indent, margin-top top; its text in the body size unless the
    // block's own size is given (the title's).
    void paragraph(int indent, int top, double size = 0, int textIndent = 0)
    {
        QTextBlockFormat block;
        block.setLayoutDirection(Qt::LeftToRight);
        if (top != 0) {
            block.setTopMargin(top);
        }
        block.setLeftMargin(indent);
        if (textIndent != 0) {
            block.setTextIndent(textIndent);
        }
        start(block, charFormat(size > 0 ? size : m_body));
    }

    // An <ol> of steps: margin-left indent, each <li> margin-left item more; margin-top 2 on
    // the first.
    void list(int indent, int item, const QStringList& steps)
    {
        QTextList* list = nullptr;
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QTextBlockFormat block;
            block.setLayoutDirection(Qt::LeftToRight);
            if (i == 0) {
                block.setTopMargin(2);
            }
            block.setLeftMargin(indent + item);
            start(block, charFormat(m_body));
            if (list == nullptr) {
                QTextListFormat style;
                style.setStyle(QTextListFormat::ListDecimal);
                style.setIndent(0);
                list = m_cursor.createList(style);
            } else {
                list->add(m_cursor.block());
            }
            text(steps.at(i), charFormat(m_body));
        }
    }

    void text(const QString& text, const QTextCharFormat& format)
    {
        QString out;
        out.reserve(text.size());
        for (const QChar c : glued(text)) {
            if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                c == QLatin1Char('\r') || c == QLatin1Char('\f')) {
                if (!m_atSpace) {
                    out.append(QLatin1Char(' '));
                    m_atSpace = true;
                }
                continue;
            }
            out.append(c);
            m_atSpace = false;
        }
        if (!out.isEmpty()) {
            m_cursor.insertText(out, format);
        }
    }

    void image(const QString& name, int side, const QTextCharFormat& around)
    {
        QTextImageFormat image;
        image.merge(around);
        image.setName(name);
        image.setWidth(side);
        image.setHeight(side);
        m_cursor.insertImage(image, QTextFrameFormat::FloatRight);
        m_atSpace = false;
    }

    double body() const { return m_body; }

private:
    void start(const QTextBlockFormat& block, const QTextCharFormat& chars)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(chars);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, chars);
        }
        m_atSpace = true;
    }

    QTextCursor m_cursor;
    double m_body;
    bool m_first = true;
    bool m_atSpace = true;
};

constexpr QRgb kRed = qRgb(0xa0, 0x00, 0x00);
constexpr QRgb kBrown = qRgb(0x6b, 0x47, 0x00);

// One item, full width: the box and the title, the QR code floating beside the title and the
// first lines only, then the rest under the title's text. (A table with a box column and a QR
// column narrowed every line of the item and could not be split between pages.)
void writeEntry(QTextDocument& document, const ChecklistEntry& e, int position, const QString& qr,
                const ChecklistOptions& options, const Sizes& s, const Metrics& m, qreal width)
{
    ItemWriter w(document, s.body);
    const double body = w.body();
    const double titleSize = points(s.title);
    const double smallSize = points(s.small);
    const bool done = isFinished(e.item.status);
    // ☐ / ☑: a box to tick by hand; items already finished come ticked.
    const QString box = done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
    const int indent = indentFor(options);
    w.paragraph(indent, 0, titleSize, -indent);
    if (!qr.isEmpty()) {
        w.image(qr, s.qr, charFormat(titleSize, false, qRgb(0, 0, 0)));
    }
    w.text(box, charFormat(points(s.title * 1.2), false, qRgb(0, 0, 0)));
    w.text(QString(QChar::Nbsp), charFormat(titleSize, false, qRgb(0, 0, 0)));
    w.text(QStringLiteral("%1. ").arg(position), charFormat(titleSize, true));
    w.text(e.title, charFormat(titleSize, true));
    if (options.showsOtherLanguage() && !e.otherTitle.isEmpty()) {
        w.text(QStringLiteral(" "), charFormat(titleSize));
        w.text(e.otherTitle,
               charFormat(smallSize, false,
                          options.largePrint ? qRgb(0, 0, 0) : qRgb(0x44, 0x44, 0x44)));
    }
    w.paragraph(indent, 4);
    w.text(e.instruction, charFormat(body));
    if (!e.waitingReason.isEmpty()) {
        const QString why = e.waitingSince.isValid()
                                ? ChecklistDocument::tr("Can't do it now (%1): %2")
                                      .arg(DisplayText::date(e.waitingSince), e.waitingReason)
                                : ChecklistDocument::tr("Can't do it now: %1").arg(e.waitingReason);
        w.paragraph(indent, 4);
        w.text(why, charFormat(body, true));
    }
    if (!e.account.isEmpty()) {
        w.paragraph(indent, 2);
        w.text(ChecklistDocument::tr("Account: %1").arg(e.account), charFormat(body));
    }
    for (const QString& warning : e.warnings) {
        w.paragraph(indent, 2);
        w.text(QStringLiteral("! "), charFormat(body, true, kRed));
        w.text(warning, charFormat(body, true, kRed));
    }
    if (!e.unverified.isEmpty() && !e.steps.isEmpty()) {
        w.paragraph(indent, 4);
        w.text(e.unverified, charFormat(body, true, kBrown));
    }
    const auto list = [&](const QString& title, const QStringList& steps) {
        if (!title.isEmpty()) {
            w.paragraph(indent, 4);
            w.text(title, charFormat(body, true));
        }
        w.list(indent, options.largePrint ? 28 : 22, steps);
    };
    if (!e.steps.isEmpty()) {
        list(e.stepsTitle, e.steps);
        for (const ChecklistEntry::Way& way : e.otherWays) {
            list(way.title, way.steps);
        }
    }
    if (!e.note.isEmpty()) {
        w.paragraph(indent, 2);
        w.text(e.note, charFormat(body));
    }
    // Large print leaves the address to its QR code: a line of small type the elderly reader
    // does not type, on every item.
    if (!e.url.isEmpty() && !(options.largePrint && !qr.isEmpty())) {
        w.paragraph(indent, 2);
        w.text(ChecklistDocument::tr("Official page: %1").arg(e.url), charFormat(smallSize));
    }
    // The due date and status, then the line for notes beside them when it is long enough
    // there: a line less for every item.
    QStringList plain;
    if (e.item.due.isValid()) {
        QString due = ChecklistDocument::tr("Due: %1").arg(DisplayText::date(e.item.due));
        if (e.item.overdue) {
            due = ChecklistDocument::tr("%1 (%2)", "a due date and that it is overdue")
                      .arg(due, ChecklistDocument::tr("overdue"));
        }
        plain.append(due);
    }
    const bool status = e.item.status != BindingStatus::ToDo;
    if (status) {
        plain.append(ChecklistDocument::tr("Status: %1").arg(Vocabulary::label(e.item.status)));
    }
    const qreal text = width - indent;
    const qreal used =
        plain.isEmpty()
            ? 0
            : m.boldWidth(plain.join(QStringLiteral("  ·  ")) + QStringLiteral("\u3000\u3000"));
    const QString besideFacts = used > 0 ? notesLine(m, text - used) : QString();
    if (!plain.isEmpty()) {
        w.paragraph(indent, 6);
        const QString between = QStringLiteral(" \u00a0·\u00a0 ");
        if (e.item.due.isValid()) {
            w.text(plain.first(), charFormat(body, true, e.item.overdue ? kRed : qRgb(0, 0, 0)));
        }
        if (status) {
            if (e.item.due.isValid()) {
                w.text(between, charFormat(body));
            }
            w.text(plain.last(), charFormat(body));
        }
        if (!besideFacts.isEmpty()) {
            w.text(QString(4, QChar::Nbsp) + besideFacts, charFormat(body));
        }
    }
    if (besideFacts.isEmpty()) {
        w.paragraph(indent, 6);
        w.text(notesLine(m, text), charFormat(body));
    }
}

} // namespace

std::vector<ChecklistDocument::Piece> ChecklistDocument::build(const QList<ChecklistSheet>& sheets,
                                                               const ChecklistOptions& options,
                                                               qreal width)
{
    const Sizes s = sizesFor(options);
    const Metrics metrics(s);
    std::vector<Piece> pieces;
    QHash<QString, QImage> qrCodes;
    // fill: writes the piece's text into its (empty) document.
    const auto add = [&](bool startsSheet, const QString& url, const auto& fill) {
        Piece piece;
        piece.startsSheet = startsSheet;
        // The QR code floats at the top: a page's end never cuts through it.
        piece.keepTop = url.isEmpty() ? 0 : s.qr + 4;
        piece.document = std::make_unique<QTextDocument>();
        QTextDocument& document = *piece.document;
        document.setDocumentMargin(0);
        QFont font = document.defaultFont();
        font.setPointSizeF(s.body);
        document.setDefaultFont(font);
        if (!url.isEmpty()) {
            // One image per address: services repeat across numbers, and a PDF stores an image
            // it has seen before only once.
            auto code = qrCodes.find(url);
            if (code == qrCodes.end()) {
                code = qrCodes.insert(url, QrCode::image(url));
            }
            document.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:0")), *code);
        }
        fill(document);
        document.setTextWidth(width);
        // Keep each line's shaped glyphs after layout: painting shapes the text again otherwise.
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            block.layout()->setCacheEnabled(true);
        }
        if (!url.isEmpty()) {
            document.documentLayout()->registerHandler(QTextFormat::ImageObject,
                                                       new ChecklistQrObject(&document));
        }
        pieces.push_back(std::move(piece));
    };
    for (const ChecklistSheet& sheet : sheets) {
        // Once per number: the cover's table stays markup.
        add(true, QString(), [&](QTextDocument& document) {
            document.setHtml(
                QStringLiteral(
                    "<html><body style=\"font-size:%1pt; color:#000000\">%2</body></html>")
                    .arg(s.body)
                    .arg(cover(sheet, options, s) +
                         (sheet.entries.isEmpty()
                              ? QStringLiteral("<p>%1</p>")
                                    .arg(esc(tr("No services are listed for this number yet.")))
                              : QString())));
        });
        for (qsizetype j = 0; j < sheet.entries.size(); ++j) {
            const ChecklistEntry& entry = sheet.entries.at(j);
            const bool qr = options.qrCodes && !entry.url.isEmpty();
            add(false, qr ? entry.url : QString(), [&](QTextDocument& document) {
                // No undo history for a document nobody edits.
                document.setUndoRedoEnabled(false);
                writeEntry(document, entry, static_cast<int>(j + 1),
                           qr ? QStringLiteral("qr:0") : QString(), options, s, metrics, width);
            });
        }
    }
    return pieces;
}

QString ChecklistDocument::footer(const ChecklistOptions& options, int page, int pages)
{
    return tr("Rebind checklist · printed %1 · page %2 of %3")
        .arg(DisplayText::date(options.today))
        .arg(page)
        .arg(pages);
}

} // namespace rebind
