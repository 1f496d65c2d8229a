// SPDX-License-Identifier: Apache-2.0
#include "project/EnvironmentTableModel.h"
#include "project/MigrationProject.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class EnvironmentTableModelTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rowsFollowTheProject()
    {
        QTemporaryDir dir;
        MigrationProject project;
        EnvironmentTableModel model(&project);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy opened(&project, &MigrationProject::opened);
        project.createProject(dir.filePath(u"m.ismig"_s), {});
        QVERIFY(opened.wait(10000));
        QCOMPARE(model.rowCount(), 0);

        QVERIFY(project.startRun(Tier::PreProduction, {}, u"Priya"_s) > 0);
        CheckRecord warning;
        warning.checkId = u"a"_s;
        warning.status = CheckStatus::Warning;
        project.addCheck(warning);
        CleanupRunRecord cleanup;
        cleanup.rowsBefore = 1000;
        cleanup.rowsAfter = 250;
        cleanup.durationMs = 1500;
        project.addCleanupRun(cleanup);
        QVERIFY(project.startRun(Tier::Development, {}, u"Dana"_s) > 0);

        QCOMPARE(model.rowCount(), 2);
        // Ladder order, not creation order.
        QCOMPARE(model.index(0, EnvironmentTableModel::Name).data().toString(), u"dev"_s);
        QCOMPARE(model.index(1, EnvironmentTableModel::Name).data().toString(), u"pre-prod"_s);
        QCOMPARE(model.index(1, EnvironmentTableModel::Operator).data().toString(), u"Priya"_s);
        QVERIFY(model.index(1, EnvironmentTableModel::Checks).data().toString().contains(u"warning"_s));
        QVERIFY(!model.index(1, EnvironmentTableModel::Checks).data().toString().contains(u"blocker"_s));
        QCOMPARE(model.index(0, EnvironmentTableModel::Checks).data().toString(), u"none yet"_s);
        QVERIFY(model.index(1, EnvironmentTableModel::Cleanup).data().toString().contains(u"750"_s));
        QCOMPARE(model.index(0, EnvironmentTableModel::Status).data().toString(), runStatusDisplayName(RunStatus::InProgress));

        project.closeProject();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(EnvironmentTableModelTest)
#include "environmenttablemodel_test.moc"
