// SPDX-License-Identifier: Apache-2.0
// CleanupRunner on the real PostgreSQL 17 and MariaDB 11.8 servers, with the
// project's own schema and procedures (resources/cleanup-sql/): the dry run
// counts exactly what the CALL then removes, progress arrives while the CALL
// runs, a cancel stops it between batches and leaves every remaining row and
// the backup consistent, a broken script fails at its line, a wrong password
// fails without the password in sight, and a killed server connection ends in
// "failed" naming the server. Each test has a database (MariaDB) or schema
// (PostgreSQL) of its own, dropped afterwards.
#include "DbServers.h"

#include "database/CleanupRunner.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"
#include "project/MigrationProject.h"
#include "project/ProjectTypes.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

class CleanupRunnerTest : public QObject
{
    Q_OBJECT

    DbServers::Settings m_servers;
    DbServers::Scratch m_scratch; // the test's own database (MariaDB) or schema (PostgreSQL)
    QString m_prefix;

    bool pg() const { return m_prefix == "PG"_L1; }
    SqlDialect dialect() const { return pg() ? SqlDialect::PostgreSql : SqlDialect::MySql; }
    QString database() const { return pg() ? QString() : m_scratch.name(); }

    DbServers::Config config(const QString& password) const
    {
        return DbServers::config(DbServers::tomlEntry(u"identity_db"_s, DbServers::url(m_servers, m_prefix, database()),
            m_servers.value(m_prefix, u"USER"_s), password));
    }

    QString exec(const QString& sql) { return m_scratch.exec(sql); }
    qint64 scalar(const QString& sql) { return m_scratch.scalar(sql); }

    QString prepare(const QString& prefix)
    {
        m_prefix = prefix;
        return m_scratch.create(prefix, u"ismw_runner_"_s);
    }

    // n tokens: a quarter EXPIRED, a quarter ACTIVE that ended 4 h ago (both
    // go), a quarter fresh, a quarter ended 30 min ago (within the safe
    // period); 8 authorization codes the same way.
    QString insertTokens(int n)
    {
        const QString minutes = u"CASE %1 % 4 WHEN 0 THEN 10 WHEN 1 THEN 600 WHEN 2 THEN 300 ELSE 90 END"_s;
        const auto tokens = [&](const QString& table, const QString& idCol, const QString& stateCol, int count) {
            return pg() ? u"INSERT INTO %1 (%2, %3, TIME_CREATED, VALIDITY_PERIOD) SELECT 'id' || g, CASE g % 4 WHEN 1 "
                          u"THEN 'EXPIRED' ELSE 'ACTIVE' END, (now() AT TIME ZONE 'UTC') - make_interval(mins => %4), "
                          u"3600000 FROM generate_series(1, %5) g"_s.arg(table, idCol, stateCol, minutes.arg(u"g"_s))
                              .arg(count)
                        : u"INSERT INTO %1 (%2, %3, TIME_CREATED, VALIDITY_PERIOD) SELECT CONCAT('id', seq), IF(seq % 4 = 1, "
                          u"'EXPIRED', 'ACTIVE'), UTC_TIMESTAMP(6) - INTERVAL (%4) MINUTE, 3600000 FROM seq_1_to_%5"_s
                              .arg(table, idCol, stateCol, minutes.arg(u"seq"_s))
                              .arg(count);
        };
        if (QString failed = exec(tokens(u"IDN_OAUTH2_ACCESS_TOKEN"_s, u"TOKEN_ID"_s, u"TOKEN_STATE"_s, n)); !failed.isEmpty())
            return failed;
        return exec(tokens(u"IDN_OAUTH2_AUTHORIZATION_CODE"_s, u"CODE_ID"_s, u"STATE"_s, 8));
    }

