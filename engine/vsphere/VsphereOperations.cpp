// Tasks, snapshots, changed-block tracking and datastore files: what a backup run asks of
// vSphere after signing in (VsphereClient.cpp holds the connection, sign-in and inventory).

#include "core/Logging.h"
#include "vsphere/SoapXml.h"
#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrlQuery>
#include <algorithm>

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::VsphereClient)
};

using soap::escaped;
using soap::kVimNamespace;
using soap::ObjectProperties;
using soap::parseObjects;
using soap::self;
using soap::Value;

Error malformed(const QString& what)
{
    return Error{QStringLiteral("vsphere.malformed"),
                 Text::tr("The server's %1 reply cannot be read.").arg(what)};
}

QByteArray propertiesRequest(const QString& collector, const char* type, const QString& moref,
                             const QStringList& paths)
{
    QByteArray body = QByteArrayLiteral("<RetrievePropertiesEx>") + self("PropertyCollector", collector) +
                      QByteArrayLiteral("<specSet><propSet><type>") + type + QByteArrayLiteral("</type>");
    for (const QString& path : paths)
        body += QByteArrayLiteral("<pathSet>") + escaped(path) + QByteArrayLiteral("</pathSet>");
    body +=
        QByteArrayLiteral("</propSet><objectSet><obj type=\"") + type + QByteArrayLiteral("\">") +
        escaped(moref) +
        QByteArrayLiteral("</obj><skip>false</skip></objectSet></specSet><options/></RetrievePropertiesEx>");
    return body;
}

SnapshotInfo toSnapshot(const Value& tree)
{
    SnapshotInfo snapshot;
    snapshot.moref = tree.childText(QLatin1String("snapshot"));
    snapshot.name = tree.childText(QLatin1String("name"));
    snapshot.description = tree.childText(QLatin1String("description"));
    snapshot.created = QDateTime::fromString(tree.childText(QLatin1String("createTime")), Qt::ISODateWithMs);
    for (const Value& child : tree.children)
        if (child.name == QLatin1String("childSnapshotList"))
            snapshot.children.append(toSnapshot(child));
    return snapshot;
}

// The task's answer to waitForTask, or nullopt while it runs.
std::optional<Result<QString>> taskOutcome(const ObjectProperties& task)
{
    const QString state = task.properties.value(QStringLiteral("info.state")).text;
    if (state == QLatin1String("success"))
        return Result<QString>(task.properties.value(QStringLiteral("info.result")).text);
    if (state == QLatin1String("error")) {
        const Value error = task.properties.value(QStringLiteral("info.error"));
        QString message = error.childText(QLatin1String("localizedMessage"));
        const Value* fault = error.child(QLatin1String("fault"));
        const QString faultType = fault ? fault->type : QString();
        if (message.isEmpty())
            message = faultType;
        return Result<QString>(Error{QStringLiteral("vsphere.task_failed"),
                                     faultType.isEmpty() || message.contains(faultType)
                                         ? message
                                         : QStringLiteral("%1 (%2)").arg(message, faultType)});
    }
    if (state == QLatin1String("queued") || state == QLatin1String("running"))
        return std::nullopt;
    return Result<QString>(malformed(Text::tr("task")));
}

} // namespace

std::optional<DatastorePath> DatastorePath::parse(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\[([^\\]]+)\\] ?(.*)$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch() || match.captured(1).isEmpty())
        return std::nullopt;
    return DatastorePath{match.captured(1), match.captured(2)};
}

int networkTimeoutMs()
{
    const int seconds = qEnvironmentVariableIntValue("LIFEBOAT_NETWORK_TIMEOUT");
    return (seconds > 0 ? seconds : 120) * 1000;
}

QString flatFileOf(const QString& descriptor)
{
    if (!descriptor.endsWith(QLatin1String(".vmdk")))
        return {};
    return descriptor.chopped(5) + QStringLiteral("-flat.vmdk");
}

