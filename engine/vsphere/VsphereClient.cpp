#include "vsphere/VsphereClient.h"

#include "core/Logging.h"
#include "vsphere/SoapXml.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslError>
#include <QXmlStreamReader>

Q_LOGGING_CATEGORY(lcVsphere, "lifeboat.engine.vsphere", QtInfoMsg)

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::VsphereClient)
};

const char* const kThumbprintProperty = "lifeboat.thumbprint";

QByteArray envelope(const QByteArray& body)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                             "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" "
                             "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns=\"urn:vim25\">"
                             "<soapenv:Body>") +
           body + QByteArrayLiteral("</soapenv:Body></soapenv:Envelope>");
}

using soap::escaped;
using soap::firstTexts;
using soap::kSoapNamespace;
using soap::kVimNamespace;
using soap::kXsiNamespace;

struct Fault
{
    QString type; // "InvalidLogin", "NotAuthenticated", …
    QString message;
};

std::optional<Fault> parseFault(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    bool inFault = false, inDetail = false;
    Fault fault;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("Fault") && reader.namespaceUri() == kSoapNamespace) {
            inFault = true;
        } else if (inFault && reader.name() == QLatin1String("faultstring")) {
            fault.message = reader.readElementText();
        } else if (inFault && reader.name() == QLatin1String("detail")) {
            inDetail = true;
        } else if (inDetail && fault.type.isEmpty()) {
            fault.type = reader.attributes().value(kXsiNamespace, QStringLiteral("type")).toString();
            if (fault.type.isEmpty()) // the element is named <TypeFault>
                fault.type =
                    reader.name().toString().chopped(reader.name().endsWith(QLatin1String("Fault")) ? 5 : 0);
            fault.type = fault.type.section(QLatin1Char(':'), -1);
        }
    }
    if (!inFault)
        return std::nullopt;
    return fault;
}

} // namespace

void applyCertificatePin(QNetworkReply* reply, const QString& pinnedSha256)
{
    QObject::connect(
        reply, &QNetworkReply::sslErrors, reply, [reply, pinnedSha256](const QList<QSslError>& errors) {
            QSslCertificate certificate = reply->sslConfiguration().peerCertificate();
            for (const QSslError& error : errors)
                if (certificate.isNull() && !error.certificate().isNull())
                    certificate = error.certificate();
            const QString thumbprint = formatThumbprint(certificate.digest(QCryptographicHash::Sha256));
            // Only the pinned certificate is accepted despite these errors, and only these errors.
            if (!pinnedSha256.isEmpty() && thumbprint == pinnedSha256 && !certificate.isNull()) {
                reply->ignoreSslErrors(errors);
                return;
            }
            reply->setProperty(kThumbprintProperty, thumbprint);
        });
}

QString thumbprintOf(const QNetworkReply* reply)
{
    return reply->property(kThumbprintProperty).toString();
}

std::optional<Error> certificateError(const QNetworkReply* reply, const QString& host,
                                      const QString& pinnedSha256)
{
    const QString thumbprint = thumbprintOf(reply);
    if (thumbprint.isEmpty())
        return std::nullopt;
    if (pinnedSha256.isEmpty())
        return Error{
            QStringLiteral("tls.untrusted"),
            Text::tr("The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is "
                     "%2. Compare it with the one your administrator gives you before trusting it.")
                .arg(host, thumbprint),
            thumbprint};
    return Error{QStringLiteral("tls.changed"),
                 Text::tr("The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was "
                          "trusted. The connection was refused; if the server's certificate was replaced on "
                          "purpose, trust the new thumbprint.")
                     .arg(host, thumbprint, pinnedSha256),
                 thumbprint};
}

QString formatThumbprint(const QByteArray& digest)
{
    QStringList pairs;
    for (char byte : digest)
        pairs << QStringLiteral("%1").arg(static_cast<uchar>(byte), 2, 16, QLatin1Char('0')).toUpper();
    return pairs.join(QLatin1Char(':'));
}

