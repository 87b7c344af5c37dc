// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <QEventLoop>
#include <QThread>
#include <type_traits>

namespace rebind {

// Runs work (key derivation: about half a second by design) on a worker thread while this thread
// keeps painting, and returns its result. User input is held back until the work is done; the
// caller shows the busy indication and disables its inputs. Objects that work touches must not
// be used by this thread meanwhile.
template <typename Work> auto runInBackground(Work&& work) -> std::invoke_result_t<Work>
{
    using Value = std::invoke_result_t<Work>;
    std::optional<Value> result;
    QThread* thread = QThread::create([&result, &work] { result.emplace(work()); });
    QEventLoop loop;
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    return std::move(*result);
}

} // namespace rebind
