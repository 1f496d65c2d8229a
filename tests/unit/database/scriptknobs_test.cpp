// SPDX-License-Identifier: Apache-2.0
#include "database/ScriptKnobs.h"

#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SqlDialect)

namespace {

// The fixtures are this project's own scripts, laid out the way WSO2's
// cleanup procedures are: declarations, a block marked configurable, logic.

const QString mysqlScript = uR"(DROP PROCEDURE IF EXISTS `TOKEN_PURGE_SP`;
SET @purgeRun = 1;
DELIMITER $$
CREATE PROCEDURE `TOKEN_PURGE_SP`()
BEGIN
-- variables (leave these alone)
DECLARE batchSize INT;
DECLARE chunkSize INT DEFAULT 250000;
DECLARE backupTables BOOLEAN;
DECLARE sleepTime FLOAT;
DECLARE logLevel VARCHAR(10);
DECLARE deletedRows INT DEFAULT 0;
DECLARE done BOOLEAN DEFAULT FALSE;
DECLARE tableCursor CURSOR FOR SELECT TABLE_NAME FROM information_schema.tables WHERE TABLE_NAME = 'x';
DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;

-- settings you may change (CONFIGURABLE)
SET batchSize = 10000; -- rows per transaction
SET chunkSize = 500000;
SET backupTables = TRUE;
SET sleepTime = 2;
SET logLevel = 'TRACE';
SET purgeWindowHours = 6; -- an extra setting of this script
-- SET enableAudit = TRUE;

SET deletedRows = 0;
SELECT 'SET batchSize = 1;' AS 'INFO LOG';
IF (backupTables) THEN
  SET backupTables = FALSE;
END IF;
END$$
DELIMITER ;
)"_s;

const QString postgresScript = uR"(CREATE OR REPLACE PROCEDURE token_purge_sp() AS $$
DECLARE
  batchSize int := 10000;
  chunkSize int = 500000;
  enableReindexing boolean DEFAULT TRUE;
  logLevel VARCHAR(10) := 'TRACE';
  backupTables int;
  rowCount bigint := 0;
  tablesCursor CURSOR FOR SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'x';
BEGIN
  -- CONFIGURE VARIABLES
  backupTables := 1; -- 1 keeps a copy
  enableTblAnalyzing := false;

  rowCount := 0;
  RAISE NOTICE 'batchSize := 5;';
  IF (batchSize > 0) THEN
    batchSize := 1;
  END IF;
END;
$$ LANGUAGE plpgsql;
)"_s;

const QString sqlServerScript = uR"(CREATE PROCEDURE TOKEN_PURGE_SP
AS
BEGIN
SET NOCOUNT ON;
DECLARE @batchSize INT = 10000;
DECLARE @backupTables BIT;
DECLARE @sleepTime AS VARCHAR(12);
DECLARE @enableLog BIT = 1, @checkCount INT = 100
DECLARE @rowCount INT = 0;

-- CONFIGURABLE ATTRIBUTES
SET @backupTables = 'TRUE' -- T-SQL reads 'TRUE' into a BIT
SET @sleepTime = '00:00:02.000'
SET @logLevel = N'DEBUG';

WHILE (1 = 1)
BEGIN
    SET @batchSize = 5;
END
END
GO
)"_s;

const QString oracleScript = uR"(CREATE OR REPLACE PROCEDURE SESSION_PURGE_SP IS
-- counters (DO NOT CHANGE)
    deletedSessions INT := 0;
    unixTime INT := 0;
    currentSchema VARCHAR2(20);

-- CONFIGURABLE VARIABLES
    batchsize INT := 10000; -- delete in batches
    chunkLimit INT := 500000;
    tracingEnabled BOOLEAN := TRUE;
    sessionTimeoutMinutes INT := 120; -- sessions older than this go
    logLevel VARCHAR2(10) DEFAULT q'[TRACE]';

    rowsSeen INT := 0;
BEGIN
    IF (tracingEnabled) THEN
        DBMS_OUTPUT.PUT_LINE('batchsize := 1;');
    END IF;
END;
/
)"_s;

const QString db2Script = uR"(--#SET TERMINATOR @
CREATE OR REPLACE PROCEDURE TOKEN_PURGE_SP()
LANGUAGE SQL
P1: BEGIN
    DECLARE batchSize INTEGER DEFAULT 10000;
    DECLARE safePeriod SMALLINT DEFAULT 2;
    DECLARE enableLog SMALLINT;
    DECLARE deleted INTEGER DEFAULT 0;
    SET enableLog = 1;
    purge_loop: LOOP
        SET batchSize = 1;
        LEAVE purge_loop;
    END LOOP;