QUrl sdkUrl(const QString& text)
{
    QUrl url = QUrl::fromUserInput(text);
    if (url.path().isEmpty() || url.path() == QLatin1String("/"))
        url.setPath(QStringLiteral("/sdk"));
    return url;
}

VsphereClient::VsphereClient(const QUrl& sdkUrl, const QString& pinnedSha256, QObject* parent)
    : QObject(parent)
    , m_url(sdkUrl)
    , m_pinnedSha256(pinnedSha256.toUpper())
    , m_network(this)
{}

Error VsphereClient::networkError(QNetworkReply* reply, const QByteArray& response) const
{
    const QString host =
        m_url.host() + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString());
    if (auto refused = certificateError(reply, host, m_pinnedSha256))
        return *refused;
    if (const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        status >= 400) {
        if (auto fault = parseFault(response)) {
            if (fault->type == QLatin1String("InvalidLogin"))
                return Error{QStringLiteral("vsphere.invalid_login"),
                             Text::tr("%1 refused the user name or password.").arg(host)};
            if (fault->type == QLatin1String("NotAuthenticated"))
                return Error{QStringLiteral("vsphere.not_authenticated"),
                             Text::tr("The session with %1 has ended; sign in again.").arg(host)};
            return Error{QStringLiteral("vsphere.fault"),
                         Text::tr("%1 reported %2: %3").arg(host, fault->type, fault->message)};
        }
        return Error{QStringLiteral("vsphere.http"),
                     Text::tr("%1 answered HTTP %2 instead of a vSphere API reply. Check the address.")
                         .arg(host)
                         .arg(status)};
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        // Only the transfer timeout cancels requests here.
        return Error{
            QStringLiteral("vsphere.unreachable"),
            Text::tr("Cannot reach %1: it did not answer within %2 s.").arg(host).arg(m_timeoutMs / 1000)};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Error{QStringLiteral("vsphere.unreachable"),
                     Text::tr("Cannot reach %1: %2").arg(host, reply->errorString())};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{QStringLiteral("tls.failed"),
                     Text::tr("The secure connection to %1 failed: %2").arg(host, reply->errorString())};
    default:
        return Error{QStringLiteral("vsphere.network"),
                     Text::tr("The request to %1 failed: %2").arg(host, reply->errorString())};
    }
}

void VsphereClient::call(const QString& method, const QByteArray& body,
                         std::function<void(Result<QByteArray>)> done, bool mayRenewSession)
{
    QNetworkRequest request(m_url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("text/xml; charset=\"utf-8\""));
    request.setRawHeader("SOAPAction", "urn:vim25/6.5");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.post(request, envelope(body));
    ++m_requestsSent;
    m_lastRequestMs = QDateTime::currentMSecsSinceEpoch();
    applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, method, body, mayRenewSession, done = std::move(done)]() mutable {
                reply->deleteLater();
                const QByteArray response = reply->readAll();
                if (reply->error() == QNetworkReply::NoError &&
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 400)
                    return done(response);
                const Error error = networkError(reply, response);
                qCInfo(lcVsphere) << method << "failed:" << error.code;
                if (error.code != QLatin1String("vsphere.not_authenticated") || !mayRenewSession ||
                    m_userName.isEmpty())
                    return done(error);
                qCInfo(lcVsphere) << "session ended; signing in again";
                login(m_userName, m_password,
                      [this, method, body, done = std::move(done)](Result<UserSession> session) mutable {
                          if (!session)
                              return done(session.error());
                          call(method, body, std::move(done), false);
                      });
            });
}

