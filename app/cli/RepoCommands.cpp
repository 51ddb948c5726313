#include "cli/CliContext.h"
#include "credentials/Keychain.h"
#include "repository/Pipeline.h"
#include "repository/Prune.h"
#include "repository/Repository.h"
#include "repository/SftpBackend.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

namespace lifeboat::cli {

using namespace lifeboat::repository;

const char* const kRepoUsage = QT_TRANSLATE_NOOP(
    "lifeboat::cli::Cli",
    "Usage: lifeboat-cli repo COMMAND --repo PATH [options] [--json]\n"
    "\n"
    "Commands:\n"
    "  init [--no-encryption] [--chunk-size BYTES] [--compression-level N]\n"
    "                     create a repository (encrypted unless --no-encryption)\n"
    "  info               format, sizes and counts\n"
    "  list               restore points\n"
    "  verify [--sample FRACTION]\n"
    "                     read and check stored data; exit 1 if anything is damaged\n"
    "  cat config|restore-point ID\n"
    "                     print a repository object as JSON\n"
    "  backup-image --vm NAME --disk NAME IMAGE [--previous ID [--changed-blocks FILE]]\n"
    "                     store a disk image as a new restore point\n"
    "  restore-image ID --disk NAME --to FILE [--overwrite]\n"
    "                     write a disk of a restore point to a file (sparse)\n"
    "  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] "
    "[--dry-run]\n"
    "                     forget restore points outside the policy and delete their data\n"
    "  forget ID          delete one restore point (its data goes at the next prune)\n"
    "  immutable ID --until DATE\n"
    "                     protect a restore point from deletion until DATE\n"
    "  forget-password    remove the repository's password from the system keychain\n"
    "\n"
    "Operations wait up to --lock-wait SECONDS for a busy repository.\n"
    "The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_REPO_PASSWORD, or the\n"
    "system keychain, where --remember-password puts it.\n"
    "--repo sftp://user@host:port/path stores the repository over SFTP: --sftp-key FILE (or\n"
    "$LIFEBOAT_SFTP_PASSWORD) logs in, --sftp-host-key SHA256:... pins the server's key.\n");

namespace {

Result<QByteArray> readPassword(const CliContext& context, bool required)
{
    auto password = readSecretInput(context, "LIFEBOAT_REPO_PASSWORD");
    if (password && required && password->isEmpty())
        return Error{
            QStringLiteral("repository.password_required"),
            Cli::tr("A repository password is needed: use --password-stdin, --password-file or "
                    "$LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).")};
    return password;
}

Result<std::vector<Extent>> readChangedBlocks(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error{QStringLiteral("cli.changed_blocks"),
                     Cli::tr("Cannot read the changed-block file %1.").arg(path)};
    std::vector<Extent> extents;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.simplified().split(' ');
        bool okOffset = false, okLength = false;
        Extent extent{fields.value(0).toLongLong(&okOffset), fields.value(1).toLongLong(&okLength)};
        if (fields.size() != 2 || !okOffset || !okLength || extent.offset < 0 || extent.length < 0)
            return Error{
                QStringLiteral("cli.changed_blocks"),
                Cli::tr("%1 line %2: expected \"offset length\" in bytes.").arg(path).arg(lineNumber)};
        extents.push_back(extent);
    }
    return extents;
}

Result<std::unique_ptr<Backend>> openBackend(const CliContext& context, const QString& location);

int withRepository(CliContext& context, const std::function<int(Repository&, Engine&)>& body)
{
    const QString path = context.value("repo");
    if (path.isEmpty())
        return context.usage(Cli::tr("--repo PATH is required."));
    auto password = readPassword(context, false);
    if (!password)
        return context.fail(password.error());
    Engine engine(EngineOptions{});
    engine.start();
    const bool remember = context.isSet("remember-password");
    auto opened = callEngine<Result<std::shared_ptr<Repository>>>(
        engine,
        [&context, path, remember,
         pw = password.value()](EngineWorker&) mutable -> Result<std::shared_ptr<Repository>> {
            auto backend = openBackend(context, path);
            if (!backend)
                return backend.error();
            // No password given: the one remembered in the system keychain, if any.
            std::optional<QString> keychainKey;
            if (auto id = Repository::peekId(**backend))
                keychainKey = credentials::repositoryPasswordKey(*id);
            if (pw.isEmpty() && keychainKey) {
                if (auto remembered = credentials::readSecret(*keychainKey))
                    pw = remembered->toUtf8();
            }
            auto repository = Repository::open(std::move(backend.value()), pw);
            if (repository && remember && keychainKey && !pw.isEmpty())
                if (Status stored = credentials::writeSecret(*keychainKey, QString::fromUtf8(pw)); !stored)
                    return stored.error();
            if (!repository)
                return repository.error();
            return std::shared_ptr<Repository>(std::move(repository.value()));
        });
    if (!opened)
        return context.fail(opened.error());
    return body(**opened, engine);
}

// A local folder, or sftp://user@host:port/path. The SFTP server's host key must be
// pinned; the error for an unknown one shows the fingerprint to pin.
Result<std::unique_ptr<Backend>> openBackend(const CliContext& context, const QString& location)
{
    if (!location.startsWith(QLatin1String("sftp://")))
        return openLocalBackend(location);
    auto target = parseSftpUrl(location);
    if (!target)
        return target.error();
    SftpCredentials credentials;
    credentials.privateKeyFile = context.value("sftp-key");
    if (!credentials.privateKeyFile.isEmpty())
        credentials.publicKeyFile = credentials.privateKeyFile + QStringLiteral(".pub");
    credentials.password = qEnvironmentVariable("LIFEBOAT_SFTP_PASSWORD");
    return openSftpBackend(*target, credentials, context.value("sftp-host-key"));
}

PipelineOptions pipelineOptions(const CliContext& context)
{
    PipelineOptions options;
    options.threads = context.value("threads").toInt();
    options.lockWait = std::chrono::milliseconds(qint64(context.value("lock-wait").toDouble() * 1000));
    return options;
}

int init(CliContext& context)
{
    const QString path = context.value("repo");
    if (path.isEmpty())
        return context.usage(Cli::tr("--repo PATH is required."));
    const bool unencrypted = context.isSet("no-encryption");
    QByteArray password;
    if (!unencrypted) {
        auto read = readPassword(context, true);
        if (!read)
            return context.fail(read.error());
        password = read.value();
    }
    InitOptions options;
    if (context.isSet("chunk-size"))
        options.chunkSize = context.value("chunk-size").toInt();
    if (context.isSet("compression-level"))
        options.compressionLevel = context.value("compression-level").toInt();
    Engine engine(EngineOptions{});
    engine.start();
    Status created = callEngine<Status>(engine, [&context, path, password, options](EngineWorker&) -> Status {
        auto backend = openBackend(context, path);
        if (!backend)
            return backend.error();
        if (Status initialised = Repository::init(**backend, password, options); !initialised)
            return initialised;
        if (context.isSet("remember-password") && !password.isEmpty()) {
            auto id = Repository::peekId(**backend);
            if (!id)
                return id.error();
            if (Status kept = credentials::writeSecret(credentials::repositoryPasswordKey(*id),
                                                       QString::fromUtf8(password));
                !kept)
                return Error{kept.error().code,
                             Cli::tr("The repository was created, but its password could not be kept in the "
                                     "keychain: %1")
                                 .arg(kept.error().message)};
        }
        return success();
    });
    if (!created)
        return context.fail(created.error());
    if (context.json)
        context.printJson(
            {{QStringLiteral("repository"), path}, {QStringLiteral("encrypted"), !unencrypted}});
    else
        context.out << (unencrypted ? Cli::tr("Created an unencrypted repository in %1.").arg(path)
                                    : Cli::tr("Created an encrypted repository in %1.").arg(path))
                    << Qt::endl;
    return Ok;
}

QJsonObject manifestSummary(const Manifest& manifest)
{
    QJsonArray disks;
    for (const DiskManifest& disk : manifest.disks)
        disks.append(QJsonObject{{QStringLiteral("name"), disk.name},
                                 {QStringLiteral("size"), disk.size},
                                 {QStringLiteral("stored_bytes"), disk.storedBytes}});
    return {{QStringLiteral("id"), manifest.id},
            {QStringLiteral("time"), manifest.time.toString(Qt::ISODate)},
            {QStringLiteral("vm"), manifest.vmName},
            {QStringLiteral("parent"), manifest.parent},
            {QStringLiteral("disks"), disks}};
}

int info(CliContext& context)
{
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        auto summary =
            callEngine<Result<QJsonObject>>(engine, [&repository](EngineWorker&) -> Result<QJsonObject> {
                auto ids = repository.restorePointIds();
                if (!ids)
                    return ids.error();
                qint64 packBytes = 0;
                qint64 packCount = 0;
                repository.forEachPack([&](const QString&, const auto& entries) {
                    ++packCount;
                    for (const auto& entry : entries)
                        packBytes += entry.second.length;
                    return true;
                });
                const RepositoryConfig& config = repository.config();
                return QJsonObject{{QStringLiteral("location"), repository.location()},
                                   {QStringLiteral("id"), config.id},
                                   {QStringLiteral("format_version"), config.version},
                                   {QStringLiteral("encrypted"), config.encrypted},
                                   {QStringLiteral("chunk_size"), config.chunkSize},
                                   {QStringLiteral("compression_level"), config.compressionLevel},
                                   {QStringLiteral("restore_points"), ids->size()},
                                   {QStringLiteral("packs"), packCount},
                                   {QStringLiteral("chunks"), repository.chunkCount()},
                                   {QStringLiteral("stored_bytes"), packBytes}};
            });
        if (!summary)
            return context.fail(summary.error());
        if (context.json) {
            context.printJson(*summary);
        } else {
            for (auto it = summary->begin(); it != summary->end(); ++it)
                context.out << it.key() << ": " << it.value().toVariant().toString() << Qt::endl;
        }
        return int(Ok);
    });
}

