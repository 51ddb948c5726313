#include "core/Logging.h"

#include <QDateTime>
#include <QDir>
#include <QThread>
#include <cstdio>
#include <memory>

Q_LOGGING_CATEGORY(lcEngine, "lifeboat.engine.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "lifeboat.engine.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFacade, "lifeboat.engine.facade", QtInfoMsg)

namespace lifeboat {

RotatingLogFile::RotatingLogFile(QString path, qint64 maxBytes, int keep)
    : m_path(std::move(path))
    , m_maxBytes(maxBytes)
    , m_keep(keep < 1 ? 1 : keep)
{}

RotatingLogFile::~RotatingLogFile() = default;

bool RotatingLogFile::openLocked()
{
    if (m_file.isOpen())
        return true;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_file.setFileName(m_path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}

void RotatingLogFile::rotateLocked()
{
    m_file.close();
    // Shift from the oldest down so no generation is overwritten before it moved.
    QFile::remove(m_path + QLatin1Char('.') + QString::number(m_keep));
    for (int generation = m_keep - 1; generation >= 1; --generation) {
        const QString from = m_path + QLatin1Char('.') + QString::number(generation);
        if (QFile::exists(from))
            QFile::rename(from, m_path + QLatin1Char('.') + QString::number(generation + 1));
    }
    QFile::rename(m_path, m_path + QStringLiteral(".1"));
}

void RotatingLogFile::write(const QString& line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (!openLocked())
        return;
    if (m_file.size() > 0 && m_file.size() + bytes.size() > m_maxBytes) {
        rotateLocked();
        if (!openLocked())
            return;
    }
    m_file.write(bytes);
    m_file.flush();
}

QString formatLogLine(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    char severity = 'I';
    switch (type) {
    case QtDebugMsg:
        severity = 'D';
        break;
    case QtInfoMsg:
        severity = 'I';
        break;
    case QtWarningMsg:
        severity = 'W';
        break;
    case QtCriticalMsg:
        severity = 'E';
        break;
    case QtFatalMsg:
        severity = 'F';
        break;
    }
    QString thread = QThread::currentThread() ? QThread::currentThread()->objectName() : QString();
    if (thread.isEmpty())
        thread = QStringLiteral("0x") +
                 QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16);
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
           QLatin1Char(severity) + QLatin1Char(' ') +
           QLatin1String(context.category ? context.category : "default") + QStringLiteral(" [") + thread +
           QStringLiteral("] ") + message;
}

namespace {
std::unique_ptr<RotatingLogFile> g_logFile;
QtMessageHandler g_previousHandler = nullptr;

void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = formatLogLine(type, context, message);
    if (g_logFile)
        g_logFile->write(line);
    if (type != QtDebugMsg && type != QtInfoMsg) {
        std::fputs(qUtf8Printable(line), stderr);
        std::fputc('\n', stderr);
    }
}
} // namespace

QString installLogHandler(const QString& directory, qint64 maxBytes, int keep)
{
    g_logFile = std::make_unique<RotatingLogFile>(QDir(directory).filePath(QStringLiteral("lifeboat.log")),
                                                  maxBytes, keep);
    g_previousHandler = qInstallMessageHandler(messageHandler);
    return g_logFile->path();
}

void uninstallLogHandler()
{
    qInstallMessageHandler(g_previousHandler);
    g_previousHandler = nullptr;
    g_logFile.reset();
}

} // namespace lifeboat
