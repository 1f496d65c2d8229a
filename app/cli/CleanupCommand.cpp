// SPDX-License-Identifier: Apache-2.0
#include "CleanupCommand.h"

#include "ConfigOutput.h"
#include "ExitCode.h"
#include "config/TomlDocument.h"
#include "database/CleanupRunner.h"
#include "database/CleanupScripts.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"
#include "database/ScriptKnobs.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

static_assert(ExitInterrupted == 128 + SIGINT && ExitTerminated == 128 + SIGTERM);

// The write end of the self-pipe; the signal handler may only do
// async-signal-safe things, so it writes the signal number there and the
// event loop does the rest (cancel on the server, messages, exit code).
volatile std::sig_atomic_t g_stopPipeWrite = -1;

extern "C" void onStopSignal(int signalNumber)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    // Non-blocking: when the pipe is full, enough signals are waiting already.
    [[maybe_unused]] const ssize_t written = ::write(g_stopPipeWrite, &byte, 1);
    errno = savedErrno;
}

// SIGINT and SIGTERM go to a self-pipe while the cleanup runs, so that
// Ctrl+C or a `kill` from a CI job cancels the procedure on the server
// instead of leaving it running there with nobody to report to. The earlier
// handlers (the default ones) come back when this goes out of scope.
class StopSignals final
{
public:
    StopSignals()
    {
        if (::pipe2(m_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
            m_pipe[0] = m_pipe[1] = -1;
            return; // no cancel by signal then: the default handlers stay
        }
        g_stopPipeWrite = m_pipe[1];
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART; // the database drivers' reads and writes go on
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~StopSignals()
    {
        // Handlers first, then the pipe: a late signal must not write to a
        // closed (or reused) descriptor.
        if (m_pipe[1] >= 0) {
            ::sigaction(SIGINT, &m_oldInt, nullptr);
            ::sigaction(SIGTERM, &m_oldTerm, nullptr);
            g_stopPipeWrite = -1;
            ::close(m_pipe[0]);
            ::close(m_pipe[1]);
        }
    }
    Q_DISABLE_COPY_MOVE(StopSignals)

    int readFd() const { return m_pipe[0]; }
    // Reads what the handler wrote; remembers the first signal. Returns how many arrived.
    int drain()
    {
        int count = 0;
        unsigned char byte = 0;
        while (m_pipe[0] >= 0 && ::read(m_pipe[0], &byte, 1) == 1) {
            if (m_first == 0)
                m_first = byte;
            ++count;
        }
        return count;
    }
    // SIGINT or SIGTERM once one arrived, else 0.
    int received()
    {
        drain();
        return m_first;
    }

private:
    int m_pipe[2] = { -1, -1 };
    int m_first = 0;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

// DIR is an IS home or its dbscripts/identity/stored-procedures folder.
QString isHomeOf(const QString& dir)
{
    const QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (clean.endsWith(u"/dbscripts/identity/stored-procedures"_s))
        return clean.left(clean.size() - qsizetype(strlen("/dbscripts/identity/stored-procedures")));
    return clean;
}

QJsonObject resultJson(const CleanupResult& result)
{
    QJsonArray tables;
    for (qsizetype i = 0; i < result.before.size(); ++i) {
        QJsonObject table { { u"table"_s, result.before.at(i).table }, { u"rows"_s, result.before.at(i).rows },
            { u"eligible"_s, result.before.at(i).eligible } };
        if (i < result.after.size())
            table.insert(u"rowsAfter"_s, result.after.at(i).rows);
        tables.append(table);
    }
    QJsonObject object {
        { u"script"_s, result.scriptName },
        { u"procedure"_s, result.procedureName },
        { u"sha256"_s, QString::fromLatin1(result.sha256) },
        { u"outcome"_s, cleanupOutcomeKey(result.outcome) },
        { u"serverVersion"_s, result.serverVersion },
        { u"durationMs"_s, result.durationMs },
        { u"rowsBefore"_s, result.rowsBefore() },
        { u"eligible"_s, result.eligibleRows() },
        { u"rowsAfter"_s, result.rowsAfter() },
        { u"rowsRemoved"_s, result.rowsRemoved() },
        { u"rowsPerSecond"_s, result.rowsPerSecond() },
        { u"tables"_s, tables },
        { u"messages"_s, QJsonArray::fromStringList(result.messages) },
    };
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    if (result.errorLine > 0)
        object.insert(u"errorLine"_s, result.errorLine);
    return object;
}

} // namespace

QString CleanupCommand::name() const
{
    return u"cleanup"_s;
}

QString CleanupCommand::synopsis() const
{
    return u"cleanup --config deployment.toml --database NAME --scripts DIR [--only token|session] (--dry-run | --execute) "
           u"[--password-stdin] [--set KNOB=VALUE ...] [--format text|json]"_s;
}

QString CleanupCommand::summary() const
{
    return tr("Runs the token and session cleanup procedures on a database, or counts what they would remove.");
}

int CleanupCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary() + u"\n\n"_s
        + tr("Exit codes: 0 nothing was (or would be) removed; 1 rows were (or would be) removed; 2 bad input, or "
             "a script the server refused; 3 the database cannot be reached or failed; 130 cancelled by Ctrl+C "
             "(SIGINT), 143 cancelled by SIGTERM. A cancel stops the procedure on the server: batches already "
             "committed stay removed, the batch in flight is rolled back, scripts not yet started do not run, and "
             "the output says which."));
    const QCommandLineOption config(u"config"_s, tr("The deployment.toml that names the database."), u"FILE"_s);
    const QCommandLineOption database(u"database"_s, tr("The database entry, e.g. identity_db."), u"NAME"_s);
    const QCommandLineOption scripts(u"scripts"_s, tr("An IS home, or its dbscripts/identity/stored-procedures folder."), u"DIR"_s);
    const QCommandLineOption only(u"only"_s, tr("Only the token or only the session cleanup."), u"token|session"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Count what would be removed; change nothing."));
    const QCommandLineOption execute(u"execute"_s, tr("Install and call the procedures: rows are deleted."));
    const QCommandLineOption passwordStdin(u"password-stdin"_s, tr("Read the database password from the first line of stdin."));
    const QCommandLineOption set(u"set"_s, tr("Set a knob of the scripts before they run, e.g. batchSize=5000."), u"KNOB=VALUE"_s);
    parser.addOptions({ config, database, scripts, only, dryRun, execute, passwordStdin, set });

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, *output, tr("unexpected argument %1.").arg(parser.positionalArguments().first()));
    for (const QCommandLineOption& required : { config, database, scripts })
        if (!parser.isSet(required))
            return usageError(io, *output, tr("--%1 is required.").arg(required.names().first()));
    if (parser.isSet(dryRun) == parser.isSet(execute))
        return usageError(io, *output, tr("give exactly one of --dry-run and --execute."));
    const QString onlyKind = parser.value(only);
    if (parser.isSet(only) && onlyKind != "token"_L1 && onlyKind != "session"_L1)
        return usageError(io, *output, tr("--only takes token or session, not %1.").arg(onlyKind));
    QMap<QString, QString> knobValues;
    for (const QString& assignment : parser.values(set)) {
        const qsizetype eq = assignment.indexOf(u'=');
        if (eq <= 0)
            return usageError(io, *output, tr("--set takes KNOB=VALUE, not %1.").arg(assignment));
        knobValues.insert(assignment.left(eq).trimmed(), assignment.mid(eq + 1));
    }

