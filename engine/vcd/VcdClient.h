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

// A Cloud Director task (application/vnd.vmware.vcloud.task+xml): what a power operation or an
// import answers with at once (202), and what GET on its href tells later.
struct Task
{
    QString href;
    // queued, preRunning, running while it goes on; success, error, canceled or aborted at the end.
    QString status;
    QString operation;     // the server's words, e.g. "Powering on Virtual Machine web01"
    QString operationName; // e.g. "vappPowerOn"
    QString ownerHref;
    QString ownerName;
    QString errorMessage; // Error@message of a failed task
    // Result/ResultReference@href (API 33.0 and later): what the task made, e.g. an imported VM.
    QString resultHref;
    QString resultType;
    int progress = -1;

    bool finished() const;
};
// "vcd.malformed" when it is no Task document or has no status.
Result<Task> parseTask(const QByteArray& xml);

enum class PowerAction
{
    PowerOn,
    PowerOff,
    // The guest's own shut-down (needs VMware Tools in the guest).
    Shutdown,
    Reset
};

struct PowerResult
{
    // The finished task; empty when nothing had to be done.
    Task task;
    // The server refused because the VM or vApp already was in the wanted state.
    bool alreadyInState = false;
};

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

    // Power operations on a VM or vApp (its href, as the query service gives it), through Cloud
    // Director, which owns the state of the VMs it manages. Each posts the action and waits for
    // its task (see waitForTask).
    //
    // Cloud Director refuses (400) an action on a VM or vApp already in the wanted state. Then
    // the entity's status is read: when it is already on (powerOn) or off (powerOff, shutdown)
    // the call succeeds with alreadyInState, so scripts can say "make it so" twice; otherwise,
    // and always for reset of something that is off, it fails with "vcd.power_refused" and the
    // server's reason. Someone else's VM is "vcd.forbidden".
    void powerOn(const QString& href, std::function<void(Result<PowerResult>)> done);
    void powerOff(const QString& href, std::function<void(Result<PowerResult>)> done);
    void shutdown(const QString& href, std::function<void(Result<PowerResult>)> done);
    void reset(const QString& href, std::function<void(Result<PowerResult>)> done);
    void power(PowerAction action, const QString& href, std::function<void(Result<PowerResult>)> done);

    // Asks for the task every taskPollInterval until it ends. A task that ends in error is
    // "vcd.task_failed", canceled or aborted "vcd.task_canceled" (both naming `what` and the
    // server's text); one still going after taskTimeout is "vcd.task_timeout" (the task itself
    // goes on on the server).
    void waitForTask(const QString& taskHref, const QString& what, std::function<void(Result<Task>)> done);

    // Makes the vCenter VM `vmMoref` (on the vCenter `vimServerHref`, as a VM record's "vc"
    // names it) a VM of the existing vApp `vappHref`, called `newName`, and waits for the task.
    // Gives the new VM's href. Provider sessions only ("vcd.provider_only" otherwise): it is an
    // extension API of the system administrator.
    void importVmIntoVApp(const QString& vimServerHref, const QString& vmMoref, const QString& vappHref,
                          const QString& newName, std::function<void(Result<QString>)> done);

    const QString& apiVersion() const { return m_version; }
    // How often an expired token was renewed by signing in again (diagnostics and tests).
    int sessionRenewals() const { return m_renewals; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setTaskPollInterval(int milliseconds) { m_taskPollMs = milliseconds; }
    void setTaskTimeout(int milliseconds) { m_taskTimeoutMs = milliseconds; }

private:
    // GET of an API path (or a link the server gave) with the token and version, renewing the
    // session once on 401.
    void get(const QUrl& url, std::function<void(Result<QByteArray>)> done, bool mayRenewSession = true);
    // Any call of the API with the token and version, renewing the session once on 401.
    void send(const QByteArray& verb, const QUrl& url, const QByteArray& accept,
              const QByteArray& contentType, const QByteArray& body,
              std::function<void(Result<QByteArray>)> done, bool mayRenewSession = true);
    void checkAlreadyInState(PowerAction action, const QString& href, const Error& refusal,
                             std::function<void(Result<PowerResult>)> done);
    void followTask(const Task& task, const QString& what, qint64 deadline,
                    std::function<void(Result<Task>)> done);
    void pollTask(const QUrl& url, const QString& what, qint64 deadline,
                  std::function<void(Result<Task>)> done);
    void findImportedVm(const QString& vappHref, const QString& name,
                        std::function<void(Result<QString>)> done);
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
    int m_taskPollMs = 1000;
    // Imports of large VMs and guest shut-downs can take a while.
    int m_taskTimeoutMs = 30 * 60 * 1000;
    int m_renewals = 0;
};

} // namespace lifeboat::vcd
