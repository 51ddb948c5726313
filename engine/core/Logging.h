#pragma once

#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcEngine)
Q_DECLARE_LOGGING_CATEGORY(lcCatalog)
Q_DECLARE_LOGGING_CATEGORY(lcFacade)

namespace lifeboat {

// A log file that rolls over at a size limit, keeping `keep` old generations
// (lifeboat.log.1 … lifeboat.log.N). Thread-safe: messages arrive from the GUI
// thread, the engine thread and worker pools at once.
class RotatingLogFile
{
public:
    RotatingLogFile(QString path, qint64 maxBytes, int keep);
    ~RotatingLogFile();
    RotatingLogFile(const RotatingLogFile&) = delete;
    RotatingLogFile& operator=(const RotatingLogFile&) = delete;

    void write(const QString& line);
    QString path() const { return m_path; }

private:
    void rotateLocked();
    bool openLocked();

    QString m_path;
    qint64 m_maxBytes;
    int m_keep;
    QFile m_file;
    QMutex m_mutex;
};

// Formats one record as "2026-11-23T19:20:30.123Z W lifeboat.engine.catalog [thread] message".
QString formatLogLine(QtMsgType type, const QMessageLogContext& context, const QString& message);

// Installs the process-wide message handler: every record goes to the rotating file
// under `directory`; warnings and worse also go to stderr. Returns the log file path.
QString installLogHandler(const QString& directory, qint64 maxBytes = 5 * 1024 * 1024, int keep = 5);

// Stops writing to the log file and restores Qt's default handler.
void uninstallLogHandler();

} // namespace lifeboat
