#include "MainWindow.h"

#include "LanguageSwitcher.h"
#include "OverviewPage.h"
#include "common/ConsolePage.h"
#include "core/Paths.h"
#include "credentials/PasswordRecord.h"
#include "dashboard/DashboardPage.h"
#include "facade/Engine.h"
#include "files/FilesPage.h"
#include "items/ItemsPage.h"
#include "jobs/JobsModel.h"
#include "jobs/JobsPage.h"
#include "lifeboat/Version.h"
#include "log/LogViewer.h"
#include "settings/SettingsDialog.h"
#include "signin/SignInPage.h"
#include "vms/VmsPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDir>
#include <QEvent>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTabWidget>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUiMain, "lifeboat.ui.main", QtInfoMsg)

namespace lifeboat::ui {

MainWindow::MainWindow(Engine& engine, LanguageSwitcher& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_languages(languages)
    , m_stack(new QStackedWidget(this))
    , m_signIn(new SignInPage(engine, languages, this))
    , m_tabs(new QTabWidget(this))
    , m_jobs(new JobsPage(engine, this))
    , m_vms(new VmsPage(engine, this))
    , m_who(new QLabel(this))
    , m_fileMenu(menuBar()->addMenu(QString()))
    , m_languageMenu(menuBar()->addMenu(QString()))
    , m_helpMenu(menuBar()->addMenu(QString()))
    , m_refreshAction(m_fileMenu->addAction(QString()))
    , m_signOutAction(m_fileMenu->addAction(QString()))
    , m_quitAction(nullptr)
    , m_aboutAction(m_helpMenu->addAction(QString()))
    , m_logAction(m_helpMenu->addAction(QString()))
    , m_languageGroup(new QActionGroup(this))
    , m_idle(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_logPath = QDir(defaultLogDirectory()).filePath(QStringLiteral("lifeboat.log"));
    m_tabs->setObjectName(QStringLiteral("consoleTabs"));
    m_who->setObjectName(QStringLiteral("signedInAs"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/lifeboat.svg")));
    m_settingsAction = m_fileMenu->addAction(QString());
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString());
    m_stack->addWidget(m_signIn);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    statusBar()->addPermanentWidget(m_who);
    resize(1100, 700);

    addPage(new DashboardPage(engine, this));
    addPage(m_jobs);
    addPage(m_vms);
    addPage(new FilesPage(engine, this));
    addPage(new ItemsPage(engine, this));

    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refreshAll);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About Lifeboat"),
            tr("Lifeboat %1\nSelf-service backup and restore for VMware vSphere and Cloud Director.")
                .arg(QLatin1String(kVersion)));
    });

    for (const QString& code : LanguageSwitcher::availableLanguages()) {
        QAction* action = m_languageMenu->addAction(LanguageSwitcher::nativeName(code));
        action->setObjectName(QStringLiteral("language_") + code);
        action->setCheckable(true);
        action->setChecked(code == m_languages.language());
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { m_languages.setLanguage(code); });
    }
    connect(&m_languages, &LanguageSwitcher::languageChanged, this, [this](const QString& code) {
        for (QAction* action : m_languageGroup->actions())
            action->setChecked(action->objectName() == QStringLiteral("language_") + code);
    });

    connect(m_logAction, &QAction::triggered, this, &MainWindow::showLog);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    // Job results reach the user even when the window is minimised: through the tray where
    // the desktop has one, and the status bar always.
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(windowIcon(), this);
        m_tray->setToolTip(QStringLiteral("Lifeboat"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        m_tray->show();
    }
    connect(&m_engine, &Engine::jobFinished, this,
            [this](qint64 jobId, qint64, const QString& result, const QString& message) {
                notifyJobFinished(jobId, result, message);
            });
    connect(m_signIn, &SignInPage::signedIn, this, &MainWindow::enterConsole);
    connect(&m_engine, &Engine::started, this, &MainWindow::onEngineStarted);
    retranslateUi();
}

OverviewPage* MainWindow::overviewPage() const
{
    return m_signIn->overviewPage();
}

