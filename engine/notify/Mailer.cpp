#include "notify/Mailer.h"

#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QPointer>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTimer>

namespace lifeboat::notify {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::notify::Mailer)
};

// RFC 2047 encoded word for a header that may hold non-ASCII text (job and VM names).
QByteArray encodedHeader(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    bool ascii = true;
    for (char c : utf8)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

} // namespace

QJsonObject SmtpSettings::toJson() const
{
    return QJsonObject{
        {QStringLiteral("host"), host},         {QStringLiteral("port"), port},
        {QStringLiteral("security"), security}, {QStringLiteral("from"), from},
        {QStringLiteral("user"), user},         {QStringLiteral("pinned_sha256"), pinnedSha256}};
}

Result<SmtpSettings> SmtpSettings::fromJson(const QJsonObject& json)
{
    SmtpSettings settings;
    settings.host = json.value(QStringLiteral("host")).toString();
    settings.port = json.value(QStringLiteral("port")).toInt(587);
    settings.security = json.value(QStringLiteral("security")).toString(QStringLiteral("starttls"));
    settings.from = json.value(QStringLiteral("from")).toString();
    settings.user = json.value(QStringLiteral("user")).toString();
    settings.pinnedSha256 = json.value(QStringLiteral("pinned_sha256")).toString();
    if (settings.host.isEmpty() || settings.port <= 0 || settings.port > 65535 ||
        !QStringList{QStringLiteral("none"), QStringLiteral("starttls"), QStringLiteral("tls")}.contains(
            settings.security))
        return Error{
            QStringLiteral("mail.bad_settings"),
            Text::tr("The mail settings are incomplete: a host, a port and a security of none, starttls or "
                     "tls are needed.")};
    if (Status from = checkAddress(settings.from); !from)
        return from.error();
    return settings;
}

Status checkAddress(const QString& address)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s<>@,;\"]+@[^\\s<>@,;\"]+$"));
    if (!pattern.match(address).hasMatch())
        return Error{QStringLiteral("mail.bad_address"),
                     Text::tr("\"%1\" is not an e-mail address.").arg(address)};
    return success();
}

QByteArray composeMessage(const QString& from, const MailMessage& message, const QDateTime& date,
                          const QString& messageId)
{
    QByteArray out;
    out += "From: Lifeboat <" + from.toUtf8() + ">\r\n";
    out += "To: " + message.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    // Line breaks in a subject would start new headers; they become spaces.
    QString subject = message.subject;
    subject.replace(QRegularExpression(QStringLiteral("[\\r\\n]+")), QStringLiteral(" "));
    out += "Subject: " + encodedHeader(subject) + "\r\n";
    out +=
        "Date: " + QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss +0000")).toLatin1() +
        "\r\n";
    out += "Message-ID: <" + messageId.toLatin1() + ">\r\n";
    out += "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: "
           "base64\r\n\r\n";
    // Base64 in lines of 76: no line of the body can be a lone dot or too long for SMTP.
    const QByteArray body = message.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        out += body.mid(i, 76) + "\r\n";
    return out;
}

// One conversation with the relay.
struct Mailer::Private : QObject
{
    enum class Step
    {
        Greeting,
        Ehlo,
        StartTls,
        EhloAfterTls,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit
    };

