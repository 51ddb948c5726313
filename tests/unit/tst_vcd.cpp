// Cloud Director reply parsing with hand-written replies shaped like the real API's (the
// versions document follows go-vcloud-director's recorded one, the query page the JSON form
// of QueryResultRecords). Plain string literals: moc does not understand raw ones.
#include "vcd/VcdClient.h"

#include <QTest>

using namespace lifeboat::vcd;

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
