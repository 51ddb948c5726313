#include "repository/SftpBackend.h"

#include "ssh/SshSession.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QUrl>
#include <QtEndian>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libssh2.h>
#include <libssh2_sftp.h>
#include <mutex>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lifeboat::repository {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::Backend)
};

constexpr char kPosixRename[] = "posix-rename@openssh.com";
// A bound for the read handles kept open between getRange() calls (restores read the
// same pack many times; opening it each time costs two round trips).
constexpr int kMaxCachedReaders = 64;
// libssh2 queues a whole write as packets before sending; slices bound that memory.
constexpr qint64 kWriteSlice = 4 * 1024 * 1024;

QByteArray encodePath(const QString& path)
{
    return path.toUtf8();
}

unsigned int length32(const QByteArray& bytes)
{
    return static_cast<unsigned int>(bytes.size());
}

QString randomHex()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), 4);
    return QString::fromLatin1(bytes.toHex());
}

QString parentOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QString() : path.left(slash);
}

Error lostError(const QString& detail)
{
    return Error{QStringLiteral("sftp.connection_lost"),
                 Text::tr("The connection to the SFTP server was lost (%1).").arg(detail)};
}

// A libssh2 connection: socket, SSH session, the SFTP channel, and (opened on first
// need) a second raw SFTP channel for the one request libssh2 1.10 cannot send.
struct Connection
{
    int socket = -1;
    LIBSSH2_SESSION* session = nullptr;
    LIBSSH2_SFTP* sftp = nullptr;
    LIBSSH2_CHANNEL* raw = nullptr;
    bool rawOpened = false;
    bool posixRename = false;
    quint32 rawRequestId = 0;

    Connection() = default;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;

    // `graceful` false: the peer is gone or stalled, so nothing may wait for it.
    void close(bool graceful)
    {
        if (!graceful && socket >= 0)
            ::shutdown(socket, SHUT_RDWR);
        if (raw) {
            if (graceful)
                libssh2_channel_close(raw);
            libssh2_channel_free(raw);
            raw = nullptr;
        }
        if (sftp) {
            libssh2_sftp_shutdown(sftp);
            sftp = nullptr;
        }
        if (session) {
            if (graceful)
                libssh2_session_disconnect_ex(session, SSH_DISCONNECT_BY_APPLICATION, "bye", "");
            libssh2_session_free(session);
            session = nullptr;
        }
        if (socket >= 0) {
            ::close(socket);
            socket = -1;
        }
    }
};

// State shared by the backend and its uploads, so that an upload outliving the backend
// (or a reconnect) never touches a freed session.
//
// One connection serves every thread: a mutex serialises all calls. SFTP is a single
// ordered stream per channel anyway; parallel connections would speed up backups over
// high-latency links and are left for later.
class Shared
{
public:
    Shared(SftpTarget target, SftpCredentials credentials, QString pin, SftpOptions options)
        : m_target(std::move(target))
        , m_credentials(std::move(credentials))
        , m_pin(std::move(pin))
        , m_options(options)
    {
        while (m_target.path.size() > 1 && m_target.path.endsWith(QLatin1Char('/')))
            m_target.path.chop(1);
        if (m_target.path == QLatin1String("/"))
            m_target.path.clear();
    }

    ~Shared() { dropConnection(true); }

    std::mutex mutex;
    quint64 generation = 0;

    const SftpTarget& target() const { return m_target; }
    QString absolute(const QString& path) const { return m_target.path + QLatin1Char('/') + path; }
    QString tempPath() const { return absolute(QStringLiteral("tmp/.") + randomHex()); }
    Connection* connection() { return m_connection.get(); }

    // All below: call with `mutex` held.

    Status ensureConnected()
    {
        if (m_connection)
            return success();
        auto connection = connect();
        if (!connection)
            return connection.error();
        m_connection = std::move(connection.value());
        ++generation;
        return success();
    }

