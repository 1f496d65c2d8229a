<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Vergleich:</translation>
    </message>
    <message>
        <source>Files to compare</source>
        <translation>Zu vergleichende Dateien</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Einspaltig</translation>
    </message>
    <message>
        <source>Show both files in one pane, removed lines above added ones</source>
        <translation>Beide Dateien in einer Spalte zeigen, entfernte Zeilen über hinzugefügten</translation>
    </message>
    <message>
        <source>Unified view</source>
        <translation>Einspaltige Ansicht</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>V&amp;orherige</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation>Nä&amp;chste</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Position among the changes</source>
        <translation>Position unter den Änderungen</translation>
    </message>
    <message>
        <source>Show s&amp;ecrets</source>
        <translation>&amp;Klartext zeigen</translation>
    </message>
    <message>
        <source>Show passwords and other secret values on screen. Off again when you leave the page; never saved.</source>
        <translation>Passwörter und andere geheime Werte auf dem Bildschirm zeigen. Beim Verlassen der Seite wieder aus; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation>Geheime Werte zeigen</translation>
    </message>
    <message>
        <source>Edi&amp;t Result</source>
        <translation>Bea&amp;rbeiten</translation>
    </message>
    <message>
        <source>Edit the migrated deployment.toml by hand; it is checked again as you type</source>
        <translation>Die migrierte deployment.toml von Hand bearbeiten; sie wird bei der Eingabe erneut geprüft</translation>
    </message>
    <message>
        <source>Edit the migrated result</source>
        <translation>Das migrierte Ergebnis bearbeiten</translation>
    </message>
    <message>
        <source>Comparison of the configuration files</source>
        <translation>Vergleich der Konfigurationsdateien</translation>
    </message>
    <message>
        <source>Check of the edited result</source>
        <translation>Prüfung des bearbeiteten Ergebnisses</translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation>&amp;Manuelle Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Go back to the result the proposed changes give</source>
        <translation>Zum Ergebnis der vorgeschlagenen Änderungen zurückkehren</translation>
    </message>
    <message>
        <source>Discard the manual edits</source>
        <translation>Die manuellen Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Migrated deployment.toml, editable</source>
        <translation>Migrierte deployment.toml, bearbeitbar</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>F&amp;ilter:</translation>
    </message>
    <message>
        <source>Which items the list shows</source>
        <translation>Welche Einträge die Liste zeigt</translation>
    </message>
    <message>
        <source>Counts of changes and findings</source>
        <translation>Anzahl der Änderungen und Befunde</translation>
    </message>
    <message>
        <source>Proposed changes and findings</source>
        <translation>Vorgeschlagene Änderungen und Befunde</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <source>Details and remediation of the selected item</source>
        <translation>Details und Abhilfe zum ausgewählten Eintrag</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Diese Änderung auf die migrierte Datei anwenden</translation>
    </message>
    <message>
        <source>Accept the selected change</source>
        <translation>Die ausgewählte Änderung annehmen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Diese Änderung nicht in die migrierte Datei übernehmen</translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation>Die ausgewählte Änderung ablehnen</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead</source>
        <translation>Warum das Fortfahren sicher ist</translation>
    </message>
    <message>
        <source>Why it is safe to go ahead, e.g. &quot;keystore converted to PKCS12 in the new home&quot;; at least 8 characters</source>
        <translation>Warum das Fortfahren sicher ist, z. B. „Keystore im neuen IS-Home nach PKCS12 konvertiert“; mindestens 8 Zeichen</translation>
    </message>
    <message>
        <source>Reason for acknowledging the blocker</source>
        <translation>Begründung für die Bestätigung des Blockers</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Record that you go ahead knowingly, with your reason, in the project journal</source>
        <translation>Im Projektjournal festhalten, dass Sie wissentlich fortfahren, mit Ihrer Begründung</translation>
    </message>
    <message>
        <source>Acknowledge the selected blocker</source>
        <translation>Den ausgewählten Blocker bestätigen</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>&amp;Write to New Home…</source>
        <translation>Ins ne&amp;ue IS-Home schreiben…</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Die migrierte deployment.toml in das neue IS-Home schreiben und die ersetzte Datei als Sicherung mit Zeitstempel aufbewahren</translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new IS home</source>
        <translation>Die migrierte Konfiguration in das neue IS-Home schreiben</translation>
    </message>
