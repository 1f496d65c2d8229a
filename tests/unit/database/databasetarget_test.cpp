// SPDX-License-Identifier: Apache-2.0
// The databases of a deployment.toml: every [database.*] and [datasource.*]
// entry with its URL, driver and where its password is; $ref{} resolved in
// the document, ${env.X} from the environment, H2 explained; and the
// credentials the file itself can give, which never show up anywhere else.
#include "config/TomlDocument.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"

#include <QBuffer>
#include <QSqlDatabase>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

Q_DECLARE_METATYPE(Ismw::PasswordSource)

class DatabaseTargetTest : public QObject
{
    Q_OBJECT

    TomlDocument m_document;
    QList<DatabaseTarget> m_targets;

    const DatabaseTarget* target(const QString& name) const
    {
        for (const DatabaseTarget& t : m_targets)
            if (t.name == name)
                return &t;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ISMW_TEST_SHARED_DB_PASSWORD", "Env-Shared-Pass");
        qunsetenv("ISMW_TEST_UNSET_PASSWORD");
        qputenv("ISMW_TEST_DB_HOST", "pg-from-env.example.org");
        // One customer-like file with every kind of entry.
        const QString path = qEnvironmentVariable("ISMW_TEST_DATA") + u"/databases-deployment.toml"_s;
        const auto parsed = TomlDocument::load(path);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().toString()));
        m_document = *parsed;
        m_targets = databasesInConfig(m_document);
    }

    void everyEntryInOrder()
    {
        QStringList names;
        for (const DatabaseTarget& t : std::as_const(m_targets))
            names << t.name;
        QCOMPARE(names,
            (QStringList { u"identity_db"_s, u"shared_db"_s, u"user"_s, u"bps_db"_s, u"consent_db"_s, u"mssql_db"_s,
                u"db2_db"_s, u"url_pass_db"_s, u"ref_db"_s, u"h2_db"_s, u"mismatch_db"_s, u"broken_port"_s,
                u"broken_driver"_s, u"no_url"_s, u"env_url"_s, u"AgentIdentity"_s }));
        QCOMPARE(target(u"identity_db"_s)->section, u"database.identity_db"_s);
        QVERIFY(!target(u"identity_db"_s)->datasource);
        QCOMPARE(target(u"AgentIdentity"_s)->section, u"datasource.AgentIdentity"_s);
        QVERIFY(target(u"AgentIdentity"_s)->datasource);
        QCOMPARE(target(u"identity_db"_s)->pos.line, 8); // the url line
    }

    void targets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("qtDriver");
        QTest::addColumn<QString>("dialect"); // sqlDialectKey, empty for none
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("username");
        QTest::addColumn<PasswordSource>("passwordSource");
        QTest::addColumn<bool>("mustAsk");

        QTest::newRow("mysql $secret") << u"identity_db"_s << u"QMYSQL"_s << u"mysql"_s
                                       << u"db-iam.example.com:3306"_s << u"WSO2_IDENTITY_DB"_s << u"wso2is"_s
                                       << PasswordSource::SecureVault << true;
        QTest::newRow("postgresql ${env} set") << u"shared_db"_s << u"QPSQL"_s << u"postgresql"_s
                                               << u"pg.example.org:5432"_s << u"wso2_shared"_s << u"wso2"_s
                                               << PasswordSource::Environment << false;
        QTest::newRow("oracle descriptor, no type") << u"user"_s << u"QODBC"_s << u"oracle"_s
                                                    << u"ora.example.com:1521"_s << u"IAMUSR"_s << u"WSO2_USERS"_s
                                                    << PasswordSource::Plain << false;
        QTest::newRow("oracle service, $ref password") << u"bps_db"_s << u"QODBC"_s << u"oracle"_s
                                                       << u"ora.example.com:1521"_s << u"IAMBPS"_s << u"WSO2_BPS"_s
                                                       << PasswordSource::Plain << false;
        QTest::newRow("oracle sid, $sys") << u"consent_db"_s << u"QODBC"_s << u"oracle"_s
                                          << u"ora-old.example.com:1521"_s << u"ORCL"_s << u"WSO2_CONSENT"_s
                                          << PasswordSource::SystemProperty << true;
        QTest::newRow("mssql, broken $ref") << u"mssql_db"_s << u"QODBC"_s << u"mssql"_s
                                            << u"sql01.example.net:1433"_s << u"WSO2_IDENTITY"_s << u"wso2"_s
                                            << PasswordSource::Unresolved << true;
        QTest::newRow("db2, no password") << u"db2_db"_s << u"QODBC"_s << u"db2"_s << u"db2.example.com:50000"_s
                                          << u"WSO2ID"_s << u"db2inst1"_s << PasswordSource::Missing << true;
        QTest::newRow("password in url") << u"url_pass_db"_s << u"QMYSQL"_s << u"mysql"_s
                                         << u"mysql.example.com:3306"_s << u"wso2is"_s << u"wso2is"_s
                                         << PasswordSource::InUrl << false;
        QTest::newRow("$ref url, ${env} unset") << u"ref_db"_s << u"QMYSQL"_s << u"mysql"_s
                                                << u"db-iam.example.com:3306"_s << u"WSO2_IDENTITY_DB"_s
                                                << u"wso2is"_s << PasswordSource::Environment << true;
        QTest::newRow("h2") << u"h2_db"_s << QString() << QString() << QString()
                            << u"./repository/database/WSO2IDENTITY_DB"_s << u"wso2carbon"_s << PasswordSource::Plain
                            << false;
        QTest::newRow("env in url") << u"env_url"_s << u"QPSQL"_s << u"postgresql"_s
                                    << u"pg-from-env.example.org:5432"_s << u"wso2"_s << u"u"_s
                                    << PasswordSource::Plain << false;
        QTest::newRow("datasource") << u"AgentIdentity"_s << u"QPSQL"_s << u"postgresql"_s
                                    << u"pg.example.org:5432"_s << u"wso2_agent_identity"_s << u"wso2"_s
                                    << PasswordSource::Plain << false;
    }

    void targets()
    {
        QFETCH(QString, name);
        QFETCH(QString, qtDriver);
        QFETCH(QString, dialect);
        QFETCH(QString, endpoint);
        QFETCH(QString, database);
        QFETCH(QString, username);
        QFETCH(PasswordSource, passwordSource);
        QFETCH(bool, mustAsk);

        const DatabaseTarget* t = target(name);
        QVERIFY(t);
        QVERIFY2(t->jdbc, qPrintable(t->urlError ? t->urlError->toString() : QString()));
        QCOMPARE(t->qtDriver, qtDriver);
        QCOMPARE(t->dialect ? sqlDialectKey(*t->dialect) : QString(), dialect);
        QCOMPARE(t->jdbc->endpoint(), endpoint);
        QCOMPARE(t->jdbc->databaseLabel(), database);
        QCOMPARE(t->username, username);
        QCOMPARE(passwordSourceName(t->passwordSource), passwordSourceName(passwordSource));
        QCOMPARE(t->passwordMustBeAsked(), mustAsk);
        QCOMPARE(t->isConnectable(), !qtDriver.isEmpty());
        QVERIFY(!t->passwordDescription().isEmpty());
        QVERIFY(!t->summary().isEmpty());
    }

    void references()
    {
        const DatabaseTarget* identity = target(u"identity_db"_s);
        QCOMPARE(identity->passwordReference, u"$secret{identity_db_password}"_s);
        QCOMPARE(identity->passwordVariable, u"identity_db_password"_s);
        QVERIFY(identity->passwordDescription().contains(u"$secret{identity_db_password}"_s));

        const DatabaseTarget* shared = target(u"shared_db"_s);
        QCOMPARE(shared->passwordVariable, u"ISMW_TEST_SHARED_DB_PASSWORD"_s);
        QVERIFY(shared->passwordInEnvironment);
        // Say where it came from.
        QVERIFY(shared->passwordDescription().contains(u"environment variable ISMW_TEST_SHARED_DB_PASSWORD"_s));
        QVERIFY(shared->jdbc->tlsWanted());

        const DatabaseTarget* ref = target(u"ref_db"_s);
        QVERIFY(!ref->passwordInEnvironment);
        QVERIFY(ref->passwordDescription().contains(u"not set"_s));
        QCOMPARE(ref->url, target(u"identity_db"_s)->url);

        QCOMPARE(target(u"consent_db"_s)->passwordVariable, u"consent.db.password"_s);
        QCOMPARE(target(u"mssql_db"_s)->passwordReference, u"$ref{database.nowhere.password}"_s);

        const DatabaseTarget* envUrl = target(u"env_url"_s);
        QVERIFY(envUrl->notes.join(u' ').contains(u"ISMW_TEST_DB_HOST"_s));
        QCOMPARE(target(u"user"_s)->driverClass, u"oracle.jdbc.OracleDriver"_s);
    }

    // The ODBC targets carry a connection string for the usual driver.
    void odbcConnectionStrings()
    {
        const QString oracle = target(u"consent_db"_s)->odbcConnectionString;
        QVERIFY2(oracle.contains(u"(SID=ORCL)"_s), qPrintable(oracle));
        QVERIFY(oracle.startsWith(u"DRIVER={Oracle"_s));
        const QString mssql = target(u"mssql_db"_s)->odbcConnectionString;
        QVERIFY2(mssql.contains(u"SERVER=tcp:sql01.example.net,1433"_s), qPrintable(mssql));
        QVERIFY(mssql.contains(u"DATABASE=WSO2_IDENTITY"_s));
        QVERIFY(mssql.contains(u"TrustServerCertificate=yes"_s));
        const QString db2 = target(u"db2_db"_s)->odbcConnectionString;
        QVERIFY2(db2.contains(u"HOSTNAME=db2.example.com;PORT=50000"_s), qPrintable(db2));
        QVERIFY(target(u"identity_db"_s)->odbcConnectionString.isEmpty());
    }

    void h2IsExplained()
    {
        const DatabaseTarget* h2 = target(u"h2_db"_s);
        QVERIFY(h2->isH2());
        QVERIFY(!h2->isConnectable());
        QVERIFY(h2->jdbc->isEmbeddedH2());
        const QString text = DatabaseTarget::h2Explanation();
        QVERIFY(text.contains(u"nothing to clean"_s));
        QVERIFY(text.contains(u"production must not run on it"_s));
    }

    void problems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("port") << u"broken_port"_s << u"\"33o6\""_s;
        QTest::newRow("driver") << u"broken_driver"_s << u"\"sybase\""_s;
        QTest::newRow("no url") << u"no_url"_s << u"[database.no_url] has no url"_s;
    }

    void problems()
    {
        QFETCH(QString, name);
        QFETCH(QString, mentions);
        const DatabaseTarget* t = target(name);
        QVERIFY(t);
        QVERIFY(!t->jdbc);
        QVERIFY(!t->isConnectable());
        QVERIFY(t->qtDriver.isEmpty());
        QVERIFY(t->urlError);
        QVERIFY2(t->urlError->message.contains(mentions), qPrintable(t->urlError->message));
    }

    void typeMismatchNoted()
    {
        const DatabaseTarget* t = target(u"mismatch_db"_s);
        QCOMPARE(t->qtDriver, u"QMYSQL"_s);
        QVERIFY2(t->notes.join(u' ').contains(u"goes by the URL"_s), qPrintable(t->notes.join(u' ')));
        QVERIFY(target(u"identity_db"_s)->notes.isEmpty());
    }

    // No password, neither from the file nor from the URL, is in anything a target shows.
    void targetsHoldNoPassword()
    {
        const QStringList secrets { u"Users-Plain-Pass"_s, u"Url-Embedded-Secret"_s, u"Agent-Plain-Pass"_s,
            u"Env-Shared-Pass"_s, u"wso2carbon-secret"_s, u"p-mismatch"_s };
        for (const DatabaseTarget& t : std::as_const(m_targets)) {
            QStringList shown { t.url, t.username, t.passwordReference, t.passwordDescription(), t.summary(),
                t.odbcConnectionString, t.notes.join(u' ') };
            if (t.jdbc) {
                shown << t.jdbc->redacted;
                for (const JdbcParam& p : t.jdbc->params)
                    shown << p.value;
            }
            for (const QString& secret : secrets)
                QVERIFY2(!shown.join(u'|').contains(secret), qPrintable(t.name + u": "_s + secret));
        }
        QVERIFY(target(u"url_pass_db"_s)->url.contains(u"password=••••••"_s));
    }

    void credentials_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("password"); // empty: the wizard must ask
        QTest::addColumn<bool>("fromEnvironment");
        QTest::newRow("plain") << u"user"_s << u"Users-Plain-Pass"_s << false;
        QTest::newRow("$ref") << u"bps_db"_s << u"Users-Plain-Pass"_s << false;
        QTest::newRow("environment") << u"shared_db"_s << u"Env-Shared-Pass"_s << true;
        QTest::newRow("in url") << u"url_pass_db"_s << u"Url-Embedded-Secret"_s << false;
        QTest::newRow("secure vault") << u"identity_db"_s << QString() << false;
        QTest::newRow("environment unset") << u"ref_db"_s << QString() << false;
        QTest::newRow("system property") << u"consent_db"_s << QString() << false;
        QTest::newRow("missing") << u"db2_db"_s << QString() << false;
        QTest::newRow("unresolved") << u"mssql_db"_s << QString() << false;
    }

    void credentials()
    {
        QFETCH(QString, name);
        QFETCH(QString, password);
        QFETCH(bool, fromEnvironment);
        const DatabaseTarget* t = target(name);
        auto credentials = credentialsFromConfig(*t, m_document);
        if (password.isEmpty()) {
            QVERIFY(!credentials);
            QVERIFY2(credentials.error().contains(t->name), qPrintable(credentials.error()));
            return;
        }
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error()));
        QCOMPARE(credentials->userName(), t->username);
        QVERIFY(credentials->hasPassword());
        QCOMPARE(credentials->fromEnvironment(), fromEnvironment);

        // The only way out is into a connection.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"credentials-test"_s);
            credentials->applyTo(db);
            QCOMPARE(db.password(), password);
            QCOMPARE(db.userName(), t->username);
            credentials->wipe();
            QVERIFY(!credentials->hasPassword());
            // The buffer the connection shared is overwritten, not only dropped.
            QVERIFY(db.password() != password);
        }
        QSqlDatabase::removeDatabase(u"credentials-test"_s);
        // The document still has its own value: wiping never reaches into it.
        if (t->passwordSource == PasswordSource::Plain)
            QVERIFY(m_document.text().contains(password.toUtf8()));
    }

    void readPassword_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("password"); // empty: refused
        QTest::newRow("line") << QByteArray("S3cret pass \n") << u"S3cret pass "_s;
        QTest::newRow("crlf") << QByteArray("S3cret\r\n") << u"S3cret"_s;
        QTest::newRow("no newline") << QByteArray("ümlaut") << u"ümlaut"_s;
        QTest::newRow("second line ignored") << QByteArray("first\nsecond\n") << u"first"_s;
        QTest::newRow("empty") << QByteArray("\n") << QString();
        QTest::newRow("too long") << QByteArray(5000, 'x') << QString();
    }

    void readPassword()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, password);
        QBuffer buffer(&input);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto credentials = DatabaseCredentials::readPassword(u"admin"_s, buffer);
        if (password.isEmpty()) {
            QVERIFY(!credentials);
            QVERIFY(!credentials.error().contains(u"xxxx"_s));
            return;
        }
        QVERIFY(credentials);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"read-test"_s);
        credentials->applyTo(db);
        QCOMPARE(db.password(), password);
        QCOMPARE(db.userName(), u"admin"_s);
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"read-test"_s);
    }

    void movedCredentialsAreEmpty()
    {
        DatabaseCredentials first(u"u"_s, u"moved-secret"_s);
        DatabaseCredentials second(std::move(first));
        QVERIFY(!first.hasPassword()); // NOLINT(bugprone-use-after-move): the point of the test
        QVERIFY(second.hasPassword());
        DatabaseCredentials third;
        third = std::move(second);
        QVERIFY(!second.hasPassword()); // NOLINT(bugprone-use-after-move)
        QVERIFY(third.hasPassword());
        QCOMPARE(third.userName(), u"u"_s);
    }

    // Datasources written as an array of tables are named by their id.
    void arrayOfDatasources()
    {
        const auto parsed = TomlDocument::parse(
            "[[datasource]]\nid = \"WSO2ConsentDS\"\nurl = \"jdbc:mariadb://maria.example.com/consent\"\n"
            "username = \"consent\"\npassword = \"$secret{consent_password}\"\n\n"
            "[[datasource]]\nid = \"WSO2MetricsDS\"\nurl = \"jdbc:h2:./repository/database/WSO2METRICS_DB\"\n",
            u"t.toml"_s);
        QVERIFY(parsed);
        const QList<DatabaseTarget> targets = databasesInConfig(*parsed);
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).name, u"WSO2ConsentDS"_s);
        QVERIFY(targets.at(0).datasource);
        QCOMPARE(targets.at(0).qtDriver, u"QMYSQL"_s);
        QCOMPARE(targets.at(0).jdbc->kind, DatabaseKind::MariaDb);
        QCOMPARE(targets.at(0).passwordSource, PasswordSource::SecureVault);
        QCOMPARE(targets.at(1).name, u"WSO2MetricsDS"_s);
        QVERIFY(targets.at(1).isH2());
    }

    void failoverHostsNoted()
    {
        const auto parsed = TomlDocument::parse(
            "[database.identity_db]\nurl = \"jdbc:mysql:replication://db1.example.com:3306,db2.example.com/wso2\"\n"
            "username = \"u\"\n",
            u"t.toml"_s);
        QVERIFY(parsed);
        const DatabaseTarget t = databasesInConfig(*parsed).value(0);
        QVERIFY2(t.notes.join(u' ').contains(u"connects to the first, db1.example.com:3306"_s), qPrintable(t.notes.join(u' ')));
    }

    void emptyDocument()
    {
        QVERIFY(databasesInConfig(TomlDocument()).isEmpty());
        // Only pool options overridden: not a database.
        const auto parsed = TomlDocument::parse("[database.identity_db.pool_options]\nmaxActive = \"5\"\n", u"t.toml"_s);
        QVERIFY(parsed);
        QVERIFY(databasesInConfig(*parsed).isEmpty());
    }

    void refCycleIsUnresolved()
    {
        const auto parsed = TomlDocument::parse(
            "[database.a]\nurl = \"jdbc:mysql://db/a\"\npassword = \"$ref{database.b.password}\"\n"
            "[database.b]\nurl = \"jdbc:mysql://db/b\"\npassword = \"$ref{database.a.password}\"\n",
            u"t.toml"_s);
        QVERIFY(parsed);
        const QList<DatabaseTarget> targets = databasesInConfig(*parsed);
        QCOMPARE(targets.size(), 2);
        QCOMPARE(passwordSourceName(targets.first().passwordSource), u"unresolved"_s);
        QVERIFY(targets.first().passwordMustBeAsked());
    }
};

QTEST_GUILESS_MAIN(DatabaseTargetTest)
#include "databasetarget_test.moc"
