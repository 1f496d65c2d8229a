// SPDX-License-Identifier: Apache-2.0
#include "InspectCommand.h"

#include "ExitCode.h"
#include "checks/IsHomeInspector.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Ismw {

QString InspectCommand::name() const
{
    return u"inspect"_s;
}

QString InspectCommand::synopsis() const
{
    return u"inspect HOME [--format text|json]"_s;
}

QString InspectCommand::summary() const
{
    return tr("Release, parts and customizations of an IS home.");
}

int InspectCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(
        u"HOME"_s, tr("The IS home: the folder that contains bin/ and repository/."));

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    const QStringList homes = parser.positionalArguments();
    if (homes.isEmpty())
        return usageError(io, *output, tr("no IS home given."));
    if (homes.size() > 1)
        return usageError(
            io, *output, tr("one IS home at a time, got %1: %2.").arg(homes.size()).arg(homes.join(u", "_s)));

    const IsHomeInspection inspection = inspectIsHome(homes.first());
    if (*output == OutputFormat::Json)
        writeJson(io, toJson(inspection));
    else if (inspection.ok)
        io.out << toText(inspection);
    io.out.flush();

    if (!inspection.ok) {
        io.err << QCoreApplication::applicationName() << u": "_s << inspection.error << u'\n';
        io.err.flush();
        return inspection.problem == IsHomeProblem::Unreadable ? ExitIoFailure : ExitUsage;
    }
    return inspection.hasWarnings() ? ExitFindings : ExitOk;
}

} // namespace Ismw
