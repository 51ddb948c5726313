#include "vms/VmsModel.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace lifeboat::ui {

namespace {

QBrush protectionBrush(int level)
{
    return level == 2   ? QBrush(QColor(0x1b, 0x7f, 0x3b))
           : level == 1 ? QBrush(QColor(0xb2, 0x6a, 0x00))
                        : QBrush(QColor(0xb0, 0x00, 0x20));
}

} // namespace

QString VmsModel::Node::key() const
{
    // Prefixes keep a vApp and a VM that share a name (or a moref-like name) apart.
    return vappName.isEmpty() ? QStringLiteral("vm:") + vm.moref : QStringLiteral("vapp:") + vappName;
}

VmsModel::VmsModel(QObject* parent)
    : QAbstractItemModel(parent)
{}

VmsModel::~VmsModel() = default;

void VmsModel::setRows(const QVector<console::VmRow>& rows)
{
    // The wanted top level, in the engine's order: loose VMs and vApps with their members.
    std::vector<Node> wanted;
    QHash<QString, size_t> vapps;
    for (const console::VmRow& vm : rows) {
        if (vm.vapp.isEmpty()) {
            wanted.push_back(Node{QString(), vm, {}});
            continue;
        }
        auto found = vapps.constFind(vm.vapp);
        if (found == vapps.cend()) {
            found = vapps.insert(vm.vapp, wanted.size());
            wanted.push_back(Node{vm.vapp, {}, {}});
        }
        wanted[*found].members.append(vm);
    }
    QHash<QString, size_t> wantedByKey;
    for (size_t i = 0; i < wanted.size(); ++i)
        wantedByKey.insert(wanted[i].key(), i);

    // Rows that are gone leave one by one; rows that stay are updated in place; new ones are
    // appended (the view's proxy sorts them).
    for (int top = static_cast<int>(m_top.size()) - 1; top >= 0; --top)
        if (!wantedByKey.contains(m_top[static_cast<size_t>(top)]->key())) {
            beginRemoveRows(QModelIndex(), top, top);
            m_top.erase(m_top.begin() + top);
            endRemoveRows();
        }
    QSet<QString> present;
    for (int top = 0; top < static_cast<int>(m_top.size()); ++top) {
        Node& node = *m_top[static_cast<size_t>(top)];
        const Node& next = wanted[wantedByKey.value(node.key())];
        present.insert(node.key());
        if (node.vappName.isEmpty())
            node.vm = next.vm;
        else
            syncMembers(top, next.members);
        Q_EMIT dataChanged(index(top, 0), index(top, ColumnCount - 1));
    }
    std::vector<Node*> added;
    for (Node& node : wanted)
        if (!present.contains(node.key()))
            added.push_back(&node);
    if (!added.empty()) {
        const int first = static_cast<int>(m_top.size());
        beginInsertRows(QModelIndex(), first, first + static_cast<int>(added.size()) - 1);
        for (Node* node : added)
            m_top.push_back(std::make_unique<Node>(std::move(*node)));
        endInsertRows();
    }
}

void VmsModel::syncMembers(int top, const QVector<console::VmRow>& members)
{
    Node& node = *m_top[static_cast<size_t>(top)];
    const QModelIndex parent = index(top, 0);
    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < members.size(); ++i)
        wanted.insert(members[i].moref, i);
    for (int row = static_cast<int>(node.members.size()) - 1; row >= 0; --row)
        if (!wanted.contains(node.members[row].moref)) {
            beginRemoveRows(parent, row, row);
            node.members.removeAt(row);
            endRemoveRows();
        }
    QSet<QString> present;
    for (int row = 0; row < static_cast<int>(node.members.size()); ++row) {
        node.members[row] = members[wanted.value(node.members[row].moref)];
        present.insert(node.members[row].moref);
    }
    if (!node.members.isEmpty())
        Q_EMIT dataChanged(index(0, 0, parent),
                           index(static_cast<int>(node.members.size()) - 1, ColumnCount - 1, parent));
    QVector<console::VmRow> added;
    for (const console::VmRow& vm : members)
        if (!present.contains(vm.moref))
            added.append(vm);
    if (!added.isEmpty()) {
        const int first = static_cast<int>(node.members.size());
        beginInsertRows(parent, first, first + static_cast<int>(added.size()) - 1);
        node.members += added;
        endInsertRows();
    }
}

const console::VmRow* VmsModel::row(const QString& moref) const
{
    for (const auto& node : m_top) {
        if (node->vappName.isEmpty() && node->vm.moref == moref)
            return &node->vm;
        for (const console::VmRow& member : node->members)
            if (member.moref == moref)
                return &member;
    }
    return nullptr;
}

QVector<console::VmRow> VmsModel::members(const QString& vapp) const
{
    for (const auto& node : m_top)
        if (!node->vappName.isEmpty() && node->vappName == vapp)
            return node->members;
    return {};
}

QModelIndex VmsModel::vmIndex(const QString& moref) const
{
    for (int top = 0; top < static_cast<int>(m_top.size()); ++top) {
        const Node& node = *m_top[static_cast<size_t>(top)];
        if (node.vappName.isEmpty() && node.vm.moref == moref)
            return index(top, 0);
        for (int row = 0; row < static_cast<int>(node.members.size()); ++row)
            if (node.members[row].moref == moref)
                return createIndex(row, 0, const_cast<Node*>(&node));
    }
    return {};
}