Result<QVector<VirtualDiskInfo>> parseDeviceReply(const QByteArray& reply)
{
    QVector<VirtualMachineInfo> holders;
    // The device list reads the same for a VM and a snapshot; reuse the VM reader.
    if (auto token = parseVirtualMachines(reply, holders); !token)
        return token.error();
    if (holders.size() != 1)
        return malformed(Text::tr("device"));
    return holders.front().disks;
}

Result<QVector<SnapshotInfo>> parseSnapshotTree(const QByteArray& reply)
{
    const auto objects = parseObjects(reply);
    if (!objects)
        return malformed(Text::tr("snapshot"));
    QVector<SnapshotInfo> roots;
    for (const ObjectProperties& object : *objects) {
        const Value list = object.properties.value(QStringLiteral("snapshot.rootSnapshotList"));
        for (const Value& tree : list.children)
            roots.append(toSnapshot(tree));
    }
    return roots;
}

Result<ChangedAreasPage> parseChangedAreas(const QByteArray& reply)
{
    QXmlStreamReader reader(reply);
    ChangedAreasPage page;
    bool sawReturn = false;
    qint64 start = -1, length = -1;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != kVimNamespace)
            continue;
        if (reader.name() != QLatin1String("returnval"))
            continue;
        sawReturn = true;
        while (reader.readNextStartElement()) {
            bool ok = true;
            if (reader.name() == QLatin1String("startOffset")) {
                start = reader.readElementText().toLongLong(&ok);
            } else if (reader.name() == QLatin1String("length")) {
                length = reader.readElementText().toLongLong(&ok);
            } else if (reader.name() == QLatin1String("changedArea")) {
                DiskArea area{-1, -1};
                while (reader.readNextStartElement()) {
                    bool numberOk = true;
                    if (reader.name() == QLatin1String("start"))
                        area.offset = reader.readElementText().toLongLong(&numberOk);
                    else if (reader.name() == QLatin1String("length"))
                        area.length = reader.readElementText().toLongLong(&numberOk);
                    else
                        reader.skipCurrentElement();
                    if (!numberOk)
                        return malformed(Text::tr("changed-block"));
                }
                if (area.offset < 0 || area.length <= 0)
                    return malformed(Text::tr("changed-block"));
                page.areas.append(area);
            } else {
                reader.skipCurrentElement();
            }
            if (!ok)
                return malformed(Text::tr("changed-block"));
        }
    }
    // A reply that covers nothing would make the caller ask again forever.
    if (reader.hasError() || !sawReturn || start < 0 || length <= 0)
        return malformed(Text::tr("changed-block"));
    page.coveredUntil = start + length;
    return page;
}

void VsphereClient::retrieveProperties(const char* type, const QString& moref, const QStringList& paths,
                                       std::function<void(Result<QByteArray>)> done)
{
    call(QStringLiteral("RetrievePropertiesEx"),
         propertiesRequest(m_content.propertyCollector, type, moref, paths), std::move(done));
}

void VsphereClient::waitForTask(const QString& task, std::function<void(Result<QString>)> done)
{
    pollTask(task, 0, std::move(done));
}

void VsphereClient::pollTask(const QString& task, int delayMs, std::function<void(Result<QString>)> done)
{
    QTimer::singleShot(delayMs, this, [this, task, delayMs, done = std::move(done)]() mutable {
        retrieveProperties(
            "Task", task,
            {QStringLiteral("info.state"), QStringLiteral("info.result"), QStringLiteral("info.error")},
            [this, task, delayMs, done = std::move(done)](Result<QByteArray> reply) mutable {
                if (!reply)
                    return done(reply.error());
                const auto objects = parseObjects(*reply);
                if (!objects || objects->size() != 1)
                    return done(malformed(Text::tr("task")));
                if (auto outcome = taskOutcome(objects->front()))
                    return done(std::move(*outcome));
                // Snapshots of busy VMs take minutes: back off to one poll every 2 s.
                pollTask(task, std::clamp(delayMs * 2, 200, 2000), std::move(done));
            });
    });
}

