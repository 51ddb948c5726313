// The SFTP backend against a real OpenSSH server on loopback, started by the test itself.
#include "../common/TestData.h"
#include "repository/Pipeline.h"
#include "repository/Repository.h"
#include "repository/SftpBackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <csignal>
#include <future>
#include <optional>
#include <sys/types.h>
#include <thread>
#include <unistd.h>

using namespace lifeboat;
using namespace lifeboat::repository;
using namespace lifeboat::testing;
using namespace std::chrono_literals;

namespace {

const QString kSshd = QStringLiteral("/usr/sbin/sshd");
const QByteArray kPassword = QByteArrayLiteral("correct horse battery staple");

std::optional<QString> runTool(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        qWarning() << program << arguments << process.readAllStandardError();
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// Every process below `root` (sshd forks a privileged and an unprivileged child per
// connection and those call setsid(), so a process group does not catch them).
QList<pid_t> descendants(pid_t root)
{
    QMultiHash<pid_t, pid_t> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& entry : entries) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        const QByteArray stat = readFile(QStringLiteral("/proc/%1/stat").arg(entry));
        // "pid (comm) state ppid …"; comm may hold spaces and parentheses.
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children.insert(static_cast<pid_t>(fields.at(1).toInt()), static_cast<pid_t>(pid));
    }
    QList<pid_t> found;
    QList<pid_t> queue{root};
    while (!queue.isEmpty()) {
        const pid_t parent = queue.takeFirst();
        for (pid_t child : children.values(parent)) {
            found << child;
            queue << child;
        }
    }
    return found;
}

// One sshd on 127.0.0.1 with its own config, host key and authorized key.
class SshServer
{
public:
    SshServer(QString dir, QString hostKey, QString authorizedKeys)
        : m_dir(std::move(dir))
        , m_hostKey(std::move(hostKey))
        , m_authorizedKeys(std::move(authorizedKeys))
    {}
    ~SshServer() { kill(); }

    quint16 port() const { return m_port; }
    pid_t pid() const { return static_cast<pid_t>(m_process.processId()); }

    bool start()
    {
        m_port = freePort();
        const QString config = m_dir + QStringLiteral("/sshd_config");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        // Root login on loopback only, keys from a file outside ~/.ssh (sshd refuses
        // authorized_keys in a temp folder under StrictModes, and the command avoids it).
        file.write(QStringLiteral("ListenAddress 127.0.0.1\n"
                                  "Port %1\n"
                                  "HostKey %2\n"
                                  "PidFile none\n"
                                  "UsePAM no\n"
                                  "PermitRootLogin yes\n"
                                  "StrictModes no\n"
                                  "PubkeyAuthentication yes\n"
                                  "PasswordAuthentication yes\n"
                                  "KbdInteractiveAuthentication no\n"
                                  "AuthorizedKeysFile none\n"
                                  "AuthorizedKeysCommand /bin/cat %3\n"
                                  "AuthorizedKeysCommandUser root\n"
                                  "Subsystem sftp internal-sftp\n"
                                  "MaxStartups 100\n"
                                  "LogLevel ERROR\n")
                       .arg(m_port)
                       .arg(m_hostKey, m_authorizedKeys)
                       .toUtf8());
        file.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(kSshd, {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), config});
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 10000) {
            if (m_process.state() != QProcess::Running)
                return false;
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, m_port);
            if (probe.waitForConnected(200))
                return true;
            QThread::msleep(50);
        }
        return false;
    }

    // SIGKILL to the listener and every session process: the server vanishes as if the
    // machine had died, and the kernel resets the connections.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        signalAll(SIGKILL);
        m_process.waitForFinished(5000);
    }

    void signalAll(int signal)
    {
        const pid_t root = pid();
        if (root <= 0)
            return;
        const QList<pid_t> children = descendants(root);
        ::kill(root, signal);
        for (pid_t child : children)
            ::kill(child, signal);
    }

private:
    QString m_dir;
    QString m_hostKey;
    QString m_authorizedKeys;
    quint16 m_port = 0;
    QProcess m_process;
};

} // namespace

class TestSftpBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: sshd runs on loopback with root login");
        if (!QFile::exists(kSshd))
            QSKIP("needs /usr/sbin/sshd (openssh-server)");
        QVERIFY(m_dir.isValid());
        // sshd refuses to start without its privilege separation folder.
        QDir().mkpath(QStringLiteral("/run/sshd"));

        const QString serverDir = m_dir.filePath(QStringLiteral("server"));
        QVERIFY(QDir().mkpath(serverDir));
        m_hostKey = serverDir + QStringLiteral("/host_ed25519");
        m_clientKey = m_dir.filePath(QStringLiteral("client_ed25519"));
        m_strangerKey = m_dir.filePath(QStringLiteral("stranger_ed25519"));
        for (const QString& key : {m_hostKey, m_clientKey, m_strangerKey})
            QVERIFY(runTool(QStringLiteral("ssh-keygen"),
                            {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                             QStringLiteral("-N"), QString(), QStringLiteral("-f"), key})
                        .has_value());
        const QString authorizedKeys = serverDir + QStringLiteral("/authorized_keys");
        QVERIFY(QFile::copy(m_clientKey + QStringLiteral(".pub"), authorizedKeys));

        // "256 SHA256:… comment (ED25519)"
        const QString listed =
            runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_hostKey + QStringLiteral(".pub"),
                                                   QStringLiteral("-E"), QStringLiteral("sha256")})
                .value_or(QString());
        const QStringList fields = listed.split(QLatin1Char(' '));
        QVERIFY2(fields.size() >= 2 && fields.at(1).startsWith(QLatin1String("SHA256:")), qPrintable(listed));
        m_fingerprint = fields.at(1);

        m_server = std::make_unique<SshServer>(serverDir, m_hostKey, authorizedKeys);
        QVERIFY2(m_server->start(), "sshd did not start");
    }

    void cleanupTestCase() { m_server.reset(); }

    void parsesUrls()
    {
        auto target = parseSftpUrl(QStringLiteral("sftp://backup@nas.example:2222/srv/lifeboat/"));
        QVERIFY(target);
        QCOMPARE(target->host, QStringLiteral("nas.example"));
        QCOMPARE(target->port, 2222);
        QCOMPARE(target->user, QStringLiteral("backup"));
        QCOMPARE(target->path, QStringLiteral("/srv/lifeboat"));
        QCOMPARE(sftpUrl(*target), QStringLiteral("sftp://backup@nas.example:2222/srv/lifeboat"));
        QCOMPARE(parseSftpUrl(QStringLiteral("sftp://u@h/x"))->port, 22);
        for (const char* bad :
             {"http://u@h/x", "sftp://h/x", "sftp://u@/x", "sftp://u:pw@h/x", "sftp://u@h"}) {
            auto parsed = parseSftpUrl(QString::fromLatin1(bad));
            QVERIFY2(!parsed, bad);
            QCOMPARE(parsed.error().code, QStringLiteral("sftp.invalid_url"));
        }
    }

    void hostKeyMustBePinned()
    {
        auto unknown = openSftpBackend(target(QStringLiteral("pin")), keyCredentials(), QString());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, QStringLiteral("sftp.unknown_host_key"));
        QVERIFY2(unknown.error().message.contains(m_fingerprint), qPrintable(unknown.error().message));

        const QString wrong = formatHostKeyFingerprint(QByteArray(32, '\x42'));
        auto mismatch = openSftpBackend(target(QStringLiteral("pin")), keyCredentials(), wrong);
        QVERIFY(!mismatch);
        QCOMPARE(mismatch.error().code, QStringLiteral("sftp.host_key_mismatch"));
        QVERIFY(mismatch.error().message.contains(wrong));
        QVERIFY(mismatch.error().message.contains(m_fingerprint));

        QVERIFY(openSftpBackend(target(QStringLiteral("pin")), keyCredentials(), m_fingerprint));
        // OpenSSH's form without the prefix is accepted too.
        QVERIFY(openSftpBackend(target(QStringLiteral("pin")), keyCredentials(), m_fingerprint.mid(7)));
    }

    void loginFailuresAreReported()
    {
        SftpCredentials password;
        password.password = QStringLiteral("certainly not root's password");
        auto refused = openSftpBackend(target(QStringLiteral("auth")), password, m_fingerprint);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, QStringLiteral("sftp.auth_failed"));

        SftpCredentials stranger;
        stranger.privateKeyFile = m_strangerKey;
        auto unknownKey = openSftpBackend(target(QStringLiteral("auth")), stranger, m_fingerprint);
        QVERIFY(!unknownKey);
        QCOMPARE(unknownKey.error().code, QStringLiteral("sftp.auth_failed"));
        QVERIFY2(unknownKey.error().message.contains(m_strangerKey), qPrintable(unknownKey.error().message));

        SftpCredentials missing;
        missing.privateKeyFile = m_dir.filePath(QStringLiteral("no-such-key"));
        auto unreadable = openSftpBackend(target(QStringLiteral("auth")), missing, m_fingerprint);
        QVERIFY(!unreadable);
        QCOMPARE(unreadable.error().code, QStringLiteral("sftp.auth_failed"));

        SftpTarget nowhere = target(QStringLiteral("auth"));
        nowhere.port = freePort();
        auto unreachable = openSftpBackend(nowhere, keyCredentials(), m_fingerprint);
        QVERIFY(!unreachable);
        QCOMPARE(unreachable.error().code, QStringLiteral("sftp.connect_failed"));
    }

    void backendContract()
    {
        const QString root = m_dir.filePath(QStringLiteral("contract"));
        auto opened = openSftpBackend(target(QStringLiteral("contract")), keyCredentials(), m_fingerprint);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Backend& backend = *opened.value();
        QCOMPARE(backend.location(),
                 QStringLiteral("sftp://root@127.0.0.1:%1%2").arg(m_server->port()).arg(root));

        // put / get / exists / size, creating the folders on the way.
        const QByteArray config = QByteArrayLiteral("{\"format\":\"lifeboat-repository\"}");
        QVERIFY(!backend.exists(QStringLiteral("config")));
        QVERIFY(backend.put(QStringLiteral("config"), config));
        QVERIFY(backend.exists(QStringLiteral("config")));
        QCOMPARE(backend.get(QStringLiteral("config")).value(), config);
        QCOMPARE(backend.size(QStringLiteral("config")).value(), config.size());
        QCOMPARE(readFile(root + QStringLiteral("/config")), config);

        const QByteArray pack = randomBytes(3 * kMiB + 17, 1);
        const QString packName = QStringLiteral("data/ab/abcdef");
        QVERIFY(backend.put(packName, pack));
        QCOMPARE(backend.get(packName).value(), pack);
        QByteArray range(100000, '\0');
        QVERIFY(backend.getRange(packName, 2 * kMiB + 5, range.size(), range.data()));
        QCOMPARE(range, pack.mid(2 * kMiB + 5, range.size()));
        QVERIFY(backend.getRange(packName, 10, 20, range.data()));
        QCOMPARE(range.left(20), pack.mid(10, 20));
        const Status beyond = backend.getRange(packName, pack.size() - 10, 20, range.data());
        QVERIFY(!beyond);
        QCOMPARE(beyond.error().code, QStringLiteral("repository.truncated"));
        // The handle is usable again after running into the end.
        QVERIFY(backend.getRange(packName, 0, 1000, range.data()));
        QCOMPARE(range.left(1000), pack.left(1000));

        // put() replaces atomically.
        QVERIFY(backend.put(QStringLiteral("config"), QByteArrayLiteral("v2")));
        QCOMPARE(backend.get(QStringLiteral("config")).value(), QByteArrayLiteral("v2"));

        // putNew() refuses to replace, leaving the original.
        const Status again = backend.putNew(QStringLiteral("config"), QByteArrayLiteral("intruder"));
        QVERIFY(!again);
        QCOMPARE(again.error().code, QStringLiteral("repository.exists"));
        QCOMPARE(backend.get(QStringLiteral("config")).value(), QByteArrayLiteral("v2"));
        QVERIFY(backend.putNew(QStringLiteral("keys/0123"), QByteArrayLiteral("key")));
        QCOMPARE(backend.get(QStringLiteral("keys/0123")).value(), QByteArrayLiteral("key"));

        // list(): recursive, relative, sorted, without dot files; a missing folder is empty.
        QVERIFY(backend.put(QStringLiteral("data/01/0123"), QByteArrayLiteral("x")));
        QVERIFY(backend.put(QStringLiteral("data/ab/0000"), QByteArrayLiteral("y")));
        writeLocal(root + QStringLiteral("/data/ab/.partial"), QByteArrayLiteral("z"));
        QCOMPARE(
            backend.list(QStringLiteral("data")).value(),
            QStringList({QStringLiteral("01/0123"), QStringLiteral("ab/0000"), QStringLiteral("ab/abcdef")}));
        QCOMPARE(backend.list(QStringLiteral("keys")).value(), QStringList{QStringLiteral("0123")});
        auto none = backend.list(QStringLiteral("snapshots"));
        QVERIFY(none);
        QVERIFY(none->isEmpty());

        // remove(): gone, and removing again is fine.
        QVERIFY(backend.remove(QStringLiteral("data/01/0123")));
        QVERIFY(!backend.exists(QStringLiteral("data/01/0123")));
        QVERIFY(backend.remove(QStringLiteral("data/01/0123")));
        const auto missing = backend.get(QStringLiteral("data/01/0123"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, QStringLiteral("repository.not_found"));
        QCOMPARE(backend.size(QStringLiteral("nothing")).error().code,
                 QStringLiteral("repository.not_found"));
        // A removed pack that was read before is not served from a stale handle.
        QVERIFY(backend.remove(packName));
        QVERIFY(!backend.getRange(packName, 0, 10, range.data()));

        // startUpload(): 40 MiB streamed in uneven pieces, visible only after commit().
        const QByteArray big = randomBytes(40 * kMiB, 2);
        const QString bigName = QStringLiteral("data/cd/cdef");
        {
            auto upload = backend.startUpload(bigName);
            QVERIFY(upload);
            qint64 offset = 0;
            qint64 piece = 1;
            while (offset < big.size()) {
                const qint64 length = std::min<qint64>(big.size() - offset, piece * 99991);
                QVERIFY(upload.value()->write(big.constData() + offset, length));
                offset += length;
                piece = piece % 40 + 1;
            }
            QCOMPARE(upload.value()->size(), big.size());
            QVERIFY(!backend.exists(bigName));
            QVERIFY(upload.value()->commit());
        }
        QVERIFY(backend.exists(bigName));
        QCOMPARE(backend.size(bigName).value(), big.size());
        QCOMPARE(
            QCryptographicHash::hash(readFile(root + QLatin1Char('/') + bigName), QCryptographicHash::Sha256),
            QCryptographicHash::hash(big, QCryptographicHash::Sha256));
        QByteArray tail(4096, '\0');
        QVERIFY(backend.getRange(bigName, big.size() - tail.size(), tail.size(), tail.data()));
        QCOMPARE(tail, big.right(tail.size()));

        // An upload dropped without commit() leaves nothing, not even its temporary file.
        {
            auto upload = backend.startUpload(QStringLiteral("data/ef/ef01"));
            QVERIFY(upload);
            QVERIFY(upload.value()->write(big.constData(), 5 * kMiB));
        }
        QVERIFY(!backend.exists(QStringLiteral("data/ef/ef01")));
        QVERIFY(QDir(root + QStringLiteral("/tmp"))
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());

        // Several threads at once, as the pipeline calls it.
        std::vector<std::thread> threads;
        std::atomic<int> failures{0};
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&backend, &failures, t] {
                for (int i = 0; i < 25; ++i) {
                    const QString name = QStringLiteral("index/%1-%2").arg(t).arg(i);
                    const QByteArray data = randomBytes(1000 + i * 313, static_cast<quint32>(t * 100 + i));
                    if (!backend.putNew(name, data) || backend.get(name).value() != data)
                        ++failures;
                }
            });
        for (std::thread& thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
        QCOMPARE(backend.list(QStringLiteral("index"))->size(), 100);
    }

    void repositoryRoundTrip()
    {
        auto backend = openSftpBackend(target(QStringLiteral("repo")), keyCredentials(), m_fingerprint);
        QVERIFY2(backend, qPrintable(backend ? QString() : backend.error().message));
        QVERIFY(Repository::init(*backend.value(), kPassword));
        auto repository = Repository::open(std::move(backend.value()), kPassword);
        QVERIFY2(repository, qPrintable(repository ? QString() : repository.error().message));

        const QByteArray image = mixedImage(32 * kMiB, 11);
        const QString imagePath = m_dir.filePath(QStringLiteral("image.raw"));
        writeLocal(imagePath, image);
        auto source = openImageFile(imagePath);
        QVERIFY(source);
        Manifest base;
        base.vmName = QStringLiteral("sftp01");
        auto backup = backupImages(*repository.value(), base,
                                   {{QStringLiteral("disk0"), source->get(), {}, nullptr, {}}});
        QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().message));
        QCOMPARE(backup->stats.bytesRead, image.size());

        // A fresh connection sees what the first one stored.
        auto reopened = openSftpBackend(target(QStringLiteral("repo")), keyCredentials(), m_fingerprint);
        QVERIFY(reopened);
        repository = Repository::open(std::move(reopened.value()), kPassword);
        QVERIFY(repository);
        const QString restoredPath = m_dir.filePath(QStringLiteral("restored.raw"));
        auto restored =
            restoreImage(*repository.value(), backup->manifest, QStringLiteral("disk0"), restoredPath, false);
        QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
        QVERIFY(readFile(restoredPath) == image);

        auto report = verifyRepository(*repository.value());
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QVERIFY(report->clean());
        QCOMPARE(report->restorePoints, 1);
        QVERIFY(report->chunksChecked > 0);
    }

    void lostConnectionFailsCleanly_data()
    {
        QTest::addColumn<bool>("killed");
        QTest::newRow("server killed") << true;
        QTest::newRow("server frozen") << false;
    }
    void lostConnectionFailsCleanly()
    {
        QFETCH(bool, killed);
        const QString serverDir = m_dir.filePath(QStringLiteral("doomed-%1").arg(killed));
        QVERIFY(QDir().mkpath(serverDir));
        const QString authorizedKeys = serverDir + QStringLiteral("/authorized_keys");
        QVERIFY(QFile::copy(m_clientKey + QStringLiteral(".pub"), authorizedKeys));
        SshServer doomed(serverDir, m_hostKey, authorizedKeys);
        QVERIFY(doomed.start());

        SftpTarget where = target(QStringLiteral("lost-%1").arg(killed));
        where.port = doomed.port();
        SftpOptions options;
        options.timeout = 3s;
        auto opened = openSftpBackend(where, keyCredentials(), m_fingerprint, options);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        Backend& backend = *opened.value();
        const QByteArray pack = randomBytes(8 * kMiB, 3);
        QVERIFY(backend.put(QStringLiteral("data/aa/aa00"), pack));
        QVERIFY(backend.putNew(QStringLiteral("config"), QByteArrayLiteral("{}")));

        std::atomic<int> reads{0};
        std::promise<Status> outcome;
        std::future<Status> result = outcome.get_future();
        std::thread reader([&] {
            QByteArray buffer(256 * 1024, '\0');
            QRandomGenerator random(5);
            for (;;) {
                const qint64 offset = random.bounded(pack.size() - buffer.size());
                Status read =
                    backend.getRange(QStringLiteral("data/aa/aa00"), offset, buffer.size(), buffer.data());
                if (!read) {
                    outcome.set_value(read);
                    return;
                }
                if (buffer != pack.mid(offset, buffer.size())) {
                    outcome.set_value(Error{QStringLiteral("test.corrupt"), QStringLiteral("wrong bytes")});
                    return;
                }
                ++reads;
            }
        });
        QElapsedTimer waited;
        waited.start();
        while (reads.load() < 20 && waited.elapsed() < 20000)
            QThread::msleep(10);
        QVERIFY(reads.load() >= 20);

        QElapsedTimer sinceFailure;
        sinceFailure.start();
        if (killed)
            doomed.kill();
        else
            doomed.signalAll(SIGSTOP);
        // Three seconds of timeout, plus slack for a loaded machine.
        const bool finished = result.wait_for(15s) == std::future_status::ready;
        if (!finished) {
            doomed.signalAll(SIGKILL); // unblocks the reader so that join() returns
            doomed.signalAll(SIGCONT);
        }
        reader.join();
        QVERIFY2(finished, "getRange hung after the server went away");
        const Status failed = result.get();
        QVERIFY(!failed);
        QCOMPARE(failed.error().code, QStringLiteral("sftp.connection_lost"));
        qInfo() << "failed after" << sinceFailure.elapsed() << "ms:" << failed.error().message;
        QVERIFY(sinceFailure.elapsed() < 10000);

        // Later calls fail quickly too (the reconnect is refused or times out).
        QElapsedTimer later;
        later.start();
        QByteArray buffer(16, '\0');
        QVERIFY(!backend.getRange(QStringLiteral("data/aa/aa00"), 0, buffer.size(), buffer.data()));
        QVERIFY(!backend.put(QStringLiteral("config"), QByteArrayLiteral("late")));
        QVERIFY(later.elapsed() < 10000);

        if (!killed) {
            doomed.signalAll(SIGCONT);
            doomed.kill();
        }
        // What was stored before is intact on the server's disk.
        const QString root = m_dir.filePath(QStringLiteral("lost-%1").arg(killed));
        QVERIFY(readFile(root + QStringLiteral("/data/aa/aa00")) == pack);
        QCOMPARE(readFile(root + QStringLiteral("/config")), QByteArrayLiteral("{}"));
        opened.value().reset();
    }

private:
    SftpTarget target(const QString& folder) const
    {
        SftpTarget target;
        target.host = QStringLiteral("127.0.0.1");
        target.port = m_server ? m_server->port() : 22;
        target.user = QStringLiteral("root");
        target.path = m_dir.filePath(folder);
        return target;
    }

    SftpCredentials keyCredentials() const
    {
        SftpCredentials credentials;
        credentials.privateKeyFile = m_clientKey;
        return credentials;
    }

    static void writeLocal(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(data), data.size());
    }

    QTemporaryDir m_dir;
    QString m_hostKey;
    QString m_clientKey;
    QString m_strangerKey;
    QString m_fingerprint;
    std::unique_ptr<SshServer> m_server;
};

QTEST_GUILESS_MAIN(TestSftpBackend)
#include "tst_sftp_backend.moc"
