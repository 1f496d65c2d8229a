// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/DatabaseTarget.h"
#include "database/SqlDialect.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVersionNumber>
#include <expected>
#include <functional>
#include <memory>

namespace Ismw {

class DatabaseCredentials;

// Why a connection could not be opened. Each kind has its own plain
// message naming the server (host:port, database, user) and what to do;
// no message ever holds the password.
struct ConnectionError
{
    enum class Kind {
        NotConfigured, // H2, no URL or a URL the wizard could not read
        MissingDriver, // the Qt SQL plugin or the ODBC driver is not installed
        Refused, // nothing listens on host:port
        Unreachable, // unknown host name, no route to the host
        Timeout, // no answer within the connect timeout
        WrongCredentials, // user name or password refused
        UnknownDatabase, // the server has no such database (service, SID)
        NotAllowed, // the server does not let this user in from this host (pg_hba.conf, 'user'@'host')
        TlsRequired, // the server insists on TLS and the URL does not ask for it
        TlsFailure, // TLS was asked for and could not be set up (no TLS on the server, untrusted certificate)
        Other,
    };
    Kind kind = Kind::Other;
    QString server; // "db.example.com:5432, database wso2, user wso2is"
    QString message; // what happened, for people (translated)
    QString hint; // what to do about it (translated), may be empty
    QString driverText; // the driver's own words, for the details; never the password
    QString code; // SQLSTATE or the server's error number, when known

    // message, then hint.
    QString toString() const;
};

// "not-configured", "missing-driver", "refused", "unreachable", "timeout",
// "wrong-credentials", "unknown-database", "not-allowed", "tls-required",
// "tls-failure", "other": stable, for JSON and tests.
QString connectionErrorKindName(ConnectionError::Kind kind);

// What a failed attempt left behind, for classifyConnectionFailure().
struct ConnectionAttempt
{
    enum class Tcp { NotChecked, Reachable, Refused, HostNotFound, Unreachable, Timeout };

    QString qtDriver; // "QMYSQL", "QPSQL", "QODBC"
    QString nativeCode; // QSqlError::nativeErrorCode(): MySQL's error number, ODBC's native code(s)
    QString sqlState; // PostgreSQL (asked through libpq) and ODBC
    QString driverText; // QSqlError::databaseText(), password masked
    bool timedOut = false; // the attempt took the whole connect timeout
    Tcp tcp = Tcp::NotChecked; // a plain TCP connect to host:port, where the driver's code says too little
    int timeoutSeconds = 0;
};

// Sorts a failed attempt into a ConnectionError::Kind by the driver's codes
// (MySQL error numbers, PostgreSQL SQLSTATEs, ODBC SQLSTATEs and native
// codes), then by what TCP and the clock say. Public for tests.
ConnectionError classifyConnectionFailure(
    const DatabaseTarget& target, const QString& userName, const ConnectionAttempt& attempt);

struct ConnectionOptions
{
    // Bounds the connect and login (QMYSQL: MYSQL_OPT_CONNECT_TIMEOUT, QPSQL:
    // connect_timeout, QODBC: SQL_ATTR_LOGIN_TIMEOUT); not the queries.
    int connectTimeoutSeconds = 10;
    QString applicationName = QStringLiteral("is-migration-wizard");
};

struct ServerVersion
{
    QString product; // "PostgreSQL", "MariaDB", "MySQL", "Microsoft SQL Server", "Oracle", "IBM Db2"
    QVersionNumber version;
    QString text; // as the server reports it

    int major() const { return version.majorVersion(); }
};

// A message the server sent besides results: PostgreSQL's RAISE NOTICE.
struct ServerNotice
{
    QString severity; // "NOTICE", "WARNING", "INFO", … (not translated)
    QString message;
};

// One open QSqlDatabase connection to a target, under a name of its own.
// A connection belongs to the thread that opened it: open, use and destroy
// it in the same thread (the cleanup runner's worker thread). Copies of
// database() must be gone before the DatabaseConnection is destroyed.
class DatabaseConnection final
{
public:
    // Opens the connection, or says why not. The password goes from the
    // credentials into the driver and is dropped from the QSqlDatabase again
    // once the connection stands.
    static std::expected<std::unique_ptr<DatabaseConnection>, ConnectionError> open(
        const DatabaseTarget& target, const DatabaseCredentials& credentials, const ConnectionOptions& options = {});

    ~DatabaseConnection();
    Q_DISABLE_COPY_MOVE(DatabaseConnection)

    QSqlDatabase database() const;
    const QString& connectionName() const { return m_name; }
    const DatabaseTarget& target() const { return m_target; }
    SqlDialect dialect() const { return *m_target.dialect; }
    QString userName() const { return m_userName; }
    // "db.example.com:5432, database wso2, user wso2is".
    QString serverLabel() const;

    // Asks the server for its product and version (the query differs per dialect).
    std::expected<ServerVersion, QString> serverVersion() const;

    // PostgreSQL only: every notice the server sends while a statement runs
    // (RAISE NOTICE progress of the cleanup procedures) goes to `handler`, in
    // this connection's thread, as it arrives. Returns false for other
    // drivers (MySQL reports progress as result sets) or without a handle.
    // An empty handler restores libpq's own (printing to stderr).
    bool setNoticeHandler(std::function<void(const ServerNotice&)> handler);

    struct NoticeTap; // internal: keeps libpq's types out of this header

private:

    DatabaseConnection(const DatabaseTarget& target, QString name, QString userName);

    DatabaseTarget m_target;
    QString m_name;
    QString m_userName;
    std::unique_ptr<NoticeTap> m_noticeTap;
};

// "host:port, database X, user Y" for a target, also before a connection exists.
QString serverLabel(const DatabaseTarget& target, const QString& userName);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::ConnectionError)
Q_DECLARE_METATYPE(Ismw::ServerNotice)
