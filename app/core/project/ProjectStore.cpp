// SPDX-License-Identifier: Apache-2.0
#include "project/ProjectStore.h"

#include "Logging.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QString tr(const char* text) { return QCoreApplication::translate("Ismw::ProjectStore", text); }

QString nativePath(const QString& path) { return QDir::toNativeSeparators(path); }

QString toText(const QDateTime& at) { return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QDateTime fromText(const QVariant& value)
{
    const QString text = value.toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QVariant nullIfEmpty(const QString& text) { return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : text; }

// The schema, one step per version. A step runs inside the upgrade
// transaction, so a file is either fully at the new version or untouched.
// Steps are never edited once released: a change to the schema is a new step.
const QStringList& schemaStep1()
{
    static const QStringList sql {
        u"CREATE TABLE project (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL,"
        u" created_at TEXT NOT NULL, old_home TEXT, new_home TEXT, old_release TEXT, new_release TEXT)"_s,
        u"CREATE TABLE environments (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE,"
        u" tier TEXT NOT NULL, created_at TEXT NOT NULL)"_s,
        u"CREATE TABLE runs (id INTEGER PRIMARY KEY, environment_id INTEGER NOT NULL REFERENCES environments(id),"
        u" operator TEXT NOT NULL, started_at TEXT NOT NULL, finished_at TEXT, status TEXT NOT NULL)"_s,
        u"CREATE TABLE acknowledgements (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        u" rule_id TEXT NOT NULL, reason TEXT NOT NULL, operator TEXT NOT NULL, at TEXT NOT NULL)"_s,
        u"CREATE TABLE checks (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        u" check_id TEXT NOT NULL, status TEXT NOT NULL, summary TEXT NOT NULL, details TEXT,"
        u" fix_hint TEXT, accepted_reason TEXT, at TEXT NOT NULL)"_s,
        u"CREATE TABLE config_decisions (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        u" change_key TEXT NOT NULL, decision TEXT NOT NULL, reason TEXT, at TEXT NOT NULL)"_s,
        u"CREATE TABLE cleanup_runs (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        u" database_name TEXT NOT NULL, script_name TEXT NOT NULL, script_sha256 TEXT NOT NULL,"
        u" dry_run INTEGER NOT NULL, rows_before INTEGER, rows_after INTEGER, duration_ms INTEGER NOT NULL,"
        u" outcome TEXT NOT NULL, messages TEXT, at TEXT NOT NULL)"_s,
        u"CREATE TABLE checklist_items (id INTEGER PRIMARY KEY, run_id INTEGER NOT NULL REFERENCES runs(id),"
        u" title TEXT NOT NULL, category TEXT, status TEXT NOT NULL, notes TEXT, evidence_sha256 TEXT,"
        u" at TEXT NOT NULL)"_s,
        u"CREATE TABLE journal (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL,"
        u" environment TEXT, event TEXT NOT NULL, details TEXT NOT NULL)"_s,
        u"CREATE TRIGGER journal_append_only_update BEFORE UPDATE ON journal"
        u" BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"_s,
        u"CREATE TRIGGER journal_append_only_delete BEFORE DELETE ON journal"
        u" BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"_s,
    };
    return sql;
}

// Version 2 chains the journal entries by hash so that an entry edited or
// removed with an SQLite tool is detectable. Existing entries are chained in
// file order; the append-only trigger is lifted for that one backfill only.
const QStringList& schemaStep2Before()
{
    static const QStringList sql {
        u"ALTER TABLE journal ADD COLUMN hash BLOB"_s,
        u"DROP TRIGGER journal_append_only_update"_s,
    };
    return sql;
}

const QStringList& schemaStep2After()
{
    static const QStringList sql {
        u"CREATE TRIGGER journal_append_only_update BEFORE UPDATE ON journal"
        u" BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"_s,
    };
    return sql;
}

