#include "ChecklistDocument.h"

#include "DisplayText.h"
#include "PlanText.h"
#include "QrCode.h"
#include "VerdictText.h"
#include "Vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QHash>
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
    // Large print: at least 16 pt body text, as the elderly readers' guides ask.
    return options.largePrint ? Sizes{17.0, 21.0, 14.0, 26.0, 132}
                              : Sizes{10.5, 13.0, 8.5, 17.0, 96};
}

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

bool isFinished(BindingStatus status)
{
    return status == BindingStatus::Done || status == BindingStatus::Verified ||
           status == BindingStatus::NotNeeded;
}

QString cover(const ChecklistSheet& sheet, const ChecklistOptions& options, const Sizes& s)
{
    const NumberRecord& n = sheet.number;
    const auto number = [&options](const PhoneNumber& p) {
        return options.showNumbers ? p.display() : p.masked();
    };
    QString rows;
    const auto row = [&rows](const QString& label, const QString& value) {
        rows +=
            QStringLiteral("<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>")
                .arg(esc(label), esc(value));
    };
    row(ChecklistDocument::tr("Person:"), DisplayText::person(sheet.person));
    row(ChecklistDocument::tr("Number:"), number(n.number));
    if (!n.replacement.isNull()) {
        row(ChecklistDocument::tr("New number:"), number(n.replacement));
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
        .arg(esc(ChecklistDocument::tr("Checklist: %1").arg(number(n.number))), rows)
        .arg(s.title)
        .arg(esc(verdict), esc(detail));
}

QString entryHtml(const ChecklistEntry& e, int position, const QString& qr,
                  const ChecklistOptions& options, const Sizes& s)
{
    const bool done = isFinished(e.item.status);
    // ☐ / ☑: a box to tick by hand; items already finished come ticked.
    const QString box = done ? QStringLiteral("\u2611") : QStringLiteral("\u2610");
    QString body = QStringLiteral("<p style=\"font-size:%1pt; margin:0\"><b>%2. %3</b>")
                       .arg(s.title)
                       .arg(position)
                       .arg(esc(e.title));
    if (!e.otherTitle.isEmpty()) {
        body += QStringLiteral(" <span style=\"font-size:%1pt; color:%2\">%3</span>")
                    .arg(s.small)
                    .arg(options.largePrint ? QStringLiteral("#000000") : QStringLiteral("#444444"))
                    .arg(esc(e.otherTitle));
    }
    body += QStringLiteral("</p>");
    body += QStringLiteral("<p style=\"margin-top:4px; margin-bottom:0\">%1</p>")
                .arg(esc(e.instruction));
    if (!e.account.isEmpty()) {
        body += QStringLiteral("<p style=\"margin:2px 0\">%1</p>")
                    .arg(esc(ChecklistDocument::tr("Account: %1").arg(e.account)));
    }
    for (const QString& warning : e.warnings) {
        body += QStringLiteral("<p style=\"margin:2px 0; color:#a00000\"><b>! %1</b></p>")
                    .arg(esc(warning));
    }
    if (!e.unverified.isEmpty() && !e.steps.isEmpty()) {
        body += QStringLiteral("<p style=\"margin:4px 0 0 0; color:#6b4700\"><b>%1</b></p>")
                    .arg(esc(e.unverified));
    }
    const auto list = [&body](const QString& title, const QStringList& steps) {
        if (!title.isEmpty()) {
            body += QStringLiteral("<p style=\"margin:4px 0 0 0\"><b>%1</b></p>").arg(esc(title));
        }
        body += QStringLiteral("<ol style=\"margin-top:4px; margin-bottom:0\">");
        for (const QString& step : steps) {
            body += QStringLiteral("<li>%1</li>").arg(esc(step));
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
        body += QStringLiteral("<p style=\"margin:2px 0\">%1</p>").arg(esc(e.note));
    }
    QStringList facts;
    if (e.item.due.isValid()) {
        QString due = ChecklistDocument::tr("Due: %1").arg(DisplayText::date(e.item.due));
        if (e.item.overdue) {
            due += QStringLiteral(" (") + ChecklistDocument::tr("overdue") + QLatin1Char(')');
        }
        facts.append(e.item.overdue
                         ? QStringLiteral("<b style=\"color:#a00000\">%1</b>").arg(esc(due))
                         : QStringLiteral("<b>%1</b>").arg(esc(due)));
    }
    if (e.item.status != BindingStatus::ToDo) {
        facts.append(
            esc(ChecklistDocument::tr("Status: %1").arg(Vocabulary::label(e.item.status))));
    }
    if (!facts.isEmpty()) {
        body += QStringLiteral("<p style=\"margin:4px 0 0 0\">%1</p>")
                    .arg(facts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    }
    if (!e.url.isEmpty()) {
        body += QStringLiteral("<p style=\"margin:2px 0 0 0; font-size:%1pt\">%2</p>")
                    .arg(s.small)
                    .arg(esc(ChecklistDocument::tr("Official page: %1").arg(e.url)));
    }
    body += QStringLiteral("<p style=\"margin:8px 0 0 0\">%1 "
                           "______________________________________</p>")
                .arg(esc(ChecklistDocument::tr("Notes:")));

    const QString qrCell =
        qr.isEmpty()
            ? QString()
            : QStringLiteral("<td width=\"%1\" valign=\"top\"><img src=\"%2\" width=\"%1\" "
                             "height=\"%1\"></td>")
                  .arg(s.qr)
                  .arg(qr);
    return QStringLiteral("<table width=\"100%\" cellpadding=\"6\" cellspacing=\"0\" "
                          "style=\"margin-top:%1px\"><tr>"
                          "<td width=\"%2\" valign=\"top\" style=\"font-size:%3pt\">%4</td>"
                          "<td valign=\"top\">%5</td>%6</tr></table>")
        .arg(options.largePrint ? 10 : 6)
        .arg(options.largePrint ? 44 : 30)
        .arg(s.title * 1.5)
        .arg(box, body, qrCell);
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
                          options, s),
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
