// SPDX-License-Identifier: Apache-2.0
// `is-migration-cli cleanup` run as a script would run it, against the real
// PostgreSQL 17 and MariaDB 11.8 servers, on a sample IS home's scripts: a
// dry run counts and changes nothing, --execute removes exactly that, a wrong
// password exits 3 without showing it, --set changes a knob (and so the
// recorded sha256), --password-stdin reads the password a $secret{} hides,
// the real server's version picks the script folder, a connection failure
// ends before any script is looked at, and SIGINT / SIGTERM cancel the
// procedure on the server and exit 130 / 143 with consistent counts.
#include "CliRunner.h"
#include "DbServers.h"

#include "database/DatabaseConnection.h"
#include "demo/CleanupSql.h"
#include "demo/SampleHome.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

// The cleanup can take a while on a loaded machine: two minutes.
struct Run : Test::CliRun
{
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return { Test::runCliWithInput(arguments, input, 120'000) };
}

} // namespace

class CliCleanupTest : public QObject
{
    Q_OBJECT

    DbServers::Settings m_servers;
    QTemporaryDir m_dir;
    QString m_home;
    QString m_prefix;
    DbServers::Scratch m_scratch; // the test's own database (MariaDB) or schema (PostgreSQL)

    bool pg() const { return m_prefix == "PG"_L1; }
    SqlDialect dialect() const { return pg() ? SqlDialect::PostgreSql : SqlDialect::MySql; }

    QString exec(const QString& sql) { return m_scratch.exec(sql); }
    qint64 scalar(const QString& sql) { return m_scratch.scalar(sql); }