    const auto document = TomlDocument::load(parser.value(config));
    if (!document)
        return ConfigOutput::reportError(io, *output, name(), document.error());
    const QList<DatabaseTarget> targets = databasesInConfig(*document);
    const DatabaseTarget* target = nullptr;
    for (const DatabaseTarget& candidate : targets)
        if (candidate.name == parser.value(database) || candidate.section == parser.value(database))
            target = &candidate;
    if (!target)
        return usageError(io, *output, tr("%1 has no database %2.").arg(parser.value(config), parser.value(database)));
    if (!target->dialect)
        return usageError(io, *output,
            tr("%1 is not a database the cleanup procedures exist for (%2).").arg(target->section, target->url));

    std::expected<DatabaseCredentials, QString> credentials = std::unexpected(QString());
    if (parser.isSet(passwordStdin)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return usageError(io, *output, tr("cannot read stdin."));
        credentials = DatabaseCredentials::readPassword(target->username, in);
    } else {
        credentials = credentialsFromConfig(*target, *document);
        if (!credentials)
            credentials = std::unexpected(credentials.error() + u' ' + tr("Give the password with --password-stdin."));
    }
    if (!credentials)
        return usageError(io, *output, credentials.error());

    // The server's version picks the script folder (PostgreSQL 9 functions
    // or 11+ procedures), so ask the server before looking at any script; a
    // server that cannot be reached ends here, with its own words.
    QVersionNumber serverVersion;
    {
        // Exit 3 like a run that cannot reach the server; the JSON keeps the
        // shape of a run (one failed result) for scripts that read "results".
        const auto connectionFailed = [&](const ConnectionError& error) {
            credentials->wipe();
            io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s << error.message << u'\n';
            if (!error.hint.isEmpty())
                io.err << u"  "_s << error.hint << u'\n';
            io.err.flush();
            if (*output == OutputFormat::Json) {
                QJsonObject failure { { u"outcome"_s, cleanupOutcomeKey(CleanupResult::Outcome::Failed) },
                    { u"stage"_s, u"connect"_s }, { u"server"_s, error.server }, { u"error"_s, error.message },
                    { u"errorKind"_s, connectionErrorKindName(error.kind) } };
                if (!error.hint.isEmpty())
                    failure.insert(u"hint"_s, error.hint);
                if (!error.code.isEmpty())
                    failure.insert(u"code"_s, error.code);
                writeJson(io,
                    QJsonObject { { u"ok"_s, false }, { u"command"_s, name() }, { u"problem"_s, u"connection"_s },
                        { u"database"_s, target->name }, { u"dryRun"_s, parser.isSet(dryRun) },
                        { u"error"_s, error.toString() }, { u"results"_s, QJsonArray { failure } } });
            }
            return int(ExitIoFailure);
        };
        auto connection = DatabaseConnection::open(*target, *credentials);
        if (!connection)
            return connectionFailed(connection.error());
        const auto version = (*connection)->serverVersion();
        if (!version) {
            ConnectionError error;
            error.server = (*connection)->serverLabel();
            error.message = tr("Could not ask %1 for its version: %2").arg(error.server, version.error());
            return connectionFailed(error);
        }
        serverVersion = version->version;
        if (*output == OutputFormat::Text) {
            io.err << tr("Connected to %1: %2 %3")
                          .arg((*connection)->serverLabel(), version->product, version->version.toString())
                   << u'\n';
            io.err.flush();
        }
    }

