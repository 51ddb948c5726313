#include "vsphere/InventoryFeed.h"

#include "vsphere/SoapXml.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QXmlStreamReader>
#include <algorithm>

namespace lifeboat::vsphere {

namespace {

Q_LOGGING_CATEGORY(lcFeed, "lifeboat.engine.vsphere.feed", QtInfoMsg)

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::VsphereClient)
};

using soap::escaped;
using soap::kVimNamespace;
using soap::self;

// What the feed watches: the same properties as listInventory and listVirtualMachines read,
// so an inventory kept by the feed equals a full read. "parentVApp" comes before "parent":
// vcsim matches a change against the path set by prefix, and "parent" would swallow it.
//
// VMs and containers get a view and a filter each: vcsim (govmomi 0.24) crashes the request
// when a filter whose first property set is of another type sees a change of a VM deleted
// before the poll, and a filter that only knows VMs never takes that path.
const QStringList kVmTypes{QStringLiteral("VirtualMachine")};
const QStringList kContainerTypes{QStringLiteral("Folder"), QStringLiteral("Datacenter"),
                                  QStringLiteral("ComputeResource"), QStringLiteral("HostSystem"),
                                  QStringLiteral("ResourcePool")};

QByteArray filterSpec(const QString& view, bool vms)
{
    QByteArray spec = QByteArrayLiteral("<spec>");
    const auto propSet = [&](const char* type, std::initializer_list<const char*> paths) {
        spec += QByteArrayLiteral("<propSet><type>") + type + QByteArrayLiteral("</type>");
        for (const char* path : paths)
            spec += QByteArrayLiteral("<pathSet>") + path + QByteArrayLiteral("</pathSet>");
        spec += QByteArrayLiteral("</propSet>");
    };
    if (vms) {
        propSet("VirtualMachine",
                {"name", "parentVApp", "parent", "resourcePool", "runtime.powerState", "config.instanceUuid",
                 "config.guestFullName", "summary.config.vmPathName", "config.changeTrackingEnabled",
                 "datastore", "guest.ipAddress", "config.hardware.device"});
    } else {
        for (const char* type : {"Folder", "ComputeResource", "HostSystem", "ResourcePool"})
            propSet(type, {"name", "parent"});
        // Its datastores name the datacenter of each VM (a VM's "datacenter" in the full read).
        propSet("Datacenter", {"name", "parent", "datastore"});
        propSet("VirtualApp", {"parentFolder", "parentVApp"});
    }
    spec += QByteArrayLiteral("<objectSet><obj type=\"ContainerView\">") + escaped(view) +
            QByteArrayLiteral("</obj><skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
                              "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
                              "</objectSet></spec>");
    return spec;
}

QString returnval(const QByteArray& reply)
{
    return soap::firstTexts(reply, {QStringLiteral("returnval")}).value(QStringLiteral("returnval"));
}

QString* objectField(InventoryObject& object, const QString& property)
{
    if (property == QLatin1String("name"))
        return &object.name;
    if (property == QLatin1String("parent"))
        return &object.parent;
    if (property == QLatin1String("resourcePool"))
        return &object.resourcePool;
    if (property == QLatin1String("parentVApp"))
        return &object.parentVApp;
    if (property == QLatin1String("parentFolder"))
        return &object.parentFolder;
    return nullptr;
}

} // namespace

std::shared_ptr<InventoryFeed> InventoryFeed::create(std::shared_ptr<VsphereClient> client)
{
    return std::shared_ptr<InventoryFeed>(new InventoryFeed(std::move(client)));
}

InventoryFeed::InventoryFeed(std::shared_ptr<VsphereClient> client)
    : m_client(std::move(client))
{}

InventoryFeed::~InventoryFeed()
{
    // Signing out ends the session and with it the collector, its filter and the view; the
    // client stays alive until the server answered.
    if (m_client)
        m_client->logout([client = m_client](Status) {});
}

void InventoryFeed::open(const QUrl& sdkUrl, const QString& pinnedSha256, const QString& user,
                         const QString& password,
                         std::function<void(Result<std::shared_ptr<InventoryFeed>>)> done)
{
    auto client = std::shared_ptr<VsphereClient>(new VsphereClient(sdkUrl, pinnedSha256),
                                                 [](VsphereClient* c) { c->deleteLater(); });
    client->retrieveServiceContent([client, user, password, done](Result<ServiceContent> content) {
        if (!content)
            return done(content.error());
        client->login(user, password, [client, done](Result<UserSession> signedIn) {
            if (!signedIn)
                return done(signedIn.error());
            done(create(client));
        });
    });
}

