// The Files tab against the lab: an indexed backup made with lifeboat-cli, then search,
// restore list, restore to a folder and a .zip, browsing, and restores back into the lab's
// SSH guest (a real sshd on loopback whose account holds VM 0's tree below its home), all
// through the real widgets and the engine facade.
#include "ConsoleLab.h"
#include "facade/Engine.h"
#include "files/FilesPage.h"
#include "files/GuestFileModel.h"
#include "files/GuestTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTreeView>
#include <memory>

using namespace lifeboat;
using lifeboat::testing::ConsoleLab;
using lifeboat::testing::rowWithText;

namespace {

QByteArray sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

constexpr int kBackupMs = 180000;
constexpr int kEngineMs = 60000;

} // namespace

class TestConsoleFiles : public QObject
{
    Q_OBJECT

    ConsoleLab m_lab;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<ui::FilesPage> m_page;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
    QTemporaryDir m_out;
    // The lab's SSH guest; empty when the lab has none here (not root, or another lab has it).
    QString m_guestSkipped, m_guestHome, m_guestUser, m_guestPassword, m_guestAddress, m_hostKey;

    template <typename T> T* child(const char* name)
    {
        auto* found = m_page->findChild<T*>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    // Selects the source `row` of the results in their (sorted) view.
    void selectResult(int row)
    {
        auto* view = child<QTreeView>("fileResultsView");
        auto* proxy = child<QSortFilterProxyModel>("fileResultsProxy");
        const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(row, 0));
        view->selectionModel()->select(index,
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        view->setCurrentIndex(index);
    }

    void searchFor(const QString& name)
    {
        child<QLineEdit>("fileSearchName")->setText(name);
        QTest::mouseClick(child<QPushButton>("fileSearchButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isSearching(), kEngineMs);
    }

    void restore()
    {
        QTest::mouseClick(child<QPushButton>("restoreButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isRestoring(), kBackupMs);
    }

    // Only /etc/os-release in the restore list, found by a search.
    void listOnlyOsRelease()
    {
        QTest::mouseClick(child<QPushButton>("clearRestoreList"), Qt::LeftButton);
        child<QComboBox>("fileSearchVm")->setCurrentIndex(0);
        searchFor(QStringLiteral("os-release"));
        auto* results = child<QAbstractItemModel>("fileResultsModel");
        const int row = rowWithText(*results, ui::GuestFileModel::Name, QStringLiteral("os-release"));
        QVERIFY(row >= 0);
        selectResult(row);
        QTest::mouseClick(child<QPushButton>("addToRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 1);
    }

    QDialog* openGuestDialog()
    {
        QTest::mouseClick(child<QPushButton>("restoreToGuestButton"), Qt::LeftButton);
        QDialog* dialog = m_page->findChild<QDialog*>(QStringLiteral("guestRestoreDialog"));
        if (dialog && !dialog->isVisible())
            dialog = nullptr;
        return dialog;
    }

    void fillGuestDialog(QDialog* dialog, const QString& password, bool overwrite)
    {
        dialog->findChild<QLineEdit*>(QStringLiteral("guestAddress"))->setText(m_guestAddress);
        dialog->findChild<QLineEdit*>(QStringLiteral("guestUser"))->setText(m_guestUser);
        dialog->findChild<QLineEdit*>(QStringLiteral("guestPassword"))->setText(password);
        dialog->findChild<QLineEdit*>(QStringLiteral("guestKeyFile"))->clear();
        dialog->findChild<QLineEdit*>(QStringLiteral("guestRoot"))->setText(m_guestHome);
        dialog->findChild<QRadioButton*>(overwrite ? "guestOverwrite" : "guestKeep")->setChecked(true);
    }

    // The restored copies keep mode puts beside /etc/os-release in the guest.
    QStringList restoredCopies() const
    {
        return QDir(m_guestHome + QStringLiteral("/etc"))
            .entryList({QStringLiteral("_RESTORED_*_os-release")}, QDir::Files | QDir::System);
    }

    static QByteArray fileContent(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static bool writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
    }

    QByteArray seededSha256() const
    {
        return m_lab.vmManifest(0)
            .value(QStringLiteral("/etc/os-release"))
            .toObject()
            .value(QStringLiteral("sha256"))
            .toString()
            .toLatin1();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString started = m_lab.start(1);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString prepared =
            m_lab.prepareJob(QStringLiteral("files"), {m_lab.vmMoref(0)}, {QStringLiteral("--index-files")});
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("run"), QStringLiteral("files")}, nullptr,
                           kBackupMs),
                 0);

        m_engine = std::make_unique<Engine>(EngineOptions{m_lab.catalog});
        QSignalSpy started2(m_engine.get(), &Engine::started);
        m_engine->start();
        QTRY_COMPARE_WITH_TIMEOUT(started2.count(), 1, kEngineMs);
        QVERIFY2(started2.first().at(0).toBool(), qPrintable(started2.first().at(2).toString()));
        QObject context;
        std::optional<Result<console::Identity>> signedIn;
        m_engine->signIn(&context, console::SignInRequest{m_lab.url, m_lab.user, m_lab.password}, false,
                         false, [&](Result<console::Identity> identity) { signedIn = identity; });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), kEngineMs);
        QVERIFY2(*signedIn, qPrintable(signedIn->error().message));

        m_page = std::make_unique<ui::FilesPage>(*m_engine);
        m_page->resize(1200, 800);
        m_page->show();
        for (const char* name : {"fileResultsModel", "fileResultsProxy", "restoreListModel", "browseModel"}) {
            auto* model = child<QAbstractItemModel>(name);
            QVERIFY(model);
            m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        }
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->hasLoaded(), kEngineMs);
        // The VM filter offers the backed-up VM; the browse list its restore point.
        QVERIFY(child<QComboBox>("fileSearchVm")->findText(m_lab.vmName(0)) > 0);
        QCOMPARE(child<QComboBox>("browseRestorePoint")->count(), 2);
        QVERIFY(m_out.isValid());

        const QJsonObject sshd = m_lab.json.value(QStringLiteral("sshd")).toObject();
        m_guestSkipped = sshd.value(QStringLiteral("skipped")).toString();
        if (m_guestSkipped.isEmpty()) {
            m_guestHome = sshd.value(QStringLiteral("home")).toString();
            m_guestUser = sshd.value(QStringLiteral("user")).toString();
            m_guestPassword = sshd.value(QStringLiteral("password")).toString();
            m_guestAddress = QStringLiteral("%1:%2")
                                 .arg(sshd.value(QStringLiteral("host")).toString())
                                 .arg(sshd.value(QStringLiteral("port")).toInt());
            const QString known = m_out.filePath(QStringLiteral("host_key.pub"));
            QVERIFY(
                writeFile(known, sshd.value(QStringLiteral("known_host_key")).toString().toUtf8() + '\n'));
            QProcess keygen;
            keygen.start(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), known});
            QVERIFY(keygen.waitForFinished(30000));
            m_hostKey = QString::fromUtf8(keygen.readAllStandardOutput()).section(QLatin1Char(' '), 1, 1);
            QVERIFY2(m_hostKey.startsWith(QLatin1String("SHA256:")), qPrintable(m_hostKey));
        }
    }

    void searchFindsASeededFileAndRestoresItToAFolder()
    {
        const QJsonObject manifest = m_lab.vmManifest(0);
        const QString path = QStringLiteral("/etc/os-release");
        QVERIFY2(manifest.contains(path), "the lab's seeded tree changed");
        const QByteArray expected =
            manifest.value(path).toObject().value(QStringLiteral("sha256")).toString().toLatin1();

        auto* vm = child<QComboBox>("fileSearchVm");
        vm->setCurrentIndex(vm->findText(m_lab.vmName(0)));
        searchFor(QStringLiteral("os-release"));
        auto* results = child<QAbstractItemModel>("fileResultsModel");
        QCOMPARE(results->rowCount(), 1);
        const int row = rowWithText(*results, ui::GuestFileModel::Name, QStringLiteral("os-release"));
        QVERIFY(row >= 0);
        QCOMPARE(results->index(row, ui::GuestFileModel::Folder).data().toString(), QStringLiteral("/etc"));
        QCOMPARE(results->index(row, ui::GuestFileModel::Vm).data().toString(), m_lab.vmName(0));
        QCOMPARE(
            results->index(row, ui::GuestFileModel::Size).data(ui::GuestFileModel::kRawRole).toLongLong(),
            manifest.value(path).toObject().value(QStringLiteral("size")).toInteger());

        selectResult(row);
        QTest::mouseClick(child<QPushButton>("addToRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 1);
        // Adding the same file again does not list it twice.
        QTest::mouseClick(child<QPushButton>("addToRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 1);

        const QString folder = m_out.filePath(QStringLiteral("folder"));
        child<QRadioButton>("restoreToFolder")->setChecked(true);
        child<QLineEdit>("restoreTarget")->setText(folder);
        restore();
        const QString result = child<QLabel>("restoreResult")->text();
        QVERIFY2(result.contains(QLatin1String("Success")), qPrintable(result));
        QCOMPARE(sha256Of(QDir(folder).filePath(QStringLiteral("os-release"))), expected);
        qInfo("restored /etc/os-release, sha256 %s: %s", expected.constData(), qPrintable(result));
    }

    void resultsSortOnRawValues()
    {
        child<QComboBox>("fileSearchVm")->setCurrentIndex(0); // all VMs
        searchFor(QStringLiteral("report_*.txt"));
        auto* proxy = child<QSortFilterProxyModel>("fileResultsProxy");
        QVERIFY2(proxy->rowCount() >= 4, qPrintable(QString::number(proxy->rowCount())));
        child<QTreeView>("fileResultsView")->sortByColumn(ui::GuestFileModel::Size, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const qint64 size =
                proxy->index(row, ui::GuestFileModel::Size).data(ui::GuestFileModel::kRawRole).toLongLong();
            QVERIFY2(size >= previous, "sizes sort as numbers");
            previous = size;
        }
        QVERIFY(proxy->index(0, ui::GuestFileModel::Modified).data(ui::GuestFileModel::kRawRole).typeId() ==
                QMetaType::QDateTime);
    }

    void restoreListDownloadsAsAZip()
    {
        // The whole Documents folder of one user, beside the file already listed.
        searchFor(QStringLiteral("Documents"));
        auto* results = child<QAbstractItemModel>("fileResultsModel");
        int row = -1;
        for (int each = 0; each < results->rowCount(); ++each)
            if (results->index(each, ui::GuestFileModel::Folder).data().toString() ==
                QLatin1String("/home/bob"))
                row = each;
        QVERIFY(row >= 0);
        selectResult(row);
        QTest::mouseClick(child<QPushButton>("addToRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 2);
        child<QRadioButton>("restoreToZip")->setChecked(true);
        child<QLineEdit>("restoreTarget")->setText(m_out.filePath(QStringLiteral("files")));
        restore();
        const QString result = child<QLabel>("restoreResult")->text();
        QVERIFY2(result.contains(QLatin1String("Success")), qPrintable(result));
        QFile zip(m_out.filePath(QStringLiteral("files.zip")));
        QVERIFY(zip.open(QIODevice::ReadOnly));
        QCOMPARE(zip.read(4), QByteArray("PK\x03\x04", 4));
        const QByteArray all = zip.readAll();
        QVERIFY(all.contains("os-release"));
        QVERIFY(all.contains("Documents/run.sh"));
    }

    void badInputIsExplained()
    {
        // A .zip that exists already is never overwritten.
        restore();
        QVERIFY2(child<QLabel>("restoreResult")->text().contains(QLatin1String("exists already")),
                 qPrintable(child<QLabel>("restoreResult")->text()));
        // A file where a folder is wanted.
        child<QRadioButton>("restoreToFolder")->setChecked(true);
        child<QLineEdit>("restoreTarget")->setText(m_out.filePath(QStringLiteral("files.zip")));
        restore();
        QVERIFY2(child<QLabel>("restoreResult")->text().contains(QLatin1String("not a folder")),
                 qPrintable(child<QLabel>("restoreResult")->text()));
        // No target.
        child<QLineEdit>("restoreTarget")->clear();
        restore();
        QVERIFY(child<QLabel>("restoreResult")->text().contains(QLatin1String("Choose the folder")));
        // An empty list.
        QTest::mouseClick(child<QPushButton>("clearRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 0);
        restore();
        QVERIFY(child<QLabel>("restoreResult")->text().contains(QLatin1String("restore list is empty")));
        // A search that matches nothing says where else to look.
        searchFor(QStringLiteral("no-such-file-anywhere"));
        QCOMPARE(child<QAbstractItemModel>("fileResultsModel")->rowCount(), 0);
        QVERIFY(child<QLabel>("fileResultsHint")->text().contains(QLatin1String("browse")));
    }

    void browsesTheRestorePoint()
    {
        child<QTabWidget>("filesSources")->setCurrentIndex(1);
        auto* combo = child<QComboBox>("browseRestorePoint");
        combo->setCurrentIndex(1);
        auto* tree = child<ui::GuestTreeModel>("browseModel");
        QTRY_VERIFY_WITH_TIMEOUT(!tree->isLoading() && tree->rowCount() > 0, kEngineMs);
        QModelIndex volume;
        for (int row = 0; row < tree->rowCount(); ++row)
            if (tree->hasChildren(tree->index(row, 0)))
                volume = tree->index(row, 0);
        QVERIFY2(volume.isValid(), "a readable volume");
        auto* view = child<QTreeView>("browseView");
        view->expand(volume);
        QTRY_VERIFY_WITH_TIMEOUT(!tree->isLoading() && tree->rowCount(volume) > 0, kEngineMs);
        QStringList names;
        for (int row = 0; row < tree->rowCount(volume); ++row)
            names << tree->index(row, 0, volume).data().toString();
        // The root's entries: the first component of every seeded path, and ext4's lost+found.
        QStringList expected{QStringLiteral("lost+found")};
        const QJsonObject manifest = m_lab.vmManifest(0);
        for (auto it = manifest.begin(); it != manifest.end(); ++it)
            if (const QString top = it.key().section(QLatin1Char('/'), 1, 1);
                !top.isEmpty() && !expected.contains(top))
                expected << top;
        QStringList sorted = names;
        sorted.sort();
        expected.sort();
        QCOMPARE(sorted, expected);
        // An entry from the tree joins the restore list.
        const QModelIndex etc = tree->index(int(names.indexOf(QStringLiteral("etc"))), 0, volume);
        view->selectionModel()->select(etc, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::mouseClick(child<QPushButton>("addToRestoreList"), Qt::LeftButton);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 1);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")
                     ->index(0, ui::GuestFileModel::Name)
                     .data()
                     .toString(),
                 QStringLiteral("etc"));
        view->expand(etc);
        QTRY_VERIFY_WITH_TIMEOUT(!tree->isLoading() && tree->rowCount(etc) > 0, kEngineMs);
        QVERIFY(rowWithText(*tree, 0, QStringLiteral("os-release")) < 0); // not a top-level entry
        lifeboat::testing::saveScreenshot(*m_page, QStringLiteral("tab-files"));
    }

    // The page's tree has a model tester, which reads every folder it can; this one shows
    // that nothing is read before it is asked for.
    void foldersAreReadOnlyWhenExpanded()
    {
        auto* combo = child<QComboBox>("browseRestorePoint");
        const QString repository = combo->itemData(1, Qt::UserRole + 2).toString();
        const QString point = combo->itemData(1).toString();
        QVERIFY(!repository.isEmpty() && !point.isEmpty());
        ui::GuestTreeModel tree(*m_engine);
        QSignalSpy loaded(&tree, &ui::GuestTreeModel::loaded);
        tree.setRestorePoint(repository, point);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, kEngineMs);
        QModelIndex volume;
        for (int row = 0; row < tree.rowCount(); ++row)
            if (tree.hasChildren(tree.index(row, 0)))
                volume = tree.index(row, 0);
        QVERIFY(volume.isValid());
        QVERIFY(tree.canFetchMore(volume));
        QCOMPARE(tree.rowCount(volume), 0);
        tree.fetchMore(volume);
        QVERIFY(tree.isLoading()); // asked, not waited for
        QVERIFY(!tree.canFetchMore(volume));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, kEngineMs);
        QVERIFY(tree.rowCount(volume) > 0);
        QModelIndex etc;
        for (int row = 0; row < tree.rowCount(volume); ++row)
            if (tree.index(row, 0, volume).data().toString() == QLatin1String("etc"))
                etc = tree.index(row, 0, volume);
        QVERIFY(etc.isValid());
        QVERIFY(tree.hasChildren(etc));
        QVERIFY(tree.canFetchMore(etc));
        QCOMPARE(tree.rowCount(etc), 0);
        // Entries that are not folders have nothing to read.
        for (int row = 0; row < tree.rowCount(volume); ++row) {
            Engine::GuestFile file;
            QVERIFY(tree.fileAt(tree.index(row, 0, volume), &file));
            QCOMPARE(tree.canFetchMore(tree.index(row, 0, volume)), file.type == QLatin1String("dir"));
        }
    }

    void guestRestoreRefusesFilesOfSeveralVms()
    {
        listOnlyOsRelease();
        auto* list = child<ui::GuestFileModel>("restoreListModel");
        Engine::GuestFile other = list->files().first();
        other.vmName = QStringLiteral("another-vm");
        other.restorePoint = QStringLiteral("20260101-000000-00000000");
        list->addFiles({other});
        QCOMPARE(list->rowCount(), 2);
        QVERIFY(!openGuestDialog());
        const QString result = child<QLabel>("restoreResult")->text();
        QVERIFY2(result.contains(QLatin1String("2 VMs")) && result.contains(QLatin1String("another-vm")),
                 qPrintable(result));
        // The engine checks the restore points' own VMs too, not what the order says.
        QObject context;
        std::optional<Result<QVector<jobs::Session>>> answer;
        Engine::GuestRestoreOrder order;
        order.files = list->files();
        order.address = QStringLiteral("127.0.0.1:1");
        order.user = QStringLiteral("nobody");
        order.password = QStringLiteral("x");
        m_engine->restoreFilesToGuest(&context, order,
                                      [&](Result<QVector<jobs::Session>> sessions) { answer = sessions; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), kEngineMs);
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, QStringLiteral("scope.denied")); // no such restore point
    }

    void declinedHostKeyRestoresNothing()
    {
        if (!m_guestSkipped.isEmpty())
            QSKIP(qPrintable(m_guestSkipped));
        listOnlyOsRelease();
        const QString original = m_guestHome + QStringLiteral("/etc/os-release");
        QVERIFY(writeFile(original, "changed in the guest\n"));
        QPointer<QDialog> dialog = openGuestDialog();
        QVERIFY(dialog);
        fillGuestDialog(dialog, m_guestPassword, false);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreStart")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = dialog->findChild<QMessageBox*>(QStringLiteral("guestHostKeyDialog"))) && box->isVisible(),
            kEngineMs);
        QVERIFY2(box->informativeText().contains(m_hostKey), qPrintable(box->informativeText()));
        lifeboat::testing::saveScreenshot(*box, QStringLiteral("dialog-guest-host-key"));
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("guestHostKeyCancel")), Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("guestRestoreError"));
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("not accepted")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QVERIFY(restoredCopies().isEmpty());
        QCOMPARE(fileContent(original), QByteArray("changed in the guest\n"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    void acceptedHostKeyRestoresBesideTheGuestsFile()
    {
        if (!m_guestSkipped.isEmpty())
            QSKIP(qPrintable(m_guestSkipped));
        const QString original = m_guestHome + QStringLiteral("/etc/os-release");
        QPointer<QDialog> dialog = openGuestDialog();
        QVERIFY(dialog);
        fillGuestDialog(dialog, m_guestPassword, false);
        lifeboat::testing::saveScreenshot(*dialog, QStringLiteral("dialog-guest-restore"));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreStart")),
                          Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (box = dialog->findChild<QMessageBox*>(QStringLiteral("guestHostKeyDialog"))) && box->isVisible(),
            kEngineMs);
        QTest::mouseClick(box->findChild<QPushButton*>(QStringLiteral("guestHostKeyAccept")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kBackupMs);
        QVERIFY(!m_page->isRestoring());
        const QString result = child<QLabel>("restoreResult")->text();
        QVERIFY2(result.contains(QLatin1String("Success")), qPrintable(result));
        // Keep: the guest's own file stays; the restored one is beside it, byte-identical.
        QCOMPARE(fileContent(original), QByteArray("changed in the guest\n"));
        const QStringList copies = restoredCopies();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(sha256Of(m_guestHome + QStringLiteral("/etc/") + copies.first()), seededSha256());
        QVERIFY(QDir(m_guestHome + QStringLiteral("/etc"))
                    .entryList({QStringLiteral("*lifeboat-restore*")}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }

    void overwriteReplacesTheGuestsFile()
    {
        if (!m_guestSkipped.isEmpty())
            QSKIP(qPrintable(m_guestSkipped));
        const QString original = m_guestHome + QStringLiteral("/etc/os-release");
        QVERIFY(sha256Of(original) != seededSha256());
        QPointer<QDialog> dialog = openGuestDialog();
        QVERIFY(dialog);
        fillGuestDialog(dialog, m_guestPassword, true);
        // The host key accepted before, while signed in, is not asked for again.
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreStart")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog, kBackupMs);
        const QString result = child<QLabel>("restoreResult")->text();
        QVERIFY2(result.contains(QLatin1String("Success")), qPrintable(result));
        QCOMPARE(sha256Of(original), seededSha256());
        QCOMPARE(restoredCopies().size(), 1); // no new copy beside it
    }

    void wrongPasswordIsExplainedAndRestoresNothing()
    {
        if (!m_guestSkipped.isEmpty())
            QSKIP(qPrintable(m_guestSkipped));
        const QString original = m_guestHome + QStringLiteral("/etc/os-release");
        QVERIFY(writeFile(original, "changed again\n"));
        QPointer<QDialog> dialog = openGuestDialog();
        QVERIFY(dialog);
        fillGuestDialog(dialog, QStringLiteral("not-the-password"), true);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreStart")),
                          Qt::LeftButton);
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("guestRestoreError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kEngineMs);
        QVERIFY2(error->text().contains(QLatin1String("Cannot log in")), qPrintable(error->text()));
        QVERIFY(dialog->isVisible());
        QCOMPARE(fileContent(original), QByteArray("changed again\n"));
        QCOMPARE(restoredCopies().size(), 1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
        // An address where nothing answers is explained in the dialog as well.
        dialog = openGuestDialog();
        QVERIFY(dialog);
        fillGuestDialog(dialog, m_guestPassword, false);
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        dialog->findChild<QLineEdit*>(QStringLiteral("guestAddress"))
            ->setText(QStringLiteral("127.0.0.1:%1").arg(port));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreStart")),
                          Qt::LeftButton);
        error = dialog->findChild<QLabel*>(QStringLiteral("guestRestoreError"));
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), kEngineMs);
        QVERIFY2(error->text().contains(QLatin1String("Cannot connect")), qPrintable(error->text()));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    // Where the guest is comes from the VM's job (its guest processing address and user), as
    // far as the engine knows it; nothing the user typed is replaced.
    void guestAddressIsPrefilledFromTheJob()
    {
        QCOMPARE(m_lab.cli({QStringLiteral("job"), QStringLiteral("edit"), QStringLiteral("files"),
                            QStringLiteral("--guest-user"), QStringLiteral("restorer"),
                            QStringLiteral("--guest-address"),
                            m_lab.vmMoref(0) + QStringLiteral("=guest.example:2222")}),
                 0);
        listOnlyOsRelease();
        QPointer<QDialog> dialog = openGuestDialog();
        QVERIFY(dialog);
        auto* address = dialog->findChild<QLineEdit*>(QStringLiteral("guestAddress"));
        QTRY_COMPARE_WITH_TIMEOUT(address->text(), QStringLiteral("guest.example:2222"), kEngineMs);
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("guestUser"))->text(),
                 QStringLiteral("restorer"));
        // The password field starts empty and is never filled in from anywhere.
        QVERIFY(dialog->findChild<QLineEdit*>(QStringLiteral("guestPassword"))->text().isEmpty());
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("guestRestoreCancel")),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    // The offline workstation's disk extract runs on a helper thread too; what it writes is
    // the seeded disk, byte for byte.
    void extractedDiskMatchesTheSeededImage()
    {
        auto* combo = child<QComboBox>("browseRestorePoint");
        const QString repository = combo->itemData(1, Qt::UserRole + 2).toString();
        const QString point = combo->itemData(1).toString();
        QVERIFY(!repository.isEmpty() && !point.isEmpty());
        const QString folder = m_out.filePath(QStringLiteral("disks"));
        QVERIFY(QDir().mkpath(folder));
        QObject context;
        std::optional<Result<QStringList>> written;
        m_engine->extractDisks(&context, repository, point, folder,
                               [&](Result<QStringList> files) { written = files; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kBackupMs);
        QVERIFY2(*written, qPrintable(written->error().message));
        QCOMPARE(written->value().size(), 1);
        QFile disk(written->value().first());
        QVERIFY(disk.open(QIODevice::ReadOnly));
        const QJsonObject vm = m_lab.json.value(QStringLiteral("vms")).toArray().at(0).toObject();
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 left = vm.value(QStringLiteral("image_size")).toInteger();
        QVERIFY(left > 0);
        while (left > 0) {
            const QByteArray block = disk.read(std::min<qint64>(left, 1 << 20));
            QVERIFY(!block.isEmpty());
            hash.addData(block);
            left -= block.size();
        }
        QCOMPARE(QString::fromLatin1(hash.result().toHex()),
                 vm.value(QStringLiteral("image_sha256")).toString());
        // Nothing is written over: the same extract again is refused, the disk untouched.
        written.reset();
        m_engine->extractDisks(&context, repository, point, folder,
                               [&](Result<QStringList> files) { written = files; });
        QTRY_VERIFY_WITH_TIMEOUT(written.has_value(), kBackupMs);
        QVERIFY(!*written);
    }

    // The copying runs on a helper thread: while a restore into a "guest" that accepted the
    // connection but never answers is held there, the engine answers the job list; a
    // sign-out meanwhile is answered as such once the copy gives up, not as a success.
    void engineAnswersWhileARestoreRuns()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        listOnlyOsRelease();
        QObject context;
        std::optional<Result<QVector<jobs::Session>>> restored;
        Engine::GuestRestoreOrder order;
        order.files = child<ui::GuestFileModel>("restoreListModel")->files();
        order.address = QStringLiteral("127.0.0.1:%1").arg(silent.serverPort());
        order.user = QStringLiteral("nobody");
        order.password = QStringLiteral("never-sent");
        order.hostKey = QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        order.overwrite = true;
        m_engine->restoreFilesToGuest(&context, order,
                                      [&](Result<QVector<jobs::Session>> sessions) { restored = sessions; });
        // Connected: the restore now waits for the guest's SSH banner, which never comes.
        QTRY_VERIFY_WITH_TIMEOUT(silent.hasPendingConnections(), kEngineMs);
        std::optional<Result<QVector<console::JobRow>>> jobs;
        m_engine->jobs(&context, [&](Result<QVector<console::JobRow>> rows) { jobs = rows; });
        // Well before the SSH handshake's own 30 s timeout could free the engine thread.
        QTRY_VERIFY_WITH_TIMEOUT(jobs.has_value(), 10000);
        QVERIFY(!restored.has_value());
        QVERIFY2(*jobs, qPrintable(jobs->error().message));
        QCOMPARE(jobs->value().size(), 1);

        std::optional<Status> signedOut;
        m_engine->signOut(&context, [&](Status status) { signedOut = status; });
        QTRY_VERIFY_WITH_TIMEOUT(signedOut.has_value(), kEngineMs);
        QVERIFY(!restored.has_value());
        std::unique_ptr<QTcpSocket> connection(silent.nextPendingConnection());
        connection->abort();
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), kEngineMs);
        QVERIFY(!*restored);
        QCOMPARE(restored->error().code, QStringLiteral("console.signed_out"));
        // The restore session says how it ended: failed, never a success.
        QByteArray audit;
        QCOMPARE(m_lab.cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--format"),
                            QStringLiteral("json")},
                           &audit),
                 0);
        const QJsonArray records =
            QJsonDocument::fromJson(audit).object().value(QStringLiteral("restores")).toArray();
        QVERIFY(!records.isEmpty());
        const QJsonObject last = records.last().toObject();
        QVERIFY2(
            last.value(QStringLiteral("target")).toString().contains(QString::number(silent.serverPort())),
            audit.constData());
        QCOMPARE(last.value(QStringLiteral("result")).toString(), QStringLiteral("Failed"));

        std::optional<Result<console::Identity>> signedIn;
        m_engine->signIn(&context, console::SignInRequest{m_lab.url, m_lab.user, m_lab.password}, false,
                         false, [&](Result<console::Identity> identity) { signedIn = identity; });
        QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), kEngineMs);
        QVERIFY2(*signedIn, qPrintable(signedIn->error().message));
    }

    void clearForgetsEverything()
    {
        m_page->clear();
        QVERIFY(!m_page->hasLoaded());
        QCOMPARE(child<QAbstractItemModel>("fileResultsModel")->rowCount(), 0);
        QCOMPARE(child<QAbstractItemModel>("restoreListModel")->rowCount(), 0);
        QCOMPARE(child<QAbstractItemModel>("browseModel")->rowCount(), 0);
        QCOMPARE(child<QComboBox>("browseRestorePoint")->count(), 1);
    }

    void cleanupTestCase()
    {
        m_testers.clear();
        m_page.reset();
        m_engine.reset();
        m_lab.stop();
    }
};

QTEST_MAIN(TestConsoleFiles)
#include "tst_console_files.moc"
