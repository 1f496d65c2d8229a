// SPDX-License-Identifier: Apache-2.0
// The project's own schema and cleanup procedures as text (no server here;
// tests/db/cleanupsql_test runs them): the splitter cuts them without
// problems, script discovery reads the procedure names a CALL needs, the
// knob finder shows the knobs an admin tunes, and a sample home carries them.
#include "database/CleanupScripts.h"
#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"
#include "demo/SampleHome.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

Q_DECLARE_METATYPE(Ismw::SqlDialect)
Q_DECLARE_METATYPE(Ismw::CleanupSql)

class CleanupSqlTextTest : public QObject
{
    Q_OBJECT

    static void addScripts()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<CleanupSql>("script");
        QTest::addColumn<QString>("procedure");
        QTest::addColumn<QStringList>("knobs"); // name=value of the known knobs, as shipped
        const QStringList mysqlToken { u"batchSize=10000"_s, u"chunkSize=500000"_s, u"checkCount=100"_s,
            u"backupTables=TRUE"_s, u"sleepTime=2"_s, u"safePeriod=2"_s, u"enableLog=TRUE"_s, u"logLevel=TRACE"_s,
            u"enableAudit=FALSE"_s };
        const QStringList pgToken { u"batchSize=10000"_s, u"chunkSize=500000"_s, u"checkCount=100"_s,
            u"backupTables=FALSE"_s, u"sleepTime=2"_s, u"safePeriod=2"_s, u"enableLog=TRUE"_s, u"logLevel=TRACE"_s,
            u"enableAudit=FALSE"_s, u"enableReindexing=FALSE"_s, u"enableTblAnalyzing=FALSE"_s };
        const QStringList mysqlSession { u"batchSize=10000"_s, u"chunkSize=500000"_s, u"checkCount=100"_s,
            u"backupTables=TRUE"_s, u"sleepTime=2"_s, u"safePeriod=2"_s, u"enableLog=TRUE"_s, u"logLevel=TRACE"_s,
            u"tracingEnabled=FALSE"_s };
        const QStringList pgSession { u"batchSize=10000"_s, u"chunkSize=500000"_s, u"checkCount=100"_s,
            u"backupTables=FALSE"_s, u"sleepTime=2"_s, u"safePeriod=2"_s, u"enableLog=TRUE"_s, u"logLevel=TRACE"_s,
            u"enableReindexing=FALSE"_s, u"enableTblAnalyzing=FALSE"_s };
        QTest::newRow("mysql token") << SqlDialect::MySql << CleanupSql::TokenCleanup << u"WSO2_TOKEN_CLEANUP_SP"_s
                                     << mysqlToken;
        QTest::newRow("mysql token restore") << SqlDialect::MySql << CleanupSql::TokenRestore
                                             << u"WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP"_s << QStringList();
        QTest::newRow("mysql session") << SqlDialect::MySql << CleanupSql::SessionCleanup
                                       << u"CLEANUP_SESSION_DATA"_s << mysqlSession;
        QTest::newRow("mysql session restore") << SqlDialect::MySql << CleanupSql::SessionRestore
                                               << u"WSO2_SESSION_DATA_RESTORE_SP"_s << QStringList();
        QTest::newRow("postgresql token") << SqlDialect::PostgreSql << CleanupSql::TokenCleanup
                                          << u"WSO2_TOKEN_CLEANUP_SP"_s << pgToken;
        QTest::newRow("postgresql token restore") << SqlDialect::PostgreSql << CleanupSql::TokenRestore
                                                  << u"WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP"_s << QStringList();
        QTest::newRow("postgresql session") << SqlDialect::PostgreSql << CleanupSql::SessionCleanup
                                            << u"WSO2_SESSION_DATA_CLEANUP_SP"_s << pgSession;
        QTest::newRow("postgresql session restore") << SqlDialect::PostgreSql << CleanupSql::SessionRestore
                                                    << u"WSO2_SESSION_DATA_RESTORATION_SP"_s << QStringList();
    }

