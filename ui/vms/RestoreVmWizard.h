#pragma once

#include "console/ConsoleSession.h"

#include <QWizard>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStandardItemModel;
class QTreeView;

namespace lifeboat::ui {

// Restore a VM: which restore point, keep alongside (a new VM) or overwrite the original,
// power on afterwards. Only collects the choice; the VMs tab runs the restore.
class RestoreVmWizard : public QWizard
{
    Q_OBJECT
public:
    // `extractOnly`: offline, with no server to restore into — the disks are written as image
    // files into a folder instead.
    RestoreVmWizard(const console::VmRow& vm, QVector<console::RestorePointRow> points,
                    bool extractOnly = false, QWidget* parent = nullptr);

    // A whole vApp: each member from its newest restore point, or from its newest one not
    // newer than a point in time chosen among the members' restore points.
    RestoreVmWizard(const QString& vapp, QVector<console::VmRow> members,
                    QVector<console::RestorePointRow> points, QWidget* parent = nullptr);

    const console::RestorePointRow* chosenPoint() const; // a single VM only
    bool isVapp() const { return !m_vapp.isEmpty(); }
    QDateTime asOf() const; // a vApp: invalid for each member's newest restore point
    bool overwrite() const;
    bool powerOn() const;
    QString newName() const;
    bool extractOnly() const { return m_extractOnly; }
    QString folder() const;

protected:
    void initializePage(int id) override;

private:
    console::VmRow m_vm;
    QString m_vapp;
    QVector<console::VmRow> m_members;
    QVector<console::RestorePointRow> m_points;
    QStandardItemModel* m_model;
    QTreeView* m_list;
    QRadioButton* m_keep;
    QRadioButton* m_overwrite;
    QLineEdit* m_newName;
    QCheckBox* m_powerOn;
    QLabel* m_warning;
    QLabel* m_summary;
    bool m_extractOnly;
    QLineEdit* m_folder;
};

} // namespace lifeboat::ui