</context>
<context>
    <name>Ismw::Cli</name>
    <message>
        <source>Output format: text (for people) or json (one object on stdout).</source>
        <translation>Ausgabeformat: text (für Menschen) oder json (ein Objekt auf stdout).</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation>„%1 COMMAND --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure.</source>
        <translation>Exit-Codes: 0 ok; 1 Warnungen, Unterschiede oder Befunde; 2 ungültige Eingabe oder falscher Aufruf; 3 E/A- oder Datenbankfehler.</translation>
    </message>
    <message>
        <source>%1: the command line of the %2, for scripts and CI.</source>
        <translation>%1: die Kommandozeile des %2, für Skripte und CI.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation>Der auszuführende Befehl (siehe unten).</translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands.</source>
        <translation>„%1 --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>%1 %2 (%3); knows WSO2 Identity Server %4 to %5</source>
        <translation>%1 %2 (%3); kennt WSO2 Identity Server %4 bis %5</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation>unbekanntes Format „%1“: Verwenden Sie text oder json.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigFileWriter</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation>Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>The backup copy %1 could not be made: %2.</source>
        <translation>Die Sicherungskopie %1 konnte nicht angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the free space and that you may write to the folder.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie den freien Speicherplatz und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>The backup copy %1 does not match the file it copies.</source>
        <translation>Die Sicherungskopie %1 stimmt nicht mit der kopierten Datei überein.</translation>
    </message>
    <message>
        <source>Nothing was written. Check the disk, then try again.</source>
        <translation>Es wurde nichts geschrieben. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation>Die Datei kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you may write to the folder.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space and that you may write to the folder.</source>
        <translation>Es wurde nichts geändert. Prüfen Sie den freien Speicherplatz und ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigMigrator</name>
    <message>
        <source>The edit has no key.</source>
        <translation>Die Änderung hat keinen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a table.</source>
        <translation>%1 ist keine Tabelle.</translation>
    </message>
    <message>
        <source>The new value %1 is not a TOML value.</source>
        <translation>Der neue Wert %1 ist kein TOML-Wert.</translation>
    </message>
    <message>
        <source>%1 is a table, not a key.</source>
        <translation>%1 ist eine Tabelle, kein Schlüssel.</translation>
    </message>
    <message>
        <source>The edit has no new key.</source>
        <translation>Die Änderung hat keinen neuen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation>%1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>%1 nach %2 verschieben</translation>
    </message>
    <message>
        <source>Remove %1 (was %2)</source>
        <translation>%1 entfernen (war %2)</translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation>%1 = %2 setzen</translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 ändern</translation>
    </message>
    <message>
        <source>Add %1 = %2 from the new release&apos;s default file</source>
        <translation>%1 = %2 aus der Standarddatei des neuen Releases hinzufügen</translation>
    </message>
    <message>
        <source>The edit %1 cannot be applied: %2</source>
        <translation>Die Änderung %1 kann nicht angewandt werden: %2</translation>
    </message>
    <message>
        <source>The release rules and this file disagree; please report this as a bug.</source>
        <translation>Die Release-Regeln und diese Datei passen nicht zusammen; bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>No release rules are loaded.</source>
        <translation>Es sind keine Release-Regeln geladen.</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Die Regeln sind Teil des Programms: Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Both the release to migrate from and the one to migrate to are needed.</source>
        <translation>Benötigt werden sowohl das Release, von dem, als auch das, auf das migriert wird.</translation>
    </message>
    <message>
        <source>Give releases such as 5.11.0 and %1.</source>
        <translation>Geben Sie Releases wie 5.11.0 und %1 an.</translation>
    </message>
    <message>
        <source>Migrating from %1 to %2 would go back to an older release.</source>
        <translation>Eine Migration von %1 auf %2 ginge zurück auf ein älteres Release.</translation>
    </message>
    <message>
        <source>The wizard only migrates forward; to go back, restore the old home and database from the backup.</source>
        <translation>Der Assistent migriert nur vorwärts; um zurückzugehen, stellen Sie das alte IS-Home und die Datenbank aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>IS %1 is older than the releases the rules cover (%2 to %3).</source>
        <translation>IS %1 ist älter als die Releases, die die Regeln abdecken (%2 bis %3).</translation>
    </message>
    <message>
        <source>Migrate to %1 first as WSO2 documents it, then use the wizard from there.</source>
        <translation>Migrieren Sie zuerst wie von WSO2 dokumentiert auf %1 und verwenden Sie den Assistenten von dort aus.</translation>
    </message>
    <message>
        <source>%1 is not a release the rules know.</source>
        <translation>%1 ist kein Release, das die Regeln kennen.</translation>
    </message>
    <message>
        <source>Known releases: %1.</source>
        <translation>Bekannte Releases: %1.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the releases the rules cover (up to %2).</source>
        <translation>IS %1 ist neuer als die Releases, die die Regeln abdecken (bis %2).</translation>
    </message>
    <message>
        <source>Use a newer version of the wizard, whose rules know %1.</source>
        <translation>Verwenden Sie eine neuere Version des Assistenten, deren Regeln %1 kennen.</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>not asked for: %1</source>
        <translation>nicht verlangt: %1</translation>
    </message>
    <message>
        <source>Plan the migration again for this file; the plan was made for another one.</source>
        <translation>Planen Sie die Migration für diese Datei neu; der Plan wurde für eine andere erstellt.</translation>
    </message>
    <message>
        <source>The migrated configuration cannot be written as TOML: %1</source>
        <translation>Die migrierte Konfiguration kann nicht als TOML geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The migrated configuration would not be valid TOML: %1</source>
        <translation>Die migrierte Konfiguration wäre kein gültiges TOML: %1</translation>
    </message>
    <message>
        <source>Nothing was written; please report this as a bug.</source>
        <translation>Es wurde nichts geschrieben; bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>The migrated configuration differs from the old one in other ways than the accepted edits.</source>
        <translation>Die migrierte Konfiguration unterscheidet sich von der alten nicht nur durch die angenommenen Änderungen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigOutput</name>
    <message>
        <source>+ %1 = %2   (new line %3)</source>
        <translation>+ %1 = %2   (neue Zeile %3)</translation>
    </message>
    <message>
        <source>- %1 = %2   (old line %3)</source>
        <translation>- %1 = %2   (alte Zeile %3)</translation>
    </message>
    <message>
        <source>~ %1: %2 → %3   (lines %4 → %5)</source>
        <translation>~ %1: %2 → %3   (Zeilen %4 → %5)</translation>
    </message>
    <message>
        <source>! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)</source>
        <translation>! %1: %2 (%3) → %4 (%5)   (Zeilen %6 → %7)</translation>
    </message>
    <message>
        <source>&gt; %1 moved   (lines %2 → %3)</source>
        <translation>&gt; %1 verschoben   (Zeilen %2 → %3)</translation>
    </message>
    <message>
        <source># %1: comments changed   (lines %2 → %3)</source>
        <translation># %1: Kommentare geändert   (Zeilen %2 → %3)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Fixed in the written file by the edit %1.</source>
        <translation>In der geschriebenen Datei durch die Änderung %1 behoben.</translation>
    </message>
    <message>
        <source>no findings</source>
        <translation>keine Befunde</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n Befund: %1</numerusform>
            <numerusform>%n Befunde: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a release: write it like 7.3.0.</source>
        <translation>„%1“ ist kein Release: Schreiben Sie es wie 7.3.0.</translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigurationPage</name>
    <message>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Your deployment.toml carried over to the new release. Review the proposed changes and the findings, then write the result into the new IS home.</source>
        <translation>Ihre deployment.toml, übertragen auf das neue Release. Prüfen Sie die vorgeschlagenen Änderungen und die Befunde und schreiben Sie das Ergebnis dann in das neue IS-Home.</translation>
    </message>
    <message>
        <source>Old file ↔ migrated result</source>
        <translation>Alte Datei ↔ migriertes Ergebnis</translation>
    </message>
    <message>
        <source>Old file ↔ new release as shipped</source>
        <translation>Alte Datei ↔ neues Release ab Werk</translation>
    </message>
    <message>
        <source>New release as shipped ↔ migrated result</source>
        <translation>Neues Release ab Werk ↔ Ergebnis</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation>Nur Änderungen</translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation>Nur Befunde</translation>
    </message>
    <message>
        <source>Blockers only</source>
        <translation>Nur Blocker</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard reads the old home&apos;s &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt;, applies the release rules of every step between the two releases, and proposes a migrated file for the new home: your settings carried over, renamed keys renamed, keys the new release no longer knows removed or flagged.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt; shows the old file beside the migrated result (or beside the new release&apos;s own file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Previous&lt;/b&gt; (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.&lt;/p&gt;&lt;p&gt;The list holds the proposed changes, each of which you accept or reject, and the findings. A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until you acknowledge it with a reason; the reason goes into the project journal. &lt;b&gt;Edit Result&lt;/b&gt; lets you change the migrated file by hand; it is checked as you type.&lt;/p&gt;&lt;p&gt;Passwords and other secrets are masked unless you tick &lt;b&gt;Show secrets&lt;/b&gt;, which is never saved. &lt;b&gt;Write to New Home&lt;/b&gt; replaces the new home&apos;s deployment.toml in one step and keeps the file it replaces as a timestamped backup next to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Assistent liest die Datei &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt; des alten IS-Homes, wendet die Release-Regeln jedes Schritts zwischen den beiden Releases an und schlägt eine migrierte Datei für das neue IS-Home vor: Ihre Einstellungen übernommen, umbenannte Schlüssel umbenannt, Schlüssel, die das neue Release nicht mehr kennt, entfernt oder markiert.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vergleich&lt;/b&gt; zeigt die alte Datei neben dem migrierten Ergebnis (oder neben der Datei des neuen Releases), die Zeilen nach Schlüsseln ausgerichtet. Der Rand markiert hinzugefügte (+), entfernte (−) und geänderte (~) Zeilen. &lt;b&gt;Nächste&lt;/b&gt; und &lt;b&gt;Vorherige&lt;/b&gt; (F7 und Umschalt+F7 oder Alt+Herunter und Alt+Hoch) gehen die Änderungen durch.&lt;/p&gt;&lt;p&gt;Die Liste enthält die vorgeschlagenen Änderungen, die Sie jeweils annehmen oder ablehnen, und die Befunde. Ein &lt;b&gt;Blocker&lt;/b&gt; hält „Weiter“ deaktiviert, bis Sie ihn mit einer Begründung bestätigen; die Begründung wird in das Projektjournal übernommen. Mit &lt;b&gt;Bearbeiten&lt;/b&gt; ändern Sie die migrierte Datei von Hand; sie wird schon bei der Eingabe geprüft.&lt;/p&gt;&lt;p&gt;Passwörter und andere geheime Werte bleiben maskiert, solange Sie das Häkchen bei &lt;b&gt;Klartext zeigen&lt;/b&gt; nicht setzen; diese Einstellung wird nie gespeichert. &lt;b&gt;Ins neue IS-Home schreiben&lt;/b&gt; ersetzt die deployment.toml des neuen IS-Homes in einem Schritt und bewahrt die ersetzte Datei als Sicherung mit Zeitstempel daneben auf.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The IS homes are not chosen yet.</source>
        <translation>Die IS-Homes sind noch nicht gewählt.</translation>
    </message>
    <message>
        <source>Choose them on the previous page.</source>
        <translation>Wählen Sie sie auf der vorigen Seite.</translation>
    </message>
    <message>
        <source>Reading the configuration files…</source>
        <translation>Die Konfigurationsdateien werden gelesen…</translation>
    </message>
    <message>
        <source>Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).</source>
        <translation>Konfiguration für %1 → %2 analysiert: %3 vorgeschlagene Änderungen, %4 Befunde (%5 Blocker).</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Altes IS-Home (%1)</translation>
    </message>
    <message>
        <source>Migrated result, edited by hand (%1)</source>
        <translation>Migriertes Ergebnis, von Hand bearbeitet (%1)</translation>
    </message>
    <message>
        <source>Migrated result (%1)</source>
        <translation>Migriertes Ergebnis (%1)</translation>
    </message>
    <message>
        <source>New home as shipped (%1)</source>
        <translation>Neues IS-Home ab Werk (%1)</translation>
    </message>
    <message>
        <source>✔ Fixed by a change</source>
        <translation>✔ Behoben</translation>
    </message>
    <message>
        <source>✔ Acknowledged</source>
        <translation>✔ Bestätigt</translation>
    </message>
    <message>
        <source>✖ Needs acknowledgement</source>
        <translation>✖ Bestätigung nötig</translation>
    </message>
    <message>
        <source>Fixed by a change</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation>Korrektur abgelehnt</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Manueller Schritt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Tick to apply this change to the migrated file, untick to leave it out</source>
        <translation>Häkchen setzen, um diese Änderung auf die migrierte Datei anzuwenden; Häkchen entfernen, um sie wegzulassen</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a proposed change or a finding in the list: what it is and what to do about it show here.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie in der Liste eine vorgeschlagene Änderung oder einen Befund aus: Hier steht dann, worum es geht und was zu tun ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Proposed change: %1</source>
        <translation>Vorgeschlagene Änderung: %1</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Key: %1 → %2</source>
        <translation>Schlüssel: %1 → %2</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Value now: %1</source>
        <translation>Wert bisher: %1</translation>
    </message>
    <message>
        <source>Value after: %1</source>
        <translation>Wert danach: %1</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>Regel: %1</translation>
    </message>
    <message>
        <source>From the new release&apos;s shipped deployment.toml</source>
        <translation>Aus der ausgelieferten deployment.toml des neuen Releases</translation>
    </message>
    <message>
        <source>Not applied unless you accept it.</source>
        <translation>Wird nur angewandt, wenn Sie sie annehmen.</translation>
    </message>
    <message>
        <source>The result has hand edits: discard them to accept or reject proposed changes.</source>
        <translation>Das Ergebnis enthält manuelle Änderungen: Verwerfen Sie sie, um vorgeschlagene Änderungen anzunehmen oder abzulehnen.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>The proposed change that fixes it is rejected: %1</source>
        <translation>Die vorgeschlagene Änderung, die dies behebt, ist abgelehnt: %1</translation>
    </message>
    <message>
        <source>Fixed by the proposed change: %1</source>
        <translation>Behoben durch die vorgeschlagene Änderung: %1</translation>
    </message>
    <message>
        <source>The key is not in the old file.</source>
        <translation>Der Schlüssel steht nicht in der alten Datei.</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <source>Next stays disabled until you acknowledge this blocker with a reason of at least %1 characters.</source>
        <translation>„Weiter“ bleibt deaktiviert, bis Sie diesen Blocker mit einer Begründung von mindestens %1 Zeichen bestätigen.</translation>
    </message>
    <message>
        <source>Discard your hand edits first</source>
        <translation>Verwerfen Sie zuerst Ihre manuellen Änderungen</translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation>Diese Änderung auf die migrierte Datei anwenden</translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation>Diese Änderung nicht in die migrierte Datei übernehmen</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation>Bes&amp;tätigen</translation>
    </message>
    <message>
        <source>Proposed change %1 accepted: %2.</source>
        <translation>Vorgeschlagene Änderung %1 angenommen: %2.</translation>
    </message>
    <message>
        <source>Proposed change %1 rejected: %2.</source>
        <translation>Vorgeschlagene Änderung %1 abgelehnt: %2.</translation>
    </message>
    <message>
        <source>Blocker %1 on %2 acknowledged: %3</source>
        <translation>Blocker %1 bei %2 bestätigt: %3</translation>
    </message>
    <message>
        <source>Not in the old file: %1 = %2</source>
        <translation>Nicht in der alten Datei: %1 = %2</translation>
    </message>
    <message>
        <source>Was %1 in the old file</source>
        <translation>In der alten Datei: %1</translation>
    </message>
    <message>
        <source>✖ Line %1, column %2: %3</source>
        <translation>✖ Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Correct it here, or discard your edits.</source>
        <translation>Korrigieren Sie die Stelle hier oder verwerfen Sie Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Checking the edited result…</source>
        <translation>Das bearbeitete Ergebnis wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid TOML. %n key(s) differ from the proposed result.</source>
        <translation>
            <numerusform>✔ Gültiges TOML. %n Schlüssel weicht vom vorgeschlagenen Ergebnis ab.</numerusform>
            <numerusform>✔ Gültiges TOML. %n Schlüssel weichen vom vorgeschlagenen Ergebnis ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid TOML: the proposed result, not edited yet.</source>
        <translation>✔ Gültiges TOML: das vorgeschlagene Ergebnis, noch nicht bearbeitet.</translation>
    </message>
    <message>
        <source>Edits that did not parse were undone when the secrets were hidden.</source>
        <translation>Änderungen, die sich nicht einlesen ließen, wurden beim Verbergen der geheimen Werte rückgängig gemacht.</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to
%1?</source>
        <translation>Migrierte Konfiguration schreiben nach
%1?</translation>
    </message>
    <message>
        <source>The file there now is first copied to a backup next to it,
%1.bak-YYYYMMDD-HHMMSS,
then replaced in one step: it is never left half-written.</source>
        <translation>Die dort vorhandene Datei wird zuerst in eine Sicherung daneben kopiert,
%1.bak-YYYYMMDD-HHMMSS,
dann in einem Schritt ersetzt: Sie bleibt nie halb geschrieben zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) are not acknowledged yet: the new home may not start with this file.</source>
        <translation>
            <numerusform>%n Blocker ist noch nicht bestätigt: Das neue IS-Home startet mit dieser Datei möglicherweise nicht.</numerusform>
            <numerusform>%n Blocker sind noch nicht bestätigt: Das neue IS-Home startet mit dieser Datei möglicherweise nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to New Home</source>
        <translation>Ins neue IS-Home schreiben</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>✖ Not written: %1</source>
        <translation>✖ Nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The file in the new home is unchanged.</source>
        <translation>Die Datei im neuen IS-Home ist unverändert.</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>✔ Written to %1 (there was no file to replace).</source>
        <translation>✔ Nach %1 geschrieben (es gab keine Datei zu ersetzen).</translation>
    </message>
    <message>
        <source>✔ Written to %1. The file it replaced is kept as %2.</source>
        <translation>✔ Nach %1 geschrieben. Die ersetzte Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Migrated configuration written to %1 (SHA-256 %2).</source>
        <translation>Migrierte Konfiguration nach %1 geschrieben (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Backup of the replaced file: %1.</source>
        <translation>Sicherung der ersetzten Datei: %1.</translation>
    </message>
    <message>
        <source>Rejected changes: %1.</source>
        <translation>Abgelehnte Änderungen: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Keys edited by hand: %1.</source>
        <translation>Von Hand bearbeitete Schlüssel: %1.</translation>
    </message>
    <message>
        <source>Edited by hand before writing %1</source>
        <translation>Vor dem Schreiben von %1 von Hand bearbeitet</translation>
    </message>
    <message>
        <source>Reading and analysing the configuration…</source>
        <translation>Die Konfiguration wird gelesen und analysiert…</translation>
    </message>
    <message>
        <source>Writing the migrated configuration…</source>
        <translation>Die migrierte Konfiguration wird geschrieben…</translation>
    </message>
    <message>
        <source>The configuration could not be analysed: see above.</source>
        <translation>Die Konfiguration konnte nicht analysiert werden: siehe oben.</translation>
    </message>
    <message>
        <source>The configuration is read once the IS homes are chosen.</source>
        <translation>Die Konfiguration wird gelesen, sobald die IS-Homes gewählt sind.</translation>
    </message>
    <message>
        <source>The edited result is not valid (line %1): correct it or discard your edits.</source>
        <translation>Das bearbeitete Ergebnis ist ungültig (Zeile %1): Korrigieren Sie es oder verwerfen Sie Ihre Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to acknowledge: select each in the list and give a reason.</source>
        <translation>
            <numerusform>%n Blocker zu bestätigen: Wählen Sie ihn in der Liste aus und geben Sie eine Begründung an.</numerusform>
            <numerusform>%n Blocker zu bestätigen: Wählen Sie jeden in der Liste aus und geben Sie eine Begründung an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new home to continue.</source>
        <translation>Schreiben Sie die migrierte Konfiguration in das neue IS-Home, um fortzufahren.</translation>
    </message>
    <message numerus="yes">
        <source>(%n rejected)</source>
        <translation>
            <numerusform>(%n abgelehnt)</numerusform>
            <numerusform>(%n abgelehnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>: </source>
        <translation>: </translation>
    </message>
    <message>
        <source>The new home&apos;s deployment.toml already holds this result</source>
        <translation>Die deployment.toml des neuen IS-Homes enthält dieses Ergebnis bereits</translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation>Die migrierte deployment.toml in das neue IS-Home schreiben und die ersetzte Datei als Sicherung mit Zeitstempel aufbewahren</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Ismw::DemoProject</name>
    <message>
        <source>Could not create the demo folder %1.</source>
        <translation>Der Demo-Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Demo migration %1 → %2</source>
        <translation>Demo-Migration %1 → %2</translation>
    </message>
    <message>
        <source>%1 is the newest release</source>
        <translation>%1 ist das neueste Release</translation>
    </message>
    <message>
        <source>Keystores are JKS; %1 defaults to PKCS12</source>
        <translation>Keystores sind JKS; %1 verwendet standardmäßig PKCS12</translation>
    </message>
    <message>
        <source>Keep type = &quot;JKS&quot; or convert with keytool.</source>
        <translation>Behalten Sie type = &quot;JKS&quot; bei oder konvertieren Sie mit keytool.</translation>
    </message>
    <message>
        <source>JKS kept for this release</source>
        <translation>JKS für dieses Release beibehalten</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Lauf %1 in der Umgebung %2 von %3 gestartet.</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Lauf %1 beendet: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DiffCommand</name>
    <message>
        <source>Semantic difference of two deployment.toml files, with the release rules&apos; findings.</source>
        <translation>Semantischer Vergleich zweier deployment.toml-Dateien, mit den Befunden der Release-Regeln.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to, e.g. 5.11.0.</source>
        <translation>Das Release, zu dem OLD.toml gehört, z. B. 5.11.0.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>Das Release, auf das migriert wird, z. B. 7.3.0.</translation>
    </message>
    <message>
        <source>Also report keys whose comments changed.</source>
        <translation>Auch Schlüssel melden, deren Kommentare sich geändert haben.</translation>
    </message>
    <message>
        <source>Also report keys that moved within their table.</source>
        <translation>Auch Schlüssel melden, die innerhalb ihrer Tabelle verschoben wurden.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>Die derzeit genutzte deployment.toml.</translation>
    </message>
    <message>
        <source>The deployment.toml to compare it with.</source>
        <translation>Die deployment.toml, mit der sie verglichen wird.</translation>
    </message>
    <message numerus="yes">
        <source>give two files, OLD.toml and NEW.toml; got %n.</source>
        <translation>
            <numerusform>zwei Dateien erwartet, OLD.toml und NEW.toml; angegeben wurde %n.</numerusform>
            <numerusform>zwei Dateien erwartet, OLD.toml und NEW.toml; angegeben wurden %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to go together: the rules run from one release to another.</source>
        <translation>--from und --to gehören zusammen: Die Regeln führen von einem Release zu einem anderen.</translation>
    </message>
    <message>
        <source>No differences: the two files mean the same.</source>
        <translation>Keine Unterschiede: Beide Dateien bedeuten dasselbe.</translation>
    </message>
    <message>
        <source>Release rules %1 → %2 (%3):</source>
        <translation>Release-Regeln %1 → %2 (%3):</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1.</source>
        <translation>
            <numerusform>%n Unterschied, %1.</numerusform>
            <numerusform>%n Unterschiede, %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n cleanup run(s), dry runs not counted</source>
        <translation>
            <numerusform>%n Bereinigungslauf, Probeläufe nicht gezählt</numerusform>
            <numerusform>%n Bereinigungsläufe, Probeläufe nicht gezählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n Blocker</numerusform>
            <numerusform>%n Blocker</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 s</source>
        <translation>%1 Zeilen in %2 s entfernt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n akzeptiert</numerusform>
            <numerusform>%n akzeptiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Last started</source>
        <translation>Zuletzt gestartet</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Datenbankbereinigung</translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation>Akzeptierte Risiken</translation>
    </message>
</context>
<context>
    <name>Ismw::InspectCommand</name>
    <message>
        <source>Release, parts and customizations of an IS home.</source>
        <translation>Release, Bestandteile und Anpassungen eines IS-Homes.</translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation>Das IS-Home: der Ordner, der bin/ und repository/ enthält.</translation>
    </message>
    <message>
        <source>no IS home given.</source>
        <translation>kein IS-Home angegeben.</translation>
    </message>
    <message>
        <source>one IS home at a time, got %1: %2.</source>
        <translation>nur ein IS-Home je Aufruf, angegeben wurden %1: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::IsHomeInspector</name>
    <message>
        <source>Choose the folder that contains bin/ and repository/, e.g. %1.</source>
        <translation>Wählen Sie den Ordner, der bin/ und repository/ enthält, z. B. %1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>No folder was given. %1</source>
        <translation>Es wurde kein Ordner angegeben. %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as the user that owns the IS home, or grant read access to it.</source>
        <translation>%1 kann nicht gelesen werden: Dieser Benutzer darf den Ordner %2 nicht betreten. Führen Sie den Assistenten als der Benutzer aus, dem das IS-Home gehört, oder gewähren Sie Lesezugriff darauf.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. %3</source>
        <translation>%1 ist ein symbolischer Link auf das nicht vorhandene Ziel %2. %3</translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path for typing errors. %2</source>
        <translation>%1 existiert nicht. Prüfen Sie den Pfad auf Tippfehler. %2</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. It seems to be extracted already: choose the folder %2.</source>
        <translation>%1 ist ein Archiv, kein Ordner. Es scheint bereits entpackt zu sein: Wählen Sie den Ordner %2.</translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the extracted folder %3.</source>
        <translation>%1 ist ein Archiv, kein Ordner. Entpacken Sie es zuerst (z. B. unzip %2) und wählen Sie den entpackten Ordner %3.</translation>
    </message>
    <message>
        <source>%1 is a file inside the IS home %2. Choose the folder %2 itself.</source>
        <translation>%1 ist eine Datei im IS-Home %2. Wählen Sie den Ordner %2 selbst.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation>%1 ist eine Datei, kein Ordner. %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, or grant read access to it (e.g. chmod -R u+rX).</source>
        <translation>%1 kann nicht gelesen werden: Zugriff verweigert. Führen Sie den Assistenten als der Benutzer aus, dem das IS-Home gehört, oder gewähren Sie Lesezugriff darauf (z. B. chmod -R u+rX).</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains one: %2. Choose %2.</source>
        <translation>%1 ist selbst kein IS-Home, enthält aber eines: %2. Wählen Sie %2.</translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.</source>
        <translation>%1 ist selbst kein IS-Home, enthält aber mehrere: %2. Wählen Sie das zu untersuchende aus.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server home: missing %2. %3</source>
        <translation>%1 ist kein IS-Home von WSO2 Identity Server: %2 nicht gefunden. %3</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is a home of %2 (%3 says “%4”), not of WSO2 Identity Server. This wizard migrates Identity Server only: choose an Identity Server folder, e.g. %5.</source>
        <translation>%1 gehört zu %2 (%3 nennt „%4“), nicht zu WSO2 Identity Server. Dieser Assistent migriert nur Identity Server: Wählen Sie einen Ordner von Identity Server, z. B. %5.</translation>
    </message>
    <message>
        <source>No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity Server %3, so this home is taken to be %3. Restore %4 from the release&apos;s distribution to be sure.</source>
        <translation>Keine Datei nennt das Release; %1 nennt Kernel %2, den Kernel von WSO2 Identity Server %3, daher wird dieses IS-Home als %3 angenommen. Stellen Sie zur Sicherheit %4 aus der Distribution des Releases wieder her.</translation>
    </message>
    <message>
        <source>None of %1 names a release, so the wizard cannot tell which rules apply to this home. Restore %2 from the release&apos;s distribution.</source>
        <translation>Keine der Dateien %1 nennt ein Release, daher kann der Assistent nicht feststellen, welche Regeln für dieses IS-Home gelten. Stellen Sie %2 aus der Distribution des Releases wieder her.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its configuration lives in the XML files under repository/conf/, which the wizard cannot carry over. Move your changes by hand.</source>
        <translation>WSO2 Identity Server %1 ist älter als deployment.toml (eingeführt in 5.9.0): Seine Konfiguration liegt in den XML-Dateien unter repository/conf/, die der Assistent nicht übernehmen kann. Übertragen Sie Ihre Änderungen von Hand.</translation>
    </message>
    <message>
        <source>%1 is missing, so there is no configuration to carry over. Restore it from a backup of this home.</source>
        <translation>%1 fehlt, daher gibt es keine Konfiguration zu übernehmen. Stellen Sie die Datei aus einer Sicherung dieses IS-Homes wieder her.</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 nennt %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2</source>
        <translation>%1 nennt Kernel %2</translation>
    </message>
    <message>
        <source>%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)</source>
        <translation>%1 nennt Kernel %2, der zu %3 gehört, nicht zu %4 (Kernel %5)</translation>
    </message>
    <message>
        <source>%1 says kernel %2, not %3 as %4 has</source>
        <translation>%1 nennt Kernel %2, nicht %3 wie %4</translation>
    </message>
    <message>
        <source>The wizard goes by %1 (%2).</source>
        <translation>Der Assistent richtet sich nach %1 (%2).</translation>
    </message>
    <message>
        <source>The version sources disagree: %1. %2 Make sure which release this home really is: a partly applied update or a file copied from another home leaves such traces.</source>
        <translation>Die Versionsquellen widersprechen sich: %1. %2 Klären Sie, welches Release dieses IS-Home wirklich ist: Ein teilweise eingespieltes Update oder eine aus einem anderen IS-Home kopierte Datei hinterlässt solche Spuren.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its checks and configuration rules may not cover it: look for a newer version of the wizard.</source>
        <translation>WSO2 Identity Server %1 ist neuer als das neueste Release, das dieser Assistent kennt (%2). Seine Prüfungen und Konfigurationsregeln decken es möglicherweise nicht ab: Suchen Sie nach einer neueren Version des Assistenten.</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its checks and configuration rules do not cover it.</source>
        <translation>WSO2 Identity Server %1 ist älter als das älteste Release, das dieser Assistent kennt (%2). Seine Prüfungen und Konfigurationsregeln decken es nicht ab.</translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check the version files of this home.</source>
        <translation>%1 ist kein diesem Assistenten bekanntes Release von WSO2 Identity Server (er kennt %2 bis %3). Prüfen Sie die Versionsdateien dieses IS-Homes.</translation>
    </message>
    <message>
        <source>Some folders of this home hold more than %1 entries; only the first ones were looked at.</source>
        <translation>Einige Ordner dieses IS-Homes enthalten mehr als %1 Einträge; nur die ersten wurden untersucht.</translation>
    </message>
    <message>
        <source>OSGi bundle added to dropins</source>
        <translation>OSGi-Bundle, zu dropins hinzugefügt</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.</source>
        <translation>Kopieren Sie es im neuen IS-Home nach %1, sobald es für die APIs von %2 neu gebaut oder als passend bestätigt ist.</translation>
    </message>
    <message>
        <source>%1 JDBC driver</source>
        <translation>JDBC-Treiber für %1</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, built for the Java version the new release runs on.</source>
        <translation>Kopieren Sie einen JDBC-Treiber für %1 im neuen IS-Home nach %2; bevorzugen Sie das aktuelle Treiber-Release, gebaut für die Java-Version, mit der das neue Release läuft.</translation>
    </message>
    <message>
        <source>library added to lib</source>
        <translation>Bibliothek, zu lib hinzugefügt</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home unless the new release already ships it (or a newer version of it).</source>
        <translation>Kopieren Sie sie im neuen IS-Home nach %1, sofern das neue Release sie (oder eine neuere Version davon) nicht bereits mitliefert.</translation>
    </message>
    <message>
        <source>%1 keystore</source>
        <translation>%1-Keystore</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps working only where deployment.toml says type = &quot;%2&quot;.</source>
        <translation>Kopieren Sie ihn im neuen IS-Home nach %1. Ab 7.1.0 sind Keystores standardmäßig PKCS12: Eine %2-Datei funktioniert nur weiter, wo deployment.toml type = &quot;%2&quot; angibt.</translation>
    </message>
    <message>
        <source>secondary user store</source>
        <translation>sekundärer Benutzerspeicher</translation>
    </message>
    <message>
        <source>secondary user store (%1)</source>
        <translation>sekundärer Benutzerspeicher (%1)</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home.</source>
        <translation>Kopieren Sie ihn im neuen IS-Home nach %1.</translation>
    </message>
    <message>
        <source>Its user store manager does not support unique user IDs; the newer releases keep such managers for backward compatibility only, so plan the switch to the UniqueID variant.</source>
        <translation>Sein Benutzerspeicher-Manager unterstützt keine eindeutigen Benutzer-IDs; neuere Releases behalten solche Manager nur aus Gründen der Abwärtskompatibilität, planen Sie daher den Wechsel zur UniqueID-Variante.</translation>
    </message>
    <message>
        <source>web app (folder)</source>
        <translation>Webanwendung (Ordner)</translation>
    </message>
    <message>
        <source>web app (war)</source>
        <translation>Webanwendung (war)</translation>
    </message>
    <message>
        <source>Rebuild it against %1 and deploy it in %2 of the new home.</source>
        <translation>Bauen Sie sie gegen %1 neu und stellen Sie sie im neuen IS-Home in %2 bereit.</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>The tenant&apos;s data moves with the databases; copy %1 to the new home for its files (user stores, keystores).</source>
        <translation>Die Daten des Mandanten wandern mit den Datenbanken; kopieren Sie %1 für seine Dateien (Benutzerspeicher, Keystores) in das neue IS-Home.</translation>
    </message>
    <message>
        <source>IS home: %1</source>
        <translation>IS-Home: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Release: %1 %2 (kernel %3)</source>
        <translation>Release: %1 %2 (Kernel %3)</translation>
    </message>
    <message>
        <source>Version sources:</source>
        <translation>Versionsquellen:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
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
        <translation>Bestandteile:</translation>
    </message>
    <message>
        <source>deployment.toml</source>
        <translation>deployment.toml</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>Plugin jars</source>
        <translation>Plugin-JARs</translation>
    </message>
    <message>
        <source>Dropin jars</source>
        <translation>Dropin-JARs</translation>
    </message>
    <message>
        <source>Lib jars</source>
        <translation>Lib-JARs</translation>
    </message>
    <message>
        <source>Keystores</source>
        <translation>Keystores</translation>
    </message>
    <message>
        <source>Secondary user stores</source>
        <translation>Sekundäre Benutzerspeicher</translation>
    </message>
    <message>
        <source>Web apps</source>
        <translation>Webanwendungen</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Database scripts</source>
        <translation>Datenbankskripte</translation>
    </message>
    <message>
        <source>%1 .sql files; cleanup scripts for %2</source>
        <translation>%1 .sql-Dateien; Bereinigungsskripte für %2</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>Customizations: none found.</source>
        <translation>Anpassungen: keine gefunden.</translation>
    </message>
    <message>
        <source>Customizations to carry over (%1):</source>
        <translation>Zu übernehmende Anpassungen (%1):</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Dropin jar</source>
        <translation>Dropin-JAR</translation>
    </message>
    <message>
        <source>Lib jar</source>
        <translation>Lib-JAR</translation>
    </message>
    <message>
        <source>JDBC driver</source>
        <translation>JDBC-Treiber</translation>
    </message>
    <message>
        <source>User store</source>
        <translation>Benutzerspeicher</translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation>Keystore</translation>
    </message>
    <message>
        <source>Web app</source>
        <translation>Webanwendung</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrateConfigCommand</name>
    <message>
        <source>Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.</source>
        <translation>Eine deployment.toml auf ein neueres Release übertragen: Umbenennungen, Entfernungen, neue Schlüssel, Befunde.</translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home.</source>
        <translation>Das Release, zu dem OLD.toml gehört. Nötig, sofern OLD.toml nicht in seinem IS-Home liegt.</translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation>Das Release, auf das migriert wird, z. B. 7.3.0.</translation>
    </message>
    <message>
        <source>The deployment.toml the new release ships: keys it requires are added.</source>
        <translation>Die deployment.toml, die das neue Release mitliefert: Schlüssel, die sie verlangt, werden hinzugefügt.</translation>
    </message>
    <message>
        <source>Do not apply the proposed edit with this id (repeatable; the ids are in the output).</source>
        <translation>Die vorgeschlagene Änderung mit dieser ID nicht anwenden (wiederholbar; die IDs stehen in der Ausgabe).</translation>
    </message>
    <message>
        <source>Where to write the migrated file; an existing file is kept as a timestamped backup. &quot;-&quot; prints it.</source>
        <translation>Wohin die migrierte Datei geschrieben wird; eine vorhandene Datei wird als Sicherung mit Zeitstempel aufbewahrt. &quot;-&quot; gibt sie aus.</translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation>Die derzeit genutzte deployment.toml.</translation>
    </message>
    <message numerus="yes">
        <source>give one file, OLD.toml; got %n.</source>
        <translation>
            <numerusform>eine Datei erwartet, OLD.toml; angegeben wurde %n.</numerusform>
            <numerusform>eine Datei erwartet, OLD.toml; angegeben wurden %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--to is missing: which release to migrate to?</source>
        <translation>--to fehlt: Auf welches Release soll migriert werden?</translation>
    </message>
    <message>
        <source>-o is missing: where to write the migrated file (&quot;-o -&quot; prints it)?</source>
        <translation>-o fehlt: Wohin soll die migrierte Datei geschrieben werden (&quot;-o -&quot; gibt sie aus)?</translation>
    </message>
    <message>
        <source>&quot;-o -&quot; prints the file itself; it cannot go with --format json.</source>
        <translation>&quot;-o -&quot; gibt die Datei selbst aus; das geht nicht zusammen mit --format json.</translation>
    </message>
    <message>
        <source>cannot tell which release %1 is from: it is not in an IS home&apos;s repository/conf. Give --from.</source>
        <translation>kann nicht feststellen, zu welchem Release %1 gehört: Die Datei liegt nicht in repository/conf eines IS-Homes. Geben Sie --from an.</translation>
    </message>
    <message>
        <source>--reject %1: no proposed edit has this id; run without --reject to see the ids.</source>
        <translation>--reject %1: Keine vorgeschlagene Änderung hat diese ID; rufen Sie den Befehl ohne --reject auf, um die IDs zu sehen.</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>Von %1 auf %2 (%3).</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) applied, %1.</source>
        <translation>
            <numerusform>%n Änderung angewandt, %1.</numerusform>
            <numerusform>%n Änderungen angewandt, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Die ersetzte Datei ist als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewandt</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationProject</name>
    <message>
        <source>Project &quot;%1&quot; created in %2.</source>
        <translation>Projekt „%1“ in %2 angelegt.</translation>
    </message>
    <message>
        <source>Environment %1 (%2) added to the project.</source>
        <translation>Umgebung %1 (%2) zum Projekt hinzugefügt.</translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation>Lauf %1 in der Umgebung %2 von %3 gestartet.</translation>
    </message>
    <message>
        <source>Went ahead despite rule %1: %2 Reason given: %3</source>
        <translation>Trotz Regel %1 fortgefahren: %2 Angegebene Begründung: %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation>Lauf %1 beendet: %2.</translation>
    </message>
    <message>
        <source>Old IS home %1 (%2), new IS home %3 (%4).</source>
        <translation>Altes IS-Home %1 (%2), neues IS-Home %3 (%4).</translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationWizard</name>
    <message>
        <source>Help: %1</source>
        <translation>Hilfe: %1</translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Ismw::OrderRule</name>
    <message>
        <source>No pre-production pilot is recorded in this project. The migration guide asks for a pilot on pre-production with a production-like database before production is migrated.</source>
        <translation>In diesem Projekt ist kein Pilotlauf in der Vorproduktion verzeichnet. Die Migrationsanleitung verlangt einen Pilotlauf in der Vorproduktion mit einer produktionsähnlichen Datenbank, bevor die Produktion migriert wird.</translation>
    </message>
    <message numerus="yes">
        <source>The pre-production pilot recorded in this project has not been completed (%n run(s) started, none finished). The migration guide asks for a completed pilot before production is migrated.</source>
        <translation>
            <numerusform>Der in diesem Projekt verzeichnete Pilotlauf in der Vorproduktion ist nicht abgeschlossen (%n Lauf gestartet, keiner beendet). Die Migrationsanleitung verlangt einen abgeschlossenen Pilotlauf, bevor die Produktion migriert wird.</numerusform>
            <numerusform>Der in diesem Projekt verzeichnete Pilotlauf in der Vorproduktion ist nicht abgeschlossen (%n Läufe gestartet, keiner beendet). Die Migrationsanleitung verlangt einen abgeschlossenen Pilotlauf, bevor die Produktion migriert wird.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Choose the IS home in use now and the unpacked home of the release to migrate to. The wizard reads their releases from their files.</source>
        <translation>Wählen Sie das derzeit genutzte IS-Home und das entpackte IS-Home des Ziel-Releases. Der Assistent liest die Releases aus deren Dateien.</translation>
    </message>
    <message>
        <source>Choose the Old IS Home</source>
        <translation>Altes IS-Home wählen</translation>
    </message>
    <message>
        <source>Choose the New IS Home</source>
        <translation>Neues IS-Home wählen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(Carbon kernel %1)</source>
        <translation>(Carbon-Kernel %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) to carry over, e.g. %1.</source>
        <translation>
            <numerusform>%n zu übernehmende Anpassung: %1.</numerusform>
            <numerusform>%n zu übernehmende Anpassungen, z. B. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IS homes…</source>
        <translation>Die IS-Homes werden gelesen…</translation>
    </message>
    <message>
        <source>Choose the old IS home.</source>
        <translation>Wählen Sie das alte IS-Home.</translation>
    </message>
    <message>
        <source>The old IS home is not usable: see above.</source>
        <translation>Das alte IS-Home ist nicht verwendbar: siehe oben.</translation>
    </message>
    <message>
        <source>Choose the new IS home.</source>
        <translation>Wählen Sie das neue IS-Home.</translation>
    </message>
    <message>
        <source>The new IS home is not usable: see above.</source>
        <translation>Das neue IS-Home ist nicht verwendbar: siehe oben.</translation>
    </message>
    <message>
        <source>The new home (%1) must be a later release than the old one (%2): choose the homes the other way round, or the unpacked new release.</source>
        <translation>Das neue IS-Home (%1) muss ein späteres Release sein als das alte (%2): Wählen Sie die IS-Homes umgekehrt oder das entpackte neue Release.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 auf %2.</translation>
    </message>
    <message>
        <source>%1 is not the newest release: %2 is. The migration guide advises migrating to the newest release.</source>
        <translation>%1 ist nicht das neueste Release, das ist %2. Die Migrationsanleitung empfiehlt die Migration auf das neueste Release.</translation>
    </message>
    <message>
        <source>Shown when both homes are known.</source>
        <translation>Wird angezeigt, sobald beide IS-Homes bekannt sind.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das &lt;b&gt;alte IS-Home&lt;/b&gt; ist der Ordner des derzeit genutzten Identity Servers (er enthält &lt;i&gt;bin/&lt;/i&gt; und &lt;i&gt;repository/&lt;/i&gt;). Das &lt;b&gt;neue IS-Home&lt;/b&gt; ist das neueste Release, heruntergeladen und entpackt, aber noch nicht gegen Ihre Datenbanken gestartet.&lt;/p&gt;&lt;p&gt;Der Assistent liest das Release jedes IS-Homes aus dessen Dateien und lehnt einen Ordner ab, der kein IS-Home ist, unter Angabe dessen, was fehlt. Die Migration muss vorwärts gehen: Das neue Release muss später als das alte sein und sollte das neueste Release sein.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectPage</name>
    <message>
        <source>Migration projects (*.ismig)</source>
        <translation>Migrationsprojekte (*.ismig)</translation>
    </message>
    <message>
        <source>Migration project</source>
        <translation>Migrationsprojekt</translation>
    </message>
    <message>
        <source>One project file follows a migration through every environment, from development to production. Choose it, the environment you migrate now, and who you are.</source>
        <translation>Eine Projektdatei begleitet eine Migration durch alle Umgebungen, von der Entwicklung bis zur Produktion. Wählen Sie die Datei und die Umgebung, die Sie jetzt migrieren, und geben Sie an, wer Sie sind.</translation>
    </message>
    <message>
        <source>&lt;p&gt;A migration moves each environment in turn: development first, then test, then a pilot on pre-production with a production-like database, and production last. One project file (&lt;i&gt;*.ismig&lt;/i&gt;) records all of them, so what dev and pre-prod found and how long their database cleanup took is in front of you when production comes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New Project&lt;/b&gt; starts a project file; &lt;b&gt;Open Project&lt;/b&gt; continues one. Choose the environment you migrate now and enter your name: every decision is journaled under it.&lt;/p&gt;&lt;p&gt;Production cannot start before a completed pre-production pilot is recorded, unless you acknowledge that with a reason. The reason goes into the journal and the final report.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine Migration durchläuft die Umgebungen nacheinander: zuerst die Entwicklung, dann Test, dann ein Pilotlauf in der Vorproduktion mit einer produktionsähnlichen Datenbank und zuletzt die Produktion. Eine Projektdatei (&lt;i&gt;*.ismig&lt;/i&gt;) hält alle fest, sodass Ihnen bei der Produktion vorliegt, was Entwicklung und Vorproduktion gefunden haben und wie lange deren Datenbankbereinigung gedauert hat.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Neues Projekt&lt;/b&gt; legt eine Projektdatei an; &lt;b&gt;Projekt öffnen&lt;/b&gt; setzt eine fort. Wählen Sie die Umgebung, die Sie jetzt migrieren, und geben Sie Ihren Namen ein: Jede Entscheidung wird unter diesem Namen im Journal festgehalten.&lt;/p&gt;&lt;p&gt;Die Produktion kann erst beginnen, wenn ein abgeschlossener Pilotlauf in der Vorproduktion verzeichnet ist, es sei denn, Sie bestätigen das Abweichen mit einer Begründung. Die Begründung wird in das Journal und den Abschlussbericht übernommen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New Migration Project</source>
        <translation>Neues Migrationsprojekt</translation>
    </message>
    <message>
        <source>is-migration.ismig</source>
        <translation>is-migration.ismig</translation>
    </message>
    <message>
        <source>Open Migration Project</source>
        <translation>Migrationsprojekt öffnen</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Create or open a project file to continue.</source>
        <translation>Legen Sie eine Projektdatei an oder öffnen Sie eine, um fortzufahren.</translation>
    </message>
    <message>
        <source>Name the custom environment.</source>
        <translation>Geben Sie der benutzerdefinierten Umgebung einen Namen.</translation>
    </message>
    <message>
        <source>Enter your name as the operator of this run.</source>
        <translation>Geben Sie Ihren Namen als Operator dieses Laufs ein.</translation>
    </message>
    <message>
        <source>Give the reason for going ahead in a few words (at least %1 characters).</source>
        <translation>Begründen Sie das Fortfahren in wenigen Worten (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Tick the acknowledgement to go ahead without a completed pre-production pilot.</source>
        <translation>Setzen Sie das Häkchen bei der Bestätigung, um ohne abgeschlossenen Pilotlauf in der Vorproduktion fortzufahren.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · created %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · angelegt am %3</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>Kein Projekt geöffnet. Legen Sie ein neues Projekt für diese Migration an oder öffnen Sie das Projekt der früheren Umgebungen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectStore</name>
    <message>
        <source>The project file %1 is damaged (%2: %3). It was not changed. Restore it from your backup; if the wizard ever upgraded its format, the copy it made then lies beside it (*.schema-N.bak).</source>
        <translation>Die Projektdatei %1 ist beschädigt (%2: %3). Sie wurde nicht verändert. Stellen Sie sie aus Ihrer Sicherung wieder her; hat der Assistent ihr Format einmal aktualisiert, liegt die dabei angelegte Kopie daneben (*.schema-N.bak).</translation>
    </message>
    <message>
        <source>Could not %1 in the project file %2: %3. Check that the disk is not full and the file is writable; the change was not saved.</source>
        <translation>Fehler beim %1 in der Projektdatei %2: %3. Stellen Sie sicher, dass der Datenträger nicht voll und die Datei beschreibbar ist; die Änderung wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation>Vorbereiten einer Anweisung</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>No project file is open.</source>
        <translation>Keine Projektdatei geöffnet.</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Choose an existing *.ismig file or create a new project.</source>
        <translation>Die Projektdatei %1 existiert nicht. Wählen Sie eine vorhandene *.ismig-Datei oder legen Sie ein neues Projekt an.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a migration project file. Choose a *.ismig file.</source>
        <translation>%1 ist ein Ordner, keine Migrationsprojektdatei. Wählen Sie eine *.ismig-Datei.</translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a migration project. It was not changed.</source>
        <translation>%1 ist leer und daher kein Migrationsprojekt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is not a migration project file (it is not an SQLite database). It was not changed. Choose a *.ismig file made by the IS Migration Wizard.</source>
        <translation>%1 ist keine Migrationsprojektdatei (keine SQLite-Datenbank). Die Datei wurde nicht verändert. Wählen Sie eine vom IS Migration Wizard angelegte *.ismig-Datei.</translation>
    </message>
    <message>
        <source>The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there first: two wizards writing one project would mix their records.</source>
        <translation>Das Projekt %1 ist in einem anderen IS Migration Wizard geöffnet (Prozess %2 auf %3). Schließen Sie es zuerst dort: Zwei Assistenten, die in dasselbe Projekt schreiben, würden ihre Aufzeichnungen vermischen.</translation>
    </message>
    <message>
        <source>open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a migration project. It was not changed.</source>
        <translation>%1 ist eine SQLite-Datenbank eines anderen Programms, kein Migrationsprojekt. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to format %3). Update the wizard to open it. The file was not changed.</source>
        <translation>%1 wurde von einem neueren IS Migration Wizard geschrieben (Projektformat %2; diese Version liest bis Format %3). Aktualisieren Sie den Assistenten, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new project.</source>
        <translation>%1 existiert bereits. Öffnen Sie die Datei oder wählen Sie einen anderen Namen für das neue Projekt.</translation>
    </message>
    <message>
        <source>Could not create %1. Check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht angelegt werden. Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <source>create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <source>set up</source>
        <translation>Einrichten</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; the file was not changed.</source>
        <translation>%1 konnte vor der Aktualisierung des Formats nicht nach %2 gesichert werden. Prüfen Sie, ob der Ordner beschreibbar ist; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 has no project format version. It was not changed.</source>
        <translation>%1 hat keine Projektformatversion. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation>Lesen des Journals</translation>
    </message>
    <message>
        <source>The project file %1 has lost its project record. Restore it from a backup.</source>
        <translation>In der Projektdatei %1 fehlt der Projektdatensatz. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReleaseRules</name>
    <message>
        <source>Unknown rule file format; this program reads format 1.</source>
        <translation>Unbekanntes Format der Regeldatei; dieses Programm liest Format 1.</translation>
    </message>
    <message>
        <source>[step] must be a table.</source>
        <translation>[step] muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>every_migration must be true when it is given.</source>
        <translation>every_migration muss true sein, wenn es angegeben ist.</translation>
    </message>
    <message>
        <source>A step must go to a newer release.</source>
        <translation>Ein Schritt muss zu einem neueren Release führen.</translation>
    </message>
    <message>
        <source>Rules are written as [[rule]] tables.</source>
        <translation>Regeln werden als [[rule]]-Tabellen geschrieben.</translation>
    </message>
    <message>
        <source>Unknown key “%1”.</source>
        <translation>Unbekannter Schlüssel „%1“.</translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation>„%1“ fehlt.</translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation>„%1“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation>„%1“ darf nicht leer sein.</translation>
    </message>
    <message>
        <source>“%1” must be a string or an array of strings.</source>
        <translation>„%1“ muss eine Zeichenkette oder ein Array von Zeichenketten sein.</translation>
    </message>
    <message>
        <source>“%1” is not a key path.</source>
        <translation>„%1“ ist kein Schlüsselpfad.</translation>
    </message>
    <message>
        <source>A regular expression must be a string.</source>
        <translation>Ein regulärer Ausdruck muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation>Ungültiger regulärer Ausdruck: %1.</translation>
    </message>
    <message>
        <source>A release must be a string such as &quot;7.1.0&quot;.</source>
        <translation>Ein Release muss eine Zeichenkette wie &quot;7.1.0&quot; sein.</translation>
    </message>
    <message>
        <source>“%1” is not a release.</source>
        <translation>„%1“ ist kein Release.</translation>
    </message>
    <message>
        <source>A value to compare with must be a string, number or boolean.</source>
        <translation>Ein Vergleichswert muss eine Zeichenkette, eine Zahl oder ein Wahrheitswert sein.</translation>
    </message>
    <message>
        <source>“%1” is not a key name.</source>
        <translation>„%1“ ist kein Schlüsselname.</translation>
    </message>
    <message>
        <source>“%1” must be an array.</source>
        <translation>„%1“ muss ein Array sein.</translation>
    </message>
    <message>
        <source>“%1” must be a table of key paths.</source>
        <translation>„%1“ muss eine Tabelle von Schlüsselpfaden sein.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”.</source>
        <translation>Unbekannte Bedingung „%1“.</translation>
    </message>
    <message>
        <source>value_* and sibling_* conditions need the rule&apos;s path.</source>
        <translation>Die Bedingungen value_* und sibling_* benötigen den Pfad der Regel.</translation>
    </message>
    <message>
        <source>An edit must be a table.</source>
        <translation>Eine Änderung (edit) muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>Unknown edit action “%1”.</source>
        <translation>Unbekannte Änderungsaktion „%1“.</translation>
    </message>
    <message>
        <source>“%1” does not belong to a %2 edit.</source>
        <translation>„%1“ gehört nicht zu einer %2-Änderung.</translation>
    </message>
    <message>
        <source>An edit names either a key beside the rule&apos;s key or a target path, not both.</source>
        <translation>Eine Änderung nennt entweder einen Schlüssel neben dem Schlüssel der Regel oder einen Zielpfad, nicht beides.</translation>
    </message>
    <message>
        <source>A target path cannot contain &apos;*&apos;.</source>
        <translation>Ein Zielpfad darf kein &apos;*&apos; enthalten.</translation>
    </message>
    <message>
        <source>An append edit&apos;s value must be an array.</source>
        <translation>Der Wert einer append-Änderung muss ein Array sein.</translation>
    </message>
    <message>
        <source>A map edit needs a table of old value = new value.</source>
        <translation>Eine map-Änderung benötigt eine Tabelle aus alter Wert = neuer Wert.</translation>
    </message>
    <message>
        <source>An edit of a rule without a path needs a target.</source>
        <translation>Eine Änderung in einer Regel ohne Pfad benötigt ein Ziel.</translation>
    </message>
    <message>
        <source>“after” cannot contain &apos;*&apos;.</source>
        <translation>„after“ darf kein &apos;*&apos; enthalten.</translation>
    </message>
    <message>
        <source>{{%1}} needs the rule&apos;s path.</source>
        <translation>{{%1}} benötigt den Pfad der Regel.</translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation>Unbekannter Platzhalter {{%1}}.</translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use info, warning or blocker.</source>
        <translation>Unbekannter Schweregrad „%1“: Verwenden Sie info, warning oder blocker.</translation>
    </message>
    <message>
        <source>A rule must be a table.</source>
        <translation>Eine Regel muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>A rule id in this file starts with “%1”.</source>
        <translation>Eine Regel-ID in dieser Datei beginnt mit „%1“.</translation>
    </message>
    <message>
        <source>A rule id is the release, &apos;/&apos;, and lower-case words joined by &apos;-&apos;.</source>
        <translation>Eine Regel-ID besteht aus dem Release, &apos;/&apos; und kleingeschriebenen, durch &apos;-&apos; verbundenen Wörtern.</translation>
    </message>
    <message>
        <source>[rule.when] must be a table.</source>
        <translation>[rule.when] muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>[rule.escalate] must be a table.</source>
        <translation>[rule.escalate] muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>An escalation must raise the severity.</source>
        <translation>Eine Eskalation muss den Schweregrad erhöhen.</translation>
    </message>
    <message>
        <source>An escalation needs a condition.</source>
        <translation>Eine Eskalation benötigt eine Bedingung.</translation>
    </message>
    <message>
        <source>This edit needs the rule&apos;s path.</source>
        <translation>Diese Änderung benötigt den Pfad der Regel.</translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation>Regel „%1“: %2</translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation>Die Regeln sind Teil des Programms: Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Correct the rule file; the rules are documented in resources/rules/README.md.</source>
        <translation>Korrigieren Sie die Regeldatei; die Regeln sind in resources/rules/README.md dokumentiert.</translation>
    </message>
    <message>
        <source>The rule file cannot be read: %1.</source>
        <translation>Die Regeldatei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The rule file is not valid TOML.</source>
        <translation>Die Regeldatei ist kein gültiges TOML.</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>the top level</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <source>No rule files (*.toml) found.</source>
        <translation>Keine Regeldateien (*.toml) gefunden.</translation>
    </message>
    <message>
        <source>The id is already used in %1, line %2.</source>
        <translation>Die ID wird bereits in %1, Zeile %2, verwendet.</translation>
    </message>
    <message>
        <source>The step %1 does not continue the step %2 (%3).</source>
        <translation>Der Schritt %1 schließt nicht an den Schritt %2 (%3) an.</translation>
    </message>
