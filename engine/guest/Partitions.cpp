#include "guest/Partitions.h"

#include "guest/GuestFileSystem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::Partitions)
};

constexpr qint64 kSector = 512;
// Real extended chains hold a handful of logical partitions; Linux stops at 256 slots.
constexpr int kMaxLogical = 128;
// GPT tables hold 128 entries in practice; these bounds only stop hostile headers from
// making us allocate or hash gigabytes.
constexpr quint32 kMaxGptEntries = 16384;
constexpr quint32 kMaxGptEntrySize = 4096;
constexpr qint64 kMaxGptArrayBytes = 4 * 1024 * 1024;

constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 i = 0; i < 256; ++i) {
        quint32 c = i;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}

// GPT uses the zlib/IEEE CRC-32; zlib itself is not among the engine's libraries.
quint32 crc32(const char* data, qint64 length)
{
    static constexpr std::array<quint32, 256> table = makeCrcTable();
    quint32 crc = 0xFFFFFFFFu;
    for (qint64 i = 0; i < length; ++i)
        crc = table[(crc ^ static_cast<quint8>(data[i])) & 0xFF] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFu;
}

quint16 le16(const char* p)
{
    return qFromLittleEndian<quint16>(p);
}
quint32 le32(const char* p)
{
    return qFromLittleEndian<quint32>(p);
}
quint64 le64(const char* p)
{
    return qFromLittleEndian<quint64>(p);
}

bool isExtendedType(quint8 type)
{
    return type == 0x05 || type == 0x0F || type == 0x85;
}

QString mbrTypeName(quint8 type)
{
    switch (type) {
    case 0x83:
        return QStringLiteral("linux");
    case 0x82:
        return QStringLiteral("linux-swap");
    case 0x8E:
        return QStringLiteral("linux-lvm");
    case 0xFD:
        return QStringLiteral("linux-raid");
    case 0x07:
        return QStringLiteral("ntfs");
    case 0x01:
    case 0x04:
    case 0x06:
    case 0x0E:
        return QStringLiteral("fat");
    case 0x0B:
    case 0x0C:
        return QStringLiteral("fat32");
    case 0xEF:
        return QStringLiteral("efi");
    case 0x27:
        return QStringLiteral("windows-recovery");
    case 0x05:
    case 0x0F:
    case 0x85:
        return QStringLiteral("extended");
    default:
        return QStringLiteral("0x%1").arg(uint(type), 2, 16, QLatin1Char('0'));
    }
}

QString guidString(const char* p)
{
    // The first three fields are little-endian, the last two are byte strings.
    QString s = QStringLiteral("%1-%2-%3-")
                    .arg(le32(p), 8, 16, QLatin1Char('0'))
                    .arg(uint(le16(p + 4)), 4, 16, QLatin1Char('0'))
                    .arg(uint(le16(p + 6)), 4, 16, QLatin1Char('0'));
    for (int i = 8; i < 16; ++i) {
        if (i == 10)
            s += QLatin1Char('-');
        s += QStringLiteral("%1").arg(uint(static_cast<quint8>(p[i])), 2, 16, QLatin1Char('0'));
    }
    return s.toUpper();
}

QString gptTypeName(const QString& guid)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("0FC63DAF-8483-4772-8E79-3D69D8477DE4"), QStringLiteral("linux")},
        {QStringLiteral("4F68BCE3-E8CD-4DB1-96E7-FBCAF984B709"), QStringLiteral("linux")}, // x86-64 root
        {QStringLiteral("933AC7E1-2EB4-4F13-B844-0E14E2AEF915"), QStringLiteral("linux")}, // /home
        {QStringLiteral("0657FD6D-A4AB-43C4-84E5-0933C84B4F4F"), QStringLiteral("linux-swap")},
        {QStringLiteral("E6D6D379-F507-44C2-A23C-238F2A3DF928"), QStringLiteral("linux-lvm")},
        {QStringLiteral("A19D880F-05FC-4D3B-A006-743F0F84911E"), QStringLiteral("linux-raid")},
        {QStringLiteral("C12A7328-F81F-11D2-BA4B-00A0C93EC93B"), QStringLiteral("efi")},
        {QStringLiteral("21686148-6449-6E6F-744E-656564454649"), QStringLiteral("bios-boot")},
        {QStringLiteral("EBD0A0A2-B9E5-4433-87C0-68B6B72699C7"), QStringLiteral("microsoft-basic-data")},
        {QStringLiteral("E3C9E316-0B5C-4DB8-817D-F92DF00215AE"), QStringLiteral("microsoft-reserved")},
        {QStringLiteral("DE94BBA4-06D1-4D40-A16A-BFD50179D6AC"), QStringLiteral("windows-recovery")},
    };
    return names.value(guid, guid);
}

