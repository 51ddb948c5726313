#include "DashboardPage.h"

#include "facade/Engine.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMetaEnum>
#include <QProgressBar>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace lifeboat::ui {

namespace {

constexpr double mebibyte = 1024.0 * 1024.0;

QString formatBytes(qint64 bytes)
{
    // Traditional units (KB, MB, GB of 1024) match what the engine writes in its messages.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString formatDuration(double seconds)
{
    // Jobs of small VMs take under a second; rounding them to "0 s" would hide the difference.
    if (seconds < 60)
        return DashboardPage::tr("%1 s").arg(QLocale().toString(seconds, 'f', seconds < 10 ? 1 : 0));
    const auto total = static_cast<qint64>(std::llround(seconds));
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    if (hours == 0)
        return DashboardPage::tr("%1 min %2 s").arg(minutes).arg(total % 60);
    return DashboardPage::tr("%1 h %2 min").arg(hours).arg(minutes);
}

QString formatSpeed(double bytesPerSecond)
{
    return DashboardPage::tr("%1/s").arg(formatBytes(static_cast<qint64>(std::llround(bytesPerSecond))));
}

QString resultText(jobs::SessionResult result)
{
    switch (result) {
    case jobs::SessionResult::Success:
        return DashboardPage::tr("Success");
    case jobs::SessionResult::Warning:
        return DashboardPage::tr("Warning");
    case jobs::SessionResult::Failed:
        return DashboardPage::tr("Failed");
    case jobs::SessionResult::Running:
        break;
    }
    return DashboardPage::tr("Running");
}

// The same colours for a result in the counters, the table and the chart.
QColor resultColor(jobs::SessionResult result)
{
    switch (result) {
    case jobs::SessionResult::Success:
        return QColor(0x2e, 0x9e, 0x44);
    case jobs::SessionResult::Warning:
        return QColor(0xe0, 0xa8, 0x00);
    case jobs::SessionResult::Failed:
        return QColor(0xd0, 0x32, 0x32);
    case jobs::SessionResult::Running:
        break;
    }
    return QColor(0x70, 0x70, 0x70);
}

QString dayLabel(const QDate& day)
{
    return QLocale().toString(day, QStringLiteral("ddd d"));
}

} // namespace

DashboardPage::DashboardPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
    , m_quotaBar(new QProgressBar(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_resultsTitle(new QLabel(this))
    , m_period(new QComboBox(this))
    , m_sessions(new QTableWidget(this))
    , m_noResults(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboardPage"));
    m_title->setObjectName(QStringLiteral("dashboardTitle"));
    m_status->setObjectName(QStringLiteral("dashboardStatus"));
    m_problems->setObjectName(QStringLiteral("dashboardProblems"));
    m_empty->setObjectName(QStringLiteral("dashboardEmpty"));
    m_period->setObjectName(QStringLiteral("resultsPeriod"));
    m_sessions->setObjectName(QStringLiteral("jobResults"));
    m_noResults->setObjectName(QStringLiteral("noJobResults"));
    m_quotaBar->setObjectName(QStringLiteral("quotaBar"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    QFont sectionFont = m_resultsTitle->font();
    sectionFont.setBold(true);
    m_resultsTitle->setFont(sectionFont);
    for (QLabel* label : {m_status, m_problems, m_empty, m_noResults})
        label->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("QLabel { color: #a05a00; }"));
    m_problems->hide();
    m_empty->hide();
    m_noResults->hide();

    m_protected = addTile(QStringLiteral("protectedVms"));
    m_unprotected = addTile(QStringLiteral("unprotectedVms"));
    m_restorePoints = addTile(QStringLiteral("restorePoints"));
    m_backupSize = addTile(QStringLiteral("backupSize"));
    m_quota = addTile(QStringLiteral("quotaText"));
    m_longestJob = addTile(QStringLiteral("longestJob"));
    m_averageSpeed = addTile(QStringLiteral("averageSpeed"));
    m_success = addTile(QStringLiteral("successCount"));
    m_warning = addTile(QStringLiteral("warningCount"));
    m_failed = addTile(QStringLiteral("failedCount"));
    // Per mille, so that byte counts beyond int never reach the bar.
    m_quotaBar->setRange(0, 1000);
    m_quotaBar->setTextVisible(false);
    m_quotaBar->setMaximumHeight(12);
    m_quotaBar->hide();
    m_quota.frame->layout()->addWidget(m_quotaBar);
    m_success.value->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(resultColor(jobs::SessionResult::Success).name()));
    m_warning.value->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(resultColor(jobs::SessionResult::Warning).name()));
    m_failed.value->setStyleSheet(
        QStringLiteral("QLabel { color: %1; }").arg(resultColor(jobs::SessionResult::Failed).name()));

    m_period->addItem(QString(), static_cast<int>(Period::Day));
    m_period->addItem(QString(), static_cast<int>(Period::Week));
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { showResults(); });

    m_sessions->setColumnCount(5);
    m_sessions->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessions->verticalHeader()->hide();
    m_sessions->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessions->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sessions->setMinimumHeight(120);

    buildCharts();

    auto* tiles = new QGridLayout;
    const Tile overview[] = {m_protected, m_unprotected, m_restorePoints, m_backupSize,
                             m_quota,     m_longestJob,  m_averageSpeed};
    int column = 0;
    for (const Tile& tile : overview) {
        tiles->addWidget(tile.frame, column / 4, column % 4);
        ++column;
    }

    auto* periodRow = new QHBoxLayout;
    periodRow->addWidget(m_resultsTitle);
    periodRow->addStretch(1);
    periodRow->addWidget(m_period);
    auto* counters = new QHBoxLayout;
    for (const Tile& tile : {m_success, m_warning, m_failed})
        counters->addWidget(tile.frame);

    auto* charts = new QHBoxLayout;
    charts->addWidget(m_resultsView, 1);
    charts->addWidget(m_throughputView, 1);

    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_problems);
    layout->addLayout(tiles);
    layout->addWidget(m_empty);
    layout->addLayout(periodRow);
    layout->addLayout(counters);
    layout->addWidget(m_noResults);
    layout->addWidget(m_sessions, 1);
    layout->addLayout(charts, 2);

