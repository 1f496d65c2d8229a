// SPDX-License-Identifier: Apache-2.0
#include "database/SqlScriptSplitter.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SqlDialect)

namespace {

QString visible(QStringView text)
{
    QString out = text.toString();
    out.replace(u"\r"_s, u"\\r"_s).replace(u"\n"_s, u"\\n\n"_s).replace(u"\t"_s, u"\\t"_s);
    return out;
}

QString describe(const SqlScript& script)
{
    static const char* const kinds[] = { "Statement", "Separator", "Comment", "ClientCommand" };
    QString out;
    for (const SqlSegment& segment : script.segments) {
        out += u"  %1 [%2,%3) «%4»\n"_s.arg(QLatin1StringView(kinds[int(segment.kind)]))
                   .arg(segment.begin)
                   .arg(segment.end)
                   .arg(visible(segment.source));
    }
    for (const SqlScriptProblem& problem : script.problems)
        out += u"  problem: %1\n"_s.arg(problem.message);
    return out;
}

// The invariants every split keeps, whatever the input: returns an
// explanation of the first one broken, or an empty string.
QString brokenInvariant(QStringView input, const SqlScript& script)
{
    if (script.joined() != input)
        return u"the segments do not join back into the input"_s;
    qsizetype offset = 0;
    qsizetype statements = 0;
    for (const SqlSegment& segment : script.segments) {
        if (segment.begin != offset)
            return u"segment at %1 does not start where the one before ended (%2)"_s.arg(segment.begin)
                .arg(offset);
        if (segment.end <= segment.begin)
            return u"empty segment at %1"_s.arg(segment.begin);
        if (segment.source != input.sliced(segment.begin, segment.end - segment.begin))
            return u"segment at %1 holds other text than the input there"_s.arg(segment.begin);
        if (segment.line != input.first(segment.begin).count(u'\n') + 1)
            return u"segment at %1 has the wrong line %2"_s.arg(segment.begin).arg(segment.line);
        if (segment.kind == SqlSegment::Kind::Statement) {
            if (segment.statementIndex != statements)
                return u"statement segment at %1 points at statement %2"_s.arg(segment.begin)
                    .arg(segment.statementIndex);
            const SqlStatement& statement = script.statements.at(statements++);
            if (statement.begin != segment.begin || statement.end != segment.end)
                return u"statement %1 has other offsets than its segment"_s.arg(statements - 1);
            if (statement.text.isEmpty() || statement.begin + statement.text.size() > statement.end)
                return u"statement %1 has an empty or overlong text"_s.arg(statements - 1);
            if (input.sliced(statement.begin, statement.text.size()) != statement.text)
                return u"statement %1's text is not at its offset"_s.arg(statements - 1);
            if (statement.text.front().isSpace() || statement.text.back().isSpace())
                return u"statement %1's text is not trimmed"_s.arg(statements - 1);
        }
        offset = segment.end;
    }
    if (offset != input.size())
        return u"the segments end at %1, the input at %2"_s.arg(offset).arg(input.size());
    if (statements != script.statements.size())
        return u"%1 statements but %2 statement segments"_s.arg(script.statements.size()).arg(statements);
    for (const SqlScriptProblem& problem : script.problems) {
        if (problem.offset < 0 || problem.offset > input.size() || problem.line < 1 || problem.column < 1
            || problem.message.isEmpty())
            return u"problem out of range: %1"_s.arg(problem.message);
    }
    return {};
}

QStringList texts(const SqlScript& script)
{
    QStringList out;
    for (const SqlStatement& statement : script.statements)
        out.append(statement.text);
    return out;
}

QStringList commands(const SqlScript& script)
{
    QStringList out;
    for (const SqlSegment& segment : script.segments) {
        if (segment.kind == SqlSegment::Kind::ClientCommand)
            out.append(
                segment.argument.isEmpty() ? segment.command : segment.command + u' ' + segment.argument);
    }
    return out;
}

// --- generated scripts ------------------------------------------------------

// Builds scripts from fragments the way people write them, remembering which
// statements it wrote, so that the split can be checked against the truth.
class ScriptGenerator
{
public:
    ScriptGenerator(SqlDialect dialect, quint32 seed)
        : m_dialect(dialect)
        , m_rng(seed)
    {
    }

    QString script;
    QStringList statements; // the texts the splitter must find

    void generate()
    {
        if (chance(30))
            script += gap();
        const int count = bounded(0, 7);
        for (int i = 0; i < count; ++i) {
            // What follows an unterminated statement is part of it.
            if (!statement(i == count - 1) && chance(60))
                script += gap();
        }
    }

private:
    bool chance(int percent) { return int(m_rng.bounded(100)) < percent; }
    int bounded(int low, int high) { return low + int(m_rng.bounded(high - low + 1)); }
    template<typename T> const T& pick(const QList<T>& list)
    {
        return list.at(m_rng.bounded(int(list.size())));
    }

    QString space()
    {
        static const QStringList spaces { u" "_s, u"  "_s, u"\n"_s, u"\r\n"_s, u"\t"_s, u"\n    "_s };
        return pick(spaces);
    }

