#pragma once

#include <QStringList>
#include <QTextStream>

namespace lifeboat::cli {

// Exit codes follow the sysexits spirit: scripts can tell a usage mistake from a failure.
enum ExitCode : int
{
    Ok = 0,
    Failed = 1,
    Usage = 2
};

// Runs one lifeboat-cli invocation (arguments without the program name) on a running
// QCoreApplication, printing to `out`/`err`, and returns the process exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace lifeboat::cli
