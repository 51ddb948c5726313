#pragma once

// What the console's GUI tests share: a VMware lab of their own (vcsim over HTTPS with
// seeded guest disks), a catalog and repository prepared with lifeboat-cli the way an
// administrator would, and helpers to reach the real widgets.

#include <QAbstractItemModel>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

namespace lifeboat::testing {

class ConsoleLab
{
public:
    ConsoleLab()
    {
        m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("LIFEBOAT_KEEP_TEST_DIRS"));
        catalog = m_dir.filePath(QStringLiteral("catalog.sqlite"));
        repository = m_dir.filePath(QStringLiteral("repo"));
        // The engine in the test process opens the repository as scheduled jobs do.
        qputenv("LIFEBOAT_REPO_PASSWORD", repositoryPassword);
    }
    ~ConsoleLab() { stop(); }

    // Starts the lab with `vms` VMs; returns an error text, empty on success.
    QString start(int vms = 2)
    {
        QProcess lab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_dir.filePath(QStringLiteral("lab")));
        lab.setProcessEnvironment(environment);
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"),
                  {QStringLiteral("start"), QStringLiteral("--vms"), QString::number(vms)});
        if (!lab.waitForFinished(300000) || lab.exitCode() != 0)
            return QString::fromUtf8(lab.readAllStandardError());
        m_started = true;
        QFile file(m_dir.filePath(QStringLiteral("lab/lab.json")));
        if (!file.open(QIODevice::ReadOnly))
            return QStringLiteral("no lab.json");
        json = QJsonDocument::fromJson(file.readAll()).object();
        url = json.value(QStringLiteral("url")).toString();
        user = json.value(QStringLiteral("user")).toString();
        password = json.value(QStringLiteral("password")).toString();
        thumbprint = json.value(QStringLiteral("thumbprint_sha256")).toString();
        return {};
    }

    void stop()
    {
        if (!m_started)
            return;
        QProcess lab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_dir.filePath(QStringLiteral("lab")));
        lab.setProcessEnvironment(environment);
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"), {QStringLiteral("stop")});
        lab.waitForFinished(60000);
        m_started = false;
    }

    QString vmMoref(int index) const
    {
        return json.value(QStringLiteral("vms"))
            .toArray()
            .at(index)
            .toObject()
            .value(QStringLiteral("moref"))
            .toString();
    }
    QString vmName(int index) const
    {
        return json.value(QStringLiteral("vms"))
            .toArray()
            .at(index)
            .toObject()
            .value(QStringLiteral("name"))
            .toString();
    }
    // The seeded guest tree of a VM: guest path -> {type, size, sha256, mode, mtime, target}.
    QJsonObject vmManifest(int index) const
    {
        QFile file(json.value(QStringLiteral("vms"))
                       .toArray()
                       .at(index)
                       .toObject()
                       .value(QStringLiteral("manifest"))
                       .toString());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("files")).toObject();
    }

    // Runs lifeboat-cli on the test's catalog; returns its exit code, stdout in `out`.
    int cli(const QStringList& arguments, QByteArray* out = nullptr, int timeoutMs = 300000)
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_ENDPOINT_PASSWORD"), password);
        environment.insert(QStringLiteral("LIFEBOAT_REPO_PASSWORD"), QString::fromLatin1(repositoryPassword));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(LIFEBOAT_CLI_PATH),
                      QStringList{QStringLiteral("--catalog"), catalog} + arguments);
        if (!process.waitForFinished(timeoutMs))
            return -1;
        if (out)
            *out = process.readAllStandardOutput();
        else
            process.readAllStandardOutput();
        if (process.exitCode() != 0)
            qWarning("lifeboat-cli %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
        return process.exitCode();
    }

    // The administrator's part: the lab endpoint trusted, a repository, and a job `name`
    // over `vms` (morefs) with the extra job options given.
    QString prepareJob(const QString& name, const QStringList& vms, const QStringList& extra = {})
    {
        if (cli({QStringLiteral("endpoint"), QStringLiteral("add"), url, QStringLiteral("--trust"),
                 thumbprint}) != 0)
            return QStringLiteral("endpoint add failed");
        if (!QDir(repository).exists() &&
            cli({QStringLiteral("repo"), QStringLiteral("init"), QStringLiteral("--repo"), repository}) != 0)
            return QStringLiteral("repo init failed");
        if (cli(QStringList{QStringLiteral("job"), QStringLiteral("create"), name,
                            QStringLiteral("--endpoint"), url, QStringLiteral("--user"), user,
                            QStringLiteral("--repo"), repository, QStringLiteral("--objects"),
                            vms.join(QLatin1Char(','))} +
                extra) != 0)
            return QStringLiteral("job create failed");
        return {};
    }

    QString dirPath(const QString& name) const { return m_dir.filePath(name); }

    QJsonObject json;
    QString url, user, password, thumbprint, catalog, repository;
    QByteArray repositoryPassword = "console-test-password";

private:
    QTemporaryDir m_dir;
    bool m_started = false;
};

// The row of `model` whose `column` shows `text`, or -1.
inline int rowWithText(const QAbstractItemModel& model, int column, const QString& text)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, column).data().toString() == text)
            return row;
    return -1;
}

// Screenshots are artifacts for people (and the README), not assertions.
inline void saveScreenshot(QWidget& widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("LIFEBOAT_TEST_ARTIFACTS", QDir::tempPath());
    QDir().mkpath(dir);
    // Let a relayout (a posted LayoutRequest) happen before the grab.
    QTest::qWait(50);
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace lifeboat::testing
