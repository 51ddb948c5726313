#include "repository/ChunkIndex.h"

#include "core/FileIo.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace lifeboat::repository {

namespace {

constexpr qint64 kPageSize = 4096;
// id 32, pack 4, length 4, offset 8, raw length 4, type 1, used 1, padding 2.
constexpr int kSlotSize = 56;
constexpr int kSlotsPerPage = static_cast<int>(kPageSize / kSlotSize);
constexpr qint64 kInitialMainPages = 16;
// Linear probing over 73-slot pages stays short up to this load; past it the table doubles.
constexpr int kMaxLoadPercent = 75;

enum SlotField : int
{
    kId = 0,
    kPack = 32,
    kLength = 36,
    kOffset = 40,
    kRawLength = 48,
    kType = 52,
    kUsed = 53,
};

using Page = std::array<std::byte, kPageSize>;

} // namespace

// The user's cache folder: on disk, unlike a tmpfs /tmp, and cleaned by desktop tools.
static QString indexDirectory()
{
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation);
    if (!cache.isEmpty() && QDir().mkpath(cache + QStringLiteral("/lifeboat")))
        return cache + QStringLiteral("/lifeboat");
    return QDir::tempPath();
}

class PageStore
{
public:
    virtual ~PageStore() = default;
    // The page's bytes: a pointer into the store, or `scratch` filled from it; nullptr when
    // it cannot be read.
    virtual const std::byte* page(qint64 index, std::byte* scratch) const = 0;
    virtual bool writeSlot(qint64 page, int slot, const std::byte* data) = 0;
    virtual bool writePages(qint64 first, qint64 count, const std::byte* data) = 0;
    // Grows the store to at least `pages` pages, the new ones zeroed.
    virtual bool ensurePages(qint64 pages) = 0;
    virtual qint64 bytes() const = 0;
    virtual bool onDisk() const = 0;
};

