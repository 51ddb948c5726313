#include "vms/RestoreVmWizard.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace lifeboat::ui {

namespace {

enum PageId
{
    PointPage,
    ModePage,
    SummaryPage
};

// A page that is complete only once a restore point is selected.
class PointWizardPage : public QWizardPage
{
public:
    explicit PointWizardPage(QTreeView* list)
        : m_list(list)
    {}
    bool isComplete() const override
    {
        return m_list->selectionModel() && m_list->selectionModel()->hasSelection();
    }

private:
    QTreeView* m_list;
};

// A page that is complete only once a folder is named.
class FolderWizardPage : public QWizardPage
{
public:
    explicit FolderWizardPage(QLineEdit* folder)
        : m_folder(folder)
    {
        connect(folder, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    }
    bool isComplete() const override { return !m_folder->text().trimmed().isEmpty(); }

private:
    QLineEdit* m_folder;
};

} // namespace

RestoreVmWizard::RestoreVmWizard(const console::VmRow& vm, QVector<console::RestorePointRow> points,
                                 bool extractOnly, QWidget* parent)
    : QWizard(parent)
    , m_vm(vm)
    , m_points(std::move(points))
    , m_model(new QStandardItemModel(this))
    , m_list(new QTreeView)
    , m_keep(new QRadioButton)
    , m_overwrite(new QRadioButton)
    , m_newName(new QLineEdit)
    , m_powerOn(new QCheckBox)
    , m_warning(new QLabel)
    , m_summary(new QLabel)
    , m_extractOnly(extractOnly)
    , m_folder(new QLineEdit)
{
    setObjectName(QStringLiteral("restoreVmWizard"));
    setWindowTitle(tr("Restore %1").arg(vm.name));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_list->setObjectName(QStringLiteral("restorePointList"));
    m_keep->setObjectName(QStringLiteral("restoreKeep"));
    m_overwrite->setObjectName(QStringLiteral("restoreOverwrite"));
    m_newName->setObjectName(QStringLiteral("restoreNewName"));
    m_powerOn->setObjectName(QStringLiteral("restorePowerOn"));

    m_model->setHorizontalHeaderLabels({tr("Created"), tr("Disks"), tr("Size"), tr("Repository")});
    for (const auto& point : std::as_const(m_points)) {
        auto* time = new QStandardItem(QLocale().toString(point.time.toLocalTime(), QLocale::ShortFormat));
        time->setData(point.id, Qt::UserRole);
        time->setToolTip(point.id);
        m_model->appendRow({time, new QStandardItem(QString::number(point.disks.size())),
                            new QStandardItem(QLocale().formattedDataSize(point.sourceBytes)),
                            new QStandardItem(point.repository)});
    }
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Restore points of %1").arg(vm.name));
    m_list->header()->setStretchLastSection(true);

    auto* pointPage = new PointWizardPage(m_list);
    pointPage->setTitle(tr("Restore point"));
    pointPage->setSubTitle(tr("Choose the state of %1 to restore; the newest is selected.").arg(vm.name));
    auto* pointLayout = new QVBoxLayout(pointPage);
    pointLayout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, pointPage,
            &QWizardPage::completeChanged);
    if (m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0, 0));
    setPage(PointPage, pointPage);

    auto* modePage = new QWizardPage;
    modePage->setTitle(tr("Restore mode"));
    m_keep->setText(tr("&Keep the original: restore as a new VM next to it"));
    m_overwrite->setText(tr("&Overwrite the original VM"));
    m_keep->setChecked(true);
    m_newName->setText(vm.name + QStringLiteral("_restored"));
    m_newName->setAccessibleName(tr("Name of the restored VM"));
    m_powerOn->setText(tr("&Power on the VM after the restore"));
    m_warning->setWordWrap(true);
    m_warning->setText(
        tr("The VM is powered off and its disks, CPUs and memory are replaced with the restore "
           "point's. Everything written to it since then is lost. It keeps its identity, so its "
           "backup jobs go on protecting it."));
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warning->hide();
    auto* nameForm = new QFormLayout;
    nameForm->addRow(tr("&Name:"), m_newName);
    auto* modeLayout = new QVBoxLayout(modePage);
    modeLayout->addWidget(m_keep);
    modeLayout->addLayout(nameForm);
    modeLayout->addWidget(m_overwrite);
    modeLayout->addWidget(m_warning);
    modeLayout->addSpacing(12);
    modeLayout->addWidget(m_powerOn);
    modeLayout->addStretch(1);
    connect(m_overwrite, &QRadioButton::toggled, this, [this](bool on) {
        m_warning->setVisible(on);
        m_newName->setEnabled(!on);
    });
    if (m_extractOnly) {
        // Offline there is no vCenter to restore into: the page asks for a folder instead.
        delete modePage;
        modePage = new FolderWizardPage(m_folder);
        modePage->setTitle(tr("Target folder"));
        modePage->setSubTitle(tr("The disks are written there as image files, sparse where they are empty."));
        m_folder->setObjectName(QStringLiteral("extractFolder"));
        m_folder->setAccessibleName(tr("Target folder"));
        auto* browse = new QPushButton(tr("&Browse…"));
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString chosen =
                QFileDialog::getExistingDirectory(this, tr("Target folder"), m_folder->text());
            if (!chosen.isEmpty())
                m_folder->setText(chosen);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(m_folder, 1);
        row->addWidget(browse);
        auto* folderLayout = new QVBoxLayout(modePage);
        folderLayout->addLayout(row);
        folderLayout->addStretch(1);
    }
    setPage(ModePage, modePage);

    auto* summaryPage = new QWizardPage;
    summaryPage->setTitle(tr("Summary"));
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addStretch(1);
    setPage(SummaryPage, summaryPage);
    setButtonText(QWizard::FinishButton, m_extractOnly ? tr("&Extract") : tr("&Restore"));
}

