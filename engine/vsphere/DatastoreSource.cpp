#include "vsphere/DatastoreSource.h"

#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QThread>
#include <cstring>
#include <future>

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::DatastoreSource)
};

// Parses "bytes first-last/total".
bool contentRangeMatches(const QByteArray& header, qint64 first, qint64 last)
{
    static const QRegularExpression pattern(QStringLiteral("^bytes (\\d+)-(\\d+)/(\\d+|\\*)$"));
    const auto match = pattern.match(QString::fromLatin1(header.trimmed()));
    return match.hasMatch() && match.captured(1).toLongLong() == first &&
           match.captured(2).toLongLong() == last;
}

} // namespace

struct DatastoreSource::Private
{
    DatastoreAccess access;
    qint64 size = 0;
    QThread thread;
    QNetworkAccessManager* network = nullptr; // lives on `thread`

    QString fileName() const { return access.fileUrl.path().section(QLatin1Char('/'), -1); }

    // Runs on the network thread: one Range GET, its answer handed to `done`.
    void fetch(qint64 offset, qint64 length, char* data, std::function<void(Status)> done)
    {
        QNetworkRequest request(access.fileUrl);
        request.setRawHeader("Range", QByteArrayLiteral("bytes=") + QByteArray::number(offset) + '-' +
                                          QByteArray::number(offset + length - 1));
        if (!access.cookie.isEmpty())
            request.setRawHeader("Cookie", access.cookie);
        request.setTransferTimeout(access.timeoutMs);
        QNetworkReply* reply = network->get(request);
        applyCertificatePin(reply, access.pinnedSha256);
        QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, offset, length, data, done] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QByteArray body = reply->readAll();
            if (reply->error() == QNetworkReply::OperationCanceledError) // only the transfer timeout cancels
                return done(
                    Error{QStringLiteral("vsphere.unreachable"),
                          Text::tr("Reading %1 at offset %2 failed: the server did not answer within %3 s.")
                              .arg(fileName())
                              .arg(offset)
                              .arg(access.timeoutMs / 1000)});
            if (reply->error() != QNetworkReply::NoError && (status == 0 || status == 206)) {
                const QString thumbprint = thumbprintOf(reply);
                return done(Error{thumbprint.isEmpty() ? QStringLiteral("vsphere.unreachable")
                                                       : QStringLiteral("tls.changed"),
                                  Text::tr("Reading %1 at offset %2 failed: %3")
                                      .arg(fileName())
                                      .arg(offset)
                                      .arg(reply->errorString())});
            }
            if (status == 416)
                return done(Error{QStringLiteral("vsphere.disk_short"),
                                  Text::tr("The datastore file %1 ends before offset %2: the disk's data is "
                                           "not all there.")
                                      .arg(fileName())
                                      .arg(offset + length)});
            // A server that ignores Range would answer 200 with the whole file: refuse it
            // rather than read a disk's worth of data per chunk.
            if (status != 206 ||
                !contentRangeMatches(reply->rawHeader("Content-Range"), offset, offset + length - 1) ||
                body.size() != length)
                return done(
                    Error{QStringLiteral("vsphere.bad_range_reply"),
                          Text::tr("The server answered a request for %1 bytes of %2 at offset %3 with "
                                   "HTTP %4 and %5 bytes.")
                              .arg(length)
                              .arg(fileName())
                              .arg(offset)
                              .arg(status)
                              .arg(body.size())});
            std::memcpy(data, body.constData(), static_cast<size_t>(length));
            done(success());
        });
    }

    Status blockingFetch(qint64 offset, qint64 length, char* data)
    {
        auto promise = std::make_shared<std::promise<Status>>();
        auto answer = promise->get_future();
        QMetaObject::invokeMethod(
            network,
            [this, offset, length, data, promise] {
                fetch(offset, length, data,
                      [promise](Status status) { promise->set_value(std::move(status)); });
            },
            Qt::QueuedConnection);
        return answer.get();
    }
};

DatastoreSource::DatastoreSource(std::unique_ptr<Private> state)
    : d(std::move(state))
{}

DatastoreSource::~DatastoreSource()
{
    // The network objects belong to the thread: delete them there, then stop it.
    QMetaObject::invokeMethod(
        d->network, [network = d->network] { delete network; }, Qt::BlockingQueuedConnection);
    d->thread.quit();
    d->thread.wait();
}

Result<std::unique_ptr<DatastoreSource>> DatastoreSource::open(const DatastoreAccess& access, qint64 size)
{
    auto state = std::make_unique<Private>();
    state->access = access;
    state->size = size;
    state->thread.setObjectName(QStringLiteral("lifeboat-datastore"));
    state->thread.start();
    state->network = new QNetworkAccessManager;
    state->network->moveToThread(&state->thread);
    std::unique_ptr<DatastoreSource> source(new DatastoreSource(std::move(state)));
    if (size <= 0)
        return source;
    // The last byte proves the file is there, is reachable and trusted, and is not short.
    char last = 0;
    if (Status probe = source->read(size - 1, &last, 1); !probe)
        return probe.error();
    return source;
}

qint64 DatastoreSource::size() const
{
    return d->size;
}

Status DatastoreSource::read(qint64 offset, char* data, qint64 length)
{
    if (offset < 0 || length <= 0 || offset + length > d->size)
        return Error{QStringLiteral("source.out_of_range"),
                     Text::tr("Read of %1 bytes at %2 is outside the disk.").arg(length).arg(offset)};
    return d->blockingFetch(offset, length, data);
}

} // namespace lifeboat::vsphere
