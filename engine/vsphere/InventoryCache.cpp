#include "vsphere/InventoryCache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace lifeboat::vsphere {

QJsonObject diskToJson(const VirtualDiskInfo& disk)
{
    return QJsonObject{{QStringLiteral("key"), disk.key},
                       {QStringLiteral("controller_key"), disk.controllerKey},
                       {QStringLiteral("capacity_bytes"), disk.capacityBytes},
                       {QStringLiteral("file"), disk.fileName},
                       {QStringLiteral("unit_number"), disk.unitNumber},
                       {QStringLiteral("controller_type"), disk.controllerType},
                       {QStringLiteral("controller_bus"), disk.controllerBus}};
}

VirtualDiskInfo diskFromJson(const QJsonObject& json)
{
    VirtualDiskInfo disk;
    disk.key = json.value(QStringLiteral("key")).toInt();
    disk.controllerKey = json.value(QStringLiteral("controller_key")).toInt();
    disk.capacityBytes = static_cast<qint64>(json.value(QStringLiteral("capacity_bytes")).toDouble());
    disk.fileName = json.value(QStringLiteral("file")).toString();
    disk.unitNumber = json.value(QStringLiteral("unit_number")).toInt(-1);
    disk.controllerType = json.value(QStringLiteral("controller_type")).toString();
    disk.controllerBus = json.value(QStringLiteral("controller_bus")).toInt(-1);
    return disk;
}

namespace {

Error failed(const QSqlQuery& query)
{
    return Error{
        QStringLiteral("catalog.query_failed"),
        InventoryCache::tr("The catalog could not keep the inventory: %1").arg(query.lastError().text())};
}

QJsonObject vmDetails(const VirtualMachineInfo& vm)
{
    QJsonArray disks;
    for (const VirtualDiskInfo& disk : vm.disks)
        disks.append(diskToJson(disk));
    return QJsonObject{{QStringLiteral("power_state"), vm.powerState},
                       {QStringLiteral("instance_uuid"), vm.instanceUuid},
                       {QStringLiteral("guest_os"), vm.guestFullName},
                       {QStringLiteral("vmx_path"), vm.vmPathName},
                       {QStringLiteral("datacenter"), vm.datacenter},
                       {QStringLiteral("guest_ip"), vm.guestIp},
                       {QStringLiteral("change_tracking"), vm.changeTrackingEnabled},
                       {QStringLiteral("disks"), disks}};
}

VirtualMachineInfo vmFrom(const QString& moref, const QString& name, const QJsonObject& details)
{
    VirtualMachineInfo vm;
    vm.moref = moref;
    vm.name = name;
    vm.powerState = details.value(QStringLiteral("power_state")).toString();
    vm.instanceUuid = details.value(QStringLiteral("instance_uuid")).toString();
    vm.guestFullName = details.value(QStringLiteral("guest_os")).toString();
    vm.vmPathName = details.value(QStringLiteral("vmx_path")).toString();
    vm.datacenter = details.value(QStringLiteral("datacenter")).toString();
    vm.guestIp = details.value(QStringLiteral("guest_ip")).toString();
    vm.changeTrackingEnabled = details.value(QStringLiteral("change_tracking")).toBool();
    for (const QJsonValue& value : details.value(QStringLiteral("disks")).toArray())
        vm.disks.append(diskFromJson(value.toObject()));
    return vm;
}

struct Row
{
    QString type, name, parent, resourcePool, parentVApp, parentFolder, details;
    bool operator==(const Row&) const = default;
};

} // namespace