    Private(Mailer* owner, const SmtpSettings& relay, const QString& secret, MailMessage mail,
            std::function<void(Status)> callback, int timeoutMs)
        : QObject(owner)
        , settings(relay)
        , password(secret)
        , message(std::move(mail))
        , done(std::move(callback))
    {
        timer.setSingleShot(true);
        timer.setInterval(timeoutMs);
        connect(&timer, &QTimer::timeout, this, [this] {
            finish(Error{QStringLiteral("mail.timeout"),
                         Text::tr("The mail server %1 did not answer in time.").arg(server())});
        });
        connect(&socket, &QSslSocket::readyRead, this, &Private::read);
        connect(&socket, &QSslSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
            if (!thumbprint.isEmpty())
                return finish(
                    Error{settings.pinnedSha256.isEmpty() ? QStringLiteral("tls.untrusted")
                                                          : QStringLiteral("tls.changed"),
                          Text::tr("The certificate of the mail server %1 is not trusted; its SHA-256 "
                                   "thumbprint is %2.")
                              .arg(server(), thumbprint)});
            finish(
                Error{QStringLiteral("mail.unreachable"),
                      Text::tr("Cannot reach the mail server %1: %2").arg(server(), socket.errorString())});
        });
        connect(&socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            const QString actual =
                vsphere::formatThumbprint(socket.peerCertificate().digest(QCryptographicHash::Sha256));
            if (!settings.pinnedSha256.isEmpty() && actual == settings.pinnedSha256.toUpper()) {
                socket.ignoreSslErrors(errors);
                return;
            }
            thumbprint = actual;
        });
        connect(&socket, &QSslSocket::encrypted, this, [this] {
            if (step == Step::StartTls) {
                step = Step::EhloAfterTls;
                command("EHLO lifeboat");
            }
        });
    }

    void start()
    {
        timer.start();
        step = Step::Greeting;
        if (settings.security == QLatin1String("tls"))
            socket.connectToHostEncrypted(settings.host, static_cast<quint16>(settings.port));
        else
            socket.connectToHost(settings.host, static_cast<quint16>(settings.port));
    }

    QString server() const { return QStringLiteral("%1:%2").arg(settings.host).arg(settings.port); }

    void command(const QByteArray& line)
    {
        timer.start();
        socket.write(line + "\r\n");
    }

    void read()
    {
        while (socket.canReadLine()) {
            const QByteArray line = socket.readLine().trimmed();
            reply += line + '\n';
            // "250-…" continues a reply, "250 …" ends it.
            if (line.size() >= 4 && line[3] == '-')
                continue;
            const int code = line.left(3).toInt();
            const QByteArray text = reply;
            reply.clear();
            answer(code, text);
        }
    }

    // The reply's lines without their "250-"/"250 " prefixes.
    static QString replyText(const QByteArray& reply)
    {
        QStringList lines;
        for (const QByteArray& line : reply.split('\n'))
            if (!line.isEmpty())
                lines << QString::fromUtf8(line.mid(4)).trimmed();
        return lines.join(QLatin1Char(' '));
    }

    Error refused(int code, const QByteArray& text, const QString& what) const
    {
        return Error{code == 535 || code == 534 || code == 530 ? QStringLiteral("mail.auth_failed")
                                                               : QStringLiteral("mail.refused"),
                     Text::tr("The mail server %1 refused %2: %3 (SMTP %4)")
                         .arg(server(), what, replyText(text))
                         .arg(code)};
    }

    void answer(int code, const QByteArray& text)
    {
        switch (step) {
        case Step::Greeting:
            if (code != 220)
                return finish(refused(code, text, Text::tr("the connection")));
            step = Step::Ehlo;
            return command("EHLO lifeboat");
        case Step::Ehlo:
            if (code != 250)
                return finish(refused(code, text, QStringLiteral("EHLO")));
            if (settings.security == QLatin1String("starttls")) {
                if (!text.toUpper().contains("STARTTLS"))
                    return finish(
                        Error{QStringLiteral("mail.no_starttls"),
                              Text::tr("The mail server %1 does not offer STARTTLS; the password and the "
                                       "report would travel in clear text. Use security tls or none.")
                                  .arg(server())});
                step = Step::StartTls;
                return command("STARTTLS");
            }
            return authenticate();
        case Step::StartTls:
            if (code != 220)
                return finish(refused(code, text, QStringLiteral("STARTTLS")));
            timer.start();
            return socket.startClientEncryption();
        case Step::EhloAfterTls:
            if (code != 250)
                return finish(refused(code, text, QStringLiteral("EHLO")));
            return authenticate();
        case Step::Auth:
            if (code != 235)
                return finish(refused(code, text, Text::tr("the login of %1").arg(settings.user)));
            return mailFrom();
        case Step::MailFrom:
            if (code != 250)
                return finish(refused(code, text, Text::tr("the sender %1").arg(settings.from)));
            step = Step::RcptTo;
            return command("RCPT TO:<" + message.to.value(recipient).toUtf8() + ">");
        case Step::RcptTo:
            if (code != 250 && code != 251)
                return finish(
                    refused(code, text, Text::tr("the recipient %1").arg(message.to.value(recipient))));
            if (++recipient < message.to.size())
                return command("RCPT TO:<" + message.to.value(recipient).toUtf8() + ">");
            step = Step::Data;
            return command("DATA");
        case Step::Data:
            if (code != 354)
                return finish(refused(code, text, QStringLiteral("DATA")));
            step = Step::Body;
            timer.start();
            socket.write(composeMessage(settings.from, message, QDateTime::currentDateTimeUtc(),
                                        QStringLiteral("%1.%2@lifeboat")
                                            .arg(QDateTime::currentMSecsSinceEpoch())
                                            .arg(QCoreApplication::applicationPid())) +
                         ".\r\n");
            return;
        case Step::Body:
            if (code != 250)
                return finish(refused(code, text, Text::tr("the message")));
            step = Step::Quit;
            sent = true;
            return command("QUIT");
        case Step::Quit:
            return finish(success());
        }
    }

    void authenticate()
    {
        if (settings.user.isEmpty())
            return mailFrom();
        if (settings.security == QLatin1String("none"))
            return finish(
                Error{QStringLiteral("mail.insecure_auth"),
                      Text::tr("Lifeboat does not send a mail password without TLS; set security to "
                               "starttls or tls.")});
        step = Step::Auth;
        const QByteArray plain =
            QByteArray(1, '\0') + settings.user.toUtf8() + QByteArray(1, '\0') + password.toUtf8();
        command("AUTH PLAIN " + plain.toBase64());
    }

    void mailFrom()
    {
        step = Step::MailFrom;
        command("MAIL FROM:<" + settings.from.toUtf8() + ">");
    }

    void finish(Status status)
    {
        if (!done)
            return;
        timer.stop();
        // A relay that accepted the message but stumbled on QUIT still delivered it.
        if (!status && sent)
            status = success();
        auto callback = std::exchange(done, nullptr);
        socket.abort();
        deleteLater();
        callback(std::move(status));
    }

    SmtpSettings settings;
    QString password;
    MailMessage message;
    std::function<void(Status)> done;
    QSslSocket socket;
    QTimer timer;
    Step step = Step::Greeting;
    QByteArray reply;
    QString thumbprint;
    int recipient = 0;
    bool sent = false;
};

Mailer::Mailer(SmtpSettings settings, QString password, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_password(std::move(password))
{}

Mailer::~Mailer() = default;

void Mailer::send(const MailMessage& message, std::function<void(Status)> done)
{
    if (message.to.isEmpty())
        return done(Error{QStringLiteral("mail.bad_address"), Text::tr("The message has no recipient.")});
    for (const QString& address : message.to)
        if (Status valid = checkAddress(address); !valid)
            return done(valid);
    auto* conversation = new Private(this, m_settings, m_password, message, std::move(done), m_timeoutMs);
    conversation->start();
}

} // namespace lifeboat::notify
