// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "Catalog.h"
#include "ChecklistCollector.h"
#include "ChecklistPainter.h"
#include "ExportFile.h"
#include "HandoffFile.h"
#include "IcsWriter.h"
#include "Inventory.h"
#include "InventoryCsv.h"
#include "InventorySnapshot.h"
#include "PlanCalendar.h"
#include "SnapshotJson.h"

namespace rebind {

QList<ExportFormat> Exporter::formats()
{
    return {ExportFormat::Pdf, ExportFormat::Png,  ExportFormat::Csv,
            ExportFormat::Ics, ExportFormat::Json, ExportFormat::Handoff};
}

QString Exporter::key(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Ics:
        return QStringLiteral("ics");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::Handoff:
        return QStringLiteral("handoff");
    }
    return QString();
}

QString Exporter::suffix(ExportFormat format)
{
    return format == ExportFormat::Handoff ? QStringLiteral("rebindhandoff") : key(format);
}

std::optional<ExportFormat> Exporter::fromKey(const QString& key)
{
    for (ExportFormat format : formats()) {
        if (Exporter::key(format) == key.trimmed().toLower()) {
            return format;
        }
    }
    return std::nullopt;
}

QString Exporter::fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF files (*.pdf)");
    case ExportFormat::Png:
        return tr("PNG pictures (*.png)");
    case ExportFormat::Csv:
        return tr("CSV spreadsheets (*.csv)");
    case ExportFormat::Ics:
        return tr("Calendar files (*.ics)");
    case ExportFormat::Json:
        return tr("JSON files (*.json)");
    case ExportFormat::Handoff:
        return tr("Rebind hand-off files (*.rebindhandoff)");
    }
    return QString();
}

QString Exporter::privacyNote(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
    case ExportFormat::Png:
        return tr("This file is not encrypted: anyone who gets it can read it. The new number "
                  "is printed in full, to be typed; the old number is masked and account names "
                  "left out unless you ask for them.");
    case ExportFormat::Csv:
        return tr("This file is not encrypted: anyone who gets it can read the whole list, "
                  "phone numbers included.");
    case ExportFormat::Ics:
        return tr("This file is not encrypted, and calendars are often synchronised to online "
                  "accounts. Phone numbers are masked unless you ask for them.");
    case ExportFormat::Json:
        return tr("This file is not encrypted: anyone who gets it can read everything in it, "
                  "numbers, accounts and history included. For moving to another computer, use "
                  "a hand-off file.");
    case ExportFormat::Handoff:
        return tr("The hand-off file is encrypted with the passphrase you choose. Give the "
                  "passphrase separately (say it on the phone), not with the file.");
    }
    return QString();
}

Result<QString> Exporter::run(const Inventory& inventory, const Request& request)
{
    const QString& path = request.path;
    if (request.format == ExportFormat::Json || request.format == ExportFormat::Handoff) {
        auto snapshot = InventorySnapshot::read(inventory, request.scope);
        if (!snapshot) {
            return snapshot.error();
        }
        if (request.format == ExportFormat::Json) {
            if (auto written = ExportFile::write(path, SnapshotJson::toJson(*snapshot)); !written) {
                return written.error();
            }
        } else {
            if (request.passphrase.isEmpty()) {
                return makeError(ErrorCode::InvalidInput,
                                 tr("Choose a passphrase for the hand-off file."));
            }
            if (auto written = HandoffFile::write(path, *snapshot, request.passphrase, request.kdf);
                !written) {
                return written.error();
            }
        }
        qsizetype numbers = 0;
        for (const auto& person : snapshot->people) {
            numbers += person.numbers.size();
        }
        return tr("Wrote %n number(s) with their services to %1.", "", static_cast<int>(numbers))
            .arg(path);
    }
    if (request.format == ExportFormat::Csv) {
        auto csv = InventoryCsv::write(inventory, request.scope, request.options.includeAccounts);
        if (!csv) {
            return csv.error();
        }
        if (auto written = ExportFile::write(path, *csv); !written) {
            return written.error();
        }
        return tr("Wrote the list to %1.").arg(path);
    }
    // A calendar is often synchronised to online accounts: both numbers stay masked unless
    // asked for. On paper the new number is in full, for the reader to type.
    ChecklistOptions options = request.options;
    if (request.format == ExportFormat::Ics && !options.showNumbers) {
        options.maskNew = true;
    }
    auto sheets =
        ChecklistCollector::collect(inventory, request.scope, options, Catalog::builtIn());
    if (!sheets) {
        return sheets.error();
    }
    switch (request.format) {
    case ExportFormat::Pdf: {
        auto pages = ChecklistPainter::writePdf(path, *sheets, request.options);
        if (!pages) {
            return pages.error();
        }
        return tr("Wrote %n page(s) to %1.", "", *pages).arg(path);
    }
    case ExportFormat::Png: {
        if (auto written = ChecklistPainter::writePng(path, *sheets, request.options); !written) {
            return written.error();
        }
        return tr("Wrote the picture to %1.").arg(path);
    }
    case ExportFormat::Ics: {
        const QList<CalendarEvent> events =
            PlanCalendar::events(*sheets, request.options.showNumbers);
        if (auto written =
                ExportFile::write(path, IcsWriter().write(PlanCalendar::calendarName(), events));
            !written) {
            return written.error();
        }
        return tr("Wrote %n reminder(s) to %1.", "", static_cast<int>(events.size())).arg(path);
    }
    case ExportFormat::Csv:
    case ExportFormat::Json:
    case ExportFormat::Handoff:
        break;
    }
    return makeError(ErrorCode::Internal, tr("This kind of export is not known."));
}

} // namespace rebind
