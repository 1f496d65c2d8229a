<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AddCaseDialog</name>
    <message>
        <source>Add Test Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the case checks, e.g. &quot;Partner SSO login&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group the case is listed under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Expected result:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected result of the test case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <name>Ismw::AddCaseDialog</name>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
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
        <source>could not write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3.</source>
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
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistCsv</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist. Choose the CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, too large for a checklist. Check that it is the right file, or split it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds binary data (line %2), so it is not a CSV file. Save the checklist as CSV text (UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text (line %2). Save it again as CSV with the UTF-8 encoding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty. A checklist file needs a header row (at least a “title” column) and one row per test case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the column “%1” appears twice; the first one is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: the header row has no “title” column. The first row must name the columns: title (required), group, kind, steps, expected, id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the column(s) %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</source>
        <translation>
            <numerusform>the column %1 is not known and was ignored; the columns read are title, group, kind, steps, expected and id.</numerusform>
            <numerusform>the columns %1 are not known and were ignored; the columns read are title, group, kind, steps, expected and id.</numerusform>
        </translation>
    </message>
    <message>
        <source>a quoted field is not closed before the end of the file; the row is skipped. Add the missing &apos;&quot;&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2; the row is skipped. Check the separators and quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has no title; it is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind “%1” is neither functional nor non-functional; the row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same test case as line %1 (same id, or same title and group); the row is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistModel</name>
    <message>
        <source>%1 (SHA-256 %2…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <extracomment>Column header: when the test case&apos;s result was last changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○ Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Functional</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n passed</source>
        <translation>
            <numerusform>%1 of %n passed</numerusform>
            <numerusform>%1 of %n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocked</source>
        <translation>
            <numerusform>%n blocked</numerusform>
            <numerusform>%n blocked</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 → %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notes removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: notes changed. Notes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 attached (SHA-256 %3, %4 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: evidence %2 (SHA-256 %3) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added to the group “%2” (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) added (%1); %2 already in the checklist or not valid.</source>
        <translation>
            <numerusform>%n test case added (%1); %2 already in the checklist or not valid.</numerusform>
            <numerusform>%n test cases added (%1); %2 already in the checklist or not valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 removed; its status was %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) carried over from %1 (run %2, started %3 by %4); they start again as not run.</source>
        <translation>
            <numerusform>%n test case carried over from %1 (run %2, started %3 by %4); it starts again as not run.</numerusform>
            <numerusform>%n test cases carried over from %1 (run %2, started %3 by %4); they start again as not run.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ChecklistTemplates</name>
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
        <source>“format” is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown checklist format; this program reads format 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no [[case]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases are written as [[case]] tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case must be a table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an id: use lower-case words and digits joined by &apos;.&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is already used on line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind “%1”: use functional or non-functional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, case “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates are part of the program: please report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file; the format is described in resources/checklists/README.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid TOML (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the feature that relies on this component on the migrated server, as its users would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the prerequisite check found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom component works after the migration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works as it did on the old server, and the server log shows no errors from it.</source>
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
        <extracomment>%1 is &quot;Counting for&quot; (dry run) or &quot;Running&quot;, %2 the script, %3 the database.</extracomment>
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
        <extracomment>The Password column: where a database&apos;s password comes from.</extracomment>
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
        <extracomment>%1 is where the password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
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
    <message>
        <source>S&amp;kip Cleanup</source>
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
        <extracomment>%1 is the database entry, %2 where its password is, e.g. &quot;written in deployment.toml&quot;.</extracomment>
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
    <name>Ismw::EvidenceHash</name>
    <message>
        <source>No evidence file was chosen. Choose the file to attach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 does not exist. Choose an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder. Attach a file; to keep a folder as evidence, archive it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hashing %1 was cancelled; the file was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::HealthProbe</name>
    <message>
        <source>%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server&apos;s certificate can be checked. Use https:// and the server&apos;s HTTPS port (usually %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address contains a user name or password. Leave them out: the health check needs none, and the wizard keeps no passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server was given. Enter the host name of the migrated Identity Server, for example is.example.com or is.example.com:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a server address. Enter a host name such as is.example.com, optionally with the HTTPS port (is.example.com:%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address. Enter the host name, or a URL that starts with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” points to %2, not to the health-check endpoint. Give only the host and port, or the full URL ending in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an HTTPS address of a server. Enter the server&apos;s host name; the wizard makes the health-check URL from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server&apos;s certificate again and confirm its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the server&apos;s keystore and confirm it; nothing has been sent to the server yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the Identity Server&apos;s health-check endpoint and not to a proxy or another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without health data: the health check is not enabled on the server. Add [carbon_health_check] enable = true to its deployment.toml and restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 reports the server healthy (%n check(s) up).</source>
        <translation>
            <numerusform>%1 reports the server healthy (%n check up).</numerusform>
            <numerusform>%1 reports the server healthy (%n checks up).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy: %2. Check these in the server&apos;s wso2carbon.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores and the server&apos;s wso2carbon.log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error was named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It redirects to %1; give the address it redirects to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint is normally open; check the server&apos;s access control for /api/health-check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the URL&apos;s path and that the server is the migrated Identity Server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the URL points to the Identity Server and not to a proxy or another service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 with something that is not a health-check answer: “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s (%3). Check that the server has finished starting and that no firewall drops connections to that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS port (usually %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host %1 was not found (%2). Check the host name and this machine&apos;s DNS settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): %3. Check that %4 is the server&apos;s HTTPS port (usually %5) and that its keystore holds a valid certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering (%2). Check the server&apos;s wso2carbon.log and any proxy in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 failed (%2): %3. Check the network between this machine and the server.</source>
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
    <name>Ismw::LogScanner</name>
    <message>
        <source>More than %1 different kinds of errors were found; only the first %1 are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n more line(s) not shown)</source>
        <translation>
            <numerusform>(%n more line not shown)</numerusform>
            <numerusform>(%n more lines not shown)</numerusform>
        </translation>
    </message>
    <message>
        <source>The log scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 does not exist. Check the path, or leave the file out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file. Name the log files themselves, not their folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log file %1 cannot be read: %2. Check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the log file %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends in a truncated line (no newline at the end); the line was read as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file was given. Name the wso2carbon.log of the server to check.</source>
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
        <source>Still Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the wizard (%1)</source>
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
        <extracomment>Put into sentences such as &quot;Choose %1 as the %2.&quot;: the old or the new IS home folder.</extracomment>
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
</context>
<context>
    <name>Ismw::ProductionEstimate</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate for %1: it has not run to completion on an environment below %2. Run it there first (a real run, not a dry run) to measure its speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows removed in %3 (%4 rows/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate for %1: run a dry run on %2 to count its rows (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2; the %3 dry run counted %4 eligible rows → about %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate for %1: no cleanup has run on a lower environment and no dry run on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No estimate for %1 yet: see each script for what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup on %1: about %2 in total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An estimate, not a promise: load, hardware and indexes on %1 differ from the environments measured. Where a script ran more than once, the slowest run is used, and every figure is rounded up.</source>
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
        <extracomment>%1 is what was being done, from the messages &quot;open&quot;, &quot;read&quot;, &quot;check&quot;, &quot;commit&quot;, &quot;set up&quot; (an infinitive), %2 the file&apos;s path, %3 the database&apos;s own error text.</extracomment>
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
    <message>
        <source>read the checklist</source>
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
    <name>Ismw::ReportCommand</name>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no project file %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project %1 is open in the IS Migration Wizard (process %2 on %3). Export the report from the wizard&apos;s report page, or close the project there and run this command again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 into a temporary folder (%2). Check that the file is readable and the disk has room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in the older project format %2; it was read through an upgraded temporary copy and was not changed. Opening it in the wizard upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check it without this tool, in %1 run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration report of one environment as PDF, HTML and JSON, signed; and the check of a signed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “%1 report export --help” or “%1 report verify --help” for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name a subcommand: export or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown subcommand “%1”: use export or verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the migration report of one environment: the PDF, optionally its HTML and JSON twins, a SHA-256 manifest of them (report.pdf.sha256) and, with --sign, CMS signatures of the PDF and of the manifest (.p7s). All files appear together or none does. The project file is read, never changed.
Exit codes: 0 written (also when the verdict is “not ready”: that is the report&apos;s finding, see its reasons); 2 bad input (unknown environment, unreadable project, wrong passphrase, a certificate that cannot sign); 3 I/O failure (a missing folder, the project open in the wizard).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration project file (*.ismig).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment to report on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as HTML to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the report as JSON (schema ismw-report) to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign with the certificate and key in this PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the PKCS#12 passphrase from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this run of the environment (default: its latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the environment with --environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name the PDF to write with -o.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign and --pass-stdin go together: the passphrase of the PKCS#12 file is read from stdin, never from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run “%1” is not a run id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no certificate file %1. Name the PKCS#12 (.p12 or .pfx) file with your signing certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase on stdin: --pass-stdin reads it from the first line, e.g. from a file only you can read: --pass-stdin &lt; pass.txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1, issued by %2, certificate valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a signed report: the PDF against its signature and, when the manifest report.pdf.sha256 and its signature are beside it, every file the manifest lists. With --ca, also that the signer&apos;s certificate was issued by that certificate authority.
Exit codes: 0 verified; 1 verification failed (a changed or missing file, a signature that does not match, a signer the CA does not trust); 2 bad input (no such report or signature).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF&apos;s signature (default: REPORT.p7s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the signer chains to a CA in this PEM file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name one report PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no CA file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked: no --ca given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trusted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT trusted by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed at: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOES NOT MATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest: none beside the report; only the PDF was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest %1: %2, %3, %4; signature %5.</source>
        <extracomment>%1 the manifest&apos;s path; %2 files listed, %3 changed, %4 missing (each counted in its own message); %5 the state of its signature.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) listed</source>
        <translation>
            <numerusform>%n file listed</numerusform>
            <numerusform>%n files listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n missing</numerusform>
            <numerusform>%n missing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ismw::ReportData</name>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more (see the checklist)</source>
        <translation>
            <numerusform> and %n more (see the checklist)</numerusform>
            <numerusform> and %n more (see the checklist)</numerusform>
        </translation>
    </message>
    <message>
        <source>The run on %1 was still in progress when this report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run on %1 was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run on %1 was abandoned before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check %1 is %2 and was not accepted: %3</source>
        <extracomment>%1 is the check&apos;s id, %2 its state (&quot;a warning&quot;, &quot;a blocker&quot;), %3 its summary.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automatic check %1 did not pass and was not accepted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s) or blocker(s) were accepted with a reason; see the checks.</source>
        <translation>
            <numerusform>%n warning or blocker was accepted with a reason; see the checks.</numerusform>
            <numerusform>%n warnings or blockers were accepted with a reason; see the checks.</numerusform>
        </translation>
    </message>
    <message>
        <source>No test cases were recorded for this run: the migrated system was not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed: %1.</source>
        <translation>
            <numerusform>%n test case failed: %1.</numerusform>
            <numerusform>%n test cases failed: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) are blocked: %1.</source>
        <translation>
            <numerusform>%n test case is blocked: %1.</numerusform>
            <numerusform>%n test cases are blocked: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) were not run: %1. A case not run has not shown that the migrated system works.</source>
        <translation>
            <numerusform>%n test case was not run: %1. A case not run has not shown that the migrated system works.</numerusform>
            <numerusform>%n test cases were not run: %1. A case not run has not shown that the migrated system works.</numerusform>
        </translation>
    </message>
    <message>
        <source>Do not switch users to the new system on %1 until every reason above is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If traffic already goes to the new system, route it back to the old environment (load balancer or DNS) and keep the old IS home and its databases untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Investigate the failed checks and test cases, and the errors in the server log, before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the database cleanup or migration left the databases in a doubtful state, restore them from the backup taken before the migration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no environment “%1”; it has no environments at all yet. Start a run in the wizard first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project has no environment “%1”. Choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run %1 is not a run of the environment %2. Leave the run out to report the latest run of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</source>
        <translation>
            <numerusform>The journal&apos;s hash chain verifies: its %n entry was not changed or removed.</numerusform>
            <numerusform>The journal&apos;s hash chain verifies: none of its %n entries was changed or removed.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain breaks at entry %1: an entry was changed or removed outside the wizard, so the project&apos;s record cannot be trusted. Find out who changed the project file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 was cancelled.</source>
        <extracomment>%1 is the script&apos;s file name, %2 the database entry (e.g. identity_db).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dry run of the cleanup script %1 on %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cleanup script %1 on %2 failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ReportExport</name>
    <message>
        <source>Cannot write in %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put %1 in place: %2. Nothing was exported; choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the PDF report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named for two of the exported files. Give each file its own name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for %2 does not exist. Create it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report %1. Check the path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signature %1 for the report %2. Name the signature file (report.pdf.p7s) that came with the report, or export the report again with a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 has no signature %2, so the files it lists are not covered by a signature. Use the files as exported, with both signatures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed after the report was exported: its SHA-256 no longer matches the manifest %2. Do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, listed in the manifest %2, is missing. Keep the exported files together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ReportPage</name>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of this environment&apos;s migration for the change board or auditor: export it, sign it with your certificate, and check a signed report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Your Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCS#12 files (*.p12 *.pfx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Signed Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA Certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is being written. Wait until the export has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish Without a Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report was exported in this session. Finish anyway? The project keeps everything, and the report can be exported later from the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished with the verdict “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production estimate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no cleanup run was recorded on a lower environment, so there is nothing to scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed as %1 (certificate valid until %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report with the verdict “%1” exported to %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, signed as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who signed was not checked: choose the CA certificates to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signer&apos;s certificate chains to the CA given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) of the manifest checked.</source>
        <translation>
            <numerusform>%n file of the manifest checked.</numerusform>
            <numerusform>%n files of the manifest checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>No manifest next to the report: only the PDF was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1 (certificate issued by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2.</source>
        <extracomment>%1 is &quot;Signed by &lt;subject&gt; (certificate issued by &lt;issuer&gt;)&quot;, %2 the signing time</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The report covers the latest run on this environment: the verdict and why, the homes and releases, every check with the reasons given for accepting it, the configuration decisions, the cleanup runs with their counts and durations, the test cases with the SHA-256 of their evidence, the log scan, the journal, and the production time estimate with its basis.&lt;/p&gt;&lt;p&gt;Export writes the PDF and, if chosen, an HTML copy and a JSON twin for machines, plus a manifest (&lt;i&gt;report.pdf.sha256&lt;/i&gt;) with the SHA-256 of each file. Signing adds a CMS detached signature of the PDF (&lt;i&gt;report.pdf.p7s&lt;/i&gt;) and one of the manifest, with your certificate from a PKCS#12 file. The passphrase is used once and never stored.&lt;/p&gt;&lt;p&gt;Anyone can check a signed report without this tool; the commands are in the report&apos;s appendix: &lt;tt&gt;openssl cms -verify -binary -inform DER -in report.pdf.p7s -content report.pdf -CAfile ca.pem -out /dev/null&lt;/tt&gt;, the same for the manifest, and &lt;tt&gt;sha256sum -c report.pdf.sha256&lt;/tt&gt;. &lt;b&gt;Check Signature&lt;/b&gt; does the same here and names any file that changed.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2, run by %3, started %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ReportRenderer</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N/A</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Migration report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WSO2 Identity Server %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by IS Migration Wizard %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not ready:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <extracomment>Column of the homes table: &quot;Old&quot; or &quot;New&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homes and releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary and details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Columns of the accepted risks: who accepted it (&quot;By&quot;) and when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database cleanup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cleanup ran in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database and script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time estimate for the cleanup on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test cases were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No server log was scanned in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level and logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First and last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest %1 lists the SHA-256 of every exported file: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF cannot contain its own hash: this PDF is covered by its signature %1 and by the manifest, not by a hash printed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report and the manifest are signed (CMS, SHA-256). To check them without this tool, run these commands in the folder that holds the files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export was not signed. Once it is signed, these commands in the folder that holds the files check it without this tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“-noverify” checks that the files are unchanged since they were signed; replace it with “-CAfile CA.pem” (your certificate authority) to check the signer as well. Each command must end without an error, and sha256sum must print OK for every file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix: verifying this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration report: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the PDF: the program runs without its graphics layer (QGuiApplication). Export HTML or JSON instead, or report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IS Migration Wizard %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PDF writer produced no PDF for the report. Export HTML or JSON instead, and report this as a bug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Ismw::ReportSigner</name>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1 to list it in the manifest: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a manifest written by this tool: the line &quot;%2&quot; has no SHA-256 and file name. Export the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PKCS#12 file (.p12 or .pfx), or it is damaged. Export the signing key and its certificate chain as PKCS#12 and choose that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase for %1 is wrong. Enter the passphrase that protects this PKCS#12 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1 (%2). Check that it is a PKCS#12 file made for signing; files that use old encryption may need to be exported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no private key. Export the signing key together with its certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a key but no certificate. Export the key together with its certificate and chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 expired on %2. Renew it or choose a valid signing certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate in %1 is not valid before %2. Check the computer&apos;s clock or choose another certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign %1 with %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot encode the signature of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CMS signature in DER form (.p7s). Choose the signature file exported with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no signer. Choose the signature file exported with the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: the file was changed after it was signed, or the signature belongs to another file. Do not rely on its content; export the report again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificates in %1, so the signer was not checked. Choose a PEM file with the certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is unchanged, but the signer %1 is not trusted by the certificate authorities in %2 (%3). Check that you chose the right CA file.</source>
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
    <name>Ismw::ScanLogCommand</name>
    <message>
        <source>Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A log file: wso2carbon.log or a rotated one (not .gz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries at or after this local time, e.g. the start of the migrated server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name at least one log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since “%1” is not a date: use &quot;YYYY-MM-DD HH:MM:SS&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: %1  Last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First at %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server started at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line in the scanned range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not write the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, in %3; %4.</source>
        <extracomment>%1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
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
            <numerusform>%n group</numerusform>
            <numerusform>%n groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries scanned</source>
        <translation>
            <numerusform>%n entry scanned</numerusform>
            <numerusform>%n entries scanned</numerusform>
        </translation>
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
    <name>Ismw::SettingsDialog</name>
    <message>
        <source>System language (%1)</source>
        <extracomment>In the language list of the settings: follow the desktop&apos;s language, here %1.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Moves a WSO2 Identity Server deployment to a newer release, step by step.&lt;/p&gt;&lt;p&gt;Knows Identity Server %1 to %2. Uses Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the Apache License 2.0.&lt;/p&gt;</source>
        <extracomment>%1 and %2 are the oldest and newest WSO2 Identity Server releases the wizard knows.</extracomment>
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
    <message>
        <source>Left file of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right file of the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both files, unified</source>
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
    <name>Ismw::VerificationPage</name>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run your test cases against the migrated environment and record each result; check the server&apos;s health and its log. A failed or blocked case means: roll back and investigate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an error to see its message and stack trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The confirmed certificate of %1 was forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is forgotten; the next probe shows it for confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Log Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon logs (*.log *.log.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence Not Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was removed while its file was read. Nothing was attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new case(s) from %1</source>
        <translation>
            <numerusform>%n new case from %1</numerusform>
            <numerusform>%n new cases from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n already in the list)</source>
        <translation>
            <numerusform>(%n already in the list)</numerusform>
            <numerusform>(%n already in the list)</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV Imported with Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) or column(s) were skipped; see the details.</source>
        <translation>
            <numerusform>%n row or column was skipped; see the details.</numerusform>
            <numerusform>%n rows or columns were skipped; see the details.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Test cases.&lt;/b&gt; List what your users do with the Identity Server as test cases: start from the templates (they include a case for every custom component found on the prerequisites page), import your own from a CSV file (a header row with &lt;i&gt;title&lt;/i&gt; and optionally &lt;i&gt;group&lt;/i&gt;, &lt;i&gt;kind&lt;/i&gt;, &lt;i&gt;steps&lt;/i&gt;, &lt;i&gt;expected&lt;/i&gt;, &lt;i&gt;id&lt;/i&gt;), or add them one by one. On the next environment, &lt;b&gt;Carry Over&lt;/b&gt; copies the cases of the environment below, each back to Not run.&lt;/p&gt;&lt;p&gt;Run each case against the migrated environment and record its result. A failed or blocked case needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each file&apos;s path and SHA-256, so an auditor can check that the file is the one you attached.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Server checks.&lt;/b&gt; The health endpoint is called over HTTPS only. The first time, the wizard shows the server&apos;s certificate and asks you to confirm its fingerprint (compare it with &lt;tt&gt;keytool -list&lt;/tt&gt; on the server); after that it talks only to a server presenting that certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, and groups the ERROR and FATAL entries since the time you give. Log times are read in this computer&apos;s time zone.&lt;/p&gt;&lt;p&gt;A failed or blocked case, or a server that is not healthy, means the environment is not ready: route the traffic back to the old environment and investigate before you try again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every template case is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) added from the templates.</source>
        <translation>
            <numerusform>%n case added from the templates.</numerusform>
            <numerusform>%n cases added from the templates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Test Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) carried over from %1, each back to Not run.</source>
        <translation>
            <numerusform>%n case carried over from %1, back to Not run.</numerusform>
            <numerusform>%n cases carried over from %1, each back to Not run.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Test Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a result or evidence. Remove it from this run&apos;s checklist? The journal keeps a note of the removal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed or blocked case needs notes: what you did and what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test cases yet. Add them from the templates, import a CSV file, add your own, or carry them over from the environment below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a test case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <extracomment>A test case&apos;s result: %1 the status (Passed, Failed…), %2 who set it, %3 when.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
SHA-256 %2
%3 bytes, attached %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s): </source>
        <translation>
            <numerusform>%n case: </numerusform>
            <numerusform>%n cases: </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n test case(s) failed or blocked</source>
        <translation>
            <numerusform>%n test case failed or blocked</numerusform>
            <numerusform>%n test cases failed or blocked</numerusform>
        </translation>
    </message>
    <message>
        <source>the server checks found a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;⚠ Not ready: %1.&lt;/b&gt; Route the traffic back to the old environment, which still runs the old release; keep the migrated servers and their logs for the investigation; fix the cause on a lower environment and migrate this one again. The report&apos;s verdict stays “not ready” until every case passes or is not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carr&amp;y Over from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the Server&apos;s Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 presents this certificate. Compare its fingerprint with the one of the server&apos;s keystore (for example &lt;tt&gt;keytool -list -v&lt;/tt&gt; on the server) before you trust it. The wizard will then talk only to a server presenting exactly this certificate.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SHA-256:&lt;/b&gt;&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Subject:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Issuer:&lt;/b&gt; %4%5&lt;br&gt;&lt;b&gt;Valid:&lt;/b&gt; %6 to %7&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (self-signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust This Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not called: the certificate was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the log file first: wso2carbon.log in the new home&apos;s repository/logs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server finished starting at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log named is not the new server&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1× %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No ERROR or FATAL entries since %1 (%n line(s) read).</source>
        <translation>
            <numerusform>No ERROR or FATAL entries since %1 (%n line read).</numerusform>
            <numerusform>No ERROR or FATAL entries since %1 (%n lines read).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ERROR and %2 FATAL entries since %3, in %n group(s).</source>
        <translation>
            <numerusform>%1 ERROR and %2 FATAL entries since %3, in %n group.</numerusform>
            <numerusform>%1 ERROR and %2 FATAL entries since %3, in %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server finding(s) open. Fix and check again, or accept with a reason the report will show.</source>
        <translation>
            <numerusform>%n server finding open. Fix and check again, or accept with a reason the report will show.</numerusform>
            <numerusform>%n server findings open. Fix and check again, or accept with a reason the report will show.</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Server Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why are these findings acceptable for this environment? (at least %1 characters)

%2</source>
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
    <name>ReportPage</name>
    <message>
        <source>Verdict, the reasons for it and the production time estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Output PDF:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the PDF report is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also H&amp;TML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also &amp;JSON (machine-readable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign with my certificate (CMS detached signature, SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate (PKCS#12):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your certificate and key as a PKCS#12 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Certificat&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of the PKCS#12 file; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used once for signing; never stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed &amp;report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report PDF to check; its .p7s and manifest are found next to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Signe&amp;d Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A certificates (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: without it only the integrity is checked, not who signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates the signer must chain to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CA F&amp;ile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Si&amp;gnature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the signature check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the wizard&apos;s windows and messages. The reports are written in this language as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard uses the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationPage</name>
    <message>
        <source>Rollback guidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from Te&amp;mplates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds the built-in test cases and one case per custom component found on the prerequisites page; cases already in the list are not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads your own test cases from a CSV file with a header row: title, and optionally group, kind, steps, expected, id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Cas&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carr&amp;y Over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cases by group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps and expected result of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you did and saw; required for a failed or blocked case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files (kept by path and SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence files of the selected case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many cases passed, failed or were not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is.example.com:9443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address of the migrated server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Probe Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For&amp;get Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the confirmed certificate fingerprint; the next probe asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health probe result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…/repository/logs/wso2carbon.log; rotated files separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files to scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ince:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries at or after this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log scan result and start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors found, grouped by logger and exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message and stack trace of the selected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;knowledge with Reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records why the open server findings are acceptable; the report shows the reason.</source>
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
