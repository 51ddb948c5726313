// "Remain signed in" against a real Secret Service: the console keeps the password in the
// system keychain, a restarted console signs in with it, signing out removes it, and it is
// written nowhere else. Needs a D-Bus session with GNOME Keyring: ctest runs this through
// tests/gui/with_keyring.sh.
//
// Each restart is a second process (this program again, see main()): QtKeychain queues its
// jobs on an object that stays in the first thread that used it, so one process must keep
// to one thread for the keychain, as the console does with its engine thread.
#include "ConsoleLab.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "core/Logging.h"
#include "credentials/Keychain.h"
#include "facade/Engine.h"
#include "signin/SignInPage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>

using namespace lifeboat;
using testing::ConsoleLab;
using testing::saveScreenshot;

namespace {

const QString kOrganization = QStringLiteral("lifeboat-test");

void enableEveryLogRecord(const QString& directory, QString* path = nullptr)
{
    // Every record of every level, so that a password logged anywhere would be found
    // (QT_LOGGING_RULES would override this; ctest sets it to the same for this test).
    const QString file = installLogHandler(directory);
    if (path)
        *path = file;
    QLoggingCategory::setFilterRules(QStringLiteral("lifeboat.*=true"));
}

// The second process, "console": the console as it starts on the catalog and settings the
// test prepared. Prints what it shows as JSON; with LIFEBOAT_CHILD_SIGN_OUT, then signs out.
int consoleChild()
{
    enableEveryLogRecord(qEnvironmentVariable("LIFEBOAT_CHILD_LOGS"));
    ui::LanguageSwitcher languages;
    languages.setLanguage(QStringLiteral("en"));
    Engine engine(EngineOptions{qEnvironmentVariable("LIFEBOAT_CHILD_CATALOG")});
    ui::MainWindow window(engine, languages);
    window.show();
    engine.start();
    auto* error = window.findChild<QLabel*>(QStringLiteral("signInError"));
    // Signed in, refused, or (with nothing remembered) nothing at all within a while.
    (void)QTest::qWaitFor([&] { return window.isSignedIn() || !error->text().isEmpty(); }, 25000);
    QTest::qWait(500);
    const QString name = qEnvironmentVariable("LIFEBOAT_CHILD_SCREENSHOT");
    if (!name.isEmpty())
        testing::saveScreenshot(window, name);
    QJsonObject shown{
        {QStringLiteral("signed_in"), window.isSignedIn()},
        {QStringLiteral("tabs_shown"), window.findChild<QStackedWidget*>()->currentWidget() == window.tabs()},
        {QStringLiteral("who"), window.findChild<QLabel*>(QStringLiteral("signedInAs"))->text()},
        {QStringLiteral("error"), error->text()},
        {QStringLiteral("password_typed"),
         !window.findChild<QLineEdit*>(QStringLiteral("signInPassword"))->text().isEmpty()},
        {QStringLiteral("remain_checked"),
         window.findChild<QCheckBox*>(QStringLiteral("signInRemember"))->isChecked()},
        {QStringLiteral("user"), window.findChild<QLineEdit*>(QStringLiteral("signInUser"))->text()}};
    if (window.isSignedIn() && qEnvironmentVariableIsSet("LIFEBOAT_CHILD_SIGN_OUT")) {
        window.signOut();
        // Requests run in order on the engine thread: when this one answers, the window's
        // sign-out (and its keychain call) is done. Not a sign-out itself, which would remove
        // the entry even if the window's did not.
        bool done = false;
        engine.endpoints(&window, [&](Result<QVector<catalog::EndpointRecord>>) { done = true; });
        shown.insert(QStringLiteral("signed_out"),
                     QTest::qWaitFor([&] { return done; }, 30000) && !window.isSignedIn());
    }
    QTextStream(stdout) << QJsonDocument(shown).toJson(QJsonDocument::Compact) << Qt::endl;
    uninstallLogHandler();
    return 0;
}

// The second process, "keychain": what the keychain holds for LIFEBOAT_CHILD_KEY, compared
// with LIFEBOAT_CHILD_EXPECTED ("same", "different", or the error code).
int keychainChild()
{
    auto secret = credentials::readSecret(qEnvironmentVariable("LIFEBOAT_CHILD_KEY"));
    QTextStream(stdout) << (!secret ? secret.error().code
                            : *secret == qEnvironmentVariable("LIFEBOAT_CHILD_EXPECTED")
                                ? QStringLiteral("same")
                                : QStringLiteral("different"))
                        << Qt::endl;
    return 0;
}

} // namespace

class TestConsoleKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
                     !qEnvironmentVariableIsEmpty("LIFEBOAT_KEYRING_DATA"),
                 "run through tests/gui/with_keyring.sh: the test needs a keyring of its own");
        qputenv("XDG_CONFIG_HOME", m_lab.dirPath(QStringLiteral("config")).toLocal8Bit());
        QSettings().clear();
        enableEveryLogRecord(m_lab.dirPath(QStringLiteral("logs/first")), &m_logPath);
        const QString started = m_lab.start(2);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        // The administrator's part: the lab's server is trusted on this computer.
        QCOMPARE(m_lab.cli({QStringLiteral("endpoint"), QStringLiteral("add"), m_lab.url,
                            QStringLiteral("--trust"), m_lab.thumbprint}),
                 0);
        QCOMPARE(keychainEntry(), QStringLiteral("keychain.not_found"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
        uninstallLogHandler();
    }

    void remainSignedInKeepsThePasswordInTheKeychain()
    {
        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        m_window = std::make_unique<ui::MainWindow>(*m_engine, m_languages);
        m_window->show();
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->hasLoaded(), 10000);
        auto* remember = m_window->findChild<QCheckBox*>(QStringLiteral("signInRemember"));
        QVERIFY(remember->isVisible() && !remember->isChecked());
        auto* server = m_window->findChild<QComboBox*>(QStringLiteral("signInServer"));
        QTRY_VERIFY(server->findData(m_lab.url) >= 0);
        server->setCurrentIndex(server->findData(m_lab.url));
        m_window->findChild<QLineEdit*>(QStringLiteral("signInUser"))->setText(m_lab.user);
        m_window->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(m_lab.password);
        remember->setChecked(true);
        saveScreenshot(*m_window, QStringLiteral("console-signin-remain"));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_window->isSignedIn(),
            qPrintable(m_window->findChild<QLabel*>(QStringLiteral("signInError"))->text()), 30000);
        // The console quits; its password stays in the keychain, under the console's key.
        m_window.reset();
        m_engine.reset();
        QCOMPARE(keychainEntry(), QStringLiteral("same"));
    }

    void aRestartedConsoleSignsInWithoutThePassword()
    {
        const QJsonObject shown = console(QStringLiteral("console-remained-signed-in"), true);
        QVERIFY2(shown.value(QStringLiteral("signed_in")).toBool() &&
                     shown.value(QStringLiteral("tabs_shown")).toBool() &&
                     shown.value(QStringLiteral("who")).toString().contains(m_lab.user) &&
                     !shown.value(QStringLiteral("password_typed")).toBool(),
                 QJsonDocument(shown).toJson().constData());
        // ...and signed out there, as the user does from the File menu.
        QVERIFY2(shown.value(QStringLiteral("signed_out")).toBool(),
                 QJsonDocument(shown).toJson().constData());
    }

    void signingOutRemovedTheKeychainEntry()
    {
        QCOMPARE(keychainEntry(), QStringLiteral("keychain.not_found"));
    }

    void aFurtherRestartAsksForThePassword()
    {
        QJsonObject shown = console(QStringLiteral("console-signed-out-restart"));
        QVERIFY2(!shown.value(QStringLiteral("signed_in")).toBool() &&
                     !shown.value(QStringLiteral("remain_checked")).toBool() &&
                     shown.value(QStringLiteral("error")).toString().isEmpty() &&
                     shown.value(QStringLiteral("user")).toString() == m_lab.user,
                 QJsonDocument(shown).toJson().constData());

        // Even with "Remain signed in" still set (a settings file restored from a backup, say),
        // no password is left to sign in with: the user is told and asked for it.
        QSettings().setValue(QStringLiteral("signin/remain"), true);
        shown = console(QStringLiteral("console-remain-forgotten"));
        QVERIFY2(!shown.value(QStringLiteral("signed_in")).toBool() &&
                     shown.value(QStringLiteral("error"))
                         .toString()
                         .contains(QStringLiteral("not signed in automatically")),
                 QJsonDocument(shown).toJson().constData());
    }

    void thePasswordIsWrittenNowhereElse()
    {
        // The log did record the sign-ins: an empty log would prove nothing.
        QVERIFY2(fileContains(m_logPath, "stored a secret in the system keychain"), qPrintable(m_logPath));
        QStringList searched;
        QStringList found;
        const QStringList roots{
            m_lab.catalog,
            m_lab.catalog + QStringLiteral("-wal"),
            m_lab.dirPath(QStringLiteral("config")),       // the console's settings
            m_lab.dirPath(QStringLiteral("logs")),         // the consoles' logs
            qEnvironmentVariable("LIFEBOAT_KEYRING_DATA"), // lifeboat-cli's logs, the keyring
        };
        for (const QString& root : roots) {
            QStringList paths;
            if (QFileInfo(root).isFile())
                paths << root;
            for (QDirIterator files(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
                 files.hasNext();)
                paths << files.next();
            for (const QString& path : std::as_const(paths)) {
                searched << path;
                if (fileContains(path, m_lab.password.toUtf8()))
                    found << path;
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(','))));
        // What was searched includes the settings file, the logs and the keyring itself.
        auto any = [&](const QString& suffix) {
            return std::any_of(searched.cbegin(), searched.cend(),
                               [&](const QString& path) { return path.endsWith(suffix); });
        };
        QVERIFY2(any(QStringLiteral(".conf")) && any(QStringLiteral(".keyring")) &&
                     searched.filter(QStringLiteral("lifeboat.log")).size() >= 4,
                 qPrintable(searched.join(QLatin1Char(','))));
    }

