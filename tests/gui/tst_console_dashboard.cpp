#include "ConsoleLab.h"
#include "dashboard/DashboardPage.h"
#include "facade/Engine.h"

#include <QApplication>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QTest>
#include <memory>

using namespace lifeboat;
using lifeboat::testing::ConsoleLab;
using lifeboat::testing::rowWithText;
using lifeboat::testing::saveScreenshot;
using lifeboat::ui::DashboardPage;

namespace {

// Signs `engine` in to the lab as `user`, the way the sign-in page does; a sign-in ends the
// previous one, so each test sees the account's rights as they are now. One engine serves the
// whole test, as one serves the whole console.
QString signIn(Engine& engine, const ConsoleLab& lab, const QString& user)
{
    QObject context;
    std::optional<Result<console::Identity>> identity;
    engine.signIn(&context, console::SignInRequest{lab.url, user, lab.password}, false, false,
                  [&](Result<console::Identity> answer) { identity = std::move(answer); });
    if (!QTest::qWaitFor([&] { return identity.has_value(); }, 120000))
        return QStringLiteral("no answer to signIn");
    return *identity ? QString() : identity->error().message;
}

int visibleVmCount(Engine& engine)
{
    QObject context;
    std::optional<Result<QVector<console::VmRow>>> rows;
    engine.vms(&context, false, [&](Result<QVector<console::VmRow>> answer) { rows = std::move(answer); });
    if (!QTest::qWaitFor([&] { return rows.has_value(); }, 60000) || !*rows)
        return -1;
    return static_cast<int>((*rows)->size());
}

QString text(const DashboardPage& page, const char* objectName)
{
    auto* label = page.findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

QBarSet* resultSet(const DashboardPage& page, int index)
{
    auto* view = page.findChild<QChartView*>(QStringLiteral("resultsChart"));
    if (!view || view->chart()->series().isEmpty())
        return nullptr;
    auto* series = qobject_cast<QStackedBarSeries*>(view->chart()->series().first());
    return series && index < series->count() ? series->barSets().at(index) : nullptr;
}

QString quotaState(const DashboardPage& page)
{
    return page.findChild<QProgressBar*>(QStringLiteral("quotaBar"))->property("quotaState").toString();
}

} // namespace

class TestConsoleDashboard : public QObject
{
    Q_OBJECT
private:
    ConsoleLab m_lab;
    std::unique_ptr<Engine> m_engine;

    // A page over `engine`, refreshed, shown at a size that fits its tiles and charts.
    std::unique_ptr<DashboardPage> loadedPage(Engine& engine)
    {
        auto page = std::make_unique<DashboardPage>(engine);
        page->resize(1200, 1000);
        page->show();
        page->refresh();
        if (!QTest::qWaitFor([&] { return page->hasLoaded(); }, 60000))
            return nullptr;
        return page;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString error = m_lab.start(2);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(m_lab.prepareJob(QStringLiteral("nightly"), {m_lab.vmMoref(0)}).isEmpty(), "prepareJob");
        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        QSignalSpy started(m_engine.get(), &Engine::started);
        m_engine->start();
        QVERIFY(started.wait(20000));
        QVERIFY2(started.first().at(0).toBool(), qPrintable(started.first().at(2).toString()));
    }

    void cleanupTestCase() { m_engine.reset(); }

