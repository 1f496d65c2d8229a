// SPDX-License-Identifier: Apache-2.0
#include "database/DatabaseConnection.h"

#include "database/DatabaseCredentials.h"
#include "database/DatabaseDrivers.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>

#include <atomic>
#include <libpq-fe.h>
#include <poll.h>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::DatabaseConnection)
};

std::atomic_int s_connectionCounter { 0 };

// An attempt that took this close to the timeout ran into it.
constexpr int kTimeoutSlackMs = 300;

QString libpqSslMode(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Disabled:
        return u"disable"_s;
    case TlsMode::Unspecified:
    case TlsMode::Preferred:
        return u"prefer"_s;
    case TlsMode::Required:
        return u"require"_s;
    case TlsMode::VerifyCa:
        return u"verify-ca"_s;
    case TlsMode::VerifyFull:
        return u"verify-full"_s;
    }
    return u"prefer"_s;
}

// The system's CA bundle, for MySQL connections that must verify the server.
QString systemCaBundle()
{
    for (const QString& path : { u"/etc/ssl/certs/ca-certificates.crt"_s, u"/etc/pki/tls/certs/ca-bundle.crt"_s,
             u"/etc/ssl/cert.pem"_s, u"/etc/ssl/ca-bundle.pem"_s })
        if (QFileInfo(path).isFile())
            return path;
    return {};
}

QString connectOptions(const DatabaseTarget& target, const ConnectionOptions& options)
{
    const int timeout = qMax(1, options.connectTimeoutSeconds);
    const TlsMode tls = target.jdbc->tls;
    QStringList parts;
    if (target.qtDriver == "QPSQL"_L1) {
        // libpq waits at least 2 s whatever it is told.
        parts << u"connect_timeout=%1"_s.arg(qMax(2, timeout)) << u"sslmode="_s + libpqSslMode(tls);
        if ((tls == TlsMode::VerifyCa || tls == TlsMode::VerifyFull) && PQlibVersion() >= 160000)
            parts << u"sslrootcert=system"_s;
        if (!options.applicationName.isEmpty())
            parts << u"application_name="_s + options.applicationName;
    } else if (target.qtDriver == "QMYSQL"_L1) {
        parts << u"MYSQL_OPT_CONNECT_TIMEOUT=%1"_s.arg(timeout);
        // QMYSQL has no switch for "TLS without verification"; with a CA
        // the client library insists on TLS and checks the certificate.
        // Plain "required" is checked after connecting (see open()).
        if (tls == TlsMode::VerifyCa || tls == TlsMode::VerifyFull) {
            const QString bundle = systemCaBundle();
            if (!bundle.isEmpty())
                parts << u"MYSQL_OPT_SSL_CA="_s + bundle;
        }
    } else if (target.qtDriver == "QODBC"_L1) {
        parts << u"SQL_ATTR_LOGIN_TIMEOUT=%1"_s.arg(timeout);
    }
    return parts.join(u';');
}

ConnectionAttempt::Tcp probeTcp(const QString& host, int port, int timeoutMs)
{
    if (host.isEmpty() || port <= 0)
        return ConnectionAttempt::Tcp::NotChecked;
    QTcpSocket socket;
    socket.connectToHost(host, quint16(port));
    if (socket.waitForConnected(timeoutMs)) {
        socket.abort();
        return ConnectionAttempt::Tcp::Reachable;
    }
    switch (socket.error()) {
    case QAbstractSocket::ConnectionRefusedError:
        return ConnectionAttempt::Tcp::Refused;
    case QAbstractSocket::HostNotFoundError:
        return ConnectionAttempt::Tcp::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return ConnectionAttempt::Tcp::Timeout;
    default:
        return ConnectionAttempt::Tcp::Unreachable;
    }
}