    // What hides inside strings and comments: terminators of every dialect.
    QString hostile()
    {
        static const QStringList parts { u"x"_s, u";"_s, u"$$"_s, u"//"_s, u"@"_s, u"--"_s, u"#"_s, u" "_s,
            u"\nGO\n"_s, u"\n/\n"_s, u"DELIMITER ;"_s, u"\nDELIMITER //\n"_s, u"END;"_s, u"é"_s, u"\r\n"_s };
        QString out;
        const int n = bounded(0, 5);
        for (int i = 0; i < n; ++i)
            out += pick(parts);
        return out;
    }

    QString stringLiteral()
    {
        QString content;
        const int n = bounded(0, 3);
        for (int i = 0; i < n; ++i) {
            content += hostile();
            if (chance(40))
                content += u"''"_s;
            if (m_dialect == SqlDialect::MySql && chance(30))
                content += chance(50) ? u"\\'"_s : u"\\\\"_s;
            if (chance(30))
                content += u"\"`]"_s;
        }
        QString prefix;
        if (m_dialect == SqlDialect::SqlServer && chance(30))
            prefix = u"N"_s;
        if (m_dialect == SqlDialect::PostgreSql && chance(30)) {
            prefix = u"E"_s;
            if (chance(50))
                content += u"\\'"_s;
        }
        return prefix + u'\'' + content + u'\'';
    }

    QString quotedName()
    {
        QString content = u"name"_s + hostile().remove(u'"').remove(u'`').remove(u']');
        switch (m_dialect) {
        case SqlDialect::MySql:
            return u'`' + content + u"``x`"_s;
        case SqlDialect::SqlServer:
            if (chance(50))
                return u'[' + content + u"]]x]"_s;
            break;
        default:
            break;
        }
        return u'"' + content + u"\"\"x\""_s;
    }

    QString blockComment()
    {
        QString content = hostile().remove(u'*');
        if ((m_dialect == SqlDialect::PostgreSql || m_dialect == SqlDialect::SqlServer) && chance(40))
            content += u" /* nested; */"_s;
        return u"/* "_s + content + u" */"_s;
    }

    QString lineComment()
    {
        const QString content = hostile().remove(u'\n').remove(u'\r');
        if (m_dialect == SqlDialect::MySql && chance(30))
            return u"# "_s + content + u'\n';
        return u"-- "_s + content + u'\n';
    }

    QString special()
    {
        switch (m_dialect) {
        case SqlDialect::PostgreSql:
            if (chance(50))
                return u"$$ BEGIN x := 1; RAISE NOTICE 'a;b'; END; $$"_s;
            return u"$body$ SELECT $$in;ner$$; $1; $body$"_s;
        case SqlDialect::Oracle:
            return u"q'["_s + hostile().remove(u']') + u"]'"_s;
        case SqlDialect::MySql:
            return u"'a\\';b'"_s;
        default:
            return stringLiteral();
        }
    }

    // One piece of a statement after its first word.
    QString piece(bool semicolonsAreCode)
    {
        static const QStringList words { u"x"_s, u"t1"_s, u"42"_s, u"("_s, u")"_s, u","_s, u"="_s, u"+"_s,
            u"*"_s, u"FROM"_s, u"WHERE"_s, u"a.b"_s };
        switch (bounded(0, 9)) {
        case 0:
        case 1:
            return stringLiteral();
        case 2:
            return quotedName();
        case 3:
            return blockComment();
        case 4:
            return lineComment();
        case 5:
            return special();
        case 6:
            if (semicolonsAreCode)
                return u";"_s;
            [[fallthrough]];
        default:
            return pick(words);
        }
    }

    QString body(bool semicolonsAreCode)
    {
        static const QStringList first { u"SELECT"_s, u"DELETE"_s, u"UPDATE"_s, u"INSERT"_s, u"CALL"_s };
        QString text = pick(first);
        const int n = bounded(0, 6);
        for (int i = 0; i < n; ++i) {
            if (!text.endsWith(u'\n'))
                text += space();
            text += piece(semicolonsAreCode);
        }
        if (text.endsWith(u'\n'))
            text += u"x"_s; // a terminator after a line comment would be part of it
        // A line comment's newline is part of the piece; a trailing one
        // would become trailing whitespace, which the text does not keep.
        while (!text.isEmpty() && text.back().isSpace())
            text.chop(1);
        return text;
    }

    // Whitespace, comments and client commands between statements; always
    // ends at a line start when it held a line comment or command.
    QString gap()
    {
        QString out;
        const int n = bounded(1, 3);
        for (int i = 0; i < n; ++i) {
            switch (bounded(0, 4)) {
            case 0:
                out += u"\n\n"_s;
                break;
            case 1:
                out += u'\n' + lineComment();
                break;
            case 2:
                out += u' ' + blockComment() + u' ';
                break;
            case 3:
                out += emptyStatement();
                break;
            default:
                out += u'\n' + clientCommand();
                break;
            }
        }
        return out;
    }

    QString emptyStatement()
    {
        switch (m_dialect) {
        case SqlDialect::MySql:
        case SqlDialect::Db2:
            return u' ' + m_terminator;
        case SqlDialect::SqlServer:
            return u"\nGO\n"_s; // an empty batch
        default:
            return u" ;"_s;
        }
    }

