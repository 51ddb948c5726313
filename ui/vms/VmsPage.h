#pragma once

#include "common/ConsolePage.h"

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace lifeboat::ui {

class VmsModel;

// The VMs tab: the caller's VMs with protection state and restore points; back up now.
class VmsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit VmsPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;
    VmsModel* model() const { return m_model; }
    bool selectVm(const QString& name);
    // Offline (a repository without a server): no backups; restoring means extracting disks.
    void setOffline(bool offline);

protected:
    void retranslateUi() override;

private:
    void reload(bool reread);
    QString selectedVm() const;
    void backUpNow();
    void restore();
    void extract(const QString& repository, const QString& restorePoint, const QString& folder);
    void startRestore(const QString& repository, const QString& restorePoint, bool overwrite, bool powerOn,
                      const QString& newName);
    void updateButtons();

    VmsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QPushButton* m_backUp;
    QPushButton* m_restore;
    QPushButton* m_refresh;
    QProgressBar* m_progress;
    bool m_restoring = false;
    bool m_offline = false;
    QLabel* m_empty;
    QLabel* m_problems;
};

} // namespace lifeboat::ui