// QPSQL drops the SQLSTATE of a failed login. A second attempt through libpq,
// with verbose errors switched on before the server answers, gets it
// ("FATAL:  28P01: password authentication failed …"), whatever language
// the server writes its messages in.
QString postgresSqlState(const QSqlDatabase& db, const QString& sslMode, int timeoutSeconds)
{
    const QByteArray host = db.hostName().toUtf8();
    const QByteArray port = QByteArray::number(db.port());
    const QByteArray name = db.databaseName().toUtf8();
    const QByteArray user = db.userName().toUtf8();
    QByteArray password = db.password().toUtf8();
    const QByteArray timeout = QByteArray::number(qMax(2, timeoutSeconds));
    const QByteArray mode = sslMode.toUtf8();
    const char* keys[] = { "host", "port", "dbname", "user", "password", "connect_timeout", "sslmode", nullptr };
    const char* values[] = { host.constData(), port.constData(), name.constData(), user.constData(),
        password.constData(), timeout.constData(), mode.constData(), nullptr };
    PGconn* conn = PQconnectStartParams(keys, values, 0);
    std::fill(password.begin(), password.end(), '\0');
    if (!conn)
        return {};
    PQsetErrorVerbosity(conn, PQERRORS_VERBOSE);
    const QDeadlineTimer deadline(std::chrono::seconds(qMax(2, timeoutSeconds) + 1));
    PostgresPollingStatusType status = PGRES_POLLING_WRITING;
    while (status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED && !deadline.hasExpired()) {
        pollfd fd { PQsocket(conn), short(status == PGRES_POLLING_READING ? POLLIN : POLLOUT), 0 };
        if (fd.fd < 0 || ::poll(&fd, 1, int(qMin<qint64>(deadline.remainingTime(), 1000))) < 0)
            break;
        status = PQconnectPoll(conn);
    }
    const QString message = QString::fromUtf8(PQerrorMessage(conn));
    PQfinish(conn);
    static const QRegularExpression code(u"[A-Z]+:\\s+([0-9A-Z]{5}):"_s);
    return code.match(message).captured(1);
}

QString sqlStateInOdbcText(const QString& text)
{
    // QODBC appends the SQLSTATEs of the diagnostic records to the text.
    static const QRegularExpression state(u"\\b(0[0-9A-Z]{4}|2[0-9A-Z]{4}|4[0-9A-Z]{4}|HY[0-9A-Z]{3}|IM[0-9]{3})\\b"_s);
    return state.match(text).captured(1);
}

struct Classified
{
    ConnectionError::Kind kind;
    QString code;
};

ConnectionError::Kind fromTcp(const ConnectionAttempt& attempt)
{
    if (attempt.timedOut)
        return ConnectionError::Kind::Timeout;
    switch (attempt.tcp) {
    case ConnectionAttempt::Tcp::Refused:
        return ConnectionError::Kind::Refused;
    case ConnectionAttempt::Tcp::HostNotFound:
    case ConnectionAttempt::Tcp::Unreachable:
        return ConnectionError::Kind::Unreachable;
    case ConnectionAttempt::Tcp::Timeout:
        return ConnectionError::Kind::Timeout;
    case ConnectionAttempt::Tcp::Reachable:
    case ConnectionAttempt::Tcp::NotChecked:
        break;
    }
    return ConnectionError::Kind::Other;
}

Classified classifyMySql(const ConnectionAttempt& attempt, bool tlsWanted)
{
    using Kind = ConnectionError::Kind;
    const int code = attempt.nativeCode.toInt();
    const QString number = attempt.nativeCode;
    switch (code) {
    case 1045: // ER_ACCESS_DENIED_ERROR
        return { Kind::WrongCredentials, number };
    case 1049: // ER_BAD_DB_ERROR
        return { Kind::UnknownDatabase, number };
    case 1044: // ER_DBACCESS_DENIED_ERROR: no rights on it (or it does not exist)
    case 1129: // ER_HOST_IS_BLOCKED
    case 1130: // ER_HOST_NOT_PRIVILEGED
        return { Kind::NotAllowed, number };
    case 3159: // ER_SECURE_TRANSPORT_REQUIRED (MySQL and MariaDB)
        return { Kind::TlsRequired, number };
    case 2026: // CR_SSL_CONNECTION_ERROR
        return { Kind::TlsFailure, number };
    case 2005: // CR_UNKNOWN_HOST
        return { Kind::Unreachable, number };
    case 2002: // CR_CONNECTION_ERROR
    case 2003: // CR_CONN_HOST_ERROR
    case 2013: // CR_SERVER_LOST: during the handshake, mostly a silent peer
    case 2006: { // CR_SERVER_GONE_ERROR
        const Kind network = fromTcp(attempt);
        if (network != Kind::Other)
            return { network, number };
        if (attempt.tcp == ConnectionAttempt::Tcp::Reachable && tlsWanted)
            return { Kind::TlsFailure, number };
        return { code == 2013 || code == 2006 ? Kind::Other : Kind::Refused, number };
    }
    default:
        break;
    }
    if (attempt.driverText.contains(u"insecure transport"_s, Qt::CaseInsensitive))
        return { Kind::TlsRequired, number };
    if (attempt.timedOut)
        return { Kind::Timeout, number };
    return { Kind::Other, number };
}

