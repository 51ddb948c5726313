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
        const QString create = QStringLiteral("createdb %1 && pg_restore --no-owner --exit-on-error -d %1")
                                   .arg(quoted(database));
        return replace ? QStringLiteral("dropdb --if-exists --force %1 && %2").arg(quoted(database), create)
                       : create;
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
        const QString sql = replace ? QStringLiteral("DROP DATABASE IF EXISTS `%1`; CREATE DATABASE `%1`")
                                    : QStringLiteral("CREATE DATABASE `%1`");
        return QStringLiteral("mysql -e %1 && mysql %2").arg(quoted(sql.arg(database)), quoted(database));
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
