#include "jobs/JobWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeboat::ui {

namespace {

constexpr int MorefRole = JobWizard::MorefRole;
constexpr int TypeRole = JobWizard::TypeRole;

// A page whose Next button follows a condition of the wizard's controls.
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    std::function<bool()> validate;
    bool isComplete() const override { return complete ? complete() : true; }
    bool validatePage() override { return validate ? validate() : true; }
    void recheck() { Q_EMIT completeChanged(); }
};

CheckedPage* checked(QWizardPage* page)
{
    return static_cast<CheckedPage*>(page);
}

QString typeText(const QString& type)
{
    if (type == QLatin1String("VirtualMachine"))
        return JobWizard::tr("VM");
    if (type == QLatin1String("Folder"))
        return JobWizard::tr("Folder");
    if (type == QLatin1String("ResourcePool"))
        return JobWizard::tr("Resource pool");
    if (type == QLatin1String("VirtualApp"))
        return JobWizard::tr("vApp");
    if (type == QLatin1String("Datacenter"))
        return JobWizard::tr("Datacenter");
    if (type == QLatin1String("ClusterComputeResource") || type == QLatin1String("ComputeResource"))
        return JobWizard::tr("Cluster");
    if (type == QLatin1String("HostSystem"))
        return JobWizard::tr("Host");
    return type;
}

} // namespace

JobWizard::JobWizard(Engine& engine, std::optional<jobs::JobDefinition> job,
                     QVector<jobs::JobDefinition> otherJobs, QWidget* parent)
    : QWizard(parent)
    , m_engine(engine)
    , m_original(std::move(job))
    , m_otherJobs(std::move(otherJobs))
{
    setObjectName(QStringLiteral("jobWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::HaveHelpButton, false);
    // Edits may jump straight to the summary: everything is filled already.
    setOption(QWizard::HaveFinishButtonOnEarlyPages, m_original.has_value());
    setPage(NamePage, buildNamePage());
    setPage(ObjectsPage, buildObjectsPage());
    setPage(StoragePage, buildStoragePage());
    setPage(GuestPage, buildGuestPage());
    setPage(SchedulePage, buildSchedulePage());
    setPage(NotifyPage, buildNotifyPage());
    setPage(SummaryPage, buildSummaryPage());
    resize(760, 560);

    jobs::JobDefinition initial;
    if (m_original) {
        initial = *m_original;
    } else if (!m_otherJobs.isEmpty()) {
        // The repository most people keep using.
        initial.repository = m_otherJobs.front().repository;
    }
    fill(initial);
    retranslateUi();
    updateScheduleControls();
    loadInventory(false);
}

QWizardPage* JobWizard::buildNamePage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageName"));
    m_nameLabel = new QLabel(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("jobName"));
    m_descriptionLabel = new QLabel(page);
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("jobDescription"));
    m_description->setTabChangesFocus(true);
    m_nameLabel->setBuddy(m_name);
    m_descriptionLabel->setBuddy(m_description);
    auto* form = new QFormLayout(page);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_descriptionLabel, m_description);
    page->complete = [this] {
        return !m_name->text().trimmed().isEmpty();
    };
    connect(m_name, &QLineEdit::textChanged, page, [page] { page->recheck(); });
    return page;
}

QWizardPage* JobWizard::buildObjectsPage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageObjects"));
    m_objectSearch = new QLineEdit(page);
    m_objectSearch->setObjectName(QStringLiteral("jobObjectSearch"));
    m_objectSearch->setClearButtonEnabled(true);
    m_reread = new QPushButton(page);
    m_reread->setObjectName(QStringLiteral("jobObjectsReread"));
    m_objects = new QStandardItemModel(this);
    m_objects->setObjectName(QStringLiteral("jobObjectsModel"));
    m_objectsProxy = new QSortFilterProxyModel(this);
    m_objectsProxy->setSourceModel(m_objects);
    m_objectsProxy->setRecursiveFilteringEnabled(true);
    m_objectsProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_objectsProxy->setFilterKeyColumn(0);
    m_objectsView = new QTreeView(page);
    m_objectsView->setObjectName(QStringLiteral("jobObjects"));
    m_objectsView->setModel(m_objectsProxy);
    m_objectsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_objectsView->header()->setStretchLastSection(true);
    m_objectsStatus = new QLabel(page);
    m_objectsStatus->setObjectName(QStringLiteral("jobObjectsStatus"));
    m_objectsStatus->setWordWrap(true);
    m_exclusionsLabel = new QLabel(page);
    m_exclusionsLabel->setWordWrap(true);
    m_exclusions = new QTreeWidget(page);
    m_exclusions->setObjectName(QStringLiteral("jobExclusions"));
    m_exclusions->setColumnCount(2);
    m_exclusions->header()->setStretchLastSection(true);
    m_exclusionsLabel->setBuddy(m_exclusions);

    connect(m_objectSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_objectsProxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_objectsView->expandAll();
    });
    connect(m_reread, &QPushButton::clicked, this, [this] { loadInventory(true); });
    connect(m_objects, &QStandardItemModel::itemChanged, this, [this, page](QStandardItem* item) {
        if (m_filling || item->column() != 0 || !item->isCheckable())
            return;
        const QString moref = item->data(MorefRole).toString();
        if (!m_objectItems.contains(moref))
            m_objectItems.insert(moref, item);
        if (item->checkState() == Qt::Checked)
            m_wantedObjects.insert(moref);
        else
            m_wantedObjects.remove(moref);
        rebuildExclusions();
        page->recheck();
    });
    connect(m_exclusions, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0)
            return;
        const QString key = item->data(0, MorefRole).toString();
        const bool excluded = item->checkState(0) == Qt::Checked;
        QSet<QString>& set = item->parent() ? m_excludedDisks : m_excludedVms;
        if (excluded)
            set.insert(key);
        else
            set.remove(key);
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_objectSearch, 1);
    top->addWidget(m_reread);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_objectsView, 3);
    layout->addWidget(m_objectsStatus);
    layout->addWidget(m_exclusionsLabel);
    layout->addWidget(m_exclusions, 2);
    page->complete = [this] {
        return !checkedObjects().isEmpty();
    };
    return page;
}

