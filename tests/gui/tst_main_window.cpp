#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "facade/Engine.h"
#include "log/LogViewer.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;

namespace {
// Screenshots are artifacts for people (and the README), not assertions.
void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LIFEBOAT_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    // Let a language switch's relayout (a posted LayoutRequest) happen before the grab.
    QTest::qWait(50);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsTheCatalogReadThroughTheEngine()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.sqlite"));
        ui::LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        Engine engine(EngineOptions{path});
        ui::MainWindow window(engine, languages);
        window.show();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.overviewPage()->hasLoaded(), 10000);
        auto* pathLabel = window.findChild<QLabel*>(QStringLiteral("catalogPath"));
        QVERIFY(pathLabel);
        QCOMPARE(pathLabel->text(), path);
        QVERIFY(window.findChild<QLabel*>(QStringLiteral("catalogSchema"))
                    ->text()
                    .contains(QStringLiteral("wal")));
        saveScreenshot(window, QStringLiteral("main-window-en"));
    }

    void switchingTheLanguageRetranslatesAtOnce()
    {
        QTemporaryDir dir;
        ui::LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        Engine engine(EngineOptions{dir.filePath(QStringLiteral("catalog.sqlite"))});
        ui::MainWindow window(engine, languages);
        window.show();
        engine.start();
        QTRY_VERIFY_WITH_TIMEOUT(window.overviewPage()->hasLoaded(), 10000);
        auto* title = window.findChild<QLabel*>(QStringLiteral("overviewTitle"));
        QCOMPARE(title->text(), QStringLiteral("This installation"));
        const QString englishMenu = window.menuBar()->actions().first()->text();

        const struct
        {
            const char* code;
            const char* title;
        } expected[] = {{"de", "Diese Installation"},
                        {"fr", "Cette installation"},
                        {"es", "Esta instalación"},
                        {"ja", "このインストール"}};
        for (const auto& language : expected) {
            QVERIFY(languages.setLanguage(QString::fromLatin1(language.code)));
            QTRY_COMPARE(title->text(), QString::fromUtf8(language.title));
            QVERIFY(window.menuBar()->actions().first()->text() != englishMenu);
            saveScreenshot(window, QStringLiteral("main-window-") + QLatin1String(language.code));
        }
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(title->text(), QStringLiteral("This installation"));
        QVERIFY(!languages.setLanguage(QStringLiteral("xx")));
    }

    void logViewerShowsAndFiltersTheLog()
    {
        QTemporaryDir dir;
        QFile log(dir.filePath(QStringLiteral("lifeboat.log")));
        QVERIFY(log.open(QIODevice::WriteOnly));
        log.write("2026-11-24 10:00:00 INFO lifeboat.engine.jobs: job nightly started\n"
                  "2026-11-24 10:01:00 WARN lifeboat.engine.vsphere: snapshot slow\n");
        log.close();
        Engine engine(EngineOptions{dir.filePath(QStringLiteral("catalog.sqlite"))});
        engine.start();
        ui::LogViewer viewer(engine, log.fileName());
        QTRY_VERIFY(viewer.hasLoaded());
        auto* text = viewer.findChild<QPlainTextEdit*>(QStringLiteral("logText"));
        QVERIFY(text->toPlainText().contains(QStringLiteral("job nightly started")));
        viewer.findChild<QLineEdit*>(QStringLiteral("logFilter"))->setText(QStringLiteral("SNAPSHOT"));
        QCOMPARE(text->toPlainText(),
                 QStringLiteral("2026-11-24 10:01:00 WARN lifeboat.engine.vsphere: snapshot slow"));
        ui::LogViewer missing(engine, dir.filePath(QStringLiteral("none.log")));
        QTRY_VERIFY(missing.hasLoaded());
        QVERIFY(missing.findChild<QPlainTextEdit*>(QStringLiteral("logText"))
                    ->toPlainText()
                    .contains(QStringLiteral("cannot be read")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
