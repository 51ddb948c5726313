#pragma once

#include "console/ConsoleSession.h"

#include <QAbstractTableModel>

namespace lifeboat::ui {

// The VMs the caller may see, with their protection state. Rows are matched by moref, so a
// refresh that changes only values keeps the selection.
class VmsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Power,
        Protection,
        RestorePoints,
        LastBackup,
        Jobs,
        VApp,
        Location,
        GuestOs,
        Size,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int MorefRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRows(QVector<console::VmRow> rows);
    const console::VmRow* row(const QString& moref) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<console::VmRow> m_rows;
};

} // namespace lifeboat::ui
