// SPDX-License-Identifier: Apache-2.0
#include "CarbonLogWriter.h"

#include "verify/LogScanner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Ismw::Test;
using namespace Qt::StringLiterals;

namespace {

QDateTime at(const char* text)
{
    return QDateTime::fromString(QString::fromLatin1(text), u"yyyy-MM-dd HH:mm:ss,zzz"_s);
}

} // namespace

class LogScannerTest : public QObject
{
    Q_OBJECT

    QString write(const QString& name, const QByteArray& content)
    {
        return writeLogFile(m_dir.filePath(name), content);
    }

    LogScanResult scan(const QStringList& files, const QDateTime& since = {}, int maxStackLines = 60)
    {
        LogScanOptions options;
        options.files = files;
        options.since = since;
        options.maxStackLines = maxStackLines;
        auto result = scanLogs(options);
        if (!result)
            qFatal("scan failed: %s", qPrintable(result.error()));
        return *result;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void groupsAndCountsAcrossRotatedAndCurrentFile()
    {
        const QString rotated = write(u"wso2carbon-05-01-2024.log"_s,
            tidLine("2024-05-01 09:00:00,000", "INFO", "org.example.Boot", "Starting")
                + tidLine("2024-05-01 09:10:00,100", "ERROR", "org.example.TokenService", "Token failed")
                + "java.lang.IllegalStateException: no key\n\tat org.example.TokenService.issue(TokenService.java:10)\n"
                + tidLine("2024-05-01 09:20:00,200", "ERROR", "org.example.TokenService", "Token failed again")
                + "java.lang.IllegalStateException: no key\n\tat org.example.TokenService.issue(TokenService.java:10)\n");
        const QString current = write(u"wso2carbon.log"_s,
            v7Line("2024-05-02 10:00:00,000", "WARN", "org.example.Store", "Slow")
                + v7Line("2024-05-02 10:15:32,123", "ERROR", "org.example.TokenService", "Token failed third")
                + "java.lang.IllegalStateException: other key\n\tat org.example.TokenService.issue(TokenService.java:10)\n"
                + v7Line("2024-05-02 10:16:00,000", "ERROR", "org.example.ldap.Store", "Cannot connect")
                + v7Line("2024-05-02 10:17:00,000", "FATAL", "org.example.Kernel", "Gave up"));

        const LogScanResult result = scan({rotated, current});
        QCOMPARE(result.errorCount, 4);
        QCOMPARE(result.fatalCount, 1);
        QCOMPARE(result.entriesSinceCount, 7);
        QCOMPARE(result.linesRead, 13);
        QCOMPARE(result.bytesRead, QFileInfo(rotated).size() + QFileInfo(current).size());
        QVERIFY(result.warnings.isEmpty());
        QCOMPARE(result.groups.size(), 3);

        const LogEntryGroup& top = result.groups.first();
        QCOMPARE(top.count, 3);
        QCOMPARE(top.level, u"ERROR"_s);
        QCOMPARE(top.logger, u"org.example.TokenService"_s);
        QCOMPARE(top.exceptionType, u"java.lang.IllegalStateException"_s);
        QCOMPARE(top.message, u"Token failed"_s);
        QCOMPARE(top.file, rotated);
        QCOMPARE(top.firstLine, 2);
        QCOMPARE(top.first, at("2024-05-01 09:10:00,100"));
        QCOMPARE(top.last, at("2024-05-02 10:15:32,123"));
        QCOMPARE(top.stackTrace,
            u"java.lang.IllegalStateException: no key\n\tat org.example.TokenService.issue(TokenService.java:10)"_s);

        bool sawFatal = false;
        for (const LogEntryGroup& group : result.groups) {
            QCOMPARE(group.count, group.logger == u"org.example.TokenService" ? 3 : 1);
            if (group.level == u"FATAL") {
                sawFatal = true;
                QCOMPARE(group.logger, u"org.example.Kernel"_s);
                QCOMPARE(group.file, current);
                QCOMPARE(group.firstLine, 6);
                QVERIFY(group.exceptionType.isEmpty());
            }
        }
        QVERIFY(sawFatal);
    }

    void exceptionTypeFromTopLineElseCausedBy()
    {
        const QString path = write(u"stacks.log"_s,
            tidLine("2024-05-02 10:00:00,000", "ERROR", "org.example.A", "Wrapped")
                + "org.example.WrapperException: outer\n\tat org.example.A.run(A.java:1)\n"
                + "Caused by: java.net.ConnectException: refused\n\tat java.net.Socket.connect(Socket.java:2)\n\t... 12 more\n"
                + tidLine("2024-05-02 10:00:01,000", "ERROR", "org.example.B", "Only frames")
                + "\tat org.example.B.run(B.java:3)\n"
                + "Caused by: java.net.ConnectException: refused\n\tat java.net.Socket.connect(Socket.java:2)\n");

        const LogScanResult result = scan({path});
        QCOMPARE(result.groups.size(), 2);
        for (const LogEntryGroup& group : result.groups) {
            if (group.logger == u"org.example.A") {
                QCOMPARE(group.exceptionType, u"org.example.WrapperException"_s);
                QVERIFY(group.stackTrace.endsWith(u"\t... 12 more"_s));
                QCOMPARE(group.stackTrace.count(u'\n'), 4);
            } else {
                QCOMPARE(group.exceptionType, u"java.net.ConnectException"_s);
                QVERIFY(group.stackTrace.startsWith(u"\tat org.example.B.run"_s));
            }
            QVERIFY(!group.message.contains(u'\n'));
        }
    }

    void longStackIsCapped()
    {
        QByteArray content = tidLine("2024-05-02 10:00:00,000", "ERROR", "org.example.A", "Deep");
        content += "java.lang.StackOverflowError\n";
        for (int i = 0; i < 10; ++i)
            content += "\tat org.example.A.recurse(A.java:" + QByteArray::number(i) + ")\n";
        const LogScanResult result = scan({write(u"deep.log"_s, content)}, {}, 3);
        QCOMPARE(result.groups.size(), 1);
        const QStringList lines = result.groups.first().stackTrace.split(u'\n');
        QCOMPARE(lines.size(), 4); // three kept and one saying how many were left out
        QCOMPARE(lines.first(), u"java.lang.StackOverflowError"_s);
        QVERIFY(lines.last().contains(u'8'));
        QCOMPARE(result.groups.first().exceptionType, u"java.lang.StackOverflowError"_s);
    }

    void multiLineMessage()
    {
        const QString path = write(u"multi.log"_s,
            v7Line("2024-05-02 10:00:00,000", "ERROR", "org.example.Config", "Bad config")
                + "first detail line\nsecond detail line\n"
                + v7Line("2024-05-02 10:00:01,000", "INFO", "org.example.Config", "Next")
                + "an info continuation\n");
        const LogScanResult result = scan({path});
        QCOMPARE(result.groups.size(), 1);
        QCOMPARE(result.groups.first().message, u"Bad config\nfirst detail line\nsecond detail line"_s);
        QVERIFY(result.groups.first().stackTrace.isEmpty());
        QVERIFY(result.groups.first().exceptionType.isEmpty());
        QCOMPARE(result.linesRead, 5);
    }

    void sinceSkipsEarlierEntries()
    {
        const QString path = write(u"since.log"_s,
            tidLine("2024-05-02 10:00:00,000", "ERROR", "org.example.A", "Old")
                + "java.lang.RuntimeException: old\n"
                + tidLine("2024-05-02 11:00:00,000", "ERROR", "org.example.A", "At since")
                + tidLine("2024-05-02 11:30:00,000", "INFO", "org.example.A", "Info")
                + tidLine("2024-05-02 12:00:00,000", "ERROR", "org.example.A", "New"));
        const LogScanResult result = scan({path}, at("2024-05-02 11:00:00,000"));
        QCOMPARE(result.errorCount, 2);
        QCOMPARE(result.entriesSinceCount, 3);
        QCOMPARE(result.groups.size(), 1); // the old entry's exception does not split the group
        QCOMPARE(result.groups.first().count, 2);
        QCOMPARE(result.groups.first().message, u"At since"_s);
        QCOMPARE(result.groups.first().first, at("2024-05-02 11:00:00,000"));
        QCOMPARE(result.groups.first().last, at("2024-05-02 12:00:00,000"));

        const LogScanResult none = scan({path}, at("2024-05-03 00:00:00,000"));
        QCOMPARE(none.errorCount, 0);
        QCOMPARE(none.entriesSinceCount, 0);
        QVERIFY(none.groups.isEmpty());
    }

    void startupLineIsTheLatestSinceSince()
    {
        const QString path = write(u"startup.log"_s,
            tidLine("2024-05-02 09:00:00,000", "INFO", "org.example.Kernel", "WSO2 Carbon started in 40 sec")
                + v7Line("2024-05-02 10:00:00,000", "INFO", "org.example.Kernel", "WSO2 Carbon started in 42 sec")
                + v7Line("2024-05-02 10:00:01,000", "INFO", "org.example.Kernel", "Ready"));
        const LogScanResult all = scan({path});
        QVERIFY(all.startupCompletedAt.has_value());
        QCOMPARE(*all.startupCompletedAt, at("2024-05-02 10:00:00,000"));
        QVERIFY(all.startupLine.endsWith(u"WSO2 Carbon started in 42 sec"_s));
        QVERIFY(all.groups.isEmpty());

        QVERIFY(!scan({path}, at("2024-05-02 10:00:00,500")).startupCompletedAt.has_value());
    }

    void invalidUtf8IsAWarningAndTheScanGoesOn()
    {
        const QString path = write(u"latin1.log"_s,
            tidLine("2024-05-02 10:00:00,000", "INFO", "org.example.A", "ok")
                + tidLine("2024-05-02 10:00:01,000", "ERROR", "org.example.A", "caf\xe9 broken")
                + "more \xff\xfe bytes\n"
                + tidLine("2024-05-02 10:00:02,000", "ERROR", "org.example.B", "after"));
        const LogScanResult result = scan({path});
        QCOMPARE(result.warnings.size(), 1); // only the first bad line of a file
        QVERIFY2(result.warnings.first().contains(u"Line 2"_s), qPrintable(result.warnings.first()));
        QVERIFY(result.warnings.first().contains(QDir::toNativeSeparators(path)));
        QCOMPARE(result.errorCount, 2);
        QCOMPARE(result.groups.size(), 2);
        QCOMPARE(result.linesRead, 4);
    }

    void truncatedLastLineIsReadWithAWarning()
    {
        QByteArray content = tidLine("2024-05-02 10:00:00,000", "ERROR", "org.example.A", "cut");
        content += "java.lang.IllegalArgumentException: cut sho";
        const QString path = write(u"truncated.log"_s, content);
        const LogScanResult result = scan({path});
        QCOMPARE(result.linesRead, 2);
        QCOMPARE(result.bytesRead, content.size());
        QCOMPARE(result.groups.size(), 1);
        QCOMPARE(result.groups.first().exceptionType, u"java.lang.IllegalArgumentException"_s);
        QCOMPARE(result.warnings.size(), 1);
        QVERIFY(result.warnings.first().contains(u"truncated"_s));
        QVERIFY(result.warnings.first().contains(QDir::toNativeSeparators(path)));
    }

    void emptyFile()
    {
        const LogScanResult result = scan({write(u"empty.log"_s, {})});
        QCOMPARE(result.linesRead, 0);
        QCOMPARE(result.bytesRead, 0);
        QCOMPARE(result.entriesSinceCount, 0);
        QVERIFY(result.groups.isEmpty());
        QVERIFY(result.warnings.isEmpty());
        QVERIFY(!result.startupCompletedAt);
    }

    void missingFileIsAnErrorNamingIt()
    {
        const QString present = write(u"present.log"_s, tidLine("2024-05-02 10:00:00,000", "ERROR", "a.B", "x"));
        const QString missing = m_dir.filePath(u"wso2carbon-missing.log"_s);
        LogScanOptions options;
        options.files = {present, missing};
        const auto result = scanLogs(options);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QDir::toNativeSeparators(missing)), qPrintable(result.error()));

