// SPDX-License-Identifier: Apache-2.0
#include "database/SqlScriptSplitter.h"

#include "database/SqlLexer_p.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct SplitterTr
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::SqlScriptSplitter)
};

using SqlLexer::Construct;
using SqlLexer::ConstructKind;

// mysql refuses longer delimiters; the bound also keeps matching linear.
constexpr qsizetype maxTerminatorLength = 16;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

class Splitter
{
public:
    Splitter(QStringView text, SqlDialect dialect, const SqlSplitOptions& options)
        : m_text(text)
        , m_size(text.size())
        , m_dialect(dialect)
    {
        m_out.dialect = dialect;
        switch (dialect) {
        case SqlDialect::Db2: {
            const QString db2 = options.db2Terminator.trimmed();
            m_terminator = db2.isEmpty() || db2.size() > maxTerminatorLength ? u"@"_s : db2;
            break;
        }
        case SqlDialect::SqlServer:
            break; // batches end at GO lines only
        default:
            m_terminator = u";"_s;
            break;
        }
        for (qsizetype i = 0; i < m_size; ++i) {
            if (m_text[i] == u'\n')
                m_lineBreaks.append(i);
        }
    }

    SqlScript run()
    {
        while (m_pos < m_size) {
            const QChar c = m_text[m_pos];
            if (SqlLexer::isSpace(c)) {
                qsizetype end = m_pos;
                while (end < m_size && SqlLexer::isSpace(m_text[end]))
                    ++end;
                addSegment(SqlSegment::Kind::Separator, m_pos, end);
                continue;
            }
            if (clientCommand())
                continue;
            if (const qsizetype length = terminatorLengthAt(m_pos)) {
                // An empty statement: the clients skip it, so do we.
                addSegment(SqlSegment::Kind::Separator, m_pos, m_pos + length);
                continue;
            }
            if (!isMySqlExecutableComment(m_pos)) {
                if (const std::optional<Construct> comment = commentAt(m_pos)) {
                    if (!comment->terminated)
                        addProblem(SqlScriptProblem::Kind::UnterminatedComment, comment->begin);
                    addSegment(SqlSegment::Kind::Comment, m_pos, comment->end);
                    continue;
                }
            }
            statement();
        }
        return std::move(m_out);
    }

private:
    // --- positions --------------------------------------------------------

    int lineOf(qsizetype offset) const
    {
        const auto it = std::lower_bound(m_lineBreaks.cbegin(), m_lineBreaks.cend(), offset);
        return int(it - m_lineBreaks.cbegin()) + 1;
    }

    int columnOf(qsizetype offset) const
    {
        const auto it = std::lower_bound(m_lineBreaks.cbegin(), m_lineBreaks.cend(), offset);
        const qsizetype lineStart = it == m_lineBreaks.cbegin() ? 0 : *(it - 1) + 1;
        return int(offset - lineStart) + 1;
    }

    // Only blanks between the line's start and `pos`.
    bool atLineStart(qsizetype pos) const
    {
        while (pos > 0 && isBlank(m_text[pos - 1]))
            --pos;
        return pos == 0 || m_text[pos - 1] == u'\n';
    }

    qsizetype lineEnd(qsizetype pos) const
    {
        while (pos < m_size && m_text[pos] != u'\n')
            ++pos;
        return pos;
    }

    // The end of [from, to) without trailing whitespace.
    qsizetype trimmedEnd(qsizetype from, qsizetype to) const
    {
        while (to > from && SqlLexer::isSpace(m_text[to - 1]))
            --to;
        return to;
    }

    qsizetype skipBlanks(qsizetype pos, qsizetype limit) const
    {
        while (pos < limit && isBlank(m_text[pos]))
            ++pos;
        return pos;
    }

    // --- output -----------------------------------------------------------

    SqlSegment& addSegment(SqlSegment::Kind kind, qsizetype begin, qsizetype end)
    {
        SqlSegment segment;
        segment.kind = kind;
        segment.begin = begin;
        segment.end = end;
        segment.line = lineOf(begin);
        segment.source = m_text.sliced(begin, end - begin).toString();
        m_out.segments.append(std::move(segment));
        m_pos = end;
        return m_out.segments.last();
    }

