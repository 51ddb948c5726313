#pragma once

#include "core/Result.h"
#include "jobs/Schedule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace lifeboat::jobs {

// What a job protects. Containers (folders, resource pools, vApps) are resolved to their
// VMs when the job runs, so VMs added to them later are backed up too.
struct JobObject
{
    QString type; // "VirtualMachine", "Folder", "ResourcePool", "VirtualApp", …
    QString moref;
    QString name; // as it was when the job was saved, for display when the object is gone
};

struct JobDefinition
{
    qint64 id = 0;
    QString name;
    QString description;
    bool enabled = true;
    qint64 endpointId = 0;
    QString account;    // the endpoint account the job signs in with (its password: keychain)
    QString repository; // repository location
    QVector<JobObject> objects;
    QStringList excludedVms;   // VMs of the job's containers to leave out
    QStringList excludedDisks; // "vm-54:2001": a VM's disk by device key
    int keepRestorePoints = 14;
    bool changeTracking = true;
    bool quiesce = false;
    int retryCount = 0;
    int retryWaitSeconds = 60;
    Schedule schedule;

    QJsonObject toJson() const; // everything but id, name, description, enabled
    // Reads the stored definition; unknown keys are ignored, wrong types are errors.
    static Result<JobDefinition> fromJson(const QJsonObject& json);
    bool excludes(const QString& vm, int diskKey) const;
};

enum class SessionResult
{
    Running,
    Success,
    Warning,
    Failed
};

QString toString(SessionResult result);
SessionResult sessionResultFromString(const QString& text);

struct SessionTask
{
    qint64 id = 0;
    QString objectId; // moref
    QString objectName;
    QDateTime started;
    QDateTime finished;
    SessionResult result = SessionResult::Running;
    qint64 bytesRead = 0;
    qint64 bytesStored = 0;
    QString restorePoint;
    QString message;
    // Where the time went: the share of the workers' time spent waiting for the source.
    // Above one half the source (datastore, network) limited the speed, else processing.
    double sourceShare = -1; // -1: not measured
    QString bottleneck() const;
};

struct SessionLogLine
{
    QDateTime at;
    QString severity; // info, warning, error
    QString object;
    QString message;
};

struct Session
{
    qint64 id = 0;
    qint64 jobId = 0;
    QString jobName;
    QString kind; // "backup"
    QDateTime started;
    QDateTime finished;
    SessionResult result = SessionResult::Running;
    qint64 bytesRead = 0;
    qint64 bytesStored = 0;
    qint64 retryOf = 0;
    QString message;
    QVector<SessionTask> tasks;
};

} // namespace lifeboat::jobs
