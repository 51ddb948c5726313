#pragma once

#include "core/Result.h"
#include "guest/GuestFileSystem.h"

#include <QCoreApplication>
#include <QStringList>
#include <atomic>
#include <functional>

namespace lifeboat::guest {

struct ExtractOptions
{
    // Replace entries that exist in the target (never by following them: a symlink in the
    // target is replaced itself). Folders that exist are merged into.
    bool overwrite = false;
    // Give files their guest owners; only works for root, and only then are setuid and
    // setgid bits kept (a copy owned by the restoring user must not gain them).
    bool keepOwners = false;
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
};

// Copies guest files, symlinks or whole folders into the local folder `target`, each under
// its own name, keeping contents (sparse where the guest file had holes), modes and
// modification times. Nothing is ever written outside `target`: every path component is
// opened relative to its parent without following symlinks, symlinks from the guest are
// created as symlinks (never followed), and names that could not have come from a sane
// file system ("", ".", "..", containing "/" or NUL) are skipped and reported. An entry
// that exists in the target is skipped and reported unless `overwrite`.
Result<ExtractStats> extractToFolder(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                     const QString& target, const ExtractOptions& options = {});

// Whether a name from a guest directory may be used as one component of a local path.
bool isSafeName(const QByteArray& name);

// A guest path for people: UTF-8 where it is, invalid bytes as \xNN.
QString displayPath(const QByteArray& raw);

} // namespace lifeboat::guest
