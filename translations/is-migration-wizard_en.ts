<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Ismw::Cli</name>
    <message>
        <source>Output format: text (for people) or json (one object on stdout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 COMMAND --help” for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the command line of the %2, for scripts and CI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command to run (see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3); knows WSO2 Identity Server %4 to %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::DemoProject</name>
    <message>
        <source>Could not create the demo folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo migration %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the newest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystores are JKS; %1 defaults to PKCS12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep type = &quot;JKS&quot; or convert with keytool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JKS kept for this release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::EnvironmentTableModel</name>
    <message numerus="yes">
        <source>%n cleanup run(s), dry runs not counted</source>
        <translation>
            <numerusform>%n cleanup run, dry runs not counted</numerusform>
            <numerusform>%n cleanup runs, dry runs not counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation>
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows removed in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted risks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::InspectCommand</name>
    <message>
        <source>Release, parts and customizations of an IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IS home: the folder that contains bin/ and repository/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no IS home given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one IS home at a time, got %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::IsHomeInspector</name>
    <message>
        <source>Choose the folder that contains bin/ and repository/, e.g. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder was given. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the folder %2 may not be entered by this user. Run the wizard as the user that owns the IS home, or grant read access to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Check the path for typing errors. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. It seems to be extracted already: choose the folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an archive, not a folder. Extract it first (e.g. unzip %2) and choose the extracted folder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file inside the IS home %2. Choose the folder %2 itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: permission denied. Run the wizard as the user that owns the IS home, or grant read access to it (e.g. chmod -R u+rX).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains one: %2. Choose %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an IS home itself, but it contains several: %2. Choose the one to inspect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server home: missing %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a home of %2 (%3 says “%4”), not of WSO2 Identity Server. This wizard migrates Identity Server only: choose an Identity Server folder, e.g. %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file names the release; %1 says kernel %2, which is the kernel of WSO2 Identity Server %3, so this home is taken to be %3. Restore %4 from the release&apos;s distribution to be sure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of %1 names a release, so the wizard cannot tell which rules apply to this home. Restore %2 from the release&apos;s distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 predates deployment.toml (introduced in 5.9.0): its configuration lives in the XML files under repository/conf/, which the wizard cannot carry over. Move your changes by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing, so there is no configuration to carry over. Restore it from a backup of this home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says kernel %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says kernel %2, which belongs to %3, not to %4 (kernel %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says kernel %2, not %3 as %4 has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard goes by %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version sources disagree: %1. %2 Make sure which release this home really is: a partly applied update or a file copied from another home leaves such traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is newer than the newest release this wizard knows (%2). Its checks and configuration rules may not cover it: look for a newer version of the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 is older than the oldest release this wizard knows (%2). Its checks and configuration rules do not cover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a WSO2 Identity Server release this wizard knows (it knows %2 to %3). Check the version files of this home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some folders of this home hold more than %1 entries; only the first ones were looked at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OSGi bundle added to dropins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home once it is rebuilt or confirmed for the APIs of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JDBC driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home; prefer the current driver release, built for the Java version the new release runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>library added to lib</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home unless the new release already ships it (or a newer version of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home. From 7.1.0 keystores default to PKCS12: a %2 file keeps working only where deployment.toml says type = &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary user store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondary user store (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its user store manager does not support unique user IDs; the newer releases keep such managers for backward compatibility only, so plan the switch to the UniqueID variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web app (folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>web app (war)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it against %1 and deploy it in %2 of the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s data moves with the databases; copy %1 to the new home for its files (user stores, keystores).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS home: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release: %1 %2 (kernel %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugin jars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropin jars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lib jars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary user stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 .sql files; cleanup scripts for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizations: none found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizations to carry over (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropin jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lib jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JDBC driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keystore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationProject</name>
    <message>
        <source>Project &quot;%1&quot; created in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment %1 (%2) added to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 started on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went ahead despite rule %1: %2 Reason given: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 finished: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old IS home %1 (%2), new IS home %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::MigrationWizard</name>
    <message>
        <source>Help: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::OrderRule</name>
    <message>
        <source>No pre-production pilot is recorded in this project. The migration guide asks for a pilot on pre-production with a production-like database before production is migrated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The pre-production pilot recorded in this project has not been completed (%n run(s) started, none finished). The migration guide asks for a completed pilot before production is migrated.</source>
        <translation>
            <numerusform>The pre-production pilot recorded in this project has not been completed (%n run started, none finished). The migration guide asks for a completed pilot before production is migrated.</numerusform>
            <numerusform>The pre-production pilot recorded in this project has not been completed (%n runs started, none finished). The migration guide asks for a completed pilot before production is migrated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the IS home in use now and the unpacked home of the release to migrate to. The wizard reads their releases from their files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Old IS Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the New IS Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSO2 Identity Server &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Carbon kernel %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) to carry over, e.g. %1.</source>
        <translation>
            <numerusform>%n customization to carry over: %1.</numerusform>
            <numerusform>%n customizations to carry over, e.g. %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the IS homes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the old IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old IS home is not usable: see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new IS home is not usable: see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home (%1) must be a later release than the old one (%2): choose the homes the other way round, or the unpacked new release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not the newest release: %2 is. The migration guide advises migrating to the newest release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown when both homes are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectPage</name>
    <message>
        <source>Migration projects (*.ismig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One project file follows a migration through every environment, from development to production. Choose it, the environment you migrate now, and who you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;A migration moves each environment in turn: development first, then test, then a pilot on pre-production with a production-like database, and production last. One project file (&lt;i&gt;*.ismig&lt;/i&gt;) records all of them, so what dev and pre-prod found and how long their database cleanup took is in front of you when production comes.&lt;/p&gt;&lt;p&gt;&lt;b&gt;New Project&lt;/b&gt; starts a project file; &lt;b&gt;Open Project&lt;/b&gt; continues one. Choose the environment you migrate now and enter your name: every decision is journaled under it.&lt;/p&gt;&lt;p&gt;Production cannot start before a completed pre-production pilot is recorded, unless you acknowledge that with a reason. The reason goes into the journal and the final report.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Migration Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is-migration.ismig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Migration Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or open a project file to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the custom environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name as the operator of this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for going ahead in a few words (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the acknowledgement to go ahead without a completed pre-production pilot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 · created %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ProjectStore</name>
    <message>
        <source>The project file %1 is damaged (%2: %3). It was not changed. Restore it from your backup; if the wizard ever upgraded its format, the copy it made then lies beside it (*.schema-N.bak).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in the project file %2: %3. Check that the disk is not full and the file is writable; the change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 does not exist. Choose an existing *.ismig file or create a new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a migration project file. Choose a *.ismig file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, so it is not a migration project. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a migration project file (it is not an SQLite database). It was not changed. Choose a *.ismig file made by the IS Migration Wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there first: two wizards writing one project would mix their records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not a migration project. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to format %3). Update the wizard to open it. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Open it, or choose another name for the new project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1. Check that the folder exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no project format version. It was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project file %1 has lost its project record. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::RunStatus</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::SampleHome</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file; a sample home needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; a sample home is written only into a new or empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::Tier</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrerequisitesPage</name>
    <message>
        <source>IS homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Old IS home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the release in use now, e.g. /opt/wso2is-5.11.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old IS home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the old IS home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old IS home detection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the release to migrate to, unpacked, e.g. /opt/wso2is-7.3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IS home folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse for the new IS home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New IS home detection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ew IS home:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProjectPage</name>
    <message>
        <source>Project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project is open. Create a new project for this migration, or open the one the earlier environments used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new migration project file (*.ismig)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing migration project file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects opened recently on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recent project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment this run migrates. Migrate development first, pilot on pre-production, then production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the environment, e.g. perf-test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;perator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as it should appear in the journal and the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What earlier environments recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order rule explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why production goes first, e.g. &quot;no pre-prod exists; dev ran against a copy of the production database&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for going ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I go ahead &amp;knowingly; record my reason in the project journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the order rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Project…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Moves a WSO2 Identity Server deployment to a newer release, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a demo project over two sample IS homes that the wizard generates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A migration project file (*.ismig) to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
