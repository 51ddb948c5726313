#include "jobs/JobsModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lifeboat::ui {

QString resultText(jobs::SessionResult result)
{
    switch (result) {
    case jobs::SessionResult::Running:
        return JobsModel::tr("Running");
    case jobs::SessionResult::Success:
        return JobsModel::tr("Success");
    case jobs::SessionResult::Warning:
        return JobsModel::tr("Warning");
    case jobs::SessionResult::Failed:
        return JobsModel::tr("Failed");
    }
    return {};
}

QString durationText(qint64 seconds)
{
    if (seconds < 60)
        return JobsModel::tr("%n s", nullptr, static_cast<int>(seconds));
    if (seconds < 3600)
        return JobsModel::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return JobsModel::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

namespace {

QVariant resultColour(jobs::SessionResult result)
{
    switch (result) {
    case jobs::SessionResult::Success:
        return QBrush(QColor(0x1b, 0x7f, 0x3b));
    case jobs::SessionResult::Warning:
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    case jobs::SessionResult::Failed:
        return QBrush(QColor(0xb0, 0x00, 0x20));
    case jobs::SessionResult::Running:
        break;
    }
    return {};
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

void JobsModel::setProgress(qint64 jobId, const QString& vm, qint64 done, qint64 total)
{
    m_progress[jobId] = Progress{vm, done, total};
    for (int i = 0; i < rowCount(); ++i)
        if (m_rows[i].job.id == jobId) {
            m_rows[i].running = true;
            Q_EMIT dataChanged(index(i, Status), index(i, Status));
        }
}

const console::JobRow* JobsModel::row(qint64 jobId) const
{
    for (const auto& row : m_rows)
        if (row.job.id == jobId)
            return &row;
    return nullptr;
}

QVariant JobsModel::data(const QModelIndex& index, int role) const
{
    const console::JobRow* found = rowAt(index);
    if (!found)
        return {};
    const console::JobRow& row = *found;
    if (role == JobIdRole)
        return row.job.id;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case Name:
        if (display || role == SortRole)
            return row.job.name;
        if (role == Qt::ToolTipRole)
            return row.job.description;
        break;
    case Status:
        if (display || role == SortRole) {
            if (row.running) {
                const auto progress = m_progress.constFind(row.job.id);
                if (progress != m_progress.cend() && progress->total > 0)
                    return tr("Running %1% (%2)")
                        .arg(progress->done * 100 / progress->total)
                        .arg(progress->vm);
                return tr("Running");
            }
            return row.job.enabled ? tr("Idle") : tr("Disabled");
        }
        break;
    case LastResult:
        if (!row.last)
            return display ? QVariant(tr("Never run")) : QVariant();
        if (display || role == SortRole)
            return resultText(row.last->result);
        if (role == Qt::ForegroundRole)
            return resultColour(row.last->result);
        if (role == Qt::ToolTipRole)
            return row.last->message;
        break;
    case LastRun:
        if (display)
            return row.last ? timeText(row.last->started) : QString();
        if (role == SortRole)
            return row.last ? row.last->started : QDateTime();
        break;
    case NextRun:
        if (display)
            return row.nextRun ? timeText(*row.nextRun)
                               : (row.job.enabled ? tr("Not scheduled") : tr("Disabled"));
        if (role == SortRole)
            return row.nextRun ? *row.nextRun : QDateTime();
        break;
    case Objects:
        if (display) {
            QStringList names;
            for (const auto& object : row.job.objects)
                names << (object.name.isEmpty() ? object.moref : object.name);
            return names.join(QStringLiteral(", "));
        }
        if (role == SortRole)
            return static_cast<int>(row.job.objects.size());
        break;
    case Repository:
        if (display || role == SortRole)
            return row.job.repository;
        break;
    default:
        break;
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Job");
    case Status:
        return tr("Status");
    case LastResult:
        return tr("Last result");
    case LastRun:
        return tr("Last run");
    case NextRun:
        return tr("Next run");
    case Objects:
        return tr("Objects");
    case Repository:
        return tr("Repository");
    default:
        return {};
    }
}

void SessionsModel::setSessions(QVector<jobs::Session> sessions)
{
    beginResetModel();
    m_sessions = std::move(sessions);
    endResetModel();
}

int SessionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sessions.size());
}

int SessionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SessionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const jobs::Session& session = m_sessions[index.row()];
    if (role == SessionIdRole)
        return session.id;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    const qint64 seconds = session.finished.isValid() ? session.started.secsTo(session.finished) : -1;
    switch (index.column()) {
    case Started:
        if (display)
            return timeText(session.started);
        if (role == SortRole)
            return session.started;
        break;
    case Result:
        if (display || role == SortRole)
            return resultText(session.result);
        if (role == Qt::ForegroundRole)
            return resultColour(session.result);
        break;
    case Duration:
        if (display)
            return seconds >= 0 ? durationText(seconds) : QString();
        if (role == SortRole)
            return seconds;
        break;
    case Read:
        if (display)
            return QLocale().formattedDataSize(session.bytesRead);
        if (role == SortRole)
            return session.bytesRead;
        break;
    case Stored:
        if (display)
            return QLocale().formattedDataSize(session.bytesStored);
        if (role == SortRole)
            return session.bytesStored;
        break;
    case Message:
        if (display || role == SortRole || role == Qt::ToolTipRole)
            return session.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant SessionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Result:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case Read:
        return tr("Read");
    case Stored:
        return tr("Stored");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace lifeboat::ui