    // Turns a failed libssh2 call into an Error. Anything but an SFTP status means the
    // session's state is unknown (a timeout may leave a reply in flight), so the
    // connection is dropped and the next call reconnects.
    Error failure(int rc, const QString& what, const QString& path)
    {
        Connection* connection = m_connection.get();
        if (!connection)
            return lostError(Text::tr("not connected"));
        if (rc == 0 || rc == LIBSSH2_ERROR_EAGAIN)
            rc = libssh2_session_last_errno(connection->session);
        if (rc == LIBSSH2_ERROR_SFTP_PROTOCOL)
            return statusError(libssh2_sftp_last_error(connection->sftp), what, path);
        const QString detail = ssh::sessionMessage(connection->session);
        dropConnection(false);
        if (rc == LIBSSH2_ERROR_ALLOC)
            return Error{QStringLiteral("repository.io"), Text::tr("%1 %2: out of memory").arg(what, path)};
        return lostError(detail.isEmpty() ? Text::tr("error %1").arg(rc) : detail);
    }

    static Error statusError(unsigned long status, const QString& what, const QString& path)
    {
        QString code = QStringLiteral("repository.io");
        QString reason;
        switch (status) {
        case LIBSSH2_FX_NO_SUCH_FILE:
        case LIBSSH2_FX_NO_SUCH_PATH:
            code = QStringLiteral("repository.not_found");
            reason = Text::tr("no such file or folder");
            break;
        case LIBSSH2_FX_PERMISSION_DENIED:
        case LIBSSH2_FX_WRITE_PROTECT:
            code = QStringLiteral("repository.permission");
            reason = Text::tr("permission denied");
            break;
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            code = QStringLiteral("repository.disk_full");
            reason = Text::tr("no space left on the server");
            break;
        case LIBSSH2_FX_FILE_ALREADY_EXISTS:
            code = QStringLiteral("repository.exists");
            reason = Text::tr("already exists");
            break;
        case LIBSSH2_FX_NO_CONNECTION:
        case LIBSSH2_FX_CONNECTION_LOST:
            code = QStringLiteral("sftp.connection_lost");
            reason = Text::tr("connection lost");
            break;
        case LIBSSH2_FX_OP_UNSUPPORTED:
            reason = Text::tr("the server does not support this operation");
            break;
        default:
            reason = Text::tr("the server reported failure (SFTP status %1)").arg(status);
        }
        return Error{code, Text::tr("%1 %2: %3").arg(what, path, reason)};
    }

    // The SFTP status of the last failed call, or 0 when it failed for another reason.
    unsigned long lastStatus(int rc) const
    {
        if (!m_connection)
            return 0;
        if (rc == 0 || rc == LIBSSH2_ERROR_EAGAIN)
            rc = libssh2_session_last_errno(m_connection->session);
        return rc == LIBSSH2_ERROR_SFTP_PROTOCOL ? libssh2_sftp_last_error(m_connection->sftp) : 0;
    }

    void dropConnection(bool graceful)
    {
        if (!m_connection)
            return;
        // A dead peer must not be waited for: with the socket shut down, every send and
        // receive below fails at once instead of running into the timeout again.
        if (!graceful && m_connection->socket >= 0)
            ::shutdown(m_connection->socket, SHUT_RDWR);
        // Handles must be closed while their session lives; libssh2 frees them even when
        // the close request cannot be sent. A server that stops answering during a
        // graceful close costs one timeout, not one per handle.
        const auto closeOne = [this, &graceful](LIBSSH2_SFTP_HANDLE* handle) {
            const int rc = libssh2_sftp_close_handle(handle);
            if (graceful && rc != 0 && lastStatus(rc) == 0) {
                ::shutdown(m_connection->socket, SHUT_RDWR);
                graceful = false;
            }
        };
        for (LIBSSH2_SFTP_HANDLE* handle : std::as_const(m_readers))
            closeOne(handle);
        m_readers.clear();
        for (LIBSSH2_SFTP_HANDLE* handle : std::as_const(m_open))
            closeOne(handle);
        m_open.clear();
        m_connection->close(graceful);
        m_connection.reset();
        ++generation;
    }

    LIBSSH2_SFTP_HANDLE* openFile(const QString& path, unsigned long flags, long mode)
    {
        const QByteArray name = encodePath(path);
        return libssh2_sftp_open_ex(m_connection->sftp, name.constData(), length32(name), flags, mode,
                                    LIBSSH2_SFTP_OPENFILE);
    }

    Result<LIBSSH2_SFTP_HANDLE*> reader(const QString& path)
    {
        if (auto it = m_readers.constFind(path); it != m_readers.constEnd())
            return *it;
        if (m_readers.size() >= kMaxCachedReaders)
            dropReaders();
        LIBSSH2_SFTP_HANDLE* handle = openFile(absolute(path), LIBSSH2_FXF_READ, 0);
        if (!handle)
            return failure(0, Text::tr("Cannot read"), absolute(path));
        m_readers.insert(path, handle);
        return handle;
    }

