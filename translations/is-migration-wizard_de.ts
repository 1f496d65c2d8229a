<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Add Test Case</source>
        <translation>Testfall hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>What the case checks, e.g. &quot;Partner SSO login&quot;</source>
        <translation>Was der Fall prüft, z. B. „Partner-SSO-Anmeldung“</translation>
    </message>
    <message>
        <source>Title of the test case</source>
        <translation>Titel des Testfalls</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>Group the case is listed under</source>
        <translation>Gruppe, unter der der Fall steht</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Kind of test case</source>
        <translation>Art des Testfalls</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Steps of the test case</source>
        <translation>Schritte des Testfalls</translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation>&amp;Erwartetes Ergebnis:</translation>
    </message>
    <message>
        <source>Expected result of the test case</source>
        <translation>Erwartetes Ergebnis des Testfalls</translation>
    </message>
</context>
<context>
    <name>CleanupPage</name>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Databases in the old deployment.toml</source>
        <translation>Datenbanken in der alten deployment.toml</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection and find the cleanup scripts</source>
        <translation>Verbindung testen und die Bereinigungsskripte suchen</translation>
    </message>
    <message>
        <source>Scripts fro&amp;m:</source>
        <translation>Skripte a&amp;us:</translation>
    </message>
    <message>
        <source>The IS home whose cleanup scripts run</source>
        <translation>Das IS-Home, dessen Bereinigungsskripte ausgeführt werden</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>Scrip&amp;ts</source>
        <translation>S&amp;kripte</translation>
    </message>
    <message>
        <source>Cleanup scripts found; ticked ones run</source>
        <translation>Gefundene Bereinigungsskripte; die angehakten werden ausgeführt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <source>Knobs of the selected script; edit a value to change it</source>
        <translation>Parameter des ausgewählten Skripts; bearbeiten Sie einen Wert, um ihn zu ändern</translation>
    </message>
    <message>
        <source>Knob</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Knob changes and problems</source>
        <translation>Parameteränderungen und Probleme</translation>
    </message>
    <message>
        <source>The selected script as it will run</source>
        <translation>Das ausgewählte Skript, wie es ausgeführt wird</translation>
    </message>
    <message>
        <source>Before You R&amp;un</source>
        <translation>&amp;Vor dem Lauf</translation>
    </message>
    <message>
        <source>The procedures delete rows. The wizard cannot bring them back; your backup can. Confirm each point for this database:</source>
        <translation>Die Prozeduren löschen Zeilen. Der Assistent kann sie nicht zurückholen, Ihre Sicherung schon. Bestätigen Sie jeden Punkt für diese Datenbank:</translation>
    </message>
    <message>
        <source>&amp;A backup of this database was taken, and restoring it has been tried</source>
        <translation>&amp;Eine Sicherung dieser Datenbank wurde erstellt und ihre Wiederherstellung erprobt</translation>
    </message>
    <message>
        <source>The server&apos;s built-in token and session cleanup is switched &amp;off</source>
        <translation>Die eingebaute Token- und Sitzungsbereinigung des Servers ist &amp;ausgeschaltet</translation>
    </message>
    <message>
        <source>What deployment.toml says about the built-in cleanup</source>
        <translation>Was die deployment.toml über die eingebaute Bereinigung sagt</translation>
    </message>
    <message>
        <source>This is a &amp;low-traffic window, and the people on call know the cleanup runs</source>
        <translation>Dies ist ein Zeitfenster mit &amp;geringer Last, und die Rufbereitschaft weiß, dass die Bereinigung läuft</translation>
    </message>
    <message>
        <source>&amp;Skip the cleanup in this environment</source>
        <translation>Bereinigung in dieser Umgebung übe&amp;rspringen</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Begrün&amp;dung:</translation>
    </message>
    <message>
        <source>Why this environment goes ahead without the cleanup (recorded)</source>
        <translation>Warum diese Umgebung ohne die Bereinigung fortfährt (wird festgehalten)</translation>
    </message>
    <message>
        <source>Reason for skipping the cleanup</source>
        <translation>Begründung für das Überspringen der Bereinigung</translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation>Pro&amp;belauf</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Zeilen zäh&amp;len (Probelauf)</translation>
    </message>
    <message>
        <source>Count the rows the ticked scripts would remove, changing nothing</source>
        <translation>Die Zeilen zählen, die die angehakten Skripte entfernen würden, ohne etwas zu ändern</translation>
    </message>
    <message>
        <source>Dry run state</source>
        <translation>Stand des Probelaufs</translation>
    </message>
    <message>
        <source>Rows per table and how many the scripts would remove</source>
        <translation>Zeilen je Tabelle und wie viele davon die Skripte entfernen würden</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation>Würden entfernt</translation>
    </message>
    <message>
        <source>Would be left</source>
        <translation>Würden bleiben</translation>
    </message>
    <message>
        <source>What is still missing before the cleanup can run</source>
        <translation>Was noch fehlt, bevor die Bereinigung laufen kann</translation>
    </message>
</context>
<context>
    <name>CleanupRunPage</name>
    <message>
        <source>What runs, where</source>
        <translation>Was wo läuft</translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation>Fortschritt der Bereinigung</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Bereinigung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running procedure on the server</source>
        <translation>Die laufende Prozedur auf dem Server anhalten</translation>
    </message>
    <message>
        <source>The procedure&apos;s progress messages</source>
        <translation>Die Fortschrittsmeldungen der Prozedur</translation>
    </message>
    <message>
        <source>Counts before and after each script</source>
        <translation>Zeilenzahlen vor und nach jedem Skript</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Zeilen nachher</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation>Zeilen/s</translation>
    </message>
    <message>
        <source>How the cleanup ended</source>
        <translation>Wie die Bereinigung endete</translation>
    </message>
    <message>
        <source>&amp;Prepare Another Run</source>
        <translation>Weiteren &amp;Lauf vorbereiten</translation>
    </message>
    <message>
        <source>Go back to the cleanup page to prepare another run</source>
        <translation>Zur Bereinigungsseite zurückkehren, um einen weiteren Lauf vorzubereiten</translation>
    </message>
</context>
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
    <name>Ismw::AddCaseDialog</name>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Nicht funktional</translation>
    </message>
</context>
<context>
    <name>Ismw::BuiltInCleanup</name>
    <message>
        <source>%1 is true (line %2)</source>
        <translation>%1 ist true (Zeile %2)</translation>
    </message>
    <message>
        <source>%1 is not set, so it is on</source>
        <translation>%1 ist nicht gesetzt und damit eingeschaltet</translation>
    </message>
    <message>
        <source>deployment.toml switches the built-in token and session cleanup off.</source>
        <translation>Die deployment.toml schaltet die eingebaute Token- und Sitzungsbereinigung aus.</translation>
    </message>
    <message>
        <source>deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers and restart them before the procedures run.</source>
        <translation>Die deployment.toml lässt die eingebaute Bereinigung eingeschaltet: %1. Setzen Sie diese Einstellungen auf den laufenden Servern auf false und starten Sie die Server neu, bevor die Prozeduren laufen.</translation>
    </message>
