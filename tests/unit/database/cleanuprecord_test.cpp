// SPDX-License-Identifier: Apache-2.0
// The project record of a cleanup run: what toCleanupRunRecord makes of a
// CleanupResult, the text forms the project file stores, the knobs and path
// the runner fills before it needs a server, and the journal line.
#include "database/CleanupRunner.h"
#include "project/MigrationProject.h"
#include "project/ProjectTypes.h"
#include "secrets/SecretRedactor.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

// A result as the runner leaves it, counts aside.
CleanupResult baseResult(bool dryRun)
{
    CleanupResult result;
    result.dryRun = dryRun;
    result.databaseName = u"identity_db"_s;
    result.server = u"db.example:5432, database wso2, user wso2"_s;
    result.scriptName = u"postgresql/token-cleanup.sql"_s;
    result.scriptPath = u"/opt/wso2is/dbscripts/identity/stored-procedures/postgresql/token-cleanup.sql"_s;
    result.procedureName = u"WSO2_TOKEN_CLEANUP_SP"_s;
    result.sha256 = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    result.serverVersion = u"PostgreSQL 17.2"_s;
    result.knobs = { { u"safePeriod"_s, u"2"_s }, { u"batchSize"_s, u"10000"_s } };
    result.durationMs = 1500;
    result.messages = { u"first"_s, u"second"_s };
    return result;
}

const QString kTokens = u"IDN_OAUTH2_ACCESS_TOKEN"_s;
const QString kCodes = u"IDN_OAUTH2_AUTHORIZATION_CODE"_s;

// The fields every record takes over from its result unchanged.
void compareCommonFields(const CleanupRunRecord& record, const CleanupResult& result)
{
    QCOMPARE(record.id, 0); // ids, run and time are the project's to give
    QCOMPARE(record.runId, 0);
    QVERIFY(!record.at.isValid());
    QCOMPARE(record.databaseName, result.databaseName);
    QCOMPARE(record.scriptName, result.scriptName);
    QCOMPARE(record.scriptPath, result.scriptPath);
    QCOMPARE(record.scriptSha256, QString::fromLatin1(result.sha256));
    QCOMPARE(record.dryRun, result.dryRun);
    QCOMPARE(record.serverVersion, result.serverVersion);
    QCOMPARE(record.knobs, result.knobs);
    QCOMPARE(record.durationMs, result.durationMs);
}

bool waitOpened(MigrationProject& project)
{
    QSignalSpy opened(&project, &MigrationProject::opened);
    return opened.wait(10000);
}

} // namespace

class CleanupRecordTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dryRunRecordsEligibleAndWhatWouldBeLeft()
    {
        CleanupResult result = baseResult(true);
        result.outcome = CleanupResult::Outcome::Completed;
        result.before = { { kTokens, 100, 40 }, { kCodes, 10, 0 } };
        const CleanupRunRecord record = toCleanupRunRecord(result);
        compareCommonFields(record, result);
        QCOMPARE(record.outcome, u"completed"_s);
        QCOMPARE(record.rowsBefore, 110);
        QCOMPARE(record.eligibleRows, 40);
        QCOMPARE(record.rowsAfter, 70); // before − eligible: nothing was removed
        QCOMPARE(record.messages, u"first\nsecond"_s);
        QCOMPARE(record.tables,
            (QList<CleanupTableRecord> { { kTokens, 100, 40, 60 }, { kCodes, 10, 0, 10 } }));
    }

    void completedRunRecordsTheCountsAfter()
    {
        CleanupResult result = baseResult(false);
        result.outcome = CleanupResult::Outcome::Completed;
        result.before = { { kTokens, 100, 40 }, { kCodes, 10, 3 } };
        result.after = { { kTokens, 62, -1 }, { kCodes, 7, -1 } }; // 2 new tokens during the run
        const CleanupRunRecord record = toCleanupRunRecord(result);
        compareCommonFields(record, result);
        QCOMPARE(record.outcome, u"completed"_s);
        QCOMPARE(record.rowsBefore, 110);
        QCOMPARE(record.eligibleRows, 43);
        QCOMPARE(record.rowsAfter, 69); // counted, not computed
        QCOMPARE(record.messages, u"first\nsecond"_s);
        QCOMPARE(record.tables,
            (QList<CleanupTableRecord> { { kTokens, 100, 40, 62 }, { kCodes, 10, 3, 7 } }));
    }

    void cancelledRunKeepsWhatTheCancelLeft()
    {
        CleanupResult result = baseResult(false);
        result.outcome = CleanupResult::Outcome::Cancelled;
        result.before = { { kTokens, 100, 40 }, { kCodes, 10, 3 } };
        result.after = { { kCodes, 10, -1 }, { kTokens, 80, -1 } }; // matched by name, not position
        result.error = u"Cancelled after 2 batches."_s;
        const CleanupRunRecord record = toCleanupRunRecord(result);
        compareCommonFields(record, result);
        QCOMPARE(record.outcome, u"cancelled"_s);
        QCOMPARE(record.rowsBefore, 110);
        QCOMPARE(record.eligibleRows, 43);
        QCOMPARE(record.rowsAfter, 90);
        QCOMPARE(record.messages, u"first\nsecond\nCancelled after 2 batches."_s);
        QCOMPARE(record.tables,
            (QList<CleanupTableRecord> { { kTokens, 100, 40, 80 }, { kCodes, 10, 3, 10 } }));
    }

    void failedRunWithUnknownCounts_data()
    {
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<bool>("connected");
        QTest::addColumn<QList<CleanupTableCount>>("before");
        QTest::addColumn<QList<CleanupTableRecord>>("tables");
        QTest::addColumn<qint64>("rowsBefore");
        QTest::addColumn<qint64>("eligible");
        // Never reached the server: no version, no counts.
        QTest::newRow("no connection") << false << false << QList<CleanupTableCount> {}
                                       << QList<CleanupTableRecord> {} << qint64(-1) << qint64(-1);
        // Counted before, then the CALL failed and nothing could be counted again.
        QTest::newRow("after not counted")
            << false << true << QList<CleanupTableCount> { { kTokens, 100, 40 } }
            << QList<CleanupTableRecord> { { kTokens, 100, 40, -1 } } << qint64(100) << qint64(40);
        // A dry run whose condition could not be counted on one table: no total.
        QTest::newRow("dry run, eligible unknown")
            << true << true << QList<CleanupTableCount> { { kTokens, 100, 40 }, { kCodes, 10, -1 } }
            << QList<CleanupTableRecord> { { kTokens, 100, 40, 60 }, { kCodes, 10, -1, -1 } } << qint64(110)
            << qint64(-1);
    }
    void failedRunWithUnknownCounts()
    {
        QFETCH(bool, dryRun);
        QFETCH(bool, connected);
        QFETCH(QList<CleanupTableCount>, before);
        QFETCH(QList<CleanupTableRecord>, tables);
        QFETCH(qint64, rowsBefore);
        QFETCH(qint64, eligible);
        CleanupResult result = baseResult(dryRun);
        result.outcome = CleanupResult::Outcome::Failed;
        if (!connected)
            result.serverVersion.clear();
        result.messages.clear();
        result.before = before;
        result.error = u"Could not count the rows"_s;
        const CleanupRunRecord record = toCleanupRunRecord(result);
        compareCommonFields(record, result);
        QCOMPARE(record.outcome, u"failed"_s);
        QCOMPARE(record.serverVersion.isEmpty(), !connected);
        QCOMPARE(record.rowsBefore, rowsBefore);
        QCOMPARE(record.eligibleRows, eligible);
        QCOMPARE(record.rowsAfter, -1);
        QCOMPARE(record.messages, u"Could not count the rows"_s);
        QCOMPARE(record.tables, tables);
    }

    void knobsSerialiseStably()
    {
        // Same knobs, inserted in another order: the same text.
        QMap<QString, QString> knobs;
        knobs.insert(u"safePeriod"_s, u"2"_s);
        knobs.insert(u"logLevel"_s, u"TRACE"_s);
        knobs.insert(u"batchSize"_s, u"10000"_s);
        QMap<QString, QString> reversed;
        reversed.insert(u"batchSize"_s, u"10000"_s);
        reversed.insert(u"logLevel"_s, u"TRACE"_s);
        reversed.insert(u"safePeriod"_s, u"2"_s);
        const QString text = cleanupKnobsToText(knobs);
        QCOMPARE(text, uR"({"batchSize":"10000","logLevel":"TRACE","safePeriod":"2"})"_s);
        QCOMPARE(cleanupKnobsToText(reversed), text);
        QCOMPARE(cleanupKnobsFromText(text), knobs);

        // Text values keep quotes, backslashes and non-ASCII exactly.
        const QMap<QString, QString> awkward { { u"note"_s, u"it's \"x\" \\ é\nnext"_s }, { u"empty"_s, QString() } };
        QCOMPARE(cleanupKnobsFromText(cleanupKnobsToText(awkward)), awkward);

        QCOMPARE(cleanupKnobsToText({}), u"{}"_s);
        QVERIFY(cleanupKnobsFromText(QString()).isEmpty()); // a row of an older file
        QVERIFY(cleanupKnobsFromText(u"not json"_s).isEmpty());
    }

    void tablesSerialiseStably()
    {
        const QList<CleanupTableRecord> tables { { kTokens, 100, 40, 60 }, { kCodes, 10, -1, -1 },
            { u"IDN_BIG"_s, 9'000'000'000'000, 0, 9'000'000'000'000 } };
        const QString text = cleanupTablesToText(tables);
        // Keys sorted, tables in the order counted, unknown counts null, big counts exact.
        QCOMPARE(text,
            uR"([{"eligible":40,"rows":100,"rowsAfter":60,"table":"IDN_OAUTH2_ACCESS_TOKEN"},)"
            uR"({"eligible":null,"rows":10,"rowsAfter":null,"table":"IDN_OAUTH2_AUTHORIZATION_CODE"},)"
            uR"({"eligible":0,"rows":9000000000000,"rowsAfter":9000000000000,"table":"IDN_BIG"}])"_s);
        QCOMPARE(cleanupTablesToText(tables), text);
        QCOMPARE(cleanupTablesFromText(text), tables);
        QCOMPARE(cleanupTablesToText({}), u"[]"_s);
        QVERIFY(cleanupTablesFromText(QString()).isEmpty());
        QVERIFY(cleanupTablesFromText(u"{"_s).isEmpty());
        // Hand-edited nonsense in a count reads as "not counted".
        QCOMPARE(cleanupTablesFromText(uR"([{"table":"T","rows":"5","eligible":-3,"rowsAfter":1.5}])"_s),
            (QList<CleanupTableRecord> { { u"T"_s, -1, -1, -1 } }));
    }

    // The runner fills the script path and the knobs before it needs a
    // server, so even a run refused at once is recorded with its settings.
    void runnerRecordsKnobsOfTheTextThatRan()
    {
        CleanupRequest request;
        request.target.name = u"identity_db"_s;
        request.script.path = u"/opt/is/dbscripts/identity/stored-procedures/oracle/token-cleanup.sql"_s;
        request.script.relativePath = u"oracle/token-cleanup.sql"_s;
        request.script.dialect = SqlDialect::Oracle; // not run yet: the runner stops before connecting
        request.script.procedureName = u"WSO2_TOKEN_CLEANUP_SP"_s;
        request.dryRun = true;
        request.scriptText = uR"(CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_SP IS
-- CONFIGURABLE VARIABLES
    batchSize INT := 10000;
    chunkSize INT := 500000;
    logLevel VARCHAR2(10) := 'TRACE';

    deleted INT := 0;
BEGIN
    batchSize := 5000;
    IF (deleted > 0) THEN
        deleted := 0;
    END IF;
END;
/
)"_s;
        CleanupRunner runner(request, DatabaseCredentials {});
        const CleanupResult result = runner.run();
        QCOMPARE(result.outcome, CleanupResult::Outcome::Failed);
        QCOMPARE(result.scriptPath, request.script.path);
        // batchSize is set twice: the later value is the one that runs.
        const QMap<QString, QString> expected { { u"batchSize"_s, u"5000"_s }, { u"chunkSize"_s, u"500000"_s },
            { u"logLevel"_s, u"TRACE"_s } };
        QCOMPARE(result.knobs, expected);
        const CleanupRunRecord record = toCleanupRunRecord(result);
        QCOMPARE(record.knobs, expected);
        QCOMPARE(record.scriptPath, request.script.path);
        QVERIFY(record.serverVersion.isEmpty());
        QVERIFY(record.tables.isEmpty());
    }

    void recordAndJournalLineNameServerVersionAndKnobs()
    {
        QTemporaryDir dir;
        MigrationProject project;
        project.createProject(dir.filePath(u"r.ismig"_s), u"Acme"_s);
        QVERIFY(waitOpened(project));
        QVERIFY(project.startRun(Tier::Development, {}, u"Ana"_s) > 0);
        CleanupResult result = baseResult(true);
        result.outcome = CleanupResult::Outcome::Completed;
        result.before = { { kTokens, 100, 40 } };
        result.knobs.insert(u"db_password"_s, u"Kn0bSecret"_s);
        result.knobs.insert(u"note"_s, u"client_secret=N0teSecret"_s);
        const qint64 id = recordCleanupRun(project, result);
        QVERIFY(id > 0);
        const CleanupRunRecord& record = project.cleanupRuns().last();
        QCOMPARE(record.id, id);
        QCOMPARE(record.serverVersion, u"PostgreSQL 17.2"_s);
        QCOMPARE(record.eligibleRows, 40);
        QCOMPARE(record.tables, (QList<CleanupTableRecord> { { kTokens, 100, 40, 60 } }));
        const JournalEntry& line = project.journal().last();
        QCOMPARE(line.event, u"cleanup.dry-run"_s);
        QVERIFY2(line.details.contains(u"PostgreSQL 17.2"_s), qPrintable(line.details));
        QVERIFY2(line.details.contains(u"knobs batchSize=10000, db_password=%1, note=client_secret=%1, safePeriod=2"_s.arg(kSecretMask)),
            qPrintable(line.details));
        QVERIFY2(line.details.contains(u"eligible 40"_s), qPrintable(line.details));
        QVERIFY2(!line.details.contains(u"Kn0bSecret"_s), qPrintable(line.details));
        QVERIFY2(!line.details.contains(u"N0teSecret"_s), qPrintable(line.details));
        project.waitForWrites();
    }
};

QTEST_GUILESS_MAIN(CleanupRecordTest)
#include "cleanuprecord_test.moc"
