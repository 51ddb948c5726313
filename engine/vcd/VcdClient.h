#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVector>
#include <functional>

class QNetworkReply;

namespace lifeboat::vcd {

// An organization VDC as the query service lists it.
struct OrgVdc
{
    QString name;
    QString href;
    QString orgName;
};

struct VApp
{
    QString name;
    QString href;
    QString vdcHref;
    QString vdcName;
    QString orgName;
    QString status; // Cloud Director's, e.g. "POWERED_ON", "POWERED_OFF", "MIXED"
    int vmCount = 0;
};

// A VM with what the backup needs to reach its disks: the vCenter it lives on (as Cloud
// Director names it; the provider configures that endpoint in Lifeboat) and its moref there.
struct Vm
{
    QString name;
    QString href;
    QString vappHref;
    QString vappName;
    QString vdcHref;
    QString vdcName;
    QString orgName;
    QString powerState; // Cloud Director's status, e.g. "POWERED_ON"
    QString moref;      // "vm-49"; empty when the server does not show it to this account
    QString vcenterHref;
    QString vcenterName;
};

struct Inventory
{
    QVector<OrgVdc> vdcs;
    QVector<VApp> vapps;
    QVector<Vm> vms;
};

struct Session
{
    QString user;
    QString org;
    QString apiVersion;
    bool provider = false;
};

// "vcd.example" → "https://vcd.example": the root every API path hangs from.
QUrl baseUrl(const QString& text);

// The API versions a /api/versions reply lists, as they appear; "vcd.malformed" when it is no
// SupportedVersions document.
Result<QStringList> parseSupportedVersions(const QByteArray& xml);
// The highest version both lists hold (compared as numbers), or empty.
QString highestCommonVersion(const QStringList& server, const QStringList& client);

// One page of an /api/query reply in JSON: its records, the next page's href (empty on the
// last page) and the server's total.
struct QueryPage
{
    QVector<QJsonObject> records;
    QString nextPage;
    int total = 0;
};
Result<QueryPage> parseQueryPage(const QByteArray& json);

// A Cloud Director REST client signed in as an organization user ("user@org") or as the
// provider ("user@System"). Asynchronous like vsphere::VsphereClient: every call returns at
// once and delivers its result on the thread the client lives on.
//
// TLS is checked exactly as VsphereClient does (system CAs or the pinned SHA-256 thumbprint;
// "tls.untrusted" / "tls.changed"). Every request carries the negotiated version in its
// Accept header, which the API requires. A call that finds the token expired signs in again
// once with the same account; if that fails it ends with "vcd.session_expired".
class VcdClient : public QObject
{
    Q_OBJECT
public:
    VcdClient(const QUrl& baseUrl, const QString& pinnedSha256, QObject* parent = nullptr);

    // The API versions this client speaks, ascending.
    static QStringList clientVersions();

    // Reads /api/versions and keeps the highest version both sides speak; refuses with
    // "vcd.unsupported_version" (naming the server's versions) when there is none.
    void negotiateVersion(std::function<void(Result<QString>)> done);
    // Negotiates first if needed. An account of the org "System" signs in as the provider.
    // A wrong user, password or organization is "vcd.wrong_credentials".
    void login(const QString& userAtOrg, const QString& password, std::function<void(Result<Session>)> done);
    // The org VDCs, vApps and VMs the account may see (its organization; all of them for the
    // provider), through the query service, `pageSize` records a page, following the
    // nextPage links.
    void listInventory(int pageSize, std::function<void(Result<Inventory>)> done);
    // The records of one query type (e.g. "vm"), all pages.
    void query(const QString& type, const QString& filter, int pageSize,
               std::function<void(Result<QVector<QJsonObject>>)> done);
    void logout(std::function<void(Status)> done);

    const QString& apiVersion() const { return m_version; }
    // How often an expired token was renewed by signing in again (diagnostics and tests).
    int sessionRenewals() const { return m_renewals; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

private:
    // GET of an API path (or a link the server gave) with the token and version, renewing the
    // session once on 401.
    void get(const QUrl& url, std::function<void(Result<QByteArray>)> done, bool mayRenewSession = true);
    void signIn(std::function<void(Result<Session>)> done);
    void collectPages(const QUrl& url, QVector<QJsonObject> found,
                      std::function<void(Result<QVector<QJsonObject>>)> done);
    Error replyError(QNetworkReply* reply, const QByteArray& body) const;
    QString hostName() const;
    QUrl apiUrl(const QString& pathAndQuery) const;

    QUrl m_url;
    QString m_pinnedSha256;
    QNetworkAccessManager m_network;
    QString m_version;
    QString m_token;
    // The account, held in memory only, to renew an expired token.
    QString m_user;
    QString m_org;
    QString m_password;
    Session m_session;
    int m_timeoutMs = 60000;
    int m_renewals = 0;
};

} // namespace lifeboat::vcd
