#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace lifeboat {

QString resolveCatalogPath(const QString& explicitPath)
{
    if (!explicitPath.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(explicitPath));
    const QString fromEnv = qEnvironmentVariable(kCatalogEnvVar);
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("catalog.sqlite"));
}

QString defaultLogDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs"));
}

} // namespace lifeboat
