#include "signin/SignInPage.h"

#include "LanguageSwitcher.h"
#include "OverviewPage.h"
#include "facade/Engine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <algorithm>

namespace lifeboat::ui {

namespace {
const QString kLastServer = QStringLiteral("signin/server");
const QString kLastUser = QStringLiteral("signin/user");
const QString kRemain = QStringLiteral("signin/remain");
} // namespace

SignInPage::SignInPage(Engine& engine, LanguageSwitcher& languages, QWidget* parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_languages(languages)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_form(new QFormLayout)
    , m_mode(new QComboBox(this))
    , m_server(new QComboBox(this))
    , m_repositoryRow(new QWidget(this))
    , m_repository(new QLineEdit(m_repositoryRow))
    , m_browse(new QPushButton(m_repositoryRow))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_remember(new QCheckBox(this))
    , m_signIn(new QPushButton(this))
    , m_error(new QLabel(this))
    , m_overview(new OverviewPage(engine, this))
{
    setObjectName(QStringLiteral("signInPage"));
    m_server->setObjectName(QStringLiteral("signInServer"));
    m_mode->setObjectName(QStringLiteral("signInMode"));
    m_repository->setObjectName(QStringLiteral("signInRepository"));
    m_browse->setObjectName(QStringLiteral("signInBrowse"));
    m_mode->addItem(QString(), QStringLiteral("server"));
    m_mode->addItem(QString(), QStringLiteral("vcd"));
    m_mode->addItem(QString(), QStringLiteral("offline"));
    auto* repositoryLayout = new QHBoxLayout(m_repositoryRow);
    repositoryLayout->setContentsMargins(0, 0, 0, 0);
    repositoryLayout->addWidget(m_repository, 1);
    repositoryLayout->addWidget(m_browse);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SignInPage::modeChanged);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString folder =
            QFileDialog::getExistingDirectory(this, tr("Repository folder"), m_repository->text());
        if (!folder.isEmpty())
            m_repository->setText(folder);
    });
    m_user->setObjectName(QStringLiteral("signInUser"));
    m_password->setObjectName(QStringLiteral("signInPassword"));
    m_language->setObjectName(QStringLiteral("signInLanguage"));
    m_remember->setObjectName(QStringLiteral("signInRemember"));
    m_signIn->setObjectName(QStringLiteral("signInButton"));
    m_error->setObjectName(QStringLiteral("signInError"));
    m_title->setObjectName(QStringLiteral("signInTitle"));

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_subtitle->setWordWrap(true);
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    for (const QString& code : LanguageSwitcher::availableLanguages())
        m_language->addItem(LanguageSwitcher::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(m_languages.language()));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_languages.setLanguage(m_language->itemData(index).toString()); });
    connect(&m_languages, &LanguageSwitcher::languageChanged, this,
            [this](const QString& code) { m_language->setCurrentIndex(m_language->findData(code)); });

    m_form->addRow(new QLabel(this), m_mode);
    m_form->addRow(new QLabel(this), m_server);
    m_form->addRow(new QLabel(this), m_repositoryRow);
    m_form->addRow(new QLabel(this), m_user);
    m_form->addRow(new QLabel(this), m_password);
    m_form->addRow(new QLabel(this), m_language);
    m_form->addRow(QString(), m_remember);
    qobject_cast<QLabel*>(m_form->labelForField(m_mode))->setBuddy(m_mode);
    qobject_cast<QLabel*>(m_form->labelForField(m_repositoryRow))->setBuddy(m_repository);
    for (QWidget* field : {static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                           static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_language)})
        qobject_cast<QLabel*>(m_form->labelForField(field))->setBuddy(field);

    auto* card = new QWidget(this);
    card->setMaximumWidth(520);
    auto* cardLayout = new QVBoxLayout(card);
    auto* logo = new QLabel(card);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/lifeboat.svg")).pixmap(64, 64));
    cardLayout->addWidget(logo, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_title, 0, Qt::AlignHCenter);
    cardLayout->addWidget(m_subtitle);
    cardLayout->addLayout(m_form);
    cardLayout->addWidget(m_error);
    cardLayout->addWidget(m_signIn, 0, Qt::AlignRight);
    cardLayout->addSpacing(24);
    cardLayout->addWidget(m_overview);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);

    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signIn);
    connect(m_password, &QLineEdit::returnPressed, this, &SignInPage::signIn);
    retranslateUi();
    modeChanged();
}

void SignInPage::setOffline(const QString& repository)
{
    m_mode->setCurrentIndex(m_mode->findData(QStringLiteral("offline")));
    m_repository->setText(repository);
    m_password->setFocus();
}

bool SignInPage::isOffline() const
{
    return m_mode->currentData().toString() == QLatin1String("offline");
}

bool SignInPage::isCloudDirector() const
{
    return m_mode->currentData().toString() == QLatin1String("vcd");
}

