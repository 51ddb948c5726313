#include "catalog/Catalog.h"
#include "tenants/Tenants.h"
#include "vsphere/Inventory.h"
#include "vsphere/InventoryCache.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::vsphere;
using namespace lifeboat::tenants;

namespace {
Inventory sampleInventory()
{
    QFile file(QStringLiteral(LIFEBOAT_TEST_DATA "/vsphere-inventory.xml"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data");
    Inventory inventory;
    auto token = parseInventoryObjects(file.readAll(), inventory.objects);
    if (!token || !token->isEmpty())
        qFatal("inventory test data did not parse");
    for (const char* moref : {"vm-40", "vm-41", "vm-42"}) {
        VirtualMachineInfo vm;
        vm.moref = QString::fromLatin1(moref);
        inventory.vms.append(vm);
    }
    return inventory;
}
} // namespace

// Containment as vCenter nests VMs (folders, resource pools, vApps), parsed from a
// vCenter-shaped reply, and the scope checks built on it.
class TestScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void vmsAreFoundThroughFoldersPoolsAndVApps()
    {
        const Inventory inventory = sampleInventory();
        QCOMPARE(inventory.object(QStringLiteral("resgroup-v30"))->type, QStringLiteral("VirtualApp"));
        QCOMPARE(inventory.object(QStringLiteral("resgroup-v30"))->name,
                 QStringLiteral("app1")); // merged twice
        QVERIFY(inventory.contains(QStringLiteral("group-v11"), QStringLiteral("vm-40")));
        QVERIFY(!inventory.contains(QStringLiteral("group-v11"), QStringLiteral("vm-41")));
        QVERIFY(inventory.contains(QStringLiteral("resgroup-20"), QStringLiteral("vm-41")));
        QVERIFY(inventory.contains(QStringLiteral("resgroup-8"), QStringLiteral("vm-41"))); // nested pools
        QVERIFY(!inventory.contains(QStringLiteral("resgroup-20"), QStringLiteral("vm-40")));
        QVERIFY(inventory.contains(QStringLiteral("resgroup-v30"), QStringLiteral("vm-42")));
        QVERIFY(
            inventory.contains(QStringLiteral("group-v3"), QStringLiteral("vm-42"))); // via the vApp's folder
        QVERIFY(!inventory.contains(QStringLiteral("group-v10"), QStringLiteral("vm-42")));
        QCOMPARE(inventory.vmsIn(QStringLiteral("group-v10")), QStringList{QStringLiteral("vm-40")});
        QCOMPARE(inventory.vmsIn(QStringLiteral("datacenter-2")).size(), 3);
        QCOMPARE(inventory.path(QStringLiteral("vm-40")), QStringLiteral("DC0/vm/Tenants/tenant-a/a1"));
        QCOMPARE(inventory.path(QStringLiteral("group-v11")), QStringLiteral("DC0/vm/Tenants/tenant-a"));
    }

    void aCyclicReplyDoesNotHang()
    {
        Inventory inventory;
        inventory.objects.insert(QStringLiteral("a"), {QStringLiteral("a"),
                                                       QStringLiteral("Folder"),
                                                       QStringLiteral("a"),
                                                       QStringLiteral("b"),
                                                       {},
                                                       {},
                                                       {}});
        inventory.objects.insert(QStringLiteral("b"), {QStringLiteral("b"),
                                                       QStringLiteral("Folder"),
                                                       QStringLiteral("b"),
                                                       QStringLiteral("a"),
                                                       {},
                                                       {},
                                                       {}});
        QVERIFY(!inventory.contains(QStringLiteral("x"), QStringLiteral("a")));
        QVERIFY(!inventory.path(QStringLiteral("a")).isEmpty());
    }

    void tenantsSeeOnlyTheirScopeOnTheirEndpoint()
    {
        const Inventory inventory = sampleInventory();
        Tenant a;
        a.account = QStringLiteral("CORP\\tenant-a");
        a.scopes = {{1, QStringLiteral("folder"), QStringLiteral("group-v11")},
                    {1, QStringLiteral("vm"), QStringLiteral("vm-42")}};
        const Caller caller = Caller::tenant(a);
        QVERIFY(!caller.isAdministrator());
        QCOMPARE(caller.tenantName(), QStringLiteral("CORP\\tenant-a"));
        QVERIFY(caller.mayAccess(1, inventory, QStringLiteral("vm-40")));
        QVERIFY(caller.mayAccess(1, inventory, QStringLiteral("vm-42")));
        QVERIFY(!caller.mayAccess(1, inventory, QStringLiteral("vm-41")));
        QVERIFY(!caller.mayAccess(2, inventory, QStringLiteral("vm-40")));    // the same moref elsewhere
        QVERIFY(!caller.mayAccess(1, inventory, QStringLiteral("group-v3"))); // the folder above the scope
        QCOMPARE(caller.checkAccess(1, inventory, QStringLiteral("vm-41")).error().code,
                 QStringLiteral("scope.denied"));

        const Caller admin = Caller::administrator(QStringLiteral("CORP\\admin"));
        QVERIFY(admin.mayAccess(2, inventory, QStringLiteral("vm-41")));
        QVERIFY(admin.tenantName().isEmpty());
    }

    void tagScopesFollowTheTaggedObjects()
    {
        const Inventory inventory = sampleInventory();
        Tenant tagged;
        tagged.account = QStringLiteral("CORP\\tagged");
        tagged.scopes = {{1, QStringLiteral("tag"), QStringLiteral("gold")}};
        Caller caller = Caller::tenant(tagged);
        QCOMPARE(caller.tagNames(1), QStringList{QStringLiteral("gold")});
        QVERIFY(caller.tagNames(2).isEmpty());
        QVERIFY(!caller.mayAccess(1, inventory, QStringLiteral("vm-40"))); // not resolved yet: nothing
        // The tag sits on a VM and on a resource pool: both the VM and the pool's VMs are in scope.
        caller.setTagMembers(QStringLiteral("gold"),
                             {QStringLiteral("vm-42"), QStringLiteral("resgroup-20")});
        QVERIFY(caller.mayAccess(1, inventory, QStringLiteral("vm-42")));
        QVERIFY(caller.mayAccess(1, inventory, QStringLiteral("vm-41")));
        QVERIFY(!caller.mayAccess(1, inventory, QStringLiteral("vm-40")));
        QVERIFY(!caller.mayAccess(2, inventory, QStringLiteral("vm-42")));
    }

    void accountsDecideWhoIsWho()
    {
        QTemporaryDir dir;
        catalog::Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.open());
        {
            TenantStore store(catalog);
            // Single-user mode until the first account exists.
            QVERIFY(store.callerFor(QStringLiteral("anyone"))->isAdministrator());
            Tenant admin;
            admin.account = QStringLiteral("CORP\\admin");
            admin.admin = true;
            QVERIFY(store.save(admin));
            Tenant tenant;
            tenant.account = QStringLiteral("CORP\\tenant-a");
            tenant.quotaBytes = 1000;
            tenant.repository = dir.filePath(QStringLiteral("repo"));
            tenant.scopes = {{0, QStringLiteral("folder"), QStringLiteral("group-v11")}};
            QCOMPARE(store.save(tenant).error().code,
                     QStringLiteral("catalog.query_failed")); // no endpoint 0
            catalog::EndpointRecord endpoint;
            endpoint.kind = QStringLiteral("vsphere");
            endpoint.url = QStringLiteral("https://vc/sdk");
            QVERIFY(catalog.saveEndpoint(endpoint));
            tenant.scopes[0].endpointId = catalog.endpoints()->front().id;
            QVERIFY(store.save(tenant));

            QCOMPARE(store.callerFor(QStringLiteral("anyone")).error().code,
                     QStringLiteral("scope.unknown_account"));
            QVERIFY(store.callerFor(QStringLiteral("corp\\ADMIN"))->isAdministrator()); // case-insensitive
            auto caller = store.callerFor(QStringLiteral("CORP\\tenant-a"));
            QVERIFY(caller && !caller->isAdministrator());
            QCOMPARE(*caller->tenantRecord()->quotaBytes, Q_INT64_C(1000));
            QCOMPARE(caller->tenantRecord()->repository, tenant.repository);
            QCOMPARE(caller->tenantRecord()->scopes.size(), 1);

            QVERIFY(store.remove(QStringLiteral("CORP\\tenant-a")));
            QCOMPARE(store.callerFor(QStringLiteral("CORP\\tenant-a")).error().code,
                     QStringLiteral("scope.unknown_account"));
        }
        catalog.closeConnection();
    }