QWizardPage* JobWizard::buildStoragePage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageStorage"));
    m_repositoryLabel = new QLabel(page);
    m_repository = new QLineEdit(page);
    m_repository->setObjectName(QStringLiteral("jobRepository"));
    m_repositoryBrowse = new QPushButton(page);
    m_repositoryBrowse->setObjectName(QStringLiteral("jobRepositoryBrowse"));
    m_keepLabel = new QLabel(page);
    m_keep = new QSpinBox(page);
    m_keep->setObjectName(QStringLiteral("jobKeep"));
    m_keep->setRange(1, 9999);
    m_changeTracking = new QCheckBox(page);
    m_changeTracking->setObjectName(QStringLiteral("jobChangeTracking"));
    m_quiesce = new QCheckBox(page);
    m_quiesce->setObjectName(QStringLiteral("jobQuiesce"));
    m_repositoryLabel->setBuddy(m_repository);
    m_keepLabel->setBuddy(m_keep);
    auto* repositoryRow = new QHBoxLayout;
    repositoryRow->addWidget(m_repository, 1);
    repositoryRow->addWidget(m_repositoryBrowse);
    auto* form = new QFormLayout(page);
    form->addRow(m_repositoryLabel, repositoryRow);
    form->addRow(m_keepLabel, m_keep);
    form->addRow(QString(), m_changeTracking);
    form->addRow(QString(), m_quiesce);
    connect(m_repositoryBrowse, &QPushButton::clicked, this, [this] { browseFolder(m_repository, true); });
    return page;
}

QWizardPage* JobWizard::buildGuestPage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageGuest"));
    m_guest = new QGroupBox(page);
    m_guest->setObjectName(QStringLiteral("jobGuest"));
    m_guest->setCheckable(true);
    m_guestUserLabel = new QLabel(m_guest);
    m_guestUser = new QLineEdit(m_guest);
    m_guestUser->setObjectName(QStringLiteral("jobGuestUser"));
    m_guestKeyLabel = new QLabel(m_guest);
    m_guestKey = new QLineEdit(m_guest);
    m_guestKey->setObjectName(QStringLiteral("jobGuestKey"));
    m_guestKeyBrowse = new QPushButton(m_guest);
    m_guestKeyBrowse->setObjectName(QStringLiteral("jobGuestKeyBrowse"));
    m_guestPasswordLabel = new QLabel(m_guest);
    m_guestPassword = new QLineEdit(m_guest);
    m_guestPassword->setObjectName(QStringLiteral("jobGuestPassword"));
    m_guestPassword->setEchoMode(QLineEdit::Password);
    m_preFreezeLabel = new QLabel(m_guest);
    m_preFreeze = new QLineEdit(m_guest);
    m_preFreeze->setObjectName(QStringLiteral("jobPreFreeze"));
    m_postThawLabel = new QLabel(m_guest);
    m_postThaw = new QLineEdit(m_guest);
    m_postThaw->setObjectName(QStringLiteral("jobPostThaw"));
    m_ignoreErrors = new QCheckBox(m_guest);
    m_ignoreErrors->setObjectName(QStringLiteral("jobGuestIgnoreErrors"));
    m_itemsPostgresql = new QCheckBox(m_guest);
    m_itemsPostgresql->setObjectName(QStringLiteral("jobItemsPostgresql"));
    m_itemsMariadb = new QCheckBox(m_guest);
    m_itemsMariadb->setObjectName(QStringLiteral("jobItemsMariadb"));
    m_itemEnvLabel = new QLabel(m_guest);
    m_itemEnv = new QLineEdit(m_guest);
    m_itemEnv->setObjectName(QStringLiteral("jobItemEnv"));
    m_indexFiles = new QCheckBox(page);
    m_indexFiles->setObjectName(QStringLiteral("jobIndexFiles"));
    m_guestUserLabel->setBuddy(m_guestUser);
    m_guestKeyLabel->setBuddy(m_guestKey);
    m_guestPasswordLabel->setBuddy(m_guestPassword);
    m_preFreezeLabel->setBuddy(m_preFreeze);
    m_postThawLabel->setBuddy(m_postThaw);
    m_itemEnvLabel->setBuddy(m_itemEnv);
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_guestKey, 1);
    keyRow->addWidget(m_guestKeyBrowse);
    auto* items = new QHBoxLayout;
    items->addWidget(m_itemsPostgresql);
    items->addWidget(m_itemsMariadb);
    items->addStretch(1);
    auto* form = new QFormLayout(m_guest);
    form->addRow(m_guestUserLabel, m_guestUser);
    form->addRow(m_guestKeyLabel, keyRow);
    form->addRow(m_guestPasswordLabel, m_guestPassword);
    form->addRow(m_preFreezeLabel, m_preFreeze);
    form->addRow(m_postThawLabel, m_postThaw);
    form->addRow(QString(), m_ignoreErrors);
    form->addRow(QString(), items);
    form->addRow(m_itemEnvLabel, m_itemEnv);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_indexFiles);
    layout->addWidget(m_guest);
    layout->addStretch(1);
    connect(m_guestKeyBrowse, &QPushButton::clicked, this, [this] { browseFolder(m_guestKey, false); });
    connect(m_guest, &QGroupBox::toggled, page, [page] { page->recheck(); });
    connect(m_guestUser, &QLineEdit::textChanged, page, [page] { page->recheck(); });
    connect(m_itemsPostgresql, &QCheckBox::toggled, page, [page] { page->recheck(); });
    connect(m_itemsMariadb, &QCheckBox::toggled, page, [page] { page->recheck(); });
    page->complete = [this] {
        const bool databases = m_itemsPostgresql->isChecked() || m_itemsMariadb->isChecked();
        return !(m_guest->isChecked() || databases) || !m_guestUser->text().trimmed().isEmpty();
    };
    return page;
}

