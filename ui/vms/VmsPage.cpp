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
#include <QTreeView>
#include <QVBoxLayout>

namespace lifeboat::ui {

VmsPage::VmsPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
    , m_model(new VmsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QTreeView(this))
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
    // A VM that matches keeps its vApp visible; a matching vApp shows all its members.
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setAutoAcceptChildRows(true);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
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
    connect(&m_engine, &Engine::restoreProgress, this, [this](const QString& key, qint64 done, qint64 total) {
        if (m_restoring && key == m_restoringKey && total > 0)
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
        const QString selectedVmMoref = selectedVm();
        const QString selectedVappName = selectedVapp();
        const bool first = m_model->rowCount() == 0;
        // Updated in place: the selection normally survives; a row that was replaced
        // (a VM that moved into a vApp) is selected again by its key.
        m_model->setRows(*rows);
        m_empty->setVisible(rows->isEmpty());
        if (first) {
            m_view->expandAll();
            // Names are what users scan for; the other columns keep the user's widths.
            m_view->resizeColumnToContents(VmsModel::Name);
        }
        if (!selectedVmMoref.isEmpty() && selectedVm() != selectedVmMoref)
            selectWhere({}, VmsModel::MorefRole, selectedVmMoref, 0);
        else if (!selectedVappName.isEmpty() && selectedVapp() != selectedVappName)
            selectWhere({}, VmsModel::VappRole, selectedVappName, 0);
        updateButtons();
    });
}

void VmsPage::clear()
{
    m_model->setRows({});
    setLoaded(false);
}

bool VmsPage::selectWhere(const QModelIndex& parent, int role, const QString& value, int column)
{
    for (int row = 0; row < m_proxy->rowCount(parent); ++row) {
        const QModelIndex index = m_proxy->index(row, column, parent);
        if (index.data(role).toString() == value) {
            m_view->setCurrentIndex(index);
            m_view->selectionModel()->select(index,
                                             QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return true;
        }
        if (selectWhere(m_proxy->index(row, 0, parent), role, value, column))
            return true;
    }
    return false;
}

bool VmsPage::selectVm(const QString& name)
{
    // A VM, not a vApp of the same name.
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex top = m_proxy->index(row, VmsModel::Name);
        if (top.data(VmsModel::VappRole).toString().isEmpty() && top.data().toString() == name)
            return selectWhere({}, Qt::DisplayRole, name, VmsModel::Name);
        for (int member = 0; member < m_proxy->rowCount(m_proxy->index(row, 0)); ++member)
            if (m_proxy->index(member, VmsModel::Name, m_proxy->index(row, 0)).data().toString() == name)
                return selectWhere(m_proxy->index(row, 0), Qt::DisplayRole, name, VmsModel::Name);
    }
    return false;
}

bool VmsPage::selectVapp(const QString& name)
{
    return selectWhere({}, VmsModel::VappRole, name, 0);
}

QString VmsPage::selectedVm() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VmsModel::MorefRole).toString();
}

QString VmsPage::selectedVapp() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(VmsModel::VappRole).toString();
}