void VsphereClient::runTask(const QString& method, const QByteArray& body,
                            std::function<void(Result<QString>)> done)
{
    call(method, body, [this, method, done = std::move(done)](Result<QByteArray> reply) mutable {
        if (!reply)
            return done(reply.error());
        const QString task =
            soap::firstTexts(*reply, {QStringLiteral("returnval")}).value(QStringLiteral("returnval"));
        if (task.isEmpty())
            return done(malformed(method));
        waitForTask(task, std::move(done));
    });
}

void VsphereClient::rename(const QString& type, const QString& moref, const QString& newName,
                           std::function<void(Status)> done)
{
    const QByteArray body = QByteArrayLiteral("<Rename_Task>") + self(type.toLatin1().constData(), moref) +
                            QByteArrayLiteral("<newName>") + escaped(newName) +
                            QByteArrayLiteral("</newName></Rename_Task>");
    runTask(QStringLiteral("Rename_Task"), body, [done = std::move(done)](Result<QString> result) {
        done(result ? success() : Status(result.error()));
    });
}

void VsphereClient::destroy(const QString& type, const QString& moref, std::function<void(Status)> done)
{
    const QByteArray body = QByteArrayLiteral("<Destroy_Task>") + self(type.toLatin1().constData(), moref) +
                            QByteArrayLiteral("</Destroy_Task>");
    runTask(QStringLiteral("Destroy_Task"), body, [done = std::move(done)](Result<QString> result) {
        done(result ? success() : Status(result.error()));
    });
}

void VsphereClient::enableChangeTracking(const QString& vm, std::function<void(Status)> done)
{
    const QByteArray body =
        QByteArrayLiteral("<ReconfigVM_Task>") + self("VirtualMachine", vm) +
        QByteArrayLiteral("<spec><changeTrackingEnabled>true</changeTrackingEnabled></spec>"
                          "</ReconfigVM_Task>");
    runTask(QStringLiteral("ReconfigVM_Task"), body, [done = std::move(done)](Result<QString> result) {
        done(result ? success() : Status(result.error()));
    });
}

void VsphereClient::createSnapshot(const QString& vm, const QString& name, const QString& description,
                                   bool quiesce, std::function<void(Result<QString>)> done)
{
    const QByteArray body = QByteArrayLiteral("<CreateSnapshot_Task>") + self("VirtualMachine", vm) +
                            QByteArrayLiteral("<name>") + escaped(name) +
                            QByteArrayLiteral("</name><description>") + escaped(description) +
                            QByteArrayLiteral("</description><memory>false</memory><quiesce>") +
                            (quiesce ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) +
                            QByteArrayLiteral("</quiesce></CreateSnapshot_Task>");
    runTask(QStringLiteral("CreateSnapshot_Task"), body, [done = std::move(done)](Result<QString> snapshot) {
        if (snapshot && snapshot->isEmpty())
            return done(malformed(Text::tr("snapshot")));
        done(std::move(snapshot));
    });
}

void VsphereClient::removeSnapshot(const QString& snapshot, std::function<void(Status)> done)
{
    const QByteArray body =
        QByteArrayLiteral("<RemoveSnapshot_Task>") + self("VirtualMachineSnapshot", snapshot) +
        QByteArrayLiteral("<removeChildren>false</removeChildren><consolidate>true</consolidate>"
                          "</RemoveSnapshot_Task>");
    runTask(QStringLiteral("RemoveSnapshot_Task"), body, [done = std::move(done)](Result<QString> result) {
        done(result ? success() : Status(result.error()));
    });
}

void VsphereClient::listSnapshots(const QString& vm, std::function<void(Result<QVector<SnapshotInfo>>)> done)
{
    retrieveProperties("VirtualMachine", vm, {QStringLiteral("snapshot.rootSnapshotList")},
                       [done = std::move(done)](Result<QByteArray> reply) {
                           if (!reply)
                               return done(reply.error());
                           done(parseSnapshotTree(*reply));
                       });
}

