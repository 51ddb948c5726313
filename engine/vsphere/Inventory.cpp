#include "vsphere/Inventory.h"

#include "vsphere/SoapXml.h"

#include <QCoreApplication>
#include <QSet>

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::VsphereClient)
};

} // namespace

const InventoryObject* Inventory::object(const QString& moref) const
{
    auto found = objects.constFind(moref);
    return found == objects.constEnd() ? nullptr : &*found;
}

const VirtualMachineInfo* Inventory::vm(const QString& moref) const
{
    for (const VirtualMachineInfo& info : vms)
        if (info.moref == moref)
            return &info;
    return nullptr;
}

bool Inventory::contains(const QString& container, const QString& vm) const
{
    // Walks up every link; the visited set guards against a malformed, cyclic reply.
    QSet<QString> visited;
    QStringList pending{vm};
    while (!pending.isEmpty()) {
        const QString current = pending.takeLast();
        if (current == container)
            return true;
        if (current.isEmpty() || visited.contains(current))
            continue;
        visited.insert(current);
        if (const InventoryObject* entry = object(current))
            pending << entry->parent << entry->resourcePool << entry->parentVApp << entry->parentFolder;
    }
    return false;
}

QStringList Inventory::vmsIn(const QString& container) const
{
    QStringList found;
    for (const VirtualMachineInfo& info : vms)
        if (contains(container, info.moref))
            found << info.moref;
    return found;
}

QString Inventory::path(const QString& moref) const
{
    QStringList names;
    QSet<QString> visited;
    for (const InventoryObject* entry = object(moref); entry && !visited.contains(entry->moref);
         entry = object(entry->parent)) {
        visited.insert(entry->moref);
        // The root folder ("Datacenters") is implied.
        if (!entry->parent.isEmpty())
            names.prepend(entry->name);
    }
    return names.join(QLatin1Char('/'));
}

bool Inventory::isContainerType(const QString& type)
{
    return type == QLatin1String("Folder") || type == QLatin1String("ResourcePool") ||
           type == QLatin1String("VirtualApp") || type == QLatin1String("ClusterComputeResource") ||
           type == QLatin1String("ComputeResource") || type == QLatin1String("HostSystem") ||
           type == QLatin1String("Datacenter");
}

Result<QString> parseInventoryObjects(const QByteArray& reply, QHash<QString, InventoryObject>& into)
{
    QString token;
    const auto objects = soap::parseObjects(reply, &token);
    if (!objects)
        return Error{QStringLiteral("vsphere.malformed"),
                     Text::tr("The server's inventory reply cannot be read.")};
    for (const soap::ObjectProperties& object : *objects)
        if (object.moref.isEmpty())
            return Error{QStringLiteral("vsphere.malformed"),
                         Text::tr("The server's inventory reply cannot be read.")};
    // An object matched by two property specs (a vApp is also a resource pool) may come
    // twice; its properties are merged.
    for (const soap::ObjectProperties& object : *objects) {
        InventoryObject& entry = into[object.moref];
        entry.moref = object.moref;
        if (entry.type.isEmpty() || object.type == QLatin1String("VirtualApp"))
            entry.type = object.type;
        const auto fill = [&](QString& field, const char* property) {
            const QString value = object.properties.value(QLatin1String(property)).text;
            if (!value.isEmpty())
                field = value;
        };
        fill(entry.name, "name");
        fill(entry.parent, "parent");
        fill(entry.resourcePool, "resourcePool");
        fill(entry.parentVApp, "parentVApp");
        fill(entry.parentFolder, "parentFolder");
    }
    return token;
}

