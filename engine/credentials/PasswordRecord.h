#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace lifeboat::credentials {

// A password kept only as a salted scrypt hash: "scrypt$N$r$p$<salt>$<hash>" (base64). The
// kiosk policy's administrator password is stored this way, so a policy file that others
// can read does not give the password away.
QString hashPassword(const QByteArray& password);
// True when `password` matches the record; an error for a record that is not one.
Result<bool> verifyPassword(const QString& record, const QByteArray& password);

} // namespace lifeboat::credentials
