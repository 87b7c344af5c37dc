// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SingleInstance.h"

#include <memory>
#include <QCryptographicHash>
#include <QDir>
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
const QByteArray kOpen = "open ";
const QByteArray kRaised = "raised\n";
constexpr int kReadMs = 3000;
// "open ", the base64 of the longest path, the newline.
constexpr int kMaxLine = 5 + (SingleInstance::kMaxPathBytes + 2) / 3 * 4 + 1;

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

SingleInstance::SingleInstance(QObject* parent)
    : QObject(parent), m_name(serverName()), m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverName()
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("rebind-single-instance\n");
    hash.addData(userIdentity());
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
    return ask(kRaise, timeoutMs);
}

SingleInstance::Answer SingleInstance::askRunningToOpen(const QString& path, int timeoutMs) const
{
    const QByteArray bytes = path.toUtf8();
    if (bytes.isEmpty() || bytes.size() > kMaxPathBytes) {
        return Answer::Refused;
    }
    return ask(kOpen + bytes.toBase64() + '\n', timeoutMs);
}

SingleInstance::Answer SingleInstance::ask(const QByteArray& request, int timeoutMs) const
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(timeoutMs)) {
        return Answer::NoneRunning;
    }
    socket.write(request);
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
            *buffer += socket->read(kMaxLine + 1);
            if (buffer->size() > kMaxLine) {
                socket->abort();
                return;
            }
            const qsizetype end = buffer->indexOf('\n');
            if (end < 0) {
                return;
            }
            // One request per connection, and nothing after it.
            if (end + 1 != buffer->size()) {
                socket->abort();
                return;
            }
            if (*buffer == kRaise) {
                Q_EMIT raiseRequested();
            } else if (buffer->startsWith(kOpen)) {
                const auto decoded =
                    QByteArray::fromBase64Encoding(buffer->mid(kOpen.size(), end - kOpen.size()),
                                                   QByteArray::AbortOnBase64DecodingErrors);
                const QString path = decoded ? QString::fromUtf8(decoded.decoded) : QString();
                if (path.isEmpty() || decoded.decoded.size() > kMaxPathBytes ||
                    decoded.decoded.contains('\0')) {
                    socket->abort();
                    return;
                }
                Q_EMIT openRequested(path);
            } else {
                socket->abort();
                return;
            }
            socket->write(kRaised);
            socket->flush();
            socket->disconnectFromServer();
        });
        // A client that connects and says nothing is not waited for.
        QTimer::singleShot(kReadMs, socket, [socket] { socket->abort(); });
    }
}

} // namespace rebind
