#include "jobs/SessionReport.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

namespace lifeboat::jobs {

namespace {

// The report's words were written for lifeboat-cli first; they keep its translation
// context so the shipped translations go on covering them.
QString cliText(const char* text)
{
    return QCoreApplication::translate("lifeboat::cli::Cli", text);
}

// RFC 4180: quote every field, double the quotes inside. A leading =, +, - or @ would be
// taken for a formula by spreadsheets, so such fields get a leading apostrophe.
QString csvField(const QString& text)
{
    QString value = text;
    // A leading tab or carriage return also makes some spreadsheets read a formula.
    if (!value.isEmpty() && QStringLiteral("=+-@\t\r").contains(value.front()))
        value.prepend(QLatin1Char('\''));
    value.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + value + QLatin1Char('"');
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(text.toHtmlEscaped());
}

QString pageStart(const QString& title)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                          "td,th{border:1px solid #999;padding:2px 6px;text-align:left}"
                          ".Failed{color:#b00}.Warning{color:#a60}.Success{color:#070}</style></head><body>")
        .arg(title.toHtmlEscaped());
}

// One session's heading, VM table and log.
QString sessionSection(const SessionReport& report, const QString& headingTag)
{
    const Session& session = report.session;
    QString html =
        QStringLiteral("<%4>%1</%4><p class=\"%2\">%3</p>")
            .arg(QCoreApplication::translate("lifeboat::cli::Cli", "Job %1, session %2")
                     .arg(session.jobName)
                     .arg(session.id)
                     .toHtmlEscaped(),
                 toString(session.result),
                 QCoreApplication::translate("lifeboat::cli::Cli",
                                             "Result: %1. Started %2, finished %3. Read %4, stored %5.")
                     .arg(toString(session.result), session.started.toString(Qt::ISODate),
                          session.finished.toString(Qt::ISODate),
                          QLocale().formattedDataSize(session.bytesRead),
                          QLocale().formattedDataSize(session.bytesStored))
                     .toHtmlEscaped(),
                 headingTag);
    if (!session.message.isEmpty() && headingTag != QLatin1String("h1"))
        html += QStringLiteral("<p>%1</p>").arg(session.message.toHtmlEscaped());
    html +=
        QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th><th>%6</th></tr>")
            .arg(cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "VM")).toHtmlEscaped(),
                 cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Result")).toHtmlEscaped(),
                 cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Read")).toHtmlEscaped(),
                 cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Stored")).toHtmlEscaped(),
                 cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Restore point")).toHtmlEscaped(),
                 cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Message")).toHtmlEscaped());
    for (const auto& task : session.tasks)
        html += QStringLiteral("<tr class=\"%1\">").arg(toString(task.result)) + cell(task.objectName) +
                cell(toString(task.result)) + cell(QLocale().formattedDataSize(task.bytesRead)) +
                cell(QLocale().formattedDataSize(task.bytesStored)) + cell(task.restorePoint) +
                cell(task.message) + QStringLiteral("</tr>");
    html += QStringLiteral("</table><h2>%1</h2><table>")
                .arg(cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Log")).toHtmlEscaped());
    for (const auto& line : report.log)
        html += QStringLiteral("<tr>") + cell(line.at.toString(Qt::ISODate)) + cell(line.severity) +
                cell(line.object) + cell(line.message) + QStringLiteral("</tr>");
    html += QStringLiteral("</table>");
    return html;
}

} // namespace

std::optional<ReportFormat> reportFormatFromString(const QString& text)
{
    if (text == QLatin1String("csv"))
        return ReportFormat::Csv;
    if (text == QLatin1String("html"))
        return ReportFormat::Html;
    return std::nullopt;
}

Result<SessionReport> loadSessionReport(const JobStore& store, qint64 sessionId)
{
    auto session = store.session(sessionId);
    if (!session)
        return session.error();
    auto log = store.sessionLog(sessionId);
    if (!log)
        return log.error();
    return SessionReport{*session, *log};
}