Classified classifyPostgreSql(const ConnectionAttempt& attempt, bool tlsWanted)
{
    using Kind = ConnectionError::Kind;
    const QString& state = attempt.sqlState;
    if (state == "28P01"_L1)
        return { Kind::WrongCredentials, state };
    if (state == "28000"_L1) {
        // pg_hba.conf refused the connection: mostly the host, or a line
        // that only accepts TLS ("hostssl") while we came without it.
        if (attempt.driverText.contains(u"pg_hba.conf"_s)) {
            const bool plain = attempt.driverText.contains(u"no encryption"_s)
                || attempt.driverText.contains(u"SSL off"_s);
            return { plain && !tlsWanted ? Kind::TlsRequired : Kind::NotAllowed, state };
        }
        return { Kind::WrongCredentials, state }; // e.g. the role does not exist
    }
    if (state == "3D000"_L1)
        return { Kind::UnknownDatabase, state };
    if (state == "42501"_L1) // CONNECT privilege missing
        return { Kind::NotAllowed, state };
    if (!state.isEmpty())
        return { Kind::Other, state };
    // No SQLSTATE: libpq itself gave up (network, TLS, timeout).
    const Kind network = fromTcp(attempt);
    if (network != Kind::Other)
        return { network, {} };
    if (attempt.tcp == ConnectionAttempt::Tcp::Reachable && tlsWanted)
        return { Kind::TlsFailure, {} };
    return { Kind::Other, {} };
}

Classified classifyOdbc(const ConnectionAttempt& attempt)
{
    using Kind = ConnectionError::Kind;
    const QString state = attempt.sqlState.isEmpty() ? sqlStateInOdbcText(attempt.driverText) : attempt.sqlState;
    const QStringList natives = attempt.nativeCode.split(u';', Qt::SkipEmptyParts);
    const auto native = [&natives](std::initializer_list<int> codes) {
        for (const QString& n : natives)
            for (const int c : codes)
                if (n.trimmed().toInt() == c || n.trimmed().toInt() == -c)
                    return true;
        return false;
    };
    const QString code = state.isEmpty() ? natives.value(0) : state;
    // SQL Server 18456 login failed; Oracle ORA-01017 bad user/password,
    // ORA-28000 account locked; Db2 SQL30082N security processing failed.
    // SQL Server 4060 cannot open database (it comes with 18456, so it goes
    // first); Oracle ORA-12514 service unknown to the listener, ORA-12505 SID
    // unknown; Db2 SQL1013N alias not found.
    if (native({ 4060, 12514, 12505, 1013 }))
        return { Kind::UnknownDatabase, code };
    if (native({ 28000 }) && attempt.driverText.contains(u"ORA-28000"_s))
        return { Kind::NotAllowed, code };
    if (native({ 18456, 1017, 30082 }))
        return { Kind::WrongCredentials, code };
    if (native({ 12541 })) // ORA-12541 no listener
        return { Kind::Refused, code };
    if (native({ 12170 }) || state == "HYT00"_L1) // ORA-12170, login timeout
        return { Kind::Timeout, code };
    if (state == "IM002"_L1 || state == "01000"_L1) // no data source or driver, driver could not be loaded
        return { Kind::MissingDriver, code };
    if (state == "28000"_L1)
        return { Kind::WrongCredentials, code };
    const QString lower = attempt.driverText.toLower();
    // SQL Server's Driver 18 encrypts by default, so a certificate problem
    // shows up even when the URL says nothing about TLS.
    if (lower.contains(u"ssl"_s) || lower.contains(u"tls"_s) || lower.contains(u"certificate"_s))
        return { Kind::TlsFailure, code };
    const Kind network = fromTcp(attempt);
    if (network != Kind::Other)
        return { network, code };
    return { Kind::Other, code };
}

