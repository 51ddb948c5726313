#include "guest/ExtractTarget.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <vector>

namespace lifeboat::guest {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::guest::Extractor)
};

Error cancelled()
{
    return Error{QStringLiteral("restore.cancelled"), Text::tr("Stopped by the user.")};
}

class Extractor
{
public:
    Extractor(GuestFileSystem& fs, ExtractTarget& target, const ExtractOptions& options)
        : m_fs(fs)
        , m_target(target)
        , m_options(options)
    {}

    ExtractStats stats;

    Status extract(const TargetDir& dir, const QByteArray& guestPath, const FileEntry& entry)
    {
        if (m_options.cancel && m_options.cancel->load())
            return cancelled();
        // A damaged or crafted image can hold a folder loop; real trees are not this deep.
        if (guestPath.count('/') > 1024)
            return skip(guestPath,
                        Text::tr("it lies deeper than 1,024 folders (a loop in a damaged file system?)"));
        if (!isSafeName(entry.name))
            return skip(guestPath, Text::tr("its name cannot be used in the target"));
        if (entry.type == EntryType::Other)
            return skip(guestPath, Text::tr("devices, pipes and sockets are not restored"));
        QByteArray name = entry.name;
        bool replace = false;
        const bool isDirectory = entry.type == EntryType::Directory;
        if (const auto existing = m_target.existing(dir, name); existing != ExtractTarget::Existing::None) {
            switch (m_options.onExisting) {
            case OnExisting::Skip:
                // Folders are merged into: only what is inside them may collide.
                if (isDirectory && existing == ExtractTarget::Existing::Directory)
                    break;
                return skip(guestPath,
                            Text::tr("it exists in the target (restore with overwrite to replace it)"));
            case OnExisting::RenameRestored:
                name = m_options.renamePrefix + name;
                if (m_target.existing(dir, name) != ExtractTarget::Existing::None)
                    return skip(guestPath,
                                Text::tr("it exists in the target, and so does %1").arg(displayPath(name)));
                stats.renamed.append(Text::tr("%1 -> %2").arg(displayPath(guestPath), displayPath(name)));
                break;
            case OnExisting::Replace:
                if (isDirectory != (existing == ExtractTarget::Existing::Directory))
                    return skip(guestPath,
                                isDirectory
                                    ? Text::tr("something that is not a folder has that name in the target")
                                    : Text::tr("a folder of that name exists in the target"));
                replace = !isDirectory;
                break;
            }
        }
        switch (entry.type) {
        case EntryType::Directory:
            return extractDirectory(dir, guestPath, entry, name);
        case EntryType::File:
            return extractFile(dir, guestPath, entry, name, replace);
        case EntryType::Symlink:
            return extractSymlink(dir, guestPath, entry, name, replace);
        case EntryType::Other:
            break;
        }
        return success();
    }

    Status extractChildren(const TargetDir& dir, const QByteArray& guestPath)
    {
        auto children = m_fs.list(guestPath);
        if (!children)
            return skip(guestPath, Text::tr("its content cannot be read: %1").arg(children.error().message));
        for (const FileEntry& child : std::as_const(*children)) {
            const QByteArray childPath = (guestPath == "/" ? QByteArray("/") : guestPath + '/') + child.name;
            if (Status done = extract(dir, childPath, child); !done)
                return done;
        }
        return success();
    }

private:
    Status skip(const QByteArray& guestPath, const QString& reason)
    {
        stats.skipped.append(Text::tr("%1: %2").arg(displayPath(guestPath), reason));
        return success();
    }

    // Per-entry trouble skips the entry; what concerns the whole target ends the restore.
    Status outcome(const QByteArray& guestPath, Status status)
    {
        if (status || isFatalTargetError(status.error()))
            return status;
        return skip(guestPath, status.error().message);
    }

    Status extractDirectory(const TargetDir& dir, const QByteArray& guestPath, const FileEntry& entry,
                            const QByteArray& name)
    {
        auto child = m_target.enterDirectory(dir, name);
        if (!child)
            return outcome(guestPath, child.error());
        ++stats.directories;
        Status done = extractChildren(*child, guestPath);
        m_target.finishDirectory(*child, entry, m_options);
        return done;
    }

