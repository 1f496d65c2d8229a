// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/SqlDialect.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace Ismw {

// Splits a SQL script into the statements a database's own command-line
// client would send, following that client's rules:
//
//  MySQL      `DELIMITER x` lines (at a line start, any case) change the
//             terminator; `#` comments; "--" comments need a space after
//             them; backslash escapes in '…' and "…"; `names`.
//  PostgreSQL `$$…$$` and `$tag$…$tag$` bodies ($1 is a parameter, not a
//             tag); E'…' strings; nested /* */; psql `\` meta-command lines.
//  SQL Server batches end at a line holding only GO, optionally `GO n` (the
//             batch runs n times: SqlStatement::repeat); a `;` does not end a
//             batch; [names] with ]]; nested /* */; sqlcmd `:` command lines.
//  Oracle     SQL ends at `;` or at a line holding only `/`; a PL/SQL block
//             (CREATE [OR REPLACE] PROCEDURE, FUNCTION, PACKAGE, TRIGGER,
//             TYPE…, DECLARE, BEGIN) runs until a line holding only `/`;
//             q'[…]' quoting; SQL*Plus lines (SET SERVEROUTPUT, PROMPT, REM,
//             SPOOL, WHENEVER, SHOW, EXEC, DEFINE, @file) are client commands.
//             A '/' line after a statement that ended at `;` is a client
//             command that runs nothing (SQL*Plus would run it twice).
//  Db2        statements end at the terminator, `@` unless a line
//             `--#SET TERMINATOR x` (or SqlSplitOptions) says otherwise, or
//             at a line holding only `/` (how WSO2's Db2 scripts end them);
//             `;` inside procedure bodies does not end anything.
//  All        -- and /* */ comments, '' inside strings, "" inside quoted
//             names; terminators inside any of these do not count.
//
// The script is cut into segments that cover it exactly, so nothing is lost:
// joining the segments' sources gives back the input, character for character.

struct SqlSegment
{
    enum class Kind {
        Statement, // what the server receives (SqlScript::statements)
        Separator, // whitespace, and terminators of empty statements
        Comment, // comments between statements
        ClientCommand, // lines the client itself obeys: DELIMITER, GO, '/', …
    };
    Kind kind = Kind::Separator;
    qsizetype begin = 0;
    qsizetype end = 0; // exclusive
    int line = 1; // of `begin`, from 1
    QString source; // exactly the input from begin to end

    // ClientCommand only: the command in upper case ("DELIMITER", "GO", "/",
    // "SET TERMINATOR", "SET", "PROMPT", "\\SET", ":SETVAR"…) and its
    // argument as written ("$$", "2", "@", "SERVEROUTPUT ON").
    QString command;
    QString argument;

    qsizetype statementIndex = -1; // Statement only: index in SqlScript::statements
};

struct SqlStatement
{
    // What to send: the source without the client-only terminator (the
    // `;`, `$$` or `@` the client strips, the GO or '/' line) and without
    // surrounding whitespace. A PL/SQL block keeps its final `END;`.
    QString text;
    qsizetype begin = 0; // offset of text in the input
    qsizetype end = 0; // exclusive; includes a terminator written on the same line
    int firstLine = 1; // from 1, for messages that point into the script
    int firstColumn = 1;
    // The terminator as the client saw it (";", "$$", "@", "GO", "/"), or
    // empty when the statement ran to the end of the script.
    QString terminator;
    int repeat = 1; // SQL Server `GO n`

    bool isTerminated() const { return !terminator.isEmpty(); }
};

// Something that makes the script unsafe to run as it is: the statement
// around it is still reported (running to the end of the script), and the
// runner refuses to start with `message`.
struct SqlScriptProblem
{
    enum class Kind {
        UnterminatedString,
        UnterminatedQuotedIdentifier,
        UnterminatedComment,
        UnterminatedDollarQuote,
        BadClientCommand, // DELIMITER without a delimiter, GO 0, …
    };
    Kind kind = Kind::UnterminatedString;
    qsizetype offset = 0;
    int line = 1; // from 1
    int column = 1; // from 1, in UTF-16 code units
    QString message; // translated, names line and column
};

struct SqlScript
{
    SqlDialect dialect = SqlDialect::MySql;
    QList<SqlSegment> segments; // in order, covering the whole input
    QList<SqlStatement> statements;
    QList<SqlScriptProblem> problems;

    bool hasProblems() const { return !problems.isEmpty(); }
    // The segments' sources end to end: always equal to the input.
    QString joined() const;
};

struct SqlSplitOptions
{
    // Db2's terminator until a `--#SET TERMINATOR` line changes it (the CLP's
    // -td option). At most 16 characters, not blank.
    QString db2Terminator = QStringLiteral("@");
};

SqlScript parseSqlScript(QStringView script, SqlDialect dialect, const SqlSplitOptions& options = {});

// Only the statements of parseSqlScript().
QList<SqlStatement> splitSqlScript(QStringView script, SqlDialect dialect);

} // namespace Ismw
