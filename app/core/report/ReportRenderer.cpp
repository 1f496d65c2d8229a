// SPDX-License-Identifier: Apache-2.0
#include "report/ReportRenderer.h"

#include "report/ReportSigner.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPageSize>
#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReportRenderer)
};

// ----- JSON ---------------------------------------------------------------

QJsonValue timeValue(const QDateTime& time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs))
                          : QJsonValue(QJsonValue::Null);
}

QJsonValue countValue(qint64 count)
{
    return count >= 0 ? QJsonValue(count) : QJsonValue(QJsonValue::Null);
}

QJsonValue textValue(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject runJson(const Run& run)
{
    return { { u"id"_s, run.id }, { u"operator"_s, run.operatorName },
        { u"startedAt"_s, timeValue(run.startedAt) }, { u"finishedAt"_s, timeValue(run.finishedAt) },
        { u"status"_s, runStatusKey(run.status) } };
}

QJsonArray checksJson(const QList<ReportCheck>& checks, bool withData)
{
    QJsonArray array;
    for (const ReportCheck& check : checks) {
        QJsonObject object { { u"checkId"_s, check.checkId }, { u"status"_s, checkStatusKey(check.status) },
            { u"summary"_s, check.summary }, { u"details"_s, textValue(check.details) },
            { u"fixHint"_s, textValue(check.fixHint) },
            { u"acceptedReason"_s, textValue(check.acceptedReason) }, { u"at"_s, timeValue(check.at) } };
        if (withData)
            object.insert(u"data"_s, check.data);
        array.append(object);
    }
    return array;
}

QJsonObject cleanupJson(const CleanupRunRecord& run)
{
    QJsonObject knobs;
    for (auto it = run.knobs.cbegin(); it != run.knobs.cend(); ++it)
        knobs.insert(it.key(), it.value());
    QJsonArray tables;
    for (const CleanupTableRecord& table : run.tables)
        tables.append(QJsonObject { { u"table"_s, table.table }, { u"rows"_s, countValue(table.rows) },
            { u"eligible"_s, countValue(table.eligible) }, { u"rowsAfter"_s, countValue(table.rowsAfter) } });
    const qint64 removed
        = !run.dryRun && run.rowsBefore >= 0 && run.rowsAfter >= 0 ? run.rowsBefore - run.rowsAfter : -1;
    return { { u"database"_s, run.databaseName }, { u"script"_s, run.scriptName },
        { u"scriptPath"_s, textValue(run.scriptPath) }, { u"scriptSha256"_s, textValue(run.scriptSha256) },
        { u"serverVersion"_s, textValue(run.serverVersion) }, { u"dryRun"_s, run.dryRun },
        { u"outcome"_s, run.outcome }, { u"rowsBefore"_s, countValue(run.rowsBefore) },
        { u"eligibleRows"_s, countValue(run.eligibleRows) }, { u"rowsAfter"_s, countValue(run.rowsAfter) },
        { u"rowsRemoved"_s, countValue(removed) }, { u"durationMs"_s, run.durationMs },
        { u"at"_s, timeValue(run.at) }, { u"knobs"_s, knobs }, { u"tables"_s, tables },
        { u"messages"_s, textValue(run.messages) } };
}

QJsonObject checklistJson(const QList<ChecklistItem>& items)
{
    QJsonObject counts;
    for (ChecklistStatus status : { ChecklistStatus::NotRun, ChecklistStatus::Passed, ChecklistStatus::Failed,
             ChecklistStatus::Blocked, ChecklistStatus::NotApplicable })
        counts.insert(
            checklistStatusKey(status), int(std::ranges::count(items, status, &ChecklistItem::status)));
    counts.insert(u"total"_s, int(items.size()));
    QJsonArray array;
    for (const ChecklistItem& item : items) {
        QJsonArray evidence;
        for (const EvidenceFile& file : item.evidence)
            evidence.append(QJsonObject { { u"path"_s, file.path }, { u"sha256"_s, textValue(file.sha256) },
                { u"size"_s, countValue(file.size) }, { u"addedAt"_s, timeValue(file.addedAt) } });
        array.append(QJsonObject { { u"key"_s, textValue(item.key) }, { u"title"_s, item.title },
            { u"category"_s, textValue(item.category) }, { u"kind"_s, textValue(item.kind) },
            { u"status"_s, checklistStatusKey(item.status) }, { u"steps"_s, textValue(item.steps) },
            { u"expected"_s, textValue(item.expected) }, { u"notes"_s, textValue(item.notes) },
            { u"source"_s, textValue(item.source) }, { u"updatedBy"_s, textValue(item.updatedBy) },
            { u"position"_s, item.position }, { u"at"_s, timeValue(item.at) }, { u"evidence"_s, evidence } });
    }
    return { { u"counts"_s, counts }, { u"items"_s, array } };
}

QJsonObject estimateJson(const ProductionEstimate& estimate)
{
    QJsonArray lines;
    for (const EstimateLine& line : estimate.lines)
        lines.append(QJsonObject { { u"database"_s, line.databaseName }, { u"script"_s, line.scriptName },
            { u"estimated"_s, line.estimated },
            { u"seconds"_s, line.estimated ? QJsonValue(line.seconds) : QJsonValue(QJsonValue::Null) },
            { u"rowsPerSecond"_s,
                line.rowsPerSecond > 0 ? QJsonValue(line.rowsPerSecond) : QJsonValue(QJsonValue::Null) },
            { u"basisEnvironment"_s, textValue(line.basisEnvironment) },
            { u"basisRowsRemoved"_s,
                line.rowsPerSecond > 0 ? QJsonValue(line.basisRowsRemoved) : QJsonValue(QJsonValue::Null) },
            { u"basisDurationMs"_s,
                line.rowsPerSecond > 0 ? QJsonValue(line.basisDurationMs) : QJsonValue(QJsonValue::Null) },
            { u"targetEnvironment"_s, line.targetEnvironment },
            { u"targetEligibleRows"_s, countValue(line.targetEligibleRows) }, { u"basis"_s, line.basis } });
    const bool any = std::ranges::any_of(estimate.lines, &EstimateLine::estimated);
    return { { u"environment"_s, estimate.environmentName }, { u"complete"_s, estimate.complete },
        { u"totalSeconds"_s, any ? QJsonValue(estimate.totalSeconds) : QJsonValue(QJsonValue::Null) },
        { u"total"_s, estimate.total }, { u"caveat"_s, textValue(estimate.caveat) }, { u"lines"_s, lines } };
}

// ----- HTML ---------------------------------------------------------------

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Multi-line text keeps its lines in both a browser and QTextDocument.
QString escLines(const QString& text)
{
    return esc(text).replace(u'\n', u"<br>"_s);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s) : Text::tr("\u2014");
}

