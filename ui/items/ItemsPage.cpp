#include "items/ItemsPage.h"

#include "items/ItemModel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace lifeboat::ui {

ItemsPage::ItemsPage(Engine& engine, QWidget* parent)
    : ConsolePage(engine, parent)
{
    setObjectName(QStringLiteral("itemsPage"));
    auto* layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("itemsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    layout->addWidget(m_title);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("itemsHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto* filterRow = new QHBoxLayout;
    m_vmLabel = new QLabel(this);
    m_vm = new QComboBox(this);
    m_vm->setObjectName(QStringLiteral("itemsVm"));
    m_vm->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_vmLabel->setBuddy(m_vm);
    filterRow->addWidget(m_vmLabel);
    filterRow->addWidget(m_vm);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    m_items = new ItemModel(this);
    m_items->setObjectName(QStringLiteral("itemsModel"));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setObjectName(QStringLiteral("itemsProxy"));
    m_proxy->setSourceModel(m_items);
    m_proxy->setSortRole(ItemModel::kRawRole);
    m_proxy->setFilterKeyColumn(ItemModel::Vm);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("itemsView"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ItemModel::RestorePoint, Qt::DescendingOrder);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(true);
    layout->addWidget(m_view, 1);

    m_restoreBox = new QGroupBox(this);
    m_restoreBox->setObjectName(QStringLiteral("itemRestoreBox"));
    auto* restoreLayout = new QVBoxLayout(m_restoreBox);
    auto* fileRow = new QHBoxLayout;
    m_toFile = new QRadioButton(m_restoreBox);
    m_toFile->setObjectName(QStringLiteral("itemToFile"));
    m_toFile->setChecked(true);
    m_file = new QLineEdit(m_restoreBox);
    m_file->setObjectName(QStringLiteral("itemFile"));
    m_file->setClearButtonEnabled(true);
    m_chooseFile = new QPushButton(m_restoreBox);
    m_chooseFile->setObjectName(QStringLiteral("itemChooseFile"));
    fileRow->addWidget(m_toFile);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_chooseFile);
    restoreLayout->addLayout(fileRow);

    m_toServer = new QRadioButton(m_restoreBox);
    m_toServer->setObjectName(QStringLiteral("itemToServer"));
    restoreLayout->addWidget(m_toServer);
    m_serverBox = new QWidget(m_restoreBox);
    auto* form = new QFormLayout(m_serverBox);
    auto* hostRow = new QHBoxLayout;
    m_hostLabel = new QLabel(m_serverBox);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(QStringLiteral("itemServerHost"));
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(QStringLiteral("itemServerPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(m_port);
    m_hostLabel->setBuddy(m_host);
    form->addRow(m_hostLabel, hostRow);
    m_userLabel = new QLabel(m_serverBox);
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(QStringLiteral("itemServerUser"));
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    auto* keyRow = new QHBoxLayout;
    m_keyLabel = new QLabel(m_serverBox);
    m_key = new QLineEdit(m_serverBox);
    m_key->setObjectName(QStringLiteral("itemServerKey"));
    m_chooseKey = new QPushButton(m_serverBox);
    m_chooseKey->setObjectName(QStringLiteral("itemChooseKey"));
    keyRow->addWidget(m_key, 1);
    keyRow->addWidget(m_chooseKey);
    m_keyLabel->setBuddy(m_key);
    form->addRow(m_keyLabel, keyRow);
    m_passwordLabel = new QLabel(m_serverBox);
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(QStringLiteral("itemServerPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_hostKeyLabel = new QLabel(m_serverBox);
    m_hostKey = new QLineEdit(m_serverBox);
    m_hostKey->setObjectName(QStringLiteral("itemServerHostKey"));
    m_hostKeyLabel->setBuddy(m_hostKey);
    form->addRow(m_hostKeyLabel, m_hostKey);
    m_environmentLabel = new QLabel(m_serverBox);
    m_environment = new QLineEdit(m_serverBox);
    m_environment->setObjectName(QStringLiteral("itemServerEnvironment"));
    m_environmentLabel->setBuddy(m_environment);
    form->addRow(m_environmentLabel, m_environment);
    auto* modeRow = new QHBoxLayout;
    m_keep = new QRadioButton(m_serverBox);
    m_keep->setObjectName(QStringLiteral("itemKeep"));
    m_keep->setChecked(true);
    m_newName = new QLineEdit(m_serverBox);
    m_newName->setObjectName(QStringLiteral("itemNewName"));
    m_overwrite = new QRadioButton(m_serverBox);
    m_overwrite->setObjectName(QStringLiteral("itemOverwrite"));
    modeRow->addWidget(m_keep);
    modeRow->addWidget(m_newName, 1);
    modeRow->addWidget(m_overwrite);
    form->addRow(modeRow);
    restoreLayout->addWidget(m_serverBox);

    auto* runRow = new QHBoxLayout;
    m_restoreButton = new QPushButton(m_restoreBox);
    m_restoreButton->setObjectName(QStringLiteral("itemRestoreButton"));
    m_progress = new QProgressBar(m_restoreBox);
    m_progress->setObjectName(QStringLiteral("itemRestoreProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setVisible(false);
    runRow->addWidget(m_restoreButton);
    runRow->addWidget(m_progress);
    runRow->addStretch(1);
    restoreLayout->addLayout(runRow);
    m_result = new QLabel(m_restoreBox);
    m_result->setObjectName(QStringLiteral("itemRestoreResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    restoreLayout->addWidget(m_result);
    layout->addWidget(m_restoreBox);

    connect(m_vm, &QComboBox::currentIndexChanged, this, &ItemsPage::filterVm);
    connect(m_toFile, &QRadioButton::toggled, this, &ItemsPage::updateTargetWidgets);
    connect(m_keep, &QRadioButton::toggled, this, &ItemsPage::updateTargetWidgets);
    connect(m_chooseFile, &QPushButton::clicked, this, &ItemsPage::chooseFile);
    connect(m_chooseKey, &QPushButton::clicked, this, &ItemsPage::chooseKey);
    connect(m_restoreButton, &QPushButton::clicked, this, &ItemsPage::startRestore);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_inputError.clear();
        updateResult();
    });

    retranslateUi();
    updateTargetWidgets();
}

void ItemsPage::refresh()
{
    m_engine.restorePoints(this, [this](Result<QVector<console::RestorePointRow>> points) {
        setLoaded(true);
        showRestorePoints(points);
    });
}

void ItemsPage::clear()
{
    m_error.reset();
    m_inputError.clear();
    m_last.reset();
    m_items->setRestorePoints({});
    {
        const QSignalBlocker block(m_vm);
        while (m_vm->count() > 1)
            m_vm->removeItem(1);
        m_vm->setCurrentIndex(0);
    }
    filterVm();
    // The next person at a shared console must not inherit this one's server, key or target.
    for (QLineEdit* field : {m_file, m_host, m_user, m_key, m_password, m_hostKey, m_environment, m_newName})
        field->clear();
    setLoaded(false);
    retranslateUi();
}

void ItemsPage::showRestorePoints(const Result<QVector<console::RestorePointRow>>& points)
{
    m_error.reset();
    if (points) {
        m_items->setRestorePoints(*points);
    } else {
        m_error = points.error();
        m_items->setRestorePoints({});
        Q_EMIT status(points.error().message);
    }
    const QString vm = m_vm->currentData().toString();
    {
        const QSignalBlocker block(m_vm);
        while (m_vm->count() > 1)
            m_vm->removeItem(1);
        QStringList names;
        for (const auto& item : m_items->items())
            if (!names.contains(item.vmName))
                names.append(item.vmName);
        names.sort(Qt::CaseInsensitive);
        for (const QString& name : std::as_const(names))
            m_vm->addItem(name, name);
        m_vm->setCurrentIndex(std::max(0, m_vm->findData(vm)));
    }
    filterVm();
    updateHint();
}

void ItemsPage::filterVm()
{
    const QString vm = m_vm->currentData().toString();
    m_proxy->setFilterRegularExpression(vm.isEmpty() ? QRegularExpression()
                                                     : QRegularExpression(QRegularExpression::anchoredPattern(
                                                           QRegularExpression::escape(vm))));
}

void ItemsPage::startRestore()
{
    if (m_restoring)
        return;
    m_last.reset();
    m_inputError.clear();
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        m_inputError = m_items->rowCount() == 0 ? tr("There is no database item to restore.")
                                                : tr("Select the database to restore first.");
    } else if (m_toFile->isChecked() && m_file->text().trimmed().isEmpty()) {
        m_inputError = tr("Choose the file to save the dump in.");
    } else if (m_toServer->isChecked() &&
               (m_host->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty())) {
        m_inputError = tr("Enter the database server's SSH address and user.");
    } else if (m_toServer->isChecked() && m_key->text().isEmpty() && m_password->text().isEmpty()) {
        m_inputError = tr("Choose a key file or enter the SSH password.");
    } else if (m_toServer->isChecked() && !m_hostKey->text().trimmed().startsWith(QLatin1String("SHA256:"))) {
        m_inputError =
            tr("Enter the server's host key fingerprint (SHA256:...), as its administrator sees it "
               "with ssh-keygen -lf.");
    }
    if (!m_inputError.isEmpty()) {
        updateResult();
        Q_EMIT status(m_inputError);
        return;
    }
    const ItemModel::Item& item = m_items->item(m_proxy->mapToSource(selected.first()).row());
    Engine::ItemRestoreOrder order;
    order.repository = item.repository;
    order.restorePoint = item.restorePoint;
    order.item = item.id();
    if (m_toFile->isChecked()) {
        order.toFile = m_file->text().trimmed();
    } else {
        order.host = m_host->text().trimmed();
        order.port = m_port->value();
        order.user = m_user->text().trimmed();
        order.keyFile = m_key->text().trimmed();
        order.password = m_password->text();
        order.hostKey = m_hostKey->text().trimmed();
        order.overwrite = m_overwrite->isChecked();
        order.newDatabase = m_keep->isChecked() ? m_newName->text().trimmed() : QString();
        order.environment = m_environment->text().trimmed();
    }
    m_restoring = true;
    m_lastItem = item.database;
    m_progress->setVisible(true);
    m_restoreButton->setEnabled(false);
    updateResult();
    Q_EMIT status(tr("Restoring %1...").arg(item.database));
    m_engine.restoreItem(this, order, [this](Result<jobs::Session> session) {
        m_restoring = false;
        m_progress->setVisible(false);
        m_restoreButton->setEnabled(true);
        m_last = session;
        updateResult();
        Q_EMIT status(m_result->text());
        if (session)
            Q_EMIT dataChanged();
    });
}

void ItemsPage::chooseFile()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save the database dump as"), m_file->text());
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

void ItemsPage::chooseKey()
{
    const QString chosen = QFileDialog::getOpenFileName(this, tr("SSH private key"), m_key->text());
    if (!chosen.isEmpty())
        m_key->setText(chosen);
}

void ItemsPage::updateTargetWidgets()
{
    const bool toFile = m_toFile->isChecked();
    m_file->setEnabled(toFile);
    m_chooseFile->setEnabled(toFile);
    m_serverBox->setEnabled(!toFile);
    m_newName->setEnabled(m_keep->isChecked());
}

void ItemsPage::updateHint()
{
    QString text;
    if (m_error)
        text = tr("The restore points could not be read: %1").arg(m_error->message);
    else if (hasLoaded() && m_items->rowCount() == 0)
        text = tr("No restore point holds a database yet. Give a backup job database items (PostgreSQL, "
                  "MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases "
                  "appear here.");
    else if (hasLoaded())
        text = tr("Select a database, then download its dump or restore it into a server.");
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void ItemsPage::updateResult()
{
    QString text;
    if (!m_inputError.isEmpty())
        text = m_inputError;
    else if (m_restoring)
        text = tr("Restoring %1... The restore runs in the engine; you can keep working.").arg(m_lastItem);
    else if (m_last && !*m_last)
        text = tr("The restore did not start: %1").arg(m_last->error().message);
    else if (m_last)
        text = tr("Restore session %1: %2. %3")
                   .arg((*m_last)->id)
                   .arg(jobs::toString((*m_last)->result), (*m_last)->message);
    m_result->setText(text);
    m_result->setVisible(!text.isEmpty());
}

void ItemsPage::retranslateUi()
{
    m_title->setText(tr("Database items"));
    m_vmLabel->setText(tr("&VM:"));
    m_vm->setAccessibleName(tr("Only items of this VM"));
    if (m_vm->count() == 0)
        m_vm->addItem(QString(), QString());
    m_vm->setItemText(0, tr("All VMs"));
    m_view->setAccessibleName(tr("Database items"));
    m_restoreBox->setTitle(tr("Restore the selected database"));
    m_toFile->setText(tr("&Download the dump to a file:"));
    m_toFile->setAccessibleName(tr("Download the dump to a file"));
    m_file->setPlaceholderText(tr("A new file on this computer"));
    m_file->setAccessibleName(tr("Dump file"));
    m_chooseFile->setText(tr("C&hoose..."));
    m_chooseFile->setAccessibleName(tr("Choose the dump file"));
    m_toServer->setText(tr("Restore into a database &server over SSH"));
    m_toServer->setAccessibleName(tr("Restore into a database server over SSH"));
    m_hostLabel->setText(tr("Server:"));
    m_host->setPlaceholderText(tr("Host name or address"));
    m_host->setAccessibleName(tr("Database server's SSH host"));
    m_port->setAccessibleName(tr("SSH port"));
    m_userLabel->setText(tr("SSH user:"));
    m_user->setAccessibleName(tr("SSH user"));
    m_keyLabel->setText(tr("Private key:"));
    m_key->setAccessibleName(tr("SSH private key file"));
    m_chooseKey->setText(tr("Choose..."));
    m_chooseKey->setAccessibleName(tr("Choose the SSH private key file"));
    m_passwordLabel->setText(tr("Password:"));
    m_password->setPlaceholderText(tr("Only without a key"));
    m_password->setAccessibleName(tr("SSH password"));
    m_hostKeyLabel->setText(tr("Host key:"));
    m_hostKey->setPlaceholderText(tr("SHA256:..."));
    m_hostKey->setAccessibleName(tr("The server's host key fingerprint"));
    m_environmentLabel->setText(tr("Environment:"));
    m_environment->setPlaceholderText(tr("e.g. PGPORT=5433 (optional)"));
    m_environment->setAccessibleName(tr("Environment for the database commands"));
    m_keep->setText(tr("&Keep the original, restore as:"));
    m_keep->setAccessibleName(tr("Restore beside the original under a new name"));
    m_newName->setPlaceholderText(tr("<database>_restored"));
    m_newName->setAccessibleName(tr("New database name"));
    m_overwrite->setText(tr("&Overwrite the original"));
    m_overwrite->setAccessibleName(tr("Replace the original database"));
    m_restoreButton->setText(tr("Res&tore"));
    m_restoreButton->setAccessibleName(tr("Restore the selected database"));
    m_progress->setAccessibleName(tr("Restore running"));
    m_items->retranslate();
    updateHint();
    updateResult();
}

} // namespace lifeboat::ui
