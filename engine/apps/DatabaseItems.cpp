#include "apps/DatabaseItems.h"

#include <QRegularExpression>

namespace lifeboat::apps {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::apps::DatabaseItems)
};

QString quoted(const QString& text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

class PostgreSql final : public DatabaseProvider
{
public:
    QString kind() const override { return QStringLiteral("postgresql"); }
    QString displayName() const override { return QStringLiteral("PostgreSQL"); }
    QString listCommand() const override
    {
        return QStringLiteral("psql -XAtq -d postgres -c 'SELECT datname FROM pg_database WHERE datallowconn "
                              "AND NOT datistemplate ORDER BY 1'");
    }
    // The custom format is compressed and restorable selectively with pg_restore.
    QString dumpCommand(const QString& database) const override
    {
        return QStringLiteral("pg_dump -Fc -d %1").arg(quoted(database));
    }
    QString restoreCommand(const QString& database, bool replace) const override
    {
        if (!replace)
            return QStringLiteral("createdb %1 && pg_restore --no-owner --exit-on-error -d %1")
                .arg(quoted(database));
        // The dump goes into a new database first; only when it restored completely is the
        // old one dropped and the new one renamed into its place.
        const QString temporary = database + QStringLiteral("_lbtmp");
        return QStringLiteral("createdb %1 || exit 1; "
                              "if pg_restore --no-owner --exit-on-error -d %1; then "
                              "dropdb --if-exists --force %2 && "
                              "psql -XAtq -d postgres -c 'ALTER DATABASE \"%3\" RENAME TO \"%4\"'; "
                              "else rc=$?; dropdb --if-exists %1; exit $rc; fi")
            .arg(quoted(temporary), quoted(database), temporary, database);
    }

protected:
    bool isSystemDatabase(const QString& name) const override { return name == QLatin1String("postgres"); }
};

class MariaDb final : public DatabaseProvider
{
public:
    QString kind() const override { return QStringLiteral("mariadb"); }
    QString displayName() const override { return QStringLiteral("MariaDB/MySQL"); }
    QString listCommand() const override { return QStringLiteral("mysql -N -B -e 'SHOW DATABASES'"); }
    // One transaction for InnoDB tables: consistent without locking the database.
    QString dumpCommand(const QString& database) const override
    {
        return QStringLiteral("mysqldump --single-transaction --routines --triggers --events %1")
            .arg(quoted(database));
    }
    QString restoreCommand(const QString& database, bool replace) const override
    {
        if (!replace)
            return QStringLiteral("mysql -e %1 && mysql -- %2")
                .arg(quoted(QStringLiteral("CREATE DATABASE `%1`").arg(database)), quoted(database));
        // MariaDB cannot rename a database: the dump is kept in the guest, rehearsed into a
        // scratch database, and only after that succeeded is the original replaced.
        const QString temporary = database + QStringLiteral("_lbtmp");
        return QStringLiteral(
                   "f=$(mktemp) || exit 1; trap 'rm -f \"$f\"' EXIT; cat > \"$f\" || exit 1; "
                   "mysql -e %1 || exit 1; "
                   "if mysql -- %2 < \"$f\"; then mysql -e %3; else rc=$?; mysql -e %3; exit $rc; fi; "
                   "mysql -e %4 && mysql -- %5 < \"$f\"")
            .arg(quoted(QStringLiteral("CREATE DATABASE `%1`").arg(temporary)), quoted(temporary),
                 quoted(QStringLiteral("DROP DATABASE `%1`").arg(temporary)),
                 quoted(QStringLiteral("DROP DATABASE IF EXISTS `%1`; CREATE DATABASE `%1`").arg(database)),
                 quoted(database));
    }

protected:
    bool isSystemDatabase(const QString& name) const override
    {
        return name == QLatin1String("information_schema") || name == QLatin1String("performance_schema") ||
               name == QLatin1String("mysql") || name == QLatin1String("sys");
    }
};

} // namespace

QStringList DatabaseProvider::parseList(const QByteArray& output) const
{
    QStringList names;
    for (const QByteArray& line : output.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (!name.isEmpty() && !isSystemDatabase(name))
            names.append(name);
    }
    return names;
}

Result<std::unique_ptr<DatabaseProvider>> providerFor(const QString& kind)
{
    if (kind == QLatin1String("postgresql"))
        return std::unique_ptr<DatabaseProvider>(std::make_unique<PostgreSql>());
    if (kind == QLatin1String("mariadb") || kind == QLatin1String("mysql"))
        return std::unique_ptr<DatabaseProvider>(std::make_unique<MariaDb>());
    if (kind == QLatin1String("mssql") || kind == QLatin1String("oracle"))
        return Error{QStringLiteral("items.not_available"),
                     Text::tr("%1 items are not available in this version.").arg(kind)};
    return Error{
        QStringLiteral("items.unknown_kind"),
        Text::tr("Unknown item kind %1; known: %2.").arg(kind, supportedKinds().join(QStringLiteral(", ")))};
}

QStringList supportedKinds()
{
    return {QStringLiteral("postgresql"), QStringLiteral("mariadb")};
}

bool isSafeDatabaseName(const QString& name)
{
    // A leading "-" would be read as an option and "=" as a libpq connection string.
    if (name.isEmpty() || name.size() > 128 || name.startsWith(QLatin1Char('-')) ||
        name.contains(QLatin1Char('=')))
        return false;
    for (const QChar c : name)
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`') ||
            c == QLatin1Char('\\') || c.category() == QChar::Other_Control)
            return false;
    return true;
}

bool isSafeEnvironment(const QString& assignments)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*([A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_@%+=:,./-]*\\s*)*$"));
    // Passwords belong in the guest's ~/.pgpass or ~/.my.cnf, not in a job definition or in
    // the guest's process list.
    static const QRegularExpression secret(QStringLiteral("(^|\\s)[A-Za-z0-9_]*(PASSWORD|PWD)="),
                                           QRegularExpression::CaseInsensitiveOption);
    return pattern.match(assignments).hasMatch() && !secret.match(assignments).hasMatch();
}

QString withEnvironment(const QString& assignments, const QString& command)
{
    const QString trimmed = assignments.simplified();
    return trimmed.isEmpty() ? command : QStringLiteral("export %1; %2").arg(trimmed, command);
}

} // namespace lifeboat::apps