QString countText(qint64 count)
{
    return count >= 0 ? QLocale().toString(count) : Text::tr("\u2014");
}

QString checkStatusName(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return Text::tr("Pass");
    case CheckStatus::Warning:
        return Text::tr("Warning");
    case CheckStatus::Blocker:
        return Text::tr("Blocker");
    case CheckStatus::NotApplicable:
        return Text::tr("Not applicable");
    }
    return {};
}

QString checklistStatusName(ChecklistStatus status)
{
    switch (status) {
    case ChecklistStatus::NotRun:
        return Text::tr("Not run");
    case ChecklistStatus::Passed:
        return Text::tr("Passed");
    case ChecklistStatus::Failed:
        return Text::tr("Failed");
    case ChecklistStatus::Blocked:
        return Text::tr("Blocked");
    case ChecklistStatus::NotApplicable:
        return Text::tr("N/A");
    }
    return {};
}

// A table: header cells and rows of already-escaped cells. Attributes as
// well as CSS, because QTextDocument (the PDF) reads the attributes only.
class HtmlTable
{
public:
    explicit HtmlTable(const QStringList& headers)
    {
        m_html
            = u"<table class=\"grid\" border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>"_s;
        for (const QString& header : headers)
            m_html += u"<th bgcolor=\"#e8e8e8\" align=\"left\">"_s + esc(header) + u"</th>"_s;
        m_html += u"</tr>\n"_s;
    }
    void row(const QStringList& cells)
    {
        m_html += u"<tr>"_s;
        for (const QString& cell : cells)
            m_html += u"<td valign=\"top\">"_s + cell + u"</td>"_s;
        m_html += u"</tr>\n"_s;
    }
    QString html() const { return m_html + u"</table>\n"_s; }

private:
    QString m_html;
};

