<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Add Test Case</source>
        <translation>Añadir caso de prueba</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>What the case checks, e.g. &quot;Partner SSO login&quot;</source>
        <translation>Qué comprueba el caso, p. ej. «Inicio de sesión SSO de socios»</translation>
    </message>
    <message>
        <source>Title of the test case</source>
        <translation>Título del caso de prueba</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>Group the case is listed under</source>
        <translation>Grupo en el que figura el caso</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Clase:</translation>
    </message>
    <message>
        <source>Kind of test case</source>
        <translation>Clase de caso de prueba</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Pasos:</translation>
    </message>
    <message>
        <source>Steps of the test case</source>
        <translation>Pasos del caso de prueba</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Resultado esperado:</translation>
    </message>
    <message>
        <source>Expected result of the test case</source>
        <translation>Resultado esperado del caso de prueba</translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Databases in the old deployment.toml</source>
        <translation>Bases de datos del deployment.toml antiguo</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>Test the connection and find the cleanup scripts</source>
        <translation>Probar la conexión y buscar los scripts de limpieza</translation>
    </message>
    <message>
        <source>Scripts fro&amp;m:</source>
        <translation>Scripts &amp;de:</translation>
    </message>
    <message>
        <source>The IS home whose cleanup scripts run</source>
        <translation>La carpeta de IS cuyos scripts de limpieza se ejecutan</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Resultado de la prueba de conexión</translation>
    </message>
    <message>
        <source>Scrip&amp;ts</source>
        <translation>Scrip&amp;ts</translation>
    </message>
    <message>
        <source>Cleanup scripts found; ticked ones run</source>
        <translation>Scripts de limpieza encontrados; se ejecutan los marcados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Procedimiento</translation>
    </message>
    <message>
        <source>Knobs of the selected script; edit a value to change it</source>
        <translation>Parámetros del script seleccionado; edite un valor para cambiarlo</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Knob changes and problems</source>
        <translation>Cambios de parámetros y problemas</translation>
    </message>
    <message>
        <source>The selected script as it will run</source>
        <translation>El script seleccionado tal como se ejecutará</translation>
    </message>
    <message>
        <source>Before You R&amp;un</source>
        <translation>Antes de ejec&amp;utar</translation>
    </message>
    <message>
        <source>The procedures delete rows. The wizard cannot bring them back; your backup can. Confirm each point for this database:</source>
        <translation>Los procedimientos eliminan filas. El asistente no puede recuperarlas; su copia de seguridad sí. Confirme cada punto para esta base de datos:</translation>
    </message>
    <message>
        <source>&amp;A backup of this database was taken, and restoring it has been tried</source>
        <translation>Se ha hecho un&amp;a copia de seguridad de esta base de datos y se ha probado a restaurarla</translation>
    </message>
    <message>
        <source>The server&apos;s built-in token and session cleanup is switched &amp;off</source>
        <translation>La limpieza integrada de t&amp;okens y sesiones del servidor está desactivada</translation>
    </message>
    <message>
        <source>What deployment.toml says about the built-in cleanup</source>
        <translation>Lo que dice deployment.toml sobre la limpieza integrada</translation>
    </message>
    <message>
        <source>This is a &amp;low-traffic window, and the people on call know the cleanup runs</source>
        <translation>Es un periodo de poco tráfico y &amp;el personal de guardia sabe que se ejecuta la limpieza</translation>
    </message>
    <message>
        <source>&amp;Skip the cleanup in this environment</source>
        <translation>Saltar &amp;la limpieza en este entorno</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why this environment goes ahead without the cleanup (recorded)</source>
        <translation>Por qué este entorno continúa sin la limpieza (se registra)</translation>
    </message>
    <message>
        <source>Reason for skipping the cleanup</source>
        <translation>Motivo para saltar la limpieza</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>&amp;Simulación</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Conta&amp;r filas (simulación)</translation>
    </message>
    <message>
        <source>Count the rows the ticked scripts would remove, changing nothing</source>
        <translation>Contar las filas que eliminarían los scripts marcados, sin cambiar nada</translation>
    </message>
    <message>
        <source>Dry run state</source>
        <translation>Estado de la simulación</translation>
    </message>
    <message>
        <source>Rows per table and how many the scripts would remove</source>
        <translation>Filas por tabla y cuántas eliminarían los scripts</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Se eliminarían</translation>
    </message>
    <message>
        <source>Would be left</source>
        <translation>Quedarían</translation>
    </message>
    <message>
        <source>What is still missing before the cleanup can run</source>
        <translation>Lo que aún falta para poder ejecutar la limpieza</translation>
    </message>
</context>
<context>
    <name>CleanupRunPage</name>
    <message>
        <source>What runs, where</source>
        <translation>Qué se ejecuta y dónde</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>Progreso de la limpieza</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Tiempo transcurrido</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Cancelar &amp;limpieza</translation>
    </message>
    <message>
        <source>Stop the running procedure on the server</source>
        <translation>Detener el procedimiento en ejecución en el servidor</translation>
    </message>
    <message>
        <source>The procedure&apos;s progress messages</source>
        <translation>Los mensajes de progreso del procedimiento</translation>
    </message>
    <message>
        <source>Counts before and after each script</source>
        <translation>Recuentos antes y después de cada script</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Filas antes</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminadas</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Filas después</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Filas/s</translation>
    </message>
    <message>
        <source>How the cleanup ended</source>
        <translation>Cómo terminó la limpieza</translation>
    </message>
    <message>
        <source>&amp;Prepare Another Run</source>
        <translation>&amp;Preparar otra ejecución</translation>
    </message>
    <message>
        <source>Go back to the cleanup page to prepare another run</source>
        <translation>Volver a la página de limpieza para preparar otra ejecución</translation>
    </message>
</context>
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Com&amp;parar:</translation>
    </message>
    <message>
        <source>Files to compare</source>
        <translation>Archivos que comparar</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>Vista &amp;unificada</translation>
    </message>
    <message>
        <source>Show both files in one pane, removed lines above added ones</source>
        <translation>Mostrar ambos archivos en un solo panel, con las líneas eliminadas encima de las añadidas</translation>
    </message>
    <message>
        <source>Unified view</source>
        <translation>Vista unificada</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>Anteri&amp;or</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Position among the changes</source>
        <translation>Posición entre los cambios</translation>
    </message>
    <message>
        <source>Show s&amp;ecrets</source>
        <translation>&amp;Mostrar secretos</translation>
    </message>
    <message>
        <source>Show passwords and other secret values on screen. Off again when you leave the page; never saved.</source>
        <translation>Mostrar en pantalla las contraseñas y otros valores secretos. Se desactiva al salir de la página; nunca se guarda.</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Mostrar los valores secretos</translation>
    </message>
    <message>
        <source>Edi&amp;t Result</source>
        <translation>Edi&amp;tar resultado</translation>
    </message>
    <message>
        <source>Edit the migrated deployment.toml by hand; it is checked again as you type</source>
        <translation>Editar a mano el deployment.toml migrado; se vuelve a comprobar mientras escribe</translation>
    </message>
    <message>
        <source>Edit the migrated result</source>
        <translation>Editar el resultado migrado</translation>
    </message>
    <message>
        <source>Comparison of the configuration files</source>
        <translation>Comparación de los archivos de configuración</translation>
    </message>
    <message>
        <source>Check of the edited result</source>
        <translation>Comprobación del resultado editado</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>&amp;Descartar ediciones</translation>
    </message>
    <message>
        <source>Go back to the result the proposed changes give</source>
        <translation>Volver al resultado que dan los cambios propuestos</translation>
    </message>
    <message>
        <source>Discard the manual edits</source>
        <translation>Descartar las ediciones manuales</translation>
    </message>
    <message>
        <source>Migrated deployment.toml, editable</source>
        <translation>deployment.toml migrado, editable</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;iltro:</translation>
    </message>
    <message>
        <source>Which items the list shows</source>
        <translation>Qué elementos muestra la lista</translation>
    </message>
    <message>
        <source>Counts of changes and findings</source>
        <translation>Recuentos de cambios y hallazgos</translation>
    </message>
    <message>
        <source>Proposed changes and findings</source>
        <translation>Cambios propuestos y hallazgos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Elemento seleccionado</translation>
    </message>
    <message>
        <source>Details and remediation of the selected item</source>
        <translation>Detalles y solución del elemento seleccionado</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Aceptar</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Aplicar este cambio al archivo migrado</translation>
    </message>
    <message>
        <source>Accept the selected change</source>
        <translation>Aceptar el cambio seleccionado</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Dejar este cambio fuera del archivo migrado</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>Rechazar el cambio seleccionado</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Moti&amp;vo:</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead</source>
        <translation>Por qué es seguro continuar</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead, e.g. &quot;keystore converted to PKCS12 in the new home&quot;; at least 8 characters</source>
        <translation>Por qué es seguro continuar, p. ej. &quot;almacén de claves convertido a PKCS12 en la nueva carpeta&quot;; al menos 8 caracteres</translation>
    </message>
    <message>
        <source>Reason for acknowledging the blocker</source>
        <translation>Motivo para aceptar el bloqueante</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Record that you go ahead knowingly, with your reason, in the project journal</source>
        <translation>Registrar en el diario del proyecto que continúa con conocimiento de causa, con su motivo</translation>
    </message>
    <message>
        <source>Acknowledge the selected blocker</source>
        <translation>Aceptar el bloqueante seleccionado</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Lo que aún falta</translation>
    </message>
    <message>
        <source>&amp;Write to New Home…</source>
        <translation>&amp;Escribir en la nueva carpeta…</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Escribir el deployment.toml migrado en la nueva carpeta de IS, conservando una copia de seguridad con fecha y hora del archivo que sustituye</translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new IS home</source>
        <translation>Escribir la configuración migrada en la nueva carpeta de IS</translation>
    </message>
</context>
<context>
    <name>Ismw::AddCaseDialog</name>
    <message>
        <source>Functional</source>
        <translation>Funcional</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>No funcional</translation>
    </message>
</context>
<context>
    <name>Ismw::BuiltInCleanup</name>
    <message>
        <source>%1 is true (line %2)</source>
        <translation>%1 es true (línea %2)</translation>
    </message>
    <message>
        <source>%1 is not set, so it is on</source>
        <translation>%1 no está definido, así que está activado</translation>
    </message>
    <message>
        <source>deployment.toml switches the built-in token and session cleanup off.</source>
        <translation>deployment.toml desactiva la limpieza integrada de tokens y sesiones.</translation>
    </message>
    <message>
        <source>deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers and restart them before the procedures run.</source>
        <translation>deployment.toml deja activada la limpieza integrada: %1. Ponga estos valores a false en los servidores en ejecución y reinícielos antes de ejecutar los procedimientos.</translation>
    </message>
</context>
<context>
    <name>Ismw::CheckCommand</name>
    <message>
        <source>Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.</source>
        <translation>Requisitos previos de una migración: carpetas, ruta, disco y memoria, Java, personalizaciones que trasladar.</translation>
    </message>
    <message>
        <source>The IS home migrated from.</source>
        <translation>La carpeta de IS desde la que se migra.</translation>
    </message>
    <message>
        <source>The IS home of the newer release, freshly unpacked.</source>
        <translation>La carpeta de IS de la versión más reciente, recién descomprimida.</translation>
    </message>
    <message>
        <source>two IS homes needed, the old one and the new one; got %1.</source>
        <translation>se necesitan dos carpetas de IS, la antigua y la nueva; se recibieron %1.</translation>
    </message>
    <message>
        <source>%1 (IS %2)</source>
        <translation>%1 (IS %2)</translation>
    </message>
    <message>
        <source>Prerequisites: %1 → %2</source>
        <translation>Requisitos previos: %1 → %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>no se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n superada</numerusform>
            <numerusform>%n superadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the CSV file to import.</source>
        <translation>%1 no existe. Elija el archivo CSV que importar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 es una carpeta. Elija un archivo CSV.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a checklist. Check that it is the right file, or split it.</source>
        <translation>%1 ocupa más de %2 MB, demasiado para una lista de comprobación. Compruebe que es el archivo correcto o divídalo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 holds binary data (line %2), so it is not a CSV file. Save the checklist as CSV text (UTF-8).</source>
        <translation>%1 contiene datos binarios (línea %2), así que no es un archivo CSV. Guarde la lista de comprobación como texto CSV (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 encoding.</source>
        <translation>%1 no es texto UTF-8 (línea %2). Vuelva a guardarlo como CSV con la codificación UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty. A checklist file needs a header row (at least a “title” column) and one row per test case.</source>
        <translation>%1 está vacío. Un archivo de lista de comprobación necesita una fila de encabezado (al menos una columna “title”) y una fila por caso de prueba.</translation>
    </message>
    <message>
        <source>the column “%1” appears twice; the first one is read.</source>
        <translation>la columna “%1” aparece dos veces; se lee la primera.</translation>
    </message>
    <message>
        <source>%1, line %2: the header row has no “title” column. The first row must name the columns: title (required), group, kind, steps, expected, id.</source>
        <translation>%1, línea %2: la fila de encabezado no tiene columna “title”. La primera fila debe nombrar las columnas: title (obligatoria), group, kind, steps, expected, id.</translation>
    </message>
    <message numerus="yes">
        <source>the column(s) %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</source>
        <translation>
            <numerusform>la columna %1 no se conoce y se ha ignorado; las columnas que se leen son title, group, kind, steps, expected e id.</numerusform>
            <numerusform>las columnas %1 no se conocen y se han ignorado; las columnas que se leen son title, group, kind, steps, expected e id.</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file; the row is skipped. Add the missing &apos;&quot;&apos;.</source>
        <translation>un campo entre comillas no se cierra antes del final del archivo; se omite la fila. Añada la &apos;&quot;&apos; que falta.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row is skipped. Check the separators and quotes.</source>
        <translation>%1 campos donde el encabezado tiene %2; se omite la fila. Compruebe los separadores y las comillas.</translation>
    </message>
    <message>
        <source>the row has no title; it is skipped.</source>
        <translation>la fila no tiene título; se omite.</translation>
    </message>
    <message>
        <source>the kind “%1” is neither functional nor non-functional; the row is skipped.</source>
        <translation>la clase “%1” no es ni functional ni non-functional; se omite la fila.</translation>
    </message>
    <message>
        <source>the same test case as line %1 (same id, or same title and group); the row is skipped.</source>
        <translation>el mismo caso de prueba que la línea %1 (mismo id, o mismo título y grupo); se omite la fila.</translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistModel</name>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation>%1 (SHA-256 %2…)</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>Pasos: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Resultado esperado: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notas: %1</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Caso de prueba</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when the test case&apos;s result was last changed.</extracomment>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>○ Not run</source>
        <translation>○ No ejecutado</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Superado</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fallido</translation>
    </message>
    <message>
        <source>⛔ Blocked</source>
        <translation>⛔ Bloqueado</translation>
    </message>
    <message>
        <source>— Not applicable</source>
        <translation>— No aplicable</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>No funcional</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funcional</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n passed</source>
        <translation>
            <numerusform>%1 de %n superado</numerusform>
            <numerusform>%1 de %n superados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n bloqueado</numerusform>
            <numerusform>%n bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>%1: notes removed.</source>
        <translation>%1: notas eliminadas.</translation>
    </message>
    <message>
        <source>%1: notes changed. Notes: %2</source>
        <translation>%1: notas cambiadas. Notas: %2</translation>
    </message>
    <message>
        <source>%1: evidence %2 attached (SHA-256 %3, %4 bytes).</source>
        <translation>%1: evidencia %2 adjuntada (SHA-256 %3, %4 bytes).</translation>
    </message>
    <message>
        <source>%1: evidence %2 (SHA-256 %3) removed.</source>
        <translation>%1: evidencia %2 (SHA-256 %3) eliminada.</translation>
    </message>
    <message>
        <source>%1 added to the group “%2” (%3).</source>
        <translation>%1 añadido al grupo “%2” (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) added (%1); %2 already in the checklist or not valid.</source>
        <translation>
            <numerusform>%n caso de prueba añadido (%1); %2 ya estaban en la lista de comprobación o no son válidos.</numerusform>
            <numerusform>%n casos de prueba añadidos (%1); %2 ya estaban en la lista de comprobación o no son válidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed; its status was %2.</source>
        <translation>%1 eliminado; su estado era %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not run.</source>
        <translation>
            <numerusform>%n caso de prueba trasladado desde %1 (ejecución %2, iniciada el %3 por %4); vuelve a empezar como no ejecutado.</numerusform>
            <numerusform>%n casos de prueba trasladados desde %1 (ejecución %2, iniciada el %3 por %4); vuelven a empezar como no ejecutados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistTemplates</name>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>Clave desconocida “%1”.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Falta “%1”.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>“%1” debe ser una cadena.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>“%1” no debe estar vacío.</translation>
    </message>
    <message>
        <source>“format” is missing.</source>
        <translation>Falta “format”.</translation>
    </message>
    <message>
        <source>Unknown checklist format; this program reads format 1.</source>
        <translation>Formato de lista de comprobación desconocido; este programa lee el formato 1.</translation>
    </message>
    <message>
        <source>The file has no [[case]] tables.</source>
        <translation>El archivo no tiene tablas [[case]].</translation>
    </message>
    <message>
        <source>Cases are written as [[case]] tables.</source>
        <translation>Los casos se escriben como tablas [[case]].</translation>
    </message>
    <message>
        <source>A case must be a table.</source>
        <translation>Un caso debe ser una tabla.</translation>
    </message>
    <message>
        <source>“%1” is not an id: use lower-case words and digits joined by &apos;.&apos; or &apos;-&apos;.</source>
        <translation>“%1” no es un id: use palabras en minúsculas y dígitos unidos por &apos;.&apos; o &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The id is already used on line %1.</source>
        <translation>El id ya se usa en la línea %1.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use functional or non-functional.</source>
        <translation>Clase desconocida “%1”: use functional o non-functional.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1, case “%2”</source>
        <translation>%1, caso “%2”</translation>
    </message>
    <message>
        <source>The templates are part of the program: please report this as a bug.</source>
        <translation>Las plantillas forman parte del programa: informe de esto como un error.</translation>
    </message>
    <message>
        <source>Correct the file; the format is described in resources/checklists/README.md.</source>
        <translation>Corrija el archivo; el formato se describe en resources/checklists/README.md.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML (%1).</source>
        <translation>El archivo no es TOML válido (%1).</translation>
    </message>
    <message>
        <source>Own cases</source>
        <translation>Casos propios</translation>
    </message>
    <message>
        <source>Use the feature that relies on this component on the migrated server, as its users would.</source>
        <translation>Use la función que depende de este componente en el servidor migrado, como lo harían sus usuarios.</translation>
    </message>
    <message>
        <source>What the prerequisite check found: %1</source>
        <translation>Lo que encontró la comprobación de requisitos previos: %1</translation>
    </message>
    <message>
        <source>Custom components</source>
        <translation>Componentes personalizados</translation>
    </message>
    <message>
        <source>Custom component works after the migration: %1</source>
        <translation>El componente personalizado funciona tras la migración: %1</translation>
    </message>
    <message>
        <source>It works as it did on the old server, and the server log shows no errors from it.</source>
        <translation>Funciona como en el servidor antiguo y el registro del servidor no muestra errores suyos.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupCommand</name>
    <message>
        <source>Runs the token and session cleanup procedures on a database, or counts what they would remove.</source>
        <translation>Ejecuta los procedimientos de limpieza de tokens y sesiones en una base de datos, o cuenta lo que eliminarían.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C (SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and the output says which.</source>
        <translation>Códigos de salida: 0 no se ha eliminado (ni se eliminaría) nada; 1 se han eliminado (o se eliminarían) filas; 2 entrada incorrecta, o un script que el servidor rechazó; 3 no se puede acceder a la base de datos o ha fallado; 130 cancelado con Ctrl+C (SIGINT), 143 cancelado con SIGTERM. Una cancelación detiene el procedimiento en el servidor: los lotes ya confirmados quedan eliminados, el lote en curso se revierte, los scripts aún no iniciados no se ejecutan, y la salida indica cuáles.</translation>
    </message>
    <message>
        <source>The deployment.toml that names the database.</source>
        <translation>El deployment.toml que nombra la base de datos.</translation>
    </message>
    <message>
        <source>The database entry, e.g. identity_db.</source>
        <translation>La entrada de la base de datos, p. ej. identity_db.</translation>
    </message>
    <message>
        <source>An IS home, or its dbscripts/identity/stored-procedures folder.</source>
        <translation>Una carpeta de IS, o su carpeta dbscripts/identity/stored-procedures.</translation>
    </message>
    <message>
        <source>Only the token or only the session cleanup.</source>
        <translation>Solo la limpieza de tokens o solo la de sesiones.</translation>
    </message>
    <message>
        <source>Count what would be removed; change nothing.</source>
        <translation>Contar lo que se eliminaría; no cambiar nada.</translation>
    </message>
    <message>
        <source>Install and call the procedures: rows are deleted.</source>
        <translation>Instalar y llamar a los procedimientos: se eliminan filas.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of stdin.</source>
        <translation>Leer la contraseña de la base de datos de la primera línea de stdin.</translation>
    </message>
    <message>
        <source>Set a knob of the scripts before they run, e.g. batchSize=5000.</source>
        <translation>Definir un parámetro de los scripts antes de ejecutarlos, p. ej. batchSize=5000.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>argumento inesperado %1.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <source>give exactly one of --dry-run and --execute.</source>
        <translation>indique exactamente una de --dry-run y --execute.</translation>
    </message>
    <message>
        <source>--only takes token or session, not %1.</source>
        <translation>--only admite token o session, no %1.</translation>
    </message>
    <message>
        <source>--set takes KNOB=VALUE, not %1.</source>
        <translation>--set admite KNOB=VALUE, no %1.</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 no tiene la base de datos %2.</translation>
    </message>
    <message>
        <source>%1 is not a database the cleanup procedures exist for (%2).</source>
        <translation>%1 no es una base de datos para la que existan los procedimientos de limpieza (%2).</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>no se puede leer stdin.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Indique la contraseña con --password-stdin.</translation>
    </message>
    <message>
        <source>Could not ask %1 for its version: %2</source>
        <translation>No se pudo consultar la versión de %1: %2</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>Conectado a %1: %2 %3</translation>
    </message>
    <message>
        <source>Scripts for %1 %2 from %3</source>
        <translation>Scripts para %1 %2 desde %3</translation>
    </message>
    <message>
        <source>Skipped %1: for another server version</source>
        <translation>Omitido %1: es para otra versión del servidor</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>no token or session cleanup script for %1 below %2.</source>
        <translation>no hay ningún script de limpieza de tokens ni de sesiones para %1 en %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3 …</source>
        <extracomment>%1 is &quot;Counting for&quot; (dry run) or &quot;Running&quot;, %2 the script, %3 the database.</extracomment>
        <translation>%1 %2 en %3 …</translation>
    </message>
    <message>
        <source>Counting for</source>
        <translation>Contando para</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ejecutando</translation>
    </message>
    <message>
        <source>Cancelling: asking the server to stop %1; batches already committed stay done …</source>
        <translation>Cancelando: se pide al servidor que detenga %1; los lotes ya confirmados quedan hechos …</translation>
    </message>
    <message>
        <source>Still cancelling, please wait: the server rolls back the batch in flight.</source>
        <translation>Todavía cancelando, espere: el servidor revierte el lote en curso.</translation>
    </message>
    <message>
        <source>  %1 of %2 rows would be removed</source>
        <translation>  se eliminarían %1 de %2 filas</translation>
    </message>
    <message>
        <source>  %1 rows removed in %2 ms (%3 rows/s)</source>
        <translation>  %1 filas eliminadas en %2 ms (%3 filas/s)</translation>
    </message>
    <message>
        <source>  rows before %1, after %2</source>
        <translation>  filas antes %1, después %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>no contado</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>no ejecutado</translation>
    </message>
    <message>
        <source>Cancelled by %1: what was removed before the cancel is listed above; scripts marked “not run” were not started.</source>
        <translation>Cancelado por %1: lo que se eliminó antes de la cancelación aparece arriba; los scripts marcados como “no ejecutado” no se iniciaron.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupPage</name>
    <message>
        <source>Database Cleanup</source>
        <translation>Limpieza de la base de datos</translation>
    </message>
    <message>
        <source>Remove expired tokens and sessions from the old database before it is migrated, with the procedures the IS home ships. Count first; the run itself cannot be undone here.</source>
        <translation>Elimine los tokens y las sesiones caducados de la base de datos antigua antes de migrarla, con los procedimientos que incluye la carpeta de IS. Cuente primero; la ejecución en sí no se puede deshacer aquí.</translation>
    </message>
    <message>
        <source>Test the connection to see the scripts for that database&apos;s version.</source>
        <translation>Pruebe la conexión para ver los scripts para la versión de esa base de datos.</translation>
    </message>
    <message>
        <source>&lt;p&gt;WSO2 advises removing expired and inactive tokens and old sessions before a migration: the migration then moves less data and takes less time. The IS home ships stored procedures for that in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Pick the database (usually &lt;i&gt;identity_db&lt;/i&gt;) and &lt;b&gt;Test Connection&lt;/b&gt;. A password the configuration does not hold in plain text (secure vault, unset environment variable) is asked for here; it is used for this session only and never saved. The test reads the server&apos;s version and picks the script folders made for it.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Scripts&lt;/b&gt;, tick the scripts to run. Their knobs (batch size, safe period, backup tables, …) can be changed in the table; the changed text is what runs and what is hashed into the project record. Under &lt;b&gt;Before You Run&lt;/b&gt;, confirm the backup, the built-in cleanup switched off and the low-traffic window. The &lt;b&gt;Dry Run&lt;/b&gt; counts, per table, the rows the scripts would remove, without changing anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run Cleanup&lt;/b&gt; asks once more and then runs the procedures on the next page, where you see their progress messages and can cancel. After that there is no way back to this page for that run. To go on without the cleanup, tick &lt;b&gt;Skip&lt;/b&gt; and say why; it is journaled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WSO2 recomienda eliminar los tokens caducados e inactivos y las sesiones antiguas antes de una migración: así la migración mueve menos datos y tarda menos. La carpeta de IS incluye procedimientos almacenados para ello en &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Elija la base de datos (normalmente &lt;i&gt;identity_db&lt;/i&gt;) y pulse &lt;b&gt;Probar conexión&lt;/b&gt;. Una contraseña que la configuración no guarda en texto plano (almacén de secretos, variable de entorno no definida) se pide aquí; se usa solo en esta sesión y nunca se guarda. La prueba lee la versión del servidor y elige las carpetas de scripts hechas para ella.&lt;/p&gt;&lt;p&gt;En &lt;b&gt;Scripts&lt;/b&gt;, marque los scripts que ejecutar. Sus parámetros (tamaño de lote, periodo de seguridad, tablas de copia de seguridad, …) se pueden cambiar en la tabla; el texto cambiado es lo que se ejecuta y lo que se incluye con su hash en el registro del proyecto. En &lt;b&gt;Antes de ejecutar&lt;/b&gt;, confirme la copia de seguridad, la limpieza integrada desactivada y el periodo de poco tráfico. La &lt;b&gt;Simulación&lt;/b&gt; cuenta, por tabla, las filas que eliminarían los scripts, sin cambiar nada.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ejecutar limpieza&lt;/b&gt; pregunta una vez más y luego ejecuta los procedimientos en la página siguiente, donde verá sus mensajes de progreso y podrá cancelar. Después no hay vuelta atrás a esta página para esa ejecución. Para continuar sin la limpieza, marque &lt;b&gt;Saltar&lt;/b&gt; e indique el motivo; queda anotado en el diario.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Carpeta antigua (%1)</translation>
    </message>
    <message>
        <source>New home (%1)</source>
        <translation>Carpeta nueva (%1)</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>asked for</source>
        <extracomment>The Password column: where a database&apos;s password comes from.</extracomment>
        <translation>se pide</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>del archivo</translation>
    </message>
    <message>
        <source>nothing to clean</source>
        <translation>nada que limpiar</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>no probada</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>inutilizable</translation>
    </message>
    <message>
        <source>Needed: the password is %1</source>
        <extracomment>%1 is where the password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Necesaria: contraseña %1</translation>
    </message>
    <message>
        <source>Not needed: the password is %1</source>
        <translation>No necesaria: contraseña %1</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>✖ %1 cannot be reached from here: %2</source>
        <translation>✖ No se puede acceder a %1 desde aquí: %2</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>No se ha elegido ninguna base de datos.</translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2).</source>
        <translation>Introduzca la contraseña de %1 (%2).</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Conectando con %1 …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>probando …</translation>
    </message>
    <message>
        <source>version unknown (%1)</source>
        <translation>versión desconocida (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2.</source>
        <translation>✔ Conectado a %1: %2.</translation>
    </message>
    <message>
        <source>Scripts for this server version: %1/%2.</source>
        <translation>Scripts para esta versión del servidor: %1/%2.</translation>
    </message>
    <message>
        <source>The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or later. Run this one with the database&apos;s own client if you need it.</source>
        <translation>El asistente ejecuta las limpiezas de tokens y sesiones de MySQL, MariaDB y PostgreSQL 11 o posterior. Ejecute esta con el cliente propio de la base de datos si la necesita.</translation>
    </message>
    <message>
        <source>Restore script: %1</source>
        <translation>Script de restauración: %1</translation>
    </message>
    <message>
        <source>✖ No cleanup scripts for %1 below %2.</source>
        <translation>✖ No hay scripts de limpieza para %1 en %2.</translation>
    </message>
    <message>
        <source>(set again later in the script) %1</source>
        <translation>(se vuelve a definir más adelante en el script) %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (cambiado)</translation>
    </message>
    <message>
        <source>Changed from the script&apos;s own value</source>
        <translation>Cambiado respecto al valor propio del script</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message numerus="yes">
        <source>%n knob(s) changed. The changed script is what the dry run counts and what runs.</source>
        <translation>
            <numerusform>%n parámetro cambiado. El script cambiado es lo que cuenta la simulación y lo que se ejecuta.</numerusform>
            <numerusform>%n parámetros cambiados. El script cambiado es lo que cuenta la simulación y lo que se ejecuta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the count …</source>
        <translation>Deteniendo el recuento …</translation>
    </message>
    <message>
        <source>Counting for %1 …</source>
        <translation>Contando para %1 …</translation>
    </message>
    <message>
        <source>The dry run of %1 did not complete.</source>
        <translation>La simulación de %1 no se completó.</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(instrucción en la línea %1 del script)</translation>
    </message>
    <message>
        <source>%1 (knobs changed since)</source>
        <translation>%1 (parámetros cambiados desde entonces)</translation>
    </message>
    <message>
        <source>✔ Rows the ticked scripts would remove: %1.</source>
        <translation>✔ Filas que eliminarían los scripts marcados: %1.</translation>
    </message>
    <message>
        <source>Choose the old IS home on the Prerequisites page first.</source>
        <translation>Elija primero la carpeta de IS antigua en la página Requisitos previos.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>Leyendo %1 …</translation>
    </message>
    <message>
        <source>Say why the cleanup is skipped (at least %1 characters).</source>
        <translation>Indique por qué se salta la limpieza (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>Choose a database the cleanup procedures exist for, or skip the cleanup.</source>
        <translation>Elija una base de datos para la que existan los procedimientos de limpieza, o salte la limpieza.</translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation>Probando la conexión …</translation>
    </message>
    <message>
        <source>Test the connection to %1.</source>
        <translation>Pruebe la conexión con %1.</translation>
    </message>
    <message>
        <source>No cleanup scripts to run: choose the other IS home, or skip the cleanup.</source>
        <translation>No hay scripts de limpieza que ejecutar: elija la otra carpeta de IS o salte la limpieza.</translation>
    </message>
    <message>
        <source>Tick at least one script to run.</source>
        <translation>Marque al menos un script que ejecutar.</translation>
    </message>
    <message>
        <source>Correct the knob values of %1.</source>
        <translation>Corrija los valores de los parámetros de %1.</translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation>Contando …</translation>
    </message>
    <message>
        <source>Make a dry run of the ticked scripts as they are now (Dry Run tab).</source>
        <translation>Haga una simulación de los scripts marcados tal como están ahora (pestaña Simulación).</translation>
    </message>
    <message>
        <source>Confirm each point under Before You Run.</source>
        <translation>Confirme cada punto en Antes de ejecutar.</translation>
    </message>
    <message>
        <source>Stop Countin&amp;g</source>
        <translation>&amp;Detener recuento</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Conta&amp;r filas (simulación)</translation>
    </message>
    <message>
        <source>ℹ No database of %1 can be cleaned: %2</source>
        <translation>ℹ No se puede limpiar ninguna base de datos de %1: %2</translation>
    </message>
    <message>
        <source>The cleanup is skipped; the reason goes into the project journal.</source>
        <translation>Se salta la limpieza; el motivo se anota en el diario del proyecto.</translation>
    </message>
    <message>
        <source>✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.</source>
        <translation>✔ Listo. Ejecutar limpieza pregunta una vez más y luego ejecuta los scripts marcados en %1.</translation>
    </message>
    <message>
        <source>Run Cleanup</source>
        <translation>Ejecutar limpieza</translation>
    </message>
    <message>
        <source>• %1 (procedure %2): rows to remove by the dry run: %3</source>
        <translation>• %1 (procedimiento %2): filas que eliminar según la simulación: %3</translation>
    </message>
    <message numerus="yes">
        <source>Run %n cleanup script(s) on %1 (%2)?</source>
        <translation>
            <numerusform>¿Ejecutar %n script de limpieza en %1 (%2)?</numerusform>
            <numerusform>¿Ejecutar %n scripts de limpieza en %1 (%2)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts&apos; own backup tables, where their backupTables knob is on) can. You can cancel while they run.</source>
        <translation>El asistente no puede recuperar las filas que eliminan los procedimientos; su copia de seguridad (y las tablas de copia de seguridad de los propios scripts, donde su parámetro backupTables esté activado) sí. Puede cancelar mientras se ejecutan.</translation>
    </message>
    <message>
        <source>S&amp;kip Cleanup</source>
        <translation>Sa&amp;ltar la limpieza</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunPage</name>
    <message>
        <source>✔ completed</source>
        <translation>✔ completada</translation>
    </message>
    <message>
        <source>⚠ cancelled</source>
        <translation>⚠ cancelada</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ fallida</translation>
    </message>
    <message>
        <source>Running the Cleanup</source>
        <translation>Ejecución de la limpieza</translation>
    </message>
    <message>
        <source>The procedures run on the database server. Their own progress messages appear as they come; Cancel stops them on the server.</source>
        <translation>Los procedimientos se ejecutan en el servidor de base de datos. Sus propios mensajes de progreso aparecen a medida que llegan; Cancelar los detiene en el servidor.</translation>
    </message>
    <message>
        <source>The procedure&apos;s messages appear here.</source>
        <translation>Aquí aparecen los mensajes del procedimiento.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scripts you committed to run one after the other, each in a connection of its own. The messages are the procedure&apos;s own (PostgreSQL notices, MySQL and MariaDB result rows), shown as the server sends them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancel Cleanup&lt;/b&gt; asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). The batch in progress is rolled back by the server; batches it had committed stay removed. The wizard then counts the tables again and tells you what was and was not done. A script that fails or is cancelled stops the scripts after it.&lt;/p&gt;&lt;p&gt;Every script&apos;s result goes into the project: database, server version, the SHA-256 of the text that ran, the knob values, counts before and after, duration and messages. The durations estimate how long the cleanup will take in production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Los scripts que decidió ejecutar se ejecutan uno tras otro, cada uno en su propia conexión. Los mensajes son los del propio procedimiento (avisos de PostgreSQL, filas de resultado de MySQL y MariaDB), mostrados tal como los envía el servidor.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancelar limpieza&lt;/b&gt; pide al servidor que detenga el procedimiento (pg_cancel_backend, KILL QUERY). El servidor revierte el lote en curso; los lotes que ya había confirmado quedan eliminados. Después, el asistente vuelve a contar las tablas y le indica qué se hizo y qué no. Un script que falla o se cancela detiene los scripts posteriores.&lt;/p&gt;&lt;p&gt;El resultado de cada script se guarda en el proyecto: base de datos, versión del servidor, el SHA-256 del texto ejecutado, los valores de los parámetros, los recuentos antes y después, la duración y los mensajes. Las duraciones permiten estimar cuánto tardará la limpieza en producción.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.</source>
        <translation>Hay un procedimiento de limpieza en ejecución en %1. Cancélelo primero y espere a que se haya detenido.</translation>
    </message>
    <message>
        <source>Nothing to run: no cleanup was committed to.</source>
        <translation>Nada que ejecutar: no se decidió ejecutar ninguna limpieza.</translation>
    </message>
    <message>
        <source>On %1 (%2): %3</source>
        <translation>En %1 (%2): %3</translation>
    </message>
    <message>
        <source>── %1 (%2 of %3) ──</source>
        <translation>── %1 (%2 de %3) ──</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Cancelar &amp;limpieza</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Cancelando …</translation>
    </message>
    <message>
        <source>Cancel requested: the server stops the procedure; then the tables are counted again.</source>
        <translation>Cancelación solicitada: el servidor detiene el procedimiento; después se vuelven a contar las tablas.</translation>
    </message>
    <message>
        <source>✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.</source>
        <translation>✔ La limpieza se completó: %1 filas eliminadas en %2. Registrado en el proyecto.</translation>
    </message>
    <message>
        <source>⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it after rolling back the batch in progress. Recorded in the project.</source>
        <translation>⚠ Cancelada. Se eliminaron %1 filas antes de la cancelación; la base de datos queda como la dejó el servidor tras revertir el lote en curso. Registrado en el proyecto.</translation>
    </message>
    <message>
        <source>✖ %1 failed: %2</source>
        <translation>✖ %1 ha fallado: %2</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(instrucción en la línea %1 del script)</translation>
    </message>
    <message>
        <source>Batches committed before the failure stay removed. Recorded in the project.</source>
        <translation>Los lotes confirmados antes del fallo quedan eliminados. Registrado en el proyecto.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) after it did not run.</source>
        <translation>
            <numerusform>%n script posterior no se ejecutó.</numerusform>
            <numerusform>%n scripts posteriores no se ejecutaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Script %1 of %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>Script %1 de %2 · %3 · %n mensaje</numerusform>
            <numerusform>Script %1 de %2 · %3 · %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Hecho · %1</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunner</name>
    <message>
        <source>Running cleanup scripts for %1 is not supported yet.</source>
        <translation>Todavía no se admite ejecutar scripts de limpieza para %1.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.</source>
        <translation>%1 es una función de estilo PostgreSQL 9 (llamada en un bucle); todavía no se admite ejecutarlas.</translation>
    </message>
    <message>
        <source>The script sets no safePeriod; counting with 2 hours.</source>
        <translation>El script no define safePeriod; se cuenta con 2 horas.</translation>
    </message>
    <message>
        <source>The wizard does not know which rows a &quot;%1&quot; script removes; no counts.</source>
        <translation>El asistente no sabe qué filas elimina un script &quot;%1&quot;; no hay recuentos.</translation>
    </message>
    <message>
        <source>The script creates no procedure to call.</source>
        <translation>El script no crea ningún procedimiento al que llamar.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 en %2: %3</translation>
    </message>
    <message>
        <source>Could not select the schema %1</source>
        <translation>No se pudo seleccionar el esquema %1</translation>
    </message>
    <message>
        <source>Could not set the session time zone</source>
        <translation>No se pudo definir la zona horaria de la sesión</translation>
    </message>
    <message>
        <source>Could not read the connection id</source>
        <translation>No se pudo leer el id de la conexión</translation>
    </message>
    <message>
        <source>Could not start a read-only transaction</source>
        <translation>No se pudo iniciar una transacción de solo lectura</translation>
    </message>
    <message>
        <source>Could not count the rows of %1</source>
        <translation>No se pudieron contar las filas de %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows would be removed</source>
        <translation>%1: se eliminarían %2 de %3 filas</translation>
    </message>
    <message>
        <source>Line %1 of the script was refused</source>
        <translation>Se rechazó la línea %1 del script</translation>
    </message>
    <message>
        <source>Cancelled before the procedure was called; nothing was removed.</source>
        <translation>Cancelado antes de llamar al procedimiento; no se eliminó nada.</translation>
    </message>
    <message>
        <source>Cancelled by closing the connection; the rows could not be counted again: %1</source>
        <translation>Cancelado al cerrar la conexión; no se pudieron volver a contar las filas: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the run (%2). Batches committed before that stay removed; count the rows again before running it once more.</source>
        <translation>Se perdió la conexión con %1 durante la ejecución (%2). Los lotes confirmados antes quedan eliminados; vuelva a contar las filas antes de ejecutarlo otra vez.</translation>
    </message>
    <message>
        <source>The procedure %1 failed</source>
        <translation>El procedimiento %1 ha fallado</translation>
    </message>
    <message>
        <source>The cancel could not be sent: %1</source>
        <translation>No se pudo enviar la cancelación: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the batch in flight was rolled back.</source>
        <translation>Cancelado tras %1 ms: los lotes confirmados antes de la cancelación eliminaron %2 filas; el lote en curso se revirtió.</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 ms</source>
        <translation>%1 filas eliminadas en %2 ms</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupScripts</name>
    <message>
        <source>%1 has no %2 folder, so there are no cleanup scripts to run. Point the wizard at the IS home the database belongs to.</source>
        <translation>%1 no tiene la carpeta %2, así que no hay scripts de limpieza que ejecutar. Indique al asistente la carpeta de IS a la que pertenece la base de datos.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); some scripts may be missing from the list.</source>
        <translation>La carpeta %1 contiene más de lo que examina el asistente (%2 entradas, %3 niveles); puede que falten algunos scripts en la lista.</translation>
    </message>
    <message>
        <source>This IS home has no cleanup scripts for %1 in %2.</source>
        <translation>Esta carpeta de IS no tiene scripts de limpieza para %1 en %2.</translation>
    </message>
    <message>
        <source>The scripts in this home are for %1 %2 and later; the server is %3. None of them is chosen.</source>
        <translation>Los scripts de esta carpeta son para %1 %2 y posteriores; el servidor es %3. No se ha elegido ninguno.</translation>
    </message>
    <message>
        <source>The server version is not known yet: the scripts in %1 were chosen.</source>
        <translation>Aún no se conoce la versión del servidor: se eligieron los scripts de %1.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was left out: it is not a cleanup script.</source>
        <translation>%1 ocupa más de %2 MB y se ha dejado fuera: no es un script de limpieza.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>No CREATE PROCEDURE or CREATE FUNCTION was found in this script.</source>
        <translation>No se encontró ningún CREATE PROCEDURE ni CREATE FUNCTION en este script.</translation>
    </message>
    <message>
        <source>This script creates a procedure, which PostgreSQL has only from version 11; the server is %1.</source>
        <translation>Este script crea un procedimiento, algo que PostgreSQL solo tiene desde la versión 11; el servidor es %1.</translation>
    </message>
    <message>
        <source>%1 restores data, but no cleanup script of its kind (%2) was found.</source>
        <translation>%1 restaura datos, pero no se encontró ningún script de limpieza de su clase (%2).</translation>
    </message>
