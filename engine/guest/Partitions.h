#pragma once

#include "core/Result.h"
#include "guest/BlockSource.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace lifeboat::guest {

struct Partition
{
    int number = 0;    // 1-4 primary, 5+ logical (MBR); 1-based entry index (GPT); 0: whole disk
    qint64 offset = 0; // bytes from the start of the disk
    qint64 size = 0;   // bytes
    QString scheme;    // "mbr", "gpt" or "none"
    // "linux", "linux-swap", "linux-lvm", "linux-raid", "efi", "ntfs", "fat", "fat32",
    // "extended", "bios-boot", "microsoft-basic-data", "microsoft-reserved",
    // "windows-recovery", otherwise the GPT type GUID ("0FC63DAF-…") or the MBR type
    // ("0x8e"). For scheme "none": the file system found at offset 0 (see
    // detectFileSystem), empty when none is known.
    QString type;
    QString name; // GPT partition name
};

// Reads the partition table of a disk with 512-byte sectors: MBR with its extended chain,
// GPT (the backup header when the primary is damaged), or none, which gives one
// pseudo-partition number 0 covering the whole disk. Entries that point outside the disk
// are skipped and overlaps reported; both go to `warnings` (translated, one per problem)
// when given. Fails only when the disk cannot be read or a GPT is damaged beyond use.
// Nothing in the table is trusted: counts, sizes and chains are bounded before use.
Result<QVector<Partition>> readPartitions(BlockSource& disk, QStringList* warnings = nullptr);

} // namespace lifeboat::guest
