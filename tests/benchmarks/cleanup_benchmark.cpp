// SPDX-License-Identifier: Apache-2.0
// The cleanup runner against psql on the same work: N access tokens (default
// 1,000,000, 90 % expired) in two schemas of the dbservers PostgreSQL; the
// runner (counts, install, CALL with notices, counts) in its own thread in
// one, `psql -f` (install, CALL) in the other. Prints both times, their
// ratio, and the longest stall of this process's event loop during the
// runner's run (a 1 ms timer: what the wizard's window would feel).
// Run: start the servers (bash tests/db/dbservers.sh start DIR), then
//   ISMW_DBSERVERS_ENV=DIR/servers.env build/dev/tests/benchmarks/cleanup_benchmark [N]
#include "../db/DbServers.h"

#include "database/CleanupRunner.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

int fail(const QString& message)
{
    std::fprintf(stderr, "cleanup_benchmark: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = app.arguments().size() > 1 ? app.arguments().at(1).toLongLong() : 1'000'000;
    const DbServers::Settings servers = DbServers::read();
    if (!servers.error.isEmpty())
        return fail(servers.error);
    const QString password = servers.value(u"PG"_s, u"PASSWORD"_s);
    const QString user = servers.value(u"PG"_s, u"USER"_s);
    const DbServers::Config config
        = DbServers::config(DbServers::tomlEntry(u"identity_db"_s, DbServers::url(servers, u"PG"_s), user, password));
    if (!config.error.isEmpty() || config.targets.isEmpty())
        return fail(config.error);
    const DatabaseTarget target = config.targets.first();
    auto opened = DatabaseConnection::open(target, DatabaseCredentials(user, password));
    if (!opened)
        return fail(opened.error().toString());
    std::unique_ptr<DatabaseConnection> admin = std::move(*opened);

    const QString script = applyKnobValues(cleanupSqlText(SqlDialect::PostgreSql, CleanupSql::TokenCleanup),
        SqlDialect::PostgreSql, { { u"sleepTime"_s, u"0"_s } })
                               .value_or(QString());
    const QStringList schemas { u"ismw_bench_runner"_s, u"ismw_bench_psql"_s };
    for (const QString& schema : schemas) {
        QSqlQuery query(admin->database());
        QStringList sql { u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(schema), u"CREATE SCHEMA %1"_s.arg(schema),
            u"SET search_path TO %1"_s.arg(schema) };
        for (const SqlStatement& statement : splitSqlScript(cleanupSqlText(SqlDialect::PostgreSql, CleanupSql::IdentitySchema), SqlDialect::PostgreSql))
            sql << statement.text;
        sql << u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD) SELECT 'id' || g, "
               u"CASE WHEN g % 10 = 0 THEN 'ACTIVE' ELSE 'EXPIRED' END, (now() AT TIME ZONE 'UTC') - interval '10 minutes', "
               u"3600000 FROM generate_series(1, %1) g"_s.arg(rows)
            << u"ANALYZE IDN_OAUTH2_ACCESS_TOKEN"_s;
        for (const QString& statement : std::as_const(sql))
            if (!query.exec(statement))
                return fail(query.lastError().text());
    }
    std::printf("%lld access tokens, %lld to remove, in each of two schemas\n", rows, rows - rows / 10);

    // The runner, in its own thread, while this thread's event loop ticks.
    CleanupRequest request;
    request.target = target;
    request.schema = schemas.at(0);
    request.scriptText = script;
    request.script.dialect = SqlDialect::PostgreSql;
    request.script.kind = u"token"_s;
    request.script.procedureName = cleanupSqlProcedure(SqlDialect::PostgreSql, CleanupSql::TokenCleanup);
    request.dryRun = false;
    CleanupRunner runner(std::move(request), DatabaseCredentials(user, password));
    QElapsedTimer clock;
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    int messages = 0;
    QTimer tick;
    tick.setInterval(1);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, sinceTick.restart());
    });
    QObject::connect(&runner, &CleanupRunner::message, [&messages](const QString&) { ++messages; });
    CleanupResult result;
    QEventLoop loop;
    QObject::connect(&runner, &CleanupRunner::finished, [&](const CleanupResult& r) {
        result = r;
        loop.quit();
    });
    clock.start();
    sinceTick.start();
    tick.start();
    runner.start();
    loop.exec();
    const qint64 runnerMs = clock.elapsed();
    tick.stop();
    if (result.outcome != CleanupResult::Outcome::Completed)
        return fail(u"runner: "_s + result.error);

    // psql -f with the same script and the CALL, in the other schema.
    QTemporaryFile file;
    if (!file.open())
        return fail(file.errorString());
    file.write(u"SET search_path TO %1;\n%2\nCALL %3();\n"_s.arg(schemas.at(1), script,
        cleanupSqlProcedure(SqlDialect::PostgreSql, CleanupSql::TokenCleanup)).toUtf8());
    file.flush();
    QProcess psql;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PGPASSWORD"_s, password); // the child's environment only, never printed
    psql.setProcessEnvironment(env);
    psql.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    clock.restart();
    psql.start(u"psql"_s, { u"-X"_s, u"-q"_s, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-h"_s, servers.value(u"PG"_s, u"HOST"_s), u"-p"_s,
                              servers.value(u"PG"_s, u"PORT"_s), u"-U"_s, user, u"-d"_s, servers.value(u"PG"_s, u"DATABASE"_s),
                              u"-f"_s, file.fileName() });
    if (!psql.waitForFinished(3'600'000) || psql.exitCode() != 0)
        return fail(u"psql: "_s + QString::fromUtf8(psql.readAllStandardError()).left(500));
    const qint64 psqlMs = clock.elapsed();

    std::printf("runner:  %lld ms (CALL %lld ms, %lld rows removed, %.0f rows/s, %d messages)\n", runnerMs,
        result.durationMs, result.rowsRemoved(), result.rowsPerSecond(), messages);
    std::printf("psql -f: %lld ms\n", psqlMs);
    std::printf("runner / psql: %.2f\n", psqlMs > 0 ? double(runnerMs) / double(psqlMs) : 0.0);
    std::printf("longest event-loop stall in this process during the run: %lld ms\n", longestStall);

    QSqlQuery query(admin->database());
    for (const QString& schema : schemas)
        query.exec(u"DROP SCHEMA %1 CASCADE"_s.arg(schema));
    return 0;
}