int list(CliContext& context)
{
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        auto manifests =
            callEngine<Result<QJsonArray>>(engine, [&repository](EngineWorker&) -> Result<QJsonArray> {
                auto ids = repository.restorePointIds();
                if (!ids)
                    return ids.error();
                auto codec = repository.codec();
                QJsonArray array;
                for (const QString& id : ids.value()) {
                    auto manifest = repository.loadManifest(id, *codec);
                    if (!manifest)
                        return manifest.error();
                    array.append(manifestSummary(*manifest));
                }
                return array;
            });
        if (!manifests)
            return context.fail(manifests.error());
        if (context.json) {
            context.printJson({{QStringLiteral("restore_points"), *manifests}});
            return int(Ok);
        }
        for (const QJsonValue& value : *manifests) {
            const QJsonObject rp = value.toObject();
            QStringList disks;
            for (const QJsonValue& disk : rp.value(QStringLiteral("disks")).toArray())
                disks << disk.toObject().value(QStringLiteral("name")).toString();
            context.out << rp.value(QStringLiteral("id")).toString() << "  "
                        << rp.value(QStringLiteral("vm")).toString() << "  "
                        << disks.join(QStringLiteral(", ")) << Qt::endl;
        }
        return int(Ok);
    });
}

int verify(CliContext& context)
{
    const double sample = context.isSet("sample") ? context.value("sample").toDouble() : 1.0;
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        QElapsedTimer timer;
        timer.start();
        auto report = callEngine<Result<VerifyReport>>(engine, [&](EngineWorker&) {
            return verifyRepository(repository, sample, pipelineOptions(context));
        });
        if (!report)
            return context.fail(report.error());
        QJsonArray damaged;
        for (const DamagedPlace& place : report->damaged)
            damaged.append(QJsonObject{{QStringLiteral("restore_point"), place.restorePoint},
                                       {QStringLiteral("disk"), place.disk},
                                       {QStringLiteral("offset"), place.offset},
                                       {QStringLiteral("reason"), place.reason}});
        if (context.json) {
            context.printJson(
                {{QStringLiteral("clean"), report->clean()},
                 {QStringLiteral("packs_checked"), report->packsChecked},
                 {QStringLiteral("chunks_checked"), report->chunksChecked},
                 {QStringLiteral("bytes_checked"), report->bytesChecked},
                 {QStringLiteral("restore_points"), report->restorePoints},
                 {QStringLiteral("damaged_chunks"), QJsonArray::fromStringList(report->damagedChunks)},
                 {QStringLiteral("damaged"), damaged},
                 {QStringLiteral("seconds"), double(timer.elapsed()) / 1000.0}});
        } else {
            context.out << Cli::tr("Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.")
                               .arg(report->chunksChecked)
                               .arg(report->bytesChecked)
                               .arg(report->packsChecked)
                               .arg(report->restorePoints)
                        << Qt::endl;
            for (const QString& chunk : report->damagedChunks)
                context.out << Cli::tr("damaged chunk %1").arg(chunk) << Qt::endl;
            for (const DamagedPlace& place : report->damaged)
                context.out << Cli::tr("restore point %1, disk %2, offset %3: %4")
                                   .arg(place.restorePoint, place.disk)
                                   .arg(place.offset)
                                   .arg(place.reason)
                            << Qt::endl;
            context.out << (report->clean() ? Cli::tr("No damage found.")
                                            : Cli::tr("The repository is damaged."))
                        << Qt::endl;
        }
        return report->clean() ? int(Ok) : int(Failed);
    });
}