// Version 3 records in each cleanup run what the issue asks an audit to
// show and version 2 left out: the server's version, the script file, the
// knob values of the text that ran, the eligible (dry-run) count and the
// counts per table. Rows of older files keep NULL there: not recorded.
// knobs and tables hold compact JSON (cleanupKnobsToText, cleanupTablesToText);
// a new row always has them, "{}" / "[]" when there were none, so that NULL
// keeps meaning "an older wizard did not record this".
const QStringList& schemaStep3()
{
    static const QStringList sql {
        u"ALTER TABLE cleanup_runs ADD COLUMN server_version TEXT"_s,
        u"ALTER TABLE cleanup_runs ADD COLUMN script_path TEXT"_s,
        u"ALTER TABLE cleanup_runs ADD COLUMN knobs TEXT"_s,
        u"ALTER TABLE cleanup_runs ADD COLUMN eligible_rows INTEGER"_s,
        u"ALTER TABLE cleanup_runs ADD COLUMN tables TEXT"_s,
    };
    return sql;
}

// Version 4 is the verification page's: test cases get a stable key for the
// carry-over between environments, their kind, steps, expected result, origin,
// who changed them last, an order and a list of evidence files (the single
// evidence hash of versions 1 to 3 moves into that list, see upgrade());
// automatic checks get a machine-readable result; environments get settings.
const QStringList& schemaStep4()
{
    static const QStringList sql {
        u"ALTER TABLE checks ADD COLUMN data TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN case_key TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN kind TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN steps TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN expected TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN source TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN updated_by TEXT"_s,
        u"ALTER TABLE checklist_items ADD COLUMN position INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE checklist_items ADD COLUMN evidence TEXT"_s,
        u"CREATE TABLE environment_settings (environment_id INTEGER NOT NULL REFERENCES environments(id),"
        u" setting_key TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (environment_id, setting_key))"_s,
    };
    return sql;
}

QVariant nullIfUnknown(qint64 count) { return count < 0 ? QVariant(QMetaType::fromType<qlonglong>()) : QVariant(count); }

qint64 countOrUnknown(const QVariant& value) { return value.isNull() ? -1 : value.toLongLong(); }

QString newConnectionName()
{
    static std::atomic_int counter { 0 };
    return u"ismw-project-%1"_s.arg(++counter);
}

} // namespace

QByteArray journalHash(const QByteArray& previousHash, const JournalEntry& entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    // Fields are length-prefixed so that moving text from one field into
    // the next changes the hash.
    const auto add = [&hash](const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    };
    hash.addData(previousHash);
    add(QString::number(entry.id));
    add(toText(entry.at));
    add(entry.actor);
    add(entry.environment);
    add(entry.event);
    add(entry.details);
    return hash.result();
}

ProjectStore::ProjectStore() = default;

ProjectStore::~ProjectStore() { close(); }

bool ProjectStore::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void ProjectStore::close()
{
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
    }
    m_lock.reset();
    m_path.clear();
    m_transactionDepth = 0;
}

StoreError ProjectStore::sqlError(const QString& what, const QString& detail) const
{
    StoreError error;
    const bool damaged = detail.contains("malformed"_L1) || detail.contains("not a database"_L1)
        || detail.contains("corrupt"_L1);
    error.kind = damaged ? StoreError::Kind::Corrupt : StoreError::Kind::Io;
    error.message = damaged
        ? tr("The project file %1 is damaged (%2: %3). It was not changed. Restore it from your "
             "backup; if the wizard ever upgraded its format, the copy it made then lies beside it "
             "(*.schema-N.bak).")
              .arg(nativePath(m_path), what, detail)
        //: %1 is what was being done, from the messages "open", "read", "check", "commit", "set up"
        //: (an infinitive), %2 the file's path, %3 the database's own error text.
        : tr("Could not %1 in the project file %2: %3. Check that the disk is not full and the file is "
             "writable; the change was not saved.")
              .arg(what, nativePath(m_path), detail);
    return error;
}

StoreResult<void> ProjectStore::exec(const QString& sql, const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.prepare(sql))
        return std::unexpected(sqlError(tr("prepare a statement"), query.lastError().text()));
    for (const QVariant& value : values)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(sqlError(tr("write"), query.lastError().text()));
    return {};
}

