// Measures the guest file index: filling it for a restore point of N files, indexing a
// second restore point of the same tree with 1% of the files changed, and answering the
// searches of the Files tab. Prints one JSON object. See bench/README.md.
//
//   lifeboat-bench-file-search [--files N] [--runs R] [--catalog PATH]

#include "catalog/Catalog.h"
#include "guest/FileIndex.h"
#include "repository/Manifest.h"
#include "tenants/Tenants.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace lifeboat;

namespace {

const char* const kWords[] = {"report", "invoice", "budget", "meeting", "notes",    "draft",
                              "final",  "backup",  "photo",  "scan",    "contract", "summary",
                              "agenda", "plan",    "data",   "export"};
const char* const kExtensions[] = {"txt", "pdf", "docx", "xlsx", "jpg", "png", "csv", "log"};

// A deterministic tree of `files` files in folders of 100, as a guest file system that only
// knows how to be walked (all the index needs). `generation` > 0 changes every 100th file.
class SyntheticFileSystem final : public guest::GuestFileSystem
{
public:
    SyntheticFileSystem(qint64 files, int generation)
        : m_files(files)
        , m_generation(generation)
    {}
    QString type() const override { return QStringLiteral("synthetic"); }
    QString label() const override { return {}; }
    Result<guest::FileEntry> stat(const QByteArray&) override { return unsupported(); }
    Result<QVector<guest::FileEntry>> list(const QByteArray&) override { return unsupported(); }
    Status readFile(const QByteArray&, const ContentSink&) override { return unsupported(); }
    Status walk(const std::function<bool(const QByteArray&, const guest::FileEntry&)>& visit) override
    {
        QRandomGenerator random(20261124);
        for (qint64 i = 0; i < m_files; ++i) {
            const qint64 folder = i / 100;
            if (i % 100 == 0) {
                guest::FileEntry dir;
                dir.type = guest::EntryType::Directory;
                dir.name = "dir" + QByteArray::number(folder);
                dir.mode = 0755;
                if (!visit("/home/user" + QByteArray::number(folder % 50) + '/' + dir.name, dir))
                    return success();
            }
            guest::FileEntry file;
            file.type = guest::EntryType::File;
            file.name = QByteArray(kWords[random.bounded(16)]) + '_' + QByteArray::number(i) + '.' +
                        kExtensions[random.bounded(8)];
            file.size = random.bounded(1 << 24);
            file.mtime = 1700000000 + random.bounded(1 << 25);
            file.mode = 0644;
            file.uid = 1000;
            if (m_generation > 0 && i % 100 == m_generation)
                file.mtime += 3600; // changed since the previous restore point
            const QByteArray path = "/home/user" + QByteArray::number(folder % 50) + "/dir" +
                                    QByteArray::number(folder) + '/' + file.name;
            if (!visit(path, file))
                return success();
        }
        return success();
    }

private:
    static Error unsupported()
    {
        return Error{QStringLiteral("bench"), QStringLiteral("not used by the index")};
    }
    qint64 m_files;
    int m_generation;
};

double median(QVector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("files"), QStringLiteral("Files per restore point."),
                        QStringLiteral("N"), QStringLiteral("1000000")},
                       {QStringLiteral("runs"), QStringLiteral("Runs per search."), QStringLiteral("R"),
                        QStringLiteral("5")},
                       {QStringLiteral("catalog"), QStringLiteral("Catalog file (default: a temporary one)."),
                        QStringLiteral("PATH")}});
    parser.process(app);
    const qint64 files = parser.value(QStringLiteral("files")).toLongLong();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    QTemporaryDir scratch;
    const QString path = parser.isSet(QStringLiteral("catalog"))
                             ? parser.value(QStringLiteral("catalog"))
                             : scratch.filePath(QStringLiteral("catalog.sqlite"));
    catalog::Catalog catalog(path);
    if (Status opened = catalog.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    guest::FileIndex index(catalog);
    QJsonObject result{{QStringLiteral("files_per_restore_point"), files}};

    QElapsedTimer clock;
    for (int generation = 0; generation < 2; ++generation) {
        repository::Manifest manifest;
        manifest.id = QStringLiteral("20261124-00000%1-bench").arg(generation);
        manifest.vmId = QStringLiteral("vm-bench");
        manifest.vmName = QStringLiteral("bench");
        manifest.time = QDateTime::currentDateTimeUtc().addSecs(generation);
        SyntheticFileSystem fs(files, generation);
        clock.start();
        auto stats = index.index(QStringLiteral("/bench/repository"), manifest,
                                 {guest::FileIndex::VolumeToIndex{QStringLiteral("disk1.vmdk:1"), &fs, {}}});
        if (!stats) {
            std::fprintf(stderr, "%s\n", qPrintable(stats.error().message));
            return 1;
        }
        const double seconds = static_cast<double>(clock.nsecsElapsed()) / 1e9;
        const QString key = generation == 0 ? QStringLiteral("first") : QStringLiteral("second");
        result.insert(key + QStringLiteral("_index_seconds"), seconds);
        result.insert(key + QStringLiteral("_index_rows_added"), stats->added);
        result.insert(key + QStringLiteral("_index_rows_extended"), stats->unchanged);
        std::fprintf(stderr, "indexed restore point %d: %.1f s, %lld rows added\n", generation + 1, seconds,
                     static_cast<long long>(stats->added));
    }
    result.insert(QStringLiteral("catalog_bytes"), QFileInfo(path).size());

    struct Case
    {
        const char* name;
        guest::SearchQuery query;
    };
    QVector<Case> cases;
    auto add = [&](const char* name, auto&& fill) {
        guest::SearchQuery query;
        query.limit = 1000;
        fill(query);
        cases.append(Case{name, query});
    };
    add("substring 'invoice'", [](auto& q) { q.name = QStringLiteral("invoice"); });
    add("substring, rare ('_424242.')", [](auto& q) { q.name = QStringLiteral("_424242."); });
    add("glob '*.pdf'", [](auto& q) { q.name = QStringLiteral("*.pdf"); });
    add("glob, rare ('report_99999?.*')", [](auto& q) { q.name = QStringLiteral("report_99999?.*"); });
    add("folder + size ('/home/user7', > 8 MiB)", [](auto& q) {
        q.path = QStringLiteral("/home/user7");
        q.minSize = 8 << 20;
    });
    add("substring within one restore point", [](auto& q) {
        q.name = QStringLiteral("budget");
        q.restorePoint = QStringLiteral("20261124-000000-bench");
    });
    add("date range + substring", [](auto& q) {
        q.name = QStringLiteral("scan");
        q.modifiedAfter = QDateTime::fromSecsSinceEpoch(1710000000, Qt::UTC);
        q.modifiedBefore = QDateTime::fromSecsSinceEpoch(1710500000, Qt::UTC);
    });
    const tenants::Caller admin = tenants::Caller::administrator(QStringLiteral("bench"));
    QJsonArray searches;
    for (const Case& each : std::as_const(cases)) {
        QVector<double> times;
        qsizetype hits = 0;
        for (int run = 0; run < runs; ++run) {
            clock.start();
            auto found = index.search(each.query, admin);
            times.append(static_cast<double>(clock.nsecsElapsed()) / 1e6);
            if (!found) {
                std::fprintf(stderr, "%s: %s\n", each.name, qPrintable(found.error().message));
                return 1;
            }
            hits = found->size();
        }
        searches.append(
            QJsonObject{{QStringLiteral("query"), QLatin1String(each.name)},
                        {QStringLiteral("hits"), hits},
                        {QStringLiteral("median_ms"), median(times)},
                        {QStringLiteral("max_ms"), *std::max_element(times.begin(), times.end())}});
        std::fprintf(stderr, "%-45s %5lld hits  %8.1f ms\n", each.name, static_cast<long long>(hits),
                     median(times));
    }
    result.insert(QStringLiteral("searches"), searches);
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