</context>
<context>
    <name>Ismw::RunStatus</name>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ismw::SampleHome</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.</source>
        <translation>Für WSO2 Identity Server %1 gibt es kein Beispiel-IS-Home: Wählen Sie eines der Releases von %2 bis %3.</translation>
    </message>
    <message>
        <source>%1 is a file; a sample home needs a folder.</source>
        <translation>%1 ist eine Datei; ein Beispiel-IS-Home benötigt einen Ordner.</translation>
    </message>
    <message>
        <source>%1 is not empty; a sample home is written only into a new or empty folder.</source>
        <translation>%1 ist nicht leer; ein Beispiel-IS-Home wird nur in einen neuen oder leeren Ordner geschrieben.</translation>
    </message>
</context>
<context>
    <name>Ismw::SecretMasking</name>
    <message>
        <source>The value of %1 is hidden and its key is new, so the real value is unknown.</source>
        <translation>Der Wert von %1 ist verborgen und sein Schlüssel ist neu, daher ist der echte Wert unbekannt.</translation>
    </message>
    <message>
        <source>Turn on Show secrets and type the value.</source>
        <translation>Setzen Sie das Häkchen bei „Klartext zeigen“ und geben Sie den Wert ein.</translation>
    </message>
</context>
<context>
    <name>Ismw::Tier</name>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation>Vorproduktion</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
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
        <translation>Links: %1</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Rechts: %1</translation>
    </message>
    <message>
        <source>Unified: %1 to %2</source>
        <translation>Einspaltig: %1 zu %2</translation>
    </message>
    <message>
        <source>Added: %1 = %2</source>
        <translation>Hinzugefügt: %1 = %2</translation>
    </message>
    <message>
        <source>Removed: %1 (was %2)</source>
        <translation>Entfernt: %1 (war %2)</translation>
    </message>
    <message>
        <source>Type changed: %1 from %2 %3 to %4 %5</source>
        <translation>Typ geändert: %1 von %2 %3 auf %4 %5</translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation>Verschoben: %1</translation>
    </message>
    <message>
        <source>Comment changed: %1</source>
        <translation>Kommentar geändert: %1</translation>
    </message>
    <message>
        <source>Changed: %1 from %2 to %3</source>
        <translation>Geändert: %1 von %2 auf %3</translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDocument</name>
    <message>
        <source>Correct the file at that place and load it again; the wizard has not changed it.</source>
        <translation>Korrigieren Sie die Datei an dieser Stelle und laden Sie sie erneut; der Assistent hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation>Die Datei ist kein gültiges TOML.</translation>
    </message>
    <message>
        <source>“%1” is defined twice; it was first defined on line %2.</source>
        <translation>„%1“ ist doppelt definiert; zuerst in Zeile %2.</translation>
    </message>
    <message>
        <source>“%1” is defined twice.</source>
        <translation>„%1“ ist doppelt definiert.</translation>
    </message>
    <message>
        <source>Keep one of the two definitions and load the file again; the wizard has not changed it.</source>
        <translation>Behalten Sie eine der beiden Definitionen und laden Sie die Datei erneut; der Assistent hat sie nicht verändert.</translation>
    </message>
    <message>
        <source>TOML syntax error: %1.</source>
        <translation>TOML-Syntaxfehler: %1.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Check the path; an IS home keeps it in repository/conf/deployment.toml.</source>
        <translation>Prüfen Sie den Pfad; ein IS-Home hat sie unter repository/conf/deployment.toml.</translation>
    </message>
    <message>
        <source>This is a folder, not a deployment.toml file.</source>
        <translation>Dies ist ein Ordner, keine deployment.toml-Datei.</translation>
    </message>
    <message>
        <source>Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.</source>
        <translation>Wählen Sie die Datei selbst, z. B. repository/conf/deployment.toml im IS-Home.</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a deployment.toml can sensibly be.</source>
        <translation>Die Datei ist %1 groß, mehr als die %2, die eine deployment.toml sinnvollerweise haben kann.</translation>
    </message>
    <message>
        <source>Check that this is the right file: a deployment.toml is normally a few kilobytes.</source>
        <translation>Prüfen Sie, ob dies die richtige Datei ist: Eine deployment.toml hat normalerweise wenige Kilobyte.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>Check that your user may read it.</source>
        <translation>Prüfen Sie, ob Ihr Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>The file grew past the size limit while it was read.</source>
        <translation>Die Datei ist während des Lesens über die Größengrenze hinausgewachsen.</translation>
    </message>
    <message>
        <source>Wait until nothing writes to it and load it again.</source>
        <translation>Warten Sie, bis nichts mehr in die Datei schreibt, und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>Check the disk and load it again.</source>
        <translation>Prüfen Sie den Datenträger und laden Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>An IS home always ships a deployment.toml with content: restore it from your backup or the release package.</source>
        <translation>Ein IS-Home wird immer mit einer deployment.toml mit Inhalt ausgeliefert: Stellen Sie sie aus Ihrer Sicherung oder dem Release-Paket wieder her.</translation>
    </message>
    <message>
        <source>This is a binary file, not a TOML text file.</source>
        <translation>Dies ist eine Binärdatei, keine TOML-Textdatei.</translation>
    </message>
    <message>
        <source>Choose the deployment.toml text file.</source>
        <translation>Wählen Sie die Textdatei deployment.toml.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation>Die Datei ist kein UTF-8-Text (Byte 0x%1).</translation>
    </message>
    <message>
        <source>TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the characters at that place.</source>
        <translation>TOML-Dateien müssen UTF-8 sein: Konvertieren Sie sie, z. B. mit iconv -f LATIN1 -t UTF-8, und prüfen Sie die Zeichen an dieser Stelle.</translation>
    </message>
    <message>
        <source>The configuration cannot be written as TOML: %1.</source>
        <translation>Die Konfiguration kann nicht als TOML geschrieben werden: %1.</translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>IS homes</source>
        <translation>IS-Homes</translation>
    </message>
    <message>
        <source>&amp;Old IS home:</source>
        <translation>&amp;Altes IS-Home:</translation>
    </message>
    <message>
        <source>The folder of the release in use now, e.g. /opt/wso2is-5.11.0</source>
        <translation>Der Ordner des derzeit genutzten Releases, z. B. /opt/wso2is-5.11.0</translation>
    </message>
    <message>
        <source>Old IS home folder</source>
        <translation>Ordner des alten IS-Homes</translation>
    </message>
    <message>
        <source>Browse for the old IS home</source>
        <translation>Nach dem alten IS-Home suchen</translation>
    </message>
    <message>
        <source>Old IS home detection result</source>
        <translation>Erkennungsergebnis für das alte IS-Home</translation>
    </message>
    <message>
        <source>The folder of the release to migrate to, unpacked, e.g. /opt/wso2is-7.3.0</source>
        <translation>Der entpackte Ordner des Ziel-Releases, z. B. /opt/wso2is-7.3.0</translation>
    </message>
    <message>
        <source>New IS home folder</source>
        <translation>Ordner des neuen IS-Homes</translation>
    </message>
    <message>
        <source>Browse for the new IS home</source>
        <translation>Nach dem neuen IS-Home suchen</translation>
    </message>
    <message>
        <source>New IS home detection result</source>
        <translation>Erkennungsergebnis für das neue IS-Home</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Migrationspfad</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>N&amp;ew IS home:</source>
        <translation>&amp;Neues IS-Home:</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project file</source>
        <translation>Projektdatei</translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation>Kein Projekt geöffnet. Legen Sie ein neues Projekt für diese Migration an oder öffnen Sie das Projekt der früheren Umgebungen.</translation>
    </message>
    <message>
        <source>Create a new migration project file (*.ismig)</source>
        <translation>Eine neue Migrationsprojektdatei (*.ismig) anlegen</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Projekt öffnen…</translation>
    </message>
    <message>
        <source>Open an existing migration project file</source>
        <translation>Eine vorhandene Migrationsprojektdatei öffnen</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zu&amp;letzt geöffnet</translation>
    </message>
    <message>
        <source>Projects opened recently on this computer</source>
        <translation>Zuletzt auf diesem Computer geöffnete Projekte</translation>
    </message>
    <message>
        <source>Open recent project</source>
        <translation>Zuletzt geöffnetes Projekt öffnen</translation>
    </message>
    <message>
        <source>This run</source>
        <translation>Dieser Lauf</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>The environment this run migrates. Migrate development first, pilot on pre-production, then production.</source>
        <translation>Die Umgebung, die dieser Lauf migriert. Migrieren Sie zuerst die Entwicklung, dann einen Pilotlauf in der Vorproduktion, dann die Produktion.</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Name of the environment, e.g. perf-test</source>
        <translation>Name der Umgebung, z. B. perf-test</translation>
    </message>
    <message>
        <source>Custom environment name</source>
        <translation>Name der benutzerdefinierten Umgebung</translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Your name, as it should appear in the journal and the report</source>
        <translation>Ihr Name, wie er im Journal und im Bericht erscheinen soll</translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation>Name des Operators</translation>
    </message>
    <message>
        <source>What earlier environments recorded</source>
        <translation>Was frühere Umgebungen verzeichnet haben</translation>
    </message>
    <message>
        <source>Environments of this project</source>
        <translation>Umgebungen dieses Projekts</translation>
    </message>
    <message>
        <source>Order rule</source>
        <translation>Reihenfolgeregel</translation>
    </message>
    <message>
        <source>Order rule explanation</source>
        <translation>Erläuterung der Reihenfolgeregel</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why production goes first, e.g. &quot;no pre-prod exists; dev ran against a copy of the production database&quot;</source>
        <translation>Warum die Produktion zuerst migriert wird, z. B. „es gibt keine Vorproduktion; dev lief gegen eine Kopie der Produktionsdatenbank“</translation>
    </message>
    <message>
        <source>Reason for going ahead</source>
        <translation>Begründung für das Fortfahren</translation>
    </message>
    <message>
        <source>I go ahead &amp;knowingly; record my reason in the project journal</source>
        <translation>&amp;Ich fahre wissentlich fort; meine Begründung im Projektjournal festhalten</translation>
    </message>
    <message>
        <source>Acknowledge the order rule</source>
        <translation>Reihenfolgeregel bestätigen</translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation>Was noch fehlt</translation>
    </message>
    <message>
        <source>Ne&amp;w Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a WSO2 Identity Server deployment to a newer release, step by step.</source>
        <translation>Migriert eine Installation von WSO2 Identity Server Schritt für Schritt auf ein neueres Release.</translation>
    </message>
    <message>
        <source>Open a demo project over two sample IS homes that the wizard generates.</source>
        <translation>Ein Demo-Projekt über zwei vom Assistenten erzeugte Beispiel-IS-Homes öffnen.</translation>
    </message>
    <message>
        <source>A migration project file (*.ismig) to open.</source>
        <translation>Eine zu öffnende Migrationsprojektdatei (*.ismig).</translation>
    </message>
</context>
</TS>
