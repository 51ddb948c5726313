<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>lifeboat::Engine</name>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>There is no catalog.</source>
        <translation>There is no catalog.</translation>
    </message>
    <message>
        <source>The session %1 belongs to another account.</source>
        <translation>The session %1 belongs to another account.</translation>
    </message>
    <message>
        <source>No backup job protects this VM yet; create one in the Jobs tab.</source>
        <translation>No backup job protects this VM yet; create one in the Jobs tab.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>The job %1 is not running.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of your jobs&apos; repositories.</source>
        <translation>The repository %1 is not one of your jobs&apos; repositories.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>There is no restore point %1 that %2 may restore.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 is a file, not a folder.</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>You may not write to the folder %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 exists already; choose another file.</translation>
    </message>
    <message>
        <source>The smallest size is larger than the largest.</source>
        <translation>The smallest size is larger than the largest.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>The date range ends before it starts.</translation>
    </message>
    <message>
        <source>Add files to the restore list first.</source>
        <translation>Add files to the restore list first.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Choose the .zip file to create.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Choose the folder to restore into.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Choose an item first.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Enter the database server&apos;s SSH address and user.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Choose a key file or enter the SSH password.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</source>
        <translation>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</translation>
    </message>
    <message>
        <source>A new name restores beside the original; it cannot be combined with overwriting.</source>
        <translation>A new name restores beside the original; it cannot be combined with overwriting.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</source>
        <translation>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of yours.</source>
        <translation>The repository %1 is not one of yours.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is not a folder.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that you may restore.</source>
        <translation>There is no restore point %1 that you may restore.</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Only an administrator can change the mail server.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Test message</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat can send reports through this mail server.</translation>
    </message>
    <message>
        <source>The job %1 is running; stop it before deleting it.</source>
        <translation>The job %1 is running; stop it before deleting it.</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>The job %1 has not run yet.</translation>
    </message>
    <message>
        <source>No VM failed in the last session of %1; nothing to retry.</source>
        <translation>No VM failed in the last session of %1; nothing to retry.</translation>
    </message>
    <message>
        <source>Export as csv or html.</source>
        <translation>Export as csv or html.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>The end of the period must come after its start.</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>Sessions from %1 to %2</translation>
    </message>
    <message>
        <source>A newer sign-in or sign-out replaced this one.</source>
        <translation>A newer sign-in or sign-out replaced this one.</translation>
    </message>
    <message>
        <source>Offline there is no server password to keep.</source>
        <translation>Offline there is no server password to keep.</translation>
    </message>
    <message>
        <source>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</source>
        <translation>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</source>
        <translation>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Enter the account to sign in to the guest with.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its key file.</source>
        <translation>Enter the account&apos;s password or choose its key file.</translation>
    </message>
    <message>
        <source>The guest&apos;s root folder must be an absolute path, such as /.</source>
        <translation>The guest&apos;s root folder must be an absolute path, such as /.</translation>
    </message>
    <message>
        <source>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</source>
        <translation>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</translation>
    </message>
    <message>
        <source>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</source>
        <translation>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Job %1, session %2</translation>
    </message>
    <message>
        <source>Several vApps are named %1.</source>
        <translation>Several vApps are named %1.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>There is no vApp %1.</translation>
    </message>
    <message>
        <source>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</source>
        <translation>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a vApp needs a vCenter.</source>
        <translation>The repository is open offline: restoring a vApp needs a vCenter.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Your organization has no vApp %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 is now a VM of the vApp %2 in Cloud Director.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: not all of its VMs are in your scope.</source>
        <translation>The vApp %1 is not restored: not all of its VMs are in your scope.</translation>
    </message>
    <message>
        <source>%1 was powered on through Cloud Director.</source>
        <translation>%1 was powered on through Cloud Director.</translation>
    </message>
</context>
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>The engine is not running because its catalog could not be opened.</translation>
    </message>
    <message>
        <source>This engine runs without a catalog.</source>
        <translation>This engine runs without a catalog.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs need the catalog.</translation>
    </message>
    <message>
        <source>The job %1 is running already.</source>
        <translation>The job %1 is running already.</translation>
    </message>
    <message>
        <source>The endpoint of the job %1 is no longer in the catalog.</source>
        <translation>The endpoint of the job %1 is no longer in the catalog.</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</translation>
    </message>
    <message>
        <source>Job %1 failed; retry %2 of %3 in %4 s.</source>
        <translation>Job %1 failed; retry %2 of %3 in %4 s.</translation>
    </message>
    <message>
        <source>The job was stopped before its retry.</source>
        <translation>The job was stopped before its retry.</translation>
    </message>
    <message>
        <source>Scheduling needs the catalog.</source>
        <translation>Scheduling needs the catalog.</translation>
    </message>
    <message>
        <source>Job %1 could not start: %2</source>
        <translation>Job %1 could not start: %2</translation>
    </message>
    <message>
        <source>Job %1 starting: %2</source>
        <translation>Job %1 starting: %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2 (session %3).</source>
        <translation>Job %1 ended: %2 (session %3).</translation>
    </message>
    <message>
        <source>Job %1 did not run: %2</source>
        <translation>Job %1 did not run: %2</translation>
    </message>
    <message>
        <source>Mail needs the catalog.</source>
        <translation>Mail needs the catalog.</translation>
    </message>
    <message>
        <source>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</source>
        <translation>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</translation>
    </message>
    <message>
        <source>No password for the mail account %1 in the keychain: %2</source>
        <translation>No password for the mail account %1 in the keychain: %2</translation>
    </message>
    <message>
        <source>[Lifeboat] %1: job %2</source>
        <translation>[Lifeboat] %1: job %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Job %1 ended: %2.</translation>
    </message>
    <message>
        <source>Started %1, finished %2 (UTC).</source>
        <translation>Started %1, finished %2 (UTC).</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>restore point %1</translation>
    </message>
    <message>
        <source>Warnings and errors:</source>
        <translation>Warnings and errors:</translation>
    </message>
    <message>
        <source>Report e-mailed to %1.</source>
        <translation>Report e-mailed to %1.</translation>
    </message>
    <message>
        <source>The report could not be e-mailed: %1</source>
        <translation>The report could not be e-mailed: %1</translation>
    </message>
    <message>
        <source>The job %1 is running already (session %2, in another process).</source>
        <translation>The job %1 is running already (session %2, in another process).</translation>
    </message>
    <message>
        <source>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</source>
        <translation>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</translation>
    </message>
    <message>
        <source>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</source>
        <translation>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</translation>
    </message>
