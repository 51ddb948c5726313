#include "kiosk/KioskPolicy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace lifeboat::ui {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(lifeboat::ui::KioskPolicy)
};

const QStringList kKnownTabs{QStringLiteral("dashboard"), QStringLiteral("jobs"), QStringLiteral("vms"),
                             QStringLiteral("files"), QStringLiteral("items")};
} // namespace

QString KioskPolicy::defaultPath()
{
    const QString overridden = qEnvironmentVariable("LIFEBOAT_KIOSK_POLICY");
    if (!overridden.isEmpty())
        return overridden;
#ifdef Q_OS_WIN
    return QDir::fromNativeSeparators(qEnvironmentVariable("ProgramData", QStringLiteral("C:/ProgramData"))) +
           QStringLiteral("/Lifeboat/kiosk.json");
#else
    return QStringLiteral("/etc/lifeboat/kiosk.json");
#endif
}

Result<std::optional<KioskPolicy>> KioskPolicy::load(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return std::optional<KioskPolicy>();
    auto invalid = [&](const QString& why) {
        return Error{QStringLiteral("kiosk.bad_policy"),
                     Text::tr("The kiosk policy %1 is not valid: %2").arg(path, why)};
    };
    if (!file.open(QIODevice::ReadOnly))
        return invalid(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(1 << 20), &parseError);
    if (!document.isObject())
        return invalid(parseError.errorString());
    const QJsonObject json = document.object();
    KioskPolicy policy;
    policy.source = path;
    if (json.contains(QLatin1String("enabled"))) {
        if (!json.value(QLatin1String("enabled")).isBool())
            return invalid(Text::tr("\"enabled\" must be true or false."));
        policy.enabled = json.value(QLatin1String("enabled")).toBool();
    } else {
        policy.enabled = true;
    }
    if (json.contains(QLatin1String("tabs"))) {
        if (!json.value(QLatin1String("tabs")).isArray())
            return invalid(Text::tr("\"tabs\" must be a list of tab names."));
        policy.tabs.clear();
        for (const QJsonValue& tab : json.value(QLatin1String("tabs")).toArray()) {
            const QString name = tab.toString().toLower();
            if (!kKnownTabs.contains(name))
                return invalid(Text::tr("unknown tab \"%1\"; the tabs are %2.")
                                   .arg(tab.toString(), kKnownTabs.join(QStringLiteral(", "))));
            policy.tabs << name;
        }
        if (policy.tabs.isEmpty())
            return invalid(Text::tr("\"tabs\" names no tab."));
    }
    if (json.contains(QLatin1String("idle_minutes"))) {
        const double minutes = json.value(QLatin1String("idle_minutes")).toDouble(-1);
        if (minutes <= 0 || minutes > 24 * 60)
            return invalid(Text::tr("\"idle_minutes\" must be a number of minutes above 0."));
        policy.idleMinutes = minutes;
    }
    policy.adminPassword = json.value(QLatin1String("admin_password")).toString();
    return std::optional<KioskPolicy>(policy);
}

} // namespace lifeboat::ui
