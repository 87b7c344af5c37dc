#pragma once

#include <QString>

class QWidget;

namespace rebind {

// File choosers behind a seam: a test queues the next answer (an empty string means the person
// cancelled) and no native dialog opens.
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

    static void setNextFileName(const QString& fileName);
    static bool hasPendingAnswer();
    static void reset();
};

} // namespace rebind