void SignInPage::fillServers(const QString& wanted)
{
    const QString kind = isCloudDirector() ? QStringLiteral("vcd") : QStringLiteral("vsphere");
    m_server->clear();
    for (const auto& endpoint : std::as_const(m_endpoints))
        if (endpoint.kind == kind)
            m_server->addItem(endpoint.displayName.isEmpty() ? endpoint.url : endpoint.displayName,
                              endpoint.url);
    const int index = m_server->findData(wanted);
    if (index >= 0)
        m_server->setCurrentIndex(index);
    else if (isCloudDirector() && m_server->count() > 0)
        m_server->setCurrentIndex(0);
    else {
        const bool cloudDirectorUrl =
            std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
                        [&](const auto& e) { return e.url == wanted && e.kind == QLatin1String("vcd"); });
        m_server->setEditText(isCloudDirector() || cloudDirectorUrl ? QString() : wanted);
    }
}

void SignInPage::modeChanged()
{
    // Switching between vCenters and Cloud Directors keeps a server only if it is of the new kind.
    const int chosen = m_server->findText(m_server->currentText());
    fillServers(chosen >= 0 ? m_server->itemData(chosen).toString() : m_server->currentText().trimmed());
    const bool offline = isOffline();
    m_form->setRowVisible(m_server, !offline);
    m_form->setRowVisible(m_user, !offline);
    m_form->setRowVisible(m_repositoryRow, offline);
    m_remember->setVisible(!offline && m_remember->isEnabled());
    showError(QString());
    retranslateUi();
}

void SignInPage::reload()
{
    m_overview->refresh();
    QSettings settings;
    const QString lastServer = settings.value(kLastServer).toString();
    m_remember->setChecked(m_remember->isEnabled() && settings.value(kRemain, false).toBool());
    if (m_user->text().isEmpty())
        m_user->setText(settings.value(kLastUser).toString());
    m_engine.endpoints(this, [this, lastServer](Result<QVector<catalog::EndpointRecord>> endpoints) {
        const QString typed = m_server->currentText();
        m_endpoints = endpoints ? *endpoints : QVector<catalog::EndpointRecord>();
        const QString wanted = typed.isEmpty() ? lastServer : typed;
        // Signed in through a Cloud Director last time: offer it again.
        if (!isOffline() && typed.isEmpty())
            for (const auto& endpoint : std::as_const(m_endpoints))
                if (endpoint.url == wanted)
                    m_mode->setCurrentIndex(m_mode->findData(endpoint.kind == QLatin1String("vcd")
                                                                 ? QStringLiteral("vcd")
                                                                 : QStringLiteral("server")));
        fillServers(wanted);
        (m_user->text().isEmpty() ? static_cast<QWidget*>(m_user) : static_cast<QWidget*>(m_password))
            ->setFocus();
    });
}

void SignInPage::setKiosk(bool kiosk)
{
    m_remember->setChecked(false);
    m_remember->setVisible(!kiosk);
    m_remember->setEnabled(!kiosk);
}

void SignInPage::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void SignInPage::signIn()
{
    if (m_busy)
        return;
    if (isOffline()) {
        if (m_repository->text().trimmed().isEmpty())
            return showError(tr("Choose the repository folder to open."));
        showError(QString());
        setBusy(true);
        m_engine.openOffline(this, m_repository->text().trimmed(), m_password->text().toUtf8(),
                             [this](Result<console::Identity> result) { finished(result); });
        return;
    }
    // The list shows display names; what is signed in to is the URL behind them.
    const int index = m_server->findText(m_server->currentText());
    const QString server =
        index >= 0 ? m_server->itemData(index).toString() : m_server->currentText().trimmed();
    if (isCloudDirector() && index < 0)
        return showError(tr("Choose a Cloud Director from the list; an administrator adds one with "
                            "'lifeboat-cli endpoint add URL --kind vcd'."));
    if (server.isEmpty())
        return showError(tr("Enter the address of your vCenter server."));
    if (m_user->text().trimmed().isEmpty())
        return showError(isCloudDirector()
                             ? tr("Enter your user name as user@organization.")
                             : tr("Enter your user name, e.g. DOMAIN\\Username or user@domain."));
    if (m_password->text().isEmpty())
        return showError(tr("Enter your password."));
    showError(QString());
    setBusy(true);
    // The keychain is asked to forget only what an earlier sign-in asked it to keep.
    const bool rememberedBefore = QSettings().value(kRemain, false).toBool();
    m_engine.signIn(this, console::SignInRequest{server, m_user->text().trimmed(), m_password->text()},
                    m_remember->isChecked(), rememberedBefore && !m_remember->isChecked(),
                    [this](Result<console::Identity> result) { finished(result); });
}

