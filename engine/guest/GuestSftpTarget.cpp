#include "guest/GuestSftpTarget.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <libssh2.h>
#include <libssh2_sftp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::GuestSftpTarget)
};

unsigned int length32(const QByteArray& bytes)
{
    return static_cast<unsigned int>(bytes.size());
}

class SftpTarget final : public ExtractTarget
{
public:
    explicit SftpTarget(GuestConnection connection)
        : m_connection(std::move(connection))
    {}
    ~SftpTarget() override
    {
        if (m_sftp)
            libssh2_sftp_shutdown(m_sftp);
        if (m_session) {
            libssh2_session_disconnect(m_session, "restore done");
            libssh2_session_free(m_session);
        }
        if (m_socket >= 0)
            ::close(m_socket);
    }

    Result<TargetDir> root() override
    {
        auto opened = ssh::SshSession::open(m_connection.target, m_connection.credentials,
                                            m_connection.pinnedHostKey, m_connection.timeout);
        if (!opened)
            return opened.error();
        m_server = (*opened)->server();
        const ssh::SshSession::Handles handles = (*opened)->detach();
        m_socket = handles.socket;
        m_session = handles.session;
        m_sftp = libssh2_sftp_init(m_session);
        if (!m_sftp)
            return Error{QStringLiteral("sftp.session_failed"),
                         Text::tr("%1 accepted the login but refused SFTP: %2")
                             .arg(m_server, ssh::sessionMessage(m_session))};
        QByteArray root = m_connection.root;
        while (root.size() > 1 && root.endsWith('/'))
            root.chop(1);
        LIBSSH2_SFTP_ATTRIBUTES attributes = {};
        if (!lstat(root, attributes) || !LIBSSH2_SFTP_S_ISDIR(attributes.permissions))
            return Error{QStringLiteral("restore.target"),
                         Text::tr("%1 is not a folder on %2.").arg(displayPath(root), m_server)};
        return TargetDir{-1, root == "/" ? QByteArray() : root};
    }

    Existing existing(const TargetDir& dir, const QByteArray& name) override
    {
        LIBSSH2_SFTP_ATTRIBUTES attributes = {};
        if (!lstat(dir.path + '/' + name, attributes))
            return lastStatus() == LIBSSH2_FX_NO_SUCH_FILE ? Existing::None : Existing::Other;
        return LIBSSH2_SFTP_S_ISDIR(attributes.permissions) ? Existing::Directory : Existing::Other;
    }

    Result<TargetDir> enterDirectory(const TargetDir& dir, const QByteArray& name) override
    {
        const QByteArray path = dir.path + '/' + name;
        LIBSSH2_SFTP_ATTRIBUTES attributes = {};
        if (lstat(path, attributes)) {
            // A link is refused, not entered: it may lead anywhere in the guest.
            if (!LIBSSH2_SFTP_S_ISDIR(attributes.permissions))
                return Error{QStringLiteral("restore.entry_failed"),
                             Text::tr("%1 on %2 is not a folder (a link or a file has its place).")
                                 .arg(displayPath(path), m_server)};
            return TargetDir{-1, path};
        }
        if (libssh2_sftp_mkdir_ex(m_sftp, path.constData(), length32(path), 0700) != 0)
            return failure(Text::tr("Cannot create the folder"), path);
        return TargetDir{-1, path};
    }

    void finishDirectory(TargetDir& dir, const FileEntry& entry, const ExtractOptions& options) override
    {
        LIBSSH2_SFTP_ATTRIBUTES attributes = attributesOf(entry, options);
        (void)libssh2_sftp_stat_ex(m_sftp, dir.path.constData(), length32(dir.path), LIBSSH2_SFTP_SETSTAT,
                                   &attributes);
    }

    void leaveDirectory(TargetDir&) override {}

