#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace lifeboat::ui {

// Renders a report page (the HTML jobs/SessionReport writes) into an A4 PDF with page
// numbers, written atomically to `path`. Lives in the GUI because it needs QtGui's text
// layout and PDF writer, which the engine must not link.
Status writePdfReport(const QByteArray& html, const QString& title, const QString& path);

} // namespace lifeboat::ui
