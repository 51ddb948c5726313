#include "jobs/PdfReport.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QThread>
#include <memory>

namespace lifeboat::ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ui::PdfReport)
};

} // namespace

Status writePdfReport(const QByteArray& html, const QString& title, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("export.cannot_write"),
                     Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    {
        QPdfWriter writer(&file);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Lifeboat"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument document;
        document.setHtml(QString::fromUtf8(html));
        // Without a page size of its own, print() lays the document out on the writer's
        // pages and numbers them at the foot.
        document.print(&writer);
    }
    if (!file.commit())
        return Error{QStringLiteral("export.cannot_write"),
                     Text::tr("Cannot write %1: %2").arg(path, file.errorString())};
    return success();
}

void writePdfReportInBackground(QObject* context, QByteArray html, QString title, QString path,
                                std::function<void(Status)> done)
{
    auto written = std::make_shared<Status>(success());
    QThread* thread =
        QThread::create([written, html = std::move(html), title = std::move(title), path = std::move(path)] {
            *written = writePdfReport(html, title, path);
        });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [written, done = std::move(done)] { done(*written); });
    thread->start();
}

} // namespace lifeboat::ui
