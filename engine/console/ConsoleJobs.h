#pragma once

#include "console/ConsoleSession.h"
#include "core/Result.h"
#include "jobs/Job.h"

namespace lifeboat {
class EngineWorker;
}

namespace lifeboat::console {

// What a job's options must satisfy whoever writes them: lifeboat-cli (after it parsed its
// options) and the console's job wizard. Ranges, guest processing, database items and
// notifications; the objects and the repository are checked by whoever knows the caller.
Status checkJobOptions(const jobs::JobDefinition& job);

// A Cloud Director vApp as the job wizard offers it ("vcd-vapp:" and its name): vCenter does
// not know it, so a job saved with it backs up the vApp's member VMs.
inline constexpr const char* kCloudDirectorVappPrefix = "vcd-vapp:";
// What the job's owner (a tenant or Cloud Director organization) is allowed by its record:
// the schedule policy the provider set. Administrators are not limited.
Status checkJobPolicy(const tenants::Caller& owner, const jobs::JobDefinition& job);

// Creates (id 0) or updates a job for the console's signed-in account, on the engine
// thread: everything the GUI sent is checked again here. A tenant writes only its own jobs
// on the endpoint it signed in to, with objects inside its scope, into its repository.
// `guestPassword` (guest processing without a key file) goes into the system keychain,
// never into the catalog; empty keeps the one stored for the job.
Result<jobs::JobDefinition> saveConsoleJob(EngineWorker& worker, ConsoleSession& session,
                                           jobs::JobDefinition job, const QString& guestPassword);

} // namespace lifeboat::console