void VsphereClient::setKeepAlive(int intervalMs)
{
    if (intervalMs <= 0) {
        delete m_keepAlive;
        m_keepAlive = nullptr;
        return;
    }
    if (!m_keepAlive) {
        m_keepAlive = new QTimer(this);
        connect(m_keepAlive, &QTimer::timeout, this, [this] {
            const qint64 idle = QDateTime::currentMSecsSinceEpoch() - m_lastRequestMs;
            // Only a signed-in client that has been quiet needs it; an explicit logout is final.
            if (m_userName.isEmpty() || idle < m_keepAliveMs)
                return;
            currentTime([](Result<QDateTime> time) {
                if (!time)
                    qCInfo(lcVsphere) << "keep-alive failed:" << time.error().code;
            });
        });
    }
    // Checking at half the interval bounds the idle time by 1.5 intervals.
    m_keepAliveMs = intervalMs;
    m_keepAlive->start(std::max(1, intervalMs / 2));
}

void VsphereClient::retrieveServiceContent(std::function<void(Result<ServiceContent>)> done)
{
    call(
        QStringLiteral("RetrieveServiceContent"),
        QByteArrayLiteral("<RetrieveServiceContent><_this type=\"ServiceInstance\">ServiceInstance</_this>"
                          "</RetrieveServiceContent>"),
        [this, done = std::move(done)](Result<QByteArray> response) {
            if (!response)
                return done(response.error());
            const auto texts =
                firstTexts(*response, {QStringLiteral("rootFolder"), QStringLiteral("propertyCollector"),
                                       QStringLiteral("viewManager"), QStringLiteral("sessionManager"),
                                       QStringLiteral("apiVersion"), QStringLiteral("fullName"),
                                       QStringLiteral("instanceUuid"), QStringLiteral("fileManager")});
            ServiceContent content{
                texts.value(QStringLiteral("rootFolder")),   texts.value(QStringLiteral("propertyCollector")),
                texts.value(QStringLiteral("viewManager")),  texts.value(QStringLiteral("sessionManager")),
                texts.value(QStringLiteral("apiVersion")),   texts.value(QStringLiteral("fullName")),
                texts.value(QStringLiteral("instanceUuid")), texts.value(QStringLiteral("fileManager"))};
            if (content.sessionManager.isEmpty() || content.apiVersion.isEmpty())
                return done(Error{
                    QStringLiteral("vsphere.malformed"),
                    Text::tr("%1 answered, but not with a vSphere service description.").arg(m_url.host())});
            m_content = content;
            done(content);
        });
}

void VsphereClient::login(const QString& userName, const QString& password,
                          std::function<void(Result<UserSession>)> done)
{
    const QString sessionManager =
        m_content.sessionManager.isEmpty() ? QStringLiteral("SessionManager") : m_content.sessionManager;
    // A Login on a connection that still carries a valid session cookie is refused by the
    // server, so a new sign-in starts from an empty cookie jar.
    m_network.setCookieJar(new QNetworkCookieJar(&m_network));
    const QByteArray body = QByteArrayLiteral("<Login><_this type=\"SessionManager\">") +
                            escaped(sessionManager) + QByteArrayLiteral("</_this><userName>") +
                            escaped(userName) + QByteArrayLiteral("</userName><password>") +
                            escaped(password) + QByteArrayLiteral("</password></Login>");
    call(
        QStringLiteral("Login"), body,
        [this, userName, password, done = std::move(done)](Result<QByteArray> response) {
            if (!response)
                return done(response.error());
            const auto texts = firstTexts(
                *response, {QStringLiteral("key"), QStringLiteral("userName"), QStringLiteral("fullName")});
            m_userName = userName;
            m_password = password;
            m_sessionKey = texts.value(QStringLiteral("key"));
            done(UserSession{m_sessionKey, texts.value(QStringLiteral("userName")),
                             texts.value(QStringLiteral("fullName"))});
        },
        false);
}

void VsphereClient::currentTime(std::function<void(Result<QDateTime>)> done)
{
    call(QStringLiteral("CurrentTime"),
         QByteArrayLiteral(
             "<CurrentTime><_this type=\"ServiceInstance\">ServiceInstance</_this></CurrentTime>"),
         [done = std::move(done)](Result<QByteArray> response) {
             if (!response)
                 return done(response.error());
             const QDateTime time = QDateTime::fromString(
                 firstTexts(*response, {QStringLiteral("returnval")}).value(QStringLiteral("returnval")),
                 Qt::ISODateWithMs);
             if (!time.isValid())
                 return done(Error{QStringLiteral("vsphere.malformed"),
                                   Text::tr("The server's CurrentTime reply holds no time.")});
             done(time);
         });
}

