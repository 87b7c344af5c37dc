// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistOptions.h"
#include "ChecklistSheet.h"
#include "Result.h"

#include <QCoreApplication>
#include <QImage>

class QPagedPaintDevice;

namespace rebind {

// Puts the checklist on paper-like devices and into pictures: pages with the date and page
// numbers at the foot for a PDF file or a printer (the same code serves both, and the print
// preview), and one long picture at phone width.
class ChecklistPainter
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistPainter)

public:
    // The device's page size and margins are set from options (paper); returns the page count.
    static Result<int> paint(QPagedPaintDevice& device, const QList<ChecklistSheet>& sheets,
                             const ChecklistOptions& options);
    static Result<int> writePdf(const QString& path, const QList<ChecklistSheet>& sheets,
                                const ChecklistOptions& options);

    // 1080 pixels wide: a phone screen's width at three device pixels per point.
    static constexpr int kImageWidth = 1080;
    static constexpr int kMaxImageHeight = 60000;
    static Result<QImage> image(const QList<ChecklistSheet>& sheets,
                                const ChecklistOptions& options);
    static Result<void> writePng(const QString& path, const QList<ChecklistSheet>& sheets,
                                 const ChecklistOptions& options);
};

} // namespace rebind
