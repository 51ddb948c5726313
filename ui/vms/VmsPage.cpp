#include "vms/VmsPage.h"

#include "facade/Engine.h"
#include "jobs/JobsModel.h"
#include "vms/RestoreVmWizard.h"
#include "vms/VmsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
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
    , m_restore(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_empty(new QLabel(this))
    , m_problems(new QLabel(this))
{
    setObjectName(QStringLiteral("vmsPage"));
    m_model->setObjectName(QStringLiteral("vmsModel"));
    m_search->setObjectName(QStringLiteral("vmsSearch"));
    m_view->setObjectName(QStringLiteral("vmsView"));
    m_backUp->setObjectName(QStringLiteral("vmBackUpNow"));
    m_refresh->setObjectName(QStringLiteral("vmsRefresh"));
    m_restore->setObjectName(QStringLiteral("vmRestore"));
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
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
    connect(m_restore, &QPushButton::clicked, this, &VmsPage::restore);
    connect(&m_engine, &Engine::restoreProgress, this, [this](const QString&, qint64 done, qint64 total) {
        if (m_restoring && total > 0)
            m_progress->setValue(static_cast<int>(done * 100 / total));
    });
    // The button reads the inventory from the server again; automatic refreshes need not.
    connect(m_refresh, &QPushButton::clicked, this, [this] { reload(true); });
    connect(&m_engine, &Engine::jobFinished, this, [this] { refresh(); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_search, 1);
    buttons->addWidget(m_backUp);
    buttons->addWidget(m_restore);
    buttons->addWidget(m_refresh);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_problems);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    layout->addWidget(m_progress);
    retranslateUi();
    updateButtons();
}

void VmsPage::refresh()
{
    reload(false);
}

void VmsPage::reload(bool reread)
{
    m_engine.vms(this, reread, [this](Result<QVector<console::VmRow>> rows) {
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

void VmsPage::restore()
{
    const console::VmRow* selected = m_model->row(selectedVm());
    if (!selected || m_restoring)
        return;
    const console::VmRow vm = *selected;
    m_restore->setEnabled(false);
    m_engine.restorePoints(this, [this, vm](Result<QVector<console::RestorePointRow>> points) {
        updateButtons();
        if (!points) {
            Q_EMIT status(points.error().message);
            return;
        }
        QVector<console::RestorePointRow> mine;
        for (const auto& point : *points)
            if (point.vmId == vm.identity || point.vmId == vm.moref)
                mine.append(point);
        if (mine.isEmpty()) {
            Q_EMIT status(tr("%1 has no restore point yet; back it up first.").arg(vm.name));
            return;
        }
        auto* wizard = new RestoreVmWizard(vm, mine, m_offline, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QDialog::accepted, this, [this, wizard] {
            const console::RestorePointRow* point = wizard->chosenPoint();
            if (!point)
                return;
            if (wizard->extractOnly())
                extract(point->repository, point->id, wizard->folder());
            else
                startRestore(point->repository, point->id, wizard->overwrite(), wizard->powerOn(),
                             wizard->overwrite() ? QString() : wizard->newName());
        });
        wizard->open();
    });
}

void VmsPage::setOffline(bool offline)
{
    m_offline = offline;
    m_backUp->setVisible(!offline);
    retranslateUi();
}

void VmsPage::extract(const QString& repository, const QString& restorePoint, const QString& folder)
{
    m_restoring = true;
    m_progress->setRange(0, 0); // the engine reports no progress for an extraction
    m_progress->show();
    updateButtons();
    Q_EMIT status(tr("Extracting the disks of %1…").arg(restorePoint));
    m_engine.extractDisks(this, repository, restorePoint, folder, [this](Result<QStringList> files) {
        m_restoring = false;
        m_progress->hide();
        m_progress->setRange(0, 100);
        updateButtons();
        Q_EMIT status(files ? tr("Extracted %n disk(s): %1", nullptr, static_cast<int>(files->size()))
                                  .arg(files->join(QStringLiteral(", ")))
                            : files.error().message);
    });
}

void VmsPage::startRestore(const QString& repository, const QString& restorePoint, bool overwrite,
                           bool powerOn, const QString& newName)
{
    m_restoring = true;
    m_progress->setValue(0);
    m_progress->show();
    updateButtons();
    Q_EMIT status(tr("Restoring from %1…").arg(restorePoint));
    m_engine.restoreVm(this, repository, restorePoint, overwrite, powerOn, newName,
                       [this](Result<jobs::Session> session) {
                           m_restoring = false;
                           m_progress->hide();
                           updateButtons();
                           if (!session)
                               Q_EMIT status(session.error().message);
                           else
                               Q_EMIT status(tr("Restore session %1: %2. %3")
                                                 .arg(session->id)
                                                 .arg(resultText(session->result), session->message));
                           reload(true);
                           Q_EMIT dataChanged();
                       });
}

void VmsPage::updateButtons()
{
    m_backUp->setEnabled(!selectedVm().isEmpty());
    m_restore->setEnabled(!selectedVm().isEmpty() && !m_restoring);
}

void VmsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search VMs"));
    m_search->setAccessibleName(tr("Search VMs"));
    m_backUp->setText(tr("&Back up now"));
    m_backUp->setAccessibleName(tr("Back up the selected VM now"));
    m_refresh->setText(tr("&Refresh"));
    m_restore->setText(m_offline ? tr("&Extract disks…") : tr("R&estore…"));
    m_restore->setAccessibleName(m_offline ? tr("Extract the disks of the selected VM")
                                           : tr("Restore the selected VM"));
    m_progress->setAccessibleName(tr("Progress of the restore"));
    m_view->setAccessibleName(tr("Virtual machines"));
    m_empty->setText(tr("No virtual machines are in your scope. Ask your administrator which folders, "
                        "resource pools, vApps or tags were assigned to your account."));
}

} // namespace lifeboat::ui