    void dropReader(const QString& path)
    {
        if (LIBSSH2_SFTP_HANDLE* handle = m_readers.take(path))
            libssh2_sftp_close_handle(handle);
    }

    void dropReaders()
    {
        for (LIBSSH2_SFTP_HANDLE* handle : std::as_const(m_readers))
            libssh2_sftp_close_handle(handle);
        m_readers.clear();
    }

    // Every handle that lives beyond one libssh2 call is tracked, so that dropping a
    // lost connection can free it: a failure() in between closes it with the session.
    LIBSSH2_SFTP_HANDLE* track(LIBSSH2_SFTP_HANDLE* handle)
    {
        if (handle)
            m_open.insert(handle);
        return handle;
    }
    // Closes a tracked handle; a no-op when the connection (and the handle) is gone.
    int closeHandle(LIBSSH2_SFTP_HANDLE* handle)
    {
        if (!m_open.remove(handle))
            return 0;
        return libssh2_sftp_close_handle(handle);
    }

    Status writeAll(LIBSSH2_SFTP_HANDLE* handle, const char* data, qint64 size, const QString& path)
    {
        while (size > 0) {
            const auto slice = static_cast<size_t>(std::min(size, kWriteSlice));
            const ssize_t written = libssh2_sftp_write(handle, data, slice);
            if (written <= 0)
                return failure(static_cast<int>(written), Text::tr("Cannot write"), path);
            data += written;
            size -= written;
        }
        return success();
    }

    // fsync@openssh.com: the data is on the server's disk, not just in its cache. Servers
    // without the extension give no durability promise, which is all that can be had.
    Status sync(LIBSSH2_SFTP_HANDLE* handle, const QString& path)
    {
        const int rc = libssh2_sftp_fsync(handle);
        if (rc == 0 || lastStatus(rc) == LIBSSH2_FX_OP_UNSUPPORTED)
            return success();
        return failure(rc, Text::tr("Cannot flush"), path);
    }

    // Makes a rename durable. OpenSSH's server opens folders like files, so the fsync
    // extension reaches them too; anything short of a lost connection is ignored, as
    // the local backend does.
    Status syncFolder(const QString& folder)
    {
        LIBSSH2_SFTP_HANDLE* handle = openFile(folder, LIBSSH2_FXF_READ, 0);
        if (!handle) {
            if (lastStatus(0) != 0)
                return success();
            return failure(0, Text::tr("Cannot flush"), folder);
        }
        const int rc = libssh2_sftp_fsync(handle);
        const bool lost = rc != 0 && lastStatus(rc) == 0;
        libssh2_sftp_close_handle(handle);
        if (lost)
            return failure(rc, Text::tr("Cannot flush"), folder);
        return success();
    }

    Result<LIBSSH2_SFTP_ATTRIBUTES> stat(const QString& path)
    {
        const QByteArray name = encodePath(path);
        LIBSSH2_SFTP_ATTRIBUTES attributes{};
        const int rc = libssh2_sftp_stat_ex(m_connection->sftp, name.constData(), length32(name),
                                            LIBSSH2_SFTP_STAT, &attributes);
        if (rc != 0)
            return failure(rc, Text::tr("Cannot read"), path);
        return attributes;
    }

