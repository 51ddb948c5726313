#pragma once

#include "common/ConsolePage.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace lifeboat::ui {

class VmsModel;

// The VMs tab: the caller's VMs and vApps (a vApp over its members) with protection state and
// restore points; back up now and restore, a VM or a whole vApp.
class VmsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit VmsPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    VmsModel* model() const { return m_model; }
    bool selectVm(const QString& name);
    bool selectVapp(const QString& name);
    // Offline (a repository without a server): no backups; restoring means extracting disks.
    void setOffline(bool offline);

protected:
    void retranslateUi() override;

private:
    void reload(bool reread);
    QString selectedVm() const;
    QString selectedVapp() const;
    bool selectWhere(const QModelIndex& parent, int role, const QString& value, int column);
    void restoreVapp(const QString& vapp);
    void startVappRestore(const QString& vapp, const QDateTime& asOf, bool overwrite, bool powerOn);
    void backUpNow();
    void restore();
    void extract(const QString& repository, const QString& restorePoint, const QString& folder);
    void startRestore(const QString& repository, const QString& restorePoint, bool overwrite, bool powerOn,
                      const QString& newName);
    void updateButtons();

    VmsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTreeView* m_view;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    QPushButton* m_refresh;
    QProgressBar* m_progress;
    bool m_restoring = false;
    QString m_restoringKey; // the restore point or vApp whose progress the bar shows
    bool m_offline = false;
    QLabel* m_empty;
    QLabel* m_problems;
};

} // namespace lifeboat::ui