    // Tiles and charts need more room than a small window has; scroll rather than squash.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    retranslateUi();
}

DashboardPage::Tile DashboardPage::addTile(const QString& objectName)
{
    Tile tile;
    tile.frame = new QFrame(this);
    tile.frame->setObjectName(objectName + QStringLiteral("Tile"));
    tile.frame->setFrameShape(QFrame::StyledPanel);
    tile.caption = new QLabel(tile.frame);
    tile.value = new QLabel(tile.frame);
    tile.value->setObjectName(objectName);
    tile.value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont valueFont = tile.value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    tile.value->setFont(valueFont);
    auto* layout = new QVBoxLayout(tile.frame);
    layout->addWidget(tile.caption);
    layout->addWidget(tile.value);
    return tile;
}

void DashboardPage::buildCharts()
{
    m_resultsChart = new QChart;
    m_resultsSeries = new QStackedBarSeries(m_resultsChart);
    m_successSet = new QBarSet(QString(), m_resultsSeries);
    m_warningSet = new QBarSet(QString(), m_resultsSeries);
    m_failedSet = new QBarSet(QString(), m_resultsSeries);
    m_successSet->setColor(resultColor(jobs::SessionResult::Success));
    m_warningSet->setColor(resultColor(jobs::SessionResult::Warning));
    m_failedSet->setColor(resultColor(jobs::SessionResult::Failed));
    m_resultsSeries->append(m_successSet);
    m_resultsSeries->append(m_warningSet);
    m_resultsSeries->append(m_failedSet);
    m_resultsChart->addSeries(m_resultsSeries);
    m_resultsDays = new QBarCategoryAxis(m_resultsChart);
    m_resultsCount = new QValueAxis(m_resultsChart);
    m_resultsCount->setLabelFormat(QStringLiteral("%d"));
    m_resultsChart->addAxis(m_resultsDays, Qt::AlignBottom);
    m_resultsChart->addAxis(m_resultsCount, Qt::AlignLeft);
    m_resultsSeries->attachAxis(m_resultsDays);
    m_resultsSeries->attachAxis(m_resultsCount);
    m_resultsChart->legend()->setAlignment(Qt::AlignBottom);
    m_resultsView = new QChartView(m_resultsChart, this);
    m_resultsView->setObjectName(QStringLiteral("resultsChart"));
    m_resultsView->setRenderHint(QPainter::Antialiasing);
    m_resultsView->setMinimumHeight(260);

    m_throughputChart = new QChart;
    // Bars rather than a line: a line would draw speeds for the days between two runs.
    m_throughputSeries = new QBarSeries(m_throughputChart);
    m_throughputSet = new QBarSet(QString(), m_throughputSeries);
    m_throughputSet->setColor(QColor(0x2a, 0x7a, 0xc0));
    m_throughputSeries->append(m_throughputSet);
    m_throughputChart->addSeries(m_throughputSeries);
    m_throughputDays = new QBarCategoryAxis(m_throughputChart);
    m_throughputSpeed = new QValueAxis(m_throughputChart);
    m_throughputSpeed->setLabelFormat(QStringLiteral("%.1f"));
    m_throughputChart->addAxis(m_throughputDays, Qt::AlignBottom);
    m_throughputChart->addAxis(m_throughputSpeed, Qt::AlignLeft);
    m_throughputSeries->attachAxis(m_throughputDays);
    m_throughputSeries->attachAxis(m_throughputSpeed);
    m_throughputChart->legend()->hide();
    m_throughputView = new QChartView(m_throughputChart, this);
    m_throughputView->setObjectName(QStringLiteral("throughputChart"));
    m_throughputView->setRenderHint(QPainter::Antialiasing);
    m_throughputView->setMinimumHeight(260);
}