</context>
<context>
    <name>Ismw::Cli</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation>formato desconocido “%1”: use text o json.</translation>
    </message>
    <message>
        <source>Output format: text (for people) or json (one object on stdout).</source>
        <translation>Formato de salida: text (para personas) o json (un objeto en stdout).</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>Ejecute “%1 COMMAND --help” para ver las opciones de un comando.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.</source>
        <translation>Códigos de salida: 0 correcto; 1 advertencias, diferencias o hallazgos; 2 entrada o uso incorrectos; 3 error de E/S o de base de datos; 130 o 143 una limpieza cancelada por SIGINT o SIGTERM.</translation>
    </message>
    <message>
        <source>%1: the command line of the %2, for scripts and CI.</source>
        <translation>%1: la línea de comandos del %2, para scripts e integración continua (CI).</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Mostrar la versión y salir.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>El comando que ejecutar (véase abajo).</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands.</source>
        <translation>Ejecute “%1 --help” para ver los comandos.</translation>
    </message>
    <message>
        <source>%1 %2 (%3); knows WSO2 Identity Server %4 to %5</source>
        <translation>%1 %2 (%3); conoce WSO2 Identity Server de %4 a %5</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>no se ha indicado ningún comando.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>comando desconocido “%1”.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigFileWriter</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Elija un nombre de archivo.</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be made: %2.</source>
        <translation>No se pudo hacer la copia de seguridad %1: %2.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the free space and that you may write to the folder.</source>
        <translation>No se ha escrito nada. Compruebe el espacio libre y que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not match the file it copies.</source>
        <translation>La copia de seguridad %1 no coincide con el archivo que copia.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the disk, then try again.</source>
        <translation>No se ha escrito nada. Compruebe el disco y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>No se puede escribir el archivo: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you may write to the folder.</source>
        <translation>No se ha cambiado nada. Compruebe que tiene permiso de escritura en la carpeta.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space.</source>
        <translation>No se ha cambiado nada. Compruebe el espacio libre.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space and that you may write to the folder.</source>
        <translation>No se ha cambiado nada. Compruebe el espacio libre y que tiene permiso de escritura en la carpeta.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigMigrator</name>
    <message>
        <source>The edit has no key.</source>
        <translation>La edición no tiene clave.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a table.</source>
        <translation>%1 no es una tabla.</translation>
    </message>
    <message>
        <source>The new value %1 is not a TOML value.</source>
        <translation>El nuevo valor %1 no es un valor TOML.</translation>
    </message>
    <message>
        <source>%1 is a table, not a key.</source>
        <translation>%1 es una tabla, no una clave.</translation>
    </message>
    <message>
        <source>The edit has no new key.</source>
        <translation>La edición no tiene clave nueva.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>Renombrar %1 a %2</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Mover %1 a %2</translation>
    </message>
    <message>
        <source>Remove %1 (was %2)</source>
        <translation>Eliminar %1 (era %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>Definir %1 = %2</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation>Cambiar %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Add %1 = %2 from the new release&apos;s default file</source>
        <translation>Añadir %1 = %2 desde el archivo predeterminado de la nueva versión</translation>
    </message>
    <message>
        <source>The edit %1 cannot be applied: %2</source>
        <translation>No se puede aplicar la edición %1: %2</translation>
    </message>
    <message>
        <source>The release rules and this file disagree; please report this as a bug.</source>
        <translation>Las reglas de la versión y este archivo no concuerdan; informe de esto como un error.</translation>
    </message>
    <message>
        <source>No release rules are loaded.</source>
        <translation>No hay reglas de versión cargadas.</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Las reglas forman parte del programa: informe de esto como un error.</translation>
    </message>
    <message>
        <source>Both the release to migrate from and the one to migrate to are needed.</source>
        <translation>Se necesitan tanto la versión desde la que se migra como aquella a la que se migra.</translation>
    </message>
    <message>
        <source>Give releases such as 5.11.0 and %1.</source>
        <translation>Indique versiones como 5.11.0 y %1.</translation>
    </message>
    <message>
        <source>Migrating from %1 to %2 would go back to an older release.</source>
        <translation>Migrar de %1 a %2 supondría volver a una versión anterior.</translation>
    </message>
    <message>
        <source>The wizard only migrates forward; to go back, restore the old home and database from the backup.</source>
        <translation>El asistente solo migra hacia delante; para volver atrás, restaure la carpeta y la base de datos antiguas desde la copia de seguridad.</translation>
    </message>
    <message>
        <source>IS %1 is older than the releases the rules cover (%2 to %3).</source>
        <translation>IS %1 es anterior a las versiones que cubren las reglas (%2 a %3).</translation>
    </message>
    <message>
        <source>Migrate to %1 first as WSO2 documents it, then use the wizard from there.</source>
        <translation>Migre primero a %1 como indica la documentación de WSO2 y después use el asistente desde ahí.</translation>
    </message>
    <message>
        <source>%1 is not a release the rules know.</source>
        <translation>%1 no es una versión que conozcan las reglas.</translation>
    </message>
    <message>
        <source>Known releases: %1.</source>
        <translation>Versiones conocidas: %1.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the releases the rules cover (up to %2).</source>
        <translation>IS %1 es más reciente que las versiones que cubren las reglas (hasta %2).</translation>
    </message>
    <message>
        <source>Use a newer version of the wizard, whose rules know %1.</source>
        <translation>Use una versión más reciente del asistente, cuyas reglas conozcan %1.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>falta: %1</translation>
    </message>
    <message>
        <source>not asked for: %1</source>
        <translation>no solicitado: %1</translation>
    </message>
    <message>
        <source>Plan the migration again for this file; the plan was made for another one.</source>
        <translation>Vuelva a planificar la migración para este archivo; el plan se hizo para otro.</translation>
    </message>
    <message>
        <source>The migrated configuration cannot be written as TOML: %1</source>
        <translation>La configuración migrada no se puede escribir como TOML: %1</translation>
    </message>
    <message>
        <source>The migrated configuration would not be valid TOML: %1</source>
        <translation>La configuración migrada no sería TOML válido: %1</translation>
    </message>
    <message>
        <source>Nothing was written; please report this as a bug.</source>
        <translation>No se ha escrito nada; informe de esto como un error.</translation>
    </message>
    <message>
        <source>The migrated configuration differs from the old one in other ways than the accepted edits.</source>
        <translation>La configuración migrada difiere de la antigua en algo más que las ediciones aceptadas.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigOutput</name>
    <message>
        <source>+ %1 = %2   (new line %3)</source>
        <translation>+ %1 = %2   (línea nueva %3)</translation>
    </message>
    <message>
        <source>- %1 = %2   (old line %3)</source>
        <translation>- %1 = %2   (línea antigua %3)</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3   (lines %4 → %5)</source>
        <translation>~ %1: %2 → %3   (líneas %4 → %5)</translation>
    </message>
    <message>
        <source>! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)</source>
        <translation>! %1: %2 (%3) → %4 (%5)   (líneas %6 → %7)</translation>
    </message>
    <message>
        <source>&gt; %1 moved   (lines %2 → %3)</source>
        <translation>&gt; %1 movido   (líneas %2 → %3)</translation>
    </message>
    <message>
        <source># %1: comments changed   (lines %2 → %3)</source>
        <translation># %1: comentarios cambiados   (líneas %2 → %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Fixed in the written file by the edit %1.</source>
        <translation>Corregido en el archivo escrito mediante la edición %1.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>sin hallazgos</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n aviso informativo</numerusform>
            <numerusform>%n avisos informativos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n hallazgo: %1</numerusform>
            <numerusform>%n hallazgos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a release: write it like 7.3.0.</source>
        <translation>“%1” no es una versión: escríbala como 7.3.0.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigurationPage</name>
    <message>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Your deployment.toml carried over to the new release. Review the proposed changes and the findings, then write the result into the new IS home.</source>
        <translation>Su deployment.toml trasladado a la nueva versión. Revise los cambios propuestos y los hallazgos y luego escriba el resultado en la nueva carpeta de IS.</translation>
    </message>
    <message>
        <source>Old file ↔ migrated result</source>
        <translation>Archivo antiguo ↔ resultado migrado</translation>
    </message>
    <message>
        <source>Old file ↔ new release as shipped</source>
        <translation>Archivo antiguo ↔ nueva versión tal como se distribuye</translation>
    </message>
    <message>
        <source>New release as shipped ↔ migrated result</source>
        <translation>Nueva versión tal como se distribuye ↔ resultado migrado</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Solo cambios</translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation>Solo hallazgos</translation>
    </message>
    <message>
        <source>Blockers only</source>
        <translation>Solo bloqueantes</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Cambio siguiente</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Cambio anterior</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard reads the old home&apos;s &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt;, applies the release rules of every step between the two releases, and proposes a migrated file for the new home: your settings carried over, renamed keys renamed, keys the new release no longer knows removed or flagged.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt; shows the old file beside the migrated result (or beside the new release&apos;s own file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Previous&lt;/b&gt; (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.&lt;/p&gt;&lt;p&gt;The list holds the proposed changes, each of which you accept or reject, and the findings. A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until you acknowledge it with a reason; the reason goes into the project journal. &lt;b&gt;Edit Result&lt;/b&gt; lets you change the migrated file by hand; it is checked as you type.&lt;/p&gt;&lt;p&gt;Passwords and other secrets are masked unless you tick &lt;b&gt;Show secrets&lt;/b&gt;, which is never saved. &lt;b&gt;Write to New Home&lt;/b&gt; replaces the new home&apos;s deployment.toml in one step and keeps the file it replaces as a timestamped backup next to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El asistente lee el archivo &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt; de la carpeta antigua, aplica las reglas de cada paso entre las dos versiones y propone un archivo migrado para la nueva carpeta: sus ajustes trasladados, las claves renombradas con su nuevo nombre, y las claves que la nueva versión ya no conoce eliminadas o señaladas.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Comparar&lt;/b&gt; muestra el archivo antiguo junto al resultado migrado (o junto al archivo propio de la nueva versión), con las líneas alineadas por clave. El margen marca las líneas añadidas (+), eliminadas (−) y cambiadas (~). &lt;b&gt;Siguiente&lt;/b&gt; y &lt;b&gt;Anterior&lt;/b&gt; (F7 y Mayús+F7, o Alt+Abajo y Alt+Arriba) recorren los cambios.&lt;/p&gt;&lt;p&gt;La lista contiene los cambios propuestos, que usted acepta o rechaza uno a uno, y los hallazgos. Un &lt;b&gt;bloqueante&lt;/b&gt; mantiene Siguiente desactivado hasta que lo acepte con un motivo; el motivo se anota en el diario del proyecto. &lt;b&gt;Editar resultado&lt;/b&gt; le permite cambiar a mano el archivo migrado; se comprueba mientras escribe.&lt;/p&gt;&lt;p&gt;Las contraseñas y otros secretos se ocultan salvo que marque &lt;b&gt;Mostrar secretos&lt;/b&gt;, que nunca se guarda. &lt;b&gt;Escribir en la nueva carpeta&lt;/b&gt; sustituye el deployment.toml de la nueva carpeta en un solo paso y conserva el archivo sustituido como copia de seguridad con fecha y hora junto a él.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The IS homes are not chosen yet.</source>
        <translation>Aún no se han elegido las carpetas de IS.</translation>
    </message>
    <message>
        <source>Choose them on the previous page.</source>
        <translation>Elíjalas en la página anterior.</translation>
    </message>
    <message>
        <source>Reading the configuration files…</source>
        <translation>Leyendo los archivos de configuración…</translation>
    </message>
    <message>
        <source>Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).</source>
        <translation>Configuración analizada para %1 → %2: %3 cambios propuestos, %4 hallazgos (%5 bloqueantes).</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Carpeta antigua (%1)</translation>
    </message>
    <message>
        <source>Migrated result, edited by hand (%1)</source>
        <translation>Resultado migrado, editado a mano (%1)</translation>
    </message>
    <message>
        <source>Migrated result (%1)</source>
        <translation>Resultado migrado (%1)</translation>
    </message>
    <message>
        <source>New home as shipped (%1)</source>
        <translation>Carpeta nueva tal como se distribuye (%1)</translation>
    </message>
    <message>
        <source>✔ Fixed by a change</source>
        <translation>✔ Corregido por un cambio</translation>
    </message>
    <message>
        <source>✔ Acknowledged</source>
        <translation>✔ Aceptado</translation>
    </message>
    <message>
        <source>✖ Needs acknowledgement</source>
        <translation>✖ Debe aceptarse</translation>
    </message>
    <message>
        <source>Fixed by a change</source>
        <translation>Corregido por un cambio</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>Corrección no aplicada</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Paso manual</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Tick to apply this change to the migrated file, untick to leave it out</source>
        <translation>Marque para aplicar este cambio al archivo migrado; desmarque para dejarlo fuera</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a proposed change or a finding in the list: what it is and what to do about it show here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un cambio propuesto o un hallazgo en la lista: aquí se muestra qué es y qué hacer al respecto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Proposed change: %1</source>
        <translation>Cambio propuesto: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>Key: %1 → %2</source>
        <translation>Clave: %1 → %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Clave: %1</translation>
    </message>
    <message>
        <source>Value now: %1</source>
        <translation>Valor actual: %1</translation>
    </message>
    <message>
        <source>Value after: %1</source>
        <translation>Valor después: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regla: %1</translation>
    </message>
    <message>
        <source>From the new release&apos;s shipped deployment.toml</source>
        <translation>Del deployment.toml distribuido con la nueva versión</translation>
    </message>
    <message>
        <source>Not applied unless you accept it.</source>
        <translation>No se aplica a menos que lo acepte.</translation>
    </message>
    <message>
        <source>The result has hand edits: discard them to accept or reject proposed changes.</source>
        <translation>El resultado tiene ediciones manuales: descártelas para aceptar o rechazar cambios propuestos.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Qué hacer:</translation>
    </message>
    <message>
        <source>The proposed change that fixes it is rejected: %1</source>
        <translation>El cambio propuesto que lo corrige está rechazado: %1</translation>
    </message>
    <message>
        <source>Fixed by the proposed change: %1</source>
        <translation>Corregido por el cambio propuesto: %1</translation>
    </message>
    <message>
        <source>The key is not in the old file.</source>
        <translation>La clave no está en el archivo antiguo.</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Aceptado:</translation>
    </message>
    <message>
        <source>Next stays disabled until you acknowledge this blocker with a reason of at least %1 characters.</source>
        <translation>Siguiente sigue desactivado hasta que acepte este bloqueante con un motivo de al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>Discard your hand edits first</source>
        <translation>Descarte primero sus ediciones manuales</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Aplicar este cambio al archivo migrado</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Dejar este cambio fuera del archivo migrado</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <source>Proposed change %1 accepted: %2.</source>
        <translation>Cambio propuesto %1 aceptado: %2.</translation>
    </message>
    <message>
        <source>Proposed change %1 rejected: %2.</source>
        <translation>Cambio propuesto %1 rechazado: %2.</translation>
    </message>
    <message>
        <source>Blocker %1 on %2 acknowledged: %3</source>
        <translation>Bloqueante %1 en %2 aceptado: %3</translation>
    </message>
    <message>
        <source>Not in the old file: %1 = %2</source>
        <translation>No está en el archivo antiguo: %1 = %2</translation>
    </message>
    <message>
        <source>Was %1 in the old file</source>
        <translation>Era %1 en el archivo antiguo</translation>
    </message>
    <message>
        <source>✖ Line %1, column %2: %3</source>
        <translation>✖ Línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Correct it here, or discard your edits.</source>
        <translation>Corríjalo aquí o descarte sus ediciones.</translation>
    </message>
    <message>
        <source>Checking the edited result…</source>
        <translation>Comprobando el resultado editado…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid TOML. %n key(s) differ from the proposed result.</source>
        <translation>
            <numerusform>✔ TOML válido. %n clave difiere del resultado propuesto.</numerusform>
            <numerusform>✔ TOML válido. %n claves difieren del resultado propuesto.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid TOML: the proposed result, not edited yet.</source>
        <translation>✔ TOML válido: el resultado propuesto, aún sin editar.</translation>
    </message>
    <message>
        <source>Edits that did not parse were undone when the secrets were hidden.</source>
        <translation>Las ediciones que no se podían analizar se deshicieron al ocultar los secretos.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Sin diferencias</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Cambio %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n cambio</numerusform>
            <numerusform>%n cambios</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to
%1?</source>
        <translation>¿Escribir la configuración migrada en
%1?</translation>
    </message>
    <message>
        <source>The file there now is first copied to a backup next to it,
%1.bak-YYYYMMDD-HHMMSS,
then replaced in one step: it is never left half-written.</source>
        <translation>El archivo que hay ahora se copia primero a una copia de seguridad junto a él,
%1.bak-YYYYMMDD-HHMMSS,
y luego se sustituye en un solo paso: nunca queda a medio escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) are not acknowledged yet: the new home may not start with this file.</source>
        <translation>
            <numerusform>%n bloqueante aún no está aceptado: puede que la nueva carpeta no arranque con este archivo.</numerusform>
            <numerusform>%n bloqueantes aún no están aceptados: puede que la nueva carpeta no arranque con este archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to New Home</source>
        <translation>Escribir en la nueva carpeta</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>✖ Not written: %1</source>
        <translation>✖ No escrito: %1</translation>
    </message>
    <message>
        <source>The file in the new home is unchanged.</source>
        <translation>El archivo de la nueva carpeta no ha cambiado.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Error al escribir %1: %2</translation>
    </message>
    <message>
        <source>✔ Written to %1 (there was no file to replace).</source>
        <translation>✔ Escrito en %1 (no había ningún archivo que sustituir).</translation>
    </message>
    <message>
        <source>✔ Written to %1. The file it replaced is kept as %2.</source>
        <translation>✔ Escrito en %1. El archivo sustituido se conserva como %2.</translation>
    </message>
    <message>
        <source>Migrated configuration written to %1 (SHA-256 %2).</source>
        <translation>Configuración migrada escrita en %1 (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Backup of the replaced file: %1.</source>
        <translation>Copia de seguridad del archivo sustituido: %1.</translation>
    </message>
    <message>
        <source>Rejected changes: %1.</source>
        <translation>Cambios rechazados: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Keys edited by hand: %1.</source>
        <translation>Claves editadas a mano: %1.</translation>
    </message>
    <message>
        <source>Edited by hand before writing %1</source>
        <translation>Editado a mano antes de escribir %1</translation>
    </message>
    <message>
        <source>Reading and analysing the configuration…</source>
        <translation>Leyendo y analizando la configuración…</translation>
    </message>
    <message>
        <source>Writing the migrated configuration…</source>
        <translation>Escribiendo la configuración migrada…</translation>
    </message>
    <message>
        <source>The configuration could not be analysed: see above.</source>
        <translation>No se pudo analizar la configuración: véase arriba.</translation>
    </message>
    <message>
        <source>The configuration is read once the IS homes are chosen.</source>
        <translation>La configuración se lee en cuanto se eligen las carpetas de IS.</translation>
    </message>
    <message>
        <source>The edited result is not valid (line %1): correct it or discard your edits.</source>
        <translation>El resultado editado no es válido (línea %1): corríjalo o descarte sus ediciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to acknowledge: select each in the list and give a reason.</source>
        <translation>
            <numerusform>%n bloqueante que aceptar: selecciónelo en la lista e indique un motivo.</numerusform>
            <numerusform>%n bloqueantes que aceptar: seleccione cada uno en la lista e indique un motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new home to continue.</source>
        <translation>Escriba la configuración migrada en la nueva carpeta para continuar.</translation>
    </message>
    <message numerus="yes">
        <source>(%n rejected)</source>
        <translation>
            <numerusform>(%n rechazado)</numerusform>
            <numerusform>(%n rechazados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>The new home&apos;s deployment.toml already holds this result</source>
        <translation>El deployment.toml de la nueva carpeta ya contiene este resultado</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Escribir el deployment.toml migrado en la nueva carpeta de IS, conservando una copia de seguridad con fecha y hora del archivo que sustituye</translation>
    </message>
</context>
<context>
    <name>Ismw::CustomizationChecks</name>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Rebuild it against the dependencies of %1, test it, and put the rebuilt jar into %2 of the new home.</source>
        <translation>Vuelva a compilarlo con las dependencias de %1, pruébelo y coloque el jar recompilado en %2 de la nueva carpeta.</translation>
    </message>
    <message>
        <source>Dropin %1: the new home has %2</source>
        <translation>Dropin %1: la nueva carpeta tiene %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3. Make sure that version is the one rebuilt for %4 and carries the old one&apos;s changes.</source>
        <translation>La carpeta antigua tiene %1 en %2; la nueva carpeta tiene otra versión: %3. Asegúrese de que esa versión es la recompilada para %4 y de que incluye los cambios de la antigua.</translation>
    </message>
    <message>
        <source>Dropin %1</source>
        <translation>Dropin %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks: %3.</source>
        <translation>La carpeta antigua tiene %1 en %2, que falta en la nueva carpeta: %3.</translation>
    </message>
    <message>
        <source>Library %1: the new home has %2</source>
        <translation>Biblioteca %1: la nueva carpeta tiene %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3.</source>
        <translation>La carpeta antigua tiene %1 en %2; la nueva carpeta tiene otra versión: %3.</translation>
    </message>
    <message>
        <source>Keep one version only: the one that works with %1. Two versions of a library in %2 load in an undefined order.</source>
        <translation>Conserve una sola versión: la que funcione con %1. Dos versiones de una biblioteca en %2 se cargan en un orden indefinido.</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>Biblioteca %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks.</source>
        <translation>La carpeta antigua tiene %1 en %2, que falta en la nueva carpeta.</translation>
    </message>
    <message>
        <source>%1 may need a newer driver version than %2: take the current %3 driver built for the Java version %1 runs on.</source>
        <translation>Puede que %1 necesite una versión del controlador más reciente que %2: use el controlador %3 actual compilado para la versión de Java con la que se ejecuta %1.</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2: the new home has %3</source>
        <translation>Controlador JDBC de %1 %2: la nueva carpeta tiene %3</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3; the new home has %4.</source>
        <translation>La carpeta antigua tiene el controlador JDBC de %1 %2 en %3; la nueva carpeta tiene %4.</translation>
    </message>
    <message>
        <source>Keep the newer driver only, if it works with your database server. %1</source>
        <translation>Conserve solo el controlador más reciente, si funciona con su servidor de base de datos. %1</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2</source>
        <translation>Controlador JDBC de %1 %2</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the new home cannot reach the database.</source>
        <translation>La carpeta antigua tiene el controlador JDBC de %1 %2 en %3, que falta en la nueva carpeta; sin él, la nueva carpeta no puede acceder a la base de datos.</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home. %3</source>
        <translation>Copie un controlador JDBC de %1 en %2 de la nueva carpeta. %3</translation>
    </message>
    <message>
        <source>User store %1</source>
        <translation>Almacén de usuarios %1</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 differs from the one in the new home: %2.</source>
        <translation>El %1 de la carpeta antigua difiere del de la nueva carpeta: %2.</translation>
    </message>
    <message>
        <source>The old home has %1 in %3, which the new home lacks: %2.</source>
        <translation>La carpeta antigua tiene %1 en %3, que falta en la nueva carpeta: %2.</translation>
    </message>
    <message>
        <source>%1 keystore %2</source>
        <translation>Almacén de claves %1 %2</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 (%2) was changed after the home was unpacked, e.g. with the server&apos;s own certificate or added trusted certificates.</source>
        <translation>El %1 (%2) de la carpeta antigua se modificó después de descomprimir la carpeta, p. ej. con el certificado propio del servidor o con certificados de confianza añadidos.</translation>
    </message>
    <message>
        <source>The old home has the %1 keystore %2 in %3, which the new home lacks.</source>
        <translation>La carpeta antigua tiene el almacén de claves %1 %2 en %3, que falta en la nueva carpeta.</translation>
    </message>
    <message>
        <source>%1 uses PKCS12 keystores by default; this one is JKS.</source>
        <translation>%1 usa almacenes de claves PKCS12 de forma predeterminada; este es JKS.</translation>
    </message>
    <message>
        <source>Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of the new home and name it in deployment.toml. Or copy it as it is and keep JKS with type = &quot;JKS&quot; in its [keystore.*] or [truststore] section.</source>
        <translation>Conviértalo a PKCS12 (keytool pide las contraseñas): %1, copie %2.p12 en %3 de la nueva carpeta y nómbrelo en deployment.toml. O cópielo tal cual y mantenga JKS con type = &quot;JKS&quot; en su sección [keystore.*] o [truststore].</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home; deployment.toml names it with type = &quot;%2&quot;.</source>
        <translation>Cópielo en %1 de la nueva carpeta; deployment.toml lo nombra con type = &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Web app %1</source>
        <translation>Aplicación web %1</translation>
    </message>
    <message>
        <source>The old home deploys %1 in %3, which the new home lacks: %2.</source>
        <translation>La carpeta antigua despliega %1 en %3, que falta en la nueva carpeta: %2.</translation>
    </message>
    <message>
        <source>Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it in %2 of the new home, or decide it is not needed.</source>
        <translation>Vuelva a compilarla con %1 (su contenedor de servlets y sus API pueden haber cambiado) y despliéguela en %2 de la nueva carpeta, o decida que no es necesaria.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Inquilino %1</translation>
    </message>
    <message>
        <source>The old home has the tenant folder %1, which the new home lacks. The tenant&apos;s data moves with the databases; its files (user stores, keystores) do not.</source>
        <translation>La carpeta antigua tiene la carpeta de inquilino %1, que falta en la nueva carpeta. Los datos del inquilino se trasladan con las bases de datos; sus archivos (almacenes de usuarios, almacenes de claves) no.</translation>
    </message>
    <message>
        <source>Copy %1 to the new home.</source>
        <translation>Copie %1 en la nueva carpeta.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>No se puede leer %1</translation>
    </message>
    <message>
        <source>The folder %1 of the old home cannot be read (%2), so its files could not be compared with the new home&apos;s.</source>
        <translation>No se puede leer la carpeta %1 de la carpeta antigua (%2), así que sus archivos no se han podido comparar con los de la nueva carpeta.</translation>
    </message>
    <message>
        <source>Run the checks as the user that owns the old home, or grant read access to the folder (e.g. chmod -R u+rX), and check again; or compare the folder by hand.</source>
        <translation>Ejecute las comprobaciones como el usuario propietario de la carpeta antigua, o conceda acceso de lectura a la carpeta (p. ej. chmod -R u+rX), y vuelva a comprobar; o compare la carpeta a mano.</translation>
    </message>
    <message>
        <source>Configuration file %1</source>
        <translation>Archivo de configuración %1</translation>
    </message>
    <message>
        <source>The old home has %1, which the new home lacks.</source>
        <translation>La carpeta antigua tiene %1, que falta en la nueva carpeta.</translation>
    </message>
    <message>
        <source>The old home has %1; the new home lacks it and its folder %2.</source>
        <translation>La carpeta antigua tiene %1; en la nueva carpeta faltan el archivo y su carpeta %2.</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home, and check that %2 still reads it.</source>
        <translation>Cópielo en %1 de la nueva carpeta y compruebe que %2 lo sigue leyendo.</translation>
    </message>
    <message>
        <source>Find out where %1 configures what this file did (deployment.toml or another file), or decide it is not needed.</source>
        <translation>Averigüe dónde configura %1 lo que hacía este archivo (deployment.toml u otro archivo), o decida que no es necesario.</translation>
    </message>
    <message>
        <source>Changed configuration file %1</source>
        <translation>Archivo de configuración modificado %1</translation>
    </message>
    <message>
        <source>%1 of the old home was changed after the home was unpacked (%2) and differs from the new home&apos;s.</source>
        <translation>%1 de la carpeta antigua se modificó después de descomprimir la carpeta (%2) y difiere del de la nueva carpeta.</translation>
    </message>
    <message>
        <source>Compare the two files and carry your changes into the new home&apos;s %1; do not copy the old file over it, it belongs to the old release.</source>
        <translation>Compare los dos archivos y traslade sus cambios al %1 de la nueva carpeta; no copie encima el archivo antiguo, pertenece a la versión antigua.</translation>
    </message>
    <message>
        <source>%1 only partly compared</source>
        <translation>%1 comparado solo en parte</translation>
    </message>
    <message>
        <source>%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the first ones were compared with the new home.</source>
        <translation>%1 de la carpeta antigua contiene más de %2 entradas o tiene más de %3 niveles de profundidad; solo se compararon las primeras con la nueva carpeta.</translation>
    </message>
    <message>
        <source>Compare the rest of %1 by hand, or remove what does not belong there.</source>
        <translation>Compare a mano el resto de %1, o elimine lo que no deba estar ahí.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseConnection</name>
    <message>
        <source>The URL of %1 cannot be used: %2</source>
        <translation>No se puede usar la URL de %1: %2</translation>
    </message>
    <message>
        <source>%1 has no database the wizard can connect to.</source>
        <translation>%1 no tiene ninguna base de datos a la que pueda conectarse el asistente.</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>base de datos %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>usuario %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (%2): the connection was refused.</source>
        <translation>Nada acepta conexiones en %1 (%2): se rechazó la conexión.</translation>
    </message>
    <message>
        <source>Check that the database server is running and listens on that address and port (bind address, firewall), and that the URL in deployment.toml names the right port.</source>
        <translation>Compruebe que el servidor de base de datos está en ejecución y escucha en esa dirección y ese puerto (dirección de enlace, cortafuegos), y que la URL de deployment.toml indica el puerto correcto.</translation>
    </message>
    <message>
        <source>The database host %1 is unknown: its name does not resolve (%2).</source>
        <translation>El host de base de datos %1 es desconocido: su nombre no se resuelve (%2).</translation>
    </message>
    <message>
        <source>The database host %1 cannot be reached from this machine (%2).</source>
        <translation>No se puede acceder al host de base de datos %1 desde esta máquina (%2).</translation>
    </message>
    <message>
        <source>Check the host name in the URL and that this machine can reach it (DNS, VPN, routing, firewall).</source>
        <translation>Compruebe el nombre de host de la URL y que esta máquina puede acceder a él (DNS, VPN, enrutamiento, cortafuegos).</translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>El servidor de base de datos de %1 no respondió en %n segundo (%2).</numerusform>
            <numerusform>El servidor de base de datos de %1 no respondió en %n segundos (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection without a word, or the server is overloaded. Check the address and port and try again.</source>
        <translation>Puede que un cortafuegos esté descartando la conexión sin avisar, o que el servidor esté sobrecargado. Compruebe la dirección y el puerto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password of user %2 (database %3).</source>
        <translation>El servidor de %1 rechazó el nombre de usuario o la contraseña del usuario %2 (base de datos %3).</translation>
    </message>
    <message>
        <source>Check the user name and enter the password again: the one in deployment.toml may be outdated, or the account locked.</source>
        <translation>Compruebe el nombre de usuario y vuelva a introducir la contraseña: puede que la de deployment.toml esté desactualizada o que la cuenta esté bloqueada.</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 (%3).</source>
        <translation>El servidor de %1 no tiene la base de datos %2 (%3).</translation>
    </message>
    <message>
        <source>Check the database name in the URL; many servers tell upper and lower case apart.</source>
        <translation>Compruebe el nombre de la base de datos en la URL; muchos servidores distinguen entre mayúsculas y minúsculas.</translation>
    </message>
    <message>
        <source>The server at %1 does not let user %2 connect to database %3 from this machine.</source>
        <translation>El servidor de %1 no permite al usuario %2 conectarse a la base de datos %3 desde esta máquina.</translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this host and user (PostgreSQL: pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of &apos;user&apos;@&apos;host&apos; and the grants on the database).</source>
        <translation>Pida al administrador de la base de datos que permita este host y este usuario (PostgreSQL: pg_hba.conf y el privilegio CONNECT; MySQL/MariaDB: la parte de host de &apos;user&apos;@&apos;host&apos; y los permisos sobre la base de datos).</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask for TLS (%2).</source>
        <translation>El servidor de %1 solo acepta conexiones cifradas (TLS) y la URL no solicita TLS (%2).</translation>
    </message>
    <message>
        <source>Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</source>
        <translation>Active TLS en la URL de la forma que espera el servidor (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 could not be set up (%2): %3</source>
        <translation>No se pudo establecer la conexión cifrada (TLS) con %1 (%2): %3</translation>
    </message>
    <message>
        <source>The URL asks for TLS (%1). Check that the server has TLS switched on and that its certificate is signed by an authority this machine trusts (the system&apos;s CA certificates) and names the host of the URL.</source>
        <translation>La URL solicita TLS (%1). Compruebe que el servidor tiene TLS activado y que su certificado está firmado por una autoridad en la que confía esta máquina (los certificados de CA del sistema) y nombra el host de la URL.</translation>
    </message>
    <message>
        <source>The ODBC driver for %1 could not be loaded (%2): %3</source>
        <translation>No se pudo cargar el controlador ODBC para %1 (%2): %3</translation>
    </message>
    <message>
        <source>Check that the ODBC driver named in the connection is installed and registered in odbcinst.ini.</source>
        <translation>Compruebe que el controlador ODBC indicado en la conexión está instalado y registrado en odbcinst.ini.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <translation>Error al conectar con %1 (%2): %3</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection, and the URL asks for TLS</source>
        <translation>el servidor no cifró la conexión y la URL solicita TLS</translation>
    </message>
    <message>
        <source>Could not read the server version of %1: %2</source>
        <translation>No se pudo leer la versión del servidor de %1: %2</translation>
    </message>
    <message>
        <source>The server %1 reported the version &quot;%2&quot;, which the wizard cannot read.</source>
        <translation>El servidor %1 indicó la versión &quot;%2&quot;, que el asistente no puede interpretar.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseCredentials</name>
    <message>
        <source>The password read from standard input is longer than %1 bytes; pass only the password, on one line.</source>
        <translation>La contraseña leída de la entrada estándar tiene más de %1 bytes; pase solo la contraseña, en una línea.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>No se ha indicado ninguna contraseña en la entrada estándar.</translation>
    </message>
    <message>
        <source>The password of %1 is %2.</source>
        <extracomment>%1 is the database entry, %2 where its password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Contraseña de %1: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseDrivers</name>
    <message>
        <source>Install Microsoft&apos;s &quot;ODBC Driver 18 for SQL Server&quot; (the package msodbcsql18 from Microsoft&apos;s package repository for your distribution), or FreeTDS (Debian/Ubuntu: the package tdsodbc).</source>
        <translation>Instale &quot;ODBC Driver 18 for SQL Server&quot; de Microsoft (el paquete msodbcsql18 del repositorio de paquetes de Microsoft para su distribución), o FreeTDS (Debian/Ubuntu: el paquete tdsodbc).</translation>
    </message>
    <message>
        <source>Install the Oracle Instant Client &quot;Basic&quot; and &quot;ODBC&quot; packages (a download from Oracle; there is no Debian package) and register the driver with the odbc_update_ini.sh script that comes with them.</source>
        <translation>Instale los paquetes &quot;Basic&quot; y &quot;ODBC&quot; de Oracle Instant Client (una descarga de Oracle; no hay paquete de Debian) y registre el controlador con el script odbc_update_ini.sh que viene con ellos.</translation>
    </message>
    <message>
        <source>Install the &quot;IBM Data Server Driver for ODBC and CLI&quot; (a download from IBM; there is no Debian package) and register it in /etc/odbcinst.ini.</source>
        <translation>Instale &quot;IBM Data Server Driver for ODBC and CLI&quot; (una descarga de IBM; no hay paquete de Debian) y regístrelo en /etc/odbcinst.ini.</translation>
    </message>
    <message>
        <source>The database has no usable URL.</source>
        <translation>La base de datos no tiene ninguna URL utilizable.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1, which the wizard needs for %2, is not installed. Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.</source>
        <translation>El controlador SQL de Qt %1, que el asistente necesita para %2, no está instalado. Instálelo (Debian/Ubuntu: sudo apt install %3) y vuelva a iniciar el asistente.</translation>
    </message>
    <message>
        <source>%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo apt install unixodbc) and an ODBC driver for %1. %2</source>
        <translation>A %1 se accede mediante ODBC, pero unixODBC no está configurado en esta máquina: no existe ni la herramienta odbcinst ni un archivo odbcinst.ini. Instale unixODBC (Debian/Ubuntu: sudo apt install unixodbc) y un controlador ODBC para %1. %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4</source>
        <translation>No hay ningún controlador ODBC para %1 instalado (controladores ODBC encontrados por %2: %3). %4</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseTarget</name>
    <message>
        <source>type is &quot;h2&quot; but the URL points at %1; the wizard goes by the URL.</source>
        <translation>type es &quot;h2&quot;, pero la URL apunta a %1; el asistente se guía por la URL.</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not a database type the wizard knows; the wizard goes by the URL.</source>
        <translation>type &quot;%1&quot; no es un tipo de base de datos que conozca el asistente; el asistente se guía por la URL.</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot; but the URL points at %2; the wizard goes by the URL.</source>
        <translation>type es &quot;%1&quot;, pero la URL apunta a %2; el asistente se guía por la URL.</translation>
    </message>
    <message>
        <source>[%1] has no url.</source>
        <translation>[%1] no tiene url.</translation>
    </message>
    <message>
        <source>Add url = &quot;jdbc:…&quot; to the section.</source>
        <translation>Añada url = &quot;jdbc:…&quot; a la sección.</translation>
    </message>
    <message>
        <source>The URL uses the environment variable %1, which is not set for the wizard.</source>
        <translation>La URL usa la variable de entorno %1, que no está definida para el asistente.</translation>
    </message>
    <message>
        <source>Start the wizard with the variable set as the server has it.</source>
        <translation>Inicie el asistente con la variable definida igual que la tiene el servidor.</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have.</source>
        <translation>%1 apunta a una clave que el archivo no tiene.</translation>
    </message>
    <message>
        <source>Read from this process&apos;s environment: %1.</source>
        <translation>Se lee del entorno de este proceso: %1.</translation>
    </message>
    <message>
        <source>The URL names %1 hosts for failover or load balancing; the wizard connects to the first, %2.</source>
        <translation>La URL indica %1 hosts para conmutación por error o equilibrio de carga; el asistente se conecta al primero, %2.</translation>
    </message>
    <message>
        <source>The URL names no database; PostgreSQL then uses the one named like the user.</source>
        <translation>La URL no indica ninguna base de datos; en ese caso PostgreSQL usa la que se llama como el usuario.</translation>
    </message>
    <message>
        <source>The URL names a Db2 database catalogued on the server&apos;s machine (%1), not a host: the wizard can reach it only where the same catalogue entry exists.</source>
        <translation>La URL indica una base de datos Db2 catalogada en la máquina del servidor (%1), no un host: el asistente solo puede acceder a ella donde exista la misma entrada de catálogo.</translation>
    </message>
    <message>
        <source>The URL names the TNS alias %1: the Oracle client of this machine must know it (tnsnames.ora, TNS_ADMIN).</source>
        <translation>La URL indica el alias TNS %1: el cliente de Oracle de esta máquina debe conocerlo (tnsnames.ora, TNS_ADMIN).</translation>
    </message>
    <message>
        <source>This H2 database runs as a server, but H2 remains unfit for production.</source>
        <translation>Esta base de datos H2 se ejecuta como servidor, pero H2 sigue sin ser apta para producción.</translation>
    </message>
    <message>
        <source>written in deployment.toml</source>
        <translation>escrita en deployment.toml</translation>
    </message>
    <message>
        <source>written in the JDBC URL</source>
        <translation>escrita en la URL JDBC</translation>
    </message>
    <message>
        <source>kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password</source>
        <translation>guardada en el almacén de secretos como %1, que el asistente no puede descifrar: pide la contraseña</translation>
    </message>
    <message>
        <source>read from the environment variable %1 of this process</source>
        <translation>leída de la variable de entorno %1 de este proceso</translation>
    </message>
    <message>
        <source>the environment variable %1, which is not set for the wizard: it asks for the password</source>
        <translation>en la variable de entorno %1, que no está definida para el asistente: pide la contraseña</translation>
    </message>
    <message>
        <source>the Java system property %1 of the server, which the wizard cannot see: it asks for the password</source>
        <translation>en la propiedad de sistema Java %1 del servidor, que el asistente no puede ver: pide la contraseña</translation>
    </message>
    <message>
        <source>not in deployment.toml: the wizard asks for it</source>
        <translation>no está en deployment.toml: el asistente la pide</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have: the wizard asks for the password</source>
        <translation>%1 apunta a una clave que el archivo no tiene: el asistente pide la contraseña</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no usable URL</source>
        <translation>ninguna URL utilizable</translation>
    </message>
    <message>
        <source>%1: embedded H2 database %2</source>
        <translation>%1: base de datos H2 integrada %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3, database %4</source>
        <translation>%1: %2 en %3, base de datos %4</translation>
    </message>
    <message>
        <source>This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: production must not run on it (it does not scale, cannot be clustered and can be corrupted when the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or Db2 before or during this migration.</source>
        <translation>Esta base de datos es H2, la base de datos integrada con la que arranca una carpeta de IS recién instalada. WSO2 no distribuye procedimientos de limpieza para H2, así que aquí no hay nada que limpiar. H2 está pensada para probar el producto: producción no debe ejecutarse sobre ella (no escala, no admite clústeres y puede dañarse si el servidor se detiene bruscamente). Traslade producción a MySQL, MariaDB, PostgreSQL, SQL Server, Oracle o Db2 antes o durante esta migración.</translation>
    </message>
</context>
<context>
    <name>Ismw::DemoProject</name>
    <message>
        <source>Could not create the demo folder %1.</source>
        <translation>No se pudo crear la carpeta de demostración %1.</translation>
    </message>
    <message>
        <source>Demo migration %1 → %2</source>
        <translation>Migración de demostración %1 → %2</translation>
    </message>
    <message>
        <source>%1 is the newest release</source>
        <translation>%1 es la versión más reciente</translation>
    </message>
    <message>
        <source>Keystores are JKS; %1 defaults to PKCS12</source>
        <translation>Los almacenes de claves son JKS; %1 usa PKCS12 de forma predeterminada</translation>
    </message>
    <message>
        <source>Keep type = &quot;JKS&quot; or convert with keytool.</source>
        <translation>Mantenga type = &quot;JKS&quot; o convierta con keytool.</translation>
    </message>
    <message>
        <source>JKS kept for this release</source>
        <translation>JKS conservado para esta versión</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Ejecución %1 iniciada el %2 por %3.</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Ejecución %1 terminada: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DiffCommand</name>
    <message>
        <source>Semantic difference of two deployment.toml files, with the release rules&apos; findings.</source>
        <translation>Diferencia semántica de dos archivos deployment.toml, con los hallazgos de las reglas de la versión.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to, e.g. 5.11.0.</source>
        <translation>La versión a la que pertenece OLD.toml, p. ej. 5.11.0.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>La versión a la que se migra, p. ej. 7.3.0.</translation>
    </message>
    <message>
        <source>Also report keys whose comments changed.</source>
        <translation>Informar también de las claves cuyos comentarios cambiaron.</translation>
    </message>
    <message>
        <source>Also report keys that moved within their table.</source>
        <translation>Informar también de las claves que se movieron dentro de su tabla.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>El deployment.toml que se usa ahora.</translation>
    </message>
    <message>
        <source>The deployment.toml to compare it with.</source>
        <translation>El deployment.toml con el que compararlo.</translation>
    </message>
    <message numerus="yes">
        <source>give two files, OLD.toml and NEW.toml; got %n.</source>
        <translation>
            <numerusform>indique dos archivos, OLD.toml y NEW.toml; se recibió %n.</numerusform>
            <numerusform>indique dos archivos, OLD.toml y NEW.toml; se recibieron %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to go together: the rules run from one release to another.</source>
        <translation>--from y --to van juntos: las reglas van de una versión a otra.</translation>
    </message>
    <message>
        <source>No differences: the two files mean the same.</source>
        <translation>Sin diferencias: los dos archivos significan lo mismo.</translation>
    </message>
    <message>
        <source>Release rules %1 → %2 (%3):</source>
        <translation>Reglas de versión %1 → %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1.</source>
        <translation>
            <numerusform>%n diferencia, %1.</numerusform>
            <numerusform>%n diferencias, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n cleanup run(s), dry runs not counted</source>
        <translation>
            <numerusform>%n ejecución de limpieza, sin contar simulaciones</numerusform>
            <numerusform>%n ejecuciones de limpieza, sin contar simulaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n superada</numerusform>
            <numerusform>%n superadas</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 s</source>
        <translation>%1 filas eliminadas en %2 s</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Ejecuciones</translation>
    </message>
    <message>
        <source>Last started</source>
        <translation>Último inicio</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Limpieza de la base de datos</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
</context>
<context>
    <name>Ismw::EvidenceHash</name>
    <message>
        <source>No evidence file was chosen. Choose the file to attach.</source>
        <translation>No se ha elegido ningún archivo de evidencia. Elija el archivo que adjuntar.</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Choose an existing file.</source>
        <translation>El archivo de evidencia %1 no existe. Elija un archivo existente.</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach a file; to keep a folder as evidence, archive it first.</source>
        <translation>%1 es una carpeta. Adjunte un archivo; para conservar una carpeta como evidencia, archívela antes.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2.</source>
        <translation>No se puede leer el archivo de evidencia %1: %2.</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled; the file was not attached.</source>
        <translation>Se canceló el cálculo del hash de %1; el archivo no se adjuntó.</translation>
    </message>
</context>
<context>
    <name>Ismw::HealthProbe</name>
    <message>
        <source>%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server&apos;s certificate can be checked. Use https:// and the server&apos;s HTTPS port (usually %2).</source>
        <translation>%1 es una dirección HTTP sin cifrar; la comprobación de estado solo se hace por HTTPS, para poder comprobar el certificado del servidor. Use https:// y el puerto HTTPS del servidor (normalmente %2).</translation>
    </message>
    <message>
        <source>The server address contains a user name or password. Leave them out: the health check needs none, and the wizard keeps no passwords.</source>
        <translation>La dirección del servidor contiene un nombre de usuario o una contraseña. Quítelos: la comprobación de estado no los necesita y el asistente no guarda contraseñas.</translation>
    </message>
    <message>
        <source>No server was given. Enter the host name of the migrated Identity Server, for example is.example.com or is.example.com:%1.</source>
        <translation>No se ha indicado ningún servidor. Introduzca el nombre de host del Identity Server migrado, por ejemplo is.example.com o is.example.com:%1.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a host name such as is.example.com, optionally with the HTTPS port (is.example.com:%2).</source>
        <translation>“%1” no es una dirección de servidor. Introduzca un nombre de host como is.example.com, opcionalmente con el puerto HTTPS (is.example.com:%2).</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address. Enter the host name, or a URL that starts with https://.</source>
        <translation>“%1” no es una dirección HTTPS. Introduzca el nombre de host o una URL que empiece por https://.</translation>
    </message>
    <message>
        <source>“%1” points to %2, not to the health-check endpoint. Give only the host and port, or the full URL ending in %3.</source>
        <translation>“%1” apunta a %2, no al punto de conexión de la comprobación de estado. Indique solo el host y el puerto, o la URL completa que termina en %3.</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address of a server. Enter the server&apos;s host name; the wizard makes the health-check URL from it.</source>
        <translation>“%1” no es una dirección HTTPS de un servidor. Introduzca el nombre de host del servidor; el asistente forma con él la URL de la comprobación de estado.</translation>
    </message>
    <message>
        <source>The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server&apos;s certificate again and confirm its fingerprint.</source>
        <translation>La huella digital confirmada para %1 no es una huella digital SHA-256. Vuelva a comprobar el certificado del servidor y confirme su huella digital.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>autofirmado</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>emitido por %1</translation>
    </message>
    <message>
        <source>%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the server&apos;s keystore and confirm it; nothing has been sent to the server yet.</source>
        <translation>%1 presenta el certificado “%2” (%3) con la huella digital SHA-256 %4. Compárela con el almacén de claves del servidor y confírmela; todavía no se ha enviado nada al servidor.</translation>
    </message>
    <message>
        <source>%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.</source>
        <translation>%1 presenta ahora un certificado distinto (SHA-256 %2) del confirmado (%3). Si se renovó a propósito, confirme la nueva huella digital; si no, no confíe en este servidor.</translation>
    </message>
    <message>
        <source>%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the Identity Server&apos;s health-check endpoint and not to a proxy or another service.</source>
        <translation>%1 envió más de 1 MiB, lo que no es una respuesta de comprobación de estado. Compruebe que la URL apunta al punto de conexión de comprobación de estado de Identity Server y no a un proxy u otro servicio.</translation>
    </message>
    <message>
        <source>%1 answered without health data: the health check is not enabled on the server. Add [carbon_health_check] enable = true to its deployment.toml and restart it.</source>
        <translation>%1 respondió sin datos de estado: la comprobación de estado no está habilitada en el servidor. Añada [carbon_health_check] enable = true a su deployment.toml y reinícielo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports the server healthy (%n check(s) up).</source>
        <translation>
            <numerusform>%1 informa de que el servidor está en buen estado (%n comprobación correcta).</numerusform>
            <numerusform>%1 informa de que el servidor está en buen estado (%n comprobaciones correctas).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy: %2. Check these in the server&apos;s wso2carbon.log.</source>
        <translation>%1 informa de que el servidor no está en buen estado: %2. Compruébelo en el wso2carbon.log del servidor.</translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores and the server&apos;s wso2carbon.log.</source>
        <translation>%1 informa de que el servidor no está en buen estado (HTTP %2): %3. Compruebe los orígenes de datos o almacenes de usuarios indicados y el wso2carbon.log del servidor.</translation>
    </message>
    <message>
        <source>no error was named</source>
        <translation>no se indicó ningún error</translation>
    </message>
    <message>
        <source>It redirects to %1; give the address it redirects to.</source>
        <translation>Redirige a %1; indique la dirección a la que redirige.</translation>
    </message>
    <message>
        <source>The endpoint is normally open; check the server&apos;s access control for /api/health-check.</source>
        <translation>El punto de conexión suele estar abierto; compruebe el control de acceso del servidor para /api/health-check.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s path and that the server is the migrated Identity Server.</source>
        <translation>Compruebe la ruta de la URL y que el servidor es el Identity Server migrado.</translation>
    </message>
    <message>
        <source>Check that the URL points to the Identity Server and not to a proxy or another service.</source>
        <translation>Compruebe que la URL apunta a Identity Server y no a un proxy u otro servicio.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body.</source>
        <translation>%1 respondió HTTP %2 con el cuerpo vacío.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with something that is not a health-check answer: “%3”.</source>
        <translation>%1 respondió HTTP %2 con algo que no es una respuesta de comprobación de estado: “%3”.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Check that the server has finished starting and that no firewall drops connections to that port.</source>
        <translation>%1 no respondió en %2 s (%3). Compruebe que el servidor ha terminado de arrancar y que ningún cortafuegos descarta las conexiones a ese puerto.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS port (usually %4).</source>
        <translation>%1 rechazó la conexión (%2). Compruebe que el servidor está en ejecución y que %3 es su puerto HTTPS (normalmente %4).</translation>
    </message>
    <message>
        <source>The host %1 was not found (%2). Check the host name and this machine&apos;s DNS settings.</source>
        <translation>No se encontró el host %1 (%2). Compruebe el nombre de host y la configuración DNS de esta máquina.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): %3. Check that %4 is the server&apos;s HTTPS port (usually %5) and that its keystore holds a valid certificate.</source>
        <translation>Error en el protocolo de enlace TLS con %1 (%2): %3. Compruebe que %4 es el puerto HTTPS del servidor (normalmente %5) y que su almacén de claves contiene un certificado válido.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (%2). Check the server&apos;s wso2carbon.log and any proxy in front of it.</source>
        <translation>%1 cerró la conexión sin responder (%2). Compruebe el wso2carbon.log del servidor y cualquier proxy que tenga delante.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2): %3. Check the network between this machine and the server.</source>
        <translation>Error en la conexión con %1 (%2): %3. Compruebe la red entre esta máquina y el servidor.</translation>
    </message>
</context>
<context>
    <name>Ismw::InspectCommand</name>
    <message>
        <source>Release, parts and customizations of an IS home.</source>
        <translation>Versión, partes y personalizaciones de una carpeta de IS.</translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation>La carpeta de IS: la carpeta que contiene bin/ y repository/.</translation>
    </message>
    <message>
        <source>no IS home given.</source>
        <translation>no se ha indicado ninguna carpeta de IS.</translation>
    </message>
    <message>
        <source>one IS home at a time, got %1: %2.</source>
        <translation>una carpeta de IS cada vez; se recibieron %1: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::IsHomeInspector</name>
    <message>
        <source>Choose the folder that contains bin/ and repository/, e.g. %1.</source>
        <translation>Elija la carpeta que contiene bin/ y repository/, p. ej. %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>No folder was given. %1</source>
        <translation>No se ha indicado ninguna carpeta. %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as the user that owns the IS home, or grant read access to it.</source>
        <translation>No se puede leer %1: puede que este usuario no tenga permiso para entrar en la carpeta %2. Ejecute el asistente como el usuario propietario de la carpeta de IS, o conceda acceso de lectura a ella.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. %3</source>
        <translation>%1 es un enlace simbólico a %2, que no existe. %3</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path for typing errors. %2</source>
        <translation>%1 no existe. Compruebe si la ruta tiene errores de escritura. %2</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. It seems to be extracted already: choose the folder %2.</source>
        <translation>%1 es un archivo comprimido, no una carpeta. Parece que ya está extraído: elija la carpeta %2.</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the extracted folder %3.</source>
        <translation>%1 es un archivo comprimido, no una carpeta. Extráigalo primero (p. ej. unzip %2) y elija la carpeta extraída %3.</translation>
    </message>
    <message>
        <source>%1 is a file inside the IS home %2. Choose the folder %2 itself.</source>
        <translation>%1 es un archivo dentro de la carpeta de IS %2. Elija la propia carpeta %2.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 es un archivo, no una carpeta. %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, or grant read access to it (e.g. chmod -R u+rX).</source>
        <translation>No se puede leer %1: permiso denegado. Ejecute el asistente como el usuario propietario de la carpeta de IS, o conceda acceso de lectura a ella (p. ej. chmod -R u+rX).</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains one: %2. Choose %2.</source>
        <translation>%1 no es en sí una carpeta de IS, pero contiene una: %2. Elija %2.</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.</source>
        <translation>%1 no es en sí una carpeta de IS, pero contiene varias: %2. Elija la que quiera inspeccionar.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server home: missing %2. %3</source>
        <translation>%1 no es una carpeta de WSO2 Identity Server: falta %2. %3</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>No se pudo leer %1.</translation>
    </message>
    <message>
        <source>%1 is a home of %2 (%3 says “%4”), not of WSO2 Identity Server. This wizard migrates Identity Server only: choose an Identity Server folder, e.g. %5.</source>
        <translation>%1 es una carpeta de %2 (%3 indica “%4”), no de WSO2 Identity Server. Este asistente solo migra Identity Server: elija una carpeta de Identity Server, p. ej. %5.</translation>
    </message>
    <message>
        <source>No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity Server %3, so this home is taken to be %3. Restore %4 from the release&apos;s distribution to be sure.</source>
        <translation>Ningún archivo indica la versión; %1 indica el kernel %2, que es el kernel de WSO2 Identity Server %3, así que se considera que esta carpeta es %3. Restaure %4 desde la distribución de la versión para estar seguro.</translation>
    </message>
    <message>
        <source>None of %1 names a release, so the wizard cannot tell which rules apply to this home. Restore %2 from the release&apos;s distribution.</source>
        <translation>Ninguno de %1 indica una versión, así que el asistente no puede saber qué reglas se aplican a esta carpeta. Restaure %2 desde la distribución de la versión.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its configuration lives in the XML files under repository/conf/, which the wizard cannot carry over. Move your changes by hand.</source>
        <translation>WSO2 Identity Server %1 es anterior a deployment.toml (introducido en 5.9.0): su configuración está en los archivos XML de repository/conf/, que el asistente no puede trasladar. Traslade sus cambios a mano.</translation>
    </message>
    <message>
        <source>%1 is missing, so there is no configuration to carry over. Restore it from a backup of this home.</source>
        <translation>Falta %1, así que no hay configuración que trasladar. Restáurelo desde una copia de seguridad de esta carpeta.</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 indica %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2</source>
        <translation>%1 indica el kernel %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)</source>
        <translation>%1 indica el kernel %2, que pertenece a %3, no a %4 (kernel %5)</translation>
    </message>
    <message>
        <source>%1 says kernel %2, not %3 as %4 has</source>
        <translation>%1 indica el kernel %2, no %3 como indica %4</translation>
    </message>
    <message>
        <source>The wizard goes by %1 (%2).</source>
        <translation>El asistente se guía por %1 (%2).</translation>
    </message>
    <message>
        <source>The version sources disagree: %1. %2 Make sure which release this home really is: a partly applied update or a file copied from another home leaves such traces.</source>
        <translation>Las fuentes de la versión no concuerdan: %1. %2 Asegúrese de qué versión es realmente esta carpeta: una actualización aplicada a medias o un archivo copiado de otra carpeta dejan este tipo de rastros.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its checks and configuration rules may not cover it: look for a newer version of the wizard.</source>
        <translation>WSO2 Identity Server %1 es más reciente que la versión más reciente que conoce este asistente (%2). Puede que sus comprobaciones y reglas de configuración no la cubran: busque una versión más reciente del asistente.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its checks and configuration rules do not cover it.</source>
        <translation>WSO2 Identity Server %1 es anterior a la versión más antigua que conoce este asistente (%2). Sus comprobaciones y reglas de configuración no la cubren.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check the version files of this home.</source>
        <translation>%1 no es una versión de WSO2 Identity Server que conozca este asistente (conoce de %2 a %3). Compruebe los archivos de versión de esta carpeta.</translation>
    </message>
    <message>
        <source>Some folders of this home hold more than %1 entries; only the first ones were looked at.</source>
        <translation>Algunas carpetas de esta carpeta de IS contienen más de %1 entradas; solo se examinaron las primeras.</translation>
    </message>
    <message>
        <source>OSGi bundle added to dropins</source>
        <translation>Paquete OSGi añadido a dropins</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.</source>
        <translation>Cópielo en %1 de la nueva carpeta cuando se haya recompilado o confirmado para las API de %2.</translation>
    </message>
    <message>
        <source>%1 JDBC driver</source>
        <translation>Controlador JDBC de %1</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, built for the Java version the new release runs on.</source>
        <translation>Copie un controlador JDBC de %1 en %2 de la nueva carpeta; es preferible la versión actual del controlador, compilada para la versión de Java con la que se ejecuta la nueva versión.</translation>
    </message>
    <message>
        <source>library added to lib</source>
        <translation>biblioteca añadida a lib</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home unless the new release already ships it (or a newer version of it).</source>
        <translation>Cópiela en %1 de la nueva carpeta, salvo que la nueva versión ya la incluya (o una versión más reciente de ella).</translation>
    </message>
    <message>
        <source>%1 keystore</source>
        <translation>Almacén de claves %1</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps working only where deployment.toml says type = &quot;%2&quot;.</source>
        <translation>Cópielo en %1 de la nueva carpeta. Desde 7.1.0 los almacenes de claves son PKCS12 de forma predeterminada: un archivo %2 solo sigue funcionando donde deployment.toml indique type = &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>secondary user store</source>
        <translation>almacén de usuarios secundario</translation>
    </message>
    <message>
        <source>secondary user store (%1)</source>
        <translation>almacén de usuarios secundario (%1)</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home.</source>
        <translation>Cópielo en %1 de la nueva carpeta.</translation>
    </message>
    <message>
        <source>Its user store manager does not support unique user IDs; the newer releases keep such managers for backward compatibility only, so plan the switch to the UniqueID variant.</source>
        <translation>Su gestor de almacén de usuarios no admite ID de usuario únicos; las versiones más recientes conservan estos gestores solo por compatibilidad con versiones anteriores, así que planifique el cambio a la variante UniqueID.</translation>
    </message>
    <message>
        <source>web app (folder)</source>
        <translation>aplicación web (carpeta)</translation>
    </message>
    <message>
        <source>web app (war)</source>
        <translation>aplicación web (war)</translation>
    </message>
    <message>
        <source>Rebuild it against %1 and deploy it in %2 of the new home.</source>
        <translation>Vuelva a compilarla con %1 y despliéguela en %2 de la nueva carpeta.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>inquilino %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s data moves with the databases; copy %1 to the new home for its files (user stores, keystores).</source>
        <translation>Los datos del inquilino se trasladan con las bases de datos; copie %1 en la nueva carpeta para sus archivos (almacenes de usuarios, almacenes de claves).</translation>
    </message>
    <message>
        <source>IS home: %1</source>
        <translation>Carpeta de IS: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Release: %1 %2 (kernel %3)</source>
        <translation>Versión: %1 %2 (kernel %3)</translation>
    </message>
    <message>
        <source>Version sources:</source>
        <translation>Fuentes de la versión:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Advertencias:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation>Partes:</translation>
    </message>
    <message>
        <source>deployment.toml</source>
        <translation>deployment.toml</translation>
    </message>
    <message>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>Plugin jars</source>
        <translation>Jar de plugins</translation>
    </message>
    <message>
        <source>Dropin jars</source>
        <translation>Jar de dropins</translation>
    </message>
    <message>
        <source>Lib jars</source>
        <translation>Jar de lib</translation>
    </message>
    <message>
        <source>Keystores</source>
        <translation>Almacenes de claves</translation>
    </message>
    <message>
        <source>Secondary user stores</source>
        <translation>Almacenes de usuarios secundarios</translation>
    </message>
    <message>
        <source>Web apps</source>
        <translation>Aplicaciones web</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Inquilinos</translation>
    </message>
    <message>
        <source>Database scripts</source>
        <translation>Scripts de base de datos</translation>
    </message>
    <message>
        <source>%1 .sql files; cleanup scripts for %2</source>
        <translation>%1 archivos .sql; scripts de limpieza para %2</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>ninguna base de datos</translation>
    </message>
    <message>
        <source>Customizations: none found.</source>
        <translation>Personalizaciones: no se encontró ninguna.</translation>
    </message>
    <message>
        <source>Customizations to carry over (%1):</source>
        <translation>Personalizaciones que trasladar (%1):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Dropin jar</source>
        <translation>Jar de dropins</translation>
    </message>
    <message>
        <source>Lib jar</source>
        <translation>Jar de lib</translation>
    </message>
    <message>
        <source>JDBC driver</source>
        <translation>Controlador JDBC</translation>
    </message>
    <message>
        <source>User store</source>
        <translation>Almacén de usuarios</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Almacén de claves</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Aplicación web</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Inquilino</translation>
    </message>
</context>
<context>
    <name>Ismw::JdbcUrl</name>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>El puerto &quot;%1&quot; no es un número.</translation>
    </message>
    <message>
        <source>Write the port as digits after the host, e.g. db.example.com:%1.</source>
        <translation>Escriba el puerto en dígitos después del host, p. ej. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports run from 1 to 65535.</source>
        <translation>El puerto %1 está fuera de rango: los puertos van de 1 a 65535.</translation>
    </message>
    <message>
        <source>The host entry &quot;%1&quot; names no host.</source>
        <translation>La entrada de host &quot;%1&quot; no indica ningún host.</translation>
    </message>
    <message>
        <source>Write it as address=(host=db.example.com)(port=3306).</source>
        <translation>Escríbala como address=(host=db.example.com)(port=3306).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; opens a bracket [ that is not closed.</source>
        <translation>La dirección &quot;%1&quot; abre un corchete [ que no se cierra.</translation>
    </message>
    <message>
        <source>IPv6 addresses are written in brackets: [2001:db8::5]:%1.</source>
        <translation>Las direcciones IPv6 se escriben entre corchetes: [2001:db8::5]:%1.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host list in brackets.</source>
        <translation>Texto inesperado &quot;%1&quot; después de la lista de hosts entre corchetes.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the address [%2].</source>
        <translation>Texto inesperado &quot;%1&quot; después de la dirección [%2].</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has more than one colon.</source>
        <translation>El host &quot;%1&quot; contiene el carácter «:» más de una vez.</translation>
    </message>
    <message>
        <source>A host name is missing before &quot;%1&quot;.</source>
        <translation>Falta un nombre de host antes de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write the database server as host:port, e.g. db.example.com:%1.</source>
        <translation>Escriba el servidor de base de datos como host:puerto, p. ej. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The URL names no database server.</source>
        <translation>La URL no indica ningún servidor de base de datos.</translation>
    </message>
    <message>
        <source>Write the server after //, e.g. //db.example.com:%1/.</source>
        <translation>Escriba el servidor después de //, p. ej. //db.example.com:%1/.</translation>
    </message>
    <message>
        <source>The parameter %1=%2 is neither true nor false.</source>
        <translation>El parámetro %1=%2 no es ni true ni false.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MySQL driver knows.</source>
        <translation>sslMode=%1 no es un modo que conozca el controlador de MySQL.</translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA o VERIFY_IDENTITY.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MariaDB driver knows.</source>
        <translation>sslMode=%1 no es un modo que conozca el controlador de MariaDB.</translation>
    </message>
    <message>
        <source>Use disable, trust, verify-ca or verify-full.</source>
        <translation>Use disable, trust, verify-ca o verify-full.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:%1:.</source>
        <translation>Se esperaba // después de jdbc:%1:.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets or parentheses.</source>
        <translation>La lista de hosts &quot;%1&quot; tiene corchetes o paréntesis desparejados.</translation>
    </message>
    <message>
        <source>The URL names no database.</source>
        <translation>La URL no indica ninguna base de datos.</translation>
    </message>
    <message>
        <source>Add the database after the host: %1</source>
        <translation>Añada la base de datos después del host: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets.</source>
        <translation>La lista de hosts &quot;%1&quot; tiene corchetes desparejados.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a mode the PostgreSQL driver knows.</source>
        <translation>sslmode=%1 no es un modo que conozca el controlador de PostgreSQL.</translation>
    </message>
    <message>
        <source>Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>Use disable, allow, prefer, require, verify-ca o verify-full.</translation>
    </message>
    <message>
        <source>The parameter ssl=%1 is neither true nor false.</source>
        <translation>El parámetro ssl=%1 no es ni true ni false.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:sqlserver:.</source>
        <translation>Se esperaba // después de jdbc:sqlserver:.</translation>
    </message>
    <message>
        <source>The URL names no SQL Server host.</source>
        <translation>La URL no indica ningún host de SQL Server.</translation>
    </message>
    <message>
        <source>encrypt=%1 is not a value the SQL Server driver knows.</source>
        <translation>encrypt=%1 no es un valor que conozca el controlador de SQL Server.</translation>
    </message>
    <message>
        <source>Use true, false or strict.</source>
        <translation>Use true, false o strict.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:jtds:sqlserver:.</source>
        <translation>Se esperaba // después de jdbc:jtds:sqlserver:.</translation>
    </message>
    <message>
        <source>Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</source>
        <translation>Ejemplo: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</translation>
    </message>
    <message>
        <source>ssl=%1 is not a value the jTDS driver knows.</source>
        <translation>ssl=%1 no es un valor que conozca el controlador jTDS.</translation>
    </message>
    <message>
        <source>Use off, request, require or authenticate.</source>
        <translation>Use off, request, require o authenticate.</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor has unbalanced parentheses.</source>
        <translation>El descriptor de conexión de Oracle tiene paréntesis desparejados.</translation>
    </message>
    <message>
        <source>Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</source>
        <translation>Cada ( necesita su ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…).</source>
        <translation>El descriptor de conexión de Oracle no indica ningún (ADDRESS=…(HOST=…)…).</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names neither SERVICE_NAME nor SID.</source>
        <translation>El descriptor de conexión de Oracle no indica ni SERVICE_NAME ni SID.</translation>
    </message>
    <message>
        <source>Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor.</source>
        <translation>Añada (CONNECT_DATA=(SERVICE_NAME=ORCL)) al descriptor.</translation>
    </message>
    <message>
        <source>Expected thin: or oci: after jdbc:oracle:.</source>
        <translation>Se esperaba thin: u oci: después de jdbc:oracle:.</translation>
    </message>
    <message>
        <source>jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached from outside.</source>
        <translation>jdbc:oracle:kprb: es el controlador del lado del servidor, dentro de la base de datos; no se puede acceder a él desde fuera.</translation>
    </message>
    <message>
        <source>The Oracle URL has no @ before the database address.</source>
        <translation>La URL de Oracle no tiene @ antes de la dirección de la base de datos.</translation>
    </message>
    <message>
        <source>The Oracle URL names no database after @.</source>
        <translation>La URL de Oracle no indica ninguna base de datos después de @.</translation>
    </message>
    <message>
        <source>The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID).</source>
        <translation>La URL de Oracle no indica ni un servicio (host:puerto/SERVICE) ni un SID (host:puerto:SID).</translation>
    </message>
    <message>
        <source>Expected // after jdbc:h2:%1:.</source>
        <translation>Se esperaba // después de jdbc:h2:%1:.</translation>
    </message>
    <message>
        <source>The H2 server URL names no database after the host.</source>
        <translation>La URL del servidor H2 no indica ninguna base de datos después del host.</translation>
    </message>
    <message>
        <source>The H2 URL names no database file.</source>
        <translation>La URL de H2 no indica ningún archivo de base de datos.</translation>
    </message>
    <message>
        <source>Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB</source>
        <translation>Ejemplo: jdbc:h2:./repository/database/WSO2IDENTITY_DB</translation>
    </message>
    <message>
        <source>The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.</source>
        <translation>El asistente conoce jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: y jdbc:h2:.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>La URL está vacía.</translation>
    </message>
    <message>
        <source>The URL does not start with jdbc:.</source>
        <translation>La URL no empieza por jdbc:.</translation>
    </message>
    <message>
        <source>A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</source>
        <translation>Una URL JDBC tiene este aspecto: jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</translation>
    </message>
    <message>
        <source>The URL names no driver after jdbc:.</source>
        <translation>La URL no indica ningún controlador después de jdbc:.</translation>
    </message>
    <message>
        <source>The driver &quot;%1&quot; in the URL is not one the wizard knows.</source>
        <translation>El controlador &quot;%1&quot; de la URL no es uno que conozca el asistente.</translation>
    </message>
</context>
<context>
    <name>Ismw::LogScanner</name>
    <message>
        <source>More than %1 different kinds of errors were found; only the first %1 are listed.</source>
        <translation>Se encontraron más de %1 clases distintas de errores; solo se muestran las %1 primeras.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more line(s) not shown)</source>
        <translation>
            <numerusform>(%n línea más no mostrada)</numerusform>
            <numerusform>(%n líneas más no mostradas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log scan was cancelled.</source>
        <translation>Se canceló el análisis del registro.</translation>
    </message>
    <message>
        <source>No log file was given. Name the wso2carbon.log of the server to check.</source>
        <translation>No se ha indicado ningún archivo de registro. Indique el wso2carbon.log del servidor que comprobar.</translation>
    </message>
    <message>
        <source>The log file %1 does not exist. Check the path, or leave the file out.</source>
        <translation>El archivo de registro %1 no existe. Compruebe la ruta o deje fuera el archivo.</translation>
    </message>
    <message>
        <source>%1 is not a file. Name the log files themselves, not their folder.</source>
        <translation>%1 no es un archivo. Indique los propios archivos de registro, no su carpeta.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read: %2. Check its permissions.</source>
        <translation>No se puede leer el archivo de registro %1: %2. Compruebe sus permisos.</translation>
    </message>
    <message>
        <source>Reading the log file %1 failed: %2.</source>
        <translation>Error al leer el archivo de registro %1: %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.</source>
        <translation>La línea %1 de %2 no es UTF-8 válido; los bytes incorrectos se sustituyeron y el análisis continuó.</translation>
    </message>
    <message>
        <source>%1 ends in a truncated line (no newline at the end); the line was read as it is.</source>
        <translation>%1 termina en una línea truncada (sin salto de línea al final); la línea se leyó tal cual.</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrateConfigCommand</name>
    <message>
        <source>Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.</source>
        <translation>Trasladar un deployment.toml a una versión más reciente: cambios de nombre, eliminaciones, claves nuevas, hallazgos.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home.</source>
        <translation>La versión a la que pertenece OLD.toml. Necesaria salvo que OLD.toml esté en su carpeta de IS.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>La versión a la que migrar, p. ej. 7.3.0.</translation>
    </message>
    <message>
        <source>The deployment.toml the new release ships: keys it requires are added.</source>
        <translation>El deployment.toml que incluye la nueva versión: se añaden las claves que exige.</translation>
    </message>
    <message>
        <source>Do not apply the proposed edit with this id (repeatable; the ids are in the output).</source>
        <translation>No aplicar la edición propuesta con este id (repetible; los ids aparecen en la salida).</translation>
    </message>
    <message>
        <source>Where to write the migrated file; an existing file is kept as a timestamped backup. &quot;-&quot; prints it.</source>
        <translation>Dónde escribir el archivo migrado; un archivo existente se conserva como copia de seguridad con marca de tiempo. &quot;-&quot; lo imprime.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>El deployment.toml en uso actualmente.</translation>
    </message>
    <message numerus="yes">
        <source>give one file, OLD.toml; got %n.</source>
        <translation>
            <numerusform>indique un solo archivo, OLD.toml; se ha recibido %n.</numerusform>
            <numerusform>indique un solo archivo, OLD.toml; se han recibido %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--to is missing: which release to migrate to?</source>
        <translation>falta --to: ¿a qué versión migrar?</translation>
    </message>
    <message>
        <source>-o is missing: where to write the migrated file (&quot;-o -&quot; prints it)?</source>
        <translation>falta -o: ¿dónde escribir el archivo migrado (&quot;-o -&quot; lo imprime)?</translation>
    </message>
    <message>
        <source>&quot;-o -&quot; prints the file itself; it cannot go with --format json.</source>
        <translation>&quot;-o -&quot; imprime el propio archivo; no se puede combinar con --format json.</translation>
    </message>
    <message>
        <source>cannot tell which release %1 is from: it is not in an IS home&apos;s repository/conf. Give --from.</source>
        <translation>no se puede determinar de qué versión es %1: no está en el repository/conf de una carpeta de IS. Indique --from.</translation>
    </message>
    <message>
        <source>--reject %1: no proposed edit has this id; run without --reject to see the ids.</source>
        <translation>--reject %1: ninguna edición propuesta tiene este id; ejecute sin --reject para ver los ids.</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>De %1 a %2 (%3).</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) applied, %1.</source>
        <translation>
            <numerusform>%n edición aplicada, %1.</numerusform>
            <numerusform>%n ediciones aplicadas, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Escrito %1.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>El archivo sustituido se conserva como %1.</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationProject</name>
    <message>
        <source>Project &quot;%1&quot; created in %2.</source>
        <translation>Proyecto &quot;%1&quot; creado en %2.</translation>
    </message>
    <message>
        <source>Environment %1 (%2) added to the project.</source>
        <translation>Entorno %1 (%2) añadido al proyecto.</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Ejecución %1 iniciada el %2 por %3.</translation>
    </message>
    <message>
        <source>Went ahead despite rule %1: %2 Reason given: %3</source>
        <translation>Se continuó pese a la regla %1: %2 Motivo indicado: %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Ejecución %1 finalizada: %2.</translation>
    </message>
    <message>
        <source>Old IS home %1 (%2), new IS home %3 (%4).</source>
        <translation>Carpeta de IS antigua %1 (%2), carpeta de IS nueva %3 (%4).</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationWizard</name>
    <message>
        <source>Help: %1</source>
        <translation>Ayuda: %1</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Cambio no guardado</translation>
    </message>
    <message>
        <source>Still Working</source>
        <translation>Aún en curso</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Atrá&amp;s</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Si&amp;guiente &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Finali&amp;zar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <source>Language of the wizard (%1)</source>
        <translation>Idioma del asistente (%1)</translation>
    </message>
</context>
<context>
    <name>Ismw::OrderRule</name>
    <message>
        <source>No pre-production pilot is recorded in this project. The migration guide asks for a pilot on pre-production with a production-like database before production is migrated.</source>
        <translation>No hay ningún piloto en preproducción registrado en este proyecto. La guía de migración pide un piloto en preproducción con una base de datos similar a la de producción antes de migrar producción.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-production pilot recorded in this project has not been completed (%n run(s) started, none finished). The migration guide asks for a completed pilot before production is migrated.</source>
        <translation>
            <numerusform>El piloto en preproducción registrado en este proyecto no se ha completado (%n ejecución iniciada, ninguna finalizada). La guía de migración pide un piloto completado antes de migrar producción.</numerusform>
            <numerusform>El piloto en preproducción registrado en este proyecto no se ha completado (%n ejecuciones iniciadas, ninguna finalizada). La guía de migración pide un piloto completado antes de migrar producción.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::PathChecks</name>
    <message>
        <source>old home</source>
        <extracomment>Put into sentences such as &quot;Choose %1 as the %2.&quot;: the old or the new IS home folder.</extracomment>
        <translation>carpeta antigua</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>carpeta nueva</translation>
    </message>
    <message>
        <source>%1 says “%2”</source>
        <translation>%1 indica «%2»</translation>
    </message>
    <message>
        <source>The old home is not usable</source>
        <translation>La carpeta antigua no es utilizable</translation>
    </message>
    <message>
        <source>The new home is not usable</source>
        <translation>La carpeta nueva no es utilizable</translation>
    </message>
    <message>
        <source>Choose %1 as the %2.</source>
        <translation>Elija %1 como %2.</translation>
    </message>
    <message>
        <source>Choose the folder of the extracted WSO2 Identity Server (the one holding bin/ and repository/) as the %1.</source>
        <translation>Elija como %1 la carpeta del WSO2 Identity Server extraído (la que contiene bin/ y repository/).</translation>
    </message>
    <message>
        <source>The old home&apos;s release is unknown</source>
        <translation>La versión de la carpeta antigua es desconocida</translation>
    </message>
    <message>
        <source>The new home&apos;s release is unknown</source>
        <translation>La versión de la carpeta nueva es desconocida</translation>
    </message>
    <message>
        <source>%1 is an IS home, but no file in it names its release. %2</source>
        <translation>%1 es una carpeta de IS, pero ningún archivo en ella indica su versión. %2</translation>
    </message>
    <message>
        <source>Restore bin/version.txt from the release&apos;s distribution.</source>
        <translation>Restaure bin/version.txt a partir de la distribución de la versión.</translation>
    </message>
    <message>
        <source>Old home: WSO2 Identity Server %1</source>
        <translation>Carpeta antigua: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source>New home: WSO2 Identity Server %1</source>
        <translation>Carpeta nueva: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source> (kernel %1)</source>
        <translation> (kernel %1)</translation>
    </message>
    <message>
        <source>%1 is %2 %3%4.</source>
        <translation>%1 es %2 %3%4.</translation>
    </message>
    <message>
        <source>The release is read from: %1.</source>
        <translation>La versión se lee de: %1.</translation>
    </message>
    <message>
        <source>Check the version files of the %1 against the release you installed.</source>
        <translation>Compare los archivos de versión de la %1 con la versión que instaló.</translation>
    </message>
    <message>
        <source>The old home&apos;s version files disagree</source>
        <translation>Los archivos de versión de la carpeta antigua no coinciden</translation>
    </message>
    <message>
        <source>The new home&apos;s version files disagree</source>
        <translation>Los archivos de versión de la carpeta nueva no coinciden</translation>
    </message>
    <message>
        <source>Find out which release the %1 really is (its update level, the distribution it came from) and restore the version files that are wrong.</source>
        <translation>Averigüe qué versión es realmente la %1 (su nivel de actualización, la distribución de la que procede) y restaure los archivos de versión incorrectos.</translation>
    </message>
    <message>
        <source>Needs both homes with a known release; see the checks of the homes above.</source>
        <translation>Requiere ambas carpetas con una versión conocida; consulte las comprobaciones de las carpetas más arriba.</translation>
    </message>
    <message>
        <source>Direction of the migration</source>
        <translation>Sentido de la migración</translation>
    </message>
    <message>
        <source>Both homes are IS %1</source>
        <translation>Ambas carpetas son IS %1</translation>
    </message>
    <message>
        <source>The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: there is nothing to migrate between them.</source>
        <translation>La carpeta antigua (%1) y la carpeta nueva (%2) son ambas WSO2 Identity Server %3: no hay nada que migrar entre ellas.</translation>
    </message>
    <message>
        <source>Choose the extracted newer release as the new home (the newest is %1).</source>
        <translation>Elija como carpeta nueva la versión más reciente extraída (la más reciente es %1).</translation>
    </message>
    <message>
        <source>IS %1 → %2 is a downgrade</source>
        <translation>IS %1 → %2 es una regresión de versión</translation>
    </message>
    <message>
        <source>The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), which is %4. The migration only goes to newer releases; the databases of %2 cannot be used by %4.</source>
        <translation>La carpeta antigua (%1) es WSO2 Identity Server %2, más reciente que la carpeta nueva (%3), que es %4. La migración solo va hacia versiones más recientes; %4 no puede usar las bases de datos de %2.</translation>
    </message>
    <message>
        <source>Check that the homes are not swapped: the old home is the one in use, the new home the newer release you extracted.</source>
        <translation>Compruebe que las carpetas no estén intercambiadas: la carpeta antigua es la que está en uso; la nueva, la versión más reciente que extrajo.</translation>
    </message>
    <message>
        <source>IS %1 → %2</source>
        <translation>IS %1 → %2</translation>
    </message>
    <message>
        <source>An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).</source>
        <translation>Una actualización de WSO2 Identity Server %1 (%2) a %3 (%4).</translation>
    </message>
    <message>
        <source>Target release</source>
        <translation>Versión de destino</translation>
    </message>
    <message>
        <source>Needs the new home with a known release; see the check of the new home above.</source>
        <translation>Requiere la carpeta nueva con una versión conocida; consulte la comprobación de la carpeta nueva más arriba.</translation>
    </message>
    <message>
        <source>IS %1 is the newest release</source>
        <translation>IS %1 es la versión más reciente</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is the newest release this wizard knows.</source>
        <translation>El destino, WSO2 Identity Server %1, es la versión más reciente que conoce este asistente.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the target</source>
        <translation>IS %1 es más reciente que el destino</translation>
    </message>
    <message>
        <source>The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends migrating to the latest release: each later migration walks every step again, and older releases stop getting updates first.</source>
        <translation>El destino es WSO2 Identity Server %1, pero ya ha salido %2. WSO2 recomienda migrar a la última versión: cada migración posterior vuelve a recorrer todos los pasos, y las versiones antiguas son las primeras en dejar de recibir actualizaciones.</translation>
    </message>
    <message>
        <source>Extract IS %1 and choose it as the new home, unless there is a reason to stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).</source>
        <translation>Extraiga IS %1 y elíjala como carpeta nueva, salvo que haya un motivo para detenerse en %2 (por ejemplo, la parada en 5.10.0 que necesitan los datos de H2 embebido).</translation>
    </message>
    <message>
        <source>IS %1 is newer than the wizard&apos;s rules</source>
        <translation>IS %1 es más reciente que las reglas del asistente</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is newer than the newest release this wizard knows (%2): its configuration rules end at %2, so changes of %1 are not checked.</source>
        <translation>El destino, WSO2 Identity Server %1, es más reciente que la versión más reciente que conoce este asistente (%2): sus reglas de configuración terminan en %2, por lo que los cambios de %1 no se comprueban.</translation>
    </message>
    <message>
        <source>Look for a newer version of the wizard, or read the migration guide of %1 for the changes after %2.</source>
        <translation>Busque una versión más reciente del asistente o lea la guía de migración de %1 para los cambios posteriores a %2.</translation>
    </message>
    <message>
        <source>IS %1 is not a release the wizard knows</source>
        <translation>IS %1 no es una versión que conozca el asistente</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is not one of the releases this wizard knows (%2 to %3); the newest is %3.</source>
        <translation>El destino, WSO2 Identity Server %1, no es ninguna de las versiones que conoce este asistente (de %2 a %3); la más reciente es %3.</translation>
    </message>
    <message>
        <source>Check the version files of the new home, and migrate to %1 if you can.</source>
        <translation>Compruebe los archivos de versión de la carpeta nueva y migre a %1 si es posible.</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>Pasos de versión</translation>
    </message>
    <message>
        <source>There are no release steps from %1 to %2.</source>
        <translation>No hay pasos de versión de %1 a %2.</translation>
    </message>
    <message>
        <source>No rules for IS %1 → %2</source>
        <translation>No hay reglas para IS %1 → %2</translation>
    </message>
    <message>
        <source>The wizard&apos;s configuration rules cover the releases %1 to %2; the way from %3 to %4 is not among them, so the configuration changes it brings are not checked.</source>
        <translation>Las reglas de configuración del asistente abarcan las versiones %1 a %2; el camino de %3 a %4 no está entre ellas, por lo que los cambios de configuración que conlleva no se comprueban.</translation>
    </message>
    <message>
        <source>Read WSO2&apos;s migration guide for each release step on the way.</source>
        <translation>Lea la guía de migración de WSO2 para cada paso de versión del camino.</translation>
    </message>
    <message>
        <source>%1 (blocker): %2</source>
        <translation>%1 (bloqueante): %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4, %5)</source>
        <translation>%1: %2 (%3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic edit(s)</source>
        <translation>
            <numerusform>%n edición automática</numerusform>
            <numerusform>%n ediciones automáticas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release step(s) from IS %1 to %2</source>
        <translation>
            <numerusform>%n paso de versión de IS %1 a %2</numerusform>
            <numerusform>%n pasos de versión de IS %1 a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration client walks every release step from %1 to %2: %3.</source>
        <translation>El cliente de migración recorre todos los pasos de versión de %1 a %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n further rule(s) apply to every migration.</source>
        <translation>
            <numerusform>%n regla más se aplica a toda migración.</numerusform>
            <numerusform>%n reglas más se aplican a toda migración.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Entre ellas: %1</translation>
    </message>
    <message>
        <source>Some steps have rules that block the migration when the configuration matches them; the Configuration page checks the old deployment.toml against every rule and shows which apply.</source>
        <translation>Algunos pasos tienen reglas que bloquean la migración cuando la configuración coincide con ellas; la página Configuración compara el deployment.toml antiguo con cada regla y muestra cuáles se aplican.</translation>
    </message>
    <message>
        <source>Embedded H2 databases</source>
        <translation>Bases de datos H2 embebidas</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home above.</source>
        <translation>Requiere la carpeta antigua; consulte la comprobación de la carpeta antigua más arriba.</translation>
    </message>
    <message>
        <source>The configuration %1 could not be read, so the wizard cannot tell whether the old deployment uses H2; the Configuration page says why.</source>
        <translation>No se pudo leer la configuración %1, por lo que el asistente no puede determinar si la instalación antigua usa H2; la página Configuración indica el motivo.</translation>
    </message>
    <message>
        <source>The old home has no %1, so the wizard cannot tell whether it uses H2.</source>
        <translation>La carpeta antigua no tiene %1, por lo que el asistente no puede determinar si usa H2.</translation>
    </message>
    <message>
        <source>No database configured</source>
        <translation>No hay ninguna base de datos configurada</translation>
    </message>
    <message>
        <source>%1 names no database, so the server runs on its built-in defaults: the embedded H2 databases under repository/database/.</source>
        <translation>%1 no indica ninguna base de datos, por lo que el servidor funciona con sus valores predeterminados integrados: las bases de datos H2 embebidas de repository/database/.</translation>
    </message>
    <message>
        <source>Check where the old server&apos;s data really is before the migration; the Configuration page shows the file&apos;s database settings.</source>
        <translation>Compruebe dónde están realmente los datos del servidor antiguo antes de la migración; la página Configuración muestra los ajustes de base de datos del archivo.</translation>
    </message>
    <message>
        <source>No embedded H2 database</source>
        <translation>No hay ninguna base de datos H2 embebida</translation>
    </message>
    <message>
        <source>%1 uses no H2 database (%2).</source>
        <translation>%1 no usa ninguna base de datos H2 (%2).</translation>
    </message>
    <message>
        <source>H2 in use: %1</source>
        <translation>H2 en uso: %1</translation>
    </message>
    <message>
        <source>Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to 5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves the data behind.</source>
        <translation>Los datos de H2 embebido de versiones anteriores a 5.10.0 solo se pueden trasladar migrando primero a 5.10.0 y convirtiendo allí los archivos H2; pasar de %1 a %2 de una vez deja los datos atrás.</translation>
    </message>
    <message>
        <source>Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 to %1; or move the data to a production database before the migration.</source>
        <translation>Migre primero a 5.10.0 y convierta allí los archivos H2; después migre de 5.10.0 a %1. O bien traslade los datos a una base de datos de producción antes de la migración.</translation>
    </message>
    <message>
        <source>This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: convert the H2 files there before going on.</source>
        <translation>Esta es la parada en 5.10.0 que necesitan los datos de H2 embebido de versiones anteriores a 5.10.0: convierta allí los archivos H2 antes de continuar.</translation>
    </message>
    <message>
        <source>Convert the H2 files after migrating to 5.10.0, before any later migration.</source>
        <translation>Convierta los archivos H2 tras migrar a 5.10.0, antes de cualquier migración posterior.</translation>
    </message>
    <message>
        <source>6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old version wrote: they have to be converted (WSO2&apos;s H2 migration tool) before %1 starts. Homes on 5.11.0 with update level 111 or later already write the new format.</source>
        <translation>6.0.0 pasa de H2 1.4.199 a H2 2.1.210, que no puede abrir los archivos escritos por la versión antigua: hay que convertirlos (con la herramienta de migración de H2 de WSO2) antes de iniciar %1. Las carpetas con 5.11.0 y nivel de actualización 111 o posterior ya escriben el formato nuevo.</translation>
    </message>
    <message>
        <source>Convert the H2 files with WSO2&apos;s H2 migration tool before starting %1, or move the data to a production database.</source>
        <translation>Convierta los archivos H2 con la herramienta de migración de H2 de WSO2 antes de iniciar %1, o traslade los datos a una base de datos de producción.</translation>
    </message>
    <message>
        <source>Plan moving the data to a production database; until then copy the H2 files to the new home with the rest of its data.</source>
        <translation>Planifique el traslado de los datos a una base de datos de producción; mientras tanto, copie los archivos H2 a la carpeta nueva junto con el resto de sus datos.</translation>
    </message>
    <message>
        <source>%1 uses embedded H2: %2.</source>
        <translation>%1 usa H2 embebido: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisiteChecks</name>
    <message>
        <source>IS homes</source>
        <translation>Carpetas de IS</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Ruta de migración</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Disco y memoria</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>Customizations to carry over</source>
        <translation>Personalizaciones que trasladar</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisitesPage</name>
    <message>
        <source>✔ pass</source>
        <translation>✔ correcto</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ advertencia</translation>
    </message>
    <message>
        <source>✖ blocker</source>
        <translation>✖ bloqueante</translation>
    </message>
    <message>
        <source>– not applicable</source>
        <translation>– no aplicable</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Requisitos previos</translation>
    </message>
    <message>
        <source>Choose the IS home in use now and the unpacked home of the release to migrate to. The wizard reads their releases from their files.</source>
        <translation>Elija la carpeta de IS en uso actualmente y la carpeta descomprimida de la versión a la que migrar. El asistente lee sus versiones de sus archivos.</translation>
    </message>
    <message>
        <source>Choose the Old IS Home</source>
        <translation>Elegir la carpeta de IS antigua</translation>
    </message>
    <message>
        <source>Choose the New IS Home</source>
        <translation>Elegir la carpeta de IS nueva</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(Carbon kernel %1)</source>
        <translation>(kernel de Carbon %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) to carry over, e.g. %1.</source>
        <translation>
            <numerusform>%n personalización que trasladar, p. ej. %1.</numerusform>
            <numerusform>%n personalizaciones que trasladar, p. ej. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IS homes…</source>
        <translation>Leyendo las carpetas de IS…</translation>
    </message>
    <message>
        <source>Choose the old IS home.</source>
        <translation>Elija la carpeta de IS antigua.</translation>
    </message>
    <message>
        <source>The old IS home is not usable: see above.</source>
        <translation>La carpeta de IS antigua no es utilizable: consulte más arriba.</translation>
    </message>
    <message>
        <source>Choose the new IS home.</source>
        <translation>Elija la carpeta de IS nueva.</translation>
    </message>
    <message>
        <source>The new IS home is not usable: see above.</source>
        <translation>La carpeta de IS nueva no es utilizable: consulte más arriba.</translation>
    </message>
    <message>
        <source>The new home (%1) must be a later release than the old one (%2): choose the homes the other way round, or the unpacked new release.</source>
        <translation>La carpeta nueva (%1) debe ser una versión posterior a la antigua (%2): elija las carpetas al revés, o la nueva versión descomprimida.</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Ejecutando las comprobaciones…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.</source>
        <translation>
            <numerusform>%n bloqueante que corregir (y luego Volver a ejecutar comprobaciones) o aceptar con un motivo: %1.</numerusform>
            <numerusform>%n bloqueantes que corregir (y luego Volver a ejecutar comprobaciones) o aceptar con un motivo: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Confirm the backup of the old home and its databases.</source>
        <translation>Confirme la copia de seguridad de la carpeta antigua y de sus bases de datos.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptado</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a check to see what it found.</source>
        <translation>Elija una comprobación para ver qué ha encontrado.</translation>
    </message>
    <message>
        <source>Concerns: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Afecta a: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Qué hacer:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Decisión:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>This cannot be accepted: choose other homes.</source>
        <translation>Esto no se puede aceptar: elija otras carpetas.</translation>
    </message>
    <message>
        <source>carried over to the new home</source>
        <translation>trasladado a la carpeta nueva</translation>
    </message>
    <message>
        <source>From %1 to %2: %3, %4, %5.</source>
        <translation>De %1 a %2: %3, %4, %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n bloqueante</numerusform>
            <numerusform>%n bloqueantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n superada</numerusform>
            <numerusform>%n superadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) still to decide.</source>
        <translation>
            <numerusform>%n personalización aún por decidir.</numerusform>
            <numerusform>%n personalizaciones aún por decidir.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks run when both homes are chosen.</source>
        <translation>Las comprobaciones se ejecutan cuando se han elegido ambas carpetas.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;checks&lt;/b&gt; then look at what the migration needs: the release steps it crosses and what each changes, H2 in use, free disk space and memory, the Java runtime each release would run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until it is fixed (&lt;b&gt;Run Checks Again&lt;/b&gt;) or accepted with a reason, for example when the server runs on another machine with its own Java. Mark each customization &lt;b&gt;done&lt;/b&gt; once it is in the new home, or &lt;b&gt;not needed&lt;/b&gt; with a reason. Results and decisions go into the project and its journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La &lt;b&gt;carpeta de IS antigua&lt;/b&gt; es la carpeta del Identity Server en uso actualmente (contiene &lt;i&gt;bin/&lt;/i&gt; y &lt;i&gt;repository/&lt;/i&gt;). La &lt;b&gt;carpeta de IS nueva&lt;/b&gt; es la versión más reciente, descargada y descomprimida pero aún no iniciada contra sus bases de datos.&lt;/p&gt;&lt;p&gt;El asistente lee la versión de cada carpeta de sus archivos y rechaza una carpeta que no sea una carpeta de IS, indicando qué falta. La migración debe ir hacia delante: la nueva versión debe ser posterior a la antigua y debería ser la más reciente.&lt;/p&gt;&lt;p&gt;Las &lt;b&gt;comprobaciones&lt;/b&gt; examinan después lo que necesita la migración: los pasos de versión que atraviesa y lo que cambia cada uno, H2 en uso, espacio libre en disco y memoria, el entorno de ejecución de Java con el que funcionaría cada versión (JAVA_HOME o, si no, PATH) y las personalizaciones de la carpeta antigua que le faltan a la nueva: jars, controladores JDBC, almacenes de usuarios, almacenes de claves, aplicaciones web, inquilinos y archivos de configuración modificados.&lt;/p&gt;&lt;p&gt;Un &lt;b&gt;bloqueante&lt;/b&gt; mantiene desactivado Siguiente hasta que se corrige (&lt;b&gt;Volver a ejecutar comprobaciones&lt;/b&gt;) o se acepta con un motivo, por ejemplo cuando el servidor funciona en otra máquina con su propio Java. Marque cada personalización como &lt;b&gt;hecho&lt;/b&gt; cuando esté en la carpeta nueva, o como &lt;b&gt;no necesario&lt;/b&gt; con un motivo. Los resultados y las decisiones se guardan en el proyecto y en su diario.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::ProductionEstimate</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>No estimate for %1: it has not run to completion on an environment below %2. Run it there first (a real run, not a dry run) to measure its speed.</source>
        <translation>No hay estimación para %1: no se ha ejecutado hasta el final en un entorno inferior a %2. Ejecútelo allí primero (una ejecución real, no una simulación) para medir su velocidad.</translation>
    </message>
    <message>
        <source>%1: %2 rows removed in %3 (%4 rows/s)</source>
        <translation>%1: %2 filas eliminadas en %3 (%4 filas/s)</translation>
    </message>
    <message>
        <source>No estimate for %1: run a dry run on %2 to count its rows (%3).</source>
        <translation>No hay estimación para %1: realice una simulación en %2 para contar sus filas (%3).</translation>
    </message>
    <message>
        <source>%1 — %2; the %3 dry run counted %4 eligible rows → about %5.</source>
        <translation>%1 — %2; la simulación en %3 contó %4 filas aptas → aproximadamente %5.</translation>
    </message>
    <message>
        <source>No estimate for %1: no cleanup has run on a lower environment and no dry run on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.</source>
        <translation>No hay estimación para %1: no se ha ejecutado ninguna limpieza en un entorno inferior y ninguna simulación en %1 ha contado filas. Ejecute la limpieza en un entorno inferior y una simulación en %1.</translation>
    </message>
    <message>
        <source>No estimate for %1 yet: see each script for what is missing.</source>
        <translation>Aún no hay estimación para %1: consulte en cada script lo que falta.</translation>
    </message>
    <message>
        <source>Cleanup on %1: about %2 in total.</source>
        <translation>Limpieza en %1: aproximadamente %2 en total.</translation>
    </message>
    <message>
        <source>Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not included.</source>
        <translation>Limpieza en %1: al menos %2 para los scripts que se pudieron estimar; los demás no están incluidos.</translation>
    </message>
    <message>
        <source>An estimate, not a promise: load, hardware and indexes on %1 differ from the environments measured. Where a script ran more than once, the slowest run is used, and every figure is rounded up.</source>
        <translation>Una estimación, no una promesa: la carga, el hardware y los índices de %1 difieren de los entornos medidos. Cuando un script se ejecutó más de una vez, se usa la ejecución más lenta, y todas las cifras se redondean al alza.</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectPage</name>
    <message>
        <source>Migration projects (*.ismig)</source>
        <translation>Proyectos de migración (*.ismig)</translation>
    </message>
    <message>
        <source>Migration project</source>
        <translation>Proyecto de migración</translation>
    </message>
    <message>
        <source>One project file follows a migration through every environment, from development to production. Choose it, the environment you migrate now, and who you are.</source>
        <translation>Un archivo de proyecto sigue una migración a través de todos los entornos, de desarrollo a producción. Elíjalo, así como el entorno que migra ahora y quién es usted.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A migration moves each environment in turn: development first, then test, then a pilot on pre-production with a production-like database, and production last. One project file (&lt;i&gt;*.ismig&lt;/i&gt;) records all of them, so what dev and pre-prod found and how long their database cleanup took is in front of you when production comes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New Project&lt;/b&gt; starts a project file; &lt;b&gt;Open Project&lt;/b&gt; continues one. Choose the environment you migrate now and enter your name: every decision is journaled under it.&lt;/p&gt;&lt;p&gt;Production cannot start before a completed pre-production pilot is recorded, unless you acknowledge that with a reason. The reason goes into the journal and the final report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Una migración recorre cada entorno por turnos: primero desarrollo, luego pruebas, después un piloto en preproducción con una base de datos similar a la de producción y, por último, producción. Un único archivo de proyecto (&lt;i&gt;*.ismig&lt;/i&gt;) los registra todos, de modo que lo que encontraron desarrollo y preproducción, y cuánto tardó su limpieza de base de datos, está a la vista cuando llega producción.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Nuevo proyecto&lt;/b&gt; crea un archivo de proyecto; &lt;b&gt;Abrir proyecto&lt;/b&gt; continúa uno existente. Elija el entorno que migra ahora e introduzca su nombre: cada decisión se registra en el diario con él.&lt;/p&gt;&lt;p&gt;Producción no puede empezar antes de que se registre un piloto en preproducción completado, salvo que lo acepte con un motivo. El motivo se guarda en el diario y en el informe final.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Migration Project</source>
        <translation>Nuevo proyecto de migración</translation>
    </message>
    <message>
        <source>is-migration.ismig</source>
        <translation>is-migration.ismig</translation>
    </message>
    <message>
        <source>Open Migration Project</source>
        <translation>Abrir proyecto de migración</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Borrar esta lista</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Create or open a project file to continue.</source>
        <translation>Cree o abra un archivo de proyecto para continuar.</translation>
    </message>
    <message>
        <source>Name the custom environment.</source>
        <translation>Ponga nombre al entorno personalizado.</translation>
    </message>
    <message>
        <source>Enter your name as the operator of this run.</source>
        <translation>Introduzca su nombre como operador de esta ejecución.</translation>
    </message>
    <message>
        <source>Give the reason for going ahead in a few words (at least %1 characters).</source>
        <translation>Indique en pocas palabras el motivo para continuar (al menos %1 caracteres).</translation>
    </message>
    <message>
        <source>Tick the acknowledgement to go ahead without a completed pre-production pilot.</source>
        <translation>Marque la confirmación para continuar sin un piloto en preproducción completado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · created %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · creado el %3</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>No hay ningún proyecto abierto. Cree un proyecto nuevo para esta migración o abra el que usaron los entornos anteriores.</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectStore</name>
    <message>
        <source>The project file %1 is damaged (%2: %3). It was not changed. Restore it from your backup; if the wizard ever upgraded its format, the copy it made then lies beside it (*.schema-N.bak).</source>
        <translation>El archivo de proyecto %1 está dañado (%2: %3). No se ha modificado. Restáurelo desde su copia de seguridad; si el asistente actualizó alguna vez su formato, la copia que hizo entonces está a su lado (*.schema-N.bak).</translation>
    </message>
    <message>
        <source>Could not %1 in the project file %2: %3. Check that the disk is not full and the file is writable; the change was not saved.</source>
        <extracomment>%1 is what was being done, from the messages &quot;open&quot;, &quot;read&quot;, &quot;check&quot;, &quot;commit&quot;, &quot;set up&quot; (an infinitive), %2 the file&apos;s path, %3 the database&apos;s own error text.</extracomment>
        <translation>No se pudo %1 en el archivo de proyecto %2: %3. Compruebe que el disco no esté lleno y que se pueda escribir en el archivo; el cambio no se ha guardado.</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>preparar una sentencia</translation>
    </message>
    <message>
        <source>write</source>
        <translation>escribir</translation>
    </message>
    <message>
        <source>No project file is open.</source>
        <translation>No hay ningún archivo de proyecto abierto.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>iniciar una transacción</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>confirmar</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Choose an existing *.ismig file or create a new project.</source>
        <translation>El archivo de proyecto %1 no existe. Elija un archivo *.ismig existente o cree un proyecto nuevo.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a migration project file. Choose a *.ismig file.</source>
        <translation>%1 es una carpeta, no un archivo de proyecto de migración. Elija un archivo *.ismig.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>No se pudo leer %1: %2. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a migration project. It was not changed.</source>
        <translation>%1 está vacío, por lo que no es un proyecto de migración. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 is not a migration project file (it is not an SQLite database). It was not changed. Choose a *.ismig file made by the IS Migration Wizard.</source>
        <translation>%1 no es un archivo de proyecto de migración (no es una base de datos SQLite). No se ha modificado. Elija un archivo *.ismig creado por el IS Migration Wizard.</translation>
    </message>
    <message>
        <source>The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there first: two wizards writing one project would mix their records.</source>
        <translation>El proyecto %1 está abierto en otro IS Migration Wizard (proceso %2 en %3). Ciérrelo allí primero: dos asistentes escribiendo en un mismo proyecto mezclarían sus registros.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>abrir</translation>
    </message>
    <message>
        <source>read</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a migration project. It was not changed.</source>
        <translation>%1 es una base de datos SQLite de otro programa, no un proyecto de migración. No se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to format %3). Update the wizard to open it. The file was not changed.</source>
        <translation>%1 se escribió con un IS Migration Wizard más reciente (formato de proyecto %2; esta versión lee hasta el formato %3). Actualice el asistente para abrirlo. El archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobar</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new project.</source>
        <translation>%1 ya existe. Ábralo o elija otro nombre para el proyecto nuevo.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that the folder exists and is writable.</source>
        <translation>No se pudo crear %1. Compruebe que la carpeta exista y que se pueda escribir en ella.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>crear</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>configurar</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; the file was not changed.</source>
        <translation>No se pudo hacer una copia de seguridad de %1 en %2 antes de actualizar su formato. Compruebe que se pueda escribir en la carpeta; el archivo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 has no project format version. It was not changed.</source>
        <translation>%1 no tiene versión de formato de proyecto. No se ha modificado.</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>leer el diario</translation>
    </message>
    <message>
        <source>read the checklist</source>
        <translation>leer la lista de comprobación</translation>
    </message>
    <message>
        <source>The project file %1 has lost its project record. Restore it from a backup.</source>
        <translation>El archivo de proyecto %1 ha perdido su registro de proyecto. Restáurelo desde una copia de seguridad.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReleaseRules</name>
    <message>
        <source>Unknown rule file format; this program reads format 1.</source>
        <translation>Formato de archivo de reglas desconocido; este programa lee el formato 1.</translation>
    </message>
    <message>
        <source>[step] must be a table.</source>
        <translation>[step] debe ser una tabla.</translation>
    </message>
    <message>
        <source>every_migration must be true when it is given.</source>
        <translation>every_migration debe ser true cuando se indica.</translation>
    </message>
    <message>
        <source>A step must go to a newer release.</source>
        <translation>Un paso debe ir a una versión más reciente.</translation>
    </message>
    <message>
        <source>Rules are written as [[rule]] tables.</source>
        <translation>Las reglas se escriben como tablas [[rule]].</translation>
    </message>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>Clave desconocida «%1».</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>Falta «%1».</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>«%1» debe ser una cadena.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>«%1» no debe estar vacío.</translation>
    </message>
    <message>
        <source>“%1” must be a string or an array of strings.</source>
        <translation>«%1» debe ser una cadena o una matriz de cadenas.</translation>
    </message>
    <message>
        <source>“%1” is not a key path.</source>
        <translation>«%1» no es una ruta de clave.</translation>
    </message>
    <message>
        <source>A regular expression must be a string.</source>
        <translation>Una expresión regular debe ser una cadena.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation>Expresión regular no válida: %1.</translation>
    </message>
    <message>
        <source>A release must be a string such as &quot;7.1.0&quot;.</source>
        <translation>Una versión debe ser una cadena como &quot;7.1.0&quot;.</translation>
    </message>
    <message>
        <source>“%1” is not a release.</source>
        <translation>«%1» no es una versión.</translation>
    </message>
    <message>
        <source>A value to compare with must be a string, number or boolean.</source>
        <translation>Un valor con el que comparar debe ser una cadena, un número o un booleano.</translation>
    </message>
    <message>
        <source>“%1” is not a key name.</source>
        <translation>«%1» no es un nombre de clave.</translation>
    </message>
    <message>
        <source>“%1” must be an array.</source>
        <translation>«%1» debe ser una matriz.</translation>
    </message>
    <message>
        <source>“%1” must be a table of key paths.</source>
        <translation>«%1» debe ser una tabla de rutas de clave.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”.</source>
        <translation>Condición desconocida «%1».</translation>
    </message>
    <message>
        <source>value_* and sibling_* conditions need the rule&apos;s path.</source>
        <translation>Las condiciones value_* y sibling_* necesitan la ruta de la regla.</translation>
    </message>
    <message>
        <source>An edit must be a table.</source>
        <translation>Una edición debe ser una tabla.</translation>
    </message>
    <message>
        <source>Unknown edit action “%1”.</source>
        <translation>Acción de edición desconocida «%1».</translation>
    </message>
    <message>
        <source>“%1” does not belong to a %2 edit.</source>
        <translation>«%1» no pertenece a una edición %2.</translation>
    </message>
    <message>
        <source>An edit names either a key beside the rule&apos;s key or a target path, not both.</source>
        <translation>Una edición indica o bien una clave junto a la clave de la regla o bien una ruta de destino, no ambas.</translation>
    </message>
    <message>
        <source>A target path cannot contain &apos;*&apos;.</source>
        <translation>Una ruta de destino no puede contener &apos;*&apos;.</translation>
    </message>
    <message>
        <source>An append edit&apos;s value must be an array.</source>
        <translation>El valor de una edición append debe ser una matriz.</translation>
    </message>
    <message>
        <source>A map edit needs a table of old value = new value.</source>
        <translation>Una edición map necesita una tabla de valor antiguo = valor nuevo.</translation>
    </message>
    <message>
        <source>An edit of a rule without a path needs a target.</source>
        <translation>Una edición de una regla sin ruta necesita un destino.</translation>
    </message>
    <message>
        <source>“after” cannot contain &apos;*&apos;.</source>
        <translation>«after» no puede contener &apos;*&apos;.</translation>
    </message>
    <message>
        <source>{{%1}} needs the rule&apos;s path.</source>
        <translation>{{%1}} necesita la ruta de la regla.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>Marcador desconocido {{%1}}.</translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use info, warning or blocker.</source>
        <translation>Gravedad desconocida «%1»: use info, warning o blocker.</translation>
    </message>
    <message>
        <source>A rule must be a table.</source>
        <translation>Una regla debe ser una tabla.</translation>
    </message>
    <message>
        <source>A rule id in this file starts with “%1”.</source>
        <translation>Un id de regla de este archivo empieza por «%1».</translation>
    </message>
    <message>
        <source>A rule id is the release, &apos;/&apos;, and lower-case words joined by &apos;-&apos;.</source>
        <translation>Un id de regla es la versión, &apos;/&apos;, y palabras en minúsculas unidas por &apos;-&apos;.</translation>
    </message>
    <message>
        <source>[rule.when] must be a table.</source>
        <translation>[rule.when] debe ser una tabla.</translation>
    </message>
    <message>
        <source>[rule.escalate] must be a table.</source>
        <translation>[rule.escalate] debe ser una tabla.</translation>
    </message>
    <message>
        <source>An escalation must raise the severity.</source>
        <translation>Una escalada debe aumentar la gravedad.</translation>
    </message>
    <message>
        <source>An escalation needs a condition.</source>
        <translation>Una escalada necesita una condición.</translation>
    </message>
    <message>
        <source>This edit needs the rule&apos;s path.</source>
        <translation>Esta edición necesita la ruta de la regla.</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regla «%1»: %2</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Las reglas forman parte del programa: notifique esto como un error.</translation>
    </message>
    <message>
        <source>Correct the rule file; the rules are documented in resources/rules/README.md.</source>
        <translation>Corrija el archivo de reglas; las reglas están documentadas en resources/rules/README.md.</translation>
    </message>
    <message>
        <source>The rule file cannot be read: %1.</source>
        <translation>No se puede leer el archivo de reglas: %1.</translation>
    </message>
    <message>
        <source>The rule file is not valid TOML.</source>
        <translation>El archivo de reglas no es TOML válido.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>el nivel superior</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin definir)</translation>
    </message>
    <message>
        <source>No rule files (*.toml) found.</source>
        <translation>No se encontró ningún archivo de reglas (*.toml).</translation>
    </message>
    <message>
        <source>The id is already used in %1, line %2.</source>
        <translation>El id ya se usa en %1, línea %2.</translation>
    </message>
    <message>
        <source>The step %1 does not continue the step %2 (%3).</source>
        <translation>El paso %1 no continúa el paso %2 (%3).</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportCommand</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>There is no project file %1. Check the path.</source>
        <translation>No existe el archivo de proyecto %1. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the report from the wizard&apos;s report page, or close the project there and run this command again.</source>
        <translation>El proyecto %1 está abierto en el IS Migration Wizard (proceso %2 en %3). Exporte el informe desde la página de informe del asistente, o cierre allí el proyecto y vuelva a ejecutar este comando.</translation>
    </message>
    <message>
        <source>Cannot read %1 into a temporary folder (%2). Check that the file is readable and the disk has room.</source>
        <translation>No se puede leer %1 en una carpeta temporal (%2). Compruebe que el archivo se pueda leer y que haya espacio en el disco.</translation>
    </message>
    <message>
        <source>%1 is in the older project format %2; it was read through an upgraded temporary copy and was not changed. Opening it in the wizard upgrades it.</source>
        <translation>%1 está en el formato de proyecto antiguo %2; se leyó mediante una copia temporal actualizada y no se ha modificado. Al abrirlo en el asistente se actualiza.</translation>
    </message>
    <message>
        <source>To check it without this tool, in %1 run:</source>
        <translation>Para comprobarlo sin esta herramienta, ejecute en %1:</translation>
    </message>
    <message>
        <source>The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed report.</source>
        <translation>El informe de migración de un entorno en PDF, HTML y JSON, firmado; y la comprobación de un informe firmado.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Uso: %1 %2</translation>
    </message>
    <message>
        <source>Run “%1 report export --help” or “%1 report verify --help” for the options.</source>
        <translation>Ejecute «%1 report export --help» o «%1 report verify --help» para ver las opciones.</translation>
    </message>
    <message>
        <source>name a subcommand: export or verify.</source>
        <translation>indique un subcomando: export o verify.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”: use export or verify.</source>
        <translation>subcomando desconocido «%1»: use export o verify.</translation>
    </message>
    <message>
        <source>Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the manifest (.p7s). All files appear together or none does. The project file is read, never changed.
