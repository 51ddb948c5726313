#include "vsphere/DatastoreUpload.h"

#include "vsphere/VsphereClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <cstring>

namespace lifeboat::vsphere {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::vsphere::DatastoreUpload)
};

// Random access (not sequential), so that the network stack reads it as it sends and can
// rewind it if it has to send again, without buffering the whole body.
class ReaderDevice final : public QIODevice
{
public:
    ReaderDevice(qint64 size, const UploadReader& read, const std::atomic<bool>* cancel)
        : m_size(size)
        , m_read(read)
        , m_cancel(cancel)
    {}
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    const std::optional<Error>& failure() const { return m_failure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_cancel && m_cancel->load()) {
            m_failure = Error{QStringLiteral("restore.cancelled"), Text::tr("Stopped by the user.")};
            return -1;
        }
        const qint64 length = std::min(maxSize, m_size - pos());
        if (length <= 0)
            return 0;
        if (Status read = m_read(pos(), data, length); !read) {
            m_failure = read.error();
            return -1;
        }
        return length;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    qint64 m_size;
    const UploadReader& m_read;
    const std::atomic<bool>* m_cancel;
    std::optional<Error> m_failure;
};

QString fileNameOf(const DatastoreAccess& access)
{
    return access.fileUrl.path().section(QLatin1Char('/'), -1);
}

} // namespace

Status uploadDatastoreFile(const DatastoreAccess& access, qint64 size, const UploadReader& read,
                           const std::function<void(qint64)>& progress, const std::atomic<bool>* cancel)
{
    ReaderDevice device(size, read, cancel);
    device.open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    QNetworkAccessManager network;
    QNetworkRequest request(access.fileUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/octet-stream"));
    request.setHeader(QNetworkRequest::ContentLengthHeader, size);
    if (!access.cookie.isEmpty())
        request.setRawHeader("Cookie", access.cookie);
    // The timeout covers a stall, not the whole transfer: it restarts with every byte sent.
    request.setTransferTimeout(access.timeoutMs);
    QNetworkReply* reply = network.put(request, &device);
    applyCertificatePin(reply, access.pinnedSha256);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::uploadProgress, &loop, [&](qint64 sent, qint64) {
        if (progress)
            progress(sent);
        if (cancel && cancel->load())
            reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const auto error = reply->error();
    const QString thumbprint = thumbprintOf(reply);
    const QString errorText = reply->errorString();
    delete reply;
    if (device.failure())
        return *device.failure();
    if (cancel && cancel->load())
        return Error{QStringLiteral("restore.cancelled"), Text::tr("Stopped by the user.")};
    if (error == QNetworkReply::OperationCanceledError)
        return Error{QStringLiteral("vsphere.unreachable"),
                     Text::tr("Writing %1 failed: the server did not take data for %2 s.")
                         .arg(fileNameOf(access))
                         .arg(access.timeoutMs / 1000)};
    if (status == 0)
        return Error{thumbprint.isEmpty() ? QStringLiteral("vsphere.unreachable")
                                          : QStringLiteral("tls.changed"),
                     Text::tr("Writing %1 failed: %2").arg(fileNameOf(access), errorText)};
    if (status != 200 && status != 201 && status != 204)
        return Error{
            QStringLiteral("vsphere.upload_refused"),
            Text::tr("The server refused to store %1 (HTTP %2).").arg(fileNameOf(access)).arg(status)};
    return success();
}

Status uploadDatastoreFile(const DatastoreAccess& access, const QByteArray& content)
{
    return uploadDatastoreFile(access, content.size(), [&content](qint64 offset, char* data, qint64 length) {
        std::memcpy(data, content.constData() + offset, static_cast<size_t>(length));
        return success();
    });
}

} // namespace lifeboat::vsphere
