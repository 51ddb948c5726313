// Cloud Director reply parsing with hand-written replies shaped like the real API's (the
// versions document follows go-vcloud-director's recorded one, the query page the JSON form
// of QueryResultRecords, tasks the TaskType of the API reference), and task polling against a
// loopback server that answers from a table. Plain string literals: moc does not understand
// raw ones.
#include "vcd/VcdClient.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace lifeboat;
using namespace lifeboat::vcd;

namespace {

struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/vnd.vmware.vcloud.task+xml;version=38.0";
    QList<QPair<QByteArray, QByteArray>> headers = {};
};

// Plain HTTP on loopback: each path gets its replies in order, the last one again and again.
// Every request is recorded as "METHOD /path" with its body.
class FakeVcd
{
public:
    FakeVcd()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QString href(const QString& path) const { return url() + path; }
    void on(const QByteArray& methodAndPath, QList<Reply> replies) { m_routes[methodAndPath] = replies; }
    qsizetype count(const QByteArray& methodAndPath) const { return m_requests.count(methodAndPath); }
    QList<QByteArray> requests() const { return m_requests; }
    QByteArray bodyOf(const QByteArray& methodAndPath) const { return m_bodies.value(methodAndPath); }

private:
    void serve(QTcpSocket* socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                qsizetype length = 0;
                for (const QByteArray& line : lines)
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                if (buffer->size() < end + 4 + length)
                    return;
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                const QByteArray key =
                    first.value(0) + ' ' + QUrl(QString::fromLatin1(first.value(1))).path().toLatin1();
                m_bodies[key] = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                m_requests << key;
                Reply reply{404, "{\"message\":\"not in the test's table\"}", "application/json"};
                auto route = m_routes.find(key);
                if (route != m_routes.end() && !route->isEmpty())
                    reply = route->size() > 1 ? route->takeFirst() : route->first();
                QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) +
                                  " X\r\nContent-Type: " + reply.contentType +
                                  "\r\nContent-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
                for (const auto& [name, value] : reply.headers)
                    head += name + ": " + value + "\r\n";
                socket->write(head + "\r\n" + reply.body);
            }
        });
    }

    QTcpServer m_server;
    QHash<QByteArray, QList<Reply>> m_routes;
    QList<QByteArray> m_requests;
    QHash<QByteArray, QByteArray> m_bodies;
};