Exit codes: 0 written (also when the verdict is “not ready”: that is the report&apos;s finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the wizard).</source>
        <translation>Escribe el informe de migración de un entorno: el PDF, opcionalmente sus equivalentes HTML y JSON, un manifiesto SHA-256 de ellos (report.pdf.sha256) y, con --sign, firmas CMS del PDF y del manifiesto (.p7s). Aparecen todos los archivos a la vez o ninguno. El archivo de proyecto se lee, nunca se modifica.
Códigos de salida: 0 escrito (también cuando el veredicto es «no listo»: ese es el hallazgo del informe, consulte sus motivos); 2 entrada incorrecta (entorno desconocido, proyecto ilegible, frase de contraseña incorrecta, un certificado que no puede firmar); 3 error de E/S (una carpeta que falta, el proyecto abierto en el asistente).</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>El subcomando.</translation>
    </message>
    <message>
        <source>The migration project file (*.ismig).</source>
        <translation>El archivo de proyecto de migración (*.ismig).</translation>
    </message>
    <message>
        <source>The environment to report on.</source>
        <translation>El entorno sobre el que informar.</translation>
    </message>
    <message>
        <source>Where to write the PDF report.</source>
        <translation>Dónde escribir el informe PDF.</translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation>Escribir también el informe como HTML en este archivo.</translation>
    </message>
    <message>
        <source>Also write the report as JSON (schema ismw-report) to this file.</source>
        <translation>Escribir también el informe como JSON (esquema ismw-report) en este archivo.</translation>
    </message>
    <message>
        <source>Sign with the certificate and key in this PKCS#12 file.</source>
        <translation>Firmar con el certificado y la clave de este archivo PKCS#12.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of stdin.</source>
        <translation>Leer la frase de contraseña de PKCS#12 de la primera línea de stdin.</translation>
    </message>
    <message>
        <source>Report this run of the environment (default: its latest).</source>
        <translation>Informar sobre esta ejecución del entorno (predeterminado: la última).</translation>
    </message>
    <message>
        <source>name one project file.</source>
        <translation>indique un único archivo de proyecto.</translation>
    </message>
    <message>
        <source>name the environment with --environment.</source>
        <translation>indique el entorno con --environment.</translation>
    </message>
    <message>
        <source>name the PDF to write with -o.</source>
        <translation>indique el PDF que escribir con -o.</translation>
    </message>
    <message>
        <source>--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read from stdin, never from the command line.</source>
        <translation>--sign y --pass-stdin van juntos: la frase de contraseña del archivo PKCS#12 se lee de stdin, nunca de la línea de comandos.</translation>
    </message>
    <message>
        <source>--run “%1” is not a run id.</source>
        <translation>--run «%1» no es un id de ejecución.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your signing certificate and key.</source>
        <translation>No existe el archivo de certificado %1. Indique el archivo PKCS#12 (.p12 o .pfx) con su certificado y clave de firma.</translation>
    </message>
    <message>
        <source>No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a file only you can read: --pass-stdin &lt; pass.txt.</source>
        <translation>No hay frase de contraseña en stdin: --pass-stdin la lee de la primera línea, p. ej. de un archivo que solo usted pueda leer: --pass-stdin &lt; pass.txt.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Veredicto para %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Escrito:</translation>
    </message>
    <message>
        <source>Signed by %1, issued by %2, certificate valid until %3.</source>
        <translation>Firmado por %1, emitido por %2, certificado válido hasta %3.</translation>
    </message>
    <message>
        <source>Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and its signature are beside it, every file the manifest lists. With --ca, also that the signer&apos;s certificate was issued by that certificate authority.
Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does not match, a signer the CA does not trust); 2 bad input (no such report or signature).</source>
        <translation>Comprueba un informe firmado: el PDF frente a su firma y, cuando el manifiesto report.pdf.sha256 y su firma están al lado, cada archivo que enumera el manifiesto. Con --ca, comprueba también que el certificado del firmante lo emitió esa autoridad de certificación.
