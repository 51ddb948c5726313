#include "vcd/VcdClient.h"

#include "core/Logging.h"
#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QVersionNumber>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

Q_LOGGING_CATEGORY(lcVcd, "lifeboat.engine.vcd", QtInfoMsg)

namespace lifeboat::vcd {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vcd::VcdClient)
};

const char* const kSystemOrg = "System";

QString str(const QJsonObject& record, const char* key)
{
    return record.value(QLatin1String(key)).toString();
}

// The message of an error reply: JSON {"message"} or the XML Error document, depending on what
// the request accepted.
QString errorMessageOf(const QByteArray& body)
{
    const QString fromJson =
        QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
    if (!fromJson.isEmpty())
        return fromJson;
    QXmlStreamReader reader(body);
    while (reader.readNextStartElement())
        if (reader.name() == QLatin1String("Error"))
            return reader.attributes().value(QLatin1String("message")).toString();
    return QString();
}

// Cloud Director's numeric entity status (ResourceEntityType@status).
constexpr int kStatusResolved = 1; // undeployed, hence off
constexpr int kStatusPoweredOn = 4;
constexpr int kStatusPoweredOff = 8;

const char* actionPath(PowerAction action)
{
    switch (action) {
    case PowerAction::PowerOn:
        return "powerOn";
    case PowerAction::PowerOff:
        return "powerOff";
    case PowerAction::Shutdown:
        return "shutdown";
    case PowerAction::Reset:
        return "reset";
    }
    return "";
}

// "Powering on web01": the operation, as task errors name it.
QString describe(PowerAction action, const QString& name)
{
    switch (action) {
    case PowerAction::PowerOn:
        return Text::tr("Powering on %1").arg(name);
    case PowerAction::PowerOff:
        return Text::tr("Powering off %1").arg(name);
    case PowerAction::Shutdown:
        return Text::tr("Shutting down %1").arg(name);
    case PowerAction::Reset:
        return Text::tr("Resetting %1").arg(name);
    }
    return name;
}

bool isVmHref(const QString& href)
{
    return QUrl(href).path().contains(QLatin1String("/vm-"));
}

} // namespace

QUrl baseUrl(const QString& text)
{
    QUrl url = QUrl::fromUserInput(text);
    url.setPath(QString());
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

Result<QStringList> parseSupportedVersions(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    QStringList versions;
    bool sawRoot = false;
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (reader.name() == QLatin1String("SupportedVersions"))
            sawRoot = true;
        else if (sawRoot && reader.name() == QLatin1String("Version"))
            versions << reader.readElementText().trimmed();
    }
    if (reader.hasError() || !sawRoot)
        return Error{
            QStringLiteral("vcd.malformed"),
            Text::tr("The server's list of API versions is not readable (%1). Is this a VMware Cloud "
                     "Director address?")
                .arg(reader.hasError() ? reader.errorString() : Text::tr("no SupportedVersions"))};
    return versions;
}

QString highestCommonVersion(const QStringList& server, const QStringList& client)
{
    QString best;
    for (const QString& version : server) {
        if (!client.contains(version))
            continue;
        if (best.isEmpty() || QVersionNumber::fromString(version) > QVersionNumber::fromString(best))
            best = version;
    }
    return best;
}

Result<QueryPage> parseQueryPage(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error{QStringLiteral("vcd.malformed"),
                     Text::tr("The server's query reply is not readable: %1").arg(parseError.errorString())};
    const QJsonObject root = document.object();
    QueryPage page;
    page.total = root.value(QLatin1String("total")).toInt();
    for (const QJsonValue& record : root.value(QLatin1String("record")).toArray())
        page.records.append(record.toObject());
    for (const QJsonValue& link : root.value(QLatin1String("link")).toArray())
        if (link.toObject().value(QLatin1String("rel")).toString() == QLatin1String("nextPage"))
            page.nextPage = link.toObject().value(QLatin1String("href")).toString();
    return page;
}

bool Task::finished() const
{
    return status == QLatin1String("success") || status == QLatin1String("error") ||
           status == QLatin1String("canceled") || status == QLatin1String("aborted");
}