QString section(const QString& title, const QString& body)
{
    return u"<h2>"_s + esc(title) + u"</h2>\n"_s + body;
}

QString paragraph(const QString& text)
{
    return u"<p>"_s + esc(text) + u"</p>\n"_s;
}

QString list(const QStringList& items)
{
    QString html = u"<ul>"_s;
    for (const QString& item : items)
        html += u"<li>"_s + esc(item) + u"</li>"_s;
    return html + u"</ul>\n"_s;
}

QString box(const QString& colour, const QString& body)
{
    return u"<table class=\"box\" border=\"1\" cellspacing=\"0\" cellpadding=\"6\" width=\"100%\" bgcolor=\""_s
        + colour + u"\"><tr><td>"_s + body + u"</td></tr></table>\n"_s;
}

// What an automatic check recorded, key by key: scalars as they are,
// nested values as compact JSON, so an unknown result still shows.
QString dataText(const QJsonValue& data)
{
    if (!data.isObject())
        return data.isArray()
            ? esc(QString::fromUtf8(QJsonDocument(data.toArray()).toJson(QJsonDocument::Compact)))
            : QString();
    QStringList lines;
    const QJsonObject object = data.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        QString shown;
        if (value.isArray())
            shown = Text::tr("%n item(s)", nullptr, int(value.toArray().size()));
        else if (value.isObject())
            shown = QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        else if (value.isNull() || value.isUndefined())
            shown = Text::tr("\u2014");
        else
            shown = value.toVariant().toString();
        if (shown.size() > 300)
            shown = shown.left(300) + u"\u2026"_s;
        lines << u"<code>"_s + esc(it.key()) + u"</code>: "_s + esc(shown);
    }
    return lines.join(u"<br>"_s);
}

QString summaryBox(const ReportData& report)
{
    const bool ready = report.verdict == ReportVerdict::Ready;
    QString body
        = u"<h1>"_s + esc(Text::tr("Migration report: %1").arg(report.environment.name)) + u"</h1>\n"_s;
    body += u"<p><font size=\"+2\"><b>"_s
        + esc(Text::tr("Verdict: %1").arg(reportVerdictText(report.verdict))) + u"</b></font></p>\n"_s;
    HtmlTable facts({ Text::tr("Item"), Text::tr("Value") });
    facts.row({ esc(Text::tr("Project")), esc(report.projectName) });
    facts.row({ esc(Text::tr("Environment")),
        esc(u"%1 (%2)"_s.arg(report.environment.name, tierDisplayName(report.environment.tier))) });
    facts.row({ esc(Text::tr("Releases")),
        esc(Text::tr("WSO2 Identity Server %1 \u2192 %2")
                .arg(report.oldRelease.isEmpty() ? Text::tr("unknown") : report.oldRelease,
                    report.newRelease.isEmpty() ? Text::tr("unknown") : report.newRelease)) });
    facts.row({ esc(Text::tr("Operator")), esc(report.run.operatorName) });
    facts.row({ esc(Text::tr("Run")),
        esc(Text::tr("%1, %2 to %3 (%4)")
                .arg(report.run.id)
                .arg(timeText(report.run.startedAt), timeText(report.run.finishedAt),
                    runStatusDisplayName(report.run.status))) });
    facts.row({ esc(Text::tr("Report made")),
        esc(Text::tr("%1 by IS Migration Wizard %2")
                .arg(timeText(report.generatedAt), report.toolVersion)) });
    body += facts.html();
    if (!report.reasons.isEmpty())
        body += u"<p><b>"_s + esc(Text::tr("Why it is not ready:")) + u"</b></p>\n"_s + list(report.reasons);
    if (!report.notes.isEmpty())
        body += u"<p><b>"_s + esc(Text::tr("Also note:")) + u"</b></p>\n"_s + list(report.notes);
    return box(ready ? u"#e6f4e6"_s : u"#fbe3e3"_s, body);
}

