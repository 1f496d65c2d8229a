// SPDX-License-Identifier: Apache-2.0
// The Carbon log scanner on a large wso2carbon.log, against `grep -c ERROR`
// on the same file (LC_ALL=C, run from this process, page cache as warm for
// both). The log is generated (default 1024 MB, ISMW_BENCH_LOG_MB to change;
// in ISMW_BENCH_DIR or the system temp folder; removed at the end): mostly
// INFO, some WARN, ERROR and FATAL entries with stacks and "Caused by:" lines
// from several loggers and exceptions. The scanner's counts and groups must
// equal what the generator wrote, else the figures are not printed and the
// exit code is 1. Prints times, the ratio scanner/grep, lines/s, MB/s and
// the process's peak resident set during the scan.
// Run: ISMW_BENCH_LOG_MB=64 build/dev/tests/benchmarks/logscan_benchmark
#include "../unit/verify/CarbonLogWriter.h"
#include "verify/LogScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <array>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

constexpr std::array kLoggers { "org.wso2.carbon.identity.oauth2.token.AccessTokenIssuer",
    "org.wso2.carbon.user.core.ldap.ReadWriteLDAPUserStoreManager",
    "org.wso2.carbon.identity.application.authentication.framework.handler.request.impl."
    "DefaultRequestCoordinator",
    "org.wso2.carbon.ndatasource.rdbms.RDBMSDataSourceReader",
    "org.wso2.carbon.identity.core.persistence.JDBCPersistenceManager",
    "org.wso2.carbon.event.output.adapter.email.EmailEventAdapter",
    "org.apache.catalina.core.StandardWrapperValve",
    "org.wso2.carbon.identity.scim2.common.impl.SCIMUserManager" };
constexpr std::array kExceptions { "java.sql.SQLTransientConnectionException",
    "org.wso2.carbon.user.core.UserStoreException", "org.wso2.carbon.identity.oauth2.IdentityOAuth2Exception",
    "javax.naming.CommunicationException", "java.lang.NullPointerException",
    "org.wso2.carbon.identity.base.IdentityRuntimeException" };
constexpr std::array kCauses { "java.net.ConnectException: Connection refused",
    "java.net.SocketTimeoutException: Read timed out",
    "org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database may be already in use",
    "java.io.IOException: Broken pipe" };
constexpr std::array kInfoMessages { "Successfully added the user to the user store",
    "Token issued for client 8f2c1b0a with grant type authorization_code", "Session cleanup task completed",
    "Deploying web application directory /home/wso2/repository/deployment/server/webapps/oauth2",
    "Registry resource cache refreshed in 14 ms", "Adaptive authentication script engine initialised" };

// What the generator wrote, to be matched by the scanner.
struct Expected
{
    qint64 lines = 0;
    qint64 entries = 0;
    qint64 errorLines = 0; // lines grep -c ERROR must count
    int errors = 0;
    int fatals = 0;
    QHash<QString, int> groups; // level \x1f logger \x1f exception type → count
};

QByteArray timestamp(qint64 millis)
{
    const QDateTime time = QDateTime(QDate(2026, 11, 25), QTime(0, 0), QTimeZone::UTC).addMSecs(millis);
    return time.toString(u"yyyy-MM-dd HH:mm:ss,zzz"_s).toLatin1();
}

