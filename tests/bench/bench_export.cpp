// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Prints how long the printable checklist takes for 100 and 1,000 items (targets: 100 items in
// at most 150 ms, 1,000 in at most 1 s, growing linearly, large print within 1.5 times the
// standard), for the PDF and for laying out only, and how linear it is.
#include "Catalog.h"
#include "ChecklistDocument.h"
#include "ChecklistPainter.h"

#include <cstdio>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace rebind;

namespace {

// A checklist like a real one: catalog services (steps, warnings, QR codes) cycled, with due
// dates, in one sheet.
QList<ChecklistSheet> sample(int items)
{
    ChecklistSheet sheet;
    sheet.person.name = QStringLiteral("王秀英");
    sheet.number.number = *PhoneNumber::parse(QStringLiteral("13912345678"));
    sheet.number.replacement = *PhoneNumber::parse(QStringLiteral("15000001111"));
    sheet.number.cancelDate = QDate(2027, 1, 10);
    sheet.plan.verdict = Plan::Verdict::Blocked;
    QList<const CatalogEntry*> curated;
    for (const CatalogEntry& entry : Catalog::builtIn().entries()) {
        if (entry.isCurated()) {
            curated.append(&entry);
        }
    }
    for (int i = 0; i < items; ++i) {
        const CatalogEntry& e = *curated.at(i % curated.size());
        ChecklistEntry entry;
        entry.item.kind = PlanItem::Kind::Binding;
        entry.item.due = QDate(2026, 12, 1).addDays(i % 40);
        entry.title = e.name(QStringLiteral("en"));
        entry.otherTitle = e.name(QStringLiteral("zh_CN"));
        entry.instruction = QStringLiteral("Change the number here to 150 **** 1111.");
        entry.steps = e.steps.value(StepKind::Rebind).en;
        entry.url = e.helpUrl;
        sheet.entries.append(entry);
    }
    return {sheet};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTemporaryDir dir;
    ChecklistOptions options;
    options.today = QDate(2026, 12, 1);
    // Fonts are found and loaded on first use: a short list first, so that the figures below
    // compare like with like (a real export starts cold: time the whole rebind-cli for that).
    (void)ChecklistPainter::writePdf(QDir(dir.path()).filePath(QStringLiteral("warm.pdf")),
                                     sample(10), options);
    for (bool large : {false, true}) {
        options.largePrint = large;
        double perItem[2] = {0, 0};
        double total[2] = {0, 0};
        int run = 0;
        for (int items : {100, 1000}) {
            const auto sheets = sample(items);
            const QString path = QDir(dir.path()).filePath(QStringLiteral("bench.pdf"));
            QElapsedTimer timer;
            timer.start();
            const auto pages = ChecklistPainter::writePdf(path, sheets, options);
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            timer.restart();
            const auto pieces = ChecklistDocument::build(sheets, options, 680);
            double height = 0;
            for (const auto& piece : pieces) {
                height += piece.document->size().height();
            }
            const double buildMs = double(timer.nsecsElapsed()) / 1e6;
            std::printf("%s PDF, %4d items: %7.1f ms, %4d pages, %6.0f KiB (%.2f ms per item; "
                        "target 1,000 items <= 1000 ms); of which text layout and QR codes "
                        "%.1f ms\n",
                        large ? "large-print" : "standard   ", items, ms, pages ? *pages : -1,
                        double(QFileInfo(path).size()) / 1024.0, ms / items, buildMs);
            perItem[run] = ms / items;
            total[run] = ms;
            ++run;
        }
        // Linear: the 900 items added cost what the first 100 did each (ratio near 1; above 1
        // means something grows faster than the list).
        std::printf("%s linearity: %.2f ms per item for 100, %.2f for 1000, %.2f for each of the "
                    "900 added (ratio 1000/100 per item: %.2f)\n",
                    large ? "large-print" : "standard   ", perItem[0], perItem[1],
                    (total[1] - total[0]) / 900.0, perItem[1] / perItem[0]);
    }
    // Where the time goes: laying out the text alone, without QR codes.
    options.largePrint = false;
    options.qrCodes = false;
    QElapsedTimer timer;
    timer.start();
    const auto plain = ChecklistDocument::build(sample(1000), options, 680);
    for (const auto& piece : plain) {
        (void)piece.document->size();
    }
    std::printf("text layout alone, 1000 items, no QR codes: %.1f ms\n",
                double(timer.nsecsElapsed()) / 1e6);
    return 0;
}