class Reader
{
public:
    Reader(BlockSource& disk, QStringList* warnings)
        : m_disk(disk)
        , m_warnings(warnings)
        , m_sectors(disk.size() / kSector)
    {}

    Result<QVector<Partition>> run();

private:
    struct GptHeader
    {
        QByteArray entries;
        quint32 count = 0;
        quint32 entrySize = 0;
    };

    void warn(const QString& message)
    {
        qCWarning(lcGuest).noquote() << message;
        if (m_warnings)
            m_warnings->append(message);
    }
    Result<QByteArray> readSectors(quint64 lba, qint64 bytes);
    bool inDisk(quint64 start, quint64 count) const
    {
        return count > 0 && start < quint64(m_sectors) && count <= quint64(m_sectors) - start;
    }
    Partition make(int number, quint64 start, quint64 count, const QString& scheme, const QString& type) const
    {
        return Partition{number, qint64(start) * kSector, qint64(count) * kSector, scheme, type, {}};
    }

    Result<QVector<Partition>> readMbr(const QByteArray& mbr);
    void readExtended(quint64 start, quint64 count, int& nextLogical, QVector<Partition>& out);
    Result<QVector<Partition>> readGpt();
    Result<GptHeader> readGptHeader(quint64 lba);
    void reportOverlaps(QVector<Partition> partitions);
    QVector<Partition> wholeDisk();

    BlockSource& m_disk;
    QStringList* m_warnings;
    qint64 m_sectors;
};

Result<QByteArray> Reader::readSectors(quint64 lba, qint64 bytes)
{
    if (lba >= quint64(m_sectors) || !fitsInside(qint64(lba) * kSector, bytes, m_disk.size()))
        return readOutOfRange(lba < quint64(m_sectors) ? qint64(lba) * kSector : m_disk.size(), bytes,
                              m_disk.size());
    QByteArray data(bytes, Qt::Uninitialized);
    const Status read = m_disk.read(qint64(lba) * kSector, data.data(), bytes);
    if (!read)
        return read.error();
    return data;
}

QVector<Partition> Reader::wholeDisk()
{
    if (m_disk.size() <= 0)
        return {};
    return {Partition{0, 0, m_disk.size(), QStringLiteral("none"), detectFileSystem(m_disk), {}}};
}

Result<QVector<Partition>> Reader::run()
{
    if (m_sectors < 1)
        return wholeDisk();
    auto mbr = readSectors(0, kSector);
    if (!mbr)
        return mbr.error();
    const char* p = mbr->constData();

    // FAT, exFAT and NTFS boot sectors carry 0x55AA too, but their "table" is boot code.
    const QString atZero = detectFileSystem(m_disk);
    const bool bootSector = atZero == QLatin1String("ntfs") || atZero == QLatin1String("exfat") ||
                            atZero == QLatin1String("vfat");
    bool validMbr = !bootSector && le16(p + 510) == 0xAA55;
    bool protective = false;
    bool anyEntry = false;
    for (int i = 0; i < 4 && validMbr; ++i) {
        const char* e = p + 446 + 16 * i;
        const quint8 status = quint8(e[0]);
        if (status != 0x00 && status != 0x80)
            validMbr = false; // random data or boot code, not a table
        else if (quint8(e[4]) != 0) {
            anyEntry = true;
            protective = protective || quint8(e[4]) == 0xEE;
        }
    }
    if (validMbr && protective)
        return readGpt();
    if (validMbr && anyEntry)
        return readMbr(*mbr);
    // A GPT whose protective MBR was wiped is still a GPT.
    if (m_sectors > 2) {
        auto header = readSectors(1, kSector);
        if (header && header->startsWith("EFI PART"))
            return readGpt();
    }
    return wholeDisk();
}

