// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <QByteArray>
#include <QObject>
#include <QTimer>

namespace rebind {

// Copies text that holds vault data (the new-owner statement with the full number) to the
// clipboard marked as a secret — x-kde-passwordManagerHint "secret", which KDE's Klipper and
// other clipboard managers honour by not keeping it, plus the macOS and Windows equivalents —
// and clears it after a minute, or when the vault locks, if the clipboard still holds that
// text. Something the person copied since is left alone. Only a keyed hash of the text is kept
// for that comparison. One per application (instance()); tests inject the clock.
class SensitiveClipboard : public QObject
{
    Q_OBJECT

public:
    // Milliseconds; only differences matter.
    using Clock = std::function<qint64()>;
    static constexpr int kLifetimeMs = 60 * 1000;
    static constexpr const char* kHintFormat = "x-kde-passwordManagerHint";

    explicit SensitiveClipboard(QObject* parent = nullptr);
    static SensitiveClipboard& instance();

    void setClock(Clock clock);
    // How often the deadline is checked (default 1 s; tests shorten it).
    void setTickInterval(int milliseconds);

    void copy(const QString& text);
    // Whether something copied here is still waiting to be cleared.
    bool isPending() const { return !m_digest.isEmpty(); }

public Q_SLOTS:
    // Clears the clipboard now if it still holds what was copied here (the vault locks).
    void clear();
    // Clears it once the minute has passed.
    void check();

private:
    QByteArray digest(const QString& text) const;
    bool stillOurs() const;

    Clock m_clock;
    QTimer m_tick;
    QByteArray m_hashKey;
    QByteArray m_digest;
    qint64 m_deadline = 0;
};

} // namespace rebind