    void addProblem(SqlScriptProblem::Kind kind, qsizetype offset, const QString& detail = {})
    {
        SqlScriptProblem problem;
        problem.kind = kind;
        problem.offset = offset;
        problem.line = lineOf(offset);
        problem.column = columnOf(offset);
        const QString line = QString::number(problem.line);
        const QString column = QString::number(problem.column);
        switch (kind) {
        case SqlScriptProblem::Kind::UnterminatedString:
            problem.message = SplitterTr::tr("The string that starts at line %1, column %2 is never closed: "
                                             "everything after it would be part of the string.")
                                  .arg(line, column);
            break;
        case SqlScriptProblem::Kind::UnterminatedQuotedIdentifier:
            problem.message
                = SplitterTr::tr("The quoted name that starts at line %1, column %2 is never closed.")
                      .arg(line, column);
            break;
        case SqlScriptProblem::Kind::UnterminatedComment:
            problem.message = SplitterTr::tr("The comment that starts at line %1, column %2 is never closed: "
                                             "everything after it would be ignored.")
                                  .arg(line, column);
            break;
        case SqlScriptProblem::Kind::UnterminatedDollarQuote:
            problem.message = SplitterTr::tr("The body quoted with %3 at line %1, column %2 is never closed "
                                             "by another %3.")
                                  .arg(line, column, detail);
            break;
        case SqlScriptProblem::Kind::BadClientCommand:
            problem.message = SplitterTr::tr("At line %1, column %2: %3").arg(line, column, detail);
            break;
        }
        m_out.problems.append(std::move(problem));
    }

    void reportUnterminated(const Construct& construct)
    {
        switch (construct.kind) {
        case ConstructKind::LineComment:
        case ConstructKind::BlockComment:
            addProblem(SqlScriptProblem::Kind::UnterminatedComment, construct.begin);
            break;
        case ConstructKind::String:
            addProblem(SqlScriptProblem::Kind::UnterminatedString, construct.begin);
            break;
        case ConstructKind::QuotedIdentifier:
            addProblem(SqlScriptProblem::Kind::UnterminatedQuotedIdentifier, construct.begin);
            break;
        case ConstructKind::DollarQuote:
            addProblem(SqlScriptProblem::Kind::UnterminatedDollarQuote, construct.begin,
                m_text.sliced(construct.begin, construct.bodyBegin - construct.begin).toString());
            break;
        }
    }

    // --- lexical helpers --------------------------------------------------

    std::optional<Construct> commentAt(qsizetype pos) const
    {
        std::optional<Construct> c = SqlLexer::constructAt(m_text, pos, m_dialect, m_size);
        if (c && (c->kind == ConstructKind::LineComment || c->kind == ConstructKind::BlockComment))
            return c;
        return std::nullopt;
    }

    // MySQL runs /*!…*/ (and sends /*+…*/ hints), so it starts a statement.
    bool isMySqlExecutableComment(qsizetype pos) const
    {
        return m_dialect == SqlDialect::MySql && pos + 2 < m_size && m_text[pos] == u'/'
            && m_text[pos + 1] == u'*' && m_text[pos + 2] == u'!';
    }

    // The length of the inline terminator at `pos`, or 0.
    qsizetype terminatorLengthAt(qsizetype pos) const
    {
        if (m_terminator.isEmpty() || pos + m_terminator.size() > m_size)
            return m_dialect == SqlDialect::SqlServer && m_text[pos] == u';' ? 1 : 0;
        // Called for every character of every statement: reject cheaply first.
        const QChar first = m_terminator.front();
        if (m_text[pos] != first && m_text[pos].toCaseFolded() != first.toCaseFolded())
            return 0;
        if (m_terminator.size() == 1
            || m_text.sliced(pos, m_terminator.size()).compare(m_terminator, Qt::CaseInsensitive) == 0)
            return m_terminator.size();
        return 0;
    }

    // A line holding only '/' (and blanks) that starts at `lineStart`:
    // SQL*Plus runs the buffer; WSO2's Db2 scripts end statements with it.
    bool isSlashLine(qsizetype lineStart) const
    {
        if (m_dialect != SqlDialect::Oracle && m_dialect != SqlDialect::Db2)
            return false;
        const qsizetype end = lineEnd(lineStart);
        const qsizetype slash = skipBlanks(lineStart, end);
        return slash < end && m_text[slash] == u'/' && trimmedEnd(slash + 1, end) == slash + 1;
    }

    struct GoLine
    {
        qsizetype begin; // of "GO"
        qsizetype end; // of the line, without trailing blanks
        QString count; // as written, may be empty
    };