void MainWindow::addPage(ConsolePage* page)
{
    m_pages.append(page);
    m_tabs->addTab(page, QString());
    connect(page, &ConsolePage::status, this,
            [this](const QString& message) { statusBar()->showMessage(message, 15000); });
    // What one tab changed (a backup, a restore) the others show too.
    connect(page, &ConsolePage::dataChanged, this, [this, page] {
        for (ConsolePage* other : std::as_const(m_pages))
            if (other != page)
                other->refresh();
    });
}

void MainWindow::setKiosk(const KioskPolicy& policy)
{
    m_kiosk = policy;
    // Only the allowed tabs stay; the others are not refreshed either.
    for (ConsolePage* page : std::as_const(m_pages)) {
        const QString tab = page->objectName().chopped(4); // "filesPage" -> "files"
        if (!policy.tabs.contains(tab)) {
            m_tabs->removeTab(m_tabs->indexOf(page));
            page->hide();
        }
    }
    m_pages.erase(std::remove_if(m_pages.begin(), m_pages.end(),
                                 [&](ConsolePage* page) {
                                     return !policy.tabs.contains(page->objectName().chopped(4));
                                 }),
                  m_pages.end());
    m_signIn->setKiosk(true);
    m_idle->setSingleShot(true);
    m_idle->setInterval(static_cast<int>(policy.idleMinutes * 60000));
    connect(m_idle, &QTimer::timeout, this, [this] {
        if (!m_identity)
            return;
        signOut();
        statusBar()->showMessage(tr("Signed out after %1 idle minutes.").arg(m_kiosk->idleMinutes));
    });
    qApp->installEventFilter(this);
    m_idle->start();
    setWindowFlag(Qt::WindowStaysOnTopHint);
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_kiosk)
            m_idle->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_kiosk || m_unlocked) {
        QMainWindow::closeEvent(event);
        return;
    }
    // A kiosk stays open for the next person: only an administrator may close it.
    event->ignore();
    askToUnlock();
}

void MainWindow::askToUnlock()
{
    if (m_unlocking)
        return;
    if (m_kiosk->adminPassword.isEmpty()) {
        statusBar()->showMessage(
            tr("This kiosk cannot be closed here: its policy sets no administrator password."), 15000);
        return;
    }
    m_unlocking = true;
    auto* dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("kioskUnlock"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Close Lifeboat"));
    dialog->setLabelText(tr("Administrator password:"));
    dialog->setTextEchoMode(QLineEdit::Password);
    connect(dialog, &QInputDialog::finished, this, [this](int) { m_unlocking = false; });
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& password) {
        // scrypt takes a tenth of a second: not on the GUI thread.
        const QString record = m_kiosk->adminPassword;
        m_engine.run<Result<bool>>(
            this,
            [record, password](EngineWorker&) {
                return credentials::verifyPassword(record, password.toUtf8());
            },
            [this](Result<bool> matches) {
                if (!matches) {
                    statusBar()->showMessage(matches.error().message, 15000);
                    return;
                }
                if (!*matches) {
                    statusBar()->showMessage(tr("Wrong administrator password; Lifeboat stays open."), 15000);
                    return;
                }
                m_unlocked = true;
                close();
            });
    });
    dialog->open();
}

