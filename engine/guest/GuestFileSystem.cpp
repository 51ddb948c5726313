#include "guest/GuestFileSystem.h"

#include "guest/Ext4FileSystem.h"
#include "guest/NtfsFileSystem.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <cstring>

Q_LOGGING_CATEGORY(lcGuest, "lifeboat.engine.guest", QtInfoMsg)

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::GuestFileSystem)
};

// Btrfs keeps its first superblock at 64 KiB, the farthest signature probed here.
constexpr qint64 kProbeBytes = 68 * 1024;

bool hasBytes(const QByteArray& head, qint64 offset, const char* magic, qint64 length)
{
    return head.size() >= offset + length &&
           std::memcmp(head.constData() + offset, magic, size_t(length)) == 0;
}

Error badPath(const QByteArray& path, const QString& why)
{
    return Error{QStringLiteral("guest.bad_path"),
                 Text::tr("The guest path \"%1\" is not valid: %2").arg(QString::fromUtf8(path), why)};
}

} // namespace

QString detectFileSystem(BlockSource& source)
{
    QByteArray head(std::min(source.size(), kProbeBytes), Qt::Uninitialized);
    if (head.isEmpty() || !source.read(0, head.data(), head.size()))
        return {};
    const auto le16 = [&](qint64 offset) {
        return qFromLittleEndian<quint16>(head.constData() + offset);
    };
    const auto le32 = [&](qint64 offset) {
        return qFromLittleEndian<quint32>(head.constData() + offset);
    };

    // The ext superblock starts at 1024; its magic at +0x38 and feature words at +0x5C.
    if (head.size() >= 2048 && le16(1024 + 0x38) == 0xEF53)
        return extFlavour(le32(1024 + 0x5C), le32(1024 + 0x60), le32(1024 + 0x64));
    if (hasBytes(head, 3, "NTFS    ", 8))
        return QStringLiteral("ntfs");
    if (hasBytes(head, 3, "EXFAT   ", 8))
        return QStringLiteral("exfat");
    if (hasBytes(head, 510, "\x55\xAA", 2) &&
        (hasBytes(head, 54, "FAT12   ", 8) || hasBytes(head, 54, "FAT16   ", 8) ||
         hasBytes(head, 54, "FAT     ", 8) || hasBytes(head, 82, "FAT32   ", 8)))
        return QStringLiteral("vfat");
    if (hasBytes(head, 0, "XFSB", 4))
        return QStringLiteral("xfs");
    if (hasBytes(head, 0x10040, "_BHRfS_M", 8))
        return QStringLiteral("btrfs");
    if (hasBytes(head, 0, "LUKS\xBA\xBE", 6))
        return QStringLiteral("luks");
    // LVM may put its label in any of the first four sectors.
    for (qint64 sector = 0; sector < 4; ++sector)
        if (hasBytes(head, sector * 512, "LABELONE", 8) && hasBytes(head, sector * 512 + 24, "LVM2 001", 8))
            return QStringLiteral("lvm2");
    if (hasBytes(head, 4096 - 10, "SWAPSPACE2", 10) || hasBytes(head, 4096 - 10, "SWAP-SPACE", 10))
        return QStringLiteral("swap");
    return {};
}

Result<std::unique_ptr<GuestFileSystem>> openFileSystem(std::shared_ptr<BlockSource> partition)
{
    const QString found = partition ? detectFileSystem(*partition) : QString();
    const auto unsupported = [](const QString& message) -> Result<std::unique_ptr<GuestFileSystem>> {
        return Error{QStringLiteral("guest.unsupported_fs"), message};
    };
    if (found == QLatin1String("ext2") || found == QLatin1String("ext3") || found == QLatin1String("ext4")) {
        auto opened = Ext4FileSystem::open(std::move(partition));
        if (!opened)
            return opened.error();
        return std::unique_ptr<GuestFileSystem>(std::move(opened.value()));
    }
    if (found == QLatin1String("jbd"))
        return unsupported(Text::tr("This partition holds the external journal of an ext3/ext4 file "
                                    "system; it contains no files."));
    if (found == QLatin1String("ntfs")) {
        auto opened = NtfsFileSystem::open(std::move(partition));
        if (!opened)
            return opened.error();
        return std::unique_ptr<GuestFileSystem>(std::move(opened.value()));
    }
    if (found == QLatin1String("exfat"))
        return unsupported(Text::tr("exFAT is not supported yet."));
    if (found == QLatin1String("vfat"))
        return unsupported(Text::tr("FAT is not supported yet."));
    if (found == QLatin1String("xfs"))
        return unsupported(Text::tr("XFS is not supported yet."));
    if (found == QLatin1String("btrfs"))
        return unsupported(Text::tr("Btrfs is not supported yet."));
    if (found == QLatin1String("luks"))
        return unsupported(
            Text::tr("This partition is encrypted with LUKS; encrypted volumes cannot be read."));
    if (found == QLatin1String("lvm2"))
        return unsupported(
            Text::tr("This partition is an LVM physical volume; LVM volumes are not supported yet."));
    if (found == QLatin1String("swap"))
        return unsupported(Text::tr("This partition is swap space; it contains no files."));
    return unsupported(Text::tr("No known file system was found in this partition."));
}

Result<QList<QByteArray>> splitGuestPath(const QByteArray& path)
{
    if (path.isEmpty())
        return badPath(path, Text::tr("the path is empty."));
    if (!path.startsWith('/'))
        return badPath(path, Text::tr("it must be absolute (start with \"/\")."));
    if (path.contains('\0'))
        return badPath(path, Text::tr("it contains a NUL byte."));
    QByteArray inner = path.mid(1);
    if (inner.endsWith('/'))
        inner.chop(1);
    if (inner.isEmpty())
        return QList<QByteArray>();
    const QList<QByteArray> components = inner.split('/');
    for (const QByteArray& component : components) {
        if (component.isEmpty())
            return badPath(path, Text::tr("it contains an empty component (\"//\")."));
        if (component == "." || component == "..")
            return badPath(path, Text::tr("it contains \"%1\"; paths are taken literally, not resolved.")
                                     .arg(QString::fromLatin1(component)));
    }
    return components;
}

} // namespace lifeboat::guest
