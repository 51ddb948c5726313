#pragma once

#include "core/Result.h"
#include "repository/Manifest.h"
#include "repository/Repository.h"

#include <QDateTime>
#include <QStringList>
#include <chrono>

namespace lifeboat::repository {

// Which restore points to keep, per VM: the newest `last`, plus the newest one of each
// of the most recent `daily` days, `weekly` ISO weeks, `monthly` months and `yearly`
// years that have any (the GFS scheme). Restore points locked as immutable are kept
// regardless until their date passes.
struct RetentionPolicy
{
    int last = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;
    bool keepsSomething() const { return last > 0 || daily > 0 || weekly > 0 || monthly > 0 || yearly > 0; }
};

struct RetentionDecision
{
    QStringList keep;
    QStringList forget;
    QStringList keptImmutable; // would be forgotten by the policy, but are locked
};

RetentionDecision applyRetention(const QVector<Manifest>& manifests, const RetentionPolicy& policy,
                                 const QDateTime& now);

struct PruneReport
{
    RetentionDecision decision;
    qint64 packsDeleted = 0;
    qint64 packsRewritten = 0;
    qint64 bytesFreed = 0;
    bool dryRun = false;
};

struct PruneOptions
{
    RetentionPolicy policy;
    bool dryRun = false;
    std::chrono::milliseconds lockWait{0};
};

// Forgets the restore points the policy does not keep, then deletes the data only they
// used: whole packs with no live blob, packs left by interrupted backups, and rewrites
// packs that are mostly dead. Holds the repository's exclusive lock throughout; every
// step leaves the repository readable if the process dies there.
Result<PruneReport> prune(Repository& repository, const PruneOptions& options);

// Deletes one restore point's manifest (its data goes at the next prune). Refused while
// the restore point is immutable.
Status forgetRestorePoint(Repository& repository, const QString& id, const QDateTime& now);

// Locks a restore point against deletion until `until`. Immutability can be extended,
// never shortened: the manifest is rewritten only to a later date.
Status setImmutableUntil(Repository& repository, const QString& id, const QDateTime& until);

} // namespace lifeboat::repository