</context>
<context>
    <name>lifeboat::apps::DatabaseItems</name>
    <message>
        <source>%1 items are not available in this version.</source>
        <translation>%1 items are not available in this version.</translation>
    </message>
    <message>
        <source>Unknown item kind %1; known: %2.</source>
        <translation>Unknown item kind %1; known: %2.</translation>
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
    <message>
        <source>Cannot save the endpoint %1 in the catalog: %2</source>
        <translation>Cannot save the endpoint %1 in the catalog: %2</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>Cannot read the setting %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>Cannot save the setting %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
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
    <message>
        <source>Repository folder.</source>
        <translation>Repository folder.</translation>
    </message>
    <message>
        <source>Read the repository password from the first line of standard input.</source>
        <translation>Read the repository password from the first line of standard input.</translation>
    </message>
    <message>
        <source>Read the repository password from a file.</source>
        <translation>Read the repository password from a file.</translation>
    </message>
    <message>
        <source>Create an unencrypted repository (repo init).</source>
        <translation>Create an unencrypted repository (repo init).</translation>
    </message>
    <message>
        <source>Chunk size in bytes (repo init).</source>
        <translation>Chunk size in bytes (repo init).</translation>
    </message>
    <message>
        <source>zstd level (repo init).</source>
        <translation>zstd level (repo init).</translation>
    </message>
    <message>
        <source>VM name recorded in the restore point.</source>
        <translation>VM name recorded in the restore point.</translation>
    </message>
    <message>
        <source>Disk name within the restore point.</source>
        <translation>Disk name within the restore point.</translation>
    </message>
    <message>
        <source>Restore point to back up incrementally from.</source>
        <translation>Restore point to back up incrementally from.</translation>
    </message>
    <message>
        <source>File of changed areas, one &quot;offset length&quot; per line.</source>
        <translation>File of changed areas, one &quot;offset length&quot; per line.</translation>
    </message>
    <message>
        <source>Replace an existing target file.</source>
        <translation>Replace an existing target file.</translation>
    </message>
    <message>
        <source>Fraction of the data to verify, 0 to 1 (default 1).</source>
        <translation>Fraction of the data to verify, 0 to 1 (default 1).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker threads (default: one per core).</translation>
    </message>
    <message>
        <source>Prune: keep the newest N restore points per VM.</source>
        <translation>Prune: keep the newest N restore points per VM.</translation>
    </message>
    <message>
        <source>Prune: keep one per day for N days.</source>
        <translation>Prune: keep one per day for N days.</translation>
    </message>
    <message>
        <source>Prune: keep one per week for N weeks.</source>
        <translation>Prune: keep one per week for N weeks.</translation>
    </message>
    <message>
        <source>Prune: keep one per month for N months.</source>
        <translation>Prune: keep one per month for N months.</translation>
    </message>
    <message>
        <source>Prune: keep one per year for N years.</source>
        <translation>Prune: keep one per year for N years.</translation>
    </message>
    <message>
        <source>Prune: only show what would be deleted.</source>
        <translation>Prune: only show what would be deleted.</translation>
    </message>
    <message>
        <source>Seconds to wait for a busy repository (default 0).</source>
        <translation>Seconds to wait for a busy repository (default 0).</translation>
    </message>
    <message>
        <source>Immutable until this date (ISO 8601).</source>
        <translation>Immutable until this date (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>Cannot read the password file %1.</translation>
    </message>
    <message>
        <source>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</source>
        <translation>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</translation>
    </message>
    <message>
        <source>Cannot read the changed-block file %1.</source>
        <translation>Cannot read the changed-block file %1.</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;offset length&quot; in bytes.</source>
        <translation>%1 line %2: expected &quot;offset length&quot; in bytes.</translation>
    </message>
    <message>
        <source>--repo PATH is required.</source>
        <translation>--repo PATH is required.</translation>
    </message>
    <message>
        <source>Created an unencrypted repository in %1.</source>
        <translation>Created an unencrypted repository in %1.</translation>
    </message>
    <message>
        <source>Created an encrypted repository in %1.</source>
        <translation>Created an encrypted repository in %1.</translation>
    </message>
    <message>
        <source>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</source>
        <translation>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>damaged chunk %1</translation>
    </message>
    <message>
        <source>restore point %1, disk %2, offset %3: %4</source>
        <translation>restore point %1, disk %2, offset %3: %4</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>No damage found.</translation>
    </message>
    <message>
        <source>The repository is damaged.</source>
        <translation>The repository is damaged.</translation>
    </message>
    <message>
        <source>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</source>
        <translation>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</translation>
    </message>
    <message>
        <source>repo backup-image needs --vm NAME and an IMAGE file.</source>
        <translation>repo backup-image needs --vm NAME and an IMAGE file.</translation>
    </message>
    <message>
        <source>--changed-blocks needs --previous ID: changes are relative to it.</source>
        <translation>--changed-blocks needs --previous ID: changes are relative to it.</translation>
    </message>
    <message>
        <source>The previous restore point has no disk %1.</source>
        <translation>The previous restore point has no disk %1.</translation>
    </message>
    <message>
        <source>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</source>
        <translation>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</translation>
    </message>
    <message>
        <source>repo restore-image needs a restore point ID and --to FILE.</source>
        <translation>repo restore-image needs a restore point ID and --to FILE.</translation>
    </message>
    <message>
        <source>Restored disk %1 to %2 in %3 s.</source>
        <translation>Restored disk %1 to %2 in %3 s.</translation>
    </message>
    <message>
        <source>would forget %1</source>
        <translation>would forget %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>forgot %1</translation>
    </message>
    <message>
        <source>kept %1: immutable</source>
        <translation>kept %1: immutable</translation>
    </message>
    <message>
        <source>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</source>
        <translation>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</translation>
    </message>
    <message>
        <source>repo forget needs a restore point ID.</source>
        <translation>repo forget needs a restore point ID.</translation>
    </message>
    <message>
        <source>Forgot restore point %1; &apos;repo prune&apos; frees its data.</source>
        <translation>Forgot restore point %1; &apos;repo prune&apos; frees its data.</translation>
    </message>
    <message>
        <source>repo immutable needs a restore point ID and --until DATE (ISO 8601).</source>
        <translation>repo immutable needs a restore point ID and --until DATE (ISO 8601).</translation>
    </message>
    <message>
        <source>Restore point %1 is immutable until %2.</source>
        <translation>Restore point %1 is immutable until %2.</translation>
    </message>
    <message>
        <source>error: no repo command given</source>
        <translation>error: no repo command given</translation>
    </message>
    <message>
        <source>error: unknown command &apos;repo %1&apos;</source>
        <translation>error: unknown command &apos;repo %1&apos;</translation>
    </message>
    <message>
        <source>Private key for an sftp:// repository.</source>
        <translation>Private key for an sftp:// repository.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s pinned host key (SHA256:...).</source>
        <translation>The SFTP server&apos;s pinned host key (SHA256:...).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Keep the repository password in the system keychain.</source>
        <translation>Keep the repository password in the system keychain.</translation>
    </message>
    <message>
        <source>The repository was created, but its password could not be kept in the keychain: %1</source>
        <translation>The repository was created, but its password could not be kept in the keychain: %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the password of %1.</source>
        <translation>The keychain no longer holds the password of %1.</translation>
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
        <translation>Usage: lifeboat-cli repo COMMAND --repo PATH [options] [--json]

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
</translation>
    </message>
    <message>
        <source>User name: DOMAIN\user, user@domain or user.</source>
        <translation>User name: DOMAIN\user, user@domain or user.</translation>
    </message>
    <message>
        <source>Display name of an endpoint.</source>
        <translation>Display name of an endpoint.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 thumbprint.</source>
        <translation>Trust the server certificate with this SHA-256 thumbprint.</translation>
    </message>
    <message>
        <source>This command needs the catalog.</source>
        <translation>This command needs the catalog.</translation>
    </message>
    <message>
        <source>endpoint add needs the endpoint&apos;s URL.</source>
        <translation>endpoint add needs the endpoint&apos;s URL.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --trust THUMBPRINT.</source>
        <translation>If the thumbprint is right, run the command again with --trust THUMBPRINT.</translation>
    </message>
    <message>
        <source>Added %1 (%2, API %3).</source>
        <translation>Added %1 (%2, API %3).</translation>
    </message>
    <message>
        <source>endpoint trust needs a URL and a SHA-256 thumbprint.</source>
        <translation>endpoint trust needs a URL and a SHA-256 thumbprint.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</translation>
    </message>
    <message>
        <source>%1 is trusted with the certificate %2.</source>
        <translation>%1 is trusted with the certificate %2.</translation>
    </message>
    <message>
        <source>certificate verified by CA</source>
        <translation>certificate verified by CA</translation>
    </message>
    <message>
        <source>certificate pinned %1</source>
        <translation>certificate pinned %1</translation>
    </message>
    <message>
        <source>endpoint login needs a URL and --user NAME.</source>
        <translation>endpoint login needs a URL and --user NAME.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</source>
        <translation>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Signed in to %1 as %2.</translation>
    </message>
    <message>
        <source>error: no endpoint command given</source>
        <translation>error: no endpoint command given</translation>
    </message>
    <message>
        <source>error: unknown command &apos;endpoint %1&apos;</source>
        <translation>error: unknown command &apos;endpoint %1&apos;</translation>
    </message>
    <message>
        <source>Endpoint URL or id.</source>
        <translation>Endpoint URL or id.</translation>
    </message>
    <message>
        <source>VMs of a job, by moref, comma-separated.</source>
        <translation>VMs of a job, by moref, comma-separated.</translation>
    </message>
    <message>
        <source>Job: do not use changed-block tracking (read whole disks).</source>
        <translation>Job: do not use changed-block tracking (read whole disks).</translation>
    </message>
    <message>
        <source>Job: quiesce the guest for snapshots.</source>
        <translation>Job: quiesce the guest for snapshots.</translation>
    </message>
    <message>
        <source>Job: leave out a VM&apos;s disk (repeatable).</source>
        <translation>Job: leave out a VM&apos;s disk (repeatable).</translation>
    </message>
    <message>
        <source>Job description.</source>
        <translation>Job description.</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>Session id.</translation>
    </message>
    <message>
        <source>Job name or id.</source>
        <translation>Job name or id.</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>At most this many entries.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n disk</numerusform>
            <numerusform>%n disks</numerusform>
        </translation>
    </message>
    <message>
        <source>job create needs NAME, --endpoint, --user, --repo and --objects.</source>
        <translation>job create needs NAME, --endpoint, --user, --repo and --objects.</translation>
    </message>
    <message>
        <source>--keep-last needs a number of at least 1.</source>
        <translation>--keep-last needs a number of at least 1.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Jobs cannot write to SFTP repositories yet; use a local folder.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 is not a Lifeboat repository: %2</translation>
    </message>
    <message>
        <source>Job %1 created (id %2).</source>
        <translation>Job %1 created (id %2).</translation>
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
        <translation>Job %1 deleted.</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Session %1 of %2: %3</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>The job %1 has not run yet.</translation>
    </message>
    <message>
        <source>No VM failed in session %1; nothing to retry.</source>
        <translation>No VM failed in session %1; nothing to retry.</translation>
    </message>
    <message>
        <source>Stopping; removing snapshots first...</source>
        <translation>Stopping; removing snapshots first...</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Job %1, session %2</translation>
    </message>
    <message>
        <source>Result: %1. Started %2, finished %3. Read %4, stored %5.</source>
        <translation>Result: %1. Started %2, finished %3. Read %4, stored %5.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Restore point</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>session export needs ID, --format csv|html and --to FILE.</source>
        <translation>session export needs ID, --format csv|html and --to FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Session %1 written to %2.</translation>
    </message>
    <message>
        <source>Job: leave out a VM of its containers (repeatable).</source>
        <translation>Job: leave out a VM of its containers (repeatable).</translation>
    </message>
    <message>
        <source>Job: when it runs by itself.</source>
        <translation>Job: when it runs by itself.</translation>
    </message>
    <message>
        <source>Job: retries of failed VMs.</source>
        <translation>Job: retries of failed VMs.</translation>
    </message>
    <message>
        <source>Job: seconds between retries.</source>
        <translation>Job: seconds between retries.</translation>
    </message>
    <message>
        <source>Job: use changed-block tracking (the default).</source>
        <translation>Job: use changed-block tracking (the default).</translation>
    </message>
    <message>
        <source>Serve: seconds between looks at the schedule.</source>
        <translation>Serve: seconds between looks at the schedule.</translation>
    </message>
    <message>
        <source>Tenant add: the account is an administrator.</source>
        <translation>Tenant add: the account is an administrator.</translation>
    </message>
    <message>
        <source>Tenant add: what the account may see (repeatable).</source>
        <translation>Tenant add: what the account may see (repeatable).</translation>
    </message>
    <message>
        <source>Tenant add: repository quota in bytes.</source>
        <translation>Tenant add: repository quota in bytes.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries needs a number from 0 to 10.</translation>
    </message>
    <message>
        <source>--retry-wait needs a number of seconds.</source>
        <translation>--retry-wait needs a number of seconds.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>A job cannot run after itself.</translation>
    </message>
    <message>
        <source>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</source>
        <translation>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 is a %2, which a job cannot back up.</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Job %1 saved.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Job %1 enabled.</translation>
    </message>
    <message>
        <source>Job %1 disabled: the scheduler leaves it alone.</source>
        <translation>Job %1 disabled: the scheduler leaves it alone.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>The job %1 is not running.</translation>
    </message>
    <message>
        <source>Stop requested; the run removes its snapshot and ends within seconds.</source>
        <translation>Stop requested; the run removes its snapshot and ends within seconds.</translation>
    </message>
    <message>
        <source>--tick needs a number of seconds.</source>
        <translation>--tick needs a number of seconds.</translation>
    </message>
    <message>
        <source>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</source>
        <translation>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</translation>
    </message>
    <message>
        <source>Stopping: running jobs remove their snapshots first.</source>
        <translation>Stopping: running jobs remove their snapshots first.</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>bottleneck: %1</translation>
    </message>
    <message>
        <source>tenant add needs the ACCOUNT, as the endpoint signs it in.</source>
        <translation>tenant add needs the ACCOUNT, as the endpoint signs it in.</translation>
    </message>
    <message>
        <source>--quota needs a number of bytes.</source>
        <translation>--quota needs a number of bytes.</translation>
    </message>
    <message>
        <source>--scope needs --endpoint URL: morefs belong to one endpoint.</source>
        <translation>--scope needs --endpoint URL: morefs belong to one endpoint.</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</source>
        <translation>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 is an administrator.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a tenant with %n scope(s).</source>
        <translation>
            <numerusform>%1 is a tenant with %n scope.</numerusform>
            <numerusform>%1 is a tenant with %n scopes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job: the guest account for guest processing.</source>
        <translation>Job: the guest account for guest processing.</translation>
    </message>
    <message>
        <source>Job: private key of the guest account.</source>
        <translation>Job: private key of the guest account.</translation>
    </message>
    <message>
        <source>Job: command run in the guest before the snapshot.</source>
        <translation>Job: command run in the guest before the snapshot.</translation>
    </message>
    <message>
        <source>Job: command run in the guest after the snapshot.</source>
        <translation>Job: command run in the guest after the snapshot.</translation>
    </message>
    <message>
        <source>Job: SSH address of a VM&apos;s guest (repeatable).</source>
        <translation>Job: SSH address of a VM&apos;s guest (repeatable).</translation>
    </message>
    <message>
        <source>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</source>
        <translation>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</translation>
    </message>
    <message>
        <source>Job: a failing pre-freeze script fails the VM or is ignored.</source>
        <translation>Job: a failing pre-freeze script fails the VM or is ignored.</translation>
    </message>
    <message>
        <source>Job: turn guest processing off.</source>
        <translation>Job: turn guest processing off.</translation>
    </message>
    <message>
        <source>--guest-errors takes fail or ignore.</source>
        <translation>--guest-errors takes fail or ignore.</translation>
    </message>
    <message>
        <source>--%1 takes MOREF=VALUE.</source>
        <translation>--%1 takes MOREF=VALUE.</translation>
    </message>
    <message>
        <source>Guest processing needs --guest-user NAME.</source>
        <translation>Guest processing needs --guest-user NAME.</translation>
    </message>
    <message>
        <source>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>restore-point download needs the ID, --disk NAME and --to FILE.</source>
        <translation>restore-point download needs the ID, --disk NAME and --to FILE.</translation>
    </message>
    <message>
        <source>Unknown restore-point command %1.</source>
        <translation>Unknown restore-point command %1.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>There is no restore point %1 that %2 may restore.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Restored to %1.</translation>
    </message>
    <message>
        <source>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</source>
        <translation>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</translation>
    </message>
    <message>
        <source>Job: e-mail the run&apos;s report here (repeatable).</source>
        <translation>Job: e-mail the run&apos;s report here (repeatable).</translation>
    </message>
    <message>
        <source>Job: which runs are reported.</source>
        <translation>Job: which runs are reported.</translation>
    </message>
    <message>
        <source>Notify set: the mail server.</source>
        <translation>Notify set: the mail server.</translation>
    </message>
    <message>
        <source>Notify set: its port (default 587).</source>
        <translation>Notify set: its port (default 587).</translation>
    </message>
    <message>
        <source>Notify set: none, starttls or tls.</source>
        <translation>Notify set: none, starttls or tls.</translation>
    </message>
    <message>
        <source>Notify set: the sender address.</source>
        <translation>Notify set: the sender address.</translation>
    </message>
    <message>
        <source>Notify set: the mail account.</source>
        <translation>Notify set: the mail account.</translation>
    </message>
    <message>
        <source>Inventory: the last one read, without connecting.</source>
        <translation>Inventory: the last one read, without connecting.</translation>
    </message>
    <message>
        <source>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</source>
        <translation>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</translation>
    </message>
    <message>
        <source>inventory needs --endpoint URL and --user NAME (or --cached).</source>
        <translation>inventory needs --endpoint URL and --user NAME (or --cached).</translation>
    </message>
    <message>
        <source>--notify-on takes failure, warning or always.</source>
        <translation>--notify-on takes failure, warning or always.</translation>
    </message>
    <message>
        <source>Mail server %1 saved.</source>
        <translation>Mail server %1 saved.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Test message</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat can send reports through this mail server.</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Test message sent.</translation>
    </message>
    <message>
        <source>notify takes set, show or test.</source>
        <translation>notify takes set, show or test.</translation>
    </message>
    <message>
        <source>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</source>
        <translation>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</translation>
    </message>
    <message>
        <source>Job: index the guest files of each restore point for search.</source>
        <translation>Job: index the guest files of each restore point for search.</translation>
    </message>
    <message>
        <source>Job: turn guest file indexing off.</source>
        <translation>Job: turn guest file indexing off.</translation>
    </message>
    <message>
        <source>Export format: csv or html (sessions), csv or json (audit).</source>
        <translation>Export format: csv or html (sessions), csv or json (audit).</translation>
    </message>
    <message>
        <source>Restore: keep (beside the original) or overwrite.</source>
        <translation>Restore: keep (beside the original) or overwrite.</translation>
    </message>
    <message>
        <source>Restore: power the VM on afterwards.</source>
        <translation>Restore: power the VM on afterwards.</translation>
    </message>
    <message>
        <source>Restore: name of the VM made by keep.</source>
        <translation>Restore: name of the VM made by keep.</translation>
    </message>
    <message>
        <source>Files: the guest volume, DISK:PARTITION.</source>
        <translation>Files: the guest volume, DISK:PARTITION.</translation>
    </message>
    <message>
        <source>Files search: only below this guest folder.</source>
        <translation>Files search: only below this guest folder.</translation>
    </message>
    <message>
        <source>Files search: at least this many bytes.</source>
        <translation>Files search: at least this many bytes.</translation>
    </message>
    <message>
        <source>Files search: at most this many bytes.</source>
        <translation>Files search: at most this many bytes.</translation>
    </message>
    <message>
        <source>Files search: modified at or after this date.</source>
        <translation>Files search: modified at or after this date.</translation>
    </message>
    <message>
        <source>Files search: modified at or before this date.</source>
        <translation>Files search: modified at or before this date.</translation>
    </message>
    <message>
        <source>Files search: only in this restore point.</source>
        <translation>Files search: only in this restore point.</translation>
    </message>
    <message>
        <source>Files index: every restore point.</source>
        <translation>Files index: every restore point.</translation>
    </message>
    <message>
        <source>Restore files: into this running guest over SSH.</source>
        <translation>Restore files: into this running guest over SSH.</translation>
    </message>
    <message>
        <source>Restore files: the folder that is the guest&apos;s / (default /).</source>
        <translation>Restore files: the folder that is the guest&apos;s / (default /).</translation>
    </message>
    <message>
        <source>Audit export: restores since this date.</source>
        <translation>Audit export: restores since this date.</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3</source>
        <translation>Session %1 (%2): %3</translation>
    </message>
    <message>
        <source>There is no restore point of %1 that you may restore.</source>
        <translation>There is no restore point of %1 that you may restore.</translation>
    </message>
    <message>
        <source>restore vm needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vm needs --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>restore vm needs a restore point ID or --vm NAME (its newest one).</source>
        <translation>restore vm needs a restore point ID or --vm NAME (its newest one).</translation>
    </message>
    <message>
        <source>--mode is keep or overwrite.</source>
        <translation>--mode is keep or overwrite.</translation>
    </message>
    <message>
        <source>Stopping the restore...</source>
        <translation>Stopping the restore...</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>Restoring: %1%</translation>
    </message>
    <message>
        <source>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 new or changed</source>
        <translation>%1 (%2): %3 entries, %4 new or changed</translation>
    </message>
    <message>
        <source>--%1 needs a number of bytes.</source>
        <translation>--%1 needs a number of bytes.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</translation>
    </message>
    <message>
        <source>files search needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files search needs --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>restore files needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore files needs --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>audit export writes csv or json.</source>
        <translation>audit export writes csv or json.</translation>
    </message>
    <message>
        <source>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</translation>
    </message>
    <message>
        <source>Job: dump these databases into each restore point.</source>
        <translation>Job: dump these databases into each restore point.</translation>
    </message>
    <message>
        <source>Job: environment of the database commands in the guest.</source>
        <translation>Job: environment of the database commands in the guest.</translation>
    </message>
    <message>
        <source>Restore item: under this database name.</source>
        <translation>Restore item: under this database name.</translation>
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
        <translation>Usage: lifeboat-cli COMMAND [options] [--json]

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
</translation>
    </message>
    <message>
        <source>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: add --guest-user NAME.</source>
        <translation>Database items are read through guest processing: add --guest-user NAME.</translation>
    </message>
    <message>
        <source>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</source>
        <translation>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</translation>
    </message>
    <message>
        <source>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</source>
        <translation>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</translation>
    </message>
    <message>
        <source>restore item needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore item needs --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>Restore files: into this new .zip file.</source>
        <translation>Restore files: into this new .zip file.</translation>
    </message>
    <message>
        <source>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</source>
        <translation>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</translation>
    </message>
    <message>
        <source>Restore VM: into this folder (moref).</source>
        <translation>Restore VM: into this folder (moref).</translation>
    </message>
    <message>
        <source>Restore VM: into this resource pool or vApp (moref).</source>
        <translation>Restore VM: into this resource pool or vApp (moref).</translation>
    </message>
    <message>
        <source>Restore VM: onto this datastore.</source>
        <translation>Restore VM: onto this datastore.</translation>
    </message>
    <message>
        <source>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1</source>
        <translation>Not restored, no restore point: %1</translation>
    </message>
    <message>
        <source>Restore VM: onto this host (moref).</source>
        <translation>Restore VM: onto this host (moref).</translation>
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
        <translation>Restore commands (sign in with --endpoint URL --user NAME; --repo PATH):
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
</translation>
    </message>
    <message>
        <source>--new-database restores beside the original; it cannot be combined with --mode overwrite.</source>
        <translation>--new-database restores beside the original; it cannot be combined with --mode overwrite.</translation>
    </message>
    <message>
        <source>Several VMs are named %1; give the restore point ID instead (restore-point list).</source>
        <translation>Several VMs are named %1; give the restore point ID instead (restore-point list).</translation>
    </message>
    <message>
        <source>kiosk hash-password needs the password on --password-stdin.</source>
        <translation>kiosk hash-password needs the password on --password-stdin.</translation>
    </message>
    <message>
        <source>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</source>
        <translation>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</translation>
    </message>
    <message>
        <source>Cloud Director address.</source>
        <translation>Cloud Director address.</translation>
    </message>
    <message>
        <source>Records per query page, 1 to 128 (default 128).</source>
        <translation>Records per query page, 1 to 128 (default 128).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 128.</source>
        <translation>--page-size must be a number from 1 to 128.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</source>
        <translation>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</source>
        <translation>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2@%3 (API %4).</source>
        <translation>Signed in to %1 as %2@%3 (API %4).</translation>
    </message>
    <message>
        <source>VDC %1 (organization %2)</source>
        <translation>VDC %1 (organization %2)</translation>
    </message>
    <message>
        <source>vApp %1 (%2)</source>
        <translation>vApp %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1  %2  %3 on %4</source>
        <translation>VM %1  %2  %3 on %4</translation>
    </message>
    <message>
        <source>(no moref)</source>
        <translation>(no moref)</translation>
    </message>
    <message>
        <source>(unknown vCenter)</source>
        <translation>(unknown vCenter)</translation>
    </message>
    <message>
        <source>error: no vcd command given</source>
        <translation>error: no vcd command given</translation>
    </message>
    <message>
        <source>error: unknown command &apos;vcd %1&apos;</source>
        <translation>error: unknown command &apos;vcd %1&apos;</translation>
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
        <translation>Usage: lifeboat-cli [--catalog PATH] [--json] COMMAND

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
</translation>
    </message>
    <message>
        <source>Endpoint add: vsphere (the default) or vcd (Cloud Director).</source>
        <translation>Endpoint add: vsphere (the default) or vcd (Cloud Director).</translation>
    </message>
    <message>
        <source>Organization: the job JSON new jobs start from.</source>
        <translation>Organization: the job JSON new jobs start from.</translation>
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
        <translation>Usage: lifeboat-cli endpoint COMMAND [options] [--json]

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
</translation>
    </message>
    <message>
        <source>Added the Cloud Director %1 (API %2).</source>
        <translation>Added the Cloud Director %1 (API %2).</translation>
    </message>
    <message>
        <source>--kind is vsphere or vcd.</source>
        <translation>--kind is vsphere or vcd.</translation>
    </message>
    <message>
        <source>The organization %1 has no VMs in Cloud Director yet.</source>
        <translation>The organization %1 has no VMs in Cloud Director yet.</translation>
    </message>
    <message>
        <source>Give the job&apos;s repository with --repo PATH.</source>
        <translation>Give the job&apos;s repository with --repo PATH.</translation>
    </message>
    <message>
        <source>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</source>
        <translation>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</translation>
    </message>
    <message>
        <source>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>System is the provider&apos;s organization, not a tenant.</source>
        <translation>System is the provider&apos;s organization, not a tenant.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</source>
        <translation>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</translation>
    </message>
    <message>
        <source>The organization %1 uses Lifeboat as %2.</source>
        <translation>The organization %1 uses Lifeboat as %2.</translation>
    </message>
    <message>
        <source>(repository chosen per job)</source>
        <translation>(repository chosen per job)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in scope</source>
        <translation>
            <numerusform>%n VM in scope</numerusform>
            <numerusform>%n VMs in scope</numerusform>
        </translation>
    </message>
    <message>
        <source>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</source>
        <translation>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</translation>
    </message>
    <message>
        <source>%1 is not a vCenter endpoint.</source>
        <translation>%1 is not a vCenter endpoint.</translation>
    </message>
    <message>
        <source>VMs on %1 are backed up through %2 as %3.</source>
        <translation>VMs on %1 are backed up through %2 as %3.</translation>
    </message>
    <message>
        <source>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Your organization has no vApp %1.</translation>
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
        <translation>Usage: lifeboat-cli vcd COMMAND [options] [--json]

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
</translation>
    </message>
    <message>
        <source>A Cloud Director vApp, by name or href.</source>
        <translation>A Cloud Director vApp, by name or href.</translation>
    </message>
    <message>
        <source>A vCenter VM&apos;s managed object id, e.g. vm-42.</source>
        <translation>A vCenter VM&apos;s managed object id, e.g. vm-42.</translation>
    </message>
    <message>
        <source>The vCenter as Cloud Director names it (its vimServer href).</source>
        <translation>The vCenter as Cloud Director names it (its vimServer href).</translation>
    </message>
    <message>
        <source>%1 needs --url URL and --user USER@ORG.</source>
        <translation>%1 needs --url URL and --user USER@ORG.</translation>
    </message>
    <message>
        <source>%1@%2 sees no VM named %3.</source>
        <translation>%1@%2 sees no VM named %3.</translation>
    </message>
    <message>
        <source>%1@%2 sees no vApp named %3.</source>
        <translation>%1@%2 sees no vApp named %3.</translation>
    </message>
    <message>
        <source>Several are named %1; give one of these hrefs instead: %2</source>
        <translation>Several are named %1; give one of these hrefs instead: %2</translation>
    </message>
    <message>
        <source>vcd power needs on, off, shutdown or reset.</source>
        <translation>vcd power needs on, off, shutdown or reset.</translation>
    </message>
    <message>
        <source>vcd power needs either --vm VM or --vapp VAPP.</source>
        <translation>vcd power needs either --vm VM or --vapp VAPP.</translation>
    </message>
    <message>
        <source>%1 already was in that state; nothing to do.</source>
        <translation>%1 already was in that state; nothing to do.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Done: %1.</translation>
    </message>
    <message>
        <source>vcd import needs --moref MOREF and --vapp VAPP.</source>
        <translation>vcd import needs --moref MOREF and --vapp VAPP.</translation>
    </message>
    <message>
        <source>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</source>
        <translation>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (%3).</source>
        <translation>Imported %1 as %2 (%3).</translation>
    </message>
    <message>
        <source>vcd provider set needs --endpoint VCD_URL and --user USER@System.</source>
        <translation>vcd provider set needs --endpoint VCD_URL and --user USER@System.</translation>
    </message>
    <message>
        <source>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</source>
        <translation>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</translation>
    </message>
    <message>
        <source>Lifeboat imports restored VMs into Cloud Director as %1.</source>
        <translation>Lifeboat imports restored VMs into Cloud Director as %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 is now a VM of the vApp %2 in Cloud Director.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</source>
        <translation>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</translation>
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
        <translation>Usage: lifeboat-cli vcd org|vcenter|provider COMMAND [options] [--json]

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
</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleJobs</name>
    <message>
        <source>Keep at least one restore point.</source>
        <translation>Keep at least one restore point.</translation>
    </message>
    <message>
        <source>Retries go from 0 to 10.</source>
        <translation>Retries go from 0 to 10.</translation>
    </message>
    <message>
        <source>The wait between retries cannot be negative.</source>
        <translation>The wait between retries cannot be negative.</translation>
    </message>
    <message>
        <source>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: give a guest user.</source>
        <translation>Database items are read through guest processing: give a guest user.</translation>
    </message>
    <message>
        <source>Guest processing needs a guest user.</source>
        <translation>Guest processing needs a guest user.</translation>
    </message>
    <message>
        <source>Reports go out on failure, warning or always.</source>
        <translation>Reports go out on failure, warning or always.</translation>
    </message>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>The schedule needs at least one time of day.</translation>
    </message>
    <message>
        <source>The schedule has a time that is not valid.</source>
        <translation>The schedule has a time that is not valid.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Weekdays go from 1 (Monday) to 7 (Sunday).</translation>
    </message>
    <message>
        <source>The day of the month goes from 1 to 31.</source>
        <translation>The day of the month goes from 1 to 31.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 24 hours.</source>
        <translation>Every N hours takes 1 to 24 hours.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>A job cannot run after itself.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Jobs cannot write to SFTP repositories yet; use a local folder.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs need the catalog.</translation>
    </message>
    <message>
        <source>The job needs a name.</source>
        <translation>The job needs a name.</translation>
    </message>
    <message>
        <source>You can only change jobs on the server you signed in to.</source>
        <translation>You can only change jobs on the server you signed in to.</translation>
    </message>
    <message>
        <source>Choose the repository the job writes to.</source>
        <translation>Choose the repository the job writes to.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 is not a Lifeboat repository: %2</translation>
    </message>
    <message>
        <source>Choose at least one VM or container to back up.</source>
        <translation>Choose at least one VM or container to back up.</translation>
    </message>
    <message>
        <source>%1 is not a VM or container you may back up.</source>
        <translation>%1 is not a VM or container you may back up.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 is a %2, which a job cannot back up.</translation>
    </message>
    <message>
        <source>The excluded VM %1 is not one you may see.</source>
        <translation>The excluded VM %1 is not one you may see.</translation>
    </message>
    <message>
        <source>The objects of a job on another server can only be changed signed in there.</source>
        <translation>The objects of a job on another server can only be changed signed in there.</translation>
    </message>
    <message>
        <source>An excluded disk is written VM:KEY, not %1.</source>
        <translation>An excluded disk is written VM:KEY, not %1.</translation>
    </message>
    <message>
        <source>The job to run after is not one of your jobs.</source>
        <translation>The job to run after is not one of your jobs.</translation>
    </message>
    <message>
        <source>The guest password could not be kept in the system keychain: %1</source>
        <translation>The guest password could not be kept in the system keychain: %1</translation>
    </message>
    <message>
        <source>Guest processing needs a key file or the guest password.</source>
        <translation>Guest processing needs a key file or the guest password.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Your organization has no vApp %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleSession</name>
    <message>
        <source>Signing in needs the catalog.</source>
        <translation>Signing in needs the catalog.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Enter the address of your vCenter server.</translation>
    </message>
    <message>
        <source>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</source>
        <translation>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Jobs need the catalog.</translation>
    </message>
    <message>
        <source>The job %1 belongs to another account.</source>
        <translation>The job %1 belongs to another account.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Choose the repository folder to open.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</source>
        <translation>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</source>
        <translation>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 thumbprint.</source>
        <translation>%1 is not a SHA-256 thumbprint.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</translation>
    </message>
    <message>
        <source>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</source>
        <translation>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</translation>
    </message>
    <message>
        <source>Your organization %1 has no VMs in Cloud Director yet.</source>
        <translation>Your organization %1 has no VMs in Cloud Director yet.</translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::Keychain</name>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>The keychain has no entry %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>The system keychain refused access: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); enter the password instead.</source>
        <translation>
            <numerusform>The system keychain did not answer within %n second; enter the password instead.</numerusform>
            <numerusform>The system keychain did not answer within %n seconds; enter the password instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::PasswordRecord</name>
    <message>
        <source>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</source>
        <translation>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::BlockSource</name>
    <message>
        <source>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</source>
        <translation>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1: %2</source>
        <translation>Cannot find the size of %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>Cannot read %1 at offset %2: %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Ext4FileSystem</name>
    <message>
        <source>its data points outside the file system</source>
        <translation>its data points outside the file system</translation>
    </message>
    <message>
        <source>its block map is out of order</source>
        <translation>its block map is out of order</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the inode of %1</source>
        <translation>Cannot read the inode of %1</translation>
    </message>
    <message>
        <source>Cannot read %1: its size is impossible.</source>
        <translation>Cannot read %1: its size is impossible.</translation>
    </message>
    <message>
        <source>%1 is encrypted by the guest (fscrypt) and cannot be read.</source>
        <translation>%1 is encrypted by the guest (fscrypt) and cannot be read.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>Cannot read the block map of %1</source>
        <translation>Cannot read the block map of %1</translation>
    </message>
    <message>
        <source>The symbolic link %1 claims an impossible length.</source>
        <translation>The symbolic link %1 claims an impossible length.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 does not exist in the guest file system.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>Cannot look up %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 is not a directory.</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Cannot read the directory %1</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>No partition to open.</translation>
    </message>
    <message>
        <source>This ext file system uses features that cannot be read: %1</source>
        <translation>This ext file system uses features that cannot be read: %1</translation>
    </message>
    <message>
        <source>Cannot read the ext file system: %1</source>
        <translation>Cannot read the ext file system: %1</translation>
    </message>
    <message>
        <source>The ext file system is damaged: %1</source>
        <translation>The ext file system is damaged: %1</translation>
    </message>
    <message>
        <source>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 is a symbolic link; links are not followed.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Extractor</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <source>its name cannot be used in the target</source>
        <translation>its name cannot be used in the target</translation>
    </message>
    <message>
        <source>devices, pipes and sockets are not restored</source>
        <translation>devices, pipes and sockets are not restored</translation>
    </message>
    <message>
        <source>it exists in the target (restore with overwrite to replace it)</source>
        <translation>it exists in the target (restore with overwrite to replace it)</translation>
    </message>
    <message>
        <source>it exists in the target, and so does %1</source>
        <translation>it exists in the target, and so does %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>something that is not a folder has that name in the target</source>
        <translation>something that is not a folder has that name in the target</translation>
    </message>
    <message>
        <source>a folder of that name exists in the target</source>
        <translation>a folder of that name exists in the target</translation>
    </message>
    <message>
        <source>its content cannot be read: %1</source>
        <translation>its content cannot be read: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link has no usable target</source>
        <translation>the link has no usable target</translation>
    </message>
    <message>
        <source>%1 cannot be restored to its original place.</source>
        <translation>%1 cannot be restored to its original place.</translation>
    </message>
    <message>
        <source>it lies deeper than 1,024 folders (a loop in a damaged file system?)</source>
        <translation>it lies deeper than 1,024 folders (a loop in a damaged file system?)</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FileIndex</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>The catalog could not %1: %2</translation>
    </message>
    <message>
        <source>read the file index</source>
        <translation>read the file index</translation>
    </message>
    <message>
        <source>The catalog could not start a transaction: %1</source>
        <translation>The catalog could not start a transaction: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>update the file index</source>
        <translation>update the file index</translation>
    </message>
    <message>
        <source>add to the file index</source>
        <translation>add to the file index</translation>
    </message>
    <message>
        <source>The catalog could not store the file index: %1</source>
        <translation>The catalog could not store the file index: %1</translation>
    </message>
    <message>
        <source>The catalog could not update the file index.</source>
        <translation>The catalog could not update the file index.</translation>
    </message>
    <message>
        <source>search the file index</source>
        <translation>search the file index</translation>
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
        <translation>The folder %1 cannot be created.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>The folder %1 cannot be opened: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Cannot create the folder</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>Cannot open the folder</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Cannot replace</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Cannot write</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Cannot create the link</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestFileSystem</name>
    <message>
        <source>The guest path &quot;%1&quot; is not valid: %2</source>
        <translation>The guest path &quot;%1&quot; is not valid: %2</translation>
    </message>
    <message>
        <source>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</source>
        <translation>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</translation>
    </message>
    <message>
        <source>exFAT is not supported yet.</source>
        <translation>exFAT is not supported yet.</translation>
    </message>
    <message>
        <source>FAT is not supported yet.</source>
        <translation>FAT is not supported yet.</translation>
    </message>
    <message>
        <source>XFS is not supported yet.</source>
        <translation>XFS is not supported yet.</translation>
    </message>
    <message>
        <source>Btrfs is not supported yet.</source>
        <translation>Btrfs is not supported yet.</translation>
    </message>
    <message>
        <source>This partition is encrypted with LUKS; encrypted volumes cannot be read.</source>
        <translation>This partition is encrypted with LUKS; encrypted volumes cannot be read.</translation>
    </message>
    <message>
        <source>This partition is an LVM physical volume; LVM volumes are not supported yet.</source>
        <translation>This partition is an LVM physical volume; LVM volumes are not supported yet.</translation>
    </message>
    <message>
        <source>This partition is swap space; it contains no files.</source>
        <translation>This partition is swap space; it contains no files.</translation>
    </message>
    <message>
        <source>No known file system was found in this partition.</source>
        <translation>No known file system was found in this partition.</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>the path is empty.</translation>
    </message>
    <message>
        <source>it must be absolute (start with &quot;/&quot;).</source>
        <translation>it must be absolute (start with &quot;/&quot;).</translation>
    </message>
    <message>
        <source>it contains a NUL byte.</source>
        <translation>it contains a NUL byte.</translation>
    </message>
    <message>
        <source>it contains an empty component (&quot;//&quot;).</source>
        <translation>it contains an empty component (&quot;//&quot;).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; paths are taken literally, not resolved.</source>
        <translation>it contains &quot;%1&quot;; paths are taken literally, not resolved.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestSftpTarget</name>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 accepted the login but refused SFTP: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2.</source>
        <translation>%1 is not a folder on %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a folder (a link or a file has its place).</source>
        <translation>%1 on %2 is not a folder (a link or a file has its place).</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Cannot create the folder</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>Cannot write</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>Cannot set the attributes of</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>Cannot replace</translation>
    </message>
    <message>
        <source>Cannot put in place</source>
        <translation>Cannot put in place</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>Cannot create the link</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>The connection to %1 was lost (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>no space left in the guest</source>
        <translation>no space left in the guest</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>the guest reported failure (SFTP status %1)</source>
        <translation>the guest reported failure (SFTP status %1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 accepted a connection without a trusted host key.</source>
        <translation>%1 accepted a connection without a trusted host key.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::NtfsFileSystem</name>
    <message>
        <source>it is compressed with Windows system compression (Compact OS), which cannot be read</source>
        <translation>it is compressed with Windows system compression (Compact OS), which cannot be read</translation>
    </message>
    <message>
        <source>it is stored by Windows Data Deduplication, whose chunk store cannot be read</source>
        <translation>it is stored by Windows Data Deduplication, whose chunk store cannot be read</translation>
    </message>
    <message>
        <source>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</source>
        <translation>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</translation>
    </message>
    <message>
        <source>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</source>
        <translation>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the MFT record of %1</source>
        <translation>Cannot read the MFT record of %1</translation>
    </message>
    <message>
        <source>Cannot read the reparse point of %1</source>
        <translation>Cannot read the reparse point of %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>Cannot read %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 is not a directory.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 does not exist in the guest file system.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>Cannot look up %1</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>Cannot read the directory %1</translation>
    </message>
    <message>
        <source>Cannot read the run list of %1</source>
        <translation>Cannot read the run list of %1</translation>
    </message>
    <message>
        <source>its run list is out of order</source>
        <translation>its run list is out of order</translation>
    </message>
    <message>
        <source>its data points outside the file system</source>
        <translation>its data points outside the file system</translation>
    </message>
    <message>
        <source>its run list ends before its data</source>
        <translation>its run list ends before its data</translation>
    </message>
    <message>
        <source>Cannot open the content of %1</source>
        <translation>Cannot open the content of %1</translation>
    </message>
    <message>
        <source>its size is impossible</source>
        <translation>its size is impossible</translation>
    </message>
    <message>
        <source>its data ends early</source>
        <translation>its data ends early</translation>
    </message>
    <message>
        <source>%1 is encrypted by Windows (EFS) and cannot be read.</source>
        <translation>%1 is encrypted by Windows (EFS) and cannot be read.</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>No partition to open.</translation>
    </message>
    <message>
        <source>The partition is too small for NTFS.</source>
        <translation>The partition is too small for NTFS.</translation>
    </message>
    <message>
        <source>Cannot read the NTFS boot sector: %1</source>
        <translation>Cannot read the NTFS boot sector: %1</translation>
    </message>
    <message>
        <source>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</translation>
    </message>
    <message>
        <source>Cannot open NTFS: out of memory.</source>
        <translation>Cannot open NTFS: out of memory.</translation>
    </message>
    <message>
        <source>The NTFS boot sector is not valid: %1</source>
        <translation>The NTFS boot sector is not valid: %1</translation>
    </message>
    <message>
        <source>The NTFS file system cannot be opened</source>
        <translation>The NTFS file system cannot be opened</translation>
    </message>
    <message>
        <source>NTFS version %1.%2 is not supported.</source>
        <translation>NTFS version %1.%2 is not supported.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 is a symbolic link; links are not followed.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 is not a regular file.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 cannot be read: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Partitions</name>
    <message>
        <source>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</translation>
    </message>
    <message>
        <source>The extended partition chain has more than %1 links; the rest was ignored.</source>
        <translation>The extended partition chain has more than %1 links; the rest was ignored.</translation>
    </message>
    <message>
        <source>The extended partition chain loops back to sector %1; the rest was ignored.</source>
        <translation>The extended partition chain loops back to sector %1; the rest was ignored.</translation>
    </message>
    <message>
        <source>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</source>
        <translation>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</translation>
    </message>
    <message>
        <source>The extended partition link at sector %1 has no boot signature; the rest was ignored.</source>
        <translation>The extended partition link at sector %1 has no boot signature; the rest was ignored.</translation>
    </message>
    <message>
        <source>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</source>
        <translation>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</translation>
    </message>
    <message>
        <source>no GPT signature at sector %1</source>
        <translation>no GPT signature at sector %1</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid size (%2)</source>
        <translation>the header at sector %1 has an invalid size (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 fails its checksum</source>
        <translation>the header at sector %1 fails its checksum</translation>
    </message>
    <message>
        <source>the header at sector %1 says it belongs elsewhere</source>
        <translation>the header at sector %1 says it belongs elsewhere</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid entry size (%2)</source>
        <translation>the header at sector %1 has an invalid entry size (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 claims an implausible %2 entries</source>
        <translation>the header at sector %1 claims an implausible %2 entries</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 lies outside the disk</source>
        <translation>the entry array of the header at sector %1 lies outside the disk</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 fails its checksum</source>
        <translation>the entry array of the header at sector %1 fails its checksum</translation>
    </message>
    <message>
        <source>The GPT partition table is damaged: primary: %1; backup: %2.</source>
        <translation>The GPT partition table is damaged: primary: %1; backup: %2.</translation>
    </message>
    <message>
        <source>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</source>
        <translation>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</translation>
    </message>
    <message>
        <source>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</translation>
    </message>
    <message>
        <source>Partitions %1 and %2 overlap; their contents may be mixed up.</source>
        <translation>Partitions %1 and %2 overlap; their contents may be mixed up.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::RestorePointVolumes</name>
    <message>
        <source>The volume %1 cannot be read: %2</source>
        <translation>The volume %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The restore point has no volume %1. Its readable volumes: %2.</source>
        <translation>The restore point has no volume %1. Its readable volumes: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>No volume of this restore point holds a file system Lifeboat can read.</source>
        <translation>No volume of this restore point holds a file system Lifeboat can read.</translation>
    </message>
    <message>
        <source>The restore point has several volumes; choose one with --volume: %1.</source>
        <translation>The restore point has several volumes; choose one with --volume: %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::ZipTarget</name>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 exists already; choose another file.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 cannot be written: %2</translation>
    </message>
    <message>
        <source>Cannot start compression.</source>
        <translation>Cannot start compression.</translation>
    </message>
    <message>
        <source>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</source>
        <translation>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::BackupRun</name>
    <message>
        <source>Retry of session %1 started for job %2.</source>
        <translation>Retry of session %1 started for job %2.</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Job %1 started.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</source>
        <translation>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</translation>
    </message>
    <message>
        <source>Cannot open the repository %1: %2</source>
        <translation>Cannot open the repository %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Cannot sign in to %1 as %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Cannot read the inventory of %1: %2</translation>
    </message>
    <message>
        <source>Stop requested by the user.</source>
        <translation>Stop requested by the user.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2).</source>
        <translation>Backing up %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot list the snapshots: %1</source>
        <translation>Cannot list the snapshots: %1</translation>
    </message>
    <message>
        <source>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</source>
        <translation>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover snapshot &quot;%1&quot;: %2</source>
        <translation>Cannot remove the leftover snapshot &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <source>Changed-block tracking enabled.</source>
        <translation>Changed-block tracking enabled.</translation>
    </message>
    <message>
        <source>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</source>
        <translation>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s restore points: %1</source>
        <translation>Cannot read the repository&apos;s restore points: %1</translation>
    </message>
    <message>
        <source>Taken by Lifeboat for a backup; removed when the backup ends.</source>
        <translation>Taken by Lifeboat for a backup; removed when the backup ends.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot: %1</source>
        <translation>Cannot take a snapshot: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Snapshot %1 taken.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot&apos;s disks: %1</source>
        <translation>Cannot read the snapshot&apos;s disks: %1</translation>
    </message>
    <message>
        <source>Disk %1 is excluded by the job.</source>
        <translation>Disk %1 is excluded by the job.</translation>
    </message>
    <message>
        <source>Changed blocks of %1 are not available (%2); reading the whole disk.</source>
        <translation>Changed blocks of %1 are not available (%2); reading the whole disk.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the previous restore point.</source>
        <translation>%1: %2 changed since the previous restore point.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration file was not saved with the restore point: %1</source>
        <translation>The VM&apos;s configuration file was not saved with the restore point: %1</translation>
    </message>
    <message>
        <source>The disk %1 cannot be read through the datastore API.</source>
        <translation>The disk %1 cannot be read through the datastore API.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>The backup failed: %1</translation>
    </message>
    <message>
        <source>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</source>
        <translation>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</translation>
    </message>
    <message>
        <source>Snapshot %1 removed.</source>
        <translation>Snapshot %1 removed.</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</source>
        <translation>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</translation>
    </message>
    <message>
        <source>%1 done in %2 s.</source>
        <translation>%1 done in %2 s.</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Session ended: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the inventory.</source>
        <translation>%1 (%2) is no longer in the inventory.</translation>
    </message>
    <message>
        <source>%1 holds no VMs.</source>
        <translation>%1 holds no VMs.</translation>
    </message>
    <message>
        <source>%1 is outside the scope of %2 and was not backed up.</source>
        <translation>%1 is outside the scope of %2 and was not backed up.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</source>
        <translation>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</translation>
    </message>
    <message>
        <source>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</source>
        <translation>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</translation>
    </message>
    <message>
        <source>Guest processing: %1</source>
        <translation>Guest processing: %1</translation>
    </message>
    <message>
        <source>Pre-freeze script exited with %1: %2</source>
        <translation>Pre-freeze script exited with %1: %2</translation>
    </message>
    <message>
        <source>The pre-freeze script failed (exit status %1); no snapshot was taken.</source>
        <translation>The pre-freeze script failed (exit status %1); no snapshot was taken.</translation>
    </message>
    <message>
        <source>The post-thaw script could not run: %1</source>
        <translation>The post-thaw script could not run: %1</translation>
    </message>
    <message>
        <source>Post-thaw script exited with %1: %2</source>
        <translation>Post-thaw script exited with %1: %2</translation>
    </message>
    <message>
        <source>The guest files were not indexed: %1</source>
        <translation>The guest files were not indexed: %1</translation>
    </message>
    <message>
        <source>Indexed %1 guest files and folders (%2 new or changed).</source>
        <translation>Indexed %1 guest files and folders (%2 new or changed).</translation>
    </message>
    <message>
        <source>Not indexed: %1</source>
        <translation>Not indexed: %1</translation>
    </message>
    <message>
        <source>%1: the databases cannot be listed: %2</source>
        <translation>%1: the databases cannot be listed: %2</translation>
    </message>
    <message>
        <source>%1: the database name %2 is not backed up (quotes or control characters)</source>
        <translation>%1: the database name %2 is not backed up (quotes or control characters)</translation>
    </message>
    <message>
        <source>%1 database %2: the dump failed: %3</source>
        <translation>%1 database %2: the dump failed: %3</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Database items: %1</translation>
    </message>
    <message>
        <source>Dumped the %1 database %2 (%3).</source>
        <translation>Dumped the %1 database %2 (%3).</translation>
    </message>
    <message>
        <source>Database items: no temporary folder for the dumps: %1</source>
        <translation>Database items: no temporary folder for the dumps: %1</translation>
    </message>
    <message>
        <source>the list of databases is too long</source>
        <translation>the list of databases is too long</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <source>The stored job definition has an invalid &quot;%1&quot;.</source>
        <translation>The stored job definition has an invalid &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobStore</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>The catalog could not %1: %2</translation>
    </message>
    <message>
        <source>A job named %1 exists already.</source>
        <translation>A job named %1 exists already.</translation>
    </message>
    <message>
        <source>save the job</source>
        <translation>save the job</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>There is no job with id %1.</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>list the jobs</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>read the job</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>There is no job %1.</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>delete the job</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>start a session</translation>
    </message>
    <message>
        <source>list the running sessions</source>
        <translation>list the running sessions</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped while the session ran.</source>
        <translation>Interrupted: Lifeboat stopped while the session ran.</translation>
    </message>
    <message>
        <source>close an interrupted session</source>
        <translation>close an interrupted session</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>finish the session</translation>
    </message>
    <message>
        <source>start a task</source>
        <translation>start a task</translation>
    </message>
    <message>
        <source>finish a task</source>
        <translation>finish a task</translation>
    </message>
    <message>
        <source>write the session log</source>
        <translation>write the session log</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>list the sessions</translation>
    </message>
    <message>
        <source>read the session</source>
        <translation>read the session</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>There is no session %1.</translation>
    </message>
    <message>
        <source>read the session log</source>
        <translation>read the session log</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>read the schedule</translation>
    </message>
    <message>
        <source>save the schedule</source>
        <translation>save the schedule</translation>
    </message>
    <message>
        <source>request a stop</source>
        <translation>request a stop</translation>
    </message>
    <message>
        <source>claim the scheduler</source>
        <translation>claim the scheduler</translation>
    </message>
    <message>
        <source>release the scheduler</source>
        <translation>release the scheduler</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Schedule</name>
    <message>
        <source>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</source>
        <translation>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</source>
        <translation>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs run only when you start them: choose no schedule.</source>
        <translation>Your provider lets your jobs run only when you start them: choose no schedule.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</source>
        <translation>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; %3 is outside.</source>
        <translation>Your provider lets your jobs start only between %1 and %2; %3 is outside.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Scheduler</name>
    <message>
        <source>the computer was asleep</source>
        <translation>the computer was asleep</translation>
    </message>
    <message>
        <source>the scheduler was held up</source>
        <translation>the scheduler was held up</translation>
    </message>
    <message>
        <source>Lifeboat was not running</source>
        <translation>Lifeboat was not running</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n scheduled run(s) (%1) because %2; running the job once now.</source>
        <translation>
            <numerusform>Missed %n scheduled run (%1) because %2; running the job once now.</numerusform>
            <numerusform>Missed %n scheduled runs (%1) because %2; running the job once now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up run for the missed schedule.</source>
        <translation>Catch-up run for the missed schedule.</translation>
    </message>
    <message>
        <source>Scheduled run (%1).</source>
        <translation>Scheduled run (%1).</translation>
    </message>
    <message>
        <source>Started after the job %1 finished.</source>
        <translation>Started after the job %1 finished.</translation>
    </message>
</context>
<context>
    <name>lifeboat::notify::Mailer</name>
    <message>
        <source>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</source>
        <translation>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>The mail server %1 did not answer in time.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</source>
        <translation>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>Cannot reach the mail server %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 (SMTP %4)</source>
        <translation>The mail server %1 refused %2: %3 (SMTP %4)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>the connection</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</source>
        <translation>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>the login of %1</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>the sender %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>the recipient %1</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>the message</translation>
    </message>
    <message>
        <source>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</source>
        <translation>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>The message has no recipient.</translation>
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
        <translation>Cannot write</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>Cannot flush</translation>
    </message>
    <message>
        <source>Cannot store</source>
        <translation>Cannot store</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>Cannot create</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>%1 ends before offset %2: the file is truncated.</source>
        <translation>%1 ends before offset %2: the file is truncated.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 already exists.</translation>
    </message>
    <message>
        <source>The connection to the SFTP server was lost (%1).</source>
        <translation>The connection to the SFTP server was lost (%1).</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>%1 %2: out of memory</source>
        <translation>%1 %2: out of memory</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <source>no space left on the server</source>
        <translation>no space left on the server</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>already exists</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connection lost</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>the server does not support this operation</translation>
    </message>
    <message>
        <source>the server reported failure (SFTP status %1)</source>
        <translation>the server reported failure (SFTP status %1)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>Cannot create the folder</translation>
    </message>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 accepted the login but refused SFTP: %2</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>Cannot open a channel</translation>
    </message>
    <message>
        <source>unexpected reply from the server</source>
        <translation>unexpected reply from the server</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>Cannot send</translation>
    </message>
    <message>
        <source>malformed reply from the server</source>
        <translation>malformed reply from the server</translation>
    </message>
    <message>
        <source>Cannot receive</source>
        <translation>Cannot receive</translation>
    </message>
    <message>
        <source>the server closed the channel</source>
        <translation>the server closed the channel</translation>
    </message>
    <message>
        <source>%1 was already committed.</source>
        <translation>%1 was already committed.</translation>
    </message>
    <message>
        <source>the upload of %1 was interrupted</source>
        <translation>the upload of %1 was interrupted</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>Cannot list</translation>
    </message>
    <message>
        <source>%1 is not a valid SFTP location: %2</source>
        <translation>%1 is not a valid SFTP location: %2</translation>
    </message>
    <message>
        <source>it must start with sftp://</source>
        <translation>it must start with sftp://</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>the server name is missing</translation>
    </message>
    <message>
        <source>the user name is missing (sftp://user@server/folder)</source>
        <translation>the user name is missing (sftp://user@server/folder)</translation>
    </message>
    <message>
        <source>passwords do not belong in the location</source>
        <translation>passwords do not belong in the location</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>the port is out of range</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>the folder must be an absolute path</translation>
    </message>
    <message>
        <source>An SFTP location needs a server and an absolute folder.</source>
        <translation>An SFTP location needs a server and an absolute folder.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::BlobCodec</name>
    <message>
        <source>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</source>
        <translation>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it is empty.</source>
        <translation>Chunk %1 is damaged: it is empty.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it does not decompress.</source>
        <translation>Chunk %1 is damaged: it does not decompress.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: unknown compression %2.</source>
        <translation>Chunk %1 is damaged: unknown compression %2.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: its content does not match its id.</source>
        <translation>Chunk %1 is damaged: its content does not match its id.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::ChunkIndex</name>
    <message>
        <source>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</source>
        <translation>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>The operation was cancelled.</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>Cannot read %1 at offset %2: %3</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>unexpected end of file</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Cannot open %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1.</source>
        <translation>Cannot find the size of %1.</translation>
    </message>
    <message>
        <source>The previous restore point of disk %1 used another chunk size.</source>
        <translation>The previous restore point of disk %1 used another chunk size.</translation>
    </message>
    <message>
        <source>The restore point %1 has no disk named %2.</source>
        <translation>The restore point %1 has no disk named %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another target or allow overwriting.</source>
        <translation>%1 already exists; choose another target or allow overwriting.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>Cannot size %1: %2</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 cannot be read: %2</source>
        <translation>The chunk list of disk %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>%1 (disk %2, offset %3)</source>
        <translation>%1 (disk %2, offset %3)</translation>
    </message>
    <message>
        <source>The chunk at offset %1 of disk %2 has the wrong length.</source>
        <translation>The chunk at offset %1 of disk %2 has the wrong length.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2</source>
        <translation>Cannot flush %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored disk to %1: %2</source>
        <translation>Cannot move the restored disk to %1: %2</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</source>
        <translation>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</translation>
    </message>
    <message>
        <source>pack %1 is truncated</source>
        <translation>pack %1 is truncated</translation>
    </message>
    <message>
        <source>chunk %1 is damaged</source>
        <translation>chunk %1 is damaged</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>chunk %1 is missing</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Prune</name>
    <message>
        <source>The restore point %1 is immutable until %2 and cannot be deleted before then.</source>
        <translation>The restore point %1 is immutable until %2 and cannot be deleted before then.</translation>
    </message>
    <message>
        <source>The restore point %1 is already immutable until %2; immutability can only be extended.</source>
        <translation>The restore point %1 is already immutable until %2; immutability can only be extended.</translation>
    </message>
    <message>
        <source>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</source>
        <translation>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</source>
        <translation>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting data: %1</source>
        <translation>Prune stopped before deleting data: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Repository</name>
    <message>
        <source>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</source>
        <translation>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 already holds a repository; nothing was changed.</translation>
    </message>
    <message>
        <source>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</source>
        <translation>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</source>
        <translation>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</translation>
    </message>
    <message>
        <source>%1 has a config file, but it is not a Lifeboat repository&apos;s.</source>
        <translation>%1 has a config file, but it is not a Lifeboat repository&apos;s.</translation>
    </message>
    <message>
        <source>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</source>
        <translation>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</translation>
    </message>
    <message>
        <source>The repository %1 has an invalid format version.</source>
        <translation>The repository %1 has an invalid format version.</translation>
    </message>
    <message>
        <source>The repository %1 has a damaged config file.</source>
        <translation>The repository %1 has a damaged config file.</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a password is needed.</source>
        <translation>The repository %1 is encrypted: a password is needed.</translation>
    </message>
    <message>
        <source>The password does not open the repository %1.</source>
        <translation>The password does not open the repository %1.</translation>
    </message>
    <message>
        <source>The config file of %1 was altered: its authentication failed.</source>
        <translation>The config file of %1 was altered: its authentication failed.</translation>
    </message>
    <message>
        <source>An index of %1 is truncated.</source>
        <translation>An index of %1 is truncated.</translation>
    </message>
    <message>
        <source>The header of pack %1 names another pack.</source>
        <translation>The header of pack %1 names another pack.</translation>
    </message>
    <message>
        <source>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</source>
        <translation>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>Chunk %1 is missing from the repository.</translation>
    </message>
    <message>
        <source>There is no restore point %1 in %2.</source>
        <translation>There is no restore point %1 in %2.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its authentication failed.</source>
        <translation>The restore point %1 is damaged: its authentication failed.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its description cannot be read.</source>
        <translation>The restore point %1 is damaged: its description cannot be read.</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 has no part %2.</source>
        <translation>The chunk list of disk %1 has no part %2.</translation>
    </message>
    <message>
        <source>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</source>
        <translation>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::RepositoryLock</name>
    <message>
        <source>%1 lock held by process %2 on %3 until %4</source>
        <translation>%1 lock held by process %2 on %3 until %4</translation>
    </message>
    <message>
        <source>an exclusive</source>
        <translation>an exclusive</translation>
    </message>
    <message>
        <source>a shared</source>
        <translation>a shared</translation>
    </message>
    <message>
        <source>The repository %1 is busy: %2. Try again when that operation has finished.</source>
        <translation>The repository %1 is busy: %2. Try again when that operation has finished.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::FileRestore</name>
    <message>
        <source>Restoring %1 from the restore point of %2 to %3.</source>
        <translation>Restoring %1 from the restore point of %2 to %3.</translation>
    </message>
    <message>
        <source>Restored beside the existing one: %1</source>
        <translation>Restored beside the existing one: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>Not restored: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>Restored %n file</numerusform>
            <numerusform>Restored %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n folder</numerusform>
            <numerusform>%n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::ItemRestore</name>
    <message>
        <source>The restore point %1 has no item %2.</source>
        <translation>The restore point %1 has no item %2.</translation>
    </message>
    <message>
        <source>Restoring the %1 database %2 from the restore point of %3 to %4.</source>
        <translation>Restoring the %1 database %2 from the restore point of %3 to %4.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a database name (quotes, backslashes or control characters).</source>
        <translation>%1 cannot be used as a database name (quotes, backslashes or control characters).</translation>
    </message>
    <message>
        <source>The environment for the database commands may only hold NAME=value assignments.</source>
        <translation>The environment for the database commands may only hold NAME=value assignments.</translation>
    </message>
    <message>
        <source>Restoring the database %1 failed (exit %2): %3</source>
        <translation>Restoring the database %1 failed (exit %2): %3</translation>
    </message>
    <message>
        <source>Restored the %1 database %2 as %3.</source>
        <translation>Restored the %1 database %2 as %3.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 exists already; choose another file.</translation>
    </message>
    <message>
        <source>Saved the %1 dump of %2 as %3.</source>
        <translation>Saved the %1 dump of %2 as %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreAudit</name>
    <message>
        <source>The catalog could not record the restore in the audit: %1</source>
        <translation>The catalog could not record the restore in the audit: %1</translation>
    </message>
    <message>
        <source>The catalog could not read the restore audit: %1</source>
        <translation>The catalog could not read the restore audit: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreSession</name>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>There is no restore point %1 that %2 may restore.</translation>
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
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>There is no restore point %1 that %2 may restore.</translation>
    </message>
    <message>
        <source>keeping the original VM</source>
        <translation>keeping the original VM</translation>
    </message>
    <message>
        <source>overwriting the VM</source>
        <translation>overwriting the VM</translation>
    </message>
    <message>
        <source>The restore point was made on %1, not on %2: restore it through that endpoint.</source>
        <translation>The restore point was made on %1, not on %2: restore it through that endpoint.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Cannot connect to %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>Cannot sign in to %1 as %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>Cannot read the inventory of %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</source>
        <translation>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is created again.</source>
        <translation>%1 no longer exists; it is created again.</translation>
    </message>
    <message>
        <source>Cannot read the snapshots of %1: %2</source>
        <translation>Cannot read the snapshots of %1: %2</translation>
    </message>
    <message>
        <source>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</source>
        <translation>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</translation>
    </message>
    <message>
        <source>Cannot read the disks of %1: %2</source>
        <translation>Cannot read the disks of %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</source>
        <translation>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</translation>
    </message>
    <message>
        <source>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</source>
        <translation>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</translation>
    </message>
    <message>
        <source>The disk %1 cannot be written through the datastore API.</source>
        <translation>The disk %1 cannot be written through the datastore API.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</source>
        <translation>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</translation>
    </message>
    <message>
        <source>The CPU and memory settings were not restored: %1</source>
        <translation>The CPU and memory settings were not restored: %1</translation>
    </message>
    <message>
        <source>Powering off %1.</source>
        <translation>Powering off %1.</translation>
    </message>
    <message>
        <source>Cannot power off %1: %2</source>
        <translation>Cannot power off %1: %2</translation>
    </message>
    <message>
        <source>The restore point does not say on which datastore %1 was.</source>
        <translation>The restore point does not say on which datastore %1 was.</translation>
    </message>
    <message>
        <source>A VM named %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>A VM named %1 exists already. Remove it, or give the restored VM another name.</translation>
    </message>
    <message>
        <source>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2</source>
        <translation>Writing the disks of %1 failed: %2</translation>
    </message>
    <message>
        <source>the original location is unknown</source>
        <translation>the original location is unknown</translation>
    </message>
    <message>
        <source>The restore point does not record the folder and resource pool of %1.</source>
        <translation>The restore point does not record the folder and resource pool of %1.</translation>
    </message>
    <message>
        <source>the server did not name the new VM</source>
        <translation>the server did not name the new VM</translation>
    </message>
    <message>
        <source>Creating the VM %1 failed: %2</source>
        <translation>Creating the VM %1 failed: %2</translation>
    </message>
    <message>
        <source>Created the VM %1 (%2).</source>
        <translation>Created the VM %1 (%2).</translation>
    </message>
    <message>
        <source>Removing %1 (%2).</source>
        <translation>Removing %1 (%2).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>Restored %1.</translation>
    </message>
    <message>
        <source>Powering on the restored VM.</source>
        <translation>Powering on the restored VM.</translation>
    </message>
    <message>
        <source>The restored VM did not power on: %1</source>
        <translation>The restored VM did not power on: %1</translation>
    </message>
    <message>
        <source>Writing the disk %1 (%2) to %3.</source>
        <translation>Writing the disk %1 (%2) to %3.</translation>
    </message>
    <message>
        <source>Restoring %1 from the restore point of %2 (%3 old): %4.</source>
        <translation>Restoring %1 from the restore point of %2 (%3 old): %4.</translation>
    </message>
    <message>
        <source>as a new VM in another place</source>
        <translation>as a new VM in another place</translation>
    </message>
    <message>
        <source>Only an administrator may restore a VM to a new location.</source>
        <translation>Only an administrator may restore a VM to a new location.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of %3.</source>
        <translation>%1 is not a %2 of %3.</translation>
    </message>
    <message>
        <source>Restoring to a new location.</source>
        <translation>Restoring to a new location.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 exists: %2</source>
        <translation>Cannot tell whether %1 exists: %2</translation>
    </message>
    <message>
        <source>The restore point lacks data of the disk %1 (run repo verify).</source>
        <translation>The restore point lacks data of the disk %1 (run repo verify).</translation>
    </message>
    <message>
        <source>The disk file %1 cannot be overwritten through the datastore API: %2</source>
        <translation>The disk file %1 cannot be overwritten through the datastore API: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>Several vApps are named %1; give its moref instead.</source>
        <translation>Several vApps are named %1; give its moref instead.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>There is no vApp %1.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: %2</source>
        <translation>The vApp %1 is not restored: %2</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</source>
        <translation>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point that you may restore.</source>
        <translation>No VM of the vApp %1 has a restore point that you may restore.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ssh::SshSession</name>
    <message>
        <source>Cannot find the SSH server %1: %2</source>
        <translation>Cannot find the SSH server %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the SSH server %1 port %2: %3</source>
        <translation>Cannot connect to the SSH server %1 port %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>Cannot read the host key of %1.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</source>
        <translation>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</source>
        <translation>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3</source>
        <translation>Cannot log in to the SSH server %1 as %2: %3</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (wrong passphrase or unsupported format?)</source>
        <translation>the key file %1 cannot be read (wrong passphrase or unsupported format?)</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>the server refused the key %1</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>the server refused the password</translation>
    </message>
    <message>
        <source>no password or key was given</source>
        <translation>no password or key was given</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3.</source>
        <translation>Cannot log in to the SSH server %1 as %2: %3.</translation>
    </message>
    <message>
        <source>Cannot initialise libssh2 (error %1).</source>
        <translation>Cannot initialise libssh2 (error %1).</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>Cannot create an SSH session.</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>SSH handshake with %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 refused to run a command: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran: %2</source>
        <translation>The connection to %1 broke while the command ran: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while the command ran.</source>
        <translation>%1 sent nothing for %2 s while the command ran.</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(ended by signal %1)</translation>
    </message>
    <message>
        <source>%1 stopped answering while the command ran.</source>
        <translation>%1 stopped answering while the command ran.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::Caller</name>
    <message>
        <source>%1 is outside the scope of %2.</source>
        <translation>%1 is outside the scope of %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::TenantStore</name>
    <message>
        <source>The catalog could not read or write the accounts: %1</source>
        <translation>The catalog could not read or write the accounts: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>There is no account %1.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</source>
        <translation>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</translation>
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
        <translation>Success</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>The dashboard could not be loaded: %1</translation>
    </message>
    <message>
        <source>Sign in to see your backups.</source>
        <translation>Sign in to see your backups.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some backups could not be read: %1</source>
        <translation>Some backups could not be read: %1</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>No quota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% used</translation>
    </message>
    <message>
        <source>%1% used, less than 10% free</source>
        <translation>%1% used, less than 10% free</translation>
    </message>
    <message>
        <source>Quota full: new backups will be refused</source>
        <translation>Quota full: new backups will be refused</translation>
    </message>
    <message>
        <source>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</source>
        <translation>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 24 hours.</source>
        <translation>No backup job ran in the last 24 hours.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 7 days.</source>
        <translation>No backup job ran in the last 7 days.</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 with warnings, %4 failed, %5</source>
        <translation>%1: %2 successful, %3 with warnings, %4 failed, %5</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>no backup</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>Protected VMs</translation>
    </message>
    <message>
        <source>Unprotected VMs</source>
        <translation>Unprotected VMs</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Restore points</translation>
    </message>
    <message>
        <source>Backup size (after deduplication and compression)</source>
        <translation>Backup size (after deduplication and compression)</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Quota used</translation>
    </message>
    <message>
        <source>Longest job (7 days)</source>
        <translation>Longest job (7 days)</translation>
    </message>
    <message>
        <source>Average speed (7 days)</source>
        <translation>Average speed (7 days)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Successful</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>Job results</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Last 7 days</translation>
    </message>
    <message>
        <source>Period of the job results</source>
        <translation>Period of the job results</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation>Results per day</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>Job runs</translation>
    </message>
    <message>
        <source>Throughput per day</source>
        <translation>Throughput per day</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Throughput</translation>
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
            <numerusform>%n file found.</numerusform>
            <numerusform>%n files found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select files or folders first, in the search results or a browsed restore point.</source>
        <translation>Select files or folders first, in the search results or a browsed restore point.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the restore list.</source>
        <translation>
            <numerusform>%n item added to the restore list.</numerusform>
            <numerusform>%n items added to the restore list.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the restored files as</source>
        <translation>Save the restored files as</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>Restore into folder</source>
        <translation>Restore into folder</translation>
    </message>
    <message>
        <source>The restore list is empty: add files from the search results or a browsed restore point first.</source>
        <translation>The restore list is empty: add files from the search results or a browsed restore point first.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Choose the .zip file to create.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Choose the folder to restore into.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n item(s)...</source>
        <translation>
            <numerusform>Restoring %n item...</numerusform>
            <numerusform>Restoring %n items...</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>The restore points could not be read: %1</translation>
    </message>
    <message>
        <source>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</source>
        <translation>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>The search failed: %1</translation>
    </message>
    <message>
        <source>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</source>
        <translation>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</translation>
    </message>
    <message>
        <source>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</source>
        <translation>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found. Select them and press Add to restore list (or Enter).</source>
        <translation>
            <numerusform>%n file found. Select it and press Add to restore list (or Enter).</numerusform>
            <numerusform>%n files found. Select them and press Add to restore list (or Enter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a restore point to see its volumes and folders.</source>
        <translation>Choose a restore point to see its volumes and folders.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>Could not read: %1</translation>
    </message>
    <message>
        <source>Reading the restore point...</source>
        <translation>Reading the restore point...</translation>
    </message>
    <message>
        <source>Expand a volume or a folder to read it; select entries and press Add to restore list.</source>
        <translation>Expand a volume or a folder to read it; select entries and press Add to restore list.</translation>
    </message>
    <message>
        <source>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</source>
        <translation>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</source>
        <translation>
            <numerusform>%n item from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</numerusform>
            <numerusform>%n items from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to restore.</source>
        <translation>
            <numerusform>%n item to restore.</numerusform>
            <numerusform>%n items to restore.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring... The restore runs in the engine; you can keep working.</source>
        <translation>Restoring... The restore runs in the engine; you can keep working.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>The restore did not start: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Restore session %1: %2. %3</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>Guest files</translation>
    </message>
    <message>
        <source>&amp;Find files:</source>
        <translation>&amp;Find files:</translation>
    </message>
    <message>
        <source>Name or pattern, e.g. report or *.conf</source>
        <translation>Name or pattern, e.g. report or *.conf</translation>
    </message>
    <message>
        <source>File name or pattern</source>
        <translation>File name or pattern</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search guest files</source>
        <translation>Search guest files</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only files of this VM</source>
        <translation>Only files of this VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>All VMs</translation>
    </message>
    <message>
        <source>&amp;Restore point:</source>
        <translation>&amp;Restore point:</translation>
    </message>
    <message>
        <source>Only files of this restore point</source>
        <translation>Only files of this restore point</translation>
    </message>
    <message>
        <source>All restore points</source>
        <translation>All restore points</translation>
    </message>
    <message>
        <source>Si&amp;ze from:</source>
        <translation>Si&amp;ze from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Smallest size in KiB</source>
        <translation>Smallest size in KiB</translation>
    </message>
    <message>
        <source>Largest size in KiB</source>
        <translation>Largest size in KiB</translation>
    </message>
    <message>
        <source>Modified &amp;after</source>
        <translation>Modified &amp;after</translation>
    </message>
    <message>
        <source>Only files modified on or after a date</source>
        <translation>Only files modified on or after a date</translation>
    </message>
    <message>
        <source>Modified on or after</source>
        <translation>Modified on or after</translation>
    </message>
    <message>
        <source>&amp;before</source>
        <translation>&amp;before</translation>
    </message>
    <message>
        <source>Only files modified on or before a date</source>
        <translation>Only files modified on or before a date</translation>
    </message>
    <message>
        <source>Modified on or before</source>
        <translation>Modified on or before</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>Search &amp;results</translation>
    </message>
    <message>
        <source>&amp;Browse a restore point</source>
        <translation>&amp;Browse a restore point</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>Restore &amp;point:</translation>
    </message>
    <message>
        <source>Restore point to browse</source>
        <translation>Restore point to browse</translation>
    </message>
    <message>
        <source>Choose a restore point</source>
        <translation>Choose a restore point</translation>
    </message>
    <message>
        <source>Volumes and folders of the restore point</source>
        <translation>Volumes and folders of the restore point</translation>
    </message>
    <message>
        <source>&amp;Add to restore list</source>
        <translation>&amp;Add to restore list</translation>
    </message>
    <message>
        <source>Add the selected files to the restore list</source>
        <translation>Add the selected files to the restore list</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>Restore list</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected files from the restore list</source>
        <translation>Remove the selected files from the restore list</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>C&amp;lear list</translation>
    </message>
    <message>
        <source>Remove every file from the restore list</source>
        <translation>Remove every file from the restore list</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Restore to:</translation>
    </message>
    <message>
        <source>a &amp;folder</source>
        <translation>a &amp;folder</translation>
    </message>
    <message>
        <source>Restore into a local folder</source>
        <translation>Restore into a local folder</translation>
    </message>
    <message>
        <source>a .&amp;zip file</source>
        <translation>a .&amp;zip file</translation>
    </message>
    <message>
        <source>Download as a .zip file</source>
        <translation>Download as a .zip file</translation>
    </message>
    <message>
        <source>Folder or .zip file on this computer</source>
        <translation>Folder or .zip file on this computer</translation>
    </message>
    <message>
        <source>Restore target</source>
        <translation>Restore target</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Choose the restore target</source>
        <translation>Choose the restore target</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>&amp;Overwrite existing files</translation>
    </message>
    <message>
        <source>Overwrite files that exist in the target folder</source>
        <translation>Overwrite files that exist in the target folder</translation>
    </message>
    <message>
        <source>Without it, files that exist in the folder are kept and reported.</source>
        <translation>Without it, files that exist in the folder are kept and reported.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Restore the files in the restore list</source>
        <translation>Restore the files in the restore list</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restore running</translation>
    </message>
    <message numerus="yes">
        <source>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</source>
        <translation>
            <numerusform>The restore list holds files of %n VM (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</numerusform>
            <numerusform>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore to the original location in the &amp;guest...</source>
        <translation>Restore to the original location in the &amp;guest...</translation>
    </message>
    <message>
        <source>Restore the files into the running guest of their VM</source>
        <translation>Restore the files into the running guest of their VM</translation>
    </message>
    <message>
        <source>Over SSH, for files of one VM at a time.</source>
        <translation>Over SSH, for files of one VM at a time.</translation>
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
            <numerusform>Restore point %1; this version is in %n restore point.</numerusform>
            <numerusform>Restore point %1; this version is in %n restore points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Restore point %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Restore point</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestRestoreDialog</name>
    <message>
        <source>Enter the guest&apos;s address (host name or IP address, optionally with :port).</source>
        <translation>Enter the guest&apos;s address (host name or IP address, optionally with :port).</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Enter the account to sign in to the guest with.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its private key file.</source>
        <translation>Enter the account&apos;s password or choose its private key file.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Nothing was restored: %1</translation>
    </message>
    <message>
        <source>The restore failed (restore session %1): %2</source>
        <translation>The restore failed (restore session %1): %2</translation>
    </message>
    <message>
        <source>Unknown guest</source>
        <translation>Unknown guest</translation>
    </message>
    <message>
        <source>The guest %1 is not known yet.</source>
        <translation>The guest %1 is not known yet.</translation>
    </message>
    <message>
        <source>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</source>
        <translation>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</translation>
    </message>
    <message>
        <source>Accept and restore</source>
        <translation>Accept and restore</translation>
    </message>
    <message>
        <source>Nothing was restored: the guest&apos;s host key was not accepted.</source>
        <translation>Nothing was restored: the guest&apos;s host key was not accepted.</translation>
    </message>
    <message>
        <source>Private key for the guest</source>
        <translation>Private key for the guest</translation>
    </message>
    <message>
        <source>Restore into the guest</source>
        <translation>Restore into the guest</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</source>
        <translation>
            <numerusform>%n item of %1 goes back to its original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</numerusform>
            <numerusform>%n items of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest &amp;address:</source>
        <translation>Guest &amp;address:</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :port</source>
        <translation>Host name or IP address, optionally with :port</translation>
    </message>
    <message>
        <source>Guest address</source>
        <translation>Guest address</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>Guest account</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Not stored anywhere</source>
        <translation>Not stored anywhere</translation>
    </message>
    <message>
        <source>Password of the guest account</source>
        <translation>Password of the guest account</translation>
    </message>
    <message>
        <source>Private key fi&amp;le:</source>
        <translation>Private key fi&amp;le:</translation>
    </message>
    <message>
        <source>Instead of the password (optional)</source>
        <translation>Instead of the password (optional)</translation>
    </message>
    <message>
        <source>Private key file of the guest account</source>
        <translation>Private key file of the guest account</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <source>Guest roo&amp;t folder:</source>
        <translation>Guest roo&amp;t folder:</translation>
    </message>
    <message>
        <source>Folder where the guest&apos;s root is</source>
        <translation>Folder where the guest&apos;s root is</translation>
    </message>
    <message>
        <source>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</source>
        <translation>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>Existing files:</translation>
    </message>
    <message>
        <source>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</source>
        <translation>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</translation>
    </message>
    <message>
        <source>Keep existing files in the guest</source>
        <translation>Keep existing files in the guest</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the restored files</source>
        <translation>&amp;Overwrite them with the restored files</translation>
    </message>
    <message>
        <source>Overwrite existing files in the guest</source>
        <translation>Overwrite existing files in the guest</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restore running</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restore the files into the guest</source>
        <translation>Restore the files into the guest</translation>
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
        <translation>Size</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modified</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemModel</name>
    <message>
        <source>Restore point %1</source>
        <translation>Restore point %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Restore point</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemsPage</name>
    <message>
        <source>There is no database item to restore.</source>
        <translation>There is no database item to restore.</translation>
    </message>
    <message>
        <source>Select the database to restore first.</source>
        <translation>Select the database to restore first.</translation>
    </message>
    <message>
        <source>Choose the file to save the dump in.</source>
        <translation>Choose the file to save the dump in.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Enter the database server&apos;s SSH address and user.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Choose a key file or enter the SSH password.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</source>
        <translation>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>Restoring %1...</translation>
    </message>
    <message>
        <source>Save the database dump as</source>
        <translation>Save the database dump as</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>SSH private key</translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>The restore points could not be read: %1</translation>
    </message>
    <message>
        <source>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</source>
        <translation>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</translation>
    </message>
    <message>
        <source>Select a database, then download its dump or restore it into a server.</source>
        <translation>Select a database, then download its dump or restore it into a server.</translation>
    </message>
    <message>
        <source>Restoring %1... The restore runs in the engine; you can keep working.</source>
        <translation>Restoring %1... The restore runs in the engine; you can keep working.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>The restore did not start: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Restore session %1: %2. %3</translation>
    </message>
    <message>
        <source>Database items</source>
        <translation>Database items</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only items of this VM</source>
        <translation>Only items of this VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>All VMs</translation>
    </message>
    <message>
        <source>Restore the selected database</source>
        <translation>Restore the selected database</translation>
    </message>
    <message>
        <source>&amp;Download the dump to a file:</source>
        <translation>&amp;Download the dump to a file:</translation>
    </message>
    <message>
        <source>Download the dump to a file</source>
        <translation>Download the dump to a file</translation>
    </message>
    <message>
        <source>A new file on this computer</source>
        <translation>A new file on this computer</translation>
    </message>
    <message>
        <source>Dump file</source>
        <translation>Dump file</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>C&amp;hoose...</translation>
    </message>
    <message>
        <source>Choose the dump file</source>
        <translation>Choose the dump file</translation>
    </message>
    <message>
        <source>Restore into a database &amp;server over SSH</source>
        <translation>Restore into a database &amp;server over SSH</translation>
    </message>
    <message>
        <source>Restore into a database server over SSH</source>
        <translation>Restore into a database server over SSH</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Host name or address</translation>
    </message>
    <message>
        <source>Database server&apos;s SSH host</source>
        <translation>Database server&apos;s SSH host</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH port</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>SSH user:</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH user</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Private key:</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>SSH private key file</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Choose the SSH private key file</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Only without a key</source>
        <translation>Only without a key</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH password</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Host key:</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint</source>
        <translation>The server&apos;s host key fingerprint</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>e.g. PGPORT=5433 (optional)</source>
        <translation>e.g. PGPORT=5433 (optional)</translation>
    </message>
    <message>
        <source>Environment for the database commands</source>
        <translation>Environment for the database commands</translation>
    </message>
    <message>
        <source>&amp;Keep the original, restore as:</source>
        <translation>&amp;Keep the original, restore as:</translation>
    </message>
    <message>
        <source>Restore beside the original under a new name</source>
        <translation>Restore beside the original under a new name</translation>
    </message>
    <message>
        <source>&lt;database&gt;_restored</source>
        <translation>&lt;database&gt;_restored</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>New database name</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original</source>
        <translation>&amp;Overwrite the original</translation>
    </message>
    <message>
        <source>Replace the original database</source>
        <translation>Replace the original database</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;tore</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restore running</translation>
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
        <translation>Folder</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Resource pool</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Datacenter</translation>
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
        <translation>Reading the inventory…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Path</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you may back up.</source>
        <translation>
            <numerusform>%n object you may back up.</numerusform>
            <numerusform>%n objects you may back up.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in your inventory, left out: %1</source>
        <translation>No longer in your inventory, left out: %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Exclude the VM %1</source>
        <translation>Exclude the VM %1</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>Disk %1 (%2)</translation>
    </message>
    <message>
        <source>Exclude disk %1 of %2</source>
        <translation>Exclude disk %1 of %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Description: %1</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>Back up: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>Leave out: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repository: %1</translation>
    </message>
    <message>
        <source>the repository of your account</source>
        <translation>the repository of your account</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n restore point(s) per VM</source>
        <translation>
            <numerusform>Keep %n restore point per VM</numerusform>
            <numerusform>Keep %n restore points per VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed-block tracking: on</source>
        <translation>Changed-block tracking: on</translation>
    </message>
    <message>
        <source>Changed-block tracking: off</source>
        <translation>Changed-block tracking: off</translation>
    </message>
    <message>
        <source>Quiesced snapshots</source>
        <translation>Quiesced snapshots</translation>
    </message>
    <message>
        <source>Guest files indexed for search</source>
        <translation>Guest files indexed for search</translation>
    </message>
    <message>
        <source>Guest processing as %1 (%2)</source>
        <translation>Guest processing as %1 (%2)</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>password in the system keychain</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>key %1</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Database items: %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Schedule: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed VMs %n time(s), %1 s apart</source>
        <translation>
            <numerusform>Retry failed VMs %n time, %1 s apart</numerusform>
            <numerusform>Retry failed VMs %n times, %1 s apart</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to %1 (%2)</source>
        <translation>Report to %1 (%2)</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>Edit job %1</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>New backup job</translation>
    </message>
    <message>
        <source>How the job is listed and what it is for.</source>
        <translation>How the job is listed and what it is for.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <source>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</source>
        <translation>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>Where the restore points go and how many are kept.</source>
        <translation>Where the restore points go and how many are kept.</translation>
    </message>
    <message>
        <source>Guest processing</source>
        <translation>Guest processing</translation>
    </message>
    <message>
        <source>Scripts around the snapshot over SSH, database items and file indexing.</source>
        <translation>Scripts around the snapshot over SSH, database items and file indexing.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>When the job runs by itself, and how failed VMs are retried.</source>
        <translation>When the job runs by itself, and how failed VMs are retried.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Who gets a report by e-mail when a run ends.</source>
        <translation>Who gets a report by e-mail when a run ends.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Finish saves the job.</source>
        <translation>Finish saves the job.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Job name</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Job description</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Search the inventory</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>Read &amp;again</translation>
    </message>
    <message>
        <source>Read the inventory from the server again</source>
        <translation>Read the inventory from the server again</translation>
    </message>
    <message>
        <source>VMs and containers to back up</source>
        <translation>VMs and containers to back up</translation>
    </message>
    <message>
        <source>&amp;Leave out VMs or disks of what is ticked above:</source>
        <translation>&amp;Leave out VMs or disks of what is ticked above:</translation>
    </message>
    <message>
        <source>VMs and disks to leave out</source>
        <translation>VMs and disks to leave out</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository folder</translation>
    </message>
    <message>
        <source>empty: the repository of your account</source>
        <translation>empty: the repository of your account</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Choose the repository folder</translation>
    </message>
    <message>
        <source>&amp;Keep restore points:</source>
        <translation>&amp;Keep restore points:</translation>
    </message>
    <message>
        <source>Restore points to keep per VM</source>
        <translation>Restore points to keep per VM</translation>
    </message>
    <message>
        <source>Use &amp;changed-block tracking</source>
        <translation>Use &amp;changed-block tracking</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest for the snapshot (VMware Tools)</source>
        <translation>&amp;Quiesce the guest for the snapshot (VMware Tools)</translation>
    </message>
    <message>
        <source>&amp;Index guest files for search</source>
        <translation>&amp;Index guest files for search</translation>
    </message>
    <message>
        <source>&amp;Guest processing (Linux guests over SSH)</source>
        <translation>&amp;Guest processing (Linux guests over SSH)</translation>
    </message>
    <message>
        <source>Guest &amp;user:</source>
        <translation>Guest &amp;user:</translation>
    </message>
    <message>
        <source>Guest user</source>
        <translation>Guest user</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Private &amp;key file:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Private key file</translation>
    </message>
    <message>
        <source>empty: sign in with a password</source>
        <translation>empty: sign in with a password</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Choose the private key file</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Guest password</source>
        <translation>Guest password</translation>
    </message>
    <message>
        <source>unchanged; kept in the system keychain</source>
        <translation>unchanged; kept in the system keychain</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>kept in the system keychain</translation>
    </message>
    <message>
        <source>Pre-&amp;freeze script:</source>
        <translation>Pre-&amp;freeze script:</translation>
    </message>
    <message>
        <source>Pre-freeze script</source>
        <translation>Pre-freeze script</translation>
    </message>
    <message>
        <source>Post-&amp;thaw script:</source>
        <translation>Post-&amp;thaw script:</translation>
    </message>
    <message>
        <source>Post-thaw script</source>
        <translation>Post-thaw script</translation>
    </message>
    <message>
        <source>A failing script only &amp;warns (the VM is still backed up)</source>
        <translation>A failing script only &amp;warns (the VM is still backed up)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL databases</source>
        <translation>Postgre&amp;SQL databases</translation>
    </message>
    <message>
        <source>&amp;MariaDB databases</source>
        <translation>&amp;MariaDB databases</translation>
    </message>
    <message>
        <source>Database &amp;environment:</source>
        <translation>Database &amp;environment:</translation>
    </message>
    <message>
        <source>Database environment</source>
        <translation>Database environment</translation>
    </message>
    <message>
        <source>PGHOST=… MYSQL_UNIX_PORT=…</source>
        <translation>PGHOST=… MYSQL_UNIX_PORT=…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Run:</translation>
    </message>
    <message>
        <source>When the job runs</source>
        <translation>When the job runs</translation>
    </message>
    <message>
        <source>Only when started</source>
        <translation>Only when started</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Every N hours</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>After another job</translation>
    </message>
    <message>
        <source>At &amp;times:</source>
        <translation>At &amp;times:</translation>
    </message>
    <message>
        <source>Times of day, separated by commas</source>
        <translation>Times of day, separated by commas</translation>
    </message>
    <message>
        <source>22:00, 03:30</source>
        <translation>22:00, 03:30</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>On &amp;days:</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Day of the &amp;month:</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Day of the month</translation>
    </message>
    <message>
        <source>Every &amp;hours:</source>
        <translation>Every &amp;hours:</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Hours between runs</translation>
    </message>
    <message>
        <source>After the &amp;job:</source>
        <translation>After the &amp;job:</translation>
    </message>
    <message>
        <source>The job this one runs after</source>
        <translation>The job this one runs after</translation>
    </message>
    <message>
        <source>Retr&amp;ies of failed VMs:</source>
        <translation>Retr&amp;ies of failed VMs:</translation>
    </message>
    <message>
        <source>Retries of failed VMs</source>
        <translation>Retries of failed VMs</translation>
    </message>
    <message>
        <source>&amp;Wait between retries:</source>
        <translation>&amp;Wait between retries:</translation>
    </message>
    <message>
        <source>Seconds between retries</source>
        <translation>Seconds between retries</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E-mail &amp;addresses:</source>
        <translation>E-mail &amp;addresses:</translation>
    </message>
    <message>
        <source>E-mail addresses for reports</source>
        <translation>E-mail addresses for reports</translation>
    </message>
    <message>
        <source>ops@example.com, backup@example.com</source>
        <translation>ops@example.com, backup@example.com</translation>
    </message>
    <message>
        <source>&amp;Send a report:</source>
        <translation>&amp;Send a report:</translation>
    </message>
    <message>
        <source>When a report is sent</source>
        <translation>When a report is sent</translation>
    </message>
    <message>
        <source>When a run fails</source>
        <translation>When a run fails</translation>
    </message>
    <message>
        <source>When a run warns or fails</source>
        <translation>When a run warns or fails</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>After every run</translation>
    </message>
    <message>
        <source>Summary of the job</source>
        <translation>Summary of the job</translation>
    </message>
    <message>
        <source>Why the job was not saved</source>
        <translation>Why the job was not saved</translation>
    </message>
    <message>
        <source>Scheduled and retried runs sign in with my password (kept in the system keychain)</source>
        <translation>Scheduled and retried runs sign in with my password (kept in the system keychain)</translation>
    </message>
    <message>
        <source>Keep my password for scheduled runs</source>
        <translation>Keep my password for scheduled runs</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Success</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
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
        <translation>Running %1% (%2)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Idle</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Never run</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
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
        <translation>Last result</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Last run</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Next run</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objects</translation>
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
        <translation>Job finished: %1</translation>
    </message>
    <message>
        <source>Job finished: %1 — %2</source>
        <translation>Job finished: %1 — %2</translation>
    </message>
    <message>
        <source>Job started.</source>
        <translation>Job started.</translation>
    </message>
    <message>
        <source>Stopping the job; its snapshots are removed first.</source>
        <translation>Stopping the job; its snapshots are removed first.</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Search jobs</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Start the selected job</source>
        <translation>Start the selected job</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Stop the selected job</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Sessions of the selected job</source>
        <translation>Sessions of the selected job</translation>
    </message>
    <message>
        <source>Log of the selected session</source>
        <translation>Log of the selected session</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Session log</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progress of the running job</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>Ena&amp;ble</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Disa&amp;ble</translation>
    </message>
    <message>
        <source>Enable the selected job</source>
        <translation>Enable the selected job</translation>
    </message>
    <message>
        <source>Disable the selected job</source>
        <translation>Disable the selected job</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Job %1 saved.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Job %1 enabled.</translation>
    </message>
    <message>
        <source>Job %1 disabled.</source>
        <translation>Job %1 disabled.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Delete job</translation>
    </message>
    <message>
        <source>Delete the job %1?</source>
        <translation>Delete the job %1?</translation>
    </message>
    <message>
        <source>Its sessions and restore points stay; it no longer runs. This cannot be undone.</source>
        <translation>Its sessions and restore points stay; it no longer runs. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Job %1 deleted.</translation>
    </message>
    <message>
        <source>Retrying the VMs that failed.</source>
        <translation>Retrying the VMs that failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Session %1 written to %2.</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Export sessions</translation>
    </message>
    <message>
        <source>The &amp;selected session</source>
        <translation>The &amp;selected session</translation>
    </message>
    <message>
        <source>All sessions of your jobs &amp;between:</source>
        <translation>All sessions of your jobs &amp;between:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (spreadsheets)</translation>
    </message>
    <message>
        <source>HTML (a report to read)</source>
        <translation>HTML (a report to read)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>File format</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML files (*.html)</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;New job…</translation>
    </message>
    <message>
        <source>Create a backup job</source>
        <translation>Create a backup job</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected job</source>
        <translation>Edit the selected job</translation>
    </message>
    <message>
        <source>Delete the selected job</source>
        <translation>Delete the selected job</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>Retr&amp;y</translation>
    </message>
    <message>
        <source>Run the selected job again for the VMs that failed</source>
        <translation>Run the selected job again for the VMs that failed</translation>
    </message>
    <message>
        <source>E&amp;xport sessions…</source>
        <translation>E&amp;xport sessions…</translation>
    </message>
    <message>
        <source>There are no backup jobs for your account yet. Create one with New job…</source>
        <translation>There are no backup jobs for your account yet. Create one with New job…</translation>
    </message>
    <message>
        <source>PDF (a report to print or archive)</source>
        <translation>PDF (a report to print or archive)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Export sessions as CSV, HTML or PDF</source>
        <translation>Export sessions as CSV, HTML or PDF</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::KioskPolicy</name>
    <message>
        <source>The kiosk policy %1 is not valid: %2</source>
        <translation>The kiosk policy %1 is not valid: %2</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot; must be true or false.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; must be a list of tab names.</source>
        <translation>&quot;tabs&quot; must be a list of tab names.</translation>
    </message>
    <message>
        <source>unknown tab &quot;%1&quot;; the tabs are %2.</source>
        <translation>unknown tab &quot;%1&quot;; the tabs are %2.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; names no tab.</source>
        <translation>&quot;tabs&quot; names no tab.</translation>
    </message>
    <message>
        <source>&quot;idle_minutes&quot; must be a number of minutes above 0.</source>
        <translation>&quot;idle_minutes&quot; must be a number of minutes above 0.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::LogViewer</name>
    <message>
        <source>Log — %1</source>
        <translation>Log — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filter the log</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>The log %1 cannot be read: %2</translation>
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
        <source>You were not signed in automatically: %1</source>
        <translation>You were not signed in automatically: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
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
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Items</translation>
    </message>
    <message>
        <source>%1 (administrator) on %2</source>
        <translation>%1 (administrator) on %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>Signed out after %1 idle minutes.</source>
        <translation>Signed out after %1 idle minutes.</translation>
    </message>
    <message>
        <source>This kiosk cannot be closed here: its policy sets no administrator password.</source>
        <translation>This kiosk cannot be closed here: its policy sets no administrator password.</translation>
    </message>
    <message>
        <source>Close Lifeboat</source>
        <translation>Close Lifeboat</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Administrator password:</translation>
    </message>
    <message>
        <source>Wrong administrator password; Lifeboat stays open.</source>
        <translation>Wrong administrator password; Lifeboat stays open.</translation>
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
        <translation>Show &amp;log</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Offline: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
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
    <name>lifeboat::ui::PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreVmWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>Restore %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Disks</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Restore points of %1</source>
        <translation>Restore points of %1</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Restore point</translation>
    </message>
    <message>
        <source>Choose the state of %1 to restore; the newest is selected.</source>
        <translation>Choose the state of %1 to restore; the newest is selected.</translation>
    </message>
    <message>
        <source>Restore mode</source>
        <translation>Restore mode</translation>
    </message>
    <message>
        <source>&amp;Keep the original: restore as a new VM next to it</source>
        <translation>&amp;Keep the original: restore as a new VM next to it</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original VM</source>
        <translation>&amp;Overwrite the original VM</translation>
    </message>
    <message>
        <source>Name of the restored VM</source>
        <translation>Name of the restored VM</translation>
    </message>
    <message>
        <source>&amp;Power on the VM after the restore</source>
        <translation>&amp;Power on the VM after the restore</translation>
    </message>
    <message>
        <source>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</source>
        <translation>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>%1 will be powered off and overwritten with its state of %2.</source>
        <translation>%1 will be powered off and overwritten with its state of %2.</translation>
    </message>
    <message>
        <source>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</source>
        <translation>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</translation>
    </message>
    <message>
        <source>It is powered on afterwards.</source>
        <translation>It is powered on afterwards.</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <source>The disks are written there as image files, sparse where they are empty.</source>
        <translation>The disks are written there as image files, sparse where they are empty.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Extract</source>
        <translation>&amp;Extract</translation>
    </message>
    <message>
        <source>The disks of %1 as of %2 will be written into %3.</source>
        <translation>The disks of %1 as of %2 will be written into %3.</translation>
    </message>
    <message>
        <source>Restore the vApp %1</source>
        <translation>Restore the vApp %1</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Point in time</translation>
    </message>
    <message>
        <source>Members restored</source>
        <translation>Members restored</translation>
    </message>
    <message>
        <source>Newest restore point of each member</source>
        <translation>Newest restore point of each member</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Points in time of the vApp %1</source>
        <translation>Points in time of the vApp %1</translation>
    </message>
    <message>
        <source>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</source>
        <translation>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</translation>
    </message>
    <message>
        <source>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</source>
        <translation>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</translation>
    </message>
    <message>
        <source>&amp;Overwrite the member VMs</source>
        <translation>&amp;Overwrite the member VMs</translation>
    </message>
    <message>
        <source>&amp;Power on the VMs after the restore</source>
        <translation>&amp;Power on the VMs after the restore</translation>
    </message>
    <message>
        <source>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</source>
        <translation>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</translation>
    </message>
    <message>
        <source>%1 as of %2 → %3</source>
        <translation>%1 as of %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored, no restore point</source>
        <translation>%1: not restored, no restore point</translation>
    </message>
    <message>
        <source>The members of %1 will be powered off and overwritten:</source>
        <translation>The members of %1 will be powered off and overwritten:</translation>
    </message>
    <message>
        <source>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</source>
        <translation>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</translation>
    </message>
    <message>
        <source>They are powered on afterwards.</source>
        <translation>They are powered on afterwards.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Stored</translation>
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
        <translation>Mail server saved.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Test message sent.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Mail server for job reports (administrators)</source>
        <translation>Mail server for job reports (administrators)</translation>
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
        <translation>&amp;Security:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>&amp;User (optional):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>&amp;Trusted certificate:</translation>
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
        <translation>None (no encryption)</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>kept in the system keychain; empty: unchanged</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint, when the system does not trust the server</source>
        <translation>SHA-256 thumbprint, when the system does not trust the server</translation>
    </message>
    <message>
        <source>&amp;Save mail server</source>
        <translation>&amp;Save mail server</translation>
    </message>
    <message>
        <source>test address</source>
        <translation>test address</translation>
    </message>
    <message>
        <source>Address for a test message</source>
        <translation>Address for a test message</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Send &amp;test</translation>
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
        <translation>Enter the address of your vCenter server.</translation>
    </message>
    <message>
        <source>Enter your user name, e.g. DOMAIN\Username or user@domain.</source>
        <translation>Enter your user name, e.g. DOMAIN\Username or user@domain.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Unknown certificate</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>The certificate of %1 is not trusted by this computer.</translation>
    </message>
    <message>
        <source>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</source>
        <translation>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</translation>
    </message>
    <message>
        <source>Trust and sign in</source>
        <translation>Trust and sign in</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>Not signed in: the server&apos;s certificate was not trusted.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Back up and restore your virtual machines, guest files and databases.</source>
        <translation>Back up and restore your virtual machines, guest files and databases.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>vcenter.example.com</source>
        <translation>vcenter.example.com</translation>
    </message>
    <message>
        <source>DOMAIN\Username or user@domain</source>
        <translation>DOMAIN\Username or user@domain</translation>
    </message>
    <message>
        <source>&amp;Remain signed in</source>
        <translation>&amp;Remain signed in</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain until you sign out.</source>
        <translation>Keeps your password in the system keychain until you sign out.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Display language</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Sign-in error</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Repository folder</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Choose the repository folder to open.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>&amp;Connect to:</translation>
    </message>
    <message>
        <source>A vCenter server</source>
        <translation>A vCenter server</translation>
    </message>
    <message>
        <source>A repository folder, offline</source>
        <translation>A repository folder, offline</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Connect to</translation>
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
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Repository &amp;password:</source>
        <translation>Repository &amp;password:</translation>
    </message>
    <message>
        <source>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</source>
        <translation>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</translation>
    </message>
    <message>
        <source>Enter your user name as user@organization.</source>
        <translation>Enter your user name as user@organization.</translation>
    </message>
    <message>
        <source>VMware Cloud Director</source>
        <translation>VMware Cloud Director</translation>
    </message>
    <message>
        <source>user@organization</source>
        <translation>user@organization</translation>
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
        <translation>On</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Off</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspended</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protected</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Unprotected</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protection</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Restore points</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
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
        <translation>Folder</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Guest OS</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Disk size</translation>
    </message>
    <message numerus="yes">
        <source>vApp with %n VM(s)</source>
        <translation>
            <numerusform>vApp with %n VM</numerusform>
            <numerusform>vApp with %n VMs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%1 of %2 on</translation>
    </message>
    <message>
        <source>Partly protected (%1 of %2)</source>
        <translation>Partly protected (%1 of %2)</translation>
    </message>
    <message>
        <source>The newest time every member of the vApp has a restore point for</source>
        <translation>The newest time every member of the vApp has a restore point for</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsPage</name>
    <message>
        <source>Backing up %1 now.</source>
        <translation>Backing up %1 now.</translation>
    </message>
    <message>
        <source>%1 has no restore point yet; back it up first.</source>
        <translation>%1 has no restore point yet; back it up first.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restoring from %1…</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Restore session %1: %2. %3</translation>
    </message>
    <message>
        <source>Search VMs</source>
        <translation>Search VMs</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>R&amp;estore…</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>Progress of the restore</translation>
    </message>
    <message>
        <source>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</source>
        <translation>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</translation>
    </message>
    <message>
        <source>Extracting the disks of %1…</source>
        <translation>Extracting the disks of %1…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n disk(s): %1</source>
        <translation>
            <numerusform>Extracted %n disk: %1</numerusform>
            <numerusform>Extracted %n disks: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extract disks…</source>
        <translation>&amp;Extract disks…</translation>
    </message>
    <message>
        <source>Extract the disks of the selected VM</source>
        <translation>Extract the disks of the selected VM</translation>
    </message>
    <message>
        <source>Backing up the vApp %1 now through %2.</source>
        <translation>Backing up the vApp %1 now through %2.</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>Not started: %1.</translation>
    </message>
    <message>
        <source>No backup job protects %1; create one in the Jobs tab.</source>
        <translation>No backup job protects %1; create one in the Jobs tab.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point yet; back it up first.</source>
        <translation>No VM of the vApp %1 has a restore point yet; back it up first.</translation>
    </message>
    <message>
        <source>Restoring the vApp %1…</source>
        <translation>Restoring the vApp %1…</translation>
    </message>
    <message>
        <source>vApp %1 restored: %2 (sessions %3).</source>
        <translation>vApp %1 restored: %2 (sessions %3).</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1.</source>
        <translation>Not restored, no restore point: %1.</translation>
    </message>
    <message>
        <source>Back up the selected VM or vApp now</source>
        <translation>Back up the selected VM or vApp now</translation>
    </message>
    <message>
        <source>Restore the selected VM or vApp</source>
        <translation>Restore the selected VM or vApp</translation>
    </message>
    <message>
        <source>Virtual machines and vApps</source>
        <translation>Virtual machines and vApps</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcdClient</name>
    <message>
        <source>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</source>
        <translation>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</translation>
    </message>
    <message>
        <source>no SupportedVersions</source>
        <translation>no SupportedVersions</translation>
    </message>
    <message>
        <source>The server&apos;s query reply is not readable: %1</source>
        <translation>The server&apos;s query reply is not readable: %1</translation>
    </message>
    <message>
        <source>%1 did not accept the session (HTTP 401).</source>
        <translation>%1 did not accept the session (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 does not let this account do that: %2</source>
        <translation>%1 does not let this account do that: %2</translation>
    </message>
    <message>
        <source>%1 refused API version %2: %3</source>
        <translation>%1 refused API version %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 answered HTTP %2: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>Cannot reach %1: it did not answer within %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>The secure connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>The request to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</source>
        <translation>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</source>
        <translation>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</source>
        <translation>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</translation>
    </message>
    <message>
        <source>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</source>
        <translation>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</translation>
    </message>
    <message>
        <source>The session with %1 ended and signing in again did not help.</source>
        <translation>The session with %1 ended and signing in again did not help.</translation>
    </message>
    <message>
        <source>The session with %1 ended, and signing in again failed: %2</source>
        <translation>The session with %1 ended, and signing in again failed: %2</translation>
    </message>
    <message>
        <source>Powering on %1</source>
        <translation>Powering on %1</translation>
    </message>
    <message>
        <source>Powering off %1</source>
        <translation>Powering off %1</translation>
    </message>
    <message>
        <source>Shutting down %1</source>
        <translation>Shutting down %1</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>Resetting %1</translation>
    </message>
    <message>
        <source>The server&apos;s task is not readable (%1).</source>
        <translation>The server&apos;s task is not readable (%1).</translation>
    </message>
    <message>
        <source>no Task document</source>
        <translation>no Task document</translation>
    </message>
    <message>
        <source>the task has no status</source>
        <translation>the task has no status</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 refused the request: %2</translation>
    </message>
    <message>
        <source>%1 was refused by %2: %3</source>
        <translation>%1 was refused by %2: %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 failed on %2: %3</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>the server gave no reason</translation>
    </message>
    <message>
        <source>%1 was canceled on %2.</source>
        <translation>%1 was canceled on %2.</translation>
    </message>
    <message>
        <source>%1 was aborted on %2.</source>
        <translation>%1 was aborted on %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s task has no address to follow.</source>
        <translation>%1: the server&apos;s task has no address to follow.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</source>
        <translation>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</translation>
    </message>
    <message>
        <source>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</source>
        <translation>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>this client</translation>
    </message>
    <message>
        <source>Importing %1 (%2) into the vApp %3</source>
        <translation>Importing %1 (%2) into the vApp %3</translation>
    </message>
    <message>
        <source>%1 finished the import, but the vApp %2 shows no VM named %3.</source>
        <translation>%1 finished the import, but the vApp %2 shows no VM named %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcenterLinks</name>
    <message>
        <source>The catalog could not read or write the Cloud Director vCenter links: %1</source>
        <translation>The catalog could not read or write the Cloud Director vCenter links: %1</translation>
    </message>
    <message>
        <source>No link for the vCenter %1.</source>
        <translation>No link for the vCenter %1.</translation>
    </message>
    <message>
        <source>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</source>
        <translation>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</translation>
    </message>
    <message>
        <source>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</source>
        <translation>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</translation>
    </message>
    <message>
        <source>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</source>
        <translation>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</translation>
    </message>
    <message>
        <source>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</source>
        <translation>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</translation>
    </message>
    <message>
        <source>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</source>
        <translation>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</translation>
    </message>
    <message>
        <source>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</source>
        <translation>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</translation>
    </message>
    <message>
        <source>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</source>
        <translation>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</translation>
    </message>
    <message>
        <source>the password of the provider&apos;s account %1 is not in the system keychain (%2)</source>
        <translation>the password of the provider&apos;s account %1 is not in the system keychain (%2)</translation>
    </message>
    <message>
        <source>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</source>
        <translation>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</translation>
    </message>
    <message>
        <source>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</source>
        <translation>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</translation>
    </message>
    <message>
        <source>%1 was restored but not powered on through Cloud Director: %2.</source>
        <translation>%1 was restored but not powered on through Cloud Director: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreSource</name>
    <message>
        <source>Reading %1 at offset %2 failed: %3</source>
        <translation>Reading %1 at offset %2 failed: %3</translation>
    </message>
    <message>
        <source>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</source>
        <translation>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</translation>
    </message>
    <message>
        <source>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</source>
        <translation>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside the disk.</source>
        <translation>Read of %1 bytes at %2 is outside the disk.</translation>
    </message>
    <message>
        <source>Reading %1 at offset %2 failed: the server did not answer within %3 s.</source>
        <translation>Reading %1 at offset %2 failed: the server did not answer within %3 s.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreUpload</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Stopped by the user.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the server did not take data for %2 s.</source>
        <translation>Writing %1 failed: the server did not take data for %2 s.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Writing %1 failed: %2</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2).</source>
        <translation>The server refused to store %1 (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::InventoryCache</name>
    <message>
        <source>The catalog could not keep the inventory: %1</source>
        <translation>The catalog could not keep the inventory: %1</translation>
    </message>
    <message>
        <source>The catalog could not keep the inventory.</source>
        <translation>The catalog could not keep the inventory.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::TagClient</name>
    <message>
        <source>The tagging service&apos;s certificate is not the trusted one (%1).</source>
        <translation>The tagging service&apos;s certificate is not the trusted one (%1).</translation>
    </message>
    <message>
        <source>The tagging service refused %1: HTTP %2 %3</source>
        <translation>The tagging service refused %1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>The tagging service answered %1 with something that is not JSON.</source>
        <translation>The tagging service answered %1 with something that is not JSON.</translation>
    </message>
    <message>
        <source>Cannot sign in to the tagging service: %1</source>
        <translation>Cannot sign in to the tagging service: %1</translation>
    </message>
    <message>
        <source>There is no tag named %1.</source>
        <translation>There is no tag named %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tags are named %1 (in different categories); rename them so that the scope names one.</source>
        <translation>
            <numerusform>%n tag is named %1 (in different categories); rename them so that the scope names one.</numerusform>
            <numerusform>%n tags are named %1 (in different categories); rename them so that the scope names one.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the objects tagged %1: %2</source>
        <translation>Cannot read the objects tagged %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the tags that scope %1: %2</source>
        <translation>Cannot read the tags that scope %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::VsphereClient</name>
    <message>
        <source>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</source>
        <translation>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</source>
        <translation>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 refused the user name or password.</translation>
    </message>
    <message>
        <source>The session with %1 has ended; sign in again.</source>
        <translation>The session with %1 has ended; sign in again.</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 reported %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</source>
        <translation>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>Cannot reach %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>The secure connection to %1 failed: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>The request to %1 failed: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 answered, but not with a vSphere service description.</translation>
    </message>
    <message>
        <source>The server&apos;s CurrentTime reply holds no time.</source>
        <translation>The server&apos;s CurrentTime reply holds no time.</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read (%1).</source>
        <translation>The server&apos;s inventory reply cannot be read (%1).</translation>
    </message>
    <message>
        <source>not a property reply</source>
        <translation>not a property reply</translation>
    </message>
    <message>
        <source>The server created no view of its inventory.</source>
        <translation>The server created no view of its inventory.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>Cannot reach %1: it did not answer within %2 s.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 reply cannot be read.</source>
        <translation>The server&apos;s %1 reply cannot be read.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>task</translation>
    </message>
    <message>
        <source>device</source>
        <translation>device</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>changed-block</source>
        <translation>changed-block</translation>
    </message>
    <message>
        <source>The server reported a changed area outside the disk.</source>
        <translation>The server reported a changed area outside the disk.</translation>
    </message>
    <message>
        <source>%1 is not a datastore path.</source>
        <translation>%1 is not a datastore path.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 is larger than %2 bytes.</translation>
    </message>
    <message>
        <source>The datastore has no file %1.</source>
        <translation>The datastore has no file %1.</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventory</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read.</source>
        <translation>The server&apos;s inventory reply cannot be read.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was lost (%1); the inventory is read in full.</source>
        <translation>The server&apos;s change feed was lost (%1); the inventory is read in full.</translation>
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
    <message>
        <source>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</source>
        <translation>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</translation>
    </message>
    <message>
        <source>Open a repository folder without any server or catalog (the offline restore workstation).</source>
        <translation>Open a repository folder without any server or catalog (the offline restore workstation).</translation>
    </message>
</context>
</TS>
