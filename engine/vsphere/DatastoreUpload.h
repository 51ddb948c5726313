#pragma once

#include "core/Result.h"
#include "vsphere/DatastoreSource.h"

#include <atomic>
#include <functional>

namespace lifeboat::vsphere {

// Reads `length` bytes of what is being uploaded, at `offset`, into `data`.
using UploadReader = std::function<Status(qint64 offset, char* data, qint64 length)>;

// Writes a datastore file with one streamed PUT through the datastore HTTPS API: the bytes
// come from `read` as the connection takes them, so a disk is never staged in memory or on
// local disk. Blocking, with an event loop of its own: call it from a worker thread, never
// from the engine or GUI thread. PUT replaces the whole file; the API has no partial write.
Status uploadDatastoreFile(const DatastoreAccess& access, qint64 size, const UploadReader& read,
                           const std::function<void(qint64 sent)>& progress = {},
                           const std::atomic<bool>* cancel = nullptr);

// The same for a small file held in memory (a disk descriptor).
Status uploadDatastoreFile(const DatastoreAccess& access, const QByteArray& content);

} // namespace lifeboat::vsphere
