#pragma once

#include "guest/GuestFileSystem.h"

#include <memory>

namespace lifeboat::guest {

// NTFS through libntfs-3g, read-only. The library reads through the partition's
// BlockSource by way of device operations that refuse every write, and the volume is
// opened with NTFS_MNT_RDONLY: nothing is replayed, reset or written, so a volume that
// Windows left hibernated (Fast Startup) or not cleanly shut down is read as its last
// checkpoint left it (see needsRecovery()). libntfs-3g is not thread-safe, so each
// instance serialises its calls; separate instances (even on the same disk) run in
// parallel.
//
// Names are UTF-16 on disk and presented as UTF-8 bytes (an unpaired surrogate, which
// Windows allows, becomes its three-byte form and still round-trips). The metafiles of
// the root ($MFT, $Bitmap, $Extend, …) are neither listed nor found, and DOS 8.3 short
// names are not listed, so each file appears once under its long name. Lookups take the
// exact name first and then, like Windows, any name that matches ignoring case (which
// includes the short names). Only the unnamed data stream is read; alternate data
// streams are not presented.
//
// Types: directories; regular files (size: the unnamed $DATA); symbolic links, junctions
// and WSL/Interix links as Symlink with their target (Windows targets with "/" for "\",
// e.g. "C:/Users/alice" or "../notes.txt"); other name-surrogate reparse points, WSL
// FIFOs, sockets and devices as Other. Files behind other reparse points (Windows system
// compression, deduplication, cloud placeholders) are listed as files but cannot be
// read: their $DATA does not hold their content. Encrypted (EFS) files cannot be read
// either ("guest.unsupported_file"); compressed files are decompressed by libntfs-3g.
// Sparse runs and the area past the initialized size arrive as holes.
//
// Mode: 0644 for files (0444 with the read-only attribute), 0755 for directories
// (Windows does not honour the read-only attribute on folders and uses it to mark
// customised ones), 0777 for links; uid and gid are 0. mtime is the last data change of
// $STANDARD_INFORMATION.
class NtfsFileSystem : public GuestFileSystem
{
public:
    static Result<std::unique_ptr<NtfsFileSystem>> open(std::shared_ptr<BlockSource> partition);
    ~NtfsFileSystem() override;
    NtfsFileSystem(const NtfsFileSystem&) = delete;
    NtfsFileSystem& operator=(const NtfsFileSystem&) = delete;

    QString type() const override;
    QString label() const override;
    Result<FileEntry> stat(const QByteArray& path) override;
    Result<QVector<FileEntry>> list(const QByteArray& directoryPath) override;
    Status readFile(const QByteArray& path, const ContentSink& sink) override;
    Status walk(const std::function<bool(const QByteArray& path, const FileEntry&)>& visit) override;

    // Windows did not finish with the volume: it is marked dirty, its $LogFile holds
    // operations that were never checkpointed, or it is hibernated (which Fast Startup
    // does at every shutdown). The newest changes may be missing from what is read.
    bool needsRecovery() const;
    bool hibernated() const;

private:
    struct Private;
    explicit NtfsFileSystem(std::unique_ptr<Private> data);
    std::unique_ptr<Private> d;
};

} // namespace lifeboat::guest
