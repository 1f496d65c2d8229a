// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectStore.h"
#include "secrets/SecretRedactor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// Raw SQL on a project file, as another tool (or an attacker) would do it.
struct RawConnection {
    explicit RawConnection(const QString& path)
        : name(u"raw-%1"_s.arg(++counter))
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    bool exec(const QString& sql, QString* error = nullptr)
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        const bool ok = query.exec(sql);
        if (error)
            *error = query.lastError().text();
        return ok;
    }
    QString name;
    static inline int counter = 0;
};

ProjectInfo sampleInfo() { return { u"Sample"_s, QDateTime::currentDateTimeUtc(), {}, {}, {}, {} }; }

// A cleanup run with every field of schema 3 set, none at its default.
CleanupRunRecord fullCleanupRun(qint64 id, const QDateTime& at)
{
    CleanupRunRecord c { id, 1, u"identity_db"_s, u"mysql/token-cleanup.sql"_s, u"ab12"_s, false, 110, 70, 1234,
        u"completed"_s, u"line 1\nline 2"_s, at };
    c.serverVersion = u"MySQL 8.4.3"_s;
    c.scriptPath = u"/opt/wso2is/dbscripts/identity/stored-procedures/mysql/token-cleanup.sql"_s;
    c.knobs = { { u"batchSize"_s, u"10000"_s }, { u"logLevel"_s, u"TRACE"_s }, { u"safePeriod"_s, u"2"_s } };
    c.eligibleRows = 40;
    c.tables = { { u"IDN_OAUTH2_ACCESS_TOKEN"_s, 100, 40, 60 }, { u"IDN_OAUTH2_AUTHORIZATION_CODE"_s, 10, 0, -1 } };
    return c;
}

