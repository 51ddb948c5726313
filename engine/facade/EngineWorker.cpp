#include "facade/EngineWorker.h"

#include "core/Logging.h"
#include "credentials/Keychain.h"
#include "repository/Backend.h"
#include "repository/Repository.h"
#include "vcd/VcdTenancy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>
#include <openssl/crypto.h>

namespace lifeboat {

EngineWorker::EngineWorker(EngineOptions options)
    : m_options(std::move(options))
{}

EngineWorker::~EngineWorker()
{
    // The scheduler and the runs use the catalog: they go first (a run's destructor cancels
    // its pipeline and waits for its threads).
    delete m_scheduler;
    m_scheduler = nullptr;
    for (const QPointer<jobs::BackupRun>& run : std::as_const(m_runs))
        delete run.data();
    m_runs.clear();
    // Runs on the engine thread (deleteLater on QThread::finished), while Qt still knows
    // the thread: the connection's driver must go before the thread's data does.
    if (m_catalog)
        m_catalog->closeConnection();
    // OpenSSL's per-thread state (random generator) of the engine thread.
    OPENSSL_thread_stop();
}

Status EngineWorker::start()
{
    if (m_options.catalogPath.isEmpty()) {
        // Offline work (a repository alone, no server) needs no catalog.
        m_started = true;
        qCInfo(lcEngine) << "engine started without a catalog";
        return success();
    }
    catalog::Catalog catalog(m_options.catalogPath);
    if (Status opened = catalog.open(); !opened) {
        qCWarning(lcEngine) << "engine start failed:" << opened.error().code << opened.error().message;
        // Closed here, on the engine thread: left to the thread's exit it would be removed
        // while the process exits and Qt SQL's registry is already gone (a crash at exit,
        // seen under ASan in cli_catalog_info).
        catalog.closeConnection();
        return opened;
    }
    m_catalog = std::move(catalog);
    m_jobStore.emplace(*m_catalog);
    m_tenantStore.emplace(*m_catalog);
    if (auto closed = m_jobStore->closeInterruptedSessions(); !closed)
        qCWarning(lcEngine) << "cannot close interrupted sessions:" << closed.error().message;
    else if (*closed > 0)
        qCWarning(lcEngine) << *closed << "interrupted session(s) marked as failed";
    m_started = true;
    qCInfo(lcEngine) << "engine started with catalog" << m_options.catalogPath;
    return success();
}

Status EngineWorker::requireStarted() const
{
    if (m_started)
        return success();
    return Error{QStringLiteral("engine.not_started"),
                 tr("The engine is not running because its catalog could not be opened.")};
}

Result<catalog::CatalogInfo> EngineWorker::catalogInfo() const
{
    if (Status ready = requireStarted(); !ready)
        return ready.error();
    if (!m_catalog)
        return Error{QStringLiteral("engine.no_catalog"), tr("This engine runs without a catalog.")};
    return m_catalog->info();
}

Result<jobs::RunRequest> EngineWorker::prepareRun(const jobs::JobDefinition& job,
                                                  const QByteArray& repositoryPassword,
                                                  const QString& endpointPassword)
{
    if (!m_catalog)
        return Error{QStringLiteral("engine.no_catalog"), tr("Jobs need the catalog.")};
    jobs::RunRequest request;
    request.job = job;
    auto endpoints = m_catalog->endpoints();
    if (!endpoints)
        return endpoints.error();
    auto endpoint =
        std::find_if(endpoints->begin(), endpoints->end(),
                     [&](const catalog::EndpointRecord& record) { return record.id == job.endpointId; });
    if (endpoint == endpoints->end())
        return Error{QStringLiteral("endpoint.unknown"),
                     tr("The endpoint of the job %1 is no longer in the catalog.").arg(job.name)};
    request.endpoint = *endpoint;
    // An organization's job signs in with the service account the provider linked to the
    // organization's vCenter: the organization's users have no vCenter account at all.
    if (m_tenantStore)
        if (auto owner = m_tenantStore->callerForOwner(job.account);
            owner && owner->tenantRecord() && owner->tenantRecord()->isOrganization()) {
            auto links = vcd::VcenterLinks(*m_catalog).links(owner->tenantRecord()->vcdEndpointId);
            if (!links)
                return links.error();
            for (const vcd::VcenterLink& link : *links)
                if (link.vsphereEndpointId == endpoint->id)
                    request.endpointAccount = link.account;
            if (request.endpointAccount.isEmpty())
                return Error{QStringLiteral("vcd.vcenter_unlinked"),
                             tr("The job %1 of the organization %2 backs up VMs on %3, which is no longer "
                                "linked to its Cloud Director ('lifeboat-cli vcd vcenter link').")
                                 .arg(job.name, owner->tenantRecord()->organization, endpoint->url)};
        }
    request.endpointPassword =
        endpointPassword.isEmpty() ? qEnvironmentVariable("LIFEBOAT_ENDPOINT_PASSWORD") : endpointPassword;
    if (request.endpointPassword.isEmpty()) {
        auto stored =
            credentials::readSecret(credentials::endpointPasswordKey(endpoint->url, request.signInAccount()));
        if (!stored)
            return Error{QStringLiteral("endpoint.password_required"),
                         tr("No password for %1 on %2 in the system keychain (%3). Remember it with "
                            "'lifeboat-cli endpoint login --remember-password'.")
                             .arg(request.signInAccount(), endpoint->url, stored.error().message)};
        request.endpointPassword = *stored;
    }
    if (job.guest.enabled && job.guest.keyFile.isEmpty()) {
        request.guestPassword = qEnvironmentVariable("LIFEBOAT_GUEST_PASSWORD");
        if (request.guestPassword.isEmpty())
            if (auto stored =
                    credentials::readSecret(credentials::guestPasswordKey(job.name, job.guest.user)))
                request.guestPassword = *stored;
    }
    request.repositoryPassword =
        repositoryPassword.isEmpty() ? storedRepositoryPassword(job.repository) : repositoryPassword;
    return request;
}

QByteArray EngineWorker::storedRepositoryPassword(const QString& location) const
{
    QByteArray password = qgetenv("LIFEBOAT_REPO_PASSWORD");
    if (password.isEmpty()) {
        auto backend = repository::openLocalBackend(location);
        if (auto id = repository::Repository::peekId(*backend))
            if (auto stored = credentials::readSecret(credentials::repositoryPasswordKey(*id)))
                password = stored->toUtf8();
    }
    return password;
}

void EngineWorker::startBackup(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                               std::function<void(const QString&, qint64, qint64)> progress)
{
    if (Status ready = requireStarted(); !ready)
        return done(ready.error());
    if (!m_jobStore)
        return done(Error{QStringLiteral("engine.no_catalog"), tr("Jobs need the catalog.")});
    // Whose job it is decides what it may touch: the account it signs in with.
    auto caller = m_tenantStore->callerForOwner(request.job.account);
    if (!caller)
        return done(caller.error());
    request.caller = *caller;
    const qint64 jobId = request.job.id;
    // Another process may run this job too (the console and lifeboat-cli serve or run).
    if (auto live = m_jobStore->liveSessionOf(jobId); live && *live != 0 && !m_active.contains(jobId))
        return done(Error{QStringLiteral("job.running"),
                          tr("The job %1 is running already (session %2, in another process).")
                              .arg(request.job.name)
                              .arg(*live)});
    if (m_active.contains(jobId))
        return done(
            Error{QStringLiteral("job.running"), tr("The job %1 is running already.").arg(request.job.name)});
    m_active.insert(jobId);
    m_stopped.remove(jobId);
    // An organization's scope is Cloud Director's to say: read it again as the provider before
    // the run, so a VM moved to another organization since its users last signed in is not
    // backed up as this one's. When that cannot be done the run goes on with the scope stored
    // at the last sign-in, and its session says so.
    if (const auto& tenant = request.caller.tenantRecord(); tenant && tenant->isOrganization()) {
        std::optional<catalog::EndpointRecord> cloudDirector;
        if (auto endpoints = m_catalog->endpoints())
            for (const catalog::EndpointRecord& endpoint : *endpoints)
                if (endpoint.id == tenant->vcdEndpointId)
                    cloudDirector = endpoint;
        // A copy: `tenant` lives in the request the callback below takes over.
        const tenants::Tenant organization = *tenant;
        if (cloudDirector)
            return vcd::refreshOrganizationScope(
                *m_catalog, *m_tenantStore, *cloudDirector, organization,
                [this, request = std::move(request), done = std::move(done),
                 progress = std::move(progress)](Result<tenants::Tenant> refreshed) mutable {
                    if (refreshed)
                        request.caller = tenants::Caller::tenant(*refreshed);
                    else
                        request.notes
                            << tr("The organization's VMs could not be read again from Cloud Director "
                                  "(%1); the run uses those of the last sign-in.")
                                   .arg(refreshed.error().message);
                    runStarted(std::move(request), std::move(done), std::move(progress));
                });
    }
    runStarted(std::move(request), std::move(done), std::move(progress));
}

void EngineWorker::runStarted(jobs::RunRequest request, std::function<void(Result<jobs::Session>)> done,
                              std::function<void(const QString&, qint64, qint64)> progress)
{
    const qint64 jobId = request.job.id;
    const jobs::JobDefinition job = request.job;
    runOnce(
        std::move(request), 0,
        [this, jobId, job, done = std::move(done)](Result<jobs::Session> session) mutable {
            if (session && job.notify.wants(session->result))
                // The report goes out before the run counts as done, so a lifeboat-cli that
                // exits right after still delivers it.
                return sendReport(
                    job, *session,
                    [this, jobId, done = std::move(done)](Result<jobs::Session> logged) mutable {
                        finishRun(jobId, std::move(logged), std::move(done));
                    });
            finishRun(jobId, std::move(session), std::move(done));
        },
        std::move(progress));
}

void EngineWorker::finishRun(qint64 jobId, Result<jobs::Session> session,
                             std::function<void(Result<jobs::Session>)> done)
{
    m_active.remove(jobId);
    m_stopped.remove(jobId);
    done(std::move(session));
    if (m_scheduler)
        m_scheduler->jobFinished(jobId);
    if (m_active.isEmpty() && m_allStopped)
        std::exchange(m_allStopped, nullptr)();
}

Result<notify::SmtpSettings> EngineWorker::mailSettings() const
{
    if (!m_catalog)
        return Error{QStringLiteral("engine.no_catalog"), tr("Mail needs the catalog.")};
    auto stored = m_catalog->setting(QStringLiteral("smtp"));
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return Error{QStringLiteral("mail.not_configured"),
                     tr("No mail server is set up; see 'lifeboat-cli notify set'.")};
    return notify::SmtpSettings::fromJson(QJsonDocument::fromJson(stored->toUtf8()).object());
}

Status EngineWorker::saveMailSettings(const notify::SmtpSettings& settings, const QByteArray& password)
{
    if (!m_catalog)
        return Error{QStringLiteral("engine.no_catalog"), tr("Mail needs the catalog.")};
    auto valid = notify::SmtpSettings::fromJson(settings.toJson());
    if (!valid)
        return valid.error();
    // The password goes to the keychain only; the catalog keeps the rest.
    if (!password.isEmpty() && !settings.user.isEmpty())
        if (Status kept = credentials::writeSecret(credentials::smtpPasswordKey(settings.host, settings.user),
                                                   QString::fromUtf8(password));
            !kept)
            return kept;
    return m_catalog->setSetting(
        QStringLiteral("smtp"),
        QString::fromUtf8(QJsonDocument(valid->toJson()).toJson(QJsonDocument::Compact)));
}

void EngineWorker::sendMail(const notify::MailMessage& message, std::function<void(Status)> done)
{
    for (const QString& address : message.to)
        if (Status valid = notify::checkAddress(address); !valid)
            return done(valid);
    auto settings = mailSettings();
    if (!settings)
        return done(settings.error());
    QString password;
    if (!settings->user.isEmpty()) {
        password = qEnvironmentVariable("LIFEBOAT_SMTP_PASSWORD");
        if (password.isEmpty()) {
            auto stored =
                credentials::readSecret(credentials::smtpPasswordKey(settings->host, settings->user));
            if (!stored)
                return done(Error{QStringLiteral("mail.password_required"),
                                  tr("No password for the mail account %1 in the keychain: %2")
                                      .arg(settings->user, stored.error().message)});
            password = *stored;
        }
    }
    auto* mailer = new notify::Mailer(*settings, password, this);
    mailer->send(message, [mailer, done = std::move(done)](Status sent) {
        mailer->deleteLater();
        done(std::move(sent));
    });
}

void EngineWorker::sendReport(const jobs::JobDefinition& job, const jobs::Session& session,
                              std::function<void(Result<jobs::Session>)> done)
{
    notify::MailMessage message;
    message.to = job.notify.to;
    message.subject = tr("[Lifeboat] %1: job %2").arg(jobs::toString(session.result), job.name);
    QStringList body;
    body << tr("Job %1 ended: %2.").arg(job.name, jobs::toString(session.result));
    body << tr("Started %1, finished %2 (UTC).")
                .arg(session.started.toString(Qt::ISODate), session.finished.toString(Qt::ISODate));
    if (!session.message.isEmpty())
        body << session.message;
    body << QString();
    for (const jobs::SessionTask& task : session.tasks)
        body << QStringLiteral("%1  %2  %3  %4")
                    .arg(jobs::toString(task.result), task.objectName,
                         task.restorePoint.isEmpty() ? QString()
                                                     : tr("restore point %1").arg(task.restorePoint),
                         task.message);
    if (auto log = m_jobStore->sessionLog(session.id)) {
        QStringList problems;
        for (const jobs::SessionLogLine& line : *log)
            if (line.severity != QLatin1String("info"))
                problems << QStringLiteral("%1  %2  %3%4")
                                .arg(line.at.toString(Qt::ISODate), line.severity,
                                     line.object.isEmpty() ? QString() : line.object + QStringLiteral(": "),
                                     line.message);
        if (!problems.isEmpty())
            body << QString() << tr("Warnings and errors:") << problems;
    }
    message.body = body.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const qint64 sessionId = session.id;
    const QString recipients = job.notify.to.join(QStringLiteral(", "));
    sendMail(message, [this, sessionId, recipients, done = std::move(done)](Status sent) {
        if (sent)
            m_jobStore->log(sessionId, QStringLiteral("info"), QString(),
                            tr("Report e-mailed to %1.").arg(recipients));
        else
            m_jobStore->log(sessionId, QStringLiteral("warning"), QString(),
                            tr("The report could not be e-mailed: %1").arg(sent.error().message));
        done(m_jobStore->session(sessionId));
    });
}

void EngineWorker::runOnce(jobs::RunRequest request, int attempt,
                           std::function<void(Result<jobs::Session>)> done,
                           std::function<void(const QString&, qint64, qint64)> progress)
{
    const qint64 jobId = request.job.id;
    auto* run = new jobs::BackupRun(request, *m_jobStore, this);
    m_runs.insert(jobId, run);
    if (progress)
        connect(run, &jobs::BackupRun::progressed, this, progress);
    run->start([this, run, jobId, attempt, request, done = std::move(done),
                progress = std::move(progress)](Result<jobs::Session> session) mutable {
        m_runs.remove(jobId);
        run->deleteLater();
        const bool retry =
            session && session->result == jobs::SessionResult::Failed && attempt < request.job.retryCount &&
            !m_stopped.contains(jobId) &&
            std::any_of(session->tasks.begin(), session->tasks.end(), [](const jobs::SessionTask& task) {
                return task.result == jobs::SessionResult::Failed;
            });
        if (!retry)
            return done(std::move(session));
        jobs::RunRequest next = request;
        next.retryOf = session->id;
        next.onlyVms.clear();
        for (const jobs::SessionTask& task : session->tasks)
            if (task.result == jobs::SessionResult::Failed)
                next.onlyVms << task.objectId;
        Q_EMIT notice(tr("Job %1 failed; retry %2 of %3 in %4 s.")
                          .arg(request.job.name)
                          .arg(attempt + 1)
                          .arg(request.job.retryCount)
                          .arg(request.job.retryWaitSeconds));
        QTimer::singleShot(
            request.job.retryWaitSeconds * 1000, this,
            [this, next, attempt, done = std::move(done), progress = std::move(progress)]() mutable {
                if (m_stopped.contains(next.job.id))
                    return done(
                        Error{QStringLiteral("job.stopped"), tr("The job was stopped before its retry.")});
                runOnce(next, attempt + 1, std::move(done), std::move(progress));
            });
    });
}

bool EngineWorker::stopBackup(qint64 jobId)
{
    if (!m_active.contains(jobId))
        return false;
    m_stopped.insert(jobId);
    if (jobs::BackupRun* run = m_runs.value(jobId))
        run->stop();
    return true;
}

void EngineWorker::stopAll(std::function<void()> done)
{
    if (m_active.isEmpty())
        return done();
    m_allStopped = std::move(done);
    for (qint64 jobId : QSet<qint64>(m_active))
        stopBackup(jobId);
}

int EngineWorker::runningJobs() const
{
    return static_cast<int>(m_active.size());
}

Status EngineWorker::startScheduler(int tickMs)
{
    if (Status ready = requireStarted(); !ready)
        return ready;
    if (!m_jobStore)
        return Error{QStringLiteral("engine.no_catalog"), tr("Scheduling needs the catalog.")};
    if (!m_scheduler) {
        m_scheduler = new jobs::Scheduler(
            *m_jobStore,
            [this](const jobs::JobDefinition& job, const QString& reason) {
                auto request = prepareRun(job);
                if (!request) {
                    // Recorded as a session, so the failure to start shows where the user looks.
                    auto session = m_jobStore->startSession(job.id, QStringLiteral("backup"), 0);
                    if (session) {
                        m_jobStore->log(*session, QStringLiteral("error"), QString(),
                                        request.error().message);
                        m_jobStore->finishSession(*session, jobs::SessionResult::Failed,
                                                  request.error().message);
                    }
                    Q_EMIT notice(tr("Job %1 could not start: %2").arg(job.name, request.error().message));
                    return;
                }
                Q_EMIT notice(tr("Job %1 starting: %2").arg(job.name, reason));
                const QString name = job.name;
                startBackup(std::move(*request), [this, name](Result<jobs::Session> session) {
                    Q_EMIT notice(session ? tr("Job %1 ended: %2 (session %3).")
                                                .arg(name, jobs::toString(session->result))
                                                .arg(session->id)
                                          : tr("Job %1 did not run: %2").arg(name, session.error().message));
                });
            },
            this);
    }
    m_scheduler->start(tickMs);
    return success();
}

void EngineWorker::stopScheduler()
{
    if (m_scheduler)
        m_scheduler->stop();
}

} // namespace lifeboat