    // mkdir -p; an existing folder is fine.
    Status makeFolders(const QString& folder)
    {
        if (folder.isEmpty())
            return success();
        const QByteArray name = encodePath(folder);
        int rc = libssh2_sftp_mkdir_ex(m_connection->sftp, name.constData(), length32(name), 0700);
        if (rc == 0)
            return success();
        unsigned long status = lastStatus(rc);
        if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH) {
            if (Status parent = makeFolders(parentOf(folder)); !parent)
                return parent;
            rc = libssh2_sftp_mkdir_ex(m_connection->sftp, name.constData(), length32(name), 0700);
            if (rc == 0)
                return success();
            status = lastStatus(rc);
        }
        if (status == 0)
            return failure(rc, Text::tr("Cannot create the folder"), folder);
        // OpenSSH reports an existing folder as a plain failure, so look.
        auto existing = stat(folder);
        if (existing && LIBSSH2_SFTP_S_ISDIR(existing->permissions))
            return success();
        if (!existing && !m_connection)
            return existing.error();
        return statusError(status, Text::tr("Cannot create the folder"), folder);
    }

    // Creates a temporary file under tmp/, making the folder on first use.
    Result<LIBSSH2_SFTP_HANDLE*> createTemp(const QString& temp)
    {
        const unsigned long flags = LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL;
        LIBSSH2_SFTP_HANDLE* handle = openFile(temp, flags, 0600);
        if (!handle && lastStatus(0) == LIBSSH2_FX_NO_SUCH_FILE) {
            if (Status made = makeFolders(parentOf(temp)); !made)
                return made.error();
            handle = openFile(temp, flags, 0600);
        }
        if (!handle)
            return failure(0, Text::tr("Cannot create"), temp);
        return track(handle);
    }

    void removeQuietly(const QString& path)
    {
        if (!m_connection)
            return;
        const QByteArray name = encodePath(path);
        libssh2_sftp_unlink_ex(m_connection->sftp, name.constData(), length32(name));
    }

    // Moves a finished temporary file to its name. `replace` false refuses an existing
    // target: SFTP v3's plain rename never overwrites (OpenSSH links, then unlinks), and
    // libssh2 does not even send the flags at that version. `replace` true uses
    // posix-rename@openssh.com, the only atomic replacement SFTP v3 has.
    Status place(const QString& temp, const QString& target, bool replace)
    {
        Status moved = rename(temp, target, replace);
        if (!moved && moved.error().code == QLatin1String("repository.not_found") && m_connection) {
            // Usually the target's folder is missing (the first pack under data/xx).
            if (Status made = makeFolders(parentOf(target)); !made) {
                removeQuietly(temp);
                return made;
            }
            moved = rename(temp, target, replace);
        }
        if (!moved) {
            removeQuietly(temp);
            return moved;
        }
        return syncFolder(parentOf(target));
    }

    Status rename(const QString& from, const QString& to, bool replace)
    {
        if (replace) {
            auto supported = posixRenameSupported();
            if (!supported)
                return supported.error();
            if (*supported)
                return posixRename(from, to);
        }
        const QByteArray source = encodePath(from);
        const QByteArray target = encodePath(to);
        int rc = libssh2_sftp_rename_ex(m_connection->sftp, source.constData(), length32(source),
                                        target.constData(), length32(target),
                                        LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE);
        if (rc == 0)
            return success();
        const unsigned long status = lastStatus(rc);
        if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH || status == 0)
            return failure(rc, Text::tr("Cannot store"), to);
        auto existing = stat(to);
        if (!existing && !m_connection)
            return existing.error();
        if (!existing)
            return statusError(status, Text::tr("Cannot store"), to);
        if (!replace)
            return Error{QStringLiteral("repository.exists"), Text::tr("%1 already exists.").arg(to)};
        // A server without posix-rename: replacing cannot be atomic, so there is a moment
        // where the object is missing (never one where it is partly written).
        removeQuietly(to);
        rc = libssh2_sftp_rename_ex(m_connection->sftp, source.constData(), length32(source),
                                    target.constData(), length32(target),
                                    LIBSSH2_SFTP_RENAME_ATOMIC | LIBSSH2_SFTP_RENAME_NATIVE);
        if (rc != 0)
            return failure(rc, Text::tr("Cannot store"), to);
        return success();
    }