void SignInPage::finished(const Result<console::Identity>& result)
{
    setBusy(false);
    if (!result) {
        const Error& error = result.error();
        if (error.code == QLatin1String("tls.untrusted") && !error.detail.isEmpty()) {
            const int index = m_server->findText(m_server->currentText());
            askTrust(index >= 0 ? m_server->itemData(index).toString() : m_server->currentText().trimmed(),
                     error.detail);
            return;
        }
        if (error.code == QLatin1String("vsphere.invalid_login") ||
            error.code == QLatin1String("vcd.wrong_credentials")) {
            m_password->clear();
            m_password->setFocus();
        }
        return showError(error.message);
    }
    if (!result->offline) {
        QSettings settings;
        settings.setValue(kLastServer, result->server);
        settings.setValue(kLastUser, result->user);
        settings.setValue(kRemain, m_remember->isChecked());
    }
    m_password->clear();
    showError(QString());
    Q_EMIT signedIn(*result);
}

void SignInPage::askTrust(const QString& server, const QString& thumbprint)
{
    // Not exec(): the engine's answers and the window keep running while the user compares.
    m_trust = new QMessageBox(QMessageBox::Warning, tr("Unknown certificate"),
                              tr("The certificate of %1 is not trusted by this computer.").arg(server),
                              QMessageBox::NoButton, this);
    m_trust->setObjectName(QStringLiteral("trustDialog"));
    m_trust->setInformativeText(tr("Its SHA-256 thumbprint is:\n%1\n\nCompare it with the thumbprint your "
                                   "administrator gives you. Trust it only if they are the same; Lifeboat "
                                   "will then refuse any other certificate for this server.")
                                    .arg(thumbprint));
    m_trust->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* trust = m_trust->addButton(tr("Trust and sign in"), QMessageBox::AcceptRole);
    trust->setObjectName(QStringLiteral("trustAccept"));
    m_trust->addButton(QMessageBox::Cancel)->setObjectName(QStringLiteral("trustCancel"));
    m_trust->setDefaultButton(QMessageBox::Cancel);
    m_trust->setAttribute(Qt::WA_DeleteOnClose);
    QMessageBox* box = m_trust;
    connect(box, &QMessageBox::finished, this, [this, box, server, thumbprint, trust](int) {
        const bool accepted = box->clickedButton() == trust;
        if (m_trust == box)
            m_trust = nullptr;
        if (!accepted)
            return showError(tr("Not signed in: the server's certificate was not trusted."));
        setBusy(true);
        m_engine.trustServer(this, server, thumbprint, [this](Status trusted) {
            setBusy(false);
            if (!trusted)
                return showError(trusted.error().message);
            signIn();
        });
    });
    m_trust->open();
}

void SignInPage::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* widget : {static_cast<QWidget*>(m_mode), static_cast<QWidget*>(m_repositoryRow),
                            static_cast<QWidget*>(m_server), static_cast<QWidget*>(m_user),
                            static_cast<QWidget*>(m_password), static_cast<QWidget*>(m_signIn)})
        widget->setEnabled(!busy);
    m_signIn->setText(busy ? tr("Signing in…") : isOffline() ? tr("Open") : tr("Sign in"));
}

void SignInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SignInPage::retranslateUi()
{
    m_title->setText(tr("Lifeboat"));
    m_subtitle->setText(tr("Back up and restore your virtual machines, guest files and databases."));
    auto label = [this](QWidget* field) {
        return qobject_cast<QLabel*>(m_form->labelForField(field));
    };
    label(m_mode)->setText(tr("&Connect to:"));
    m_mode->setItemText(m_mode->findData(QStringLiteral("server")), tr("A vCenter server"));
    m_mode->setItemText(m_mode->findData(QStringLiteral("vcd")), tr("VMware Cloud Director"));
    m_mode->setItemText(m_mode->findData(QStringLiteral("offline")), tr("A repository folder, offline"));
    m_mode->setAccessibleName(tr("Connect to"));
    label(m_server)->setText(tr("&Server:"));
    label(m_repositoryRow)->setText(tr("Re&pository:"));
    m_repository->setPlaceholderText(tr("/mnt/backup/lifeboat"));
    m_repository->setAccessibleName(tr("Repository folder"));
    m_browse->setText(tr("&Browse…"));
    m_user->setPlaceholderText(isCloudDirector() ? tr("user@organization")
                                                 : tr("DOMAIN\\Username or user@domain"));
    label(m_user)->setText(tr("&User name:"));
    label(m_password)->setText(isOffline() ? tr("Repository &password:") : tr("&Password:"));
    label(m_language)->setText(tr("&Language:"));
    m_server->lineEdit()->setPlaceholderText(isCloudDirector() ? tr("vcd.example.com")
                                                               : tr("vcenter.example.com"));
    m_remember->setText(tr("&Remain signed in"));
    m_remember->setToolTip(tr("Keeps your password in the system keychain until you sign out."));
    m_signIn->setText(m_busy ? tr("Signing in…") : isOffline() ? tr("Open") : tr("Sign in"));
    m_server->setAccessibleName(tr("Server"));
    m_user->setAccessibleName(tr("User name"));
    m_password->setAccessibleName(tr("Password"));
    m_language->setAccessibleName(tr("Display language"));
    m_error->setAccessibleName(tr("Sign-in error"));
}

} // namespace lifeboat::ui