namespace {

class MemoryPages final : public PageStore
{
public:
    explicit MemoryPages(qint64 pages)
        : m_bytes(static_cast<std::size_t>(pages * kPageSize))
    {}
    const std::byte* page(qint64 index, std::byte*) const override
    {
        return m_bytes.data() + index * kPageSize;
    }
    bool writeSlot(qint64 page, int slot, const std::byte* data) override
    {
        std::memcpy(m_bytes.data() + page * kPageSize + slot * kSlotSize, data, kSlotSize);
        return true;
    }
    bool writePages(qint64 first, qint64 count, const std::byte* data) override
    {
        std::memcpy(m_bytes.data() + first * kPageSize, data, static_cast<std::size_t>(count * kPageSize));
        return true;
    }
    bool ensurePages(qint64 pages) override
    {
        if (pages * kPageSize > static_cast<qint64>(m_bytes.size()))
            m_bytes.resize(static_cast<std::size_t>(pages * kPageSize));
        return true;
    }
    qint64 bytes() const override { return static_cast<qint64>(m_bytes.size()); }
    bool onDisk() const override { return false; }

private:
    std::vector<std::byte> m_bytes;
};

// An unlinked file: nothing to clean up after a crash, and nobody else can open it.
class FilePages final : public PageStore
{
public:
    static std::unique_ptr<FilePages> create(qint64 pages, QString& error)
    {
        const QString dir = indexDirectory();
        const QByteArray path = QFile::encodeName(dir);
        int fd = ::open(path.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
        if (fd < 0 && (errno == EOPNOTSUPP || errno == EISDIR || errno == EINVAL)) {
            // File systems without O_TMPFILE: a named file, unlinked at once.
            QByteArray pattern = path + "/chunk-index-XXXXXX";
            fd = ::mkostemp(pattern.data(), O_CLOEXEC);
            if (fd >= 0)
                ::unlink(pattern.constData());
        }
        if (fd < 0) {
            error = QString::fromLocal8Bit(std::strerror(errno)) + QStringLiteral(" (") +
                    QFile::decodeName(path) + QLatin1Char(')');
            return nullptr;
        }
        auto store = std::unique_ptr<FilePages>(new FilePages(fd));
        if (::ftruncate(fd, pages * kPageSize) != 0) {
            error = QString::fromLocal8Bit(std::strerror(errno)) + QStringLiteral(" (") +
                    QFile::decodeName(path) + QLatin1Char(')');
            return nullptr;
        }
        store->m_pages = pages;
        return store;
    }
    ~FilePages() override { ::close(m_fd); }

    const std::byte* page(qint64 index, std::byte* scratch) const override
    {
        const qint64 got = preadFully(m_fd, reinterpret_cast<char*>(scratch), kPageSize, index * kPageSize);
        return got == kPageSize ? scratch : nullptr;
    }
    bool writeSlot(qint64 page, int slot, const std::byte* data) override
    {
        return writeFully(m_fd, reinterpret_cast<const char*>(data), kSlotSize,
                          page * kPageSize + slot * kSlotSize);
    }
    bool writePages(qint64 first, qint64 count, const std::byte* data) override
    {
        return writeFully(m_fd, reinterpret_cast<const char*>(data), count * kPageSize, first * kPageSize);
    }
    bool ensurePages(qint64 pages) override
    {
        if (pages <= m_pages)
            return true;
        if (::ftruncate(m_fd, pages * kPageSize) != 0)
            return false;
        m_pages = pages;
        return true;
    }
    qint64 bytes() const override { return m_pages * kPageSize; }
    bool onDisk() const override { return true; }

private:
    explicit FilePages(int fd)
        : m_fd(fd)
    {}
    int m_fd;
    qint64 m_pages = 0;
};

quint64 leadingBits(const ChunkId& id)
{
    return qFromBigEndian<quint64>(id.data());
}

void encodeSlot(const ChunkId& id, const BlobLocation& location, std::byte* slot)
{
    std::memset(slot, 0, kSlotSize);
    std::memcpy(slot + kId, id.data(), id.size());
    qToLittleEndian(location.pack, slot + kPack);
    qToLittleEndian(location.length, slot + kLength);
    qToLittleEndian(location.offset, slot + kOffset);
    qToLittleEndian(location.rawLength, slot + kRawLength);
    slot[kType] = static_cast<std::byte>(location.type);
    slot[kUsed] = std::byte{1};
}

BlobLocation decodeSlot(const std::byte* slot)
{
    BlobLocation location;
    location.pack = qFromLittleEndian<quint32>(slot + kPack);
    location.length = qFromLittleEndian<quint32>(slot + kLength);
    location.offset = qFromLittleEndian<quint64>(slot + kOffset);
    location.rawLength = qFromLittleEndian<quint32>(slot + kRawLength);
    location.type = static_cast<BlobType>(slot[kType]);
    return location;
}

bool slotUsed(const std::byte* slot)
{
    return slot[kUsed] != std::byte{0};
}

bool slotHolds(const std::byte* slot, const ChunkId& id)
{
    return std::memcmp(slot + kId, id.data(), id.size()) == 0;
}

ChunkId slotId(const std::byte* slot)
{
    ChunkId id;
    std::memcpy(id.data(), slot + kId, id.size());
    return id;
}

} // namespace

// Pages [0, mainPages) are the homes ids hash to (by their leading bits); probing runs on
// into overflow pages past them rather than wrapping around. So every run of used slots
// holds exactly the ids whose homes lie within it, and a table can be read out in home
// order, which is what lets tables be rebuilt and merged with sequential I/O.
struct ChunkIndex::Table
{
    std::unique_ptr<PageStore> store;
    qint64 mainPages = 0;
    qint64 totalPages = 0;
    qint64 size = 0;

    // Scales the leading bits onto [0, mainPages): monotonic, so id order is home order,
    // and any page count works, so tables need not round up to a power of two.
    qint64 homeOf(quint64 leading) const
    {
        __extension__ using Wide = unsigned __int128;
        return static_cast<qint64>((Wide(leading) * Wide(static_cast<quint64>(mainPages))) >> 64);
    }
    qint64 capacity() const { return mainPages * kSlotsPerPage * kMaxLoadPercent / 100; }

    enum class Put
    {
        Added,
        Present,
        Failed
    };

