// The Jobs tab's job wizard and actions against the lab: a job created and edited in the
// wizard and checked through lifeboat-cli, run, disabled and enabled, its sessions exported
// as CSV and HTML, deleted after a confirmation; a tenant's wizard offers only its scope
// and the engine refuses an object outside it.
#include "ConsoleLab.h"
#include "facade/Engine.h"
#include "jobs/JobWizard.h"
#include "jobs/JobsModel.h"
#include "jobs/JobsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeWidget>

using namespace lifeboat;
using testing::ConsoleLab;
using testing::rowWithText;
using testing::saveScreenshot;

namespace {
// Characters HTML must escape, in a name that also passes through lifeboat-cli.
const QString kJobName = QStringLiteral("wizard <job> & co");
} // namespace

class TestConsoleJobWizard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_lab.dirPath(QStringLiteral("config")).toLocal8Bit());
        QCoreApplication::setOrganizationName(QStringLiteral("lifeboat-test"));
        QSettings().clear();
        // The lab with two tenant folders (one VM each): ConsoleLab::start() has no tenants.
        QProcess lab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_lab.dirPath(QStringLiteral("lab")));
        lab.setProcessEnvironment(environment);
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"),
                  {QStringLiteral("start"), QStringLiteral("--vms"), QStringLiteral("2"),
                   QStringLiteral("--tenants"), QStringLiteral("2")});
        QVERIFY2(lab.waitForFinished(300000) && lab.exitCode() == 0, lab.readAllStandardError().constData());
        m_labStarted = true;
        QFile file(m_lab.dirPath(QStringLiteral("lab/lab.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_lab.json = QJsonDocument::fromJson(file.readAll()).object();
        m_lab.url = m_lab.json.value(QStringLiteral("url")).toString();
        m_lab.user = m_lab.json.value(QStringLiteral("user")).toString();
        m_lab.password = m_lab.json.value(QStringLiteral("password")).toString();
        m_lab.thumbprint = m_lab.json.value(QStringLiteral("thumbprint_sha256")).toString();
        m_tenant = m_lab.json.value(QStringLiteral("tenants")).toArray().at(0).toObject();
        QVERIFY(!m_tenant.isEmpty());

        // The administrator's part: endpoint, repository, the accounts.
        QCOMPARE(m_lab.cli({QStringLiteral("endpoint"), QStringLiteral("add"), m_lab.url,
                            QStringLiteral("--trust"), m_lab.thumbprint}),
                 0);
        QCOMPARE(m_lab.cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"),
                            m_lab.repository}),
                 0);
        QCOMPARE(m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"), m_lab.user,
                            QStringLiteral("--admin")}),
                 0);
        QCOMPARE(
            m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"),
                       m_tenant.value(QStringLiteral("user")).toString(), QStringLiteral("--endpoint"),
                       m_lab.url, QStringLiteral("--scope"),
                       QStringLiteral("folder:") + m_tenant.value(QStringLiteral("folder_moref")).toString(),
                       QStringLiteral("--repo"), m_lab.repository}),
            0);

        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        std::optional<bool> started;
        connect(m_engine.get(), &Engine::started, this,
                [&](bool ok, const QString&, const QString&) { started = ok; });
        m_engine->start();
        QTRY_VERIFY_WITH_TIMEOUT(started.has_value(), 10000);
        QVERIFY(*started);
        m_page = std::make_unique<ui::JobsPage>(*m_engine);
        m_page->resize(1100, 700);
        m_page->show();
        signIn(m_lab.user, m_lab.password);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_engine.reset();
        if (m_labStarted) {
            QProcess lab;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_lab.dirPath(QStringLiteral("lab")));
            lab.setProcessEnvironment(environment);
            lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"), {QStringLiteral("stop")});
            lab.waitForFinished(60000);
        }
    }

    void wizardCreatesAJob()
    {
        QVERIFY(m_page->findChild<QLabel*>(QStringLiteral("jobsEmpty"))->isVisible());
        QTest::mouseClick(button("jobNew"), Qt::LeftButton);
        ui::JobWizard* wizard = m_page->wizard();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->inventoryLoaded(), 60000);
        QVERIFY2(wizard->inventoryError().isEmpty(), qPrintable(wizard->inventoryError()));
        QAbstractItemModelTester tester(wizard->objectsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Name
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::NamePage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        wizard->findChild<QLineEdit*>(QStringLiteral("jobName"))->setText(kJobName);
        wizard->findChild<QPlainTextEdit*>(QStringLiteral("jobDescription"))
            ->setPlainText(QStringLiteral("two VMs"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(*wizard, QStringLiteral("wizard-job-name"));
        wizard->next();

        // Objects: the lab's VMs and containers; the search filters the tree, not the model.
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::ObjectsPage));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        QVERIFY(wizard->setObjectChecked(m_lab.vmMoref(0), true));
        QVERIFY(wizard->setObjectChecked(m_lab.vmMoref(1), true));
        auto* search = wizard->findChild<QLineEdit*>(QStringLiteral("jobObjectSearch"));
        search->setText(m_lab.vmName(1));
        auto* tree = wizard->findChild<QTreeView*>(QStringLiteral("jobObjects"));
        QVERIFY(countRows(*tree->model()) < countRows(*wizard->objectsModel()));
        search->clear();
        // Both VMs are offered for exclusion, with their disks.
        auto* exclusions = wizard->findChild<QTreeWidget*>(QStringLiteral("jobExclusions"));
        QCOMPARE(exclusions->topLevelItemCount(), 2);
        QVERIFY(exclusions->topLevelItem(0)->childCount() > 0);
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(*wizard, QStringLiteral("wizard-job-objects"));
        wizard->next();

        // Storage
        wizard->findChild<QLineEdit*>(QStringLiteral("jobRepository"))->setText(m_lab.repository);
        wizard->findChild<QSpinBox*>(QStringLiteral("jobKeep"))->setValue(3);
        saveScreenshot(*wizard, QStringLiteral("wizard-job-storage"));
        wizard->next();

        // Guest processing: only file indexing here.
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::GuestPage));
        wizard->findChild<QCheckBox*>(QStringLiteral("jobIndexFiles"))->setChecked(true);
        saveScreenshot(*wizard, QStringLiteral("wizard-job-guest"));
        wizard->next();

        // Schedule: daily at 21:30 on every day.
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SchedulePage));
        auto* kind = wizard->findChild<QComboBox*>(QStringLiteral("jobScheduleKind"));
        kind->setCurrentIndex(static_cast<int>(jobs::Schedule::Kind::Daily));
        auto* times = wizard->findChild<QLineEdit*>(QStringLiteral("jobScheduleTimes"));
        times->setText(QStringLiteral("25:99"));
        QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
        times->setText(QStringLiteral("21:30"));
        QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
        saveScreenshot(*wizard, QStringLiteral("wizard-job-schedule"));
        wizard->next();

        // Notifications
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::NotifyPage));
        saveScreenshot(*wizard, QStringLiteral("wizard-job-notify"));
        wizard->next();

        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SummaryPage));
        const QString summary = wizard->findChild<QLabel*>(QStringLiteral("jobSummary"))->text();
        QVERIFY2(summary.contains(kJobName) && summary.contains(m_lab.vmName(1)), qPrintable(summary));
        saveScreenshot(*wizard, QStringLiteral("wizard-job-summary"));
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 30000);

        // In the Jobs tab with its next run; through lifeboat-cli with the options chosen.
        ui::JobsModel* model = m_page->model();
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(*model, ui::JobsModel::Name, kJobName) >= 0, 30000);
        const int row = rowWithText(*model, ui::JobsModel::Name, kJobName);
        jobs::Schedule daily;
        daily.kind = jobs::Schedule::Kind::Daily;
        daily.times = {QTime(21, 30)};
        const QDateTime next =
            model->index(row, ui::JobsModel::NextRun).data(ui::JobsModel::SortRole).toDateTime();
        QCOMPARE(next, *daily.nextAfter(QDateTime::currentDateTimeUtc()));
        const QJsonObject job = show();
        QCOMPARE(job.value(QStringLiteral("description")).toString(), QStringLiteral("two VMs"));
        QCOMPARE(job.value(QStringLiteral("keep_restore_points")).toInt(), 3);
        QCOMPARE(job.value(QStringLiteral("index_files")).toBool(), true);
        QCOMPARE(job.value(QStringLiteral("account")).toString(), m_lab.user);
        QCOMPARE(job.value(QStringLiteral("repository")).toString(), m_lab.repository);
        QCOMPARE(job.value(QStringLiteral("objects")).toArray().size(), 2);
        const QJsonObject schedule = job.value(QStringLiteral("schedule")).toObject();
        QCOMPARE(schedule.value(QStringLiteral("kind")).toString(), QStringLiteral("daily"));
        QCOMPARE(schedule.value(QStringLiteral("times")).toArray().at(0).toString(), QStringLiteral("21:30"));
        saveScreenshot(*m_page, QStringLiteral("tab-jobs-wizard-created"));
    }

    void wizardEditsTheJob()
    {
        QVERIFY(m_page->selectJob(kJobName));
        QTest::mouseClick(button("jobEdit"), Qt::LeftButton);
        ui::JobWizard* wizard = m_page->wizard();
        QVERIFY(wizard && wizard->isEditing());
        QCOMPARE(wizard->findChild<QLineEdit*>(QStringLiteral("jobName"))->text(), kJobName);
        QCOMPARE(wizard->findChild<QSpinBox*>(QStringLiteral("jobKeep"))->value(), 3);
        QVERIFY(wizard->findChild<QCheckBox*>(QStringLiteral("jobIndexFiles"))->isChecked());
        QTRY_VERIFY_WITH_TIMEOUT(wizard->inventoryLoaded(), 60000);
        QCOMPARE(wizard->job().objects.size(), 2);
        // Leave VM 1 out.
        QVERIFY(wizard->setExcluded(m_lab.vmMoref(1), true));
        for (int page = 0; page < ui::JobWizard::SummaryPage; ++page)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SummaryPage));
        QVERIFY(wizard->findChild<QLabel*>(QStringLiteral("jobSummary"))
                    ->text()
                    .contains(QStringLiteral("Leave out")));
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 30000);
        QTRY_VERIFY_WITH_TIMEOUT(
            show().value(QStringLiteral("excluded_vms")).toArray().contains(m_lab.vmMoref(1)), 10000);
        QCOMPARE(show().value(QStringLiteral("keep_restore_points")).toInt(), 3);
    }

    void keepingThePasswordNeedsAKeychain()
    {
        if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("a session bus may carry a keychain here; this checks the refusal without one");
        QVERIFY(m_page->selectJob(kJobName));
        QTest::mouseClick(button("jobEdit"), Qt::LeftButton);
        ui::JobWizard* wizard = m_page->wizard();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->inventoryLoaded(), 60000);
        wizard->findChild<QSpinBox*>(QStringLiteral("jobKeep"))->setValue(5);
        for (int page = 0; page < ui::JobWizard::SummaryPage; ++page)
            wizard->next();
        auto* remember = wizard->findChild<QCheckBox*>(QStringLiteral("jobRememberPassword"));
        QVERIFY(remember && !remember->isChecked());
        remember->setChecked(true);
        wizard->accept();
        // Without a keychain the password is not kept anywhere else, and the job is not saved.
        auto* error = wizard->findChild<QLabel*>(QStringLiteral("jobWizardError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 60000);
        QVERIFY2(error->text().contains(QStringLiteral("scheduled runs")), qPrintable(error->text()));
        QCOMPARE(show().value(QStringLiteral("keep_restore_points")).toInt(), 3);
        wizard->reject();
        QTRY_VERIFY(!m_page->wizard());
    }

    void runThenRetryIsDisabled()
    {
        ui::JobsModel* model = m_page->model();
        QVERIFY(m_page->selectJob(kJobName));
        QVERIFY(!button("jobRetry")->isEnabled()); // never run
        QTest::mouseClick(button("jobStart"), Qt::LeftButton);
        const int row = rowWithText(*model, ui::JobsModel::Name, kJobName);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ui::JobsModel::LastResult).data().toString(),
                                  QStringLiteral("Success"), 240000);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ui::JobsModel::Status).data().toString(),
                                  QStringLiteral("Idle"), 30000);
        // Nothing failed: nothing to retry, and the engine says so too.
        QVERIFY(!button("jobRetry")->isEnabled());
        std::optional<Status> retried;
        m_engine->retryJob(this, m_page->selectedJob(), [&](Status status) { retried = status; });
        QTRY_VERIFY(retried.has_value());
        QCOMPARE(retried->error().code, QStringLiteral("job.nothing_to_retry"));
    }

    void disableAndEnable()
    {
        ui::JobsModel* model = m_page->model();
        QVERIFY(m_page->selectJob(kJobName));
        const int row = rowWithText(*model, ui::JobsModel::Name, kJobName);
        QTest::mouseClick(button("jobEnable"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ui::JobsModel::Status).data().toString(),
                                  QStringLiteral("Disabled"), 10000);
        QCOMPARE(show().value(QStringLiteral("enabled")).toBool(), false);
        QVERIFY(!button("jobStart")->isEnabled());
        QTRY_COMPARE(button("jobEnable")->text().remove(QLatin1Char('&')), QStringLiteral("Enable"));
        QTest::mouseClick(button("jobEnable"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, ui::JobsModel::Status).data().toString(),
                                  QStringLiteral("Idle"), 10000);
        QCOMPARE(show().value(QStringLiteral("enabled")).toBool(), true);
    }

    void exportsSessions()
    {
        QVERIFY(m_page->selectJob(kJobName));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectedSession() != 0, 10000);
        std::optional<bool> ok;
        QString message;
        connect(m_page.get(), &ui::JobsPage::exportFinished, this, [&](bool success, const QString& text) {
            ok = success;
            message = text;
        });
        const QString csvPath = m_lab.dirPath(QStringLiteral("session.csv"));
        m_page->exportSession(csvPath, QStringLiteral("csv"), m_page->selectedSession());
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
        QVERIFY2(*ok, qPrintable(message));
        const QString csv = readFile(csvPath);
        QVERIFY2(csv.startsWith(QStringLiteral("session,job,vm,")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("\"wizard <job> & co\"")) && csv.contains(m_lab.vmName(0)) &&
                     csv.contains(QStringLiteral(",Success,")),
                 qPrintable(csv));
        QVERIFY(!csv.contains(m_lab.vmName(1))); // excluded

        ok.reset();
        const QString htmlPath = m_lab.dirPath(QStringLiteral("sessions.html"));
        const QDate today = QDate::currentDate();
        m_page->exportSessions(htmlPath, QStringLiteral("html"), today.addDays(-1), today);
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
        QVERIFY2(*ok, qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("1 session")), qPrintable(message));
        const QString html = readFile(htmlPath);
        QVERIFY2(html.contains(QStringLiteral("wizard &lt;job&gt; &amp; co")) &&
                     !html.contains(QStringLiteral("<job>")),
                 qPrintable(html));
        QVERIFY(html.contains(m_lab.vmName(0)) && html.contains(QStringLiteral("Success")));

        // A period without sessions writes an empty report, not an error.
        ok.reset();
        const QString emptyPath = m_lab.dirPath(QStringLiteral("none.csv"));
        m_page->exportSessions(emptyPath, QStringLiteral("csv"), today.addDays(-30), today.addDays(-20));
        QTRY_VERIFY_WITH_TIMEOUT(ok.has_value(), 10000);
        QVERIFY(*ok);
        QCOMPARE(readFile(emptyPath).count(QLatin1Char('\n')), 1);

        // The button opens a dialog without blocking.
        QTest::mouseClick(button("jobsExport"), Qt::LeftButton);
        QTRY_VERIFY(m_page->exportDialog() && m_page->exportDialog()->isVisible());
        saveScreenshot(*m_page->exportDialog(), QStringLiteral("dialog-export-sessions"));
        m_page->exportDialog()->reject();
        QTRY_VERIFY(!m_page->exportDialog());
    }

    void deleteAsksFirst()
    {
        QVERIFY(m_page->selectJob(kJobName));
        QTest::mouseClick(button("jobDelete"), Qt::LeftButton);
        QTRY_VERIFY(m_page->deleteConfirmation() && m_page->deleteConfirmation()->isVisible());
        saveScreenshot(*m_page->deleteConfirmation(), QStringLiteral("dialog-delete-job"));
        QTest::mouseClick(
            m_page->deleteConfirmation()->findChild<QPushButton*>(QStringLiteral("jobDeleteNo")),
            Qt::LeftButton);
        QTRY_VERIFY(!m_page->deleteConfirmation());
        QTest::qWait(200);
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("show"), kJobName}), 0);

        QTest::mouseClick(button("jobDelete"), Qt::LeftButton);
        QTRY_VERIFY(m_page->deleteConfirmation());
        QTest::mouseClick(
            m_page->deleteConfirmation()->findChild<QPushButton*>(QStringLiteral("jobDeleteYes")),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(rowWithText(*m_page->model(), ui::JobsModel::Name, kJobName) < 0, 10000);
        QVERIFY(m_lab.cli({QStringLiteral("job"), QStringLiteral("show"), kJobName}) != 0);
    }

    void tenantCannotNameAnObjectOutsideItsScope()
    {
        signIn(m_tenant.value(QStringLiteral("user")).toString(),
               m_tenant.value(QStringLiteral("password")).toString());
        const QString mine = m_tenant.value(QStringLiteral("vms")).toArray().at(0).toString();
        const QString other = mine == m_lab.vmMoref(0) ? m_lab.vmMoref(1) : m_lab.vmMoref(0);
        m_page->newJob();
        ui::JobWizard* wizard = m_page->wizard();
        QVERIFY(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->inventoryLoaded(), 60000);
        QAbstractItemModelTester tester(wizard->objectsModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Only its own folder's VM is offered.
        QVERIFY(wizard->setObjectChecked(mine, true));
        QVERIFY(!wizard->setObjectChecked(other, true));
        // A GUI that offered more anyway (a stale or tampered tree) is refused by the engine.
        auto* forged = new QStandardItem(QStringLiteral("not mine"));
        forged->setData(other, ui::JobWizard::MorefRole);
        forged->setData(QStringLiteral("VirtualMachine"), ui::JobWizard::TypeRole);
        forged->setCheckable(true);
        wizard->objectsModel()->appendRow(forged);
        forged->setCheckState(Qt::Checked);
        wizard->findChild<QLineEdit*>(QStringLiteral("jobName"))->setText(QStringLiteral("tenant-job"));
        for (int page = 0; page < ui::JobWizard::SummaryPage; ++page)
            wizard->next();
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SummaryPage));
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->errorText().isEmpty(), 30000);
        QVERIFY2(wizard->errorText().contains(QStringLiteral("not mine")), qPrintable(wizard->errorText()));
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ui::JobWizard::SummaryPage));
        saveScreenshot(*wizard, QStringLiteral("wizard-job-error"));
        QVERIFY(m_lab.cli({QStringLiteral("job"), QStringLiteral("show"), QStringLiteral("tenant-job")}) !=
                0);

        // Without the forged object the tenant's own job is saved, into its repository.
        forged->setCheckState(Qt::Unchecked);
        wizard->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->wizard(), 30000);
        QByteArray out;
        QCOMPARE(
            m_lab.cli({QStringLiteral("job"), QStringLiteral("show"), QStringLiteral("tenant-job")}, &out),
            0);
        const QJsonObject job = QJsonDocument::fromJson(out).object();
        QCOMPARE(job.value(QStringLiteral("account")).toString(),
                 m_tenant.value(QStringLiteral("user")).toString());
        QCOMPARE(job.value(QStringLiteral("repository")).toString(), m_lab.repository);
        QCOMPARE(job.value(QStringLiteral("objects")).toArray().size(), 1);
    }

