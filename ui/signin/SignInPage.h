#pragma once

#include "console/ConsoleSession.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QMessageBox;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

class LanguageSwitcher;
class OverviewPage;

// The first screen: server, user name, password, display language and "Remain signed in".
// Errors show inline under the form; an unknown certificate asks the user to compare its
// thumbprint before it is pinned, a changed one is refused with the reason.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    SignInPage(Engine& engine, LanguageSwitcher& languages, QWidget* parent = nullptr);

    OverviewPage* overviewPage() const { return m_overview; }
    // Fills the server list from the catalog and the last server and user from the settings.
    void reload();
    // Shows a message in the error line (e.g. why a remembered sign-in failed).
    void showError(const QString& message);
    bool isBusy() const { return m_busy; }
    // A shared kiosk keeps no password: "Remain signed in" is not offered.
    void setKiosk(bool kiosk);
    // "Open a repository offline" instead of signing in to a server, with its folder filled in.
    void setOffline(const QString& repository);
    bool isOffline() const;

Q_SIGNALS:
    void signedIn(const lifeboat::console::Identity& identity);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void signIn();
    void finished(const Result<console::Identity>& result);
    void askTrust(const QString& server, const QString& thumbprint);
    void setBusy(bool busy);
    void modeChanged();
    bool isCloudDirector() const;
    // Lists the endpoints of the chosen kind, keeping what was typed or chosen if it still fits.
    void fillServers(const QString& wanted);

    Engine& m_engine;
    LanguageSwitcher& m_languages;
    QLabel* m_title;
    QLabel* m_subtitle;
    QFormLayout* m_form;
    QComboBox* m_mode;
    QComboBox* m_server;
    QWidget* m_repositoryRow;
    QLineEdit* m_repository;
    QPushButton* m_browse;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QComboBox* m_language;
    QCheckBox* m_remember;
    QPushButton* m_signIn;
    QLabel* m_error;
    OverviewPage* m_overview;
    QMessageBox* m_trust = nullptr;
    bool m_busy = false;
    // The catalog's endpoints; the server list shows those of the chosen kind.
    QVector<catalog::EndpointRecord> m_endpoints;
};

} // namespace lifeboat::ui