// One column of one row, read without the store.
QVariant rawValue(const QString& path, const QString& sql)
{
    const QString name = u"raw-value"_s;
    QVariant value;
    {
        auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                value = query.value(0);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

} // namespace

class ProjectStoreTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void createdProjectReopensWithEverything()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            const QDateTime at = QDateTime::currentDateTimeUtc();
            QVERIFY(store.insertEnvironment({ 1, u"dev"_s, Tier::Development, at }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, {}, RunStatus::InProgress }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, at.addSecs(60), RunStatus::Completed }));
            QVERIFY(store.insertAcknowledgement({ 1, 1, u"rule"_s, u"because"_s, u"Ana"_s, at }));
            QVERIFY(store.saveCheck({ 1, 1, u"c1"_s, CheckStatus::Warning, u"s"_s, u"d"_s, u"f"_s, {}, at }));
            QVERIFY(store.insertConfigDecision({ 1, 1, u"server.hostname"_s, u"accepted"_s, {}, at }));
            QVERIFY(store.insertCleanupRun({ 1, 1, u"identity_db"_s, u"t.sql"_s, u"abc"_s, true, 10, -1, 5, u"completed"_s, {}, at }));
            QVERIFY(store.saveChecklistItem({ 1, 1, u"Login works"_s, u"functional"_s, ChecklistStatus::Passed, {}, at }));
            QVERIFY(store.appendJournal({ 1, at, u"Ana"_s, u"dev"_s, u"run.started"_s, u"started"_s, {} }));
        }
        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->schemaVersion, ProjectStore::kSchemaVersion);
        QCOMPARE(snapshot->info.name, u"Sample"_s);
        QCOMPARE(snapshot->environments.size(), 1);
        QCOMPARE(snapshot->environments[0].tier, Tier::Development);
        QCOMPARE(snapshot->runs.size(), 1);
        QCOMPARE(snapshot->runs[0].status, RunStatus::Completed);
        QVERIFY(snapshot->runs[0].finishedAt.isValid());
        QCOMPARE(snapshot->acknowledgements.size(), 1);
        QCOMPARE(snapshot->checks[0].status, CheckStatus::Warning);
        QCOMPARE(snapshot->configDecisions[0].changeKey, u"server.hostname"_s);
        QCOMPARE(snapshot->cleanupRuns[0].rowsBefore, 10);
        QCOMPARE(snapshot->cleanupRuns[0].rowsAfter, -1);
        QCOMPARE(snapshot->checklist[0].status, ChecklistStatus::Passed);
        QCOMPARE(snapshot->journal.size(), 1);
        QCOMPARE(snapshot->journal[0].hash.size(), 32);
        QCOMPARE(store.verifyJournal().value_or(-1), 0);
    }

    void fileIsInWalModeWithOurApplicationId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        ProjectStore store;
        QVERIFY(store.create(path, sampleInfo()));
        RawConnection raw(path);
        QSqlQuery query(QSqlDatabase::database(raw.name));
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA application_id"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), ProjectStore::kApplicationId);
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        ProjectStore store;
        const auto created = store.create(path, sampleInfo());
        QVERIFY(!created);
        QCOMPARE(created.error().kind, StoreError::Kind::Exists);
        QVERIFY(created.error().message.contains(path));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("precious"));
    }

    void refusesFilesThatAreNotProjects_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << int(StoreError::Kind::NotSqlite) << u"empty"_s;
        QTest::newRow("text") << QByteArray("[server]\nhostname = \"x\"\n") << int(StoreError::Kind::NotSqlite)
                              << u"not an SQLite database"_s;
        QTest::newRow("binary") << QByteArray(4096, '\xa5') << int(StoreError::Kind::NotSqlite)
                                << u"not an SQLite database"_s;
    }
    void refusesFilesThatAreNotProjects()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, kind);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"bad.ismig"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        ProjectStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(int(opened.error().kind), kind);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(says), qPrintable(opened.error().message));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesMissingFileAndFolder()
    {
        QTemporaryDir dir;
        ProjectStore store;
        auto opened = store.open(dir.filePath(u"nope.ismig"_s));
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::NotFound);
        QVERIFY(!QFile::exists(dir.filePath(u"nope.ismig"_s)));
        opened = store.open(dir.path());
        QVERIFY(!opened);
        QVERIFY(opened.error().message.contains(u"folder"_s));
    }

    void refusesAnotherProgramsSqliteDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.db"_s);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"CREATE TABLE t (x)"_s));
        }
        const QByteArray before = fileHash(path);
        ProjectStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::NotAProject);
        QCOMPARE(fileHash(path), before);
    }

    void refusesANewerSchemaWithoutTouchingIt_data()
    {
        QTest::addColumn<int>("version");
        // 5 is the first version this wizard does not know.
        QTest::newRow("next") << ProjectStore::kSchemaVersion + 1;
        QTest::newRow("5") << 5;
        QTest::newRow("far") << 1000;
    }
    void refusesANewerSchemaWithoutTouchingIt()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(version)));
            QVERIFY(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        const QByteArray before = fileHash(path);
        ProjectStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY(opened.error().message.contains(u"newer"_s));
        QVERIFY(opened.error().message.contains(QString::number(version)));
        QCOMPARE(fileHash(path), before);
    }

    void refusesACorruptFileWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"corrupt.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            for (int i = 1; i <= 200; ++i)
                QVERIFY(store.appendJournal({ i, QDateTime::currentDateTimeUtc(), u"a"_s, {}, u"e"_s,
                    QString(300, QChar(u'x')), {} }));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 8 * 4096);
        // Garbage over the b-tree pages, header left intact: SQLite opens it
        // and only a check finds the damage.
        for (qint64 page = 2; page < file.size() / 4096; ++page) {
            file.seek(page * 4096);
            file.write(QByteArray(64, '\x7f'));
        }
        file.close();
        const QByteArray before = fileHash(path);
        ProjectStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::Corrupt);
        QVERIFY2(opened.error().message.contains(u"damaged"_s), qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void upgradesVersion1AndChainsItsJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.ismig"_s);
        QVERIFY(ProjectStore::createAtVersion(path, 1, sampleInfo()));
        {
            RawConnection raw(path);
            for (int i = 1; i <= 3; ++i)
                QVERIFY(raw.exec(u"INSERT INTO journal (id, at, actor, environment, event, details) VALUES "
                                 u"(%1, '2026-01-0%1T10:00:00.000Z', 'Ana', 'dev', 'e', 'entry %1')"_s.arg(i)));
        }
        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->schemaVersion, ProjectStore::kSchemaVersion);
        QCOMPARE(snapshot->journal.size(), 3);
        for (const JournalEntry& entry : snapshot->journal)
            QCOMPARE(entry.hash.size(), 32);
        QCOMPARE(store.verifyJournal().value_or(-1), 0);
        QVERIFY(QFile::exists(path + u".schema-1.bak"_s));
        // The append-only rule is back in force after the backfill.
        RawConnection raw(path);
        QString error;
        QVERIFY(!raw.exec(u"UPDATE journal SET details = 'x'"_s, &error));
        QVERIFY(error.contains(u"append-only"_s));
        QVERIFY(store.appendJournal({ 4, QDateTime::currentDateTimeUtc(), u"Ana"_s, {}, u"e"_s, u"after"_s, {} }));
        QCOMPARE(store.verifyJournal().value_or(-1), 0);
    }

    void upgradesVersion2KeepingItsCleanupRuns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v2.ismig"_s);
        QVERIFY(ProjectStore::createAtVersion(path, 2, sampleInfo()));
        {
            // Rows as a version 2 wizard wrote them: only the columns it had.
            RawConnection raw(path);
            QVERIFY(raw.exec(u"INSERT INTO environments (id, name, tier, created_at) VALUES (1, 'dev', 'dev', "
                             u"'2026-01-01T10:00:00.000Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO runs (id, environment_id, operator, started_at, status) VALUES (1, 1, 'Ana', "
                             u"'2026-01-01T10:00:00.000Z', 'in-progress')"_s));
            QVERIFY(raw.exec(u"INSERT INTO cleanup_runs (id, run_id, database_name, script_name, script_sha256, dry_run, "
                             u"rows_before, rows_after, duration_ms, outcome, messages, at) VALUES (1, 1, 'identity_db', "
                             u"'mysql/token-cleanup.sql', 'aa11', 1, 100, 60, 42, 'completed', 'dry', "
                             u"'2026-01-01T10:05:00.000Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO cleanup_runs (id, run_id, database_name, script_name, script_sha256, dry_run, "
                             u"rows_before, rows_after, duration_ms, outcome, messages, at) VALUES (2, 1, 'identity_db', "
                             u"'mysql/token-cleanup.sql', 'bb22', 0, NULL, NULL, 7, 'failed', 'refused', "
                             u"'2026-01-01T10:06:00.000Z')"_s));
        }
        {
            ProjectStore store;
            const auto snapshot = store.open(path);
            QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
            QCOMPARE(snapshot->schemaVersion, ProjectStore::kSchemaVersion);
            QCOMPARE(snapshot->cleanupRuns.size(), 2);
            const CleanupRunRecord& dry = snapshot->cleanupRuns[0];
            QCOMPARE(dry.id, 1);
            QCOMPARE(dry.runId, 1);
            QCOMPARE(dry.databaseName, u"identity_db"_s);
            QCOMPARE(dry.scriptName, u"mysql/token-cleanup.sql"_s);
            QCOMPARE(dry.scriptSha256, u"aa11"_s);
            QVERIFY(dry.dryRun);
            QCOMPARE(dry.rowsBefore, 100);
            QCOMPARE(dry.rowsAfter, 60);
            QCOMPARE(dry.durationMs, 42);
            QCOMPARE(dry.outcome, u"completed"_s);
            QCOMPARE(dry.messages, u"dry"_s);
            QCOMPARE(dry.at, QDateTime::fromString(u"2026-01-01T10:05:00.000Z"_s, Qt::ISODateWithMs));
            // What version 2 did not record loads as not recorded.
            QVERIFY(dry.serverVersion.isEmpty());
            QVERIFY(dry.scriptPath.isEmpty());
            QVERIFY(dry.knobs.isEmpty());
            QCOMPARE(dry.eligibleRows, -1);
            QVERIFY(dry.tables.isEmpty());
            const CleanupRunRecord& failed = snapshot->cleanupRuns[1];
            QCOMPARE(failed.scriptSha256, u"bb22"_s);
            QVERIFY(!failed.dryRun);
            QCOMPARE(failed.rowsBefore, -1);
            QCOMPARE(failed.rowsAfter, -1);
            QCOMPARE(failed.outcome, u"failed"_s);
            QCOMPARE(failed.eligibleRows, -1);

            // The upgraded file takes the new fields.
            QVERIFY(store.insertCleanupRun(fullCleanupRun(3, QDateTime::currentDateTimeUtc())));
        }
        // The copy is the file as version 2 left it (opening switched it to
        // WAL first, so its header is not byte for byte the same): version 2,
        // both rows, none of the new columns.
        const QString backup = path + u".schema-2.bak"_s;
        QVERIFY(QFile::exists(backup));
        QCOMPARE(rawValue(backup, u"PRAGMA user_version"_s).toInt(), 2);
        QCOMPARE(rawValue(backup, u"SELECT count(*) FROM cleanup_runs"_s).toInt(), 2);
        QCOMPARE(rawValue(backup, u"SELECT count(*) FROM pragma_table_info('cleanup_runs') WHERE name IN "
                                  u"('server_version', 'script_path', 'knobs', 'eligible_rows', 'tables')"_s)
                     .toInt(),
            0);
        QCOMPARE(rawValue(path, u"SELECT count(*) FROM pragma_table_info('cleanup_runs') WHERE name IN "
                                u"('server_version', 'script_path', 'knobs', 'eligible_rows', 'tables')"_s)
                     .toInt(),
            5);
        QCOMPARE(rawValue(path, u"PRAGMA user_version"_s).toInt(), ProjectStore::kSchemaVersion);

        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->cleanupRuns.size(), 3);
        QCOMPARE(snapshot->cleanupRuns[0].scriptSha256, u"aa11"_s);
        QCOMPARE(snapshot->cleanupRuns[2].knobs.value(u"batchSize"_s), u"10000"_s);
        QCOMPARE(snapshot->cleanupRuns[2].tables.size(), 2);
        QVERIFY(!QFile::exists(path + u".schema-3.bak"_s)); // opening at the current version copies nothing
    }

    void upgradesVersion3MovingTheEvidenceHash()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v3.ismig"_s);
        QVERIFY(ProjectStore::createAtVersion(path, 3, sampleInfo()));
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"INSERT INTO environments (id, name, tier, created_at) VALUES (1, 'dev', 'dev', "
                             u"'2026-01-01T10:00:00.000Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO runs (id, environment_id, operator, started_at, status) VALUES (1, 1, 'Ana', "
                             u"'2026-01-01T10:00:00.000Z', 'in-progress')"_s));
            QVERIFY(raw.exec(u"INSERT INTO checks (id, run_id, check_id, status, summary, at) VALUES (1, 1, "
                             u"'path.latest', 'warning', 'old', '2026-01-01T10:01:00.000Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO checklist_items (id, run_id, title, category, status, notes, "
                             u"evidence_sha256, at) VALUES (1, 1, 'Login', 'Login flows', 'passed', 'ok', 'ab12', "
                             u"'2026-01-01T10:02:00.000Z')"_s));
            QVERIFY(raw.exec(u"INSERT INTO checklist_items (id, run_id, title, category, status, at) VALUES (2, 1, "
                             u"'Logout', 'Login flows', 'not-run', '2026-01-01T10:03:00.000Z')"_s));
        }
        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->schemaVersion, ProjectStore::kSchemaVersion);
        QVERIFY(QFile::exists(path + u".schema-3.bak"_s));
        QCOMPARE(snapshot->checks.size(), 1);
        QVERIFY(snapshot->checks[0].data.isEmpty());
        QCOMPARE(snapshot->checklist.size(), 2);
        const ChecklistItem& login = snapshot->checklist[0];
        QCOMPARE(login.title, u"Login"_s);
        QCOMPARE(login.status, ChecklistStatus::Passed);
        QCOMPARE(login.notes, u"ok"_s);
        QCOMPARE(login.evidence.size(), 1);
        QCOMPARE(login.evidence[0].sha256, u"ab12"_s);
        QVERIFY(login.evidence[0].path.isEmpty()); // version 3 never knew it
        QCOMPARE(login.evidence[0].addedAt, QDateTime::fromString(u"2026-01-01T10:02:00.000Z"_s, Qt::ISODateWithMs));
        QVERIFY(snapshot->checklist[1].evidence.isEmpty());
        QVERIFY(snapshot->checklist[1].key.isEmpty());
        QVERIFY(rawValue(path, u"SELECT evidence_sha256 FROM checklist_items WHERE id = 1"_s).isNull());
        QVERIFY(snapshot->settings.isEmpty());
    }

    void checklistItemAndSettingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        const QDateTime at = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_s, Qt::ISODateWithMs);
        ChecklistItem written { 1, 1, u"Token refresh"_s, u"Tokens"_s, ChecklistStatus::Failed,
            u"refresh returned 400"_s, at };
        written.key = u"tpl.tokens.refresh"_s;
        written.kind = u"functional"_s;
        written.steps = u"Refresh a token."_s;
        written.expected = u"A new access token."_s;
        written.source = u"template"_s;
        written.updatedBy = u"Ana"_s;
        written.position = 7;
        written.evidence = { { u"/evidence/har.json"_s, u"00ff"_s, 1234, at }, { u"/evidence/shot.png"_s, u"ee11"_s, 9, at } };
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            QVERIFY(store.insertEnvironment({ 1, u"dev"_s, Tier::Development, at }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, {}, RunStatus::InProgress }));
            QVERIFY(store.saveChecklistItem(written));
            QVERIFY(store.saveChecklistItem({ 2, 1, u"Gone"_s, u"Tokens"_s, ChecklistStatus::NotRun, {}, at }));
            QVERIFY(store.removeChecklistItem(2));
            QVERIFY(store.saveCheck({ 1, 1, u"verify.health"_s, CheckStatus::Pass, u"UP"_s, {}, {}, {}, at,
                uR"({"status":"UP"})"_s }));
            QVERIFY(store.saveEnvironmentSetting({ 1, u"health.url"_s, u"https://is.example:9443"_s }));
            QVERIFY(store.saveEnvironmentSetting({ 1, u"log.path"_s, u"/opt/is/repository/logs"_s }));
            QVERIFY(store.saveEnvironmentSetting({ 1, u"log.path"_s, QString() })); // removed again
            QVERIFY(store.saveEnvironmentSetting({ 1, u"note"_s, u"password=hunter2"_s }));
        }
        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->checklist.size(), 1);
        const ChecklistItem& read = snapshot->checklist[0];
        QCOMPARE(read.title, written.title);
        QCOMPARE(read.category, written.category);
        QCOMPARE(read.status, written.status);
        QCOMPARE(read.notes, written.notes);
        QCOMPARE(read.at, written.at);
        QCOMPARE(read.key, written.key);
        QCOMPARE(read.kind, written.kind);
        QCOMPARE(read.steps, written.steps);
        QCOMPARE(read.expected, written.expected);
        QCOMPARE(read.source, written.source);
        QCOMPARE(read.updatedBy, written.updatedBy);
        QCOMPARE(read.position, written.position);
        QCOMPARE(read.evidence, written.evidence);
        QCOMPARE(snapshot->checks[0].data, uR"({"status":"UP"})"_s);
        QCOMPARE(snapshot->settings.size(), 2);
        QCOMPARE(snapshot->settings[0].key, u"health.url"_s);
        QCOMPARE(snapshot->settings[0].value, u"https://is.example:9443"_s);
        QCOMPARE(snapshot->settings[1].key, u"note"_s);
        QVERIFY(!snapshot->settings[1].value.contains(u"hunter2"_s));
    }

    void cleanupRunRoundTripsEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        const QDateTime at = QDateTime::fromString(u"2026-03-04T05:06:07.089Z"_s, Qt::ISODateWithMs);
        const CleanupRunRecord written = fullCleanupRun(1, at);
        CleanupRunRecord unknown { 2, 1, u"identity_db"_s, u"t.sql"_s, u"cc33"_s, true, -1, -1, 0, u"failed"_s, {}, at };
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            QVERIFY(store.insertEnvironment({ 1, u"dev"_s, Tier::Development, at }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, {}, RunStatus::InProgress }));
            QVERIFY(store.insertCleanupRun(written));
            QVERIFY(store.insertCleanupRun(unknown));
        }
        // The columns hold the documented text forms.
        QCOMPARE(rawValue(path, u"SELECT knobs FROM cleanup_runs WHERE id = 1"_s).toString(),
            uR"({"batchSize":"10000","logLevel":"TRACE","safePeriod":"2"})"_s);
        QCOMPARE(rawValue(path, u"SELECT tables FROM cleanup_runs WHERE id = 1"_s).toString(),
            uR"([{"eligible":40,"rows":100,"rowsAfter":60,"table":"IDN_OAUTH2_ACCESS_TOKEN"},)"
            uR"({"eligible":0,"rows":10,"rowsAfter":null,"table":"IDN_OAUTH2_AUTHORIZATION_CODE"}])"_s);
        QCOMPARE(rawValue(path, u"SELECT eligible_rows FROM cleanup_runs WHERE id = 1"_s).toLongLong(), 40);
        QVERIFY(rawValue(path, u"SELECT eligible_rows FROM cleanup_runs WHERE id = 2"_s).isNull());
        QVERIFY(rawValue(path, u"SELECT server_version FROM cleanup_runs WHERE id = 2"_s).isNull());

        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY2(snapshot, qPrintable(snapshot ? QString() : snapshot.error().message));
        QCOMPARE(snapshot->cleanupRuns.size(), 2);
        const CleanupRunRecord& read = snapshot->cleanupRuns[0];
        QCOMPARE(read.id, written.id);
        QCOMPARE(read.runId, written.runId);
        QCOMPARE(read.databaseName, written.databaseName);
        QCOMPARE(read.scriptName, written.scriptName);
        QCOMPARE(read.scriptSha256, written.scriptSha256);
        QCOMPARE(read.dryRun, written.dryRun);
        QCOMPARE(read.rowsBefore, written.rowsBefore);
        QCOMPARE(read.rowsAfter, written.rowsAfter);
        QCOMPARE(read.durationMs, written.durationMs);
        QCOMPARE(read.outcome, written.outcome);
        QCOMPARE(read.messages, written.messages);
        QCOMPARE(read.at, written.at);
        QCOMPARE(read.serverVersion, written.serverVersion);
        QCOMPARE(read.scriptPath, written.scriptPath);
        QCOMPARE(read.knobs, written.knobs);
        QCOMPARE(read.eligibleRows, written.eligibleRows);
        QCOMPARE(read.tables, written.tables);
        const CleanupRunRecord& empty = snapshot->cleanupRuns[1];
        QVERIFY(empty.serverVersion.isEmpty());
        QVERIFY(empty.scriptPath.isEmpty());
        QVERIFY(empty.knobs.isEmpty());
        QCOMPARE(empty.eligibleRows, -1);
        QVERIFY(empty.tables.isEmpty());
        QCOMPARE(empty.rowsBefore, -1);
    }

    void cleanupKnobsPassTheRedaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            const QDateTime at = QDateTime::currentDateTimeUtc();
            QVERIFY(store.insertEnvironment({ 1, u"dev"_s, Tier::Development, at }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, {}, RunStatus::InProgress }));
            CleanupRunRecord c = fullCleanupRun(1, at);
            // A knob named like a secret, and a text knob hiding one.
            c.knobs.insert(u"db_password"_s, u"Kn0bPassw0rd"_s);
            c.knobs.insert(u"note"_s, u"client_secret=Kn0bS3cret"_s);
            c.messages = u"key_password=MsgS3cret"_s;
            QVERIFY(store.insertCleanupRun(c));
        }
        QByteArray bytes;
        for (const QString& file : { path, path + u"-wal"_s }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        for (const char* secret : { "Kn0bPassw0rd", "Kn0bS3cret", "MsgS3cret" })
            QVERIFY2(!bytes.contains(secret), secret);
        ProjectStore store;
        const auto snapshot = store.open(path);
        QVERIFY(snapshot);
        const QMap<QString, QString>& knobs = snapshot->cleanupRuns[0].knobs;
        QCOMPARE(knobs.value(u"db_password"_s), kSecretMask.toString()); // the knob stays, its value goes
        QVERIFY(knobs.value(u"note"_s).startsWith(u"client_secret="_s));
        QCOMPARE(knobs.value(u"batchSize"_s), u"10000"_s); // settings are not secrets
    }

    void journalIsAppendOnlyAndTamperingIsDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        ProjectStore store;
        QVERIFY(store.create(path, sampleInfo()));
        for (int i = 1; i <= 3; ++i)
            QVERIFY(store.appendJournal({ i, QDateTime::currentDateTimeUtc(), u"Ana"_s, {}, u"e"_s, u"d%1"_s.arg(i), {} }));
        RawConnection raw(path);
        QVERIFY(!raw.exec(u"DELETE FROM journal WHERE id = 2"_s));
        QVERIFY(!raw.exec(u"UPDATE journal SET details = 'forged' WHERE id = 2"_s));
        QCOMPARE(store.verifyJournal().value_or(-1), 0);
        QVERIFY(raw.exec(u"DROP TRIGGER journal_append_only_update"_s));
        QVERIFY(raw.exec(u"UPDATE journal SET details = 'forged' WHERE id = 2"_s));
        QCOMPARE(store.verifyJournal().value_or(-1), 2);
    }

    void secondWriterIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        ProjectStore first;
        QVERIFY(first.create(path, sampleInfo()));
        ProjectStore second;
        const auto opened = second.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::Locked);
        first.close();
        QVERIFY(second.open(path));
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"p.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
            const QDateTime at = QDateTime::currentDateTimeUtc();
            QVERIFY(store.insertEnvironment({ 1, u"dev"_s, Tier::Development, at }));
            QVERIFY(store.saveRun({ 1, 1, u"Ana"_s, at, {}, RunStatus::InProgress }));
            QVERIFY(store.appendJournal({ 1, at, u"Ana"_s, {}, u"config.edited"_s,
                u"[super_admin]\npassword = \"Hunter2-admin\"\n[database.identity_db]\npassword = \"$secret{db_pw_alias}\""_s, {} }));
            QVERIFY(store.insertAcknowledgement({ 1, 1, u"r"_s, u"tested with key_password=Sup3rKey"_s, u"Ana"_s, at }));
            QVERIFY(store.saveCheck({ 1, 1, u"c"_s, CheckStatus::Pass, u"s"_s, u"client_secret: Cl13ntS3cret"_s, {}, {}, at }));
        }
        QByteArray bytes;
        for (const QString& file : { path, path + u"-wal"_s }) {
            QFile f(file);
            if (f.open(QIODevice::ReadOnly))
                bytes += f.readAll();
        }
        QVERIFY(!bytes.isEmpty());
        for (const char* secret : { "Hunter2-admin", "db_pw_alias", "Sup3rKey", "Cl13ntS3cret" })
            QVERIFY2(!bytes.contains(secret), secret);
        QVERIFY(bytes.contains("super_admin"));
    }
};

QTEST_GUILESS_MAIN(ProjectStoreTest)
#include "projectstore_test.moc"
