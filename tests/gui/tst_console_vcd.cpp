// The console signed in through VMware Cloud Director as an organization's user@org (issues 6
// and 7), against the lab's Cloud Director FIXTURE (tests/lab/vcd-fixture) whose VMs are the
// lab's vcsim VMs. The provider's set-up is the one tests/integration/test_vcd_tenancy.sh makes
// with lifeboat-cli; the service account's password is in the keychain, so ctest runs this
// through tests/gui/with_keyring.sh. alice@acme sees acme's vApps and VMs only, backs up
// acme-vapp-1 from the VMs tab and restores it (keep) into Cloud Director; bob@globex sees none
// of it; a wrong password and an organization the provider removed are refused on the sign-in
// page.
#include "ConsoleLab.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "facade/Engine.h"
#include "files/FilesPage.h"
#include "files/GuestFileModel.h"
#include "jobs/JobWizard.h"
#include "jobs/JobsPage.h"
#include "signin/SignInPage.h"
#include "vms/RestoreVmWizard.h"
#include "vms/VmsModel.h"
#include "vms/VmsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

using namespace lifeboat;
using testing::ConsoleLab;
using testing::saveScreenshot;

namespace {
constexpr int kSignInMs = 60000;
constexpr int kBackupMs = 240000;
const QString kVapp = QStringLiteral("acme-vapp-1");
} // namespace

