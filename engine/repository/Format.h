#pragma once

// Constants of repository format version 1 (docs/repository-format.md). Changing any of
// them means a new format version.

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>

namespace lifeboat::repository {

inline constexpr int kFormatVersion = 1;
inline constexpr const char* kFormatName = "lifeboat-repository";

inline constexpr char kPackMagic[8] = {'L', 'B', 'P', 'A', 'C', 'K', '0', '1'};
inline constexpr char kPackTrailerMagic[4] = {'L', 'B', 'P', 'H'};
inline constexpr char kIndexMagic[8] = {'L', 'B', 'I', 'D', 'X', '0', '0', '1'};

inline constexpr int kDefaultChunkSize = 256 * 1024;
inline constexpr qint64 kDefaultPackSize = 16 * 1024 * 1024;
inline constexpr int kDefaultCompressionLevel = 1;
// Ids per chunk-list blob: 32768 ids cover 8 GiB of disk at 256 KiB chunks in a 1 MiB blob.
inline constexpr int kIdsPerListBlob = 32768;

using ChunkId = std::array<std::uint8_t, 32>;

enum class BlobType : std::uint8_t
{
    Data = 'D', // a chunk of disk (or file) data
    List = 'L', // a piece of a disk's chunk list: concatenated ids
};

enum class Compression : std::uint8_t
{
    None = 0,
    Zstd = 1
};

// The all-zero id stands for a chunk of zeros, which is never stored.
inline bool isZeroChunk(const ChunkId& id)
{
    for (std::uint8_t byte : id)
        if (byte)
            return false;
    return true;
}

inline QString toHex(const ChunkId& id)
{
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char*>(id.data()), static_cast<qsizetype>(id.size())).toHex());
}

inline bool fromHex(const QString& hex, ChunkId& id)
{
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (raw.size() != static_cast<qsizetype>(id.size()) || hex.size() != 64)
        return false;
    std::copy(raw.begin(), raw.end(), id.begin());
    return true;
}

struct ChunkIdHash
{
    std::size_t operator()(const ChunkId& id) const noexcept
    {
        std::size_t value = 0;
        for (int i = 0; i < 8; ++i)
            value = (value << 8) | id[static_cast<std::size_t>(i)];
        return value; // ids are uniformly distributed already
    }
};

} // namespace lifeboat::repository
