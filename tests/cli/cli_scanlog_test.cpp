// SPDX-License-Identifier: Apache-2.0
// `scan-log` driven as scripts drive it: the real binary, exit codes, JSON.
#include "CliRunner.h"
#include "../unit/verify/CarbonLogWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw::Test;
using namespace Qt::StringLiterals;

class CliScanLogTest : public QObject
{
    Q_OBJECT

    QString write(const QString& name, const QByteArray& content)
    {
        return writeLogFile(m_dir.filePath(name), content);
    }

    QTemporaryDir m_dir;
    QString m_log;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(qEnvironmentVariable("ISMW_CLI")).isExecutable(), "ISMW_CLI must name is-migration-cli");
        QVERIFY(m_dir.isValid());
        // Our own entries in the layout of wso2carbon.log.
        m_log = write(u"wso2carbon.log"_s,
            "TID: [-1234] [] [2024-05-02 09:00:00,000]  ERROR {org.example.Old} - Before the migration\n"
            "TID: [-1234] [] [2024-05-02 10:00:00,000]  INFO {org.example.Kernel} - WSO2 Carbon started in 42 sec\n"
            "[2024-05-02 10:15:32,123] [corr-1]  ERROR {org.example.TokenService} - Token failed\n"
            "java.lang.IllegalStateException: no key\n"
            "\tat org.example.TokenService.issue(TokenService.java:10)\n"
            "[2024-05-02 10:16:00,000] [corr-2]  ERROR {org.example.TokenService} - Token failed again\n"
            "java.lang.IllegalStateException: no key\n"
            "[2024-05-02 10:20:00,000] [corr-3]  INFO {org.example.Kernel} - Quiet from here\n");
    }

    void jsonGroupsAndCounts()
    {
        const CliRun run = runCli({ u"scan-log"_s, m_log, u"--since"_s, u"2024-05-02 10:00:00"_s, u"--format"_s,
            u"json"_s });
        QCOMPARE(run.exitCode, 1);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"ok"_s).toBool(), true);
        QCOMPARE(object.value(u"errorCount"_s).toInt(), 2);
        QCOMPARE(object.value(u"fatalCount"_s).toInt(), 0);
        QCOMPARE(object.value(u"startupCompletedAt"_s).toString(), u"2024-05-02T10:00:00.000"_s);
        const QJsonArray groups = object.value(u"groups"_s).toArray();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        QCOMPARE(group.value(u"count"_s).toInt(), 2);
        QCOMPARE(group.value(u"logger"_s).toString(), u"org.example.TokenService"_s);
        QCOMPARE(group.value(u"exceptionType"_s).toString(), u"java.lang.IllegalStateException"_s);
        QCOMPARE(group.value(u"message"_s).toString(), u"Token failed"_s);
        QCOMPARE(group.value(u"firstLine"_s).toInt(), 3);
    }

    void textBlocks()
    {
        const CliRun run = runCli({ u"scan-log"_s, m_log });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"2\u00d7 ERROR org.example.TokenService"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"1\u00d7 ERROR org.example.Old"_s));
        QVERIFY(run.out.contains(u"java.lang.IllegalStateException"_s));
        QVERIFY(run.out.contains(u"2024-05-02 10:15:32,123"_s));
        QVERIFY(run.out.contains(u"Token failed"_s));
    }

    void noErrorsSinceIsExitZero()
    {
        const CliRun run = runCli({ u"scan-log"_s, m_log, u"--since"_s, u"2024-05-02 10:17:00"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.isEmpty());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no file") << QStringList { u"scan-log"_s };
        QTest::newRow("bad date") << QStringList { u"scan-log"_s, u"x.log"_s, u"--since"_s, u"yesterday"_s };
        QTest::newRow("bad format") << QStringList { u"scan-log"_s, u"x.log"_s, u"--format"_s, u"xml"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }

    void missingFileIsExitThree()
    {
        const QString missing = m_dir.filePath(u"nope.log"_s);
        const CliRun run = runCli({ u"scan-log"_s, missing, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(missing)), qPrintable(run.err));
        const QJsonObject object = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(object.value(u"ok"_s).toBool(true), false);
    }
};

QTEST_GUILESS_MAIN(CliScanLogTest)
#include "cli_scanlog_test.moc"