class TestConsoleVcd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
                 "run through tests/gui/with_keyring.sh: the service account's password is in a keychain");
        qputenv("XDG_CONFIG_HOME", m_lab.dirPath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
        QSettings().clear();
        const QString started = m_lab.start(4);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QJsonObject vcd = m_lab.json.value(QStringLiteral("vcd")).toObject();
        m_vcdUrl = vcd.value(QStringLiteral("url")).toString();
        m_vcdThumbprint = vcd.value(QStringLiteral("thumbprint_sha256")).toString();
        QVERIFY(!m_vcdUrl.isEmpty() && !m_vcdThumbprint.isEmpty());
        for (const QJsonValue& user : vcd.value(QStringLiteral("users")).toArray())
            m_passwords.insert(user[QStringLiteral("login")].toString(),
                               user[QStringLiteral("password")].toString());
        // What Cloud Director shows: each organization's vApps and their VMs (names, morefs).
        for (const QJsonValue& org : vcd.value(QStringLiteral("orgs")).toArray())
            for (const QJsonValue& vdc : org[QStringLiteral("vdcs")].toArray())
                for (const QJsonValue& vapp : vdc[QStringLiteral("vapps")].toArray())
                    for (const QJsonValue& vm : vapp[QStringLiteral("vms")].toArray()) {
                        auto& tree = m_vapps[org[QStringLiteral("name")].toString()];
                        tree[vapp[QStringLiteral("name")].toString()]
                            << vm[QStringLiteral("name")].toString();
                        m_morefs[org[QStringLiteral("name")].toString()]
                            << vm[QStringLiteral("moref")].toString();
                        m_morefOf.insert(vm[QStringLiteral("name")].toString(),
                                         vm[QStringLiteral("moref")].toString());
                    }
        for (auto& tree : m_vapps)
            for (QStringList& members : tree)
                members.sort();
        QVERIFY(m_vapps.value(QStringLiteral("acme")).contains(kVapp));
        QVERIFY(m_vapps.value(QStringLiteral("acme")).size() >= 2);
        QVERIFY(!m_vapps.value(QStringLiteral("globex")).isEmpty());
        QVERIFY(m_passwords.contains(QStringLiteral("alice@acme")) &&
                m_passwords.contains(QStringLiteral("bob@globex")) &&
                m_passwords.contains(QStringLiteral("administrator@System")));

        // The provider's set-up, as in test_vcd_tenancy.sh.
        const QString acmeRepo = m_lab.dirPath(QStringLiteral("acme-repo"));
        const QString globexRepo = m_lab.dirPath(QStringLiteral("globex-repo"));
        const QString templateFile = m_lab.dirPath(QStringLiteral("template.json"));
        QFile templ(templateFile);
        QVERIFY(templ.open(QIODevice::WriteOnly));
        templ.write(R"({"keep_restore_points": 3, "index_files": true})");
        templ.close();
        QCOMPARE(cli({"endpoint", "add", m_lab.url, "--trust", m_lab.thumbprint}), 0);
        QCOMPARE(cli({"endpoint", "add", m_vcdUrl, "--kind", "vcd", "--trust", m_vcdThumbprint}), 0);
        QCOMPARE(cli({"tenant", "add", m_lab.user, "--admin"}), 0);
        QCOMPARE(cli({"repo", "init", "--repo", acmeRepo}), 0);
        QCOMPARE(cli({"repo", "init", "--repo", globexRepo}), 0);
        QCOMPARE(cli({"vcd", "org", "set", "acme", "--endpoint", m_vcdUrl, "--repo", acmeRepo,
                      "--job-template", templateFile}),
                 0);
        QCOMPARE(cli({"vcd", "org", "set", "globex", "--endpoint", m_vcdUrl, "--repo", globexRepo}), 0);
        QCOMPARE(cli({"vcd", "vcenter", "link",
                      vcd.value(QStringLiteral("vcenter"))[QStringLiteral("name")].toString(), "--endpoint",
                      m_vcdUrl, "--to", m_lab.url, "--user", m_lab.user}),
                 0);
        QCOMPARE(cli({"endpoint", "login", m_lab.url, "--user", m_lab.user, "--remember-password"},
                     m_lab.password),
                 0);
        QCOMPARE(cli({"vcd", "provider", "set", "--endpoint", m_vcdUrl, "--user", "administrator@System",
                      "--password-stdin"},
                     {}, m_passwords.value(QStringLiteral("administrator@System")).toUtf8()),
                 0);
        // alice's job of the vApp, from acme's template and repository; the console runs it.
        QCOMPARE(cli({"job", "create", "acme-app", "--endpoint", m_vcdUrl, "--user", "alice@acme",
                      "--objects", kVapp},
                     m_passwords.value(QStringLiteral("alice@acme"))),
                 0);

        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        m_window = std::make_unique<ui::MainWindow>(*m_engine, m_languages);
        m_window->resize(1280, 800);
        m_window->show();
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->hasLoaded(), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void aliceSignsInThroughCloudDirector()
    {
        QVERIFY2(signIn(QStringLiteral("alice@acme"), m_passwords.value(QStringLiteral("alice@acme"))),
                 qPrintable(signInError()));
        // The window names the organization's user, not the service account it works with.
        const QString who = m_window->findChild<QLabel*>(QStringLiteral("signedInAs"))->text();
        QVERIFY2(who.contains(QStringLiteral("alice@acme")) && !who.contains(m_lab.user) &&
                     !who.contains(QStringLiteral("administrator")),
                 qPrintable(who));
    }

    void vmsTabShowsAcmesVappsOnly()
    {
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && page->model()->rowCount() > 0, kSignInMs);
        QCOMPARE(shownTree(), m_vapps.value(QStringLiteral("acme")));
        for (const QString& moref : m_morefs.value(QStringLiteral("globex")))
            QVERIFY2(!page->model()->row(moref), qPrintable(moref));
        // alice's job protects the members of acme-vapp-1, not the other vApp's.
        for (const QString& name : m_vapps[QStringLiteral("acme")][kVapp]) {
            const console::VmRow* row = page->model()->row(m_morefOf.value(name));
            QVERIFY2(row && row->jobs == QStringList{QStringLiteral("acme-app")} && row->restorePoints == 0,
                     qPrintable(name));
        }
        saveScreenshot(*m_window, QStringLiteral("console-vcd-vms-acme"));
    }

    void jobWizardOffersTheCloudDirectorVapps()
    {
        ui::JobsPage* jobs = m_window->jobsPage();
        m_window->tabs()->setCurrentWidget(jobs);
        jobs->newJob();
        ui::JobWizard* wizard = jobs->wizard();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->inventoryLoaded(), kSignInMs);
        QVERIFY2(wizard->inventoryError().isEmpty(), qPrintable(wizard->inventoryError()));
        QAbstractItemModelTester tester(wizard->objectsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The other vApp, taken whole: vCenter does not know it, the job gets its members.
        const QString other = QStringLiteral("acme-vapp-2");
        QVERIFY(!wizard->setObjectChecked(QStringLiteral("vcd-vapp:globex-vapp-1"), true));
        QVERIFY(wizard->setObjectChecked(QStringLiteral("vcd-vapp:") + other, true));
        wizard->findChild<QLineEdit*>(QStringLiteral("jobName"))->setText(QStringLiteral("acme-wizard"));
        for (int step = 0; step < ui::JobWizard::SummaryPage; ++step)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SummaryPage));
        saveScreenshot(*wizard, QStringLiteral("console-vcd-job-wizard"));
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!jobs->wizard(), kSignInMs);
        QByteArray out;
        QCOMPARE(cli({"job", "show", "acme-wizard", "--json"}, {}, {}, &out), 0);
        const QJsonObject job = QJsonDocument::fromJson(out).object();
        QStringList objects;
        for (const QJsonValue& object : job.value(QStringLiteral("objects")).toArray())
            objects << object[QStringLiteral("moref")].toString();
        objects.sort();
        QStringList members;
        for (const QString& name : m_vapps[QStringLiteral("acme")][other])
            members << m_morefOf.value(name);
        members.sort();
        QCOMPARE(objects, members);
        QVERIFY2(job.value(QStringLiteral("account")).toString().endsWith(QStringLiteral("/acme")),
                 qPrintable(job.value(QStringLiteral("account")).toString()));
        QCOMPARE(cli({"job", "delete", "acme-wizard"}), 0);
    }

    void backUpTheVappNow()
    {
        ui::VmsPage* page = m_window->vmsPage();
        QSignalSpy status(page, &ui::ConsolePage::status);
        QSignalSpy finished(m_engine.get(), &Engine::jobFinished);
        QVERIFY(page->selectVapp(kVapp));
        auto* backUp = page->findChild<QPushButton*>(QStringLiteral("vmBackUpNow"));
        QVERIFY(backUp->isEnabled());
        QTest::mouseClick(backUp, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status.isEmpty(), kSignInMs);
        const QString started = status.first().value(0).toString();
        QVERIFY2(started.contains(kVapp) && started.contains(QStringLiteral("acme-app")) &&
                     !started.contains(QStringLiteral("Not started")),
                 qPrintable(started));
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), kBackupMs);
        QVERIFY2(finished.first().value(2).toString() == QLatin1String("Success"),
                 qPrintable(finished.first().value(3).toString()));
        // Each member of the vApp now has its restore point; the other vApp's VM has none.
        page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(m_vapps[QStringLiteral("acme")][kVapp].cbegin(),
                                             m_vapps[QStringLiteral("acme")][kVapp].cend(),
                                             [&](const QString& name) {
                                                 const console::VmRow* row =
                                                     page->model()->row(m_morefOf.value(name));
                                                 return row && row->restorePoints == 1;
                                             }),
                                 kSignInMs);
        for (auto it = m_vapps[QStringLiteral("acme")].cbegin(); it != m_vapps[QStringLiteral("acme")].cend();
             ++it)
            if (it.key() != kVapp)
                for (const QString& name : it.value())
                    QCOMPARE(page->model()->row(m_morefOf.value(name))->restorePoints, 0);
        saveScreenshot(*m_window, QStringLiteral("console-vcd-vms-acme-backed-up"));
    }

    void aliceFindsHerFiles()
    {
        // The template indexes guest files: the search finds acme's (the check for bob below
        // would prove nothing otherwise).
        QCOMPARE(searchFiles(QStringLiteral("os-release"), QStringLiteral("console-vcd-files-acme")) > 0,
                 true);
    }

    void vappRestoreWithKeepImportsIntoCloudDirector()
    {
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QSignalSpy status(page, &ui::ConsolePage::status);
        QVERIFY(page->selectVapp(kVapp));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmRestore")), Qt::LeftButton);
        ui::RestoreVmWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page->findChild<ui::RestoreVmWizard*>()) && wizard->isVisible(),
                                 kSignInMs);
        QVERIFY(wizard->isVapp());
        wizard->next();
        wizard->findChild<QRadioButton*>(QStringLiteral("restoreKeep"))->setChecked(true);
        wizard->next();
        const QString summary = wizard->findChild<QLabel*>(QStringLiteral("restoreSummary"))->text();
        for (const QString& name : m_vapps[QStringLiteral("acme")][kVapp])
            QVERIFY2(summary.contains(name), qPrintable(summary));
        saveScreenshot(*wizard, QStringLiteral("console-vcd-vapp-restore-wizard"));
        wizard->accept();
        QString answer;
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.cbegin(), status.cend(),
                                             [&](const QList<QVariant>& signal) {
                                                 answer = signal.value(0).toString();
                                                 return !answer.startsWith(QStringLiteral("Restoring"));
                                             }),
                                 kBackupMs);
        QVERIFY2(answer.contains(QStringLiteral("vApp %1 restored: Success").arg(kVapp)), qPrintable(answer));
        // The kept copies Cloud Director took in are alice's at once, under the vApp, without
        // signing in again.
        QMap<QString, QStringList> withCopies = m_vapps.value(QStringLiteral("acme"));
        for (const QString& name : m_vapps[QStringLiteral("acme")][kVapp])
            withCopies[kVapp] << name + QStringLiteral("_restored");
        withCopies[kVapp].sort();
        page->refresh();
        QTRY_COMPARE_WITH_TIMEOUT(shownTree(), withCopies, kSignInMs);
        saveScreenshot(*m_window, QStringLiteral("console-vcd-vapp-restored"));

        // Cloud Director lists the kept copies in the vApp beside the originals.
        QByteArray out;
        QCOMPARE(cli({"vcd", "inventory", "--url", m_vcdUrl, "--user", "alice@acme", "--thumbprint",
                      m_vcdThumbprint, "--password-stdin", "--json"},
                     {}, m_passwords.value(QStringLiteral("alice@acme")).toUtf8(), &out),
                 0);
        QStringList inVapp;
        for (const QJsonValue& vm :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("vms")).toArray())
            if (vm[QStringLiteral("vapp")].toString() == kVapp)
                inVapp << vm[QStringLiteral("name")].toString();
        inVapp.sort();
        QStringList expected;
        for (const QString& name : m_vapps[QStringLiteral("acme")][kVapp])
            expected << name << name + QStringLiteral("_restored");
        expected.sort();
        QCOMPARE(inVapp, expected);
    }

    void bobSeesOnlyGlobex()
    {
        m_window->signOut();
        QTRY_VERIFY(!m_window->isSignedIn() && m_window->signInPage()->isVisible());
        QVERIFY2(signIn(QStringLiteral("bob@globex"), m_passwords.value(QStringLiteral("bob@globex"))),
                 qPrintable(signInError()));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("signedInAs"))
                    ->text()
                    .contains(QStringLiteral("bob@globex")));
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && page->model()->rowCount() > 0, kSignInMs);
        QCOMPARE(shownTree(), m_vapps.value(QStringLiteral("globex")));
        for (const QString& moref : m_morefs.value(QStringLiteral("acme")))
            QVERIFY2(!page->model()->row(moref), qPrintable(moref));
        for (const QString& moref : m_morefs.value(QStringLiteral("globex")))
            QCOMPARE(page->model()->row(moref)->restorePoints, 0);
        saveScreenshot(*m_window, QStringLiteral("console-vcd-vms-globex"));
        // None of acme's restore points, through the engine either.
        bool answered = false;
        qsizetype points = -1;
        m_engine->restorePoints(this, [&](Result<QVector<console::RestorePointRow>> rows) {
            answered = true;
            points = rows ? rows->size() : -1;
        });
        QTRY_VERIFY_WITH_TIMEOUT(answered, kSignInMs);
        QCOMPARE(points, qsizetype(0));
        QCOMPARE(searchFiles(QStringLiteral("os-release"), QStringLiteral("console-vcd-files-globex")), 0);
    }

    void aWrongPasswordIsRefusedInline()
    {
        m_window->signOut();
        QTRY_VERIFY(!m_window->isSignedIn() && m_window->signInPage()->isVisible());
        QVERIFY(!signIn(QStringLiteral("alice@acme"), QStringLiteral("not-alice's-password")));
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QVERIFY2(error->isVisible() && error->text().contains(QStringLiteral("refused the sign-in")) &&
                     error->text().contains(QStringLiteral("alice@acme")),
                 qPrintable(error->text()));
        QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->text().isEmpty());
        saveScreenshot(*m_window, QStringLiteral("console-vcd-wrong-password"));
    }

    void aliceSignsInAgainWithTheRestoredVms()
    {
        // Cloud Director has the kept copies in the vApp now, and the scope is read from it at
        // every sign-in: the copies are alice's.
        QVERIFY2(signIn(QStringLiteral("alice@acme"), m_passwords.value(QStringLiteral("alice@acme"))),
                 qPrintable(signInError()));
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && page->model()->rowCount() > 0, kSignInMs);
        QMap<QString, QStringList> expected = m_vapps.value(QStringLiteral("acme"));
        for (const QString& name : m_vapps[QStringLiteral("acme")][kVapp])
            expected[kVapp] << name + QStringLiteral("_restored");
        expected[kVapp].sort();
        QCOMPARE(shownTree(), expected);
        m_window->signOut();
        QTRY_VERIFY(!m_window->isSignedIn() && m_window->signInPage()->isVisible());
    }

    void anOrganizationNotSetUpIsRefused()
    {
        QCOMPARE(cli({"vcd", "org", "remove", "globex", "--endpoint", m_vcdUrl}), 0);
        QVERIFY(!signIn(QStringLiteral("bob@globex"), m_passwords.value(QStringLiteral("bob@globex"))));
        const QString error = signInError();
        QVERIFY2(error.contains(QStringLiteral("organization globex")), qPrintable(error));
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("signInError"))->isVisible());
        saveScreenshot(*m_window, QStringLiteral("console-vcd-org-refused"));
    }