Result<Task> parseTask(const QByteArray& xml)
{
    QXmlStreamReader reader(xml);
    Task task;
    bool sawRoot = false;
    int depth = 0;
    // Only the task's own children count: a Task may list subtasks (Tasks/Task) with owners and
    // errors of their own.
    QStringList path;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            path.removeLast();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        ++depth;
        path.append(reader.name().toString());
        const auto attributes = reader.attributes();
        auto attribute = [&](const char* name) {
            return attributes.value(QLatin1String(name)).toString();
        };
        if (depth == 1) {
            if (reader.name() != QLatin1String("Task"))
                break;
            sawRoot = true;
            task.href = attribute("href");
            task.status = attribute("status");
            task.operation = attribute("operation");
            task.operationName = attribute("operationName");
        } else if (depth == 2 && reader.name() == QLatin1String("Owner")) {
            task.ownerHref = attribute("href");
            task.ownerName = attribute("name");
        } else if (depth == 2 && reader.name() == QLatin1String("Error")) {
            task.errorMessage = attribute("message");
        } else if (depth == 2 && reader.name() == QLatin1String("Progress")) {
            bool ok = false;
            const int progress = reader.readElementText().trimmed().toInt(&ok);
            --depth;
            path.removeLast();
            if (ok)
                task.progress = progress;
        } else if (depth == 3 && path.value(1) == QLatin1String("Result") &&
                   reader.name() == QLatin1String("ResultReference")) {
            task.resultHref = attribute("href");
            task.resultType = attribute("type");
        }
    }
    if (reader.hasError() || !sawRoot || task.status.isEmpty())
        return Error{QStringLiteral("vcd.malformed"),
                     Text::tr("The server's task is not readable (%1).")
                         .arg(reader.hasError() ? reader.errorString()
                              : !sawRoot        ? Text::tr("no Task document")
                                                : Text::tr("the task has no status"))};
    return task;
}

VcdClient::VcdClient(const QUrl& url, const QString& pinnedSha256, QObject* parent)
    : QObject(parent)
    , m_url(url)
    , m_pinnedSha256(pinnedSha256.toUpper())
    , m_network(this)
{}

QStringList VcdClient::clientVersions()
{
    // 37.0 is Cloud Director 10.4, the oldest release still supported by VMware's own Go SDK;
    // 38.0 is 10.5. Newer versions are added once they are tried against a real server.
    return {QStringLiteral("37.0"), QStringLiteral("38.0")};
}

QString VcdClient::hostName() const
{
    return m_url.host() + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString());
}

QUrl VcdClient::apiUrl(const QString& pathAndQuery) const
{
    // Links from the server are absolute, possibly naming its public address; only their path
    // and query are used, so the token never goes to a host the user did not choose.
    const QUrl given(pathAndQuery);
    QUrl url = m_url;
    url.setPath(given.path());
    url.setQuery(given.query(QUrl::FullyEncoded), QUrl::StrictMode);
    return url;
}

Error VcdClient::replyError(QNetworkReply* reply, const QByteArray& body) const
{
    const QString host = hostName();
    if (auto refused = vsphere::certificateError(reply, host, m_pinnedSha256))
        return *refused;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        const QString message = errorMessageOf(body);
        if (status == 400)
            return Error{QStringLiteral("vcd.bad_request"),
                         Text::tr("%1 refused the request: %2")
                             .arg(host, message.isEmpty() ? reply->errorString() : message),
                         message};
        if (status == 401)
            return Error{QStringLiteral("vcd.unauthorized"),
                         Text::tr("%1 did not accept the session (HTTP 401).").arg(host)};
        if (status == 403)
            return Error{QStringLiteral("vcd.forbidden"),
                         Text::tr("%1 does not let this account do that: %2").arg(host, message)};
        if (status == 406)
            return Error{QStringLiteral("vcd.unsupported_version"),
                         Text::tr("%1 refused API version %2: %3").arg(host, m_version, message)};
        return Error{QStringLiteral("vcd.http"),
                     Text::tr("%1 answered HTTP %2: %3")
                         .arg(host)
                         .arg(status)
                         .arg(message.isEmpty() ? reply->errorString() : message)};
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
        return Error{
            QStringLiteral("vcd.unreachable"),
            Text::tr("Cannot reach %1: it did not answer within %2 s.").arg(host).arg(m_timeoutMs / 1000)};
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return Error{QStringLiteral("vcd.unreachable"),
                     Text::tr("Cannot reach %1: %2").arg(host, reply->errorString())};
    case QNetworkReply::SslHandshakeFailedError:
        return Error{QStringLiteral("tls.failed"),
                     Text::tr("The secure connection to %1 failed: %2").arg(host, reply->errorString())};
    default:
        return Error{QStringLiteral("vcd.network"),
                     Text::tr("The request to %1 failed: %2").arg(host, reply->errorString())};
    }
}

