#pragma once

#include "core/Result.h"
#include "repository/Backend.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <memory>

namespace lifeboat::repository {

struct SftpTarget
{
    QString host;
    int port = 22;
    QString user;
    QString path; // absolute folder on the server
};

// Either a key file (privateKeyFile, optionally with its .pub and a passphrase) or a
// password. A key is tried first when both are given.
struct SftpCredentials
{
    QString password;
    QString privateKeyFile;
    QString publicKeyFile; // empty: derived from the private key
    QByteArray keyPassphrase;
};

struct SftpOptions
{
    // How long one network operation may stall before the connection counts as lost.
    // The pipeline's calls are serialised, so this bounds how long any caller can hang.
    std::chrono::milliseconds timeout{30000};
};

// Opens a repository location on an SFTP server (OpenSSH's sftp-server or internal-sftp).
//
// Host key policy: the server's key must have the SHA-256 fingerprint
// `pinnedHostKeySha256` (OpenSSH's form "SHA256:<base64>"; the prefix and base64 padding
// are optional). When it is empty, opening fails with "sftp.unknown_host_key" and the
// message names the fingerprint: trusting a key on first use is the UI's decision, made
// with the user, never made here silently. A different key fails with
// "sftp.host_key_mismatch". Other codes: "sftp.connect_failed", "sftp.auth_failed",
// "sftp.session_failed"; later operations may fail with "sftp.connection_lost" (after
// which the next call reconnects) besides the usual repository.* codes.
Result<std::unique_ptr<Backend>> openSftpBackend(const SftpTarget& target, const SftpCredentials& credentials,
                                                 const QString& pinnedHostKeySha256,
                                                 const SftpOptions& options = {});

// "sftp://user@host:port/abs/path" (port optional, user required) → SftpTarget;
// fails with "sftp.invalid_url".
Result<SftpTarget> parseSftpUrl(const QString& url);
QString sftpUrl(const SftpTarget& target);

// The fingerprint of a server's host key, formatted like OpenSSH ("SHA256:<base64>").
QString formatHostKeyFingerprint(const QByteArray& sha256);

} // namespace lifeboat::repository
