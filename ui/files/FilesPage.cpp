#include "files/FilesPage.h"

#include "files/GuestFileModel.h"
#include "files/GuestRestoreDialog.h"
#include "files/GuestTreeModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSet>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeView>
#include <QVBoxLayout>
#include <limits>

namespace lifeboat::ui {

namespace {

constexpr int kRepositoryRole = Qt::UserRole + 2;

QTreeView* makeListView(QWidget* parent, QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTreeView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setSortingEnabled(true);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAllColumnsShowFocus(true);
    view->header()->setSectionResizeMode(QHeaderView::Interactive);
    view->header()->setStretchLastSection(true);
    view->setColumnWidth(GuestFileModel::Name, 200);
    view->setColumnWidth(GuestFileModel::Folder, 220);
    return view;
}

QSortFilterProxyModel* makeProxy(QObject* parent, QAbstractItemModel* source, const QString& name)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setObjectName(name);
    proxy->setSourceModel(source);
    // Sizes and times sort as numbers and QDateTimes, never as their formatted text.
    proxy->setSortRole(GuestFileModel::kRawRole);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    proxy->setSortLocaleAware(true);
    return proxy;
}

QLabel* makeHint(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

FilesPage::FilesPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
{
    setObjectName(QStringLiteral("filesPage"));
    auto* layout = new QVBoxLayout(this);

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("filesTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_pointsHint = makeHint(this, QStringLiteral("filesRestorePointsHint"));
    layout->addWidget(m_pointsHint);

    // The search and its filters.
    auto* searchRow = new QHBoxLayout;
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("fileSearchName"));
    m_name->setClearButtonEnabled(true);
    m_nameLabel->setBuddy(m_name);
    m_searchButton = new QPushButton(this);
    m_searchButton->setObjectName(QStringLiteral("fileSearchButton"));
    searchRow->addWidget(m_nameLabel);
    searchRow->addWidget(m_name, 1);
    searchRow->addWidget(m_searchButton);
    layout->addLayout(searchRow);

    auto* filterRow = new QHBoxLayout;
    m_vmLabel = new QLabel(this);
    m_vm = new QComboBox(this);
    m_vm->setObjectName(QStringLiteral("fileSearchVm"));
    m_vm->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vmLabel->setBuddy(m_vm);
    m_pointLabel = new QLabel(this);
    m_point = new QComboBox(this);
    m_point->setObjectName(QStringLiteral("fileSearchRestorePoint"));
    m_point->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_pointLabel->setBuddy(m_point);
    m_sizeLabel = new QLabel(this);
    m_minSize = new QSpinBox(this);
    m_minSize->setObjectName(QStringLiteral("fileSearchMinSize"));
    m_sizeToLabel = new QLabel(this);
    m_maxSize = new QSpinBox(this);
    m_maxSize->setObjectName(QStringLiteral("fileSearchMaxSize"));
    for (QSpinBox* size : {m_minSize, m_maxSize}) {
        size->setRange(0, std::numeric_limits<int>::max());
        size->setAccelerated(true);
    }
    m_sizeLabel->setBuddy(m_minSize);
    m_sizeToLabel->setBuddy(m_maxSize);
    m_afterEnabled = new QCheckBox(this);
    m_afterEnabled->setObjectName(QStringLiteral("fileSearchAfterEnabled"));
    m_after = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_after->setObjectName(QStringLiteral("fileSearchAfter"));
    m_beforeEnabled = new QCheckBox(this);
    m_beforeEnabled->setObjectName(QStringLiteral("fileSearchBeforeEnabled"));
    m_before = new QDateEdit(QDate::currentDate(), this);
    m_before->setObjectName(QStringLiteral("fileSearchBefore"));
    for (QDateEdit* date : {m_after, m_before}) {
        date->setCalendarPopup(true);
        date->setEnabled(false);
    }
    connect(m_afterEnabled, &QCheckBox::toggled, m_after, &QWidget::setEnabled);
    connect(m_beforeEnabled, &QCheckBox::toggled, m_before, &QWidget::setEnabled);
    filterRow->addWidget(m_vmLabel);
    filterRow->addWidget(m_vm);
    filterRow->addWidget(m_pointLabel);
    filterRow->addWidget(m_point);
    filterRow->addWidget(m_sizeLabel);
    filterRow->addWidget(m_minSize);
    filterRow->addWidget(m_sizeToLabel);
    filterRow->addWidget(m_maxSize);
    filterRow->addWidget(m_afterEnabled);
    filterRow->addWidget(m_after);
    filterRow->addWidget(m_beforeEnabled);
    filterRow->addWidget(m_before);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("filesSplitter"));
    layout->addWidget(splitter, 1);

    // Where files are picked: search results or one restore point's tree.
    auto* sourcesBox = new QWidget(splitter);
    auto* sourcesLayout = new QVBoxLayout(sourcesBox);
    sourcesLayout->setContentsMargins(0, 0, 0, 0);
    m_sources = new QTabWidget(sourcesBox);
    m_sources->setObjectName(QStringLiteral("filesSources"));
    sourcesLayout->addWidget(m_sources, 1);

    m_resultsTab = new QWidget(m_sources);
    auto* resultsLayout = new QVBoxLayout(m_resultsTab);
    m_resultsHint = makeHint(m_resultsTab, QStringLiteral("fileResultsHint"));
    m_results = new GuestFileModel(this);
    m_results->setObjectName(QStringLiteral("fileResultsModel"));
    m_resultsProxy = makeProxy(this, m_results, QStringLiteral("fileResultsProxy"));
    m_resultsView = makeListView(m_resultsTab, m_resultsProxy, QStringLiteral("fileResultsView"));
    m_resultsView->sortByColumn(GuestFileModel::RestorePoint, Qt::DescendingOrder);
    resultsLayout->addWidget(m_resultsHint);
    resultsLayout->addWidget(m_resultsView, 1);
    m_sources->addTab(m_resultsTab, QString());

    m_browseTab = new QWidget(m_sources);
    auto* browseLayout = new QVBoxLayout(m_browseTab);
    auto* browseRow = new QHBoxLayout;
    m_browseLabel = new QLabel(m_browseTab);
    m_browsePoint = new QComboBox(m_browseTab);
    m_browsePoint->setObjectName(QStringLiteral("browseRestorePoint"));
    m_browsePoint->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_browseLabel->setBuddy(m_browsePoint);
    browseRow->addWidget(m_browseLabel);
    browseRow->addWidget(m_browsePoint);
    browseRow->addStretch(1);
    m_browseHint = makeHint(m_browseTab, QStringLiteral("browseHint"));
    m_tree = new GuestTreeModel(engine, this);
    m_tree->setObjectName(QStringLiteral("browseModel"));
    m_treeView = new QTreeView(m_browseTab);
    m_treeView->setObjectName(QStringLiteral("browseView"));
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_treeView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_treeView->setAllColumnsShowFocus(true);
    m_treeView->setColumnWidth(GuestTreeModel::Name, 320);
    browseLayout->addLayout(browseRow);
    browseLayout->addWidget(m_browseHint);
    browseLayout->addWidget(m_treeView, 1);
    m_sources->addTab(m_browseTab, QString());

    m_addButton = new QPushButton(sourcesBox);
    m_addButton->setObjectName(QStringLiteral("addToRestoreList"));
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_addButton);
    addRow->addStretch(1);
    sourcesLayout->addLayout(addRow);