Result<QVector<Partition>> Reader::readMbr(const QByteArray& mbr)
{
    QVector<Partition> out;
    int nextLogical = 5;
    for (int i = 0; i < 4; ++i) {
        const char* e = mbr.constData() + 446 + 16 * i;
        const quint8 type = quint8(e[4]);
        const quint64 start = le32(e + 8);
        const quint64 count = le32(e + 12);
        if (type == 0 || count == 0)
            continue;
        if (!inDisk(start, count)) {
            warn(
                Text::tr(
                    "MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.")
                    .arg(i + 1)
                    .arg(start)
                    .arg(start + count - 1)
                    .arg(m_sectors));
            continue;
        }
        out.append(make(i + 1, start, count, QStringLiteral("mbr"), mbrTypeName(type)));
        if (isExtendedType(type))
            readExtended(start, count, nextLogical, out);
    }
    reportOverlaps(out);
    return out;
}

void Reader::readExtended(quint64 start, quint64 count, int& nextLogical, QVector<Partition>& out)
{
    const quint64 end = start + count;
    QSet<quint64> visited;
    quint64 ebr = start;
    for (int step = 0;; ++step) {
        if (step == kMaxLogical) {
            warn(Text::tr("The extended partition chain has more than %1 links; the rest was ignored.")
                     .arg(kMaxLogical));
            return;
        }
        if (visited.contains(ebr)) {
            warn(Text::tr("The extended partition chain loops back to sector %1; the rest was ignored.")
                     .arg(ebr));
            return;
        }
        visited.insert(ebr);
        if (ebr < start || ebr >= end) {
            warn(Text::tr("An extended partition link points to sector %1, outside its extended partition; "
                          "the rest was ignored.")
                     .arg(ebr));
            return;
        }
        auto sector = readSectors(ebr, kSector);
        if (!sector) {
            warn(sector.error().message);
            return;
        }
        const char* p = sector->constData();
        if (le16(p + 510) != 0xAA55) {
            warn(Text::tr(
                     "The extended partition link at sector %1 has no boot signature; the rest was ignored.")
                     .arg(ebr));
            return;
        }
        const char* logical = p + 446;
        const char* link = p + 462;
        if (quint8(logical[4]) != 0 && le32(logical + 12) != 0) {
            const int number = nextLogical++;
            const quint64 first = ebr + le32(logical + 8);
            const quint64 sectors = le32(logical + 12);
            if (first >= end || sectors > end - first || !inDisk(first, sectors))
                warn(Text::tr(
                         "Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the "
                         "disk and was skipped.")
                         .arg(number)
                         .arg(first)
                         .arg(first + sectors - 1));
            else
                out.append(
                    make(number, first, sectors, QStringLiteral("mbr"), mbrTypeName(quint8(logical[4]))));
        }
        if (!isExtendedType(quint8(link[4])) || le32(link + 12) == 0)
            return;
        ebr = start + le32(link + 8);
    }
}

