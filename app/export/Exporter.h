// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChecklistOptions.h"
#include "ExportScope.h"
#include "KdfParams.h"
#include "Result.h"

#include <optional>
#include <QCoreApplication>

namespace rebind {

class Inventory;

enum class ExportFormat
{
    Pdf,
    Png,
    Csv,
    Ics,
    Json,
    Handoff,
};

// Writes one export of the vault to a file: the same for the GUI and rebind-cli, so that both
// make identical files from the same choices.
class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)

public:
    static QList<ExportFormat> formats();
    // "pdf", "png", … (the CLI's words and the usual file suffixes).
    static QString key(ExportFormat format);
    static std::optional<ExportFormat> fromKey(const QString& key);
    // The file name's ending: the key, or "rebindhandoff".
    static QString suffix(ExportFormat format);
    // For the save dialog: "PDF files (*.pdf)".
    static QString fileFilter(ExportFormat format);
    // Said before saving: which files anyone who gets them can read.
    static QString privacyNote(ExportFormat format);

    struct Request
    {
        ExportFormat format = ExportFormat::Pdf;
        ExportScope scope = ExportScope::all();
        ChecklistOptions options;
        QString path;
        // Handoff only: the passphrase the file is sealed with, and its Argon2id cost.
        QString passphrase;
        KdfParams kdf = KdfParams::interactive();
    };
    // Writes the file (atomically: a failure leaves no half file); returns what was written,
    // in a sentence for the person.
    static Result<QString> run(const Inventory& inventory, const Request& request);
};

} // namespace rebind
