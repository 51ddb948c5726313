#pragma once

#include "facade/Engine.h"

#include <QAbstractTableModel>
#include <QVector>

namespace lifeboat::ui {

// What the file models show besides text: a folder, link or file icon in the name column,
// sizes aligned right.
QVariant guestFileDecoration(const QString& type, int role, bool nameColumn, bool sizeColumn);

// Guest files from any restore point, one a row: search results and the restore list.
// Qt::DisplayRole is for people; kRawRole gives the value to sort by (sizes as numbers,
// times as QDateTime), so that sorting never compares formatted text.
class GuestFileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Folder,
        Vm,
        RestorePoint,
        Size,
        Modified,
        ColumnCount
    };
    static constexpr int kRawRole = Qt::UserRole + 1;

    explicit GuestFileModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setFiles(QVector<Engine::GuestFile> files);
    // Adds the files not in the list yet (same restore point, volume and path); returns how many.
    int addFiles(const QVector<Engine::GuestFile>& files);
    void removeRowsAt(QList<int> rows);
    const QVector<Engine::GuestFile>& files() const { return m_files; }
    const Engine::GuestFile& file(int row) const { return m_files.at(row); }
    // The language changed: the headers are asked again.
    void retranslate();

private:
    QVector<Engine::GuestFile> m_files;
};

// The last component of a guest path, for people.
QString guestFileName(const QString& path);
// The folder a guest path is in, "/" for the root's entries.
QString guestFolderOf(const QString& path);

} // namespace lifeboat::ui
