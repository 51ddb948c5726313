// What a restore asks of vSphere: power, CPU and memory, creating a VM around uploaded
// disks, and removing what a failed restore left on a datastore.

#include "vsphere/SoapXml.h"
#include "vsphere/VsphereClient.h"

#include <QCoreApplication>

namespace lifeboat::vsphere {

namespace {

using soap::escaped;
using soap::self;

Status statusOf(const Result<QString>& result)
{
    return result ? success() : Status(result.error());
}

} // namespace

void VsphereClient::powerOn(const QString& vm, std::function<void(Status)> done)
{
    runTask(QStringLiteral("PowerOnVM_Task"),
            QByteArrayLiteral("<PowerOnVM_Task>") + self("VirtualMachine", vm) +
                QByteArrayLiteral("</PowerOnVM_Task>"),
            [done = std::move(done)](Result<QString> result) {
                // Already on: what was asked for is true.
                if (!result && result.error().message.contains(QLatin1String("InvalidPowerState")))
                    return done(success());
                done(statusOf(result));
            });
}

void VsphereClient::powerOff(const QString& vm, std::function<void(Status)> done)
{
    runTask(QStringLiteral("PowerOffVM_Task"),
            QByteArrayLiteral("<PowerOffVM_Task>") + self("VirtualMachine", vm) +
                QByteArrayLiteral("</PowerOffVM_Task>"),
            [done = std::move(done)](Result<QString> result) {
                if (!result && result.error().message.contains(QLatin1String("InvalidPowerState")))
                    return done(success());
                done(statusOf(result));
            });
}

void VsphereClient::setCpuAndMemory(const QString& vm, int cpus, qint64 memoryMiB,
                                    std::function<void(Status)> done)
{
    QByteArray spec;
    if (cpus > 0)
        spec += QByteArrayLiteral("<numCPUs>") + QByteArray::number(cpus) + QByteArrayLiteral("</numCPUs>");
    if (memoryMiB > 0)
        spec += QByteArrayLiteral("<memoryMB>") + QByteArray::number(memoryMiB) +
                QByteArrayLiteral("</memoryMB>");
    if (spec.isEmpty())
        return done(success());
    runTask(QStringLiteral("ReconfigVM_Task"),
            QByteArrayLiteral("<ReconfigVM_Task>") + self("VirtualMachine", vm) +
                QByteArrayLiteral("<spec>") + spec + QByteArrayLiteral("</spec></ReconfigVM_Task>"),
            [done = std::move(done)](Result<QString> result) { done(statusOf(result)); });
}

void VsphereClient::createVm(const QString& folder, const QString& pool, const QString& vapp,
                             const QString& host, const QByteArray& configSpec,
                             std::function<void(Result<QString>)> done)
{
    // A VM of a vApp is created through the vApp, which is also its resource pool.
    const QByteArray hostElement = host.isEmpty() ? QByteArray()
                                                  : QByteArrayLiteral("<host type=\"HostSystem\">") +
                                                        escaped(host) + QByteArrayLiteral("</host>");
    QByteArray body;
    if (vapp.isEmpty())
        body = QByteArrayLiteral("<CreateVM_Task>") + self("Folder", folder) + QByteArrayLiteral("<config>") +
               configSpec + QByteArrayLiteral("</config><pool type=\"ResourcePool\">") + escaped(pool) +
               QByteArrayLiteral("</pool>") + hostElement + QByteArrayLiteral("</CreateVM_Task>");
    else
        body = QByteArrayLiteral("<CreateChildVM_Task>") + self("VirtualApp", vapp) +
               QByteArrayLiteral("<config>") + configSpec + QByteArrayLiteral("</config>") + hostElement +
               QByteArrayLiteral("</CreateChildVM_Task>");
    runTask(vapp.isEmpty() ? QStringLiteral("CreateVM_Task") : QStringLiteral("CreateChildVM_Task"), body,
            std::move(done));
}

void VsphereClient::deleteDatastoreFile(const QString& datacenter, const QString& datastorePath,
                                        std::function<void(Status)> done)
{
    const QString fileManager =
        m_content.fileManager.isEmpty() ? QStringLiteral("FileManager") : m_content.fileManager;
    runTask(QStringLiteral("DeleteDatastoreFile_Task"),
            QByteArrayLiteral("<DeleteDatastoreFile_Task>") + self("FileManager", fileManager) +
                QByteArrayLiteral("<name>") + escaped(datastorePath) +
                QByteArrayLiteral("</name><datacenter type=\"Datacenter\">") + escaped(datacenter) +
                QByteArrayLiteral("</datacenter></DeleteDatastoreFile_Task>"),
            [done = std::move(done)](Result<QString> result) { done(statusOf(result)); });
}

void VsphereClient::currentDisks(const QString& vm,
                                 std::function<void(Result<QVector<VirtualDiskInfo>>)> done)
{
    deviceDisks("VirtualMachine", vm, std::move(done));
}

} // namespace lifeboat::vsphere
