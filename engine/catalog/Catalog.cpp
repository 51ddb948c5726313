#include "catalog/Catalog.h"

#include "catalog/Migrations.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lifeboat::catalog {

namespace {
// SQLite's locks are POSIX record locks, which belong to the process: when anything else
// in the process closes a descriptor of the catalog or its -shm (QMimeDatabase sniffing
// the files for a file dialog listing their folder, a copy of the file), the kernel drops
// them, and SQLite cannot tell. Another process closing the catalog then takes the
// exclusive lock, checkpoints and deletes the WAL and -shm this process still uses, and
// every later write of this process goes to the orphaned WAL, unseen by anyone. The
// process therefore also holds the two locks that keep a live connection's files alive,
// as open file description locks on descriptors of its own, which only closing those
// descriptors drops: a shared lock on the database (no one else can take the exclusive
// lock that deletes the WAL) and one on the -shm's "dead man switch" byte (no one else
// reinitialises the -shm). They are let go before the process's last connection closes,
// so that connection still folds the WAL into the file and removes it.
class ProcessLocks
{
public:
    static ProcessLocks& instance()
    {
        static ProcessLocks locks;
        return locks;
    }

    void connectionOpened(const QString& path)
    {
        QMutexLocker locker(&m_mutex);
        ++m_files[path].connections;
    }

    // Takes the locks where they are missing; needs the file in WAL mode and an open
    // connection of this process (which excludes the checkpoint-and-delete meanwhile).
    void hold(const QString& path)
    {
        QMutexLocker locker(&m_mutex);
        auto found = m_files.find(path);
        if (found == m_files.end() || found->second.connections == 0)
            return;
        Files& files = found->second;
        files.database.hold(path, kSharedFirst, kSharedSize);
        files.sharedMemory.hold(path + QStringLiteral("-shm"), kDeadManSwitch, 1);
    }

    void connectionClosing(const QString& path)
    {
        QMutexLocker locker(&m_mutex);
        auto found = m_files.find(path);
        if (found == m_files.end() || found->second.connections == 0 || --found->second.connections > 0)
            return;
        found->second.database.release();
        found->second.sharedMemory.release();
    }

private:
    // The byte ranges of SQLite's unix VFS (os_unix.c): the database's SHARED range, past
    // the 1 GiB pending byte, and the -shm's DMS byte after the WAL locks.
    static constexpr off_t kSharedFirst = 0x40000000 + 2;
    static constexpr off_t kSharedSize = 510;
    static constexpr off_t kDeadManSwitch = 120 + 8;

    struct Lock
    {
        // Kept open for the life of the process: closing it would drop the POSIX locks of
        // this process's connections to the same file, the very problem solved here.
        int fd = -1;
        bool held = false;
        bool warned = false; // hold() is retried with every query

        void hold([[maybe_unused]] const QString& file, [[maybe_unused]] off_t start,
                  [[maybe_unused]] off_t length)
        {
#ifdef F_OFD_SETLK
            if (held)
                return;
            const QByteArray name = QFile::encodeName(file);
            struct stat onDisk = {};
            if (::stat(name.constData(), &onDisk) != 0)
                return; // no -shm yet: SQLite creates it with the first read
            struct stat opened = {};
            if (fd < 0 || ::fstat(fd, &opened) != 0 || opened.st_dev != onDisk.st_dev ||
                opened.st_ino != onDisk.st_ino)
                // A replaced file: the descriptor of the old one stays open (see fd).
                fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
            if (fd < 0)
                return;
            struct flock lock = {};
            lock.l_type = F_RDLCK;
            lock.l_whence = SEEK_SET;
            lock.l_start = start;
            lock.l_len = length;
            held = ::fcntl(fd, F_OFD_SETLK, &lock) == 0;
            if (!held && !warned)
                qCWarning(lcCatalog) << "cannot lock" << file << "against foreign closes:" << strerror(errno);
            warned = warned || !held;
#endif
        }

        void release()
        {
#ifdef F_OFD_SETLK
            if (!held)
                return;
            struct flock lock = {};
            lock.l_type = F_UNLCK;
            lock.l_whence = SEEK_SET;
            ::fcntl(fd, F_OFD_SETLK, &lock);
            held = false;
#endif
        }
    };

