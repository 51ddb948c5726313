#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libssh2.h>
#include <mutex>
#include <netdb.h>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lifeboat::ssh {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ssh::SshSession)
};

// libssh2_init is not thread-safe and must run before any session exists; libssh2_exit
// is never called because sessions may be opened until the process ends.
int initLibssh2()
{
    static std::once_flag once;
    static int result = 0;
    std::call_once(once, [] { result = libssh2_init(0); });
    return result;
}

unsigned int length32(const QByteArray& bytes)
{
    return static_cast<unsigned int>(bytes.size());
}

// Pins are accepted as OpenSSH prints them, with or without "SHA256:" and padding.
QString normalisedFingerprint(QString fingerprint)
{
    fingerprint = fingerprint.trimmed();
    if (fingerprint.startsWith(QLatin1String("SHA256:"), Qt::CaseInsensitive))
        fingerprint = fingerprint.mid(7);
    while (fingerprint.endsWith(QLatin1Char('=')))
        fingerprint.chop(1);
    return QStringLiteral("SHA256:") + fingerprint;
}

Result<int> connectSocket(const SshTarget& target, std::chrono::milliseconds timeout)
{
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* addresses = nullptr;
    const QByteArray host = target.host.toUtf8();
    const QByteArray port = QByteArray::number(target.port);
    if (const int rc = ::getaddrinfo(host.constData(), port.constData(), &hints, &addresses); rc != 0)
        return Error{QStringLiteral("ssh.connect_failed"),
                     Text::tr("Cannot find the SSH server %1: %2")
                         .arg(target.host, QString::fromLocal8Bit(::gai_strerror(rc)))};
    int lastError = 0;
    int connected = -1;
    for (addrinfo* address = addresses; address && connected < 0; address = address->ai_next) {
        const int fd = ::socket(address->ai_family, address->ai_socktype | SOCK_CLOEXEC | SOCK_NONBLOCK,
                                address->ai_protocol);
        if (fd < 0) {
            lastError = errno;
            continue;
        }
        // Non-blocking connect so that a host that drops packets fails within the timeout
        // rather than after the kernel's minutes of SYN retries.
        int rc = ::connect(fd, address->ai_addr, address->ai_addrlen);
        if (rc != 0 && errno == EINPROGRESS) {
            pollfd waiting{fd, POLLOUT, 0};
            rc = ::poll(&waiting, 1, static_cast<int>(timeout.count()));
            if (rc == 1) {
                int error = 0;
                socklen_t size = sizeof error;
                ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
                errno = error;
                rc = error == 0 ? 0 : -1;
            } else {
                errno = rc == 0 ? ETIMEDOUT : errno;
                rc = -1;
            }
        }
        if (rc == 0) {
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
            connected = fd;
        } else {
            lastError = errno;
            ::close(fd);
        }
    }
    ::freeaddrinfo(addresses);
    if (connected < 0)
        return Error{QStringLiteral("ssh.connect_failed"),
                     Text::tr("Cannot connect to the SSH server %1 port %2: %3")
                         .arg(target.host)
                         .arg(target.port)
                         .arg(QString::fromLocal8Bit(std::strerror(lastError)))};
    return connected;
}

Status checkHostKey(LIBSSH2_SESSION* session, const QString& server, const QString& pin)
{
    const char* hash = libssh2_hostkey_hash(session, LIBSSH2_HOSTKEY_HASH_SHA256);
    if (!hash)
        return Error{QStringLiteral("ssh.session_failed"),
                     Text::tr("Cannot read the host key of %1.").arg(server)};
    const QString actual = formatHostKeyFingerprint(QByteArray(hash, 32));
    if (pin.trimmed().isEmpty())
        return Error{
            QStringLiteral("ssh.unknown_host_key"),
            Text::tr("The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with "
                     "the server's administrator before trusting it.")
                .arg(server, actual),
            actual};
    const QString expected = normalisedFingerprint(pin);
    if (actual != expected)
        return Error{
            QStringLiteral("ssh.host_key_mismatch"),
            Text::tr("The host key of the SSH server %1 has changed: expected %2, but the server presented "
                     "%3. This can mean that someone is intercepting the connection; if the server was "
                     "reinstalled, update the trusted fingerprint.")
                .arg(server, expected, actual),
            actual};
    return success();
}