QString homesSection(const ReportData& report)
{
    //: Column of the homes table: "Old" or "New".
    HtmlTable table({ Text::tr("Side"), Text::tr("IS home"), Text::tr("Release") });
    table.row({ esc(Text::tr("Old")), esc(report.oldHome), esc(report.oldRelease) });
    table.row({ esc(Text::tr("New")), esc(report.newHome), esc(report.newRelease) });
    QString body = table.html();
    if (!report.otherRuns.isEmpty()) {
        HtmlTable runs(
            { Text::tr("Earlier run"), Text::tr("Operator"), Text::tr("Started"), Text::tr("Status") });
        for (const Run& run : report.otherRuns)
            runs.row({ QString::number(run.id), esc(run.operatorName), esc(timeText(run.startedAt)),
                esc(runStatusDisplayName(run.status)) });
        body += u"<p></p>"_s + runs.html();
    }
    return section(Text::tr("Homes and releases"), body);
}

QString checksSection(const QString& title, const QList<ReportCheck>& checks, bool withData)
{
    if (checks.isEmpty())
        return section(title, paragraph(Text::tr("None recorded.")));
    HtmlTable table({ Text::tr("Check"), Text::tr("Result"), Text::tr("Summary and details"),
        Text::tr("Accepted with the reason") });
    for (const ReportCheck& check : checks) {
        QString text = u"<b>"_s + esc(check.summary) + u"</b>"_s;
        if (!check.details.isEmpty())
            text += u"<br>"_s + escLines(check.details);
        if (!check.fixHint.isEmpty())
            text += u"<br><i>"_s + esc(Text::tr("Fix: %1").arg(check.fixHint)) + u"</i>"_s;
        if (withData && !check.data.isNull())
            text += u"<br>"_s + dataText(check.data);
        table.row({ u"<code>"_s + esc(check.checkId) + u"</code><br>"_s + esc(timeText(check.at)),
            esc(checkStatusName(check.status)), text, escLines(check.acceptedReason) });
    }
    return section(title, table.html());
}

QString acknowledgementsSection(const ReportData& report)
{
    if (report.acknowledgements.isEmpty())
        return section(Text::tr("Acknowledged risks"), paragraph(Text::tr("None recorded.")));
    //: Columns of the accepted risks: who accepted it ("By") and when.
    HtmlTable table({ Text::tr("Rule"), Text::tr("Reason"), Text::tr("By"), Text::tr("When") });
    for (const Acknowledgement& ack : report.acknowledgements)
        table.row({ u"<code>"_s + esc(ack.ruleId) + u"</code>"_s, escLines(ack.reason), esc(ack.operatorName),
            esc(timeText(ack.at)) });
    return section(Text::tr("Acknowledged risks"), table.html());
}

QString configSection(const ReportData& report)
{
    if (report.configDecisions.isEmpty())
        return section(Text::tr("Configuration changes"), paragraph(Text::tr("None recorded.")));
    HtmlTable table({ Text::tr("Change"), Text::tr("Decision"), Text::tr("Reason"), Text::tr("When") });
    for (const ConfigDecision& decision : report.configDecisions)
        table.row({ u"<code>"_s + esc(decision.changeKey) + u"</code>"_s, esc(decision.decision),
            escLines(decision.reason), esc(timeText(decision.at)) });
    return section(Text::tr("Configuration changes"), table.html());
}

