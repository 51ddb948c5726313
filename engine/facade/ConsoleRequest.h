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

// Answers from the signed-in session's inventory, read from the server again first when
// asked (`reread`) or when it is older than a minute; a sign-out meanwhile answers
// "console.signed_out".
template <typename R>
void withFreshInventory(EngineWorker& worker, bool reread, std::function<void(R)> reply,
                        std::function<R(console::ConsoleSession&)> answer)
{
    const std::shared_ptr<console::ConsoleSession> session = worker.consoleSession();
    if (!session)
        return reply(R(signedOut()));
    auto respond = [&worker, reply, answer](Status read) {
        const std::shared_ptr<console::ConsoleSession> current = worker.consoleSession();
        if (!current)
            return reply(R(signedOut()));
        if (!read)
            return reply(R(read.error()));
        reply(answer(*current));
    };
    if (reread || session->inventoryAge() > 60000)
        session->refreshInventory(worker, respond);
    else
        respond(success());
}

} // namespace lifeboat::facade
