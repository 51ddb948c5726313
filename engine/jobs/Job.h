#pragma once

#include "core/Result.h"
#include "jobs/Schedule.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace lifeboat::jobs {

enum class SessionResult
{
    Running,
    Success,
    Warning,
    Failed
};

// What a job protects. Containers (folders, resource pools, vApps) are resolved to their
// VMs when the job runs, so VMs added to them later are backed up too.
struct JobObject
{
    QString type; // "VirtualMachine", "Folder", "ResourcePool", "VirtualApp", …
    QString moref;
    QString name; // as it was when the job was saved, for display when the object is gone
};

// Application-aware processing of Linux guests over SSH: a script quiesces the
// application before the snapshot and another resumes it right after.
struct GuestProcessing
{
    bool enabled = false;
    QString user;
    QString keyFile; // private key; without it the password comes from the keychain
    QString preFreeze;
    QString postThaw;
    bool ignoreErrors = false;         // false: a failing pre-freeze script fails the VM
    QHash<QString, QString> addresses; // VM moref → "host[:port]"; default: the VM's guest IP
    QHash<QString, QString> hostKeys;  // VM moref → "SHA256:…" pin of its SSH host key
    // Application-aware items: database kinds whose databases are dumped into the restore
    // point ("postgresql", "mariadb"), and environment assignments for their commands.
    QStringList items;
    QString itemEnvironment;

    QJsonObject toJson() const;
    static GuestProcessing fromJson(const QJsonObject& json);
};

// Who gets a report when a run ends.
struct Notification
{
    QStringList to;
    QString when = QStringLiteral("failure"); // "failure", "warning" (and failure), "always"
    bool wants(SessionResult result) const;
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
    // Index the guest files of every restore point for search (Files tab, files search).
    bool indexFiles = false;
    int retryCount = 0;
    int retryWaitSeconds = 60;
    Schedule schedule;
    GuestProcessing guest;
    Notification notify;

    QJsonObject toJson() const; // everything but id, name, description, enabled
    // Reads the stored definition; unknown keys are ignored, wrong types are errors.
    static Result<JobDefinition> fromJson(const QJsonObject& json);
    bool excludes(const QString& vm, int diskKey) const;
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
