#include "vsphere/Inventory.h"
#include "vsphere/VsphereClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace lifeboat;
using namespace lifeboat::vsphere;

namespace {

// Runs an asynchronous client call to completion and returns its result.
template <typename R, typename Call> R await(Call call)
{
    std::optional<R> result;
    call([&](R value) { result.emplace(std::move(value)); });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 30000))
        qFatal("no answer from the vSphere client within 30 s");
    return std::move(*result);
}

} // namespace

// Against the lab's vcsim over HTTPS with strict credentials: the sign-in path of the
// product, including TLS trust decisions.
class TestVsphereLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QString labJson = qEnvironmentVariable("LIFEBOAT_LAB_JSON");
        if (labJson.isEmpty()) {
            QVERIFY(m_labDir.isValid());
            m_ownLab = true;
            QProcess lab;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_labDir.path());
            lab.setProcessEnvironment(environment);
            lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"),
                      {QStringLiteral("start"), QStringLiteral("--no-seed")});
            QVERIFY(lab.waitForFinished(300000));
            QVERIFY2(lab.exitCode() == 0, lab.readAllStandardError().constData());
            labJson = m_labDir.filePath(QStringLiteral("lab.json"));
        }
        QFile file(labJson);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject lab = QJsonDocument::fromJson(file.readAll()).object();
        m_url = QUrl(lab.value(QStringLiteral("url")).toString());
        m_thumbprint = lab.value(QStringLiteral("thumbprint_sha256")).toString();
        m_user = lab.value(QStringLiteral("user")).toString();
        m_password = lab.value(QStringLiteral("password")).toString();
        m_labVms = lab.value(QStringLiteral("all_vms")).toArray();
        QVERIFY(!m_labVms.isEmpty());
        QVERIFY(m_url.isValid() && m_url.scheme() == QLatin1String("https"));
        QVERIFY(!m_thumbprint.isEmpty() && !m_password.isEmpty());
    }

    void cleanupTestCase()
    {
        if (!m_ownLab)
            return;
        QProcess lab;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("LIFEBOAT_LAB_DIR"), m_labDir.path());
        lab.setProcessEnvironment(environment);
        lab.start(QStringLiteral(LIFEBOAT_SOURCE_DIR "/scripts/lab"), {QStringLiteral("stop")});
        lab.waitForFinished(60000);
    }

    void unknownCertificateIsRefusedWithItsThumbprint()
    {
        VsphereClient client(m_url, QString());
        auto content = await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
        QVERIFY(!content);
        QCOMPARE(content.error().code, QStringLiteral("tls.untrusted"));
        QVERIFY2(content.error().message.contains(m_thumbprint), qPrintable(content.error().message));
    }

    void changedCertificateIsRefused()
    {
        QString other = m_thumbprint;
        other[0] = other[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        VsphereClient client(m_url, other);
        auto content = await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
        QVERIFY(!content);
        QCOMPARE(content.error().code, QStringLiteral("tls.changed"));
        QVERIFY(content.error().message.contains(m_thumbprint));
        QVERIFY(content.error().message.contains(other));
    }

    void pinnedCertificateIsAccepted()
    {
        VsphereClient client(m_url, m_thumbprint.toLower());
        auto content = await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
        QVERIFY2(content, qPrintable(content ? QString() : content.error().message));
        QCOMPARE(content->apiVersion, QStringLiteral("6.5"));
        QVERIFY(!content->sessionManager.isEmpty());
        QVERIFY(!content->rootFolder.isEmpty());
    }

    void wrongPasswordIsRejected()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        auto session = await<Result<UserSession>>(
            [&](auto done) { client.login(m_user, m_password + QStringLiteral("x"), done); });
        QVERIFY(!session);
        QCOMPARE(session.error().code, QStringLiteral("vsphere.invalid_login"));
        QVERIFY(!session.error().message.contains(m_password)); // never echo a secret
    }

    void signInWorksUntilSignOut()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        auto session = await<Result<UserSession>>([&](auto done) { client.login(m_user, m_password, done); });
        QVERIFY2(session, qPrintable(session ? QString() : session.error().message));
        QCOMPARE(session->userName, m_user); // "lab\backup": the DOMAIN\user form goes through as is
        QVERIFY(!session->key.isEmpty());
        auto time = await<Result<QDateTime>>([&](auto done) { client.currentTime(done); });
        QVERIFY(time);
        QVERIFY(qAbs(time->secsTo(QDateTime::currentDateTimeUtc())) < 300);

        QVERIFY(await<Status>([&](auto done) { client.logout(done); }));
        auto afterLogout = await<Result<QDateTime>>([&](auto done) { client.currentTime(done); });
        QVERIFY(!afterLogout);
        QCOMPARE(afterLogout.error().code, QStringLiteral("vsphere.not_authenticated"));
    }

    void anEndedSessionIsRenewedTransparently()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        auto first = await<Result<UserSession>>([&](auto done) { client.login(m_user, m_password, done); });
        QVERIFY(first);
        // Another session ends this one, as an administrator or a server restart would.
        VsphereClient admin(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { admin.retrieveServiceContent(done); }));
        QVERIFY(await<Result<UserSession>>([&](auto done) { admin.login(m_user, m_password, done); }));
        QVERIFY(await<Status>([&](auto done) { admin.terminateSessions({first->key}, done); }));

        auto time = await<Result<QDateTime>>([&](auto done) { client.currentTime(done); });
        QVERIFY2(time, qPrintable(time ? QString() : time.error().message));
        QVERIFY(!client.sessionKey().isEmpty());
        QVERIFY(client.sessionKey() != first->key);
        QVERIFY(await<Status>([&](auto done) { client.logout(done); }));
        QVERIFY(await<Status>([&](auto done) { admin.logout(done); }));
    }

    void keepAliveHoldsAndRenewsTheSession()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        auto first = await<Result<UserSession>>([&](auto done) { client.login(m_user, m_password, done); });
        QVERIFY(first);
        const quint64 before = client.requestsSent();
        client.setKeepAlive(200);
        QTest::qWait(1200);
        QVERIFY2(client.requestsSent() >= before + 3,
                 qPrintable(QString::number(client.requestsSent() - before)));
        QCOMPARE(client.sessionKey(), first->key); // kept, not replaced

        // The server ends the session; the next keep-alive signs in again on its own.
        VsphereClient admin(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { admin.retrieveServiceContent(done); }));
        QVERIFY(await<Result<UserSession>>([&](auto done) { admin.login(m_user, m_password, done); }));
        QVERIFY(await<Status>([&](auto done) { admin.terminateSessions({first->key}, done); }));
        QVERIFY(QTest::qWaitFor([&] { return client.sessionKey() != first->key; }, 5000));

        // After a logout the keep-alive stays quiet.
        QVERIFY(await<Status>([&](auto done) { client.logout(done); }));
        const quint64 afterLogout = client.requestsSent();
        QTest::qWait(600);
        QCOMPARE(client.requestsSent(), afterLogout);
        QVERIFY(await<Status>([&](auto done) { admin.logout(done); }));
    }

    void inventoryTreeHasTheLabsContainers()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        QVERIFY(await<Result<UserSession>>([&](auto done) { client.login(m_user, m_password, done); }));
        auto inventory = await<Result<Inventory>>([&](auto done) { client.listInventory(done); });
        QVERIFY2(inventory, qPrintable(inventory ? QString() : inventory.error().message));
        QStringList types;
        for (const InventoryObject& object : inventory->objects)
            types << object.type;
        for (const char* type : {"Datacenter", "Folder", "ClusterComputeResource", "HostSystem",
                                 "ResourcePool", "VirtualApp", "VirtualMachine"})
            QVERIFY2(types.contains(QLatin1String(type)), type);
        // Every VM of the lab is below its datacenter, and the vApp's VMs below the vApp.
        QString datacenter, vapp;
        for (const InventoryObject& object : inventory->objects) {
            if (object.type == QLatin1String("Datacenter"))
                datacenter = object.moref;
            if (object.type == QLatin1String("VirtualApp"))
                vapp = object.moref;
        }
        QCOMPARE(inventory->vmsIn(datacenter).size(), inventory->vms.size());
        const QStringList inVApp = inventory->vmsIn(vapp);
        QVERIFY(!inVApp.isEmpty());
        QVERIFY(inVApp.size() < inventory->vms.size());
        for (const QString& vm : inVApp)
            QVERIFY2(inventory->object(vm)->name.contains(QLatin1String("APP")),
                     qPrintable(inventory->object(vm)->name));
        QVERIFY(await<Status>([&](auto done) { client.logout(done); }));
    }

    void inventoryListsTheLabVirtualMachines()
    {
        VsphereClient client(m_url, m_thumbprint);
        QVERIFY(await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); }));
        QVERIFY(await<Result<UserSession>>([&](auto done) { client.login(m_user, m_password, done); }));
        auto vms =
            await<Result<QVector<VirtualMachineInfo>>>([&](auto done) { client.listVirtualMachines(done); });
        QVERIFY2(vms, qPrintable(vms ? QString() : vms.error().message));
        // Every VM the launcher reported, with its moref, power state and disks.
        QCOMPARE(vms->size(), m_labVms.size());
        for (const QJsonValue& value : std::as_const(m_labVms)) {
            const QJsonObject expected = value.toObject();
            auto vm = std::find_if(vms->begin(), vms->end(), [&](const VirtualMachineInfo& candidate) {
                return candidate.moref == expected.value(QStringLiteral("moref")).toString();
            });
            QVERIFY2(vm != vms->end(), qPrintable(expected.value(QStringLiteral("moref")).toString()));
            QCOMPARE(vm->name, expected.value(QStringLiteral("name")).toString());
            QCOMPARE(vm->powerState, QStringLiteral("poweredOn"));
            QVERIFY(!vm->instanceUuid.isEmpty());
            const QJsonArray disks = expected.value(QStringLiteral("disks")).toArray();
            QCOMPARE(vm->disks.size(), disks.size());
            QCOMPARE(vm->disks.first().fileName,
                     disks.first().toObject().value(QStringLiteral("file")).toString());
            QCOMPARE(vm->disks.first().capacityBytes,
                     qint64(disks.first().toObject().value(QStringLiteral("capacity_kb")).toInteger()) *
                         1024);
        }
        QVERIFY(await<Status>([&](auto done) { client.logout(done); }));
    }

    void unreachableHostIsReported()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        VsphereClient client(QUrl(QStringLiteral("https://127.0.0.1:%1/sdk").arg(port)), m_thumbprint);
        client.setTimeout(5000);
        auto content = await<Result<ServiceContent>>([&](auto done) { client.retrieveServiceContent(done); });
        QVERIFY(!content);
        QCOMPARE(content.error().code, QStringLiteral("vsphere.unreachable"));
    }

private:
    QTemporaryDir m_labDir;
    bool m_ownLab = false;
    QUrl m_url;
    QString m_thumbprint;
    QString m_user;
    QString m_password;
    QJsonArray m_labVms;
};

QTEST_GUILESS_MAIN(TestVsphereLogin)
#include "tst_vsphere_login.moc"
