#include "files/GuestRestoreDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace lifeboat::ui {

GuestRestoreDialog::GuestRestoreDialog(Engine& engine, QVector<Engine::GuestFile> files,
                                       QHash<QString, QString>& trustedKeys, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_files(std::move(files))
    , m_trustedKeys(trustedKeys)
{
    setObjectName(QStringLiteral("guestRestoreDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("guestRestoreIntro"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_addressLabel = new QLabel(this);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("guestAddress"));
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    m_userLabel = new QLabel(this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("guestUser"));
    m_userLabel->setBuddy(m_user);
    form->addRow(m_userLabel, m_user);
    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("guestPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_passwordLabel, m_password);
    m_keyLabel = new QLabel(this);
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("guestKeyFile"));
    m_keyFile->setClearButtonEnabled(true);
    m_keyLabel->setBuddy(m_keyFile);
    m_chooseKey = new QPushButton(this);
    m_chooseKey->setObjectName(QStringLiteral("guestChooseKeyFile"));
    auto* keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_chooseKey);
    form->addRow(m_keyLabel, keyRow);
    m_rootLabel = new QLabel(this);
    m_root = new QLineEdit(QStringLiteral("/"), this);
    m_root->setObjectName(QStringLiteral("guestRoot"));
    m_rootLabel->setBuddy(m_root);
    form->addRow(m_rootLabel, m_root);
    m_modeLabel = new QLabel(this);
    m_keep = new QRadioButton(this);
    m_keep->setObjectName(QStringLiteral("guestKeep"));
    m_keep->setChecked(true);
    m_overwrite = new QRadioButton(this);
    m_overwrite->setObjectName(QStringLiteral("guestOverwrite"));
    auto* modes = new QVBoxLayout;
    modes->addWidget(m_keep);
    modes->addWidget(m_overwrite);
    form->addRow(m_modeLabel, modes);
    layout->addLayout(form);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("guestRestoreError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("guestRestoreProgress"));
    m_progress->setRange(0, 0); // the engine reports no steps: busy while it runs
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto* buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("guestRestoreStart"));
    m_restore->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(QStringLiteral("guestRestoreCancel"));
    layout->addWidget(buttons);

    // The dialog decides when it is done: Restore starts a request, it does not close.
    connect(m_restore, &QPushButton::clicked, this, &GuestRestoreDialog::startRestore);
    connect(m_cancel, &QPushButton::clicked, this, &GuestRestoreDialog::reject);
    connect(m_chooseKey, &QPushButton::clicked, this, &GuestRestoreDialog::chooseKeyFile);
    retranslateUi();
    resize(560, sizeHint().height());
}

void GuestRestoreDialog::setHint(const Engine::GuestTargetHint& hint)
{
    if (m_address->text().trimmed().isEmpty())
        m_address->setText(hint.address);
    if (m_user->text().trimmed().isEmpty())
        m_user->setText(hint.user);
    if (m_keyFile->text().trimmed().isEmpty())
        m_keyFile->setText(hint.keyFile);
}

QString GuestRestoreDialog::serverKey() const
{
    return m_address->text().trimmed().toLower();
}

void GuestRestoreDialog::startRestore()
{
    if (m_busy)
        return;
    if (m_address->text().trimmed().isEmpty())
        return showError(tr("Enter the guest's address (host name or IP address, optionally with :port)."));
    if (m_user->text().trimmed().isEmpty())
        return showError(tr("Enter the account to sign in to the guest with."));
    if (m_password->text().isEmpty() && m_keyFile->text().trimmed().isEmpty())
        return showError(tr("Enter the account's password or choose its private key file."));
    send(m_trustedKeys.value(serverKey()));
}

void GuestRestoreDialog::send(const QString& hostKey)
{
    Engine::GuestRestoreOrder order;
    order.files = m_files;
    order.address = m_address->text().trimmed();
    order.user = m_user->text().trimmed();
    order.password = m_password->text();
    order.keyFile = m_keyFile->text().trimmed();
    order.root = m_root->text().trimmed().isEmpty() ? QStringLiteral("/") : m_root->text().trimmed();
    order.overwrite = m_overwrite->isChecked();
    order.hostKey = hostKey;
    showError(QString());
    setBusy(true);
    m_engine.restoreFilesToGuest(this, std::move(order),
                                 [this](Result<QVector<jobs::Session>> sessions) { answered(sessions); });
}

void GuestRestoreDialog::answered(const Result<QVector<jobs::Session>>& sessions)
{
    setBusy(false);
    if (!sessions) {
        const Error& error = sessions.error();
        if (error.code == QLatin1String("ssh.unknown_host_key") && !error.detail.isEmpty())
            return askHostKey(error.detail);
        // A key accepted earlier that the guest no longer presents: the user decides again,
        // after reading why.
        if (error.code == QLatin1String("ssh.host_key_mismatch"))
            m_trustedKeys.remove(serverKey());
        return showError(tr("Nothing was restored: %1").arg(error.message));
    }
    for (const jobs::Session& session : *sessions) {
        if (session.result != jobs::SessionResult::Failed)
            continue;
        // Most often a wrong password or key: the fields stay as they are, to be corrected here.
        return showError(
            tr("The restore failed (restore session %1): %2").arg(session.id).arg(session.message));
    }
    if (onRestored)
        onRestored(*sessions);
    m_password->clear();
    accept();
}

void GuestRestoreDialog::askHostKey(const QString& fingerprint)
{
    const QString server = m_address->text().trimmed();
    // Not exec(): the engine's answers and the window keep running while the user compares.
    m_hostKeyBox =
        new QMessageBox(QMessageBox::Warning, tr("Unknown guest"),
                        tr("The guest %1 is not known yet.").arg(server), QMessageBox::NoButton, this);
    m_hostKeyBox->setObjectName(QStringLiteral("guestHostKeyDialog"));
    m_hostKeyBox->setInformativeText(
        tr("Its SSH host key fingerprint (SHA-256) is:\n%1\n\nCompare it with the fingerprint the guest's "
           "administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if "
           "they are the same.")
            .arg(fingerprint));
    m_hostKeyBox->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* accept = m_hostKeyBox->addButton(tr("Accept and restore"), QMessageBox::AcceptRole);
    accept->setObjectName(QStringLiteral("guestHostKeyAccept"));
    m_hostKeyBox->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("guestHostKeyCancel"));
    m_hostKeyBox->setDefaultButton(QMessageBox::Cancel);
    m_hostKeyBox->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox* box = m_hostKeyBox;
    const QString key = serverKey();
    connect(box, &QMessageBox::finished, this, [this, box, accept, key, fingerprint](int) {
        if (box->clickedButton() != accept)
            return showError(tr("Nothing was restored: the guest's host key was not accepted."));
        m_trustedKeys.insert(key, fingerprint);
        send(fingerprint);
    });
    m_hostKeyBox->open();
}

void GuestRestoreDialog::chooseKeyFile()
{
    const QString chosen =
        QFileDialog::getOpenFileName(this, tr("Private key for the guest"), m_keyFile->text());
    if (!chosen.isEmpty())
        m_keyFile->setText(chosen);
}

void GuestRestoreDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void GuestRestoreDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (QWidget* widget :
         {static_cast<QWidget*>(m_address), static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_keyFile), static_cast<QWidget*>(m_chooseKey), static_cast<QWidget*>(m_root),
          static_cast<QWidget*>(m_keep), static_cast<QWidget*>(m_overwrite), static_cast<QWidget*>(m_restore),
          static_cast<QWidget*>(m_cancel)})
        widget->setEnabled(!busy);
}

