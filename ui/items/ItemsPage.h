#pragma once

#include "common/ConsolePage.h"
#include "console/ConsoleSession.h"
#include "facade/Engine.h"

#include <optional>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSortFilterProxyModel;
class QSpinBox;
class QTreeView;
class QWidget;

namespace lifeboat::ui {

class ItemModel;

// The Items tab: the databases stored with the account's restore points (per VM and
// restore point), restored as a dump file or into a database server over SSH, under a
// new name or over the original.
class ItemsPage : public ConsolePage
{
    Q_OBJECT
public:
    explicit ItemsPage(Engine& engine, QWidget* parent = nullptr);

    void refresh() override;
    void clear() override;

    void startRestore();
    bool isRestoring() const { return m_restoring; }

protected:
    void retranslateUi() override;

private:
    void showRestorePoints(const Result<QVector<console::RestorePointRow>>& points);
    void filterVm();
    void updateHint();
    void updateResult();
    void updateTargetWidgets();
    void chooseFile();
    void chooseKey();

    QLabel* m_title;
    QLabel* m_hint;
    QLabel* m_vmLabel;
    QComboBox* m_vm;
    ItemModel* m_items;
    QSortFilterProxyModel* m_proxy;
    QTreeView* m_view;

    QGroupBox* m_restoreBox;
    QRadioButton* m_toFile;
    QLineEdit* m_file;
    QPushButton* m_chooseFile;
    QRadioButton* m_toServer;
    QWidget* m_serverBox;
    QLabel* m_hostLabel;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_keyLabel;
    QLineEdit* m_key;
    QPushButton* m_chooseKey;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_hostKeyLabel;
    QLineEdit* m_hostKey;
    QLabel* m_environmentLabel;
    QLineEdit* m_environment;
    QRadioButton* m_keep;
    QLineEdit* m_newName;
    QRadioButton* m_overwrite;
    QPushButton* m_restoreButton;
    QProgressBar* m_progress;
    QLabel* m_result;

    std::optional<Error> m_error;
    bool m_restoring = false;
    QString m_inputError;
    std::optional<Result<jobs::Session>> m_last;
    QString m_lastItem;
};

} // namespace lifeboat::ui
