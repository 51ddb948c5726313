#pragma once

#include "catalog/Catalog.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QVector>

namespace lifeboat::restore {

// One restore as an auditor sees it (the fields of Veeam ONE's "Restore Operator Activity"
// report): who restored what, from which restore point and how old it was, to where, and
// how it ended. Start, end, result and message are the restore session's.
struct AuditRecord
{
    qint64 session = 0;
    QString operatorAccount;
    QString kind; // "vm", "vapp", "files", "item"
    QString objectName;
    QString objectId;
    QString restorePoint;
    QDateTime restorePointTime;
    QString target;
    QString mode; // "overwrite", "keep", "folder", "zip", "guest", ...
    // From the session:
    QDateTime started;
    QDateTime finished;
    QString result;
    QString message;
    // Age of the restore point when the restore started, in seconds.
    qint64 restorePointAge() const { return restorePointTime.secsTo(started); }
};

class RestoreAudit
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::restore::RestoreAudit)

public:
    explicit RestoreAudit(catalog::Catalog& catalog)
        : m_catalog(catalog)
    {}
    Status record(const AuditRecord& record);
    // Restores that started at or after `since` (invalid: all), oldest first.
    Result<QVector<AuditRecord>> records(const QDateTime& since = {}) const;

private:
    catalog::Catalog& m_catalog;
};

// The audit as CSV (RFC 4180, a header line, times in UTC ISO 8601).
QByteArray auditCsv(const QVector<AuditRecord>& records);

} // namespace lifeboat::restore
