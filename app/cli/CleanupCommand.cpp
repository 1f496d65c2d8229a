// SPDX-License-Identifier: Apache-2.0
#include "CleanupCommand.h"

#include "ConfigOutput.h"
#include "ExitCode.h"
#include "config/TomlDocument.h"
#include "database/CleanupRunner.h"
#include "database/CleanupScripts.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"
#include "database/ScriptKnobs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

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
    parser.setApplicationDescription(summary());
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

    const QString home = isHomeOf(parser.value(scripts));
    const auto discovery = discoverCleanupScripts(home, *target->dialect);
    if (!discovery)
        return usageError(io, *output, discovery.error());
    QList<CleanupScript> chosen;
    for (const CleanupScript& script : discovery->scripts)
        if (parser.isSet(only) ? script.kind == onlyKind : (script.kind == "token"_L1 || script.kind == "session"_L1))
            chosen << script;
    if (chosen.isEmpty())
        return usageError(io, *output, tr("no token or session cleanup script for %1 below %2.")
                                           .arg(sqlDialectDisplayName(*target->dialect), discovery->root));

    QJsonArray results;
    int exit = ExitOk;
    for (const CleanupScript& script : std::as_const(chosen)) {
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
            io.err << tr("%1 %2 on %3 …").arg(parser.isSet(dryRun) ? tr("Counting for") : tr("Running"),
                          script.relativePath, target->name)
                   << u'\n';
            io.err.flush();
            // The runner runs in this thread: its messages come as the server sends them.
            QObject::connect(&runner, &CleanupRunner::message, &runner, [&io](const QString& line) {
                io.err << u"  "_s << line << u'\n';
                io.err.flush();
            });
        }
        const CleanupResult result = runner.run();
        results.append(resultJson(result));
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
            if (!result.error.isEmpty())
                io.out << u"  "_s << result.error << u'\n';
            io.out.flush();
        }
        if (result.outcome == CleanupResult::Outcome::Failed) {
            exit = result.errorLine > 0 ? ExitUsage : ExitIoFailure;
            break; // a failed script stops the rest: the database needs a look first
        }
        const qint64 rows = result.dryRun ? result.eligibleRows() : result.rowsRemoved();
        if (rows > 0 && exit == ExitOk)
            exit = ExitFindings;
    }
    credentials->wipe();

    if (*output == OutputFormat::Json) {
        writeJson(io,
            QJsonObject { { u"ok"_s, exit == ExitOk || exit == ExitFindings }, { u"command"_s, name() },
                { u"database"_s, target->name }, { u"dryRun"_s, parser.isSet(dryRun) }, { u"results"_s, results } });
    }
    return exit;
}

} // namespace Ismw
