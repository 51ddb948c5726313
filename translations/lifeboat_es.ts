<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>lifeboat::Engine</name>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>There is no catalog.</source>
        <translation>No hay ningún catálogo.</translation>
    </message>
    <message>
        <source>The session %1 belongs to another account.</source>
        <translation>La sesión %1 pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>No backup job protects this VM yet; create one in the Jobs tab.</source>
        <translation>Ningún trabajo de copia de seguridad protege aún esta VM; cree uno en la pestaña Trabajos.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>El trabajo %1 no se está ejecutando.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of your jobs&apos; repositories.</source>
        <translation>El repositorio %1 no es uno de los repositorios de sus trabajos.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>No hay ningún punto de restauración %1 que %2 pueda restaurar.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>You may not write to the folder %1.</source>
        <translation>No tiene permiso para escribir en la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 ya existe; elija otro archivo.</translation>
    </message>
    <message>
        <source>The smallest size is larger than the largest.</source>
        <translation>El tamaño mínimo es mayor que el máximo.</translation>
    </message>
    <message>
        <source>The date range ends before it starts.</source>
        <translation>El intervalo de fechas termina antes de empezar.</translation>
    </message>
    <message>
        <source>Add files to the restore list first.</source>
        <translation>Añada primero archivos a la lista de restauración.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Elija el archivo .zip que se va a crear.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Elija la carpeta en la que restaurar.</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>Elija primero un elemento.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Introduzca la dirección SSH y el usuario del servidor de bases de datos.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Elija un archivo de clave o introduzca la contraseña SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), compared with what the server&apos;s administrator sees.</source>
        <translation>Introduzca la huella de la clave de host del servidor (SHA256:...), comparada con la que ve el administrador del servidor.</translation>
    </message>
    <message>
        <source>A new name restores beside the original; it cannot be combined with overwriting.</source>
        <translation>Un nombre nuevo restaura junto al original; no se puede combinar con sobrescribir.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a VM needs a vCenter. Extract its disks instead, or sign in to a server.</source>
        <translation>El repositorio está abierto sin conexión: restaurar una VM necesita un vCenter. Extraiga sus discos en su lugar o inicie sesión en un servidor.</translation>
    </message>
    <message>
        <source>The repository %1 is not one of yours.</source>
        <translation>El repositorio %1 no es suyo.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that you may restore.</source>
        <translation>No hay ningún punto de restauración %1 que usted pueda restaurar.</translation>
    </message>
    <message>
        <source>Only an administrator can change the mail server.</source>
        <translation>Solo un administrador puede cambiar el servidor de correo.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Mensaje de prueba</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat puede enviar informes a través de este servidor de correo.</translation>
    </message>
    <message>
        <source>The job %1 is running; stop it before deleting it.</source>
        <translation>El trabajo %1 se está ejecutando; deténgalo antes de eliminarlo.</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>El trabajo %1 todavía no se ha ejecutado.</translation>
    </message>
    <message>
        <source>No VM failed in the last session of %1; nothing to retry.</source>
        <translation>Ninguna VM falló en la última sesión de %1; no hay nada que reintentar.</translation>
    </message>
    <message>
        <source>Export as csv or html.</source>
        <translation>Exporte en formato csv o html.</translation>
    </message>
    <message>
        <source>The end of the period must come after its start.</source>
        <translation>El final del periodo debe ser posterior a su inicio.</translation>
    </message>
    <message>
        <source>Sessions from %1 to %2</source>
        <translation>Sesiones del %1 al %2</translation>
    </message>
    <message>
        <source>A newer sign-in or sign-out replaced this one.</source>
        <translation>Un inicio o cierre de sesión más reciente ha sustituido a este.</translation>
    </message>
    <message>
        <source>Offline there is no server password to keep.</source>
        <translation>Sin conexión no hay ninguna contraseña de servidor que guardar.</translation>
    </message>
    <message>
        <source>Your password could not be kept for scheduled runs: %1 Save the job without keeping it, and ask your administrator to store one.</source>
        <translation>No se pudo guardar su contraseña para las ejecuciones programadas: %1 Guarde el trabajo sin conservarla y pida a su administrador que guarde una.</translation>
    </message>
    <message>
        <source>Enter the guest&apos;s address: a host name or IP address, optionally with :port.</source>
        <translation>Introduzca la dirección del invitado: un nombre de host o una dirección IP, opcionalmente con :puerto.</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Introduzca la cuenta con la que iniciar sesión en el invitado.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its key file.</source>
        <translation>Introduzca la contraseña de la cuenta o elija su archivo de clave.</translation>
    </message>
    <message>
        <source>The guest&apos;s root folder must be an absolute path, such as /.</source>
        <translation>La carpeta raíz del invitado debe ser una ruta absoluta, como /.</translation>
    </message>
    <message>
        <source>The restore list holds files of several VMs. Files go back into one guest at a time: keep only one VM&apos;s files in the list, or restore to a folder.</source>
        <translation>La lista de restauración contiene archivos de varias VM. Los archivos vuelven a un invitado cada vez: deje en la lista solo los archivos de una VM o restáurelos en una carpeta.</translation>
    </message>
    <message>
        <source>The guest %1 presents the host key %2, which is not trusted yet. Compare it with the fingerprint the guest&apos;s administrator sees before you accept it.</source>
        <translation>El invitado %1 presenta la clave de host %2, que todavía no es de confianza. Compárela con la huella que ve el administrador del invitado antes de aceptarla.</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Trabajo %1, sesión %2</translation>
    </message>
    <message>
        <source>Several vApps are named %1.</source>
        <translation>Hay varias vApps con el nombre %1.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>No existe la vApp %1.</translation>
    </message>
    <message>
        <source>No backup job protects a VM of the vApp %1 yet; create one in the Jobs tab.</source>
        <translation>Ningún trabajo de copia de seguridad protege todavía una VM de la vApp %1; cree uno en la pestaña Trabajos.</translation>
    </message>
    <message>
        <source>The repository is open offline: restoring a vApp needs a vCenter.</source>
        <translation>El repositorio está abierto sin conexión: restaurar una vApp necesita un vCenter.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Su organización no tiene ninguna vApp %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 es ahora una VM de la vApp %2 en Cloud Director.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: not all of its VMs are in your scope.</source>
        <translation>La vApp %1 no se restaura: no todas sus VM están en su ámbito.</translation>
    </message>
    <message>
        <source>%1 was powered on through Cloud Director.</source>
        <translation>%1 se encendió a través de Cloud Director.</translation>
    </message>
</context>
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>El motor no está en marcha porque no se pudo abrir su catálogo.</translation>
    </message>
    <message>
        <source>This engine runs without a catalog.</source>
        <translation>Este motor funciona sin catálogo.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Los trabajos necesitan el catálogo.</translation>
    </message>
    <message>
        <source>The job %1 is running already.</source>
        <translation>El trabajo %1 ya se está ejecutando.</translation>
    </message>
    <message>
        <source>The endpoint of the job %1 is no longer in the catalog.</source>
        <translation>El extremo del trabajo %1 ya no está en el catálogo.</translation>
    </message>
    <message>
        <source>No password for %1 on %2 in the system keychain (%3). Remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>No hay contraseña para %1 en %2 en el llavero del sistema (%3). Guárdela con «lifeboat-cli endpoint login --remember-password».</translation>
    </message>
    <message>
        <source>Job %1 failed; retry %2 of %3 in %4 s.</source>
        <translation>El trabajo %1 ha fallado; reintento %2 de %3 dentro de %4 s.</translation>
    </message>
    <message>
        <source>The job was stopped before its retry.</source>
        <translation>El trabajo se detuvo antes de su reintento.</translation>
    </message>
    <message>
        <source>Scheduling needs the catalog.</source>
        <translation>La programación necesita el catálogo.</translation>
    </message>
    <message>
        <source>Job %1 could not start: %2</source>
        <translation>El trabajo %1 no se pudo iniciar: %2</translation>
    </message>
    <message>
        <source>Job %1 starting: %2</source>
        <translation>Iniciando el trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2 (session %3).</source>
        <translation>Trabajo %1 finalizado: %2 (sesión %3).</translation>
    </message>
    <message>
        <source>Job %1 did not run: %2</source>
        <translation>El trabajo %1 no se ejecutó: %2</translation>
    </message>
    <message>
        <source>Mail needs the catalog.</source>
        <translation>El envío de correo electrónico necesita el catálogo.</translation>
    </message>
    <message>
        <source>No mail server is set up; see &apos;lifeboat-cli notify set&apos;.</source>
        <translation>No hay ningún servidor de correo configurado; consulte «lifeboat-cli notify set».</translation>
    </message>
    <message>
        <source>No password for the mail account %1 in the keychain: %2</source>
        <translation>No hay contraseña para la cuenta de correo %1 en el llavero: %2</translation>
    </message>
    <message>
        <source>[Lifeboat] %1: job %2</source>
        <translation>[Lifeboat] %1: trabajo %2</translation>
    </message>
    <message>
        <source>Job %1 ended: %2.</source>
        <translation>Trabajo %1 finalizado: %2.</translation>
    </message>
    <message>
        <source>Started %1, finished %2 (UTC).</source>
        <translation>Inicio: %1, fin: %2 (UTC).</translation>
    </message>
    <message>
        <source>restore point %1</source>
        <translation>punto de restauración %1</translation>
    </message>
    <message>
        <source>Warnings and errors:</source>
        <translation>Advertencias y errores:</translation>
    </message>
    <message>
        <source>Report e-mailed to %1.</source>
        <translation>Informe enviado por correo electrónico a %1.</translation>
    </message>
    <message>
        <source>The report could not be e-mailed: %1</source>
        <translation>No se ha podido enviar el informe por correo electrónico: %1</translation>
    </message>
    <message>
        <source>The job %1 is running already (session %2, in another process).</source>
        <translation>El trabajo %1 ya se está ejecutando (sesión %2, en otro proceso).</translation>
    </message>
    <message>
        <source>The job %1 of the organization %2 backs up VMs on %3, which is no longer linked to its Cloud Director (&apos;lifeboat-cli vcd vcenter link&apos;).</source>
        <translation>El trabajo %1 de la organización %2 hace copia de seguridad de VM en %3, que ya no está vinculado a su Cloud Director («lifeboat-cli vcd vcenter link»).</translation>
    </message>
    <message>
        <source>The organization&apos;s VMs could not be read again from Cloud Director (%1); the run uses those of the last sign-in.</source>
        <translation>No se pudieron volver a leer las VM de la organización desde Cloud Director (%1); la ejecución usa las del último inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>lifeboat::apps::DatabaseItems</name>
    <message>
        <source>%1 items are not available in this version.</source>
        <translation>Los elementos %1 no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Unknown item kind %1; known: %2.</source>
        <translation>Tipo de elemento %1 desconocido; tipos conocidos: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::catalog::Catalog</name>
    <message>
        <source>Cannot create the folder %1 for the catalog. Check its permissions or choose another location with --catalog.</source>
        <translation>No se puede crear la carpeta %1 para el catálogo. Compruebe sus permisos o elija otra ubicación con --catalog.</translation>
    </message>
    <message>
        <source>Cannot open the catalog %1: %2</source>
        <translation>No se puede abrir el catálogo %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite catalog (%2). It was left untouched; move it away or choose another file with --catalog.</source>
        <translation>%1 no es un catálogo SQLite legible (%2). No se ha modificado; muévalo o elija otro archivo con --catalog.</translation>
    </message>
    <message>
        <source>The catalog %1 has schema version %2, but this Lifeboat knows only up to %3. Upgrade Lifeboat, or choose another catalog with --catalog.</source>
        <translation>El catálogo %1 tiene la versión de esquema %2, pero este Lifeboat solo conoce hasta la %3. Actualice Lifeboat o elija otro catálogo con --catalog.</translation>
    </message>
    <message>
        <source>Cannot copy the catalog to %1 before upgrading it; nothing was changed.</source>
        <translation>No se puede copiar el catálogo en %1 antes de actualizarlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Cannot switch the catalog to WAL mode: %1</source>
        <translation>No se puede cambiar el catálogo al modo WAL: %1</translation>
    </message>
    <message>
        <source>The catalog is not open.</source>
        <translation>El catálogo no está abierto.</translation>
    </message>
    <message>
        <source>The file is an SQLite database, but not a Lifeboat catalog (it has no schema_version table). Choose another file with --catalog.</source>
        <translation>El archivo es una base de datos SQLite, pero no un catálogo de Lifeboat (no tiene tabla schema_version). Elija otro archivo con --catalog.</translation>
    </message>
    <message>
        <source>Cannot read the catalog&apos;s schema version: %1</source>
        <translation>No se puede leer la versión de esquema del catálogo: %1</translation>
    </message>
    <message>
        <source>Cannot create the schema_version table: %1</source>
        <translation>No se puede crear la tabla schema_version: %1</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>No se puede iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>Upgrading the catalog to schema %1 failed (%2). The catalog was left at schema %3.</source>
        <translation>La actualización del catálogo al esquema %1 ha fallado (%2). El catálogo se ha quedado en el esquema %3.</translation>
    </message>
    <message>
        <source>Cannot save the endpoint %1 in the catalog: %2</source>
        <translation>No se puede guardar el extremo %1 en el catálogo: %2</translation>
    </message>
    <message>
        <source>Cannot read the setting %1: %2</source>
        <translation>No se puede leer el ajuste %1: %2</translation>
    </message>
    <message>
        <source>Cannot save the setting %1: %2</source>
        <translation>No se puede guardar el ajuste %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::cli::Cli</name>
    <message>
        <source>Catalog:        %1</source>
        <translation>Catálogo:       %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (latest %2)</source>
        <translation>Versión de esquema: %1 (última %2)</translation>
    </message>
    <message>
        <source>Journal mode:   %1</source>
        <translation>Modo de diario: %1</translation>
    </message>
    <message>
        <source>Size:           %1 bytes</source>
        <translation>Tamaño:         %1 bytes</translation>
    </message>
    <message>
        <source>Endpoints:      %1</source>
        <translation>Extremos:       %1</translation>
    </message>
    <message>
        <source>Repositories:   %1</source>
        <translation>Repositorios:   %1</translation>
    </message>
    <message>
        <source>Jobs:           %1</source>
        <translation>Trabajos:       %1</translation>
    </message>
    <message>
        <source>Sessions:       %1</source>
        <translation>Sesiones:       %1</translation>
    </message>
    <message>
        <source>Lifeboat headless console: the same engine as the GUI.</source>
        <translation>Consola de Lifeboat sin interfaz gráfica: el mismo motor que la interfaz.</translation>
    </message>
    <message>
        <source>SQLite catalog to use (default: $%1, then the XDG data folder).</source>
        <translation>Catálogo SQLite que usar (por defecto: $%1 y, si no, la carpeta de datos XDG).</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquina.</translation>
    </message>
    <message>
        <source>Print the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>What to do; see the list below.</source>
        <translation>Qué hacer; vea la lista de abajo.</translation>
    </message>
    <message>
        <source>error: no command given</source>
        <translation>error: no se ha indicado ninguna orden</translation>
    </message>
    <message>
        <source>error: unknown command &apos;%1&apos;</source>
        <translation>error: orden desconocida «%1»</translation>
    </message>
    <message>
        <source>Repository folder.</source>
        <translation>Carpeta del repositorio.</translation>
    </message>
    <message>
        <source>Read the repository password from the first line of standard input.</source>
        <translation>Leer la contraseña del repositorio de la primera línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Read the repository password from a file.</source>
        <translation>Leer la contraseña del repositorio de un archivo.</translation>
    </message>
    <message>
        <source>Create an unencrypted repository (repo init).</source>
        <translation>Crear un repositorio sin cifrar (repo init).</translation>
    </message>
    <message>
        <source>Chunk size in bytes (repo init).</source>
        <translation>Tamaño de fragmento en bytes (repo init).</translation>
    </message>
    <message>
        <source>zstd level (repo init).</source>
        <translation>Nivel de zstd (repo init).</translation>
    </message>
    <message>
        <source>VM name recorded in the restore point.</source>
        <translation>Nombre de la VM registrado en el punto de restauración.</translation>
    </message>
    <message>
        <source>Disk name within the restore point.</source>
        <translation>Nombre del disco dentro del punto de restauración.</translation>
    </message>
    <message>
        <source>Restore point to back up incrementally from.</source>
        <translation>Punto de restauración a partir del cual hacer la copia incremental.</translation>
    </message>
    <message>
        <source>File of changed areas, one &quot;offset length&quot; per line.</source>
        <translation>Archivo de zonas modificadas, un par «desplazamiento longitud» por línea.</translation>
    </message>
    <message>
        <source>Replace an existing target file.</source>
        <translation>Reemplazar un archivo de destino existente.</translation>
    </message>
    <message>
        <source>Fraction of the data to verify, 0 to 1 (default 1).</source>
        <translation>Fracción de los datos que verificar, de 0 a 1 (por defecto: 1).</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Hilos de trabajo (por defecto: uno por núcleo).</translation>
    </message>
    <message>
        <source>Prune: keep the newest N restore points per VM.</source>
        <translation>Depurar: conservar los N puntos de restauración más recientes por VM.</translation>
    </message>
    <message>
        <source>Prune: keep one per day for N days.</source>
        <translation>Depurar: conservar uno por día durante N días.</translation>
    </message>
    <message>
        <source>Prune: keep one per week for N weeks.</source>
        <translation>Depurar: conservar uno por semana durante N semanas.</translation>
    </message>
    <message>
        <source>Prune: keep one per month for N months.</source>
        <translation>Depurar: conservar uno por mes durante N meses.</translation>
    </message>
    <message>
        <source>Prune: keep one per year for N years.</source>
        <translation>Depurar: conservar uno por año durante N años.</translation>
    </message>
    <message>
        <source>Prune: only show what would be deleted.</source>
        <translation>Depurar: mostrar solo lo que se eliminaría.</translation>
    </message>
    <message>
        <source>Seconds to wait for a busy repository (default 0).</source>
        <translation>Segundos de espera si el repositorio está ocupado (por defecto: 0).</translation>
    </message>
    <message>
        <source>Immutable until this date (ISO 8601).</source>
        <translation>Inmutable hasta esta fecha (ISO 8601).</translation>
    </message>
    <message>
        <source>Cannot read the password file %1.</source>
        <translation>No se puede leer el archivo de contraseña %1.</translation>
    </message>
    <message>
        <source>A repository password is needed: use --password-stdin, --password-file or $LIFEBOAT_REPO_PASSWORD (or --no-encryption to create an unencrypted repository).</source>
        <translation>Se necesita una contraseña del repositorio: use --password-stdin, --password-file o $LIFEBOAT_REPO_PASSWORD (o --no-encryption para crear un repositorio sin cifrar).</translation>
    </message>
    <message>
        <source>Cannot read the changed-block file %1.</source>
        <translation>No se puede leer el archivo de bloques modificados %1.</translation>
    </message>
    <message>
        <source>%1 line %2: expected &quot;offset length&quot; in bytes.</source>
        <translation>%1, línea %2: se esperaba «desplazamiento longitud» en bytes.</translation>
    </message>
    <message>
        <source>--repo PATH is required.</source>
        <translation>Se requiere --repo RUTA.</translation>
    </message>
    <message>
        <source>Created an unencrypted repository in %1.</source>
        <translation>Se ha creado un repositorio sin cifrar en %1.</translation>
    </message>
    <message>
        <source>Created an encrypted repository in %1.</source>
        <translation>Se ha creado un repositorio cifrado en %1.</translation>
    </message>
    <message>
        <source>Checked %1 chunks (%2 bytes) in %3 packs and %4 restore points.</source>
        <translation>Se han comprobado %1 fragmentos (%2 bytes) en %3 archivos pack y %4 puntos de restauración.</translation>
    </message>
    <message>
        <source>damaged chunk %1</source>
        <translation>fragmento dañado %1</translation>
    </message>
    <message>
        <source>restore point %1, disk %2, offset %3: %4</source>
        <translation>punto de restauración %1, disco %2, desplazamiento %3: %4</translation>
    </message>
    <message>
        <source>No damage found.</source>
        <translation>No se han encontrado daños.</translation>
    </message>
    <message>
        <source>The repository is damaged.</source>
        <translation>El repositorio está dañado.</translation>
    </message>
    <message>
        <source>repo cat needs &apos;config&apos; or &apos;restore-point ID&apos;.</source>
        <translation>repo cat necesita «config» o «restore-point ID».</translation>
    </message>
    <message>
        <source>repo backup-image needs --vm NAME and an IMAGE file.</source>
        <translation>repo backup-image necesita --vm NOMBRE y un archivo IMAGEN.</translation>
    </message>
    <message>
        <source>--changed-blocks needs --previous ID: changes are relative to it.</source>
        <translation>--changed-blocks necesita --previous ID: los cambios son relativos a él.</translation>
    </message>
    <message>
        <source>The previous restore point has no disk %1.</source>
        <translation>El punto de restauración anterior no tiene el disco %1.</translation>
    </message>
    <message>
        <source>Restore point %1: read %2 bytes, stored %3 new bytes in %4 s.</source>
        <translation>Punto de restauración %1: %2 bytes leídos, %3 bytes nuevos almacenados en %4 s.</translation>
    </message>
    <message>
        <source>repo restore-image needs a restore point ID and --to FILE.</source>
        <translation>repo restore-image necesita el ID de un punto de restauración y --to ARCHIVO.</translation>
    </message>
    <message>
        <source>Restored disk %1 to %2 in %3 s.</source>
        <translation>Disco %1 restaurado en %2 (%3 s).</translation>
    </message>
    <message>
        <source>would forget %1</source>
        <translation>se descartaría: %1</translation>
    </message>
    <message>
        <source>forgot %1</source>
        <translation>descartado: %1</translation>
    </message>
    <message>
        <source>kept %1: immutable</source>
        <translation>conservado: %1 (inmutable)</translation>
    </message>
    <message>
        <source>%1 restore points kept, %2 packs deleted, %3 rewritten, %4 bytes freed.</source>
        <translation>%1 puntos de restauración conservados, %2 archivos pack eliminados, %3 reescritos, %4 bytes liberados.</translation>
    </message>
    <message>
        <source>repo forget needs a restore point ID.</source>
        <translation>repo forget necesita el ID de un punto de restauración.</translation>
    </message>
    <message>
        <source>Forgot restore point %1; &apos;repo prune&apos; frees its data.</source>
        <translation>Punto de restauración %1 descartado; «repo prune» libera sus datos.</translation>
    </message>
    <message>
        <source>repo immutable needs a restore point ID and --until DATE (ISO 8601).</source>
        <translation>repo immutable necesita el ID de un punto de restauración y --until FECHA (ISO 8601).</translation>
    </message>
    <message>
        <source>Restore point %1 is immutable until %2.</source>
        <translation>El punto de restauración %1 es inmutable hasta %2.</translation>
    </message>
    <message>
        <source>error: no repo command given</source>
        <translation>error: no se ha indicado ninguna orden repo</translation>
    </message>
    <message>
        <source>error: unknown command &apos;repo %1&apos;</source>
        <translation>error: orden desconocida «repo %1»</translation>
    </message>
    <message>
        <source>Private key for an sftp:// repository.</source>
        <translation>Clave privada para un repositorio sftp://.</translation>
    </message>
    <message>
        <source>The SFTP server&apos;s pinned host key (SHA256:...).</source>
        <translation>Clave de host fijada del servidor SFTP (SHA256:...).</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Keep the repository password in the system keychain.</source>
        <translation>Guardar la contraseña del repositorio en el llavero del sistema.</translation>
    </message>
    <message>
        <source>The repository was created, but its password could not be kept in the keychain: %1</source>
        <translation>El repositorio se ha creado, pero su contraseña no se pudo guardar en el llavero: %1</translation>
    </message>
    <message>
        <source>The keychain no longer holds the password of %1.</source>
        <translation>El llavero ya no guarda la contraseña de %1.</translation>
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
        <translation>Uso: lifeboat-cli repo ORDEN --repo RUTA [opciones] [--json]

Órdenes:
  init [--no-encryption] [--chunk-size BYTES] [--compression-level N]
                     crear un repositorio (cifrado, salvo con --no-encryption)
  info               formato, tamaños y recuentos
  list               puntos de restauración
  verify [--sample FRACCIÓN]
                     leer y comprobar los datos almacenados; código de salida 1 si algo está dañado
  cat config|restore-point ID
                     mostrar un objeto del repositorio como JSON
  backup-image --vm NOMBRE --disk NOMBRE IMAGEN [--previous ID [--changed-blocks ARCHIVO]]
                     guardar una imagen de disco como nuevo punto de restauración
  restore-image ID --disk NOMBRE --to ARCHIVO [--overwrite]
                     escribir un disco de un punto de restauración en un archivo (disperso)
  prune --keep-last N [--keep-daily N] [--keep-weekly N] [--keep-monthly N] [--keep-yearly N] [--dry-run]
                     descartar los puntos de restauración fuera de la política y eliminar sus datos
  forget ID          eliminar un punto de restauración (sus datos se liberan en la siguiente depuración)
  immutable ID --until FECHA
                     proteger un punto de restauración contra la eliminación hasta FECHA
  forget-password    quitar la contraseña del repositorio del llavero del sistema

Las operaciones esperan hasta --lock-wait SEGUNDOS a que un repositorio ocupado quede libre.

