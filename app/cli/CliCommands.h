#pragma once

#include "cli/CliContext.h"

#include <QStringList>
#include <QTextStream>

namespace lifeboat::cli {

// Runs one lifeboat-cli invocation (arguments without the program name) on a running
// QCoreApplication, printing to `out`/`err`, and returns the process exit code.
int runCli(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace lifeboat::cli
