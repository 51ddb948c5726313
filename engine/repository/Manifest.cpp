#include "repository/Manifest.h"

#include "repository/Crypto.h"

#include <QJsonArray>

namespace lifeboat::repository {

QString newRestorePointId(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
           QString::fromLatin1(randomBytes(4).toHex());
}

namespace {

QJsonArray streamsToJson(const QVector<DiskManifest>& streams)
{
    QJsonArray array;
    for (const DiskManifest& disk : streams) {
        QJsonArray listArray;
        for (const ChunkId& list : disk.lists)
            listArray.append(toHex(list));
        QJsonObject object{
            {QStringLiteral("name"), disk.name},
            {QStringLiteral("size"), QString::number(disk.size)},
            {QStringLiteral("chunk_size"), disk.chunkSize},
            {QStringLiteral("change_id"), disk.changeId},
            {QStringLiteral("lists"), listArray},
            {QStringLiteral("stored_bytes"), QString::number(disk.storedBytes)},
        };
        if (!disk.itemKind.isEmpty()) {
            object.insert(QStringLiteral("kind"), disk.itemKind);
            object.insert(QStringLiteral("database"), disk.itemDatabase);
        }
        array.append(object);
    }
    return array;
}

bool streamsFromJson(const QJsonArray& array, bool items, QVector<DiskManifest>& into)
{
    for (const QJsonValue& value : array) {
        const QJsonObject object = value.toObject();
        DiskManifest disk;
        disk.name = object.value(QStringLiteral("name")).toString();
        bool sizeOk = false;
        disk.size = object.value(QStringLiteral("size")).toString().toLongLong(&sizeOk);
        disk.chunkSize = object.value(QStringLiteral("chunk_size")).toInt();
        disk.changeId = object.value(QStringLiteral("change_id")).toString();
        disk.storedBytes = object.value(QStringLiteral("stored_bytes")).toString().toLongLong();
        disk.itemKind = object.value(QStringLiteral("kind")).toString();
        disk.itemDatabase = object.value(QStringLiteral("database")).toString();
        if (!sizeOk || disk.size < 0 || disk.chunkSize <= 0 || disk.name.isEmpty() ||
            items == disk.itemKind.isEmpty())
            return false;
        for (const QJsonValue& list : object.value(QStringLiteral("lists")).toArray()) {
            ChunkId id{};
            if (!fromHex(list.toString(), id))
                return false;
            disk.lists.append(id);
        }
        const qint64 chunks = (disk.size + disk.chunkSize - 1) / disk.chunkSize;
        if (disk.lists.size() != (chunks + kIdsPerListBlob - 1) / kIdsPerListBlob)
            return false;
        into.append(disk);
    }
    return true;
}

} // namespace

QJsonObject Manifest::toJson() const
{
    const QJsonArray diskArray = streamsToJson(disks);
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
    if (!items.isEmpty())
        json.insert(QStringLiteral("items"), streamsToJson(items));
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
    if (!streamsFromJson(json.value(QStringLiteral("disks")).toArray(), false, manifest.disks) ||
        !streamsFromJson(json.value(QStringLiteral("items")).toArray(), true, manifest.items))
        return std::nullopt;
    if (manifest.id.isEmpty() || !manifest.time.isValid())
        return std::nullopt;
    return manifest;
}

QVector<const DiskManifest*> Manifest::streams() const
{
    QVector<const DiskManifest*> all;
    for (const DiskManifest& disk : disks)
        all.append(&disk);
    for (const DiskManifest& item : items)
        all.append(&item);
    return all;
}

const DiskManifest* Manifest::item(const QString& name) const
{
    for (const DiskManifest& each : items)
        if (each.name == name)
            return &each;
    return nullptr;
}

const DiskManifest* Manifest::disk(const QString& name) const
{
    for (const DiskManifest& d : disks)
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace lifeboat::repository