void VsphereClient::snapshotDisks(const QString& snapshot,
                                  std::function<void(Result<QVector<VirtualDiskInfo>>)> done)
{
    deviceDisks("VirtualMachineSnapshot", snapshot, std::move(done));
}

void VsphereClient::deviceDisks(const char* type, const QString& moref,
                                std::function<void(Result<QVector<VirtualDiskInfo>>)> done)
{
    retrieveProperties(type, moref, {QStringLiteral("config.hardware.device")},
                       [done = std::move(done)](Result<QByteArray> reply) {
                           if (!reply)
                               return done(reply.error());
                           done(parseDeviceReply(*reply));
                       });
}

void VsphereClient::queryChangedDiskAreas(const QString& vm, const QString& snapshot, int deviceKey,
                                          qint64 capacity, const QString& changeId,
                                          std::function<void(Result<QVector<DiskArea>>)> done)
{
    collectChangedAreas(vm, snapshot, deviceKey, capacity, changeId, 0, {}, std::move(done));
}

void VsphereClient::collectChangedAreas(const QString& vm, const QString& snapshot, int deviceKey,
                                        qint64 capacity, const QString& changeId, qint64 from,
                                        QVector<DiskArea> found,
                                        std::function<void(Result<QVector<DiskArea>>)> done)
{
    const QByteArray body = QByteArrayLiteral("<QueryChangedDiskAreas>") + self("VirtualMachine", vm) +
                            QByteArrayLiteral("<snapshot type=\"VirtualMachineSnapshot\">") +
                            escaped(snapshot) + QByteArrayLiteral("</snapshot><deviceKey>") +
                            QByteArray::number(deviceKey) + QByteArrayLiteral("</deviceKey><startOffset>") +
                            QByteArray::number(from) + QByteArrayLiteral("</startOffset><changeId>") +
                            escaped(changeId) + QByteArrayLiteral("</changeId></QueryChangedDiskAreas>");
    call(QStringLiteral("QueryChangedDiskAreas"), body,
         [=, this, found = std::move(found), done = std::move(done)](Result<QByteArray> reply) mutable {
             if (!reply)
                 return done(reply.error());
             auto page = parseChangedAreas(*reply);
             if (!page)
                 return done(page.error());
             // Each reply covers a span from the requested offset; the server decides how far.
             if (page->coveredUntil <= from)
                 return done(malformed(Text::tr("changed-block")));
             for (const DiskArea& area : page->areas) {
                 if (area.offset < from || area.offset + area.length > capacity)
                     return done(Error{QStringLiteral("vsphere.malformed"),
                                       Text::tr("The server reported a changed area outside the disk.")});
                 found.append(area);
             }
             if (page->coveredUntil >= capacity)
                 return done(std::move(found));
             collectChangedAreas(vm, snapshot, deviceKey, capacity, changeId, page->coveredUntil,
                                 std::move(found), std::move(done));
         });
}

QUrl VsphereClient::datastoreFileUrl(const QString& datacenter, const QString& datastorePath) const
{
    const auto parsed = DatastorePath::parse(datastorePath);
    if (!parsed)
        return {};
    QUrl url = m_url;
    url.setPath(QStringLiteral("/folder/") + parsed->path);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("dcPath"), QString::fromLatin1(QUrl::toPercentEncoding(datacenter)));
    query.addQueryItem(QStringLiteral("dsName"),
                       QString::fromLatin1(QUrl::toPercentEncoding(parsed->datastore)));
    url.setQuery(query);
    return url;
}

QByteArray VsphereClient::sessionCookie() const
{
    QByteArray header;
    for (const QNetworkCookie& cookie : m_network.cookieJar()->cookiesForUrl(m_url)) {
        if (!header.isEmpty())
            header += "; ";
        header += cookie.toRawForm(QNetworkCookie::NameAndValueOnly);
    }
    return header;
}

