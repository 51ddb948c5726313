<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>lifeboat::Engine</name>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>There is no catalog.</source>
        <translation>Il n’y a pas de catalogue.</translation>
    </message>
    <message>
        <source>The session %1 belongs to another account.</source>
        <translation>La session %1 appartient à un autre compte.</translation>
    </message>
    <message>
        <source>No backup job protects this VM yet; create one in the Jobs tab.</source>
        <translation>Aucune tâche de sauvegarde ne protège encore cette VM ; créez-en une dans l’onglet Tâches.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>La tâche %1 n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of your jobs&apos; repositories.</source>
        <translation>Le dépôt %1 ne fait pas partie des dépôts de vos tâches.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Il n’existe aucun point de restauration %1 que %2 puisse restaurer.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>Vous n’avez pas le droit d’écrire dans le dossier %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The smallest size is larger than the largest.</source>
        <translation>La taille minimale est supérieure à la taille maximale.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>La plage de dates se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Add files to the restore list first.</source>
        <translation>Ajoutez d’abord des fichiers à la liste de restauration.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Choisissez le fichier .zip à créer.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Choisissez le dossier dans lequel restaurer.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choisissez d’abord un élément.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Saisissez l’adresse SSH et l’utilisateur du serveur de base de données.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Choisissez un fichier de clé ou saisissez le mot de passe SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</source>
        <translation>Saisissez l’empreinte de la clé d’hôte du serveur (SHA256:...), comparée à celle que voit l’administrateur du serveur.</translation>
    </message>
    <message>
        <source>A new name restores beside the original; it cannot be combined with overwriting.</source>
        <translation>Un nouveau nom restaure à côté de l’original ; il ne peut pas être combiné avec l’écrasement.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</source>
        <translation>Le dépôt est ouvert hors ligne : restaurer une VM nécessite un vCenter. Extrayez plutôt ses disques, ou connectez-vous à un serveur.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of yours.</source>
        <translation>Le dépôt %1 ne vous appartient pas.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 n’est pas un dossier.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that you may restore.</source>
        <translation>Il n’existe aucun point de restauration %1 que vous puissiez restaurer.</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Seul un administrateur peut modifier le serveur de messagerie.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Message de test</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat peut envoyer des rapports via ce serveur de messagerie.</translation>
    </message>
    <message>
        <source>The job %1 is running; stop it before deleting it.</source>
        <translation>La tâche %1 est en cours d’exécution ; arrêtez-la avant de la supprimer.</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>La tâche %1 n’a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>No VM failed in the last session of %1; nothing to retry.</source>
        <translation>Aucune VM n’a échoué lors de la dernière session de %1 ; rien à relancer.</translation>
    </message>
    <message>
        <source>Export as csv or html.</source>
        <translation>Exportez au format csv ou html.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>La fin de la période doit être postérieure à son début.</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>Sessions du %1 au %2</translation>
    </message>
    <message>
        <source>A newer sign-in or sign-out replaced this one.</source>
        <translation>Une connexion ou déconnexion plus récente a remplacé celle-ci.</translation>
    </message>
    <message>
        <source>Offline there is no server password to keep.</source>
        <translation>Hors ligne, il n’y a pas de mot de passe de serveur à conserver.</translation>
    </message>
    <message>
        <source>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</source>
        <translation>Votre mot de passe n’a pas pu être conservé pour les exécutions planifiées : %1 Enregistrez la tâche sans le conserver et demandez à votre administrateur d’en enregistrer un.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</source>
        <translation>Saisissez l’adresse de l’invité : un nom d’hôte ou une adresse IP, éventuellement avec :port.</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Saisissez le compte avec lequel se connecter à l’invité.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its key file.</source>
        <translation>Saisissez le mot de passe du compte ou choisissez son fichier de clé.</translation>
    </message>
    <message>
        <source>The guest&apos;s root folder must be an absolute path, such as /.</source>
        <translation>Le dossier racine de l’invité doit être un chemin absolu, par exemple /.</translation>
    </message>
    <message>
        <source>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</source>
        <translation>La liste de restauration contient des fichiers de plusieurs VM. Les fichiers retournent dans un seul invité à la fois : ne gardez dans la liste que les fichiers d’une VM, ou restaurez-les dans un dossier.</translation>
    </message>
    <message>
        <source>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</source>
        <translation>L’invité %1 présente la clé d’hôte %2, qui n’est pas encore approuvée. Comparez-la avec l’empreinte que voit l’administrateur de l’invité avant de l’accepter.</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Tâche %1, session %2</translation>
    </message>
    <message>
        <source>Several vApps are named %1.</source>
        <translation>Plusieurs vApps s’appellent %1.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>Il n’y a pas de vApp %1.</translation>
    </message>
    <message>
        <source>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</source>
        <translation>Aucune tâche de sauvegarde ne protège encore de VM de la vApp %1 ; créez-en une dans l’onglet Tâches.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a vApp needs a vCenter.</source>
        <translation>Le référentiel est ouvert hors ligne : restaurer une vApp nécessite un vCenter.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Votre organisation n’a pas de vApp %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 est maintenant une VM de la vApp %2 dans Cloud Director.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: not all of its VMs are in your scope.</source>
        <translation>La vApp %1 n’est pas restaurée : toutes ses VM ne sont pas dans votre périmètre.</translation>
    </message>
    <message>
        <source>%1 was powered on through Cloud Director.</source>
        <translation>%1 a été mise sous tension via Cloud Director.</translation>
    </message>
</context>
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>Le moteur ne fonctionne pas, car son catalogue n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>This engine runs without a catalog.</source>
        <translation>Ce moteur fonctionne sans catalogue.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Les tâches nécessitent le catalogue.</translation>
    </message>
    <message>
        <source>The job %1 is running already.</source>
        <translation>La tâche %1 est déjà en cours d’exécution.</translation>
    </message>
    <message>
        <source>The endpoint of the job %1 is no longer in the catalog.</source>
        <translation>Le point d’accès de la tâche %1 n’est plus dans le catalogue.</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>Aucun mot de passe pour %1 sur %2 dans le trousseau système (%3). Enregistrez-le avec « lifeboat-cli endpoint login --remember-password ».</translation>
    </message>
    <message>
        <source>Job %1 failed; retry %2 of %3 in %4 s.</source>
        <translation>La tâche %1 a échoué ; nouvelle tentative %2 sur %3 dans %4 s.</translation>
    </message>
    <message>
        <source>The job was stopped before its retry.</source>
        <translation>La tâche a été arrêtée avant sa nouvelle tentative.</translation>
    </message>
    <message>
        <source>Scheduling needs the catalog.</source>
        <translation>La planification nécessite le catalogue.</translation>
    </message>
    <message>
        <source>Job %1 could not start: %2</source>
        <translation>La tâche %1 n’a pas pu démarrer : %2</translation>
    </message>
    <message>
        <source>Job %1 starting: %2</source>
        <translation>Démarrage de la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2 (session %3).</source>
        <translation>Tâche %1 terminée : %2 (session %3).</translation>
    </message>
    <message>
        <source>Job %1 did not run: %2</source>
        <translation>La tâche %1 ne s’est pas exécutée : %2</translation>
    </message>
    <message>
        <source>Mail needs the catalog.</source>
        <translation>L’envoi de courriels nécessite le catalogue.</translation>
    </message>
    <message>
        <source>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</source>
        <translation>Aucun serveur de messagerie n’est configuré ; voir « lifeboat-cli notify set ».</translation>
    </message>
    <message>
        <source>No password for the mail account %1 in the keychain: %2</source>
        <translation>Aucun mot de passe pour le compte de messagerie %1 dans le trousseau : %2</translation>
    </message>
    <message>
        <source>[Lifeboat] %1: job %2</source>
        <translation>[Lifeboat] %1 : tâche %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Tâche %1 terminée : %2.</translation>
    </message>
    <message>
        <source>Started %1, finished %2 (UTC).</source>
        <translation>Début : %1, fin : %2 (UTC).</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>point de restauration %1</translation>
    </message>
    <message>
        <source>Warnings and errors:</source>
        <translation>Avertissements et erreurs :</translation>
    </message>
    <message>
        <source>Report e-mailed to %1.</source>
        <translation>Rapport envoyé par courriel à %1.</translation>
    </message>
    <message>
        <source>The report could not be e-mailed: %1</source>
        <translation>Le rapport n’a pas pu être envoyé par courriel : %1</translation>
    </message>
    <message>
        <source>The job %1 is running already (session %2, in another process).</source>
        <translation>La tâche %1 est déjà en cours (session %2, dans un autre processus).</translation>
    </message>
    <message>
        <source>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</source>
        <translation>La tâche %1 de l’organisation %2 sauvegarde des VM sur %3, qui n’est plus lié à son Cloud Director (« lifeboat-cli vcd vcenter link »).</translation>
    </message>
    <message>
        <source>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</source>
        <translation>Les VM de l’organisation n’ont pas pu être relues depuis Cloud Director (%1) ; l’exécution utilise celles de la dernière connexion.</translation>
    </message>
