#pragma once

#include "catalog/Catalog.h"
#include "vsphere/Inventory.h"

#include <QJsonObject>

namespace lifeboat::vsphere {

// A disk as the catalog and restore points keep it (JSON), and back.
QJsonObject diskToJson(const VirtualDiskInfo& disk);
VirtualDiskInfo diskFromJson(const QJsonObject& json);

// The last inventory read from each endpoint, kept in the catalog so the console can show
// it at once (and offline) and refresh it in the background.
class InventoryCache
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::InventoryCache)

public:
    explicit InventoryCache(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}

    struct Changes
    {
        int added = 0;
        int changed = 0;
        int removed = 0;
    };
    // Stores `inventory` as the endpoint's current one, writing only what differs from the
    // cached copy, in one transaction.
    Result<Changes> store(qint64 endpointId, const Inventory& inventory);
    // The cached inventory and when it was read; an empty inventory when never read.
    Result<std::pair<Inventory, QDateTime>> load(qint64 endpointId) const;

private:
    catalog::Catalog& m_catalog;
};

} // namespace lifeboat::vsphere
