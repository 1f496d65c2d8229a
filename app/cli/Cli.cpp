// SPDX-License-Identifier: Apache-2.0
#include "Cli.h"

#include "ExitCode.h"
#include "CheckCommand.h"
#include "CleanupCommand.h"
#include "DiffCommand.h"
#include "InspectCommand.h"
#include "MigrateConfigCommand.h"
#include "ReportCommand.h"
#include "ScanLogCommand.h"
#include "Version.h"
#include "checks/IsRelease.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Ismw {

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_io { out, err }
{
    // In the order of the wizard's pages.
    // --help lists them in this order.
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<DiffCommand>());
    m_commands.push_back(std::make_unique<MigrateConfigCommand>());
    m_commands.push_back(std::make_unique<CleanupCommand>());
    m_commands.push_back(std::make_unique<ScanLogCommand>());
    m_commands.push_back(std::make_unique<ReportCommand>());
}

Command* Cli::find(const QString& name) const
{
    for (const auto& command : m_commands)
        if (command->name() == name)
            return command.get();
    return nullptr;
}

QString Cli::helpText(const QString& parserHelp) const
{
    QString text
        = withProgramName(parserHelp, QCoreApplication::applicationName()) + u'\n' + tr("Commands:") + u'\n';
    for (const auto& command : m_commands)
        text += u"  "_s + command->synopsis() + u"\n      "_s + command->summary() + u'\n';
    text += u'\n'
        + tr("Run \u201c%1 COMMAND --help\u201d for the options of a command.")
              .arg(QCoreApplication::applicationName())
        + u"\n\n"_s
        + tr("Exit codes: 0 ok; 1 warnings, differences or findings; 2 bad input or usage; 3 I/O or database "
             "failure; 130 or 143 a cleanup cancelled by SIGINT or SIGTERM.")
        + u'\n';
    return text;
}

int Cli::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("%1: the command line of the %2, for scripts and CI.")
            .arg(QCoreApplication::applicationName(), QString::fromUtf8(kApplicationName)));
    const QCommandLineOption help({ u"h"_s, u"help"_s }, tr("Show this help and exit."));
    const QCommandLineOption version({ u"v"_s, u"version"_s }, tr("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(u"command"_s, tr("The command to run (see below)."), u"COMMAND [ARGS...]"_s);
    // Everything after the command belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);

    const auto usage = [&](const QString& message) {
        m_io.err << QCoreApplication::applicationName() << u": "_s << message << u'\n'
                 << tr("Run \u201c%1 --help\u201d for the commands.").arg(QCoreApplication::applicationName())
                 << u'\n';
        m_io.err.flush();
        return int(ExitUsage);
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText());

    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(version)) {
        m_io.out << tr("%1 %2 (%3); knows WSO2 Identity Server %4 to %5")
                        .arg(QCoreApplication::applicationName(), QString::fromUtf8(kVersion),
                            QString::fromUtf8(kApplicationName), oldestKnownRelease().versionString(),
                            latestKnownRelease().versionString())
                 << u'\n';
        m_io.out.flush();
        return ExitOk;
    }
    if (parser.isSet(help) && positional.isEmpty()) {
        m_io.out << helpText(parser.helpText());
        m_io.out.flush();
        return ExitOk;
    }
    if (positional.isEmpty())
        return usage(tr("no command given."));

    Command* command = find(positional.first());
    if (!command)
        return usage(tr("unknown command \u201c%1\u201d.").arg(positional.first()));

    QStringList commandArguments { arguments.value(0) };
    if (parser.isSet(help))
        commandArguments << u"--help"_s;
    commandArguments << positional.mid(1);
    return command->run(commandArguments, m_io);
}

} // namespace Ismw
