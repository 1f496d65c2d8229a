// SPDX-License-Identifier: Apache-2.0
#pragma once
// The throwaway servers of the `dbservers` fixture, as database targets: reads
// ISMW_DBSERVERS_ENV (see dbservers.sh) and writes deployment.toml entries
// that point at the servers, so the tests go the way the wizard goes: from a
// configuration file to a DatabaseTarget to a DatabaseConnection.

#include "config/TomlDocument.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"

#include <QDebug>
#include <QFile>
#include <QHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <memory>

namespace DbServers {

using namespace Qt::StringLiterals;

struct Settings
{
    QHash<QString, QString> values;
    QString error; // empty when the file was read and is complete

    // setting("PG", "PORT") → ISMW_PG_PORT
    QString value(const QString& prefix, const QString& key) const
    {
        return values.value(u"ISMW_"_s + prefix + u'_' + key);
    }
};

inline Settings read()
{
    Settings settings;
    const QString path = qEnvironmentVariable("ISMW_DBSERVERS_ENV");
    if (path.isEmpty()) {
        settings.error = u"ISMW_DBSERVERS_ENV is not set: run the db tests through ctest (ctest -L db), whose "
                         u"dbservers fixture starts the servers."_s;
        return settings;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        settings.error = u"Cannot read %1 (%2): did the dbservers_start test fail?"_s.arg(path, file.errorString());
        return settings;
    }
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype eq = line.indexOf(u'=');
        if (line.isEmpty() || line.startsWith(u'#') || eq <= 0)
            continue;
        settings.values.insert(line.left(eq), line.mid(eq + 1));
    }
    for (const QString& prefix : { u"PG"_s, u"MY"_s })
        for (const QString& key : { u"HOST"_s, u"PORT"_s, u"USER"_s, u"PASSWORD"_s, u"DATABASE"_s, u"VERSION"_s })
            if (settings.value(prefix, key).isEmpty())
                settings.error += u"%1 lacks ISMW_%2_%3. "_s.arg(path, prefix, key);
    return settings;
}

// "PG" → "jdbc:postgresql://127.0.0.1:PORT/DATABASE", "MY" → jdbc:mariadb://….
inline QString url(const Settings& settings, const QString& prefix, const QString& database = {},
    const QString& params = {})
{
    const QString scheme = prefix == "PG"_L1 ? u"postgresql"_s : u"mariadb"_s;
    QString out = u"jdbc:%1://%2:%3/%4"_s.arg(scheme, settings.value(prefix, u"HOST"_s), settings.value(prefix, u"PORT"_s),
        database.isEmpty() ? settings.value(prefix, u"DATABASE"_s) : database);
    if (!params.isEmpty())
        out += u'?' + params;
    return out;
}

// One [database.<name>] entry as deployment.toml writes it (the URL's & as &amp;).
inline QString tomlEntry(const QString& name, const QString& jdbcUrl, const QString& user, const QString& password)
{
    QString escaped = jdbcUrl;
    escaped.replace(u"&"_s, u"&amp;"_s);
    return u"[database.%1]\nurl = \"%2\"\nusername = \"%3\"\npassword = \"%4\"\n\n"_s.arg(name, escaped, user, password);
}

// The targets of a deployment.toml text, and the document (for credentials).
struct Config
{
    Ismw::TomlDocument document;
    QList<Ismw::DatabaseTarget> targets;
    QString error;

    const Ismw::DatabaseTarget* target(const QString& name) const
    {
        for (const Ismw::DatabaseTarget& t : targets)
            if (t.name == name)
                return &t;
        return nullptr;
    }
};

inline Config config(const QString& tomlText)
{
    Config out;
    const auto parsed = Ismw::TomlDocument::parse(tomlText.toUtf8(), u"deployment.toml"_s);
    if (!parsed) {
        out.error = parsed.error().toString();
        return out;
    }
    out.document = *parsed;
    out.targets = Ismw::databasesInConfig(out.document);
    return out;
}

