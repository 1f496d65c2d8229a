// SPDX-License-Identifier: Apache-2.0
#include "database/CleanupRunner.h"

#include "database/DatabaseConnection.h"
#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"
#include "project/MigrationProject.h"
#include "project/ProjectTypes.h"
#include "secrets/SecretRedactor.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// The integer a knob of the script is set to, or `fallback` when the script
// has no such knob. Knob values are literals in the script text, so reading
// them is how the dry run uses the same safe period as the procedure.
int knobInt(const QList<ScriptKnob>& knobs, QStringView name, int fallback, bool* found)
{
    for (const ScriptKnob& knob : knobs) {
        if (knob.overridden || (knob.name.compare(name, Qt::CaseInsensitive) != 0
                                   && knob.knownName.compare(name, Qt::CaseInsensitive) != 0))
            continue;
        bool ok = false;
        const int value = knob.plainValue.trimmed().toInt(&ok);
        if (ok) {
            *found = true;
            return value;
        }
    }
    *found = false;
    return fallback;
}

// One table and the condition (on alias t) under which the procedure removes a row.
struct TableRule
{
    QString table;
    QString condition;
};

// The conditions of resources/cleanup-sql/*/token-cleanup.sql and
// sessiondata-cleanup.sql, written the same way per dialect (same cut-off
// arithmetic) so that the dry run counts what the CALL deletes.
QList<TableRule> rulesFor(const QString& kind, SqlDialect dialect, int safePeriod, int legacyDays)
{
    const bool pg = dialect == SqlDialect::PostgreSql;
    const QString sp = QString::number(safePeriod);
    const QString cutOff = pg ? u"((now() AT TIME ZONE 'UTC') - make_interval(hours => %1))"_s.arg(sp)
                              : u"(UTC_TIMESTAMP(6) - INTERVAL %1 HOUR)"_s.arg(sp);
    auto ended = [&](const QString& validity, const QString& created) {
        return pg ? u"(%1 >= 0 AND %1 < extract(epoch FROM %3 - %2) * 1000)"_s.arg(validity, created, cutOff)
                  : u"(%1 >= 0 AND %1 < TIMESTAMPDIFF(MICROSECOND, %2, %3) DIV 1000)"_s.arg(validity, created, cutOff);
    };
    if (kind == "token"_L1) {
        return {
            { u"IDN_OAUTH2_ACCESS_TOKEN"_s,
                u"(t.TOKEN_STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED') OR (t.TOKEN_STATE = 'ACTIVE' AND %1 AND "
                u"(t.REFRESH_TOKEN_TIME_CREATED IS NULL OR %2)))"_s.arg(ended(u"t.VALIDITY_PERIOD"_s, u"t.TIME_CREATED"_s),
                    ended(u"t.REFRESH_TOKEN_VALIDITY_PERIOD"_s, u"t.REFRESH_TOKEN_TIME_CREATED"_s)) },
            { u"IDN_OAUTH2_AUTHORIZATION_CODE"_s,
                u"(t.STATE IN ('INACTIVE', 'REVOKED', 'EXPIRED') OR (t.STATE = 'ACTIVE' AND %1))"_s.arg(
                    ended(u"t.VALIDITY_PERIOD"_s, u"t.TIME_CREATED"_s)) },
        };
    }
    if (kind == "session"_L1) {
        const QString nowNs = pg ? u"(extract(epoch FROM clock_timestamp()) * 1000000000)::bigint"_s
                                 : u"(CAST(FLOOR(UNIX_TIMESTAMP(UTC_TIMESTAMP(6)) * 1000000) AS SIGNED) * 1000)"_s;
        const QString cutNs = pg ? u"(%1 - %2::bigint * 3600 * 1000000000)"_s.arg(nowNs, sp)
                                 : u"(%1 - %2 * 3600 * 1000000000)"_s.arg(nowNs, sp);
        const QString legacyNs = pg ? u"(%1 - %2::bigint * 86400 * 1000000000)"_s.arg(nowNs).arg(legacyDays)
                                    : u"(%1 - %2 * 86400 * 1000000000)"_s.arg(nowNs).arg(legacyDays);
        const QString storeGoes = u"((s.EXPIRY_TIME IS NOT NULL AND s.EXPIRY_TIME < %1) OR "
                                  u"(s.EXPIRY_TIME IS NULL AND s.TIME_CREATED < %2))"_s.arg(cutNs, legacyNs);
        // A session's mappings go when this run removes its last store row.
        const QString sessionGone
            = u"(EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s WHERE s.SESSION_ID = t.SESSION_ID AND %1) AND "
              u"NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s WHERE s.SESSION_ID = t.SESSION_ID AND NOT %1))"_s.arg(
                  storeGoes);
        return {
            { u"IDN_AUTH_SESSION_STORE"_s, QString(storeGoes).replace(u"s."_s, u"t."_s) },
            { u"IDN_AUTH_USER_SESSION_MAPPING"_s, sessionGone },
            { u"IDN_AUTH_SESSION_APP_INFO"_s, sessionGone },
            { u"IDN_AUTH_SESSION_META_DATA"_s, sessionGone },
            { u"IDN_FED_AUTH_SESSION_MAPPING"_s,
                u"(t.TIME_CREATED < %1 AND NOT EXISTS (SELECT 1 FROM IDN_AUTH_SESSION_STORE s WHERE "
                u"s.SESSION_ID = t.SESSION_ID AND NOT %2))"_s.arg(cutOff, storeGoes) },
        };
    }
    return {};
}