</context>
<context>
    <name>Ismw::CheckCommand</name>
    <message>
        <source>Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.</source>
        <translation>Voraussetzungen einer Migration: IS-Homes, Migrationspfad, Festplattenplatz und Arbeitsspeicher, Java, zu übernehmende Anpassungen.</translation>
    </message>
    <message>
        <source>The IS home migrated from.</source>
        <translation>Das IS-Home, von dem aus migriert wird.</translation>
    </message>
    <message>
        <source>The IS home of the newer release, freshly unpacked.</source>
        <translation>Das IS-Home des neueren Releases, frisch entpackt.</translation>
    </message>
    <message>
        <source>two IS homes needed, the old one and the new one; got %1.</source>
        <translation>zwei IS-Homes werden benötigt, das alte und das neue; erhalten: %1.</translation>
    </message>
    <message>
        <source>%1 (IS %2)</source>
        <translation>%1 (IS %2)</translation>
    </message>
    <message>
        <source>Prerequisites: %1 → %2</source>
        <translation>Voraussetzungen: %1 → %2</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
        <translation>%1, %2, %3.</translation>
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
</context>
<context>
    <name>Ismw::ChecklistCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the CSV file to import.</source>
        <translation>%1 existiert nicht. Wählen Sie die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation>%1 ist ein Ordner. Wählen Sie eine CSV-Datei.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a checklist. Check that it is the right file, or split it.</source>
        <translation>%1 ist größer als %2 MB und damit zu groß für eine Checkliste. Prüfen Sie, ob es die richtige Datei ist, oder teilen Sie sie auf.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 holds binary data (line %2), so it is not a CSV file. Save the checklist as CSV text (UTF-8).</source>
        <translation>%1 enthält Binärdaten (Zeile %2) und ist daher keine CSV-Datei. Speichern Sie die Checkliste als CSV-Text (UTF-8).</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 encoding.</source>
        <translation>%1 ist kein UTF-8-Text (Zeile %2). Speichern Sie sie erneut als CSV mit der Kodierung UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty. A checklist file needs a header row (at least a “title” column) and one row per test case.</source>
        <translation>%1 ist leer. Eine Checklistendatei braucht eine Kopfzeile (mindestens eine Spalte „title“) und eine Zeile je Testfall.</translation>
    </message>
    <message>
        <source>the column “%1” appears twice; the first one is read.</source>
        <translation>die Spalte „%1“ kommt zweimal vor; die erste wird gelesen.</translation>
    </message>
    <message>
        <source>%1, line %2: the header row has no “title” column. The first row must name the columns: title (required), group, kind, steps, expected, id.</source>
        <translation>%1, Zeile %2: Die Kopfzeile hat keine Spalte „title“. Die erste Zeile muss die Spalten benennen: title (Pflicht), group, kind, steps, expected, id.</translation>
    </message>
    <message numerus="yes">
        <source>the column(s) %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</source>
        <translation>
            <numerusform>die Spalte %1 ist unbekannt und wurde ignoriert; gelesen werden die Spalten title, group, kind, steps, expected und id.</numerusform>
            <numerusform>die Spalten %1 sind unbekannt und wurden ignoriert; gelesen werden die Spalten title, group, kind, steps, expected und id.</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file; the row is skipped. Add the missing &apos;&quot;&apos;.</source>
        <translation>ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen; die Zeile wird übersprungen. Ergänzen Sie das fehlende &apos;&quot;&apos;.</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row is skipped. Check the separators and quotes.</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat; die Zeile wird übersprungen. Prüfen Sie Trennzeichen und Anführungszeichen.</translation>
    </message>
    <message>
        <source>the row has no title; it is skipped.</source>
        <translation>die Zeile hat keinen Titel; sie wird übersprungen.</translation>
    </message>
    <message>
        <source>the kind “%1” is neither functional nor non-functional; the row is skipped.</source>
        <translation>die Art „%1“ ist weder functional noch non-functional; die Zeile wird übersprungen.</translation>
    </message>
    <message>
        <source>the same test case as line %1 (same id, or same title and group); the row is skipped.</source>
        <translation>derselbe Testfall wie in Zeile %1 (gleiche ID oder gleicher Titel und gleiche Gruppe); die Zeile wird übersprungen.</translation>
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
        <translation>Schritte: %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when the test case&apos;s result was last changed.</extracomment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>○ Not run</source>
        <translation>○ Nicht ausgeführt</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation>✘ Fehlgeschlagen</translation>
    </message>
    <message>
        <source>⛔ Blocked</source>
        <translation>⛔ Blockiert</translation>
    </message>
    <message>
        <source>— Not applicable</source>
        <translation>— Nicht zutreffend</translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation>Nicht-funktional</translation>
    </message>
    <message>
        <source>Functional</source>
        <translation>Funktional</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n passed</source>
        <translation>
            <numerusform>%1 von %n bestanden</numerusform>
            <numerusform>%1 von %n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blockiert</numerusform>
            <numerusform>%n blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation>%1: %2 → %3.</translation>
    </message>
    <message>
        <source>%1: notes removed.</source>
        <translation>%1: Notizen entfernt.</translation>
    </message>
    <message>
        <source>%1: notes changed. Notes: %2</source>
        <translation>%1: Notizen geändert. Notizen: %2</translation>
    </message>
    <message>
        <source>%1: evidence %2 attached (SHA-256 %3, %4 bytes).</source>
        <translation>%1: Nachweis %2 angehängt (SHA-256 %3, %4 Bytes).</translation>
    </message>
    <message>
        <source>%1: evidence %2 (SHA-256 %3) removed.</source>
        <translation>%1: Nachweis %2 (SHA-256 %3) entfernt.</translation>
    </message>
    <message>
        <source>%1 added to the group “%2” (%3).</source>
        <translation>%1 zur Gruppe „%2“ hinzugefügt (%3).</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) added (%1); %2 already in the checklist or not valid.</source>
        <translation>
            <numerusform>%n Testfall hinzugefügt (%1); %2 bereits in der Checkliste oder ungültig.</numerusform>
            <numerusform>%n Testfälle hinzugefügt (%1); %2 bereits in der Checkliste oder ungültig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed; its status was %2.</source>
        <translation>%1 entfernt; sein Status war %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not run.</source>
        <translation>
            <numerusform>%n Testfall aus %1 übernommen (Lauf %2, gestartet %3 von %4); er beginnt wieder als nicht ausgeführt.</numerusform>
            <numerusform>%n Testfälle aus %1 übernommen (Lauf %2, gestartet %3 von %4); sie beginnen wieder als nicht ausgeführt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistTemplates</name>
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
        <source>“format” is missing.</source>
        <translation>„format“ fehlt.</translation>
    </message>
    <message>
        <source>Unknown checklist format; this program reads format 1.</source>
        <translation>Unbekanntes Checklistenformat; dieses Programm liest Format 1.</translation>
    </message>
    <message>
        <source>The file has no [[case]] tables.</source>
        <translation>Die Datei hat keine [[case]]-Tabellen.</translation>
    </message>
    <message>
        <source>Cases are written as [[case]] tables.</source>
        <translation>Testfälle werden als [[case]]-Tabellen geschrieben.</translation>
    </message>
    <message>
        <source>A case must be a table.</source>
        <translation>Ein Testfall muss eine Tabelle sein.</translation>
    </message>
    <message>
        <source>“%1” is not an id: use lower-case words and digits joined by &apos;.&apos; or &apos;-&apos;.</source>
        <translation>„%1“ ist keine ID: Verwenden Sie Wörter in Kleinbuchstaben und Ziffern, verbunden durch &apos;.&apos; oder &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The id is already used on line %1.</source>
        <translation>Die ID wird bereits in Zeile %1 verwendet.</translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use functional or non-functional.</source>
        <translation>Unbekannte Art „%1“: Verwenden Sie functional oder non-functional.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>%1, case “%2”</source>
        <translation>%1, Testfall „%2“</translation>
    </message>
    <message>
        <source>The templates are part of the program: please report this as a bug.</source>
        <translation>Die Vorlagen sind Teil des Programms: Bitte melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Correct the file; the format is described in resources/checklists/README.md.</source>
        <translation>Korrigieren Sie die Datei; das Format ist in resources/checklists/README.md beschrieben.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is not valid TOML (%1).</source>
        <translation>Die Datei ist kein gültiges TOML (%1).</translation>
    </message>
    <message>
        <source>Own cases</source>
        <translation>Eigene Testfälle</translation>
    </message>
    <message>
        <source>Use the feature that relies on this component on the migrated server, as its users would.</source>
        <translation>Nutzen Sie die Funktion, die auf dieser Komponente beruht, auf dem migrierten Server so, wie ihre Benutzer es tun würden.</translation>
    </message>
    <message>
        <source>What the prerequisite check found: %1</source>
        <translation>Was die Vorabprüfung gefunden hat: %1</translation>
    </message>
    <message>
        <source>Custom components</source>
        <translation>Angepasste Komponenten</translation>
    </message>
    <message>
        <source>Custom component works after the migration: %1</source>
        <translation>Angepasste Komponente funktioniert nach der Migration: %1</translation>
    </message>
    <message>
        <source>It works as it did on the old server, and the server log shows no errors from it.</source>
        <translation>Sie funktioniert wie auf dem alten Server, und das Serverprotokoll zeigt keine Fehler von ihr.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupCommand</name>
    <message>
        <source>Runs the token and session cleanup procedures on a database, or counts what they would remove.</source>
        <translation>Führt die Prozeduren zur Token- und Sitzungsbereinigung auf einer Datenbank aus oder zählt, was sie entfernen würden.</translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C (SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and the output says which.</source>
        <translation>Exit-Codes: 0 es wurde (oder würde) nichts entfernt; 1 es wurden (oder würden) Zeilen entfernt; 2 ungültige Eingabe oder ein Skript, das der Server abgelehnt hat; 3 die Datenbank ist nicht erreichbar oder fehlgeschlagen; 130 mit Strg+C (SIGINT) abgebrochen, 143 mit SIGTERM abgebrochen. Ein Abbruch hält die Prozedur auf dem Server an: Bereits festgeschriebene Batches bleiben entfernt, der laufende Batch wird zurückgerollt, noch nicht gestartete Skripte laufen nicht, und die Ausgabe sagt, welche das sind.</translation>
    </message>
    <message>
        <source>The deployment.toml that names the database.</source>
        <translation>Die deployment.toml, die die Datenbank benennt.</translation>
    </message>
    <message>
        <source>The database entry, e.g. identity_db.</source>
        <translation>Der Datenbankeintrag, z. B. identity_db.</translation>
    </message>
    <message>
        <source>An IS home, or its dbscripts/identity/stored-procedures folder.</source>
        <translation>Ein IS-Home oder dessen Ordner dbscripts/identity/stored-procedures.</translation>
    </message>
    <message>
        <source>Only the token or only the session cleanup.</source>
        <translation>Nur die Token- oder nur die Sitzungsbereinigung.</translation>
    </message>
    <message>
        <source>Count what would be removed; change nothing.</source>
        <translation>Zählen, was entfernt würde; nichts ändern.</translation>
    </message>
    <message>
        <source>Install and call the procedures: rows are deleted.</source>
        <translation>Die Prozeduren installieren und aufrufen: Zeilen werden gelöscht.</translation>
    </message>
    <message>
        <source>Read the database password from the first line of stdin.</source>
        <translation>Das Datenbankpasswort aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Set a knob of the scripts before they run, e.g. batchSize=5000.</source>
        <translation>Einen Parameter der Skripte vor ihrer Ausführung setzen, z. B. batchSize=5000.</translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation>unerwartetes Argument %1.</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>give exactly one of --dry-run and --execute.</source>
        <translation>geben Sie genau eine der Optionen --dry-run und --execute an.</translation>
    </message>
    <message>
        <source>--only takes token or session, not %1.</source>
        <translation>--only erwartet token oder session, nicht %1.</translation>
    </message>
    <message>
        <source>--set takes KNOB=VALUE, not %1.</source>
        <translation>--set erwartet KNOB=VALUE, nicht %1.</translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation>%1 hat keine Datenbank %2.</translation>
    </message>
    <message>
        <source>%1 is not a database the cleanup procedures exist for (%2).</source>
        <translation>%1 ist keine Datenbank, für die es die Bereinigungsprozeduren gibt (%2).</translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation>die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation>Geben Sie das Passwort mit --password-stdin an.</translation>
    </message>
    <message>
        <source>Could not ask %1 for its version: %2</source>
        <translation>%1 konnte nicht nach seiner Version gefragt werden: %2</translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation>Verbunden mit %1: %2 %3</translation>
    </message>
    <message>
        <source>Scripts for %1 %2 from %3</source>
        <translation>Skripte für %1 %2 aus %3</translation>
    </message>
    <message>
        <source>Skipped %1: for another server version</source>
        <translation>%1 übersprungen: für eine andere Serverversion</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>no token or session cleanup script for %1 below %2.</source>
        <translation>kein Skript zur Token- oder Sitzungsbereinigung für %1 unter %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 %2 on %3 …</source>
        <extracomment>%1 is &quot;Counting for&quot; (dry run) or &quot;Running&quot;, %2 the script, %3 the database.</extracomment>
        <translation>%1 %2 auf %3 …</translation>
    </message>
    <message>
        <source>Counting for</source>
        <translation>Zählen für</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Ausführen von</translation>
    </message>
    <message>
        <source>Cancelling: asking the server to stop %1; batches already committed stay done …</source>
        <translation>Abbruch: Der Server wird gebeten, %1 anzuhalten; bereits festgeschriebene Batches bleiben erledigt …</translation>
    </message>
    <message>
        <source>Still cancelling, please wait: the server rolls back the batch in flight.</source>
        <translation>Der Abbruch läuft noch, bitte warten: Der Server rollt den laufenden Batch zurück.</translation>
    </message>
    <message>
        <source>  %1 of %2 rows would be removed</source>
        <translation>  %1 von %2 Zeilen würden entfernt</translation>
    </message>
    <message>
        <source>  %1 rows removed in %2 ms (%3 rows/s)</source>
        <translation>  %1 Zeilen in %2 ms entfernt (%3 Zeilen/s)</translation>
    </message>
    <message>
        <source>  rows before %1, after %2</source>
        <translation>  Zeilen vorher %1, nachher %2</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Cancelled by %1: what was removed before the cancel is listed above; scripts marked “not run” were not started.</source>
        <translation>Abgebrochen durch %1: Was vor dem Abbruch entfernt wurde, steht oben; mit „nicht ausgeführt“ markierte Skripte wurden nicht gestartet.</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupPage</name>
    <message>
        <source>Database Cleanup</source>
        <translation>Datenbankbereinigung</translation>
    </message>
    <message>
        <source>Remove expired tokens and sessions from the old database before it is migrated, with the procedures the IS home ships. Count first; the run itself cannot be undone here.</source>
        <translation>Entfernen Sie abgelaufene Tokens und Sitzungen aus der alten Datenbank, bevor sie migriert wird, mit den Prozeduren, die das IS-Home mitbringt. Zählen Sie zuerst; der Lauf selbst lässt sich hier nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Test the connection to see the scripts for that database&apos;s version.</source>
        <translation>Testen Sie die Verbindung, um die Skripte für die Version dieser Datenbank zu sehen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;WSO2 advises removing expired and inactive tokens and old sessions before a migration: the migration then moves less data and takes less time. The IS home ships stored procedures for that in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Pick the database (usually &lt;i&gt;identity_db&lt;/i&gt;) and &lt;b&gt;Test Connection&lt;/b&gt;. A password the configuration does not hold in plain text (secure vault, unset environment variable) is asked for here; it is used for this session only and never saved. The test reads the server&apos;s version and picks the script folders made for it.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Scripts&lt;/b&gt;, tick the scripts to run. Their knobs (batch size, safe period, backup tables, …) can be changed in the table; the changed text is what runs and what is hashed into the project record. Under &lt;b&gt;Before You Run&lt;/b&gt;, confirm the backup, the built-in cleanup switched off and the low-traffic window. The &lt;b&gt;Dry Run&lt;/b&gt; counts, per table, the rows the scripts would remove, without changing anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run Cleanup&lt;/b&gt; asks once more and then runs the procedures on the next page, where you see their progress messages and can cancel. After that there is no way back to this page for that run. To go on without the cleanup, tick &lt;b&gt;Skip&lt;/b&gt; and say why; it is journaled.&lt;/p&gt;</source>
        <translation>&lt;p&gt;WSO2 empfiehlt, abgelaufene und inaktive Tokens sowie alte Sitzungen vor einer Migration zu entfernen: Die Migration bewegt dann weniger Daten und dauert kürzer. Das IS-Home bringt dafür gespeicherte Prozeduren in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt; mit.&lt;/p&gt;&lt;p&gt;Wählen Sie die Datenbank (meist &lt;i&gt;identity_db&lt;/i&gt;) und klicken Sie auf &lt;b&gt;Verbindung testen&lt;/b&gt;. Ein Passwort, das die Konfiguration nicht im Klartext enthält (Secure Vault, nicht gesetzte Umgebungsvariable), wird hier abgefragt; es gilt nur für diese Sitzung und wird nie gespeichert. Der Test liest die Version des Servers und wählt die dafür vorgesehenen Skriptordner.&lt;/p&gt;&lt;p&gt;Haken Sie unter &lt;b&gt;Skripte&lt;/b&gt; die auszuführenden Skripte an. Ihre Parameter (Batchgröße, Sicherheitszeitraum, Sicherungstabellen, …) lassen sich in der Tabelle ändern; der geänderte Text ist das, was ausgeführt und als Hash im Projekt festgehalten wird. Bestätigen Sie unter &lt;b&gt;Vor dem Lauf&lt;/b&gt; die Sicherung, die ausgeschaltete eingebaute Bereinigung und das Zeitfenster mit geringer Last. Der &lt;b&gt;Probelauf&lt;/b&gt; zählt je Tabelle die Zeilen, die die Skripte entfernen würden, ohne etwas zu ändern.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bereinigung ausführen&lt;/b&gt; fragt noch einmal nach und führt die Prozeduren dann auf der nächsten Seite aus, wo Sie ihre Fortschrittsmeldungen sehen und abbrechen können. Danach führt für diesen Lauf kein Weg zurück auf diese Seite. Um ohne die Bereinigung fortzufahren, haken Sie &lt;b&gt;Überspringen&lt;/b&gt; an und begründen Sie das; die Begründung wird im Journal festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation>Altes IS-Home (%1)</translation>
    </message>
    <message>
        <source>New home (%1)</source>
        <translation>Neues IS-Home (%1)</translation>
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
        <translation>abgefragt</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message>
        <source>nothing to clean</source>
        <translation>nichts zu bereinigen</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>unusable</source>
        <translation>nicht verwendbar</translation>
    </message>
    <message>
        <source>Needed: the password is %1</source>
        <extracomment>%1 is where the password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Erforderlich: Das Passwort ist %1</translation>
    </message>
    <message>
        <source>Not needed: the password is %1</source>
        <translation>Nicht erforderlich: Das Passwort ist %1</translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation>ℹ %1</translation>
    </message>
    <message>
        <source>✖ %1 cannot be reached from here: %2</source>
        <translation>✖ %1 ist von hier aus nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation>Es ist keine Datenbank ausgewählt.</translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2).</source>
        <translation>Geben Sie das Passwort von %1 ein (%2).</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>Test läuft …</translation>
    </message>
    <message>
        <source>version unknown (%1)</source>
        <translation>Version unbekannt (%1)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2.</source>
        <translation>✔ Verbunden mit %1: %2.</translation>
    </message>
    <message>
        <source>Scripts for this server version: %1/%2.</source>
        <translation>Skripte für diese Serverversion: %1/%2.</translation>
    </message>
    <message>
        <source>The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or later. Run this one with the database&apos;s own client if you need it.</source>
        <translation>Der Assistent führt die Token- und Sitzungsbereinigung von MySQL, MariaDB und PostgreSQL ab Version 11 aus. Führen Sie dieses Skript bei Bedarf mit dem eigenen Client der Datenbank aus.</translation>
    </message>
    <message>
        <source>Restore script: %1</source>
        <translation>Wiederherstellungsskript: %1</translation>
    </message>
    <message>
        <source>✖ No cleanup scripts for %1 below %2.</source>
        <translation>✖ Keine Bereinigungsskripte für %1 unter %2.</translation>
    </message>
    <message>
        <source>(set again later in the script) %1</source>
        <translation>(später im Skript erneut gesetzt) %1</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1 (geändert)</translation>
    </message>
    <message>
        <source>Changed from the script&apos;s own value</source>
        <translation>Gegenüber dem Wert im Skript geändert</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message numerus="yes">
        <source>%n knob(s) changed. The changed script is what the dry run counts and what runs.</source>
        <translation>
            <numerusform>%n Parameter geändert. Das geänderte Skript ist das, was der Probelauf zählt und was ausgeführt wird.</numerusform>
            <numerusform>%n Parameter geändert. Das geänderte Skript ist das, was der Probelauf zählt und was ausgeführt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the count …</source>
        <translation>Zählung wird angehalten …</translation>
    </message>
    <message>
        <source>Counting for %1 …</source>
        <translation>Zählen für %1 …</translation>
    </message>
    <message>
        <source>The dry run of %1 did not complete.</source>
        <translation>Der Probelauf von %1 wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(Anweisung in Zeile %1 des Skripts)</translation>
    </message>
    <message>
        <source>%1 (knobs changed since)</source>
        <translation>%1 (Parameter seitdem geändert)</translation>
    </message>
    <message>
        <source>✔ Rows the ticked scripts would remove: %1.</source>
        <translation>✔ Zeilen, die die angehakten Skripte entfernen würden: %1.</translation>
    </message>
    <message>
        <source>Choose the old IS home on the Prerequisites page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Voraussetzungen“ das alte IS-Home.</translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Say why the cleanup is skipped (at least %1 characters).</source>
        <translation>Begründen Sie, warum die Bereinigung übersprungen wird (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <source>Choose a database the cleanup procedures exist for, or skip the cleanup.</source>
        <translation>Wählen Sie eine Datenbank, für die es die Bereinigungsprozeduren gibt, oder überspringen Sie die Bereinigung.</translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation>Verbindung wird getestet …</translation>
    </message>
    <message>
        <source>Test the connection to %1.</source>
        <translation>Testen Sie die Verbindung zu %1.</translation>
    </message>
    <message>
        <source>No cleanup scripts to run: choose the other IS home, or skip the cleanup.</source>
        <translation>Keine Bereinigungsskripte auszuführen: Wählen Sie das andere IS-Home oder überspringen Sie die Bereinigung.</translation>
    </message>
    <message>
        <source>Tick at least one script to run.</source>
        <translation>Haken Sie mindestens ein auszuführendes Skript an.</translation>
    </message>
    <message>
        <source>Correct the knob values of %1.</source>
        <translation>Korrigieren Sie die Parameterwerte von %1.</translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation>Zählung läuft …</translation>
    </message>
    <message>
        <source>Make a dry run of the ticked scripts as they are now (Dry Run tab).</source>
        <translation>Führen Sie einen Probelauf der angehakten Skripte in ihrem jetzigen Stand aus (Registerkarte „Probelauf“).</translation>
    </message>
    <message>
        <source>Confirm each point under Before You Run.</source>
        <translation>Bestätigen Sie jeden Punkt unter „Vor dem Lauf“.</translation>
    </message>
    <message>
        <source>Stop Countin&amp;g</source>
        <translation>Zählen a&amp;nhalten</translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation>Zeilen zäh&amp;len (Probelauf)</translation>
    </message>
    <message>
        <source>ℹ No database of %1 can be cleaned: %2</source>
        <translation>ℹ Keine Datenbank von %1 kann bereinigt werden: %2</translation>
    </message>
    <message>
        <source>The cleanup is skipped; the reason goes into the project journal.</source>
        <translation>Die Bereinigung wird übersprungen; die Begründung wird in das Projektjournal übernommen.</translation>
    </message>
    <message>
        <source>✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.</source>
        <translation>✔ Bereit. „Bereinigung ausführen“ fragt noch einmal nach und führt dann die angehakten Skripte auf %1 aus.</translation>
    </message>
    <message>
        <source>Run Cleanup</source>
        <translation>Bereinigung ausführen</translation>
    </message>
    <message>
        <source>• %1 (procedure %2): rows to remove by the dry run: %3</source>
        <translation>• %1 (Prozedur %2): laut Probelauf zu entfernende Zeilen: %3</translation>
    </message>
    <message numerus="yes">
        <source>Run %n cleanup script(s) on %1 (%2)?</source>
        <translation>
            <numerusform>%n Bereinigungsskript auf %1 (%2) ausführen?</numerusform>
            <numerusform>%n Bereinigungsskripte auf %1 (%2) ausführen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts&apos; own backup tables, where their backupTables knob is on) can. You can cancel while they run.</source>
        <translation>Zeilen, die die Prozeduren löschen, kann der Assistent nicht zurückholen; Ihre Sicherung schon (und die Sicherungstabellen der Skripte, wo deren Parameter backupTables eingeschaltet ist). Sie können abbrechen, während sie laufen.</translation>
    </message>
    <message>
        <source>S&amp;kip Cleanup</source>
        <translation>Bereinigung übers&amp;pringen</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunPage</name>
    <message>
        <source>✔ completed</source>
        <translation>✔ abgeschlossen</translation>
    </message>
    <message>
        <source>⚠ cancelled</source>
        <translation>⚠ abgebrochen</translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation>✖ fehlgeschlagen</translation>
    </message>
    <message>
        <source>Running the Cleanup</source>
        <translation>Bereinigung läuft</translation>
    </message>
    <message>
        <source>The procedures run on the database server. Their own progress messages appear as they come; Cancel stops them on the server.</source>
        <translation>Die Prozeduren laufen auf dem Datenbankserver. Ihre eigenen Fortschrittsmeldungen erscheinen, sobald sie eintreffen; „Abbrechen“ hält sie auf dem Server an.</translation>
    </message>
    <message>
        <source>The procedure&apos;s messages appear here.</source>
        <translation>Hier erscheinen die Meldungen der Prozedur.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The scripts you committed to run one after the other, each in a connection of its own. The messages are the procedure&apos;s own (PostgreSQL notices, MySQL and MariaDB result rows), shown as the server sends them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancel Cleanup&lt;/b&gt; asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). The batch in progress is rolled back by the server; batches it had committed stay removed. The wizard then counts the tables again and tells you what was and was not done. A script that fails or is cancelled stops the scripts after it.&lt;/p&gt;&lt;p&gt;Every script&apos;s result goes into the project: database, server version, the SHA-256 of the text that ran, the knob values, counts before and after, duration and messages. The durations estimate how long the cleanup will take in production.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Skripte, deren Ausführung Sie bestätigt haben, laufen nacheinander, jedes über eine eigene Verbindung. Die Meldungen stammen von der Prozedur selbst (PostgreSQL-Notices, Ergebniszeilen bei MySQL und MariaDB) und werden so angezeigt, wie der Server sie sendet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bereinigung abbrechen&lt;/b&gt; bittet den Server, die Prozedur anzuhalten (pg_cancel_backend, KILL QUERY). Den laufenden Batch rollt der Server zurück; bereits festgeschriebene Batches bleiben entfernt. Der Assistent zählt die Tabellen danach erneut und sagt Ihnen, was erledigt wurde und was nicht. Schlägt ein Skript fehl oder wird es abgebrochen, laufen die Skripte danach nicht mehr.&lt;/p&gt;&lt;p&gt;Das Ergebnis jedes Skripts wird im Projekt festgehalten: Datenbank, Serverversion, der SHA-256 des ausgeführten Texts, die Parameterwerte, die Zeilenzahlen vorher und nachher, Dauer und Meldungen. Anhand der Dauer lässt sich abschätzen, wie lange die Bereinigung in der Produktion dauern wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.</source>
        <translation>Auf %1 läuft eine Bereinigungsprozedur. Brechen Sie sie zuerst ab und warten Sie, bis sie angehalten hat.</translation>
    </message>
    <message>
        <source>Nothing to run: no cleanup was committed to.</source>
        <translation>Nichts auszuführen: Es wurde keine Bereinigung bestätigt.</translation>
    </message>
    <message>
        <source>On %1 (%2): %3</source>
        <translation>Auf %1 (%2): %3</translation>
    </message>
    <message>
        <source>── %1 (%2 of %3) ──</source>
        <translation>── %1 (%2 von %3) ──</translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation>Bereinigung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation>Abbruch läuft …</translation>
    </message>
    <message>
        <source>Cancel requested: the server stops the procedure; then the tables are counted again.</source>
        <translation>Abbruch angefordert: Der Server hält die Prozedur an; danach werden die Tabellen erneut gezählt.</translation>
    </message>
    <message>
        <source>✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.</source>
        <translation>✔ Die Bereinigung ist abgeschlossen: %1 Zeilen in %2 entfernt. Im Projekt festgehalten.</translation>
    </message>
    <message>
        <source>⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it after rolling back the batch in progress. Recorded in the project.</source>
        <translation>⚠ Abgebrochen. Vor dem Abbruch wurden %1 Zeilen entfernt; die Datenbank ist in dem Zustand, in dem der Server sie nach dem Zurückrollen des laufenden Batches hinterlassen hat. Im Projekt festgehalten.</translation>
    </message>
    <message>
        <source>✖ %1 failed: %2</source>
        <translation>✖ %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation>(Anweisung in Zeile %1 des Skripts)</translation>
    </message>
    <message>
        <source>Batches committed before the failure stay removed. Recorded in the project.</source>
        <translation>Vor dem Fehler festgeschriebene Batches bleiben entfernt. Im Projekt festgehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) after it did not run.</source>
        <translation>
            <numerusform>%n Skript danach wurde nicht ausgeführt.</numerusform>
            <numerusform>%n Skripte danach wurden nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Script %1 of %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>Skript %1 von %2 · %3 · %n Meldung</numerusform>
            <numerusform>Skript %1 von %2 · %3 · %n Meldungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation>Fertig · %1</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunner</name>
    <message>
        <source>Running cleanup scripts for %1 is not supported yet.</source>
        <translation>Bereinigungsskripte für %1 lassen sich noch nicht ausführen.</translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.</source>
        <translation>%1 ist eine Funktion im Stil von PostgreSQL 9 (die in einer Schleife aufgerufen wird); solche Funktionen lassen sich noch nicht ausführen.</translation>
    </message>
    <message>
        <source>The script sets no safePeriod; counting with 2 hours.</source>
        <translation>Das Skript setzt keinen safePeriod; gezählt wird mit 2 Stunden.</translation>
    </message>
    <message>
        <source>The wizard does not know which rows a &quot;%1&quot; script removes; no counts.</source>
        <translation>Der Assistent weiß nicht, welche Zeilen ein Skript der Art „%1“ entfernt; keine Zählung.</translation>
    </message>
    <message>
        <source>The script creates no procedure to call.</source>
        <translation>Das Skript legt keine aufrufbare Prozedur an.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (auf %2): %3</translation>
    </message>
    <message>
        <source>Could not select the schema %1</source>
        <translation>Das Schema %1 konnte nicht ausgewählt werden</translation>
    </message>
    <message>
        <source>Could not set the session time zone</source>
        <translation>Die Zeitzone der Sitzung konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <source>Could not read the connection id</source>
        <translation>Die Verbindungs-ID konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not start a read-only transaction</source>
        <translation>Es konnte keine Nur-Lese-Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>Could not count the rows of %1</source>
        <translation>Die Zeilen von %1 konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows would be removed</source>
        <translation>%1: %2 von %3 Zeilen würden entfernt</translation>
    </message>
    <message>
        <source>Line %1 of the script was refused</source>
        <translation>Zeile %1 des Skripts wurde abgelehnt</translation>
    </message>
    <message>
        <source>Cancelled before the procedure was called; nothing was removed.</source>
        <translation>Vor dem Aufruf der Prozedur abgebrochen; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Cancelled by closing the connection; the rows could not be counted again: %1</source>
        <translation>Durch Schließen der Verbindung abgebrochen; die Zeilen konnten nicht erneut gezählt werden: %1</translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the run (%2). Batches committed before that stay removed; count the rows again before running it once more.</source>
        <translation>Die Verbindung zu %1 ging während des Laufs verloren (%2). Zuvor festgeschriebene Batches bleiben entfernt; zählen Sie die Zeilen erneut, bevor Sie das Skript noch einmal ausführen.</translation>
    </message>
    <message>
        <source>The procedure %1 failed</source>
        <translation>Die Prozedur %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The cancel could not be sent: %1</source>
        <translation>Der Abbruch konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the batch in flight was rolled back.</source>
        <translation>Nach %1 ms abgebrochen: Die vor dem Abbruch festgeschriebenen Batches haben %2 Zeilen entfernt; der laufende Batch wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>%1 rows removed in %2 ms</source>
        <translation>%1 Zeilen in %2 ms entfernt</translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupScripts</name>
    <message>
        <source>%1 has no %2 folder, so there are no cleanup scripts to run. Point the wizard at the IS home the database belongs to.</source>
        <translation>%1 hat keinen Ordner %2, daher gibt es keine Bereinigungsskripte auszuführen. Wählen Sie das IS-Home, zu dem die Datenbank gehört.</translation>
    </message>
    <message>
        <source>The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); some scripts may be missing from the list.</source>
        <translation>Der Ordner %1 enthält mehr, als der Assistent durchsucht (%2 Einträge, %3 Ebenen); möglicherweise fehlen Skripte in der Liste.</translation>
    </message>
    <message>
        <source>This IS home has no cleanup scripts for %1 in %2.</source>
        <translation>Dieses IS-Home hat keine Bereinigungsskripte für %1 in %2.</translation>
    </message>
    <message>
        <source>The scripts in this home are for %1 %2 and later; the server is %3. None of them is chosen.</source>
        <translation>Die Skripte in diesem IS-Home sind für %1 ab %2; der Server ist %3. Keines davon ist ausgewählt.</translation>
    </message>
    <message>
        <source>The server version is not known yet: the scripts in %1 were chosen.</source>
        <translation>Die Serverversion ist noch nicht bekannt: Die Skripte in %1 wurden ausgewählt.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was left out: it is not a cleanup script.</source>
        <translation>%1 ist größer als %2 MB und wurde ausgelassen: Das ist kein Bereinigungsskript.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No CREATE PROCEDURE or CREATE FUNCTION was found in this script.</source>
        <translation>In diesem Skript wurde kein CREATE PROCEDURE und kein CREATE FUNCTION gefunden.</translation>
    </message>
    <message>
        <source>This script creates a procedure, which PostgreSQL has only from version 11; the server is %1.</source>
        <translation>Dieses Skript legt eine Prozedur an, die es in PostgreSQL erst ab Version 11 gibt; der Server ist %1.</translation>
    </message>
    <message>
        <source>%1 restores data, but no cleanup script of its kind (%2) was found.</source>
        <translation>%1 stellt Daten wieder her, aber es wurde kein Bereinigungsskript derselben Art (%2) gefunden.</translation>
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
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.</source>
        <translation>Exit-Codes: 0 ok; 1 Warnungen, Unterschiede oder Befunde; 2 ungültige Eingabe oder falscher Aufruf; 3 E/A- oder Datenbankfehler; 130 oder 143 eine durch SIGINT oder SIGTERM abgebrochene Bereinigung.</translation>
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
    <name>Ismw::CustomizationChecks</name>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Rebuild it against the dependencies of %1, test it, and put the rebuilt jar into %2 of the new home.</source>
        <translation>Bauen Sie es gegen die Abhängigkeiten von %1 neu, testen Sie es und legen Sie das neu gebaute JAR im neuen IS-Home unter %2 ab.</translation>
    </message>
    <message>
        <source>Dropin %1: the new home has %2</source>
        <translation>Dropin %1: Das neue IS-Home hat %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3. Make sure that version is the one rebuilt for %4 and carries the old one&apos;s changes.</source>
        <translation>Das alte IS-Home hat %1 in %2; das neue IS-Home hat eine andere Version davon: %3. Stellen Sie sicher, dass diese Version die für %4 neu gebaute ist und die Änderungen der alten enthält.</translation>
    </message>
    <message>
        <source>Dropin %1</source>
        <translation>Dropin %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks: %3.</source>
        <translation>Das alte IS-Home hat %1 in %2, das neue IS-Home nicht: %3.</translation>
    </message>
    <message>
        <source>Library %1: the new home has %2</source>
        <translation>Bibliothek %1: Das neue IS-Home hat %2</translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3.</source>
        <translation>Das alte IS-Home hat %1 in %2; das neue IS-Home hat eine andere Version davon: %3.</translation>
    </message>
    <message>
        <source>Keep one version only: the one that works with %1. Two versions of a library in %2 load in an undefined order.</source>
        <translation>Behalten Sie nur eine Version: die, die mit %1 funktioniert. Zwei Versionen einer Bibliothek in %2 werden in undefinierter Reihenfolge geladen.</translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation>Bibliothek %1</translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks.</source>
        <translation>Das alte IS-Home hat %1 in %2, das neue IS-Home nicht.</translation>
    </message>
    <message>
        <source>%1 may need a newer driver version than %2: take the current %3 driver built for the Java version %1 runs on.</source>
        <translation>%1 benötigt möglicherweise eine neuere Treiberversion als %2: Nehmen Sie den aktuellen %3-Treiber, gebaut für die Java-Version, mit der %1 läuft.</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2: the new home has %3</source>
        <translation>JDBC-Treiber für %1 %2: Das neue IS-Home hat %3</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3; the new home has %4.</source>
        <translation>Das alte IS-Home hat den JDBC-Treiber für %1 %2 in %3; das neue IS-Home hat %4.</translation>
    </message>
    <message>
        <source>Keep the newer driver only, if it works with your database server. %1</source>
        <translation>Behalten Sie nur den neueren Treiber, sofern er mit Ihrem Datenbankserver funktioniert. %1</translation>
    </message>
    <message>
        <source>%1 JDBC driver %2</source>
        <translation>JDBC-Treiber für %1 %2</translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the new home cannot reach the database.</source>
        <translation>Das alte IS-Home hat den JDBC-Treiber für %1 %2 in %3, der dem neuen IS-Home fehlt; ohne ihn kann das neue IS-Home die Datenbank nicht erreichen.</translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home. %3</source>
        <translation>Kopieren Sie einen JDBC-Treiber für %1 im neuen IS-Home nach %2. %3</translation>
    </message>
    <message>
        <source>User store %1</source>
        <translation>Benutzerspeicher %1</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 differs from the one in the new home: %2.</source>
        <translation>%1 des alten IS-Homes unterscheidet sich von der Datei im neuen IS-Home: %2.</translation>
    </message>
    <message>
        <source>The old home has %1 in %3, which the new home lacks: %2.</source>
        <translation>Das alte IS-Home hat %1 in %3, das neue IS-Home nicht: %2.</translation>
    </message>
    <message>
        <source>%1 keystore %2</source>
        <translation>%1-Keystore %2</translation>
    </message>
    <message>
        <source>The old home&apos;s %1 (%2) was changed after the home was unpacked, e.g. with the server&apos;s own certificate or added trusted certificates.</source>
        <translation>%1 (%2) des alten IS-Homes wurde nach dem Entpacken geändert, z. B. mit dem eigenen Zertifikat des Servers oder mit hinzugefügten vertrauenswürdigen Zertifikaten.</translation>
    </message>
    <message>
        <source>The old home has the %1 keystore %2 in %3, which the new home lacks.</source>
        <translation>Das alte IS-Home hat den %1-Keystore %2 in %3, der dem neuen IS-Home fehlt.</translation>
    </message>
    <message>
        <source>%1 uses PKCS12 keystores by default; this one is JKS.</source>
        <translation>%1 verwendet standardmäßig PKCS12-Keystores; dieser ist JKS.</translation>
    </message>
    <message>
        <source>Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of the new home and name it in deployment.toml. Or copy it as it is and keep JKS with type = &quot;JKS&quot; in its [keystore.*] or [truststore] section.</source>
        <translation>Konvertieren Sie ihn nach PKCS12 (keytool fragt nach den Passwörtern): %1, kopieren Sie %2.p12 im neuen IS-Home nach %3 und geben Sie ihn in deployment.toml an. Oder kopieren Sie ihn unverändert und behalten Sie JKS mit type = &quot;JKS&quot; in seinem Abschnitt [keystore.*] oder [truststore].</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home; deployment.toml names it with type = &quot;%2&quot;.</source>
        <translation>Kopieren Sie ihn im neuen IS-Home nach %1; deployment.toml gibt ihn mit type = &quot;%2&quot; an.</translation>
    </message>
    <message>
        <source>Web app %1</source>
        <translation>Webanwendung %1</translation>
    </message>
    <message>
        <source>The old home deploys %1 in %3, which the new home lacks: %2.</source>
        <translation>Das alte IS-Home stellt %1 in %3 bereit, das neue IS-Home nicht: %2.</translation>
    </message>
    <message>
        <source>Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it in %2 of the new home, or decide it is not needed.</source>
        <translation>Bauen Sie sie gegen %1 neu (Servlet-Container und APIs können sich geändert haben) und stellen Sie sie im neuen IS-Home in %2 bereit, oder entscheiden Sie, dass sie nicht benötigt wird.</translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>The old home has the tenant folder %1, which the new home lacks. The tenant&apos;s data moves with the databases; its files (user stores, keystores) do not.</source>
        <translation>Das alte IS-Home hat den Mandantenordner %1, der dem neuen IS-Home fehlt. Die Daten des Mandanten wandern mit den Datenbanken; seine Dateien (Benutzerspeicher, Keystores) nicht.</translation>
    </message>
    <message>
        <source>Copy %1 to the new home.</source>
        <translation>Kopieren Sie %1 in das neue IS-Home.</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The folder %1 of the old home cannot be read (%2), so its files could not be compared with the new home&apos;s.</source>
        <translation>Der Ordner %1 des alten IS-Homes kann nicht gelesen werden (%2), daher konnten seine Dateien nicht mit denen des neuen IS-Homes verglichen werden.</translation>
    </message>
    <message>
        <source>Run the checks as the user that owns the old home, or grant read access to the folder (e.g. chmod -R u+rX), and check again; or compare the folder by hand.</source>
        <translation>Führen Sie die Prüfungen als der Benutzer aus, dem das alte IS-Home gehört, oder gewähren Sie Lesezugriff auf den Ordner (z. B. chmod -R u+rX) und prüfen Sie erneut; oder vergleichen Sie den Ordner von Hand.</translation>
    </message>
    <message>
        <source>Configuration file %1</source>
        <translation>Konfigurationsdatei %1</translation>
    </message>
    <message>
        <source>The old home has %1, which the new home lacks.</source>
        <translation>Das alte IS-Home hat %1, das neue IS-Home nicht.</translation>
    </message>
    <message>
        <source>The old home has %1; the new home lacks it and its folder %2.</source>
        <translation>Das alte IS-Home hat %1; dem neuen IS-Home fehlen die Datei und ihr Ordner %2.</translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home, and check that %2 still reads it.</source>
        <translation>Kopieren Sie sie im neuen IS-Home nach %1 und prüfen Sie, ob %2 sie noch liest.</translation>
    </message>
    <message>
        <source>Find out where %1 configures what this file did (deployment.toml or another file), or decide it is not needed.</source>
        <translation>Finden Sie heraus, wo %1 konfiguriert, was diese Datei bewirkt hat (deployment.toml oder eine andere Datei), oder entscheiden Sie, dass sie nicht benötigt wird.</translation>
    </message>
    <message>
        <source>Changed configuration file %1</source>
        <translation>Geänderte Konfigurationsdatei %1</translation>
    </message>
    <message>
        <source>%1 of the old home was changed after the home was unpacked (%2) and differs from the new home&apos;s.</source>
        <translation>%1 des alten IS-Homes wurde nach dem Entpacken geändert (%2) und unterscheidet sich von der Datei des neuen IS-Homes.</translation>
    </message>
    <message>
        <source>Compare the two files and carry your changes into the new home&apos;s %1; do not copy the old file over it, it belongs to the old release.</source>
        <translation>Vergleichen Sie die beiden Dateien und übertragen Sie Ihre Änderungen in %1 des neuen IS-Homes; kopieren Sie die alte Datei nicht darüber, sie gehört zum alten Release.</translation>
    </message>
    <message>
        <source>%1 only partly compared</source>
        <translation>%1 nur teilweise verglichen</translation>
    </message>
    <message>
        <source>%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the first ones were compared with the new home.</source>
        <translation>%1 des alten IS-Homes enthält mehr als %2 Einträge oder ist tiefer als %3 Ebenen; nur die ersten wurden mit dem neuen IS-Home verglichen.</translation>
    </message>
    <message>
        <source>Compare the rest of %1 by hand, or remove what does not belong there.</source>
        <translation>Vergleichen Sie den Rest von %1 von Hand oder entfernen Sie, was nicht dorthin gehört.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseConnection</name>
    <message>
        <source>The URL of %1 cannot be used: %2</source>
        <translation>Die URL von %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>%1 has no database the wizard can connect to.</source>
        <translation>%1 hat keine Datenbank, mit der sich der Assistent verbinden kann.</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (%2): the connection was refused.</source>
        <translation>Unter %1 (%2) nimmt nichts Verbindungen an: Die Verbindung wurde abgewiesen.</translation>
    </message>
    <message>
        <source>Check that the database server is running and listens on that address and port (bind address, firewall), and that the URL in deployment.toml names the right port.</source>
        <translation>Prüfen Sie, ob der Datenbankserver läuft und auf dieser Adresse und diesem Port lauscht (Bind-Adresse, Firewall) und ob die URL in der deployment.toml den richtigen Port nennt.</translation>
    </message>
    <message>
        <source>The database host %1 is unknown: its name does not resolve (%2).</source>
        <translation>Der Datenbankhost %1 ist unbekannt: Sein Name lässt sich nicht auflösen (%2).</translation>
    </message>
    <message>
        <source>The database host %1 cannot be reached from this machine (%2).</source>
        <translation>Der Datenbankhost %1 ist von diesem Rechner aus nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>Check the host name in the URL and that this machine can reach it (DNS, VPN, routing, firewall).</source>
        <translation>Prüfen Sie den Hostnamen in der URL und ob dieser Rechner ihn erreicht (DNS, VPN, Routing, Firewall).</translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>Der Datenbankserver unter %1 hat nicht innerhalb von %n Sekunde geantwortet (%2).</numerusform>
            <numerusform>Der Datenbankserver unter %1 hat nicht innerhalb von %n Sekunden geantwortet (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection without a word, or the server is overloaded. Check the address and port and try again.</source>
        <translation>Möglicherweise verwirft eine Firewall die Verbindung kommentarlos, oder der Server ist überlastet. Prüfen Sie Adresse und Port und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password of user %2 (database %3).</source>
        <translation>Der Server unter %1 hat Benutzername oder Passwort des Benutzers %2 abgelehnt (Datenbank %3).</translation>
    </message>
    <message>
        <source>Check the user name and enter the password again: the one in deployment.toml may be outdated, or the account locked.</source>
        <translation>Prüfen Sie den Benutzernamen und geben Sie das Passwort erneut ein: Das Passwort in der deployment.toml ist vielleicht veraltet oder das Konto gesperrt.</translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 (%3).</source>
        <translation>Der Server unter %1 hat keine Datenbank %2 (%3).</translation>
    </message>
    <message>
        <source>Check the database name in the URL; many servers tell upper and lower case apart.</source>
        <translation>Prüfen Sie den Datenbanknamen in der URL; viele Server unterscheiden Groß- und Kleinschreibung.</translation>
    </message>
    <message>
        <source>The server at %1 does not let user %2 connect to database %3 from this machine.</source>
        <translation>Der Server unter %1 erlaubt dem Benutzer %2 nicht, sich von diesem Rechner aus mit der Datenbank %3 zu verbinden.</translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this host and user (PostgreSQL: pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of &apos;user&apos;@&apos;host&apos; and the grants on the database).</source>
        <translation>Bitten Sie die Datenbankadministration, diesen Host und Benutzer zuzulassen (PostgreSQL: pg_hba.conf und das Recht CONNECT; MySQL/MariaDB: der Host-Teil von &apos;user&apos;@&apos;host&apos; und die Rechte auf der Datenbank).</translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask for TLS (%2).</source>
        <translation>Der Server unter %1 nimmt nur verschlüsselte (TLS-)Verbindungen an, und die URL fordert kein TLS an (%2).</translation>
    </message>
    <message>
        <source>Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</source>
        <translation>Schalten Sie TLS in der URL so ein, wie der Server es erwartet (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 could not be set up (%2): %3</source>
        <translation>Die verschlüsselte (TLS-)Verbindung zu %1 konnte nicht aufgebaut werden (%2): %3</translation>
    </message>
    <message>
        <source>The URL asks for TLS (%1). Check that the server has TLS switched on and that its certificate is signed by an authority this machine trusts (the system&apos;s CA certificates) and names the host of the URL.</source>
        <translation>Die URL fordert TLS an (%1). Prüfen Sie, ob TLS auf dem Server eingeschaltet ist, ob sein Zertifikat von einer Stelle signiert ist, der dieser Rechner vertraut (die CA-Zertifikate des Systems), und ob es den Host der URL nennt.</translation>
    </message>
    <message>
        <source>The ODBC driver for %1 could not be loaded (%2): %3</source>
        <translation>Der ODBC-Treiber für %1 konnte nicht geladen werden (%2): %3</translation>
    </message>
    <message>
        <source>Check that the ODBC driver named in the connection is installed and registered in odbcinst.ini.</source>
        <translation>Prüfen Sie, ob der in der Verbindung genannte ODBC-Treiber installiert und in odbcinst.ini registriert ist.</translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <translation>Die Verbindung zu %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>the server did not encrypt the connection, and the URL asks for TLS</source>
        <translation>der Server hat die Verbindung nicht verschlüsselt, und die URL fordert TLS an</translation>
    </message>
    <message>
        <source>Could not read the server version of %1: %2</source>
        <translation>Die Serverversion von %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The server %1 reported the version &quot;%2&quot;, which the wizard cannot read.</source>
        <translation>Der Server %1 hat die Version „%2“ gemeldet, die der Assistent nicht lesen kann.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseCredentials</name>
    <message>
        <source>The password read from standard input is longer than %1 bytes; pass only the password, on one line.</source>
        <translation>Das von der Standardeingabe gelesene Passwort ist länger als %1 Bytes; übergeben Sie nur das Passwort, in einer Zeile.</translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation>Auf der Standardeingabe wurde kein Passwort übergeben.</translation>
    </message>
    <message>
        <source>The password of %1 is %2.</source>
        <extracomment>%1 is the database entry, %2 where its password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
        <translation>Das Passwort von %1 ist %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseDrivers</name>
    <message>
        <source>Install Microsoft&apos;s &quot;ODBC Driver 18 for SQL Server&quot; (the package msodbcsql18 from Microsoft&apos;s package repository for your distribution), or FreeTDS (Debian/Ubuntu: the package tdsodbc).</source>
        <translation>Installieren Sie Microsofts „ODBC Driver 18 for SQL Server“ (das Paket msodbcsql18 aus Microsofts Paketquelle für Ihre Distribution) oder FreeTDS (Debian/Ubuntu: das Paket tdsodbc).</translation>
    </message>
    <message>
        <source>Install the Oracle Instant Client &quot;Basic&quot; and &quot;ODBC&quot; packages (a download from Oracle; there is no Debian package) and register the driver with the odbc_update_ini.sh script that comes with them.</source>
        <translation>Installieren Sie die Pakete „Basic“ und „ODBC“ des Oracle Instant Client (ein Download von Oracle; es gibt kein Debian-Paket) und registrieren Sie den Treiber mit dem mitgelieferten Skript odbc_update_ini.sh.</translation>
    </message>
    <message>
        <source>Install the &quot;IBM Data Server Driver for ODBC and CLI&quot; (a download from IBM; there is no Debian package) and register it in /etc/odbcinst.ini.</source>
        <translation>Installieren Sie den „IBM Data Server Driver for ODBC and CLI“ (ein Download von IBM; es gibt kein Debian-Paket) und registrieren Sie ihn in /etc/odbcinst.ini.</translation>
    </message>
    <message>
        <source>The database has no usable URL.</source>
        <translation>Die Datenbank hat keine verwendbare URL.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1, which the wizard needs for %2, is not installed. Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.</source>
        <translation>Der Qt-SQL-Treiber %1, den der Assistent für %2 braucht, ist nicht installiert. Installieren Sie ihn (Debian/Ubuntu: sudo apt install %3) und starten Sie den Assistenten neu.</translation>
    </message>
    <message>
        <source>%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo apt install unixodbc) and an ODBC driver for %1. %2</source>
        <translation>%1 wird über ODBC angesprochen, aber unixODBC ist auf diesem Rechner nicht eingerichtet: Es gibt weder das Werkzeug odbcinst noch eine Datei odbcinst.ini. Installieren Sie unixODBC (Debian/Ubuntu: sudo apt install unixodbc) und einen ODBC-Treiber für %1. %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4</source>
        <translation>Es ist kein ODBC-Treiber für %1 installiert (von %2 gefundene ODBC-Treiber: %3). %4</translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseTarget</name>
    <message>
        <source>type is &quot;h2&quot; but the URL points at %1; the wizard goes by the URL.</source>
        <translation>type ist &quot;h2&quot;, aber die URL zeigt auf %1; der Assistent richtet sich nach der URL.</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not a database type the wizard knows; the wizard goes by the URL.</source>
        <translation>type &quot;%1&quot; ist kein Datenbanktyp, den der Assistent kennt; der Assistent richtet sich nach der URL.</translation>
    </message>
    <message>
        <source>type is &quot;%1&quot; but the URL points at %2; the wizard goes by the URL.</source>
        <translation>type ist &quot;%1&quot;, aber die URL zeigt auf %2; der Assistent richtet sich nach der URL.</translation>
    </message>
    <message>
        <source>[%1] has no url.</source>
        <translation>[%1] hat keinen Schlüssel url.</translation>
    </message>
    <message>
        <source>Add url = &quot;jdbc:…&quot; to the section.</source>
        <translation>Ergänzen Sie url = &quot;jdbc:…&quot; in diesem Abschnitt.</translation>
    </message>
    <message>
        <source>The URL uses the environment variable %1, which is not set for the wizard.</source>
        <translation>Die URL verwendet die Umgebungsvariable %1, die für den Assistenten nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>Start the wizard with the variable set as the server has it.</source>
        <translation>Starten Sie den Assistenten mit derselben Variablen, die auch der Server gesetzt hat.</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have.</source>
        <translation>%1 verweist auf einen Schlüssel, den die Datei nicht enthält.</translation>
    </message>
    <message>
        <source>Read from this process&apos;s environment: %1.</source>
        <translation>Aus der Umgebung dieses Prozesses gelesen: %1.</translation>
    </message>
    <message>
        <source>The URL names %1 hosts for failover or load balancing; the wizard connects to the first, %2.</source>
        <translation>Die URL nennt %1 Hosts für Failover oder Lastverteilung; der Assistent verbindet sich mit dem ersten, %2.</translation>
    </message>
    <message>
        <source>The URL names no database; PostgreSQL then uses the one named like the user.</source>
        <translation>Die URL nennt keine Datenbank; PostgreSQL verwendet dann die Datenbank, die wie der Benutzer heißt.</translation>
    </message>
    <message>
        <source>The URL names a Db2 database catalogued on the server&apos;s machine (%1), not a host: the wizard can reach it only where the same catalogue entry exists.</source>
        <translation>Die URL nennt eine auf dem Rechner des Servers katalogisierte Db2-Datenbank (%1), keinen Host: Der Assistent erreicht sie nur dort, wo es denselben Katalogeintrag gibt.</translation>
    </message>
    <message>
        <source>The URL names the TNS alias %1: the Oracle client of this machine must know it (tnsnames.ora, TNS_ADMIN).</source>
        <translation>Die URL nennt den TNS-Alias %1: Der Oracle-Client dieses Rechners muss ihn kennen (tnsnames.ora, TNS_ADMIN).</translation>
    </message>
    <message>
        <source>This H2 database runs as a server, but H2 remains unfit for production.</source>
        <translation>Diese H2-Datenbank läuft als Server, doch H2 bleibt für die Produktion ungeeignet.</translation>
    </message>
    <message>
        <source>written in deployment.toml</source>
        <translation>in der deployment.toml eingetragen</translation>
    </message>
    <message>
        <source>written in the JDBC URL</source>
        <translation>in der JDBC-URL eingetragen</translation>
    </message>
    <message>
        <source>kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password</source>
        <translation>im Secure Vault als %1 abgelegt, den der Assistent nicht entschlüsseln kann: Er fragt nach dem Passwort</translation>
    </message>
    <message>
        <source>read from the environment variable %1 of this process</source>
        <translation>aus der Umgebungsvariablen %1 dieses Prozesses gelesen</translation>
    </message>
    <message>
        <source>the environment variable %1, which is not set for the wizard: it asks for the password</source>
        <translation>in der Umgebungsvariablen %1 hinterlegt, die für den Assistenten nicht gesetzt ist: Er fragt nach dem Passwort</translation>
    </message>
    <message>
        <source>the Java system property %1 of the server, which the wizard cannot see: it asks for the password</source>
        <translation>in der Java-Systemeigenschaft %1 des Servers hinterlegt, die der Assistent nicht sehen kann: Er fragt nach dem Passwort</translation>
    </message>
    <message>
        <source>not in deployment.toml: the wizard asks for it</source>
        <translation>nicht in der deployment.toml eingetragen: Der Assistent fragt danach</translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have: the wizard asks for the password</source>
        <translation>über %1 angegeben, das auf einen Schlüssel verweist, den die Datei nicht enthält: Der Assistent fragt nach dem Passwort</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>no usable URL</source>
        <translation>keine verwendbare URL</translation>
    </message>
    <message>
        <source>%1: embedded H2 database %2</source>
        <translation>%1: eingebettete H2-Datenbank %2</translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation>%1: %2 auf %3</translation>
    </message>
    <message>
        <source>%1: %2 at %3, database %4</source>
        <translation>%1: %2 auf %3, Datenbank %4</translation>
    </message>
    <message>
        <source>This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: production must not run on it (it does not scale, cannot be clustered and can be corrupted when the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or Db2 before or during this migration.</source>
        <translation>Diese Datenbank ist H2, die eingebettete Datenbank, mit der ein frisches IS-Home startet. WSO2 liefert für H2 keine Bereinigungsprozeduren, daher gibt es hier nichts zu bereinigen. H2 ist zum Ausprobieren des Produkts gedacht: Die Produktion darf nicht darauf laufen (H2 skaliert nicht, lässt sich nicht clustern und kann beschädigt werden, wenn der Server abrupt anhält). Verlegen Sie die Produktion vor oder während dieser Migration auf MySQL, MariaDB, PostgreSQL, SQL Server, Oracle oder Db2.</translation>
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
    <name>Ismw::EvidenceHash</name>
    <message>
        <source>No evidence file was chosen. Choose the file to attach.</source>
        <translation>Es wurde keine Nachweisdatei gewählt. Wählen Sie die anzuhängende Datei.</translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Choose an existing file.</source>
        <translation>Die Nachweisdatei %1 existiert nicht. Wählen Sie eine vorhandene Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder. Attach a file; to keep a folder as evidence, archive it first.</source>
        <translation>%1 ist ein Ordner. Hängen Sie eine Datei an; um einen Ordner als Nachweis aufzubewahren, archivieren Sie ihn zuerst.</translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2.</source>
        <translation>Die Nachweisdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled; the file was not attached.</source>
        <translation>Das Berechnen des Hashwerts von %1 wurde abgebrochen; die Datei wurde nicht angehängt.</translation>
    </message>
</context>
<context>
    <name>Ismw::HealthProbe</name>
    <message>
        <source>%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server&apos;s certificate can be checked. Use https:// and the server&apos;s HTTPS port (usually %2).</source>
        <translation>%1 ist eine reine HTTP-Adresse; die Zustandsprüfung erfolgt nur über HTTPS, damit das Zertifikat des Servers geprüft werden kann. Verwenden Sie https:// und den HTTPS-Port des Servers (meist %2).</translation>
    </message>
    <message>
        <source>The server address contains a user name or password. Leave them out: the health check needs none, and the wizard keeps no passwords.</source>
        <translation>Die Serveradresse enthält einen Benutzernamen oder ein Passwort. Lassen Sie beides weg: Die Zustandsprüfung braucht keines, und der Assistent speichert keine Passwörter.</translation>
    </message>
    <message>
        <source>No server was given. Enter the host name of the migrated Identity Server, for example is.example.com or is.example.com:%1.</source>
        <translation>Es wurde kein Server angegeben. Geben Sie den Hostnamen des migrierten Identity Servers ein, zum Beispiel is.example.com oder is.example.com:%1.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a host name such as is.example.com, optionally with the HTTPS port (is.example.com:%2).</source>
        <translation>„%1“ ist keine Serveradresse. Geben Sie einen Hostnamen wie is.example.com ein, optional mit dem HTTPS-Port (is.example.com:%2).</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address. Enter the host name, or a URL that starts with https://.</source>
        <translation>„%1“ ist keine HTTPS-Adresse. Geben Sie den Hostnamen ein oder eine URL, die mit https:// beginnt.</translation>
    </message>
    <message>
        <source>“%1” points to %2, not to the health-check endpoint. Give only the host and port, or the full URL ending in %3.</source>
        <translation>„%1“ verweist auf %2, nicht auf den Endpunkt der Zustandsprüfung. Geben Sie nur Host und Port an oder die vollständige URL, die auf %3 endet.</translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address of a server. Enter the server&apos;s host name; the wizard makes the health-check URL from it.</source>
        <translation>„%1“ ist keine HTTPS-Adresse eines Servers. Geben Sie den Hostnamen des Servers ein; der Assistent bildet daraus die URL der Zustandsprüfung.</translation>
    </message>
    <message>
        <source>The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server&apos;s certificate again and confirm its fingerprint.</source>
        <translation>Der bestätigte Fingerabdruck für %1 ist kein SHA-256-Fingerabdruck. Prüfen Sie das Zertifikat des Servers erneut und bestätigen Sie seinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>selbstsigniert</translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation>ausgestellt von %1</translation>
    </message>
    <message>
        <source>%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the server&apos;s keystore and confirm it; nothing has been sent to the server yet.</source>
        <translation>%1 legt das Zertifikat „%2“ (%3) mit dem SHA-256-Fingerabdruck %4 vor. Vergleichen Sie es mit dem Keystore des Servers und bestätigen Sie es; an den Server wurde noch nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.</source>
        <translation>%1 legt jetzt ein anderes Zertifikat (SHA-256 %2) vor als das bestätigte (%3). Wurde es absichtlich erneuert, bestätigen Sie den neuen Fingerabdruck; andernfalls vertrauen Sie diesem Server nicht.</translation>
    </message>
    <message>
        <source>%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the Identity Server&apos;s health-check endpoint and not to a proxy or another service.</source>
        <translation>%1 hat mehr als 1 MiB gesendet; das ist keine Antwort einer Zustandsprüfung. Prüfen Sie, ob die URL auf den Endpunkt der Zustandsprüfung des Identity Servers zeigt und nicht auf einen Proxy oder einen anderen Dienst.</translation>
    </message>
    <message>
        <source>%1 answered without health data: the health check is not enabled on the server. Add [carbon_health_check] enable = true to its deployment.toml and restart it.</source>
        <translation>%1 hat ohne Zustandsdaten geantwortet: Die Zustandsprüfung ist auf dem Server nicht aktiviert. Ergänzen Sie [carbon_health_check] enable = true in seiner deployment.toml und starten Sie ihn neu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 reports the server healthy (%n check(s) up).</source>
        <translation>
            <numerusform>%1 meldet den Server als gesund (%n Prüfung bestanden).</numerusform>
            <numerusform>%1 meldet den Server als gesund (%n Prüfungen bestanden).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy: %2. Check these in the server&apos;s wso2carbon.log.</source>
        <translation>%1 meldet den Server als nicht gesund: %2. Prüfen Sie diese in der wso2carbon.log des Servers.</translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores and the server&apos;s wso2carbon.log.</source>
        <translation>%1 meldet den Server als nicht gesund (HTTP %2): %3. Prüfen Sie die genannten Datenquellen oder Benutzerspeicher und die wso2carbon.log des Servers.</translation>
    </message>
    <message>
        <source>no error was named</source>
        <translation>es wurde kein Fehler genannt</translation>
    </message>
    <message>
        <source>It redirects to %1; give the address it redirects to.</source>
        <translation>Der Server leitet auf %1 weiter; geben Sie die Adresse an, auf die er weiterleitet.</translation>
    </message>
    <message>
        <source>The endpoint is normally open; check the server&apos;s access control for /api/health-check.</source>
        <translation>Der Endpunkt ist normalerweise offen; prüfen Sie die Zugriffskontrolle des Servers für /api/health-check.</translation>
    </message>
    <message>
        <source>Check the URL&apos;s path and that the server is the migrated Identity Server.</source>
        <translation>Prüfen Sie den Pfad der URL und ob der Server der migrierte Identity Server ist.</translation>
    </message>
    <message>
        <source>Check that the URL points to the Identity Server and not to a proxy or another service.</source>
        <translation>Prüfen Sie, ob die URL auf den Identity Server zeigt und nicht auf einen Proxy oder einen anderen Dienst.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body.</source>
        <translation>%1 hat mit HTTP %2 und leerem Inhalt geantwortet.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with something that is not a health-check answer: “%3”.</source>
        <translation>%1 hat mit HTTP %2 und etwas geantwortet, das keine Antwort einer Zustandsprüfung ist: „%3“.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Check that the server has finished starting and that no firewall drops connections to that port.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet (%3). Prüfen Sie, ob der Server fertig gestartet ist und keine Firewall Verbindungen zu diesem Port verwirft.</translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS port (usually %4).</source>
        <translation>%1 hat die Verbindung abgelehnt (%2). Prüfen Sie, ob der Server läuft und ob %3 sein HTTPS-Port ist (meist %4).</translation>
    </message>
    <message>
        <source>The host %1 was not found (%2). Check the host name and this machine&apos;s DNS settings.</source>
        <translation>Der Host %1 wurde nicht gefunden (%2). Prüfen Sie den Hostnamen und die DNS-Einstellungen dieses Rechners.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): %3. Check that %4 is the server&apos;s HTTPS port (usually %5) and that its keystore holds a valid certificate.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2): %3. Prüfen Sie, ob %4 der HTTPS-Port des Servers ist (meist %5) und ob sein Keystore ein gültiges Zertifikat enthält.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (%2). Check the server&apos;s wso2carbon.log and any proxy in front of it.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen (%2). Prüfen Sie die wso2carbon.log des Servers und einen ggf. vorgeschalteten Proxy.</translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2): %3. Check the network between this machine and the server.</source>
        <translation>Die Verbindung zu %1 ist fehlgeschlagen (%2): %3. Prüfen Sie das Netzwerk zwischen diesem Rechner und dem Server.</translation>
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
    <name>Ismw::JdbcUrl</name>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation>Der Port „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>Write the port as digits after the host, e.g. db.example.com:%1.</source>
        <translation>Schreiben Sie den Port als Ziffern hinter den Host, z. B. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports run from 1 to 65535.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs: Ports reichen von 1 bis 65535.</translation>
    </message>
    <message>
        <source>The host entry &quot;%1&quot; names no host.</source>
        <translation>Der Host-Eintrag „%1“ nennt keinen Host.</translation>
    </message>
    <message>
        <source>Write it as address=(host=db.example.com)(port=3306).</source>
        <translation>Schreiben Sie ihn als address=(host=db.example.com)(port=3306).</translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; opens a bracket [ that is not closed.</source>
        <translation>Die Adresse „%1“ öffnet eine Klammer [, die nicht geschlossen wird.</translation>
    </message>
    <message>
        <source>IPv6 addresses are written in brackets: [2001:db8::5]:%1.</source>
        <translation>IPv6-Adressen werden in eckige Klammern geschrieben: [2001:db8::5]:%1.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host list in brackets.</source>
        <translation>Unerwarteter Text „%1“ nach der Host-Liste in Klammern.</translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the address [%2].</source>
        <translation>Unerwarteter Text „%1“ nach der Adresse [%2].</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has more than one colon.</source>
        <translation>Der Host „%1“ enthält mehr als einen Doppelpunkt.</translation>
    </message>
    <message>
        <source>A host name is missing before &quot;%1&quot;.</source>
        <translation>Vor „%1“ fehlt ein Hostname.</translation>
    </message>
    <message>
        <source>Write the database server as host:port, e.g. db.example.com:%1.</source>
        <translation>Schreiben Sie den Datenbankserver als host:port, z. B. db.example.com:%1.</translation>
    </message>
    <message>
        <source>The URL names no database server.</source>
        <translation>Die URL nennt keinen Datenbankserver.</translation>
    </message>
    <message>
        <source>Write the server after //, e.g. //db.example.com:%1/.</source>
        <translation>Schreiben Sie den Server hinter //, z. B. //db.example.com:%1/.</translation>
    </message>
    <message>
        <source>The parameter %1=%2 is neither true nor false.</source>
        <translation>Der Parameter %1=%2 ist weder true noch false.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MySQL driver knows.</source>
        <translation>sslMode=%1 ist kein Modus, den der MySQL-Treiber kennt.</translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation>Verwenden Sie DISABLED, PREFERRED, REQUIRED, VERIFY_CA oder VERIFY_IDENTITY.</translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MariaDB driver knows.</source>
        <translation>sslMode=%1 ist kein Modus, den der MariaDB-Treiber kennt.</translation>
    </message>
    <message>
        <source>Use disable, trust, verify-ca or verify-full.</source>
        <translation>Verwenden Sie disable, trust, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:%1:.</source>
        <translation>Nach jdbc:%1: wird // erwartet.</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets or parentheses.</source>
        <translation>In der Host-Liste „%1“ sind eckige oder runde Klammern nicht ausgeglichen.</translation>
    </message>
    <message>
        <source>The URL names no database.</source>
        <translation>Die URL nennt keine Datenbank.</translation>
    </message>
    <message>
        <source>Add the database after the host: %1</source>
        <translation>Ergänzen Sie die Datenbank hinter dem Host: %1</translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets.</source>
        <translation>In der Host-Liste „%1“ sind die eckigen Klammern nicht ausgeglichen.</translation>
    </message>
    <message>
        <source>sslmode=%1 is not a mode the PostgreSQL driver knows.</source>
        <translation>sslmode=%1 ist kein Modus, den der PostgreSQL-Treiber kennt.</translation>
    </message>
    <message>
        <source>Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>Verwenden Sie disable, allow, prefer, require, verify-ca oder verify-full.</translation>
    </message>
    <message>
        <source>The parameter ssl=%1 is neither true nor false.</source>
        <translation>Der Parameter ssl=%1 ist weder true noch false.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:sqlserver:.</source>
        <translation>Nach jdbc:sqlserver: wird // erwartet.</translation>
    </message>
    <message>
        <source>The URL names no SQL Server host.</source>
        <translation>Die URL nennt keinen SQL-Server-Host.</translation>
    </message>
    <message>
        <source>encrypt=%1 is not a value the SQL Server driver knows.</source>
        <translation>encrypt=%1 ist kein Wert, den der SQL-Server-Treiber kennt.</translation>
    </message>
    <message>
        <source>Use true, false or strict.</source>
        <translation>Verwenden Sie true, false oder strict.</translation>
    </message>
    <message>
        <source>Expected // after jdbc:jtds:sqlserver:.</source>
        <translation>Nach jdbc:jtds:sqlserver: wird // erwartet.</translation>
    </message>
    <message>
        <source>Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</source>
        <translation>Beispiel: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</translation>
    </message>
    <message>
        <source>ssl=%1 is not a value the jTDS driver knows.</source>
        <translation>ssl=%1 ist kein Wert, den der jTDS-Treiber kennt.</translation>
    </message>
    <message>
        <source>Use off, request, require or authenticate.</source>
        <translation>Verwenden Sie off, request, require oder authenticate.</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor has unbalanced parentheses.</source>
        <translation>Im Oracle-Connect-Deskriptor sind die Klammern nicht ausgeglichen.</translation>
    </message>
    <message>
        <source>Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</source>
        <translation>Jede ( braucht ihre ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…).</source>
        <translation>Der Oracle-Connect-Deskriptor nennt kein (ADDRESS=…(HOST=…)…).</translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names neither SERVICE_NAME nor SID.</source>
        <translation>Der Oracle-Connect-Deskriptor nennt weder SERVICE_NAME noch SID.</translation>
    </message>
    <message>
        <source>Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor.</source>
        <translation>Ergänzen Sie (CONNECT_DATA=(SERVICE_NAME=ORCL)) im Deskriptor.</translation>
    </message>
    <message>
        <source>Expected thin: or oci: after jdbc:oracle:.</source>
        <translation>Nach jdbc:oracle: wird thin: oder oci: erwartet.</translation>
    </message>
    <message>
        <source>jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached from outside.</source>
        <translation>jdbc:oracle:kprb: ist der serverseitige Treiber innerhalb der Datenbank; er ist von außen nicht erreichbar.</translation>
    </message>
    <message>
        <source>The Oracle URL has no @ before the database address.</source>
        <translation>Die Oracle-URL hat kein @ vor der Datenbankadresse.</translation>
    </message>
    <message>
        <source>The Oracle URL names no database after @.</source>
        <translation>Die Oracle-URL nennt nach @ keine Datenbank.</translation>
    </message>
    <message>
        <source>The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID).</source>
        <translation>Die Oracle-URL nennt weder einen Dienst (host:port/SERVICE) noch eine SID (host:port:SID).</translation>
    </message>
    <message>
        <source>Expected // after jdbc:h2:%1:.</source>
        <translation>Nach jdbc:h2:%1: wird // erwartet.</translation>
    </message>
    <message>
        <source>The H2 server URL names no database after the host.</source>
        <translation>Die URL des H2-Servers nennt hinter dem Host keine Datenbank.</translation>
    </message>
    <message>
        <source>The H2 URL names no database file.</source>
        <translation>Die H2-URL nennt keine Datenbankdatei.</translation>
    </message>
    <message>
        <source>Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB</source>
        <translation>Beispiel: jdbc:h2:./repository/database/WSO2IDENTITY_DB</translation>
    </message>
    <message>
        <source>The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.</source>
        <translation>Der Assistent kennt jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: und jdbc:h2:.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>The URL does not start with jdbc:.</source>
        <translation>Die URL beginnt nicht mit jdbc:.</translation>
    </message>
    <message>
        <source>A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</source>
        <translation>Eine JDBC-URL sieht so aus: jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</translation>
    </message>
    <message>
        <source>The URL names no driver after jdbc:.</source>
        <translation>Die URL nennt nach jdbc: keinen Treiber.</translation>
    </message>
    <message>
        <source>The driver &quot;%1&quot; in the URL is not one the wizard knows.</source>
        <translation>Der Treiber „%1“ in der URL ist keiner, den der Assistent kennt.</translation>
    </message>
</context>
<context>
    <name>Ismw::LogScanner</name>
    <message>
        <source>More than %1 different kinds of errors were found; only the first %1 are listed.</source>
        <translation>Es wurden mehr als %1 verschiedene Fehlerarten gefunden; nur die ersten %1 werden aufgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>(%n more line(s) not shown)</source>
        <translation>
            <numerusform>(%n weitere Zeile nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Zeilen nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log scan was cancelled.</source>
        <translation>Die Protokollprüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The log file %1 does not exist. Check the path, or leave the file out.</source>
        <translation>Die Protokolldatei %1 existiert nicht. Prüfen Sie den Pfad oder lassen Sie die Datei weg.</translation>
    </message>
    <message>
        <source>%1 is not a file. Name the log files themselves, not their folder.</source>
        <translation>%1 ist keine Datei. Nennen Sie die Protokolldateien selbst, nicht ihren Ordner.</translation>
    </message>
    <message>
        <source>The log file %1 cannot be read: %2. Check its permissions.</source>
        <translation>Die Protokolldatei %1 kann nicht gelesen werden: %2. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Reading the log file %1 failed: %2.</source>
        <translation>Das Lesen der Protokolldatei %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.</source>
        <translation>Zeile %1 von %2 ist kein gültiges UTF-8; die fehlerhaften Bytes wurden ersetzt und die Prüfung wurde fortgesetzt.</translation>
    </message>
    <message>
        <source>%1 ends in a truncated line (no newline at the end); the line was read as it is.</source>
        <translation>%1 endet mit einer abgeschnittenen Zeile (kein Zeilenumbruch am Ende); die Zeile wurde so gelesen, wie sie ist.</translation>
    </message>
    <message>
        <source>No log file was given. Name the wso2carbon.log of the server to check.</source>
        <translation>Es wurde keine Protokolldatei angegeben. Nennen Sie die wso2carbon.log des zu prüfenden Servers.</translation>
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
    <message>
        <source>Still Working</source>
        <translation>Vorgang läuft noch</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Language of the wizard (%1)</source>
        <translation>Sprache des Assistenten (%1)</translation>
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
    <name>Ismw::PathChecks</name>
    <message>
        <source>old home</source>
        <extracomment>Put into sentences such as &quot;Choose %1 as the %2.&quot;: the old or the new IS home folder.</extracomment>
        <translation>alte IS-Home</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>neue IS-Home</translation>
    </message>
    <message>
        <source>%1 says “%2”</source>
        <translation>%1 sagt „%2“</translation>
    </message>
    <message>
        <source>The old home is not usable</source>
        <translation>Das alte IS-Home ist nicht verwendbar</translation>
    </message>
    <message>
        <source>The new home is not usable</source>
        <translation>Das neue IS-Home ist nicht verwendbar</translation>
    </message>
    <message>
        <source>Choose %1 as the %2.</source>
        <translation>Wählen Sie %1 als das %2.</translation>
    </message>
    <message>
        <source>Choose the folder of the extracted WSO2 Identity Server (the one holding bin/ and repository/) as the %1.</source>
        <translation>Wählen Sie den Ordner des entpackten WSO2 Identity Servers (den mit bin/ und repository/) als das %1.</translation>
    </message>
    <message>
        <source>The old home&apos;s release is unknown</source>
        <translation>Das Release des alten IS-Homes ist unbekannt</translation>
    </message>
    <message>
        <source>The new home&apos;s release is unknown</source>
        <translation>Das Release des neuen IS-Homes ist unbekannt</translation>
    </message>
    <message>
        <source>%1 is an IS home, but no file in it names its release. %2</source>
        <translation>%1 ist ein IS-Home, aber keine Datei darin nennt sein Release. %2</translation>
    </message>
    <message>
        <source>Restore bin/version.txt from the release&apos;s distribution.</source>
        <translation>Stellen Sie bin/version.txt aus der Distribution des Releases wieder her.</translation>
    </message>
    <message>
        <source>Old home: WSO2 Identity Server %1</source>
        <translation>Altes IS-Home: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source>New home: WSO2 Identity Server %1</source>
        <translation>Neues IS-Home: WSO2 Identity Server %1</translation>
    </message>
    <message>
        <source> (kernel %1)</source>
        <translation> (Kernel %1)</translation>
    </message>
    <message>
        <source>%1 is %2 %3%4.</source>
        <translation>%1 ist %2 %3%4.</translation>
    </message>
    <message>
        <source>The release is read from: %1.</source>
        <translation>Das Release wird gelesen aus: %1.</translation>
    </message>
    <message>
        <source>Check the version files of the %1 against the release you installed.</source>
        <translation>Prüfen Sie die Versionsdateien für das %1 anhand des installierten Releases.</translation>
    </message>
    <message>
        <source>The old home&apos;s version files disagree</source>
        <translation>Die Versionsdateien des alten IS-Homes widersprechen sich</translation>
    </message>
    <message>
        <source>The new home&apos;s version files disagree</source>
        <translation>Die Versionsdateien des neuen IS-Homes widersprechen sich</translation>
    </message>
    <message>
        <source>Find out which release the %1 really is (its update level, the distribution it came from) and restore the version files that are wrong.</source>
        <translation>Finden Sie heraus, welches Release das %1 wirklich ist (sein Update-Level, die Distribution, aus der es stammt), und stellen Sie die falschen Versionsdateien wieder her.</translation>
    </message>
    <message>
        <source>Needs both homes with a known release; see the checks of the homes above.</source>
        <translation>Erfordert beide IS-Homes mit bekanntem Release; siehe die Prüfungen der IS-Homes oben.</translation>
    </message>
    <message>
        <source>Direction of the migration</source>
        <translation>Richtung der Migration</translation>
    </message>
    <message>
        <source>Both homes are IS %1</source>
        <translation>Beide IS-Homes sind IS %1</translation>
    </message>
    <message>
        <source>The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: there is nothing to migrate between them.</source>
        <translation>Das alte IS-Home (%1) und das neue IS-Home (%2) sind beide WSO2 Identity Server %3: Zwischen ihnen gibt es nichts zu migrieren.</translation>
    </message>
    <message>
        <source>Choose the extracted newer release as the new home (the newest is %1).</source>
        <translation>Wählen Sie das entpackte neuere Release als neues IS-Home (das neueste ist %1).</translation>
    </message>
    <message>
        <source>IS %1 → %2 is a downgrade</source>
        <translation>IS %1 → %2 ist ein Downgrade</translation>
    </message>
    <message>
        <source>The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), which is %4. The migration only goes to newer releases; the databases of %2 cannot be used by %4.</source>
        <translation>Das alte IS-Home (%1) ist WSO2 Identity Server %2, neuer als das neue IS-Home (%3), das %4 ist. Die Migration geht nur zu neueren Releases; die Datenbanken von %2 kann %4 nicht verwenden.</translation>
    </message>
    <message>
        <source>Check that the homes are not swapped: the old home is the one in use, the new home the newer release you extracted.</source>
        <translation>Prüfen Sie, ob die IS-Homes nicht vertauscht sind: Das alte IS-Home ist das genutzte, das neue IS-Home das entpackte neuere Release.</translation>
    </message>
    <message>
        <source>IS %1 → %2</source>
        <translation>IS %1 → %2</translation>
    </message>
    <message>
        <source>An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).</source>
        <translation>Ein Upgrade von WSO2 Identity Server %1 (%2) auf %3 (%4).</translation>
    </message>
    <message>
        <source>Target release</source>
        <translation>Ziel-Release</translation>
    </message>
    <message>
        <source>Needs the new home with a known release; see the check of the new home above.</source>
        <translation>Erfordert das neue IS-Home mit bekanntem Release; siehe die Prüfung des neuen IS-Homes oben.</translation>
    </message>
    <message>
        <source>IS %1 is the newest release</source>
        <translation>IS %1 ist das neueste Release</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is the newest release this wizard knows.</source>
        <translation>Das Ziel, WSO2 Identity Server %1, ist das neueste Release, das dieser Assistent kennt.</translation>
    </message>
    <message>
        <source>IS %1 is newer than the target</source>
        <translation>IS %1 ist neuer als das Ziel</translation>
    </message>
    <message>
        <source>The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends migrating to the latest release: each later migration walks every step again, and older releases stop getting updates first.</source>
        <translation>Das Ziel ist WSO2 Identity Server %1, aber %2 ist erschienen. WSO2 empfiehlt die Migration auf das neueste Release: Jede spätere Migration durchläuft jeden Schritt erneut, und ältere Releases erhalten zuerst keine Updates mehr.</translation>
    </message>
    <message>
        <source>Extract IS %1 and choose it as the new home, unless there is a reason to stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).</source>
        <translation>Entpacken Sie IS %1 und wählen Sie es als neues IS-Home, es sei denn, es gibt einen Grund, bei %2 anzuhalten (etwa den Zwischenschritt über 5.10.0, den eingebettete H2-Daten erfordern).</translation>
    </message>
    <message>
        <source>IS %1 is newer than the wizard&apos;s rules</source>
        <translation>IS %1 ist neuer als die Regeln des Assistenten</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is newer than the newest release this wizard knows (%2): its configuration rules end at %2, so changes of %1 are not checked.</source>
        <translation>Das Ziel, WSO2 Identity Server %1, ist neuer als das neueste Release, das dieser Assistent kennt (%2): Seine Konfigurationsregeln enden bei %2, daher werden Änderungen von %1 nicht geprüft.</translation>
    </message>
    <message>
        <source>Look for a newer version of the wizard, or read the migration guide of %1 for the changes after %2.</source>
        <translation>Suchen Sie nach einer neueren Version des Assistenten oder lesen Sie die Migrationsanleitung von %1 zu den Änderungen nach %2.</translation>
    </message>
    <message>
        <source>IS %1 is not a release the wizard knows</source>
        <translation>IS %1 ist kein Release, das der Assistent kennt</translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is not one of the releases this wizard knows (%2 to %3); the newest is %3.</source>
        <translation>Das Ziel, WSO2 Identity Server %1, ist keines der Releases, die dieser Assistent kennt (%2 bis %3); das neueste ist %3.</translation>
    </message>
    <message>
        <source>Check the version files of the new home, and migrate to %1 if you can.</source>
        <translation>Prüfen Sie die Versionsdateien des neuen IS-Homes und migrieren Sie nach Möglichkeit auf %1.</translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation>Release-Schritte</translation>
    </message>
    <message>
        <source>There are no release steps from %1 to %2.</source>
        <translation>Es gibt keine Release-Schritte von %1 nach %2.</translation>
    </message>
    <message>
        <source>No rules for IS %1 → %2</source>
        <translation>Keine Regeln für IS %1 → %2</translation>
    </message>
    <message>
        <source>The wizard&apos;s configuration rules cover the releases %1 to %2; the way from %3 to %4 is not among them, so the configuration changes it brings are not checked.</source>
        <translation>Die Konfigurationsregeln des Assistenten decken die Releases %1 bis %2 ab; der Weg von %3 nach %4 gehört nicht dazu, daher werden die Konfigurationsänderungen, die er mit sich bringt, nicht geprüft.</translation>
    </message>
    <message>
        <source>Read WSO2&apos;s migration guide for each release step on the way.</source>
        <translation>Lesen Sie die Migrationsanleitung von WSO2 für jeden Release-Schritt auf dem Weg.</translation>
    </message>
    <message>
        <source>%1 (blocker): %2</source>
        <translation>%1 (Blocker): %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4, %5)</source>
        <translation>%1: %2 (%3, %4, %5)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
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
        <source>%n automatic edit(s)</source>
        <translation>
            <numerusform>%n automatische Änderung</numerusform>
            <numerusform>%n automatische Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release step(s) from IS %1 to %2</source>
        <translation>
            <numerusform>%n Release-Schritt von IS %1 nach %2</numerusform>
            <numerusform>%n Release-Schritte von IS %1 nach %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration client walks every release step from %1 to %2: %3.</source>
        <translation>Der Migrationsclient durchläuft jeden Release-Schritt von %1 nach %2: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n further rule(s) apply to every migration.</source>
        <translation>
            <numerusform>%n weitere Regel gilt für jede Migration.</numerusform>
            <numerusform>%n weitere Regeln gelten für jede Migration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation>Darunter: %1</translation>
    </message>
    <message>
        <source>Some steps have rules that block the migration when the configuration matches them; the Configuration page checks the old deployment.toml against every rule and shows which apply.</source>
        <translation>Einige Schritte haben Regeln, die die Migration blockieren, wenn die Konfiguration auf sie zutrifft; die Seite „Konfiguration“ prüft die alte deployment.toml gegen jede Regel und zeigt, welche zutreffen.</translation>
    </message>
    <message>
        <source>Embedded H2 databases</source>
        <translation>Eingebettete H2-Datenbanken</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home above.</source>
        <translation>Erfordert das alte IS-Home; siehe die Prüfung des alten IS-Homes oben.</translation>
    </message>
    <message>
        <source>The configuration %1 could not be read, so the wizard cannot tell whether the old deployment uses H2; the Configuration page says why.</source>
        <translation>Die Konfiguration %1 konnte nicht gelesen werden, daher kann der Assistent nicht feststellen, ob die alte Installation H2 verwendet; die Seite „Konfiguration“ nennt den Grund.</translation>
    </message>
    <message>
        <source>The old home has no %1, so the wizard cannot tell whether it uses H2.</source>
        <translation>Das alte IS-Home hat keine %1, daher kann der Assistent nicht feststellen, ob es H2 verwendet.</translation>
    </message>
    <message>
        <source>No database configured</source>
        <translation>Keine Datenbank konfiguriert</translation>
    </message>
    <message>
        <source>%1 names no database, so the server runs on its built-in defaults: the embedded H2 databases under repository/database/.</source>
        <translation>%1 nennt keine Datenbank, daher läuft der Server mit seinen eingebauten Standardwerten: den eingebetteten H2-Datenbanken unter repository/database/.</translation>
    </message>
    <message>
        <source>Check where the old server&apos;s data really is before the migration; the Configuration page shows the file&apos;s database settings.</source>
        <translation>Prüfen Sie vor der Migration, wo die Daten des alten Servers wirklich liegen; die Seite „Konfiguration“ zeigt die Datenbankeinstellungen der Datei.</translation>
    </message>
    <message>
        <source>No embedded H2 database</source>
        <translation>Keine eingebettete H2-Datenbank</translation>
    </message>
    <message>
        <source>%1 uses no H2 database (%2).</source>
        <translation>%1 verwendet keine H2-Datenbank (%2).</translation>
    </message>
    <message>
        <source>H2 in use: %1</source>
        <translation>H2 in Verwendung: %1</translation>
    </message>
    <message>
        <source>Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to 5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves the data behind.</source>
        <translation>Eingebettete H2-Daten von Releases vor 5.10.0 lassen sich nur übernehmen, indem zuerst auf 5.10.0 migriert wird und die H2-Dateien dort konvertiert werden; ein direkter Wechsel von %1 auf %2 lässt die Daten zurück.</translation>
    </message>
    <message>
        <source>Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 to %1; or move the data to a production database before the migration.</source>
        <translation>Migrieren Sie zuerst auf 5.10.0 und konvertieren Sie dort die H2-Dateien, migrieren Sie dann von 5.10.0 auf %1; oder verschieben Sie die Daten vor der Migration in eine Produktionsdatenbank.</translation>
    </message>
    <message>
        <source>This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: convert the H2 files there before going on.</source>
        <translation>Dies ist der Zwischenschritt über 5.10.0, den eingebettete H2-Daten von Releases vor 5.10.0 erfordern: Konvertieren Sie die H2-Dateien dort, bevor es weitergeht.</translation>
    </message>
    <message>
        <source>Convert the H2 files after migrating to 5.10.0, before any later migration.</source>
        <translation>Konvertieren Sie die H2-Dateien nach der Migration auf 5.10.0, vor jeder weiteren Migration.</translation>
    </message>
    <message>
        <source>6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old version wrote: they have to be converted (WSO2&apos;s H2 migration tool) before %1 starts. Homes on 5.11.0 with update level 111 or later already write the new format.</source>
        <translation>6.0.0 wechselt von H2 1.4.199 auf H2 2.1.210, das die von der alten Version geschriebenen Dateien nicht öffnen kann: Sie müssen (mit dem H2-Migrationswerkzeug von WSO2) konvertiert werden, bevor %1 startet. IS-Homes auf 5.11.0 mit Update-Level 111 oder höher schreiben bereits das neue Format.</translation>
    </message>
    <message>
        <source>Convert the H2 files with WSO2&apos;s H2 migration tool before starting %1, or move the data to a production database.</source>
        <translation>Konvertieren Sie die H2-Dateien vor dem Start von %1 mit dem H2-Migrationswerkzeug von WSO2 oder verschieben Sie die Daten in eine Produktionsdatenbank.</translation>
    </message>
    <message>
        <source>Plan moving the data to a production database; until then copy the H2 files to the new home with the rest of its data.</source>
        <translation>Planen Sie den Umzug der Daten in eine Produktionsdatenbank; kopieren Sie bis dahin die H2-Dateien mit den übrigen Daten in das neue IS-Home.</translation>
    </message>
    <message>
        <source>%1 uses embedded H2: %2.</source>
        <translation>%1 verwendet eingebettetes H2: %2.</translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisiteChecks</name>
    <message>
        <source>IS homes</source>
        <translation>IS-Homes</translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation>Migrationspfad</translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation>Festplattenplatz und Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Java</source>
        <translation>Java</translation>
    </message>
    <message>
        <source>Customizations to carry over</source>
        <translation>Zu übernehmende Anpassungen</translation>
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
        <source>✔ pass</source>
        <translation>✔ bestanden</translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation>⚠ Warnung</translation>
    </message>
    <message>
        <source>✖ blocker</source>
        <translation>✖ Blocker</translation>
    </message>
    <message>
        <source>– not applicable</source>
        <translation>– nicht zutreffend</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Die Prüfungen laufen…</translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.</source>
        <translation>
            <numerusform>%n Blocker zu beheben (dann „Prüfungen erneut ausführen“) oder mit einer Begründung anzunehmen: %1.</numerusform>
            <numerusform>%n Blocker zu beheben (dann „Prüfungen erneut ausführen“) oder mit einer Begründung anzunehmen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>not needed</source>
        <translation>nicht benötigt</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a check to see what it found.</source>
        <translation>Wählen Sie eine Prüfung aus, um zu sehen, was sie gefunden hat.</translation>
    </message>
    <message>
        <source>Concerns: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation>Betrifft: &lt;i&gt;%1&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Was zu tun ist:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 — %2</source>
        <translation>&lt;b&gt;Entscheidung:&lt;/b&gt; %1 — %2</translation>
    </message>
    <message>
        <source>This cannot be accepted: choose other homes.</source>
        <translation>Dies kann nicht angenommen werden: Wählen Sie andere IS-Homes.</translation>
    </message>
    <message>
        <source>carried over to the new home</source>
        <translation>in das neue IS-Home übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) still to decide.</source>
        <translation>
            <numerusform>%n Anpassung ist noch zu entscheiden.</numerusform>
            <numerusform>%n Anpassungen sind noch zu entscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks run when both homes are chosen.</source>
        <translation>Die Prüfungen laufen, sobald beide IS-Homes gewählt sind.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;checks&lt;/b&gt; then look at what the migration needs: the release steps it crosses and what each changes, H2 in use, free disk space and memory, the Java runtime each release would run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until it is fixed (&lt;b&gt;Run Checks Again&lt;/b&gt;) or accepted with a reason, for example when the server runs on another machine with its own Java. Mark each customization &lt;b&gt;done&lt;/b&gt; once it is in the new home, or &lt;b&gt;not needed&lt;/b&gt; with a reason. Results and decisions go into the project and its journal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das &lt;b&gt;alte IS-Home&lt;/b&gt; ist der Ordner des derzeit genutzten Identity Servers (er enthält &lt;i&gt;bin/&lt;/i&gt; und &lt;i&gt;repository/&lt;/i&gt;). Das &lt;b&gt;neue IS-Home&lt;/b&gt; ist das neueste Release, heruntergeladen und entpackt, aber noch nicht gegen Ihre Datenbanken gestartet.&lt;/p&gt;&lt;p&gt;Der Assistent liest das Release jedes IS-Homes aus dessen Dateien und lehnt einen Ordner ab, der kein IS-Home ist, unter Angabe dessen, was fehlt. Die Migration muss vorwärts gehen: Das neue Release muss später als das alte sein und sollte das neueste Release sein.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Prüfungen&lt;/b&gt; untersuchen dann, was die Migration braucht: die Release-Schritte, die sie durchläuft, und was jeder ändert, ob H2 verwendet wird, freien Festplattenplatz und Arbeitsspeicher, die Java-Laufzeitumgebung, mit der jedes Release laufen würde (JAVA_HOME, sonst PATH), und die Anpassungen des alten IS-Homes, die dem neuen fehlen: JARs, JDBC-Treiber, Benutzerspeicher, Keystores, Webanwendungen, Mandanten und geänderte Konfigurationsdateien.&lt;/p&gt;&lt;p&gt;Ein &lt;b&gt;Blocker&lt;/b&gt; hält „Weiter“ deaktiviert, bis er behoben (&lt;b&gt;Prüfungen erneut ausführen&lt;/b&gt;) oder mit einer Begründung angenommen ist, zum Beispiel wenn der Server auf einem anderen Rechner mit eigenem Java läuft. Markieren Sie jede Anpassung als &lt;b&gt;erledigt&lt;/b&gt;, sobald sie im neuen IS-Home ist, oder als &lt;b&gt;nicht benötigt&lt;/b&gt; mit einer Begründung. Ergebnisse und Entscheidungen werden im Projekt und in seinem Journal festgehalten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Confirm the backup of the old home and its databases.</source>
        <translation>Bestätigen Sie die Sicherung des alten IS-Homes und seiner Datenbanken.</translation>
    </message>
    <message>
        <source>From %1 to %2: %3, %4, %5.</source>
        <translation>Von %1 nach %2: %3, %4, %5.</translation>
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
        <translation>Keine Schätzung für %1: Es ist in keiner Umgebung unterhalb von %2 vollständig gelaufen. Führen Sie es dort zuerst aus (echt, kein Probelauf), um seine Geschwindigkeit zu messen.</translation>
    </message>
    <message>
        <source>%1: %2 rows removed in %3 (%4 rows/s)</source>
        <translation>%1: %2 Zeilen entfernt in %3 (%4 Zeilen/s)</translation>
    </message>
    <message>
        <source>No estimate for %1: run a dry run on %2 to count its rows (%3).</source>
        <translation>Keine Schätzung für %1: Führen Sie einen Probelauf auf %2 aus, um seine Zeilen zu zählen (%3).</translation>
    </message>
    <message>
        <source>%1 — %2; the %3 dry run counted %4 eligible rows → about %5.</source>
        <translation>%1 — %2; der Probelauf auf %3 hat %4 betroffene Zeilen gezählt → etwa %5.</translation>
    </message>
    <message>
        <source>No estimate for %1: no cleanup has run on a lower environment and no dry run on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.</source>
        <translation>Keine Schätzung für %1: In keiner niedrigeren Umgebung ist eine Bereinigung gelaufen, und kein Probelauf auf %1 hat Zeilen gezählt. Führen Sie die Bereinigung in einer niedrigeren Umgebung und einen Probelauf auf %1 aus.</translation>
    </message>
    <message>
        <source>No estimate for %1 yet: see each script for what is missing.</source>
        <translation>Noch keine Schätzung für %1: Was fehlt, steht bei jedem Skript.</translation>
    </message>
    <message>
        <source>Cleanup on %1: about %2 in total.</source>
        <translation>Bereinigung auf %1: insgesamt etwa %2.</translation>
    </message>
    <message>
        <source>Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not included.</source>
        <translation>Bereinigung auf %1: mindestens %2 für die Skripte, die geschätzt werden konnten; die übrigen sind nicht enthalten.</translation>
    </message>
    <message>
        <source>An estimate, not a promise: load, hardware and indexes on %1 differ from the environments measured. Where a script ran more than once, the slowest run is used, and every figure is rounded up.</source>
        <translation>Eine Schätzung, kein Versprechen: Last, Hardware und Indizes auf %1 unterscheiden sich von den gemessenen Umgebungen. Lief ein Skript mehr als einmal, wird der langsamste Lauf verwendet, und jede Zahl wird aufgerundet.</translation>
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
        <extracomment>%1 is what was being done, from the messages &quot;open&quot;, &quot;read&quot;, &quot;check&quot;, &quot;commit&quot;, &quot;set up&quot; (an infinitive), %2 the file&apos;s path, %3 the database&apos;s own error text.</extracomment>
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
    <message>
        <source>read the checklist</source>
        <translation>die Checkliste lesen</translation>
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
    <name>Ismw::ReportCommand</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>There is no project file %1. Check the path.</source>
        <translation>Die Projektdatei %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the report from the wizard&apos;s report page, or close the project there and run this command again.</source>
        <translation>Das Projekt %1 ist im IS Migration Wizard geöffnet (Prozess %2 auf %3). Exportieren Sie den Bericht auf der Berichtsseite des Assistenten, oder schließen Sie das Projekt dort und führen Sie diesen Befehl erneut aus.</translation>
    </message>
    <message>
        <source>Cannot read %1 into a temporary folder (%2). Check that the file is readable and the disk has room.</source>
        <translation>%1 kann nicht in einen temporären Ordner gelesen werden (%2). Prüfen Sie, ob die Datei lesbar ist und auf dem Datenträger Platz ist.</translation>
    </message>
    <message>
        <source>%1 is in the older project format %2; it was read through an upgraded temporary copy and was not changed. Opening it in the wizard upgrades it.</source>
        <translation>%1 liegt im älteren Projektformat %2 vor; es wurde über eine aktualisierte temporäre Kopie gelesen und nicht verändert. Beim Öffnen im Assistenten wird es aktualisiert.</translation>
    </message>
    <message>
        <source>To check it without this tool, in %1 run:</source>
        <translation>Um ihn ohne dieses Werkzeug zu prüfen, führen Sie in %1 aus:</translation>
    </message>
    <message>
        <source>The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed report.</source>
        <translation>Der Migrationsbericht einer Umgebung als PDF, HTML und JSON, signiert; und die Prüfung eines signierten Berichts.</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Aufruf: %1 %2</translation>
    </message>
    <message>
        <source>Run “%1 report export --help” or “%1 report verify --help” for the options.</source>
        <translation>Führen Sie „%1 report export --help“ oder „%1 report verify --help“ aus, um die Optionen zu sehen.</translation>
    </message>
    <message>
        <source>name a subcommand: export or verify.</source>
        <translation>nennen Sie einen Unterbefehl: export oder verify.</translation>
    </message>
    <message>
        <source>unknown subcommand “%1”: use export or verify.</source>
        <translation>unbekannter Unterbefehl „%1“: Verwenden Sie export oder verify.</translation>
    </message>
    <message>
        <source>Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the manifest (.p7s). All files appear together or none does. The project file is read, never changed.
