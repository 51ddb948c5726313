#pragma once

#include "core/Result.h"
#include "guest/GuestFileSystem.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <memory>
#include <vector>

namespace lifeboat::repository {
class Repository;
class DiskReader;
struct Manifest;
} // namespace lifeboat::repository

namespace lifeboat::guest {

// A partition of a backed-up disk and, when it can be read, its file system.
struct Volume
{
    QString id; // "<disk>:<partition number>", e.g. "disk1.vmdk:1"; stable across restore points
    QString disk;
    int partition = 0;
    qint64 offset = 0;
    qint64 size = 0;
    QString partitionType;
    QString fileSystem; // what was detected ("ext4", "ntfs", …), empty when nothing was
    QString label;
    std::shared_ptr<GuestFileSystem> fs; // null when it cannot be read
    QString problem;                     // why not, for people
};

// The guest volumes of a restore point, read straight from the repository (no disk is
// restored first). Holds the disk readers the file systems read through, so it must
// outlive every use of the volumes' file systems.
class RestorePointVolumes
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::RestorePointVolumes)

public:
    static Result<std::unique_ptr<RestorePointVolumes>> open(repository::Repository& repository,
                                                             const repository::Manifest& manifest);
    ~RestorePointVolumes();
    const QVector<Volume>& volumes() const { return m_volumes; }
    // The volume with this id; with an empty id the only readable volume, or an error
    // listing the choices when there are several.
    Result<Volume*> volume(const QString& id);

private:
    RestorePointVolumes() = default;
    std::vector<std::unique_ptr<repository::DiskReader>> m_readers; // declared first: destroyed last
    QVector<Volume> m_volumes;
};

} // namespace lifeboat::guest