QString pgQuoteIdent(const QString& name)
{
    return u'"' + QString(name).replace(u"\""_s, u"\"\""_s) + u'"';
}

} // namespace

qint64 CleanupResult::rowsBefore() const
{
    if (before.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const CleanupTableCount& count : before) {
        if (count.rows < 0)
            return -1;
        sum += count.rows;
    }
    return sum;
}

qint64 CleanupResult::rowsAfter() const
{
    if (after.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const CleanupTableCount& count : after) {
        if (count.rows < 0)
            return -1;
        sum += count.rows;
    }
    return sum;
}

qint64 CleanupResult::eligibleRows() const
{
    if (before.isEmpty())
        return -1;
    qint64 sum = 0;
    for (const CleanupTableCount& count : before) {
        if (count.eligible < 0)
            return -1;
        sum += count.eligible;
    }
    return sum;
}

qint64 CleanupResult::rowsRemoved() const
{
    const qint64 b = rowsBefore();
    const qint64 a = rowsAfter();
    return b < 0 || a < 0 ? -1 : b - a;
}

double CleanupResult::rowsPerSecond() const
{
    const qint64 removed = rowsRemoved();
    return removed <= 0 || durationMs <= 0 ? 0.0 : double(removed) * 1000.0 / double(durationMs);
}

QString cleanupOutcomeKey(CleanupResult::Outcome outcome)
{
    switch (outcome) {
    case CleanupResult::Outcome::Completed:
        return u"completed"_s;
    case CleanupResult::Outcome::Cancelled:
        return u"cancelled"_s;
    case CleanupResult::Outcome::Failed:
        break;
    }
    return u"failed"_s;
}

CleanupRunRecord toCleanupRunRecord(const CleanupResult& result)
{
    CleanupRunRecord record;
    record.databaseName = result.databaseName;
    record.scriptName = result.scriptName;
    record.scriptSha256 = QString::fromLatin1(result.sha256);
    record.dryRun = result.dryRun;
    record.rowsBefore = result.rowsBefore();
    // A dry run changes nothing: "after" is what would be left.
    record.rowsAfter = result.dryRun && result.rowsBefore() >= 0 && result.eligibleRows() >= 0
        ? result.rowsBefore() - result.eligibleRows()
        : result.rowsAfter();
    record.durationMs = result.durationMs;
    record.outcome = cleanupOutcomeKey(result.outcome);
    QStringList lines = result.messages;
    if (!result.error.isEmpty())
        lines << result.error;
    record.messages = lines.join(u'\n');
    record.serverVersion = result.serverVersion;
    record.scriptPath = result.scriptPath;
    record.knobs = result.knobs;
    record.eligibleRows = result.eligibleRows();
    for (const CleanupTableCount& count : result.before) {
        CleanupTableRecord table { count.table, count.rows, count.eligible, -1 };
        if (result.dryRun) {
            if (count.rows >= 0 && count.eligible >= 0)
                table.rowsAfter = count.rows - count.eligible;
        } else {
            for (const CleanupTableCount& after : result.after)
                if (after.table == count.table)
                    table.rowsAfter = after.rows;
        }
        record.tables.append(table);
    }
    // A table counted only afterwards (not expected from the runner) is kept
    // rather than dropped: the record shows what was counted.
    if (!result.dryRun) {
        for (const CleanupTableCount& after : result.after) {
            bool known = false;
            for (const CleanupTableCount& count : result.before)
                known = known || count.table == after.table;
            if (!known)
                record.tables.append({ after.table, -1, -1, after.rows });
        }
    }
    return record;
}