    Status extractFile(const TargetDir& dir, const QByteArray& guestPath, const FileEntry& entry,
                       const QByteArray& name, bool replace)
    {
        Status written = m_target.writeFile(
            dir, name, entry, replace,
            [&](const ContentWriter& write) {
                return m_fs.readFile(guestPath,
                                     [&](qint64 offset, const char* data, qint64 length, bool hole) {
                                         if (m_options.cancel && m_options.cancel->load())
                                             return Status(cancelled());
                                         if (Status wrote = write(offset, data, length, hole); !wrote)
                                             return wrote;
                                         if (!hole) {
                                             stats.bytes += length;
                                             if (m_options.progress)
                                                 m_options.progress(stats.bytes);
                                         }
                                         return success();
                                     });
            },
            m_options);
        if (written)
            ++stats.files;
        return outcome(guestPath, written);
    }

    Status extractSymlink(const TargetDir& dir, const QByteArray& guestPath, const FileEntry& entry,
                          const QByteArray& name, bool replace)
    {
        if (entry.linkTarget.isEmpty() || entry.linkTarget.contains('\0'))
            return skip(guestPath, Text::tr("the link has no usable target"));
        Status made = m_target.symlink(dir, name, entry, replace, m_options);
        if (made)
            ++stats.symlinks;
        return outcome(guestPath, made);
    }

    GuestFileSystem& m_fs;
    ExtractTarget& m_target;
    const ExtractOptions& m_options;
};

} // namespace

bool isFatalTargetError(const Error& error)
{
    return error.code == QLatin1String("restore.cancelled") ||
           error.code == QLatin1String("restore.disk_full") ||
           error.code == QLatin1String("restore.write_failed") ||
           error.code == QLatin1String("sftp.connection_lost");
}

bool isSafeName(const QByteArray& name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

QString displayPath(const QByteArray& raw)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(raw);
    if (!decoder.hasError())
        return text;
    QString shown;
    for (qsizetype i = 0; i < raw.size();) {
        // Valid UTF-8 sequences are decoded one character at a time; other bytes escaped.
        int length = 1;
        const auto byte = static_cast<unsigned char>(raw[i]);
        if (byte >= 0xC2 && byte <= 0xF4)
            length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
        if (length > 1 && i + length <= raw.size()) {
            QStringDecoder one(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
            const QString character = one(raw.mid(i, length));
            if (!one.hasError()) {
                shown += character;
                i += length;
                continue;
            }
        }
        if (byte < 0x80 && byte >= 0x20)
            shown += QLatin1Char(static_cast<char>(byte));
        else
            shown += QStringLiteral("\\x%1").arg(byte, 2, 16, QLatin1Char('0'));
        ++i;
    }
    return shown;
}

Result<ExtractStats> extract(GuestFileSystem& fs, const QList<QByteArray>& guestPaths, ExtractTarget& target,
                             const ExtractOptions& options)
{
    auto root = target.root();
    if (!root)
        return root.error();
    Extractor extractor(fs, target, options);
    for (QByteArray path : guestPaths) {
        // "/etc/" names the folder /etc: its children must not become "/etc//passwd".
        while (path.size() > 1 && path.endsWith('/'))
            path.chop(1);
        auto entry = fs.stat(path);
        if (!entry)
            return entry.error();
        // The folders above the entry, entered without touching them (keepParents).
        std::vector<TargetDir> parents;
        auto leaveParents = [&] {
            for (auto it = parents.rbegin(); it != parents.rend(); ++it)
                target.leaveDirectory(*it);
        };
        TargetDir into = *root;
        if (options.keepParents && path != "/") {
            auto components = splitGuestPath(path);
            if (!components)
                return components.error();
            components->removeLast();
            for (const QByteArray& component : std::as_const(*components)) {
                if (!isSafeName(component)) {
                    leaveParents();
                    return Error{
                        QStringLiteral("guest.bad_path"),
                        Text::tr("%1 cannot be restored to its original place.").arg(displayPath(path))};
                }
                auto entered = target.enterDirectory(into, component);
                if (!entered) {
                    leaveParents();
                    return entered.error();
                }
                parents.push_back(*entered);
                into = *entered;
            }
        }
        // The root has no name of its own: its content goes straight into the target.
        Status done =
            path == "/" ? extractor.extractChildren(into, path) : extractor.extract(into, path, *entry);
        leaveParents();
        if (!done)
            return done.error();
    }
    return extractor.stats;
}

} // namespace lifeboat::guest
