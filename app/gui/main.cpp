#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "facade/Engine.h"
#include "kiosk/KioskPolicy.h"
#include "lifeboat/Version.h"
#include "signin/SignInPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <optional>

int main(int argc, char* argv[])
{
    // Answer --version before QApplication exists: it needs a display, and packaging
    // checks and scripts ask for the version on machines without one.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("lifeboat %s\n", lifeboat::kVersion);
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QLatin1String(lifeboat::kApplicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QLatin1String(lifeboat::kOrganizationName));
    QApplication::setOrganizationDomain(QLatin1String(lifeboat::kOrganizationDomain));
    QApplication::setApplicationVersion(QLatin1String(lifeboat::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("lifeboat"));
    const QString logPath = lifeboat::installLogHandler(lifeboat::defaultLogDirectory());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Lifeboat backup and restore console"));
    parser.addHelpOption();
    const QCommandLineOption catalogOption(QStringLiteral("catalog"),
                                           QApplication::translate("main", "SQLite catalog to use."),
                                           QStringLiteral("PATH"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"), QApplication::translate("main", "Display language (en, de, fr, es, ja)."),
        QStringLiteral("CODE"));
    const QCommandLineOption kioskOption(
        QStringLiteral("kiosk"),
        QApplication::translate("main", "Lock the console down for a shared restore kiosk (also set by the "
                                        "system-wide policy file)."));
    const QCommandLineOption offlineOption(
        QStringLiteral("offline"),
        QApplication::translate("main", "Open a repository folder without any server or catalog (the offline "
                                        "restore workstation)."),
        QStringLiteral("PATH"));
    parser.addOptions({catalogOption, languageOption, kioskOption, offlineOption});
    parser.process(app);

    // A policy file that exists but cannot be applied stops the console: a kiosk that
    // silently opened unlocked would be worse than one that does not open.
    auto policy = lifeboat::ui::KioskPolicy::load(lifeboat::ui::KioskPolicy::defaultPath());
    if (!policy) {
        std::fprintf(stderr, "%s\n", qPrintable(policy.error().message));
        return 2;
    }
    std::optional<lifeboat::ui::KioskPolicy> kiosk;
    if (*policy && (*policy)->enabled)
        kiosk = **policy;
    else if (parser.isSet(kioskOption))
        kiosk = policy->value_or(lifeboat::ui::KioskPolicy{});

    lifeboat::ui::LanguageSwitcher languages;
    const QString language = parser.isSet(languageOption) ? parser.value(languageOption)
                                                          : lifeboat::ui::LanguageSwitcher::systemLanguage();
    if (!languages.setLanguage(language))
        languages.setLanguage(QStringLiteral("en"));

    // Offline there is no catalog to use: restore sessions and their audit go into a scratch
    // one that disappears with the process.
    QTemporaryDir scratch;
    const bool offline = parser.isSet(offlineOption);
    lifeboat::Engine engine(
        lifeboat::EngineOptions{offline ? scratch.filePath(QStringLiteral("offline-catalog.sqlite"))
                                        : lifeboat::resolveCatalogPath(parser.value(catalogOption))});
    lifeboat::ui::MainWindow window(engine, languages);
    window.setLogPath(logPath);
    if (offline)
        window.signInPage()->setOffline(parser.value(offlineOption));
    if (kiosk) {
        window.setKiosk(*kiosk);
        window.showFullScreen();
    } else {
        window.show();
    }
    // While the console is open it runs scheduled jobs, like `lifeboat-cli serve`; the
    // catalog's claim keeps a console and a service from both doing so.
    QObject::connect(&engine, &lifeboat::Engine::started, &engine, [&engine, offline](bool ok) {
        if (ok && !offline)
            engine.run<bool>(
                &engine,
                [](lifeboat::EngineWorker& worker) { return static_cast<bool>(worker.startScheduler()); },
                [](bool) {});
    });
    engine.start();
    const int code = app.exec();
    lifeboat::uninstallLogHandler();
    return code;
}
