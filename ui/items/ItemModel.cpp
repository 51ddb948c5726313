#include "items/ItemModel.h"

#include <QLocale>

namespace lifeboat::ui {

QString itemKindName(const QString& kind)
{
    if (kind == QLatin1String("postgresql"))
        return QStringLiteral("PostgreSQL");
    if (kind == QLatin1String("mariadb"))
        return QStringLiteral("MariaDB/MySQL");
    return kind;
}

ItemModel::ItemModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ItemModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ItemModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ItemModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item& item = m_items.at(index.row());
    const auto column = static_cast<Column>(index.column());
    if (role != Qt::DisplayRole && role != kRawRole) {
        if (role == Qt::ToolTipRole && column == RestorePoint)
            return tr("Restore point %1").arg(item.restorePoint);
        return {};
    }
    switch (column) {
    case Database:
        return item.database;
    case Kind:
        return itemKindName(item.kind);
    case Vm:
        return item.vmName;
    case RestorePoint:
        if (role == kRawRole)
            return item.time;
        return QLocale().toString(item.time.toLocalTime(), QLocale::ShortFormat);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Database:
        return tr("Database");
    case Kind:
        return tr("Engine");
    case Vm:
        return tr("VM");
    case RestorePoint:
        return tr("Restore point");
    case ColumnCount:
        break;
    }
    return {};
}

void ItemModel::setRestorePoints(const QVector<console::RestorePointRow>& points)
{
    QVector<Item> items;
    for (const auto& point : points)
        for (const QString& name : point.items) {
            const qsizetype colon = name.indexOf(QLatin1Char(':'));
            items.append(Item{point.repository, point.id, point.time, point.vmName, name.left(colon),
                              name.mid(colon + 1)});
        }
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

void ItemModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace lifeboat::ui
