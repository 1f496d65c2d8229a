// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectStore.h"

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
            QVERIFY(store.saveChecklistItem({ 1, 1, u"Login works"_s, u"functional"_s, ChecklistStatus::Passed, {}, {}, at }));
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

    void refusesANewerSchemaWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.ismig"_s);
        {
            ProjectStore store;
            QVERIFY(store.create(path, sampleInfo()));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = %1"_s.arg(ProjectStore::kSchemaVersion + 1)));
            QVERIFY(raw.exec(u"PRAGMA journal_mode = DELETE"_s));
        }
        const QByteArray before = fileHash(path);
        ProjectStore store;
        const auto opened = store.open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY(opened.error().message.contains(u"newer"_s));
        QVERIFY(opened.error().message.contains(QString::number(ProjectStore::kSchemaVersion + 1)));
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
        QCOMPARE(snapshot->schemaVersion, 2);
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