Exit codes: 0 written (also when the verdict is “not ready”: that is the report&apos;s finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the wizard).</source>
        <translation>Schreibt den Migrationsbericht einer Umgebung: das PDF, auf Wunsch seine HTML- und JSON-Gegenstücke, ein SHA-256-Manifest davon (report.pdf.sha256) und mit --sign CMS-Signaturen des PDFs und des Manifests (.p7s). Entweder entstehen alle Dateien gemeinsam oder keine. Die Projektdatei wird nur gelesen, nie verändert.
Exit-Codes: 0 geschrieben (auch bei der Bewertung „nicht bereit“: Das ist der Befund des Berichts, siehe seine Gründe); 2 ungültige Eingabe (unbekannte Umgebung, nicht lesbares Projekt, falsche Passphrase, ein Zertifikat, das nicht signieren kann); 3 E/A-Fehler (ein fehlender Ordner, das Projekt ist im Assistenten geöffnet).</translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation>Der Unterbefehl.</translation>
    </message>
    <message>
        <source>The migration project file (*.ismig).</source>
        <translation>Die Migrationsprojektdatei (*.ismig).</translation>
    </message>
    <message>
        <source>The environment to report on.</source>
        <translation>Die Umgebung, über die berichtet wird.</translation>
    </message>
    <message>
        <source>Where to write the PDF report.</source>
        <translation>Wohin der PDF-Bericht geschrieben wird.</translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation>Den Bericht zusätzlich als HTML in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Also write the report as JSON (schema ismw-report) to this file.</source>
        <translation>Den Bericht zusätzlich als JSON (Schema ismw-report) in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Sign with the certificate and key in this PKCS#12 file.</source>
        <translation>Mit dem Zertifikat und Schlüssel aus dieser PKCS#12-Datei signieren.</translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of stdin.</source>
        <translation>Die PKCS#12-Passphrase aus der ersten Zeile der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Report this run of the environment (default: its latest).</source>
        <translation>Über diesen Lauf der Umgebung berichten (Standard: ihren letzten).</translation>
    </message>
    <message>
        <source>name one project file.</source>
        <translation>nennen Sie eine Projektdatei.</translation>
    </message>
    <message>
        <source>name the environment with --environment.</source>
        <translation>nennen Sie die Umgebung mit --environment.</translation>
    </message>
    <message>
        <source>name the PDF to write with -o.</source>
        <translation>nennen Sie das zu schreibende PDF mit -o.</translation>
    </message>
    <message>
        <source>--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read from stdin, never from the command line.</source>
        <translation>--sign und --pass-stdin gehören zusammen: Die Passphrase der PKCS#12-Datei wird aus der Standardeingabe gelesen, nie von der Befehlszeile.</translation>
    </message>
    <message>
        <source>--run “%1” is not a run id.</source>
        <translation>--run „%1“ ist keine Lauf-ID.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your signing certificate and key.</source>
        <translation>Die Zertifikatsdatei %1 existiert nicht. Nennen Sie die PKCS#12-Datei (.p12 oder .pfx) mit Ihrem Signaturzertifikat und Schlüssel.</translation>
    </message>
    <message>
        <source>No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a file only you can read: --pass-stdin &lt; pass.txt.</source>
        <translation>Keine Passphrase auf der Standardeingabe: --pass-stdin liest sie aus der ersten Zeile, z. B. aus einer Datei, die nur Sie lesen können: --pass-stdin &lt; pass.txt.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Bewertung für %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Geschrieben:</translation>
    </message>
    <message>
        <source>Signed by %1, issued by %2, certificate valid until %3.</source>
        <translation>Signiert von %1, ausgestellt von %2, Zertifikat gültig bis %3.</translation>
    </message>
    <message>
        <source>Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and its signature are beside it, every file the manifest lists. With --ca, also that the signer&apos;s certificate was issued by that certificate authority.
Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does not match, a signer the CA does not trust); 2 bad input (no such report or signature).</source>
        <translation>Prüft einen signierten Bericht: das PDF gegen seine Signatur und, wenn das Manifest report.pdf.sha256 und seine Signatur daneben liegen, jede Datei, die das Manifest aufführt. Mit --ca zusätzlich, dass das Zertifikat des Signierenden von dieser Zertifizierungsstelle ausgestellt wurde.
