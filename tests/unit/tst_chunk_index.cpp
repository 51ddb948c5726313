#include "repository/ChunkIndex.h"

#include <QRandomGenerator>
#include <QTest>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <set>
#include <sys/resource.h>
#include <vector>

using namespace lifeboat::repository;

namespace {

ChunkId randomId(QRandomGenerator& random)
{
    ChunkId id;
    for (auto& byte : id)
        byte = static_cast<std::uint8_t>(random.bounded(256));
    return id;
}

BlobLocation locationFor(quint32 n)
{
    BlobLocation location;
    location.pack = n / 64;
    location.offset = 8 + static_cast<quint64>(n) * 100'003;
    location.length = n % 262'144 + 1;
    location.rawLength = 262'144;
    location.type = n % 7 ? BlobType::Data : BlobType::List;
    return location;
}

bool sameLocation(const BlobLocation& a, const BlobLocation& b)
{
    return a.pack == b.pack && a.offset == b.offset && a.length == b.length && a.rawLength == b.rawLength &&
           a.type == b.type;
}

// Fills `index` with `count` random ids and checks every one is found with its location.
std::vector<ChunkId> fillAndCheck(ChunkIndex& index, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<ChunkId> ids;
    ids.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        ids.push_back(randomId(random));
        index.insert(ids.back(), locationFor(static_cast<quint32>(i)), false);
    }
    return ids;
}

} // namespace

class TestChunkIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsWhatWasInserted_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::addColumn<bool>("endsOnDisk");
        QTest::addColumn<int>("count");
        QTest::newRow("in memory") << qint64(1) * 1024 * 1024 * 1024 << false << 60'000;
        // A zero budget merges every 54 ids, each merge rewriting the file: fewer ids.
        QTest::newRow("on disk from the start") << qint64(0) << true << 8'000;
        // Starts in memory, moves to a file when the table outgrows 256 KiB.
        QTest::newRow("moves to disk") << qint64(256 * 1024) << true << 60'000;
    }

    void findsWhatWasInserted()
    {
        QFETCH(qint64, budget);
        QFETCH(bool, endsOnDisk);
        QFETCH(int, count);
        ChunkIndex index(budget);
        const int kCount = count; // several doublings past the 16-page start
        const auto ids = fillAndCheck(index, kCount, 7);
        QCOMPARE(index.size(), qint64(kCount));
        QCOMPARE(index.onDisk(), endsOnDisk);
        QVERIFY(!index.failure());
        for (int i = 0; i < kCount; ++i) {
            const auto found = index.find(ids[static_cast<std::size_t>(i)]);
            QVERIFY2(found, qPrintable(QString::number(i)));
            QVERIFY(sameLocation(*found, locationFor(static_cast<quint32>(i))));
        }
        QRandomGenerator other(8);
        for (int i = 0; i < 10'000; ++i)
            QVERIFY(!index.find(randomId(other)));
        if (budget > 0 && endsOnDisk)
            QVERIFY(index.tableBytes() > budget);
        index.clear();
        QCOMPARE(index.size(), qint64(0));
        QVERIFY(!index.find(ids.front()));
        QCOMPARE(index.onDisk(), budget == 0);
    }

    void keepsOrReplacesAnExistingId()
    {
        ChunkIndex index(0);
        QRandomGenerator random(1);
        const ChunkId id = randomId(random);
        index.insert(id, locationFor(1), false);
        index.insert(id, locationFor(2), false);
        QCOMPARE(index.size(), qint64(1));
        QVERIFY(sameLocation(*index.find(id), locationFor(1)));
        index.insert(id, locationFor(3), true);
        QCOMPARE(index.size(), qint64(1));
        QVERIFY(sameLocation(*index.find(id), locationFor(3)));

        // Once merged into the on-disk table (thousands of ids later), still kept or replaced there.
        fillAndCheck(index, 5'000, 2);
        index.insert(id, locationFor(4), false);
        QVERIFY(sameLocation(*index.find(id), locationFor(3)));
        index.insert(id, locationFor(5), true);
        QVERIFY(sameLocation(*index.find(id), locationFor(5)));
        QCOMPARE(index.size(), qint64(5'001));
    }

    // Ids sharing their leading bits all want the same home page: probing must run on
    // through full pages (and past the last home page) and still find each one.
    void survivesCollidingHomes()
    {
        ChunkIndex index(0);
        QRandomGenerator random(3);
        std::vector<ChunkId> ids;
        for (int i = 0; i < 500; ++i) {
            ChunkId id = randomId(random);
            for (int b = 0; b < 8; ++b)
                id[static_cast<std::size_t>(b)] = 0xff; // the last home page
            ids.push_back(id);
            index.insert(id, locationFor(static_cast<quint32>(i)), false);
        }
        QCOMPARE(index.size(), qint64(500));
        for (int i = 0; i < 500; ++i)
            QVERIFY(sameLocation(*index.find(ids[static_cast<std::size_t>(i)]),
                                 locationFor(static_cast<quint32>(i))));
    }

    void visitsEveryEntryOnceAndErases()
    {
        ChunkIndex index(0);
        constexpr int kCount = 20'000;
        const auto ids = fillAndCheck(index, kCount, 11);
        qint64 visited = 0;
        std::set<quint32> packs;
        index.forEach([&](const ChunkId&, const BlobLocation& location) {
            ++visited;
            packs.insert(location.pack);
        });
        QCOMPARE(visited, qint64(kCount));
        QCOMPARE(packs.size(), std::size_t((kCount + 63) / 64));

        // Prune forgetting the even packs.
        index.eraseIf([](const BlobLocation& location) { return location.pack % 2 == 0; });
        for (int i = 0; i < kCount; ++i) {
            const bool kept = (static_cast<quint32>(i) / 64) % 2 == 1;
            QCOMPARE(index.find(ids[static_cast<std::size_t>(i)]).has_value(), kept);
        }
        qint64 remaining = 0;
        index.forEach([&](const ChunkId&, const BlobLocation&) { ++remaining; });
        QCOMPARE(index.size(), remaining);
        index.clear();
        QCOMPARE(index.size(), qint64(0));
        QVERIFY(!index.find(ids.front()));
    }

    // Verify and prune read the index pack by pack: every entry once, in its pack's group,
    // groups in pack order and sorted by offset, whether the table is in memory or on disk.
    void groupsEntriesByPack_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("in memory") << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("on disk") << qint64(0);
    }

    void groupsEntriesByPack()
    {
        QFETCH(qint64, budget);
        ChunkIndex index(budget);
        constexpr int kCount = 9'000; // locationFor() puts 64 ids in a pack, offsets rising
        index.beginBulkLoad();
        const auto ids = fillAndCheck(index, kCount, 31);
        index.endBulkLoad();
        const quint32 packCount = (kCount + 63) / 64;
        std::set<ChunkId> seen;
        qint64 lastPack = -1;
        bool ordered = true;
        QVERIFY(index.forEachPack(packCount, [&](quint32 pack, ChunkIndex::PackEntries& entries) {
            ordered = ordered && qint64(pack) > lastPack && !entries.empty();
            lastPack = pack;
            for (std::size_t i = 0; i < entries.size(); ++i) {
                ordered = ordered && entries[i].second.pack == pack &&
                          (i == 0 || entries[i - 1].second.offset < entries[i].second.offset);
                seen.insert(entries[i].first);
            }
            return true;
        }));
        QVERIFY(ordered);
        QCOMPARE(lastPack, qint64(packCount - 1));
        QCOMPARE(seen.size(), std::size_t(kCount));
        int visited = 0;
        QVERIFY(
            !index.forEachPack(packCount, [&](quint32, ChunkIndex::PackEntries&) { return ++visited < 3; }));
        QCOMPARE(visited, 3);
    }

    // Opening a large repository: ids collected into buckets on disk and the table built in
    // one pass. An id listed twice keeps its first location, as with single inserts.
    void bulkLoadBuildsTheSameIndex_data()
    {
        QTest::addColumn<qint64>("budget");
        QTest::newRow("fits in memory") << qint64(1) * 1024 * 1024 * 1024;
        QTest::newRow("spills to disk") << qint64(256 * 1024);
        QTest::newRow("on disk from the start") << qint64(0);
    }

    void bulkLoadBuildsTheSameIndex()
    {
        QFETCH(qint64, budget);
        ChunkIndex index(budget);
        constexpr int kCount = 50'000;
        index.beginBulkLoad();
        const auto ids = fillAndCheck(index, kCount, 21);
        for (int i = 0; i < 1'000; ++i) // listed again, in another pack
            index.insert(ids[static_cast<std::size_t>(i)], locationFor(static_cast<quint32>(kCount + i)),
                         false);
        index.endBulkLoad();
        QVERIFY(!index.failure());
        QCOMPARE(index.size(), qint64(kCount));
        QCOMPARE(index.onDisk(), budget < 1024 * 1024);
        for (int i = 0; i < kCount; ++i)
            QVERIFY(sameLocation(*index.find(ids[static_cast<std::size_t>(i)]),
                                 locationFor(static_cast<quint32>(i))));
        QRandomGenerator other(22);
        for (int i = 0; i < 5'000; ++i)
            QVERIFY(!index.find(randomId(other)));
        // And it takes ordinary inserts afterwards.
        const auto more = fillAndCheck(index, 5'000, 23);
        QCOMPARE(index.size(), qint64(kCount + 5'000));
        for (std::size_t i = 0; i < more.size(); ++i)
            QVERIFY(sameLocation(*index.find(more[i]), locationFor(static_cast<quint32>(i))));
    }

    // A full disk (a file size limit here) must be reported, and what was inserted before
    // stays findable: the table that could not grow is kept.
    void reportsAFullDisk()
    {
        ChunkIndex index(0);
        const auto before = fillAndCheck(index, 600, 5); // fits the 16-page start
        QVERIFY(!index.failure());

        rlimit old{};
        QVERIFY(getrlimit(RLIMIT_FSIZE, &old) == 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 100 * 1024; // the first doubling (32 pages, 128 KiB) exceeds it
        QVERIFY(setrlimit(RLIMIT_FSIZE, &small) == 0);
        QRandomGenerator random(6);
        for (int i = 0; i < 2'000; ++i)
            index.insert(randomId(random), locationFor(static_cast<quint32>(i)), false);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);

        const auto failure = index.failure();
        QVERIFY(failure);
        QCOMPARE(failure->code, QStringLiteral("repository.index_io"));
        QVERIFY2(failure->message.contains(QString::fromLocal8Bit(std::strerror(EFBIG))),
                 qPrintable(failure->message));
        for (std::size_t i = 0; i < before.size(); ++i)
            QVERIFY(sameLocation(*index.find(before[i]), locationFor(static_cast<quint32>(i))));
    }
};

QTEST_GUILESS_MAIN(TestChunkIndex)
#include "tst_chunk_index.moc"
