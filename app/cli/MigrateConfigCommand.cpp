// SPDX-License-Identifier: Apache-2.0
#include "MigrateConfigCommand.h"

#include "ConfigOutput.h"
#include "ExitCode.h"
#include "checks/IsHomeInspector.h"
#include "config/ConfigFileWriter.h"
#include "config/ConfigJson.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// A deployment.toml that sits in an IS home tells its release through the
// home; one copied elsewhere does not, and then the user must say.
QVersionNumber releaseOfHomeHolding(const QString& tomlPath)
{
    QDir conf = QFileInfo(tomlPath).absoluteDir();
    if (conf.dirName() != u"conf"_s || !conf.cdUp() || conf.dirName() != u"repository"_s || !conf.cdUp())
        return {};
    const IsHomeInspection inspection = inspectIsHome(conf.path());
    return inspection.ok ? inspection.release : QVersionNumber();
}

} // namespace

QString MigrateConfigCommand::name() const
{
    return u"migrate-config"_s;
}

QString MigrateConfigCommand::synopsis() const
{
    return u"migrate-config OLD.toml --to V [--from V] [--new-default NEW.toml] [--reject ID]... -o OUT.toml "
           "[--format text|json]"_s;
}

QString MigrateConfigCommand::summary() const
{
    return tr("Carry a deployment.toml over to a newer release: renames, removals, new keys, findings.");
}

int MigrateConfigCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption from(u"from"_s,
        tr("The release OLD.toml belongs to. Needed unless OLD.toml lies in its IS home."), u"V"_s);
    const QCommandLineOption to(u"to"_s, tr("The release to migrate to, e.g. 7.3.0."), u"V"_s);
    const QCommandLineOption newDefault(u"new-default"_s,
        tr("The deployment.toml the new release ships: keys it requires are added."), u"NEW.toml"_s);
    const QCommandLineOption reject(u"reject"_s,
        tr("Do not apply the proposed edit with this id (repeatable; the ids are in the output)."), u"ID"_s);
    const QCommandLineOption outputFile({ u"o"_s, u"output"_s },
        tr("Where to write the migrated file; an existing file is kept as a timestamped backup. "
           "\"-\" prints it."),
        u"OUT.toml"_s);
    parser.addOptions({ from, to, newDefault, reject, outputFile });
    parser.addPositionalArgument(u"OLD.toml"_s, tr("The deployment.toml in use now."));

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(io, *output, tr("give one file, OLD.toml; got %n.", nullptr, int(files.size())));
    if (!parser.isSet(to))
        return usageError(io, *output, tr("--to is missing: which release to migrate to?"));
    if (!parser.isSet(outputFile))
        return usageError(io, *output, tr("-o is missing: where to write the migrated file (\"-o -\" prints it)?"));
    const QString outPath = parser.value(outputFile);
    if (outPath == u"-"_s && *output == OutputFormat::Json)
        return usageError(io, *output, tr("\"-o -\" prints the file itself; it cannot go with --format json."));

    QString error;
    const QVersionNumber toVersion = ConfigOutput::parseRelease(parser.value(to), &error);
    if (toVersion.isNull())
        return usageError(io, *output, error);
    QVersionNumber fromVersion;
    if (parser.isSet(from)) {
        fromVersion = ConfigOutput::parseRelease(parser.value(from), &error);
        if (fromVersion.isNull())
            return usageError(io, *output, error);
    } else {
        fromVersion = releaseOfHomeHolding(files.constFirst());
        if (fromVersion.isNull())
            return usageError(io, *output,
                tr("cannot tell which release %1 is from: it is not in an IS home's repository/conf. "
                   "Give --from.")
                    .arg(files.constFirst()));
    }

    const auto oldDoc = TomlDocument::load(files.constFirst());
    if (!oldDoc)
        return ConfigOutput::reportError(io, *output, name(), oldDoc.error());
    std::optional<TomlDocument> defaults;
    if (parser.isSet(newDefault)) {
        auto loaded = TomlDocument::load(parser.value(newDefault));
        if (!loaded)
            return ConfigOutput::reportError(io, *output, name(), loaded.error());
        defaults = std::move(*loaded);
    }

    const QStringList rejectedList = parser.values(reject);
    const QSet<QString> rejected(rejectedList.cbegin(), rejectedList.cend());
    auto plan = planMigration(
        *oldDoc, fromVersion, toVersion, ReleaseRules::builtIn(), defaults ? &*defaults : nullptr, rejected);
    if (!plan)
        return ConfigOutput::reportError(io, *output, name(), plan.error());
    for (const QString& id : rejected) {
        const bool known = std::any_of(
            plan->edits.cbegin(), plan->edits.cend(), [&](const ProposedEdit& edit) { return edit.id == id; });
        if (!known)
            return usageError(io, *output,
                tr("--reject %1: no proposed edit has this id; run without --reject to see the ids.").arg(id));
    }

    const auto migrated = applyMigration(*oldDoc, *plan, rejected);
    if (!migrated)
        return ConfigOutput::reportError(io, *output, name(), migrated.error());

    WrittenConfig written;
    if (outPath == u"-"_s) {
        io.out << QString::fromUtf8(migrated->text);
        io.out.flush();
    } else {
        const auto result = writeConfigFile(outPath, migrated->text);
        if (!result)
            return ConfigOutput::reportError(io, *output, name(), result.error());
        written = *result;
    }

    const QSet<QString> applied(migrated->appliedEditIds.cbegin(), migrated->appliedEditIds.cend());
    if (*output == OutputFormat::Json) {
        QJsonArray findings;
        for (const ConfigFinding& finding : plan->findings) {
            QJsonObject object = toJson(finding);
            object.insert(u"fixed"_s, applied.contains(finding.editId));
            findings.append(object);
        }
        QJsonArray edits;
        for (const ProposedEdit& edit : plan->edits)
            edits.append(toJson(edit, applied.contains(edit.id)));
        writeJson(io,
            QJsonObject {
                { u"ok"_s, true },
                { u"old"_s, files.constFirst() },
                { u"from"_s, plan->from.toString() },
                { u"to"_s, plan->to.toString() },
                { u"steps"_s, QJsonArray::fromStringList(plan->steps) },
                { u"output"_s, written.path },
                { u"backup"_s, written.backupPath.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(written.backupPath) },
                { u"edits"_s, edits },
                { u"changes"_s, toJson(migrated->changes) },
                { u"findings"_s, findings },
            });
    } else if (outPath != u"-"_s) {
        // With "-o -" stdout is the file; the report would corrupt it.
        io.out << tr("From %1 to %2 (%3).").arg(plan->from.toString(), plan->to.toString(), plan->steps.join(u", "_s))
               << u"\n\n"_s;
        // Columns as wide as the translated words, so the ids line up in every language.
        const QString appliedWord = tr("applied");
        const QString rejectedWord = tr("rejected");
        const qsizetype width = std::max(appliedWord.size(), rejectedWord.size()) + 2;
        for (const ProposedEdit& edit : plan->edits)
            io.out << (applied.contains(edit.id) ? appliedWord : rejectedWord).leftJustified(width)
                   << edit.description << u'\n'
                   << QString(width, u' ') << edit.id << u'\n';
        if (!plan->findings.isEmpty())
            io.out << u'\n';
        for (const ConfigFinding& finding : plan->findings)
            io.out << ConfigOutput::findingText(finding, applied.contains(finding.editId)) << u'\n';
        io.out << u'\n'
               //: %1 is the count of rejected edits, e.g. "2 rejected".
               << tr("%n edit(s) applied, %1.", nullptr, int(applied.size()))
                      .arg(ConfigOutput::findingsSummary(plan->findings))
               << u'\n'
               << tr("Wrote %1.").arg(written.path) << u'\n';
        if (!written.backupPath.isEmpty())
            io.out << tr("The file it replaced is kept as %1.").arg(written.backupPath) << u'\n';
        io.out.flush();
    }
    return migrated->changes.isEmpty() && plan->findings.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace Ismw
