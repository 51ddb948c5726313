#pragma once

#include "console/ConsoleSession.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace lifeboat::ui {

// The VMs the caller may see, with their protection state, as a tree: a vApp is a parent
// row over its member VMs, VMs outside any vApp are top-level rows. Rows are matched by
// moref (vApps by name) across refreshes and updated in place, so persistent indexes and
// the selection survive a refresh.
class VmsModel : public QAbstractItemModel
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
    static constexpr int MorefRole = Qt::UserRole + 1; // VM rows only
    static constexpr int VappRole = Qt::UserRole + 2;  // vApp rows only: its name

    explicit VmsModel(QObject* parent = nullptr);
    ~VmsModel() override;

    void setRows(const QVector<console::VmRow>& rows);
    const console::VmRow* row(const QString& moref) const;
    // The member VMs of a vApp row, by the vApp's name.
    QVector<console::VmRow> members(const QString& vapp) const;
    // Index of a VM (by moref) or a vApp (by name), or invalid.
    QModelIndex vmIndex(const QString& moref) const;
    QModelIndex vappIndex(const QString& name) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString vappName; // set: a vApp row over `members`; empty: a VM row (`vm`)
        console::VmRow vm;
        QVector<console::VmRow> members;
        QString key() const;
    };
    QVariant vmData(const console::VmRow& vm, int column, int role) const;
    QVariant vappData(const Node& node, int column, int role) const;
    int topRow(const Node* node) const;
    void syncMembers(int top, const QVector<console::VmRow>& members);

    // Nodes live on the heap: a member's index points at its vApp node, which must not move
    // when rows before it come and go.
    std::vector<std::unique_ptr<Node>> m_top;
};

} // namespace lifeboat::ui