    // sqlcmd's batch separator: blanks, GO, an optional count, an optional
    // -- comment, nothing else on the line.
    std::optional<GoLine> goLineAt(qsizetype lineStart) const
    {
        if (m_dialect != SqlDialect::SqlServer)
            return std::nullopt;
        const qsizetype end = lineEnd(lineStart);
        const qsizetype go = skipBlanks(lineStart, end);
        if (!SqlLexer::isWordAt(m_text, go, u"GO", end))
            return std::nullopt;
        qsizetype i = skipBlanks(go + 2, end);
        const qsizetype countBegin = i;
        while (i < end && m_text[i].isDigit())
            ++i;
        const QString count = m_text.sliced(countBegin, i - countBegin).toString();
        i = skipBlanks(i, end);
        if (i < end && m_text[i] == u'\r' && i + 1 == end)
            i = end;
        if (i + 1 < end && m_text[i] == u'-' && m_text[i + 1] == u'-')
            i = end;
        if (i != end)
            return std::nullopt;
        return GoLine { go, trimmedEnd(go, end), count };
    }

    bool endsStatementLine(qsizetype lineStart) const
    {
        return isSlashLine(lineStart) || goLineAt(lineStart).has_value();
    }

    // --- client commands --------------------------------------------------

    SqlSegment& addCommand(qsizetype begin, qsizetype end, const QString& command, const QString& argument)
    {
        SqlSegment& segment = addSegment(SqlSegment::Kind::ClientCommand, begin, end);
        segment.command = command;
        segment.argument = argument;
        return segment;
    }

    // A client command at m_pos (between statements); consumed when found.
    bool clientCommand()
    {
        if (!atLineStart(m_pos))
            return false;
        const qsizetype end = trimmedEnd(m_pos, lineEnd(m_pos));
        switch (m_dialect) {
        case SqlDialect::MySql:
            return mysqlDelimiter(end);
        case SqlDialect::PostgreSql:
            if (m_text[m_pos] == u'\\')
                return lineCommand(end);
            return false;
        case SqlDialect::SqlServer:
            if (const std::optional<GoLine> go = goLineAt(m_pos)) {
                const bool countOk = go->count.isEmpty() || go->count.toInt() > 0;
                if (!countOk)
                    addProblem(SqlScriptProblem::Kind::BadClientCommand, m_pos,
                        SplitterTr::tr("GO %1 would run the batch no time at all.").arg(go->count));
                addCommand(m_pos, go->end, u"GO"_s, go->count);
                return true;
            }
            if (m_text[m_pos] == u':' && m_pos + 1 < end && m_text[m_pos + 1].isLetter())
                return lineCommand(end);
            return false;
        case SqlDialect::Oracle:
            if (isSlashLine(m_pos)) {
                addCommand(m_pos, m_pos + 1, u"/"_s, {});
                return true;
            }
            return sqlPlusCommand(end);
        case SqlDialect::Db2:
            if (isSlashLine(m_pos)) {
                addCommand(m_pos, m_pos + 1, u"/"_s, {});
                return true;
            }
            return db2Set(end);
        }
        return false;
    }

    // psql's \meta-commands and sqlcmd's :commands: a word and the rest of the line.
    bool lineCommand(qsizetype end)
    {
        qsizetype word = m_pos + 1;
        while (word < end && !SqlLexer::isSpace(m_text[word]))
            ++word;
        const QString command = m_text.sliced(m_pos, word - m_pos).toString().toUpper();
        const QString argument = m_text.sliced(word, end - word).trimmed().toString();
        addCommand(m_pos, end, command, argument);
        return true;
    }

    bool mysqlDelimiter(qsizetype end)
    {
        const qsizetype word = m_pos;
        if (!SqlLexer::isWordAt(m_text, word, u"DELIMITER", end))
            return false;
        qsizetype i = skipBlanks(word + 9, end);
        qsizetype argBegin = i;
        qsizetype argEnd = i;
        if (i < end && (m_text[i] == u'\'' || m_text[i] == u'"' || m_text[i] == u'`')) {
            const QChar quote = m_text[i];
            argBegin = i + 1;
            argEnd = argBegin;
            while (argEnd < end && m_text[argEnd] != quote)
                ++argEnd;
        } else {
            while (argEnd < end && !SqlLexer::isSpace(m_text[argEnd]))
                ++argEnd;
        }
        const QString delimiter = m_text.sliced(argBegin, argEnd - argBegin).toString();
        if (delimiter.isEmpty()) {
            addProblem(SqlScriptProblem::Kind::BadClientCommand, word,
                SplitterTr::tr("DELIMITER names no delimiter."));
        } else if (delimiter.contains(u'\\')) {
            addProblem(SqlScriptProblem::Kind::BadClientCommand, word,
                SplitterTr::tr("A delimiter may not contain a backslash (\u201c%1\u201d).").arg(delimiter));
        } else if (delimiter.size() > maxTerminatorLength) {
            addProblem(SqlScriptProblem::Kind::BadClientCommand, word,
                SplitterTr::tr("The delimiter \u201c%1\u201d is longer than %2 characters.")
                    .arg(delimiter)
                    .arg(maxTerminatorLength));
        } else {
            m_terminator = delimiter;
        }
        addCommand(word, end, u"DELIMITER"_s, delimiter);
        return true;
    }

