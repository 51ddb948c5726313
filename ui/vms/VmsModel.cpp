#include "vms/VmsModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace lifeboat::ui {

const console::VmRow* VmsModel::row(const QString& moref) const
{
    for (const auto& row : m_rows)
        if (row.moref == moref)
            return &row;
    return nullptr;
}

QVariant VmsModel::data(const QModelIndex& index, int role) const
{
    const console::VmRow* row = rowAt(index);
    if (!row)
        return {};
    const console::VmRow& vm = *row;
    if (role == MorefRole)
        return vm.moref;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (index.column()) {
    case Name:
        if (display || role == SortRole)
            return vm.name;
        if (role == Qt::ToolTipRole)
            return vm.moref;
        break;
    case Power:
        if (display || role == SortRole) {
            if (vm.powerState == QLatin1String("poweredOn"))
                return tr("On");
            if (vm.powerState == QLatin1String("poweredOff"))
                return tr("Off");
            if (vm.powerState == QLatin1String("suspended"))
                return tr("Suspended");
            return vm.powerState;
        }
        break;
    case Protection:
        if (display || role == SortRole)
            return vm.restorePoints > 0 ? tr("Protected") : tr("Unprotected");
        if (role == Qt::ForegroundRole)
            return vm.restorePoints > 0 ? QBrush(QColor(0x1b, 0x7f, 0x3b)) : QBrush(QColor(0xb0, 0x00, 0x20));
        break;
    case RestorePoints:
        if (display)
            return QLocale().toString(vm.restorePoints);
        if (role == SortRole)
            return vm.restorePoints;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case LastBackup:
        if (display)
            return vm.newestRestorePoint.isValid()
                       ? QLocale().toString(vm.newestRestorePoint.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        if (role == SortRole)
            return vm.newestRestorePoint;
        break;
    case Jobs:
        if (display || role == SortRole)
            return vm.jobs.join(QStringLiteral(", "));
        break;
    case VApp:
        if (display || role == SortRole)
            return vm.vapp;
        break;
    case Location:
        if (display || role == SortRole)
            return vm.location;
        break;
    case GuestOs:
        if (display || role == SortRole)
            return vm.guestOs;
        break;
    case Size:
        if (display)
            return QLocale().formattedDataSize(vm.diskBytes);
        if (role == SortRole)
            return vm.diskBytes;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant VmsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("VM");
    case Power:
        return tr("Power");
    case Protection:
        return tr("Protection");
    case RestorePoints:
        return tr("Restore points");
    case LastBackup:
        return tr("Last backup");
    case Jobs:
        return tr("Jobs");
    case VApp:
        return tr("vApp");
    case Location:
        return tr("Folder");
    case GuestOs:
        return tr("Guest OS");
    case Size:
        return tr("Disk size");
    default:
        return {};
    }
}

} // namespace lifeboat::ui
