#include "jobs/JobsPage.h"

#include "facade/Engine.h"
#include "jobs/JobWizard.h"
#include "jobs/JobsModel.h"
#include "jobs/PdfReport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
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
    , m_new(new QPushButton(this))
    , m_edit(new QPushButton(this))
    , m_enable(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_export(new QPushButton(this))
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
    m_new->setObjectName(QStringLiteral("jobNew"));
    m_edit->setObjectName(QStringLiteral("jobEdit"));
    m_enable->setObjectName(QStringLiteral("jobEnable"));
    m_delete->setObjectName(QStringLiteral("jobDelete"));
    m_retry->setObjectName(QStringLiteral("jobRetry"));
    m_export->setObjectName(QStringLiteral("jobsExport"));
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
    connect(m_new, &QPushButton::clicked, this, &JobsPage::newJob);
    connect(m_edit, &QPushButton::clicked, this, &JobsPage::editJob);
    connect(m_enable, &QPushButton::clicked, this, &JobsPage::toggleEnabled);
    connect(m_delete, &QPushButton::clicked, this, &JobsPage::deleteJob);
    connect(m_retry, &QPushButton::clicked, this, &JobsPage::retry);
    connect(m_export, &QPushButton::clicked, this, &JobsPage::openExportDialog);
    connect(m_view, &QTableView::activated, this, &JobsPage::editJob);

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
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_enable);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_export);
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
    // Another account may sign in next: nothing of this one's stays open.
    if (m_wizard)
        m_wizard->deleteLater();
    if (m_confirm)
        m_confirm->deleteLater();
    if (m_exportDialog)
        m_exportDialog->deleteLater();
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
    m_edit->setEnabled(row != nullptr);
    m_enable->setEnabled(row != nullptr);
    m_delete->setEnabled(row && !row->running);
    // Only a run that left VMs behind has anything to retry.
    m_retry->setEnabled(row && !row->running && row->last &&
                        (row->last->result == jobs::SessionResult::Failed ||
                         row->last->result == jobs::SessionResult::Warning));
    m_enable->setText(row && !row->job.enabled ? tr("Ena&ble") : tr("Disa&ble"));
    m_enable->setAccessibleName(row && !row->job.enabled ? tr("Enable the selected job")
                                                         : tr("Disable the selected job"));
}

qint64 JobsPage::selectedSession() const
{
    const QModelIndexList rows = m_sessionsView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(SessionsModel::SessionIdRole).toLongLong();
}

void JobsPage::newJob()
{
    openWizard(std::nullopt);
}

void JobsPage::editJob()
{
    const console::JobRow* row = m_model->row(selectedJob());
    if (row)
        openWizard(row->job);
}

void JobsPage::openWizard(const std::optional<jobs::JobDefinition>& job)
{
    // One wizard at a time: a second click brings the open one forward.
    if (m_wizard) {
        m_wizard->raise();
        m_wizard->activateWindow();
        return;
    }
    QVector<jobs::JobDefinition> others;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (const console::JobRow* row =
                m_model->row(m_model->index(i, 0).data(JobsModel::JobIdRole).toLongLong()))
            others.append(row->job);
    m_wizard = new JobWizard(m_engine, job, others, this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &JobWizard::saved, this, [this](const jobs::JobDefinition& saved) {
        Q_EMIT status(tr("Job %1 saved.").arg(saved.name));
        const QString name = saved.name;
        m_engine.jobs(this, [this, name](Result<QVector<console::JobRow>> rows) {
            if (!rows)
                return;
            m_model->setRows(*rows);
            m_empty->setVisible(rows->isEmpty());
            selectJob(name);
            updateButtons();
        });
        Q_EMIT dataChanged();
    });
    m_wizard->open();
}

void JobsPage::toggleEnabled()
{
    const console::JobRow* row = m_model->row(selectedJob());
    if (!row)
        return;
    const bool enable = !row->job.enabled;
    const QString name = row->job.name;
    m_enable->setEnabled(false);
    m_engine.setJobEnabled(this, row->job.id, enable, [this, enable, name](Status changed) {
        Q_EMIT status(!changed ? changed.error().message
                      : enable ? tr("Job %1 enabled.").arg(name)
                               : tr("Job %1 disabled.").arg(name));
        refresh();
    });
}