// The driver's words end a sentence of ours: give them a full stop.
QString asSentence(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(u'.') || trimmed.endsWith(u'!') || trimmed.endsWith(u'?'))
        return trimmed;
    return trimmed + u'.';
}

ConnectionError notConfigured(const DatabaseTarget& target)
{
    ConnectionError error;
    error.kind = ConnectionError::Kind::NotConfigured;
    error.server = target.name;
    if (target.isH2()) {
        error.message = DatabaseTarget::h2Explanation();
    } else if (target.urlError) {
        error.message = Text::tr("The URL of %1 cannot be used: %2").arg(target.name, target.urlError->message);
        error.hint = target.urlError->hint;
    } else {
        error.message = Text::tr("%1 has no database the wizard can connect to.").arg(target.name);
    }
    return error;
}

void receiveNotice(void* arg, const PGresult* result);

} // namespace

// Holds the handler and what libpq had before, so the receiver can be put back.
struct DatabaseConnection::NoticeTap
{
    PGconn* connection = nullptr;
    // libpq's default receiver ignores its argument, so only the function is kept.
    PQnoticeReceiver previous = nullptr;
    std::function<void(const ServerNotice&)> handler;
};

namespace {

void receiveNotice(void* arg, const PGresult* result)
{
    const auto* tap = static_cast<const DatabaseConnection::NoticeTap*>(arg);
    if (!tap || !tap->handler)
        return;
    const char* severity = PQresultErrorField(result, PG_DIAG_SEVERITY_NONLOCALIZED);
    if (!severity)
        severity = PQresultErrorField(result, PG_DIAG_SEVERITY);
    const char* primary = PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY);
    ServerNotice notice;
    notice.severity = QString::fromUtf8(severity ? severity : "NOTICE");
    notice.message = primary ? QString::fromUtf8(primary) : QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    tap->handler(notice);
}

} // namespace

QString connectionErrorKindName(ConnectionError::Kind kind)
{
    using Kind = ConnectionError::Kind;
    switch (kind) {
    case Kind::NotConfigured:
        return u"not-configured"_s;
    case Kind::MissingDriver:
        return u"missing-driver"_s;
    case Kind::Refused:
        return u"refused"_s;
    case Kind::Unreachable:
        return u"unreachable"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::WrongCredentials:
        return u"wrong-credentials"_s;
    case Kind::UnknownDatabase:
        return u"unknown-database"_s;
    case Kind::NotAllowed:
        return u"not-allowed"_s;
    case Kind::TlsRequired:
        return u"tls-required"_s;
    case Kind::TlsFailure:
        return u"tls-failure"_s;
    case Kind::Other:
        return u"other"_s;
    }
    return {};
}

QString ConnectionError::toString() const
{
    return hint.isEmpty() ? message : message + u' ' + hint;
}

QString serverLabel(const DatabaseTarget& target, const QString& userName)
{
    if (!target.jdbc)
        return target.name;
    const JdbcUrl& url = *target.jdbc;
    QString where = url.endpoint();
    if (!url.instanceName.isEmpty())
        where = url.port() > 0 ? u"%1\\%2:%3"_s.arg(url.host(), url.instanceName).arg(url.port())
                               : u"%1\\%2"_s.arg(url.host(), url.instanceName);
    QStringList parts;
    if (!where.isEmpty())
        parts << where;
    if (!url.databaseLabel().isEmpty())
        parts << Text::tr("database %1").arg(url.databaseLabel());
    if (!userName.isEmpty())
        parts << Text::tr("user %1").arg(userName);
    return parts.join(u", "_s);
}

