#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QTime>
#include <optional>

namespace lifeboat::jobs {

// When a job runs by itself. Times are the computer's local time, as a user writes them.
struct Schedule
{
    enum class Kind
    {
        None,
        Daily,      // at `times`, on `weekdays` (all days when empty)
        Monthly,    // on `dayOfMonth` (the month's last day when it is shorter) at `times`
        EveryHours, // every `everyHours` hours counted from midnight
        After       // when the job `afterJob` has finished
    };
    Kind kind = Kind::None;
    QList<QTime> times;
    QList<int> weekdays; // 1 = Monday … 7 = Sunday
    int dayOfMonth = 1;
    int everyHours = 0;
    qint64 afterJob = 0;
    QString afterJobName; // for display; the id is what counts

    // The first due time strictly after `after`; nullopt for None and After.
    std::optional<QDateTime> nextAfter(const QDateTime& after) const;
    // Due times in (from, to], oldest first, at most `limit`.
    QList<QDateTime> dueBetween(const QDateTime& from, const QDateTime& to, int limit) const;

    QJsonObject toJson() const;
    static Result<Schedule> fromJson(const QJsonObject& json);
    // The command line's form: "none", "daily 22:00[,23:30] [mon,tue,…|mon-fri]",
    // "monthly DAY HH:MM", "every Nh", "after JOB" (the caller resolves JOB to an id).
    static Result<Schedule> parse(const QString& text);
    QString describe() const;
};

// What schedules a provider allows an organization's jobs: any (the default), "none" (the
// organization's jobs run only when started), or a start window "HH:MM-HH:MM" (it may wrap
// midnight) that every time of a daily or monthly schedule must fall in. Hourly schedules
// run around the clock and so do not fit a window; "after JOB" does (it follows a job that
// fits).
struct SchedulePolicy
{
    bool manualOnly = false;
    std::optional<QTime> from;
    std::optional<QTime> to;

    // "any", "none" or "HH:MM-HH:MM"; empty text is "any".
    static Result<SchedulePolicy> parse(const QString& text);
    QString toString() const;
    Status allows(const Schedule& schedule) const;
};

} // namespace lifeboat::jobs
