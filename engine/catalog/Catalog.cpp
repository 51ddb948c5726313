#include "catalog/Catalog.h"

#include "catalog/Migrations.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <algorithm>
#include <vector>

namespace lifeboat::catalog {

namespace {
// Removes this thread's catalog connections when the thread ends, after every
// QSqlDatabase handle of that thread has gone out of scope. Threads with an event loop
// should call Catalog::closeConnection() before they finish: at thread exit Qt may have
// released the thread's data already, and the driver is a QObject of that thread.
struct ThreadConnections
{
    std::vector<QString> names;
    ~ThreadConnections()
    {
        for (const QString& name : names)
            QSqlDatabase::removeDatabase(name);
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
    auto& names = t_connections.names;
    names.erase(std::remove(names.begin(), names.end(), name), names.end());
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

Catalog::Catalog(QString path)
    : m_path(std::move(path))
{}

QSqlDatabase Catalog::connection() const
{
    const QString name = connectionName(m_path);
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    // Without a busy timeout a second thread's write fails at once with "database is locked".
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    t_connections.names.push_back(name);
    // Connections of worker threads (indexing, restores) are opened here; the engine
    // thread's first one is opened by open(), which checks and migrates the file first.
    if (m_opened && db.open()) {
        QSqlQuery pragmas(db);
        pragmas.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragmas.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
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
