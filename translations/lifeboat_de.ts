<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>Die Engine läuft nicht, weil ihr Katalog nicht geöffnet werden konnte.</translation>
    </message>
</context>
<context>
    <name>lifeboat::catalog::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</source>
        <translation>Der Ordner %1 für den Katalog kann nicht angelegt werden. Prüfen Sie die Berechtigungen oder wählen Sie mit --catalog einen anderen Ort.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</source>
        <translation>%1 ist kein lesbarer SQLite-Katalog (%2). Die Datei wurde nicht verändert; verschieben Sie sie oder wählen Sie mit --catalog eine andere Datei.</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</source>
        <translation>Der Katalog %1 hat die Schemaversion %2, diese Lifeboat-Version kennt aber nur bis %3. Aktualisieren Sie Lifeboat oder wählen Sie mit --catalog einen anderen Katalog.</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</source>
        <translation>Der Katalog kann vor der Aktualisierung nicht nach %1 kopiert werden; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot switch the catalog to WAL mode: %1</source>
        <translation>Der Katalog kann nicht in den WAL-Modus geschaltet werden: %1</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>Der Katalog ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</source>
        <translation>Die Datei ist eine SQLite-Datenbank, aber kein Lifeboat-Katalog (ihr fehlt die Tabelle schema_version). Wählen Sie mit --catalog eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Die Schemaversion des Katalogs kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>Die Tabelle schema_version kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht begonnen werden: %1</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</source>
        <translation>Die Aktualisierung des Katalogs auf Schema %1 ist fehlgeschlagen (%2). Der Katalog bleibt auf Schema %3.</translation>
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
        <translation>Aufruf: lifeboat-cli [--catalog PFAD] [--json] BEFEHL

Befehle:
  version          Version ausgeben
  catalog info     Ort, Schema und Inhalt des Katalogs anzeigen
  catalog migrate  Katalog öffnen und sein Schema bei Bedarf aktualisieren
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Catalog:        %1</source>
        <translation>Katalog:         %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Schemaversion:   %1 (neueste %2)</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>Journalmodus:    %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Größe:           %1 Byte</translation>
    </message>
    <message>
        <source>Endpoints:      %1</source>
        <translation>Endpunkte:       %1</translation>
    </message>
    <message>
        <source>Repositories:   %1</source>
        <translation>Repositorys:     %1</translation>
    </message>
    <message>
        <source>Jobs:           %1</source>
        <translation>Jobs:            %1</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>Sitzungen:       %1</translation>
    </message>
    <message>
        <source>Lifeboat headless console: the same engine as the GUI.</source>
        <translation>Lifeboat-Konsole ohne Oberfläche: dieselbe Engine wie die grafische Oberfläche.</translation>
    </message>
    <message>
        <source>SQLite catalog to use (default: $%1, then the XDG data folder).</source>
        <translation>Zu verwendender SQLite-Katalog (Standard: $%1, sonst der XDG-Datenordner).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Version ausgeben.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>Was zu tun ist; siehe die Liste unten.</translation>
    </message>
    <message>
        <source>error: no command given</source>
        <translation>Fehler: kein Befehl angegeben</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>Fehler: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>About Lifeboat</source>
        <translation>Über Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</source>
        <translation>Lifeboat %1
Self-Service-Sicherung und -Wiederherstellung für VMware vSphere und Cloud Director.</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>Ü&amp;ber Lifeboat</translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Engine angehalten: %1</translation>
    </message>
    <message>
        <source>Engine ready</source>
        <translation>Engine bereit</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OverviewPage</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Der Katalog konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3 journal</source>
        <translation>%1 von %2, Journal %3</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Diese Installation</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Katalog:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Schemaversion:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Endpunkte:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorys:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Jobs:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sitzungen:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat backup and restore console</source>
        <translation>Lifeboat-Konsole für Sicherung und Wiederherstellung</translation>
    </message>
    <message>
        <source>SQLite catalog to use.</source>
        <translation>Zu verwendender SQLite-Katalog.</translation>
    </message>
    <message>
        <source>Display language (en, de, fr, es, ja).</source>
        <translation>Anzeigesprache (en, de, fr, es, ja).</translation>
    </message>
</context>
</TS>