int cat(CliContext& context)
{
    const QString what = context.command.value(2);
    if (what != QLatin1String("config") && what != QLatin1String("restore-point"))
        return context.usage(Cli::tr("repo cat needs 'config' or 'restore-point ID'."));
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        auto json = callEngine<Result<QJsonObject>>(engine, [&](EngineWorker&) -> Result<QJsonObject> {
            if (what == QLatin1String("config")) {
                auto raw = repository.backend().get(QStringLiteral("config"));
                if (!raw)
                    return raw.error();
                return QJsonDocument::fromJson(*raw).object();
            }
            auto codec = repository.codec();
            auto manifest = repository.loadManifest(context.command.value(3), *codec);
            if (!manifest)
                return manifest.error();
            return manifest->toJson();
        });
        if (!json)
            return context.fail(json.error());
        context.out << QJsonDocument(*json).toJson(context.json ? QJsonDocument::Compact
                                                                : QJsonDocument::Indented);
        return int(Ok);
    });
}

int backupImage(CliContext& context)
{
    const QString image = context.command.value(2);
    const QString vm = context.value("vm");
    const QString diskName = context.isSet("disk") ? context.value("disk") : QStringLiteral("disk0");
    if (image.isEmpty() || vm.isEmpty())
        return context.usage(Cli::tr("repo backup-image needs --vm NAME and an IMAGE file."));
    std::optional<std::vector<Extent>> changed;
    if (context.isSet("changed-blocks")) {
        if (!context.isSet("previous"))
            return context.usage(
                Cli::tr("--changed-blocks needs --previous ID: changes are relative to it."));
        auto read = readChangedBlocks(context.value("changed-blocks"));
        if (!read)
            return context.fail(read.error());
        changed = std::move(read.value());
    }
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        QElapsedTimer timer;
        timer.start();
        auto result = callEngine<Result<BackupResult>>(engine, [&](EngineWorker&) -> Result<BackupResult> {
            auto source = openImageFile(image);
            if (!source)
                return source.error();
            Manifest base;
            base.vmName = vm;
            std::optional<Manifest> previous;
            if (context.isSet("previous")) {
                auto codec = repository.codec();
                auto loaded = repository.loadManifest(context.value("previous"), *codec);
                if (!loaded)
                    return loaded.error();
                previous = std::move(loaded.value());
                base.parent = previous->id;
            }
            DiskBackupInput input;
            input.name = diskName;
            input.source = source->get();
            input.previous = previous ? previous->disk(diskName) : nullptr;
            input.changedAreas = changed;
            if (changed && !input.previous)
                return Error{QStringLiteral("backup.no_previous_disk"),
                             Cli::tr("The previous restore point has no disk %1.").arg(diskName)};
            return backupImages(repository, base, {input}, pipelineOptions(context));
        });
        if (!result)
            return context.fail(result.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        const BackupStats& stats = result->stats;
        if (context.json) {
            context.printJson({{QStringLiteral("restore_point"), result->manifest.id},
                               {QStringLiteral("bytes_read"), stats.bytesRead},
                               {QStringLiteral("bytes_stored"), stats.bytesStored},
                               {QStringLiteral("chunks"), stats.chunks},
                               {QStringLiteral("zero_chunks"), stats.zeroChunks},
                               {QStringLiteral("new_chunks"), stats.newChunks},
                               {QStringLiteral("reused_chunks"), stats.reusedChunks},
                               {QStringLiteral("seconds"), seconds}});
        } else {
            context.out << Cli::tr("Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.")
                               .arg(result->manifest.id)
                               .arg(stats.bytesRead)
                               .arg(stats.bytesStored)
                               .arg(seconds, 0, 'f', 2)
                        << Qt::endl;
        }
        return int(Ok);
    });
}