    struct Files
    {
        int connections = 0; // open connections of this process, all threads
        Lock database;
        Lock sharedMemory;
    };

    QMutex m_mutex;
    std::map<QString, Files> m_files;
};

void removeConnection(const QString& name, const QString& path)
{
    if (!QSqlDatabase::contains(name))
        return;
    ProcessLocks::instance().connectionClosing(path);
    QSqlDatabase::removeDatabase(name);
}

// Removes this thread's catalog connections when the thread ends, after every
// QSqlDatabase handle of that thread has gone out of scope. Threads with an event loop
// should call Catalog::closeConnection() before they finish: at thread exit Qt may have
// released the thread's data already, and the driver is a QObject of that thread.
struct ThreadConnections
{
    struct Connection
    {
        QString name;
        QString path;
    };
    std::vector<Connection> connections;
    ~ThreadConnections()
    {
        for (const Connection& connection : connections)
            removeConnection(connection.name, connection.path);
    }
};
thread_local ThreadConnections t_connections;

QString connectionName(const QString& path)
{
    const QByteArray pathHash =
        QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("lifeboat-catalog-%1-%2")
        .arg(QString::fromLatin1(pathHash))
        .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()), 0, 16);
}

Result<qint64> countRows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !query.next())
        return Error{QStringLiteral("catalog.unreadable"), query.lastError().text()};
    return query.value(0).toLongLong();
}
} // namespace

void Catalog::closeConnection() const
{
    const QString name = connectionName(m_path);
    auto& connections = t_connections.connections;
    connections.erase(
        std::remove_if(connections.begin(), connections.end(),
                       [&](const ThreadConnections::Connection& each) { return each.name == name; }),
        connections.end());
    removeConnection(name, m_path);
}

Catalog::Catalog(QString path)
    : m_path(std::move(path))
{}