qint64 recordCleanupRun(MigrationProject& project, const CleanupResult& result)
{
    const CleanupRunRecord record = toCleanupRunRecord(result);
    const qint64 id = project.addCleanupRun(record);
    if (id == 0)
        return 0;
    // Redacted value by value, as the store does in the record: the
    // journal's redaction of the whole line would miss a secret inside a
    // text knob ("note=client_secret=…" reads as one harmless pair).
    QStringList knobs;
    for (auto it = record.knobs.cbegin(); it != record.knobs.cend(); ++it)
        knobs << u"%1=%2"_s.arg(it.key(), isSecretKey(it.key()) ? kSecretMask.toString() : redactSecrets(it.value()));
    project.journal(result.dryRun ? u"cleanup.dry-run"_s : u"cleanup.run"_s,
        u"%1 on %2 (%3, %4): %5, rows before %6, eligible %7, after %8, %9 ms, sha256 %10, knobs %11"_s
            .arg(result.scriptName, result.databaseName, result.server,
                result.serverVersion.isEmpty() ? u"server version unknown"_s : result.serverVersion,
                cleanupOutcomeKey(result.outcome))
            .arg(record.rowsBefore)
            .arg(record.eligibleRows)
            .arg(record.rowsAfter)
            .arg(result.durationMs)
            .arg(QString::fromLatin1(result.sha256), knobs.isEmpty() ? u"none"_s : knobs.join(u", "_s)));
    return id;
}

CleanupRunner::CleanupRunner(CleanupRequest request, DatabaseCredentials credentials, QObject* parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_credentials(std::move(credentials))
{
    qRegisterMetaType<Ismw::CleanupResult>();
}

CleanupRunner::~CleanupRunner()
{
    if (m_thread && m_thread->isRunning()) {
        cancel();
        m_thread->wait();
    }
    joinCancelThread();
    delete m_cancelThread;
    delete m_thread;
    m_credentials.wipe();
}

void CleanupRunner::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(u"cleanup-runner"_s);
    m_thread->start();
}

bool CleanupRunner::wait(int milliseconds)
{
    return !m_thread || m_thread->wait(QDeadlineTimer(milliseconds));
}

CleanupResult CleanupRunner::run()
{
    CleanupResult result = execute();
    Q_EMIT finished(result);
    return result;
}

void CleanupRunner::note(CleanupResult& result, const QString& text)
{
    result.messages << text;
    Q_EMIT message(text);
}

