#include "jobs/Job.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace lifeboat::jobs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::jobs::Job)
};

Error badDefinition(const QString& key)
{
    return Error{QStringLiteral("job.bad_definition"),
                 Text::tr("The stored job definition has an invalid \"%1\".").arg(key)};
}

} // namespace

QJsonObject JobDefinition::toJson() const
{
    QJsonArray objectArray;
    for (const JobObject& object : objects)
        objectArray.append(QJsonObject{{QStringLiteral("type"), object.type},
                                       {QStringLiteral("moref"), object.moref},
                                       {QStringLiteral("name"), object.name}});
    return QJsonObject{
        {QStringLiteral("endpoint_id"), endpointId},
        {QStringLiteral("account"), account},
        {QStringLiteral("repository"), repository},
        {QStringLiteral("objects"), objectArray},
        {QStringLiteral("excluded_vms"), QJsonArray::fromStringList(excludedVms)},
        {QStringLiteral("excluded_disks"), QJsonArray::fromStringList(excludedDisks)},
        {QStringLiteral("keep_restore_points"), keepRestorePoints},
        {QStringLiteral("change_tracking"), changeTracking},
        {QStringLiteral("quiesce"), quiesce},
        {QStringLiteral("index_files"), indexFiles},
        {QStringLiteral("retry_count"), retryCount},
        {QStringLiteral("retry_wait_seconds"), retryWaitSeconds},
        {QStringLiteral("schedule"), schedule.toJson()},
        {QStringLiteral("guest"), guest.toJson()},
        {QStringLiteral("notify"), QJsonObject{{QStringLiteral("to"), QJsonArray::fromStringList(notify.to)},
                                               {QStringLiteral("when"), notify.when}}},
    };
}

Result<JobDefinition> JobDefinition::fromJson(const QJsonObject& json)
{
    JobDefinition job;
    const auto number = [&](const char* key, auto& into, qint64 minimum) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        if (!value.isDouble() || value.toDouble() < static_cast<double>(minimum))
            return false;
        into = static_cast<std::remove_reference_t<decltype(into)>>(value.toDouble());
        return true;
    };
    const auto flag = [&](const char* key, bool& into) -> bool {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isUndefined())
            return true;
        into = value.toBool();
        return value.isBool();
    };
    if (!number("endpoint_id", job.endpointId, 0))
        return badDefinition(QStringLiteral("endpoint_id"));
    if (!number("keep_restore_points", job.keepRestorePoints, 1))
        return badDefinition(QStringLiteral("keep_restore_points"));
    if (!number("retry_count", job.retryCount, 0))
        return badDefinition(QStringLiteral("retry_count"));
    if (!number("retry_wait_seconds", job.retryWaitSeconds, 0))
        return badDefinition(QStringLiteral("retry_wait_seconds"));
    if (!flag("change_tracking", job.changeTracking))
        return badDefinition(QStringLiteral("change_tracking"));
    if (!flag("quiesce", job.quiesce))
        return badDefinition(QStringLiteral("quiesce"));
    if (!flag("index_files", job.indexFiles))
        return badDefinition(QStringLiteral("index_files"));
    if (json.contains(QStringLiteral("schedule"))) {
        auto schedule = Schedule::fromJson(json.value(QStringLiteral("schedule")).toObject());
        if (!schedule)
            return schedule.error();
        job.schedule = *schedule;
    }
    job.guest = GuestProcessing::fromJson(json.value(QStringLiteral("guest")).toObject());
    const QJsonObject notify = json.value(QStringLiteral("notify")).toObject();
    for (const QJsonValue& value : notify.value(QStringLiteral("to")).toArray())
        job.notify.to << value.toString();
    job.notify.when = notify.value(QStringLiteral("when")).toString(QStringLiteral("failure"));
    job.account = json.value(QStringLiteral("account")).toString();
    job.repository = json.value(QStringLiteral("repository")).toString();
    for (const QJsonValue& value : json.value(QStringLiteral("objects")).toArray()) {
        const QJsonObject object = value.toObject();
        JobObject entry{object.value(QStringLiteral("type")).toString(),
                        object.value(QStringLiteral("moref")).toString(),
                        object.value(QStringLiteral("name")).toString()};
        if (entry.moref.isEmpty())
            return badDefinition(QStringLiteral("objects"));
        job.objects.append(entry);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("excluded_vms")).toArray())
        job.excludedVms << value.toString();
    for (const QJsonValue& value : json.value(QStringLiteral("excluded_disks")).toArray())
        job.excludedDisks << value.toString();
    return job;
}