void DashboardPage::refresh()
{
    const quint64 generation = ++m_generation;
    m_pending = 2;
    m_error.clear();
    setLoaded(false);
    if (!m_data)
        m_status->setText(tr("Loading…"));
    m_engine.dashboard(this, [this, generation](Result<console::DashboardData> answer) {
        if (generation != m_generation)
            return;
        if (answer) {
            m_data = std::move(answer.value());
        } else {
            // Old numbers under an error would pass for current ones.
            m_data.reset();
            if (m_error.isEmpty())
                m_error = answer.error().message;
        }
        answered();
    });
    m_engine.sessions(this, 0, 1000, [this, generation](Result<QVector<jobs::Session>> sessions) {
        if (generation != m_generation)
            return;
        if (sessions)
            m_sessionList = std::move(sessions.value());
        else if (m_error.isEmpty())
            m_error = sessions.error().message;
        answered();
    });
}

void DashboardPage::answered()
{
    if (--m_pending > 0)
        return;
    m_answeredAt = QDateTime::currentDateTimeUtc();
    if (!m_error.isEmpty()) {
        const QString message = tr("The dashboard could not be loaded: %1").arg(m_error);
        Q_EMIT status(message);
    }
    showData();
    setLoaded(true);
}

void DashboardPage::clear()
{
    ++m_generation;
    m_pending = 0;
    m_data.reset();
    m_sessionList.clear();
    m_error.clear();
    setLoaded(false);
    showData();
}

DashboardPage::Period DashboardPage::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

void DashboardPage::setPeriod(Period period)
{
    m_period->setCurrentIndex(m_period->findData(static_cast<int>(period)));
}

DashboardPage::QuotaState DashboardPage::quotaStateFor(qint64 usedBytes, qint64 quotaBytes)
{
    if (quotaBytes <= 0 || usedBytes >= quotaBytes)
        return QuotaState::Full;
    if (static_cast<double>(quotaBytes - usedBytes) < 0.1 * static_cast<double>(quotaBytes))
        return QuotaState::Low;
    return QuotaState::Ok;
}