StoreResult<void> ProjectStore::transaction(const std::function<StoreResult<void>()>& work)
{
    // Nested calls join the outer transaction: a record helper called from
    // a larger change must not commit half of it.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        auto result = work();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return std::unexpected(StoreError { StoreError::Kind::Io, tr("No project file is open.") });
    if (!db.transaction())
        return std::unexpected(sqlError(tr("start a transaction"), db.lastError().text()));
    ++m_transactionDepth;
    auto result = work();
    --m_transactionDepth;
    if (!result) {
        db.rollback();
        return result;
    }
    if (!db.commit()) {
        const QString detail = db.lastError().text();
        db.rollback();
        return std::unexpected(sqlError(tr("commit"), detail));
    }
    return {};
}

StoreResult<void> ProjectStore::checkFile(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return std::unexpected(StoreError { StoreError::Kind::NotFound,
            tr("The project file %1 does not exist. Choose an existing *.ismig file or create a new project.")
                .arg(nativePath(path)) });
    if (info.isDir())
        return std::unexpected(StoreError { StoreError::Kind::NotSqlite,
            tr("%1 is a folder, not a migration project file. Choose a *.ismig file.").arg(nativePath(path)) });
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(StoreError { StoreError::Kind::Io,
            tr("Could not read %1: %2. Check the file's permissions.").arg(nativePath(path), file.errorString()) });
    // Checked before SQLite sees the file: SQLite would happily turn an empty
    // or foreign file into a new database on the first write.
    const QByteArray header = file.read(16);
    if (header.isEmpty())
        return std::unexpected(StoreError { StoreError::Kind::NotSqlite,
            tr("%1 is empty, so it is not a migration project. It was not changed.").arg(nativePath(path)) });
    if (header != QByteArrayView("SQLite format 3\0", 16))
        return std::unexpected(StoreError { StoreError::Kind::NotSqlite,
            tr("%1 is not a migration project file (it is not an SQLite database). It was not changed. "
               "Choose a *.ismig file made by the IS Migration Wizard.")
                .arg(nativePath(path)) });
    return {};
}

StoreResult<void> ProjectStore::openConnection(const QString& path)
{
    m_lock = std::make_unique<QLockFile>(path + u".lock"_s);
    m_lock->setStaleLockTime(0); // a lock of a dead process is stale at once, however young
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        m_lock.reset();
        return std::unexpected(StoreError { StoreError::Kind::Locked,
            tr("The project %1 is open in another IS Migration Wizard (process %2 on %3). Close it there "
               "first: two wizards writing one project would mix their records.")
                .arg(nativePath(path))
                .arg(pid)
                .arg(host) });
    }
    m_path = path;
    m_connectionName = newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const StoreError error = sqlError(tr("open"), db.lastError().text());
        db = QSqlDatabase(); // release the handle before close() removes the connection
        close();
        return std::unexpected(error);
    }
    return {};
}

StoreResult<void> ProjectStore::checkDatabase()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const auto pragma = [&query](const QString& name) -> std::optional<QVariant> {
        if (!query.exec(u"PRAGMA "_s + name) || !query.next())
            return std::nullopt;
        return query.value(0);
    };
    const auto appId = pragma(u"application_id"_s);
    if (!appId)
        return std::unexpected(sqlError(tr("read"), query.lastError().text()));
    const int version = pragma(u"user_version"_s).value_or(0).toInt();
    if (appId->toInt() != kApplicationId)
        return std::unexpected(StoreError { StoreError::Kind::NotAProject,
            tr("%1 is an SQLite database of another program, not a migration project. It was not changed.")
                .arg(nativePath(m_path)) });
    if (version > kSchemaVersion)
        return std::unexpected(StoreError { StoreError::Kind::NewerSchema,
            tr("%1 was written by a newer IS Migration Wizard (project format %2; this version reads up to "
               "format %3). Update the wizard to open it. The file was not changed.")
                .arg(nativePath(m_path))
                .arg(version)
                .arg(kSchemaVersion) });
    if (!query.exec(u"PRAGMA quick_check"_s))
        return std::unexpected(sqlError(tr("check"), query.lastError().text()));
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != "ok"_L1)
            problems << line;
    }
    if (!problems.isEmpty()) {
        // quick_check names pages and b-trees, not "malformed": any line
        // but "ok" is damage.
        StoreError error = sqlError(tr("check"), u"malformed: "_s + problems.mid(0, 3).join(u"; "_s));
        error.kind = StoreError::Kind::Corrupt;
        return std::unexpected(error);
    }
    return {};
}

