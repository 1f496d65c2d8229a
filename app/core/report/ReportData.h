// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"
#include "report/ProductionEstimate.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <expected>

namespace Ismw {

enum class ReportVerdict { Ready, NotReady };
QString reportVerdictKey(ReportVerdict verdict); // "ready", "not-ready": stable, for the JSON twin
QString reportVerdictText(ReportVerdict verdict); // translated

// A check result as the report shows it: text already masked.
struct ReportCheck
{
    QString checkId;
    CheckStatus status = CheckStatus::Pass;
    QString summary;
    QString details;
    QString fixHint;
    QString acceptedReason;
    QDateTime at;
    // The machine-readable result of an automatic check (verify.*), string
    // values masked; null when there is none or it was not JSON.
    QJsonValue data;
};

// The names the appendix prints in its verification commands. exportReport
// fills them with the real file names; empty names fall back to "report.pdf"
// and its companions.
struct ReportFileNames
{
    QString pdf;
    QString html;
    QString json;
    QString manifest;
    QString pdfSignature;
    QString manifestSignature;
    bool isSigned = false;
};

// Everything the renderers need, already chosen for one environment and one
// run, with every free text passed through the secret redaction. Plain
// values: it can be copied to a worker thread.
struct ReportData
{
    // Where the report came from.
    QString projectName;
    QString toolVersion;
    QDateTime generatedAt; // UTC
    int projectSchemaVersion = 0;

    // Homes and releases.
    QString oldHome;
    QString newHome;
    QString oldRelease;
    QString newRelease;

    Environment environment;
    Run run;
    QList<Run> otherRuns; // earlier runs of this environment, for context

    ReportVerdict verdict = ReportVerdict::NotReady;
    QStringList reasons; // sentences; empty when ready
    QStringList notes; // facts a reader should know that do not decide the verdict
    QStringList rollbackGuidance; // sentences; empty when ready

    QList<Acknowledgement> acknowledgements;
    QList<ReportCheck> checks; // the prerequisite and configuration checks
    QList<ReportCheck> automaticChecks; // verify.*
    QList<ConfigDecision> configDecisions;
    QList<CleanupRunRecord> cleanupRuns;
    QList<ChecklistItem> checklist; // in the checklist's order
    // The verify.log-errors result ({files, since, linesRead, errorCount,
    // fatalCount, groups: [...]}); null when no log was scanned.
    QJsonValue logScan;

    ProductionEstimate estimate;

    QList<JournalEntry> journal; // the project's own entries and this environment's
    bool journalIntact = false;
    qint64 journalFirstBrokenId = 0; // 0 when intact
    QString journalStatus; // a translated sentence

    ReportFileNames files;
};

struct ReportOptions
{
    qint64 runId = 0; // 0 = the latest run of the environment
    QDateTime generatedAt; // invalid = now
    QString toolVersion;
};

// The report of `environmentName`'s run. Errors (translated, naming what
// exists): an unknown environment, one without a run, a run of another
// environment.
std::expected<ReportData, QString> buildReport(
    const ProjectSnapshot& snapshot, const QString& environmentName, const ReportOptions& options = {});

} // namespace Ismw
