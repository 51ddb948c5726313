#pragma once

#include <QAbstractTableModel>
#include <QVector>

namespace lifeboat::ui {

// A table of rows the engine sends whole on every refresh. Rows are matched by key: when
// the same rows come back in the same order only their values changed, so the model says
// so and the view keeps its selection and scroll position; otherwise it resets.
template <typename Row> class KeyedRowsModel : public QAbstractTableModel
{
public:
    KeyedRowsModel(int columns, QObject* parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {}

    void setRows(QVector<Row> rows)
    {
        bool sameRows = rows.size() == m_rows.size();
        for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
            sameRows = key(rows[i]) == key(m_rows[i]);
        if (sameRows) {
            m_rows = std::move(rows);
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columns - 1));
            return;
        }
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
    }

    int rowCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    int columnCount(const QModelIndex& parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    virtual QVariant key(const Row& row) const = 0;
    // The row behind a valid index of this model, or null.
    const Row* rowAt(const QModelIndex& index) const
    {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
                   ? &m_rows[index.row()]
                   : nullptr;
    }

    QVector<Row> m_rows;

private:
    int m_columns;
};

} // namespace lifeboat::ui
