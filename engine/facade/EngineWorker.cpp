#include "facade/EngineWorker.h"

#include "core/Logging.h"

#include <QCoreApplication>

namespace lifeboat {

EngineWorker::EngineWorker(EngineOptions options)
    : m_options(std::move(options))
{}

EngineWorker::~EngineWorker() = default;

Status EngineWorker::start()
{
    catalog::Catalog catalog(m_options.catalogPath);
    if (Status opened = catalog.open(); !opened) {
        qCWarning(lcEngine) << "engine start failed:" << opened.error().code << opened.error().message;
        return opened;
    }
    m_catalog = std::move(catalog);
    qCInfo(lcEngine) << "engine started with catalog" << m_options.catalogPath;
    return success();
}

Status EngineWorker::requireStarted() const
{
    if (m_catalog)
        return success();
    return Error{QStringLiteral("engine.not_started"),
                 tr("The engine is not running because its catalog could not be opened.")};
}

Result<catalog::CatalogInfo> EngineWorker::catalogInfo() const
{
    if (Status ready = requireStarted(); !ready)
        return ready.error();
    return m_catalog->info();
}

} // namespace lifeboat
