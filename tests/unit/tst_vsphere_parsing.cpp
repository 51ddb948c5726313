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
};

QTEST_GUILESS_MAIN(TestVspherePaging)
#include "tst_vsphere_parsing.moc"
