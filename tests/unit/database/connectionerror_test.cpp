// SPDX-License-Identifier: Apache-2.0
// How a failed connection is told apart: MySQL error numbers, PostgreSQL
// SQLSTATEs, ODBC SQLSTATEs and native codes of SQL Server, Oracle and Db2,
// then TCP and the clock. Each kind has a message that names the server and
// the user and never the password. (The real servers are in tests/db.)
#include "config/TomlDocument.h"
#include "database/DatabaseConnection.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

Q_DECLARE_METATYPE(Ismw::ConnectionError::Kind)
Q_DECLARE_METATYPE(Ismw::ConnectionAttempt::Tcp)

namespace {

DatabaseTarget targetFor(const QString& url)
{
    const auto document = TomlDocument::parse(
        u"[database.identity_db]\nurl = \"%1\"\nusername = \"wso2is\"\n"_s.arg(url).toUtf8(), u"t.toml"_s);
    return document ? databasesInConfig(*document).value(0) : DatabaseTarget();
}

} // namespace

class ConnectionErrorTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("qtDriver");
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<QString>("driverText");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<ConnectionAttempt::Tcp>("tcp");
        QTest::addColumn<ConnectionError::Kind>("kind");

        using Tcp = ConnectionAttempt::Tcp;
        using Kind = ConnectionError::Kind;
        const QString my = u"jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB"_s;
        const QString myTls = u"jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB?sslMode=REQUIRED"_s;
        const QString pg = u"jdbc:postgresql://pg.example.com:5432/wso2"_s;
        const QString pgTls = u"jdbc:postgresql://pg.example.com:5432/wso2?sslmode=require"_s;
        const QString ms = u"jdbc:sqlserver://sql.example.com:1433;databaseName=WSO2"_s;
        const QString ora = u"jdbc:oracle:thin:@ora.example.com:1521/IAM"_s;
        const QString db2 = u"jdbc:db2://db2.example.com:50000/WSO2"_s;

        QTest::newRow("mysql 1045") << my << u"QMYSQL"_s << u"1045"_s << QString()
                                    << u"Access denied for user 'wso2is'@'10.1.1.1' (using password: YES)"_s << false
                                    << Tcp::NotChecked << Kind::WrongCredentials;
        QTest::newRow("mysql 1049") << my << u"QMYSQL"_s << u"1049"_s << QString() << u"Unknown database 'X'"_s
                                    << false << Tcp::NotChecked << Kind::UnknownDatabase;
        QTest::newRow("mysql 1044") << my << u"QMYSQL"_s << u"1044"_s << QString() << u"Access denied for user"_s
                                    << false << Tcp::NotChecked << Kind::NotAllowed;
        QTest::newRow("mysql 1130") << my << u"QMYSQL"_s << u"1130"_s << QString() << u"Host is not allowed"_s
                                    << false << Tcp::NotChecked << Kind::NotAllowed;
        QTest::newRow("mysql 3159") << my << u"QMYSQL"_s << u"3159"_s << QString()
                                    << u"Connections using insecure transport are prohibited"_s << false
                                    << Tcp::NotChecked << Kind::TlsRequired;
        QTest::newRow("mysql 2026") << myTls << u"QMYSQL"_s << u"2026"_s << QString() << u"TLS/SSL error"_s << false
                                    << Tcp::NotChecked << Kind::TlsFailure;
        QTest::newRow("mysql 2005") << my << u"QMYSQL"_s << u"2005"_s << QString() << u"Unknown server host"_s
                                    << false << Tcp::NotChecked << Kind::Unreachable;
        QTest::newRow("mysql 2002 refused") << my << u"QMYSQL"_s << u"2002"_s << QString()
                                            << u"Can't connect to server on 'db' (115)"_s << false << Tcp::Refused
                                            << Kind::Refused;
        QTest::newRow("mysql 2002 no route") << my << u"QMYSQL"_s << u"2002"_s << QString()
                                             << u"Can't connect to server on 'db' (113)"_s << false
                                             << Tcp::Unreachable << Kind::Unreachable;
        QTest::newRow("mysql 2013 silent") << my << u"QMYSQL"_s << u"2013"_s << QString()
                                           << u"Lost connection to server at 'handshake'"_s << true
                                           << Tcp::NotChecked << Kind::Timeout;
        QTest::newRow("mysql 2013 tls") << myTls << u"QMYSQL"_s << u"2013"_s << QString()
                                        << u"Lost connection to server at 'handshake'"_s << false << Tcp::Reachable
                                        << Kind::TlsFailure;
        QTest::newRow("mysql 1040") << my << u"QMYSQL"_s << u"1040"_s << QString() << u"Too many connections"_s
                                    << false << Tcp::NotChecked << Kind::Other;

        QTest::newRow("pg 28P01") << pg << u"QPSQL"_s << QString() << u"28P01"_s
                                  << u"FATAL:  password authentication failed for user \"wso2is\""_s << false
                                  << Tcp::NotChecked << Kind::WrongCredentials;
        QTest::newRow("pg 3D000") << pg << u"QPSQL"_s << QString() << u"3D000"_s
                                  << u"FATAL:  database \"wso2\" does not exist"_s << false << Tcp::NotChecked
                                  << Kind::UnknownDatabase;
        QTest::newRow("pg 28000 hostssl") << pg << u"QPSQL"_s << QString() << u"28000"_s
                                          << u"FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"wso2is\", "
                                             u"database \"wso2\", no encryption"_s
                                          << false << Tcp::NotChecked << Kind::TlsRequired;
        QTest::newRow("pg 28000 host") << pgTls << u"QPSQL"_s << QString() << u"28000"_s
                                       << u"FATAL:  no pg_hba.conf entry for host \"10.1.1.1\", user \"wso2is\", "
                                          u"database \"wso2\", SSL encryption"_s
                                       << false << Tcp::NotChecked << Kind::NotAllowed;
        QTest::newRow("pg 28000 role") << pg << u"QPSQL"_s << QString() << u"28000"_s
                                       << u"FATAL:  role \"wso2is\" does not exist"_s << false << Tcp::NotChecked
                                       << Kind::WrongCredentials;
        QTest::newRow("pg 42501") << pg << u"QPSQL"_s << QString() << u"42501"_s
                                  << u"FATAL:  permission denied for database \"wso2\""_s << false << Tcp::NotChecked
                                  << Kind::NotAllowed;
        QTest::newRow("pg refused") << pg << u"QPSQL"_s << QString() << QString() << u"Connection refused"_s << false
                                    << Tcp::Refused << Kind::Refused;
        QTest::newRow("pg unknown host") << pg << u"QPSQL"_s << QString() << QString()
                                         << u"could not translate host name"_s << false << Tcp::HostNotFound
                                         << Kind::Unreachable;
        QTest::newRow("pg timeout") << pg << u"QPSQL"_s << QString() << QString() << u"timeout expired"_s << true
                                    << Tcp::NotChecked << Kind::Timeout;
        QTest::newRow("pg no ssl on server") << pgTls << u"QPSQL"_s << QString() << QString()
                                             << u"server does not support SSL, but SSL was required"_s << false
                                             << Tcp::Reachable << Kind::TlsFailure;
        QTest::newRow("pg 53300") << pg << u"QPSQL"_s << QString() << u"53300"_s
                                  << u"FATAL:  sorry, too many clients already"_s << false << Tcp::NotChecked
                                  << Kind::Other;

        QTest::newRow("mssql 18456") << ms << u"QODBC"_s << u"18456"_s << QString()
                                     << u"[Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Login failed for user "
                                        u"'wso2is'. 28000"_s
                                     << false << Tcp::NotChecked << Kind::WrongCredentials;
        QTest::newRow("mssql 4060") << ms << u"QODBC"_s << u"4060;18456"_s << QString()
                                    << u"Cannot open database \"WSO2\" requested by the login. 42000"_s << false
                                    << Tcp::NotChecked << Kind::UnknownDatabase;
        QTest::newRow("mssql timeout") << ms << u"QODBC"_s << u"0"_s << QString()
                                       << u"[Microsoft][ODBC Driver 18 for SQL Server]Login timeout expired, HYT00"_s
                                       << false << Tcp::NotChecked << Kind::Timeout;
        QTest::newRow("mssql certificate") << ms << u"QODBC"_s << u"0"_s << QString()
                                           << u"SSL Provider: certificate verify failed, 08001"_s << false
                                           << Tcp::Reachable << Kind::TlsFailure;
        QTest::newRow("mssql refused") << ms << u"QODBC"_s << u"0"_s << QString()
                                       << u"TCP Provider: Error code 0x2749, 08001"_s << false << Tcp::Refused
                                       << Kind::Refused;
        QTest::newRow("odbc no driver") << ms << u"QODBC"_s << u"0"_s << QString()
                                        << u"[unixODBC][Driver Manager]Data source name not found and no default "
                                           u"driver specified, IM002"_s
                                        << false << Tcp::NotChecked << Kind::MissingDriver;
        QTest::newRow("oracle 1017") << ora << u"QODBC"_s << u"1017"_s << QString()
                                     << u"ORA-01017: invalid username/password; logon denied"_s << false
                                     << Tcp::NotChecked << Kind::WrongCredentials;
        QTest::newRow("oracle 12514") << ora << u"QODBC"_s << u"12514"_s << QString()
                                      << u"ORA-12514: TNS:listener does not currently know of service"_s << false
                                      << Tcp::NotChecked << Kind::UnknownDatabase;
        QTest::newRow("oracle 12541") << ora << u"QODBC"_s << u"12541"_s << QString()
                                      << u"ORA-12541: TNS:no listener"_s << false << Tcp::NotChecked << Kind::Refused;
        QTest::newRow("db2 30082") << db2 << u"QODBC"_s << u"-30082"_s << QString()
                                   << u"SQL30082N Security processing failed with reason \"24\""_s << false
                                   << Tcp::NotChecked << Kind::WrongCredentials;
        QTest::newRow("db2 1013") << db2 << u"QODBC"_s << u"-1013"_s << QString()
                                  << u"SQL1013N The database alias name or database name could not be found"_s
                                  << false << Tcp::NotChecked << Kind::UnknownDatabase;
    }

    void classify()
    {
        QFETCH(QString, url);
        QFETCH(QString, qtDriver);
        QFETCH(QString, nativeCode);
        QFETCH(QString, sqlState);
        QFETCH(QString, driverText);
        QFETCH(bool, timedOut);
        QFETCH(ConnectionAttempt::Tcp, tcp);
        QFETCH(ConnectionError::Kind, kind);

        const DatabaseTarget target = targetFor(url);
        QVERIFY(target.jdbc);
        ConnectionAttempt attempt;
        attempt.qtDriver = qtDriver;
        attempt.nativeCode = nativeCode;
        attempt.sqlState = sqlState;
        attempt.driverText = driverText;
        attempt.timedOut = timedOut;
        attempt.tcp = tcp;
        attempt.timeoutSeconds = 10;
        const ConnectionError error = classifyConnectionFailure(target, u"wso2is"_s, attempt);
        QCOMPARE(connectionErrorKindName(error.kind), connectionErrorKindName(kind));
        QVERIFY(!error.message.isEmpty());
        // Every message names where it tried to go.
        const QString where = target.jdbc->kind == DatabaseKind::Oracle || target.jdbc->kind == DatabaseKind::Db2
                || target.jdbc->kind == DatabaseKind::SqlServer
            ? target.jdbc->host()
            : target.jdbc->endpoint();
        QVERIFY2(error.message.contains(where) || error.message.contains(target.jdbc->host()), qPrintable(error.message));
        QVERIFY2(error.server.contains(u"user wso2is"_s), qPrintable(error.server));
        QVERIFY2(error.server.contains(target.jdbc->databaseLabel()), qPrintable(error.server));
    }

    // The kinds have messages of their own.
    void messagesDiffer()
    {
        const DatabaseTarget target = targetFor(u"jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB"_s);
        QStringList seen;
        for (const char* code : { "1045", "1049", "1130", "3159", "2026", "2005" }) {
            ConnectionAttempt attempt;
            attempt.qtDriver = u"QMYSQL"_s;
            attempt.nativeCode = QString::fromLatin1(code);
            attempt.driverText = u"text"_s;
            const ConnectionError error = classifyConnectionFailure(target, u"wso2is"_s, attempt);
            QVERIFY2(!seen.contains(error.message), qPrintable(error.message));
            seen << error.message;
            QVERIFY(!error.hint.isEmpty());
        }
        ConnectionAttempt timeout;
        timeout.qtDriver = u"QMYSQL"_s;
        timeout.nativeCode = u"2013"_s;
        timeout.timedOut = true;
        timeout.timeoutSeconds = 7;
        QVERIFY(classifyConnectionFailure(target, u"wso2is"_s, timeout).message.contains(u"7 second"_s));
    }

    void notConfigured()
    {
        const DatabaseTarget h2 = targetFor(u"jdbc:h2:./repository/database/WSO2IDENTITY_DB"_s);
        const ConnectionError error = classifyConnectionFailure(h2, u"u"_s, {});
        QCOMPARE(error.kind, ConnectionError::Kind::NotConfigured);
        QCOMPARE(error.message, DatabaseTarget::h2Explanation());
        const DatabaseTarget broken = targetFor(u"jdbc:mysql://db:99999/x"_s);
        const ConnectionError brokenError = classifyConnectionFailure(broken, u"u"_s, {});
        QCOMPARE(brokenError.kind, ConnectionError::Kind::NotConfigured);
        QVERIFY2(brokenError.message.contains(u"99999"_s), qPrintable(brokenError.message));
    }
};

QTEST_GUILESS_MAIN(ConnectionErrorTest)
#include "connectionerror_test.moc"
