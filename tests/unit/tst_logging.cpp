#include "core/Logging.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

Q_LOGGING_CATEGORY(lcTestLogging, "lifeboat.engine.test", QtDebugMsg)

class TestLogging : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rotatesAtTheLimitAndKeepsNGenerations()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lifeboat.log"));
        RotatingLogFile log(path, 1000, 3);
        const QString line(99, QLatin1Char('a')); // 100 bytes with the newline
        for (int i = 0; i < 55; ++i)
            log.write(line);
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile::exists(path + QStringLiteral(".1")));
        QVERIFY(QFile::exists(path + QStringLiteral(".2")));
        QVERIFY(QFile::exists(path + QStringLiteral(".3")));
        QVERIFY(!QFile::exists(path + QStringLiteral(".4")));
        for (const QString& file :
             QStringList{path, path + QStringLiteral(".1"), path + QStringLiteral(".3")})
            QVERIFY2(QFileInfo(file).size() <= 1000, qPrintable(file));
        // 55 lines of 100 bytes: 10 per full file, so the current file holds the last 5.
        QCOMPARE(QFileInfo(path).size(), 500);
    }

    void handlerWritesCategoryAndThreadToTheFile()
    {
        QTemporaryDir dir;
        const QString file = installLogHandler(dir.path());
        qCWarning(lcTestLogging) << "disk full on datastore";
        uninstallLogHandler();
        QFile log(file);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(QStringLiteral(" W lifeboat.engine.test [")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("disk full on datastore")));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