void VcdClient::negotiateVersion(std::function<void(Result<QString>)> done)
{
    QNetworkRequest request(apiUrl(QStringLiteral("/api/versions")));
    request.setRawHeader("Accept", "application/*+xml");
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    vsphere::applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            return done(replyError(reply, body));
        auto versions = parseSupportedVersions(body);
        if (!versions)
            return done(versions.error());
        const QString chosen = highestCommonVersion(*versions, clientVersions());
        if (chosen.isEmpty())
            return done(Error{
                QStringLiteral("vcd.unsupported_version"),
                Text::tr("%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. "
                         "Upgrade Cloud Director or Lifeboat.")
                    .arg(hostName(),
                         versions->isEmpty() ? Text::tr("(none)") : versions->join(QStringLiteral(", ")),
                         clientVersions().join(QStringLiteral(", ")))});
        m_version = chosen;
        qCInfo(lcVcd) << "API version" << chosen << "of" << *versions;
        done(chosen);
    });
}

void VcdClient::login(const QString& userAtOrg, const QString& password,
                      std::function<void(Result<Session>)> done)
{
    const qsizetype at = userAtOrg.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == userAtOrg.size() - 1)
        return done(Error{QStringLiteral("vcd.user_format"),
                          Text::tr("Cloud Director accounts are written user@organization (the provider's "
                                   "are user@System); \"%1\" is not.")
                              .arg(userAtOrg)});
    m_user = userAtOrg.left(at);
    m_org = userAtOrg.mid(at + 1);
    m_password = password;
    if (!m_version.isEmpty())
        return signIn(std::move(done));
    negotiateVersion([this, done = std::move(done)](Result<QString> version) mutable {
        if (!version)
            return done(version.error());
        signIn(std::move(done));
    });
}

void VcdClient::signIn(std::function<void(Result<Session>)> done)
{
    const bool provider = m_org.compare(QLatin1String(kSystemOrg), Qt::CaseInsensitive) == 0;
    QNetworkRequest request(apiUrl(provider ? QStringLiteral("/cloudapi/1.0.0/sessions/provider")
                                            : QStringLiteral("/cloudapi/1.0.0/sessions")));
    request.setRawHeader("Accept", "application/json;version=" + m_version.toLatin1());
    request.setRawHeader(
        "Authorization",
        "Basic " + (m_user + QLatin1Char('@') + m_org + QLatin1Char(':') + m_password).toUtf8().toBase64());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.post(request, QByteArray());
    vsphere::applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, provider, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError) {
            Error error = replyError(reply, body);
            if (error.code == QLatin1String("vcd.unauthorized"))
                error = Error{QStringLiteral("vcd.wrong_credentials"),
                              Text::tr("%1 refused the sign-in of %2@%3. The user name, the password or the "
                                       "organization is wrong; Cloud Director does not say which.")
                                  .arg(hostName(), m_user, m_org)};
            return done(error);
        }
        const QByteArray token = reply->rawHeader("X-VMWARE-VCLOUD-ACCESS-TOKEN");
        if (token.isEmpty())
            return done(Error{QStringLiteral("vcd.malformed"),
                              Text::tr("%1 signed in but sent no access token. Cloud Director 10.4 or later "
                                       "is needed.")
                                  .arg(hostName())});
        m_token = QString::fromLatin1(token);
        const QJsonObject session = QJsonDocument::fromJson(body).object();
        m_session.user =
            session.value(QLatin1String("user")).toObject().value(QLatin1String("name")).toString();
        m_session.org =
            session.value(QLatin1String("org")).toObject().value(QLatin1String("name")).toString();
        if (m_session.user.isEmpty())
            m_session.user = m_user;
        if (m_session.org.isEmpty())
            m_session.org = m_org;
        m_session.apiVersion = m_version;
        m_session.provider = provider;
        done(m_session);
    });
}