    // Db2 CLP options written as comments: `--#SET TERMINATOR @`.
    bool db2Set(qsizetype end)
    {
        if (m_pos + 6 > end || m_text.sliced(m_pos, 6).compare(u"--#SET", Qt::CaseInsensitive) != 0)
            return false;
        if (m_pos + 6 < end && !isBlank(m_text[m_pos + 6]))
            return false;
        const qsizetype optionBegin = skipBlanks(m_pos + 6, end);
        const qsizetype optionEnd = SqlLexer::wordEnd(m_text, optionBegin, end);
        const QString option = m_text.sliced(optionBegin, optionEnd - optionBegin).toString().toUpper();
        const QString argument = m_text.sliced(optionEnd, end - optionEnd).trimmed().toString();
        if (option == u"TERMINATOR") {
            if (argument.isEmpty() || argument.size() > maxTerminatorLength || argument.contains(u' ')
                || argument.contains(u'\t')) {
                addProblem(SqlScriptProblem::Kind::BadClientCommand, m_pos,
                    SplitterTr::tr("--#SET TERMINATOR needs one terminator of at most %1 characters.")
                        .arg(maxTerminatorLength));
            } else {
                m_terminator = argument;
            }
        }
        addCommand(m_pos, end, u"SET "_s + option, argument);
        return true;
    }

    // SQL*Plus commands that are no SQL: obeyed by the client, never sent.
    bool sqlPlusCommand(qsizetype end)
    {
        if (m_text[m_pos] == u'@') {
            addCommand(m_pos, end, u"@"_s, m_text.sliced(m_pos + 1, end - m_pos - 1).trimmed().toString());
            return true;
        }
        const qsizetype wordEnd = SqlLexer::wordEnd(m_text, m_pos, end);
        const QStringView word = m_text.sliced(m_pos, wordEnd - m_pos);
        if (!SqlLexer::isOneOf(word,
                { u"REM", u"REMARK", u"PROMPT", u"SPOOL", u"WHENEVER", u"SHOW", u"SHO", u"EXEC", u"EXECUTE",
                    u"DEFINE", u"UNDEFINE", u"SET" }))
            return false;
        if (word.compare(u"SET", Qt::CaseInsensitive) == 0) {
            // SET TRANSACTION, SET ROLE and SET CONSTRAINT(S) are SQL.
            const qsizetype nextBegin = skipBlanks(wordEnd, end);
            const QStringView next
                = m_text.sliced(nextBegin, SqlLexer::wordEnd(m_text, nextBegin, end) - nextBegin);
            if (SqlLexer::isOneOf(next, { u"TRANSACTION", u"ROLE", u"CONSTRAINT", u"CONSTRAINTS" }))
                return false;
        }
        addCommand(m_pos, end, word.toString().toUpper(),
            m_text.sliced(wordEnd, end - wordEnd).trimmed().toString());
        return true;
    }

    // --- statements -------------------------------------------------------

    // The next word after `pos`, skipping whitespace and comments.
    qsizetype nextWord(qsizetype pos, QStringView* word) const
    {
        while (pos < m_size) {
            if (SqlLexer::isSpace(m_text[pos])) {
                ++pos;
            } else if (const std::optional<Construct> comment = commentAt(pos)) {
                pos = comment->end;
            } else {
                break;
            }
        }
        const qsizetype end = SqlLexer::wordEnd(m_text, pos, m_size);
        *word = m_text.sliced(pos, end - pos);
        return end;
    }

