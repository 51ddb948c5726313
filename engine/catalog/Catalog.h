#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

namespace lifeboat::catalog {

struct CatalogInfo
{
    QString path;
    int schemaVersion = 0;
    int latestSchemaVersion = 0;
    QString journalMode;
    qint64 sizeBytes = 0;
    qint64 endpoints = 0;
    qint64 repositories = 0;
    qint64 jobs = 0;
    qint64 sessions = 0;
};

// A vCenter, ESXi or Cloud Director the user added. Its credentials are not here: they
// live in the system keychain only.
struct EndpointRecord
{
    qint64 id = 0;
    QString kind; // "vsphere" or "vcd"
    QString url;
    QString displayName;
    QString pinnedSha256; // the certificate thumbprint the user trusted, if not CA-verified
    QDateTime createdAt;
};

// The local SQLite catalog. Qt SQL connections belong to the thread that opened them,
// so connection() hands every thread its own, named after the file and the thread,
// and closes it when that thread ends.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::catalog::Catalog)

public:
    explicit Catalog(QString path);

    // Creates the file if needed, switches it to WAL and upgrades the schema, keeping a
    // copy of the previous file next to it before any upgrade of existing data.
    Status open();

    QSqlDatabase connection() const;
    // Closes the calling thread's connection (no QSqlDatabase of it may be alive).
    void closeConnection() const;
    Result<CatalogInfo> info() const;

    Result<QVector<EndpointRecord>> endpoints() const;
    // Inserts a new endpoint or updates the one with the same URL.
    Status saveEndpoint(const EndpointRecord& endpoint);
    // Settings of the installation (JSON or plain text values); empty when unset.
    Result<QString> setting(const QString& key) const;
    Status setSetting(const QString& key, const QString& value);
    const QString& path() const { return m_path; }

private:
    QString m_path;
    mutable bool m_opened = false; // set once open() has checked and migrated the file
};

} // namespace lifeboat::catalog

Q_DECLARE_METATYPE(lifeboat::catalog::CatalogInfo)
