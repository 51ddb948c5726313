#include "files/GuestTreeModel.h"

#include "files/GuestFileModel.h"

#include <QApplication>
#include <QCollator>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace lifeboat::ui {

GuestTreeModel::GuestTreeModel(Engine& engine, QObject* parent)
    : QAbstractItemModel(parent)
    , m_engine(engine)
    , m_root(std::make_unique<Node>())
{
    m_root->fetched = true;
}

GuestTreeModel::~GuestTreeModel() = default;

void GuestTreeModel::setRestorePoint(const QString& repository, const QString& restorePoint)
{
    beginResetModel();
    ++m_generation;
    m_pending = 0;
    m_root = std::make_unique<Node>();
    m_repository = repository;
    m_restorePoint = restorePoint;
    m_root->fetched = restorePoint.isEmpty();
    endResetModel();
    if (!restorePoint.isEmpty())
        fetchMore({});
}

bool GuestTreeModel::fileAt(const QModelIndex& index, Engine::GuestFile* file) const
{
    Node* node = nodeOf(index);
    if (!index.isValid() || node->volume)
        return false;
    *file = node->file;
    return true;
}

void GuestTreeModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

GuestTreeModel::Node* GuestTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex GuestTreeModel::indexOf(Node* node) const
{
    return node == m_root.get() ? QModelIndex() : createIndex(node->row, 0, node);
}

bool GuestTreeModel::isContainer(const Node* node) const
{
    if (node == m_root.get())
        return !m_restorePoint.isEmpty();
    return node->volume ? node->volumeInfo.readable : node->file.type == QLatin1String("dir");
}

QModelIndex GuestTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, nodeOf(parent)->children.at(std::size_t(row)).get());
}

QModelIndex GuestTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* parentNode = nodeOf(child)->parent;
    return parentNode ? indexOf(parentNode) : QModelIndex();
}

int GuestTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int GuestTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool GuestTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    // Not yet read: a folder may hold entries, so the view offers to expand it.
    return node->fetched ? !node->children.empty() : isContainer(node);
}

bool GuestTreeModel::canFetchMore(const QModelIndex& parent) const
{
    if (parent.column() > 0)
        return false;
    const Node* node = nodeOf(parent);
    return isContainer(node) && !node->fetched && !node->fetching;
}

void GuestTreeModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    Node* node = nodeOf(parent);
    node->fetching = true;
    ++m_pending;
    const quint64 generation = m_generation;
    auto failed = [this, node](const Error& error) {
        node->fetching = false;
        node->fetched = true;
        --m_pending;
        // The node has no children after all: the view removes its expander.
        const QModelIndex index = indexOf(node);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
        Q_EMIT loadFailed(error.message);
        Q_EMIT loaded();
    };
    if (node == m_root.get()) {
        m_engine.guestVolumes(this, m_repository, m_restorePoint,
                              [this, node, generation, failed](Result<QVector<Engine::GuestVolume>> volumes) {
                                  if (generation != m_generation)
                                      return;
                                  if (!volumes)
                                      return failed(volumes.error());
                                  std::vector<std::unique_ptr<Node>> children;
                                  for (const Engine::GuestVolume& volume : std::as_const(*volumes)) {
                                      auto child = std::make_unique<Node>();
                                      child->volume = true;
                                      child->volumeInfo = volume;
                                      child->fetched = !volume.readable;
                                      children.push_back(std::move(child));
                                  }
                                  insertChildren(node, std::move(children));
                              });
        return;
    }
    const QString volume = node->volume ? node->volumeInfo.id : node->file.volume;
    const QByteArray path = node->volume ? QByteArray("/") : node->file.rawPath;
    m_engine.guestFolder(this, m_repository, m_restorePoint, volume, path,
                         [this, node, generation, failed](Result<QVector<Engine::GuestFile>> entries) {
                             if (generation != m_generation)
                                 return;
                             if (!entries)
                                 return failed(entries.error());
                             // Folders first, then by name as people sort.
                             QCollator collator;
                             collator.setNumericMode(true);
                             std::sort(entries->begin(), entries->end(),
                                       [&](const Engine::GuestFile& a, const Engine::GuestFile& b) {
                                           const bool aDir = a.type == QLatin1String("dir"),
                                                      bDir = b.type == QLatin1String("dir");
                                           if (aDir != bDir)
                                               return aDir;
                                           return collator.compare(a.path, b.path) < 0;
                                       });
                             std::vector<std::unique_ptr<Node>> children;
                             for (const Engine::GuestFile& file : std::as_const(*entries)) {
                                 auto child = std::make_unique<Node>();
                                 child->file = file;
                                 child->fetched = file.type != QLatin1String("dir");
                                 children.push_back(std::move(child));
                             }
                             insertChildren(node, std::move(children));
                         });
}

void GuestTreeModel::insertChildren(Node* parent, std::vector<std::unique_ptr<Node>> children)
{
    parent->fetching = false;
    parent->fetched = true;
    --m_pending;
    const QModelIndex index = indexOf(parent);
    if (!children.empty()) {
        beginInsertRows(index, 0, int(children.size()) - 1);
        int row = 0;
        for (auto& child : children) {
            child->parent = parent;
            child->row = row++;
            parent->children.push_back(std::move(child));
        }
        endInsertRows();
    } else if (index.isValid()) {
        Q_EMIT dataChanged(index, index);
    }
    Q_EMIT loaded();
}

QVariant GuestTreeModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node* node = nodeOf(index);
    const auto column = static_cast<Column>(index.column());
    if (node->volume) {
        const Engine::GuestVolume& volume = node->volumeInfo;
        if (role == Qt::DisplayRole) {
            if (column == Name) {
                QString text = volume.id;
                if (!volume.fileSystem.isEmpty())
                    text += QStringLiteral(" (%1)").arg(volume.fileSystem);
                if (!volume.label.isEmpty())
                    text += QStringLiteral(" %1").arg(volume.label);
                return volume.readable ? text : tr("%1: %2").arg(text, volume.problem);
            }
            if (column == Size)
                return QLocale().formattedDataSize(volume.size);
            return {};
        }
        if (role == kRawRole)
            return column == Size ? QVariant(volume.size) : QVariant(volume.id);
        if (role == Qt::DecorationRole && column == Name)
            return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        if (role == Qt::ToolTipRole)
            return volume.readable ? QVariant() : QVariant(volume.problem);
        return {};
    }
    const Engine::GuestFile& file = node->file;
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Name: {
            const qsizetype slash = file.path.lastIndexOf(QLatin1Char('/'));
            return file.path.mid(slash + 1);
        }
        case Size:
            return file.type == QLatin1String("file") ? QLocale().formattedDataSize(file.size) : QString();
        case Modified:
            return QLocale().toString(file.modified.toLocalTime(), QLocale::ShortFormat);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == kRawRole) {
        switch (column) {
        case Name:
            return file.path;
        case Size:
            return file.size;
        case Modified:
            return file.modified;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && column == Name)
        return file.linkTarget.isEmpty() ? file.path : tr("%1 → %2").arg(file.path, file.linkTarget);
    return guestFileDecoration(file.type, role, column == Name, column == Size);
}

QVariant GuestTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Name:
        return tr("Name");
    case Size:
        return tr("Size");
    case Modified:
        return tr("Modified");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace lifeboat::ui
