// The VirtualMachineConfigSpec a keep restore creates a VM with, built from what the
// restore point recorded: controllers, buses, unit numbers, CPUs, memory and guest type.

#include "restore/VmConfigSpec.h"

#include <QTest>
#include <QXmlStreamReader>

using namespace lifeboat::restore;

namespace {

struct Device
{
    QString type;
    int key = 0;
    int controllerKey = 0;
    int unit = -1;
    int bus = -1;
    QString file;
};

// The devices of a spec, read back the way vCenter would read them.
QVector<Device> devicesOf(const QByteArray& spec, QString* name = nullptr, QString* guest = nullptr)
{
    QXmlStreamReader reader("<spec xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" + spec +
                            "</spec>");
    QVector<Device> devices;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("name") && name && name->isEmpty())
            *name = reader.readElementText();
        else if (reader.name() == QLatin1String("guestId") && guest)
            *guest = reader.readElementText();
        else if (reader.name() == QLatin1String("device")) {
            Device device;
            device.type = reader.attributes().value(QStringLiteral("xsi:type")).toString();
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("key"))
                    device.key = reader.readElementText().toInt();
                else if (reader.name() == QLatin1String("controllerKey"))
                    device.controllerKey = reader.readElementText().toInt();
                else if (reader.name() == QLatin1String("unitNumber"))
                    device.unit = reader.readElementText().toInt();
                else if (reader.name() == QLatin1String("busNumber"))
                    device.bus = reader.readElementText().toInt();
                else if (reader.name() == QLatin1String("backing")) {
                    while (reader.readNextStartElement())
                        if (reader.name() == QLatin1String("fileName"))
                            device.file = reader.readElementText();
                        else
                            reader.skipCurrentElement();
                } else
                    reader.skipCurrentElement();
            }
            devices.append(device);
        }
    }
    return devices;
}

} // namespace

class TestRestoreSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vmxValuesAreReadCaseInsensitively()
    {
        const auto vmx = parseVmx(
            QStringLiteral("numvcpus = \"4\"\nmemSize = \"8192\"\n# comment\nguestOS=\"debian12-64\"\n"
                           "scsi0.virtualDev = \"lsilogic\"\nbroken line\n"));
        QCOMPARE(vmx.value(QStringLiteral("numvcpus")), QStringLiteral("4"));
        QCOMPARE(vmx.value(QStringLiteral("memsize")), QStringLiteral("8192"));
        QCOMPARE(vmx.value(QStringLiteral("guestos")), QStringLiteral("debian12-64"));
        QCOMPARE(vmx.size(), 4);
    }

    void recordedControllersAndUnitsAreRebuilt()
    {
        QVector<DiskPlacement> disks{
            {1 << 30, 1000, QStringLiteral("ParaVirtualSCSIController"), 0, 0,
             QStringLiteral("[ds] a/a.vmdk")},
            {2 << 30, 1000, QStringLiteral("ParaVirtualSCSIController"), 0, 1,
             QStringLiteral("[ds] a/a_1.vmdk")},
            {1 << 30, 1001, QStringLiteral("VirtualLsiLogicSASController"), 1, 3,
             QStringLiteral("[ds] a/a_2.vmdk")},
            {1 << 30, 200, QStringLiteral("VirtualIDEController"), 0, 0, QStringLiteral("[ds] a/a_3.vmdk")},
        };
        QString name, guest;
        const auto devices =
            devicesOf(buildConfigSpec(QStringLiteral("db <&> 01"), QStringLiteral("[ds] a/a.vmx"),
                                      parseVmx(QStringLiteral("guestOS = \"debian12-64\"")), disks),
                      &name, &guest);
        QCOMPARE(name, QStringLiteral("db <&> 01")); // escaped on the way in, intact on the way out
        QCOMPARE(guest, QStringLiteral("debian12-64"));
        // Two new SCSI controllers (the IDE one exists in every VM), four disks.
        QCOMPARE(devices.size(), 6);
        QHash<int, Device> controllers;
        QVector<Device> attached;
        for (const Device& device : devices)
            (device.type == QLatin1String("VirtualDisk") ? attached.append(device)
                                                         : (void)controllers.insert(device.key, device));
        QCOMPARE(controllers.size(), 2);
        for (const Device& disk : attached) {
            QVERIFY(disk.key < 0);
            if (disk.file.endsWith(QLatin1String("a_3.vmdk"))) {
                QCOMPARE(disk.controllerKey, 200);
                continue;
            }
            QVERIFY2(controllers.contains(disk.controllerKey), qPrintable(disk.file));
            const Device& controller = controllers[disk.controllerKey];
            if (disk.file.endsWith(QLatin1String("a_2.vmdk"))) {
                QCOMPARE(controller.type, QStringLiteral("VirtualLsiLogicSASController"));
                QCOMPARE(controller.bus, 1);
                QCOMPARE(disk.unit, 3);
            } else {
                QCOMPARE(controller.type, QStringLiteral("ParaVirtualSCSIController"));
                QCOMPARE(controller.bus, 0);
                QCOMPARE(disk.unit, disk.file.endsWith(QLatin1String("a_1.vmdk")) ? 1 : 0);
            }
        }
    }

    void olderRestorePointsGetUnitsThatSkipTheController()
    {
        // Nine disks on one SCSI bus, no recorded units (an older restore point): 0-6, 8, 9.
        QVector<DiskPlacement> disks;
        for (int i = 0; i < 9; ++i)
            disks.append({1 << 20, 1000, QString(), -1, -1, QStringLiteral("[ds] b/b_%1.vmdk").arg(i)});
        QList<int> units;
        QString controllerType;
        for (const Device& device :
             devicesOf(buildConfigSpec(QStringLiteral("b"), QStringLiteral("[ds] b/b.vmx"),
                                       parseVmx(QStringLiteral("scsi0.virtualDev = \"lsilogic\"")), disks)))
            if (device.type == QLatin1String("VirtualDisk"))
                units.append(device.unit);
            else
                controllerType = device.type;
        QCOMPARE(units, (QList<int>{0, 1, 2, 3, 4, 5, 6, 8, 9}));
        QCOMPARE(controllerType, QStringLiteral("VirtualLsiLogicController")); // from the .vmx
    }

    void descriptorNamesItsFlatExtent()
    {
        const QByteArray descriptor = flatDescriptor(QStringLiteral("web01-flat.vmdk"), 24 * 1024 * 1024);
        QVERIFY(descriptor.contains("RW 49152 VMFS \"web01-flat.vmdk\""));
        QVERIFY(descriptor.startsWith("# Disk DescriptorFile"));
    }
};

QTEST_GUILESS_MAIN(TestRestoreSpec)
#include "tst_restore_spec.moc"
