#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

struct evp_cipher_ctx_st;
struct evp_mac_ctx_st;

namespace lifeboat::repository {

inline constexpr std::size_t kKeySize = 32;
inline constexpr std::size_t kNonceSize = 12;
inline constexpr std::size_t kTagSize = 16;
inline constexpr std::size_t kSealOverhead = kNonceSize + kTagSize;

using Key = std::array<std::uint8_t, kKeySize>;
using Digest = std::array<std::uint8_t, 32>;

QByteArray randomBytes(int count);
Digest sha256(std::span<const std::uint8_t> data);

// Keys derived from the password with scrypt (memory-hard; libsodium's, or OpenSSL 3's).
struct ScryptParams
{
    quint64 n = 1 << 15;
    quint64 r = 8;
    quint64 p = 1;
};
Result<Key> deriveKey(const QByteArray& password, const QByteArray& salt, const ScryptParams& params);

// The identifier of a piece of data: HMAC-SHA256 under the repository's id key when the
// repository is encrypted (ids then reveal nothing about the content), plain SHA-256
// otherwise. One instance per thread: it keeps OpenSSL state between calls.
class ChunkHasher
{
public:
    explicit ChunkHasher(const Key* idKey); // nullptr: plain SHA-256
    ~ChunkHasher();
    ChunkHasher(const ChunkHasher&) = delete;
    ChunkHasher& operator=(const ChunkHasher&) = delete;

    Digest hash(std::span<const std::uint8_t> data);

private:
    evp_mac_ctx_st* m_template = nullptr;
};

// AES-256-GCM with a random 96-bit nonce per message; the sealed form is
// nonce || ciphertext || tag. `aad` binds the message to its context (its id and kind),
// so a valid ciphertext moved to another place fails to open. One instance per thread.
class Sealer
{
public:
    explicit Sealer(const Key& key);
    ~Sealer();
    Sealer(const Sealer&) = delete;
    Sealer& operator=(const Sealer&) = delete;

    // Appends the sealed message to `out`.
    bool seal(std::span<const std::uint8_t> plain, std::span<const std::uint8_t> aad, QByteArray& out);
    // Seals `head` followed by `plain` as one message, without joining them first: saves
    // a copy of every chunk stored uncompressed.
    bool seal(std::span<const std::uint8_t> head, std::span<const std::uint8_t> plain,
              std::span<const std::uint8_t> aad, QByteArray& out);
    // Replaces `out` with the plaintext; false if the message was altered or the key is wrong.
    bool open(std::span<const std::uint8_t> sealed, std::span<const std::uint8_t> aad, QByteArray& out);

private:
    Key m_key;
    evp_cipher_ctx_st* m_ctx = nullptr;
};

inline std::span<const std::uint8_t> bytesOf(const QByteArray& data)
{
    return {reinterpret_cast<const std::uint8_t*>(data.constData()), static_cast<std::size_t>(data.size())};
}

} // namespace lifeboat::repository
