#include "catalog/Migrations.h"

#include "catalog/Catalog.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace lifeboat::catalog {

const std::vector<Migration>& migrations()
{
    // Credentials never live here: endpoints and guests refer to keychain entries by key.
    static const std::vector<Migration> steps = {
        {1,
         "endpoints, repositories and settings",
         {
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE endpoints ("
                            " id INTEGER PRIMARY KEY,"
                            " kind TEXT NOT NULL CHECK (kind IN ('vsphere', 'vcd')),"
                            " url TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " pinned_sha256 TEXT,"
                            " created_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE repositories ("
                            " id INTEGER PRIMARY KEY,"
                            " location TEXT NOT NULL UNIQUE,"
                            " display_name TEXT NOT NULL DEFAULT '',"
                            " created_at TEXT NOT NULL)"),
         }},
        {2,
         "tenants, jobs, sessions and session logs",
         {
             QStringLiteral("ALTER TABLE endpoints ADD COLUMN last_connected_at TEXT"),
             QStringLiteral("CREATE TABLE tenants ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " kind TEXT NOT NULL CHECK (kind IN ('account', 'group', 'organization')),"
                            " repository_id INTEGER REFERENCES repositories(id),"
                            " quota_bytes INTEGER)"),
             QStringLiteral("CREATE TABLE jobs ("
                            " id INTEGER PRIMARY KEY,"
                            " name TEXT NOT NULL UNIQUE,"
                            " description TEXT NOT NULL DEFAULT '',"
                            " tenant_id INTEGER REFERENCES tenants(id),"
                            " repository_id INTEGER REFERENCES repositories(id),"
                            " definition_json TEXT NOT NULL DEFAULT '{}',"
                            " enabled INTEGER NOT NULL DEFAULT 1,"
                            " created_at TEXT NOT NULL,"
                            " updated_at TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE sessions ("
                            " id INTEGER PRIMARY KEY,"
                            " job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
                            " kind TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " result TEXT CHECK (result IN ('Running', 'Success', 'Warning', 'Failed')),"
                            " bytes_read INTEGER NOT NULL DEFAULT 0,"
                            " bytes_stored INTEGER NOT NULL DEFAULT 0)"),
             QStringLiteral("CREATE TABLE session_log ("
                            " id INTEGER PRIMARY KEY,"
                            " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            " at TEXT NOT NULL,"
                            " severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),"
                            " object TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX session_log_by_session ON session_log(session_id, id)"),
             QStringLiteral("CREATE INDEX sessions_by_job ON sessions(job_id, started_at)"),
         }},
        {3,
         "per-object tasks of a session; retries",
         {
             QStringLiteral("ALTER TABLE sessions ADD COLUMN retry_of INTEGER REFERENCES sessions(id)"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN message TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN runner_pid INTEGER"),
             QStringLiteral("CREATE TABLE session_tasks ("
                            " id INTEGER PRIMARY KEY,"
                            " session_id INTEGER NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,"
                            " object_id TEXT NOT NULL,"
                            " object_name TEXT NOT NULL,"
                            " started_at TEXT NOT NULL,"
                            " finished_at TEXT,"
                            " result TEXT CHECK (result IN ('Running', 'Success', 'Warning', 'Failed')),"
                            " bytes_read INTEGER NOT NULL DEFAULT 0,"
                            " bytes_stored INTEGER NOT NULL DEFAULT 0,"
                            " restore_point TEXT NOT NULL DEFAULT '',"
                            " message TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX session_tasks_by_session ON session_tasks(session_id, id)"),
         }},
        {4,
         "tenant roles and scopes",
         {
             QStringLiteral("ALTER TABLE tenants ADD COLUMN role TEXT NOT NULL DEFAULT 'tenant' "
                            "CHECK (role IN ('admin', 'tenant'))"),
             QStringLiteral(
                 "CREATE TABLE tenant_scopes ("
                 " id INTEGER PRIMARY KEY,"
                 " tenant_id INTEGER NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,"
                 " endpoint_id INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,"
                 " kind TEXT NOT NULL CHECK (kind IN ('folder', 'resource_pool', 'vapp', 'vm', 'tag')),"
                 " moref TEXT NOT NULL,"
                 " UNIQUE (tenant_id, endpoint_id, kind, moref))"),
         }},
        {5,
         "scheduler state, stop requests, bottleneck figures",
         {
             QStringLiteral("CREATE TABLE job_schedule ("
                            " job_id INTEGER PRIMARY KEY REFERENCES jobs(id) ON DELETE CASCADE,"
                            " last_checked_at TEXT NOT NULL,"
                            " last_due_at TEXT)"),
             QStringLiteral("ALTER TABLE sessions ADD COLUMN stop_requested INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral("ALTER TABLE session_tasks ADD COLUMN source_share REAL"),
         }},
        {6,
         "inventory cache",
         {
             QStringLiteral("CREATE TABLE inventory ("
                            " endpoint_id INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,"
                            " moref TEXT NOT NULL,"
                            " type TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " parent TEXT NOT NULL DEFAULT '',"
                            " resource_pool TEXT NOT NULL DEFAULT '',"
                            " parent_vapp TEXT NOT NULL DEFAULT '',"
                            " parent_folder TEXT NOT NULL DEFAULT '',"
                            " details_json TEXT NOT NULL DEFAULT '{}',"
                            " refreshed_at TEXT NOT NULL,"
                            " PRIMARY KEY (endpoint_id, moref))"),
         }},
        {7,
         "restore audit",
         {
             // Result, start and end come from the restore's session; the audit row keeps
             // what the session does not: who, what, which restore point, where to.
             QStringLiteral("CREATE TABLE restore_audit ("
                            " id INTEGER PRIMARY KEY,"
                            " session_id INTEGER NOT NULL REFERENCES sessions(id),"
                            " operator TEXT NOT NULL,"
                            " kind TEXT NOT NULL CHECK (kind IN ('vm', 'vapp', 'files', 'item')),"
                            " object_name TEXT NOT NULL,"
                            " object_id TEXT NOT NULL DEFAULT '',"
                            " restore_point TEXT NOT NULL,"
                            " restore_point_time TEXT NOT NULL,"
                            " target TEXT NOT NULL,"
                            " mode TEXT NOT NULL DEFAULT '')"),
             QStringLiteral("CREATE INDEX restore_audit_by_session ON restore_audit(session_id)"),
         }},
        {8,
         "guest file index",
         {
             // The restore points whose guest files are indexed, numbered per VM in backup
             // order. A file version is one row for the run of consecutive restore points
             // that hold it unchanged (first_seq..last_seq), so a file that never changes
             // costs one row however many restore points there are.
             QStringLiteral("CREATE TABLE file_index_points ("
                            " id INTEGER PRIMARY KEY,"
                            " repository TEXT NOT NULL,"
                            " restore_point TEXT NOT NULL,"
                            " vm TEXT NOT NULL,"
                            " vm_name TEXT NOT NULL,"
                            " tenant TEXT NOT NULL DEFAULT '',"
                            " seq INTEGER NOT NULL,"
                            " time TEXT NOT NULL,"
                            " files INTEGER NOT NULL DEFAULT 0,"
                            " UNIQUE (repository, restore_point),"
                            " UNIQUE (repository, vm, seq))"),
             QStringLiteral("CREATE TABLE file_index ("
                            " id INTEGER PRIMARY KEY,"
                            " repository TEXT NOT NULL,"
                            " vm TEXT NOT NULL,"
                            " volume TEXT NOT NULL,"
                            " raw_path BLOB NOT NULL,"
                            " dir TEXT NOT NULL,"
                            " name TEXT NOT NULL,"
                            " type INTEGER NOT NULL,"
                            " size INTEGER NOT NULL,"
                            " mtime INTEGER NOT NULL,"
                            " mode INTEGER NOT NULL,"
                            " uid INTEGER NOT NULL,"
                            " gid INTEGER NOT NULL,"
                            " first_seq INTEGER NOT NULL,"
                            " last_seq INTEGER NOT NULL)"),
             QStringLiteral(
                 "CREATE INDEX file_index_by_path ON file_index(repository, vm, volume, raw_path, last_seq)"),
             QStringLiteral("CREATE INDEX file_index_by_mtime ON file_index(mtime)"),
             // Substring and glob searches on names through trigrams, without a full scan.
             QStringLiteral("CREATE VIRTUAL TABLE file_index_names USING fts5(name, content='file_index', "
                            "content_rowid='id', tokenize='trigram')"),
             QStringLiteral("CREATE TRIGGER file_index_names_add AFTER INSERT ON file_index BEGIN "
                            "INSERT INTO file_index_names(rowid, name) VALUES (new.id, new.name); END"),
             QStringLiteral("CREATE TRIGGER file_index_names_remove AFTER DELETE ON file_index BEGIN "
                            "INSERT INTO file_index_names(file_index_names, rowid, name) "
                            "VALUES ('delete', old.id, old.name); END"),
         }},
        {9,
         "Cloud Director organizations and their vCenters",
         {
             // An organization is a tenant whose VMs Cloud Director names: its scope is
             // refreshed from Cloud Director whenever one of its users signs in.
             QStringLiteral("ALTER TABLE tenants ADD COLUMN vcd_endpoint_id INTEGER "
                            "REFERENCES endpoints(id) ON DELETE CASCADE"),
             QStringLiteral("ALTER TABLE tenants ADD COLUMN organization TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE tenants ADD COLUMN job_template_json TEXT NOT NULL DEFAULT '{}'"),
             QStringLiteral("ALTER TABLE tenants ADD COLUMN schedule_policy TEXT NOT NULL DEFAULT ''"),
             // Which Lifeboat endpoint (and service account) reaches the disks of the VMs a
             // Cloud Director places on the vCenter it calls `vcenter`.
             QStringLiteral(
                 "CREATE TABLE vcd_vcenters ("
                 " vcd_endpoint_id INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,"
                 " vcenter TEXT NOT NULL,"
                 " vsphere_endpoint_id INTEGER NOT NULL REFERENCES endpoints(id) ON DELETE CASCADE,"
                 " account TEXT NOT NULL,"
                 " PRIMARY KEY (vcd_endpoint_id, vcenter))"),
             // The provider's own Cloud Director account (password: keychain), for what only
             // the provider may do, such as taking a restored VM into an organization's vApp.
             QStringLiteral("CREATE TABLE vcd_providers ("
                            " vcd_endpoint_id INTEGER PRIMARY KEY REFERENCES endpoints(id) ON DELETE CASCADE,"
                            " account TEXT NOT NULL)"),
         }},
    };
    return steps;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

Result<int> schemaVersion(QSqlDatabase& db)
{
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return db.tables().isEmpty()
                   ? Result<int>(0)
                   : Result<int>(
                         Error{QStringLiteral("catalog.foreign"),
                               Catalog::tr(
                                   "The file is an SQLite database, but not a Lifeboat catalog "
                                   "(it has no schema_version table). Choose another file with --catalog.")});
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !query.next())
        return Error{
            QStringLiteral("catalog.unreadable"),
            Catalog::tr("Cannot read the catalog's schema version: %1").arg(query.lastError().text())};
    return query.value(0).toInt();
}

Status migrate(QSqlDatabase& db, int target)
{
    auto current = schemaVersion(db);
    if (!current)
        return current.error();
    QSqlQuery query(db);
    if (current.value() == 0 && !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                                           " version INTEGER PRIMARY KEY,"
                                                           " description TEXT NOT NULL,"
                                                           " applied_at TEXT NOT NULL)")))
        return Error{QStringLiteral("catalog.migration_failed"),
                     Catalog::tr("Cannot create the schema_version table: %1").arg(query.lastError().text())};

    for (const Migration& step : migrations()) {
        if (step.version <= current.value() || step.version > target)
            continue;
        // A step either lands whole or not at all, so a crash mid-upgrade leaves the
        // previous version intact and the next start simply retries.
        if (!db.transaction())
            return Error{QStringLiteral("catalog.migration_failed"),
                         Catalog::tr("Cannot start a transaction: %1").arg(db.lastError().text())};
        auto fail = [&](const QString& what) -> Status {
            db.rollback();
            return Error{
                QStringLiteral("catalog.migration_failed"),
                Catalog::tr(
                    "Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.")
                    .arg(step.version)
                    .arg(what)
                    .arg(current.value())};
        };
        for (const QString& statement : step.statements) {
            if (!query.exec(statement))
                return fail(query.lastError().text());
        }
        query.prepare(
            QStringLiteral("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)"));
        query.addBindValue(step.version);
        query.addBindValue(QString::fromLatin1(step.description));
        query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!query.exec())
            return fail(query.lastError().text());
        if (!db.commit())
            return fail(db.lastError().text());
        qCInfo(lcCatalog) << "catalog upgraded to schema" << step.version << "-" << step.description;
        current = step.version;
    }
    return success();
}

} // namespace lifeboat::catalog