int restoreImage(CliContext& context)
{
    const QString id = context.command.value(2);
    const QString target = context.value("to");
    const QString diskName = context.isSet("disk") ? context.value("disk") : QStringLiteral("disk0");
    if (id.isEmpty() || target.isEmpty())
        return context.usage(Cli::tr("repo restore-image needs a restore point ID and --to FILE."));
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        QElapsedTimer timer;
        timer.start();
        auto result = callEngine<Result<RestoreStats>>(engine, [&](EngineWorker&) -> Result<RestoreStats> {
            auto codec = repository.codec();
            auto manifest = repository.loadManifest(id, *codec);
            if (!manifest)
                return manifest.error();
            return repository::restoreImage(repository, *manifest, diskName, target,
                                            context.isSet("overwrite"), pipelineOptions(context));
        });
        if (!result)
            return context.fail(result.error());
        const double seconds = double(timer.elapsed()) / 1000.0;
        if (context.json)
            context.printJson({{QStringLiteral("target"), target},
                               {QStringLiteral("bytes_written"), result->bytesWritten},
                               {QStringLiteral("zero_chunks"), result->zeroChunks},
                               {QStringLiteral("seconds"), seconds}});
        else
            context.out
                << Cli::tr("Restored disk %1 to %2 in %3 s.").arg(diskName, target).arg(seconds, 0, 'f', 2)
                << Qt::endl;
        return int(Ok);
    });
}