QString cleanupSection(const ReportData& report)
{
    if (report.cleanupRuns.isEmpty())
        return section(Text::tr("Database cleanup"), paragraph(Text::tr("No cleanup ran in this run.")));
    HtmlTable table({ Text::tr("Database and script"), Text::tr("Kind"), Text::tr("Rows before"),
        Text::tr("Eligible"), Text::tr("Rows after"), Text::tr("Duration"), Text::tr("Outcome") });
    for (const CleanupRunRecord& run : report.cleanupRuns) {
        QString what = esc(run.databaseName) + u"<br><code>"_s + esc(run.scriptName) + u"</code>"_s;
        if (!run.scriptSha256.isEmpty())
            what += u"<br><small>SHA-256 "_s + esc(run.scriptSha256) + u"</small>"_s;
        if (!run.serverVersion.isEmpty())
            what += u"<br><small>"_s + esc(run.serverVersion) + u"</small>"_s;
        table.row({ what, esc(run.dryRun ? Text::tr("Dry run") : Text::tr("Real run")),
            countText(run.rowsBefore), countText(run.eligibleRows), countText(run.rowsAfter),
            esc(durationText(run.durationMs)), esc(run.outcome) + u"<br>"_s + esc(timeText(run.at)) });
    }
    // The procedure's own messages, which say why a run failed; long ones
    // are cut, the JSON twin keeps them whole.
    QString messages;
    for (const CleanupRunRecord& run : report.cleanupRuns) {
        if (run.messages.trimmed().isEmpty())
            continue;
        QString text = run.messages.trimmed();
        if (text.size() > 2000)
            text = text.left(2000) + u"\n\u2026"_s;
        messages += u"<p><b>"_s + esc(Text::tr("Messages of %1 on %2:").arg(run.scriptName, run.databaseName))
            + u"</b></p>\n<pre>"_s + esc(text) + u"</pre>\n"_s;
    }
    return section(Text::tr("Database cleanup"), table.html() + messages);
}

QString estimateSection(const ReportData& report)
{
    QStringList lines;
    for (const EstimateLine& line : report.estimate.lines)
        lines << line.basis;
    QString body = list(lines) + paragraph(report.estimate.total);
    if (!report.estimate.caveat.isEmpty())
        body += u"<p><i>"_s + esc(report.estimate.caveat) + u"</i></p>\n"_s;
    return section(Text::tr("Time estimate for the cleanup on %1").arg(report.environment.name), body);
}

QString checklistSection(const ReportData& report)
{
    if (report.checklist.isEmpty())
        return section(Text::tr("Test cases"), paragraph(Text::tr("No test cases were recorded.")));
    HtmlTable table(
        { Text::tr("Test case"), Text::tr("Status"), Text::tr("Notes"), Text::tr("Evidence (SHA-256)") });
    for (const ChecklistItem& item : report.checklist) {
        QString title = u"<b>"_s + esc(item.title) + u"</b>"_s;
        if (!item.category.isEmpty())
            title += u"<br><small>"_s + esc(item.category) + u"</small>"_s;
        if (!item.expected.isEmpty())
            title += u"<br>"_s + esc(Text::tr("Expected: %1").arg(item.expected));
        QStringList evidence;
        for (const EvidenceFile& file : item.evidence)
            evidence << esc(QDir::toNativeSeparators(file.path)) + u"<br><small>"_s + esc(file.sha256)
                    + u" ("_s + esc(Text::tr("%1 bytes").arg(countText(file.size))) + u")</small>"_s;
        QString status = u"<b>"_s + esc(checklistStatusName(item.status)) + u"</b>"_s;
        if (!item.updatedBy.isEmpty() || item.at.isValid())
            status
                += u"<br><small>"_s + esc(item.updatedBy) + u" "_s + esc(timeText(item.at)) + u"</small>"_s;
        table.row({ title, status, escLines(item.notes), evidence.join(u"<br>"_s) });
    }
    const auto count = [&](ChecklistStatus status) {
        return int(std::ranges::count(report.checklist, status, &ChecklistItem::status));
    };
    const QString counts
        = Text::tr("%1 cases: %2 passed, %3 failed, %4 blocked, %5 not run, %6 not applicable.")
              .arg(report.checklist.size())
              .arg(count(ChecklistStatus::Passed))
              .arg(count(ChecklistStatus::Failed))
              .arg(count(ChecklistStatus::Blocked))
              .arg(count(ChecklistStatus::NotRun))
              .arg(count(ChecklistStatus::NotApplicable));
    return section(Text::tr("Test cases"), paragraph(counts) + table.html());
}

