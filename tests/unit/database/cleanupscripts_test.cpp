// SPDX-License-Identifier: Apache-2.0
// Finding the cleanup scripts of an IS home for one database: the 5.10+
// layout (mysql/token-cleanup/…) and the flat one of older releases
// (mysql-5.4.x/…), PostgreSQL 9 vs 11+ folders chosen by the server
// version, every kind present (also ones the wizard has never heard of),
// procedure names read from the text, restore scripts paired, READMEs and
// runners listed as notes. The homes are built here, in temporary folders.
#include "database/CleanupScripts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

const QString kProcedures = u"dbscripts/identity/stored-procedures/"_s;

bool write(const QString& path, const QString& text)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return false;
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

QString mysqlProcedure(const QString& name)
{
    return u"-- Sample cleanup script written for the test.\n"
           u"DROP PROCEDURE IF EXISTS %1;\n"
           u"DELIMITER $$\n"
           u"CREATE DEFINER=`root`@`localhost` PROCEDURE `%1`()\n"
           u"BEGIN\n  SELECT 'it''s CREATE PROCEDURE NOT_THIS_ONE()' AS 'INFO LOG';\nEND$$\n"
           u"DELIMITER ;\n"_s.arg(name);
}

QString pgProcedure(const QString& name)
{
    return u"/* CREATE OR REPLACE PROCEDURE COMMENTED_OUT() */\n"
           u"CREATE OR REPLACE PROCEDURE %1()\nLANGUAGE plpgsql\nAS $$\nBEGIN\n  RAISE NOTICE 'x';\nEND;\n$$;\n"_s.arg(name);
}

QString pgFunction(const QString& name)
{
    return u"CREATE OR REPLACE FUNCTION %1(operationid int, batch VARCHAR(10) DEFAULT 'a')\nRETURNS void AS $$\n"
           u"BEGIN\n  RAISE NOTICE 'step %%', operationid;\nEND;\n$$ LANGUAGE plpgsql;\n"_s.arg(name);
}