Result<InventoryCache::Changes> InventoryCache::store(qint64 endpointId, const Inventory& inventory)
{
    QHash<QString, Row> fresh;
    for (const InventoryObject& object : inventory.objects)
        fresh.insert(object.moref, Row{object.type, object.name, object.parent, object.resourcePool,
                                       object.parentVApp, object.parentFolder, QStringLiteral("{}")});
    for (const VirtualMachineInfo& vm : inventory.vms) {
        Row& row = fresh[vm.moref];
        row.type = QStringLiteral("VirtualMachine");
        if (row.name.isEmpty())
            row.name = vm.name;
        row.details = QString::fromUtf8(QJsonDocument(vmDetails(vm)).toJson(QJsonDocument::Compact));
    }
    QSqlDatabase db = m_catalog.connection();
    QHash<QString, Row> cached;
    {
        QSqlQuery select(db);
        select.prepare(
            QStringLiteral("SELECT moref, type, name, parent, resource_pool, parent_vapp, parent_folder, "
                           "details_json FROM inventory WHERE endpoint_id = ?"));
        select.addBindValue(endpointId);
        if (!select.exec())
            return failed(select);
        while (select.next())
            cached.insert(select.value(0).toString(),
                          Row{select.value(1).toString(), select.value(2).toString(),
                              select.value(3).toString(), select.value(4).toString(),
                              select.value(5).toString(), select.value(6).toString(),
                              select.value(7).toString()});
    }
    Changes changes;
    if (!db.transaction())
        return Error{QStringLiteral("catalog.query_failed"), db.lastError().text()};
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        auto old = cached.constFind(it.key());
        if (old != cached.cend() && *old == it.value())
            continue;
        (old == cached.cend() ? changes.added : changes.changed) += 1;
        QSqlQuery upsert(db);
        upsert.prepare(
            QStringLiteral("INSERT INTO inventory (endpoint_id, moref, type, name, parent, resource_pool, "
                           "parent_vapp, parent_folder, "
                           "details_json, refreshed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON "
                           "CONFLICT(endpoint_id, moref) DO "
                           "UPDATE SET type = excluded.type, name = excluded.name, parent = excluded.parent, "
                           "resource_pool = "
                           "excluded.resource_pool, parent_vapp = excluded.parent_vapp, parent_folder = "
                           "excluded.parent_folder, "
                           "details_json = excluded.details_json, refreshed_at = excluded.refreshed_at"));
        const Row& row = it.value();
        for (const QVariant& value :
             {QVariant(endpointId), QVariant(it.key()), QVariant(row.type), QVariant(row.name),
              QVariant(row.parent), QVariant(row.resourcePool), QVariant(row.parentVApp),
              QVariant(row.parentFolder), QVariant(row.details), QVariant(now)})
            upsert.addBindValue(value.toString().isNull() && value.typeId() == QMetaType::QString
                                    ? QVariant(QStringLiteral(""))
                                    : value);
        if (!upsert.exec()) {
            db.rollback();
            return failed(upsert);
        }
    }
    for (auto it = cached.cbegin(); it != cached.cend(); ++it) {
        if (fresh.contains(it.key()))
            continue;
        ++changes.removed;
        QSqlQuery remove(db);
        remove.prepare(QStringLiteral("DELETE FROM inventory WHERE endpoint_id = ? AND moref = ?"));
        remove.addBindValue(endpointId);
        remove.addBindValue(it.key());
        if (!remove.exec()) {
            db.rollback();
            return failed(remove);
        }
    }
    // The time of the last refresh, also when nothing changed.
    if (!m_catalog.setSetting(QStringLiteral("inventory.refreshed.%1").arg(endpointId), now)) {
        db.rollback();
        return Error{QStringLiteral("catalog.query_failed"), tr("The catalog could not keep the inventory.")};
    }
    if (!db.commit())
        return Error{QStringLiteral("catalog.query_failed"), db.lastError().text()};
    return changes;
}

Result<std::pair<Inventory, QDateTime>> InventoryCache::load(qint64 endpointId) const
{
    QSqlQuery select(m_catalog.connection());
    select.prepare(
        QStringLiteral("SELECT moref, type, name, parent, resource_pool, parent_vapp, parent_folder, "
                       "details_json FROM inventory WHERE endpoint_id = ? ORDER BY rowid"));
    select.addBindValue(endpointId);
    if (!select.exec())
        return failed(select);
    Inventory inventory;
    while (select.next()) {
        InventoryObject object{select.value(0).toString(), select.value(1).toString(),
                               select.value(2).toString(), select.value(3).toString(),
                               select.value(4).toString(), select.value(5).toString(),
                               select.value(6).toString()};
        inventory.objects.insert(object.moref, object);
        if (object.type == QLatin1String("VirtualMachine"))
            inventory.vms.append(vmFrom(object.moref, object.name,
                                        QJsonDocument::fromJson(select.value(7).toByteArray()).object()));
    }
    auto refreshed = m_catalog.setting(QStringLiteral("inventory.refreshed.%1").arg(endpointId));
    QDateTime at = refreshed ? QDateTime::fromString(*refreshed, Qt::ISODateWithMs) : QDateTime();
    return std::make_pair(std::move(inventory), at);
}

} // namespace lifeboat::vsphere
