// SPDX-License-Identifier: Apache-2.0
#include "demo/SampleHome.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <toml.hpp>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SampleDatabase)

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Parses with toml11 so that a typo in our generated text shows up here,
// not as a puzzling failure in the configuration diff.
bool parseToml(const QString& path, toml::value* out, QString* error)
{
    try {
        *out = toml::parse(path.toStdString());
        return true;
    } catch (const std::exception& e) {
        *error = QString::fromUtf8(e.what());
        return false;
    }
}

QString tomlString(const toml::value& root, const char* table, const char* key)
{
    return QString::fromStdString(toml::find<std::string>(root, table, key));
}

} // namespace

class SampleHomeTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void deploymentTomlFitsTheRelease_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("userStore");
        QTest::addColumn<QString>("keystore");
        QTest::newRow("5.9.0") << u"5.9.0"_s << u"read_write_ldap"_s << u"wso2carbon.jks"_s;
        QTest::newRow("5.10.0") << u"5.10.0"_s << u"read_write_ldap_unique_id"_s << u"wso2carbon.jks"_s;
        QTest::newRow("6.0.0") << u"6.0.0"_s << u"database_unique_id"_s << u"wso2carbon.jks"_s;
        QTest::newRow("7.0.0") << u"7.0.0"_s << u"database_unique_id"_s << u"wso2carbon.jks"_s;
        QTest::newRow("7.1.0") << u"7.1.0"_s << u"database_unique_id"_s << u"wso2carbon.p12"_s;
        QTest::newRow("7.3.0") << u"7.3.0"_s << u"database_unique_id"_s << u"wso2carbon.p12"_s;
    }
    void deploymentTomlFitsTheRelease()
    {
        QFETCH(QString, release);
        QFETCH(QString, userStore);
        QFETCH(QString, keystore);
        QTemporaryDir dir;
        QString error;
        QVERIFY2(writeSampleIsHome(dir.path(), release, {}, &error), qPrintable(error));

        toml::value toml;
        QVERIFY2(
            parseToml(dir.filePath(u"repository/conf/deployment.toml"_s), &toml, &error), qPrintable(error));
        QCOMPARE(tomlString(toml, "user_store", "type"), userStore);
        QCOMPARE(QString::fromStdString(toml::find<std::string>(toml, "keystore", "primary", "file_name")),
            keystore);
        QCOMPARE(tomlString(toml, "super_admin", "password"), u"admin"_s);
        QVERIFY(QFile::exists(dir.filePath(u"repository/resources/security/"_s + keystore)));
        QCOMPARE(
            readText(dir.filePath(u"bin/version.txt"_s)).trimmed(), u"WSO2 Identity Server v"_s + release);
        QCOMPARE(readText(dir.filePath(u"updates/product.txt"_s)).trimmed(), u"wso2is-"_s + release);
        QVERIFY(readText(dir.filePath(u"release-notes.html"_s))
                    .contains(u"<title>Welcome to WSO2 Identity Server v%1!</title>"_s.arg(release)));
        QVERIFY(readText(dir.filePath(u"repository/conf/carbon.xml"_s))
                    .contains(u"<Version>%1</Version>"_s.arg(release)));
        QVERIFY(readText(dir.filePath(u"repository/logs/wso2carbon.log"_s))
                    .contains(u"WSO2 Carbon started in"_s));
        QVERIFY(!toml.contains("event_listener"));
    }

    void databaseAndSecrets_data()
    {
        QTest::addColumn<SampleDatabase>("database");
        QTest::addColumn<bool>("secrets");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("password");
        QTest::newRow("mysql plain") << SampleDatabase::MySql << false << u"jdbc:mysql://"_s
                                     << u"S4mple-identity_db-pass"_s;
        QTest::newRow("mysql secrets")
            << SampleDatabase::MySql << true << u"jdbc:mysql://"_s << u"$secret{identity_db_password}"_s;
        QTest::newRow("postgresql secrets") << SampleDatabase::PostgreSql << true << u"jdbc:postgresql://"_s
                                            << u"$secret{identity_db_password}"_s;
        QTest::newRow("h2") << SampleDatabase::H2 << false << u"jdbc:h2:./repository/database/"_s
                            << u"wso2carbon"_s;
    }
    void databaseAndSecrets()
    {
        QFETCH(SampleDatabase, database);
        QFETCH(bool, secrets);
        QFETCH(QString, url);
        QFETCH(QString, password);
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.database = database;
        options.secretReferences = secrets;
        QString error;
        QVERIFY2(writeSampleIsHome(dir.path(), u"6.1.0"_s, options, &error), qPrintable(error));
        toml::value toml;
        QVERIFY2(
            parseToml(dir.filePath(u"repository/conf/deployment.toml"_s), &toml, &error), qPrintable(error));
        const auto identityDb = toml::find(toml, "database", "identity_db");
        QVERIFY(QString::fromStdString(toml::find<std::string>(identityDb, "url")).startsWith(url));
        QCOMPARE(QString::fromStdString(toml::find<std::string>(identityDb, "password")), password);
        QCOMPARE(toml.contains("secrets"), secrets);
        if (secrets) {
            QVERIFY(toml::find(toml, "secrets").contains("identity_db_password"));
            QVERIFY(toml::find(toml, "secrets").contains("super_admin_password"));
        }
    }

    void customizationsAreWritten()
    {
        QTemporaryDir dir;
        SampleHomeOptions options;
        options.customizations = true;
        options.database = SampleDatabase::PostgreSql;
        QString error;
        QVERIFY2(writeSampleIsHome(dir.path(), u"7.1.0"_s, options, &error), qPrintable(error));
        for (const QString& file :
            { u"repository/components/dropins/com.example.identity.authenticator.otp-1.2.0.jar"_s,
                u"repository/components/lib/postgresql-42.7.4.jar"_s,
                u"repository/deployment/server/userstores/CORP.xml"_s,
                u"repository/resources/security/partner-signing.p12"_s,
                u"repository/deployment/server/webapps/example-selfservice.war"_s })
            QVERIFY2(QFile::exists(dir.filePath(file)), qPrintable(file));
        QVERIFY(QFileInfo(dir.filePath(u"repository/tenants/1"_s)).isDir());

        toml::value toml;
        QVERIFY2(
            parseToml(dir.filePath(u"repository/conf/deployment.toml"_s), &toml, &error), qPrintable(error));
        const toml::array listeners = toml::find(toml, "event_listener").as_array();
        QCOMPARE(listeners.size(), size_t(2));
        QCOMPARE(QString::fromStdString(toml::find<std::string>(listeners.at(1), "properties", "target")),
            u"https://hr.example.com/api/claims"_s);
    }

    void cleanupScriptsPerDialect()
    {
        QTemporaryDir dir;
        QVERIFY(writeSampleIsHome(dir.path(), u"5.11.0"_s, {}));
        const QString procedures = dir.filePath(u"dbscripts/identity/stored-procedures/"_s);
        const QString mysql = readText(procedures + u"mysql/token-cleanup/mysql-token-cleanup.sql"_s);
        QVERIFY(mysql.contains(u"DELIMITER $$"_s));
        QVERIFY(mysql.contains(u"CREATE PROCEDURE WSO2_TOKEN_CLEANUP_SP()"_s));
        QVERIFY(mysql.contains(u"batchSize"_s));
        const QString postgresql
            = readText(procedures + u"postgresql/token-cleanup/postgresql-token-cleanup.sql"_s);
        QVERIFY(postgresql.contains(u"CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_SP()"_s));
        QVERIFY(postgresql.contains(u"AS $$"_s));
        QVERIFY(!readText(procedures + u"postgresql/sessiondata-cleanup/postgresql-sessiondata-cleanup.sql"_s)
                     .isEmpty());
        QVERIFY(
            readText(dir.filePath(u"dbscripts/identity/mysql.sql"_s)).contains(u"IDN_OAUTH2_ACCESS_TOKEN"_s));
    }

    void release580HasNoDeploymentToml()
    {
        QTemporaryDir dir;
        QVERIFY(writeSampleIsHome(dir.path(), u"5.8.0"_s, {}));
        QVERIFY(QFile::exists(dir.filePath(u"bin/version.txt"_s)));
        QVERIFY(!QFile::exists(dir.filePath(u"repository/conf/deployment.toml"_s)));
    }

    void refusesFolderWithContent()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(u"keep-me.txt"_s);
        QFile file(marker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("precious");
        file.close();
        QString error;
        QVERIFY(!writeSampleIsHome(dir.path(), u"7.1.0"_s, {}, &error));
        QVERIFY(error.contains(u"not empty"_s));
        QVERIFY(error.contains(dir.path()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
            QStringList { u"keep-me.txt"_s });
    }

    void refusesUnknownRelease()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY(!writeSampleIsHome(dir.filePath(u"x"_s), u"6.2.0"_s, {}, &error));
        QVERIFY(error.contains(u"6.2.0"_s));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"x"_s)));
        // The error pointer is optional.
        QVERIFY(!writeSampleIsHome(dir.filePath(u"x"_s), u"banana"_s, {}));
    }
};

QTEST_GUILESS_MAIN(SampleHomeTest)
#include "samplehome_test.moc"
