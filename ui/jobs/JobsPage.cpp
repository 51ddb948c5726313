#include "jobs/JobsPage.h"

#include "facade/Engine.h"
#include "jobs/JobsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

namespace {

QTableView* makeTable(QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return view;
}

} // namespace

JobsPage::JobsPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
    , m_model(new JobsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_sessions(new SessionsModel(this))
    , m_empty(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_view(makeTable(this, QStringLiteral("jobsView")))
    , m_start(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_sessionsTitle(new QLabel(this))
    , m_sessionsView(makeTable(this, QStringLiteral("sessionsView")))
    , m_logTitle(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("jobsPage"));
    m_model->setObjectName(QStringLiteral("jobsModel"));
    m_sessions->setObjectName(QStringLiteral("sessionsModel"));
    m_search->setObjectName(QStringLiteral("jobsSearch"));
    m_start->setObjectName(QStringLiteral("jobStart"));
    m_stop->setObjectName(QStringLiteral("jobStop"));
    m_refresh->setObjectName(QStringLiteral("jobsRefresh"));
    m_progress->setObjectName(QStringLiteral("jobProgress"));
    m_log->setObjectName(QStringLiteral("sessionLog"));
    m_empty->setObjectName(QStringLiteral("jobsEmpty"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(JobsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->sortByColumn(JobsModel::Name, Qt::AscendingOrder);
    auto* sessionsProxy = new QSortFilterProxyModel(this);
    sessionsProxy->setSourceModel(m_sessions);
    sessionsProxy->setSortRole(SessionsModel::SortRole);
    m_sessionsView->setModel(sessionsProxy);
    m_sessionsView->sortByColumn(SessionsModel::Started, Qt::DescendingOrder);
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_empty->setWordWrap(true);
    m_search->setClearButtonEnabled(true);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &JobsPage::selectionChanged);
    connect(m_sessionsView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, sessionsProxy] {
                const QModelIndexList rows = m_sessionsView->selectionModel()->selectedRows();
                if (!rows.isEmpty())
                    loadLog(sessionsProxy->data(rows.first(), SessionsModel::SessionIdRole).toLongLong());
            });
    connect(m_start, &QPushButton::clicked, this, &JobsPage::start);
    connect(m_stop, &QPushButton::clicked, this, &JobsPage::stop);
    connect(m_refresh, &QPushButton::clicked, this, &JobsPage::refresh);

    connect(&m_engine, &Engine::jobStarted, this, [this](qint64) { refresh(); });
    connect(&m_engine, &Engine::jobProgress, this,
            [this](qint64 jobId, const QString& vm, qint64 done, qint64 total) {
                m_model->setProgress(jobId, vm, done, total);
                if (jobId == selectedJob() && total > 0) {
                    m_progress->show();
                    m_progress->setValue(static_cast<int>(done * 100 / total));
                    m_progress->setFormat(tr("%1: %p%").arg(vm));
                }
            });
    connect(&m_engine, &Engine::jobFinished, this,
            [this](qint64 jobId, qint64, const QString& result, const QString& message) {
                if (jobId == selectedJob())
                    m_progress->hide();
                Q_EMIT status(message.isEmpty() ? tr("Job finished: %1").arg(result)
                                                : tr("Job finished: %1 — %2").arg(result, message));
                refresh();
                Q_EMIT dataChanged();
            });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search, 1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_refresh);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_empty);
    topLayout->addWidget(m_view);
    topLayout->addWidget(m_progress);
    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto* sessionsBox = new QVBoxLayout;
    sessionsBox->addWidget(m_sessionsTitle);
    sessionsBox->addWidget(m_sessionsView);
    auto* logBox = new QVBoxLayout;
    logBox->addWidget(m_logTitle);
    logBox->addWidget(m_log);
    bottomLayout->addLayout(sessionsBox, 1);
    bottomLayout->addLayout(logBox, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    m_sessionsTitle->setBuddy(m_sessionsView);
    m_logTitle->setBuddy(m_log);
    retranslateUi();
    updateButtons();
}

void JobsPage::refresh()
{
    m_engine.jobs(this, [this](Result<QVector<console::JobRow>> rows) {
        setLoaded(true);
        if (!rows) {
            Q_EMIT status(rows.error().message);
            return;
        }
        // Rows are replaced by id; if the set of jobs changed the model resets, so the
        // selection is put back by id.
        const qint64 selected = selectedJob();
        m_model->setRows(*rows);
        m_empty->setVisible(rows->isEmpty());
        if (selected != 0 && selectedJob() != selected)
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(JobsModel::JobIdRole).toLongLong() == selected)
                    m_view->selectRow(row);
        updateButtons();
        if (selectedJob() != 0)
            loadSessions(selectedJob());
    });
}

void JobsPage::clear()
{
    m_model->setRows({});
    m_sessions->setSessions({});
    m_log->clear();
    m_progress->hide();
    m_shownSession = 0;
    setLoaded(false);
}

bool JobsPage::selectJob(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, JobsModel::Name).data().toString() == name) {
            m_view->selectRow(row);
            return true;
        }
    return false;
}