La contraseña se obtiene de --password-stdin, --password-file ARCHIVO, $LIFEBOAT_REPO_PASSWORD o del
llavero del sistema, donde la guarda --remember-password.
--repo sftp://user@host:port/path guarda el repositorio por SFTP: --sftp-key ARCHIVO (o
$LIFEBOAT_SFTP_PASSWORD) sirve para iniciar sesión, --sftp-host-key SHA256:... fija la clave del servidor.
</translation>
    </message>
    <message>
        <source>User name: DOMAIN\user, user@domain or user.</source>
        <translation>Nombre de usuario: DOMAIN\user, user@domain o user.</translation>
    </message>
    <message>
        <source>Display name of an endpoint.</source>
        <translation>Nombre para mostrar de un extremo.</translation>
    </message>
    <message>
        <source>Trust the server certificate with this SHA-256 thumbprint.</source>
        <translation>Confiar en el certificado del servidor que tenga esta huella SHA-256.</translation>
    </message>
    <message>
        <source>This command needs the catalog.</source>
        <translation>Esta orden necesita el catálogo.</translation>
    </message>
    <message>
        <source>endpoint add needs the endpoint&apos;s URL.</source>
        <translation>endpoint add necesita la URL del extremo.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --trust THUMBPRINT.</source>
        <translation>Si la huella es correcta, vuelva a ejecutar la orden con --trust HUELLA.</translation>
    </message>
    <message>
        <source>Added %1 (%2, API %3).</source>
        <translation>Se ha añadido %1 (%2, API %3).</translation>
    </message>
    <message>
        <source>endpoint trust needs a URL and a SHA-256 thumbprint.</source>
        <translation>endpoint trust necesita una URL y una huella SHA-256.</translation>
    </message>
    <message>
        <source>%1 is not in the catalog; add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 no está en el catálogo; añádalo con «lifeboat-cli endpoint add».</translation>
    </message>
    <message>
        <source>%1 is trusted with the certificate %2.</source>
        <translation>%1 es de confianza con el certificado %2.</translation>
    </message>
    <message>
        <source>certificate verified by CA</source>
        <translation>certificado verificado por una CA</translation>
    </message>
    <message>
        <source>certificate pinned %1</source>
        <translation>certificado fijado %1</translation>
    </message>
    <message>
        <source>endpoint login needs a URL and --user NAME.</source>
        <translation>endpoint login necesita una URL y --user NOMBRE.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_ENDPOINT_PASSWORD.</source>
        <translation>Se necesita una contraseña: use --password-stdin, --password-file o $LIFEBOAT_ENDPOINT_PASSWORD.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation>Se ha iniciado sesión en %1 como %2.</translation>
    </message>
    <message>
        <source>error: no endpoint command given</source>
        <translation>error: no se ha indicado ninguna orden endpoint</translation>
    </message>
    <message>
        <source>error: unknown command &apos;endpoint %1&apos;</source>
        <translation>error: orden desconocida «endpoint %1»</translation>
    </message>
    <message>
        <source>Endpoint URL or id.</source>
        <translation>URL o ID del extremo.</translation>
    </message>
    <message>
        <source>VMs of a job, by moref, comma-separated.</source>
        <translation>VM de un trabajo, por moref, separadas por comas.</translation>
    </message>
    <message>
        <source>Job: do not use changed-block tracking (read whole disks).</source>
        <translation>Trabajo: no usar el seguimiento de bloques modificados (leer los discos completos).</translation>
    </message>
    <message>
        <source>Job: quiesce the guest for snapshots.</source>
        <translation>Trabajo: poner el sistema invitado en modo inactivo para los snapshots.</translation>
    </message>
    <message>
        <source>Job: leave out a VM&apos;s disk (repeatable).</source>
        <translation>Trabajo: excluir un disco de una VM (se puede repetir).</translation>
    </message>
    <message>
        <source>Job description.</source>
        <translation>Descripción del trabajo.</translation>
    </message>
    <message>
        <source>Session id.</source>
        <translation>ID de la sesión.</translation>
    </message>
    <message>
        <source>Job name or id.</source>
        <translation>Nombre o ID del trabajo.</translation>
    </message>
    <message>
        <source>At most this many entries.</source>
        <translation>Como máximo este número de entradas.</translation>
    </message>
    <message>
        <source>No password for %1 on %2: set $LIFEBOAT_ENDPOINT_PASSWORD or remember it with &apos;lifeboat-cli endpoint login --remember-password&apos;.</source>
        <translation>No hay contraseña para %1 en %2: defina $LIFEBOAT_ENDPOINT_PASSWORD o guárdela con «lifeboat-cli endpoint login --remember-password».</translation>
    </message>
    <message numerus="yes">
        <source>%n disk(s)</source>
        <translation>
            <numerusform>%n disco</numerusform>
            <numerusform>%n discos</numerusform>
        </translation>
    </message>
    <message>
        <source>job create needs NAME, --endpoint, --user, --repo and --objects.</source>
        <translation>job create necesita NAME, --endpoint, --user, --repo y --objects.</translation>
    </message>
    <message>
        <source>--keep-last needs a number of at least 1.</source>
        <translation>--keep-last necesita un número mayor o igual que 1.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Los trabajos todavía no pueden escribir en repositorios SFTP; use una carpeta local.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 no es un repositorio de Lifeboat: %2</translation>
    </message>
    <message>
        <source>Job %1 created (id %2).</source>
        <translation>Se ha creado el trabajo %1 (ID %2).</translation>
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
        <translation>Se ha eliminado el trabajo %1.</translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Sesión %1 de %2: %3</translation>
    </message>
    <message>
        <source>The job %1 has not run yet.</source>
        <translation>El trabajo %1 todavía no se ha ejecutado.</translation>
    </message>
    <message>
        <source>No VM failed in session %1; nothing to retry.</source>
        <translation>Ninguna VM falló en la sesión %1; no hay nada que reintentar.</translation>
    </message>
    <message>
        <source>Stopping; removing snapshots first...</source>
        <translation>Deteniendo; primero se eliminan los snapshots...</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Job %1, session %2</source>
        <translation>Trabajo %1, sesión %2</translation>
    </message>
    <message>
        <source>Result: %1. Started %2, finished %3. Read %4, stored %5.</source>
        <translation>Resultado: %1. Inicio: %2, fin: %3. Leído: %4, almacenado: %5.</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Punto de restauración</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>session export needs ID, --format csv|html and --to FILE.</source>
        <translation>session export necesita ID, --format csv|html y --to FILE.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Sesión %1 escrita en %2.</translation>
    </message>
    <message>
        <source>Job: leave out a VM of its containers (repeatable).</source>
        <translation>Trabajo: excluir una VM de sus contenedores (se puede repetir).</translation>
    </message>
    <message>
        <source>Job: when it runs by itself.</source>
        <translation>Trabajo: cuándo se ejecuta por sí solo.</translation>
    </message>
    <message>
        <source>Job: retries of failed VMs.</source>
        <translation>Trabajo: reintentos de las VM que fallen.</translation>
    </message>
    <message>
        <source>Job: seconds between retries.</source>
        <translation>Trabajo: segundos entre reintentos.</translation>
    </message>
    <message>
        <source>Job: use changed-block tracking (the default).</source>
        <translation>Trabajo: usar el seguimiento de bloques modificados (predeterminado).</translation>
    </message>
    <message>
        <source>Serve: seconds between looks at the schedule.</source>
        <translation>Servicio: segundos entre dos consultas de la programación.</translation>
    </message>
    <message>
        <source>Tenant add: the account is an administrator.</source>
        <translation>Añadir inquilino: la cuenta es de administrador.</translation>
    </message>
    <message>
        <source>Tenant add: what the account may see (repeatable).</source>
        <translation>Añadir inquilino: lo que la cuenta puede ver (se puede repetir).</translation>
    </message>
    <message>
        <source>Tenant add: repository quota in bytes.</source>
        <translation>Añadir inquilino: cuota del repositorio en bytes.</translation>
    </message>
    <message>
        <source>--retries needs a number from 0 to 10.</source>
        <translation>--retries necesita un número entre 0 y 10.</translation>
    </message>
    <message>
        <source>--retry-wait needs a number of seconds.</source>
        <translation>--retry-wait necesita un número de segundos.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Un trabajo no puede ejecutarse después de sí mismo.</translation>
    </message>
    <message>
        <source>%1 has no VM or container %2 that %3 may back up; see &apos;lifeboat-cli inventory&apos;.</source>
        <translation>%1 no tiene ninguna VM ni contenedor %2 del que %3 pueda hacer copia de seguridad; consulte «lifeboat-cli inventory».</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 es de tipo %2, que un trabajo no puede incluir en una copia de seguridad.</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Trabajo %1 guardado.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Trabajo %1 habilitado.</translation>
    </message>
    <message>
        <source>Job %1 disabled: the scheduler leaves it alone.</source>
        <translation>Trabajo %1 deshabilitado: el programador ya no lo ejecuta.</translation>
    </message>
    <message>
        <source>The job %1 is not running.</source>
        <translation>El trabajo %1 no se está ejecutando.</translation>
    </message>
    <message>
        <source>Stop requested; the run removes its snapshot and ends within seconds.</source>
        <translation>Detención solicitada; la ejecución elimina su snapshot y termina en unos segundos.</translation>
    </message>
    <message>
        <source>--tick needs a number of seconds.</source>
        <translation>--tick necesita un número de segundos.</translation>
    </message>
    <message>
        <source>Lifeboat is running scheduled jobs; Ctrl-C or SIGTERM stops it.</source>
        <translation>Lifeboat está ejecutando los trabajos programados; Ctrl-C o SIGTERM lo detiene.</translation>
    </message>
    <message>
        <source>Stopping: running jobs remove their snapshots first.</source>
        <translation>Deteniendo: los trabajos en ejecución eliminan primero sus snapshots.</translation>
    </message>
    <message>
        <source>%1 MB/s</source>
        <translation>%1 MB/s</translation>
    </message>
    <message>
        <source>bottleneck: %1</source>
        <translation>cuello de botella: %1</translation>
    </message>
    <message>
        <source>tenant add needs the ACCOUNT, as the endpoint signs it in.</source>
        <translation>tenant add necesita la cuenta ACCOUNT, en la forma con la que el extremo inicia su sesión.</translation>
    </message>
    <message>
        <source>--quota needs a number of bytes.</source>
        <translation>--quota necesita un número de bytes.</translation>
    </message>
    <message>
        <source>--scope needs --endpoint URL: morefs belong to one endpoint.</source>
        <translation>--scope necesita --endpoint URL: los MoRef pertenecen a un extremo concreto.</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts exist, accounts that are not listed are refused.</source>
        <translation>Añada primero una cuenta de administrador (tenant add ACCOUNT --admin): en cuanto existan cuentas, se rechazan las que no figuren en la lista.</translation>
    </message>
    <message>
        <source>%1 is an administrator.</source>
        <translation>%1 es administrador.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is a tenant with %n scope(s).</source>
        <translation>
            <numerusform>%1 es un inquilino con %n ámbito.</numerusform>
            <numerusform>%1 es un inquilino con %n ámbitos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Job: the guest account for guest processing.</source>
        <translation>Trabajo: la cuenta del invitado para el procesamiento de invitado.</translation>
    </message>
    <message>
        <source>Job: private key of the guest account.</source>
        <translation>Trabajo: clave privada de la cuenta del invitado.</translation>
    </message>
    <message>
        <source>Job: command run in the guest before the snapshot.</source>
        <translation>Trabajo: comando que se ejecuta en el invitado antes del snapshot.</translation>
    </message>
    <message>
        <source>Job: command run in the guest after the snapshot.</source>
        <translation>Trabajo: comando que se ejecuta en el invitado después del snapshot.</translation>
    </message>
    <message>
        <source>Job: SSH address of a VM&apos;s guest (repeatable).</source>
        <translation>Trabajo: dirección SSH del invitado de una VM (se puede repetir).</translation>
    </message>
    <message>
        <source>Job: pinned SSH host key of a VM&apos;s guest (repeatable).</source>
        <translation>Trabajo: clave de host SSH fijada del invitado de una VM (se puede repetir).</translation>
    </message>
    <message>
        <source>Job: a failing pre-freeze script fails the VM or is ignored.</source>
        <translation>Trabajo: un script pre-freeze que falla hace fallar la VM o se ignora.</translation>
    </message>
    <message>
        <source>Job: turn guest processing off.</source>
        <translation>Trabajo: desactivar el procesamiento de invitado.</translation>
    </message>
    <message>
        <source>--guest-errors takes fail or ignore.</source>
        <translation>--guest-errors necesita fail o ignore.</translation>
    </message>
    <message>
        <source>--%1 takes MOREF=VALUE.</source>
        <translation>--%1 necesita MOREF=VALUE.</translation>
    </message>
    <message>
        <source>Guest processing needs --guest-user NAME.</source>
        <translation>El procesamiento de invitado necesita --guest-user NAME.</translation>
    </message>
    <message>
        <source>restore-point commands need --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>Los comandos restore-point necesitan --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>restore-point download needs the ID, --disk NAME and --to FILE.</source>
        <translation>restore-point download necesita el ID, --disk NAME y --to FILE.</translation>
    </message>
    <message>
        <source>Unknown restore-point command %1.</source>
        <translation>Comando restore-point desconocido: %1.</translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>No hay ningún punto de restauración %1 que %2 pueda restaurar.</translation>
    </message>
    <message>
        <source>Restored to %1.</source>
        <translation>Restaurado en %1.</translation>
    </message>
    <message>
        <source>Target: a restore&apos;s file, an export&apos;s file, or a test message&apos;s address.</source>
        <translation>Destino: el archivo de una restauración o de una exportación, o la dirección de un mensaje de prueba.</translation>
    </message>
    <message>
        <source>Job: e-mail the run&apos;s report here (repeatable).</source>
        <translation>Trabajo: enviar el informe de la ejecución por correo electrónico a esta dirección (se puede repetir).</translation>
    </message>
    <message>
        <source>Job: which runs are reported.</source>
        <translation>Trabajo: de qué ejecuciones se envía un informe.</translation>
    </message>
    <message>
        <source>Notify set: the mail server.</source>
        <translation>Configurar notificaciones: el servidor de correo.</translation>
    </message>
    <message>
        <source>Notify set: its port (default 587).</source>
        <translation>Configurar notificaciones: su puerto (predeterminado 587).</translation>
    </message>
    <message>
        <source>Notify set: none, starttls or tls.</source>
        <translation>Configurar notificaciones: none, starttls o tls.</translation>
    </message>
    <message>
        <source>Notify set: the sender address.</source>
        <translation>Configurar notificaciones: la dirección del remitente.</translation>
    </message>
    <message>
        <source>Notify set: the mail account.</source>
        <translation>Configurar notificaciones: la cuenta de correo.</translation>
    </message>
    <message>
        <source>Inventory: the last one read, without connecting.</source>
        <translation>Inventario: el último leído, sin conectarse.</translation>
    </message>
    <message>
        <source>Accounts are set up on this computer: sign in with --user NAME to see the inventory.</source>
        <translation>Hay cuentas configuradas en este equipo: inicie sesión con --user NAME para ver el inventario.</translation>
    </message>
    <message>
        <source>inventory needs --endpoint URL and --user NAME (or --cached).</source>
        <translation>inventory necesita --endpoint URL y --user NAME (o --cached).</translation>
    </message>
    <message>
        <source>--notify-on takes failure, warning or always.</source>
        <translation>--notify-on necesita failure, warning o always.</translation>
    </message>
    <message>
        <source>Mail server %1 saved.</source>
        <translation>Servidor de correo %1 guardado.</translation>
    </message>
    <message>
        <source>[Lifeboat] Test message</source>
        <translation>[Lifeboat] Mensaje de prueba</translation>
    </message>
    <message>
        <source>Lifeboat can send reports through this mail server.</source>
        <translation>Lifeboat puede enviar informes a través de este servidor de correo.</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Mensaje de prueba enviado.</translation>
    </message>
    <message>
        <source>notify takes set, show or test.</source>
        <translation>notify necesita set, show o test.</translation>
    </message>
    <message>
        <source>--scope takes KIND:MOREF with KIND one of folder, resource-pool, vapp, vm, or tag:NAME.</source>
        <translation>--scope necesita KIND:MOREF, donde KIND es folder, resource-pool, vapp o vm, o bien tag:NAME.</translation>
    </message>
    <message>
        <source>Job: index the guest files of each restore point for search.</source>
        <translation>Trabajo: indexar los archivos del invitado de cada punto de restauración para la búsqueda.</translation>
    </message>
    <message>
        <source>Job: turn guest file indexing off.</source>
        <translation>Trabajo: desactivar la indexación de archivos del invitado.</translation>
    </message>
    <message>
        <source>Export format: csv or html (sessions), csv or json (audit).</source>
        <translation>Formato de exportación: csv o html (sesiones), csv o json (registro de auditoría).</translation>
    </message>
    <message>
        <source>Restore: keep (beside the original) or overwrite.</source>
        <translation>Restauración: keep (junto al original) u overwrite.</translation>
    </message>
    <message>
        <source>Restore: power the VM on afterwards.</source>
        <translation>Restauración: encender la VM después.</translation>
    </message>
    <message>
        <source>Restore: name of the VM made by keep.</source>
        <translation>Restauración: nombre de la VM que crea keep.</translation>
    </message>
    <message>
        <source>Files: the guest volume, DISK:PARTITION.</source>
        <translation>Archivos: el volumen del invitado, DISK:PARTITION.</translation>
    </message>
    <message>
        <source>Files search: only below this guest folder.</source>
        <translation>Búsqueda de archivos: solo dentro de esta carpeta del invitado.</translation>
    </message>
    <message>
        <source>Files search: at least this many bytes.</source>
        <translation>Búsqueda de archivos: como mínimo este número de bytes.</translation>
    </message>
    <message>
        <source>Files search: at most this many bytes.</source>
        <translation>Búsqueda de archivos: como máximo este número de bytes.</translation>
    </message>
    <message>
        <source>Files search: modified at or after this date.</source>
        <translation>Búsqueda de archivos: modificados en esta fecha o después.</translation>
    </message>
    <message>
        <source>Files search: modified at or before this date.</source>
        <translation>Búsqueda de archivos: modificados en esta fecha o antes.</translation>
    </message>
    <message>
        <source>Files search: only in this restore point.</source>
        <translation>Búsqueda de archivos: solo en este punto de restauración.</translation>
    </message>
    <message>
        <source>Files index: every restore point.</source>
        <translation>Índice de archivos: todos los puntos de restauración.</translation>
    </message>
    <message>
        <source>Restore files: into this running guest over SSH.</source>
        <translation>Restaurar archivos: en este invitado en ejecución, por SSH.</translation>
    </message>
    <message>
        <source>Restore files: the folder that is the guest&apos;s / (default /).</source>
        <translation>Restaurar archivos: la carpeta que corresponde a / en el invitado (por defecto /).</translation>
    </message>
    <message>
        <source>Audit export: restores since this date.</source>
        <translation>Exportación de auditoría: restauraciones desde esta fecha.</translation>
    </message>
    <message>
        <source>Session %1 (%2): %3</source>
        <translation>Sesión %1 (%2): %3</translation>
    </message>
    <message>
        <source>There is no restore point of %1 that you may restore.</source>
        <translation>No hay ningún punto de restauración de %1 que usted pueda restaurar.</translation>
    </message>
    <message>
        <source>restore vm needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vm necesita --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>restore vm needs a restore point ID or --vm NAME (its newest one).</source>
        <translation>restore vm necesita el ID de un punto de restauración o --vm NAME (su punto más reciente).</translation>
    </message>
    <message>
        <source>--mode is keep or overwrite.</source>
        <translation>--mode es keep u overwrite.</translation>
    </message>
    <message>
        <source>Stopping the restore...</source>
        <translation>Deteniendo la restauración...</translation>
    </message>
    <message>
        <source>Restoring: %1%</source>
        <translation>Restaurando: %1%</translation>
    </message>
    <message>
        <source>files ls needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files ls necesita el ID del punto de restauración, --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>files index needs a restore point ID or --all, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files index necesita el ID de un punto de restauración o --all, --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 new or changed</source>
        <translation>%1 (%2): %3 entradas, %4 nuevas o modificadas</translation>
    </message>
    <message>
        <source>--%1 needs a number of bytes.</source>
        <translation>--%1 necesita un número de bytes.</translation>
    </message>
    <message>
        <source>--%1 takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--%1 necesita una fecha o una hora en ISO 8601, por ejemplo 2026-11-01.</translation>
    </message>
    <message>
        <source>files search needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>files search necesita --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>restore files needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore files necesita --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>audit export writes csv or json.</source>
        <translation>audit export escribe csv o json.</translation>
    </message>
    <message>
        <source>--since takes a date or time in ISO 8601, e.g. 2026-11-01.</source>
        <translation>--since necesita una fecha o una hora en ISO 8601, por ejemplo 2026-11-01.</translation>
    </message>
    <message>
        <source>Job: dump these databases into each restore point.</source>
        <translation>Trabajo: incluir un volcado de estas bases de datos en cada punto de restauración.</translation>
    </message>
    <message>
        <source>Job: environment of the database commands in the guest.</source>
        <translation>Trabajo: entorno de los comandos de base de datos en el invitado.</translation>
    </message>
    <message>
        <source>Restore item: under this database name.</source>
        <translation>Restaurar elemento: con este nombre de base de datos.</translation>
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
        <translation>Uso: lifeboat-cli ORDEN [opciones] [--json]

Órdenes:
  inventory --endpoint URL --user NAME | --cached
                     las VM de un extremo, con sus discos (el catálogo conserva el último inventario leído)
  job create NAME --endpoint URL --user NAME --repo PATH --objects MOREF[,MOREF...]
             [--keep-last N] [--no-cbt] [--quiesce] [--index-files] [--exclude-vm MOREF] [--exclude-disk MOREF:KEY]
             [--schedule &quot;daily 22:00 [mon-fri]&quot;|&quot;monthly 1 03:00&quot;|&quot;every 4h&quot;|&quot;after JOB&quot;|none]
             [--retries N] [--retry-wait SECONDS] [--description TEXT]
             [--guest-user NAME [--guest-key FILE] [--pre-freeze CMD] [--post-thaw CMD]
              [--guest-address MOREF=HOST[:PORT]] [--guest-host-key MOREF=SHA256:...] [--guest-errors fail|ignore]
              [--items postgresql,mariadb [--item-env &quot;PGHOST=... MYSQL_UNIX_PORT=...&quot;]]]
                     crear un trabajo de copia de seguridad (las VM se comprueban con el inventario del extremo)
  job edit NAME [--schedule S] [--keep-last N] [--retries N] [--retry-wait SECONDS] [--cbt|--no-cbt]
             [--quiesce] [--description TEXT]
  job enable NAME | job disable NAME
  job stop NAME      detener una ejecución, aunque la lleve a cabo otro proceso
  serve [--tick SECONDS]
                     ejecutar los trabajos programados hasta que se detenga (SIGTERM/Ctrl-C); las ejecuciones perdidas se registran
  job list           los trabajos
  job show NAME      la definición de un trabajo
  job run NAME       ejecutar un trabajo ahora y esperar a que termine (Ctrl-C lo detiene de forma ordenada)
  job retry NAME [--session ID]
                     volver a ejecutar el trabajo para las VM que fallaron en su última sesión (o en la indicada)
  job delete NAME    eliminar un trabajo (sus sesiones y puntos de restauración se conservan)
  session list [--job NAME] [--limit N]
  session show ID    las VM y el registro de una sesión
  session export ID --format csv|html --to FILE
  tenant add ACCOUNT [--admin] [--endpoint URL --scope KIND:MOREF ...] [--repo PATH] [--quota BYTES]
                     permitir que una cuenta use Lifeboat: un administrador lo ve todo; un inquilino, solo
                     las VM de su ámbito (KIND: folder, resource-pool, vapp, vm, tag). Hasta que se añada la
                     primera cuenta, cualquiera que inicie sesión a través del extremo es administrador.
  tenant list | tenant delete ACCOUNT
  notify set --smtp-host HOST [--smtp-port N] [--security none|starttls|tls] --from ADDRESS
             [--smtp-user NAME [--remember-password]] [--trust THUMBPRINT]
  notify show | notify test --to ADDRESS
                     el servidor de correo para los informes de los trabajos (trabajos: --notify ADDRESS --notify-on failure|warning|always)
  restore-point list --endpoint URL --user NAME --repo PATH
  restore-point download ID --disk NAME --to FILE --endpoint URL --user NAME --repo PATH
                     los puntos de restauración que la cuenta conectada puede ver, y un disco de uno de ellos como archivo

El procesamiento de invitado ejecuta el script pre-freeze por SSH antes del snapshot y el script post-thaw justo
después; la contraseña del invitado (sin --guest-key) se toma de $LIFEBOAT_GUEST_PASSWORD o del llavero.
Contraseñas: la del extremo, de $LIFEBOAT_ENDPOINT_PASSWORD o del llavero (vea endpoint login
--remember-password); la del repositorio, de --password-stdin, --password-file, $LIFEBOAT_REPO_PASSWORD o
del llavero (vea repo --remember-password).
</translation>
    </message>
    <message>
        <source>--item-env takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>--item-env necesita asignaciones NAME=value separadas por espacios, sin comillas ni sintaxis de shell.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: add --guest-user NAME.</source>
        <translation>Los elementos de base de datos se leen mediante el procesamiento de invitado: añada --guest-user NAME.</translation>
    </message>
    <message>
        <source>items list needs the restore point ID, --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>items list necesita el ID del punto de restauración, --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>A restore into a guest needs --guest HOST[:PORT], --guest-user NAME and --guest-key FILE or $LIFEBOAT_GUEST_PASSWORD.</source>
        <translation>Una restauración en un invitado necesita --guest HOST[:PORT], --guest-user NAME y --guest-key FILE o $LIFEBOAT_GUEST_PASSWORD.</translation>
    </message>
    <message>
        <source>restore item needs the restore point ID, the item and either --guest HOST or --to FILE.</source>
        <translation>restore item necesita el ID del punto de restauración, el elemento y --guest HOST o --to FILE.</translation>
    </message>
    <message>
        <source>restore item needs --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore item necesita --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>Restore files: into this new .zip file.</source>
        <translation>Restaurar archivos: en este archivo .zip nuevo.</translation>
    </message>
    <message>
        <source>restore files needs the restore point ID, guest paths and one of --to FOLDER, --zip FILE or --guest HOST.</source>
        <translation>restore files necesita el ID del punto de restauración, rutas del invitado y una de las opciones --to FOLDER, --zip FILE o --guest HOST.</translation>
    </message>
    <message>
        <source>Restore VM: into this folder (moref).</source>
        <translation>Restaurar VM: en esta carpeta (moref).</translation>
    </message>
    <message>
        <source>Restore VM: into this resource pool or vApp (moref).</source>
        <translation>Restaurar VM: en este grupo de recursos o vApp (moref).</translation>
    </message>
    <message>
        <source>Restore VM: onto this datastore.</source>
        <translation>Restaurar VM: en este almacén de datos.</translation>
    </message>
    <message>
        <source>restore vapp needs the vApp (name or moref), --endpoint URL, --user NAME and --repo PATH.</source>
        <translation>restore vapp necesita la vApp (nombre o moref), --endpoint URL, --user NAME y --repo PATH.</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1</source>
        <translation>No restaurado, sin punto de restauración: %1</translation>
    </message>
    <message>
        <source>Restore VM: onto this host (moref).</source>
        <translation>Restaurar VM: en este host (moref).</translation>
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
        <translation>Órdenes de restauración (inicie sesión con --endpoint URL --user NAME; --repo PATH):
  restore vm ID|--vm NAME [--mode keep|overwrite] [--power-on] [--new-name NAME]
      keep: una VM nueva &lt;name&gt;_restored junto a la original; overwrite: se reemplazan los discos,
      las CPU y la memoria de la VM (primero se apaga)
      [--to-folder MOREF] [--to-pool MOREF] [--to-host MOREF] [--to-datastore NAME]:
      una ubicación nueva (administradores)
  restore vapp NAME|MOREF [--mode keep|overwrite] [--power-on]
      cada VM miembro desde su punto de restauración más reciente
  restore files ID PATH... --to FOLDER [--volume DISK:PART] [--overwrite]
      archivos, enlaces simbólicos o carpetas del invitado en una carpeta local, con permisos y fechas
  restore files ID PATH... --zip FILE   lo mismo en un archivo .zip nuevo
  restore files ID PATH... --guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--guest-root DIR]
      de vuelta a su lugar en el invitado en ejecución, por SFTP; keep deja una copia llamada
      _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt; junto a lo existente (contraseña: $LIFEBOAT_GUEST_PASSWORD)
  files ls ID [PATH] [--volume DISK:PART]
      los volúmenes de un punto de restauración, o una de sus carpetas
  files index ID|--all      añadir puntos de restauración al índice de archivos del invitado
  files search [NAME] [--under PATH] [--min-size N] [--max-size N] [--after DATE]
      [--before DATE] [--vm NAME] [--restore-point ID] [--limit N]
      NAME es una subcadena, o un patrón glob con * ? [...]
  items list ID           los elementos de base de datos de un punto de restauración
  restore item ID KIND:DATABASE (--guest HOST[:PORT] --guest-user NAME [--guest-key FILE]
      --guest-host-key SHA256:... [--mode keep|overwrite] [--new-database NAME]
      [--item-env &quot;PGPORT=...&quot;] | --to FILE)
      en el servidor de bases de datos por SSH: keep crea &lt;database&gt;_restored (o
      --new-database), overwrite reemplaza la base de datos; o el volcado en un archivo
  audit export [--format csv|json] [--since DATE] [--to FILE]
