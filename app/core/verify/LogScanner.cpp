// SPDX-License-Identifier: Apache-2.0
#include "verify/LogScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <QStringDecoder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::LogScanner)
};

// A single line longer than this (a dumped request body, say) is cut: the
// rest is skipped so one line cannot take unbounded memory.
constexpr qsizetype kMaxLineBytes = 64 * 1024;
constexpr qint64 kProgressStepBytes = 1024 * 1024;

// Both layouts WSO2 IS has used: the 5.x/6.x "TID: [tenant] [] [time]" prefix
// and the 7.x "[time] [correlation-id]" one, then level, {logger} and " - ".
const QRegularExpression& headerPattern()
{
    static const QRegularExpression pattern(
        uR"(^(?:TID:\s*\[[^\]]*\]\s*\[[^\]]*\]\s*)?\[(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})[,.](\d{3})\])"
        uR"((?:\s*\[[^\]]*\])*\s+(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\s+\{([^}]*)\}\s*-\s?(.*)$)"_s);
    return pattern;
}

// "java.sql.SQLException: msg" or "Caused by: org.foo.BarError"; the class
// name must end like a throwable so an ordinary dotted word is not taken.
const QRegularExpression& throwablePattern()
{
    static const QRegularExpression pattern(
        uR"(^\s*(Caused by:\s*)?((?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*(?:Exception|Error|Throwable|Fault)[\w$]*)(?::.*)?$)"_s);
    return pattern;
}

bool isStackFrame(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    return trimmed.startsWith(u"at ") || trimmed.startsWith(u"... ");
}

int digits(QStringView text)
{
    return text.toInt();
}

struct Entry
{
    bool active = false;
    bool kept = false; // ERROR/FATAL at or after `since`: continuation lines matter
    QString level;
    QString logger;
    QString message;
    QString exceptionType;
    QString causedByType;
    QStringList stack;
    qsizetype droppedLines = 0;
    bool inStack = false;
    QDateTime time;
    qint64 line = 0;
};

class Scanner
{
public:
    explicit Scanner(const LogScanOptions& options)
        : m_options(options)
    {
        if (options.since.isValid())
            m_sinceMs = options.since.toMSecsSinceEpoch();
    }

    void beginFile(const QString& file) { m_file = file; }

    void header(const QRegularExpressionMatch& match, qint64 lineNumber, const QString& line)
    {
        finishEntry();
        const std::optional<qint64> ms = msecsOf(match);
        if (m_sinceMs && ms && *ms < *m_sinceMs) {
            m_entry.active = false;
            return;
        }
        ++m_result.entriesSinceCount;
        const QStringView level = match.capturedView(8);
        const QStringView message = match.capturedView(10);
        if (message.contains(u"WSO2 Carbon started in")) {
            const QDateTime time = timeOf(ms);
            if (!m_result.startupCompletedAt || *m_result.startupCompletedAt <= time) {
                m_result.startupCompletedAt = time;
                m_result.startupLine = line;
            }
        }
        const bool kept = level == u"ERROR" || level == u"FATAL";
        m_entry.active = true;
        m_entry.kept = kept;
        if (!kept)
            return;
        m_entry.level = level.toString();
        m_entry.logger = match.captured(9).trimmed();
        m_entry.message = message.toString();
        m_entry.exceptionType.clear();
        m_entry.causedByType.clear();
        m_entry.stack.clear();
        m_entry.droppedLines = 0;
        m_entry.inStack = false;
        m_entry.time = timeOf(ms);
        m_entry.line = lineNumber;
    }

    void continuation(const QString& line)
    {
        if (!m_entry.active || !m_entry.kept)
            return;
        if (line.trimmed().isEmpty())
            return;
        if (!m_entry.inStack) {
            const QRegularExpressionMatch match = throwablePattern().matchView(line);
            if (match.hasMatch() || isStackFrame(line)) {
                m_entry.inStack = true;
            } else {
                // A multi-line message: its lines stay with the message.
                if (m_entry.message.count(u'\n') < m_options.maxStackLines)
                    m_entry.message += u'\n' + line;
                return;
            }
        }
        if (m_entry.exceptionType.isEmpty() && !isStackFrame(line)) {
            const QRegularExpressionMatch match = throwablePattern().matchView(line);
            if (match.hasMatch()) {
                if (match.capturedLength(1) == 0)
                    m_entry.exceptionType = match.captured(2);
                else if (m_entry.causedByType.isEmpty())
                    m_entry.causedByType = match.captured(2);
            }
        }
        if (m_entry.stack.size() < m_options.maxStackLines)
            m_entry.stack.append(line);
        else
            ++m_entry.droppedLines;
    }

