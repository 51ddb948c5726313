#include "restore/FileRestore.h"

#include "guest/FolderExtractor.h"
#include "guest/RestorePointVolumes.h"
#include "guest/ZipTarget.h"
#include "repository/Repository.h"
#include "restore/RestoreAudit.h"
#include "restore/RestoreSession.h"

#include <QDir>
#include <QFileInfo>

namespace lifeboat::restore {

Result<jobs::Session> FileRestore::toFolder(jobs::JobStore& store, const FileRestoreRequest& request)
{
    guest::ExtractOptions options;
    options.onExisting = request.overwrite ? guest::OnExisting::Replace : guest::OnExisting::Skip;
    options.keepOwners = true; // effective only when running as root
    options.cancel = request.cancel;
    return run(store, request, QDir(request.target).absolutePath(), QStringLiteral("folder"),
               [&](guest::GuestFileSystem& fs) {
                   return guest::extractToFolder(fs, request.paths, request.target, options);
               });
}

Result<jobs::Session> FileRestore::toZip(jobs::JobStore& store, const FileRestoreRequest& request,
                                         const QString& zipFile)
{
    guest::ExtractOptions options;
    options.cancel = request.cancel;
    return run(
        store, request, QFileInfo(zipFile).absoluteFilePath(), QStringLiteral("zip"),
        [&](guest::GuestFileSystem& fs) { return guest::extractToZip(fs, request.paths, zipFile, options); });
}

Result<jobs::Session> FileRestore::toGuest(jobs::JobStore& store, const FileRestoreRequest& request,
                                           const guest::GuestConnection& connection)
{
    guest::ExtractOptions options;
    options.onExisting = request.overwrite ? guest::OnExisting::Replace : guest::OnExisting::RenameRestored;
    options.renamePrefix =
        "_RESTORED_" + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd_HHmmss")).toLatin1() +
        '_';
    // Owners are the guest's when the account may set them (root); otherwise the copy
    // belongs to the account, which the session log says.
    options.keepOwners = connection.target.user == QLatin1String("root");
    options.cancel = request.cancel;
    const QString target = QStringLiteral("%1@%2:%3%4")
                               .arg(connection.target.user, connection.target.host)
                               .arg(connection.target.port)
                               .arg(QString::fromUtf8(connection.root));
    return run(store, request, target,
               request.overwrite ? QStringLiteral("guest-overwrite") : QStringLiteral("guest-keep"),
               [&](guest::GuestFileSystem& fs) {
                   return guest::extractToGuest(fs, request.paths, connection, options);
               });
}

Result<jobs::Session>
FileRestore::run(jobs::JobStore& store, const FileRestoreRequest& request, const QString& target,
                 const QString& mode,
                 const std::function<Result<guest::ExtractStats>(guest::GuestFileSystem&)>& deliver)
{
    QStringList shownPaths;
    for (const QByteArray& path : request.paths)
        shownPaths.append(guest::displayPath(path));
    AuditRecord audit;
    audit.operatorAccount = request.user;
    audit.kind = QStringLiteral("files");
    audit.restorePoint = request.restorePoint;
    audit.target = target;
    audit.mode = mode;
    RestoreSession session(store, audit, shownPaths.join(QStringLiteral(", ")));
    const repository::Manifest* manifest = session.begin(*request.repository, request.caller);
    if (!manifest)
        return session.ended();
    session.log(QStringLiteral("info"), tr("Restoring %1 from the restore point of %2 to %3.")
                                            .arg(shownPaths.join(QStringLiteral(", ")),
                                                 manifest->time.toString(Qt::ISODate), target));
    auto volumes = guest::RestorePointVolumes::open(*request.repository, *manifest);
    if (!volumes)
        return session.fail(volumes.error().message);
    auto volume = (*volumes)->volume(request.volume);
    if (!volume)
        return session.fail(volume.error().message);
    auto extracted = deliver(*(*volume)->fs);
    if (!extracted)
        return session.fail(extracted.error().message);
    for (const QString& renamed : std::as_const(extracted->renamed))
        session.log(QStringLiteral("info"), tr("Restored beside the existing one: %1").arg(renamed));
    for (const QString& skipped : std::as_const(extracted->skipped))
        session.log(QStringLiteral("warning"), tr("Not restored: %1").arg(skipped));
    const QString message = tr("Restored %n file(s)", nullptr, int(extracted->files)) + QStringLiteral(", ") +
                            tr("%n folder(s)", nullptr, int(extracted->directories)) + QStringLiteral(", ") +
                            tr("%n link(s)", nullptr, int(extracted->symlinks)) + QStringLiteral(", ") +
                            tr("%n left out", nullptr, int(extracted->skipped.size())) + QLatin1Char('.');
    return session.finish(extracted->skipped.isEmpty() ? jobs::SessionResult::Success
                                                       : jobs::SessionResult::Warning,
                          message, extracted->bytes);
}

} // namespace lifeboat::restore
