#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"
#include "facade/EngineWorker.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <functional>
#include <memory>

namespace lifeboat {

// The one door into the engine for the GUI and lifeboat-cli. It lives on the caller's
// thread and owns the engine thread; every request is queued to the EngineWorker there,
// and every answer is queued back to the caller's thread. No method blocks.
//
// Answers are delivered to a `context` object: if it is destroyed before the answer
// arrives (a dialog closed mid-request), the answer is dropped instead of crashing.
class Engine : public QObject
{
    Q_OBJECT
public:
    explicit Engine(EngineOptions options, QObject* parent = nullptr);
    ~Engine() override;

    // Starts the engine thread and opens the catalog there; emits started() when done.
    void start();
    QThread* engineThread() const { return m_thread.get(); }

    void catalogInfo(QObject* context, std::function<void(Result<catalog::CatalogInfo>)> done);

    // The console's requests (facade/EngineConsole.cpp). Everything but signing in needs a
    // signed-in account ("console.signed_out" otherwise) and is limited to its scope.
    void endpoints(QObject* context, std::function<void(Result<QVector<catalog::EndpointRecord>>)> done);
    // `remember`: the password goes into the system keychain for signInRemembered();
    // `forgetRemembered`: a password remembered earlier is removed from it.
    void signIn(QObject* context, console::SignInRequest request, bool remember, bool forgetRemembered,
                std::function<void(Result<console::Identity>)> done);
    // Signs in with the password kept by an earlier signIn(remember = true).
    void signInRemembered(QObject* context, const QString& server, const QString& user,
                          std::function<void(Result<console::Identity>)> done);
    // Ends the console's session and forgets the remembered password, if any.
    void signOut(QObject* context, std::function<void(Status)> done);
    void trustServer(QObject* context, const QString& server, const QString& thumbprint,
                     std::function<void(Status)> done);
    // The offline restore workstation: opens a repository folder with its password, without
    // any server or catalog; the tabs then show what the repository holds.
    void openOffline(QObject* context, const QString& repository, const QByteArray& password,
                     std::function<void(Result<console::Identity>)> done);
    // Writes the disks of a restore point as image files into `folder` (sparse where the
    // disk is empty); `done` gets the files written.
    void extractDisks(QObject* context, const QString& repository, const QString& restorePoint,
                      const QString& folder, std::function<void(Result<QStringList>)> done);
    // The mail server for job reports: administrators only (it is the installation's).
    void mailSettings(QObject* context, std::function<void(Result<notify::SmtpSettings>)> done);
    void saveMailSettings(QObject* context, notify::SmtpSettings settings, const QByteArray& password,
                          std::function<void(Status)> done);
    void sendTestMail(QObject* context, const QString& to, std::function<void(Status)> done);
    void dashboard(QObject* context, std::function<void(Result<console::DashboardData>)> done);
    // `reread`: read the inventory from the server again first (it is also re-read when
    // older than a minute), so VMs created or removed meanwhile show.
    void vms(QObject* context, bool reread, std::function<void(Result<QVector<console::VmRow>>)> done);
    void restorePoints(QObject* context, std::function<void(Result<QVector<console::RestorePointRow>>)> done);
    void jobs(QObject* context, std::function<void(Result<QVector<console::JobRow>>)> done);
    // Sessions of one job (0: of all the caller's jobs), newest first.
    void sessions(QObject* context, qint64 jobId, int limit,
                  std::function<void(Result<QVector<jobs::Session>>)> done);
    void sessionLog(QObject* context, qint64 sessionId,
                    std::function<void(Result<QVector<jobs::SessionLogLine>>)> done);
    // Starts a job (all its VMs, or only `onlyVms`); answers at once. Its progress and end
    // arrive as jobProgress() and jobFinished().
    void startJob(QObject* context, qint64 jobId, const QStringList& onlyVms,
                  std::function<void(Status)> done);
    // Backs up one VM now through the first of the caller's jobs that protects it.
    void backUpVm(QObject* context, const QString& vm, std::function<void(Status)> done);
    void stopJob(QObject* context, qint64 jobId, std::function<void(Status)> done);
    // Restores a VM from one of the caller's restore points to its original location: beside
    // the original (keep, `newName` or "<name>_restored") or over it (overwrite). Progress
    // arrives as restoreProgress(); `done` gets the restore session when it has ended.
    void restoreVm(QObject* context, const QString& repository, const QString& restorePoint, bool overwrite,
                   bool powerOn, const QString& newName, std::function<void(Result<jobs::Session>)> done);

