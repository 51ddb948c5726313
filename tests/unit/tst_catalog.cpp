#include "catalog/Catalog.h"
#include "catalog/Migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace lifeboat;
using namespace lifeboat::catalog;

namespace {
QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

// Builds a catalog as an older Lifeboat left it: schema `version`, with one endpoint.
void writeOldCatalog(const QString& path, int version)
{
    const QString name = QStringLiteral("old-catalog-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(migrate(db, version));
        QSqlQuery query(db);
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO endpoints (kind, url, display_name, created_at) "
                           "VALUES ('vsphere', 'https://vc.example/sdk', 'VC', '2026-01-01T00:00:00Z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// What another Lifeboat process does to the catalog: `write KEY` sets a setting, `read KEY`
// succeeds only if it is set. Runs in a process of its own (this test binary, see main()).
int otherProcess(const QString& path, const QString& action, const QString& key)
{
    int code = 1;
    {
        Catalog catalog(path);
        if (catalog.open()) {
            if (action == QLatin1String("write"))
                code = catalog.setSetting(key, QStringLiteral("1")) ? 0 : 1;
            else if (auto value = catalog.setting(key))
                code = *value == QLatin1String("1") ? 0 : 1;
        }
        catalog.closeConnection();
    }
    return code;
}

int runOtherProcess(const QString& path, const QString& action, const QString& key)
{
    QProcess process;
    process.start(QCoreApplication::applicationFilePath(),
                  {QStringLiteral("--other-process"), path, action, key});
    if (!process.waitForFinished(30000))
        return -1;
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}
} // namespace

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void newCatalogIsAtLatestSchemaInWalMode()
    {
        QTemporaryDir dir;
        Catalog catalog(dir.filePath(QStringLiteral("sub/folder/catalog.sqlite")));
        const Status opened = catalog.open();
        QVERIFY2(opened, qPrintable(opened.error().message));
        const auto info = catalog.info();
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, latestSchemaVersion());
        QCOMPARE(info->journalMode, QStringLiteral("wal"));
        QCOMPARE(info->endpoints, 0);
        QVERIFY(!QFile::exists(catalog.path() + QStringLiteral(".schema-0.bak")));
    }

    void oldSchemaIsUpgradedKeepingDataAndABackup()
    {
        QVERIFY(latestSchemaVersion() >= 2);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        writeOldCatalog(path, 1);
        const QByteArray before = fileBytes(path);

        Catalog catalog(path);
        const Status opened = catalog.open();
        QVERIFY2(opened, qPrintable(opened.error().message));
        const auto info = catalog.info();
        QVERIFY(info);
        QCOMPARE(info->schemaVersion, latestSchemaVersion());
        QCOMPARE(info->endpoints, 1);
        QCOMPARE(info->jobs, 0); // the table from step 2 exists and is empty

        QSqlDatabase db = catalog.connection();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT url, last_connected_at FROM endpoints")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), QStringLiteral("https://vc.example/sdk"));
        QVERIFY(query.value(1).isNull()); // the column added by step 2
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version ORDER BY version")));
        QList<int> versions;
        while (query.next())
            versions << query.value(0).toInt();
        QCOMPARE(versions.first(), 1);
        QCOMPARE(versions.last(), latestSchemaVersion());

        const QString backup = path + QStringLiteral(".schema-1.bak");
        QVERIFY(QFile::exists(backup));
        QCOMPARE(fileBytes(backup), before);
    }

