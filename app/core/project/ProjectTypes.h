// SPDX-License-Identifier: Apache-2.0
#pragma once

// The records a migration project is made of. Plain values: the store reads
// and writes them, MigrationProject keeps them in memory and the pages show
// them. Ids are assigned by MigrationProject (one writer per file, see
// ProjectLock), so a record has its id before it reaches the disk.

#include <QDateTime>
#include <QList>
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
};

struct ConfigDecision {
    qint64 id = 0;
    qint64 runId = 0;
    QString changeKey; // dotted TOML path or rule id
    QString decision;  // "accepted", "rejected", "edited", "acknowledged"
    QString reason;
    QDateTime at;
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
};

enum class ChecklistStatus { NotRun, Passed, Failed, Blocked, NotApplicable };
QString checklistStatusKey(ChecklistStatus status);
std::optional<ChecklistStatus> checklistStatusFromKey(const QString& key);

struct ChecklistItem {
    qint64 id = 0;
    qint64 runId = 0;
    QString title;
    QString category;
    ChecklistStatus status = ChecklistStatus::NotRun;
    QString notes;
    QString evidenceSha256;
    QDateTime at;
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
};

} // namespace Ismw