Códigos de salida: 0 verificado; 1 error de verificación (un archivo modificado o que falta, una firma que no coincide, un firmante en el que la CA no confía); 2 entrada incorrecta (no existe el informe o la firma).</translation>
    </message>
    <message>
        <source>The signed PDF report.</source>
        <translation>El informe PDF firmado.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature (default: REPORT.p7s).</source>
        <translation>La firma del PDF (predeterminado: REPORT.p7s).</translation>
    </message>
    <message>
        <source>Check that the signer chains to a CA in this PEM file.</source>
        <translation>Comprobar que la cadena del firmante llega a una CA de este archivo PEM.</translation>
    </message>
    <message>
        <source>name one report PDF.</source>
        <translation>indique un único PDF de informe.</translation>
    </message>
    <message>
        <source>there is no CA file %1.</source>
        <translation>no existe el archivo de CA %1.</translation>
    </message>
    <message>
        <source>not checked: no --ca given</source>
        <translation>no comprobado: no se indicó --ca</translation>
    </message>
    <message>
        <source>trusted by %1</source>
        <translation>de confianza para %1</translation>
    </message>
    <message>
        <source>NOT trusted by %1</source>
        <translation>NO es de confianza para %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Firma: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Firmante: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Firmado el: %1</translation>
    </message>
    <message>
        <source>Report unchanged: %1</source>
        <translation>Informe sin cambios: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>NO COINCIDE</translation>
    </message>
    <message>
        <source>Manifest: none beside the report; only the PDF was checked.</source>
        <translation>Manifiesto: no hay ninguno junto al informe; solo se comprobó el PDF.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Cadena: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Verificado.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>La verificación HA FALLADO.</translation>
    </message>
    <message>
        <source>Manifest %1: %2, %3, %4; signature %5.</source>
        <extracomment>%1 the manifest&apos;s path; %2 files listed, %3 changed, %4 missing (each counted in its own message); %5 the state of its signature.</extracomment>
        <translation>Manifiesto %1: %2, %3, %4; firma %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) listed</source>
        <translation>
            <numerusform>%n archivo listado</numerusform>
            <numerusform>%n archivos listados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n modificado</numerusform>
            <numerusform>%n modificados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n ausente</numerusform>
            <numerusform>%n ausentes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ReportData</name>
    <message>
        <source>passed</source>
        <translation>superada</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>una advertencia</translation>
    </message>
    <message>
        <source>a blocker</source>
        <translation>un bloqueante</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>no aplicable</translation>
    </message>
    <message numerus="yes">
        <source> and %n more (see the checklist)</source>
        <translation>
            <numerusform> y %n más (consulte la lista de comprobación)</numerusform>
            <numerusform> y %n más (consulte la lista de comprobación)</numerusform>
        </translation>
    </message>
    <message>
        <source>The run on %1 was still in progress when this report was made.</source>
        <translation>La ejecución en %1 aún estaba en curso cuando se generó este informe.</translation>
    </message>
    <message>
        <source>The run on %1 was rolled back.</source>
        <translation>La ejecución en %1 se revirtió.</translation>
    </message>
    <message>
        <source>The run on %1 was abandoned before it finished.</source>
        <translation>La ejecución en %1 se abandonó antes de finalizar.</translation>
    </message>
    <message>
        <source>The check %1 is %2 and was not accepted: %3</source>
        <extracomment>%1 is the check&apos;s id, %2 its state (&quot;a warning&quot;, &quot;a blocker&quot;), %3 its summary.</extracomment>
        <translation>La comprobación %1 es %2 y no se aceptó: %3</translation>
    </message>
    <message>
        <source>The automatic check %1 did not pass and was not accepted: %2</source>
        <translation>La comprobación automática %1 no se superó y no se aceptó: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or blocker(s) were accepted with a reason; see the checks.</source>
        <translation>
            <numerusform>%n advertencia o bloqueante se aceptó con un motivo; consulte las comprobaciones.</numerusform>
            <numerusform>%n advertencias o bloqueantes se aceptaron con un motivo; consulte las comprobaciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases were recorded for this run: the migrated system was not verified.</source>
        <translation>No se registró ningún caso de prueba para esta ejecución: el sistema migrado no se verificó.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed: %1.</source>
        <translation>
            <numerusform>%n caso de prueba ha fallado: %1.</numerusform>
            <numerusform>%n casos de prueba han fallado: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are blocked: %1.</source>
        <translation>
            <numerusform>%n caso de prueba está bloqueado: %1.</numerusform>
            <numerusform>%n casos de prueba están bloqueados: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) were not run: %1. A case not run has not shown that the migrated system works.</source>
        <translation>
            <numerusform>%n caso de prueba no se ejecutó: %1. Un caso no ejecutado no ha demostrado que el sistema migrado funcione.</numerusform>
            <numerusform>%n casos de prueba no se ejecutaron: %1. Un caso no ejecutado no ha demostrado que el sistema migrado funcione.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not switch users to the new system on %1 until every reason above is resolved.</source>
        <translation>No pase a los usuarios al nuevo sistema en %1 hasta que se resuelvan todos los motivos anteriores.</translation>
    </message>
    <message>
        <source>If traffic already goes to the new system, route it back to the old environment (load balancer or DNS) and keep the old IS home and its databases untouched.</source>
        <translation>Si el tráfico ya va al nuevo sistema, rediríjalo al entorno antiguo (balanceador de carga o DNS) y no toque la carpeta de IS antigua ni sus bases de datos.</translation>
    </message>
    <message>
        <source>Investigate the failed checks and test cases, and the errors in the server log, before trying again.</source>
        <translation>Investigue las comprobaciones y los casos de prueba fallidos, así como los errores del registro del servidor, antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>If the database cleanup or migration left the databases in a doubtful state, restore them from the backup taken before the migration.</source>
        <translation>Si la limpieza o la migración de la base de datos dejó las bases de datos en un estado dudoso, restáurelas desde la copia de seguridad realizada antes de la migración.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>No listo</translation>
    </message>
    <message>
        <source>The project has no environment “%1”; it has no environments at all yet. Start a run in the wizard first.</source>
        <translation>El proyecto no tiene ningún entorno «%1»; aún no tiene ningún entorno. Inicie primero una ejecución en el asistente.</translation>
    </message>
    <message>
        <source>The project has no environment “%1”. Choose one of: %2.</source>
        <translation>El proyecto no tiene ningún entorno «%1». Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.</source>
        <translation>El entorno %1 aún no tiene ninguna ejecución, así que no hay nada sobre lo que informar. Ejecute primero el asistente en %1.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of the environment %2. Leave the run out to report the latest run of %2.</source>
        <translation>La ejecución %1 no es una ejecución del entorno %2. Omita la ejecución para informar sobre la última ejecución de %2.</translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</source>
        <translation>
            <numerusform>La cadena de hashes del diario se verifica: su %n entrada no se ha modificado ni eliminado.</numerusform>
            <numerusform>La cadena de hashes del diario se verifica: ninguna de sus %n entradas se ha modificado ni eliminado.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain breaks at entry %1: an entry was changed or removed outside the wizard, so the project&apos;s record cannot be trusted. Find out who changed the project file.</source>
        <translation>La cadena de hashes del diario se rompe en la entrada %1: se modificó o eliminó una entrada fuera del asistente, por lo que no se puede confiar en el registro del proyecto. Averigüe quién modificó el archivo de proyecto.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 was cancelled.</source>
        <extracomment>%1 is the script&apos;s file name, %2 the database entry (e.g. identity_db).</extracomment>
        <translation>Se canceló la simulación del script de limpieza %1 en %2.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 failed.</source>
        <translation>Falló la simulación del script de limpieza %1 en %2.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 was cancelled.</source>
        <translation>Se canceló el script de limpieza %1 en %2.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 failed.</source>
        <translation>Falló el script de limpieza %1 en %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportExport</name>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir en %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.</source>
        <translation>No se puede colocar %1: %2. No se exportó nada; elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report.</source>
        <translation>Elija dónde guardar el informe PDF.</translation>
    </message>
    <message>
        <source>%1 is named for two of the exported files. Give each file its own name.</source>
        <translation>%1 es el nombre de dos de los archivos exportados. Asigne a cada archivo su propio nombre.</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist. Create it, or choose another folder.</source>
        <translation>La carpeta %1 para %2 no existe. Créela o elija otra carpeta.</translation>
    </message>
    <message>
        <source>There is no report %1. Check the path.</source>
        <translation>No existe el informe %1. Compruebe la ruta.</translation>
    </message>
    <message>
        <source>There is no signature %1 for the report %2. Name the signature file (report.pdf.p7s) that came with the report, or export the report again with a certificate.</source>
        <translation>No existe la firma %1 para el informe %2. Indique el archivo de firma (report.pdf.p7s) que acompañaba al informe, o vuelva a exportar el informe con un certificado.</translation>
    </message>
    <message>
        <source>The manifest %1 has no signature %2, so the files it lists are not covered by a signature. Use the files as exported, with both signatures.</source>
        <translation>El manifiesto %1 no tiene firma %2, por lo que los archivos que enumera no están cubiertos por una firma. Use los archivos tal como se exportaron, con ambas firmas.</translation>
    </message>
    <message>
        <source>%1 was changed after the report was exported: its SHA-256 no longer matches the manifest %2. Do not rely on it.</source>
        <translation>%1 se modificó después de exportar el informe: su SHA-256 ya no coincide con el manifiesto %2. No confíe en él.</translation>
    </message>
    <message>
        <source>%1, listed in the manifest %2, is missing. Keep the exported files together.</source>
        <translation>Falta %1, que figura en el manifiesto %2. Mantenga juntos los archivos exportados.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportPage</name>
    <message>
        <source>Signed by %1 (certificate issued by %2)</source>
        <translation>Firmado por %1 (certificado emitido por %2)</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <extracomment>%1 is &quot;Signed by &lt;subject&gt; (certificate issued by &lt;issuer&gt;)&quot;, %2 the signing time</extracomment>
        <translation>%1 el %2.</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>The record of this environment&apos;s migration for the change board or auditor: export it, sign it with your certificate, and check a signed report.</source>
        <translation>El registro de la migración de este entorno para el comité de cambios o el auditor: expórtelo, fírmelo con su certificado y compruebe un informe firmado.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Exportar informe</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Your Certificate</source>
        <translation>Elegir su certificado</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>Archivos PKCS#12 (*.p12 *.pfx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open Signed Report</source>
        <translation>Abrir informe firmado</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>Documentos PDF (*.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation>Elegir certificados de CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificados PEM (*.pem *.crt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report covers the latest run on this environment: the verdict and why, the homes and releases, every check with the reasons given for accepting it, the configuration decisions, the cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, the log scan, the journal, and the production time estimate with its basis.&lt;/p&gt;&lt;p&gt;Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) with the SHA-256 of each file. Signing adds a CMS detached signature of the PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) and one of the manifest, with your certificate from a PKCS#12 file. The passphrase is used once and never stored.&lt;/p&gt;&lt;p&gt;Anyone can check a signed report without this tool; the commands are in the report&apos;s appendix: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, the same for the manifest, and &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Check Signature&lt;/b&gt; does the same here and names any file that changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;El informe abarca la última ejecución en este entorno: el veredicto y su porqué, las carpetas y versiones, cada comprobación con los motivos indicados para aceptarla, las decisiones de configuración, las ejecuciones de limpieza con sus recuentos y duraciones, los casos de prueba con el SHA-256 de su evidencia, el análisis del registro, el diario y la estimación de tiempo para producción con su base.&lt;/p&gt;&lt;p&gt;Exportar escribe el PDF y, si se elige, una copia HTML y un equivalente JSON para máquinas, además de un manifiesto (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) con el SHA-256 de cada archivo. La firma añade una firma CMS separada del PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) y otra del manifiesto, con su certificado de un archivo PKCS#12. La frase de contraseña se usa una vez y nunca se guarda.&lt;/p&gt;&lt;p&gt;Cualquiera puede comprobar un informe firmado sin esta herramienta; los comandos están en el apéndice del informe: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, lo mismo para el manifiesto, y &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Comprobar firma&lt;/b&gt; hace lo mismo aquí e indica cualquier archivo que haya cambiado.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The report is being written. Wait until the export has finished.</source>
        <translation>Se está escribiendo el informe. Espere a que termine la exportación.</translation>
    </message>
    <message>
        <source>Finish Without a Report</source>
        <translation>Finalizar sin informe</translation>
    </message>
    <message>
        <source>No report was exported in this session. Finish anyway? The project keeps everything, and the report can be exported later from the project.</source>
        <translation>No se ha exportado ningún informe en esta sesión. ¿Finalizar de todos modos? El proyecto lo conserva todo y el informe se puede exportar más tarde desde el proyecto.</translation>
    </message>
    <message>
        <source>Run finished with the verdict “%1”.</source>
        <translation>Ejecución finalizada con el veredicto «%1».</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Ejecución finalizada.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Veredicto para %1: %2</translation>
    </message>
    <message>
        <source>%1 → %2, run by %3, started %4.</source>
        <translation>%1 → %2, ejecutada por %3, iniciada el %4.</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Reversión:</translation>
    </message>
    <message>
        <source>Production estimate:</source>
        <translation>Estimación para producción:</translation>
    </message>
    <message>
        <source>no cleanup run was recorded on a lower environment, so there is nothing to scale.</source>
        <translation>no se registró ninguna ejecución de limpieza en un entorno inferior, por lo que no hay nada que extrapolar.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Escribiendo el informe…</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>Escrito: %1.</translation>
    </message>
    <message>
        <source>Signed as %1 (certificate valid until %2).</source>
        <translation>Firmado como %1 (certificado válido hasta %2).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Sin firmar.</translation>
    </message>
    <message>
        <source>Report with the verdict “%1” exported to %2%3.</source>
        <translation>Informe con el veredicto «%1» exportado a %2%3.</translation>
    </message>
    <message>
        <source>, signed as %1</source>
        <translation>, firmado como %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>El informe está intacto.</translation>
    </message>
    <message>
        <source>The report does not verify.</source>
        <translation>El informe no se verifica.</translation>
    </message>
    <message>
        <source>Who signed was not checked: choose the CA certificates to check it.</source>
        <translation>No se comprobó quién firmó: elija los certificados de CA para comprobarlo.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the CA given.</source>
        <translation>La cadena del certificado del firmante llega a la CA indicada.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the manifest checked.</source>
        <translation>
            <numerusform>%n archivo del manifiesto comprobado.</numerusform>
            <numerusform>%n archivos del manifiesto comprobados.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest next to the report: only the PDF was checked.</source>
        <translation>No hay manifiesto junto al informe: solo se comprobó el PDF.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intacto</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportRenderer</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>No aplicable</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>No ejecutado</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>N/A</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>Informe de migración: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 → %2</source>
        <translation>WSO2 Identity Server %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ejecución</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, de %2 a %3 (%4)</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Informe generado</translation>
    </message>
    <message>
        <source>%1 by IS Migration Wizard %2</source>
        <translation>%1 por IS Migration Wizard %2</translation>
    </message>
    <message>
        <source>Why it is not ready:</source>
        <translation>Por qué no está listo:</translation>
    </message>
    <message>
        <source>Also note:</source>
        <translation>Tenga en cuenta también:</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>Column of the homes table: &quot;Old&quot; or &quot;New&quot;.</extracomment>
        <translation>Lado</translation>
    </message>
    <message>
        <source>IS home</source>
        <translation>Carpeta de IS</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Antigua</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Ejecución anterior</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Homes and releases</source>
        <translation>Carpetas y versiones</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>No hay nada registrado.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Summary and details</source>
        <translation>Resumen y detalles</translation>
    </message>
    <message>
        <source>Accepted with the reason</source>
        <translation>Aceptado con el motivo</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Corrección: %1</translation>
    </message>
    <message>
        <source>Acknowledged risks</source>
        <translation>Riesgos aceptados</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Columns of the accepted risks: who accepted it (&quot;By&quot;) and when.</extracomment>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Cambios de configuración</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Limpieza de base de datos</translation>
    </message>
    <message>
        <source>No cleanup ran in this run.</source>
        <translation>No se ejecutó ninguna limpieza en esta ejecución.</translation>
    </message>
    <message>
        <source>Database and script</source>
        <translation>Base de datos y script</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Filas antes</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Aptas</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Filas después</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Simulación</translation>
    </message>
    <message>
        <source>Real run</source>
        <translation>Ejecución real</translation>
    </message>
    <message>
        <source>Messages of %1 on %2:</source>
        <translation>Mensajes de %1 en %2:</translation>
    </message>
    <message>
        <source>Time estimate for the cleanup on %1</source>
        <translation>Estimación de tiempo de la limpieza en %1</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Casos de prueba</translation>
    </message>
    <message>
        <source>No test cases were recorded.</source>
        <translation>No se registró ningún caso de prueba.</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Caso de prueba</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation>Evidencia (SHA-256)</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Esperado: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.</source>
        <translation>%1 casos: %2 superados, %3 fallidos, %4 bloqueados, %5 no ejecutados, %6 no aplicables.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>No server log was scanned in this run.</source>
        <translation>No se analizó ningún registro del servidor en esta ejecución.</translation>
    </message>
    <message>
        <source>Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.</source>
        <translation>Archivos: %1. Desde: %2. Líneas leídas: %3. Errores: %4, fatales: %5.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Level and logger</source>
        <translation>Nivel y logger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>First and last</source>
        <translation>Primero y último</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>The manifest %1 lists the SHA-256 of every exported file: %2.</source>
        <translation>El manifiesto %1 enumera el SHA-256 de cada archivo exportado: %2.</translation>
    </message>
    <message>
        <source>A PDF cannot contain its own hash: this PDF is covered by its signature %1 and by the manifest, not by a hash printed here.</source>
        <translation>Un PDF no puede contener su propio hash: este PDF está cubierto por su firma %1 y por el manifiesto, no por un hash impreso aquí.</translation>
    </message>
    <message>
        <source>The report and the manifest are signed (CMS, SHA-256). To check them without this tool, run these commands in the folder that holds the files:</source>
        <translation>El informe y el manifiesto están firmados (CMS, SHA-256). Para comprobarlos sin esta herramienta, ejecute estos comandos en la carpeta que contiene los archivos:</translation>
    </message>
    <message>
        <source>This export was not signed. Once it is signed, these commands in the folder that holds the files check it without this tool:</source>
        <translation>Esta exportación no se firmó. Una vez firmada, estos comandos, ejecutados en la carpeta que contiene los archivos, la comprueban sin esta herramienta:</translation>
    </message>
    <message>
        <source>“-noverify” checks that the files are unchanged since they were signed; replace it with “-CAfile CA.pem” (your certificate authority) to check the signer as well. Each command must end without an error, and sha256sum must print OK for every file.</source>
        <translation>«-noverify» comprueba que los archivos no han cambiado desde que se firmaron; sustitúyalo por «-CAfile CA.pem» (su autoridad de certificación) para comprobar también el firmante. Cada comando debe terminar sin errores y sha256sum debe imprimir OK para cada archivo.</translation>
    </message>
    <message>
        <source>Appendix: verifying this report</source>
        <translation>Apéndice: verificación de este informe</translation>
    </message>
    <message>
        <source>Migration report: %1 — %2</source>
        <translation>Informe de migración: %1 — %2</translation>
    </message>
    <message>
        <source>Rollback guidance</source>
        <translation>Indicaciones para la reversión</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Comprobaciones automáticas</translation>
    </message>
    <message>
        <source>Cannot write the PDF: the program runs without its graphics layer (QGuiApplication). Export HTML or JSON instead, or report this as a bug.</source>
        <translation>No se puede escribir el PDF: el programa se ejecuta sin su capa gráfica (QGuiApplication). Exporte en HTML o JSON en su lugar, o notifique esto como un error.</translation>
    </message>
    <message>
        <source>IS Migration Wizard %1</source>
        <translation>IS Migration Wizard %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no PDF for the report. Export HTML or JSON instead, and report this as a bug.</source>
        <translation>El generador de PDF de Qt no produjo ningún PDF para el informe. Exporte en HTML o JSON en su lugar y notifique esto como un error.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportSigner</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>No se puede escribir %1: %2. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot read %1 to list it in the manifest: %2.</source>
        <translation>No se puede leer %1 para incluirlo en el manifiesto: %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest written by this tool: the line &quot;%2&quot; has no SHA-256 and file name. Export the report again.</source>
        <translation>%1 no es un manifiesto escrito por esta herramienta: la línea &quot;%2&quot; no tiene SHA-256 ni nombre de archivo. Vuelva a exportar el informe.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the signing key and its certificate chain as PKCS#12 and choose that file.</source>
        <translation>%1 no es un archivo PKCS#12 (.p12 o .pfx), o está dañado. Exporte la clave de firma y su cadena de certificados como PKCS#12 y elija ese archivo.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.</source>
        <translation>La frase de contraseña de %1 es incorrecta. Introduzca la frase de contraseña que protege este archivo PKCS#12.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; files that use old encryption may need to be exported again.</source>
        <translation>No se puede abrir %1 (%2). Compruebe que es un archivo PKCS#12 creado para firmar; puede que los archivos con cifrado antiguo deban exportarse de nuevo.</translation>
    </message>
    <message>
        <source>%1 holds no private key. Export the signing key together with its certificate.</source>
        <translation>%1 no contiene ninguna clave privada. Exporte la clave de firma junto con su certificado.</translation>
    </message>
    <message>
        <source>%1 holds a key but no certificate. Export the key together with its certificate and chain.</source>
        <translation>%1 contiene una clave pero ningún certificado. Exporte la clave junto con su certificado y su cadena.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Renew it or choose a valid signing certificate.</source>
        <translation>El certificado de %1 caducó el %2. Renuévelo o elija un certificado de firma válido.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2. Check the computer&apos;s clock or choose another certificate.</source>
        <translation>El certificado de %1 no es válido antes del %2. Compruebe el reloj del equipo o elija otro certificado.</translation>
    </message>
    <message>
        <source>Cannot sign %1 with %2: %3.</source>
        <translation>No se puede firmar %1 con %2: %3.</translation>
    </message>
    <message>
        <source>Cannot encode the signature of %1: %2.</source>
        <translation>No se puede codificar la firma de %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the report.</source>
        <translation>%1 no es una firma CMS en formato DER (.p7s). Elija el archivo de firma exportado con el informe.</translation>
    </message>
    <message>
        <source>%1 holds no signer. Choose the signature file exported with the report.</source>
        <translation>%1 no contiene ningún firmante. Elija el archivo de firma exportado con el informe.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: the file was changed after it was signed, or the signature belongs to another file. Do not rely on its content; export the report again.</source>
        <translation>%1 no coincide con su firma %2: el archivo se modificó después de firmarse, o la firma pertenece a otro archivo. No confíe en su contenido; vuelva a exportar el informe.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1, so the signer was not checked. Choose a PEM file with the certificate authority.</source>
        <translation>No se pueden leer los certificados de CA de %1, por lo que no se comprobó el firmante. Elija un archivo PEM con la autoridad de certificación.</translation>
    </message>
    <message>
        <source>The file is unchanged, but the signer %1 is not trusted by the certificate authorities in %2 (%3). Check that you chose the right CA file.</source>
        <translation>El archivo no ha cambiado, pero las autoridades de certificación de %2 no confían en el firmante %1 (%3). Compruebe que eligió el archivo de CA correcto.</translation>
    </message>
