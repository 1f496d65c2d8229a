<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfigurationPage</name>
    <message>
        <source>Co&amp;mpare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show both files in one pane, removed lines above added ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position among the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show s&amp;ecrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passwords and other secret values on screen. Off again when you leave the page; never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show secret values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edi&amp;t Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the migrated deployment.toml by hand; it is checked again as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the migrated result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison of the configuration files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check of the edited result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard Edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the result the proposed changes give</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the manual edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated deployment.toml, editable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which items the list shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of changes and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed changes and findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details and remediation of the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject the selected change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is safe to go ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is safe to go ahead, e.g. &quot;keystore converted to PKCS12 in the new home&quot;; at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for acknowledging the blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that you go ahead knowingly, with your reason, in the project journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the selected blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to New Home…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new IS home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>unknown format “%1”: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigFileWriter</name>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 could not be made: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Check the free space and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup copy %1 does not match the file it copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. Check the disk, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Check the free space and that you may write to the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigMigrator</name>
    <message>
        <source>The edit has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value %1 is not a TOML value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a table, not a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit has no new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 = %2 from the new release&apos;s default file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit %1 cannot be applied: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release rules and this file disagree; please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No release rules are loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both the release to migrate from and the one to migrate to are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give releases such as 5.11.0 and %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating from %1 to %2 would go back to an older release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard only migrates forward; to go back, restore the old home and database from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is older than the releases the rules cover (%2 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to %1 first as WSO2 documents it, then use the wizard from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a release the rules know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known releases: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is newer than the releases the rules cover (up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a newer version of the wizard, whose rules know %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan the migration again for this file; the plan was made for another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrated configuration cannot be written as TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrated configuration would not be valid TOML: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written; please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrated configuration differs from the old one in other ways than the accepted edits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigOutput</name>
    <message>
        <source>+ %1 = %2   (new line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- %1 = %2   (old line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~ %1: %2 → %3   (lines %4 → %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>! %1: %2 (%3) → %4 (%5)   (lines %6 → %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&gt; %1 moved   (lines %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source># %1: comments changed   (lines %2 → %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed in the written file by the edit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
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
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): %1</source>
        <translation>
            <numerusform>%n finding: %1</numerusform>
            <numerusform>%n findings: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a release: write it like 7.3.0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ConfigurationPage</name>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your deployment.toml carried over to the new release. Review the proposed changes and the findings, then write the result into the new IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old file ↔ migrated result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old file ↔ new release as shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New release as shipped ↔ migrated result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blockers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The wizard reads the old home&apos;s &lt;i&gt;repository/conf/deployment.toml&lt;/i&gt;, applies the release rules of every step between the two releases, and proposes a migrated file for the new home: your settings carried over, renamed keys renamed, keys the new release no longer knows removed or flagged.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Compare&lt;/b&gt; shows the old file beside the migrated result (or beside the new release&apos;s own file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. &lt;b&gt;Next&lt;/b&gt; and &lt;b&gt;Previous&lt;/b&gt; (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.&lt;/p&gt;&lt;p&gt;The list holds the proposed changes, each of which you accept or reject, and the findings. A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until you acknowledge it with a reason; the reason goes into the project journal. &lt;b&gt;Edit Result&lt;/b&gt; lets you change the migrated file by hand; it is checked as you type.&lt;/p&gt;&lt;p&gt;Passwords and other secrets are masked unless you tick &lt;b&gt;Show secrets&lt;/b&gt;, which is never saved. &lt;b&gt;Write to New Home&lt;/b&gt; replaces the new home&apos;s deployment.toml in one step and keeps the file it replaces as a timestamped backup next to it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IS homes are not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose them on the previous page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the configuration files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated result, edited by hand (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated result (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New home as shipped (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Fixed by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Needs acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick to apply this change to the migrated file, untick to leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a proposed change or a finding in the list: what it is and what to do about it show here.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the new release&apos;s shipped deployment.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied unless you accept it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result has hand edits: discard them to accept or reject proposed changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proposed change that fixes it is rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed by the proposed change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not in the old file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next stays disabled until you acknowledge this blocker with a reason of at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your hand edits first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this change to the migrated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this change out of the migrated file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed change %1 accepted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed change %1 rejected: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker %1 on %2 acknowledged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the old file: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was %1 in the old file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct it here, or discard your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the edited result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Valid TOML. %n key(s) differ from the proposed result.</source>
        <translation>
            <numerusform>✔ Valid TOML. %n key differs from the proposed result.</numerusform>
            <numerusform>✔ Valid TOML. %n keys differ from the proposed result.</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ Valid TOML: the proposed result, not edited yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edits that did not parse were undone when the secrets were hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to
%1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file there now is first copied to a backup next to it,
%1.bak-YYYYMMDD-HHMMSS,
then replaced in one step: it is never left half-written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) are not acknowledged yet: the new home may not start with this file.</source>
        <translation>
            <numerusform>%n blocker is not acknowledged yet: the new home may not start with this file.</numerusform>
            <numerusform>%n blockers are not acknowledged yet: the new home may not start with this file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to New Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in the new home is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Written to %1 (there was no file to replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Written to %1. The file it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrated configuration written to %1 (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the replaced file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected changes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys edited by hand: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited by hand before writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and analysing the configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the migrated configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration could not be analysed: see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration is read once the IS homes are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edited result is not valid (line %1): correct it or discard your edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to acknowledge: select each in the list and give a reason.</source>
        <translation>
            <numerusform>%n blocker to acknowledge: select it in the list and give a reason.</numerusform>
            <numerusform>%n blockers to acknowledge: select each in the list and give a reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the migrated configuration to the new home to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n rejected)</source>
        <translation>
            <numerusform>(%n rejected)</numerusform>
            <numerusform>(%n rejected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
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
    <message>
        <source>: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home&apos;s deployment.toml already holds this result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the migrated deployment.toml into the new IS home, keeping a timestamped backup of the file it replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
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
    <name>Ismw::DiffCommand</name>
    <message>
        <source>Semantic difference of two deployment.toml files, with the release rules&apos; findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to, e.g. 5.11.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report keys whose comments changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also report keys that moved within their table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.toml to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>give two files, OLD.toml and NEW.toml; got %n.</source>
        <translation>
            <numerusform>give two files, OLD.toml and NEW.toml; got %n.</numerusform>
            <numerusform>give two files, OLD.toml and NEW.toml; got %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--from and --to go together: the rules run from one release to another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences: the two files mean the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release rules %1 → %2 (%3):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s), %1.</source>
        <translation>
            <numerusform>%n difference, %1.</numerusform>
            <numerusform>%n differences, %1.</numerusform>
        </translation>
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
        <source>The IS home: the folder that contains bin/ and repository/.</source>
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
    <name>Ismw::MigrateConfigCommand</name>
    <message>
        <source>Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release to migrate to, e.g. 7.3.0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.toml the new release ships: keys it requires are added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not apply the proposed edit with this id (repeatable; the ids are in the output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the migrated file; an existing file is kept as a timestamped backup. &quot;-&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.toml in use now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>give one file, OLD.toml; got %n.</source>
        <translation>
            <numerusform>give one file, OLD.toml; got %n.</numerusform>
            <numerusform>give one file, OLD.toml; got %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>--to is missing: which release to migrate to?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o is missing: where to write the migrated file (&quot;-o -&quot; prints it)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;-o -&quot; prints the file itself; it cannot go with --format json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot tell which release %1 is from: it is not in an IS home&apos;s repository/conf. Give --from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reject %1: no proposed edit has this id; run without --reject to see the ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) applied, %1.</source>
        <translation>
            <numerusform>%n edit applied, %1.</numerusform>
            <numerusform>%n edits applied, %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied</source>
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
    <name>Ismw::ReleaseRules</name>
    <message>
        <source>Unknown rule file format; this program reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[step] must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every_migration must be true when it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step must go to a newer release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules are written as [[rule]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a string or an array of strings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid regular expression: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A release must be a string such as &quot;7.1.0&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value to compare with must be a string, number or boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a key name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a table of key paths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown condition “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value_* and sibling_* conditions need the rule&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown edit action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” does not belong to a %2 edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit names either a key beside the rule&apos;s key or a target path, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A target path cannot contain &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An append edit&apos;s value must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A map edit needs a table of old value = new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An edit of a rule without a path needs a target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“after” cannot contain &apos;*&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} needs the rule&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown placeholder {{%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown severity “%1”: use info, warning or blocker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule id in this file starts with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rule id is the release, &apos;/&apos;, and lower-case words joined by &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[rule.when] must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[rule.escalate] must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation must raise the severity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escalation needs a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This edit needs the rule&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules are part of the program: please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the rule file; the rules are documented in resources/rules/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rule file is not valid TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule files (*.toml) found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is already used in %1, line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The step %1 does not continue the step %2 (%3).</source>
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
    <name>Ismw::SecretMasking</name>
    <message>
        <source>The value of %1 is hidden and its key is new, so the real value is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Show secrets and type the value.</source>
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
    <name>Ismw::TomlDiffView</name>
    <message>
        <source>%1  →  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified: %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type changed: %1 from %2 %3 to %4 %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed: %1 from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::TomlDocument</name>
    <message>
        <source>Correct the file at that place and load it again; the wizard has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid TOML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is defined twice; it was first defined on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is defined twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one of the two definitions and load the file again; the wizard has not changed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML syntax error: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path; an IS home keeps it in repository/conf/deployment.toml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a deployment.toml file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file itself, e.g. repository/conf/deployment.toml in the IS home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 a deployment.toml can sensibly be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that this is the right file: a deployment.toml is normally a few kilobytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that your user may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file grew past the size limit while it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until nothing writes to it and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the disk and load it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IS home always ships a deployment.toml with content: restore it from your backup or the release package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a binary file, not a TOML text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the deployment.toml text file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (byte 0x%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML files must be UTF-8: convert it, e.g. with iconv -f LATIN1 -t UTF-8, and check the characters at that place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration cannot be written as TOML: %1.</source>
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