QString logScanSection(const ReportData& report)
{
    if (!report.logScan.isObject())
        return section(Text::tr("Server log"), paragraph(Text::tr("No server log was scanned in this run.")));
    const QJsonObject scan = report.logScan.toObject();
    const auto number = [&](const QString& key) {
        return scan.value(key).isDouble() ? countText(qint64(scan.value(key).toDouble()))
                                          : Text::tr("\u2014");
    };
    QStringList files;
    for (const QJsonValue& file : scan.value(u"files"_s).toArray())
        files << file.toString();
    QString body
        = paragraph(Text::tr("Files: %1. Since: %2. Lines read: %3. Errors: %4, fatal: %5.")
                        .arg(files.isEmpty() ? Text::tr("\u2014") : files.join(u", "_s),
                            scan.value(u"since"_s).toString(Text::tr("\u2014")), number(u"linesRead"_s),
                            number(u"errorCount"_s), number(u"fatalCount"_s)));
    const QJsonArray groups = scan.value(u"groups"_s).toArray();
    if (!groups.isEmpty()) {
        HtmlTable table({ Text::tr("Count"), Text::tr("Level and logger"), Text::tr("Message"),
            Text::tr("First and last") });
        for (const QJsonValue& value : groups) {
            const QJsonObject group = value.toObject();
            QString who
                = esc(group.value(u"level"_s).toString()) + u" "_s + esc(group.value(u"logger"_s).toString());
            if (const QString type = group.value(u"exceptionType"_s).toString(); !type.isEmpty())
                who += u"<br><code>"_s + esc(type) + u"</code>"_s;
            table.row(
                { group.value(u"count"_s).isDouble() ? countText(qint64(group.value(u"count"_s).toDouble()))
                                                     : Text::tr("\u2014"),
                    who, escLines(group.value(u"message"_s).toString().left(500)),
                    esc(group.value(u"first"_s).toString()) + u"<br>"_s
                        + esc(group.value(u"last"_s).toString()) });
        }
        body += table.html();
    }
    return section(Text::tr("Server log"), body);
}

QString journalSection(const ReportData& report)
{
    QString body = paragraph(report.journalStatus);
    HtmlTable table(
        { Text::tr("#"), Text::tr("When"), Text::tr("Who"), Text::tr("Event"), Text::tr("Details") });
    for (const JournalEntry& entry : report.journal)
        table.row({ QString::number(entry.id), esc(timeText(entry.at)), esc(entry.actor),
            u"<code>"_s + esc(entry.event) + u"</code>"_s, escLines(entry.details) });
    return section(Text::tr("Journal"), body + table.html());
}

ReportFileNames withDefaults(ReportFileNames names)
{
    if (names.pdf.isEmpty())
        names.pdf = u"report.pdf"_s;
    if (names.manifest.isEmpty())
        names.manifest = names.pdf + u".sha256"_s;
    if (names.pdfSignature.isEmpty())
        names.pdfSignature = names.pdf + u".p7s"_s;
    if (names.manifestSignature.isEmpty())
        names.manifestSignature = names.manifest + u".p7s"_s;
    return names;
}

QString appendix(const ReportData& report, bool forPdf)
{
    const ReportFileNames names = withDefaults(report.files);
    QStringList covered { names.pdf };
    if (!names.html.isEmpty())
        covered << names.html;
    if (!names.json.isEmpty())
        covered << names.json;
    QString body = paragraph(Text::tr("The manifest %1 lists the SHA-256 of every exported file: %2.")
                                 .arg(names.manifest, covered.join(u", "_s)));
    if (forPdf)
        body += paragraph(
            Text::tr("A PDF cannot contain its own hash: this PDF is covered by its signature %1 and "
                     "by the manifest, not by a hash printed here.")
                .arg(names.pdfSignature));
    body += paragraph(names.isSigned
            ? Text::tr("The report and the manifest are signed (CMS, SHA-256). To check them without "
                       "this tool, run these commands in the folder that holds the files:")
            : Text::tr("This export was not signed. Once it is signed, these commands in the folder "
                       "that holds the files check it without this tool:"));
    body += u"<pre>"_s + esc(reportVerificationCommands(names).join(u'\n')) + u"</pre>\n"_s;
    body += paragraph(
        Text::tr("\u201c-noverify\u201d checks that the files are unchanged since they were signed; "
                 "replace it with \u201c-CAfile CA.pem\u201d (your certificate authority) to check "
                 "the signer as well. Each command must end without an error, and sha256sum must "
                 "print OK for every file."));
    return section(Text::tr("Appendix: verifying this report"), body);
}