private:
    Result<std::unique_ptr<Connection>> connect()
    {
        ssh::SshCredentials credentials{m_credentials.password, m_credentials.privateKeyFile,
                                        m_credentials.publicKeyFile, m_credentials.keyPassphrase};
        auto opened = ssh::SshSession::open({m_target.host, m_target.port, m_target.user}, credentials, m_pin,
                                            m_options.timeout);
        if (!opened) {
            // The repository's callers know these failures as sftp.*.
            Error error = opened.error();
            error.code.replace(QLatin1String("ssh."), QLatin1String("sftp."));
            return error;
        }
        const QString server = (*opened)->server();
        const ssh::SshSession::Handles handles = (*opened)->detach();
        auto connection = std::make_unique<Connection>();
        connection->socket = handles.socket;
        connection->session = handles.session;

        connection->sftp = libssh2_sftp_init(connection->session);
        if (!connection->sftp) {
            const QString detail = ssh::sessionMessage(connection->session);
            connection->close(true);
            return Error{QStringLiteral("sftp.session_failed"),
                         Text::tr("%1 accepted the login but refused SFTP: %2").arg(server, detail)};
        }
        return connection;
    }

    // --- the raw channel: SFTP packets are uint32 length, byte type, payload.

    Result<bool> posixRenameSupported()
    {
        if (m_connection->rawOpened)
            return m_connection->posixRename;
        Connection& c = *m_connection;
        static constexpr char kSession[] = "session";
        c.raw =
            libssh2_channel_open_ex(c.session, kSession, sizeof kSession - 1, LIBSSH2_CHANNEL_WINDOW_DEFAULT,
                                    LIBSSH2_CHANNEL_PACKET_DEFAULT, nullptr, 0);
        if (!c.raw)
            return failure(0, Text::tr("Cannot open a channel"), m_target.host);
        static constexpr char kSubsystem[] = "subsystem";
        static constexpr char kSftp[] = "sftp";
        if (const int rc = libssh2_channel_process_startup(c.raw, kSubsystem, sizeof kSubsystem - 1, kSftp,
                                                           sizeof kSftp - 1);
            rc != 0)
            return failure(rc, Text::tr("Cannot open a channel"), m_target.host);
        QByteArray init;
        init.append('\x01'); // SSH_FXP_INIT
        appendU32(init, 3);
        if (Status sent = sendPacket(init); !sent)
            return sent.error();
        auto reply = receivePacket();
        if (!reply)
            return reply.error();
        const QByteArray& version = *reply;
        bool supported = false;
        // type(1) version(4), then extension name/data string pairs.
        qsizetype at = 5;
        while (version.size() > 0 && version.at(0) == 2 && at + 4 <= version.size()) {
            QByteArray name;
            QByteArray data;
            if (!readString(version, at, name) || !readString(version, at, data))
                break;
            if (name == kPosixRename)
                supported = true;
        }
        c.rawOpened = true;
        c.posixRename = supported;
        return supported;
    }

    Status posixRename(const QString& from, const QString& to)
    {
        const quint32 id = ++m_connection->rawRequestId;
        QByteArray request;
        request.append('\xc8'); // SSH_FXP_EXTENDED
        appendU32(request, id);
        appendString(request, QByteArray(kPosixRename));
        appendString(request, encodePath(from));
        appendString(request, encodePath(to));
        if (Status sent = sendPacket(request); !sent)
            return sent;
        auto reply = receivePacket();
        if (!reply)
            return reply.error();
        // SSH_FXP_STATUS: type(1) id(4) code(4) message language
        if (reply->size() < 9 || reply->at(0) != 101 || readU32(*reply, 1) != id) {
            dropConnection(false);
            return lostError(Text::tr("unexpected reply from the server"));
        }
        const quint32 status = readU32(*reply, 5);
        if (status == 0)
            return success();
        return statusError(status, Text::tr("Cannot store"), to);
    }

    Status sendPacket(const QByteArray& payload)
    {
        QByteArray packet;
        appendU32(packet, static_cast<quint32>(payload.size()));
        packet.append(payload);
        const char* data = packet.constData();
        qsizetype left = packet.size();
        while (left > 0) {
            const ssize_t sent =
                libssh2_channel_write_ex(m_connection->raw, 0, data, static_cast<size_t>(left));
            if (sent <= 0)
                return failure(static_cast<int>(sent), Text::tr("Cannot send"), m_target.host);
            data += sent;
            left -= sent;
        }
        return success();
    }

    Result<QByteArray> receivePacket()
    {
        QByteArray header;
        if (Status got = receiveExactly(header, 4); !got)
            return got.error();
        const quint32 size = readU32(header, 0);
        if (size == 0 || size > 256 * 1024) {
            dropConnection(false);
            return lostError(Text::tr("malformed reply from the server"));
        }
        QByteArray payload;
        if (Status got = receiveExactly(payload, size); !got)
            return got.error();
        return payload;
    }

    Status receiveExactly(QByteArray& out, quint32 size)
    {
        out.resize(size);
        qsizetype have = 0;
        while (have < out.size()) {
            const ssize_t got = libssh2_channel_read_ex(m_connection->raw, 0, out.data() + have,
                                                        static_cast<size_t>(out.size() - have));
            if (got < 0)
                return failure(static_cast<int>(got), Text::tr("Cannot receive"), m_target.host);
            if (got == 0) {
                dropConnection(false);
                return lostError(Text::tr("the server closed the channel"));
            }
            have += got;
        }
        return success();
    }

    static void appendU32(QByteArray& out, quint32 value)
    {
        const quint32 big = qToBigEndian(value);
        out.append(reinterpret_cast<const char*>(&big), 4);
    }
    static void appendString(QByteArray& out, const QByteArray& value)
    {
        appendU32(out, static_cast<quint32>(value.size()));
        out.append(value);
    }
    static quint32 readU32(const QByteArray& in, qsizetype at)
    {
        return qFromBigEndian<quint32>(in.constData() + at);
    }
    static bool readString(const QByteArray& in, qsizetype& at, QByteArray& out)
    {
        if (at + 4 > in.size())
            return false;
        const quint32 size = readU32(in, at);
        at += 4;
        if (size > static_cast<quint32>(in.size() - at))
            return false;
        out = in.mid(at, size);
        at += size;
        return true;
    }

    SftpTarget m_target;
    SftpCredentials m_credentials;
    QString m_pin;
    SftpOptions m_options;
    std::unique_ptr<Connection> m_connection;
    QHash<QString, LIBSSH2_SFTP_HANDLE*> m_readers;
    QSet<LIBSSH2_SFTP_HANDLE*> m_open;
};

