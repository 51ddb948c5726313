#pragma once

#include "console/ConsoleSession.h"

#include <QAbstractTableModel>
#include <QVector>

namespace lifeboat::ui {

// Database items of the account's restore points, one (restore point, database) a row.
// kRawRole gives the value to sort by (the restore point's time as a QDateTime).
class ItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Database,
        Kind,
        Vm,
        RestorePoint,
        ColumnCount
    };
    static constexpr int kRawRole = Qt::UserRole + 1;

    struct Item
    {
        QString repository;
        QString restorePoint;
        QDateTime time;
        QString vmName;
        QString kind;     // "postgresql"
        QString database; // "sales"
        QString id() const { return kind + QLatin1Char(':') + database; }
    };

    explicit ItemModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRestorePoints(const QVector<console::RestorePointRow>& points);
    const QVector<Item>& items() const { return m_items; }
    const Item& item(int row) const { return m_items.at(row); }
    void retranslate();

private:
    QVector<Item> m_items;
};

// "PostgreSQL" for "postgresql": the engine's name for people.
QString itemKindName(const QString& kind);

} // namespace lifeboat::ui