// The result of an asynchronous call, or nothing when it did not come within `ms`.
template <typename R, typename Call> std::optional<R> awaitResult(Call call, int ms = 10000)
{
    std::optional<R> result;
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    call([&](R value) {
        result.emplace(std::move(value));
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

QByteArray task(const FakeVcd& server, const char* status, const QByteArray& inner = QByteArray())
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<Task xmlns=\"http://www.vmware.com/vcloud/v1.5\" cancelRequested=\"false\" "
           "operation=\"Powering on Virtual Machine web01(7a1d)\" operationName=\"vappPowerOn\" "
           "serviceNamespace=\"com.vmware.vcloud\" status=\"" +
           QByteArray(status) + "\" name=\"task\" id=\"urn:vcloud:task:t1\" href=\"" +
           server.href(QStringLiteral("/api/task/t1")).toLatin1() +
           "\" type=\"application/vnd.vmware.vcloud.task+xml\">\n"
           "  <Owner href=\"https://vcd/api/vApp/vm-7a1d\" name=\"web01\" "
           "type=\"application/vnd.vmware.vcloud.vm+xml\"/>\n" +
           inner + "  <Progress>40</Progress>\n</Task>\n";
}

const char* const kVmPath = "/api/vApp/vm-7a1d";

} // namespace

class TestVcd : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionsAreRead()
    {
        const QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<SupportedVersions xmlns=\"http://www.vmware.com/vcloud/versions\" "
                               "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                               "  <VersionInfo "
                               "deprecated=\"true\"><Version>33.0</Version><LoginUrl>https://vcd/api/"
                               "sessions</LoginUrl></VersionInfo>\n"
                               "  <VersionInfo "
                               "deprecated=\"false\"><Version>37.0</Version><LoginUrl>https://vcd/cloudapi/"
                               "1.0.0/sessions</LoginUrl>\n"
                               "    "
                               "<ProviderLoginUrl>https://vcd/cloudapi/1.0.0/sessions/provider</"
                               "ProviderLoginUrl></VersionInfo>\n"
                               "  <VersionInfo "
                               "deprecated=\"false\"><Version>37.0.0-alpha</Version><LoginUrl>https://vcd/"
                               "cloudapi/1.0.0/sessions</LoginUrl></VersionInfo>\n"
                               "</SupportedVersions>";
        auto versions = parseSupportedVersions(xml);
        QVERIFY(versions);
        QCOMPARE(*versions, (QStringList{"33.0", "37.0", "37.0.0-alpha"}));
        QCOMPARE(highestCommonVersion(*versions, VcdClient::clientVersions()), QStringLiteral("37.0"));
    }
    void notAVersionsDocumentIsMalformed()
    {
        QCOMPARE(parseSupportedVersions("<html><body>Login</body></html>").error().code,
                 QStringLiteral("vcd.malformed"));
        QCOMPARE(parseSupportedVersions("<SupportedVersions><Version>37").error().code,
                 QStringLiteral("vcd.malformed"));
    }
    void versionsCompareAsNumbers()
    {
        // As text "9.0" > "38.0"; as versions it is older.
        QCOMPARE(highestCommonVersion({"9.0", "38.0", "37.0"}, {"9.0", "37.0", "38.0"}),
                 QStringLiteral("38.0"));
        QCOMPARE(highestCommonVersion({"31.0", "32.0"}, VcdClient::clientVersions()), QString());
    }
    void queryPageWithNextLink()
    {
        const QByteArray json = "{\"otherAttributes\":{},\"link\":[\n"
                                "  "
                                "{\"rel\":\"firstPage\",\"href\":\"https://vcd/api/"
                                "query?type=vm&page=1&pageSize=1\",\"type\":\"application/"
                                "vnd.vmware.vcloud.query.records+json\"},\n"
                                "  "
                                "{\"rel\":\"nextPage\",\"href\":\"https://vcd/api/"
                                "query?type=vm&page=2&pageSize=1\",\"type\":\"application/"
                                "vnd.vmware.vcloud.query.records+json\"}],\n"
                                " \"name\":\"vm\",\"page\":1,\"pageSize\":1,\"total\":3,\n"
                                " \"record\":[{\"_type\":\"QueryResultVMRecordType\",\"name\":\"web01\","
                                "\"moref\":\"vm-49\",\"status\":\"POWERED_OFF\",\n"
                                "            "
                                "\"container\":\"https://vcd/api/vApp/vapp-1\",\"vc\":\"https://vcd/api/"
                                "admin/extension/vimServer/9\"}]}";
        auto page = parseQueryPage(json);
        QVERIFY(page);
        QCOMPARE(page->total, 3);
        QCOMPARE(page->records.size(), 1);
        QCOMPARE(page->records[0].value("moref").toString(), QStringLiteral("vm-49"));
        QCOMPARE(page->nextPage, QStringLiteral("https://vcd/api/query?type=vm&page=2&pageSize=1"));
    }
    void lastQueryPageHasNoNext()
    {
        auto page = parseQueryPage(
            "{\"page\":3,\"pageSize\":1,\"total\":3,\"record\":[{\"name\":\"x\"}],\n"
            "            \"link\":[{\"rel\":\"previousPage\",\"href\":\"https://vcd/api/query?page=2\"}]}");
        QVERIFY(page);
        QVERIFY(page->nextPage.isEmpty());
        QCOMPARE(parseQueryPage("<QueryResultRecords/>").error().code, QStringLiteral("vcd.malformed"));
    }
    void taskIsRead()
    {
        // A subtask brings its own owner and error; only the task's own count.
        const QByteArray xml =
            "<Task xmlns=\"http://www.vmware.com/vcloud/v1.5\" status=\"error\" operation=\"Importing "
            "vm-63\" "
            "operationName=\"vdcImportVmIntoVApp\" href=\"https://vcd/api/task/9\">\n"
            "  <Link rel=\"task:cancel\" href=\"https://vcd/api/task/9/action/cancel\"/>\n"
            "  <Tasks><Task status=\"error\" href=\"https://vcd/api/task/10\">\n"
            "    <Owner href=\"https://vcd/api/vApp/vm-sub\" name=\"sub\"/>\n"
            "    <Error message=\"subtask text\" majorErrorCode=\"500\"/></Task></Tasks>\n"
            "  <Owner href=\"https://vcd/api/vApp/vapp-1\" name=\"app1\" "
            "type=\"application/vnd.vmware.vcloud.vApp+xml\"/>\n"
            "  <Error majorErrorCode=\"500\" message=\"The VM vm-63 is locked by another task.\" "
            "minorErrorCode=\"INTERNAL_SERVER_ERROR\" stackTrace=\"\"/>\n"
            "  <Progress>70</Progress>\n"
            "  <Result><ResultReference href=\"https://vcd/api/vApp/vm-new\" "
            "type=\"application/vnd.vmware.vcloud.vm+xml\"/></Result>\n"
            "</Task>";
        auto parsed = parseTask(xml);
        QVERIFY(parsed);
        QCOMPARE(parsed->status, QStringLiteral("error"));
        QVERIFY(parsed->finished());
        QCOMPARE(parsed->href, QStringLiteral("https://vcd/api/task/9"));
        QCOMPARE(parsed->ownerName, QStringLiteral("app1"));
        QCOMPARE(parsed->errorMessage, QStringLiteral("The VM vm-63 is locked by another task."));
        QCOMPARE(parsed->progress, 70);
        QCOMPARE(parsed->resultHref, QStringLiteral("https://vcd/api/vApp/vm-new"));
        QCOMPARE(parsed->operationName, QStringLiteral("vdcImportVmIntoVApp"));
        for (const char* going : {"queued", "preRunning", "running"}) {
            auto open = parseTask(QByteArray("<Task status=\"") + going + "\" href=\"/api/task/1\"/>");
            QVERIFY(open);
            QVERIFY(!open->finished());
        }
    }
    void malformedTaskIsRefused()
    {
        for (const QByteArray& bad :
             {QByteArray("{\"status\":\"success\"}"), QByteArray("<Error message=\"x\"/>"),
              QByteArray("<Task href=\"/api/task/1\"/>"),
              QByteArray("<Task status=\"running\" href=\"/api/task/1\"><Owner")})
            QCOMPARE(parseTask(bad).error().code, QStringLiteral("vcd.malformed"));
    }
    void powerOnPollsTheTaskToSuccess()
    {
        FakeVcd server;
        server.on(QByteArray("POST ") + kVmPath + "/power/action/powerOn", {{202, task(server, "queued")}});
        server.on(
            "GET /api/task/t1",
            {{200, task(server, "running")}, {200, task(server, "running")}, {200, task(server, "success")}});
        VcdClient client(QUrl(server.url()), QString());
        client.setTaskPollInterval(10);
        auto done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.powerOn(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QVERIFY2(*done, qPrintable(done->error().message));
        QCOMPARE((*done)->task.status, QStringLiteral("success"));
        QVERIFY(!(*done)->alreadyInState);
        QCOMPARE(server.count("GET /api/task/t1"), 3);
        QCOMPARE(server.requests().first(), QByteArray("POST ") + kVmPath + "/power/action/powerOn");
    }
    void failedTaskNamesOperationAndServerText()
    {
        FakeVcd server;
        server.on(QByteArray("POST ") + kVmPath + "/power/action/powerOff", {{202, task(server, "running")}});
        server.on(
            "GET /api/task/t1",
            {{200, task(server, "error",
                        "  <Error majorErrorCode=\"500\" message=\"Unable to perform this action. The VM is "
                        "locked.\" minorErrorCode=\"INTERNAL_SERVER_ERROR\"/>\n")}});
        VcdClient client(QUrl(server.url()), QString());
        client.setTaskPollInterval(10);
        auto done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.powerOff(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QVERIFY(!*done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.task_failed"));
        QVERIFY2(done->error().message.contains(QLatin1String("Powering off web01")),
                 qPrintable(done->error().message));
        QVERIFY(done->error().message.contains(QLatin1String("The VM is locked.")));
    }
    void canceledTaskIsNotSuccess()
    {
        FakeVcd server;
        server.on("GET /api/task/t1", {{200, task(server, "aborted")}});
        VcdClient client(QUrl(server.url()), QString());
        auto done = awaitResult<Result<Task>>([&](auto callback) {
            client.waitForTask(server.href(QStringLiteral("/api/task/t1")), QStringLiteral("Testing"),
                               callback);
        });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.task_canceled"));
    }
    void taskThatNeverEndsTimesOut()
    {
        FakeVcd server;
        server.on("GET /api/task/t1", {{200, task(server, "running")}});
        VcdClient client(QUrl(server.url()), QString());
        client.setTaskPollInterval(20);
        client.setTaskTimeout(300);
        QElapsedTimer clock;
        clock.start();
        auto done = awaitResult<Result<Task>>([&](auto callback) {
            client.waitForTask(server.href(QStringLiteral("/api/task/t1")), QStringLiteral("Resetting web01"),
                               callback);
        });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.task_timeout"));
        QVERIFY(done->error().message.contains(QLatin1String("Resetting web01")));
        QVERIFY(clock.elapsed() >= 280);
        QVERIFY(server.count("GET /api/task/t1") >= 3);
    }
    void malformedTaskWhilePollingFails()
    {
        FakeVcd server;
        server.on(QByteArray("POST ") + kVmPath + "/power/action/reset", {{202, task(server, "queued")}});
        server.on("GET /api/task/t1",
                  {{200, "<Task xmlns=\"http://www.vmware.com/vcloud/v1.5\" status=\"runn"}});
        VcdClient client(QUrl(server.url()), QString());
        client.setTaskPollInterval(10);
        auto done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.reset(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.malformed"));
        // Not XML at all in the 202 is malformed too.
        server.on(QByteArray("POST ") + kVmPath + "/power/action/reset",
                  {{202, "<html>gateway</html>", "text/html"}});
        done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.reset(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.malformed"));
    }
    void alreadyInStateIsSuccessButResetOfAnOffVmIsNot()
    {
        FakeVcd server;
        const QByteArray refused =
            "<Error xmlns=\"http://www.vmware.com/vcloud/v1.5\" majorErrorCode=\"400\" "
            "minorErrorCode=\"BAD_REQUEST\" message=\"The requested operation could not be "
            "executed since VM &quot;web01&quot; is not powered off.\"/>";
        server.on(QByteArray("POST ") + kVmPath + "/power/action/powerOn",
                  {{400, refused, "application/vnd.vmware.vcloud.error+xml"}});
        server.on(QByteArray("GET ") + kVmPath,
                  {{200, "<Vm xmlns=\"http://www.vmware.com/vcloud/v1.5\" status=\"4\" name=\"web01\"/>",
                    "application/vnd.vmware.vcloud.vm+xml"}});
        VcdClient client(QUrl(server.url()), QString());
        auto done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.powerOn(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QVERIFY2(*done, qPrintable(done->error().message));
        QVERIFY((*done)->alreadyInState);
        QVERIFY((*done)->task.href.isEmpty());

        // Off, and asked to power off: also fine. Asked to reset: refused with the server's reason.
        server.on(QByteArray("GET ") + kVmPath,
                  {{200, "<Vm xmlns=\"http://www.vmware.com/vcloud/v1.5\" status=\"8\" name=\"web01\"/>",
                    "application/vnd.vmware.vcloud.vm+xml"}});
        server.on(QByteArray("POST ") + kVmPath + "/power/action/powerOff",
                  {{400, refused, "application/vnd.vmware.vcloud.error+xml"}});
        done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.powerOff(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done && *done && (*done)->alreadyInState);
        server.on(QByteArray("POST ") + kVmPath + "/power/action/reset",
                  {{400, refused, "application/vnd.vmware.vcloud.error+xml"}});
        done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.reset(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.power_refused"));
        QVERIFY2(done->error().message.contains(QLatin1String("Resetting web01")),
                 qPrintable(done->error().message));
        QVERIFY(done->error().message.contains(QLatin1String("is not powered off")));
    }
    void anotherOrgsVmIsForbidden()
    {
        FakeVcd server;
        server.on(
            QByteArray("POST ") + kVmPath + "/power/action/powerOff",
            {{403,
              "<Error majorErrorCode=\"403\" minorErrorCode=\"ACCESS_TO_RESOURCE_IS_FORBIDDEN\" "
              "message=\"Either you need some or all of the following rights [vApp.PowerOperations]\"/>",
              "application/vnd.vmware.vcloud.error+xml"}});
        VcdClient client(QUrl(server.url()), QString());
        auto done = awaitResult<Result<PowerResult>>(
            [&](auto callback) { client.powerOff(server.href(QString::fromLatin1(kVmPath)), callback); });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.forbidden"));
        QVERIFY(done->error().message.contains(QLatin1String("vApp.PowerOperations")));
    }
    void importNeedsTheProvider()
    {
        FakeVcd server;
        VcdClient client(QUrl(server.url()), QString());
        auto done = awaitResult<Result<QString>>([&](auto callback) {
            client.importVmIntoVApp(server.href(QStringLiteral("/api/admin/extension/vimServer/9")),
                                    QStringLiteral("vm-63"), server.href(QStringLiteral("/api/vApp/vapp-1")),
                                    QStringLiteral("web01-restored"), callback);
        });
        QVERIFY(done);
        QCOMPARE(done->error().code, QStringLiteral("vcd.provider_only"));
        QVERIFY(server.requests().isEmpty());
    }
    void importPostsTheParamsAndGivesTheNewVm()
    {
        FakeVcd server;
        server.on("GET /api/versions",
                  {{200,
                    "<SupportedVersions xmlns=\"http://www.vmware.com/vcloud/versions\"><VersionInfo>"
                    "<Version>38.0</Version></VersionInfo></SupportedVersions>",
                    "application/*+xml"}});
        server.on("POST /cloudapi/1.0.0/sessions/provider",
                  {{200,
                    "{\"user\":{\"name\":\"administrator\"},\"org\":{\"name\":\"System\"}}",
                    "application/json",
                    {{"X-VMWARE-VCLOUD-ACCESS-TOKEN", "tok"}}}});
        server.on("POST /api/admin/extension/vimServer/9/importVmIntoExistingVApp",
                  {{202, task(server, "running")}});
        server.on("GET /api/task/t1",
                  {{200, task(server, "success",
                              "  <Result><ResultReference href=\"https://vcd/api/vApp/vm-new\" "
                              "type=\"application/vnd.vmware.vcloud.vm+xml\"/></Result>\n")}});
        VcdClient client(QUrl(server.url()), QString());
        client.setTaskPollInterval(10);
        auto session = awaitResult<Result<Session>>([&](auto callback) {
            client.login(QStringLiteral("administrator@System"), QStringLiteral("pw"), callback);
        });
        QVERIFY(session && *session && (*session)->provider);
        auto done = awaitResult<Result<QString>>([&](auto callback) {
            client.importVmIntoVApp(server.href(QStringLiteral("/api/admin/extension/vimServer/9")),
                                    QStringLiteral("vm-63"), QStringLiteral("https://vcd/api/vApp/vapp-1"),
                                    QStringLiteral("web01 & co"), callback);
        });
        QVERIFY(done);
        QVERIFY2(*done, qPrintable(done->error().message));
        QCOMPARE(**done, QStringLiteral("https://vcd/api/vApp/vm-new"));
        const QByteArray body =
            server.bodyOf("POST /api/admin/extension/vimServer/9/importVmIntoExistingVApp");
        QVERIFY2(body.contains("ImportVmIntoExistingVAppParams"), body.constData());
        QVERIFY(body.contains(">vm-63</"));
        QVERIFY(body.contains("web01 &amp; co"));
        QVERIFY(body.contains("href=\"https://vcd/api/vApp/vapp-1\""));
        QVERIFY(body.contains("sourceMove=\"true\""));
    }
    void baseUrlDropsThePath()
    {
        QCOMPARE(baseUrl(QStringLiteral("vcd.example/tenant/acme")).toString(),
                 QStringLiteral("http://vcd.example"));
        QCOMPARE(baseUrl(QStringLiteral("https://vcd.example:8443/api")).toString(),
                 QStringLiteral("https://vcd.example:8443"));
    }
};

QTEST_GUILESS_MAIN(TestVcd)
#include "tst_vcd.moc"