QSqlDatabase Catalog::connection() const
{
    const QString name = connectionName(m_path);
    if (QSqlDatabase::contains(name)) {
        if (m_opened)
            ProcessLocks::instance().hold(m_path);
        return QSqlDatabase::database(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Without a busy timeout a second thread's write fails at once with "database is locked".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    t_connections.connections.push_back({name, m_path});
    ProcessLocks::instance().connectionOpened(m_path);
    // Connections of worker threads (indexing, restores) are opened here; the engine
    // thread's first one is opened by open(), which checks and migrates the file first.
    if (m_opened && db.open()) {
        QSqlQuery pragmas(db);
        pragmas.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        ProcessLocks::instance().hold(m_path);
    }
    return db;
}

Status Catalog::open()
{
    const QFileInfo file(m_path);
    if (!QDir().mkpath(file.absolutePath()))
        return Error{
            QStringLiteral("catalog.cannot_create"),
            tr("Cannot create the folder %1 for the catalog. Check its permissions or choose another "
               "location with --catalog.")
                .arg(file.absolutePath())};
    const bool existed = file.exists() && file.size() > 0;

    QSqlDatabase db = connection();
    if (!db.isOpen() && !db.open())
        return Error{QStringLiteral("catalog.cannot_open"),
                     tr("Cannot open the catalog %1: %2").arg(m_path, db.lastError().text())};

    QSqlQuery query(db);
    // A file that is not SQLite fails here, before anything is written to it.
    if (!query.exec(QStringLiteral("PRAGMA schema_version")))
        return Error{
            QStringLiteral("catalog.corrupt"),
            tr("%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose "
               "another file with --catalog.")
                .arg(m_path, query.lastError().text())};

    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    const int latest = latestSchemaVersion();
    if (version.value() > latest)
        return Error{QStringLiteral("catalog.too_new"),
                     tr("The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. "
                        "Upgrade Lifeboat, or choose another catalog with --catalog.")
                         .arg(m_path)
                         .arg(version.value())
                         .arg(latest)};

    // The copy is taken before anything else touches the file, WAL switch included.
    if (version.value() < latest && existed && version.value() > 0) {
        // Fold the WAL into the main file so the copy is complete on its own.
        query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString backup = m_path + QStringLiteral(".schema-%1.bak").arg(version.value());
        QFile::remove(backup);
        if (!QFile::copy(m_path, backup))
            return Error{
                QStringLiteral("catalog.backup_failed"),
                tr("Cannot copy the catalog to %1 before upgrading it; nothing was changed.").arg(backup)};
        qCInfo(lcCatalog) << "saved schema" << version.value() << "catalog as" << backup;
    }

    if (!query.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !query.next())
        return Error{QStringLiteral("catalog.cannot_open"),
                     tr("Cannot switch the catalog to WAL mode: %1").arg(query.lastError().text())};
    query.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    query.exec(QStringLiteral("PRAGMA foreign_keys=ON"));

    if (version.value() < latest) {
        if (Status migrated = migrate(db, latest); !migrated)
            return migrated;
    }
    m_opened = true;
    // Only now: switching to WAL needs the exclusive lock that these would refuse.
    ProcessLocks::instance().hold(m_path);
    return success();
}

Result<CatalogInfo> Catalog::info() const
{
    QSqlDatabase db = connection();
    if (!db.isOpen())
        return Error{QStringLiteral("catalog.not_open"), tr("The catalog is not open.")};
    CatalogInfo info;
    info.path = m_path;
    info.latestSchemaVersion = latestSchemaVersion();
    auto version = schemaVersion(db);
    if (!version)
        return version.error();
    info.schemaVersion = version.value();
    QSqlQuery query(db);
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next())
        info.journalMode = query.value(0).toString();
    info.sizeBytes = QFileInfo(m_path).size() + QFileInfo(m_path + QStringLiteral("-wal")).size();
    struct Counter
    {
        const char* table;
        qint64 CatalogInfo::*field;
    };
    for (const Counter& counter :
         {Counter{"endpoints", &CatalogInfo::endpoints}, Counter{"repositories", &CatalogInfo::repositories},
          Counter{"jobs", &CatalogInfo::jobs}, Counter{"sessions", &CatalogInfo::sessions}}) {
        auto rows = countRows(db, QString::fromLatin1(counter.table));
        if (!rows)
            return rows.error();
        info.*counter.field = rows.value();
    }
    return info;
}

Result<QVector<EndpointRecord>> Catalog::endpoints() const
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    if (!query.exec(
            QStringLiteral("SELECT id, kind, url, display_name, COALESCE(pinned_sha256, ''), created_at "
                           "FROM endpoints ORDER BY display_name, url")))
        return Error{QStringLiteral("catalog.unreadable"), query.lastError().text()};
    QVector<EndpointRecord> records;
    while (query.next())
        records.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(),
                        QDateTime::fromString(query.value(5).toString(), Qt::ISODate)});
    return records;
}

Status Catalog::saveEndpoint(const EndpointRecord& endpoint)
{
    QSqlDatabase db = connection();
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("INSERT INTO endpoints (kind, url, display_name, pinned_sha256, created_at) "
                       "VALUES (?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET kind = excluded.kind, "
                       "display_name = excluded.display_name, pinned_sha256 = excluded.pinned_sha256"));
    query.addBindValue(endpoint.kind);
    query.addBindValue(endpoint.url);
    query.addBindValue(endpoint.displayName.isNull() ? QStringLiteral("") : endpoint.displayName);
    query.addBindValue(endpoint.pinnedSha256.isEmpty() ? QVariant() : QVariant(endpoint.pinnedSha256));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec())
        return Error{
            QStringLiteral("catalog.write_failed"),
            tr("Cannot save the endpoint %1 in the catalog: %2").arg(endpoint.url, query.lastError().text())};
    return success();
}

Result<QString> Catalog::setting(const QString& key) const
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return Error{QStringLiteral("catalog.query_failed"),
                     tr("Cannot read the setting %1: %2").arg(key, query.lastError().text())};
    return query.next() ? query.value(0).toString() : QString();
}

Status Catalog::setSetting(const QString& key, const QString& value)
{
    QSqlQuery query(connection());
    query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return Error{QStringLiteral("catalog.write_failed"),
                     tr("Cannot save the setting %1: %2").arg(key, query.lastError().text())};
    return success();
}

} // namespace lifeboat::catalog
