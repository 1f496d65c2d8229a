// SPDX-License-Identifier: Apache-2.0
#include "report/ReportData.h"

#include "project/ProjectStore.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReportData)
};

// redactSecrets scans pairs left to right, so a harmless pair right before
// a secret one can swallow it ("line 12: password=x" reads as key "12" with
// the value "password=x"). A report is handed to outsiders: each word is
// masked once more on its own, after the whole text was.
QString masked(const QString& text)
{
    static const QRegularExpression word(u"\\S+"_s);
    QString out = redactSecrets(text);
    QString result;
    qsizetype last = 0;
    for (auto it = word.globalMatch(out); it.hasNext();) {
        const auto match = it.next();
        result += QStringView(out).mid(last, match.capturedStart() - last);
        result += redactSecrets(match.captured());
        last = match.capturedEnd();
    }
    result += QStringView(out).mid(last);
    return result;
}

// Secrets can hide in string values of an automatic check's result too
// (a health probe echoing a URL with credentials, a logged message).
QJsonValue redacted(const QJsonValue& value)
{
    if (value.isString())
        return masked(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray())
            array.append(redacted(item));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = isSecretKey(it.key()) && it.value().isString() ? QJsonValue(kSecretMask.toString())
                                                                        : redacted(it.value());
        return object;
    }
    return value;
}

QJsonValue parsedData(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return QJsonValue(QJsonValue::Null);
    return redacted(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
}

ReportCheck reportCheck(const CheckRecord& record)
{
    return ReportCheck { record.checkId, record.status, masked(record.summary), masked(record.details),
        masked(record.fixHint), masked(record.acceptedReason), record.at, parsedData(record.data) };
}

QString checkStatusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Text::tr("passed");
    case CheckStatus::Warning:
        return Text::tr("a warning");
    case CheckStatus::Blocker:
        return Text::tr("a blocker");
    case CheckStatus::NotApplicable:
        return Text::tr("not applicable");
    }
    return {};
}

// The summary names a few cases; the checklist section lists them all, so
// that forty cases not run do not bury the other reasons.
QString titles(const QList<ChecklistItem>& items, ChecklistStatus status)
{
    constexpr int kNamed = 5;
    QStringList names;
    int more = 0;
    for (const ChecklistItem& item : items) {
        if (item.status != status)
            continue;
        if (names.size() < kNamed)
            names << u"\u201c%1\u201d"_s.arg(item.title);
        else
            ++more;
    }
    QString text = names.join(u", "_s);
    if (more > 0)
        text += Text::tr(" and %n more (see the checklist)", nullptr, more);
    return text;
}