END P1@
)"_s;

using KnobValues = QMap<QString, QString>;

struct Expected
{
    QString name;
    QString value;
    KnobType type;
    int line;
};

QString describe(const QList<ScriptKnob>& knobs)
{
    QString out;
    for (const ScriptKnob& knob : knobs) {
        out += u"  %1 = %2 (%3, line %4, declared %5)%6\n"_s
                   .arg(knob.name, knob.value, knobTypeName(knob.type))
                   .arg(knob.line)
                   .arg(knob.declaredType, knob.overridden ? u" overridden"_s : QString());
    }
    return out;
}

// Everything outside the value slices is the same as before.
void verifyOnlyValuesChanged(
    const QString& before, const QString& after, const QList<ScriptKnob>& knobsBefore, SqlDialect dialect)
{
    QString rebuilt = before;
    const QList<ScriptKnob> knobsAfter = findKnobs(after, dialect);
    QCOMPARE(knobsAfter.size(), knobsBefore.size());
    // Rebuild the expected text from the new knobs' literals, back to front.
    for (qsizetype i = knobsBefore.size() - 1; i >= 0; --i) {
        const ScriptKnob& old = knobsBefore[i];
        rebuilt.replace(old.valueBegin, old.valueEnd - old.valueBegin, knobsAfter[i].value);
    }
    QCOMPARE(after, rebuilt);
}

} // namespace

class ScriptKnobsTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findsKnobs_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QList<Expected>>("expected");
        using T = KnobType;
        QTest::newRow("mysql") << SqlDialect::MySql << mysqlScript
                               << QList<Expected> {
                                      { u"chunkSize"_s, u"250000"_s, T::Integer, 8 },
                                      { u"batchSize"_s, u"10000"_s, T::Integer, 18 },
                                      { u"chunkSize"_s, u"500000"_s, T::Integer, 19 },
                                      { u"backupTables"_s, u"TRUE"_s, T::Boolean, 20 },
                                      { u"sleepTime"_s, u"2"_s, T::Decimal, 21 },
                                      { u"logLevel"_s, u"'TRACE'"_s, T::Text, 22 },
                                      { u"purgeWindowHours"_s, u"6"_s, T::Integer, 23 },
                                  };
        QTest::newRow("postgresql") << SqlDialect::PostgreSql << postgresScript
                                    << QList<Expected> {
                                           { u"batchSize"_s, u"10000"_s, T::Integer, 3 },
                                           { u"chunkSize"_s, u"500000"_s, T::Integer, 4 },
                                           { u"enableReindexing"_s, u"TRUE"_s, T::Boolean, 5 },
                                           { u"logLevel"_s, u"'TRACE'"_s, T::Text, 6 },
                                           { u"backupTables"_s, u"1"_s, T::Boolean, 12 },
                                           { u"enableTblAnalyzing"_s, u"false"_s, T::Boolean, 13 },
                                       };
        QTest::newRow("mssql") << SqlDialect::SqlServer << sqlServerScript
                               << QList<Expected> {
                                      { u"batchSize"_s, u"10000"_s, T::Integer, 5 },
                                      { u"enableLog"_s, u"1"_s, T::Boolean, 8 },
                                      { u"checkCount"_s, u"100"_s, T::Integer, 8 },
                                      { u"backupTables"_s, u"'TRUE'"_s, T::Boolean, 12 },
                                      { u"sleepTime"_s, u"'00:00:02.000'"_s, T::Text, 13 },
                                      { u"logLevel"_s, u"N'DEBUG'"_s, T::Text, 14 },
                                  };
        QTest::newRow("oracle") << SqlDialect::Oracle << oracleScript
                                << QList<Expected> {
                                       { u"batchsize"_s, u"10000"_s, T::Integer, 8 },
                                       { u"chunkLimit"_s, u"500000"_s, T::Integer, 9 },
                                       { u"tracingEnabled"_s, u"TRUE"_s, T::Boolean, 10 },
                                       { u"sessionTimeoutMinutes"_s, u"120"_s, T::Integer, 11 },
                                       { u"logLevel"_s, u"q'[TRACE]'"_s, T::Text, 12 },
                                   };
        QTest::newRow("db2") << SqlDialect::Db2 << db2Script
                             << QList<Expected> {
                                    { u"batchSize"_s, u"10000"_s, T::Integer, 5 },
                                    { u"safePeriod"_s, u"2"_s, T::Integer, 6 },
                                    { u"enableLog"_s, u"1"_s, T::Boolean, 9 },
                                };
    }
    void findsKnobs()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(QList<Expected>, expected);
        const QList<ScriptKnob> knobs = findKnobs(script, dialect);
        QVERIFY2(knobs.size() == expected.size(), qPrintable(describe(knobs)));
        for (qsizetype i = 0; i < knobs.size(); ++i) {
            const ScriptKnob& knob = knobs[i];
            QCOMPARE(knob.name, expected[i].name);
            QCOMPARE(knob.value, expected[i].value);
            QCOMPARE(knobTypeName(knob.type), knobTypeName(expected[i].type));
            QCOMPARE(knob.line, expected[i].line);
            QCOMPARE(script.sliced(knob.valueBegin, knob.valueEnd - knob.valueBegin), knob.value);
            QCOMPARE(knob.isKnown(), !knob.description.isEmpty());
        }
    }

    void knobDetails()
    {
        const QList<ScriptKnob> knobs = findKnobs(mysqlScript, SqlDialect::MySql);
        QVERIFY(knobs.size() > 6);
        // DECLARE … DEFAULT 250000 is set again below: that value never runs.
        QVERIFY(knobs[0].overridden);
        QVERIFY(!knobs[2].overridden);
        QCOMPARE(knobs[1].knownName, u"batchSize"_s);
        QCOMPARE(knobs[1].declaredType, u"INT"_s);
        QCOMPARE(knobs[1].scriptComment, u"rows per transaction"_s);
        QVERIFY(knobs[1].description.contains(u"transaction"_s));
        QCOMPARE(knobs[4].declaredType, u"FLOAT"_s);
        QCOMPARE(knobs[5].plainValue, u"TRACE"_s);
        QCOMPARE(knobs[5].declaredType, u"VARCHAR(10)"_s);
        QVERIFY(!knobs[6].isKnown());
        QVERIFY(knobs[6].description.isEmpty());
        QCOMPARE(knobs[6].scriptComment, u"an extra setting of this script"_s);

        const QList<ScriptKnob> oracle = findKnobs(oracleScript, SqlDialect::Oracle);
        QCOMPARE(oracle[0].knownName, u"batchSize"_s); // written batchsize
        QCOMPARE(oracle[4].plainValue, u"TRACE"_s);
    }

    void knownNames()
    {
        QVERIFY(knownKnobNames().contains(u"enableTblAnalyzing"_s));
        QCOMPARE(knownKnobNames().size(), 13);
        for (const QString& name : knownKnobNames())
            QVERIFY2(!knobDescription(name).isEmpty(), qPrintable(name));
        QCOMPARE(knobDescription(u"@BATCHSIZE"), knobDescription(u"batchSize"));
        QVERIFY(knobDescription(u"rowCount").isEmpty());
    }

    void appliesNewValues_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<KnobValues>("values");
        QTest::addColumn<QStringList>("written"); // the new literals, in script order

        QTest::newRow("mysql") << SqlDialect::MySql << mysqlScript
                               << KnobValues { { u"BATCHSIZE"_s, u" 5000 "_s },
                                      { u"chunkSize"_s, u"100000"_s }, { u"backupTables"_s, u"0"_s },
                                      { u"sleepTime"_s, u"0.5"_s }, { u"logLevel"_s, u"it's a\\b"_s } }
                               << QStringList { u"100000"_s, u"5000"_s, u"100000"_s, u"FALSE"_s, u"0.5"_s,
                                      u"'it''s a\\\\b'"_s, u"6"_s };
        QTest::newRow("postgresql") << SqlDialect::PostgreSql << postgresScript
                                    << KnobValues { { u"backupTables"_s, u"true"_s },
                                           { u"enableTblAnalyzing"_s, u"TRUE"_s },
                                           { u"logLevel"_s, u"'DEBUG'"_s } }
                                    << QStringList { u"10000"_s, u"500000"_s, u"TRUE"_s, u"'DEBUG'"_s, u"1"_s,
                                           u"true"_s };
        QTest::newRow("mssql") << SqlDialect::SqlServer << sqlServerScript
                               << KnobValues { { u"@backupTables"_s, u"false"_s },
                                      { u"enableLog"_s, u"FALSE"_s }, { u"sleepTime"_s, u"00:00:05"_s },
                                      { u"logLevel"_s, u"TRACE"_s } }
                               << QStringList { u"10000"_s, u"0"_s, u"100"_s, u"'FALSE'"_s, u"'00:00:05'"_s,
                                      u"N'TRACE'"_s };
        QTest::newRow("oracle") << SqlDialect::Oracle << oracleScript
                                << KnobValues { { u"batchSize"_s, u"20000"_s },
                                       { u"tracingEnabled"_s, u"false"_s },
                                       { u"sessionTimeoutMinutes"_s, u"60"_s },
                                       { u"logLevel"_s, u"DEBUG"_s } }
                                << QStringList { u"20000"_s, u"500000"_s, u"FALSE"_s, u"60"_s, u"'DEBUG'"_s };
        QTest::newRow("db2") << SqlDialect::Db2 << db2Script
                             << KnobValues { { u"safePeriod"_s, u"32767"_s }, { u"enableLog"_s, u"false"_s } }
                             << QStringList { u"10000"_s, u"32767"_s, u"0"_s };
    }
    void appliesNewValues()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(KnobValues, values);
        QFETCH(QStringList, written);
        const QList<ScriptKnob> before = findKnobs(script, dialect);
        const std::expected<QString, QString> changed = applyKnobValues(script, dialect, values);
        QVERIFY2(changed.has_value(), qPrintable(changed.error()));
        QVERIFY(*changed != script);
        QStringList literals;
        for (const ScriptKnob& knob : findKnobs(*changed, dialect))
            literals.append(knob.value);
        QCOMPARE(literals, written);
        verifyOnlyValuesChanged(script, *changed, before, dialect);
    }

    void noValuesChangeNothing()
    {
        const std::expected<QString, QString> same = applyKnobValues(oracleScript, SqlDialect::Oracle, {});
        QVERIFY(same.has_value());
        QCOMPARE(*same, oracleScript);
        // The value it already has: byte for byte the same script.
        const std::expected<QString, QString> again
            = applyKnobValues(sqlServerScript, SqlDialect::SqlServer, { { u"backupTables"_s, u"true"_s } });
        QVERIFY(again.has_value());
        QCOMPARE(*again, sqlServerScript);
    }

    void refusesBadValues_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("message");

        QTest::newRow("negative")
            << SqlDialect::MySql << mysqlScript << u"batchSize"_s << u"-1"_s
            << u"batchSize (line 18): \u201c-1\u201d is not a whole number of zero or more."_s;
        QTest::newRow("fraction")
            << SqlDialect::PostgreSql << postgresScript << u"batchSize"_s << u"1.5"_s
            << u"batchSize (line 3): \u201c1.5\u201d is not a whole number of zero or more."_s;
        QTest::newRow("words")
            << SqlDialect::Oracle << oracleScript << u"chunkLimit"_s << u"lots"_s
            << u"chunkLimit (line 9): \u201clots\u201d is not a whole number of zero or more."_s;
        QTest::newRow("too large for INT")
            << SqlDialect::SqlServer << sqlServerScript << u"batchSize"_s << u"3000000000"_s
            << u"batchSize (line 5): 3000000000 is larger than INT can hold (at most 2147483647)."_s;
        QTest::newRow("too large for SMALLINT")
            << SqlDialect::Db2 << db2Script << u"safePeriod"_s << u"40000"_s
            << u"safePeriod (line 6): 40000 is larger than SMALLINT can hold (at most 32767)."_s;
        QTest::newRow("not a boolean")
            << SqlDialect::MySql << mysqlScript << u"backupTables"_s << u"maybe"_s
            << u"backupTables (line 20): \u201cmaybe\u201d is not a yes/no value: use TRUE or FALSE (or 1 or 0)."_s;
        QTest::newRow("decimal comma")
            << SqlDialect::MySql << mysqlScript << u"sleepTime"_s << u"0,5"_s
            << u"sleepTime (line 21): \u201c0,5\u201d is not a number of zero or more "
               u"(use a dot for decimals: 0.5)."_s;
        QTest::newRow("text too long")
            << SqlDialect::PostgreSql << postgresScript << u"logLevel"_s << u"EVERYTHING!!"_s
            << u"logLevel (line 6): \u201cEVERYTHING!!\u201d is longer than VARCHAR(10) allows (10 characters at most)."_s;
        QTest::newRow("line break in text")
            << SqlDialect::SqlServer << sqlServerScript << u"logLevel"_s << u"DEBUG\nDROP TABLE x"_s
            << u"logLevel (line 14): The text may not contain line breaks or control characters."_s;
        QTest::newRow("unknown knob") << SqlDialect::Oracle << oracleScript << u"rowsSeen"_s << u"1"_s
                                      << u"The script has no knob called \u201crowsSeen\u201d."_s;
    }
    void refusesBadValues()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, message);
        const std::expected<QString, QString> result = applyKnobValues(script, dialect, { { name, value } });
        QVERIFY(!result.has_value());
        QCOMPARE(result.error(), message);
    }

    void oneRefusalChangesNothing()
    {
        const std::expected<QString, QString> result = applyKnobValues(mysqlScript, SqlDialect::MySql,
            { { u"batchSize"_s, u"5000"_s }, { u"chunkSize"_s, u"-5"_s }, { u"nothing"_s, u"1"_s } });
        QVERIFY(!result.has_value());
        QCOMPARE(result.error().count(u'\n'), 1); // two reasons, one line each
        QVERIFY(result.error().contains(u"chunkSize (line 8)"_s));
        QVERIFY(result.error().contains(u"\u201cnothing\u201d"_s));
    }

    void commentsAndStringsHoldNoKnobs()
    {
        const QString script = uR"(/* SET @batchSize = 1; */
-- SET @chunkSize = 2;
SELECT 'SET @sleepTime = 3;';
SET @enableLog = TRUE;
)"_s;
        const QList<ScriptKnob> knobs = findKnobs(script, SqlDialect::MySql);
        QCOMPARE(knobs.size(), 1);
        QCOMPARE(knobs[0].name, u"enableLog"_s);
        QCOMPARE(knobs[0].value, u"TRUE"_s);
    }

    void headersEndWhereLogicBegins_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("found"); // name=value, in order

        QTest::newRow("mysql handler block and case") << SqlDialect::MySql << uR"(DELIMITER //
