#include "guest/ZipTarget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <sys/stat.h>
#include <zlib.h>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::ZipTarget)
};

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEnd = 0x06054b50;
constexpr quint32 kEnd64 = 0x06064b50;
constexpr quint32 kEnd64Locator = 0x07064b50;
constexpr quint16 kFlagUtf8 = 1 << 11;
constexpr quint16 kMadeByUnix = (3 << 8) | 45;
constexpr quint16 kNeeded64 = 45;
constexpr quint32 k32Max = 0xFFFFFFFFu;

void put16(QByteArray& out, quint64 value)
{
    out.append(static_cast<char>(value & 0xFF));
    out.append(static_cast<char>((value >> 8) & 0xFF));
}

void put32(QByteArray& out, quint64 value)
{
    put16(out, value & 0xFFFF);
    put16(out, (value >> 16) & 0xFFFF);
}

void put64(QByteArray& out, quint64 value)
{
    put32(out, value & k32Max);
    put32(out, value >> 32);
}

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder(bytes);
    return !decoder.hasError();
}

// DOS time and date of a Unix time, in local time as zip tools expect; 1980 at the earliest.
std::pair<quint16, quint16> dosTime(qint64 seconds)
{
    QDateTime time = QDateTime::fromSecsSinceEpoch(seconds).toLocalTime();
    if (time.date().year() < 1980)
        time = QDateTime(QDate(1980, 1, 1), QTime(0, 0));
    const QDate d = time.date();
    const QTime t = time.time();
    return {static_cast<quint16>((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2)),
            static_cast<quint16>(((d.year() - 1980) << 9) | (d.month() << 5) | d.day())};
}

struct CentralEntry
{
    QByteArray name;
    quint16 method = 0;
    quint32 crc = 0;
    quint64 compressed = 0;
    quint64 size = 0;
    quint64 offset = 0;
    quint32 unixMode = 0;
    qint64 mtime = 0;
};

class ZipTarget final : public ExtractTarget
{
public:
    explicit ZipTarget(QString file)
        : m_path(std::move(file))
        , m_file(m_path)
    {}

    Result<TargetDir> root() override
    {
        if (QFileInfo::exists(m_path))
            return Error{QStringLiteral("restore.exists"),
                         Text::tr("%1 exists already; choose another file.").arg(m_path)};
        if (!m_file.open(QIODevice::WriteOnly))
            return Error{QStringLiteral("restore.target"),
                         Text::tr("%1 cannot be written: %2").arg(m_path, m_file.errorString())};
        return TargetDir{-1, QByteArray()};
    }

    Existing existing(const TargetDir& dir, const QByteArray& name) override
    {
        const QByteArray path = join(dir, name);
        if (m_directories.contains(path))
            return Existing::Directory;
        return m_names.contains(path) ? Existing::Other : Existing::None;
    }

    Result<TargetDir> enterDirectory(const TargetDir& dir, const QByteArray& name) override
    {
        const QByteArray path = join(dir, name);
        return TargetDir{-1, path};
    }

    void finishDirectory(TargetDir& dir, const FileEntry& entry, const ExtractOptions&) override
    {
        // Written after the content, which is fine for zip; its attributes are its own.
        if (m_directories.contains(dir.path))
            return;
        m_directories.insert(dir.path);
        // A folder entry that cannot be stored is left out; its files report themselves.
        if (Status written = writeEntry(dir.path + '/', S_IFDIR | (entry.mode & 07777), entry.mtime, {}, 0);
            !written && isFatalTargetError(written.error()))
            m_failure = written.error();
    }

    void leaveDirectory(TargetDir&) override {}

    Status writeFile(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool,
                     const std::function<Status(const ContentWriter&)>& produce,
                     const ExtractOptions&) override
    {
        if (m_failure)
            return *m_failure;
        const QByteArray path = join(dir, name);
        m_names.insert(path);
        return writeEntry(path, S_IFREG | (entry.mode & 07777), entry.mtime, produce, 8);
    }

    Status symlink(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool,
                   const ExtractOptions&) override
    {
        if (m_failure)
            return *m_failure;
        const QByteArray path = join(dir, name);
        m_names.insert(path);
        const QByteArray target = entry.linkTarget;
        // Zip tools recognise a link by its mode; its content is the target.
        return writeEntry(
            path, S_IFLNK | 0777, entry.mtime,
            [&target](const ContentWriter& write) {
                return write(0, target.constData(), target.size(), false);
            },
            0);
    }