Exit-Codes: 0 geprüft; 1 Prüfung fehlgeschlagen (eine geänderte oder fehlende Datei, eine Signatur, die nicht passt, ein Signierender, dem die CA nicht vertraut); 2 ungültige Eingabe (kein solcher Bericht bzw. keine solche Signatur).</translation>
    </message>
    <message>
        <source>The signed PDF report.</source>
        <translation>Der signierte PDF-Bericht.</translation>
    </message>
    <message>
        <source>The PDF&apos;s signature (default: REPORT.p7s).</source>
        <translation>Die Signatur des PDFs (Standard: REPORT.p7s).</translation>
    </message>
    <message>
        <source>Check that the signer chains to a CA in this PEM file.</source>
        <translation>Prüfen, ob die Kette des Signierenden zu einer CA in dieser PEM-Datei führt.</translation>
    </message>
    <message>
        <source>name one report PDF.</source>
        <translation>nennen Sie ein Bericht-PDF.</translation>
    </message>
    <message>
        <source>there is no CA file %1.</source>
        <translation>die CA-Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>not checked: no --ca given</source>
        <translation>nicht geprüft: kein --ca angegeben</translation>
    </message>
    <message>
        <source>trusted by %1</source>
        <translation>vertrauenswürdig laut %1</translation>
    </message>
    <message>
        <source>NOT trusted by %1</source>
        <translation>NICHT vertrauenswürdig laut %1</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signatur: %1</translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation>Signiert von: %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation>Signiert am: %1</translation>
    </message>
    <message>
        <source>Report unchanged: %1</source>
        <translation>Bericht unverändert: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>passt</translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation>PASST NICHT</translation>
    </message>
    <message>
        <source>Manifest: none beside the report; only the PDF was checked.</source>
        <translation>Manifest: keines neben dem Bericht; nur das PDF wurde geprüft.</translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation>Kette: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problem: %1</translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation>Geprüft.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Prüfung FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source>Manifest %1: %2, %3, %4; signature %5.</source>
        <extracomment>%1 the manifest&apos;s path; %2 files listed, %3 changed, %4 missing (each counted in its own message); %5 the state of its signature.</extracomment>
        <translation>Manifest %1: %2, %3, %4; Signatur %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) listed</source>
        <translation>
            <numerusform>%n Datei aufgeführt</numerusform>
            <numerusform>%n Dateien aufgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n fehlt</numerusform>
            <numerusform>%n fehlen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ReportData</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>a warning</source>
        <translation>eine Warnung</translation>
    </message>
    <message>
        <source>a blocker</source>
        <translation>ein Blocker</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>nicht zutreffend</translation>
    </message>
    <message numerus="yes">
        <source> and %n more (see the checklist)</source>
        <translation>
            <numerusform> und %n weiterer (siehe Checkliste)</numerusform>
            <numerusform> und %n weitere (siehe Checkliste)</numerusform>
        </translation>
    </message>
    <message>
        <source>The run on %1 was still in progress when this report was made.</source>
        <translation>Der Lauf auf %1 war noch im Gange, als dieser Bericht erstellt wurde.</translation>
    </message>
    <message>
        <source>The run on %1 was rolled back.</source>
        <translation>Der Lauf auf %1 wurde zurückgesetzt (Rollback).</translation>
    </message>
    <message>
        <source>The run on %1 was abandoned before it finished.</source>
        <translation>Der Lauf auf %1 wurde vor seinem Ende abgebrochen.</translation>
    </message>
    <message>
        <source>The check %1 is %2 and was not accepted: %3</source>
        <extracomment>%1 is the check&apos;s id, %2 its state (&quot;a warning&quot;, &quot;a blocker&quot;), %3 its summary.</extracomment>
        <translation>Die Prüfung %1 ist %2 und wurde nicht akzeptiert: %3</translation>
    </message>
    <message>
        <source>The automatic check %1 did not pass and was not accepted: %2</source>
        <translation>Die automatische Prüfung %1 hat nicht bestanden und wurde nicht akzeptiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or blocker(s) were accepted with a reason; see the checks.</source>
        <translation>
            <numerusform>%n Warnung oder Blocker wurde mit Begründung akzeptiert; siehe die Prüfungen.</numerusform>
            <numerusform>%n Warnungen oder Blocker wurden mit Begründung akzeptiert; siehe die Prüfungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases were recorded for this run: the migrated system was not verified.</source>
        <translation>Für diesen Lauf wurden keine Testfälle erfasst: Das migrierte System wurde nicht überprüft.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed: %1.</source>
        <translation>
            <numerusform>%n Testfall ist fehlgeschlagen: %1.</numerusform>
            <numerusform>%n Testfälle sind fehlgeschlagen: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are blocked: %1.</source>
        <translation>
            <numerusform>%n Testfall ist blockiert: %1.</numerusform>
            <numerusform>%n Testfälle sind blockiert: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) were not run: %1. A case not run has not shown that the migrated system works.</source>
        <translation>
            <numerusform>%n Testfall wurde nicht ausgeführt: %1. Ein nicht ausgeführter Testfall hat nicht gezeigt, dass das migrierte System funktioniert.</numerusform>
            <numerusform>%n Testfälle wurden nicht ausgeführt: %1. Ein nicht ausgeführter Testfall hat nicht gezeigt, dass das migrierte System funktioniert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not switch users to the new system on %1 until every reason above is resolved.</source>
        <translation>Stellen Sie die Benutzer auf %1 erst auf das neue System um, wenn jeder der obigen Gründe behoben ist.</translation>
    </message>
    <message>
        <source>If traffic already goes to the new system, route it back to the old environment (load balancer or DNS) and keep the old IS home and its databases untouched.</source>
        <translation>Geht bereits Verkehr an das neue System, leiten Sie ihn zurück auf die alte Umgebung (Load Balancer oder DNS) und lassen Sie das alte IS-Home und seine Datenbanken unverändert.</translation>
    </message>
    <message>
        <source>Investigate the failed checks and test cases, and the errors in the server log, before trying again.</source>
        <translation>Untersuchen Sie die fehlgeschlagenen Prüfungen und Testfälle sowie die Fehler im Serverprotokoll, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>If the database cleanup or migration left the databases in a doubtful state, restore them from the backup taken before the migration.</source>
        <translation>Haben die Datenbankbereinigung oder die Migration die Datenbanken in einem zweifelhaften Zustand hinterlassen, stellen Sie sie aus der vor der Migration erstellten Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>The project has no environment “%1”; it has no environments at all yet. Start a run in the wizard first.</source>
        <translation>Das Projekt hat keine Umgebung „%1“; es hat noch überhaupt keine Umgebungen. Starten Sie zuerst einen Lauf im Assistenten.</translation>
    </message>
    <message>
        <source>The project has no environment “%1”. Choose one of: %2.</source>
        <translation>Das Projekt hat keine Umgebung „%1“. Wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <source>The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.</source>
        <translation>Die Umgebung %1 hat noch keinen Lauf, es gibt also nichts zu berichten. Führen Sie den Assistenten zuerst auf %1 aus.</translation>
    </message>
    <message>
        <source>Run %1 is not a run of the environment %2. Leave the run out to report the latest run of %2.</source>
        <translation>Lauf %1 ist kein Lauf der Umgebung %2. Lassen Sie den Lauf weg, um über den letzten Lauf von %2 zu berichten.</translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</source>
        <translation>
            <numerusform>Die Hash-Kette des Journals ist gültig: Von %n Eintrag wurde keiner geändert oder entfernt.</numerusform>
            <numerusform>Die Hash-Kette des Journals ist gültig: Von %n Einträgen wurde keiner geändert oder entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain breaks at entry %1: an entry was changed or removed outside the wizard, so the project&apos;s record cannot be trusted. Find out who changed the project file.</source>
        <translation>Die Hash-Kette des Journals bricht bei Eintrag %1: Ein Eintrag wurde außerhalb des Assistenten geändert oder entfernt, daher ist den Aufzeichnungen des Projekts nicht zu trauen. Finden Sie heraus, wer die Projektdatei geändert hat.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 was cancelled.</source>
        <extracomment>%1 is the script&apos;s file name, %2 the database entry (e.g. identity_db).</extracomment>
        <translation>Der Probelauf des Bereinigungsskripts %1 auf %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 failed.</source>
        <translation>Der Probelauf des Bereinigungsskripts %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 was cancelled.</source>
        <translation>Das Bereinigungsskript %1 auf %2 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 failed.</source>
        <translation>Das Bereinigungsskript %1 auf %2 ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportExport</name>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation>In %1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.</source>
        <translation>%1 kann nicht an seinen Platz gebracht werden: %2. Es wurde nichts exportiert; wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Choose where to save the PDF report.</source>
        <translation>Wählen Sie, wo der PDF-Bericht gespeichert werden soll.</translation>
    </message>
    <message>
        <source>%1 is named for two of the exported files. Give each file its own name.</source>
        <translation>%1 ist für zwei der exportierten Dateien angegeben. Geben Sie jeder Datei einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist. Create it, or choose another folder.</source>
        <translation>Der Ordner %1 für %2 existiert nicht. Legen Sie ihn an oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>There is no report %1. Check the path.</source>
        <translation>Der Bericht %1 existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>There is no signature %1 for the report %2. Name the signature file (report.pdf.p7s) that came with the report, or export the report again with a certificate.</source>
        <translation>Zum Bericht %2 gibt es keine Signatur %1. Nennen Sie die Signaturdatei (report.pdf.p7s), die mit dem Bericht geliefert wurde, oder exportieren Sie den Bericht erneut mit einem Zertifikat.</translation>
    </message>
    <message>
        <source>The manifest %1 has no signature %2, so the files it lists are not covered by a signature. Use the files as exported, with both signatures.</source>
        <translation>Das Manifest %1 hat keine Signatur %2, daher sind die darin aufgeführten Dateien durch keine Signatur abgedeckt. Verwenden Sie die Dateien so, wie sie exportiert wurden, mit beiden Signaturen.</translation>
    </message>
    <message>
        <source>%1 was changed after the report was exported: its SHA-256 no longer matches the manifest %2. Do not rely on it.</source>
        <translation>%1 wurde nach dem Export des Berichts geändert: Sein SHA-256 passt nicht mehr zum Manifest %2. Verlassen Sie sich nicht darauf.</translation>
    </message>
    <message>
        <source>%1, listed in the manifest %2, is missing. Keep the exported files together.</source>
        <translation>%1, im Manifest %2 aufgeführt, fehlt. Halten Sie die exportierten Dateien zusammen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>The record of this environment&apos;s migration for the change board or auditor: export it, sign it with your certificate, and check a signed report.</source>
        <translation>Die Aufzeichnung der Migration dieser Umgebung für das Change Board oder die Prüfer: Exportieren Sie sie, signieren Sie sie mit Ihrem Zertifikat und prüfen Sie einen signierten Bericht.</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose Your Certificate</source>
        <translation>Ihr Zertifikat wählen</translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Dateien (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Signed Report</source>
        <translation>Signierten Bericht öffnen</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation>PDF-Dokumente (*.pdf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation>CA-Zertifikate wählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The report is being written. Wait until the export has finished.</source>
        <translation>Der Bericht wird gerade geschrieben. Warten Sie, bis der Export abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Finish Without a Report</source>
        <translation>Ohne Bericht abschließen</translation>
    </message>
    <message>
        <source>No report was exported in this session. Finish anyway? The project keeps everything, and the report can be exported later from the project.</source>
        <translation>In dieser Sitzung wurde kein Bericht exportiert. Trotzdem abschließen? Das Projekt behält alles, und der Bericht kann später aus dem Projekt exportiert werden.</translation>
    </message>
    <message>
        <source>Run finished with the verdict “%1”.</source>
        <translation>Lauf mit der Bewertung „%1“ abgeschlossen.</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf abgeschlossen.</translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation>Bewertung für %1: %2</translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation>Rollback:</translation>
    </message>
    <message>
        <source>Production estimate:</source>
        <translation>Schätzung für die Produktion:</translation>
    </message>
    <message>
        <source>no cleanup run was recorded on a lower environment, so there is nothing to scale.</source>
        <translation>In keiner niedrigeren Umgebung wurde ein Bereinigungslauf erfasst, es gibt also nichts hochzurechnen.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation>Geschrieben: %1.</translation>
    </message>
    <message>
        <source>Signed as %1 (certificate valid until %2).</source>
        <translation>Signiert als %1 (Zertifikat gültig bis %2).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>Report with the verdict “%1” exported to %2%3.</source>
        <translation>Bericht mit der Bewertung „%1“ nach %2 exportiert%3.</translation>
    </message>
    <message>
        <source>, signed as %1</source>
        <translation>, signiert als %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation>Der Bericht ist unversehrt.</translation>
    </message>
    <message>
        <source>The report does not verify.</source>
        <translation>Die Prüfung des Berichts ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Who signed was not checked: choose the CA certificates to check it.</source>
        <translation>Wer signiert hat, wurde nicht geprüft: Wählen Sie die CA-Zertifikate, um es zu prüfen.</translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the CA given.</source>
        <translation>Das Zertifikat des Signierenden führt zu der angegebenen CA.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the manifest checked.</source>
        <translation>
            <numerusform>%n Datei des Manifests geprüft.</numerusform>
            <numerusform>%n Dateien des Manifests geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest next to the report: only the PDF was checked.</source>
        <translation>Kein Manifest neben dem Bericht: Nur das PDF wurde geprüft.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>unversehrt</translation>
    </message>
    <message>
        <source>Signed by %1 (certificate issued by %2)</source>
        <translation>Signiert von %1 (Zertifikat ausgestellt von %2)</translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <extracomment>%1 is &quot;Signed by &lt;subject&gt; (certificate issued by &lt;issuer&gt;)&quot;, %2 the signing time</extracomment>
        <translation>%1 am %2.</translation>
    </message>
    <message>
        <source>&lt;p&gt;The report covers the latest run on this environment: the verdict and why, the homes and releases, every check with the reasons given for accepting it, the configuration decisions, the cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, the log scan, the journal, and the production time estimate with its basis.&lt;/p&gt;&lt;p&gt;Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) with the SHA-256 of each file. Signing adds a CMS detached signature of the PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) and one of the manifest, with your certificate from a PKCS#12 file. The passphrase is used once and never stored.&lt;/p&gt;&lt;p&gt;Anyone can check a signed report without this tool; the commands are in the report&apos;s appendix: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, the same for the manifest, and &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Check Signature&lt;/b&gt; does the same here and names any file that changed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Bericht umfasst den letzten Lauf in dieser Umgebung: die Bewertung und ihre Begründung, die IS-Homes und Releases, jede Prüfung mit den Gründen für ihre Akzeptanz, die Konfigurationsentscheidungen, die Bereinigungsläufe mit ihren Zeilenzahlen und Dauern, die Testfälle mit dem SHA-256 ihrer Nachweise, die Protokollprüfung, das Journal und die Zeitschätzung für die Produktion samt ihrer Grundlage.&lt;/p&gt;&lt;p&gt;Der Export schreibt das PDF und, falls gewählt, eine HTML-Kopie und ein JSON-Gegenstück für Maschinen sowie ein Manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) mit dem SHA-256 jeder Datei. Das Signieren fügt eine abgetrennte CMS-Signatur des PDFs (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) und eine des Manifests hinzu, mit Ihrem Zertifikat aus einer PKCS#12-Datei. Die Passphrase wird einmal verwendet und nie gespeichert.&lt;/p&gt;&lt;p&gt;Jeder kann einen signierten Bericht ohne dieses Werkzeug prüfen; die Befehle stehen im Anhang des Berichts: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, dasselbe für das Manifest, und &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Signatur prüfen&lt;/b&gt; tut hier dasselbe und nennt jede geänderte Datei.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 → %2, run by %3, started %4.</source>
        <translation>%1 → %2, ausgeführt von %3, gestartet %4.</translation>
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
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>n. z.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation>Migrationsbericht: %1</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Bewertung: %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Angabe</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Releases</source>
        <translation>Releases</translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 → %2</source>
        <translation>WSO2 Identity Server %1 → %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation>%1, %2 bis %3 (%4)</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>%1 by IS Migration Wizard %2</source>
        <translation>%1 mit IS Migration Wizard %2</translation>
    </message>
    <message>
        <source>Why it is not ready:</source>
        <translation>Warum es nicht bereit ist:</translation>
    </message>
    <message>
        <source>Also note:</source>
        <translation>Außerdem zu beachten:</translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>Column of the homes table: &quot;Old&quot; or &quot;New&quot;.</extracomment>
        <translation>Seite</translation>
    </message>
    <message>
        <source>IS home</source>
        <translation>IS-Home</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Release</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation>Früherer Lauf</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Homes and releases</source>
        <translation>IS-Homes und Releases</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Nichts erfasst.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Summary and details</source>
        <translation>Zusammenfassung und Details</translation>
    </message>
    <message>
        <source>Accepted with the reason</source>
        <translation>Akzeptiert mit der Begründung</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Behebung: %1</translation>
    </message>
    <message>
        <source>Acknowledged risks</source>
        <translation>Bestätigte Risiken</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Columns of the accepted risks: who accepted it (&quot;By&quot;) and when.</extracomment>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation>Konfigurationsänderungen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation>Datenbankbereinigung</translation>
    </message>
    <message>
        <source>No cleanup ran in this run.</source>
        <translation>In diesem Lauf wurde keine Bereinigung ausgeführt.</translation>
    </message>
    <message>
        <source>Database and script</source>
        <translation>Datenbank und Skript</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation>Zeilen vorher</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation>Zeilen nachher</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Real run</source>
        <translation>Echter Lauf</translation>
    </message>
    <message>
        <source>Messages of %1 on %2:</source>
        <translation>Meldungen von %1 auf %2:</translation>
    </message>
    <message>
        <source>Time estimate for the cleanup on %1</source>
        <translation>Zeitschätzung für die Bereinigung auf %1</translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>No test cases were recorded.</source>
        <translation>Es wurden keine Testfälle erfasst.</translation>
    </message>
    <message>
        <source>Test case</source>
        <translation>Testfall</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation>Nachweis (SHA-256)</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.</source>
        <translation>%1 Testfälle: %2 bestanden, %3 fehlgeschlagen, %4 blockiert, %5 nicht ausgeführt, %6 nicht zutreffend.</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>No server log was scanned in this run.</source>
        <translation>In diesem Lauf wurde kein Serverprotokoll geprüft.</translation>
    </message>
    <message>
        <source>Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.</source>
        <translation>Dateien: %1. Seit: %2. Gelesene Zeilen: %3. Fehler: %4, davon fatal: %5.</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Level and logger</source>
        <translation>Level und Logger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>First and last</source>
        <translation>Erstes und letztes Auftreten</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>The manifest %1 lists the SHA-256 of every exported file: %2.</source>
        <translation>Das Manifest %1 führt den SHA-256 jeder exportierten Datei auf: %2.</translation>
    </message>
    <message>
        <source>A PDF cannot contain its own hash: this PDF is covered by its signature %1 and by the manifest, not by a hash printed here.</source>
        <translation>Ein PDF kann seinen eigenen Hashwert nicht enthalten: Dieses PDF ist durch seine Signatur %1 und durch das Manifest abgedeckt, nicht durch einen hier abgedruckten Hashwert.</translation>
    </message>
    <message>
        <source>The report and the manifest are signed (CMS, SHA-256). To check them without this tool, run these commands in the folder that holds the files:</source>
        <translation>Der Bericht und das Manifest sind signiert (CMS, SHA-256). Um sie ohne dieses Werkzeug zu prüfen, führen Sie diese Befehle in dem Ordner aus, der die Dateien enthält:</translation>
    </message>
    <message>
        <source>This export was not signed. Once it is signed, these commands in the folder that holds the files check it without this tool:</source>
        <translation>Dieser Export wurde nicht signiert. Sobald er signiert ist, prüfen ihn diese Befehle im Ordner mit den Dateien ohne dieses Werkzeug:</translation>
    </message>
    <message>
        <source>“-noverify” checks that the files are unchanged since they were signed; replace it with “-CAfile CA.pem” (your certificate authority) to check the signer as well. Each command must end without an error, and sha256sum must print OK for every file.</source>
        <translation>„-noverify“ prüft, dass die Dateien seit dem Signieren unverändert sind; ersetzen Sie es durch „-CAfile CA.pem“ (Ihre Zertifizierungsstelle), um auch den Signierenden zu prüfen. Jeder Befehl muss ohne Fehler enden, und sha256sum muss für jede Datei OK ausgeben.</translation>
    </message>
    <message>
        <source>Appendix: verifying this report</source>
        <translation>Anhang: Prüfung dieses Berichts</translation>
    </message>
    <message>
        <source>Migration report: %1 — %2</source>
        <translation>Migrationsbericht: %1 — %2</translation>
    </message>
    <message>
        <source>Rollback guidance</source>
        <translation>Hinweise zum Rollback</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Automatische Prüfungen</translation>
    </message>
    <message>
        <source>Cannot write the PDF: the program runs without its graphics layer (QGuiApplication). Export HTML or JSON instead, or report this as a bug.</source>
        <translation>Das PDF kann nicht geschrieben werden: Das Programm läuft ohne seine Grafikschicht (QGuiApplication). Exportieren Sie stattdessen HTML oder JSON, oder melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>IS Migration Wizard %1</source>
        <translation>IS Migration Wizard %1</translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no PDF for the report. Export HTML or JSON instead, and report this as a bug.</source>
        <translation>Qts PDF-Writer hat für den Bericht kein PDF erzeugt. Exportieren Sie stattdessen HTML oder JSON und melden Sie dies als Fehler.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>Ismw::ReportSigner</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Cannot read %1 to list it in the manifest: %2.</source>
        <translation>%1 kann nicht gelesen werden, um es im Manifest aufzuführen: %2.</translation>
    </message>
    <message>
        <source>%1 is not a manifest written by this tool: the line &quot;%2&quot; has no SHA-256 and file name. Export the report again.</source>
        <translation>%1 ist kein von diesem Werkzeug geschriebenes Manifest: Die Zeile &quot;%2&quot; enthält keinen SHA-256 und Dateinamen. Exportieren Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the signing key and its certificate chain as PKCS#12 and choose that file.</source>
        <translation>%1 ist keine PKCS#12-Datei (.p12 oder .pfx) oder ist beschädigt. Exportieren Sie den Signaturschlüssel und seine Zertifikatskette als PKCS#12 und wählen Sie diese Datei.</translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.</source>
        <translation>Die Passphrase für %1 ist falsch. Geben Sie die Passphrase ein, die diese PKCS#12-Datei schützt.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; files that use old encryption may need to be exported again.</source>
        <translation>%1 kann nicht geöffnet werden (%2). Prüfen Sie, ob es eine zum Signieren erstellte PKCS#12-Datei ist; Dateien mit alter Verschlüsselung müssen eventuell neu exportiert werden.</translation>
    </message>
    <message>
        <source>%1 holds no private key. Export the signing key together with its certificate.</source>
        <translation>%1 enthält keinen privaten Schlüssel. Exportieren Sie den Signaturschlüssel zusammen mit seinem Zertifikat.</translation>
    </message>
    <message>
        <source>%1 holds a key but no certificate. Export the key together with its certificate and chain.</source>
        <translation>%1 enthält einen Schlüssel, aber kein Zertifikat. Exportieren Sie den Schlüssel zusammen mit seinem Zertifikat und seiner Kette.</translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Renew it or choose a valid signing certificate.</source>
        <translation>Das Zertifikat in %1 ist am %2 abgelaufen. Erneuern Sie es oder wählen Sie ein gültiges Signaturzertifikat.</translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2. Check the computer&apos;s clock or choose another certificate.</source>
        <translation>Das Zertifikat in %1 ist erst ab %2 gültig. Prüfen Sie die Uhr des Computers oder wählen Sie ein anderes Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot sign %1 with %2: %3.</source>
        <translation>%1 kann nicht mit %2 signiert werden: %3.</translation>
    </message>
    <message>
        <source>Cannot encode the signature of %1: %2.</source>
        <translation>Die Signatur von %1 kann nicht kodiert werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the report.</source>
        <translation>%1 ist keine CMS-Signatur im DER-Format (.p7s). Wählen Sie die Signaturdatei, die mit dem Bericht exportiert wurde.</translation>
    </message>
    <message>
        <source>%1 holds no signer. Choose the signature file exported with the report.</source>
        <translation>%1 enthält keinen Signierenden. Wählen Sie die Signaturdatei, die mit dem Bericht exportiert wurde.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: the file was changed after it was signed, or the signature belongs to another file. Do not rely on its content; export the report again.</source>
        <translation>%1 passt nicht zu seiner Signatur %2: Die Datei wurde nach dem Signieren geändert, oder die Signatur gehört zu einer anderen Datei. Verlassen Sie sich nicht auf ihren Inhalt; exportieren Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1, so the signer was not checked. Choose a PEM file with the certificate authority.</source>
        <translation>Die CA-Zertifikate in %1 können nicht gelesen werden, daher wurde der Signierende nicht geprüft. Wählen Sie eine PEM-Datei mit der Zertifizierungsstelle.</translation>
    </message>
    <message>
        <source>The file is unchanged, but the signer %1 is not trusted by the certificate authorities in %2 (%3). Check that you chose the right CA file.</source>
        <translation>Die Datei ist unverändert, aber dem Signierenden %1 vertrauen die Zertifizierungsstellen in %2 nicht (%3). Prüfen Sie, ob Sie die richtige CA-Datei gewählt haben.</translation>
    </message>
