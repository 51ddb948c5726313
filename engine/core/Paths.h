#pragma once

#include <QString>

namespace lifeboat {

// Environment variable that overrides the catalog location (below --catalog, above XDG).
inline constexpr const char* kCatalogEnvVar = "LIFEBOAT_CATALOG";

// Resolves where the SQLite catalog lives: an explicit path (from --catalog) wins,
// then $LIFEBOAT_CATALOG, then the XDG data location (~/.local/share/Lifeboat/lifeboat/catalog.sqlite).
QString resolveCatalogPath(const QString& explicitPath = {});

// Directory of the rotating log file, per XDG state/cache conventions.
QString defaultLogDirectory();

} // namespace lifeboat
