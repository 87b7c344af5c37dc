// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <memory>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTimer>

#ifdef Q_OS_WIN
#include <QProcessEnvironment>
#else
#include <unistd.h>
#endif

namespace rebind {

namespace {

const QByteArray kRaise = "raise\n";
const QByteArray kRaised = "raised\n";
constexpr int kReadMs = 3000;

QByteArray userIdentity()
{
#ifdef Q_OS_WIN
    return qEnvironmentVariable("USERDOMAIN").toUtf8() + '\\' +
           qEnvironmentVariable("USERNAME").toUtf8();
#else
    return QByteArray::number(qulonglong(::getuid()));
#endif
}

} // namespace

SingleInstance::SingleInstance(const QString& vaultPath, QObject* parent)
    : QObject(parent), m_name(serverName(vaultPath)), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName(const QString& vaultPath)
{
    const QFileInfo info(vaultPath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("rebind-single-instance\n");
    hash.addData(userIdentity());
    hash.addData("\n");
    hash.addData(canonical.toUtf8());
    const QString name =
        QStringLiteral("rebind-") + QString::fromLatin1(hash.result().toHex().left(32));
#ifdef Q_OS_WIN
    // Named pipes: the hash holds the user, and the session keeps users apart.
    return name;
#else
    // In the user's own runtime folder (XDG_RUNTIME_DIR, mode 0700), not the shared /tmp.
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return folder.isEmpty() ? name : QDir(folder).filePath(name);
#endif
}

SingleInstance::Answer SingleInstance::askRunningToRaise(int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return Answer::NoneRunning;
    }
    socket.write(kRaise);
    // The answer comes once the window is up.
    QByteArray answer;
    if (socket.waitForBytesWritten(timeoutMs)) {
        while (!answer.contains('\n') && answer.size() < 64 && socket.waitForReadyRead(timeoutMs)) {
            answer += socket.readAll();
        }
    }
    socket.abort();
    return answer == kRaised ? Answer::Raised : Answer::NoAnswer;
}

bool SingleInstance::listen()
{
    if (m_server->listen(m_name)) {
        return true;
    }
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered before (askRunningToRaise): a crash left the socket behind.
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name)) {
            return true;
        }
    }
    qWarning("Rebind cannot listen for a second start (%s); a second start opens a second "
             "window.",
             qPrintable(m_server->errorString()));
    return false;
}

bool SingleInstance::isListening() const
{
    return m_server->isListening();
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QLocalSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->read(64);
            if (buffer->size() > 64) {
                socket->abort();
                return;
            }
            if (!buffer->contains('\n')) {
                return;
            }
            if (*buffer == kRaise) {
                Q_EMIT raiseRequested();
                socket->write(kRaised);
                socket->flush();
            }
            socket->disconnectFromServer();
        });
        // A client that connects and says nothing is not waited for.
        QTimer::singleShot(kReadMs, socket, [socket] { socket->abort(); });
    }
}

} // namespace rebind