class SftpUpload final : public Upload
{
public:
    SftpUpload(std::shared_ptr<Shared> shared, LIBSSH2_SFTP_HANDLE* handle, QString temp, QString target)
        : m_shared(std::move(shared))
        , m_handle(handle)
        , m_generation(m_shared->generation)
        , m_temp(std::move(temp))
        , m_target(std::move(target))
    {}

    ~SftpUpload() override
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_handle || !alive())
            return; // the temporary file stays in tmp/, which is safe to clean up
        m_shared->closeHandle(m_handle);
        m_shared->removeQuietly(m_temp);
    }

    Status write(const char* data, qint64 size) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status usable = check(); !usable)
            return usable;
        if (Status written = m_shared->writeAll(m_handle, data, size, m_temp); !written)
            return written;
        m_size += size;
        return success();
    }

    qint64 size() const override { return m_size; }

    Status commit() override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status usable = check(); !usable)
            return usable;
        if (Status synced = m_shared->sync(m_handle, m_temp); !synced)
            return synced;
        const int rc = m_shared->closeHandle(m_handle);
        m_handle = nullptr;
        if (rc != 0) {
            Error error = m_shared->failure(rc, Text::tr("Cannot write"), m_temp);
            m_shared->removeQuietly(m_temp);
            return error;
        }
        // Pack names are random, so an existing one means something is badly wrong:
        // refuse rather than replace.
        return m_shared->place(m_temp, m_target, false);
    }

private:
    bool alive() const { return m_shared->connection() && m_shared->generation == m_generation; }

    Status check() const
    {
        if (!m_handle)
            return Error{QStringLiteral("repository.io"),
                         Text::tr("%1 was already committed.").arg(m_target)};
        if (!alive())
            return lostError(Text::tr("the upload of %1 was interrupted").arg(m_target));
        return success();
    }

    std::shared_ptr<Shared> m_shared;
    LIBSSH2_SFTP_HANDLE* m_handle;
    quint64 m_generation;
    QString m_temp;
    QString m_target;
    qint64 m_size = 0;
};

class SftpBackend final : public Backend
{
public:
    explicit SftpBackend(std::shared_ptr<Shared> shared)
        : m_shared(std::move(shared))
    {}

    QString location() const override { return sftpUrl(m_shared->target()); }

    Status put(const QString& path, const QByteArray& data) override { return store(path, data, true); }
    Status putNew(const QString& path, const QByteArray& data) override { return store(path, data, false); }

