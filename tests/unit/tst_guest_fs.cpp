#include "guest/BlockSource.h"
#include "guest/Ext4FileSystem.h"
#include "guest/GuestFileSystem.h"
#include "guest/Partitions.h"
#include "repository/Backend.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <atomic>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::guest;

namespace {

constexpr qint64 kMiB = 1024 * 1024;

// The seeder and the e2fsprogs tools live in sbin, which a non-root PATH often lacks.
QString toolPath()
{
    return qEnvironmentVariable("PATH", QStringLiteral("/usr/bin:/bin")) + QStringLiteral(":/usr/sbin:/sbin");
}

QString findTool(const QString& name)
{
    return QStandardPaths::findExecutable(name, toolPath().split(QLatin1Char(':')));
}

struct ToolRun
{
    int exitCode = -1;
    QByteArray output;
};

ToolRun runTool(const QString& name, const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PATH"), toolPath());
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(findTool(name), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(180000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAll()};
}

class MemorySource : public BlockSource
{
public:
    explicit MemorySource(QByteArray data)
        : m_data(std::move(data))
    {}
    qint64 size() const override { return m_data.size(); }
    Status read(qint64 offset, char* data, qint64 length) override
    {
        if (!fitsInside(offset, length, size()))
            return readOutOfRange(offset, length, size());
        std::memcpy(data, m_data.constData() + offset, size_t(length));
        return success();
    }

private:
    QByteArray m_data;
};

struct Streamed
{
    QByteArray sha256;
    QByteArray content; // kept only when asked for
    qint64 bytes = 0;
    qint64 holeBytes = 0;
    qint64 pieces = 0;
    bool ordered = true;
    bool holesAreZero = true;
    bool piecesBounded = true;
};

Result<Streamed> streamFile(GuestFileSystem& fs, const QByteArray& path, bool keep = false)
{
    Streamed out;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const Status read = fs.readFile(path, [&](qint64 offset, const char* data, qint64 length, bool hole) {
        out.ordered = out.ordered && offset == out.bytes;
        out.piecesBounded = out.piecesBounded && length > 0 && length <= kMiB;
        if (hole) {
            out.holeBytes += length;
            for (qint64 i = 0; i < length && out.holesAreZero; ++i)
                out.holesAreZero = data[i] == 0;
        }
        hash.addData(QByteArrayView(data, length));
        if (keep)
            out.content.append(data, length);
        out.bytes += length;
        ++out.pieces;
        return success();
    });
    if (!read)
        return read.error();
    out.sha256 = hash.result().toHex();
    return out;
}

QByteArray sha256Of(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray sha256OfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QString describe(const Error& error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

// Test-side CRC-32 so the GPT fixtures do not depend on the code under test.
quint32 crc32(const char* data, qint64 length)
{
    quint32 crc = 0xFFFFFFFFu;
    for (qint64 i = 0; i < length; ++i) {
        crc ^= static_cast<quint8>(data[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc & 1) ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
    }
    return crc ^ 0xFFFFFFFFu;
}

template <typename T> void put(QByteArray& disk, qint64 offset, T value)
{
    qToLittleEndian<T>(value, disk.data() + offset);
}

const QByteArray kLinuxGuid = QByteArray::fromHex("af3dc60f838472478e793d69d8477de4");

struct GptEntry
{
    quint64 first;
    quint64 last;
    QString name;
};

void writeGptHeader(QByteArray& disk, quint64 lba, quint64 alternate, quint64 entriesLba, quint32 count,
                    quint32 entrySize)
{
    const qint64 at = qint64(lba) * 512;
    const qint64 sectors = disk.size() / 512;
    std::memcpy(disk.data() + at, "EFI PART", 8);
    put<quint32>(disk, at + 8, 0x00010000);
    put<quint32>(disk, at + 12, 92);
    put<quint64>(disk, at + 24, lba);
    put<quint64>(disk, at + 32, alternate);
    put<quint64>(disk, at + 40, 34);
    put<quint64>(disk, at + 48, quint64(sectors - 34));
    put<quint64>(disk, at + 72, entriesLba);
    put<quint32>(disk, at + 80, count);
    put<quint32>(disk, at + 84, entrySize);
    const qint64 arrayBytes =
        std::min<qint64>(qint64(count) * entrySize, disk.size() - qint64(entriesLba) * 512);
    put<quint32>(disk, at + 88, crc32(disk.constData() + entriesLba * 512, arrayBytes));
    put<quint32>(disk, at + 16, 0);
    put<quint32>(disk, at + 16, crc32(disk.constData() + at, 92));
}

// A protective MBR, a primary GPT at LBA 1 and its backup at the last sector.
QByteArray gptDisk(qint64 sectors, const QVector<GptEntry>& entries)
{
    QByteArray disk(sectors * 512, '\0');
    disk[446 + 4] = char(0xEE);
    put<quint32>(disk, 446 + 8, 1);
    put<quint32>(disk, 446 + 12, quint32(sectors - 1));
    put<quint16>(disk, 510, 0xAA55);
    QByteArray array(128 * 128, '\0');
    for (int i = 0; i < entries.size(); ++i) {
        char* e = array.data() + i * 128;
        std::memcpy(e, kLinuxGuid.constData(), 16);
        qToLittleEndian<quint64>(entries[i].first, e + 32);
        qToLittleEndian<quint64>(entries[i].last, e + 40);
        for (int c = 0; c < entries[i].name.size(); ++c)
            qToLittleEndian<quint16>(entries[i].name.at(c).unicode(), e + 56 + 2 * c);
    }
    std::memcpy(disk.data() + 2 * 512, array.constData(), size_t(array.size()));
    std::memcpy(disk.data() + (sectors - 33) * 512, array.constData(), size_t(array.size()));
    writeGptHeader(disk, 1, quint64(sectors - 1), 2, 128, 128);
    writeGptHeader(disk, quint64(sectors - 1), 1, quint64(sectors - 33), 128, 128);
    return disk;
}

// Changes one 32-bit field of the GPT header at `lba` and re-seals its checksum, so only
// the field's own plausibility decides.
void patchGptHeader(QByteArray& disk, qint64 lba, qint64 field, quint32 value)
{
    const qint64 at = lba * 512;
    put<quint32>(disk, at + field, value);
    put<quint32>(disk, at + 16, 0);
    put<quint32>(disk, at + 16, crc32(disk.constData() + at, 92));
}

void setMbrEntry(QByteArray& disk, qint64 sectorLba, int index, quint8 type, quint32 start, quint32 count)
{
    const qint64 at = sectorLba * 512 + 446 + 16 * index;
    disk[at + 4] = char(type);
    put<quint32>(disk, at + 8, start);
    put<quint32>(disk, at + 12, count);
    put<quint16>(disk, sectorLba * 512 + 510, 0xAA55);
}

bool writeRaw(const QByteArray& path, const QByteArray& data)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool ok = ::write(fd, data.constData(), size_t(data.size())) == data.size();
    return ::close(fd) == 0 && ok;
}

QSet<QByteArray> namesOf(const QVector<FileEntry>& entries)
{
    QSet<QByteArray> names;
    for (const FileEntry& entry : entries)
        names.insert(entry.name);
    return names;
}

} // namespace

class TestGuestFs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"python3", "sfdisk", "mke2fs", "debugfs", "e2fsck"})
            if (findTool(QLatin1String(tool)).isEmpty())
                m_missingTools += QLatin1String(tool) + QLatin1Char(' ');
        if (!m_missingTools.isEmpty())
            return;
        // Even seed: MBR, odd: GPT, as the lab does; both schemes are asked for explicitly.
        for (const auto& [scheme, seed] :
             {std::pair{QStringLiteral("mbr"), 4}, std::pair{QStringLiteral("gpt"), 5}}) {
            const QString out = m_dir.filePath(QStringLiteral("seed-") + scheme);
            const ToolRun seeded = runTool(
                QStringLiteral("python3"),
                {QStringLiteral(LIFEBOAT_SOURCE_DIR "/tests/lab/seed/seed.py"), QStringLiteral("--seed"),
                 QString::number(seed), QStringLiteral("--size-mib"), QStringLiteral("16"),
                 QStringLiteral("--out"), out, QStringLiteral("--scheme"), scheme});
            QVERIFY2(seeded.exitCode == 0, seeded.output.constData());
            QFile manifest(out + QStringLiteral("/manifest.json"));
            QVERIFY(manifest.open(QIODevice::ReadOnly));
            m_manifests[scheme] = QJsonDocument::fromJson(manifest.readAll()).object();
            m_images[scheme] = out + QStringLiteral("/disk.img");
        }
    }

    void partitionTable_data() { schemes(); }
    void partitionTable()
    {
        QFETCH(QString, scheme);
        requireTools();
        const QJsonObject manifest = m_manifests[scheme];
        auto disk = FileBlockSource::open(m_images[scheme]);
        QVERIFY(disk);
        QStringList warnings;
        auto partitions = readPartitions(**disk, &warnings);
        QVERIFY2(partitions, qPrintable(describe(partitions.error())));
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(partitions->size(), 1);
        const Partition& p = partitions->first();
        QCOMPARE(p.scheme, scheme);
        QCOMPARE(p.number, 1);
        QCOMPARE(p.offset, kMiB);
        QCOMPARE(p.offset, manifest[QLatin1String("partition_offset")].toInteger());
        QCOMPARE(p.size, manifest[QLatin1String("partition_size")].toInteger());
        QCOMPARE(p.type, QStringLiteral("linux"));
        QCOMPARE(p.name, scheme == QLatin1String("gpt") ? QStringLiteral("lifeboat-root") : QString());
    }

    void filesMatchManifest_data() { schemes(); }
    void filesMatchManifest()
    {
        QFETCH(QString, scheme);
        requireTools();
        auto fs = openSeeded(scheme);
        QVERIFY(fs);
        QCOMPARE(fs->type(), QStringLiteral("ext4"));
        QCOMPARE(fs->label(), QStringLiteral("lifeboat"));
        QVERIFY(!dynamic_cast<Ext4FileSystem&>(*fs).needsRecovery());

        const QJsonObject files = m_manifests[scheme][QLatin1String("files")].toObject();
        QVERIFY(files.size() > 30);
        int regular = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray path = it.key().toUtf8();
            const QJsonObject expected = it.value().toObject();
            const QString type = expected[QLatin1String("type")].toString();
            auto entry = fs->stat(path);
            QVERIFY2(entry, qPrintable(it.key() + QStringLiteral(": ") + describe(entry.error())));
            const EntryType expectedType = type == QLatin1String("file")  ? EntryType::File
                                           : type == QLatin1String("dir") ? EntryType::Directory
                                                                          : EntryType::Symlink;
            QVERIFY2(entry->type == expectedType, path.constData());
            QVERIFY2(entry->mode == expected[QLatin1String("mode")].toString().toUInt(nullptr, 8),
                     path.constData());
            QVERIFY2(entry->mtime == expected[QLatin1String("mtime")].toInteger(), path.constData());
            QVERIFY2(entry->uid == quint32(expected[QLatin1String("uid")].toInt()), path.constData());
            QVERIFY2(entry->gid == quint32(expected[QLatin1String("gid")].toInt()), path.constData());
            QVERIFY2(entry->inode > 0, path.constData());
            if (type != QLatin1String("dir"))
                QVERIFY2(entry->size == expected[QLatin1String("size")].toInteger(), path.constData());
            if (type == QLatin1String("symlink")) {
                QCOMPARE(entry->linkTarget, expected[QLatin1String("link_target")].toString().toUtf8());
                continue;
            }
            QVERIFY2(entry->linkTarget.isEmpty(), path.constData());
            if (type != QLatin1String("file"))
                continue;
            ++regular;
            auto streamed = streamFile(*fs, path);
            QVERIFY2(streamed, qPrintable(it.key() + QStringLiteral(": ") + describe(streamed.error())));
            QVERIFY2(streamed->ordered && streamed->piecesBounded && streamed->holesAreZero,
                     path.constData());
            QCOMPARE(streamed->bytes, entry->size);
            QVERIFY2(streamed->sha256 == expected[QLatin1String("sha256")].toString().toLatin1(),
                     path.constData());
            if (path == "/var/lib/app/sparse.db") {
                // Three 4 KiB islands in a file of zeros: everything else is a hole.
                QCOMPARE(streamed->holeBytes, entry->size - 3 * 4096);
            } else {
                QVERIFY2(streamed->holeBytes == 0, path.constData());
            }
        }
        QVERIFY(regular > 20);
        // Nothing was written: the image is still what the seeder made.
        fs.reset();
        QCOMPARE(sha256OfFile(m_images[scheme]),
                 m_manifests[scheme][QLatin1String("image_sha256")].toString().toLatin1());
    }

    void listMatchesManifest_data() { schemes(); }
    void listMatchesManifest()
    {
        QFETCH(QString, scheme);
        requireTools();
        auto fs = openSeeded(scheme);
        QVERIFY(fs);
        const QByteArray folder = "/home/alice/Documents";
        QSet<QByteArray> expected;
        const QJsonObject files = m_manifests[scheme][QLatin1String("files")].toObject();
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray path = it.key().toUtf8();
            if (path.startsWith(QByteArray(folder + '/')) && !path.mid(folder.size() + 1).contains('/'))
                expected.insert(path.mid(folder.size() + 1));
        }
        QVERIFY(expected.contains(QByteArray(196, 'L') + ".txt"));
        QVERIFY(expected.contains(QStringLiteral("日本語.txt").toUtf8()));
        QVERIFY(expected.contains("a:b"));
        QVERIFY(expected.contains("Meeting notes Q3.txt"));

        auto listed = fs->list(folder);
        QVERIFY2(listed, qPrintable(describe(listed.error())));
        QCOMPARE(listed->size(), expected.size());
        QCOMPARE(namesOf(*listed), expected);
        for (const FileEntry& entry : *listed) {
            auto alone = fs->stat(folder + '/' + entry.name);
            QVERIFY(alone);
            QCOMPARE(alone->name, entry.name);
            QCOMPARE(alone->inode, entry.inode);
            QCOMPARE(alone->size, entry.size);
            QCOMPARE(alone->mtime, entry.mtime);
        }
        // A trailing slash names the same folder; the root lists its top-level entries.
        auto again = fs->list(folder + '/');
        QVERIFY(again);
        QCOMPARE(namesOf(*again), expected);
        auto root = fs->list("/");
        QVERIFY(root);
        QCOMPARE(namesOf(*root), (QSet<QByteArray>{"etc", "home", "var", "lost+found"}));
    }

    void walkVisitsEverything_data() { schemes(); }
    void walkVisitsEverything()
    {
        QFETCH(QString, scheme);
        requireTools();
        auto fs = openSeeded(scheme);
        QVERIFY(fs);
        QSet<QByteArray> visited;
        bool parentsFirst = true;
        bool typesMatch = true;
        const Status walked = fs->walk([&](const QByteArray& path, const FileEntry& entry) {
            const QByteArray parent = path.left(std::max<qsizetype>(1, path.lastIndexOf('/')));
            parentsFirst = parentsFirst && (parent == "/" || visited.contains(parent));
            typesMatch = typesMatch && path.endsWith(QByteArray('/' + entry.name));
            visited.insert(path);
            return true;
        });
        QVERIFY2(walked, qPrintable(describe(walked.error())));
        QVERIFY(parentsFirst);
        QVERIFY(typesMatch);
        QSet<QByteArray> expected;
        const QJsonObject files = m_manifests[scheme][QLatin1String("files")].toObject();
        for (auto it = files.begin(); it != files.end(); ++it)
            if (it.key() != QLatin1String("/"))
                expected.insert(it.key().toUtf8());
        // The seeder records what it creates on purpose, not parents made along the way
        // (/home) nor mke2fs's /lost+found; the walk must show those as well, and nothing else.
        QSet<QByteArray> implicitParents{"/lost+found"};
        for (const QByteArray& path : expected)
            for (qsizetype slash = path.indexOf('/', 1); slash > 0; slash = path.indexOf('/', slash + 1))
                if (!expected.contains(path.left(slash)))
                    implicitParents.insert(path.left(slash));
        QCOMPARE(visited - expected, implicitParents);
        QCOMPARE(expected - visited, QSet<QByteArray>());

        int calls = 0;
        QVERIFY(fs->walk([&](const QByteArray&, const FileEntry&) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }

    void badPathsAreRefused()
    {
        requireTools();
        auto fs = openSeeded(QStringLiteral("mbr"));
        QVERIFY(fs);
        for (const QByteArray& path :
             {QByteArray("/home/../etc"), QByteArray("home"), QByteArray("/home/alice/docs/report_0.txt"),
              QByteArray("/home//alice"), QByteArray("/home/./alice"), QByteArray(), QByteArray("/..")}) {
            auto entry = fs->stat(path);
            QVERIFY2(!entry, path.constData());
            QCOMPARE(entry.error().code, QStringLiteral("guest.bad_path"));
            QVERIFY(!entry.error().message.isEmpty());
        }
        auto throughLink = fs->stat("/home/alice/docs/report_0.txt");
        QVERIFY(throughLink.error().message.contains(QLatin1String("symbolic link")));
        // The link itself is fine to look at, but not to look through.
        auto link = fs->stat("/home/alice/docs");
        QVERIFY(link);
        QCOMPARE(link->type, EntryType::Symlink);
        QCOMPARE(link->linkTarget, QByteArray("/home/alice/Documents"));
        QCOMPARE(fs->list("/home/alice/docs").error().code, QStringLiteral("guest.bad_path"));
        QCOMPARE(fs->readFile("/home/alice/latest-report", {}).error().code,
                 QStringLiteral("guest.not_a_file"));
        QCOMPARE(fs->readFile("/home/alice/../alice/.bashrc", {}).error().code,
                 QStringLiteral("guest.bad_path"));

        QCOMPARE(fs->stat("/home/alice/missing.txt").error().code, QStringLiteral("guest.not_found"));
        QCOMPARE(fs->readFile("/nope", {}).error().code, QStringLiteral("guest.not_found"));
        QCOMPARE(fs->list("/etc/passwd").error().code, QStringLiteral("guest.not_a_directory"));
        QCOMPARE(fs->stat("/etc/passwd/x").error().code, QStringLiteral("guest.not_a_directory"));
        QCOMPARE(fs->readFile("/home", {}).error().code, QStringLiteral("guest.not_a_file"));
        auto root = fs->stat("/");
        QVERIFY(root);
        QCOMPARE(root->type, EntryType::Directory);
        QCOMPARE(root->inode, quint64(2));
    }

    void sinkErrorStopsTheRead()
    {
        requireTools();
        auto fs = openSeeded(QStringLiteral("gpt"));
        QVERIFY(fs);
        int calls = 0;
        const Status read =
            fs->readFile("/home/alice/Downloads/blob_0.bin", [&](qint64, const char*, qint64, bool) {
                ++calls;
                return Status(Error{QStringLiteral("test.disk_full"), QStringLiteral("no space")});
            });
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("test.disk_full"));
        QCOMPARE(calls, 1);
    }

    void concurrentReadersShareOneFileSystem()
    {
        requireTools();
        auto fs = openSeeded(QStringLiteral("gpt"));
        QVERIFY(fs);
        const QJsonObject files = m_manifests[QStringLiteral("gpt")][QLatin1String("files")].toObject();
        QHash<QString, QByteArray> expected;
        for (int i = 0; i < 3; ++i) {
            const QString path = QStringLiteral("/home/alice/Downloads/blob_%1.bin").arg(i);
            expected[path] = files[path].toObject()[QLatin1String("sha256")].toString().toLatin1();
        }
        std::atomic<int> good{0};
        std::atomic<int> bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 3; ++i) {
                    const QString path = QStringLiteral("/home/alice/Downloads/blob_%1.bin").arg((i + t) % 3);
                    auto streamed = streamFile(*fs, path.toUtf8());
                    const bool same = streamed && streamed->sha256 == expected.value(path);
                    (same ? good : bad)++;
                }
            });
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(bad.load(), 0);
        QCOMPARE(good.load(), 12);
    }

    void readsThroughARestorePoint()
    {
        requireTools();
        using namespace lifeboat::repository;
        const QString repoPath = m_dir.filePath(QStringLiteral("repo"));
        QVERIFY(Repository::init(*openLocalBackend(repoPath), QByteArrayLiteral("guest-test")));
        auto repository = Repository::open(openLocalBackend(repoPath), QByteArrayLiteral("guest-test"));
        QVERIFY(repository);
        auto image = openImageFile(m_images[QStringLiteral("gpt")]);
        QVERIFY(image);
        auto backup = backupImages(**repository, Manifest{},
                                   {{QStringLiteral("disk0"), image->get(), {}, nullptr, {}}});
        QVERIFY2(backup, qPrintable(backup ? QString() : describe(backup.error())));
        auto reader = DiskReader::open(**repository, *backup->manifest.disk(QStringLiteral("disk0")));
        QVERIFY(reader);

        auto disk = std::make_shared<DiskReaderSource>(**reader);
        char byte = 0;
        QCOMPARE(disk->read(disk->size(), &byte, 1).error().code, QStringLiteral("guest.read_failed"));
        auto partitions = readPartitions(*disk);
        QVERIFY(partitions);
        QCOMPARE(partitions->size(), 1);
        auto fs = openFileSystem(
            std::make_shared<SliceSource>(disk, partitions->first().offset, partitions->first().size));
        QVERIFY2(fs, qPrintable(fs ? QString() : describe(fs.error())));
        const QJsonObject files = m_manifests[QStringLiteral("gpt")][QLatin1String("files")].toObject();
        for (const char* path :
             {"/etc/hostname", "/home/alice/Downloads/blob_1.bin", "/var/lib/app/sparse.db"}) {
            auto streamed = streamFile(**fs, path);
            QVERIFY(streamed);
            QCOMPARE(streamed->sha256,
                     files[QLatin1String(path)].toObject()[QLatin1String("sha256")].toString().toLatin1());
        }
    }

    void blockSourcesStayInBounds()
    {
        auto missing = FileBlockSource::open(m_dir.filePath(QStringLiteral("no-such.img")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("guest.open_failed"));

        const QString path = m_dir.filePath(QStringLiteral("small.img"));
        QByteArray bytes(10000, '\0');
        for (int i = 0; i < bytes.size(); ++i)
            bytes[i] = char(i % 251);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size());
        file.close();
        auto disk = FileBlockSource::open(path);
        QVERIFY(disk);
        QCOMPARE((*disk)->size(), bytes.size());
        QByteArray buffer(100, Qt::Uninitialized);
        QVERIFY((*disk)->read(9900, buffer.data(), 100));
        QCOMPARE(buffer, bytes.mid(9900, 100));
        QCOMPARE((*disk)->read(9901, buffer.data(), 100).error().code, QStringLiteral("guest.read_failed"));
        QVERIFY(!(*disk)->read(-1, buffer.data(), 1));
        QVERIFY(!(*disk)->read(std::numeric_limits<qint64>::max(), buffer.data(), 100));

        SliceSource slice(*disk, 1000, 500);
        QCOMPARE(slice.size(), 500);
        QVERIFY(slice.read(400, buffer.data(), 100));
        QCOMPARE(buffer, bytes.mid(1400, 100));
        QCOMPARE(slice.read(401, buffer.data(), 100).error().code, QStringLiteral("guest.read_failed"));
        // A window reaching past a short parent: the parent refuses the read.
        SliceSource beyond(*disk, 9000, 5000);
        QVERIFY(beyond.read(0, buffer.data(), 100));
        QCOMPARE(beyond.read(1000, buffer.data(), 100).error().code, QStringLiteral("guest.read_failed"));
    }

    void randomBytesAreNoFileSystem()
    {
        QByteArray noise(4 * kMiB, Qt::Uninitialized);
        QRandomGenerator random(17);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        noise[446] = char(0x37); // make sure no accidental MBR status byte passes
        auto disk = std::make_shared<MemorySource>(noise);
        auto partitions = readPartitions(*disk);
        QVERIFY(partitions);
        QCOMPARE(partitions->size(), 1);
        QCOMPARE(partitions->first().scheme, QStringLiteral("none"));
        QCOMPARE(partitions->first().number, 0);
        QCOMPARE(partitions->first().offset, 0);
        QCOMPARE(partitions->first().size, noise.size());
        QCOMPARE(partitions->first().type, QString());
        auto fs = openFileSystem(disk);
        QVERIFY(!fs);
        QCOMPARE(fs.error().code, QStringLiteral("guest.unsupported_fs"));

        // A superblock magic on top of noise: libext2fs must refuse, not crash.
        noise[1024 + 0x38] = char(0x53);
        noise[1024 + 0x39] = char(0xEF);
        auto fake = openFileSystem(std::make_shared<MemorySource>(noise));
        QVERIFY(!fake);
        QVERIFY2(fake.error().code == QLatin1String("guest.corrupt_fs") ||
                     fake.error().code == QLatin1String("guest.unsupported_fs"),
                 qPrintable(describe(fake.error())));

        QVERIFY(readPartitions(*std::make_shared<MemorySource>(QByteArray()))->isEmpty());
        QVERIFY(!openFileSystem(std::make_shared<MemorySource>(QByteArray(100, 'x'))));
        QVERIFY(!openFileSystem(nullptr));
    }

    void otherFileSystemsAreNamed_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QByteArray>("magic");
        QTest::addColumn<QString>("detected");
        QTest::addColumn<QString>("message");
        // NTFS is read (tst_guest_ntfs): a bare signature on zeros is a damaged volume.
        QTest::newRow("ntfs") << qint64(3) << QByteArray("NTFS    ") << QStringLiteral("ntfs")
                              << QStringLiteral("NTFS");
        QTest::newRow("exfat") << qint64(3) << QByteArray("EXFAT   ") << QStringLiteral("exfat")
                               << QStringLiteral("exFAT");
        QTest::newRow("fat32") << qint64(82) << QByteArray("FAT32   ") << QStringLiteral("vfat")
                               << QStringLiteral("FAT");
        QTest::newRow("xfs") << qint64(0) << QByteArray("XFSB") << QStringLiteral("xfs")
                             << QStringLiteral("XFS");
        QTest::newRow("btrfs") << qint64(0x10040) << QByteArray("_BHRfS_M") << QStringLiteral("btrfs")
                               << QStringLiteral("Btrfs");
        QTest::newRow("luks") << qint64(0) << QByteArray("LUKS\xBA\xBE", 6) << QStringLiteral("luks")
                              << QStringLiteral("LUKS");
        QTest::newRow("lvm2") << qint64(512) << QByteArray("LABELONE").append(16, '\0').append("LVM2 001")
                              << QStringLiteral("lvm2") << QStringLiteral("LVM");
        QTest::newRow("swap") << qint64(4096 - 10) << QByteArray("SWAPSPACE2") << QStringLiteral("swap")
                              << QStringLiteral("swap");
        // An ext superblock whose incompat word says "journal device".
        QTest::newRow("jbd") << qint64(1024 + 0x38)
                             << QByteArray("\x53\xEF", 2).append(0x26, '\0').append('\x08')
                             << QStringLiteral("jbd") << QStringLiteral("journal");
    }
    void otherFileSystemsAreNamed()
    {
        QFETCH(qint64, offset);
        QFETCH(QByteArray, magic);
        QFETCH(QString, detected);
        QFETCH(QString, message);
        QByteArray bytes(kMiB, '\0');
        bytes.replace(offset, magic.size(), magic);
        if (detected == QLatin1String("vfat"))
            put<quint16>(bytes, 510, 0xAA55);
        auto source = std::make_shared<MemorySource>(bytes);
        QCOMPARE(detectFileSystem(*source), detected);
        auto fs = openFileSystem(source);
        QVERIFY(!fs);
        QCOMPARE(fs.error().code, detected == QLatin1String("ntfs") ? QStringLiteral("guest.corrupt_fs")
                                                                    : QStringLiteral("guest.unsupported_fs"));
        QVERIFY2(fs.error().message.contains(message), qPrintable(fs.error().message));
        // A boot sector at offset 0 has 0x55AA too, but is no partition table.
        if (detected == QLatin1String("vfat") || detected == QLatin1String("ntfs")) {
            put<quint16>(bytes, 510, 0xAA55);
            bytes[446] = char(0xE9); // boot code where an MBR would have a status byte
            auto partitions = readPartitions(*std::make_shared<MemorySource>(bytes));
            QVERIFY(partitions);
            QCOMPARE(partitions->first().scheme, QStringLiteral("none"));
            QCOMPARE(partitions->first().type, detected);
        }
    }

    void gptBackupReplacesDamagedPrimary()
    {
        requireTools();
        const QByteArray original = readAll(m_images[QStringLiteral("gpt")]);
        QCOMPARE(original.size(), 16 * kMiB);

        struct Damage
        {
            const char* what;
            qint64 offset;
        };
        for (const Damage& damage : {Damage{"header checksum", 512 + 16}, Damage{"signature", 512},
                                     Damage{"entry array", 2 * 512 + 40}}) {
            QByteArray disk = original;
            disk[damage.offset] = char(disk[damage.offset] ^ 0x5A);
            auto source = std::make_shared<MemorySource>(disk);
            QStringList warnings;
            auto partitions = readPartitions(*source, &warnings);
            QVERIFY2(partitions, damage.what);
            QCOMPARE(partitions->size(), 1);
            QCOMPARE(partitions->first().offset, kMiB);
            QCOMPARE(partitions->first().name, QStringLiteral("lifeboat-root"));
            QCOMPARE(warnings.size(), 1);
            QVERIFY(warnings.first().contains(QLatin1String("backup")));
            auto fs = openFileSystem(
                std::make_shared<SliceSource>(source, partitions->first().offset, partitions->first().size));
            QVERIFY(fs);
            auto streamed = streamFile(**fs, "/etc/passwd");
            QVERIFY(streamed);
        }

        // Without its protective MBR a GPT is still found.
        QByteArray noMbr = original;
        std::memset(noMbr.data(), 0, 512);
        auto found = readPartitions(*std::make_shared<MemorySource>(noMbr));
        QVERIFY(found);
        QCOMPARE(found->first().scheme, QStringLiteral("gpt"));

        // Both copies gone: an error, not a guess.
        QByteArray both = original;
        both[512] = 'X';
        both[both.size() - 512] = 'X';
        auto lost = readPartitions(*std::make_shared<MemorySource>(both));
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, QStringLiteral("guest.bad_partition_table"));
    }

    void hostileGptTables()
    {
        const qint64 sectors = 8192;
        const QByteArray good = gptDisk(sectors, {{2048, 4095, QStringLiteral("data")}});
        auto plain = readPartitions(*std::make_shared<MemorySource>(good));
        QVERIFY(plain);
        QCOMPARE(plain->size(), 1);
        QCOMPARE(plain->first().name, QStringLiteral("data"));
        QCOMPARE(plain->first().type, QStringLiteral("linux"));
        QCOMPARE(plain->first().size, 2048 * 512);

        struct Field
        {
            const char* what;
            qint64 offset;
            quint32 value;
        };
        for (const Field& field :
             {Field{"absurd count", 80, 0x7FFFFFFF}, Field{"entry size < 128", 84, 64},
              Field{"entry size 0", 84, 0}, Field{"huge entry size", 84, 0x10000000},
              Field{"entries past the end", 72, 0xFFFFFFF0}, Field{"header size", 12, 4000}}) {
            QByteArray disk = good;
            patchGptHeader(disk, 1, field.offset, field.value);
            QStringList warnings;
            auto partitions = readPartitions(*std::make_shared<MemorySource>(disk), &warnings);
            QVERIFY2(partitions, field.what);
            QCOMPARE(partitions->size(), 1);
            QCOMPARE(warnings.size(), 1);
            patchGptHeader(disk, sectors - 1, field.offset, field.value);
            auto none = readPartitions(*std::make_shared<MemorySource>(disk));
            QVERIFY2(!none, field.what);
            QCOMPARE(none.error().code, QStringLiteral("guest.bad_partition_table"));
        }

        // Overlaps are reported; entries outside the disk or upside down are skipped.
        const QByteArray messy = gptDisk(sectors, {{100, 1000, QStringLiteral("a")},
                                                   {500, 1500, QStringLiteral("b")},
                                                   {3000, 99999, QStringLiteral("too far")},
                                                   {4000, 3000, QStringLiteral("backwards")},
                                                   {200, 300, QStringLiteral("inside a")}});
        QStringList warnings;
        auto partitions = readPartitions(*std::make_shared<MemorySource>(messy), &warnings);
        QVERIFY(partitions);
        QCOMPARE(partitions->size(), 3);
        QCOMPARE(partitions->at(0).number, 1);
        QCOMPARE(partitions->at(1).number, 2);
        QCOMPARE(partitions->at(2).number, 5);
        QCOMPARE(warnings.filter(QStringLiteral("overlap")).size(), 2);
        QCOMPARE(warnings.filter(QStringLiteral("outside the disk")).size(), 2);
    }

    void mbrExtendedChain()
    {
        const qint64 sectors = 32768;
        QByteArray disk(sectors * 512, '\0');
        setMbrEntry(disk, 0, 0, 0x83, 2048, 2048);
        setMbrEntry(disk, 0, 1, 0x05, 8192, 16384);
        setMbrEntry(disk, 0, 2, 0x83, 100000, 10); // outside the disk
        setMbrEntry(disk, 8192, 0, 0x82, 2048, 1024);
        setMbrEntry(disk, 8192, 1, 0x05, 4096, 4096);
        setMbrEntry(disk, 12288, 0, 0x8E, 2048, 1024);
        QStringList warnings;
        auto partitions = readPartitions(*std::make_shared<MemorySource>(disk), &warnings);
        QVERIFY(partitions);
        QCOMPARE(partitions->size(), 4);
        const auto& p = *partitions;
        QCOMPARE(p[0].number, 1);
        QCOMPARE(p[0].type, QStringLiteral("linux"));
        QCOMPARE(p[0].offset, 2048 * 512);
        QCOMPARE(p[1].number, 2);
        QCOMPARE(p[1].type, QStringLiteral("extended"));
        QCOMPARE(p[2].number, 5);
        QCOMPARE(p[2].type, QStringLiteral("linux-swap"));
        QCOMPARE(p[2].offset, (8192 + 2048) * 512);
        QCOMPARE(p[2].size, 1024 * 512);
        QCOMPARE(p[3].number, 6);
        QCOMPARE(p[3].type, QStringLiteral("linux-lvm"));
        QCOMPARE(p[3].offset, (12288 + 2048) * 512);
        for (const Partition& partition : p)
            QCOMPARE(partition.scheme, QStringLiteral("mbr"));
        QCOMPARE(warnings.size(), 1);
        QVERIFY(warnings.first().contains(QLatin1String("outside the disk")));

        // The last link points back to the first: the chain must end, each logical once.
        QByteArray loop = disk;
        setMbrEntry(loop, 12288, 1, 0x05, 0, 4096);
        warnings.clear();
        auto looped = readPartitions(*std::make_shared<MemorySource>(loop), &warnings);
        QVERIFY(looped);
        QCOMPARE(looped->size(), 4);
        QCOMPARE(warnings.filter(QStringLiteral("loops")).size(), 1);

        // A link pointing at itself.
        QByteArray self = disk;
        setMbrEntry(self, 8192, 1, 0x05, 0, 4096);
        auto selfLooped = readPartitions(*std::make_shared<MemorySource>(self));
        QVERIFY(selfLooped);
        QCOMPARE(selfLooped->size(), 3);

        // A status byte that no MBR has: random data, not a table.
        QByteArray bogus = disk;
        bogus[446 + 16] = char(0x12);
        auto none = readPartitions(*std::make_shared<MemorySource>(bogus));
        QVERIFY(none);
        QCOMPARE(none->first().scheme, QStringLiteral("none"));
    }

    void truncatedImageFailsCleanly()
    {
        requireTools();
        const QJsonObject manifest = m_manifests[QStringLiteral("mbr")];
        const QString half = m_dir.filePath(QStringLiteral("half.img"));
        {
            QFile in(m_images[QStringLiteral("mbr")]);
            QFile out(half);
            QVERIFY(in.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(in.read(8 * kMiB)), 8 * kMiB);
        }
        auto disk = FileBlockSource::open(half);
        QVERIFY(disk);
        QStringList warnings;
        auto partitions = readPartitions(**disk, &warnings);
        QVERIFY(partitions);
        QVERIFY(partitions->isEmpty()); // the partition reaches past the end: skipped, never read
        QCOMPARE(warnings.size(), 1);

        // What is left of the partition: smaller than the file system says.
        auto clipped = openFileSystem(std::make_shared<SliceSource>(*disk, kMiB, 7 * kMiB));
        QVERIFY(!clipped);
        QCOMPARE(clipped.error().code, QStringLiteral("guest.corrupt_fs"));

        // The partition as the table describes it: the superblock and inode tables at its
        // start are intact, so it opens; what lies in the missing half fails to read, one
        // file or directory at a time, with the reason.
        auto fs = openFileSystem(std::make_shared<SliceSource>(
            *disk, kMiB, manifest[QLatin1String("partition_size")].toInteger()));
        QVERIFY2(fs, qPrintable(fs ? QString() : describe(fs.error())));
        int failures = 0;
        int files = 0;
        QStringList codes;
        const QJsonObject entries = manifest[QLatin1String("files")].toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            if (it.value().toObject()[QLatin1String("type")].toString() != QLatin1String("file"))
                continue;
            ++files;
            auto streamed = streamFile(**fs, it.key().toUtf8());
            if (streamed)
                continue;
            ++failures;
            codes.append(streamed.error().code);
            QVERIFY(streamed.error().message.contains(QLatin1String("ends at 8388608")));
        }
        QVERIFY2(failures > 0, "reading a half image found no missing data");
        QVERIFY2(failures < files, "nothing of the intact half could be read");
        codes.removeDuplicates();
        QCOMPARE(codes, QStringList{QStringLiteral("guest.read_failed")});
        const Status walked = (*fs)->walk([](const QByteArray&, const FileEntry&) { return true; });
        if (!walked) {
            QCOMPARE(walked.error().code, QStringLiteral("guest.read_failed"));
            QVERIFY(!walked.error().message.isEmpty());
        }
    }

    void rawNamesAndExt4Features()
    {
        requireTools();
        const QByteArray tree = QFile::encodeName(m_dir.filePath(QStringLiteral("raw-tree")));
        QVERIFY(::mkdir(tree.constData(), 0755) == 0);
        const auto at = [&](const QByteArray& name) {
            return QByteArray(tree + '/' + name);
        };
        const QByteArray badName("bad\xff\xfe name", 10);
        const QByteArray latin1("caf\xe9.txt");
        QVERIFY(writeRaw(tree + '/' + badName, "raw bytes\n"));
        QVERIFY(writeRaw(tree + '/' + latin1, "latin-1\n"));
        // QDir cannot name these (they are not UTF-8), so QTemporaryDir could not remove them.
        const auto removeRawNames = qScopeGuard([&] {
            ::unlink(at(badName).constData());
            ::unlink(at(latin1).constData());
        });
        QVERIFY(writeRaw(tree + "/small", "hi"));
        QVERIFY(::mkdir(at("many").constData(), 0755) == 0);
        for (int i = 0; i < 3000; ++i)
            QVERIFY(writeRaw(tree + "/many/entry_" + QByteArray::number(i), {}));
        QByteArray deep = tree;
        for (int i = 0; i < 40; ++i) {
            deep += "/d" + QByteArray::number(i);
            QVERIFY(::mkdir(deep.constData(), 0755) == 0);
        }
        QVERIFY(writeRaw(deep + "/bottom", "deep\n"));
        QVERIFY(::symlink("short", at("fastlink").constData()) == 0);
        const QByteArray longTarget = QByteArray(100, 'a') + "/target";
        QVERIFY(::symlink(longTarget.constData(), at("inlinelink").constData()) == 0);
        // Over 4 GiB (i_size_high), almost all hole, one block of data at the end (mke2fs -d
        // drops a trailing hole from the size).
        const qint64 bigSize = 5LL * 1024 * kMiB;
        const qint64 island = bigSize - 4096;
        {
            const int fd = ::open(at("big.sparse").constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QVERIFY(::ftruncate(fd, bigSize) == 0);
            QVERIFY(::pwrite(fd, QByteArray(4096, 'X').constData(), 4096, island) == 4096);
            ::close(fd);
        }
        const QByteArray payload = QByteArray(5000, 'p');
        QVERIFY(writeRaw(tree + "/payload", payload));

        const QString image = m_dir.filePath(QStringLiteral("raw.img"));
        ToolRun made =
            runTool(QStringLiteral("mke2fs"),
                    {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"), QStringLiteral("ext4"),
                     QStringLiteral("-b"), QStringLiteral("1024"), QStringLiteral("-O"),
                     QStringLiteral("inline_data"), QStringLiteral("-L"), QStringLiteral("raw names"),
                     QStringLiteral("-d"), QFile::decodeName(tree), image, QStringLiteral("16M")});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        // Index the big directory (htree), then add a file with unwritten extents whose
        // blocks hold garbage: reading must give zeros there, not the garbage.
        made = runTool(QStringLiteral("e2fsck"), {QStringLiteral("-fyD"), image});
        QVERIFY2(made.exitCode == 0 || made.exitCode == 1, made.output.constData());
        made = runTool(QStringLiteral("debugfs"),
                       {QStringLiteral("-w"), QStringLiteral("-f"), QStringLiteral("-"), image},
                       "write " + tree +
                           "/payload unwritten\nfallocate /unwritten 10 19\nsif /unwritten size 20480\n"
                           // Before 1970, and after 2038 through the epoch bits of i_mtime_extra.
                           "sif /small mtime @-100\nsif /small mtime_extra 0\n"
                           "sif /fastlink mtime @1704067200\nsif /fastlink mtime_extra 1\n"
                           // fscrypt content is ciphertext: refused, not returned.
                           "write " +
                           tree + "/payload secret\nsif /secret flags 0x80800\n");
        QVERIFY2(made.exitCode == 0, made.output.constData());
        made = runTool(QStringLiteral("debugfs"),
                       {QStringLiteral("-R"), QStringLiteral("bmap /unwritten 10"), image});
        qint64 garbageBlock = 0;
        for (const QByteArray& line : made.output.split('\n'))
            if (line.contains("(uninit)"))
                garbageBlock = line.split(' ').first().toLongLong();
        QVERIFY2(garbageBlock > 0, made.output.constData());
        {
            QFile file(image);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.seek(garbageBlock * 1024));
            QCOMPARE(file.write(QByteArray(1024, char(0xAB))), 1024);
        }
        made =
            runTool(QStringLiteral("debugfs"), {QStringLiteral("-R"), QStringLiteral("htree /many"), image});
        QVERIFY2(made.output.contains("Root node dump"), "the big directory was not indexed");

        auto disk = FileBlockSource::open(image);
        QVERIFY(disk);
        auto partitions = readPartitions(**disk);
        QVERIFY(partitions);
        QCOMPARE(partitions->size(), 1);
        QCOMPARE(partitions->first().scheme, QStringLiteral("none"));
        QCOMPARE(partitions->first().number, 0);
        QCOMPARE(partitions->first().size, 16 * kMiB);
        QCOMPARE(partitions->first().type, QStringLiteral("ext4"));
        auto opened = openFileSystem(*disk);
        QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
        GuestFileSystem& fs = **opened;
        QCOMPARE(fs.label(), QStringLiteral("raw names"));

        auto root = fs.list("/");
        QVERIFY(root);
        const QSet<QByteArray> names = namesOf(*root);
        QVERIFY(names.contains(badName));
        QVERIFY(names.contains(latin1));
        auto bad = fs.stat('/' + badName);
        QVERIFY(bad);
        QCOMPARE(bad->name, badName);
        auto badContent = streamFile(fs, '/' + badName, true);
        QVERIFY(badContent);
        QCOMPARE(badContent->content, QByteArray("raw bytes\n"));

        // Inline data: a tiny file and a symlink too long for i_block, but inline.
        auto small = streamFile(fs, "/small", true);
        QVERIFY(small);
        QCOMPARE(small->content, QByteArray("hi"));
        QCOMPARE(fs.stat("/fastlink")->linkTarget, QByteArray("short"));
        QCOMPARE(fs.stat("/small")->mtime, qint64(-100));
        QCOMPARE(fs.stat("/fastlink")->mtime, 1704067200 + (qint64(1) << 32));
        QCOMPARE(fs.stat("/inlinelink")->linkTarget, longTarget);

        auto many = fs.list("/many");
        QVERIFY(many);
        QCOMPARE(many->size(), 3000);
        QVERIFY(namesOf(*many).contains("entry_2999"));
        QVERIFY(fs.stat("/many/entry_1234"));

        QByteArray deepPath;
        for (int i = 0; i < 40; ++i)
            deepPath += "/d" + QByteArray::number(i);
        auto bottom = streamFile(fs, deepPath + "/bottom", true);
        QVERIFY(bottom);
        QCOMPARE(bottom->content, QByteArray("deep\n"));

        auto big = fs.stat("/big.sparse");
        QVERIFY(big);
        QCOMPARE(big->size, bigSize);
        QByteArray islandBytes;
        qint64 total = 0;
        qint64 holes = 0;
        QVERIFY(fs.readFile("/big.sparse", [&](qint64 offset, const char* data, qint64 length, bool hole) {
            if (offset != total)
                return Status(Error{QStringLiteral("test.order"), QString()});
            total += length;
            if (hole)
                holes += length;
            else if (offset <= island && island < offset + length)
                islandBytes = QByteArray(data + (island - offset), 4096);
            return success();
        }));
        QCOMPARE(total, bigSize);
        QCOMPARE(islandBytes, QByteArray(4096, 'X'));
        QVERIFY(holes >= bigSize - 8 * 4096);

        auto unwritten = streamFile(fs, "/unwritten", true);
        QVERIFY(unwritten);
        QCOMPARE(unwritten->bytes, 20480);
        QCOMPARE(unwritten->content, payload + QByteArray(20480 - payload.size(), '\0'));
        QCOMPARE(unwritten->holeBytes, 20480 - 5 * 1024);

        auto secret = fs.readFile("/secret", [](qint64, const char*, qint64, bool) { return success(); });
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, QStringLiteral("guest.unsupported_file"));

        int visited = 0;
        QVERIFY(fs.walk([&](const QByteArray&, const FileEntry&) { return ++visited > 0; }));
        QVERIFY(visited > 3000 + 40);

        // A guest snapshotted while running: the journal still needs replaying.
        opened->reset();
        const QString dirty = m_dir.filePath(QStringLiteral("dirty.img"));
        QVERIFY(QFile::copy(image, dirty));
        made = runTool(QStringLiteral("debugfs"), {QStringLiteral("-w"), QStringLiteral("-R"),
                                                   QStringLiteral("feature needs_recovery"), dirty});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        auto dirtyDisk = FileBlockSource::open(dirty);
        QVERIFY(dirtyDisk);
        auto dirtyFs = Ext4FileSystem::open(*dirtyDisk);
        QVERIFY(dirtyFs);
        QVERIFY((*dirtyFs)->needsRecovery());
        QVERIFY(streamFile(**dirtyFs, "/small"));
    }

    void blockMappedFlavours_data()
    {
        QTest::addColumn<QString>("flavour");
        QTest::newRow("ext2") << QStringLiteral("ext2");
        QTest::newRow("ext3") << QStringLiteral("ext3");
        QTest::newRow("ext4") << QStringLiteral("ext4");
    }
    void blockMappedFlavours()
    {
        QFETCH(QString, flavour);
        requireTools();
        const QByteArray tree = QFile::encodeName(m_dir.filePath(QStringLiteral("tree-") + flavour));
        QVERIFY(::mkdir(tree.constData(), 0755) == 0);
        const auto at = [&](const QByteArray& name) {
            return QByteArray(tree + '/' + name);
        };
        // 1 KiB blocks: past 12 + 256 blocks a file needs double-indirect blocks.
        QByteArray blob(700 * 1024 + 123, Qt::Uninitialized);
        QRandomGenerator(3).fillRange(reinterpret_cast<quint32*>(blob.data()), blob.size() / 4);
        QVERIFY(writeRaw(tree + "/blob", blob));
        // Twelve islands: more extents than fit in the inode, so ext4 needs an extent tree
        // with an index level; ext2/3 need single and double indirect blocks with holes.
        QByteArray holey(3 * kMiB, '\0');
        QVector<qint64> islands;
        for (int i = 0; i < 11; ++i)
            islands.append(i * 256 * 1024 + (i % 3) * 1024);
        islands.append(holey.size() - 1000);
        {
            const int fd = ::open(at("holey").constData(), O_WRONLY | O_CREAT, 0644);
            QVERIFY(fd >= 0);
            QVERIFY(::ftruncate(fd, holey.size()) == 0);
            for (qint64 island : islands) {
                holey.replace(island, 1000, QByteArray(1000, char('a' + island % 26)));
                QVERIFY(::pwrite(fd, holey.constData() + island, 1000, island) == 1000);
            }
            ::close(fd);
        }
        const QByteArray slowTarget = QByteArray(300, 's');
        QVERIFY(::symlink(slowTarget.constData(), at("slowlink").constData()) == 0);
        QVERIFY(::chmod(at("blob").constData(), 04751) == 0);

        const QString image = m_dir.filePath(flavour + QStringLiteral(".img"));
        const ToolRun made =
            runTool(QStringLiteral("mke2fs"),
                    {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"), flavour,
                     QStringLiteral("-b"), QStringLiteral("1024"), QStringLiteral("-d"),
                     QFile::decodeName(tree), image, QStringLiteral("8M")});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        if (flavour == QLatin1String("ext4")) {
            const ToolRun extents = runTool(QStringLiteral("debugfs"),
                                            {QStringLiteral("-R"), QStringLiteral("ex /holey"), image});
            QVERIFY2(extents.output.contains(" 0/ 1 "), extents.output.constData()); // an index level
        }
        auto disk = FileBlockSource::open(image);
        QVERIFY(disk);
        auto opened = openFileSystem(*disk);
        QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
        GuestFileSystem& fs = **opened;
        QCOMPARE(fs.type(), flavour);

        auto blobEntry = fs.stat("/blob");
        QVERIFY(blobEntry);
        QCOMPARE(blobEntry->mode, 04751u);
        auto blobRead = streamFile(fs, "/blob");
        QVERIFY2(blobRead, qPrintable(blobRead ? QString() : describe(blobRead.error())));
        QCOMPARE(blobRead->sha256, sha256Of(blob));
        QCOMPARE(blobRead->holeBytes, 0);

        auto holeyRead = streamFile(fs, "/holey");
        QVERIFY(holeyRead);
        QCOMPARE(holeyRead->sha256, sha256Of(holey));
        QVERIFY(holeyRead->holeBytes > 2 * kMiB);
        QVERIFY(holeyRead->holesAreZero && holeyRead->ordered);

        auto link = fs.stat("/slowlink");
        QVERIFY(link);
        QCOMPARE(link->type, EntryType::Symlink);
        QCOMPARE(link->size, 300);
        QCOMPARE(link->linkTarget, slowTarget);
    }

private:
    void requireTools()
    {
        if (!m_missingTools.isEmpty())
            QSKIP(qPrintable(QStringLiteral("missing tools: ") + m_missingTools));
    }

    static void schemes()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("mbr") << QStringLiteral("mbr");
        QTest::newRow("gpt") << QStringLiteral("gpt");
    }

    static QByteArray readAll(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // The seeded disk's only partition, opened through the partition table.
    std::unique_ptr<GuestFileSystem> openSeeded(const QString& scheme)
    {
        auto disk = FileBlockSource::open(m_images[scheme]);
        if (!disk)
            return nullptr;
        auto partitions = readPartitions(**disk);
        if (!partitions || partitions->isEmpty())
            return nullptr;
        const Partition& p = partitions->first();
        auto fs = openFileSystem(std::make_shared<SliceSource>(*disk, p.offset, p.size));
        if (!fs) {
            qWarning() << describe(fs.error());
            return nullptr;
        }
        return std::move(fs.value());
    }

    QTemporaryDir m_dir;
    QString m_missingTools;
    QHash<QString, QJsonObject> m_manifests;
    QHash<QString, QString> m_images;
};

QTEST_GUILESS_MAIN(TestGuestFs)
#include "tst_guest_fs.moc"