void VcdClient::get(const QUrl& url, std::function<void(Result<QByteArray>)> done, bool mayRenewSession)
{
    send("GET", url, "application/*+json", QByteArray(), QByteArray(), std::move(done), mayRenewSession);
}

void VcdClient::send(const QByteArray& verb, const QUrl& url, const QByteArray& accept,
                     const QByteArray& contentType, const QByteArray& body,
                     std::function<void(Result<QByteArray>)> done, bool mayRenewSession)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", accept + ";version=" + m_version.toLatin1());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply =
        verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
    vsphere::applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, verb, url, accept, contentType, body, mayRenewSession,
             done = std::move(done)]() mutable {
                reply->deleteLater();
                const QByteArray answer = reply->readAll();
                if (reply->error() == QNetworkReply::NoError)
                    return done(answer);
                const Error error = replyError(reply, answer);
                if (error.code != QLatin1String("vcd.unauthorized") || m_password.isEmpty())
                    return done(error);
                const QString host = hostName();
                if (!mayRenewSession)
                    return done(Error{
                        QStringLiteral("vcd.session_expired"),
                        Text::tr("The session with %1 ended and signing in again did not help.").arg(host)});
                qCInfo(lcVcd) << "token no longer valid; signing in again";
                ++m_renewals;
                signIn([this, verb, url, accept, contentType, body, host,
                        done = std::move(done)](Result<Session> session) mutable {
                    if (!session)
                        return done(
                            Error{QStringLiteral("vcd.session_expired"),
                                  Text::tr("The session with %1 ended, and signing in again failed: %2")
                                      .arg(host, session.error().message)});
                    send(verb, url, accept, contentType, body, std::move(done), false);
                });
            });
}

void VcdClient::query(const QString& type, const QString& filter, int pageSize,
                      std::function<void(Result<QVector<QJsonObject>>)> done)
{
    // Built by hand: the filter's "==", ";" and "," must arrive percent-encoded, exactly once.
    QString text = QStringLiteral("type=%1&format=records&page=1&pageSize=%2")
                       .arg(QString::fromLatin1(QUrl::toPercentEncoding(type)))
                       .arg(pageSize);
    if (!filter.isEmpty())
        text += QStringLiteral("&filter=") + QString::fromLatin1(QUrl::toPercentEncoding(filter));
    QUrl url = m_url;
    url.setPath(QStringLiteral("/api/query"));
    url.setQuery(text, QUrl::StrictMode);
    collectPages(url, {}, std::move(done));
}

void VcdClient::collectPages(const QUrl& url, QVector<QJsonObject> found,
                             std::function<void(Result<QVector<QJsonObject>>)> done)
{
    get(url, [this, found = std::move(found), done = std::move(done)](Result<QByteArray> body) mutable {
        if (!body)
            return done(body.error());
        auto page = parseQueryPage(*body);
        if (!page)
            return done(page.error());
        found += page->records;
        // A server that keeps linking pages without adding records would loop forever.
        if (page->nextPage.isEmpty() || page->records.isEmpty())
            return done(found);
        collectPages(apiUrl(page->nextPage), std::move(found), std::move(done));
    });
}

