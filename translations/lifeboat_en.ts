<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>The engine is not running because its catalog could not be opened.</translation>
    </message>
</context>
<context>
    <name>lifeboat::catalog::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</source>
        <translation>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Cannot open the catalog %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</source>
        <translation>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</source>
        <translation>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</source>
        <translation>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot switch the catalog to WAL mode: %1</source>
        <translation>Cannot switch the catalog to WAL mode: %1</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>The catalog is not open.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</source>
        <translation>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</translation>
    </message>
    <message>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Cannot read the catalog&apos;s schema version: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>Cannot create the schema_version table: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</source>
        <translation>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
    <message>
        <source>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

Commands:
  version          print the version
  catalog info     show the catalog&apos;s location, schema and contents
  catalog migrate  open the catalog and upgrade its schema if needed
</source>
        <translation>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

Commands:
  version          print the version
  catalog info     show the catalog&apos;s location, schema and contents
  catalog migrate  open the catalog and upgrade its schema if needed
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Catalog:        %1</source>
        <translation>Catalog:        %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Schema version: %1 (latest %2)</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>Journal mode:   %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Size:           %1 bytes</translation>
    </message>
    <message>
        <source>Endpoints:      %1</source>
        <translation>Endpoints:      %1</translation>
    </message>
    <message>
        <source>Repositories:   %1</source>
        <translation>Repositories:   %1</translation>
    </message>
    <message>
        <source>Jobs:           %1</source>
        <translation>Jobs:           %1</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>Sessions:       %1</translation>
    </message>
    <message>
        <source>Lifeboat headless console: the same engine as the GUI.</source>
        <translation>Lifeboat headless console: the same engine as the GUI.</translation>
    </message>
    <message>
        <source>SQLite catalog to use (default: $%1, then the XDG data folder).</source>
        <translation>SQLite catalog to use (default: $%1, then the XDG data folder).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Print machine-readable JSON.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Print the version.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>What to do; see the list below.</translation>
    </message>
    <message>
        <source>error: no command given</source>
        <translation>error: no command given</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: unknown command &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>About Lifeboat</source>
        <translation>About Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</source>
        <translation>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>&amp;About Lifeboat</translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Engine stopped: %1</translation>
    </message>
    <message>
        <source>Engine ready</source>
        <translation>Engine ready</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OverviewPage</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>The catalog could not be read: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3 journal</source>
        <translation>%1 of %2, %3 journal</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>This installation</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalog:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schema version:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpoints:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositories:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat backup and restore console</source>
        <translation>Lifeboat backup and restore console</translation>
    </message>
    <message>
        <source>SQLite catalog to use.</source>
        <translation>SQLite catalog to use.</translation>
    </message>
    <message>
        <source>Display language (en, de, fr, es, ja).</source>
        <translation>Display language (en, de, fr, es, ja).</translation>
    </message>
</context>
</TS>