    // SQL*Plus sends PL/SQL blocks whole, up to a '/' line, since their
    // bodies hold semicolons.
    bool startsPlSqlBlock(qsizetype pos) const
    {
        QStringView word;
        pos = nextWord(pos, &word);
        if (SqlLexer::isOneOf(word, { u"DECLARE", u"BEGIN" }))
            return true;
        if (!SqlLexer::isOneOf(word, { u"CREATE" }))
            return false;
        pos = nextWord(pos, &word);
        if (SqlLexer::isOneOf(word, { u"OR" })) {
            pos = nextWord(pos, &word);
            if (!SqlLexer::isOneOf(word, { u"REPLACE" }))
                return false;
            pos = nextWord(pos, &word);
        }
        for (int guard = 0; guard < 8
             && SqlLexer::isOneOf(word,
                 { u"EDITIONABLE", u"NONEDITIONABLE", u"EDITIONING", u"FORCE", u"NOFORCE", u"AND", u"RESOLVE",
                     u"COMPILE", u"NO" });
             ++guard)
            pos = nextWord(pos, &word);
        return SqlLexer::isOneOf(
            word, { u"PROCEDURE", u"FUNCTION", u"PACKAGE", u"TRIGGER", u"TYPE", u"LIBRARY", u"JAVA" });
    }

    void statement()
    {
        const qsizetype begin = m_pos;
        // Inside a PL/SQL block only the '/' line ends it.
        const bool inlineTerminators = m_dialect != SqlDialect::SqlServer
            && !(m_dialect == SqlDialect::Oracle && startsPlSqlBlock(begin));
        const bool lineTerminators = m_dialect == SqlDialect::SqlServer || m_dialect == SqlDialect::Oracle
            || m_dialect == SqlDialect::Db2;

        qsizetype i = begin;
        while (i < m_size) {
            if (inlineTerminators) {
                if (const qsizetype length = terminatorLengthAt(i)) {
                    finish(begin, i, i + length, m_text.sliced(i, length).toString());
                    return;
                }
            }
            const QChar c = m_text[i];
            if (c == u'\n') {
                ++i;
                if (lineTerminators && i < m_size && endsStatementLine(i)) {
                    finishBeforeLine(begin, i);
                    return;
                }
                continue;
            }
            if (const std::optional<Construct> construct
                = SqlLexer::constructAt(m_text, i, m_dialect, m_size)) {
                if (!construct->terminated)
                    reportUnterminated(*construct);
                i = construct->end;
                continue;
            }
            if (m_dialect == SqlDialect::PostgreSql && SqlLexer::isWordChar(c)) {
                // A $ inside a name (a$b$) opens no dollar quote.
                i = SqlLexer::wordEnd(m_text, i, m_size);
                continue;
            }
            ++i;
        }
        const qsizetype end = trimmedEnd(begin, m_size);
        finish(begin, end, end, {});
    }

    // The statement ends at the line starting at `lineStart` (GO or '/').
    void finishBeforeLine(qsizetype begin, qsizetype lineStart)
    {
        const qsizetype end = trimmedEnd(begin, lineStart);
        if (const std::optional<GoLine> go = goLineAt(lineStart)) {
            const int count = go->count.toInt();
            finish(begin, end, end, u"GO"_s, count > 0 ? count : 1);
        } else {
            finish(begin, end, end, u"/"_s);
        }
    }

    void finish(qsizetype begin, qsizetype textEnd, qsizetype end, const QString& terminator, int repeat = 1)
    {
        textEnd = trimmedEnd(begin, textEnd);
        SqlStatement statement;
        statement.text = m_text.sliced(begin, textEnd - begin).toString();
        statement.begin = begin;
        statement.end = end;
        statement.firstLine = lineOf(begin);
        statement.firstColumn = columnOf(begin);
        statement.terminator = terminator;
        statement.repeat = repeat;
        m_out.statements.append(std::move(statement));
        SqlSegment& segment = addSegment(SqlSegment::Kind::Statement, begin, end);
        segment.statementIndex = m_out.statements.size() - 1;
    }

    QStringView m_text;
    qsizetype m_size;
    SqlDialect m_dialect;
    qsizetype m_pos = 0;
    QString m_terminator; // inline terminator; empty for SQL Server
    QList<qsizetype> m_lineBreaks;
    SqlScript m_out;
};

} // namespace

QString SqlScript::joined() const
{
    QString result;
    qsizetype size = 0;
    for (const SqlSegment& segment : segments)
        size += segment.source.size();
    result.reserve(size);
    for (const SqlSegment& segment : segments)
        result += segment.source;
    return result;
}

SqlScript parseSqlScript(QStringView script, SqlDialect dialect, const SqlSplitOptions& options)
{
    return Splitter(script, dialect, options).run();
}

QList<SqlStatement> splitSqlScript(QStringView script, SqlDialect dialect)
{
    return parseSqlScript(script, dialect).statements;
}

} // namespace Ismw
