#include "credentials/Keychain.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace lifeboat::credentials {

namespace {

constexpr int kKeychainTimeoutMs = 20000;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::credentials::Keychain)
};

Error keychainError(const QKeychain::Job& job)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return Error{QStringLiteral("keychain.not_found"),
                     Text::tr("The keychain has no entry %1.").arg(job.key())};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error{QStringLiteral("keychain.denied"),
                     Text::tr("The system keychain refused access: %1").arg(job.errorString())};
    default:
        return Error{QStringLiteral("keychain.unavailable"),
                     Text::tr("The system keychain is not available (%1). Lifeboat does not store secrets "
                              "anywhere else; enter the password each time, or start a keyring such as GNOME "
                              "Keyring or KWallet.")
                         .arg(job.errorString())};
    }
}

// Runs a QtKeychain job to completion. The job deletes itself afterwards.
template <typename JobType> Status runJob(JobType* job, const std::function<void(JobType&)>& onSuccess = {})
{
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QEventLoop loop;
    std::optional<Error> failure;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            failure = keychainError(*finished);
        else if (onSuccess)
            onSuccess(*static_cast<JobType*>(finished));
        loop.quit();
    });
    // A keychain daemon that never answers (a locked prompt nobody sees, a wedged D-Bus
    // service) must not hold the engine thread forever; the job is abandoned, and its late
    // answer goes nowhere because the connection dies with the loop.
    bool timedOut = false;
    QTimer::singleShot(kKeychainTimeoutMs, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    job->start();
    loop.exec();
    if (timedOut)
        return Error{QStringLiteral("keychain.unavailable"),
                     Text::tr("The system keychain did not answer within %n second(s); enter the password "
                              "instead.",
                              nullptr, kKeychainTimeoutMs / 1000)};
    if (failure)
        return *failure;
    return success();
}

} // namespace

QString repositoryPasswordKey(const QString& repositoryId)
{
    return QStringLiteral("repository:") + repositoryId;
}

Result<QString> readSecret(const QString& key)
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(kService));
    job->setKey(key);
    QString secret;
    Status read = runJob<QKeychain::ReadPasswordJob>(
        job, [&](QKeychain::ReadPasswordJob& done) { secret = done.textData(); });
    if (!read)
        return read.error();
    return secret;
}

Status writeSecret(const QString& key, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(kService));
    job->setKey(key);
    job->setTextData(secret);
    Status written = runJob<QKeychain::WritePasswordJob>(job);
    if (written)
        qCInfo(lcEngine) << "stored a secret in the system keychain under" << key;
    return written;
}

Status deleteSecret(const QString& key)
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(kService));
    job->setKey(key);
    Status deleted = runJob<QKeychain::DeletePasswordJob>(job);
    if (!deleted && deleted.error().code == QLatin1String("keychain.not_found"))
        return success();
    return deleted;
}

QString endpointPasswordKey(const QString& url, const QString& user)
{
    return QStringLiteral("endpoint:%1:%2").arg(url, user);
}

QString consolePasswordKey(const QString& url, const QString& user)
{
    return QStringLiteral("console:%1:%2").arg(url, user);
}

QString guestPasswordKey(const QString& jobName, const QString& user)
{
    return QStringLiteral("guest:%1:%2").arg(jobName, user);
}

QString smtpPasswordKey(const QString& host, const QString& user)
{
    return QStringLiteral("smtp:%1:%2").arg(host, user);
}

} // namespace lifeboat::credentials