</context>
<context>
    <name>Ismw::ResourceChecks</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1 (%2) could not be started: %3.</source>
        <translation>No se pudo iniciar %1 (%2): %3.</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s to -version and was stopped.</source>
        <translation>%1 (%2) no respondió a -version en %3 s y se detuvo.</translation>
    </message>
    <message>
        <source>%1 (%2) -version failed (exit code %3): %4</source>
        <translation>%1 (%2) -version falló (código de salida %3): %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>sin salida</translation>
    </message>
    <message>
        <source>%1 (%2) -version printed no Java version: %3</source>
        <translation>%1 (%2) -version no imprimió ninguna versión de Java: %3</translation>
    </message>
    <message>
        <source>Free space at the old home</source>
        <translation>Espacio libre en la carpeta antigua</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home.</source>
        <translation>Requiere la carpeta antigua; consulte la comprobación de la carpeta antigua.</translation>
    </message>
    <message>
        <source>The free space of the file system of %1 could not be read.</source>
        <translation>No se pudo leer el espacio libre del sistema de archivos de %1.</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the old home %3); the last runs of the old server and the backups taken before the migration want about %4 there.</source>
        <translation>%1 libres en %2 (el sistema de archivos de la carpeta antigua %3); las últimas ejecuciones del servidor antiguo y las copias de seguridad realizadas antes de la migración requieren allí unos %4.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2.</source>
        <translation>Libere al menos %1 en %2.</translation>
    </message>
    <message>
        <source>Free space at the new home</source>
        <translation>Espacio libre en la carpeta nueva</translation>
    </message>
    <message>
        <source>Needs the new home; see the check of the new home.</source>
        <translation>Requiere la carpeta nueva; consulte la comprobación de la carpeta nueva.</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds at least %2 (the count stopped after %3 entries)</source>
        <translation>el %1 de la carpeta antigua contiene al menos %2 (el recuento se detuvo tras %3 entradas)</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds %2</source>
        <translation>el %1 de la carpeta antigua contiene %2</translation>
    </message>
    <message>
        <source>the size of the old home&apos;s repository is unknown (see the check of the old home)</source>
        <translation>se desconoce el tamaño del repository de la carpeta antigua (consulte la comprobación de la carpeta antigua)</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the new home %3); %4, so the migration wants about %5 there, with %6 for logs and temporary files.</source>
        <translation>%1 libres en %2 (el sistema de archivos de la carpeta nueva %3); %4, por lo que la migración requiere allí unos %5, con %6 para registros y archivos temporales.</translation>
    </message>
    <message>
        <source>The old home is on the same file system.</source>
        <translation>La carpeta antigua está en el mismo sistema de archivos.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2, or extract the new release on a larger file system.</source>
        <translation>Libere al menos %1 en %2, o extraiga la nueva versión en un sistema de archivos más grande.</translation>
    </message>
    <message>
        <source>Space to convert the H2 databases</source>
        <translation>Espacio para convertir las bases de datos H2</translation>
    </message>
    <message>
        <source>The old configuration uses H2 (%1), but no H2 database files were found under %2: there is nothing to convert (the server creates them when it first starts).</source>
        <translation>La configuración antigua usa H2 (%1), pero no se encontró ningún archivo de base de datos H2 en %2: no hay nada que convertir (el servidor los crea la primera vez que se inicia).</translation>
    </message>
    <message>
        <source>The H2 database files take %1: %2. Converting them needs about %3 free on %4 (a converted copy beside a backup); %5 is free.</source>
        <translation>Los archivos de base de datos H2 ocupan %1: %2. Convertirlos requiere unos %3 libres en %4 (una copia convertida junto a una copia de seguridad); hay %5 libres.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2 before converting the H2 files.</source>
        <translation>Libere al menos %1 en %2 antes de convertir los archivos H2.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>The machine&apos;s memory could not be read from %1.</source>
        <translation>No se pudo leer la memoria del equipo desde %1.</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Memoria: %1</translation>
    </message>
    <message>
        <source>This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, and the migration client runs inside the server.</source>
        <translation>Este equipo tiene %1 de memoria (MemTotal en %2); un WSO2 Identity Server requiere %3, y el cliente de migración se ejecuta dentro del servidor.</translation>
    </message>
    <message>
        <source>Run the migration on a machine with at least %1 of memory, or stop other services while it runs.</source>
        <translation>Ejecute la migración en un equipo con al menos %1 de memoria, o detenga otros servicios mientras se ejecuta.</translation>
    </message>
    <message>
        <source>old home</source>
        <translation>carpeta antigua</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>carpeta nueva</translation>
    </message>
    <message>
        <source>Java for the old home</source>
        <translation>Java para la carpeta antigua</translation>
    </message>
    <message>
        <source>Java for the new home</source>
        <translation>Java para la carpeta nueva</translation>
    </message>
    <message>
        <source>Needs the %1 with a known release; see the check of the %1.</source>
        <translation>Requiere la %1 con una versión conocida; consulte la comprobación de la %1.</translation>
    </message>
    <message>
        <source>No Java for IS %1</source>
        <translation>No hay Java para IS %1</translation>
    </message>
    <message>
        <source>No Java runtime was found.</source>
        <translation>No se encontró ningún entorno de ejecución de Java.</translation>
    </message>
    <message>
        <source>Install the Java runtime IS %1 needs and set JAVA_HOME to it.</source>
        <translation>Instale el entorno de ejecución de Java que necesita IS %1 y haga que JAVA_HOME apunte a él.</translation>
    </message>
    <message>
        <source>Install Java %1 and set JAVA_HOME to it.</source>
        <translation>Instale Java %1 y haga que JAVA_HOME apunte a él.</translation>
    </message>
    <message>
        <source>%1 (%2) says “%3”.</source>
        <translation>%1 (%2) indica «%3».</translation>
    </message>
    <message>
        <source>Java %1 for IS %2</source>
        <translation>Java %1 para IS %2</translation>
    </message>
    <message>
        <source>The wizard does not know which Java versions IS %1 supports; found %2%3. %4</source>
        <translation>El asistente no sabe qué versiones de Java admite IS %1; se encontró %2%3. %4</translation>
    </message>
    <message>
        <source>Check the installation prerequisites of IS %1.</source>
        <translation>Consulte los requisitos previos de instalación de IS %1.</translation>
    </message>
    <message>
        <source>IS %1 supports Java %2; found %3%4. %5</source>
        <translation>IS %1 admite Java %2; se encontró %3%4. %5</translation>
    </message>
    <message>
        <source>IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.</source>
        <translation>IS %1 necesita Java %2; se encontró %3 en %4 (%5). Indica «%6».</translation>
    </message>
    <message>
        <source>The old server may not start with it; the migration itself runs on the new home.</source>
        <translation>Puede que el servidor antiguo no se inicie con él; la propia migración se ejecuta en la carpeta nueva.</translation>
    </message>
    <message>
        <source>Install Java %1 and point JAVA_HOME to it before starting the %2.</source>
        <translation>Instale Java %1 y haga que JAVA_HOME apunte a él antes de iniciar el servidor de la %2.</translation>
    </message>
    <message>
        <source>JAVA_HOME is %1, but it has no bin/%2.</source>
        <translation>JAVA_HOME es %1, pero no tiene bin/%2.</translation>
    </message>
    <message>
        <source>PATH has %1, but the IS scripts use JAVA_HOME when it is set.</source>
        <translation>PATH contiene %1, pero los scripts de IS usan JAVA_HOME cuando está definido.</translation>
    </message>
    <message>
        <source>%1 (JAVA_HOME) is not executable.</source>
        <translation>%1 (JAVA_HOME) no es ejecutable.</translation>
    </message>
    <message>
        <source>No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.</source>
        <translation>No se encontró ningún entorno de ejecución de Java: JAVA_HOME no está definido y ninguna carpeta de PATH contiene %1.</translation>
    </message>
    <message>
        <source>%1 (PATH) is not executable, and JAVA_HOME is not set.</source>
        <translation>%1 (PATH) no es ejecutable y JAVA_HOME no está definido.</translation>
    </message>
