#pragma once

#include "common/KeyedRowsModel.h"
#include "console/ConsoleSession.h"

namespace lifeboat::ui {

// The VMs the caller may see, with their protection state. Rows are matched by moref, so a
// refresh that changes only values keeps the selection.
class VmsModel : public KeyedRowsModel<console::VmRow>
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

    explicit VmsModel(QObject* parent = nullptr)
        : KeyedRowsModel(ColumnCount, parent)
    {}

    const console::VmRow* row(const QString& moref) const;

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    QVariant key(const console::VmRow& row) const override { return row.moref; }
};

} // namespace lifeboat::ui
