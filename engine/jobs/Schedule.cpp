#include "jobs/Schedule.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace lifeboat::jobs {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::jobs::Schedule)
};

const QStringList kDayNames{QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                            QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                            QStringLiteral("sun")};

Error badSchedule(const QString& text)
{
    return Error{QStringLiteral("job.bad_schedule"),
                 Text::tr("\"%1\" is not a schedule. Examples: \"daily 22:00\", \"daily 01:30 mon-fri\", "
                          "\"monthly 1 03:00\", \"every 4h\", \"after nightly\", \"none\".")
                     .arg(text)};
}

std::optional<QList<QTime>> parseTimes(const QString& text)
{
    QList<QTime> times;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(part, QStringLiteral("H:mm"));
        if (!time.isValid())
            return std::nullopt;
        times << time;
    }
    if (times.isEmpty())
        return std::nullopt;
    std::sort(times.begin(), times.end());
    return times;
}

std::optional<QList<int>> parseDays(const QString& text)
{
    QList<int> days;
    for (const QString& part : text.toLower().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList range = part.split(QLatin1Char('-'));
        const int first = static_cast<int>(kDayNames.indexOf(range.value(0))) + 1;
        const int last = static_cast<int>(kDayNames.indexOf(range.value(range.size() - 1))) + 1;
        if (first == 0 || last == 0 || range.size() > 2 || last < first)
            return std::nullopt;
        for (int day = first; day <= last; ++day)
            if (!days.contains(day))
                days << day;
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace

std::optional<QDateTime> Schedule::nextAfter(const QDateTime& after) const
{
    // Schedules are in the computer's local time; times from the catalog come back in UTC.
    const QDate start = after.toLocalTime().date().addDays(-1);
    switch (kind) {
    case Kind::None:
    case Kind::After:
        return std::nullopt;
    case Kind::EveryHours: {
        if (everyHours <= 0)
            return std::nullopt;
        // Slots at midnight + k·N hours each day, so "every 6h" means 00, 06, 12, 18.
        for (QDate day = start; day <= start.addDays(2); day = day.addDays(1))
            for (int hour = 0; hour < 24; hour += everyHours) {
                const QDateTime slot(day, QTime(hour, 0));
                if (slot > after)
                    return slot;
            }
        return std::nullopt;
    }
    case Kind::Daily:
    case Kind::Monthly:
        if (times.isEmpty())
            return std::nullopt;
        // Two years cover every monthly day and any weekday set.
        for (QDate day = start; day <= start.addYears(2); day = day.addDays(1)) {
            if (kind == Kind::Daily && !weekdays.isEmpty() && !weekdays.contains(day.dayOfWeek()))
                continue;
            if (kind == Kind::Monthly && day.day() != std::min(dayOfMonth, day.daysInMonth()))
                continue;
            for (const QTime& time : times) {
                // A time skipped by a daylight-saving jump is taken as the moment after it.
                const QDateTime slot(day, time);
                if (slot > after)
                    return slot;
            }
        }
        return std::nullopt;
    }
    return std::nullopt;
}

QList<QDateTime> Schedule::dueBetween(const QDateTime& from, const QDateTime& to, int limit) const
{
    QList<QDateTime> due;
    QDateTime cursor = from;
    while (due.size() < limit) {
        const auto next = nextAfter(cursor);
        if (!next || *next > to)
            break;
        due << *next;
        cursor = *next;
    }
    return due;
}

QJsonObject Schedule::toJson() const
{
    static const char* const kinds[] = {"none", "daily", "monthly", "every_hours", "after"};
    QJsonArray timeArray, dayArray;
    for (const QTime& time : times)
        timeArray.append(time.toString(QStringLiteral("HH:mm")));
    for (int day : weekdays)
        dayArray.append(day);
    return QJsonObject{{QStringLiteral("kind"), QLatin1String(kinds[static_cast<int>(kind)])},
                       {QStringLiteral("times"), timeArray},
                       {QStringLiteral("weekdays"), dayArray},
                       {QStringLiteral("day_of_month"), dayOfMonth},
                       {QStringLiteral("every_hours"), everyHours},
                       {QStringLiteral("after_job"), afterJob},
                       {QStringLiteral("after_job_name"), afterJobName}};
}

Result<Schedule> Schedule::fromJson(const QJsonObject& json)
{
    Schedule schedule;
    const QString kind = json.value(QStringLiteral("kind")).toString(QStringLiteral("none"));
    static const QStringList kinds{QStringLiteral("none"), QStringLiteral("daily"), QStringLiteral("monthly"),
                                   QStringLiteral("every_hours"), QStringLiteral("after")};
    if (!kinds.contains(kind))
        return badSchedule(kind);
    schedule.kind = static_cast<Kind>(kinds.indexOf(kind));
    for (const QJsonValue& value : json.value(QStringLiteral("times")).toArray()) {
        const QTime time = QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
        if (!time.isValid())
            return badSchedule(value.toString());
        schedule.times << time;
    }
    for (const QJsonValue& value : json.value(QStringLiteral("weekdays")).toArray()) {
        const int day = value.toInt();
        if (day < 1 || day > 7)
            return badSchedule(QString::number(day));
        schedule.weekdays << day;
    }
    schedule.dayOfMonth = json.value(QStringLiteral("day_of_month")).toInt(1);
    schedule.everyHours = json.value(QStringLiteral("every_hours")).toInt(0);
    schedule.afterJob = static_cast<qint64>(json.value(QStringLiteral("after_job")).toDouble(0));
    schedule.afterJobName = json.value(QStringLiteral("after_job_name")).toString();
    if (schedule.dayOfMonth < 1 || schedule.dayOfMonth > 31 || schedule.everyHours < 0 ||
        (schedule.kind == Kind::EveryHours && (schedule.everyHours < 1 || schedule.everyHours > 24)))
        return badSchedule(kind);
    return schedule;
}

Result<Schedule> Schedule::parse(const QString& text)
{
    const QStringList words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QString what = words.value(0).toLower();
    Schedule schedule;
    if (what == QLatin1String("none") && words.size() == 1)
        return schedule;
    if (what == QLatin1String("daily") && (words.size() == 2 || words.size() == 3)) {
        auto times = parseTimes(words[1]);
        auto days = words.size() == 3 ? parseDays(words[2]) : std::optional<QList<int>>(QList<int>());
        if (!times || !days)
            return badSchedule(text);
        schedule.kind = Kind::Daily;
        schedule.times = *times;
        schedule.weekdays = *days;
        return schedule;
    }
    if (what == QLatin1String("monthly") && words.size() == 3) {
        bool ok = false;
        const int day = words[1].toInt(&ok);
        auto times = parseTimes(words[2]);
        if (!ok || day < 1 || day > 31 || !times)
            return badSchedule(text);
        schedule.kind = Kind::Monthly;
        schedule.dayOfMonth = day;
        schedule.times = *times;
        return schedule;
    }
    static const QRegularExpression hours(QStringLiteral("^(\\d+)h$"));
    if (what == QLatin1String("every") && words.size() == 2) {
        const auto match = hours.match(words[1].toLower());
        const int count = match.hasMatch() ? match.captured(1).toInt() : 0;
        if (count < 1 || count > 24)
            return badSchedule(text);
        schedule.kind = Kind::EveryHours;
        schedule.everyHours = count;
        return schedule;
    }
    if (what == QLatin1String("after") && words.size() >= 2) {
        schedule.kind = Kind::After;
        schedule.afterJobName = words.mid(1).join(QLatin1Char(' '));
        return schedule;
    }
    return badSchedule(text);
}

QString Schedule::describe() const
{
    QStringList timeTexts;
    for (const QTime& time : times)
        timeTexts << time.toString(QStringLiteral("HH:mm"));
    QStringList dayTexts;
    for (int day : weekdays)
        dayTexts << kDayNames.value(day - 1);
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Daily:
        return QStringLiteral("daily %1%2")
            .arg(timeTexts.join(QLatin1Char(',')),
                 dayTexts.isEmpty() ? QString() : QLatin1Char(' ') + dayTexts.join(QLatin1Char(',')));
    case Kind::Monthly:
        return QStringLiteral("monthly %1 %2").arg(dayOfMonth).arg(timeTexts.join(QLatin1Char(',')));
    case Kind::EveryHours:
        return QStringLiteral("every %1h").arg(everyHours);
    case Kind::After:
        return QStringLiteral("after %1")
            .arg(afterJobName.isEmpty() ? QString::number(afterJob) : afterJobName);
    }
    return QString();
}

Result<SchedulePolicy> SchedulePolicy::parse(const QString& text)
{
    const QString policy = text.trimmed().toLower();
    SchedulePolicy parsed;
    if (policy.isEmpty() || policy == QLatin1String("any"))
        return parsed;
    if (policy == QLatin1String("none")) {
        parsed.manualOnly = true;
        return parsed;
    }
    const QStringList ends = policy.split(QLatin1Char('-'));
    const QTime from = ends.size() == 2 ? QTime::fromString(ends[0], QStringLiteral("H:mm")) : QTime();
    const QTime to = ends.size() == 2 ? QTime::fromString(ends[1], QStringLiteral("H:mm")) : QTime();
    if (!from.isValid() || !to.isValid() || from == to)
        return Error{QStringLiteral("job.bad_schedule_policy"),
                     Text::tr("\"%1\" is not a schedule policy: give any, none, or a start window such as "
                              "\"20:00-06:00\".")
                         .arg(text)};
    parsed.from = from;
    parsed.to = to;
    return parsed;
}

QString SchedulePolicy::toString() const
{
    if (manualOnly)
        return QStringLiteral("none");
    if (!from || !to)
        return QStringLiteral("any");
    return from->toString(QStringLiteral("HH:mm")) + QLatin1Char('-') + to->toString(QStringLiteral("HH:mm"));
}

Status SchedulePolicy::allows(const Schedule& schedule) const
{
    using Kind = Schedule::Kind;
    if (schedule.kind == Kind::None || (!manualOnly && !from))
        return success();
    if (manualOnly)
        return Error{
            QStringLiteral("job.schedule_not_allowed"),
            Text::tr("Your provider lets your jobs run only when you start them: choose no schedule.")};
    if (schedule.kind == Kind::After)
        return success();
    if (schedule.kind == Kind::EveryHours)
        return Error{
            QStringLiteral("job.schedule_not_allowed"),
            Text::tr("Your provider lets your jobs start only between %1 and %2; a job every few hours "
                     "would start outside that window.")
                .arg(from->toString(QStringLiteral("HH:mm")), to->toString(QStringLiteral("HH:mm")))};
    const bool wraps = *to < *from;
    for (const QTime& time : schedule.times) {
        const bool inside = wraps ? (time >= *from || time < *to) : (time >= *from && time < *to);
        if (!inside)
            return Error{QStringLiteral("job.schedule_not_allowed"),
                         Text::tr("Your provider lets your jobs start only between %1 and %2; %3 is outside.")
                             .arg(from->toString(QStringLiteral("HH:mm")),
                                  to->toString(QStringLiteral("HH:mm")),
                                  time.toString(QStringLiteral("HH:mm")))};
    }
    return success();
}

} // namespace lifeboat::jobs
