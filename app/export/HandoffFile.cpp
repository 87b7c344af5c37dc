// SPDX-FileCopyrightText: 2026 The Rebind authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoffFile.h"

#include "SecureBytes.h"
#include "SnapshotJson.h"

#include <algorithm>
#include <optional>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>
#include <sodium.h>

namespace rebind {

namespace {

using Stream = crypto_secretstream_xchacha20poly1305_state;

constexpr char kMagic[] = {'R', 'E', 'B', 'I', 'N', 'D', 'H', 'O'};
constexpr qsizetype kMagicSize = sizeof(kMagic);
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kPrefixSize = kMagicSize + 1 + 1 + 4 + 1 + kSaltSize + 8;
constexpr qsizetype kStreamHeaderSize = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr qsizetype kHeaderSize = kPrefixSize + kStreamHeaderSize;
constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kSealOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;

static_assert(kSaltSize == crypto_pwhash_SALTBYTES, "Argon2id takes a 16-byte salt");
static_assert(kHeaderSize == 63, "the layout documented in HandoffFile.h");

struct Header
{
    unsigned char version = 0;
    KdfParams params;
    QByteArray salt;
    quint64 length = 0;
    QByteArray streamHeader;
};

QByteArray encodePrefix(const KdfParams& params, const QByteArray& salt, quint64 length)
{
    QByteArray out(kMagic, kMagicSize);
    out.append(char(HandoffFile::kVersion));
    out.append(char(params.algorithm));
    char ops[4];
    qToBigEndian<quint32>(params.opsLimit, ops);
    out.append(ops, 4);
    out.append(char(params.memLog2KiB));
    out.append(salt);
    char size[8];
    qToBigEndian<quint64>(length, size);
    out.append(size, 8);
    return out;
}

Header decodeHeader(const QByteArray& bytes)
{
    const char* p = bytes.constData() + kMagicSize;
    Header header;
    header.version = static_cast<unsigned char>(p[0]);
    header.params.algorithm = static_cast<std::uint8_t>(p[1]);
    header.params.opsLimit = qFromBigEndian<quint32>(p + 2);
    header.params.memLog2KiB = static_cast<std::uint8_t>(p[6]);
    header.salt = bytes.mid(kMagicSize + 7, kSaltSize);
    header.length = qFromBigEndian<quint64>(p + 7 + kSaltSize);
    header.streamHeader = bytes.mid(kPrefixSize, kStreamHeaderSize);
    return header;
}

qint64 chunkCount(qint64 length)
{
    return std::max<qint64>(1, (length + kChunk - 1) / kChunk);
}

qint64 sealedSize(qint64 length)
{
    return kHeaderSize + length + chunkCount(length) * kSealOverhead;
}

const unsigned char* bytesOf(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

// Wipes the stream state (it holds the key) however the function using it returns.
class StreamGuard
{
public:
    StreamGuard() { sodium_memzero(&m_state, sizeof m_state); }
    ~StreamGuard() { sodium_memzero(&m_state, sizeof m_state); }
    StreamGuard(const StreamGuard&) = delete;
    StreamGuard& operator=(const StreamGuard&) = delete;
    Stream* get() { return &m_state; }

private:
    Stream m_state;
};

// Best-effort wipe of the plaintext (the whole inventory) however the caller returns.
class WipeOnExit
{
public:
    explicit WipeOnExit(QByteArray& bytes) : m_bytes(bytes) {}
    ~WipeOnExit() { wipe(m_bytes); }
    WipeOnExit(const WipeOnExit&) = delete;
    WipeOnExit& operator=(const WipeOnExit&) = delete;

private:
    QByteArray& m_bytes;
};

Result<SecureBytes> deriveKey(const QString& passphrase, const QByteArray& salt,
                              const KdfParams& params)
{
    QByteArray utf8 = passphrase.toUtf8();
    SecureBytes key(crypto_secretstream_xchacha20poly1305_KEYBYTES);
    const int rc =
        crypto_pwhash(key.data(), key.size(), utf8.constData(),
                      static_cast<unsigned long long>(utf8.size()), bytesOf(salt), params.opsLimit,
                      static_cast<size_t>(params.memLimitBytes()), crypto_pwhash_ALG_ARGON2ID13);
    wipe(utf8);
    if (rc != 0) {
        return makeError(ErrorCode::Internal,
                         HandoffFile::tr("Not enough memory to derive the key (%1 MiB needed).")
                             .arg(params.memLimitBytes() / (1024 * 1024)));
    }
    return key;
}

Error changedOrWrongPassphrase()
{
    // The cipher cannot tell a wrong key from changed bytes, so neither can the message.
    return makeError(ErrorCode::WrongPassphrase,
                     HandoffFile::tr("The passphrase is wrong, or the hand-off file was changed "
                                     "after it was written."));
}

Error truncated()
{
    return makeError(ErrorCode::Damaged,
                     HandoffFile::tr("The hand-off file is incomplete: it is shorter than it "
                                     "says. It may have been cut off while being copied."));
}

Error dataAfterEnd()
{
    return makeError(ErrorCode::Damaged,
                     HandoffFile::tr("The hand-off file was changed: it has data after its end."));
}

} // namespace

Result<void> HandoffFile::write(const QString& path, const InventorySnapshot& snapshot,
                                const QString& passphrase, const KdfParams& params)
{
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    }
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::InvalidInput, tr("Please enter a passphrase for the file."));
    }
    if (!params.isSupported()) {
        return makeError(ErrorCode::InvalidInput,
                         tr("These key derivation settings are not supported."));
    }
    QByteArray json = SnapshotJson::toJson(snapshot);
    const WipeOnExit wipeJson(json);
    if (json.size() > SnapshotJson::kMaxBytes) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The inventory is too large for a hand-off file."));
    }
    QByteArray salt(kSaltSize, '\0');
    randombytes_buf(salt.data(), static_cast<size_t>(salt.size()));
    auto key = deriveKey(passphrase, salt, params);
    if (!key) {
        return key.error();
    }
    StreamGuard stream;
    QByteArray header = encodePrefix(params, salt, static_cast<quint64>(json.size()));
    QByteArray streamHeader(kStreamHeaderSize, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        stream.get(), reinterpret_cast<unsigned char*>(streamHeader.data()), key->data());
    header.append(streamHeader);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return makeError(ErrorCode::Unwritable,
                         tr("The hand-off file cannot be written at this location."));
    }
    bool written = file.write(header) == header.size();
    const qint64 chunks = chunkCount(json.size());
    QByteArray sealed;
    for (qint64 i = 0; i < chunks && written; ++i) {
        const qint64 offset = i * kChunk;
        const qint64 length = std::min<qint64>(kChunk, json.size() - offset);
        const bool last = i == chunks - 1;
        sealed.resize(length + kSealOverhead);
        unsigned long long sealedLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            stream.get(), reinterpret_cast<unsigned char*>(sealed.data()), &sealedLength,
            bytesOf(json) + offset, static_cast<unsigned long long>(length),
            i == 0 ? bytesOf(header) : nullptr,
            i == 0 ? static_cast<unsigned long long>(header.size()) : 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                 : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
        written = file.write(sealed.constData(), qint64(sealedLength)) == qint64(sealedLength);
    }
    if (!written || !file.commit()) {
        file.cancelWriting();
        if (file.error() == QFileDevice::ResourceError) {
            return makeError(ErrorCode::DiskFull,
                             tr("The disk is full: the hand-off file could not be written."));
        }
        return makeError(ErrorCode::Unwritable,
                         tr("The hand-off file could not be written: %1").arg(file.errorString()));
    }
    return {};
}