void JobsPage::deleteJob()
{
    const console::JobRow* row = m_model->row(selectedJob());
    if (!row || m_confirm)
        return;
    const qint64 id = row->job.id;
    const QString name = row->job.name;
    m_confirm = new QMessageBox(QMessageBox::Question, tr("Delete job"), tr("Delete the job %1?").arg(name),
                                QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("jobDeleteConfirm"));
    m_confirm->setInformativeText(
        tr("Its sessions and restore points stay; it no longer runs. This cannot be undone."));
    QPushButton* yes = m_confirm->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("jobDeleteYes"));
    QPushButton* no = m_confirm->addButton(QMessageBox::Cancel);
    no->setObjectName(QStringLiteral("jobDeleteNo"));
    m_confirm->setDefaultButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::buttonClicked, this, [this, yes, id, name](QAbstractButton* clicked) {
        if (clicked != yes)
            return;
        m_engine.deleteJob(this, id, [this, name](Status deleted) {
            Q_EMIT status(deleted ? tr("Job %1 deleted.").arg(name) : deleted.error().message);
            refresh();
            if (deleted)
                Q_EMIT dataChanged();
        });
    });
    m_confirm->open();
}

void JobsPage::retry()
{
    const qint64 job = selectedJob();
    if (job == 0)
        return;
    m_retry->setEnabled(false);
    m_engine.retryJob(this, job, [this](Status started) {
        Q_EMIT status(started ? tr("Retrying the VMs that failed.") : started.error().message);
        refresh();
    });
}

void JobsPage::exportSessions(const QString& path, const QString& format, const QDate& from, const QDate& to)
{
    // Whole days as the user reads them: from the first day's midnight to the end of the last.
    const QDateTime start = from.startOfDay();
    const QDateTime end = to.addDays(1).startOfDay();
    const auto finish = [this, path](Result<int> written) {
        const QString message = written ? tr("%n session(s) written to %1.", nullptr, *written).arg(path)
                                        : written.error().message;
        Q_EMIT status(message);
        Q_EMIT exportFinished(static_cast<bool>(written), message);
    };
    if (format == QLatin1String("pdf")) {
        m_engine.sessionsReportPage(
            this, start, end, [this, path, finish](Result<Engine::SessionReportPage> page) {
                if (!page)
                    return finish(page.error());
                writePdfReportInBackground(
                    this, page->html, page->title, path, [finish, sessions = page->sessions](Status written) {
                        finish(written ? Result<int>(sessions) : Result<int>(written.error()));
                    });
            });
        return;
    }
    m_engine.exportSessions(this, start, end, format, path, finish);
}

void JobsPage::exportSession(const QString& path, const QString& format, qint64 sessionId)
{
    const auto finish = [this, path, sessionId](Status written) {
        const QString message =
            written ? tr("Session %1 written to %2.").arg(sessionId).arg(path) : written.error().message;
        Q_EMIT status(message);
        Q_EMIT exportFinished(static_cast<bool>(written), message);
    };
    if (format == QLatin1String("pdf")) {
        m_engine.sessionReportPage(
            this, sessionId, [this, path, finish](Result<Engine::SessionReportPage> page) {
                if (!page)
                    return finish(page.error());
                writePdfReportInBackground(this, page->html, page->title, path, finish);
            });
        return;
    }
    m_engine.exportSession(this, sessionId, format, path, finish);
}

