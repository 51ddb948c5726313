#include "restore/VmConfigSpec.h"

#include <QRegularExpression>
#include <QSet>
#include <map>

namespace lifeboat::restore {

namespace {

QByteArray xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray element(const char* name, const QByteArray& content)
{
    return QByteArray("<") + name + '>' + content + QByteArray("</") + name + '>';
}

bool isScsi(const QString& type)
{
    return type == QLatin1String("ParaVirtualSCSIController") ||
           type == QLatin1String("VirtualLsiLogicController") ||
           type == QLatin1String("VirtualLsiLogicSASController") ||
           type == QLatin1String("VirtualBusLogicController");
}

// The controller of a disk from an older restore point, which recorded only the key.
QString guessedType(int controllerKey, int bus, const QHash<QString, QString>& vmx)
{
    if (controllerKey >= 200 && controllerKey < 300)
        return QStringLiteral("VirtualIDEController");
    if (controllerKey >= 15000 && controllerKey < 15100)
        return QStringLiteral("VirtualAHCIController");
    if (controllerKey >= 31000 && controllerKey < 31100)
        return QStringLiteral("VirtualNVMEController");
    const QString device = vmx.value(QStringLiteral("scsi%1.virtualdev").arg(bus)).toLower();
    if (device == QLatin1String("lsilogic"))
        return QStringLiteral("VirtualLsiLogicController");
    if (device == QLatin1String("lsisas1068"))
        return QStringLiteral("VirtualLsiLogicSASController");
    if (device == QLatin1String("buslogic"))
        return QStringLiteral("VirtualBusLogicController");
    return QStringLiteral("ParaVirtualSCSIController");
}

int guessedBus(int controllerKey)
{
    for (int base : {1000, 200, 15000, 31000})
        if (controllerKey >= base && controllerKey < base + 100)
            return controllerKey - base;
    return 0;
}

} // namespace

QHash<QString, QString> parseVmx(const QString& text)
{
    static const QRegularExpression line(QStringLiteral("^\\s*([^=#\\s]+)\\s*=\\s*\"(.*)\"\\s*$"));
    QHash<QString, QString> values;
    for (const QString& row : text.split(QLatin1Char('\n'))) {
        const auto match = line.match(row);
        if (match.hasMatch())
            values.insert(match.captured(1).toLower(), match.captured(2));
    }
    return values;
}

QByteArray buildConfigSpec(const QString& name, const QString& vmxPath, const QHash<QString, QString>& vmx,
                           const QVector<DiskPlacement>& disks)
{
    QByteArray spec = element("name", xmlEscaped(name));
    const QString guestId = vmx.value(QStringLiteral("guestos"));
    spec += element("guestId", xmlEscaped(guestId.isEmpty() ? QStringLiteral("otherGuest64") : guestId));
    spec += element("files", element("vmPathName", xmlEscaped(vmxPath)));
    if (const int cpus = vmx.value(QStringLiteral("numvcpus")).toInt(); cpus > 0)
        spec += element("numCPUs", QByteArray::number(cpus));
    if (const qint64 memory = vmx.value(QStringLiteral("memsize")).toLongLong(); memory > 0)
        spec += element("memoryMB", QByteArray::number(memory));

    // New devices get negative keys; disks refer to their controller by that key.
    struct Controller
    {
        int key;
        QString type;
        int bus;
        QSet<int> usedUnits;
    };
    std::map<std::pair<QString, int>, Controller> controllers;
    int nextKey = -100;
    QByteArray devices;
    for (const DiskPlacement& disk : disks) {
        const int bus = disk.controllerBus >= 0 ? disk.controllerBus : guessedBus(disk.controllerKey);
        const QString type =
            disk.controllerType.isEmpty() ? guessedType(disk.controllerKey, bus, vmx) : disk.controllerType;
        auto [it, added] = controllers.try_emplace({type, bus}, Controller{0, type, bus, {}});
        Controller& controller = it->second;
        if (added) {
            // Every VM has its two IDE controllers already, at keys 200 and 201.
            if (type == QLatin1String("VirtualIDEController")) {
                controller.key = 200 + bus;
            } else {
                controller.key = nextKey--;
                QByteArray device = element("key", QByteArray::number(controller.key)) +
                                    element("busNumber", QByteArray::number(bus));
                if (isScsi(type))
                    device += element("sharedBus", "noSharing");
                devices += element("deviceChange", element("operation", "add") + "<device xsi:type=\"" +
                                                       type.toLatin1() + "\">" + device + "</device>");
            }
        }
        int unit = disk.unitNumber;
        if (unit < 0 || controller.usedUnits.contains(unit)) {
            unit = 0;
            // Unit 7 of a SCSI bus is the controller itself.
            while (controller.usedUnits.contains(unit) || (isScsi(type) && unit == 7))
                ++unit;
        }
        controller.usedUnits.insert(unit);
        const QByteArray backing = "<backing xsi:type=\"VirtualDiskFlatVer2BackingInfo\">" +
                                   element("fileName", xmlEscaped(disk.file)) +
                                   element("diskMode", "persistent") + "</backing>";
        const QByteArray device = element("key", QByteArray::number(nextKey--)) + backing +
                                  element("controllerKey", QByteArray::number(controller.key)) +
                                  element("unitNumber", QByteArray::number(unit)) +
                                  element("capacityInKB", QByteArray::number(disk.size / 1024));
        // No fileOperation: the disk file exists already and is attached as it is.
        devices += element("deviceChange", element("operation", "add") + "<device xsi:type=\"VirtualDisk\">" +
                                               device + "</device>");
    }
    return spec + devices;
}

QByteArray flatDescriptor(const QString& flatFileName, qint64 size)
{
    const qint64 sectors = size / 512;
    // The geometry ESXi writes for a disk of this size (255 heads, 63 sectors per track).
    const qint64 cylinders = std::max<qint64>(1, sectors / (255 * 63));
    QByteArray text =
        "# Disk DescriptorFile\nversion=1\nencoding=\"UTF-8\"\nCID=fffffffe\nparentCID=ffffffff\n"
        "createType=\"vmfs\"\n\n# Extent description\nRW " +
        QByteArray::number(sectors) + " VMFS \"" + flatFileName.toUtf8() +
        "\"\n\n# The Disk Data Base\n#DDB\n\nddb.adapterType = \"lsilogic\"\n"
        "ddb.geometry.cylinders = \"" +
        QByteArray::number(cylinders) +
        "\"\nddb.geometry.heads = \"255\"\nddb.geometry.sectors = \"63\"\n"
        "ddb.virtualHWVersion = \"13\"\n";
    return text;
}

} // namespace lifeboat::restore