int prune(CliContext& context)
{
    PruneOptions options;
    options.policy =
        RetentionPolicy{context.value("keep-last").toInt(), context.value("keep-daily").toInt(),
                        context.value("keep-weekly").toInt(), context.value("keep-monthly").toInt(),
                        context.value("keep-yearly").toInt()};
    options.dryRun = context.isSet("dry-run");
    options.lockWait = pipelineOptions(context).lockWait;
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        auto report = callEngine<Result<PruneReport>>(
            engine, [&](EngineWorker&) { return repository::prune(repository, options); });
        if (!report)
            return context.fail(report.error());
        const RetentionDecision& decision = report->decision;
        if (context.json) {
            context.printJson(
                {{QStringLiteral("dry_run"), report->dryRun},
                 {QStringLiteral("keep"), QJsonArray::fromStringList(decision.keep)},
                 {QStringLiteral("forget"), QJsonArray::fromStringList(decision.forget)},
                 {QStringLiteral("kept_immutable"), QJsonArray::fromStringList(decision.keptImmutable)},
                 {QStringLiteral("packs_deleted"), report->packsDeleted},
                 {QStringLiteral("packs_rewritten"), report->packsRewritten},
                 {QStringLiteral("bytes_freed"), report->bytesFreed}});
            return int(Ok);
        }
        for (const QString& id : decision.forget)
            context.out << (report->dryRun ? Cli::tr("would forget %1") : Cli::tr("forgot %1")).arg(id)
                        << Qt::endl;
        for (const QString& id : decision.keptImmutable)
            context.out << Cli::tr("kept %1: immutable").arg(id) << Qt::endl;
        context.out << Cli::tr("%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.")
                           .arg(decision.keep.size() + decision.keptImmutable.size())
                           .arg(report->packsDeleted)
                           .arg(report->packsRewritten)
                           .arg(report->bytesFreed)
                    << Qt::endl;
        return int(Ok);
    });
}