CREATE PROCEDURE p()
BEGIN
DECLARE EXIT HANDLER FOR SQLEXCEPTION
BEGIN
  SET enableLog = FALSE;
  ROLLBACK;
END;
SET enableLog = TRUE;
CASE WHEN 1 THEN SET batchSize = 5; END CASE;
SET batchSize = 6;
END//)"_s << QStringList { u"enableLog=TRUE"_s };
        QTest::newRow("mssql cursor over two lines") << SqlDialect::SqlServer << uR"(CREATE PROCEDURE p AS
BEGIN
DECLARE c CURSOR
FOR SELECT name FROM sys.tables
DECLARE @batchSize INT
SET @batchSize = 500
IF 1 = 1
  SET @batchSize = 1
END)"_s << QStringList { u"batchSize=500"_s };
        QTest::newRow("postgresql do block") << SqlDialect::PostgreSql << uR"(DO $$
DECLARE
  batchSize int := 100;
BEGIN
  PERFORM 1;
  IF true THEN
    batchSize := 2;
  END IF;
END $$;)"_s << QStringList { u"batchSize=100"_s };
        QTest::newRow("oracle package body")
            << SqlDialect::Oracle << uR"(CREATE OR REPLACE PACKAGE BODY purge_pkg IS
  PROCEDURE tokens IS
    batchSize INT := 100;
  BEGIN
    IF batchSize > 0 THEN batchSize := 1; END IF;
  END tokens;
  PROCEDURE sessions IS
    batchSize INT := 200;
  BEGIN
    NULL;
  END sessions;