bool generate(const QString& path, qint64 targetBytes, Expected& expected)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator random(20261125);
    QByteArray buffer;
    buffer.reserve(9 * 1024 * 1024);
    qint64 written = 0;
    qint64 millis = 0;
    const auto add = [&](const QByteArray& line) {
        buffer += line;
        ++expected.lines;
    };
    const auto stack = [&](int frames, const char* exception) {
        add(QByteArray(exception) + ": generated failure " + QByteArray::number(random.bounded(100000))
            + '\n');
        for (int f = 0; f < frames; ++f)
            add("\tat org.wso2.carbon.bench.Module" + QByteArray::number(f % 7) + ".call(Module"
                + QByteArray::number(f % 7) + ".java:" + QByteArray::number(10 + f) + ")\n");
        if (frames > 8) {
            add(QByteArray("Caused by: ") + kCauses[random.bounded(int(kCauses.size()))] + '\n');
            add("\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n");
            add("\t... " + QByteArray::number(frames) + " more\n");
        }
    };
    add(Test::tidLine(timestamp(0), "INFO", "org.wso2.carbon.core.internal.StartupFinalizerServiceComponent",
        "WSO2 Carbon started in 42 sec", "startup-0"));
    ++expected.entries;
    while (written + buffer.size() < targetBytes) {
        millis += random.bounded(1, 40);
        const QByteArray time = timestamp(millis);
        const QByteArray correlation = "corr-" + QByteArray::number(random.bounded(1 << 20), 16);
        const char* logger = kLoggers[random.bounded(int(kLoggers.size()))];
        const int roll = random.bounded(1000);
        ++expected.entries;
        if (roll < 900) {
            add(Test::tidLine(
                time, "INFO", logger, kInfoMessages[random.bounded(int(kInfoMessages.size()))], correlation));
        } else if (roll < 950) {
            add(Test::tidLine(time, "WARN", logger, "Retrying after a slow response", correlation));
            if (roll < 910)
                stack(4, kExceptions[random.bounded(int(kExceptions.size()))]);
        } else {
            const bool fatal = roll >= 998;
            const char* level = fatal ? "FATAL" : "ERROR";
            add(Test::tidLine(time, level, logger, "Operation failed for tenant carbon.super", correlation));
            expected.errorLines += fatal ? 0 : 1;
            (fatal ? expected.fatals : expected.errors) += 1;
            // One error in ten has no stack: its group has no exception type.
            QByteArray exception;
            if (roll % 10 != 0) {
                exception = kExceptions[random.bounded(int(kExceptions.size()))];
                stack(random.bounded(3, 40), exception.constData());
            }
            ++expected.groups[QString::fromLatin1(level) + u'\x1f' + QString::fromLatin1(logger) + u'\x1f'
                + QString::fromLatin1(exception)];
        }
        if (buffer.size() >= 8 * 1024 * 1024) {
            if (file.write(buffer) != buffer.size())
                return false;
            written += buffer.size();
            buffer.clear();
        }
    }
    if (file.write(buffer) != buffer.size())
        return false;
    return file.flush();
}

// Peak and current resident set of this process, in KiB, from /proc.
qint64 procStatusKiB(const char* field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').first().toLongLong();
    return -1;
}

// "5" resets VmHWM to the current RSS (Linux 4.0+), so the peak measured
// afterwards is the scan's own, not the generator's.
bool resetPeakRss()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

struct GrepRun
{
    double ms = -1;
    qint64 count = -1;
};

GrepRun grepErrors(const QString& path)
{
    QProcess grep;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"LC_ALL"_s, u"C"_s);
    grep.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    grep.start(u"grep"_s, { u"-c"_s, u"ERROR"_s, path });
    if (!grep.waitForFinished(-1) || grep.exitStatus() != QProcess::NormalExit)
        return {};
    return { double(timer.nsecsElapsed()) / 1e6, grep.readAllStandardOutput().trimmed().toLongLong() };
}