void JobsPage::openExportDialog()
{
    if (m_exportDialog) {
        m_exportDialog->raise();
        return;
    }
    auto* dialog = new QDialog(this);
    m_exportDialog = dialog;
    dialog->setObjectName(QStringLiteral("jobExportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Export sessions"));
    auto* selected = new QRadioButton(tr("The &selected session"), dialog);
    selected->setObjectName(QStringLiteral("exportSelected"));
    auto* period = new QRadioButton(tr("All sessions of your jobs &between:"), dialog);
    period->setObjectName(QStringLiteral("exportPeriod"));
    auto* scope = new QButtonGroup(dialog);
    scope->addButton(selected);
    scope->addButton(period);
    const qint64 session = selectedSession();
    selected->setEnabled(session != 0);
    (session != 0 ? selected : period)->setChecked(true);
    auto* from = new QDateEdit(QDate::currentDate().addDays(-7), dialog);
    from->setObjectName(QStringLiteral("exportFrom"));
    from->setCalendarPopup(true);
    from->setAccessibleName(tr("First day"));
    auto* to = new QDateEdit(QDate::currentDate(), dialog);
    to->setObjectName(QStringLiteral("exportTo"));
    to->setCalendarPopup(true);
    to->setAccessibleName(tr("Last day"));
    auto* format = new QComboBox(dialog);
    format->setObjectName(QStringLiteral("exportFormat"));
    format->addItem(tr("CSV (spreadsheets)"), QStringLiteral("csv"));
    format->addItem(tr("HTML (a report to read)"), QStringLiteral("html"));
    format->addItem(tr("PDF (a report to print or archive)"), QStringLiteral("pdf"));
    format->setAccessibleName(tr("File format"));
    auto* formatLabel = new QLabel(tr("&Format:"), dialog);
    formatLabel->setBuddy(format);
    auto* range = new QHBoxLayout;
    range->addWidget(from);
    range->addWidget(new QLabel(tr("and"), dialog));
    range->addWidget(to);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel, dialog);
    QPushButton* save = box->addButton(tr("&Save as…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportSave"));
    auto* layout = new QFormLayout(dialog);
    layout->addRow(selected);
    layout->addRow(period);
    layout->addRow(range);
    layout->addRow(formatLabel, format);
    layout->addRow(box);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, dialog, [=, this] {
        const QString kind = format->currentData().toString();
        auto* files = new QFileDialog(dialog, tr("Export sessions"));
        files->setObjectName(QStringLiteral("exportFileDialog"));
        files->setOption(QFileDialog::DontUseNativeDialog);
        files->setAttribute(Qt::WA_DeleteOnClose);
        files->setAcceptMode(QFileDialog::AcceptSave);
        files->setDefaultSuffix(kind);
        files->setNameFilter(kind == QLatin1String("csv")   ? tr("CSV files (*.csv)")
                             : kind == QLatin1String("pdf") ? tr("PDF files (*.pdf)")
                                                            : tr("HTML files (*.html)"));
        files->selectFile(QStringLiteral("sessions.") + kind);
        connect(files, &QFileDialog::fileSelected, this,
                [this, dialog, selected, from, to, kind, session](const QString& path) {
                    if (selected->isChecked())
                        exportSession(path, kind, session);
                    else
                        exportSessions(path, kind, from->date(), to->date());
                    dialog->accept();
                });
        files->open();
    });
    dialog->open();
}

void JobsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search jobs"));
    m_search->setAccessibleName(tr("Search jobs"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_refresh->setText(tr("&Refresh"));
    m_start->setAccessibleName(tr("Start the selected job"));
    m_new->setText(tr("&New job…"));
    m_new->setAccessibleName(tr("Create a backup job"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit the selected job"));
    m_delete->setText(tr("&Delete"));
    m_delete->setAccessibleName(tr("Delete the selected job"));
    m_retry->setText(tr("Retr&y"));
    m_retry->setAccessibleName(tr("Run the selected job again for the VMs that failed"));
    m_export->setText(tr("E&xport sessions…"));
    m_export->setAccessibleName(tr("Export sessions as CSV, HTML or PDF"));
    m_stop->setAccessibleName(tr("Stop the selected job"));
    m_view->setAccessibleName(tr("Jobs"));
    m_sessionsView->setAccessibleName(tr("Sessions of the selected job"));
    m_log->setAccessibleName(tr("Log of the selected session"));
    m_sessionsTitle->setText(tr("Sessions"));
    m_logTitle->setText(tr("Session log"));
    m_progress->setAccessibleName(tr("Progress of the running job"));
    m_empty->setText(tr("There are no backup jobs for your account yet. Create one with New job…"));
    updateButtons();
}

} // namespace lifeboat::ui
