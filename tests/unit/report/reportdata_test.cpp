// SPDX-License-Identifier: Apache-2.0
#include "SampleReportProject.h"
#include "report/ReportData.h"
#include "report/ReportRenderer.h"

#include <QJsonObject>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

bool anyContains(const QStringList& texts, const QString& part)
{
    return std::ranges::any_of(texts, [&](const QString& text) { return text.contains(part); });
}

} // namespace

class ReportDataTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void unknownEnvironmentNamesTheOnesThatExist()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"prod"_s);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"prod"_s), qPrintable(report.error()));
        QVERIFY2(report.error().contains(u"dev"_s) && report.error().contains(u"pre-prod"_s),
            qPrintable(report.error()));
    }

    void environmentWithoutRunIsRefused()
    {
        ProjectSnapshot snapshot = Test::sampleReportProject();
        snapshot.environments.append({ 3, u"prod"_s, Tier::Production, QDateTime::currentDateTimeUtc() });
        const auto report = buildReport(snapshot, u"prod"_s);
        QVERIFY(!report);
        QVERIFY2(report.error().contains(u"no run"_s), qPrintable(report.error()));
    }

    void runOfAnotherEnvironmentIsRefused()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s, { 1, {}, {} });
        QVERIFY(!report);
        QVERIFY(report.error().contains(u"pre-prod"_s));
    }

    void onlyTheEnvironmentsRunIsReported()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s);
        QVERIFY2(report, qPrintable(report ? QString() : report.error()));
        QCOMPARE(report->run.id, 2);
        QCOMPARE(report->checks.size(), 3); // java, disk, config; not dev's, not verify.*
        QCOMPARE(report->automaticChecks.size(), 2);
        QCOMPARE(report->checklist.size(), 3);
        QCOMPARE(report->cleanupRuns.size(), 2);
        QCOMPARE(report->acknowledgements.size(), 1);
        // In the checklist's own order, not the records' order.
        QCOMPARE(report->checklist.at(0).key, u"sso.login"_s);
        QCOMPARE(report->checklist.at(2).title, u"Load test"_s);
        QCOMPARE(report->checklist.at(0).evidence.size(), 1);
        // The project's own journal entries and pre-prod's, not dev's.
        QCOMPARE(report->journal.size(), 2);
        QCOMPARE(report->journal.at(0).id, 1);
        QCOMPARE(report->journal.at(1).id, 3);
        QVERIFY(report->logScan.isObject());
        QCOMPARE(report->logScan.toObject().value(u"errorCount"_s).toInt(), 2);
        QCOMPARE(report->oldRelease, u"5.11.0"_s);
        QCOMPARE(report->otherRuns.size(), 0);
    }

    void notReadyWithAReasonPerProblem()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s);
        QVERIFY(report);
        QCOMPARE(report->verdict, ReportVerdict::NotReady);
        const QStringList& reasons = report->reasons;
        QVERIFY2(anyContains(reasons, u"config.removed-key"_s), qPrintable(reasons.join(u'\n')));
        QVERIFY(anyContains(reasons, u"verify.log-errors"_s));
        QVERIFY(anyContains(reasons, u"Password reset mail"_s));
        QVERIFY(anyContains(reasons, u"not run"_s) && anyContains(reasons, u"Load test"_s));
        QVERIFY(anyContains(reasons, u"session-cleanup.sql"_s));
        // The accepted warning and the passing checks are no reason.
        QVERIFY(!anyContains(reasons, u"prereq.disk"_s));
        QVERIFY(!anyContains(reasons, u"verify.health"_s));
        QVERIFY(!anyContains(reasons, u"token-cleanup.sql"_s));
        QCOMPARE(reasons.size(), 5);
        QVERIFY(anyContains(report->notes, u"in progress"_s));
        QVERIFY(anyContains(report->notes, u"accepted"_s));
        QVERIFY(!report->rollbackGuidance.isEmpty());
        QVERIFY(anyContains(report->rollbackGuidance, u"route it back"_s));
    }

    void readyWhenEverythingPassedOrWasAccepted()
    {
        ProjectSnapshot snapshot = Test::sampleReportProject();
        for (CheckRecord& check : snapshot.checks)
            if (check.checkId == "config.removed-key"_L1)
                check.acceptedReason = u"The key is ignored by 7.1.0"_s;
            else if (check.checkId == "verify.log-errors"_L1)
                check.status = CheckStatus::Pass;
        for (ChecklistItem& item : snapshot.checklist)
            if (item.status != ChecklistStatus::Passed)
                item.status
                    = item.title == "Load test"_L1 ? ChecklistStatus::NotApplicable : ChecklistStatus::Passed;
        snapshot.cleanupRuns.removeLast();
        const auto report = buildReport(snapshot, u"pre-prod"_s);
        QVERIFY(report);
        QVERIFY2(report->reasons.isEmpty(), qPrintable(report->reasons.join(u'\n')));
        QCOMPARE(report->verdict, ReportVerdict::Ready);
        QVERIFY(report->rollbackGuidance.isEmpty());
    }

    void noChecklistIsNotReady()
    {
        ProjectSnapshot snapshot = Test::sampleReportProject();
        snapshot.checklist.clear();
        const auto report = buildReport(snapshot, u"pre-prod"_s);
        QVERIFY(report);
        QVERIFY(anyContains(report->reasons, u"No test cases"_s));
    }

    void rolledBackRunIsNotReady()
    {
        ProjectSnapshot snapshot = Test::sampleReportProject();
        snapshot.runs[0].status = RunStatus::RolledBack;
        const auto report = buildReport(snapshot, u"dev"_s);
        QVERIFY(report);
        QCOMPARE(report->verdict, ReportVerdict::NotReady);
        QVERIFY(anyContains(report->reasons, u"rolled back"_s));
    }

    void latestRunUnlessOneIsChosen()
    {
        ProjectSnapshot snapshot = Test::sampleReportProject();
        const QDateTime later = snapshot.runs[1].startedAt.addDays(1);
        snapshot.runs.append({ 7, 2, u"Cleo"_s, later, {}, RunStatus::InProgress });
        const auto latest = buildReport(snapshot, u"pre-prod"_s);
        QVERIFY(latest);
        QCOMPARE(latest->run.id, 7);
        QCOMPARE(latest->otherRuns.size(), 1);
        QVERIFY(latest->checklist.isEmpty());
        const auto chosen = buildReport(snapshot, u"pre-prod"_s, { 2, {}, {} });
        QVERIFY(chosen);
        QCOMPARE(chosen->run.id, 2);
        QCOMPARE(chosen->checklist.size(), 3);
    }

    void secretsReachNoOutput()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s);
        QVERIFY(report);
        const QString secret = QString::fromUtf16(Test::kSecret);
        const QString json = QString::fromUtf8(renderReportJson(*report));
        const QString html = renderReportHtml(*report);
        QVERIFY(!json.contains(secret));
        QVERIFY(!html.contains(secret));
        // The texts are there, masked: the redaction did not just drop them.
        QVERIFY(json.contains(u"line 12: password="_s));
        QVERIFY(json.contains(u"login failed password="_s));
        QVERIFY(html.contains(u"connection lost"_s));
        QVERIFY(!anyContains(report->reasons, secret));
    }

    void journalChainVerifies()
    {
        const auto report = buildReport(Test::sampleReportProject(), u"pre-prod"_s);
        QVERIFY(report);
        QVERIFY(report->journalIntact);
        QCOMPARE(report->journalFirstBrokenId, 0);
        QVERIFY(report->journalStatus.contains(u"verifies"_s));
    }

    void journalChainBrokenByAnEditOrARemoval_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::addColumn<qint64>("brokenAt");
        QTest::newRow("edited dev entry") << false << qint64(2);
        QTest::newRow("removed dev entry") << true << qint64(2);
    }

    void journalChainBrokenByAnEditOrARemoval()
    {
        QFETCH(bool, remove);
        QFETCH(qint64, brokenAt);
        ProjectSnapshot snapshot = Test::sampleReportProject();
        // Entry 2 belongs to dev: a pre-prod report must notice it anyway.
        if (remove)
            snapshot.journal.removeAt(1);
        else
            snapshot.journal[1].details = u"something else"_s;
        const auto report = buildReport(snapshot, u"pre-prod"_s);
        QVERIFY(report);
        QVERIFY(!report->journalIntact);
        QCOMPARE(report->journalFirstBrokenId, brokenAt);
        QCOMPARE(report->verdict, ReportVerdict::NotReady);
        QVERIFY(anyContains(report->reasons, u"hash chain breaks at entry %1"_s.arg(brokenAt)));
    }
};

QTEST_GUILESS_MAIN(ReportDataTest)
#include "reportdata_test.moc"
