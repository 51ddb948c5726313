#include "guest/RestorePointVolumes.h"

#include "guest/Partitions.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"

namespace lifeboat::guest {

RestorePointVolumes::~RestorePointVolumes() = default;

Result<std::unique_ptr<RestorePointVolumes>> RestorePointVolumes::open(repository::Repository& repository,
                                                                       const repository::Manifest& manifest)
{
    std::unique_ptr<RestorePointVolumes> opened(new RestorePointVolumes);
    for (const repository::DiskManifest& disk : manifest.disks) {
        auto reader = repository::DiskReader::open(repository, disk, 256);
        if (!reader)
            return reader.error();
        auto source = std::make_shared<DiskReaderSource>(**reader);
        opened->m_readers.push_back(std::move(*reader));
        QStringList warnings;
        auto partitions = readPartitions(*source, &warnings);
        if (!partitions) {
            Volume unreadable;
            unreadable.id = disk.name;
            unreadable.disk = disk.name;
            unreadable.size = disk.size;
            unreadable.problem = partitions.error().message;
            opened->m_volumes.append(unreadable);
            continue;
        }
        for (const Partition& partition : std::as_const(*partitions)) {
            if (partition.type == QLatin1String("extended"))
                continue;
            Volume volume;
            volume.id = QStringLiteral("%1:%2").arg(disk.name).arg(partition.number);
            volume.disk = disk.name;
            volume.partition = partition.number;
            volume.offset = partition.offset;
            volume.size = partition.size;
            volume.partitionType = partition.type;
            auto slice = std::make_shared<SliceSource>(source, partition.offset, partition.size);
            volume.fileSystem = detectFileSystem(*slice);
            auto fs = openFileSystem(slice);
            if (fs) {
                volume.label = (*fs)->label();
                volume.fs = std::shared_ptr<GuestFileSystem>(std::move(*fs));
            } else {
                volume.problem = fs.error().message;
            }
            opened->m_volumes.append(volume);
        }
    }
    return opened;
}

Result<Volume*> RestorePointVolumes::volume(const QString& id)
{
    QStringList readable;
    Volume* only = nullptr;
    for (Volume& volume : m_volumes) {
        if (!id.isEmpty() && volume.id == id) {
            if (!volume.fs)
                return Error{QStringLiteral("guest.unreadable_volume"),
                             tr("The volume %1 cannot be read: %2").arg(id, volume.problem)};
            return &volume;
        }
        if (volume.fs) {
            readable.append(volume.id);
            only = &volume;
        }
    }
    if (!id.isEmpty())
        return Error{QStringLiteral("guest.unknown_volume"),
                     tr("The restore point has no volume %1. Its readable volumes: %2.")
                         .arg(id, readable.isEmpty() ? tr("none") : readable.join(QStringLiteral(", ")))};
    if (readable.size() == 1)
        return only;
    if (readable.isEmpty())
        return Error{QStringLiteral("guest.no_readable_volume"),
                     tr("No volume of this restore point holds a file system Lifeboat can read.")};
    return Error{QStringLiteral("guest.choose_volume"),
                 tr("The restore point has several volumes; choose one with --volume: %1.")
                     .arg(readable.join(QStringLiteral(", ")))};
}

} // namespace lifeboat::guest