    // 30 sessions: a third expired 3 h ago, a third alive, a third of an older
    // release (no EXPIRY_TIME) 20 days old; each with a user mapping and a
    // federated mapping 5 h old.
    QString insertSessions()
    {
        const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        const qint64 minuteNs = 60'000'000'000LL;
        for (int i = 1; i <= 30; ++i) {
            const QString expiry = i % 3 == 0 ? QString::number(nowNs - 180 * minuteNs)
                : i % 3 == 1                  ? QString::number(nowNs + 60 * minuteNs)
                                              : u"NULL"_s;
            const qint64 created = i % 3 == 2 ? nowNs - 20 * 1440 * minuteNs : nowNs - 600 * minuteNs;
            const QString fedTime = pg() ? u"(now() AT TIME ZONE 'UTC') - interval '5 hours'"_s
                                         : u"UTC_TIMESTAMP(6) - INTERVAL 5 HOUR"_s;
            for (const QString& sql :
                { u"INSERT INTO IDN_AUTH_SESSION_STORE (SESSION_ID, SESSION_TYPE, OPERATION, TIME_CREATED, EXPIRY_TIME) "
                  u"VALUES ('s%1', 'AppAuthFrameworkSessionContextCache', 'STORE', %2, %3)"_s.arg(i).arg(created).arg(expiry),
                    u"INSERT INTO IDN_AUTH_USER_SESSION_MAPPING (USER_ID, SESSION_ID) VALUES ('u', 's%1')"_s.arg(i),
                    u"INSERT INTO IDN_FED_AUTH_SESSION_MAPPING (IDP_SESSION_ID, SESSION_ID, IDP_NAME, TIME_CREATED) "
                    u"VALUES ('idp%1', 's%1', 'google', %2)"_s.arg(i).arg(fedTime) })
                if (const QString failed = exec(sql); !failed.isEmpty())
                    return failed;
        }
        return {};
    }

    CleanupRequest request(CleanupSql which, bool dryRun, const QMap<QString, QString>& knobs = {})
    {
        CleanupRequest out;
        out.target = config(u"unused"_s).targets.value(0);
        out.schema = pg() ? m_scratch.name() : QString();
        const QString text = cleanupSqlText(dialect(), which);
        out.scriptText = knobs.isEmpty() ? text : applyKnobValues(text, dialect(), knobs).value_or(QString());
        out.script.dialect = dialect();
        out.script.kind = which == CleanupSql::TokenCleanup ? u"token"_s : u"session"_s;
        out.script.procedureName = cleanupSqlProcedure(dialect(), which);
        out.script.relativePath = cleanupSqlHomePath(dialect(), which);
        out.dryRun = dryRun;
        return out;
    }

    DatabaseCredentials credentials(const QString& password = {}) const
    {
        return DatabaseCredentials(m_servers.value(m_prefix, u"USER"_s),
            password.isEmpty() ? m_servers.value(m_prefix, u"PASSWORD"_s) : password);
    }

