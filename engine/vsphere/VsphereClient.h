#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QVector>
#include <functional>

class QNetworkReply;

namespace lifeboat::vsphere {

// What RetrieveServiceContent tells about a vCenter or ESXi endpoint.
struct ServiceContent
{
    QString rootFolder;
    QString propertyCollector;
    QString viewManager;
    QString sessionManager;
    QString apiVersion;
    QString fullName;
    QString instanceUuid;
};

struct UserSession
{
    QString key;
    QString userName;
    QString fullName;
};

struct VirtualDiskInfo
{
    int key = 0;
    int controllerKey = 0;
    qint64 capacityBytes = 0;
    QString fileName; // datastore path, "[datastore] folder/disk.vmdk"
};

struct VirtualMachineInfo
{
    QString moref;
    QString name;
    QString powerState;
    QString instanceUuid;
    QString guestFullName;
    QString vmPathName;
    QVector<VirtualDiskInfo> disks;
};

// Parses one RetrievePropertiesEx or ContinueRetrievePropertiesEx reply, appending its
// VMs to `into`; returns the continuation token, empty on the last page, or
// "vsphere.malformed" for a reply that is not well-formed property data.
Result<QString> parseVirtualMachines(const QByteArray& reply, QVector<VirtualMachineInfo>& into);

// Formats a certificate digest the way vSphere and the lab print thumbprints:
// uppercase hex pairs separated by colons.
QString formatThumbprint(const QByteArray& digest);

// A vim25 SOAP client on one endpoint. Asynchronous: every call returns at once and
// delivers its result to `done` on the thread the client lives on (the engine thread).
//
// TLS: the server certificate must verify against the system's CAs, or its SHA-256
// thumbprint must equal the pin the user accepted. An unknown certificate fails with
// "tls.untrusted" and its thumbprint (to show in a trust dialog); a pinned endpoint whose
// certificate changed fails with "tls.changed". Other TLS errors are never ignored.
class VsphereClient : public QObject
{
    Q_OBJECT
public:
    VsphereClient(const QUrl& sdkUrl, const QString& pinnedSha256, QObject* parent = nullptr);

    void retrieveServiceContent(std::function<void(Result<ServiceContent>)> done);
    // Accepts "DOMAIN\user", "user@domain" and plain user names as the server expects them.
    void login(const QString& userName, const QString& password,
               std::function<void(Result<UserSession>)> done);
    void currentTime(std::function<void(Result<QDateTime>)> done);
    // Every VM under the root folder, through a container view and RetrievePropertiesEx,
    // following continuation tokens (real vCenters page large results; vcsim never does).
    void listVirtualMachines(std::function<void(Result<QVector<VirtualMachineInfo>>)> done);
    // Ends the session; no automatic sign-in happens after it.
    void logout(std::function<void(Status)> done);
    // Ends other sessions of the server (an administrator's tool; also how tests expire one).
    void terminateSessions(const QStringList& sessionKeys, std::function<void(Status)> done);
    QString sessionKey() const { return m_sessionKey; }

    // Timeout per request; a server that stops answering fails the call.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    const QUrl& url() const { return m_url; }

private:
    // Posts one SOAP body and hands back the body of the response's <soapenv:Body>, or
    // the fault, TLS, HTTP or network error mapped to a clear message.
    // A call that finds the session gone (idle timeout, server restart, terminated by an
    // administrator) signs in again once with the same account and is repeated.
    void call(const QString& method, const QByteArray& body, std::function<void(Result<QByteArray>)> done,
              bool mayRenewSession = true);
    Error networkError(QNetworkReply* reply, const QByteArray& response) const;
    void collectVirtualMachines(const QString& view, const QString& token, QVector<VirtualMachineInfo> found,
                                std::function<void(Result<QVector<VirtualMachineInfo>>)> done);

    QUrl m_url;
    QString m_pinnedSha256;
    QNetworkAccessManager m_network;
    ServiceContent m_content;
    // The account of the current session, held in memory only, to renew an expired session.
    QString m_userName;
    QString m_password;
    QString m_sessionKey;
    int m_timeoutMs = 60000;
};

} // namespace lifeboat::vsphere
