#pragma once

#include "common/ConsolePage.h"

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
// the selected job's sessions and the selected session's log, with live progress.
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

protected:
    void retranslateUi() override;

private:
    qint64 selectedJob() const;
    void selectionChanged();
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
    QProgressBar* m_progress;
    QLabel* m_sessionsTitle;
    QTableView* m_sessionsView;
    QLabel* m_logTitle;
    QPlainTextEdit* m_log;
    qint64 m_shownSession = 0;
};

} // namespace lifeboat::ui
