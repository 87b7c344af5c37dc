// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include "AppSettings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>
#include <QStringList>

namespace rebind {

namespace {
struct State
{
    QStringList answers;
    QString lastStartingPlace;
};

State& state()
{
    static State s;
    return s;
}

// Qt's chooser falls back to the working directory (wherever the program was started from)
// for a folder that does not exist, and resolves relative names against it.
QString startingPlace(const QString& requested, bool keepFileName)
{
    QString place;
    const QFileInfo info(requested);
    if (requested.isEmpty()) {
        place = FileDialogs::documentsFolder();
    } else if (info.isAbsolute() &&
               (info.isDir() || (keepFileName && info.absoluteDir().exists()))) {
        place = requested;
    } else if (keepFileName && !info.fileName().isEmpty()) {
        place = QDir(FileDialogs::documentsFolder()).filePath(info.fileName());
    } else {
        place = FileDialogs::documentsFolder();
    }
    state().lastStartingPlace = place;
    return place;
}

// Seven digits in one folder name could be most of a phone number (a folder named after it).
bool looksLikeItHoldsANumber(const QString& path)
{
    const QStringList parts = QDir::fromNativeSeparators(path).split(QLatin1Char('/'));
    for (const QString& part : parts) {
        int digits = 0;
        for (const QChar c : part) {
            digits += c.isDigit() ? 1 : 0;
        }
        if (digits >= 7) {
            return true;
        }
    }
    return false;
}
} // namespace

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    const QString start = startingPlace(directory, true);
    if (!state().answers.isEmpty()) {
        return state().answers.takeFirst();
    }
    return QFileDialog::getSaveFileName(parent, caption, start, filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    const QString start = startingPlace(directory, true);
    if (!state().answers.isEmpty()) {
        return state().answers.takeFirst();
    }
    return QFileDialog::getOpenFileName(parent, caption, start, filter);
}

QString FileDialogs::existingDirectory(QWidget* parent, const QString& caption,
                                       const QString& directory)
{
    const QString start = startingPlace(directory, false);
    if (!state().answers.isEmpty()) {
        return state().answers.takeFirst();
    }
    return QFileDialog::getExistingDirectory(parent, caption, start);
}

QString FileDialogs::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir()) {
        return documents;
    }
    return QDir::homePath();
}

QString FileDialogs::exportSuggestion(const QString& fileName)
{
    const QString remembered = AppSettings().exportFolder();
    const bool usable = !remembered.isEmpty() && QFileInfo(remembered).isDir();
    return QDir(usable ? remembered : documentsFolder()).filePath(fileName);
}

void FileDialogs::rememberExportFolder(const QString& filePath)
{
    const QString folder = QFileInfo(filePath).absolutePath();
    AppSettings settings;
    if (looksLikeItHoldsANumber(folder)) {
        settings.setExportFolder(QString());
    } else {
        settings.setExportFolder(folder);
    }
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    state().answers.append(fileName);
}

bool FileDialogs::hasPendingAnswer()
{
    return !state().answers.isEmpty();
}

QString FileDialogs::lastStartingPlace()
{
    return state().lastStartingPlace;
}

void FileDialogs::reset()
{
    state().answers.clear();
    state().lastStartingPlace.clear();
}

} // namespace rebind
