#pragma once

// Test data shared by the repository, prune and SFTP suites: deterministic disk images
// and small file helpers.

#include <QByteArray>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QString>
#include <QTest>
#include <algorithm>

namespace lifeboat::testing {

inline constexpr qint64 kMiB = 1024 * 1024;

// Pseudo-random bytes: incompressible, and the same for the same seed.
inline QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator random(seed);
    random.fillRange(reinterpret_cast<quint32*>(data.data()), static_cast<qsizetype>(size / 4));
    for (qint64 i = size / 4 * 4; i < size; ++i)
        data[i] = static_cast<char>(random.bounded(256));
    return data;
}

// A disk image with the three kinds of content real disks have: zeros, incompressible
// data and compressible text, in 1 MiB extents.
inline QByteArray mixedImage(qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray image(size, '\0');
    for (qint64 offset = 0; offset < size; offset += kMiB) {
        const qint64 length = std::min(kMiB, size - offset);
        switch (random.bounded(3)) {
        case 0:
            break; // zeros
        case 1:
            random.fillRange(reinterpret_cast<quint32*>(image.data() + offset),
                             static_cast<qsizetype>(length / 4));
            break;
        default:
            for (qint64 i = 0; i < length; ++i)
                image[offset + i] = "lifeboat backup restore tenant vsphere \n"[(i * 7 + offset / kMiB) % 40];
        }
    }
    return image;
}

// QVERIFY needs a void function.
inline void writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(data), data.size());
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline qint64 folderBytes(const QString& path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

} // namespace lifeboat::testing
