// A tenant in the console, against the lab: its scope names one member of a two-VM vApp. The
// VMs tab shows that member only, and restoring the vApp is refused as a whole, with a message
// the tenant understands, before any VM is created.
#include "ConsoleLab.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "facade/Engine.h"
#include "vms/RestoreVmWizard.h"
#include "vms/VmsModel.h"
#include "vms/VmsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeView>

using namespace lifeboat;
using testing::ConsoleLab;
using testing::saveScreenshot;

class TestConsoleTenant : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_lab.dirPath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
        QSettings().clear();
        // ConsoleLab starts a lab without tenant accounts; started here with one first, the
        // lab is running already when ConsoleLab asks, and ConsoleLab takes it over (and stops it).
        QProcess lab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_lab.dirPath(QStringLiteral("lab")));
        lab.setProcessEnvironment(environment);
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"),
                  {QStringLiteral("start"), QStringLiteral("--vms"), QStringLiteral("6"),
                   QStringLiteral("--tenants"), QStringLiteral("1")});
        const bool labStarted = lab.waitForFinished(300000) && lab.exitCode() == 0;
        const QString started = m_lab.start(6);
        QVERIFY2(labStarted && started.isEmpty(), lab.readAllStandardError().constData());
        const QJsonObject tenant = m_lab.json.value(QStringLiteral("tenants")).toArray().at(0).toObject();
        m_tenant = tenant.value(QStringLiteral("user")).toString();
        m_tenantPassword = tenant.value(QStringLiteral("password")).toString();
        QVERIFY(!m_tenant.isEmpty() && !m_tenantPassword.isEmpty());
        for (const QJsonValue& vm : m_lab.json.value(QStringLiteral("vms")).toArray())
            if (vm[QStringLiteral("name")].toString().contains(QStringLiteral("_APP")))
                m_vappMembers.insert(vm[QStringLiteral("moref")].toString(),
                                     vm[QStringLiteral("name")].toString());
        QCOMPARE(m_vappMembers.size(), 2);
        m_inScope = m_vappMembers.firstKey();
        m_outOfScope = m_vappMembers.lastKey();
        QVERIFY(m_lab.vmName(0) != m_vappMembers.value(m_inScope));

        // The administrator: the server, a repository, and the tenant scoped to one member of
        // the vApp and to VM 0.
        QCOMPARE(m_lab.cli({QStringLiteral("endpoint"), QStringLiteral("add"), m_lab.url,
                            QStringLiteral("--trust"), m_lab.thumbprint}),
                 0);
        QCOMPARE(m_lab.cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"),
                            m_lab.repository}),
                 0);
        QCOMPARE(m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"), m_lab.user,
                            QStringLiteral("--admin")}),
                 0);
        QCOMPARE(m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"), m_tenant,
                            QStringLiteral("--endpoint"), m_lab.url, QStringLiteral("--scope"),
                            QStringLiteral("vm:") + m_inScope, QStringLiteral("--scope"),
                            QStringLiteral("vm:") + m_lab.vmMoref(0)}),
                 0);
        // The tenant backs up its member: a restore point of its own, so that the console
        // offers the vApp's restore at all.
        QCOMPARE(
            asTenant({QStringLiteral("job"), QStringLiteral("create"), QStringLiteral("mine"),
                      QStringLiteral("--endpoint"), m_lab.url, QStringLiteral("--user"), m_tenant,
                      QStringLiteral("--repo"), m_lab.repository, QStringLiteral("--objects"), m_inScope}),
            0);
        QCOMPARE(asTenant({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("mine")}), 0);

        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        m_window = std::make_unique<ui::MainWindow>(*m_engine, m_languages);
        m_window->show();
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->hasLoaded(), 10000);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void tenantSignsIn()
    {
        auto* server = m_window->findChild<QComboBox*>(QStringLiteral("signInServer"));
        QTRY_VERIFY(server->findData(m_lab.url) >= 0);
        server->setCurrentIndex(server->findData(m_lab.url));
        m_window->findChild<QLineEdit*>(QStringLiteral("signInUser"))->setText(m_tenant);
        m_window->findChild<QLineEdit*>(QStringLiteral("signInPassword"))->setText(m_tenantPassword);
        QTest::mouseClick(m_window->findChild<QPushButton*>(QStringLiteral("signInButton")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_window->isSignedIn(),
            qPrintable(m_window->findChild<QLabel*>(QStringLiteral("signInError"))->text()), 30000);
        QVERIFY(!m_window->findChild<QLabel*>(QStringLiteral("signedInAs"))
                     ->text()
                     .contains(QStringLiteral("administrator")));
    }

    void vmsTabShowsOnlyTheMembersInScope()
    {
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const console::VmRow* member = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(page->hasLoaded() && (member = page->model()->row(m_inScope)) &&
                                     member->restorePoints == 1,
                                 60000);
        m_vapp = member->vapp;
        QVERIFY(!m_vapp.isEmpty());
        auto* view = page->findChild<QTreeView*>(QStringLiteral("vmsView"));
        view->expandAll();
        // Everything the tree shows, vApps and their members: the vApp over its one member in
        // scope, and VM 0. No other VM of the lab, in the vApp or not.
        QStringList shown;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex top = view->model()->index(row, ui::VmsModel::Name);
            shown << top.data().toString();
            for (int child = 0; child < view->model()->rowCount(top); ++child)
                shown << view->model()->index(child, ui::VmsModel::Name, top).data().toString();
        }
        shown.sort();
        QStringList expected{m_vapp, m_vappMembers.value(m_inScope), m_lab.vmName(0)};
        expected.sort();
        QCOMPARE(shown, expected);
        QVERIFY(!page->model()->row(m_outOfScope));
        QCOMPARE(page->model()->rowCount(page->model()->vappIndex(m_vapp)), 1);
        saveScreenshot(*m_window, QStringLiteral("tab-vms-tenant-vapp"));
    }

    void vappRestoreIsRefusedAsAWhole()
    {
        ui::VmsPage* page = m_window->vmsPage();
        QSignalSpy status(page, &ui::ConsolePage::status);
        QVERIFY(page->selectVapp(m_vapp));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmRestore")), Qt::LeftButton);
        ui::RestoreVmWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page->findChild<ui::RestoreVmWizard*>()), 30000);
        QVERIFY(wizard->isVapp());
        wizard->next();
        wizard->next();
        const QString summary = wizard->findChild<QLabel*>(QStringLiteral("restoreSummary"))->text();
        QVERIFY2(!summary.contains(m_vappMembers.value(m_outOfScope)), qPrintable(summary));
        wizard->accept();
        // The engine's answer, as the status bar shows it.
        QString refusal;
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(status.cbegin(), status.cend(),
                                             [&](const QList<QVariant>& signal) {
                                                 refusal = signal.value(0).toString();
                                                 return !refusal.startsWith(QStringLiteral("Restoring"));
                                             }),
                                 120000);
        QCOMPARE(m_window->statusBar()->currentMessage(), refusal);
        QVERIFY2(refusal.contains(m_vapp) && refusal.contains(QStringLiteral("not restored")) &&
                     refusal.contains(QStringLiteral("scope")),
                 qPrintable(refusal));
        // What is outside the scope stays unnamed.
        QVERIFY2(!refusal.contains(m_vappMembers.value(m_outOfScope)) && !refusal.contains(m_outOfScope),
                 qPrintable(refusal));
        saveScreenshot(*m_window, QStringLiteral("tab-vms-tenant-vapp-refused"));
        // Refused as a whole: not even the member in scope was restored.
        QByteArray out;
        QCOMPARE(m_lab.cli({QStringLiteral("inventory"), QStringLiteral("--endpoint"), m_lab.url,
                            QStringLiteral("--user"), m_lab.user, QStringLiteral("--json")},
                           &out),
                 0);
        QStringList inventory;
        for (const QJsonValue& vm :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("vms")).toArray())
            inventory << vm[QStringLiteral("name")].toString();
        QVERIFY(inventory.contains(m_vappMembers.value(m_inScope)));
        for (const QString& name : std::as_const(m_vappMembers))
            QVERIFY2(!inventory.contains(name + QStringLiteral("_restored")),
                     qPrintable(inventory.join(QLatin1Char(','))));
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("vmRestore"))->isEnabled());
    }

private:
    // lifeboat-cli as the tenant, with its own password.
    int asTenant(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_ENDPOINT_PASSWORD"), m_tenantPassword);
        environment.insert(QStringLiteral("LIFEBOAT_REPO_PASSWORD"),
                           QString::fromLatin1(m_lab.repositoryPassword));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LIFEBOAT_CLI_PATH),
                      QStringList{QStringLiteral("--catalog"), m_lab.catalog} + arguments);
        if (!process.waitForFinished(300000))
            return -1;
        if (process.exitCode() != 0)
            qWarning("lifeboat-cli %s: %s %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardOutput().constData(), process.readAllStandardError().constData());
        return process.exitCode();
    }

    ConsoleLab m_lab;
    QString m_tenant, m_tenantPassword;
    QMap<QString, QString> m_vappMembers; // moref -> name
    QString m_inScope, m_outOfScope;      // morefs
    QString m_vapp;                       // its name
    ui::LanguageSwitcher m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestConsoleTenant)
#include "tst_console_tenant.moc"
