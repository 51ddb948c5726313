#include "repository/Lock.h"

#include "core/Logging.h"
#include "repository/Crypto.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSysInfo>
#include <QThread>
#include <cerrno>
#include <csignal>
#include <openssl/crypto.h>
#include <unistd.h>

namespace lifeboat::repository {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::repository::RepositoryLock)
};

struct LockInfo
{
    QString name;
    bool exclusive = false;
    QString host;
    qint64 pid = 0;
    QDateTime expires;
};

bool isStale(const LockInfo& lock)
{
    if (!lock.expires.isValid() || lock.expires < QDateTime::currentDateTimeUtc())
        return true;
    // On this host a dead process is known at once, without waiting for its lease.
    if (lock.host == QSysInfo::machineHostName() && lock.pid > 0 &&
        ::kill(static_cast<pid_t>(lock.pid), 0) != 0 && errno == ESRCH)
        return true;
    return false;
}

Result<QVector<LockInfo>> liveLocks(Backend& backend, const QString& except)
{
    auto names = backend.list(QStringLiteral("locks"));
    if (!names)
        return names.error();
    QVector<LockInfo> live;
    for (const QString& name : names.value()) {
        if (name == except)
            continue;
        auto raw = backend.get(QStringLiteral("locks/") + name);
        if (!raw)
            continue; // removed while we looked
        const QJsonObject json = QJsonDocument::fromJson(raw.value()).object();
        LockInfo lock{name, json.value(QStringLiteral("kind")).toString() == QLatin1String("exclusive"),
                      json.value(QStringLiteral("host")).toString(),
                      json.value(QStringLiteral("pid")).toInteger(),
                      QDateTime::fromString(json.value(QStringLiteral("expires")).toString(), Qt::ISODate)};
        if (isStale(lock)) {
            qCInfo(lcEngine) << "removing stale repository lock" << name << "of" << lock.host << lock.pid;
            backend.remove(QStringLiteral("locks/") + name);
            continue;
        }
        live.append(lock);
    }
    return live;
}

} // namespace

RepositoryLock::RepositoryLock(Backend& backend, Kind kind, QString name, std::chrono::seconds lease)
    : m_backend(backend)
    , m_kind(kind)
    , m_name(std::move(name))
    , m_lease(lease)
    , m_created(QDateTime::currentDateTimeUtc())
{}

Status RepositoryLock::write()
{
    const QJsonObject json{
        {QStringLiteral("kind"),
         m_kind == Kind::Exclusive ? QStringLiteral("exclusive") : QStringLiteral("shared")},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), static_cast<qint64>(::getpid())},
        {QStringLiteral("created"), m_created.toString(Qt::ISODate)},
        {QStringLiteral("expires"),
         QDateTime::currentDateTimeUtc().addSecs(static_cast<qint64>(m_lease.count())).toString(Qt::ISODate)},
    };
    return m_backend.put(QStringLiteral("locks/") + m_name,
                         QJsonDocument(json).toJson(QJsonDocument::Compact));
}

Result<std::unique_ptr<RepositoryLock>> RepositoryLock::acquire(Backend& backend, Kind kind,
                                                                const Options& options)
{
    const auto deadline = std::chrono::steady_clock::now() + options.wait;
    for (int attempt = 0;; ++attempt) {
        std::unique_ptr<RepositoryLock> lock(
            new RepositoryLock(backend, kind, QString::fromLatin1(randomBytes(16).toHex()), options.lease));
        // Announce first, then look: two processes racing both see each other and back off,
        // instead of both seeing nothing and both proceeding.
        if (Status written = lock->write(); !written)
            return written.error();
        auto others = liveLocks(backend, lock->m_name);
        if (!others) {
            backend.remove(QStringLiteral("locks/") + lock->m_name);
            return others.error();
        }
        const LockInfo* conflict = nullptr;
        for (const LockInfo& other : others.value())
            if (kind == Kind::Exclusive || other.exclusive) {
                conflict = &other;
                break;
            }
        if (!conflict) {
            lock->m_renewer = std::thread([raw = lock.get()] { raw->renewLoop(); });
            return lock;
        }
        const QString holder =
            Text::tr("%1 lock held by process %2 on %3 until %4")
                .arg(conflict->exclusive ? Text::tr("an exclusive") : Text::tr("a shared"))
                .arg(conflict->pid)
                .arg(conflict->host, conflict->expires.toLocalTime().toString(Qt::ISODate));
        backend.remove(QStringLiteral("locks/") + lock->m_name);
        lock->m_name.clear();
        if (std::chrono::steady_clock::now() >= deadline)
            return Error{
                QStringLiteral("repository.locked"),
                Text::tr("The repository %1 is busy: %2. Try again when that operation has finished.")
                    .arg(backend.location(), holder)};
        // Back off with jitter so two waiting exclusives do not collide forever.
        QThread::msleep(
            static_cast<unsigned long>(100 + (attempt % 5) * 50 + QRandomGenerator::global()->bounded(100)));
    }
}

void RepositoryLock::renewLoop()
{
    auto releaseOpenSsl = qScopeGuard([] { OPENSSL_thread_stop(); });
    std::unique_lock guard(m_mutex);
    while (!m_stopping) {
        m_wake.wait_for(guard, m_lease / 3, [this] { return m_stopping; });
        if (m_stopping)
            break;
        guard.unlock();
        if (Status renewed = write(); !renewed)
            qCWarning(lcEngine) << "cannot renew repository lock:" << renewed.error().message;
        guard.lock();
    }
}

RepositoryLock::~RepositoryLock()
{
    {
        std::lock_guard guard(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_renewer.joinable())
        m_renewer.join();
    if (!m_name.isEmpty())
        m_backend.remove(QStringLiteral("locks/") + m_name);
}

} // namespace lifeboat::repository
