#include "repository/Crypto.h"

#include <QCoreApplication>
#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>
#include <sodium.h>
#include <stdexcept>

namespace lifeboat::repository {

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
        throw std::runtime_error("the system random number generator failed");
    return bytes;
}

Digest sha256(std::span<const std::uint8_t> data)
{
    Digest digest{};
    unsigned int length = 0;
    EVP_Digest(data.data(), data.size(), digest.data(), &length, EVP_sha256(), nullptr);
    return digest;
}

Result<Key> deriveKey(const QByteArray& password, const QByteArray& salt, const ScryptParams& params)
{
    Key key{};
    const Error failed{
        QStringLiteral("repository.kdf_failed"),
        QCoreApplication::translate("lifeboat::repository::Repository",
                                    "The key derivation (scrypt) failed; the key file's parameters "
                                    "may be damaged.")};
    // 1 GiB is far above what the parameters we write need (128 * r * N = 32 MiB), and
    // keeps a hostile key file from asking for unbounded memory.
    const quint64 maxMemory = quint64(1) << 30;
    const bool powerOfTwo = params.n > 1 && (params.n & (params.n - 1)) == 0;
    if (!powerOfTwo || params.r == 0 || params.p == 0 || params.r > maxMemory / 128 ||
        params.n > maxMemory / (128 * params.r) || params.p > maxMemory / (128 * params.r) ||
        128 * params.r * (params.n + 2 + params.p) > maxMemory)
        return failed;
    // libsodium's scrypt is the same function (RFC 7914; the output is identical, which
    // tst_repository checks against OpenSSL's) with a vectorised core: it unlocks a
    // repository in about two thirds of the time, at the same cost to an attacker.
    if (sodium_init() >= 0) {
        if (crypto_pwhash_scryptsalsa208sha256_ll(
                reinterpret_cast<const std::uint8_t*>(password.constData()),
                static_cast<size_t>(password.size()), reinterpret_cast<const std::uint8_t*>(salt.constData()),
                static_cast<size_t>(salt.size()), params.n, static_cast<std::uint32_t>(params.r),
                static_cast<std::uint32_t>(params.p), key.data(), key.size()) != 0)
            return failed;
        return key;
    }
    if (EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                       reinterpret_cast<const unsigned char*>(salt.constData()),
                       static_cast<size_t>(salt.size()), params.n, params.r, params.p, maxMemory, key.data(),
                       key.size()) != 1)
        return failed;
    return key;
}

ChunkHasher::ChunkHasher(const Key* idKey)
{
    if (!idKey)
        return;
    EVP_MAC* mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    m_template = EVP_MAC_CTX_new(mac);
    EVP_MAC_free(mac);
    char digestName[] = "SHA256";
    OSSL_PARAM params[] = {OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digestName, 0),
                           OSSL_PARAM_construct_end()};
    if (!m_template || EVP_MAC_init(m_template, idKey->data(), idKey->size(), params) != 1)
        throw std::runtime_error("cannot initialise HMAC-SHA256");
}

ChunkHasher::~ChunkHasher()
{
    EVP_MAC_CTX_free(m_template);
}

Digest ChunkHasher::hash(std::span<const std::uint8_t> data)
{
    if (!m_template)
        return sha256(data);
    Digest digest{};
    // Duplicating the keyed context skips re-running the HMAC key schedule per chunk.
    EVP_MAC_CTX* ctx = EVP_MAC_CTX_dup(m_template);
    size_t length = 0;
    EVP_MAC_update(ctx, data.data(), data.size());
    EVP_MAC_final(ctx, digest.data(), &length, digest.size());
    EVP_MAC_CTX_free(ctx);
    return digest;
}

Sealer::Sealer(const Key& key)
    : m_key(key)
    , m_ctx(EVP_CIPHER_CTX_new())
{
    if (!m_ctx)
        throw std::runtime_error("cannot allocate a cipher context");
}

Sealer::~Sealer()
{
    EVP_CIPHER_CTX_free(m_ctx);
    OPENSSL_cleanse(m_key.data(), m_key.size());
}

bool Sealer::seal(std::span<const std::uint8_t> plain, std::span<const std::uint8_t> aad, QByteArray& out)
{
    return seal({}, plain, aad, out);
}

bool Sealer::seal(std::span<const std::uint8_t> head, std::span<const std::uint8_t> plain,
                  std::span<const std::uint8_t> aad, QByteArray& out)
{
    const auto start = out.size();
    const std::size_t total = head.size() + plain.size();
    out.resize(start + static_cast<qsizetype>(total + kSealOverhead));
    auto* base = reinterpret_cast<unsigned char*>(out.data() + start);
    unsigned char* nonce = base;
    unsigned char* cipher = base + kNonceSize;
    unsigned char* tag = cipher + total;
    if (RAND_bytes(nonce, kNonceSize) != 1)
        return false;
    int length = 0;
    if (EVP_EncryptInit_ex(m_ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), nonce) != 1)
        return false;
    if (!aad.empty() &&
        EVP_EncryptUpdate(m_ctx, nullptr, &length, aad.data(), static_cast<int>(aad.size())) != 1)
        return false;
    // GCM is a stream mode: two updates give the ciphertext of the joined message.
    int written = 0;
    if (!head.empty()) {
        if (EVP_EncryptUpdate(m_ctx, cipher, &length, head.data(), static_cast<int>(head.size())) != 1)
            return false;
        written += length;
    }
    if (EVP_EncryptUpdate(m_ctx, cipher + written, &length, plain.data(), static_cast<int>(plain.size())) !=
        1)
        return false;
    written += length;
    if (EVP_EncryptFinal_ex(m_ctx, cipher + written, &length) != 1)
        return false;
    return EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_GET_TAG, kTagSize, tag) == 1;
}

bool Sealer::open(std::span<const std::uint8_t> sealed, std::span<const std::uint8_t> aad, QByteArray& out)
{
    if (sealed.size() < kSealOverhead)
        return false;
    const std::size_t cipherSize = sealed.size() - kSealOverhead;
    const unsigned char* nonce = sealed.data();
    const unsigned char* cipher = nonce + kNonceSize;
    const unsigned char* tag = cipher + cipherSize;
    out.resize(static_cast<qsizetype>(cipherSize));
    auto* plain = reinterpret_cast<unsigned char*>(out.data());
    int length = 0;
    if (EVP_DecryptInit_ex(m_ctx, EVP_aes_256_gcm(), nullptr, m_key.data(), nonce) != 1)
        return false;
    if (!aad.empty() &&
        EVP_DecryptUpdate(m_ctx, nullptr, &length, aad.data(), static_cast<int>(aad.size())) != 1)
        return false;
    if (EVP_DecryptUpdate(m_ctx, plain, &length, cipher, static_cast<int>(cipherSize)) != 1)
        return false;
    if (EVP_CIPHER_CTX_ctrl(m_ctx, EVP_CTRL_GCM_SET_TAG, kTagSize, const_cast<unsigned char*>(tag)) != 1)
        return false;
    return EVP_DecryptFinal_ex(m_ctx, plain + length, &length) == 1;
}

} // namespace lifeboat::repository
