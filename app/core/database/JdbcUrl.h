// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringView>
#include <expected>
#include <optional>

namespace Ismw {

// What a JDBC URL points at. MySQL and MariaDB stay apart because their Java
// drivers read different parameters; both are the MySQL dialect on the wire.
enum class DatabaseKind { MySql, MariaDb, PostgreSql, SqlServer, Oracle, Db2, H2 };

// "MySQL", "MariaDB", "PostgreSQL", "Microsoft SQL Server", "Oracle", "IBM Db2", "H2".
QString databaseKindName(DatabaseKind kind);
// The port the vendor's driver uses when the URL names none (H2: its TCP server's).
int defaultDatabasePort(DatabaseKind kind);

// How much TLS the URL asks for, in one scale for every driver's own words
// (sslMode=VERIFY_CA, sslmode=verify-full, encrypt=true, PROTOCOL=TCPS, …).
enum class TlsMode {
    Unspecified, // the URL says nothing: the driver's default applies
    Disabled,
    Preferred, // encrypted when the server offers it
    Required, // encrypted, the certificate is not checked
    VerifyCa, // encrypted, the certificate chain is checked
    VerifyFull, // as VerifyCa, and the host name must match the certificate
};
QString tlsModeName(TlsMode mode); // "unspecified", "disabled", "preferred", "required", "verify-ca", "verify-full"

struct JdbcHost
{
    QString host; // as written; IPv6 without brackets
    int port = 0; // 0 only for a SQL Server named instance without a port (SQL Browser finds it)
    bool portGiven = false;

    // "host:port", IPv6 in brackets; "host\instance" style is up to the caller.
    QString endpoint() const;
    friend bool operator==(const JdbcHost&, const JdbcHost&) = default;
};

struct JdbcParam
{
    QString key; // as written
    QString value; // &amp; and %-escapes decoded, braces of SQL Server values removed
    friend bool operator==(const JdbcParam&, const JdbcParam&) = default;
};

// A parsed JDBC URL. It never holds a password: a password parameter or an
// Oracle `user/password@` is dropped and only passwordInUrl says it was there.
struct JdbcUrl
{
    DatabaseKind kind = DatabaseKind::MySql;
    QString subprotocol; // "mysql", "mysql:replication", "mariadb", "postgresql", "sqlserver",
                         // "jtds:sqlserver", "oracle:thin", "oracle:oci", "db2", "h2"
    QList<JdbcHost> hosts; // at least one, except for H2 files, Oracle TNS aliases and local Db2
    QString database; // MySQL, MariaDB, PostgreSQL, SQL Server, Db2; H2: the path or name
    QString instanceName; // SQL Server named instance
    QString oracleService;
    QString oracleSid;
    QString oracleTnsAlias; // @alias, resolved through tnsnames.ora
    QString oracleDescriptor; // @(DESCRIPTION=…), as written
    QString h2Mode; // "file", "mem", "tcp", "ssl", "zip", …
    QList<JdbcParam> params; // in URL order, without the password
    QString userInUrl;
    bool passwordInUrl = false;
    TlsMode tls = TlsMode::Unspecified;
    QString redacted; // the URL as written, any password masked: safe for messages and logs

    QString host() const { return hosts.isEmpty() ? QString() : hosts.first().host; }
    int port() const { return hosts.isEmpty() ? 0 : hosts.first().port; }
    // "host:port" of the first host; empty when there is none.
    QString endpoint() const { return hosts.isEmpty() ? QString() : hosts.first().endpoint(); }
    // The database, Oracle service, SID or alias: what a message calls "the database".
    QString databaseLabel() const;
    // The value of a parameter, keys compared without case; nullopt when absent.
    std::optional<QString> param(QStringView key) const;
    bool tlsWanted() const { return tls >= TlsMode::Required; }
    bool isEmbeddedH2() const { return kind == DatabaseKind::H2 && hosts.isEmpty(); }
};

// Why a URL could not be used; the URL in it is redacted.
struct JdbcUrlError
{
    QString url; // redacted
    QString message; // what is wrong, one sentence naming the part
    QString hint; // what a correct URL looks like
    QString toString() const;
};

// Parses a URL as deployment.toml holds it: `&amp;` is read as `&` (the
// value is pasted into XML by the server, so real files write it that way).
std::expected<JdbcUrl, JdbcUrlError> parseJdbcUrl(QStringView url);

// The URL with every password masked (password=…, pwd=…, user:password@,
// Oracle user/password@), for messages and logs. Works on broken URLs too.
QString redactJdbcUrl(QStringView url);

// The password written inside the URL, when there is one. Only for building
// credentials at the moment of connecting; never store or show the result.
std::optional<QString> passwordInJdbcUrl(QStringView url);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::JdbcUrl)