QString renderHtml(const ReportData& report, bool forPdf)
{
    QString html = u"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>"_s
        + esc(Text::tr("Migration report: %1 \u2014 %2").arg(report.environment.name, report.projectName))
        + u"</title>\n"_s;
    if (!forPdf)
        html += u"<style>body{font-family:sans-serif;font-size:10pt;margin:2em;max-width:60em}"
                "table.grid{border-collapse:collapse;margin:0.5em 0}table.grid td,table.grid th{border:1px "
                "solid #999}"
                "table.box{border-collapse:collapse;margin:1em 0}pre{white-space:pre-wrap;background:#f4f4f4;"
                "padding:0.5em}h2{border-bottom:1px solid #999;page-break-after:avoid}"
                "@media print{body{margin:0}}</style>\n"_s;
    html += u"</head><body>\n"_s;
    html += summaryBox(report);
    if (!report.rollbackGuidance.isEmpty())
        html += box(u"#fff4d6"_s,
            u"<p><b>"_s + esc(Text::tr("Rollback guidance")) + u"</b></p>\n"_s
                + list(report.rollbackGuidance));
    html += homesSection(report);
    html += acknowledgementsSection(report);
    html += checksSection(Text::tr("Checks"), report.checks, false);
    html += configSection(report);
    html += cleanupSection(report);
    html += estimateSection(report);
    html += checklistSection(report);
    html += checksSection(Text::tr("Automatic checks"), report.automaticChecks, true);
    html += logScanSection(report);
    html += journalSection(report);
    html += appendix(report, forPdf);
    html += u"</body></html>\n"_s;
    return html;
}

} // namespace

QStringList reportVerificationCommands(const ReportFileNames& names, const QString& caPath)
{
    const ReportFileNames full = withDefaults(names);
    return { opensslVerifyCommand(full.pdf, full.pdfSignature, caPath),
        opensslVerifyCommand(full.manifest, full.manifestSignature, caPath),
        u"sha256sum -c "_s + full.manifest };
}

