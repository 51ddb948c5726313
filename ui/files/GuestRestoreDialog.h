#pragma once

#include "facade/Engine.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <functional>

class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace lifeboat::ui {

// Restores the Files tab's restore list (files of one VM) back to their original place in
// the VM's running guest over SSH. The guest's host key is shown the first time and used
// only once the user accepts it; the password goes to the engine call and nowhere else.
class GuestRestoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `trustedKeys`: host keys ("host:port" → "SHA256:…") accepted earlier while the
    // account is signed in; kept by the page, in memory only.
    GuestRestoreDialog(Engine& engine, QVector<Engine::GuestFile> files, QHash<QString, QString>& trustedKeys,
                       QWidget* parent);

    // Fills in what the engine knows of the guest, where the user typed nothing yet.
    void setHint(const Engine::GuestTargetHint& hint);
    bool isBusy() const { return m_busy; }
    // Called with the restore sessions once a restore has been done (the dialog then closes).
    std::function<void(const QVector<jobs::Session>&)> onRestored;

    // What the buttons do, for tests.
    void startRestore();

    void reject() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void send(const QString& hostKey);
    void answered(const Result<QVector<jobs::Session>>& sessions);
    void askHostKey(const QString& fingerprint);
    void chooseKeyFile();
    void showError(const QString& message);
    void setBusy(bool busy);
    QString serverKey() const;
    void retranslateUi();

    Engine& m_engine;
    QVector<Engine::GuestFile> m_files;
    QHash<QString, QString>& m_trustedKeys;
    bool m_busy = false;

    QLabel* m_intro;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QLabel* m_userLabel;
    QLineEdit* m_user;
    QLabel* m_passwordLabel;
    QLineEdit* m_password;
    QLabel* m_keyLabel;
    QLineEdit* m_keyFile;
    QPushButton* m_chooseKey;
    QLabel* m_rootLabel;
    QLineEdit* m_root;
    QLabel* m_modeLabel;
    QRadioButton* m_keep;
    QRadioButton* m_overwrite;
    QLabel* m_error;
    QProgressBar* m_progress;
    QPushButton* m_restore;
    QPushButton* m_cancel;
    QPointer<QMessageBox> m_hostKeyBox;
};

} // namespace lifeboat::ui
