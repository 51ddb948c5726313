#include "files/GuestFileModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace lifeboat::ui {

QVariant guestFileDecoration(const QString& type, int role, bool nameColumn, bool sizeColumn)
{
    if (role == Qt::DecorationRole && nameColumn) {
        const QStyle* style = QApplication::style();
        if (type == QLatin1String("dir"))
            return style->standardIcon(QStyle::SP_DirIcon);
        if (type == QLatin1String("symlink"))
            return style->standardIcon(QStyle::SP_FileLinkIcon);
        return style->standardIcon(QStyle::SP_FileIcon);
    }
    if (role == Qt::TextAlignmentRole && sizeColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QString guestFileName(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash < 0 ? path : path.mid(slash + 1);
}

QString guestFolderOf(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash <= 0 ? QStringLiteral("/") : path.left(slash);
}

GuestFileModel::GuestFileModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int GuestFileModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int GuestFileModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GuestFileModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Engine::GuestFile& file = m_files.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role == kRawRole) {
        switch (column) {
        case Name:
            return guestFileName(file.path);
        case Folder:
            return guestFolderOf(file.path);
        case Vm:
            return file.vmName;
        case RestorePoint:
            return file.restorePointTime;
        case Size:
            return file.size;
        case Modified:
            return file.modified;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name:
            return guestFileName(file.path);
        case Folder:
            return guestFolderOf(file.path);
        case Vm:
            return file.vmName;
        case RestorePoint:
            return QLocale().toString(file.restorePointTime.toLocalTime(), QLocale::ShortFormat);
        case Size:
            return file.type == QLatin1String("file") ? QLocale().formattedDataSize(file.size) : QString();
        case Modified:
            return QLocale().toString(file.modified.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Name)
        return file.linkTarget.isEmpty() ? file.path : tr("%1 → %2").arg(file.path, file.linkTarget);
    if (role == Qt::ToolTipRole && column == RestorePoint)
        return file.restorePoints > 1 ? tr("Restore point %1; this version is in %n restore point(s).",
                                           nullptr, file.restorePoints)
                                            .arg(file.restorePoint)
                                      : tr("Restore point %1").arg(file.restorePoint);
    return guestFileDecoration(file.type, role, column == Name, column == Size);
}

QVariant GuestFileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Folder:
        return tr("Folder");
    case Vm:
        return tr("VM");
    case RestorePoint:
        return tr("Restore point");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}

void GuestFileModel::setFiles(QVector<Engine::GuestFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

int GuestFileModel::addFiles(const QVector<Engine::GuestFile>& files)
{
    QVector<Engine::GuestFile> fresh;
    auto listed = [&](const Engine::GuestFile& file) {
        auto same = [&](const Engine::GuestFile& other) {
            return other.repository == file.repository && other.restorePoint == file.restorePoint &&
                   other.volume == file.volume && other.rawPath == file.rawPath;
        };
        return std::any_of(m_files.cbegin(), m_files.cend(), same) ||
               std::any_of(fresh.cbegin(), fresh.cend(), same);
    };
    for (const Engine::GuestFile& file : files)
        if (!listed(file))
            fresh.append(file);
    if (fresh.isEmpty())
        return 0;
    beginInsertRows({}, int(m_files.size()), int(m_files.size() + fresh.size() - 1));
    m_files += fresh;
    endInsertRows();
    return int(fresh.size());
}

void GuestFileModel::removeRowsAt(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_files.size())
            continue;
        beginRemoveRows({}, row, row);
        m_files.removeAt(row);
        endRemoveRows();
    }
}

void GuestFileModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace lifeboat::ui