    // A vApp as one unit (VMs tab). Its members are backed up through the caller's jobs that
    // protect them (one run per job); members no job protects are named, not skipped silently.
    struct VappBackup
    {
        QStringList jobs;        // names of the jobs started
        QStringList unprotected; // names of members no job of the caller protects
        QStringList failed;      // "job: reason" for jobs that could not start
    };
    void backUpVapp(QObject* context, const QString& vapp, std::function<void(Result<VappBackup>)> done);
    struct VappRestoreOrder
    {
        QString vapp;           // moref or unique name
        QDateTime asOf;         // invalid: each member's newest restore point; else its newest not newer
        bool overwrite = false; // keep: "<name>_restored" beside each member, in the vApp
        bool powerOn = false;
    };
    struct VappRestoreResult
    {
        QString vappName;
        QVector<jobs::Session> sessions; // one per member restored, in order
        QStringList withoutRestorePoint;
    };
    // Restores every member (refused as a whole if any is outside the caller's scope), one
    // after the other; progress arrives as restoreProgress() keyed by the vApp's name.
    void restoreVapp(QObject* context, VappRestoreOrder order,
                     std::function<void(Result<VappRestoreResult>)> done);

    // Jobs tab: create, edit, enable, delete, retry, export (facade/EngineJobs.cpp).
    // An object of the caller's inventory a job may name: a VM or a container, with where
    // it sits. `parent` is its nearest ancestor the caller also sees (empty: a root).
    struct JobInventoryObject
    {
        QString moref;
        QString type; // "VirtualMachine", "Folder", "ResourcePool", "VirtualApp", …
        QString name;
        QString path;
        QString parent;
        struct Disk
        {
            int key = 0; // device key, as excluded disks name it ("vm-54:2001")
            QString fileName;
            qint64 capacityBytes = 0;
        };
        QVector<Disk> disks; // VMs only
    };
    // The VMs and containers the caller may back up (`reread`: from the server first).
    void jobInventory(QObject* context, bool reread,
                      std::function<void(Result<QVector<JobInventoryObject>>)> done);
    // Creates (id 0) or updates one of the caller's jobs; everything is checked again on the
    // engine thread. `guestPassword` goes into the system keychain (empty: keep the stored one).
    // `rememberPassword`: the signed-in account's password goes into the keychain (before the
    // job is saved) so the job's scheduled runs can sign in as that account.
    void saveJob(QObject* context, jobs::JobDefinition job, const QString& guestPassword,
                 bool rememberPassword, std::function<void(Result<jobs::JobDefinition>)> done);
    void setJobEnabled(QObject* context, qint64 jobId, bool enabled, std::function<void(Status)> done);
    // Deletes a job that is not running; its sessions and restore points stay.
    void deleteJob(QObject* context, qint64 jobId, std::function<void(Status)> done);
    // Runs the job again for the VMs that failed in its last session.
    void retryJob(QObject* context, qint64 jobId, std::function<void(Status)> done);
    // Writes one session (CSV or HTML: "csv", "html") to `path`.
    void exportSession(QObject* context, qint64 sessionId, const QString& format, const QString& path,
                       std::function<void(Status)> done);
    // Writes the sessions of the caller's jobs that started in [from, to) to `path`;
    // `done` gets how many sessions were written.
    void exportSessions(QObject* context, const QDateTime& from, const QDateTime& to, const QString& format,
                        const QString& path, std::function<void(Result<int>)> done);
    // The same reports as one HTML page (jobs/SessionReport), for the console to render as PDF:
    // the engine stays without Qt Gui, so PDF is drawn on the GUI's side.
    struct SessionReportPage
    {
        int sessions = 0;
        QString title;
        QByteArray html;
    };
    void sessionReportPage(QObject* context, qint64 sessionId,
                           std::function<void(Result<SessionReportPage>)> done);
    // `from`/`to` as for exportSessions().
    void sessionsReportPage(QObject* context, const QDateTime& from, const QDateTime& to,
                            std::function<void(Result<SessionReportPage>)> done);

