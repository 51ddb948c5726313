#include "vsphere/VsphereClient.h"

#include <QFile>
#include <QTest>

using namespace lifeboat::vsphere;

namespace {
QByteArray testData(const char* name)
{
    QFile file(QStringLiteral(LIFEBOAT_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}
} // namespace

// Replies shaped like a real vCenter's, which vcsim does not produce: the xsi prefix
// instead of vcsim's XMLSchema-instance, another prefix for urn:vim25, and a paging token.
class TestVspherePaging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsPagesWithTokensAndAnyPrefix()
    {
        const QByteArray firstPage = testData("vsphere-page-1.xml");
        const QByteArray lastPage = testData("vsphere-page-2.xml");

        QVector<VirtualMachineInfo> vms;
        QCOMPARE(parseVirtualMachines(firstPage, vms).value(), QStringLiteral("0-page-2"));
        QCOMPARE(parseVirtualMachines(lastPage, vms).value(), QString());
        QCOMPARE(vms.size(), 2);
        QCOMPARE(vms[0].moref, QStringLiteral("vm-101"));
        QCOMPARE(vms[0].name, QStringLiteral("web & db"));
        QCOMPARE(vms[0].powerState, QStringLiteral("poweredOff"));
        QCOMPARE(vms[0].disks.size(), 2); // the IDE controller is not a disk
        QCOMPARE(vms[0].disks[0].key, 2000);
        QCOMPARE(vms[0].disks[0].controllerKey, 1000);
        QCOMPARE(vms[0].disks[0].capacityBytes, Q_INT64_C(42949672960));
        QCOMPARE(vms[0].disks[0].fileName, QStringLiteral("[ds 1] web/web.vmdk"));
        QCOMPARE(vms[0].disks[1].capacityBytes, Q_INT64_C(1024) * 1024); // from capacityInKB alone
        QCOMPARE(vms[1].moref, QStringLiteral("vm-102"));
        QCOMPARE(vms[1].name, QString::fromUtf8("日本語-vm"));
    }

    void malformedRepliesAreErrorsNotEmptyInventories()
    {
        QVector<VirtualMachineInfo> vms;
        for (const QByteArray& reply :
             {QByteArrayLiteral("<html>proxy error</html>"), QByteArrayLiteral("<a><b"),
              testData("vsphere-page-1.xml").left(900)}) {
            auto parsed = parseVirtualMachines(reply, vms);
            QVERIFY(!parsed);
            QCOMPARE(parsed.error().code, QStringLiteral("vsphere.malformed"));
        }
        QVERIFY(vms.isEmpty()); // nothing half-read was kept
    }

    void readsNestedSnapshotTrees()
    {
        auto roots = parseSnapshotTree(testData("vsphere-snapshot-tree.xml"));
        QVERIFY(roots);
        QCOMPARE(roots->size(), 2);
        QCOMPARE(roots->at(0).moref, QStringLiteral("snapshot-7"));
        QCOMPARE(roots->at(0).name, QStringLiteral("before upgrade"));
        QCOMPARE(roots->at(0).description, QStringLiteral("admin & friends"));
        QCOMPARE(roots->at(0).created, QDateTime(QDate(2026, 11, 1), QTime(10, 0, 0, 123), Qt::UTC));
        QCOMPARE(roots->at(0).children.size(), 1);
        QCOMPARE(roots->at(0).children[0].moref, QStringLiteral("snapshot-9"));
        QCOMPARE(roots->at(0).children[0].name, QStringLiteral("Lifeboat backup 41"));
        QCOMPARE(roots->at(1).name, QString::fromUtf8("日本語"));
        QVERIFY(roots->at(1).children.isEmpty());
    }

    void aVmWithoutSnapshotsHasAnEmptyTree()
    {
        const QByteArray reply = QByteArrayLiteral(
            "<Envelope xmlns=\"urn:vim25\"><RetrievePropertiesExResponse><returnval><objects>"
            "<obj "
            "type=\"VirtualMachine\">vm-1</obj></objects></returnval></RetrievePropertiesExResponse></"
            "Envelope>");
        auto roots = parseSnapshotTree(reply);
        QVERIFY(roots);
        QVERIFY(roots->isEmpty());
        QVERIFY(!parseSnapshotTree(QByteArrayLiteral("<html/>")));
    }

    void readsChangedAreasAndTheCoveredSpan()
    {
        auto page = parseChangedAreas(testData("vsphere-changed-areas.xml"));
        QVERIFY(page);
        QCOMPARE(page->coveredUntil, Q_INT64_C(1048576 + 4194304));
        QCOMPARE(page->areas.size(), 2);
        QCOMPARE(page->areas[0].offset, Q_INT64_C(1048576));
        QCOMPARE(page->areas[0].length, Q_INT64_C(65536));
        QCOMPARE(page->areas[1].offset, Q_INT64_C(3145728));
        QCOMPARE(page->areas[1].length, Q_INT64_C(131072));
    }

    void changedAreaRepliesThatWouldLoopOrLieAreErrors()
    {
        const QByteArray good = testData("vsphere-changed-areas.xml");
        for (const QByteArray& reply :
             {QByteArray(good).replace("<length>4194304</length>", "<length>0</length>"),
              QByteArray(good).replace("<length>65536</length>", "<length>-5</length>"),
              QByteArray(good).replace("<start>3145728</start>", "<start>x</start>"),
              QByteArray(good).replace("<startOffset>1048576</startOffset>", ""), good.left(200),
              QByteArrayLiteral("<Envelope xmlns=\"urn:vim25\"><Fault/></Envelope>")}) {
            auto page = parseChangedAreas(reply);
            QVERIFY2(!page, reply.constData());
            QCOMPARE(page.error().code, QStringLiteral("vsphere.malformed"));
        }
    }

    void snapshotDisksCarryTheirChangeIds()
    {
        auto disks = parseDeviceReply(testData("vsphere-snapshot-devices.xml"));
        QVERIFY(disks);
        QCOMPARE(disks->size(), 2);
        QCOMPARE(disks->at(0).key, 2000);
        QCOMPARE(disks->at(0).changeId,
                 QStringLiteral("52 de 2b 4a 89 0c 5f a1-1d 2e 8a 41 a5 4e 57 53/446"));
        QCOMPARE(disks->at(0).fileName, QStringLiteral("[ds 1] web/web.vmdk"));
        QCOMPARE(disks->at(1).changeId, QString()); // no CBT on this disk
        QCOMPARE(disks->at(1).capacityBytes, Q_INT64_C(1024) * 1024);
    }

    void datastorePathsSplitIntoDatastoreAndPath()
    {
        auto path = DatastorePath::parse(QStringLiteral("[ds 1] web vm/web-flat.vmdk"));
        QVERIFY(path);
        QCOMPARE(path->datastore, QStringLiteral("ds 1"));
        QCOMPARE(path->path, QStringLiteral("web vm/web-flat.vmdk"));
        QVERIFY(!DatastorePath::parse(QStringLiteral("web/web.vmdk")));
        QVERIFY(!DatastorePath::parse(QStringLiteral("[] web.vmdk")));
    }

    void datastoreUrlsEncodeNamesAndQuery()
    {
        VsphereClient client(QUrl(QStringLiteral("https://vc.example:8443/sdk")), QString());
        const QUrl url = client.datastoreFileUrl(QStringLiteral("DC & 1"),
                                                 QStringLiteral("[ds 1] web vm/disk#1-flat.vmdk"));
        QCOMPARE(url.host(), QStringLiteral("vc.example"));
        QCOMPARE(url.port(), 8443);
        QCOMPARE(url.path(), QStringLiteral("/folder/web vm/disk#1-flat.vmdk"));
        const QString encoded = QString::fromLatin1(url.toEncoded());
        QVERIFY2(encoded.contains(QLatin1String("dcPath=DC%20%26%201")), qPrintable(encoded));
        QVERIFY2(encoded.contains(QLatin1String("dsName=ds%201")), qPrintable(encoded));
        QVERIFY2(encoded.contains(QLatin1String("disk%231-flat.vmdk")), qPrintable(encoded));
        QVERIFY(!client.datastoreFileUrl(QStringLiteral("DC"), QStringLiteral("no brackets")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestVspherePaging)
#include "tst_vsphere_parsing.moc"