void VsphereClient::downloadDatastoreFile(const QString& datacenter, const QString& datastorePath,
                                          qint64 maxBytes, std::function<void(Result<QByteArray>)> done)
{
    const QUrl url = datastoreFileUrl(datacenter, datastorePath);
    if (!url.isValid() || datacenter.isEmpty())
        return done(Error{QStringLiteral("vsphere.bad_path"),
                          Text::tr("%1 is not a datastore path.").arg(datastorePath)});
    QNetworkRequest request(url);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64) {
        if (received > maxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, datastorePath, maxBytes, done = std::move(done)] {
                reply->deleteLater();
                const QByteArray data = reply->readAll();
                if (data.size() > maxBytes || reply->bytesAvailable() > 0)
                    return done(
                        Error{QStringLiteral("vsphere.file_too_large"),
                              Text::tr("%1 is larger than %2 bytes.").arg(datastorePath).arg(maxBytes)});
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->error() == QNetworkReply::NoError && status == 200)
                    return done(data);
                if (status == 404)
                    return done(Error{QStringLiteral("vsphere.file_not_found"),
                                      Text::tr("The datastore has no file %1.").arg(datastorePath)});
                done(networkError(reply, data));
            });
}

void VsphereClient::resolveDatacenters(QVector<VirtualMachineInfo> vms,
                                       std::function<void(Result<QVector<VirtualMachineInfo>>)> done)
{
    const QByteArray body = QByteArrayLiteral("<CreateContainerView>") +
                            self("ViewManager", m_content.viewManager) +
                            QByteArrayLiteral("<container type=\"Folder\">") + escaped(m_content.rootFolder) +
                            QByteArrayLiteral("</container><type>Datacenter</type><recursive>true</recursive>"
                                              "</CreateContainerView>");
    call(QStringLiteral("CreateContainerView"), body,
         [this, vms = std::move(vms), done = std::move(done)](Result<QByteArray> reply) mutable {
             if (!reply)
                 return done(reply.error());
             const QString view =
                 soap::firstTexts(*reply, {QStringLiteral("returnval")}).value(QStringLiteral("returnval"));
             if (view.isEmpty())
                 return done(malformed(Text::tr("inventory")));
             const QByteArray request =
                 QByteArrayLiteral("<RetrievePropertiesEx>") +
                 self("PropertyCollector", m_content.propertyCollector) +
                 QByteArrayLiteral(
                     "<specSet><propSet><type>Datacenter</type><pathSet>name</pathSet>"
                     "<pathSet>datastore</pathSet></propSet><objectSet><obj type=\"ContainerView\">") +
                 escaped(view) +
                 QByteArrayLiteral(
                     "</obj><skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
                     "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
                     "</objectSet></specSet><options/></RetrievePropertiesEx>");
             call(QStringLiteral("RetrievePropertiesEx"), request,
                  [this, view, vms = std::move(vms),
                   done = std::move(done)](Result<QByteArray> properties) mutable {
                      call(QStringLiteral("DestroyView"),
                           QByteArrayLiteral("<DestroyView>") + self("ContainerView", view) +
                               QByteArrayLiteral("</DestroyView>"),
                           [](Result<QByteArray>) {});
                      if (!properties)
                          return done(properties.error());
                      const auto datacenters = parseObjects(*properties);
                      if (!datacenters)
                          return done(malformed(Text::tr("inventory")));
                      QHash<QString, QString> datacenterOfDatastore;
                      for (const ObjectProperties& datacenter : *datacenters) {
                          const QString name = datacenter.properties.value(QStringLiteral("name")).text;
                          for (const Value& store :
                               datacenter.properties.value(QStringLiteral("datastore")).children)
                              datacenterOfDatastore.insert(store.text, name);
                      }
                      for (VirtualMachineInfo& vm : vms)
                          for (const QString& store : vm.datastores)
                              if (vm.datacenter.isEmpty())
                                  vm.datacenter = datacenterOfDatastore.value(store);
                      done(std::move(vms));
                  });
         });
}

} // namespace lifeboat::vsphere