// A 5.10+ layout with every dialect, PostgreSQL 9 and 11 folders, kinds the
// wizard knows and some it does not, restore scripts, READMEs and runners.
bool writeModernHome(const QString& home)
{
    const QString p = home + u'/' + kProcedures;
    return write(p + u"mysql/token-cleanup/mysql-token-cleanup.sql"_s, mysqlProcedure(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"mysql/token-cleanup/mysql-token-cleanup-restore.sql"_s,
            mysqlProcedure(u"WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP"_s))
        && write(p + u"mysql/token-cleanup/README.MD"_s, u"# How to run\n"_s)
        && write(p + u"mysql/token-cleanup/token-cleanup-runner.sh"_s, u"#!/bin/sh\n"_s)
        && write(p + u"mysql/sessiondata-cleanup/mysql-sessiondata-cleanup.sql"_s,
            mysqlProcedure(u"CLEANUP_SESSION_DATA"_s))
        && write(p + u"mysql/confirmation-code-cleanup/mysql-confirmation-code-cleanup.sql"_s,
            mysqlProcedure(u"WSO2_CONFIRMATION_CODE_CLEANUP_SP"_s))
        && write(p + u"mysql/registry-cleanup/mysql-registry-cleanup.sql"_s,
            mysqlProcedure(u"WSO2_REGISTRY_CLEANUP_SP"_s))
        && write(p + u"mysql/par-request-cleanup/mysql-par-request-cleanup.sql"_s,
            mysqlProcedure(u"WSO2_PAR_REQUEST_CLEANUP_SP"_s))
        && write(p + u"mysql/jti-cleanup/mysql-jti-cleanup.sql"_s, mysqlProcedure(u"WSO2_JTI_CLEANUP_SP"_s))
        // Neither folder nor file says what it cleans: the procedure does.
        && write(p + u"mysql/mysql-cleanup.sql"_s, mysqlProcedure(u"WSO2_DEVICE_CODE_CLEANUP_SP"_s))
        // A restore script whose cleanup script is missing.
        && write(p + u"mysql/orphan-cleanup/mysql-orphan-restore.sql"_s, mysqlProcedure(u"WSO2_ORPHAN_RESTORE_SP"_s))
        && write(p + u"postgresql/postgre-9x/token-cleanup/postgresql-token-cleanup.sql"_s,
            pgFunction(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"postgresql/postgre-9x/sessiondata-cleanup/postgresql-sessiondata-cleanup.sql"_s,
            pgFunction(u"WSO2_SESSION_DATA_CLEANUP_SP"_s))
        && write(p + u"postgresql/postgre-11x/token-cleanup/postgresql-token-cleanup.sql"_s,
            pgProcedure(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"postgresql/postgre-11x/token-cleanup/postgresql-token-cleanup-restore.sql"_s,
            pgProcedure(u"WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP"_s))
        && write(p + u"postgresql/postgre-11x/sessiondata-cleanup/postgresql-sessiondata-cleanup.sql"_s,
            pgProcedure(u"WSO2_SESSION_DATA_CLEANUP_SP"_s))
        && write(p + u"postgresql/postgre-11x/sessiondata-cleanup/README.txt"_s, u"notes\n"_s)
        && write(p + u"mssql/token-cleanup/mssql-token-cleanup.sql"_s,
            u"CREATE PROCEDURE [dbo].[WSO2_TOKEN_CLEANUP_SP] AS\nBEGIN\n  PRINT 'x';\nEND\nGO\n"_s)
        && write(p + u"mssql/sessiondata-cleanup/mssql-sessiondata-cleanup.sql"_s,
            u"CREATE OR ALTER PROCEDURE CLEANUP_SESSION_DATA AS\nBEGIN\n  PRINT 'x';\nEND\nGO\n"_s)
        && write(p + u"oracle/token-cleanup/oracle-token-cleanup.sql"_s,
            u"CREATE OR REPLACE PROCEDURE WSO2_TOKEN_CLEANUP_SP IS\nBEGIN\n  NULL;\nEND;\n/\n"_s)
        && write(p + u"oracle/token-cleanup/oracle-token-cleanup-restore.sql"_s,
            u"CREATE OR REPLACE PROCEDURE WSO2_TOK_CLNUP_DT_RESTO_SP IS\nBEGIN\n  NULL;\nEND;\n/\n"_s)
        && write(p + u"db2/token-cleanup/db2-token-cleanup.sql"_s,
            u"CREATE PROCEDURE TOKEN_CLEANUP_SP BEGIN END\n/\n"_s)
        && write(p + u"db2/sessiondata-cleanup/db2-sessiondata-cleanup.sql"_s,
            u"CREATE PROCEDURE SESSION_CLEANUP_SP BEGIN END\n/\n"_s);
}

// The flat layout of older releases: one folder per dialect and version.
bool writeFlatHome(const QString& home)
{
    const QString p = home + u'/' + kProcedures;
    return write(p + u"mysql-5.4.x/mysql-token-cleanup.sql"_s, mysqlProcedure(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"mysql-5.4.x/mysql-token-cleanup-restore.sql"_s,
            mysqlProcedure(u"WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP"_s))
        && write(p + u"mysql-5.4.x/mysql-sessiondata-cleanup.sql"_s, mysqlProcedure(u"CLEANUP_SESSION_DATA"_s))
        && write(p + u"postgre-9.x/postgresql-token-cleanup.sql"_s, pgFunction(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"postgre-11.x/postgresql-token-cleanup.sql"_s, pgProcedure(u"WSO2_TOKEN_CLEANUP_SP"_s))
        && write(p + u"postgre-11.x/postgresql-sessiondata-cleanup.sql"_s,
            pgProcedure(u"WSO2_SESSION_DATA_CLEANUP_SP"_s));
}

QStringList describe(const QList<CleanupScript>& scripts)
{
    QStringList out;
    for (const CleanupScript& script : scripts)
        out << u"%1:%2"_s.arg(script.kind, script.procedureName);
    return out;
}

} // namespace

class CleanupScriptsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_modern;
    QString m_flat;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_modern = m_dir.filePath(u"modern"_s);
        m_flat = m_dir.filePath(u"flat"_s);
        QVERIFY(writeModernHome(m_modern));
        QVERIFY(writeFlatHome(m_flat));
    }

    void mysqlEveryKind()
    {
        const auto found = discoverCleanupScripts(m_modern, SqlDialect::MySql, QVersionNumber(11, 8, 9));
        QVERIFY2(found, qPrintable(found ? QString() : found.error()));
        QCOMPARE(found->dialectFolders, QStringList { u"mysql"_s });
        QVERIFY(found->versionFolder.isEmpty());
        // Known kinds first, in their order, then the others by name.
        QCOMPARE(describe(found->scripts),
            (QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s, u"session:CLEANUP_SESSION_DATA"_s,
                u"confirmation-code:WSO2_CONFIRMATION_CODE_CLEANUP_SP"_s, u"registry:WSO2_REGISTRY_CLEANUP_SP"_s,
                u"device-code:WSO2_DEVICE_CODE_CLEANUP_SP"_s, u"jti:WSO2_JTI_CLEANUP_SP"_s,
                u"par-request:WSO2_PAR_REQUEST_CLEANUP_SP"_s }));
        QCOMPARE(found->kinds().size(), 7);

        const CleanupScript& token = found->scripts.first();
        QCOMPARE(token.relativePath, u"mysql/token-cleanup/mysql-token-cleanup.sql"_s);
        QVERIFY(token.restorePath.endsWith(u"mysql/token-cleanup/mysql-token-cleanup-restore.sql"_s));
        QCOMPARE(token.restoreProcedureName, u"WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP"_s);
        QVERIFY(!token.isFunction);
        QVERIFY(token.warnings.isEmpty());
        // The commented-out and quoted CREATE PROCEDUREs do not count.
        QCOMPARE(token.procedureNames, QStringList { u"WSO2_TOKEN_CLEANUP_SP"_s });

        QFile file(token.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(token.sha256, QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(token.sha256.size(), 64);

        QVERIFY(found->scripts.at(1).restorePath.isEmpty()); // session has none here
        QCOMPARE(found->unpairedRestores.size(), 1);
        QCOMPARE(found->unpairedRestores.first().kind, u"orphan"_s);
        QVERIFY(found->warnings.join(u' ').contains(u"mysql-orphan-restore.sql"_s));

        QStringList notes;
        for (const CleanupScriptNote& note : found->notes)
            notes << u"%1=%2"_s.arg(note.relativePath).arg(int(note.kind));
        QCOMPARE(notes, (QStringList { u"mysql/token-cleanup/README.MD=%1"_s.arg(int(CleanupScriptNote::Kind::Readme)),
                            u"mysql/token-cleanup/token-cleanup-runner.sh=%1"_s.arg(int(CleanupScriptNote::Kind::Runner)) }));
    }

    void postgresVersionFolders_data()
    {
        QTest::addColumn<QString>("home"); // "modern" or "flat"
        QTest::addColumn<QString>("serverVersion");
        QTest::addColumn<QString>("versionFolder");
        QTest::addColumn<bool>("isFunction");
        QTest::addColumn<QStringList>("scripts");
        QTest::addColumn<QString>("warning"); // part of a warning, empty for none

        const QStringList procedures { u"token:WSO2_TOKEN_CLEANUP_SP"_s, u"session:WSO2_SESSION_DATA_CLEANUP_SP"_s };
        QTest::newRow("17 → 11x") << u"modern"_s << u"17.12"_s << u"postgresql/postgre-11x"_s << false << procedures
                                  << QString();
        QTest::newRow("11 → 11x") << u"modern"_s << u"11.22"_s << u"postgresql/postgre-11x"_s << false << procedures
                                  << QString();
        QTest::newRow("10 → 9x") << u"modern"_s << u"10.23"_s << u"postgresql/postgre-9x"_s << true << procedures
                                 << QString();
        QTest::newRow("9.6 → 9x") << u"modern"_s << u"9.6.24"_s << u"postgresql/postgre-9x"_s << true << procedures
                                  << QString();
        QTest::newRow("unknown → newest") << u"modern"_s << QString() << u"postgresql/postgre-11x"_s << false
                                          << procedures << u"not known"_s;
        QTest::newRow("8 → none") << u"modern"_s << u"8.4"_s << QString() << false << QStringList()
                                  << u"for PostgreSQL 9 and later"_s;
        QTest::newRow("flat 17 → 11.x") << u"flat"_s << u"17.0"_s << u"postgre-11.x"_s << false << procedures
                                        << QString();
        QTest::newRow("flat 9.6 → 9.x") << u"flat"_s << u"9.6"_s << u"postgre-9.x"_s << true
                                        << QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s } << QString();
    }

    void postgresVersionFolders()
    {
        QFETCH(QString, home);
        QFETCH(QString, serverVersion);
        QFETCH(QString, versionFolder);
        QFETCH(bool, isFunction);
        QFETCH(QStringList, scripts);
        QFETCH(QString, warning);

        const auto found = discoverCleanupScripts(home == "modern"_L1 ? m_modern : m_flat, SqlDialect::PostgreSql,
            QVersionNumber::fromString(serverVersion));
        QVERIFY(found);
        QCOMPARE(found->versionFolder, versionFolder);
        QCOMPARE(describe(found->scripts), scripts);
        for (const CleanupScript& script : found->scripts) {
            QCOMPARE(script.isFunction, isFunction);
            QCOMPARE(script.versionFolder, versionFolder);
            if (isFunction)
                QCOMPARE(script.parameters, u"operationid int, batch VARCHAR(10) DEFAULT 'a'"_s);
        }
        if (warning.isEmpty())
            QVERIFY2(found->warnings.isEmpty(), qPrintable(found->warnings.join(u'\n')));
        else
            QVERIFY2(found->warnings.join(u' ').contains(warning), qPrintable(found->warnings.join(u'\n')));
        if (!versionFolder.isEmpty())
            QVERIFY(!found->skippedFolders.isEmpty());
        // Only the 11x token script has a restore script.
        if (versionFolder == "postgresql/postgre-11x"_L1) {
            QCOMPARE(found->scripts.first().restoreProcedureName, u"WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP"_s);
            QCOMPARE(found->notes.size(), 1); // README.txt of the 11x session folder
        }
    }

    void flatMysql()
    {
        const auto found = discoverCleanupScripts(m_flat, SqlDialect::MySql);
        QVERIFY(found);
        QCOMPARE(found->dialectFolders, QStringList { u"mysql-5.4.x"_s });
        QCOMPARE(found->versionFolder, u"mysql-5.4.x"_s);
        QCOMPARE(describe(found->scripts),
            (QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s, u"session:CLEANUP_SESSION_DATA"_s }));
        QVERIFY(found->scripts.first().restorePath.endsWith(u"mysql-5.4.x/mysql-token-cleanup-restore.sql"_s));
        QVERIFY(found->unpairedRestores.isEmpty());
    }

    void otherDialects_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QStringList>("scripts");
        QTest::addColumn<QString>("restore");
        QTest::newRow("sql server") << int(SqlDialect::SqlServer)
                                    << QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s, u"session:CLEANUP_SESSION_DATA"_s }
                                    << QString();
        QTest::newRow("oracle") << int(SqlDialect::Oracle) << QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s }
                                << u"WSO2_TOK_CLNUP_DT_RESTO_SP"_s;
        QTest::newRow("db2") << int(SqlDialect::Db2)
                             << QStringList { u"token:TOKEN_CLEANUP_SP"_s, u"session:SESSION_CLEANUP_SP"_s }
                             << QString();
    }

    void otherDialects()
    {
        QFETCH(int, dialect);
        QFETCH(QStringList, scripts);
        QFETCH(QString, restore);
        const auto found = discoverCleanupScripts(m_modern, SqlDialect(dialect));
        QVERIFY(found);
        QCOMPARE(describe(found->scripts), scripts);
        QCOMPARE(found->scripts.first().restoreProcedureName, restore);
    }

    void noScriptsForDialect()
    {
        const auto found = discoverCleanupScripts(m_flat, SqlDialect::Oracle);
        QVERIFY(found);
        QVERIFY(found->scripts.isEmpty());
        QVERIFY(found->warnings.join(u' ').contains(u"no cleanup scripts for Oracle"_s));
    }

    void notAHome()
    {
        const auto found = discoverCleanupScripts(m_dir.filePath(u"nothing-here"_s), SqlDialect::MySql);
        QVERIFY(!found);
        QVERIFY(found.error().contains(u"dbscripts/identity/stored-procedures"_s));
    }

    void boundedWalk()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        const QString mysql = home + u'/' + kProcedures + u"mysql"_s;
        QVERIFY(write(mysql + u"/token-cleanup/mysql-token-cleanup.sql"_s, mysqlProcedure(u"WSO2_TOKEN_CLEANUP_SP"_s)));
        QVERIFY(QFile::link(mysql, mysql + u"/token-cleanup/loop"_s));
        QString deep = mysql;
        for (int i = 0; i < 20; ++i)
            deep += u"/d"_s;
        QVERIFY(write(deep + u"/buried-cleanup.sql"_s, mysqlProcedure(u"BURIED_CLEANUP_SP"_s)));
        QElapsedTimer timer;
        timer.start();
        const auto found = discoverCleanupScripts(home, SqlDialect::MySql);
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(found);
        QVERIFY(found->truncated);
        QCOMPARE(describe(found->scripts), QStringList { u"token:WSO2_TOKEN_CLEANUP_SP"_s });
    }

    void routines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // name/F for functions
        QTest::addColumn<QString>("qualified"); // of the first

        QTest::newRow("plain") << u"CREATE PROCEDURE WSO2_TOKEN_CLEANUP_SP()\nBEGIN END"_s
                               << QStringList { u"WSO2_TOKEN_CLEANUP_SP"_s } << u"WSO2_TOKEN_CLEANUP_SP"_s;
        QTest::newRow("lower case, or replace") << u"create or replace procedure wso2_token_cleanup_sp() as $$ $$;"_s
                                                << QStringList { u"wso2_token_cleanup_sp"_s }
                                                << u"wso2_token_cleanup_sp"_s;
        QTest::newRow("schema and brackets") << u"CREATE PROCEDURE [dbo].[WSO2_TOKEN_CLEANUP_SP] AS BEGIN END"_s
                                             << QStringList { u"WSO2_TOKEN_CLEANUP_SP"_s }
                                             << u"[dbo].[WSO2_TOKEN_CLEANUP_SP]"_s;
        QTest::newRow("quoted schema") << u"CREATE FUNCTION \"public\".\"Cleanup.Fn\"(n int) RETURNS void AS $$ $$;"_s
                                       << QStringList { u"Cleanup.Fn/F"_s } << u"\"public\".\"Cleanup.Fn\""_s;
        QTest::newRow("definer") << u"CREATE DEFINER=`admin`@`%` PROCEDURE `CLEANUP_SESSION_DATA`() BEGIN END"_s
                                 << QStringList { u"CLEANUP_SESSION_DATA"_s } << u"`CLEANUP_SESSION_DATA`"_s;
        QTest::newRow("editionable") << u"CREATE OR REPLACE EDITIONABLE PROCEDURE WSO2_SESSION_CLEANUP_SP IS BEGIN NULL; END;"_s
                                     << QStringList { u"WSO2_SESSION_CLEANUP_SP"_s } << u"WSO2_SESSION_CLEANUP_SP"_s;
        QTest::newRow("comments and strings")
            << u"-- CREATE PROCEDURE A1()\n/* CREATE PROCEDURE A2() */\nSELECT 'CREATE PROCEDURE A3()';\n"
               u"CREATE PROCEDURE REAL_ONE() BEGIN SELECT 'x''; CREATE PROCEDURE A4()'; END"_s
            << QStringList { u"REAL_ONE"_s } << u"REAL_ONE"_s;
        QTest::newRow("two, and a drop") << u"DROP PROCEDURE IF EXISTS X;\nCREATE PROCEDURE HELPER_SP() BEGIN END;\n"
                                            u"CREATE FUNCTION MAIN_FN() RETURNS INT BEGIN RETURN 1; END"_s
                                         << QStringList { u"HELPER_SP"_s, u"MAIN_FN/F"_s } << u"HELPER_SP"_s;
        QTest::newRow("none") << u"DELETE FROM IDN_OAUTH2_ACCESS_TOKEN;"_s << QStringList() << QString();
    }

    void routines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(QString, qualified);
        const QList<CreatedRoutine> found = routinesCreatedBy(text);
        QStringList got;
        for (const CreatedRoutine& routine : found)
            got << (routine.isFunction ? routine.name + u"/F"_s : routine.name);
        QCOMPARE(got, names);
        QCOMPARE(found.isEmpty() ? QString() : found.first().qualifiedName, qualified);
    }
};

QTEST_GUILESS_MAIN(CleanupScriptsTest)
#include "cleanupscripts_test.moc"
