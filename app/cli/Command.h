// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>
#include <expected>
#include <optional>

namespace Ismw {

enum class OutputFormat { Text, Json };

// `help` from QCommandLineParser with `program` (e.g. "is-migration-cli
// inspect") in its usage line instead of argv[0].
QString withProgramName(QString help, const QString& program);

struct CommandIo
{
    QTextStream& out;
    QTextStream& err;
};

// One sub-command of is-migration-cli. Each parses its own options, so a
// command added later cannot break the parsing of another.
class Command
{
public:
    Command() = default;
    virtual ~Command() = default;
    Q_DISABLE_COPY_MOVE(Command)

    virtual QString name() const = 0;
    // "inspect HOME [--format text|json]"
    virtual QString synopsis() const = 0;
    // One translated line for the command list of --help.
    virtual QString summary() const = 0;
    // `arguments` starts with the program (as QCommandLineParser expects),
    // followed by what came after the command name. Returns an ExitCode.
    virtual int run(const QStringList& arguments, CommandIo& io) = 0;

protected:
    // Adds -h/--help and --format to `parser` and parses `arguments`, handling
    // what every command handles alike: a parse error, --help, an unknown
    // format. Returns the format to go on with, or the exit code to return.
    std::expected<OutputFormat, int> parseArguments(
        QCommandLineParser& parser, const QStringList& arguments, CommandIo& io) const;
    // --format text|json, which every command takes.
    static QCommandLineOption formatOption();
    static std::optional<OutputFormat> parseFormat(const QString& value);
    // Reports a usage error: always on stderr, and for --format json also as
    // the one object on stdout so scripts reading stdout see it. Returns ExitUsage.
    int usageError(CommandIo& io, OutputFormat format, const QString& message) const;
    static void writeJson(CommandIo& io, const QJsonObject& object);
    // The parser's help with the command name in its usage line, which
    // QCommandLineParser cannot know about.
    QString helpText(const QCommandLineParser& parser) const;
};

} // namespace Ismw