void CleanupRunner::cancel()
{
    m_cancelRequested.store(true);
    // Before the CALL the run sees the flag itself; during it only the server can stop it.
    if (!m_calling.load())
        return;
    QMutexLocker lock(&m_cancelMutex);
    if (m_cancelThread)
        return;
    // Sent from a thread of its own, so that cancel() returns at once, and
    // sent again until the CALL is over: MariaDB lets a KILL QUERY that lands
    // in the procedure's DO SLEEP() end only the sleep and the procedure goes
    // on, and a cancel that reaches the server before the CALL has started
    // does nothing. The run's thread joins this one before it counts again,
    // so no late cancel can hit the counting.
    m_cancelThread = QThread::create([this] {
        const QDeadlineTimer deadline(60'000);
        // A KILL QUERY that lands in DO SLEEP() only shortens the sleep (and
        // so speeds the procedure up). If the first one does not end the
        // CALL, MySQL/MariaDB get KILL CONNECTION: the server rolls back the
        // batch in flight with the session; the batches committed before stay.
        const bool mysql = m_request.script.dialect != SqlDialect::PostgreSql;
        int attempts = 0;
        while (m_calling.load() && !deadline.hasExpired()) {
            QString error;
            if (!sendCancel(&error, mysql && attempts++ >= 1)) {
                QMutexLocker errorLock(&m_backendMutex);
                m_cancelError = error;
            }
            for (int i = 0; i < 10 && m_calling.load(); ++i)
                QThread::msleep(50);
        }
    });
    m_cancelThread->setObjectName(u"cleanup-cancel"_s);
    m_cancelThread->start();
}

void CleanupRunner::joinCancelThread()
{
    QMutexLocker lock(&m_cancelMutex);
    if (m_cancelThread)
        m_cancelThread->wait();
}

bool CleanupRunner::sendCancel(QString* error, bool killConnection)
{
    QString backend;
    {
        QMutexLocker lock(&m_backendMutex);
        backend = m_backendId;
    }
    if (backend.isEmpty())
        return false;
    // A second connection, opened here (any thread) and closed again: the
    // run's own connection is busy with the CALL.
    auto connection = DatabaseConnection::open(m_request.target, m_credentials);
    if (!connection) {
        *error = connection.error().toString();
        return false;
    }
    bool ok = false;
    {
        QSqlQuery query((*connection)->database());
        const QString sql = (*connection)->dialect() == SqlDialect::PostgreSql
            ? u"SELECT pg_cancel_backend(%1)"_s.arg(backend)
            : (killConnection ? u"KILL CONNECTION %1"_s : u"KILL QUERY %1"_s).arg(backend);
        ok = query.exec(sql);
        if (!ok)
            *error = query.lastError().text();
        else if (killConnection)
            m_connectionKilled.store(true);
    }
    return ok;
}

CleanupResult CleanupRunner::execute()
{
    CleanupResult result;
    const CleanupRequest& request = m_request;
    result.dryRun = request.dryRun;
    result.databaseName = request.target.name;
    result.server = serverLabel(request.target, m_credentials.userName());
    result.procedureName = request.script.procedureName;
    result.scriptName = request.script.relativePath.isEmpty() ? request.script.procedureName : request.script.relativePath;
    result.sha256 = QCryptographicHash::hash(request.scriptText.toUtf8(), QCryptographicHash::Sha256).toHex();
    result.scriptPath = request.script.path;
    // Filled before anything can fail, like the hash: a failed run's record
    // still says with which settings it was tried.
    for (const ScriptKnob& knob : findKnobs(request.scriptText, request.script.dialect))
        if (!knob.overridden)
            result.knobs.insert(knob.name, knob.plainValue);

    const SqlDialect dialect = request.script.dialect;
    const bool pg = dialect == SqlDialect::PostgreSql;
    if (dialect != SqlDialect::PostgreSql && dialect != SqlDialect::MySql) {
        result.error = tr("Running cleanup scripts for %1 is not supported yet.").arg(sqlDialectDisplayName(dialect));
        return result;
    }
    if (request.script.isFunction) {
        result.error = tr("%1 is a PostgreSQL 9 style function (called in a loop); running those is not supported yet.")
                           .arg(request.script.procedureName);
        return result;
    }
    const QList<ScriptKnob> knobs = findKnobs(request.scriptText, dialect);
    bool found = false;
    const int safePeriod = knobInt(knobs, u"safePeriod", 2, &found);
    if (!found)
        note(result, tr("The script sets no safePeriod; counting with 2 hours."));
    const int legacyDays = knobInt(knobs, u"legacyRetentionDays", 14, &found);
    const QList<TableRule> rules = rulesFor(request.script.kind, dialect, safePeriod, legacyDays);
    if (rules.isEmpty())
        note(result, tr("The wizard does not know which rows a \"%1\" script removes; no counts.").arg(request.script.kind));

    // Checked before anything is sent, so a broken script changes nothing.
    const SqlScript parsed = parseSqlScript(request.scriptText, dialect);
    if (!request.dryRun) {
        if (parsed.hasProblems()) {
            result.error = parsed.problems.first().message;
            result.errorLine = parsed.problems.first().line;
            return result;
        }
        if (request.script.procedureName.isEmpty()) {
            result.error = tr("The script creates no procedure to call.");
            return result;
        }
    }

    auto opened = DatabaseConnection::open(request.target, m_credentials);
    if (!opened) {
        result.error = opened.error().toString();
        return result;
    }
    std::unique_ptr<DatabaseConnection> connection = std::move(*opened);
    QSqlDatabase db = connection->database();
    if (auto version = connection->serverVersion())
        result.serverVersion = u"%1 %2"_s.arg(version->product, version->version.toString());

    auto failed = [&](const QString& what, const QSqlError& error) {
        result.outcome = CleanupResult::Outcome::Failed;
        result.error = tr("%1 on %2: %3").arg(what, result.server, error.databaseText().isEmpty() ? error.text() : error.databaseText());
    };
    {
        QSqlQuery setup(db);
        QString schema = request.schema;
        if (schema.isEmpty() && pg && request.target.jdbc)
            schema = request.target.jdbc->param(u"currentSchema").value_or(QString());
        if (pg && !schema.isEmpty() && !setup.exec(u"SET search_path TO %1"_s.arg(pgQuoteIdent(schema)))) {
            failed(tr("Could not select the schema %1").arg(schema), setup.lastError());
            return result;
        }
        // The MySQL procedures compute in UTC; the counts do the same.
        if (!pg && !setup.exec(u"SET time_zone = '+00:00'"_s)) {
            failed(tr("Could not set the session time zone"), setup.lastError());
            return result;
        }
        if (!setup.exec(pg ? u"SELECT pg_backend_pid()"_s : u"SELECT CONNECTION_ID()"_s) || !setup.next()) {
            failed(tr("Could not read the connection id"), setup.lastError());
            return result;
        }
        QMutexLocker lock(&m_backendMutex);
        m_backendId = QString::number(setup.value(0).toLongLong());
    }

    // Counts in one read-only snapshot: no table is counted at another moment
    // than the others, and nothing can be changed by mistake.
    auto count = [&](bool withEligible, QList<CleanupTableCount>* out) -> bool {
        QSqlQuery query(db);
        const QString begin = pg ? u"START TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s
                                 : u"START TRANSACTION WITH CONSISTENT SNAPSHOT, READ ONLY"_s;
        if (!query.exec(begin)) {
            failed(tr("Could not start a read-only transaction"), query.lastError());
            return false;
        }
        for (const TableRule& rule : rules) {
            const QString sql = withEligible
                ? u"SELECT count(*), coalesce(sum(CASE WHEN %1 THEN 1 ELSE 0 END), 0) FROM %2 t"_s.arg(rule.condition, rule.table)
                : u"SELECT count(*) FROM %1 t"_s.arg(rule.table);
            if (!query.exec(sql) || !query.next()) {
                failed(tr("Could not count the rows of %1").arg(rule.table), query.lastError());
                query.exec(u"ROLLBACK"_s);
                return false;
            }
            out->append({ rule.table, query.value(0).toLongLong(), withEligible ? query.value(1).toLongLong() : -1 });
        }
        query.exec(u"COMMIT"_s);
        return true;
    };

    QElapsedTimer timer;
    timer.start();
    if (!count(true, &result.before))
        return result;

    if (request.dryRun) {
        result.durationMs = timer.elapsed();
        for (const CleanupTableCount& table : std::as_const(result.before))
            note(result, tr("%1: %2 of %3 rows would be removed").arg(table.table).arg(table.eligible).arg(table.rows));
        result.outcome = cancelRequested() ? CleanupResult::Outcome::Cancelled : CleanupResult::Outcome::Completed;
        return result;
    }

    // Install the procedure, statement by statement as the database's own client would.
    for (const SqlStatement& statement : parsed.statements) {
        if (cancelRequested())
            break;
        QSqlQuery query(db);
        if (!query.exec(statement.text)) {
            failed(tr("Line %1 of the script was refused").arg(statement.firstLine), query.lastError());
            result.errorLine = statement.firstLine;
            return result;
        }
    }
    if (cancelRequested()) {
        result.outcome = CleanupResult::Outcome::Cancelled;
        result.error = tr("Cancelled before the procedure was called; nothing was removed.");
        result.after = result.before;
        return result;
    }

    if (pg) {
        connection->setNoticeHandler([this, &result, &timer](const ServerNotice& notice) {
            note(result, notice.message);
            Q_EMIT progress(timer.elapsed(), int(result.messages.size()));
        });
    }
    timer.restart();
    QSqlError callError;
    m_calling.store(true);
    // cancel() may have come between the check above and m_calling: it only
    // set the flag then, so look again now that cancel() would send.
    if (cancelRequested()) {
        m_calling.store(false);
        result.outcome = CleanupResult::Outcome::Cancelled;
        result.error = tr("Cancelled before the procedure was called; nothing was removed.");
        result.after = result.before;
        return result;
    }
    {
        QSqlQuery call(db);
        call.setForwardOnly(true);
        if (!call.exec(u"CALL %1()"_s.arg(request.script.procedureName))) {
            callError = call.lastError();
        } else if (!pg) {
            // Each SELECT … AS 'INFO LOG' of the procedure is a result set;
            // nextResult() blocks until the procedure sends the next one.
            do {
                if (call.isSelect()) {
                    while (call.next()) {
                        note(result, call.value(0).toString());
                        Q_EMIT progress(timer.elapsed(), int(result.messages.size()));
                    }
                    // A KILL QUERY that lands in the procedure's DO SLEEP()
                    // only ends the sleep on MariaDB; a cancel seen here
                    // closes the session, which rolls the batch in flight back.
                    if (cancelRequested()) {
                        QString error;
                        if (!sendCancel(&error, true)) {
                            QMutexLocker lock(&m_backendMutex);
                            m_cancelError = error;
                        }
                    }
                }
            } while (call.nextResult());
            if (call.lastError().isValid())
                callError = call.lastError();
        }
    }
    m_calling.store(false);
    joinCancelThread(); // a cancel in flight ends before anything else is sent
    result.durationMs = timer.elapsed();
    if (pg)
        connection->setNoticeHandler({});

    if (callError.isValid()) {
        // The batch the server was in the middle of is rolled back. On MySQL
        // the procedure's own START TRANSACTION may still be open in this
        // session when the kill came between statements: end it before
        // counting what is left. (PostgreSQL ends a failed CALL's transaction
        // itself; a ROLLBACK there would only print a warning.)
        bool alive = false;
        {
            if (!pg) {
                QSqlQuery rollback(db);
                rollback.exec(u"ROLLBACK"_s);
            }
            QSqlQuery probe(db);
            alive = probe.exec(u"SELECT 1"_s) && probe.next();
        }
        if (!alive && cancelRequested() && m_connectionKilled.load()) {
            // Our own cancel closed the connection: count on a new one.
            db = QSqlDatabase();
            connection.reset();
            auto reopened = DatabaseConnection::open(request.target, m_credentials);
            if (!reopened) {
                result.outcome = CleanupResult::Outcome::Cancelled;
                result.error = tr("Cancelled by closing the connection; the rows could not be counted again: %1")
                                   .arg(reopened.error().toString());
                return result;
            }
            connection = std::move(*reopened);
            db = connection->database();
            QSqlQuery timeZone(db);
            timeZone.exec(u"SET time_zone = '+00:00'"_s);
            alive = true;
        }
        if (!alive) {
            result.outcome = CleanupResult::Outcome::Failed;
            result.error = tr("The connection to %1 was lost during the run (%2). Batches committed before that stay "
                              "removed; count the rows again before running it once more.")
                               .arg(result.server, callError.databaseText().isEmpty() ? callError.text() : callError.databaseText());
            return result;
        }
        if (cancelRequested()) {
            result.outcome = CleanupResult::Outcome::Cancelled;
        } else {
            failed(tr("The procedure %1 failed").arg(request.script.procedureName), callError);
        }
    } else {
        result.outcome = CleanupResult::Outcome::Completed;
    }

    const CleanupResult::Outcome outcome = result.outcome;
    const QString error = result.error;
    if (!count(false, &result.after)) {
        // Without the counts after, a completed run would be recorded with
        // half its numbers: it is reported failed, with both errors.
        result.after.clear();
        result.outcome = outcome == CleanupResult::Outcome::Completed ? CleanupResult::Outcome::Failed : outcome;
        result.error = error.isEmpty() ? result.error : error + u'\n' + result.error;
        return result;
    }
    {
        QMutexLocker lock(&m_backendMutex);
        if (!m_cancelError.isEmpty())
            note(result, tr("The cancel could not be sent: %1").arg(m_cancelError));
    }
    if (outcome == CleanupResult::Outcome::Cancelled) {
        result.error = tr("Cancelled after %1 ms: %2 rows were removed by the batches committed before the cancel; the "
                          "batch in flight was rolled back.")
                           .arg(result.durationMs)
                           .arg(result.rowsRemoved());
    }
    note(result, tr("%1 rows removed in %2 ms").arg(result.rowsRemoved()).arg(result.durationMs));
    return result;
}

} // namespace Ismw
