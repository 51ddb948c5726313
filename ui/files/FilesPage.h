#pragma once

#include "common/ConsolePage.h"
#include "console/ConsoleSession.h"
#include "facade/Engine.h"

#include <QHash>
#include <QPointer>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTabWidget;
class QTreeView;
class QGroupBox;

namespace lifeboat::ui {

class GuestFileModel;
class GuestRestoreDialog;
class GuestTreeModel;

// The Files tab: find guest files across the account's restore points (the file index) or
// browse one restore point's volumes, collect them in a restore list (from any VMs and
// restore points) and restore that list into a local folder, a new .zip file or, for files
// of one VM, back into its running guest.
class FilesPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit FilesPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    // What the buttons do, for keyboard shortcuts and tests.
    void search();
    void addSelectionToRestoreList();
    void removeSelectionFromRestoreList();
    void startRestore();
    // Opens the dialog that restores the list into the VM's running guest.
    void startGuestRestore();
    bool isSearching() const { return m_searching > 0; }
    bool isRestoring() const;

protected:
    void retranslateUi() override;

private:
    void showRestorePoints(const Result<QVector<console::RestorePointRow>>& points);
    void fillRestorePointFilter();
    void browseSelected();
    void chooseTarget();
    void updateResultsHint();
    void updateRestoreListHint();
    void updateRestoreResult();
    void updateActions();
    QString restorePointText(const console::RestorePointRow& point) const;

    QLabel* m_title;
    QLabel* m_pointsHint;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QPushButton* m_searchButton;
    QLabel* m_vmLabel;
    QComboBox* m_vm;
    QLabel* m_pointLabel;
    QComboBox* m_point;
    QLabel* m_sizeLabel;
    QSpinBox* m_minSize;
    QLabel* m_sizeToLabel;
    QSpinBox* m_maxSize;
    QCheckBox* m_afterEnabled;
    QDateEdit* m_after;
    QCheckBox* m_beforeEnabled;
    QDateEdit* m_before;

    QTabWidget* m_sources;
    QWidget* m_resultsTab;
    QLabel* m_resultsHint;
    GuestFileModel* m_results;
    QSortFilterProxyModel* m_resultsProxy;
    QTreeView* m_resultsView;
    QWidget* m_browseTab;
    QLabel* m_browseLabel;
    QComboBox* m_browsePoint;
    QLabel* m_browseHint;
    GuestTreeModel* m_tree;
    QTreeView* m_treeView;
    QPushButton* m_addButton;

    QGroupBox* m_restoreBox;
    QLabel* m_listHint;
    GuestFileModel* m_restoreList;
    QSortFilterProxyModel* m_restoreListProxy;
    QTreeView* m_restoreListView;
    QPushButton* m_removeButton;
    QPushButton* m_clearButton;
    QLabel* m_targetLabel;
    QRadioButton* m_toFolder;
    QRadioButton* m_toZip;
    QLineEdit* m_target;
    QPushButton* m_chooseTarget;
    QCheckBox* m_overwrite;
    QPushButton* m_restoreButton;
    QPushButton* m_guestButton;
    QProgressBar* m_progress;
    QLabel* m_restoreResult;

    QVector<console::RestorePointRow> m_points;
    std::optional<Error> m_pointsError;
    int m_searching = 0;
    quint64 m_searchRequest = 0;
    bool m_searched = false;
    std::optional<Error> m_searchError;
    QString m_browseError;
    bool m_restoring = false;
    std::optional<Result<QVector<jobs::Session>>> m_lastRestore;
    QString m_restoreInputError;
    QPointer<GuestRestoreDialog> m_guestDialog;
    // Guest host keys the user accepted while signed in ("host:port" → "SHA256:…"): in
    // memory only, forgotten at sign-out.
    QHash<QString, QString> m_trustedHostKeys;
};

} // namespace lifeboat::ui