QByteArray renderReportJson(const ReportData& report)
{
    QJsonArray otherRuns;
    for (const Run& run : report.otherRuns)
        otherRuns.append(runJson(run));
    QJsonArray acknowledgements;
    for (const Acknowledgement& ack : report.acknowledgements)
        acknowledgements.append(QJsonObject { { u"ruleId"_s, ack.ruleId }, { u"reason"_s, ack.reason },
            { u"operator"_s, ack.operatorName }, { u"at"_s, timeValue(ack.at) } });
    QJsonArray decisions;
    for (const ConfigDecision& decision : report.configDecisions)
        decisions.append(
            QJsonObject { { u"changeKey"_s, decision.changeKey }, { u"decision"_s, decision.decision },
                { u"reason"_s, textValue(decision.reason) }, { u"at"_s, timeValue(decision.at) } });
    QJsonArray cleanups;
    for (const CleanupRunRecord& run : report.cleanupRuns)
        cleanups.append(cleanupJson(run));
    QJsonArray journal;
    for (const JournalEntry& entry : report.journal)
        journal.append(QJsonObject { { u"id"_s, entry.id }, { u"at"_s, timeValue(entry.at) },
            { u"actor"_s, entry.actor }, { u"environment"_s, textValue(entry.environment) },
            { u"event"_s, entry.event }, { u"details"_s, entry.details },
            { u"hash"_s, QString::fromLatin1(entry.hash.toHex()) } });
    const ReportFileNames names = withDefaults(report.files);

    const QJsonObject root {
        { u"schema"_s, kReportSchema.toString() },
        { u"schemaVersion"_s, kReportSchemaVersion },
        { u"generatedAt"_s, timeValue(report.generatedAt) },
        { u"toolVersion"_s, textValue(report.toolVersion) },
        { u"project"_s,
            QJsonObject { { u"name"_s, report.projectName },
                { u"schemaVersion"_s, report.projectSchemaVersion },
                { u"oldHome"_s, textValue(report.oldHome) }, { u"newHome"_s, textValue(report.newHome) },
                { u"oldRelease"_s, textValue(report.oldRelease) },
                { u"newRelease"_s, textValue(report.newRelease) } } },
        { u"environment"_s,
            QJsonObject { { u"name"_s, report.environment.name },
                { u"tier"_s, tierKey(report.environment.tier) },
                { u"createdAt"_s, timeValue(report.environment.createdAt) } } },
        { u"run"_s, runJson(report.run) },
        { u"otherRuns"_s, otherRuns },
        { u"verdict"_s,
            QJsonObject { { u"result"_s, reportVerdictKey(report.verdict) },
                { u"reasons"_s, QJsonArray::fromStringList(report.reasons) },
                { u"notes"_s, QJsonArray::fromStringList(report.notes) },
                { u"rollbackGuidance"_s, QJsonArray::fromStringList(report.rollbackGuidance) } } },
        { u"acknowledgements"_s, acknowledgements },
        { u"checks"_s, checksJson(report.checks, false) },
        { u"automaticChecks"_s, checksJson(report.automaticChecks, true) },
        { u"configDecisions"_s, decisions },
        { u"cleanupRuns"_s, cleanups },
        { u"productionEstimate"_s, estimateJson(report.estimate) },
        { u"checklist"_s, checklistJson(report.checklist) },
        { u"logScan"_s, report.logScan.isObject() ? report.logScan : QJsonValue(QJsonValue::Null) },
        { u"journal"_s,
            QJsonObject { { u"intact"_s, report.journalIntact },
                { u"firstBrokenId"_s,
                    report.journalIntact ? QJsonValue(QJsonValue::Null)
                                         : QJsonValue(report.journalFirstBrokenId) },
                { u"status"_s, report.journalStatus }, { u"entries"_s, journal } } },
        { u"verification"_s,
            QJsonObject { { u"pdf"_s, names.pdf }, { u"html"_s, textValue(names.html) },
                { u"json"_s, textValue(names.json) }, { u"manifest"_s, names.manifest },
                { u"signed"_s, names.isSigned },
                { u"commands"_s, QJsonArray::fromStringList(reportVerificationCommands(names)) } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString renderReportHtml(const ReportData& report)
{
    return renderHtml(report, false);
}

std::expected<QByteArray, QString> renderReportPdf(const ReportData& report)
{
    // QTextDocument lays text out with the platform's fonts; without a
    // QGuiApplication it would abort the process instead of failing.
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return std::unexpected(
            Text::tr("Cannot write the PDF: the program runs without its graphics layer "
                     "(QGuiApplication). Export HTML or JSON instead, or report this as a bug."));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(
            Text::tr("Migration report: %1 \u2014 %2").arg(report.environment.name, report.projectName));
        writer.setCreator(Text::tr("IS Migration Wizard %1").arg(report.toolVersion));
        QTextDocument document;
        // Laid out in the PDF's own units and page: left to itself,
        // print() lays the text out for the screen's resolution and scales
        // it, and under the offscreen platform (the CLI on a server) that
        // left a quarter of the page's width empty.
        document.documentLayout()->setPaintDevice(&writer);
        document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
        QFont font = document.defaultFont();
        font.setPointSizeF(9);
        document.setDefaultFont(font);
        document.setHtml(renderHtml(report, true));
        document.print(&writer);
    }
    buffer.close();
    if (!bytes.startsWith("%PDF"))
        return std::unexpected(Text::tr("Qt's PDF writer produced no PDF for the report. Export HTML or JSON "
                                        "instead, and report this as a bug."));
    return bytes;
}

std::expected<void, QString> writeReportPdf(const ReportData& report, const QString& path)
{
    const auto bytes = renderReportPdf(report);
    if (!bytes)
        return std::unexpected(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return std::unexpected(Text::tr("Cannot write %1: %2. Choose a folder you can write to.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

} // namespace Ismw