private Q_SLOTS:
    void availability()
    {
        QVERIFY(hasCleanupSql(SqlDialect::MySql));
        QVERIFY(hasCleanupSql(SqlDialect::PostgreSql));
        for (const SqlDialect dialect : { SqlDialect::SqlServer, SqlDialect::Oracle, SqlDialect::Db2 }) {
            QVERIFY(!hasCleanupSql(dialect));
            QVERIFY(cleanupSqlText(dialect, CleanupSql::TokenCleanup).isEmpty());
            QVERIFY(cleanupSqlHomePath(dialect, CleanupSql::TokenCleanup).isEmpty());
        }
        QCOMPARE(cleanupSqlHomePath(SqlDialect::MySql, CleanupSql::IdentitySchema), u"mysql.sql"_s);
        QCOMPARE(cleanupSqlHomePath(SqlDialect::PostgreSql, CleanupSql::SessionRestore),
            u"postgresql/sessiondata-cleanup/postgresql-sessiondata-cleanup-restore.sql"_s);
    }

    void scripts_data() { addScripts(); }

    void scripts()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(CleanupSql, script);
        QFETCH(QString, procedure);
        QFETCH(QStringList, knobs);

        const QString text = cleanupSqlText(dialect, script);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(u"written for the IS"_s)); // our own text, said in its header
        QCOMPARE(cleanupSqlProcedure(dialect, script), procedure);

        // The splitter cuts it cleanly, into what a client would send.
        const SqlScript parsed = parseSqlScript(text, dialect);
        QVERIFY2(!parsed.hasProblems(), qPrintable(parsed.hasProblems() ? parsed.problems.first().message : QString()));
        QCOMPARE(parsed.joined(), text);
        const QList<CreatedRoutine> routines = routinesCreatedBy(text);
        QCOMPARE(routines.size(), 1);
        QCOMPARE(routines.first().name, procedure);
        QVERIFY(!routines.first().isFunction);
        if (dialect == SqlDialect::MySql) {
            // DROP PROCEDURE IF EXISTS, then the procedure between DELIMITER $$ lines.
            QCOMPARE(parsed.statements.size(), 2);
            QVERIFY(parsed.statements.at(0).text.startsWith(u"DROP PROCEDURE IF EXISTS "_s + procedure));
            QVERIFY(parsed.statements.at(1).text.startsWith(u"CREATE PROCEDURE "_s + procedure + u"()"_s));
            QVERIFY(parsed.statements.at(1).text.endsWith(u"END"_s));
            QCOMPARE(parsed.statements.at(1).terminator, u"$$"_s);
            QVERIFY(text.contains(u"AS 'INFO LOG'"_s));
        } else {
            QCOMPARE(parsed.statements.size(), 1);
            QVERIFY(parsed.statements.first().text.startsWith(u"CREATE OR REPLACE PROCEDURE "_s + procedure + u"()"_s));
            QVERIFY(text.contains(u"RAISE NOTICE"_s));
        }

        // The knobs as the wizard shows them, with the values shipped.
        QStringList found;
        for (const ScriptKnob& knob : findKnobs(text, dialect))
            if (knob.isKnown())
                found << knob.knownName + u'=' + knob.plainValue;
        QCOMPARE(found, knobs);
        // Working variables are no knobs.
        for (const ScriptKnob& knob : findKnobs(text, dialect))
            QVERIFY2(!QStringList({ u"cutOff"_s, u"chunkCount"_s, u"removed"_s, u"tableRows"_s }).contains(knob.name),
                qPrintable(knob.name));
    }

    void schemas_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::newRow("mysql") << SqlDialect::MySql;
        QTest::newRow("postgresql") << SqlDialect::PostgreSql;
    }

    void schemas()
    {
        QFETCH(SqlDialect, dialect);
        const QString text = cleanupSqlText(dialect, CleanupSql::IdentitySchema);
        const SqlScript parsed = parseSqlScript(text, dialect);
        QVERIFY(!parsed.hasProblems());
        QStringList tables;
        for (const SqlStatement& statement : parsed.statements)
            if (statement.text.startsWith(u"CREATE TABLE IF NOT EXISTS "_s))
                tables << statement.text.section(u' ', 5, 5);
        QCOMPARE(tables,
            (QStringList { u"IDN_OAUTH2_ACCESS_TOKEN"_s, u"IDN_OAUTH2_AUTHORIZATION_CODE"_s, u"IDN_AUTH_SESSION_STORE"_s,
                u"IDN_AUTH_USER_SESSION_MAPPING"_s, u"IDN_AUTH_SESSION_APP_INFO"_s, u"IDN_AUTH_SESSION_META_DATA"_s,
                u"IDN_FED_AUTH_SESSION_MAPPING"_s }));
        for (const QString& column : { u"TOKEN_STATE"_s, u"REFRESH_TOKEN_TIME_CREATED"_s,
                 u"REFRESH_TOKEN_VALIDITY_PERIOD"_s, u"EXPIRY_TIME"_s })
            QVERIFY2(text.contains(column), qPrintable(column));
    }

    // A sample home carries the scripts where discovery finds them.
    void sampleHome()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(writeSampleIsHome(home, u"7.1.0"_s, {}));
        for (const SqlDialect dialect : { SqlDialect::MySql, SqlDialect::PostgreSql }) {
            const auto found = discoverCleanupScripts(home, dialect, QVersionNumber(17));
            QVERIFY(found);
            QCOMPARE(found->kinds(), (QStringList { u"token"_s, u"session"_s }));
            QCOMPARE(found->scripts.at(0).procedureName, cleanupSqlProcedure(dialect, CleanupSql::TokenCleanup));
            QCOMPARE(found->scripts.at(1).procedureName, cleanupSqlProcedure(dialect, CleanupSql::SessionCleanup));
            QFile file(found->scripts.at(0).path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), cleanupSqlText(dialect, CleanupSql::TokenCleanup));
            QFile schema(home + u"/dbscripts/identity/"_s + cleanupSqlHomePath(dialect, CleanupSql::IdentitySchema));
            QVERIFY(schema.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(schema.readAll()), cleanupSqlText(dialect, CleanupSql::IdentitySchema));
        }
        // A PostgreSQL 10 server cannot run them: discovery says so.
        const auto old = discoverCleanupScripts(home, SqlDialect::PostgreSql, QVersionNumber(10, 23));
        QVERIFY(old);
        QVERIFY(old->scripts.first().warnings.join(u' ').contains(u"version 11"_s));
    }
};

QTEST_GUILESS_MAIN(CleanupSqlTextTest)
#include "cleanupsqltext_test.moc"