void GuestRestoreDialog::reject()
{
    // A running restore cannot be taken back; its answer must still reach the page.
    if (m_busy)
        return;
    m_password->clear();
    QDialog::reject();
}

void GuestRestoreDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void GuestRestoreDialog::retranslateUi()
{
    setWindowTitle(tr("Restore into the guest"));
    m_intro->setText(tr("%n item(s) of %1 go back to their original place in the running guest, over SSH "
                        "(SFTP). The guest must be running and reachable from this computer.",
                        nullptr, int(m_files.size()))
                         .arg(m_files.isEmpty() ? QString() : m_files.first().vmName));
    m_addressLabel->setText(tr("Guest &address:"));
    m_address->setPlaceholderText(tr("Host name or IP address, optionally with :port"));
    m_address->setAccessibleName(tr("Guest address"));
    m_userLabel->setText(tr("&User:"));
    m_user->setAccessibleName(tr("Guest account"));
    m_passwordLabel->setText(tr("&Password:"));
    m_password->setPlaceholderText(tr("Not stored anywhere"));
    m_password->setAccessibleName(tr("Password of the guest account"));
    m_keyLabel->setText(tr("Private key fi&le:"));
    m_keyFile->setPlaceholderText(tr("Instead of the password (optional)"));
    m_keyFile->setAccessibleName(tr("Private key file of the guest account"));
    m_chooseKey->setText(tr("C&hoose..."));
    m_chooseKey->setAccessibleName(tr("Choose the private key file"));
    m_rootLabel->setText(tr("Guest roo&t folder:"));
    m_root->setAccessibleName(tr("Folder where the guest's root is"));
    m_root->setToolTip(tr("/ for a whole guest; a folder when the guest's files live below one for this "
                          "account (a chroot or a container)."));
    m_modeLabel->setText(tr("Existing files:"));
    m_keep->setText(tr("&Keep them; put the restored copy beside them as _RESTORED_<date>_<time>_<name>"));
    m_keep->setAccessibleName(tr("Keep existing files in the guest"));
    m_overwrite->setText(tr("&Overwrite them with the restored files"));
    m_overwrite->setAccessibleName(tr("Overwrite existing files in the guest"));
    m_progress->setAccessibleName(tr("Restore running"));
    m_restore->setText(tr("&Restore"));
    m_restore->setAccessibleName(tr("Restore the files into the guest"));
}

} // namespace lifeboat::ui