</context>
<context>
    <name>Ismw::ResourceChecks</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1 (%2) could not be started: %3.</source>
        <translation>%1 (%2) konnte nicht gestartet werden: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s to -version and was stopped.</source>
        <translation>%1 (%2) hat innerhalb von %3 s nicht auf -version geantwortet und wurde beendet.</translation>
    </message>
    <message>
        <source>%1 (%2) -version failed (exit code %3): %4</source>
        <translation>%1 (%2) -version ist fehlgeschlagen (Exit-Code %3): %4</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>%1 (%2) -version printed no Java version: %3</source>
        <translation>%1 (%2) -version hat keine Java-Version ausgegeben: %3</translation>
    </message>
    <message>
        <source>Free space at the old home</source>
        <translation>Freier Speicherplatz beim alten IS-Home</translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home.</source>
        <translation>Erfordert das alte IS-Home; siehe die Prüfung des alten IS-Homes.</translation>
    </message>
    <message>
        <source>The free space of the file system of %1 could not be read.</source>
        <translation>Der freie Speicherplatz des Dateisystems von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the old home %3); the last runs of the old server and the backups taken before the migration want about %4 there.</source>
        <translation>%1 frei auf %2 (dem Dateisystem des alten IS-Homes %3); die letzten Läufe des alten Servers und die vor der Migration angelegten Sicherungen brauchen dort etwa %4.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2.</source>
        <translation>Geben Sie mindestens %1 auf %2 frei.</translation>
    </message>
    <message>
        <source>Free space at the new home</source>
        <translation>Freier Speicherplatz beim neuen IS-Home</translation>
    </message>
    <message>
        <source>Needs the new home; see the check of the new home.</source>
        <translation>Erfordert das neue IS-Home; siehe die Prüfung des neuen IS-Homes.</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds at least %2 (the count stopped after %3 entries)</source>
        <translation>%1 des alten IS-Homes enthält mindestens %2 (die Zählung endete nach %3 Einträgen)</translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds %2</source>
        <translation>%1 des alten IS-Homes enthält %2</translation>
    </message>
    <message>
        <source>the size of the old home&apos;s repository is unknown (see the check of the old home)</source>
        <translation>die Größe des Repositorys des alten IS-Homes ist unbekannt (siehe die Prüfung des alten IS-Homes)</translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the new home %3); %4, so the migration wants about %5 there, with %6 for logs and temporary files.</source>
        <translation>%1 frei auf %2 (dem Dateisystem des neuen IS-Homes %3); %4, daher braucht die Migration dort etwa %5, davon %6 für Protokolle und temporäre Dateien.</translation>
    </message>
    <message>
        <source>The old home is on the same file system.</source>
        <translation>Das alte IS-Home liegt auf demselben Dateisystem.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2, or extract the new release on a larger file system.</source>
        <translation>Geben Sie mindestens %1 auf %2 frei oder entpacken Sie das neue Release auf einem größeren Dateisystem.</translation>
    </message>
    <message>
        <source>Space to convert the H2 databases</source>
        <translation>Speicherplatz zum Konvertieren der H2-Datenbanken</translation>
    </message>
    <message>
        <source>The old configuration uses H2 (%1), but no H2 database files were found under %2: there is nothing to convert (the server creates them when it first starts).</source>
        <translation>Die alte Konfiguration verwendet H2 (%1), aber unter %2 wurden keine H2-Datenbankdateien gefunden: Es gibt nichts zu konvertieren (der Server legt sie beim ersten Start an).</translation>
    </message>
    <message>
        <source>The H2 database files take %1: %2. Converting them needs about %3 free on %4 (a converted copy beside a backup); %5 is free.</source>
        <translation>Die H2-Datenbankdateien belegen %1: %2. Zum Konvertieren werden etwa %3 frei auf %4 benötigt (eine konvertierte Kopie neben einer Sicherung); frei sind %5.</translation>
    </message>
    <message>
        <source>Free at least %1 on %2 before converting the H2 files.</source>
        <translation>Geben Sie mindestens %1 auf %2 frei, bevor Sie die H2-Dateien konvertieren.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>The machine&apos;s memory could not be read from %1.</source>
        <translation>Der Arbeitsspeicher des Rechners konnte nicht aus %1 gelesen werden.</translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation>Arbeitsspeicher: %1</translation>
    </message>
    <message>
        <source>This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, and the migration client runs inside the server.</source>
        <translation>Dieser Rechner hat %1 Arbeitsspeicher (MemTotal in %2); ein WSO2 Identity Server braucht %3, und der Migrationsclient läuft innerhalb des Servers.</translation>
    </message>
    <message>
        <source>Run the migration on a machine with at least %1 of memory, or stop other services while it runs.</source>
        <translation>Führen Sie die Migration auf einem Rechner mit mindestens %1 Arbeitsspeicher aus oder beenden Sie während der Migration andere Dienste.</translation>
    </message>
    <message>
        <source>old home</source>
        <translation>alte IS-Home</translation>
    </message>
    <message>
        <source>new home</source>
        <translation>neue IS-Home</translation>
    </message>
    <message>
        <source>Java for the old home</source>
        <translation>Java für das alte IS-Home</translation>
    </message>
    <message>
        <source>Java for the new home</source>
        <translation>Java für das neue IS-Home</translation>
    </message>
    <message>
        <source>Needs the %1 with a known release; see the check of the %1.</source>
        <translation>Erfordert das %1 mit bekanntem Release; siehe die Prüfung für das %1.</translation>
    </message>
    <message>
        <source>No Java for IS %1</source>
        <translation>Kein Java für IS %1</translation>
    </message>
    <message>
        <source>No Java runtime was found.</source>
        <translation>Es wurde keine Java-Laufzeitumgebung gefunden.</translation>
    </message>
    <message>
        <source>Install the Java runtime IS %1 needs and set JAVA_HOME to it.</source>
        <translation>Installieren Sie die Java-Laufzeitumgebung, die IS %1 benötigt, und setzen Sie JAVA_HOME darauf.</translation>
    </message>
    <message>
        <source>Install Java %1 and set JAVA_HOME to it.</source>
        <translation>Installieren Sie Java %1 und setzen Sie JAVA_HOME darauf.</translation>
    </message>
    <message>
        <source>%1 (%2) says “%3”.</source>
        <translation>%1 (%2) sagt „%3“.</translation>
    </message>
    <message>
        <source>Java %1 for IS %2</source>
        <translation>Java %1 für IS %2</translation>
    </message>
    <message>
        <source>The wizard does not know which Java versions IS %1 supports; found %2%3. %4</source>
        <translation>Der Assistent weiß nicht, welche Java-Versionen IS %1 unterstützt; gefunden: %2%3. %4</translation>
    </message>
    <message>
        <source>Check the installation prerequisites of IS %1.</source>
        <translation>Prüfen Sie die Installationsvoraussetzungen von IS %1.</translation>
    </message>
    <message>
        <source>IS %1 supports Java %2; found %3%4. %5</source>
        <translation>IS %1 unterstützt Java %2; gefunden: %3%4. %5</translation>
    </message>
    <message>
        <source>IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.</source>
        <translation>IS %1 benötigt Java %2; gefunden: %3 unter %4 (%5). Es meldet „%6“.</translation>
    </message>
    <message>
        <source>The old server may not start with it; the migration itself runs on the new home.</source>
        <translation>Der alte Server startet damit möglicherweise nicht; die Migration selbst läuft im neuen IS-Home.</translation>
    </message>
    <message>
        <source>Install Java %1 and point JAVA_HOME to it before starting the %2.</source>
        <translation>Installieren Sie Java %1 und lassen Sie JAVA_HOME darauf zeigen, bevor Sie das %2 starten.</translation>
    </message>
    <message>
        <source>JAVA_HOME is %1, but it has no bin/%2.</source>
        <translation>JAVA_HOME ist %1, hat aber kein bin/%2.</translation>
    </message>
    <message>
        <source>PATH has %1, but the IS scripts use JAVA_HOME when it is set.</source>
        <translation>PATH enthält %1, aber die IS-Skripte verwenden JAVA_HOME, wenn es gesetzt ist.</translation>
    </message>
    <message>
        <source>%1 (JAVA_HOME) is not executable.</source>
        <translation>%1 (JAVA_HOME) ist nicht ausführbar.</translation>
    </message>
    <message>
        <source>No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.</source>
        <translation>Keine Java-Laufzeitumgebung gefunden: JAVA_HOME ist nicht gesetzt und kein Ordner in PATH enthält %1.</translation>
    </message>
    <message>
        <source>%1 (PATH) is not executable, and JAVA_HOME is not set.</source>
        <translation>%1 (PATH) ist nicht ausführbar, und JAVA_HOME ist nicht gesetzt.</translation>
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
    <message>
        <source>Could not set the time of %1: %2</source>
        <translation>Die Zeit von %1 konnte nicht gesetzt werden: %2</translation>
    </message>