void DashboardPage::showData()
{
    if (!m_error.isEmpty())
        m_status->setText(tr("The dashboard could not be loaded: %1").arg(m_error));
    else if (!m_data)
        m_status->setText(m_pending > 0 ? tr("Loading…") : tr("Sign in to see your backups."));
    else
        m_status->clear();
    m_status->setVisible(!m_status->text().isEmpty());

    const QLocale locale;
    const QString none = QStringLiteral("–");
    if (m_data) {
        const console::DashboardData& d = *m_data;
        m_protected.value->setText(locale.toString(d.protectedVms));
        m_unprotected.value->setText(locale.toString(d.unprotectedVms));
        m_restorePoints.value->setText(locale.toString(d.restorePoints));
        m_backupSize.value->setText(formatBytes(d.backupBytes));
        m_longestJob.value->setText(d.longestJob.isEmpty()
                                        ? none
                                        : tr("%1 (%2)").arg(d.longestJob, formatDuration(d.longestSeconds)));
        m_averageSpeed.value->setText(d.averageBytesPerSecond > 0 ? formatSpeed(d.averageBytesPerSecond)
                                                                  : none);
        m_problems->setText(
            d.problems.isEmpty()
                ? QString()
                : tr("Some backups could not be read: %1").arg(d.problems.join(QStringLiteral("; "))));
        m_problems->setVisible(!d.problems.isEmpty());
    } else {
        for (const Tile* tile :
             {&m_protected, &m_unprotected, &m_restorePoints, &m_backupSize, &m_longestJob, &m_averageSpeed})
            tile->value->setText(none);
        m_problems->clear();
        m_problems->hide();
    }
    for (const Tile* tile :
         {&m_protected, &m_unprotected, &m_restorePoints, &m_backupSize, &m_longestJob, &m_averageSpeed})
        tile->frame->setAccessibleDescription(tile->value->text());
    showQuota();
    setEmptyText();
    showResults();
    showCharts();
}

void DashboardPage::showQuota()
{
    if (!m_data || !m_data->quotaBytes) {
        m_quotaState = QuotaState::None;
        m_quota.value->setText(m_data ? tr("No quota") : QStringLiteral("–"));
        m_quotaBar->hide();
    } else {
        const qint64 quota = *m_data->quotaBytes;
        const qint64 used = m_data->backupBytes;
        m_quotaState = quotaStateFor(used, quota);
        const double share = quota > 0 ? static_cast<double>(used) / static_cast<double>(quota) : 1.0;
        m_quotaBar->setValue(static_cast<int>(std::lround(std::clamp(share, 0.0, 1.0) * 1000.0)));
        m_quota.value->setText(tr("%1 of %2").arg(formatBytes(used), formatBytes(quota)));
        QString color;
        QString state;
        switch (m_quotaState) {
        case QuotaState::Ok:
            color = QStringLiteral("#2e9e44");
            state = tr("%1% used").arg(QLocale().toString(share * 100.0, 'f', 0));
            break;
        case QuotaState::Low:
            color = QStringLiteral("#e0a800");
            state = tr("%1% used, less than 10% free").arg(QLocale().toString(share * 100.0, 'f', 0));
            break;
        case QuotaState::Full:
        case QuotaState::None:
            color = QStringLiteral("#d03232");
            state = tr("Quota full: new backups will be refused");
            break;
        }
        m_quotaBar->setStyleSheet(
            QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; }"
                           "QProgressBar::chunk { background-color: %1; }")
                .arg(color));
        m_quotaBar->setToolTip(state);
        m_quotaBar->setAccessibleDescription(state);
        m_quotaBar->show();
    }
    m_quotaBar->setProperty("quotaState", QString::fromLatin1(QMetaEnum::fromType<QuotaState>().valueToKey(
                                              static_cast<int>(m_quotaState))));
    m_quota.frame->setAccessibleDescription(m_quota.value->text());
}