Status authenticate(LIBSSH2_SESSION* session, const SshTarget& target, const SshCredentials& credentials)
{
    const QByteArray user = target.user.toUtf8();
    const auto lost = [&] {
        return Error{QStringLiteral("ssh.auth_failed"),
                     Text::tr("Cannot log in to the SSH server %1 as %2: %3")
                         .arg(target.host, target.user, sessionMessage(session))};
    };
    QStringList reasons;
    if (!credentials.privateKeyFile.isEmpty()) {
        const QByteArray privateKey = QFile::encodeName(credentials.privateKeyFile);
        const QByteArray publicKey = QFile::encodeName(credentials.publicKeyFile);
        const int rc = libssh2_userauth_publickey_fromfile_ex(
            session, user.constData(), length32(user), publicKey.isEmpty() ? nullptr : publicKey.constData(),
            privateKey.constData(),
            credentials.keyPassphrase.isEmpty() ? nullptr : credentials.keyPassphrase.constData());
        if (rc == 0)
            return success();
        if (rc == LIBSSH2_ERROR_FILE)
            reasons << Text::tr("the key file %1 cannot be read (wrong passphrase or unsupported format?)")
                           .arg(credentials.privateKeyFile);
        else if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED)
            reasons << Text::tr("the server refused the key %1").arg(credentials.privateKeyFile);
        else
            return lost();
    }
    if (!credentials.password.isEmpty()) {
        const QByteArray password = credentials.password.toUtf8();
        const int rc = libssh2_userauth_password_ex(session, user.constData(), length32(user),
                                                    password.constData(), length32(password), nullptr);
        if (rc == 0)
            return success();
        if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PASSWORD_EXPIRED)
            reasons << Text::tr("the server refused the password");
        else
            return lost();
    }
    if (reasons.isEmpty())
        reasons << Text::tr("no password or key was given");
    return Error{QStringLiteral("ssh.auth_failed"),
                 Text::tr("Cannot log in to the SSH server %1 as %2: %3.")
                     .arg(target.host, target.user, reasons.join(QStringLiteral("; ")))};
}

} // namespace

QString formatHostKeyFingerprint(const QByteArray& sha256)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(sha256.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString sessionMessage(LIBSSH2_SESSION* session)
{
    char* message = nullptr;
    int length = 0;
    libssh2_session_last_error(session, &message, &length, 0);
    return message ? QString::fromUtf8(message, length) : QString();
}

Result<std::unique_ptr<SshSession>> SshSession::open(const SshTarget& target,
                                                     const SshCredentials& credentials,
                                                     const QString& pinnedHostKeySha256,
                                                     std::chrono::milliseconds timeout)
{
    if (const int rc = initLibssh2(); rc != 0)
        return Error{QStringLiteral("ssh.session_failed"),
                     Text::tr("Cannot initialise libssh2 (error %1).").arg(rc)};
    auto socket = connectSocket(target, timeout);
    if (!socket)
        return socket.error();
    std::unique_ptr<SshSession> ssh(new SshSession);
    ssh->m_socket = *socket;
    ssh->m_timeout = timeout;
    ssh->m_server = QStringLiteral("%1:%2").arg(target.host).arg(target.port);
    ssh->m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, nullptr);
    if (!ssh->m_session) {
        ssh->close(false);
        return Error{QStringLiteral("ssh.session_failed"), Text::tr("Cannot create an SSH session.")};
    }
    libssh2_session_set_blocking(ssh->m_session, 1);
    libssh2_session_set_timeout(ssh->m_session, static_cast<long>(timeout.count()));
    if (libssh2_session_handshake(ssh->m_session, ssh->m_socket) != 0) {
        const QString detail = sessionMessage(ssh->m_session);
        ssh->close(false);
        return Error{QStringLiteral("ssh.connect_failed"),
                     Text::tr("SSH handshake with %1 failed: %2").arg(ssh->m_server, detail)};
    }
    if (Status trusted = checkHostKey(ssh->m_session, ssh->m_server, pinnedHostKeySha256); !trusted) {
        ssh->close(true);
        return trusted.error();
    }
    if (Status authenticated = authenticate(ssh->m_session, target, credentials); !authenticated) {
        ssh->close(true);
        return authenticated.error();
    }
    // Lets a long silent command (a restore building indexes) be told from a dead server.
    libssh2_keepalive_config(ssh->m_session, 1, 15);
    return ssh;
}

SshSession::~SshSession()
{
    close(true);
}

SshSession::Handles SshSession::detach()
{
    Handles handles{m_socket, m_session};
    m_socket = -1;
    m_session = nullptr;
    return handles;
}

