// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "SmsMessage.h"
#include "SmsReadSummary.h"

#include <functional>
#include <QString>

namespace rebind {

// SmsFileReader::read with the reading on a worker thread: the file is parsed there while the
// calling thread handles the messages already read (matching them, in a scan), so the two use
// two cores instead of taking turns on one. The sink and progress are still called on the
// calling thread, in the file's order. Between the threads sit at most a few batches of
// messages, so memory does not grow with the file.
//
// The summary is the reader's, except that when the sink stops, messages counts what the sink
// was given (the worker may have read a little further).
class SmsReadAhead
{
public:
    static Result<SmsReadSummary> read(const QString& path,
                                       const std::function<bool(const SmsMessage&)>& sink,
                                       const std::function<void(qint64 bytesRead)>& progress = {});
};

} // namespace rebind