    void beforeTheFirstRunSaysWhatToDo()
    {
        const QString error = signIn(*m_engine, m_lab, m_lab.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto page = loadedPage(*m_engine);
        QVERIFY(page);
        auto* empty = page->findChild<QLabel*>(QStringLiteral("dashboardEmpty"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("Jobs tab")));
        QVERIFY(!page->findChild<QChartView*>(QStringLiteral("resultsChart"))->isVisible());
        QCOMPARE(text(*page, "protectedVms"), QStringLiteral("0"));
        QCOMPARE(text(*page, "restorePoints"), QStringLiteral("0"));
        saveScreenshot(*page, QStringLiteral("tab-dashboard-empty"));
    }

    void showsProtectionSizesAndTodaysRun()
    {
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("nightly")}), 0);
        const QString error = signIn(*m_engine, m_lab, m_lab.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const int vms = visibleVmCount(*m_engine);
        QVERIFY2(vms >= 2, qPrintable(QString::number(vms)));
        auto page = loadedPage(*m_engine);
        QVERIFY(page);
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("dashboardEmpty"))->isVisible());
        QVERIFY(!page->findChild<QLabel*>(QStringLiteral("dashboardProblems"))->isVisible());

        QCOMPARE(text(*page, "protectedVms"), QStringLiteral("1"));
        QCOMPARE(text(*page, "unprotectedVms"), QLocale().toString(vms - 1));
        QCOMPARE(text(*page, "restorePoints"), QStringLiteral("1"));
        const QString size = text(*page, "backupSize");
        QVERIFY2(!size.startsWith(QStringLiteral("0 ")) && size.contains(QLatin1Char('B')), qPrintable(size));
        QVERIFY2(text(*page, "longestJob").startsWith(QStringLiteral("nightly")),
                 qPrintable(text(*page, "longestJob")));
        QVERIFY2(text(*page, "averageSpeed").endsWith(QStringLiteral("/s")),
                 qPrintable(text(*page, "averageSpeed")));
        // The lab's account is an administrator: no quota, and no bar pretending one.
        QCOMPARE(text(*page, "quotaText"), QStringLiteral("No quota"));
        QCOMPARE(quotaState(*page), QStringLiteral("None"));
        QVERIFY(!page->findChild<QProgressBar*>(QStringLiteral("quotaBar"))->isVisible());

        // The chart's data: seven days, oldest first, today's run a success.
        QBarSet* success = resultSet(*page, 0);
        QBarSet* warning = resultSet(*page, 1);
        QBarSet* failed = resultSet(*page, 2);
        QVERIFY(success && warning && failed);
        QCOMPARE(success->count(), 7);
        QCOMPARE(success->at(6), 1.0);
        QCOMPARE(warning->at(6) + failed->at(6), 0.0);
        for (int day = 0; day < 6; ++day)
            QCOMPARE(success->at(day) + warning->at(day) + failed->at(day), 0.0);
        auto* throughput = page->findChild<QChartView*>(QStringLiteral("throughputChart"));
        QVERIFY(throughput);
        auto* speed = qobject_cast<QBarSeries*>(throughput->chart()->series().first());
        QVERIFY(speed && speed->count() == 1);
        QBarSet* megabytesPerSecond = speed->barSets().first();
        QCOMPARE(megabytesPerSecond->count(), 7);
        QVERIFY(megabytesPerSecond->at(6) > 0);
        QCOMPARE(megabytesPerSecond->at(5), 0.0);
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("resultsChart"))->accessibleName().isEmpty());
        QVERIFY(!page->findChild<QWidget*>(QStringLiteral("protectedVmsTile"))->accessibleName().isEmpty());

        QCOMPARE(text(*page, "successCount"), QStringLiteral("1"));
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("jobResults"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(rowWithText(*table->model(), 0, QStringLiteral("nightly")) == 0);
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Success"));
        saveScreenshot(*page, QStringLiteral("tab-dashboard"));
    }

    void periodSelectorCountsTheLastDayOrWeek()
    {
        // A second run today, and the first one moved two days back: the last 24 hours hold
        // one run, the last 7 days both.
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("nightly")}), 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("shift"));
            db.setDatabaseName(m_lab.catalog);
            QVERIFY(db.open());
            QSqlQuery first(db);
            QVERIFY(first.exec(
                QStringLiteral("SELECT id, started_at, finished_at FROM sessions ORDER BY id LIMIT 1")));
            QVERIFY(first.next());
            const auto shifted = [&](int column) {
                return QDateTime::fromString(first.value(column).toString(), Qt::ISODateWithMs)
                    .addDays(-2)
                    .toUTC()
                    .toString(Qt::ISODateWithMs);
            };
            QSqlQuery update(db);
            update.prepare(
                QStringLiteral("UPDATE sessions SET started_at = ?, finished_at = ? WHERE id = ?"));
            update.addBindValue(shifted(1));
            update.addBindValue(shifted(2));
            update.addBindValue(first.value(0));
            QVERIFY(update.exec());
            first.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("shift"));

        const QString error = signIn(*m_engine, m_lab, m_lab.user);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto page = loadedPage(*m_engine);
        QVERIFY(page);
        auto* table = page->findChild<QTableWidget*>(QStringLiteral("jobResults"));
        auto* period = page->findChild<QComboBox*>(QStringLiteral("resultsPeriod"));
        QVERIFY(period);
        QCOMPARE(page->period(), DashboardPage::Period::Day);
        QCOMPARE(text(*page, "successCount"), QStringLiteral("1"));
        QCOMPARE(table->rowCount(), 1);

        // Chosen the way a user does, through the combo box.
        period->setCurrentIndex(period->findText(QStringLiteral("Last 7 days")));
        QCOMPARE(page->period(), DashboardPage::Period::Week);
        QCOMPARE(text(*page, "successCount"), QStringLiteral("2"));
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(resultSet(*page, 0)->at(4), 1.0);
        QCOMPARE(resultSet(*page, 0)->at(6), 1.0);
        QCOMPARE(text(*page, "restorePoints"), QStringLiteral("2"));
        saveScreenshot(*page, QStringLiteral("tab-dashboard-7days"));

        period->setCurrentIndex(period->findText(QStringLiteral("Last 24 hours")));
        QCOMPARE(text(*page, "successCount"), QStringLiteral("1"));
        QCOMPARE(table->rowCount(), 1);

        // A language switch re-renders from the data kept: nothing is lost or asked again.
        QEvent languageChange(QEvent::LanguageChange);
        QCoreApplication::sendEvent(page.get(), &languageChange);
        QVERIFY(page->hasLoaded());
        QCOMPARE(page->period(), DashboardPage::Period::Day);
        QCOMPARE(text(*page, "successCount"), QStringLiteral("1"));
        QCOMPARE(text(*page, "restorePoints"), QStringLiteral("2"));
        QCOMPARE(period->currentText(), QStringLiteral("Last 24 hours"));
        QCOMPARE(table->rowCount(), 1);
    }

    void tenantQuotaBarShowsHowFullItIs()
    {
        // The lab's account becomes a tenant of VM 0 (an administrator must exist first),
        // backing up into a repository of its own so that its restore point stores real data
        // instead of deduplicating against the administrator's.
        const QString tenantRepo = m_lab.dirPath(QStringLiteral("tenant-repo"));
        QCOMPARE(m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("operator"),
                            QStringLiteral("--admin")}),
                 0);
        const auto setQuota = [&](qint64 bytes) {
            return m_lab.cli({QStringLiteral("tenant"), QStringLiteral("add"), m_lab.user,
                              QStringLiteral("--endpoint"), m_lab.url, QStringLiteral("--scope"),
                              QStringLiteral("vm:") + m_lab.vmMoref(0), QStringLiteral("--quota"),
                              QString::number(bytes)});
        };
        QCOMPARE(setQuota(qint64(1) << 40), 0);
        QCOMPARE(
            m_lab.cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"), tenantRepo}),
            0);
        QCOMPARE(
            m_lab.cli({QStringLiteral("job"), QStringLiteral("create"), QStringLiteral("own"),
                       QStringLiteral("--endpoint"), m_lab.url, QStringLiteral("--user"), m_lab.user,
                       QStringLiteral("--repo"), tenantRepo, QStringLiteral("--objects"), m_lab.vmMoref(0)}),
            0);
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("own")}), 0);

        // The used bytes as the engine counts them, then quotas around them.
        qint64 used = 0;
        {
            const QString error = signIn(*m_engine, m_lab, m_lab.user);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QObject context;
            std::optional<Result<console::DashboardData>> data;
            m_engine->dashboard(&context,
                                [&](Result<console::DashboardData> answer) { data = std::move(answer); });
            QTRY_VERIFY_WITH_TIMEOUT(data.has_value(), 60000);
            QVERIFY2(*data, qPrintable((*data).error().message));
            used = (*data)->backupBytes;
            QCOMPARE((*data)->restorePoints, 1);
            QCOMPARE((*data)->protectedVms, 1);
            QCOMPARE((*data)->unprotectedVms, 0);
        }
        QVERIFY(used > 0);

        const struct
        {
            qint64 quota;
            const char* state;
            const char* screenshot;
        } cases[] = {{used * 10, "Ok", "tab-dashboard-quota-ok"},
                     {used + used / 20, "Low", "tab-dashboard-quota-low"},
                     {used, "Full", "tab-dashboard-quota-full"}};
        for (const auto& expected : cases) {
            QCOMPARE(setQuota(expected.quota), 0);
            const QString error = signIn(*m_engine, m_lab, m_lab.user);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            auto page = loadedPage(*m_engine);
            QVERIFY(page);
            QCOMPARE(text(*page, "protectedVms"), QStringLiteral("1"));
            QCOMPARE(text(*page, "unprotectedVms"), QStringLiteral("0"));
            QCOMPARE(text(*page, "restorePoints"), QStringLiteral("1"));
            QCOMPARE(quotaState(*page), QString::fromLatin1(expected.state));
            auto* bar = page->findChild<QProgressBar*>(QStringLiteral("quotaBar"));
            QVERIFY(bar->isVisible());
            QVERIFY(!bar->accessibleDescription().isEmpty());
            QVERIFY2(text(*page, "quotaText").contains(QStringLiteral(" of ")),
                     qPrintable(text(*page, "quotaText")));
            saveScreenshot(*page, QString::fromLatin1(expected.screenshot));
        }
    }

    void quotaThresholds()
    {
        QCOMPARE(DashboardPage::quotaStateFor(0, 100), DashboardPage::QuotaState::Ok);
        QCOMPARE(DashboardPage::quotaStateFor(90, 100), DashboardPage::QuotaState::Ok);
        QCOMPARE(DashboardPage::quotaStateFor(91, 100), DashboardPage::QuotaState::Low);
        QCOMPARE(DashboardPage::quotaStateFor(100, 100), DashboardPage::QuotaState::Full);
        QCOMPARE(DashboardPage::quotaStateFor(150, 100), DashboardPage::QuotaState::Full);
    }
};

QTEST_MAIN(TestConsoleDashboard)
#include "tst_console_dashboard.moc"
