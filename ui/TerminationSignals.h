// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace rebind {

// Turns SIGTERM, SIGINT and SIGHUP into a Qt signal, so that the event loop ends and every
// destructor runs (the vault is closed, the single-instance socket removed) instead of the
// process dying where it stands: a desktop session that logs out, `kill` and Ctrl+C in the
// terminal that started Rebind all send one of these. A second signal while quitting ends the
// process the usual way. One instance per process; nothing happens on platforms without POSIX
// signals.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject* parent = nullptr);
    ~TerminationSignals() override;

    TerminationSignals(const TerminationSignals&) = delete;
    TerminationSignals& operator=(const TerminationSignals&) = delete;

Q_SIGNALS:
    void received();

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace rebind