void MainWindow::notifyJobFinished(qint64 jobId, const QString& result, const QString& message)
{
    // Only the signed-in account's own jobs: a run another account started from this console
    // is not the next person's business.
    const console::JobRow* row = m_jobs->model()->row(jobId);
    if (!row || !m_identity)
        return;
    const QString job = row->job.name;
    const jobs::SessionResult outcome = jobs::sessionResultFromString(result);
    m_lastNotification = message.isEmpty() ? tr("Job %1: %2").arg(job, resultText(outcome))
                                           : tr("Job %1: %2 — %3").arg(job, resultText(outcome), message);
    if (m_tray)
        m_tray->showMessage(tr("Lifeboat"), m_lastNotification,
                            outcome == jobs::SessionResult::Failed    ? QSystemTrayIcon::Critical
                            : outcome == jobs::SessionResult::Warning ? QSystemTrayIcon::Warning
                                                                      : QSystemTrayIcon::Information);
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_engine, m_languages, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showLog()
{
    auto* viewer = new LogViewer(m_engine, m_logPath, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
}

void MainWindow::onEngineStarted(bool ok, const QString& errorCode, const QString& errorMessage)
{
    if (ok) {
        m_engineError.clear();
        qCInfo(lcUiMain) << "engine ready";
    } else {
        m_engineError = errorMessage;
        qCWarning(lcUiMain) << "engine failed to start:" << errorCode;
    }
    m_signIn->reload();
    retranslateUi();
    if (!ok)
        return;
    QSettings settings;
    const QString server = settings.value(QStringLiteral("signin/server")).toString();
    const QString user = settings.value(QStringLiteral("signin/user")).toString();
    if (m_kiosk || m_signIn->isOffline() ||
        !settings.value(QStringLiteral("signin/remain"), false).toBool() || server.isEmpty() ||
        user.isEmpty())
        return;
    m_engine.signInRemembered(this, server, user, [this](Result<console::Identity> identity) {
        if (identity)
            enterConsole(*identity);
        else
            m_signIn->showError(tr("You were not signed in automatically: %1").arg(identity.error().message));
    });
}

void MainWindow::enterConsole(const console::Identity& identity)
{
    m_identity = identity;
    // Offline there are no jobs to show or run.
    m_tabs->setTabVisible(m_tabs->indexOf(m_jobs), !identity.offline && m_pages.contains(m_jobs));
    m_vms->setOffline(identity.offline);
    m_stack->setCurrentWidget(m_tabs);
    m_refreshAction->setEnabled(true);
    m_signOutAction->setEnabled(true);
    retranslateUi();
    refreshAll();
}

void MainWindow::refreshAll()
{
    if (!m_identity)
        return;
    for (ConsolePage* page : std::as_const(m_pages))
        page->refresh();
}

void MainWindow::signOut()
{
    if (!m_identity)
        return;
    m_identity.reset();
    // Wizards and dialogs opened for this account close with it (the kiosk unlock stays).
    for (QDialog* dialog : findChildren<QDialog*>())
        if (dialog->isVisible() && dialog->objectName() != QLatin1String("kioskUnlock"))
            dialog->reject();
    for (ConsolePage* page : std::as_const(m_pages))
        page->clear();
    // The last account's messages (search results, restores) are not the next one's business.
    statusBar()->clearMessage();
    m_refreshAction->setEnabled(false);
    m_signOutAction->setEnabled(false);
    m_stack->setCurrentWidget(m_signIn);
    QSettings().setValue(QStringLiteral("signin/remain"), false);
    m_engine.signOut(this, [this](Status) { m_signIn->reload(); });
    retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Lifeboat"));
    m_fileMenu->setTitle(tr("&File"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_refreshAction->setText(tr("&Refresh"));
    m_signOutAction->setText(tr("Sign &out"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Lifeboat"));
    m_logAction->setText(tr("Show &log"));
    m_settingsAction->setText(tr("&Settings…"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        const QString name = m_tabs->widget(i)->objectName();
        const QString title = name == QLatin1String("dashboardPage") ? tr("&Dashboard")
                              : name == QLatin1String("jobsPage")    ? tr("&Jobs")
                              : name == QLatin1String("vmsPage")     ? tr("&VMs")
                              : name == QLatin1String("filesPage")   ? tr("&Files")
                              : name == QLatin1String("itemsPage")   ? tr("&Items")
                                                                     : name;
        m_tabs->setTabText(i, title);
    }
    m_who->setText(m_identity && m_identity->offline ? tr("Offline: %1").arg(m_identity->server)
                   : m_identity
                       ? (m_identity->administrator
                              ? tr("%1 (administrator) on %2").arg(m_identity->user, m_identity->server)
                              : tr("%1 on %2").arg(m_identity->user, m_identity->server))
                       : tr("Not signed in"));
    if (!m_engineError.isEmpty())
        statusBar()->showMessage(tr("Engine stopped: %1").arg(m_engineError));
}

} // namespace lifeboat::ui