void VsphereClient::logout(std::function<void(Status)> done)
{
    const QString sessionManager =
        m_content.sessionManager.isEmpty() ? QStringLiteral("SessionManager") : m_content.sessionManager;
    call(
        QStringLiteral("Logout"),
        QByteArrayLiteral("<Logout><_this type=\"SessionManager\">") + escaped(sessionManager) +
            QByteArrayLiteral("</_this></Logout>"),
        [this, done = std::move(done)](Result<QByteArray> response) {
            if (!response)
                return done(response.error());
            m_userName.clear();
            m_password.clear();
            m_sessionKey.clear();
            done(success());
        },
        false);
}

void VsphereClient::terminateSessions(const QStringList& sessionKeys, std::function<void(Status)> done)
{
    QByteArray body = QByteArrayLiteral("<TerminateSession><_this type=\"SessionManager\">") +
                      escaped(m_content.sessionManager.isEmpty() ? QStringLiteral("SessionManager")
                                                                 : m_content.sessionManager) +
                      QByteArrayLiteral("</_this>");
    for (const QString& key : sessionKeys)
        body += QByteArrayLiteral("<sessionId>") + escaped(key) + QByteArrayLiteral("</sessionId>");
    body += QByteArrayLiteral("</TerminateSession>");
    call(QStringLiteral("TerminateSession"), body, [done = std::move(done)](Result<QByteArray> response) {
        if (!response)
            return done(response.error());
        done(success());
    });
}

} // namespace lifeboat::vsphere