</translation>
    </message>
    <message>
        <source>--new-database restores beside the original; it cannot be combined with --mode overwrite.</source>
        <translation>--new-database restaura junto al original; no se puede combinar con --mode overwrite.</translation>
    </message>
    <message>
        <source>Several VMs are named %1; give the restore point ID instead (restore-point list).</source>
        <translation>Hay varias VM llamadas %1; indique en su lugar el ID del punto de restauración (restore-point list).</translation>
    </message>
    <message>
        <source>kiosk hash-password needs the password on --password-stdin.</source>
        <translation>kiosk hash-password necesita la contraseña por --password-stdin.</translation>
    </message>
    <message>
        <source>PDF reports are exported from the console (Jobs tab, Export sessions…); lifeboat-cli writes csv or html.</source>
        <translation>Los informes PDF se exportan desde la consola (pestaña Trabajos, Exportar sesiones…); lifeboat-cli escribe csv o html.</translation>
    </message>
    <message>
        <source>Cloud Director address.</source>
        <translation>Dirección de Cloud Director.</translation>
    </message>
    <message>
        <source>Records per query page, 1 to 128 (default 128).</source>
        <translation>Registros por página de consulta, de 1 a 128 (128 de forma predeterminada).</translation>
    </message>
    <message>
        <source>--page-size must be a number from 1 to 128.</source>
        <translation>--page-size debe ser un número de 1 a 128.</translation>
    </message>
    <message>
        <source>A password is needed: use --password-stdin, --password-file or $LIFEBOAT_VCD_PASSWORD.</source>
        <translation>Se necesita una contraseña: use --password-stdin, --password-file o $LIFEBOAT_VCD_PASSWORD.</translation>
    </message>
    <message>
        <source>If the thumbprint is right, run the command again with --thumbprint THUMBPRINT.</source>
        <translation>Si la huella es correcta, vuelva a ejecutar el comando con --thumbprint HUELLA.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2@%3 (API %4).</source>
        <translation>Sesión iniciada en %1 como %2@%3 (API %4).</translation>
    </message>
    <message>
        <source>VDC %1 (organization %2)</source>
        <translation>VDC %1 (organización %2)</translation>
    </message>
    <message>
        <source>vApp %1 (%2)</source>
        <translation>vApp %1 (%2)</translation>
    </message>
    <message>
        <source>VM %1  %2  %3 on %4</source>
        <translation>VM %1  %2  %3 en %4</translation>
    </message>
    <message>
        <source>(no moref)</source>
        <translation>(sin moref)</translation>
    </message>
    <message>
        <source>(unknown vCenter)</source>
        <translation>(vCenter desconocido)</translation>
    </message>
    <message>
        <source>error: no vcd command given</source>
        <translation>error: no se ha indicado ningún comando vcd</translation>
    </message>
    <message>
        <source>error: unknown command &apos;vcd %1&apos;</source>
        <translation>error: comando &apos;vcd %1&apos; desconocido</translation>
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
        <translation>Uso: lifeboat-cli [--catalog RUTA] [--json] ORDEN

Órdenes:
  version          mostrar la versión
  catalog info     mostrar la ubicación, el esquema y el contenido del catálogo
  catalog migrate  abrir el catálogo y actualizar su esquema si hace falta
  repo ...         trabajar con un repositorio (lifeboat-cli repo --help)
  endpoint ...     extremos de vCenter y ESXi (lifeboat-cli endpoint --help)
  vcd inventory    VMware Cloud Director: los VDC, vApps y VM de un inquilino
  vcd org|vcenter  las organizaciones de Cloud Director y los vCenter que hay detrás
  inventory, job ..., session ..., tenant ...
                   VM, trabajos de copia de seguridad y sus sesiones (lifeboat-cli job --help)
  restore ..., audit export
                   restaurar VM; el registro de auditoría de restauraciones (lifeboat-cli restore --help)
  kiosk hash-password --password-stdin
                   el registro de la contraseña de administrador para un archivo de política de quiosco
</translation>
    </message>
    <message>
        <source>Endpoint add: vsphere (the default) or vcd (Cloud Director).</source>
        <translation>Añadir extremo: vsphere (predeterminado) o vcd (Cloud Director).</translation>
    </message>
    <message>
        <source>Organization: the job JSON new jobs start from.</source>
        <translation>Organización: el JSON de trabajo del que parten los trabajos nuevos.</translation>
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
        <translation>Uso: lifeboat-cli endpoint ORDEN [opciones] [--json]

Órdenes:
  add URL [--name NOMBRE] [--trust HUELLA] [--kind vsphere|vcd]
                     comprobar un extremo de vCenter o ESXi (o, con --kind vcd, un Cloud Director) y
                     añadirlo al catálogo; un certificado en el que este equipo no confía se rechaza y
                     se muestra su huella SHA-256
  trust URL HUELLA
                     confiar en el certificado del extremo que tenga esta huella
  list               los extremos del catálogo
  login URL --user NOMBRE [--remember-password]
                     iniciar sesión y volver a cerrarla, para comprobar la cuenta

La contraseña se obtiene de --password-stdin, --password-file ARCHIVO, $LIFEBOAT_ENDPOINT_PASSWORD o del
llavero del sistema, donde la guarda --remember-password.
</translation>
    </message>
    <message>
        <source>Added the Cloud Director %1 (API %2).</source>
        <translation>Se ha añadido el Cloud Director %1 (API %2).</translation>
    </message>
    <message>
        <source>--kind is vsphere or vcd.</source>
        <translation>--kind es vsphere o vcd.</translation>
    </message>
    <message>
        <source>The organization %1 has no VMs in Cloud Director yet.</source>
        <translation>La organización %1 aún no tiene VM en Cloud Director.</translation>
    </message>
    <message>
        <source>Give the job&apos;s repository with --repo PATH.</source>
        <translation>Indique el repositorio del trabajo con --repo PATH.</translation>
    </message>
    <message>
        <source>%1 is a vCenter endpoint; --endpoint names the Cloud Director here.</source>
        <translation>%1 es un extremo de vCenter; aquí --endpoint indica el Cloud Director.</translation>
    </message>
    <message>
        <source>vcd org set needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org set necesita el nombre de la organización y --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>System is the provider&apos;s organization, not a tenant.</source>
        <translation>System es la organización del proveedor, no un inquilino.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 no es un objeto JSON: %2</translation>
    </message>
    <message>
        <source>Add an administrator account first (tenant add ACCOUNT --admin): once accounts or organizations are set up, nobody else may sign in.</source>
        <translation>Añada primero una cuenta de administrador (tenant add ACCOUNT --admin): en cuanto haya cuentas u organizaciones configuradas, nadie más puede iniciar sesión.</translation>
    </message>
    <message>
        <source>The organization %1 uses Lifeboat as %2.</source>
        <translation>La organización %1 usa Lifeboat como %2.</translation>
    </message>
    <message>
        <source>(repository chosen per job)</source>
        <translation>(repositorio elegido por trabajo)</translation>
    </message>
    <message numerus="yes">
        <source>%n VM(s) in scope</source>
        <translation>
            <numerusform>%n VM en el ámbito</numerusform>
            <numerusform>%n VM en el ámbito</numerusform>
        </translation>
    </message>
    <message>
        <source>vcd org remove needs the organization&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd org remove necesita el nombre de la organización y --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>vcd vcenter link needs the vCenter&apos;s name in Cloud Director, --endpoint VCD_URL, --to VCENTER_URL and --user ACCOUNT.</source>
        <translation>vcd vcenter link necesita el nombre del vCenter en Cloud Director, --endpoint VCD_URL, --to VCENTER_URL y --user ACCOUNT.</translation>
    </message>
    <message>
        <source>%1 is not a vCenter endpoint.</source>
        <translation>%1 no es un extremo de vCenter.</translation>
    </message>
    <message>
        <source>VMs on %1 are backed up through %2 as %3.</source>
        <translation>Las VM de %1 se copian a través de %2 como %3.</translation>
    </message>
    <message>
        <source>vcd vcenter unlink needs the vCenter&apos;s name and --endpoint VCD_URL.</source>
        <translation>vcd vcenter unlink necesita el nombre del vCenter y --endpoint VCD_URL.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Su organización no tiene ninguna vApp %1.</translation>
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
        <translation>Uso: lifeboat-cli vcd COMANDO [opciones] [--json]

Comandos:
  inventory --url URL --user USUARIO@ORG [--thumbprint SHA256] [--page-size N]
                     iniciar sesión en VMware Cloud Director como usuario de una organización (o como el proveedor,
                     USUARIO@System) y listar los VDC de organización, vApps y VM que la cuenta puede ver, con el
                     estado de energía, el vCenter y el moref de cada VM
  power on|off|shutdown|reset --url URL --user USER@ORG (--vm VM | --vapp VAPP)
                     cambiar el estado de energía de una VM o de una vApp entera a través de Cloud Director y
                     esperar a que termine su tarea; VM y VAPP son nombres (como los lista inventory) o href. Pedir el estado
                     en que ya está tiene éxito sin cambiar nada; shutdown necesita VMware Tools en el invitado
  import --url URL --user USER@System --moref MOREF --vapp VAPP [--name NAME] [--vcenter HREF]
                     convertir una VM de vCenter (p. ej., una creada por una restauración) en una VM de una vApp
                     existente (solo el proveedor); el vCenter predeterminado es aquel en el que están las VM de la vApp

La contraseña viene de --password-stdin, --password-file ARCHIVO, $LIFEBOAT_VCD_PASSWORD o el llavero
del sistema. Un certificado en el que este equipo no confía se rechaza y se muestra su huella SHA-256.
</translation>
    </message>
    <message>
        <source>A Cloud Director vApp, by name or href.</source>
        <translation>Una vApp de Cloud Director, por nombre o href.</translation>
    </message>
    <message>
        <source>A vCenter VM&apos;s managed object id, e.g. vm-42.</source>
        <translation>El ID de objeto administrado de una VM de vCenter, p. ej., vm-42.</translation>
    </message>
    <message>
        <source>The vCenter as Cloud Director names it (its vimServer href).</source>
        <translation>El vCenter tal como lo nombra Cloud Director (su href de vimServer).</translation>
    </message>
    <message>
        <source>%1 needs --url URL and --user USER@ORG.</source>
        <translation>%1 necesita --url URL y --user USER@ORG.</translation>
    </message>
    <message>
        <source>%1@%2 sees no VM named %3.</source>
        <translation>%1@%2 no ve ninguna VM llamada %3.</translation>
    </message>
    <message>
        <source>%1@%2 sees no vApp named %3.</source>
        <translation>%1@%2 no ve ninguna vApp llamada %3.</translation>
    </message>
    <message>
        <source>Several are named %1; give one of these hrefs instead: %2</source>
        <translation>Hay varios con el nombre %1; indique en su lugar uno de estos href: %2</translation>
    </message>
    <message>
        <source>vcd power needs on, off, shutdown or reset.</source>
        <translation>vcd power necesita on, off, shutdown o reset.</translation>
    </message>
    <message>
        <source>vcd power needs either --vm VM or --vapp VAPP.</source>
        <translation>vcd power necesita --vm VM o bien --vapp VAPP.</translation>
    </message>
    <message>
        <source>%1 already was in that state; nothing to do.</source>
        <translation>%1 ya estaba en ese estado; no hay nada que hacer.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Hecho: %1.</translation>
    </message>
    <message>
        <source>vcd import needs --moref MOREF and --vapp VAPP.</source>
        <translation>vcd import necesita --moref MOREF y --vapp VAPP.</translation>
    </message>
    <message>
        <source>The vApp %1 has no VMs to tell its vCenter; give --vcenter HREF.</source>
        <translation>La vApp %1 no tiene VM que indiquen su vCenter; indique --vcenter HREF.</translation>
    </message>
    <message>
        <source>Imported %1 as %2 (%3).</source>
        <translation>Se ha importado %1 como %2 (%3).</translation>
    </message>
    <message>
        <source>vcd provider set needs --endpoint VCD_URL and --user USER@System.</source>
        <translation>vcd provider set necesita --endpoint VCD_URL y --user USER@System.</translation>
    </message>
    <message>
        <source>%1 is an organization&apos;s account; the provider&apos;s accounts are USER@System.</source>
        <translation>%1 es una cuenta de una organización; las cuentas del proveedor son USER@System.</translation>
    </message>
    <message>
        <source>Lifeboat imports restored VMs into Cloud Director as %1.</source>
        <translation>Lifeboat incorpora las VM restauradas a Cloud Director como %1.</translation>
    </message>
    <message>
        <source>%1 is now a VM of the vApp %2 in Cloud Director.</source>
        <translation>%1 es ahora una VM de la vApp %2 en Cloud Director.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Organization: when its jobs may start (any, none, or HH:MM-HH:MM).</source>
        <translation>Organización: cuándo pueden iniciarse sus trabajos (any, none o HH:MM-HH:MM).</translation>
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
        <translation>Uso: lifeboat-cli vcd org|vcenter|provider COMANDO [opciones] [--json]

Comandos (para el administrador del proveedor):
  org set ORG --endpoint VCD_URL [--repo PATH] [--quota BYTES] [--job-template FILE]
              [--schedule-policy any|none|HH:MM-HH:MM]
                     permitir que la organización de Cloud Director ORG use Lifeboat: sus usuarios inician sesión
                     como user@ORG y solo ven las vApps y VM de su organización; la plantilla de trabajo es el JSON
                     de un trabajo (tal como lo muestra «job show --json») del que parten los trabajos nuevos de ORG
                     la política de programación limita cuándo pueden iniciarse sus trabajos (none: a mano)
  org list           las organizaciones configuradas
  org remove ORG --endpoint VCD_URL
  vcenter link NAME --endpoint VCD_URL --to VCENTER_URL --user ACCOUNT
                     hacer copia de seguridad de las VM que Cloud Director coloca en su vCenter NAME a través del
                     extremo de Lifeboat VCENTER_URL, con la sesión iniciada como ACCOUNT (guarde su contraseña con
                     «lifeboat-cli endpoint login --remember-password»)
  vcenter list [--endpoint VCD_URL]
  vcenter unlink NAME --endpoint VCD_URL
  provider set --endpoint VCD_URL --user USER@System
                     la cuenta de Cloud Director del proveedor (contraseña como en &apos;endpoint login&apos;, guardada
                     en el llavero del sistema), que incorpora a su vApp las VM creadas por una restauración

Añada primero el propio Cloud Director con «lifeboat-cli endpoint add URL --kind vcd».

