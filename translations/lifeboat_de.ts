<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>lifeboat::Engine</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>There is no catalog.</source>
        <translation>Es gibt keinen Katalog.</translation>
    </message>
    <message>
        <source>The session %1 belongs to another account.</source>
        <translation>Die Sitzung %1 gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>No backup job protects this VM yet; create one in the Jobs tab.</source>
        <translation>Noch schützt kein Sicherungsjob diese VM; legen Sie einen auf der Registerkarte „Jobs“ an.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>Der Job %1 läuft nicht.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of your jobs&apos; repositories.</source>
        <translation>Das Repository %1 gehört nicht zu den Repositorys Ihrer Jobs.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt %1, den %2 wiederherstellen darf.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>Sie dürfen nicht in den Ordner %1 schreiben.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>The smallest size is larger than the largest.</source>
        <translation>Die Mindestgröße ist größer als die Höchstgröße.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>Der Datumsbereich endet, bevor er beginnt.</translation>
    </message>
    <message>
        <source>Add files to the restore list first.</source>
        <translation>Fügen Sie zuerst Dateien zur Wiederherstellungsliste hinzu.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Wählen Sie die .zip-Datei, die angelegt werden soll.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Wählen Sie den Ordner, in den wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Wählen Sie zuerst ein Element.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Geben Sie die SSH-Adresse und den Benutzer des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Wählen Sie eine Schlüsseldatei oder geben Sie das SSH-Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</source>
        <translation>Geben Sie den Fingerabdruck des Hostschlüssels des Servers ein (SHA256:...), abgeglichen mit dem, was der Administrator des Servers sieht.</translation>
    </message>
    <message>
        <source>A new name restores beside the original; it cannot be combined with overwriting.</source>
        <translation>Mit einem neuen Namen wird neben dem Original wiederhergestellt; das lässt sich nicht mit Überschreiben kombinieren.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</source>
        <translation>Das Repository ist offline geöffnet: Zum Wiederherstellen einer VM wird ein vCenter benötigt. Extrahieren Sie stattdessen ihre Festplatten oder melden Sie sich bei einem Server an.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of yours.</source>
        <translation>Das Repository %1 gehört nicht Ihnen.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that you may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt %1, den Sie wiederherstellen dürfen.</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Nur ein Administrator kann den Mailserver ändern.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Testnachricht</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat kann Berichte über diesen Mailserver senden.</translation>
    </message>
    <message>
        <source>The job %1 is running; stop it before deleting it.</source>
        <translation>Der Job %1 läuft; halten Sie ihn an, bevor Sie ihn löschen.</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>Der Job %1 ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>No VM failed in the last session of %1; nothing to retry.</source>
        <translation>In der letzten Sitzung von %1 ist keine VM fehlgeschlagen; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Export as csv or html.</source>
        <translation>Exportieren Sie als csv oder html.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>Das Ende des Zeitraums muss nach seinem Beginn liegen.</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>Sitzungen vom %1 bis %2</translation>
    </message>
    <message>
        <source>A newer sign-in or sign-out replaced this one.</source>
        <translation>Eine neuere Anmeldung oder Abmeldung hat diese ersetzt.</translation>
    </message>
    <message>
        <source>Offline there is no server password to keep.</source>
        <translation>Offline gibt es kein Serverkennwort, das gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</source>
        <translation>Ihr Kennwort konnte nicht für geplante Ausführungen gespeichert werden: %1 Speichern Sie den Job, ohne es zu behalten, und bitten Sie Ihren Administrator, eines zu hinterlegen.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</source>
        <translation>Geben Sie die Adresse des Gasts ein: einen Hostnamen oder eine IP-Adresse, optional mit :Port.</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Geben Sie das Konto ein, mit dem Sie sich am Gast anmelden.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its key file.</source>
        <translation>Geben Sie das Passwort des Kontos ein oder wählen Sie seine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The guest&apos;s root folder must be an absolute path, such as /.</source>
        <translation>Der Stammordner des Gasts muss ein absoluter Pfad sein, etwa /.</translation>
    </message>
    <message>
        <source>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</source>
        <translation>Die Wiederherstellungsliste enthält Dateien mehrerer VMs. Dateien werden jeweils in einen Gast zurückgeschrieben: Behalten Sie nur die Dateien einer VM in der Liste oder stellen Sie sie in einem Ordner wieder her.</translation>
    </message>
    <message>
        <source>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</source>
        <translation>Der Gast %1 zeigt den Hostschlüssel %2, dem noch nicht vertraut wird. Vergleichen Sie ihn mit dem Fingerabdruck, den der Administrator des Gasts sieht, bevor Sie ihn akzeptieren.</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Job %1, Sitzung %2</translation>
    </message>
    <message>
        <source>Several vApps are named %1.</source>
        <translation>Mehrere vApps heißen %1.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>Es gibt keine vApp %1.</translation>
    </message>
    <message>
        <source>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</source>
        <translation>Noch kein Sicherungsjob schützt eine VM der vApp %1; legen Sie einen auf der Registerkarte Jobs an.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a vApp needs a vCenter.</source>
        <translation>Das Repository ist offline geöffnet: Zum Wiederherstellen einer vApp wird ein vCenter benötigt.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Ihre Organisation hat keine vApp %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 ist jetzt eine VM der vApp %2 in Cloud Director.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: not all of its VMs are in your scope.</source>
        <translation>Die vApp %1 wird nicht wiederhergestellt: Nicht alle ihre VMs liegen in Ihrem Bereich.</translation>
    </message>
    <message>
        <source>%1 was powered on through Cloud Director.</source>
        <translation>%1 wurde über Cloud Director eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>Die Engine läuft nicht, weil ihr Katalog nicht geöffnet werden konnte.</translation>
    </message>
    <message>
        <source>This engine runs without a catalog.</source>
        <translation>Diese Engine läuft ohne Katalog.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs benötigen den Katalog.</translation>
    </message>
    <message>
        <source>The job %1 is running already.</source>
        <translation>Der Job %1 läuft bereits.</translation>
    </message>
    <message>
        <source>The endpoint of the job %1 is no longer in the catalog.</source>
        <translation>Der Endpunkt des Jobs %1 ist nicht mehr im Katalog.</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>Kein Passwort für %1 auf %2 im Systemschlüsselbund (%3). Speichern Sie es mit „lifeboat-cli endpoint login --remember-password“.</translation>
    </message>
    <message>
        <source>Job %1 failed; retry %2 of %3 in %4 s.</source>
        <translation>Job %1 fehlgeschlagen; Wiederholung %2 von %3 in %4 s.</translation>
    </message>
    <message>
        <source>The job was stopped before its retry.</source>
        <translation>Der Job wurde vor seiner Wiederholung angehalten.</translation>
    </message>
    <message>
        <source>Scheduling needs the catalog.</source>
        <translation>Die Zeitplanung benötigt den Katalog.</translation>
    </message>
    <message>
        <source>Job %1 could not start: %2</source>
        <translation>Job %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Job %1 starting: %2</source>
        <translation>Job %1 wird gestartet: %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2 (session %3).</source>
        <translation>Job %1 beendet: %2 (Sitzung %3).</translation>
    </message>
    <message>
        <source>Job %1 did not run: %2</source>
        <translation>Job %1 wurde nicht ausgeführt: %2</translation>
    </message>
    <message>
        <source>Mail needs the catalog.</source>
        <translation>Der E-Mail-Versand benötigt den Katalog.</translation>
    </message>
    <message>
        <source>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</source>
        <translation>Es ist kein Mailserver eingerichtet; siehe „lifeboat-cli notify set“.</translation>
    </message>
    <message>
        <source>No password for the mail account %1 in the keychain: %2</source>
        <translation>Kein Passwort für das E-Mail-Konto %1 im Schlüsselbund: %2</translation>
    </message>
    <message>
        <source>[Lifeboat] %1: job %2</source>
        <translation>[Lifeboat] %1: Job %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Job %1 beendet: %2.</translation>
    </message>
    <message>
        <source>Started %1, finished %2 (UTC).</source>
        <translation>Gestartet: %1, beendet: %2 (UTC).</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>Wiederherstellungspunkt %1</translation>
    </message>
    <message>
        <source>Warnings and errors:</source>
        <translation>Warnungen und Fehler:</translation>
    </message>
    <message>
        <source>Report e-mailed to %1.</source>
        <translation>Bericht per E-Mail an %1 gesendet.</translation>
    </message>
    <message>
        <source>The report could not be e-mailed: %1</source>
        <translation>Der Bericht konnte nicht per E-Mail gesendet werden: %1</translation>
    </message>
    <message>
        <source>The job %1 is running already (session %2, in another process).</source>
        <translation>Der Job %1 läuft bereits (Sitzung %2, in einem anderen Prozess).</translation>
    </message>
    <message>
        <source>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</source>
        <translation>Der Job %1 der Organisation %2 sichert VMs auf %3, das nicht mehr mit seinem Cloud Director verknüpft ist („lifeboat-cli vcd vcenter link“).</translation>
    </message>
    <message>
        <source>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</source>
        <translation>Die VMs der Organisation konnten nicht erneut aus Cloud Director gelesen werden (%1); der Lauf verwendet die der letzten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>lifeboat::apps::DatabaseItems</name>
    <message>
        <source>%1 items are not available in this version.</source>
        <translation>%1-Elemente sind in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <source>Unknown item kind %1; known: %2.</source>
        <translation>Unbekannte Elementart %1; bekannt sind: %2.</translation>
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
    <message>
        <source>Cannot save the endpoint %1 in the catalog: %2</source>
        <translation>Der Endpunkt %1 kann nicht im Katalog gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Die Einstellung %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Die Einstellung %1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
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
    <message>
        <source>Repository folder.</source>
        <translation>Repository-Ordner.</translation>
    </message>
    <message>
        <source>Read the repository password from the first line of standard input.</source>
        <translation>Das Repository-Passwort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Read the repository password from a file.</source>
        <translation>Das Repository-Passwort aus einer Datei lesen.</translation>
    </message>
    <message>
        <source>Create an unencrypted repository (repo init).</source>
        <translation>Ein unverschlüsseltes Repository anlegen (repo init).</translation>
    </message>
    <message>
        <source>Chunk size in bytes (repo init).</source>
        <translation>Chunk-Größe in Byte (repo init).</translation>
    </message>
    <message>
        <source>zstd level (repo init).</source>
        <translation>zstd-Stufe (repo init).</translation>
    </message>
    <message>
        <source>VM name recorded in the restore point.</source>
        <translation>Im Wiederherstellungspunkt vermerkter VM-Name.</translation>
    </message>
    <message>
        <source>Disk name within the restore point.</source>
        <translation>Name der Festplatte im Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>Restore point to back up incrementally from.</source>
        <translation>Wiederherstellungspunkt, auf dem die inkrementelle Sicherung aufbaut.</translation>
    </message>
    <message>
        <source>File of changed areas, one &quot;offset length&quot; per line.</source>
        <translation>Datei mit geänderten Bereichen, je Zeile ein „Offset Länge“.</translation>
    </message>
    <message>
        <source>Replace an existing target file.</source>
        <translation>Eine vorhandene Zieldatei ersetzen.</translation>
    </message>
    <message>
        <source>Fraction of the data to verify, 0 to 1 (default 1).</source>
        <translation>Zu prüfender Anteil der Daten, 0 bis 1 (Standard: 1).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker-Threads (Standard: einer pro Kern).</translation>
    </message>
    <message>
        <source>Prune: keep the newest N restore points per VM.</source>
        <translation>Bereinigen: die neuesten N Wiederherstellungspunkte je VM behalten.</translation>
    </message>
    <message>
        <source>Prune: keep one per day for N days.</source>
        <translation>Bereinigen: N Tage lang einen pro Tag behalten.</translation>
    </message>
    <message>
        <source>Prune: keep one per week for N weeks.</source>
        <translation>Bereinigen: N Wochen lang einen pro Woche behalten.</translation>
    </message>
    <message>
        <source>Prune: keep one per month for N months.</source>
        <translation>Bereinigen: N Monate lang einen pro Monat behalten.</translation>
    </message>
    <message>
        <source>Prune: keep one per year for N years.</source>
        <translation>Bereinigen: N Jahre lang einen pro Jahr behalten.</translation>
    </message>
    <message>
        <source>Prune: only show what would be deleted.</source>
        <translation>Bereinigen: nur anzeigen, was gelöscht würde.</translation>
    </message>
    <message>
        <source>Seconds to wait for a busy repository (default 0).</source>
        <translation>Sekunden, die auf ein belegtes Repository gewartet wird (Standard: 0).</translation>
    </message>
    <message>
        <source>Immutable until this date (ISO 8601).</source>
        <translation>Unveränderlich bis zu diesem Datum (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</source>
        <translation>Ein Repository-Passwort ist erforderlich: Verwenden Sie --password-stdin, --password-file oder $LIFEBOAT_REPO_PASSWORD (oder --no-encryption, um ein unverschlüsseltes Repository anzulegen).</translation>
    </message>
    <message>
        <source>Cannot read the changed-block file %1.</source>
        <translation>Die Datei der geänderten Blöcke %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;offset length&quot; in bytes.</source>
        <translation>%1, Zeile %2: „Offset Länge“ in Byte erwartet.</translation>
    </message>
    <message>
        <source>--repo PATH is required.</source>
        <translation>--repo PFAD ist erforderlich.</translation>
    </message>
    <message>
        <source>Created an unencrypted repository in %1.</source>
        <translation>Unverschlüsseltes Repository in %1 angelegt.</translation>
    </message>
    <message>
        <source>Created an encrypted repository in %1.</source>
        <translation>Verschlüsseltes Repository in %1 angelegt.</translation>
    </message>
    <message>
        <source>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</source>
        <translation>%1 Chunks (%2 Byte) in %3 Pack-Dateien und %4 Wiederherstellungspunkten geprüft.</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>beschädigter Chunk %1</translation>
    </message>
    <message>
        <source>restore point %1, disk %2, offset %3: %4</source>
        <translation>Wiederherstellungspunkt %1, Festplatte %2, Offset %3: %4</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Keine Schäden gefunden.</translation>
    </message>
    <message>
        <source>The repository is damaged.</source>
        <translation>Das Repository ist beschädigt.</translation>
    </message>
    <message>
        <source>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</source>
        <translation>repo cat erwartet „config“ oder „restore-point ID“.</translation>
    </message>
    <message>
        <source>repo backup-image needs --vm NAME and an IMAGE file.</source>
        <translation>repo backup-image erwartet --vm NAME und eine ABBILD-Datei.</translation>
    </message>
    <message>
        <source>--changed-blocks needs --previous ID: changes are relative to it.</source>
        <translation>--changed-blocks erfordert --previous ID: Die Änderungen beziehen sich darauf.</translation>
    </message>
    <message>
        <source>The previous restore point has no disk %1.</source>
        <translation>Der vorherige Wiederherstellungspunkt hat keine Festplatte %1.</translation>
    </message>
    <message>
        <source>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</source>
        <translation>Wiederherstellungspunkt %1: %2 Byte gelesen, %3 neue Byte in %4 s gespeichert.</translation>
    </message>
    <message>
        <source>repo restore-image needs a restore point ID and --to FILE.</source>
        <translation>repo restore-image erwartet die ID eines Wiederherstellungspunkts und --to DATEI.</translation>
    </message>
    <message>
        <source>Restored disk %1 to %2 in %3 s.</source>
        <translation>Festplatte %1 in %3 s nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>would forget %1</source>
        <translation>würde verworfen: %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>verworfen: %1</translation>
    </message>
    <message>
        <source>kept %1: immutable</source>
        <translation>behalten: %1 (unveränderlich)</translation>
    </message>
    <message>
        <source>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</source>
        <translation>%1 Wiederherstellungspunkte behalten, %2 Pack-Dateien gelöscht, %3 neu geschrieben, %4 Byte freigegeben.</translation>
    </message>
    <message>
        <source>repo forget needs a restore point ID.</source>
        <translation>repo forget erwartet die ID eines Wiederherstellungspunkts.</translation>
    </message>
    <message>
        <source>Forgot restore point %1; &apos;repo prune&apos; frees its data.</source>
        <translation>Wiederherstellungspunkt %1 verworfen; „repo prune“ gibt seine Daten frei.</translation>
    </message>
    <message>
        <source>repo immutable needs a restore point ID and --until DATE (ISO 8601).</source>
        <translation>repo immutable erwartet die ID eines Wiederherstellungspunkts und --until DATUM (ISO 8601).</translation>
    </message>
    <message>
        <source>Restore point %1 is immutable until %2.</source>
        <translation>Wiederherstellungspunkt %1 ist bis %2 unveränderlich.</translation>
    </message>
    <message>
        <source>error: no repo command given</source>
        <translation>Fehler: kein repo-Befehl angegeben</translation>
    </message>
    <message>
        <source>error: unknown command &apos;repo %1&apos;</source>
        <translation>Fehler: unbekannter Befehl „repo %1“</translation>
    </message>
    <message>
        <source>Private key for an sftp:// repository.</source>
        <translation>Privater Schlüssel für ein sftp://-Repository.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s pinned host key (SHA256:...).</source>
        <translation>Erwarteter Hostschlüssel des SFTP-Servers (SHA256:...).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Keep the repository password in the system keychain.</source>
        <translation>Das Repository-Passwort im Systemschlüsselbund behalten.</translation>
    </message>
    <message>
        <source>The repository was created, but its password could not be kept in the keychain: %1</source>
        <translation>Das Repository wurde angelegt, aber sein Passwort konnte nicht im Schlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the password of %1.</source>
        <translation>Der Schlüsselbund enthält das Passwort von %1 nicht mehr.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli repo COMMAND --repo PATH [options] [--json]

Commands:
  init [--no-encryption] [--chunk-size BYTES] [--compression-level N]
                     create a repository (encrypted unless --no-encryption)
  info               format, sizes and counts
  list               restore points
  verify [--sample FRACTION]
                     read and check stored data; exit 1 if anything is damaged
  cat config|restore-point ID
                     print a repository object as JSON
  backup-image --vm NAME --disk NAME IMAGE [--previous ID [--changed-blocks FILE]]
                     store a disk image as a new restore point
  restore-image ID --disk NAME --to FILE [--overwrite]
                     write a disk of a restore point to a file (sparse)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     forget restore points outside the policy and delete their data
  forget ID          delete one restore point (its data goes at the next prune)
  immutable ID --until DATE
                     protect a restore point from deletion until DATE
  forget-password    remove the repository&apos;s password from the system keychain

Operations wait up to --lock-wait SECONDS for a busy repository.
The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_REPO_PASSWORD, or the
system keychain, where --remember-password puts it.
--repo sftp://user@host:port/path stores the repository over SFTP: --sftp-key FILE (or
$LIFEBOAT_SFTP_PASSWORD) logs in, --sftp-host-key SHA256:... pins the server&apos;s key.
</source>
        <translation>Aufruf: lifeboat-cli repo BEFEHL --repo PFAD [Optionen] [--json]

Befehle:
  init [--no-encryption] [--chunk-size BYTES] [--compression-level N]
                     Repository anlegen (verschlüsselt, außer mit --no-encryption)
  info               Format, Größen und Anzahlen
  list               Wiederherstellungspunkte
  verify [--sample ANTEIL]
                     gespeicherte Daten lesen und prüfen; Exit-Code 1, wenn etwas beschädigt ist
  cat config|restore-point ID
                     ein Repository-Objekt als JSON ausgeben
  backup-image --vm NAME --disk NAME ABBILD [--previous ID [--changed-blocks DATEI]]
                     ein Festplattenabbild als neuen Wiederherstellungspunkt speichern
  restore-image ID --disk NAME --to DATEI [--overwrite]
                     eine Festplatte eines Wiederherstellungspunkts in eine Datei schreiben (Sparse-Datei)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     Wiederherstellungspunkte außerhalb der Richtlinie verwerfen und ihre Daten löschen
  forget ID          einen Wiederherstellungspunkt löschen (seine Daten entfernt die nächste Bereinigung)
  immutable ID --until DATUM
                     einen Wiederherstellungspunkt bis DATUM vor dem Löschen schützen
  forget-password    das Passwort des Repositorys aus dem Systemschlüsselbund entfernen

Vorgänge warten bis zu --lock-wait SEKUNDEN auf ein belegtes Repository.