QJsonObject GuestProcessing::toJson() const
{
    QJsonObject addressMap, keyMap;
    for (auto it = addresses.begin(); it != addresses.end(); ++it)
        addressMap.insert(it.key(), it.value());
    for (auto it = hostKeys.begin(); it != hostKeys.end(); ++it)
        keyMap.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("enabled"), enabled},
                       {QStringLiteral("user"), user},
                       {QStringLiteral("key_file"), keyFile},
                       {QStringLiteral("pre_freeze"), preFreeze},
                       {QStringLiteral("post_thaw"), postThaw},
                       {QStringLiteral("ignore_errors"), ignoreErrors},
                       {QStringLiteral("addresses"), addressMap},
                       {QStringLiteral("host_keys"), keyMap},
                       {QStringLiteral("items"), QJsonArray::fromStringList(items)},
                       {QStringLiteral("item_env"), itemEnvironment}};
}

GuestProcessing GuestProcessing::fromJson(const QJsonObject& json)
{
    GuestProcessing guest;
    guest.enabled = json.value(QStringLiteral("enabled")).toBool();
    guest.user = json.value(QStringLiteral("user")).toString();
    guest.keyFile = json.value(QStringLiteral("key_file")).toString();
    guest.preFreeze = json.value(QStringLiteral("pre_freeze")).toString();
    guest.postThaw = json.value(QStringLiteral("post_thaw")).toString();
    guest.ignoreErrors = json.value(QStringLiteral("ignore_errors")).toBool();
    const QJsonObject addressMap = json.value(QStringLiteral("addresses")).toObject();
    for (auto it = addressMap.begin(); it != addressMap.end(); ++it)
        guest.addresses.insert(it.key(), it.value().toString());
    for (const QJsonValue& kind : json.value(QStringLiteral("items")).toArray())
        guest.items.append(kind.toString());
    guest.itemEnvironment = json.value(QStringLiteral("item_env")).toString();
    const QJsonObject keyMap = json.value(QStringLiteral("host_keys")).toObject();
    for (auto it = keyMap.begin(); it != keyMap.end(); ++it)
        guest.hostKeys.insert(it.key(), it.value().toString());
    return guest;
}

bool Notification::wants(SessionResult result) const
{
    if (to.isEmpty())
        return false;
    if (when == QLatin1String("always"))
        return true;
    if (when == QLatin1String("warning"))
        return result == SessionResult::Warning || result == SessionResult::Failed;
    return result == SessionResult::Failed;
}

bool JobDefinition::excludes(const QString& vm, int diskKey) const
{
    return excludedDisks.contains(QStringLiteral("%1:%2").arg(vm).arg(diskKey));
}

QString SessionTask::bottleneck() const
{
    if (sourceShare < 0)
        return QString();
    return sourceShare > 0.5 ? QStringLiteral("Source") : QStringLiteral("Processing");
}

QString toString(SessionResult result)
{
    switch (result) {
    case SessionResult::Running:
        return QStringLiteral("Running");
    case SessionResult::Success:
        return QStringLiteral("Success");
    case SessionResult::Warning:
        return QStringLiteral("Warning");
    case SessionResult::Failed:
        return QStringLiteral("Failed");
    }
    return QStringLiteral("Failed");
}

SessionResult sessionResultFromString(const QString& text)
{
    if (text == QLatin1String("Running"))
        return SessionResult::Running;
    if (text == QLatin1String("Success"))
        return SessionResult::Success;
    if (text == QLatin1String("Warning"))
        return SessionResult::Warning;
    return SessionResult::Failed;
}

} // namespace lifeboat::jobs
