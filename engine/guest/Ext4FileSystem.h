#pragma once

#include "guest/GuestFileSystem.h"

#include <memory>

namespace lifeboat::guest {

// The ext flavour blkid would report for these superblock feature words: "ext2", "ext3",
// "ext4", or "jbd" for an external journal device.
QString extFlavour(quint32 compat, quint32 incompat, quint32 roCompat);

// ext2/3/4 through libext2fs, read-only: the library reads through the partition's
// BlockSource by way of an io_manager that refuses every write, and the file system is
// never opened for writing. libext2fs is not thread-safe, so each instance serialises its
// calls; separate instances (even on the same disk) run in parallel. The journal is not
// replayed: a guest that was not shut down cleanly is read as its last checkpoint left it.
class Ext4FileSystem : public GuestFileSystem
{
public:
    static Result<std::unique_ptr<Ext4FileSystem>> open(std::shared_ptr<BlockSource> partition);
    ~Ext4FileSystem() override;
    Ext4FileSystem(const Ext4FileSystem&) = delete;
    Ext4FileSystem& operator=(const Ext4FileSystem&) = delete;

    QString type() const override;
    QString label() const override;
    Result<FileEntry> stat(const QByteArray& path) override;
    Result<QVector<FileEntry>> list(const QByteArray& directoryPath) override;
    Status readFile(const QByteArray& path, const ContentSink& sink) override;
    Status walk(const std::function<bool(const QByteArray& path, const FileEntry&)>& visit) override;

    // The journal holds transactions that were never checkpointed (the guest crashed or
    // was snapshotted while running): the newest metadata changes may be missing.
    bool needsRecovery() const;

private:
    struct Private;
    explicit Ext4FileSystem(std::unique_ptr<Private> data);
    std::unique_ptr<Private> d;
};

} // namespace lifeboat::guest
