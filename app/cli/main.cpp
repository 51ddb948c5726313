#include "cli/CliCommands.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "lifeboat/Version.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QLatin1String(lifeboat::kApplicationName));
    QCoreApplication::setOrganizationName(QLatin1String(lifeboat::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(lifeboat::kOrganizationDomain));
    QCoreApplication::setApplicationVersion(QLatin1String(lifeboat::kVersion));
    lifeboat::installLogHandler(lifeboat::defaultLogDirectory());

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = app.arguments();
    arguments.removeFirst();
    const int code = lifeboat::cli::runCli(arguments, out, err);
    out.flush();
    err.flush();
    lifeboat::uninstallLogHandler();
    return code;
}
