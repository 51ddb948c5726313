#include "repository/Manifest.h"

#include "repository/Crypto.h"

#include <QJsonArray>

namespace lifeboat::repository {

QString newRestorePointId(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::fromLatin1(randomBytes(4).toHex());
}

QJsonObject Manifest::toJson() const
{
    QJsonArray diskArray;
    for (const DiskManifest& disk : disks) {
        QJsonArray listArray;
        for (const ChunkId& list : disk.lists)
            listArray.append(toHex(list));
        diskArray.append(QJsonObject{
            {QStringLiteral("name"), disk.name},
            {QStringLiteral("size"), QString::number(disk.size)},
            {QStringLiteral("chunk_size"), disk.chunkSize},
            {QStringLiteral("change_id"), disk.changeId},
            {QStringLiteral("lists"), listArray},
            {QStringLiteral("stored_bytes"), QString::number(disk.storedBytes)},
        });
    }
    QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("id"), id},
        {QStringLiteral("time"), time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("vm"), QJsonObject{{QStringLiteral("name"), vmName},
                                           {QStringLiteral("id"), vmId},
                                           {QStringLiteral("config"), vmConfig}}},
        {QStringLiteral("tenant"), tenant},
        {QStringLiteral("parent"), parent},
        {QStringLiteral("disks"), diskArray},
    };
    if (immutableUntil)
        json.insert(QStringLiteral("immutable_until"), immutableUntil->toUTC().toString(Qt::ISODate));
    return json;
}

std::optional<Manifest> Manifest::fromJson(const QJsonObject& json)
{
    if (json.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return std::nullopt;
    Manifest manifest;
    manifest.id = json.value(QStringLiteral("id")).toString();
    manifest.time = QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const QJsonObject vm = json.value(QStringLiteral("vm")).toObject();
    manifest.vmName = vm.value(QStringLiteral("name")).toString();
    manifest.vmId = vm.value(QStringLiteral("id")).toString();
    manifest.vmConfig = vm.value(QStringLiteral("config")).toObject();
    manifest.tenant = json.value(QStringLiteral("tenant")).toString();
    manifest.parent = json.value(QStringLiteral("parent")).toString();
    if (json.contains(QStringLiteral("immutable_until")))
        manifest.immutableUntil =
            QDateTime::fromString(json.value(QStringLiteral("immutable_until")).toString(), Qt::ISODate);
    for (const QJsonValue& value : json.value(QStringLiteral("disks")).toArray()) {
        const QJsonObject object = value.toObject();
        DiskManifest disk;
        disk.name = object.value(QStringLiteral("name")).toString();
        bool sizeOk = false;
        disk.size = object.value(QStringLiteral("size")).toString().toLongLong(&sizeOk);
        disk.chunkSize = object.value(QStringLiteral("chunk_size")).toInt();
        disk.changeId = object.value(QStringLiteral("change_id")).toString();
        disk.storedBytes = object.value(QStringLiteral("stored_bytes")).toString().toLongLong();
        if (!sizeOk || disk.size < 0 || disk.chunkSize <= 0 || disk.name.isEmpty())
            return std::nullopt;
        for (const QJsonValue& list : object.value(QStringLiteral("lists")).toArray()) {
            ChunkId id{};
            if (!fromHex(list.toString(), id))
                return std::nullopt;
            disk.lists.append(id);
        }
        const qint64 chunks = (disk.size + disk.chunkSize - 1) / disk.chunkSize;
        if (disk.lists.size() != (chunks + kIdsPerListBlob - 1) / kIdsPerListBlob)
            return std::nullopt;
        manifest.disks.append(disk);
    }
    if (manifest.id.isEmpty() || !manifest.time.isValid())
        return std::nullopt;
    return manifest;
}

const DiskManifest* Manifest::disk(const QString& name) const
{
    for (const DiskManifest& d : disks)
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace lifeboat::repository