    Status writeFile(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool replace,
                     const std::function<Status(const ContentWriter&)>& produce,
                     const ExtractOptions& options) override
    {
        const QByteArray path = dir.path + '/' + name;
        const QByteArray temporary = dir.path + "/.lifeboat-restore-" +
                                     QByteArray::number(QRandomGenerator::global()->generate64(), 16);
        LIBSSH2_SFTP_HANDLE* file = libssh2_sftp_open_ex(
            m_sftp, temporary.constData(), length32(temporary),
            LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_EXCL, 0600, LIBSSH2_SFTP_OPENFILE);
        if (!file)
            return failure(Text::tr("Cannot create"), path);
        Status written = produce([&](qint64 offset, const char* data, qint64 length, bool hole) -> Status {
            if (hole)
                return success(); // not sent: the guest's file system keeps the hole
            libssh2_sftp_seek64(file, static_cast<libssh2_uint64_t>(offset));
            for (qint64 done = 0; done < length;) {
                const ssize_t n = libssh2_sftp_write(file, data + done, static_cast<size_t>(length - done));
                if (n <= 0) {
                    Error error = failure(Text::tr("Cannot write"), path);
                    if (error.code != QLatin1String("restore.disk_full") &&
                        error.code != QLatin1String("sftp.connection_lost"))
                        error.code = QStringLiteral("restore.write_failed");
                    return error;
                }
                done += n;
            }
            return success();
        });
        if (written) {
            // Owner first and on its own: the server applies an owner change last, and a
            // chown clears setuid and setgid, so the mode must come after it. Owners need a
            // privileged account; without one the copy keeps the account's.
            LIBSSH2_SFTP_ATTRIBUTES attributes = attributesOf(entry, options);
            if (attributes.flags & LIBSSH2_SFTP_ATTR_UIDGID) {
                LIBSSH2_SFTP_ATTRIBUTES owner = {};
                owner.flags = LIBSSH2_SFTP_ATTR_UIDGID;
                owner.uid = attributes.uid;
                owner.gid = attributes.gid;
                (void)libssh2_sftp_fsetstat(file, &owner);
                attributes.flags &= ~static_cast<unsigned long>(LIBSSH2_SFTP_ATTR_UIDGID);
            }
            // The size covers a hole at the end; then mode and times.
            attributes.flags |= LIBSSH2_SFTP_ATTR_SIZE;
            attributes.filesize = static_cast<libssh2_uint64_t>(entry.size);
            if (libssh2_sftp_fsetstat(file, &attributes) != 0)
                written = failure(Text::tr("Cannot set the attributes of"), path);
        }
        libssh2_sftp_close_handle(file);
        // SFTP v3 renames never replace, and libssh2 cannot send OpenSSH's posix-rename: the
        // existing entry is moved aside first and removed only once the new one is in place,
        // and moved back if that fails. An entry that appeared meanwhile is never clobbered.
        const QByteArray aside = temporary + ".old";
        bool movedAside = false;
        if (written && replace) {
            if (libssh2_sftp_rename_ex(m_sftp, path.constData(), length32(path), aside.constData(),
                                       length32(aside), 0) == 0)
                movedAside = true;
            else if (lastStatus() != LIBSSH2_FX_NO_SUCH_FILE)
                written = failure(Text::tr("Cannot replace"), path);
        }
        if (written && libssh2_sftp_rename_ex(m_sftp, temporary.constData(), length32(temporary),
                                              path.constData(), length32(path), 0) != 0) {
            written = failure(Text::tr("Cannot put in place"), path);
            if (movedAside)
                (void)libssh2_sftp_rename_ex(m_sftp, aside.constData(), length32(aside), path.constData(),
                                             length32(path), 0);
            movedAside = false;
        }
        if (movedAside)
            (void)libssh2_sftp_unlink_ex(m_sftp, aside.constData(), length32(aside));
        if (!written)
            (void)libssh2_sftp_unlink_ex(m_sftp, temporary.constData(), length32(temporary));
        return written;
    }

    Status symlink(const TargetDir& dir, const QByteArray& name, const FileEntry& entry, bool replace,
                   const ExtractOptions&) override
    {
        const QByteArray path = dir.path + '/' + name;
        if (replace && libssh2_sftp_unlink_ex(m_sftp, path.constData(), length32(path)) != 0 &&
            lastStatus() != LIBSSH2_FX_NO_SUCH_FILE)
            return failure(Text::tr("Cannot replace"), path);
        // OpenSSH's server takes SSH_FXP_SYMLINK's arguments in the opposite order to the
        // draft (target first); libssh2 passes them through, so they are given swapped.
        QByteArray target = entry.linkTarget;
        if (libssh2_sftp_symlink_ex(m_sftp, target.constData(), length32(target),
                                    const_cast<char*>(path.constData()), length32(path),
                                    LIBSSH2_SFTP_SYMLINK) != 0)
            return failure(Text::tr("Cannot create the link"), path);
        return success();
    }

private:
    bool lstat(const QByteArray& path, LIBSSH2_SFTP_ATTRIBUTES& attributes)
    {
        return libssh2_sftp_stat_ex(m_sftp, path.constData(), length32(path), LIBSSH2_SFTP_LSTAT,
                                    &attributes) == 0;
    }