qint64 JobsPage::selectedJob() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(JobsModel::JobIdRole).toLongLong();
}

void JobsPage::selectionChanged()
{
    updateButtons();
    const qint64 job = selectedJob();
    m_progress->hide();
    if (job == 0) {
        m_sessions->setSessions({});
        m_log->clear();
        return;
    }
    loadSessions(job);
}

void JobsPage::loadSessions(qint64 jobId)
{
    m_engine.sessions(this, jobId, 50, [this, jobId](Result<QVector<jobs::Session>> sessions) {
        if (jobId != selectedJob())
            return;
        if (!sessions) {
            Q_EMIT status(sessions.error().message);
            return;
        }
        m_sessions->setSessions(*sessions);
        // The newest session's log is what one looks at after a run.
        if (!sessions->isEmpty())
            m_sessionsView->selectRow(0);
        else
            m_log->clear();
    });
}

void JobsPage::loadLog(qint64 sessionId)
{
    m_shownSession = sessionId;
    m_engine.sessionLog(this, sessionId, [this, sessionId](Result<QVector<jobs::SessionLogLine>> lines) {
        if (sessionId != m_shownSession)
            return;
        if (!lines) {
            m_log->setPlainText(lines.error().message);
            return;
        }
        QStringList text;
        for (const auto& line : *lines)
            text << QStringLiteral("%1  %2  %3%4")
                        .arg(QLocale().toString(line.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                             line.severity.toUpper().leftJustified(7),
                             line.object.isEmpty() ? QString() : line.object + QStringLiteral(": "),
                             line.message);
        m_log->setPlainText(text.join(QLatin1Char('\n')));
    });
}

void JobsPage::start()
{
    const qint64 job = selectedJob();
    if (job == 0)
        return;
    m_start->setEnabled(false);
    m_engine.startJob(this, job, {}, [this](Status started) {
        if (!started)
            Q_EMIT status(started.error().message);
        else
            Q_EMIT status(tr("Job started."));
        refresh();
    });
}

void JobsPage::stop()
{
    const qint64 job = selectedJob();
    if (job == 0)
        return;
    m_stop->setEnabled(false);
    m_engine.stopJob(this, job, [this](Status stopped) {
        Q_EMIT status(stopped ? tr("Stopping the job; its snapshots are removed first.")
                              : stopped.error().message);
    });
}

void JobsPage::updateButtons()
{
    const console::JobRow* row = m_model->row(selectedJob());
    m_start->setEnabled(row && !row->running && row->job.enabled);
    m_stop->setEnabled(row && row->running);
}

void JobsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search jobs"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_refresh->setText(tr("&Refresh"));
    m_start->setAccessibleName(tr("Start the selected job"));
    m_stop->setAccessibleName(tr("Stop the selected job"));
    m_view->setAccessibleName(tr("Jobs"));
    m_sessionsView->setAccessibleName(tr("Sessions of the selected job"));
    m_log->setAccessibleName(tr("Log of the selected session"));
    m_sessionsTitle->setText(tr("Sessions"));
    m_logTitle->setText(tr("Session log"));
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_empty->setText(tr("There are no backup jobs for your account yet. An administrator creates them with "
                        "'lifeboat-cli job create'."));
}

} // namespace lifeboat::ui