END purge_pkg;
/)"_s << QStringList { u"batchSize=100"_s, u"batchSize=200"_s };
        QTest::newRow("db2 loop label") << SqlDialect::Db2 << uR"(CREATE PROCEDURE p()
BEGIN
  DECLARE chunkSize INT DEFAULT 10;
  cleanup: WHILE 1 = 1 DO
    SET chunkSize = 1;
  END WHILE;
END@)"_s << QStringList { u"chunkSize=10"_s };
    }
    void headersEndWhereLogicBegins()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(QStringList, found);
        QStringList actual;
        for (const ScriptKnob& knob : findKnobs(script, dialect)) {
            actual.append(knob.name + u'=' + knob.value);
            QVERIFY2(!knob.overridden, qPrintable(knob.name));
        }
        QVERIFY2(actual == found, qPrintable(actual.join(u", "_s)));
    }

    void emptyAndBrokenScripts()
    {
        for (const SqlDialect dialect : allSqlDialects) {
            QVERIFY(findKnobs(u""_s, dialect).isEmpty());
            QVERIFY(findKnobs(u"SET"_s, dialect).isEmpty());
            QVERIFY(findKnobs(u"DECLARE batchSize INT DEFAULT 'x"_s, dialect).isEmpty());
            QVERIFY(findKnobs(u"batchSize := ;"_s, dialect).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(ScriptKnobsTest)
#include "scriptknobs_test.moc"
