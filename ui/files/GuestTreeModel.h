#pragma once

#include "facade/Engine.h"

#include <QAbstractItemModel>
#include <memory>
#include <vector>

namespace lifeboat::ui {

// One restore point's guest volumes and folders, read from the repository a folder at a
// time: a folder's entries are asked from the engine when the view first wants them
// (fetchMore, on expanding it) and inserted when the answer arrives; nothing waits.
class GuestTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        Name,
        Size,
        Modified,
        ColumnCount
    };
    static constexpr int kRawRole = Qt::UserRole + 1;

    GuestTreeModel(Engine& engine, QObject* parent = nullptr);
    ~GuestTreeModel() override;

    // Shows the volumes of this restore point (empty: nothing).
    void setRestorePoint(const QString& repository, const QString& restorePoint);
    QString restorePoint() const { return m_restorePoint; }
    // True while an answer from the engine is awaited.
    bool isLoading() const { return m_pending > 0; }
    // A guest entry (not a volume) at `index`; false for volumes and invalid indexes.
    bool fileAt(const QModelIndex& index, Engine::GuestFile* file) const;
    void retranslate();

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A volume or folder could not be read; the message is for people.
    void loadFailed(const QString& message);
    // An answer arrived (the volumes, or a folder's entries).
    void loaded();

private:
    struct Node
    {
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
        bool volume = false;
        Engine::GuestVolume volumeInfo;
        Engine::GuestFile file;
        bool fetched = false;
        bool fetching = false;
        int row = 0;
    };
    Node* nodeOf(const QModelIndex& index) const;
    QModelIndex indexOf(Node* node) const;
    bool isContainer(const Node* node) const;
    void insertChildren(Node* parent, std::vector<std::unique_ptr<Node>> children);

    Engine& m_engine;
    std::unique_ptr<Node> m_root;
    QString m_repository;
    QString m_restorePoint;
    // Answers for an earlier restore point are dropped: their nodes are gone.
    quint64 m_generation = 0;
    int m_pending = 0;
};

} // namespace lifeboat::ui