    Status finish()
    {
        if (m_failure)
            return *m_failure;
        const quint64 centralStart = static_cast<quint64>(m_file.pos());
        QByteArray central;
        for (const CentralEntry& entry : std::as_const(m_entries)) {
            const bool needs64 = entry.size >= k32Max || entry.compressed >= k32Max || entry.offset >= k32Max;
            QByteArray extra = timestampExtra(entry.mtime);
            if (needs64) {
                put16(extra, 0x0001);
                put16(extra, 24);
                put64(extra, entry.size);
                put64(extra, entry.compressed);
                put64(extra, entry.offset);
            }
            const auto [time, date] = dosTime(entry.mtime);
            put32(central, kCentralHeader);
            put16(central, kMadeByUnix);
            put16(central, kNeeded64);
            put16(central, isUtf8(entry.name) ? kFlagUtf8 : 0);
            put16(central, entry.method);
            put16(central, time);
            put16(central, date);
            put32(central, entry.crc);
            put32(central, needs64 ? k32Max : entry.compressed);
            put32(central, needs64 ? k32Max : entry.size);
            put16(central, static_cast<quint64>(entry.name.size()));
            put16(central, static_cast<quint64>(extra.size()));
            put16(central, 0); // comment
            put16(central, 0); // disk
            put16(central, 0); // internal attributes
            put32(central, static_cast<quint64>(entry.unixMode) << 16);
            put32(central, needs64 ? k32Max : entry.offset);
            central += entry.name + extra;
        }
        const quint64 entries = static_cast<quint64>(m_entries.size());
        const quint64 centralSize = static_cast<quint64>(central.size());
        QByteArray end;
        if (entries >= 0xFFFF || centralStart >= k32Max || centralSize >= k32Max) {
            const quint64 end64At = centralStart + centralSize;
            put32(end, kEnd64);
            put64(end, 44);
            put16(end, kMadeByUnix);
            put16(end, kNeeded64);
            put32(end, 0);
            put32(end, 0);
            put64(end, entries);
            put64(end, entries);
            put64(end, centralSize);
            put64(end, centralStart);
            put32(end, kEnd64Locator);
            put32(end, 0);
            put64(end, end64At);
            put32(end, 1);
        }
        put32(end, kEnd);
        put16(end, 0);
        put16(end, 0);
        put16(end, std::min<quint64>(entries, 0xFFFF));
        put16(end, std::min<quint64>(entries, 0xFFFF));
        put32(end, std::min<quint64>(centralSize, k32Max));
        put32(end, std::min<quint64>(centralStart, k32Max));
        put16(end, 0);
        if (Status written = write(central + end); !written)
            return written;
        if (!m_file.commit())
            return Error{QStringLiteral("restore.write_failed"),
                         Text::tr("%1 cannot be written: %2").arg(m_path, m_file.errorString())};
        return success();
    }

private:
    static QByteArray join(const TargetDir& dir, const QByteArray& name)
    {
        return dir.path.isEmpty() ? name : dir.path + '/' + name;
    }

    static QByteArray timestampExtra(qint64 mtime)
    {
        QByteArray extra;
        put16(extra, 0x5455); // extended timestamp: modification time, Unix seconds
        put16(extra, 5);
        extra.append(char(1));
        put32(extra, static_cast<quint64>(static_cast<quint32>(mtime)));
        return extra;
    }

    Status write(const QByteArray& bytes)
    {
        if (m_file.write(bytes) != bytes.size())
            return Error{QStringLiteral("restore.write_failed"),
                         Text::tr("%1 cannot be written: %2").arg(m_path, m_file.errorString())};
        return success();
    }