Result<QVector<SessionReport>> loadSessionReports(const JobStore& store, const QVector<qint64>& jobIds,
                                                  const QDateTime& from, const QDateTime& to)
{
    QVector<SessionReport> reports;
    for (qint64 jobId : jobIds) {
        // The list holds no tasks; each session in the range is read whole below.
        auto list = store.sessions(jobId, std::numeric_limits<int>::max());
        if (!list)
            return list.error();
        for (const auto& session : *list) {
            if (!session.started.isValid() || session.started < from || session.started >= to)
                continue;
            auto report = loadSessionReport(store, session.id);
            if (!report)
                return report.error();
            reports.append(std::move(*report));
        }
    }
    std::sort(reports.begin(), reports.end(), [](const SessionReport& a, const SessionReport& b) {
        return a.session.started != b.session.started ? a.session.started < b.session.started
                                                      : a.session.id < b.session.id;
    });
    return reports;
}

QByteArray sessionCsv(const QVector<SessionReport>& reports)
{
    QStringList rows;
    rows << QStringLiteral(
        "session,job,vm,moref,result,started,finished,bytes_read,bytes_stored,restore_point,message");
    for (const auto& report : reports) {
        // A session that ended before any VM (endpoint unreachable, quota) is one row of its
        // own, so a date range's export counts every run.
        if (report.session.tasks.isEmpty())
            rows << QStringList{QString::number(report.session.id),
                                csvField(report.session.jobName),
                                QString(),
                                QString(),
                                toString(report.session.result),
                                report.session.started.toString(Qt::ISODate),
                                report.session.finished.toString(Qt::ISODate),
                                QString::number(report.session.bytesRead),
                                QString::number(report.session.bytesStored),
                                QString(),
                                csvField(report.session.message)}
                        .join(QLatin1Char(','));
        for (const auto& task : report.session.tasks)
            rows << QStringList{QString::number(report.session.id),
                                csvField(report.session.jobName),
                                csvField(task.objectName),
                                csvField(task.objectId),
                                toString(task.result),
                                task.started.toString(Qt::ISODate),
                                task.finished.toString(Qt::ISODate),
                                QString::number(task.bytesRead),
                                QString::number(task.bytesStored),
                                csvField(task.restorePoint),
                                csvField(task.message)}
                        .join(QLatin1Char(','));
    }
    return (rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

QByteArray sessionHtml(const SessionReport& report)
{
    QString html =
        pageStart(cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Session %1")).arg(report.session.id));
    html += sessionSection(report, QStringLiteral("h1"));
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QByteArray sessionsHtml(const QVector<SessionReport>& reports, const QString& title)
{
    QString html = pageStart(title);
    html += QStringLiteral("<h1>%1</h1>").arg(title.toHtmlEscaped());
    for (const auto& report : reports)
        html += sessionSection(report, QStringLiteral("h2"));
    html += QStringLiteral("</body></html>\n");
    return html.toUtf8();
}

QByteArray reportHtml(const QVector<SessionReport>& reports, const QString& title)
{
    return reports.size() == 1 && title.isEmpty() ? sessionHtml(reports.front())
                                                  : sessionsHtml(reports, title);
}

Status writeSessionReports(const QVector<SessionReport>& reports, ReportFormat format, const QString& path,
                           const QString& title)
{
    const QByteArray content = format == ReportFormat::Csv ? sessionCsv(reports) : reportHtml(reports, title);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) < 0 || !file.commit())
        return Error{QStringLiteral("cli.cannot_write"),
                     cliText(QT_TRANSLATE_NOOP("lifeboat::cli::Cli", "Cannot write %1: %2"))
                         .arg(path, file.errorString())};
    return success();
}

double durationSeconds(const QDateTime& started, const QDateTime& finished)
{
    if (!started.isValid() || !finished.isValid())
        return 0;
    return static_cast<double>(started.msecsTo(finished)) / 1000.0;
}

double megabytesPerSecond(const SessionTask& task)
{
    const double seconds = durationSeconds(task.started, task.finished);
    return seconds > 0 ? static_cast<double>(task.bytesRead) / 1e6 / seconds : 0;
}

} // namespace lifeboat::jobs
