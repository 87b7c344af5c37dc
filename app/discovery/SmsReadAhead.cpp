// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SmsReadAhead.h"

#include "SmsFileReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <system_error>
#include <thread>
#include <vector>

namespace rebind {

namespace {

// A batch per 256 messages or 256 Ki characters, whichever comes first, and at most eight
// waiting: a few MiB at most, even of 64 KiB bodies, and few enough hand-overs that locking
// costs nothing next to parsing.
constexpr size_t kBatchMessages = 256;
constexpr qsizetype kBatchChars = 256 * 1024;
constexpr size_t kMaxWaiting = 8;

struct Batch
{
    std::vector<SmsMessage> messages;
    qsizetype chars = 0;
    qint64 bytesRead = 0; // of the file, when the batch was complete
};

// The hand-over between the reading thread and the calling one. Batches the caller is done with
// go back to the reading thread to be freed: glibc frees memory another thread allocated under
// that thread's arena lock, and the two threads would then keep waiting for each other.
class Channel
{
public:
    // Reader's side: waits while the queue is full; false once the caller has stopped. batch is
    // then an empty one to fill, with the memory of one the caller is done with.
    bool push(Batch& batch)
    {
        std::vector<Batch> spent;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopped || m_batches.size() < kMaxWaiting; });
            if (m_stopped) {
                return false;
            }
            m_batches.push_back(std::move(batch));
            spent.swap(m_spent);
            m_changed.notify_all();
        }
        batch = spent.empty() ? Batch() : std::move(spent.back());
        batch.messages.clear();
        batch.chars = 0;
        return true;
    }

    void finish(Result<SmsReadSummary> result, qint64 bytesRead)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_result.emplace(std::move(result));
        m_finalBytes = bytesRead;
        m_changed.notify_all();
    }

    // Caller's side: the next batch; nothing once the reader has finished and all is taken.
    // done: the batch before, handed back.
    std::optional<Batch> pop(std::optional<Batch> done)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (done) {
            m_spent.push_back(std::move(*done));
        }
        m_changed.wait(lock, [this] { return !m_batches.empty() || m_result.has_value(); });
        if (m_batches.empty()) {
            return std::nullopt;
        }
        Batch batch = std::move(m_batches.front());
        m_batches.pop_front();
        m_changed.notify_all();
        return batch;
    }

    // The caller wants no more: the reader's next push fails, and a waiting one wakes.
    void stop()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stopped = true;
        m_batches.clear();
        m_changed.notify_all();
    }

    // After the reader has finished (its thread joined).
    Result<SmsReadSummary> result()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return std::move(*m_result);
    }

    qint64 finalBytes()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_finalBytes;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_batches;
    std::vector<Batch> m_spent; // to be freed by the reading thread
    std::optional<Result<SmsReadSummary>> m_result;
    qint64 m_finalBytes = 0;
    bool m_stopped = false;
};

// Stops and joins the reading thread on every way out of read().
class Worker
{
public:
    Worker(Channel& channel, std::thread thread) : m_channel(channel), m_thread(std::move(thread))
    {}
    ~Worker()
    {
        if (m_thread.joinable()) {
            m_channel.stop();
            m_thread.join();
        }
    }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    void join() { m_thread.join(); }

private:
    Channel& m_channel;
    std::thread m_thread;
};

void readInto(const QString& path, Channel& channel)
{
    Batch batch;
    qint64 bytesRead = 0;
    const auto handOver = [&] {
        batch.bytesRead = bytesRead;
        return channel.push(batch);
    };
    Result<SmsReadSummary> result = SmsFileReader::read(
        path,
        [&](const SmsMessage& message) {
            if (batch.messages.empty()) {
                batch.messages.reserve(kBatchMessages);
            }
            batch.messages.push_back(message);
            batch.chars += message.body.size() + message.sender.size();
            if (batch.messages.size() >= kBatchMessages || batch.chars >= kBatchChars) {
                return handOver();
            }
            return true;
        },
        [&](qint64 bytes) { bytesRead = bytes; });
    if (!batch.messages.empty()) {
        handOver();
    }
    channel.finish(std::move(result), bytesRead);
}

} // namespace

Result<SmsReadSummary> SmsReadAhead::read(const QString& path,
                                          const std::function<bool(const SmsMessage&)>& sink,
                                          const std::function<void(qint64)>& progress)
{
    Channel channel;
    std::thread thread;
    try {
        thread = std::thread(readInto, path, std::ref(channel));
    } catch (const std::system_error&) {
        // No thread to be had (a process limit): the same read, on this thread.
        return SmsFileReader::read(path, sink, progress);
    }
    Worker worker(channel, std::move(thread));
    qint64 given = 0;
    qint64 reported = 0;
    bool stopped = false;
    std::optional<Batch> batch;
    while (!stopped) {
        batch = channel.pop(std::move(batch));
        if (!batch) {
            break;
        }
        for (const SmsMessage& message : batch->messages) {
            ++given;
            if (!sink(message)) {
                stopped = true;
                break;
            }
        }
        if (stopped) {
            channel.stop();
        }
        if (progress && batch->bytesRead > reported) {
            reported = batch->bytesRead;
            progress(reported);
        }
    }
    worker.join();
    Result<SmsReadSummary> result = channel.result();
    if (progress && !stopped && channel.finalBytes() > reported) {
        progress(channel.finalBytes());
    }
    if (stopped && result) {
        result->messages = given;
        result->cancelled = true;
    }
    return result;
}

} // namespace rebind
