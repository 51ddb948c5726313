#pragma once

#include "console/ConsoleSession.h"
#include "kiosk/KioskPolicy.h"

#include <QMainWindow>
#include <QVector>

class QActionGroup;
class QLabel;
class QMenu;
class QAction;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QSystemTrayIcon;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

class ConsolePage;
class JobsPage;
class LanguageSwitcher;
class OverviewPage;
class SignInPage;
class VmsPage;

// The console: the sign-in screen until someone signs in, then the tabs of what that
// account may see and do.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Engine& engine, LanguageSwitcher& languages, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const;
    SignInPage* signInPage() const { return m_signIn; }
    QTabWidget* tabs() const { return m_tabs; }
    JobsPage* jobsPage() const { return m_jobs; }
    VmsPage* vmsPage() const { return m_vms; }
    bool isSignedIn() const { return m_identity.has_value(); }

    void signOut();

    // Locks the console down for a shared restore kiosk (see KioskPolicy).
    void setKiosk(const KioskPolicy& policy);
    bool isKiosk() const { return m_kiosk.has_value(); }
    QTimer* idleTimer() const { return m_idle; }
    // Where Help > Show log reads from (what the log handler writes).
    void setLogPath(const QString& path) { m_logPath = path; }
    // The last job notification (also shown by the tray icon where the desktop has a tray).
    QString lastNotification() const { return m_lastNotification; }

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    void onEngineStarted(bool ok, const QString& errorCode, const QString& errorMessage);
    void enterConsole(const console::Identity& identity);
    void refreshAll();
    void addPage(ConsolePage* page);
    void askToUnlock();
    void notifyJobFinished(qint64 jobId, const QString& result, const QString& message);
    void showLog();
    void showSettings();

    Engine& m_engine;
    LanguageSwitcher& m_languages;
    QStackedWidget* m_stack;
    SignInPage* m_signIn;
    QTabWidget* m_tabs;
    QVector<ConsolePage*> m_pages;
    JobsPage* m_jobs;
    VmsPage* m_vms;
    QLabel* m_who;
    QMenu* m_fileMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QAction* m_refreshAction;
    QAction* m_signOutAction;
    QAction* m_quitAction;
    QAction* m_aboutAction;
    QAction* m_logAction;
    QAction* m_settingsAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_logPath;
    QString m_lastNotification;
    QActionGroup* m_languageGroup;
    QString m_engineError;
    std::optional<console::Identity> m_identity;
    std::optional<KioskPolicy> m_kiosk;
    QTimer* m_idle;
    bool m_unlocked = false;
    bool m_unlocking = false;
};

} // namespace lifeboat::ui