    const QString home = isHomeOf(parser.value(scripts));
    const auto discovery = discoverCleanupScripts(home, *target->dialect, serverVersion);
    if (!discovery)
        return usageError(io, *output, discovery.error());
    if (*output == OutputFormat::Text) {
        if (!discovery->versionFolder.isEmpty())
            io.err << tr("Scripts for %1 %2 from %3").arg(sqlDialectDisplayName(*target->dialect),
                          serverVersion.toString(), discovery->versionFolder)
                   << u'\n';
        for (const QString& skipped : discovery->skippedFolders)
            io.err << tr("Skipped %1: for another server version").arg(skipped) << u'\n';
        for (const QString& warning : discovery->warnings)
            io.err << tr("Warning: %1").arg(warning) << u'\n';
        io.err.flush();
    }
    QList<CleanupScript> chosen;
    for (const CleanupScript& script : discovery->scripts)
        if (parser.isSet(only) ? script.kind == onlyKind : (script.kind == "token"_L1 || script.kind == "session"_L1))
            chosen << script;
    if (chosen.isEmpty())
        return usageError(io, *output, tr("no token or session cleanup script for %1 below %2.")
                                           .arg(sqlDialectDisplayName(*target->dialect), discovery->root));

    // From here on Ctrl+C and SIGTERM cancel on the server rather than kill
    // this process, which would leave the CALL running there unwatched.
    StopSignals stopSignals;
    QJsonArray results;
    QStringList notRun;
    int exit = ExitOk;
    for (qsizetype index = 0; index < chosen.size(); ++index) {
        const CleanupScript& script = chosen.at(index);
        if (stopSignals.received() != 0) {
            notRun << script.relativePath;
            continue;
        }
        QFile file(script.path);
        if (!file.open(QIODevice::ReadOnly)) {
            io.err << tr("Cannot read %1: %2").arg(script.path, file.errorString()) << u'\n';
            io.err.flush();
            return ExitIoFailure;
        }
        QString text = QString::fromUtf8(file.readAll());
        if (!knobValues.isEmpty()) {
            // Only the knobs this script has: the token and session scripts differ.
            QMap<QString, QString> own;
            const QList<ScriptKnob> knobs = findKnobs(text, script.dialect);
            for (auto it = knobValues.cbegin(); it != knobValues.cend(); ++it)
                for (const ScriptKnob& knob : knobs)
                    if (knob.name.compare(it.key(), Qt::CaseInsensitive) == 0
                        || knob.knownName.compare(it.key(), Qt::CaseInsensitive) == 0)
                        own.insert(it.key(), it.value());
            auto applied = applyKnobValues(text, script.dialect, own);
            if (!applied)
                return usageError(io, *output, applied.error());
            text = *applied;
        }

        CleanupRequest request;
        request.target = *target;
        request.scriptText = text;
        request.script = script;
        request.dryRun = parser.isSet(dryRun);
        CleanupRunner runner(std::move(request), credentials->clone());
        if (*output == OutputFormat::Text) {
            //: %1 is "Counting for" (dry run) or "Running", %2 the script, %3 the database.
            io.err << tr("%1 %2 on %3 …").arg(parser.isSet(dryRun) ? tr("Counting for") : tr("Running"),
                          script.relativePath, target->name)
                   << u'\n';
            io.err.flush();
            // Queued from the runner's thread into the loop below, as the server sends them.
            QObject::connect(&runner, &CleanupRunner::message, &runner, [&io](const QString& line) {
                io.err << u"  "_s << line << u'\n';
                io.err.flush();
            });
        }

        // The runner works in its own thread; this one waits in an event
        // loop that also hears the signals, so a cancel reaches the server
        // while the CALL is still running.
        QEventLoop loop;
        CleanupResult result;
        bool finished = false;
        QObject::connect(&runner, &CleanupRunner::finished, &loop, [&](const CleanupResult& done) {
            result = done;
            finished = true;
            loop.quit();
        });
        std::unique_ptr<QSocketNotifier> notifier;
        if (stopSignals.readFd() >= 0) {
            notifier = std::make_unique<QSocketNotifier>(stopSignals.readFd(), QSocketNotifier::Read);
            bool cancelling = false;
            QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&, cancelling]() mutable {
                if (stopSignals.drain() == 0)
                    return;
                if (!cancelling) {
                    cancelling = true;
                    io.err << tr("Cancelling: asking the server to stop %1; batches already committed stay done …")
                                  .arg(script.procedureName)
                           << u'\n';
                    runner.cancel();
                } else {
                    io.err << tr("Still cancelling, please wait: the server rolls back the batch in flight.") << u'\n';
                }
                io.err.flush();
            });
        }
        runner.start();
        if (!finished)
            loop.exec();
        runner.wait(-1);
        notifier.reset();

        results.append(resultJson(result));
        const bool stopped = stopSignals.received() != 0;
        if (*output == OutputFormat::Text) {
            io.out << script.relativePath << u": "_s << cleanupOutcomeKey(result.outcome) << u'\n';
            io.out << u"  sha256 "_s << QString::fromLatin1(result.sha256) << u'\n';
            if (parser.isSet(dryRun) && result.eligibleRows() >= 0)
                io.out << tr("  %1 of %2 rows would be removed").arg(result.eligibleRows()).arg(result.rowsBefore()) << u'\n';
            else if (result.rowsRemoved() >= 0)
                io.out << tr("  %1 rows removed in %2 ms (%3 rows/s)")
                              .arg(result.rowsRemoved())
                              .arg(result.durationMs)
                              .arg(result.rowsPerSecond(), 0, 'f', 0)
                       << u'\n';
            // Cut short: the counts on both sides, so the admin can see what the cancel left.
            if (result.outcome != CleanupResult::Outcome::Completed && !parser.isSet(dryRun) && result.rowsBefore() >= 0)
                io.out << tr("  rows before %1, after %2").arg(result.rowsBefore()).arg(result.rowsAfter() >= 0
                                                                       ? QString::number(result.rowsAfter())
                                                                       : tr("not counted"))
                       << u'\n';
            if (!result.error.isEmpty())
                io.out << u"  "_s << result.error << u'\n';
            io.out.flush();
        }
        if (result.outcome == CleanupResult::Outcome::Failed) {
            exit = result.errorLine > 0 ? ExitUsage : ExitIoFailure;
            // A failed script stops the rest: the database needs a look first.
            for (qsizetype i = index + 1; i < chosen.size(); ++i)
                notRun << chosen.at(i).relativePath;
            break;
        }
        if (stopped)
            continue; // the rest go to notRun above
        const qint64 rows = result.dryRun ? result.eligibleRows() : result.rowsRemoved();
        if (rows > 0 && exit == ExitOk)
            exit = ExitFindings;
    }
    credentials->wipe();

    const int signal = stopSignals.received();
    if (signal != 0) {
        // Stopped on request: that is what a calling script must see first,
        // also when the script in flight had just completed.
        exit = signal == SIGTERM ? ExitTerminated : ExitInterrupted;
        if (*output == OutputFormat::Text) {
            for (const QString& script : std::as_const(notRun))
                io.out << script << u": "_s << tr("not run") << u'\n';
            io.out.flush();
            io.err << tr("Cancelled by %1: what was removed before the cancel is listed above; scripts marked "
                         "\u201cnot run\u201d were not started.")
                          .arg(signal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s)
                   << u'\n';
            io.err.flush();
        }
    }

    if (*output == OutputFormat::Json) {
        QJsonObject object { { u"ok"_s, exit == ExitOk || exit == ExitFindings }, { u"command"_s, name() },
            { u"database"_s, target->name }, { u"dryRun"_s, parser.isSet(dryRun) },
            { u"serverVersion"_s, serverVersion.toString() }, { u"versionFolder"_s, discovery->versionFolder },
            { u"skippedFolders"_s, QJsonArray::fromStringList(discovery->skippedFolders) },
            { u"warnings"_s, QJsonArray::fromStringList(discovery->warnings) }, { u"results"_s, results } };
        if (!notRun.isEmpty())
            object.insert(u"notRun"_s, QJsonArray::fromStringList(notRun));
        if (signal != 0)
            object.insert(u"cancelledBy"_s, signal == SIGTERM ? u"SIGTERM"_s : u"SIGINT"_s);
        writeJson(io, object);
    }
    return exit;
}

} // namespace Ismw