    // One entry: a local header with placeholders, the (deflated) data, then the header
    // patched with the CRC and sizes, since the size of the compressed data is known only
    // at the end and the archive is a seekable file.
    Status writeEntry(const QByteArray& name, quint32 unixMode, qint64 mtime,
                      const std::function<Status(const ContentWriter&)>& produce, quint16 method)
    {
        // Some extractors take "\\" for a folder separator ("..\\x" would climb out of their
        // target), and a zip name has at most 65,535 bytes.
        if (name.contains('\\') || name.size() > 0xFFFF)
            return Error{QStringLiteral("restore.entry_failed"),
                         Text::tr("%1 cannot be stored in a zip file (a backslash in the name, or a path "
                                  "longer than 65,535 bytes).")
                             .arg(displayPath(name))};
        CentralEntry entry{name, method, 0, 0, 0, static_cast<quint64>(m_file.pos()), unixMode, mtime};
        const auto [time, date] = dosTime(mtime);
        QByteArray header;
        put32(header, kLocalHeader);
        put16(header, kNeeded64);
        put16(header, isUtf8(name) ? kFlagUtf8 : 0);
        put16(header, method);
        put16(header, time);
        put16(header, date);
        put32(header, 0);      // CRC, patched
        put32(header, k32Max); // sizes in the ZIP64 field below
        put32(header, k32Max);
        put16(header, static_cast<quint64>(name.size()));
        const QByteArray timestamp = timestampExtra(mtime);
        put16(header, static_cast<quint64>(20 + timestamp.size()));
        header += name;
        const qint64 sizesAt = static_cast<qint64>(entry.offset) + header.size() + 4;
        put16(header, 0x0001);
        put16(header, 16);
        put64(header, 0); // size, patched
        put64(header, 0); // compressed size, patched
        header += timestamp;
        if (Status written = write(header); !written)
            return written;
        if (produce) {
            z_stream zip{};
            if (method == 8 && deflateInit2(&zip, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8,
                                            Z_DEFAULT_STRATEGY) != Z_OK)
                return Error{QStringLiteral("restore.write_failed"), Text::tr("Cannot start compression.")};
            QByteArray out(256 * 1024, Qt::Uninitialized);
            auto compress = [&](const char* data, qint64 length, int flush) -> Status {
                zip.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data));
                zip.avail_in = static_cast<uInt>(length);
                do {
                    zip.next_out = reinterpret_cast<Bytef*>(out.data());
                    zip.avail_out = static_cast<uInt>(out.size());
                    deflate(&zip, flush);
                    const qint64 produced = out.size() - static_cast<qint64>(zip.avail_out);
                    if (Status written = write(out.left(produced)); !written)
                        return written;
                    entry.compressed += static_cast<quint64>(produced);
                } while (zip.avail_out == 0 || (flush == Z_FINISH && zip.avail_in > 0));
                return success();
            };
            Status produced = produce([&](qint64, const char* data, qint64 length, bool) -> Status {
                // Holes are zeros in a zip: they compress to almost nothing.
                for (qint64 done = 0; done < length;) {
                    const qint64 piece = std::min<qint64>(length - done, 1 << 20);
                    entry.crc = static_cast<quint32>(crc32(
                        entry.crc, reinterpret_cast<const Bytef*>(data + done), static_cast<uInt>(piece)));
                    entry.size += static_cast<quint64>(piece);
                    if (method == 8) {
                        if (Status ok = compress(data + done, piece, Z_NO_FLUSH); !ok)
                            return ok;
                    } else {
                        if (Status ok = write(QByteArray::fromRawData(data + done, piece)); !ok)
                            return ok;
                        entry.compressed += static_cast<quint64>(piece);
                    }
                    done += piece;
                }
                return success();
            });
            if (produced && method == 8)
                produced = compress(nullptr, 0, Z_FINISH);
            if (method == 8)
                deflateEnd(&zip);
            if (!produced) {
                // The archive is abandoned whole: a half entry cannot be taken back.
                m_failure = produced.error();
                return produced;
            }
        }
        const qint64 end = m_file.pos();
        QByteArray crc, sizes;
        put32(crc, entry.crc);
        put64(sizes, entry.size);
        put64(sizes, entry.compressed);
        if (!m_file.seek(static_cast<qint64>(entry.offset) + 14) || !write(crc) || !m_file.seek(sizesAt) ||
            !write(sizes) || !m_file.seek(end))
            return Error{QStringLiteral("restore.write_failed"),
                         Text::tr("%1 cannot be written: %2").arg(m_path, m_file.errorString())};
        m_entries.append(entry);
        return success();
    }

    QString m_path;
    QSaveFile m_file;
    QVector<CentralEntry> m_entries;
    QSet<QByteArray> m_names;
    QSet<QByteArray> m_directories;
    std::optional<Error> m_failure;
};

} // namespace

Result<ExtractStats> extractToZip(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                  const QString& zipFile, const ExtractOptions& options)
{
    ZipTarget target(zipFile);
    ExtractOptions zipOptions = options;
    zipOptions.onExisting = OnExisting::Skip; // a new archive: only two selections of one name collide
    auto extracted = extract(fs, guestPaths, target, zipOptions);
    if (!extracted)
        return extracted;
    if (Status finished = target.finish(); !finished)
        return finished.error();
    return extracted;
}

} // namespace lifeboat::guest