Das Passwort stammt aus --password-stdin, --password-file DATEI, $LIFEBOAT_REPO_PASSWORD oder dem
Systemschlüsselbund, in den --remember-password es legt.
--repo sftp://user@host:port/path speichert das Repository per SFTP: Anmeldung mit --sftp-key DATEI
(oder $LIFEBOAT_SFTP_PASSWORD), --sftp-host-key SHA256:... legt den erwarteten Serverschlüssel fest.
</translation>
    </message>
    <message>
        <source>User name: DOMAIN\user, user@domain or user.</source>
        <translation>Benutzername: DOMAIN\user, user@domain oder user.</translation>
    </message>
    <message>
        <source>Display name of an endpoint.</source>
        <translation>Anzeigename eines Endpunkts.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 thumbprint.</source>
        <translation>Dem Serverzertifikat mit diesem SHA-256-Fingerabdruck vertrauen.</translation>
    </message>
    <message>
        <source>This command needs the catalog.</source>
        <translation>Dieser Befehl benötigt den Katalog.</translation>
    </message>
    <message>
        <source>endpoint add needs the endpoint&apos;s URL.</source>
        <translation>endpoint add erwartet die URL des Endpunkts.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --trust THUMBPRINT.</source>
        <translation>Wenn der Fingerabdruck stimmt, führen Sie den Befehl erneut mit --trust FINGERABDRUCK aus.</translation>
    </message>
    <message>
        <source>Added %1 (%2, API %3).</source>
        <translation>%1 hinzugefügt (%2, API %3).</translation>
    </message>
    <message>
        <source>endpoint trust needs a URL and a SHA-256 thumbprint.</source>
        <translation>endpoint trust erwartet eine URL und einen SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 ist nicht im Katalog; fügen Sie den Endpunkt mit „lifeboat-cli endpoint add“ hinzu.</translation>
    </message>
    <message>
        <source>%1 is trusted with the certificate %2.</source>
        <translation>%1 gilt mit dem Zertifikat %2 als vertrauenswürdig.</translation>
    </message>
    <message>
        <source>certificate verified by CA</source>
        <translation>Zertifikat von einer CA bestätigt</translation>
    </message>
    <message>
        <source>certificate pinned %1</source>
        <translation>Zertifikat festgelegt auf %1</translation>
    </message>
    <message>
        <source>endpoint login needs a URL and --user NAME.</source>
        <translation>endpoint login erwartet eine URL und --user NAME.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</source>
        <translation>Ein Passwort ist erforderlich: Verwenden Sie --password-stdin, --password-file oder $LIFEBOAT_ENDPOINT_PASSWORD.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>error: no endpoint command given</source>
        <translation>Fehler: kein endpoint-Befehl angegeben</translation>
    </message>
    <message>
        <source>error: unknown command &apos;endpoint %1&apos;</source>
        <translation>Fehler: unbekannter Befehl „endpoint %1“</translation>
    </message>
    <message>
        <source>Endpoint URL or id.</source>
        <translation>URL oder ID des Endpunkts.</translation>
    </message>
    <message>
        <source>VMs of a job, by moref, comma-separated.</source>
        <translation>VMs eines Jobs, als moref, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Job: do not use changed-block tracking (read whole disks).</source>
        <translation>Job: kein Changed Block Tracking verwenden (ganze Festplatten lesen).</translation>
    </message>
    <message>
        <source>Job: quiesce the guest for snapshots.</source>
        <translation>Job: das Gastbetriebssystem für Snapshots stilllegen.</translation>
    </message>
    <message>
        <source>Job: leave out a VM&apos;s disk (repeatable).</source>
        <translation>Job: eine Festplatte einer VM auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Job description.</source>
        <translation>Beschreibung des Jobs.</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>ID der Sitzung.</translation>
    </message>
    <message>
        <source>Job name or id.</source>
        <translation>Name oder ID des Jobs.</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>Höchstens so viele Einträge.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>Kein Passwort für %1 auf %2: Setzen Sie $LIFEBOAT_ENDPOINT_PASSWORD oder speichern Sie es mit „lifeboat-cli endpoint login --remember-password“.</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n Festplatte</numerusform>
            <numerusform>%n Festplatten</numerusform>
        </translation>
    </message>
    <message>
        <source>job create needs NAME, --endpoint, --user, --repo and --objects.</source>
        <translation>job create erwartet NAME, --endpoint, --user, --repo und --objects.</translation>
    </message>
    <message>
        <source>--keep-last needs a number of at least 1.</source>
        <translation>--keep-last erwartet eine Zahl von mindestens 1.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Jobs können noch nicht in SFTP-Repositorys schreiben; verwenden Sie einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 ist kein Lifeboat-Repository: %2</translation>
    </message>
    <message>
        <source>Job %1 created (id %2).</source>
        <translation>Job %1 angelegt (ID %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Job %1 gelöscht.</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Sitzung %1 von %2: %3</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>Der Job %1 ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>No VM failed in session %1; nothing to retry.</source>
        <translation>In Sitzung %1 ist keine VM fehlgeschlagen; es gibt nichts zu wiederholen.</translation>
    </message>
    <message>
        <source>Stopping; removing snapshots first...</source>
        <translation>Wird angehalten; zuerst werden die Snapshots entfernt...</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sitzung %1</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Job %1, Sitzung %2</translation>
    </message>
    <message>
        <source>Result: %1. Started %2, finished %3. Read %4, stored %5.</source>
        <translation>Ergebnis: %1. Beginn %2, Ende %3. Gelesen: %4, gespeichert: %5.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>session export needs ID, --format csv|html and --to FILE.</source>
        <translation>session export erwartet ID, --format csv|html und --to FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Sitzung %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Job: leave out a VM of its containers (repeatable).</source>
        <translation>Job: eine VM aus ihren Containern auslassen (wiederholbar).</translation>
    </message>
    <message>
        <source>Job: when it runs by itself.</source>
        <translation>Job: wann er von selbst läuft.</translation>
    </message>
    <message>
        <source>Job: retries of failed VMs.</source>
        <translation>Job: Wiederholungen für fehlgeschlagene VMs.</translation>
    </message>
    <message>
        <source>Job: seconds between retries.</source>
        <translation>Job: Sekunden zwischen den Wiederholungen.</translation>
    </message>
    <message>
        <source>Job: use changed-block tracking (the default).</source>
        <translation>Job: Changed Block Tracking verwenden (Standard).</translation>
    </message>
    <message>
        <source>Serve: seconds between looks at the schedule.</source>
        <translation>Dienst: Sekunden zwischen zwei Prüfungen des Zeitplans.</translation>
    </message>
    <message>
        <source>Tenant add: the account is an administrator.</source>
        <translation>Mandant hinzufügen: Das Konto ist ein Administrator.</translation>
    </message>
    <message>
        <source>Tenant add: what the account may see (repeatable).</source>
        <translation>Mandant hinzufügen: was das Konto sehen darf (wiederholbar).</translation>
    </message>
    <message>
        <source>Tenant add: repository quota in bytes.</source>
        <translation>Mandant hinzufügen: Repository-Kontingent in Byte.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries erwartet eine Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>--retry-wait needs a number of seconds.</source>
        <translation>--retry-wait erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Ein Job kann nicht nach sich selbst laufen.</translation>
    </message>
    <message>
        <source>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</source>
        <translation>%1 hat keine VM und keinen Container %2, den %3 sichern darf; siehe „lifeboat-cli inventory“.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 ist vom Typ %2, den ein Job nicht sichern kann.</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Job %1 gespeichert.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Job %1 aktiviert.</translation>
    </message>
    <message>
        <source>Job %1 disabled: the scheduler leaves it alone.</source>
        <translation>Job %1 deaktiviert: Der Zeitplaner startet ihn nicht mehr.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>Der Job %1 läuft nicht.</translation>
    </message>
    <message>
        <source>Stop requested; the run removes its snapshot and ends within seconds.</source>
        <translation>Anhalten angefordert; die Ausführung entfernt ihren Snapshot und endet in wenigen Sekunden.</translation>
    </message>
    <message>
        <source>--tick needs a number of seconds.</source>
        <translation>--tick erwartet eine Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</source>
        <translation>Lifeboat führt geplante Jobs aus; Strg+C oder SIGTERM hält es an.</translation>
    </message>
    <message>
        <source>Stopping: running jobs remove their snapshots first.</source>
        <translation>Wird angehalten: Laufende Jobs entfernen zuerst ihre Snapshots.</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>Engpass: %1</translation>
    </message>
    <message>
        <source>tenant add needs the ACCOUNT, as the endpoint signs it in.</source>
        <translation>tenant add erwartet das Konto ACCOUNT in der Form, in der der Endpunkt es anmeldet.</translation>
    </message>
    <message>
        <source>--quota needs a number of bytes.</source>
        <translation>--quota erwartet eine Anzahl Byte.</translation>
    </message>
    <message>
        <source>--scope needs --endpoint URL: morefs belong to one endpoint.</source>
        <translation>--scope erfordert --endpoint URL: MoRefs gehören zu einem bestimmten Endpunkt.</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</source>
        <translation>Fügen Sie zuerst ein Administratorkonto hinzu (tenant add ACCOUNT --admin): Sobald Konten existieren, werden nicht aufgeführte Konten abgewiesen.</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 ist Administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a tenant with %n scope(s).</source>
        <translation>
            <numerusform>%1 ist ein Mandant mit %n Bereich.</numerusform>
            <numerusform>%1 ist ein Mandant mit %n Bereichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job: the guest account for guest processing.</source>
        <translation>Job: das Gastkonto für die Gastverarbeitung.</translation>
    </message>
    <message>
        <source>Job: private key of the guest account.</source>
        <translation>Job: privater Schlüssel des Gastkontos.</translation>
    </message>
    <message>
        <source>Job: command run in the guest before the snapshot.</source>
        <translation>Job: Befehl, der vor dem Snapshot im Gast ausgeführt wird.</translation>
    </message>
    <message>
        <source>Job: command run in the guest after the snapshot.</source>
        <translation>Job: Befehl, der nach dem Snapshot im Gast ausgeführt wird.</translation>
    </message>
    <message>
        <source>Job: SSH address of a VM&apos;s guest (repeatable).</source>
        <translation>Job: SSH-Adresse des Gasts einer VM (wiederholbar).</translation>
    </message>
    <message>
        <source>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</source>
        <translation>Job: erwarteter SSH-Hostschlüssel des Gasts einer VM (wiederholbar).</translation>
    </message>
    <message>
        <source>Job: a failing pre-freeze script fails the VM or is ignored.</source>
        <translation>Job: ein fehlschlagendes Pre-Freeze-Skript lässt die VM fehlschlagen oder wird ignoriert.</translation>
    </message>
    <message>
        <source>Job: turn guest processing off.</source>
        <translation>Job: Gastverarbeitung ausschalten.</translation>
    </message>
    <message>
        <source>--guest-errors takes fail or ignore.</source>
        <translation>--guest-errors erwartet fail oder ignore.</translation>
    </message>
    <message>
        <source>--%1 takes MOREF=VALUE.</source>
        <translation>--%1 erwartet MOREF=VALUE.</translation>
    </message>
    <message>
        <source>Guest processing needs --guest-user NAME.</source>
        <translation>Die Gastverarbeitung benötigt --guest-user NAME.</translation>
    </message>
    <message>
        <source>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore-point-Befehle brauchen --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>restore-point download needs the ID, --disk NAME and --to FILE.</source>
        <translation>restore-point download braucht die ID, --disk NAME und --to FILE.</translation>
    </message>
    <message>
        <source>Unknown restore-point command %1.</source>
        <translation>Unbekannter restore-point-Befehl %1.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt %1, den %2 wiederherstellen darf.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Nach %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</source>
        <translation>Ziel: die Datei einer Wiederherstellung oder eines Exports oder die Adresse einer Testnachricht.</translation>
    </message>
    <message>
        <source>Job: e-mail the run&apos;s report here (repeatable).</source>
        <translation>Job: den Bericht des Laufs per E-Mail an diese Adresse senden (wiederholbar).</translation>
    </message>
    <message>
        <source>Job: which runs are reported.</source>
        <translation>Job: für welche Läufe ein Bericht gesendet wird.</translation>
    </message>
    <message>
        <source>Notify set: the mail server.</source>
        <translation>Benachrichtigung einrichten: der Mailserver.</translation>
    </message>
    <message>
        <source>Notify set: its port (default 587).</source>
        <translation>Benachrichtigung einrichten: sein Port (Standard 587).</translation>
    </message>
    <message>
        <source>Notify set: none, starttls or tls.</source>
        <translation>Benachrichtigung einrichten: none, starttls oder tls.</translation>
    </message>
    <message>
        <source>Notify set: the sender address.</source>
        <translation>Benachrichtigung einrichten: die Absenderadresse.</translation>
    </message>
    <message>
        <source>Notify set: the mail account.</source>
        <translation>Benachrichtigung einrichten: das E-Mail-Konto.</translation>
    </message>
    <message>
        <source>Inventory: the last one read, without connecting.</source>
        <translation>Inventar: das zuletzt gelesene, ohne Verbindung zum Endpunkt.</translation>
    </message>
    <message>
        <source>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</source>
        <translation>Auf diesem Computer sind Konten eingerichtet: Melden Sie sich mit --user NAME an, um das Inventar zu sehen.</translation>
    </message>
    <message>
        <source>inventory needs --endpoint URL and --user NAME (or --cached).</source>
        <translation>inventory erwartet --endpoint URL und --user NAME (oder --cached).</translation>
    </message>
    <message>
        <source>--notify-on takes failure, warning or always.</source>
        <translation>--notify-on erwartet failure, warning oder always.</translation>
    </message>
    <message>
        <source>Mail server %1 saved.</source>
        <translation>Mailserver %1 gespeichert.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Testnachricht</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat kann Berichte über diesen Mailserver senden.</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Testnachricht gesendet.</translation>
    </message>
    <message>
        <source>notify takes set, show or test.</source>
        <translation>notify erwartet set, show oder test.</translation>
    </message>
    <message>
        <source>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</source>
        <translation>--scope erwartet KIND:MOREF, wobei KIND folder, resource-pool, vapp oder vm ist, oder tag:NAME.</translation>
    </message>
    <message>
        <source>Job: index the guest files of each restore point for search.</source>
        <translation>Job: die Gastdateien jedes Wiederherstellungspunkts für die Suche indizieren.</translation>
    </message>
    <message>
        <source>Job: turn guest file indexing off.</source>
        <translation>Job: Indizierung der Gastdateien ausschalten.</translation>
    </message>
    <message>
        <source>Export format: csv or html (sessions), csv or json (audit).</source>
        <translation>Exportformat: csv oder html (Sitzungen), csv oder json (Audit-Protokoll).</translation>
    </message>
    <message>
        <source>Restore: keep (beside the original) or overwrite.</source>
        <translation>Wiederherstellung: keep (neben dem Original) oder overwrite.</translation>
    </message>
    <message>
        <source>Restore: power the VM on afterwards.</source>
        <translation>Wiederherstellung: die VM anschließend einschalten.</translation>
    </message>
    <message>
        <source>Restore: name of the VM made by keep.</source>
        <translation>Wiederherstellung: Name der VM, die keep anlegt.</translation>
    </message>
    <message>
        <source>Files: the guest volume, DISK:PARTITION.</source>
        <translation>Dateien: das Volume des Gasts, DISK:PARTITION.</translation>
    </message>
    <message>
        <source>Files search: only below this guest folder.</source>
        <translation>Dateisuche: nur unterhalb dieses Ordners im Gast.</translation>
    </message>
    <message>
        <source>Files search: at least this many bytes.</source>
        <translation>Dateisuche: mindestens so viele Byte.</translation>
    </message>
    <message>
        <source>Files search: at most this many bytes.</source>
        <translation>Dateisuche: höchstens so viele Byte.</translation>
    </message>
    <message>
        <source>Files search: modified at or after this date.</source>
        <translation>Dateisuche: an oder nach diesem Datum geändert.</translation>
    </message>
    <message>
        <source>Files search: modified at or before this date.</source>
        <translation>Dateisuche: an oder vor diesem Datum geändert.</translation>
    </message>
    <message>
        <source>Files search: only in this restore point.</source>
        <translation>Dateisuche: nur in diesem Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>Files index: every restore point.</source>
        <translation>Dateiindex: alle Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>Restore files: into this running guest over SSH.</source>
        <translation>Dateien wiederherstellen: über SSH in diesen laufenden Gast.</translation>
    </message>
    <message>
        <source>Restore files: the folder that is the guest&apos;s / (default /).</source>
        <translation>Dateien wiederherstellen: der Ordner, der im Gast / entspricht (Standard /).</translation>
    </message>
    <message>
        <source>Audit export: restores since this date.</source>
        <translation>Audit-Export: Wiederherstellungen seit diesem Datum.</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3</source>
        <translation>Sitzung %1 (%2): %3</translation>
    </message>
    <message>
        <source>There is no restore point of %1 that you may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt von %1, den Sie wiederherstellen dürfen.</translation>
    </message>
    <message>
        <source>restore vm needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vm braucht --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>restore vm needs a restore point ID or --vm NAME (its newest one).</source>
        <translation>restore vm braucht die ID eines Wiederherstellungspunkts oder --vm NAME (dessen neuesten).</translation>
    </message>
    <message>
        <source>--mode is keep or overwrite.</source>
        <translation>--mode ist keep oder overwrite.</translation>
    </message>
    <message>
        <source>Stopping the restore...</source>
        <translation>Die Wiederherstellung wird angehalten...</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>Wiederherstellung: %1%</translation>
    </message>
    <message>
        <source>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files ls braucht die ID des Wiederherstellungspunkts, --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files index braucht die ID eines Wiederherstellungspunkts oder --all, --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 new or changed</source>
        <translation>%1 (%2): %3 Einträge, %4 neu oder geändert</translation>
    </message>
    <message>
        <source>--%1 needs a number of bytes.</source>
        <translation>--%1 erwartet eine Anzahl Byte.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--%1 erwartet ein Datum oder eine Uhrzeit in ISO 8601, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>files search needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files search braucht --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>restore files needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore files braucht --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>audit export writes csv or json.</source>
        <translation>audit export schreibt csv oder json.</translation>
    </message>
    <message>
        <source>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--since erwartet ein Datum oder eine Uhrzeit in ISO 8601, z. B. 2026-11-01.</translation>
    </message>
    <message>
        <source>Job: dump these databases into each restore point.</source>
        <translation>Job: Dumps dieser Datenbanken in jeden Wiederherstellungspunkt aufnehmen.</translation>
    </message>
    <message>
        <source>Job: environment of the database commands in the guest.</source>
        <translation>Job: Umgebung der Datenbankbefehle im Gast.</translation>
    </message>
    <message>
        <source>Restore item: under this database name.</source>
        <translation>Element wiederherstellen: unter diesem Datenbanknamen.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli COMMAND [options] [--json]

Commands:
  inventory --endpoint URL --user NAME | --cached
                     the VMs of an endpoint, with their disks (the catalog keeps the last one read)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     a backup job (the VMs are checked against the endpoint&apos;s inventory)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      stop a run, also one another process is doing
  serve [--tick SECONDS]
                     run scheduled jobs until stopped (SIGTERM/Ctrl-C); missed runs are recorded
  job list           the jobs
  job show NAME      one job&apos;s definition
  job run NAME       run a job now and wait for it (Ctrl-C stops it gracefully)
  job retry NAME [--session ID]
                     run the job again for the VMs that failed in its last (or the given) session
  job delete NAME    delete a job (its sessions and restore points stay)
  session list [--job NAME] [--limit N]
  session show ID    a session&apos;s VMs and log
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     let an account use Lifeboat: an administrator sees everything, a tenant only
                     the VMs in its scope (KIND: folder, resource-pool, vapp, vm, tag). Until the first
                     account is added, whoever the endpoint signs in is an administrator.
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     the mail server for job reports (jobs: --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     the restore points the signed-in account may see, and a disk of one as a file

Guest processing runs the pre-freeze script over SSH before the snapshot and the post-thaw script right
after it; the guest&apos;s password (without --guest-key) comes from $LIFEBOAT_GUEST_PASSWORD or the keychain.
Passwords: the endpoint&apos;s from $LIFEBOAT_ENDPOINT_PASSWORD or the keychain (see endpoint login
--remember-password); the repository&apos;s from --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD or
the keychain (see repo --remember-password).
</source>
        <translation>Aufruf: lifeboat-cli BEFEHL [Optionen] [--json]

Befehle:
  inventory --endpoint URL --user NAME | --cached
                     die VMs eines Endpunkts mit ihren Festplatten (der Katalog behält das zuletzt gelesene Inventar)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     einen Sicherungsjob anlegen (die VMs werden mit dem Inventar des Endpunkts abgeglichen)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      eine Ausführung anhalten, auch wenn ein anderer Prozess sie durchführt
  serve [--tick SECONDS]
                     geplante Jobs ausführen, bis Lifeboat angehalten wird (SIGTERM/Strg+C); verpasste Läufe werden protokolliert
  job list           die Jobs
  job show NAME      die Definition eines Jobs
  job run NAME       einen Job jetzt ausführen und auf ihn warten (Strg+C hält ihn geordnet an)
  job retry NAME [--session ID]
                     den Job erneut für die VMs ausführen, die in seiner letzten (oder der angegebenen) Sitzung fehlgeschlagen sind
  job delete NAME    einen Job löschen (seine Sitzungen und Wiederherstellungspunkte bleiben erhalten)
  session list [--job NAME] [--limit N]
  session show ID    die VMs und das Protokoll einer Sitzung
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     einem Konto die Nutzung von Lifeboat erlauben: Ein Administrator sieht alles, ein Mandant
                     nur die VMs in seinem Bereich (KIND: folder, resource-pool, vapp, vm, tag). Bis das erste
                     Konto hinzugefügt ist, ist jeder, den der Endpunkt anmeldet, Administrator.
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     der Mailserver für Job-Berichte (Jobs: --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     die Wiederherstellungspunkte, die das angemeldete Konto sehen darf, und eine Festplatte daraus als Datei

Die Gastverarbeitung führt das Pre-Freeze-Skript vor dem Snapshot über SSH aus und das Post-Thaw-Skript direkt
danach; das Passwort des Gasts (ohne --guest-key) stammt aus $LIFEBOAT_GUEST_PASSWORD oder dem Schlüsselbund.
Passwörter: das des Endpunkts aus $LIFEBOAT_ENDPOINT_PASSWORD oder dem Schlüsselbund (siehe endpoint login
--remember-password); das des Repositorys aus --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD oder
dem Schlüsselbund (siehe repo --remember-password).
</translation>
    </message>
    <message>
        <source>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>--item-env erwartet durch Leerzeichen getrennte Zuweisungen NAME=value, ohne Anführungszeichen oder Shell-Syntax.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: add --guest-user NAME.</source>
        <translation>Datenbankelemente werden über die Gastverarbeitung gelesen: Geben Sie --guest-user NAME an.</translation>
    </message>
    <message>
        <source>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>items list braucht die ID des Wiederherstellungspunkts, --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</source>
        <translation>Eine Wiederherstellung in einen Gast braucht --guest HOST[:PORT], --guest-user NAME und --guest-key FILE oder $LIFEBOAT_GUEST_PASSWORD.</translation>
    </message>
    <message>
        <source>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</source>
        <translation>restore item braucht die ID des Wiederherstellungspunkts, das Element und entweder --guest HOST oder --to FILE.</translation>
    </message>
    <message>
        <source>restore item needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore item braucht --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>Restore files: into this new .zip file.</source>
        <translation>Dateien wiederherstellen: in diese neue .zip-Datei.</translation>
    </message>
    <message>
        <source>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</source>
        <translation>restore files braucht die ID des Wiederherstellungspunkts, Pfade im Gast und eine der Optionen --to FOLDER, --zip FILE oder --guest HOST.</translation>
    </message>
    <message>
        <source>Restore VM: into this folder (moref).</source>
        <translation>VM wiederherstellen: in diesen Ordner (moref).</translation>
    </message>
    <message>
        <source>Restore VM: into this resource pool or vApp (moref).</source>
        <translation>VM wiederherstellen: in diesen Ressourcenpool oder diese vApp (moref).</translation>
    </message>
    <message>
        <source>Restore VM: onto this datastore.</source>
        <translation>VM wiederherstellen: auf diesen Datenspeicher.</translation>
    </message>
    <message>
        <source>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vapp braucht die vApp (Name oder moref), --endpoint URL, --user NAME und --repo PATH.</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1</source>
        <translation>Nicht wiederhergestellt, kein Wiederherstellungspunkt: %1</translation>
    </message>
    <message>
        <source>Restore VM: onto this host (moref).</source>
        <translation>VM wiederherstellen: auf diesen Host (moref).</translation>
    </message>
    <message>
        <source>Restore commands (sign in with --endpoint URL --user NAME; --repo PATH):
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep: a new VM &lt;name&gt;_restored beside the original; overwrite: the VM&apos;s disks,
      CPUs and memory are replaced (it is powered off first)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:
      a new location (administrators)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      every member VM from its newest restore point
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      guest files, symlinks or folders into a local folder, with modes and times
  restore files ID PATH... --zip FILE   the same into a new .zip file
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      back to their place in the running guest over SFTP; keep puts a copy named
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; beside what exists (password: $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      the volumes of a restore point, or a folder of one
  files index ID|--all      add restore points to the guest file index
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME is a substring, or a glob with * ? [...]
  items list ID           the database items of a restore point
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      into the database server over SSH: keep creates &lt;database&gt;_restored (or
      --new-database), overwrite replaces the database; or the dump into a file
  audit export [--format csv|json] [--since DATE] [--to FILE]
</source>
        <translation>Wiederherstellungsbefehle (Anmeldung mit --endpoint URL --user NAME; --repo PATH):
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep: eine neue VM &lt;name&gt;_restored neben dem Original; overwrite: Festplatten,
      CPUs und Arbeitsspeicher der VM werden ersetzt (sie wird zuvor ausgeschaltet)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:
      ein neuer Speicherort (Administratoren)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      jede zugehörige VM aus ihrem neuesten Wiederherstellungspunkt
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      Dateien, symbolische Links oder Ordner des Gasts in einen lokalen Ordner, mit Berechtigungen und Zeitstempeln
  restore files ID PATH... --zip FILE   dasselbe in eine neue .zip-Datei
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      über SFTP zurück an ihren Ort im laufenden Gast; keep legt eine Kopie namens
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; neben das Vorhandene (Passwort: $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      die Volumes eines Wiederherstellungspunkts oder ein Ordner darin
  files index ID|--all      Wiederherstellungspunkte in den Index der Gastdateien aufnehmen
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME ist eine Teilzeichenfolge oder ein Glob-Muster mit * ? [...]
  items list ID           die Datenbankelemente eines Wiederherstellungspunkts
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      über SSH in den Datenbankserver: keep legt &lt;database&gt;_restored an (oder
      --new-database), overwrite ersetzt die Datenbank; oder der Dump in eine Datei
  audit export [--format csv|json] [--since DATE] [--to FILE]
</translation>
    </message>
    <message>
        <source>--new-database restores beside the original; it cannot be combined with --mode overwrite.</source>
        <translation>--new-database stellt neben dem Original wieder her; es kann nicht mit --mode overwrite kombiniert werden.</translation>
    </message>
    <message>
        <source>Several VMs are named %1; give the restore point ID instead (restore-point list).</source>
        <translation>Mehrere VMs heißen %1; geben Sie stattdessen die ID des Wiederherstellungspunkts an (restore-point list).</translation>
    </message>
    <message>
        <source>kiosk hash-password needs the password on --password-stdin.</source>
        <translation>kiosk hash-password erwartet das Passwort über --password-stdin.</translation>
    </message>
    <message>
        <source>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</source>
        <translation>PDF-Berichte werden in der Konsole exportiert (Registerkarte Jobs, Sitzungen exportieren …); lifeboat-cli schreibt csv oder html.</translation>
    </message>
    <message>
        <source>Cloud Director address.</source>
        <translation>Adresse von Cloud Director.</translation>
    </message>
    <message>
        <source>Records per query page, 1 to 128 (default 128).</source>
        <translation>Einträge pro Abfrageseite, 1 bis 128 (Standard 128).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 128.</source>
        <translation>--page-size muss eine Zahl von 1 bis 128 sein.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</source>
        <translation>Ein Passwort wird benötigt: Verwenden Sie --password-stdin, --password-file oder $LIFEBOAT_VCD_PASSWORD.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</source>
        <translation>Wenn der Fingerabdruck stimmt, führen Sie den Befehl erneut mit --thumbprint FINGERABDRUCK aus.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2@%3 (API %4).</source>
        <translation>Bei %1 als %2@%3 angemeldet (API %4).</translation>
    </message>
    <message>
        <source>VDC %1 (organization %2)</source>
        <translation>VDC %1 (Organisation %2)</translation>
    </message>
    <message>
        <source>vApp %1 (%2)</source>
        <translation>vApp %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1  %2  %3 on %4</source>
        <translation>VM %1  %2  %3 auf %4</translation>
    </message>
    <message>
        <source>(no moref)</source>
        <translation>(kein Moref)</translation>
    </message>
    <message>
        <source>(unknown vCenter)</source>
        <translation>(unbekanntes vCenter)</translation>
    </message>
    <message>
        <source>error: no vcd command given</source>
        <translation>Fehler: kein vcd-Befehl angegeben</translation>
    </message>
    <message>
        <source>error: unknown command &apos;vcd %1&apos;</source>
        <translation>Fehler: unbekannter Befehl „vcd %1“</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

Commands:
  version          print the version
  catalog info     show the catalog&apos;s location, schema and contents
  catalog migrate  open the catalog and upgrade its schema if needed
  repo ...         work with a repository (lifeboat-cli repo --help)
  endpoint ...     vCenter and ESXi endpoints (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director: a tenant&apos;s VDCs, vApps and VMs
  vcd org|vcenter  Cloud Director organizations and the vCenters behind them
  inventory, job ..., session ..., tenant ...
                   VMs, backup jobs and their sessions (lifeboat-cli job --help)
  restore ..., audit export
                   restore VMs; the restore audit (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   the administrator password record for a kiosk policy file
</source>
        <translation>Aufruf: lifeboat-cli [--catalog PFAD] [--json] BEFEHL

Befehle:
  version          Version ausgeben
  catalog info     Ort, Schema und Inhalt des Katalogs anzeigen
  catalog migrate  Katalog öffnen und sein Schema bei Bedarf aktualisieren
  repo ...         mit einem Repository arbeiten (lifeboat-cli repo --help)
  endpoint ...     vCenter- und ESXi-Endpunkte (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director: VDCs, vApps und VMs eines Mandanten
  vcd org|vcenter  Cloud-Director-Organisationen und die vCenter dahinter
  inventory, job ..., session ..., tenant ...
                   VMs, Sicherungsjobs und ihre Sitzungen (lifeboat-cli job --help)
  restore ..., audit export
                   VMs wiederherstellen; das Audit-Protokoll der Wiederherstellungen (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   den Administratorpasswort-Eintrag für eine Kiosk-Richtliniendatei erzeugen
</translation>
    </message>
    <message>
        <source>Endpoint add: vsphere (the default) or vcd (Cloud Director).</source>
        <translation>Endpunkt hinzufügen: vsphere (Standard) oder vcd (Cloud Director).</translation>
    </message>
    <message>
        <source>Organization: the job JSON new jobs start from.</source>
        <translation>Organisation: das Job-JSON, aus dem neue Jobs entstehen.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli endpoint COMMAND [options] [--json]

Commands:
  add URL [--name NAME] [--trust THUMBPRINT] [--kind vsphere|vcd]
                     check a vCenter or ESXi endpoint (or with --kind vcd a Cloud Director) and add
                     it to the catalog; a certificate this computer does not trust is refused and
                     its SHA-256 thumbprint shown
  trust URL THUMBPRINT
                     trust the endpoint&apos;s certificate with this thumbprint
  list               the endpoints in the catalog
  login URL --user NAME [--remember-password]
                     sign in and out again, to check the account

The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_ENDPOINT_PASSWORD, or the
system keychain, where --remember-password puts it.
</source>
        <translation>Aufruf: lifeboat-cli endpoint BEFEHL [Optionen] [--json]

Befehle:
  add URL [--name NAME] [--trust FINGERABDRUCK] [--kind vsphere|vcd]
                     einen vCenter- oder ESXi-Endpunkt (oder mit --kind vcd einen Cloud Director) prüfen
                     und in den Katalog aufnehmen; ein Zertifikat, dem dieser Computer nicht vertraut, wird
                     abgelehnt und sein SHA-256-Fingerabdruck angezeigt
  trust URL FINGERABDRUCK
                     dem Zertifikat des Endpunkts mit diesem Fingerabdruck vertrauen
  list               die Endpunkte im Katalog
  login URL --user NAME [--remember-password]
                     an- und wieder abmelden, um das Konto zu prüfen

Das Passwort stammt aus --password-stdin, --password-file DATEI, $LIFEBOAT_ENDPOINT_PASSWORD oder dem
Systemschlüsselbund, in den --remember-password es legt.
</translation>
    </message>
    <message>
        <source>Added the Cloud Director %1 (API %2).</source>
        <translation>Cloud Director %1 hinzugefügt (API %2).</translation>
    </message>
    <message>
        <source>--kind is vsphere or vcd.</source>
        <translation>--kind ist vsphere oder vcd.</translation>
    </message>
    <message>
        <source>The organization %1 has no VMs in Cloud Director yet.</source>
        <translation>Die Organisation %1 hat in Cloud Director noch keine VMs.</translation>
    </message>
    <message>
        <source>Give the job&apos;s repository with --repo PATH.</source>
        <translation>Geben Sie das Repository des Jobs mit --repo PATH an.</translation>
    </message>
    <message>
        <source>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</source>
        <translation>%1 ist ein vCenter-Endpunkt; --endpoint nennt hier den Cloud Director.</translation>
    </message>
    <message>
        <source>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org set braucht den Namen der Organisation und --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>System is the provider&apos;s organization, not a tenant.</source>
        <translation>System ist die Organisation des Providers, kein Mandant.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</source>
        <translation>Fügen Sie zuerst ein Administratorkonto hinzu (tenant add ACCOUNT --admin): Sobald Konten oder Organisationen eingerichtet sind, darf sich niemand sonst anmelden.</translation>
    </message>
    <message>
        <source>The organization %1 uses Lifeboat as %2.</source>
        <translation>Die Organisation %1 nutzt Lifeboat als %2.</translation>
    </message>
    <message>
        <source>(repository chosen per job)</source>
        <translation>(Repository je Job gewählt)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in scope</source>
        <translation>
            <numerusform>%n VM im Bereich</numerusform>
            <numerusform>%n VMs im Bereich</numerusform>
        </translation>
    </message>
    <message>
        <source>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org remove braucht den Namen der Organisation und --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</source>
        <translation>vcd vcenter link braucht den Namen des vCenter in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL und --user ACCOUNT.</translation>
    </message>
    <message>
        <source>%1 is not a vCenter endpoint.</source>
        <translation>%1 ist kein vCenter-Endpunkt.</translation>
    </message>
    <message>
        <source>VMs on %1 are backed up through %2 as %3.</source>
        <translation>VMs auf %1 werden über %2 als %3 gesichert.</translation>
    </message>
    <message>
        <source>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd vcenter unlink braucht den Namen des vCenter und --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Ihre Organisation hat keine vApp %1.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli vcd COMMAND [options] [--json]

Commands:
  inventory --url URL --user USER@ORG [--thumbprint SHA256] [--page-size N]
                     sign in to VMware Cloud Director as an organization user (or as the provider,
                     USER@System) and list the org VDCs, vApps and VMs the account may see, with each
                     VM&apos;s power state, vCenter and moref
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     power a VM or a whole vApp through Cloud Director and wait for its task; VM and
                     VAPP are names (as inventory lists them) or hrefs. Asking for the state it is
                     already in succeeds without a change; shutdown needs VMware Tools in the guest
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     make a vCenter VM (e.g. one a restore created) a VM of an existing vApp (provider
                     only); the vCenter defaults to the one the vApp&apos;s VMs live on

The password comes from --password-stdin, --password-file FILE, $LIFEBOAT_VCD_PASSWORD, or the system
keychain. A certificate this computer does not trust is refused and its SHA-256 thumbprint shown.
</source>
        <translation>Aufruf: lifeboat-cli vcd BEFEHL [Optionen] [--json]

Befehle:
  inventory --url URL --user BENUTZER@ORG [--thumbprint SHA256] [--page-size N]
                     bei VMware Cloud Director als Benutzer einer Organisation (oder als Provider,
                     BENUTZER@System) anmelden und die Org-VDCs, vApps und VMs auflisten, die das Konto sehen
                     darf, mit Betriebszustand, vCenter und Moref jeder VM
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     eine VM oder eine ganze vApp über Cloud Director ein- oder ausschalten und auf die
                     Aufgabe warten; VM und VAPP sind Namen (wie inventory sie auflistet) oder hrefs. Ist der
                     Zustand schon erreicht, gelingt der Befehl ohne Änderung; shutdown braucht VMware Tools im Gast
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     eine vCenter-VM (z. B. eine durch eine Wiederherstellung angelegte) zur VM einer bestehenden
                     vApp machen (nur Provider); das vCenter ist standardmäßig das, auf dem die VMs der vApp liegen

Das Passwort kommt aus --password-stdin, --password-file DATEI, $LIFEBOAT_VCD_PASSWORD oder dem
Systemschlüsselbund. Ein Zertifikat, dem dieser Computer nicht vertraut, wird abgelehnt und sein SHA-256-Fingerabdruck angezeigt.
</translation>
    </message>
    <message>
        <source>A Cloud Director vApp, by name or href.</source>
        <translation>Eine vApp in Cloud Director, per Name oder href.</translation>
    </message>
    <message>
        <source>A vCenter VM&apos;s managed object id, e.g. vm-42.</source>
        <translation>Die Managed-Object-ID einer vCenter-VM, z. B. vm-42.</translation>
    </message>
    <message>
        <source>The vCenter as Cloud Director names it (its vimServer href).</source>
        <translation>Das vCenter, wie Cloud Director es nennt (sein vimServer-href).</translation>
    </message>
    <message>
        <source>%1 needs --url URL and --user USER@ORG.</source>
        <translation>%1 braucht --url URL und --user USER@ORG.</translation>
    </message>
    <message>
        <source>%1@%2 sees no VM named %3.</source>
        <translation>%1@%2 sieht keine VM namens %3.</translation>
    </message>
    <message>
        <source>%1@%2 sees no vApp named %3.</source>
        <translation>%1@%2 sieht keine vApp namens %3.</translation>
    </message>
    <message>
        <source>Several are named %1; give one of these hrefs instead: %2</source>
        <translation>Mehrere heißen %1; geben Sie stattdessen einen dieser hrefs an: %2</translation>
    </message>
    <message>
        <source>vcd power needs on, off, shutdown or reset.</source>
        <translation>vcd power braucht on, off, shutdown oder reset.</translation>
    </message>
    <message>
        <source>vcd power needs either --vm VM or --vapp VAPP.</source>
        <translation>vcd power braucht entweder --vm VM oder --vapp VAPP.</translation>
    </message>
    <message>
        <source>%1 already was in that state; nothing to do.</source>
        <translation>%1 war bereits in diesem Zustand; nichts zu tun.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Erledigt: %1.</translation>
    </message>
    <message>
        <source>vcd import needs --moref MOREF and --vapp VAPP.</source>
        <translation>vcd import braucht --moref MOREF und --vapp VAPP.</translation>
    </message>
    <message>
        <source>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</source>
        <translation>Die vApp %1 hat keine VMs, an denen sich ihr vCenter erkennen lässt; geben Sie --vcenter HREF an.</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 als %2 importiert (%3).</translation>
    </message>
    <message>
        <source>vcd provider set needs --endpoint VCD_URL and --user USER@System.</source>
        <translation>vcd provider set benötigt --endpoint VCD_URL und --user USER@System.</translation>
    </message>
    <message>
        <source>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</source>
        <translation>%1 ist ein Konto einer Organisation; die Konten des Providers lauten USER@System.</translation>
    </message>
    <message>
        <source>Lifeboat imports restored VMs into Cloud Director as %1.</source>
        <translation>Lifeboat nimmt wiederhergestellte VMs als %1 in Cloud Director auf.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 ist jetzt eine VM der vApp %2 in Cloud Director.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</source>
        <translation>Organisation: wann ihre Jobs starten dürfen (any, none oder HH:MM-HH:MM).</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli vcd org|vcenter|provider COMMAND [options] [--json]

Commands (the provider&apos;s administrator):
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     let the Cloud Director organization ORG use Lifeboat: its users sign in as
                     user@ORG and see only their organization&apos;s vApps and VMs; the job template is
                     a job&apos;s JSON (as &apos;job show --json&apos; prints it) new jobs of ORG start from; the
                     schedule policy limits when its jobs may start (none: only when started)
  org list           the organizations set up
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     back up the VMs Cloud Director places on its vCenter NAME through the Lifeboat
                     endpoint VCENTER_URL, signed in as ACCOUNT (remember its password with
                     &apos;lifeboat-cli endpoint login --remember-password&apos;)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     the provider&apos;s Cloud Director account (password as for &apos;endpoint login&apos;, kept in
                     the system keychain), which takes VMs a restore created into their vApp

Add the Cloud Director itself first with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.

An organization&apos;s users give the Cloud Director as --endpoint and USER@ORG as --user to the inventory,
job create, restore-point, restore and files commands. Its jobs back up through the linked vCenter;
--objects may name its vApps, and --repo defaults to the organization&apos;s repository.
</source>
        <translation>Aufruf: lifeboat-cli vcd org|vcenter|provider BEFEHL [Optionen] [--json]

Befehle (für den Administrator des Providers):
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     der Cloud-Director-Organisation ORG die Nutzung von Lifeboat erlauben: deren Benutzer
                     melden sich als user@ORG an und sehen nur die vApps und VMs ihrer Organisation; die
                     Jobvorlage ist das JSON eines Jobs (wie „job show --json“ es ausgibt), aus dem neue Jobs von ORG entstehen
                     die Zeitplanrichtlinie begrenzt, wann ihre Jobs starten dürfen (none: nur von Hand)
  org list           die eingerichteten Organisationen
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     die VMs, die Cloud Director auf seinem vCenter NAME platziert, über den Lifeboat-Endpunkt
                     VCENTER_URL sichern, angemeldet als ACCOUNT (das Passwort speichern Sie mit
                     „lifeboat-cli endpoint login --remember-password“)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     das Cloud-Director-Konto des Providers (Passwort wie bei &apos;endpoint login&apos;, im
                     Systemschlüsselbund gespeichert), das von einer Wiederherstellung erstellte VMs in ihre vApp aufnimmt

Fügen Sie zuerst den Cloud Director selbst mit „lifeboat-cli endpoint add URL --kind vcd“ hinzu.

Die Benutzer einer Organisation geben bei den Befehlen inventory, job create, restore-point, restore und files
den Cloud Director als --endpoint und USER@ORG als --user an. Die Jobs der Organisation sichern über das
verknüpfte vCenter; --objects darf ihre vApps nennen, und --repo ist standardmäßig das Repository der Organisation.
</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleJobs</name>
    <message>
        <source>Keep at least one restore point.</source>
        <translation>Behalten Sie mindestens einen Wiederherstellungspunkt.</translation>
    </message>
    <message>
        <source>Retries go from 0 to 10.</source>
        <translation>Wiederholungen sind von 0 bis 10 möglich.</translation>
    </message>
    <message>
        <source>The wait between retries cannot be negative.</source>
        <translation>Die Wartezeit zwischen Wiederholungen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>Die Datenbankumgebung erwartet durch Leerzeichen getrennte Zuweisungen NAME=value, ohne Anführungszeichen oder Shell-Syntax.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: give a guest user.</source>
        <translation>Datenbankelemente werden über die Gastverarbeitung gelesen: Geben Sie einen Gastbenutzer an.</translation>
    </message>
    <message>
        <source>Guest processing needs a guest user.</source>
        <translation>Die Gastverarbeitung benötigt einen Gastbenutzer.</translation>
    </message>
    <message>
        <source>Reports go out on failure, warning or always.</source>
        <translation>Berichte werden bei Fehlschlag, bei Warnung oder immer gesendet.</translation>
    </message>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>Der Zeitplan benötigt mindestens eine Uhrzeit.</translation>
    </message>
    <message>
        <source>The schedule has a time that is not valid.</source>
        <translation>Der Zeitplan enthält eine ungültige Uhrzeit.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Wochentage gehen von 1 (Montag) bis 7 (Sonntag).</translation>
    </message>
    <message>
        <source>The day of the month goes from 1 to 31.</source>
        <translation>Der Tag des Monats geht von 1 bis 31.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 24 hours.</source>
        <translation>„Alle N Stunden“ erwartet 1 bis 24 Stunden.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Ein Job kann nicht nach sich selbst laufen.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Jobs können noch nicht in SFTP-Repositorys schreiben; verwenden Sie einen lokalen Ordner.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs benötigen den Katalog.</translation>
    </message>
    <message>
        <source>The job needs a name.</source>
        <translation>Der Job benötigt einen Namen.</translation>
    </message>
    <message>
        <source>You can only change jobs on the server you signed in to.</source>
        <translation>Sie können nur Jobs auf dem Server ändern, bei dem Sie angemeldet sind.</translation>
    </message>
    <message>
        <source>Choose the repository the job writes to.</source>
        <translation>Wählen Sie das Repository, in das der Job schreibt.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 ist kein Lifeboat-Repository: %2</translation>
    </message>
    <message>
        <source>Choose at least one VM or container to back up.</source>
        <translation>Wählen Sie mindestens eine VM oder einen Container zum Sichern.</translation>
    </message>
    <message>
        <source>%1 is not a VM or container you may back up.</source>
        <translation>%1 ist keine VM und kein Container, den Sie sichern dürfen.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 ist vom Typ %2, den ein Job nicht sichern kann.</translation>
    </message>
    <message>
        <source>The excluded VM %1 is not one you may see.</source>
        <translation>Die ausgeschlossene VM %1 gehört nicht zu denen, die Sie sehen dürfen.</translation>
    </message>
    <message>
        <source>The objects of a job on another server can only be changed signed in there.</source>
        <translation>Die Objekte eines Jobs auf einem anderen Server können nur geändert werden, wenn Sie dort angemeldet sind.</translation>
    </message>
    <message>
        <source>An excluded disk is written VM:KEY, not %1.</source>
        <translation>Eine ausgeschlossene Festplatte wird als VM:KEY angegeben, nicht als %1.</translation>
    </message>
    <message>
        <source>The job to run after is not one of your jobs.</source>
        <translation>Der Job, nach dem dieser laufen soll, gehört nicht zu Ihren Jobs.</translation>
    </message>
    <message>
        <source>The guest password could not be kept in the system keychain: %1</source>
        <translation>Das Gastpasswort konnte nicht im Systemschlüsselbund abgelegt werden: %1</translation>
    </message>
    <message>
        <source>Guest processing needs a key file or the guest password.</source>
        <translation>Die Gastverarbeitung benötigt eine Schlüsseldatei oder das Gastpasswort.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Ihre Organisation hat keine vApp %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleSession</name>
    <message>
        <source>Signing in needs the catalog.</source>
        <translation>Die Anmeldung benötigt den Katalog.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Geben Sie die Adresse Ihres vCenter-Servers ein.</translation>
    </message>
    <message>
        <source>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</source>
        <translation>%1 ist keine Serveradresse; geben Sie einen Hostnamen wie vcenter.example.com oder eine https://-URL ein.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs benötigen den Katalog.</translation>
    </message>
    <message>
        <source>The job %1 belongs to another account.</source>
        <translation>Der Job %1 gehört zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Wählen Sie den Repository-Ordner, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</source>
        <translation>Das Repository ist offline geöffnet: Jobs benötigen einen Server. Melden Sie sich bei einem vCenter an, um %1 auszuführen.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 ist kein Server dieser Installation; wählen Sie einen aus der Liste oder bitten Sie Ihren Administrator, ihn mit „lifeboat-cli endpoint add“ hinzuzufügen.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</source>
        <translation>Das Konto %1 hat auf %2 keinen Zugriff auf Lifeboat; fragen Sie Ihren Administrator, bei welchem Server Sie sich anmelden sollen.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 thumbprint.</source>
        <translation>%1 ist kein SHA-256-Fingerabdruck.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 ist kein Server dieser Installation; bitten Sie Ihren Administrator, ihn mit „lifeboat-cli endpoint add“ hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</source>
        <translation>%1 ist ein Server dieser Installation; nur ein Administrator kann einem anderen Zertifikat für ihn vertrauen („lifeboat-cli endpoint trust“).</translation>
    </message>
    <message>
        <source>Your organization %1 has no VMs in Cloud Director yet.</source>
        <translation>Ihre Organisation %1 hat in Cloud Director noch keine VMs.</translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::Keychain</name>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>Der Schlüsselbund hat keinen Eintrag %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1). Lifeboat speichert Geheimnisse nirgendwo sonst; geben Sie das Passwort jedes Mal ein oder starten Sie einen Schlüsselbund wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); enter the password instead.</source>
        <translation>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunde geantwortet; geben Sie stattdessen das Passwort ein.</numerusform>
            <numerusform>Der Systemschlüsselbund hat nicht innerhalb von %n Sekunden geantwortet; geben Sie stattdessen das Passwort ein.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::PasswordRecord</name>
    <message>
        <source>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</source>
        <translation>Das gespeicherte Administratorpasswort ist kein gültiger Eintrag; erstellen Sie es mit „lifeboat-cli kiosk hash-password“ neu.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::BlockSource</name>
    <message>
        <source>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</source>
        <translation>%1 Byte können bei Offset %2 nicht gelesen werden: Die Festplatte bzw. Partition endet bei %3 Byte.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1: %2</source>
        <translation>Die Größe von %1 kann nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>%1 kann bei Offset %2 nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Ext4FileSystem</name>
    <message>
        <source>its data points outside the file system</source>
        <translation>die Daten verweisen auf Bereiche außerhalb des Dateisystems</translation>
    </message>
    <message>
        <source>its block map is out of order</source>
        <translation>die Blockzuordnung ist nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the inode of %1</source>
        <translation>Der Inode von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read %1: its size is impossible.</source>
        <translation>%1 kann nicht gelesen werden: Die Größe ist unmöglich.</translation>
    </message>
    <message>
        <source>%1 is encrypted by the guest (fscrypt) and cannot be read.</source>
        <translation>%1 ist vom Gast verschlüsselt (fscrypt) und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the block map of %1</source>
        <translation>Die Blockzuordnung von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The symbolic link %1 claims an impossible length.</source>
        <translation>Der symbolische Link %1 gibt eine unmögliche Länge an.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 existiert im Dateisystem des Gasts nicht.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>%1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 ist ein symbolischer Link; in %2 wird Links nicht gefolgt. Verwenden Sie den Pfad, auf den er verweist.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>Keine Partition zum Öffnen.</translation>
    </message>
    <message>
        <source>This ext file system uses features that cannot be read: %1</source>
        <translation>Dieses ext-Dateisystem verwendet Funktionen, die nicht gelesen werden können: %1</translation>
    </message>
    <message>
        <source>Cannot read the ext file system: %1</source>
        <translation>Das ext-Dateisystem kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The ext file system is damaged: %1</source>
        <translation>Das ext-Dateisystem ist beschädigt: %1</translation>
    </message>
    <message>
        <source>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>Das ext-Dateisystem gibt %1 Byte an, seine Partition hat aber nur %2; das Festplatten-Image ist vermutlich abgeschnitten.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 ist ein symbolischer Link; Links wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Extractor</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>its name cannot be used in the target</source>
        <translation>der Name kann im Ziel nicht verwendet werden</translation>
    </message>
    <message>
        <source>devices, pipes and sockets are not restored</source>
        <translation>Geräte, Pipes und Sockets werden nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>it exists in the target (restore with overwrite to replace it)</source>
        <translation>es existiert im Ziel bereits (mit overwrite wiederherstellen, um es zu ersetzen)</translation>
    </message>
    <message>
        <source>it exists in the target, and so does %1</source>
        <translation>es existiert im Ziel bereits, ebenso %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>something that is not a folder has that name in the target</source>
        <translation>im Ziel trägt etwas, das kein Ordner ist, diesen Namen</translation>
    </message>
    <message>
        <source>a folder of that name exists in the target</source>
        <translation>im Ziel existiert ein Ordner dieses Namens</translation>
    </message>
    <message>
        <source>its content cannot be read: %1</source>
        <translation>der Inhalt kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link has no usable target</source>
        <translation>der Link hat kein verwendbares Ziel</translation>
    </message>
    <message>
        <source>%1 cannot be restored to its original place.</source>
        <translation>%1 kann nicht an seinem ursprünglichen Ort wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>it lies deeper than 1,024 folders (a loop in a damaged file system?)</source>
        <translation>es liegt mehr als 1.024 Ordnerebenen tief (eine Schleife in einem beschädigten Dateisystem?)</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FileIndex</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>Fehler im Katalog beim %1: %2</translation>
    </message>
    <message>
        <source>read the file index</source>
        <translation>Lesen des Dateiindex</translation>
    </message>
    <message>
        <source>The catalog could not start a transaction: %1</source>
        <translation>Der Katalog konnte keine Transaktion starten: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>update the file index</source>
        <translation>Aktualisieren des Dateiindex</translation>
    </message>
    <message>
        <source>add to the file index</source>
        <translation>Hinzufügen zum Dateiindex</translation>
    </message>
    <message>
        <source>The catalog could not store the file index: %1</source>
        <translation>Der Katalog konnte den Dateiindex nicht speichern: %1</translation>
    </message>
    <message>
        <source>The catalog could not update the file index.</source>
        <translation>Der Katalog konnte den Dateiindex nicht aktualisieren.</translation>
    </message>
    <message>
        <source>search the file index</source>
        <translation>Durchsuchen des Dateiindex</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FolderExtractor</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>Der Ordner %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Fehler beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Fehler beim Öffnen des Ordners</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Fehler beim Ersetzen von</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Fehler beim Anlegen von</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Fehler beim Schreiben von</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Fehler beim Anlegen des Links</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestFileSystem</name>
    <message>
        <source>The guest path &quot;%1&quot; is not valid: %2</source>
        <translation>Der Pfad „%1“ im Gast ist ungültig: %2</translation>
    </message>
    <message>
        <source>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</source>
        <translation>Diese Partition enthält das externe Journal eines ext3/ext4-Dateisystems; sie enthält keine Dateien.</translation>
    </message>
    <message>
        <source>exFAT is not supported yet.</source>
        <translation>exFAT wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>FAT is not supported yet.</source>
        <translation>FAT wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>XFS is not supported yet.</source>
        <translation>XFS wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>Btrfs is not supported yet.</source>
        <translation>Btrfs wird noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>This partition is encrypted with LUKS; encrypted volumes cannot be read.</source>
        <translation>Diese Partition ist mit LUKS verschlüsselt; verschlüsselte Volumes können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This partition is an LVM physical volume; LVM volumes are not supported yet.</source>
        <translation>Diese Partition ist ein physisches LVM-Volume; LVM-Volumes werden noch nicht unterstützt.</translation>
    </message>
    <message>
        <source>This partition is swap space; it contains no files.</source>
        <translation>Diese Partition ist Auslagerungsspeicher (Swap); sie enthält keine Dateien.</translation>
    </message>
    <message>
        <source>No known file system was found in this partition.</source>
        <translation>In dieser Partition wurde kein bekanntes Dateisystem gefunden.</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>der Pfad ist leer.</translation>
    </message>
    <message>
        <source>it must be absolute (start with &quot;/&quot;).</source>
        <translation>er muss absolut sein (mit „/“ beginnen).</translation>
    </message>
    <message>
        <source>it contains a NUL byte.</source>
        <translation>er enthält ein NUL-Byte.</translation>
    </message>
    <message>
        <source>it contains an empty component (&quot;//&quot;).</source>
        <translation>er enthält einen leeren Bestandteil („//“).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; paths are taken literally, not resolved.</source>
        <translation>er enthält „%1“; Pfade werden wörtlich genommen, nicht aufgelöst.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestSftpTarget</name>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 hat die Anmeldung akzeptiert, aber SFTP abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2.</source>
        <translation>%1 ist auf %2 kein Ordner.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a folder (a link or a file has its place).</source>
        <translation>%1 auf %2 ist kein Ordner (an seiner Stelle steht ein Link oder eine Datei).</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Fehler beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Fehler beim Anlegen von</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Fehler beim Schreiben von</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>Fehler beim Setzen der Attribute von</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Fehler beim Ersetzen von</translation>
    </message>
    <message>
        <source>Cannot put in place</source>
        <translation>Fehler beim Einsetzen von</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Fehler beim Anlegen des Links</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Die Verbindung zu %1 wurde unterbrochen (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no space left in the guest</source>
        <translation>kein Speicherplatz mehr im Gast</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>the guest reported failure (SFTP status %1)</source>
        <translation>der Gast hat einen Fehler gemeldet (SFTP-Status %1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 accepted a connection without a trusted host key.</source>
        <translation>%1 hat eine Verbindung ohne vertrauenswürdigen Hostschlüssel angenommen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::NtfsFileSystem</name>
    <message>
        <source>it is compressed with Windows system compression (Compact OS), which cannot be read</source>
        <translation>die Datei ist mit der Windows-Systemkomprimierung (Compact OS) komprimiert, die nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>it is stored by Windows Data Deduplication, whose chunk store cannot be read</source>
        <translation>die Datei wird von der Windows-Datendeduplizierung gespeichert, deren Chunk Store nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</source>
        <translation>die Datei ist ein Platzhalter für eine Clouddatei (z. B. OneDrive), deren Inhalt möglicherweise nicht auf dieser Festplatte liegt</translation>
    </message>
    <message>
        <source>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</source>
        <translation>die Datei ist ein Reparse Point (Tag 0x%1), dessen Inhalt nicht in der Datei selbst gespeichert ist</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot read the MFT record of %1</source>
        <translation>Der MFT-Eintrag von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the reparse point of %1</source>
        <translation>Der Reparse Point von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 ist ein symbolischer Link oder eine Junction; in %2 wird Links nicht gefolgt. Verwenden Sie den Pfad, auf den der Link verweist.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 existiert im Dateisystem des Gasts nicht.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>%1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Das Verzeichnis %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the run list of %1</source>
        <translation>Die Run-Liste von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>its run list is out of order</source>
        <translation>die Run-Liste ist nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>its data points outside the file system</source>
        <translation>die Daten verweisen auf Bereiche außerhalb des Dateisystems</translation>
    </message>
    <message>
        <source>its run list ends before its data</source>
        <translation>die Run-Liste endet vor dem Ende der Daten</translation>
    </message>
    <message>
        <source>Cannot open the content of %1</source>
        <translation>Der Inhalt von %1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>its size is impossible</source>
        <translation>die Größe ist unmöglich</translation>
    </message>
    <message>
        <source>its data ends early</source>
        <translation>die Daten enden vorzeitig</translation>
    </message>
    <message>
        <source>%1 is encrypted by Windows (EFS) and cannot be read.</source>
        <translation>%1 ist von Windows verschlüsselt (EFS) und kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>Keine Partition zum Öffnen.</translation>
    </message>
    <message>
        <source>The partition is too small for NTFS.</source>
        <translation>Die Partition ist zu klein für NTFS.</translation>
    </message>
    <message>
        <source>Cannot read the NTFS boot sector: %1</source>
        <translation>Der NTFS-Bootsektor kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>Das NTFS-Dateisystem gibt %1 Byte an, seine Partition hat aber nur %2; das Festplatten-Image ist vermutlich abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot open NTFS: out of memory.</source>
        <translation>NTFS kann nicht geöffnet werden: nicht genügend Arbeitsspeicher.</translation>
    </message>
    <message>
        <source>The NTFS boot sector is not valid: %1</source>
        <translation>Der NTFS-Bootsektor ist ungültig: %1</translation>
    </message>
    <message>
        <source>The NTFS file system cannot be opened</source>
        <translation>Das NTFS-Dateisystem kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>NTFS version %1.%2 is not supported.</source>
        <translation>NTFS-Version %1.%2 wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 ist ein symbolischer Link; Links wird nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Partitions</name>
    <message>
        <source>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>Die MBR-Partition %1 (Sektoren %2 bis %3) liegt außerhalb der Festplatte (%4 Sektoren) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>The extended partition chain has more than %1 links; the rest was ignored.</source>
        <translation>Die Kette der erweiterten Partitionen hat mehr als %1 Glieder; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>The extended partition chain loops back to sector %1; the rest was ignored.</source>
        <translation>Die Kette der erweiterten Partitionen führt zurück zu Sektor %1; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</source>
        <translation>Ein Glied der erweiterten Partition verweist auf Sektor %1 außerhalb seiner erweiterten Partition; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>The extended partition link at sector %1 has no boot signature; the rest was ignored.</source>
        <translation>Das Glied der erweiterten Partition bei Sektor %1 hat keine Bootsignatur; der Rest wurde ignoriert.</translation>
    </message>
    <message>
        <source>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</source>
        <translation>Die logische Partition %1 (Sektoren %2 bis %3) liegt außerhalb ihrer erweiterten Partition oder der Festplatte und wurde übersprungen.</translation>
    </message>
    <message>
        <source>no GPT signature at sector %1</source>
        <translation>keine GPT-Signatur bei Sektor %1</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid size (%2)</source>
        <translation>der Header bei Sektor %1 hat eine ungültige Größe (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 fails its checksum</source>
        <translation>die Prüfsumme des Headers bei Sektor %1 stimmt nicht</translation>
    </message>
    <message>
        <source>the header at sector %1 says it belongs elsewhere</source>
        <translation>der Header bei Sektor %1 gibt an, an einen anderen Ort zu gehören</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid entry size (%2)</source>
        <translation>der Header bei Sektor %1 hat eine ungültige Eintragsgröße (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 claims an implausible %2 entries</source>
        <translation>der Header bei Sektor %1 gibt unplausible %2 Einträge an</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 lies outside the disk</source>
        <translation>die Eintragstabelle des Headers bei Sektor %1 liegt außerhalb der Festplatte</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 fails its checksum</source>
        <translation>die Prüfsumme der Eintragstabelle des Headers bei Sektor %1 stimmt nicht</translation>
    </message>
    <message>
        <source>The GPT partition table is damaged: primary: %1; backup: %2.</source>
        <translation>Die GPT-Partitionstabelle ist beschädigt: primär: %1; Sicherungskopie: %2.</translation>
    </message>
    <message>
        <source>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</source>
        <translation>Der primäre GPT-Header ist beschädigt (%1); die Sicherungskopie am Ende der Festplatte wurde verwendet.</translation>
    </message>
    <message>
        <source>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>Die GPT-Partition %1 (Sektoren %2 bis %3) liegt außerhalb der Festplatte (%4 Sektoren) und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Partitions %1 and %2 overlap; their contents may be mixed up.</source>
        <translation>Die Partitionen %1 und %2 überlappen sich; ihre Inhalte können vermischt sein.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::RestorePointVolumes</name>
    <message>
        <source>The volume %1 cannot be read: %2</source>
        <translation>Das Volume %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The restore point has no volume %1. Its readable volumes: %2.</source>
        <translation>Der Wiederherstellungspunkt hat kein Volume %1. Seine lesbaren Volumes: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No volume of this restore point holds a file system Lifeboat can read.</source>
        <translation>Kein Volume dieses Wiederherstellungspunkts enthält ein Dateisystem, das Lifeboat lesen kann.</translation>
    </message>
    <message>
        <source>The restore point has several volumes; choose one with --volume: %1.</source>
        <translation>Der Wiederherstellungspunkt hat mehrere Volumes; wählen Sie eines mit --volume: %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::ZipTarget</name>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot start compression.</source>
        <translation>Die Komprimierung kann nicht gestartet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</source>
        <translation>%1 kann nicht in einer .zip-Datei gespeichert werden (ein Backslash im Namen oder ein Pfad länger als 65.535 Byte).</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::BackupRun</name>
    <message>
        <source>Retry of session %1 started for job %2.</source>
        <translation>Wiederholung der Sitzung %1 für Job %2 gestartet.</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Job %1 gestartet.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</source>
        <translation>Jobs können noch nicht in SFTP-Repositorys schreiben; verwenden Sie einen lokalen oder eingehängten Ordner.</translation>
    </message>
    <message>
        <source>Cannot open the repository %1: %2</source>
        <translation>Das Repository %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Anmeldung bei %1 als %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Das Inventar von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Stop requested by the user.</source>
        <translation>Anhalten vom Benutzer angefordert.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2).</source>
        <translation>%1 (%2) wird gesichert.</translation>
    </message>
    <message>
        <source>Cannot list the snapshots: %1</source>
        <translation>Die Snapshots können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</source>
        <translation>Der Snapshot „%1“, den ein unterbrochener Lauf hinterlassen hatte, wurde entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover snapshot &quot;%1&quot;: %2</source>
        <translation>Der zurückgebliebene Snapshot „%1“ kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Changed-block tracking enabled.</source>
        <translation>Changed Block Tracking aktiviert.</translation>
    </message>
    <message>
        <source>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</source>
        <translation>Changed Block Tracking kann nicht aktiviert werden (%1); jede Sicherung liest die ganzen Festplatten.</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s restore points: %1</source>
        <translation>Die Wiederherstellungspunkte des Repositorys können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Taken by Lifeboat for a backup; removed when the backup ends.</source>
        <translation>Von Lifeboat für eine Sicherung erstellt; wird am Ende der Sicherung entfernt.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot: %1</source>
        <translation>Es kann kein Snapshot erstellt werden: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Snapshot %1 erstellt.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot&apos;s disks: %1</source>
        <translation>Die Festplatten des Snapshots können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Disk %1 is excluded by the job.</source>
        <translation>Die Festplatte %1 ist vom Job ausgeschlossen.</translation>
    </message>
    <message>
        <source>Changed blocks of %1 are not available (%2); reading the whole disk.</source>
        <translation>Die geänderten Blöcke von %1 sind nicht verfügbar (%2); die ganze Festplatte wird gelesen.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the previous restore point.</source>
        <translation>%1: %2 seit dem vorherigen Wiederherstellungspunkt geändert.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration file was not saved with the restore point: %1</source>
        <translation>Die Konfigurationsdatei der VM wurde nicht mit dem Wiederherstellungspunkt gespeichert: %1</translation>
    </message>
    <message>
        <source>The disk %1 cannot be read through the datastore API.</source>
        <translation>Die Festplatte %1 kann nicht über die Datenspeicher-API gelesen werden.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Die Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</source>
        <translation>Wiederherstellungspunkt %1: %2 gelesen, %3 gespeichert (%4 von %5 Chunks neu, %6 unverändert oder nur Nullen).</translation>
    </message>
    <message>
        <source>Snapshot %1 removed.</source>
        <translation>Snapshot %1 entfernt.</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</source>
        <translation>Der Snapshot %1 kann nicht entfernt werden (%2); der nächste Lauf dieses Jobs entfernt ihn.</translation>
    </message>
    <message>
        <source>%1 done in %2 s.</source>
        <translation>%1 in %2 s erledigt.</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sitzung beendet: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the inventory.</source>
        <translation>%1 (%2) ist nicht mehr im Inventar.</translation>
    </message>
    <message>
        <source>%1 holds no VMs.</source>
        <translation>%1 enthält keine VMs.</translation>
    </message>
    <message>
        <source>%1 is outside the scope of %2 and was not backed up.</source>
        <translation>%1 liegt außerhalb des Bereichs von %2 und wurde nicht gesichert.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</source>
        <translation>Die Sicherung von %1 wurde nicht gestartet: Sie kann bis zu %2 speichern, und von dem Kontingent von %4 sind bereits %3 belegt. Bitten Sie Ihren Administrator um ein größeres Kontingent oder entfernen Sie Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</source>
        <translation>Die Gastverarbeitung benötigt die Adresse des Gasts: Die VMware Tools melden keine, und der Job nennt keine für %1.</translation>
    </message>
    <message>
        <source>Guest processing: %1</source>
        <translation>Gastverarbeitung: %1</translation>
    </message>
    <message>
        <source>Pre-freeze script exited with %1: %2</source>
        <translation>Pre-Freeze-Skript mit Exit-Status %1 beendet: %2</translation>
    </message>
    <message>
        <source>The pre-freeze script failed (exit status %1); no snapshot was taken.</source>
        <translation>Das Pre-Freeze-Skript ist fehlgeschlagen (Exit-Status %1); es wurde kein Snapshot erstellt.</translation>
    </message>
    <message>
        <source>The post-thaw script could not run: %1</source>
        <translation>Das Post-Thaw-Skript konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Post-thaw script exited with %1: %2</source>
        <translation>Post-Thaw-Skript mit Exit-Status %1 beendet: %2</translation>
    </message>
    <message>
        <source>The guest files were not indexed: %1</source>
        <translation>Die Gastdateien wurden nicht indiziert: %1</translation>
    </message>
    <message>
        <source>Indexed %1 guest files and folders (%2 new or changed).</source>
        <translation>%1 Gastdateien und -ordner indiziert (%2 neu oder geändert).</translation>
    </message>
    <message>
        <source>Not indexed: %1</source>
        <translation>Nicht indiziert: %1</translation>
    </message>
    <message>
        <source>%1: the databases cannot be listed: %2</source>
        <translation>%1: Die Datenbanken können nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>%1: the database name %2 is not backed up (quotes or control characters)</source>
        <translation>%1: Die Datenbank %2 wird nicht gesichert (Anführungszeichen oder Steuerzeichen im Namen)</translation>
    </message>
    <message>
        <source>%1 database %2: the dump failed: %3</source>
        <translation>%1-Datenbank %2: Der Dump ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Datenbankelemente: %1</translation>
    </message>
    <message>
        <source>Dumped the %1 database %2 (%3).</source>
        <translation>Dump der %1-Datenbank %2 erstellt (%3).</translation>
    </message>
    <message>
        <source>Database items: no temporary folder for the dumps: %1</source>
        <translation>Datenbankelemente: kein temporärer Ordner für die Dumps: %1</translation>
    </message>
    <message>
        <source>the list of databases is too long</source>
        <translation>die Liste der Datenbanken ist zu lang</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <source>The stored job definition has an invalid &quot;%1&quot;.</source>
        <translation>Die gespeicherte Jobdefinition hat einen ungültigen Wert „%1“.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobStore</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>Fehler im Katalog beim %1: %2</translation>
    </message>
    <message>
        <source>A job named %1 exists already.</source>
        <translation>Ein Job namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>save the job</source>
        <translation>Speichern des Jobs</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>Es gibt keinen Job mit der ID %1.</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>Auflisten der Jobs</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>Lesen des Jobs</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Es gibt keinen Job %1.</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>Löschen des Jobs</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>Starten einer Sitzung</translation>
    </message>
    <message>
        <source>list the running sessions</source>
        <translation>Auflisten der laufenden Sitzungen</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped while the session ran.</source>
        <translation>Unterbrochen: Lifeboat wurde während der Sitzung beendet.</translation>
    </message>
    <message>
        <source>close an interrupted session</source>
        <translation>Schließen einer unterbrochenen Sitzung</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>Abschließen der Sitzung</translation>
    </message>
    <message>
        <source>start a task</source>
        <translation>Starten einer Aufgabe</translation>
    </message>
    <message>
        <source>finish a task</source>
        <translation>Abschließen einer Aufgabe</translation>
    </message>
    <message>
        <source>write the session log</source>
        <translation>Schreiben des Sitzungsprotokolls</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>Auflisten der Sitzungen</translation>
    </message>
    <message>
        <source>read the session</source>
        <translation>Lesen der Sitzung</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Es gibt keine Sitzung %1.</translation>
    </message>
    <message>
        <source>read the session log</source>
        <translation>Lesen des Sitzungsprotokolls</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>Lesen des Zeitplans</translation>
    </message>
    <message>
        <source>save the schedule</source>
        <translation>Speichern des Zeitplans</translation>
    </message>
    <message>
        <source>request a stop</source>
        <translation>Anfordern eines Anhaltens</translation>
    </message>
    <message>
        <source>claim the scheduler</source>
        <translation>Übernehmen des Zeitplaners</translation>
    </message>
    <message>
        <source>release the scheduler</source>
        <translation>Freigeben des Zeitplaners</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Schedule</name>
    <message>
        <source>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</source>
        <translation>„%1“ ist kein Zeitplan. Beispiele: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</source>
        <translation>„%1“ ist keine Zeitplanrichtlinie: Geben Sie any, none oder ein Startfenster wie „20:00-06:00“ an.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs run only when you start them: choose no schedule.</source>
        <translation>Ihr Provider lässt Ihre Jobs nur laufen, wenn Sie sie starten: Wählen Sie keinen Zeitplan.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</source>
        <translation>Ihr Provider lässt Ihre Jobs nur zwischen %1 und %2 starten; ein Job alle paar Stunden würde außerhalb dieses Fensters starten.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; %3 is outside.</source>
        <translation>Ihr Provider lässt Ihre Jobs nur zwischen %1 und %2 starten; %3 liegt außerhalb.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Scheduler</name>
    <message>
        <source>the computer was asleep</source>
        <translation>der Computer im Ruhezustand war</translation>
    </message>
    <message>
        <source>the scheduler was held up</source>
        <translation>der Zeitplaner aufgehalten wurde</translation>
    </message>
    <message>
        <source>Lifeboat was not running</source>
        <translation>Lifeboat nicht lief</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n scheduled run(s) (%1) because %2; running the job once now.</source>
        <translation>
            <numerusform>%n geplanter Lauf verpasst (%1), weil %2; der Job wird jetzt einmal ausgeführt.</numerusform>
            <numerusform>%n geplante Läufe verpasst (%1), weil %2; der Job wird jetzt einmal ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up run for the missed schedule.</source>
        <translation>Nachgeholter Lauf für den verpassten Termin.</translation>
    </message>
    <message>
        <source>Scheduled run (%1).</source>
        <translation>Geplanter Lauf (%1).</translation>
    </message>
    <message>
        <source>Started after the job %1 finished.</source>
        <translation>Gestartet, nachdem der Job %1 beendet wurde.</translation>
    </message>
</context>
<context>
    <name>lifeboat::notify::Mailer</name>
    <message>
        <source>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</source>
        <translation>Die E-Mail-Einstellungen sind unvollständig: Erforderlich sind ein Host, ein Port und als Sicherheit none, starttls oder tls.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Der Mailserver %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</source>
        <translation>Dem Zertifikat des Mailservers %1 wird nicht vertraut; sein SHA-256-Fingerabdruck lautet %2.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Der Mailserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 (SMTP %4)</source>
        <translation>Der Mailserver %1 hat %2 abgelehnt: %3 (SMTP %4)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>die Verbindung</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an; das Passwort und der Bericht würden im Klartext übertragen. Verwenden Sie als Sicherheit tls oder none.</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>die Anmeldung von %1</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>den Absender %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>den Empfänger %1</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message>
        <source>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</source>
        <translation>Lifeboat sendet ein E-Mail-Passwort nicht ohne TLS; setzen Sie die Sicherheit auf starttls oder tls.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Die Nachricht hat keinen Empfänger.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Backend</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Fehler beim Schreiben von</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>Fehler beim Synchronisieren von</translation>
    </message>
    <message>
        <source>Cannot store</source>
        <translation>Fehler beim Speichern von</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Fehler beim Anlegen von</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Fehler beim Lesen von</translation>
    </message>
    <message>
        <source>%1 ends before offset %2: the file is truncated.</source>
        <translation>%1 endet vor Offset %2: Die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Fehler beim Löschen von</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>The connection to the SFTP server was lost (%1).</source>
        <translation>Die Verbindung zum SFTP-Server wurde unterbrochen (%1).</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>%1 %2: out of memory</source>
        <translation>%1 %2: nicht genügend Arbeitsspeicher</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>no space left on the server</source>
        <translation>kein Speicherplatz mehr auf dem Server</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existiert bereits</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>Verbindung unterbrochen</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>der Server unterstützt diesen Vorgang nicht</translation>
    </message>
    <message>
        <source>the server reported failure (SFTP status %1)</source>
        <translation>der Server meldet einen Fehler (SFTP-Status %1)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Fehler beim Anlegen des Ordners</translation>
    </message>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 hat die Anmeldung akzeptiert, aber SFTP abgelehnt: %2</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>Fehler beim Öffnen eines Kanals zu</translation>
    </message>
    <message>
        <source>unexpected reply from the server</source>
        <translation>unerwartete Antwort vom Server</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Fehler beim Senden an</translation>
    </message>
    <message>
        <source>malformed reply from the server</source>
        <translation>fehlerhafte Antwort vom Server</translation>
    </message>
    <message>
        <source>Cannot receive</source>
        <translation>Fehler beim Empfangen von</translation>
    </message>
    <message>
        <source>the server closed the channel</source>
        <translation>der Server hat den Kanal geschlossen</translation>
    </message>
    <message>
        <source>%1 was already committed.</source>
        <translation>%1 wurde bereits festgeschrieben.</translation>
    </message>
    <message>
        <source>the upload of %1 was interrupted</source>
        <translation>der Upload von %1 wurde unterbrochen</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Fehler beim Auflisten von</translation>
    </message>
    <message>
        <source>%1 is not a valid SFTP location: %2</source>
        <translation>%1 ist kein gültiger SFTP-Speicherort: %2</translation>
    </message>
    <message>
        <source>it must start with sftp://</source>
        <translation>er muss mit sftp:// beginnen</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>der Servername fehlt</translation>
    </message>
    <message>
        <source>the user name is missing (sftp://user@server/folder)</source>
        <translation>der Benutzername fehlt (sftp://user@server/folder)</translation>
    </message>
    <message>
        <source>passwords do not belong in the location</source>
        <translation>Passwörter gehören nicht in den Speicherort</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>der Port liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>der Ordner muss ein absoluter Pfad sein</translation>
    </message>
    <message>
        <source>An SFTP location needs a server and an absolute folder.</source>
        <translation>Ein SFTP-Speicherort braucht einen Server und einen absoluten Ordnerpfad.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::BlobCodec</name>
    <message>
        <source>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</source>
        <translation>Chunk %1 ist beschädigt: Seine Authentifizierung ist fehlgeschlagen (die gespeicherten Bytes wurden verändert).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it is empty.</source>
        <translation>Chunk %1 ist beschädigt: Er ist leer.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it does not decompress.</source>
        <translation>Chunk %1 ist beschädigt: Er lässt sich nicht dekomprimieren.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: unknown compression %2.</source>
        <translation>Chunk %1 ist beschädigt: unbekannte Komprimierung %2.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: its content does not match its id.</source>
        <translation>Chunk %1 ist beschädigt: Sein Inhalt passt nicht zu seiner ID.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::ChunkIndex</name>
    <message>
        <source>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</source>
        <translation>Die temporäre Datei des Chunk-Index in %1 konnte nicht gelesen oder geschrieben werden (%2). Geben Sie dort Speicherplatz frei und führen Sie den Job erneut aus.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>%1 kann bei Offset %2 nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unerwartetes Dateiende</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1.</source>
        <translation>Die Größe von %1 kann nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>The previous restore point of disk %1 used another chunk size.</source>
        <translation>Der vorherige Wiederherstellungspunkt der Festplatte %1 verwendet eine andere Chunk-Größe.</translation>
    </message>
    <message>
        <source>The restore point %1 has no disk named %2.</source>
        <translation>Der Wiederherstellungspunkt %1 hat keine Festplatte namens %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another target or allow overwriting.</source>
        <translation>%1 existiert bereits; wählen Sie ein anderes Ziel oder erlauben Sie das Überschreiben.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>Die Größe von %1 kann nicht festgelegt werden: %2</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 cannot be read: %2</source>
        <translation>Die Chunk-Liste der Festplatte %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 (disk %2, offset %3)</source>
        <translation>%1 (Festplatte %2, Offset %3)</translation>
    </message>
    <message>
        <source>The chunk at offset %1 of disk %2 has the wrong length.</source>
        <translation>Der Chunk bei Offset %1 der Festplatte %2 hat die falsche Länge.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2</source>
        <translation>%1 kann nicht synchronisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored disk to %1: %2</source>
        <translation>Die wiederhergestellte Festplatte kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</source>
        <translation>Das Lesen von %1 Byte bei %2 liegt außerhalb der Festplatte %3 (%4 Byte).</translation>
    </message>
    <message>
        <source>pack %1 is truncated</source>
        <translation>Pack-Datei %1 ist abgeschnitten</translation>
    </message>
    <message>
        <source>chunk %1 is damaged</source>
        <translation>Chunk %1 ist beschädigt</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>Chunk %1 fehlt</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Prune</name>
    <message>
        <source>The restore point %1 is immutable until %2 and cannot be deleted before then.</source>
        <translation>Der Wiederherstellungspunkt %1 ist bis %2 unveränderlich und kann vorher nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The restore point %1 is already immutable until %2; immutability can only be extended.</source>
        <translation>Der Wiederherstellungspunkt %1 ist bereits bis %2 unveränderlich; die Unveränderlichkeit kann nur verlängert werden.</translation>
    </message>
    <message>
        <source>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</source>
        <translation>Eine Aufbewahrungsrichtlinie muss etwas behalten (zum Beispiel --keep-last 7); die Bereinigung löscht nicht alle Wiederherstellungspunkte.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</source>
        <translation>Die Bereinigung wurde abgebrochen, bevor etwas gelöscht wurde: %1 Führen Sie „lifeboat-cli repo verify“ aus.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting data: %1</source>
        <translation>Die Bereinigung wurde abgebrochen, bevor Daten gelöscht wurden: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Repository</name>
    <message>
        <source>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</source>
        <translation>Die Schlüsselableitung (scrypt) ist fehlgeschlagen; die Parameter der Schlüsseldatei sind möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 enthält bereits ein Repository; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</source>
        <translation>Die Chunk-Größe muss ein Vielfaches von 4 KiB zwischen 4 KiB und 16 MiB sein.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</source>
        <translation>%1 ist kein Lifeboat-Repository (die Datei config fehlt). Prüfen Sie den Pfad oder legen Sie mit „lifeboat-cli repo init“ ein Repository an.</translation>
    </message>
    <message>
        <source>%1 has a config file, but it is not a Lifeboat repository&apos;s.</source>
        <translation>%1 hat eine Datei config, aber sie gehört nicht zu einem Lifeboat-Repository.</translation>
    </message>
    <message>
        <source>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</source>
        <translation>Das Repository %1 verwendet die Formatversion %2; diese Lifeboat-Version liest nur bis Version %3. Aktualisieren Sie Lifeboat, um es zu öffnen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The repository %1 has an invalid format version.</source>
        <translation>Das Repository %1 hat eine ungültige Formatversion.</translation>
    </message>
    <message>
        <source>The repository %1 has a damaged config file.</source>
        <translation>Die Datei config des Repositorys %1 ist beschädigt.</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a password is needed.</source>
        <translation>Das Repository %1 ist verschlüsselt: Ein Passwort ist erforderlich.</translation>
    </message>
    <message>
        <source>The password does not open the repository %1.</source>
        <translation>Mit diesem Passwort lässt sich das Repository %1 nicht öffnen.</translation>
    </message>
    <message>
        <source>The config file of %1 was altered: its authentication failed.</source>
        <translation>Die Datei config von %1 wurde verändert: Ihre Authentifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>An index of %1 is truncated.</source>
        <translation>Ein Index von %1 ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The header of pack %1 names another pack.</source>
        <translation>Der Header der Pack-Datei %1 verweist auf eine andere Pack-Datei.</translation>
    </message>
    <message>
        <source>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</source>
        <translation>Die Indexdatei %1 ist beschädigt. „lifeboat-cli repo verify“ zeigt, was davon betroffen ist.</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>Chunk %1 fehlt im Repository.</translation>
    </message>
    <message>
        <source>There is no restore point %1 in %2.</source>
        <translation>In %2 gibt es keinen Wiederherstellungspunkt %1.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its authentication failed.</source>
        <translation>Der Wiederherstellungspunkt %1 ist beschädigt: Seine Authentifizierung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its description cannot be read.</source>
        <translation>Der Wiederherstellungspunkt %1 ist beschädigt: Seine Beschreibung kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 has no part %2.</source>
        <translation>Die Chunk-Liste der Festplatte %1 hat keinen Teil %2.</translation>
    </message>
    <message>
        <source>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</source>
        <translation>Teil %1 der Chunk-Liste der Festplatte %2 hat %3 Byte statt %4.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::RepositoryLock</name>
    <message>
        <source>%1 lock held by process %2 on %3 until %4</source>
        <translation>%1 Sperre, gehalten von Prozess %2 auf %3 bis %4</translation>
    </message>
    <message>
        <source>an exclusive</source>
        <translation>eine exklusive</translation>
    </message>
    <message>
        <source>a shared</source>
        <translation>eine gemeinsame</translation>
    </message>
    <message>
        <source>The repository %1 is busy: %2. Try again when that operation has finished.</source>
        <translation>Das Repository %1 ist belegt: %2. Versuchen Sie es erneut, wenn dieser Vorgang abgeschlossen ist.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::FileRestore</name>
    <message>
        <source>Restoring %1 from the restore point of %2 to %3.</source>
        <translation>%1 wird aus dem Wiederherstellungspunkt vom %2 nach %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restored beside the existing one: %1</source>
        <translation>Neben dem vorhandenen Element wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Nicht wiederhergestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>%n Datei wiederhergestellt</numerusform>
            <numerusform>%n Dateien wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n Ordner</numerusform>
            <numerusform>%n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ausgelassen</numerusform>
            <numerusform>%n ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::ItemRestore</name>
    <message>
        <source>The restore point %1 has no item %2.</source>
        <translation>Der Wiederherstellungspunkt %1 hat kein Element %2.</translation>
    </message>
    <message>
        <source>Restoring the %1 database %2 from the restore point of %3 to %4.</source>
        <translation>Die %1-Datenbank %2 wird aus dem Wiederherstellungspunkt vom %3 nach %4 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a database name (quotes, backslashes or control characters).</source>
        <translation>%1 kann nicht als Datenbankname verwendet werden (Anführungszeichen, Backslashes oder Steuerzeichen).</translation>
    </message>
    <message>
        <source>The environment for the database commands may only hold NAME=value assignments.</source>
        <translation>Die Umgebung für die Datenbankbefehle darf nur Zuweisungen der Form NAME=value enthalten.</translation>
    </message>
    <message>
        <source>Restoring the database %1 failed (exit %2): %3</source>
        <translation>Die Wiederherstellung der Datenbank %1 ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <source>Restored the %1 database %2 as %3.</source>
        <translation>Die %1-Datenbank %2 wurde als %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existiert bereits; wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Saved the %1 dump of %2 as %3.</source>
        <translation>Der %1-Dump von %2 wurde als %3 gespeichert.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreAudit</name>
    <message>
        <source>The catalog could not record the restore in the audit: %1</source>
        <translation>Der Katalog konnte die Wiederherstellung nicht im Audit-Protokoll vermerken: %1</translation>
    </message>
    <message>
        <source>The catalog could not read the restore audit: %1</source>
        <translation>Der Katalog konnte das Audit-Protokoll der Wiederherstellungen nicht lesen: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreSession</name>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt %1, den %2 wiederherstellen darf.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::VmRestore</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Es gibt keinen Wiederherstellungspunkt %1, den %2 wiederherstellen darf.</translation>
    </message>
    <message>
        <source>keeping the original VM</source>
        <translation>die ursprüngliche VM bleibt erhalten</translation>
    </message>
    <message>
        <source>overwriting the VM</source>
        <translation>die VM wird überschrieben</translation>
    </message>
    <message>
        <source>The restore point was made on %1, not on %2: restore it through that endpoint.</source>
        <translation>Der Wiederherstellungspunkt wurde auf %1 erstellt, nicht auf %2: Stellen Sie ihn über diesen Endpunkt wieder her.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Anmeldung bei %1 als %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Das Inventar von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</source>
        <translation>%1 existiert nicht mehr, und der Wiederherstellungspunkt vermerkt nicht, wo die VM war (er wurde von einer älteren Version erstellt). Stellen Sie stattdessen ihre Festplatten mit „restore-point download“ wieder her.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is created again.</source>
        <translation>%1 existiert nicht mehr; die VM wird neu angelegt.</translation>
    </message>
    <message>
        <source>Cannot read the snapshots of %1: %2</source>
        <translation>Die Snapshots von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</source>
        <translation>%1 hat Snapshots (%2). Löschen Sie sie, bevor Sie die VM überschreiben, oder stellen Sie sie mit dem Modus keep neben dem Original wieder her.</translation>
    </message>
    <message>
        <source>Cannot read the disks of %1: %2</source>
        <translation>Die Festplatten von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</source>
        <translation>%1 hat die Festplatte %2 nicht mehr. Stellen Sie die VM mit dem Modus keep neben dem Original wieder her.</translation>
    </message>
    <message>
        <source>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</source>
        <translation>Die Festplatte %1 von %2 hat jetzt %3 Byte, die im Wiederherstellungspunkt %4 Byte. Stellen Sie die VM mit dem Modus keep neben dem Original wieder her.</translation>
    </message>
    <message>
        <source>The disk %1 cannot be written through the datastore API.</source>
        <translation>Die Festplatte %1 kann nicht über die Datenspeicher-API geschrieben werden.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</source>
        <translation>Das Schreiben der Festplatten von %1 ist fehlgeschlagen: %2. Die VM ist ausgeschaltet und ihre Festplatten sind unvollständig: Führen Sie die Wiederherstellung erneut aus.</translation>
    </message>
    <message>
        <source>The CPU and memory settings were not restored: %1</source>
        <translation>Die CPU- und Arbeitsspeichereinstellungen wurden nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Powering off %1.</source>
        <translation>%1 wird ausgeschaltet.</translation>
    </message>
    <message>
        <source>Cannot power off %1: %2</source>
        <translation>%1 kann nicht ausgeschaltet werden: %2</translation>
    </message>
    <message>
        <source>The restore point does not say on which datastore %1 was.</source>
        <translation>Der Wiederherstellungspunkt gibt nicht an, auf welchem Datenspeicher %1 lag.</translation>
    </message>
    <message>
        <source>A VM named %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>Eine VM namens %1 existiert bereits. Entfernen Sie sie oder geben Sie der wiederhergestellten VM einen anderen Namen.</translation>
    </message>
    <message>
        <source>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>Der Datenspeicherordner %1 existiert bereits. Entfernen Sie ihn oder geben Sie der wiederhergestellten VM einen anderen Namen.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2</source>
        <translation>Das Schreiben der Festplatten von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the original location is unknown</source>
        <translation>der ursprüngliche Speicherort ist unbekannt</translation>
    </message>
    <message>
        <source>The restore point does not record the folder and resource pool of %1.</source>
        <translation>Der Wiederherstellungspunkt vermerkt Ordner und Ressourcenpool von %1 nicht.</translation>
    </message>
    <message>
        <source>the server did not name the new VM</source>
        <translation>der Server hat die neue VM nicht benannt</translation>
    </message>
    <message>
        <source>Creating the VM %1 failed: %2</source>
        <translation>Das Anlegen der VM %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Created the VM %1 (%2).</source>
        <translation>VM %1 angelegt (%2).</translation>
    </message>
    <message>
        <source>Removing %1 (%2).</source>
        <translation>%1 wird entfernt (%2).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>VM %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Powering on the restored VM.</source>
        <translation>Die wiederhergestellte VM wird eingeschaltet.</translation>
    </message>
    <message>
        <source>The restored VM did not power on: %1</source>
        <translation>Die wiederhergestellte VM wurde nicht eingeschaltet: %1</translation>
    </message>
    <message>
        <source>Writing the disk %1 (%2) to %3.</source>
        <translation>Die Festplatte %1 (%2) wird nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Restoring %1 from the restore point of %2 (%3 old): %4.</source>
        <translation>%1 wird aus dem Wiederherstellungspunkt vom %2 (vor %3 erstellt) wiederhergestellt: %4.</translation>
    </message>
    <message>
        <source>as a new VM in another place</source>
        <translation>als neue VM an einem anderen Ort</translation>
    </message>
    <message>
        <source>Only an administrator may restore a VM to a new location.</source>
        <translation>Nur ein Administrator darf eine VM an einem neuen Speicherort wiederherstellen.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of %3.</source>
        <translation>%1 ist kein Objekt vom Typ %2 auf %3.</translation>
    </message>
    <message>
        <source>Restoring to a new location.</source>
        <translation>Wiederherstellung an einem neuen Speicherort.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 exists: %2</source>
        <translation>Es lässt sich nicht feststellen, ob %1 existiert: %2</translation>
    </message>
    <message>
        <source>The restore point lacks data of the disk %1 (run repo verify).</source>
        <translation>Dem Wiederherstellungspunkt fehlen Daten der Festplatte %1 (führen Sie „repo verify“ aus).</translation>
    </message>
    <message>
        <source>The disk file %1 cannot be overwritten through the datastore API: %2</source>
        <translation>Die Festplattendatei %1 kann nicht über die Datenspeicher-API überschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>Several vApps are named %1; give its moref instead.</source>
        <translation>Mehrere vApps heißen %1; geben Sie stattdessen ihr Moref an.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>Es gibt keine vApp %1.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: %2</source>
        <translation>Die vApp %1 wird nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</source>
        <translation>Keine VM der vApp %1 hat einen Wiederherstellungspunkt von %2 oder älter, den Sie wiederherstellen dürfen.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point that you may restore.</source>
        <translation>Keine VM der vApp %1 hat einen Wiederherstellungspunkt, den Sie wiederherstellen dürfen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ssh::SshSession</name>
    <message>
        <source>Cannot find the SSH server %1: %2</source>
        <translation>Der SSH-Server %1 wurde nicht gefunden: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the SSH server %1 port %2: %3</source>
        <translation>Keine Verbindung zum SSH-Server %1, Port %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>Der Hostschlüssel von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</source>
        <translation>Der SSH-Server %1 ist noch nicht bekannt. Der Fingerabdruck seines Hostschlüssels lautet %2. Gleichen Sie ihn mit dem Administrator des Servers ab, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</source>
        <translation>Der Hostschlüssel des SSH-Servers %1 hat sich geändert: Erwartet wurde %2, der Server hat aber %3 vorgelegt. Das kann bedeuten, dass jemand die Verbindung abfängt; wurde der Server neu installiert, aktualisieren Sie den vertrauenswürdigen Fingerabdruck.</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3</source>
        <translation>Anmeldung am SSH-Server %1 als %2 nicht möglich: %3</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (wrong passphrase or unsupported format?)</source>
        <translation>die Schlüsseldatei %1 kann nicht gelesen werden (falsche Passphrase oder nicht unterstütztes Format?)</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>der Server hat den Schlüssel %1 abgelehnt</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>der Server hat das Passwort abgelehnt</translation>
    </message>
    <message>
        <source>no password or key was given</source>
        <translation>weder Passwort noch Schlüssel angegeben</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3.</source>
        <translation>Anmeldung am SSH-Server %1 als %2 nicht möglich: %3.</translation>
    </message>
    <message>
        <source>Cannot initialise libssh2 (error %1).</source>
        <translation>libssh2 kann nicht initialisiert werden (Fehler %1).</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>Es kann keine SSH-Sitzung erstellt werden.</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 hat die Ausführung eines Befehls abgelehnt: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran: %2</source>
        <translation>Die Verbindung zu %1 ist während der Ausführung des Befehls abgebrochen: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while the command ran.</source>
        <translation>%1 hat %2 s lang nichts gesendet, während der Befehl lief.</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(durch Signal %1 beendet)</translation>
    </message>
    <message>
        <source>%1 stopped answering while the command ran.</source>
        <translation>%1 hat während der Ausführung des Befehls nicht mehr geantwortet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::Caller</name>
    <message>
        <source>%1 is outside the scope of %2.</source>
        <translation>%1 liegt außerhalb des Bereichs von %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::TenantStore</name>
    <message>
        <source>The catalog could not read or write the accounts: %1</source>
        <translation>Der Katalog konnte die Konten nicht lesen oder schreiben: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</source>
        <translation>Das Konto %1 hat auf diesem Computer keinen Zugriff auf Lifeboat; ein Administrator kann es mit „lifeboat-cli tenant add“ hinzufügen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::DashboardPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Das Dashboard konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Sign in to see your backups.</source>
        <translation>Melden Sie sich an, um Ihre Sicherungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some backups could not be read: %1</source>
        <translation>Einige Sicherungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Kein Kontingent</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% belegt</translation>
    </message>
    <message>
        <source>%1% used, less than 10% free</source>
        <translation>%1% belegt, weniger als 10% frei</translation>
    </message>
    <message>
        <source>Quota full: new backups will be refused</source>
        <translation>Kontingent erschöpft: Neue Sicherungen werden abgelehnt</translation>
    </message>
    <message>
        <source>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</source>
        <translation>Noch keine Sicherungen. Legen Sie auf der Registerkarte „Jobs“ einen Sicherungsjob für Ihre VMs an und führen Sie ihn aus: Seine Ergebnisse, Geschwindigkeit und Größen erscheinen dann hier.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 24 hours.</source>
        <translation>In den letzten 24 Stunden lief kein Sicherungsjob.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 7 days.</source>
        <translation>In den letzten 7 Tagen lief kein Sicherungsjob.</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 with warnings, %4 failed, %5</source>
        <translation>%1: %2 erfolgreich, %3 mit Warnungen, %4 fehlgeschlagen, %5</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>keine Sicherung</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>Geschützte VMs</translation>
    </message>
    <message>
        <source>Unprotected VMs</source>
        <translation>Ungeschützte VMs</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Backup size (after deduplication and compression)</source>
        <translation>Sicherungsgröße (nach Deduplizierung und Komprimierung)</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Belegtes Kontingent</translation>
    </message>
    <message>
        <source>Longest job (7 days)</source>
        <translation>Längster Job (7 Tage)</translation>
    </message>
    <message>
        <source>Average speed (7 days)</source>
        <translation>Durchschnittliche Geschwindigkeit (7 Tage)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Mit Warnungen</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>Jobergebnisse</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Period of the job results</source>
        <translation>Zeitraum der Jobergebnisse</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation>Ergebnisse pro Tag</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>Jobausführungen</translation>
    </message>
    <message>
        <source>Throughput per day</source>
        <translation>Durchsatz pro Tag</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Durchsatz</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::FilesPage</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found.</source>
        <translation>
            <numerusform>%n Datei gefunden.</numerusform>
            <numerusform>%n Dateien gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select files or folders first, in the search results or a browsed restore point.</source>
        <translation>Wählen Sie zuerst Dateien oder Ordner aus, in den Suchergebnissen oder in einem geöffneten Wiederherstellungspunkt.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the restore list.</source>
        <translation>
            <numerusform>%n Eintrag zur Wiederherstellungsliste hinzugefügt.</numerusform>
            <numerusform>%n Einträge zur Wiederherstellungsliste hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the restored files as</source>
        <translation>Wiederhergestellte Dateien speichern unter</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Restore into folder</source>
        <translation>In Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>The restore list is empty: add files from the search results or a browsed restore point first.</source>
        <translation>Die Wiederherstellungsliste ist leer: Fügen Sie zuerst Dateien aus den Suchergebnissen oder einem geöffneten Wiederherstellungspunkt hinzu.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Wählen Sie die .zip-Datei, die angelegt werden soll.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Wählen Sie den Ordner, in den wiederhergestellt werden soll.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n item(s)...</source>
        <translation>
            <numerusform>%n Eintrag wird wiederhergestellt...</numerusform>
            <numerusform>%n Einträge werden wiederhergestellt...</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>Die Wiederherstellungspunkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</source>
        <translation>Es gibt noch keine Wiederherstellungspunkte. Führen Sie auf der Registerkarte „Jobs“ einen Sicherungsjob aus; mit „Gastdateien indizieren“ lassen sich seine Dateien hier durchsuchen, und in jedem Wiederherstellungspunkt kann geblättert werden.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Suche läuft...</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</source>
        <translation>Geben Sie einen Namen oder ein Muster wie *.conf ein, setzen Sie bei Bedarf Filter und drücken Sie die Eingabetaste. Durchsuchen lassen sich nur Wiederherstellungspunkte von Jobs, die Gastdateien indizieren; in jedem Wiederherstellungspunkt können Sie auf der Registerkarte „Blättern“ blättern.</translation>
    </message>
    <message>
        <source>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</source>
        <translation>Keine Datei passt. Durchsucht werden nur Wiederherstellungspunkte von Jobs, die Gastdateien indizieren; blättern Sie in einem Wiederherstellungspunkt, um Dateien in anderen zu finden.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found. Select them and press Add to restore list (or Enter).</source>
        <translation>
            <numerusform>%n Datei gefunden. Wählen Sie sie aus und klicken Sie auf „Zur Wiederherstellungsliste hinzufügen“ (oder drücken Sie die Eingabetaste).</numerusform>
            <numerusform>%n Dateien gefunden. Wählen Sie sie aus und klicken Sie auf „Zur Wiederherstellungsliste hinzufügen“ (oder drücken Sie die Eingabetaste).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a restore point to see its volumes and folders.</source>
        <translation>Wählen Sie einen Wiederherstellungspunkt, um seine Volumes und Ordner zu sehen.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the restore point...</source>
        <translation>Der Wiederherstellungspunkt wird gelesen...</translation>
    </message>
    <message>
        <source>Expand a volume or a folder to read it; select entries and press Add to restore list.</source>
        <translation>Klappen Sie ein Volume oder einen Ordner auf, um ihn zu lesen; wählen Sie Einträge aus und klicken Sie auf „Zur Wiederherstellungsliste hinzufügen“.</translation>
    </message>
    <message>
        <source>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</source>
        <translation>Noch nichts wiederherzustellen: Fügen Sie Dateien oder Ordner aus den Suchergebnissen oder einem geöffneten Wiederherstellungspunkt hinzu. Dateien aus mehreren VMs und Wiederherstellungspunkten lassen sich gemeinsam wiederherstellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</source>
        <translation>
            <numerusform>%n Eintrag aus %1 Wiederherstellungspunkten: Die Dateien jedes Wiederherstellungspunkts kommen in einen eigenen Ordner (oder eine eigene .zip-Datei), benannt nach der VM und dem Zeitpunkt.</numerusform>
            <numerusform>%n Einträge aus %1 Wiederherstellungspunkten: Die Dateien jedes Wiederherstellungspunkts kommen in einen eigenen Ordner (oder eine eigene .zip-Datei), benannt nach der VM und dem Zeitpunkt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to restore.</source>
        <translation>
            <numerusform>%n Eintrag zum Wiederherstellen.</numerusform>
            <numerusform>%n Einträge zum Wiederherstellen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring... The restore runs in the engine; you can keep working.</source>
        <translation>Wiederherstellung läuft... Die Wiederherstellung läuft in der Engine; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>Die Wiederherstellung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Wiederherstellungssitzung %1: %2. %3</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>Gastdateien</translation>
    </message>
    <message>
        <source>&amp;Find files:</source>
        <translation>Dateien &amp;finden:</translation>
    </message>
    <message>
        <source>Name or pattern, e.g. report or *.conf</source>
        <translation>Name oder Muster, z. B. report oder *.conf</translation>
    </message>
    <message>
        <source>File name or pattern</source>
        <translation>Dateiname oder Muster</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search guest files</source>
        <translation>Gastdateien durchsuchen</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only files of this VM</source>
        <translation>Nur Dateien dieser VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Alle VMs</translation>
    </message>
    <message>
        <source>&amp;Restore point:</source>
        <translation>&amp;Wiederherstellungspunkt:</translation>
    </message>
    <message>
        <source>Only files of this restore point</source>
        <translation>Nur Dateien dieses Wiederherstellungspunkts</translation>
    </message>
    <message>
        <source>All restore points</source>
        <translation>Alle Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Si&amp;ze from:</source>
        <translation>&amp;Größe von:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>bis:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Smallest size in KiB</source>
        <translation>Mindestgröße in KiB</translation>
    </message>
    <message>
        <source>Largest size in KiB</source>
        <translation>Höchstgröße in KiB</translation>
    </message>
    <message>
        <source>Modified &amp;after</source>
        <translation>Geändert &amp;ab</translation>
    </message>
    <message>
        <source>Only files modified on or after a date</source>
        <translation>Nur Dateien, die an oder nach einem Datum geändert wurden</translation>
    </message>
    <message>
        <source>Modified on or after</source>
        <translation>Geändert am oder nach</translation>
    </message>
    <message>
        <source>&amp;before</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <source>Only files modified on or before a date</source>
        <translation>Nur Dateien, die an oder vor einem Datum geändert wurden</translation>
    </message>
    <message>
        <source>Modified on or before</source>
        <translation>Geändert am oder vor</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>Such&amp;ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Browse a restore point</source>
        <translation>In Wiederherstellungspunkt &amp;blättern</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>Wiederherstellungs&amp;punkt:</translation>
    </message>
    <message>
        <source>Restore point to browse</source>
        <translation>Wiederherstellungspunkt zum Blättern</translation>
    </message>
    <message>
        <source>Choose a restore point</source>
        <translation>Wiederherstellungspunkt wählen</translation>
    </message>
    <message>
        <source>Volumes and folders of the restore point</source>
        <translation>Volumes und Ordner des Wiederherstellungspunkts</translation>
    </message>
    <message>
        <source>&amp;Add to restore list</source>
        <translation>&amp;Zur Wiederherstellungsliste hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected files to the restore list</source>
        <translation>Die ausgewählten Dateien zur Wiederherstellungsliste hinzufügen</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>Wiederherstellungsliste</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected files from the restore list</source>
        <translation>Die ausgewählten Dateien aus der Wiederherstellungsliste entfernen</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Remove every file from the restore list</source>
        <translation>Alle Dateien aus der Wiederherstellungsliste entfernen</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Wiederherstellen in:</translation>
    </message>
    <message>
        <source>a &amp;folder</source>
        <translation>einen &amp;Ordner</translation>
    </message>
    <message>
        <source>Restore into a local folder</source>
        <translation>In einen lokalen Ordner wiederherstellen</translation>
    </message>
    <message>
        <source>a .&amp;zip file</source>
        <translation>eine .&amp;zip-Datei</translation>
    </message>
    <message>
        <source>Download as a .zip file</source>
        <translation>Als .zip-Datei herunterladen</translation>
    </message>
    <message>
        <source>Folder or .zip file on this computer</source>
        <translation>Ordner oder .zip-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Restore target</source>
        <translation>Wiederherstellungsziel</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the restore target</source>
        <translation>Das Wiederherstellungsziel auswählen</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>Vorhandene Dateien &amp;überschreiben</translation>
    </message>
    <message>
        <source>Overwrite files that exist in the target folder</source>
        <translation>Dateien überschreiben, die im Zielordner vorhanden sind</translation>
    </message>
    <message>
        <source>Without it, files that exist in the folder are kept and reported.</source>
        <translation>Andernfalls werden im Ordner vorhandene Dateien behalten und gemeldet.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the files in the restore list</source>
        <translation>Die Dateien der Wiederherstellungsliste wiederherstellen</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message numerus="yes">
        <source>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</source>
        <translation>
            <numerusform>Die Wiederherstellungsliste enthält Dateien von %n VM (%1). Dateien werden jeweils in einen Gast zurückgeschrieben: Entfernen Sie die Dateien der anderen VMs aus der Liste oder stellen Sie sie in einem Ordner oder einer .zip-Datei wieder her.</numerusform>
            <numerusform>Die Wiederherstellungsliste enthält Dateien von %n VMs (%1). Dateien werden jeweils in einen Gast zurückgeschrieben: Entfernen Sie die Dateien der anderen VMs aus der Liste oder stellen Sie sie in einem Ordner oder einer .zip-Datei wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore to the original location in the &amp;guest...</source>
        <translation>Am ursprünglichen Ort im &amp;Gast wiederherstellen …</translation>
    </message>
    <message>
        <source>Restore the files into the running guest of their VM</source>
        <translation>Die Dateien im laufenden Gast ihrer VM wiederherstellen</translation>
    </message>
    <message>
        <source>Over SSH, for files of one VM at a time.</source>
        <translation>Über SSH, für die Dateien jeweils einer VM.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestFileModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Restore point %1; this version is in %n restore point(s).</source>
        <translation>
            <numerusform>Wiederherstellungspunkt %1; diese Version ist in %n Wiederherstellungspunkt enthalten.</numerusform>
            <numerusform>Wiederherstellungspunkt %1; diese Version ist in %n Wiederherstellungspunkten enthalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Wiederherstellungspunkt %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestRestoreDialog</name>
    <message>
        <source>Enter the guest&apos;s address (host name or IP address, optionally with :port).</source>
        <translation>Geben Sie die Adresse des Gasts ein (Hostname oder IP-Adresse, optional mit :Port).</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Geben Sie das Konto ein, mit dem Sie sich am Gast anmelden.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its private key file.</source>
        <translation>Geben Sie das Passwort des Kontos ein oder wählen Sie seine private Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The restore failed (restore session %1): %2</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen (Wiederherstellungssitzung %1): %2</translation>
    </message>
    <message>
        <source>Unknown guest</source>
        <translation>Unbekannter Gast</translation>
    </message>
    <message>
        <source>The guest %1 is not known yet.</source>
        <translation>Der Gast %1 ist noch nicht bekannt.</translation>
    </message>
    <message>
        <source>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</source>
        <translation>Der Fingerabdruck seines SSH-Hostschlüssels (SHA-256) lautet:
%1

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen der Administrator des Gasts nennt (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Akzeptieren Sie ihn nur, wenn beide gleich sind.</translation>
    </message>
    <message>
        <source>Accept and restore</source>
        <translation>Akzeptieren und wiederherstellen</translation>
    </message>
    <message>
        <source>Nothing was restored: the guest&apos;s host key was not accepted.</source>
        <translation>Es wurde nichts wiederhergestellt: Der Hostschlüssel des Gasts wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Private key for the guest</source>
        <translation>Privater Schlüssel für den Gast</translation>
    </message>
    <message>
        <source>Restore into the guest</source>
        <translation>Im Gast wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</source>
        <translation>
            <numerusform>%n Element von %1 wird über SSH (SFTP) an seinen ursprünglichen Ort im laufenden Gast zurückgeschrieben. Der Gast muss laufen und von diesem Computer aus erreichbar sein.</numerusform>
            <numerusform>%n Elemente von %1 werden über SSH (SFTP) an ihren ursprünglichen Ort im laufenden Gast zurückgeschrieben. Der Gast muss laufen und von diesem Computer aus erreichbar sein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest &amp;address:</source>
        <translation>Gast&amp;adresse:</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :port</source>
        <translation>Hostname oder IP-Adresse, optional mit :Port</translation>
    </message>
    <message>
        <source>Guest address</source>
        <translation>Adresse des Gasts</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>Konto im Gast</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Not stored anywhere</source>
        <translation>Wird nirgends gespeichert</translation>
    </message>
    <message>
        <source>Password of the guest account</source>
        <translation>Passwort des Kontos im Gast</translation>
    </message>
    <message>
        <source>Private key fi&amp;le:</source>
        <translation>Private Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Instead of the password (optional)</source>
        <translation>Statt des Passworts (optional)</translation>
    </message>
    <message>
        <source>Private key file of the guest account</source>
        <translation>Private Schlüsseldatei des Kontos im Gast</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Private Schlüsseldatei auswählen</translation>
    </message>
    <message>
        <source>Guest roo&amp;t folder:</source>
        <translation>S&amp;tammordner des Gasts:</translation>
    </message>
    <message>
        <source>Folder where the guest&apos;s root is</source>
        <translation>Ordner, in dem das Stammverzeichnis des Gasts liegt</translation>
    </message>
    <message>
        <source>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</source>
        <translation>/ für einen ganzen Gast; ein Ordner, wenn die Dateien des Gasts für dieses Konto unterhalb eines Ordners liegen (chroot oder Container).</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>Vorhandene Dateien:</translation>
    </message>
    <message>
        <source>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</source>
        <translation>&amp;Behalten; die wiederhergestellte Kopie daneben als _RESTORED_&lt;Datum&gt;_&lt;Uhrzeit&gt;_&lt;Name&gt; ablegen</translation>
    </message>
    <message>
        <source>Keep existing files in the guest</source>
        <translation>Vorhandene Dateien im Gast behalten</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the restored files</source>
        <translation>Mit den wiederhergestellten Dateien ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>Overwrite existing files in the guest</source>
        <translation>Vorhandene Dateien im Gast überschreiben</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the files into the guest</source>
        <translation>Die Dateien im Gast wiederherstellen</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemModel</name>
    <message>
        <source>Restore point %1</source>
        <translation>Wiederherstellungspunkt %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Datenbanksystem</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemsPage</name>
    <message>
        <source>There is no database item to restore.</source>
        <translation>Es gibt kein Datenbankelement zum Wiederherstellen.</translation>
    </message>
    <message>
        <source>Select the database to restore first.</source>
        <translation>Wählen Sie zuerst die Datenbank aus, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>Choose the file to save the dump in.</source>
        <translation>Wählen Sie die Datei, in der der Dump gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Geben Sie die SSH-Adresse und den Benutzer des Datenbankservers ein.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Wählen Sie eine Schlüsseldatei oder geben Sie das SSH-Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</source>
        <translation>Geben Sie den Fingerabdruck des Hostschlüssels des Servers ein (SHA256:...), wie ihn sein Administrator mit ssh-keygen -lf sieht.</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>%1 wird wiederhergestellt...</translation>
    </message>
    <message>
        <source>Save the database dump as</source>
        <translation>Datenbank-Dump speichern unter</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Privater SSH-Schlüssel</translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>Die Wiederherstellungspunkte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</source>
        <translation>Noch enthält kein Wiederherstellungspunkt eine Datenbank. Geben Sie einem Sicherungsjob auf der Registerkarte „Jobs“ Datenbankelemente (PostgreSQL, MariaDB/MySQL) und ein Gastkonto; nach seiner nächsten Ausführung erscheinen die Datenbanken hier.</translation>
    </message>
    <message>
        <source>Select a database, then download its dump or restore it into a server.</source>
        <translation>Wählen Sie eine Datenbank aus und laden Sie dann ihren Dump herunter oder stellen Sie sie auf einem Server wieder her.</translation>
    </message>
    <message>
        <source>Restoring %1... The restore runs in the engine; you can keep working.</source>
        <translation>%1 wird wiederhergestellt... Die Wiederherstellung läuft in der Engine; Sie können weiterarbeiten.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>Die Wiederherstellung wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Wiederherstellungssitzung %1: %2. %3</translation>
    </message>
    <message>
        <source>Database items</source>
        <translation>Datenbankelemente</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only items of this VM</source>
        <translation>Nur Elemente dieser VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Alle VMs</translation>
    </message>
    <message>
        <source>Restore the selected database</source>
        <translation>Die ausgewählte Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Download the dump to a file:</source>
        <translation>Dump in eine Datei &amp;herunterladen:</translation>
    </message>
    <message>
        <source>Download the dump to a file</source>
        <translation>Dump in eine Datei herunterladen</translation>
    </message>
    <message>
        <source>A new file on this computer</source>
        <translation>Eine neue Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>Dump file</source>
        <translation>Dump-Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Choose the dump file</source>
        <translation>Die Dump-Datei auswählen</translation>
    </message>
    <message>
        <source>Restore into a database &amp;server over SSH</source>
        <translation>Per SSH auf einem Datenbank&amp;server wiederherstellen</translation>
    </message>
    <message>
        <source>Restore into a database server over SSH</source>
        <translation>Per SSH auf einem Datenbankserver wiederherstellen</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Hostname oder Adresse</translation>
    </message>
    <message>
        <source>Database server&apos;s SSH host</source>
        <translation>SSH-Host des Datenbankservers</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH-Benutzer:</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Privater Schlüssel:</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Datei des privaten SSH-Schlüssels</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Auswählen...</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Die Datei des privaten SSH-Schlüssels auswählen</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Only without a key</source>
        <translation>Nur ohne Schlüssel</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Hostschlüssel:</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint</source>
        <translation>Fingerabdruck des Hostschlüssels des Servers</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>e.g. PGPORT=5433 (optional)</source>
        <translation>z. B. PGPORT=5433 (optional)</translation>
    </message>
    <message>
        <source>Environment for the database commands</source>
        <translation>Umgebung für die Datenbankbefehle</translation>
    </message>
    <message>
        <source>&amp;Keep the original, restore as:</source>
        <translation>Original &amp;behalten, wiederherstellen als:</translation>
    </message>
    <message>
        <source>Restore beside the original under a new name</source>
        <translation>Unter neuem Namen neben dem Original wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;database&gt;_restored</source>
        <translation>&lt;Datenbank&gt;_restored</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>Neuer Datenbankname</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original</source>
        <translation>Original &amp;überschreiben</translation>
    </message>
    <message>
        <source>Replace the original database</source>
        <translation>Die Originaldatenbank ersetzen</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Wiederherstellung läuft</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobWizard</name>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Ressourcenpool</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Rechenzentrum</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Das Inventar wird gelesen…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you may back up.</source>
        <translation>
            <numerusform>%n Objekt, das Sie sichern dürfen.</numerusform>
            <numerusform>%n Objekte, die Sie sichern dürfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in your inventory, left out: %1</source>
        <translation>Nicht mehr in Ihrem Inventar, ausgelassen: %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Ausschließen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Exclude the VM %1</source>
        <translation>Die VM %1 ausschließen</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>Festplatte %1 (%2)</translation>
    </message>
    <message>
        <source>Exclude disk %1 of %2</source>
        <translation>Festplatte %1 von %2 ausschließen</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>Sichern: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>Auslassen: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>the repository of your account</source>
        <translation>das Repository Ihres Kontos</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n restore point(s) per VM</source>
        <translation>
            <numerusform>%n Wiederherstellungspunkt pro VM behalten</numerusform>
            <numerusform>%n Wiederherstellungspunkte pro VM behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed-block tracking: on</source>
        <translation>Changed Block Tracking: ein</translation>
    </message>
    <message>
        <source>Changed-block tracking: off</source>
        <translation>Changed Block Tracking: aus</translation>
    </message>
    <message>
        <source>Quiesced snapshots</source>
        <translation>Snapshots mit stillgelegtem Gast</translation>
    </message>
    <message>
        <source>Guest files indexed for search</source>
        <translation>Gastdateien für die Suche indiziert</translation>
    </message>
    <message>
        <source>Guest processing as %1 (%2)</source>
        <translation>Gastverarbeitung als %1 (%2)</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>Passwort im Systemschlüsselbund</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Datenbankelemente: %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Zeitplan: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed VMs %n time(s), %1 s apart</source>
        <translation>
            <numerusform>Fehlgeschlagene VMs %n-mal wiederholen, im Abstand von %1 s</numerusform>
            <numerusform>Fehlgeschlagene VMs %n-mal wiederholen, im Abstand von %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to %1 (%2)</source>
        <translation>Bericht an %1 (%2)</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>Job %1 bearbeiten</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>Neuer Sicherungsjob</translation>
    </message>
    <message>
        <source>How the job is listed and what it is for.</source>
        <translation>Wie der Job aufgeführt wird und wozu er dient.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</source>
        <translation>Haken Sie die VMs und Container an, die gesichert werden sollen; VMs, die später zu einem Container hinzukommen, werden ebenfalls gesichert.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Where the restore points go and how many are kept.</source>
        <translation>Wohin die Wiederherstellungspunkte geschrieben werden und wie viele behalten werden.</translation>
    </message>
    <message>
        <source>Guest processing</source>
        <translation>Gastverarbeitung</translation>
    </message>
    <message>
        <source>Scripts around the snapshot over SSH, database items and file indexing.</source>
        <translation>Skripte vor und nach dem Snapshot über SSH, Datenbankelemente und Dateiindizierung.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>When the job runs by itself, and how failed VMs are retried.</source>
        <translation>Wann der Job von selbst läuft und wie fehlgeschlagene VMs wiederholt werden.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Who gets a report by e-mail when a run ends.</source>
        <translation>Wer nach einem Lauf einen Bericht per E-Mail erhält.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Finish saves the job.</source>
        <translation>„Fertigstellen“ speichert den Job.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Jobname</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Jobbeschreibung</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Das Inventar durchsuchen</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Erneut lesen</translation>
    </message>
    <message>
        <source>Read the inventory from the server again</source>
        <translation>Das Inventar erneut vom Server lesen</translation>
    </message>
    <message>
        <source>VMs and containers to back up</source>
        <translation>Zu sichernde VMs und Container</translation>
    </message>
    <message>
        <source>&amp;Leave out VMs or disks of what is ticked above:</source>
        <translation>VMs oder Festplatten aus der obigen Auswahl &amp;auslassen:</translation>
    </message>
    <message>
        <source>VMs and disks to leave out</source>
        <translation>Auszulassende VMs und Festplatten</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>empty: the repository of your account</source>
        <translation>leer: das Repository Ihres Kontos</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Den Repository-Ordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Keep restore points:</source>
        <translation>Wiederherstellungspunkte &amp;behalten:</translation>
    </message>
    <message>
        <source>Restore points to keep per VM</source>
        <translation>Pro VM zu behaltende Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Use &amp;changed-block tracking</source>
        <translation>&amp;Changed Block Tracking verwenden</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest for the snapshot (VMware Tools)</source>
        <translation>Gast für den Snapshot &amp;stilllegen (VMware Tools)</translation>
    </message>
    <message>
        <source>&amp;Index guest files for search</source>
        <translation>Gastdateien für die Suche &amp;indizieren</translation>
    </message>
    <message>
        <source>&amp;Guest processing (Linux guests over SSH)</source>
        <translation>&amp;Gastverarbeitung (Linux-Gäste über SSH)</translation>
    </message>
    <message>
        <source>Guest &amp;user:</source>
        <translation>Gast&amp;benutzer:</translation>
    </message>
    <message>
        <source>Guest user</source>
        <translation>Gastbenutzer</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Datei des privaten &amp;Schlüssels:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei des privaten Schlüssels</translation>
    </message>
    <message>
        <source>empty: sign in with a password</source>
        <translation>leer: Anmeldung mit einem Passwort</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Die Datei des privaten Schlüssels auswählen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Guest password</source>
        <translation>Gastpasswort</translation>
    </message>
    <message>
        <source>unchanged; kept in the system keychain</source>
        <translation>unverändert; im Systemschlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>wird im Systemschlüsselbund abgelegt</translation>
    </message>
    <message>
        <source>Pre-&amp;freeze script:</source>
        <translation>Pre-&amp;Freeze-Skript:</translation>
    </message>
    <message>
        <source>Pre-freeze script</source>
        <translation>Pre-Freeze-Skript</translation>
    </message>
    <message>
        <source>Post-&amp;thaw script:</source>
        <translation>Post-&amp;Thaw-Skript:</translation>
    </message>
    <message>
        <source>Post-thaw script</source>
        <translation>Post-Thaw-Skript</translation>
    </message>
    <message>
        <source>A failing script only &amp;warns (the VM is still backed up)</source>
        <translation>Ein fehlschlagendes Skript führt nur zu einer &amp;Warnung (die VM wird trotzdem gesichert)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL databases</source>
        <translation>Postgre&amp;SQL-Datenbanken</translation>
    </message>
    <message>
        <source>&amp;MariaDB databases</source>
        <translation>&amp;MariaDB-Datenbanken</translation>
    </message>
    <message>
        <source>Database &amp;environment:</source>
        <translation>Datenbank&amp;umgebung:</translation>
    </message>
    <message>
        <source>Database environment</source>
        <translation>Datenbankumgebung</translation>
    </message>
    <message>
        <source>PGHOST=… MYSQL_UNIX_PORT=…</source>
        <translation>PGHOST=… MYSQL_UNIX_PORT=…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Ausführen:</translation>
    </message>
    <message>
        <source>When the job runs</source>
        <translation>Wann der Job läuft</translation>
    </message>
    <message>
        <source>Only when started</source>
        <translation>Nur bei manuellem Start</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Alle N Stunden</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>Nach einem anderen Job</translation>
    </message>
    <message>
        <source>At &amp;times:</source>
        <translation>Zu den &amp;Uhrzeiten:</translation>
    </message>
    <message>
        <source>Times of day, separated by commas</source>
        <translation>Uhrzeiten, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>22:00, 03:30</source>
        <translation>22:00, 03:30</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>An den &amp;Tagen:</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Tag des &amp;Monats:</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>Every &amp;hours:</source>
        <translation>&amp;Stundenabstand:</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Stunden zwischen den Ausführungen</translation>
    </message>
    <message>
        <source>After the &amp;job:</source>
        <translation>Nach dem &amp;Job:</translation>
    </message>
    <message>
        <source>The job this one runs after</source>
        <translation>Der Job, nach dem dieser ausgeführt wird</translation>
    </message>
    <message>
        <source>Retr&amp;ies of failed VMs:</source>
        <translation>Wieder&amp;holungen für fehlgeschlagene VMs:</translation>
    </message>
    <message>
        <source>Retries of failed VMs</source>
        <translation>Wiederholungen für fehlgeschlagene VMs</translation>
    </message>
    <message>
        <source>&amp;Wait between retries:</source>
        <translation>&amp;Wartezeit zwischen Wiederholungen:</translation>
    </message>
    <message>
        <source>Seconds between retries</source>
        <translation>Sekunden zwischen den Wiederholungen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E-mail &amp;addresses:</source>
        <translation>E-Mail-&amp;Adressen:</translation>
    </message>
    <message>
        <source>E-mail addresses for reports</source>
        <translation>E-Mail-Adressen für Berichte</translation>
    </message>
    <message>
        <source>ops@example.com, backup@example.com</source>
        <translation>ops@example.com, backup@example.com</translation>
    </message>
    <message>
        <source>&amp;Send a report:</source>
        <translation>Bericht &amp;senden:</translation>
    </message>
    <message>
        <source>When a report is sent</source>
        <translation>Wann ein Bericht gesendet wird</translation>
    </message>
    <message>
        <source>When a run fails</source>
        <translation>Wenn ein Lauf fehlschlägt</translation>
    </message>
    <message>
        <source>When a run warns or fails</source>
        <translation>Wenn ein Lauf warnt oder fehlschlägt</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>Nach jedem Lauf</translation>
    </message>
    <message>
        <source>Summary of the job</source>
        <translation>Zusammenfassung des Jobs</translation>
    </message>
    <message>
        <source>Why the job was not saved</source>
        <translation>Warum der Job nicht gespeichert wurde</translation>
    </message>
    <message>
        <source>Scheduled and retried runs sign in with my password (kept in the system keychain)</source>
        <translation>Geplante und wiederholte Ausführungen melden sich mit meinem Kennwort an (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>Keep my password for scheduled runs</source>
        <translation>Mein Kennwort für geplante Ausführungen speichern</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Running %1% (%2)</source>
        <translation>Läuft: %1% (%2)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nicht geplant</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzte Ausführung</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Nächste Ausführung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsPage</name>
    <message>
        <source>%1: %p%</source>
        <translation>%1: %p%</translation>
    </message>
    <message>
        <source>Job finished: %1</source>
        <translation>Job beendet: %1</translation>
    </message>
    <message>
        <source>Job finished: %1 — %2</source>
        <translation>Job beendet: %1 — %2</translation>
    </message>
    <message>
        <source>Job started.</source>
        <translation>Job gestartet.</translation>
    </message>
    <message>
        <source>Stopping the job; its snapshots are removed first.</source>
        <translation>Der Job wird angehalten; zuerst werden seine Snapshots entfernt.</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Jobs durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Start the selected job</source>
        <translation>Den ausgewählten Job starten</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Den ausgewählten Job anhalten</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Sessions of the selected job</source>
        <translation>Sitzungen des ausgewählten Jobs</translation>
    </message>
    <message>
        <source>Log of the selected session</source>
        <translation>Protokoll der ausgewählten Sitzung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Jobs</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Akti&amp;vieren</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Deakti&amp;vieren</translation>
    </message>
    <message>
        <source>Enable the selected job</source>
        <translation>Den ausgewählten Job aktivieren</translation>
    </message>
    <message>
        <source>Disable the selected job</source>
        <translation>Den ausgewählten Job deaktivieren</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Job %1 gespeichert.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Job %1 aktiviert.</translation>
    </message>
    <message>
        <source>Job %1 disabled.</source>
        <translation>Job %1 deaktiviert.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Job löschen</translation>
    </message>
    <message>
        <source>Delete the job %1?</source>
        <translation>Den Job %1 löschen?</translation>
    </message>
    <message>
        <source>Its sessions and restore points stay; it no longer runs. This cannot be undone.</source>
        <translation>Seine Sitzungen und Wiederherstellungspunkte bleiben erhalten; er wird nicht mehr ausgeführt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Job %1 gelöscht.</translation>
    </message>
    <message>
        <source>Retrying the VMs that failed.</source>
        <translation>Die fehlgeschlagenen VMs werden erneut versucht.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n Sitzung nach %1 geschrieben.</numerusform>
            <numerusform>%n Sitzungen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Sitzung %1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <source>The &amp;selected session</source>
        <translation>Die &amp;ausgewählte Sitzung</translation>
    </message>
    <message>
        <source>All sessions of your jobs &amp;between:</source>
        <translation>Alle Sitzungen Ihrer Jobs &amp;zwischen:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>HTML (a report to read)</source>
        <translation>HTML (ein lesbarer Bericht)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Dateiformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Neuer Job…</translation>
    </message>
    <message>
        <source>Create a backup job</source>
        <translation>Einen Sicherungsjob anlegen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected job</source>
        <translation>Den ausgewählten Job bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected job</source>
        <translation>Den ausgewählten Job löschen</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Run the selected job again for the VMs that failed</source>
        <translation>Den ausgewählten Job erneut für die fehlgeschlagenen VMs ausführen</translation>
    </message>
    <message>
        <source>E&amp;xport sessions…</source>
        <translation>Sitzungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>There are no backup jobs for your account yet. Create one with New job…</source>
        <translation>Für Ihr Konto gibt es noch keine Sicherungsjobs. Legen Sie mit „Neuer Job…“ einen an.</translation>
    </message>
    <message>
        <source>PDF (a report to print or archive)</source>
        <translation>PDF (ein Bericht zum Drucken oder Archivieren)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export sessions as CSV, HTML or PDF</source>
        <translation>Sitzungen als CSV, HTML oder PDF exportieren</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::KioskPolicy</name>
    <message>
        <source>The kiosk policy %1 is not valid: %2</source>
        <translation>Die Kiosk-Richtlinie %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; must be a list of tab names.</source>
        <translation>&quot;tabs&quot; muss eine Liste von Registerkartennamen sein.</translation>
    </message>
    <message>
        <source>unknown tab &quot;%1&quot;; the tabs are %2.</source>
        <translation>unbekannte Registerkarte &quot;%1&quot;; die Registerkarten sind %2.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; names no tab.</source>
        <translation>&quot;tabs&quot; nennt keine Registerkarte.</translation>
    </message>
    <message>
        <source>&quot;idle_minutes&quot; must be a number of minutes above 0.</source>
        <translation>&quot;idle_minutes&quot; muss eine Anzahl Minuten größer als 0 sein.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::LogViewer</name>
    <message>
        <source>Log — %1</source>
        <translation>Protokoll — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Das Protokoll filtern</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>Das Protokoll %1 kann nicht gelesen werden: %2</translation>
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
        <source>You were not signed in automatically: %1</source>
        <translation>Sie wurden nicht automatisch angemeldet: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>&amp;VMs</source>
        <translation>&amp;VMs</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Da&amp;teien</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elemente</translation>
    </message>
    <message>
        <source>%1 (administrator) on %2</source>
        <translation>%1 (Administrator) auf %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Signed out after %1 idle minutes.</source>
        <translation>Nach %1 Minuten Inaktivität abgemeldet.</translation>
    </message>
    <message>
        <source>This kiosk cannot be closed here: its policy sets no administrator password.</source>
        <translation>Dieser Kiosk kann hier nicht geschlossen werden: Seine Richtlinie legt kein Administratorpasswort fest.</translation>
    </message>
    <message>
        <source>Close Lifeboat</source>
        <translation>Lifeboat schließen</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Administratorpasswort:</translation>
    </message>
    <message>
        <source>Wrong administrator password; Lifeboat stays open.</source>
        <translation>Falsches Administratorpasswort; Lifeboat bleibt geöffnet.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Job %1: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 — %3</source>
        <translation>Job %1: %2 — %3</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Protokoll &amp;anzeigen</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
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
    <name>lifeboat::ui::PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreVmWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>%1 wiederherstellen</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Festplatten</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Restore points of %1</source>
        <translation>Wiederherstellungspunkte von %1</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>Choose the state of %1 to restore; the newest is selected.</source>
        <translation>Wählen Sie den Stand von %1, der wiederhergestellt werden soll; der neueste ist ausgewählt.</translation>
    </message>
    <message>
        <source>Restore mode</source>
        <translation>Wiederherstellungsmodus</translation>
    </message>
    <message>
        <source>&amp;Keep the original: restore as a new VM next to it</source>
        <translation>Original &amp;behalten: als neue VM daneben wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original VM</source>
        <translation>Original-VM &amp;überschreiben</translation>
    </message>
    <message>
        <source>Name of the restored VM</source>
        <translation>Name der wiederhergestellten VM</translation>
    </message>
    <message>
        <source>&amp;Power on the VM after the restore</source>
        <translation>VM nach der Wiederherstellung &amp;einschalten</translation>
    </message>
    <message>
        <source>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</source>
        <translation>Die VM wird ausgeschaltet, und ihre Festplatten, CPUs und ihr Arbeitsspeicher werden durch die des Wiederherstellungspunkts ersetzt. Alles, was seitdem auf sie geschrieben wurde, geht verloren. Sie behält ihre Identität, sodass ihre Sicherungsjobs sie weiterhin schützen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>%1 will be powered off and overwritten with its state of %2.</source>
        <translation>%1 wird ausgeschaltet und mit dem Stand vom %2 überschrieben.</translation>
    </message>
    <message>
        <source>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</source>
        <translation>%1 mit dem Stand vom %2 wird als neue VM namens %3 wiederhergestellt; das Original bleibt unverändert.</translation>
    </message>
    <message>
        <source>It is powered on afterwards.</source>
        <translation>Anschließend wird sie eingeschaltet.</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <source>The disks are written there as image files, sparse where they are empty.</source>
        <translation>Die Festplatten werden dort als Abbilddateien geschrieben; leere Bereiche werden nicht belegt (Sparse-Dateien).</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Extract</source>
        <translation>&amp;Extrahieren</translation>
    </message>
    <message>
        <source>The disks of %1 as of %2 will be written into %3.</source>
        <translation>Die Festplatten von %1 mit dem Stand vom %2 werden nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>Restore the vApp %1</source>
        <translation>Die vApp %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Members restored</source>
        <translation>Wiederhergestellte Mitglieder</translation>
    </message>
    <message>
        <source>Newest restore point of each member</source>
        <translation>Neuester Wiederherstellungspunkt jedes Mitglieds</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Points in time of the vApp %1</source>
        <translation>Zeitpunkte der vApp %1</translation>
    </message>
    <message>
        <source>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</source>
        <translation>Jedes Mitglied von %1 aus seinem neuesten Wiederherstellungspunkt wiederherstellen oder aus seinem neuesten, der nicht neuer als ein Zeitpunkt ist.</translation>
    </message>
    <message>
        <source>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</source>
        <translation>Originale &amp;behalten: jedes Mitglied als neue VM &lt;Name&gt;_restored daneben in der vApp wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Overwrite the member VMs</source>
        <translation>Die Mitglieds-VMs ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Power on the VMs after the restore</source>
        <translation>VMs nach der Wiederherstellung &amp;einschalten</translation>
    </message>
    <message>
        <source>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</source>
        <translation>Jedes Mitglied wird ausgeschaltet, und seine Festplatten, CPUs und sein Arbeitsspeicher werden durch die seines Wiederherstellungspunkts ersetzt. Alles, was seitdem darauf geschrieben wurde, geht verloren.</translation>
    </message>
    <message>
        <source>%1 as of %2 → %3</source>
        <translation>%1 mit Stand %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored, no restore point</source>
        <translation>%1: nicht wiederhergestellt, kein Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>The members of %1 will be powered off and overwritten:</source>
        <translation>Die Mitglieder von %1 werden ausgeschaltet und überschrieben:</translation>
    </message>
    <message>
        <source>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</source>
        <translation>Die Mitglieder von %1 werden als neue VMs in der vApp wiederhergestellt; die Originale bleiben unberührt:</translation>
    </message>
    <message>
        <source>They are powered on afterwards.</source>
        <translation>Anschließend werden sie eingeschaltet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SettingsDialog</name>
    <message>
        <source>Mail server saved.</source>
        <translation>Mailserver gespeichert.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Testnachricht gesendet.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <source>Mail server for job reports (administrators)</source>
        <translation>Mailserver für Job-Berichte (Administratoren)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Absender:</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>&amp;Benutzer (optional):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Vertrauenswürdiges Zertifikat:</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>None (no encryption)</source>
        <translation>Keine (unverschlüsselt)</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>wird im Systemschlüsselbund abgelegt; leer: unverändert</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint, when the system does not trust the server</source>
        <translation>SHA-256-Fingerabdruck, wenn das System dem Server nicht vertraut</translation>
    </message>
    <message>
        <source>&amp;Save mail server</source>
        <translation>Mailserver &amp;speichern</translation>
    </message>
    <message>
        <source>test address</source>
        <translation>Testadresse</translation>
    </message>
    <message>
        <source>Address for a test message</source>
        <translation>Adresse für eine Testnachricht</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>&amp;Test senden</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test:</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SignInPage</name>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Geben Sie die Adresse Ihres vCenter-Servers ein.</translation>
    </message>
    <message>
        <source>Enter your user name, e.g. DOMAIN\Username or user@domain.</source>
        <translation>Geben Sie Ihren Benutzernamen ein, z. B. DOMAIN\Username oder user@domain.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Unbekanntes Zertifikat</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht.</translation>
    </message>
    <message>
        <source>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</source>
        <translation>Sein SHA-256-Fingerabdruck lautet:
%1

Vergleichen Sie ihn mit dem Fingerabdruck, den Ihr Administrator Ihnen nennt. Vertrauen Sie ihm nur, wenn beide übereinstimmen; Lifeboat lehnt dann jedes andere Zertifikat für diesen Server ab.</translation>
    </message>
    <message>
        <source>Trust and sign in</source>
        <translation>Vertrauen und anmelden</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Nicht angemeldet: Dem Zertifikat des Servers wurde nicht vertraut.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Back up and restore your virtual machines, guest files and databases.</source>
        <translation>Sicherung und Wiederherstellung Ihrer virtuellen Maschinen, Gastdateien und Datenbanken.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>vcenter.example.com</source>
        <translation>vcenter.example.com</translation>
    </message>
    <message>
        <source>DOMAIN\Username or user@domain</source>
        <translation>DOMAIN\Username oder user@domain</translation>
    </message>
    <message>
        <source>&amp;Remain signed in</source>
        <translation>&amp;Angemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain until you sign out.</source>
        <translation>Bewahrt Ihr Passwort bis zur Abmeldung im Systemschlüsselbund auf.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Anzeigesprache</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository-Ordner</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Wählen Sie den Repository-Ordner, der geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Verbinden mit:</translation>
    </message>
    <message>
        <source>A vCenter server</source>
        <translation>Einem vCenter-Server</translation>
    </message>
    <message>
        <source>A repository folder, offline</source>
        <translation>Einem Repository-Ordner, offline</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Verbinden mit</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;pository:</translation>
    </message>
    <message>
        <source>/mnt/backup/lifeboat</source>
        <translation>/mnt/backup/lifeboat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Repository &amp;password:</source>
        <translation>Repository-Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</source>
        <translation>Wählen Sie einen Cloud Director aus der Liste; ein Administrator fügt ihn mit &apos;lifeboat-cli endpoint add URL --kind vcd&apos; hinzu.</translation>
    </message>
    <message>
        <source>Enter your user name as user@organization.</source>
        <translation>Geben Sie Ihren Benutzernamen als benutzer@organisation ein.</translation>
    </message>
    <message>
        <source>VMware Cloud Director</source>
        <translation>VMware Cloud Director</translation>
    </message>
    <message>
        <source>user@organization</source>
        <translation>benutzer@organisation</translation>
    </message>
    <message>
        <source>vcd.example.com</source>
        <translation>vcd.example.com</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsModel</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Geschützt</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Ungeschützt</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Betriebszustand</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Wiederherstellungspunkte</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Letzte Sicherung</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Gastbetriebssystem</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Festplattengröße</translation>
    </message>
    <message numerus="yes">
        <source>vApp with %n VM(s)</source>
        <translation>
            <numerusform>vApp mit %n VM</numerusform>
            <numerusform>vApp mit %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%1 von %2 an</translation>
    </message>
    <message>
        <source>Partly protected (%1 of %2)</source>
        <translation>Teilweise geschützt (%1 von %2)</translation>
    </message>
    <message>
        <source>The newest time every member of the vApp has a restore point for</source>
        <translation>Der neueste Zeitpunkt, für den jedes Mitglied der vApp einen Wiederherstellungspunkt hat</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsPage</name>
    <message>
        <source>Backing up %1 now.</source>
        <translation>%1 wird jetzt gesichert.</translation>
    </message>
    <message>
        <source>%1 has no restore point yet; back it up first.</source>
        <translation>%1 hat noch keinen Wiederherstellungspunkt; sichern Sie die VM zuerst.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Wiederherstellung aus %1…</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Wiederherstellungssitzung %1: %2. %3</translation>
    </message>
    <message>
        <source>Search VMs</source>
        <translation>VMs durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>Fortschritt der Wiederherstellung</translation>
    </message>
    <message>
        <source>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</source>
        <translation>In Ihrem Bereich befinden sich keine virtuellen Maschinen. Fragen Sie Ihren Administrator, welche Ordner, Ressourcenpools, vApps oder Tags Ihrem Konto zugewiesen wurden.</translation>
    </message>
    <message>
        <source>Extracting the disks of %1…</source>
        <translation>Die Festplatten von %1 werden extrahiert…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n disk(s): %1</source>
        <translation>
            <numerusform>%n Festplatte extrahiert: %1</numerusform>
            <numerusform>%n Festplatten extrahiert: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extract disks…</source>
        <translation>Festplatten &amp;extrahieren…</translation>
    </message>
    <message>
        <source>Extract the disks of the selected VM</source>
        <translation>Die Festplatten der ausgewählten VM extrahieren</translation>
    </message>
    <message>
        <source>Backing up the vApp %1 now through %2.</source>
        <translation>Die vApp %1 wird jetzt über %2 gesichert.</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Nicht gestartet: %1.</translation>
    </message>
    <message>
        <source>No backup job protects %1; create one in the Jobs tab.</source>
        <translation>Kein Sicherungsjob schützt %1; legen Sie einen auf der Registerkarte Jobs an.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point yet; back it up first.</source>
        <translation>Noch keine VM der vApp %1 hat einen Wiederherstellungspunkt; sichern Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Restoring the vApp %1…</source>
        <translation>Die vApp %1 wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>vApp %1 restored: %2 (sessions %3).</source>
        <translation>vApp %1 wiederhergestellt: %2 (Sitzungen %3).</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1.</source>
        <translation>Nicht wiederhergestellt, kein Wiederherstellungspunkt: %1.</translation>
    </message>
    <message>
        <source>Back up the selected VM or vApp now</source>
        <translation>Die ausgewählte VM oder vApp jetzt sichern</translation>
    </message>
    <message>
        <source>Restore the selected VM or vApp</source>
        <translation>Die ausgewählte VM oder vApp wiederherstellen</translation>
    </message>
    <message>
        <source>Virtual machines and vApps</source>
        <translation>Virtuelle Maschinen und vApps</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcdClient</name>
    <message>
        <source>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</source>
        <translation>Die Liste der API-Versionen des Servers ist nicht lesbar (%1). Ist das eine Adresse von VMware Cloud Director?</translation>
    </message>
    <message>
        <source>no SupportedVersions</source>
        <translation>kein SupportedVersions</translation>
    </message>
    <message>
        <source>The server&apos;s query reply is not readable: %1</source>
        <translation>Die Antwort des Servers auf die Abfrage ist nicht lesbar: %1</translation>
    </message>
    <message>
        <source>%1 did not accept the session (HTTP 401).</source>
        <translation>%1 hat die Sitzung nicht angenommen (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 does not let this account do that: %2</source>
        <translation>%1 erlaubt diesem Konto das nicht: %2</translation>
    </message>
    <message>
        <source>%1 refused API version %2: %3</source>
        <translation>%1 hat die API-Version %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>%1 ist nicht erreichbar: keine Antwort innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</source>
        <translation>%1 bietet die Cloud-Director-API-Versionen %2 an, Lifeboat spricht aber nur %3. Aktualisieren Sie Cloud Director oder Lifeboat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</source>
        <translation>Cloud-Director-Konten werden als benutzer@organisation geschrieben (die des Providers als benutzer@System); „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</source>
        <translation>%1 hat die Anmeldung von %2@%3 abgelehnt. Benutzername, Passwort oder Organisation ist falsch; Cloud Director sagt nicht, was davon.</translation>
    </message>
    <message>
        <source>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</source>
        <translation>%1 hat die Anmeldung angenommen, aber kein Zugriffstoken gesendet. Cloud Director 10.4 oder neuer wird benötigt.</translation>
    </message>
    <message>
        <source>The session with %1 ended and signing in again did not help.</source>
        <translation>Die Sitzung mit %1 ist abgelaufen, und eine erneute Anmeldung hat nicht geholfen.</translation>
    </message>
    <message>
        <source>The session with %1 ended, and signing in again failed: %2</source>
        <translation>Die Sitzung mit %1 ist abgelaufen, und die erneute Anmeldung ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Powering on %1</source>
        <translation>Das Einschalten von %1</translation>
    </message>
    <message>
        <source>Powering off %1</source>
        <translation>Das Ausschalten von %1</translation>
    </message>
    <message>
        <source>Shutting down %1</source>
        <translation>Das Herunterfahren von %1</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>Das Zurücksetzen von %1</translation>
    </message>
    <message>
        <source>The server&apos;s task is not readable (%1).</source>
        <translation>Die Aufgabe des Servers ist nicht lesbar (%1).</translation>
    </message>
    <message>
        <source>no Task document</source>
        <translation>kein Task-Dokument</translation>
    </message>
    <message>
        <source>the task has no status</source>
        <translation>die Aufgabe hat keinen Status</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was refused by %2: %3</source>
        <translation>%1 wurde von %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ist auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>der Server hat keinen Grund genannt</translation>
    </message>
    <message>
        <source>%1 was canceled on %2.</source>
        <translation>%1 wurde auf %2 abgebrochen.</translation>
    </message>
    <message>
        <source>%1 was aborted on %2.</source>
        <translation>%1 wurde auf %2 vorzeitig beendet.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s task has no address to follow.</source>
        <translation>%1: Die Aufgabe des Servers hat keine Adresse, der gefolgt werden kann.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</source>
        <translation>%1 wurde nicht innerhalb von %2 s abgeschlossen (noch %3 auf %4; die Aufgabe läuft dort weiter).</translation>
    </message>
    <message>
        <source>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</source>
        <translation>Zum Importieren einer vCenter-VM in eine vApp wird das Konto des Providers benötigt (USER@System); %1 ist nicht als Provider angemeldet.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>dieser Client</translation>
    </message>
    <message>
        <source>Importing %1 (%2) into the vApp %3</source>
        <translation>Das Importieren von %1 (%2) in die vApp %3</translation>
    </message>
    <message>
        <source>%1 finished the import, but the vApp %2 shows no VM named %3.</source>
        <translation>%1 hat den Import abgeschlossen, aber die vApp %2 zeigt keine VM namens %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcenterLinks</name>
    <message>
        <source>The catalog could not read or write the Cloud Director vCenter links: %1</source>
        <translation>Der Katalog konnte die vCenter-Verknüpfungen von Cloud Director nicht lesen oder schreiben: %1</translation>
    </message>
    <message>
        <source>No link for the vCenter %1.</source>
        <translation>Keine Verknüpfung für das vCenter %1.</translation>
    </message>
    <message>
        <source>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</source>
        <translation>Cloud Director gibt nicht an, welche vCenter-VM die VM %1 ist, daher sind ihre Festplatten nicht erreichbar. Lifeboat braucht die vCenter-Identität der VMs in den Abfrageergebnissen der Organisation.</translation>
    </message>
    <message>
        <source>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</source>
        <translation>Die Organisation %1 hat VMs auf mehreren vCenter-Servern (%2); Lifeboat sichert eine Organisation nur auf einem einzigen vCenter.</translation>
    </message>
    <message>
        <source>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</source>
        <translation>Die VMs von %1 liegen auf dem vCenter %2, das mit keinem Server von Lifeboat verknüpft ist. Ein Administrator verknüpft es mit „lifeboat-cli vcd vcenter link“.</translation>
    </message>
    <message>
        <source>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</source>
        <translation>%1 ist ein Provider-Konto. Provider verwalten Lifeboat über das vCenter; die Anmeldung über Cloud Director ist für Benutzer von Organisationen gedacht.</translation>
    </message>
    <message>
        <source>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</source>
        <translation>Die Organisation %1 nutzt Lifeboat auf diesem Computer nicht; der Provider fügt sie mit „lifeboat-cli vcd org set“ hinzu.</translation>
    </message>
    <message>
        <source>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</source>
        <translation>Lifeboat kann das vCenter %1 für Ihre Organisation nicht erreichen: Das Passwort seines Dienstkontos %2 ist nicht im Systemschlüsselbund (%3). Wenden Sie sich an Ihren Provider.</translation>
    </message>
    <message>
        <source>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</source>
        <translation>der Provider hat kein Cloud-Director-Konto für Lifeboat festgelegt (&apos;lifeboat-cli vcd provider set&apos;)</translation>
    </message>
    <message>
        <source>the password of the provider&apos;s account %1 is not in the system keychain (%2)</source>
        <translation>das Passwort des Provider-Kontos %1 ist nicht im Systemschlüsselbund (%2)</translation>
    </message>
    <message>
        <source>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</source>
        <translation>Cloud Director zeigt Ihrer Organisation nicht, welche vCenter-VM jede ihrer VMs ist, und Lifeboat kann nicht als Provider nachfragen: %1.</translation>
    </message>
    <message>
        <source>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</source>
        <translation>%1 wurde auf dem vCenter wiederhergestellt, ist aber nicht in der vApp %2 in Cloud Director: %3.</translation>
    </message>
    <message>
        <source>%1 was restored but not powered on through Cloud Director: %2.</source>
        <translation>%1 wurde wiederhergestellt, aber nicht über Cloud Director eingeschaltet: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreSource</name>
    <message>
        <source>Reading %1 at offset %2 failed: %3</source>
        <translation>Lesen von %1 bei Offset %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</source>
        <translation>Die Datenspeicherdatei %1 endet vor Offset %2: Die Daten der Festplatte sind nicht vollständig.</translation>
    </message>
    <message>
        <source>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</source>
        <translation>Der Server hat auf eine Anfrage nach %1 Byte von %2 bei Offset %3 mit HTTP %4 und %5 Byte geantwortet.</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside the disk.</source>
        <translation>Das Lesen von %1 Byte bei %2 liegt außerhalb der Festplatte.</translation>
    </message>
    <message>
        <source>Reading %1 at offset %2 failed: the server did not answer within %3 s.</source>
        <translation>Lesen von %1 bei Offset %2 fehlgeschlagen: Der Server hat nicht innerhalb von %3 s geantwortet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreUpload</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the server did not take data for %2 s.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: Der Server hat %2 s lang keine Daten angenommen.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2).</source>
        <translation>Der Server hat das Speichern von %1 abgelehnt (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::InventoryCache</name>
    <message>
        <source>The catalog could not keep the inventory: %1</source>
        <translation>Der Katalog konnte das Inventar nicht speichern: %1</translation>
    </message>
    <message>
        <source>The catalog could not keep the inventory.</source>
        <translation>Der Katalog konnte das Inventar nicht speichern.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::TagClient</name>
    <message>
        <source>The tagging service&apos;s certificate is not the trusted one (%1).</source>
        <translation>Das Zertifikat des Tagging-Dienstes entspricht nicht dem vertrauenswürdigen (%1).</translation>
    </message>
    <message>
        <source>The tagging service refused %1: HTTP %2 %3</source>
        <translation>Der Tagging-Dienst hat %1 abgelehnt: HTTP %2 %3</translation>
    </message>
    <message>
        <source>The tagging service answered %1 with something that is not JSON.</source>
        <translation>Der Tagging-Dienst hat auf %1 mit etwas geantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>Cannot sign in to the tagging service: %1</source>
        <translation>Anmeldung beim Tagging-Dienst nicht möglich: %1</translation>
    </message>
    <message>
        <source>There is no tag named %1.</source>
        <translation>Es gibt kein Tag namens %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tags are named %1 (in different categories); rename them so that the scope names one.</source>
        <translation>
            <numerusform>%n Tag heißt %1 (in verschiedenen Kategorien); benennen Sie die Tags um, damit der Bereich genau eines nennt.</numerusform>
            <numerusform>%n Tags heißen %1 (in verschiedenen Kategorien); benennen Sie sie um, damit der Bereich genau eines nennt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the objects tagged %1: %2</source>
        <translation>Die mit %1 getaggten Objekte können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the tags that scope %1: %2</source>
        <translation>Die Tags, die den Bereich von %1 festlegen, können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::VsphereClient</name>
    <message>
        <source>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</source>
        <translation>Dieser Computer vertraut dem Zertifikat von %1 nicht. Sein SHA-256-Fingerabdruck lautet %2. Vergleichen Sie ihn mit dem Fingerabdruck, den Ihnen Ihr Administrator nennt, bevor Sie dem Zertifikat vertrauen.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</source>
        <translation>Das Zertifikat von %1 hat sich geändert: Sein SHA-256-Fingerabdruck lautet jetzt %2, vertraut wurde aber %3. Die Verbindung wurde abgelehnt; wenn das Zertifikat des Servers absichtlich ersetzt wurde, vertrauen Sie dem neuen Fingerabdruck.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 hat den Benutzernamen oder das Passwort abgelehnt.</translation>
    </message>
    <message>
        <source>The session with %1 has ended; sign in again.</source>
        <translation>Die Sitzung mit %1 ist abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 meldet %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</source>
        <translation>%1 hat mit HTTP %2 statt mit einer Antwort der vSphere-API geantwortet. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer vSphere-Dienstbeschreibung.</translation>
    </message>
    <message>
        <source>The server&apos;s CurrentTime reply holds no time.</source>
        <translation>Die CurrentTime-Antwort des Servers enthält keine Zeitangabe.</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read (%1).</source>
        <translation>Die Inventarantwort des Servers kann nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>not a property reply</source>
        <translation>keine Eigenschaftsantwort</translation>
    </message>
    <message>
        <source>The server created no view of its inventory.</source>
        <translation>Der Server hat keine Ansicht seines Inventars angelegt.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>%1 ist nicht erreichbar: keine Antwort innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 reply cannot be read.</source>
        <translation>Die Antwort des Servers (%1) kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>changed-block</source>
        <translation>geänderte Blöcke</translation>
    </message>
    <message>
        <source>The server reported a changed area outside the disk.</source>
        <translation>Der Server hat einen geänderten Bereich außerhalb der Festplatte gemeldet.</translation>
    </message>
    <message>
        <source>%1 is not a datastore path.</source>
        <translation>%1 ist kein Datenspeicherpfad.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ist größer als %2 Byte.</translation>
    </message>
    <message>
        <source>The datastore has no file %1.</source>
        <translation>Im Datenspeicher gibt es keine Datei %1.</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read.</source>
        <translation>Die Inventarantwort des Servers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was lost (%1); the inventory is read in full.</source>
        <translation>Der Änderungs-Feed des Servers ging verloren (%1); das Inventar wird vollständig gelesen.</translation>
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
    <message>
        <source>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</source>
        <translation>Die Konsole für einen gemeinsam genutzten Wiederherstellungskiosk sperren (auch über die systemweite Richtliniendatei einstellbar).</translation>
    </message>
    <message>
        <source>Open a repository folder without any server or catalog (the offline restore workstation).</source>
        <translation>Einen Repository-Ordner ohne Server oder Katalog öffnen (die Offline-Wiederherstellungsstation).</translation>
    </message>
</context>
</TS>