// Opens a connection to a fixture server ("PG" or "MY") as the wizard would:
// a deployment.toml entry → target → credentials → DatabaseConnection.
// `database` empty: the server's default database (ISMW_<prefix>_DATABASE).
inline std::unique_ptr<Ismw::DatabaseConnection> connect(
    const Settings& settings, const QString& prefix, const QString& database, QString* error)
{
    const Config cfg = config(tomlEntry(u"identity_db"_s, url(settings, prefix, database),
        settings.value(prefix, u"USER"_s), settings.value(prefix, u"PASSWORD"_s)));
    if (!cfg.error.isEmpty() || cfg.targets.isEmpty()) {
        *error = cfg.error.isEmpty() ? u"no database target in the generated entry"_s : cfg.error;
        return {};
    }
    auto credentials = Ismw::credentialsFromConfig(cfg.targets.first(), cfg.document);
    if (!credentials) {
        *error = credentials.error();
        return {};
    }
    auto connection = Ismw::DatabaseConnection::open(cfg.targets.first(), *credentials);
    if (!connection) {
        *error = connection.error().toString();
        return {};
    }
    return std::move(*connection);
}

// A throwaway place on a fixture server for one test: a database of its own
// on MariaDB, a schema of its own on PostgreSQL (where the cleanup runner
// works through CleanupRequest::schema / currentSchema=), by default with the
// project's identity schema (resources/cleanup-sql/) installed, dropped again
// by drop() or the destructor. Tests stay independent of each other and of
// what an earlier, failed run left behind.
//
//     DbServers::Scratch m_scratch;                  // a member of the test class
//     void cleanup() { m_scratch.drop(); }           // after every test function
//     void someTest() {
//         const QString error = m_scratch.create(u"PG"_s, u"ismw_gui_"_s);
//         QVERIFY2(error.isEmpty(), qPrintable(error));
//         QVERIFY(m_scratch.exec(u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN ..."_s).isEmpty());
//         m_scratch.url();            // JDBC URL that points at the scratch (for a deployment.toml)
//         m_scratch.tomlEntry();      // the whole [database.identity_db] entry with the password
//         QSqlQuery q(m_scratch.database());  // search_path already set on PostgreSQL
//     }
//
// The connections belong to the thread that called create(): use and drop
// the scratch in that thread (the test's main thread). ISMW_DBSERVERS_ENV must
// be set, i.e. the test is added with LABEL db (ctest -L db starts the servers).
class Scratch final
{
public:
    enum class Contents { IdentitySchema, Empty };

    Scratch() = default;
    ~Scratch() { drop(); }
    Q_DISABLE_COPY_MOVE(Scratch)

    // Creates the scratch on server "PG" or "MY" under a fresh name starting
    // with `namePrefix`. Returns an error text, empty on success. A scratch
    // still there from an earlier create() is dropped first.
    QString create(const QString& server, const QString& namePrefix = u"ismw_scratch_"_s,
        Contents contents = Contents::IdentitySchema)
    {
        drop();
        m_settings = read();
        if (!m_settings.error.isEmpty())
            return m_settings.error;
        m_server = server;
        m_name = u"%1%2"_s.arg(namePrefix).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
        QString error;
        m_admin = DbServers::connect(m_settings, m_server, {}, &error);
        if (!m_admin)
            return error;
        QSqlQuery admin(m_admin->database());
        if (!admin.exec((pg() ? u"CREATE SCHEMA %1"_s : u"CREATE DATABASE %1"_s).arg(m_name))) {
            const QString failed = admin.lastError().text();
            m_admin.reset();
            m_name.clear(); // nothing to drop
            return failed;
        }
        m_db = DbServers::connect(m_settings, m_server, pg() ? QString() : m_name, &error);
        if (!m_db)
            return error;
        if (pg())
            if (const QString failed = exec(u"SET search_path TO %1"_s.arg(m_name)); !failed.isEmpty())
                return failed;
        if (contents == Contents::IdentitySchema)
            return runScript(Ismw::cleanupSqlText(dialect(), Ismw::CleanupSql::IdentitySchema));
        return {};
    }