    QString clientCommand()
    {
        switch (m_dialect) {
        case SqlDialect::MySql: {
            static const QStringList delimiters { u";"_s, u"$$"_s, u"//"_s, u"~~"_s };
            m_terminator = pick(delimiters);
            return (chance(50) ? u"DELIMITER "_s : u"delimiter "_s) + m_terminator + u'\n';
        }
        case SqlDialect::PostgreSql:
            return u"\\set ON_ERROR_STOP on\n"_s;
        case SqlDialect::SqlServer:
            return u":setvar schema dbo\n"_s;
        case SqlDialect::Oracle:
            return chance(50) ? u"SET SERVEROUTPUT ON\n"_s : u"PROMPT cleaning; up\n"_s;
        case SqlDialect::Db2: {
            static const QStringList terminators { u"@"_s, u"!"_s, u"%%"_s };
            m_terminator = pick(terminators);
            return u"--#SET TERMINATOR "_s + m_terminator + u'\n';
        }
        }
        return {};
    }

    // Returns whether the statement was left unterminated.
    bool statement(bool last)
    {
        const bool unterminated = last && chance(30);
        QString text;
        QString after;
        switch (m_dialect) {
        case SqlDialect::MySql:
            text = body(m_terminator != u";");
            after = m_terminator;
            break;
        case SqlDialect::PostgreSql:
            text = body(false);
            after = u";"_s;
            break;
        case SqlDialect::SqlServer:
            text = body(true);
            after = chance(30) ? u"\n  go 2  \n"_s : u"\nGO\n"_s;
            break;
        case SqlDialect::Oracle:
            if (chance(40)) {
                text = u"BEGIN\n  "_s + body(true) + u";\nEND;"_s;
                after = u"\n/\n"_s;
            } else {
                text = body(false);
                after = chance(70) ? u";"_s : u"\n/\n"_s;
            }
            break;
        case SqlDialect::Db2:
            text = body(m_terminator != u";");
            after = chance(70) ? m_terminator : u"\n/\n"_s;
            break;
        }
        if (!script.isEmpty() && !script.back().isSpace() && !script.endsWith(m_terminator))
            script += u'\n';
        script += text;
        statements.append(text);
        if (!unterminated)
            script += after;
        return unterminated;
    }

    SqlDialect m_dialect;
    QRandomGenerator m_rng;
    QString m_terminator = QString(m_dialect == SqlDialect::Db2 ? u"@"_s : u";"_s);
};

QString randomNoise(SqlDialect dialect, QRandomGenerator& rng)
{
    static const QStringList parts { u";"_s, u"'"_s, u"\""_s, u"`"_s, u"["_s, u"]"_s, u"$"_s, u"$$"_s,
        u"$a$"_s, u"@"_s, u"/"_s, u"*"_s, u"-"_s, u"--"_s, u"#"_s, u"\n"_s, u"\r\n"_s, u"\t"_s, u" "_s,
        u"\\"_s, u"E'"_s, u"q'["_s, u"]'"_s, u"/*"_s, u"*/"_s, u"x"_s, u"1"_s, u"\nGO\n"_s, u"\ngo 0\n"_s,
        u"\n/\n"_s, u"\nDELIMITER $$\n"_s, u"\nDELIMITER\n"_s, u"\n--#SET TERMINATOR !\n"_s, u"BEGIN "_s,
        u"CREATE OR REPLACE PROCEDURE "_s, u"END;"_s, u"\n\\set x\n"_s, u"\nSET SERVEROUTPUT ON\n"_s };
    Q_UNUSED(dialect);
    QString out;
    const int n = int(rng.bounded(40));
    for (int i = 0; i < n; ++i)
        out += parts.at(rng.bounded(int(parts.size())));
    return out;
}

} // namespace

class SqlScriptSplitterTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mysqlProcedureWithDelimiter()
    {
        const QString script = uR"(-- Token purge for MySQL and MariaDB: a fixture of this project.
DROP PROCEDURE IF EXISTS `TOKEN_PURGE_SP`;

DELIMITER $$

CREATE PROCEDURE `TOKEN_PURGE_SP`()
BEGIN
  DECLARE batchSize INT;
  DECLARE purged INT DEFAULT 0;
  # a hash comment; with a semicolon
  SET batchSize = 10000; -- rows per transaction; keep it small
  SELECT 'PURGE STARTED ... !' AS 'INFO LOG';
  SELECT 'it''s; fine' AS "INFO LOG";
  DELETE FROM IDN_OAUTH2_ACCESS_TOKEN WHERE TOKEN_STATE IN ('EXPIRED', 'REVOKED') LIMIT 10000;
  SELECT CONCAT('purged \'', ROW_COUNT(), '\' rows $$') AS 'INFO LOG';
END$$

DELIMITER ;

CALL `TOKEN_PURGE_SP`();
)"_s;
        const SqlScript parsed = parseSqlScript(script, SqlDialect::MySql);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(parsed.statements.size(), 3);
        QCOMPARE(parsed.statements[0].text, u"DROP PROCEDURE IF EXISTS `TOKEN_PURGE_SP`"_s);
        QCOMPARE(parsed.statements[0].terminator, u";"_s);
        QVERIFY(parsed.statements[1].text.startsWith(u"CREATE PROCEDURE `TOKEN_PURGE_SP`()\nBEGIN\n"_s));
        QVERIFY(parsed.statements[1].text.endsWith(u"AS 'INFO LOG';\nEND"_s));
        QCOMPARE(parsed.statements[1].terminator, u"$$"_s);
        QCOMPARE(parsed.statements[1].firstLine, 6);
        QCOMPARE(parsed.statements[2].text, u"CALL `TOKEN_PURGE_SP`()"_s);
        QCOMPARE(parsed.statements[2].firstLine, 20);
        QCOMPARE(commands(parsed), (QStringList { u"DELIMITER $$"_s, u"DELIMITER ;"_s }));
        QCOMPARE(parsed.segments.first().kind, SqlSegment::Kind::Comment);
    }

    void postgresProcedureAndFunction()
    {
        const QString script = uR"(-- PostgreSQL 11 and later.
CREATE OR REPLACE PROCEDURE token_purge_sp() AS $$
DECLARE
  batchSize int := 10000;
  purged bigint := 0;
BEGIN
  RAISE NOTICE 'PURGE STARTED; batch size %', batchSize;
  EXECUTE format($fmt$DELETE FROM %I WHERE token_state = 'EXPIRED'$fmt$, 'idn_oauth2_access_token');
  /* a nested /* comment; */ is still; a comment */
  GET DIAGNOSTICS purged := ROW_COUNT;
  RAISE NOTICE 'purged % rows', purged;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION session_purge_fn(operationid int) RETURNS text LANGUAGE plpgsql AS $body$
BEGIN
  IF operationid = 0 THEN
    RETURN 'CONTINUE;';
  END IF;
  RAISE NOTICE E'tab\there; quote \' ok';
  RETURN $$FINISHED;$$;
END;
$body$;

CALL token_purge_sp();
SELECT session_purge_fn(0))"_s;
        const SqlScript parsed = parseSqlScript(script, SqlDialect::PostgreSql);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(parsed.statements.size(), 4);
        QVERIFY(parsed.statements[0].text.endsWith(u"END;\n$$ LANGUAGE plpgsql"_s));
        QVERIFY(parsed.statements[1].text.endsWith(u"END;\n$body$"_s));
        QCOMPARE(parsed.statements[2].text, u"CALL token_purge_sp()"_s);
        QCOMPARE(parsed.statements[3].text, u"SELECT session_purge_fn(0)"_s);
        QVERIFY(!parsed.statements[3].isTerminated()); // no ; at the end: psql still runs it
    }

    void sqlServerBatches()
    {
        const QString script = uR"(IF OBJECT_ID('dbo.TOKEN_PURGE_SP', 'P') IS NOT NULL
    DROP PROCEDURE dbo.TOKEN_PURGE_SP;
GO

CREATE PROCEDURE dbo.TOKEN_PURGE_SP
AS
BEGIN
    SET NOCOUNT ON;
    DECLARE @batchSize INT = 10000;
    DECLARE @note NVARCHAR(200) = N'it''s; GO';
    PRINT 'PURGE STARTED';
    /* a comment with a GO line
    GO
    */
    SELECT [odd]]name] FROM [dbo].[IDN_OAUTH2_ACCESS_TOKEN];
    RAISERROR ('batch done', 0, 1) WITH NOWAIT;