</context>
<context>
    <name>Ismw::RunStatus</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Revertida</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonada</translation>
    </message>
</context>
<context>
    <name>Ismw::SampleHome</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Could not set the time of %1: %2</source>
        <translation>No se pudo establecer la hora de %1: %2</translation>
    </message>
    <message>
        <source>There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.</source>
        <translation>No hay carpeta de ejemplo para WSO2 Identity Server %1: elija una de las versiones de %2 a %3.</translation>
    </message>
    <message>
        <source>%1 is a file; a sample home needs a folder.</source>
        <translation>%1 es un archivo; una carpeta de ejemplo necesita una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not empty; a sample home is written only into a new or empty folder.</source>
        <translation>%1 no está vacía; una carpeta de ejemplo solo se escribe en una carpeta nueva o vacía.</translation>
    </message>
</context>
<context>
    <name>Ismw::ScanLogCommand</name>
    <message>
        <source>Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.</source>
        <translation>Errores en los registros de Carbon (wso2carbon.log y archivos rotados), agrupados, y cuándo se inició el servidor.</translation>
    </message>
    <message>
        <source>A log file: wso2carbon.log or a rotated one (not .gz).</source>
        <translation>Un archivo de registro: wso2carbon.log o uno rotado (no .gz).</translation>
    </message>
    <message>
        <source>Only entries at or after this local time, e.g. the start of the migrated server.</source>
        <translation>Solo las entradas a partir de esta hora local, p. ej. el inicio del servidor migrado.</translation>
    </message>
    <message>
        <source>name at least one log file.</source>
        <translation>indique al menos un archivo de registro.</translation>
    </message>
    <message>
        <source>--since “%1” is not a date: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--since «%1» no es una fecha: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>%1× %2 %3</source>
        <translation>%1× %2 %3</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Excepción: %1</translation>
    </message>
    <message>
        <source>First: %1  Last: %2</source>
        <translation>Primera: %1  Última: %2</translation>
    </message>
    <message>
        <source>First at %1:%2</source>
        <translation>Primera en %1:%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Server started at %1.</source>
        <translation>Servidor iniciado a las %1.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line in the scanned range.</source>
        <translation>No hay ninguna línea «WSO2 Carbon started in» en el intervalo analizado.</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>no se pudo escribir el informe.</translation>
    </message>
    <message>
        <source>%1, %2, in %3; %4.</source>
        <extracomment>%1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.</extracomment>
        <translation>%1, %2, en %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fatal</source>
        <translation>
            <numerusform>%n fatal</numerusform>
            <numerusform>%n fatales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n grupo</numerusform>
            <numerusform>%n grupos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scanned</source>
        <translation>
            <numerusform>%n entrada examinada</numerusform>
            <numerusform>%n entradas examinadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ScriptKnobs</name>
    <message>
        <source>Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones finish sooner.</source>
        <translation>Filas eliminadas en una transacción. Los lotes más pequeños mantienen los bloqueos menos tiempo; los más grandes terminan antes.</translation>
    </message>
    <message>
        <source>Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on very large tables bounded.</source>
        <translation>Filas reunidas en un bloque, que después se elimina lote a lote; mantiene acotado el trabajo en tablas muy grandes.</translation>
    </message>
    <message>
        <source>The cleanup stops when fewer rows than this are left to delete.</source>
        <translation>La limpieza se detiene cuando quedan por eliminar menos filas que este valor.</translation>
    </message>
    <message>
        <source>Copy the tables into BAK_… tables before deleting. The copies of the previous run are overwritten.</source>
        <translation>Copiar las tablas a tablas BAK_… antes de eliminar. Las copias de la ejecución anterior se sobrescriben.</translation>
    </message>
    <message>
        <source>Seconds to pause between batches, so that the server keeps serving its users.</source>
        <translation>Segundos de pausa entre lotes, para que el servidor siga atendiendo a sus usuarios.</translation>
    </message>
    <message>
        <source>Hours of grace: what expired less than this long ago is kept.</source>
        <translation>Horas de margen: lo que caducó hace menos de este tiempo se conserva.</translation>
    </message>
    <message>
        <source>The procedure reports its progress as messages while it runs.</source>
        <translation>El procedimiento informa de su progreso mediante mensajes mientras se ejecuta.</translation>
    </message>
    <message>
        <source>How much the progress messages tell: TRACE for every step, DEBUG for less.</source>
        <translation>Cuánto detallan los mensajes de progreso: TRACE para cada paso, DEBUG para menos.</translation>
    </message>
    <message>
        <source>Keep the deleted rows in the AUDITLOG_… tables; this switches the backup on too.</source>
        <translation>Conservar las filas eliminadas en las tablas AUDITLOG_…; esto activa también la copia de seguridad.</translation>
    </message>
    <message>
        <source>Rebuild the indexes of the cleaned tables afterwards.</source>
        <translation>Reconstruir después los índices de las tablas limpiadas.</translation>
    </message>
    <message>
        <source>Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).</source>
        <translation>Actualizar después las estadísticas del planificador de las tablas limpiadas (ANALYZE).</translation>
    </message>
    <message>
        <source>Report every step of the session cleanup as a message.</source>
        <translation>Informar de cada paso de la limpieza de sesiones como un mensaje.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>«%1» no es un número entero igual o mayor que cero.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 can hold (at most %3).</source>
        <translation>%1 es mayor de lo que puede contener %2 (como máximo %3).</translation>
    </message>
    <message>
        <source>“%1” is not a number of zero or more (use a dot for decimals: 0.5).</source>
        <translation>«%1» no es un número igual o mayor que cero (use un punto para los decimales: 0.5).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use TRUE or FALSE (or 1 or 0).</source>
        <translation>«%1» no es un valor sí/no: use TRUE o FALSE (o 1 o 0).</translation>
    </message>
    <message>
        <source>The text may not contain line breaks or control characters.</source>
        <translation>El texto no puede contener saltos de línea ni caracteres de control.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 allows (%3 characters at most).</source>
        <translation>«%1» es más largo de lo que permite %2 (%3 caracteres como máximo).</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (línea %2): %3</translation>
    </message>
    <message>
        <source>The script has no knob called “%1”.</source>
        <translation>El script no tiene ningún parámetro llamado «%1».</translation>
    </message>
