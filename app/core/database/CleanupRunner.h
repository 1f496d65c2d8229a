// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/CleanupScripts.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>

class QThread;

namespace Ismw {

class MigrationProject;
struct CleanupRunRecord;

// What one cleanup run is asked to do.
struct CleanupRequest
{
    DatabaseTarget target;
    // PostgreSQL: the schema the tables live in (SET search_path after
    // connecting). Empty: the URL's currentSchema parameter, else the server's default.
    QString schema;
    // The script exactly as it runs, knobs already applied: its SHA-256 is recorded.
    QString scriptText;
    CleanupScript script; // procedureName, dialect, isFunction, kind ("token", "session")
    bool dryRun = true;
};

// One table the script works on: its size and, in a dry run or before a run,
// how many rows the procedure's conditions select.
struct CleanupTableCount
{
    QString table;
    qint64 rows = -1; // -1: not counted
    qint64 eligible = -1; // -1: not counted (only "before")
};

struct CleanupResult
{
    enum class Outcome { Completed, Cancelled, Failed };
    Outcome outcome = Outcome::Failed;
    bool dryRun = true;
    QString databaseName; // the deployment.toml entry ("identity_db")
    QString server; // "host:port, database X, user Y" (no password)
    QString scriptName; // relativePath of the script, else its procedure name
    QString scriptPath; // CleanupScript::path: the file the text came from, absolute
    QString procedureName;
    QByteArray sha256; // hex, of CleanupRequest::scriptText as UTF-8
    // The knobs of CleanupRequest::scriptText: name as written → the plain
    // value the procedure runs with (a knob set twice: the later value).
    QMap<QString, QString> knobs;
    QString serverVersion; // "PostgreSQL 17.2"
    QList<CleanupTableCount> before; // rows and eligible rows per table
    QList<CleanupTableCount> after; // rows per table; empty when they could not be counted
    qint64 durationMs = 0; // the CALL (dry run: the counting)
    QStringList messages; // the procedure's progress and ours, in order; never a secret
    QString error; // Failed: what went wrong, for people; Cancelled: what the cancel left
    int errorLine = 0; // a statement of the script the server refused, from 1

    qint64 rowsBefore() const; // sum over `before`, -1 when not counted
    qint64 rowsAfter() const; // sum over `after`, -1 when not counted
    qint64 eligibleRows() const; // what the conditions select (the dry run's answer)
    qint64 rowsRemoved() const; // before − after, -1 when unknown
    double rowsPerSecond() const; // 0 when unknown
};

// "completed", "cancelled", "failed": stable, for JSON and the project.
QString cleanupOutcomeKey(CleanupResult::Outcome outcome);

// The project record of a result (messages joined by lines; counts -1 when
// unknown; a dry run's "after" is what would be left, overall and per table).
CleanupRunRecord toCleanupRunRecord(const CleanupResult& result);
// Records the result in the project and journals one line about it. Returns
// the record's id, 0 when the project has no current run.
qint64 recordCleanupRun(MigrationProject& project, const CleanupResult& result);

// Runs one cleanup script on one database: in a dry run counts what the
// procedure would remove (read-only); otherwise counts, installs the
// procedure, CALLs it while streaming its progress, counts again. Opens its
// own connection in the thread run() runs in, so start() keeps the calling
// (GUI) thread free; signals reach receivers in other threads queued.
class CleanupRunner final : public QObject
{
    Q_OBJECT

public:
    CleanupRunner(CleanupRequest request, DatabaseCredentials credentials, QObject* parent = nullptr);
    ~CleanupRunner() override; // cancels and waits for a started run

    // Runs in a QThread of the runner's own; finished() follows. Once only.
    void start();
    // Runs in the calling thread and returns the result (finished() is emitted too).
    CleanupResult run();
    // Waits for a start()ed run; true when it is over.
    bool wait(int milliseconds);

    // Thread-safe, from any thread: stops the CALL from a second connection
    // (pg_cancel_backend / KILL QUERY). A batch in flight is rolled back by
    // the server; batches already committed stay done.
    void cancel();
    bool cancelRequested() const { return m_cancelRequested.load(); }

Q_SIGNALS:
    void message(const QString& text);
    // elapsedMs since the CALL began; messages so far.
    void progress(qint64 elapsedMs, int messageCount);
    void finished(const Ismw::CleanupResult& result);

private:
    CleanupResult execute();
    void note(CleanupResult& result, const QString& text);
    // killConnection: MySQL/MariaDB KILL CONNECTION instead of KILL QUERY.
    bool sendCancel(QString* error, bool killConnection = false);
    void joinCancelThread();

    CleanupRequest m_request;
    DatabaseCredentials m_credentials;
    QThread* m_thread = nullptr;
    QMutex m_cancelMutex; // guards m_cancelThread
    QThread* m_cancelThread = nullptr; // sends the cancel until the CALL is over
    std::atomic_bool m_cancelRequested { false };
    std::atomic_bool m_calling { false };
    std::atomic_bool m_connectionKilled { false }; // the cancel had to close the run's connection
    QMutex m_backendMutex; // guards m_backendId
    QString m_backendId; // pg_backend_pid() / CONNECTION_ID() of the run's connection
    QString m_cancelError; // why the last cancel could not be sent (no secrets: ConnectionError text)
};

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::CleanupResult)
