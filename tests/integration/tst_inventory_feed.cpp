// The inventory kept current through WaitForUpdatesEx against the lab's vcsim: one
// incremental refresh shows a power change, a rename, a new and a deleted VM, transfers only
// those objects, and ends equal to a full re-read; a lost session falls back to reading it all.
#include "vsphere/Inventory.h"
#include "vsphere/InventoryFeed.h"
#include "vsphere/VsphereClient.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::vsphere;

namespace {

template <typename R, typename Call> R await(Call call)
{
    std::optional<R> result;
    call([&](R value) { result.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 60000))
        qFatal("no answer from the vSphere client within 60 s");
    return std::move(*result);
}

QString describe(const InventoryObject& o)
{
    return QStringList{o.type, o.name, o.parent, o.resourcePool, o.parentVApp, o.parentFolder}.join(
        QLatin1Char('|'));
}

QString describe(const VirtualMachineInfo& vm)
{
    QStringList disks;
    for (const auto& disk : vm.disks)
        disks << QStringLiteral("%1:%2:%3:%4:%5:%6")
                     .arg(disk.key)
                     .arg(disk.fileName)
                     .arg(disk.capacityBytes)
                     .arg(disk.controllerType)
                     .arg(disk.controllerBus)
                     .arg(disk.unitNumber);
    return QStringList{vm.name,
                       vm.powerState,
                       vm.instanceUuid,
                       vm.guestFullName,
                       vm.vmPathName,
                       vm.datacenter,
                       vm.guestIp,
                       vm.changeTrackingEnabled ? QStringLiteral("cbt") : QStringLiteral("-"),
                       vm.datastores.join(QLatin1Char(',')),
                       disks.join(QLatin1Char(','))}
        .join(QLatin1Char('|'));
}

// Empty when both hold the same objects and VMs with the same details; else the first difference.
QString difference(const Inventory& kept, const Inventory& read)
{
    if (kept.objects.size() != read.objects.size())
        return QStringLiteral("%1 objects kept, %2 read").arg(kept.objects.size()).arg(read.objects.size());
    for (const InventoryObject& object : read.objects) {
        const InventoryObject* other = kept.object(object.moref);
        if (!other)
            return QStringLiteral("%1 missing").arg(object.moref);
        if (describe(*other) != describe(object))
            return QStringLiteral("%1: kept %2, read %3")
                .arg(object.moref, describe(*other), describe(object));
    }
    if (kept.vms.size() != read.vms.size())
        return QStringLiteral("%1 VMs kept, %2 read").arg(kept.vms.size()).arg(read.vms.size());
    for (const VirtualMachineInfo& vm : read.vms) {
        const VirtualMachineInfo* other = kept.vm(vm.moref);
        if (!other)
            return QStringLiteral("VM %1 missing").arg(vm.moref);
        if (describe(*other) != describe(vm))
            return QStringLiteral("VM %1: kept %2, read %3").arg(vm.moref, describe(*other), describe(vm));
    }
    return {};
}

} // namespace

class TestInventoryFeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString labJson = qEnvironmentVariable("LIFEBOAT_LAB_JSON");
        if (labJson.isEmpty()) {
            QVERIFY(m_labDir.isValid());
            m_ownLab = true;
            QProcess lab;
            lab.setProcessEnvironment(labEnvironment());
            lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"),
                      {QStringLiteral("start"), QStringLiteral("--no-seed")});
            QVERIFY(lab.waitForFinished(300000));
            QVERIFY2(lab.exitCode() == 0, lab.readAllStandardError().constData());
            labJson = m_labDir.filePath(QStringLiteral("lab.json"));
        }
        QFile file(labJson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject lab = QJsonDocument::fromJson(file.readAll()).object();
        m_url = QUrl(lab.value(QStringLiteral("url")).toString());
        m_thumbprint = lab.value(QStringLiteral("thumbprint_sha256")).toString();
        m_user = lab.value(QStringLiteral("user")).toString();
        m_password = lab.value(QStringLiteral("password")).toString();
        m_datastore = lab.value(QStringLiteral("datastore")).toString();
        QVERIFY(m_url.isValid() && !m_password.isEmpty() && !m_datastore.isEmpty());
        // Another session makes the changes, as another administrator would.
        m_admin = std::make_unique<VsphereClient>(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { m_admin->retrieveServiceContent(done); }));
        QVERIFY(await<Result<UserSession>>([&](auto done) { m_admin->login(m_user, m_password, done); }));
    }

    void cleanupTestCase()
    {
        m_feed.reset();
        m_admin.reset();
        if (!m_ownLab)
            return;
        QProcess lab;
        lab.setProcessEnvironment(labEnvironment());
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"), {QStringLiteral("stop")});
        lab.waitForFinished(60000);
    }

    void firstRefreshReadsEverythingLikeAFullRead()
    {
        auto opened = await<Result<std::shared_ptr<InventoryFeed>>>(
            [&](auto done) { InventoryFeed::open(m_url, m_thumbprint, m_user, m_password, done); });
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        m_feed = *opened;
        auto inventory = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().message));
        const InventoryFeed::Stats first = m_feed->lastRefresh();
        QVERIFY(!first.incremental);
        QVERIFY(m_feed->isStarted());
        QCOMPARE(first.objects, inventory->objects.size());
        QCOMPARE(first.entered, first.objects);
        QVERIFY(inventory->vms.size() >= 4);
        const Inventory full = fullRead();
        QCOMPARE(difference(*inventory, full), QString());
        m_fullObjects = first.objects;
        m_fullBytes = first.replyBytes;
        qInfo("first refresh: %d objects, %lld bytes", first.objects, first.replyBytes);

        // Nothing changed: nothing comes.
        auto again = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY(again);
        QVERIFY(m_feed->lastRefresh().incremental);
        QCOMPARE(m_feed->lastRefresh().objects, 0);
        QCOMPARE(difference(*again, full), QString());
    }

    void oneIncrementalRefreshShowsEachChange()
    {
        QVERIFY(m_feed);
        const Inventory before = fullRead();
        QVERIFY(before.vms.size() >= 4);
        const VirtualMachineInfo toggled = before.vms.at(0);
        const VirtualMachineInfo renamed = before.vms.at(1);
        const VirtualMachineInfo deleted = before.vms.at(2);
        const InventoryObject* placement = before.object(toggled.moref);
        QVERIFY(placement && !placement->parent.isEmpty() && !placement->resourcePool.isEmpty());
        const bool wasOn = toggled.powerState == QLatin1String("poweredOn");
        QVERIFY(await<Status>([&](auto done) {
            wasOn ? m_admin->powerOff(toggled.moref, done) : m_admin->powerOn(toggled.moref, done);
        }));
        const QString newName = renamed.name + QStringLiteral(" (renamed)");
        QVERIFY(await<Status>([&](auto done) {
            m_admin->rename(QStringLiteral("VirtualMachine"), renamed.moref, newName, done);
        }));
        const QByteArray spec = QByteArrayLiteral("<name>feed-created</name><guestId>otherGuest</guestId>"
                                                  "<files><vmPathName>[") +
                                m_datastore.toUtf8() +
                                QByteArrayLiteral("]</vmPathName></files><numCPUs>1</numCPUs>"
                                                  "<memoryMB>32</memoryMB>");
        auto created = await<Result<QString>>([&](auto done) {
            m_admin->createVm(placement->parent, placement->resourcePool, {}, {}, spec, done);
        });
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        if (deleted.powerState == QLatin1String("poweredOn"))
            QVERIFY(await<Status>([&](auto done) { m_admin->powerOff(deleted.moref, done); }));
        QVERIFY(await<Status>(
            [&](auto done) { m_admin->destroy(QStringLiteral("VirtualMachine"), deleted.moref, done); }));

        auto inventory = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().message));
        const InventoryFeed::Stats stats = m_feed->lastRefresh();
        QVERIFY(stats.incremental);
        QVERIFY(inventory->vm(toggled.moref));
        QCOMPARE(inventory->vm(toggled.moref)->powerState,
                 wasOn ? QStringLiteral("poweredOff") : QStringLiteral("poweredOn"));
        QVERIFY(inventory->vm(renamed.moref));
        QCOMPARE(inventory->vm(renamed.moref)->name, newName);
        QCOMPARE(inventory->object(renamed.moref)->name, newName);
        QVERIFY(inventory->vm(*created));
        QCOMPARE(inventory->vm(*created)->name, QStringLiteral("feed-created"));
        QCOMPARE(inventory->path(*created).section(QLatin1Char('/'), 0, -2),
                 before.path(toggled.moref).section(QLatin1Char('/'), 0, -2));
        QVERIFY(!inventory->vm(deleted.moref));
        QVERIFY(!inventory->object(deleted.moref));
        // Only the four VMs crossed the network, not the tree. (vcsim sends one update per
        // change, e.g. three for a new VM; vCenter merges them.)
        QVERIFY2(stats.distinctObjects == 4 && stats.entered == 1 && stats.left == 1 && stats.objects <= 8,
                 qPrintable(QStringLiteral("%1 updates of %2 objects: %3 entered, %4 modified, %5 left")
                                .arg(stats.objects)
                                .arg(stats.distinctObjects)
                                .arg(stats.entered)
                                .arg(stats.modified)
                                .arg(stats.left)));
        QVERIFY2(stats.replyBytes * 3 < m_fullBytes,
                 qPrintable(
                     QStringLiteral("%1 bytes vs %2 for everything").arg(stats.replyBytes).arg(m_fullBytes)));
        qInfo("incremental refresh: %d updates of %d objects, %lld bytes (the first read: %d objects, %lld "
              "bytes)",
              stats.objects, stats.distinctObjects, stats.replyBytes, m_fullObjects, m_fullBytes);
        // And the result is what reading everything again says.
        QCOMPARE(difference(*inventory, fullRead()), QString());
    }

    void lostSessionFallsBackToAFullRead()
    {
        QVERIFY(m_feed);
        const QString key = m_feed->client().sessionKey();
        QVERIFY(await<Status>([&](auto done) { m_admin->terminateSessions({key}, done); }));
        // The client signs in again by itself; the collector of the old session is gone.
        auto lost = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY(!lost);
        QCOMPARE(lost.error().code, QStringLiteral("vsphere.feed_reset"));
        QVERIFY(!m_feed->isStarted());
        QVERIFY(m_feed->client().sessionKey() != key);
        // The caller reads everything then (ConsoleSession uses listInventory); the next
        // refresh starts a new feed on the new session.
        auto restarted = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY2(restarted, qPrintable(restarted ? QString() : restarted.error().message));
        QVERIFY(!m_feed->lastRefresh().incremental);
        QCOMPARE(difference(*restarted, fullRead()), QString());
        auto quiet = await<Result<Inventory>>([&](auto done) { m_feed->refresh(done); });
        QVERIFY(quiet && m_feed->lastRefresh().incremental);
        QCOMPARE(m_feed->lastRefresh().objects, 0);
    }

    // What vCenter sends and vcsim does not: removals, unset values, several filters, a
    // truncated set. Applied without a server.
    void vcenterShapedUpdatesApply()
    {
        const auto envelope = [](const QByteArray& returnval) -> QByteArray {
            return QByteArrayLiteral("<?xml version=\"1.0\"?><soapenv:Envelope "
                                     "xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                                     "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><soapenv:Body>"
                                     "<WaitForUpdatesExResponse xmlns=\"urn:vim25\">") +
                   returnval +
                   QByteArrayLiteral("</WaitForUpdatesExResponse></soapenv:Body></soapenv:Envelope>");
        };
        InventoryFeed::State state;
        InventoryFeed::Stats stats;
        bool truncated = true;
        QVERIFY(InventoryFeed::applyUpdates(
            envelope(
                "<returnval><version>1</version>"
                "<filterSet><filter type=\"PropertyFilter\">f-1</filter><objectSet><kind>enter</kind>"
                "<obj type=\"Datacenter\">dc-1</obj>"
                "<changeSet><name>name</name><op>assign</op><val xsi:type=\"xsd:string\">DC</val></changeSet>"
                "<changeSet><name>datastore</name><op>assign</op><val "
                "xsi:type=\"ArrayOfManagedObjectReference\">"
                "<ManagedObjectReference type=\"Datastore\">ds-1</ManagedObjectReference></val></changeSet>"
                "</objectSet></filterSet>"
                "<filterSet><filter type=\"PropertyFilter\">f-2</filter><objectSet><kind>enter</kind>"
                "<obj type=\"VirtualMachine\">vm-1</obj>"
                "<changeSet><name>name</name><op>assign</op><val xsi:type=\"xsd:string\">a &amp; "
                "b</val></changeSet>"
                "<changeSet><name>parentVApp</name><op>assign</op><val type=\"VirtualApp\" "
                "xsi:type=\"ManagedObjectReference\">resgroup-v1</val></changeSet>"
                "<changeSet><name>guest.ipAddress</name><op>assign</op><val "
                "xsi:type=\"xsd:string\">10.0.0.5</val>"
                "</changeSet>"
                "<changeSet><name>runtime.powerState</name><op>assign</op>"
                "<val xsi:type=\"VirtualMachinePowerState\">poweredOn</val></changeSet>"
                "<changeSet><name>datastore</name><op>assign</op><val "
                "xsi:type=\"ArrayOfManagedObjectReference\">"
                "<ManagedObjectReference type=\"Datastore\">ds-1</ManagedObjectReference></val></changeSet>"
                "</objectSet></filterSet><truncated>false</truncated></returnval>"),
            state, stats, truncated));
        QVERIFY(!truncated);
        QCOMPARE(state.version, QStringLiteral("1"));
        QCOMPARE(stats.entered, 2);
        QVERIFY(state.inventory.vm(QStringLiteral("vm-1")));
        QCOMPARE(state.inventory.vm(QStringLiteral("vm-1"))->name, QStringLiteral("a & b"));
        QCOMPARE(state.inventory.vm(QStringLiteral("vm-1"))->datacenter, QStringLiteral("DC"));
        QCOMPARE(state.inventory.vm(QStringLiteral("vm-1"))->guestIp, QStringLiteral("10.0.0.5"));
        QCOMPARE(state.inventory.object(QStringLiteral("vm-1"))->parentVApp, QStringLiteral("resgroup-v1"));

        // Taken out of the vApp (assign without a value), tools stopped (remove), renamed.
        stats = {};
        QVERIFY(InventoryFeed::applyUpdates(
            envelope(
                "<returnval><version>2</version><filterSet><filter type=\"PropertyFilter\">f-2</filter>"
                "<objectSet><kind>modify</kind><obj type=\"VirtualMachine\">vm-1</obj>"
                "<changeSet><name>parentVApp</name><op>assign</op></changeSet>"
                "<changeSet><name>guest.ipAddress</name><op>remove</op></changeSet>"
                "<changeSet><name>name</name><op>assign</op><val xsi:type=\"xsd:string\">c</val></changeSet>"
                "</objectSet></filterSet><truncated>true</truncated></returnval>"),
            state, stats, truncated));
        QVERIFY(truncated);
        QCOMPARE(state.version, QStringLiteral("2"));
        const VirtualMachineInfo* vm = state.inventory.vm(QStringLiteral("vm-1"));
        QVERIFY(vm);
        QCOMPARE(vm->name, QStringLiteral("c"));
        QCOMPARE(state.inventory.object(QStringLiteral("vm-1"))->name, QStringLiteral("c"));
        QVERIFY(vm->guestIp.isEmpty());
        QCOMPARE(vm->powerState, QStringLiteral("poweredOn")); // untouched
        QCOMPARE(vm->datacenter, QStringLiteral("DC"));
        QVERIFY(state.inventory.object(QStringLiteral("vm-1"))->parentVApp.isEmpty());
        QCOMPARE(stats.modified, 1);

        // Nothing new: no returnval, the version stays.
        QVERIFY(InventoryFeed::applyUpdates(envelope({}), state, stats, truncated));
        QCOMPARE(state.version, QStringLiteral("2"));

        stats = {};
        QVERIFY(InventoryFeed::applyUpdates(
            envelope("<returnval><version>3</version><filterSet><filter type=\"PropertyFilter\">f-2</filter>"
                     "<objectSet><kind>leave</kind><obj type=\"VirtualMachine\">vm-1</obj></objectSet>"
                     "</filterSet></returnval>"),
            state, stats, truncated));
        QVERIFY(!state.inventory.vm(QStringLiteral("vm-1")) &&
                !state.inventory.object(QStringLiteral("vm-1")));
        QCOMPARE(stats.left, 1);
        QVERIFY(state.inventory.object(QStringLiteral("dc-1")));

        // Not an update set at all.
        QVERIFY(!InventoryFeed::applyUpdates(QByteArrayLiteral("<html>proxy error</html>"), state, stats,
                                             truncated));
    }

private:
    QProcessEnvironment labEnvironment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_labDir.path());
        return environment;
    }

    Inventory fullRead()
    {
        auto inventory = await<Result<Inventory>>([&](auto done) { m_admin->listInventory(done); });
        if (!inventory)
            qFatal("full read failed: %s", qPrintable(inventory.error().message));
        return *inventory;
    }

    QTemporaryDir m_labDir;
    bool m_ownLab = false;
    QUrl m_url;
    QString m_thumbprint, m_user, m_password, m_datastore;
    std::unique_ptr<VsphereClient> m_admin;
    std::shared_ptr<InventoryFeed> m_feed;
    int m_fullObjects = 0;
    qint64 m_fullBytes = 0;
};

QTEST_GUILESS_MAIN(TestInventoryFeed)
#include "tst_inventory_feed.moc"
