#include "settings/SettingsDialog.h"

#include "LanguageSwitcher.h"
#include "facade/Engine.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace lifeboat::ui {

SettingsDialog::SettingsDialog(Engine& engine, LanguageSwitcher& languages, QWidget* parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_languages(languages)
    , m_language(new QComboBox(this))
    , m_mail(new QGroupBox(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_security(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_thumbprint(new QLineEdit(this))
    , m_save(new QPushButton(this))
    , m_testTo(new QLineEdit(this))
    , m_test(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_languageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_host->setObjectName(QStringLiteral("smtpHost"));
    m_port->setObjectName(QStringLiteral("smtpPort"));
    m_security->setObjectName(QStringLiteral("smtpSecurity"));
    m_from->setObjectName(QStringLiteral("smtpFrom"));
    m_user->setObjectName(QStringLiteral("smtpUser"));
    m_password->setObjectName(QStringLiteral("smtpPassword"));
    m_thumbprint->setObjectName(QStringLiteral("smtpThumbprint"));
    m_save->setObjectName(QStringLiteral("smtpSave"));
    m_testTo->setObjectName(QStringLiteral("smtpTestTo"));
    m_test->setObjectName(QStringLiteral("smtpTest"));
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_mail->setObjectName(QStringLiteral("mailGroup"));
    m_language->setObjectName(QStringLiteral("settingsLanguage"));

    for (const QString& code : LanguageSwitcher::availableLanguages())
        m_language->addItem(LanguageSwitcher::nativeName(code), code);
    m_language->setCurrentIndex(m_language->findData(m_languages.language()));
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { m_languages.setLanguage(m_language->itemData(index).toString()); });
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    for (const char* security : {"starttls", "tls", "none"})
        m_security->addItem(QString(), QString::fromLatin1(security));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* general = new QFormLayout;
    general->addRow(m_languageLabel, m_language);
    m_languageLabel->setBuddy(m_language);
    auto* mailForm = new QFormLayout(m_mail);
    mailForm->addRow(new QLabel(this), m_host);
    mailForm->addRow(new QLabel(this), m_port);
    mailForm->addRow(new QLabel(this), m_security);
    mailForm->addRow(new QLabel(this), m_from);
    mailForm->addRow(new QLabel(this), m_user);
    mailForm->addRow(new QLabel(this), m_password);
    mailForm->addRow(new QLabel(this), m_thumbprint);
    mailForm->addRow(QString(), m_save);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testTo, 1);
    testRow->addWidget(m_test);
    mailForm->addRow(new QLabel(this), testRow);
    for (QWidget* field :
         {static_cast<QWidget*>(m_host), static_cast<QWidget*>(m_port), static_cast<QWidget*>(m_security),
          static_cast<QWidget*>(m_from), static_cast<QWidget*>(m_user), static_cast<QWidget*>(m_password),
          static_cast<QWidget*>(m_thumbprint)})
        qobject_cast<QLabel*>(mailForm->labelForField(field))->setBuddy(field);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::saveMail);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::sendTest);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(m_mail);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    retranslateUi();

    m_mail->setEnabled(false);
    m_engine.mailSettings(this, [this](Result<notify::SmtpSettings> settings) {
        m_loaded = true;
        if (!settings && settings.error().code != QLatin1String("mail.not_configured")) {
            showMessage(settings.error().message,
                        settings.error().code != QLatin1String("scope.denied") &&
                            settings.error().code != QLatin1String("console.signed_out"));
            return;
        }
        m_mail->setEnabled(true);
        if (!settings)
            return;
        m_host->setText(settings->host);
        m_port->setValue(settings->port);
        m_security->setCurrentIndex(std::max(0, m_security->findData(settings->security)));
        m_from->setText(settings->from);
        m_user->setText(settings->user);
        m_thumbprint->setText(settings->pinnedSha256);
    });
}

void SettingsDialog::saveMail()
{
    notify::SmtpSettings settings;
    settings.host = m_host->text().trimmed();
    settings.port = m_port->value();
    settings.security = m_security->currentData().toString();
    settings.from = m_from->text().trimmed();
    settings.user = m_user->text().trimmed();
    settings.pinnedSha256 = m_thumbprint->text().trimmed().toUpper();
    m_save->setEnabled(false);
    m_engine.saveMailSettings(this, settings, m_password->text().toUtf8(), [this](Status saved) {
        m_save->setEnabled(true);
        m_password->clear();
        showMessage(saved ? tr("Mail server saved.") : saved.error().message, !saved);
    });
}

void SettingsDialog::sendTest()
{
    m_test->setEnabled(false);
    showMessage(tr("Sending…"), false);
    m_engine.sendTestMail(this, m_testTo->text().trimmed(), [this](Status sent) {
        m_test->setEnabled(true);
        showMessage(sent ? tr("Test message sent.") : sent.error().message, !sent);
    });
}

void SettingsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_language->setAccessibleName(tr("Display language"));
    m_mail->setTitle(tr("Mail server for job reports (administrators)"));
    auto* form = qobject_cast<QFormLayout*>(m_mail->layout());
    auto label = [form](QWidget* field) {
        return qobject_cast<QLabel*>(form->labelForField(field));
    };
    label(m_host)->setText(tr("&Host:"));
    label(m_port)->setText(tr("P&ort:"));
    label(m_security)->setText(tr("&Security:"));
    label(m_from)->setText(tr("&From:"));
    label(m_user)->setText(tr("&User (optional):"));
    label(m_password)->setText(tr("Pass&word:"));
    label(m_thumbprint)->setText(tr("&Trusted certificate:"));
    m_security->setItemText(0, tr("STARTTLS"));
    m_security->setItemText(1, tr("TLS"));
    m_security->setItemText(2, tr("None (no encryption)"));
    m_password->setPlaceholderText(tr("kept in the system keychain; empty: unchanged"));
    m_thumbprint->setPlaceholderText(tr("SHA-256 thumbprint, when the system does not trust the server"));
    m_save->setText(tr("&Save mail server"));
    m_testTo->setPlaceholderText(tr("test address"));
    m_testTo->setAccessibleName(tr("Address for a test message"));
    m_test->setText(tr("Send &test"));
    if (auto* testLabel =
            qobject_cast<QLabel*>(form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)
                                      ? form->itemAt(form->rowCount() - 1, QFormLayout::LabelRole)->widget()
                                      : nullptr))
        testLabel->setText(tr("Test:"));
}

} // namespace lifeboat::ui
