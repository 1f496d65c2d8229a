// SPDX-License-Identifier: Apache-2.0
// `is-migration-cli cleanup` run as a script would run it, against the real
// PostgreSQL 17 and MariaDB 11.8 servers, on a sample IS home's scripts: a
// dry run counts and changes nothing, --execute removes exactly that, a wrong
// password exits 3 without showing it, --set changes a knob (and so the
// recorded sha256), --password-stdin reads the password a $secret{} hides.
#include "DbServers.h"

#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"
#include "demo/SampleHome.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

Run runCli(const QStringList& arguments, const QByteArray& input = {})
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("ISMW_CLI"));
    process.setArguments(arguments);
    process.start();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class CliCleanupTest : public QObject
{
    Q_OBJECT

    DbServers::Settings m_servers;
    QTemporaryDir m_dir;
    QString m_home;
    QString m_prefix;
    QString m_scratch;
    std::unique_ptr<DatabaseConnection> m_admin;
    std::unique_ptr<DatabaseConnection> m_db;

    bool pg() const { return m_prefix == "PG"_L1; }
    SqlDialect dialect() const { return pg() ? SqlDialect::PostgreSql : SqlDialect::MySql; }

    std::unique_ptr<DatabaseConnection> connect(const QString& db, QString* error)
    {
        const DbServers::Config cfg = DbServers::config(DbServers::tomlEntry(u"identity_db"_s,
            DbServers::url(m_servers, m_prefix, db), m_servers.value(m_prefix, u"USER"_s),
            m_servers.value(m_prefix, u"PASSWORD"_s)));
        if (!cfg.error.isEmpty() || cfg.targets.isEmpty()) {
            *error = cfg.error;
            return {};
        }
        auto credentials = credentialsFromConfig(cfg.targets.first(), cfg.document);
        if (!credentials) {
            *error = credentials.error();
            return {};
        }
        auto connection = DatabaseConnection::open(cfg.targets.first(), *credentials);
        if (!connection) {
            *error = connection.error().toString();
            return {};
        }
        return std::move(*connection);
    }

    QString exec(const QString& sql)
    {
        QSqlQuery query(m_db->database());
        return query.exec(sql) ? QString() : u"%1\n-- in: %2"_s.arg(query.lastError().text(), sql.left(300));
    }

    qint64 scalar(const QString& sql)
    {
        QSqlQuery query(m_db->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toLongLong();
    }

    QString prepare(const QString& prefix)
    {
        m_prefix = prefix;
        m_scratch = u"ismw_cli_%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        QString error;
        m_admin = connect({}, &error);
        if (!m_admin)
            return error;
        QSqlQuery admin(m_admin->database());
        if (!admin.exec((pg() ? u"CREATE SCHEMA %1"_s : u"CREATE DATABASE %1"_s).arg(m_scratch)))
            return admin.lastError().text();
        m_db = connect(pg() ? QString() : m_scratch, &error);
        if (!m_db)
            return error;
        if (pg())
            if (const QString failed = exec(u"SET search_path TO %1"_s.arg(m_scratch)); !failed.isEmpty())
                return failed;
        for (const SqlStatement& statement : splitSqlScript(cleanupSqlText(dialect(), CleanupSql::IdentitySchema), dialect()))
            if (const QString failed = exec(statement.text); !failed.isEmpty())
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
        const QString url = pg() ? DbServers::url(m_servers, m_prefix, {}, u"currentSchema=%1"_s.arg(m_scratch))
                                 : DbServers::url(m_servers, m_prefix, m_scratch);
        const QString path = m_dir.filePath(u"deployment-%1.toml"_s.arg(m_scratch));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(DbServers::tomlEntry(u"identity_db"_s, url, m_servers.value(m_prefix, u"USER"_s), password).toUtf8());
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

    void cleanup()
    {
        m_db.reset();
        if (m_admin) {
            QSqlQuery admin(m_admin->database());
            admin.exec(pg() ? u"DROP SCHEMA %1 CASCADE"_s.arg(m_scratch) : u"DROP DATABASE %1"_s.arg(m_scratch));
            m_admin.reset();
        }
    }

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
};

QTEST_GUILESS_MAIN(CliCleanupTest)
#include "cli_cleanup_test.moc"