    // The restore list and where it goes.
    m_restoreBox = new QGroupBox(splitter);
    m_restoreBox->setObjectName(QStringLiteral("restoreBox"));
    auto* restoreLayout = new QVBoxLayout(m_restoreBox);
    m_listHint = makeHint(m_restoreBox, QStringLiteral("restoreListHint"));
    m_restoreList = new GuestFileModel(this);
    m_restoreList->setObjectName(QStringLiteral("restoreListModel"));
    m_restoreListProxy = makeProxy(this, m_restoreList, QStringLiteral("restoreListProxy"));
    m_restoreListView = makeListView(m_restoreBox, m_restoreListProxy, QStringLiteral("restoreListView"));
    auto* listButtons = new QHBoxLayout;
    m_removeButton = new QPushButton(m_restoreBox);
    m_removeButton->setObjectName(QStringLiteral("removeFromRestoreList"));
    m_clearButton = new QPushButton(m_restoreBox);
    m_clearButton->setObjectName(QStringLiteral("clearRestoreList"));
    listButtons->addWidget(m_removeButton);
    listButtons->addWidget(m_clearButton);
    listButtons->addStretch(1);
    auto* targetRow = new QHBoxLayout;
    m_targetLabel = new QLabel(m_restoreBox);
    m_toFolder = new QRadioButton(m_restoreBox);
    m_toFolder->setObjectName(QStringLiteral("restoreToFolder"));
    m_toFolder->setChecked(true);
    m_toZip = new QRadioButton(m_restoreBox);
    m_toZip->setObjectName(QStringLiteral("restoreToZip"));
    m_target = new QLineEdit(m_restoreBox);
    m_target->setObjectName(QStringLiteral("restoreTarget"));
    m_target->setClearButtonEnabled(true);
    m_chooseTarget = new QPushButton(m_restoreBox);
    m_chooseTarget->setObjectName(QStringLiteral("chooseRestoreTarget"));
    m_overwrite = new QCheckBox(m_restoreBox);
    m_overwrite->setObjectName(QStringLiteral("restoreOverwrite"));
    targetRow->addWidget(m_targetLabel);
    targetRow->addWidget(m_toFolder);
    targetRow->addWidget(m_toZip);
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(m_chooseTarget);
    targetRow->addWidget(m_overwrite);
    auto* runRow = new QHBoxLayout;
    m_restoreButton = new QPushButton(m_restoreBox);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_progress = new QProgressBar(m_restoreBox);
    m_progress->setObjectName(QStringLiteral("restoreProgress"));
    m_progress->setRange(0, 0); // the engine reports no steps: busy while it runs
    m_progress->setVisible(false);
    m_progress->setMaximumWidth(160);
    m_guestButton = new QPushButton(m_restoreBox);
    m_guestButton->setObjectName(QStringLiteral("restoreToGuestButton"));
    runRow->addWidget(m_restoreButton);
    runRow->addWidget(m_guestButton);
    runRow->addWidget(m_progress);
    runRow->addStretch(1);
    m_restoreResult = makeHint(m_restoreBox, QStringLiteral("restoreResult"));
    restoreLayout->addWidget(m_listHint);
    restoreLayout->addWidget(m_restoreListView, 1);
    restoreLayout->addLayout(listButtons);
    restoreLayout->addLayout(targetRow);
    restoreLayout->addLayout(runRow);
    restoreLayout->addWidget(m_restoreResult);
    splitter->addWidget(sourcesBox);
    splitter->addWidget(m_restoreBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    connect(m_name, &QLineEdit::returnPressed, this, &FilesPage::search);
    connect(m_searchButton, &QPushButton::clicked, this, &FilesPage::search);
    connect(m_vm, &QComboBox::currentIndexChanged, this, &FilesPage::fillRestorePointFilter);
    connect(m_resultsView, &QTreeView::activated, this, &FilesPage::addSelectionToRestoreList);
    connect(m_addButton, &QPushButton::clicked, this, &FilesPage::addSelectionToRestoreList);
    connect(m_browsePoint, &QComboBox::currentIndexChanged, this, &FilesPage::browseSelected);
    connect(m_tree, &GuestTreeModel::loadFailed, this, [this](const QString& message) {
        m_browseError = message;
        updateResultsHint();
        Q_EMIT status(message);
    });
    connect(m_tree, &GuestTreeModel::loaded, this, &FilesPage::updateResultsHint);
    connect(m_removeButton, &QPushButton::clicked, this, &FilesPage::removeSelectionFromRestoreList);
    connect(m_clearButton, &QPushButton::clicked, this, [this] {
        m_restoreList->setFiles({});
        updateRestoreListHint();
        updateActions();
    });
    auto* remove = new QShortcut(QKeySequence::Delete, m_restoreListView);
    remove->setContext(Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &FilesPage::removeSelectionFromRestoreList);
    connect(m_toFolder, &QRadioButton::toggled, this, [this] {
        m_overwrite->setEnabled(m_toFolder->isChecked());
        updateActions();
    });
    connect(m_target, &QLineEdit::textChanged, this, &FilesPage::updateActions);
    connect(m_chooseTarget, &QPushButton::clicked, this, &FilesPage::chooseTarget);
    connect(m_restoreButton, &QPushButton::clicked, this, &FilesPage::startRestore);
    connect(m_guestButton, &QPushButton::clicked, this, &FilesPage::startGuestRestore);
    for (QItemSelectionModel* selection :
         {m_resultsView->selectionModel(), m_treeView->selectionModel(), m_restoreListView->selectionModel()})
        connect(selection, &QItemSelectionModel::selectionChanged, this, &FilesPage::updateActions);
    connect(m_sources, &QTabWidget::currentChanged, this, &FilesPage::updateActions);
    connect(m_restoreList, &QAbstractItemModel::rowsRemoved, this, &FilesPage::updateActions);

    retranslateUi();
    updateActions();
}

void FilesPage::refresh()
{
    m_engine.restorePoints(this, [this](Result<QVector<console::RestorePointRow>> points) {
        setLoaded(true);
        showRestorePoints(points);
    });
}

void FilesPage::clear()
{
    ++m_searchRequest; // an answer still on its way is for the account that left
    m_searching = 0;
    m_points.clear();
    m_pointsError.reset();
    m_searched = false;
    m_searchError.reset();
    m_browseError.clear();
    m_lastRestore.reset();
    m_restoreInputError.clear();
    // The dialog holds a password and the account's files: it goes with the account.
    delete m_guestDialog.data();
    m_trustedHostKeys.clear();
    m_name->clear();
    m_results->setFiles({});
    m_restoreList->setFiles({});
    m_tree->setRestorePoint({}, {});
    {
        const QSignalBlocker blockVm(m_vm), blockPoint(m_point), blockBrowse(m_browsePoint);
        while (m_vm->count() > 1)
            m_vm->removeItem(1);
        while (m_point->count() > 1)
            m_point->removeItem(1);
        while (m_browsePoint->count() > 1)
            m_browsePoint->removeItem(1);
        m_vm->setCurrentIndex(0);
        m_point->setCurrentIndex(0);
        m_browsePoint->setCurrentIndex(0);
    }
    setLoaded(false);
    retranslateUi();
    updateActions();
}

QString FilesPage::restorePointText(const console::RestorePointRow& point) const
{
    return tr("%1 — %2").arg(point.vmName,
                             QLocale().toString(point.time.toLocalTime(), QLocale::ShortFormat));
}

void FilesPage::showRestorePoints(const Result<QVector<console::RestorePointRow>>& points)
{
    m_pointsError.reset();
    m_points.clear();
    if (points)
        m_points = *points;
    else
        m_pointsError = points.error();

    const QString vm = m_vm->currentData().toString();
    const QString browsed = m_browsePoint->currentData().toString();
    {
        const QSignalBlocker blockVm(m_vm), blockBrowse(m_browsePoint);
        while (m_vm->count() > 1)
            m_vm->removeItem(1);
        QStringList names;
        for (const auto& point : std::as_const(m_points))
            if (!names.contains(point.vmName))
                names.append(point.vmName);
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_vm->addItem(name, name);
        m_vm->setCurrentIndex(std::max(0, m_vm->findData(vm)));

        while (m_browsePoint->count() > 1)
            m_browsePoint->removeItem(1);
        for (const auto& point : std::as_const(m_points)) {
            m_browsePoint->addItem(restorePointText(point), point.id);
            m_browsePoint->setItemData(m_browsePoint->count() - 1, point.repository, kRepositoryRole);
        }
        m_browsePoint->setCurrentIndex(std::max(0, m_browsePoint->findData(browsed)));
    }
    fillRestorePointFilter();
    // A restore point that is gone (pruned) must not stay on screen.
    if (m_browsePoint->currentData().toString() != m_tree->restorePoint())
        browseSelected();
    retranslateUi();
    if (m_pointsError)
        Q_EMIT status(m_pointsError->message);
}

void FilesPage::fillRestorePointFilter()
{
    const QString vm = m_vm->currentData().toString();
    const QString chosen = m_point->currentData().toString();
    const QSignalBlocker block(m_point);
    while (m_point->count() > 1)
        m_point->removeItem(1);
    for (const auto& point : std::as_const(m_points))
        if (vm.isEmpty() || point.vmName == vm)
            m_point->addItem(restorePointText(point), point.id);
    m_point->setCurrentIndex(std::max(0, m_point->findData(chosen)));
}

void FilesPage::browseSelected()
{
    m_browseError.clear();
    const int index = m_browsePoint->currentIndex();
    m_tree->setRestorePoint(m_browsePoint->itemData(index, kRepositoryRole).toString(),
                            m_browsePoint->itemData(index).toString());
    updateResultsHint();
}

void FilesPage::search()
{
    Engine::FileSearch query;
    query.name = m_name->text().trimmed();
    query.vmName = m_vm->currentData().toString();
    query.restorePoint = m_point->currentData().toString();
    if (m_minSize->value() > 0)
        query.minSize = qint64(m_minSize->value()) * 1024;
    if (m_maxSize->value() > 0)
        query.maxSize = qint64(m_maxSize->value()) * 1024;
    if (m_afterEnabled->isChecked())
        query.modifiedAfter = m_after->date().startOfDay();
    if (m_beforeEnabled->isChecked())
        query.modifiedBefore = m_before->date().addDays(1).startOfDay().addSecs(-1);
    const quint64 request = ++m_searchRequest;
    ++m_searching;
    m_searchError.reset();
    m_sources->setCurrentWidget(m_resultsTab);
    updateResultsHint();
    updateActions();
    m_engine.searchFiles(this, query, [this, request](Result<QVector<Engine::GuestFile>> found) {
        if (request != m_searchRequest)
            return; // a newer search (or a sign-out) replaced this one
        m_searching = 0;
        m_searched = true;
        if (found) {
            m_results->setFiles(*found);
            Q_EMIT status(tr("%n file(s) found.", nullptr, int(found->size())));
        } else {
            m_results->setFiles({});
            m_searchError = found.error();
            Q_EMIT status(found.error().message);
        }
        updateResultsHint();
        updateActions();
    });
}

void FilesPage::addSelectionToRestoreList()
{
    QVector<Engine::GuestFile> picked;
    if (m_sources->currentWidget() == m_resultsTab) {
        for (const QModelIndex& row : m_resultsView->selectionModel()->selectedRows())
            picked.append(m_results->file(m_resultsProxy->mapToSource(row).row()));
    } else {
        for (const QModelIndex& row : m_treeView->selectionModel()->selectedRows()) {
            Engine::GuestFile file;
            if (m_tree->fileAt(row, &file))
                picked.append(file);
        }
    }
    if (picked.isEmpty()) {
        Q_EMIT status(tr("Select files or folders first, in the search results or a browsed restore point."));
        return;
    }
    const int added = m_restoreList->addFiles(picked);
    m_restoreInputError.clear();
    updateRestoreListHint();
    updateRestoreResult();
    updateActions();
    Q_EMIT status(tr("%n item(s) added to the restore list.", nullptr, added));
}

void FilesPage::removeSelectionFromRestoreList()
{
    QList<int> rows;
    for (const QModelIndex& row : m_restoreListView->selectionModel()->selectedRows())
        rows.append(m_restoreListProxy->mapToSource(row).row());
    m_restoreList->removeRowsAt(rows);
    updateRestoreListHint();
}

void FilesPage::chooseTarget()
{
    QString chosen;
    if (m_toZip->isChecked())
        chosen = QFileDialog::getSaveFileName(this, tr("Save the restored files as"), m_target->text(),
                                              tr("Zip archives (*.zip)"));
    else
        chosen = QFileDialog::getExistingDirectory(this, tr("Restore into folder"), m_target->text());
    if (!chosen.isEmpty())
        m_target->setText(chosen);
}

void FilesPage::startRestore()
{
    if (m_restoring)
        return;
    m_lastRestore.reset();
    m_restoreInputError.clear();
    QString target = m_target->text().trimmed();
    if (m_restoreList->files().isEmpty())
        m_restoreInputError = tr("The restore list is empty: add files from the search results or a browsed "
                                 "restore point first.");
    else if (target.isEmpty())
        m_restoreInputError = m_toZip->isChecked() ? tr("Choose the .zip file to create.")
                                                   : tr("Choose the folder to restore into.");
    if (!m_restoreInputError.isEmpty()) {
        updateRestoreResult();
        Q_EMIT status(m_restoreInputError);
        return;
    }
    if (m_toZip->isChecked() && !target.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive)) {
        target += QStringLiteral(".zip");
        m_target->setText(target);
    }
    Engine::FileRestoreOrder order;
    order.files = m_restoreList->files();
    order.target = target;
    order.zip = m_toZip->isChecked();
    order.overwrite = !order.zip && m_overwrite->isChecked();
    m_restoring = true;
    m_progress->setVisible(true);
    updateRestoreResult();
    updateActions();
    Q_EMIT status(tr("Restoring %n item(s)...", nullptr, int(order.files.size())));
    m_engine.restoreFiles(this, order, [this](Result<QVector<jobs::Session>> sessions) {
        m_restoring = false;
        m_progress->setVisible(false);
        m_lastRestore = sessions;
        updateRestoreResult();
        updateActions();
        Q_EMIT status(m_restoreResult->text().section(QLatin1Char('\n'), 0, 0));
        if (sessions)
            Q_EMIT dataChanged();
    });
}

