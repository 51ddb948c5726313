#include "catalog/Catalog.h"
#include "jobs/JobStore.h"
#include "jobs/Scheduler.h"
#include "notify/Mailer.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::jobs;

class TestJobs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::optional<catalog::Catalog> m_catalog;

    JobDefinition sampleJob(const QString& name)
    {
        JobDefinition job;
        job.name = name;
        job.endpointId = 1;
        job.account = QStringLiteral("CORP\\backup");
        job.repository = m_dir.filePath(QStringLiteral("repo"));
        job.objects = {{QStringLiteral("VirtualMachine"), QStringLiteral("vm-42"), QStringLiteral("web")}};
        job.excludedDisks = {QStringLiteral("vm-42:2001")};
        job.keepRestorePoints = 7;
        job.changeTracking = false;
        return job;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        m_catalog.emplace(m_dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(m_catalog->open());
    }
    void cleanup()
    {
        m_catalog->closeConnection();
        m_catalog.reset();
    }

    void jobsRoundTripThroughTheCatalog()
    {
        JobStore store(*m_catalog);
        auto id = store.saveJob(sampleJob(QStringLiteral("nightly")));
        QVERIFY(id);
        auto job = store.job(QStringLiteral("nightly"));
        QVERIFY(job);
        QCOMPARE(job->id, *id);
        QCOMPARE(job->account, QStringLiteral("CORP\\backup"));
        QCOMPARE(job->objects.size(), 1);
        QCOMPARE(job->objects[0].moref, QStringLiteral("vm-42"));
        QCOMPARE(job->keepRestorePoints, 7);
        QVERIFY(!job->changeTracking);
        QVERIFY(job->excludes(QStringLiteral("vm-42"), 2001));
        QVERIFY(!job->excludes(QStringLiteral("vm-42"), 2000));
        QCOMPARE(store.job(QString::number(*id))->name, QStringLiteral("nightly"));

        auto again = store.saveJob(sampleJob(QStringLiteral("nightly")));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("job.name_taken"));
        QVERIFY(store.deleteJob(*id));
        QCOMPARE(store.job(QStringLiteral("nightly")).error().code, QStringLiteral("job.not_found"));
    }

    void badDefinitionsAreErrors()
    {
        QCOMPARE(JobDefinition::fromJson({{QStringLiteral("keep_restore_points"), 0}}).error().code,
                 QStringLiteral("job.bad_definition"));
        QCOMPARE(JobDefinition::fromJson({{QStringLiteral("quiesce"), QStringLiteral("yes")}}).error().code,
                 QStringLiteral("job.bad_definition"));
        QVERIFY(static_cast<bool>(JobDefinition::fromJson({}))); // defaults
    }

    void sessionsSumTheirTasks()
    {
        JobStore store(*m_catalog);
        const qint64 job = *store.saveJob(sampleJob(QStringLiteral("j")));
        const qint64 session = *store.startSession(job, QStringLiteral("backup"), 0);
        SessionTask first{*store.startTask(session, QStringLiteral("vm-1"), QStringLiteral("a")),
                          {},
                          {},
                          {},
                          {},
                          SessionResult::Success,
                          100,
                          10,
                          QStringLiteral("rp1"),
                          {}};
        SessionTask second{*store.startTask(session, QStringLiteral("vm-2"), QStringLiteral("b")),
                           {},
                           {},
                           {},
                           {},
                           SessionResult::Failed,
                           5,
                           0,
                           {},
                           QStringLiteral("broken")};
        QVERIFY(store.finishTask(first));
        QVERIFY(store.finishTask(second));
        QVERIFY(store.log(session, QStringLiteral("error"), QStringLiteral("b"), QStringLiteral("broken")));
        QVERIFY(store.finishSession(session, SessionResult::Failed, {}));
        auto read = store.session(session);
        QVERIFY(read);
        QCOMPARE(toString(read->result), QStringLiteral("Failed"));
        QCOMPARE(read->bytesRead, 105);
        QCOMPARE(read->bytesStored, 10);
        QCOMPARE(read->tasks.size(), 2);
        QCOMPARE(read->tasks[1].message, QStringLiteral("broken"));
        QCOMPARE(store.sessionLog(session)->size(), 1);
        QCOMPARE(store.sessions(job, 10)->size(), 1);
        QCOMPARE(store.sessions(job + 1, 10)->size(), 0);
    }

    void sessionsOfDeadProcessesAreClosedAsFailed()
    {
        JobStore store(*m_catalog);
        const qint64 job = *store.saveJob(sampleJob(QStringLiteral("j")));
        const qint64 mine = *store.startSession(job, QStringLiteral("backup"), 0);
        const qint64 orphan = *store.startSession(job, QStringLiteral("backup"), 0);
        const qint64 task = *store.startTask(orphan, QStringLiteral("vm-1"), QStringLiteral("a"));
        // A pid no process has: Linux pids stay below 2^22.
        QSqlQuery query(m_catalog->connection());
        QVERIFY(query.exec(
            QStringLiteral("UPDATE sessions SET runner_pid = 99999999 WHERE id = %1").arg(orphan)));

        QCOMPARE(store.closeInterruptedSessions().value(), 1);
        QCOMPARE(toString(store.session(mine)->result), QStringLiteral("Running")); // this process is alive
        auto closed = store.session(orphan);
        QCOMPARE(toString(closed->result), QStringLiteral("Failed"));
        QVERIFY(closed->finished.isValid());
        QCOMPARE(closed->tasks[0].id, task);
        QCOMPARE(toString(closed->tasks[0].result), QStringLiteral("Failed"));
        QCOMPARE(store.closeInterruptedSessions().value(), 0);
    }

    void schedulePoliciesLimitWhenJobsStart()
    {
        using jobs::Schedule;
        using jobs::SchedulePolicy;
        auto schedule = [](const char* text) {
            return *Schedule::parse(QString::fromLatin1(text));
        };
        auto any = SchedulePolicy::parse(QString());
        QVERIFY(any && any->toString() == QLatin1String("any"));
        QVERIFY(any->allows(schedule("every 1h")));

        auto none = SchedulePolicy::parse(QStringLiteral("none"));
        QVERIFY(none && none->manualOnly);
        QVERIFY(none->allows(schedule("none")));
        QCOMPARE(none->allows(schedule("daily 22:00")).error().code,
                 QStringLiteral("job.schedule_not_allowed"));

        // A window across midnight: 20:00 up to (not including) 06:00.
        auto night = SchedulePolicy::parse(QStringLiteral("20:00-6:00"));
        QVERIFY(night);
        QCOMPARE(night->toString(), QStringLiteral("20:00-06:00"));
        QVERIFY(night->allows(schedule("daily 22:00,01:30 mon-fri")));
        QVERIFY(night->allows(schedule("monthly 1 20:00")));
        QVERIFY(night->allows(schedule("after nightly")));
        const Status noon = night->allows(schedule("daily 22:00,12:00"));
        QVERIFY(!noon && noon.error().message.contains(QLatin1String("12:00")));
        QVERIFY(!night->allows(schedule("daily 06:00")));
        QVERIFY(!night->allows(schedule("every 4h")));

        auto day = SchedulePolicy::parse(QStringLiteral("08:00-18:00"));
        QVERIFY(day && day->allows(schedule("daily 08:00")) && !day->allows(schedule("daily 18:00")));

        for (const char* bad : {"22:00", "22:00-22:00", "25:00-01:00", "always", "20:00-06:00-07:00"})
            QCOMPARE(SchedulePolicy::parse(QString::fromLatin1(bad)).error().code,
                     QStringLiteral("job.bad_schedule_policy"));
    }

    void schedulesFindTheirNextTime()
    {
        const QDateTime friday(QDate(2026, 11, 20), QTime(23, 0)); // a Friday
        auto weekdays = Schedule::parse(QStringLiteral("daily 22:00,06:15 mon-fri"));
        QVERIFY(weekdays);
        QCOMPARE(weekdays->nextAfter(friday), QDateTime(QDate(2026, 11, 23), QTime(6, 15))); // Monday
        QCOMPARE(weekdays->nextAfter(QDateTime(QDate(2026, 11, 23), QTime(6, 15))),
                 QDateTime(QDate(2026, 11, 23), QTime(22, 0))); // strictly after
        auto monthly = Schedule::parse(QStringLiteral("monthly 31 03:00"));
        QCOMPARE(monthly->nextAfter(QDateTime(QDate(2027, 2, 1), QTime(0, 0))),
                 QDateTime(QDate(2027, 2, 28), QTime(3, 0))); // the month's last day
        auto hourly = Schedule::parse(QStringLiteral("every 6h"));
        QCOMPARE(hourly->nextAfter(QDateTime(QDate(2026, 11, 23), QTime(19, 0))),
                 QDateTime(QDate(2026, 11, 24), QTime(0, 0)));
        QCOMPARE(hourly
                     ->dueBetween(QDateTime(QDate(2026, 11, 23), QTime(1, 0)),
                                  QDateTime(QDate(2026, 11, 23), QTime(13, 0)), 10)
                     .size(),
                 2); // 06:00 and 12:00
        QVERIFY(!Schedule::parse(QStringLiteral("none"))->nextAfter(friday));
        QCOMPARE(Schedule::parse(QStringLiteral("after nightly"))->afterJobName, QStringLiteral("nightly"));
        for (const char* bad : {"daily 25:00", "daily 22:00 funday", "monthly 0 03:00", "every 0h",
                                "every 30h", "weekly", "daily"})
            QCOMPARE(Schedule::parse(QString::fromLatin1(bad)).error().code,
                     QStringLiteral("job.bad_schedule"));
        // Round trip through the stored form.
        QCOMPARE(Schedule::fromJson(weekdays->toJson())->describe(),
                 QStringLiteral("daily 06:15,22:00 mon,tue,wed,thu,fri"));
    }

    void missedRunsAreRecordedAndCaughtUpOnce()
    {
        JobStore store(*m_catalog);
        JobDefinition job = sampleJob(QStringLiteral("scheduled"));
        job.schedule = *Schedule::parse(QStringLiteral("every 1h"));
        job.id = *store.saveJob(job);
        JobDefinition after = sampleJob(QStringLiteral("after"));
        after.schedule.kind = Schedule::Kind::After;
        after.schedule.afterJob = job.id;
        after.id = *store.saveJob(after);
        JobDefinition disabled = sampleJob(QStringLiteral("disabled"));
        disabled.schedule = job.schedule;
        disabled.enabled = false;
        disabled.id = *store.saveJob(disabled);

        QStringList started;
        Scheduler scheduler(store, [&](const JobDefinition& run, const QString& reason) {
            started << run.name + QLatin1Char(':') + reason;
        });
        scheduler.tick(); // first look: nothing owed for the past
        QVERIFY(scheduler.isOwner());
        QVERIFY(started.isEmpty());
        // As if Lifeboat had been off since yesterday.
        QVERIFY(store.setScheduleState(job.id, {QDateTime::currentDateTime().addDays(-1), QDateTime()}));
        Scheduler later(store, [&](const JobDefinition& run, const QString& reason) {
            started << run.name + QLatin1Char(':') + reason;
        });
        later.tick();
        QCOMPARE(started.size(), 1); // caught up once, not 24 times
        QVERIFY(started[0].startsWith(QStringLiteral("scheduled:")));
        auto sessions = store.sessions(job.id, 10);
        QCOMPARE(sessions->size(), 1);
        QCOMPARE(sessions->front().kind, QStringLiteral("missed"));
        QVERIFY2(sessions->front().message.contains(QStringLiteral("Lifeboat was not running")),
                 qPrintable(sessions->front().message));
        later.tick();
        QCOMPARE(started.size(), 1); // nothing new is due

        later.jobFinished(job.id);
        QCOMPARE(started.size(), 2);
        QVERIFY(started[1].startsWith(QStringLiteral("after:")));
        QVERIFY(!started.join(QLatin1Char(' ')).contains(QStringLiteral("disabled:")));
    }

    void oneSchedulerPerCatalog()
    {
        JobStore store(*m_catalog);
        const QDateTime now = QDateTime::currentDateTime();
        const qint64 me = QCoreApplication::applicationPid();
        QVERIFY(store.claimScheduler(me, now, 60).value());
        // Another live process (pid 1 always exists) with a fresh claim keeps it.
        QVERIFY(store.releaseScheduler(me));
        QVERIFY(store.claimScheduler(1, now, 60).value());
        QVERIFY(!store.claimScheduler(me, now.addSecs(10), 60).value());
        // A claim that was not renewed is taken over.
        QVERIFY(store.claimScheduler(me, now.addSecs(120), 60).value());
        // A claim of a process that is gone is taken over at once.
        QVERIFY(store.releaseScheduler(me));
        QVERIFY(store.claimScheduler(99999999, now, 60).value());
        QVERIFY(store.claimScheduler(me, now, 60).value());
    }

    void stopRequestsReachRunningSessionsOnly()
    {
        JobStore store(*m_catalog);
        const qint64 job = *store.saveJob(sampleJob(QStringLiteral("j")));
        QCOMPARE(store.requestStop(job).value(), 0);
        const qint64 session = *store.startSession(job, QStringLiteral("backup"), 0);
        QVERIFY(!store.stopRequested(session).value());
        QCOMPARE(store.requestStop(job).value(), 1);
        QVERIFY(store.stopRequested(session).value());
    }

    void mailMessagesAreSafeOnTheWire()
    {
        notify::MailMessage message;
        message.to = {QStringLiteral("a@example.org"), QStringLiteral("b@example.org")};
        message.subject = QString::fromUtf8("Failed: job 日本\r\nBcc: evil@example.org");
        message.body = QStringLiteral(".\nline two\n") + QString(200, QLatin1Char('x'));
        const QByteArray wire = notify::composeMessage(QStringLiteral("lifeboat@example.org"), message,
                                                       QDateTime(QDate(2026, 11, 23), QTime(22, 0), Qt::UTC),
                                                       QStringLiteral("1.2@lifeboat"));
        QVERIFY(!wire.contains("\r\nBcc:")); // no header injected through the subject
        QVERIFY(wire.contains("Subject: =?UTF-8?B?"));
        QVERIFY(wire.contains("To: a@example.org, b@example.org\r\n"));
        QVERIFY(wire.contains("Date: Mon, 23 Nov 2026 22:00:00 +0000\r\n"));
        const QByteArray body = wire.mid(wire.indexOf("\r\n\r\n") + 4);
        for (const QByteArray& line : body.split('\n'))
            QVERIFY(line.size() <= 77 && line != ".\r" && line != "."); // no lone dot ends the DATA early
        QCOMPARE(QByteArray::fromBase64(QByteArray(body).replace("\r\n", "")), message.body.toUtf8());
        for (const char* bad : {"no-at", "a@b@c", "a b@c", "a@b>", "a@b\r\nRCPT TO:<x@y>", ""})
            QCOMPARE(notify::checkAddress(QString::fromLatin1(bad)).error().code,
                     QStringLiteral("mail.bad_address"));
        QVERIFY(notify::checkAddress(QStringLiteral("ops+backup@example.org")));
        Notification onFailure{{QStringLiteral("a@example.org")}, QStringLiteral("failure")};
        QVERIFY(onFailure.wants(SessionResult::Failed));
        QVERIFY(!onFailure.wants(SessionResult::Warning));
        QVERIFY(Notification({{QStringLiteral("a@example.org")}, QStringLiteral("warning")})
                    .wants(SessionResult::Warning));
        QVERIFY(
            !Notification({{}, QStringLiteral("always")}).wants(SessionResult::Success)); // nobody to tell
    }
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