</context>
<context>
    <name>lifeboat::apps::DatabaseItems</name>
    <message>
        <source>%1 items are not available in this version.</source>
        <translation>Les éléments %1 ne sont pas disponibles dans cette version.</translation>
    </message>
    <message>
        <source>Unknown item kind %1; known: %2.</source>
        <translation>Type d’élément %1 inconnu ; types connus : %2.</translation>
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
    <message>
        <source>Cannot save the endpoint %1 in the catalog: %2</source>
        <translation>Impossible d’enregistrer le point d’accès %1 dans le catalogue : %2</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Impossible de lire le paramètre %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Impossible d’enregistrer le paramètre %1 : %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
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
    <message>
        <source>Repository folder.</source>
        <translation>Dossier du dépôt.</translation>
    </message>
    <message>
        <source>Read the repository password from the first line of standard input.</source>
        <translation>Lire le mot de passe du dépôt sur la première ligne de l’entrée standard.</translation>
    </message>
    <message>
        <source>Read the repository password from a file.</source>
        <translation>Lire le mot de passe du dépôt dans un fichier.</translation>
    </message>
    <message>
        <source>Create an unencrypted repository (repo init).</source>
        <translation>Créer un dépôt non chiffré (repo init).</translation>
    </message>
    <message>
        <source>Chunk size in bytes (repo init).</source>
        <translation>Taille des blocs en octets (repo init).</translation>
    </message>
    <message>
        <source>zstd level (repo init).</source>
        <translation>Niveau zstd (repo init).</translation>
    </message>
    <message>
        <source>VM name recorded in the restore point.</source>
        <translation>Nom de la VM enregistré dans le point de restauration.</translation>
    </message>
    <message>
        <source>Disk name within the restore point.</source>
        <translation>Nom du disque dans le point de restauration.</translation>
    </message>
    <message>
        <source>Restore point to back up incrementally from.</source>
        <translation>Point de restauration à partir duquel sauvegarder de façon incrémentielle.</translation>
    </message>
    <message>
        <source>File of changed areas, one &quot;offset length&quot; per line.</source>
        <translation>Fichier des zones modifiées, une paire « décalage longueur » par ligne.</translation>
    </message>
    <message>
        <source>Replace an existing target file.</source>
        <translation>Remplacer un fichier cible existant.</translation>
    </message>
    <message>
        <source>Fraction of the data to verify, 0 to 1 (default 1).</source>
        <translation>Fraction des données à vérifier, de 0 à 1 (par défaut : 1).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Threads de travail (par défaut : un par cœur).</translation>
    </message>
    <message>
        <source>Prune: keep the newest N restore points per VM.</source>
        <translation>Élagage : conserver les N points de restauration les plus récents par VM.</translation>
    </message>
    <message>
        <source>Prune: keep one per day for N days.</source>
        <translation>Élagage : en conserver un par jour pendant N jours.</translation>
    </message>
    <message>
        <source>Prune: keep one per week for N weeks.</source>
        <translation>Élagage : en conserver un par semaine pendant N semaines.</translation>
    </message>
    <message>
        <source>Prune: keep one per month for N months.</source>
        <translation>Élagage : en conserver un par mois pendant N mois.</translation>
    </message>
    <message>
        <source>Prune: keep one per year for N years.</source>
        <translation>Élagage : en conserver un par an pendant N ans.</translation>
    </message>
    <message>
        <source>Prune: only show what would be deleted.</source>
        <translation>Élagage : afficher seulement ce qui serait supprimé.</translation>
    </message>
    <message>
        <source>Seconds to wait for a busy repository (default 0).</source>
        <translation>Secondes d’attente lorsque le dépôt est occupé (par défaut : 0).</translation>
    </message>
    <message>
        <source>Immutable until this date (ISO 8601).</source>
        <translation>Immuable jusqu’à cette date (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Impossible de lire le fichier de mot de passe %1.</translation>
    </message>
    <message>
        <source>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</source>
        <translation>Un mot de passe de dépôt est requis : utilisez --password-stdin, --password-file ou $LIFEBOAT_REPO_PASSWORD (ou --no-encryption pour créer un dépôt non chiffré).</translation>
    </message>
    <message>
        <source>Cannot read the changed-block file %1.</source>
        <translation>Impossible de lire le fichier des blocs modifiés %1.</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;offset length&quot; in bytes.</source>
        <translation>%1, ligne %2 : « décalage longueur » en octets attendu.</translation>
    </message>
    <message>
        <source>--repo PATH is required.</source>
        <translation>--repo CHEMIN est requis.</translation>
    </message>
    <message>
        <source>Created an unencrypted repository in %1.</source>
        <translation>Dépôt non chiffré créé dans %1.</translation>
    </message>
    <message>
        <source>Created an encrypted repository in %1.</source>
        <translation>Dépôt chiffré créé dans %1.</translation>
    </message>
    <message>
        <source>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</source>
        <translation>%1 blocs (%2 octets) vérifiés dans %3 fichiers pack et %4 points de restauration.</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>bloc endommagé %1</translation>
    </message>
    <message>
        <source>restore point %1, disk %2, offset %3: %4</source>
        <translation>point de restauration %1, disque %2, décalage %3 : %4</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>Aucun dommage détecté.</translation>
    </message>
    <message>
        <source>The repository is damaged.</source>
        <translation>Le dépôt est endommagé.</translation>
    </message>
    <message>
        <source>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</source>
        <translation>repo cat attend « config » ou « restore-point ID ».</translation>
    </message>
    <message>
        <source>repo backup-image needs --vm NAME and an IMAGE file.</source>
        <translation>repo backup-image attend --vm NOM et un fichier IMAGE.</translation>
    </message>
    <message>
        <source>--changed-blocks needs --previous ID: changes are relative to it.</source>
        <translation>--changed-blocks nécessite --previous ID : les modifications sont relatives à ce point.</translation>
    </message>
    <message>
        <source>The previous restore point has no disk %1.</source>
        <translation>Le point de restauration précédent n’a pas de disque %1.</translation>
    </message>
    <message>
        <source>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</source>
        <translation>Point de restauration %1 : %2 octets lus, %3 nouveaux octets stockés en %4 s.</translation>
    </message>
    <message>
        <source>repo restore-image needs a restore point ID and --to FILE.</source>
        <translation>repo restore-image attend l’ID d’un point de restauration et --to FICHIER.</translation>
    </message>
    <message>
        <source>Restored disk %1 to %2 in %3 s.</source>
        <translation>Disque %1 restauré vers %2 en %3 s.</translation>
    </message>
    <message>
        <source>would forget %1</source>
        <translation>serait retiré : %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>retiré : %1</translation>
    </message>
    <message>
        <source>kept %1: immutable</source>
        <translation>conservé : %1 (immuable)</translation>
    </message>
    <message>
        <source>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</source>
        <translation>%1 points de restauration conservés, %2 fichiers pack supprimés, %3 réécrits, %4 octets libérés.</translation>
    </message>
    <message>
        <source>repo forget needs a restore point ID.</source>
        <translation>repo forget attend l’ID d’un point de restauration.</translation>
    </message>
    <message>
        <source>Forgot restore point %1; &apos;repo prune&apos; frees its data.</source>
        <translation>Point de restauration %1 retiré ; « repo prune » libère ses données.</translation>
    </message>
    <message>
        <source>repo immutable needs a restore point ID and --until DATE (ISO 8601).</source>
        <translation>repo immutable attend l’ID d’un point de restauration et --until DATE (ISO 8601).</translation>
    </message>
    <message>
        <source>Restore point %1 is immutable until %2.</source>
        <translation>Le point de restauration %1 est immuable jusqu’à %2.</translation>
    </message>
    <message>
        <source>error: no repo command given</source>
        <translation>erreur : aucune commande repo indiquée</translation>
    </message>
    <message>
        <source>error: unknown command &apos;repo %1&apos;</source>
        <translation>erreur : commande inconnue « repo %1 »</translation>
    </message>
    <message>
        <source>Private key for an sftp:// repository.</source>
        <translation>Clé privée pour un dépôt sftp://.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s pinned host key (SHA256:...).</source>
        <translation>Clé d’hôte épinglée du serveur SFTP (SHA256:...).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>Keep the repository password in the system keychain.</source>
        <translation>Conserver le mot de passe du dépôt dans le trousseau système.</translation>
    </message>
    <message>
        <source>The repository was created, but its password could not be kept in the keychain: %1</source>
        <translation>Le dépôt a été créé, mais son mot de passe n’a pas pu être conservé dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the password of %1.</source>
        <translation>Le trousseau ne contient plus le mot de passe de %1.</translation>
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
        <translation>Usage : lifeboat-cli repo COMMANDE --repo CHEMIN [options] [--json]

Commandes :
  init [--no-encryption] [--chunk-size OCTETS] [--compression-level N]
                     créer un dépôt (chiffré, sauf avec --no-encryption)
  info               format, tailles et nombres d’éléments
  list               points de restauration
  verify [--sample FRACTION]
                     lire et contrôler les données stockées ; code de sortie 1 en cas de dommage
  cat config|restore-point ID
                     afficher un objet du dépôt en JSON
  backup-image --vm NOM --disk NOM IMAGE [--previous ID [--changed-blocks FICHIER]]
                     stocker une image disque comme nouveau point de restauration
  restore-image ID --disk NOM --to FICHIER [--overwrite]
                     écrire un disque d’un point de restauration dans un fichier (fichier creux)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     retirer les points de restauration hors politique et supprimer leurs données
  forget ID          supprimer un point de restauration (ses données partent au prochain élagage)
  immutable ID --until DATE
                     protéger un point de restauration contre la suppression jusqu’à DATE
  forget-password    retirer le mot de passe du dépôt du trousseau système

Les opérations attendent jusqu’à --lock-wait SECONDES qu’un dépôt occupé se libère.

Le mot de passe provient de --password-stdin, --password-file FICHIER, $LIFEBOAT_REPO_PASSWORD ou du
trousseau système, où --remember-password le range.
--repo sftp://user@host:port/path stocke le dépôt via SFTP : --sftp-key FICHIER (ou
$LIFEBOAT_SFTP_PASSWORD) sert à l’authentification, --sftp-host-key SHA256:... épingle la clé du serveur.
</translation>
    </message>
    <message>
        <source>User name: DOMAIN\user, user@domain or user.</source>
        <translation>Nom d’utilisateur : DOMAIN\user, user@domain ou user.</translation>
    </message>
    <message>
        <source>Display name of an endpoint.</source>
        <translation>Nom d’affichage d’un point d’accès.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 thumbprint.</source>
        <translation>Faire confiance au certificat du serveur ayant cette empreinte SHA-256.</translation>
    </message>
    <message>
        <source>This command needs the catalog.</source>
        <translation>Cette commande nécessite le catalogue.</translation>
    </message>
    <message>
        <source>endpoint add needs the endpoint&apos;s URL.</source>
        <translation>endpoint add attend l’URL du point d’accès.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --trust THUMBPRINT.</source>
        <translation>Si l’empreinte est correcte, relancez la commande avec --trust EMPREINTE.</translation>
    </message>
    <message>
        <source>Added %1 (%2, API %3).</source>
        <translation>%1 ajouté (%2, API %3).</translation>
    </message>
    <message>
        <source>endpoint trust needs a URL and a SHA-256 thumbprint.</source>
        <translation>endpoint trust attend une URL et une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 n’est pas dans le catalogue ; ajoutez-le avec « lifeboat-cli endpoint add ».</translation>
    </message>
    <message>
        <source>%1 is trusted with the certificate %2.</source>
        <translation>%1 est approuvé avec le certificat %2.</translation>
    </message>
    <message>
        <source>certificate verified by CA</source>
        <translation>certificat vérifié par une CA</translation>
    </message>
    <message>
        <source>certificate pinned %1</source>
        <translation>certificat épinglé %1</translation>
    </message>
    <message>
        <source>endpoint login needs a URL and --user NAME.</source>
        <translation>endpoint login attend une URL et --user NOM.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</source>
        <translation>Un mot de passe est requis : utilisez --password-stdin, --password-file ou $LIFEBOAT_ENDPOINT_PASSWORD.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>error: no endpoint command given</source>
        <translation>erreur : aucune commande endpoint indiquée</translation>
    </message>
    <message>
        <source>error: unknown command &apos;endpoint %1&apos;</source>
        <translation>erreur : commande inconnue « endpoint %1 »</translation>
    </message>
    <message>
        <source>Endpoint URL or id.</source>
        <translation>URL ou ID du point d’accès.</translation>
    </message>
    <message>
        <source>VMs of a job, by moref, comma-separated.</source>
        <translation>VM d’une tâche, par moref, séparées par des virgules.</translation>
    </message>
    <message>
        <source>Job: do not use changed-block tracking (read whole disks).</source>
        <translation>Tâche : ne pas utiliser le suivi des blocs modifiés (lire les disques entiers).</translation>
    </message>
    <message>
        <source>Job: quiesce the guest for snapshots.</source>
        <translation>Tâche : mettre le système invité en veille pour les snapshots.</translation>
    </message>
    <message>
        <source>Job: leave out a VM&apos;s disk (repeatable).</source>
        <translation>Tâche : exclure un disque d’une VM (option répétable).</translation>
    </message>
    <message>
        <source>Job description.</source>
        <translation>Description de la tâche.</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>ID de la session.</translation>
    </message>
    <message>
        <source>Job name or id.</source>
        <translation>Nom ou ID de la tâche.</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>Au plus ce nombre d’entrées.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>Aucun mot de passe pour %1 sur %2 : définissez $LIFEBOAT_ENDPOINT_PASSWORD ou enregistrez-le avec « lifeboat-cli endpoint login --remember-password ».</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n disque</numerusform>
            <numerusform>%n disques</numerusform>
        </translation>
    </message>
    <message>
        <source>job create needs NAME, --endpoint, --user, --repo and --objects.</source>
        <translation>job create attend NAME, --endpoint, --user, --repo et --objects.</translation>
    </message>
    <message>
        <source>--keep-last needs a number of at least 1.</source>
        <translation>--keep-last attend un nombre supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Les tâches ne peuvent pas encore écrire dans des dépôts SFTP ; utilisez un dossier local.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 n’est pas un dépôt Lifeboat : %2</translation>
    </message>
    <message>
        <source>Job %1 created (id %2).</source>
        <translation>Tâche %1 créée (ID %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s)</source>
        <translation>
            <numerusform>%n VM</numerusform>
            <numerusform>%n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Tâche %1 supprimée.</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Session %1 de %2 : %3</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>La tâche %1 n’a pas encore été exécutée.</translation>
    </message>
    <message>
        <source>No VM failed in session %1; nothing to retry.</source>
        <translation>Aucune VM n’a échoué dans la session %1 ; rien à relancer.</translation>
    </message>
    <message>
        <source>Stopping; removing snapshots first...</source>
        <translation>Arrêt en cours ; suppression préalable des snapshots...</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Tâche %1, session %2</translation>
    </message>
    <message>
        <source>Result: %1. Started %2, finished %3. Read %4, stored %5.</source>
        <translation>Résultat : %1. Début : %2, fin : %3. Lu : %4, stocké : %5.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>session export needs ID, --format csv|html and --to FILE.</source>
        <translation>session export attend ID, --format csv|html et --to FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Session %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Job: leave out a VM of its containers (repeatable).</source>
        <translation>Tâche : exclure une VM de ses conteneurs (option répétable).</translation>
    </message>
    <message>
        <source>Job: when it runs by itself.</source>
        <translation>Tâche : quand elle s’exécute d’elle-même.</translation>
    </message>
    <message>
        <source>Job: retries of failed VMs.</source>
        <translation>Tâche : nouvelles tentatives pour les VM en échec.</translation>
    </message>
    <message>
        <source>Job: seconds between retries.</source>
        <translation>Tâche : secondes entre les nouvelles tentatives.</translation>
    </message>
    <message>
        <source>Job: use changed-block tracking (the default).</source>
        <translation>Tâche : utiliser le suivi des blocs modifiés (par défaut).</translation>
    </message>
    <message>
        <source>Serve: seconds between looks at the schedule.</source>
        <translation>Service : secondes entre deux consultations de la planification.</translation>
    </message>
    <message>
        <source>Tenant add: the account is an administrator.</source>
        <translation>Ajout de locataire : le compte est administrateur.</translation>
    </message>
    <message>
        <source>Tenant add: what the account may see (repeatable).</source>
        <translation>Ajout de locataire : ce que le compte peut voir (option répétable).</translation>
    </message>
    <message>
        <source>Tenant add: repository quota in bytes.</source>
        <translation>Ajout de locataire : quota du dépôt en octets.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries attend un nombre compris entre 0 et 10.</translation>
    </message>
    <message>
        <source>--retry-wait needs a number of seconds.</source>
        <translation>--retry-wait attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Une tâche ne peut pas s’exécuter après elle-même.</translation>
    </message>
    <message>
        <source>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</source>
        <translation>%1 n’a pas de VM ni de conteneur %2 que %3 puisse sauvegarder ; voir « lifeboat-cli inventory ».</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 est de type %2, qu’une tâche ne peut pas sauvegarder.</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Tâche %1 enregistrée.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Tâche %1 activée.</translation>
    </message>
    <message>
        <source>Job %1 disabled: the scheduler leaves it alone.</source>
        <translation>Tâche %1 désactivée : le planificateur ne la lance plus.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>La tâche %1 n’est pas en cours d’exécution.</translation>
    </message>
    <message>
        <source>Stop requested; the run removes its snapshot and ends within seconds.</source>
        <translation>Arrêt demandé ; l’exécution supprime son snapshot et se termine dans quelques secondes.</translation>
    </message>
    <message>
        <source>--tick needs a number of seconds.</source>
        <translation>--tick attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</source>
        <translation>Lifeboat exécute les tâches planifiées ; Ctrl-C ou SIGTERM l’arrête.</translation>
    </message>
    <message>
        <source>Stopping: running jobs remove their snapshots first.</source>
        <translation>Arrêt en cours : les tâches en cours suppriment d’abord leurs snapshots.</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 Mo/s</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>goulot d’étranglement : %1</translation>
    </message>
    <message>
        <source>tenant add needs the ACCOUNT, as the endpoint signs it in.</source>
        <translation>tenant add attend le compte ACCOUNT, sous la forme utilisée par le point d’accès pour le connecter.</translation>
    </message>
    <message>
        <source>--quota needs a number of bytes.</source>
        <translation>--quota attend un nombre d’octets.</translation>
    </message>
    <message>
        <source>--scope needs --endpoint URL: morefs belong to one endpoint.</source>
        <translation>--scope nécessite --endpoint URL : les MoRef appartiennent à un point d’accès donné.</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</source>
        <translation>Ajoutez d’abord un compte administrateur (tenant add ACCOUNT --admin) : dès que des comptes existent, les comptes non répertoriés sont refusés.</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 est administrateur.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a tenant with %n scope(s).</source>
        <translation>
            <numerusform>%1 est un locataire avec %n périmètre.</numerusform>
            <numerusform>%1 est un locataire avec %n périmètres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job: the guest account for guest processing.</source>
        <translation>Tâche : le compte invité pour le traitement invité.</translation>
    </message>
    <message>
        <source>Job: private key of the guest account.</source>
        <translation>Tâche : clé privée du compte invité.</translation>
    </message>
    <message>
        <source>Job: command run in the guest before the snapshot.</source>
        <translation>Tâche : commande exécutée dans l’invité avant le snapshot.</translation>
    </message>
    <message>
        <source>Job: command run in the guest after the snapshot.</source>
        <translation>Tâche : commande exécutée dans l’invité après le snapshot.</translation>
    </message>
    <message>
        <source>Job: SSH address of a VM&apos;s guest (repeatable).</source>
        <translation>Tâche : adresse SSH de l’invité d’une VM (option répétable).</translation>
    </message>
    <message>
        <source>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</source>
        <translation>Tâche : clé d’hôte SSH épinglée de l’invité d’une VM (option répétable).</translation>
    </message>
    <message>
        <source>Job: a failing pre-freeze script fails the VM or is ignored.</source>
        <translation>Tâche : un script pre-freeze en échec fait échouer la VM ou est ignoré.</translation>
    </message>
    <message>
        <source>Job: turn guest processing off.</source>
        <translation>Tâche : désactiver le traitement invité.</translation>
    </message>
    <message>
        <source>--guest-errors takes fail or ignore.</source>
        <translation>--guest-errors attend fail ou ignore.</translation>
    </message>
    <message>
        <source>--%1 takes MOREF=VALUE.</source>
        <translation>--%1 attend MOREF=VALUE.</translation>
    </message>
    <message>
        <source>Guest processing needs --guest-user NAME.</source>
        <translation>Le traitement invité nécessite --guest-user NAME.</translation>
    </message>
    <message>
        <source>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>Les commandes restore-point demandent --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>restore-point download needs the ID, --disk NAME and --to FILE.</source>
        <translation>restore-point download demande l’ID, --disk NAME et --to FILE.</translation>
    </message>
    <message>
        <source>Unknown restore-point command %1.</source>
        <translation>Commande restore-point inconnue : %1.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Il n’existe aucun point de restauration %1 que %2 puisse restaurer.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Restauré dans %1.</translation>
    </message>
    <message>
        <source>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</source>
        <translation>Cible : le fichier d’une restauration ou d’un export, ou l’adresse d’un message de test.</translation>
    </message>
    <message>
        <source>Job: e-mail the run&apos;s report here (repeatable).</source>
        <translation>Tâche : envoyer le rapport de l’exécution par courriel à cette adresse (option répétable).</translation>
    </message>
    <message>
        <source>Job: which runs are reported.</source>
        <translation>Tâche : les exécutions qui donnent lieu à un rapport.</translation>
    </message>
    <message>
        <source>Notify set: the mail server.</source>
        <translation>Configuration des notifications : le serveur de messagerie.</translation>
    </message>
    <message>
        <source>Notify set: its port (default 587).</source>
        <translation>Configuration des notifications : son port (587 par défaut).</translation>
    </message>
    <message>
        <source>Notify set: none, starttls or tls.</source>
        <translation>Configuration des notifications : none, starttls ou tls.</translation>
    </message>
    <message>
        <source>Notify set: the sender address.</source>
        <translation>Configuration des notifications : l’adresse de l’expéditeur.</translation>
    </message>
    <message>
        <source>Notify set: the mail account.</source>
        <translation>Configuration des notifications : le compte de messagerie.</translation>
    </message>
    <message>
        <source>Inventory: the last one read, without connecting.</source>
        <translation>Inventaire : le dernier lu, sans se connecter.</translation>
    </message>
    <message>
        <source>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</source>
        <translation>Des comptes sont configurés sur cet ordinateur : connectez-vous avec --user NAME pour voir l’inventaire.</translation>
    </message>
    <message>
        <source>inventory needs --endpoint URL and --user NAME (or --cached).</source>
        <translation>inventory attend --endpoint URL et --user NAME (ou --cached).</translation>
    </message>
    <message>
        <source>--notify-on takes failure, warning or always.</source>
        <translation>--notify-on attend failure, warning ou always.</translation>
    </message>
    <message>
        <source>Mail server %1 saved.</source>
        <translation>Serveur de messagerie %1 enregistré.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Message de test</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat peut envoyer des rapports via ce serveur de messagerie.</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Message de test envoyé.</translation>
    </message>
    <message>
        <source>notify takes set, show or test.</source>
        <translation>notify attend set, show ou test.</translation>
    </message>
    <message>
        <source>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</source>
        <translation>--scope attend KIND:MOREF, où KIND vaut folder, resource-pool, vapp ou vm, ou bien tag:NAME.</translation>
    </message>
    <message>
        <source>Job: index the guest files of each restore point for search.</source>
        <translation>Tâche : indexer les fichiers de l’invité de chaque point de restauration pour la recherche.</translation>
    </message>
    <message>
        <source>Job: turn guest file indexing off.</source>
        <translation>Tâche : désactiver l’indexation des fichiers de l’invité.</translation>
    </message>
    <message>
        <source>Export format: csv or html (sessions), csv or json (audit).</source>
        <translation>Format d’export : csv ou html (sessions), csv ou json (journal d’audit).</translation>
    </message>
    <message>
        <source>Restore: keep (beside the original) or overwrite.</source>
        <translation>Restauration : keep (à côté de l’original) ou overwrite.</translation>
    </message>
    <message>
        <source>Restore: power the VM on afterwards.</source>
        <translation>Restauration : mettre ensuite la VM sous tension.</translation>
    </message>
    <message>
        <source>Restore: name of the VM made by keep.</source>
        <translation>Restauration : nom de la VM créée par keep.</translation>
    </message>
    <message>
        <source>Files: the guest volume, DISK:PARTITION.</source>
        <translation>Fichiers : le volume de l’invité, DISK:PARTITION.</translation>
    </message>
    <message>
        <source>Files search: only below this guest folder.</source>
        <translation>Recherche de fichiers : uniquement sous ce dossier de l’invité.</translation>
    </message>
    <message>
        <source>Files search: at least this many bytes.</source>
        <translation>Recherche de fichiers : au moins ce nombre d’octets.</translation>
    </message>
    <message>
        <source>Files search: at most this many bytes.</source>
        <translation>Recherche de fichiers : au plus ce nombre d’octets.</translation>
    </message>
    <message>
        <source>Files search: modified at or after this date.</source>
        <translation>Recherche de fichiers : modifiés à cette date ou après.</translation>
    </message>
    <message>
        <source>Files search: modified at or before this date.</source>
        <translation>Recherche de fichiers : modifiés à cette date ou avant.</translation>
    </message>
    <message>
        <source>Files search: only in this restore point.</source>
        <translation>Recherche de fichiers : uniquement dans ce point de restauration.</translation>
    </message>
    <message>
        <source>Files index: every restore point.</source>
        <translation>Index des fichiers : tous les points de restauration.</translation>
    </message>
    <message>
        <source>Restore files: into this running guest over SSH.</source>
        <translation>Restauration de fichiers : dans cet invité en cours d’exécution, via SSH.</translation>
    </message>
    <message>
        <source>Restore files: the folder that is the guest&apos;s / (default /).</source>
        <translation>Restauration de fichiers : le dossier qui correspond à / dans l’invité (par défaut /).</translation>
    </message>
    <message>
        <source>Audit export: restores since this date.</source>
        <translation>Export d’audit : restaurations depuis cette date.</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3</source>
        <translation>Session %1 (%2) : %3</translation>
    </message>
    <message>
        <source>There is no restore point of %1 that you may restore.</source>
        <translation>Il n’existe aucun point de restauration de %1 que vous puissiez restaurer.</translation>
    </message>
    <message>
        <source>restore vm needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vm demande --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>restore vm needs a restore point ID or --vm NAME (its newest one).</source>
        <translation>restore vm demande l’ID d’un point de restauration ou --vm NAME (son point le plus récent).</translation>
    </message>
    <message>
        <source>--mode is keep or overwrite.</source>
        <translation>--mode vaut keep ou overwrite.</translation>
    </message>
    <message>
        <source>Stopping the restore...</source>
        <translation>Arrêt de la restauration...</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>Restauration : %1%</translation>
    </message>
    <message>
        <source>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files ls demande l’ID du point de restauration, --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files index demande l’ID d’un point de restauration ou --all, --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 new or changed</source>
        <translation>%1 (%2) : %3 entrées, %4 nouvelles ou modifiées</translation>
    </message>
    <message>
        <source>--%1 needs a number of bytes.</source>
        <translation>--%1 attend un nombre d’octets.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--%1 attend une date ou une heure au format ISO 8601, par exemple 2026-11-01.</translation>
    </message>
    <message>
        <source>files search needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files search demande --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>restore files needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore files demande --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>audit export writes csv or json.</source>
        <translation>audit export écrit du csv ou du json.</translation>
    </message>
    <message>
        <source>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--since attend une date ou une heure au format ISO 8601, par exemple 2026-11-01.</translation>
    </message>
    <message>
        <source>Job: dump these databases into each restore point.</source>
        <translation>Tâche : inclure une sauvegarde logique (dump) de ces bases de données dans chaque point de restauration.</translation>
    </message>
    <message>
        <source>Job: environment of the database commands in the guest.</source>
        <translation>Tâche : environnement des commandes de base de données dans l’invité.</translation>
    </message>
    <message>
        <source>Restore item: under this database name.</source>
        <translation>Restauration d’élément : sous ce nom de base de données.</translation>
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
        <translation>Usage : lifeboat-cli COMMANDE [options] [--json]