    // Drops the scratch; quietly does nothing when there is none. Returns
    // false (and warns) when the server refused the drop.
    bool drop()
    {
        m_db.reset(); // MariaDB waits for open connections on DROP DATABASE
        bool ok = true;
        if (m_admin && !m_name.isEmpty()) {
            QSqlQuery admin(m_admin->database());
            if (pg()) // DROP … CASCADE lists every object it drops
                admin.exec(u"SET client_min_messages TO WARNING"_s);
            const QString sql = pg() ? u"DROP SCHEMA IF EXISTS %1 CASCADE"_s : u"DROP DATABASE IF EXISTS %1"_s;
            ok = admin.exec(sql.arg(m_name));
            if (!ok)
                qWarning("could not drop %s: %s", qPrintable(m_name), qPrintable(admin.lastError().text()));
        }
        m_admin.reset();
        m_name.clear();
        return ok;
    }

    bool isValid() const { return m_db != nullptr; }
    // The database (MariaDB) or schema (PostgreSQL) name, e.g. ismw_cli_1a2b3c4d.
    const QString& name() const { return m_name; }
    // "PG" or "MY", as given to create().
    const QString& server() const { return m_server; }
    bool pg() const { return m_server == "PG"_L1; }
    Ismw::SqlDialect dialect() const { return pg() ? Ismw::SqlDialect::PostgreSql : Ismw::SqlDialect::MySql; }
    const Settings& settings() const { return m_settings; }
    QString value(const QString& key) const { return m_settings.value(m_server, key); }

    // The connection into the scratch (search_path set on PostgreSQL).
    Ismw::DatabaseConnection* connection() const { return m_db.get(); }
    QSqlDatabase database() const { return m_db ? m_db->database() : QSqlDatabase(); }
    QString connectionName() const { return m_db ? m_db->connectionName() : QString(); }
    // A connection to the server outside the scratch, e.g. to watch or kill sessions.
    Ismw::DatabaseConnection* admin() const { return m_admin.get(); }

    // The JDBC URL of the scratch: currentSchema= on PostgreSQL, the database on MariaDB.
    QString url(const QString& params = {}) const
    {
        if (!pg())
            return DbServers::url(m_settings, m_server, m_name, params);
        const QString schema = u"currentSchema="_s + m_name;
        return DbServers::url(m_settings, m_server, {}, params.isEmpty() ? schema : schema + u'&' + params);
    }
    // A [database.<entryName>] entry for the scratch with `password`, by
    // default the fixture's real one.
    QString tomlEntry(const QString& entryName = u"identity_db"_s, const QString& password = {}) const
    {
        return DbServers::tomlEntry(entryName, url(), value(u"USER"_s), password.isEmpty() ? value(u"PASSWORD"_s) : password);
    }

    // Runs one statement in the scratch; returns the error (and the statement), empty on success.
    QString exec(const QString& sql) const
    {
        if (!m_db)
            return u"no scratch: create() first"_s;
        QSqlQuery query(m_db->database());
        return query.exec(sql) ? QString() : u"%1\n-- in: %2"_s.arg(query.lastError().text(), sql.left(300));
    }

    // The first column of the first row as a number, -1 on error.
    qint64 scalar(const QString& sql) const
    {
        if (!m_db)
            return -1;
        QSqlQuery query(m_db->database());
        if (!query.exec(sql) || !query.next()) {
            qWarning().noquote() << query.lastError().text() << sql;
            return -1;
        }
        return query.value(0).toLongLong();
    }

    // Runs a script statement by statement as the splitter cuts it
    // (DELIMITER, $$ …); the error names the script's line.
    QString runScript(const QString& text) const
    {
        if (text.isEmpty())
            return u"empty script"_s;
        const Ismw::SqlScript script = Ismw::parseSqlScript(text, dialect());
        if (script.hasProblems())
            return script.problems.first().message;
        if (script.statements.isEmpty())
            return u"no statements"_s;
        for (const Ismw::SqlStatement& statement : script.statements)
            if (const QString failed = exec(statement.text); !failed.isEmpty())
                return u"line %1: %2"_s.arg(statement.firstLine).arg(failed);
        return {};
    }

private:
    Settings m_settings;
    QString m_server;
    QString m_name;
    std::unique_ptr<Ismw::DatabaseConnection> m_admin;
    std::unique_ptr<Ismw::DatabaseConnection> m_db; // destroyed before m_admin drops the scratch
};

} // namespace DbServers
