// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChecklistPainter.h"

#include "ChecklistDocument.h"
#include "ExportFile.h"

#include <algorithm>
#include <cmath>
#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextBlock>
#include <QTextLayout>

namespace rebind {

namespace {

// The pieces are laid out in 96-dpi pixels (what their point sizes and image sizes assume) and
// painted scaled to the device, so a PDF, a printer and a picture get the same layout.
constexpr qreal kLayoutDpi = 96.0;
constexpr qreal kGap = 10.0;      // between two items, with a rule in the middle
constexpr qreal kMarginMm = 12.0; // what home printers can print to, and no more

Error cannotWrite(const QString& path, const QString& why)
{
    return ExportFile::cannotWrite(path, why);
}

// Where each piece goes. A number's cover starts a page. An item that fits on what is left of
// the page goes there; one that does not either moves to the next page whole (when it is short,
// so that at most a quarter of a page is left blank) or starts here and continues on the next
// page, cut between two lines of text, never through one, and never above its first three lines
// or beside its QR code. (Moving every item that did not fit left pages half empty: a large-print
// item takes a third to two thirds of a page.)
struct Segment
{
    std::size_t piece = 0;
    int page = 0;
    qreal y = 0;    // where on the page the segment begins
    qreal from = 0; // which part of the piece it shows
    qreal to = 0;
};

constexpr qreal kKeepWhole = 0.25; // of a page: items up to this height are never cut

// The bottoms of the piece's lines of text, in order: where it may be cut.
QList<qreal> lineBottoms(const QTextDocument& document)
{
    QList<qreal> bottoms;
    const QAbstractTextDocumentLayout* layout = document.documentLayout();
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QRectF rect = layout->blockBoundingRect(block);
        const QTextLayout* lines = block.layout();
        for (int i = 0; lines != nullptr && i < lines->lineCount(); ++i) {
            const QTextLine line = lines->lineAt(i);
            bottoms.append(rect.top() + line.y() + line.height());
        }
    }
    std::sort(bottoms.begin(), bottoms.end());
    return bottoms;
}

QList<Segment> paginate(const std::vector<ChecklistDocument::Piece>& pieces, qreal pageHeight,
                        int* pageCount)
{
    QList<Segment> out;
    int page = 0;
    qreal y = 0;
    const auto newPage = [&] {
        ++page;
        y = 0;
    };
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const ChecklistDocument::Piece& piece = pieces[i];
        const qreal height = piece.document->size().height();
        const QList<qreal> cuts = lineBottoms(*piece.document);
        const qreal head =
            std::max(piece.keepTop,
                     cuts.isEmpty() ? height : cuts.at(std::min<qsizetype>(2, cuts.size() - 1)));
        if (i > 0 && piece.startsSheet) {
            newPage();
        } else if (y > 0 && y + height > pageHeight &&
                   (height <= kKeepWhole * pageHeight || y + head > pageHeight)) {
            newPage();
        }
        qreal from = 0;
        while (height - from > pageHeight - y) {
            const qreal limit = from + pageHeight - y;
            const qreal least = from > 0 ? from : head;
            qreal cut = -1;
            for (qreal bottom : cuts) {
                if (bottom > from && bottom >= least && bottom <= limit) {
                    cut = bottom;
                }
            }
            if (cut < 0 && y > 0) {
                newPage();
                continue;
            }
            if (cut < 0) { // a head taller than a page: any line end will do
                for (qreal bottom : cuts) {
                    if (bottom > from && bottom <= limit) {
                        cut = bottom;
                    }
                }
            }
            if (cut < 0) {
                cut = limit; // no line ends in time: cut at the page's end after all
            }
            out.append({i, page, y, from, cut});
            from = cut;
            newPage();
        }
        out.append({i, page, y, from, height});
        y += height - from + kGap;
    }
    *pageCount = page + 1;
    return out;
}

void drawPiece(QPainter& painter, const QTextDocument& document, qreal top, qreal clipTop,
               qreal clipHeight, qreal width)
{
    painter.save();
    painter.translate(0, top);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = QRectF(0, clipTop, width, clipHeight);
    // Clipping costs a graphics state per piece in a PDF: only a piece cut at a page's end
    // needs it.
    if (clipTop > 0 || clipHeight < document.size().height()) {
        painter.setClipRect(context.clip);
    }
    document.documentLayout()->draw(&painter, context);
    painter.restore();
}

QFont footerFont(bool largePrint)
{
    QFont font;
    // In layout pixels, like the pieces: the painter's scale does the rest.
    font.setPixelSize(static_cast<int>(std::lround((largePrint ? 13.0 : 8.5) * kLayoutDpi / 72.0)));
    return font;
}

} // namespace