void SshSession::close(bool graceful)
{
    if (!graceful && m_socket >= 0)
        ::shutdown(m_socket, SHUT_RDWR);
    if (m_session) {
        if (graceful)
            libssh2_session_disconnect_ex(m_session, SSH_DISCONNECT_BY_APPLICATION, "bye", "");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    if (m_socket >= 0) {
        ::close(m_socket);
        m_socket = -1;
    }
}

Result<CommandResult> SshSession::run(const QString& command, qint64 maxOutput)
{
    return exchange(command, nullptr, nullptr, maxOutput);
}

Result<CommandResult> SshSession::runStreaming(const QString& command, const OutputSink& sink,
                                               qint64 maxErrorOutput)
{
    return exchange(command, &sink, nullptr, maxErrorOutput);
}

Result<CommandResult> SshSession::runWithInput(const QString& command, const InputSource& input,
                                               qint64 maxOutput)
{
    return exchange(command, nullptr, &input, maxOutput);
}

Result<CommandResult> SshSession::exchange(const QString& command, const OutputSink* sink,
                                           const InputSource* input, qint64 maxOutput)
{
    static constexpr char kSession[] = "session";
    LIBSSH2_CHANNEL* channel =
        libssh2_channel_open_ex(m_session, kSession, sizeof kSession - 1, LIBSSH2_CHANNEL_WINDOW_DEFAULT,
                                LIBSSH2_CHANNEL_PACKET_DEFAULT, nullptr, 0);
    if (!channel)
        return Error{QStringLiteral("ssh.command_failed"),
                     Text::tr("%1 refused to run a command: %2").arg(m_server, sessionMessage(m_session))};
    // Without a sink both streams go into one, in the order the guest wrote them, as a
    // person would see them; with one, stdout is the data and stderr the messages.
    if (!sink)
        libssh2_channel_handle_extended_data2(channel, LIBSSH2_CHANNEL_EXTENDED_DATA_MERGE);
    const QByteArray text = command.toUtf8();
    static constexpr char kExec[] = "exec";
    auto broken = [&](const QString& detail) {
        libssh2_channel_free(channel);
        return Error{QStringLiteral("ssh.command_failed"),
                     Text::tr("The connection to %1 broke while the command ran: %2").arg(m_server, detail)};
    };
    if (libssh2_channel_process_startup(channel, kExec, sizeof kExec - 1, text.constData(), length32(text)) !=
        0) {
        const QString detail = sessionMessage(m_session);
        libssh2_channel_free(channel);
        return Error{QStringLiteral("ssh.command_failed"),
                     Text::tr("%1 refused to run a command: %2").arg(m_server, detail)};
    }
    CommandResult result;
    char buffer[65536];
    auto keep = [&](const char* data, ssize_t got) {
        // Output past the limit is read and dropped, so a chatty command cannot block on a
        // full channel window nor fill memory.
        const qint64 room = maxOutput - result.output.size();
        if (room > 0)
            result.output.append(data, static_cast<qsizetype>(std::min<qint64>(room, got)));
        if (got > room)
            result.truncated = true;
    };
    if (input) {
        // Sent and read at once: a command that stops reading (it failed, or it is busy)
        // must not leave the write waiting while its message sits unread. Once the command
        // has ended (EOF from its side) nothing more is sent; its exit status tells.
        libssh2_session_set_blocking(m_session, 0);
        std::optional<Error> failure;
        qint64 pending = 0;
        qint64 sent = 0;
        bool inputDone = false;
        char out[16384];
        while (!failure) {
            bool progressed = false;
            if (!inputDone && sent == pending) {
                auto got = (*input)(buffer, sizeof buffer);
                if (!got) {
                    failure = got.error();
                    break;
                }
                pending = *got;
                sent = 0;
                if (pending == 0) {
                    inputDone = true;
                    libssh2_channel_send_eof(channel);
                }
            }
            if (!inputDone && sent < pending) {
                const ssize_t n =
                    libssh2_channel_write(channel, buffer + sent, static_cast<size_t>(pending - sent));
                if (n > 0) {
                    sent += n;
                    progressed = true;
                } else if (n < 0 && n != LIBSSH2_ERROR_EAGAIN) {
                    failure = Error{QStringLiteral("ssh.command_failed"),
                                    Text::tr("The connection to %1 broke while the command ran: %2")
                                        .arg(m_server, sessionMessage(m_session))};
                    break;
                }
            }
            const ssize_t got = libssh2_channel_read(channel, out, sizeof out);
            if (got > 0) {
                keep(out, got);
                progressed = true;
            } else if (got < 0 && got != LIBSSH2_ERROR_EAGAIN) {
                failure = Error{QStringLiteral("ssh.command_failed"),
                                Text::tr("The connection to %1 broke while the command ran: %2")
                                    .arg(m_server, sessionMessage(m_session))};
                break;
            }
            if (libssh2_channel_eof(channel))
                break;
            if (progressed)
                continue;
            // Nothing moved: wait for the socket. A command may work silently for a long
            // time (building indexes); keep-alives tell a busy server from a dead one.
            struct pollfd wait = {m_socket, 0, 0};
            const int directions = libssh2_session_block_directions(m_session);
            if (directions & LIBSSH2_SESSION_BLOCK_INBOUND)
                wait.events |= POLLIN;
            if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
                wait.events |= POLLOUT;
            if (wait.events == 0)
                wait.events = POLLIN;
            if (::poll(&wait, 1, static_cast<int>(m_timeout.count())) == 0) {
                int next = 0;
                if (libssh2_keepalive_send(m_session, &next) != 0) {
                    failure = Error{QStringLiteral("ssh.command_failed"),
                                    Text::tr("%1 stopped answering while the command ran.").arg(m_server)};
                    break;
                }
            }
        }
        libssh2_session_set_blocking(m_session, 1);
        if (failure) {
            libssh2_channel_free(channel);
            return *failure;
        }
    }
    if (!sink) {
        for (;;) {
            const ssize_t got = libssh2_channel_read(channel, buffer, sizeof buffer);
            if (got < 0)
                return broken(sessionMessage(m_session));
            if (got == 0)
                break;
            keep(buffer, got);
        }
    } else {
        // Both streams are drained as data arrives: a blocking read of one could wait
        // forever while the other fills its window. Non-blocking reads, and a poll on the
        // socket when neither has anything, with the session's timeout on a stall.
        libssh2_session_set_blocking(m_session, 0);
        std::optional<Error> failure;
        for (;;) {
            const ssize_t got = libssh2_channel_read(channel, buffer, sizeof buffer);
            if (got > 0) {
                if (Status taken = (*sink)(buffer, got); !taken) {
                    failure = taken.error();
                    break;
                }
                continue;
            }
            const ssize_t errors = libssh2_channel_read_stderr(channel, buffer, sizeof buffer);
            if (errors > 0) {
                keep(buffer, errors);
                continue;
            }
            if ((got < 0 && got != LIBSSH2_ERROR_EAGAIN) || (errors < 0 && errors != LIBSSH2_ERROR_EAGAIN)) {
                failure = Error{QStringLiteral("ssh.command_failed"),
                                Text::tr("The connection to %1 broke while the command ran: %2")
                                    .arg(m_server, sessionMessage(m_session))};
                break;
            }
            if (libssh2_channel_eof(channel))
                break;
            struct pollfd wait = {m_socket, 0, 0};
            const int directions = libssh2_session_block_directions(m_session);
            if (directions & LIBSSH2_SESSION_BLOCK_INBOUND)
                wait.events |= POLLIN;
            if (directions & LIBSSH2_SESSION_BLOCK_OUTBOUND)
                wait.events |= POLLOUT;
            if (::poll(&wait, 1, static_cast<int>(m_timeout.count())) == 0) {
                failure = Error{QStringLiteral("ssh.command_failed"),
                                Text::tr("%1 sent nothing for %2 s while the command ran.")
                                    .arg(m_server)
                                    .arg(m_timeout.count() / 1000)};
                break;
            }
        }
        libssh2_session_set_blocking(m_session, 1);
        if (failure) {
            libssh2_channel_free(channel);
            return *failure;
        }
    }
    libssh2_channel_close(channel);
    libssh2_channel_wait_closed(channel);
    result.exitStatus = libssh2_channel_get_exit_status(channel);
    // A command killed by a signal sends no exit status, which libssh2 reports as 0: a
    // dump cut short by the OOM killer must not pass for a complete one.
    char* signal = nullptr;
    size_t signalLength = 0;
    if (libssh2_channel_get_exit_signal(channel, &signal, &signalLength, nullptr, nullptr, nullptr,
                                        nullptr) == 0 &&
        signal) {
        result.exitStatus = -1;
        result.output += Text::tr("\n(ended by signal %1)")
                             .arg(QString::fromLatin1(signal, qsizetype(signalLength)))
                             .toUtf8();
        libssh2_free(m_session, signal);
    }
    libssh2_channel_free(channel);
    return result;
}

} // namespace lifeboat::ssh