    void finishEntry()
    {
        if (!m_entry.active || !m_entry.kept) {
            m_entry.active = false;
            return;
        }
        m_entry.active = false;
        if (m_entry.level == u"FATAL")
            ++m_result.fatalCount;
        else
            ++m_result.errorCount;
        // The top line of the stack names what was thrown; only a stack
        // without one (a trace printed from "at" lines) falls back to the
        // first cause, which is then the best name for the failure.
        const QString type = m_entry.exceptionType.isEmpty() ? m_entry.causedByType : m_entry.exceptionType;
        const QString key = m_entry.level + u'\x1f' + m_entry.logger + u'\x1f' + type;
        auto it = m_index.constFind(key);
        if (it == m_index.cend()) {
            if (m_result.groups.size() >= kMaxLogGroups) {
                if (!m_groupsCapped) {
                    m_groupsCapped = true;
                    m_result.warnings.append(
                        Text::tr("More than %1 different kinds of errors were found; only the first %1 are listed.")
                            .arg(kMaxLogGroups));
                }
                return;
            }
            LogEntryGroup group;
            group.level = m_entry.level;
            group.logger = m_entry.logger;
            group.exceptionType = type;
            group.message = m_entry.message;
            group.first = m_entry.time;
            group.last = m_entry.time;
            group.file = m_file;
            group.firstLine = m_entry.line;
            it = m_index.insert(key, m_result.groups.size());
            m_result.groups.append(group);
        }
        LogEntryGroup& group = m_result.groups[*it];
        ++group.count;
        group.first = std::min(group.first, m_entry.time);
        group.last = std::max(group.last, m_entry.time);
        if (group.stackTrace.isEmpty() && !m_entry.stack.isEmpty()) {
            group.stackTrace = m_entry.stack.join(u'\n');
            if (m_entry.droppedLines > 0)
                group.stackTrace += u'\n' + Text::tr("(%n more line(s) not shown)", nullptr, int(m_entry.droppedLines));
        }
    }

    LogScanResult& result() { return m_result; }

private:
    // The header's local time as milliseconds since the epoch. Turning a
    // local date and time into an instant asks the C library for the zone's
    // offset (mktime), which cost more than everything else a line needs
    // together: a 1 GB log took eleven minutes. The offset only changes on
    // the hour (zones with half-hour offsets still change on a whole hour
    // of local time, give or take the rare historic exception), so the start
    // of each local hour is converted once and the rest is added. Within the
    // hour repeated when clocks go back, entries take the earlier offset:
    // the same choice QDateTime makes.
    std::optional<qint64> msecsOf(const QRegularExpressionMatch& match)
    {
        const QDate date(digits(match.capturedView(1)), digits(match.capturedView(2)), digits(match.capturedView(3)));
        const int hour = digits(match.capturedView(4));
        const int minute = digits(match.capturedView(5));
        const int second = digits(match.capturedView(6));
        const int millisecond = digits(match.capturedView(7));
        if (!date.isValid() || hour > 23 || minute > 59 || second > 60 || millisecond > 999)
            return std::nullopt;
        if (date != m_hourDate || hour != m_hour) {
            const QDateTime start(date, QTime(hour, 0));
            if (!start.isValid())
                return std::nullopt; // an hour skipped when clocks went forward
            m_hourDate = date;
            m_hour = hour;
            m_hourStartMs = start.toMSecsSinceEpoch();
        }
        return m_hourStartMs + ((minute * 60 + second) * 1000 + millisecond);
    }
    static QDateTime timeOf(std::optional<qint64> ms)
    {
        return ms ? QDateTime::fromMSecsSinceEpoch(*ms) : QDateTime();
    }

    const LogScanOptions& m_options;
    std::optional<qint64> m_sinceMs;
    QDate m_hourDate;
    int m_hour = -1;
    qint64 m_hourStartMs = 0;
    LogScanResult m_result;
    QHash<QString, qsizetype> m_index;
    Entry m_entry;
    QString m_file;
    bool m_groupsCapped = false;
};

QString cancelledText()
{
    return Text::tr("The log scan was cancelled.");
}

} // namespace