void InventoryFeed::refresh(std::function<void(Result<Inventory>)> done)
{
    // Two refreshes at once would poll with the same version; the second waits for the first.
    m_waiting.append(std::move(done));
    if (m_waiting.size() > 1)
        return;
    std::weak_ptr<InventoryFeed> weak = weak_from_this();
    auto finish = [weak](Result<Inventory> inventory) {
        auto feed = weak.lock();
        if (!feed)
            return;
        const auto waiting = std::exchange(feed->m_waiting, {});
        for (const auto& callback : waiting)
            callback(inventory);
    };
    m_stats = Stats{};
    m_state.touched.clear();
    m_stats.incremental = !m_state.version.isEmpty();
    if (m_state.version.isEmpty())
        start(std::move(finish));
    else
        poll(std::move(finish));
}

void InventoryFeed::start(std::function<void(Result<Inventory>)> done)
{
    reset();
    m_sessionKey = m_client->sessionKey();
    std::weak_ptr<InventoryFeed> weak = weak_from_this();
    // A collector of its own: the session's default one serves other calls, and destroying
    // this one (or the session) takes the filters along.
    m_client->call(QStringLiteral("CreatePropertyCollector"),
                   QByteArrayLiteral("<CreatePropertyCollector>") +
                       self("PropertyCollector", m_client->serviceContent().propertyCollector) +
                       QByteArrayLiteral("</CreatePropertyCollector>"),
                   [weak, done](Result<QByteArray> created) {
                       auto feed = weak.lock();
                       if (!feed)
                           return;
                       if (!created)
                           return done(created.error());
                       feed->m_collector = returnval(*created);
                       if (feed->m_collector.isEmpty())
                           return done(Error{QStringLiteral("vsphere.malformed"),
                                             Text::tr("The server created no view of its inventory.")});
                       feed->watch(true, done);
                   });
}

void InventoryFeed::watch(bool vms, std::function<void(Result<Inventory>)> done)
{
    const ServiceContent& service = m_client->serviceContent();
    QByteArray body = QByteArrayLiteral("<CreateContainerView>") + self("ViewManager", service.viewManager) +
                      QByteArrayLiteral("<container type=\"Folder\">") + escaped(service.rootFolder) +
                      QByteArrayLiteral("</container>");
    for (const QString& type : vms ? kVmTypes : kContainerTypes)
        body += QByteArrayLiteral("<type>") + type.toLatin1() + QByteArrayLiteral("</type>");
    body += QByteArrayLiteral("<recursive>true</recursive></CreateContainerView>");
    std::weak_ptr<InventoryFeed> weak = weak_from_this();
    m_client->call(QStringLiteral("CreateContainerView"), body,
                   [weak, vms, done](Result<QByteArray> created) {
                       auto feed = weak.lock();
                       if (!feed)
                           return;
                       if (!created)
                           return done(created.error());
                       const QString view = returnval(*created);
                       if (view.isEmpty())
                           return done(Error{QStringLiteral("vsphere.malformed"),
                                             Text::tr("The server created no view of its inventory.")});
                       feed->m_views << view;
                       feed->m_client->call(
                           QStringLiteral("CreateFilter"),
                           QByteArrayLiteral("<CreateFilter>") +
                               self("PropertyCollector", feed->m_collector) + filterSpec(view, vms) +
                               QByteArrayLiteral("<partialUpdates>false</partialUpdates></CreateFilter>"),
                           [weak, vms, done](Result<QByteArray> filter) {
                               auto filtered = weak.lock();
                               if (!filtered)
                                   return;
                               if (!filter)
                                   return done(filter.error());
                               if (vms)
                                   return filtered->watch(false, done);
                               // The empty version asks for everything as it is now.
                               filtered->poll(done);
                           });
                   });
}

