#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>

namespace lifeboat::apps {

// A database engine in a Linux guest whose databases become items of a restore point. The
// engine talks to it only through commands run in the guest over SSH, with the guest's own
// client tools and credentials (peer or socket authentication, ~/.pgpass, ~/.my.cnf), so no
// database password passes through Lifeboat. Microsoft SQL Server and Oracle would be
// further providers; they cannot run here and are not offered.
class DatabaseProvider
{
public:
    virtual ~DatabaseProvider() = default;
    virtual QString kind() const = 0;        // "postgresql", "mariadb"
    virtual QString displayName() const = 0; // "PostgreSQL", "MariaDB/MySQL"
    // Prints the names of the databases worth backing up, one per line.
    virtual QString listCommand() const = 0;
    QStringList parseList(const QByteArray& output) const;
    // Writes a consistent dump of one database to standard output.
    virtual QString dumpCommand(const QString& database) const = 0;
    // Reads a dump on standard input into `database`: replacing it (`replace`), or creating
    // it and failing if it exists, so that a restore under a new name never overwrites.
    virtual QString restoreCommand(const QString& database, bool replace) const = 0;

protected:
    virtual bool isSystemDatabase(const QString& name) const = 0;
};

// The provider of a kind; "items.unknown_kind" or "items.not_available" (SQL Server, Oracle).
Result<std::unique_ptr<DatabaseProvider>> providerFor(const QString& kind);
QStringList supportedKinds();

// Database names go into shell commands and SQL: only names without quotes, backslashes,
// backticks, control characters or "=", and not starting with "-", are accepted.
bool isSafeDatabaseName(const QString& name);

// "NAME=value NAME=value": the environment put in front of every item command (PGHOST,
// PGPORT, MYSQL_HOME, ...). Values may not hold shell syntax; passwords are refused.
bool isSafeEnvironment(const QString& assignments);

// `command` run with the assignments exported, so that every command of a "a && b" chain
// sees them (a plain prefix would reach only the first).
QString withEnvironment(const QString& assignments, const QString& command);

} // namespace lifeboat::apps
