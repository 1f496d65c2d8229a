// SPDX-License-Identifier: Apache-2.0
#include "ScanLogCommand.h"

#include "ExitCode.h"
#include "verify/LogScanner.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// The log's own timestamps carry no zone: they are the server's local time,
// and so is --since, read here without a zone on purpose.
QDateTime parseSince(const QString& text)
{
    for (const QString& format : { u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s }) {
        const QDateTime time = QDateTime::fromString(text.trimmed(), format);
        if (time.isValid())
            return time;
    }
    const QDate date = QDate::fromString(text.trimmed(), u"yyyy-MM-dd"_s);
    return date.isValid() ? date.startOfDay() : QDateTime();
}

QString timeText(const QDateTime& time)
{
    return time.toString(u"yyyy-MM-dd HH:mm:ss,zzz"_s);
}

} // namespace

QString ScanLogCommand::name() const
{
    return u"scan-log"_s;
}

QString ScanLogCommand::synopsis() const
{
    return u"scan-log FILE... [--since \"YYYY-MM-DD HH:MM:SS\"] [--format text|json]"_s;
}

QString ScanLogCommand::summary() const
{
    return tr("Errors in Carbon logs (wso2carbon.log and rotated files), grouped, and when the server started.");
}

int ScanLogCommand::run(const QStringList& arguments, CommandIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(summary());
    parser.addPositionalArgument(u"FILE"_s, tr("A log file: wso2carbon.log or a rotated one (not .gz)."),
        u"FILE..."_s);
    const QCommandLineOption since(u"since"_s,
        tr("Only entries at or after this local time, e.g. the start of the migrated server."),
        u"YYYY-MM-DD HH:MM:SS"_s);
    parser.addOption(since);

    const std::expected<OutputFormat, int> output = parseArguments(parser, arguments, io);
    if (!output)
        return output.error();
    LogScanOptions options;
    options.files = parser.positionalArguments();
    if (options.files.isEmpty())
        return usageError(io, *output, tr("name at least one log file."));
    if (parser.isSet(since)) {
        options.since = parseSince(parser.value(since));
        if (!options.since.isValid())
            return usageError(io, *output,
                tr("--since \u201c%1\u201d is not a date: use \"YYYY-MM-DD HH:MM:SS\".").arg(parser.value(since)));
    }

    const std::expected<LogScanResult, QString> scan = scanLogs(options);
    if (!scan) {
        io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s << scan.error() << u'\n';
        io.err.flush();
        if (*output == OutputFormat::Json)
            writeJson(io, QJsonObject { { u"ok"_s, false }, { u"problem"_s, u"io"_s }, { u"error"_s, scan.error() } });
        return ExitIoFailure;
    }
    const LogScanResult& result = *scan;

    if (*output == OutputFormat::Json) {
        QJsonObject object = logScanResultToJson(result);
        object.insert(u"ok"_s, true);
        object.insert(u"command"_s, name());
        writeJson(io, object);
    } else {
        for (const LogEntryGroup& group : result.groups) {
            io.out << tr("%1\u00d7 %2 %3").arg(group.count).arg(group.level, group.logger) << u'\n';
            if (!group.exceptionType.isEmpty())
                io.out << u"    "_s << tr("Exception: %1").arg(group.exceptionType) << u'\n';
            io.out << u"    "_s << tr("First: %1  Last: %2").arg(timeText(group.first), timeText(group.last))
                   << u'\n';
            io.out << u"    "_s
                   << tr("First at %1:%2").arg(QDir::toNativeSeparators(group.file)).arg(group.firstLine) << u'\n';
            // Only the first line of the message: the block stays one screen line per fact.
            io.out << u"    "_s << QStringView(group.message).split(u'\n').constFirst() << u"\n\n"_s;
        }
        for (const QString& warning : result.warnings)
            io.out << tr("Warning: %1").arg(warning) << u'\n';
        io.out << (result.startupCompletedAt
                          ? tr("Server started at %1.").arg(timeText(*result.startupCompletedAt))
                          : tr("No \u201cWSO2 Carbon started in\u201d line in the scanned range."))
               << u'\n';
        //: %1 errors and %2 fatal entries (each counted in its own message), %3 groups, %4 entries scanned.
        io.out << tr("%1, %2, in %3; %4.")
                      .arg(tr("%n error(s)", nullptr, int(result.errorCount)),
                          tr("%n fatal", nullptr, int(result.fatalCount)),
                          tr("%n group(s)", nullptr, int(result.groups.size())),
                          tr("%n entries scanned", nullptr, int(result.entriesSinceCount)))
               << u'\n';
    }
    io.out.flush();
    if (io.out.status() != QTextStream::Ok) {
        io.err << QCoreApplication::applicationName() << u": "_s << name() << u": "_s
               << tr("could not write the report.") << u'\n';
        io.err.flush();
        return ExitIoFailure;
    }
    return result.errorCount + result.fatalCount > 0 ? ExitFindings : ExitOk;
}

} // namespace Ismw
