// The console from the sign-in screen to a finished backup, against the lab: real widgets
// under the offscreen platform, the engine on its own thread, vcsim over HTTPS.
#include "ConsoleLab.h"
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "OverviewPage.h"
#include "facade/Engine.h"
#include "jobs/JobsModel.h"
#include "jobs/JobsPage.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInPage.h"
#include "vms/RestoreVmWizard.h"
#include "vms/VmsModel.h"
#include "vms/VmsPage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>

using namespace lifeboat;
using testing::ConsoleLab;
using testing::rowWithText;
using testing::saveScreenshot;

class TestConsoleJobs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The console remembers the last server and user; a test must not read the user's.
        qputenv("XDG_CONFIG_HOME", m_lab.dirPath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
        QSettings().clear();
        // Six VMs: two on the host (VM 0 and 1 of the tests), two in a pool, two in a vApp.
        const QString started = m_lab.start(6);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        m_window = std::make_unique<ui::MainWindow>(*m_engine, m_languages);
        m_window->show();
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->overviewPage()->hasLoaded(), 10000);
        // A fresh installation knows no server yet.
        QCOMPARE(m_window->findChild<QComboBox*>(QStringLiteral("signInServer"))->count(), 0);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_engine.reset();
    }

    void unknownCertificateIsTrustedOnlyAfterComparing()
    {
        // A server typed in for the first time, with the lab's self-signed certificate.
        fill(m_lab.url, m_lab.user, m_lab.password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QMessageBox* trust = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((trust = m_window->findChild<QMessageBox*>(QStringLiteral("trustDialog"))),
                                 30000);
        QTRY_VERIFY(trust->isVisible());
        QVERIFY2(trust->informativeText().contains(m_lab.thumbprint.toUpper()),
                 qPrintable(trust->informativeText()));
        saveScreenshot(*trust, QStringLiteral("console-trust-dialog"));
        // Declining signs nobody in and pins nothing.
        QTest::mouseClick(trust->findChild<QPushButton*>(QStringLiteral("trustCancel")), Qt::LeftButton);
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QTRY_VERIFY(error->text().contains(QStringLiteral("not trusted")));
        QVERIFY(!m_window->isSignedIn());

        fill(m_lab.url, m_lab.user, m_lab.password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT((trust = m_window->findChild<QMessageBox*>(QStringLiteral("trustDialog"))),
                                 30000);
        QTest::mouseClick(trust->findChild<QPushButton*>(QStringLiteral("trustAccept")), Qt::LeftButton);
        QTRY_VERIFY2_WITH_TIMEOUT(m_window->isSignedIn(), qPrintable(error->text()), 30000);
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->tabs());
        m_window->signOut();
        QTRY_VERIFY(!m_window->isSignedIn());
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->signInPage());
        // The trusted server is offered from now on.
        auto* server = m_window->findChild<QComboBox*>(QStringLiteral("signInServer"));
        QTRY_COMPARE(server->count(), 1);
        QCOMPARE(server->itemData(0).toString(), m_lab.url);
    }

    void wrongPasswordIsRefusedInline()
    {
        fill(m_lab.url, m_lab.user, QStringLiteral("not-the-password"));
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 30000);
        QVERIFY2(error->text().contains(QStringLiteral("user name or password")), qPrintable(error->text()));
        QVERIFY(!m_window->isSignedIn());
        // The password is cleared for the next try; the user name stays.
        QVERIFY(field("signInPassword")->text().isEmpty());
        QCOMPARE(field("signInUser")->text(), m_lab.user);
        saveScreenshot(*m_window, QStringLiteral("console-signin-error"));
    }

    void anotherServerIsRefusedOnceTheInstallationHasOne()
    {
        // Whoever controls a server could sign in there under any account name: only the
        // installation's servers count, and the trust dialog cannot add one either.
        QUrl other(m_lab.url);
        other.setHost(QStringLiteral("localhost"));
        fill(other.toString(), m_lab.user, m_lab.password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->text().contains(QStringLiteral("not a server of this installation")),
                                 30000);
        QVERIFY(!m_window->isSignedIn());
        QVERIFY(!m_window->findChild<QMessageBox*>(QStringLiteral("trustDialog")) ||
                !m_window->findChild<QMessageBox*>(QStringLiteral("trustDialog"))->isVisible());
        std::optional<Status> trusted;
        m_engine->trustServer(this, other.toString(), m_lab.thumbprint,
                              [&](Status status) { trusted = status; });
        QTRY_VERIFY(trusted.has_value());
        QVERIFY(!*trusted);
        // Nor is the pin of a known server replaced from the console.
        trusted.reset();
        m_engine->trustServer(this, m_lab.url,
                              QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                             "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"),
                              [&](Status status) { trusted = status; });
        QTRY_VERIFY(trusted.has_value());
        QVERIFY(!*trusted);
        QCOMPARE(trusted->error().code, QStringLiteral("tls.changed"));
    }

    void administratorPreparesAJob()
    {
        // What an administrator does with lifeboat-cli on this computer; the console sees it
        // on its next refresh.
        const QString prepared = m_lab.prepareJob(QStringLiteral("nightly"), {m_lab.vmMoref(0)});
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    }

    void signInShowsTheTabs()
    {
        fill(m_lab.url, m_lab.user, m_lab.password);
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), 30000);
        QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("signedInAs"))->text().contains(m_lab.user));
        QStringList tabs;
        for (int i = 0; i < m_window->tabs()->count(); ++i)
            tabs << m_window->tabs()->tabText(i).remove(QLatin1Char('&'));
        QVERIFY2(tabs.contains(QStringLiteral("Jobs")) && tabs.contains(QStringLiteral("VMs")),
                 qPrintable(tabs.join(QLatin1Char(','))));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->jobsPage()->hasLoaded() && m_window->vmsPage()->hasLoaded(),
                                 60000);
    }

    void jobsTabRunsAJobAndShowsItsSession()
    {
        ui::JobsPage* page = m_window->jobsPage();
        m_window->tabs()->setCurrentWidget(page);
        QAbstractItemModelTester jobsTester(page->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester sessionsTester(page->sessionsModel(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = rowWithText(*page->model(), ui::JobsModel::Name, QStringLiteral("nightly"));
        QVERIFY2(row >= 0, qPrintable(QStringLiteral("%1 jobs listed; status: %2")
                                          .arg(page->model()->rowCount())
                                          .arg(m_window->statusBar()->currentMessage())));
        QCOMPARE(page->model()->index(row, ui::JobsModel::LastResult).data().toString(),
                 QStringLiteral("Never run"));
        // The search box filters the view, not the model.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("jobsSearch"));
        auto* view = page->findChild<QTableView*>(QStringLiteral("jobsView"));
        search->setText(QStringLiteral("no such job"));
        QCOMPARE(view->model()->rowCount(), 0);
        search->setText(QStringLiteral("NIGHT"));
        QCOMPARE(view->model()->rowCount(), 1);

        QVERIFY(page->selectJob(QStringLiteral("nightly")));
        auto* start = page->findChild<QPushButton*>(QStringLiteral("jobStart"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        // Running shows in the list while the engine works; the window never waits for it.
        QTRY_VERIFY_WITH_TIMEOUT(page->model()
                                     ->index(row, ui::JobsModel::Status)
                                     .data()
                                     .toString()
                                     .startsWith(QStringLiteral("Running")),
                                 30000);
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("jobStop"))->isEnabled());
        saveScreenshot(*m_window, QStringLiteral("tab-jobs-running"));
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(row, ui::JobsModel::LastResult).data().toString(),
                                  QStringLiteral("Success"), 180000);
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->index(row, ui::JobsModel::Status).data().toString(),
                                  QStringLiteral("Idle"), 30000);
        // The end of the run is announced (through the tray where the desktop has one).
        QVERIFY2(m_window->lastNotification().contains(QStringLiteral("nightly")) &&
                     m_window->lastNotification().contains(QStringLiteral("Success")),
                 qPrintable(m_window->lastNotification()));
        // The session list and the newest session's log follow the selection.
        // (It may show the session still running first: the list is read when the run starts.)
        QTRY_VERIFY_WITH_TIMEOUT(page->sessionsModel()->rowCount() == 1, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(
            page->sessionsModel()->index(0, ui::SessionsModel::Result).data().toString(),
            QStringLiteral("Success"), 30000);
        QVERIFY(page->sessionsModel()
                    ->index(0, ui::SessionsModel::Read)
                    .data(ui::SessionsModel::SortRole)
                    .toLongLong() > 0);
        auto* log = page->findChild<QPlainTextEdit*>(QStringLiteral("sessionLog"));
        QTRY_VERIFY_WITH_TIMEOUT(log->toPlainText().contains(m_lab.vmName(0)), 30000);
        saveScreenshot(*m_window, QStringLiteral("tab-jobs"));
    }

    void jobsTabExportsSessionsAsPdf()
    {
        ui::JobsPage* page = m_window->jobsPage();
        QVERIFY(page->selectJob(QStringLiteral("nightly")));
        QTRY_VERIFY_WITH_TIMEOUT(page->selectedSession() != 0, 10000);
        std::optional<bool> ok;
        QString message;
        QMetaObject::Connection finished =
            connect(page, &ui::JobsPage::exportFinished, this, [&](bool success, const QString& text) {
                ok = success;
                message = text;
            });

        // The selected session, the way a user does it: the dialog, PDF, Save as….
        QTest::mouseClick(button("jobsExport"), Qt::LeftButton);
        QTRY_VERIFY(page->exportDialog() && page->exportDialog()->isVisible());
        auto* format = page->exportDialog()->findChild<QComboBox*>(QStringLiteral("exportFormat"));
        const int pdf = format->findData(QStringLiteral("pdf"));
        QVERIFY(pdf >= 0);
        format->setCurrentIndex(pdf);
        QVERIFY(
            page->exportDialog()->findChild<QRadioButton*>(QStringLiteral("exportSelected"))->isChecked());
        QTest::mouseClick(page->exportDialog()->findChild<QPushButton*>(QStringLiteral("exportSave")),
                          Qt::LeftButton);
        QFileDialog* files = nullptr;
        QTRY_VERIFY(
            (files = page->exportDialog()->findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
        QCOMPARE(files->defaultSuffix(), QStringLiteral("pdf"));
        const QString sessionPath = m_lab.dirPath(QStringLiteral("session.pdf"));
        files->selectFile(sessionPath);
        QVERIFY(QMetaObject::invokeMethod(files, "accept"));
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
        QVERIFY2(*ok, qPrintable(message));
        QTRY_VERIFY(!page->exportDialog());
        const QString sessionText = pdfText(sessionPath);
        QVERIFY2(sessionText.contains(QStringLiteral("Job nightly, session")) &&
                     sessionText.contains(QStringLiteral("Result: Success")) &&
                     sessionText.contains(m_lab.vmName(0)),
                 qPrintable(sessionText));

        // A period: every session of the account's jobs on one report, under its title.
        ok.reset();
        const QString periodPath = m_lab.dirPath(QStringLiteral("sessions.pdf"));
        const QDate today = QDate::currentDate();
        page->exportSessions(periodPath, QStringLiteral("pdf"), today.addDays(-1), today);
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
        QVERIFY2(*ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 session")), qPrintable(message));
        const QString periodText = pdfText(periodPath);
        QVERIFY2(periodText.contains(QStringLiteral("Sessions from")) &&
                     periodText.contains(QStringLiteral("Job nightly, session")) &&
                     periodText.contains(QStringLiteral("Success")),
                 qPrintable(periodText));

        // A file that cannot be written is reported, not half written.
        ok.reset();
        page->exportSession(m_lab.dirPath(QStringLiteral("no/such/folder/x.pdf")), QStringLiteral("pdf"),
                            page->selectedSession());
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 30000);
        QVERIFY(!*ok);
        QVERIFY2(message.contains(QStringLiteral("no/such/folder")), qPrintable(message));
        disconnect(finished);
    }

    void vmsTabShowsProtectionAndBacksUpNow()
    {
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->refresh();
        auto protectedVm = [&]() -> const console::VmRow* {
            return page->model()->row(m_lab.vmMoref(0));
        };
        QTRY_VERIFY_WITH_TIMEOUT(protectedVm() && protectedVm()->restorePoints == 1, 30000);
        const int row0 = rowWithText(*page->model(), ui::VmsModel::Name, m_lab.vmName(0));
        const int row1 = rowWithText(*page->model(), ui::VmsModel::Name, m_lab.vmName(1));
        QVERIFY(row0 >= 0 && row1 >= 0);
        QCOMPARE(page->model()->index(row0, ui::VmsModel::Protection).data().toString(),
                 QStringLiteral("Protected"));
        QCOMPARE(page->model()->index(row0, ui::VmsModel::Jobs).data().toString(), QStringLiteral("nightly"));
        QCOMPARE(page->model()->index(row1, ui::VmsModel::Protection).data().toString(),
                 QStringLiteral("Unprotected"));
        saveScreenshot(*m_window, QStringLiteral("tab-vms"));

        // No job covers VM 1: back up now says so instead of doing anything.
        QVERIFY(page->selectVm(m_lab.vmName(1)));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmBackUpNow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("No backup job")), 30000);

        QVERIFY(page->selectVm(m_lab.vmName(0)));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmBackUpNow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(protectedVm() && protectedVm()->restorePoints == 2, 180000);
        // The Jobs tab heard of the run too.
        const int job =
            rowWithText(*m_window->jobsPage()->model(), ui::JobsModel::Name, QStringLiteral("nightly"));
        QTRY_COMPARE_WITH_TIMEOUT(
            m_window->jobsPage()->model()->index(job, ui::JobsModel::LastResult).data().toString(),
            QStringLiteral("Success"), 30000);
    }

    void vmsTabRestoresAVmBesideTheOriginal()
    {
        ui::VmsPage* page = m_window->vmsPage();
        QVERIFY(page->selectVm(m_lab.vmName(0)));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmRestore")), Qt::LeftButton);
        ui::RestoreVmWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page->findChild<ui::RestoreVmWizard*>()), 30000);
        // Both restore points of the VM, newest preselected.
        auto* points = wizard->findChild<QTreeView*>(QStringLiteral("restorePointList"));
        QCOMPARE(points->model()->rowCount(), 2);
        QVERIFY(wizard->chosenPoint());
        saveScreenshot(*wizard, QStringLiteral("wizard-restore-vm"));
        wizard->next();
        QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("restoreKeep"))->isChecked());
        const QString restoredName = m_lab.vmName(0) + QStringLiteral("_restored");
        QCOMPARE(wizard->newName(), restoredName);
        wizard->next();
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("restoreSummary"))->text().contains(restoredName));
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Restore session")), 240000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Success")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // The new VM shows after the inventory is read again; the original is still there.
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(*page->model(), ui::VmsModel::Name, restoredName) >= 0, 60000);
        QVERIFY(rowWithText(*page->model(), ui::VmsModel::Name, m_lab.vmName(0)) >= 0);
    }

    void vmsTabShowsAVappOverItsMembers()
    {
        // A job over the vApp's two seeded members, made by the administrator.
        for (const QJsonValue& vm : m_lab.json.value(QStringLiteral("vms")).toArray())
            if (vm[QStringLiteral("name")].toString().contains(QStringLiteral("_APP")))
                m_vappMembers.insert(vm[QStringLiteral("moref")].toString(),
                                     vm[QStringLiteral("name")].toString());
        QCOMPARE(m_vappMembers.size(), 2);
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("create"), QStringLiteral("app"),
                            QStringLiteral("--endpoint"), m_lab.url, QStringLiteral("--user"), m_lab.user,
                            QStringLiteral("--repo"), m_lab.repository, QStringLiteral("--objects"),
                            m_vappMembers.keys().join(QLatin1Char(','))}),
                 0);
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmsRefresh")), Qt::LeftButton);
        const console::VmRow* member = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (member = page->model()->row(m_vappMembers.firstKey())) && !member->jobs.isEmpty(), 60000);
        m_vapp = member->vapp;
        QVERIFY(!m_vapp.isEmpty());
        // The vApp is one top-level row over exactly its members; VM 0 stays top-level.
        const QModelIndex vapp = page->model()->vappIndex(m_vapp);
        QVERIFY(vapp.isValid() && !vapp.parent().isValid());
        QCOMPARE(page->model()->rowCount(vapp), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row)
            names << page->model()->index(row, ui::VmsModel::Name, vapp).data().toString();
        names.sort();
        QStringList expected = m_vappMembers.values();
        expected.sort();
        QCOMPARE(names, expected);
        QVERIFY(!page->model()->vmIndex(m_lab.vmMoref(0)).parent().isValid());
        QCOMPARE(page->model()->index(vapp.row(), ui::VmsModel::Protection).data().toString(),
                 QStringLiteral("Unprotected"));
        // Searching for a member keeps its vApp as the parent, and only that member under it.
        auto* search = page->findChild<QLineEdit*>(QStringLiteral("vmsSearch"));
        auto* view = page->findChild<QTreeView*>(QStringLiteral("vmsView"));
        search->setText(m_vappMembers.first());
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data(ui::VmsModel::VappRole).toString(), m_vapp);
        QCOMPARE(view->model()->rowCount(view->model()->index(0, 0)), 1);
        search->clear();
        // The selection outlives a refresh from the engine.
        QVERIFY(page->selectVapp(m_vapp));
        QPersistentModelIndex selected(page->model()->vappIndex(m_vapp));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmsRefresh")), Qt::LeftButton);
        QTest::qWait(3000);
        QVERIFY(selected.isValid());
        QCOMPARE(view->selectionModel()->selectedRows().value(0).data(ui::VmsModel::VappRole).toString(),
                 m_vapp);
        view->expandAll();
        saveScreenshot(*m_window, QStringLiteral("tab-vms-vapp"));
    }

    void vmsTabBacksUpAVappNow()
    {
        ui::VmsPage* page = m_window->vmsPage();
        QVERIFY(page->selectVapp(m_vapp));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmBackUpNow")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("through app")), 30000);
        auto points = [&](const QString& moref) {
            const console::VmRow* row = page->model()->row(moref);
            return row ? row->restorePoints : -1;
        };
        QTRY_VERIFY_WITH_TIMEOUT(
            points(m_vappMembers.firstKey()) == 1 && points(m_vappMembers.lastKey()) == 1, 240000);
        const QModelIndex vapp = page->model()->vappIndex(m_vapp);
        QCOMPARE(page->model()->index(vapp.row(), ui::VmsModel::Protection).data().toString(),
                 QStringLiteral("Protected"));
        QVERIFY(page->model()
                    ->index(vapp.row(), ui::VmsModel::LastBackup)
                    .data(ui::VmsModel::SortRole)
                    .toDateTime()
                    .isValid());
        page->findChild<QTreeView*>(QStringLiteral("vmsView"))->expandAll();
        saveScreenshot(*m_window, QStringLiteral("tab-vms-vapp-protected"));
    }

    void vmsTabRestoresAVappBesideTheOriginals()
    {
        ui::VmsPage* page = m_window->vmsPage();
        QVERIFY(page->selectVapp(m_vapp));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmRestore")), Qt::LeftButton);
        ui::RestoreVmWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page->findChild<ui::RestoreVmWizard*>()), 30000);
        QVERIFY(wizard->isVapp());
        // "Newest of each member" and the one point in time both members were backed up at or before.
        auto* points = wizard->findChild<QTreeView*>(QStringLiteral("restorePointList"));
        QVERIFY(points->model()->rowCount() >= 2);
        QVERIFY(!wizard->asOf().isValid());
        saveScreenshot(*wizard, QStringLiteral("wizard-restore-vapp"));
        wizard->next();
        QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("restoreKeep"))->isChecked());
        wizard->next();
        const QString summary = wizard->findChild<QLabel*>(QStringLiteral("restoreSummary"))->text();
        for (const QString& name : m_vappMembers)
            QVERIFY2(summary.contains(name + QStringLiteral("_restored")), qPrintable(summary));
        saveScreenshot(*wizard, QStringLiteral("wizard-restore-vapp-summary"));
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("restored:")), 480000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("Success")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        // Beside the originals, inside the vApp: as the engine's inventory (lifeboat-cli) sees it...
        QByteArray out;
        QCOMPARE(m_lab.cli({QStringLiteral("inventory"), QStringLiteral("--endpoint"), m_lab.url,
                            QStringLiteral("--user"), m_lab.user, QStringLiteral("--json")},
                           &out),
                 0);
        QStringList inventory;
        for (const QJsonValue& vm :
             QJsonDocument::fromJson(out).object().value(QStringLiteral("vms")).toArray())
            inventory << vm[QStringLiteral("name")].toString();
        for (const QString& name : m_vappMembers) {
            QVERIFY2(inventory.contains(name + QStringLiteral("_restored")),
                     qPrintable(inventory.join(QLatin1Char(','))));
            QVERIFY(inventory.contains(name));
        }
        // ...and as the tree shows it: four members under the vApp now.
        QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(page->model()->vappIndex(m_vapp)), 4, 60000);
        page->findChild<QTreeView*>(QStringLiteral("vmsView"))->expandAll();
        saveScreenshot(*m_window, QStringLiteral("tab-vms-vapp-restored"));
    }

    void languageSwitchRetranslatesTheTabs()
    {
        // German keeps "Jobs" and "VMs"; the Files tab and the session titles change.
        QTabWidget* tabs = m_window->tabs();
        int files = -1;
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == QLatin1String("filesPage"))
                files = i;
        QVERIFY(files >= 0);
        QCOMPARE(tabs->tabText(files), QStringLiteral("&Files"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("de")));
        QTRY_COMPARE(tabs->tabText(files).remove(QLatin1Char('&')), QStringLiteral("Dateien"));
        m_window->tabs()->setCurrentWidget(m_window->jobsPage());
        saveScreenshot(*m_window, QStringLiteral("tab-jobs-de"));
        QVERIFY(m_languages.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(tabs->tabText(files), QStringLiteral("&Files"));
    }

    void settingsKeepTheMailServerForAdministrators()
    {
        QAction* settings = m_window->findChild<QAction*>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        settings->trigger();
        ui::SettingsDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<ui::SettingsDialog*>()));
        QTRY_VERIFY_WITH_TIMEOUT(dialog->hasLoaded(), 20000);
        QVERIFY(dialog->findChild<QGroupBox*>(QStringLiteral("mailGroup"))->isEnabled());
        dialog->findChild<QLineEdit*>(QStringLiteral("smtpHost"))->setText(QStringLiteral("127.0.0.1"));
        dialog->findChild<QSpinBox*>(QStringLiteral("smtpPort"))->setValue(9);
        dialog->findChild<QLineEdit*>(QStringLiteral("smtpFrom"))
            ->setText(QStringLiteral("lifeboat@example.com"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("smtpSave")), Qt::LeftButton);
        auto* message = dialog->findChild<QLabel*>(QStringLiteral("settingsMessage"));
        QTRY_COMPARE_WITH_TIMEOUT(message->text(), QStringLiteral("Mail server saved."), 20000);
        QByteArray shown;
        QCOMPARE(m_lab.cli({QStringLiteral("notify"), QStringLiteral("show")}, &shown), 0);
        QVERIFY2(shown.contains("\"host\":\"127.0.0.1\"") && shown.contains("\"port\":9"), shown.constData());
        // Nothing listens there: the test message fails with the reason, nothing crashes.
        dialog->findChild<QLineEdit*>(QStringLiteral("smtpTestTo"))
            ->setText(QStringLiteral("ops@example.com"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("smtpTest")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() && message->text() != QStringLiteral("Sending…"),
                                 60000);
        QVERIFY2(message->text() != QStringLiteral("Test message sent."), qPrintable(message->text()));
        saveScreenshot(*dialog, QStringLiteral("dialog-settings"));
        dialog->reject();
    }

    void signOutClearsEverything()
    {
        m_window->signOut();
        QCOMPARE(m_window->findChild<QStackedWidget*>()->currentWidget(), m_window->signInPage());
        QCOMPARE(m_window->jobsPage()->model()->rowCount(), 0);
        QCOMPARE(m_window->vmsPage()->model()->rowCount(), 0);
        // The engine forgot the account too: its requests are refused now.
        std::optional<Result<QVector<console::JobRow>>> answer;
        m_engine->jobs(this, [&](Result<QVector<console::JobRow>> rows) { answer = rows; });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, QStringLiteral("console.signed_out"));
        saveScreenshot(*m_window, QStringLiteral("console-signin"));
    }

    void offlineWorkstationOpensTheRepositoryWithoutAServer()
    {
        auto* mode = m_window->findChild<QComboBox*>(QStringLiteral("signInMode"));
        m_window->signInPage()->setOffline(m_lab.repository);
        QVERIFY(m_window->signInPage()->isOffline());
        QVERIFY(m_window->findChild<QLineEdit*>(QStringLiteral("signInRepository"))->isVisible());
        QVERIFY(!field("signInUser")->isVisible());
        field("signInPassword")->setText(QStringLiteral("not the repository password"));
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        auto* error = m_window->findChild<QLabel*>(QStringLiteral("signInError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible() && !error->text().isEmpty(), 30000);
        QVERIFY(!m_window->isSignedIn());
        saveScreenshot(*m_window, QStringLiteral("console-offline-signin"));

        field("signInPassword")->setText(QString::fromLatin1(m_lab.repositoryPassword));
        QTest::mouseClick(button("signInButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->isSignedIn(), 30000);
        QVERIFY(
            m_window->findChild<QLabel*>(QStringLiteral("signedInAs"))->text().contains(m_lab.repository));
        // No jobs offline; the VMs are those the restore points name.
        QVERIFY(!m_window->tabs()->isTabVisible(m_window->tabs()->indexOf(m_window->jobsPage())));
        ui::VmsPage* page = m_window->vmsPage();
        m_window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(*page->model(), ui::VmsModel::Name, m_lab.vmName(0)) >= 0,
                                 30000);
        const int row = rowWithText(*page->model(), ui::VmsModel::Name, m_lab.vmName(0));
        QCOMPARE(page->model()->index(row, ui::VmsModel::RestorePoints).data(ui::VmsModel::SortRole).toInt(),
                 2);
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("vmBackUpNow"))->isHidden());
        saveScreenshot(*m_window, QStringLiteral("tab-vms-offline"));

        QVERIFY(page->selectVm(m_lab.vmName(0)));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("vmRestore")), Qt::LeftButton);
        ui::RestoreVmWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((wizard = page->findChild<ui::RestoreVmWizard*>()), 30000);
        QVERIFY(wizard->extractOnly());
        wizard->next();
        const QString folder = m_lab.dirPath(QStringLiteral("extracted"));
        QVERIFY(QDir().mkpath(folder));
        wizard->findChild<QLineEdit*>(QStringLiteral("extractFolder"))->setText(folder);
        wizard->next();
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("Extracted")), 120000);
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        // The extracted disk starts with the seeded image, byte for byte.
        QFile disk(QDir(folder).filePath(files.first()));
        QVERIFY(disk.open(QIODevice::ReadOnly));
        const QJsonObject vm = m_lab.json.value(QStringLiteral("vms")).toArray().at(0).toObject();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 left = vm.value(QStringLiteral("image_size")).toInteger();
        while (left > 0) {
            const QByteArray block = disk.read(std::min<qint64>(left, 1 << 20));
            QVERIFY(!block.isEmpty());
            hash.addData(block);
            left -= block.size();
        }
        QCOMPARE(QString::fromLatin1(hash.result().toHex()),
                 vm.value(QStringLiteral("image_sha256")).toString());
        m_window->signOut();
        QVERIFY(mode);
    }

