#include "FileDialogs.h"

#include <QFileDialog>
#include <QStringList>

namespace rebind {

namespace {
QStringList& pending()
{
    static QStringList answers;
    return answers;
}
} // namespace

QString FileDialogs::saveFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (!pending().isEmpty()) {
        return pending().takeFirst();
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

QString FileDialogs::openFileName(QWidget* parent, const QString& caption, const QString& directory,
                                  const QString& filter)
{
    if (!pending().isEmpty()) {
        return pending().takeFirst();
    }
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialogs::existingDirectory(QWidget* parent, const QString& caption,
                                       const QString& directory)
{
    if (!pending().isEmpty()) {
        return pending().takeFirst();
    }
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

void FileDialogs::setNextFileName(const QString& fileName)
{
    pending().append(fileName);
}

bool FileDialogs::hasPendingAnswer()
{
    return !pending().isEmpty();
}

void FileDialogs::reset()
{
    pending().clear();
}

} // namespace rebind
