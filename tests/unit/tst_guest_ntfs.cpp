#include "guest/BlockSource.h"
#include "guest/GuestFileSystem.h"
#include "guest/NtfsFileSystem.h"
#include "guest/Partitions.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>
#include <algorithm>
#include <atomic>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <thread>
#include <time.h>
#include <vector>

// The fixture writes the image with libntfs-3g itself: there is no FUSE here to mount it.
extern "C" {
#include <ntfs-3g/attrib.h>
#include <ntfs-3g/dir.h>
#include <ntfs-3g/inode.h>
#include <ntfs-3g/layout.h>
#include <ntfs-3g/logfile.h>
#include <ntfs-3g/reparse.h>
#include <ntfs-3g/types.h>
#include <ntfs-3g/volume.h>
}
#undef min
#undef max

using namespace lifeboat;
using namespace lifeboat::guest;

namespace {

constexpr qint64 kKiB = 1024;
constexpr qint64 kMiB = 1024 * 1024;
constexpr qint64 kImageSize = 32 * kMiB;
constexpr qint64 kNtfsEpochOffset = qint64(369 * 365 + 89) * 24 * 3600 * 10000000;

// mkntfs and sfdisk live in sbin, which a non-root PATH often lacks.
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

// A disk that starts failing when told to, as a repository chunk that cannot be read.
class FailingSource : public MemorySource
{
public:
    using MemorySource::MemorySource;
    std::atomic<bool> failing{false};
    Status read(qint64 offset, char* data, qint64 length) override
    {
        if (failing)
            return Error{QStringLiteral("test.chunk_lost"), QStringLiteral("chunk 42 is missing")};
        return MemorySource::read(offset, data, length);
    }
};

QString describe(const Error& error)
{
    return error.code + QStringLiteral(": ") + error.message;
}

QByteArray sha256Of(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

struct Streamed
{
    QByteArray content;
    qint64 holeBytes = 0;
    bool ordered = true;
    bool holesAreZero = true;
    bool piecesBounded = true;
};

Result<Streamed> streamFile(GuestFileSystem& fs, const QByteArray& path)
{
    Streamed out;
    const Status read = fs.readFile(path, [&](qint64 offset, const char* data, qint64 length, bool hole) {
        out.ordered = out.ordered && offset == out.content.size();
        out.piecesBounded = out.piecesBounded && length > 0 && length <= kMiB;
        if (hole) {
            out.holeBytes += length;
            out.holesAreZero =
                out.holesAreZero && std::all_of(data, data + length, [](char c) { return c == 0; });
        }
        out.content.append(data, length);
        return success();
    });
    if (!read)
        return read.error();
    return out;
}

// ---- writing the fixture through libntfs-3g ----------------------------------------

std::vector<ntfschar> utf16(const QString& text)
{
    std::vector<ntfschar> units;
    for (const QChar c : text)
        units.push_back(cpu_to_le16(c.unicode()));
    return units;
}

QByteArray utf16le(const QString& text)
{
    QByteArray out;
    for (const QChar c : text) {
        out.append(char(c.unicode() & 0xFF));
        out.append(char(c.unicode() >> 8));
    }
    return out;
}

ntfs_time ntfsTime(qint64 unixSeconds, qint64 extraTicks)
{
    return ntfs_time(cpu_to_sle64(unixSeconds * 10000000 + extraTicks + kNtfsEpochOffset));
}

// A REPARSE_POINT attribute value for a symbolic link or a junction (mount point).
QByteArray linkReparse(quint32 tag, const QString& substitute, const QString& print, bool relative)
{
    const QByteArray sub = utf16le(substitute);
    const QByteArray shown = utf16le(print);
    QByteArray payload(tag == 0xA000000C ? 12 : 8, '\0');
    qToLittleEndian<quint16>(0, payload.data());
    qToLittleEndian<quint16>(quint16(sub.size()), payload.data() + 2);
    qToLittleEndian<quint16>(quint16(sub.size()), payload.data() + 4);
    qToLittleEndian<quint16>(quint16(shown.size()), payload.data() + 6);
    if (tag == 0xA000000C)
        qToLittleEndian<quint32>(relative ? 1 : 0, payload.data() + 8);
    payload += sub + shown;
    QByteArray value(8, '\0');
    qToLittleEndian<quint32>(tag, value.data());
    qToLittleEndian<quint16>(quint16(payload.size()), value.data() + 4);
    return value + payload;
}

// The first restart page of $LogFile as Windows leaves it while the volume is in use (a
// client still has the log open) or, with `clean`, after a clean shutdown.
QByteArray restartPage(qint64 logFileSize, bool clean)
{
    constexpr qsizetype kPage = 4096;
    constexpr qsizetype kArea = 48; // after the header and its update sequence array
    constexpr qsizetype kClients = 64;
    QByteArray page(kPage, '\0');
    char* rp = page.data();
    std::memcpy(rp, "RSTR", 4);
    qToLittleEndian<quint16>(quint16(offsetof(RESTART_PAGE_HEADER, usn)),
                             rp + offsetof(RESTART_PAGE_HEADER, usa_ofs));
    qToLittleEndian<quint16>(1 + kPage / 512, rp + offsetof(RESTART_PAGE_HEADER, usa_count));
    qToLittleEndian<quint32>(kPage, rp + offsetof(RESTART_PAGE_HEADER, system_page_size));
    qToLittleEndian<quint32>(kPage, rp + offsetof(RESTART_PAGE_HEADER, log_page_size));
    qToLittleEndian<quint16>(kArea, rp + offsetof(RESTART_PAGE_HEADER, restart_area_offset));
    qToLittleEndian<quint16>(1, rp + offsetof(RESTART_PAGE_HEADER, minor_ver));
    qToLittleEndian<quint16>(1, rp + offsetof(RESTART_PAGE_HEADER, major_ver));
    char* ra = rp + kArea;
    qToLittleEndian<quint16>(1, ra + offsetof(RESTART_AREA, log_clients));
    qToLittleEndian<quint16>(0xFFFF, ra + offsetof(RESTART_AREA, client_free_list));
    qToLittleEndian<quint16>(0, ra + offsetof(RESTART_AREA, client_in_use_list));
    qToLittleEndian<quint16>(clean ? 0x0002 : 0, ra + offsetof(RESTART_AREA, flags));
    quint32 bits = 0;
    for (quint64 size = quint64(logFileSize); size; size >>= 1)
        ++bits;
    qToLittleEndian<quint32>(67 - bits, ra + offsetof(RESTART_AREA, seq_number_bits));
    qToLittleEndian<quint16>(quint16(kClients + sizeof(LOG_CLIENT_RECORD)),
                             ra + offsetof(RESTART_AREA, restart_area_length));
    qToLittleEndian<quint16>(kClients, ra + offsetof(RESTART_AREA, client_array_offset));
    qToLittleEndian<qint64>(logFileSize, ra + offsetof(RESTART_AREA, file_size));
    qToLittleEndian<quint16>(0x30, ra + offsetof(RESTART_AREA, log_record_header_length));
    qToLittleEndian<quint16>(0x40, ra + offsetof(RESTART_AREA, log_page_data_offset));
    char* client = ra + kClients;
    qToLittleEndian<quint16>(0xFFFF, client + offsetof(LOG_CLIENT_RECORD, prev_client));
    qToLittleEndian<quint16>(0xFFFF, client + offsetof(LOG_CLIENT_RECORD, next_client));
    // Multi-sector protection: the last word of every sector moves into the update
    // sequence array and the update sequence number takes its place.
    char* usa = rp + offsetof(RESTART_PAGE_HEADER, usn);
    qToLittleEndian<quint16>(1, usa);
    for (qsizetype sector = 0; sector < kPage / 512; ++sector) {
        std::memcpy(usa + 2 + 2 * sector, rp + sector * 512 + 510, 2);
        qToLittleEndian<quint16>(1, rp + sector * 512 + 510);
    }
    return page;
}

QByteArray opaqueReparse(quint32 tag, const QByteArray& payload)
{
    QByteArray value(8, '\0');
    qToLittleEndian<quint32>(tag, value.data());
    qToLittleEndian<quint16>(quint16(payload.size()), value.data() + 4);
    return value + payload;
}

class NtfsWriter
{
public:
    explicit NtfsWriter(ntfs_volume* vol)
        : m_vol(vol)
    {}

    QString error;

    ntfs_inode* openPath(const QByteArray& path)
    {
        ntfs_inode* ni = ntfs_pathname_to_inode(m_vol, nullptr, path.constData());
        if (!ni)
            fail(QStringLiteral("cannot open ") + QString::fromUtf8(path));
        return ni;
    }

    // Creates `name` in `parent`, lets `change` work on it, then closes both.
    bool create(const QByteArray& parent, const std::vector<ntfschar>& name, mode_t type,
                const std::function<bool(ntfs_inode* ni, ntfs_inode* dir)>& change = {})
    {
        ntfs_inode* dir = openPath(parent);
        if (!dir)
            return false;
        ntfs_inode* ni = ntfs_create(dir, 0, name.data(), u8(name.size()), type);
        if (!ni) {
            ntfs_inode_close(dir);
            return fail(QStringLiteral("ntfs_create in ") + QString::fromUtf8(parent));
        }
        bool ok = change ? change(ni, dir) : true;
        ok = ntfs_inode_close_in_dir(ni, dir) == 0 && ok;
        ok = ntfs_inode_close(dir) == 0 && ok;
        return ok || fail(QStringLiteral("closing a new entry in ") + QString::fromUtf8(parent));
    }

    bool mkdir(const QByteArray& parent, const QString& name, le32 flags = 0)
    {
        return create(parent, utf16(name), S_IFDIR, [&](ntfs_inode* ni, ntfs_inode*) {
            setFlags(ni, flags);
            return true;
        });
    }

    // Writes `pieces` (offset → bytes) into the unnamed $DATA.
    bool write(ntfs_inode* ni, const QMap<qint64, QByteArray>& pieces, ATTR_FLAGS* flags = nullptr,
               s64* compressedSize = nullptr)
    {
        ntfs_attr* na = ntfs_attr_open(ni, AT_DATA, AT_UNNAMED, 0);
        if (!na)
            return fail(QStringLiteral("ntfs_attr_open"));
        bool ok = true;
        for (auto it = pieces.cbegin(); it != pieces.cend() && ok; ++it) {
            qint64 done = 0;
            while (ok && done < it.value().size()) {
                const s64 wrote = ntfs_attr_pwrite(na, it.key() + done, it.value().size() - done,
                                                   it.value().constData() + done);
                ok = wrote > 0;
                done += wrote;
            }
        }
        if (na->data_flags & ATTR_COMPRESSION_MASK)
            ok = ntfs_attr_pclose(na) == 0 && ok;
        if (flags)
            *flags = na->data_flags;
        if (compressedSize)
            *compressedSize = na->compressed_size;
        ntfs_attr_close(na);
        return ok || fail(QStringLiteral("ntfs_attr_pwrite"));
    }

    bool file(const QByteArray& parent, const QString& name, const QByteArray& content, le32 flags = 0,
              std::optional<ntfs_time> mtime = {})
    {
        return create(parent, utf16(name), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
            if (!content.isEmpty() && !write(ni, {{0, content}}))
                return false;
            setFlags(ni, flags);
            if (mtime) {
                ni->last_data_change_time = *mtime;
                ntfs_inode_mark_dirty(ni);
                NInoFileNameSetDirty(ni);
            }
            return true;
        });
    }

    bool setReparse(const QByteArray& path, const QByteArray& value)
    {
        ntfs_inode* ni = openPath(path);
        if (!ni)
            return false;
        const int set = ntfs_set_ntfs_reparse_data(ni, value.constData(), size_t(value.size()), 0);
        const bool closed = ntfs_inode_close(ni) == 0;
        return (set == 0 && closed) ||
               fail(QStringLiteral("ntfs_set_ntfs_reparse_data on ") + QString::fromUtf8(path));
    }

    static void setFlags(ntfs_inode* ni, le32 flags)
    {
        if (!flags)
            return;
        ni->flags = FILE_ATTR_FLAGS(le32(ni->flags) | flags);
        ntfs_inode_mark_dirty(ni);
        NInoFileNameSetDirty(ni);
    }

    bool fail(const QString& what)
    {
        if (error.isEmpty())
            error = what + QStringLiteral(": ") + QString::fromLocal8Bit(strerror(errno));
        return false;
    }

private:
    ntfs_volume* m_vol;
};

struct Expected
{
    EntryType type = EntryType::File;
    QByteArray content;
    QByteArray target;
    quint32 mode = 0644;
    std::optional<qint64> mtime;
    QString readError; // the error code readFile must give, when it cannot read
};

QByteArray parentOf(const QByteArray& path)
{
    const qsizetype slash = path.lastIndexOf('/');
    return slash <= 0 ? QByteArray("/") : path.left(slash);
}

QByteArray nameOf(const QByteArray& path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

// Where an MFT record lives in the image, from the boot sector.
qint64 mftRecordOffset(const QByteArray& image, quint64 record)
{
    const qint64 sectorSize = qFromLittleEndian<quint16>(image.constData() + 0x0B);
    const qint64 clusterSize = sectorSize * quint8(image[0x0D]);
    const qint64 mftLcn = qFromLittleEndian<qint64>(image.constData() + 0x30);
    const auto perRecord = qint8(image[0x40]);
    const qint64 recordSize = perRecord < 0 ? qint64(1) << -perRecord : perRecord * clusterSize;
    return mftLcn * clusterSize + qint64(record) * recordSize;
}

} // namespace

class TestGuestNtfs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (findTool(QStringLiteral("mkntfs")).isEmpty())
            return; // every test skips
        m_image = m_dir.filePath(QStringLiteral("ntfs.img"));
        {
            QFile image(m_image);
            QVERIFY(image.open(QIODevice::WriteOnly));
            QVERIFY(image.resize(kImageSize));
        }
        const ToolRun made = runTool(QStringLiteral("mkntfs"),
                                     {QStringLiteral("-F"), QStringLiteral("-f"), QStringLiteral("-q"),
                                      QStringLiteral("-L"), QStringLiteral("winguest"), m_image});
        QVERIFY2(made.exitCode == 0, made.output.constData());
        populate();
        m_imageBytes = readAll(m_image);
        QCOMPARE(m_imageBytes.size(), kImageSize);
    }

    void opensThroughOpenFileSystem()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        QCOMPARE(fs->type(), QStringLiteral("ntfs"));
        QCOMPARE(fs->label(), QStringLiteral("winguest"));
        auto* ntfs = dynamic_cast<NtfsFileSystem*>(fs.get());
        QVERIFY(ntfs);
        QVERIFY(!ntfs->needsRecovery());
        QVERIFY(!ntfs->hibernated());
        auto disk = FileBlockSource::open(m_image);
        QVERIFY(disk);
        QCOMPARE(detectFileSystem(**disk), QStringLiteral("ntfs"));
    }

    void listMatchesExactly()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        QMap<QByteArray, QList<QByteArray>> children;
        children["/"];
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            children[parentOf(it.key())].append(nameOf(it.key()));
            if (it->type == EntryType::Directory)
                children[it.key()];
        }
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            auto listed = fs->list(it.key());
            QVERIFY2(listed, qPrintable(QString::fromUtf8(it.key()) + QStringLiteral(": ") +
                                        describe(listed.error())));
            QList<QByteArray> names;
            for (const FileEntry& entry : *listed)
                names.append(entry.name);
            std::sort(names.begin(), names.end());
            QList<QByteArray> wanted = it.value();
            std::sort(wanted.begin(), wanted.end());
            // Exactly: no metafiles, no 8.3 duplicates, nothing missing.
            QCOMPARE(names, wanted);
        }
        // The directory with hundreds of entries keeps them in index blocks, not the root.
        auto many = fs->list("/Users/alice/Many");
        QVERIFY(many);
        QCOMPARE(many->size(), 300);
    }

    void statMatches()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            const QString where = QString::fromUtf8(it.key());
            auto entry = fs->stat(it.key());
            QVERIFY2(entry, qPrintable(where + QStringLiteral(": ") + describe(entry.error())));
            QVERIFY2(entry->type == it->type, qPrintable(where));
            QCOMPARE(entry->name, nameOf(it.key()));
            QVERIFY2(entry->mode == it->mode,
                     qPrintable(where + QStringLiteral(": mode ") + QString::number(entry->mode, 8)));
            QCOMPARE(entry->uid, 0u);
            QCOMPARE(entry->gid, 0u);
            QVERIFY(entry->inode >= 16);
            if (it->type == EntryType::File)
                QVERIFY2(entry->size == it->content.size(), qPrintable(where));
            if (it->type == EntryType::Symlink) {
                QVERIFY2(entry->linkTarget == it->target,
                         qPrintable(where + QStringLiteral(" -> ") + QString::fromUtf8(entry->linkTarget)));
                QCOMPARE(entry->size, it->target.size());
            }
            if (it->mtime)
                QVERIFY2(entry->mtime == *it->mtime,
                         qPrintable(where + QStringLiteral(": mtime ") + QString::number(entry->mtime)));
            else
                QVERIFY2(entry->mtime >= m_built - 60 && entry->mtime <= m_built + 600, qPrintable(where));
        }
        auto root = fs->stat("/");
        QVERIFY(root);
        QCOMPARE(root->type, EntryType::Directory);
        QCOMPARE(root->name, QByteArray("/"));
    }

    void readFileContent()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        int files = 0;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it) {
            if (it->type != EntryType::File)
                continue;
            const QString where = QString::fromUtf8(it.key());
            auto read = streamFile(*fs, it.key());
            if (!it->readError.isEmpty()) {
                QVERIFY2(!read, qPrintable(where));
                QVERIFY2(read.error().code == it->readError,
                         qPrintable(where + QStringLiteral(": ") + describe(read.error())));
                continue;
            }
            QVERIFY2(read, qPrintable(where + QStringLiteral(": ") + describe(read.error())));
            QVERIFY2(sha256Of(read->content) == sha256Of(it->content), qPrintable(where));
            QVERIFY(read->ordered);
            QVERIFY(read->piecesBounded);
            QVERIFY(read->holesAreZero);
            ++files;
        }
        QVERIFY(files >= 300);
    }

    void sparseRunsArriveAsHoles()
    {
        requireImage();
        QVERIFY2(m_sparseCreated, "libntfs-3g did not make the fixture's sparse.bin sparse");
        auto fs = openImage();
        QVERIFY(fs);
        auto read = streamFile(*fs, "/Users/alice/Documents/sparse.bin");
        QVERIFY2(read, qPrintable(describe(read.error())));
        QCOMPARE(sha256Of(read->content), sha256Of(m_expected["/Users/alice/Documents/sparse.bin"].content));
        // Data at [0, 64 KiB) and [3 MiB, 3 MiB + 4196): the clusters between are a hole.
        QCOMPARE(read->holeBytes, 3 * kMiB - 64 * kKiB);
        // Past the valid data length: zeros, flagged as a hole.
        auto prealloc = streamFile(*fs, "/Users/alice/Documents/prealloc.bin");
        QVERIFY2(prealloc, qPrintable(describe(prealloc.error())));
        QCOMPARE(prealloc->content, m_expected["/Users/alice/Documents/prealloc.bin"].content);
        QCOMPARE(prealloc->holeBytes, 48 * kKiB);
        // A file without sparse runs has no holes.
        auto dense = streamFile(*fs, "/Users/alice/Documents/big.bin");
        QVERIFY(dense);
        QCOMPARE(dense->holeBytes, 0);
    }

    void compressedFilesAreDecompressed()
    {
        requireImage();
        QVERIFY2(m_compressedCreated, "libntfs-3g did not compress the fixture's compressed.txt");
        auto fs = openImage();
        QVERIFY(fs);
        auto read = streamFile(*fs, "/Users/alice/Documents/compressed.txt");
        QVERIFY2(read, qPrintable(describe(read.error())));
        QCOMPARE(read->content.size(), m_expected["/Users/alice/Documents/compressed.txt"].content.size());
        QCOMPARE(sha256Of(read->content),
                 sha256Of(m_expected["/Users/alice/Documents/compressed.txt"].content));
        // Its all-zero compression units are stored as holes and arrive as holes.
        QCOMPARE(read->holeBytes, 128 * kKiB);
    }

    void unreadableFilesSayWhy()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        auto secret = streamFile(*fs, "/Users/alice/Documents/secret.txt");
        QVERIFY(!secret);
        QCOMPARE(secret.error().code, QStringLiteral("guest.unsupported_file"));
        QVERIFY2(secret.error().message.contains(QStringLiteral("EFS")), qPrintable(secret.error().message));
        auto wof = streamFile(*fs, "/Users/alice/links/compact.dll");
        QVERIFY(!wof);
        QCOMPARE(wof.error().code, QStringLiteral("guest.unsupported_file"));
        QVERIFY2(wof.error().message.contains(QStringLiteral("system compression")),
                 qPrintable(wof.error().message));
        auto dedup = streamFile(*fs, "/Users/alice/links/dedup.dat");
        QCOMPARE(dedup.error().code, QStringLiteral("guest.unsupported_file"));
        QVERIFY2(dedup.error().message.contains(QStringLiteral("Deduplication")),
                 qPrintable(dedup.error().message));
        auto placeholder = streamFile(*fs, "/Users/alice/links/placeholder.txt");
        QCOMPARE(placeholder.error().code, QStringLiteral("guest.unsupported_file"));
        QVERIFY2(placeholder.error().message.contains(QStringLiteral("cloud")),
                 qPrintable(placeholder.error().message));
        auto unknown = streamFile(*fs, "/Users/alice/links/vendor.bin");
        QCOMPARE(unknown.error().code, QStringLiteral("guest.unsupported_file"));
        QVERIFY2(unknown.error().message.contains(QStringLiteral("0x80001234")),
                 qPrintable(unknown.error().message));
        for (const char* other : {"/Users/alice/links/socket", "/Users/alice/links/surrogate",
                                  "/Users/alice/links/fifo", "/Users/alice/links/chardev"}) {
            auto special = streamFile(*fs, other);
            QVERIFY2(!special && special.error().code == QLatin1String("guest.not_a_file"), other);
        }
        auto directory = streamFile(*fs, "/Users");
        QCOMPARE(directory.error().code, QStringLiteral("guest.not_a_file"));
        auto link = streamFile(*fs, "/Users/alice/links/to-report");
        QCOMPARE(link.error().code, QStringLiteral("guest.not_a_file"));
        auto junction = streamFile(*fs, "/Users/alice/links/Junction");
        QCOMPARE(junction.error().code, QStringLiteral("guest.not_a_file"));
    }

    void walkVisitsEverything()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        QSet<QByteArray> visited;
        bool parentsFirst = true;
        bool duplicate = false;
        const Status walked = fs->walk([&](const QByteArray& path, const FileEntry& entry) {
            parentsFirst = parentsFirst && (parentOf(path) == "/" || visited.contains(parentOf(path)));
            duplicate = duplicate || visited.contains(path);
            visited.insert(path);
            return entry.name == nameOf(path);
        });
        QVERIFY2(walked, qPrintable(describe(walked.error())));
        QVERIFY(parentsFirst);
        QVERIFY(!duplicate);
        QSet<QByteArray> expected;
        for (auto it = m_expected.cbegin(); it != m_expected.cend(); ++it)
            expected.insert(it.key());
        // The junction is not entered: nothing below it twice.
        QVERIFY2(visited == expected,
                 qPrintable(QStringLiteral("missing: ") +
                            QString::fromUtf8(QList<QByteArray>((expected - visited).values()).join(' ')) +
                            QStringLiteral(" extra: ") +
                            QString::fromUtf8(QList<QByteArray>((visited - expected).values()).join(' '))));

        // Returning false stops the walk, which still succeeds.
        int calls = 0;
        QVERIFY(fs->walk([&](const QByteArray&, const FileEntry&) { return ++calls < 3; }));
        QCOMPARE(calls, 3);
    }

    void badPathsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("dotdot") << QByteArray("/Users/../Users") << QStringLiteral("guest.bad_path");
        QTest::newRow("dot") << QByteArray("/Users/./alice") << QStringLiteral("guest.bad_path");
        QTest::newRow("empty component") << QByteArray("//Users") << QStringLiteral("guest.bad_path");
        QTest::newRow("relative") << QByteArray("Users") << QStringLiteral("guest.bad_path");
        QTest::newRow("through junction")
            << QByteArray("/Users/alice/links/Junction/report.txt") << QStringLiteral("guest.bad_path");
        QTest::newRow("through symlink")
            << QByteArray("/Users/alice/links/to-docs-abs/report.txt") << QStringLiteral("guest.bad_path");
        QTest::newRow("through wsl link")
            << QByteArray("/Users/alice/links/wsl-link/x") << QStringLiteral("guest.bad_path");
        QTest::newRow("missing") << QByteArray("/Users/bob") << QStringLiteral("guest.not_found");
        QTest::newRow("missing deep")
            << QByteArray("/Users/alice/Documents/nope.txt") << QStringLiteral("guest.not_found");
        QTest::newRow("metafile") << QByteArray("/$MFT") << QStringLiteral("guest.not_found");
        QTest::newRow("metafile dir") << QByteArray("/$Extend/$Reparse") << QStringLiteral("guest.not_found");
        QTest::newRow("invalid utf-8") << QByteArray("/Users/\xff\xfe") << QStringLiteral("guest.not_found");
        QTest::newRow("file as dir") << QByteArray("/Users/alice/Documents/report.txt/x")
                                     << QStringLiteral("guest.not_a_directory");
    }
    void badPathsAreRefused()
    {
        QFETCH(QByteArray, path);
        QFETCH(QString, code);
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        auto entry = fs->stat(path);
        QVERIFY(!entry);
        QCOMPARE(entry.error().code, code);
        auto listed = fs->list(path);
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, code);
        const Status read = fs->readFile(path, [](qint64, const char*, qint64, bool) { return success(); });
        QVERIFY(!read);
        QCOMPARE(read.error().code, code);
    }

    void listingALinkIsRefused()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        auto junction = fs->list("/Users/alice/links/Junction");
        QVERIFY(!junction);
        QCOMPARE(junction.error().code, QStringLiteral("guest.bad_path"));
        auto file = fs->list("/Users/alice/Documents/report.txt");
        QVERIFY(!file);
        QCOMPARE(file.error().code, QStringLiteral("guest.not_a_directory"));
    }

    void namesResolveLikeWindows()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        auto exact = fs->stat("/Users/alice/Documents/report.txt");
        QVERIFY(exact);
        // Another case finds the same file, as on Windows.
        auto folded = fs->stat("/users/ALICE/documents/REPORT.TXT");
        QVERIFY2(folded, qPrintable(describe(folded.error())));
        QCOMPARE(folded->inode, exact->inode);
        QCOMPARE(folded->type, EntryType::File);
        // The 8.3 name is not listed but still finds its file.
        auto longName = fs->stat("/Users/alice/Documents/LongDocumentName.docx");
        QVERIFY(longName);
        auto shortName = fs->stat("/Users/alice/Documents/LONGDO~1.DOC");
        QVERIFY2(shortName, qPrintable(describe(shortName.error())));
        QCOMPARE(shortName->inode, longName->inode);
        // Hard links are two entries of one file.
        auto link = fs->stat("/Users/alice/Documents/report-link.txt");
        QVERIFY(link);
        QCOMPARE(link->inode, exact->inode);
        // A name with an unpaired surrogate round-trips through list and stat.
        auto root = fs->list("/");
        QVERIFY(root);
        QByteArray odd;
        for (const FileEntry& entry : *root)
            if (entry.name.startsWith("odd-"))
                odd = entry.name;
        QCOMPARE(odd, m_oddName);
        auto oddEntry = fs->stat('/' + odd);
        QVERIFY2(oddEntry, qPrintable(describe(oddEntry.error())));
        auto oddRead = streamFile(*fs, '/' + odd);
        QVERIFY(oddRead);
        QCOMPARE(oddRead->content, QByteArray("surrogate\n"));
    }

    void sinkErrorStopsTheRead()
    {
        requireImage();
        auto fs = openImage();
        QVERIFY(fs);
        int calls = 0;
        const Status read =
            fs->readFile("/Users/alice/Documents/big.bin", [&](qint64, const char*, qint64, bool) -> Status {
                ++calls;
                return Error{QStringLiteral("test.stop"), QStringLiteral("stop")};
            });
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("test.stop"));
        QCOMPARE(calls, 1);
    }

    void nothingIsWritten()
    {
        requireImage();
        {
            auto fs = openImage();
            QVERIFY(fs);
            QVERIFY(fs->walk([&](const QByteArray& path, const FileEntry& entry) {
                if (entry.type == EntryType::File)
                    (void)streamFile(*fs, path);
                return true;
            }));
        }
        QCOMPARE(sha256Of(readAll(m_image)), sha256Of(m_imageBytes));
    }

    void concurrentReaders()
    {
        requireImage();
        auto shared = openImage();
        QVERIFY(shared);
        auto separate = openImage();
        QVERIFY(separate);
        const QByteArray big = sha256Of(m_expected["/Users/alice/Documents/big.bin"].content);
        const QByteArray compressed = sha256Of(m_expected["/Users/alice/Documents/compressed.txt"].content);
        std::atomic<int> good{0};
        std::vector<std::thread> threads;
        for (int i = 0; i < 4; ++i) {
            GuestFileSystem* fs = i == 3 ? separate.get() : shared.get();
            threads.emplace_back([&, fs, i] {
                for (int round = 0; round < 3; ++round) {
                    const QByteArray path = i % 2 ? QByteArray("/Users/alice/Documents/compressed.txt")
                                                  : QByteArray("/Users/alice/Documents/big.bin");
                    auto read = streamFile(*fs, path);
                    if (read && sha256Of(read->content) == (i % 2 ? compressed : big))
                        ++good;
                }
            });
        }
        for (auto& thread : threads)
            thread.join();
        QCOMPARE(good.load(), 12);
    }

    void throughAPartition()
    {
        requireImage();
        if (findTool(QStringLiteral("sfdisk")).isEmpty())
            QSKIP("sfdisk is missing");
        const QString diskPath = m_dir.filePath(QStringLiteral("disk.img"));
        {
            QFile disk(diskPath);
            QVERIFY(disk.open(QIODevice::WriteOnly));
            QVERIFY(disk.resize(kMiB + kImageSize + kMiB));
        }
        const ToolRun table = runTool(QStringLiteral("sfdisk"), {QStringLiteral("--quiet"), diskPath},
                                      QByteArray("label: dos\nstart=2048, size=") +
                                          QByteArray::number(kImageSize / 512) + ", type=7\n");
        QVERIFY2(table.exitCode == 0, table.output.constData());
        {
            QFile disk(diskPath);
            QVERIFY(disk.open(QIODevice::ReadWrite));
            QVERIFY(disk.seek(kMiB));
            QCOMPARE(disk.write(m_imageBytes), kImageSize);
        }
        auto disk = FileBlockSource::open(diskPath);
        QVERIFY(disk);
        QStringList warnings;
        auto partitions = readPartitions(**disk, &warnings);
        QVERIFY2(partitions, qPrintable(describe(partitions.error())));
        QVERIFY(warnings.isEmpty());
        QCOMPARE(partitions->size(), 1);
        const Partition& p = partitions->first();
        QCOMPARE(p.scheme, QStringLiteral("mbr"));
        QCOMPARE(p.type, QStringLiteral("ntfs"));
        QCOMPARE(p.offset, kMiB);
        QCOMPARE(p.size, kImageSize);
        auto slice = std::make_shared<SliceSource>(*disk, p.offset, p.size);
        QCOMPARE(detectFileSystem(*slice), QStringLiteral("ntfs"));
        auto fs = openFileSystem(slice);
        QVERIFY2(fs, qPrintable(describe(fs.error())));
        QCOMPARE((*fs)->label(), QStringLiteral("winguest"));
        auto listed = (*fs)->list("/Users/alice/Documents");
        QVERIFY(listed);
        QCOMPARE(listed->size(), childCount("/Users/alice/Documents"));
        for (const QByteArray& path : {QByteArray("/Users/alice/Documents/big.bin"),
                                       QByteArray("/Users/alice/Documents/compressed.txt"),
                                       QByteArray("/Users/alice/Documents/Prüfbericht.txt")}) {
            auto read = streamFile(**fs, path);
            QVERIFY2(read, qPrintable(describe(read.error())));
            QCOMPARE(sha256Of(read->content), sha256Of(m_expected[path].content));
        }
        // The whole disk is not NTFS at offset 0: an MBR is no file system.
        auto whole = openFileSystem(*disk);
        QVERIFY(!whole);
        QCOMPARE(whole.error().code, QStringLiteral("guest.unsupported_fs"));
    }

    void notNtfsOrDamaged()
    {
        requireImage();
        // Random bytes: nothing is detected.
        QByteArray noise(4 * kMiB, Qt::Uninitialized);
        QRandomGenerator random(23);
        random.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        auto none = openFileSystem(std::make_shared<MemorySource>(noise));
        QVERIFY(!none);
        QCOMPARE(none.error().code, QStringLiteral("guest.unsupported_fs"));

        // The NTFS signature on noise: libntfs-3g must refuse, not crash.
        std::memcpy(noise.data() + 3, "NTFS    ", 8);
        auto fake = openFileSystem(std::make_shared<MemorySource>(noise));
        QVERIFY(!fake);
        QVERIFY2(fake.error().code == QLatin1String("guest.corrupt_fs"), qPrintable(describe(fake.error())));

        // The signature alone on zeros (what tst_guest_fs probes): still an error.
        QByteArray zeros(kMiB, '\0');
        std::memcpy(zeros.data() + 3, "NTFS    ", 8);
        auto bare = openFileSystem(std::make_shared<MemorySource>(zeros));
        QVERIFY(!bare);
        QCOMPARE(bare.error().code, QStringLiteral("guest.corrupt_fs"));

        // A real boot sector with noise behind it: the MFT cannot be loaded.
        QByteArray garbled = m_imageBytes;
        for (qint64 i = 4096; i < garbled.size(); i += 4)
            qToLittleEndian<quint32>(random.generate(), garbled.data() + i);
        auto broken = openFileSystem(std::make_shared<MemorySource>(garbled));
        QVERIFY(!broken);
        QVERIFY2(broken.error().code == QLatin1String("guest.corrupt_fs"),
                 qPrintable(describe(broken.error())));

        // Too small to hold a boot sector.
        QVERIFY(!NtfsFileSystem::open(std::make_shared<MemorySource>(QByteArray(100, 'x'))));
        QVERIFY(!NtfsFileSystem::open(nullptr));
    }

    void truncatedImageFailsCleanly_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("most of it") << qint64(20 * kMiB);
        QTest::newRow("one MiB") << kMiB;
        QTest::newRow("one sector short") << kImageSize - 512 - 512; // the backup boot sector and one more
    }
    void truncatedImageFailsCleanly()
    {
        QFETCH(qint64, size);
        requireImage();
        const QString path = m_dir.filePath(QStringLiteral("truncated.img"));
        QVERIFY(writeAll(path, m_imageBytes.left(size)));
        auto disk = FileBlockSource::open(path);
        QVERIFY(disk);
        QCOMPARE(detectFileSystem(**disk), QStringLiteral("ntfs"));
        auto fs = openFileSystem(*disk);
        QVERIFY(!fs);
        QCOMPARE(fs.error().code, QStringLiteral("guest.corrupt_fs"));
        QVERIFY2(fs.error().message.contains(QStringLiteral("truncated")), qPrintable(fs.error().message));
    }

    void damagedRecordIsSkipped()
    {
        requireImage();
        quint64 record = 0;
        {
            auto fs = openImage();
            QVERIFY(fs);
            auto tiny = fs->stat("/Users/alice/Documents/tiny.txt");
            QVERIFY(tiny);
            record = tiny->inode;
        }
        QByteArray damaged = m_imageBytes;
        const qint64 at = mftRecordOffset(damaged, record);
        QCOMPARE(damaged.mid(at, 4), QByteArray("FILE"));
        std::memcpy(damaged.data() + at, "JUNK", 4);
        auto fs = openFileSystem(std::make_shared<MemorySource>(damaged));
        QVERIFY2(fs, qPrintable(describe(fs.error())));
        auto listed = (*fs)->list("/Users/alice/Documents");
        QVERIFY2(listed, qPrintable(describe(listed.error())));
        QCOMPARE(listed->size(), childCount("/Users/alice/Documents") - 1);
        for (const FileEntry& entry : *listed)
            QVERIFY(entry.name != "tiny.txt");
        auto tiny = (*fs)->stat("/Users/alice/Documents/tiny.txt");
        QVERIFY(!tiny);
        QCOMPARE(tiny.error().code, QStringLiteral("guest.corrupt_fs"));
        int visited = 0;
        QVERIFY((*fs)->walk([&](const QByteArray&, const FileEntry&) { return ++visited > 0; }));
        QCOMPARE(visited, int(m_expected.size()) - 1);
        auto report = streamFile(**fs, "/Users/alice/Documents/report.txt");
        QVERIFY(report);
    }

    void failingDiskIsReadFailed()
    {
        requireImage();
        auto source = std::make_shared<FailingSource>(m_imageBytes);
        auto fs = openFileSystem(source);
        QVERIFY2(fs, qPrintable(describe(fs.error())));
        source->failing = true;
        auto read = streamFile(**fs, "/Users/alice/Documents/big.bin");
        QVERIFY(!read);
        QCOMPARE(read.error().code, QStringLiteral("guest.read_failed"));
        QVERIFY2(read.error().message.contains(QStringLiteral("chunk 42 is missing")),
                 qPrintable(read.error().message));
        // Not a damaged entry to skip: the listing fails as a whole.
        auto listed = (*fs)->list("/Users/alice/Many");
        QVERIFY(!listed);
        QCOMPARE(listed.error().code, QStringLiteral("guest.read_failed"));
        // Reading works again once the disk does.
        source->failing = false;
        QVERIFY(streamFile(**fs, "/Users/alice/Documents/big.bin"));
        // A disk that fails from the start: the volume cannot be opened.
        source->failing = true;
        auto unreadable = openFileSystem(source);
        QVERIFY(!unreadable);
    }

    void unknownVersionIsUnsupported()
    {
        requireImage();
        // $Volume (MFT record 3) says NTFS 4.0, in the MFT and in its mirror alike.
        QByteArray image = m_imageBytes;
        const qint64 clusterSize =
            qint64(qFromLittleEndian<quint16>(image.constData() + 0x0B)) * quint8(image[0x0D]);
        const qint64 mirror = qFromLittleEndian<qint64>(image.constData() + 0x38) * clusterSize;
        int patched = 0;
        for (const qint64 record : {mftRecordOffset(image, 3),
                                    mirror + 3 * (mftRecordOffset(image, 1) - mftRecordOffset(image, 0))}) {
            QCOMPARE(image.mid(record, 4), QByteArray("FILE"));
            qint64 at = record + qFromLittleEndian<quint16>(image.constData() + record + 0x14);
            while (qFromLittleEndian<quint32>(image.constData() + at) != 0xFFFFFFFF) {
                if (qFromLittleEndian<quint32>(image.constData() + at) == 0x70) { // $VOLUME_INFORMATION
                    const qint64 value = at + qFromLittleEndian<quint16>(image.constData() + at + 0x14);
                    image[value + 8] = 4; // major version
                    image[value + 9] = 0;
                    ++patched;
                    break;
                }
                at += qFromLittleEndian<quint32>(image.constData() + at + 4);
            }
        }
        QCOMPARE(patched, 2);
        auto fs = openFileSystem(std::make_shared<MemorySource>(image));
        QVERIFY(!fs);
        QCOMPARE(fs.error().code, QStringLiteral("guest.unsupported_fs"));
        QVERIFY2(fs.error().message.contains(QStringLiteral("4.0")), qPrintable(fs.error().message));
    }

    void uncleanVolumesOpenReadOnly()
    {
        requireImage();
        // Marked dirty, as Windows leaves a volume it did not unmount.
        const QString dirtyPath = m_dir.filePath(QStringLiteral("dirty.img"));
        QVERIFY(writeAll(dirtyPath, m_imageBytes));
        {
            ntfs_volume* vol = ntfs_mount(dirtyPath.toLocal8Bit().constData(), 0);
            QVERIFY(vol);
            QCOMPARE(ntfs_volume_write_flags(vol, vol->flags | VOLUME_IS_DIRTY), 0);
            QCOMPARE(ntfs_umount(vol, FALSE), 0);
        }
        {
            auto opened = NtfsFileSystem::open(*FileBlockSource::open(dirtyPath));
            QVERIFY2(opened, qPrintable(describe(opened.error())));
            QVERIFY((*opened)->needsRecovery());
            QVERIFY(!(*opened)->hibernated());
            auto read = streamFile(**opened, "/Users/alice/Documents/report.txt");
            QVERIFY(read);
            QCOMPARE(read->content, m_expected["/Users/alice/Documents/report.txt"].content);
        }

        // A journal that a client still holds open: the guest crashed or was snapshotted
        // while running. The same restart page marked clean proves the page itself is valid.
        for (const bool clean : {false, true}) {
            const QString journalPath = m_dir.filePath(QStringLiteral("journal.img"));
            QVERIFY(writeAll(journalPath, m_imageBytes));
            {
                ntfs_volume* vol = ntfs_mount(journalPath.toLocal8Bit().constData(), 0);
                QVERIFY(vol);
                ntfs_inode* log = ntfs_inode_open(vol, FILE_LogFile);
                QVERIFY(log);
                ntfs_attr* na = ntfs_attr_open(log, AT_DATA, AT_UNNAMED, 0);
                QVERIFY(na);
                const QByteArray page = restartPage(na->data_size, clean);
                QCOMPARE(ntfs_attr_pwrite(na, 0, page.size(), page.constData()), s64(page.size()));
                ntfs_attr_close(na);
                QCOMPARE(ntfs_inode_close(log), 0);
                QCOMPARE(ntfs_umount(vol, FALSE), 0);
            }
            auto opened = NtfsFileSystem::open(*FileBlockSource::open(journalPath));
            QVERIFY2(opened, qPrintable(describe(opened.error())));
            QCOMPARE((*opened)->needsRecovery(), !clean);
            QVERIFY(!(*opened)->hibernated());
            auto read = streamFile(**opened, "/Users/alice/Documents/big.bin");
            QVERIFY(read);
            QCOMPARE(read->content, m_expected["/Users/alice/Documents/big.bin"].content);
        }

        // Hibernated (Fast Startup does this at every shutdown): ntfs-3g refuses such a
        // volume read-write; read-only it opens and says so.
        const QString hiberPath = m_dir.filePath(QStringLiteral("hibernated.img"));
        QVERIFY(writeAll(hiberPath, m_imageBytes));
        {
            ntfs_volume* vol = ntfs_mount(hiberPath.toLocal8Bit().constData(), 0);
            QVERIFY(vol);
            NtfsWriter writer(vol);
            const bool made = writer.file("/", QStringLiteral("hiberfil.sys"),
                                          QByteArray("HIBR").append(8 * kKiB - 4, '\x5a'),
                                          FILE_ATTR_HIDDEN | FILE_ATTR_SYSTEM);
            QCOMPARE(ntfs_umount(vol, FALSE), 0);
            QVERIFY2(made, qPrintable(writer.error));
        }
        QVERIFY(!ntfs_mount(hiberPath.toLocal8Bit().constData(), 0)); // read-write: refused
        auto opened = NtfsFileSystem::open(*FileBlockSource::open(hiberPath));
        QVERIFY2(opened, qPrintable(describe(opened.error())));
        QVERIFY((*opened)->hibernated());
        QVERIFY((*opened)->needsRecovery());
        auto root = (*opened)->list("/");
        QVERIFY(root);
        QCOMPARE(root->size(),
                 5); // Users, System Volume Information, pagefile.sys, the odd name, hiberfil.sys
    }