namespace lifeboat::vsphere {

namespace {

// Reads the <val> of a config.hardware.device property: the virtual disks among the devices,
// each with the type and bus of its controller (a restore rebuilds the controllers from them).
QVector<VirtualDiskInfo> readDisks(QXmlStreamReader& reader)
{
    QVector<VirtualDiskInfo> disks;
    struct Controller
    {
        QString type;
        int bus = -1;
    };
    QHash<int, Controller> controllers;
    // Positioned on <val>; every direct child is one device.
    while (reader.readNextStartElement()) {
        const QString type = reader.attributes()
                                 .value(kXsiNamespace, QStringLiteral("type"))
                                 .toString()
                                 .section(QLatin1Char(':'), -1);
        const bool isDisk = type == QLatin1String("VirtualDisk");
        VirtualDiskInfo disk;
        Controller controller{type};
        int key = 0;
        qint64 capacityKb = 0;
        while (reader.readNextStartElement()) {
            const auto name = reader.name();
            if (name == QLatin1String("key"))
                key = reader.readElementText().toInt();
            else if (name == QLatin1String("busNumber"))
                controller.bus = reader.readElementText().toInt();
            else if (!isDisk)
                reader.skipCurrentElement();
            else if (name == QLatin1String("controllerKey"))
                disk.controllerKey = reader.readElementText().toInt();
            else if (name == QLatin1String("unitNumber"))
                disk.unitNumber = reader.readElementText().toInt();
            else if (name == QLatin1String("capacityInBytes"))
                disk.capacityBytes = reader.readElementText().toLongLong();
            else if (name == QLatin1String("capacityInKB"))
                capacityKb = reader.readElementText().toLongLong();
            else if (name == QLatin1String("backing")) {
                while (reader.readNextStartElement()) {
                    if (reader.name() == QLatin1String("fileName"))
                        disk.fileName = reader.readElementText();
                    else if (reader.name() == QLatin1String("changeId"))
                        disk.changeId = reader.readElementText();
                    else
                        reader.skipCurrentElement();
                }
            } else
                reader.skipCurrentElement();
        }
        if (!isDisk) {
            if (controller.bus >= 0)
                controllers.insert(key, controller);
            continue;
        }
        disk.key = key;
        if (disk.capacityBytes == 0)
            disk.capacityBytes = capacityKb * 1024;
        disks.append(disk);
    }
    for (VirtualDiskInfo& disk : disks) {
        const auto controller = controllers.constFind(disk.controllerKey);
        if (controller == controllers.constEnd())
            continue;
        disk.controllerType = controller->type;
        disk.controllerBus = controller->bus;
    }
    return disks;
}

// Parses a RetrievePropertiesEx / ContinueRetrievePropertiesEx reply into VMs, and returns
// the continuation token (empty when this was the last page).
} // namespace

void readVmProperty(VirtualMachineInfo& vm, const QString& property, QXmlStreamReader& reader)
{
    if (property == QLatin1String("config.hardware.device")) {
        vm.disks = readDisks(reader);
    } else if (property == QLatin1String("datastore")) {
        vm.datastores.clear();
        while (reader.readNextStartElement())
            vm.datastores << reader.readElementText();
    } else {
        const QString value = reader.readElementText(QXmlStreamReader::SkipChildElements);
        if (property == QLatin1String("name"))
            vm.name = value;
        else if (property == QLatin1String("runtime.powerState"))
            vm.powerState = value;
        else if (property == QLatin1String("config.instanceUuid"))
            vm.instanceUuid = value;
        else if (property == QLatin1String("config.guestFullName"))
            vm.guestFullName = value;
        else if (property == QLatin1String("summary.config.vmPathName"))
            vm.vmPathName = value;
        else if (property == QLatin1String("guest.ipAddress"))
            vm.guestIp = value;
        else if (property == QLatin1String("config.changeTrackingEnabled"))
            vm.changeTrackingEnabled = value == QLatin1String("true");
    }
}

void clearVmProperty(VirtualMachineInfo& vm, const QString& property)
{
    if (property == QLatin1String("config.hardware.device"))
        vm.disks.clear();
    else if (property == QLatin1String("datastore"))
        vm.datastores.clear();
    else if (property == QLatin1String("name"))
        vm.name.clear();
    else if (property == QLatin1String("runtime.powerState"))
        vm.powerState.clear();
    else if (property == QLatin1String("config.instanceUuid"))
        vm.instanceUuid.clear();
    else if (property == QLatin1String("config.guestFullName"))
        vm.guestFullName.clear();
    else if (property == QLatin1String("summary.config.vmPathName"))
        vm.vmPathName.clear();
    else if (property == QLatin1String("guest.ipAddress"))
        vm.guestIp.clear();
    else if (property == QLatin1String("config.changeTrackingEnabled"))
        vm.changeTrackingEnabled = false;
}

Result<QString> parseVirtualMachines(const QByteArray& xml, QVector<VirtualMachineInfo>& into)
{
    QXmlStreamReader reader(xml);
    QString token;
    bool sawResponse = false;
    QVector<VirtualMachineInfo> page;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.namespaceUri() != kVimNamespace)
            continue;
        if (reader.name() == QLatin1String("token")) {
            token = reader.readElementText();
        } else if (reader.name() == QLatin1String("objects")) {
            VirtualMachineInfo vm;
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("obj")) {
                    vm.moref = reader.readElementText();
                } else if (reader.name() == QLatin1String("propSet")) {
                    QString property;
                    while (reader.readNextStartElement()) {
                        if (reader.name() == QLatin1String("name")) {
                            property = reader.readElementText();
                        } else if (reader.name() == QLatin1String("val")) {
                            readVmProperty(vm, property, reader);
                        } else {
                            reader.skipCurrentElement();
                        }
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
            page.append(vm);
        } else if (reader.name().endsWith(QLatin1String("RetrievePropertiesExResponse"))) {
            sawResponse = true;
        }
    }
    if (reader.hasError() || !sawResponse)
        return Error{QStringLiteral("vsphere.malformed"),
                     Text::tr("The server's inventory reply cannot be read (%1).")
                         .arg(reader.hasError() ? reader.errorString() : Text::tr("not a property reply"))};
    into += page;
    return token;
}