void VmsPage::backUpNow()
{
    if (const QString vapp = selectedVapp(); !vapp.isEmpty()) {
        m_backUp->setEnabled(false);
        m_engine.backUpVapp(this, vapp, [this, vapp](Result<Engine::VappBackup> started) {
            updateButtons();
            if (!started) {
                Q_EMIT status(started.error().message);
                return;
            }
            QStringList parts;
            if (!started->jobs.isEmpty())
                parts << tr("Backing up the vApp %1 now through %2.")
                             .arg(vapp, started->jobs.join(QStringLiteral(", ")));
            if (!started->failed.isEmpty())
                parts << tr("Not started: %1.").arg(started->failed.join(QStringLiteral("; ")));
            // Said, never skipped silently: these members get no restore point from this.
            if (!started->unprotected.isEmpty())
                parts << tr("No backup job protects %1; create one in the Jobs tab.")
                             .arg(started->unprotected.join(QStringLiteral(", ")));
            Q_EMIT status(parts.join(QLatin1Char(' ')));
        });
        return;
    }
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
    if (const QString vapp = selectedVapp(); !vapp.isEmpty()) {
        if (!m_restoring && !m_offline)
            restoreVapp(vapp);
        return;
    }
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
    m_restoringKey = restorePoint;
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

void VmsPage::restoreVapp(const QString& vapp)
{
    const QVector<console::VmRow> members = m_model->members(vapp);
    m_restore->setEnabled(false);
    m_engine.restorePoints(this, [this, vapp, members](Result<QVector<console::RestorePointRow>> points) {
        updateButtons();
        if (!points) {
            Q_EMIT status(points.error().message);
            return;
        }
        QVector<console::RestorePointRow> theirs;
        for (const auto& point : *points)
            for (const console::VmRow& vm : members)
                if (point.vmId == vm.identity || point.vmId == vm.moref)
                    theirs.append(point);
        if (theirs.isEmpty()) {
            Q_EMIT status(tr("No VM of the vApp %1 has a restore point yet; back it up first.").arg(vapp));
            return;
        }
        auto* wizard = new RestoreVmWizard(vapp, members, theirs, this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(wizard, &QDialog::accepted, this, [this, wizard, vapp] {
            startVappRestore(vapp, wizard->asOf(), wizard->overwrite(), wizard->powerOn());
        });
        wizard->open();
    });
}

void VmsPage::startVappRestore(const QString& vapp, const QDateTime& asOf, bool overwrite, bool powerOn)
{
    m_restoring = true;
    m_restoringKey = vapp;
    m_progress->setValue(0);
    m_progress->show();
    updateButtons();
    Q_EMIT status(tr("Restoring the vApp %1…").arg(vapp));
    Engine::VappRestoreOrder order;
    order.vapp = vapp;
    order.asOf = asOf;
    order.overwrite = overwrite;
    order.powerOn = powerOn;
    m_engine.restoreVapp(this, order, [this](Result<Engine::VappRestoreResult> restored) {
        m_restoring = false;
        m_progress->hide();
        updateButtons();
        if (!restored) {
            Q_EMIT status(restored.error().message);
        } else {
            int failed = 0;
            QStringList sessions;
            for (const jobs::Session& session : std::as_const(restored->sessions)) {
                failed += session.result == jobs::SessionResult::Failed ? 1 : 0;
                sessions << QString::number(session.id);
            }
            const QString result = failed > 0 ? resultText(jobs::SessionResult::Failed)
                                   : restored->withoutRestorePoint.isEmpty()
                                       ? resultText(jobs::SessionResult::Success)
                                       : resultText(jobs::SessionResult::Warning);
            QString text = tr("vApp %1 restored: %2 (sessions %3).")
                               .arg(restored->vappName, result, sessions.join(QStringLiteral(", ")));
            if (!restored->withoutRestorePoint.isEmpty())
                text += QLatin1Char(' ') + tr("Not restored, no restore point: %1.")
                                               .arg(restored->withoutRestorePoint.join(QStringLiteral(", ")));
            Q_EMIT status(text);
        }
        reload(true);
        Q_EMIT dataChanged();
    });
}

void VmsPage::updateButtons()
{
    const bool vapp = !selectedVapp().isEmpty();
    const bool any = vapp || !selectedVm().isEmpty();
    m_backUp->setEnabled(any);
    // Offline a vApp cannot be restored, only its members' disks extracted one by one.
    m_restore->setEnabled(any && !m_restoring && !(vapp && m_offline));
}

void VmsPage::retranslateUi()
{
    m_search->setPlaceholderText(tr("Search VMs"));
    m_search->setAccessibleName(tr("Search VMs"));
    m_backUp->setText(tr("&Back up now"));
    m_backUp->setAccessibleName(tr("Back up the selected VM or vApp now"));
    m_refresh->setText(tr("&Refresh"));
    m_restore->setText(m_offline ? tr("&Extract disks…") : tr("R&estore…"));
    m_restore->setAccessibleName(m_offline ? tr("Extract the disks of the selected VM")
                                           : tr("Restore the selected VM or vApp"));
    m_progress->setAccessibleName(tr("Progress of the restore"));
    m_view->setAccessibleName(tr("Virtual machines and vApps"));
    m_empty->setText(tr("No virtual machines are in your scope. Ask your administrator which folders, "
                        "resource pools, vApps or tags were assigned to your account."));
}

} // namespace lifeboat::ui