    Put put(const ChunkId& id, const BlobLocation& location, bool replace)
    {
        Page scratch;
        std::byte encoded[kSlotSize];
        for (qint64 index = homeOf(leadingBits(id));; ++index) {
            if (index == totalPages) {
                if (!store->ensurePages(index + 1))
                    return Put::Failed;
                ++totalPages;
            }
            const std::byte* page = store->page(index, scratch.data());
            if (!page)
                return Put::Failed;
            for (int slot = 0; slot < kSlotsPerPage; ++slot) {
                const std::byte* bytes = page + slot * kSlotSize;
                if (!slotUsed(bytes)) {
                    encodeSlot(id, location, encoded);
                    if (!store->writeSlot(index, slot, encoded))
                        return Put::Failed;
                    ++size;
                    return Put::Added;
                }
                if (slotHolds(bytes, id)) {
                    if (!replace)
                        return Put::Present;
                    encodeSlot(id, location, encoded);
                    return store->writeSlot(index, slot, encoded) ? Put::Present : Put::Failed;
                }
            }
        }
    }

    // The slot holding `id`, copied into `out`; false when absent. `ioError` tells a read
    // failure from an absent id.
    bool find(const ChunkId& id, std::byte* out, bool& ioError) const
    {
        Page scratch;
        for (qint64 index = homeOf(leadingBits(id)); index < totalPages; ++index) {
            const std::byte* page = store->page(index, scratch.data());
            if (!page) {
                ioError = true;
                return false;
            }
            for (int slot = 0; slot < kSlotsPerPage; ++slot) {
                const std::byte* bytes = page + slot * kSlotSize;
                if (!slotUsed(bytes))
                    return false;
                if (slotHolds(bytes, id)) {
                    std::memcpy(out, bytes, kSlotSize);
                    return true;
                }
            }
        }
        return false;
    }

    // Visits used slots in page order; false when a page could not be read.
    template <typename Visit> bool visitAll(Visit&& visit) const
    {
        Page scratch;
        for (qint64 index = 0; index < totalPages; ++index) {
            const std::byte* page = store->page(index, scratch.data());
            if (!page)
                return false;
            for (int slot = 0; slot < kSlotsPerPage; ++slot)
                if (const std::byte* bytes = page + slot * kSlotSize; slotUsed(bytes))
                    visit(bytes);
        }
        return true;
    }

    // Visits used slots in id order: each run of used slots is sorted on its own, and runs
    // follow each other in home order, because an id's probe never crosses an empty slot
    // (the id would have taken it), so a run holds exactly the ids whose homes it covers.
    template <typename Visit> bool visitInHomeOrder(Visit&& visit) const
    {
        std::vector<std::array<std::byte, kSlotSize>> run;
        auto flush = [&] {
            std::sort(run.begin(), run.end(),
                      [](const auto& a, const auto& b) { return idLess(a.data(), b.data()); });
            for (const auto& slot : run)
                visit(slot.data());
            run.clear();
        };
        Page scratch;
        for (qint64 index = 0; index < totalPages; ++index) {
            const std::byte* page = store->page(index, scratch.data());
            if (!page)
                return false;
            for (int slot = 0; slot < kSlotsPerPage; ++slot) {
                const std::byte* bytes = page + slot * kSlotSize;
                if (!slotUsed(bytes)) {
                    flush();
                    continue;
                }
                run.emplace_back();
                std::memcpy(run.back().data(), bytes, kSlotSize);
            }
        }
        flush();
        return true;
    }

    // Id order, which is also home order: homes are the ids' leading bits.
    static bool idLess(const std::byte* a, const std::byte* b)
    {
        return std::memcmp(a + kId, b + kId, 32) < 0;
    }

    // Fills an empty table from slots arriving in home order: each goes to the first free slot
    // at or after its home, which for sorted input is just past the previous one. Pages are
    // written in batches, front to back.
    class Builder
    {
    public:
        explicit Builder(Table& target)
            : m_target(target)
            , m_buffer(static_cast<std::size_t>(kBatchPages * kPageSize))
        {}

