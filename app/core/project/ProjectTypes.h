// SPDX-License-Identifier: Apache-2.0
#pragma once

// The records a migration project is made of. Plain values: the store reads
// and writes them, MigrationProject keeps them in memory and the pages show
// them. Ids are assigned by MigrationProject (one writer per file, see
// ProjectLock), so a record has its id before it reaches the disk.

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Ismw {

// The environment ladder of a migration: the order matters for the order
// rule (prod only after a pre-prod pilot).
enum class Tier { Development, Test, PreProduction, Production, Custom };

QString tierKey(Tier tier); // stable text for the file: "dev", "test", "pre-prod", "prod", "custom"
std::optional<Tier> tierFromKey(const QString& key);
QString tierDisplayName(Tier tier); // translated
QList<Tier> allTiers();

struct ProjectInfo {
    QString name;
    QDateTime createdAt;
    QString oldHome;
    QString newHome;
    QString oldRelease;
    QString newRelease;
};

struct Environment {
    qint64 id = 0;
    QString name; // unique in a project; the tier key for the standard tiers
    Tier tier = Tier::Development;
    QDateTime createdAt;
};

enum class RunStatus { InProgress, Completed, RolledBack, Abandoned };
QString runStatusKey(RunStatus status);
std::optional<RunStatus> runStatusFromKey(const QString& key);
QString runStatusDisplayName(RunStatus status);

// One pass of the wizard over one environment by one operator.
struct Run {
    qint64 id = 0;
    qint64 environmentId = 0;
    QString operatorName;
    QDateTime startedAt;
    QDateTime finishedAt; // null while in progress
    RunStatus status = RunStatus::InProgress;
};

// A risk the operator accepted knowingly, with the reason they gave.
struct Acknowledgement {
    qint64 id = 0;
    qint64 runId = 0;
    QString ruleId; // e.g. "order.prod-before-preprod"
    QString reason;
    QString operatorName;
    QDateTime at;
};

enum class CheckStatus { Pass, Warning, Blocker, NotApplicable };
QString checkStatusKey(CheckStatus status);
std::optional<CheckStatus> checkStatusFromKey(const QString& key);

struct CheckRecord {
    qint64 id = 0;
    qint64 runId = 0;
    QString checkId;
    CheckStatus status = CheckStatus::Pass;
    QString summary;
    QString details;
    QString fixHint;
    QString acceptedReason; // empty unless the operator accepted a warning or blocker
    QDateTime at;
    // Since schema 4: the machine-readable result of an automatic check
    // (compact JSON, e.g. the log scan's groups or the health probe's answer),
    // for the report's JSON twin. Empty for checks that have none.
    QString data {};
};

struct ConfigDecision {
    qint64 id = 0;
    qint64 runId = 0;
    QString changeKey; // dotted TOML path or rule id
    QString decision;  // "accepted", "rejected", "edited", "acknowledged"
    QString reason;
    QDateTime at;
};

// One table a cleanup run counted. -1: not counted.
struct CleanupTableRecord {
    QString table;
    qint64 rows = -1; // before the run
    qint64 eligible = -1; // what the procedure's conditions selected before the run
    qint64 rowsAfter = -1; // after the run; in a dry run what would be left (rows − eligible)

    friend bool operator==(const CleanupTableRecord&, const CleanupTableRecord&) = default;
};

struct CleanupRunRecord {
    qint64 id = 0;
    qint64 runId = 0;
    QString databaseName;
    QString scriptName;
    QString scriptSha256; // of the exact text that ran, knobs included
    bool dryRun = false;
    qint64 rowsBefore = -1;
    qint64 rowsAfter = -1;
    qint64 durationMs = 0;
    QString outcome; // "completed", "cancelled", "failed"
    QString messages;
    QDateTime at;
    // Since schema 3. Appended rather than placed beside their kin so that
    // positional initialisers written before keep their meaning, and each has
    // a default initialiser so that those initialisers need not name them
    // (-Wmissing-field-initializers). Records of older files load with these
    // empty / -1.
    QString serverVersion {}; // "PostgreSQL 17.2"; empty when the run never reached the server
    QString scriptPath {}; // the script file the text came from, absolute; empty for text from elsewhere
    // The knobs of the text that ran: name as written in the script → the
    // plain value it runs with (what applyKnobValues takes), so the run can be
    // repeated with the same settings.
    QMap<QString, QString> knobs {};
    qint64 eligibleRows = -1; // what the conditions selected before the run: the dry run's answer
    QList<CleanupTableRecord> tables {}; // in the order the run counted them
};

// The file's text forms of the knobs and tables of a cleanup run: compact
// JSON, stable for equal values (object keys sorted, tables in their order),
// so that two records of the same run compare equal as text.
//   knobs   {"batchSize":"10000","safePeriod":"2"}   (values always strings)
//   tables  [{"eligible":40,"rows":100,"rowsAfter":60,"table":"IDN_OAUTH2_ACCESS_TOKEN"}]
//           (a count not known is null)
QString cleanupKnobsToText(const QMap<QString, QString>& knobs);
QMap<QString, QString> cleanupKnobsFromText(const QString& text); // empty for empty or unreadable text
QString cleanupTablesToText(const QList<CleanupTableRecord>& tables);
QList<CleanupTableRecord> cleanupTablesFromText(const QString& text); // empty for empty or unreadable text

enum class ChecklistStatus { NotRun, Passed, Failed, Blocked, NotApplicable };
QString checklistStatusKey(ChecklistStatus status);
std::optional<ChecklistStatus> checklistStatusFromKey(const QString& key);

// A file the operator attached to a test case as evidence (a screenshot, a
// HAR file, a load-test report). The file itself stays where it is; the
// project keeps where it was and what it held, so an auditor can check that
// the file shown to them is the one that was attached.
struct EvidenceFile {
    QString path; // absolute, as attached
    QString sha256; // lowercase hex of the content when attached
    qint64 size = -1;
    QDateTime addedAt;

    friend bool operator==(const EvidenceFile&, const EvidenceFile&) = default;
};

// The file's text form of a case's evidence: a compact JSON array
//   [{"addedAt":"2026-11-25T10:00:00.000Z","path":"/x.png","sha256":"ab…","size":123}]
QString evidenceToText(const QList<EvidenceFile>& evidence);
QList<EvidenceFile> evidenceFromText(const QString& text); // empty for empty or unreadable text

// One test case of the verification checklist, in one run. Cases carry over
// from a lower environment to the next by `key`.
struct ChecklistItem {
    qint64 id = 0;
    qint64 runId = 0;
    QString title;
    QString category; // the group shown in the checklist, e.g. "Single sign-on"
    ChecklistStatus status = ChecklistStatus::NotRun;
    QString notes;
    QDateTime at; // the last change; set by MigrationProject
    // Since schema 4.
    QString key {}; // stable across runs and environments: a template id, "csv:…", "custom:…"
    QString kind {}; // "functional" or "non-functional"
    QString steps {}; // what to do
    QString expected {}; // what should happen
    QString source {}; // "template", "csv", "manual", "customization"
    QString updatedBy {}; // who made the last change; set by MigrationProject
    int position = 0; // order within the run's checklist
    QList<EvidenceFile> evidence {};
};

// A per-environment setting the pages remember between sessions: the health
// endpoint, the confirmed certificate fingerprint, the log folder. Never a
// secret (values pass the secret redaction on the way to the file).
struct EnvironmentSetting {
    qint64 environmentId = 0;
    QString key;
    QString value;
};

// An append-only record of what happened: the audit trail of the project.
// `hash` chains every entry to the one before it, so that an edited or
// removed entry is detectable (ProjectStore::verifyJournal).
struct JournalEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString environment;
    QString event; // stable key, e.g. "run.started"
    QString details;
    QByteArray hash;
};

// Everything a project file holds, as read at open.
struct ProjectSnapshot {
    int schemaVersion = 0;
    ProjectInfo info;
    QList<Environment> environments;
    QList<Run> runs;
    QList<Acknowledgement> acknowledgements;
    QList<CheckRecord> checks;
    QList<ConfigDecision> configDecisions;
    QList<CleanupRunRecord> cleanupRuns;
    QList<ChecklistItem> checklist;
    QList<JournalEntry> journal;
    QList<EnvironmentSetting> settings; // since schema 4
};

} // namespace Ismw