ConnectionError classifyConnectionFailure(
    const DatabaseTarget& target, const QString& userName, const ConnectionAttempt& attempt)
{
    using Kind = ConnectionError::Kind;
    if (!target.isConnectable())
        return notConfigured(target);
    const bool tlsWanted = target.jdbc->tlsWanted();
    Classified classified { Kind::Other, {} };
    if (attempt.qtDriver == "QMYSQL"_L1)
        classified = classifyMySql(attempt, tlsWanted);
    else if (attempt.qtDriver == "QPSQL"_L1)
        classified = classifyPostgreSql(attempt, tlsWanted);
    else
        classified = classifyOdbc(attempt);

    ConnectionError error;
    error.kind = classified.kind;
    error.code = classified.code;
    error.driverText = attempt.driverText.trimmed();
    error.server = serverLabel(target, userName);
    const JdbcUrl& url = *target.jdbc;
    const QString endpoint = url.endpoint().isEmpty() ? url.databaseLabel() : url.endpoint();
    const QString database = url.databaseLabel();
    switch (classified.kind) {
    case Kind::Refused:
        error.message = Text::tr("Nothing accepts connections at %1 (%2): the connection was refused.")
                            .arg(endpoint, error.server);
        error.hint = Text::tr("Check that the database server is running and listens on that address and port "
                              "(bind address, firewall), and that the URL in deployment.toml names the right port.");
        break;
    case Kind::Unreachable:
        error.message = attempt.tcp == ConnectionAttempt::Tcp::HostNotFound || attempt.nativeCode == "2005"_L1
            ? Text::tr("The database host %1 is unknown: its name does not resolve (%2).").arg(url.host(), error.server)
            : Text::tr("The database host %1 cannot be reached from this machine (%2).").arg(url.host(), error.server);
        error.hint = Text::tr("Check the host name in the URL and that this machine can reach it (DNS, VPN, "
                              "routing, firewall).");
        break;
    case Kind::Timeout:
        error.message = Text::tr("The database server at %1 did not answer within %n second(s) (%2).", nullptr,
            attempt.timeoutSeconds)
                            .arg(endpoint, error.server);
        error.hint = Text::tr("A firewall may be dropping the connection without a word, or the server is "
                              "overloaded. Check the address and port and try again.");
        break;
    case Kind::WrongCredentials:
        error.message = Text::tr("The server at %1 refused the user name or password of user %2 (database %3).")
                            .arg(endpoint, userName, database);
        error.hint = Text::tr("Check the user name and enter the password again: the one in deployment.toml may be "
                              "outdated, or the account locked.");
        break;
    case Kind::UnknownDatabase:
        error.message = Text::tr("The server at %1 has no database %2 (%3).").arg(endpoint, database, error.server);
        error.hint = Text::tr("Check the database name in the URL; many servers tell upper and lower case apart.");
        break;
    case Kind::NotAllowed:
        error.message = Text::tr("The server at %1 does not let user %2 connect to database %3 from this machine.")
                            .arg(endpoint, userName, database);
        error.hint = Text::tr("Ask the database administrator to allow this host and user (PostgreSQL: "
                              "pg_hba.conf and the CONNECT privilege; MySQL/MariaDB: the host part of 'user'@'host' "
                              "and the grants on the database).");
        break;
    case Kind::TlsRequired:
        error.message = Text::tr("The server at %1 accepts only encrypted (TLS) connections, and the URL does not ask "
                                 "for TLS (%2).")
                            .arg(endpoint, error.server);
        error.hint = Text::tr("Switch TLS on in the URL the way the server expects it (PostgreSQL: sslmode=require; "
                              "MySQL: sslMode=REQUIRED; SQL Server: encrypt=true).");
        break;
    case Kind::TlsFailure:
        error.message = Text::tr("The encrypted (TLS) connection to %1 could not be set up (%2): %3")
                            .arg(endpoint, error.server, asSentence(error.driverText));
        error.hint = Text::tr("The URL asks for TLS (%1). Check that the server has TLS switched on and that its "
                              "certificate is signed by an authority this machine trusts (the system's CA "
                              "certificates) and names the host of the URL.")
                         .arg(tlsModeName(url.tls));
        break;
    case Kind::MissingDriver:
        error.message = Text::tr("The ODBC driver for %1 could not be loaded (%2): %3")
                            .arg(databaseKindName(url.kind), error.server, asSentence(error.driverText));
        error.hint = Text::tr("Check that the ODBC driver named in the connection is installed and registered in "
                              "odbcinst.ini.");
        break;
    case Kind::NotConfigured:
    case Kind::Other:
        error.message = Text::tr("Connecting to %1 (%2) failed: %3").arg(endpoint, error.server, asSentence(error.driverText));
        break;
    }
    return error;
}

