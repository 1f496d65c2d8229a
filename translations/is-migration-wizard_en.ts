<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CleanupPage</name>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Databases in the old deployment.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection and find the cleanup scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IS home whose cleanup scripts run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrip&amp;ts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup scripts found; ticked ones run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knobs of the selected script; edit a value to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knob changes and problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected script as it will run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before You R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures delete rows. The wizard cannot bring them back; your backup can. Confirm each point for this database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A backup of this database was taken, and restoring it has been tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s built-in token and session cleanup is switched &amp;off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What deployment.toml says about the built-in cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a &amp;low-traffic window, and the people on call know the cleanup runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip the cleanup in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this environment goes ahead without the cleanup (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping the cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dr&amp;y Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the rows the ticked scripts would remove, changing nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows per table and how many the scripts would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still missing before the cleanup can run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CleanupRunPage</name>
    <message>
        <source>What runs, where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the running procedure on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure&apos;s progress messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts before and after each script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the cleanup ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare Another Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the cleanup page to prepare another run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Ismw::BuiltInCleanup</name>
    <message>
        <source>%1 is true (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not set, so it is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment.toml switches the built-in token and session cleanup off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployment.toml leaves the built-in cleanup on: %1. Set these to false on the running servers and restart them before the procedures run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CheckCommand</name>
    <message>
        <source>Prerequisites of a migration: homes, path, disk and memory, Java, customizations to carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IS home migrated from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The IS home of the newer release, freshly unpacked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two IS homes needed, the old one and the new one; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (IS %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisites: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 blocker(s), %2 warning(s), %3 passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupCommand</name>
    <message>
        <source>Runs the token and session cleanup procedures on a database, or counts what they would remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C (SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and the output says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deployment.toml that names the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database entry, e.g. identity_db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IS home, or its dbscripts/identity/stored-procedures folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the token or only the session cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count what would be removed; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and call the procedures: rows are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the database password from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a knob of the scripts before they run, e.g. batchSize=5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give exactly one of --dry-run and --execute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--only takes token or session, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--set takes KNOB=VALUE, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a database the cleanup procedures exist for (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the password with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ask %1 for its version: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts for %1 %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: for another server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token or session cleanup script for %1 below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 on %3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: asking the server to stop %1; batches already committed stay done …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still cancelling, please wait: the server rolls back the batch in flight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 of %2 rows would be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 rows removed in %2 ms (%3 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  rows before %1, after %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by %1: what was removed before the cancel is listed above; scripts marked “not run” were not started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupPage</name>
    <message>
        <source>Database Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove expired tokens and sessions from the old database before it is migrated, with the procedures the IS home ships. Count first; the run itself cannot be undone here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to see the scripts for that database&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;WSO2 advises removing expired and inactive tokens and old sessions before a migration: the migration then moves less data and takes less time. The IS home ships stored procedures for that in &lt;i&gt;dbscripts/identity/stored-procedures&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Pick the database (usually &lt;i&gt;identity_db&lt;/i&gt;) and &lt;b&gt;Test Connection&lt;/b&gt;. A password the configuration does not hold in plain text (secure vault, unset environment variable) is asked for here; it is used for this session only and never saved. The test reads the server&apos;s version and picks the script folders made for it.&lt;/p&gt;&lt;p&gt;Under &lt;b&gt;Scripts&lt;/b&gt;, tick the scripts to run. Their knobs (batch size, safe period, backup tables, …) can be changed in the table; the changed text is what runs and what is hashed into the project record. Under &lt;b&gt;Before You Run&lt;/b&gt;, confirm the backup, the built-in cleanup switched off and the low-traffic window. The &lt;b&gt;Dry Run&lt;/b&gt; counts, per table, the rows the scripts would remove, without changing anything.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Run Cleanup&lt;/b&gt; asks once more and then runs the procedures on the next page, where you see their progress messages and can cancel. After that there is no way back to this page for that run. To go on without the cleanup, tick &lt;b&gt;Skip&lt;/b&gt; and say why; it is journaled.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old home (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New home (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to clean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unusable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed: the password is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the password is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 cannot be reached from here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Connected to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scripts for this server version: %1/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or later. Run this one with the database&apos;s own client if you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore script: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ No cleanup scripts for %1 below %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(set again later in the script) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed from the script&apos;s own value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n knob(s) changed. The changed script is what the dry run counts and what runs.</source>
        <translation>
            <numerusform>%n knob changed. The changed script is what the dry run counts and what runs.</numerusform>
            <numerusform>%n knobs changed. The changed script is what the dry run counts and what runs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping the count …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting for %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run of %1 did not complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (knobs changed since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Rows the ticked scripts would remove: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the old IS home on the Prerequisites page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the cleanup is skipped (at least %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a database the cleanup procedures exist for, or skip the cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cleanup scripts to run: choose the other IS home, or skip the cleanup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one script to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the knob values of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a dry run of the ticked scripts as they are now (Dry Run tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm each point under Before You Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Countin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count &amp;Rows (Dry Run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ℹ No database of %1 can be cleaned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup is skipped; the reason goes into the project journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1 (procedure %2): rows to remove by the dry run: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Run %n cleanup script(s) on %1 (%2)?</source>
        <translation>
            <numerusform>Run %n cleanup script on %1 (%2)?</numerusform>
            <numerusform>Run %n cleanup scripts on %1 (%2)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts&apos; own backup tables, where their backupTables knob is on) can. You can cancel while they run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunPage</name>
    <message>
        <source>✔ completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the Cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedures run on the database server. Their own progress messages appear as they come; Cancel stops them on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure&apos;s messages appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The scripts you committed to run one after the other, each in a connection of its own. The messages are the procedure&apos;s own (PostgreSQL notices, MySQL and MariaDB result rows), shown as the server sends them.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Cancel Cleanup&lt;/b&gt; asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). The batch in progress is rolled back by the server; batches it had committed stay removed. The wizard then counts the tables again and tells you what was and was not done. A script that fails or is cancelled stops the scripts after it.&lt;/p&gt;&lt;p&gt;Every script&apos;s result goes into the project: database, server version, the SHA-256 of the text that ran, the knob values, counts before and after, duration and messages. The durations estimate how long the cleanup will take in production.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to run: no cleanup was committed to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>── %1 (%2 of %3) ──</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel C&amp;leanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel requested: the server stops the procedure; then the tables are counted again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it after rolling back the batch in progress. Recorded in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(statement at line %1 of the script)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batches committed before the failure stay removed. Recorded in the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n script(s) after it did not run.</source>
        <translation>
            <numerusform>%n script after it did not run.</numerusform>
            <numerusform>%n scripts after it did not run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Script %1 of %2 · %3 · %n message(s)</source>
        <translation>
            <numerusform>Script %1 of %2 · %3 · %n message</numerusform>
            <numerusform>Script %1 of %2 · %3 · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Done · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupRunner</name>
    <message>
        <source>Running cleanup scripts for %1 is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script sets no safePeriod; counting with 2 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard does not know which rows a &quot;%1&quot; script removes; no counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script creates no procedure to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not select the schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the session time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the connection id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a read-only transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the rows of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows would be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the script was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the procedure was called; nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by closing the connection; the rows could not be counted again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 was lost during the run (%2). Batches committed before that stay removed; count the rows again before running it once more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cancel could not be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the batch in flight was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows removed in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::CleanupScripts</name>
    <message>
        <source>%1 has no %2 folder, so there are no cleanup scripts to run. Point the wizard at the IS home the database belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 holds more than the wizard looks at (%2 entries, %3 levels); some scripts may be missing from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This IS home has no cleanup scripts for %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scripts in this home are for %1 %2 and later; the server is %3. None of them is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server version is not known yet: the scripts in %1 were chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB and was left out: it is not a cleanup script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CREATE PROCEDURE or CREATE FUNCTION was found in this script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This script creates a procedure, which PostgreSQL has only from version 11; the server is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restores data, but no cleanup script of its kind (%2) was found.</source>
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
    <message>
        <source>Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.</source>
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
    <name>Ismw::CustomizationChecks</name>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it against the dependencies of %1, test it, and put the rebuilt jar into %2 of the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropin %1: the new home has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3. Make sure that version is the one rebuilt for %4 and carries the old one&apos;s changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library %1: the new home has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1 in %2; the new home has another version of it: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep one version only: the one that works with %1. Two versions of a library in %2 load in an undefined order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1 in %2, which the new home lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may need a newer driver version than %2: take the current %3 driver built for the Java version %1 runs on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JDBC driver %2: the new home has %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3; the new home has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the newer driver only, if it works with your database server. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 JDBC driver %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has the %1 JDBC driver %2 in %3, which the new home lacks; without it the new home cannot reach the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a %1 JDBC driver to %2 of the new home. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User store %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home&apos;s %1 differs from the one in the new home: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1 in %3, which the new home lacks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keystore %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home&apos;s %1 (%2) was changed after the home was unpacked, e.g. with the server&apos;s own certificate or added trusted certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has the %1 keystore %2 in %3, which the new home lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses PKCS12 keystores by default; this one is JKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert it to PKCS12 (keytool asks for the passwords): %1, copy %2.p12 to %3 of the new home and name it in deployment.toml. Or copy it as it is and keep JKS with type = &quot;JKS&quot; in its [keystore.*] or [truststore] section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home; deployment.toml names it with type = &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home deploys %1 in %3, which the new home lacks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild it against %1 (its servlet container and APIs may have changed) and deploy it in %2 of the new home, or decide it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has the tenant folder %1, which the new home lacks. The tenant&apos;s data moves with the databases; its files (user stores, keystores) do not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1 to the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 of the old home cannot be read (%2), so its files could not be compared with the new home&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks as the user that owns the old home, or grant read access to the folder (e.g. chmod -R u+rX), and check again; or compare the folder by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1, which the new home lacks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has %1; the new home lacks it and its folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy it to %1 of the new home, and check that %2 still reads it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out where %1 configures what this file did (deployment.toml or another file), or decide it is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed configuration file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the old home was changed after the home was unpacked (%2) and differs from the new home&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two files and carry your changes into the new home&apos;s %1; do not copy the old file over it, it belongs to the old release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 only partly compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of the old home holds more than %2 entries or is deeper than %3 levels; only the first ones were compared with the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the rest of %1 by hand, or remove what does not belong there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseConnection</name>
    <message>
        <source>The URL of %1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no database the wizard can connect to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepts connections at %1 (%2): the connection was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the database server is running and listens on that address and port (bind address, firewall), and that the URL in deployment.toml names the right port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database host %1 is unknown: its name does not resolve (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database host %1 cannot be reached from this machine (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the host name in the URL and that this machine can reach it (DNS, VPN, routing, firewall).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database server at %1 did not answer within %n second(s) (%2).</source>
        <translation>
            <numerusform>The database server at %1 did not answer within %n second (%2).</numerusform>
            <numerusform>The database server at %1 did not answer within %n seconds (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall may be dropping the connection without a word, or the server is overloaded. Check the address and port and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 refused the user name or password of user %2 (database %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the user name and enter the password again: the one in deployment.toml may be outdated, or the account locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 has no database %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database name in the URL; many servers tell upper and lower case apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 does not let user %2 connect to database %3 from this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this host and user (PostgreSQL: pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of &apos;user&apos;@&apos;host&apos; and the grants on the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask for TLS (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection to %1 could not be set up (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL asks for TLS (%1). Check that the server has TLS switched on and that its certificate is signed by an authority this machine trusts (the system&apos;s CA certificates) and names the host of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ODBC driver for %1 could not be loaded (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the ODBC driver named in the connection is installed and registered in odbcinst.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not encrypt the connection, and the URL asks for TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the server version of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server %1 reported the version &quot;%2&quot;, which the wizard cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseCredentials</name>
    <message>
        <source>The password read from standard input is longer than %1 bytes; pass only the password, on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password was given on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseDrivers</name>
    <message>
        <source>Install Microsoft&apos;s &quot;ODBC Driver 18 for SQL Server&quot; (the package msodbcsql18 from Microsoft&apos;s package repository for your distribution), or FreeTDS (Debian/Ubuntu: the package tdsodbc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Oracle Instant Client &quot;Basic&quot; and &quot;ODBC&quot; packages (a download from Oracle; there is no Debian package) and register the driver with the odbc_update_ini.sh script that comes with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the &quot;IBM Data Server Driver for ODBC and CLI&quot; (a download from IBM; there is no Debian package) and register it in /etc/odbcinst.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no usable URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1, which the wizard needs for %2, is not installed. Install it (Debian/Ubuntu: sudo apt install %3) and start the wizard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached through ODBC, but unixODBC is not set up on this machine: neither the odbcinst tool nor an odbcinst.ini file exists. Install unixODBC (Debian/Ubuntu: sudo apt install unixodbc) and an ODBC driver for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ODBC driver for %1 is installed (ODBC drivers found by %2: %3). %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::DatabaseTarget</name>
    <message>
        <source>type is &quot;h2&quot; but the URL points at %1; the wizard goes by the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is not a database type the wizard knows; the wizard goes by the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type is &quot;%1&quot; but the URL points at %2; the wizard goes by the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] has no url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add url = &quot;jdbc:…&quot; to the section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL uses the environment variable %1, which is not set for the wizard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the wizard with the variable set as the server has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from this process&apos;s environment: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names %1 hosts for failover or load balancing; the wizard connects to the first, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database; PostgreSQL then uses the one named like the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names a Db2 database catalogued on the server&apos;s machine (%1), not a host: the wizard can reach it only where the same catalogue entry exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names the TNS alias %1: the Oracle client of this machine must know it (tnsnames.ora, TNS_ADMIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This H2 database runs as a server, but H2 remains unfit for production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in deployment.toml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written in the JDBC URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read from the environment variable %1 of this process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1, which is not set for the wizard: it asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Java system property %1 of the server, which the wizard cannot see: it asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in deployment.toml: the wizard asks for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points at a key the file does not have: the wizard asks for the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no usable URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: embedded H2 database %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3, database %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: production must not run on it (it does not scale, cannot be clustered and can be corrupted when the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or Db2 before or during this migration.</source>
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
    <name>Ismw::JdbcUrl</name>
    <message>
        <source>The port &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the port as digits after the host, e.g. db.example.com:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 is out of range: ports run from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host entry &quot;%1&quot; names no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as address=(host=db.example.com)(port=3306).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address &quot;%1&quot; opens a bracket [ that is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IPv6 addresses are written in brackets: [2001:db8::5]:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the host list in brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected text &quot;%1&quot; after the address [%2].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; has more than one colon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A host name is missing before &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the database server as host:port, e.g. db.example.com:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the server after //, e.g. //db.example.com:%1/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter %1=%2 is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MySQL driver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslMode=%1 is not a mode the MariaDB driver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use disable, trust, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected // after jdbc:%1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets or parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the database after the host: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host list &quot;%1&quot; has unbalanced brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sslmode=%1 is not a mode the PostgreSQL driver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameter ssl=%1 is neither true nor false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected // after jdbc:sqlserver:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no SQL Server host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt=%1 is not a value the SQL Server driver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use true, false or strict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected // after jdbc:jtds:sqlserver:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssl=%1 is not a value the jTDS driver knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use off, request, require or authenticate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle connect descriptor has unbalanced parentheses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=ORCL)))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle connect descriptor names neither SERVICE_NAME nor SID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected thin: or oci: after jdbc:oracle:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached from outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle URL has no @ before the database address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle URL names no database after @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected // after jdbc:h2:%1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H2 server URL names no database after the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H2 URL names no database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL does not start with jdbc:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL names no driver after jdbc:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The driver &quot;%1&quot; in the URL is not one the wizard knows.</source>
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
    <message>
        <source>Cleanup Still Running</source>
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
    <name>Ismw::PathChecks</name>
    <message>
        <source>old home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home is not usable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose %1 as the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder of the extracted WSO2 Identity Server (the one holding bin/ and repository/) as the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home&apos;s release is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home&apos;s release is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an IS home, but no file in it names its release. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore bin/version.txt from the release&apos;s distribution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old home: WSO2 Identity Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New home: WSO2 Identity Server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (kernel %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release is read from: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the version files of the %1 against the release you installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home&apos;s version files disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new home&apos;s version files disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out which release the %1 really is (its update level, the distribution it came from) and restore the version files that are wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs both homes with a known release; see the checks of the homes above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction of the migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both homes are IS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home (%1) and the new home (%2) are both WSO2 Identity Server %3: there is nothing to migrate between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the extracted newer release as the new home (the newest is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 → %2 is a downgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home (%1) is WSO2 Identity Server %2, newer than the new home (%3), which is %4. The migration only goes to newer releases; the databases of %2 cannot be used by %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the homes are not swapped: the old home is the one in use, the new home the newer release you extracted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An upgrade from WSO2 Identity Server %1 (%2) to %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the new home with a known release; see the check of the new home above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is the newest release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is the newest release this wizard knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is newer than the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target is WSO2 Identity Server %1, but %2 is out. WSO2 recommends migrating to the latest release: each later migration walks every step again, and older releases stop getting updates first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract IS %1 and choose it as the new home, unless there is a reason to stop at %2 (for instance the 5.10.0 stop that embedded H2 data needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is newer than the wizard&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is newer than the newest release this wizard knows (%2): its configuration rules end at %2, so changes of %1 are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for a newer version of the wizard, or read the migration guide of %1 for the changes after %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 is not a release the wizard knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target, WSO2 Identity Server %1, is not one of the releases this wizard knows (%2 to %3); the newest is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the version files of the new home, and migrate to %1 if you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no release steps from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules for IS %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard&apos;s configuration rules cover the releases %1 to %2; the way from %3 to %4 is not among them, so the configuration changes it brings are not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read WSO2&apos;s migration guide for each release step on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (blocker): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
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
        <source>%n automatic edit(s)</source>
        <translation>
            <numerusform>%n automatic edit</numerusform>
            <numerusform>%n automatic edits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release step(s) from IS %1 to %2</source>
        <translation>
            <numerusform>%n release step from IS %1 to %2</numerusform>
            <numerusform>%n release steps from IS %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The migration client walks every release step from %1 to %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n further rule(s) apply to every migration.</source>
        <translation>
            <numerusform>%n further rule applies to every migration.</numerusform>
            <numerusform>%n further rules apply to every migration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Among them: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some steps have rules that block the migration when the configuration matches them; the Configuration page checks the old deployment.toml against every rule and shows which apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded H2 databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration %1 could not be read, so the wizard cannot tell whether the old deployment uses H2; the Configuration page says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home has no %1, so the wizard cannot tell whether it uses H2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 names no database, so the server runs on its built-in defaults: the embedded H2 databases under repository/database/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where the old server&apos;s data really is before the migration; the Configuration page shows the file&apos;s database settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No embedded H2 database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses no H2 database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H2 in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded H2 data of releases before 5.10.0 can only be carried over by migrating to 5.10.0 first and converting the H2 files there; going from %1 to %2 in one go leaves the data behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrate to 5.10.0 first and convert the H2 files there, then migrate from 5.10.0 to %1; or move the data to a production database before the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the 5.10.0 stop that embedded H2 data of releases before 5.10.0 needs: convert the H2 files there before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the H2 files after migrating to 5.10.0, before any later migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6.0.0 moves from H2 1.4.199 to H2 2.1.210, which cannot open the files the old version wrote: they have to be converted (WSO2&apos;s H2 migration tool) before %1 starts. Homes on 5.11.0 with update level 111 or later already write the new format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert the H2 files with WSO2&apos;s H2 migration tool before starting %1, or move the data to a production database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan moving the data to a production database; until then copy the H2 files to the new home with the rest of its data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses embedded H2: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::PrerequisiteChecks</name>
    <message>
        <source>IS homes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk and memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customizations to carry over</source>
        <translation type="unfinished"></translation>
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
        <source>✔ pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.</source>
        <translation>
            <numerusform>%n blocker to fix (then Run Checks Again) or to accept with a reason: %1.</numerusform>
            <numerusform>%n blockers to fix (then Run Checks Again) or to accept with a reason: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a check to see what it found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns: &lt;i&gt;%1&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Decision:&lt;/b&gt; %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be accepted: choose other homes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried over to the new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customization(s) still to decide.</source>
        <translation>
            <numerusform>%n customization still to decide.</numerusform>
            <numerusform>%n customizations still to decide.</numerusform>
        </translation>
    </message>
    <message>
        <source>The checks run when both homes are chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;b&gt;old IS home&lt;/b&gt; is the folder of the Identity Server in use now (it contains &lt;i&gt;bin/&lt;/i&gt; and &lt;i&gt;repository/&lt;/i&gt;). The &lt;b&gt;new IS home&lt;/b&gt; is the newest release, downloaded and unpacked but not yet started against your databases.&lt;/p&gt;&lt;p&gt;The wizard reads each home&apos;s release from its files and refuses a folder that is not an IS home, saying what it missed. The migration must go forward: the new release must be later than the old one, and should be the newest release.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;checks&lt;/b&gt; then look at what the migration needs: the release steps it crosses and what each changes, H2 in use, free disk space and memory, the Java runtime each release would run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.&lt;/p&gt;&lt;p&gt;A &lt;b&gt;blocker&lt;/b&gt; keeps Next disabled until it is fixed (&lt;b&gt;Run Checks Again&lt;/b&gt;) or accepted with a reason, for example when the server runs on another machine with its own Java. Mark each customization &lt;b&gt;done&lt;/b&gt; once it is in the new home, or &lt;b&gt;not needed&lt;/b&gt; with a reason. Results and decisions go into the project and its journal.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the backup of the old home and its databases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2: %3, %4, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n blocker(s)</source>
        <translation type="unfinished">
            <numerusform>%n blocker</numerusform>
            <numerusform>%n blockers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passed</source>
        <translation type="unfinished">
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
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
    <name>Ismw::ResourceChecks</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) could not be started: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) did not answer within %3 s to -version and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) -version failed (exit code %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) -version printed no Java version: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space at the old home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the old home; see the check of the old home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The free space of the file system of %1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the old home %3); the last runs of the old server and the backups taken before the migration want about %4 there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at least %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free space at the new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the new home; see the check of the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds at least %2 (the count stopped after %3 entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old home&apos;s %1 holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size of the old home&apos;s repository is unknown (see the check of the old home)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 free on %2 (the file system of the new home %3); %4, so the migration wants about %5 there, with %6 for logs and temporary files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old home is on the same file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at least %1 on %2, or extract the new release on a larger file system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space to convert the H2 databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old configuration uses H2 (%1), but no H2 database files were found under %2: there is nothing to convert (the server creates them when it first starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The H2 database files take %1: %2. Converting them needs about %3 free on %4 (a converted copy beside a backup); %5 is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free at least %1 on %2 before converting the H2 files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The machine&apos;s memory could not be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine has %1 of memory (MemTotal in %2); a WSO2 Identity Server wants %3, and the migration client runs inside the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the migration on a machine with at least %1 of memory, or stop other services while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java for the old home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java for the new home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the %1 with a known release; see the check of the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Java for IS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Java runtime was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the Java runtime IS %1 needs and set JAVA_HOME to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Java %1 and set JAVA_HOME to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) says “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java %1 for IS %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard does not know which Java versions IS %1 supports; found %2%3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the installation prerequisites of IS %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 supports Java %2; found %3%4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS %1 needs Java %2; found %3 at %4 (%5). It says “%6”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old server may not start with it; the migration itself runs on the new home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install Java %1 and point JAVA_HOME to it before starting the %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JAVA_HOME is %1, but it has no bin/%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH has %1, but the IS scripts use JAVA_HOME when it is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (JAVA_HOME) is not executable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Java runtime found: JAVA_HOME is not set and no folder on PATH has %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PATH) is not executable, and JAVA_HOME is not set.</source>
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
    <message>
        <source>Could not set the time of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ScriptKnobs</name>
    <message>
        <source>Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones finish sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on very large tables bounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup stops when fewer rows than this are left to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the tables into BAK_… tables before deleting. The copies of the previous run are overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to pause between batches, so that the server keeps serving its users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours of grace: what expired less than this long ago is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure reports its progress as messages while it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the progress messages tell: TRACE for every step, DEBUG for less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the deleted rows in the AUDITLOG_… tables; this switches the backup on too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuild the indexes of the cleaned tables afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report every step of the session cleanup as a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 can hold (at most %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number of zero or more (use a dot for decimals: 0.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a yes/no value: use TRUE or FALSE (or 1 or 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text may not contain line breaks or control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is longer than %2 allows (%3 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script has no knob called “%1”.</source>
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
    <name>Ismw::SqlScriptSplitter</name>
    <message>
        <source>The string that starts at line %1, column %2 is never closed: everything after it would be part of the string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted name that starts at line %1, column %2 is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment that starts at line %1, column %2 is never closed: everything after it would be ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body quoted with %3 at line %1, column %2 is never closed by another %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GO %1 would run the batch no time at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIMITER names no delimiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delimiter may not contain a backslash (“%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter “%1” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--#SET TERMINATOR needs one terminator of at most %1 characters.</source>
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
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Checks A&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prerequisite checks by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the selected check found and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (recorded in the project journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the decision on the selected check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccept with Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the selected warning or blocker with the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customization has been carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;t Needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected customization is not needed in the new home, for the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup of the old IS home and of its databases has been ta&amp;ken, and restoring it has been tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup of the old home and its databases acknowledged</source>
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
