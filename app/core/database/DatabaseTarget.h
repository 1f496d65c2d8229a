// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"
#include "database/JdbcUrl.h"
#include "database/SqlDialect.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <optional>

namespace Ismw {

class TomlDocument;

// Where a database's password comes from. Only Plain, a set environment
// variable and a password inside the URL can be read without asking.
enum class PasswordSource {
    Plain, // written in deployment.toml
    SecureVault, // $secret{alias}: encrypted by the cipher tool, the wizard cannot decrypt it
    Environment, // ${env.X} or $env{X}: read from this process's environment when set there
    SystemProperty, // $sys{x}: a Java system property of the server, not visible here
    InUrl, // the JDBC URL carries it (password=…, user/password@)
    Missing, // no password key at all
    Unresolved, // a $ref{} that points nowhere or in a circle
};

// "plain", "secure-vault", "environment", "system-property", "in-url", "missing", "unresolved".
QString passwordSourceName(PasswordSource source);

// One [database.*] or [datasource.*] entry of a deployment.toml, with what
// the wizard needs to reach it. It never holds a password, only where the
// password is (see DatabaseCredentials for the password itself).
struct DatabaseTarget
{
    QString section; // "database.identity_db", "datasource.AgentIdentity", "datasource[id=\"X\"]"
    QString name; // "identity_db", "AgentIdentity", "X"
    bool datasource = false; // a [datasource.*] / [[datasource]] entry
    QString type; // the `type` key, lower case, as written ("postgre"); may be empty
    QString url; // the URL after $ref{} and environment references, password masked
    QString username; // after $ref{} and environment references
    QString driverClass; // the `driver` key (a Java class), may be empty
    SourcePos pos; // where the section's url (or first key) is

    PasswordSource passwordSource = PasswordSource::Missing;
    // The reference as written ("$secret{identity_db_password}", "${env.DB_PASS}"):
    // not a secret, it only names where the secret is. Empty for Plain.
    QString passwordReference;
    QString passwordVariable; // the alias, variable or property name in it
    bool passwordInEnvironment = false; // Environment: the variable is set in this process

    std::optional<JdbcUrl> jdbc; // the parsed URL
    std::optional<JdbcUrlError> urlError; // why it could not be parsed (or is missing)

    std::optional<SqlDialect> dialect; // from the URL; nullopt for H2 and bad URLs
    QString qtDriver; // "QMYSQL", "QPSQL", "QODBC"; empty for H2 and bad URLs
    // For QODBC: the connection string for the usual ODBC driver of that
    // database (DatabaseDrivers fills in the one actually installed).
    QString odbcConnectionString;

    // Things the admin should know: the type disagrees with the URL, an
    // environment variable was used, the URL names a local Db2 alias, …
    QStringList notes;

    bool isH2() const;
    // The URL was understood and it is a server the wizard can connect to.
    bool isConnectable() const { return jdbc.has_value() && dialect.has_value() && !qtDriver.isEmpty(); }
    // The password cannot be read from the file or the environment: the
    // wizard has to ask for it (or read it from --password-stdin).
    bool passwordMustBeAsked() const;
    // Where the password comes from, for people ("secure vault alias
    // identity_db_password: the wizard asks for it").
    QString passwordDescription() const;
    // "identity_db: PostgreSQL at db.example.com:5432, database wso2_identity".
    QString summary() const;

    // Why H2 has nothing to clean and must not run production. Translated.
    static QString h2Explanation();
};

// Every [database.*] and [datasource.*] (also [[datasource]]) entry of the
// document, in document order. $ref{} values are resolved within the document;
// ${env.X}/$env{X} in url and username from this process's environment.
QList<DatabaseTarget> databasesInConfig(const TomlDocument& document);

// `value` with every $ref{path} replaced by the value at path in the
// document (recursively, bounded). *ok is false when a reference points at a
// key the document does not have or the chain is too long (a cycle).
QString resolveConfigRefs(const TomlDocument& document, const QString& value, bool* ok = nullptr);

// `value` with ${env.X} and $env{X} replaced from this process's environment;
// variables that are not set stay as written and *missing names them.
QString resolveEnvironmentRefs(const QString& value, QStringList* missing = nullptr);

// The QtSql driver for a database kind: "QMYSQL", "QPSQL" or "QODBC"; empty for H2.
QString qtSqlDriverFor(DatabaseKind kind);

// The dialect of a database kind; nullopt for H2.
std::optional<SqlDialect> sqlDialectFor(DatabaseKind kind);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::DatabaseTarget)
