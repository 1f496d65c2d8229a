// SPDX-License-Identifier: Apache-2.0
#include "project/MigrationProject.h"

#include <QFile>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

bool waitOpened(MigrationProject& project)
{
    QSignalSpy opened(&project, &MigrationProject::opened);
    return opened.wait(10000);
}

QStringList capturedLog;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message) { capturedLog << message; }

} // namespace

class MigrationProjectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createStartAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.ismig"_s);
        {
            MigrationProject project;
            QSignalSpy environments(&project, &MigrationProject::environmentsChanged);
            QSignalSpy journal(&project, &MigrationProject::journalAppended);
            project.createProject(path, u"Acme"_s);
            QVERIFY(project.isLoading());
            QVERIFY(waitOpened(project));
            QVERIFY(project.isOpen());
            QCOMPARE(project.info().name, u"Acme"_s);

            const qint64 run = project.startRun(Tier::Development, {}, u"Ana"_s);
            QVERIFY(run > 0);
            QCOMPARE(project.environments().size(), 1);
            QCOMPARE(project.currentEnvironment()->name, u"dev"_s);
            QCOMPARE(project.currentRun()->operatorName, u"Ana"_s);
            QVERIFY(environments.size() >= 2);
            QCOMPARE(journal.size(), 3); // project created, environment created, run started
            project.setHomes(u"/opt/old"_s, u"5.11.0"_s, u"/opt/new"_s, u"7.3.0"_s);
            CleanupRunRecord cleanup;
            cleanup.databaseName = u"identity_db"_s;
            cleanup.scriptName = u"postgresql/token-cleanup.sql"_s;
            cleanup.scriptSha256 = u"ab12"_s;
            cleanup.outcome = u"completed"_s;
            cleanup.dryRun = true;
            cleanup.serverVersion = u"PostgreSQL 17.2"_s;
            cleanup.scriptPath = u"/opt/old/dbscripts/identity/stored-procedures/postgresql/token-cleanup.sql"_s;
            cleanup.knobs = { { u"batchSize"_s, u"10000"_s } };
            cleanup.eligibleRows = 40;
            cleanup.tables = { { u"IDN_OAUTH2_ACCESS_TOKEN"_s, 100, 40, 60 } };
            QVERIFY(project.addCleanupRun(cleanup) > 0);
            project.finishRun(RunStatus::Completed);
            project.waitForWrites();
        }
        MigrationProject project;
        project.openProject(path);
        QVERIFY(waitOpened(project));
        QCOMPARE(project.environments().size(), 1);
        QCOMPARE(project.runs().size(), 1);
        QCOMPARE(project.runs()[0].status, RunStatus::Completed);
        QCOMPARE(project.info().newRelease, u"7.3.0"_s);
        // The fields schema 3 added to a cleanup run survive the reopen.
        QCOMPARE(project.cleanupRuns().size(), 1);
        const CleanupRunRecord& cleanup = project.cleanupRuns()[0];
        QCOMPARE(cleanup.serverVersion, u"PostgreSQL 17.2"_s);
        QCOMPARE(cleanup.scriptPath, u"/opt/old/dbscripts/identity/stored-procedures/postgresql/token-cleanup.sql"_s);
        QCOMPARE(cleanup.knobs, (QMap<QString, QString> { { u"batchSize"_s, u"10000"_s } }));
        QCOMPARE(cleanup.eligibleRows, 40);
        QCOMPARE(cleanup.tables, (QList<CleanupTableRecord> { { u"IDN_OAUTH2_ACCESS_TOKEN"_s, 100, 40, 60 } }));
        QStringList events;
        for (const JournalEntry& entry : project.journal())
            events << entry.event;
        QCOMPARE(events, (QStringList { u"project.created"_s, u"environment.created"_s, u"run.started"_s, u"homes.chosen"_s, u"run.finished"_s }));
        // A second run on the same environment reuses it.
        QVERIFY(project.startRun(Tier::Development, {}, u"Ben"_s) > 0);
        QCOMPARE(project.environments().size(), 1);
        QCOMPARE(project.runs().size(), 2);
    }

    // What the verification and report pages remember per environment (the
    // health endpoint, the confirmed fingerprint), and cases of a finished run
    // that cannot be removed from a later one.
    void environmentSettingsAndChecklistRemoval()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"s.ismig"_s);
        qint64 devCase = 0;
        {
            MigrationProject project;
            project.createProject(path, u"S"_s);
            QVERIFY(waitOpened(project));
            QVERIFY(project.startRun(Tier::Development, {}, u"Ana"_s) > 0);
            const qint64 dev = project.currentEnvironment()->id;
            QSignalSpy changed(&project, &MigrationProject::environmentSettingsChanged);
            project.setEnvironmentSetting(dev, u"health.address"_s, u"is.dev.example:9443"_s);
            project.setEnvironmentSetting(dev, u"health.address"_s, u"is.dev.example:9443"_s); // unchanged: no signal
            project.setEnvironmentSetting(dev, u"health.pin-sha256"_s, u"ab12"_s);
            project.setEnvironmentSetting(dev, u"health.pin-sha256"_s, {}); // forgotten
            project.setEnvironmentSetting(999, u"x"_s, u"y"_s); // no such environment: ignored
            QCOMPARE(changed.size(), 3);
            QCOMPARE(project.environmentSetting(dev, u"health.address"_s), u"is.dev.example:9443"_s);
            QVERIFY(project.environmentSetting(dev, u"health.pin-sha256"_s).isEmpty());

            ChecklistItem item;
            item.title = u"Login"_s;
            devCase = project.saveChecklistItem(item);
            QVERIFY(devCase > 0);
            QCOMPARE(project.checklistOf(project.currentRun()->id).size(), 1);
            QCOMPARE(project.checklist().constFirst().updatedBy, u"Ana"_s);
            project.finishRun(RunStatus::Completed);
            QVERIFY(project.startRun(Tier::Test, {}, u"Ben"_s) > 0);
            QVERIFY(!project.removeChecklistItem(devCase)); // the dev run's record stays
            project.waitForWrites();
        }
        MigrationProject project;
        project.openProject(path);
        QVERIFY(waitOpened(project));
        const qint64 dev = project.environmentNamed(u"dev"_s)->id;
        QCOMPARE(project.environmentSetting(dev, u"health.address"_s), u"is.dev.example:9443"_s);
        QVERIFY(project.environmentSetting(dev, u"health.pin-sha256"_s).isEmpty());
        QCOMPARE(project.checklist().size(), 1);
        QCOMPARE(project.checklist().constFirst().id, devCase);
    }

    void productionNeedsAReasonUntilPreProdIsCompleted()
    {
        QTemporaryDir dir;
        MigrationProject project;
        project.createProject(dir.filePath(u"m.ismig"_s), {});
        QVERIFY(waitOpened(project));
        QVERIFY(project.orderVerdict(Tier::Production).needsAcknowledgement);
        QCOMPARE(project.startRun(Tier::Production, {}, u"Ana"_s), 0);
        QVERIFY(project.runs().isEmpty());

        QVERIFY(project.startRun(Tier::Production, {}, u"Ana"_s, u"no pre-prod exists at this site"_s) > 0);
        QCOMPARE(project.acknowledgements().size(), 1);
        QCOMPARE(project.acknowledgements()[0].reason, u"no pre-prod exists at this site"_s);
        QCOMPARE(project.journal().constLast().event, u"order-rule.acknowledged"_s);
        QVERIFY(project.journal().constLast().details.contains(u"no pre-prod exists"_s));

        QVERIFY(project.startRun(Tier::PreProduction, {}, u"Ana"_s) > 0);
        QVERIFY(project.orderVerdict(Tier::Production).needsAcknowledgement); // started is not completed
        project.finishRun(RunStatus::Completed);
        QVERIFY(!project.orderVerdict(Tier::Production).needsAcknowledgement);
        QVERIFY(project.startRun(Tier::Production, {}, u"Ana"_s) > 0);
    }

    void customEnvironmentNeedsAName()
    {
        QTemporaryDir dir;
        MigrationProject project;
        project.createProject(dir.filePath(u"m.ismig"_s), {});
        QVERIFY(waitOpened(project));
        QCOMPARE(project.startRun(Tier::Custom, u"  "_s, u"Ana"_s), 0);
        QCOMPARE(project.startRun(Tier::Development, {}, u" "_s), 0);
        QVERIFY(project.startRun(Tier::Custom, u"perf-test"_s, u"Ana"_s) > 0);
        QCOMPARE(project.currentEnvironment()->name, u"perf-test"_s);
    }

    void openFailureIsReportedWithTheFileName()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.ismig"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are my notes, not a project");
        file.close();
        MigrationProject project;
        QSignalSpy failed(&project, &MigrationProject::openFailed);
        project.openProject(path);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(path));
        QVERIFY(!project.isOpen());
        QVERIFY(!project.isLoading());
    }

    void failedWriteIsReported()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.ismig"_s);
        MigrationProject project;
        project.createProject(path, {});
        QVERIFY(waitOpened(project));
        QVERIFY(project.startRun(Tier::Development, {}, u"Ana"_s) > 0);
        project.waitForWrites();
        {
            // Another program breaks the file under the wizard's feet.
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"saboteur"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"DROP TABLE checks"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"saboteur"_s);
        QSignalSpy failed(&project, &MigrationProject::storageFailed);
        CheckRecord check;
        check.checkId = u"x"_s;
        check.summary = u"y"_s;
        project.addCheck(check);
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.constFirst().constFirst().toString().contains(path));
    }

    void secretsStayOutOfFileAndLog()
    {
        capturedLog.clear();
        const auto previous = qInstallMessageHandler(captureMessages);
        QLoggingCategory::setFilterRules(u"ismw.*=true"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"m.ismig"_s);
        {
            MigrationProject project;
            project.createProject(path, {});
            QVERIFY(waitOpened(project));
            QVERIFY(project.startRun(Tier::Production, {}, u"Ana"_s,
                            u"prod DB password=Pr0dDbPass! was verified by hand"_s)
                > 0);
            project.journal(u"config.edited"_s,
                u"[super_admin]\npassword = \"Adm1nPass\"\n[secrets]\nkeystore_pw = \"Encrypted+Blob==\"\n"
                u"[database.identity_db]\npassword = \"$secret{identity_db_alias}\""_s);
            project.waitForWrites();
            QVERIFY(!project.journal().constLast().details.contains(u"Adm1nPass"_s));
        }
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});
        QByteArray bytes;
        for (const QString& file : { path, path + u"-wal"_s }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        const QByteArray log = capturedLog.join(u'\n').toUtf8();
        for (const char* secret : { "Pr0dDbPass!", "Adm1nPass", "Encrypted+Blob==", "identity_db_alias" }) {
            QVERIFY2(!bytes.contains(secret), secret);
            QVERIFY2(!log.contains(secret), secret);
        }
        QVERIFY(bytes.contains("super_admin")); // the entry itself is there
    }
};

QTEST_GUILESS_MAIN(MigrationProjectTest)
#include "migrationproject_test.moc"