    void inventoryCacheKeepsTheTreeAndCountsChanges()
    {
        QTemporaryDir dir;
        catalog::Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(catalog.open());
        {
            catalog::EndpointRecord endpoint;
            endpoint.kind = QStringLiteral("vsphere");
            endpoint.url = QStringLiteral("https://vc/sdk");
            QVERIFY(catalog.saveEndpoint(endpoint));
            const qint64 id = catalog.endpoints()->front().id;
            InventoryCache cache(catalog);
            QVERIFY(cache.load(id)->first.objects.isEmpty()); // never read

            Inventory inventory = sampleInventory();
            inventory.vms[0].name = QStringLiteral("a1");
            inventory.vms[0].disks = {
                VirtualDiskInfo{2000, 1000, 1 << 30, QStringLiteral("[ds] a1/a1.vmdk"), {}, 0, QStringLiteral("ParaVirtualSCSIController"), 0}};
            auto first = cache.store(id, inventory);
            QVERIFY(first);
            QCOMPARE(first->added, static_cast<int>(inventory.objects.size()));
            QCOMPARE(cache.store(id, inventory)->added + cache.store(id, inventory)->changed,
                     0); // nothing new

            inventory.objects.remove(QStringLiteral("vm-42"));
            inventory.vms.removeLast();
            inventory.objects[QStringLiteral("group-v11")].name = QStringLiteral("tenant-a-renamed");
            auto second = cache.store(id, inventory);
            QCOMPARE(second->removed, 1);
            QCOMPARE(second->changed, 1);
            QCOMPARE(second->added, 0);

            auto loaded = cache.load(id);
            QVERIFY(loaded);
            QVERIFY(loaded->second.isValid());
            QCOMPARE(loaded->first.objects.size(), inventory.objects.size());
            QCOMPARE(loaded->first.path(QStringLiteral("vm-40")),
                     QStringLiteral("DC0/vm/Tenants/tenant-a-renamed/a1"));
            QVERIFY(loaded->first.contains(QStringLiteral("resgroup-20"), QStringLiteral("vm-41")));
            const VirtualMachineInfo* vm = loaded->first.vm(QStringLiteral("vm-40"));
            QVERIFY(vm);
            QCOMPARE(vm->disks.size(), 1);
            QCOMPARE(vm->disks[0].capacityBytes, Q_INT64_C(1) << 30);
            QCOMPARE(vm->disks[0].fileName, QStringLiteral("[ds] a1/a1.vmdk"));
        }
        catalog.closeConnection();
    }
};

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