void VsphereClient::listInventory(std::function<void(Result<Inventory>)> done)
{
    listVirtualMachines([this, done = std::move(done)](Result<QVector<VirtualMachineInfo>> vms) mutable {
        if (!vms)
            return done(vms.error());
        auto inventory = std::make_shared<Inventory>();
        inventory->vms = std::move(*vms);
        QByteArray body = QByteArrayLiteral("<CreateContainerView>") +
                          soap::self("ViewManager", m_content.viewManager) +
                          QByteArrayLiteral("<container type=\"Folder\">") +
                          soap::escaped(m_content.rootFolder) + QByteArrayLiteral("</container>");
        for (const char* type :
             {"Folder", "Datacenter", "ComputeResource", "HostSystem", "ResourcePool", "VirtualMachine"})
            body += QByteArrayLiteral("<type>") + type + QByteArrayLiteral("</type>");
        body += QByteArrayLiteral("<recursive>true</recursive></CreateContainerView>");
        call(QStringLiteral("CreateContainerView"), body,
             [this, inventory, done = std::move(done)](Result<QByteArray> reply) mutable {
                 if (!reply)
                     return done(reply.error());
                 const QString view = soap::firstTexts(*reply, {QStringLiteral("returnval")})
                                          .value(QStringLiteral("returnval"));
                 if (view.isEmpty())
                     return done(Error{QStringLiteral("vsphere.malformed"),
                                       Text::tr("The server created no view of its inventory.")});
                 collectInventoryObjects(view, QString(), inventory, std::move(done));
             });
    });
}

void VsphereClient::collectInventoryObjects(const QString& view, const QString& token,
                                            std::shared_ptr<Inventory> inventory,
                                            std::function<void(Result<Inventory>)> done)
{
    QByteArray body;
    if (token.isEmpty()) {
        body = QByteArrayLiteral("<RetrievePropertiesEx>") +
               soap::self("PropertyCollector", m_content.propertyCollector) + QByteArrayLiteral("<specSet>");
        const auto propSet = [&](const char* type, std::initializer_list<const char*> paths) {
            body += QByteArrayLiteral("<propSet><type>") + type + QByteArrayLiteral("</type>");
            for (const char* path : paths)
                body += QByteArrayLiteral("<pathSet>") + path + QByteArrayLiteral("</pathSet>");
            body += QByteArrayLiteral("</propSet>");
        };
        for (const char* type : {"Folder", "Datacenter", "ComputeResource", "HostSystem", "ResourcePool"})
            propSet(type, {"name", "parent"});
        propSet("VirtualApp", {"parentFolder", "parentVApp"});
        propSet("VirtualMachine", {"name", "parent", "resourcePool", "parentVApp"});
        body +=
            QByteArrayLiteral("<objectSet><obj type=\"ContainerView\">") + soap::escaped(view) +
            QByteArrayLiteral("</obj><skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
                              "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
                              "</objectSet></specSet><options><maxObjects>1000</maxObjects></options>"
                              "</RetrievePropertiesEx>");
    } else {
        body = QByteArrayLiteral("<ContinueRetrievePropertiesEx>") +
               soap::self("PropertyCollector", m_content.propertyCollector) + QByteArrayLiteral("<token>") +
               soap::escaped(token) + QByteArrayLiteral("</token></ContinueRetrievePropertiesEx>");
    }
    call(token.isEmpty() ? QStringLiteral("RetrievePropertiesEx")
                         : QStringLiteral("ContinueRetrievePropertiesEx"),
         body, [this, view, inventory, done = std::move(done)](Result<QByteArray> reply) mutable {
             if (!reply)
                 return done(reply.error());
             auto next = parseInventoryObjects(*reply, inventory->objects);
             if (!next)
                 return done(next.error());
             if (!next->isEmpty())
                 return collectInventoryObjects(view, *next, inventory, std::move(done));
             call(QStringLiteral("DestroyView"),
                  QByteArrayLiteral("<DestroyView>") + soap::self("ContainerView", view) +
                      QByteArrayLiteral("</DestroyView>"),
                  [inventory, done = std::move(done)](Result<QByteArray>) { done(std::move(*inventory)); });
         });
}

} // namespace lifeboat::vsphere