private:
    // The text of a PDF as poppler reads it; fails the test when the file is no PDF.
    static QString pdfText(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot open ") + path;
        const QByteArray head = file.read(5);
        if (head != "%PDF-")
            return QStringLiteral("not a PDF: ") + QString::fromLatin1(head.toHex());
        if (file.size() < 2000)
            return QStringLiteral("suspiciously small PDF: %1 bytes").arg(file.size());
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (tool.isEmpty())
            return QStringLiteral("pdftotext is missing (Debian poppler-utils; scripts/test installs it)");
        QProcess process;
        process.start(tool, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return QStringLiteral("pdftotext failed: ") +
                   QString::fromLocal8Bit(process.readAllStandardError());
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    QPushButton* button(const char* name) { return m_window->findChild<QPushButton*>(QLatin1String(name)); }
    QLineEdit* field(const char* name) { return m_window->findChild<QLineEdit*>(QLatin1String(name)); }
    void fill(const QString& server, const QString& user, const QString& password)
    {
        auto* combo = m_window->findChild<QComboBox*>(QStringLiteral("signInServer"));
        const int index = combo->findData(server);
        if (index >= 0)
            combo->setCurrentIndex(index);
        else
            combo->setEditText(server);
        field("signInUser")->setText(user);
        field("signInPassword")->setText(password);
    }

    ConsoleLab m_lab;
    QMap<QString, QString> m_vappMembers; // moref -> name
    QString m_vapp;
    ui::LanguageSwitcher m_languages;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::MainWindow> m_window;
};

QTEST_MAIN(TestConsoleJobs)
#include "tst_console_jobs.moc"