StoreResult<void> ProjectStore::create(const QString& path, const ProjectInfo& info)
{
    close();
    if (QFileInfo::exists(path))
        return std::unexpected(StoreError { StoreError::Kind::Exists,
            tr("%1 already exists. Open it, or choose another name for the new project.").arg(nativePath(path)) });
    const QString temporary = u"%1.new-%2"_s.arg(path, QUuid::createUuid().toString(QUuid::WithoutBraces));
    if (auto made = createAtVersion(temporary, kSchemaVersion, info); !made) {
        QFile::remove(temporary);
        return std::unexpected(made.error());
    }
    // rename() does not replace: if another program created `path` in the
    // meantime, its file is kept and ours is dropped.
    if (!QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        return std::unexpected(StoreError { StoreError::Kind::Io,
            tr("Could not create %1. Check that the folder exists and is writable.").arg(nativePath(path)) });
    }
    auto opened = open(path);
    if (!opened)
        return std::unexpected(opened.error());
    return {};
}

StoreResult<void> ProjectStore::createAtVersion(const QString& path, int version, const ProjectInfo& info)
{
    ProjectStore store;
    store.m_path = path;
    store.m_connectionName = newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, store.m_connectionName);
        db.setDatabaseName(path);
        if (!db.open())
            return std::unexpected(store.sqlError(tr("create"), db.lastError().text()));
    }
    return store.transaction([&]() -> StoreResult<void> {
        QStringList steps = schemaStep1();
        if (version >= 2)
            steps << schemaStep2Before() << schemaStep2After();
        if (version >= 3)
            steps << schemaStep3();
        if (version >= 4)
            steps << schemaStep4();
        for (const QString& sql : std::as_const(steps))
            if (auto done = store.exec(sql); !done)
                return done;
        if (auto done = store.exec(u"INSERT INTO project (id, name, created_at, old_home, new_home, old_release,"
                                   u" new_release) VALUES (1, ?, ?, ?, ?, ?, ?)"_s,
                {
                    info.name,
                    toText(info.createdAt.isValid() ? info.createdAt : QDateTime::currentDateTimeUtc()),
                    nullIfEmpty(info.oldHome),
                    nullIfEmpty(info.newHome),
                    nullIfEmpty(info.oldRelease),
                    nullIfEmpty(info.newRelease),
                });
            !done)
            return done;
        if (auto done = store.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)); !done)
            return done;
        return store.exec(u"PRAGMA user_version = %1"_s.arg(version));
    });
}

StoreResult<ProjectSnapshot> ProjectStore::open(const QString& path)
{
    close();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto ok = checkFile(absolute); !ok)
        return std::unexpected(ok.error());
    if (auto ok = openConnection(absolute); !ok)
        return std::unexpected(ok.error());
    const auto fail = [this](StoreError error) -> StoreResult<ProjectSnapshot> {
        close();
        return std::unexpected(std::move(error));
    };
    if (auto ok = checkDatabase(); !ok)
        return fail(ok.error());

    // Only now, with a file known to be ours and sound, is anything written.
    // FULL makes every commit durable before it returns, so a power cut
    // loses no change the wizard showed as saved.
    for (const auto& pragma : { u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = FULL"_s,
             u"PRAGMA foreign_keys = ON"_s }) {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(pragma))
            return fail(sqlError(tr("set up"), query.lastError().text()));
    }
    QSqlQuery versionQuery(QSqlDatabase::database(m_connectionName, false));
    versionQuery.exec(u"PRAGMA user_version"_s);
    const int version = versionQuery.next() ? versionQuery.value(0).toInt() : 0;
    versionQuery.finish();
    if (version < kSchemaVersion) {
        if (auto ok = upgrade(version); !ok)
            return fail(ok.error());
    }
    auto snapshot = load();
    if (!snapshot)
        return fail(snapshot.error());
    qCInfo(lcStore) << "opened" << m_path << "schema" << snapshot->schemaVersion;
    return snapshot;
}

