#pragma once

#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace lifeboat::catalog {

// One step of the catalog schema. Steps are applied in order, each in its own
// transaction, and never edited once released: a change is always a new step.
struct Migration
{
    int version;
    const char* description;
    QStringList statements;
};

const std::vector<Migration>& migrations();
int latestSchemaVersion();

// Reads the schema version of an open catalog (0 for an empty database).
Result<int> schemaVersion(QSqlDatabase& db);

// Applies every step after the current version up to and including `target`.
Status migrate(QSqlDatabase& db, int target);

} // namespace lifeboat::catalog