bool FilesPage::isRestoring() const
{
    return m_restoring || (m_guestDialog && m_guestDialog->isBusy());
}

void FilesPage::startGuestRestore()
{
    if (m_guestDialog) {
        m_guestDialog->raise();
        m_guestDialog->activateWindow();
        return;
    }
    m_lastRestore.reset();
    m_restoreInputError.clear();
    const QVector<Engine::GuestFile> files = m_restoreList->files();
    QStringList vms;
    for (const Engine::GuestFile& file : files)
        if (!vms.contains(file.vmName))
            vms.append(file.vmName);
    if (files.isEmpty())
        m_restoreInputError = tr("The restore list is empty: add files from the search results or a browsed "
                                 "restore point first.");
    else if (vms.size() > 1)
        m_restoreInputError =
            tr("The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove "
               "the other VMs' files from the list, or restore them to a folder or a .zip file.",
               nullptr, int(vms.size()))
                .arg(vms.join(QStringLiteral(", ")));
    if (!m_restoreInputError.isEmpty()) {
        updateRestoreResult();
        Q_EMIT status(m_restoreInputError);
        return;
    }
    updateRestoreResult();
    auto* dialog = new GuestRestoreDialog(m_engine, files, m_trustedHostKeys, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_guestDialog = dialog;
    dialog->onRestored = [this](const QVector<jobs::Session>& sessions) {
        m_lastRestore = sessions;
        updateRestoreResult();
        updateActions();
        Q_EMIT status(m_restoreResult->text().section(QLatin1Char('\n'), 0, 0));
        Q_EMIT dataChanged();
    };
    m_engine.guestRestoreTarget(dialog, files.first().repository, files.first().restorePoint,
                                [dialog](Result<Engine::GuestTargetHint> hint) {
                                    // Without a hint the user types the address in.
                                    if (hint)
                                        dialog->setHint(*hint);
                                });
    dialog->open();
}

void FilesPage::updateResultsHint()
{
    if (m_pointsError)
        m_pointsHint->setText(tr("The restore points could not be read: %1").arg(m_pointsError->message));
    else if (hasLoaded() && m_points.isEmpty())
        m_pointsHint->setText(tr("There are no restore points yet. Run a backup job in the Jobs tab; with "
                                 "\"Index guest files\" its files can be searched here, and every restore "
                                 "point can be browsed."));
    m_pointsHint->setVisible(m_pointsError || (hasLoaded() && m_points.isEmpty()));

    QString results;
    if (m_searching > 0)
        results = tr("Searching...");
    else if (m_searchError)
        results = tr("The search failed: %1").arg(m_searchError->message);
    else if (!m_searched)
        results =
            tr("Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only "
               "restore points of jobs that index guest files can be searched; any restore point can be "
               "browsed in the Browse tab.");
    else if (m_results->rowCount() == 0)
        results =
            tr("No file matches. Only restore points of jobs that index guest files are searched; browse "
               "a restore point to find files in others.");
    else
        results = tr("%n file(s) found. Select them and press Add to restore list (or Enter).", nullptr,
                     m_results->rowCount());
    m_resultsHint->setText(results);

    QString browse;
    if (m_browsePoint->currentIndex() <= 0)
        browse = tr("Choose a restore point to see its volumes and folders.");
    else if (!m_browseError.isEmpty())
        browse = tr("Could not read: %1").arg(m_browseError);
    else if (m_tree->isLoading())
        browse = tr("Reading the restore point...");
    else
        browse = tr("Expand a volume or a folder to read it; select entries and press Add to restore list.");
    m_browseHint->setText(browse);
}

void FilesPage::updateRestoreListHint()
{
    const auto& files = m_restoreList->files();
    QSet<QString> points;
    for (const auto& file : files)
        points.insert(file.repository + QLatin1Char('\n') + file.restorePoint + QLatin1Char('\n') +
                      file.volume);
    if (files.isEmpty())
        m_listHint->setText(tr("Nothing to restore yet: add files or folders from the search results or a "
                               "browsed restore point. Files from several VMs and restore points can be "
                               "restored together."));
    else if (points.size() > 1)
        m_listHint->setText(
            tr("%n item(s) from %1 restore points: each restore point's files go into a folder "
               "(or .zip) of their own, named after the VM and the time.",
               nullptr, int(files.size()))
                .arg(points.size()));
    else
        m_listHint->setText(tr("%n item(s) to restore.", nullptr, int(files.size())));
}

void FilesPage::updateRestoreResult()
{
    QString text;
    if (!m_restoreInputError.isEmpty()) {
        text = m_restoreInputError;
    } else if (m_restoring) {
        text = tr("Restoring... The restore runs in the engine; you can keep working.");
    } else if (m_lastRestore && !*m_lastRestore) {
        text = tr("The restore did not start: %1").arg(m_lastRestore->error().message);
    } else if (m_lastRestore) {
        QStringList lines;
        for (const jobs::Session& session : std::as_const(m_lastRestore->value()))
            lines.append(tr("Restore session %1: %2. %3")
                             .arg(session.id)
                             .arg(jobs::toString(session.result), session.message));
        text = lines.join(QLatin1Char('\n'));
    }
    m_restoreResult->setText(text);
    m_restoreResult->setVisible(!text.isEmpty());
}

void FilesPage::updateActions()
{
    const bool fromResults = m_sources->currentWidget() == m_resultsTab;
    const bool selected = fromResults ? m_resultsView->selectionModel()->hasSelection()
                                      : m_treeView->selectionModel()->hasSelection();
    m_addButton->setEnabled(selected);
    m_removeButton->setEnabled(m_restoreListView->selectionModel()->hasSelection());
    m_clearButton->setEnabled(!m_restoreList->files().isEmpty());
    // Enabled without a list or target: pressing it then says what is missing.
    m_restoreButton->setEnabled(!m_restoring);
}

void FilesPage::retranslateUi()
{
    m_title->setText(tr("Guest files"));
    m_nameLabel->setText(tr("&Find files:"));
    m_name->setPlaceholderText(tr("Name or pattern, e.g. report or *.conf"));
    m_name->setAccessibleName(tr("File name or pattern"));
    m_searchButton->setText(tr("&Search"));
    m_searchButton->setAccessibleName(tr("Search guest files"));
    m_vmLabel->setText(tr("&VM:"));
    m_vm->setAccessibleName(tr("Only files of this VM"));
    if (m_vm->count() == 0)
        m_vm->addItem(QString(), QString());
    m_vm->setItemText(0, tr("All VMs"));
    m_pointLabel->setText(tr("&Restore point:"));
    m_point->setAccessibleName(tr("Only files of this restore point"));
    if (m_point->count() == 0)
        m_point->addItem(QString(), QString());
    m_point->setItemText(0, tr("All restore points"));
    m_sizeLabel->setText(tr("Si&ze from:"));
    m_sizeToLabel->setText(tr("to:"));
    for (QSpinBox* size : {m_minSize, m_maxSize}) {
        size->setSuffix(tr(" KiB"));
        size->setSpecialValueText(tr("any"));
    }
    m_minSize->setAccessibleName(tr("Smallest size in KiB"));
    m_maxSize->setAccessibleName(tr("Largest size in KiB"));
    m_afterEnabled->setText(tr("Modified &after"));
    m_afterEnabled->setAccessibleName(tr("Only files modified on or after a date"));
    m_after->setAccessibleName(tr("Modified on or after"));
    m_beforeEnabled->setText(tr("&before"));
    m_beforeEnabled->setAccessibleName(tr("Only files modified on or before a date"));
    m_before->setAccessibleName(tr("Modified on or before"));
    m_sources->setTabText(m_sources->indexOf(m_resultsTab), tr("Search &results"));
    m_sources->setTabText(m_sources->indexOf(m_browseTab), tr("&Browse a restore point"));
    m_resultsView->setAccessibleName(tr("Search results"));
    m_browseLabel->setText(tr("Restore &point:"));
    m_browsePoint->setAccessibleName(tr("Restore point to browse"));
    if (m_browsePoint->count() == 0)
        m_browsePoint->addItem(QString(), QString());
    m_browsePoint->setItemText(0, tr("Choose a restore point"));
    m_treeView->setAccessibleName(tr("Volumes and folders of the restore point"));
    m_addButton->setText(tr("&Add to restore list"));
    m_addButton->setAccessibleName(tr("Add the selected files to the restore list"));
    m_restoreBox->setTitle(tr("Restore list"));
    m_restoreListView->setAccessibleName(tr("Restore list"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove the selected files from the restore list"));
    m_clearButton->setText(tr("C&lear list"));
    m_clearButton->setAccessibleName(tr("Remove every file from the restore list"));
    m_targetLabel->setText(tr("Restore to:"));
    m_toFolder->setText(tr("a &folder"));
    m_toFolder->setAccessibleName(tr("Restore into a local folder"));
    m_toZip->setText(tr("a .&zip file"));
    m_toZip->setAccessibleName(tr("Download as a .zip file"));
    m_target->setPlaceholderText(tr("Folder or .zip file on this computer"));
    m_target->setAccessibleName(tr("Restore target"));
    m_chooseTarget->setText(tr("C&hoose..."));
    m_chooseTarget->setAccessibleName(tr("Choose the restore target"));
    m_overwrite->setText(tr("&Overwrite existing files"));
    m_overwrite->setAccessibleName(tr("Overwrite files that exist in the target folder"));
    m_overwrite->setToolTip(tr("Without it, files that exist in the folder are kept and reported."));
    m_restoreButton->setText(tr("Res&tore"));
    m_restoreButton->setAccessibleName(tr("Restore the files in the restore list"));
    m_guestButton->setText(tr("Restore to the original location in the &guest..."));
    m_guestButton->setAccessibleName(tr("Restore the files into the running guest of their VM"));
    m_guestButton->setToolTip(tr("Over SSH, for files of one VM at a time."));
    m_progress->setAccessibleName(tr("Restore running"));
    m_results->retranslate();
    m_restoreList->retranslate();
    m_tree->retranslate();
    updateResultsHint();
    updateRestoreListHint();
    updateRestoreResult();
}

} // namespace lifeboat::ui
