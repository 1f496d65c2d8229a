// SPDX-License-Identifier: Apache-2.0
#include "report/ProductionEstimate.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

// Environments dev (1), test (2), pre-prod (3), prod (4), one run each (run id = environment id).
ProjectSnapshot ladder()
{
    ProjectSnapshot snapshot;
    const QDateTime at(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC);
    snapshot.environments = { { 1, u"dev"_s, Tier::Development, at }, { 2, u"test"_s, Tier::Test, at },
        { 3, u"pre-prod"_s, Tier::PreProduction, at }, { 4, u"prod"_s, Tier::Production, at },
        { 5, u"perf"_s, Tier::Custom, at } };
    for (qint64 id = 1; id <= 5; ++id)
        snapshot.runs.append({ id, id, u"Ana"_s, at, {}, RunStatus::InProgress });
    return snapshot;
}

CleanupRunRecord realRun(qint64 runId, const QString& script, qint64 removed, qint64 durationMs,
    const QString& outcome = u"completed"_s)
{
    CleanupRunRecord record;
    record.runId = runId;
    record.databaseName = u"identity_db"_s;
    record.scriptName = script;
    record.rowsBefore = removed + 500;
    record.rowsAfter = 500;
    record.durationMs = durationMs;
    record.outcome = outcome;
    record.at = QDateTime(QDate(2026, 11, 2), QTime(8, 0), QTimeZone::UTC);
    return record;
}

CleanupRunRecord dryRun(qint64 runId, const QString& script, qint64 eligible, const QDateTime& at)
{
    CleanupRunRecord record;
    record.runId = runId;
    record.databaseName = u"identity_db"_s;
    record.scriptName = script;
    record.dryRun = true;
    record.rowsBefore = eligible * 2;
    record.rowsAfter = eligible;
    record.eligibleRows = eligible;
    record.durationMs = 1000;
    record.outcome = u"completed"_s;
    record.at = at;
    return record;
}

const QDateTime kDay(QDate(2026, 11, 3), QTime(8, 0), QTimeZone::UTC);

} // namespace

class ProductionEstimateTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void scalesTheLowerRateToTheTargetCount()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns
            = { realRun(1, u"token.sql"_s, 1'000'000, 15'600), dryRun(3, u"token.sql"_s, 48'000'000, kDay) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"pre-prod"_s);
        QCOMPARE(estimate.lines.size(), 1);
        const EstimateLine& line = estimate.lines.constFirst();
        QVERIFY(line.estimated);
        // 48,000,000 / 64,102.56 rows/s = 748.8 s, rounded up to the next 10 s.
        QCOMPARE(line.seconds, 750);
        QCOMPARE(line.basisEnvironment, u"dev"_s);
        QCOMPARE(line.targetEligibleRows, 48'000'000);
        QVERIFY2(line.basis.contains(u"dev: 1,000,000 rows removed in 15.6 s (64,100 rows/s)"_s),
            qPrintable(line.basis));
        QVERIFY2(line.basis.contains(u"48,000,000 eligible rows"_s), qPrintable(line.basis));
        QVERIFY2(line.basis.contains(u"about 12 min 30 s"_s), qPrintable(line.basis));
        QVERIFY(estimate.complete);
        QCOMPARE(estimate.totalSeconds, 750);
        QVERIFY2(estimate.total.contains(u"12 min 30 s"_s), qPrintable(estimate.total));
        QVERIFY(estimate.caveat.contains(u"slowest"_s));
        QVERIFY(estimate.caveat.contains(u"rounded up"_s));
    }

    void theSlowestLowerRunIsTheBasis()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns = { realRun(1, u"token.sql"_s, 1'000'000, 10'000), // 100,000 rows/s
            realRun(2, u"token.sql"_s, 1'000'000, 20'000), // 50,000 rows/s
            realRun(4, u"token.sql"_s, 1'000'000, 40'000), // prod: not lower than pre-prod
            dryRun(3, u"token.sql"_s, 1'000'000, kDay) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"pre-prod"_s);
        QCOMPARE(estimate.lines.size(), 1);
        QCOMPARE(estimate.lines[0].basisEnvironment, u"test"_s);
        QCOMPARE(estimate.lines[0].seconds, 20);
    }

    void dryFailedAndCustomRunsAreNoBasis()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns = { dryRun(1, u"token.sql"_s, 1'000, kDay),
            realRun(1, u"token.sql"_s, 1'000'000, 100, u"failed"_s),
            realRun(2, u"token.sql"_s, 1'000'000, 100, u"cancelled"_s),
            realRun(5, u"token.sql"_s, 1'000'000, 100), realRun(2, u"token.sql"_s, 0, 100), // removed nothing
            dryRun(4, u"token.sql"_s, 1'000, kDay) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"prod"_s);
        QCOMPARE(estimate.lines.size(), 1);
        QVERIFY(!estimate.lines[0].estimated);
        QVERIFY2(estimate.lines[0].basis.contains(u"No estimate for token.sql"_s),
            qPrintable(estimate.lines[0].basis));
        QVERIFY(!estimate.complete);
    }

    void withoutATargetCountItSaysWhichDryRunToMake()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns = { realRun(1, u"token.sql"_s, 1'000'000, 15'600),
            dryRun(2, u"token.sql"_s, 5'000, kDay) }; // test's count is not prod's
        const ProductionEstimate estimate = estimateProduction(snapshot, u"prod"_s);
        QCOMPARE(estimate.lines.size(), 1);
        QVERIFY(!estimate.lines[0].estimated);
        QCOMPARE(estimate.lines[0].seconds, 0);
        QVERIFY2(estimate.lines[0].basis.contains(u"run a dry run on prod"_s),
            qPrintable(estimate.lines[0].basis));
        QVERIFY(!estimate.complete);
        QVERIFY2(estimate.total.contains(u"No estimate"_s), qPrintable(estimate.total));
    }

    void theLatestDryRunCounts()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns = { realRun(1, u"token.sql"_s, 1'000, 1'000),
            dryRun(3, u"token.sql"_s, 50'000, kDay.addDays(1)), dryRun(3, u"token.sql"_s, 10'000, kDay) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"pre-prod"_s);
        QCOMPARE(estimate.lines[0].targetEligibleRows, 50'000);
        QCOMPARE(estimate.lines[0].seconds, 50);
    }

    void customTargetsUseEveryStandardTier()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns
            = { realRun(4, u"token.sql"_s, 1'000, 1'000), dryRun(5, u"token.sql"_s, 7'000, kDay) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"perf"_s);
        QVERIFY(estimate.lines[0].estimated);
        QCOMPARE(estimate.lines[0].seconds, 7);
    }

    void partialEstimatesSayWhatIsMissing()
    {
        ProjectSnapshot snapshot = ladder();
        snapshot.cleanupRuns = { realRun(1, u"token.sql"_s, 1'000, 1'000),
            dryRun(3, u"token.sql"_s, 3'600'000, kDay), realRun(1, u"session.sql"_s, 1'000, 1'000) };
        const ProductionEstimate estimate = estimateProduction(snapshot, u"pre-prod"_s);
        QCOMPARE(estimate.lines.size(), 2);
        QCOMPARE(estimate.totalSeconds, 3600);
        QVERIFY(!estimate.complete);
        QVERIFY2(estimate.total.contains(u"at least 1 h"_s), qPrintable(estimate.total));
    }

    void nothingRecordedNoEstimate()
    {
        const ProductionEstimate estimate = estimateProduction(ladder(), u"prod"_s);
        QVERIFY(estimate.lines.isEmpty());
        QVERIFY(!estimate.complete);
        QVERIFY(estimate.total.contains(u"No estimate for prod"_s));
        QVERIFY(estimate.caveat.isEmpty());
        QVERIFY(estimateProduction(ladder(), u"nowhere"_s).lines.isEmpty());
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole seconds") << qint64(45'000) << u"45 s"_s;
        QTest::newRow("tenths") << qint64(15'600) << u"15.6 s"_s;
        QTest::newRow("minutes and seconds") << qint64(750'000) << u"12 min 30 s"_s;
        QTest::newRow("whole minutes") << qint64(120'000) << u"2 min"_s;
        QTest::newRow("hours and minutes") << qint64(7'500'000) << u"2 h 5 min"_s;
        QTest::newRow("whole hours") << qint64(3'600'000) << u"1 h"_s;
    }

    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(durationText(ms), text);
    }
};

QTEST_GUILESS_MAIN(ProductionEstimateTest)
#include "productionestimate_test.moc"