    Result<std::unique_ptr<Upload>> startUpload(const QString& path) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected.error();
        const QString temp = m_shared->tempPath();
        auto handle = m_shared->createTemp(temp);
        if (!handle)
            return handle.error();
        return std::unique_ptr<Upload>(
            std::make_unique<SftpUpload>(m_shared, *handle, temp, m_shared->absolute(path)));
    }

    Result<QByteArray> get(const QString& path) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected.error();
        const QString name = m_shared->absolute(path);
        LIBSSH2_SFTP_HANDLE* handle = m_shared->track(m_shared->openFile(name, LIBSSH2_FXF_READ, 0));
        if (!handle)
            return m_shared->failure(0, Text::tr("Cannot read"), name);
        QByteArray data;
        LIBSSH2_SFTP_ATTRIBUTES attributes{};
        if (libssh2_sftp_fstat_ex(handle, &attributes, 0) == 0 &&
            (attributes.flags & LIBSSH2_SFTP_ATTR_SIZE) != 0)
            data.reserve(static_cast<qsizetype>(attributes.filesize));
        char buffer[64 * 1024];
        for (;;) {
            const ssize_t got = libssh2_sftp_read(handle, buffer, sizeof buffer);
            if (got == 0)
                break;
            if (got < 0) {
                Error error = m_shared->failure(static_cast<int>(got), Text::tr("Cannot read"), name);
                m_shared->closeHandle(handle);
                return error;
            }
            data.append(buffer, got);
        }
        m_shared->closeHandle(handle);
        return data;
    }

    Status getRange(const QString& path, qint64 offset, qint64 length, char* out) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected;
        auto handle = m_shared->reader(path);
        if (!handle)
            return handle.error();
        libssh2_sftp_seek64(*handle, static_cast<libssh2_uint64_t>(offset));
        while (length > 0) {
            const ssize_t got = libssh2_sftp_read(*handle, out, static_cast<size_t>(length));
            if (got < 0)
                return m_shared->failure(static_cast<int>(got), Text::tr("Cannot read"),
                                         m_shared->absolute(path));
            if (got == 0) {
                // The handle's read-ahead state is at end of file; start afresh next time.
                m_shared->dropReader(path);
                return Error{QStringLiteral("repository.truncated"),
                             Text::tr("%1 ends before offset %2: the file is truncated.")
                                 .arg(m_shared->absolute(path))
                                 .arg(offset + length)};
            }
            out += got;
            offset += got;
            length -= got;
        }
        return success();
    }

    Result<qint64> size(const QString& path) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected.error();
        auto attributes = m_shared->stat(m_shared->absolute(path));
        if (!attributes)
            return attributes.error();
        return static_cast<qint64>(attributes->filesize);
    }

    Result<QStringList> list(const QString& prefix) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected.error();
        QStringList names;
        if (Status walked = walk(m_shared->absolute(prefix), QString(), names, true); !walked)
            return walked.error();
        names.sort();
        return names;
    }

    Status remove(const QString& path) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected;
        m_shared->dropReader(path);
        const QString name = m_shared->absolute(path);
        const QByteArray encoded = encodePath(name);
        const int rc =
            libssh2_sftp_unlink_ex(m_shared->connection()->sftp, encoded.constData(), length32(encoded));
        if (rc == 0)
            return success();
        const unsigned long status = m_shared->lastStatus(rc);
        if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH)
            return success();
        return m_shared->failure(rc, Text::tr("Cannot delete"), name);
    }

    bool exists(const QString& path) override
    {
        std::lock_guard lock(m_shared->mutex);
        if (!m_shared->ensureConnected())
            return false;
        return m_shared->stat(m_shared->absolute(path)).ok();
    }

