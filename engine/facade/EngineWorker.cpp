#include "facade/EngineWorker.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <openssl/crypto.h>

namespace lifeboat {

EngineWorker::EngineWorker(EngineOptions options)
    : m_options(std::move(options))
{}

EngineWorker::~EngineWorker()
{
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
        return opened;
    }
    m_catalog = std::move(catalog);
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

} // namespace lifeboat
