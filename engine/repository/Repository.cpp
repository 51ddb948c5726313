#include "repository/Repository.h"

#include "core/Logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtEndian>
#include <map>
#include <mutex>
#include <openssl/crypto.h>
#include <zstd.h>

namespace lifeboat::repository {

namespace {

const QByteArray kKeyContext = QByteArrayLiteral("lifeboat-master-key");
const QByteArray kIndexContext = QByteArrayLiteral("index");
const QByteArray kPackHeaderContext = QByteArrayLiteral("pack-header");

QByteArray manifestContext(const QString& id)
{
    return QByteArrayLiteral("manifest:") + id.toUtf8();
}

QString manifestPath(const QString& id)
{
    return QStringLiteral("snapshots/") + id;
}

template <typename T> void putLE(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out.append(bytes, sizeof(T));
}

template <typename T> bool getLE(const QByteArray& in, qsizetype& pos, T& value)
{
    if (pos + static_cast<qsizetype>(sizeof(T)) > in.size())
        return false;
    value = qFromLittleEndian<T>(in.constData() + pos);
    pos += static_cast<qsizetype>(sizeof(T));
    return true;
}

QByteArray configMac(const QJsonObject& config, const Key& idKey)
{
    QJsonObject unsignedConfig = config;
    unsignedConfig.remove(QStringLiteral("mac"));
    ChunkHasher hasher(&idKey);
    const QByteArray canonical = QJsonDocument(unsignedConfig).toJson(QJsonDocument::Compact);
    const Digest mac = hasher.hash(bytesOf(QByteArrayLiteral("config:") + canonical));
    return QByteArray(reinterpret_cast<const char*>(mac.data()), static_cast<qsizetype>(mac.size())).toHex();
}

} // namespace

// ---------------------------------------------------------------- BlobCodec

BlobCodec::BlobCodec(const Repository& repository)
    : m_repository(repository)
    , m_hasher(repository.idKey())
    , m_sealer(repository.encryptionKey() ? std::make_unique<Sealer>(*repository.encryptionKey()) : nullptr)
    , m_cctx(ZSTD_createCCtx())
    , m_dctx(ZSTD_createDCtx())
{
    ZSTD_CCtx_setParameter(m_cctx, ZSTD_c_compressionLevel, repository.config().compressionLevel);
}

BlobCodec::~BlobCodec()
{
    ZSTD_freeCCtx(m_cctx);
    ZSTD_freeDCtx(m_dctx);
}

bool BlobCodec::worthCompressing(std::span<const std::uint8_t> plain)
{
    // Random or already-compressed data costs zstd as much time as text but gains
    // nothing; two small samples tell them apart for a few percent of the cost.
    constexpr std::size_t kSample = 8192;
    if (plain.size() < 8 * kSample)
        return true;
    m_sample.resize(static_cast<qsizetype>(ZSTD_compressBound(kSample)));
    const auto compresses = [&](std::size_t offset) {
        const size_t size = ZSTD_compress2(m_cctx, m_sample.data(), static_cast<size_t>(m_sample.size()),
                                           plain.data() + offset, kSample);
        return !ZSTD_isError(size) && size < kSample * 97 / 100;
    };
    return compresses(0) || compresses((plain.size() / 2) & ~std::size_t(4095));
}

void BlobCodec::encode(const ChunkId& id, BlobType type, std::span<const std::uint8_t> plain, QByteArray& out)
{
    // Layout before sealing: one byte of Compression, then the payload.
    m_scratch.resize(static_cast<qsizetype>(1 + ZSTD_compressBound(plain.size())));
    size_t compressed = ZSTD_CONTENTSIZE_ERROR;
    if (worthCompressing(plain))
        compressed = ZSTD_compress2(m_cctx, m_scratch.data() + 1, static_cast<size_t>(m_scratch.size() - 1),
                                    plain.data(), plain.size());
    if (!ZSTD_isError(compressed) && compressed < plain.size()) {
        m_scratch[0] = static_cast<char>(Compression::Zstd);
        m_scratch.resize(static_cast<qsizetype>(1 + compressed));
    } else {
        // Incompressible data (random, already compressed) is stored as it is, sealed
        // straight from the caller's buffer.
        const std::uint8_t header = static_cast<std::uint8_t>(Compression::None);
        out.resize(0);
        if (!m_sealer) {
            out.reserve(static_cast<qsizetype>(1 + plain.size()));
            out.append(static_cast<char>(header));
            out.append(reinterpret_cast<const char*>(plain.data()), static_cast<qsizetype>(plain.size()));
            return;
        }
        std::array<std::uint8_t, 33> aad{};
        std::copy(id.begin(), id.end(), aad.begin());
        aad[32] = static_cast<std::uint8_t>(type);
        m_sealer->seal(std::span<const std::uint8_t>(&header, 1), plain, aad, out);
        return;
    }
    out.resize(0); // keeps the allocation for the next chunk
    if (!m_sealer) {
        out = m_scratch;
        return;
    }
    std::array<std::uint8_t, 33> aad{};
    std::copy(id.begin(), id.end(), aad.begin());
    aad[32] = static_cast<std::uint8_t>(type);
    m_sealer->seal(bytesOf(m_scratch), aad, out);
}

Status BlobCodec::decode(const ChunkId& id, BlobType type, const QByteArray& stored, quint32 rawLength,
                         QByteArray& plain, Rehash rehash)
{
    const QString hex = toHex(id);
    const QByteArray* payload = &stored;
    if (m_sealer) {
        std::array<std::uint8_t, 33> aad{};
        std::copy(id.begin(), id.end(), aad.begin());
        aad[32] = static_cast<std::uint8_t>(type);
        if (!m_sealer->open(bytesOf(stored), aad, m_scratch))
            return Error{QStringLiteral("repository.corrupt"),
                         tr("Chunk %1 is damaged: its authentication failed (the stored bytes were changed).")
                             .arg(hex)};
        payload = &m_scratch;
    }
    if (payload->isEmpty())
        return Error{QStringLiteral("repository.corrupt"), tr("Chunk %1 is damaged: it is empty.").arg(hex)};
    const auto compression = static_cast<Compression>(payload->at(0));
    const char* data = payload->constData() + 1;
    const auto size = static_cast<size_t>(payload->size() - 1);
    if (compression == Compression::None) {
        plain.resize(static_cast<qsizetype>(size));
        std::memcpy(plain.data(), data, size);
    } else if (compression == Compression::Zstd) {
        plain.resize(static_cast<qsizetype>(rawLength));
        const size_t got = ZSTD_decompressDCtx(m_dctx, plain.data(), rawLength, data, size);
        if (ZSTD_isError(got) || got != rawLength)
            return Error{QStringLiteral("repository.corrupt"),
                         tr("Chunk %1 is damaged: it does not decompress.").arg(hex)};
    } else {
        return Error{QStringLiteral("repository.corrupt"),
                     tr("Chunk %1 is damaged: unknown compression %2.").arg(hex).arg(int(compression))};
    }
    const bool checkId = !m_sealer || rehash == Rehash::Always;
    if (static_cast<quint32>(plain.size()) != rawLength || (checkId && m_hasher.hash(bytesOf(plain)) != id))
        return Error{QStringLiteral("repository.corrupt"),
                     tr("Chunk %1 is damaged: its content does not match its id.").arg(hex)};
    return success();
}

QByteArray BlobCodec::sealObject(const QByteArray& plain, const QByteArray& context)
{
    QByteArray out;
    if (m_sealer) {
        m_sealer->seal(bytesOf(plain), bytesOf(context), out);
        return out;
    }
    // Unencrypted objects still carry a checksum, so damage is detected rather than parsed.
    const Digest digest = sha256(bytesOf(context + plain));
    out.append(reinterpret_cast<const char*>(digest.data()), static_cast<qsizetype>(digest.size()));
    out.append(plain);
    return out;
}

std::optional<QByteArray> BlobCodec::openObject(const QByteArray& stored, const QByteArray& context)
{
    QByteArray plain;
    if (m_sealer) {
        if (!m_sealer->open(bytesOf(stored), bytesOf(context), plain))
            return std::nullopt;
        return plain;
    }
    if (stored.size() < 32)
        return std::nullopt;
    plain = stored.mid(32);
    const Digest digest = sha256(bytesOf(context + plain));
    if (std::memcmp(digest.data(), stored.constData(), 32) != 0)
        return std::nullopt;
    return plain;
}

// ---------------------------------------------------------------- Repository

Repository::Repository(std::unique_ptr<Backend> backend, RepositoryConfig config)
    : m_backend(std::move(backend))
    , m_config(std::move(config))
{}

Repository::~Repository()
{
    OPENSSL_cleanse(m_encryptionKey.data(), m_encryptionKey.size());
    OPENSSL_cleanse(m_idKey.data(), m_idKey.size());
}

Status Repository::init(Backend& backend, const QByteArray& password, const InitOptions& options)
{
    if (backend.exists(QStringLiteral("config")))
        return Error{QStringLiteral("repository.exists"),
                     tr("%1 already holds a repository; nothing was changed.").arg(backend.location())};
    if (options.chunkSize < 4096 || options.chunkSize > 16 * 1024 * 1024 || (options.chunkSize & 4095) != 0)
        return Error{QStringLiteral("repository.invalid_option"),
                     tr("The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.")};
    const bool encrypted = !password.isEmpty();
    QJsonObject config{
        {QStringLiteral("format"), QLatin1String(kFormatName)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("id"), QString::fromLatin1(randomBytes(16).toHex())},
        {QStringLiteral("chunk_size"), options.chunkSize},
        {QStringLiteral("pack_size"), QString::number(options.packSize)},
        {QStringLiteral("compression"), QStringLiteral("zstd")},
        {QStringLiteral("compression_level"), options.compressionLevel},
        {QStringLiteral("encryption"), encrypted ? QStringLiteral("aes-256-gcm") : QStringLiteral("none")},
        {QStringLiteral("id_hash"), encrypted ? QStringLiteral("hmac-sha256") : QStringLiteral("sha256")},
        {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
    };
    if (encrypted) {
        const QByteArray master = randomBytes(2 * kKeySize);
        Key idKey{};
        std::memcpy(idKey.data(), master.constData() + kKeySize, kKeySize);
        config.insert(QStringLiteral("mac"), QString::fromLatin1(configMac(config, idKey)));
        const QByteArray salt = randomBytes(32);
        auto kek = deriveKey(password, salt, options.kdf);
        if (!kek)
            return kek.error();
        QByteArray wrapped;
        Sealer(kek.value()).seal(bytesOf(master), bytesOf(kKeyContext), wrapped);
        const QJsonObject keyFile{
            {QStringLiteral("kdf"), QStringLiteral("scrypt")},
            {QStringLiteral("n"), QString::number(options.kdf.n)},
            {QStringLiteral("r"), QString::number(options.kdf.r)},
            {QStringLiteral("p"), QString::number(options.kdf.p)},
            {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
            {QStringLiteral("data"), QString::fromLatin1(wrapped.toBase64())},
            {QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        };
        if (Status stored =
                backend.putNew(QStringLiteral("keys/") + QString::fromLatin1(randomBytes(16).toHex()),
                               QJsonDocument(keyFile).toJson());
            !stored)
            return stored;
    }
    // The config goes last: a repository without it is not a repository yet, so an
    // interrupted init can simply be run again.
    return backend.putNew(QStringLiteral("config"), QJsonDocument(config).toJson());
}

Result<QString> Repository::peekId(Backend& backend)
{
    auto raw = backend.get(QStringLiteral("config"));
    if (!raw)
        return raw.error();
    const QString id = QJsonDocument::fromJson(raw.value()).object().value(QStringLiteral("id")).toString();
    if (id.isEmpty())
        return Error{
            QStringLiteral("repository.foreign"),
            tr("%1 has a config file, but it is not a Lifeboat repository's.").arg(backend.location())};
    return id;
}

Result<std::unique_ptr<Repository>> Repository::open(std::unique_ptr<Backend> backend,
                                                     const QByteArray& password)
{
    const QString location = backend->location();
    if (!backend->exists(QStringLiteral("config")))
        return Error{
            QStringLiteral("repository.not_found"),
            tr("%1 is not a Lifeboat repository (it has no config file). Check the path, or create one "
               "with 'lifeboat-cli repo init'.")
                .arg(location)};
    auto raw = backend->get(QStringLiteral("config"));
    if (!raw)
        return raw.error();
    QJsonParseError parseError{};
    const QJsonObject json = QJsonDocument::fromJson(raw.value(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError ||
        json.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        return Error{QStringLiteral("repository.foreign"),
                     tr("%1 has a config file, but it is not a Lifeboat repository's.").arg(location)};
    const int version = json.value(QStringLiteral("version")).toInt();
    if (version > kFormatVersion)
        return Error{
            QStringLiteral("repository.too_new"),
            tr("The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade "
               "Lifeboat to open it; nothing was changed.")
                .arg(location)
                .arg(version)
                .arg(kFormatVersion)};
    if (version < 1)
        return Error{QStringLiteral("repository.foreign"),
                     tr("The repository %1 has an invalid format version.").arg(location)};

    RepositoryConfig config;
    config.version = version;
    config.id = json.value(QStringLiteral("id")).toString();
    config.chunkSize = json.value(QStringLiteral("chunk_size")).toInt();
    config.packSize = json.value(QStringLiteral("pack_size")).toString().toLongLong();
    config.compressionLevel = json.value(QStringLiteral("compression_level")).toInt(kDefaultCompressionLevel);
    config.encrypted = json.value(QStringLiteral("encryption")).toString() == QLatin1String("aes-256-gcm");
    config.created = QDateTime::fromString(json.value(QStringLiteral("created")).toString(), Qt::ISODate);
    if (config.chunkSize < 4096 || config.packSize < 1024 * 1024)
        return Error{QStringLiteral("repository.corrupt"),
                     tr("The repository %1 has a damaged config file.").arg(location)};

    std::unique_ptr<Repository> repository(new Repository(std::move(backend), config));
    if (config.encrypted) {
        if (password.isEmpty())
            return Error{QStringLiteral("repository.password_required"),
                         tr("The repository %1 is encrypted: a password is needed.").arg(location)};
        auto keyFiles = repository->m_backend->list(QStringLiteral("keys"));
        if (!keyFiles)
            return keyFiles.error();
        bool unlocked = false;
        for (const QString& name : keyFiles.value()) {
            auto keyRaw = repository->m_backend->get(QStringLiteral("keys/") + name);
            if (!keyRaw)
                continue;
            const QJsonObject keyJson = QJsonDocument::fromJson(keyRaw.value()).object();
            ScryptParams params{keyJson.value(QStringLiteral("n")).toString().toULongLong(),
                                keyJson.value(QStringLiteral("r")).toString().toULongLong(),
                                keyJson.value(QStringLiteral("p")).toString().toULongLong()};
            auto kek = deriveKey(
                password, QByteArray::fromBase64(keyJson.value(QStringLiteral("salt")).toString().toLatin1()),
                params);
            if (!kek)
                continue;
            QByteArray master;
            if (!Sealer(kek.value())
                     .open(bytesOf(QByteArray::fromBase64(
                               keyJson.value(QStringLiteral("data")).toString().toLatin1())),
                           bytesOf(kKeyContext), master) ||
                master.size() != 2 * static_cast<qsizetype>(kKeySize))
                continue;
            std::memcpy(repository->m_encryptionKey.data(), master.constData(), kKeySize);
            std::memcpy(repository->m_idKey.data(), master.constData() + kKeySize, kKeySize);
            OPENSSL_cleanse(master.data(), static_cast<size_t>(master.size()));
            unlocked = true;
            break;
        }
        if (!unlocked)
            return Error{QStringLiteral("repository.wrong_password"),
                         tr("The password does not open the repository %1.").arg(location)};
        if (json.value(QStringLiteral("mac")).toString().toLatin1() != configMac(json, repository->m_idKey))
            return Error{QStringLiteral("repository.corrupt"),
                         tr("The config file of %1 was altered: its authentication failed.").arg(location)};
    }
    auto codec = repository->codec();
    if (Status loaded = repository->loadIndex(*codec); !loaded)
        return loaded.error();
    return repository;
}

// ---------------------------------------------------------------- index

QByteArray encodePackEntries(const QByteArray& packId,
                             const std::vector<std::pair<ChunkId, BlobLocation>>& entries)
{
    QByteArray out;
    out.reserve(static_cast<qsizetype>(36 + entries.size() * 53));
    out.append(packId);
    putLE<quint32>(out, static_cast<quint32>(entries.size()));
    for (const auto& [id, location] : entries) {
        out.append(reinterpret_cast<const char*>(id.data()), static_cast<qsizetype>(id.size()));
        out.append(static_cast<char>(location.type));
        putLE<quint64>(out, location.offset);
        putLE<quint32>(out, location.length);
        putLE<quint32>(out, location.rawLength);
    }
    return out;
}

quint32 Repository::LoadedIndex::packNumber(const QString& name)
{
    if (auto it = packByName.find(name); it != packByName.end())
        return it->second;
    const auto pack = static_cast<quint32>(packNames.size());
    packNames.push_back(name);
    packByName.emplace(name, pack);
    return pack;
}

Status Repository::parseIndexEntries(const QByteArray& plain, bool fromPackHeader,
                                     const QString& packForHeader, LoadedIndex& into) const
{
    qsizetype pos = 0;
    while (pos < plain.size()) {
        if (pos + 32 > plain.size())
            return Error{QStringLiteral("repository.corrupt"),
                         tr("An index of %1 is truncated.").arg(location())};
        const QString packName = QString::fromLatin1(plain.mid(pos, 32).toHex());
        pos += 32;
        if (fromPackHeader && !packName.endsWith(packForHeader.section(QLatin1Char('/'), -1)))
            return Error{QStringLiteral("repository.corrupt"),
                         tr("The header of pack %1 names another pack.").arg(packForHeader)};
        quint32 count = 0;
        if (!getLE(plain, pos, count))
            return Error{QStringLiteral("repository.corrupt"),
                         tr("An index of %1 is truncated.").arg(location())};
        const quint32 pack = into.packNumber(packName);
        for (quint32 i = 0; i < count; ++i) {
            ChunkId id{};
            if (pos + 33 > plain.size())
                return Error{QStringLiteral("repository.corrupt"),
                             tr("An index of %1 is truncated.").arg(location())};
            std::memcpy(id.data(), plain.constData() + pos, id.size());
            pos += 32;
            BlobLocation blob;
            blob.pack = pack;
            blob.type = static_cast<BlobType>(plain.at(pos++));
            if (!getLE(plain, pos, blob.offset) || !getLE(plain, pos, blob.length) ||
                !getLE(plain, pos, blob.rawLength))
                return Error{QStringLiteral("repository.corrupt"),
                             tr("An index of %1 is truncated.").arg(location())};
            into.index->insert(id, blob, false);
        }
    }
    return success();
}

Status Repository::readIndexFiles(BlobCodec& codec, LoadedIndex& into) const
{
    auto files = m_backend->list(QStringLiteral("index"));
    if (!files)
        return files.error();
    into.index->beginBulkLoad();
    auto endBulk = qScopeGuard([&into] { into.index->endBulkLoad(); });
    for (const QString& name : files.value()) {
        auto raw = m_backend->get(QStringLiteral("index/") + name);
        if (!raw)
            return raw.error();
        const QByteArray& bytes = raw.value();
        std::optional<QByteArray> plain;
        if (bytes.startsWith(QByteArray(kIndexMagic, sizeof kIndexMagic)))
            plain = codec.openObject(bytes.mid(sizeof kIndexMagic), kIndexContext);
        if (!plain)
            return Error{QStringLiteral("repository.corrupt"),
                         tr("The index file %1 is damaged. 'lifeboat-cli repo verify' tells what it affects.")
                             .arg(name)};
        if (Status parsed = parseIndexEntries(*plain, false, {}, into); !parsed)
            return parsed;
    }
    endBulk.dismiss();
    into.index->endBulkLoad();
    if (auto failed = into.index->failure())
        return *failed;
    return success();
}

Status Repository::loadIndex(BlobCodec& codec)
{
    for (int attempt = 0;; ++attempt) {
        LoadedIndex loaded;
        quint64 flushesBefore = 0;
        {
            std::shared_lock lock(m_indexMutex);
            flushesBefore = m_indexFlushes;
        }
        if (Status read = readIndexFiles(codec, loaded); !read)
            return read;
        std::unique_lock lock(m_indexMutex);
        // An index file this process wrote while the files were read may be missing from
        // them; its entries are only in the current table, so read again.
        if (m_indexFlushes != flushesBefore && attempt < 3)
            continue;
        // Packs this process stored but has not indexed yet stay known, under their
        // numbers in the new table.
        for (auto& [pack, entries] : m_unflushed) {
            pack = loaded.packNumber(m_packNames[pack]);
            for (auto& [id, location] : entries) {
                location.pack = pack;
                loaded.index->insert(id, location, true);
            }
        }
        // Readers (restores running on other threads) saw the old table until now and
        // see the whole new one from here: never a half-read index.
        m_index = std::move(loaded.index);
        m_packNames = std::move(loaded.packNames);
        m_packByName = std::move(loaded.packByName);
        return success();
    }
}

std::optional<Error> Repository::indexFailure() const
{
    std::shared_lock lock(m_indexMutex);
    return m_index->failure();
}

std::optional<BlobLocation> Repository::find(const ChunkId& id) const
{
    std::shared_lock lock(m_indexMutex);
    return m_index->find(id);
}

bool Repository::claim(const ChunkId& id)
{
    std::unique_lock lock(m_indexMutex);
    if (m_index->find(id))
        return false;
    return m_claimed.insert(id).second;
}

quint32 Repository::packNumber(const QString& name)
{
    if (auto it = m_packByName.find(name); it != m_packByName.end())
        return it->second;
    const auto pack = static_cast<quint32>(m_packNames.size());
    m_packNames.push_back(name);
    m_packByName.emplace(name, pack);
    return pack;
}

void Repository::addPack(const QString& name, std::vector<std::pair<ChunkId, BlobLocation>> entries)
{
    std::unique_lock lock(m_indexMutex);
    const quint32 pack = packNumber(name);
    for (auto& [id, location] : entries) {
        location.pack = pack;
        // A blob moved by prune replaces its old location.
        m_index->insert(id, location, true);
        m_claimed.erase(id);
    }
    m_unflushedEntries += static_cast<qint64>(entries.size());
    m_unflushed.emplace_back(pack, std::move(entries));
}

qint64 Repository::unflushedEntries() const
{
    std::shared_lock lock(m_indexMutex);
    return m_unflushedEntries;
}

QString Repository::packName(quint32 pack) const
{
    std::shared_lock lock(m_indexMutex);
    return pack < m_packNames.size() ? m_packNames[pack] : QString();
}

qint64 Repository::chunkCount() const
{
    std::shared_lock lock(m_indexMutex);
    return m_index->size();
}

std::vector<std::pair<QString, std::vector<std::pair<ChunkId, BlobLocation>>>> Repository::packs() const
{
    std::shared_lock lock(m_indexMutex);
    std::vector<std::pair<QString, std::vector<std::pair<ChunkId, BlobLocation>>>> result(m_packNames.size());
    for (std::size_t i = 0; i < m_packNames.size(); ++i)
        result[i].first = m_packNames[i];
    m_index->forEach([&](const ChunkId& id, const BlobLocation& location) {
        result[location.pack].second.emplace_back(id, location);
    });
    std::erase_if(result, [](const auto& pack) { return pack.first.isEmpty() || pack.second.empty(); });
    for (auto& [name, entries] : result)
        std::sort(entries.begin(), entries.end(),
                  [](const auto& a, const auto& b) { return a.second.offset < b.second.offset; });
    return result;
}

bool Repository::forEachPack(
    const std::function<bool(const QString& name, std::vector<std::pair<ChunkId, BlobLocation>>& entries)>&
        visit) const
{
    std::shared_lock lock(m_indexMutex);
    return m_index->forEachPack(static_cast<quint32>(m_packNames.size()),
                                [&](quint32 pack, ChunkIndex::PackEntries& entries) {
                                    // Packs prune dropped keep their number but lose their name.
                                    return m_packNames[pack].isEmpty() || visit(m_packNames[pack], entries);
                                });
}

Status Repository::flushIndex(BlobCodec& codec)
{
    std::vector<std::pair<quint32, std::vector<std::pair<ChunkId, BlobLocation>>>> packs;
    {
        std::unique_lock lock(m_indexMutex);
        packs.swap(m_unflushed);
        m_unflushedEntries = 0;
        ++m_indexFlushes;
    }
    if (packs.empty())
        return success();
    QByteArray plain;
    for (const auto& [pack, entries] : packs)
        plain += encodePackEntries(QByteArray::fromHex(packName(pack).toLatin1()), entries);
    const QByteArray stored =
        QByteArray(kIndexMagic, sizeof kIndexMagic) + codec.sealObject(plain, kIndexContext);
    Status written =
        m_backend->putNew(QStringLiteral("index/") + QString::fromLatin1(randomBytes(32).toHex()), stored);
    if (!written) {
        // Kept for the next flush: the packs are stored, only their index file is not.
        std::unique_lock lock(m_indexMutex);
        for (auto& pack : packs) {
            m_unflushedEntries += static_cast<qint64>(pack.second.size());
            m_unflushed.push_back(std::move(pack));
        }
    }
    return written;
}

Status Repository::reloadIndex()
{
    auto codec = this->codec();
    return loadIndex(*codec);
}

Status Repository::rewriteIndex(const std::set<quint32>& dropped, BlobCodec& codec)
{
    auto oldFiles = m_backend->list(QStringLiteral("index"));
    if (!oldFiles)
        return oldFiles.error();
    std::map<quint32, std::vector<std::pair<ChunkId, BlobLocation>>> byPack;
    {
        std::unique_lock lock(m_indexMutex);
        m_index->eraseIf([&](const BlobLocation& location) { return dropped.contains(location.pack); });
        m_index->forEach([&](const ChunkId& id, const BlobLocation& location) {
            byPack[location.pack].emplace_back(id, location);
        });
        m_unflushed.clear();
        m_unflushedEntries = 0;
        if (auto failed = m_index->failure())
            return *failed;
    }
    QByteArray plain;
    for (const auto& [pack, entries] : byPack)
        plain += encodePackEntries(QByteArray::fromHex(packName(pack).toLatin1()), entries);
    const QByteArray stored =
        QByteArray(kIndexMagic, sizeof kIndexMagic) + codec.sealObject(plain, kIndexContext);
    const QString newName = QString::fromLatin1(randomBytes(32).toHex());
    if (Status written = m_backend->putNew(QStringLiteral("index/") + newName, stored); !written)
        return written;
    for (const QString& old : oldFiles.value())
        if (Status removed = m_backend->remove(QStringLiteral("index/") + old); !removed)
            return removed;
    {
        // Forget the dropped packs' names so packs() no longer lists them.
        std::unique_lock lock(m_indexMutex);
        for (quint32 pack : dropped)
            if (pack < m_packNames.size()) {
                m_packByName.erase(m_packNames[pack]);
                m_packNames[pack].clear();
            }
    }
    return success();
}

Status Repository::load(const ChunkId& id, BlobCodec& codec, QByteArray& plain, QByteArray& scratch) const
{
    const auto location = find(id);
    if (!location)
        if (auto failed = indexFailure())
            return *failed;
    if (!location)
        return Error{QStringLiteral("repository.missing_chunk"),
                     tr("Chunk %1 is missing from the repository.").arg(toHex(id))};
    const QString pack = packName(location->pack);
    scratch.resize(location->length);
    if (Status read =
            m_backend->getRange(QStringLiteral("data/") + pack.left(2) + QLatin1Char('/') + pack,
                                static_cast<qint64>(location->offset), location->length, scratch.data());
        !read)
        return read;
    return codec.decode(id, location->type, scratch, location->rawLength, plain);
}

// ---------------------------------------------------------------- restore points

Result<QStringList> Repository::restorePointIds() const
{
    return m_backend->list(QStringLiteral("snapshots"));
}

Result<Manifest> Repository::loadManifest(const QString& id, BlobCodec& codec) const
{
    auto raw = m_backend->get(manifestPath(id));
    if (!raw) {
        if (raw.error().code == QLatin1String("repository.not_found"))
            return Error{QStringLiteral("repository.no_such_restore_point"),
                         tr("There is no restore point %1 in %2.").arg(id, location())};
        return raw.error();
    }
    auto plain = codec.openObject(raw.value(), manifestContext(id));
    if (!plain)
        return Error{QStringLiteral("repository.corrupt"),
                     tr("The restore point %1 is damaged: its authentication failed.").arg(id)};
    auto manifest = Manifest::fromJson(QJsonDocument::fromJson(*plain).object());
    if (!manifest || manifest->id != id)
        return Error{QStringLiteral("repository.corrupt"),
                     tr("The restore point %1 is damaged: its description cannot be read.").arg(id)};
    return *manifest;
}

Status Repository::saveManifest(const Manifest& manifest, BlobCodec& codec)
{
    const QByteArray plain = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    return m_backend->putNew(manifestPath(manifest.id),
                             codec.sealObject(plain, manifestContext(manifest.id)));
}

Status Repository::replaceManifest(const Manifest& manifest, BlobCodec& codec)
{
    const QByteArray plain = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Compact);
    return m_backend->put(manifestPath(manifest.id), codec.sealObject(plain, manifestContext(manifest.id)));
}

Result<std::vector<ChunkId>> Repository::chunkListSegment(const DiskManifest& disk, qsizetype segment,
                                                          BlobCodec& codec) const
{
    const qint64 chunks = (disk.size + disk.chunkSize - 1) / disk.chunkSize;
    const qint64 expected = std::min<qint64>(kIdsPerListBlob, chunks - qint64(segment) * kIdsPerListBlob);
    if (segment < 0 || segment >= disk.lists.size() || expected <= 0)
        return Error{QStringLiteral("repository.corrupt"),
                     tr("The chunk list of disk %1 has no part %2.").arg(disk.name).arg(segment)};
    QByteArray plain, scratch;
    if (Status loaded = load(disk.lists[segment], codec, plain, scratch); !loaded)
        return loaded.error();
    if (plain.size() != expected * 32)
        return Error{QStringLiteral("repository.corrupt"),
                     tr("Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.")
                         .arg(segment)
                         .arg(disk.name)
                         .arg(plain.size())
                         .arg(expected * 32)};
    std::vector<ChunkId> ids(static_cast<std::size_t>(expected));
    std::memcpy(ids.data(), plain.constData(), static_cast<std::size_t>(plain.size()));
    return ids;
}

Result<std::vector<ChunkId>> Repository::chunkList(const DiskManifest& disk, BlobCodec& codec) const
{
    std::vector<ChunkId> ids;
    for (qsizetype segment = 0; segment < disk.lists.size(); ++segment) {
        auto part = chunkListSegment(disk, segment, codec);
        if (!part)
            return part.error();
        ids.insert(ids.end(), part->begin(), part->end());
    }
    return ids;
}

QString Repository::location() const
{
    return m_backend->location();
}

} // namespace lifeboat::repository