private:
    // Signs in through the Cloud Director mode of the sign-in page; true once signed in, false
    // when the page shows an error.
    bool signIn(const QString& user, const QString& password)
    {
        // Whoever a failed test function left signed in signs out first.
        if (m_window->isSignedIn()) {
            m_window->signOut();
            if (!QTest::qWaitFor([&] { return m_window->signInPage()->isVisible(); }, 10000))
                return false;
        }
        auto* mode = m_window->findChild<QComboBox*>(QStringLiteral("signInMode"));
        mode->setCurrentIndex(mode->findData(QStringLiteral("vcd")));
        auto* server = m_window->findChild<QComboBox*>(QStringLiteral("signInServer"));
        // Only the catalog's Cloud Director is offered, not the vCenter.
        if (!QTest::qWaitFor([&] { return server->count() == 1; }, 10000) ||
            !server->itemData(0).toString().startsWith(m_vcdUrl)) {
            qWarning("the server list offers %d entries, first %s", server->count(),
                     qPrintable(server->itemData(0).toString()));
            return false;
        }
        server->setCurrentIndex(0);
        m_window->findChild<QLineEdit*>(QStringLiteral("signInUser"))->setText(user);
        m_window->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(password);
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        (void)QTest::qWaitFor([&] { return m_window->isSignedIn() || !error->text().isEmpty(); }, kSignInMs);
        return m_window->isSignedIn();
    }
    QString signInError() const
    {
        return m_window->findChild<QLabel*>(QStringLiteral("signInError"))->text();
    }

    // The VMs tab's tree: vApp rows over their members' names; VMs outside a vApp under "".
    QMap<QString, QStringList> shownTree() const
    {
        auto* view = m_window->vmsPage()->findChild<QTreeView*>(QStringLiteral("vmsView"));
        const QAbstractItemModel* model = view->model();
        QMap<QString, QStringList> shown;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex top = model->index(row, ui::VmsModel::Name);
            const QString vapp = top.data(ui::VmsModel::VappRole).toString();
            if (vapp.isEmpty()) {
                shown[QString()] << top.data().toString();
                continue;
            }
            QStringList& members = shown[vapp];
            for (int child = 0; child < model->rowCount(top); ++child)
                members << model->index(child, ui::VmsModel::Name, top).data().toString();
        }
        for (QStringList& members : shown)
            members.sort();
        return shown;
    }

    // Searches the Files tab for `name`; how many results it shows.
    int searchFiles(const QString& name, const QString& screenshot)
    {
        auto* files = m_window->findChild<ui::FilesPage*>();
        m_window->tabs()->setCurrentWidget(files);
        files->findChild<QLineEdit*>(QStringLiteral("fileSearchName"))->setText(name);
        QTest::mouseClick(files->findChild<QPushButton*>(QStringLiteral("fileSearchButton")), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !files->isSearching(); }, kSignInMs))
            return -1;
        saveScreenshot(*m_window, screenshot);
        return files->findChild<QAbstractItemModel*>(QStringLiteral("fileResultsModel"))->rowCount();
    }

    // lifeboat-cli on the test's catalog, with `password` as the endpoint password (the lab
    // account's if empty) and `input` on its standard input.
    int cli(const QStringList& arguments, const QString& password = {}, const QByteArray& input = {},
            QByteArray* out = nullptr)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_ENDPOINT_PASSWORD"),
                           password.isEmpty() ? m_lab.password : password);
        environment.insert(QStringLiteral("LIFEBOAT_REPO_PASSWORD"),
                           QString::fromLatin1(m_lab.repositoryPassword));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LIFEBOAT_CLI_PATH),
                      QStringList{QStringLiteral("--catalog"), m_lab.catalog} + arguments);
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(300000))
            return -1;
        const QByteArray stdOut = process.readAllStandardOutput();
        if (out)
            *out = stdOut;
        if (process.exitCode() != 0)
            qWarning("lifeboat-cli %s: %s %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     stdOut.constData(), process.readAllStandardError().constData());
        return process.exitCode();
    }
    int cli(std::initializer_list<QString> arguments, const QString& password = {},
            const QByteArray& input = {}, QByteArray* out = nullptr)
    {
        return cli(QStringList(arguments), password, input, out);
    }

    ConsoleLab m_lab;
    QString m_vcdUrl, m_vcdThumbprint;
    QHash<QString, QString> m_passwords;               // login → password
    QMap<QString, QMap<QString, QStringList>> m_vapps; // organization → vApp → member names (sorted)
    QHash<QString, QStringList> m_morefs;              // organization → its VMs' morefs
    QHash<QString, QString> m_morefOf;                 // VM name → moref
    ui::LanguageSwitcher m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestConsoleVcd)
#include "tst_console_vcd.moc"
