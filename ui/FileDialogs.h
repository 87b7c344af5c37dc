// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QWidget;

namespace rebind {

// File choosers behind a seam: a test queues the next answer (an empty string means the person
// cancelled) and no native dialog opens. The platform's own dialog is used wherever Qt has one.
// A chooser never starts in the working directory: a missing or empty starting place becomes
// the person's Documents folder (or home, when there is none).
class FileDialogs
{
public:
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                const QString& filter);
    // A folder that exists; the same queue of answers as the file choosers.
    static QString existingDirectory(QWidget* parent, const QString& caption,
                                     const QString& directory);

    // The person's Documents folder when it exists, else their home folder.
    static QString documentsFolder();
    // Where a save chooser for fileName starts: the folder of the last export, when it still
    // exists, else documentsFolder().
    static QString exportSuggestion(const QString& fileName);
    // Remembers the folder of filePath for the next export. Only the folder is kept, and not
    // one whose name looks like a phone number, as settings are plain text.
    static void rememberExportFolder(const QString& filePath);

    static void setNextFileName(const QString& fileName);
    static bool hasPendingAnswer();
    // The starting place the last chooser was given (after the fallback above), for tests.
    static QString lastStartingPlace();
    static void reset();
};

} // namespace rebind
