#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>

using LIBSSH2_SESSION = struct _LIBSSH2_SESSION;

namespace lifeboat::ssh {

struct SshTarget
{
    QString host;
    int port = 22;
    QString user;
};

// Either a key file (privateKeyFile, optionally with its .pub and a passphrase) or a
// password. A key is tried first when both are given.
struct SshCredentials
{
    QString password;
    QString privateKeyFile;
    QString publicKeyFile; // empty: derived from the private key
    QByteArray keyPassphrase;
};

struct CommandResult
{
    int exitStatus = -1;
    QByteArray output; // stdout and stderr interleaved, cut at the limit given to run()
    bool truncated = false;
};

// One SSH connection (libssh2, blocking, with a timeout on every operation): the SFTP
// repository backend and guest processing both start here.
//
// Host key policy: the server's key must have the SHA-256 fingerprint `pinnedHostKeySha256`
// (OpenSSH's "SHA256:<base64>"; the prefix and base64 padding are optional). Without a pin
// the connection fails with "ssh.unknown_host_key" and the message names the fingerprint,
// so that the user, not this code, decides to trust it; a different key fails with
// "ssh.host_key_mismatch". Other codes: "ssh.connect_failed", "ssh.auth_failed",
// "ssh.session_failed", "ssh.command_failed".
class SshSession
{
public:
    static Result<std::unique_ptr<SshSession>> open(const SshTarget& target,
                                                    const SshCredentials& credentials,
                                                    const QString& pinnedHostKeySha256,
                                                    std::chrono::milliseconds timeout);
    ~SshSession();
    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;

    // Runs a command through the user's shell and waits for it to end.
    Result<CommandResult> run(const QString& command, qint64 maxOutput = 64 * 1024);
    // Runs a command whose standard output is data (a database dump): it goes to `sink` as
    // it arrives; stderr is kept in the result, cut at `maxErrorOutput`. An error from the
    // sink ends the command.
    using OutputSink = std::function<Status(const char* data, qint64 length)>;
    Result<CommandResult> runStreaming(const QString& command, const OutputSink& sink,
                                       qint64 maxErrorOutput = 64 * 1024);
    // Runs a command that reads data on its standard input (a database restore) from
    // `input`, which fills the buffer and returns how much it wrote (0 at the end).
    using InputSource = std::function<Result<qint64>(char* buffer, qint64 capacity)>;
    Result<CommandResult> runWithInput(const QString& command, const InputSource& input,
                                       qint64 maxOutput = 64 * 1024);

    // Hands the socket and session to a caller that manages them from now on (the SFTP
    // backend keeps them with its channels); this object then owns nothing.
    struct Handles
    {
        int socket = -1;
        LIBSSH2_SESSION* session = nullptr;
    };
    Handles detach();
    const QString& server() const { return m_server; }

private:
    SshSession() = default;
    Result<CommandResult> exchange(const QString& command, const OutputSink* sink, const InputSource* input,
                                   qint64 maxOutput);
    void close(bool graceful);

    int m_socket = -1;
    std::chrono::milliseconds m_timeout{30000};
    LIBSSH2_SESSION* m_session = nullptr;
    QString m_server;
};

// The fingerprint of a host key, formatted like OpenSSH ("SHA256:<base64>").
QString formatHostKeyFingerprint(const QByteArray& sha256);
// The last error libssh2 recorded for a session.
QString sessionMessage(LIBSSH2_SESSION* session);

} // namespace lifeboat::ssh