Result<InventorySnapshot> HandoffFile::read(const QString& path, const QString& passphrase)
{
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Internal, tr("The cryptography library could not start."));
    }
    QFile file(path);
    if (!QFileInfo::exists(path)) {
        return makeError(ErrorCode::Missing, tr("The hand-off file does not exist."));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Damaged,
                         tr("The hand-off file cannot be read: %1").arg(file.errorString()));
    }
    // size() is only known for a regular file (0 for a device or a FIFO, stale for a file that
    // grows), so it may refuse a file early but never vouch for one: what is read below is
    // bounded by the length in the header, and the end is checked by reading past it.
    const std::optional<qint64> size =
        file.isSequential() ? std::nullopt : std::optional<qint64>(file.size());
    if (size && *size > kMaxFileBytes) {
        return makeError(ErrorCode::InvalidInput,
                         tr("The file is larger than %1 MiB; it cannot be a hand-off file.")
                             .arg(kMaxFileBytes / (1024 * 1024)));
    }
    const QByteArray headerBytes = file.read(kHeaderSize);
    if (headerBytes.size() < kMagicSize ||
        !headerBytes.startsWith(QByteArray(kMagic, kMagicSize))) {
        return makeError(ErrorCode::NotAVault, tr("This is not a Rebind hand-off file."));
    }
    if (headerBytes.size() < kHeaderSize) {
        return truncated();
    }
    const Header header = decodeHeader(headerBytes);
    if (header.version == 0) {
        return makeError(ErrorCode::NotAVault, tr("This is not a Rebind hand-off file."));
    }
    if (header.version > kVersion) {
        return makeError(ErrorCode::TooNew, tr("This hand-off file was made by a newer version of "
                                               "Rebind. Update Rebind to open it."));
    }
    if (!header.params.isSupported()) {
        return makeError(ErrorCode::Damaged,
                         tr("The hand-off file is damaged: its key derivation settings are not "
                            "supported."));
    }
    if (header.length > quint64(SnapshotJson::kMaxBytes)) {
        return makeError(ErrorCode::Damaged,
                         tr("The hand-off file is damaged: it claims to hold more than %1 MiB.")
                             .arg(SnapshotJson::kMaxBytes / (1024 * 1024)));
    }
    const qint64 length = qint64(header.length);
    if (size && *size < sealedSize(length)) {
        return truncated();
    }
    if (size && *size > sealedSize(length)) {
        return dataAfterEnd();
    }

    auto key = deriveKey(passphrase, header.salt, header.params);
    if (!key) {
        return key.error();
    }
    StreamGuard stream;
    if (crypto_secretstream_xchacha20poly1305_init_pull(stream.get(), bytesOf(header.streamHeader),
                                                        key->data()) != 0) {
        return changedOrWrongPassphrase();
    }
    key->clear();
    QByteArray plaintext(length, '\0');
    const WipeOnExit wipePlaintext(plaintext);
    const qint64 chunks = chunkCount(length);
    for (qint64 i = 0; i < chunks; ++i) {
        const qint64 offset = i * kChunk;
        const qint64 chunkLength = std::min<qint64>(kChunk, length - offset);
        const QByteArray sealed = file.read(chunkLength + kSealOverhead);
        if (sealed.size() != chunkLength + kSealOverhead) {
            return truncated(); // shrank while being read
        }
        unsigned long long opened = 0;
        unsigned char tag = 0;
        const int rc = crypto_secretstream_xchacha20poly1305_pull(
            stream.get(), reinterpret_cast<unsigned char*>(plaintext.data()) + offset, &opened,
            &tag, bytesOf(sealed), static_cast<unsigned long long>(sealed.size()),
            i == 0 ? bytesOf(headerBytes) : nullptr,
            i == 0 ? static_cast<unsigned long long>(headerBytes.size()) : 0);
        const bool last = i == chunks - 1;
        if (rc != 0 || qint64(opened) != chunkLength ||
            (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) != last) {
            return changedOrWrongPassphrase();
        }
    }
    char extra = 0;
    const qint64 more = file.read(&extra, 1);
    if (more > 0) {
        return dataAfterEnd(); // grew while being read, or a device that goes on
    }
    if (more < 0) {
        return makeError(ErrorCode::Damaged,
                         tr("The hand-off file cannot be read: %1").arg(file.errorString()));
    }
    auto snapshot = SnapshotJson::fromJson(plaintext);
    if (!snapshot) {
        return makeError(snapshot.code(),
                         tr("The hand-off file opened, but its contents are not valid. %1")
                             .arg(snapshot.message()));
    }
    return snapshot;
}

} // namespace rebind