private:
    Status store(const QString& path, const QByteArray& data, bool replace)
    {
        std::lock_guard lock(m_shared->mutex);
        if (Status connected = m_shared->ensureConnected(); !connected)
            return connected;
        const QString temp = m_shared->tempPath();
        const QString target = m_shared->absolute(path);
        auto handle = m_shared->createTemp(temp);
        if (!handle)
            return handle.error();
        Status written = m_shared->writeAll(*handle, data.constData(), data.size(), temp);
        if (written)
            written = m_shared->sync(*handle, temp);
        const int rc = m_shared->closeHandle(*handle);
        if (written && rc != 0)
            written = m_shared->failure(rc, Text::tr("Cannot write"), temp);
        if (!written) {
            m_shared->removeQuietly(temp);
            return written;
        }
        if (replace)
            m_shared->dropReader(path);
        return m_shared->place(temp, target, replace);
    }

    // Collects regular files below `folder`; a missing top folder is an empty list.
    Status walk(const QString& folder, const QString& relative, QStringList& names, bool top)
    {
        const QByteArray encoded = encodePath(folder);
        LIBSSH2_SFTP_HANDLE* dir =
            m_shared->track(libssh2_sftp_open_ex(m_shared->connection()->sftp, encoded.constData(),
                                                 length32(encoded), 0, 0, LIBSSH2_SFTP_OPENDIR));
        if (!dir) {
            const unsigned long status = m_shared->lastStatus(0);
            if (top && (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH))
                return success();
            return m_shared->failure(0, Text::tr("Cannot list"), folder);
        }
        QStringList folders;
        char name[1024];
        for (;;) {
            LIBSSH2_SFTP_ATTRIBUTES attributes{};
            const int got = libssh2_sftp_readdir_ex(dir, name, sizeof name, nullptr, 0, &attributes);
            if (got == 0)
                break;
            if (got < 0) {
                Error error = m_shared->failure(got, Text::tr("Cannot list"), folder);
                m_shared->closeHandle(dir);
                return error;
            }
            const QString entry = QString::fromUtf8(name, got);
            if (entry.startsWith(QLatin1Char('.')))
                continue;
            const QString child = relative.isEmpty() ? entry : relative + QLatin1Char('/') + entry;
            unsigned long mode = attributes.permissions;
            if ((attributes.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) == 0) {
                auto looked = m_shared->stat(folder + QLatin1Char('/') + entry);
                if (!looked) {
                    m_shared->closeHandle(dir);
                    return looked.error();
                }
                mode = looked->permissions;
            }
            if (LIBSSH2_SFTP_S_ISDIR(mode))
                folders << child;
            else if (LIBSSH2_SFTP_S_ISREG(mode))
                names << child;
        }
        m_shared->closeHandle(dir);
        // Recursing after closing keeps a single directory handle open at a time.
        for (const QString& child : std::as_const(folders)) {
            const QString entry = child.mid(child.lastIndexOf(QLatin1Char('/')) + 1);
            if (Status walked = walk(folder + QLatin1Char('/') + entry, child, names, false); !walked)
                return walked;
        }
        return success();
    }

    std::shared_ptr<Shared> m_shared;
};

} // namespace

QString formatHostKeyFingerprint(const QByteArray& sha256)
{
    return ssh::formatHostKeyFingerprint(sha256);
}

QString sftpUrl(const SftpTarget& target)
{
    QUrl url;
    url.setScheme(QStringLiteral("sftp"));
    url.setUserName(target.user);
    url.setHost(target.host);
    url.setPort(target.port);
    url.setPath(target.path.isEmpty() ? QStringLiteral("/") : target.path);
    return url.toString();
}

Result<SftpTarget> parseSftpUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const auto invalid = [&](const QString& reason) {
        return Error{QStringLiteral("sftp.invalid_url"),
                     Text::tr("%1 is not a valid SFTP location: %2").arg(text, reason)};
    };
    if (!url.isValid())
        return invalid(url.errorString());
    if (url.scheme() != QLatin1String("sftp"))
        return invalid(Text::tr("it must start with sftp://"));
    if (url.host().isEmpty())
        return invalid(Text::tr("the server name is missing"));
    if (url.userName().isEmpty())
        return invalid(Text::tr("the user name is missing (sftp://user@server/folder)"));
    if (!url.password().isEmpty())
        return invalid(Text::tr("passwords do not belong in the location"));
    const int port = url.port(22);
    if (port < 1 || port > 65535)
        return invalid(Text::tr("the port is out of range"));
    SftpTarget target;
    target.host = url.host();
    target.port = port;
    target.user = url.userName();
    target.path = url.path();
    if (!target.path.startsWith(QLatin1Char('/')))
        return invalid(Text::tr("the folder must be an absolute path"));
    while (target.path.size() > 1 && target.path.endsWith(QLatin1Char('/')))
        target.path.chop(1);
    return target;
}

Result<std::unique_ptr<Backend>> openSftpBackend(const SftpTarget& target, const SftpCredentials& credentials,
                                                 const QString& pinnedHostKeySha256,
                                                 const SftpOptions& options)
{
    if (target.host.isEmpty() || !target.path.startsWith(QLatin1Char('/')))
        return Error{QStringLiteral("sftp.invalid_url"),
                     Text::tr("An SFTP location needs a server and an absolute folder.")};
    auto shared = std::make_shared<Shared>(target, credentials, pinnedHostKeySha256, options);
    {
        // Connecting now reports host key and login problems when the user sets the
        // repository up, not in the middle of the first backup.
        std::lock_guard lock(shared->mutex);
        if (Status connected = shared->ensureConnected(); !connected)
            return connected.error();
    }
    return std::unique_ptr<Backend>(std::make_unique<SftpBackend>(std::move(shared)));
}

} // namespace lifeboat::repository
