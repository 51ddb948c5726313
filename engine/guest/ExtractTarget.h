#pragma once

#include "core/Result.h"
#include "guest/GuestFileSystem.h"

#include <QStringList>
#include <atomic>
#include <functional>

namespace lifeboat::guest {

// What to do when the target already has an entry of the name being restored.
enum class OnExisting
{
    Skip,          // leave it, report the entry as not restored
    Replace,       // replace files and links (never through them); merge into folders
    RenameRestored // restore beside it under `renamePrefix` + name
};

struct ExtractOptions
{
    OnExisting onExisting = OnExisting::Skip;
    QByteArray renamePrefix; // RenameRestored: e.g. "_RESTORED_20261124_101500_"
    // Give entries their guest owners. Only a privileged target account can; only then
    // are setuid and setgid bits kept (a copy owned by someone else must not gain them).
    bool keepOwners = false;
    // Put each entry at its full guest path below the target (creating the folders above
    // it) instead of directly into the target: a restore to the original location.
    bool keepParents = false;
    const std::atomic<bool>* cancel = nullptr;
    std::function<void(qint64 bytesWritten)> progress;
};

struct ExtractStats
{
    qint64 files = 0;
    qint64 directories = 0;
    qint64 symlinks = 0;
    qint64 bytes = 0;
    QStringList skipped; // one line per entry left out, with the reason (translated)
    QStringList renamed; // entries restored under another name, "old -> new"
};

// A folder of the target, as the target addresses it.
struct TargetDir
{
    int fd = -1;     // local folders: an open descriptor (components are never re-resolved)
    QByteArray path; // full path in the target, for remote targets and messages
};

using ContentWriter = std::function<Status(qint64 offset, const char* data, qint64 length, bool hole)>;

// Where restored guest entries go: a local folder, or a running guest over SFTP. Every
// call names an entry inside a folder the target has entered, never a whole path, so an
// implementation can refuse to pass through symlinks at each step.
class ExtractTarget
{
public:
    enum class Existing
    {
        None,
        Directory,
        Other
    };
    virtual ~ExtractTarget() = default;
    virtual Result<TargetDir> root() = 0;
    virtual Existing existing(const TargetDir& dir, const QByteArray& name) = 0;
    // Creates the folder if it is missing and enters it; a symlink or a non-folder in its
    // place is refused, not followed.
    virtual Result<TargetDir> enterDirectory(const TargetDir& dir, const QByteArray& name) = 0;
    // Gives a folder entered before its mode, time and owner (after its content, which
    // would change its time), and releases it.
    virtual void finishDirectory(TargetDir& dir, const FileEntry& entry, const ExtractOptions& options) = 0;
    // Releases a folder entered only to reach something inside it; its attributes stay.
    virtual void leaveDirectory(TargetDir& dir) = 0;
    // Writes a file from `produce`, which calls the writer with the content in order. With
    // `replace` an existing entry of that name is replaced (a symlink itself, never what
    // it points to); nothing half-written stays under the name.
    virtual Status writeFile(const TargetDir& dir, const QByteArray& name, const FileEntry& entry,
                             bool replace, const std::function<Status(const ContentWriter&)>& produce,
                             const ExtractOptions& options) = 0;
    virtual Status symlink(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool replace,
                           const ExtractOptions& options) = 0;
};

// Copies guest entries (files, symlinks, or folders with everything below) into a target,
// each under its own name, keeping content (sparse where the guest had holes), mode and
// modification time. Names that could not come from a sane file system ("", ".", "..",
// containing "/" or NUL) are skipped and reported. Errors that concern one entry skip it;
// a full disk, a lost connection or a cancel stop the whole restore.
Result<ExtractStats> extract(GuestFileSystem& fs, const QList<QByteArray>& guestPaths, ExtractTarget& target,
                             const ExtractOptions& options);

// Whether a name from a guest directory may be used as one component of a target path.
bool isSafeName(const QByteArray& name);

// A guest path for people: UTF-8 where it is, invalid bytes as \xNN.
QString displayPath(const QByteArray& raw);

// Error codes from targets that end the whole restore rather than one entry.
bool isFatalTargetError(const Error& error);

} // namespace lifeboat::guest
