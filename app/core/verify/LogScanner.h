// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <expected>
#include <functional>
#include <optional>

namespace Ismw {

// What to scan. The files are plain text (wso2carbon.log and its rotated
// siblings such as wso2carbon-05-01-2024.log); compressed .gz rotations are
// not read: log4j2 in WSO2 IS does not compress by default, and a migration
// check only needs the days since the new server started.
struct LogScanOptions
{
    QDateTime since; // entries stamped before are skipped; invalid = all entries
    QStringList files;
    int maxStackLines = 60; // per entry, for the stack and the continued message
};

// ERROR or FATAL entries that share level, logger and exception type.
struct LogEntryGroup
{
    QString level;
    QString logger;
    // The first throwable of the entry's continuation lines: the top line of
    // the stack ("java.lang.Foo: msg") or, when the stack has no top line
    // (only "at ..." lines), its first "Caused by:". Empty when none.
    QString exceptionType;
    QString message; // of the first entry: the header's text plus its continued lines
    int count = 0;
    QDateTime first;
    QDateTime last;
    QString file; // where the first entry is
    qint64 firstLine = 0; // 1-based
    QString stackTrace; // of the first entry with one, at most maxStackLines lines
};

struct LogScanResult
{
    QList<LogEntryGroup> groups; // most frequent first
    qint64 linesRead = 0;
    qint64 bytesRead = 0;
    qint64 entriesSinceCount = 0; // entries of any level at or after `since`
    std::optional<QDateTime> startupCompletedAt; // latest "WSO2 Carbon started in"
    QString startupLine;
    QStringList warnings;
    int errorCount = 0;
    int fatalCount = 0;
};

// Groups beyond this are counted in errorCount/fatalCount but not kept, so
// memory stays bounded however varied a broken server's log is.
inline constexpr int kMaxLogGroups = 10000;

// Streams the files line by line (never whole in memory). Invalid UTF-8 and a
// last line without newline are warnings, not errors; a missing or unreadable
// file, or a cancel, is an error. progress is called from the calling thread.
std::expected<LogScanResult, QString> scanLogs(const LogScanOptions& options,
    const std::atomic_bool* cancel = nullptr,
    std::function<void(qint64 bytesDone, qint64 bytesTotal)> progress = {});

// The machine-readable form of a scan, shared by `scan-log --format json`,
// the project record of the verification page and the report:
// {errorCount, fatalCount, entriesSinceCount, linesRead, bytesRead,
//  startupCompletedAt, startupLine, warnings, groups: [{level, logger,
//  exceptionType, message, count, first, last, file, firstLine, stackTrace}],
//  groupsOmitted}. maxGroups < 0 keeps every group; a project record keeps
// the most frequent ones only, so that a broken server's log cannot bloat it.
QJsonObject logScanResultToJson(const LogScanResult& result, int maxGroups = -1);

} // namespace Ismw