StoreResult<void> ProjectStore::upgrade(int fromVersion)
{
    // A copy of the file as it was, in case the admin must go back to an
    // older wizard: the upgrade itself is one transaction and cannot half-land.
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    const QString backup = u"%1.schema-%2.bak"_s.arg(m_path).arg(fromVersion);
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup))
        return std::unexpected(StoreError { StoreError::Kind::Io,
            tr("Could not back up %1 to %2 before upgrading its format. Check that the folder is writable; "
               "the file was not changed.")
                .arg(nativePath(m_path), nativePath(backup)) });
    qCInfo(lcStore) << "upgrading" << m_path << "from schema" << fromVersion << "backup" << backup;

    return transaction([&]() -> StoreResult<void> {
        if (fromVersion < 1)
            return std::unexpected(StoreError { StoreError::Kind::NotAProject,
                tr("%1 has no project format version. It was not changed.").arg(nativePath(m_path)) });
        if (fromVersion < 2) {
            for (const QString& sql : schemaStep2Before())
                if (auto done = exec(sql); !done)
                    return done;
            QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
            if (!query.exec(u"SELECT id, at, actor, environment, event, details FROM journal ORDER BY id"_s))
                return std::unexpected(sqlError(tr("read the journal"), query.lastError().text()));
            QByteArray previous;
            QList<std::pair<qint64, QByteArray>> hashes;
            while (query.next()) {
                JournalEntry entry { query.value(0).toLongLong(), fromText(query.value(1)), query.value(2).toString(),
                    query.value(3).toString(), query.value(4).toString(), query.value(5).toString(), {} };
                previous = journalHash(previous, entry);
                hashes.append({ entry.id, previous });
            }
            query.finish();
            for (const auto& [id, hash] : std::as_const(hashes))
                if (auto done = exec(u"UPDATE journal SET hash = ? WHERE id = ?"_s, { hash, id }); !done)
                    return done;
            for (const QString& sql : schemaStep2After())
                if (auto done = exec(sql); !done)
                    return done;
        }
        if (fromVersion < 3) {
            for (const QString& sql : schemaStep3())
                if (auto done = exec(sql); !done)
                    return done;
        }
        if (fromVersion < 4) {
            for (const QString& sql : schemaStep4())
                if (auto done = exec(sql); !done)
                    return done;
            // The one evidence hash an item could have becomes the first entry
            // of its evidence list; the path was never recorded.
            QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
            if (!query.exec(u"SELECT id, evidence_sha256, at FROM checklist_items WHERE evidence_sha256 IS NOT NULL"_s))
                return std::unexpected(sqlError(tr("read the checklist"), query.lastError().text()));
            QList<std::pair<qint64, QString>> moved;
            while (query.next())
                moved.append({ query.value(0).toLongLong(),
                    evidenceToText({ { {}, query.value(1).toString(), -1, fromText(query.value(2)) } }) });
            query.finish();
            for (const auto& [id, evidence] : std::as_const(moved))
                if (auto done = exec(u"UPDATE checklist_items SET evidence = ?, evidence_sha256 = NULL WHERE id = ?"_s,
                        { evidence, id });
                    !done)
                    return done;
        }
        return exec(u"PRAGMA user_version = %1"_s.arg(kSchemaVersion));
    });
}

