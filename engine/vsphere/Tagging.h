#pragma once

#include "core/Result.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace lifeboat::vsphere {

// vSphere tags through the vAPI REST endpoint (/rest, vSphere 6.5+): which inventory
// objects carry a tag. Asynchronous, on the thread it lives on; TLS as the SOAP client
// (CA-verified or the pinned thumbprint). The SOAP sign-in is what proves who is asking:
// this client only reads tag assignments.
class TagClient : public QObject
{
    Q_OBJECT
public:
    TagClient(const QUrl& sdkUrl, const QString& pinnedSha256, QObject* parent = nullptr);

    void login(const QString& user, const QString& password, std::function<void(Status)> done);
    // The morefs of the objects a tag (by name) is attached to; "vsphere.no_such_tag" when
    // no tag has that name.
    void attachedObjects(const QString& tagName, std::function<void(Result<QStringList>)> done);
    // Ends the REST session; `done` once the server has answered (or failed to).
    void logout(std::function<void()> done);

private:
    void request(const QByteArray& verb, const QString& path, const QByteArray& body,
                 std::function<void(Result<QJsonValue>)> done);
    void findTag(const QStringList& ids, int index, const QString& name,
                 std::function<void(Result<QString>)> done);
    void findTagIn(const QStringList& ids, int index, const QString& name, QStringList found,
                   std::function<void(Result<QString>)> done);

    QUrl m_base;
    QString m_pinnedSha256;
    QNetworkAccessManager m_network;
    QByteArray m_session;
};

// Signs in to the tagging service as `user`, reads the objects each tag (by name) is attached
// to, and signs out again; `done` gets tag name -> morefs. What a tag scope covers is read
// afresh for every check: tags move with the objects an administrator tags.
void readTagMembers(const QUrl& sdkUrl, const QString& pinnedSha256, const QString& user,
                    const QString& password, const QStringList& tags,
                    std::function<void(Result<QHash<QString, QStringList>>)> done);

} // namespace lifeboat::vsphere