    QString prepare(const QString& prefix)
    {
        m_prefix = prefix;
        if (const QString failed = m_scratch.create(prefix, u"ismw_cli_"_s); !failed.isEmpty())
            return failed;
        // 400 tokens, half of them to go (expired, or ended 5 h ago).
        return exec(pg() ? u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) "
                           u"SELECT 'id' || g, CASE g % 4 WHEN 1 THEN 'EXPIRED' ELSE 'ACTIVE' END, (now() AT TIME ZONE "
                           u"'UTC') - make_interval(mins => CASE g % 4 WHEN 2 THEN 300 ELSE 10 END), 3600000 FROM "
                           u"generate_series(1, 400) g"_s
                         : u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) "
                           u"SELECT CONCAT('id', seq), IF(seq % 4 = 1, 'EXPIRED', 'ACTIVE'), UTC_TIMESTAMP(6) - INTERVAL "
                           u"(CASE seq % 4 WHEN 2 THEN 300 ELSE 10 END) MINUTE, 3600000 FROM seq_1_to_400"_s);
    }

    // A deployment.toml with the scratch database and `password` as written.
    QString writeConfig(const QString& password)
    {
        const QString path = m_dir.filePath(u"deployment-%1.toml"_s.arg(m_scratch.name()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(m_scratch.tomlEntry(u"identity_db"_s, password).toUtf8());
        return path;
    }

    QStringList args(const QString& config, const QStringList& more) const
    {
        return QStringList { u"cleanup"_s, u"--config"_s, config, u"--database"_s, u"identity_db"_s, u"--scripts"_s, m_home,
                   u"--only"_s, u"token"_s, u"--set"_s, u"sleepTime=0"_s, u"--format"_s, u"json"_s }
            + more;
    }

    static QJsonObject first(const Run& run) { return run.json().value(u"results"_s).toArray().first().toObject(); }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = DbServers::read();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
        QVERIFY(m_dir.isValid());
        m_home = m_dir.filePath(u"wso2is-7.1.0"_s);
        QString error;
        QVERIFY2(writeSampleIsHome(m_home, u"7.1.0"_s, {}, &error), qPrintable(error));
    }

    void cleanup() { m_scratch.drop(); }

    void dryRunThenExecute_data()
    {
        QTest::addColumn<QString>("server");
        QTest::newRow("postgresql") << u"PG"_s;
        QTest::newRow("mariadb") << u"MY"_s;
    }
    void dryRunThenExecute()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString config = writeConfig(m_servers.value(m_prefix, u"PASSWORD"_s));

        const Run dry = runCli(args(config, { u"--dry-run"_s }));
        QVERIFY2(dry.exitCode == 1, qPrintable(dry.out + dry.err));
        QCOMPARE(first(dry).value(u"outcome"_s).toString(), u"completed"_s);
        QCOMPARE(first(dry).value(u"eligible"_s).toInteger(), 200);
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 400);

        const Run done = runCli(args(config, { u"--execute"_s }));
        QVERIFY2(done.exitCode == 1, qPrintable(done.out + done.err));
        QCOMPARE(first(done).value(u"rowsRemoved"_s).toInteger(), 200);
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 200);
        QVERIFY(!first(done).value(u"messages"_s).toArray().isEmpty());

        // Text mode: the procedure's progress on stderr.
        const Run again = runCli({ u"cleanup"_s, u"--config"_s, config, u"--database"_s, u"identity_db"_s, u"--scripts"_s,
            m_home + u"/dbscripts/identity/stored-procedures"_s, u"--only"_s, u"token"_s, u"--execute"_s });
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err)); // nothing left to remove
        QVERIFY2(again.err.contains(u"WSO2_TOKEN_CLEANUP_SP"_s), qPrintable(again.err));
    }

    // Without --only both the token and the session script run, in that order.
    void bothScriptsByDefault_data() { dryRunThenExecute_data(); }
    void bothScriptsByDefault()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QStringList arguments = args(writeConfig(m_servers.value(m_prefix, u"PASSWORD"_s)), { u"--dry-run"_s });
        arguments.remove(arguments.indexOf(u"--only"_s), 2);
        const Run run = runCli(arguments);
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        const QJsonArray results = run.json().value(u"results"_s).toArray();
        QCOMPARE(results.size(), 2);
        QVERIFY(results.at(0).toObject().value(u"script"_s).toString().contains(u"token"_s));
        QVERIFY(results.at(1).toObject().value(u"script"_s).toString().contains(u"session"_s));
        QCOMPARE(results.at(1).toObject().value(u"eligible"_s).toInteger(), 0); // no sessions stored
        QCOMPARE(results.at(1).toObject().value(u"tables"_s).toArray().size(), 5);
    }

    void wrongPasswordExits3_data() { dryRunThenExecute_data(); }
    void wrongPasswordExits3()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString wrong = u"Not-The-Password-99"_s;
        const Run run = runCli(args(writeConfig(wrong), { u"--dry-run"_s }));
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(first(run).value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY(!run.out.contains(wrong));
        QVERIFY(!run.err.contains(wrong));
    }

    void setChangesKnobAndSha_data() { dryRunThenExecute_data(); }
    void setChangesKnobAndSha()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString config = writeConfig(m_servers.value(m_prefix, u"PASSWORD"_s));
        QStringList plain = args(config, { u"--dry-run"_s });
        plain.remove(plain.indexOf(u"--set"_s), 2);
        const Run asShipped = runCli(plain);
        const Run tuned = runCli(args(config, { u"--dry-run"_s, u"--set"_s, u"batchSize=5000"_s }));
        QVERIFY2(asShipped.exitCode == 1 && tuned.exitCode == 1, qPrintable(asShipped.err + tuned.err));
        QFile file(m_home + u"/dbscripts/identity/stored-procedures/"_s + first(asShipped).value(u"script"_s).toString());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(first(asShipped).value(u"sha256"_s).toString().toLatin1(),
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QVERIFY(first(tuned).value(u"sha256"_s).toString() != first(asShipped).value(u"sha256"_s).toString());
        // A knob the script does not have is refused as bad input.
        QCOMPARE(runCli(args(config, { u"--dry-run"_s, u"--set"_s, u"batchSize=lots"_s })).exitCode, 2);
    }

    void passwordFromStdin_data() { dryRunThenExecute_data(); }
    void passwordFromStdin()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString config = writeConfig(u"$secret{identity_db_password}"_s);
        QCOMPARE(runCli(args(config, { u"--dry-run"_s })).exitCode, 2); // the vault cannot be read
        const Run run = runCli(args(config, { u"--dry-run"_s, u"--password-stdin"_s }),
            m_servers.value(m_prefix, u"PASSWORD"_s).toUtf8() + '\n');
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QCOMPARE(first(run).value(u"eligible"_s).toInteger(), 200);
    }

    // A home with PostgreSQL scripts for 9 (functions), 11+ (procedures) and
    // a made-up 99: on the real PostgreSQL 17 the 11+ folder must be taken.
    // Without the server's version discovery takes the newest (99), whose
    // script only raises an error, so this also proves the version was asked.
    void versionFolderFromTheServer()
    {
        const QString prepared = prepare(u"PG"_s);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString home = m_dir.filePath(u"versions-%1"_s.arg(m_scratch.name()));
        const QString root = home + u"/dbscripts/identity/stored-procedures/postgresql/"_s;
        const auto write = [](const QString& path, const QString& text) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) > 0;
        };
        QVERIFY(write(root + u"postgre-9x/token-cleanup/postgresql-token-cleanup.sql"_s,
            u"CREATE OR REPLACE FUNCTION WSO2_TOKEN_CLEANUP_SP() RETURNS void AS $$\nBEGIN\n"
            u"    RAISE EXCEPTION 'the postgre-9x script ran';\nEND;\n$$ LANGUAGE plpgsql;\n"_s));
        QVERIFY(write(root + u"postgre-11x/token-cleanup/postgresql-token-cleanup.sql"_s,
            cleanupSqlText(SqlDialect::PostgreSql, CleanupSql::TokenCleanup)));
        QVERIFY(write(root + u"postgre-99x/token-cleanup/postgresql-token-cleanup.sql"_s,
            u"CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_SP() LANGUAGE plpgsql AS $$\nBEGIN\n"
            u"    RAISE EXCEPTION 'the postgre-99x script ran';\nEND;\n$$;\n"_s));
        const QString config = writeConfig(m_servers.value(m_prefix, u"PASSWORD"_s));
        const QStringList common { u"cleanup"_s, u"--config"_s, config, u"--database"_s, u"identity_db"_s,
            u"--scripts"_s, home, u"--only"_s, u"token"_s, u"--set"_s, u"sleepTime=0"_s };

        const Run dry = runCli(common + QStringList { u"--dry-run"_s, u"--format"_s, u"json"_s });
        QVERIFY2(dry.exitCode == 1, qPrintable(dry.out + dry.err));
        QCOMPARE(dry.json().value(u"versionFolder"_s).toString(), u"postgresql/postgre-11x"_s);
        QVERIFY(dry.json().value(u"serverVersion"_s).toString().startsWith(m_servers.value(m_prefix, u"VERSION"_s).section(u'.', 0, 0)));
        QCOMPARE(dry.json().value(u"skippedFolders"_s).toArray(),
            QJsonArray({ u"postgresql/postgre-9x"_s, u"postgresql/postgre-99x"_s }));
        QCOMPARE(first(dry).value(u"script"_s).toString(), u"postgresql/postgre-11x/token-cleanup/postgresql-token-cleanup.sql"_s);
        QCOMPARE(first(dry).value(u"eligible"_s).toInteger(), 200);

        // Text: the chosen and the skipped folders on stderr, and the 11+ procedure really runs.
        const Run run = runCli(common + QStringList { u"--execute"_s });
        QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
        QVERIFY2(run.err.contains(u"from postgresql/postgre-11x"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Skipped postgresql/postgre-9x"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"Skipped postgresql/postgre-99x"_s), qPrintable(run.err));
        QVERIFY2(!run.err.contains(u"script ran"_s), qPrintable(run.err));
        QVERIFY2(run.out.contains(u"postgresql/postgre-11x/token-cleanup/postgresql-token-cleanup.sql: completed"_s),
            qPrintable(run.out));
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 200);
    }

    // A wrong password ends at the connection, before the scripts are looked
    // at: --scripts names no folder at all, which would be exit 2, yet the
    // exit is 3 with the server's own message naming host:port.
    void wrongPasswordEndsBeforeScripts_data() { dryRunThenExecute_data(); }
    void wrongPasswordEndsBeforeScripts()
    {
        QFETCH(QString, server);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString wrong = u"Not-The-Password-77"_s;
        const QString config = writeConfig(wrong);
        const QStringList arguments { u"cleanup"_s, u"--config"_s, config, u"--database"_s, u"identity_db"_s,
            u"--scripts"_s, m_dir.filePath(u"no-such-home"_s), u"--execute"_s };
        const QString endpoint = m_servers.value(m_prefix, u"HOST"_s) + u':' + m_servers.value(m_prefix, u"PORT"_s);

        const Run text = runCli(arguments);
        QCOMPARE(text.exitCode, 3);
        QVERIFY2(text.err.contains(endpoint), qPrintable(text.err));
        QVERIFY2(text.err.contains(u"refused the user name or password"_s), qPrintable(text.err));
        QVERIFY2(!text.err.contains(u"no-such-home"_s), qPrintable(text.err)); // the scripts were not looked at
        QVERIFY2(!text.err.contains(u"Running"_s), qPrintable(text.err));
        QVERIFY(!text.out.contains(wrong) && !text.err.contains(wrong));

        const Run json = runCli(arguments + QStringList { u"--format"_s, u"json"_s });
        QCOMPARE(json.exitCode, 3);
        QCOMPARE(json.json().value(u"problem"_s).toString(), u"connection"_s);
        QCOMPARE(first(json).value(u"outcome"_s).toString(), u"failed"_s);
        QCOMPARE(first(json).value(u"errorKind"_s).toString(), u"wrong-credentials"_s);
        QVERIFY(first(json).value(u"error"_s).toString().contains(endpoint));
        QVERIFY(!first(json).value(u"hint"_s).toString().isEmpty());
        QVERIFY(!json.out.contains(wrong) && !json.err.contains(wrong));
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), 400);
    }

    // Ctrl+C (or a CI job's SIGTERM) during --execute: the CLI cancels the
    // procedure on the server, waits for it, says what was done, exits
    // 130 / 143, and the database holds exactly the rows the counts say.
    void signalCancelsTheRun_data()
    {
        QTest::addColumn<QString>("server");
        QTest::addColumn<int>("signal");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("postgresql/SIGINT") << u"PG"_s << SIGINT << 130;
        QTest::newRow("mariadb/SIGINT") << u"MY"_s << SIGINT << 130;
        QTest::newRow("postgresql/SIGTERM") << u"PG"_s << SIGTERM << 143;
    }
    void signalCancelsTheRun()
    {
        QFETCH(QString, server);
        QFETCH(int, signal);
        QFETCH(int, exitCode);
        const QString prepared = prepare(server);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        // 4000 more tokens, half of them to go: with batches of 100 and 0.3 s
        // pauses the run takes several seconds, time enough to interrupt it.
        QVERIFY(exec(pg() ? u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) "
                            u"SELECT 'big' || g, CASE g % 4 WHEN 1 THEN 'EXPIRED' ELSE 'ACTIVE' END, (now() AT TIME ZONE "
                            u"'UTC') - make_interval(mins => CASE g % 4 WHEN 2 THEN 300 ELSE 10 END), 3600000 FROM "
                            u"generate_series(1, 4000) g"_s
                          : u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) "
                            u"SELECT CONCAT('big', seq), IF(seq % 4 = 1, 'EXPIRED', 'ACTIVE'), UTC_TIMESTAMP(6) - INTERVAL "
                            u"(CASE seq % 4 WHEN 2 THEN 300 ELSE 10 END) MINUTE, 3600000 FROM seq_1_to_4000"_s)
                     .isEmpty());
        const qint64 tokensBefore = scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s);
        QCOMPARE(tokensBefore, 4400);
        const QString password = m_servers.value(m_prefix, u"PASSWORD"_s);

        QProcess process;
        process.setProgram(qEnvironmentVariable("ISMW_CLI"));
        process.setArguments({ u"cleanup"_s, u"--config"_s, writeConfig(password), u"--database"_s, u"identity_db"_s,
            u"--scripts"_s, m_home, u"--execute"_s, u"--set"_s, u"sleepTime=0.3"_s, u"--set"_s, u"batchSize=100"_s });
        process.start();
        QVERIFY(process.waitForStarted());
        process.closeWriteChannel();
        QString err;
        // The first batch the procedure reports: the CALL is running on the server.
        QVERIFY(QTest::qWaitFor(
            [&] {
                err += QString::fromUtf8(process.readAllStandardError());
                return err.contains(u"batch removed"_s) || process.state() == QProcess::NotRunning;
            },
            60'000));
        QVERIFY2(process.state() == QProcess::Running, qPrintable(err));
        QCOMPARE(::kill(pid_t(process.processId()), signal), 0);
        QVERIFY2(process.waitForFinished(60'000), qPrintable(err));
        err += QString::fromUtf8(process.readAllStandardError());
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const QString both = out + u"\n---\n"_s + err;
        if (qEnvironmentVariableIsSet("ISMW_SHOW_PROGRESS"))
            qInfo().noquote() << both;
        QVERIFY2(process.exitStatus() == QProcess::NormalExit, qPrintable(both)); // handled, not killed by it
        QVERIFY2(process.exitCode() == exitCode, qPrintable(u"exit %1\n%2"_s.arg(process.exitCode()).arg(both)));
        QVERIFY2(err.contains(u"Cancelling"_s), qPrintable(both));
        QVERIFY2(err.contains(signal == SIGINT ? u"Cancelled by SIGINT"_s : u"Cancelled by SIGTERM"_s), qPrintable(both));
        QVERIFY2(out.contains(u"token-cleanup.sql: cancelled"_s), qPrintable(both));
        QVERIFY2(out.contains(u"sessiondata-cleanup.sql: not run"_s), qPrintable(both)); // the next script did not start
        QVERIFY(!out.contains(password) && !err.contains(password));

        // Counts add up: before − removed = after, as the output says and the database holds.
        static const QRegularExpression counts(u"rows before (\\d+), after (\\d+)"_s);
        static const QRegularExpression removedLine(u"(\\d+) rows removed"_s);
        const QRegularExpressionMatch match = counts.match(out);
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const qint64 before = match.captured(1).toLongLong();
        const qint64 after = match.captured(2).toLongLong();
        const qint64 removed = removedLine.match(out).captured(1).toLongLong();
        QCOMPARE(before, tokensBefore); // tokens, and no codes
        QCOMPARE(before - removed, after);
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s), after);
        QVERIFY2(removed >= 100 && removed < 2200, qPrintable(out));
        QCOMPARE(removed % 100, 0); // whole batches only: the one in flight was rolled back
        // Nothing but eligible rows went: the 2200 fresh tokens are all there.
        QCOMPARE(scalar(u"SELECT count(*) FROM IDN_OAUTH2_ACCESS_TOKEN WHERE TOKEN_STATE = 'ACTIVE' AND TIME_CREATED > %1"_s.arg(
                     pg() ? u"(now() AT TIME ZONE 'UTC') - interval '200 minutes'"_s : u"UTC_TIMESTAMP() - INTERVAL 200 MINUTE"_s)),
            2200);
        // The server is idle again: nothing of the CALL still runs.
        QCOMPARE(scalar(pg() ? u"SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'CALL WSO2%' AND state = 'active'"_s
                             : u"SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE 'CALL WSO2%'"_s),
            0);
    }
};

QTEST_GUILESS_MAIN(CliCleanupTest)
#include "cli_cleanup_test.moc"