Result<int> ChecklistPainter::paint(QPagedPaintDevice& device, const QList<ChecklistSheet>& sheets,
                                    const ChecklistOptions& options)
{
    const QMarginsF margins(kMarginMm, kMarginMm, kMarginMm, kMarginMm);
    device.setPageLayout(QPageLayout(QPageSize(options.paper), QPageLayout::Portrait, margins,
                                     QPageLayout::Millimeter));
    const QRectF paintRect = device.pageLayout().paintRectPoints();
    const qreal toLayout = kLayoutDpi / 72.0;
    const qreal width = paintRect.width() * toLayout;
    const qreal footerHeight = options.largePrint ? 30.0 : 24.0;
    const qreal pageHeight = paintRect.height() * toLayout - footerHeight;

    auto pieces = ChecklistDocument::build(sheets, options, width);
    int pages = 0;
    const QList<Segment> segments = paginate(pieces, pageHeight, &pages);

    QPainter painter;
    if (!painter.begin(&device)) {
        return makeError(ErrorCode::Unwritable, tr("Could not start printing."));
    }
    const qreal scale = device.logicalDpiX() / kLayoutDpi;
    painter.scale(scale, scale);
    qsizetype next = 0;
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage()) {
            return makeError(ErrorCode::Unwritable, tr("Could not start a new page."));
        }
        for (; next < segments.size() && segments.at(next).page == page; ++next) {
            const Segment& segment = segments.at(next);
            auto& piece = pieces[segment.piece];
            drawPiece(painter, *piece.document, segment.y - segment.from, segment.from,
                      segment.to - segment.from, width);
            const bool ends = segment.to >= piece.document->size().height();
            if (ends) {
                // Done with: its memory serves the PDF engine's next pages (compressing a page
                // took fresh memory from the system, page by page, while every item was kept).
                piece.document.reset();
            }
            const bool more =
                segment.piece + 1 < pieces.size() && !pieces[segment.piece + 1].startsSheet;
            const qreal end = segment.y + segment.to - segment.from;
            if (ends && more && end + kGap <= pageHeight) {
                painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
                painter.drawLine(QPointF(0, end + kGap / 2), QPointF(width, end + kGap / 2));
            }
        }
        painter.setFont(footerFont(options.largePrint));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, pageHeight, width, footerHeight),
                         Qt::AlignRight | Qt::AlignBottom,
                         ChecklistDocument::footer(options, page + 1, pages));
    }
    painter.end();
    return pages;
}

Result<int> ChecklistPainter::writePdf(const QString& path, const QList<ChecklistSheet>& sheets,
                                       const ChecklistOptions& options)
{
    // Written next to the target and renamed into place, so a failed export leaves no half file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return cannotWrite(path, file.errorString());
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Rebind"));
        writer.setTitle(tr("Rebind checklist"));
        auto painted = paint(writer, sheets, options);
        if (!painted) {
            file.cancelWriting();
            return painted.error();
        }
        pages = *painted;
    }
    if (!file.commit()) {
        return cannotWrite(path, file.errorString());
    }
    return pages;
}

Result<QImage> ChecklistPainter::image(const QList<ChecklistSheet>& sheets,
                                       const ChecklistOptions& pictureOptions)
{
    ChecklistOptions options = pictureOptions;
    options.qrCodes = false;
    const qreal scale = 3.0;
    const qreal margin = 16.0;
    const qreal width = kImageWidth / scale - 2 * margin;
    const auto pieces = ChecklistDocument::build(sheets, options, width);
    const qreal footer = 28.0;
    qreal height = 2 * margin + footer;
    for (const auto& piece : pieces) {
        height += piece.document->size().height() + kGap;
    }
    if (height * scale > kMaxImageHeight) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The list is too long for one picture. Export it as a PDF, or one "
                            "number at a time."));
    }
    QImage image(kImageWidth, static_cast<int>(std::ceil(height * scale)), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    qreal y = margin;
    for (std::size_t i = 0; i < pieces.size(); ++i) {
        const qreal pieceHeight = pieces[i].document->size().height();
        painter.save();
        painter.translate(margin, 0);
        drawPiece(painter, *pieces[i].document, y, 0, pieceHeight, width);
        painter.restore();
        y += pieceHeight;
        if (i + 1 < pieces.size()) {
            painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.8));
            painter.drawLine(QPointF(margin, y + kGap / 2), QPointF(margin + width, y + kGap / 2));
        }
        y += kGap;
    }
    painter.setFont(footerFont(false));
    painter.setPen(Qt::black);
    painter.drawText(QRectF(margin, y, width, footer), Qt::AlignRight | Qt::AlignBottom,
                     ChecklistDocument::footer(options, 1, 1));
    painter.end();
    return image;
}

Result<void> ChecklistPainter::writePng(const QString& path, const QList<ChecklistSheet>& sheets,
                                        const ChecklistOptions& options)
{
    auto picture = image(sheets, options);
    if (!picture) {
        return picture.error();
    }
    QByteArray png;
    QBuffer buffer(&png);
    if (!buffer.open(QIODevice::WriteOnly) || !picture->save(&buffer, "PNG")) {
        return cannotWrite(path, buffer.errorString());
    }
    return ExportFile::write(path, png);
}

} // namespace rebind
