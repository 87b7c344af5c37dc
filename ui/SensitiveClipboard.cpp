// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SensitiveClipboard.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QMimeData>
#include <sodium.h>

namespace rebind {

SensitiveClipboard::SensitiveClipboard(QObject* parent)
    : QObject(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); }),
      m_hashKey(crypto_generichash_KEYBYTES, Qt::Uninitialized)
{
    // The statement holds a phone number, which a plain hash would not hide for long.
    randombytes_buf(m_hashKey.data(), static_cast<std::size_t>(m_hashKey.size()));
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &SensitiveClipboard::check);
}

SensitiveClipboard& SensitiveClipboard::instance()
{
    static auto* clipboard = new SensitiveClipboard(QCoreApplication::instance());
    return *clipboard;
}

void SensitiveClipboard::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void SensitiveClipboard::setTickInterval(int milliseconds)
{
    m_tick.setInterval(milliseconds);
}

QByteArray SensitiveClipboard::digest(const QString& text) const
{
    const QByteArray bytes = text.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()),
                       static_cast<std::size_t>(out.size()),
                       reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()),
                       reinterpret_cast<const unsigned char*>(m_hashKey.constData()),
                       static_cast<std::size_t>(m_hashKey.size()));
    return out;
}

void SensitiveClipboard::copy(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(kHintFormat), QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#elif defined(Q_OS_WIN)
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"),
                  QByteArrayLiteral("1"));
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), QByteArray(4, '\0'));
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), QByteArray(4, '\0'));
#endif
    QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digest(text);
    m_deadline = m_clock() + kLifetimeMs;
    m_tick.start();
}

bool SensitiveClipboard::stillOurs() const
{
    const QMimeData* current = QGuiApplication::clipboard()->mimeData(QClipboard::Clipboard);
    return current != nullptr && current->hasText() && digest(current->text()) == m_digest;
}

void SensitiveClipboard::clear()
{
    if (m_digest.isEmpty()) {
        return;
    }
    if (stillOurs()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
    }
    m_digest.clear();
    m_tick.stop();
}

void SensitiveClipboard::check()
{
    if (!m_digest.isEmpty() && m_clock() >= m_deadline) {
        clear();
    }
}

} // namespace rebind
