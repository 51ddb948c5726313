#pragma once

#include "core/Result.h"
#include "jobs/JobStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace lifeboat::jobs {

// A session with its log, as exported to people: one implementation for lifeboat-cli
// (`session export`) and the console's Jobs tab, so both files read the same.
struct SessionReport
{
    Session session;
    QVector<SessionLogLine> log;
};

enum class ReportFormat
{
    Csv,
    Html
};

// "csv" or "html"; nullopt for anything else.
std::optional<ReportFormat> reportFormatFromString(const QString& text);

Result<SessionReport> loadSessionReport(const JobStore& store, qint64 sessionId);
// The sessions of `jobIds` that started in [from, to), oldest first, with their logs.
Result<QVector<SessionReport>> loadSessionReports(const JobStore& store, const QVector<qint64>& jobIds,
                                                  const QDateTime& from, const QDateTime& to);

// One row per VM of each session (RFC 4180, formula-safe); the header once.
QByteArray sessionCsv(const QVector<SessionReport>& reports);
// A self-contained page; every value from the catalog is HTML-escaped.
QByteArray sessionHtml(const SessionReport& report);
// Several sessions on one page, under `title`, with their logs.
QByteArray sessionsHtml(const QVector<SessionReport>& reports, const QString& title);
// The page an HTML export writes: sessionHtml for a single report without a title, else
// sessionsHtml. The console renders the same page into PDF, so both read alike.
QByteArray reportHtml(const QVector<SessionReport>& reports, const QString& title = {});

// Writes the reports atomically to `path` (a single report in HTML gets its own page).
Status writeSessionReports(const QVector<SessionReport>& reports, ReportFormat format, const QString& path,
                           const QString& title = {});

double durationSeconds(const QDateTime& started, const QDateTime& finished);
double megabytesPerSecond(const SessionTask& task);

} // namespace lifeboat::jobs
