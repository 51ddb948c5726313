#pragma once

#include "core/Result.h"
#include "repository/Pipeline.h"

#include <QUrl>
#include <memory>

namespace lifeboat::vsphere {

struct DatastoreAccess
{
    QUrl fileUrl;         // the /folder URL of a -flat.vmdk
    QString pinnedSha256; // empty: the certificate must verify against the system CAs
    QByteArray cookie;    // the vSphere session cookie, "name=value"
    int timeoutMs = 60000;
};

// A disk read through the datastore HTTPS API with Range requests, for the backup
// pipeline. The pipeline's workers call read() from their own threads at the same time;
// the requests run on one network thread of this source, several at once, so a disk is
// read over several connections in parallel.
class DatastoreSource final : public repository::ImageSource
{
public:
    // Checks that the file exists and holds at least `size` bytes (the disk's capacity).
    static Result<std::unique_ptr<DatastoreSource>> open(const DatastoreAccess& access, qint64 size);
    ~DatastoreSource() override;
    qint64 size() const override;
    Status read(qint64 offset, char* data, qint64 length) override;

private:
    struct Private;
    explicit DatastoreSource(std::unique_ptr<Private> state);
    std::unique_ptr<Private> d;
};

} // namespace lifeboat::vsphere