</context>
<context>
    <name>Ismw::ScanLogCommand</name>
    <message>
        <source>Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.</source>
        <translation>Fehler in Carbon-Protokollen (wso2carbon.log und rotierte Dateien), gruppiert, und wann der Server gestartet ist.</translation>
    </message>
    <message>
        <source>A log file: wso2carbon.log or a rotated one (not .gz).</source>
        <translation>Eine Protokolldatei: wso2carbon.log oder eine rotierte (nicht .gz).</translation>
    </message>
    <message>
        <source>Only entries at or after this local time, e.g. the start of the migrated server.</source>
        <translation>Nur Einträge ab dieser lokalen Zeit, z. B. dem Start des migrierten Servers.</translation>
    </message>
    <message>
        <source>name at least one log file.</source>
        <translation>nennen Sie mindestens eine Protokolldatei.</translation>
    </message>
    <message>
        <source>--since “%1” is not a date: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation>--since „%1“ ist kein Datum: Verwenden Sie &quot;YYYY-MM-DD HH:MM:SS&quot;.</translation>
    </message>
    <message>
        <source>%1× %2 %3</source>
        <translation>%1× %2 %3</translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation>Exception: %1</translation>
    </message>
    <message>
        <source>First: %1  Last: %2</source>
        <translation>Erstes: %1  Letztes: %2</translation>
    </message>
    <message>
        <source>First at %1:%2</source>
        <translation>Zuerst in %1:%2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Server started at %1.</source>
        <translation>Server gestartet um %1.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line in the scanned range.</source>
        <translation>Keine Zeile „WSO2 Carbon started in“ im geprüften Bereich.</translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation>der Bericht konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1, %2, in %3; %4.</source>
        <extracomment>%1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.</extracomment>
        <translation>%1, %2, in %3; %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fatal</source>
        <translation>
            <numerusform>%n fatal</numerusform>
            <numerusform>%n fatal</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scanned</source>
        <translation>
            <numerusform>%n Eintrag durchsucht</numerusform>
            <numerusform>%n Einträge durchsucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ScriptKnobs</name>
    <message>
        <source>Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones finish sooner.</source>
        <translation>Zeilen, die in einer Transaktion gelöscht werden. Kleinere Batches halten Sperren kürzer; größere sind schneller fertig.</translation>
    </message>
    <message>
        <source>Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on very large tables bounded.</source>
        <translation>Zeilen, die zu einem Block zusammengefasst und dann Batch für Batch gelöscht werden; hält die Arbeit an sehr großen Tabellen in Grenzen.</translation>
    </message>
    <message>
        <source>The cleanup stops when fewer rows than this are left to delete.</source>
        <translation>Die Bereinigung endet, wenn weniger Zeilen als diese Anzahl zu löschen übrig sind.</translation>
    </message>
    <message>
        <source>Copy the tables into BAK_… tables before deleting. The copies of the previous run are overwritten.</source>
        <translation>Die Tabellen vor dem Löschen in BAK_…-Tabellen kopieren. Die Kopien des vorigen Laufs werden überschrieben.</translation>
    </message>
    <message>
        <source>Seconds to pause between batches, so that the server keeps serving its users.</source>
        <translation>Sekunden Pause zwischen den Batches, damit der Server seine Benutzer weiter bedient.</translation>
    </message>
    <message>
        <source>Hours of grace: what expired less than this long ago is kept.</source>
        <translation>Karenzzeit in Stunden: Was vor weniger als dieser Zeit abgelaufen ist, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The procedure reports its progress as messages while it runs.</source>
        <translation>Die Prozedur meldet während des Laufs ihren Fortschritt als Meldungen.</translation>
    </message>
    <message>
        <source>How much the progress messages tell: TRACE for every step, DEBUG for less.</source>
        <translation>Wie ausführlich die Fortschrittsmeldungen sind: TRACE für jeden Schritt, DEBUG für weniger.</translation>
    </message>
    <message>
        <source>Keep the deleted rows in the AUDITLOG_… tables; this switches the backup on too.</source>
        <translation>Die gelöschten Zeilen in den AUDITLOG_…-Tabellen aufbewahren; damit wird auch die Sicherung eingeschaltet.</translation>
    </message>
    <message>
        <source>Rebuild the indexes of the cleaned tables afterwards.</source>
        <translation>Die Indizes der bereinigten Tabellen anschließend neu aufbauen.</translation>
    </message>
    <message>
        <source>Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).</source>
        <translation>Die Planer-Statistiken der bereinigten Tabellen anschließend aktualisieren (ANALYZE).</translation>
    </message>
    <message>
        <source>Report every step of the session cleanup as a message.</source>
        <translation>Jeden Schritt der Sitzungsbereinigung als Meldung ausgeben.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation>„%1“ ist keine ganze Zahl größer oder gleich null.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 can hold (at most %3).</source>
        <translation>%1 ist größer, als %2 aufnehmen kann (höchstens %3).</translation>
    </message>
    <message>
        <source>“%1” is not a number of zero or more (use a dot for decimals: 0.5).</source>
        <translation>„%1“ ist keine Zahl größer oder gleich null (Dezimalstellen mit Punkt: 0.5).</translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use TRUE or FALSE (or 1 or 0).</source>
        <translation>„%1“ ist kein Ja/Nein-Wert: Verwenden Sie TRUE oder FALSE (oder 1 oder 0).</translation>
    </message>
    <message>
        <source>The text may not contain line breaks or control characters.</source>
        <translation>Der Text darf keine Zeilenumbrüche oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 allows (%3 characters at most).</source>
        <translation>„%1“ ist länger, als %2 erlaubt (höchstens %3 Zeichen).</translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation>%1 (Zeile %2): %3</translation>
    </message>
    <message>
        <source>The script has no knob called “%1”.</source>
        <translation>Das Skript hat keinen Parameter namens „%1“.</translation>
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
    <name>Ismw::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>In the language list of the settings: follow the desktop&apos;s language, here %1.</extracomment>
        <translation>Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>Ü&amp;ber…</translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation>Über &amp;Qt…</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Moves a WSO2 Identity Server deployment to a newer release, step by step.&lt;/p&gt;&lt;p&gt;Knows Identity Server %1 to %2. Uses Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.</extracomment>
        <translation>&lt;p&gt;Bringt eine WSO2-Identity-Server-Installation Schritt für Schritt auf ein neueres Release.&lt;/p&gt;&lt;p&gt;Kennt Identity Server %1 bis %2. Verwendet Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der Apache License 2.0.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Ismw::SqlScriptSplitter</name>
    <message>
        <source>The string that starts at line %1, column %2 is never closed: everything after it would be part of the string.</source>
        <translation>Die Zeichenkette, die in Zeile %1, Spalte %2 beginnt, wird nie geschlossen: Alles danach würde zur Zeichenkette gehören.</translation>
    </message>
    <message>
        <source>The quoted name that starts at line %1, column %2 is never closed.</source>
        <translation>Der Name in Anführungszeichen, der in Zeile %1, Spalte %2 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The comment that starts at line %1, column %2 is never closed: everything after it would be ignored.</source>
        <translation>Der Kommentar, der in Zeile %1, Spalte %2 beginnt, wird nie geschlossen: Alles danach würde ignoriert.</translation>
    </message>
    <message>
        <source>The body quoted with %3 at line %1, column %2 is never closed by another %3.</source>
        <translation>Der mit %3 eingeleitete Rumpf in Zeile %1, Spalte %2 wird nie durch ein weiteres %3 geschlossen.</translation>
    </message>
    <message>
        <source>At line %1, column %2: %3</source>
        <translation>In Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>GO %1 would run the batch no time at all.</source>
        <translation>GO %1 würde den Batch kein einziges Mal ausführen.</translation>
    </message>
    <message>
        <source>DELIMITER names no delimiter.</source>
        <translation>DELIMITER nennt kein Trennzeichen.</translation>
    </message>
    <message>
        <source>A delimiter may not contain a backslash (“%1”).</source>
        <translation>Ein Trennzeichen darf keinen Backslash enthalten („%1“).</translation>
    </message>
    <message>
        <source>The delimiter “%1” is longer than %2 characters.</source>
        <translation>Das Trennzeichen „%1“ ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <source>--#SET TERMINATOR needs one terminator of at most %1 characters.</source>
        <translation>--#SET TERMINATOR braucht genau ein Abschlusszeichen mit höchstens %1 Zeichen.</translation>
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
    <message>
        <source>Left file of the comparison</source>
        <translation>Linke Datei des Vergleichs</translation>
    </message>
    <message>
        <source>Right file of the comparison</source>
        <translation>Rechte Datei des Vergleichs</translation>
    </message>
    <message>
        <source>Both files, unified</source>
        <translation>Beide Dateien, vereinheitlicht</translation>
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
    <name>Ismw::VerificationPage</name>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Run your test cases against the migrated environment and record each result; check the server&apos;s health and its log. A failed or blocked case means: roll back and investigate.</source>
        <translation>Führen Sie Ihre Testfälle gegen die migrierte Umgebung aus und erfassen Sie jedes Ergebnis; prüfen Sie den Zustand des Servers und sein Protokoll. Ein fehlgeschlagener oder blockierter Testfall bedeutet: Rollback und Ursache untersuchen.</translation>
    </message>
    <message>
        <source>Select an error to see its message and stack trace.</source>
        <translation>Wählen Sie einen Fehler, um seine Meldung und seinen Stacktrace zu sehen.</translation>
    </message>
    <message>
        <source>The confirmed certificate of %1 was forgotten.</source>
        <translation>Das bestätigte Zertifikat von %1 wurde vergessen.</translation>
    </message>
    <message>
        <source>The certificate is forgotten; the next probe shows it for confirmation.</source>
        <translation>Das Zertifikat ist vergessen; die nächste Abfrage zeigt es zur Bestätigung an.</translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation>Protokolldateien wählen</translation>
    </message>
    <message>
        <source>Carbon logs (*.log *.log.*);;All files (*)</source>
        <translation>Carbon-Protokolle (*.log *.log.*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Evidence Not Attached</source>
        <translation>Nachweis nicht angehängt</translation>
    </message>
    <message>
        <source>The case was removed while its file was read. Nothing was attached.</source>
        <translation>Der Testfall wurde entfernt, während seine Datei gelesen wurde. Es wurde nichts angehängt.</translation>
    </message>
    <message>
        <source>CSV Not Imported</source>
        <translation>CSV nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) from %1</source>
        <translation>
            <numerusform>%n neuer Testfall aus %1</numerusform>
            <numerusform>%n neue Testfälle aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n bereits in der Liste)</numerusform>
            <numerusform>(%n bereits in der Liste)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV Imported with Problems</source>
        <translation>CSV mit Problemen importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or column(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n Zeile oder Spalte wurde übersprungen; siehe Details.</numerusform>
            <numerusform>%n Zeilen oder Spalten wurden übersprungen; siehe Details.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test cases.&lt;/b&gt; List what your users do with the Identity Server as test cases: start from the templates (they include a case for every custom component found on the prerequisites page), import your own from a CSV file (a header row with &lt;i&gt;title&lt;/i&gt; and optionally &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), or add them one by one. On the next environment, &lt;b&gt;Carry Over&lt;/b&gt; copies the cases of the environment below, each back to Not run.&lt;/p&gt;&lt;p&gt;Run each case against the migrated environment and record its result. A failed or blocked case needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each file&apos;s path and SHA-256, so an auditor can check that the file is the one you attached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server checks.&lt;/b&gt; The health endpoint is called over HTTPS only. The first time, the wizard shows the server&apos;s certificate and asks you to confirm its fingerprint (compare it with &lt;tt&gt;keytool -list&lt;/tt&gt; on the server); after that it talks only to a server presenting that certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, and groups the ERROR and FATAL entries since the time you give. Log times are read in this computer&apos;s time zone.&lt;/p&gt;&lt;p&gt;A failed or blocked case, or a server that is not healthy, means the environment is not ready: route the traffic back to the old environment and investigate before you try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Testfälle.&lt;/b&gt; Erfassen Sie als Testfälle, was Ihre Benutzer mit dem Identity Server tun: Beginnen Sie mit den Vorlagen (sie enthalten einen Testfall für jede angepasste Komponente, die auf der Seite der Voraussetzungen gefunden wurde), importieren Sie eigene aus einer CSV-Datei (eine Kopfzeile mit &lt;i&gt;title&lt;/i&gt; und optional &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;) oder fügen Sie sie einzeln hinzu. In der nächsten Umgebung kopiert &lt;b&gt;Übernehmen&lt;/b&gt; die Testfälle der Umgebung darunter, jeden zurück auf „Nicht ausgeführt“.&lt;/p&gt;&lt;p&gt;Führen Sie jeden Testfall gegen die migrierte Umgebung aus und erfassen Sie sein Ergebnis. Ein fehlgeschlagener oder blockierter Testfall braucht Notizen. Hängen Sie Screenshots, HAR-Dateien oder Lasttestberichte als Nachweis an: Das Projekt speichert Pfad und SHA-256 jeder Datei, sodass ein Prüfer kontrollieren kann, dass es die Datei ist, die Sie angehängt haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Serverprüfungen.&lt;/b&gt; Der Health-Endpunkt wird nur über HTTPS aufgerufen. Beim ersten Mal zeigt der Assistent das Zertifikat des Servers und bittet Sie, seinen Fingerabdruck zu bestätigen (vergleichen Sie ihn mit &lt;tt&gt;keytool -list&lt;/tt&gt; auf dem Server); danach spricht er nur mit einem Server, der dieses Zertifikat vorlegt. Die Protokollprüfung liest wso2carbon.log und seine rotierten Dateien Zeile für Zeile, gleich wie groß, und gruppiert die ERROR- und FATAL-Einträge seit der angegebenen Zeit. Zeitangaben im Protokoll werden in der Zeitzone dieses Computers gelesen.&lt;/p&gt;&lt;p&gt;Ein fehlgeschlagener oder blockierter Testfall oder ein Server, der nicht gesund ist, bedeutet, dass die Umgebung nicht bereit ist: Leiten Sie den Verkehr zurück auf die alte Umgebung und untersuchen Sie die Ursache, bevor Sie es erneut versuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every template case is already in the list.</source>
        <translation>Jeder Testfall aus den Vorlagen ist bereits in der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the templates.</source>
        <translation>
            <numerusform>%n Testfall aus den Vorlagen hinzugefügt.</numerusform>
            <numerusform>%n Testfälle aus den Vorlagen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation>Testfälle importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) carried over from %1, each back to Not run.</source>
        <translation>
            <numerusform>%n Testfall aus %1 übernommen, zurück auf „Nicht ausgeführt“.</numerusform>
            <numerusform>%n Testfälle aus %1 übernommen, jeder zurück auf „Nicht ausgeführt“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation>Testfall entfernen</translation>
    </message>
    <message>
        <source>“%1” has a result or evidence. Remove it from this run&apos;s checklist? The journal keeps a note of the removal.</source>
        <translation>„%1“ hat ein Ergebnis oder einen Nachweis. Aus der Checkliste dieses Laufs entfernen? Das Journal hält das Entfernen fest.</translation>
    </message>
    <message>
        <source>A failed or blocked case needs notes: what you did and what happened.</source>
        <translation>Ein fehlgeschlagener oder blockierter Testfall braucht Notizen: was Sie getan haben und was geschehen ist.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation>Nachweis anhängen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>No test cases yet. Add them from the templates, import a CSV file, add your own, or carry them over from the environment below.</source>
        <translation>Noch keine Testfälle. Fügen Sie sie aus den Vorlagen hinzu, importieren Sie eine CSV-Datei, fügen Sie eigene hinzu oder übernehmen Sie sie aus der Umgebung darunter.</translation>
    </message>
    <message>
        <source>Select a test case.</source>
        <translation>Wählen Sie einen Testfall.</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Erwartet:</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>A test case&apos;s result: %1 the status (Passed, Failed…), %2 who set it, %3 when.</extracomment>
        <translation>%1 von %2, %3</translation>
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
%3 Bytes, angehängt %4</translation>
    </message>
    <message>
        <source>No test cases yet.</source>
        <translation>Noch keine Testfälle.</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n Testfall: </numerusform>
            <numerusform>%n Testfälle: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 blockiert, %4 nicht zutreffend, %5 nicht ausgeführt.</translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed or blocked</source>
        <translation>
            <numerusform>%n Testfall fehlgeschlagen oder blockiert</numerusform>
            <numerusform>%n Testfälle fehlgeschlagen oder blockiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the server checks found a problem</source>
        <translation>die Serverprüfungen haben ein Problem gefunden</translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Not ready: %1.&lt;/b&gt; Route the traffic back to the old environment, which still runs the old release; keep the migrated servers and their logs for the investigation; fix the cause on a lower environment and migrate this one again. The report&apos;s verdict stays “not ready” until every case passes or is not applicable.</source>
        <translation>&lt;b&gt;⚠ Nicht bereit: %1.&lt;/b&gt; Leiten Sie den Verkehr zurück auf die alte Umgebung, die noch das alte Release ausführt; bewahren Sie die migrierten Server und ihre Protokolle für die Untersuchung auf; beheben Sie die Ursache in einer niedrigeren Umgebung und migrieren Sie diese erneut. Die Bewertung im Bericht bleibt „nicht bereit“, bis jeder Testfall bestanden hat oder nicht zutreffend ist.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Carr&amp;y Over from %1</source>
        <translation>Aus %1 überneh&amp;men</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>Überneh&amp;men</translation>
    </message>
    <message>
        <source>Stop &amp;Scan</source>
        <translation>&amp;Prüfung anhalten</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>&amp;Protokoll prüfen</translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation>%1 wird aufgerufen…</translation>
    </message>
    <message>
        <source>Confirm the Server&apos;s Certificate</source>
        <translation>Zertifikat des Servers bestätigen</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presents this certificate. Compare its fingerprint with the one of the server&apos;s keystore (for example &lt;tt&gt;keytool -list -v&lt;/tt&gt; on the server) before you trust it. The wizard will then talk only to a server presenting exactly this certificate.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %6 to %7&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 legt dieses Zertifikat vor. Vergleichen Sie seinen Fingerabdruck mit dem aus dem Keystore des Servers (zum Beispiel &lt;tt&gt;keytool -list -v&lt;/tt&gt; auf dem Server), bevor Sie ihm vertrauen. Der Assistent spricht dann nur noch mit einem Server, der genau dieses Zertifikat vorlegt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Inhaber:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Aussteller:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Gültig:&lt;/b&gt; %6 bis %7&lt;/p&gt;</translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation> (selbstsigniert)</translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <source>Not called: the certificate was not confirmed.</source>
        <translation>Nicht aufgerufen: Das Zertifikat wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.</source>
        <translation>Zertifikat von %1 bestätigt: SHA-256 %2, Inhaber %3, gültig bis %4.</translation>
    </message>
    <message>
        <source>Name the log file first: wso2carbon.log in the new home&apos;s repository/logs.</source>
        <translation>Nennen Sie zuerst die Protokolldatei: wso2carbon.log in repository/logs des neuen IS-Homes.</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>The server finished starting at %1.</source>
        <translation>Der Server war um %1 fertig gestartet.</translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log named is not the new server&apos;s.</source>
        <translation>Keine Zeile „WSO2 Carbon started in“ seit %1: Der Server ist noch nicht fertig gestartet, oder das genannte Protokoll ist nicht das des neuen Servers.</translation>
    </message>
    <message>
        <source>%1× %2 %3 %4</source>
        <translation>%1× %2 %3 %4</translation>
    </message>
    <message numerus="yes">
        <source>No ERROR or FATAL entries since %1 (%n line(s) read).</source>
        <translation>
            <numerusform>Keine ERROR- oder FATAL-Einträge seit %1 (%n Zeile gelesen).</numerusform>
            <numerusform>Keine ERROR- oder FATAL-Einträge seit %1 (%n Zeilen gelesen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ERROR and %2 FATAL entries since %3, in %n group(s).</source>
        <translation>
            <numerusform>%1 ERROR- und %2 FATAL-Einträge seit %3, in %n Gruppe.</numerusform>
            <numerusform>%1 ERROR- und %2 FATAL-Einträge seit %3, in %n Gruppen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Akzeptiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n server finding(s) open. Fix and check again, or accept with a reason the report will show.</source>
        <translation>
            <numerusform>%n offener Serverbefund. Beheben und erneut prüfen, oder mit einer Begründung akzeptieren, die der Bericht zeigt.</numerusform>
            <numerusform>%n offene Serverbefunde. Beheben und erneut prüfen, oder mit einer Begründung akzeptieren, die der Bericht zeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Server Findings</source>
        <translation>Serverbefunde akzeptieren</translation>
    </message>
    <message>
        <source>Why are these findings acceptable for this environment? (at least %1 characters)

%2</source>
        <translation>Warum sind diese Befunde für diese Umgebung akzeptabel? (mindestens %1 Zeichen)

%2</translation>
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
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation>Zusammenfassung der Prüfungen</translation>
    </message>
    <message>
        <source>Run Checks A&amp;gain</source>
        <translation>&amp;Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation>Alle Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>Prerequisite checks by category</source>
        <translation>Voraussetzungsprüfungen nach Kategorie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What the selected check found and what to do</source>
        <translation>Was die ausgewählte Prüfung gefunden hat und was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Why (recorded in the project journal)</source>
        <translation>Warum (wird im Projektjournal festgehalten)</translation>
    </message>
    <message>
        <source>Reason for the decision on the selected check</source>
        <translation>Begründung für die Entscheidung zur ausgewählten Prüfung</translation>
    </message>
    <message>
        <source>A&amp;ccept with Reason</source>
        <translation>&amp;Mit Begründung annehmen</translation>
    </message>
    <message>
        <source>Accept the selected warning or blocker with the reason given</source>
        <translation>Die ausgewählte Warnung oder den ausgewählten Blocker mit der angegebenen Begründung annehmen</translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <source>The selected customization has been carried over</source>
        <translation>Die ausgewählte Anpassung wurde übernommen</translation>
    </message>
    <message>
        <source>No&amp;t Needed</source>
        <translation>Nicht benö&amp;tigt</translation>
    </message>
    <message>
        <source>The selected customization is not needed in the new home, for the reason given</source>
        <translation>Die ausgewählte Anpassung wird im neuen IS-Home nicht benötigt, aus dem angegebenen Grund</translation>
    </message>
    <message>
        <source>A backup of the old IS home and of its databases has been ta&amp;ken, and restoring it has been tried</source>
        <translation>Eine Sicherung des alten IS-Homes und seiner Datenban&amp;ken wurde erstellt und ihre Wiederherstellung erprobt</translation>
    </message>
    <message>
        <source>Backup of the old home and its databases acknowledged</source>
        <translation>Sicherung des alten IS-Homes und seiner Datenbanken bestätigt</translation>
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
    <name>ReportPage</name>
    <message>
        <source>Verdict, the reasons for it and the production time estimate</source>
        <translation>Bewertung, ihre Gründe und die Zeitschätzung für die Produktion</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Output PDF:</source>
        <translation>&amp;Ausgabe-PDF:</translation>
    </message>
    <message>
        <source>Where the PDF report is written</source>
        <translation>Wohin der PDF-Bericht geschrieben wird</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Also H&amp;TML</source>
        <translation>Auch H&amp;TML</translation>
    </message>
    <message>
        <source>Also &amp;JSON (machine-readable)</source>
        <translation>Auch &amp;JSON (maschinenlesbar)</translation>
    </message>
    <message>
        <source>&amp;Sign with my certificate (CMS detached signature, SHA-256)</source>
        <translation>Mit meinem Zertifikat si&amp;gnieren (abgetrennte CMS-Signatur, SHA-256)</translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation>Zerti&amp;fikat (PKCS#12):</translation>
    </message>
    <message>
        <source>Your certificate and key as a PKCS#12 file</source>
        <translation>Ihr Zertifikat und Schlüssel als PKCS#12-Datei</translation>
    </message>
    <message>
        <source>Choose Certificat&amp;e…</source>
        <translation>Zertifikat wähl&amp;en…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>Passph&amp;rase:</translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file; never stored</source>
        <translation>Passphrase der PKCS#12-Datei; wird nie gespeichert</translation>
    </message>
    <message>
        <source>Used once for signing; never stored</source>
        <translation>Einmal zum Signieren verwendet; wird nie gespeichert</translation>
    </message>
    <message>
        <source>E&amp;xport Report</source>
        <translation>Bericht e&amp;xportieren</translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation>Was exportiert wurde</translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation>Einen signierten Bericht prüfen</translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation>Signierter &amp;Bericht:</translation>
    </message>
    <message>
        <source>The report PDF to check; its .p7s and manifest are found next to it</source>
        <translation>Das zu prüfende Bericht-PDF; seine .p7s-Datei und sein Manifest werden daneben gesucht</translation>
    </message>
    <message>
        <source>Open Signe&amp;d Report…</source>
        <translation>Signierten Bericht öff&amp;nen…</translation>
    </message>
    <message>
        <source>C&amp;A certificates (PEM):</source>
        <translation>&amp;CA-Zertifikate (PEM):</translation>
    </message>
    <message>
        <source>Optional: without it only the integrity is checked, not who signed</source>
        <translation>Optional: Ohne sie wird nur die Unversehrtheit geprüft, nicht wer signiert hat</translation>
    </message>
    <message>
        <source>CA certificates the signer must chain to</source>
        <translation>CA-Zertifikate, zu denen die Kette des Signierenden führen muss</translation>
    </message>
    <message>
        <source>Choose CA F&amp;ile…</source>
        <translation>CA-&amp;Datei wählen…</translation>
    </message>
    <message>
        <source>Check Si&amp;gnature</source>
        <translation>Signatur &amp;prüfen</translation>
    </message>
    <message>
        <source>Result of the signature check</source>
        <translation>Ergebnis der Signaturprüfung</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language of the wizard&apos;s windows and messages. The reports are written in this language as well.</source>
        <translation>Die Sprache der Fenster und Meldungen des Assistenten. Auch die Berichte werden in dieser Sprache geschrieben.</translation>
    </message>
    <message>
        <source>The wizard uses the new language the next time it starts.</source>
        <translation>Der Assistent verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Rollback guidance</source>
        <translation>Hinweise zum Rollback</translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation>Testfälle</translation>
    </message>
    <message>
        <source>Add from Te&amp;mplates</source>
        <translation>Aus Vorlagen hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Adds the built-in test cases and one case per custom component found on the prerequisites page; cases already in the list are not added again.</source>
        <translation>Fügt die eingebauten Testfälle hinzu und je einen Testfall für jede angepasste Komponente, die auf der Seite der Voraussetzungen gefunden wurde; Testfälle, die schon in der Liste sind, werden nicht erneut hinzugefügt.</translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation>&amp;CSV importieren…</translation>
    </message>
    <message>
        <source>Reads your own test cases from a CSV file with a header row: title, and optionally group, kind, steps, expected, id.</source>
        <translation>Liest Ihre eigenen Testfälle aus einer CSV-Datei mit Kopfzeile: title und optional group, kind, steps, expected, id.</translation>
    </message>
    <message>
        <source>Add Cas&amp;e…</source>
        <translation>Testfall hinz&amp;ufügen…</translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation>Überneh&amp;men</translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation>Testfall &amp;löschen</translation>
    </message>
    <message>
        <source>Test cases by group</source>
        <translation>Testfälle nach Gruppe</translation>
    </message>
    <message>
        <source>Steps and expected result of the selected case</source>
        <translation>Schritte und erwartetes Ergebnis des gewählten Testfalls</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Sta&amp;tus:</translation>
    </message>
    <message>
        <source>Status of the selected case</source>
        <translation>Status des gewählten Testfalls</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Notes on the selected case</source>
        <translation>Notizen zum gewählten Testfall</translation>
    </message>
    <message>
        <source>What you did and saw; required for a failed or blocked case</source>
        <translation>Was Sie getan und gesehen haben; Pflicht bei einem fehlgeschlagenen oder blockierten Testfall</translation>
    </message>
    <message>
        <source>&amp;Record Result</source>
        <translation>&amp;Ergebnis erfassen</translation>
    </message>
    <message>
        <source>Evidence files (kept by path and SHA-256):</source>
        <translation>Nachweisdateien (gespeichert mit Pfad und SHA-256):</translation>
    </message>
    <message>
        <source>Evidence files of the selected case</source>
        <translation>Nachweisdateien des gewählten Testfalls</translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation>Datei anhän&amp;gen…</translation>
    </message>
    <message>
        <source>Remo&amp;ve File</source>
        <translation>&amp;Datei entfernen</translation>
    </message>
    <message>
        <source>How many cases passed, failed or were not run</source>
        <translation>Wie viele Testfälle bestanden haben, fehlgeschlagen sind oder nicht ausgeführt wurden</translation>
    </message>
    <message>
        <source>Server Checks</source>
        <translation>Serverprüfungen</translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation>Health-Endpunkt</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <source>is.example.com:9443</source>
        <translation>is.example.com:9443</translation>
    </message>
    <message>
        <source>Address of the migrated server</source>
        <translation>Adresse des migrierten Servers</translation>
    </message>
    <message>
        <source>&amp;Probe Health</source>
        <translation>Zustand a&amp;bfragen</translation>
    </message>
    <message>
        <source>For&amp;get Certificate</source>
        <translation>Zertifikat &amp;vergessen</translation>
    </message>
    <message>
        <source>Forgets the confirmed certificate fingerprint; the next probe asks again.</source>
        <translation>Vergisst den bestätigten Fingerabdruck des Zertifikats; die nächste Abfrage fragt erneut nach.</translation>
    </message>
    <message>
        <source>Health probe result</source>
        <translation>Ergebnis der Zustandsabfrage</translation>
    </message>
    <message>
        <source>Server log</source>
        <translation>Serverprotokoll</translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation>Pr&amp;otokolldateien:</translation>
    </message>
    <message>
        <source>…/repository/logs/wso2carbon.log; rotated files separated by ;</source>
        <translation>…/repository/logs/wso2carbon.log; rotierte Dateien durch ; getrennt</translation>
    </message>
    <message>
        <source>Log files to scan</source>
        <translation>Zu prüfende Protokolldateien</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation>Se&amp;it:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy-MM-dd HH:mm:ss</translation>
    </message>
    <message>
        <source>Only entries at or after this time</source>
        <translation>Nur Einträge ab diesem Zeitpunkt</translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation>&amp;Protokoll prüfen</translation>
    </message>
    <message>
        <source>Log scan progress</source>
        <translation>Fortschritt der Protokollprüfung</translation>
    </message>
    <message>
        <source>Log scan result and start-up</source>
        <translation>Ergebnis der Protokollprüfung und Serverstart</translation>
    </message>
    <message>
        <source>Errors found, grouped by logger and exception</source>
        <translation>Gefundene Fehler, gruppiert nach Logger und Exception</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Logger</source>
        <translation>Logger</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <source>Message and stack trace of the selected error</source>
        <translation>Meldung und Stacktrace des gewählten Fehlers</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with Reason…</source>
        <translation>Mit Begründung a&amp;kzeptieren…</translation>
    </message>
    <message>
        <source>Records why the open server findings are acceptable; the report shows the reason.</source>
        <translation>Hält fest, warum die offenen Serverbefunde akzeptabel sind; der Bericht zeigt die Begründung.</translation>
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
