#include "vcd/VcdClient.h"

#include "core/Logging.h"
#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QVersionNumber>
#include <QXmlStreamReader>

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
        const QString message =
            QJsonDocument::fromJson(body).object().value(QLatin1String("message")).toString();
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
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/*+json;version=" + m_version.toLatin1());
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network.get(request);
    vsphere::applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, url, mayRenewSession, done = std::move(done)]() mutable {
                reply->deleteLater();
                const QByteArray body = reply->readAll();
                if (reply->error() == QNetworkReply::NoError)
                    return done(body);
                const Error error = replyError(reply, body);
                if (error.code != QLatin1String("vcd.unauthorized") || m_password.isEmpty())
                    return done(error);
                const QString host = hostName();
                if (!mayRenewSession)
                    return done(Error{
                        QStringLiteral("vcd.session_expired"),
                        Text::tr("The session with %1 ended and signing in again did not help.").arg(host)});
                qCInfo(lcVcd) << "token no longer valid; signing in again";
                ++m_renewals;
                signIn([this, url, host, done = std::move(done)](Result<Session> session) mutable {
                    if (!session)
                        return done(
                            Error{QStringLiteral("vcd.session_expired"),
                                  Text::tr("The session with %1 ended, and signing in again failed: %2")
                                      .arg(host, session.error().message)});
                    get(url, std::move(done), false);
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
