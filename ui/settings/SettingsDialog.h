#pragma once

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace lifeboat {
class Engine;
}

namespace lifeboat::ui {

class LanguageSwitcher;

// Settings: the display language for everyone; the mail server for job reports for
// administrators (the installation's, so tenants see it disabled).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Engine& engine, LanguageSwitcher& languages, QWidget* parent = nullptr);
    bool hasLoaded() const { return m_loaded; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void saveMail();
    void sendTest();
    void showMessage(const QString& text, bool error);

    Engine& m_engine;
    LanguageSwitcher& m_languages;
    QComboBox* m_language;
    QGroupBox* m_mail;
    QLineEdit* m_host;
    QSpinBox* m_port;
    QComboBox* m_security;
    QLineEdit* m_from;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLineEdit* m_thumbprint;
    QPushButton* m_save;
    QLineEdit* m_testTo;
    QPushButton* m_test;
    QLabel* m_message;
    QLabel* m_languageLabel;
    bool m_loaded = false;
};

} // namespace lifeboat::ui
