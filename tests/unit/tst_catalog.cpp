#include "catalog/Catalog.h"
#include "catalog/Migrations.h"

#include <QFile>
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
};

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"