        QVERIFY(!scanLogs(LogScanOptions{}));
    }

    void cancelStopsEarly()
    {
        QByteArray block;
        for (int i = 0; i < 100; ++i)
            block += tidLine("2024-05-02 10:00:00,000", "ERROR", "org.example.A", "spam");
        QByteArray content;
        while (content.size() < 8 * 1024 * 1024)
            content += block;
        const QString path = write(u"cancel.log"_s, content);

        std::atomic_bool cancel = false;
        qint64 lastDone = 0;
        int calls = 0;
        LogScanOptions options;
        options.files = {path};
        const auto result = scanLogs(options, &cancel, [&](qint64 done, qint64 total) {
            QCOMPARE(total, content.size());
            lastDone = done;
            if (++calls == 2) // the first call is the 0 of the start
                cancel = true;
        });
        QVERIFY(!result);
        QCOMPARE(calls, 2);
        QVERIFY(lastDone > 0);
        QVERIFY(lastDone < content.size());
    }

    void largeFileInBoundedMemory()
    {
        // About 50 MB of a repeating block; the scanner keeps one group per
        // kind of error, so the result stays small whatever the size.
        const QByteArray block = tidLine("2024-05-02 10:00:00,000", "INFO", "org.example.Http", "request served")
            + tidLine("2024-05-02 10:00:00,001", "DEBUG", "org.example.Http", "details follow")
            + "a debug continuation line that the scanner does not keep\n"
            + tidLine("2024-05-02 10:00:00,002", "ERROR", "org.example.Db", "Query failed")
            + "java.sql.SQLException: timeout\n\tat org.example.Db.query(Db.java:5)\n\tat org.example.Db.run(Db.java:9)\n"
            + v7Line("2024-05-02 10:00:00,003", "WARN", "org.example.Cache", "Evicting")
            + v7Line("2024-05-02 10:00:00,004", "FATAL", "org.example.Kernel", "Out of memory")
            + "java.lang.OutOfMemoryError: heap\n";
        constexpr qint64 linesPerBlock = 10;
        const qint64 blocks = (50LL * 1024 * 1024) / block.size() + 1;
        const QString path = m_dir.filePath(u"large.log"_s);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray buffer;
            for (qint64 i = 0; i < blocks; ++i) {
                buffer += block;
                if (buffer.size() > 1024 * 1024 || i + 1 == blocks) {
                    QCOMPARE(file.write(buffer), buffer.size());
                    buffer.clear();
                }
            }
        }
        const LogScanResult result = scan({path});
        QCOMPARE(result.bytesRead, blocks * block.size());
        QVERIFY(result.bytesRead >= 50LL * 1024 * 1024);
        QCOMPARE(result.linesRead, blocks * linesPerBlock);
        QCOMPARE(result.entriesSinceCount, blocks * 5);
        QCOMPARE(qint64(result.errorCount), blocks);
        QCOMPARE(qint64(result.fatalCount), blocks);
        QCOMPARE(result.groups.size(), 2);
        QCOMPARE(result.groups.at(0).count, int(blocks));
        QCOMPARE(result.groups.at(1).count, int(blocks));
        QVERIFY(result.warnings.isEmpty());
        QFile::remove(path);
    }
};

QTEST_GUILESS_MAIN(LogScannerTest)
#include "logscanner_test.moc"