        bool add(const std::byte* slot)
        {
            const qint64 home = m_target.homeOf(qFromBigEndian<quint64>(slot + kId));
            const qint64 position = std::max(m_cursor, home * kSlotsPerPage);
            const qint64 page = position / kSlotsPerPage;
            if (page >= m_first + kBatchPages) {
                if (!flush())
                    return false;
                m_first = page;
            }
            std::memcpy(m_buffer.data() + (page - m_first) * kPageSize +
                            (position % kSlotsPerPage) * kSlotSize,
                        slot, kSlotSize);
            m_last = page;
            m_cursor = position + 1;
            ++m_target.size;
            return true;
        }

        bool finish() { return flush(); }

    private:
        static constexpr qint64 kBatchPages = 256; // 1 MiB

        bool flush()
        {
            if (m_last < m_first)
                return true;
            const qint64 count = m_last - m_first + 1;
            if (m_last >= m_target.totalPages) {
                if (!m_target.store->ensurePages(m_last + 1))
                    return false;
                m_target.totalPages = m_last + 1;
            }
            if (!m_target.store->writePages(m_first, count, m_buffer.data()))
                return false;
            std::fill(m_buffer.begin(), m_buffer.end(), std::byte{0});
            m_first = m_last + 1;
            return true;
        }

        Table& m_target;
        std::vector<std::byte> m_buffer;
        qint64 m_first = 0;
        qint64 m_last = -1;
        qint64 m_cursor = 0;
    };
};

namespace {

// Pages for `entries` at 60% load: room to add ids before the next rebuild, without the
// emptiness of a power-of-two table that was just doubled.
qint64 mainPagesFor(qint64 entries, qint64 minimum)
{
    return std::max(minimum, entries * 100 / (kSlotsPerPage * 60) + 1);
}

QString lastSystemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

// Ids collected during a bulk load: per bucket, full extents in an unlinked file and the
// extent being filled in memory (256 × 32 KiB of buffers).
struct ChunkIndex::Spill
{
    static constexpr int kBuckets = 256;
    static constexpr int kSlotsPerExtent = 585; // 32,760 bytes in 8 pages
    static constexpr qint64 kExtentPages = 8;

    std::unique_ptr<FilePages> file;
    std::vector<std::vector<std::byte>> filling = std::vector<std::vector<std::byte>>(kBuckets);
    std::vector<std::vector<qint64>> extents = std::vector<std::vector<qint64>>(kBuckets);
    qint64 nextPage = 0;
    qint64 count = 0;

    static int bucketOf(const std::byte* slot)
    {
        return static_cast<int>(qFromBigEndian<quint64>(slot + kId) >> 56);
    }

    bool add(const std::byte* slot) { return add(slot, bucketOf(slot)); }

    bool add(const std::byte* slot, int bucketIndex)
    {
        auto& buffer = filling[static_cast<std::size_t>(bucketIndex)];
        if (buffer.empty())
            buffer.reserve(static_cast<std::size_t>(kExtentPages * kPageSize));
        buffer.insert(buffer.end(), slot, slot + kSlotSize);
        ++count;
        if (buffer.size() < std::size_t(kSlotsPerExtent) * kSlotSize)
            return true;
        buffer.resize(static_cast<std::size_t>(kExtentPages * kPageSize));
        if (!file->ensurePages(nextPage + kExtentPages) ||
            !file->writePages(nextPage, kExtentPages, buffer.data()))
            return false;
        extents[static_cast<std::size_t>(bucketIndex)].push_back(nextPage);
        nextPage += kExtentPages;
        buffer.clear();
        return true;
    }

