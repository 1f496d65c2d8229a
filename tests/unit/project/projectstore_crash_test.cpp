// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectStore.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

// Kills a process that is writing a project file with SIGKILL at different
// moments and checks that every change it had reported as committed is in
// the file, that the file is sound, and that it opens again at once (the
// dead writer's lock must not keep the operator out).
class ProjectStoreCrashTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNoCommittedChange_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("first change") << 1;
        QTest::newRow("a few changes") << 17;
        QTest::newRow("many changes") << 150;
    }
    void killedWriterLosesNoCommittedChange()
    {
        QFETCH(int, killAfter);
        const QString writer = qEnvironmentVariable("ISMW_PROJECT_WRITER");
        QVERIFY2(!writer.isEmpty(), "ISMW_PROJECT_WRITER is not set (run through ctest)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.ismig"_s);

        QProcess process;
        process.start(writer, { path, u"100000"_s });
        QVERIFY(process.waitForStarted());
        int committed = 0;
        QByteArray pending;
        while (committed < killAfter) {
            QVERIFY2(process.state() == QProcess::Running || process.bytesAvailable() > 0,
                process.readAllStandardError().constData());
            process.waitForReadyRead(5000);
            pending += process.readAllStandardOutput();
            qsizetype newline;
            while ((newline = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (line.startsWith("committed "))
                    committed = line.mid(10).toInt();
            }
        }
        process.kill(); // SIGKILL: no destructor, no flush, no checkpoint
        process.waitForFinished();
        pending += process.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n'))
            if (line.startsWith("committed "))
                committed = line.mid(10).toInt();

        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        // Three journal entries come before the steps: environment, run start.
        int steps = 0;
        for (const JournalEntry& entry : snapshot->journal)
            steps += entry.event == "test.step"_L1;
        QVERIFY2(steps >= committed, qPrintable(u"%1 steps in the file, %2 reported committed"_s.arg(steps).arg(committed)));
        QVERIFY(snapshot->checks.size() >= committed);
        QCOMPARE(store.verifyJournal().value_or(-1), 0);
    }
};

QTEST_GUILESS_MAIN(ProjectStoreCrashTest)
#include "projectstore_crash_test.moc"