private:
    void requireImage()
    {
        if (m_image.isEmpty())
            QSKIP("mkntfs (Debian package ntfs-3g) is missing");
    }

    std::unique_ptr<GuestFileSystem> openImage()
    {
        if (m_image.isEmpty())
            return nullptr;
        auto disk = FileBlockSource::open(m_image);
        if (!disk)
            return nullptr;
        auto fs = openFileSystem(*disk);
        if (!fs) {
            qWarning() << describe(fs.error());
            return nullptr;
        }
        return std::move(fs.value());
    }

    qsizetype childCount(const QByteArray& directory) const
    {
        const QList<QByteArray> paths = m_expected.keys();
        return std::count_if(paths.begin(), paths.end(),
                             [&](const QByteArray& p) { return parentOf(p) == directory; });
    }

    void expectDir(const QByteArray& path)
    {
        Expected e;
        e.type = EntryType::Directory;
        e.mode = 0755;
        m_expected.insert(path, e);
    }

    void expectFile(const QByteArray& path, const QByteArray& content, quint32 mode = 0644,
                    std::optional<qint64> mtime = {}, const QString& readError = {})
    {
        Expected e;
        e.content = content;
        e.mode = mode;
        e.mtime = mtime;
        e.readError = readError;
        m_expected.insert(path, e);
    }

    void expectOther(const QByteArray& path)
    {
        Expected e;
        e.type = EntryType::Other;
        m_expected.insert(path, e);
    }

    void expectLink(const QByteArray& path, const QByteArray& target)
    {
        Expected e;
        e.type = EntryType::Symlink;
        e.target = target;
        e.mode = 0777;
        m_expected.insert(path, e);
    }

    // Everything the tests expect, written with libntfs-3g into the fresh mkntfs image.
    void populate()
    {
        m_built = QDateTime::currentSecsSinceEpoch();
        ntfs_volume* vol = ntfs_mount(m_image.toLocal8Bit().constData(), 0);
        QVERIFY2(vol, strerror(errno));
        NVolSetCompression(vol);
        NtfsWriter w(vol);
        const auto check = [&](bool ok) {
            if (!ok && w.error.isEmpty())
                w.error = QStringLiteral("a fixture step failed");
            return ok;
        };
        const QByteArray docs = "/Users/alice/Documents";
        QRandomGenerator random(7);

        check(w.mkdir("/", QStringLiteral("Users")) && w.mkdir("/Users", QStringLiteral("alice")) &&
              w.mkdir("/Users/alice", QStringLiteral("Documents")) &&
              // Windows marks customised folders read-only; they stay 0755.
              w.mkdir("/Users/alice", QStringLiteral("Desktop"), FILE_ATTR_READONLY) &&
              w.mkdir("/Users/alice", QStringLiteral("AppData"), FILE_ATTR_HIDDEN) &&
              w.mkdir("/Users/alice", QStringLiteral("Many")) &&
              w.mkdir("/Users/alice", QStringLiteral("links")) &&
              w.mkdir("/", QStringLiteral("System Volume Information"), FILE_ATTR_HIDDEN | FILE_ATTR_SYSTEM));
        for (const char* dir : {"/Users", "/Users/alice", "/Users/alice/Documents", "/Users/alice/Desktop",
                                "/Users/alice/AppData", "/Users/alice/Many", "/Users/alice/links",
                                "/System Volume Information"})
            expectDir(dir);

        QByteArray report;
        for (int i = 0; i < 100; ++i)
            report += "Quarterly report, line " + QByteArray::number(i) + "\r\n";
        QByteArray big(qsizetype(kMiB + kMiB / 2 + 123), Qt::Uninitialized);
        for (char& c : big)
            c = char(random.bounded(256));
        const qint64 dated = 1614834367; // 2021-03-04 05:06:07 UTC
        const qint64 old = -315619200;   // 1960-01-01 00:00:00 UTC
        struct Plain
        {
            Plain(QString n, QByteArray c, le32 f = 0, std::optional<qint64> m = {}, qint64 extra = 0)
                : name(std::move(n))
                , content(std::move(c))
                , flags(f)
                , mtime(m)
                , extraTicks(extra)
            {}
            QString name;
            QByteArray content;
            le32 flags;
            std::optional<qint64> mtime;
            qint64 extraTicks;
        };
        const QList<Plain> plain = {
            {QStringLiteral("report.txt"), report},
            {QStringLiteral("tiny.txt"), "hi\n"},
            {QStringLiteral("big.bin"), big},
            {QStringLiteral("empty.txt"), {}},
            {QStringLiteral("Prüfbericht.txt"), "Prüfung bestanden\n"},
            {QStringLiteral("日本語.txt"), "こんにちは\n"},
            {QStringLiteral("My Notes 2024.txt"), "notes with spaces\n"},
            {QStringLiteral("dated.txt"), "dated\n", 0, dated, 5000000}, // and half a second
            {QStringLiteral("old.txt"), "before 1970\n", 0, old, 2500000},
            {QStringLiteral("readonly.txt"), "do not touch\n", FILE_ATTR_READONLY},
            {QStringLiteral("hidden.txt"), "hidden but listed\n", FILE_ATTR_HIDDEN},
            {QStringLiteral("LongDocumentName.docx"), "long name\n"},
        };
        for (const Plain& p : plain) {
            check(
                w.file(docs, p.name, p.content, p.flags,
                       p.mtime ? std::optional<ntfs_time>(ntfsTime(*p.mtime, p.extraTicks)) : std::nullopt));
            expectFile(docs + '/' + p.name.toUtf8(), p.content, p.flags & FILE_ATTR_READONLY ? 0444 : 0644,
                       p.mtime);
        }
        check(w.file("/Users/alice/AppData", QStringLiteral("config.ini"), "[app]\n"));
        expectFile("/Users/alice/AppData/config.ini", "[app]\n");
        check(w.file("/System Volume Information", QStringLiteral("tracking.log"), QByteArray(600, 't'),
                     FILE_ATTR_HIDDEN | FILE_ATTR_SYSTEM));
        expectFile("/System Volume Information/tracking.log", QByteArray(600, 't'));
        check(w.file("/", QStringLiteral("pagefile.sys"), QByteArray(8 * kKiB, '\0'),
                     FILE_ATTR_HIDDEN | FILE_ATTR_SYSTEM));
        expectFile("/pagefile.sys", QByteArray(8 * kKiB, '\0'));

        // A DOS 8.3 name beside the long one: one more index entry, not one more file.
        if (ntfs_inode* ni = w.openPath(docs + "/LongDocumentName.docx")) {
            ntfs_inode* dir = w.openPath(docs);
            check(dir && ntfs_set_ntfs_dos_name(ni, dir, "LONGDO~1.DOC", 12, 0) == 0); // closes both
        }
        // A hard link: a second name of report.txt.
        if (ntfs_inode* ni = w.openPath(docs + "/report.txt")) {
            ntfs_inode* dir = w.openPath(docs);
            const auto name = utf16(QStringLiteral("report-link.txt"));
            check(dir && ntfs_link(ni, dir, name.data(), u8(name.size())) == 0);
            check(ntfs_inode_close_in_dir(ni, dir) == 0 && ntfs_inode_close(dir) == 0);
            expectFile(docs + "/report-link.txt", report);
        }

        // Sparse: data, then a write far past the end leaves the clusters between unallocated.
        QByteArray head(64 * kKiB, 'h');
        QByteArray tail(4 * kKiB + 100, 't');
        check(w.create(docs, utf16(QStringLiteral("sparse.bin")), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
            ATTR_FLAGS flags{};
            const bool ok = w.write(ni, {{0, head}, {3 * kMiB, tail}}, &flags);
            m_sparseCreated = flags & ATTR_IS_SPARSE;
            return ok;
        }));
        expectFile(docs + "/sparse.bin", head + QByteArray(3 * kMiB - head.size(), '\0') + tail);

        // Allocated but only partly written (its valid data length is short, as after
        // SetFileValidData or a preallocation): the rest reads as zeros.
        check(
            w.create(docs, utf16(QStringLiteral("prealloc.bin")), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
                if (!w.write(ni, {{0, QByteArray(64 * kKiB, 'p')}}))
                    return false;
                ntfs_attr_search_ctx* ctx = ntfs_attr_get_search_ctx(ni, nullptr);
                const bool found =
                    ctx && !ntfs_attr_lookup(AT_DATA, AT_UNNAMED, 0, CASE_SENSITIVE, 0, nullptr, 0, ctx) &&
                    ctx->attr->non_resident;
                if (found) {
                    ctx->attr->initialized_size = cpu_to_sle64(16 * kKiB);
                    ntfs_inode_mark_dirty(ctx->ntfs_ino);
                }
                if (ctx)
                    ntfs_attr_put_search_ctx(ctx);
                return found;
            }));
        expectFile(docs + "/prealloc.bin", QByteArray(16 * kKiB, 'p') + QByteArray(48 * kKiB, '\0'));

        // Compressed: the compressed attribute flag makes libntfs-3g compress what it writes.
        QByteArray text;
        while (text.size() < 128 * kKiB)
            text +=
                "All work and no play makes Jack a dull boy. " + QByteArray::number(text.size() % 97) + '\n';
        text.truncate(128 * kKiB);
        const QByteArray compressible = text + QByteArray(128 * kKiB, '\0') + text.left(10000);
        check(w.create(
            docs, utf16(QStringLiteral("compressed.txt")), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
                ni->flags = FILE_ATTR_FLAGS(ni->flags | FILE_ATTR_COMPRESSED);
                ntfs_inode_mark_dirty(ni);
                ATTR_FLAGS flags{};
                s64 stored = 0;
                const bool ok = w.write(ni, {{0, compressible}}, &flags, &stored);
                m_compressedCreated = (flags & ATTR_IS_COMPRESSED) && stored < compressible.size() / 4;
                return ok;
            }));
        expectFile(docs + "/compressed.txt", compressible);

        // Encrypted (EFS): the flags Windows sets; the content is ciphertext.
        check(w.create(docs, utf16(QStringLiteral("secret.txt")), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
            if (!w.write(ni, {{0, QByteArray(4096, 'x')}}))
                return false;
            ntfs_attr_search_ctx* ctx = ntfs_attr_get_search_ctx(ni, nullptr);
            const bool found =
                ctx && !ntfs_attr_lookup(AT_DATA, AT_UNNAMED, 0, CASE_SENSITIVE, 0, nullptr, 0, ctx);
            if (found) {
                ctx->attr->flags = ATTR_FLAGS(ctx->attr->flags | ATTR_IS_ENCRYPTED);
                ntfs_inode_mark_dirty(ctx->ntfs_ino);
            }
            if (ctx)
                ntfs_attr_put_search_ctx(ctx);
            NtfsWriter::setFlags(ni, FILE_ATTR_ENCRYPTED);
            return found;
        }));
        expectFile(docs + "/secret.txt", QByteArray(4096, 'x'), 0644, {},
                   QStringLiteral("guest.unsupported_file"));

        // Hundreds of entries: the directory index grows into index allocation blocks.
        for (int i = 0; i < 300; ++i) {
            const QString name = QStringLiteral("file-%1.txt").arg(i, 3, 10, QLatin1Char('0'));
            const QByteArray content = QByteArray::number(i) + '\n';
            check(w.file("/Users/alice/Many", name, content));
            expectFile("/Users/alice/Many/" + name.toUtf8(), content);
        }

        // Links of every kind Windows, WSL and Interix make.
        const QByteArray links = "/Users/alice/links";
        check(w.file(links, QStringLiteral("to-report"), {}) &&
              w.setReparse(links + "/to-report",
                           linkReparse(0xA000000C, QStringLiteral("..\\Documents\\report.txt"),
                                       QStringLiteral("..\\Documents\\report.txt"), true)));
        expectLink(links + "/to-report", "../Documents/report.txt");
        check(w.mkdir(links, QStringLiteral("to-docs-abs")) &&
              w.setReparse(links + "/to-docs-abs",
                           linkReparse(0xA000000C, QStringLiteral("\\??\\C:\\Users\\alice\\Documents"),
                                       QStringLiteral("C:\\Users\\alice\\Documents"), false)));
        expectLink(links + "/to-docs-abs", "C:/Users/alice/Documents");
        // A junction without a print name (as some tools make them): the substitute name.
        check(w.mkdir(links, QStringLiteral("Junction")) &&
              w.setReparse(links + "/Junction",
                           linkReparse(0xA0000003, QStringLiteral("\\??\\C:\\Users\\alice\\Documents"),
                                       QString(), false)));
        expectLink(links + "/Junction", "C:/Users/alice/Documents");
        check(w.create(links, utf16(QStringLiteral("wsl-link")), S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
            const auto target = utf16(QStringLiteral("../Documents/tiny.txt"));
            return ntfs_reparse_set_wsl_symlink(ni, target.data(), int(target.size())) == 0 ||
                   w.fail("wsl link");
        }));
        expectLink(links + "/wsl-link", "../Documents/tiny.txt");
        {
            ntfs_inode* dir = w.openPath(links);
            const auto name = utf16(QStringLiteral("interix-link"));
            const auto target = utf16(QStringLiteral("../Documents/report.txt"));
            ntfs_inode* ni = dir ? ntfs_create_symlink(dir, 0, name.data(), u8(name.size()), target.data(),
                                                       int(target.size()))
                                 : nullptr;
            check(ni && ntfs_inode_close_in_dir(ni, dir) == 0);
            check(dir && ntfs_inode_close(dir) == 0);
            expectLink(links + "/interix-link", "../Documents/report.txt");
        }
        // Windows system compression (WOF): the $DATA is not the content.
        check(w.file(links, QStringLiteral("compact.dll"), QByteArray(100, 'w')) &&
              w.setReparse(links + "/compact.dll", opaqueReparse(0x80000017, QByteArray(16, '\1'))));
        expectFile(links + "/compact.dll", QByteArray(100, 'w'), 0644, {},
                   QStringLiteral("guest.unsupported_file"));
        // Deduplicated, a dehydrated cloud file, an unknown vendor's tag: not readable either.
        for (const auto& [name, tag] : {std::pair{QStringLiteral("dedup.dat"), 0x80000013u},
                                        std::pair{QStringLiteral("placeholder.txt"), 0x9000101Au},
                                        std::pair{QStringLiteral("vendor.bin"), 0x80001234u}}) {
            check(w.file(links, name, QByteArray(50, 'd')) &&
                  w.setReparse(links + '/' + name.toUtf8(), opaqueReparse(tag, QByteArray(8, '\3'))));
            expectFile(links + '/' + name.toUtf8(), QByteArray(50, 'd'), 0644, {},
                       QStringLiteral("guest.unsupported_file"));
        }
        // A WSL socket and an unknown name surrogate: listed, never read.
        for (const auto& [name, tag] : {std::pair{QStringLiteral("socket"), 0x80000023u},
                                        std::pair{QStringLiteral("surrogate"), 0xA0000099u}}) {
            check(w.file(links, name, {},
                         tag == 0x80000023u ? 0x40000u : 0u) && // WSL marks its sockets recall-on-open
                  w.setReparse(links + '/' + name.toUtf8(),
                               opaqueReparse(tag, tag == 0x80000023u ? QByteArray() : QByteArray(8, '\4'))));
            expectOther(links + '/' + name.toUtf8());
        }
        // Interix special files as older ntfs-3g makes them.
        check(w.create(links, utf16(QStringLiteral("fifo")), S_IFIFO));
        expectOther(links + "/fifo");
        {
            ntfs_inode* dir = w.openPath(links);
            const auto name = utf16(QStringLiteral("chardev"));
            ntfs_inode* ni =
                dir ? ntfs_create_device(dir, 0, name.data(), u8(name.size()), S_IFCHR, makedev(1, 3))
                    : nullptr;
            check(ni && ntfs_inode_close_in_dir(ni, dir) == 0);
            check(dir && ntfs_inode_close(dir) == 0);
            expectOther(links + "/chardev");
        }
        // A cloud-synced folder: a reparse point that is still a folder with its files.
        check(w.mkdir(links, QStringLiteral("OneDrive")) &&
              w.file(links + "/OneDrive", QStringLiteral("synced.txt"), "synced\n") &&
              w.setReparse(links + "/OneDrive", opaqueReparse(0x9000701A, QByteArray(8, '\2'))));
        expectDir(links + "/OneDrive");
        expectFile(links + "/OneDrive/synced.txt", "synced\n");

        // A name with an unpaired surrogate, which Windows allows.
        std::vector<ntfschar> odd = utf16(QStringLiteral("odd-"));
        odd.push_back(cpu_to_le16(0xD800));
        odd.push_back(cpu_to_le16('x'));
        check(w.create("/", odd, S_IFREG, [&](ntfs_inode* ni, ntfs_inode*) {
            return w.write(ni, {{0, "surrogate\n"}});
        }));
        m_oddName = QByteArray("odd-\xED\xA0\x80x");
        expectFile('/' + m_oddName, "surrogate\n");

        QCOMPARE(ntfs_umount(vol, FALSE), 0);
        QVERIFY2(w.error.isEmpty(), qPrintable(w.error));
    }

    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_imageBytes;
    qint64 m_built = 0;
    QMap<QByteArray, Expected> m_expected;
    QByteArray m_oddName;
    bool m_sparseCreated = false;
    bool m_compressedCreated = false;
};

QTEST_GUILESS_MAIN(TestGuestNtfs)
#include "tst_guest_ntfs.moc"