void VsphereClient::listVirtualMachines(std::function<void(Result<QVector<VirtualMachineInfo>>)> done)
{
    const QByteArray body =
        QByteArrayLiteral("<CreateContainerView><_this type=\"ViewManager\">") +
        escaped(m_content.viewManager) + QByteArrayLiteral("</_this><container type=\"Folder\">") +
        escaped(m_content.rootFolder) +
        QByteArrayLiteral("</container><type>VirtualMachine</type><recursive>true</recursive>"
                          "</CreateContainerView>");
    call(QStringLiteral("CreateContainerView"), body,
         [this, done = std::move(done)](Result<QByteArray> response) {
             if (!response)
                 return done(response.error());
             const QString view =
                 firstTexts(*response, {QStringLiteral("returnval")}).value(QStringLiteral("returnval"));
             if (view.isEmpty())
                 return done(Error{QStringLiteral("vsphere.malformed"),
                                   Text::tr("The server created no view of its inventory.")});
             collectVirtualMachines(view, QString(), {}, done);
         });
}

void VsphereClient::collectVirtualMachines(const QString& view, const QString& token,
                                           QVector<VirtualMachineInfo> found,
                                           std::function<void(Result<QVector<VirtualMachineInfo>>)> done)
{
    const QByteArray collector = escaped(m_content.propertyCollector);
    QByteArray body;
    if (token.isEmpty()) {
        body =
            QByteArrayLiteral("<RetrievePropertiesEx><_this type=\"PropertyCollector\">") + collector +
            QByteArrayLiteral("</_this><specSet><propSet><type>VirtualMachine</type>"
                              "<pathSet>name</pathSet><pathSet>runtime.powerState</pathSet>"
                              "<pathSet>config.instanceUuid</pathSet><pathSet>config.guestFullName</pathSet>"
                              "<pathSet>summary.config.vmPathName</pathSet>"
                              "<pathSet>config.changeTrackingEnabled</pathSet><pathSet>datastore</pathSet>"
                              "<pathSet>guest.ipAddress</pathSet>"
                              "<pathSet>config.hardware.device</pathSet></propSet>"
                              "<objectSet><obj type=\"ContainerView\">") +
            escaped(view) +
            QByteArrayLiteral("</obj><skip>true</skip><selectSet xsi:type=\"TraversalSpec\"><name>view</name>"
                              "<type>ContainerView</type><path>view</path><skip>false</skip></selectSet>"
                              "</objectSet></specSet><options><maxObjects>500</maxObjects></options>"
                              "</RetrievePropertiesEx>");
    } else {
        body = QByteArrayLiteral("<ContinueRetrievePropertiesEx><_this type=\"PropertyCollector\">") +
               collector + QByteArrayLiteral("</_this><token>") + escaped(token) +
               QByteArrayLiteral("</token></ContinueRetrievePropertiesEx>");
    }
    call(token.isEmpty() ? QStringLiteral("RetrievePropertiesEx")
                         : QStringLiteral("ContinueRetrievePropertiesEx"),
         body,
         [this, view, found = std::move(found), done = std::move(done)](Result<QByteArray> response) mutable {
             if (!response)
                 return done(response.error());
             const auto next = parseVirtualMachines(*response, found);
             if (!next)
                 return done(next.error());
             if (!next->isEmpty())
                 return collectVirtualMachines(view, *next, std::move(found), std::move(done));
             // The view holds server memory for the session: release it, whatever the answer.
             call(QStringLiteral("DestroyView"),
                  QByteArrayLiteral("<DestroyView><_this type=\"ContainerView\">") + escaped(view) +
                      QByteArrayLiteral("</_this></DestroyView>"),
                  [this, found = std::move(found), done = std::move(done)](Result<QByteArray>) mutable {
                      resolveDatacenters(std::move(found), std::move(done));
                  });
         });
}

} // namespace lifeboat::vsphere
