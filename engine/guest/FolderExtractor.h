#pragma once

#include "guest/ExtractTarget.h"

namespace lifeboat::guest {

// Restores into a local folder (created if missing). Every path component is opened
// relative to its parent without following symlinks, and guest symlinks are created as
// symlinks, never followed, so nothing is ever written outside `folder`.
Result<ExtractStats> extractToFolder(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                     const QString& folder, const ExtractOptions& options = {});

} // namespace lifeboat::guest