    // Files and Items tabs (facade/EngineFiles.cpp). The types are plain values nested here
    // because the GUI must not include the guest or restore headers they are made from.
    struct FileSearch
    {
        QString name; // a substring, or a glob with * ? [...]
        QString under;
        QString vmName;       // empty: every VM
        QString restorePoint; // empty: every restore point
        std::optional<qint64> minSize, maxSize;
        QDateTime modifiedAfter, modifiedBefore; // invalid: no bound
        int limit = 1000;
    };
    // A guest file or folder in one restore point: a search hit or an entry of a folder.
    struct GuestFile
    {
        QString repository;
        QString restorePoint;
        QDateTime restorePointTime;
        QString vmName;
        QString volume;
        QByteArray rawPath; // exactly as in the guest
        QString path;       // for people
        QString type;       // "file", "dir", "symlink", "other"
        qint64 size = 0;
        QDateTime modified;
        quint32 mode = 0;
        QString linkTarget;
        int restorePoints = 0; // search hits: how many indexed restore points hold this version
    };
    struct GuestVolume
    {
        QString id; // "<disk>:<partition>"
        QString fileSystem;
        QString label;
        qint64 size = 0;
        bool readable = false;
        QString problem;
    };
    struct FileRestoreOrder
    {
        QVector<GuestFile> files; // from any number of VMs and restore points
        QString target;           // a folder, or the .zip file to create
        bool zip = false;
        bool overwrite = false; // folder only: replace what exists instead of keeping it
    };
    struct ItemRestoreOrder
    {
        QString repository, restorePoint;
        QString item;   // "<kind>:<database>"
        QString toFile; // set: download the dump into this new file; empty: into a server
        QString host;   // the database server's SSH address
        int port = 22;
        QString user, keyFile, password, hostKey; // password: when there is no key file
        bool overwrite = false;
        QString newDatabase;
        QString environment; // PGHOST=..., MYSQL_HOME=...
    };
    void searchFiles(QObject* context, FileSearch search,
                     std::function<void(Result<QVector<GuestFile>>)> done);
    void guestVolumes(QObject* context, const QString& repository, const QString& restorePoint,
                      std::function<void(Result<QVector<GuestVolume>>)> done);
    // The entries of one folder (`path` raw, "/" for the root) of a restore point's volume.
    void guestFolder(QObject* context, const QString& repository, const QString& restorePoint,
                     const QString& volume, const QByteArray& path,
                     std::function<void(Result<QVector<GuestFile>>)> done);
    // One restore session per restore point and volume in the order; all of them, in order.
    void restoreFiles(QObject* context, FileRestoreOrder order,
                      std::function<void(Result<QVector<jobs::Session>>)> done);
    void restoreItem(QObject* context, ItemRestoreOrder order,
                     std::function<void(Result<jobs::Session>)> done);
    // Restoring files back into their VM's running guest over SFTP. What the engine knows
    // about where a restore point's VM is reached: the address and user its job's guest
    // processing uses, else the guest IP VMware Tools report; empty fields where it knows none.
    struct GuestTargetHint
    {
        QString address; // "host[:port]"
        QString user;
        QString keyFile;
    };
    void guestRestoreTarget(QObject* context, const QString& repository, const QString& restorePoint,
                            std::function<void(Result<GuestTargetHint>)> done);
    struct GuestRestoreOrder
    {
        QVector<GuestFile> files;        // all from restore points of one VM
        QString address;                 // "host[:port]"
        QString user, keyFile, password; // the password is used for this call only, never kept
        // The host key fingerprint ("SHA256:...") the user accepted. Empty: nothing is restored;
        // the answer is "ssh.unknown_host_key" with the guest's fingerprint in Error::detail.
        QString hostKey;
        QString root = QStringLiteral("/"); // where the guest's "/" is for this account
        bool overwrite = false;             // keep: the restored copy goes beside what exists
    };
    // One restore session per restore point and volume, as restoreFiles(); stops at the first
    // that fails (a wrong password fails them all).
    void restoreFilesToGuest(QObject* context, GuestRestoreOrder order,
                             std::function<void(Result<QVector<jobs::Session>>)> done);

    // Runs `work` on the engine thread and hands its result to `done` on the caller's
    // thread. Named methods above are preferred; this is the mechanism under them.
    template <typename R>
    void run(QObject* context, std::function<R(EngineWorker&)> work, std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, work = std::move(work), done = std::move(done), guard]() mutable {
                auto result = std::make_shared<R>(work(*worker));
                // Back through the facade: queued events to a deleted facade are discarded
                // by Qt, and the guard is checked on the thread that owns the context.
                QMetaObject::invokeMethod(
                    this,
                    [done = std::move(done), guard, result]() {
                        if (guard)
                            done(std::move(*result));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    // Like run(), for engine work that finishes later (network calls, a backup job):
    // `work` gets a `reply` to call once, on the engine thread, when it is done.
    template <typename R>
    void runAsync(QObject* context, std::function<void(EngineWorker&, std::function<void(R)> reply)> work,
                  std::function<void(R)> done)
    {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            m_worker,
            [this, worker = m_worker, work = std::move(work), done = std::move(done), guard]() mutable {
                work(*worker, [this, done = std::move(done), guard](R value) mutable {
                    auto result = std::make_shared<R>(std::move(value));
                    QMetaObject::invokeMethod(
                        this,
                        [done = std::move(done), guard, result]() {
                            if (guard)
                                done(std::move(*result));
                        },
                        Qt::QueuedConnection);
                });
            },
            Qt::QueuedConnection);
    }

Q_SIGNALS:
    void started(bool ok, const QString& errorCode, const QString& errorMessage);
    // A job the console started: at most a few progress signals a second per job.
    void jobStarted(qint64 jobId);
    void jobProgress(qint64 jobId, const QString& vm, qint64 doneBytes, qint64 totalBytes);
    void jobFinished(qint64 jobId, qint64 sessionId, const QString& result, const QString& message);
    void restoreProgress(const QString& restorePoint, qint64 doneBytes, qint64 totalBytes);

private:
    struct ThreadStopper
    {
        void operator()(QThread* thread) const;
    };
    std::unique_ptr<QThread, ThreadStopper> m_thread;
    EngineWorker* m_worker = nullptr; // owned by the engine thread, deleted on its finish
    bool m_threadStarted = false;
};

} // namespace lifeboat
