#pragma once

#include "guest/ExtractTarget.h"
#include "ssh/SshSession.h"

#include <chrono>

namespace lifeboat::guest {

// A running Linux guest reached over SSH, where files go back to their original place.
struct GuestConnection
{
    ssh::SshTarget target;
    ssh::SshCredentials credentials;
    QString pinnedHostKey; // "SHA256:..."; without it the connection is refused with the key's fingerprint
    // Where the guest's "/" is for this account: "/" for a whole guest; a folder when the
    // guest's tree lives below one (a chroot, a container, the test lab's guest account).
    QByteArray root = "/";
    std::chrono::milliseconds timeout{30000};
};

// Restores guest entries into a running guest over SFTP, each at its full guest path below
// `connection.root` (options.keepParents is implied). Files are written to a temporary name
// in their folder and renamed into place when complete, so a guest never sees a half-written
// file under its real name. Each folder on the way is checked not to be a symlink before it
// is entered (a guest may have replaced a folder by a link since the backup); a guest that
// swaps one in between the check and the write is not defended against.
// "host", "host:port", "[v6-address]" or "[v6-address]:port" into a target (port 22 when
// none is given); false when it is not an address.
bool parseGuestAddress(const QString& address, ssh::SshTarget& target);

// The SHA-256 fingerprint ("SHA256:...") of the host key a guest presents, read without
// logging in, for a person to compare before it is pinned; "ssh.connect_failed" when
// nothing answers there.
Result<QString> readGuestHostKey(const ssh::SshTarget& target, std::chrono::milliseconds timeout);

Result<ExtractStats> extractToGuest(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                    const GuestConnection& connection, ExtractOptions options);

} // namespace lifeboat::guest
