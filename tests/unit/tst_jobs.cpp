#include "catalog/Catalog.h"
#include "jobs/JobStore.h"

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
};

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