    // Runs in the runner's own thread and waits, as the wizard's page does.
    CleanupResult runThreaded(CleanupRunner& runner, int timeoutMs = 60'000)
    {
        QSignalSpy finished(&runner, &CleanupRunner::finished);
        runner.start();
        // Not finished.wait(): a quick run may emit before wait() listens,
        // and wait() only counts emissions that come while it waits.
        if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, timeoutMs))
            return {};
        return finished.first().first().value<CleanupResult>();
    }

    static void addServers()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("postgresql") << u"PG"_s;
        QTest::newRow("mariadb") << u"MY"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = DbServers::read();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    }

    void cleanup() { m_scratch.drop(); }

    void dryRunCountsWhatTheRunRemoves_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("script");
        for (const auto& [name, prefix] : { std::pair { "postgresql", "PG" }, std::pair { "mariadb", "MY" } }) {
            QTest::addRow("%s/token", name) << QString::fromLatin1(prefix) << int(CleanupSql::TokenCleanup);
            QTest::addRow("%s/session", name) << QString::fromLatin1(prefix) << int(CleanupSql::SessionCleanup);
        }
    }
    void dryRunCountsWhatTheRunRemoves()
    {
        QFETCH(QString, server);
        QFETCH(int, script);
        const auto which = CleanupSql(script);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString inserted = which == CleanupSql::TokenCleanup ? insertTokens(400) : insertSessions();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        const QMap<QString, QString> knobs { { u"sleepTime"_s, u"0"_s }, { u"batchSize"_s, u"50"_s } };

        CleanupRunner dry(request(which, true, knobs), credentials());
        const CleanupResult preview = runThreaded(dry);
        QCOMPARE(cleanupOutcomeKey(preview.outcome), u"completed"_s);
        QVERIFY2(preview.error.isEmpty(), qPrintable(preview.error));
        QVERIFY(preview.eligibleRows() > 0);
        QVERIFY(preview.eligibleRows() < preview.rowsBefore());
        QVERIFY(preview.after.isEmpty());
        QVERIFY(preview.serverVersion.startsWith(pg() ? u"PostgreSQL"_s : u"MariaDB"_s));
        if (which == CleanupSql::TokenCleanup)
            QCOMPARE(preview.before.first().eligible, 200); // half of the 400 tokens
        else
            QCOMPARE(preview.before.first().eligible, 20); // two thirds of the 30 sessions

        // The dry run changed nothing (and created no procedure).
        CleanupRunner again(request(which, true, knobs), credentials());
        const CleanupResult second = runThreaded(again);
        QCOMPARE(second.rowsBefore(), preview.rowsBefore());
        QCOMPARE(second.eligibleRows(), preview.eligibleRows());

        CleanupRunner real(request(which, false, knobs), credentials());
        const CleanupResult done = runThreaded(real);
        QVERIFY2(done.outcome == CleanupResult::Outcome::Completed, qPrintable(done.error));
        QCOMPARE(done.before.size(), preview.before.size());
        QCOMPARE(done.after.size(), preview.before.size());
        for (qsizetype i = 0; i < done.before.size(); ++i) {
            QCOMPARE(done.before.at(i).table, preview.before.at(i).table);
            QCOMPARE(done.before.at(i).rows - done.after.at(i).rows, preview.before.at(i).eligible);
        }
        QCOMPARE(done.rowsRemoved(), preview.eligibleRows());
        QCOMPARE(done.sha256,
            QCryptographicHash::hash(request(which, false, knobs).scriptText.toUtf8(), QCryptographicHash::Sha256).toHex());
        QVERIFY(done.sha256 != QCryptographicHash::hash(cleanupSqlText(dialect(), which).toUtf8(), QCryptographicHash::Sha256).toHex());

        const CleanupRunRecord record = toCleanupRunRecord(done);
        QCOMPARE(record.outcome, u"completed"_s);
        QCOMPARE(record.rowsBefore - record.rowsAfter, preview.eligibleRows());
        QCOMPARE(record.scriptSha256.toLatin1(), done.sha256);
        QVERIFY(!record.messages.contains(m_servers.value(m_prefix, u"PASSWORD"_s)));
    }

    // The result goes into the project as a cleanup run and one journal line,
    // with the counts and the sha256 and without the password.
    void resultIsRecordedInTheProject()
    {
        const QString prepared = prepare(u"PG"_s);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QVERIFY2(insertTokens(40).isEmpty(), "insert");
        CleanupRunner runner(request(CleanupSql::TokenCleanup, false, { { u"sleepTime"_s, u"0"_s } }), credentials());
        const CleanupResult result = runThreaded(runner);
        QVERIFY2(result.outcome == CleanupResult::Outcome::Completed, qPrintable(result.error));

        QTemporaryDir dir;
        MigrationProject project;
        QSignalSpy opened(&project, &MigrationProject::opened);
        project.createProject(dir.filePath(u"m.ismig"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 10'000);
        QCOMPARE(recordCleanupRun(project, result), 0); // no run started: nothing recorded
        QVERIFY(project.startRun(Tier::Development, {}, u"Ana"_s) > 0);
        const qsizetype journalBefore = project.journal().size();
        QVERIFY(recordCleanupRun(project, result) > 0);
        const CleanupRunRecord& record = project.cleanupRuns().last();
        QCOMPARE(record.outcome, u"completed"_s);
        QCOMPARE(record.dryRun, false);
        QCOMPARE(record.rowsBefore, 48);
        QCOMPARE(record.rowsAfter, 48 - 20 - 4); // half the tokens, half the codes
        QCOMPARE(record.scriptSha256.toLatin1(), result.sha256);
        QVERIFY(record.messages.contains(u"WSO2_TOKEN_CLEANUP_SP"_s));
        QCOMPARE(project.journal().size(), journalBefore + 1);
        QCOMPARE(project.journal().last().event, u"cleanup.run"_s);
        QVERIFY(project.journal().last().details.contains(QString::fromLatin1(result.sha256)));
        const QString password = m_servers.value(m_prefix, u"PASSWORD"_s);
        QVERIFY(!record.messages.contains(password) && !project.journal().last().details.contains(password));
        project.waitForWrites();
    }

    void messagesArriveDuringTheRun_data() { addServers(); }
    void messagesArriveDuringTheRun()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QVERIFY2(insertTokens(400).isEmpty(), "insert");
        // 200 tokens in batches of 20 with 0.2 s pauses: about 2 s.
        CleanupRunner runner(request(CleanupSql::TokenCleanup, false,
                                 { { u"sleepTime"_s, u"0.2"_s }, { u"batchSize"_s, u"20"_s } }),
            credentials());
        QElapsedTimer clock;
        clock.start();
        QList<qint64> arrivals; // in this (the test's, "GUI") thread
        qint64 finishedAt = -1;
        QObject::connect(&runner, &CleanupRunner::message, this, [&](const QString&) { arrivals << clock.elapsed(); });
        QObject::connect(&runner, &CleanupRunner::finished, this, [&](const CleanupResult&) { finishedAt = clock.elapsed(); });
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(finishedAt >= 0, 60'000);
        QVERIFY(arrivals.size() >= 10);
        QVERIFY2(finishedAt - arrivals.first() >= 1000,
            qPrintable(u"first message at %1 ms, finished at %2 ms"_s.arg(arrivals.first()).arg(finishedAt)));
    }

    void cancelStopsBetweenBatches_data() { addServers(); }
    void cancelStopsBetweenBatches()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QVERIFY2(insertTokens(4000).isEmpty(), "insert");
        const QMap<QString, QString> knobs { { u"sleepTime"_s, u"0.3"_s }, { u"batchSize"_s, u"100"_s },
            { u"backupTables"_s, u"TRUE"_s } };
        CleanupRunner runner(request(CleanupSql::TokenCleanup, false, knobs), credentials());
        int batches = 0;
        QObject::connect(&runner, &CleanupRunner::message, this, [&](const QString& text) {
            if (text.contains(u"batch removed"_s))
                ++batches;
        });
        QSignalSpy finished(&runner, &CleanupRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(batches >= 3, 30'000);
        runner.cancel(); // from this thread, while the worker is blocked in the CALL
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000); // emitted perhaps before we look
        const CleanupResult result = finished.first().first().value<CleanupResult>();
        if (result.outcome != CleanupResult::Outcome::Cancelled)
            qWarning().noquote() << result.messages.join(u'\n');
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"cancelled"_s);
        QVERIFY2(!result.error.isEmpty(), "the result says what the cancel left");
        const qint64 removed = result.rowsRemoved();
        QVERIFY2(removed >= 300 && removed < 2000, qPrintable(QString::number(removed)));
        QCOMPARE(removed % 100, 0); // whole batches only: the one in flight was rolled back
        QCOMPARE(result.after.at(1).rows, result.before.at(1).rows); // the codes were not reached

        // Only eligible rows went, and the backup holds exactly them.
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN WHERE TOKEN_STATE = 'ACTIVE' AND TIME_CREATED > %1"_s.arg(
                     pg() ? u"(now() AT TIME ZONE 'UTC') - interval '200 minutes'"_s : u"UTC_TIMESTAMP() - INTERVAL 200 MINUTE"_s)),
            2000);
        QCOMPARE(scalar(pg() ? u"SELECT count(*) FROM bak_idn_oauth2_access_token"_s
                             : u"SELECT count(*) FROM BAK_IDN_OAUTH2_ACCESS_TOKEN"_s),
            removed);
        QCOMPARE(scalar(pg() ? u"SELECT count(*) FROM bak_idn_oauth2_access_token b JOIN IDN_OAUTH2_ACCESS_TOKEN t ON t.TOKEN_ID = b.TOKEN_ID"_s
                             : u"SELECT count(*) FROM BAK_IDN_OAUTH2_ACCESS_TOKEN b JOIN IDN_OAUTH2_ACCESS_TOKEN t ON t.TOKEN_ID = b.TOKEN_ID"_s),
            0);
        // The server is idle again: nothing of the CALL still runs.
        QCOMPARE(scalar(pg() ? u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CALL WSO2%' AND state = 'active'"_s
                             : u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CALL WSO2%'"_s),
            0);
    }

    void syntaxErrorFailsWithTheLine_data() { addServers(); }
    void syntaxErrorFailsWithTheLine()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        CleanupRequest broken = request(CleanupSql::TokenCleanup, false);
        const int line = int(broken.scriptText.count(u'\n')) + 2;
        broken.scriptText += u"\nSELEC oops FROM nowhere;\n"_s;
        CleanupRunner runner(std::move(broken), credentials());
        const CleanupResult result = runThreaded(runner);
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"failed"_s);
        QCOMPARE(result.errorLine, line);
        QVERIFY2(result.error.contains(QString::number(line)), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"SELEC"_s), qPrintable(result.error)); // the server's own words
    }

    void wrongPasswordFailsCleanly_data() { addServers(); }
    void wrongPasswordFailsCleanly()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString wrong = u"Wr0ng-Secret-4711"_s;
        CleanupRunner runner(request(CleanupSql::TokenCleanup, false), credentials(wrong));
        const CleanupResult result = runThreaded(runner);
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"failed"_s);
        QVERIFY(!result.error.isEmpty());
        QVERIFY(result.before.isEmpty());
        QVERIFY(!result.error.contains(wrong));
        QVERIFY(!toCleanupRunRecord(result).messages.contains(wrong));
    }

    void killedConnectionFails_data() { addServers(); }
    void killedConnectionFails()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QVERIFY2(insertTokens(4000).isEmpty(), "insert");
        CleanupRunner runner(request(CleanupSql::TokenCleanup, false,
                                 { { u"sleepTime"_s, u"0.3"_s }, { u"batchSize"_s, u"100"_s } }),
            credentials());
        int batches = 0;
        QObject::connect(&runner, &CleanupRunner::message, this, [&](const QString& text) {
            if (text.contains(u"batch removed"_s))
                ++batches;
        });
        QSignalSpy finished(&runner, &CleanupRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(batches >= 2, 30'000);
        // As if the server went away: end the run's backend from outside.
        if (pg()) {
            QCOMPARE(scalar(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'CALL WSO2%' "
                            u"AND pid <> pg_backend_pid()"_s),
                1);
        } else {
            const qint64 id = scalar(u"SELECT ID FROM information_schema.PROCESSLIST WHERE DB = '%1' AND ID <> CONNECTION_ID()"_s.arg(m_scratch.name()));
            QVERIFY(id > 0);
            QVERIFY(exec(u"KILL CONNECTION %1"_s.arg(id)).isEmpty());
        }
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000); // emitted perhaps before we look
        const CleanupResult result = finished.first().first().value<CleanupResult>();
        QCOMPARE(cleanupOutcomeKey(result.outcome), u"failed"_s);
        QVERIFY(result.after.isEmpty()); // nothing half-counted
        QCOMPARE(toCleanupRunRecord(result).rowsAfter, -1);
        const QString port = m_servers.value(m_prefix, u"PORT"_s);
        QVERIFY2(result.error.contains(port), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"lost"_s), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(CleanupRunnerTest)
#include "cleanuprunner_test.moc"
