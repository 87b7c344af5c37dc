// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistDocument.h"

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
#include <QTextFrame>
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
    static const QRegularExpression number(QStringLiteral(
        "(?<![\\d*])\\+?\\(?[\\d*][\\d*\\-]*\\)?(?: \\(?[\\d*][\\d*\\-]*\\)?)+(?![\\d*])"));
    QString out = text;
    for (auto it = number.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString run = match.captured();
        if (std::count_if(run.cbegin(), run.cend(),
                          [](QChar c) { return c.isDigit() || c == QLatin1Char('*'); }) >= 7) {
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

// "Notes: ____" in room pixels: as long a line as fits beside the label, so that it never
// wraps; empty when the room is too short to write in.
QString notesLine(const Sizes& s, qreal room)
{
    QFont font;
    font.setPointSizeF(s.body);
    const QFontMetricsF metrics(font);
    const QString label = ChecklistDocument::tr("Notes:");
    const int count =
        static_cast<int>((room - metrics.horizontalAdvance(label + QLatin1Char(' '))) /
                         metrics.horizontalAdvance(QLatin1Char('_'))) -
        2;
    if (count < 12) {
        return QString();
    }
    return QStringLiteral("%1 %2").arg(esc(label), QString(std::min(count, 40), QLatin1Char('_')));
}

// One item, full width: the box and the title, the QR code floating beside the title and the
// first lines only, then the rest under the title's text. (A table with a box column and a QR
// column narrowed every line of the item and could not be split between pages.)
QString entryHtml(const ChecklistEntry& e, int position, const QString& qr,
                  const ChecklistOptions& options, const Sizes& s, qreal width)
{
    const bool done = isFinished(e.item.status);
    // ☐ / ☑: a box to tick by hand; items already finished come ticked.
    const QString box = done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
    const int indent = indentFor(options);
    const QString qrImage = qr.isEmpty()
                                ? QString()
                                : QStringLiteral("<img src=\"%1\" width=\"%2\" height=\"%2\" "
                                                 "style=\"float: right\">")
                                      .arg(qr)
                                      .arg(s.qr);
    QString body =
        QStringLiteral("<p style=\"font-size:%1pt; margin:0; margin-left:%2px; text-indent:-%2px\">"
                       "%3<span style=\"font-size:%4pt\">%5</span>&nbsp;<b>%6. %7</b>")
            .arg(s.title)
            .arg(indent)
            .arg(qrImage)
            .arg(s.title * 1.2)
            .arg(box)
            .arg(position)
            .arg(esc(e.title));
    if (options.showsOtherLanguage() && !e.otherTitle.isEmpty()) {
        body += QStringLiteral(" <span style=\"font-size:%1pt; color:%2\">%3</span>")
                    .arg(s.small)
                    .arg(options.largePrint ? QStringLiteral("#000000") : QStringLiteral("#444444"))
                    .arg(esc(e.otherTitle));
    }
    body += QStringLiteral("</p>");
    const QString para = QStringLiteral("<p style=\"margin:%1; margin-left:%2px\">%3</p>");
    const auto paragraph = [&](const QString& margins, const QString& html) {
        body += para.arg(margins).arg(indent).arg(html);
    };
    paragraph(QStringLiteral("4px 0 0 0"), esc(e.instruction));
    if (!e.waitingReason.isEmpty()) {
        const QString why = e.waitingSince.isValid()
                                ? ChecklistDocument::tr("Can't do it now (%1): %2")
                                      .arg(DisplayText::date(e.waitingSince), e.waitingReason)
                                : ChecklistDocument::tr("Can't do it now: %1").arg(e.waitingReason);
        paragraph(QStringLiteral("4px 0 0 0"), QStringLiteral("<b>%1</b>").arg(esc(why)));
    }
    if (!e.account.isEmpty()) {
        paragraph(QStringLiteral("2px 0 0 0"),
                  esc(ChecklistDocument::tr("Account: %1").arg(e.account)));
    }
    for (const QString& warning : e.warnings) {
        paragraph(QStringLiteral("2px 0 0 0"),
                  QStringLiteral("<b style=\"color:#a00000\">! %1</b>").arg(esc(warning)));
    }
    if (!e.unverified.isEmpty() && !e.steps.isEmpty()) {
        paragraph(QStringLiteral("4px 0 0 0"),
                  QStringLiteral("<b style=\"color:#6b4700\">%1</b>").arg(esc(e.unverified)));
    }
    const auto list = [&](const QString& title, const QStringList& steps) {
        if (!title.isEmpty()) {
            paragraph(QStringLiteral("4px 0 0 0"), QStringLiteral("<b>%1</b>").arg(esc(title)));
        }
        body += QStringLiteral("<ol style=\"margin-top:2px; margin-bottom:0; margin-left:%1px; "
                               "-qt-list-indent:0\">")
                    .arg(indent);
        for (const QString& step : steps) {
            body += QStringLiteral("<li style=\"margin-left:%1px\">%2</li>")
                        .arg(options.largePrint ? 28 : 22)
                        .arg(esc(step));
        }
        body += QStringLiteral("</ol>");
    };
    if (!e.steps.isEmpty()) {
        list(e.stepsTitle, e.steps);
        for (const ChecklistEntry::Way& way : e.otherWays) {
            list(way.title, way.steps);
        }
    }
    if (!e.note.isEmpty()) {
        paragraph(QStringLiteral("2px 0 0 0"), esc(e.note));
    }
    // Large print leaves the address to its QR code: a line of small type the elderly reader
    // does not type, on every item.
    if (!e.url.isEmpty() && !(options.largePrint && !qr.isEmpty())) {
        paragraph(QStringLiteral("2px 0 0 0"),
                  QStringLiteral("<span style=\"font-size:%1pt\">%2</span>")
                      .arg(s.small)
                      .arg(esc(ChecklistDocument::tr("Official page: %1").arg(e.url))));
    }
    // The due date and status, then the line for notes beside them when it is long enough
    // there: a line less for every item.
    QStringList facts;
    QStringList plain;
    if (e.item.due.isValid()) {
        QString due = ChecklistDocument::tr("Due: %1").arg(DisplayText::date(e.item.due));
        if (e.item.overdue) {
            due = ChecklistDocument::tr("%1 (%2)", "a due date and that it is overdue")
                      .arg(due, ChecklistDocument::tr("overdue"));
        }
        plain.append(due);
        facts.append(e.item.overdue
                         ? QStringLiteral("<b style=\"color:#a00000\">%1</b>").arg(esc(due))
                         : QStringLiteral("<b>%1</b>").arg(esc(due)));
    }
    if (e.item.status != BindingStatus::ToDo) {
        plain.append(ChecklistDocument::tr("Status: %1").arg(Vocabulary::label(e.item.status)));
        facts.append(esc(plain.last()));
    }
    const qreal text = width - indent;
    QFont bold;
    bold.setPointSizeF(s.body);
    bold.setBold(true);
    const qreal used =
        facts.isEmpty() ? 0
                        : QFontMetricsF(bold).horizontalAdvance(
                              plain.join(QStringLiteral("  ·  ")) + QStringLiteral("\u3000\u3000"));
    const QString besideFacts = used > 0 ? notesLine(s, text - used) : QString();
    if (!facts.isEmpty()) {
        QString line = facts.join(QStringLiteral(" &nbsp;·&nbsp; "));
        if (!besideFacts.isEmpty()) {
            line += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + besideFacts;
        }
        paragraph(QStringLiteral("6px 0 0 0"), line);
    }
    if (besideFacts.isEmpty()) {
        paragraph(QStringLiteral("6px 0 0 0"), notesLine(s, text));
    }
    return body;
}

} // namespace

std::vector<ChecklistDocument::Piece> ChecklistDocument::build(const QList<ChecklistSheet>& sheets,
                                                               const ChecklistOptions& options,
                                                               qreal width)
{
    const Sizes s = sizesFor(options);
    std::vector<Piece> pieces;
    QHash<QString, QImage> qrCodes;
    const auto add = [&](const QString& body, bool startsSheet, const QString& url) {
        Piece piece;
        piece.startsSheet = startsSheet;
        // The QR code floats at the top: a page's end never cuts through it.
        piece.keepTop = url.isEmpty() ? 0 : s.qr + 4;
        piece.document = std::make_unique<QTextDocument>();
        piece.document->setDocumentMargin(0);
        QFont font = piece.document->defaultFont();
        font.setPointSizeF(s.body);
        piece.document->setDefaultFont(font);
        if (!url.isEmpty()) {
            // One image per address: services repeat across numbers, and a PDF stores an image
            // it has seen before only once.
            auto code = qrCodes.find(url);
            if (code == qrCodes.end()) {
                code = qrCodes.insert(url, QrCode::image(url));
            }
            piece.document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:0")),
                                        *code);
        }
        piece.document->setHtml(
            QStringLiteral("<html><body style=\"font-size:%1pt; color:#000000\">%2</body></html>")
                .arg(s.body)
                .arg(body));
        piece.document->setTextWidth(width);
        pieces.push_back(std::move(piece));
    };
    for (const ChecklistSheet& sheet : sheets) {
        add(cover(sheet, options, s) +
                (sheet.entries.isEmpty()
                     ? QStringLiteral("<p>%1</p>")
                           .arg(esc(tr("No services are listed for this number yet.")))
                     : QString()),
            true, QString());
        for (qsizetype j = 0; j < sheet.entries.size(); ++j) {
            const ChecklistEntry& entry = sheet.entries.at(j);
            add(entryHtml(entry, static_cast<int>(j + 1),
                          entry.url.isEmpty() || !options.qrCodes ? QString()
                                                                  : QStringLiteral("qr:0"),
                          options, s, width),
                false, options.qrCodes ? entry.url : QString());
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
