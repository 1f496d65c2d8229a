// SPDX-License-Identifier: Apache-2.0
#include "Command.h"

#include "ExitCode.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Ismw {

QString withProgramName(QString help, const QString& program)
{
    // QCommandLineParser puts argv[0] as typed (often a long path) into the usage line.
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype lineEnd = help.indexOf(u'\n');
    const QString invoked
        = arguments.isEmpty() ? QCoreApplication::applicationName() : arguments.constFirst();
    const qsizetype at = help.left(lineEnd).indexOf(invoked);
    if (at >= 0)
        help.replace(at, invoked.size(), program);
    return help;
}

std::expected<OutputFormat, int> Command::parseArguments(
    QCommandLineParser& parser, const QStringList& arguments, CommandIo& io) const
{
    const QCommandLineOption help(
        { u"h"_s, u"help"_s }, QCoreApplication::translate("Ismw::Cli", "Show this help and exit."));
    const QCommandLineOption format = formatOption();
    parser.addOption(help);
    parser.addOption(format);
    if (!parser.parse(arguments))
        return std::unexpected(usageError(io, OutputFormat::Text, parser.errorText()));
    if (parser.isSet(help)) {
        io.out << helpText(parser);
        io.out.flush();
        return std::unexpected(int(ExitOk));
    }
    const std::optional<OutputFormat> output = parseFormat(parser.value(format));
    if (!output)
        return std::unexpected(usageError(io, OutputFormat::Text,
            QCoreApplication::translate("Ismw::Cli", "unknown format \u201c%1\u201d: use text or json.")
                .arg(parser.value(format))));
    return *output;
}

QCommandLineOption Command::formatOption()
{
    return QCommandLineOption(u"format"_s,
        QCoreApplication::translate(
            "Ismw::Cli", "Output format: text (for people) or json (one object on stdout)."),
        u"text|json"_s, u"text"_s);
}

std::optional<OutputFormat> Command::parseFormat(const QString& value)
{
    if (value == "text"_L1)
        return OutputFormat::Text;
    if (value == "json"_L1)
        return OutputFormat::Json;
    return std::nullopt;
}

int Command::usageError(CommandIo& io, OutputFormat format, const QString& message) const
{
    io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s << message << u'\n'
           << QCoreApplication::translate("Ismw::Cli", "Usage: %1 %2")
                  .arg(QCoreApplication::applicationName(), synopsis())
           << u'\n';
    io.err.flush();
    if (format == OutputFormat::Json)
        writeJson(
            io, QJsonObject { { u"ok"_s, false }, { u"problem"_s, u"usage"_s }, { u"error"_s, message } });
    return ExitUsage;
}

QString Command::helpText(const QCommandLineParser& parser) const
{
    return withProgramName(parser.helpText(), QCoreApplication::applicationName() + u' ' + name());
}

void Command::writeJson(CommandIo& io, const QJsonObject& object)
{
    io.out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    io.out.flush();
}

} // namespace Ismw