void InventoryFeed::poll(std::function<void(Result<Inventory>)> done)
{
    if (m_client->sessionKey() != m_sessionKey)
        return done(resetError(QStringLiteral("signed in again")));
    const bool initial = m_state.version.isEmpty();
    // maxWaitSeconds 0: one look at what changed, never a wait.
    const QByteArray body = QByteArrayLiteral("<WaitForUpdatesEx>") + self("PropertyCollector", m_collector) +
                            (initial ? QByteArray()
                                     : QByteArrayLiteral("<version>") + escaped(m_state.version) +
                                           QByteArrayLiteral("</version>")) +
                            QByteArrayLiteral("<options><maxWaitSeconds>0</maxWaitSeconds></options>"
                                              "</WaitForUpdatesEx>");
    std::weak_ptr<InventoryFeed> weak = weak_from_this();
    m_client->call(QStringLiteral("WaitForUpdatesEx"), body, [weak, initial, done](Result<QByteArray> reply) {
        auto feed = weak.lock();
        if (!feed)
            return;
        // A call repeated after a new sign-in reached a session without this collector.
        if (feed->m_client->sessionKey() != feed->m_sessionKey)
            return done(feed->resetError(QStringLiteral("signed in again")));
        if (!reply) {
            // InvalidCollectorVersion, a collector the server no longer knows, or the
            // network: the feed cannot say what changed, so it starts over.
            if (initial)
                return done(reply.error());
            return done(feed->resetError(reply.error().message));
        }
        feed->m_stats.replyBytes += reply->size();
        bool truncated = false;
        if (!applyUpdates(*reply, feed->m_state, feed->m_stats, truncated)) {
            feed->reset();
            return done(Error{QStringLiteral("vsphere.malformed"),
                              Text::tr("The server's inventory reply cannot be read.")});
        }
        if (feed->m_state.version.isEmpty())
            return done(feed->resetError(QStringLiteral("no version")));
        if (truncated)
            return feed->poll(done);
        done(feed->m_state.inventory);
    });
}

