#include "restore/ItemRestore.h"

#include "apps/DatabaseItems.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"
#include "restore/RestoreAudit.h"
#include "restore/RestoreSession.h"
#include "ssh/SshSession.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace lifeboat::restore {

namespace {

using Deliver =
    std::function<Result<QString>(const repository::DiskManifest& item, repository::DiskReader& reader)>;

Result<jobs::Session> run(jobs::JobStore& store, const ItemRestoreRequest& request, const QString& target,
                          const QString& mode, const Deliver& deliver)
{
    AuditRecord audit;
    audit.operatorAccount = request.user;
    audit.kind = QStringLiteral("item");
    audit.restorePoint = request.restorePoint;
    audit.target = target;
    audit.mode = mode;
    RestoreSession session(store, audit, request.item);
    const repository::Manifest* manifest = session.begin(*request.repository, request.caller);
    if (!manifest)
        return session.ended();
    const repository::DiskManifest* item = manifest->item(request.item);
    if (!item)
        return session.fail(
            ItemRestore::tr("The restore point %1 has no item %2.").arg(request.restorePoint, request.item));
    session.log(QStringLiteral("info"),
                ItemRestore::tr("Restoring the %1 database %2 from the restore point of %3 to %4.")
                    .arg(item->itemKind, item->itemDatabase, manifest->time.toString(Qt::ISODate), target));
    auto reader = repository::DiskReader::open(*request.repository, *item);
    if (!reader)
        return session.fail(reader.error().message);
    auto delivered = deliver(*item, **reader);
    if (!delivered)
        return session.fail(delivered.error().message);
    return session.finish(jobs::SessionResult::Success, *delivered, item->size);
}

} // namespace

Result<jobs::Session> ItemRestore::toServer(jobs::JobStore& store, const ItemRestoreRequest& request,
                                            const guest::GuestConnection& server)
{
    const QString target =
        QStringLiteral("%1@%2:%3").arg(server.target.user, server.target.host).arg(server.target.port);
    return run(store, request, target,
               request.overwrite ? QStringLiteral("overwrite") : QStringLiteral("new-name"),
               [&](const repository::DiskManifest& item, repository::DiskReader& reader) -> Result<QString> {
                   auto provider = apps::providerFor(item.itemKind);
                   if (!provider)
                       return provider.error();
                   const QString database = request.overwrite ? item.itemDatabase
                                            : request.newDatabase.isEmpty()
                                                ? item.itemDatabase + QStringLiteral("_restored")
                                                : request.newDatabase;
                   if (!apps::isSafeDatabaseName(database))
                       return Error{QStringLiteral("items.bad_name"),
                                    tr("%1 cannot be used as a database name (quotes, backslashes or control "
                                       "characters).")
                                        .arg(database)};
                   if (!request.environment.isEmpty() && !apps::isSafeEnvironment(request.environment))
                       return Error{QStringLiteral("items.bad_environment"),
                                    tr("The environment for the database commands may only hold NAME=value "
                                       "assignments.")};
                   auto session = ssh::SshSession::open(server.target, server.credentials,
                                                        server.pinnedHostKey, server.timeout);
                   if (!session)
                       return session.error();
                   qint64 offset = 0;
                   auto ran = (*session)->runWithInput(
                       apps::withEnvironment(request.environment,
                                             (*provider)->restoreCommand(database, request.overwrite)),
                       [&](char* buffer, qint64 capacity) -> Result<qint64> {
                           const qint64 length = std::min(capacity, item.size - offset);
                           if (length <= 0)
                               return qint64(0);
                           if (Status read = reader.read(offset, buffer, length); !read)
                               return read.error();
                           offset += length;
                           return length;
                       });
                   if (!ran)
                       return ran.error();
                   if (ran->exitStatus != 0)
                       return Error{QStringLiteral("items.restore_failed"),
                                    tr("Restoring the database %1 failed (exit %2): %3")
                                        .arg(database)
                                        .arg(ran->exitStatus)
                                        .arg(QString::fromUtf8(ran->output).trimmed())};
                   return tr("Restored the %1 database %2 as %3.")
                       .arg((*provider)->displayName(), item.itemDatabase, database);
               });
}

Result<jobs::Session> ItemRestore::toFile(jobs::JobStore& store, const ItemRestoreRequest& request,
                                          const QString& file)
{
    return run(store, request, QFileInfo(file).absoluteFilePath(), QStringLiteral("download"),
               [&](const repository::DiskManifest& item, repository::DiskReader& reader) -> Result<QString> {
                   if (QFileInfo::exists(file))
                       return Error{QStringLiteral("restore.exists"),
                                    tr("%1 exists already; choose another file.").arg(file)};
                   // Complete or not at all: the file appears under its name only when written.
                   QSaveFile out(file);
                   if (!out.open(QIODevice::WriteOnly))
                       return Error{QStringLiteral("restore.target"), out.errorString()};
                   QByteArray buffer(1 << 20, Qt::Uninitialized);
                   for (qint64 offset = 0; offset < item.size;) {
                       const qint64 length = std::min<qint64>(buffer.size(), item.size - offset);
                       if (Status read = reader.read(offset, buffer.data(), length); !read)
                           return read.error();
                       if (out.write(buffer.constData(), length) != length)
                           return Error{QStringLiteral("restore.write_failed"), out.errorString()};
                       offset += length;
                   }
                   if (!out.commit())
                       return Error{QStringLiteral("restore.write_failed"), out.errorString()};
                   return tr("Saved the %1 dump of %2 as %3.").arg(item.itemKind, item.itemDatabase, file);
               });
}

} // namespace lifeboat::restore
