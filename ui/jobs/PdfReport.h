#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QObject;

namespace lifeboat::ui {

// Renders a report page (the HTML jobs/SessionReport writes) into an A4 PDF with page
// numbers, written atomically to `path`. Lives in the GUI because it needs QtGui's text
// layout and PDF writer, which the engine must not link.
Status writePdfReport(const QByteArray& html, const QString& title, const QString& path);
// The same on a thread of its own (laying out hundreds of sessions takes seconds, which the
// window must not freeze for); `done` is called on `context`'s thread, unless `context` is
// gone by then.
void writePdfReportInBackground(QObject* context, QByteArray html, QString title, QString path,
                                std::function<void(Status)> done);

} // namespace lifeboat::ui