QModelIndex VmsModel::vappIndex(const QString& name) const
{
    for (int top = 0; top < static_cast<int>(m_top.size()); ++top)
        if (!m_top[static_cast<size_t>(top)]->vappName.isEmpty() &&
            m_top[static_cast<size_t>(top)]->vappName == name)
            return index(top, 0);
    return {};
}

int VmsModel::topRow(const Node* node) const
{
    for (size_t top = 0; top < m_top.size(); ++top)
        if (m_top[top].get() == node)
            return static_cast<int>(top);
    return -1;
}

QModelIndex VmsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < static_cast<int>(m_top.size()) ? createIndex(row, column, nullptr) : QModelIndex();
    // Only top-level vApp rows have children.
    if (parent.internalPointer() || parent.row() >= static_cast<int>(m_top.size()))
        return {};
    Node* node = m_top[static_cast<size_t>(parent.row())].get();
    if (node->vappName.isEmpty() || row >= static_cast<int>(node->members.size()))
        return {};
    return createIndex(row, column, node);
}

QModelIndex VmsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || !child.internalPointer())
        return {};
    const int top = topRow(static_cast<const Node*>(child.internalPointer()));
    return top < 0 ? QModelIndex() : createIndex(top, 0, nullptr);
}

int VmsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return static_cast<int>(m_top.size());
    if (parent.column() != 0 || parent.internalPointer() || parent.row() >= static_cast<int>(m_top.size()))
        return 0;
    return static_cast<int>(m_top[static_cast<size_t>(parent.row())]->members.size());
}

int VmsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() && parent.column() != 0 ? 0 : ColumnCount;
}

QVariant VmsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const auto* vapp = static_cast<const Node*>(index.internalPointer()))
        return index.row() < vapp->members.size() ? vmData(vapp->members[index.row()], index.column(), role)
                                                  : QVariant();
    const Node& node = *m_top[static_cast<size_t>(index.row())];
    return node.vappName.isEmpty() ? vmData(node.vm, index.column(), role)
                                   : vappData(node, index.column(), role);
}

QVariant VmsModel::vmData(const console::VmRow& vm, int column, int role) const
{
    if (role == MorefRole)
        return vm.moref;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    switch (column) {
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
        if (display)
            return vm.restorePoints > 0 ? tr("Protected") : tr("Unprotected");
        if (role == SortRole)
            return vm.restorePoints > 0 ? 2 : 0;
        if (role == Qt::ForegroundRole)
            return protectionBrush(vm.restorePoints > 0 ? 2 : 0);
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

QVariant VmsModel::vappData(const Node& node, int column, int role) const
{
    if (role == VappRole)
        return node.vappName;
    const bool display = role == Qt::DisplayRole || role == Qt::AccessibleTextRole;
    const auto count = static_cast<int>(node.members.size());
    const auto protectedCount =
        static_cast<int>(std::count_if(node.members.cbegin(), node.members.cend(),
                                       [](const console::VmRow& vm) { return vm.restorePoints > 0; }));
    // 2: every member has a restore point, 1: some do, 0: none.
    const int level = protectedCount == 0 ? 0 : protectedCount == count ? 2 : 1;
    switch (column) {
    case Name:
        if (display || role == SortRole)
            return node.vappName;
        if (role == Qt::ToolTipRole)
            return tr("vApp with %n VM(s)", nullptr, count);
        break;
    case Power: {
        const auto on = static_cast<int>(
            std::count_if(node.members.cbegin(), node.members.cend(), [](const console::VmRow& vm) {
                return vm.powerState == QLatin1String("poweredOn");
            }));
        if (display)
            return tr("%1 of %2 on").arg(on).arg(count);
        if (role == SortRole)
            return on;
        break;
    }
    case Protection:
        if (display)
            return level == 2   ? tr("Protected")
                   : level == 1 ? tr("Partly protected (%1 of %2)").arg(protectedCount).arg(count)
                                : tr("Unprotected");
        if (role == SortRole)
            return level;
        if (role == Qt::ForegroundRole)
            return protectionBrush(level);
        break;
    case RestorePoints: {
        int points = 0;
        for (const console::VmRow& vm : node.members)
            points += vm.restorePoints;
        if (display)
            return QLocale().toString(points);
        if (role == SortRole)
            return points;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    case LastBackup: {
        // The newest time the whole vApp can be restored to: the oldest of its members'
        // newest restore points, once every member has one.
        QDateTime common;
        if (level == 2)
            for (const console::VmRow& vm : node.members)
                if (!common.isValid() || vm.newestRestorePoint < common)
                    common = vm.newestRestorePoint;
        if (display)
            return common.isValid() ? QLocale().toString(common.toLocalTime(), QLocale::ShortFormat)
                                    : QString();
        if (role == SortRole)
            return common;
        if (role == Qt::ToolTipRole)
            return tr("The newest time every member of the vApp has a restore point for");
        break;
    }
    case Jobs: {
        QStringList jobs;
        for (const console::VmRow& vm : node.members)
            for (const QString& job : vm.jobs)
                if (!jobs.contains(job))
                    jobs.append(job);
        if (display || role == SortRole)
            return jobs.join(QStringLiteral(", "));
        break;
    }
    case VApp:
        if (display || role == SortRole)
            return node.vappName;
        break;
    case Size: {
        qint64 bytes = 0;
        for (const console::VmRow& vm : node.members)
            bytes += vm.diskBytes;
        if (display)
            return QLocale().formattedDataSize(bytes);
        if (role == SortRole)
            return bytes;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    }
    default:
        if (role == SortRole)
            return QString();
        break;
    }
    return {};
}

QVariant VmsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
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
