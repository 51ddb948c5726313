<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>Le moteur ne fonctionne pas, car son catalogue n’a pas pu être ouvert.</translation>
    </message>
</context>
<context>
    <name>lifeboat::catalog::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</source>
        <translation>Impossible de créer le dossier %1 pour le catalogue. Vérifiez ses droits ou choisissez un autre emplacement avec --catalog.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Impossible d’ouvrir le catalogue %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</source>
        <translation>%1 n’est pas un catalogue SQLite lisible (%2). Il n’a pas été modifié ; déplacez-le ou choisissez un autre fichier avec --catalog.</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</source>
        <translation>Le catalogue %1 a la version de schéma %2, mais ce Lifeboat ne connaît que jusqu’à la %3. Mettez Lifeboat à jour ou choisissez un autre catalogue avec --catalog.</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</source>
        <translation>Impossible de copier le catalogue vers %1 avant sa mise à niveau ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot switch the catalog to WAL mode: %1</source>
        <translation>Impossible de passer le catalogue en mode WAL : %1</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>Le catalogue n’est pas ouvert.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</source>
        <translation>Ce fichier est une base SQLite, mais pas un catalogue Lifeboat (il n’a pas de table schema_version). Choisissez un autre fichier avec --catalog.</translation>
    </message>
    <message>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>Impossible de lire la version de schéma du catalogue : %1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>Impossible de créer la table schema_version : %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Impossible de démarrer une transaction : %1</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</source>
        <translation>La mise à niveau du catalogue vers le schéma %1 a échoué (%2). Le catalogue est resté au schéma %3.</translation>
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
        <translation>Usage : lifeboat-cli [--catalog CHEMIN] [--json] COMMANDE

Commandes :
  version          afficher la version
  catalog info     afficher l’emplacement, le schéma et le contenu du catalogue
  catalog migrate  ouvrir le catalogue et mettre son schéma à niveau si besoin
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Catalog:        %1</source>
        <translation>Catalogue :      %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Version de schéma : %1 (dernière %2)</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>Mode de journal : %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Taille :         %1 octets</translation>
    </message>
    <message>
        <source>Endpoints:      %1</source>
        <translation>Points d’accès : %1</translation>
    </message>
    <message>
        <source>Repositories:   %1</source>
        <translation>Dépôts :         %1</translation>
    </message>
    <message>
        <source>Jobs:           %1</source>
        <translation>Tâches :         %1</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>Sessions :       %1</translation>
    </message>
    <message>
        <source>Lifeboat headless console: the same engine as the GUI.</source>
        <translation>Console Lifeboat sans interface graphique : le même moteur que l’interface.</translation>
    </message>
    <message>
        <source>SQLite catalog to use (default: $%1, then the XDG data folder).</source>
        <translation>Catalogue SQLite à utiliser (par défaut : $%1, puis le dossier de données XDG).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Afficher du JSON lisible par une machine.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>Action à effectuer ; voir la liste ci-dessous.</translation>
    </message>
    <message>
        <source>error: no command given</source>
        <translation>erreur : aucune commande indiquée</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>erreur : commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>About Lifeboat</source>
        <translation>À propos de Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</source>
        <translation>Lifeboat %1
Sauvegarde et restauration en libre-service pour VMware vSphere et Cloud Director.</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>À &amp;propos de Lifeboat</translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Moteur arrêté : %1</translation>
    </message>
    <message>
        <source>Engine ready</source>
        <translation>Moteur prêt</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OverviewPage</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>Le catalogue n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3 journal</source>
        <translation>%1 sur %2, journal %3</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Cette installation</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catalogue :</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Version de schéma :</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Points d’accès :</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Dépôts :</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Tâches :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sessions :</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat backup and restore console</source>
        <translation>Console de sauvegarde et de restauration Lifeboat</translation>
    </message>
    <message>
        <source>SQLite catalog to use.</source>
        <translation>Catalogue SQLite à utiliser.</translation>
    </message>
    <message>
        <source>Display language (en, de, fr, es, ja).</source>
        <translation>Langue d’affichage (en, de, fr, es, ja).</translation>
    </message>
</context>
</TS>
