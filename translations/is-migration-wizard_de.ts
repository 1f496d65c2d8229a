<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation>Das IS-Home: der Ordner, der bin/ und repository/ enthält.</translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation>unbekanntes Format „%1“: Verwenden Sie text oder json.</translation>
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
