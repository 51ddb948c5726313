// Kiosk mode: the policy file, the allowed tabs, refusing to quit without the
// administrator password, and the idle timer. No lab needed: nobody signs in.
#include "LanguageSwitcher.h"
#include "MainWindow.h"
#include "credentials/PasswordRecord.h"
#include "facade/Engine.h"
#include "kiosk/KioskPolicy.h"
#include "signin/SignInPage.h"

#include <QCheckBox>
#include <QFile>
#include <QInputDialog>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace lifeboat;

namespace {
QString writePolicy(const QTemporaryDir& dir, const QByteArray& json)
{
    const QString path = dir.filePath(QStringLiteral("kiosk.json"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(json);
    return path;
}
} // namespace

class TestKiosk : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void policyFileIsReadStrictly()
    {
        QTemporaryDir dir;
        auto missing = ui::KioskPolicy::load(dir.filePath(QStringLiteral("none.json")));
        QVERIFY(missing && !missing->has_value());

        auto policy = ui::KioskPolicy::load(
            writePolicy(dir, R"({"tabs": ["Files", "items"], "idle_minutes": 5, "admin_password": "x"})"));
        QVERIFY(policy && policy->has_value());
        QVERIFY((*policy)->enabled); // a policy file that exists locks the console unless it says otherwise
        QCOMPARE((*policy)->tabs, (QStringList{QStringLiteral("files"), QStringLiteral("items")}));
        QCOMPARE((*policy)->idleMinutes, 5.0);

        for (const QByteArray& bad :
             {QByteArray("{"), QByteArray(R"({"tabs": ["settings"]})"), QByteArray(R"({"tabs": []})"),
              QByteArray(R"({"idle_minutes": 0})"), QByteArray(R"({"enabled": "yes"})")}) {
            auto broken = ui::KioskPolicy::load(writePolicy(dir, bad));
            QVERIFY2(!broken, bad.constData());
            QCOMPARE(broken.error().code, QStringLiteral("kiosk.bad_policy"));
        }
    }

    void passwordRecordsVerify()
    {
        const QString record = credentials::hashPassword("open sesame");
        QVERIFY(record.startsWith(QStringLiteral("scrypt$32768$8$1$")));
        QVERIFY(!record.contains(QStringLiteral("open sesame")));
        QCOMPARE(credentials::verifyPassword(record, "open sesame").value(), true);
        QCOMPARE(credentials::verifyPassword(record, "open sesame ").value(), false);
        // Two records of one password differ (salted).
        QVERIFY(credentials::hashPassword("open sesame") != record);
        QVERIFY(
            !credentials::verifyPassword(QStringLiteral("scrypt$1099511627776$8$1$AAAAAAAAAAA=$AAAA"), "x"));
        QVERIFY(!credentials::verifyPassword(QStringLiteral("plain"), "plain"));
    }

    void kioskShowsOnlyItsTabsAndStaysOpenWithoutTheAdministrator()
    {
        QTemporaryDir dir;
        ui::LanguageSwitcher languages;
        QVERIFY(languages.setLanguage(QStringLiteral("en")));
        Engine engine(EngineOptions{dir.filePath(QStringLiteral("catalog.sqlite"))});
        ui::MainWindow window(engine, languages);
        ui::KioskPolicy policy;
        policy.enabled = true;
        policy.idleMinutes = 0.5;
        policy.adminPassword = credentials::hashPassword("open sesame");
        window.setKiosk(policy);
        window.show();
        engine.start();

        // The default policy: Files and VMs restore only.
        QStringList tabs;
        for (int i = 0; i < window.tabs()->count(); ++i)
            tabs << window.tabs()->widget(i)->objectName();
        QCOMPARE(tabs, (QStringList{QStringLiteral("vmsPage"), QStringLiteral("filesPage")}));
        // A shared computer keeps nobody's password.
        QVERIFY(window.findChild<QCheckBox*>(QStringLiteral("signInRemember"))->isHidden());
        // Signed out after the idle time; input starts the count again.
        QCOMPARE(window.idleTimer()->interval(), 30000);
        QVERIFY(window.idleTimer()->isActive());
        window.idleTimer()->stop();
        QTest::mouseMove(window.signInPage(), QPoint(10, 10));
        QTest::keyClick(window.signInPage(), Qt::Key_Shift);
        QVERIFY(window.idleTimer()->isActive());

        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QInputDialog* unlock = nullptr;
        QTRY_VERIFY((unlock = window.findChild<QInputDialog*>(QStringLiteral("kioskUnlock"))));
        unlock->setTextValue(QStringLiteral("guess"));
        unlock->accept();
        QTRY_VERIFY_WITH_TIMEOUT(window.statusBar()->currentMessage().contains(QStringLiteral("Wrong")),
                                 20000);
        QVERIFY(window.isVisible());

        QVERIFY(!window.close());
        QTRY_VERIFY((unlock = window.findChild<QInputDialog*>(QStringLiteral("kioskUnlock"))) &&
                    unlock->isVisible());
        unlock->setTextValue(QStringLiteral("open sesame"));
        unlock->accept();
        QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 20000);
    }

    void kioskWithoutAnAdministratorPasswordCannotBeClosed()
    {
        QTemporaryDir dir;
        ui::LanguageSwitcher languages;
        Engine engine(EngineOptions{dir.filePath(QStringLiteral("catalog.sqlite"))});
        ui::MainWindow window(engine, languages);
        ui::KioskPolicy policy;
        policy.enabled = true;
        policy.tabs = {QStringLiteral("files")};
        window.setKiosk(policy);
        window.show();
        QCOMPARE(window.tabs()->count(), 1);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("no administrator password")));
        QVERIFY(!window.findChild<QInputDialog*>(QStringLiteral("kioskUnlock")));
    }
};

QTEST_MAIN(TestKiosk)
#include "tst_kiosk.moc"
