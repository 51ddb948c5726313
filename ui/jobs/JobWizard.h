#pragma once

#include "facade/Engine.h"
#include "jobs/Job.h"

#include <QHash>
#include <QSet>
#include <QWizard>
#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStandardItem;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;

namespace lifeboat::ui {

// Creates a job, or edits one (filled from it): name, objects from the caller's inventory
// with exclusions, storage, guest processing, schedule and retries, notifications, and a
// summary. Finish saves through the engine, which checks everything again; an error shows
// on the summary page and the wizard stays open.
class JobWizard : public QWizard
{
    Q_OBJECT
public:
    // Roles of the objects tree's first column.
    static constexpr int MorefRole = Qt::UserRole + 1;
    static constexpr int TypeRole = Qt::UserRole + 2;

    enum PageId
    {
        NamePage,
        ObjectsPage,
        StoragePage,
        GuestPage,
        SchedulePage,
        NotifyPage,
        SummaryPage
    };
    // `otherJobs`: the caller's jobs, for "run after another job" and a default repository.
    JobWizard(Engine& engine, std::optional<jobs::JobDefinition> job, QVector<jobs::JobDefinition> otherJobs,
              QWidget* parent = nullptr);

    bool isEditing() const { return m_original.has_value(); }
    // The definition the controls describe now.
    jobs::JobDefinition job() const;
    QString guestPassword() const;
    // True once the inventory has arrived (or failed: then inventoryError() says why).
    bool inventoryLoaded() const { return m_inventoryLoaded; }
    QString inventoryError() const;
    QStandardItemModel* objectsModel() const { return m_objects; }
    // For keyboard-less callers (tests): ticks an object of the tree, or a VM or disk
    // ("vm-54:2001") among the exclusions.
    bool setObjectChecked(const QString& moref, bool checked);
    bool setExcluded(const QString& vmOrDisk, bool excluded);
    QString errorText() const;
    bool isSaving() const { return m_saving; }

    void accept() override;

Q_SIGNALS:
    void saved(const lifeboat::jobs::JobDefinition& job);

protected:
    void initializePage(int id) override;
    void changeEvent(QEvent* event) override;

private:
    QWizardPage* buildNamePage();
    QWizardPage* buildObjectsPage();
    QWizardPage* buildStoragePage();
    QWizardPage* buildGuestPage();
    QWizardPage* buildSchedulePage();
    QWizardPage* buildNotifyPage();
    QWizardPage* buildSummaryPage();
    void retranslateUi();
    void fill(const jobs::JobDefinition& job);
    void loadInventory(bool reread);
    void showInventory(const QVector<Engine::JobInventoryObject>& objects);
    void rebuildExclusions();
    void updateScheduleControls();
    QVector<jobs::JobObject> checkedObjects() const;
    QList<QTime> scheduleTimes(bool* ok) const;
    QString summaryText() const;
    void browseFolder(QLineEdit* target, bool directory);

    Engine& m_engine;
    std::optional<jobs::JobDefinition> m_original;
    QVector<jobs::JobDefinition> m_otherJobs;
    QVector<Engine::JobInventoryObject> m_inventory;
    QHash<QString, QStandardItem*> m_objectItems;
    QSet<QString> m_wantedObjects; // from the job, until the inventory has arrived
    QSet<QString> m_excludedVms;
    QSet<QString> m_excludedDisks;
    bool m_inventoryLoaded = false;
    bool m_saving = false;
    bool m_filling = false; // the tree is being rebuilt: its check signals are not the user's
    QString m_inventoryError;

    // Name
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_descriptionLabel;
    QPlainTextEdit* m_description;
    // Objects
    QLineEdit* m_objectSearch;
    QPushButton* m_reread;
    QStandardItemModel* m_objects;
    QSortFilterProxyModel* m_objectsProxy;
    QTreeView* m_objectsView;
    QLabel* m_objectsStatus;
    QLabel* m_exclusionsLabel;
    QTreeWidget* m_exclusions;
    // Storage
    QLabel* m_repositoryLabel;
    QLineEdit* m_repository;
    QPushButton* m_repositoryBrowse;
    QLabel* m_keepLabel;
    QSpinBox* m_keep;
    QCheckBox* m_changeTracking;
    QCheckBox* m_quiesce;
    // Guest processing
    QGroupBox* m_guest;
    QLabel* m_guestUserLabel;
    QLineEdit* m_guestUser;
    QLabel* m_guestKeyLabel;
    QLineEdit* m_guestKey;
    QPushButton* m_guestKeyBrowse;
    QLabel* m_guestPasswordLabel;
    QLineEdit* m_guestPassword;
    QLabel* m_preFreezeLabel;
    QLineEdit* m_preFreeze;
    QLabel* m_postThawLabel;
    QLineEdit* m_postThaw;
    QCheckBox* m_ignoreErrors;
    QCheckBox* m_itemsPostgresql;
    QCheckBox* m_itemsMariadb;
    QLabel* m_itemEnvLabel;
    QLineEdit* m_itemEnv;
    QCheckBox* m_indexFiles;
    // Schedule
    QLabel* m_scheduleKindLabel;
    QComboBox* m_scheduleKind;
    QLabel* m_timesLabel;
    QLineEdit* m_times;
    QLabel* m_weekdaysLabel;
    QVector<QCheckBox*> m_weekdays;
    QLabel* m_dayLabel;
    QSpinBox* m_day;
    QLabel* m_hoursLabel;
    QSpinBox* m_hours;
    QLabel* m_afterLabel;
    QComboBox* m_after;
    QLabel* m_retriesLabel;
    QSpinBox* m_retries;
    QLabel* m_retryWaitLabel;
    QSpinBox* m_retryWait;
    // Notifications
    QLabel* m_notifyToLabel;
    QLineEdit* m_notifyTo;
    QLabel* m_notifyWhenLabel;
    QComboBox* m_notifyWhen;
    // Summary
    QLabel* m_summary;
    QCheckBox* m_rememberPassword = nullptr;
    QLabel* m_error;
};

} // namespace lifeboat::ui