Result<Reader::GptHeader> Reader::readGptHeader(quint64 lba)
{
    const auto damaged = [](const QString& why) {
        return Error{QStringLiteral("guest.bad_partition_table"), why};
    };
    auto sector = readSectors(lba, kSector);
    if (!sector)
        return sector.error();
    QByteArray& h = *sector;
    if (!h.startsWith("EFI PART"))
        return damaged(Text::tr("no GPT signature at sector %1").arg(lba));
    const quint32 headerSize = le32(h.constData() + 12);
    if (headerSize < 92 || headerSize > kSector)
        return damaged(Text::tr("the header at sector %1 has an invalid size (%2)").arg(lba).arg(headerSize));
    const quint32 storedCrc = le32(h.constData() + 16);
    std::memset(h.data() + 16, 0, 4);
    if (crc32(h.constData(), headerSize) != storedCrc)
        return damaged(Text::tr("the header at sector %1 fails its checksum").arg(lba));
    if (le64(h.constData() + 24) != lba)
        return damaged(Text::tr("the header at sector %1 says it belongs elsewhere").arg(lba));

    GptHeader header;
    const quint64 entriesLba = le64(h.constData() + 72);
    header.count = le32(h.constData() + 80);
    header.entrySize = le32(h.constData() + 84);
    const quint32 entriesCrc = le32(h.constData() + 88);
    if (header.entrySize < 128 || header.entrySize > kMaxGptEntrySize || header.entrySize % 8 != 0)
        return damaged(Text::tr("the header at sector %1 has an invalid entry size (%2)")
                           .arg(lba)
                           .arg(header.entrySize));
    const qint64 arrayBytes = qint64(header.count) * header.entrySize;
    if (header.count > kMaxGptEntries || arrayBytes > kMaxGptArrayBytes)
        return damaged(
            Text::tr("the header at sector %1 claims an implausible %2 entries").arg(lba).arg(header.count));
    if (!inDisk(entriesLba, quint64((arrayBytes + kSector - 1) / kSector)) && arrayBytes > 0)
        return damaged(Text::tr("the entry array of the header at sector %1 lies outside the disk").arg(lba));
    if (arrayBytes > 0) {
        auto entries = readSectors(entriesLba, arrayBytes);
        if (!entries)
            return entries.error();
        header.entries = std::move(entries.value());
    }
    if (crc32(header.entries.constData(), arrayBytes) != entriesCrc)
        return damaged(Text::tr("the entry array of the header at sector %1 fails its checksum").arg(lba));
    return header;
}

Result<QVector<Partition>> Reader::readGpt()
{
    const quint64 lastLba = quint64(m_sectors) - 1;
    auto header = readGptHeader(1);
    if (!header) {
        const Error primary = header.error();
        header = readGptHeader(lastLba);
        if (!header)
            return Error{QStringLiteral("guest.bad_partition_table"),
                         Text::tr("The GPT partition table is damaged: primary: %1; backup: %2.")
                             .arg(primary.message, header.error().message)};
        warn(Text::tr(
                 "The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.")
                 .arg(primary.message));
    }

    QVector<Partition> out;
    for (quint32 i = 0; i < header->count; ++i) {
        const char* e = header->entries.constData() + qint64(i) * header->entrySize;
        static const char zeroGuid[16] = {};
        if (std::memcmp(e, zeroGuid, 16) == 0)
            continue; // unused slot
        const quint64 first = le64(e + 32);
        const quint64 last = le64(e + 40);
        const int number = int(i) + 1;
        if (last < first || !inDisk(first, last - first + 1)) {
            warn(
                Text::tr(
                    "GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.")
                    .arg(number)
                    .arg(first)
                    .arg(last)
                    .arg(m_sectors));
            continue;
        }
        Partition partition =
            make(number, first, last - first + 1, QStringLiteral("gpt"), gptTypeName(guidString(e)));
        QString name;
        for (int c = 0; c < 36; ++c) {
            const quint16 unit = le16(e + 56 + 2 * c);
            if (unit == 0)
                break;
            name += QChar(unit);
        }
        partition.name = name;
        out.append(partition);
    }
    reportOverlaps(out);
    return out;
}

void Reader::reportOverlaps(QVector<Partition> partitions)
{
    // The extended container holds its logical partitions by design.
    partitions.removeIf([](const Partition& p) { return p.type == QLatin1String("extended"); });
    std::sort(partitions.begin(), partitions.end(),
              [](const Partition& a, const Partition& b) { return a.offset < b.offset; });
    // Compared against the farthest-reaching partition so far, so one large partition
    // covering several small ones is reported for each of them.
    qsizetype reach = 0;
    for (qsizetype i = 1; i < partitions.size(); ++i) {
        const Partition& before = partitions[reach];
        const Partition& after = partitions[i];
        if (after.offset < before.offset + before.size)
            warn(Text::tr("Partitions %1 and %2 overlap; their contents may be mixed up.")
                     .arg(before.number)
                     .arg(after.number));
        if (after.offset + after.size > before.offset + before.size)
            reach = i;
    }
}

} // namespace

Result<QVector<Partition>> readPartitions(BlockSource& disk, QStringList* warnings)
{
    return Reader(disk, warnings).run();
}

} // namespace lifeboat::guest