void VcdClient::listInventory(int pageSize, std::function<void(Result<Inventory>)> done)
{
    auto inventory = std::make_shared<Inventory>();
    query(QStringLiteral("orgVdc"), QString(), pageSize,
          [this, pageSize, inventory, done = std::move(done)](Result<QVector<QJsonObject>> vdcs) mutable {
              if (!vdcs)
                  return done(vdcs.error());
              auto orgOfVdc = std::make_shared<QHash<QString, QString>>();
              for (const QJsonObject& r : *vdcs) {
                  inventory->vdcs.append(OrgVdc{str(r, "name"), str(r, "href"), str(r, "orgName")});
                  orgOfVdc->insert(str(r, "href"), str(r, "orgName"));
              }
              query(QStringLiteral("vApp"), QString(), pageSize,
                    [this, pageSize, inventory, orgOfVdc,
                     done = std::move(done)](Result<QVector<QJsonObject>> vapps) mutable {
                        if (!vapps)
                            return done(vapps.error());
                        for (const QJsonObject& r : *vapps)
                            inventory->vapps.append(VApp{str(r, "name"), str(r, "href"), str(r, "vdc"),
                                                         str(r, "vdcName"), orgOfVdc->value(str(r, "vdc")),
                                                         str(r, "status"),
                                                         r.value(QLatin1String("numberOfVMs")).toInt()});
                        // Templates are catalog items, not VMs to back up.
                        query(
                            QStringLiteral("vm"), QStringLiteral("isVAppTemplate==false"), pageSize,
                            [inventory, orgOfVdc, done = std::move(done)](Result<QVector<QJsonObject>> vms) {
                                if (!vms)
                                    return done(vms.error());
                                for (const QJsonObject& r : *vms) {
                                    Vm vm;
                                    vm.name = str(r, "name");
                                    vm.href = str(r, "href");
                                    vm.vappHref = str(r, "container");
                                    vm.vappName = str(r, "containerName");
                                    vm.vdcHref = str(r, "vdc");
                                    vm.vdcName = str(r, "vdcName");
                                    vm.orgName = orgOfVdc->value(vm.vdcHref);
                                    vm.powerState = str(r, "status");
                                    vm.moref = str(r, "moref");
                                    vm.vcenterHref = str(r, "vc");
                                    vm.vcenterName = str(r, "vcName");
                                    inventory->vms.append(vm);
                                }
                                done(*inventory);
                            });
                    });
          });
}

void VcdClient::powerOn(const QString& href, std::function<void(Result<PowerResult>)> done)
{
    power(PowerAction::PowerOn, href, std::move(done));
}

void VcdClient::powerOff(const QString& href, std::function<void(Result<PowerResult>)> done)
{
    power(PowerAction::PowerOff, href, std::move(done));
}

void VcdClient::shutdown(const QString& href, std::function<void(Result<PowerResult>)> done)
{
    power(PowerAction::Shutdown, href, std::move(done));
}

void VcdClient::reset(const QString& href, std::function<void(Result<PowerResult>)> done)
{
    power(PowerAction::Reset, href, std::move(done));
}

void VcdClient::power(PowerAction action, const QString& href, std::function<void(Result<PowerResult>)> done)
{
    QUrl url = apiUrl(href);
    url.setPath(url.path() + QStringLiteral("/power/action/") + QLatin1String(actionPath(action)));
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + m_taskTimeoutMs;
    send("POST", url, "application/*+xml", QByteArray(), QByteArray(),
         [this, action, href, deadline, done = std::move(done)](Result<QByteArray> answer) mutable {
             if (!answer) {
                 if (answer.error().code != QLatin1String("vcd.bad_request"))
                     return done(answer.error());
                 return checkAlreadyInState(action, href, answer.error(), std::move(done));
             }
             auto task = parseTask(*answer);
             if (!task)
                 return done(task.error());
             const QString what = describe(action, task->ownerName.isEmpty() ? href : task->ownerName);
             followTask(*task, what, deadline, [done = std::move(done)](Result<Task> finished) {
                 if (!finished)
                     return done(finished.error());
                 done(PowerResult{*finished, false});
             });
         });
}