int fail(const char* what)
{
    std::fprintf(stderr, "logscan_benchmark: %s\n", what);
    return 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = qEnvironmentVariableIsSet("ISMW_BENCH_LOG_MB")
        ? qEnvironmentVariableIntValue("ISMW_BENCH_LOG_MB")
        : 1024;
    if (megabytes <= 0)
        return fail("ISMW_BENCH_LOG_MB must be a positive number of megabytes");
    QTemporaryDir dir(
        QDir(qEnvironmentVariable("ISMW_BENCH_DIR", QDir::tempPath())).filePath(u"logscan-XXXXXX"_s));
    if (!dir.isValid())
        return fail("cannot make a temporary folder (set ISMW_BENCH_DIR)");
    const QString path = dir.filePath(u"wso2carbon.log"_s);

    Expected expected;
    QElapsedTimer timer;
    timer.start();
    if (!generate(path, megabytes * 1024 * 1024, expected))
        return fail("cannot write the generated log");
    const qint64 bytes = QFileInfo(path).size();
    std::printf("logscan benchmark: %s, %.1f MB, %lld lines, %lld entries (%d ERROR, %d FATAL), generated in "
                "%.1f s\n",
        qPrintable(QDir::toNativeSeparators(path)), bytes / 1048576.0, expected.lines, expected.entries,
        expected.errors, expected.fatals, double(timer.elapsed()) / 1000);
    std::fflush(stdout);

    // The first grep also brings the file into the page cache if writing it
    // did not leave it there, so both timed reads start alike.
    const GrepRun firstGrep = grepErrors(path);
    const qint64 rssBefore = procStatusKiB("VmRSS:");
    const qint64 peakBefore = procStatusKiB("VmHWM:");
    const bool peakReset = resetPeakRss();
    const qint64 peakAfterReset = procStatusKiB("VmHWM:");

    LogScanOptions options;
    options.files = { path };
    timer.restart();
    const auto scanned = scanLogs(options);
    const double scanMs = double(timer.nsecsElapsed()) / 1e6;
    const qint64 peakDuringScan = procStatusKiB("VmHWM:");
    const qint64 rssAfter = procStatusKiB("VmRSS:");
    const GrepRun secondGrep = grepErrors(path);
    const GrepRun grep
        = secondGrep.ms >= 0 && (firstGrep.ms < 0 || secondGrep.ms < firstGrep.ms) ? secondGrep : firstGrep;

    if (!scanned)
        return fail(qPrintable(scanned.error()));
    // A wrong answer computed fast is worth nothing: every count must match.
    bool right = scanned->linesRead == expected.lines && scanned->bytesRead == bytes
        && scanned->entriesSinceCount == expected.entries && scanned->errorCount == expected.errors
        && scanned->fatalCount == expected.fatals && scanned->warnings.isEmpty()
        && scanned->groups.size() == expected.groups.size() && scanned->startupCompletedAt.has_value()
        && grep.count == expected.errorLines;
    for (const LogEntryGroup& group : scanned->groups)
        right = right
            && expected.groups.value(group.level + u'\x1f' + group.logger + u'\x1f' + group.exceptionType)
                == group.count;
    if (!right) {
        std::fprintf(stderr,
            "scanner: %lld lines, %lld bytes, %lld entries, %d ERROR, %d FATAL, %lld groups, %lld warnings; "
            "expected %lld lines, %lld bytes, %lld entries, %d ERROR, %d FATAL, %lld groups; grep %lld, "
            "expected %lld\n",
            scanned->linesRead, scanned->bytesRead, scanned->entriesSinceCount, scanned->errorCount,
            scanned->fatalCount, qlonglong(scanned->groups.size()), qlonglong(scanned->warnings.size()),
            expected.lines, bytes, expected.entries, expected.errors, expected.fatals,
            qlonglong(expected.groups.size()), grep.count, expected.errorLines);
        return fail("the scanner's counts differ from what was generated");
    }

    const double megabytesRead = bytes / 1048576.0;
    std::printf(
        "  counts checked: %lld lines, %d ERROR and %d FATAL entries in %lld groups, grep -c ERROR = %lld\n",
        scanned->linesRead, scanned->errorCount, scanned->fatalCount, qlonglong(scanned->groups.size()),
        grep.count);
    std::printf("  grep -c ERROR (baseline, LC_ALL=C, best of 2)  %9.1f ms  %8.1f MB/s  1.00\n", grep.ms,
        megabytesRead / (grep.ms / 1000));
    std::printf("  scanLogs                                       %9.1f ms  %8.1f MB/s  %.1f x baseline  "
                "%.0f lines/s\n",
        scanMs, megabytesRead / (scanMs / 1000), scanMs / grep.ms, scanned->linesRead / (scanMs / 1000));
    std::printf(
        "  memory (this process's resident set): %.1f MiB before the scan (peak so far %.1f MiB, from "
        "generating the log)\n",
        rssBefore / 1024.0, peakBefore / 1024.0);
    if (peakReset)
        std::printf(
            "  peak resident set during the scan: %.1f MiB (VmHWM, reset to %.1f MiB just before it), "
            "%.1f MiB after it\n",
            peakDuringScan / 1024.0, peakAfterReset / 1024.0, rssAfter / 1024.0);
    else
        std::printf(
            "  peak resident set of the whole process: %.1f MiB (VmHWM; it could not be reset before the "
            "scan, so it includes generating the log), %.1f MiB after the scan\n",
            peakDuringScan / 1024.0, rssAfter / 1024.0);
    return 0;
}
