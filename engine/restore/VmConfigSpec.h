#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVector>

namespace lifeboat::restore {

// A .vmx file's `key = "value"` lines, keys in lower case (VMware treats them so).
QHash<QString, QString> parseVmx(const QString& text);

// A disk of a VM to create around an uploaded disk file.
struct DiskPlacement
{
    qint64 size = 0;
    int controllerKey = 0;  // at backup time: 1000+ SCSI, 200+ IDE, 15000+ SATA, 31000+ NVMe
    QString controllerType; // the vim type at backup time; empty in older restore points
    int controllerBus = -1;
    int unitNumber = -1;
    QString file; // "[datastore] folder/disk.vmdk" of the uploaded descriptor
};

// The inside of a VirtualMachineConfigSpec for a VM whose disks already exist as files:
// name, guest, CPUs and memory from the saved .vmx, and the disk controllers and disks as
// the VM had them. Network adapters are left out on purpose: a copy restored beside its
// original must not come up with the same MAC and address.
QByteArray buildConfigSpec(const QString& name, const QString& vmxPath, const QHash<QString, QString>& vmx,
                           const QVector<DiskPlacement>& disks);

// A monolithic flat VMDK descriptor whose one extent is `flatFileName` of `size` bytes.
QByteArray flatDescriptor(const QString& flatFileName, qint64 size);

} // namespace lifeboat::restore