</context>
<context>
    <name>Ismw::SecretMasking</name>
    <message>
        <source>The value of %1 is hidden and its key is new, so the real value is unknown.</source>
        <translation>El valor de %1 está oculto y su clave es nueva, por lo que se desconoce el valor real.</translation>
    </message>
    <message>
        <source>Turn on Show secrets and type the value.</source>
        <translation>Active Mostrar secretos y escriba el valor.</translation>
    </message>
</context>
<context>
    <name>Ismw::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>In the language list of the settings: follow the desktop&apos;s language, here %1.</extracomment>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Acerca de…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Acerca de &amp;Qt…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moves a WSO2 Identity Server deployment to a newer release, step by step.&lt;/p&gt;&lt;p&gt;Knows Identity Server %1 to %2. Uses Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.</extracomment>
        <translation>&lt;p&gt;Lleva paso a paso una instalación de WSO2 Identity Server a una versión más reciente.&lt;/p&gt;&lt;p&gt;Conoce Identity Server %1 a %2. Usa Qt %3.&lt;/p&gt;&lt;p&gt;Con licencia Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::SqlScriptSplitter</name>
    <message>
        <source>The string that starts at line %1, column %2 is never closed: everything after it would be part of the string.</source>
        <translation>La cadena que empieza en la línea %1, columna %2 nunca se cierra: todo lo que sigue formaría parte de la cadena.</translation>
    </message>
    <message>
        <source>The quoted name that starts at line %1, column %2 is never closed.</source>
        <translation>El nombre entre comillas que empieza en la línea %1, columna %2 nunca se cierra.</translation>
    </message>
    <message>
        <source>The comment that starts at line %1, column %2 is never closed: everything after it would be ignored.</source>
        <translation>El comentario que empieza en la línea %1, columna %2 nunca se cierra: todo lo que sigue se ignoraría.</translation>
    </message>
    <message>
        <source>The body quoted with %3 at line %1, column %2 is never closed by another %3.</source>
        <translation>El cuerpo delimitado con %3 en la línea %1, columna %2 nunca se cierra con otro %3.</translation>
    </message>
    <message>
        <source>At line %1, column %2: %3</source>
        <translation>En la línea %1, columna %2: %3</translation>
    </message>
    <message>
        <source>GO %1 would run the batch no time at all.</source>
        <translation>GO %1 no ejecutaría el lote ninguna vez.</translation>
    </message>
    <message>
        <source>DELIMITER names no delimiter.</source>
        <translation>DELIMITER no indica ningún delimitador.</translation>
    </message>
    <message>
        <source>A delimiter may not contain a backslash (“%1”).</source>
        <translation>Un delimitador no puede contener una barra invertida («%1»).</translation>
    </message>
    <message>
        <source>The delimiter “%1” is longer than %2 characters.</source>
        <translation>El delimitador «%1» tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>--#SET TERMINATOR needs one terminator of at most %1 characters.</source>
        <translation>--#SET TERMINATOR necesita un terminador de %1 caracteres como máximo.</translation>
    </message>
