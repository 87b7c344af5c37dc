// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistOptions.h"
#include "ChecklistSheet.h"

#include <memory>
#include <QCoreApplication>
#include <QTextDocument>
#include <vector>

namespace rebind {

// The checklist as a rich-text document, laid out at a given width in 96-dpi pixels: a cover
// block per number (person, number, cancel date, verdict), then the plan in order, each item
// with a box to tick, its name (in both languages on the standard checklist), what to do, why
// it waits, the steps, warnings, the due date, a QR code to the official page and a line for
// notes. The large-print variant uses at least 16 pt body text, black on white. One document
// serves the PDF, the printer and the phone-width picture. Its colours are fixed, dark on white,
// whatever the screen's theme: it is paper (or a picture of paper), never drawn on the palette.
class ChecklistDocument
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistDocument)

public:
    // One block of the checklist: a number's cover, or one item. An item that does not fit
    // on what is left of a page may continue on the next one, cut between two lines.
    struct Piece
    {
        std::unique_ptr<QTextDocument> document;
        bool startsSheet = false; // a number's cover: begins a new page
        qreal keepTop = 0;        // no cut above this (the QR code beside the title)
    };
    static std::vector<Piece> build(const QList<ChecklistSheet>& sheets,
                                    const ChecklistOptions& options, qreal width);
    // The footer line: "Rebind checklist · printed 2026-11-30 · page 2 of 5".
    static QString footer(const ChecklistOptions& options, int page, int pages);
};

} // namespace rebind
