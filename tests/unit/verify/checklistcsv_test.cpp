// SPDX-License-Identifier: Apache-2.0
#include "ChecklistTestSupport.h"
#include "verify/ChecklistCsv.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class ChecklistCsvTest : public QObject
{
    Q_OBJECT

    QString write(const QString& name, const QByteArray& content)
    {
        return ChecklistTestSupport::writeTestFile(m_dir, name, content);
    }

    ChecklistCsvImport read(const QByteArray& content)
    {
        auto result = readChecklistCsv(write(u"cases.csv"_s, content));
        if (!result)
            qFatal("import refused: %s", qPrintable(result.error()));
        return *result;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void goodFile()
    {
        const ChecklistCsvImport result
            = read("id,title,group,kind,steps,expected\n"
                   "sso.partner,Partner portal SSO,Single sign-on,functional,Open the portal,Signed in\n"
                   ",Report export,Reports,non-functional,,\n"
                   ",Audit log,,,,\n");
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.cases.size(), 3);
        QCOMPARE(result.cases[0],
            (ChecklistCase { u"csv:sso.partner"_s, u"Single sign-on"_s, u"functional"_s,
                u"Partner portal SSO"_s, u"Open the portal"_s, u"Signed in"_s }));
        QCOMPARE(result.cases[1].kind, u"non-functional"_s);
        QCOMPARE(result.cases[1].group, u"Reports"_s);
        QVERIFY(result.cases[1].steps.isEmpty());
        // No kind: functional; no group: the default group.
        QCOMPARE(result.cases[2].kind, u"functional"_s);
        QCOMPARE(result.cases[2].group, u"Own cases"_s);
        static const QRegularExpression hashed(u"^csv:[0-9a-f]{12}$"_s);
        QVERIFY2(hashed.match(result.cases[1].key).hasMatch(), qPrintable(result.cases[1].key));
        QVERIFY(result.cases[1].key != result.cases[2].key);
    }

    void quotedFields()
    {
        const ChecklistCsvImport result
            = read("Title,Steps,Expected\n"
                   "\"Login, then logout\",\"1. Sign in\n2. Sign out\",\"The \"\"Bye\"\" page\"\n"
                   "\"\",\"no title, on line 4\",\n"
                   "Plain,\"\",x\n");
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.cases[0].title, u"Login, then logout"_s);
        QCOMPARE(result.cases[0].steps, u"1. Sign in\n2. Sign out"_s);
        QCOMPARE(result.cases[0].expected, u"The \"Bye\" page"_s);
        QCOMPARE(result.cases[1].title, u"Plain"_s);
        // The record with a line break spans lines 2 and 3, so the next is 4.
        QCOMPARE(result.problems, (QStringList { u"line 4: the row has no title; it is skipped."_s }));
    }

    void semicolonsAsEuropeanSpreadsheetsWrite()
    {
        const ChecklistCsvImport result = read("TITLE;Group;KIND\n"
                                               "Latency, median and p95;Performance;NFR\n"
                                               "\"Quoted; with semicolon\";Performance;Non functional\n");
        QVERIFY2(result.problems.isEmpty(), qPrintable(result.problems.join(u'\n')));
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.cases[0].title, u"Latency, median and p95"_s);
        QCOMPARE(result.cases[0].kind, u"non-functional"_s);
        QCOMPARE(result.cases[1].title, u"Quoted; with semicolon"_s);
        QCOMPARE(result.cases[1].kind, u"non-functional"_s);
    }

    void bomAndCrlf()
    {
        const ChecklistCsvImport result = read("\xEF\xBB\xBFtitle,steps\r\n"
                                               "Caf\xC3\xA9 login,\"one\r\ntwo\"\r\n"
                                               ",missing\r\n"
                                               "Last,x"); // no line break at the end
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.cases[0].title, u"Café login"_s); // the BOM is not part of "title"
        QCOMPARE(result.cases[0].steps, u"one\ntwo"_s);
        QCOMPARE(result.cases[1].title, u"Last"_s);
        QCOMPARE(result.problems, (QStringList { u"line 4: the row has no title; it is skipped."_s }));
    }

    void badRowsAreReportedAndSkipped()
    {
        const ChecklistCsvImport result = read("title,kind,group\n" // 1
                                               "Good one,functional,G\n" // 2
                                               ",functional,G\n" // 3
                                               "Bad kind,fun,G\n" // 4
                                               "Too few,functional\n" // 5
                                               "\"Multi\n" // 6
                                               "line\",nfr,G\n" // 7
                                               "\n" // 8
                                               "Extra,functional,G,x\n" // 9
                                               "Padded,functional,G,,\n" // 10
                                               "Good one,functional,G\n" // 11
                                               "\"Open quote,functional,G\n" // 12
                                               "Never seen,functional,G\n"); // 13 (inside the open quote)
        QStringList titles;
        for (const ChecklistCase& c : result.cases)
            titles << c.title;
        QCOMPARE(titles, (QStringList { u"Good one"_s, u"Multi line"_s, u"Padded"_s }));
        QCOMPARE(result.problems.size(), 6);
        const QStringList expectedStarts { u"line 3: the row has no title"_s, u"line 4: the kind “fun”"_s,
            u"line 5: 2 fields where the header has 3"_s, u"line 9: 4 fields where the header has 3"_s,
            u"line 11: the same test case as line 2"_s, u"line 12: a quoted field is not closed"_s };
        for (qsizetype i = 0; i < expectedStarts.size(); ++i)
            QVERIFY2(result.problems[i].startsWith(expectedStarts[i]), qPrintable(result.problems[i]));
    }

    void unknownColumnsAreReportedOnce()
    {
        const ChecklistCsvImport result = read("title,owner,Priority,\nA,ana,high,\nB,ben,low,\n");
        QCOMPARE(result.cases.size(), 2);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems[0].startsWith(u"line 1: "_s)
                && result.problems[0].contains(u"“owner”, “Priority”"_s),
            qPrintable(result.problems[0]));
    }

    void fatalProblemsRefuseTheFile_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << u"is empty"_s;
        QTest::newRow("only a BOM and blank lines") << QByteArray("\xEF\xBB\xBF\r\n \n") << u"is empty"_s;
        QTest::newRow("no title column")
            << QByteArray("name,group\nA,B\n") << u"line 1: the header row has no “title”"_s;
        QTest::newRow("not UTF-8") << QByteArray("title\nok\nLatin-1 caf\xE9\n")
                                   << u"is not UTF-8 text (line 3)"_s;
        QTest::newRow("NUL bytes") << QByteArray("title\nA\0B\n", 10) << u"binary data (line 2)"_s;
        QTest::newRow("too large") << QByteArray("title\n") + QByteArray(kMaxChecklistCsvBytes, 'x')
                                   << u"larger than 5 MB"_s;
    }

    void fatalProblemsRefuseTheFile()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, says);
        const QString path = write(u"fatal.csv"_s, content);
        const auto result = readChecklistCsv(path);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(QDir::toNativeSeparators(path)), qPrintable(result.error()));
        QVERIFY2(result.error().contains(says), qPrintable(result.error()));
    }

    void missingFileAndFolderAreRefused()
    {
        const QString missing = m_dir.filePath(u"nowhere.csv"_s);
        auto result = readChecklistCsv(missing);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"does not exist"_s)
                && result.error().contains(QDir::toNativeSeparators(missing)),
            qPrintable(result.error()));
        result = readChecklistCsv(m_dir.path());
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"is a folder"_s), qPrintable(result.error()));
    }

    void readFailureIsRefused()
    {
#ifndef Q_OS_LINUX
        QSKIP("needs /proc/self/mem, which opens but cannot be read from offset 0");
#else
        // Opens, but reading fails (EIO at address 0): the read error path
        // even for root, whom permissions do not stop.
        const auto failing = readChecklistCsv(u"/proc/self/mem"_s);
        QVERIFY(!failing);
        QVERIFY2(failing.error().contains(u"cannot be read"_s), qPrintable(failing.error()));
#endif
    }

    void unreadableFileIsRefused()
    {
        const QString path = write(u"locked.csv"_s, "title\nA\n");
        QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (QFile probe(path); probe.open(QIODevice::ReadOnly))
            QSKIP("this user (root) reads files whatever their permissions say");
        const auto result = readChecklistCsv(path);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(!result);
        QVERIFY2(result.error().contains(u"cannot be read"_s), qPrintable(result.error()));
    }

    void reimportGivesTheSameKeys()
    {
        const QByteArray content = "title,group,id\nLogin works,Login,\nToken refresh,Tokens,T-7\n";
        const ChecklistCsvImport first = read(content);
        const ChecklistCsvImport second = read(content);
        QCOMPARE(first.cases.size(), 2);
        QCOMPARE(second.cases, first.cases);
        QCOMPARE(first.cases[1].key, u"csv:T-7"_s);
        // Spacing and case of title and group do not make a new case; another group does.
        const ChecklistCsvImport edited = read("title,group\n  login   WORKS ,login\nLogin works,Other\n");
        QCOMPARE(edited.cases[0].key, first.cases[0].key);
        QVERIFY(edited.cases[1].key != first.cases[0].key);
    }
};

QTEST_GUILESS_MAIN(ChecklistCsvTest)
#include "checklistcsv_test.moc"
