#include "../common/TestData.h"
#include "repository/Lock.h"
#include "repository/Pipeline.h"
#include "repository/Prune.h"
#include "repository/Repository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace lifeboat;
using namespace lifeboat::repository;
using namespace lifeboat::testing;

namespace {

const QByteArray kPassword = QByteArrayLiteral("prune-test-password");

Manifest manifestAt(const QString& id, const QDateTime& time, const QString& vm = QStringLiteral("vm"))
{
    Manifest manifest;
    manifest.id = id;
    manifest.time = time;
    manifest.vmName = vm;
    return manifest;
}

} // namespace

class TestPrune : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void retentionKeepsLastAndGfsPerVm()
    {
        // One restore point every 12 hours for 400 days, for two VMs.
        const QDateTime start(QDate(2025, 1, 1), QTime(1, 0), Qt::UTC);
        QVector<Manifest> manifests;
        for (int i = 0; i < 800; ++i) {
            manifests.append(
                manifestAt(QStringLiteral("a%1").arg(i, 4, 10, QLatin1Char('0')), start.addSecs(i * 43200)));
            manifests.append(manifestAt(QStringLiteral("b%1").arg(i, 4, 10, QLatin1Char('0')),
                                        start.addSecs(i * 43200), QStringLiteral("other")));
        }
        RetentionPolicy policy;
        policy.last = 3;
        policy.daily = 7;
        policy.weekly = 4;
        policy.monthly = 12;
        policy.yearly = 2;
        const RetentionDecision decision = applyRetention(manifests, policy, start.addDays(500));
        QCOMPARE(decision.keep.size() + decision.forget.size(), manifests.size());
        const QStringList keptA = decision.keep.filter(QRegularExpression(QStringLiteral("^a")));
        // The newest three, then the newest of each of 7 days (the newest day's is already
        // kept), 4 weeks, 12 months and 2 years: overlaps are counted once.
        QVERIFY(keptA.contains(QStringLiteral("a0799")));
        QVERIFY(keptA.contains(QStringLiteral("a0798")));
        QVERIFY(keptA.contains(QStringLiteral("a0797")));
        QVERIFY(!keptA.contains(QStringLiteral("a0796"))); // same day as a0797, older
        QVERIFY(keptA.contains(QStringLiteral("a0795")));  // newest of the previous day
        QVERIFY(keptA.size() >= 3 + 5 && keptA.size() <= 3 + 7 + 4 + 12 + 2);
        // Year buckets keep the newest restore point of each year, never the very first one.
        QVERIFY(!keptA.contains(QStringLiteral("a0000")));
        QCOMPARE(decision.keep.filter(QRegularExpression(QStringLiteral("^b"))).size(), keptA.size());
        QVERIFY(decision.keptImmutable.isEmpty());
    }

    void immutableRestorePointsOutliveThePolicy()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVector<Manifest> manifests{manifestAt(QStringLiteral("old"), now.addDays(-10)),
                                    manifestAt(QStringLiteral("new"), now)};
        manifests[0].immutableUntil = now.addDays(30);
        RetentionPolicy policy;
        policy.last = 1;
        const RetentionDecision locked = applyRetention(manifests, policy, now);
        QCOMPARE(locked.keptImmutable, QStringList{QStringLiteral("old")});
        QVERIFY(locked.forget.isEmpty());
        const RetentionDecision expired = applyRetention(manifests, policy, now.addDays(31));
        QCOMPARE(expired.forget, QStringList{QStringLiteral("old")});
    }

    void pruneFreesTheDataOfForgottenRestorePoints()
    {
        const QString repo = m_dir.filePath(QStringLiteral("prune"));
        InitOptions init;
        init.packSize = 1 * kMiB;
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword, init));
        auto repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        const QString path = m_dir.filePath(QStringLiteral("prune.raw"));
        QStringList ids;
        QByteArray last;
        for (quint32 seed = 1; seed <= 3; ++seed) {
            last = randomBytes(8 * kMiB, seed);
            // Half of each image is shared with the previous one, so packs end up partly live.
            if (seed > 1)
                last.replace(0, 4 * kMiB, randomBytes(4 * kMiB, seed - 1));
            writeFile(path, last);
            auto source = openImageFile(path);
            auto backup = backupImages(*repository, Manifest{},
                                       {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
            QVERIFY(backup);
            ids << backup->manifest.id;
            QTest::qWait(1100); // distinct restore point times
        }
        const qint64 before = folderBytes(repo);

        PruneOptions options;
        options.policy.last = 1;
        options.dryRun = true;
        auto dry = prune(*repository, options);
        QVERIFY(dry);
        QCOMPARE(dry->decision.forget.size(), 2);
        QCOMPARE(folderBytes(repo), before); // a dry run deletes nothing

        options.dryRun = false;
        auto pruned = prune(*repository, options);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
        QCOMPARE(pruned->decision.keep, QStringList{ids.last()});
        const qint64 after = folderBytes(repo);
        QVERIFY2(after < before * 2 / 3, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));

        // What is left verifies clean and restores, also through a fresh open.
        repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
        QCOMPARE(report->restorePoints, 1);
        auto codec = repository->codec();
        auto manifest = repository->loadManifest(ids.last(), *codec);
        QVERIFY(manifest);
        const QString target = m_dir.filePath(QStringLiteral("prune-restored.raw"));
        QVERIFY(restoreImage(*repository, *manifest, QStringLiteral("disk0"), target, false));
        QCOMPARE(readFile(target), last);

        PruneOptions nothing;
        auto refused = prune(*repository, nothing);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("prune.no_policy"));
    }

    void itemsAreKeptByPruneAndReadBack()
    {
        // A database dump stored as an item: prune must count its chunks as live, verify must
        // check them, and it must read back byte for byte through a fresh open.
        const QString repo = m_dir.filePath(QStringLiteral("items"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        const QByteArray disk = randomBytes(2 * kMiB, 41);
        const QByteArray dump = randomBytes(3 * kMiB + 123, 42); // not a whole number of chunks
        writeFile(m_dir.filePath(QStringLiteral("item-disk.raw")), disk);
        writeFile(m_dir.filePath(QStringLiteral("item-dump.raw")), dump);
        auto diskSource = openImageFile(m_dir.filePath(QStringLiteral("item-disk.raw")));
        auto dumpSource = openImageFile(m_dir.filePath(QStringLiteral("item-dump.raw")));
        DiskBackupInput item;
        item.name = QStringLiteral("postgresql:shop");
        item.source = dumpSource->get();
        item.itemKind = QStringLiteral("postgresql");
        item.itemDatabase = QStringLiteral("shop");
        Manifest base;
        base.vmName = QStringLiteral("db01");
        base.vmId = QStringLiteral("vm-db01");
        auto backup = backupImages(*repository, base,
                                   {{QStringLiteral("disk0"), diskSource->get(), {}, nullptr, {}}, item});
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        QCOMPARE(backup->manifest.disks.size(), 1);
        QCOMPARE(backup->manifest.items.size(), 1);

        // Another VM's restore points come and go; prune runs with the item's restore point kept.
        for (quint32 seed = 50; seed < 52; ++seed) {
            writeFile(m_dir.filePath(QStringLiteral("other.raw")), randomBytes(2 * kMiB, seed));
            auto source = openImageFile(m_dir.filePath(QStringLiteral("other.raw")));
            Manifest other;
            other.vmName = QStringLiteral("web01");
            other.vmId = QStringLiteral("vm-web01");
            QVERIFY(backupImages(*repository, other,
                                 {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}}));
            QTest::qWait(1100);
        }
        PruneOptions options;
        options.policy.last = 1;
        auto pruned = prune(*repository, options);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
        QVERIFY(pruned->decision.keep.contains(backup->manifest.id));

        repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
        auto codec = repository->codec();
        auto manifest = repository->loadManifest(backup->manifest.id, *codec);
        QVERIFY(manifest);
        const DiskManifest* stored = manifest->item(QStringLiteral("postgresql:shop"));
        QVERIFY(stored);
        QCOMPARE(stored->itemKind, QStringLiteral("postgresql"));
        QCOMPARE(stored->itemDatabase, QStringLiteral("shop"));
        QVERIFY(!manifest->disk(QStringLiteral("postgresql:shop"))); // an item is not a disk
        auto reader = DiskReader::open(*repository, *stored);
        QVERIFY(reader);
        QByteArray back(dump.size(), Qt::Uninitialized);
        QVERIFY((*reader)->read(0, back.data(), back.size()));
        QCOMPARE(back, dump);
    }

    void immutableRestorePointCannotBeDeleted()
    {
        const QString repo = m_dir.filePath(QStringLiteral("immutable"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        const QString path = m_dir.filePath(QStringLiteral("immutable.raw"));
        writeFile(path, randomBytes(2 * kMiB, 77));
        auto source = openImageFile(path);
        auto first = backupImages(*repository, Manifest{},
                                  {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY(first);
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(7);
        QVERIFY(setImmutableUntil(*repository, first->manifest.id, until));
        // Immutability can be extended but not shortened.
        QVERIFY(!setImmutableUntil(*repository, first->manifest.id, until.addDays(-1)));

        const Status forgotten =
            forgetRestorePoint(*repository, first->manifest.id, QDateTime::currentDateTimeUtc());
        QVERIFY(!forgotten);
        QCOMPARE(forgotten.error().code, QStringLiteral("repository.immutable"));

        QTest::qWait(1100);
        writeFile(path, randomBytes(2 * kMiB, 78));
        source = openImageFile(path);
        QVERIFY(backupImages(*repository, Manifest{},
                             {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}}));
        PruneOptions options;
        options.policy.last = 1;
        auto pruned = prune(*repository, options);
        QVERIFY(pruned);
        QCOMPARE(pruned->decision.keptImmutable, QStringList{first->manifest.id});
        auto codec = repository->codec();
        QVERIFY(repository->loadManifest(first->manifest.id, *codec));
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
        // Once the date has passed, it can go.
        QVERIFY(forgetRestorePoint(*repository, first->manifest.id, until.addSecs(1)));
    }

    void staleLocksDoNotBlockAndLiveOnesDo()
    {
        const QString repo = m_dir.filePath(QStringLiteral("locks"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto backend = openLocalBackend(repo);
        // A crashed prune: its lease is long but its process is gone.
        QProcess dead;
        dead.start(QStringLiteral("true"));
        QVERIFY(dead.waitForStarted());
        const qint64 deadPid = dead.processId();
        QVERIFY(dead.waitForFinished());
        const QJsonObject crashed{
            {QStringLiteral("kind"), QStringLiteral("exclusive")},
            {QStringLiteral("host"), QSysInfo::machineHostName()},
            {QStringLiteral("pid"), deadPid},
            {QStringLiteral("expires"), QDateTime::currentDateTimeUtc().addSecs(3600).toString(Qt::ISODate)}};
        QVERIFY(backend->put(QStringLiteral("locks/crashed"), QJsonDocument(crashed).toJson()));
        // And one from another host whose lease ran out.
        QJsonObject expired = crashed;
        expired.insert(QStringLiteral("host"), QStringLiteral("elsewhere.invalid"));
        expired.insert(QStringLiteral("expires"),
                       QDateTime::currentDateTimeUtc().addSecs(-5).toString(Qt::ISODate));
        QVERIFY(backend->put(QStringLiteral("locks/expired"), QJsonDocument(expired).toJson()));
        {
            auto lock = RepositoryLock::acquire(*backend, RepositoryLock::Kind::Exclusive);
            QVERIFY2(lock, qPrintable(lock ? QString() : lock.error().message));
            QVERIFY(!backend->exists(QStringLiteral("locks/crashed")));
            QVERIFY(!backend->exists(QStringLiteral("locks/expired")));

            // While it is held, a backup is refused with a clear message...
            auto repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
            const QString path = m_dir.filePath(QStringLiteral("locks.raw"));
            writeFile(path, randomBytes(1 * kMiB, 5));
            auto source = openImageFile(path);
            auto refused = backupImages(*repository, Manifest{},
                                        {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, QStringLiteral("repository.locked"));
            QVERIFY(refused.error().message.contains(QString::number(QCoreApplication::applicationPid())));

            // ...and one that is willing to wait gets through once the lock goes.
            std::thread releaser([&lock] {
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                lock.value().reset();
            });
            PipelineOptions patient;
            patient.lockWait = std::chrono::seconds(10);
            auto waited = backupImages(*repository, Manifest{},
                                       {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}}, patient);
            releaser.join();
            QVERIFY2(waited, qPrintable(waited ? QString() : waited.error().message));
        }
        auto names = backend->list(QStringLiteral("locks"));
        QVERIFY(names && names->isEmpty()); // every holder removed its lock
    }

    void pruneRacingABackupKeepsTheBackupIntact()
    {
        const QString repo = m_dir.filePath(QStringLiteral("race"));
        QVERIFY(Repository::init(*openLocalBackend(repo), kPassword));
        auto repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        const QString oldPath = m_dir.filePath(QStringLiteral("race-old.raw"));
        writeFile(oldPath, randomBytes(4 * kMiB, 90));
        auto oldSource = openImageFile(oldPath);
        Manifest sameVm;
        sameVm.vmName = QStringLiteral("vm");
        QVERIFY(backupImages(*repository, sameVm,
                             {{QStringLiteral("disk0"), oldSource->get(), {}, nullptr, {}}}));
        QTest::qWait(1100);

        // A slow backup in another process...
        const QString path = m_dir.filePath(QStringLiteral("race.raw"));
        const QByteArray image = randomBytes(160 * kMiB, 91);
        writeFile(path, image);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_REPO_PASSWORD"), QString::fromLatin1(kPassword));
        QProcess backup;
        backup.setProcessEnvironment(environment);
        backup.start(QStringLiteral(LIFEBOAT_CLI_PATH),
                     {QStringLiteral("repo"), QStringLiteral("backup-image"), QStringLiteral("--repo"), repo,
                      QStringLiteral("--vm"), QStringLiteral("vm"), QStringLiteral("--threads"),
                      QStringLiteral("1"), QStringLiteral("--json"), path});
        QVERIFY(backup.waitForStarted());
        auto backend = openLocalBackend(repo);
        QTRY_VERIFY_WITH_TIMEOUT(!backend->list(QStringLiteral("locks"))->isEmpty(), 10000);

        // ...and a prune that keeps only the newest restore point, started in the middle of it.
        PruneOptions options;
        options.policy.last = 1;
        options.lockWait = std::chrono::seconds(120);
        auto pruned = prune(*repository, options);
        QVERIFY2(pruned, qPrintable(pruned ? QString() : pruned.error().message));
        QVERIFY(backup.waitForFinished(120000));
        QCOMPARE(backup.exitCode(), 0);
        const QString newId = QJsonDocument::fromJson(backup.readAllStandardOutput())
                                  .object()
                                  .value(QStringLiteral("restore_point"))
                                  .toString();
        // The prune waited for the backup, so it saw the new restore point and kept it.
        QCOMPARE(pruned->decision.keep, QStringList{newId});

        repository = std::move(Repository::open(openLocalBackend(repo), kPassword).value());
        auto report = verifyRepository(*repository);
        QVERIFY(report && report->clean());
        auto codec = repository->codec();
        auto manifest = repository->loadManifest(newId, *codec);
        QVERIFY(manifest);
        const QString target = m_dir.filePath(QStringLiteral("race-restored.raw"));
        QVERIFY(restoreImage(*repository, *manifest, QStringLiteral("disk0"), target, false));
        QCOMPARE(readFile(target), image);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestPrune)
#include "tst_prune.moc"