void addVerdictReasons(ReportData& report)
{
    const QString env = report.environment.name;
    switch (report.run.status) {
    case RunStatus::InProgress:
        report.notes << Text::tr("The run on %1 was still in progress when this report was made.").arg(env);
        break;
    case RunStatus::Completed:
        break;
    case RunStatus::RolledBack:
        report.reasons << Text::tr("The run on %1 was rolled back.").arg(env);
        break;
    case RunStatus::Abandoned:
        report.reasons << Text::tr("The run on %1 was abandoned before it finished.").arg(env);
        break;
    }

    int accepted = 0;
    for (const ReportCheck& check : std::as_const(report.checks)) {
        if (check.status != CheckStatus::Warning && check.status != CheckStatus::Blocker)
            continue;
        if (!check.acceptedReason.isEmpty()) {
            ++accepted;
            continue;
        }
        //: %1 is the check's id, %2 its state ("a warning", "a blocker"), %3 its summary.
        report.reasons << Text::tr("The check %1 is %2 and was not accepted: %3")
                              .arg(check.checkId, checkStatusText(check.status), check.summary);
    }
    for (const ReportCheck& check : std::as_const(report.automaticChecks)) {
        if (check.status == CheckStatus::Pass || check.status == CheckStatus::NotApplicable)
            continue;
        if (!check.acceptedReason.isEmpty()) {
            ++accepted;
            continue;
        }
        report.reasons << Text::tr("The automatic check %1 did not pass and was not accepted: %2")
                              .arg(check.checkId, check.summary);
    }
    if (accepted > 0)
        report.notes << Text::tr(
            "%n warning(s) or blocker(s) were accepted with a reason; see the checks.", nullptr, accepted);

    const auto count = [&](ChecklistStatus status) {
        return int(std::ranges::count(report.checklist, status, &ChecklistItem::status));
    };
    if (report.checklist.isEmpty()) {
        report.reasons << Text::tr("No test cases were recorded for this run: the migrated system was not "
                                   "verified.");
    } else {
        if (const int failed = count(ChecklistStatus::Failed))
            report.reasons << Text::tr("%n test case(s) failed: %1.", nullptr, failed)
                                  .arg(titles(report.checklist, ChecklistStatus::Failed));
        if (const int blocked = count(ChecklistStatus::Blocked))
            report.reasons << Text::tr("%n test case(s) are blocked: %1.", nullptr, blocked)
                                  .arg(titles(report.checklist, ChecklistStatus::Blocked));
        if (const int notRun = count(ChecklistStatus::NotRun))
            report.reasons << Text::tr(
                "%n test case(s) were not run: %1. A case not run has not shown that the "
                "migrated system works.",
                nullptr, notRun)
                                  .arg(titles(report.checklist, ChecklistStatus::NotRun));
    }

    for (const CleanupRunRecord& cleanup : std::as_const(report.cleanupRuns)) {
        if (cleanup.outcome == "completed"_L1)
            continue;
        // Whole sentences, not a verb put into one: translators need them whole.
        const bool cancelled = cleanup.outcome == "cancelled"_L1;
        QString reason;
        if (cleanup.dryRun)
            //: %1 is the script's file name, %2 the database entry (e.g. identity_db).
            reason = cancelled ? Text::tr("The dry run of the cleanup script %1 on %2 was cancelled.")
                               : Text::tr("The dry run of the cleanup script %1 on %2 failed.");
        else
            reason = cancelled ? Text::tr("The cleanup script %1 on %2 was cancelled.")
                               : Text::tr("The cleanup script %1 on %2 failed.");
        report.reasons << reason.arg(cleanup.scriptName, cleanup.databaseName);
    }

    if (!report.journalIntact)
        report.reasons << report.journalStatus;

    report.verdict = report.reasons.isEmpty() ? ReportVerdict::Ready : ReportVerdict::NotReady;
    if (report.verdict == ReportVerdict::NotReady)
        report.rollbackGuidance = {
            Text::tr("Do not switch users to the new system on %1 until every reason above is resolved.")
                .arg(env),
            Text::tr("If traffic already goes to the new system, route it back to the old environment (load "
                     "balancer or DNS) and keep the old IS home and its databases untouched."),
            Text::tr("Investigate the failed checks and test cases, and the errors in the server log, before "
                     "trying again."),
            Text::tr(
                "If the database cleanup or migration left the databases in a doubtful state, restore them "
                "from the backup taken before the migration."),
        };
}

} // namespace

QString reportVerdictKey(ReportVerdict verdict)
{
    return verdict == ReportVerdict::Ready ? u"ready"_s : u"not-ready"_s;
}

QString reportVerdictText(ReportVerdict verdict)
{
    return verdict == ReportVerdict::Ready ? Text::tr("Ready") : Text::tr("Not ready");
}

