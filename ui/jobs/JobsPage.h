#pragma once

#include "common/ConsolePage.h"
#include "jobs/Job.h"
#include "jobs/JobWizard.h"

#include <QDate>
#include <QDialog>
#include <QMessageBox>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat::ui {

class JobsModel;
class SessionsModel;

// The Jobs tab: the caller's jobs with status, last result and next run; start and stop;
// the selected job's sessions and the selected session's log, with live progress; the job
// wizard (new, edit), enable/disable, delete, retry of the failed VMs and session export.
class JobsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit JobsPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    JobsModel* model() const { return m_model; }
    SessionsModel* sessionsModel() const { return m_sessions; }
    // Selects the job (for keyboard users coming from elsewhere, and tests).
    bool selectJob(const QString& name);
    qint64 selectedJob() const;
    qint64 selectedSession() const;

    // The buttons' actions; dialogs open without blocking and are reachable for tests.
    void newJob();
    void editJob();
    void toggleEnabled();
    void deleteJob(); // asks first (deleteConfirmation())
    void retry();
    void openExportDialog();
    JobWizard* wizard() const { return m_wizard; }
    QMessageBox* deleteConfirmation() const { return m_confirm; }
    QDialog* exportDialog() const { return m_exportDialog; }
    // Writes the sessions of the caller's jobs that started from `from` to `to` (whole local
    // days), or one session, as "csv", "html" or "pdf"; exportFinished() tells how it went.
    void exportSessions(const QString& path, const QString& format, const QDate& from, const QDate& to);
    void exportSession(const QString& path, const QString& format, qint64 sessionId);

Q_SIGNALS:
    void exportFinished(bool ok, const QString& message);

protected:
    void retranslateUi() override;

private:
    void selectionChanged();
    void openWizard(const std::optional<jobs::JobDefinition>& job);
    void loadSessions(qint64 jobId);
    void loadLog(qint64 sessionId);
    void start();
    void stop();
    void updateButtons();

    JobsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    SessionsModel* m_sessions;
    QLabel* m_empty;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_refresh;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_enable;
    QPushButton* m_delete;
    QPushButton* m_retry;
    QPushButton* m_export;
    QPointer<JobWizard> m_wizard;
    QPointer<QMessageBox> m_confirm;
    QPointer<QDialog> m_exportDialog;
    QProgressBar* m_progress;
    QLabel* m_sessionsTitle;
    QTableView* m_sessionsView;
    QLabel* m_logTitle;
    QPlainTextEdit* m_log;
    qint64 m_shownSession = 0;
};

} // namespace lifeboat::ui