DatabaseConnection::DatabaseConnection(const DatabaseTarget& target, QString name, QString userName)
    : m_target(target)
    , m_name(std::move(name))
    , m_userName(std::move(userName))
{
}

DatabaseConnection::~DatabaseConnection()
{
    setNoticeHandler({});
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

std::expected<std::unique_ptr<DatabaseConnection>, ConnectionError> DatabaseConnection::open(
    const DatabaseTarget& target, const DatabaseCredentials& credentials, const ConnectionOptions& options)
{
    if (!target.isConnectable())
        return std::unexpected(notConfigured(target));
    const DriverAvailability driver = checkDriverAvailability(target);
    if (!driver.available) {
        ConnectionError error;
        error.kind = ConnectionError::Kind::MissingDriver;
        error.server = Ismw::serverLabel(target, credentials.userName());
        error.message = driver.message;
        return std::unexpected(error);
    }

    const JdbcUrl& url = *target.jdbc;
    const QString name = u"ismw-%1-%2"_s.arg(target.name).arg(++s_connectionCounter);
    const int timeout = qMax(1, options.connectTimeoutSeconds);
    ConnectionAttempt attempt;
    attempt.qtDriver = target.qtDriver;
    attempt.timeoutSeconds = timeout;
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(target.qtDriver, name);
        if (target.qtDriver == "QODBC"_L1) {
            db.setDatabaseName(driver.connectionString);
        } else {
            // The first host: the failover lists of the Java drivers have no QtSql counterpart.
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setDatabaseName(url.database);
        }
        db.setConnectOptions(connectOptions(target, options));
        credentials.applyTo(db);

        QElapsedTimer clock;
        clock.start();
        opened = db.open();
        const qint64 elapsed = clock.elapsed();

        if (opened && target.qtDriver == "QMYSQL"_L1 && url.tlsWanted()) {
            // The URL wants TLS, but QMYSQL cannot demand it without a CA:
            // refuse to go on over a plain connection.
            QSqlQuery query(db);
            const bool encrypted = query.exec(u"SHOW SESSION STATUS LIKE 'Ssl_cipher'"_s) && query.next()
                && !query.value(1).toString().isEmpty();
            query.finish();
            if (!encrypted) {
                db.close();
                opened = false;
                attempt.nativeCode = u"2026"_s;
                attempt.driverText = Text::tr("the server did not encrypt the connection, and the URL asks for TLS");
            }
        }

        if (!opened) {
            const QSqlError sqlError = db.lastError();
            if (attempt.driverText.isEmpty()) {
                attempt.nativeCode = sqlError.nativeErrorCode();
                attempt.driverText = sqlError.databaseText().isEmpty() ? sqlError.driverText() : sqlError.databaseText();
            }
            // Never let the password through, should a driver quote it.
            const QString password = db.password();
            if (password.size() >= 3)
                attempt.driverText.replace(password, kSecretMask.toString());
            attempt.driverText = redactSecrets(attempt.driverText);
            attempt.timedOut = elapsed >= qint64(timeout) * 1000 - kTimeoutSlackMs;
            if (target.qtDriver == "QPSQL"_L1 && !attempt.timedOut)
                attempt.sqlState = postgresSqlState(db, libpqSslMode(url.tls), timeout);
        }
        // The connection stands (or not): the QSqlDatabase keeps no password.
        db.setPassword(QString());
    }
    if (!opened) {
        QSqlDatabase::removeDatabase(name);
        const bool decisive = (target.qtDriver == "QPSQL"_L1 && !attempt.sqlState.isEmpty())
            || (target.qtDriver == "QMYSQL"_L1 && attempt.nativeCode != "2002"_L1 && attempt.nativeCode != "2003"_L1
                && attempt.nativeCode != "2013"_L1 && attempt.nativeCode != "2006"_L1);
        if (!decisive && !attempt.timedOut)
            attempt.tcp = probeTcp(url.host(), url.port(), timeout * 1000);
        return std::unexpected(classifyConnectionFailure(target, credentials.userName(), attempt));
    }
    return std::unique_ptr<DatabaseConnection>(new DatabaseConnection(target, name, credentials.userName()));
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

QString DatabaseConnection::serverLabel() const
{
    return Ismw::serverLabel(m_target, m_userName);
}

std::expected<ServerVersion, QString> DatabaseConnection::serverVersion() const
{
    QString sql;
    switch (dialect()) {
    case SqlDialect::PostgreSql:
        sql = u"SHOW server_version"_s;
        break;
    case SqlDialect::MySql:
        sql = u"SELECT VERSION()"_s;
        break;
    case SqlDialect::SqlServer:
        sql = u"SELECT CAST(SERVERPROPERTY('ProductVersion') AS VARCHAR(64))"_s;
        break;
    case SqlDialect::Oracle:
        sql = u"SELECT VERSION FROM PRODUCT_COMPONENT_VERSION WHERE PRODUCT LIKE 'Oracle%' AND ROWNUM = 1"_s;
        break;
    case SqlDialect::Db2:
        sql = u"SELECT SERVICE_LEVEL FROM SYSIBMADM.ENV_INST_INFO"_s;
        break;
    }
    QSqlQuery query(database());
    if (!query.exec(sql) || !query.next())
        return std::unexpected(Text::tr("Could not read the server version of %1: %2")
                                   .arg(serverLabel(), query.lastError().text()));
    ServerVersion version;
    version.text = query.value(0).toString().trimmed();
    static const QRegularExpression number(u"(\\d+(?:\\.\\d+)*)"_s);
    version.version = QVersionNumber::fromString(number.match(version.text).captured(1));
    switch (dialect()) {
    case SqlDialect::PostgreSql:
        version.product = u"PostgreSQL"_s;
        break;
    case SqlDialect::MySql:
        version.product = version.text.contains(u"MariaDB"_s, Qt::CaseInsensitive) ? u"MariaDB"_s : u"MySQL"_s;
        break;
    case SqlDialect::SqlServer:
        version.product = u"Microsoft SQL Server"_s;
        break;
    case SqlDialect::Oracle:
        version.product = u"Oracle"_s;
        break;
    case SqlDialect::Db2:
        version.product = u"IBM Db2"_s;
        break;
    }
    if (version.version.isNull())
        return std::unexpected(
            Text::tr("The server %1 reported the version \"%2\", which the wizard cannot read.").arg(serverLabel(), version.text));
    return version;
}

bool DatabaseConnection::setNoticeHandler(std::function<void(const ServerNotice&)> handler)
{
    if (m_noticeTap) {
        // Put libpq's own receiver back before the tap goes.
        if (m_noticeTap->connection)
            PQsetNoticeReceiver(m_noticeTap->connection, m_noticeTap->previous, nullptr);
        m_noticeTap.reset();
    }
    if (!handler)
        return true;
    if (m_target.qtDriver != "QPSQL"_L1)
        return false;
    const QSqlDatabase db = database();
    if (!db.isOpen() || !db.driver())
        return false;
    const QVariant handle = db.driver()->handle();
    // Qt names the type after the struct tag behind libpq's typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return false;
    PGconn* connection = *static_cast<PGconn* const*>(handle.constData());
    if (!connection)
        return false;
    m_noticeTap = std::make_unique<NoticeTap>();
    m_noticeTap->connection = connection;
    m_noticeTap->handler = std::move(handler);
    m_noticeTap->previous = PQsetNoticeReceiver(connection, receiveNotice, m_noticeTap.get());
    return true;
}

} // namespace Ismw
