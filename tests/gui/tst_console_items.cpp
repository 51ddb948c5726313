// The Items tab against the lab: the empty state before any backup, then a PostgreSQL
// database of the lab's SSH guest backed up as an item with lifeboat-cli, listed per VM and
// restore point, downloaded as a dump and restored into the server under a new name, with
// the errors a user can run into on the way. Needs root, the lab's SSH guest and PostgreSQL
// (exit 77 without them, like tests/integration/test_items.sh).
#include "ConsoleLab.h"
#include "facade/Engine.h"
#include "items/ItemModel.h"
#include "items/ItemsPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>
#include <memory>
#include <unistd.h>

using namespace lifeboat;
using lifeboat::testing::ConsoleLab;

namespace {

constexpr int kBackupMs = 240000;
// Set when the whole test is skipped, so that main() answers ctest's SKIP_RETURN_CODE.
bool g_skipped = false;
constexpr int kEngineMs = 60000;

QString postgresBin()
{
    QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString& a, const QString& b) { return a.toInt() < b.toInt(); });
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        if (QFileInfo::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(*it)))
            return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(*it);
    return {};
}

// Runs a shell command (as `user` when given); its standard output, trimmed.
QString shell(const QString& command, const QString& user = {}, int* exitCode = nullptr)
{
    QProcess process;
    if (user.isEmpty())
        process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    else
        process.start(QStringLiteral("su"),
                      {user, QStringLiteral("-s"), QStringLiteral("/bin/sh"), QStringLiteral("-c"), command});
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (process.exitCode() != 0)
        qWarning("%s: %s", qPrintable(command), process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestConsoleItems : public QObject
{
    Q_OBJECT

    ConsoleLab m_lab;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::ItemsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester, m_proxyTester;
    QTemporaryDir m_out;
    QString m_pgBin, m_pgDir, m_guestUser, m_guestKey, m_guestHost, m_hostKey, m_env;
    int m_guestPort = 0;
    bool m_pgStarted = false;

    template <typename T> T* child(const char* name)
    {
        auto* found = m_page->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    QString sql(const QString& database, const QString& query)
    {
        return shell(QStringLiteral("%1 %2/psql -XAtq -d %3 -c \"%4\"").arg(m_env, m_pgBin, database, query),
                     m_guestUser);
    }

    void restore()
    {
        QTest::mouseClick(child<QPushButton>("itemRestoreButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRestoring(), kBackupMs);
    }
    QString result() { return child<QLabel>("itemRestoreResult")->text(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_pgBin = postgresBin();
        g_skipped = m_pgBin.isEmpty() || geteuid() != 0;
        if (g_skipped)
            QSKIP("needs root and a PostgreSQL server (postgresql)");
        const QString started = m_lab.start(1);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QJsonObject sshd = m_lab.json.value(QStringLiteral("sshd")).toObject();
        g_skipped = sshd.contains(QStringLiteral("skipped"));
        if (g_skipped)
            QSKIP(qPrintable(sshd.value(QStringLiteral("skipped")).toString()));
        m_guestUser = sshd.value(QStringLiteral("user")).toString();
        m_guestKey = sshd.value(QStringLiteral("key_file")).toString();
        m_guestHost = sshd.value(QStringLiteral("host")).toString();
        m_guestPort = sshd.value(QStringLiteral("port")).toInt();
        QFile known(m_out.filePath(QStringLiteral("host_key.pub")));
        QVERIFY(known.open(QIODevice::WriteOnly));
        known.write(sshd.value(QStringLiteral("known_host_key")).toString().toUtf8() + '\n');
        known.close();
        m_hostKey = shell(QStringLiteral("ssh-keygen -lf '%1' | awk '{print $2}'").arg(known.fileName()));
        QVERIFY2(m_hostKey.startsWith(QLatin1String("SHA256:")), qPrintable(m_hostKey));

        // The guest's PostgreSQL, on a socket in a folder of its own, run by the guest account.
        m_pgDir = shell(QStringLiteral("mktemp -d /tmp/lifeboat-pg.XXXXXX"));
        shell(QStringLiteral("chown '%1' '%2'").arg(m_guestUser, m_pgDir));
        const int port = 20000 + int(QRandomGenerator::global()->bounded(20000));
        int code = -1;
        shell(QStringLiteral("%1/initdb -D %2/data -A peer -U %3 >/dev/null && %1/pg_ctl -D %2/data -o "
                             "'-k %2 -p %4 -c listen_addresses=' -l %2/log start -w >/dev/null")
                  .arg(m_pgBin, m_pgDir, m_guestUser)
                  .arg(port),
              m_guestUser, &code);
        QCOMPARE(code, 0);
        m_pgStarted = true;
        m_env = QStringLiteral("PGHOST=%1 PGPORT=%2").arg(m_pgDir).arg(port);
        shell(QStringLiteral("%1 %2/createdb shop").arg(m_env, m_pgBin), m_guestUser, &code);
        QCOMPARE(code, 0);
        sql(QStringLiteral("shop"),
            QStringLiteral(
                "CREATE TABLE orders(id int PRIMARY KEY, item text); INSERT INTO orders VALUES (1, "
                "'lifeboat'), (2, 'paddle')"));
        QCOMPARE(sql(QStringLiteral("shop"), QStringLiteral("SELECT count(*) FROM orders")),
                 QStringLiteral("2"));

        const QString vm = m_lab.vmMoref(0);
        const QString address = QStringLiteral("%1:%2").arg(m_guestHost).arg(m_guestPort);
        const QString prepared = m_lab.prepareJob(
            QStringLiteral("db"), {vm},
            {QStringLiteral("--guest-user"), m_guestUser, QStringLiteral("--guest-key"), m_guestKey,
             QStringLiteral("--guest-address"), vm + QLatin1Char('=') + address,
             QStringLiteral("--guest-host-key"), vm + QLatin1Char('=') + m_hostKey, QStringLiteral("--items"),
             QStringLiteral("postgresql"), QStringLiteral("--item-env"), m_env});
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));

        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        QSignalSpy engineStarted(m_engine.get(), &Engine::started);
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(engineStarted.count(), 1, kEngineMs);
        QObject context;
        std::optional<Result<console::Identity>> signedIn;
        m_engine->signIn(&context, console::SignInRequest{m_lab.url, m_lab.user, m_lab.password}, false,
                         false, [&](Result<console::Identity> identity) { signedIn = identity; });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), kEngineMs);
        QVERIFY2(*signedIn, qPrintable(signedIn->error().message));

        m_page = std::make_unique<ui::ItemsPage>(*m_engine);
        m_page->resize(1000, 750);
        m_page->show();
        m_tester = std::make_unique<QAbstractItemModelTester>(
            child<QAbstractItemModel>("itemsModel"), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            child<QAbstractItemModel>("itemsProxy"), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_out.isValid());
    }

    void emptyStateSaysWhatToDo()
    {
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasLoaded(), kEngineMs);
        QCOMPARE(child<QAbstractItemModel>("itemsModel")->rowCount(), 0);
        QVERIFY2(child<QLabel>("itemsHint")->text().contains(QLatin1String("database items")),
                 qPrintable(child<QLabel>("itemsHint")->text()));
        restore();
        QVERIFY2(result().contains(QLatin1String("no database item")), qPrintable(result()));
    }

    void listsTheBackedUpDatabase()
    {
        QByteArray out;
        QCOMPARE(
            m_lab.cli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("db")}, &out, kBackupMs),
            0);
        m_page->clear();
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasLoaded(), kEngineMs);
        auto* items = child<QAbstractItemModel>("itemsModel");
        QCOMPARE(items->rowCount(), 1);
        QCOMPARE(items->index(0, ui::ItemModel::Database).data().toString(), QStringLiteral("shop"));
        QCOMPARE(items->index(0, ui::ItemModel::Kind).data().toString(), QStringLiteral("PostgreSQL"));
        QCOMPARE(items->index(0, ui::ItemModel::Vm).data().toString(), m_lab.vmName(0));
        QVERIFY(items->index(0, ui::ItemModel::RestorePoint).data(ui::ItemModel::kRawRole).typeId() ==
                QMetaType::QDateTime);
        // The VM filter offers the VM and keeps its item.
        auto* vm = child<QComboBox>("itemsVm");
        QCOMPARE(vm->count(), 2);
        vm->setCurrentIndex(1);
        QCOMPARE(child<QAbstractItemModel>("itemsProxy")->rowCount(), 1);
        // Nothing selected yet.
        restore();
        QVERIFY2(result().contains(QLatin1String("Select the database")), qPrintable(result()));
        auto* view = child<QTreeView>("itemsView");
        view->selectionModel()->select(view->model()->index(0, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    void downloadsTheDump()
    {
        child<QRadioButton>("itemToFile")->setChecked(true);
        child<QLineEdit>("itemFile")->clear();
        restore();
        QVERIFY2(result().contains(QLatin1String("Choose the file")), qPrintable(result()));
        const QString dump = m_out.filePath(QStringLiteral("shop.dump"));
        child<QLineEdit>("itemFile")->setText(dump);
        restore();
        QVERIFY2(result().contains(QLatin1String("Success")), qPrintable(result()));
        QFile file(dump);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("PGDMP")); // pg_dump's custom format
        // A file that exists is not overwritten.
        restore();
        QVERIFY2(result().contains(QLatin1String("exists already")), qPrintable(result()));
    }

    void restoresIntoTheServerUnderANewName()
    {
        child<QRadioButton>("itemToServer")->setChecked(true);
        child<QLineEdit>("itemServerHost")->setText(m_guestHost);
        child<QSpinBox>("itemServerPort")->setValue(m_guestPort);
        child<QLineEdit>("itemServerUser")->setText(m_guestUser);
        child<QLineEdit>("itemServerKey")->setText(m_guestKey);
        child<QLineEdit>("itemServerEnvironment")->setText(m_env);
        // Without the host key's fingerprint nothing is sent to the server.
        child<QLineEdit>("itemServerHostKey")->clear();
        restore();
        QVERIFY2(result().contains(QLatin1String("host key")), qPrintable(result()));
        child<QLineEdit>("itemServerHostKey")->setText(m_hostKey);
        sql(QStringLiteral("shop"), QStringLiteral("UPDATE orders SET item = 'broken'"));
        child<QRadioButton>("itemKeep")->setChecked(true);
        child<QLineEdit>("itemNewName")->setText(QStringLiteral("shop_console"));
        restore();
        QVERIFY2(result().contains(QLatin1String("Success")), qPrintable(result()));
        QCOMPARE(sql(QStringLiteral("shop_console"),
                     QStringLiteral("SELECT string_agg(item, ',' ORDER BY id) FROM orders")),
                 QStringLiteral("lifeboat,paddle"));
        QCOMPARE(sql(QStringLiteral("shop"),
                     QStringLiteral("SELECT string_agg(item, ',' ORDER BY id) FROM orders")),
                 QStringLiteral("broken,broken"));
        // A second restore under the same name never overwrites it.
        restore();
        QVERIFY2(result().contains(QLatin1String("Failed")), qPrintable(result()));
        lifeboat::testing::saveScreenshot(*m_page, QStringLiteral("tab-items"));
    }

    void cleanupTestCase()
    {
        m_tester.reset();
        m_proxyTester.reset();
        m_page.reset();
        m_engine.reset();
        if (m_pgStarted)
            shell(QStringLiteral("%1/pg_ctl -D %2/data stop -m fast >/dev/null").arg(m_pgBin, m_pgDir),
                  m_guestUser);
        if (!m_pgDir.isEmpty())
            QDir(m_pgDir).removeRecursively();
        m_lab.stop();
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestConsoleItems test;
    QTEST_SET_MAIN_SOURCE_PATH
    const int failed = QTest::qExec(&test, argc, argv);
    return failed == 0 && g_skipped ? 77 : failed;
}

#include "tst_console_items.moc"
