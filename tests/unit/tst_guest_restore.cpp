// Guest files restored into a local folder from a file system with hostile names: nothing
// may be written outside the target, whatever the guest's names and links say.

#include "guest/FolderExtractor.h"
#include "guest/GuestFileSystem.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::guest;

namespace {

const QByteArray kBadUtf8 = QByteArray("bad\xff\xfe-name.txt");
const QByteArray kLongName = QByteArray(255, 'L');
// Renamed to "slash/marker" in the image after mke2fs: a name no sane ext4 holds.
const QByteArray kSlashPlaceholder = "slash_marker";
const QByteArray kSlashName = "slash/marker";

QString tool(const QString& name)
{
    return QStandardPaths::findExecutable(name, {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"),
                                                 QStringLiteral("/usr/bin"), QStringLiteral("/bin")});
}

// POSIX rather than QFile: QFile would round-trip the name through QString and lose the
// bytes that are not UTF-8.
bool writeFile(const QByteArray& path, const QByteArray& content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    return ::close(fd) == 0 && written;
}

} // namespace

class TestGuestRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_image;
    QByteArray m_escapeTarget;
    std::unique_ptr<GuestFileSystem> m_fs;

private Q_SLOTS:
    void initTestCase()
    {
        if (tool(QStringLiteral("mke2fs")).isEmpty())
            QSKIP("mke2fs (e2fsprogs) is not installed");
        QVERIFY(m_dir.isValid());
        // The guest tree, with names as a hostile guest could have them.
        const QByteArray tree = QFile::encodeName(m_dir.filePath(QStringLiteral("tree")));
        QVERIFY(QDir().mkpath(QFile::decodeName(tree + "/docs")));
        QVERIFY(writeFile(tree + "/docs/" + kBadUtf8, "not utf-8\n"));
        QVERIFY(writeFile(tree + "/docs/" + kLongName, "long\n"));
        QVERIFY(writeFile(tree + "/docs/" + kSlashPlaceholder, "slash\n"));
        QVERIFY(writeFile(tree + "/docs/new\nline", "newline\n"));
        QVERIFY(writeFile(tree + "/plain.txt", "plain\n"));
        QVERIFY(QDir().mkpath(QFile::decodeName(tree + "/other")));
        QVERIFY(writeFile(tree + "/other/plain.txt", "other\n"));
        m_escapeTarget = QFile::encodeName(m_dir.filePath(QStringLiteral("escaped")));
        const QByteArray escape = QByteArray("../../../../../../../..") + m_escapeTarget;
        const QByteArray escapeLink = tree + QByteArray("/escape");
        QVERIFY(::symlink(escape.constData(), escapeLink.constData()) == 0);
        const QByteArray absLink = tree + QByteArray("/abs");
        QVERIFY(::symlink("/etc", absLink.constData()) == 0);

        m_image = m_dir.filePath(QStringLiteral("fs.img"));
        {
            QFile image(m_image);
            QVERIFY(image.open(QIODevice::WriteOnly));
            QVERIFY(image.resize(8 * 1024 * 1024));
        }
        // No metadata checksums, so the directory block can be edited below.
        QProcess mke2fs;
        mke2fs.start(tool(QStringLiteral("mke2fs")),
                     {QStringLiteral("-q"), QStringLiteral("-F"), QStringLiteral("-t"),
                      QStringLiteral("ext4"), QStringLiteral("-O"), QStringLiteral("^metadata_csum"),
                      QStringLiteral("-d"), QFile::decodeName(tree), m_image});
        QVERIFY(mke2fs.waitForFinished());
        QCOMPARE(mke2fs.exitCode(), 0);
        QFile image(m_image);
        QVERIFY(image.open(QIODevice::ReadWrite));
        QByteArray bytes = image.readAll();
        const qsizetype at = bytes.indexOf(kSlashPlaceholder);
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(kSlashPlaceholder, at + 1), qsizetype(-1));
        QVERIFY(image.seek(at));
        QCOMPARE(image.write(kSlashName), kSlashName.size());
        image.close();

        auto source = FileBlockSource::open(m_image);
        QVERIFY2(source, qPrintable(source ? QString() : source.error().message));
        auto fs = openFileSystem(*source);
        QVERIFY2(fs, qPrintable(fs ? QString() : fs.error().message));
        m_fs = std::move(*fs);
    }

    void namesAreSafeOrSkipped()
    {
        QVERIFY(isSafeName("a"));
        QVERIFY(isSafeName(kBadUtf8));
        QVERIFY(!isSafeName(""));
        QVERIFY(!isSafeName("."));
        QVERIFY(!isSafeName(".."));
        QVERIFY(!isSafeName(kSlashName));
        QVERIFY(!isSafeName(QByteArray("a\0b", 3)));
        QCOMPARE(displayPath(kBadUtf8), QStringLiteral("bad\\xff\\xfe-name.txt"));
        QCOMPARE(displayPath(QByteArray("Pr\xc3\xbc"
                                        "fung")),
                 QStringLiteral("Prüfung"));
    }

    void hostileTreeStaysInsideTheTarget()
    {
        const QString target = m_dir.filePath(QStringLiteral("target"));
        auto extracted = extractToFolder(*m_fs, {"/"}, target);
        QVERIFY2(extracted, qPrintable(extracted ? QString() : extracted.error().message));
        // The entry whose name holds a slash is never listed by the file system (and the
        // extractor would refuse it too): nothing named "slash" appears anywhere.
        QVERIFY2(extracted->skipped.isEmpty(), qPrintable(extracted->skipped.join(QLatin1Char('\n'))));
        QCOMPARE(extracted->files, 5); // of six: the slash one is not there
        QVERIFY(!QFile::exists(target + QStringLiteral("/docs/slash")));
        // Odd names arrive byte for byte.
        const QByteArray docs = QFile::encodeName(target) + "/docs/";
        struct stat st = {};
        QCOMPARE(::lstat(QByteArray(docs + kBadUtf8).constData(), &st), 0);
        QCOMPARE(::lstat(QByteArray(docs + kLongName).constData(), &st), 0);
        QCOMPARE(::lstat(QByteArray(docs + "new\nline").constData(), &st), 0);
        // Links are links, with the guest's targets, never followed.
        QCOMPARE(::lstat(QByteArray(QFile::encodeName(target) + "/escape").constData(), &st), 0);
        QVERIFY(S_ISLNK(st.st_mode));
        QCOMPARE(QFile::symLinkTarget(target + QStringLiteral("/abs")), QStringLiteral("/etc"));
        QVERIFY(!QFile::exists(QFile::decodeName(m_escapeTarget)));
    }

    void existingEntriesAreKeptUnlessOverwriting()
    {
        const QString target = m_dir.filePath(QStringLiteral("again"));
        QVERIFY(extractToFolder(*m_fs, {"/plain.txt"}, target));
        QVERIFY(writeFile(QFile::encodeName(target) + "/plain.txt", "local\n"));
        auto kept = extractToFolder(*m_fs, {"/plain.txt"}, target);
        QVERIFY(kept);
        QCOMPARE(kept->files, 0);
        QCOMPARE(kept->skipped.size(), 1);
        QFile plain(target + QStringLiteral("/plain.txt"));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), QByteArray("local\n"));
        plain.close();
        ExtractOptions overwrite;
        overwrite.onExisting = OnExisting::Replace;
        auto replaced = extractToFolder(*m_fs, {"/plain.txt"}, target, overwrite);
        QVERIFY(replaced);
        QCOMPARE(replaced->files, 1);
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), QByteArray("plain\n"));
    }

    void namesThatCollideInTheTargetAreNotMerged()
    {
        // Two selections with one name land in the same folder: the first wins, the second
        // is reported, and neither is overwritten by the other.
        const QString target = m_dir.filePath(QStringLiteral("collide"));
        auto extracted = extractToFolder(*m_fs, {"/plain.txt", "/other/plain.txt"}, target);
        QVERIFY(extracted);
        QCOMPARE(extracted->files, 1);
        QCOMPARE(extracted->skipped.size(), 1);
        QVERIFY(extracted->skipped.front().startsWith(QLatin1String("/other/plain.txt")));
        QFile plain(target + QStringLiteral("/plain.txt"));
        QVERIFY(plain.open(QIODevice::ReadOnly));
        QCOMPARE(plain.readAll(), QByteArray("plain\n"));
    }

    void aSymlinkInTheTargetIsReplacedNotFollowed()
    {
        const QString target = m_dir.filePath(QStringLiteral("planted"));
        const QString outside = m_dir.filePath(QStringLiteral("outside"));
        QVERIFY(QDir().mkpath(target));
        QVERIFY(QDir().mkpath(outside));
        // A link where a file goes, and one where a folder goes.
        QVERIFY(QFile::link(outside + QStringLiteral("/victim.txt"), target + QStringLiteral("/plain.txt")));
        QVERIFY(QFile::link(outside, target + QStringLiteral("/docs")));
        ExtractOptions overwrite;
        overwrite.onExisting = OnExisting::Replace;
        auto extracted = extractToFolder(*m_fs, {"/plain.txt", "/docs"}, target, overwrite);
        QVERIFY(extracted);
        QVERIFY(QDir(outside).isEmpty());
        // The file link was replaced by the file itself; the folder link was refused.
        QVERIFY(!QFileInfo(target + QStringLiteral("/plain.txt")).isSymLink());
        QVERIFY(QFileInfo(target + QStringLiteral("/docs")).isSymLink());
        QVERIFY(!extracted->skipped.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGuestRestore)
#include "tst_guest_restore.moc"