void VcdClient::checkAlreadyInState(PowerAction action, const QString& href, const Error& refusal,
                                    std::function<void(Result<PowerResult>)> done)
{
    // The refusal's text differs between versions and languages; the entity's status does not.
    send("GET", apiUrl(href), "application/*+xml", QByteArray(), QByteArray(),
         [this, action, href, refusal, done = std::move(done)](Result<QByteArray> entity) {
             int status = -1;
             QString name = href;
             if (entity) {
                 QXmlStreamReader reader(*entity);
                 if (reader.readNextStartElement()) {
                     bool ok = false;
                     status = reader.attributes().value(QLatin1String("status")).toInt(&ok);
                     if (!ok)
                         status = -1;
                     if (!reader.attributes().value(QLatin1String("name")).isEmpty())
                         name = reader.attributes().value(QLatin1String("name")).toString();
                 }
             }
             const bool already = (action == PowerAction::PowerOn && status == kStatusPoweredOn) ||
                                  ((action == PowerAction::PowerOff || action == PowerAction::Shutdown) &&
                                   (status == kStatusPoweredOff || status == kStatusResolved));
             if (already) {
                 qCInfo(lcVcd) << name << "already in the wanted power state";
                 return done(PowerResult{Task{}, true});
             }
             done(Error{QStringLiteral("vcd.power_refused"),
                        Text::tr("%1 was refused by %2: %3")
                            .arg(describe(action, name), hostName(),
                                 refusal.detail.isEmpty() ? refusal.message : refusal.detail)});
         });
}

void VcdClient::waitForTask(const QString& taskHref, const QString& what,
                            std::function<void(Result<Task>)> done)
{
    pollTask(apiUrl(taskHref), what, QDateTime::currentMSecsSinceEpoch() + m_taskTimeoutMs, std::move(done));
}

void VcdClient::pollTask(const QUrl& url, const QString& what, qint64 deadline,
                         std::function<void(Result<Task>)> done)
{
    send("GET", url, "application/*+xml", QByteArray(), QByteArray(),
         [this, what, deadline, done = std::move(done)](Result<QByteArray> answer) mutable {
             if (!answer)
                 return done(answer.error());
             auto task = parseTask(*answer);
             if (!task)
                 return done(task.error());
             followTask(*task, what, deadline, std::move(done));
         });
}

void VcdClient::followTask(const Task& task, const QString& what, qint64 deadline,
                           std::function<void(Result<Task>)> done)
{
    const QString host = hostName();
    if (task.status == QLatin1String("success"))
        return done(task);
    if (task.status == QLatin1String("error"))
        return done(Error{QStringLiteral("vcd.task_failed"),
                          Text::tr("%1 failed on %2: %3")
                              .arg(what, host,
                                   task.errorMessage.isEmpty() ? Text::tr("the server gave no reason")
                                                               : task.errorMessage)});
    if (task.status == QLatin1String("canceled") || task.status == QLatin1String("aborted"))
        return done(Error{QStringLiteral("vcd.task_canceled"),
                          task.status == QLatin1String("canceled")
                              ? Text::tr("%1 was canceled on %2.").arg(what, host)
                              : Text::tr("%1 was aborted on %2.").arg(what, host)});
    if (task.href.isEmpty())
        return done(Error{QStringLiteral("vcd.malformed"),
                          Text::tr("%1: the server's task has no address to follow.").arg(what)});
    const qint64 left = deadline - QDateTime::currentMSecsSinceEpoch();
    if (left <= 0)
        return done(Error{QStringLiteral("vcd.task_timeout"),
                          Text::tr("%1 did not finish within %2 s (still %3 on %4; the task goes on there).")
                              .arg(what)
                              .arg(m_taskTimeoutMs / 1000.0)
                              .arg(task.status, host)});
    const QUrl url = apiUrl(task.href);
    QTimer::singleShot(qMin<qint64>(m_taskPollMs, left), this,
                       [this, url, what, deadline, done = std::move(done)]() mutable {
                           pollTask(url, what, deadline, std::move(done));
                       });
}

