#include "restore/RestoreAudit.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace lifeboat::restore {

namespace {

QDateTime utcTime(const QVariant& value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time.setTimeSpec(Qt::UTC);
    return time;
}

QByteArray csvField(const QString& value)
{
    QString text = value;
    // A spreadsheet would evaluate a leading =, +, - or @ (from a VM or file name) as a formula.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text.toUtf8();
}

} // namespace

Status RestoreAudit::record(const AuditRecord& record)
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral(
        "INSERT INTO restore_audit (session_id, operator, kind, object_name, object_id, "
        "restore_point, restore_point_time, target, mode) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(record.session);
    query.addBindValue(record.operatorAccount);
    query.addBindValue(record.kind);
    query.addBindValue(record.objectName.isNull() ? QString(QLatin1String("")) : record.objectName);
    query.addBindValue(record.objectId.isNull() ? QString(QLatin1String("")) : record.objectId);
    query.addBindValue(record.restorePoint);
    query.addBindValue(record.restorePointTime.isValid()
                           ? record.restorePointTime.toUTC().toString(Qt::ISODateWithMs)
                           : QString(QLatin1String("")));
    query.addBindValue(record.target);
    query.addBindValue(record.mode.isNull() ? QString(QLatin1String("")) : record.mode);
    if (!query.exec())
        return Error{
            QStringLiteral("catalog.query_failed"),
            tr("The catalog could not record the restore in the audit: %1").arg(query.lastError().text())};
    return success();
}

Result<QVector<AuditRecord>> RestoreAudit::records(const QDateTime& since) const
{
    QSqlQuery query(m_catalog.connection());
    query.prepare(QStringLiteral(
        "SELECT a.session_id, a.operator, a.kind, a.object_name, a.object_id, a.restore_point, "
        "a.restore_point_time, a.target, a.mode, s.started_at, s.finished_at, s.result, s.message "
        "FROM restore_audit a JOIN sessions s ON s.id = a.session_id "
        "WHERE s.started_at >= ? ORDER BY s.started_at, a.id"));
    query.addBindValue(since.isValid() ? since.toUTC().toString(Qt::ISODateWithMs)
                                       : QString(QLatin1String("")));
    if (!query.exec())
        return Error{QStringLiteral("catalog.query_failed"),
                     tr("The catalog could not read the restore audit: %1").arg(query.lastError().text())};
    QVector<AuditRecord> records;
    while (query.next()) {
        AuditRecord record;
        record.session = query.value(0).toLongLong();
        record.operatorAccount = query.value(1).toString();
        record.kind = query.value(2).toString();
        record.objectName = query.value(3).toString();
        record.objectId = query.value(4).toString();
        record.restorePoint = query.value(5).toString();
        record.restorePointTime = utcTime(query.value(6));
        record.target = query.value(7).toString();
        record.mode = query.value(8).toString();
        record.started = utcTime(query.value(9));
        record.finished = utcTime(query.value(10));
        record.result = query.value(11).toString();
        record.message = query.value(12).toString();
        records.append(record);
    }
    return records;
}

QByteArray auditCsv(const QVector<AuditRecord>& records)
{
    QByteArray csv = "started,finished,operator,kind,object,object_id,restore_point,restore_point_time,"
                     "restore_point_age_seconds,target,mode,result,message\r\n";
    for (const AuditRecord& record : records) {
        const QStringList fields{record.started.toString(Qt::ISODate),
                                 record.finished.toString(Qt::ISODate),
                                 record.operatorAccount,
                                 record.kind,
                                 record.objectName,
                                 record.objectId,
                                 record.restorePoint,
                                 record.restorePointTime.toString(Qt::ISODate),
                                 record.restorePointTime.isValid() ? QString::number(record.restorePointAge())
                                                                   : QString(),
                                 record.target,
                                 record.mode,
                                 record.result,
                                 record.message};
        QByteArrayList line;
        for (const QString& field : fields)
            line.append(csvField(field));
        csv += line.join(',') + "\r\n";
    }
    return csv;
}

} // namespace lifeboat::restore