QWizardPage* JobWizard::buildSchedulePage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageSchedule"));
    m_scheduleKindLabel = new QLabel(page);
    m_scheduleKind = new QComboBox(page);
    m_scheduleKind->setObjectName(QStringLiteral("jobScheduleKind"));
    for (int i = 0; i < 5; ++i)
        m_scheduleKind->addItem(QString(), i);
    m_timesLabel = new QLabel(page);
    m_times = new QLineEdit(page);
    m_times->setObjectName(QStringLiteral("jobScheduleTimes"));
    m_weekdaysLabel = new QLabel(page);
    auto* weekdays = new QHBoxLayout;
    for (int day = 1; day <= 7; ++day) {
        auto* box = new QCheckBox(page);
        box->setObjectName(QStringLiteral("jobWeekday%1").arg(day));
        weekdays->addWidget(box);
        m_weekdays.append(box);
    }
    weekdays->addStretch(1);
    m_dayLabel = new QLabel(page);
    m_day = new QSpinBox(page);
    m_day->setObjectName(QStringLiteral("jobScheduleDay"));
    m_day->setRange(1, 31);
    m_hoursLabel = new QLabel(page);
    m_hours = new QSpinBox(page);
    m_hours->setObjectName(QStringLiteral("jobScheduleHours"));
    m_hours->setRange(1, 24);
    m_afterLabel = new QLabel(page);
    m_after = new QComboBox(page);
    m_after->setObjectName(QStringLiteral("jobScheduleAfter"));
    for (const auto& other : std::as_const(m_otherJobs))
        if (!m_original || other.id != m_original->id)
            m_after->addItem(other.name, other.id);
    m_retriesLabel = new QLabel(page);
    m_retries = new QSpinBox(page);
    m_retries->setObjectName(QStringLiteral("jobRetries"));
    m_retries->setRange(0, 10);
    m_retryWaitLabel = new QLabel(page);
    m_retryWait = new QSpinBox(page);
    m_retryWait->setObjectName(QStringLiteral("jobRetryWait"));
    m_retryWait->setRange(0, 86400);
    m_scheduleKindLabel->setBuddy(m_scheduleKind);
    m_timesLabel->setBuddy(m_times);
    m_weekdaysLabel->setBuddy(m_weekdays.front());
    m_dayLabel->setBuddy(m_day);
    m_hoursLabel->setBuddy(m_hours);
    m_afterLabel->setBuddy(m_after);
    m_retriesLabel->setBuddy(m_retries);
    m_retryWaitLabel->setBuddy(m_retryWait);
    auto* form = new QFormLayout(page);
    form->addRow(m_scheduleKindLabel, m_scheduleKind);
    form->addRow(m_timesLabel, m_times);
    form->addRow(m_weekdaysLabel, weekdays);
    form->addRow(m_dayLabel, m_day);
    form->addRow(m_hoursLabel, m_hours);
    form->addRow(m_afterLabel, m_after);
    form->addRow(m_retriesLabel, m_retries);
    form->addRow(m_retryWaitLabel, m_retryWait);
    connect(m_scheduleKind, &QComboBox::currentIndexChanged, this, [this, page] {
        updateScheduleControls();
        page->recheck();
    });
    connect(m_times, &QLineEdit::textChanged, page, [page] { page->recheck(); });
    page->complete = [this] {
        const auto kind = static_cast<jobs::Schedule::Kind>(m_scheduleKind->currentData().toInt());
        if (kind == jobs::Schedule::Kind::Daily || kind == jobs::Schedule::Kind::Monthly) {
            bool ok = false;
            return !scheduleTimes(&ok).isEmpty() && ok;
        }
        if (kind == jobs::Schedule::Kind::After)
            return m_after->count() > 0;
        return true;
    };
    return page;
}

QWizardPage* JobWizard::buildNotifyPage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageNotify"));
    m_notifyToLabel = new QLabel(page);
    m_notifyTo = new QLineEdit(page);
    m_notifyTo->setObjectName(QStringLiteral("jobNotifyTo"));
    m_notifyWhenLabel = new QLabel(page);
    m_notifyWhen = new QComboBox(page);
    m_notifyWhen->setObjectName(QStringLiteral("jobNotifyWhen"));
    for (const char* when : {"failure", "warning", "always"})
        m_notifyWhen->addItem(QString(), QLatin1String(when));
    m_notifyToLabel->setBuddy(m_notifyTo);
    m_notifyWhenLabel->setBuddy(m_notifyWhen);
    auto* form = new QFormLayout(page);
    form->addRow(m_notifyToLabel, m_notifyTo);
    form->addRow(m_notifyWhenLabel, m_notifyWhen);
    return page;
}

