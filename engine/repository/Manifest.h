#pragma once

#include "repository/Format.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>
#include <optional>

namespace lifeboat::repository {

// One disk of a restore point: its size and the ids of its chunk-list blobs, which in
// turn hold one chunk id per chunk of the disk, in offset order.
struct DiskManifest
{
    QString name;           // the VM's disk label or file name, unique within the restore point
    qint64 size = 0;        // bytes
    int chunkSize = 0;      // bytes; every chunk but the last is full size
    QString changeId;       // the source's change id (vSphere CBT) at backup time, if any
    QVector<ChunkId> lists; // chunk-list blobs, kIdsPerListBlob ids each (the last may hold fewer)
    qint64 storedBytes = 0; // bytes this disk added to the repository when it was backed up
    // Items (a database dump) are stored like disks, as a byte stream in chunks; these say
    // what they hold. Empty for disks.
    QString itemKind;     // "postgresql", "mariadb"
    QString itemDatabase; // the database's name at the source
};

// A restore point. It is stored last, after every blob it references, so its presence
// means the backup completed.
struct Manifest
{
    QString id; // "20261123-193000-1a2b3c4d": sortable by time
    QDateTime time;
    QString vmName;
    QString vmId;         // moref or instance UUID at the source
    QJsonObject vmConfig; // the VM's configuration as the source described it
    QString tenant;       // the scope the restore point belongs to (empty: administrator)
    QString parent;       // the restore point this one was made incrementally from
    std::optional<QDateTime> immutableUntil;
    QVector<DiskManifest> disks;
    QVector<DiskManifest> items; // application items (database dumps), stored like disks
    // Disks and items: everything whose chunks the restore point references.
    QVector<const DiskManifest*> streams() const;

    QJsonObject toJson() const;
    static std::optional<Manifest> fromJson(const QJsonObject& json);
    const DiskManifest* disk(const QString& name) const;
    const DiskManifest* item(const QString& name) const;
};

QString newRestorePointId(const QDateTime& time);

} // namespace lifeboat::repository