std::expected<ReportData, QString> buildReport(
    const ProjectSnapshot& snapshot, const QString& environmentName, const ReportOptions& options)
{
    const auto environment = std::ranges::find(snapshot.environments, environmentName, &Environment::name);
    if (environment == snapshot.environments.cend()) {
        QStringList names;
        for (const Environment& known : snapshot.environments)
            names << known.name;
        return std::unexpected(names.isEmpty()
                ? Text::tr(
                    "The project has no environment \u201c%1\u201d; it has no environments at all yet. "
                    "Start a run in the wizard first.")
                      .arg(environmentName)
                : Text::tr("The project has no environment \u201c%1\u201d. Choose one of: %2.")
                      .arg(environmentName, names.join(u", "_s)));
    }

    QList<Run> runs;
    for (const Run& run : snapshot.runs)
        if (run.environmentId == environment->id)
            runs << run;
    if (runs.isEmpty())
        return std::unexpected(Text::tr(
            "The environment %1 has no run yet, so there is nothing to report. Run the wizard on %1 first.")
                                   .arg(environmentName));
    std::ranges::sort(runs, [](const Run& a, const Run& b) {
        return a.startedAt != b.startedAt ? a.startedAt < b.startedAt : a.id < b.id;
    });
    Run chosen = runs.constLast();
    if (options.runId != 0) {
        const auto found = std::ranges::find(runs, options.runId, &Run::id);
        if (found == runs.cend())
            return std::unexpected(
                Text::tr("Run %1 is not a run of the environment %2. Leave the run out to report "
                         "the latest run of %2.")
                    .arg(options.runId)
                    .arg(environmentName));
        chosen = *found;
    }

    ReportData report;
    report.projectName = snapshot.info.name;
    report.toolVersion = options.toolVersion;
    report.generatedAt
        = (options.generatedAt.isValid() ? options.generatedAt : QDateTime::currentDateTimeUtc()).toUTC();
    report.projectSchemaVersion = snapshot.schemaVersion;
    report.oldHome = snapshot.info.oldHome;
    report.newHome = snapshot.info.newHome;
    report.oldRelease = snapshot.info.oldRelease;
    report.newRelease = snapshot.info.newRelease;
    report.environment = *environment;
    report.run = chosen;
    report.run.operatorName = masked(chosen.operatorName);
    for (const Run& run : std::as_const(runs))
        if (run.id != chosen.id)
            report.otherRuns << run;

    for (Acknowledgement acknowledgement : snapshot.acknowledgements)
        if (acknowledgement.runId == chosen.id) {
            acknowledgement.reason = masked(acknowledgement.reason);
            report.acknowledgements << acknowledgement;
        }
    for (const CheckRecord& record : snapshot.checks)
        if (record.runId == chosen.id)
            (record.checkId.startsWith("verify."_L1) ? report.automaticChecks : report.checks)
                << reportCheck(record);
    for (const ReportCheck& check : std::as_const(report.automaticChecks))
        if (check.checkId == "verify.log-errors"_L1 && !check.data.isNull())
            report.logScan = check.data; // the latest wins: records are in the order they were made
    for (ConfigDecision decision : snapshot.configDecisions)
        if (decision.runId == chosen.id) {
            decision.reason = masked(decision.reason);
            report.configDecisions << decision;
        }
    for (CleanupRunRecord cleanup : snapshot.cleanupRuns)
        if (cleanup.runId == chosen.id) {
            cleanup.messages = masked(cleanup.messages);
            for (auto it = cleanup.knobs.begin(); it != cleanup.knobs.end(); ++it)
                if (isSecretKey(it.key()))
                    it.value() = kSecretMask.toString();
            report.cleanupRuns << cleanup;
        }
    for (ChecklistItem item : snapshot.checklist)
        if (item.runId == chosen.id) {
            item.title = masked(item.title);
            item.notes = masked(item.notes);
            item.steps = masked(item.steps);
            item.expected = masked(item.expected);
            report.checklist << item;
        }
    std::ranges::stable_sort(report.checklist, {}, &ChecklistItem::position);

    // The chain covers the whole journal, so it is checked whole, although
    // the report shows only this environment's part of it.
    QByteArray previous;
    qint64 expectedId = 1;
    for (const JournalEntry& entry : snapshot.journal) {
        if (report.journalFirstBrokenId == 0
            && (entry.id != expectedId || journalHash(previous, entry) != entry.hash))
            report.journalFirstBrokenId = entry.id != expectedId ? expectedId : entry.id;
        previous = entry.hash;
        expectedId = entry.id + 1;
        if (entry.environment.isEmpty() || entry.environment == environmentName) {
            JournalEntry shown = entry;
            shown.details = masked(entry.details);
            report.journal << shown;
        }
    }
    report.journalIntact = report.journalFirstBrokenId == 0;
    report.journalStatus = report.journalIntact
        ? Text::tr("The journal's hash chain verifies: none of its %n entries was changed or removed.",
            nullptr, int(snapshot.journal.size()))
        : Text::tr(
            "The journal's hash chain breaks at entry %1: an entry was changed or removed outside the "
            "wizard, so the project's record cannot be trusted. Find out who changed the project file.")
              .arg(report.journalFirstBrokenId);

    report.estimate = estimateProduction(snapshot, environmentName);
    addVerdictReasons(report);
    return report;
}

} // namespace Ismw