    void reopeningAtLatestChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QVERIFY(Catalog(path).open());
        Catalog again(path);
        QVERIFY(again.open());
        QCOMPARE(again.info()->schemaVersion, latestSchemaVersion());
        QVERIFY(!QFile::exists(path + QStringLiteral(".schema-%1.bak").arg(latestSchemaVersion())));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        writeOldCatalog(path, latestSchemaVersion());
        {
            const QString name = QStringLiteral("from-the-future");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'future', 'x')")
                                       .arg(latestSchemaVersion() + 1)));
                db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        const QByteArray before = fileBytes(path);
        Catalog catalog(path);
        const Status opened = catalog.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("catalog.too_new"));
        QVERIFY(opened.error().message.contains(QString::number(latestSchemaVersion() + 1)));
        QCOMPARE(fileBytes(path), before);
    }

    void fileThatIsNotSqliteIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray garbage =
            QByteArray("this is not a database, just text that must survive\n").repeated(200);
        file.write(garbage);
        file.close();
        Catalog catalog(path);
        const Status opened = catalog.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("catalog.corrupt"));
        QCOMPARE(fileBytes(path), garbage);
    }

    void foreignSqliteDatabaseIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE photos (id INTEGER)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const Status opened = Catalog(path).open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, QStringLiteral("catalog.foreign"));
    }

    void everyThreadGetsItsOwnConnection()
    {
        QTemporaryDir dir;
        Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
        QVERIFY(catalog.open());
        const QString mainConnection = catalog.connection().connectionName();
        QString workerConnection;
        qint64 workerEndpoints = -1;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            QSqlDatabase db = catalog.connection();
            workerConnection = db.connectionName();
            if (!db.open())
                return;
            QSqlQuery query(db);
            query.exec(QStringLiteral(
                "INSERT INTO endpoints (kind, url, created_at) VALUES ('vcd', 'https://vcd', 'now')"));
            workerEndpoints = catalog.info()->endpoints;
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY(!workerConnection.isEmpty());
        QVERIFY(workerConnection != mainConnection);
        QCOMPARE(workerEndpoints, 1);
        QCOMPARE(catalog.info()->endpoints, 1); // the write is visible to the main thread's connection
        // The worker's connection is removed when its thread ends, which is a moment after
        // QThread::wait() returns (thread-local destructors run as the OS thread exits).
        QTRY_VERIFY_WITH_TIMEOUT(!QSqlDatabase::contains(workerConnection), 5000);
    }

    void writesSurviveTheFileBeingOpenedElsewhereInTheProcess()
    {
        // POSIX locks belong to the process: any close() of a descriptor of the catalog's
        // files drops SQLite's, as QMimeDatabase does when a file dialog lists the folder.
        // Another process closing the catalog then checkpointed and deleted the WAL and
        // the shared memory still in use here, and later writes went to the orphaned WAL.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        Catalog catalog(path);
        QVERIFY(catalog.open());
        QVERIFY(catalog.setSetting(QStringLiteral("before"), QStringLiteral("1")));
        QString workerWrite = QStringLiteral("not run");
        std::unique_ptr<QThread> worker(QThread::create([&] {
            Status written = catalog.setSetting(QStringLiteral("worker"), QStringLiteral("1"));
            workerWrite = written ? QString() : written.error().message;
            catalog.closeConnection();
        }));
        worker->start();
        QVERIFY(worker->wait(10000));
        QVERIFY2(workerWrite.isEmpty(), qPrintable(workerWrite));
        for (const char* suffix : {"", "-wal", "-shm"}) {
            QFile file(path + QLatin1String(suffix));
            QVERIFY(file.open(QIODevice::ReadOnly));
            file.read(64);
        }
        QCOMPARE(runOtherProcess(path, QStringLiteral("write"), QStringLiteral("other")), 0);
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(catalog.setSetting(QStringLiteral("after"), QStringLiteral("1")));
        for (const QString& key :
             {QStringLiteral("before"), QStringLiteral("worker"), QStringLiteral("after")})
            QVERIFY2(runOtherProcess(path, QStringLiteral("read"), key) == 0, qPrintable(key));
        // The last connection of the process still folds the WAL into the file and removes it.
        catalog.closeConnection();
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(runOtherProcess(path, QStringLiteral("read"), QStringLiteral("after")), 0);
    }
};

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--other-process") == 0)
        return otherProcess(QString::fromLocal8Bit(argv[2]), QString::fromLatin1(argv[3]),
                            QString::fromLatin1(argv[4]));
    TestCatalog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_catalog.moc"