RestoreVmWizard::RestoreVmWizard(const QString& vapp, QVector<console::VmRow> members,
                                 QVector<console::RestorePointRow> points, QWidget* parent)
    : QWizard(parent)
    , m_vapp(vapp)
    , m_members(std::move(members))
    , m_points(std::move(points))
    , m_model(new QStandardItemModel(this))
    , m_list(new QTreeView)
    , m_keep(new QRadioButton)
    , m_overwrite(new QRadioButton)
    , m_newName(new QLineEdit)
    , m_powerOn(new QCheckBox)
    , m_warning(new QLabel)
    , m_summary(new QLabel)
    , m_extractOnly(false)
    , m_folder(new QLineEdit)
{
    setObjectName(QStringLiteral("restoreVmWizard"));
    setWindowTitle(tr("Restore the vApp %1").arg(vapp));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    m_list->setObjectName(QStringLiteral("restorePointList"));
    m_keep->setObjectName(QStringLiteral("restoreKeep"));
    m_overwrite->setObjectName(QStringLiteral("restoreOverwrite"));
    m_powerOn->setObjectName(QStringLiteral("restorePowerOn"));

    // The choices are points in time: the members' restore points are taken at different
    // moments, so each member is restored from its newest one not newer than the chosen time.
    m_model->setHorizontalHeaderLabels({tr("Point in time"), tr("Members restored")});
    const auto count = static_cast<int>(m_members.size());
    QSet<QString> withPoint;
    for (const auto& point : std::as_const(m_points))
        withPoint.insert(point.vmId);
    auto* newest = new QStandardItem(tr("Newest restore point of each member"));
    newest->setData(QDateTime(), Qt::UserRole);
    m_model->appendRow({newest, new QStandardItem(tr("%1 of %2").arg(withPoint.size()).arg(count))});
    QVector<QDateTime> times;
    for (const auto& point : std::as_const(m_points))
        if (!times.contains(point.time))
            times.append(point.time);
    std::sort(times.begin(), times.end(), std::greater<>());
    for (const QDateTime& time : std::as_const(times)) {
        QSet<QString> covered;
        for (const auto& point : std::as_const(m_points))
            if (point.time <= time)
                covered.insert(point.vmId);
        auto* item = new QStandardItem(QLocale().toString(time.toLocalTime(), QLocale::ShortFormat));
        item->setData(time, Qt::UserRole);
        m_model->appendRow({item, new QStandardItem(tr("%1 of %2").arg(covered.size()).arg(count))});
    }
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAccessibleName(tr("Points in time of the vApp %1").arg(vapp));
    m_list->header()->setStretchLastSection(true);

    auto* pointPage = new PointWizardPage(m_list);
    pointPage->setTitle(tr("Restore point"));
    pointPage->setSubTitle(tr("Restore every member of %1 from its newest restore point, or from its newest "
                              "one not newer than a point in time.")
                               .arg(vapp));
    auto* pointLayout = new QVBoxLayout(pointPage);
    pointLayout->addWidget(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, pointPage,
            &QWizardPage::completeChanged);
    m_list->setCurrentIndex(m_model->index(0, 0));
    setPage(PointPage, pointPage);

    auto* modePage = new QWizardPage;
    modePage->setTitle(tr("Restore mode"));
    m_keep->setText(
        tr("&Keep the originals: restore each member as a new VM <name>_restored beside it, in the vApp"));
    m_overwrite->setText(tr("&Overwrite the member VMs"));
    m_keep->setChecked(true);
    m_powerOn->setText(tr("&Power on the VMs after the restore"));
    m_warning->setWordWrap(true);
    m_warning->setText(tr("Each member is powered off and its disks, CPUs and memory are replaced with its "
                          "restore point's. Everything written to them since then is lost."));
    m_warning->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_warning->hide();
    auto* modeLayout = new QVBoxLayout(modePage);
    modeLayout->addWidget(m_keep);
    modeLayout->addWidget(m_overwrite);
    modeLayout->addWidget(m_warning);
    modeLayout->addSpacing(12);
    modeLayout->addWidget(m_powerOn);
    modeLayout->addStretch(1);
    connect(m_overwrite, &QRadioButton::toggled, m_warning, &QLabel::setVisible);
    setPage(ModePage, modePage);
    // Not shown: a vApp's members keep their own names plus "_restored".
    m_newName->hide();
    m_newName->setParent(this);
    m_folder->setParent(this);
    m_folder->hide();

    auto* summaryPage = new QWizardPage;
    summaryPage->setTitle(tr("Summary"));
    m_summary->setObjectName(QStringLiteral("restoreSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* summaryLayout = new QVBoxLayout(summaryPage);
    summaryLayout->addWidget(m_summary);
    summaryLayout->addStretch(1);
    setPage(SummaryPage, summaryPage);
    setButtonText(QWizard::FinishButton, tr("&Restore"));
}

QDateTime RestoreVmWizard::asOf() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    return rows.isEmpty() || !isVapp()
               ? QDateTime()
               : m_model->index(rows.first().row(), 0).data(Qt::UserRole).toDateTime();
}

void RestoreVmWizard::initializePage(int id)
{
    if (id == SummaryPage && isVapp()) {
        // What the engine will pick, member by member (it chooses again, from the same rule).
        const QDateTime limit = asOf();
        QStringList lines;
        for (const console::VmRow& vm : std::as_const(m_members)) {
            const console::RestorePointRow* chosen = nullptr;
            for (const auto& point : std::as_const(m_points))
                if ((point.vmId == vm.identity || point.vmId == vm.moref) &&
                    (!limit.isValid() || point.time <= limit) && (!chosen || point.time > chosen->time))
                    chosen = &point;
            const QString target = overwrite() ? vm.name : vm.name + QStringLiteral("_restored");
            lines << (chosen ? tr("%1 as of %2 → %3")
                                   .arg(vm.name,
                                        QLocale().toString(chosen->time.toLocalTime(), QLocale::ShortFormat),
                                        target)
                             : tr("%1: not restored, no restore point").arg(vm.name));
        }
        QString text = (overwrite() ? tr("The members of %1 will be powered off and overwritten:")
                                    : tr("The members of %1 will be restored as new VMs in the vApp; the "
                                         "originals are not touched:"))
                           .arg(m_vapp) +
                       QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
        if (powerOn())
            text += QLatin1Char('\n') + tr("They are powered on afterwards.");
        m_summary->setText(text);
        return QWizard::initializePage(id);
    }
    if (id == SummaryPage) {
        const console::RestorePointRow* point = chosenPoint();
        const QString when =
            point ? QLocale().toString(point->time.toLocalTime(), QLocale::LongFormat) : QString();
        QString text =
            m_extractOnly
                ? tr("The disks of %1 as of %2 will be written into %3.").arg(m_vm.name, when, folder())
            : overwrite()
                ? tr("%1 will be powered off and overwritten with its state of %2.").arg(m_vm.name, when)
                : tr("%1 as of %2 will be restored as a new VM named %3; the original is not "
                     "touched.")
                      .arg(m_vm.name, when, newName());
        if (powerOn())
            text += QLatin1Char(' ') + tr("It is powered on afterwards.");
        m_summary->setText(text);
    }
    QWizard::initializePage(id);
}

const console::RestorePointRow* RestoreVmWizard::chosenPoint() const
{
    if (isVapp())
        return nullptr;
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const QString id = m_model->index(rows.first().row(), 0).data(Qt::UserRole).toString();
    for (const auto& point : m_points)
        if (point.id == id)
            return &point;
    return nullptr;
}

bool RestoreVmWizard::overwrite() const
{
    return !m_extractOnly && m_overwrite->isChecked();
}

QString RestoreVmWizard::folder() const
{
    return m_folder->text().trimmed();
}

bool RestoreVmWizard::powerOn() const
{
    // Extracting has no mode page: its widgets were deleted with it.
    return !m_extractOnly && m_powerOn->isChecked();
}

QString RestoreVmWizard::newName() const
{
    const QString name = m_newName->text().trimmed();
    return name.isEmpty() ? m_vm.name + QStringLiteral("_restored") : name;
}

} // namespace lifeboat::ui