bool InventoryFeed::applyUpdates(const QByteArray& reply, State& state, Stats& stats, bool& truncated)
{
    QXmlStreamReader reader(reply);
    bool sawResponse = false;
    truncated = false;
    const auto applyObject = [&]() {
        QString kind, type, moref;
        InventoryObject object;
        VirtualMachineInfo vm;
        std::optional<QStringList> datastores;
        bool started = false;
        const auto begin = [&] {
            if (started)
                return;
            started = true;
            const InventoryObject* known = state.inventory.object(moref);
            if (kind == QLatin1String("enter") || !known) {
                object = InventoryObject{moref, type, {}, {}, {}, {}, {}};
                vm = VirtualMachineInfo{};
                vm.moref = moref;
                return;
            }
            object = *known;
            if (const VirtualMachineInfo* old = state.inventory.vm(moref))
                vm = *old;
        };
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1String("kind")) {
                kind = reader.readElementText();
            } else if (reader.name() == QLatin1String("obj")) {
                type = reader.attributes().value(QStringLiteral("type")).toString();
                moref = reader.readElementText();
            } else if (reader.name() == QLatin1String("changeSet")) {
                begin();
                QString name, op;
                bool hasValue = false;
                const bool isVm = type == QLatin1String("VirtualMachine");
                while (reader.readNextStartElement()) {
                    if (reader.name() == QLatin1String("name")) {
                        name = reader.readElementText();
                    } else if (reader.name() == QLatin1String("op")) {
                        op = reader.readElementText();
                    } else if (reader.name() == QLatin1String("val")) {
                        hasValue = true;
                        QString* field = objectField(object, name);
                        if (field) {
                            *field = reader.readElementText(QXmlStreamReader::SkipChildElements);
                            if (isVm && name == QLatin1String("name"))
                                vm.name = *field;
                        } else if (type == QLatin1String("Datacenter") &&
                                   name == QLatin1String("datastore")) {
                            datastores.emplace();
                            while (reader.readNextStartElement())
                                datastores->append(reader.readElementText());
                        } else if (isVm) {
                            readVmProperty(vm, name, reader);
                        } else {
                            reader.skipCurrentElement();
                        }
                    } else {
                        reader.skipCurrentElement();
                    }
                }
                // An unset property, or one taken away.
                if (!hasValue || op == QLatin1String("remove") || op == QLatin1String("indirectRemove")) {
                    if (QString* field = objectField(object, name))
                        field->clear();
                    if (isVm)
                        clearVmProperty(vm, name);
                    if (name == QLatin1String("datastore") && type == QLatin1String("Datacenter"))
                        datastores.emplace();
                }
            } else {
                reader.skipCurrentElement();
            }
        }
        if (moref.isEmpty())
            return false;
        ++stats.objects;
        state.touched.insert(moref);
        stats.distinctObjects = static_cast<int>(state.touched.size());
        if (kind == QLatin1String("leave")) {
            ++stats.left;
            state.inventory.objects.remove(moref);
            state.inventory.vms.removeIf([&](const VirtualMachineInfo& info) { return info.moref == moref; });
            state.datastoresOfDatacenter.remove(moref);
            return true;
        }
        ++(kind == QLatin1String("enter") ? stats.entered : stats.modified);
        begin();
        object.moref = moref;
        if (!type.isEmpty())
            object.type = type;
        state.inventory.objects.insert(moref, object);
        if (object.type == QLatin1String("VirtualMachine")) {
            vm.moref = moref;
            auto found = std::find_if(state.inventory.vms.begin(), state.inventory.vms.end(),
                                      [&](const VirtualMachineInfo& info) { return info.moref == moref; });
            if (found == state.inventory.vms.end())
                state.inventory.vms.append(vm);
            else
                *found = vm;
        }
        if (datastores)
            state.datastoresOfDatacenter.insert(moref, *datastores);
        return true;
    };
    QString version;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != kVimNamespace)
            continue;
        if (reader.name() == QLatin1String("WaitForUpdatesExResponse")) {
            sawResponse = true;
        } else if (reader.name() == QLatin1String("version")) {
            version = reader.readElementText();
        } else if (reader.name() == QLatin1String("truncated")) {
            truncated = reader.readElementText() == QLatin1String("true");
        } else if (reader.name() == QLatin1String("objectSet")) {
            if (!applyObject())
                return false;
        } else if (reader.name() == QLatin1String("filter")) {
            reader.skipCurrentElement();
        }
    }
    if (reader.hasError() || !sawResponse)
        return false;
    // No reply set at all means nothing changed; the version stays.
    if (!version.isEmpty())
        state.version = version;
    // As resolveDatacenters does after a full read: the first datastore a datacenter holds.
    QHash<QString, QString> datacenterOfDatastore;
    for (auto it = state.datastoresOfDatacenter.cbegin(); it != state.datastoresOfDatacenter.cend(); ++it) {
        const InventoryObject* datacenter = state.inventory.object(it.key());
        for (const QString& store : it.value())
            datacenterOfDatastore.insert(store, datacenter ? datacenter->name : QString());
    }
    for (VirtualMachineInfo& vm : state.inventory.vms) {
        vm.datacenter.clear();
        for (const QString& store : vm.datastores)
            if (vm.datacenter.isEmpty())
                vm.datacenter = datacenterOfDatastore.value(store);
    }
    return true;
}

void InventoryFeed::reset()
{
    // The old collector (if the session still has it) goes with the session, or now.
    if (!m_collector.isEmpty() && m_client->sessionKey() == m_sessionKey)
        m_client->call(QStringLiteral("DestroyPropertyCollector"),
                       QByteArrayLiteral("<DestroyPropertyCollector>") +
                           self("PropertyCollector", m_collector) +
                           QByteArrayLiteral("</DestroyPropertyCollector>"),
                       [](Result<QByteArray>) {});
    for (const QString& view : std::as_const(m_views))
        if (m_client->sessionKey() == m_sessionKey)
            m_client->call(QStringLiteral("DestroyView"),
                           QByteArrayLiteral("<DestroyView>") + self("ContainerView", view) +
                               QByteArrayLiteral("</DestroyView>"),
                           [](Result<QByteArray>) {});
    m_collector.clear();
    m_views.clear();
    m_state.version.clear();
    m_state.inventory = Inventory{};
    m_state.datastoresOfDatacenter.clear();
}

Error InventoryFeed::resetError(const QString& why)
{
    qCInfo(lcFeed) << "inventory feed starts over:" << why;
    reset();
    return Error{QStringLiteral("vsphere.feed_reset"),
                 Text::tr("The server's change feed was lost (%1); the inventory is read in full.").arg(why)};
}

} // namespace lifeboat::vsphere