Los usuarios de una organización indican el Cloud Director como --endpoint y USER@ORG como --user en los comandos
inventory, job create, restore-point, restore y files. Sus trabajos hacen la copia a través del vCenter vinculado;
--objects puede nombrar sus vApps, y --repo es de forma predeterminada el repositorio de la organización.
</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleJobs</name>
    <message>
        <source>Keep at least one restore point.</source>
        <translation>Conserve al menos un punto de restauración.</translation>
    </message>
    <message>
        <source>Retries go from 0 to 10.</source>
        <translation>Los reintentos van de 0 a 10.</translation>
    </message>
    <message>
        <source>The wait between retries cannot be negative.</source>
        <translation>La espera entre reintentos no puede ser negativa.</translation>
    </message>
    <message>
        <source>The database environment takes NAME=value assignments separated by spaces, without quotes or shell syntax.</source>
        <translation>El entorno de la base de datos admite asignaciones NAME=value separadas por espacios, sin comillas ni sintaxis de shell.</translation>
    </message>
    <message>
        <source>Database items are read through guest processing: give a guest user.</source>
        <translation>Los elementos de base de datos se leen mediante el procesamiento de invitado: indique un usuario del invitado.</translation>
    </message>
    <message>
        <source>Guest processing needs a guest user.</source>
        <translation>El procesamiento de invitado necesita un usuario del invitado.</translation>
    </message>
    <message>
        <source>Reports go out on failure, warning or always.</source>
        <translation>Los informes se envían en caso de fallo, en caso de advertencia o siempre.</translation>
    </message>
    <message>
        <source>The schedule needs at least one time of day.</source>
        <translation>La programación necesita al menos una hora del día.</translation>
    </message>
    <message>
        <source>The schedule has a time that is not valid.</source>
        <translation>La programación tiene una hora no válida.</translation>
    </message>
    <message>
        <source>Weekdays go from 1 (Monday) to 7 (Sunday).</source>
        <translation>Los días de la semana van de 1 (lunes) a 7 (domingo).</translation>
    </message>
    <message>
        <source>The day of the month goes from 1 to 31.</source>
        <translation>El día del mes va de 1 a 31.</translation>
    </message>
    <message>
        <source>Every N hours takes 1 to 24 hours.</source>
        <translation>«Cada N horas» admite de 1 a 24 horas.</translation>
    </message>
    <message>
        <source>A job cannot run after itself.</source>
        <translation>Un trabajo no puede ejecutarse después de sí mismo.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local folder.</source>
        <translation>Los trabajos todavía no pueden escribir en repositorios SFTP; use una carpeta local.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Los trabajos necesitan el catálogo.</translation>
    </message>
    <message>
        <source>The job needs a name.</source>
        <translation>El trabajo necesita un nombre.</translation>
    </message>
    <message>
        <source>You can only change jobs on the server you signed in to.</source>
        <translation>Solo puede cambiar los trabajos del servidor en el que ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Choose the repository the job writes to.</source>
        <translation>Elija el repositorio en el que escribe el trabajo.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository: %2</source>
        <translation>%1 no es un repositorio de Lifeboat: %2</translation>
    </message>
    <message>
        <source>Choose at least one VM or container to back up.</source>
        <translation>Elija al menos una VM o un contenedor del que hacer copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is not a VM or container you may back up.</source>
        <translation>%1 no es una VM ni un contenedor del que pueda hacer copia de seguridad.</translation>
    </message>
    <message>
        <source>%1 is a %2, which a job cannot back up.</source>
        <translation>%1 es de tipo %2, que un trabajo no puede incluir en una copia de seguridad.</translation>
    </message>
    <message>
        <source>The excluded VM %1 is not one you may see.</source>
        <translation>La VM excluida %1 no es una de las que puede ver.</translation>
    </message>
    <message>
        <source>The objects of a job on another server can only be changed signed in there.</source>
        <translation>Los objetos de un trabajo de otro servidor solo se pueden cambiar con la sesión iniciada en ese servidor.</translation>
    </message>
    <message>
        <source>An excluded disk is written VM:KEY, not %1.</source>
        <translation>Un disco excluido se escribe VM:KEY, no %1.</translation>
    </message>
    <message>
        <source>The job to run after is not one of your jobs.</source>
        <translation>El trabajo tras el que debe ejecutarse no es uno de sus trabajos.</translation>
    </message>
    <message>
        <source>The guest password could not be kept in the system keychain: %1</source>
        <translation>La contraseña del invitado no se pudo guardar en el llavero del sistema: %1</translation>
    </message>
    <message>
        <source>Guest processing needs a key file or the guest password.</source>
        <translation>El procesamiento de invitado necesita un archivo de clave o la contraseña del invitado.</translation>
    </message>
    <message>
        <source>Your organization has no vApp %1.</source>
        <translation>Su organización no tiene ninguna vApp %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::console::ConsoleSession</name>
    <message>
        <source>Signing in needs the catalog.</source>
        <translation>El inicio de sesión necesita el catálogo.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Introduzca su nombre de usuario y su contraseña.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Inicie sesión primero.</translation>
    </message>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Introduzca la dirección de su servidor vCenter.</translation>
    </message>
    <message>
        <source>%1 is not a server address; enter a host name such as vcenter.example.com or an https:// URL.</source>
        <translation>%1 no es una dirección de servidor; introduzca un nombre de host como vcenter.example.com o una URL https://.</translation>
    </message>
    <message>
        <source>Jobs need the catalog.</source>
        <translation>Los trabajos necesitan el catálogo.</translation>
    </message>
    <message>
        <source>The job %1 belongs to another account.</source>
        <translation>El trabajo %1 pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Elija la carpeta del repositorio que desea abrir.</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>The repository is open offline: jobs need a server. Sign in to a vCenter to run %1.</source>
        <translation>El repositorio está abierto sin conexión: los trabajos necesitan un servidor. Inicie sesión en un vCenter para ejecutar %1.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; choose one from the list, or ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 no es un servidor de esta instalación; elija uno de la lista o pida a su administrador que lo añada con «lifeboat-cli endpoint add».</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on %2; ask your administrator which server to sign in to.</source>
        <translation>La cuenta %1 no tiene acceso a Lifeboat en %2; pregunte a su administrador en qué servidor debe iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 is not a SHA-256 thumbprint.</source>
        <translation>%1 no es una huella SHA-256.</translation>
    </message>
    <message>
        <source>%1 is not a server of this installation; ask your administrator to add it with &apos;lifeboat-cli endpoint add&apos;.</source>
        <translation>%1 no es un servidor de esta instalación; pida a su administrador que lo añada con «lifeboat-cli endpoint add».</translation>
    </message>
    <message>
        <source>%1 is a server of this installation; only an administrator can trust another certificate for it (&apos;lifeboat-cli endpoint trust&apos;).</source>
        <translation>%1 es un servidor de esta instalación; solo un administrador puede confiar en otro certificado para él («lifeboat-cli endpoint trust»).</translation>
    </message>
    <message>
        <source>Your organization %1 has no VMs in Cloud Director yet.</source>
        <translation>Su organización %1 todavía no tiene ninguna VM en Cloud Director.</translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::Keychain</name>
    <message>
        <source>The keychain has no entry %1.</source>
        <translation>El llavero no tiene la entrada %1.</translation>
    </message>
    <message>
        <source>The system keychain refused access: %1</source>
        <translation>El llavero del sistema ha denegado el acceso: %1</translation>
    </message>
    <message>
        <source>The system keychain is not available (%1). Lifeboat does not store secrets anywhere else; enter the password each time, or start a keyring such as GNOME Keyring or KWallet.</source>
        <translation>El llavero del sistema no está disponible (%1). Lifeboat no guarda secretos en ningún otro sitio; escriba la contraseña cada vez o inicie un llavero como GNOME Keyring o KWallet.</translation>
    </message>
    <message numerus="yes">
        <source>The system keychain did not answer within %n second(s); enter the password instead.</source>
        <translation>
            <numerusform>El llavero del sistema no ha respondido en %n segundo; introduzca la contraseña.</numerusform>
            <numerusform>El llavero del sistema no ha respondido en %n segundos; introduzca la contraseña.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::credentials::PasswordRecord</name>
    <message>
        <source>The stored administrator password is not a valid record; create it again with &apos;lifeboat-cli kiosk hash-password&apos;.</source>
        <translation>La contraseña de administrador guardada no es un registro válido; vuelva a crearla con «lifeboat-cli kiosk hash-password».</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::BlockSource</name>
    <message>
        <source>Cannot read %1 bytes at offset %2: the disk or partition ends at %3 bytes.</source>
        <translation>No se pueden leer %1 bytes en el desplazamiento %2: el disco o la partición termina en %3 bytes.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1: %2</source>
        <translation>No se puede determinar el tamaño de %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>No se puede leer %1 en el desplazamiento %2: %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Ext4FileSystem</name>
    <message>
        <source>its data points outside the file system</source>
        <translation>sus datos apuntan fuera del sistema de archivos</translation>
    </message>
    <message>
        <source>its block map is out of order</source>
        <translation>su mapa de bloques está desordenado</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read the inode of %1</source>
        <translation>No se puede leer el inodo de %1</translation>
    </message>
    <message>
        <source>Cannot read %1: its size is impossible.</source>
        <translation>No se puede leer %1: su tamaño es imposible.</translation>
    </message>
    <message>
        <source>%1 is encrypted by the guest (fscrypt) and cannot be read.</source>
        <translation>%1 está cifrado por el invitado (fscrypt) y no se puede leer.</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>Cannot read the block map of %1</source>
        <translation>No se puede leer el mapa de bloques de %1</translation>
    </message>
    <message>
        <source>The symbolic link %1 claims an impossible length.</source>
        <translation>El enlace simbólico %1 indica una longitud imposible.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 no existe en el sistema de archivos del invitado.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>No se puede buscar %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 es un enlace simbólico; los enlaces no se siguen en %2. Use la ruta a la que apunta.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>No se puede leer el directorio %1</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>No hay ninguna partición que abrir.</translation>
    </message>
    <message>
        <source>This ext file system uses features that cannot be read: %1</source>
        <translation>Este sistema de archivos ext usa funciones que no se pueden leer: %1</translation>
    </message>
    <message>
        <source>Cannot read the ext file system: %1</source>
        <translation>No se puede leer el sistema de archivos ext: %1</translation>
    </message>
    <message>
        <source>The ext file system is damaged: %1</source>
        <translation>El sistema de archivos ext está dañado: %1</translation>
    </message>
    <message>
        <source>The ext file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>El sistema de archivos ext indica %1 bytes, pero su partición solo tiene %2; probablemente la imagen de disco esté truncada.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 es un enlace simbólico; los enlaces no se siguen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Extractor</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>its name cannot be used in the target</source>
        <translation>su nombre no se puede usar en el destino</translation>
    </message>
    <message>
        <source>devices, pipes and sockets are not restored</source>
        <translation>los dispositivos, las canalizaciones y los sockets no se restauran</translation>
    </message>
    <message>
        <source>it exists in the target (restore with overwrite to replace it)</source>
        <translation>ya existe en el destino (restaure con overwrite para reemplazarlo)</translation>
    </message>
    <message>
        <source>it exists in the target, and so does %1</source>
        <translation>ya existe en el destino, igual que %1</translation>
    </message>
    <message>
        <source>%1 -&gt; %2</source>
        <translation>%1 -&gt; %2</translation>
    </message>
    <message>
        <source>something that is not a folder has that name in the target</source>
        <translation>en el destino hay algo con ese nombre que no es una carpeta</translation>
    </message>
    <message>
        <source>a folder of that name exists in the target</source>
        <translation>en el destino existe una carpeta con ese nombre</translation>
    </message>
    <message>
        <source>its content cannot be read: %1</source>
        <translation>su contenido no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the link has no usable target</source>
        <translation>el enlace no tiene un destino utilizable</translation>
    </message>
    <message>
        <source>%1 cannot be restored to its original place.</source>
        <translation>%1 no se puede restaurar en su ubicación original.</translation>
    </message>
    <message>
        <source>it lies deeper than 1,024 folders (a loop in a damaged file system?)</source>
        <translation>está a más de 1.024 niveles de carpetas de profundidad (¿un bucle en un sistema de archivos dañado?)</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::FileIndex</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>El catálogo no pudo %1: %2</translation>
    </message>
    <message>
        <source>read the file index</source>
        <translation>leer el índice de archivos</translation>
    </message>
    <message>
        <source>The catalog could not start a transaction: %1</source>
        <translation>El catálogo no pudo iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>update the file index</source>
        <translation>actualizar el índice de archivos</translation>
    </message>
    <message>
        <source>add to the file index</source>
        <translation>añadir al índice de archivos</translation>
    </message>
    <message>
        <source>The catalog could not store the file index: %1</source>
        <translation>El catálogo no pudo guardar el índice de archivos: %1</translation>
    </message>
    <message>
        <source>The catalog could not update the file index.</source>
        <translation>El catálogo no pudo actualizar el índice de archivos.</translation>
    </message>
    <message>
        <source>search the file index</source>
        <translation>buscar en el índice de archivos</translation>
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
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be opened: %2</source>
        <translation>No se puede abrir la carpeta %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>No se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Cannot open the folder</source>
        <translation>No se puede abrir la carpeta</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>No se puede reemplazar</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>No se puede crear</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>No se puede escribir en</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>No se puede crear el enlace</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestFileSystem</name>
    <message>
        <source>The guest path &quot;%1&quot; is not valid: %2</source>
        <translation>La ruta del invitado «%1» no es válida: %2</translation>
    </message>
    <message>
        <source>This partition holds the external journal of an ext3/ext4 file system; it contains no files.</source>
        <translation>Esta partición contiene el diario externo de un sistema de archivos ext3/ext4; no contiene archivos.</translation>
    </message>
    <message>
        <source>exFAT is not supported yet.</source>
        <translation>exFAT todavía no es compatible.</translation>
    </message>
    <message>
        <source>FAT is not supported yet.</source>
        <translation>FAT todavía no es compatible.</translation>
    </message>
    <message>
        <source>XFS is not supported yet.</source>
        <translation>XFS todavía no es compatible.</translation>
    </message>
    <message>
        <source>Btrfs is not supported yet.</source>
        <translation>Btrfs todavía no es compatible.</translation>
    </message>
    <message>
        <source>This partition is encrypted with LUKS; encrypted volumes cannot be read.</source>
        <translation>Esta partición está cifrada con LUKS; los volúmenes cifrados no se pueden leer.</translation>
    </message>
    <message>
        <source>This partition is an LVM physical volume; LVM volumes are not supported yet.</source>
        <translation>Esta partición es un volumen físico LVM; los volúmenes LVM todavía no son compatibles.</translation>
    </message>
    <message>
        <source>This partition is swap space; it contains no files.</source>
        <translation>Esta partición es espacio de intercambio (swap); no contiene archivos.</translation>
    </message>
    <message>
        <source>No known file system was found in this partition.</source>
        <translation>No se ha encontrado ningún sistema de archivos conocido en esta partición.</translation>
    </message>
    <message>
        <source>the path is empty.</source>
        <translation>la ruta está vacía.</translation>
    </message>
    <message>
        <source>it must be absolute (start with &quot;/&quot;).</source>
        <translation>debe ser absoluta (empezar por «/»).</translation>
    </message>
    <message>
        <source>it contains a NUL byte.</source>
        <translation>contiene un byte NUL.</translation>
    </message>
    <message>
        <source>it contains an empty component (&quot;//&quot;).</source>
        <translation>contiene un componente vacío («//»).</translation>
    </message>
    <message>
        <source>it contains &quot;%1&quot;; paths are taken literally, not resolved.</source>
        <translation>contiene «%1»; las rutas se toman literalmente, no se resuelven.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::GuestSftpTarget</name>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 ha aceptado el inicio de sesión, pero ha rechazado SFTP: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder on %2.</source>
        <translation>%1 no es una carpeta en %2.</translation>
    </message>
    <message>
        <source>%1 on %2 is not a folder (a link or a file has its place).</source>
        <translation>%1 en %2 no es una carpeta (en su lugar hay un enlace o un archivo).</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>No se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>No se puede crear</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>No se puede escribir en</translation>
    </message>
    <message>
        <source>Cannot set the attributes of</source>
        <translation>No se pueden establecer los atributos de</translation>
    </message>
    <message>
        <source>Cannot replace</source>
        <translation>No se puede reemplazar</translation>
    </message>
    <message>
        <source>Cannot put in place</source>
        <translation>No se puede colocar en su sitio</translation>
    </message>
    <message>
        <source>Cannot create the link</source>
        <translation>No se puede crear el enlace</translation>
    </message>
    <message>
        <source>The connection to %1 was lost (%2).</source>
        <translation>Se ha perdido la conexión con %1 (%2).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no space left in the guest</source>
        <translation>no queda espacio en el invitado</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>the guest reported failure (SFTP status %1)</source>
        <translation>el invitado ha informado de un error (estado SFTP %1)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 accepted a connection without a trusted host key.</source>
        <translation>%1 aceptó una conexión sin una clave de host de confianza.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::NtfsFileSystem</name>
    <message>
        <source>it is compressed with Windows system compression (Compact OS), which cannot be read</source>
        <translation>el archivo está comprimido con la compresión del sistema de Windows (Compact OS), que no se puede leer</translation>
    </message>
    <message>
        <source>it is stored by Windows Data Deduplication, whose chunk store cannot be read</source>
        <translation>el archivo lo almacena la desduplicación de datos de Windows, cuyo almacén de fragmentos (chunk store) no se puede leer</translation>
    </message>
    <message>
        <source>it is a cloud file placeholder (e.g. OneDrive) whose content may not be on this disk</source>
        <translation>el archivo es un marcador de posición de un archivo en la nube (por ejemplo, OneDrive) cuyo contenido puede no estar en este disco</translation>
    </message>
    <message>
        <source>it is a reparse point (tag 0x%1) whose content is not stored in the file itself</source>
        <translation>el archivo es un reparse point (etiqueta 0x%1) cuyo contenido no está almacenado en el propio archivo</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot read the MFT record of %1</source>
        <translation>No se puede leer el registro MFT de %1</translation>
    </message>
    <message>
        <source>Cannot read the reparse point of %1</source>
        <translation>No se puede leer el reparse point de %1</translation>
    </message>
    <message>
        <source>Cannot read %1</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>%1 is a symbolic link or junction; links are not followed in %2. Use the path it points to.</source>
        <translation>%1 es un enlace simbólico o una junction; los enlaces no se siguen en %2. Use la ruta a la que apunta el enlace.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 no es un directorio.</translation>
    </message>
    <message>
        <source>%1 does not exist in the guest file system.</source>
        <translation>%1 no existe en el sistema de archivos del invitado.</translation>
    </message>
    <message>
        <source>Cannot look up %1</source>
        <translation>No se puede buscar %1</translation>
    </message>
    <message>
        <source>Cannot read the directory %1</source>
        <translation>No se puede leer el directorio %1</translation>
    </message>
    <message>
        <source>Cannot read the run list of %1</source>
        <translation>No se puede leer la run list de %1</translation>
    </message>
    <message>
        <source>its run list is out of order</source>
        <translation>su run list está desordenada</translation>
    </message>
    <message>
        <source>its data points outside the file system</source>
        <translation>sus datos apuntan fuera del sistema de archivos</translation>
    </message>
    <message>
        <source>its run list ends before its data</source>
        <translation>su run list termina antes que sus datos</translation>
    </message>
    <message>
        <source>Cannot open the content of %1</source>
        <translation>No se puede abrir el contenido de %1</translation>
    </message>
    <message>
        <source>its size is impossible</source>
        <translation>su tamaño es imposible</translation>
    </message>
    <message>
        <source>its data ends early</source>
        <translation>sus datos terminan antes de tiempo</translation>
    </message>
    <message>
        <source>%1 is encrypted by Windows (EFS) and cannot be read.</source>
        <translation>%1 está cifrado por Windows (EFS) y no se puede leer.</translation>
    </message>
    <message>
        <source>No partition to open.</source>
        <translation>No hay ninguna partición que abrir.</translation>
    </message>
    <message>
        <source>The partition is too small for NTFS.</source>
        <translation>La partición es demasiado pequeña para NTFS.</translation>
    </message>
    <message>
        <source>Cannot read the NTFS boot sector: %1</source>
        <translation>No se puede leer el sector de arranque NTFS: %1</translation>
    </message>
    <message>
        <source>The NTFS file system claims %1 bytes but its partition has only %2; the disk image is probably truncated.</source>
        <translation>El sistema de archivos NTFS indica %1 bytes, pero su partición solo tiene %2; probablemente la imagen de disco esté truncada.</translation>
    </message>
    <message>
        <source>Cannot open NTFS: out of memory.</source>
        <translation>No se puede abrir NTFS: memoria insuficiente.</translation>
    </message>
    <message>
        <source>The NTFS boot sector is not valid: %1</source>
        <translation>El sector de arranque NTFS no es válido: %1</translation>
    </message>
    <message>
        <source>The NTFS file system cannot be opened</source>
        <translation>No se puede abrir el sistema de archivos NTFS</translation>
    </message>
    <message>
        <source>NTFS version %1.%2 is not supported.</source>
        <translation>La versión %1.%2 de NTFS no es compatible.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; links are not followed.</source>
        <translation>%1 es un enlace simbólico; los enlaces no se siguen.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 no se puede leer: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::Partitions</name>
    <message>
        <source>MBR partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>La partición MBR %1 (sectores %2 a %3) queda fuera del disco (%4 sectores) y se ha omitido.</translation>
    </message>
    <message>
        <source>The extended partition chain has more than %1 links; the rest was ignored.</source>
        <translation>La cadena de particiones extendidas tiene más de %1 enlaces; el resto se ha ignorado.</translation>
    </message>
    <message>
        <source>The extended partition chain loops back to sector %1; the rest was ignored.</source>
        <translation>La cadena de particiones extendidas vuelve al sector %1; el resto se ha ignorado.</translation>
    </message>
    <message>
        <source>An extended partition link points to sector %1, outside its extended partition; the rest was ignored.</source>
        <translation>Un enlace de partición extendida apunta al sector %1, fuera de su partición extendida; el resto se ha ignorado.</translation>
    </message>
    <message>
        <source>The extended partition link at sector %1 has no boot signature; the rest was ignored.</source>
        <translation>El enlace de partición extendida del sector %1 no tiene firma de arranque; el resto se ha ignorado.</translation>
    </message>
    <message>
        <source>Logical partition %1 (sectors %2 to %3) lies outside its extended partition or the disk and was skipped.</source>
        <translation>La partición lógica %1 (sectores %2 a %3) queda fuera de su partición extendida o del disco y se ha omitido.</translation>
    </message>
    <message>
        <source>no GPT signature at sector %1</source>
        <translation>no hay firma GPT en el sector %1</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid size (%2)</source>
        <translation>el encabezado del sector %1 tiene un tamaño no válido (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 fails its checksum</source>
        <translation>la suma de comprobación del encabezado del sector %1 no es correcta</translation>
    </message>
    <message>
        <source>the header at sector %1 says it belongs elsewhere</source>
        <translation>el encabezado del sector %1 indica que pertenece a otra ubicación</translation>
    </message>
    <message>
        <source>the header at sector %1 has an invalid entry size (%2)</source>
        <translation>el encabezado del sector %1 tiene un tamaño de entrada no válido (%2)</translation>
    </message>
    <message>
        <source>the header at sector %1 claims an implausible %2 entries</source>
        <translation>el encabezado del sector %1 indica un número de entradas inverosímil (%2)</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 lies outside the disk</source>
        <translation>la tabla de entradas del encabezado del sector %1 queda fuera del disco</translation>
    </message>
    <message>
        <source>the entry array of the header at sector %1 fails its checksum</source>
        <translation>la suma de comprobación de la tabla de entradas del encabezado del sector %1 no es correcta</translation>
    </message>
    <message>
        <source>The GPT partition table is damaged: primary: %1; backup: %2.</source>
        <translation>La tabla de particiones GPT está dañada: principal: %1; copia de respaldo: %2.</translation>
    </message>
    <message>
        <source>The primary GPT header is damaged (%1); the backup copy at the end of the disk was used.</source>
        <translation>El encabezado GPT principal está dañado (%1); se ha usado la copia de respaldo del final del disco.</translation>
    </message>
    <message>
        <source>GPT partition %1 (sectors %2 to %3) lies outside the disk (%4 sectors) and was skipped.</source>
        <translation>La partición GPT %1 (sectores %2 a %3) queda fuera del disco (%4 sectores) y se ha omitido.</translation>
    </message>
    <message>
        <source>Partitions %1 and %2 overlap; their contents may be mixed up.</source>
        <translation>Las particiones %1 y %2 se solapan; sus contenidos pueden estar mezclados.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::RestorePointVolumes</name>
    <message>
        <source>The volume %1 cannot be read: %2</source>
        <translation>El volumen %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>The restore point has no volume %1. Its readable volumes: %2.</source>
        <translation>El punto de restauración no tiene el volumen %1. Sus volúmenes legibles: %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No volume of this restore point holds a file system Lifeboat can read.</source>
        <translation>Ningún volumen de este punto de restauración contiene un sistema de archivos que Lifeboat pueda leer.</translation>
    </message>
    <message>
        <source>The restore point has several volumes; choose one with --volume: %1.</source>
        <translation>El punto de restauración tiene varios volúmenes; elija uno con --volume: %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::guest::ZipTarget</name>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 ya existe; elija otro archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot start compression.</source>
        <translation>No se puede iniciar la compresión.</translation>
    </message>
    <message>
        <source>%1 cannot be stored in a zip file (a backslash in the name, or a path longer than 65,535 bytes).</source>
        <translation>%1 no se puede almacenar en un archivo .zip (una barra invertida en el nombre o una ruta de más de 65.535 bytes).</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::BackupRun</name>
    <message>
        <source>Retry of session %1 started for job %2.</source>
        <translation>Se ha iniciado el reintento de la sesión %1 para el trabajo %2.</translation>
    </message>
    <message>
        <source>Job %1 started.</source>
        <translation>Se ha iniciado el trabajo %1.</translation>
    </message>
    <message>
        <source>Jobs cannot write to SFTP repositories yet; use a local or mounted folder.</source>
        <translation>Los trabajos todavía no pueden escribir en repositorios SFTP; use una carpeta local o montada.</translation>
    </message>
    <message>
        <source>Cannot open the repository %1: %2</source>
        <translation>No se puede abrir el repositorio %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>No se puede iniciar sesión en %1 como %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>No se puede leer el inventario de %1: %2</translation>
    </message>
    <message>
        <source>Stop requested by the user.</source>
        <translation>Detención solicitada por el usuario.</translation>
    </message>
    <message>
        <source>Backing up %1 (%2).</source>
        <translation>Haciendo copia de seguridad de %1 (%2).</translation>
    </message>
    <message>
        <source>Cannot list the snapshots: %1</source>
        <translation>No se pueden listar los snapshots: %1</translation>
    </message>
    <message>
        <source>Removed the snapshot &quot;%1&quot; that an interrupted run left behind.</source>
        <translation>Se ha eliminado el snapshot «%1» que dejó una ejecución interrumpida.</translation>
    </message>
    <message>
        <source>Cannot remove the leftover snapshot &quot;%1&quot;: %2</source>
        <translation>No se puede eliminar el snapshot residual «%1»: %2</translation>
    </message>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Changed-block tracking enabled.</source>
        <translation>Seguimiento de bloques modificados activado.</translation>
    </message>
    <message>
        <source>Cannot enable changed-block tracking (%1); every backup reads the whole disks.</source>
        <translation>No se puede activar el seguimiento de bloques modificados (%1); cada copia de seguridad lee los discos completos.</translation>
    </message>
    <message>
        <source>Cannot read the repository&apos;s restore points: %1</source>
        <translation>No se pueden leer los puntos de restauración del repositorio: %1</translation>
    </message>
    <message>
        <source>Taken by Lifeboat for a backup; removed when the backup ends.</source>
        <translation>Creado por Lifeboat para una copia de seguridad; se elimina cuando termina la copia.</translation>
    </message>
    <message>
        <source>Cannot take a snapshot: %1</source>
        <translation>No se puede crear un snapshot: %1</translation>
    </message>
    <message>
        <source>Snapshot %1 taken.</source>
        <translation>Se ha creado el snapshot %1.</translation>
    </message>
    <message>
        <source>Cannot read the snapshot&apos;s disks: %1</source>
        <translation>No se pueden leer los discos del snapshot: %1</translation>
    </message>
    <message>
        <source>Disk %1 is excluded by the job.</source>
        <translation>El disco %1 está excluido por el trabajo.</translation>
    </message>
    <message>
        <source>Changed blocks of %1 are not available (%2); reading the whole disk.</source>
        <translation>Los bloques modificados de %1 no están disponibles (%2); se lee el disco completo.</translation>
    </message>
    <message>
        <source>%1: %2 changed since the previous restore point.</source>
        <translation>%1: %2 modificados desde el punto de restauración anterior.</translation>
    </message>
    <message>
        <source>The VM&apos;s configuration file was not saved with the restore point: %1</source>
        <translation>El archivo de configuración de la VM no se ha guardado con el punto de restauración: %1</translation>
    </message>
    <message>
        <source>The disk %1 cannot be read through the datastore API.</source>
        <translation>El disco %1 no se puede leer a través de la API del almacén de datos.</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>La copia de seguridad ha fallado: %1</translation>
    </message>
    <message>
        <source>Restore point %1: %2 read, %3 stored (%4 of %5 chunks new, %6 unchanged or zero).</source>
        <translation>Punto de restauración %1: %2 leídos, %3 almacenados (%4 de %5 fragmentos nuevos, %6 sin cambios o a cero).</translation>
    </message>
    <message>
        <source>Snapshot %1 removed.</source>
        <translation>Se ha eliminado el snapshot %1.</translation>
    </message>
    <message>
        <source>Cannot remove the snapshot %1 (%2); the next run of this job removes it.</source>
        <translation>No se puede eliminar el snapshot %1 (%2); la próxima ejecución de este trabajo lo eliminará.</translation>
    </message>
    <message>
        <source>%1 done in %2 s.</source>
        <translation>%1 completado en %2 s.</translation>
    </message>
    <message>
        <source>Session ended: %1.</source>
        <translation>Sesión finalizada: %1.</translation>
    </message>
    <message>
        <source>%1 (%2) is no longer in the inventory.</source>
        <translation>%1 (%2) ya no está en el inventario.</translation>
    </message>
    <message>
        <source>%1 holds no VMs.</source>
        <translation>%1 no contiene ninguna VM.</translation>
    </message>
    <message>
        <source>%1 is outside the scope of %2 and was not backed up.</source>
        <translation>%1 está fuera del ámbito de %2 y no se ha incluido en la copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup of %1 was not started: it may store up to %2, and %3 of the quota of %4 is used already. Ask your administrator for a larger quota or remove restore points.</source>
        <translation>No se ha iniciado la copia de seguridad de %1: puede almacenar hasta %2, y ya se han usado %3 de la cuota de %4. Pida a su administrador una cuota mayor o elimine puntos de restauración.</translation>
    </message>
    <message>
        <source>Guest processing needs the guest&apos;s address: VMware Tools report none and the job names none for %1.</source>
        <translation>El procesamiento de invitado necesita la dirección del invitado: VMware Tools no informa de ninguna y el trabajo no indica ninguna para %1.</translation>
    </message>
    <message>
        <source>Guest processing: %1</source>
        <translation>Procesamiento de invitado: %1</translation>
    </message>
    <message>
        <source>Pre-freeze script exited with %1: %2</source>
        <translation>El script pre-freeze ha terminado con el código de salida %1: %2</translation>
    </message>
    <message>
        <source>The pre-freeze script failed (exit status %1); no snapshot was taken.</source>
        <translation>El script pre-freeze ha fallado (código de salida %1); no se ha creado ningún snapshot.</translation>
    </message>
    <message>
        <source>The post-thaw script could not run: %1</source>
        <translation>No se ha podido ejecutar el script post-thaw: %1</translation>
    </message>
    <message>
        <source>Post-thaw script exited with %1: %2</source>
        <translation>El script post-thaw ha terminado con el código de salida %1: %2</translation>
    </message>
    <message>
        <source>The guest files were not indexed: %1</source>
        <translation>Los archivos del invitado no se han indexado: %1</translation>
    </message>
    <message>
        <source>Indexed %1 guest files and folders (%2 new or changed).</source>
        <translation>Se han indexado %1 archivos y carpetas del invitado (%2 nuevos o modificados).</translation>
    </message>
    <message>
        <source>Not indexed: %1</source>
        <translation>No indexado: %1</translation>
    </message>
    <message>
        <source>%1: the databases cannot be listed: %2</source>
        <translation>%1: no se pueden enumerar las bases de datos: %2</translation>
    </message>
    <message>
        <source>%1: the database name %2 is not backed up (quotes or control characters)</source>
        <translation>%1: la base de datos %2 no se incluye en la copia de seguridad (comillas o caracteres de control en el nombre)</translation>
    </message>
    <message>
        <source>%1 database %2: the dump failed: %3</source>
        <translation>Base de datos %1 %2: el volcado ha fallado: %3</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Elementos de base de datos: %1</translation>
    </message>
    <message>
        <source>Dumped the %1 database %2 (%3).</source>
        <translation>Volcado de la base de datos %1 %2 completado (%3).</translation>
    </message>
    <message>
        <source>Database items: no temporary folder for the dumps: %1</source>
        <translation>Elementos de base de datos: no hay ninguna carpeta temporal para los volcados: %1</translation>
    </message>
    <message>
        <source>the list of databases is too long</source>
        <translation>la lista de bases de datos es demasiado larga</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Job</name>
    <message>
        <source>The stored job definition has an invalid &quot;%1&quot;.</source>
        <translation>La definición de trabajo guardada tiene un valor «%1» no válido.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::JobStore</name>
    <message>
        <source>The catalog could not %1: %2</source>
        <translation>El catálogo no pudo %1: %2</translation>
    </message>
    <message>
        <source>A job named %1 exists already.</source>
        <translation>Ya existe un trabajo llamado %1.</translation>
    </message>
    <message>
        <source>save the job</source>
        <translation>guardar el trabajo</translation>
    </message>
    <message>
        <source>There is no job with id %1.</source>
        <translation>No hay ningún trabajo con el ID %1.</translation>
    </message>
    <message>
        <source>list the jobs</source>
        <translation>listar los trabajos</translation>
    </message>
    <message>
        <source>read the job</source>
        <translation>leer el trabajo</translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation>No hay ningún trabajo %1.</translation>
    </message>
    <message>
        <source>delete the job</source>
        <translation>eliminar el trabajo</translation>
    </message>
    <message>
        <source>start a session</source>
        <translation>iniciar una sesión</translation>
    </message>
    <message>
        <source>list the running sessions</source>
        <translation>listar las sesiones en curso</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped while the session ran.</source>
        <translation>Interrumpida: Lifeboat se detuvo mientras se ejecutaba la sesión.</translation>
    </message>
    <message>
        <source>close an interrupted session</source>
        <translation>cerrar una sesión interrumpida</translation>
    </message>
    <message>
        <source>finish the session</source>
        <translation>finalizar la sesión</translation>
    </message>
    <message>
        <source>start a task</source>
        <translation>iniciar una tarea</translation>
    </message>
    <message>
        <source>finish a task</source>
        <translation>finalizar una tarea</translation>
    </message>
    <message>
        <source>write the session log</source>
        <translation>escribir el registro de la sesión</translation>
    </message>
    <message>
        <source>list the sessions</source>
        <translation>listar las sesiones</translation>
    </message>
    <message>
        <source>read the session</source>
        <translation>leer la sesión</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>No hay ninguna sesión %1.</translation>
    </message>
    <message>
        <source>read the session log</source>
        <translation>leer el registro de la sesión</translation>
    </message>
    <message>
        <source>read the schedule</source>
        <translation>leer la programación</translation>
    </message>
    <message>
        <source>save the schedule</source>
        <translation>guardar la programación</translation>
    </message>
    <message>
        <source>request a stop</source>
        <translation>solicitar una detención</translation>
    </message>
    <message>
        <source>claim the scheduler</source>
        <translation>tomar el control del programador</translation>
    </message>
    <message>
        <source>release the scheduler</source>
        <translation>liberar el programador</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Schedule</name>
    <message>
        <source>&quot;%1&quot; is not a schedule. Examples: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</source>
        <translation>«%1» no es una programación. Ejemplos: &quot;daily 22:00&quot;, &quot;daily 01:30 mon-fri&quot;, &quot;monthly 1 03:00&quot;, &quot;every 4h&quot;, &quot;after nightly&quot;, &quot;none&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule policy: give any, none, or a start window such as &quot;20:00-06:00&quot;.</source>
        <translation>«%1» no es una política de programación: indique any, none o una ventana de inicio como «20:00-06:00».</translation>
    </message>
    <message>
        <source>Your provider lets your jobs run only when you start them: choose no schedule.</source>
        <translation>Su proveedor solo ejecuta sus trabajos cuando usted los inicia: no elija ninguna programación.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; a job every few hours would start outside that window.</source>
        <translation>Su proveedor solo permite iniciar sus trabajos entre las %1 y las %2; un trabajo cada pocas horas se iniciaría fuera de ese intervalo.</translation>
    </message>
    <message>
        <source>Your provider lets your jobs start only between %1 and %2; %3 is outside.</source>
        <translation>Su proveedor solo permite iniciar sus trabajos entre las %1 y las %2; %3 queda fuera.</translation>
    </message>
</context>
<context>
    <name>lifeboat::jobs::Scheduler</name>
    <message>
        <source>the computer was asleep</source>
        <translation>el equipo estaba en suspensión</translation>
    </message>
    <message>
        <source>the scheduler was held up</source>
        <translation>el programador se retrasó</translation>
    </message>
    <message>
        <source>Lifeboat was not running</source>
        <translation>Lifeboat no se estaba ejecutando</translation>
    </message>
    <message numerus="yes">
        <source>Missed %n scheduled run(s) (%1) because %2; running the job once now.</source>
        <translation>
            <numerusform>Se perdió %n ejecución programada (%1) porque %2; el trabajo se ejecuta una vez ahora.</numerusform>
            <numerusform>Se perdieron %n ejecuciones programadas (%1) porque %2; el trabajo se ejecuta una vez ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Catch-up run for the missed schedule.</source>
        <translation>Ejecución de recuperación de la programación perdida.</translation>
    </message>
    <message>
        <source>Scheduled run (%1).</source>
        <translation>Ejecución programada (%1).</translation>
    </message>
    <message>
        <source>Started after the job %1 finished.</source>
        <translation>Iniciado después de que terminara el trabajo %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::notify::Mailer</name>
    <message>
        <source>The mail settings are incomplete: a host, a port and a security of none, starttls or tls are needed.</source>
        <translation>La configuración de correo está incompleta: se necesitan un host, un puerto y una seguridad none, starttls o tls.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«%1» no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The mail server %1 did not answer in time.</source>
        <translation>El servidor de correo %1 no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>The certificate of the mail server %1 is not trusted; its SHA-256 thumbprint is %2.</source>
        <translation>El certificado del servidor de correo %1 no es de confianza; su huella SHA-256 es %2.</translation>
    </message>
    <message>
        <source>Cannot reach the mail server %1: %2</source>
        <translation>No se puede acceder al servidor de correo %1: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3 (SMTP %4)</source>
        <translation>El servidor de correo %1 ha rechazado %2: %3 (SMTP %4)</translation>
    </message>
    <message>
        <source>the connection</source>
        <translation>la conexión</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS; the password and the report would travel in clear text. Use security tls or none.</source>
        <translation>El servidor de correo %1 no ofrece STARTTLS; la contraseña y el informe viajarían sin cifrar. Use la seguridad tls o none.</translation>
    </message>
    <message>
        <source>the login of %1</source>
        <translation>el inicio de sesión de %1</translation>
    </message>
    <message>
        <source>the sender %1</source>
        <translation>el remitente %1</translation>
    </message>
    <message>
        <source>the recipient %1</source>
        <translation>el destinatario %1</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>el mensaje</translation>
    </message>
    <message>
        <source>Lifeboat does not send a mail password without TLS; set security to starttls or tls.</source>
        <translation>Lifeboat no envía una contraseña de correo sin TLS; establezca la seguridad en starttls o tls.</translation>
    </message>
    <message>
        <source>The message has no recipient.</source>
        <translation>El mensaje no tiene destinatario.</translation>
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
        <translation>No se puede escribir en</translation>
    </message>
    <message>
        <source>Cannot flush</source>
        <translation>No se puede sincronizar</translation>
    </message>
    <message>
        <source>Cannot store</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <source>Cannot create</source>
        <translation>No se puede crear</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>No se puede leer</translation>
    </message>
    <message>
        <source>%1 ends before offset %2: the file is truncated.</source>
        <translation>%1 termina antes del desplazamiento %2: el archivo está truncado.</translation>
    </message>
    <message>
        <source>Cannot delete</source>
        <translation>No se puede eliminar</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>The connection to the SFTP server was lost (%1).</source>
        <translation>Se ha perdido la conexión con el servidor SFTP (%1).</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>%1 %2: out of memory</source>
        <translation>%1 %2: memoria insuficiente</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>no space left on the server</source>
        <translation>no queda espacio en el servidor</translation>
    </message>
    <message>
        <source>already exists</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>conexión perdida</translation>
    </message>
    <message>
        <source>the server does not support this operation</source>
        <translation>el servidor no admite esta operación</translation>
    </message>
    <message>
        <source>the server reported failure (SFTP status %1)</source>
        <translation>el servidor ha notificado un error (estado SFTP %1)</translation>
    </message>
    <message>
        <source>Cannot create the folder</source>
        <translation>No se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1 accepted the login but refused SFTP: %2</source>
        <translation>%1 ha aceptado el inicio de sesión, pero ha rechazado SFTP: %2</translation>
    </message>
    <message>
        <source>Cannot open a channel</source>
        <translation>No se puede abrir un canal con</translation>
    </message>
    <message>
        <source>unexpected reply from the server</source>
        <translation>respuesta inesperada del servidor</translation>
    </message>
    <message>
        <source>Cannot send</source>
        <translation>No se pueden enviar datos a</translation>
    </message>
    <message>
        <source>malformed reply from the server</source>
        <translation>respuesta mal formada del servidor</translation>
    </message>
    <message>
        <source>Cannot receive</source>
        <translation>No se pueden recibir datos de</translation>
    </message>
    <message>
        <source>the server closed the channel</source>
        <translation>el servidor ha cerrado el canal</translation>
    </message>
    <message>
        <source>%1 was already committed.</source>
        <translation>%1 ya se ha confirmado.</translation>
    </message>
    <message>
        <source>the upload of %1 was interrupted</source>
        <translation>la subida de %1 se ha interrumpido</translation>
    </message>
    <message>
        <source>Cannot list</source>
        <translation>No se puede listar</translation>
    </message>
    <message>
        <source>%1 is not a valid SFTP location: %2</source>
        <translation>%1 no es una ubicación SFTP válida: %2</translation>
    </message>
    <message>
        <source>it must start with sftp://</source>
        <translation>debe empezar por sftp://</translation>
    </message>
    <message>
        <source>the server name is missing</source>
        <translation>falta el nombre del servidor</translation>
    </message>
    <message>
        <source>the user name is missing (sftp://user@server/folder)</source>
        <translation>falta el nombre de usuario (sftp://user@server/folder)</translation>
    </message>
    <message>
        <source>passwords do not belong in the location</source>
        <translation>las contraseñas no deben figurar en la ubicación</translation>
    </message>
    <message>
        <source>the port is out of range</source>
        <translation>el puerto está fuera de rango</translation>
    </message>
    <message>
        <source>the folder must be an absolute path</source>
        <translation>la carpeta debe ser una ruta absoluta</translation>
    </message>
    <message>
        <source>An SFTP location needs a server and an absolute folder.</source>
        <translation>Una ubicación SFTP necesita un servidor y una carpeta absoluta.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::BlobCodec</name>
    <message>
        <source>Chunk %1 is damaged: its authentication failed (the stored bytes were changed).</source>
        <translation>El fragmento %1 está dañado: su autenticación ha fallado (los bytes almacenados se han modificado).</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it is empty.</source>
        <translation>El fragmento %1 está dañado: está vacío.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: it does not decompress.</source>
        <translation>El fragmento %1 está dañado: no se puede descomprimir.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: unknown compression %2.</source>
        <translation>El fragmento %1 está dañado: compresión desconocida %2.</translation>
    </message>
    <message>
        <source>Chunk %1 is damaged: its content does not match its id.</source>
        <translation>El fragmento %1 está dañado: su contenido no coincide con su identificador.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::ChunkIndex</name>
    <message>
        <source>The chunk index&apos;s temporary file in %1 could not be read or written (%2). Free space there and run the job again.</source>
        <translation>No se ha podido leer o escribir el archivo temporal del índice de fragmentos en %1 (%2). Libere espacio allí y vuelva a ejecutar el trabajo.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Pipeline</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>La operación se ha cancelado.</translation>
    </message>
    <message>
        <source>Cannot read %1 at offset %2: %3</source>
        <translation>No se puede leer %1 en el desplazamiento %2: %3</translation>
    </message>
    <message>
        <source>unexpected end of file</source>
        <translation>fin de archivo inesperado</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>Cannot find the size of %1.</source>
        <translation>No se puede determinar el tamaño de %1.</translation>
    </message>
    <message>
        <source>The previous restore point of disk %1 used another chunk size.</source>
        <translation>El punto de restauración anterior del disco %1 usaba otro tamaño de fragmento.</translation>
    </message>
    <message>
        <source>The restore point %1 has no disk named %2.</source>
        <translation>El punto de restauración %1 no tiene ningún disco llamado %2.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another target or allow overwriting.</source>
        <translation>%1 ya existe; elija otro destino o permita sobrescribirlo.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <source>Cannot size %1: %2</source>
        <translation>No se puede establecer el tamaño de %1: %2</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 cannot be read: %2</source>
        <translation>No se puede leer la lista de fragmentos del disco %1: %2</translation>
    </message>
    <message>
        <source>%1 (disk %2, offset %3)</source>
        <translation>%1 (disco %2, desplazamiento %3)</translation>
    </message>
    <message>
        <source>The chunk at offset %1 of disk %2 has the wrong length.</source>
        <translation>El fragmento en el desplazamiento %1 del disco %2 tiene una longitud incorrecta.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot flush %1: %2</source>
        <translation>No se puede sincronizar %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the restored disk to %1: %2</source>
        <translation>No se puede mover el disco restaurado a %1: %2</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside disk %3 (%4 bytes).</source>
        <translation>La lectura de %1 bytes en %2 queda fuera del disco %3 (%4 bytes).</translation>
    </message>
    <message>
        <source>pack %1 is truncated</source>
        <translation>el archivo pack %1 está truncado</translation>
    </message>
    <message>
        <source>chunk %1 is damaged</source>
        <translation>el fragmento %1 está dañado</translation>
    </message>
    <message>
        <source>chunk %1 is missing</source>
        <translation>falta el fragmento %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Prune</name>
    <message>
        <source>The restore point %1 is immutable until %2 and cannot be deleted before then.</source>
        <translation>El punto de restauración %1 es inmutable hasta %2 y no se puede eliminar antes.</translation>
    </message>
    <message>
        <source>The restore point %1 is already immutable until %2; immutability can only be extended.</source>
        <translation>El punto de restauración %1 ya es inmutable hasta %2; la inmutabilidad solo se puede ampliar.</translation>
    </message>
    <message>
        <source>A retention policy must keep something (for example --keep-last 7); prune refuses to delete every restore point.</source>
        <translation>Una política de retención debe conservar algo (por ejemplo, --keep-last 7); la depuración no elimina todos los puntos de restauración.</translation>
    </message>
    <message>
        <source>Prune stopped before deleting anything: %1 Run &apos;lifeboat-cli repo verify&apos;.</source>
        <translation>La depuración se detuvo antes de eliminar nada: %1 Ejecute «lifeboat-cli repo verify».</translation>
    </message>
    <message>
        <source>Prune stopped before deleting data: %1</source>
        <translation>La depuración se detuvo antes de eliminar datos: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::Repository</name>
    <message>
        <source>The key derivation (scrypt) failed; the key file&apos;s parameters may be damaged.</source>
        <translation>La derivación de clave (scrypt) ha fallado; puede que los parámetros del archivo de clave estén dañados.</translation>
    </message>
    <message>
        <source>%1 already holds a repository; nothing was changed.</source>
        <translation>%1 ya contiene un repositorio; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The chunk size must be a multiple of 4 KiB between 4 KiB and 16 MiB.</source>
        <translation>El tamaño de fragmento debe ser un múltiplo de 4 KiB entre 4 KiB y 16 MiB.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat repository (it has no config file). Check the path, or create one with &apos;lifeboat-cli repo init&apos;.</source>
        <translation>%1 no es un repositorio de Lifeboat (no tiene archivo config). Compruebe la ruta o cree uno con «lifeboat-cli repo init».</translation>
    </message>
    <message>
        <source>%1 has a config file, but it is not a Lifeboat repository&apos;s.</source>
        <translation>%1 tiene un archivo config, pero no es el de un repositorio de Lifeboat.</translation>
    </message>
    <message>
        <source>The repository %1 uses format version %2; this Lifeboat reads up to version %3. Upgrade Lifeboat to open it; nothing was changed.</source>
        <translation>El repositorio %1 usa la versión de formato %2; este Lifeboat lee hasta la versión %3. Actualice Lifeboat para abrirlo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The repository %1 has an invalid format version.</source>
        <translation>El repositorio %1 tiene una versión de formato no válida.</translation>
    </message>
    <message>
        <source>The repository %1 has a damaged config file.</source>
        <translation>El archivo config del repositorio %1 está dañado.</translation>
    </message>
    <message>
        <source>The repository %1 is encrypted: a password is needed.</source>
        <translation>El repositorio %1 está cifrado: se necesita una contraseña.</translation>
    </message>
    <message>
        <source>The password does not open the repository %1.</source>
        <translation>La contraseña no abre el repositorio %1.</translation>
    </message>
    <message>
        <source>The config file of %1 was altered: its authentication failed.</source>
        <translation>El archivo config de %1 se ha alterado: su autenticación ha fallado.</translation>
    </message>
    <message>
        <source>An index of %1 is truncated.</source>
        <translation>Un índice de %1 está truncado.</translation>
    </message>
    <message>
        <source>The header of pack %1 names another pack.</source>
        <translation>La cabecera del archivo pack %1 indica otro archivo pack.</translation>
    </message>
    <message>
        <source>The index file %1 is damaged. &apos;lifeboat-cli repo verify&apos; tells what it affects.</source>
        <translation>El archivo de índice %1 está dañado. «lifeboat-cli repo verify» indica a qué afecta.</translation>
    </message>
    <message>
        <source>Chunk %1 is missing from the repository.</source>
        <translation>Falta el fragmento %1 en el repositorio.</translation>
    </message>
    <message>
        <source>There is no restore point %1 in %2.</source>
        <translation>No hay ningún punto de restauración %1 en %2.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its authentication failed.</source>
        <translation>El punto de restauración %1 está dañado: su autenticación ha fallado.</translation>
    </message>
    <message>
        <source>The restore point %1 is damaged: its description cannot be read.</source>
        <translation>El punto de restauración %1 está dañado: no se puede leer su descripción.</translation>
    </message>
    <message>
        <source>The chunk list of disk %1 has no part %2.</source>
        <translation>La lista de fragmentos del disco %1 no tiene la parte %2.</translation>
    </message>
    <message>
        <source>Part %1 of the chunk list of disk %2 has %3 bytes instead of %4.</source>
        <translation>La parte %1 de la lista de fragmentos del disco %2 tiene %3 bytes en lugar de %4.</translation>
    </message>
</context>
<context>
    <name>lifeboat::repository::RepositoryLock</name>
    <message>
        <source>%1 lock held by process %2 on %3 until %4</source>
        <translation>un bloqueo %1 mantenido por el proceso %2 en %3 hasta %4</translation>
    </message>
    <message>
        <source>an exclusive</source>
        <translation>exclusivo</translation>
    </message>
    <message>
        <source>a shared</source>
        <translation>compartido</translation>
    </message>
    <message>
        <source>The repository %1 is busy: %2. Try again when that operation has finished.</source>
        <translation>El repositorio %1 está ocupado: %2. Vuelva a intentarlo cuando termine esa operación.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::FileRestore</name>
    <message>
        <source>Restoring %1 from the restore point of %2 to %3.</source>
        <translation>Restaurando %1 desde el punto de restauración del %2 en %3.</translation>
    </message>
    <message>
        <source>Restored beside the existing one: %1</source>
        <translation>Restaurado junto al elemento existente: %1</translation>
    </message>
    <message>
        <source>Not restored: %1</source>
        <translation>No restaurado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n file(s)</source>
        <translation>
            <numerusform>%n archivo restaurado</numerusform>
            <numerusform>%n archivos restaurados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n carpeta</numerusform>
            <numerusform>%n carpetas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n omitido</numerusform>
            <numerusform>%n omitidos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::ItemRestore</name>
    <message>
        <source>The restore point %1 has no item %2.</source>
        <translation>El punto de restauración %1 no tiene ningún elemento %2.</translation>
    </message>
    <message>
        <source>Restoring the %1 database %2 from the restore point of %3 to %4.</source>
        <translation>Restaurando la base de datos %1 %2 desde el punto de restauración del %3 en %4.</translation>
    </message>
    <message>
        <source>%1 cannot be used as a database name (quotes, backslashes or control characters).</source>
        <translation>%1 no se puede usar como nombre de base de datos (comillas, barras invertidas o caracteres de control).</translation>
    </message>
    <message>
        <source>The environment for the database commands may only hold NAME=value assignments.</source>
        <translation>El entorno de los comandos de base de datos solo puede contener asignaciones NAME=value.</translation>
    </message>
    <message>
        <source>Restoring the database %1 failed (exit %2): %3</source>
        <translation>Ha fallado la restauración de la base de datos %1 (código de salida %2): %3</translation>
    </message>
    <message>
        <source>Restored the %1 database %2 as %3.</source>
        <translation>Base de datos %1 %2 restaurada como %3.</translation>
    </message>
    <message>
        <source>%1 exists already; choose another file.</source>
        <translation>%1 ya existe; elija otro archivo.</translation>
    </message>
    <message>
        <source>Saved the %1 dump of %2 as %3.</source>
        <translation>Volcado %1 de %2 guardado como %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreAudit</name>
    <message>
        <source>The catalog could not record the restore in the audit: %1</source>
        <translation>El catálogo no pudo anotar la restauración en el registro de auditoría: %1</translation>
    </message>
    <message>
        <source>The catalog could not read the restore audit: %1</source>
        <translation>El catálogo no pudo leer el registro de auditoría de restauraciones: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::RestoreSession</name>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>No hay ningún punto de restauración %1 que %2 pueda restaurar.</translation>
    </message>
</context>
<context>
    <name>lifeboat::restore::VmRestore</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no restore point %1 that %2 may restore.</source>
        <translation>No hay ningún punto de restauración %1 que %2 pueda restaurar.</translation>
    </message>
    <message>
        <source>keeping the original VM</source>
        <translation>conservando la VM original</translation>
    </message>
    <message>
        <source>overwriting the VM</source>
        <translation>sobrescribiendo la VM</translation>
    </message>
    <message>
        <source>The restore point was made on %1, not on %2: restore it through that endpoint.</source>
        <translation>El punto de restauración se creó en %1, no en %2: restáurelo a través de ese extremo.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <source>Cannot sign in to %1 as %2: %3</source>
        <translation>No se puede iniciar sesión en %1 como %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the inventory of %1: %2</source>
        <translation>No se puede leer el inventario de %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer exists and the restore point does not record where it was (it was made by an older version). Restore its disks with &apos;restore-point download&apos; instead.</source>
        <translation>%1 ya no existe y el punto de restauración no registra dónde estaba (lo creó una versión anterior). Restaure sus discos con «restore-point download» en su lugar.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is created again.</source>
        <translation>%1 ya no existe; se vuelve a crear.</translation>
    </message>
    <message>
        <source>Cannot read the snapshots of %1: %2</source>
        <translation>No se pueden leer los snapshots de %1: %2</translation>
    </message>
    <message>
        <source>%1 has snapshots (%2). Delete them before overwriting the VM, or restore it beside the original with the keep mode.</source>
        <translation>%1 tiene snapshots (%2). Elimínelos antes de sobrescribir la VM, o restáurela junto a la original con el modo keep.</translation>
    </message>
    <message>
        <source>Cannot read the disks of %1: %2</source>
        <translation>No se pueden leer los discos de %1: %2</translation>
    </message>
    <message>
        <source>%1 no longer has the disk %2. Restore the VM beside the original with the keep mode.</source>
        <translation>%1 ya no tiene el disco %2. Restaure la VM junto a la original con el modo keep.</translation>
    </message>
    <message>
        <source>The disk %1 of %2 is now %3 bytes, the restore point&apos;s is %4 bytes. Restore the VM beside the original with the keep mode.</source>
        <translation>El disco %1 de %2 tiene ahora %3 bytes y el del punto de restauración, %4 bytes. Restaure la VM junto a la original con el modo keep.</translation>
    </message>
    <message>
        <source>The disk %1 cannot be written through the datastore API.</source>
        <translation>El disco %1 no se puede escribir a través de la API del almacén de datos.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2. The VM is powered off and its disks are incomplete: run the restore again.</source>
        <translation>Ha fallado la escritura de los discos de %1: %2. La VM está apagada y sus discos están incompletos: vuelva a ejecutar la restauración.</translation>
    </message>
    <message>
        <source>The CPU and memory settings were not restored: %1</source>
        <translation>La configuración de CPU y memoria no se ha restaurado: %1</translation>
    </message>
    <message>
        <source>Powering off %1.</source>
        <translation>Apagando %1.</translation>
    </message>
    <message>
        <source>Cannot power off %1: %2</source>
        <translation>No se puede apagar %1: %2</translation>
    </message>
    <message>
        <source>The restore point does not say on which datastore %1 was.</source>
        <translation>El punto de restauración no indica en qué almacén de datos estaba %1.</translation>
    </message>
    <message>
        <source>A VM named %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>Ya existe una VM llamada %1. Elimínela o dé otro nombre a la VM restaurada.</translation>
    </message>
    <message>
        <source>The datastore folder %1 exists already. Remove it, or give the restored VM another name.</source>
        <translation>La carpeta %1 del almacén de datos ya existe. Elimínela o dé otro nombre a la VM restaurada.</translation>
    </message>
    <message>
        <source>Writing the disks of %1 failed: %2</source>
        <translation>Ha fallado la escritura de los discos de %1: %2</translation>
    </message>
    <message>
        <source>the original location is unknown</source>
        <translation>la ubicación original es desconocida</translation>
    </message>
    <message>
        <source>The restore point does not record the folder and resource pool of %1.</source>
        <translation>El punto de restauración no registra la carpeta ni el grupo de recursos de %1.</translation>
    </message>
    <message>
        <source>the server did not name the new VM</source>
        <translation>el servidor no ha indicado el identificador de la nueva VM</translation>
    </message>
    <message>
        <source>Creating the VM %1 failed: %2</source>
        <translation>Ha fallado la creación de la VM %1: %2</translation>
    </message>
    <message>
        <source>Created the VM %1 (%2).</source>
        <translation>Se ha creado la VM %1 (%2).</translation>
    </message>
    <message>
        <source>Removing %1 (%2).</source>
        <translation>Eliminando %1 (%2).</translation>
    </message>
    <message>
        <source>Restored %1.</source>
        <translation>VM %1 restaurada.</translation>
    </message>
    <message>
        <source>Powering on the restored VM.</source>
        <translation>Encendiendo la VM restaurada.</translation>
    </message>
    <message>
        <source>The restored VM did not power on: %1</source>
        <translation>La VM restaurada no se ha encendido: %1</translation>
    </message>
    <message>
        <source>Writing the disk %1 (%2) to %3.</source>
        <translation>Escribiendo el disco %1 (%2) en %3.</translation>
    </message>
    <message>
        <source>Restoring %1 from the restore point of %2 (%3 old): %4.</source>
        <translation>Restaurando %1 desde el punto de restauración del %2 (hace %3): %4.</translation>
    </message>
    <message>
        <source>as a new VM in another place</source>
        <translation>como una VM nueva en otra ubicación</translation>
    </message>
    <message>
        <source>Only an administrator may restore a VM to a new location.</source>
        <translation>Solo un administrador puede restaurar una VM en una ubicación nueva.</translation>
    </message>
    <message>
        <source>%1 is not a %2 of %3.</source>
        <translation>%1 no es un objeto de tipo %2 en %3.</translation>
    </message>
    <message>
        <source>Restoring to a new location.</source>
        <translation>Restaurando en una ubicación nueva.</translation>
    </message>
    <message>
        <source>Cannot tell whether %1 exists: %2</source>
        <translation>No se puede determinar si %1 existe: %2</translation>
    </message>
    <message>
        <source>The restore point lacks data of the disk %1 (run repo verify).</source>
        <translation>Al punto de restauración le faltan datos del disco %1 (ejecute «repo verify»).</translation>
    </message>
    <message>
        <source>The disk file %1 cannot be overwritten through the datastore API: %2</source>
        <translation>El archivo de disco %1 no se puede sobrescribir a través de la API del almacén de datos: %2</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se ha cambiado nada: %1</translation>
    </message>
    <message>
        <source>Several vApps are named %1; give its moref instead.</source>
        <translation>Hay varias vApps con el nombre %1; indique su moref.</translation>
    </message>
    <message>
        <source>There is no vApp %1.</source>
        <translation>No existe la vApp %1.</translation>
    </message>
    <message>
        <source>The vApp %1 is not restored: %2</source>
        <translation>La vApp %1 no se restaura: %2</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point as old as %2 that you may restore.</source>
        <translation>Ninguna VM de la vApp %1 tiene un punto de restauración tan antiguo como %2 que pueda restaurar.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point that you may restore.</source>
        <translation>Ninguna VM de la vApp %1 tiene un punto de restauración que pueda restaurar.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ssh::SshSession</name>
    <message>
        <source>Cannot find the SSH server %1: %2</source>
        <translation>No se encuentra el servidor SSH %1: %2</translation>
    </message>
    <message>
        <source>Cannot connect to the SSH server %1 port %2: %3</source>
        <translation>No se puede conectar con el servidor SSH %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Cannot read the host key of %1.</source>
        <translation>No se puede leer la clave de host de %1.</translation>
    </message>
    <message>
        <source>The SSH server %1 is not known yet. Its host key fingerprint is %2. Check it with the server&apos;s administrator before trusting it.</source>
        <translation>El servidor SSH %1 todavía no es conocido. La huella digital de su clave de host es %2. Compruébela con el administrador del servidor antes de confiar en él.</translation>
    </message>
    <message>
        <source>The host key of the SSH server %1 has changed: expected %2, but the server presented %3. This can mean that someone is intercepting the connection; if the server was reinstalled, update the trusted fingerprint.</source>
        <translation>La clave de host del servidor SSH %1 ha cambiado: se esperaba %2, pero el servidor ha presentado %3. Esto puede significar que alguien está interceptando la conexión; si el servidor se ha reinstalado, actualice la huella digital de confianza.</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3</source>
        <translation>No se puede iniciar sesión en el servidor SSH %1 como %2: %3</translation>
    </message>
    <message>
        <source>the key file %1 cannot be read (wrong passphrase or unsupported format?)</source>
        <translation>no se puede leer el archivo de clave %1 (¿frase de contraseña incorrecta o formato no compatible?)</translation>
    </message>
    <message>
        <source>the server refused the key %1</source>
        <translation>el servidor ha rechazado la clave %1</translation>
    </message>
    <message>
        <source>the server refused the password</source>
        <translation>el servidor ha rechazado la contraseña</translation>
    </message>
    <message>
        <source>no password or key was given</source>
        <translation>no se ha indicado ninguna contraseña ni clave</translation>
    </message>
    <message>
        <source>Cannot log in to the SSH server %1 as %2: %3.</source>
        <translation>No se puede iniciar sesión en el servidor SSH %1 como %2: %3.</translation>
    </message>
    <message>
        <source>Cannot initialise libssh2 (error %1).</source>
        <translation>No se puede inicializar libssh2 (error %1).</translation>
    </message>
    <message>
        <source>Cannot create an SSH session.</source>
        <translation>No se puede crear una sesión SSH.</translation>
    </message>
    <message>
        <source>SSH handshake with %1 failed: %2</source>
        <translation>Ha fallado la negociación SSH con %1: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 se ha negado a ejecutar un comando: %2</translation>
    </message>
    <message>
        <source>The connection to %1 broke while the command ran: %2</source>
        <translation>La conexión con %1 se ha interrumpido mientras se ejecutaba el comando: %2</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 s while the command ran.</source>
        <translation>%1 no ha enviado nada durante %2 s mientras se ejecutaba el comando.</translation>
    </message>
    <message>
        <source>
(ended by signal %1)</source>
        <translation>
(terminado por la señal %1)</translation>
    </message>
    <message>
        <source>%1 stopped answering while the command ran.</source>
        <translation>%1 ha dejado de responder mientras se ejecutaba el comando.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::Caller</name>
    <message>
        <source>%1 is outside the scope of %2.</source>
        <translation>%1 está fuera del ámbito de %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::tenants::TenantStore</name>
    <message>
        <source>The catalog could not read or write the accounts: %1</source>
        <translation>El catálogo no pudo leer ni escribir las cuentas: %1</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No hay ninguna cuenta %1.</translation>
    </message>
    <message>
        <source>The account %1 has no access to Lifeboat on this computer; an administrator can add it with &apos;lifeboat-cli tenant add&apos;.</source>
        <translation>La cuenta %1 no tiene acceso a Lifeboat en este equipo; un administrador puede añadirla con «lifeboat-cli tenant add».</translation>
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
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation>No se ha podido cargar el panel: %1</translation>
    </message>
    <message>
        <source>Sign in to see your backups.</source>
        <translation>Inicie sesión para ver sus copias de seguridad.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Some backups could not be read: %1</source>
        <translation>No se han podido leer algunas copias de seguridad: %1</translation>
    </message>
    <message>
        <source>No quota</source>
        <translation>Sin cuota</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1% used</source>
        <translation>%1% usado</translation>
    </message>
    <message>
        <source>%1% used, less than 10% free</source>
        <translation>%1% usado, menos del 10% libre</translation>
    </message>
    <message>
        <source>Quota full: new backups will be refused</source>
        <translation>Cuota llena: se rechazarán las copias de seguridad nuevas</translation>
    </message>
    <message>
        <source>No backups yet. Create a backup job for your VMs on the Jobs tab and run it: its results, speed and sizes will show here.</source>
        <translation>Todavía no hay copias de seguridad. Cree un trabajo de copia de seguridad para sus VM en la pestaña Trabajos y ejecútelo: sus resultados, velocidad y tamaños aparecerán aquí.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 24 hours.</source>
        <translation>No se ha ejecutado ningún trabajo de copia de seguridad en las últimas 24 horas.</translation>
    </message>
    <message>
        <source>No backup job ran in the last 7 days.</source>
        <translation>No se ha ejecutado ningún trabajo de copia de seguridad en los últimos 7 días.</translation>
    </message>
    <message>
        <source>%1: %2 successful, %3 with warnings, %4 failed, %5</source>
        <translation>%1: %2 correctos, %3 con advertencias, %4 fallidos, %5</translation>
    </message>
    <message>
        <source>no backup</source>
        <translation>ninguna copia de seguridad</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Protected VMs</source>
        <translation>VM protegidas</translation>
    </message>
    <message>
        <source>Unprotected VMs</source>
        <translation>VM sin proteger</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Puntos de restauración</translation>
    </message>
    <message>
        <source>Backup size (after deduplication and compression)</source>
        <translation>Tamaño de las copias de seguridad (tras deduplicación y compresión)</translation>
    </message>
    <message>
        <source>Quota used</source>
        <translation>Cuota usada</translation>
    </message>
    <message>
        <source>Longest job (7 days)</source>
        <translation>Trabajo más largo (7 días)</translation>
    </message>
    <message>
        <source>Average speed (7 days)</source>
        <translation>Velocidad media (7 días)</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>Con advertencias</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>Resultados de los trabajos</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Period of the job results</source>
        <translation>Periodo de los resultados de los trabajos</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Results per day</source>
        <translation>Resultados por día</translation>
    </message>
    <message>
        <source>Job runs</source>
        <translation>Ejecuciones de trabajos</translation>
    </message>
    <message>
        <source>Throughput per day</source>
        <translation>Tasa de transferencia por día</translation>
    </message>
    <message>
        <source>Throughput</source>
        <translation>Tasa de transferencia</translation>
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
            <numerusform>Se ha encontrado %n archivo.</numerusform>
            <numerusform>Se han encontrado %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select files or folders first, in the search results or a browsed restore point.</source>
        <translation>Seleccione primero archivos o carpetas, en los resultados de búsqueda o en un punto de restauración explorado.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added to the restore list.</source>
        <translation>
            <numerusform>%n elemento añadido a la lista de restauración.</numerusform>
            <numerusform>%n elementos añadidos a la lista de restauración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the restored files as</source>
        <translation>Guardar los archivos restaurados como</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <source>Restore into folder</source>
        <translation>Restaurar en la carpeta</translation>
    </message>
    <message>
        <source>The restore list is empty: add files from the search results or a browsed restore point first.</source>
        <translation>La lista de restauración está vacía: añada primero archivos de los resultados de búsqueda o de un punto de restauración explorado.</translation>
    </message>
    <message>
        <source>Choose the .zip file to create.</source>
        <translation>Elija el archivo .zip que se va a crear.</translation>
    </message>
    <message>
        <source>Choose the folder to restore into.</source>
        <translation>Elija la carpeta en la que restaurar.</translation>
    </message>
    <message numerus="yes">
        <source>Restoring %n item(s)...</source>
        <translation>
            <numerusform>Restaurando %n elemento...</numerusform>
            <numerusform>Restaurando %n elementos...</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>No se han podido leer los puntos de restauración: %1</translation>
    </message>
    <message>
        <source>There are no restore points yet. Run a backup job in the Jobs tab; with &quot;Index guest files&quot; its files can be searched here, and every restore point can be browsed.</source>
        <translation>Todavía no hay puntos de restauración. Ejecute un trabajo de copia de seguridad en la pestaña Trabajos; con «Indexar archivos del invitado» se pueden buscar aquí sus archivos, y cualquier punto de restauración se puede explorar.</translation>
    </message>
    <message>
        <source>Searching...</source>
        <translation>Buscando...</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda ha fallado: %1</translation>
    </message>
    <message>
        <source>Type a name or a pattern such as *.conf, set filters if you like, and press Enter. Only restore points of jobs that index guest files can be searched; any restore point can be browsed in the Browse tab.</source>
        <translation>Escriba un nombre o un patrón como *.conf, defina filtros si lo desea y pulse Intro. Solo se pueden buscar los puntos de restauración de trabajos que indexan los archivos del invitado; cualquier punto de restauración se puede explorar en la pestaña Explorar.</translation>
    </message>
    <message>
        <source>No file matches. Only restore points of jobs that index guest files are searched; browse a restore point to find files in others.</source>
        <translation>Ningún archivo coincide. Solo se buscan los puntos de restauración de trabajos que indexan los archivos del invitado; explore un punto de restauración para encontrar archivos en los demás.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) found. Select them and press Add to restore list (or Enter).</source>
        <translation>
            <numerusform>Se ha encontrado %n archivo. Selecciónelo y pulse Añadir a la lista de restauración (o Intro).</numerusform>
            <numerusform>Se han encontrado %n archivos. Selecciónelos y pulse Añadir a la lista de restauración (o Intro).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a restore point to see its volumes and folders.</source>
        <translation>Elija un punto de restauración para ver sus volúmenes y carpetas.</translation>
    </message>
    <message>
        <source>Could not read: %1</source>
        <translation>No se ha podido leer: %1</translation>
    </message>
    <message>
        <source>Reading the restore point...</source>
        <translation>Leyendo el punto de restauración...</translation>
    </message>
    <message>
        <source>Expand a volume or a folder to read it; select entries and press Add to restore list.</source>
        <translation>Expanda un volumen o una carpeta para leerlo; seleccione entradas y pulse Añadir a la lista de restauración.</translation>
    </message>
    <message>
        <source>Nothing to restore yet: add files or folders from the search results or a browsed restore point. Files from several VMs and restore points can be restored together.</source>
        <translation>Todavía no hay nada que restaurar: añada archivos o carpetas de los resultados de búsqueda o de un punto de restauración explorado. Se pueden restaurar juntos archivos de varias VM y puntos de restauración.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) from %1 restore points: each restore point&apos;s files go into a folder (or .zip) of their own, named after the VM and the time.</source>
        <translation>
            <numerusform>%n elemento de %1 puntos de restauración: los archivos de cada punto de restauración van a una carpeta (o .zip) propia, con el nombre de la VM y la hora.</numerusform>
            <numerusform>%n elementos de %1 puntos de restauración: los archivos de cada punto de restauración van a una carpeta (o .zip) propia, con el nombre de la VM y la hora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) to restore.</source>
        <translation>
            <numerusform>%n elemento para restaurar.</numerusform>
            <numerusform>%n elementos para restaurar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring... The restore runs in the engine; you can keep working.</source>
        <translation>Restaurando... La restauración se ejecuta en el motor; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>La restauración no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Sesión de restauración %1: %2. %3</translation>
    </message>
    <message>
        <source>Guest files</source>
        <translation>Archivos del invitado</translation>
    </message>
    <message>
        <source>&amp;Find files:</source>
        <translation>&amp;Buscar archivos:</translation>
    </message>
    <message>
        <source>Name or pattern, e.g. report or *.conf</source>
        <translation>Nombre o patrón, p. ej., report o *.conf</translation>
    </message>
    <message>
        <source>File name or pattern</source>
        <translation>Nombre de archivo o patrón</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Bu&amp;scar</translation>
    </message>
    <message>
        <source>Search guest files</source>
        <translation>Buscar archivos del invitado</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only files of this VM</source>
        <translation>Solo archivos de esta VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Todas las VM</translation>
    </message>
    <message>
        <source>&amp;Restore point:</source>
        <translation>&amp;Punto de restauración:</translation>
    </message>
    <message>
        <source>Only files of this restore point</source>
        <translation>Solo archivos de este punto de restauración</translation>
    </message>
    <message>
        <source>All restore points</source>
        <translation>Todos los puntos de restauración</translation>
    </message>
    <message>
        <source>Si&amp;ze from:</source>
        <translation>&amp;Tamaño desde:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>hasta:</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>Smallest size in KiB</source>
        <translation>Tamaño mínimo en KiB</translation>
    </message>
    <message>
        <source>Largest size in KiB</source>
        <translation>Tamaño máximo en KiB</translation>
    </message>
    <message>
        <source>Modified &amp;after</source>
        <translation>Modificado &amp;desde</translation>
    </message>
    <message>
        <source>Only files modified on or after a date</source>
        <translation>Solo archivos modificados en una fecha o después</translation>
    </message>
    <message>
        <source>Modified on or after</source>
        <translation>Modificado en o después de</translation>
    </message>
    <message>
        <source>&amp;before</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>Only files modified on or before a date</source>
        <translation>Solo archivos modificados en una fecha o antes</translation>
    </message>
    <message>
        <source>Modified on or before</source>
        <translation>Modificado en o antes de</translation>
    </message>
    <message>
        <source>Search &amp;results</source>
        <translation>&amp;Resultados de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Browse a restore point</source>
        <translation>E&amp;xplorar un punto de restauración</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>Restore &amp;point:</source>
        <translation>P&amp;unto de restauración:</translation>
    </message>
    <message>
        <source>Restore point to browse</source>
        <translation>Punto de restauración que explorar</translation>
    </message>
    <message>
        <source>Choose a restore point</source>
        <translation>Elegir un punto de restauración</translation>
    </message>
    <message>
        <source>Volumes and folders of the restore point</source>
        <translation>Volúmenes y carpetas del punto de restauración</translation>
    </message>
    <message>
        <source>&amp;Add to restore list</source>
        <translation>&amp;Añadir a la lista de restauración</translation>
    </message>
    <message>
        <source>Add the selected files to the restore list</source>
        <translation>Añadir los archivos seleccionados a la lista de restauración</translation>
    </message>
    <message>
        <source>Restore list</source>
        <translation>Lista de restauración</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected files from the restore list</source>
        <translation>Quitar los archivos seleccionados de la lista de restauración</translation>
    </message>
    <message>
        <source>C&amp;lear list</source>
        <translation>&amp;Vaciar la lista</translation>
    </message>
    <message>
        <source>Remove every file from the restore list</source>
        <translation>Quitar todos los archivos de la lista de restauración</translation>
    </message>
    <message>
        <source>Restore to:</source>
        <translation>Restaurar en:</translation>
    </message>
    <message>
        <source>a &amp;folder</source>
        <translation>una &amp;carpeta</translation>
    </message>
    <message>
        <source>Restore into a local folder</source>
        <translation>Restaurar en una carpeta local</translation>
    </message>
    <message>
        <source>a .&amp;zip file</source>
        <translation>un archivo .&amp;zip</translation>
    </message>
    <message>
        <source>Download as a .zip file</source>
        <translation>Descargar como archivo .zip</translation>
    </message>
    <message>
        <source>Folder or .zip file on this computer</source>
        <translation>Carpeta o archivo .zip en este equipo</translation>
    </message>
    <message>
        <source>Restore target</source>
        <translation>Destino de la restauración</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Choose the restore target</source>
        <translation>Elegir el destino de la restauración</translation>
    </message>
    <message>
        <source>&amp;Overwrite existing files</source>
        <translation>&amp;Sobrescribir los archivos existentes</translation>
    </message>
    <message>
        <source>Overwrite files that exist in the target folder</source>
        <translation>Sobrescribir los archivos que existen en la carpeta de destino</translation>
    </message>
    <message>
        <source>Without it, files that exist in the folder are kept and reported.</source>
        <translation>Si no, los archivos que existen en la carpeta se conservan y se notifican.</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Restore the files in the restore list</source>
        <translation>Restaurar los archivos de la lista de restauración</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauración en curso</translation>
    </message>
    <message numerus="yes">
        <source>The restore list holds files of %n VMs (%1). Files go back into one guest at a time: remove the other VMs&apos; files from the list, or restore them to a folder or a .zip file.</source>
        <translation>
            <numerusform>La lista de restauración contiene archivos de %n VM (%1). Los archivos vuelven a un invitado cada vez: quite de la lista los archivos de las otras VM o restáurelos en una carpeta o un archivo .zip.</numerusform>
            <numerusform>La lista de restauración contiene archivos de %n VM (%1). Los archivos vuelven a un invitado cada vez: quite de la lista los archivos de las otras VM o restáurelos en una carpeta o un archivo .zip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore to the original location in the &amp;guest...</source>
        <translation>Restaurar en la ubicación original del &amp;invitado...</translation>
    </message>
    <message>
        <source>Restore the files into the running guest of their VM</source>
        <translation>Restaurar los archivos en el invitado en ejecución de su VM</translation>
    </message>
    <message>
        <source>Over SSH, for files of one VM at a time.</source>
        <translation>Por SSH, para los archivos de una VM cada vez.</translation>
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
            <numerusform>Punto de restauración %1; esta versión está en %n punto de restauración.</numerusform>
            <numerusform>Punto de restauración %1; esta versión está en %n puntos de restauración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore point %1</source>
        <translation>Punto de restauración %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Punto de restauración</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::GuestRestoreDialog</name>
    <message>
        <source>Enter the guest&apos;s address (host name or IP address, optionally with :port).</source>
        <translation>Introduzca la dirección del invitado (nombre de host o dirección IP, opcionalmente con :puerto).</translation>
    </message>
    <message>
        <source>Enter the account to sign in to the guest with.</source>
        <translation>Introduzca la cuenta con la que iniciar sesión en el invitado.</translation>
    </message>
    <message>
        <source>Enter the account&apos;s password or choose its private key file.</source>
        <translation>Introduzca la contraseña de la cuenta o elija su archivo de clave privada.</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>No se ha restaurado nada: %1</translation>
    </message>
    <message>
        <source>The restore failed (restore session %1): %2</source>
        <translation>La restauración ha fallado (sesión de restauración %1): %2</translation>
    </message>
    <message>
        <source>Unknown guest</source>
        <translation>Invitado desconocido</translation>
    </message>
    <message>
        <source>The guest %1 is not known yet.</source>
        <translation>El invitado %1 todavía no es conocido.</translation>
    </message>
    <message>
        <source>Its SSH host key fingerprint (SHA-256) is:
%1

Compare it with the fingerprint the guest&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Accept it only if they are the same.</source>
        <translation>La huella (SHA-256) de su clave de host SSH es:
%1

Compárela con la huella que le dé el administrador del invitado (ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub). Acéptela solo si son iguales.</translation>
    </message>
    <message>
        <source>Accept and restore</source>
        <translation>Aceptar y restaurar</translation>
    </message>
    <message>
        <source>Nothing was restored: the guest&apos;s host key was not accepted.</source>
        <translation>No se ha restaurado nada: no se aceptó la clave de host del invitado.</translation>
    </message>
    <message>
        <source>Private key for the guest</source>
        <translation>Clave privada para el invitado</translation>
    </message>
    <message>
        <source>Restore into the guest</source>
        <translation>Restaurar en el invitado</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of %1 go back to their original place in the running guest, over SSH (SFTP). The guest must be running and reachable from this computer.</source>
        <translation>
            <numerusform>%n elemento de %1 vuelve a su ubicación original en el invitado en ejecución, por SSH (SFTP). El invitado debe estar en ejecución y accesible desde este equipo.</numerusform>
            <numerusform>%n elementos de %1 vuelven a su ubicación original en el invitado en ejecución, por SSH (SFTP). El invitado debe estar en ejecución y accesible desde este equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Guest &amp;address:</source>
        <translation>&amp;Dirección del invitado:</translation>
    </message>
    <message>
        <source>Host name or IP address, optionally with :port</source>
        <translation>Nombre de host o dirección IP, opcionalmente con :puerto</translation>
    </message>
    <message>
        <source>Guest address</source>
        <translation>Dirección del invitado</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>Guest account</source>
        <translation>Cuenta del invitado</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Not stored anywhere</source>
        <translation>No se guarda en ningún sitio</translation>
    </message>
    <message>
        <source>Password of the guest account</source>
        <translation>Contraseña de la cuenta del invitado</translation>
    </message>
    <message>
        <source>Private key fi&amp;le:</source>
        <translation>Arc&amp;hivo de clave privada:</translation>
    </message>
    <message>
        <source>Instead of the password (optional)</source>
        <translation>En lugar de la contraseña (opcional)</translation>
    </message>
    <message>
        <source>Private key file of the guest account</source>
        <translation>Archivo de clave privada de la cuenta del invitado</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>E&amp;legir...</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>Guest roo&amp;t folder:</source>
        <translation>Carpeta &amp;raíz del invitado:</translation>
    </message>
    <message>
        <source>Folder where the guest&apos;s root is</source>
        <translation>Carpeta donde está la raíz del invitado</translation>
    </message>
    <message>
        <source>/ for a whole guest; a folder when the guest&apos;s files live below one for this account (a chroot or a container).</source>
        <translation>/ para un invitado completo; una carpeta cuando los archivos del invitado están bajo una carpeta para esta cuenta (un chroot o un contenedor).</translation>
    </message>
    <message>
        <source>Existing files:</source>
        <translation>Archivos existentes:</translation>
    </message>
    <message>
        <source>&amp;Keep them; put the restored copy beside them as _RESTORED_&lt;date&gt;_&lt;time&gt;_&lt;name&gt;</source>
        <translation>&amp;Conservarlos; colocar la copia restaurada junto a ellos como _RESTORED_&lt;fecha&gt;_&lt;hora&gt;_&lt;nombre&gt;</translation>
    </message>
    <message>
        <source>Keep existing files in the guest</source>
        <translation>Conservar los archivos existentes en el invitado</translation>
    </message>
    <message>
        <source>&amp;Overwrite them with the restored files</source>
        <translation>&amp;Sobrescribirlos con los archivos restaurados</translation>
    </message>
    <message>
        <source>Overwrite existing files in the guest</source>
        <translation>Sobrescribir los archivos existentes en el invitado</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauración en curso</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>Restore the files into the guest</source>
        <translation>Restaurar los archivos en el invitado</translation>
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
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Modificado</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemModel</name>
    <message>
        <source>Restore point %1</source>
        <translation>Punto de restauración %1</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Motor</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Punto de restauración</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::ItemsPage</name>
    <message>
        <source>There is no database item to restore.</source>
        <translation>No hay ningún elemento de base de datos que restaurar.</translation>
    </message>
    <message>
        <source>Select the database to restore first.</source>
        <translation>Seleccione primero la base de datos que desea restaurar.</translation>
    </message>
    <message>
        <source>Choose the file to save the dump in.</source>
        <translation>Elija el archivo en el que guardar el volcado.</translation>
    </message>
    <message>
        <source>Enter the database server&apos;s SSH address and user.</source>
        <translation>Introduzca la dirección SSH y el usuario del servidor de bases de datos.</translation>
    </message>
    <message>
        <source>Choose a key file or enter the SSH password.</source>
        <translation>Elija un archivo de clave o introduzca la contraseña SSH.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s host key fingerprint (SHA256:...), as its administrator sees it with ssh-keygen -lf.</source>
        <translation>Introduzca la huella de la clave de host del servidor (SHA256:...), tal como la ve su administrador con ssh-keygen -lf.</translation>
    </message>
    <message>
        <source>Restoring %1...</source>
        <translation>Restaurando %1...</translation>
    </message>
    <message>
        <source>Save the database dump as</source>
        <translation>Guardar el volcado de la base de datos como</translation>
    </message>
    <message>
        <source>SSH private key</source>
        <translation>Clave privada SSH</translation>
    </message>
    <message>
        <source>The restore points could not be read: %1</source>
        <translation>No se han podido leer los puntos de restauración: %1</translation>
    </message>
    <message>
        <source>No restore point holds a database yet. Give a backup job database items (PostgreSQL, MariaDB/MySQL) and a guest account in the Jobs tab; after its next run the databases appear here.</source>
        <translation>Ningún punto de restauración contiene aún una base de datos. En la pestaña Trabajos, asigne a un trabajo de copia de seguridad elementos de base de datos (PostgreSQL, MariaDB/MySQL) y una cuenta del invitado; tras su siguiente ejecución, las bases de datos aparecerán aquí.</translation>
    </message>
    <message>
        <source>Select a database, then download its dump or restore it into a server.</source>
        <translation>Seleccione una base de datos y luego descargue su volcado o restáurela en un servidor.</translation>
    </message>
    <message>
        <source>Restoring %1... The restore runs in the engine; you can keep working.</source>
        <translation>Restaurando %1... La restauración se ejecuta en el motor; puede seguir trabajando.</translation>
    </message>
    <message>
        <source>The restore did not start: %1</source>
        <translation>La restauración no se ha iniciado: %1</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Sesión de restauración %1: %2. %3</translation>
    </message>
    <message>
        <source>Database items</source>
        <translation>Elementos de base de datos</translation>
    </message>
    <message>
        <source>&amp;VM:</source>
        <translation>&amp;VM:</translation>
    </message>
    <message>
        <source>Only items of this VM</source>
        <translation>Solo elementos de esta VM</translation>
    </message>
    <message>
        <source>All VMs</source>
        <translation>Todas las VM</translation>
    </message>
    <message>
        <source>Restore the selected database</source>
        <translation>Restaurar la base de datos seleccionada</translation>
    </message>
    <message>
        <source>&amp;Download the dump to a file:</source>
        <translation>&amp;Descargar el volcado en un archivo:</translation>
    </message>
    <message>
        <source>Download the dump to a file</source>
        <translation>Descargar el volcado en un archivo</translation>
    </message>
    <message>
        <source>A new file on this computer</source>
        <translation>Un archivo nuevo en este equipo</translation>
    </message>
    <message>
        <source>Dump file</source>
        <translation>Archivo de volcado</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation>&amp;Elegir...</translation>
    </message>
    <message>
        <source>Choose the dump file</source>
        <translation>Elegir el archivo de volcado</translation>
    </message>
    <message>
        <source>Restore into a database &amp;server over SSH</source>
        <translation>Restaurar en un &amp;servidor de bases de datos por SSH</translation>
    </message>
    <message>
        <source>Restore into a database server over SSH</source>
        <translation>Restaurar en un servidor de bases de datos por SSH</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Servidor:</translation>
    </message>
    <message>
        <source>Host name or address</source>
        <translation>Nombre de host o dirección</translation>
    </message>
    <message>
        <source>Database server&apos;s SSH host</source>
        <translation>Host SSH del servidor de bases de datos</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>Puerto SSH</translation>
    </message>
    <message>
        <source>SSH user:</source>
        <translation>Usuario SSH:</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>Usuario SSH</translation>
    </message>
    <message>
        <source>Private key:</source>
        <translation>Clave privada:</translation>
    </message>
    <message>
        <source>SSH private key file</source>
        <translation>Archivo de clave privada SSH</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Choose the SSH private key file</source>
        <translation>Elegir el archivo de clave privada SSH</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Only without a key</source>
        <translation>Solo sin clave</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>Contraseña SSH</translation>
    </message>
    <message>
        <source>Host key:</source>
        <translation>Clave de host:</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>The server&apos;s host key fingerprint</source>
        <translation>Huella de la clave de host del servidor</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>e.g. PGPORT=5433 (optional)</source>
        <translation>p. ej., PGPORT=5433 (opcional)</translation>
    </message>
    <message>
        <source>Environment for the database commands</source>
        <translation>Entorno para los comandos de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Keep the original, restore as:</source>
        <translation>&amp;Conservar el original, restaurar como:</translation>
    </message>
    <message>
        <source>Restore beside the original under a new name</source>
        <translation>Restaurar junto al original con un nombre nuevo</translation>
    </message>
    <message>
        <source>&lt;database&gt;_restored</source>
        <translation>&lt;base_de_datos&gt;_restored</translation>
    </message>
    <message>
        <source>New database name</source>
        <translation>Nombre nuevo de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original</source>
        <translation>Sobr&amp;escribir el original</translation>
    </message>
    <message>
        <source>Replace the original database</source>
        <translation>Reemplazar la base de datos original</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Res&amp;taurar</translation>
    </message>
    <message>
        <source>Restore running</source>
        <translation>Restauración en curso</translation>
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
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Resource pool</source>
        <translation>Grupo de recursos</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Datacenter</source>
        <translation>Centro de datos</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Clúster</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Reading the inventory…</source>
        <translation>Leyendo el inventario…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) you may back up.</source>
        <translation>
            <numerusform>%n objeto del que puede hacer copia de seguridad.</numerusform>
            <numerusform>%n objetos de los que puede hacer copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>No longer in your inventory, left out: %1</source>
        <translation>Ya no están en su inventario, excluidos: %1</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Exclude the VM %1</source>
        <translation>Excluir la VM %1</translation>
    </message>
    <message>
        <source>Disk %1 (%2)</source>
        <translation>Disco %1 (%2)</translation>
    </message>
    <message>
        <source>Exclude disk %1 of %2</source>
        <translation>Excluir el disco %1 de %2</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Description: %1</source>
        <translation>Descripción: %1</translation>
    </message>
    <message>
        <source>Back up: %1</source>
        <translation>Copia de seguridad de: %1</translation>
    </message>
    <message>
        <source>Leave out: %1</source>
        <translation>Excluir: %1</translation>
    </message>
    <message>
        <source>Repository: %1</source>
        <translation>Repositorio: %1</translation>
    </message>
    <message>
        <source>the repository of your account</source>
        <translation>el repositorio de su cuenta</translation>
    </message>
    <message numerus="yes">
        <source>Keep %n restore point(s) per VM</source>
        <translation>
            <numerusform>Conservar %n punto de restauración por VM</numerusform>
            <numerusform>Conservar %n puntos de restauración por VM</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed-block tracking: on</source>
        <translation>Seguimiento de bloques modificados: activado</translation>
    </message>
    <message>
        <source>Changed-block tracking: off</source>
        <translation>Seguimiento de bloques modificados: desactivado</translation>
    </message>
    <message>
        <source>Quiesced snapshots</source>
        <translation>Snapshots con el invitado en modo inactivo</translation>
    </message>
    <message>
        <source>Guest files indexed for search</source>
        <translation>Archivos del invitado indexados para la búsqueda</translation>
    </message>
    <message>
        <source>Guest processing as %1 (%2)</source>
        <translation>Procesamiento de invitado como %1 (%2)</translation>
    </message>
    <message>
        <source>password in the system keychain</source>
        <translation>contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>clave %1</translation>
    </message>
    <message>
        <source>Database items: %1</source>
        <translation>Elementos de base de datos: %1</translation>
    </message>
    <message>
        <source>Schedule: %1</source>
        <translation>Programación: %1</translation>
    </message>
    <message numerus="yes">
        <source>Retry failed VMs %n time(s), %1 s apart</source>
        <translation>
            <numerusform>Reintentar las VM fallidas %n vez, con %1 s de intervalo</numerusform>
            <numerusform>Reintentar las VM fallidas %n veces, con %1 s de intervalo</numerusform>
        </translation>
    </message>
    <message>
        <source>Report to %1 (%2)</source>
        <translation>Informe a %1 (%2)</translation>
    </message>
    <message>
        <source>Edit job %1</source>
        <translation>Editar el trabajo %1</translation>
    </message>
    <message>
        <source>New backup job</source>
        <translation>Nuevo trabajo de copia de seguridad</translation>
    </message>
    <message>
        <source>How the job is listed and what it is for.</source>
        <translation>Cómo aparece el trabajo en la lista y para qué sirve.</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Tick the VMs and containers to back up; VMs added to a container later are backed up too.</source>
        <translation>Marque las VM y los contenedores de los que hacer copia de seguridad; las VM que se añadan más tarde a un contenedor también se incluyen.</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Almacenamiento</translation>
    </message>
    <message>
        <source>Where the restore points go and how many are kept.</source>
        <translation>Dónde se guardan los puntos de restauración y cuántos se conservan.</translation>
    </message>
    <message>
        <source>Guest processing</source>
        <translation>Procesamiento de invitado</translation>
    </message>
    <message>
        <source>Scripts around the snapshot over SSH, database items and file indexing.</source>
        <translation>Scripts antes y después del snapshot por SSH, elementos de base de datos e indexación de archivos.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>When the job runs by itself, and how failed VMs are retried.</source>
        <translation>Cuándo se ejecuta el trabajo por sí solo y cómo se reintentan las VM que fallan.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Who gets a report by e-mail when a run ends.</source>
        <translation>Quién recibe un informe por correo electrónico cuando termina una ejecución.</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Finish saves the job.</source>
        <translation>«Finalizar» guarda el trabajo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Job name</source>
        <translation>Nombre del trabajo</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Job description</source>
        <translation>Descripción del trabajo</translation>
    </message>
    <message>
        <source>Search the inventory</source>
        <translation>Buscar en el inventario</translation>
    </message>
    <message>
        <source>Read &amp;again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>Read the inventory from the server again</source>
        <translation>Volver a leer el inventario del servidor</translation>
    </message>
    <message>
        <source>VMs and containers to back up</source>
        <translation>VM y contenedores de los que hacer copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Leave out VMs or disks of what is ticked above:</source>
        <translation>&amp;Excluir VM o discos de lo marcado arriba:</translation>
    </message>
    <message>
        <source>VMs and disks to leave out</source>
        <translation>VM y discos que excluir</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repositorio:</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Carpeta del repositorio</translation>
    </message>
    <message>
        <source>empty: the repository of your account</source>
        <translation>vacío: el repositorio de su cuenta</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the repository folder</source>
        <translation>Elegir la carpeta del repositorio</translation>
    </message>
    <message>
        <source>&amp;Keep restore points:</source>
        <translation>&amp;Conservar puntos de restauración:</translation>
    </message>
    <message>
        <source>Restore points to keep per VM</source>
        <translation>Puntos de restauración que conservar por VM</translation>
    </message>
    <message>
        <source>Use &amp;changed-block tracking</source>
        <translation>Usar el seguimiento de bloques &amp;modificados</translation>
    </message>
    <message>
        <source>&amp;Quiesce the guest for the snapshot (VMware Tools)</source>
        <translation>Poner el invitado en modo &amp;inactivo para el snapshot (VMware Tools)</translation>
    </message>
    <message>
        <source>&amp;Index guest files for search</source>
        <translation>&amp;Indexar los archivos del invitado para la búsqueda</translation>
    </message>
    <message>
        <source>&amp;Guest processing (Linux guests over SSH)</source>
        <translation>Procesamiento de &amp;invitado (invitados Linux por SSH)</translation>
    </message>
    <message>
        <source>Guest &amp;user:</source>
        <translation>&amp;Usuario del invitado:</translation>
    </message>
    <message>
        <source>Guest user</source>
        <translation>Usuario del invitado</translation>
    </message>
    <message>
        <source>Private &amp;key file:</source>
        <translation>Archivo de &amp;clave privada:</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Archivo de clave privada</translation>
    </message>
    <message>
        <source>empty: sign in with a password</source>
        <translation>vacío: iniciar sesión con una contraseña</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Choose the private key file</source>
        <translation>Elegir el archivo de clave privada</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Guest password</source>
        <translation>Contraseña del invitado</translation>
    </message>
    <message>
        <source>unchanged; kept in the system keychain</source>
        <translation>sin cambios; guardada en el llavero del sistema</translation>
    </message>
    <message>
        <source>kept in the system keychain</source>
        <translation>se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Pre-&amp;freeze script:</source>
        <translation>Script pre-&amp;freeze:</translation>
    </message>
    <message>
        <source>Pre-freeze script</source>
        <translation>Script pre-freeze</translation>
    </message>
    <message>
        <source>Post-&amp;thaw script:</source>
        <translation>Script post-&amp;thaw:</translation>
    </message>
    <message>
        <source>Post-thaw script</source>
        <translation>Script post-thaw</translation>
    </message>
    <message>
        <source>A failing script only &amp;warns (the VM is still backed up)</source>
        <translation>Un script que falla solo genera una &amp;advertencia (la VM se incluye igualmente en la copia de seguridad)</translation>
    </message>
    <message>
        <source>Postgre&amp;SQL databases</source>
        <translation>Bases de datos Postgre&amp;SQL</translation>
    </message>
    <message>
        <source>&amp;MariaDB databases</source>
        <translation>Bases de datos &amp;MariaDB</translation>
    </message>
    <message>
        <source>Database &amp;environment:</source>
        <translation>&amp;Entorno de la base de datos:</translation>
    </message>
    <message>
        <source>Database environment</source>
        <translation>Entorno de la base de datos</translation>
    </message>
    <message>
        <source>PGHOST=… MYSQL_UNIX_PORT=…</source>
        <translation>PGHOST=… MYSQL_UNIX_PORT=…</translation>
    </message>
    <message>
        <source>&amp;Run:</source>
        <translation>&amp;Ejecutar:</translation>
    </message>
    <message>
        <source>When the job runs</source>
        <translation>Cuándo se ejecuta el trabajo</translation>
    </message>
    <message>
        <source>Only when started</source>
        <translation>Solo al iniciarlo manualmente</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diariamente</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensualmente</translation>
    </message>
    <message>
        <source>Every N hours</source>
        <translation>Cada N horas</translation>
    </message>
    <message>
        <source>After another job</source>
        <translation>Después de otro trabajo</translation>
    </message>
    <message>
        <source>At &amp;times:</source>
        <translation>A las &amp;horas:</translation>
    </message>
    <message>
        <source>Times of day, separated by commas</source>
        <translation>Horas del día, separadas por comas</translation>
    </message>
    <message>
        <source>22:00, 03:30</source>
        <translation>22:00, 03:30</translation>
    </message>
    <message>
        <source>On &amp;days:</source>
        <translation>Los &amp;días:</translation>
    </message>
    <message>
        <source>Day of the &amp;month:</source>
        <translation>Día del &amp;mes:</translation>
    </message>
    <message>
        <source>Day of the month</source>
        <translation>Día del mes</translation>
    </message>
    <message>
        <source>Every &amp;hours:</source>
        <translation>Intervalo en h&amp;oras:</translation>
    </message>
    <message>
        <source>Hours between runs</source>
        <translation>Horas entre ejecuciones</translation>
    </message>
    <message>
        <source>After the &amp;job:</source>
        <translation>Después del &amp;trabajo:</translation>
    </message>
    <message>
        <source>The job this one runs after</source>
        <translation>El trabajo después del cual se ejecuta este</translation>
    </message>
    <message>
        <source>Retr&amp;ies of failed VMs:</source>
        <translation>&amp;Reintentos de las VM fallidas:</translation>
    </message>
    <message>
        <source>Retries of failed VMs</source>
        <translation>Reintentos de las VM fallidas</translation>
    </message>
    <message>
        <source>&amp;Wait between retries:</source>
        <translation>E&amp;spera entre reintentos:</translation>
    </message>
    <message>
        <source>Seconds between retries</source>
        <translation>Segundos entre reintentos</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>E-mail &amp;addresses:</source>
        <translation>&amp;Direcciones de correo electrónico:</translation>
    </message>
    <message>
        <source>E-mail addresses for reports</source>
        <translation>Direcciones de correo electrónico para los informes</translation>
    </message>
    <message>
        <source>ops@example.com, backup@example.com</source>
        <translation>ops@example.com, backup@example.com</translation>
    </message>
    <message>
        <source>&amp;Send a report:</source>
        <translation>&amp;Enviar un informe:</translation>
    </message>
    <message>
        <source>When a report is sent</source>
        <translation>Cuándo se envía un informe</translation>
    </message>
    <message>
        <source>When a run fails</source>
        <translation>Cuando una ejecución falla</translation>
    </message>
    <message>
        <source>When a run warns or fails</source>
        <translation>Cuando una ejecución genera advertencias o falla</translation>
    </message>
    <message>
        <source>After every run</source>
        <translation>Después de cada ejecución</translation>
    </message>
    <message>
        <source>Summary of the job</source>
        <translation>Resumen del trabajo</translation>
    </message>
    <message>
        <source>Why the job was not saved</source>
        <translation>Por qué no se ha guardado el trabajo</translation>
    </message>
    <message>
        <source>Scheduled and retried runs sign in with my password (kept in the system keychain)</source>
        <translation>Las ejecuciones programadas y reintentadas inician sesión con mi contraseña (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <source>Keep my password for scheduled runs</source>
        <translation>Guardar mi contraseña para las ejecuciones programadas</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
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
        <translation>En ejecución: %1% (%2)</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nunca ejecutado</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>No programado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last result</source>
        <translation>Último resultado</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Next run</source>
        <translation>Próxima ejecución</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objetos</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
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
        <translation>Trabajo finalizado: %1</translation>
    </message>
    <message>
        <source>Job finished: %1 — %2</source>
        <translation>Trabajo finalizado: %1 — %2</translation>
    </message>
    <message>
        <source>Job started.</source>
        <translation>Trabajo iniciado.</translation>
    </message>
    <message>
        <source>Stopping the job; its snapshots are removed first.</source>
        <translation>Deteniendo el trabajo; primero se eliminan sus snapshots.</translation>
    </message>
    <message>
        <source>Search jobs</source>
        <translation>Buscar trabajos</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>De&amp;tener</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Start the selected job</source>
        <translation>Iniciar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Stop the selected job</source>
        <translation>Detener el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Sessions of the selected job</source>
        <translation>Sesiones del trabajo seleccionado</translation>
    </message>
    <message>
        <source>Log of the selected session</source>
        <translation>Registro de la sesión seleccionada</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Progreso del trabajo en ejecución</translation>
    </message>
    <message>
        <source>Ena&amp;ble</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Disa&amp;ble</source>
        <translation>Des&amp;habilitar</translation>
    </message>
    <message>
        <source>Enable the selected job</source>
        <translation>Habilitar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Disable the selected job</source>
        <translation>Deshabilitar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Job %1 saved.</source>
        <translation>Trabajo %1 guardado.</translation>
    </message>
    <message>
        <source>Job %1 enabled.</source>
        <translation>Trabajo %1 habilitado.</translation>
    </message>
    <message>
        <source>Job %1 disabled.</source>
        <translation>Trabajo %1 deshabilitado.</translation>
    </message>
    <message>
        <source>Delete job</source>
        <translation>Eliminar trabajo</translation>
    </message>
    <message>
        <source>Delete the job %1?</source>
        <translation>¿Eliminar el trabajo %1?</translation>
    </message>
    <message>
        <source>Its sessions and restore points stay; it no longer runs. This cannot be undone.</source>
        <translation>Sus sesiones y puntos de restauración se conservan; deja de ejecutarse. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Job %1 deleted.</source>
        <translation>Se ha eliminado el trabajo %1.</translation>
    </message>
    <message>
        <source>Retrying the VMs that failed.</source>
        <translation>Reintentando las VM que fallaron.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n sesión escrita en %1.</numerusform>
            <numerusform>%n sesiones escritas en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 written to %2.</source>
        <translation>Sesión %1 escrita en %2.</translation>
    </message>
    <message>
        <source>Export sessions</source>
        <translation>Exportar sesiones</translation>
    </message>
    <message>
        <source>The &amp;selected session</source>
        <translation>La sesión &amp;seleccionada</translation>
    </message>
    <message>
        <source>All sessions of your jobs &amp;between:</source>
        <translation>Todas las sesiones de sus trabajos &amp;entre:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (hojas de cálculo)</translation>
    </message>
    <message>
        <source>HTML (a report to read)</source>
        <translation>HTML (un informe para leer)</translation>
    </message>
    <message>
        <source>File format</source>
        <translation>Formato de archivo</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>Archivos HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;New job…</source>
        <translation>&amp;Nuevo trabajo…</translation>
    </message>
    <message>
        <source>Create a backup job</source>
        <translation>Crear un trabajo de copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit the selected job</source>
        <translation>Editar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Delete the selected job</source>
        <translation>Eliminar el trabajo seleccionado</translation>
    </message>
    <message>
        <source>Retr&amp;y</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Run the selected job again for the VMs that failed</source>
        <translation>Volver a ejecutar el trabajo seleccionado para las VM que fallaron</translation>
    </message>
    <message>
        <source>E&amp;xport sessions…</source>
        <translation>E&amp;xportar sesiones…</translation>
    </message>
    <message>
        <source>There are no backup jobs for your account yet. Create one with New job…</source>
        <translation>Su cuenta aún no tiene trabajos de copia de seguridad. Cree uno con «Nuevo trabajo…».</translation>
    </message>
    <message>
        <source>PDF (a report to print or archive)</source>
        <translation>PDF (un informe para imprimir o archivar)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export sessions as CSV, HTML or PDF</source>
        <translation>Exportar sesiones como CSV, HTML o PDF</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::KioskPolicy</name>
    <message>
        <source>The kiosk policy %1 is not valid: %2</source>
        <translation>La política de quiosco %1 no es válida: %2</translation>
    </message>
    <message>
        <source>&quot;enabled&quot; must be true or false.</source>
        <translation>&quot;enabled&quot; debe ser true o false.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; must be a list of tab names.</source>
        <translation>&quot;tabs&quot; debe ser una lista de nombres de pestañas.</translation>
    </message>
    <message>
        <source>unknown tab &quot;%1&quot;; the tabs are %2.</source>
        <translation>pestaña &quot;%1&quot; desconocida; las pestañas son %2.</translation>
    </message>
    <message>
        <source>&quot;tabs&quot; names no tab.</source>
        <translation>&quot;tabs&quot; no nombra ninguna pestaña.</translation>
    </message>
    <message>
        <source>&quot;idle_minutes&quot; must be a number of minutes above 0.</source>
        <translation>&quot;idle_minutes&quot; debe ser un número de minutos mayor que 0.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::LogViewer</name>
    <message>
        <source>Log — %1</source>
        <translation>Registro — %1</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>Filter the log</source>
        <translation>Filtrar el registro</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>The log %1 cannot be read: %2</source>
        <translation>No se puede leer el registro %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::MainWindow</name>
    <message>
        <source>About Lifeboat</source>
        <translation>Acerca de Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1
Self-service backup and restore for VMware vSphere and Cloud Director.</source>
        <translation>Lifeboat %1
Copia de seguridad y restauración de autoservicio para VMware vSphere y Cloud Director.</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>A&amp;cerca de Lifeboat</translation>
    </message>
    <message>
        <source>Engine stopped: %1</source>
        <translation>Motor detenido: %1</translation>
    </message>
    <message>
        <source>You were not signed in automatically: %1</source>
        <translation>No se ha iniciado sesión automáticamente: %1</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>T&amp;rabajos</translation>
    </message>
    <message>
        <source>&amp;VMs</source>
        <translation>&amp;VM</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>Arc&amp;hivos</translation>
    </message>
    <message>
        <source>&amp;Items</source>
        <translation>&amp;Elementos</translation>
    </message>
    <message>
        <source>%1 (administrator) on %2</source>
        <translation>%1 (administrador) en %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin iniciar sesión</translation>
    </message>
    <message>
        <source>Signed out after %1 idle minutes.</source>
        <translation>Se ha cerrado la sesión tras %1 minutos de inactividad.</translation>
    </message>
    <message>
        <source>This kiosk cannot be closed here: its policy sets no administrator password.</source>
        <translation>Este quiosco no se puede cerrar aquí: su política no establece ninguna contraseña de administrador.</translation>
    </message>
    <message>
        <source>Close Lifeboat</source>
        <translation>Cerrar Lifeboat</translation>
    </message>
    <message>
        <source>Administrator password:</source>
        <translation>Contraseña de administrador:</translation>
    </message>
    <message>
        <source>Wrong administrator password; Lifeboat stays open.</source>
        <translation>Contraseña de administrador incorrecta; Lifeboat sigue abierto.</translation>
    </message>
    <message>
        <source>Job %1: %2</source>
        <translation>Trabajo %1: %2</translation>
    </message>
    <message>
        <source>Job %1: %2 — %3</source>
        <translation>Trabajo %1: %2 — %3</translation>
    </message>
    <message>
        <source>Show &amp;log</source>
        <translation>Mostrar el &amp;registro</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>Sin conexión: %1</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::OverviewPage</name>
    <message>
        <source>The catalog could not be read: %1</source>
        <translation>No se pudo leer el catálogo: %1</translation>
    </message>
    <message>
        <source>%1 of %2, %3 journal</source>
        <translation>%1 de %2, diario %3</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>Esta instalación</translation>
    </message>
    <message>
        <source>Catalog:</source>
        <translation>Catálogo:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Versión de esquema:</translation>
    </message>
    <message>
        <source>Endpoints:</source>
        <translation>Extremos:</translation>
    </message>
    <message>
        <source>Repositories:</source>
        <translation>Repositorios:</translation>
    </message>
    <message>
        <source>Jobs:</source>
        <translation>Trabajos:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Sesiones:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::PdfReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::RestoreVmWizard</name>
    <message>
        <source>Restore %1</source>
        <translation>Restaurar %1</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>Discos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repositorio</translation>
    </message>
    <message>
        <source>Restore points of %1</source>
        <translation>Puntos de restauración de %1</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Punto de restauración</translation>
    </message>
    <message>
        <source>Choose the state of %1 to restore; the newest is selected.</source>
        <translation>Elija el estado de %1 que desea restaurar; está seleccionado el más reciente.</translation>
    </message>
    <message>
        <source>Restore mode</source>
        <translation>Modo de restauración</translation>
    </message>
    <message>
        <source>&amp;Keep the original: restore as a new VM next to it</source>
        <translation>&amp;Conservar el original: restaurar como una VM nueva junto a él</translation>
    </message>
    <message>
        <source>&amp;Overwrite the original VM</source>
        <translation>&amp;Sobrescribir la VM original</translation>
    </message>
    <message>
        <source>Name of the restored VM</source>
        <translation>Nombre de la VM restaurada</translation>
    </message>
    <message>
        <source>&amp;Power on the VM after the restore</source>
        <translation>&amp;Encender la VM después de la restauración</translation>
    </message>
    <message>
        <source>The VM is powered off and its disks, CPUs and memory are replaced with the restore point&apos;s. Everything written to it since then is lost. It keeps its identity, so its backup jobs go on protecting it.</source>
        <translation>La VM se apaga y sus discos, CPU y memoria se sustituyen por los del punto de restauración. Todo lo que se haya escrito en ella desde entonces se pierde. Conserva su identidad, por lo que sus trabajos de copia de seguridad siguen protegiéndola.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>%1 will be powered off and overwritten with its state of %2.</source>
        <translation>%1 se apagará y se sobrescribirá con su estado del %2.</translation>
    </message>
    <message>
        <source>%1 as of %2 will be restored as a new VM named %3; the original is not touched.</source>
        <translation>%1 con su estado del %2 se restaurará como una VM nueva llamada %3; el original no se modifica.</translation>
    </message>
    <message>
        <source>It is powered on afterwards.</source>
        <translation>Después se enciende.</translation>
    </message>
    <message>
        <source>Target folder</source>
        <translation>Carpeta de destino</translation>
    </message>
    <message>
        <source>The disks are written there as image files, sparse where they are empty.</source>
        <translation>Los discos se escriben allí como archivos de imagen, dispersos donde están vacíos.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Extract</source>
        <translation>&amp;Extraer</translation>
    </message>
    <message>
        <source>The disks of %1 as of %2 will be written into %3.</source>
        <translation>Los discos de %1 en su estado del %2 se escribirán en %3.</translation>
    </message>
    <message>
        <source>Restore the vApp %1</source>
        <translation>Restaurar la vApp %1</translation>
    </message>
    <message>
        <source>Point in time</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Members restored</source>
        <translation>Miembros restaurados</translation>
    </message>
    <message>
        <source>Newest restore point of each member</source>
        <translation>Punto de restauración más reciente de cada miembro</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Points in time of the vApp %1</source>
        <translation>Momentos de la vApp %1</translation>
    </message>
    <message>
        <source>Restore every member of %1 from its newest restore point, or from its newest one not newer than a point in time.</source>
        <translation>Restaurar cada miembro de %1 desde su punto de restauración más reciente o desde el más reciente que no sea posterior a un momento.</translation>
    </message>
    <message>
        <source>&amp;Keep the originals: restore each member as a new VM &lt;name&gt;_restored beside it, in the vApp</source>
        <translation>&amp;Conservar los originales: restaurar cada miembro como una VM nueva &lt;nombre&gt;_restored junto a él, en la vApp</translation>
    </message>
    <message>
        <source>&amp;Overwrite the member VMs</source>
        <translation>&amp;Sobrescribir las VM miembro</translation>
    </message>
    <message>
        <source>&amp;Power on the VMs after the restore</source>
        <translation>&amp;Encender las VM después de la restauración</translation>
    </message>
    <message>
        <source>Each member is powered off and its disks, CPUs and memory are replaced with its restore point&apos;s. Everything written to them since then is lost.</source>
        <translation>Cada miembro se apaga y sus discos, CPU y memoria se sustituyen por los de su punto de restauración. Todo lo escrito en ellos desde entonces se pierde.</translation>
    </message>
    <message>
        <source>%1 as of %2 → %3</source>
        <translation>%1 a fecha de %2 → %3</translation>
    </message>
    <message>
        <source>%1: not restored, no restore point</source>
        <translation>%1: no se restaura, sin punto de restauración</translation>
    </message>
    <message>
        <source>The members of %1 will be powered off and overwritten:</source>
        <translation>Los miembros de %1 se apagarán y se sobrescribirán:</translation>
    </message>
    <message>
        <source>The members of %1 will be restored as new VMs in the vApp; the originals are not touched:</source>
        <translation>Los miembros de %1 se restaurarán como VM nuevas en la vApp; los originales no se tocan:</translation>
    </message>
    <message>
        <source>They are powered on afterwards.</source>
        <translation>Después se encienden.</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SessionsModel</name>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Leído</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Almacenado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SettingsDialog</name>
    <message>
        <source>Mail server saved.</source>
        <translation>Servidor de correo guardado.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Test message sent.</source>
        <translation>Mensaje de prueba enviado.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Mail server for job reports (administrators)</source>
        <translation>Servidor de correo para los informes de los trabajos (administradores)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>&amp;Seguridad:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;User (optional):</source>
        <translation>&amp;Usuario (opcional):</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Con&amp;traseña:</translation>
    </message>
    <message>
        <source>&amp;Trusted certificate:</source>
        <translation>Certificado de &amp;confianza:</translation>
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
        <translation>Ninguna (sin cifrado)</translation>
    </message>
    <message>
        <source>kept in the system keychain; empty: unchanged</source>
        <translation>se guarda en el llavero del sistema; vacío: sin cambios</translation>
    </message>
    <message>
        <source>SHA-256 thumbprint, when the system does not trust the server</source>
        <translation>Huella SHA-256, si el sistema no confía en el servidor</translation>
    </message>
    <message>
        <source>&amp;Save mail server</source>
        <translation>&amp;Guardar el servidor de correo</translation>
    </message>
    <message>
        <source>test address</source>
        <translation>dirección de prueba</translation>
    </message>
    <message>
        <source>Address for a test message</source>
        <translation>Dirección para un mensaje de prueba</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>Enviar &amp;prueba</translation>
    </message>
    <message>
        <source>Test:</source>
        <translation>Prueba:</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::SignInPage</name>
    <message>
        <source>Enter the address of your vCenter server.</source>
        <translation>Introduzca la dirección de su servidor vCenter.</translation>
    </message>
    <message>
        <source>Enter your user name, e.g. DOMAIN\Username or user@domain.</source>
        <translation>Introduzca su nombre de usuario, p. ej., DOMAIN\Username o user@domain.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>Unknown certificate</source>
        <translation>Certificado desconocido</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted by this computer.</source>
        <translation>Este equipo no confía en el certificado de %1.</translation>
    </message>
    <message>
        <source>Its SHA-256 thumbprint is:
%1

Compare it with the thumbprint your administrator gives you. Trust it only if they are the same; Lifeboat will then refuse any other certificate for this server.</source>
        <translation>Su huella SHA-256 es:
%1

Compárela con la huella que le facilite su administrador. Confíe en él solo si coinciden; Lifeboat rechazará entonces cualquier otro certificado para este servidor.</translation>
    </message>
    <message>
        <source>Trust and sign in</source>
        <translation>Confiar e iniciar sesión</translation>
    </message>
    <message>
        <source>Not signed in: the server&apos;s certificate was not trusted.</source>
        <translation>No se ha iniciado sesión: no se confió en el certificado del servidor.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>Back up and restore your virtual machines, guest files and databases.</source>
        <translation>Haga copias de seguridad de sus máquinas virtuales, archivos del invitado y bases de datos, y restáurelos.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>vcenter.example.com</source>
        <translation>vcenter.example.com</translation>
    </message>
    <message>
        <source>DOMAIN\Username or user@domain</source>
        <translation>DOMAIN\Username o user@domain</translation>
    </message>
    <message>
        <source>&amp;Remain signed in</source>
        <translation>&amp;Mantener la sesión iniciada</translation>
    </message>
    <message>
        <source>Keeps your password in the system keychain until you sign out.</source>
        <translation>Guarda su contraseña en el llavero del sistema hasta que cierre la sesión.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Display language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>Repository folder</source>
        <translation>Carpeta del repositorio</translation>
    </message>
    <message>
        <source>Choose the repository folder to open.</source>
        <translation>Elija la carpeta del repositorio que desea abrir.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>&amp;Connect to:</source>
        <translation>C&amp;onectar a:</translation>
    </message>
    <message>
        <source>A vCenter server</source>
        <translation>Un servidor vCenter</translation>
    </message>
    <message>
        <source>A repository folder, offline</source>
        <translation>Una carpeta de repositorio, sin conexión</translation>
    </message>
    <message>
        <source>Connect to</source>
        <translation>Conectar a</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>Re&amp;positorio:</translation>
    </message>
    <message>
        <source>/mnt/backup/lifeboat</source>
        <translation>/mnt/backup/lifeboat</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Repository &amp;password:</source>
        <translation>Con&amp;traseña del repositorio:</translation>
    </message>
    <message>
        <source>Choose a Cloud Director from the list; an administrator adds one with &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</source>
        <translation>Elija un Cloud Director de la lista; un administrador lo añade con &apos;lifeboat-cli endpoint add URL --kind vcd&apos;.</translation>
    </message>
    <message>
        <source>Enter your user name as user@organization.</source>
        <translation>Introduzca su nombre de usuario como usuario@organización.</translation>
    </message>
    <message>
        <source>VMware Cloud Director</source>
        <translation>VMware Cloud Director</translation>
    </message>
    <message>
        <source>user@organization</source>
        <translation>usuario@organización</translation>
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
        <translation>Encendida</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Apagada</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendida</translation>
    </message>
    <message>
        <source>Protected</source>
        <translation>Protegida</translation>
    </message>
    <message>
        <source>Unprotected</source>
        <translation>Sin proteger</translation>
    </message>
    <message>
        <source>VM</source>
        <translation>VM</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Alimentación</translation>
    </message>
    <message>
        <source>Protection</source>
        <translation>Protección</translation>
    </message>
    <message>
        <source>Restore points</source>
        <translation>Puntos de restauración</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Última copia de seguridad</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>vApp</source>
        <translation>vApp</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Guest OS</source>
        <translation>Sistema operativo invitado</translation>
    </message>
    <message>
        <source>Disk size</source>
        <translation>Tamaño de disco</translation>
    </message>
    <message numerus="yes">
        <source>vApp with %n VM(s)</source>
        <translation>
            <numerusform>vApp con %n VM</numerusform>
            <numerusform>vApp con %n VM</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 on</source>
        <translation>%1 de %2 encendidas</translation>
    </message>
    <message>
        <source>Partly protected (%1 of %2)</source>
        <translation>Protegida en parte (%1 de %2)</translation>
    </message>
    <message>
        <source>The newest time every member of the vApp has a restore point for</source>
        <translation>El momento más reciente para el que cada miembro de la vApp tiene un punto de restauración</translation>
    </message>
</context>
<context>
    <name>lifeboat::ui::VmsPage</name>
    <message>
        <source>Backing up %1 now.</source>
        <translation>Haciendo ahora la copia de seguridad de %1.</translation>
    </message>
    <message>
        <source>%1 has no restore point yet; back it up first.</source>
        <translation>%1 aún no tiene ningún punto de restauración; haga primero una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring from %1…</source>
        <translation>Restaurando desde %1…</translation>
    </message>
    <message>
        <source>Restore session %1: %2. %3</source>
        <translation>Sesión de restauración %1: %2. %3</translation>
    </message>
    <message>
        <source>Search VMs</source>
        <translation>Buscar VM</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>R&amp;estore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Progress of the restore</source>
        <translation>Progreso de la restauración</translation>
    </message>
    <message>
        <source>No virtual machines are in your scope. Ask your administrator which folders, resource pools, vApps or tags were assigned to your account.</source>
        <translation>No hay máquinas virtuales en su ámbito. Pregunte a su administrador qué carpetas, grupos de recursos, vApps o etiquetas se han asignado a su cuenta.</translation>
    </message>
    <message>
        <source>Extracting the disks of %1…</source>
        <translation>Extrayendo los discos de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n disk(s): %1</source>
        <translation>
            <numerusform>Se ha extraído %n disco: %1</numerusform>
            <numerusform>Se han extraído %n discos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Extract disks…</source>
        <translation>&amp;Extraer discos…</translation>
    </message>
    <message>
        <source>Extract the disks of the selected VM</source>
        <translation>Extraer los discos de la VM seleccionada</translation>
    </message>
    <message>
        <source>Backing up the vApp %1 now through %2.</source>
        <translation>Haciendo ahora la copia de seguridad de la vApp %1 mediante %2.</translation>
    </message>
    <message>
        <source>Not started: %1.</source>
        <translation>No iniciados: %1.</translation>
    </message>
    <message>
        <source>No backup job protects %1; create one in the Jobs tab.</source>
        <translation>Ningún trabajo de copia de seguridad protege %1; cree uno en la pestaña Trabajos.</translation>
    </message>
    <message>
        <source>No VM of the vApp %1 has a restore point yet; back it up first.</source>
        <translation>Ninguna VM de la vApp %1 tiene todavía un punto de restauración; haga antes una copia de seguridad.</translation>
    </message>
    <message>
        <source>Restoring the vApp %1…</source>
        <translation>Restaurando la vApp %1…</translation>
    </message>
    <message>
        <source>vApp %1 restored: %2 (sessions %3).</source>
        <translation>vApp %1 restaurada: %2 (sesiones %3).</translation>
    </message>
    <message>
        <source>Not restored, no restore point: %1.</source>
        <translation>No restauradas, sin punto de restauración: %1.</translation>
    </message>
    <message>
        <source>Back up the selected VM or vApp now</source>
        <translation>Hacer ahora la copia de seguridad de la VM o vApp seleccionada</translation>
    </message>
    <message>
        <source>Restore the selected VM or vApp</source>
        <translation>Restaurar la VM o vApp seleccionada</translation>
    </message>
    <message>
        <source>Virtual machines and vApps</source>
        <translation>Máquinas virtuales y vApps</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcdClient</name>
    <message>
        <source>The server&apos;s list of API versions is not readable (%1). Is this a VMware Cloud Director address?</source>
        <translation>La lista de versiones de API del servidor no se puede leer (%1). ¿Es una dirección de VMware Cloud Director?</translation>
    </message>
    <message>
        <source>no SupportedVersions</source>
        <translation>sin SupportedVersions</translation>
    </message>
    <message>
        <source>The server&apos;s query reply is not readable: %1</source>
        <translation>La respuesta del servidor a la consulta no se puede leer: %1</translation>
    </message>
    <message>
        <source>%1 did not accept the session (HTTP 401).</source>
        <translation>%1 no aceptó la sesión (HTTP 401).</translation>
    </message>
    <message>
        <source>%1 does not let this account do that: %2</source>
        <translation>%1 no permite a esta cuenta hacer eso: %2</translation>
    </message>
    <message>
        <source>%1 refused API version %2: %3</source>
        <translation>%1 rechazó la versión de API %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 respondió HTTP %2: %3</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>No se puede acceder a %1: no respondió en %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>La conexión segura con %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>La solicitud a %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>%1 offers Cloud Director API versions %2, but Lifeboat speaks only %3. Upgrade Cloud Director or Lifeboat.</source>
        <translation>%1 ofrece las versiones de API de Cloud Director %2, pero Lifeboat solo habla %3. Actualice Cloud Director o Lifeboat.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>Cloud Director accounts are written user@organization (the provider&apos;s are user@System); &quot;%1&quot; is not.</source>
        <translation>Las cuentas de Cloud Director se escriben usuario@organización (las del proveedor, usuario@System); &quot;%1&quot; no lo está.</translation>
    </message>
    <message>
        <source>%1 refused the sign-in of %2@%3. The user name, the password or the organization is wrong; Cloud Director does not say which.</source>
        <translation>%1 rechazó el inicio de sesión de %2@%3. El nombre de usuario, la contraseña o la organización son incorrectos; Cloud Director no dice cuál.</translation>
    </message>
    <message>
        <source>%1 signed in but sent no access token. Cloud Director 10.4 or later is needed.</source>
        <translation>%1 aceptó el inicio de sesión pero no envió ningún token de acceso. Se necesita Cloud Director 10.4 o posterior.</translation>
    </message>
    <message>
        <source>The session with %1 ended and signing in again did not help.</source>
        <translation>La sesión con %1 terminó y volver a iniciar sesión no ha servido.</translation>
    </message>
    <message>
        <source>The session with %1 ended, and signing in again failed: %2</source>
        <translation>La sesión con %1 terminó y el nuevo inicio de sesión ha fallado: %2</translation>
    </message>
    <message>
        <source>Powering on %1</source>
        <translation>El encendido de %1</translation>
    </message>
    <message>
        <source>Powering off %1</source>
        <translation>El apagado de %1</translation>
    </message>
    <message>
        <source>Shutting down %1</source>
        <translation>El apagado del sistema invitado de %1</translation>
    </message>
    <message>
        <source>Resetting %1</source>
        <translation>El restablecimiento de %1</translation>
    </message>
    <message>
        <source>The server&apos;s task is not readable (%1).</source>
        <translation>La tarea del servidor no se puede leer (%1).</translation>
    </message>
    <message>
        <source>no Task document</source>
        <translation>ningún documento Task</translation>
    </message>
    <message>
        <source>the task has no status</source>
        <translation>la tarea no tiene estado</translation>
    </message>
    <message>
        <source>%1 refused the request: %2</source>
        <translation>%1 ha rechazado la solicitud: %2</translation>
    </message>
    <message>
        <source>%1 was refused by %2: %3</source>
        <translation>%1 ha sido rechazado por %2: %3</translation>
    </message>
    <message>
        <source>%1 failed on %2: %3</source>
        <translation>%1 ha fallado en %2: %3</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>el servidor no ha dado ningún motivo</translation>
    </message>
    <message>
        <source>%1 was canceled on %2.</source>
        <translation>%1 se ha cancelado en %2.</translation>
    </message>
    <message>
        <source>%1 was aborted on %2.</source>
        <translation>%1 se ha anulado en %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s task has no address to follow.</source>
        <translation>%1: la tarea del servidor no tiene ninguna dirección que seguir.</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s (still %3 on %4; the task goes on there).</source>
        <translation>%1 no ha terminado en %2 s (sigue %3 en %4; la tarea continúa allí).</translation>
    </message>
    <message>
        <source>Importing a vCenter VM into a vApp needs the provider&apos;s account (USER@System); %1 is not signed in as the provider.</source>
        <translation>Para importar una VM de vCenter en una vApp se necesita la cuenta del proveedor (USER@System); %1 no ha iniciado sesión como proveedor.</translation>
    </message>
    <message>
        <source>this client</source>
        <translation>este cliente</translation>
    </message>
    <message>
        <source>Importing %1 (%2) into the vApp %3</source>
        <translation>La importación de %1 (%2) en la vApp %3</translation>
    </message>
    <message>
        <source>%1 finished the import, but the vApp %2 shows no VM named %3.</source>
        <translation>%1 ha terminado la importación, pero la vApp %2 no muestra ninguna VM llamada %3.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vcd::VcenterLinks</name>
    <message>
        <source>The catalog could not read or write the Cloud Director vCenter links: %1</source>
        <translation>El catálogo no ha podido leer ni escribir los vínculos de vCenter de Cloud Director: %1</translation>
    </message>
    <message>
        <source>No link for the vCenter %1.</source>
        <translation>No hay ningún vínculo para el vCenter %1.</translation>
    </message>
    <message>
        <source>Cloud Director does not tell which vCenter VM the VM %1 is, so its disks cannot be reached. Lifeboat needs the VMs&apos; vCenter identity in the organization&apos;s query results.</source>
        <translation>Cloud Director no indica a qué VM de vCenter corresponde la VM %1, por lo que no se puede acceder a sus discos. Lifeboat necesita la identidad de vCenter de las VM en los resultados de consulta de la organización.</translation>
    </message>
    <message>
        <source>The organization %1 has VMs on several vCenters (%2); Lifeboat backs up an organization on one vCenter only.</source>
        <translation>La organización %1 tiene VM en varios vCenter (%2); Lifeboat solo hace copia de seguridad de una organización en un único vCenter.</translation>
    </message>
    <message>
        <source>The VMs of %1 live on the vCenter %2, which is not linked to a server of Lifeboat. An administrator links it with &apos;lifeboat-cli vcd vcenter link&apos;.</source>
        <translation>Las VM de %1 están en el vCenter %2, que no está vinculado a ningún servidor de Lifeboat. Un administrador lo vincula con «lifeboat-cli vcd vcenter link».</translation>
    </message>
    <message>
        <source>%1 is a provider account. Providers manage Lifeboat through the vCenter; Cloud Director sign-in is for organization users.</source>
        <translation>%1 es una cuenta de proveedor. Los proveedores administran Lifeboat a través del vCenter; el inicio de sesión con Cloud Director es para los usuarios de las organizaciones.</translation>
    </message>
    <message>
        <source>The organization %1 does not use Lifeboat on this computer; the provider adds it with &apos;lifeboat-cli vcd org set&apos;.</source>
        <translation>La organización %1 no usa Lifeboat en este equipo; el proveedor la añade con «lifeboat-cli vcd org set».</translation>
    </message>
    <message>
        <source>Lifeboat cannot reach the vCenter %1 for your organization: the password of its service account %2 is not in the system keychain (%3). Ask your provider.</source>
        <translation>Lifeboat no puede acceder al vCenter %1 para su organización: la contraseña de su cuenta de servicio %2 no está en el llavero del sistema (%3). Consulte a su proveedor.</translation>
    </message>
    <message>
        <source>the provider has set no Cloud Director account for Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</source>
        <translation>el proveedor no ha definido ninguna cuenta de Cloud Director para Lifeboat (&apos;lifeboat-cli vcd provider set&apos;)</translation>
    </message>
    <message>
        <source>the password of the provider&apos;s account %1 is not in the system keychain (%2)</source>
        <translation>la contraseña de la cuenta del proveedor %1 no está en el llavero del sistema (%2)</translation>
    </message>
    <message>
        <source>Cloud Director does not show your organization which vCenter VM each of its VMs is, and Lifeboat cannot ask as the provider: %1.</source>
        <translation>Cloud Director no muestra a su organización qué VM del vCenter es cada una de sus VM, y Lifeboat no puede preguntarlo como proveedor: %1.</translation>
    </message>
    <message>
        <source>%1 was restored on the vCenter but is not in the vApp %2 in Cloud Director: %3.</source>
        <translation>%1 se restauró en el vCenter, pero no está en la vApp %2 de Cloud Director: %3.</translation>
    </message>
    <message>
        <source>%1 was restored but not powered on through Cloud Director: %2.</source>
        <translation>%1 se restauró, pero no se encendió a través de Cloud Director: %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreSource</name>
    <message>
        <source>Reading %1 at offset %2 failed: %3</source>
        <translation>Ha fallado la lectura de %1 en el desplazamiento %2: %3</translation>
    </message>
    <message>
        <source>The datastore file %1 ends before offset %2: the disk&apos;s data is not all there.</source>
        <translation>El archivo %1 del almacén de datos termina antes del desplazamiento %2: los datos del disco no están completos.</translation>
    </message>
    <message>
        <source>The server answered a request for %1 bytes of %2 at offset %3 with HTTP %4 and %5 bytes.</source>
        <translation>El servidor ha respondido a una solicitud de %1 bytes de %2 en el desplazamiento %3 con HTTP %4 y %5 bytes.</translation>
    </message>
    <message>
        <source>Read of %1 bytes at %2 is outside the disk.</source>
        <translation>La lectura de %1 bytes en %2 queda fuera del disco.</translation>
    </message>
    <message>
        <source>Reading %1 at offset %2 failed: the server did not answer within %3 s.</source>
        <translation>Ha fallado la lectura de %1 en el desplazamiento %2: el servidor no ha respondido en %3 s.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::DatastoreUpload</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Detenido por el usuario.</translation>
    </message>
    <message>
        <source>Writing %1 failed: the server did not take data for %2 s.</source>
        <translation>Ha fallado la escritura de %1: el servidor no ha aceptado datos durante %2 s.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Ha fallado la escritura de %1: %2</translation>
    </message>
    <message>
        <source>The server refused to store %1 (HTTP %2).</source>
        <translation>El servidor se ha negado a guardar %1 (HTTP %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::InventoryCache</name>
    <message>
        <source>The catalog could not keep the inventory: %1</source>
        <translation>El catálogo no ha podido guardar el inventario: %1</translation>
    </message>
    <message>
        <source>The catalog could not keep the inventory.</source>
        <translation>El catálogo no ha podido guardar el inventario.</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::TagClient</name>
    <message>
        <source>The tagging service&apos;s certificate is not the trusted one (%1).</source>
        <translation>El certificado del servicio de etiquetado no es el de confianza (%1).</translation>
    </message>
    <message>
        <source>The tagging service refused %1: HTTP %2 %3</source>
        <translation>El servicio de etiquetado ha rechazado %1: HTTP %2 %3</translation>
    </message>
    <message>
        <source>The tagging service answered %1 with something that is not JSON.</source>
        <translation>El servicio de etiquetado ha respondido a %1 con algo que no es JSON.</translation>
    </message>
    <message>
        <source>Cannot sign in to the tagging service: %1</source>
        <translation>No se puede iniciar sesión en el servicio de etiquetado: %1</translation>
    </message>
    <message>
        <source>There is no tag named %1.</source>
        <translation>No hay ninguna etiqueta llamada %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n tags are named %1 (in different categories); rename them so that the scope names one.</source>
        <translation>
            <numerusform>%n etiqueta se llama %1 (en categorías distintas); cámbieles el nombre para que el ámbito nombre solo una.</numerusform>
            <numerusform>%n etiquetas se llaman %1 (en categorías distintas); cámbieles el nombre para que el ámbito nombre solo una.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the objects tagged %1: %2</source>
        <translation>No se pueden leer los objetos con la etiqueta %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the tags that scope %1: %2</source>
        <translation>No se pueden leer las etiquetas que definen el ámbito de %1: %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::vsphere::VsphereClient</name>
    <message>
        <source>The certificate of %1 is not trusted by this computer. Its SHA-256 thumbprint is %2. Compare it with the one your administrator gives you before trusting it.</source>
        <translation>Este equipo no confía en el certificado de %1. Su huella SHA-256 es %2. Compárela con la que le facilite su administrador antes de confiar en él.</translation>
    </message>
    <message>
        <source>The certificate of %1 has changed: its SHA-256 thumbprint is now %2, but %3 was trusted. The connection was refused; if the server&apos;s certificate was replaced on purpose, trust the new thumbprint.</source>
        <translation>El certificado de %1 ha cambiado: su huella SHA-256 es ahora %2, pero la de confianza era %3. Se ha rechazado la conexión; si el certificado del servidor se sustituyó a propósito, confíe en la nueva huella.</translation>
    </message>
    <message>
        <source>%1 refused the user name or password.</source>
        <translation>%1 ha rechazado el nombre de usuario o la contraseña.</translation>
    </message>
    <message>
        <source>The session with %1 has ended; sign in again.</source>
        <translation>La sesión con %1 ha finalizado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 reported %2: %3</source>
        <translation>%1 ha notificado %2: %3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 instead of a vSphere API reply. Check the address.</source>
        <translation>%1 ha respondido HTTP %2 en lugar de una respuesta de la API de vSphere. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede acceder a %1: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Ha fallado la conexión segura con %1: %2</translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation>Ha fallado la solicitud a %1: %2</translation>
    </message>
    <message>
        <source>%1 answered, but not with a vSphere service description.</source>
        <translation>%1 ha respondido, pero no con una descripción de servicio de vSphere.</translation>
    </message>
    <message>
        <source>The server&apos;s CurrentTime reply holds no time.</source>
        <translation>La respuesta CurrentTime del servidor no contiene ninguna hora.</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read (%1).</source>
        <translation>No se puede leer la respuesta de inventario del servidor (%1).</translation>
    </message>
    <message>
        <source>not a property reply</source>
        <translation>no es una respuesta de propiedades</translation>
    </message>
    <message>
        <source>The server created no view of its inventory.</source>
        <translation>El servidor no ha creado ninguna vista de su inventario.</translation>
    </message>
    <message>
        <source>Cannot reach %1: it did not answer within %2 s.</source>
        <translation>No se puede acceder a %1: no ha respondido en %2 s.</translation>
    </message>
    <message>
        <source>The server&apos;s %1 reply cannot be read.</source>
        <translation>No se puede leer la respuesta del servidor (%1).</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>device</source>
        <translation>dispositivo</translation>
    </message>
    <message>
        <source>snapshot</source>
        <translation>snapshot</translation>
    </message>
    <message>
        <source>changed-block</source>
        <translation>bloques modificados</translation>
    </message>
    <message>
        <source>The server reported a changed area outside the disk.</source>
        <translation>El servidor ha notificado una zona modificada fuera del disco.</translation>
    </message>
    <message>
        <source>%1 is not a datastore path.</source>
        <translation>%1 no es una ruta de almacén de datos.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 ocupa más de %2 bytes.</translation>
    </message>
    <message>
        <source>The datastore has no file %1.</source>
        <translation>El almacén de datos no tiene ningún archivo %1.</translation>
    </message>
    <message>
        <source>inventory</source>
        <translation>inventario</translation>
    </message>
    <message>
        <source>The server&apos;s inventory reply cannot be read.</source>
        <translation>No se puede leer la respuesta de inventario del servidor.</translation>
    </message>
    <message>
        <source>The server&apos;s change feed was lost (%1); the inventory is read in full.</source>
        <translation>Se ha perdido el flujo de cambios del servidor (%1); el inventario se lee completo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Lifeboat backup and restore console</source>
        <translation>Consola de copia de seguridad y restauración Lifeboat</translation>
    </message>
    <message>
        <source>SQLite catalog to use.</source>
        <translation>Catálogo SQLite que usar.</translation>
    </message>
    <message>
        <source>Display language (en, de, fr, es, ja).</source>
        <translation>Idioma de la interfaz (en, de, fr, es, ja).</translation>
    </message>
    <message>
        <source>Lock the console down for a shared restore kiosk (also set by the system-wide policy file).</source>
        <translation>Bloquear la consola para un quiosco de restauración compartido (también se activa con el archivo de política de todo el sistema).</translation>
    </message>
    <message>
        <source>Open a repository folder without any server or catalog (the offline restore workstation).</source>
        <translation>Abrir una carpeta de repositorio sin servidor ni catálogo (la estación de restauración sin conexión).</translation>
    </message>
</context>
</TS>
