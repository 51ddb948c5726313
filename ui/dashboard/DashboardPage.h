#pragma once

#include "common/ConsolePage.h"
#include "console/ConsoleSession.h"
#include "jobs/Job.h"

#include <QVector>
#include <optional>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QComboBox;
class QFrame;
class QLabel;
class QBarSeries;
class QProgressBar;
class QStackedBarSeries;
class QTableWidget;
class QValueAxis;

namespace lifeboat::ui {

// The signed-in account's backups at a glance: what is protected, how much it takes, how
// the recent runs went and how fast they were. Everything shown comes from one refresh();
// nothing is estimated on the GUI side.
class DashboardPage : public ConsolePage
{
    Q_OBJECT
public:
    // What the quota bar's colour says, also readable by tests as the bar's "quotaState".
    enum class QuotaState
    {
        None, // no quota (administrators): the bar is hidden
        Ok,   // green
        Low,  // yellow: less than 10% free
        Full  // red: nothing left
    };
    Q_ENUM(QuotaState)

    // Which results the counters and the table show.
    enum class Period
    {
        Day, // the last 24 hours
        Week // the last 7 days
    };
    Q_ENUM(Period)

    explicit DashboardPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    Period period() const;
    void setPeriod(Period period);
    QuotaState quotaState() const { return m_quotaState; }
    static QuotaState quotaStateFor(qint64 usedBytes, qint64 quotaBytes);

protected:
    void retranslateUi() override;

private:
    struct Tile
    {
        QFrame* frame = nullptr;
        QLabel* caption = nullptr;
        QLabel* value = nullptr;
    };
    Tile addTile(const QString& objectName);
    void buildCharts();
    void answered();
    void showData();
    void showResults();
    void showCharts();
    void showQuota();
    void setEmptyText();

    Tile m_protected;
    Tile m_unprotected;
    Tile m_restorePoints;
    Tile m_backupSize;
    Tile m_longestJob;
    Tile m_averageSpeed;
    Tile m_quota;
    QProgressBar* m_quotaBar;

    QLabel* m_title;
    QLabel* m_status;
    QLabel* m_problems;
    QLabel* m_empty;

    QLabel* m_resultsTitle;
    QComboBox* m_period;
    Tile m_success;
    Tile m_warning;
    Tile m_failed;
    QTableWidget* m_sessions;
    QLabel* m_noResults;

    QChartView* m_resultsView;
    QChart* m_resultsChart;
    QStackedBarSeries* m_resultsSeries;
    QBarSet* m_successSet;
    QBarSet* m_warningSet;
    QBarSet* m_failedSet;
    QBarCategoryAxis* m_resultsDays;
    QValueAxis* m_resultsCount;

    QChartView* m_throughputView;
    QChart* m_throughputChart;
    QBarSeries* m_throughputSeries;
    QBarSet* m_throughputSet;
    QBarCategoryAxis* m_throughputDays;
    QValueAxis* m_throughputSpeed;

    // Answers of the last refresh(); answers to an older one are dropped.
    quint64 m_generation = 0;
    int m_pending = 0;
    std::optional<console::DashboardData> m_data;
    QVector<jobs::Session> m_sessionList;
    QDateTime m_answeredAt;
    QString m_error;
    QuotaState m_quotaState = QuotaState::None;
    bool m_emptyState = false;
};

} // namespace lifeboat::ui
