#pragma once

#include "guest/ExtractTarget.h"

namespace lifeboat::guest {

// Restores guest entries into a new .zip file (deflate; ZIP64 where sizes or offsets need
// it). Unix modes, symlinks and modification times (the extended timestamp field, besides
// the DOS time) are kept; names are stored as the guest has them, flagged UTF-8 when they
// are. The archive appears under its name only when complete; an existing file is refused.
Result<ExtractStats> extractToZip(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                  const QString& zipFile, const ExtractOptions& options = {});

} // namespace lifeboat::guest
