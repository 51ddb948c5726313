// The Files tab against the lab: an indexed backup made with lifeboat-cli, then search,
// restore list, restore to a folder and a .zip, and browsing, all through the real widgets
// and the engine facade.
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
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
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
