#include "vms/VmsPage.h"

#include "facade/Engine.h"
#include "vms/VmsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace lifeboat::ui {

VmsPage::VmsPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
    , m_model(new VmsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_backUp(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_empty(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("vmsPage"));
    m_model->setObjectName(QStringLiteral("vmsModel"));
    m_search->setObjectName(QStringLiteral("vmsSearch"));
    m_view->setObjectName(QStringLiteral("vmsView"));
    m_backUp->setObjectName(QStringLiteral("vmBackUpNow"));
    m_refresh->setObjectName(QStringLiteral("vmsRefresh"));
    m_empty->setObjectName(QStringLiteral("vmsEmpty"));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(VmsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->sortByColumn(VmsModel::Name, Qt::AscendingOrder);
    m_search->setClearButtonEnabled(true);
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b26a00;"));
    m_problems->hide();

    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &VmsPage::updateButtons);
    connect(m_backUp, &QPushButton::clicked, this, &VmsPage::backUpNow);
    connect(m_refresh, &QPushButton::clicked, this, &VmsPage::refresh);
    connect(&m_engine, &Engine::jobFinished, this, [this] { refresh(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search, 1);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    retranslateUi();
    updateButtons();
}

void VmsPage::refresh()
{
    m_engine.vms(this, [this](Result<QVector<console::VmRow>> rows) {
        setLoaded(true);
        if (!rows) {
            Q_EMIT status(rows.error().message);
            return;
        }
        const QString selected = selectedVm();
        m_model->setRows(*rows);
        m_empty->setVisible(rows->isEmpty());
        if (!selected.isEmpty() && selectedVm() != selected)
            for (int row = 0; row < m_proxy->rowCount(); ++row)
                if (m_proxy->index(row, 0).data(VmsModel::MorefRole).toString() == selected)
                    m_view->selectRow(row);
        updateButtons();
    });
}

void VmsPage::clear()
{
    m_model->setRows({});
    setLoaded(false);
}

bool VmsPage::selectVm(const QString& name)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (m_proxy->index(row, VmsModel::Name).data().toString() == name) {
            m_view->selectRow(row);
            return true;
        }
    return false;
}

QString VmsPage::selectedVm() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VmsModel::MorefRole).toString();
}

void VmsPage::backUpNow()
{
    const QString vm = selectedVm();
    if (vm.isEmpty())
        return;
    m_backUp->setEnabled(false);
    const console::VmRow* row = m_model->row(vm);
    const QString name = row ? row->name : vm;
    m_engine.backUpVm(this, vm, [this, name](Status started) {
        updateButtons();
        Q_EMIT status(started ? tr("Backing up %1 now.").arg(name) : started.error().message);
    });
}

void VmsPage::updateButtons()
{
    m_backUp->setEnabled(!selectedVm().isEmpty());
}

void VmsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search VMs"));
    m_search->setAccessibleName(tr("Search VMs"));
    m_backUp->setText(tr("&Back up now"));
    m_backUp->setAccessibleName(tr("Back up the selected VM now"));
    m_refresh->setText(tr("&Refresh"));
    m_view->setAccessibleName(tr("Virtual machines"));
    m_empty->setText(tr("No virtual machines are in your scope. Ask your administrator which folders, "
                        "resource pools, vApps or tags were assigned to your account."));
}

} // namespace lifeboat::ui