    // One bucket's slots in insertion order; false when the file cannot be read.
    bool bucket(int index, std::vector<std::array<std::byte, kSlotSize>>& out) const
    {
        out.clear();
        std::vector<std::byte> extent(static_cast<std::size_t>(kExtentPages * kPageSize));
        auto append = [&](const std::byte* data, std::size_t slots) {
            for (std::size_t i = 0; i < slots; ++i) {
                out.emplace_back();
                std::memcpy(out.back().data(), data + i * kSlotSize, kSlotSize);
            }
        };
        for (qint64 first : extents[static_cast<std::size_t>(index)]) {
            for (qint64 page = 0; page < kExtentPages; ++page)
                if (!file->page(first + page, extent.data() + page * kPageSize))
                    return false;
            append(extent.data(), kSlotsPerExtent);
        }
        const auto& rest = filling[static_cast<std::size_t>(index)];
        append(rest.data(), rest.size() / kSlotSize);
        return true;
    }
};

ChunkIndex::ChunkIndex(qint64 memoryBudget)
    : m_memoryBudget(memoryBudget)
{
    clear();
}

ChunkIndex::~ChunkIndex() = default;

qint64 ChunkIndex::budgetFromEnvironment()
{
    bool ok = false;
    const qint64 budget = qEnvironmentVariableIntValue(kMemoryBudgetEnvVar, &ok);
    if (ok && budget >= 0)
        return budget;
    return kDefaultMemoryBudget;
}

std::unique_ptr<ChunkIndex::Table> ChunkIndex::makeTable(qint64 mainPages, bool onDisk, QString& error) const
{
    auto table = std::make_unique<Table>();
    table->mainPages = mainPages;
    table->totalPages = mainPages;
    if (onDisk)
        table->store = FilePages::create(mainPages, error);
    else
        table->store = std::make_unique<MemoryPages>(mainPages);
    return table->store ? std::move(table) : nullptr;
}

qint64 ChunkIndex::recentPages() const
{
    // Half the budget for ids added since the last merge; a zero budget (tests) merges
    // every few dozen ids, so the disk table does nearly all the work.
    qint64 pages = 1;
    while (pages * 2 * kPageSize <= m_memoryBudget / 2)
        pages *= 2;
    return pages;
}

qint64 ChunkIndex::size() const
{
    return m_table->size + (m_recent ? m_recent->size : 0) + (m_spill ? m_spill->count : 0);
}

std::optional<BlobLocation> ChunkIndex::find(const ChunkId& id) const
{
    std::byte slot[kSlotSize];
    bool ioError = false;
    if (m_recent && m_recent->find(id, slot, ioError))
        return decodeSlot(slot);
    if (m_table->find(id, slot, ioError))
        return decodeSlot(slot);
    if (ioError)
        recordFailure(lastSystemError());
    return std::nullopt;
}

void ChunkIndex::beginBulkLoad()
{
    m_bulk = true;
}

void ChunkIndex::startSpill()
{
    QString error;
    auto spill = std::make_unique<Spill>();
    spill->file = FilePages::create(0, error);
    if (!spill->file) {
        // Loading goes on the ordinary way; only slower.
        qCWarning(lcEngine) << "cannot spill the chunk index to a temporary file:" << error;
        m_bulk = false;
        return;
    }
    bool ok = true;
    auto move = [&](const std::byte* slot) {
        ok = ok && spill->add(slot);
    };
    const bool read = (!m_recent || m_recent->visitAll(move)) && m_table->visitAll(move);
    if (!read || !ok) {
        qCWarning(lcEngine) << "cannot spill the chunk index to a temporary file:" << lastSystemError();
        m_bulk = false;
        return;
    }
    m_spill = std::move(spill);
    m_table = makeTable(kInitialMainPages, false, error);
    m_recent.reset();
}

void ChunkIndex::endBulkLoad()
{
    m_bulk = false;
    if (!m_spill)
        return;
    const auto spill = std::move(m_spill);
    QString error;
    auto table = makeTable(mainPagesFor(spill->count, kInitialMainPages), true, error);
    if (!table) {
        recordFailure(error);
        table = makeTable(mainPagesFor(spill->count, kInitialMainPages), false, error);
    }
    Table::Builder builder(*table);
    std::vector<std::array<std::byte, kSlotSize>> slots;
    for (int bucket = 0; bucket < Spill::kBuckets; ++bucket) {
        if (!spill->bucket(bucket, slots)) {
            recordFailure(lastSystemError());
            return;
        }
        // Stable, so of an id listed twice the first listing is the one kept.
        std::stable_sort(slots.begin(), slots.end(),
                         [](const auto& a, const auto& b) { return Table::idLess(a.data(), b.data()); });
        for (std::size_t i = 0; i < slots.size(); ++i) {
            if (i > 0 && std::memcmp(slots[i].data(), slots[i - 1].data(), sizeof(ChunkId)) == 0)
                continue;
            if (!builder.add(slots[i].data())) {
                recordFailure(lastSystemError());
                return;
            }
        }
    }
    if (!builder.finish()) {
        recordFailure(lastSystemError());
        return;
    }
    m_table = std::move(table);
    if (m_table->store->onDisk())
        m_recent = makeTable(recentPages(), false, error);
}

void ChunkIndex::insert(const ChunkId& id, const BlobLocation& location, bool replace)
{
    if (m_bulk && !m_spill &&
        (m_recent ||
         (m_table->size + 1 > m_table->capacity() && m_table->mainPages * 2 * kPageSize > m_memoryBudget)))
        startSpill();
    if (m_spill) {
        std::byte slot[kSlotSize];
        encodeSlot(id, location, slot);
        if (!m_spill->add(slot))
            recordFailure(lastSystemError());
        return;
    }
    if (!m_recent) {
        if (m_table->size + 1 > m_table->capacity()) {
            const qint64 pages = m_table->mainPages * 2;
            rebuild(pages * kPageSize > m_memoryBudget, pages, {});
        }
    }
    if (m_recent) {
        // On disk: an id the disk table holds stays there; new ones gather in memory until
        // the next merge.
        std::byte slot[kSlotSize];
        bool ioError = false;
        if (m_table->find(id, slot, ioError)) {
            if (replace && m_table->put(id, location, true) == Table::Put::Failed)
                recordFailure(lastSystemError());
            return;
        }
        if (ioError) {
            recordFailure(lastSystemError());
            return;
        }
        if (m_recent->size + 1 > m_recent->capacity())
            rebuild(true, mainPagesFor(size() + 1, m_table->mainPages), {});
    }
    Table& target = m_recent ? *m_recent : *m_table;
    if (target.put(id, location, replace) == Table::Put::Failed)
        recordFailure(lastSystemError());
}

bool ChunkIndex::rebuild(bool onDisk, qint64 mainPages, const std::function<bool(const BlobLocation&)>& drop)
{
    QString error;
    auto rebuilt = makeTable(mainPages, onDisk, error);
    if (!rebuilt) {
        // The old tables are still whole; they only get fuller.
        recordFailure(error);
        return false;
    }
    // The recent ids, sorted, merge into the stream of the main table in home order.
    std::vector<std::array<std::byte, kSlotSize>> recent;
    if (m_recent) {
        recent.reserve(static_cast<std::size_t>(m_recent->size));
        m_recent->visitAll([&](const std::byte* slot) {
            recent.emplace_back();
            std::memcpy(recent.back().data(), slot, kSlotSize);
        });
        std::sort(recent.begin(), recent.end(),
                  [](const auto& a, const auto& b) { return Table::idLess(a.data(), b.data()); });
    }
    Table::Builder builder(*rebuilt);
    bool written = true;
    auto emit = [&](const std::byte* slot) {
        if (written && !(drop && drop(decodeSlot(slot))))
            written = builder.add(slot);
    };
    auto next = recent.begin();
    const bool read = m_table->visitInHomeOrder([&](const std::byte* slot) {
        for (; next != recent.end() && Table::idLess(next->data(), slot); ++next)
            emit(next->data());
        if (next != recent.end() && !Table::idLess(slot, next->data())) {
            // Never both, as insert() checks the disk table; if it were, the newer wins.
            emit((next++)->data());
            return;
        }
        emit(slot);
    });
    for (; next != recent.end(); ++next)
        emit(next->data());
    if (!read || !written || !builder.finish()) {
        recordFailure(lastSystemError());
        return false;
    }
    m_table = std::move(rebuilt);
    if (onDisk) {
        QString unused;
        m_recent = makeTable(recentPages(), false, unused);
    } else {
        m_recent.reset();
    }
    return true;
}

void ChunkIndex::clear()
{
    m_bulk = false;
    m_spill.reset();
    m_table.reset();
    QString error;
    if (m_memoryBudget < kInitialMainPages * kPageSize)
        m_table = makeTable(kInitialMainPages, true, error);
    if (m_table && m_table->store->onDisk()) {
        m_recent = makeTable(recentPages(), false, error);
    } else {
        if (!error.isEmpty())
            // Only the first, smallest table: memory is fine for it.
            qCWarning(lcEngine) << "cannot keep the chunk index in a temporary file:" << error;
        m_table = makeTable(kInitialMainPages, false, error);
        m_recent.reset();
    }
    std::lock_guard lock(m_failureMutex);
    m_failure.reset();
}

void ChunkIndex::forEach(const std::function<void(const ChunkId&, const BlobLocation&)>& visit) const
{
    auto each = [&](const std::byte* slot) {
        visit(slotId(slot), decodeSlot(slot));
    };
    if ((m_recent && !m_recent->visitAll(each)) || !m_table->visitAll(each))
        recordFailure(lastSystemError());
}

bool ChunkIndex::forEachPack(quint32 packCount,
                             const std::function<bool(quint32 pack, PackEntries& entries)>& visit) const
{
    auto byOffset = [](const auto& a, const auto& b) {
        return a.second.offset < b.second.offset;
    };
    if (!onDisk()) {
        std::vector<PackEntries> packs(packCount);
        forEach([&](const ChunkId& id, const BlobLocation& location) {
            if (location.pack < packCount)
                packs[location.pack].emplace_back(id, location);
        });
        for (quint32 pack = 0; pack < packCount; ++pack) {
            std::sort(packs[pack].begin(), packs[pack].end(), byOffset);
            if (!packs[pack].empty() && !visit(pack, packs[pack]))
                return false;
        }
        return true;
    }
    Spill spill;
    QString error;
    spill.file = FilePages::create(0, error);
    if (!spill.file) {
        recordFailure(error);
        return false;
    }
    bool written = true;
    const auto bucketOfPack = [packCount](quint32 pack) {
        return static_cast<int>(quint64(pack) * Spill::kBuckets / std::max<quint32>(packCount, 1));
    };
    forEach([&](const ChunkId& id, const BlobLocation& location) {
        if (location.pack >= packCount || !written)
            return;
        std::byte slot[kSlotSize];
        encodeSlot(id, location, slot);
        written = spill.add(slot, bucketOfPack(location.pack));
    });
    if (!written) {
        recordFailure(lastSystemError());
        return false;
    }
    std::vector<std::array<std::byte, kSlotSize>> slots;
    PackEntries entries;
    for (int bucket = 0; bucket < Spill::kBuckets; ++bucket) {
        if (!spill.bucket(bucket, slots)) {
            recordFailure(lastSystemError());
            return false;
        }
        std::vector<std::pair<ChunkId, BlobLocation>> all;
        all.reserve(slots.size());
        for (const auto& slot : slots)
            all.emplace_back(slotId(slot.data()), decodeSlot(slot.data()));
        std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) {
            return a.second.pack != b.second.pack ? a.second.pack < b.second.pack
                                                  : a.second.offset < b.second.offset;
        });
        for (std::size_t i = 0; i < all.size();) {
            std::size_t end = i;
            while (end < all.size() && all[end].second.pack == all[i].second.pack)
                ++end;
            entries.assign(all.begin() + static_cast<std::ptrdiff_t>(i),
                           all.begin() + static_cast<std::ptrdiff_t>(end));
            if (!visit(all[i].second.pack, entries))
                return false;
            i = end;
        }
    }
    return true;
}

void ChunkIndex::eraseIf(const std::function<bool(const BlobLocation&)>& drop)
{
    rebuild(m_table->store->onDisk(), m_table->mainPages, drop);
}

bool ChunkIndex::onDisk() const
{
    return m_table->store->onDisk();
}

qint64 ChunkIndex::tableBytes() const
{
    return m_table->store->bytes();
}

std::optional<Error> ChunkIndex::failure() const
{
    std::lock_guard lock(m_failureMutex);
    return m_failure;
}

void ChunkIndex::recordFailure(const QString& what) const
{
    std::lock_guard lock(m_failureMutex);
    if (m_failure)
        return;
    m_failure = Error{QStringLiteral("repository.index_io"),
                      QCoreApplication::translate("lifeboat::repository::ChunkIndex",
                                                  "The chunk index's temporary file in %1 could not be read "
                                                  "or written (%2). Free space there and run the job again.")
                          .arg(indexDirectory(), what)};
}

} // namespace lifeboat::repository
