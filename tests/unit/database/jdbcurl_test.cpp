// SPDX-License-Identifier: Apache-2.0
// JDBC URLs as deployment.toml files hold them: every driver the wizard knows,
// the shapes real files use (multiple hosts, &amp;, Oracle descriptors, SQL
// Server properties), TLS wishes in each driver's words, passwords that must
// never come out again, and bad URLs refused with the part that is wrong.
#include "database/JdbcUrl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

Q_DECLARE_METATYPE(Ismw::DatabaseKind)
Q_DECLARE_METATYPE(Ismw::TlsMode)

class JdbcUrlTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<DatabaseKind>("kind");
        QTest::addColumn<QString>("subprotocol");
        QTest::addColumn<QString>("endpoints"); // host:port, comma separated
        QTest::addColumn<QString>("database"); // databaseLabel()
        QTest::addColumn<TlsMode>("tls");

        QTest::newRow("mysql &amp;") << u"jdbc:mysql://db-iam.example.com:3306/WSO2_IDENTITY_DB?useSSL=true&amp;characterEncoding=UTF-8"_s
                                     << DatabaseKind::MySql << u"mysql"_s << u"db-iam.example.com:3306"_s
                                     << u"WSO2_IDENTITY_DB"_s << TlsMode::Preferred;
        QTest::newRow("mysql default port") << u"jdbc:mysql://db/wso2"_s << DatabaseKind::MySql << u"mysql"_s
                                            << u"db:3306"_s << u"wso2"_s << TlsMode::Unspecified;
        QTest::newRow("mysql sslMode") << u"jdbc:mysql://db:3307/wso2?sslMode=VERIFY_IDENTITY"_s << DatabaseKind::MySql
                                       << u"mysql"_s << u"db:3307"_s << u"wso2"_s << TlsMode::VerifyFull;
        QTest::newRow("mysql requireSSL") << u"jdbc:mysql://db/wso2?useSSL=true&requireSSL=true"_s
                                          << DatabaseKind::MySql << u"mysql"_s << u"db:3306"_s << u"wso2"_s
                                          << TlsMode::Required;
        QTest::newRow("mysql verifyServerCertificate")
            << u"jdbc:mysql://db/wso2?useSSL=true&verifyServerCertificate=true"_s << DatabaseKind::MySql << u"mysql"_s
            << u"db:3306"_s << u"wso2"_s << TlsMode::VerifyCa;
        QTest::newRow("mysql useSSL=false") << u"jdbc:mysql://db/wso2?useSSL=false"_s << DatabaseKind::MySql
                                            << u"mysql"_s << u"db:3306"_s << u"wso2"_s << TlsMode::Disabled;
        QTest::newRow("mysql replication hosts")
            << u"jdbc:mysql:replication://primary.example.com:3306,replica.example.com:3307/wso2"_s
            << DatabaseKind::MySql << u"mysql:replication"_s << u"primary.example.com:3306,replica.example.com:3307"_s
            << u"wso2"_s << TlsMode::Unspecified;
        QTest::newRow("mysql address form") << u"jdbc:mysql://address=(host=10.0.0.5)(port=3310)(type=primary)/wso2"_s
                                            << DatabaseKind::MySql << u"mysql"_s << u"10.0.0.5:3310"_s << u"wso2"_s
                                            << TlsMode::Unspecified;
        QTest::newRow("mysql ipv6 sublist") << u"jdbc:mysql://[[2001:db8::5]:3306,db2]/wso2"_s << DatabaseKind::MySql
                                            << u"mysql"_s << u"[2001:db8::5]:3306,db2:3306"_s << u"wso2"_s
                                            << TlsMode::Unspecified;
        QTest::newRow("mysql dns srv") << u"jdbc:mysql+srv://_mysql._tcp.example.com/wso2"_s << DatabaseKind::MySql
                                       << u"mysql+srv"_s << u"_mysql._tcp.example.com:3306"_s << u"wso2"_s
                                       << TlsMode::Unspecified;
        QTest::newRow("mysql no host") << u"jdbc:mysql:///wso2"_s << DatabaseKind::MySql << u"mysql"_s
                                       << u"localhost:3306"_s << u"wso2"_s << TlsMode::Unspecified;
        QTest::newRow("mariadb failover") << u"jdbc:mariadb:failover://m1.example.com,m2.example.com:3307/wso2?useSsl=true"_s
                                          << DatabaseKind::MariaDb << u"mariadb:failover"_s
                                          << u"m1.example.com:3306,m2.example.com:3307"_s << u"wso2"_s
                                          << TlsMode::VerifyFull;
        QTest::newRow("mariadb trust") << u"jdbc:mariadb://m1/wso2?sslMode=trust"_s << DatabaseKind::MariaDb
                                       << u"mariadb"_s << u"m1:3306"_s << u"wso2"_s << TlsMode::Required;

        QTest::newRow("postgresql") << u"jdbc:postgresql://pg.example.org:5432/wso2_identity"_s
                                    << DatabaseKind::PostgreSql << u"postgresql"_s << u"pg.example.org:5432"_s
                                    << u"wso2_identity"_s << TlsMode::Unspecified;
        QTest::newRow("postgresql sslmode") << u"jdbc:postgresql://pg:6432/wso2?sslmode=require&amp;ApplicationName=is"_s
                                            << DatabaseKind::PostgreSql << u"postgresql"_s << u"pg:6432"_s
                                            << u"wso2"_s << TlsMode::Required;
        QTest::newRow("postgresql ssl=true") << u"jdbc:postgresql://pg/wso2?ssl=true"_s << DatabaseKind::PostgreSql
                                             << u"postgresql"_s << u"pg:5432"_s << u"wso2"_s << TlsMode::VerifyFull;
        QTest::newRow("postgresql non-validating")
            << u"jdbc:postgresql://pg/wso2?ssl=true&sslfactory=org.postgresql.ssl.NonValidatingFactory"_s
            << DatabaseKind::PostgreSql << u"postgresql"_s << u"pg:5432"_s << u"wso2"_s << TlsMode::Required;
        QTest::newRow("postgresql two hosts") << u"jdbc:postgresql://pg1:5432,pg2:5433/wso2?targetServerType=primary"_s
                                              << DatabaseKind::PostgreSql << u"postgresql"_s << u"pg1:5432,pg2:5433"_s
                                              << u"wso2"_s << TlsMode::Unspecified;
        QTest::newRow("postgresql ipv6") << u"jdbc:postgresql://[::1]:5433/wso2"_s << DatabaseKind::PostgreSql
                                         << u"postgresql"_s << u"[::1]:5433"_s << u"wso2"_s << TlsMode::Unspecified;
        QTest::newRow("postgresql local") << u"jdbc:postgresql:wso2"_s << DatabaseKind::PostgreSql << u"postgresql"_s
                                          << u"localhost:5432"_s << u"wso2"_s << TlsMode::Unspecified;

        QTest::newRow("sqlserver") << u"jdbc:sqlserver://sql01.example.net:1433;databaseName=WSO2_IDENTITY;encrypt=true;trustServerCertificate=false"_s
                                   << DatabaseKind::SqlServer << u"sqlserver"_s << u"sql01.example.net:1433"_s
                                   << u"WSO2_IDENTITY"_s << TlsMode::VerifyFull;
        QTest::newRow("sqlserver trusted") << u"jdbc:sqlserver://sql01;database=WSO2;encrypt=true;trustServerCertificate=true"_s
                                           << DatabaseKind::SqlServer << u"sqlserver"_s << u"sql01:1433"_s << u"WSO2"_s
                                           << TlsMode::Required;
        QTest::newRow("sqlserver instance") << u"jdbc:sqlserver://sql01\\IAM;databaseName=WSO2;encrypt=false"_s
                                            << DatabaseKind::SqlServer << u"sqlserver"_s << u"sql01"_s << u"WSO2"_s
                                            << TlsMode::Disabled;
        QTest::newRow("sqlserver properties") << u"jdbc:sqlserver://;serverName=sql02;portNumber=1444;databaseName={WSO2;DB}"_s
                                              << DatabaseKind::SqlServer << u"sqlserver"_s << u"sql02:1444"_s
                                              << u"WSO2;DB"_s << TlsMode::Unspecified;
        QTest::newRow("jtds") << u"jdbc:jtds:sqlserver://sql03:1433/WSO2;ssl=require"_s << DatabaseKind::SqlServer
                              << u"jtds:sqlserver"_s << u"sql03:1433"_s << u"WSO2"_s << TlsMode::Required;

        QTest::newRow("oracle service") << u"jdbc:oracle:thin:@ora.example.com:1521/IAMDEV2"_s << DatabaseKind::Oracle
                                        << u"oracle:thin"_s << u"ora.example.com:1521"_s << u"IAMDEV2"_s
                                        << TlsMode::Unspecified;
        QTest::newRow("oracle //service") << u"jdbc:oracle:thin:@//ora:1522/IAM.example.com"_s << DatabaseKind::Oracle
                                          << u"oracle:thin"_s << u"ora:1522"_s << u"IAM.example.com"_s
                                          << TlsMode::Unspecified;
        QTest::newRow("oracle sid") << u"jdbc:oracle:thin:@ora.example.com:1521:ORCL"_s << DatabaseKind::Oracle
                                    << u"oracle:thin"_s << u"ora.example.com:1521"_s << u"ORCL"_s
                                    << TlsMode::Unspecified;
        QTest::newRow("oracle descriptor")
            << u"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=ora.example.com)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=IAMDEV2)))"_s
            << DatabaseKind::Oracle << u"oracle:thin"_s << u"ora.example.com:1521"_s << u"IAMDEV2"_s
            << TlsMode::Unspecified;
        QTest::newRow("oracle rac tcps")
            << u"jdbc:oracle:thin:@(DESCRIPTION = (ADDRESS_LIST = (ADDRESS = (PROTOCOL = TCPS)(HOST = rac1)(PORT = 2484))"
               u"(ADDRESS = (PROTOCOL = TCPS)(HOST = rac2)(PORT = 2485))) (CONNECT_DATA = (SID = IAM)))"_s
            << DatabaseKind::Oracle << u"oracle:thin"_s << u"rac1:2484,rac2:2485"_s << u"IAM"_s << TlsMode::Required;
        QTest::newRow("oracle tcps ezconnect") << u"jdbc:oracle:thin:@tcps://ora:2484/IAM?ssl_server_dn_match=true"_s
                                               << DatabaseKind::Oracle << u"oracle:thin"_s << u"ora:2484"_s << u"IAM"_s
                                               << TlsMode::VerifyFull;
        QTest::newRow("oracle alias") << u"jdbc:oracle:thin:@iam_high?TNS_ADMIN=/opt/wallet"_s << DatabaseKind::Oracle
                                      << u"oracle:thin"_s << QString() << u"iam_high"_s << TlsMode::Unspecified;
        QTest::newRow("oracle default port") << u"jdbc:oracle:thin:@ora.example.com/IAM"_s << DatabaseKind::Oracle
                                             << u"oracle:thin"_s << u"ora.example.com:1521"_s << u"IAM"_s
                                             << TlsMode::Unspecified;

        QTest::newRow("db2") << u"jdbc:db2://db2.example.com:50000/WSO2IDDB"_s << DatabaseKind::Db2 << u"db2"_s
                             << u"db2.example.com:50000"_s << u"WSO2IDDB"_s << TlsMode::Unspecified;
        QTest::newRow("db2 properties") << u"jdbc:db2://db2:50001/WSO2IDDB:sslConnection=true;currentSchema=WSO2;"_s
                                        << DatabaseKind::Db2 << u"db2"_s << u"db2:50001"_s << u"WSO2IDDB"_s
                                        << TlsMode::Required;

        QTest::newRow("h2 file") << u"jdbc:h2:./repository/database/WSO2IDENTITY_DB;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000"_s
                                 << DatabaseKind::H2 << u"h2"_s << QString()
                                 << u"./repository/database/WSO2IDENTITY_DB"_s << TlsMode::Unspecified;
        QTest::newRow("h2 tcp") << u"jdbc:h2:tcp://h2.example.com/~/wso2"_s << DatabaseKind::H2 << u"h2"_s
                                << u"h2.example.com:9092"_s << u"~/wso2"_s << TlsMode::Unspecified;
        QTest::newRow("h2 mem") << u"jdbc:h2:mem:test"_s << DatabaseKind::H2 << u"h2"_s << QString() << u"test"_s
                                << TlsMode::Unspecified;
        QTest::newRow("upper-case scheme") << u"  JDBC:MySQL://db/wso2  "_s << DatabaseKind::MySql << u"mysql"_s
                                           << u"db:3306"_s << u"wso2"_s << TlsMode::Unspecified;
    }

    void parses()
    {
        QFETCH(QString, url);
        QFETCH(DatabaseKind, kind);
        QFETCH(QString, subprotocol);
        QFETCH(QString, endpoints);
        QFETCH(QString, database);
        QFETCH(TlsMode, tls);

        const auto parsed = parseJdbcUrl(url);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().toString()));
        QCOMPARE(parsed->kind, kind);
        QCOMPARE(parsed->subprotocol, subprotocol);
        QStringList hosts;
        for (const JdbcHost& host : parsed->hosts)
            hosts << host.endpoint();
        QCOMPARE(hosts.join(u','), endpoints);
        QCOMPARE(parsed->databaseLabel(), database);
        QCOMPARE(tlsModeName(parsed->tls), tlsModeName(tls));
        QCOMPARE(parsed->tlsWanted(), tls >= TlsMode::Required);
        QVERIFY(!parsed->passwordInUrl);
    }

    void details()
    {
        const auto mysql = parseJdbcUrl(u"jdbc:mysql://db/wso2?useSSL=true&amp;characterEncoding=UTF-8&serverTimezone=UTC"_s);
        QVERIFY(mysql);
        QCOMPARE(mysql->params.size(), 3);
        QCOMPARE(mysql->param(u"CHARACTERENCODING"), u"UTF-8"_s);
        QCOMPARE(mysql->param(u"nothing"), std::nullopt);
        QVERIFY(!mysql->hosts.first().portGiven);

        const auto instance = parseJdbcUrl(u"jdbc:sqlserver://sql01\\IAM;databaseName=WSO2"_s);
        QVERIFY(instance);
        QCOMPARE(instance->instanceName, u"IAM"_s);
        QCOMPARE(instance->port(), 0); // the SQL Browser service answers with the port
        const auto instancePort = parseJdbcUrl(u"jdbc:sqlserver://sql01\\IAM:1500;databaseName=WSO2"_s);
        QVERIFY(instancePort);
        QCOMPARE(instancePort->instanceName, u"IAM"_s);
        QCOMPARE(instancePort->port(), 1500);

        const auto sid = parseJdbcUrl(u"jdbc:oracle:thin:@ora:1521:ORCL"_s);
        QVERIFY(sid);
        QCOMPARE(sid->oracleSid, u"ORCL"_s);
        QVERIFY(sid->oracleService.isEmpty());
        const auto descriptor
            = parseJdbcUrl(u"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=o)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=S)))"_s);
        QVERIFY(descriptor);
        QVERIFY(descriptor->oracleDescriptor.startsWith(u"(DESCRIPTION="_s));
        QCOMPARE(descriptor->oracleService, u"S"_s);

        const auto h2 = parseJdbcUrl(u"jdbc:h2:./repository/database/WSO2SHARED_DB;DB_CLOSE_ON_EXIT=FALSE"_s);
        QVERIFY(h2);
        QVERIFY(h2->isEmbeddedH2());
        QCOMPARE(h2->h2Mode, u"file"_s);
        QCOMPARE(h2->param(u"DB_CLOSE_ON_EXIT"), u"FALSE"_s);
        const auto h2Tcp = parseJdbcUrl(u"jdbc:h2:tcp://h2:9093/db"_s);
        QVERIFY(h2Tcp);
        QVERIFY(!h2Tcp->isEmbeddedH2());
    }

    void passwordsStayOut_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("user");

        QTest::newRow("mysql parameter") << u"jdbc:mysql://mysql.example.com:3306/wso2is?useSSL=true&amp;password=Url-Embedded-Secret&amp;x=1"_s
                                         << u"Url-Embedded-Secret"_s << QString();
        QTest::newRow("mysql escaped") << u"jdbc:mysql://db/wso2?user=wso2&password=p%26ss%3Dword"_s << u"p&ss=word"_s
                                       << u"wso2"_s;
        QTest::newRow("mysql userinfo") << u"jdbc:mysql://wso2:Se%40cret@db:3306/wso2"_s << u"Se@cret"_s << u"wso2"_s;
        QTest::newRow("postgresql") << u"jdbc:postgresql://pg/wso2?user=wso2&password=Pg-Secret-1"_s << u"Pg-Secret-1"_s
                                    << u"wso2"_s;
        QTest::newRow("sqlserver braces") << u"jdbc:sqlserver://sql01;databaseName=W;user=sa;password={a;b=c}"_s
                                          << u"a;b=c"_s << u"sa"_s;
        QTest::newRow("oracle user/password") << u"jdbc:oracle:thin:scott/Tiger-Secret@ora:1521/IAM"_s
                                              << u"Tiger-Secret"_s << u"scott"_s;
        QTest::newRow("db2") << u"jdbc:db2://db2:50000/IAM:user=db2inst1;password=Db2-Secret;"_s << u"Db2-Secret"_s
                             << u"db2inst1"_s;
    }

    // A password written into the URL is readable only through
    // passwordInJdbcUrl(): not in params, not in redacted, not in errors.
    void passwordsStayOut()
    {
        QFETCH(QString, url);
        QFETCH(QString, password);
        QFETCH(QString, user);

        const auto parsed = parseJdbcUrl(url);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        QVERIFY(parsed->passwordInUrl);
        QCOMPARE(parsed->userInUrl, user);
        for (const JdbcParam& param : parsed->params) {
            QVERIFY2(!param.value.contains(password), qPrintable(param.key));
            QVERIFY(param.key.compare(u"password"_s, Qt::CaseInsensitive) != 0);
        }
        QVERIFY2(!parsed->redacted.contains(password), qPrintable(parsed->redacted));
        QVERIFY(parsed->redacted.contains(u"••••••"_s));
        QVERIFY(!redactJdbcUrl(url).contains(password));
        QCOMPARE(passwordInJdbcUrl(url), password);
    }

    void noPasswordInUrl()
    {
        QCOMPARE(passwordInJdbcUrl(u"jdbc:mysql://db/wso2?useSSL=true"_s), std::nullopt);
        QCOMPARE(redactJdbcUrl(u"jdbc:mysql://db:3306/wso2?a=b"_s), u"jdbc:mysql://db:3306/wso2?a=b"_s);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("mentions"); // the part the message names

        QTest::newRow("empty") << u"  "_s << u"empty"_s;
        QTest::newRow("no jdbc") << u"mysql://db/wso2"_s << u"jdbc:"_s;
        QTest::newRow("unknown driver") << u"jdbc:sybase:Tds:host:5000/db"_s << u"\"sybase\""_s;
        QTest::newRow("no driver") << u"jdbc:"_s << u"no driver"_s;
        QTest::newRow("mysql no slashes") << u"jdbc:mysql:db/wso2"_s << u"//"_s;
        QTest::newRow("mysql no database") << u"jdbc:mysql://db:3306"_s << u"no database"_s;
        QTest::newRow("mysql port text") << u"jdbc:mysql://db:33o6/wso2"_s << u"\"33o6\""_s;
        QTest::newRow("mysql port range") << u"jdbc:mysql://db:70000/wso2"_s << u"70000"_s;
        QTest::newRow("mysql ipv6 unbracketed") << u"jdbc:mysql://2001:db8::5/wso2"_s << u"more than one colon"_s;
        QTest::newRow("mysql bracket open") << u"jdbc:mysql://[2001:db8::5/wso2"_s << u"unbalanced"_s;
        QTest::newRow("mysql bad sslMode") << u"jdbc:mysql://db/wso2?sslMode=ALWAYS"_s << u"sslMode=ALWAYS"_s;
        QTest::newRow("mysql bad useSSL") << u"jdbc:mysql://db/wso2?useSSL=maybe"_s << u"useSSL=maybe"_s;
        QTest::newRow("postgresql bad sslmode") << u"jdbc:postgresql://pg/wso2?sslmode=always"_s << u"sslmode=always"_s;
        QTest::newRow("postgresql empty port") << u"jdbc:postgresql://pg:/wso2"_s << u"\"\""_s;
        QTest::newRow("sqlserver no host") << u"jdbc:sqlserver://;databaseName=W"_s << u"no SQL Server host"_s;
        QTest::newRow("sqlserver bad encrypt") << u"jdbc:sqlserver://s;encrypt=perhaps"_s << u"encrypt=perhaps"_s;
        QTest::newRow("oracle no @") << u"jdbc:oracle:thin:ora:1521/IAM"_s << u"@"_s;
        QTest::newRow("oracle no service") << u"jdbc:oracle:thin:@ora.example.com:1521"_s << u"SID"_s;
        QTest::newRow("oracle descriptor unbalanced")
            << u"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(HOST=o)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=S))"_s
            << u"parentheses"_s;
        QTest::newRow("oracle descriptor no host") << u"jdbc:oracle:thin:@(DESCRIPTION=(CONNECT_DATA=(SERVICE_NAME=S)))"_s
                                                   << u"HOST"_s;
        QTest::newRow("oracle descriptor no service")
            << u"jdbc:oracle:thin:@(DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=o)(PORT=1521)))"_s << u"SERVICE_NAME"_s;
        QTest::newRow("oracle kprb") << u"jdbc:oracle:kprb:"_s << u"server-side"_s;
        QTest::newRow("db2 no database") << u"jdbc:db2://db2:50000"_s << u"no database"_s;
        QTest::newRow("h2 no file") << u"jdbc:h2:"_s << u"no database file"_s;
    }

    void refuses()
    {
        QFETCH(QString, url);
        QFETCH(QString, mentions);
        const auto parsed = parseJdbcUrl(url);
        QVERIFY2(!parsed, qPrintable(u"accepted: "_s + url));
        QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().toString().isEmpty());
    }

    // A broken URL with a password is refused without the password in the message.
    void refusalHidesPassword()
    {
        const auto parsed = parseJdbcUrl(u"jdbc:mysql://db:99999/wso2?password=Do-Not-Show"_s);
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().toString().contains(u"Do-Not-Show"_s));
        QVERIFY(parsed.error().url.contains(u"password=••••••"_s));
    }
};

QTEST_GUILESS_MAIN(JdbcUrlTest)
#include "jdbcurl_test.moc"
