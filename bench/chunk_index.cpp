// Peak memory and speed of the repository's chunk index at a size no test repository
// reaches: N random chunk ids (N = 10 million is 2.4 TiB of unique data at 256 KiB chunks)
// loaded the way opening a repository loads its index files, looked up, then N/10 more
// added one by one as a backup does.
// `--hash-map` measures a std::unordered_map of the same entries for comparison (what the
// index was before it got its own table).

#include "repository/ChunkIndex.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <type_traits>
#include <unordered_map>

using namespace lifeboat::repository;

namespace {

ChunkId idNumber(quint64 seed, quint64 n)
{
    // splitmix64: deterministic and uniformly spread like HMAC ids, without hashing cost.
    quint64 state = seed * 0xD1B54A32D192ED03ULL + n * 0x9E3779B97F4A7C15ULL;
    ChunkId id;
    for (std::size_t i = 0; i < id.size(); i += 8) {
        quint64 z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        z ^= z >> 31;
        std::memcpy(id.data() + i, &z, 8);
    }
    return id;
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

struct HashMapIndex
{
    struct Hash
    {
        std::size_t operator()(const ChunkId& id) const
        {
            std::size_t h;
            std::memcpy(&h, id.data(), sizeof h);
            return h;
        }
    };
    std::unordered_map<ChunkId, BlobLocation, Hash> map;
    void insert(const ChunkId& id, const BlobLocation& location, bool) { map.emplace(id, location); }
    std::optional<BlobLocation> find(const ChunkId& id) const
    {
        auto it = map.find(id);
        return it == map.end() ? std::nullopt : std::optional<BlobLocation>(it->second);
    }
};

BlobLocation locationOf(qint64 n)
{
    BlobLocation location;
    location.pack = static_cast<quint32>(n / 64);
    location.offset = static_cast<quint64>(n % 64) * 200'000;
    location.length = 200'000;
    location.rawLength = 262'144;
    return location;
}

double secondsSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

// Opening (every id of the index files at once), lookups of present and absent ids, then a
// backup adding a tenth as many new ids one by one.
template <typename Index> QJsonObject run(Index& index, qint64 entries, qint64 lookups)
{
    QElapsedTimer timer;
    timer.start();
    if constexpr (std::is_same_v<Index, ChunkIndex>)
        index.beginBulkLoad();
    for (qint64 n = 0; n < entries; ++n)
        index.insert(idNumber(1, static_cast<quint64>(n)), locationOf(n), false);
    if constexpr (std::is_same_v<Index, ChunkIndex>)
        index.endBulkLoad();
    const double loadSeconds = secondsSince(timer);

    timer.restart();
    qint64 hits = 0;
    for (qint64 i = 0; i < lookups; ++i) {
        const quint64 n = static_cast<quint64>(i) * 7919 % static_cast<quint64>(entries);
        hits += index.find(idNumber(1, n)).has_value();
        hits += index.find(idNumber(2, n)).has_value(); // absent: another seed
    }
    const double lookupSeconds = secondsSince(timer);
    if (hits != lookups) {
        std::fprintf(stderr, "wrong lookups: %lld hits for %lld present ids\n", static_cast<long long>(hits),
                     static_cast<long long>(lookups));
        std::exit(1);
    }

    timer.restart();
    const qint64 added = entries / 10;
    for (qint64 n = 0; n < added; ++n)
        index.insert(idNumber(3, static_cast<quint64>(n)), locationOf(n), false);
    const double addSeconds = secondsSince(timer);
    if (!index.find(idNumber(3, 0)) || !index.find(idNumber(1, 0))) {
        std::fprintf(stderr, "lost an id\n");
        std::exit(1);
    }
    return {{QStringLiteral("entries"), entries},
            {QStringLiteral("load_seconds"), loadSeconds},
            {QStringLiteral("lookups"), lookups * 2},
            {QStringLiteral("lookup_us"), lookupSeconds * 1e6 / static_cast<double>(lookups * 2)},
            {QStringLiteral("added"), added},
            {QStringLiteral("add_us"), addSeconds * 1e6 / static_cast<double>(std::max<qint64>(added, 1))},
            {QStringLiteral("peak_rss_kib"), peakRssKiB()}};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chunk index memory and speed at repository scale."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("entries"), QStringLiteral("Chunk ids to insert."), QStringLiteral("N"),
                      QStringLiteral("10000000")});
    parser.addOption({QStringLiteral("lookups"), QStringLiteral("Present and as many absent ids looked up."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("budget"), QStringLiteral("Memory budget of the index in bytes."),
                      QStringLiteral("BYTES"), QString::number(ChunkIndex::kDefaultMemoryBudget)});
    parser.addOption({QStringLiteral("hash-map"), QStringLiteral("Measure a std::unordered_map instead.")});
    parser.process(app);
    const qint64 entries = parser.value(QStringLiteral("entries")).toLongLong();
    const qint64 lookups = std::min(parser.value(QStringLiteral("lookups")).toLongLong(), entries);
    if (entries <= 0) {
        std::fprintf(stderr, "--entries must be positive\n");
        return 2;
    }

    QJsonObject result;
    if (parser.isSet(QStringLiteral("hash-map"))) {
        HashMapIndex index;
        result = run(index, entries, lookups);
        result.insert(QStringLiteral("store"), QStringLiteral("std::unordered_map"));
    } else {
        ChunkIndex index(parser.value(QStringLiteral("budget")).toLongLong());
        result = run(index, entries, lookups);
        result.insert(QStringLiteral("store"),
                      index.onDisk() ? QStringLiteral("file") : QStringLiteral("memory"));
        result.insert(QStringLiteral("table_bytes"), index.tableBytes());
        if (auto failure = index.failure()) {
            std::fprintf(stderr, "%s\n", qPrintable(failure->message));
            return 1;
        }
    }
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