int forget(CliContext& context)
{
    const QString id = context.command.value(2);
    if (id.isEmpty())
        return context.usage(Cli::tr("repo forget needs a restore point ID."));
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        Status forgotten = callEngine<Status>(engine, [&](EngineWorker&) {
            return forgetRestorePoint(repository, id, QDateTime::currentDateTimeUtc());
        });
        if (!forgotten)
            return context.fail(forgotten.error());
        if (context.json)
            context.printJson({{QStringLiteral("forgotten"), id}});
        else
            context.out << Cli::tr("Forgot restore point %1; 'repo prune' frees its data.").arg(id)
                        << Qt::endl;
        return int(Ok);
    });
}

int immutable(CliContext& context)
{
    const QString id = context.command.value(2);
    const QDateTime until = QDateTime::fromString(context.value("until"), Qt::ISODate);
    if (id.isEmpty() || !until.isValid())
        return context.usage(Cli::tr("repo immutable needs a restore point ID and --until DATE (ISO 8601)."));
    return withRepository(context, [&](Repository& repository, Engine& engine) {
        Status locked = callEngine<Status>(
            engine, [&](EngineWorker&) { return setImmutableUntil(repository, id, until); });
        if (!locked)
            return context.fail(locked.error());
        if (context.json)
            context.printJson({{QStringLiteral("restore_point"), id},
                               {QStringLiteral("immutable_until"), until.toUTC().toString(Qt::ISODate)}});
        else
            context.out
                << Cli::tr("Restore point %1 is immutable until %2.").arg(id, until.toString(Qt::ISODate))
                << Qt::endl;
        return int(Ok);
    });
}

int forgetPassword(CliContext& context)
{
    const QString path = context.value("repo");
    if (path.isEmpty())
        return context.usage(Cli::tr("--repo PATH is required."));
    Engine engine(EngineOptions{});
    engine.start();
    Status forgotten = callEngine<Status>(engine, [&context, path](EngineWorker&) -> Status {
        auto backend = openBackend(context, path);
        if (!backend)
            return backend.error();
        auto id = Repository::peekId(**backend);
        if (!id)
            return id.error();
        return credentials::deleteSecret(credentials::repositoryPasswordKey(*id));
    });
    if (!forgotten)
        return context.fail(forgotten.error());
    if (context.json)
        context.printJson(
            {{QStringLiteral("repository"), path}, {QStringLiteral("password_forgotten"), true}});
    else
        context.out << Cli::tr("The keychain no longer holds the password of %1.").arg(path) << Qt::endl;
    return Ok;
}

} // namespace

int runRepoCommand(CliContext& context)
{
    const QString sub = context.command.value(1);
    if (sub == QLatin1String("init"))
        return init(context);
    if (sub == QLatin1String("info"))
        return info(context);
    if (sub == QLatin1String("list"))
        return list(context);
    if (sub == QLatin1String("verify"))
        return verify(context);
    if (sub == QLatin1String("cat"))
        return cat(context);
    if (sub == QLatin1String("backup-image"))
        return backupImage(context);
    if (sub == QLatin1String("restore-image"))
        return restoreImage(context);
    if (sub == QLatin1String("prune"))
        return prune(context);
    if (sub == QLatin1String("forget"))
        return forget(context);
    if (sub == QLatin1String("immutable"))
        return immutable(context);
    if (sub == QLatin1String("forget-password"))
        return forgetPassword(context);
    context.err << (sub.isEmpty() ? Cli::tr("error: no repo command given")
                                  : Cli::tr("error: unknown command 'repo %1'").arg(sub))
                << Qt::endl
                << Cli::tr(kRepoUsage);
    return Usage;
}

} // namespace lifeboat::cli