    unsigned long lastStatus() const
    {
        return libssh2_session_last_errno(m_session) == LIBSSH2_ERROR_SFTP_PROTOCOL
                   ? libssh2_sftp_last_error(m_sftp)
                   : 0;
    }

    LIBSSH2_SFTP_ATTRIBUTES attributesOf(const FileEntry& entry, const ExtractOptions& options) const
    {
        LIBSSH2_SFTP_ATTRIBUTES attributes = {};
        attributes.flags = LIBSSH2_SFTP_ATTR_PERMISSIONS | LIBSSH2_SFTP_ATTR_ACMODTIME;
        // Without the guest's owners the copy belongs to the restoring account: no setuid.
        attributes.permissions = options.keepOwners ? (entry.mode & 07777) : (entry.mode & 01777);
        attributes.atime = attributes.mtime = static_cast<unsigned long>(entry.mtime);
        if (options.keepOwners) {
            attributes.flags |= LIBSSH2_SFTP_ATTR_UIDGID;
            attributes.uid = entry.uid;
            attributes.gid = entry.gid;
        }
        return attributes;
    }

    Error failure(const QString& what, const QByteArray& path) const
    {
        const int rc = libssh2_session_last_errno(m_session);
        if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL)
            return Error{QStringLiteral("sftp.connection_lost"),
                         Text::tr("The connection to %1 was lost (%2).")
                             .arg(m_server, ssh::sessionMessage(m_session))};
        const unsigned long status = libssh2_sftp_last_error(m_sftp);
        QString reason;
        QString code = QStringLiteral("restore.entry_failed");
        switch (status) {
        case LIBSSH2_FX_PERMISSION_DENIED:
        case LIBSSH2_FX_WRITE_PROTECT:
            reason = Text::tr("permission denied");
            break;
        case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        case LIBSSH2_FX_QUOTA_EXCEEDED:
            code = QStringLiteral("restore.disk_full");
            reason = Text::tr("no space left in the guest");
            break;
        case LIBSSH2_FX_NO_SUCH_FILE:
        case LIBSSH2_FX_NO_SUCH_PATH:
            reason = Text::tr("no such file or folder");
            break;
        default:
            reason = Text::tr("the guest reported failure (SFTP status %1)").arg(status);
        }
        return Error{code, Text::tr("%1 %2: %3").arg(what, displayPath(path), reason)};
    }

    GuestConnection m_connection;
    QString m_server;
    int m_socket = -1;
    LIBSSH2_SESSION* m_session = nullptr;
    LIBSSH2_SFTP* m_sftp = nullptr;
};

} // namespace

bool parseGuestAddress(const QString& address, ssh::SshTarget& target)
{
    const QString text = address.trimmed();
    QString host = text;
    QString port;
    if (text.startsWith(QLatin1Char('['))) {
        const qsizetype close = text.indexOf(QLatin1Char(']'));
        if (close < 0)
            return false;
        host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(QLatin1Char(':')))
            return false;
        port = rest.mid(1);
    } else if (text.count(QLatin1Char(':')) == 1) {
        // One colon separates the port; more are a bare IPv6 address.
        const qsizetype colon = text.indexOf(QLatin1Char(':'));
        host = text.left(colon);
        port = text.mid(colon + 1);
    }
    bool ok = true;
    const int number = port.isEmpty() ? 22 : port.toInt(&ok);
    if (host.isEmpty() || !ok || number <= 0 || number > 65535 || host.contains(QLatin1Char(' ')))
        return false;
    target.host = host;
    target.port = number;
    return true;
}

Result<QString> readGuestHostKey(const ssh::SshTarget& target, std::chrono::milliseconds timeout)
{
    // Without a pin the session stops right after the key exchange, before any credential
    // is sent, with the fingerprint in the error's detail.
    auto opened = ssh::SshSession::open(target, ssh::SshCredentials{}, QString(), timeout);
    if (opened)
        return Error{QStringLiteral("ssh.session_failed"),
                     Text::tr("%1 accepted a connection without a trusted host key.").arg(target.host)};
    if (opened.error().code != QLatin1String("ssh.unknown_host_key"))
        return opened.error();
    if (opened.error().detail.isEmpty())
        return opened.error();
    return opened.error().detail;
}

Result<ExtractStats> extractToGuest(GuestFileSystem& fs, const QList<QByteArray>& guestPaths,
                                    const GuestConnection& connection, ExtractOptions options)
{
    SftpTarget target(connection);
    options.keepParents = true;
    return extract(fs, guestPaths, target, options);
}

} // namespace lifeboat::guest