</context>
<context>
    <name>Ismw::Tier</name>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDiffView</name>
    <message>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation>Izquierda: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Derecha: %1</translation>
    </message>
    <message>
        <source>Unified: %1 to %2</source>
        <translation>Unificado: %1 a %2</translation>
    </message>
    <message>
        <source>Added: %1 = %2</source>
        <translation>Añadido: %1 = %2</translation>
    </message>
    <message>
        <source>Removed: %1 (was %2)</source>
        <translation>Eliminado: %1 (era %2)</translation>
    </message>
    <message>
        <source>Type changed: %1 from %2 %3 to %4 %5</source>
        <translation>Tipo cambiado: %1 de %2 %3 a %4 %5</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Movido: %1</translation>
    </message>
    <message>
        <source>Comment changed: %1</source>
        <translation>Comentario cambiado: %1</translation>
    </message>
    <message>
        <source>Changed: %1 from %2 to %3</source>
        <translation>Cambiado: %1 de %2 a %3</translation>
    </message>
    <message>
        <source>Left file of the comparison</source>
        <translation>Archivo izquierdo de la comparación</translation>
    </message>
    <message>
        <source>Right file of the comparison</source>
        <translation>Archivo derecho de la comparación</translation>
    </message>
    <message>
        <source>Both files, unified</source>
        <translation>Ambos archivos, unificados</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDocument</name>
    <message>
        <source>Correct the file at that place and load it again; the wizard has not changed it.</source>
        <translation>Corrija el archivo en ese punto y vuelva a cargarlo; el asistente no lo ha modificado.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>El archivo no es TOML válido.</translation>
    </message>
    <message>
        <source>“%1” is defined twice; it was first defined on line %2.</source>
        <translation>«%1» está definido dos veces; se definió por primera vez en la línea %2.</translation>
    </message>
    <message>
        <source>“%1” is defined twice.</source>
        <translation>«%1» está definido dos veces.</translation>
    </message>
    <message>
        <source>Keep one of the two definitions and load the file again; the wizard has not changed it.</source>
        <translation>Conserve una de las dos definiciones y vuelva a cargar el archivo; el asistente no lo ha modificado.</translation>
    </message>
    <message>
        <source>TOML syntax error: %1.</source>
        <translation>Error de sintaxis TOML: %1.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>El archivo no existe.</translation>
    </message>
    <message>
        <source>Check the path; an IS home keeps it in repository/conf/deployment.toml.</source>
        <translation>Compruebe la ruta; una carpeta de IS lo guarda en repository/conf/deployment.toml.</translation>
    </message>
    <message>
        <source>This is a folder, not a deployment.toml file.</source>
        <translation>Esto es una carpeta, no un archivo deployment.toml.</translation>
    </message>
    <message>
        <source>Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.</source>
        <translation>Elija el propio archivo, p. ej. repository/conf/deployment.toml en la carpeta de IS.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a deployment.toml can sensibly be.</source>
        <translation>El archivo ocupa %1, más de los %2 que puede ocupar razonablemente un deployment.toml.</translation>
    </message>
    <message>
        <source>Check that this is the right file: a deployment.toml is normally a few kilobytes.</source>
        <translation>Compruebe que es el archivo correcto: un deployment.toml suele ocupar unos pocos kilobytes.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>No se puede leer el archivo: %1.</translation>
    </message>
    <message>
        <source>Check that your user may read it.</source>
        <translation>Compruebe que su usuario tiene permiso para leerlo.</translation>
    </message>
    <message>
        <source>The file grew past the size limit while it was read.</source>
        <translation>El archivo superó el límite de tamaño mientras se leía.</translation>
    </message>
    <message>
        <source>Wait until nothing writes to it and load it again.</source>
        <translation>Espere a que nada escriba en él y vuelva a cargarlo.</translation>
    </message>
    <message>
        <source>Check the disk and load it again.</source>
        <translation>Compruebe el disco y vuelva a cargarlo.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>An IS home always ships a deployment.toml with content: restore it from your backup or the release package.</source>
        <translation>Una carpeta de IS siempre incluye un deployment.toml con contenido: restáurelo desde su copia de seguridad o desde el paquete de la versión.</translation>
    </message>
    <message>
        <source>This is a binary file, not a TOML text file.</source>
        <translation>Esto es un archivo binario, no un archivo de texto TOML.</translation>
    </message>
    <message>
        <source>Choose the deployment.toml text file.</source>
        <translation>Elija el archivo de texto deployment.toml.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>El archivo no es texto UTF-8 (byte 0x%1).</translation>
    </message>
    <message>
        <source>TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the characters at that place.</source>
        <translation>Los archivos TOML deben estar en UTF-8: conviértalo, p. ej. con iconv -f LATIN1 -t UTF-8, y compruebe los caracteres en ese punto.</translation>
    </message>
    <message>
        <source>The configuration cannot be written as TOML: %1.</source>
        <translation>La configuración no se puede escribir como TOML: %1.</translation>
    </message>
</context>
<context>
    <name>Ismw::VerificationPage</name>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>Run your test cases against the migrated environment and record each result; check the server&apos;s health and its log. A failed or blocked case means: roll back and investigate.</source>
        <translation>Ejecute sus casos de prueba contra el entorno migrado y registre cada resultado; compruebe el estado del servidor y su registro. Un caso fallido o bloqueado significa: revertir e investigar.</translation>
    </message>
    <message>
        <source>Select an error to see its message and stack trace.</source>
        <translation>Seleccione un error para ver su mensaje y su traza de pila.</translation>
    </message>
    <message>
        <source>The confirmed certificate of %1 was forgotten.</source>
        <translation>Se olvidó el certificado confirmado de %1.</translation>
    </message>
    <message>
        <source>The certificate is forgotten; the next probe shows it for confirmation.</source>
        <translation>El certificado se ha olvidado; la próxima consulta lo mostrará para confirmarlo.</translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation>Elegir archivos de registro</translation>
    </message>
    <message>
        <source>Carbon logs (*.log *.log.*);;All files (*)</source>
        <translation>Registros de Carbon (*.log *.log.*);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Evidence Not Attached</source>
        <translation>Evidencia no adjuntada</translation>
    </message>
    <message>
        <source>The case was removed while its file was read. Nothing was attached.</source>
        <translation>El caso se eliminó mientras se leía su archivo. No se adjuntó nada.</translation>
    </message>
    <message>
        <source>CSV Not Imported</source>
        <translation>CSV no importado</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) from %1</source>
        <translation>
            <numerusform>%n caso nuevo de %1</numerusform>
            <numerusform>%n casos nuevos de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n ya en la lista)</numerusform>
            <numerusform>(%n ya en la lista)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV Imported with Problems</source>
        <translation>CSV importado con problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or column(s) were skipped; see the details.</source>
        <translation>
            <numerusform>Se omitió %n fila o columna; consulte los detalles.</numerusform>
            <numerusform>Se omitieron %n filas o columnas; consulte los detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test cases.&lt;/b&gt; List what your users do with the Identity Server as test cases: start from the templates (they include a case for every custom component found on the prerequisites page), import your own from a CSV file (a header row with &lt;i&gt;title&lt;/i&gt; and optionally &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), or add them one by one. On the next environment, &lt;b&gt;Carry Over&lt;/b&gt; copies the cases of the environment below, each back to Not run.&lt;/p&gt;&lt;p&gt;Run each case against the migrated environment and record its result. A failed or blocked case needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each file&apos;s path and SHA-256, so an auditor can check that the file is the one you attached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server checks.&lt;/b&gt; The health endpoint is called over HTTPS only. The first time, the wizard shows the server&apos;s certificate and asks you to confirm its fingerprint (compare it with &lt;tt&gt;keytool -list&lt;/tt&gt; on the server); after that it talks only to a server presenting that certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, and groups the ERROR and FATAL entries since the time you give. Log times are read in this computer&apos;s time zone.&lt;/p&gt;&lt;p&gt;A failed or blocked case, or a server that is not healthy, means the environment is not ready: route the traffic back to the old environment and investigate before you try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Casos de prueba.&lt;/b&gt; Enumere como casos de prueba lo que hacen sus usuarios con el Identity Server: parta de las plantillas (incluyen un caso para cada componente personalizado encontrado en la página de requisitos previos), importe los suyos desde un archivo CSV (una fila de encabezado con &lt;i&gt;title&lt;/i&gt; y, opcionalmente, &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;) o añádalos uno a uno. En el siguiente entorno, &lt;b&gt;Trasladar&lt;/b&gt; copia los casos del entorno inferior, cada uno de nuevo como No ejecutado.&lt;/p&gt;&lt;p&gt;Ejecute cada caso contra el entorno migrado y registre su resultado. Un caso fallido o bloqueado necesita notas. Adjunte capturas de pantalla, archivos HAR o informes de pruebas de carga como evidencia: el proyecto guarda la ruta y el SHA-256 de cada archivo, para que un auditor pueda comprobar que el archivo es el que usted adjuntó.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Comprobaciones del servidor.&lt;/b&gt; El endpoint de estado solo se llama por HTTPS. La primera vez, el asistente muestra el certificado del servidor y le pide que confirme su huella digital (compárela con &lt;tt&gt;keytool -list&lt;/tt&gt; en el servidor); a partir de entonces solo se comunica con un servidor que presente ese certificado. El análisis del registro lee wso2carbon.log y sus archivos rotados línea a línea, por grandes que sean, y agrupa las entradas ERROR y FATAL desde la hora que indique. Las horas del registro se interpretan en la zona horaria de este equipo.&lt;/p&gt;&lt;p&gt;Un caso fallido o bloqueado, o un servidor que no está en buen estado, significa que el entorno no está listo: redirija el tráfico al entorno antiguo e investigue antes de volver a intentarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every template case is already in the list.</source>
        <translation>Todos los casos de las plantillas ya están en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the templates.</source>
        <translation>
            <numerusform>%n caso añadido desde las plantillas.</numerusform>
            <numerusform>%n casos añadidos desde las plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>Importar casos de prueba</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) carried over from %1, each back to Not run.</source>
        <translation>
            <numerusform>%n caso trasladado desde %1, de nuevo como No ejecutado.</numerusform>
            <numerusform>%n casos trasladados desde %1, cada uno de nuevo como No ejecutado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>Eliminar caso de prueba</translation>
    </message>
    <message>
        <source>“%1” has a result or evidence. Remove it from this run&apos;s checklist? The journal keeps a note of the removal.</source>
        <translation>«%1» tiene un resultado o una evidencia. ¿Eliminarlo de la lista de comprobación de esta ejecución? El diario conserva una nota de la eliminación.</translation>
    </message>
    <message>
        <source>A failed or blocked case needs notes: what you did and what happened.</source>
        <translation>Un caso fallido o bloqueado necesita notas: qué hizo y qué ocurrió.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Adjuntar evidencia</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Leyendo %1…</translation>
    </message>
    <message>
        <source>No test cases yet. Add them from the templates, import a CSV file, add your own, or carry them over from the environment below.</source>
        <translation>Aún no hay casos de prueba. Añádalos desde las plantillas, importe un archivo CSV, añada los suyos o trasládelos desde el entorno inferior.</translation>
    </message>
    <message>
        <source>Select a test case.</source>
        <translation>Seleccione un caso de prueba.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Pasos:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Esperado:</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>A test case&apos;s result: %1 the status (Passed, Failed…), %2 who set it, %3 when.</extracomment>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2…</source>
        <translation>%1 — SHA-256 %2…</translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes, attached %4</source>
        <translation>%1
SHA-256 %2
%3 bytes, adjuntado el %4</translation>
    </message>
    <message>
        <source>No test cases yet.</source>
        <translation>Aún no hay casos de prueba.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n caso: </numerusform>
            <numerusform>%n casos: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.</source>
        <translation>%1 superados, %2 fallidos, %3 bloqueados, %4 no aplicables, %5 no ejecutados.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed or blocked</source>
        <translation>
            <numerusform>%n caso de prueba fallido o bloqueado</numerusform>
            <numerusform>%n casos de prueba fallidos o bloqueados</numerusform>
        </translation>
    </message>
    <message>
        <source>the server checks found a problem</source>
        <translation>las comprobaciones del servidor encontraron un problema</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Not ready: %1.&lt;/b&gt; Route the traffic back to the old environment, which still runs the old release; keep the migrated servers and their logs for the investigation; fix the cause on a lower environment and migrate this one again. The report&apos;s verdict stays “not ready” until every case passes or is not applicable.</source>
        <translation>&lt;b&gt;⚠ No listo: %1.&lt;/b&gt; Redirija el tráfico al entorno antiguo, que sigue ejecutando la versión antigua; conserve los servidores migrados y sus registros para la investigación; corrija la causa en un entorno inferior y vuelva a migrar este. El veredicto del informe sigue siendo «no listo» hasta que todos los casos se superen o no sean aplicables.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Carr&amp;y Over from %1</source>
        <translation>T&amp;rasladar desde %1</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>T&amp;rasladar</translation>
    </message>
    <message>
        <source>Stop &amp;Scan</source>
        <translation>Detener &amp;análisis</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>A&amp;nalizar registro</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>Llamando a %1…</translation>
    </message>
    <message>
        <source>Confirm the Server&apos;s Certificate</source>
        <translation>Confirmar el certificado del servidor</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presents this certificate. Compare its fingerprint with the one of the server&apos;s keystore (for example &lt;tt&gt;keytool -list -v&lt;/tt&gt; on the server) before you trust it. The wizard will then talk only to a server presenting exactly this certificate.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %6 to %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 presenta este certificado. Compare su huella digital con la del almacén de claves del servidor (por ejemplo, &lt;tt&gt;keytool -list -v&lt;/tt&gt; en el servidor) antes de confiar en él. A partir de entonces, el asistente solo se comunicará con un servidor que presente exactamente este certificado.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sujeto:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Emisor:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Válido:&lt;/b&gt; del %6 al %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (autofirmado)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>&amp;Confiar en este certificado</translation>
    </message>
    <message>
        <source>Not called: the certificate was not confirmed.</source>
        <translation>No se llamó: el certificado no se confirmó.</translation>
    </message>
    <message>
        <source>Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.</source>
        <translation>Certificado de %1 confirmado: SHA-256 %2, sujeto %3, válido hasta %4.</translation>
    </message>
    <message>
        <source>Name the log file first: wso2carbon.log in the new home&apos;s repository/logs.</source>
        <translation>Indique primero el archivo de registro: wso2carbon.log en repository/logs de la carpeta nueva.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analizando…</translation>
    </message>
    <message>
        <source>The server finished starting at %1.</source>
        <translation>El servidor terminó de iniciarse a las %1.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log named is not the new server&apos;s.</source>
        <translation>No hay ninguna línea «WSO2 Carbon started in» desde %1: el servidor no ha terminado de iniciarse, o el registro indicado no es el del servidor nuevo.</translation>
    </message>
    <message>
        <source>%1× %2 %3 %4</source>
        <translation>%1× %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>No ERROR or FATAL entries since %1 (%n line(s) read).</source>
        <translation>
            <numerusform>No hay entradas ERROR ni FATAL desde %1 (%n línea leída).</numerusform>
            <numerusform>No hay entradas ERROR ni FATAL desde %1 (%n líneas leídas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ERROR and %2 FATAL entries since %3, in %n group(s).</source>
        <translation>
            <numerusform>%1 entradas ERROR y %2 FATAL desde %3, en %n grupo.</numerusform>
            <numerusform>%1 entradas ERROR y %2 FATAL desde %3, en %n grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Aceptado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server finding(s) open. Fix and check again, or accept with a reason the report will show.</source>
        <translation>
            <numerusform>%n hallazgo del servidor pendiente. Corríjalo y vuelva a comprobar, o acéptelo con un motivo que mostrará el informe.</numerusform>
            <numerusform>%n hallazgos del servidor pendientes. Corríjalos y vuelva a comprobar, o acéptelos con un motivo que mostrará el informe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Server Findings</source>
        <translation>Aceptar hallazgos del servidor</translation>
    </message>
    <message>
        <source>Why are these findings acceptable for this environment? (at least %1 characters)

%2</source>
        <translation>¿Por qué son aceptables estos hallazgos para este entorno? (al menos %1 caracteres)

%2</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>IS homes</source>
        <translation>Carpetas de IS</translation>
    </message>
    <message>
        <source>&amp;Old IS home:</source>
        <translation>Carpeta de IS &amp;antigua:</translation>
    </message>
    <message>
        <source>The folder of the release in use now, e.g. /opt/wso2is-5.11.0</source>
        <translation>La carpeta de la versión en uso actualmente, p. ej. /opt/wso2is-5.11.0</translation>
    </message>
    <message>
        <source>Old IS home folder</source>
        <translation>Carpeta de IS antigua</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>Browse for the old IS home</source>
        <translation>Buscar la carpeta de IS antigua</translation>
    </message>
    <message>
        <source>Old IS home detection result</source>
        <translation>Resultado de la detección de la carpeta de IS antigua</translation>
    </message>
    <message>
        <source>N&amp;ew IS home:</source>
        <translation>Carpeta de IS &amp;nueva:</translation>
    </message>
    <message>
        <source>The folder of the release to migrate to, unpacked, e.g. /opt/wso2is-7.3.0</source>
        <translation>La carpeta de la versión a la que migrar, descomprimida, p. ej. /opt/wso2is-7.3.0</translation>
    </message>
    <message>
        <source>New IS home folder</source>
        <translation>Carpeta de IS nueva</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Exam&amp;inar…</translation>
    </message>
    <message>
        <source>Browse for the new IS home</source>
        <translation>Buscar la carpeta de IS nueva</translation>
    </message>
    <message>
        <source>New IS home detection result</source>
        <translation>Resultado de la detección de la carpeta de IS nueva</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Comprobaciones</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Resumen de las comprobaciones</translation>
    </message>
    <message>
        <source>Run Checks A&amp;gain</source>
        <translation>&amp;Volver a ejecutar comprobaciones</translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation>Volver a ejecutar todas las comprobaciones</translation>
    </message>
    <message>
        <source>Prerequisite checks by category</source>
        <translation>Comprobaciones de requisitos previos por categoría</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <source>What the selected check found and what to do</source>
        <translation>Lo que encontró la comprobación seleccionada y qué hacer</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why (recorded in the project journal)</source>
        <translation>Por qué (se registra en el diario del proyecto)</translation>
    </message>
    <message>
        <source>Reason for the decision on the selected check</source>
        <translation>Motivo de la decisión sobre la comprobación seleccionada</translation>
    </message>
    <message>
        <source>A&amp;ccept with Reason</source>
        <translation>A&amp;ceptar con motivo</translation>
    </message>
    <message>
        <source>Accept the selected warning or blocker with the reason given</source>
        <translation>Aceptar la advertencia o el bloqueante seleccionado con el motivo indicado</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Marcar como &amp;hecho</translation>
    </message>
    <message>
        <source>The selected customization has been carried over</source>
        <translation>La personalización seleccionada se ha trasladado</translation>
    </message>
    <message>
        <source>No&amp;t Needed</source>
        <translation>N&amp;o necesario</translation>
    </message>
    <message>
        <source>The selected customization is not needed in the new home, for the reason given</source>
        <translation>La personalización seleccionada no es necesaria en la carpeta nueva, por el motivo indicado</translation>
    </message>
    <message>
        <source>A backup of the old IS home and of its databases has been ta&amp;ken, and restoring it has been tried</source>
        <translation>Se ha &amp;realizado una copia de seguridad de la carpeta de IS antigua y de sus bases de datos, y se ha probado a restaurarla</translation>
    </message>
    <message>
        <source>Backup of the old home and its databases acknowledged</source>
        <translation>Copia de seguridad de la carpeta antigua y de sus bases de datos confirmada</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Lo que aún falta</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project file</source>
        <translation>Archivo de proyecto</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>No hay ningún proyecto abierto. Cree un proyecto nuevo para esta migración o abra el que usaron los entornos anteriores.</translation>
    </message>
    <message>
        <source>Ne&amp;w Project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Create a new migration project file (*.ismig)</source>
        <translation>Crear un archivo de proyecto de migración nuevo (*.ismig)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open an existing migration project file</source>
        <translation>Abrir un archivo de proyecto de migración existente</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>Projects opened recently on this computer</source>
        <translation>Proyectos abiertos recientemente en este equipo</translation>
    </message>
    <message>
        <source>Open recent project</source>
        <translation>Abrir proyecto reciente</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Esta ejecución</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Entorno:</translation>
    </message>
    <message>
        <source>The environment this run migrates. Migrate development first, pilot on pre-production, then production.</source>
        <translation>El entorno que migra esta ejecución. Migre primero desarrollo, haga un piloto en preproducción y después producción.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Name of the environment, e.g. perf-test</source>
        <translation>Nombre del entorno, p. ej. perf-test</translation>
    </message>
    <message>
        <source>Custom environment name</source>
        <translation>Nombre del entorno personalizado</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>O&amp;perador:</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the journal and the report</source>
        <translation>Su nombre, tal como debe aparecer en el diario y en el informe</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Nombre del operador</translation>
    </message>
    <message>
        <source>What earlier environments recorded</source>
        <translation>Lo que registraron los entornos anteriores</translation>
    </message>
    <message>
        <source>Environments of this project</source>
        <translation>Entornos de este proyecto</translation>
    </message>
    <message>
        <source>Order rule</source>
        <translation>Regla de orden</translation>
    </message>
    <message>
        <source>Order rule explanation</source>
        <translation>Explicación de la regla de orden</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Why production goes first, e.g. &quot;no pre-prod exists; dev ran against a copy of the production database&quot;</source>
        <translation>Por qué producción va primero, p. ej. &quot;no existe preproducción; desarrollo se ejecutó contra una copia de la base de datos de producción&quot;</translation>
    </message>
    <message>
        <source>Reason for going ahead</source>
        <translation>Motivo para continuar</translation>
    </message>
    <message>
        <source>I go ahead &amp;knowingly; record my reason in the project journal</source>
        <translation>Continúo con &amp;conocimiento de causa; registrar mi motivo en el diario del proyecto</translation>
    </message>
    <message>
        <source>Acknowledge the order rule</source>
        <translation>Aceptar la regla de orden</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Lo que aún falta</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>Verdict, the reasons for it and the production time estimate</source>
        <translation>Veredicto, sus motivos y la estimación de tiempo para producción</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>&amp;Output PDF:</source>
        <translation>&amp;PDF de salida:</translation>
    </message>
    <message>
        <source>Where the PDF report is written</source>
        <translation>Dónde se escribe el informe PDF</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>G&amp;uardar como…</translation>
    </message>
    <message>
        <source>Also H&amp;TML</source>
        <translation>También H&amp;TML</translation>
    </message>
    <message>
        <source>Also &amp;JSON (machine-readable)</source>
        <translation>También &amp;JSON (legible por máquina)</translation>
    </message>
    <message>
        <source>&amp;Sign with my certificate (CMS detached signature, SHA-256)</source>
        <translation>&amp;Firmar con mi certificado (firma CMS separada, SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>&amp;Certificado (PKCS#12):</translation>
    </message>
    <message>
        <source>Your certificate and key as a PKCS#12 file</source>
        <translation>Su certificado y su clave como archivo PKCS#12</translation>
    </message>
    <message>
        <source>Choose Certificat&amp;e…</source>
        <translation>&amp;Elegir certificado…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Frase de co&amp;ntraseña:</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file; never stored</source>
        <translation>Frase de contraseña del archivo PKCS#12; nunca se guarda</translation>
    </message>
    <message>
        <source>Used once for signing; never stored</source>
        <translation>Se usa una vez para firmar; nunca se guarda</translation>
    </message>
    <message>
        <source>E&amp;xport Report</source>
        <translation>E&amp;xportar informe</translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation>Lo que se exportó</translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation>Comprobar un informe firmado</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>&amp;Informe firmado:</translation>
    </message>
    <message>
        <source>The report PDF to check; its .p7s and manifest are found next to it</source>
        <translation>El PDF del informe que comprobar; su .p7s y su manifiesto se buscan junto a él</translation>
    </message>
    <message>
        <source>Open Signe&amp;d Report…</source>
        <translation>Abrir informe firma&amp;do…</translation>
    </message>
    <message>
        <source>C&amp;A certificates (PEM):</source>
        <translation>Certificados de C&amp;A (PEM):</translation>
    </message>
    <message>
        <source>Optional: without it only the integrity is checked, not who signed</source>
        <translation>Opcional: sin ellos solo se comprueba la integridad, no quién firmó</translation>
    </message>
    <message>
        <source>CA certificates the signer must chain to</source>
        <translation>Certificados de CA a los que debe llegar la cadena del firmante</translation>
    </message>
    <message>
        <source>Choose CA F&amp;ile…</source>
        <translation>Elegir archi&amp;vo de CA…</translation>
    </message>
    <message>
        <source>Check Si&amp;gnature</source>
        <translation>Comprobar fir&amp;ma</translation>
    </message>
    <message>
        <source>Result of the signature check</source>
        <translation>Resultado de la comprobación de la firma</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language of the wizard&apos;s windows and messages. The reports are written in this language as well.</source>
        <translation>El idioma de las ventanas y los mensajes del asistente. Los informes también se escriben en este idioma.</translation>
    </message>
    <message>
        <source>The wizard uses the new language the next time it starts.</source>
        <translation>El asistente usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Rollback guidance</source>
        <translation>Indicaciones para la reversión</translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation>Casos de prueba</translation>
    </message>
    <message>
        <source>Add from Te&amp;mplates</source>
        <translation>Añadir desde p&amp;lantillas</translation>
    </message>
    <message>
        <source>Adds the built-in test cases and one case per custom component found on the prerequisites page; cases already in the list are not added again.</source>
        <translation>Añade los casos de prueba integrados y un caso por cada componente personalizado encontrado en la página de requisitos previos; los casos que ya están en la lista no se vuelven a añadir.</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Reads your own test cases from a CSV file with a header row: title, and optionally group, kind, steps, expected, id.</source>
        <translation>Lee sus propios casos de prueba de un archivo CSV con una fila de encabezado: title y, opcionalmente, group, kind, steps, expected, id.</translation>
    </message>
    <message>
        <source>Add Cas&amp;e…</source>
        <translation>&amp;Añadir caso…</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>T&amp;rasladar</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>Eli&amp;minar caso</translation>
    </message>
    <message>
        <source>Test cases by group</source>
        <translation>Casos de prueba por grupo</translation>
    </message>
    <message>
        <source>Steps and expected result of the selected case</source>
        <translation>Pasos y resultado esperado del caso seleccionado</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
    </message>
    <message>
        <source>Status of the selected case</source>
        <translation>Estado del caso seleccionado</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <source>Notes on the selected case</source>
        <translation>Notas sobre el caso seleccionado</translation>
    </message>
    <message>
        <source>What you did and saw; required for a failed or blocked case</source>
        <translation>Lo que hizo y observó; obligatorio para un caso fallido o bloqueado</translation>
    </message>
    <message>
        <source>&amp;Record Result</source>
        <translation>Registrar res&amp;ultado</translation>
    </message>
    <message>
        <source>Evidence files (kept by path and SHA-256):</source>
        <translation>Archivos de evidencia (se guardan por ruta y SHA-256):</translation>
    </message>
    <message>
        <source>Evidence files of the selected case</source>
        <translation>Archivos de evidencia del caso seleccionado</translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>Ad&amp;juntar archivo…</translation>
    </message>
    <message>
        <source>Remo&amp;ve File</source>
        <translation>&amp;Quitar archivo</translation>
    </message>
    <message>
        <source>How many cases passed, failed or were not run</source>
        <translation>Cuántos casos se superaron, fallaron o no se ejecutaron</translation>
    </message>
    <message>
        <source>Server Checks</source>
        <translation>Comprobaciones del servidor</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Endpoint de estado</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>is.example.com:9443</source>
        <translation>is.example.com:9443</translation>
    </message>
    <message>
        <source>Address of the migrated server</source>
        <translation>Dirección del servidor migrado</translation>
    </message>
    <message>
        <source>&amp;Probe Health</source>
        <translation>Com&amp;probar estado</translation>
    </message>
    <message>
        <source>For&amp;get Certificate</source>
        <translation>Ol&amp;vidar certificado</translation>
    </message>
    <message>
        <source>Forgets the confirmed certificate fingerprint; the next probe asks again.</source>
        <translation>Olvida la huella digital del certificado confirmado; la próxima consulta vuelve a preguntar.</translation>
    </message>
    <message>
        <source>Health probe result</source>
        <translation>Resultado de la comprobación de estado</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Registro del servidor</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>Arc&amp;hivos de registro:</translation>
    </message>
    <message>
        <source>…/repository/logs/wso2carbon.log; rotated files separated by ;</source>
        <translation>…/repository/logs/wso2carbon.log; archivos rotados separados por ;</translation>
    </message>
    <message>
        <source>Log files to scan</source>
        <translation>Archivos de registro que analizar</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>D&amp;esde:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Only entries at or after this time</source>
        <translation>Solo las entradas a partir de esta hora</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>A&amp;nalizar registro</translation>
    </message>
    <message>
        <source>Log scan progress</source>
        <translation>Progreso del análisis del registro</translation>
    </message>
    <message>
        <source>Log scan result and start-up</source>
        <translation>Resultado del análisis del registro e inicio</translation>
    </message>
    <message>
        <source>Errors found, grouped by logger and exception</source>
        <translation>Errores encontrados, agrupados por logger y excepción</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Logger</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Excepción</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Primera</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Última</translation>
    </message>
    <message>
        <source>Message and stack trace of the selected error</source>
        <translation>Mensaje y traza de pila del error seleccionado</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with Reason…</source>
        <translation>A&amp;ceptar con motivo…</translation>
    </message>
    <message>
        <source>Records why the open server findings are acceptable; the report shows the reason.</source>
        <translation>Registra por qué son aceptables los hallazgos del servidor pendientes; el informe muestra el motivo.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a WSO2 Identity Server deployment to a newer release, step by step.</source>
        <translation>Traslada una instalación de WSO2 Identity Server a una versión más reciente, paso a paso.</translation>
    </message>
    <message>
        <source>Open a demo project over two sample IS homes that the wizard generates.</source>
        <translation>Abrir un proyecto de demostración sobre dos carpetas de IS de ejemplo que genera el asistente.</translation>
    </message>
    <message>
        <source>A migration project file (*.ismig) to open.</source>
        <translation>Un archivo de proyecto de migración (*.ismig) que abrir.</translation>
    </message>
</context>
</TS>