std::expected<LogScanResult, QString> scanLogs(
    const LogScanOptions& options, const std::atomic_bool* cancel, std::function<void(qint64, qint64)> progress)
{
    if (options.files.isEmpty())
        return std::unexpected(Text::tr("No log file was given. Name the wso2carbon.log of the server to check."));

    // Every file is checked before any is read, so a typo in the last name
    // does not cost a scan of the others first.
    qint64 bytesTotal = 0;
    for (const QString& path : options.files) {
        const QFileInfo info(path);
        if (!info.exists())
            return std::unexpected(Text::tr("The log file %1 does not exist. Check the path, or leave the file out.")
                    .arg(QDir::toNativeSeparators(path)));
        if (!info.isFile())
            return std::unexpected(Text::tr("%1 is not a file. Name the log files themselves, not their folder.")
                    .arg(QDir::toNativeSeparators(path)));
        bytesTotal += info.size();
    }

    const auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    Scanner scanner(options);
    LogScanResult& result = scanner.result();
    QStringDecoder decoder(QStringDecoder::Utf8);
    QByteArray chunk(kMaxLineBytes + 1, Qt::Uninitialized);
    QByteArray line;
    line.reserve(kMaxLineBytes);
    qint64 nextProgress = kProgressStepBytes;
    if (progress)
        progress(0, bytesTotal);

    for (const QString& path : options.files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::unexpected(Text::tr("The log file %1 cannot be read: %2. Check its permissions.")
                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        scanner.beginFile(path);
        const QString shownPath = QDir::toNativeSeparators(path);
        qint64 lineNumber = 0;
        bool badUtf8Reported = false;
        bool endsWithNewline = true;
        while (true) {
            // readLine() into a reused buffer; a line longer than the buffer
            // arrives in pieces, of which only the first kMaxLineBytes count.
            line.clear();
            bool gotAny = false;
            bool newline = false;
            while (true) {
                const qint64 n = file.readLine(chunk.data(), chunk.size());
                if (n <= 0)
                    break;
                gotAny = true;
                result.bytesRead += n;
                newline = chunk.at(n - 1) == '\n';
                if (line.size() < kMaxLineBytes)
                    line.append(chunk.constData(), std::min<qsizetype>(n, kMaxLineBytes - line.size()));
                if (newline)
                    break;
            }
            if (!gotAny)
                break;
            if (file.error() != QFileDevice::NoError)
                return std::unexpected(Text::tr("Reading the log file %1 failed: %2.").arg(shownPath, file.errorString()));
            ++lineNumber;
            ++result.linesRead;
            endsWithNewline = newline;
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);

            decoder.resetState();
            const QString text = decoder.decode(line);
            if (decoder.hasError() && !badUtf8Reported) {
                badUtf8Reported = true;
                result.warnings.append(
                    Text::tr("Line %1 of %2 is not valid UTF-8; the bad bytes were replaced and the scan went on.")
                        .arg(lineNumber)
                        .arg(shownPath));
            }

            // Most lines are stack frames: only lines that start like a
            // header are given to the regular expression.
            bool isHeader = false;
            if (text.startsWith(u"TID:") || (text.size() > 1 && text.at(0) == u'[' && text.at(1).isDigit())) {
                const QRegularExpressionMatch match = headerPattern().matchView(text);
                if (match.hasMatch()) {
                    isHeader = true;
                    scanner.header(match, lineNumber, text);
                }
            }
            if (!isHeader)
                scanner.continuation(text);

            if ((lineNumber & 0x3ff) == 0 && cancelled())
                return std::unexpected(cancelledText());
            if (progress && result.bytesRead >= nextProgress) {
                nextProgress = result.bytesRead + kProgressStepBytes;
                progress(result.bytesRead, bytesTotal);
                if (cancelled())
                    return std::unexpected(cancelledText());
            }
        }
        if (file.error() != QFileDevice::NoError)
            return std::unexpected(Text::tr("Reading the log file %1 failed: %2.").arg(shownPath, file.errorString()));
        // An entry never continues into the next file: rotation cuts at entries.
        scanner.finishEntry();
        if (!endsWithNewline)
            result.warnings.append(
                Text::tr("%1 ends in a truncated line (no newline at the end); the line was read as it is.")
                    .arg(shownPath));
        if (cancelled())
            return std::unexpected(cancelledText());
    }
    if (progress)
        progress(result.bytesRead, bytesTotal);

    std::stable_sort(result.groups.begin(), result.groups.end(),
        [](const LogEntryGroup& a, const LogEntryGroup& b) { return a.count > b.count; });
    return std::move(result);
}

QJsonObject logScanResultToJson(const LogScanResult& result, int maxGroups)
{
    QJsonArray groups;
    const qsizetype kept = maxGroups < 0 ? result.groups.size() : std::min<qsizetype>(maxGroups, result.groups.size());
    for (qsizetype i = 0; i < kept; ++i) {
        const LogEntryGroup& group = result.groups.at(i);
        groups.append(QJsonObject {
            { u"level"_s, group.level },
            { u"logger"_s, group.logger },
            { u"exceptionType"_s, group.exceptionType },
            { u"message"_s, group.message },
            { u"count"_s, group.count },
            { u"first"_s, group.first.toString(Qt::ISODateWithMs) },
            { u"last"_s, group.last.toString(Qt::ISODateWithMs) },
            { u"file"_s, QDir::toNativeSeparators(group.file) },
            { u"firstLine"_s, group.firstLine },
            { u"stackTrace"_s, group.stackTrace },
        });
    }
    return QJsonObject {
        { u"errorCount"_s, result.errorCount },
        { u"fatalCount"_s, result.fatalCount },
        { u"entriesSinceCount"_s, result.entriesSinceCount },
        { u"linesRead"_s, result.linesRead },
        { u"bytesRead"_s, result.bytesRead },
        { u"startupCompletedAt"_s,
            result.startupCompletedAt ? QJsonValue(result.startupCompletedAt->toString(Qt::ISODateWithMs))
                                      : QJsonValue(QJsonValue::Null) },
        { u"startupLine"_s, result.startupLine },
        { u"warnings"_s, QJsonArray::fromStringList(result.warnings) },
        { u"groups"_s, groups },
        { u"groupsOmitted"_s, result.groups.size() - kept },
    };
}

} // namespace Ismw