END
GO -- the procedure is in place
EXEC dbo.TOKEN_PURGE_SP;
go 2
)"_s;
        const SqlScript parsed = parseSqlScript(script, SqlDialect::SqlServer);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(parsed.statements.size(), 3);
        QCOMPARE(parsed.statements[0].text,
            u"IF OBJECT_ID('dbo.TOKEN_PURGE_SP', 'P') IS NOT NULL\n    DROP PROCEDURE dbo.TOKEN_PURGE_SP;"_s);
        QCOMPARE(parsed.statements[0].terminator, u"GO"_s);
        QVERIFY(parsed.statements[1].text.startsWith(u"CREATE PROCEDURE"_s));
        QVERIFY(parsed.statements[1].text.endsWith(u"WITH NOWAIT;\nEND"_s));
        QCOMPARE(parsed.statements[1].repeat, 1);
        QCOMPARE(parsed.statements[2].text, u"EXEC dbo.TOKEN_PURGE_SP;"_s);
        QCOMPARE(parsed.statements[2].repeat, 2);
        QCOMPARE(commands(parsed), (QStringList { u"GO"_s, u"GO"_s, u"GO 2"_s }));
    }

    void oracleBlocksAndPlainStatements()
    {
        const QString script = uR"(CREATE OR REPLACE PROCEDURE TOKEN_PURGE_SP IS
    batchSize INT := 10000;
    note VARCHAR2(100) := 'it''s; / fine';
BEGIN
    DBMS_OUTPUT.PUT_LINE(q'[PURGE STARTED; it's]');
    DELETE FROM IDN_OAUTH2_ACCESS_TOKEN WHERE TOKEN_STATE = 'EXPIRED'
        AND ROWNUM <= batchSize;
    COMMIT;
END;
/

SET SERVEROUTPUT ON
CREATE TABLE BAK_TOKENS AS SELECT * FROM IDN_OAUTH2_ACCESS_TOKEN WHERE 1 = 0;
DELETE FROM BAK_TOKENS
/
BEGIN
    TOKEN_PURGE_SP;
END;
/
)"_s;
        const SqlScript parsed = parseSqlScript(script, SqlDialect::Oracle);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(parsed.statements.size(), 4);
        QVERIFY(parsed.statements[0].text.startsWith(u"CREATE OR REPLACE PROCEDURE TOKEN_PURGE_SP IS"_s));
        QVERIFY(parsed.statements[0].text.endsWith(u"COMMIT;\nEND;"_s)); // PL/SQL keeps its END;
        QCOMPARE(parsed.statements[0].terminator, u"/"_s);
        QCOMPARE(parsed.statements[1].text,
            u"CREATE TABLE BAK_TOKENS AS SELECT * FROM IDN_OAUTH2_ACCESS_TOKEN WHERE 1 = 0"_s);
        QCOMPARE(parsed.statements[1].terminator, u";"_s);
        QCOMPARE(parsed.statements[2].text, u"DELETE FROM BAK_TOKENS"_s);
        QCOMPARE(parsed.statements[2].terminator, u"/"_s);
        QCOMPARE(parsed.statements[3].text, u"BEGIN\n    TOKEN_PURGE_SP;\nEND;"_s);
        QCOMPARE(commands(parsed), (QStringList { u"/"_s, u"SET SERVEROUTPUT ON"_s, u"/"_s, u"/"_s }));
    }

    void db2Terminators()
    {
        const QString script = uR"(--#SET TERMINATOR @
CREATE OR REPLACE PROCEDURE TOKEN_PURGE_SP()
LANGUAGE SQL
P1: BEGIN
    DECLARE batchSize INT DEFAULT 10000;
    DECLARE note VARCHAR(100) DEFAULT 'mail@example; not the end';
    DELETE FROM IDN_OAUTH2_ACCESS_TOKEN WHERE TOKEN_STATE = 'EXPIRED';
    COMMIT;
END P1@

CALL TOKEN_PURGE_SP()@
--#SET TERMINATOR ;
SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN;
CREATE TABLE T1 (A INT)
/
)"_s;
        const SqlScript parsed = parseSqlScript(script, SqlDialect::Db2);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(texts(parsed).size(), 4);
        QVERIFY(parsed.statements[0].text.endsWith(u"COMMIT;\nEND P1"_s));
        QCOMPARE(parsed.statements[0].terminator, u"@"_s);
        QCOMPARE(parsed.statements[1].text, u"CALL TOKEN_PURGE_SP()"_s);
        QCOMPARE(parsed.statements[2].text, u"SELECT COUNT(*) FROM IDN_OAUTH2_ACCESS_TOKEN"_s);
        QCOMPARE(parsed.statements[2].terminator, u";"_s);
        QCOMPARE(parsed.statements[3].text, u"CREATE TABLE T1 (A INT)"_s);
        QCOMPARE(parsed.statements[3].terminator, u"/"_s);
        QCOMPARE(commands(parsed), (QStringList { u"SET TERMINATOR @"_s, u"SET TERMINATOR ;"_s, u"/"_s }));
    }

    void db2DefaultTerminatorIsAnOption()
    {
        const QString script = u"SELECT 1 FROM SYSIBM.SYSDUMMY1; SELECT 2 FROM SYSIBM.SYSDUMMY1;"_s;
        QCOMPARE(splitSqlScript(script, SqlDialect::Db2).size(), 1); // @ by default: one statement
        SqlSplitOptions options;
        options.db2Terminator = u";"_s;
        QCOMPARE(parseSqlScript(script, SqlDialect::Db2, options).statements.size(), 2);
    }

    void tricky_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");

        const auto row
            = [](const char* name, SqlDialect dialect, const QString& script, const QStringList& expected) {
                  QTest::newRow(name) << dialect << script << expected;
              };
        using L = QStringList;
        const SqlDialect my = SqlDialect::MySql;
        const SqlDialect pg = SqlDialect::PostgreSql;
        const SqlDialect ms = SqlDialect::SqlServer;
        const SqlDialect ora = SqlDialect::Oracle;
        const SqlDialect db2 = SqlDialect::Db2;

        row("empty", my, u""_s, L {});
        row("only whitespace", pg, u" \n\t\r\n"_s, L {});
        row("only comments", ora, u"-- a;\n/* b; */\n"_s, L {});
        row("no trailing newline", pg, u"SELECT 1"_s, L { u"SELECT 1"_s });
        row("empty statements", pg, u";; SELECT 1;;\n;"_s, L { u"SELECT 1"_s });
        row("crlf", my, u"SELECT 1;\r\nSELECT 2;\r\n"_s, L { u"SELECT 1"_s, u"SELECT 2"_s });
        row("crlf go", ms, u"SELECT 1\r\nGO\r\nSELECT 2\r\n  go  \r\n"_s, L { u"SELECT 1"_s, u"SELECT 2"_s });
        row("crlf slash", ora, u"BEGIN NULL; END;\r\n/\r\nSELECT 1 FROM dual;\r\n"_s,
            L { u"BEGIN NULL; END;"_s, u"SELECT 1 FROM dual"_s });
        row("semicolon in string", pg, u"SELECT ';'; SELECT 2;"_s, L { u"SELECT ';'"_s, u"SELECT 2"_s });
        row("doubled quotes", ora, u"SELECT 'it''s;' FROM dual; SELECT 2 FROM dual;"_s,
            L { u"SELECT 'it''s;' FROM dual"_s, u"SELECT 2 FROM dual"_s });
        row("doubled identifier quotes", pg, u"SELECT 1 AS \"a\"\";b\"; SELECT 2;"_s,
            L { u"SELECT 1 AS \"a\"\";b\""_s, u"SELECT 2"_s });
        row("semicolon in line comment", my, u"SELECT 1 -- ;\n;"_s, L { u"SELECT 1 -- ;"_s });
        row("mysql dashes need a space", my, u"SELECT 1--1;SELECT 2;"_s,
            L { u"SELECT 1--1"_s, u"SELECT 2"_s });
        row("mysql hash comment", my, u"SELECT 1 # ;\n;"_s, L { u"SELECT 1 # ;"_s });
        row("hash is no comment elsewhere", pg, u"SELECT 1 # 2; SELECT 3;"_s,
            L { u"SELECT 1 # 2"_s, u"SELECT 3"_s });
        row("mysql backslash escape", my, u"SELECT 'a\\';b'; SELECT 2;"_s,
            L { u"SELECT 'a\\';b'"_s, u"SELECT 2"_s });
        row("mysql double-quoted string", my, u"SELECT \"a\\\";b\"; SELECT 2;"_s,
            L { u"SELECT \"a\\\";b\""_s, u"SELECT 2"_s });
        row("mysql backticks", my, u"SELECT `a``;b` FROM t; SELECT 2;"_s,
            L { u"SELECT `a``;b` FROM t"_s, u"SELECT 2"_s });
        row("mysql lower-case delimiter", my, u"delimiter //\nSELECT 1; SELECT 2//\ndelimiter ;\nSELECT 3;"_s,
            L { u"SELECT 1; SELECT 2"_s, u"SELECT 3"_s });
        row("mysql delimiter inside a statement is text", my, u"SELECT 1\nDELIMITER $$\n;"_s,
            L { u"SELECT 1\nDELIMITER $$"_s });
        row("mysql executable comment", my, u"/*!40101 SET NAMES utf8 */;\nSELECT 1;"_s,
            L { u"/*!40101 SET NAMES utf8 */"_s, u"SELECT 1"_s });
        row("backslash is plain in standard strings", pg, u"SELECT 'C:\\'; SELECT 2;"_s,
            L { u"SELECT 'C:\\'"_s, u"SELECT 2"_s });
        row("E string escapes", pg, u"SELECT E'it\\'s;'; SELECT 2;"_s,
            L { u"SELECT E'it\\'s;'"_s, u"SELECT 2"_s });
        row("parameter is no tag", pg, u"SELECT $1; SELECT $2;"_s, L { u"SELECT $1"_s, u"SELECT $2"_s });
        row("dollar inside a name", pg, u"SELECT a$b$ FROM t; SELECT 2;"_s,
            L { u"SELECT a$b$ FROM t"_s, u"SELECT 2"_s });
        row("tagged dollar quote holds $$", pg, u"SELECT $x$ $$;$$ $x$; SELECT 2;"_s,
            L { u"SELECT $x$ $$;$$ $x$"_s, u"SELECT 2"_s });
        row("postgres nested comments", pg, u"/* a /* b; */ c; */ SELECT 1;"_s, L { u"SELECT 1"_s });
        row("postgres slashes before a star open no comment", pg,
            u"/*//*/ SELECT 1; /* a //* b */ SELECT 2;"_s, L { u"SELECT 1"_s, u"SELECT 2"_s });
        row("mysql comments do not nest", my, u"/* a /* b */ SELECT 1;"_s, L { u"SELECT 1"_s });
        row("psql meta-command", pg, u"\\set ON_ERROR_STOP on\nSELECT 1;"_s, L { u"SELECT 1"_s });
        row("go must stand alone", ms, u"SELECT 'GO' AS go\nGO\nSELECT 1 GO\nGOTO done\nGO"_s,
            L { u"SELECT 'GO' AS go"_s, u"SELECT 1 GO\nGOTO done"_s });
        row("go in a string is text", ms, u"SELECT 'a\nGO\nb'\nGO\n"_s, L { u"SELECT 'a\nGO\nb'"_s });
        row("semicolons do not end batches", ms, u"SELECT 1; SELECT 2;\nGO"_s,
            L { u"SELECT 1; SELECT 2;"_s });
        row("brackets", ms, u"SELECT [a]]\nGO\n] FROM t\nGO"_s, L { u"SELECT [a]]\nGO\n] FROM t"_s });
        row("sqlcmd command", ms, u":setvar db ids\nSELECT 1\nGO"_s, L { u"SELECT 1"_s });
        row("consecutive go", ms, u"GO\nGO\nSELECT 1\nGO\nGO"_s, L { u"SELECT 1"_s });
        row("oracle q quote", ora, u"SELECT q'{a;b}' FROM dual; SELECT nq'!x;!' FROM dual;"_s,
            L { u"SELECT q'{a;b}' FROM dual"_s, u"SELECT nq'!x;!' FROM dual"_s });
        row("oracle declare block", ora, u"DECLARE\n  n INT := 1;\nBEGIN\n  NULL;\nEND;\n/\n"_s,
            L { u"DECLARE\n  n INT := 1;\nBEGIN\n  NULL;\nEND;"_s });
        row("oracle block without slash runs to the end", ora, u"BEGIN\n  NULL;\nEND;\nSELECT 1 FROM dual;"_s,
            L { u"BEGIN\n  NULL;\nEND;\nSELECT 1 FROM dual;"_s });
        row("oracle create type", ora,
            u"CREATE OR REPLACE TYPE t AS OBJECT (a INT);\n/\nSELECT 1 FROM dual;"_s,
            L { u"CREATE OR REPLACE TYPE t AS OBJECT (a INT);"_s, u"SELECT 1 FROM dual"_s });
        row("oracle editionable", ora,
            u"CREATE OR REPLACE EDITIONABLE TRIGGER tr BEFORE INSERT ON t BEGIN NULL; END;\n/"_s,
            L { u"CREATE OR REPLACE EDITIONABLE TRIGGER tr BEFORE INSERT ON t BEGIN NULL; END;"_s });
        row("oracle set transaction is sql", ora,
            u"SET TRANSACTION READ ONLY;\nREM a remark; here\nCOMMIT;"_s,
            L { u"SET TRANSACTION READ ONLY"_s, u"COMMIT"_s });
        row("oracle slash in a string", ora, u"BEGIN\n  x := '\n/\n';\nEND;\n/"_s,
            L { u"BEGIN\n  x := '\n/\n';\nEND;"_s });
        row("db2 at inside a string", db2, u"VALUES 'a@b'@VALUES 2@"_s,
            L { u"VALUES 'a@b'"_s, u"VALUES 2"_s });
        row("db2 two-character terminator", db2, u"--#SET TERMINATOR %%\nVALUES 1 %% VALUES 2%%"_s,
            L { u"VALUES 1"_s, u"VALUES 2"_s });
        row("unicode", pg, u"SELECT 'süß; ✓'; SELECT '𝄞';"_s, L { u"SELECT 'süß; ✓'"_s, u"SELECT '𝄞'"_s });
    }
    void tricky()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        const SqlScript parsed = parseSqlScript(script, dialect);
        const QString broken = brokenInvariant(script, parsed);
        QVERIFY2(broken.isEmpty(), qPrintable(broken + u'\n' + describe(parsed)));
        QVERIFY2(!parsed.hasProblems(), qPrintable(describe(parsed)));
        QCOMPARE(texts(parsed), expected);
    }

    void unterminated_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        QTest::addColumn<QString>("script");
        QTest::addColumn<SqlScriptProblem::Kind>("kind");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("lastText");

        using K = SqlScriptProblem::Kind;
        QTest::newRow("string") << SqlDialect::MySql << u"SELECT 1;\nSELECT 'abc;\nSELECT 2;\n"_s
                                << K::UnterminatedString << 2 << 8 << u"SELECT 'abc;\nSELECT 2;"_s;
        QTest::newRow("block comment in a statement")
            << SqlDialect::PostgreSql << u"SELECT 1 /* ; \n"_s << K::UnterminatedComment << 1 << 10
            << u"SELECT 1 /* ;"_s;
        QTest::newRow("block comment between statements")
            << SqlDialect::Oracle << u"SELECT 1 FROM dual;\n  /* never closed"_s << K::UnterminatedComment
            << 2 << 3 << u"SELECT 1 FROM dual"_s;
        QTest::newRow("nested comment")
            << SqlDialect::SqlServer << u"SELECT 1 /* a /* b */ ;\nGO\n"_s << K::UnterminatedComment << 1
            << 10 << u"SELECT 1 /* a /* b */ ;\nGO"_s;
        QTest::newRow("dollar quote")
            << SqlDialect::PostgreSql << u"CREATE FUNCTION f() AS $fn$ BEGIN; $$;"_s
            << K::UnterminatedDollarQuote << 1 << 24 << u"CREATE FUNCTION f() AS $fn$ BEGIN; $$;"_s;
        QTest::newRow("bracket") << SqlDialect::SqlServer << u"SELECT [a\nGO\n"_s
                                 << K::UnterminatedQuotedIdentifier << 1 << 8 << u"SELECT [a\nGO"_s;
        QTest::newRow("backtick") << SqlDialect::MySql << u"SELECT `a;"_s << K::UnterminatedQuotedIdentifier
                                  << 1 << 8 << u"SELECT `a;"_s;
        QTest::newRow("q quote") << SqlDialect::Oracle << u"SELECT q'[a' FROM dual;"_s
                                 << K::UnterminatedString << 1 << 8 << u"SELECT q'[a' FROM dual;"_s;
        QTest::newRow("crlf position") << SqlDialect::Db2 << u"VALUES 1@\r\n\r\nVALUES 'x@"_s
                                       << K::UnterminatedString << 3 << 8 << u"VALUES 'x@"_s;
        QTest::newRow("delimiter without argument") << SqlDialect::MySql << u"DELIMITER\nSELECT 1;"_s
                                                    << K::BadClientCommand << 1 << 1 << u"SELECT 1"_s;
        QTest::newRow("go zero") << SqlDialect::SqlServer << u"SELECT 1\nGO 0\n"_s << K::BadClientCommand << 2
                                 << 1 << u"SELECT 1"_s;
        QTest::newRow("terminator without character") << SqlDialect::Db2 << u"--#SET TERMINATOR\nVALUES 1@"_s
                                                      << K::BadClientCommand << 1 << 1 << u"VALUES 1"_s;
    }
    void unterminated()
    {
        QFETCH(SqlDialect, dialect);
        QFETCH(QString, script);
        QFETCH(SqlScriptProblem::Kind, kind);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, lastText);
        const SqlScript parsed = parseSqlScript(script, dialect);
        QVERIFY2(brokenInvariant(script, parsed).isEmpty(), qPrintable(describe(parsed)));
        QCOMPARE(parsed.problems.size(), 1);
        const SqlScriptProblem& problem = parsed.problems.first();
        QCOMPARE(problem.kind, kind);
        QCOMPARE(problem.line, line);
        QCOMPARE(problem.column, column);
        QVERIFY2(problem.message.contains(u"line %1"_s.arg(line)), qPrintable(problem.message));
        QVERIFY(!parsed.statements.isEmpty());
        QCOMPARE(parsed.statements.last().text, lastText);
    }

    void statementPositions()
    {
        const QString script = u"  SELECT 1;\n\n\tSELECT\n 2 ;"_s;
        const QList<SqlStatement> statements = splitSqlScript(script, SqlDialect::PostgreSql);
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements[0].begin, 2);
        QCOMPARE(statements[0].end, 11);
        QCOMPARE(statements[0].firstLine, 1);
        QCOMPARE(statements[0].firstColumn, 3);
        QCOMPARE(statements[1].text, u"SELECT\n 2"_s);
        QCOMPARE(statements[1].firstLine, 3);
        QCOMPARE(statements[1].firstColumn, 2);
        QCOMPARE(statements[1].end, script.size()); // the terminator after a space belongs to it
    }

    void messagesAreTranslatedText()
    {
        const SqlScript parsed = parseSqlScript(u"SELECT 'x"_s, SqlDialect::PostgreSql);
        QCOMPARE(parsed.problems.size(), 1);
        QCOMPARE(parsed.problems.first().message,
            u"The string that starts at line 1, column 8 is never closed: everything after it would be part "
            u"of "
            u"the string."_s);
    }

    // Property: for generated scripts of every dialect, the segments join
    // back into the input, and the statements found are exactly the ones
    // the generator wrote, at their offsets.
    void generatedScriptsSplitIntoWhatWasWritten_data()
    {
        QTest::addColumn<SqlDialect>("dialect");
        for (const SqlDialect dialect : allSqlDialects)
            QTest::newRow(qPrintable(sqlDialectKey(dialect))) << dialect;
    }
    void generatedScriptsSplitIntoWhatWasWritten()
    {
        QFETCH(SqlDialect, dialect);
        constexpr quint32 baseSeed = 20240611;
        constexpr int cases = 800;
        for (int i = 0; i < cases; ++i) {
            const quint32 seed = baseSeed + quint32(i) * 7919 + quint32(dialect);
            ScriptGenerator generator(dialect, seed);
            generator.generate();
            const SqlScript parsed = parseSqlScript(generator.script, dialect);
            const QString context = u"seed %1, %2, script:\n%3\nsplit:\n%4"_s.arg(seed).arg(
                sqlDialectKey(dialect), visible(generator.script), describe(parsed));
            const QString broken = brokenInvariant(generator.script, parsed);
            QVERIFY2(broken.isEmpty(), qPrintable(broken + u'\n' + context));
            QVERIFY2(!parsed.hasProblems(), qPrintable(context));
            QVERIFY2(texts(parsed) == generator.statements,
                qPrintable(
                    u"expected:\n"_s + visible(generator.statements.join(u"\n----\n"_s)) + u'\n' + context));
        }
    }

    // Property: whatever the input, even broken, nothing is lost and nothing
    // is invented; problems point inside the input.
    void noiseKeepsTheInvariants_data() { generatedScriptsSplitIntoWhatWasWritten_data(); }
    void noiseKeepsTheInvariants()
    {
        QFETCH(SqlDialect, dialect);
        constexpr quint32 baseSeed = 7;
        constexpr int cases = 1000;
        for (int i = 0; i < cases; ++i) {
            const quint32 seed = baseSeed + quint32(i) * 104729 + quint32(dialect);
            QRandomGenerator rng(seed);
            const QString input = randomNoise(dialect, rng);
            const SqlScript parsed = parseSqlScript(input, dialect);
            const QString broken = brokenInvariant(input, parsed);
            QVERIFY2(broken.isEmpty(),
                qPrintable(u"seed %1, %2: %3\ninput:\n%4\nsplit:\n%5"_s.arg(seed).arg(
                    sqlDialectKey(dialect), broken, visible(input), describe(parsed))));
        }
    }
};

QTEST_GUILESS_MAIN(SqlScriptSplitterTest)
#include "sqlscriptsplitter_test.moc"
