#pragma once

#include "core/Result.h"

#include <QStringList>
#include <optional>

namespace lifeboat::ui {

// How a console shared by many people (a restore kiosk) is locked down. Set by a
// system-wide policy file that only administrators can write, or by `lifeboat --kiosk`:
// full screen, only the tabs the policy allows, no quitting without the administrator
// password, signed out after some idle minutes.
struct KioskPolicy
{
    bool enabled = false;
    QStringList tabs{QStringLiteral("files"), QStringLiteral("vms")}; // dashboard, jobs, vms, files, items
    double idleMinutes = 10;
    QString adminPassword; // a credentials::hashPassword record; empty: quitting is not possible
    QString source;        // the file it was read from, for messages

    // $LIFEBOAT_KIOSK_POLICY, else the system-wide file (/etc/lifeboat/kiosk.json;
    // %ProgramData%\Lifeboat\kiosk.json on Windows).
    static QString defaultPath();
    // nullopt when there is no file; an error for a file that cannot be read or understood,
    // so a broken lockdown is noticed instead of silently not applied.
    static Result<std::optional<KioskPolicy>> load(const QString& path);
};

} // namespace lifeboat::ui
