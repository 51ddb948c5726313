#include "../common/TestData.h"
#include "repository/Crypto.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <openssl/evp.h>
#include <set>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::repository;
using namespace lifeboat::testing;

namespace {

const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

// Overwrites `count` scattered 64 KiB blocks with fresh random data; returns the areas.
std::vector<Extent> changeBlocks(QByteArray& image, int count, quint32 seed)
{
    QRandomGenerator random(seed);
    std::vector<Extent> areas;
    const qint64 blocks = image.size() / (64 * 1024);
    for (int i = 0; i < count; ++i) {
        const qint64 offset = random.bounded(blocks) * 64 * 1024;
        random.fillRange(reinterpret_cast<quint32*>(image.data() + offset), 64 * 1024 / 4);
        areas.push_back({offset, 64 * 1024});
    }
    return areas;
}

std::unique_ptr<Repository> openRepository(const QString& path, const QByteArray& password = kPassword)
{
    auto repository = Repository::open(openLocalBackend(path), password);
    if (!repository) {
        qWarning() << repository.error().code << repository.error().message;
        return nullptr;
    }
    return std::move(repository.value());
}

} // namespace

class TestRepository : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The key derivation must give exactly what OpenSSL's scrypt gives for the same
    // parameters, or repositories made before (or elsewhere) would no longer open.
    void kdfMatchesOpenSslScrypt_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint64>("r");
        QTest::addColumn<quint64>("p");
        QTest::newRow("the parameters repositories get") << quint64(1 << 15) << quint64(8) << quint64(1);
        QTest::newRow("small, two lanes") << quint64(1 << 10) << quint64(4) << quint64(2);
    }

    void kdfMatchesOpenSslScrypt()
    {
        QFETCH(quint64, n);
        QFETCH(quint64, r);
        QFETCH(quint64, p);
        const QByteArray password = QByteArrayLiteral("correct horse \xc3\xa9 battery");
        const QByteArray salt = repository::randomBytes(32);
        auto derived = repository::deriveKey(password, salt, {n, r, p});
        QVERIFY(derived);
        repository::Key expected{};
        QCOMPARE(EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
                                reinterpret_cast<const unsigned char*>(salt.constData()),
                                static_cast<size_t>(salt.size()), n, r, p, quint64(1) << 30, expected.data(),
                                expected.size()),
                 1);
        QVERIFY(*derived == expected);
        // Parameters a hostile key file might carry are refused, not tried.
        QVERIFY(!repository::deriveKey(password, salt, {n + 1, r, p}));
        QVERIFY(!repository::deriveKey(password, salt, {quint64(1) << 40, r, p}));
        QVERIFY(!repository::deriveKey(password, salt, {n, 0, p}));
    }

    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTripIsByteIdenticalAndSparse_data()
    {
        QTest::addColumn<bool>("encrypted");
        QTest::newRow("encrypted") << true;
        QTest::newRow("unencrypted") << false;
    }
    void roundTripIsByteIdenticalAndSparse()
    {
        QFETCH(bool, encrypted);
        const QString repo = m_dir.filePath(QStringLiteral("roundtrip-%1").arg(encrypted));
        auto backend = openLocalBackend(repo);
        QVERIFY(Repository::init(*backend, encrypted ? kPassword : QByteArray()));
        auto repository = openRepository(repo, encrypted ? kPassword : QByteArray());
        QVERIFY(repository);
        QCOMPARE(repository->config().encrypted, encrypted);

        // An odd size: the last chunk is partial.
        const QByteArray image = mixedImage(24 * kMiB + 12345, 7);
        const QString imagePath = m_dir.filePath(QStringLiteral("image-%1.raw").arg(encrypted));
        writeFile(imagePath, image);
        auto source = openImageFile(imagePath);
        QVERIFY(source);
        Manifest base;
        base.vmName = QStringLiteral("web01");
        auto backup =
            backupImages(*repository, base, {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        QCOMPARE(backup->stats.bytesRead, image.size());
        QVERIFY(backup->stats.zeroChunks > 0);
        QVERIFY(backup->stats.bytesStored < image.size());

        // A fresh open sees the restore point through the index and manifest on disk.
        repository = openRepository(repo, encrypted ? kPassword : QByteArray());
        auto codec = repository->codec();
        auto manifest = repository->loadManifest(backup->manifest.id, *codec);
        QVERIFY(manifest);
        QCOMPARE(manifest->vmName, QStringLiteral("web01"));
        const QString target = m_dir.filePath(QStringLiteral("restored-%1.raw").arg(encrypted));
        auto restored = restoreImage(*repository, *manifest, QStringLiteral("disk0"), target, false);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QCOMPARE(readFile(target), image);
        struct stat info
        {
        };
        QCOMPARE(::stat(QFile::encodeName(target).constData(), &info), 0);
        QVERIFY2(info.st_blocks * 512 < image.size(), "zero chunks must be restored as holes");

        // Restoring over an existing file is refused unless asked for.
        auto again = restoreImage(*repository, *manifest, QStringLiteral("disk0"), target, false);
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("restore.target_exists"));

        auto report = verifyRepository(*repository);
        QVERIFY(report);
        QVERIFY(report->clean());
        QCOMPARE(report->restorePoints, 1);
    }

    void encryptedRepositoryHidesContent()
    {
        const QString repo = m_dir.filePath(QStringLiteral("opaque"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        QByteArray image(4 * kMiB, '\0');
        const QByteArray marker = QByteArrayLiteral("TOP-SECRET-PAYROLL-RECORD-");
        for (qsizetype i = 0; i + marker.size() <= image.size(); i += marker.size())
            std::memcpy(image.data() + i, marker.constData(), static_cast<size_t>(marker.size()));
        writeFile(m_dir.filePath(QStringLiteral("secret.raw")), image);
        auto source = openImageFile(m_dir.filePath(QStringLiteral("secret.raw")));
        QVERIFY(backupImages(*repository, Manifest{},
                             {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}}));
        QDirIterator it(repo, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            QVERIFY2(!readFile(it.next()).contains("TOP-SECRET"), qPrintable(it.filePath()));
    }

    void wrongOrMissingPasswordIsRefused()
    {
        const QString repo = m_dir.filePath(QStringLiteral("password"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto wrong = Repository::open(openLocalBackend(repo), QByteArrayLiteral("wrong"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, QStringLiteral("repository.wrong_password"));
        auto missing = Repository::open(openLocalBackend(repo), {});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("repository.password_required"));
        QVERIFY(openRepository(repo));
    }

    void initRefusesAnExistingRepository()
    {
        const QString repo = m_dir.filePath(QStringLiteral("twice"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        const QByteArray config = readFile(repo + QStringLiteral("/config"));
        const Status second = Repository::init(*openLocalBackend(repo), QByteArrayLiteral("other"));
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("repository.exists"));
        QCOMPARE(readFile(repo + QStringLiteral("/config")), config);
        QVERIFY(openRepository(repo));
    }

    void newerOrForeignFormatIsRefusedUntouched()
    {
        const QString repo = m_dir.filePath(QStringLiteral("future"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        QJsonObject config = QJsonDocument::fromJson(readFile(repo + QStringLiteral("/config"))).object();
        config.insert(QStringLiteral("version"), 99);
        const QByteArray future = QJsonDocument(config).toJson();
        writeFile(repo + QStringLiteral("/config"), future);
        auto opened = Repository::open(openLocalBackend(repo), kPassword);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("repository.too_new"));
        QVERIFY(opened.error().message.contains(QStringLiteral("99")));
        QCOMPARE(readFile(repo + QStringLiteral("/config")), future);

        writeFile(repo + QStringLiteral("/config"), QByteArrayLiteral("{\"format\":\"something-else\"}"));
        auto foreign = Repository::open(openLocalBackend(repo), kPassword);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().code, QStringLiteral("repository.foreign"));

        auto nothing =
            Repository::open(openLocalBackend(m_dir.filePath(QStringLiteral("nowhere"))), kPassword);
        QVERIFY(!nothing);
        QCOMPARE(nothing.error().code, QStringLiteral("repository.not_found"));
    }

    void alteredConfigIsDetected()
    {
        const QString repo = m_dir.filePath(QStringLiteral("altered"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        QJsonObject config = QJsonDocument::fromJson(readFile(repo + QStringLiteral("/config"))).object();
        config.insert(QStringLiteral("chunk_size"), 65536);
        writeFile(repo + QStringLiteral("/config"), QJsonDocument(config).toJson());
        auto opened = Repository::open(openLocalBackend(repo), kPassword);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("repository.corrupt"));
    }

    void corruptedAndTruncatedPacksAreReportedWithTheirRestorePoints()
    {
        const QString repo = m_dir.filePath(QStringLiteral("corrupt"));
        InitOptions options;
        options.packSize = 1 * kMiB; // several packs, so damage stays local
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword, options));
        auto repository = openRepository(repo);
        QByteArray image(16 * kMiB, '\0');
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32*>(image.data()), image.size() / 4);
        writeFile(m_dir.filePath(QStringLiteral("corrupt.raw")), image);
        auto source = openImageFile(m_dir.filePath(QStringLiteral("corrupt.raw")));
        auto backup = backupImages(*repository, Manifest{},
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(backup);

        // Flip one byte in the middle of the first data pack, and cut another pack short.
        QStringList packs;
        QDirIterator it(repo + QStringLiteral("/data"), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            packs << it.next();
        // The largest packs hold data chunks (the chunk list's pack is tiny).
        std::sort(packs.begin(), packs.end(), [](const QString& a, const QString& b) {
            return QFileInfo(a).size() > QFileInfo(b).size();
        });
        QVERIFY(packs.size() >= 3);
        QByteArray damaged = readFile(packs[0]);
        damaged[damaged.size() / 2] = static_cast<char>(damaged[damaged.size() / 2] ^ 0x40);
        writeFile(packs[0], damaged);
        QFile::resize(packs[1], QFileInfo(packs[1]).size() / 3);

        repository = openRepository(repo);
        auto report = verifyRepository(*repository);
        QVERIFY(report);
        QVERIFY(!report->clean());
        QVERIFY(report->damagedChunks.size() >= 2);
        QVERIFY(!report->damaged.isEmpty());
        for (const DamagedPlace& place : report->damaged) {
            QCOMPARE(place.restorePoint, backup->manifest.id);
            QCOMPARE(place.disk, QStringLiteral("disk0"));
            QVERIFY(place.offset >= 0 && place.offset % repository->config().chunkSize == 0);
        }

        // A restore of the damaged disk fails with a clear error and leaves no file behind.
        const QString target = m_dir.filePath(QStringLiteral("corrupt-restored.raw"));
        auto restored = restoreImage(*repository, backup->manifest, QStringLiteral("disk0"), target, false);
        QVERIFY(!restored);
        QVERIFY(restored.error().code == QStringLiteral("repository.corrupt") ||
                restored.error().code == QStringLiteral("repository.truncated"));
        QVERIFY(restored.error().message.contains(QStringLiteral("offset")));
        QVERIFY(!QFile::exists(target));
        QVERIFY(!QFile::exists(target + QStringLiteral(".lifeboat-partial")));
    }

    void damagedRestorePointDescriptionIsReported()
    {
        const QString repo = m_dir.filePath(QStringLiteral("manifest"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        writeFile(m_dir.filePath(QStringLiteral("small.raw")), mixedImage(2 * kMiB, 11));
        auto source = openImageFile(m_dir.filePath(QStringLiteral("small.raw")));
        auto backup = backupImages(*repository, Manifest{},
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(backup);
        const QString path = repo + QStringLiteral("/snapshots/") + backup->manifest.id;
        QByteArray bytes = readFile(path);
        bytes[20] = static_cast<char>(bytes[20] ^ 1);
        writeFile(path, bytes);
        auto codec = repository->codec();
        auto loaded = repository->loadManifest(backup->manifest.id, *codec);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, QStringLiteral("repository.corrupt"));
        auto report = verifyRepository(*repository);
        QVERIFY(report && !report->clean());
        QCOMPARE(report->damaged.first().restorePoint, backup->manifest.id);
    }

    void incrementalWithChangedBlocksReadsAndStoresOnlyTheChange()
    {
        const QString repo = m_dir.filePath(QStringLiteral("cbt"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        QByteArray image = mixedImage(64 * kMiB, 21);
        const QString path = m_dir.filePath(QStringLiteral("cbt.raw"));
        writeFile(path, image);
        auto source = openImageFile(path);
        auto full = backupImages(*repository, Manifest{},
                                 {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(full);
        const QByteArray fullImage = image;
        const qint64 afterFull = folderBytes(repo);

        // 1% of the disk in scattered 64 KiB blocks.
        const int blocks = static_cast<int>(image.size() / 100 / (64 * 1024));
        const std::vector<Extent> changed = changeBlocks(image, blocks, 5);
        writeFile(path, image);
        source = openImageFile(path);
        Manifest base;
        base.parent = full->manifest.id;
        DiskBackupInput input{QStringLiteral("disk0"),
                              source->get(),
                              {},
                              full->manifest.disk(QStringLiteral("disk0")),
                              changed};
        auto incremental = backupImages(*repository, base, {input});
        QVERIFY(incremental);
        const qint64 changedBytes = static_cast<qint64>(changed.size()) * 64 * 1024;
        const qint64 chunkSize = repository->config().chunkSize;
        // Only chunks that hold a change are read.
        QVERIFY2(incremental->stats.bytesRead <= static_cast<qint64>(changed.size()) * chunkSize,
                 qPrintable(QString::number(incremental->stats.bytesRead)));
        const qint64 growth = folderBytes(repo) - afterFull;
        QVERIFY2(growth <= 3 * changedBytes,
                 qPrintable(QStringLiteral("stored %1 for %2 changed").arg(growth).arg(changedBytes)));

        // Both restore points restore to their own image.
        repository = openRepository(repo);
        const QString first = m_dir.filePath(QStringLiteral("cbt-full.raw"));
        const QString second = m_dir.filePath(QStringLiteral("cbt-incr.raw"));
        QVERIFY(restoreImage(*repository, full->manifest, QStringLiteral("disk0"), first, false));
        QVERIFY(restoreImage(*repository, incremental->manifest, QStringLiteral("disk0"), second, false));
        QCOMPARE(readFile(first), fullImage);
        QCOMPARE(readFile(second), image);
    }

    void incrementalWithoutChangedBlocksStoresOnlyNewChunks()
    {
        const QString repo = m_dir.filePath(QStringLiteral("nocbt"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        QByteArray image = mixedImage(32 * kMiB, 31);
        const QString path = m_dir.filePath(QStringLiteral("nocbt.raw"));
        writeFile(path, image);
        auto source = openImageFile(path);
        auto full = backupImages(*repository, Manifest{},
                                 {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(full);
        changeBlocks(image, 5, 9);
        writeFile(path, image);
        source = openImageFile(path);
        auto incremental = backupImages(
            *repository, Manifest{},
            {{QStringLiteral("disk0"), source->get(), {}, full->manifest.disk(QStringLiteral("disk0")), {}}});
        QVERIFY(incremental);
        QCOMPARE(incremental->stats.bytesRead, image.size());
        QVERIFY(incremental->stats.newChunks <= 5);
        const QString target = m_dir.filePath(QStringLiteral("nocbt-restored.raw"));
        QVERIFY(restoreImage(*repository, incremental->manifest, QStringLiteral("disk0"), target, false));
        QCOMPARE(readFile(target), image);
    }

    void randomAccessReaderMatchesTheImage()
    {
        const QString repo = m_dir.filePath(QStringLiteral("reader"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        const QByteArray image = mixedImage(8 * kMiB + 777, 41);
        writeFile(m_dir.filePath(QStringLiteral("reader.raw")), image);
        auto source = openImageFile(m_dir.filePath(QStringLiteral("reader.raw")));
        auto backup = backupImages(*repository, Manifest{},
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(backup);
        auto reader = DiskReader::open(*repository, *backup->manifest.disk(QStringLiteral("disk0")), 4);
        QVERIFY(reader);
        QCOMPARE((*reader)->size(), image.size());
        QRandomGenerator random(1);
        for (int i = 0; i < 200; ++i) {
            const qint64 offset = random.bounded(image.size());
            const qint64 length = std::min<qint64>(random.bounded(700000), image.size() - offset);
            QByteArray buffer(length, Qt::Uninitialized);
            QVERIFY((*reader)->read(offset, buffer.data(), length));
            QCOMPARE(buffer, image.mid(offset, length));
        }
        char byte = 0;
        QVERIFY(!(*reader)->read(image.size(), &byte, 1));
    }

    // The console re-reads a repository's index when another process added to it, while a
    // restore may be reading on another thread: that restore must never see a half-read
    // index (a chunk reported missing).
    void reloadingTheIndexNeverHidesAChunk()
    {
        const QString repo = m_dir.filePath(QStringLiteral("reload"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        writeFile(m_dir.filePath(QStringLiteral("reload.raw")), mixedImage(24 * kMiB, 43));
        auto source = openImageFile(m_dir.filePath(QStringLiteral("reload.raw")));
        auto backup = backupImages(*repository, Manifest{},
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(backup);
        auto codec = repository->codec();
        auto ids = repository->chunkList(*backup->manifest.disk(QStringLiteral("disk0")), *codec);
        QVERIFY(ids);
        std::erase_if(*ids, [](const ChunkId& id) { return isZeroChunk(id); });
        QVERIFY(ids->size() > 20);

        std::atomic<bool> done{false};
        std::atomic<int> missing{0};
        std::atomic<int> lookups{0};
        std::thread reader([&] {
            while (!done)
                for (const ChunkId& id : *ids) {
                    if (!repository->find(id))
                        ++missing;
                    ++lookups;
                }
        });
        // At least 30 reloads, and on until the reader has looked up every id many times.
        for (int i = 0; (i < 30 || lookups < 50 * int(ids->size())) && i < 100'000; ++i)
            QVERIFY(repository->reloadIndex());
        done = true;
        reader.join();
        QVERIFY(lookups > 0);
        QCOMPARE(missing.load(), 0);
        // Nothing lost or doubled by the swaps: the distinct chunks and the one list blob.
        const std::set<ChunkId> distinct(ids->begin(), ids->end());
        QCOMPARE(repository->chunkCount(), qint64(distinct.size()) + 1);
    }

    void killedWriterLeavesNoPartialRestorePoint()
    {
        const QString cli = QStringLiteral(LIFEBOAT_CLI_PATH);
        const QString repo = m_dir.filePath(QStringLiteral("killed"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        const QString path = m_dir.filePath(QStringLiteral("killed.raw"));
        writeFile(path, mixedImage(96 * kMiB, 51));
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_REPO_PASSWORD"), QString::fromLatin1(kPassword));
        QRandomGenerator random(QRandomGenerator::global()->generate());
        int completed = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            QProcess writer;
            writer.setProcessEnvironment(environment);
            writer.start(cli,
                         {QStringLiteral("repo"), QStringLiteral("backup-image"), QStringLiteral("--repo"),
                          repo, QStringLiteral("--vm"), QStringLiteral("victim"), QStringLiteral("--threads"),
                          QStringLiteral("2"), path});
            QVERIFY(writer.waitForStarted());
            QTest::qWait(static_cast<int>(random.bounded(20, 400)));
            writer.kill();
            writer.waitForFinished();
            if (writer.exitStatus() == QProcess::NormalExit && writer.exitCode() == 0)
                ++completed;

            // Whatever moment the kill hit, every visible restore point is complete.
            auto repository = openRepository(repo);
            QVERIFY(repository);
            auto report = verifyRepository(*repository);
            QVERIFY(report);
            QVERIFY2(report->clean(), qPrintable(report->damagedChunks.join(QLatin1Char('\n'))));
            // A kill can land after the restore point's rename but before the process exits
            // (releasing its lock), so a writer that did not exit cleanly may still have
            // completed: the count lies between the clean exits and the attempts.
            auto ids = repository->restorePointIds();
            QVERIFY(ids);
            QVERIFY2(ids->size() >= completed && ids->size() <= attempt + 1,
                     qPrintable(QStringLiteral("%1 restore points after %2 attempts, %3 clean exits")
                                    .arg(ids->size())
                                    .arg(attempt + 1)
                                    .arg(completed)));
        }
        // And the repository still takes backups.
        auto repository = openRepository(repo);
        auto source = openImageFile(path);
        QVERIFY(backupImages(*repository, Manifest{},
                             {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}}));
    }

    void disksLongerThanOneChunkListWorkSegmentBySegment()
    {
        // 4 KiB chunks make a chunk-list blob cover 128 MiB, so a 300 MiB sparse disk
        // spans three of them without needing gigabytes in a test.
        const QString repo = m_dir.filePath(QStringLiteral("segments"));
        InitOptions options;
        options.chunkSize = 4096;
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword, options));
        auto repository = openRepository(repo);
        const qint64 size = 300 * kMiB + 4096 * 3 + 100;
        const QString path = m_dir.filePath(QStringLiteral("segments.raw"));
        auto patch = [&](qint64 offset, quint32 seed) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QByteArray data(64 * 1024, Qt::Uninitialized);
            QRandomGenerator(seed).fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
            QVERIFY(file.seek(offset));
            QCOMPARE(file.write(data), data.size());
        };
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.resize(size));
        }
        for (qint64 offset : {qint64(0), 100 * kMiB, 128 * kMiB - 8192, 200 * kMiB, size - 64 * 1024})
            patch(offset, static_cast<quint32>(offset / 4096 + 1));
        auto source = openImageFile(path);
        auto full = backupImages(*repository, Manifest{},
                                 {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(full);
        const DiskManifest* fullDisk = full->manifest.disk(QStringLiteral("disk0"));
        QCOMPARE(fullDisk->lists.size(), 3);
        const QByteArray fullBytes = readFile(path);

        // Change only the middle part: the first and last list blobs are reused unread.
        patch(150 * kMiB, 999);
        source = openImageFile(path);
        auto incremental = backupImages(*repository, Manifest{},
                                        {{QStringLiteral("disk0"),
                                          source->get(),
                                          {},
                                          fullDisk,
                                          std::vector<Extent>{{150 * kMiB, 64 * 1024}}}});
        QVERIFY(incremental);
        QCOMPARE(incremental->stats.bytesRead, 64 * 1024);
        const DiskManifest* incrementalDisk = incremental->manifest.disk(QStringLiteral("disk0"));
        QCOMPARE(incrementalDisk->lists[0], fullDisk->lists[0]);
        QVERIFY(incrementalDisk->lists[1] != fullDisk->lists[1]);
        QCOMPARE(incrementalDisk->lists[2], fullDisk->lists[2]);

        repository = openRepository(repo);
        const QString first = m_dir.filePath(QStringLiteral("segments-full.raw"));
        const QString second = m_dir.filePath(QStringLiteral("segments-incr.raw"));
        QVERIFY(restoreImage(*repository, full->manifest, QStringLiteral("disk0"), first, false));
        QVERIFY(restoreImage(*repository, incremental->manifest, QStringLiteral("disk0"), second, false));
        QVERIFY(readFile(first) == fullBytes);
        QVERIFY(readFile(second) == readFile(path));
        QFile::remove(first);
        QFile::remove(second);

        // Random access across the 128 MiB boundary between two list blobs.
        auto reader = DiskReader::open(*repository, *incrementalDisk);
        QVERIFY(reader);
        QByteArray buffer(16384, Qt::Uninitialized);
        QVERIFY((*reader)->read(128 * kMiB - 8192, buffer.data(), buffer.size()));
        QCOMPARE(buffer, readFile(path).mid(128 * kMiB - 8192, 16384));
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
    }

    void fullDiskFailsCleanlyAndKeepsWhatIsStored()
    {
        if (::geteuid() != 0)
            QSKIP("mounting a small file system needs root");
        const QString mountPoint = m_dir.filePath(QStringLiteral("small-fs"));
        QDir().mkpath(mountPoint);
        if (QProcess::execute(QStringLiteral("mount"),
                              {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                               QStringLiteral("size=12m"), QStringLiteral("tmpfs"), mountPoint}) != 0)
            QSKIP("cannot mount a tmpfs here");
        auto unmount = qScopeGuard([&] { QProcess::execute(QStringLiteral("umount"), {mountPoint}); });
        const QString repo = mountPoint + QStringLiteral("/repo");
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = openRepository(repo);
        QByteArray small(3 * kMiB, Qt::Uninitialized);
        QRandomGenerator(61).fillRange(reinterpret_cast<quint32*>(small.data()), small.size() / 4);
        writeFile(m_dir.filePath(QStringLiteral("fits.raw")), small);
        auto source = openImageFile(m_dir.filePath(QStringLiteral("fits.raw")));
        auto first = backupImages(*repository, Manifest{},
                                  {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(first);

        QByteArray big(32 * kMiB, Qt::Uninitialized);
        QRandomGenerator(62).fillRange(reinterpret_cast<quint32*>(big.data()), big.size() / 4);
        writeFile(m_dir.filePath(QStringLiteral("too-big.raw")), big);
        source = openImageFile(m_dir.filePath(QStringLiteral("too-big.raw")));
        auto second = backupImages(*repository, Manifest{},
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(!second);
        QCOMPARE(second.error().code, QStringLiteral("repository.disk_full"));

        // Nothing half-written is visible, and the earlier restore point is intact.
        repository = openRepository(repo);
        auto ids = repository->restorePointIds();
        QVERIFY(ids);
        QCOMPARE(ids.value(), QStringList{first->manifest.id});
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
        const QString target = m_dir.filePath(QStringLiteral("fits-restored.raw"));
        QVERIFY(restoreImage(*repository, first->manifest, QStringLiteral("disk0"), target, false));
        QCOMPARE(readFile(target), small);
        QVERIFY(QDir(repo + QStringLiteral("/tmp")).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRepository)
#include "tst_repository.moc"
