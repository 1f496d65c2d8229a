// SPDX-License-Identifier: Apache-2.0
#include "DiffCommand.h"

#include "ConfigOutput.h"
#include "ExitCode.h"
#include "config/ConfigJson.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Ismw {

QString DiffCommand::name() const
{
    return u"diff"_s;
}

QString DiffCommand::synopsis() const
{
    return u"diff OLD.toml NEW.toml [--from V --to V] [--show-comments] [--show-order] [--format text|json]"_s;
}

QString DiffCommand::summary() const
{
    return tr("Semantic difference of two deployment.toml files, with the release rules' findings.");
}

int DiffCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    const QCommandLineOption from(u"from"_s, tr("The release OLD.toml belongs to, e.g. 5.11.0."), u"V"_s);
    const QCommandLineOption to(u"to"_s, tr("The release to migrate to, e.g. 7.3.0."), u"V"_s);
    const QCommandLineOption comments(u"show-comments"_s, tr("Also report keys whose comments changed."));
    const QCommandLineOption order(u"show-order"_s, tr("Also report keys that moved within their table."));
    parser.addOptions({ from, to, comments, order });
    parser.addPositionalArgument(u"OLD.toml"_s, tr("The deployment.toml in use now."));
    parser.addPositionalArgument(u"NEW.toml"_s, tr("The deployment.toml to compare it with."));

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2)
        return usageError(io, *output, tr("give two files, OLD.toml and NEW.toml; got %n.", nullptr, int(files.size())));
    if (parser.isSet(from) != parser.isSet(to))
        return usageError(io, *output, tr("--from and --to go together: the rules run from one release to another."));

    QVersionNumber fromVersion;
    QVersionNumber toVersion;
    if (parser.isSet(from)) {
        QString error;
        fromVersion = ConfigOutput::parseRelease(parser.value(from), &error);
        if (fromVersion.isNull())
            return usageError(io, *output, error);
        toVersion = ConfigOutput::parseRelease(parser.value(to), &error);
        if (toVersion.isNull())
            return usageError(io, *output, error);
    }

    const auto oldDoc = TomlDocument::load(files.at(0));
    if (!oldDoc)
        return ConfigOutput::reportError(io, *output, name(), oldDoc.error());
    const auto newDoc = TomlDocument::load(files.at(1));
    if (!newDoc)
        return ConfigOutput::reportError(io, *output, name(), newDoc.error());

    DiffOptions options;
    options.includeComments = parser.isSet(comments);
    options.includeOrder = parser.isSet(order);
    const QList<ConfigChange> changes = diffDocuments(*oldDoc, *newDoc, options);

    MigrationPlan plan;
    if (!fromVersion.isNull()) {
        auto planned = planMigration(*oldDoc, fromVersion, toVersion, ReleaseRules::builtIn(), &*newDoc);
        if (!planned)
            return ConfigOutput::reportError(io, *output, name(), planned.error());
        plan = std::move(*planned);
    }

    if (*output == OutputFormat::Json) {
        QJsonObject object {
            { u"ok"_s, true },
            { u"old"_s, files.at(0) },
            { u"new"_s, files.at(1) },
            { u"equal"_s, changes.isEmpty() },
            { u"changes"_s, toJson(changes) },
            { u"findings"_s, toJson(plan.findings) },
        };
        if (!fromVersion.isNull()) {
            object.insert(u"from"_s, plan.from.toString());
            object.insert(u"to"_s, plan.to.toString());
            object.insert(u"steps"_s, QJsonArray::fromStringList(plan.steps));
        }
        writeJson(io, object);
    } else {
        if (changes.isEmpty())
            io.out << tr("No differences: the two files mean the same.") << u'\n';
        for (const ConfigChange& change : changes)
            io.out << ConfigOutput::changeText(change) << u'\n';
        if (!fromVersion.isNull()) {
            io.out << u'\n'
                   << tr("Release rules %1 → %2 (%3):")
                          .arg(plan.from.toString(), plan.to.toString(), plan.steps.join(u", "_s))
                   << u'\n';
            for (const ConfigFinding& finding : plan.findings)
                io.out << ConfigOutput::findingText(finding) << u'\n';
        }
        io.out << u'\n'
               << tr("%n difference(s), %1.", nullptr, int(changes.size()))
                      .arg(ConfigOutput::findingsSummary(plan.findings))
               << u'\n';
        io.out.flush();
    }
    return changes.isEmpty() && plan.findings.isEmpty() ? ExitOk : ExitFindings;
}

} // namespace Ismw
