#pragma once

// What the console's facade files (EngineConsole, EngineFiles, EngineJobs) share: every
// request runs for the account signed in on the engine thread, and only within its scope.

#include "console/ConsoleSession.h"
#include "facade/EngineWorker.h"

#include <QCoreApplication>
#include <functional>

namespace lifeboat::facade {

struct ConsoleText
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::Engine)
};

inline Error signedOut()
{
    return Error{QStringLiteral("console.signed_out"), ConsoleText::tr("Sign in first.")};
}

// Runs `work` with the signed-in session, or answers "console.signed_out". The session is
// held for the whole call: a keychain call's local event loop may run a sign-out meanwhile.
template <typename R>
R withSession(EngineWorker& worker, const std::function<R(console::ConsoleSession&)>& work)
{
    const std::shared_ptr<console::ConsoleSession> session = worker.consoleSession();
    if (!session)
        return R(signedOut());
    if (!worker.jobStore())
        return R(Error{QStringLiteral("engine.no_catalog"), ConsoleText::tr("There is no catalog.")});
    return work(*session);
}

// One of the caller's jobs, or why not (another account's, offline, missing).
inline Result<jobs::JobDefinition> myJob(EngineWorker& worker, const console::ConsoleSession& session,
                                         qint64 jobId)
{
    auto job = worker.jobStore()->job(QString::number(jobId));
    if (!job)
        return job.error();
    if (Status mine = session.checkJob(*job); !mine)
        return mine.error();
    return job;
}

} // namespace lifeboat::facade