StoreResult<ProjectSnapshot> ProjectStore::load()
{
    ProjectSnapshot snapshot;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    const auto select = [&](const QString& sql) -> StoreResult<void> {
        if (!query.exec(sql))
            return std::unexpected(sqlError(tr("read"), query.lastError().text()));
        return {};
    };
    const auto col = [&query](const char* name) { return query.value(QString::fromLatin1(name)); };

    if (auto ok = select(u"PRAGMA user_version"_s); !ok)
        return std::unexpected(ok.error());
    snapshot.schemaVersion = query.next() ? query.value(0).toInt() : 0;

    if (auto ok = select(u"SELECT * FROM project WHERE id = 1"_s); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return std::unexpected(StoreError { StoreError::Kind::Corrupt,
            tr("The project file %1 has lost its project record. Restore it from a backup.").arg(nativePath(m_path)) });
    snapshot.info = { col("name").toString(), fromText(col("created_at")), col("old_home").toString(),
        col("new_home").toString(), col("old_release").toString(), col("new_release").toString() };

    if (auto ok = select(u"SELECT * FROM environments ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.environments.append({ col("id").toLongLong(), col("name").toString(),
            tierFromKey(col("tier").toString()).value_or(Tier::Custom), fromText(col("created_at")) });

    if (auto ok = select(u"SELECT * FROM runs ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.runs.append({ col("id").toLongLong(), col("environment_id").toLongLong(), col("operator").toString(),
            fromText(col("started_at")), fromText(col("finished_at")),
            runStatusFromKey(col("status").toString()).value_or(RunStatus::Abandoned) });

    if (auto ok = select(u"SELECT * FROM acknowledgements ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.acknowledgements.append({ col("id").toLongLong(), col("run_id").toLongLong(),
            col("rule_id").toString(), col("reason").toString(), col("operator").toString(), fromText(col("at")) });

    if (auto ok = select(u"SELECT * FROM checks ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.checks.append({ col("id").toLongLong(), col("run_id").toLongLong(), col("check_id").toString(),
            checkStatusFromKey(col("status").toString()).value_or(CheckStatus::Warning), col("summary").toString(),
            col("details").toString(), col("fix_hint").toString(), col("accepted_reason").toString(),
            fromText(col("at")), col("data").toString() });

    if (auto ok = select(u"SELECT * FROM config_decisions ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.configDecisions.append({ col("id").toLongLong(), col("run_id").toLongLong(),
            col("change_key").toString(), col("decision").toString(), col("reason").toString(), fromText(col("at")) });

    if (auto ok = select(u"SELECT * FROM cleanup_runs ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.cleanupRuns.append({ col("id").toLongLong(), col("run_id").toLongLong(),
            col("database_name").toString(), col("script_name").toString(), col("script_sha256").toString(),
            col("dry_run").toBool(), countOrUnknown(col("rows_before")), countOrUnknown(col("rows_after")),
            col("duration_ms").toLongLong(), col("outcome").toString(), col("messages").toString(),
            fromText(col("at")), col("server_version").toString(), col("script_path").toString(),
            cleanupKnobsFromText(col("knobs").toString()), countOrUnknown(col("eligible_rows")),
            cleanupTablesFromText(col("tables").toString()) });

    if (auto ok = select(u"SELECT * FROM checklist_items ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.checklist.append({ col("id").toLongLong(), col("run_id").toLongLong(), col("title").toString(),
            col("category").toString(),
            checklistStatusFromKey(col("status").toString()).value_or(ChecklistStatus::NotRun),
            col("notes").toString(), fromText(col("at")), col("case_key").toString(), col("kind").toString(),
            col("steps").toString(), col("expected").toString(), col("source").toString(),
            col("updated_by").toString(), col("position").toInt(), evidenceFromText(col("evidence").toString()) });

    if (auto ok = select(u"SELECT * FROM environment_settings ORDER BY environment_id, setting_key"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.settings.append(
            { col("environment_id").toLongLong(), col("setting_key").toString(), col("value").toString() });

    if (auto ok = select(u"SELECT * FROM journal ORDER BY id"_s); !ok)
        return std::unexpected(ok.error());
    while (query.next())
        snapshot.journal.append({ col("id").toLongLong(), fromText(col("at")), col("actor").toString(),
            col("environment").toString(), col("event").toString(), col("details").toString(),
            col("hash").toByteArray() });
    return snapshot;
}

StoreResult<void> ProjectStore::saveInfo(const ProjectInfo& info)
{
    return transaction([&] {
        return exec(u"UPDATE project SET name = ?, old_home = ?, new_home = ?, old_release = ?, new_release = ?"
                    u" WHERE id = 1"_s,
            { info.name, nullIfEmpty(info.oldHome), nullIfEmpty(info.newHome), nullIfEmpty(info.oldRelease),
                nullIfEmpty(info.newRelease) });
    });
}

StoreResult<void> ProjectStore::insertEnvironment(const Environment& e)
{
    return transaction([&] {
        return exec(u"INSERT INTO environments (id, name, tier, created_at) VALUES (?, ?, ?, ?)"_s,
            { e.id, e.name, tierKey(e.tier), toText(e.createdAt) });
    });
}

StoreResult<void> ProjectStore::saveRun(const Run& r)
{
    return transaction([&] {
        return exec(u"INSERT INTO runs (id, environment_id, operator, started_at, finished_at, status)"
                    u" VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET operator = excluded.operator,"
                    u" finished_at = excluded.finished_at, status = excluded.status"_s,
            { r.id, r.environmentId, r.operatorName, toText(r.startedAt), nullIfEmpty(toText(r.finishedAt)),
                runStatusKey(r.status) });
    });
}

StoreResult<void> ProjectStore::insertAcknowledgement(const Acknowledgement& a)
{
    return transaction([&] {
        return exec(u"INSERT INTO acknowledgements (id, run_id, rule_id, reason, operator, at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { a.id, a.runId, a.ruleId, redactSecrets(a.reason), a.operatorName, toText(a.at) });
    });
}

StoreResult<void> ProjectStore::saveCheck(const CheckRecord& c)
{
    return transaction([&] {
        return exec(u"INSERT INTO checks (id, run_id, check_id, status, summary, details, fix_hint, accepted_reason, at,"
                    u" data) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET status = excluded.status,"
                    u" summary = excluded.summary, details = excluded.details, fix_hint = excluded.fix_hint,"
                    u" accepted_reason = excluded.accepted_reason, at = excluded.at, data = excluded.data"_s,
            { c.id, c.runId, c.checkId, checkStatusKey(c.status), redactSecrets(c.summary), redactSecrets(c.details),
                c.fixHint, nullIfEmpty(redactSecrets(c.acceptedReason)), toText(c.at),
                nullIfEmpty(redactSecrets(c.data)) });
    });
}

StoreResult<void> ProjectStore::insertConfigDecision(const ConfigDecision& d)
{
    return transaction([&] {
        return exec(u"INSERT INTO config_decisions (id, run_id, change_key, decision, reason, at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            { d.id, d.runId, d.changeKey, d.decision, nullIfEmpty(redactSecrets(d.reason)), toText(d.at) });
    });
}

StoreResult<void> ProjectStore::insertCleanupRun(const CleanupRunRecord& c)
{
    // Knob values are settings, not secrets, but they are free text from a
    // script the admin may have edited: they pass the same redaction as the
    // messages. Each value is redacted on its own, before it becomes JSON, so
    // that a quoted value cannot hide a "password=…" inside it; a knob whose
    // name says secret keeps its name and loses its value.
    QMap<QString, QString> knobs;
    for (auto it = c.knobs.cbegin(); it != c.knobs.cend(); ++it)
        knobs.insert(it.key(), isSecretKey(it.key()) ? kSecretMask.toString() : redactSecrets(it.value()));
    QList<CleanupTableRecord> tables = c.tables;
    for (CleanupTableRecord& table : tables)
        table.table = redactSecrets(table.table);
    return transaction([&] {
        return exec(u"INSERT INTO cleanup_runs (id, run_id, database_name, script_name, script_sha256, dry_run,"
                    u" rows_before, rows_after, duration_ms, outcome, messages, at, server_version, script_path,"
                    u" knobs, eligible_rows, tables)"
                    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            { c.id, c.runId, c.databaseName, c.scriptName, c.scriptSha256, c.dryRun ? 1 : 0,
                nullIfUnknown(c.rowsBefore), nullIfUnknown(c.rowsAfter), c.durationMs, c.outcome,
                redactSecrets(c.messages), toText(c.at), nullIfEmpty(redactSecrets(c.serverVersion)),
                nullIfEmpty(redactSecrets(c.scriptPath)), cleanupKnobsToText(knobs), nullIfUnknown(c.eligibleRows),
                cleanupTablesToText(tables) });
    });
}

StoreResult<void> ProjectStore::saveChecklistItem(const ChecklistItem& i)
{
    return transaction([&] {
        return exec(u"INSERT INTO checklist_items (id, run_id, title, category, status, notes, at, case_key, kind,"
                    u" steps, expected, source, updated_by, position, evidence)"
                    u" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
                    u" title = excluded.title, category = excluded.category, status = excluded.status,"
                    u" notes = excluded.notes, at = excluded.at, case_key = excluded.case_key, kind = excluded.kind,"
                    u" steps = excluded.steps, expected = excluded.expected, source = excluded.source,"
                    u" updated_by = excluded.updated_by, position = excluded.position, evidence = excluded.evidence"_s,
            { i.id, i.runId, redactSecrets(i.title), i.category, checklistStatusKey(i.status), redactSecrets(i.notes),
                toText(i.at), nullIfEmpty(i.key), nullIfEmpty(i.kind), nullIfEmpty(redactSecrets(i.steps)),
                nullIfEmpty(redactSecrets(i.expected)), nullIfEmpty(i.source), nullIfEmpty(i.updatedBy), i.position,
                i.evidence.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(evidenceToText(i.evidence)) });
    });
}

StoreResult<void> ProjectStore::removeChecklistItem(qint64 id)
{
    return transaction([&] { return exec(u"DELETE FROM checklist_items WHERE id = ?"_s, { id }); });
}

StoreResult<void> ProjectStore::saveEnvironmentSetting(const EnvironmentSetting& setting)
{
    return transaction([&] {
        if (setting.value.isEmpty())
            return exec(u"DELETE FROM environment_settings WHERE environment_id = ? AND setting_key = ?"_s,
                { setting.environmentId, setting.key });
        return exec(u"INSERT INTO environment_settings (environment_id, setting_key, value) VALUES (?, ?, ?)"
                    u" ON CONFLICT(environment_id, setting_key) DO UPDATE SET value = excluded.value"_s,
            { setting.environmentId, setting.key, redactSecrets(setting.value) });
    });
}

StoreResult<void> ProjectStore::appendJournal(const JournalEntry& entry)
{
    return transaction([&]() -> StoreResult<void> {
        JournalEntry redacted = entry;
        redacted.details = redactSecrets(entry.details);
        QSqlQuery last(QSqlDatabase::database(m_connectionName, false));
        if (!last.exec(u"SELECT hash FROM journal ORDER BY id DESC LIMIT 1"_s))
            return std::unexpected(sqlError(tr("read the journal"), last.lastError().text()));
        const QByteArray previous = last.next() ? last.value(0).toByteArray() : QByteArray();
        last.finish();
        // The chain is computed here, from what is on disk, so that the file
        // stays verifiable whatever the caller believed the last hash was.
        redacted.hash = journalHash(previous, redacted);
        return exec(u"INSERT INTO journal (id, at, actor, environment, event, details, hash) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            { redacted.id, toText(redacted.at), redacted.actor, nullIfEmpty(redacted.environment), redacted.event,
                redacted.details, redacted.hash });
    });
}

StoreResult<qint64> ProjectStore::verifyJournal()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(u"SELECT id, at, actor, environment, event, details, hash FROM journal ORDER BY id"_s))
        return std::unexpected(sqlError(tr("read the journal"), query.lastError().text()));
    QByteArray previous;
    qint64 expectedId = 1; // ids start at 1 and are dense: a gap is an entry that was removed
    while (query.next()) {
        JournalEntry entry { query.value(0).toLongLong(), fromText(query.value(1)), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
            query.value(6).toByteArray() };
        if (entry.id != expectedId)
            return expectedId;
        if (journalHash(previous, entry) != entry.hash)
            return entry.id;
        previous = entry.hash;
        expectedId = entry.id + 1;
    }
    return 0;
}

} // namespace Ismw