Commandes :
  inventory --endpoint URL --user NAME | --cached
                     les VM d’un point d’accès, avec leurs disques (le catalogue conserve le dernier inventaire lu)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     créer une tâche de sauvegarde (les VM sont vérifiées dans l’inventaire du point d’accès)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      arrêter une exécution, même si un autre processus l’effectue
  serve [--tick SECONDS]
                     exécuter les tâches planifiées jusqu’à l’arrêt (SIGTERM/Ctrl-C) ; les exécutions manquées sont consignées
  job list           les tâches
  job show NAME      la définition d’une tâche
  job run NAME       exécuter une tâche maintenant et attendre sa fin (Ctrl-C l’arrête proprement)
  job retry NAME [--session ID]
                     relancer la tâche pour les VM en échec lors de sa dernière session (ou de celle indiquée)
  job delete NAME    supprimer une tâche (ses sessions et ses points de restauration sont conservés)
  session list [--job NAME] [--limit N]
  session show ID    les VM et le journal d’une session
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     autoriser un compte à utiliser Lifeboat : un administrateur voit tout, un locataire
                     seulement les VM de son périmètre (KIND : folder, resource-pool, vapp, vm, tag). Tant qu’aucun
                     compte n’a été ajouté, quiconque se connecte via le point d’accès est administrateur.
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     le serveur de messagerie pour les rapports des tâches (tâches : --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     les points de restauration que le compte connecté peut voir, et un disque de l’un d’eux en fichier

Le traitement invité exécute le script pre-freeze via SSH avant le snapshot et le script post-thaw juste
après ; le mot de passe de l’invité (sans --guest-key) provient de $LIFEBOAT_GUEST_PASSWORD ou du trousseau.
Mots de passe : celui du point d’accès provient de $LIFEBOAT_ENDPOINT_PASSWORD ou du trousseau (voir endpoint login
--remember-password) ; celui du dépôt de --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD ou
du trousseau (voir repo --remember-password).
</translation>
    </message>
    <message>
        <source>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>--item-env attend des affectations NAME=value séparées par des espaces, sans guillemets ni syntaxe du shell.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: add --guest-user NAME.</source>
        <translation>Les éléments de base de données sont lus par le traitement invité : ajoutez --guest-user NAME.</translation>
    </message>
    <message>
        <source>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>items list demande l’ID du point de restauration, --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</source>
        <translation>Une restauration dans un invité demande --guest HOST[:PORT], --guest-user NAME et --guest-key FILE ou $LIFEBOAT_GUEST_PASSWORD.</translation>
    </message>
    <message>
        <source>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</source>
        <translation>restore item demande l’ID du point de restauration, l’élément et soit --guest HOST, soit --to FILE.</translation>
    </message>
    <message>
        <source>restore item needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore item demande --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>Restore files: into this new .zip file.</source>
        <translation>Restauration de fichiers : dans ce nouveau fichier .zip.</translation>
    </message>
    <message>
        <source>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</source>
        <translation>restore files demande l’ID du point de restauration, des chemins de l’invité et l’une des options --to FOLDER, --zip FILE ou --guest HOST.</translation>
    </message>
    <message>
        <source>Restore VM: into this folder (moref).</source>
        <translation>Restauration de VM : dans ce dossier (moref).</translation>
    </message>
    <message>
        <source>Restore VM: into this resource pool or vApp (moref).</source>
        <translation>Restauration de VM : dans ce pool de ressources ou cette vApp (moref).</translation>
    </message>
    <message>
        <source>Restore VM: onto this datastore.</source>
        <translation>Restauration de VM : sur cette banque de données.</translation>
    </message>
    <message>
        <source>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vapp demande la vApp (nom ou moref), --endpoint URL, --user NAME et --repo PATH.</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1</source>
        <translation>Non restauré, aucun point de restauration : %1</translation>
    </message>
    <message>
        <source>Restore VM: onto this host (moref).</source>
        <translation>Restauration de VM : sur cet hôte (moref).</translation>
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
        <translation>Commandes de restauration (connexion avec --endpoint URL --user NAME ; --repo PATH) :
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep : une nouvelle VM &lt;name&gt;_restored à côté de l’original ; overwrite : les disques,
      CPU et la mémoire de la VM sont remplacés (elle est d’abord mise hors tension)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME] :
      un nouvel emplacement (administrateurs)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      chaque VM membre à partir de son point de restauration le plus récent
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      fichiers, liens symboliques ou dossiers de l’invité vers un dossier local, avec droits et horodatages
  restore files ID PATH... --zip FILE   la même chose dans un nouveau fichier .zip
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      à leur place dans l’invité en cours d’exécution, via SFTP ; keep dépose une copie nommée
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; à côté de l’existant (mot de passe : $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      les volumes d’un point de restauration, ou l’un de ses dossiers
  files index ID|--all      ajouter des points de restauration à l’index des fichiers de l’invité
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME est une sous-chaîne, ou un motif glob avec * ? [...]
  items list ID           les éléments de base de données d’un point de restauration
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      dans le serveur de base de données via SSH : keep crée &lt;database&gt;_restored (ou
      --new-database), overwrite remplace la base de données ; ou la sauvegarde logique (dump) dans un fichier
  audit export [--format csv|json] [--since DATE] [--to FILE]
</translation>
    </message>
    <message>
        <source>--new-database restores beside the original; it cannot be combined with --mode overwrite.</source>
        <translation>--new-database restaure à côté de l’original ; il ne peut pas être combiné avec --mode overwrite.</translation>
    </message>
    <message>
        <source>Several VMs are named %1; give the restore point ID instead (restore-point list).</source>
        <translation>Plusieurs VM sont nommées %1 ; indiquez plutôt l’ID du point de restauration (restore-point list).</translation>
    </message>
    <message>
        <source>kiosk hash-password needs the password on --password-stdin.</source>
        <translation>kiosk hash-password attend le mot de passe sur --password-stdin.</translation>
    </message>
    <message>
        <source>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</source>
        <translation>Les rapports PDF s’exportent depuis la console (onglet Tâches, Exporter les sessions…) ; lifeboat-cli écrit du csv ou du html.</translation>
    </message>
    <message>
        <source>Cloud Director address.</source>
        <translation>Adresse de Cloud Director.</translation>
    </message>
    <message>
        <source>Records per query page, 1 to 128 (default 128).</source>
        <translation>Enregistrements par page de requête, de 1 à 128 (128 par défaut).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 128.</source>
        <translation>--page-size doit être un nombre de 1 à 128.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</source>
        <translation>Un mot de passe est nécessaire : utilisez --password-stdin, --password-file ou $LIFEBOAT_VCD_PASSWORD.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</source>
        <translation>Si l’empreinte est correcte, relancez la commande avec --thumbprint EMPREINTE.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2@%3 (API %4).</source>
        <translation>Connecté à %1 en tant que %2@%3 (API %4).</translation>
    </message>
    <message>
        <source>VDC %1 (organization %2)</source>
        <translation>VDC %1 (organisation %2)</translation>
    </message>
    <message>
        <source>vApp %1 (%2)</source>
        <translation>vApp %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1  %2  %3 on %4</source>
        <translation>VM %1  %2  %3 sur %4</translation>
    </message>
    <message>
        <source>(no moref)</source>
        <translation>(pas de moref)</translation>
    </message>
    <message>
        <source>(unknown vCenter)</source>
        <translation>(vCenter inconnu)</translation>
    </message>
    <message>
        <source>error: no vcd command given</source>
        <translation>erreur : aucune commande vcd indiquée</translation>
    </message>
    <message>
        <source>error: unknown command &apos;vcd %1&apos;</source>
        <translation>erreur : commande « vcd %1 » inconnue</translation>
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
        <translation>Usage : lifeboat-cli [--catalog CHEMIN] [--json] COMMANDE

Commandes :
  version          afficher la version
  catalog info     afficher l’emplacement, le schéma et le contenu du catalogue
  catalog migrate  ouvrir le catalogue et mettre son schéma à niveau si besoin
  repo ...         travailler avec un dépôt (lifeboat-cli repo --help)
  endpoint ...     points d’accès vCenter et ESXi (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director : les VDC, vApps et VM d’un locataire
  vcd org|vcenter  les organisations Cloud Director et les vCenter derrière elles
  inventory, job ..., session ..., tenant ...
                   VM, tâches de sauvegarde et leurs sessions (lifeboat-cli job --help)
  restore ..., audit export
                   restaurer des VM ; le journal d’audit des restaurations (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   l’enregistrement du mot de passe administrateur pour un fichier de politique kiosque
</translation>
    </message>
    <message>
        <source>Endpoint add: vsphere (the default) or vcd (Cloud Director).</source>
        <translation>Ajout de point d’accès : vsphere (par défaut) ou vcd (Cloud Director).</translation>
    </message>
    <message>
        <source>Organization: the job JSON new jobs start from.</source>
        <translation>Organisation : le JSON de tâche dont partent les nouvelles tâches.</translation>
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
        <translation>Usage : lifeboat-cli endpoint COMMANDE [options] [--json]

Commandes :
  add URL [--name NOM] [--trust EMPREINTE] [--kind vsphere|vcd]
                     vérifier un point d’accès vCenter ou ESXi (ou, avec --kind vcd, un Cloud Director) et
                     l’ajouter au catalogue ; un certificat auquel cet ordinateur ne fait pas confiance est
                     refusé et son empreinte SHA-256 affichée
  trust URL EMPREINTE
                     faire confiance au certificat du point d’accès ayant cette empreinte
  list               les points d’accès du catalogue
  login URL --user NOM [--remember-password]
                     se connecter puis se déconnecter, pour vérifier le compte

Le mot de passe provient de --password-stdin, --password-file FICHIER, $LIFEBOAT_ENDPOINT_PASSWORD ou du
trousseau système, où --remember-password le range.
</translation>
    </message>
    <message>
        <source>Added the Cloud Director %1 (API %2).</source>
        <translation>Cloud Director %1 ajouté (API %2).</translation>
    </message>
    <message>
        <source>--kind is vsphere or vcd.</source>
        <translation>--kind vaut vsphere ou vcd.</translation>
    </message>
    <message>
        <source>The organization %1 has no VMs in Cloud Director yet.</source>
        <translation>L’organisation %1 n’a encore aucune VM dans Cloud Director.</translation>
    </message>
    <message>
        <source>Give the job&apos;s repository with --repo PATH.</source>
        <translation>Indiquez le dépôt de la tâche avec --repo PATH.</translation>
    </message>
    <message>
        <source>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</source>
        <translation>%1 est un point d’accès vCenter ; ici, --endpoint désigne le Cloud Director.</translation>
    </message>
    <message>
        <source>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org set nécessite le nom de l’organisation et --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>System is the provider&apos;s organization, not a tenant.</source>
        <translation>System est l’organisation du fournisseur, pas un locataire.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n’est pas un objet JSON : %2</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</source>
        <translation>Ajoutez d’abord un compte administrateur (tenant add ACCOUNT --admin) : dès que des comptes ou des organisations sont configurés, personne d’autre ne peut se connecter.</translation>
    </message>
    <message>
        <source>The organization %1 uses Lifeboat as %2.</source>
        <translation>L’organisation %1 utilise Lifeboat en tant que %2.</translation>
    </message>
    <message>
        <source>(repository chosen per job)</source>
        <translation>(dépôt choisi pour chaque tâche)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in scope</source>
        <translation>
            <numerusform>%n VM dans le périmètre</numerusform>
            <numerusform>%n VM dans le périmètre</numerusform>
        </translation>
    </message>
    <message>
        <source>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org remove nécessite le nom de l’organisation et --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</source>
        <translation>vcd vcenter link nécessite le nom du vCenter dans Cloud Director, --endpoint VCD_URL, --to VCENTER_URL et --user ACCOUNT.</translation>
    </message>
    <message>
        <source>%1 is not a vCenter endpoint.</source>
        <translation>%1 n’est pas un point d’accès vCenter.</translation>
    </message>
    <message>
        <source>VMs on %1 are backed up through %2 as %3.</source>
        <translation>Les VM sur %1 sont sauvegardées via %2 en tant que %3.</translation>
    </message>
    <message>
        <source>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd vcenter unlink nécessite le nom du vCenter et --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Votre organisation n’a pas de vApp %1.</translation>
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
        <translation>Utilisation : lifeboat-cli vcd COMMANDE [options] [--json]

Commandes :
  inventory --url URL --user UTILISATEUR@ORG [--thumbprint SHA256] [--page-size N]
                     se connecter à VMware Cloud Director en tant qu’utilisateur d’une organisation (ou en tant que
                     fournisseur, UTILISATEUR@System) et lister les VDC d’organisation, vApps et VM que le compte peut voir,
                     avec l’état d’alimentation, le vCenter et le moref de chaque VM
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     changer l’état d’alimentation d’une VM ou d’une vApp entière via Cloud Director et attendre
                     la fin de sa tâche ; VM et VAPP sont des noms (tels que les liste inventory) ou des href.
                     Demander l’état déjà atteint réussit sans rien changer ; shutdown nécessite VMware Tools dans l’invité
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     faire d’une VM vCenter (p. ex. créée par une restauration) une VM d’une vApp existante
                     (fournisseur uniquement) ; le vCenter par défaut est celui où se trouvent les VM de la vApp

Le mot de passe vient de --password-stdin, --password-file FICHIER, $LIFEBOAT_VCD_PASSWORD ou du trousseau
système. Un certificat auquel cet ordinateur ne fait pas confiance est refusé et son empreinte SHA-256 affichée.
</translation>
    </message>
    <message>
        <source>A Cloud Director vApp, by name or href.</source>
        <translation>Une vApp Cloud Director, par nom ou href.</translation>
    </message>
    <message>
        <source>A vCenter VM&apos;s managed object id, e.g. vm-42.</source>
        <translation>L’identifiant d’objet géré d’une VM vCenter, p. ex. vm-42.</translation>
    </message>
    <message>
        <source>The vCenter as Cloud Director names it (its vimServer href).</source>
        <translation>Le vCenter tel que Cloud Director le désigne (son href vimServer).</translation>
    </message>
    <message>
        <source>%1 needs --url URL and --user USER@ORG.</source>
        <translation>%1 nécessite --url URL et --user USER@ORG.</translation>
    </message>
    <message>
        <source>%1@%2 sees no VM named %3.</source>
        <translation>%1@%2 ne voit aucune VM nommée %3.</translation>
    </message>
    <message>
        <source>%1@%2 sees no vApp named %3.</source>
        <translation>%1@%2 ne voit aucune vApp nommée %3.</translation>
    </message>
    <message>
        <source>Several are named %1; give one of these hrefs instead: %2</source>
        <translation>Plusieurs portent le nom %1 ; indiquez plutôt l’un de ces href : %2</translation>
    </message>
    <message>
        <source>vcd power needs on, off, shutdown or reset.</source>
        <translation>vcd power nécessite on, off, shutdown ou reset.</translation>
    </message>
    <message>
        <source>vcd power needs either --vm VM or --vapp VAPP.</source>
        <translation>vcd power nécessite soit --vm VM, soit --vapp VAPP.</translation>
    </message>
    <message>
        <source>%1 already was in that state; nothing to do.</source>
        <translation>%1 était déjà dans cet état ; rien à faire.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Terminé : %1.</translation>
    </message>
    <message>
        <source>vcd import needs --moref MOREF and --vapp VAPP.</source>
        <translation>vcd import nécessite --moref MOREF et --vapp VAPP.</translation>
    </message>
    <message>
        <source>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</source>
        <translation>La vApp %1 n’a aucune VM permettant de connaître son vCenter ; indiquez --vcenter HREF.</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 importée en tant que %2 (%3).</translation>
    </message>
    <message>
        <source>vcd provider set needs --endpoint VCD_URL and --user USER@System.</source>
        <translation>vcd provider set nécessite --endpoint VCD_URL et --user USER@System.</translation>
    </message>
    <message>
        <source>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</source>
        <translation>%1 est un compte d’organisation ; les comptes du fournisseur sont USER@System.</translation>
    </message>
    <message>
        <source>Lifeboat imports restored VMs into Cloud Director as %1.</source>
        <translation>Lifeboat intègre les VM restaurées dans Cloud Director en tant que %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 est maintenant une VM de la vApp %2 dans Cloud Director.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</source>
        <translation>Organisation : quand ses tâches peuvent démarrer (any, none ou HH:MM-HH:MM).</translation>
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
        <translation>Utilisation : lifeboat-cli vcd org|vcenter|provider COMMANDE [options] [--json]

Commandes (pour l’administrateur du fournisseur) :
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     permettre à l’organisation Cloud Director ORG d’utiliser Lifeboat : ses utilisateurs se
                     connectent en tant que user@ORG et ne voient que les vApps et VM de leur organisation ; le modèle
                     de tâche est le JSON d’une tâche (tel que l’affiche « job show --json ») dont partent les nouvelles tâches de ORG
                     la politique de planification limite quand ses tâches peuvent démarrer (none : à la main)
  org list           les organisations configurées
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     sauvegarder les VM que Cloud Director place sur son vCenter NAME via le point d’accès Lifeboat
                     VCENTER_URL, connecté en tant que ACCOUNT (enregistrez son mot de passe avec
                     « lifeboat-cli endpoint login --remember-password »)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     le compte Cloud Director du fournisseur (mot de passe comme pour &apos;endpoint login&apos;, gardé
                     dans le trousseau système), qui intègre dans leur vApp les VM créées par une restauration

Ajoutez d’abord le Cloud Director lui-même avec « lifeboat-cli endpoint add URL --kind vcd ».

Les utilisateurs d’une organisation indiquent le Cloud Director comme --endpoint et USER@ORG comme --user aux commandes
inventory, job create, restore-point, restore et files. Ses tâches sauvegardent via le vCenter lié ;
--objects peut désigner ses vApps, et --repo vaut par défaut le dépôt de l’organisation.
</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleJobs</name>
    <message>
        <source>Keep at least one restore point.</source>
        <translation>Conservez au moins un point de restauration.</translation>
    </message>
    <message>
        <source>Retries go from 0 to 10.</source>
        <translation>Le nombre de nouvelles tentatives va de 0 à 10.</translation>
    </message>
    <message>
        <source>The wait between retries cannot be negative.</source>
        <translation>L’attente entre les nouvelles tentatives ne peut pas être négative.</translation>
    </message>
    <message>
        <source>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>L’environnement de base de données attend des affectations NAME=value séparées par des espaces, sans guillemets ni syntaxe shell.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: give a guest user.</source>
        <translation>Les éléments de base de données sont lus via le traitement invité : indiquez un utilisateur invité.</translation>
    </message>
    <message>
        <source>Guest processing needs a guest user.</source>
        <translation>Le traitement invité nécessite un utilisateur invité.</translation>
    </message>
    <message>
        <source>Reports go out on failure, warning or always.</source>
        <translation>Les rapports sont envoyés en cas d’échec, en cas d’avertissement ou toujours.</translation>
    </message>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>La planification nécessite au moins une heure de la journée.</translation>
    </message>
    <message>
        <source>The schedule has a time that is not valid.</source>
        <translation>La planification contient une heure non valide.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Les jours de la semaine vont de 1 (lundi) à 7 (dimanche).</translation>
    </message>
    <message>
        <source>The day of the month goes from 1 to 31.</source>
        <translation>Le jour du mois va de 1 à 31.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 24 hours.</source>
        <translation>« Toutes les N heures » accepte de 1 à 24 heures.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Une tâche ne peut pas s’exécuter après elle-même.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Les tâches ne peuvent pas encore écrire dans des dépôts SFTP ; utilisez un dossier local.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Les tâches nécessitent le catalogue.</translation>
    </message>
    <message>
        <source>The job needs a name.</source>
        <translation>La tâche doit avoir un nom.</translation>
    </message>
    <message>
        <source>You can only change jobs on the server you signed in to.</source>
        <translation>Vous ne pouvez modifier que les tâches du serveur auquel vous êtes connecté.</translation>
    </message>
    <message>
        <source>Choose the repository the job writes to.</source>
        <translation>Choisissez le dépôt dans lequel la tâche écrit.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 n’est pas un dépôt Lifeboat : %2</translation>
    </message>
    <message>
        <source>Choose at least one VM or container to back up.</source>
        <translation>Choisissez au moins une VM ou un conteneur à sauvegarder.</translation>
    </message>
    <message>
        <source>%1 is not a VM or container you may back up.</source>
        <translation>%1 n’est ni une VM ni un conteneur que vous pouvez sauvegarder.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 est de type %2, qu’une tâche ne peut pas sauvegarder.</translation>
    </message>
    <message>
        <source>The excluded VM %1 is not one you may see.</source>
        <translation>La VM exclue %1 ne fait pas partie de celles que vous pouvez voir.</translation>
    </message>
    <message>
        <source>The objects of a job on another server can only be changed signed in there.</source>
        <translation>Les objets d’une tâche d’un autre serveur ne peuvent être modifiés qu’en étant connecté à ce serveur.</translation>
    </message>
    <message>
        <source>An excluded disk is written VM:KEY, not %1.</source>
        <translation>Un disque exclu s’écrit VM:KEY, et non %1.</translation>
    </message>
    <message>
        <source>The job to run after is not one of your jobs.</source>
        <translation>La tâche après laquelle s’exécuter ne fait pas partie de vos tâches.</translation>
    </message>
    <message>
        <source>The guest password could not be kept in the system keychain: %1</source>
        <translation>Le mot de passe de l’invité n’a pas pu être conservé dans le trousseau système : %1</translation>
    </message>
    <message>
        <source>Guest processing needs a key file or the guest password.</source>
        <translation>Le traitement invité nécessite un fichier de clé ou le mot de passe de l’invité.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Votre organisation n’a pas de vApp %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleSession</name>
    <message>
        <source>Signing in needs the catalog.</source>
        <translation>La connexion nécessite le catalogue.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Saisissez l’adresse de votre serveur vCenter.</translation>
    </message>
    <message>
        <source>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</source>
        <translation>%1 n’est pas une adresse de serveur ; saisissez un nom d’hôte tel que vcenter.example.com ou une URL https://.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Les tâches nécessitent le catalogue.</translation>
    </message>
    <message>
        <source>The job %1 belongs to another account.</source>
        <translation>La tâche %1 appartient à un autre compte.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Choisissez le dossier du dépôt à ouvrir.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <source>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</source>
        <translation>Le dépôt est ouvert hors ligne : les tâches nécessitent un serveur. Connectez-vous à un vCenter pour exécuter %1.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 n’est pas un serveur de cette installation ; choisissez-en un dans la liste, ou demandez à votre administrateur de l’ajouter avec « lifeboat-cli endpoint add ».</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</source>
        <translation>Le compte %1 n’a pas accès à Lifeboat sur %2 ; demandez à votre administrateur à quel serveur vous connecter.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 thumbprint.</source>
        <translation>%1 n’est pas une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 n’est pas un serveur de cette installation ; demandez à votre administrateur de l’ajouter avec « lifeboat-cli endpoint add ».</translation>
    </message>
    <message>
        <source>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</source>
        <translation>%1 est un serveur de cette installation ; seul un administrateur peut approuver un autre certificat pour lui (« lifeboat-cli endpoint trust »).</translation>
    </message>
    <message>
        <source>Your organization %1 has no VMs in Cloud Director yet.</source>
        <translation>Votre organisation %1 n’a encore aucune VM dans Cloud Director.</translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::Keychain</name>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>Le trousseau n’a pas d’entrée %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>Le trousseau système a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>Le trousseau système n’est pas disponible (%1). Lifeboat ne conserve les secrets nulle part ailleurs ; saisissez le mot de passe à chaque fois, ou démarrez un trousseau comme GNOME Keyring ou KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); enter the password instead.</source>
        <translation>
            <numerusform>Le trousseau système n’a pas répondu en %n seconde ; saisissez plutôt le mot de passe.</numerusform>
            <numerusform>Le trousseau système n’a pas répondu en %n secondes ; saisissez plutôt le mot de passe.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::PasswordRecord</name>
    <message>
        <source>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</source>
        <translation>Le mot de passe administrateur enregistré n’est pas un enregistrement valide ; recréez-le avec « lifeboat-cli kiosk hash-password ».</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::BlockSource</name>
    <message>
        <source>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</source>
        <translation>Impossible de lire %1 octets au décalage %2 : le disque ou la partition se termine à %3 octets.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1: %2</source>
        <translation>Impossible de déterminer la taille de %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>Impossible de lire %1 au décalage %2 : %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Ext4FileSystem</name>
    <message>
        <source>its data points outside the file system</source>
        <translation>ses données pointent hors du système de fichiers</translation>
    </message>
    <message>
        <source>its block map is out of order</source>
        <translation>sa table des blocs n’est pas dans l’ordre</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the inode of %1</source>
        <translation>Impossible de lire l’inode de %1</translation>
    </message>
    <message>
        <source>Cannot read %1: its size is impossible.</source>
        <translation>Impossible de lire %1 : sa taille est impossible.</translation>
    </message>
    <message>
        <source>%1 is encrypted by the guest (fscrypt) and cannot be read.</source>
        <translation>%1 est chiffré par l’invité (fscrypt) et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>Cannot read the block map of %1</source>
        <translation>Impossible de lire la table des blocs de %1</translation>
    </message>
    <message>
        <source>The symbolic link %1 claims an impossible length.</source>
        <translation>Le lien symbolique %1 indique une longueur impossible.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 n’existe pas dans le système de fichiers de l’invité.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>Impossible de rechercher %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 est un lien symbolique ; les liens ne sont pas suivis dans %2. Utilisez le chemin vers lequel il pointe.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Impossible de lire le répertoire %1</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>Aucune partition à ouvrir.</translation>
    </message>
    <message>
        <source>This ext file system uses features that cannot be read: %1</source>
        <translation>Ce système de fichiers ext utilise des fonctionnalités illisibles : %1</translation>
    </message>
    <message>
        <source>Cannot read the ext file system: %1</source>
        <translation>Impossible de lire le système de fichiers ext : %1</translation>
    </message>
    <message>
        <source>The ext file system is damaged: %1</source>
        <translation>Le système de fichiers ext est endommagé : %1</translation>
    </message>
    <message>
        <source>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>Le système de fichiers ext annonce %1 octets mais sa partition n’en a que %2 ; l’image disque est probablement tronquée.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 est un lien symbolique ; les liens ne sont pas suivis.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Extractor</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l’utilisateur.</translation>
    </message>
    <message>
        <source>its name cannot be used in the target</source>
        <translation>son nom ne peut pas être utilisé dans la cible</translation>
    </message>
    <message>
        <source>devices, pipes and sockets are not restored</source>
        <translation>les périphériques, tubes et sockets ne sont pas restaurés</translation>
    </message>
    <message>
        <source>it exists in the target (restore with overwrite to replace it)</source>
        <translation>il existe dans la cible (restaurez avec overwrite pour le remplacer)</translation>
    </message>
    <message>
        <source>it exists in the target, and so does %1</source>
        <translation>il existe dans la cible, tout comme %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>something that is not a folder has that name in the target</source>
        <translation>un élément qui n’est pas un dossier porte ce nom dans la cible</translation>
    </message>
    <message>
        <source>a folder of that name exists in the target</source>
        <translation>un dossier de ce nom existe dans la cible</translation>
    </message>
    <message>
        <source>its content cannot be read: %1</source>
        <translation>son contenu ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the link has no usable target</source>
        <translation>le lien n’a pas de cible utilisable</translation>
    </message>
    <message>
        <source>%1 cannot be restored to its original place.</source>
        <translation>%1 ne peut pas être restauré à son emplacement d’origine.</translation>
    </message>
    <message>
        <source>it lies deeper than 1,024 folders (a loop in a damaged file system?)</source>
        <translation>il se trouve à plus de 1 024 niveaux de dossiers (une boucle dans un système de fichiers endommagé ?)</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FileIndex</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>Le catalogue n’a pas pu %1 : %2</translation>
    </message>
    <message>
        <source>read the file index</source>
        <translation>lire l’index des fichiers</translation>
    </message>
    <message>
        <source>The catalog could not start a transaction: %1</source>
        <translation>Le catalogue n’a pas pu démarrer de transaction : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>update the file index</source>
        <translation>mettre à jour l’index des fichiers</translation>
    </message>
    <message>
        <source>add to the file index</source>
        <translation>ajouter à l’index des fichiers</translation>
    </message>
    <message>
        <source>The catalog could not store the file index: %1</source>
        <translation>Le catalogue n’a pas pu enregistrer l’index des fichiers : %1</translation>
    </message>
    <message>
        <source>The catalog could not update the file index.</source>
        <translation>Le catalogue n’a pas pu mettre à jour l’index des fichiers.</translation>
    </message>
    <message>
        <source>search the file index</source>
        <translation>rechercher dans l’index des fichiers</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FolderExtractor</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir le dossier %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Impossible de remplacer</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Impossible d’écrire dans</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Impossible de créer le lien</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestFileSystem</name>
    <message>
        <source>The guest path &quot;%1&quot; is not valid: %2</source>
        <translation>Le chemin de l’invité « %1 » n’est pas valide : %2</translation>
    </message>
    <message>
        <source>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</source>
        <translation>Cette partition contient le journal externe d’un système de fichiers ext3/ext4 ; elle ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>exFAT is not supported yet.</source>
        <translation>exFAT n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>FAT is not supported yet.</source>
        <translation>FAT n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>XFS is not supported yet.</source>
        <translation>XFS n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>Btrfs is not supported yet.</source>
        <translation>Btrfs n’est pas encore pris en charge.</translation>
    </message>
    <message>
        <source>This partition is encrypted with LUKS; encrypted volumes cannot be read.</source>
        <translation>Cette partition est chiffrée avec LUKS ; les volumes chiffrés ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>This partition is an LVM physical volume; LVM volumes are not supported yet.</source>
        <translation>Cette partition est un volume physique LVM ; les volumes LVM ne sont pas encore pris en charge.</translation>
    </message>
    <message>
        <source>This partition is swap space; it contains no files.</source>
        <translation>Cette partition est un espace d’échange (swap) ; elle ne contient aucun fichier.</translation>
    </message>
    <message>
        <source>No known file system was found in this partition.</source>
        <translation>Aucun système de fichiers connu n’a été trouvé dans cette partition.</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>le chemin est vide.</translation>
    </message>
    <message>
        <source>it must be absolute (start with &quot;/&quot;).</source>
        <translation>il doit être absolu (commencer par « / »).</translation>
    </message>
    <message>
        <source>it contains a NUL byte.</source>
        <translation>il contient un octet NUL.</translation>
    </message>
    <message>
        <source>it contains an empty component (&quot;//&quot;).</source>
        <translation>il contient un composant vide (« // »).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; paths are taken literally, not resolved.</source>
        <translation>il contient « %1 » ; les chemins sont pris tels quels, sans être résolus.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestSftpTarget</name>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 a accepté la connexion mais refusé SFTP : %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2.</source>
        <translation>%1 n’est pas un dossier sur %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a folder (a link or a file has its place).</source>
        <translation>%1 sur %2 n’est pas un dossier (un lien ou un fichier occupe sa place).</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Impossible d’écrire dans</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>Impossible de définir les attributs de</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Impossible de remplacer</translation>
    </message>
    <message>
        <source>Cannot put in place</source>
        <translation>Impossible de mettre en place</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Impossible de créer le lien</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>La connexion à %1 a été perdue (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>no space left in the guest</source>
        <translation>plus d’espace disponible dans l’invité</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>the guest reported failure (SFTP status %1)</source>
        <translation>l’invité a signalé un échec (statut SFTP %1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>%1 accepted a connection without a trusted host key.</source>
        <translation>%1 a accepté une connexion sans clé d’hôte approuvée.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::NtfsFileSystem</name>
    <message>
        <source>it is compressed with Windows system compression (Compact OS), which cannot be read</source>
        <translation>le fichier est compressé avec la compression système de Windows (Compact OS), qui ne peut pas être lue</translation>
    </message>
    <message>
        <source>it is stored by Windows Data Deduplication, whose chunk store cannot be read</source>
        <translation>le fichier est stocké par la déduplication des données de Windows, dont le magasin de blocs (chunk store) ne peut pas être lu</translation>
    </message>
    <message>
        <source>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</source>
        <translation>le fichier est un espace réservé de fichier cloud (par exemple OneDrive) dont le contenu n’est peut-être pas sur ce disque</translation>
    </message>
    <message>
        <source>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</source>
        <translation>le fichier est un reparse point (balise 0x%1) dont le contenu n’est pas stocké dans le fichier lui-même</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>Cannot read the MFT record of %1</source>
        <translation>Impossible de lire l’enregistrement MFT de %1</translation>
    </message>
    <message>
        <source>Cannot read the reparse point of %1</source>
        <translation>Impossible de lire le reparse point de %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Impossible de lire %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 est un lien symbolique ou une junction ; les liens ne sont pas suivis dans %2. Utilisez le chemin vers lequel pointe le lien.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 n’est pas un répertoire.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 n’existe pas dans le système de fichiers de l’invité.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>Impossible de rechercher %1</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Impossible de lire le répertoire %1</translation>
    </message>
    <message>
        <source>Cannot read the run list of %1</source>
        <translation>Impossible de lire la run list de %1</translation>
    </message>
    <message>
        <source>its run list is out of order</source>
        <translation>sa run list n’est pas dans l’ordre</translation>
    </message>
    <message>
        <source>its data points outside the file system</source>
        <translation>ses données pointent hors du système de fichiers</translation>
    </message>
    <message>
        <source>its run list ends before its data</source>
        <translation>sa run list s’arrête avant la fin de ses données</translation>
    </message>
    <message>
        <source>Cannot open the content of %1</source>
        <translation>Impossible d’ouvrir le contenu de %1</translation>
    </message>
    <message>
        <source>its size is impossible</source>
        <translation>sa taille est impossible</translation>
    </message>
    <message>
        <source>its data ends early</source>
        <translation>ses données s’arrêtent prématurément</translation>
    </message>
    <message>
        <source>%1 is encrypted by Windows (EFS) and cannot be read.</source>
        <translation>%1 est chiffré par Windows (EFS) et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>Aucune partition à ouvrir.</translation>
    </message>
    <message>
        <source>The partition is too small for NTFS.</source>
        <translation>La partition est trop petite pour NTFS.</translation>
    </message>
    <message>
        <source>Cannot read the NTFS boot sector: %1</source>
        <translation>Impossible de lire le secteur d’amorçage NTFS : %1</translation>
    </message>
    <message>
        <source>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>Le système de fichiers NTFS annonce %1 octets mais sa partition n’en a que %2 ; l’image disque est probablement tronquée.</translation>
    </message>
    <message>
        <source>Cannot open NTFS: out of memory.</source>
        <translation>Impossible d’ouvrir NTFS : mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The NTFS boot sector is not valid: %1</source>
        <translation>Le secteur d’amorçage NTFS n’est pas valide : %1</translation>
    </message>
    <message>
        <source>The NTFS file system cannot be opened</source>
        <translation>Impossible d’ouvrir le système de fichiers NTFS</translation>
    </message>
    <message>
        <source>NTFS version %1.%2 is not supported.</source>
        <translation>La version %1.%2 de NTFS n’est pas prise en charge.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 est un lien symbolique ; les liens ne sont pas suivis.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Partitions</name>
    <message>
        <source>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>La partition MBR %1 (secteurs %2 à %3) se trouve hors du disque (%4 secteurs) et a été ignorée.</translation>
    </message>
    <message>
        <source>The extended partition chain has more than %1 links; the rest was ignored.</source>
        <translation>La chaîne de partitions étendues compte plus de %1 maillons ; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>The extended partition chain loops back to sector %1; the rest was ignored.</source>
        <translation>La chaîne de partitions étendues reboucle sur le secteur %1 ; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</source>
        <translation>Un maillon de partition étendue pointe vers le secteur %1, hors de sa partition étendue ; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>The extended partition link at sector %1 has no boot signature; the rest was ignored.</source>
        <translation>Le maillon de partition étendue au secteur %1 n’a pas de signature d’amorçage ; le reste a été ignoré.</translation>
    </message>
    <message>
        <source>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</source>
        <translation>La partition logique %1 (secteurs %2 à %3) se trouve hors de sa partition étendue ou du disque et a été ignorée.</translation>
    </message>
    <message>
        <source>no GPT signature at sector %1</source>
        <translation>aucune signature GPT au secteur %1</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid size (%2)</source>
        <translation>l’en-tête au secteur %1 a une taille non valide (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 fails its checksum</source>
        <translation>la somme de contrôle de l’en-tête au secteur %1 est incorrecte</translation>
    </message>
    <message>
        <source>the header at sector %1 says it belongs elsewhere</source>
        <translation>l’en-tête au secteur %1 indique qu’il se trouve ailleurs</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid entry size (%2)</source>
        <translation>l’en-tête au secteur %1 a une taille d’entrée non valide (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 claims an implausible %2 entries</source>
        <translation>l’en-tête au secteur %1 annonce un nombre d’entrées invraisemblable (%2)</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 lies outside the disk</source>
        <translation>le tableau des entrées de l’en-tête au secteur %1 se trouve hors du disque</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 fails its checksum</source>
        <translation>la somme de contrôle du tableau des entrées de l’en-tête au secteur %1 est incorrecte</translation>
    </message>
    <message>
        <source>The GPT partition table is damaged: primary: %1; backup: %2.</source>
        <translation>La table de partitions GPT est endommagée : principale : %1 ; copie de secours : %2.</translation>
    </message>
    <message>
        <source>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</source>
        <translation>L’en-tête GPT principal est endommagé (%1) ; la copie de secours en fin de disque a été utilisée.</translation>
    </message>
    <message>
        <source>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>La partition GPT %1 (secteurs %2 à %3) se trouve hors du disque (%4 secteurs) et a été ignorée.</translation>
    </message>
    <message>
        <source>Partitions %1 and %2 overlap; their contents may be mixed up.</source>
        <translation>Les partitions %1 et %2 se chevauchent ; leurs contenus peuvent être mélangés.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::RestorePointVolumes</name>
    <message>
        <source>The volume %1 cannot be read: %2</source>
        <translation>Le volume %1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>The restore point has no volume %1. Its readable volumes: %2.</source>
        <translation>Le point de restauration n’a pas de volume %1. Ses volumes lisibles : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>No volume of this restore point holds a file system Lifeboat can read.</source>
        <translation>Aucun volume de ce point de restauration ne contient de système de fichiers que Lifeboat sait lire.</translation>
    </message>
    <message>
        <source>The restore point has several volumes; choose one with --volume: %1.</source>
        <translation>Le point de restauration a plusieurs volumes ; choisissez-en un avec --volume : %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::ZipTarget</name>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot start compression.</source>
        <translation>Impossible de démarrer la compression.</translation>
    </message>
    <message>
        <source>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</source>
        <translation>%1 ne peut pas être stocké dans un fichier .zip (barre oblique inverse dans le nom, ou chemin de plus de 65 535 octets).</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::BackupRun</name>
    <message>
        <source>Retry of session %1 started for job %2.</source>
        <translation>Relance de la session %1 démarrée pour la tâche %2.</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Tâche %1 démarrée.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</source>
        <translation>Les tâches ne peuvent pas encore écrire dans des dépôts SFTP ; utilisez un dossier local ou monté.</translation>
    </message>
    <message>
        <source>Cannot open the repository %1: %2</source>
        <translation>Impossible d’ouvrir le dépôt %1 : %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Impossible de se connecter à %1 en tant que %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Impossible de lire l’inventaire de %1 : %2</translation>
    </message>
    <message>
        <source>Stop requested by the user.</source>
        <translation>Arrêt demandé par l’utilisateur.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2).</source>
        <translation>Sauvegarde de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot list the snapshots: %1</source>
        <translation>Impossible de lister les snapshots : %1</translation>
    </message>
    <message>
        <source>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</source>
        <translation>Le snapshot « %1 » laissé par une exécution interrompue a été supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover snapshot &quot;%1&quot;: %2</source>
        <translation>Impossible de supprimer le snapshot résiduel « %1 » : %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l’utilisateur.</translation>
    </message>
    <message>
        <source>Changed-block tracking enabled.</source>
        <translation>Suivi des blocs modifiés activé.</translation>
    </message>
    <message>
        <source>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</source>
        <translation>Impossible d’activer le suivi des blocs modifiés (%1) ; chaque sauvegarde lit les disques entiers.</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s restore points: %1</source>
        <translation>Impossible de lire les points de restauration du dépôt : %1</translation>
    </message>
    <message>
        <source>Taken by Lifeboat for a backup; removed when the backup ends.</source>
        <translation>Pris par Lifeboat pour une sauvegarde ; supprimé à la fin de la sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot: %1</source>
        <translation>Impossible de prendre un snapshot : %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Snapshot %1 pris.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot&apos;s disks: %1</source>
        <translation>Impossible de lire les disques du snapshot : %1</translation>
    </message>
    <message>
        <source>Disk %1 is excluded by the job.</source>
        <translation>Le disque %1 est exclu par la tâche.</translation>
    </message>
    <message>
        <source>Changed blocks of %1 are not available (%2); reading the whole disk.</source>
        <translation>Les blocs modifiés de %1 ne sont pas disponibles (%2) ; lecture du disque entier.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the previous restore point.</source>
        <translation>%1 : %2 modifiés depuis le point de restauration précédent.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration file was not saved with the restore point: %1</source>
        <translation>Le fichier de configuration de la VM n’a pas été enregistré avec le point de restauration : %1</translation>
    </message>
    <message>
        <source>The disk %1 cannot be read through the datastore API.</source>
        <translation>Le disque %1 ne peut pas être lu via l’API de la banque de données.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La sauvegarde a échoué : %1</translation>
    </message>
    <message>
        <source>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</source>
        <translation>Point de restauration %1 : %2 lus, %3 stockés (%4 blocs nouveaux sur %5, %6 inchangés ou nuls).</translation>
    </message>
    <message>
        <source>Snapshot %1 removed.</source>
        <translation>Snapshot %1 supprimé.</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</source>
        <translation>Impossible de supprimer le snapshot %1 (%2) ; la prochaine exécution de cette tâche le supprimera.</translation>
    </message>
    <message>
        <source>%1 done in %2 s.</source>
        <translation>%1 terminé en %2 s.</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Session terminée : %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the inventory.</source>
        <translation>%1 (%2) n’est plus dans l’inventaire.</translation>
    </message>
    <message>
        <source>%1 holds no VMs.</source>
        <translation>%1 ne contient aucune VM.</translation>
    </message>
    <message>
        <source>%1 is outside the scope of %2 and was not backed up.</source>
        <translation>%1 est hors du périmètre de %2 et n’a pas été sauvegardée.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</source>
        <translation>La sauvegarde de %1 n’a pas été lancée : elle peut stocker jusqu’à %2, et %3 du quota de %4 sont déjà utilisés. Demandez un quota plus grand à votre administrateur ou supprimez des points de restauration.</translation>
    </message>
    <message>
        <source>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</source>
        <translation>Le traitement invité nécessite l’adresse de l’invité : VMware Tools n’en signale aucune et la tâche n’en indique aucune pour %1.</translation>
    </message>
    <message>
        <source>Guest processing: %1</source>
        <translation>Traitement invité : %1</translation>
    </message>
    <message>
        <source>Pre-freeze script exited with %1: %2</source>
        <translation>Le script pre-freeze s’est terminé avec le code de sortie %1 : %2</translation>
    </message>
    <message>
        <source>The pre-freeze script failed (exit status %1); no snapshot was taken.</source>
        <translation>Le script pre-freeze a échoué (code de sortie %1) ; aucun snapshot n’a été pris.</translation>
    </message>
    <message>
        <source>The post-thaw script could not run: %1</source>
        <translation>Le script post-thaw n’a pas pu s’exécuter : %1</translation>
    </message>
    <message>
        <source>Post-thaw script exited with %1: %2</source>
        <translation>Le script post-thaw s’est terminé avec le code de sortie %1 : %2</translation>
    </message>
    <message>
        <source>The guest files were not indexed: %1</source>
        <translation>Les fichiers de l’invité n’ont pas été indexés : %1</translation>
    </message>
    <message>
        <source>Indexed %1 guest files and folders (%2 new or changed).</source>
        <translation>%1 fichiers et dossiers de l’invité indexés (%2 nouveaux ou modifiés).</translation>
    </message>
    <message>
        <source>Not indexed: %1</source>
        <translation>Non indexé : %1</translation>
    </message>
    <message>
        <source>%1: the databases cannot be listed: %2</source>
        <translation>%1 : impossible de lister les bases de données : %2</translation>
    </message>
    <message>
        <source>%1: the database name %2 is not backed up (quotes or control characters)</source>
        <translation>%1 : la base de données %2 n’est pas sauvegardée (guillemets ou caractères de contrôle dans le nom)</translation>
    </message>
    <message>
        <source>%1 database %2: the dump failed: %3</source>
        <translation>Base de données %1 %2 : la sauvegarde logique (dump) a échoué : %3</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Éléments de base de données : %1</translation>
    </message>
    <message>
        <source>Dumped the %1 database %2 (%3).</source>
        <translation>Sauvegarde logique (dump) de la base de données %1 %2 effectuée (%3).</translation>
    </message>
    <message>
        <source>Database items: no temporary folder for the dumps: %1</source>
        <translation>Éléments de base de données : aucun dossier temporaire pour les sauvegardes logiques (dumps) : %1</translation>
    </message>
    <message>
        <source>the list of databases is too long</source>
        <translation>la liste des bases de données est trop longue</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <source>The stored job definition has an invalid &quot;%1&quot;.</source>
        <translation>La définition de tâche enregistrée a une valeur « %1 » non valide.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobStore</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>Le catalogue n’a pas pu %1 : %2</translation>
    </message>
    <message>
        <source>A job named %1 exists already.</source>
        <translation>Une tâche nommée %1 existe déjà.</translation>
    </message>
    <message>
        <source>save the job</source>
        <translation>enregistrer la tâche</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>Il n’y a pas de tâche avec l’ID %1.</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>lister les tâches</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>lire la tâche</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>Il n’y a pas de tâche %1.</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>supprimer la tâche</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>démarrer une session</translation>
    </message>
    <message>
        <source>list the running sessions</source>
        <translation>lister les sessions en cours</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped while the session ran.</source>
        <translation>Interrompue : Lifeboat s’est arrêté pendant la session.</translation>
    </message>
    <message>
        <source>close an interrupted session</source>
        <translation>clore une session interrompue</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>terminer la session</translation>
    </message>
    <message>
        <source>start a task</source>
        <translation>démarrer le traitement d’une VM</translation>
    </message>
    <message>
        <source>finish a task</source>
        <translation>terminer le traitement d’une VM</translation>
    </message>
    <message>
        <source>write the session log</source>
        <translation>écrire le journal de la session</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>lister les sessions</translation>
    </message>
    <message>
        <source>read the session</source>
        <translation>lire la session</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Il n’y a pas de session %1.</translation>
    </message>
    <message>
        <source>read the session log</source>
        <translation>lire le journal de la session</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>lire la planification</translation>
    </message>
    <message>
        <source>save the schedule</source>
        <translation>enregistrer la planification</translation>
    </message>
    <message>
        <source>request a stop</source>
        <translation>demander un arrêt</translation>
    </message>
    <message>
        <source>claim the scheduler</source>
        <translation>prendre en charge le planificateur</translation>
    </message>
    <message>
        <source>release the scheduler</source>
        <translation>libérer le planificateur</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Schedule</name>
    <message>
        <source>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</source>
        <translation>« %1 » n’est pas une planification. Exemples : &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</source>
        <translation>« %1 » n’est pas une politique de planification : indiquez any, none ou une fenêtre de démarrage comme « 20:00-06:00 ».</translation>
    </message>
    <message>
        <source>Your provider lets your jobs run only when you start them: choose no schedule.</source>
        <translation>Votre fournisseur n’exécute vos tâches que lorsque vous les démarrez : ne choisissez aucune planification.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</source>
        <translation>Votre fournisseur ne laisse vos tâches démarrer qu’entre %1 et %2 ; une tâche toutes les quelques heures démarrerait hors de cette fenêtre.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; %3 is outside.</source>
        <translation>Votre fournisseur ne laisse vos tâches démarrer qu’entre %1 et %2 ; %3 est en dehors.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Scheduler</name>
    <message>
        <source>the computer was asleep</source>
        <translation>l’ordinateur était en veille</translation>
    </message>
    <message>
        <source>the scheduler was held up</source>
        <translation>le planificateur a été retardé</translation>
    </message>
    <message>
        <source>Lifeboat was not running</source>
        <translation>Lifeboat n’était pas en cours d’exécution</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n scheduled run(s) (%1) because %2; running the job once now.</source>
        <translation>
            <numerusform>%n exécution planifiée manquée (%1) parce que %2 ; la tâche est exécutée une fois maintenant.</numerusform>
            <numerusform>%n exécutions planifiées manquées (%1) parce que %2 ; la tâche est exécutée une fois maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up run for the missed schedule.</source>
        <translation>Exécution de rattrapage pour la planification manquée.</translation>
    </message>
    <message>
        <source>Scheduled run (%1).</source>
        <translation>Exécution planifiée (%1).</translation>
    </message>
    <message>
        <source>Started after the job %1 finished.</source>
        <translation>Démarrée après la fin de la tâche %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::notify::Mailer</name>
    <message>
        <source>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</source>
        <translation>Les paramètres de messagerie sont incomplets : il faut un hôte, un port et une sécurité none, starttls ou tls.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>« %1 » n’est pas une adresse de courriel.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>Le serveur de messagerie %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</source>
        <translation>Le certificat du serveur de messagerie %1 n’est pas approuvé ; son empreinte SHA-256 est %2.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Impossible de joindre le serveur de messagerie %1 : %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 (SMTP %4)</source>
        <translation>Le serveur de messagerie %1 a refusé %2 : %3 (SMTP %4)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la connexion</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</source>
        <translation>Le serveur de messagerie %1 ne propose pas STARTTLS ; le mot de passe et le rapport circuleraient en clair. Utilisez la sécurité tls ou none.</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>l’authentification de %1</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>l’expéditeur %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>le destinataire %1</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>le message</translation>
    </message>
    <message>
        <source>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</source>
        <translation>Lifeboat n’envoie pas de mot de passe de messagerie sans TLS ; réglez la sécurité sur starttls ou tls.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>Le message n’a pas de destinataire.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Backend</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Impossible d’écrire dans</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>Impossible de synchroniser</translation>
    </message>
    <message>
        <source>Cannot store</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Impossible de créer</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Impossible de lire</translation>
    </message>
    <message>
        <source>%1 ends before offset %2: the file is truncated.</source>
        <translation>%1 se termine avant le décalage %2 : le fichier est tronqué.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Impossible de supprimer</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existe déjà.</translation>
    </message>
    <message>
        <source>The connection to the SFTP server was lost (%1).</source>
        <translation>La connexion au serveur SFTP a été perdue (%1).</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>%1 %2: out of memory</source>
        <translation>%1 %2 : mémoire insuffisante</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>no space left on the server</source>
        <translation>plus d’espace disponible sur le serveur</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>existe déjà</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>le serveur ne prend pas en charge cette opération</translation>
    </message>
    <message>
        <source>the server reported failure (SFTP status %1)</source>
        <translation>le serveur a signalé un échec (statut SFTP %1)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 a accepté la connexion mais refusé SFTP : %2</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>Impossible d’ouvrir un canal vers</translation>
    </message>
    <message>
        <source>unexpected reply from the server</source>
        <translation>réponse inattendue du serveur</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Impossible d’envoyer des données à</translation>
    </message>
    <message>
        <source>malformed reply from the server</source>
        <translation>réponse mal formée du serveur</translation>
    </message>
    <message>
        <source>Cannot receive</source>
        <translation>Impossible de recevoir des données de</translation>
    </message>
    <message>
        <source>the server closed the channel</source>
        <translation>le serveur a fermé le canal</translation>
    </message>
    <message>
        <source>%1 was already committed.</source>
        <translation>%1 a déjà été validé.</translation>
    </message>
    <message>
        <source>the upload of %1 was interrupted</source>
        <translation>l’envoi de %1 a été interrompu</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Impossible de lister</translation>
    </message>
    <message>
        <source>%1 is not a valid SFTP location: %2</source>
        <translation>%1 n’est pas un emplacement SFTP valide : %2</translation>
    </message>
    <message>
        <source>it must start with sftp://</source>
        <translation>il doit commencer par sftp://</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>le nom du serveur est manquant</translation>
    </message>
    <message>
        <source>the user name is missing (sftp://user@server/folder)</source>
        <translation>le nom d’utilisateur est manquant (sftp://user@server/folder)</translation>
    </message>
    <message>
        <source>passwords do not belong in the location</source>
        <translation>les mots de passe n’ont pas leur place dans l’emplacement</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>le port est hors plage</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>le dossier doit être un chemin absolu</translation>
    </message>
    <message>
        <source>An SFTP location needs a server and an absolute folder.</source>
        <translation>Un emplacement SFTP nécessite un serveur et un dossier absolu.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::BlobCodec</name>
    <message>
        <source>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</source>
        <translation>Le bloc %1 est endommagé : son authentification a échoué (les octets stockés ont été modifiés).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it is empty.</source>
        <translation>Le bloc %1 est endommagé : il est vide.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it does not decompress.</source>
        <translation>Le bloc %1 est endommagé : il ne peut pas être décompressé.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: unknown compression %2.</source>
        <translation>Le bloc %1 est endommagé : compression inconnue %2.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: its content does not match its id.</source>
        <translation>Le bloc %1 est endommagé : son contenu ne correspond pas à son identifiant.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::ChunkIndex</name>
    <message>
        <source>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</source>
        <translation>Le fichier temporaire de l’index des blocs dans %1 n’a pas pu être lu ou écrit (%2). Libérez de l’espace à cet endroit et relancez la tâche.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>Impossible de lire %1 au décalage %2 : %3</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>fin de fichier inattendue</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1.</source>
        <translation>Impossible de déterminer la taille de %1.</translation>
    </message>
    <message>
        <source>The previous restore point of disk %1 used another chunk size.</source>
        <translation>Le point de restauration précédent du disque %1 utilisait une autre taille de bloc.</translation>
    </message>
    <message>
        <source>The restore point %1 has no disk named %2.</source>
        <translation>Le point de restauration %1 n’a pas de disque nommé %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another target or allow overwriting.</source>
        <translation>%1 existe déjà ; choisissez une autre cible ou autorisez l’écrasement.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>Impossible de définir la taille de %1 : %2</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 cannot be read: %2</source>
        <translation>Impossible de lire la liste des blocs du disque %1 : %2</translation>
    </message>
    <message>
        <source>%1 (disk %2, offset %3)</source>
        <translation>%1 (disque %2, décalage %3)</translation>
    </message>
    <message>
        <source>The chunk at offset %1 of disk %2 has the wrong length.</source>
        <translation>Le bloc au décalage %1 du disque %2 n’a pas la bonne longueur.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2</source>
        <translation>Impossible de synchroniser %1 : %2</translation>
    </message>
    <message>
        <source>Cannot move the restored disk to %1: %2</source>
        <translation>Impossible de déplacer le disque restauré vers %1 : %2</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</source>
        <translation>La lecture de %1 octets à %2 sort des limites du disque %3 (%4 octets).</translation>
    </message>
    <message>
        <source>pack %1 is truncated</source>
        <translation>le fichier pack %1 est tronqué</translation>
    </message>
    <message>
        <source>chunk %1 is damaged</source>
        <translation>le bloc %1 est endommagé</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>le bloc %1 est manquant</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Prune</name>
    <message>
        <source>The restore point %1 is immutable until %2 and cannot be deleted before then.</source>
        <translation>Le point de restauration %1 est immuable jusqu’à %2 et ne peut pas être supprimé avant.</translation>
    </message>
    <message>
        <source>The restore point %1 is already immutable until %2; immutability can only be extended.</source>
        <translation>Le point de restauration %1 est déjà immuable jusqu’à %2 ; l’immuabilité peut seulement être prolongée.</translation>
    </message>
    <message>
        <source>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</source>
        <translation>Une politique de rétention doit conserver quelque chose (par exemple --keep-last 7) ; l’élagage refuse de supprimer tous les points de restauration.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</source>
        <translation>L’élagage s’est arrêté avant toute suppression : %1 Exécutez « lifeboat-cli repo verify ».</translation>
    </message>
    <message>
        <source>Prune stopped before deleting data: %1</source>
        <translation>L’élagage s’est arrêté avant de supprimer des données : %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Repository</name>
    <message>
        <source>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</source>
        <translation>La dérivation de clé (scrypt) a échoué ; les paramètres du fichier de clé sont peut-être endommagés.</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 contient déjà un dépôt ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</source>
        <translation>La taille de bloc doit être un multiple de 4 Kio compris entre 4 Kio et 16 Mio.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</source>
        <translation>%1 n’est pas un dépôt Lifeboat (il n’a pas de fichier config). Vérifiez le chemin ou créez-en un avec « lifeboat-cli repo init ».</translation>
    </message>
    <message>
        <source>%1 has a config file, but it is not a Lifeboat repository&apos;s.</source>
        <translation>%1 a un fichier config, mais ce n’est pas celui d’un dépôt Lifeboat.</translation>
    </message>
    <message>
        <source>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</source>
        <translation>Le dépôt %1 utilise la version de format %2 ; ce Lifeboat lit jusqu’à la version %3. Mettez Lifeboat à niveau pour l’ouvrir ; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The repository %1 has an invalid format version.</source>
        <translation>Le dépôt %1 a une version de format non valide.</translation>
    </message>
    <message>
        <source>The repository %1 has a damaged config file.</source>
        <translation>Le fichier config du dépôt %1 est endommagé.</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a password is needed.</source>
        <translation>Le dépôt %1 est chiffré : un mot de passe est requis.</translation>
    </message>
    <message>
        <source>The password does not open the repository %1.</source>
        <translation>Ce mot de passe n’ouvre pas le dépôt %1.</translation>
    </message>
    <message>
        <source>The config file of %1 was altered: its authentication failed.</source>
        <translation>Le fichier config de %1 a été altéré : son authentification a échoué.</translation>
    </message>
    <message>
        <source>An index of %1 is truncated.</source>
        <translation>Un index de %1 est tronqué.</translation>
    </message>
    <message>
        <source>The header of pack %1 names another pack.</source>
        <translation>L’en-tête du fichier pack %1 désigne un autre fichier pack.</translation>
    </message>
    <message>
        <source>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</source>
        <translation>Le fichier d’index %1 est endommagé. « lifeboat-cli repo verify » indique ce qui est touché.</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>Le bloc %1 est absent du dépôt.</translation>
    </message>
    <message>
        <source>There is no restore point %1 in %2.</source>
        <translation>Il n’y a pas de point de restauration %1 dans %2.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its authentication failed.</source>
        <translation>Le point de restauration %1 est endommagé : son authentification a échoué.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its description cannot be read.</source>
        <translation>Le point de restauration %1 est endommagé : sa description est illisible.</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 has no part %2.</source>
        <translation>La liste des blocs du disque %1 n’a pas de partie %2.</translation>
    </message>
    <message>
        <source>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</source>
        <translation>La partie %1 de la liste des blocs du disque %2 fait %3 octets au lieu de %4.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::RepositoryLock</name>
    <message>
        <source>%1 lock held by process %2 on %3 until %4</source>
        <translation>un verrou %1 détenu par le processus %2 sur %3 jusqu’à %4</translation>
    </message>
    <message>
        <source>an exclusive</source>
        <translation>exclusif</translation>
    </message>
    <message>
        <source>a shared</source>
        <translation>partagé</translation>
    </message>
    <message>
        <source>The repository %1 is busy: %2. Try again when that operation has finished.</source>
        <translation>Le dépôt %1 est occupé : %2. Réessayez une fois cette opération terminée.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::FileRestore</name>
    <message>
        <source>Restoring %1 from the restore point of %2 to %3.</source>
        <translation>Restauration de %1 à partir du point de restauration du %2 vers %3.</translation>
    </message>
    <message>
        <source>Restored beside the existing one: %1</source>
        <translation>Restauré à côté de l’élément existant : %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Non restauré : %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>%n fichier restauré</numerusform>
            <numerusform>%n fichiers restaurés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n ignoré</numerusform>
            <numerusform>%n ignorés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::ItemRestore</name>
    <message>
        <source>The restore point %1 has no item %2.</source>
        <translation>Le point de restauration %1 n’a pas d’élément %2.</translation>
    </message>
    <message>
        <source>Restoring the %1 database %2 from the restore point of %3 to %4.</source>
        <translation>Restauration de la base de données %1 %2 à partir du point de restauration du %3 vers %4.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a database name (quotes, backslashes or control characters).</source>
        <translation>%1 ne peut pas servir de nom de base de données (guillemets, barres obliques inverses ou caractères de contrôle).</translation>
    </message>
    <message>
        <source>The environment for the database commands may only hold NAME=value assignments.</source>
        <translation>L’environnement des commandes de base de données ne peut contenir que des affectations NAME=value.</translation>
    </message>
    <message>
        <source>Restoring the database %1 failed (exit %2): %3</source>
        <translation>La restauration de la base de données %1 a échoué (code de sortie %2) : %3</translation>
    </message>
    <message>
        <source>Restored the %1 database %2 as %3.</source>
        <translation>Base de données %1 %2 restaurée sous le nom %3.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 existe déjà ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Saved the %1 dump of %2 as %3.</source>
        <translation>Sauvegarde logique (dump) %1 de %2 enregistrée sous %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreAudit</name>
    <message>
        <source>The catalog could not record the restore in the audit: %1</source>
        <translation>Le catalogue n’a pas pu consigner la restauration dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>The catalog could not read the restore audit: %1</source>
        <translation>Le catalogue n’a pas pu lire le journal d’audit des restaurations : %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreSession</name>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Il n’existe aucun point de restauration %1 que %2 puisse restaurer.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::VmRestore</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>Il n’existe aucun point de restauration %1 que %2 puisse restaurer.</translation>
    </message>
    <message>
        <source>keeping the original VM</source>
        <translation>en conservant la VM d’origine</translation>
    </message>
    <message>
        <source>overwriting the VM</source>
        <translation>en écrasant la VM</translation>
    </message>
    <message>
        <source>The restore point was made on %1, not on %2: restore it through that endpoint.</source>
        <translation>Le point de restauration a été créé sur %1, et non sur %2 : restaurez-le via ce point d’accès.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Impossible de se connecter à %1 : %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Impossible de se connecter à %1 en tant que %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Impossible de lire l’inventaire de %1 : %2</translation>
    </message>
    <message>
        <source>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</source>
        <translation>%1 n’existe plus et le point de restauration n’indique pas où elle se trouvait (il a été créé par une version antérieure). Restaurez plutôt ses disques avec « restore-point download ».</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is created again.</source>
        <translation>%1 n’existe plus ; elle est recréée.</translation>
    </message>
    <message>
        <source>Cannot read the snapshots of %1: %2</source>
        <translation>Impossible de lire les snapshots de %1 : %2</translation>
    </message>
    <message>
        <source>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</source>
        <translation>%1 a des snapshots (%2). Supprimez-les avant d’écraser la VM, ou restaurez-la à côté de l’original avec le mode keep.</translation>
    </message>
    <message>
        <source>Cannot read the disks of %1: %2</source>
        <translation>Impossible de lire les disques de %1 : %2</translation>
    </message>
    <message>
        <source>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</source>
        <translation>%1 n’a plus le disque %2. Restaurez la VM à côté de l’original avec le mode keep.</translation>
    </message>
    <message>
        <source>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</source>
        <translation>Le disque %1 de %2 fait maintenant %3 octets, celui du point de restauration %4 octets. Restaurez la VM à côté de l’original avec le mode keep.</translation>
    </message>
    <message>
        <source>The disk %1 cannot be written through the datastore API.</source>
        <translation>Le disque %1 ne peut pas être écrit via l’API de la banque de données.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</source>
        <translation>L’écriture des disques de %1 a échoué : %2. La VM est hors tension et ses disques sont incomplets : relancez la restauration.</translation>
    </message>
    <message>
        <source>The CPU and memory settings were not restored: %1</source>
        <translation>Les paramètres de CPU et de mémoire n’ont pas été restaurés : %1</translation>
    </message>
    <message>
        <source>Powering off %1.</source>
        <translation>Mise hors tension de %1.</translation>
    </message>
    <message>
        <source>Cannot power off %1: %2</source>
        <translation>Impossible de mettre %1 hors tension : %2</translation>
    </message>
    <message>
        <source>The restore point does not say on which datastore %1 was.</source>
        <translation>Le point de restauration n’indique pas sur quelle banque de données se trouvait %1.</translation>
    </message>
    <message>
        <source>A VM named %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>Une VM nommée %1 existe déjà. Supprimez-la, ou donnez un autre nom à la VM restaurée.</translation>
    </message>
    <message>
        <source>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>Le dossier %1 de la banque de données existe déjà. Supprimez-le, ou donnez un autre nom à la VM restaurée.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2</source>
        <translation>L’écriture des disques de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>the original location is unknown</source>
        <translation>l’emplacement d’origine est inconnu</translation>
    </message>
    <message>
        <source>The restore point does not record the folder and resource pool of %1.</source>
        <translation>Le point de restauration n’indique pas le dossier ni le pool de ressources de %1.</translation>
    </message>
    <message>
        <source>the server did not name the new VM</source>
        <translation>le serveur n’a pas indiqué l’identifiant de la nouvelle VM</translation>
    </message>
    <message>
        <source>Creating the VM %1 failed: %2</source>
        <translation>La création de la VM %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Created the VM %1 (%2).</source>
        <translation>VM %1 créée (%2).</translation>
    </message>
    <message>
        <source>Removing %1 (%2).</source>
        <translation>Suppression de %1 (%2).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>VM %1 restaurée.</translation>
    </message>
    <message>
        <source>Powering on the restored VM.</source>
        <translation>Mise sous tension de la VM restaurée.</translation>
    </message>
    <message>
        <source>The restored VM did not power on: %1</source>
        <translation>La VM restaurée ne s’est pas mise sous tension : %1</translation>
    </message>
    <message>
        <source>Writing the disk %1 (%2) to %3.</source>
        <translation>Écriture du disque %1 (%2) vers %3.</translation>
    </message>
    <message>
        <source>Restoring %1 from the restore point of %2 (%3 old): %4.</source>
        <translation>Restauration de %1 à partir du point de restauration du %2 (il y a %3) : %4.</translation>
    </message>
    <message>
        <source>as a new VM in another place</source>
        <translation>en tant que nouvelle VM à un autre emplacement</translation>
    </message>
    <message>
        <source>Only an administrator may restore a VM to a new location.</source>
        <translation>Seul un administrateur peut restaurer une VM vers un nouvel emplacement.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of %3.</source>
        <translation>%1 n’est pas un objet de type %2 sur %3.</translation>
    </message>
    <message>
        <source>Restoring to a new location.</source>
        <translation>Restauration vers un nouvel emplacement.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 exists: %2</source>
        <translation>Impossible de déterminer si %1 existe : %2</translation>
    </message>
    <message>
        <source>The restore point lacks data of the disk %1 (run repo verify).</source>
        <translation>Il manque au point de restauration des données du disque %1 (exécutez « repo verify »).</translation>
    </message>
    <message>
        <source>The disk file %1 cannot be overwritten through the datastore API: %2</source>
        <translation>Le fichier de disque %1 ne peut pas être écrasé via l’API de la banque de données : %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n’a été modifié : %1</translation>
    </message>
    <message>
        <source>Several vApps are named %1; give its moref instead.</source>
        <translation>Plusieurs vApps s’appellent %1 ; indiquez plutôt son moref.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>Il n’y a pas de vApp %1.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: %2</source>
        <translation>La vApp %1 n’est pas restaurée : %2</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</source>
        <translation>Aucune VM de la vApp %1 n’a de point de restauration aussi ancien que %2 que vous puissiez restaurer.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point that you may restore.</source>
        <translation>Aucune VM de la vApp %1 n’a de point de restauration que vous puissiez restaurer.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ssh::SshSession</name>
    <message>
        <source>Cannot find the SSH server %1: %2</source>
        <translation>Serveur SSH %1 introuvable : %2</translation>
    </message>
    <message>
        <source>Cannot connect to the SSH server %1 port %2: %3</source>
        <translation>Impossible de se connecter au serveur SSH %1, port %2 : %3</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>Impossible de lire la clé d’hôte de %1.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</source>
        <translation>Le serveur SSH %1 n’est pas encore connu. L’empreinte de sa clé d’hôte est %2. Vérifiez-la auprès de l’administrateur du serveur avant de lui faire confiance.</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</source>
        <translation>La clé d’hôte du serveur SSH %1 a changé : %2 était attendue, mais le serveur a présenté %3. Cela peut signifier que quelqu’un intercepte la connexion ; si le serveur a été réinstallé, mettez à jour l’empreinte approuvée.</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3</source>
        <translation>Impossible de se connecter au serveur SSH %1 en tant que %2 : %3</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (wrong passphrase or unsupported format?)</source>
        <translation>le fichier de clé %1 est illisible (phrase secrète incorrecte ou format non pris en charge ?)</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>le serveur a refusé la clé %1</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>le serveur a refusé le mot de passe</translation>
    </message>
    <message>
        <source>no password or key was given</source>
        <translation>aucun mot de passe ni aucune clé n’a été fourni</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3.</source>
        <translation>Impossible de se connecter au serveur SSH %1 en tant que %2 : %3.</translation>
    </message>
    <message>
        <source>Cannot initialise libssh2 (error %1).</source>
        <translation>Impossible d’initialiser libssh2 (erreur %1).</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>Impossible de créer une session SSH.</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>Échec de la négociation SSH avec %1 : %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 a refusé d’exécuter une commande : %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran: %2</source>
        <translation>La connexion à %1 a été interrompue pendant l’exécution de la commande : %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while the command ran.</source>
        <translation>%1 n’a rien envoyé pendant %2 s lors de l’exécution de la commande.</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(terminé par le signal %1)</translation>
    </message>
    <message>
        <source>%1 stopped answering while the command ran.</source>
        <translation>%1 a cessé de répondre pendant l’exécution de la commande.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::Caller</name>
    <message>
        <source>%1 is outside the scope of %2.</source>
        <translation>%1 est hors du périmètre de %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::TenantStore</name>
    <message>
        <source>The catalog could not read or write the accounts: %1</source>
        <translation>Le catalogue n’a pas pu lire ou écrire les comptes : %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’y a pas de compte %1.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</source>
        <translation>Le compte %1 n’a pas accès à Lifeboat sur cet ordinateur ; un administrateur peut l’ajouter avec « lifeboat-cli tenant add ».</translation>
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
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>Le tableau de bord n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <source>Sign in to see your backups.</source>
        <translation>Connectez-vous pour voir vos sauvegardes.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some backups could not be read: %1</source>
        <translation>Certaines sauvegardes n’ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Aucun quota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% utilisé</translation>
    </message>
    <message>
        <source>%1% used, less than 10% free</source>
        <translation>%1% utilisé, moins de 10% libre</translation>
    </message>
    <message>
        <source>Quota full: new backups will be refused</source>
        <translation>Quota atteint : les nouvelles sauvegardes seront refusées</translation>
    </message>
    <message>
        <source>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</source>
        <translation>Aucune sauvegarde pour l’instant. Créez une tâche de sauvegarde pour vos VM dans l’onglet Tâches et exécutez-la : ses résultats, sa vitesse et ses tailles s’afficheront ici.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 24 hours.</source>
        <translation>Aucune tâche de sauvegarde ne s’est exécutée au cours des dernières 24 heures.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 7 days.</source>
        <translation>Aucune tâche de sauvegarde ne s’est exécutée au cours des 7 derniers jours.</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 with warnings, %4 failed, %5</source>
        <translation>%1 : %2 réussies, %3 avec avertissements, %4 en échec, %5</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>aucune sauvegarde</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>VM protégées</translation>
    </message>
    <message>
        <source>Unprotected VMs</source>
        <translation>VM non protégées</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>Backup size (after deduplication and compression)</source>
        <translation>Taille des sauvegardes (après déduplication et compression)</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quota utilisé</translation>
    </message>
    <message>
        <source>Longest job (7 days)</source>
        <translation>Tâche la plus longue (7 jours)</translation>
    </message>
    <message>
        <source>Average speed (7 days)</source>
        <translation>Vitesse moyenne (7 jours)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Avec avertissements</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>Résultats des tâches</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Period of the job results</source>
        <translation>Période des résultats des tâches</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation>Résultats par jour</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>Exécutions de tâches</translation>
    </message>
    <message>
        <source>Throughput per day</source>
        <translation>Débit par jour</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation>Mo/s</translation>
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
            <numerusform>%n fichier trouvé.</numerusform>
            <numerusform>%n fichiers trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select files or folders first, in the search results or a browsed restore point.</source>
        <translation>Sélectionnez d’abord des fichiers ou des dossiers, dans les résultats de recherche ou dans un point de restauration parcouru.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the restore list.</source>
        <translation>
            <numerusform>%n élément ajouté à la liste de restauration.</numerusform>
            <numerusform>%n éléments ajoutés à la liste de restauration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the restored files as</source>
        <translation>Enregistrer les fichiers restaurés sous</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Restore into folder</source>
        <translation>Restaurer dans le dossier</translation>
    </message>
    <message>
        <source>The restore list is empty: add files from the search results or a browsed restore point first.</source>
        <translation>La liste de restauration est vide : ajoutez d’abord des fichiers depuis les résultats de recherche ou un point de restauration parcouru.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Choisissez le fichier .zip à créer.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Choisissez le dossier dans lequel restaurer.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n item(s)...</source>
        <translation>
            <numerusform>Restauration de %n élément...</numerusform>
            <numerusform>Restauration de %n éléments...</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>Les points de restauration n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</source>
        <translation>Il n’y a pas encore de point de restauration. Exécutez une tâche de sauvegarde dans l’onglet Tâches ; avec « Indexer les fichiers de l’invité », ses fichiers peuvent être recherchés ici, et tout point de restauration peut être parcouru.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Recherche en cours...</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué : %1</translation>
    </message>
    <message>
        <source>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</source>
        <translation>Saisissez un nom ou un motif tel que *.conf, définissez des filtres si vous le souhaitez, puis appuyez sur Entrée. Seuls les points de restauration des tâches qui indexent les fichiers de l’invité peuvent être recherchés ; tout point de restauration peut être parcouru dans l’onglet Parcourir.</translation>
    </message>
    <message>
        <source>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</source>
        <translation>Aucun fichier ne correspond. Seuls les points de restauration des tâches qui indexent les fichiers de l’invité sont recherchés ; parcourez un point de restauration pour trouver des fichiers dans les autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found. Select them and press Add to restore list (or Enter).</source>
        <translation>
            <numerusform>%n fichier trouvé. Sélectionnez-le et cliquez sur Ajouter à la liste de restauration (ou appuyez sur Entrée).</numerusform>
            <numerusform>%n fichiers trouvés. Sélectionnez-les et cliquez sur Ajouter à la liste de restauration (ou appuyez sur Entrée).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a restore point to see its volumes and folders.</source>
        <translation>Choisissez un point de restauration pour voir ses volumes et ses dossiers.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Lecture impossible : %1</translation>
    </message>
    <message>
        <source>Reading the restore point...</source>
        <translation>Lecture du point de restauration...</translation>
    </message>
    <message>
        <source>Expand a volume or a folder to read it; select entries and press Add to restore list.</source>
        <translation>Développez un volume ou un dossier pour le lire ; sélectionnez des entrées et cliquez sur Ajouter à la liste de restauration.</translation>
    </message>
    <message>
        <source>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</source>
        <translation>Rien à restaurer pour l’instant : ajoutez des fichiers ou des dossiers depuis les résultats de recherche ou un point de restauration parcouru. Des fichiers de plusieurs VM et points de restauration peuvent être restaurés ensemble.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</source>
        <translation>
            <numerusform>%n élément provenant de %1 points de restauration : les fichiers de chaque point de restauration vont dans leur propre dossier (ou .zip), nommé d’après la VM et l’heure.</numerusform>
            <numerusform>%n éléments provenant de %1 points de restauration : les fichiers de chaque point de restauration vont dans leur propre dossier (ou .zip), nommé d’après la VM et l’heure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to restore.</source>
        <translation>
            <numerusform>%n élément à restaurer.</numerusform>
            <numerusform>%n éléments à restaurer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring... The restore runs in the engine; you can keep working.</source>
        <translation>Restauration en cours... La restauration s’exécute dans le moteur ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>La restauration n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Session de restauration %1 : %2. %3</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>Fichiers de l’invité</translation>
    </message>
    <message>
        <source>&amp;Find files:</source>
        <translation>Trouver des &amp;fichiers :</translation>
    </message>
    <message>
        <source>Name or pattern, e.g. report or *.conf</source>
        <translation>Nom ou motif, p. ex. report ou *.conf</translation>
    </message>
    <message>
        <source>File name or pattern</source>
        <translation>Nom de fichier ou motif</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Search guest files</source>
        <translation>Rechercher dans les fichiers de l’invité</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM :</translation>
    </message>
    <message>
        <source>Only files of this VM</source>
        <translation>Uniquement les fichiers de cette VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Toutes les VM</translation>
    </message>
    <message>
        <source>&amp;Restore point:</source>
        <translation>&amp;Point de restauration :</translation>
    </message>
    <message>
        <source>Only files of this restore point</source>
        <translation>Uniquement les fichiers de ce point de restauration</translation>
    </message>
    <message>
        <source>All restore points</source>
        <translation>Tous les points de restauration</translation>
    </message>
    <message>
        <source>Si&amp;ze from:</source>
        <translation>&amp;Taille de :</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>à :</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
    <message>
        <source>Smallest size in KiB</source>
        <translation>Taille minimale en Kio</translation>
    </message>
    <message>
        <source>Largest size in KiB</source>
        <translation>Taille maximale en Kio</translation>
    </message>
    <message>
        <source>Modified &amp;after</source>
        <translation>Modifié à &amp;partir du</translation>
    </message>
    <message>
        <source>Only files modified on or after a date</source>
        <translation>Uniquement les fichiers modifiés à partir d’une date</translation>
    </message>
    <message>
        <source>Modified on or after</source>
        <translation>Modifié le ou après le</translation>
    </message>
    <message>
        <source>&amp;before</source>
        <translation>&amp;jusqu’au</translation>
    </message>
    <message>
        <source>Only files modified on or before a date</source>
        <translation>Uniquement les fichiers modifiés jusqu’à une date</translation>
    </message>
    <message>
        <source>Modified on or before</source>
        <translation>Modifié le ou avant le</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>&amp;Résultats de recherche</translation>
    </message>
    <message>
        <source>&amp;Browse a restore point</source>
        <translation>P&amp;arcourir un point de restauration</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de recherche</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>P&amp;oint de restauration :</translation>
    </message>
    <message>
        <source>Restore point to browse</source>
        <translation>Point de restauration à parcourir</translation>
    </message>
    <message>
        <source>Choose a restore point</source>
        <translation>Choisir un point de restauration</translation>
    </message>
    <message>
        <source>Volumes and folders of the restore point</source>
        <translation>Volumes et dossiers du point de restauration</translation>
    </message>
    <message>
        <source>&amp;Add to restore list</source>
        <translation>&amp;Ajouter à la liste de restauration</translation>
    </message>
    <message>
        <source>Add the selected files to the restore list</source>
        <translation>Ajouter les fichiers sélectionnés à la liste de restauration</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>Liste de restauration</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ret&amp;irer</translation>
    </message>
    <message>
        <source>Remove the selected files from the restore list</source>
        <translation>Retirer les fichiers sélectionnés de la liste de restauration</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>Remove every file from the restore list</source>
        <translation>Retirer tous les fichiers de la liste de restauration</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Restaurer vers :</translation>
    </message>
    <message>
        <source>a &amp;folder</source>
        <translation>un &amp;dossier</translation>
    </message>
    <message>
        <source>Restore into a local folder</source>
        <translation>Restaurer dans un dossier local</translation>
    </message>
    <message>
        <source>a .&amp;zip file</source>
        <translation>un fichier .&amp;zip</translation>
    </message>
    <message>
        <source>Download as a .zip file</source>
        <translation>Télécharger sous forme de fichier .zip</translation>
    </message>
    <message>
        <source>Folder or .zip file on this computer</source>
        <translation>Dossier ou fichier .zip sur cet ordinateur</translation>
    </message>
    <message>
        <source>Restore target</source>
        <translation>Cible de la restauration</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>Choose the restore target</source>
        <translation>Choisir la cible de la restauration</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>&amp;Écraser les fichiers existants</translation>
    </message>
    <message>
        <source>Overwrite files that exist in the target folder</source>
        <translation>Écraser les fichiers qui existent dans le dossier cible</translation>
    </message>
    <message>
        <source>Without it, files that exist in the folder are kept and reported.</source>
        <translation>Sinon, les fichiers qui existent dans le dossier sont conservés et signalés.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Restore the files in the restore list</source>
        <translation>Restaurer les fichiers de la liste de restauration</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauration en cours</translation>
    </message>
    <message numerus="yes">
        <source>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</source>
        <translation>
            <numerusform>La liste de restauration contient des fichiers de %n VM (%1). Les fichiers retournent dans un seul invité à la fois : retirez de la liste les fichiers des autres VM, ou restaurez-les dans un dossier ou un fichier .zip.</numerusform>
            <numerusform>La liste de restauration contient des fichiers de %n VM (%1). Les fichiers retournent dans un seul invité à la fois : retirez de la liste les fichiers des autres VM, ou restaurez-les dans un dossier ou un fichier .zip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore to the original location in the &amp;guest...</source>
        <translation>Restaurer à l’emplacement d’origine dans l’&amp;invité…</translation>
    </message>
    <message>
        <source>Restore the files into the running guest of their VM</source>
        <translation>Restaurer les fichiers dans l’invité en cours d’exécution de leur VM</translation>
    </message>
    <message>
        <source>Over SSH, for files of one VM at a time.</source>
        <translation>Par SSH, pour les fichiers d’une seule VM à la fois.</translation>
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
            <numerusform>Point de restauration %1 ; cette version figure dans %n point de restauration.</numerusform>
            <numerusform>Point de restauration %1 ; cette version figure dans %n points de restauration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Point de restauration %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestRestoreDialog</name>
    <message>
        <source>Enter the guest&apos;s address (host name or IP address, optionally with :port).</source>
        <translation>Saisissez l’adresse de l’invité (nom d’hôte ou adresse IP, éventuellement avec :port).</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Saisissez le compte avec lequel se connecter à l’invité.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its private key file.</source>
        <translation>Saisissez le mot de passe du compte ou choisissez son fichier de clé privée.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Rien n’a été restauré : %1</translation>
    </message>
    <message>
        <source>The restore failed (restore session %1): %2</source>
        <translation>La restauration a échoué (session de restauration %1) : %2</translation>
    </message>
    <message>
        <source>Unknown guest</source>
        <translation>Invité inconnu</translation>
    </message>
    <message>
        <source>The guest %1 is not known yet.</source>
        <translation>L’invité %1 n’est pas encore connu.</translation>
    </message>
    <message>
        <source>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</source>
        <translation>L’empreinte (SHA-256) de sa clé d’hôte SSH est :
%1

Comparez-la avec l’empreinte que vous donne l’administrateur de l’invité (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Acceptez-la uniquement si elles sont identiques.</translation>
    </message>
    <message>
        <source>Accept and restore</source>
        <translation>Accepter et restaurer</translation>
    </message>
    <message>
        <source>Nothing was restored: the guest&apos;s host key was not accepted.</source>
        <translation>Rien n’a été restauré : la clé d’hôte de l’invité n’a pas été acceptée.</translation>
    </message>
    <message>
        <source>Private key for the guest</source>
        <translation>Clé privée pour l’invité</translation>
    </message>
    <message>
        <source>Restore into the guest</source>
        <translation>Restaurer dans l’invité</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</source>
        <translation>
            <numerusform>%n élément de %1 retourne à son emplacement d’origine dans l’invité en cours d’exécution, par SSH (SFTP). L’invité doit être en cours d’exécution et joignable depuis cet ordinateur.</numerusform>
            <numerusform>%n éléments de %1 retournent à leur emplacement d’origine dans l’invité en cours d’exécution, par SSH (SFTP). L’invité doit être en cours d’exécution et joignable depuis cet ordinateur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest &amp;address:</source>
        <translation>&amp;Adresse de l’invité :</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :port</source>
        <translation>Nom d’hôte ou adresse IP, éventuellement avec :port</translation>
    </message>
    <message>
        <source>Guest address</source>
        <translation>Adresse de l’invité</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>Compte de l’invité</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Not stored anywhere</source>
        <translation>N’est enregistré nulle part</translation>
    </message>
    <message>
        <source>Password of the guest account</source>
        <translation>Mot de passe du compte de l’invité</translation>
    </message>
    <message>
        <source>Private key fi&amp;le:</source>
        <translation>Fichier de c&amp;lé privée :</translation>
    </message>
    <message>
        <source>Instead of the password (optional)</source>
        <translation>À la place du mot de passe (facultatif)</translation>
    </message>
    <message>
        <source>Private key file of the guest account</source>
        <translation>Fichier de clé privée du compte de l’invité</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>Guest roo&amp;t folder:</source>
        <translation>Dossier &amp;racine de l’invité :</translation>
    </message>
    <message>
        <source>Folder where the guest&apos;s root is</source>
        <translation>Dossier où se trouve la racine de l’invité</translation>
    </message>
    <message>
        <source>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</source>
        <translation>/ pour un invité entier ; un dossier quand les fichiers de l’invité se trouvent sous un dossier pour ce compte (chroot ou conteneur).</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>Fichiers existants :</translation>
    </message>
    <message>
        <source>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</source>
        <translation>&amp;Les conserver ; placer la copie restaurée à côté sous le nom _RESTORED_&lt;date&gt;_&lt;heure&gt;_&lt;nom&gt;</translation>
    </message>
    <message>
        <source>Keep existing files in the guest</source>
        <translation>Conserver les fichiers existants dans l’invité</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the restored files</source>
        <translation>Les é&amp;craser avec les fichiers restaurés</translation>
    </message>
    <message>
        <source>Overwrite existing files in the guest</source>
        <translation>Écraser les fichiers existants dans l’invité</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauration en cours</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Restore the files into the guest</source>
        <translation>Restaurer les fichiers dans l’invité</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestTreeModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modifié</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemModel</name>
    <message>
        <source>Restore point %1</source>
        <translation>Point de restauration %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemsPage</name>
    <message>
        <source>There is no database item to restore.</source>
        <translation>Il n’y a aucun élément de base de données à restaurer.</translation>
    </message>
    <message>
        <source>Select the database to restore first.</source>
        <translation>Sélectionnez d’abord la base de données à restaurer.</translation>
    </message>
    <message>
        <source>Choose the file to save the dump in.</source>
        <translation>Choisissez le fichier dans lequel enregistrer le dump.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Saisissez l’adresse SSH et l’utilisateur du serveur de base de données.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Choisissez un fichier de clé ou saisissez le mot de passe SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</source>
        <translation>Saisissez l’empreinte de la clé d’hôte du serveur (SHA256:...), telle que son administrateur la voit avec ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>Restauration de %1...</translation>
    </message>
    <message>
        <source>Save the database dump as</source>
        <translation>Enregistrer le dump de la base de données sous</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clé privée SSH</translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>Les points de restauration n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</source>
        <translation>Aucun point de restauration ne contient encore de base de données. Dans l’onglet Tâches, ajoutez à une tâche de sauvegarde des éléments de base de données (PostgreSQL, MariaDB/MySQL) et un compte invité ; après sa prochaine exécution, les bases de données apparaissent ici.</translation>
    </message>
    <message>
        <source>Select a database, then download its dump or restore it into a server.</source>
        <translation>Sélectionnez une base de données, puis téléchargez son dump ou restaurez-la sur un serveur.</translation>
    </message>
    <message>
        <source>Restoring %1... The restore runs in the engine; you can keep working.</source>
        <translation>Restauration de %1... La restauration s’exécute dans le moteur ; vous pouvez continuer à travailler.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>La restauration n’a pas démarré : %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Session de restauration %1 : %2. %3</translation>
    </message>
    <message>
        <source>Database items</source>
        <translation>Éléments de base de données</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM :</translation>
    </message>
    <message>
        <source>Only items of this VM</source>
        <translation>Uniquement les éléments de cette VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Toutes les VM</translation>
    </message>
    <message>
        <source>Restore the selected database</source>
        <translation>Restaurer la base de données sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Download the dump to a file:</source>
        <translation>&amp;Télécharger le dump dans un fichier :</translation>
    </message>
    <message>
        <source>Download the dump to a file</source>
        <translation>Télécharger le dump dans un fichier</translation>
    </message>
    <message>
        <source>A new file on this computer</source>
        <translation>Un nouveau fichier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Dump file</source>
        <translation>Fichier de dump</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoisir...</translation>
    </message>
    <message>
        <source>Choose the dump file</source>
        <translation>Choisir le fichier de dump</translation>
    </message>
    <message>
        <source>Restore into a database &amp;server over SSH</source>
        <translation>Restaurer sur un &amp;serveur de base de données via SSH</translation>
    </message>
    <message>
        <source>Restore into a database server over SSH</source>
        <translation>Restaurer sur un serveur de base de données via SSH</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Nom d’hôte ou adresse</translation>
    </message>
    <message>
        <source>Database server&apos;s SSH host</source>
        <translation>Hôte SSH du serveur de base de données</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Port SSH</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Utilisateur SSH :</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Utilisateur SSH</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clé privée :</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Fichier de clé privée SSH</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Choisir le fichier de clé privée SSH</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Only without a key</source>
        <translation>Uniquement sans clé</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Mot de passe SSH</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clé d’hôte :</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint</source>
        <translation>Empreinte de la clé d’hôte du serveur</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environnement :</translation>
    </message>
    <message>
        <source>e.g. PGPORT=5433 (optional)</source>
        <translation>p. ex. PGPORT=5433 (facultatif)</translation>
    </message>
    <message>
        <source>Environment for the database commands</source>
        <translation>Environnement des commandes de base de données</translation>
    </message>
    <message>
        <source>&amp;Keep the original, restore as:</source>
        <translation>&amp;Conserver l’original, restaurer sous :</translation>
    </message>
    <message>
        <source>Restore beside the original under a new name</source>
        <translation>Restaurer à côté de l’original sous un nouveau nom</translation>
    </message>
    <message>
        <source>&lt;database&gt;_restored</source>
        <translation>&lt;base&gt;_restored</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>Nouveau nom de la base de données</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original</source>
        <translation>&amp;Écraser l’original</translation>
    </message>
    <message>
        <source>Replace the original database</source>
        <translation>Remplacer la base de données d’origine</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurer</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauration en cours</translation>
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
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Pool de ressources</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centre de données</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Lecture de l’inventaire…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you may back up.</source>
        <translation>
            <numerusform>%n objet que vous pouvez sauvegarder.</numerusform>
            <numerusform>%n objets que vous pouvez sauvegarder.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in your inventory, left out: %1</source>
        <translation>Plus dans votre inventaire, exclus : %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclure</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Exclude the VM %1</source>
        <translation>Exclure la VM %1</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>Disque %1 (%2)</translation>
    </message>
    <message>
        <source>Exclude disk %1 of %2</source>
        <translation>Exclure le disque %1 de %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom : %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description : %1</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>Sauvegarder : %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>Exclure : %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Dépôt : %1</translation>
    </message>
    <message>
        <source>the repository of your account</source>
        <translation>le dépôt de votre compte</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n restore point(s) per VM</source>
        <translation>
            <numerusform>Conserver %n point de restauration par VM</numerusform>
            <numerusform>Conserver %n points de restauration par VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed-block tracking: on</source>
        <translation>Suivi des blocs modifiés : activé</translation>
    </message>
    <message>
        <source>Changed-block tracking: off</source>
        <translation>Suivi des blocs modifiés : désactivé</translation>
    </message>
    <message>
        <source>Quiesced snapshots</source>
        <translation>Snapshots avec mise en veille de l’invité</translation>
    </message>
    <message>
        <source>Guest files indexed for search</source>
        <translation>Fichiers de l’invité indexés pour la recherche</translation>
    </message>
    <message>
        <source>Guest processing as %1 (%2)</source>
        <translation>Traitement invité en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>mot de passe dans le trousseau système</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clé %1</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Éléments de base de données : %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Planification : %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed VMs %n time(s), %1 s apart</source>
        <translation>
            <numerusform>Relancer les VM en échec %n fois, à %1 s d’intervalle</numerusform>
            <numerusform>Relancer les VM en échec %n fois, à %1 s d’intervalle</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to %1 (%2)</source>
        <translation>Rapport à %1 (%2)</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>Modifier la tâche %1</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>Nouvelle tâche de sauvegarde</translation>
    </message>
    <message>
        <source>How the job is listed and what it is for.</source>
        <translation>Comment la tâche apparaît dans la liste et à quoi elle sert.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</source>
        <translation>Cochez les VM et conteneurs à sauvegarder ; les VM ajoutées plus tard à un conteneur sont sauvegardées aussi.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Where the restore points go and how many are kept.</source>
        <translation>Où vont les points de restauration et combien sont conservés.</translation>
    </message>
    <message>
        <source>Guest processing</source>
        <translation>Traitement invité</translation>
    </message>
    <message>
        <source>Scripts around the snapshot over SSH, database items and file indexing.</source>
        <translation>Scripts autour du snapshot via SSH, éléments de base de données et indexation des fichiers.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>When the job runs by itself, and how failed VMs are retried.</source>
        <translation>Quand la tâche s’exécute d’elle-même, et comment les VM en échec sont relancées.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Who gets a report by e-mail when a run ends.</source>
        <translation>Qui reçoit un rapport par courriel à la fin d’une exécution.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Finish saves the job.</source>
        <translation>« Terminer » enregistre la tâche.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nom de la tâche</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Description de la tâche</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Rechercher dans l’inventaire</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>Read the inventory from the server again</source>
        <translation>Relire l’inventaire depuis le serveur</translation>
    </message>
    <message>
        <source>VMs and containers to back up</source>
        <translation>VM et conteneurs à sauvegarder</translation>
    </message>
    <message>
        <source>&amp;Leave out VMs or disks of what is ticked above:</source>
        <translation>&amp;Exclure des VM ou des disques de la sélection ci-dessus :</translation>
    </message>
    <message>
        <source>VMs and disks to leave out</source>
        <translation>VM et disques à exclure</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>empty: the repository of your account</source>
        <translation>vide : le dépôt de votre compte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Choisir le dossier du dépôt</translation>
    </message>
    <message>
        <source>&amp;Keep restore points:</source>
        <translation>&amp;Points de restauration conservés :</translation>
    </message>
    <message>
        <source>Restore points to keep per VM</source>
        <translation>Points de restauration à conserver par VM</translation>
    </message>
    <message>
        <source>Use &amp;changed-block tracking</source>
        <translation>Utiliser le suivi des blocs &amp;modifiés</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest for the snapshot (VMware Tools)</source>
        <translation>&amp;Mettre l’invité en veille pour le snapshot (VMware Tools)</translation>
    </message>
    <message>
        <source>&amp;Index guest files for search</source>
        <translation>&amp;Indexer les fichiers de l’invité pour la recherche</translation>
    </message>
    <message>
        <source>&amp;Guest processing (Linux guests over SSH)</source>
        <translation>&amp;Traitement invité (invités Linux via SSH)</translation>
    </message>
    <message>
        <source>Guest &amp;user:</source>
        <translation>&amp;Utilisateur invité :</translation>
    </message>
    <message>
        <source>Guest user</source>
        <translation>Utilisateur invité</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Fichier de clé &amp;privée :</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Fichier de clé privée</translation>
    </message>
    <message>
        <source>empty: sign in with a password</source>
        <translation>vide : connexion avec un mot de passe</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Guest password</source>
        <translation>Mot de passe de l’invité</translation>
    </message>
    <message>
        <source>unchanged; kept in the system keychain</source>
        <translation>inchangé ; conservé dans le trousseau système</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau système</translation>
    </message>
    <message>
        <source>Pre-&amp;freeze script:</source>
        <translation>Script pre-&amp;freeze :</translation>
    </message>
    <message>
        <source>Pre-freeze script</source>
        <translation>Script pre-freeze</translation>
    </message>
    <message>
        <source>Post-&amp;thaw script:</source>
        <translation>Script post-&amp;thaw :</translation>
    </message>
    <message>
        <source>Post-thaw script</source>
        <translation>Script post-thaw</translation>
    </message>
    <message>
        <source>A failing script only &amp;warns (the VM is still backed up)</source>
        <translation>Un script en échec ne génère qu’un &amp;avertissement (la VM est tout de même sauvegardée)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL databases</source>
        <translation>Bases de données Postgre&amp;SQL</translation>
    </message>
    <message>
        <source>&amp;MariaDB databases</source>
        <translation>Bases de données &amp;MariaDB</translation>
    </message>
    <message>
        <source>Database &amp;environment:</source>
        <translation>&amp;Environnement de base de données :</translation>
    </message>
    <message>
        <source>Database environment</source>
        <translation>Environnement de base de données</translation>
    </message>
    <message>
        <source>PGHOST=… MYSQL_UNIX_PORT=…</source>
        <translation>PGHOST=… MYSQL_UNIX_PORT=…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Exécution :</translation>
    </message>
    <message>
        <source>When the job runs</source>
        <translation>Quand la tâche s’exécute</translation>
    </message>
    <message>
        <source>Only when started</source>
        <translation>Uniquement au démarrage manuel</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Tous les mois</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Toutes les N heures</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>Après une autre tâche</translation>
    </message>
    <message>
        <source>At &amp;times:</source>
        <translation>À ces &amp;heures :</translation>
    </message>
    <message>
        <source>Times of day, separated by commas</source>
        <translation>Heures de la journée, séparées par des virgules</translation>
    </message>
    <message>
        <source>22:00, 03:30</source>
        <translation>22:00, 03:30</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>Les &amp;jours :</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Jour du &amp;mois :</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Jour du mois</translation>
    </message>
    <message>
        <source>Every &amp;hours:</source>
        <translation>&amp;Intervalle en heures :</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Heures entre les exécutions</translation>
    </message>
    <message>
        <source>After the &amp;job:</source>
        <translation>Après la &amp;tâche :</translation>
    </message>
    <message>
        <source>The job this one runs after</source>
        <translation>La tâche après laquelle celle-ci s’exécute</translation>
    </message>
    <message>
        <source>Retr&amp;ies of failed VMs:</source>
        <translation>Nouvelles tentatives des VM en é&amp;chec :</translation>
    </message>
    <message>
        <source>Retries of failed VMs</source>
        <translation>Nouvelles tentatives des VM en échec</translation>
    </message>
    <message>
        <source>&amp;Wait between retries:</source>
        <translation>&amp;Attente entre les tentatives :</translation>
    </message>
    <message>
        <source>Seconds between retries</source>
        <translation>Secondes entre les tentatives</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E-mail &amp;addresses:</source>
        <translation>&amp;Adresses électroniques :</translation>
    </message>
    <message>
        <source>E-mail addresses for reports</source>
        <translation>Adresses électroniques pour les rapports</translation>
    </message>
    <message>
        <source>ops@example.com, backup@example.com</source>
        <translation>ops@example.com, backup@example.com</translation>
    </message>
    <message>
        <source>&amp;Send a report:</source>
        <translation>&amp;Envoyer un rapport :</translation>
    </message>
    <message>
        <source>When a report is sent</source>
        <translation>Quand un rapport est envoyé</translation>
    </message>
    <message>
        <source>When a run fails</source>
        <translation>Quand une exécution échoue</translation>
    </message>
    <message>
        <source>When a run warns or fails</source>
        <translation>Quand une exécution génère un avertissement ou échoue</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>Après chaque exécution</translation>
    </message>
    <message>
        <source>Summary of the job</source>
        <translation>Résumé de la tâche</translation>
    </message>
    <message>
        <source>Why the job was not saved</source>
        <translation>Pourquoi la tâche n’a pas été enregistrée</translation>
    </message>
    <message>
        <source>Scheduled and retried runs sign in with my password (kept in the system keychain)</source>
        <translation>Les exécutions planifiées et relancées se connectent avec mon mot de passe (conservé dans le trousseau du système)</translation>
    </message>
    <message>
        <source>Keep my password for scheduled runs</source>
        <translation>Conserver mon mot de passe pour les exécutions planifiées</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Réussite</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
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
        <translation>En cours : %1% (%2)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécutée</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Non planifiée</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Dernier résultat</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Prochaine exécution</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsPage</name>
    <message>
        <source>%1: %p%</source>
        <translation>%1 : %p%</translation>
    </message>
    <message>
        <source>Job finished: %1</source>
        <translation>Tâche terminée : %1</translation>
    </message>
    <message>
        <source>Job finished: %1 — %2</source>
        <translation>Tâche terminée : %1 — %2</translation>
    </message>
    <message>
        <source>Job started.</source>
        <translation>Tâche démarrée.</translation>
    </message>
    <message>
        <source>Stopping the job; its snapshots are removed first.</source>
        <translation>Arrêt de la tâche ; ses snapshots sont d’abord supprimés.</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Rechercher des tâches</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Start the selected job</source>
        <translation>Démarrer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Arrêter la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Sessions of the selected job</source>
        <translation>Sessions de la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Log of the selected session</source>
        <translation>Journal de la session sélectionnée</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Journal de la session</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progression de la tâche en cours</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>A&amp;ctiver</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Dé&amp;sactiver</translation>
    </message>
    <message>
        <source>Enable the selected job</source>
        <translation>Activer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Disable the selected job</source>
        <translation>Désactiver la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Tâche %1 enregistrée.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Tâche %1 activée.</translation>
    </message>
    <message>
        <source>Job %1 disabled.</source>
        <translation>Tâche %1 désactivée.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Delete the job %1?</source>
        <translation>Supprimer la tâche %1 ?</translation>
    </message>
    <message>
        <source>Its sessions and restore points stay; it no longer runs. This cannot be undone.</source>
        <translation>Ses sessions et ses points de restauration sont conservés ; elle ne s’exécute plus. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Tâche %1 supprimée.</translation>
    </message>
    <message>
        <source>Retrying the VMs that failed.</source>
        <translation>Nouvelle tentative pour les VM en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session écrite dans %1.</numerusform>
            <numerusform>%n sessions écrites dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Session %1 écrite dans %2.</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exporter des sessions</translation>
    </message>
    <message>
        <source>The &amp;selected session</source>
        <translation>La session &amp;sélectionnée</translation>
    </message>
    <message>
        <source>All sessions of your jobs &amp;between:</source>
        <translation>Toutes les sessions de vos tâches &amp;entre :</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>HTML (a report to read)</source>
        <translation>HTML (un rapport à lire)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nouvelle tâche…</translation>
    </message>
    <message>
        <source>Create a backup job</source>
        <translation>Créer une tâche de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected job</source>
        <translation>Modifier la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Delete the selected job</source>
        <translation>Supprimer la tâche sélectionnée</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Re&amp;lancer</translation>
    </message>
    <message>
        <source>Run the selected job again for the VMs that failed</source>
        <translation>Relancer la tâche sélectionnée pour les VM en échec</translation>
    </message>
    <message>
        <source>E&amp;xport sessions…</source>
        <translation>E&amp;xporter des sessions…</translation>
    </message>
    <message>
        <source>There are no backup jobs for your account yet. Create one with New job…</source>
        <translation>Votre compte n’a encore aucune tâche de sauvegarde. Créez-en une avec « Nouvelle tâche… ».</translation>
    </message>
    <message>
        <source>PDF (a report to print or archive)</source>
        <translation>PDF (un rapport à imprimer ou à archiver)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export sessions as CSV, HTML or PDF</source>
        <translation>Exporter les sessions en CSV, HTML ou PDF</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::KioskPolicy</name>
    <message>
        <source>The kiosk policy %1 is not valid: %2</source>
        <translation>La politique kiosque %1 n’est pas valide : %2</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot; doit valoir true ou false.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; must be a list of tab names.</source>
        <translation>&quot;tabs&quot; doit être une liste de noms d’onglets.</translation>
    </message>
    <message>
        <source>unknown tab &quot;%1&quot;; the tabs are %2.</source>
        <translation>onglet &quot;%1&quot; inconnu ; les onglets sont %2.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; names no tab.</source>
        <translation>&quot;tabs&quot; ne nomme aucun onglet.</translation>
    </message>
    <message>
        <source>&quot;idle_minutes&quot; must be a number of minutes above 0.</source>
        <translation>&quot;idle_minutes&quot; doit être un nombre de minutes supérieur à 0.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::LogViewer</name>
    <message>
        <source>Log — %1</source>
        <translation>Journal — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrer le journal</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>Le journal %1 ne peut pas être lu : %2</translation>
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
        <source>You were not signed in automatically: %1</source>
        <translation>Vous n’avez pas été connecté automatiquement : %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>Tâc&amp;hes</translation>
    </message>
    <message>
        <source>&amp;VMs</source>
        <translation>&amp;VM</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Fichiers</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>É&amp;léments</translation>
    </message>
    <message>
        <source>%1 (administrator) on %2</source>
        <translation>%1 (administrateur) sur %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Signed out after %1 idle minutes.</source>
        <translation>Déconnecté après %1 minutes d’inactivité.</translation>
    </message>
    <message>
        <source>This kiosk cannot be closed here: its policy sets no administrator password.</source>
        <translation>Ce kiosque ne peut pas être fermé ici : sa politique ne définit aucun mot de passe administrateur.</translation>
    </message>
    <message>
        <source>Close Lifeboat</source>
        <translation>Fermer Lifeboat</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Mot de passe administrateur :</translation>
    </message>
    <message>
        <source>Wrong administrator password; Lifeboat stays open.</source>
        <translation>Mot de passe administrateur incorrect ; Lifeboat reste ouvert.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Tâche %1 : %2</translation>
    </message>
    <message>
        <source>Job %1: %2 — %3</source>
        <translation>Tâche %1 : %2 — %3</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Afficher le &amp;journal</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Hors ligne : %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
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
    <name>lifeboat::ui::PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreVmWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disques</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Restore points of %1</source>
        <translation>Points de restauration de %1</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <source>Choose the state of %1 to restore; the newest is selected.</source>
        <translation>Choisissez l’état de %1 à restaurer ; le plus récent est sélectionné.</translation>
    </message>
    <message>
        <source>Restore mode</source>
        <translation>Mode de restauration</translation>
    </message>
    <message>
        <source>&amp;Keep the original: restore as a new VM next to it</source>
        <translation>&amp;Conserver l’original : restaurer en tant que nouvelle VM à côté</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original VM</source>
        <translation>&amp;Écraser la VM d’origine</translation>
    </message>
    <message>
        <source>Name of the restored VM</source>
        <translation>Nom de la VM restaurée</translation>
    </message>
    <message>
        <source>&amp;Power on the VM after the restore</source>
        <translation>&amp;Mettre la VM sous tension après la restauration</translation>
    </message>
    <message>
        <source>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</source>
        <translation>La VM est mise hors tension et ses disques, ses processeurs et sa mémoire sont remplacés par ceux du point de restauration. Tout ce qui y a été écrit depuis est perdu. Elle conserve son identité, si bien que ses tâches de sauvegarde continuent de la protéger.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%1 will be powered off and overwritten with its state of %2.</source>
        <translation>%1 sera mise hors tension et écrasée par son état du %2.</translation>
    </message>
    <message>
        <source>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</source>
        <translation>%1 dans son état du %2 sera restaurée en tant que nouvelle VM nommée %3 ; l’original n’est pas modifié.</translation>
    </message>
    <message>
        <source>It is powered on afterwards.</source>
        <translation>Elle est ensuite mise sous tension.</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Dossier cible</translation>
    </message>
    <message>
        <source>The disks are written there as image files, sparse where they are empty.</source>
        <translation>Les disques y sont écrits sous forme de fichiers image, creux là où ils sont vides.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Extract</source>
        <translation>&amp;Extraire</translation>
    </message>
    <message>
        <source>The disks of %1 as of %2 will be written into %3.</source>
        <translation>Les disques de %1 dans leur état du %2 seront écrits dans %3.</translation>
    </message>
    <message>
        <source>Restore the vApp %1</source>
        <translation>Restaurer la vApp %1</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Point dans le temps</translation>
    </message>
    <message>
        <source>Members restored</source>
        <translation>Membres restaurés</translation>
    </message>
    <message>
        <source>Newest restore point of each member</source>
        <translation>Point de restauration le plus récent de chaque membre</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Points in time of the vApp %1</source>
        <translation>Points dans le temps de la vApp %1</translation>
    </message>
    <message>
        <source>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</source>
        <translation>Restaurer chaque membre de %1 depuis son point de restauration le plus récent, ou depuis le plus récent qui n’est pas postérieur à un point dans le temps.</translation>
    </message>
    <message>
        <source>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</source>
        <translation>&amp;Conserver les originaux : restaurer chaque membre comme nouvelle VM &lt;nom&gt;_restored à côté, dans la vApp</translation>
    </message>
    <message>
        <source>&amp;Overwrite the member VMs</source>
        <translation>É&amp;craser les VM membres</translation>
    </message>
    <message>
        <source>&amp;Power on the VMs after the restore</source>
        <translation>&amp;Démarrer les VM après la restauration</translation>
    </message>
    <message>
        <source>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</source>
        <translation>Chaque membre est éteint et ses disques, processeurs et sa mémoire sont remplacés par ceux de son point de restauration. Tout ce qui y a été écrit depuis est perdu.</translation>
    </message>
    <message>
        <source>%1 as of %2 → %3</source>
        <translation>%1 à la date du %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored, no restore point</source>
        <translation>%1 : non restaurée, aucun point de restauration</translation>
    </message>
    <message>
        <source>The members of %1 will be powered off and overwritten:</source>
        <translation>Les membres de %1 seront éteints et écrasés :</translation>
    </message>
    <message>
        <source>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</source>
        <translation>Les membres de %1 seront restaurés comme nouvelles VM dans la vApp ; les originaux ne sont pas modifiés :</translation>
    </message>
    <message>
        <source>They are powered on afterwards.</source>
        <translation>Ils sont démarrés ensuite.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stocké</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SettingsDialog</name>
    <message>
        <source>Mail server saved.</source>
        <translation>Serveur de messagerie enregistré.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Message de test envoyé.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Langue d’affichage</translation>
    </message>
    <message>
        <source>Mail server for job reports (administrators)</source>
        <translation>Serveur de messagerie pour les rapports des tâches (administrateurs)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Sécurité :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Expéditeur :</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>&amp;Utilisateur (facultatif) :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Certificat approuvé :</translation>
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
        <translation>Aucune (sans chiffrement)</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>conservé dans le trousseau système ; vide : inchangé</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint, when the system does not trust the server</source>
        <translation>Empreinte SHA-256, si le système n’approuve pas le serveur</translation>
    </message>
    <message>
        <source>&amp;Save mail server</source>
        <translation>&amp;Enregistrer le serveur de messagerie</translation>
    </message>
    <message>
        <source>test address</source>
        <translation>adresse de test</translation>
    </message>
    <message>
        <source>Address for a test message</source>
        <translation>Adresse pour un message de test</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Envoyer un &amp;test</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Test :</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SignInPage</name>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Saisissez l’adresse de votre serveur vCenter.</translation>
    </message>
    <message>
        <source>Enter your user name, e.g. DOMAIN\Username or user@domain.</source>
        <translation>Saisissez votre nom d’utilisateur, p. ex. DOMAIN\Username ou user@domain.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificat inconnu</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>Cet ordinateur ne fait pas confiance au certificat de %1.</translation>
    </message>
    <message>
        <source>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</source>
        <translation>Son empreinte SHA-256 est :
%1

Comparez-la avec l’empreinte que vous communique votre administrateur. Ne lui faites confiance que si elles sont identiques ; Lifeboat refusera alors tout autre certificat pour ce serveur.</translation>
    </message>
    <message>
        <source>Trust and sign in</source>
        <translation>Faire confiance et se connecter</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Non connecté : le certificat du serveur n’a pas été approuvé.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Back up and restore your virtual machines, guest files and databases.</source>
        <translation>Sauvegardez et restaurez vos machines virtuelles, fichiers d’invité et bases de données.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>vcenter.example.com</source>
        <translation>vcenter.example.com</translation>
    </message>
    <message>
        <source>DOMAIN\Username or user@domain</source>
        <translation>DOMAIN\Username ou user@domain</translation>
    </message>
    <message>
        <source>&amp;Remain signed in</source>
        <translation>&amp;Rester connecté</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain until you sign out.</source>
        <translation>Conserve votre mot de passe dans le trousseau système jusqu’à votre déconnexion.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Langue d’affichage</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Dossier du dépôt</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Choisissez le dossier du dépôt à ouvrir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Connexion à :</translation>
    </message>
    <message>
        <source>A vCenter server</source>
        <translation>Un serveur vCenter</translation>
    </message>
    <message>
        <source>A repository folder, offline</source>
        <translation>Un dossier de dépôt, hors ligne</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Connexion à</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Dé&amp;pôt :</translation>
    </message>
    <message>
        <source>/mnt/backup/lifeboat</source>
        <translation>/mnt/backup/lifeboat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Repository &amp;password:</source>
        <translation>Mot de &amp;passe du dépôt :</translation>
    </message>
    <message>
        <source>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</source>
        <translation>Choisissez un Cloud Director dans la liste ; un administrateur en ajoute un avec &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</translation>
    </message>
    <message>
        <source>Enter your user name as user@organization.</source>
        <translation>Saisissez votre nom d’utilisateur sous la forme utilisateur@organisation.</translation>
    </message>
    <message>
        <source>VMware Cloud Director</source>
        <translation>VMware Cloud Director</translation>
    </message>
    <message>
        <source>user@organization</source>
        <translation>utilisateur@organisation</translation>
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
        <translation>Sous tension</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Hors tension</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendue</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protégée</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Non protégée</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentation</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Points de restauration</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Dernière sauvegarde</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Système invité</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Taille des disques</translation>
    </message>
    <message numerus="yes">
        <source>vApp with %n VM(s)</source>
        <translation>
            <numerusform>vApp avec %n VM</numerusform>
            <numerusform>vApp avec %n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%1 sur %2 allumées</translation>
    </message>
    <message>
        <source>Partly protected (%1 of %2)</source>
        <translation>Partiellement protégée (%1 sur %2)</translation>
    </message>
    <message>
        <source>The newest time every member of the vApp has a restore point for</source>
        <translation>Le moment le plus récent pour lequel chaque membre de la vApp a un point de restauration</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsPage</name>
    <message>
        <source>Backing up %1 now.</source>
        <translation>Sauvegarde de %1 en cours.</translation>
    </message>
    <message>
        <source>%1 has no restore point yet; back it up first.</source>
        <translation>%1 n’a pas encore de point de restauration ; sauvegardez-la d’abord.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restauration à partir de %1…</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Session de restauration %1 : %2. %3</translation>
    </message>
    <message>
        <source>Search VMs</source>
        <translation>Rechercher des VM</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</source>
        <translation>Aucune machine virtuelle ne se trouve dans votre périmètre. Demandez à votre administrateur quels dossiers, pools de ressources, vApp ou balises ont été attribués à votre compte.</translation>
    </message>
    <message>
        <source>Extracting the disks of %1…</source>
        <translation>Extraction des disques de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n disk(s): %1</source>
        <translation>
            <numerusform>%n disque extrait : %1</numerusform>
            <numerusform>%n disques extraits : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extract disks…</source>
        <translation>&amp;Extraire les disques…</translation>
    </message>
    <message>
        <source>Extract the disks of the selected VM</source>
        <translation>Extraire les disques de la VM sélectionnée</translation>
    </message>
    <message>
        <source>Backing up the vApp %1 now through %2.</source>
        <translation>Sauvegarde de la vApp %1 en cours via %2.</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Non démarrées : %1.</translation>
    </message>
    <message>
        <source>No backup job protects %1; create one in the Jobs tab.</source>
        <translation>Aucune tâche de sauvegarde ne protège %1 ; créez-en une dans l’onglet Tâches.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point yet; back it up first.</source>
        <translation>Aucune VM de la vApp %1 n’a encore de point de restauration ; sauvegardez-la d’abord.</translation>
    </message>
    <message>
        <source>Restoring the vApp %1…</source>
        <translation>Restauration de la vApp %1…</translation>
    </message>
    <message>
        <source>vApp %1 restored: %2 (sessions %3).</source>
        <translation>vApp %1 restaurée : %2 (sessions %3).</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1.</source>
        <translation>Non restaurées, aucun point de restauration : %1.</translation>
    </message>
    <message>
        <source>Back up the selected VM or vApp now</source>
        <translation>Sauvegarder maintenant la VM ou la vApp sélectionnée</translation>
    </message>
    <message>
        <source>Restore the selected VM or vApp</source>
        <translation>Restaurer la VM ou la vApp sélectionnée</translation>
    </message>
    <message>
        <source>Virtual machines and vApps</source>
        <translation>Machines virtuelles et vApps</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcdClient</name>
    <message>
        <source>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</source>
        <translation>La liste des versions d’API du serveur est illisible (%1). Est-ce une adresse de VMware Cloud Director ?</translation>
    </message>
    <message>
        <source>no SupportedVersions</source>
        <translation>pas de SupportedVersions</translation>
    </message>
    <message>
        <source>The server&apos;s query reply is not readable: %1</source>
        <translation>La réponse du serveur à la requête est illisible : %1</translation>
    </message>
    <message>
        <source>%1 did not accept the session (HTTP 401).</source>
        <translation>%1 n’a pas accepté la session (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 does not let this account do that: %2</source>
        <translation>%1 n’autorise pas ce compte à faire cela : %2</translation>
    </message>
    <message>
        <source>%1 refused API version %2: %3</source>
        <translation>%1 a refusé la version d’API %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 a répondu HTTP %2 : %3</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>Impossible de joindre %1 : pas de réponse en %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</source>
        <translation>%1 propose les versions d’API Cloud Director %2, mais Lifeboat ne parle que %3. Mettez à jour Cloud Director ou Lifeboat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</source>
        <translation>Les comptes Cloud Director s’écrivent utilisateur@organisation (ceux du fournisseur utilisateur@System) ; « %1 » ne l’est pas.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</source>
        <translation>%1 a refusé la connexion de %2@%3. Le nom d’utilisateur, le mot de passe ou l’organisation est erroné ; Cloud Director ne dit pas lequel.</translation>
    </message>
    <message>
        <source>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</source>
        <translation>%1 a accepté la connexion mais n’a envoyé aucun jeton d’accès. Cloud Director 10.4 ou ultérieur est nécessaire.</translation>
    </message>
    <message>
        <source>The session with %1 ended and signing in again did not help.</source>
        <translation>La session avec %1 a expiré et une nouvelle connexion n’a pas suffi.</translation>
    </message>
    <message>
        <source>The session with %1 ended, and signing in again failed: %2</source>
        <translation>La session avec %1 a expiré et la nouvelle connexion a échoué : %2</translation>
    </message>
    <message>
        <source>Powering on %1</source>
        <translation>La mise sous tension de %1</translation>
    </message>
    <message>
        <source>Powering off %1</source>
        <translation>La mise hors tension de %1</translation>
    </message>
    <message>
        <source>Shutting down %1</source>
        <translation>L’extinction de %1</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>La réinitialisation de %1</translation>
    </message>
    <message>
        <source>The server&apos;s task is not readable (%1).</source>
        <translation>La tâche du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>no Task document</source>
        <translation>aucun document Task</translation>
    </message>
    <message>
        <source>the task has no status</source>
        <translation>la tâche n’a pas de statut</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 a refusé la requête : %2</translation>
    </message>
    <message>
        <source>%1 was refused by %2: %3</source>
        <translation>%1 a été refusée par %2 : %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 a échoué sur %2 : %3</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>le serveur n’a donné aucune raison</translation>
    </message>
    <message>
        <source>%1 was canceled on %2.</source>
        <translation>%1 a été annulée sur %2.</translation>
    </message>
    <message>
        <source>%1 was aborted on %2.</source>
        <translation>%1 a été interrompue sur %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s task has no address to follow.</source>
        <translation>%1 : la tâche du serveur n’a pas d’adresse à suivre.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</source>
        <translation>%1 ne s’est pas terminée en %2 s (toujours %3 sur %4 ; la tâche s’y poursuit).</translation>
    </message>
    <message>
        <source>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</source>
        <translation>L’importation d’une VM vCenter dans une vApp nécessite le compte du fournisseur (USER@System) ; %1 n’est pas connecté en tant que fournisseur.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>ce client</translation>
    </message>
    <message>
        <source>Importing %1 (%2) into the vApp %3</source>
        <translation>L’importation de %1 (%2) dans la vApp %3</translation>
    </message>
    <message>
        <source>%1 finished the import, but the vApp %2 shows no VM named %3.</source>
        <translation>%1 a terminé l’importation, mais la vApp %2 n’affiche aucune VM nommée %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcenterLinks</name>
    <message>
        <source>The catalog could not read or write the Cloud Director vCenter links: %1</source>
        <translation>Le catalogue n’a pas pu lire ou écrire les liens des vCenter de Cloud Director : %1</translation>
    </message>
    <message>
        <source>No link for the vCenter %1.</source>
        <translation>Aucun lien pour le vCenter %1.</translation>
    </message>
    <message>
        <source>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</source>
        <translation>Cloud Director n’indique pas à quelle VM vCenter correspond la VM %1 ; ses disques sont donc inaccessibles. Lifeboat a besoin de l’identité vCenter des VM dans les résultats de requête de l’organisation.</translation>
    </message>
    <message>
        <source>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</source>
        <translation>L’organisation %1 a des VM sur plusieurs vCenter (%2) ; Lifeboat ne sauvegarde une organisation que sur un seul vCenter.</translation>
    </message>
    <message>
        <source>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</source>
        <translation>Les VM de %1 se trouvent sur le vCenter %2, qui n’est lié à aucun serveur de Lifeboat. Un administrateur le lie avec « lifeboat-cli vcd vcenter link ».</translation>
    </message>
    <message>
        <source>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</source>
        <translation>%1 est un compte fournisseur. Les fournisseurs administrent Lifeboat via le vCenter ; la connexion par Cloud Director est réservée aux utilisateurs des organisations.</translation>
    </message>
    <message>
        <source>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</source>
        <translation>L’organisation %1 n’utilise pas Lifeboat sur cet ordinateur ; le fournisseur l’ajoute avec « lifeboat-cli vcd org set ».</translation>
    </message>
    <message>
        <source>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</source>
        <translation>Lifeboat ne peut pas joindre le vCenter %1 pour votre organisation : le mot de passe de son compte de service %2 n’est pas dans le trousseau système (%3). Adressez-vous à votre fournisseur.</translation>
    </message>
    <message>
        <source>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</source>
        <translation>le fournisseur n’a défini aucun compte Cloud Director pour Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</translation>
    </message>
    <message>
        <source>the password of the provider&apos;s account %1 is not in the system keychain (%2)</source>
        <translation>le mot de passe du compte fournisseur %1 n’est pas dans le trousseau système (%2)</translation>
    </message>
    <message>
        <source>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</source>
        <translation>Cloud Director n’indique pas à votre organisation quelle VM du vCenter correspond à chacune de ses VM, et Lifeboat ne peut pas le demander en tant que fournisseur : %1.</translation>
    </message>
    <message>
        <source>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</source>
        <translation>%1 a été restaurée sur le vCenter mais n’est pas dans la vApp %2 de Cloud Director : %3.</translation>
    </message>
    <message>
        <source>%1 was restored but not powered on through Cloud Director: %2.</source>
        <translation>%1 a été restaurée mais pas mise sous tension via Cloud Director : %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreSource</name>
    <message>
        <source>Reading %1 at offset %2 failed: %3</source>
        <translation>La lecture de %1 au décalage %2 a échoué : %3</translation>
    </message>
    <message>
        <source>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</source>
        <translation>Le fichier %1 de la banque de données se termine avant le décalage %2 : les données du disque sont incomplètes.</translation>
    </message>
    <message>
        <source>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</source>
        <translation>Le serveur a répondu à une requête de %1 octets de %2 au décalage %3 par HTTP %4 et %5 octets.</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside the disk.</source>
        <translation>La lecture de %1 octets à %2 sort des limites du disque.</translation>
    </message>
    <message>
        <source>Reading %1 at offset %2 failed: the server did not answer within %3 s.</source>
        <translation>La lecture de %1 au décalage %2 a échoué : le serveur n’a pas répondu dans un délai de %3 s.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreUpload</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l’utilisateur.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the server did not take data for %2 s.</source>
        <translation>L’écriture de %1 a échoué : le serveur n’a accepté aucune donnée pendant %2 s.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L’écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2).</source>
        <translation>Le serveur a refusé d’enregistrer %1 (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::InventoryCache</name>
    <message>
        <source>The catalog could not keep the inventory: %1</source>
        <translation>Le catalogue n’a pas pu conserver l’inventaire : %1</translation>
    </message>
    <message>
        <source>The catalog could not keep the inventory.</source>
        <translation>Le catalogue n’a pas pu conserver l’inventaire.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::TagClient</name>
    <message>
        <source>The tagging service&apos;s certificate is not the trusted one (%1).</source>
        <translation>Le certificat du service de balisage n’est pas celui qui est approuvé (%1).</translation>
    </message>
    <message>
        <source>The tagging service refused %1: HTTP %2 %3</source>
        <translation>Le service de balisage a refusé %1 : HTTP %2 %3</translation>
    </message>
    <message>
        <source>The tagging service answered %1 with something that is not JSON.</source>
        <translation>Le service de balisage a répondu à %1 par autre chose que du JSON.</translation>
    </message>
    <message>
        <source>Cannot sign in to the tagging service: %1</source>
        <translation>Impossible de se connecter au service de balisage : %1</translation>
    </message>
    <message>
        <source>There is no tag named %1.</source>
        <translation>Il n’y a pas de balise nommée %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tags are named %1 (in different categories); rename them so that the scope names one.</source>
        <translation>
            <numerusform>%n balise s’appelle %1 (dans des catégories différentes) ; renommez-les pour que le périmètre en désigne une seule.</numerusform>
            <numerusform>%n balises s’appellent %1 (dans des catégories différentes) ; renommez-les pour que le périmètre en désigne une seule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the objects tagged %1: %2</source>
        <translation>Impossible de lire les objets portant la balise %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the tags that scope %1: %2</source>
        <translation>Impossible de lire les balises qui définissent le périmètre de %1 : %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::VsphereClient</name>
    <message>
        <source>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</source>
        <translation>Le certificat de %1 n’est pas approuvé par cet ordinateur. Son empreinte SHA-256 est %2. Comparez-la avec celle que vous indique votre administrateur avant de faire confiance à ce certificat.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</source>
        <translation>Le certificat de %1 a changé : son empreinte SHA-256 est désormais %2, mais c’est %3 qui était approuvée. La connexion a été refusée ; si le certificat du serveur a été remplacé volontairement, faites confiance à la nouvelle empreinte.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 a refusé le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>The session with %1 has ended; sign in again.</source>
        <translation>La session avec %1 a pris fin ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 a signalé %2 : %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</source>
        <translation>%1 a répondu HTTP %2 au lieu d’une réponse de l’API vSphere. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La connexion sécurisée à %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La requête vers %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 a répondu, mais pas avec une description de service vSphere.</translation>
    </message>
    <message>
        <source>The server&apos;s CurrentTime reply holds no time.</source>
        <translation>La réponse CurrentTime du serveur ne contient aucune heure.</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read (%1).</source>
        <translation>La réponse d’inventaire du serveur est illisible (%1).</translation>
    </message>
    <message>
        <source>not a property reply</source>
        <translation>ce n’est pas une réponse de propriétés</translation>
    </message>
    <message>
        <source>The server created no view of its inventory.</source>
        <translation>Le serveur n’a créé aucune vue de son inventaire.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>Impossible de joindre %1 : pas de réponse dans un délai de %2 s.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 reply cannot be read.</source>
        <translation>La réponse du serveur (%1) est illisible.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tâche</translation>
    </message>
    <message>
        <source>device</source>
        <translation>périphérique</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>changed-block</source>
        <translation>blocs modifiés</translation>
    </message>
    <message>
        <source>The server reported a changed area outside the disk.</source>
        <translation>Le serveur a signalé une zone modifiée en dehors du disque.</translation>
    </message>
    <message>
        <source>%1 is not a datastore path.</source>
        <translation>%1 n’est pas un chemin de banque de données.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 dépasse %2 octets.</translation>
    </message>
    <message>
        <source>The datastore has no file %1.</source>
        <translation>La banque de données ne contient pas de fichier %1.</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventaire</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read.</source>
        <translation>La réponse d’inventaire du serveur est illisible.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was lost (%1); the inventory is read in full.</source>
        <translation>Le flux de modifications du serveur a été perdu (%1) ; l’inventaire est lu en entier.</translation>
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
    <message>
        <source>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</source>
        <translation>Verrouiller la console pour un kiosque de restauration partagé (également activé par le fichier de politique du système).</translation>
    </message>
    <message>
        <source>Open a repository folder without any server or catalog (the offline restore workstation).</source>
        <translation>Ouvrir un dossier de dépôt sans serveur ni catalogue (le poste de restauration hors ligne).</translation>
    </message>
</context>
</TS>
