#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QObject>
#include <optional>

namespace lifeboat {

struct EngineOptions
{
    QString catalogPath; // already resolved (see resolveCatalogPath); empty: no catalog
};

// Everything the engine does runs here, on the engine thread. Only the Engine facade
// calls it, always through the event queue; its methods may block (disk, network, SQL)
// because no GUI ever waits on them.
class EngineWorker : public QObject
{
    Q_OBJECT
public:
    explicit EngineWorker(EngineOptions options);
    ~EngineWorker() override;

    Status start();
    bool isStarted() const { return m_started; }
    Result<catalog::CatalogInfo> catalogInfo() const;
    // The catalog, for engine-thread code; null when the engine runs without one.
    catalog::Catalog* catalog() { return m_catalog ? &*m_catalog : nullptr; }

private:
    Status requireStarted() const;

    EngineOptions m_options;
    std::optional<catalog::Catalog> m_catalog;
    bool m_started = false;
};

} // namespace lifeboat
