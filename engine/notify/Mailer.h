#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <functional>

namespace lifeboat::notify {

// Where reports go out: an SMTP relay. Its password is not here but in the keychain
// (credentials::smtpPasswordKey) or $LIFEBOAT_SMTP_PASSWORD.
struct SmtpSettings
{
    QString host;
    int port = 587;
    QString security = QStringLiteral("starttls"); // "none", "starttls", "tls"
    QString from;
    QString user;         // empty: no AUTH
    QString pinnedSha256; // the relay's certificate, when the system CAs do not vouch for it

    QJsonObject toJson() const;
    static Result<SmtpSettings> fromJson(const QJsonObject& json);
};

struct MailMessage
{
    QStringList to;
    QString subject;
    QString body; // plain text
};

// Checks an address for what may go into an SMTP command or a header: no spaces, line
// breaks or angle brackets, one @. "mail.bad_address" otherwise.
Status checkAddress(const QString& address);

// The message as it goes over the wire (headers, base64 body, CRLF line ends), without
// the final dot. Public for tests.
QByteArray composeMessage(const QString& from, const MailMessage& message, const QDateTime& date,
                          const QString& messageId);

// Sends one message through an SMTP relay: EHLO, STARTTLS or implicit TLS (verified
// against the system CAs, or the pinned thumbprint), AUTH PLAIN when a user is set, then
// MAIL/RCPT/DATA. Asynchronous, on the thread it lives on; every step has a timeout. The
// relay's refusals come back with its reply text ("mail.refused"); TLS problems as
// "tls.untrusted"/"tls.changed"; "mail.unreachable", "mail.auth_failed", "mail.timeout".
class Mailer : public QObject
{
    Q_OBJECT
public:
    Mailer(SmtpSettings settings, QString password, QObject* parent = nullptr);
    ~Mailer() override;
    void send(const MailMessage& message, std::function<void(Status)> done);
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    struct Private;
    SmtpSettings m_settings;
    QString m_password;
    int m_timeoutMs = 30000;
};

} // namespace lifeboat::notify
