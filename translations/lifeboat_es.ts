<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>lifeboat::EngineWorker</name>
    <message>
        <source>The engine is not running because its catalog could not be opened.</source>
        <translation>El motor no está en marcha porque no se pudo abrir su catálogo.</translation>
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
        <translation>Uso: lifeboat-cli [--catalog RUTA] [--json] ORDEN

Órdenes:
  version          mostrar la versión
  catalog info     mostrar la ubicación, el esquema y el contenido del catálogo
  catalog migrate  abrir el catálogo y actualizar su esquema si hace falta
</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
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
        <source>Engine ready</source>
        <translation>Motor listo</translation>
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
</context>
</TS>