private:
    // Starts the console again in a second process; what it showed.
    QJsonObject console(const QString& screenshot, bool signOut = false)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_CHILD"), QStringLiteral("console"));
        environment.insert(QStringLiteral("LIFEBOAT_CHILD_CATALOG"), m_lab.catalog);
        environment.insert(QStringLiteral("LIFEBOAT_CHILD_LOGS"),
                           m_lab.dirPath(QStringLiteral("logs/") + screenshot));
        environment.insert(QStringLiteral("LIFEBOAT_CHILD_SCREENSHOT"), screenshot);
        if (signOut)
            environment.insert(QStringLiteral("LIFEBOAT_CHILD_SIGN_OUT"), QStringLiteral("1"));
        return QJsonDocument::fromJson(child(environment)).object();
    }
    // What the keychain holds under the console's key for the lab's account: "same" (the
    // lab's password), "different", or the error code reading it.
    QString keychainEntry()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_CHILD"), QStringLiteral("keychain"));
        environment.insert(QStringLiteral("LIFEBOAT_CHILD_KEY"),
                           credentials::consolePasswordKey(m_lab.url, m_lab.user));
        environment.insert(QStringLiteral("LIFEBOAT_CHILD_EXPECTED"), m_lab.password);
        return QString::fromUtf8(child(environment)).trimmed();
    }
    QByteArray child(const QProcessEnvironment& environment)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(QCoreApplication::applicationFilePath(), {});
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            qWarning("the second process failed (exit code %d)", process.exitCode());
        return process.readAllStandardOutput();
    }
    static bool fileContains(const QString& path, const QByteArray& needle)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains(needle);
    }

    ConsoleLab m_lab;
    QString m_logPath;
    ui::LanguageSwitcher m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
};

int main(int argc, char** argv)
{
    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(kOrganization);
    const QString child = qEnvironmentVariable("LIFEBOAT_CHILD");
    if (child == QLatin1String("console"))
        return consoleChild();
    if (child == QLatin1String("keychain"))
        return keychainChild();
    TestConsoleKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_console_keychain.moc"
