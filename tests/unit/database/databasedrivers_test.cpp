// SPDX-License-Identifier: Apache-2.0
// Which drivers a database needs and whether this machine has them: the Qt
// SQL plugin, and for SQL Server, Oracle and Db2 an ODBC driver that unixODBC
// knows. Missing pieces are named with what to install; ODBC connection
// strings follow the URL (host, port, instance, service or SID, TLS).
#include "database/DatabaseDrivers.h"
#include "database/DatabaseTarget.h"

#include "config/TomlDocument.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

DatabaseTarget targetFor(const QString& url)
{
    const auto document = TomlDocument::parse(
        u"[database.identity_db]\nurl = \"%1\"\nusername = \"u\"\npassword = \"p\"\n"_s.arg(url).toUtf8(), u"t.toml"_s);
    if (!document)
        return {};
    const QList<DatabaseTarget> targets = databasesInConfig(*document);
    return targets.value(0);
}

const QStringList kAllQtDrivers { u"QSQLITE"_s, u"QMYSQL"_s, u"QMARIADB"_s, u"QPSQL"_s, u"QODBC"_s };

} // namespace

class DatabaseDriversTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void odbcIni()
    {
        const OdbcDriverList list = OdbcDriverList::fromIniText(
            u"[ODBC]\nTrace = No\n\n[ODBC Driver 18 for SQL Server]\nDescription=Microsoft ODBC Driver 18\n"
            u"Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.so\n\n  [FreeTDS]  \nDriver=libtdsodbc.so\n"
            u"; [Commented]\n"_s,
            u"/etc/odbcinst.ini"_s);
        QCOMPARE(list.source, OdbcDriverList::Source::IniFile);
        QCOMPARE(list.names, (QStringList { u"ODBC Driver 18 for SQL Server"_s, u"FreeTDS"_s }));
        const OdbcDriverList tool = OdbcDriverList::fromToolOutput(u"[PostgreSQL Unicode]\n[Oracle 21 ODBC driver]\n"_s);
        QCOMPARE(tool.source, OdbcDriverList::Source::Tool);
        QCOMPARE(tool.names, (QStringList { u"PostgreSQL Unicode"_s, u"Oracle 21 ODBC driver"_s }));
    }

    void pick_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("picked");
        const QString mssql = u"jdbc:sqlserver://s;databaseName=W"_s;
        QTest::newRow("newest Microsoft") << mssql
                                          << QStringList { u"FreeTDS"_s, u"ODBC Driver 17 for SQL Server"_s,
                                                 u"ODBC Driver 18 for SQL Server"_s }
                                          << u"ODBC Driver 18 for SQL Server"_s;
        QTest::newRow("FreeTDS") << mssql << QStringList { u"PostgreSQL Unicode"_s, u"FreeTDS"_s } << u"FreeTDS"_s;
        QTest::newRow("none for SQL Server") << mssql << QStringList { u"PostgreSQL Unicode"_s } << QString();
        QTest::newRow("oracle") << u"jdbc:oracle:thin:@o:1521/S"_s
                                << QStringList { u"FreeTDS"_s, u"Oracle in instantclient_21_13"_s }
                                << u"Oracle in instantclient_21_13"_s;
        QTest::newRow("db2") << u"jdbc:db2://d:50000/DB"_s << QStringList { u"IBM DB2 ODBC DRIVER - clidriver"_s }
                             << u"IBM DB2 ODBC DRIVER - clidriver"_s;
    }

    void pick()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, installed);
        QFETCH(QString, picked);
        const DatabaseTarget target = targetFor(url);
        QVERIFY(target.jdbc);
        QCOMPARE(pickOdbcDriver(target.jdbc->kind, installed), picked);
    }

    void availability_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("qtDrivers");
        QTest::addColumn<int>("odbcSource"); // OdbcDriverList::Source
        QTest::addColumn<QStringList>("odbcDrivers");
        QTest::addColumn<bool>("available");
        QTest::addColumn<QStringList>("mentions"); // in the message, or in the connection string when available

        const auto tool = int(OdbcDriverList::Source::Tool);
        const auto none = int(OdbcDriverList::Source::None);
        QTest::newRow("mysql") << u"jdbc:mysql://db/wso2"_s << kAllQtDrivers << none << QStringList() << true
                               << QStringList();
        QTest::newRow("mysql plugin missing") << u"jdbc:mysql://db/wso2"_s << QStringList { u"QPSQL"_s } << none
                                              << QStringList() << false
                                              << QStringList { u"QMYSQL"_s, u"libqt6sql6-mysql"_s };
        QTest::newRow("postgresql plugin missing") << u"jdbc:postgresql://db/wso2"_s << QStringList { u"QMYSQL"_s }
                                                   << none << QStringList() << false
                                                   << QStringList { u"QPSQL"_s, u"libqt6sql6-psql"_s };
        QTest::newRow("odbc plugin missing") << u"jdbc:sqlserver://s;databaseName=W"_s
                                             << QStringList { u"QMYSQL"_s, u"QPSQL"_s } << tool << QStringList()
                                             << false << QStringList { u"QODBC"_s, u"libqt6sql6-odbc"_s };
        QTest::newRow("no unixODBC") << u"jdbc:sqlserver://s;databaseName=W"_s << kAllQtDrivers << none
                                     << QStringList() << false
                                     << QStringList { u"neither the odbcinst tool nor an odbcinst.ini"_s,
                                            u"unixodbc"_s, u"msodbcsql18"_s, u"tdsodbc"_s };
        QTest::newRow("no SQL Server driver") << u"jdbc:sqlserver://s;databaseName=W"_s << kAllQtDrivers << tool
                                              << QStringList { u"PostgreSQL Unicode"_s } << false
                                              << QStringList { u"No ODBC driver for Microsoft SQL Server"_s,
                                                     u"PostgreSQL Unicode"_s, u"msodbcsql18"_s };
        QTest::newRow("no Oracle driver") << u"jdbc:oracle:thin:@o:1521/IAM"_s << kAllQtDrivers << tool
                                          << QStringList() << false
                                          << QStringList { u"No ODBC driver for Oracle"_s, u"none"_s,
                                                 u"Instant Client"_s, u"odbc_update_ini.sh"_s };
        QTest::newRow("no Db2 driver") << u"jdbc:db2://d:50000/DB"_s << kAllQtDrivers << tool << QStringList()
                                       << false
                                       << QStringList { u"IBM Data Server Driver for ODBC and CLI"_s };
        QTest::newRow("sql server ok") << u"jdbc:sqlserver://sql01:1444;databaseName=WSO2;encrypt=true"_s
                                       << kAllQtDrivers << tool
                                       << QStringList { u"ODBC Driver 18 for SQL Server"_s } << true
                                       << QStringList { u"DRIVER={ODBC Driver 18 for SQL Server}"_s,
                                              u"SERVER=tcp:sql01,1444"_s, u"DATABASE=WSO2"_s, u"Encrypt=yes"_s,
                                              u"TrustServerCertificate=no"_s };
        QTest::newRow("sql server instance") << u"jdbc:sqlserver://sql01\\\\IAM;databaseName=WSO2;encrypt=false"_s
                                             << kAllQtDrivers << tool
                                             << QStringList { u"ODBC Driver 17 for SQL Server"_s } << true
                                             << QStringList { u"SERVER=sql01\\IAM"_s, u"Encrypt=no"_s };
        QTest::newRow("freetds") << u"jdbc:sqlserver://sql01;databaseName=WSO2;encrypt=true;trustServerCertificate=true"_s
                                 << kAllQtDrivers << tool << QStringList { u"FreeTDS"_s } << true
                                 << QStringList { u"DRIVER={FreeTDS}"_s, u"SERVER=sql01"_s, u"PORT=1433"_s,
                                        u"Encryption=require"_s };
        QTest::newRow("oracle service") << u"jdbc:oracle:thin:@o.example.com:1521/IAM"_s << kAllQtDrivers << tool
                                        << QStringList { u"Oracle 21 ODBC driver"_s } << true
                                        << QStringList { u"DBQ={(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=o.example.com)"
                                                         u"(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=IAM)))}"_s };
        QTest::newRow("oracle alias") << u"jdbc:oracle:thin:@iam_high"_s << kAllQtDrivers << tool
                                      << QStringList { u"Oracle 21 ODBC driver"_s } << true
                                      << QStringList { u"DBQ=iam_high;"_s };
        QTest::newRow("db2 tls") << u"jdbc:db2://d.example.com:50001/WSO2:sslConnection=true;"_s << kAllQtDrivers
                                 << tool << QStringList { u"IBM DB2 ODBC DRIVER"_s } << true
                                 << QStringList { u"DATABASE=WSO2"_s, u"HOSTNAME=d.example.com"_s, u"PORT=50001"_s,
                                        u"PROTOCOL=TCPIP"_s, u"SECURITY=SSL"_s };
        QTest::newRow("h2") << u"jdbc:h2:./repository/database/WSO2IDENTITY_DB"_s << kAllQtDrivers << none
                            << QStringList() << false << QStringList { u"nothing to clean"_s };
        QTest::newRow("bad url") << u"jdbc:mysql://db:0/wso2"_s << kAllQtDrivers << none << QStringList() << false
                                 << QStringList { u"out of range"_s };
    }

    void availability()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, qtDrivers);
        QFETCH(int, odbcSource);
        QFETCH(QStringList, odbcDrivers);
        QFETCH(bool, available);
        QFETCH(QStringList, mentions);

        const DatabaseTarget target = targetFor(url);
        QVERIFY(!target.name.isEmpty());
        OdbcDriverList odbc;
        odbc.source = OdbcDriverList::Source(odbcSource);
        odbc.location = u"odbcinst -q -d"_s;
        odbc.names = odbcDrivers;
        const DriverAvailability result = checkDriverAvailability(target, qtDrivers, odbc);
        QCOMPARE(result.available, available);
        const QString text = available ? result.connectionString : result.message;
        if (!available)
            QVERIFY(!result.message.isEmpty());
        for (const QString& mention : mentions)
            QVERIFY2(text.contains(mention), qPrintable(u"%1 not in: %2"_s.arg(mention, text)));
    }

    // Values with characters the ODBC syntax gives a meaning to are braced.
    void odbcValuesEscaped()
    {
        const DatabaseTarget target = targetFor(u"jdbc:sqlserver://s;databaseName={IAM;PROD}"_s);
        QVERIFY(target.jdbc);
        const QString text = odbcConnectionString(*target.jdbc, u"ODBC Driver 18 for SQL Server"_s);
        QVERIFY2(text.contains(u"DATABASE={IAM;PROD}"_s), qPrintable(text));
        QVERIFY(!text.contains(u"PWD"_s));
        QVERIFY(!text.contains(u"UID"_s));
    }

    // Whatever this machine has: detect() answers without hanging and names its source.
    void detectAnswers()
    {
        const OdbcDriverList list = OdbcDriverList::detect();
        if (list.source == OdbcDriverList::Source::None)
            QVERIFY(list.names.isEmpty());
        else
            QVERIFY(!list.location.isEmpty());
    }
};

QTEST_GUILESS_MAIN(DatabaseDriversTest)
#include "databasedrivers_test.moc"
