#pragma once

#include "common/KeyedRowsModel.h"
#include "console/ConsoleSession.h"

#include <QAbstractTableModel>
#include <QHash>

namespace lifeboat::ui {

// The caller's jobs, one row each. Rows are matched by job id across refreshes, so a
// refresh that only changes values keeps the view's selection and scroll position.
class JobsModel : public KeyedRowsModel<console::JobRow>
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Status,
        LastResult,
        LastRun,
        NextRun,
        Objects,
        Repository,
        ColumnCount
    };
    // Sorting uses raw values (times, numbers), not their display text.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int JobIdRole = Qt::UserRole + 1;

    explicit JobsModel(QObject* parent = nullptr)
        : KeyedRowsModel(ColumnCount, parent)
    {}

    void setProgress(qint64 jobId, const QString& vm, qint64 done, qint64 total);
    const console::JobRow* row(qint64 jobId) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const console::JobRow& row) const override { return row.job.id; }

private:
    struct Progress
    {
        QString vm;
        qint64 done = 0;
        qint64 total = 0;
    };
    QHash<qint64, Progress> m_progress;
};

// One job's sessions, newest first.
class SessionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Started,
        Result,
        Duration,
        Read,
        Stored,
        Message,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int SessionIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setSessions(QVector<jobs::Session> sessions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<jobs::Session> m_sessions;
};

// Shared by the tabs: a session result as people read it.
QString resultText(jobs::SessionResult result);
QString durationText(qint64 seconds);

} // namespace lifeboat::ui