void DashboardPage::setEmptyText()
{
    // Nothing has run and nothing is stored: say how to get there instead of drawing zeros.
    m_emptyState = m_data && m_data->restorePoints == 0 &&
                   std::none_of(m_data->days.cbegin(), m_data->days.cend(),
                                [](const console::DayResults& day) {
                                    return day.success + day.warning + day.failed > 0;
                                }) &&
                   m_sessionList.isEmpty();
    m_empty->setText(tr("No backups yet. Create a backup job for your VMs on the Jobs tab and run it: "
                        "its results, speed and sizes will show here."));
    m_empty->setVisible(m_emptyState);
    for (QWidget* widget :
         std::initializer_list<QWidget*>{m_resultsView, m_throughputView, m_sessions, m_period,
                                         m_resultsTitle, m_success.frame, m_warning.frame, m_failed.frame})
        widget->setVisible(m_data && !m_emptyState);
    if (!m_data || m_emptyState)
        m_noResults->hide();
}

void DashboardPage::showResults()
{
    const QLocale locale;
    const Period shown = period();
    int success = 0, warning = 0, failed = 0;
    if (m_data) {
        if (shown == Period::Day) {
            success = m_data->success24h;
            warning = m_data->warning24h;
            failed = m_data->failed24h;
        } else {
            for (const auto& day : m_data->days) {
                success += day.success;
                warning += day.warning;
                failed += day.failed;
            }
        }
    }
    m_success.value->setText(locale.toString(success));
    m_warning.value->setText(locale.toString(warning));
    m_failed.value->setText(locale.toString(failed));
    for (const Tile* tile : {&m_success, &m_warning, &m_failed})
        tile->frame->setAccessibleDescription(tile->value->text());

    // The table lists the same runs the counters count: finished backups in the period.
    QVector<jobs::Session> rows;
    if (m_data && !m_data->days.isEmpty())
        for (const auto& session : std::as_const(m_sessionList)) {
            if (session.result == jobs::SessionResult::Running || !session.finished.isValid() ||
                session.kind != QLatin1String("backup"))
                continue;
            const bool inPeriod = shown == Period::Day
                                      ? session.started.secsTo(m_answeredAt) <= 24 * 3600
                                      : session.started.toUTC().date() >= m_data->days.first().day;
            if (inPeriod)
                rows.append(session);
        }
    m_sessions->setSortingEnabled(false);
    m_sessions->setRowCount(static_cast<int>(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const jobs::Session& session = rows.at(row);
        const double seconds = static_cast<double>(session.started.msecsTo(session.finished)) / 1000.0;
        auto* result = new QTableWidgetItem(resultText(session.result));
        result->setForeground(resultColor(session.result));
        if (!session.message.isEmpty())
            result->setToolTip(session.message);
        m_sessions->setItem(row, 0, new QTableWidgetItem(session.jobName));
        m_sessions->setItem(
            row, 1,
            new QTableWidgetItem(locale.toString(session.started.toLocalTime(), QLocale::ShortFormat)));
        m_sessions->setItem(row, 2, new QTableWidgetItem(formatDuration(seconds)));
        m_sessions->setItem(row, 3, new QTableWidgetItem(formatBytes(session.bytesRead)));
        m_sessions->setItem(row, 4, result);
    }
    const bool visible = m_data && !m_emptyState;
    m_noResults->setText(shown == Period::Day ? tr("No backup job ran in the last 24 hours.")
                                              : tr("No backup job ran in the last 7 days."));
    m_noResults->setVisible(visible && rows.isEmpty());
    m_sessions->setVisible(visible && !rows.isEmpty());
}

void DashboardPage::showCharts()
{
    QStringList days;
    QList<qreal> success, warning, failed;
    QList<qreal> speed;
    int highest = 0;
    double fastest = 0;
    QStringList described;
    if (m_data)
        for (int i = 0; i < m_data->days.size(); ++i) {
            const console::DayResults& day = m_data->days.at(i);
            days << dayLabel(day.day);
            success << day.success;
            warning << day.warning;
            failed << day.failed;
            highest = std::max(highest, day.success + day.warning + day.failed);
            const double mbps =
                day.seconds > 0 ? static_cast<double>(day.bytesRead) / day.seconds / mebibyte : 0.0;
            speed << mbps;
            fastest = std::max(fastest, mbps);
            described << tr("%1: %2 successful, %3 with warnings, %4 failed, %5")
                             .arg(days.last())
                             .arg(day.success)
                             .arg(day.warning)
                             .arg(day.failed)
                             .arg(day.seconds > 0
                                      ? formatSpeed(static_cast<double>(day.bytesRead) / day.seconds)
                                      : tr("no backup"));
        }
    m_successSet->remove(0, m_successSet->count());
    m_warningSet->remove(0, m_warningSet->count());
    m_failedSet->remove(0, m_failedSet->count());
    m_successSet->append(success);
    m_warningSet->append(warning);
    m_failedSet->append(failed);
    m_resultsDays->setCategories(days);
    m_resultsCount->setRange(0, std::max(highest, 1));
    m_resultsCount->setTickCount(std::min(std::max(highest, 1), 5) + 1);

    m_throughputSet->remove(0, m_throughputSet->count());
    m_throughputSet->append(speed);
    m_throughputDays->setCategories(days);
    m_throughputSpeed->setRange(0, fastest > 0 ? fastest * 1.1 : 1.0);

    const QString description = described.join(QStringLiteral("; "));
    m_resultsView->setAccessibleDescription(description);
    m_throughputView->setAccessibleDescription(description);
}

void DashboardPage::retranslateUi()
{
    m_title->setText(tr("Dashboard"));
    const struct
    {
        Tile* tile;
        QString caption;
    } captions[] = {{&m_protected, tr("Protected VMs")},
                    {&m_unprotected, tr("Unprotected VMs")},
                    {&m_restorePoints, tr("Restore points")},
                    {&m_backupSize, tr("Backup size (after deduplication and compression)")},
                    {&m_quota, tr("Quota used")},
                    {&m_longestJob, tr("Longest job (7 days)")},
                    {&m_averageSpeed, tr("Average speed (7 days)")},
                    {&m_success, tr("Successful")},
                    {&m_warning, tr("With warnings")},
                    {&m_failed, tr("Failed")}};
    for (const auto& caption : captions) {
        caption.tile->caption->setText(caption.caption);
        caption.tile->frame->setAccessibleName(caption.caption);
        caption.tile->value->setAccessibleName(caption.caption);
    }
    m_quotaBar->setAccessibleName(tr("Quota used"));
    m_resultsTitle->setText(tr("Job results"));
    m_period->setItemText(m_period->findData(static_cast<int>(Period::Day)), tr("Last 24 hours"));
    m_period->setItemText(m_period->findData(static_cast<int>(Period::Week)), tr("Last 7 days"));
    m_period->setAccessibleName(tr("Period of the job results"));
    m_sessions->setHorizontalHeaderLabels(
        {tr("Job"), tr("Started"), tr("Duration"), tr("Read"), tr("Result")});
    m_sessions->setAccessibleName(tr("Job results"));

    m_resultsChart->setTitle(tr("Results per day"));
    m_successSet->setLabel(tr("Successful"));
    m_warningSet->setLabel(tr("With warnings"));
    m_failedSet->setLabel(tr("Failed"));
    m_resultsCount->setTitleText(tr("Job runs"));
    m_resultsView->setAccessibleName(tr("Results per day"));
    m_throughputChart->setTitle(tr("Throughput per day"));
    m_throughputSet->setLabel(tr("Throughput"));
    m_throughputSpeed->setTitleText(tr("MB/s"));
    m_throughputView->setAccessibleName(tr("Throughput per day"));

    // Values carry words and locale formats too (durations, sizes, day names).
    showData();
}

} // namespace lifeboat::ui