void VcdClient::importVmIntoVApp(const QString& vimServerHref, const QString& vmMoref,
                                 const QString& vappHref, const QString& newName,
                                 std::function<void(Result<QString>)> done)
{
    if (!m_session.provider || m_token.isEmpty())
        return done(Error{QStringLiteral("vcd.provider_only"),
                          Text::tr("Importing a vCenter VM into a vApp needs the provider's account "
                                   "(USER@System); %1 is not signed in as the provider.")
                              .arg(m_token.isEmpty() ? Text::tr("this client")
                                                     : m_session.user + QLatin1Char('@') + m_session.org)});
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    const QString ext = QStringLiteral("http://www.vmware.com/vcloud/extension/v1.5");
    const QString vcloud = QStringLiteral("http://www.vmware.com/vcloud/v1.5");
    xml.writeNamespace(ext, QStringLiteral("vmext"));
    xml.writeNamespace(vcloud, QStringLiteral("vcloud"));
    xml.writeStartElement(ext, QStringLiteral("ImportVmIntoExistingVAppParams"));
    // Move, not copy: the VM a restore made must itself become the vApp's, not leave a twin
    // behind in vCenter.
    xml.writeAttribute(QStringLiteral("sourceMove"), QStringLiteral("true"));
    // The schema fixes the order of the elements.
    xml.writeTextElement(ext, QStringLiteral("VmName"), newName);
    xml.writeTextElement(ext, QStringLiteral("VmMoRef"), vmMoref);
    xml.writeEmptyElement(vcloud, QStringLiteral("VApp"));
    xml.writeAttribute(QStringLiteral("href"), vappHref);
    xml.writeEndElement();
    xml.writeEndDocument();

    QUrl url = apiUrl(vimServerHref);
    url.setPath(url.path() + QStringLiteral("/importVmIntoExistingVApp"));
    const QString what = Text::tr("Importing %1 (%2) into the vApp %3").arg(newName, vmMoref, vappHref);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + m_taskTimeoutMs;
    send(
        "POST", url, "application/*+xml", "application/vnd.vmware.admin.importVmIntoExistingVAppParams+xml",
        body,
        [this, what, deadline, vappHref, newName, done = std::move(done)](Result<QByteArray> answer) mutable {
            if (!answer)
                return done(answer.error());
            auto task = parseTask(*answer);
            if (!task)
                return done(task.error());
            followTask(*task, what, deadline,
                       [this, vappHref, newName, done = std::move(done)](Result<Task> finished) mutable {
                           if (!finished)
                               return done(finished.error());
                           if (isVmHref(finished->resultHref))
                               return done(finished->resultHref);
                           if (isVmHref(finished->ownerHref))
                               return done(finished->ownerHref);
                           findImportedVm(vappHref, newName, std::move(done));
                       });
        });
}

void VcdClient::findImportedVm(const QString& vappHref, const QString& name,
                               std::function<void(Result<QString>)> done)
{
    // Older servers name no result; the vApp's VM of that name is the one just imported.
    query(QStringLiteral("adminVM"), QStringLiteral("name==") + name, 128,
          [this, vappHref, name, done = std::move(done)](Result<QVector<QJsonObject>> records) {
              if (!records)
                  return done(records.error());
              const QString vappPath = QUrl(vappHref).path();
              for (const QJsonObject& record : *records)
                  if (QUrl(str(record, "container")).path() == vappPath)
                      return done(str(record, "href"));
              done(Error{QStringLiteral("vcd.import_unseen"),
                         Text::tr("%1 finished the import, but the vApp %2 shows no VM named %3.")
                             .arg(hostName(), vappHref, name)});
          });
}

void VcdClient::logout(std::function<void(Status)> done)
{
    if (m_token.isEmpty())
        return done(success());
    QNetworkRequest request(apiUrl(QStringLiteral("/cloudapi/1.0.0/sessions/current")));
    request.setRawHeader("Accept", "application/json;version=" + m_version.toLatin1());
    request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    // An explicit sign-out is final: no renewal after it.
    m_password.clear();
    m_token.clear();
    QNetworkReply* reply = m_network.deleteResource(request);
    vsphere::applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray body = reply->readAll();
        if (reply->error() != QNetworkReply::NoError)
            return done(replyError(reply, body));
        done(success());
    });
}

} // namespace lifeboat::vcd
