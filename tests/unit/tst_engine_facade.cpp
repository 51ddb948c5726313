#include "facade/Engine.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace lifeboat;

class TestEngineFacade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void startOpensTheCatalogOnTheEngineThread()
    {
        Engine engine(EngineOptions{m_dir.filePath(QStringLiteral("a.sqlite"))});
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));
        QCOMPARE(started.first().at(0).toBool(), true);

        QThread* answeredOn = nullptr;
        Result<catalog::CatalogInfo> info(Error{});
        bool answered = false;
        engine.catalogInfo(this, [&](Result<catalog::CatalogInfo> result) {
            answeredOn = QThread::currentThread();
            info = std::move(result);
            answered = true;
        });
        QVERIFY(!answered); // queued, never synchronous
        QTRY_VERIFY_WITH_TIMEOUT(answered, 10000);
        QCOMPARE(answeredOn, QThread::currentThread());
        QVERIFY(info);
        QCOMPARE(info->path, m_dir.filePath(QStringLiteral("a.sqlite")));
    }

    void workRunsOnTheEngineThreadAndNeverBlocksTheCaller()
    {
        Engine engine(EngineOptions{m_dir.filePath(QStringLiteral("b.sqlite"))});
        engine.start();
        QThread* ranOn = nullptr;
        bool done = false;
        int ticksWhileBusy = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            if (!done)
                ++ticksWhileBusy;
        });
        ticker.start();

        QElapsedTimer callTime;
        callTime.start();
        engine.run<int>(
            this,
            [&](EngineWorker&) {
                ranOn = QThread::currentThread();
                QThread::msleep(400); // stands in for slow disk or network work
                return 42;
            },
            [&](int value) {
                QCOMPARE(value, 42);
                done = true;
            });
        const qint64 callMs = callTime.elapsed();
        QVERIFY2(callMs < 100, qPrintable(QStringLiteral("run() took %1 ms to return").arg(callMs)));
        QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        QCOMPARE(ranOn, engine.engineThread());
        QVERIFY(ranOn != QThread::currentThread());
        // The caller's event loop kept turning while the engine worked.
        QVERIFY2(ticksWhileBusy >= 5, qPrintable(QString::number(ticksWhileBusy)));
    }

    void answerToADestroyedContextIsDropped()
    {
        Engine engine(EngineOptions{m_dir.filePath(QStringLiteral("c.sqlite"))});
        engine.start();
        auto* context = new QObject;
        bool called = false;
        bool workDone = false;
        engine.run<int>(
            context,
            [&](EngineWorker&) {
                QThread::msleep(100);
                workDone = true;
                return 1;
            },
            [&](int) { called = true; });
        delete context;
        QTRY_VERIFY_WITH_TIMEOUT(workDone, 10000);
        QTest::qWait(100);
        QVERIFY(!called);
    }

    void aCatalogThatCannotOpenIsReportedAndCallsFailCleanly()
    {
        const QString path = m_dir.filePath(QStringLiteral("not-a-db.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        Engine engine(EngineOptions{path});
        QSignalSpy started(&engine, &Engine::started);
        engine.start();
        QVERIFY(started.wait(10000));
        QCOMPARE(started.first().at(0).toBool(), false);
        QCOMPARE(started.first().at(1).toString(), QStringLiteral("catalog.corrupt"));

        std::optional<Result<catalog::CatalogInfo>> info;
        engine.catalogInfo(this, [&](Result<catalog::CatalogInfo> result) { info = std::move(result); });
        QTRY_VERIFY_WITH_TIMEOUT(info.has_value(), 10000);
        QVERIFY(!*info);
        QCOMPARE(info->error().code, QStringLiteral("engine.not_started"));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestEngineFacade)
#include "tst_engine_facade.moc"
