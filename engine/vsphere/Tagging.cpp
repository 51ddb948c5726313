#include "vsphere/Tagging.h"

#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSet>
#include <memory>

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::TagClient)
};

} // namespace

TagClient::TagClient(const QUrl& sdkUrl, const QString& pinnedSha256, QObject* parent)
    : QObject(parent)
    , m_pinnedSha256(pinnedSha256.toUpper())
    , m_network(this)
{
    m_base = sdkUrl;
    m_base.setPath(QString());
    m_base.setQuery(QString());
}

void TagClient::request(const QByteArray& verb, const QString& path, const QByteArray& body,
                        std::function<void(Result<QJsonValue>)> done)
{
    QUrl url = m_base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(query < 0 ? path : path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(60000);
    if (!m_session.isEmpty())
        request.setRawHeader("vmware-api-session-id", m_session);
    QNetworkReply* reply = m_network.sendCustomRequest(request, verb, body);
    applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this, [reply, path, done = std::move(done)] {
        reply->deleteLater();
        const QByteArray data = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status >= 400) {
            if (!thumbprintOf(reply).isEmpty())
                return done(Error{QStringLiteral("tls.untrusted"),
                                  Text::tr("The tagging service's certificate is not the trusted one (%1).")
                                      .arg(thumbprintOf(reply))});
            return done(Error{QStringLiteral("vsphere.tagging"),
                              Text::tr("The tagging service refused %1: HTTP %2 %3")
                                  .arg(path)
                                  .arg(status)
                                  .arg(reply->errorString())});
        }
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(data, &parsed);
        if (!data.isEmpty() && (parsed.error != QJsonParseError::NoError || !document.isObject()))
            return done(Error{
                QStringLiteral("vsphere.malformed"),
                Text::tr("The tagging service answered %1 with something that is not JSON.").arg(path)});
        done(document.object().value(QStringLiteral("value")));
    });
}

void TagClient::login(const QString& user, const QString& password, std::function<void(Status)> done)
{
    QUrl url = m_base;
    url.setPath(QStringLiteral("/rest/com/vmware/cis/session"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization",
                         "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64());
    request.setTransferTimeout(60000);
    QNetworkReply* reply = m_network.post(request, QByteArray());
    applyCertificatePin(reply, m_pinnedSha256);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        const QJsonValue value =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("value"));
        if (reply->error() != QNetworkReply::NoError || !value.isString())
            return done(
                Error{QStringLiteral("vsphere.tagging"),
                      Text::tr("Cannot sign in to the tagging service: %1").arg(reply->errorString())});
        m_session = value.toString().toUtf8();
        done(success());
    });
}

void TagClient::attachedObjects(const QString& tagName, std::function<void(Result<QStringList>)> done)
{
    request(
        "GET", QStringLiteral("/rest/com/vmware/cis/tagging/tag"), QByteArray(),
        [this, tagName, done = std::move(done)](Result<QJsonValue> ids) mutable {
            if (!ids)
                return done(ids.error());
            QStringList list;
            for (const QJsonValue& id : ids->toArray())
                list << id.toString();
            findTag(list, 0, tagName, [this, done = std::move(done)](Result<QString> tag) mutable {
                if (!tag)
                    return done(tag.error());
                // vcsim drops the connection without a JSON body here.
                request(
                    "POST",
                    QStringLiteral(
                        "/rest/com/vmware/cis/tagging/tag-association/id:%1?~action=list-attached-objects")
                        .arg(*tag),
                    QByteArrayLiteral("{}"), [done = std::move(done)](Result<QJsonValue> objects) {
                        if (!objects)
                            return done(objects.error());
                        QStringList morefs;
                        for (const QJsonValue& object : objects->toArray())
                            morefs << object.toObject().value(QStringLiteral("id")).toString();
                        done(morefs);
                    });
            });
        });
}

void TagClient::findTag(const QStringList& ids, int index, const QString& name,
                        std::function<void(Result<QString>)> done)
{
    findTagIn(ids, index, name, QStringList(), std::move(done));
}

void TagClient::findTagIn(const QStringList& ids, int index, const QString& name, QStringList found,
                          std::function<void(Result<QString>)> done)
{
    if (index >= ids.size()) {
        if (found.isEmpty())
            return done(Error{QStringLiteral("vsphere.no_such_tag"),
                              Text::tr("There is no tag named %1.").arg(name)});
        // Tag names are unique only within a category; a scope must not silently pick one.
        if (found.size() > 1)
            return done(
                Error{QStringLiteral("vsphere.ambiguous_tag"),
                      Text::tr("%n tags are named %1 (in different categories); rename them so that the "
                               "scope names one.",
                               nullptr, static_cast<int>(found.size()))
                          .arg(name)});
        return done(found.front());
    }
    const QString id = ids[index];
    request("GET", QStringLiteral("/rest/com/vmware/cis/tagging/tag/id:%1").arg(id), QByteArray(),
            [this, ids, index, name, id, found, done = std::move(done)](Result<QJsonValue> tag) mutable {
                if (!tag)
                    return done(tag.error());
                if (tag->toObject().value(QStringLiteral("name")).toString() == name)
                    found << id;
                findTagIn(ids, index + 1, name, std::move(found), std::move(done));
            });
}

void TagClient::logout(std::function<void()> done)
{
    if (m_session.isEmpty())
        return done();
    request("DELETE", QStringLiteral("/rest/com/vmware/cis/session"), QByteArray(),
            [done = std::move(done)](Result<QJsonValue>) { done(); });
    m_session.clear();
}

namespace {

struct TagReading
{
    TagClient* client;
    QStringList tags;
    QHash<QString, QStringList> members;
    std::function<void(Result<QHash<QString, QStringList>>)> done;
};

void readNextTag(std::shared_ptr<TagReading> reading)
{
    if (reading->members.size() == reading->tags.size())
        // The client goes only after the server saw the logout, or the session would leak.
        return reading->client->logout([reading] {
            reading->client->deleteLater();
            reading->done(reading->members);
        });
    const QString tag = reading->tags[reading->members.size()];
    reading->client->attachedObjects(tag, [reading, tag](Result<QStringList> objects) {
        if (!objects) {
            reading->client->deleteLater();
            return reading->done(Error{objects.error().code,
                                       QCoreApplication::translate("lifeboat::vsphere::TagClient",
                                                                   "Cannot read the objects tagged %1: %2")
                                           .arg(tag, objects.error().message)});
        }
        reading->members.insert(tag, *objects);
        readNextTag(reading);
    });
}

} // namespace

void readTagMembers(const QUrl& sdkUrl, const QString& pinnedSha256, const QString& user,
                    const QString& password, const QStringList& tags,
                    std::function<void(Result<QHash<QString, QStringList>>)> done)
{
    if (tags.isEmpty())
        return done(QHash<QString, QStringList>());
    auto reading = std::make_shared<TagReading>(TagReading{new TagClient(sdkUrl, pinnedSha256),
                                                           QSet<QString>(tags.begin(), tags.end()).values(),
                                                           {},
                                                           std::move(done)});
    reading->client->login(user, password, [reading, user](Status in) {
        if (!in) {
            reading->client->deleteLater();
            return reading->done(
                Error{in.error().code, QCoreApplication::translate("lifeboat::vsphere::TagClient",
                                                                   "Cannot read the tags that scope %1: %2")
                                           .arg(user, in.error().message)});
        }
        readNextTag(reading);
    });
}

} // namespace lifeboat::vsphere