QWizardPage* JobWizard::buildSummaryPage()
{
    auto* page = new CheckedPage(this);
    page->setObjectName(QStringLiteral("jobPageSummary"));
    page->setFinalPage(true);
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("jobSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_error = new QLabel(page);
    m_error->setObjectName(QStringLiteral("jobWizardError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    // Scheduled runs happen when nobody is signed in: they need the account's password from
    // the keychain, which is kept there only when the user says so.
    m_rememberPassword = new QCheckBox(page);
    m_rememberPassword->setObjectName(QStringLiteral("jobRememberPassword"));
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary, 1);
    layout->addWidget(m_rememberPassword);
    layout->addWidget(m_error);
    page->complete = [this] {
        return !m_saving;
    };
    return page;
}

void JobWizard::fill(const jobs::JobDefinition& job)
{
    m_name->setText(job.name);
    m_description->setPlainText(job.description);
    m_wantedObjects.clear();
    for (const auto& object : job.objects)
        m_wantedObjects.insert(object.moref);
    m_excludedVms = QSet<QString>(job.excludedVms.cbegin(), job.excludedVms.cend());
    m_excludedDisks = QSet<QString>(job.excludedDisks.cbegin(), job.excludedDisks.cend());
    m_repository->setText(job.repository);
    m_keep->setValue(job.keepRestorePoints);
    m_changeTracking->setChecked(job.changeTracking);
    m_quiesce->setChecked(job.quiesce);
    m_indexFiles->setChecked(job.indexFiles);
    m_guest->setChecked(job.guest.enabled);
    m_guestUser->setText(job.guest.user);
    m_guestKey->setText(job.guest.keyFile);
    m_preFreeze->setText(job.guest.preFreeze);
    m_postThaw->setText(job.guest.postThaw);
    m_ignoreErrors->setChecked(job.guest.ignoreErrors);
    m_itemsPostgresql->setChecked(job.guest.items.contains(QStringLiteral("postgresql")));
    m_itemsMariadb->setChecked(job.guest.items.contains(QStringLiteral("mariadb")));
    m_itemEnv->setText(job.guest.itemEnvironment);
    m_scheduleKind->setCurrentIndex(static_cast<int>(job.schedule.kind));
    QStringList times;
    for (const QTime& time : job.schedule.times)
        times << time.toString(QStringLiteral("HH:mm"));
    m_times->setText(times.isEmpty() ? QStringLiteral("22:00") : times.join(QStringLiteral(", ")));
    for (int day = 1; day <= 7; ++day)
        m_weekdays[day - 1]->setChecked(job.schedule.weekdays.isEmpty() ||
                                        job.schedule.weekdays.contains(day));
    m_day->setValue(job.schedule.dayOfMonth);
    m_hours->setValue(job.schedule.everyHours > 0 ? job.schedule.everyHours : 4);
    if (const int after = m_after->findData(job.schedule.afterJob); after >= 0)
        m_after->setCurrentIndex(after);
    m_retries->setValue(job.retryCount);
    m_retryWait->setValue(job.retryWaitSeconds);
    m_notifyTo->setText(job.notify.to.join(QStringLiteral(", ")));
    if (const int when = m_notifyWhen->findData(job.notify.when); when >= 0)
        m_notifyWhen->setCurrentIndex(when);
}

jobs::JobDefinition JobWizard::job() const
{
    jobs::JobDefinition job = m_original.value_or(jobs::JobDefinition{});
    job.name = m_name->text().trimmed();
    job.description = m_description->toPlainText();
    job.objects = checkedObjects();
    // Only exclusions of what the job still covers are kept.
    job.excludedVms.clear();
    job.excludedDisks.clear();
    for (int i = 0; i < m_exclusions->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* vm = m_exclusions->topLevelItem(i);
        if (vm->checkState(0) == Qt::Checked)
            job.excludedVms << vm->data(0, MorefRole).toString();
        for (int d = 0; d < vm->childCount(); ++d)
            if (vm->child(d)->checkState(0) == Qt::Checked)
                job.excludedDisks << vm->child(d)->data(0, MorefRole).toString();
    }
    if (!m_inventoryLoaded && m_original) {
        job.excludedVms = m_original->excludedVms;
        job.excludedDisks = m_original->excludedDisks;
    }
    job.repository = m_repository->text().trimmed();
    job.keepRestorePoints = m_keep->value();
    job.changeTracking = m_changeTracking->isChecked();
    job.quiesce = m_quiesce->isChecked();
    job.indexFiles = m_indexFiles->isChecked();
    jobs::GuestProcessing& guest = job.guest;
    guest.enabled = m_guest->isChecked();
    guest.user = m_guestUser->text().trimmed();
    guest.keyFile = m_guestKey->text().trimmed();
    guest.preFreeze = m_preFreeze->text();
    guest.postThaw = m_postThaw->text();
    guest.ignoreErrors = m_ignoreErrors->isChecked();
    guest.items.clear();
    if (m_itemsPostgresql->isChecked())
        guest.items << QStringLiteral("postgresql");
    if (m_itemsMariadb->isChecked())
        guest.items << QStringLiteral("mariadb");
    // Database items are read through guest processing.
    if (!guest.items.isEmpty())
        guest.enabled = true;
    guest.itemEnvironment = m_itemEnv->text().trimmed();
    jobs::Schedule schedule;
    schedule.kind = static_cast<jobs::Schedule::Kind>(m_scheduleKind->currentData().toInt());
    bool ok = false;
    switch (schedule.kind) {
    case jobs::Schedule::Kind::Daily:
        schedule.times = scheduleTimes(&ok);
        for (int day = 1; day <= 7; ++day)
            if (m_weekdays[day - 1]->isChecked())
                schedule.weekdays << day;
        // Every day is written as no restriction.
        if (schedule.weekdays.size() == 7)
            schedule.weekdays.clear();
        break;
    case jobs::Schedule::Kind::Monthly:
        schedule.times = scheduleTimes(&ok);
        schedule.dayOfMonth = m_day->value();
        break;
    case jobs::Schedule::Kind::EveryHours:
        schedule.everyHours = m_hours->value();
        break;
    case jobs::Schedule::Kind::After:
        schedule.afterJob = m_after->currentData().toLongLong();
        schedule.afterJobName = m_after->currentText();
        break;
    case jobs::Schedule::Kind::None:
        break;
    }
    job.schedule = schedule;
    job.retryCount = m_retries->value();
    job.retryWaitSeconds = m_retryWait->value();
    job.notify.to.clear();
    for (const QString& address :
         m_notifyTo->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
        job.notify.to << address;
    job.notify.when = m_notifyWhen->currentData().toString();
    return job;
}

QString JobWizard::guestPassword() const
{
    return m_guest->isChecked() && m_guestKey->text().trimmed().isEmpty() ? m_guestPassword->text()
                                                                          : QString();
}

QString JobWizard::inventoryError() const
{
    return m_inventoryError;
}

QString JobWizard::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QList<QTime> JobWizard::scheduleTimes(bool* ok) const
{
    QList<QTime> times;
    *ok = true;
    for (const QString& text :
         m_times->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QTime time = QTime::fromString(text, QStringLiteral("H:mm"));
        if (!time.isValid())
            *ok = false;
        else if (!times.contains(time))
            times << time;
    }
    std::sort(times.begin(), times.end());
    return times;
}

QVector<jobs::JobObject> JobWizard::checkedObjects() const
{
    // What is ticked in the tree is what the job backs up; the engine checks it again.
    QVector<jobs::JobObject> objects;
    QStringList seen;
    std::function<void(const QStandardItem*)> walk = [&](const QStandardItem* parent) {
        for (int row = 0; row < parent->rowCount(); ++row) {
            const QStandardItem* item = parent->child(row, 0);
            if (!item)
                continue;
            if (item->isCheckable() && item->checkState() == Qt::Checked) {
                objects.append(jobs::JobObject{item->data(TypeRole).toString(),
                                               item->data(MorefRole).toString(), item->text()});
                seen << objects.back().moref;
            }
            walk(item);
        }
    };
    walk(m_objects->invisibleRootItem());
    // Until the inventory is read (or when it fails), an edited job keeps its objects.
    if (!m_inventoryLoaded || !m_inventoryError.isEmpty())
        for (const QString& moref : m_wantedObjects)
            if (!seen.contains(moref)) {
                jobs::JobObject object{QString(), moref, moref};
                if (m_original)
                    for (const auto& known : m_original->objects)
                        if (known.moref == moref)
                            object = known;
                objects.append(object);
            }
    return objects;
}

void JobWizard::loadInventory(bool reread)
{
    m_reread->setEnabled(false);
    m_objectsStatus->setText(tr("Reading the inventory…"));
    m_engine.jobInventory(this, reread, [this](Result<QVector<Engine::JobInventoryObject>> objects) {
        m_reread->setEnabled(true);
        m_inventoryLoaded = true;
        if (!objects) {
            m_inventoryError = objects.error().message;
            m_objectsStatus->setText(m_inventoryError);
            return;
        }
        m_inventoryError.clear();
        showInventory(*objects);
    });
}

void JobWizard::showInventory(const QVector<Engine::JobInventoryObject>& objects)
{
    m_inventory = objects;
    m_filling = true;
    m_objects->clear();
    m_objectItems.clear();
    m_objects->setColumnCount(3);
    m_objects->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Path")});
    // Parents first: the list is sorted by path, so a parent comes before its children.
    QVector<Engine::JobInventoryObject> pending = objects;
    for (int pass = 0; !pending.isEmpty() && pass < 64; ++pass) {
        QVector<Engine::JobInventoryObject> later;
        for (const auto& object : std::as_const(pending)) {
            QStandardItem* parent = m_objects->invisibleRootItem();
            if (!object.parent.isEmpty()) {
                parent = m_objectItems.value(object.parent);
                if (!parent) {
                    later.append(object);
                    continue;
                }
            }
            auto* name = new QStandardItem(object.name);
            name->setData(object.moref, MorefRole);
            name->setData(object.type, TypeRole);
            name->setCheckable(true);
            name->setCheckState(m_wantedObjects.contains(object.moref) ? Qt::Checked : Qt::Unchecked);
            name->setData(tr("%1 %2").arg(typeText(object.type), object.name), Qt::AccessibleTextRole);
            auto* type = new QStandardItem(typeText(object.type));
            auto* path = new QStandardItem(object.path);
            for (QStandardItem* item : {name, type, path})
                item->setEditable(false);
            parent->appendRow({name, type, path});
            m_objectItems.insert(object.moref, name);
        }
        if (later.size() == pending.size())
            break;
        pending = later;
    }
    // Objects of the job that are gone (or outside the scope now) are dropped, and said so.
    QStringList missing;
    for (const QString& moref : std::as_const(m_wantedObjects))
        if (!m_objectItems.contains(moref))
            missing << moref;
    for (const QString& moref : std::as_const(missing))
        m_wantedObjects.remove(moref);
    m_filling = false;
    m_objectsView->expandAll();
    m_objectsView->resizeColumnToContents(0);
    m_objectsStatus->setText(
        missing.isEmpty()
            ? tr("%n object(s) you may back up.", nullptr, static_cast<int>(objects.size()))
            : tr("No longer in your inventory, left out: %1").arg(missing.join(QStringLiteral(", "))));
    rebuildExclusions();
    if (auto* objectsPage = page(ObjectsPage))
        checked(objectsPage)->recheck();
}

void JobWizard::rebuildExclusions()
{
    // The VMs the checked objects cover, by the tree's containment.
    QHash<QString, const Engine::JobInventoryObject*> byMoref;
    for (const auto& object : std::as_const(m_inventory))
        byMoref.insert(object.moref, &object);
    auto covered = [&](const Engine::JobInventoryObject& vm) {
        const Engine::JobInventoryObject* at = &vm;
        for (int depth = 0; at && depth < 64; ++depth) {
            if (m_wantedObjects.contains(at->moref))
                return true;
            at = byMoref.value(at->parent);
        }
        return false;
    };
    const QSignalBlocker blocker(m_exclusions);
    m_exclusions->clear();
    m_exclusions->setHeaderLabels({tr("Exclude"), tr("Size")});
    for (const auto& object : std::as_const(m_inventory)) {
        if (object.type != QLatin1String("VirtualMachine") || !covered(object))
            continue;
        auto* vm = new QTreeWidgetItem(m_exclusions);
        vm->setText(0, object.name);
        vm->setData(0, MorefRole, object.moref);
        vm->setCheckState(0, m_excludedVms.contains(object.moref) ? Qt::Checked : Qt::Unchecked);
        vm->setData(0, Qt::AccessibleTextRole, tr("Exclude the VM %1").arg(object.name));
        qint64 bytes = 0;
        for (const auto& disk : object.disks) {
            const QString key = QStringLiteral("%1:%2").arg(object.moref).arg(disk.key);
            auto* item = new QTreeWidgetItem(vm);
            item->setText(0, tr("Disk %1 (%2)").arg(disk.key).arg(disk.fileName));
            item->setText(1, QLocale().formattedDataSize(disk.capacityBytes));
            item->setData(0, MorefRole, key);
            item->setCheckState(0, m_excludedDisks.contains(key) ? Qt::Checked : Qt::Unchecked);
            item->setData(0, Qt::AccessibleTextRole,
                          tr("Exclude disk %1 of %2").arg(disk.key).arg(object.name));
            bytes += disk.capacityBytes;
        }
        vm->setText(1, QLocale().formattedDataSize(bytes));
    }
    m_exclusions->resizeColumnToContents(0);
}

bool JobWizard::setObjectChecked(const QString& moref, bool isChecked)
{
    QStandardItem* item = m_objectItems.value(moref);
    if (!item)
        return false;
    item->setCheckState(isChecked ? Qt::Checked : Qt::Unchecked);
    return true;
}

bool JobWizard::setExcluded(const QString& vmOrDisk, bool excluded)
{
    for (int i = 0; i < m_exclusions->topLevelItemCount(); ++i) {
        QTreeWidgetItem* vm = m_exclusions->topLevelItem(i);
        if (vm->data(0, MorefRole).toString() == vmOrDisk) {
            vm->setCheckState(0, excluded ? Qt::Checked : Qt::Unchecked);
            return true;
        }
        for (int d = 0; d < vm->childCount(); ++d)
            if (vm->child(d)->data(0, MorefRole).toString() == vmOrDisk) {
                vm->child(d)->setCheckState(0, excluded ? Qt::Checked : Qt::Unchecked);
                return true;
            }
    }
    return false;
}

void JobWizard::updateScheduleControls()
{
    using Kind = jobs::Schedule::Kind;
    const auto kind = static_cast<Kind>(m_scheduleKind->currentData().toInt());
    const bool timed = kind == Kind::Daily || kind == Kind::Monthly;
    m_times->setEnabled(timed);
    for (QCheckBox* box : std::as_const(m_weekdays))
        box->setEnabled(kind == Kind::Daily);
    m_day->setEnabled(kind == Kind::Monthly);
    m_hours->setEnabled(kind == Kind::EveryHours);
    m_after->setEnabled(kind == Kind::After);
}

void JobWizard::browseFolder(QLineEdit* target, bool directory)
{
    // Non-native and opened, not exec'd: the console's event loop keeps running.
    auto* dialog = new QFileDialog(this);
    dialog->setObjectName(QStringLiteral("jobBrowseDialog"));
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(directory ? QFileDialog::Directory : QFileDialog::ExistingFile);
    if (directory)
        dialog->setOption(QFileDialog::ShowDirsOnly);
    if (!target->text().isEmpty())
        dialog->setDirectory(directory ? target->text() : QFileInfo(target->text()).absolutePath());
    connect(dialog, &QFileDialog::fileSelected, target, &QLineEdit::setText);
    dialog->open();
}

void JobWizard::initializePage(int id)
{
    if (id == SummaryPage) {
        m_summary->setText(summaryText());
        m_error->hide();
    }
    QWizard::initializePage(id);
}

QString JobWizard::summaryText() const
{
    const jobs::JobDefinition definition = job();
    QStringList lines;
    lines << tr("Name: %1").arg(definition.name);
    if (!definition.description.isEmpty())
        lines << tr("Description: %1").arg(definition.description);
    QStringList objects;
    for (const auto& object : definition.objects)
        objects << QStringLiteral("%1 (%2)").arg(object.name, typeText(object.type));
    lines << tr("Back up: %1").arg(objects.join(QStringLiteral(", ")));
    if (!definition.excludedVms.isEmpty() || !definition.excludedDisks.isEmpty()) {
        QStringList excluded;
        for (const QString& vm : definition.excludedVms)
            excluded << (m_objectItems.contains(vm) ? m_objectItems.value(vm)->text() : vm);
        excluded += definition.excludedDisks;
        lines << tr("Leave out: %1").arg(excluded.join(QStringLiteral(", ")));
    }
    lines << tr("Repository: %1")
                 .arg(definition.repository.isEmpty() ? tr("the repository of your account")
                                                      : definition.repository);
    lines << tr("Keep %n restore point(s) per VM", nullptr, definition.keepRestorePoints);
    lines << (definition.changeTracking ? tr("Changed-block tracking: on")
                                        : tr("Changed-block tracking: off"));
    if (definition.quiesce)
        lines << tr("Quiesced snapshots");
    if (definition.indexFiles)
        lines << tr("Guest files indexed for search");
    if (definition.guest.enabled) {
        lines << tr("Guest processing as %1 (%2)")
                     .arg(definition.guest.user, definition.guest.keyFile.isEmpty()
                                                     ? tr("password in the system keychain")
                                                     : tr("key %1").arg(definition.guest.keyFile));
        if (!definition.guest.items.isEmpty())
            lines << tr("Database items: %1").arg(definition.guest.items.join(QStringLiteral(", ")));
    }
    lines << tr("Schedule: %1").arg(definition.schedule.describe());
    if (definition.retryCount > 0)
        lines << tr("Retry failed VMs %n time(s), %1 s apart", nullptr, definition.retryCount)
                     .arg(definition.retryWaitSeconds);
    if (!definition.notify.to.isEmpty())
        lines << tr("Report to %1 (%2)")
                     .arg(definition.notify.to.join(QStringLiteral(", ")), m_notifyWhen->currentText());
    return lines.join(QLatin1Char('\n'));
}

void JobWizard::accept()
{
    if (m_saving)
        return;
    m_saving = true;
    m_error->hide();
    checked(page(SummaryPage))->recheck();
    button(QWizard::BackButton)->setEnabled(false);
    m_engine.saveJob(this, job(), guestPassword(), m_rememberPassword->isChecked(),
                     [this](Result<jobs::JobDefinition> result) {
                         m_saving = false;
                         button(QWizard::BackButton)->setEnabled(true);
                         checked(page(SummaryPage))->recheck();
                         if (!result) {
                             // The wizard stays open with what the user chose; the error says what to change.
                             if (currentId() != SummaryPage) {
                                 while (currentId() != SummaryPage && currentId() != -1 &&
                                        validateCurrentPage())
                                     next();
                             }
                             m_error->setText(result.error().message);
                             m_error->show();
                             return;
                         }
                         m_guestPassword->clear();
                         Q_EMIT saved(*result);
                         QWizard::accept();
                     });
}

void JobWizard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

void JobWizard::retranslateUi()
{
    setWindowTitle(m_original ? tr("Edit job %1").arg(m_original->name) : tr("New backup job"));
    page(NamePage)->setTitle(tr("Name"));
    page(NamePage)->setSubTitle(tr("How the job is listed and what it is for."));
    page(ObjectsPage)->setTitle(tr("Objects"));
    page(ObjectsPage)
        ->setSubTitle(
            tr("Tick the VMs and containers to back up; VMs added to a container later are backed up too."));
    page(StoragePage)->setTitle(tr("Storage"));
    page(StoragePage)->setSubTitle(tr("Where the restore points go and how many are kept."));
    page(GuestPage)->setTitle(tr("Guest processing"));
    page(GuestPage)->setSubTitle(
        tr("Scripts around the snapshot over SSH, database items and file indexing."));
    page(SchedulePage)->setTitle(tr("Schedule"));
    page(SchedulePage)->setSubTitle(tr("When the job runs by itself, and how failed VMs are retried."));
    page(NotifyPage)->setTitle(tr("Notifications"));
    page(NotifyPage)->setSubTitle(tr("Who gets a report by e-mail when a run ends."));
    page(SummaryPage)->setTitle(tr("Summary"));
    m_rememberPassword->setText(
        tr("Scheduled and retried runs sign in with my password (kept in the system keychain)"));
    m_rememberPassword->setAccessibleName(tr("Keep my password for scheduled runs"));
    page(SummaryPage)->setSubTitle(tr("Finish saves the job."));

    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Job name"));
    m_descriptionLabel->setText(tr("&Description:"));
    m_description->setAccessibleName(tr("Job description"));

    m_objectSearch->setPlaceholderText(tr("Search the inventory"));
    m_objectSearch->setAccessibleName(tr("Search the inventory"));
    m_reread->setText(tr("Read &again"));
    m_reread->setAccessibleName(tr("Read the inventory from the server again"));
    m_objectsView->setAccessibleName(tr("VMs and containers to back up"));
    m_exclusionsLabel->setText(tr("&Leave out VMs or disks of what is ticked above:"));
    m_exclusions->setAccessibleName(tr("VMs and disks to leave out"));
    if (m_objects->columnCount() == 3)
        m_objects->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Path")});
    m_exclusions->setHeaderLabels({tr("Exclude"), tr("Size")});

    m_repositoryLabel->setText(tr("&Repository:"));
    m_repository->setAccessibleName(tr("Repository folder"));
    // A tenant's account record names its repository; the engine fills it in.
    m_repository->setPlaceholderText(tr("empty: the repository of your account"));
    m_repositoryBrowse->setText(tr("&Browse…"));
    m_repositoryBrowse->setAccessibleName(tr("Choose the repository folder"));
    m_keepLabel->setText(tr("&Keep restore points:"));
    m_keep->setAccessibleName(tr("Restore points to keep per VM"));
    m_changeTracking->setText(tr("Use &changed-block tracking"));
    m_quiesce->setText(tr("&Quiesce the guest for the snapshot (VMware Tools)"));

    m_indexFiles->setText(tr("&Index guest files for search"));
    m_guest->setTitle(tr("&Guest processing (Linux guests over SSH)"));
    m_guest->setAccessibleName(tr("Guest processing"));
    m_guestUserLabel->setText(tr("Guest &user:"));
    m_guestUser->setAccessibleName(tr("Guest user"));
    m_guestKeyLabel->setText(tr("Private &key file:"));
    m_guestKey->setAccessibleName(tr("Private key file"));
    m_guestKey->setPlaceholderText(tr("empty: sign in with a password"));
    m_guestKeyBrowse->setText(tr("Bro&wse…"));
    m_guestKeyBrowse->setAccessibleName(tr("Choose the private key file"));
    m_guestPasswordLabel->setText(tr("&Password:"));
    m_guestPassword->setAccessibleName(tr("Guest password"));
    m_guestPassword->setPlaceholderText(m_original ? tr("unchanged; kept in the system keychain")
                                                   : tr("kept in the system keychain"));
    m_preFreezeLabel->setText(tr("Pre-&freeze script:"));
    m_preFreeze->setAccessibleName(tr("Pre-freeze script"));
    m_postThawLabel->setText(tr("Post-&thaw script:"));
    m_postThaw->setAccessibleName(tr("Post-thaw script"));
    m_ignoreErrors->setText(tr("A failing script only &warns (the VM is still backed up)"));
    m_itemsPostgresql->setText(tr("Postgre&SQL databases"));
    m_itemsMariadb->setText(tr("&MariaDB databases"));
    m_itemEnvLabel->setText(tr("Database &environment:"));
    m_itemEnv->setAccessibleName(tr("Database environment"));
    m_itemEnv->setPlaceholderText(tr("PGHOST=… MYSQL_UNIX_PORT=…"));

    m_scheduleKindLabel->setText(tr("&Run:"));
    m_scheduleKind->setAccessibleName(tr("When the job runs"));
    const QStringList kinds{tr("Only when started"), tr("Daily"), tr("Monthly"), tr("Every N hours"),
                            tr("After another job")};
    for (int i = 0; i < kinds.size(); ++i)
        m_scheduleKind->setItemText(i, kinds[i]);
    m_timesLabel->setText(tr("At &times:"));
    m_times->setAccessibleName(tr("Times of day, separated by commas"));
    m_times->setPlaceholderText(tr("22:00, 03:30"));
    m_weekdaysLabel->setText(tr("On &days:"));
    for (int day = 1; day <= 7; ++day) {
        m_weekdays[day - 1]->setText(QLocale().dayName(day, QLocale::ShortFormat));
        m_weekdays[day - 1]->setAccessibleName(QLocale().dayName(day, QLocale::LongFormat));
    }
    m_dayLabel->setText(tr("Day of the &month:"));
    m_day->setAccessibleName(tr("Day of the month"));
    m_hoursLabel->setText(tr("Every &hours:"));
    m_hours->setAccessibleName(tr("Hours between runs"));
    m_afterLabel->setText(tr("After the &job:"));
    m_after->setAccessibleName(tr("The job this one runs after"));
    m_retriesLabel->setText(tr("Retr&ies of failed VMs:"));
    m_retries->setAccessibleName(tr("Retries of failed VMs"));
    m_retryWaitLabel->setText(tr("&Wait between retries:"));
    m_retryWait->setAccessibleName(tr("Seconds between retries"));
    m_retryWait->setSuffix(tr(" s"));

    m_notifyToLabel->setText(tr("E-mail &addresses:"));
    m_notifyTo->setAccessibleName(tr("E-mail addresses for reports"));
    m_notifyTo->setPlaceholderText(tr("ops@example.com, backup@example.com"));
    m_notifyWhenLabel->setText(tr("&Send a report:"));
    m_notifyWhen->setAccessibleName(tr("When a report is sent"));
    m_notifyWhen->setItemText(0, tr("When a run fails"));
    m_notifyWhen->setItemText(1, tr("When a run warns or fails"));
    m_notifyWhen->setItemText(2, tr("After every run"));

    m_summary->setAccessibleName(tr("Summary of the job"));
    m_error->setAccessibleName(tr("Why the job was not saved"));
}

} // namespace lifeboat::ui