private:
    QPushButton* button(const char* name) { return m_page->findChild<QPushButton*>(QLatin1String(name)); }

    void signIn(const QString& user, const QString& password)
    {
        std::optional<Result<console::Identity>> identity;
        m_engine->signIn(this, console::SignInRequest{m_lab.url, user, password}, false, false,
                         [&](Result<console::Identity> answer) { identity = answer; });
        QTRY_VERIFY_WITH_TIMEOUT(identity.has_value(), 60000);
        QVERIFY2(*identity, qPrintable(identity->error().message));
        m_page->clear();
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasLoaded(), 30000);
    }

    QJsonObject show()
    {
        QByteArray out;
        if (m_lab.cli({QStringLiteral("job"), QStringLiteral("show"), kJobName, QStringLiteral("--json")},
                      &out) != 0)
            return {};
        return QJsonDocument::fromJson(out).object();
    }

    static int countRows(const QAbstractItemModel& model, const QModelIndex& parent = {})
    {
        int rows = model.rowCount(parent);
        for (int row = 0; row < model.rowCount(parent); ++row)
            rows += countRows(model, model.index(row, 0, parent));
        return rows;
    }

    static QString readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

    ConsoleLab m_lab;
    bool m_labStarted = false;
    QJsonObject m_tenant;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::JobsPage> m_page;
};

QTEST_MAIN(TestConsoleJobWizard)
#include "tst_console_jobwizard.moc"
