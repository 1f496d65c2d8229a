// SPDX-License-Identifier: Apache-2.0
#include "database/ScriptKnobs.h"

#include "database/SqlLexer_p.h"
#include "database/SqlScriptSplitter.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct KnobsTr
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ScriptKnobs)
};

using SqlLexer::ConstructKind;

// --- tokens -----------------------------------------------------------------

struct Token
{
    enum class Kind { Word, Number, String, QuotedName, Punct, DollarTag, Comment };
    Kind kind = Kind::Punct;
    qsizetype begin = 0;
    qsizetype end = 0;
    bool newLineBefore = false; // a line break since the previous token
    bool blankLineBefore = false; // an empty line since the previous token
    bool terminated = true; // quoted text and comments: closed before the end
    QStringView text;

    bool isWord(QStringView word) const
    {
        return kind == Kind::Word && text.compare(word, Qt::CaseInsensitive) == 0;
    }
    bool isPunct(QStringView punct) const { return kind == Kind::Punct && text == punct; }
};

// Digits, optionally a dot and more digits: 10000, 0.5.
bool isNumber(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && text[i].isDigit())
        ++i;
    if (i == 0)
        return false;
    if (i == text.size())
        return true;
    if (text[i] != u'.' || i + 1 == text.size())
        return false;
    for (++i; i < text.size(); ++i) {
        if (!text[i].isDigit())
            return false;
    }
    return true;
}

// Tokens of [from, to): comments and quoted text from the shared lexer, the
// rest cut into words, numbers and punctuation.
QList<Token> tokenize(QStringView script, qsizetype from, qsizetype to, SqlDialect dialect)
{
    const QList<SqlLexer::Range> ranges = SqlLexer::lexicalRanges(script, from, to, dialect);
    QList<Token> tokens;
    int newLines = 0;
    auto push = [&](Token::Kind kind, qsizetype begin, qsizetype end, bool terminated = true) {
        Token token;
        token.kind = kind;
        token.begin = begin;
        token.end = end;
        token.newLineBefore = newLines > 0 || tokens.isEmpty();
        token.blankLineBefore = newLines > 1;
        token.text = script.sliced(begin, end - begin);
        token.terminated = terminated;
        tokens.append(token);
        newLines = 0;
    };
    qsizetype i = from;
    qsizetype next = 0; // the next lexical range
    while (i < to) {
        if (next < ranges.size() && ranges[next].begin == i) {
            const SqlLexer::Range& range = ranges[next++];
            Token::Kind kind = Token::Kind::String;
            switch (range.kind) {
            case ConstructKind::LineComment:
            case ConstructKind::BlockComment:
                kind = Token::Kind::Comment;
                break;
            case ConstructKind::String:
                kind = Token::Kind::String;
                break;
            case ConstructKind::QuotedIdentifier:
                kind = Token::Kind::QuotedName;
                break;
            case ConstructKind::DollarQuote:
                kind = Token::Kind::DollarTag;
                break;
            }
            push(kind, range.begin, range.end, range.terminated);
            i = range.end;
            continue;
        }
        const qsizetype stop = next < ranges.size() ? ranges[next].begin : to;
        const QChar c = script[i];
        if (c == u'\n') {
            ++newLines;
            ++i;
        } else if (SqlLexer::isSpace(c)) {
            ++i;
        } else if (c == u'@' || SqlLexer::isWordChar(c)) {
            qsizetype end = i;
            while (end < stop && script[end] == u'@')
                ++end;
            end = SqlLexer::wordEnd(script, end, stop);
            if (end == i)
                end = i + 1;
            // 0.5: a number, not three tokens.
            if (c.isDigit() && end + 1 < stop && script[end] == u'.' && script[end + 1].isDigit())
                end = SqlLexer::wordEnd(script, end + 1, stop);
            const QStringView text = script.sliced(i, end - i);
            push(isNumber(text) ? Token::Kind::Number : Token::Kind::Word, i, end);
            i = end;
        } else if (i + 1 < stop
            && ((c == u':' && script[i + 1] == u'=') || (c == u'<' && script[i + 1] == u'<'))) {
            push(Token::Kind::Punct, i, i + 2);
            i += 2;
        } else {
            push(Token::Kind::Punct, i, i + 1);
            ++i;
        }
    }
    return tokens;
}

// --- known knobs --------------------------------------------------------------

struct KnownKnob
{
    QString name;
    bool boolean;
};

const QList<KnownKnob>& knownKnobs()
{
    static const QList<KnownKnob> knobs {
        { u"batchSize"_s, false },
        { u"chunkSize"_s, false },
        { u"chunkLimit"_s, false },
        { u"checkCount"_s, false },
        { u"backupTables"_s, true },
        { u"sleepTime"_s, false },
        { u"safePeriod"_s, false },
        { u"enableLog"_s, true },
        { u"logLevel"_s, false },
        { u"enableAudit"_s, true },
        { u"enableReindexing"_s, true },
        { u"enableTblAnalyzing"_s, true },
        { u"tracingEnabled"_s, true },
    };
    return knobs;
}

const KnownKnob* findKnown(QStringView name)
{
    for (const KnownKnob& knob : knownKnobs()) {
        if (name.compare(knob.name, Qt::CaseInsensitive) == 0)
            return &knob;
    }
    return nullptr;
}

QStringView withoutAt(QStringView name)
{
    while (name.startsWith(u'@'))
        name = name.sliced(1);
    return name;
}

// --- the header scanner -------------------------------------------------------

struct Candidate
{
    QString name; // without @
    qsizetype valueBegin = 0;
    qsizetype valueEnd = 0;
    QString declaredType; // when the same statement declares it
    bool configurable = false; // in a block the script marks as configurable
    int routine = 0; // which procedure of the statement (a package body has several)
};

// Words that end a procedure's header when they start a statement: from
// here on, assignments are logic, not settings.
bool endsHeader(const Token& token)
{
    if (token.kind == Token::Kind::Punct)
        return token.text == u"<<"; // a PL/SQL label
    return token.kind == Token::Kind::Word
        && SqlLexer::isOneOf(token.text,
            { u"IF", u"WHILE", u"LOOP", u"REPEAT", u"FOR", u"FOREACH", u"CASE", u"WHEN", u"ELSE", u"ELSIF",
                u"ELSEIF", u"GOTO", u"LEAVE", u"ITERATE", u"EXIT", u"CONTINUE", u"RETURN", u"WAITFOR" });
}

class HeaderScanner
{
public:
    HeaderScanner(QStringView script, SqlDialect dialect, qsizetype from, qsizetype to)
        : m_script(script)
        , m_dialect(dialect)
    {
        for (const Token& token : tokenize(script, from, to, dialect)) {
            if (token.kind == Token::Kind::Comment)
                m_comments.append(token);
            else
                m_code.append(token);
        }
    }

    QList<Candidate> run()
    {
        qsizetype k = 0;
        bool statementStart = true;
        while (k < m_code.size()) {
            seeCommentsBefore(m_code[k].begin);
            const Token& token = m_code[k];
            if (token.blankLineBefore)
                m_blankSinceCandidate = true;
            if (m_dialect == SqlDialect::SqlServer && token.newLineBefore && startsTsqlStatement(token))
                statementStart = true; // T-SQL statements need no semicolon

            // Structure: where routines, declaration sections and bodies begin.
            if (token.isWord(u"PROCEDURE") || token.isWord(u"FUNCTION") || token.isWord(u"TRIGGER")) {
                ++m_routine;
                m_header = true;
                m_depth = 0;
                m_awaitingIsAs = true;
                m_declarations = false;
            }
            if (token.isPunct(u"("))
                ++m_parens;
            else if (token.isPunct(u")"))
                m_parens = qMax(0, m_parens - 1);

            if (statementStart && m_header && m_depth <= 1) {
                if (endsHeader(token) || isLabel(k)) {
                    m_header = false;
                    m_configArmed = false;
                } else if (const qsizetype after = matchStatement(k); after > k) {
                    k = after;
                    statementStart = true;
                    continue;
                } else if (m_configSeen && !opensBlock(k) && !token.isWord(u"DECLARE")) {
                    m_configArmed = false; // the configurable block is over
                }
            }

            statementStart = false;
            if (token.isPunct(u";") || token.kind == Token::Kind::DollarTag) {
                statementStart = true;
            } else if (opensBlock(k)) {
                ++m_depth;
                m_declarations = false;
                statementStart = true;
            } else if (token.isWord(u"END") && !followedByBlockWord(k)) {
                m_depth = qMax(0, m_depth - 1);
            } else if (token.isWord(u"CASE")) {
                ++m_depth; // a CASE expression ends with END too
            } else if (token.isWord(u"DECLARE")
                && (m_dialect == SqlDialect::PostgreSql || m_dialect == SqlDialect::Oracle)) {
                m_declarations = true;
                statementStart = true;
            } else if ((token.isWord(u"IS") || token.isWord(u"AS")) && m_awaitingIsAs && m_parens == 0) {
                m_awaitingIsAs = false;
                statementStart = true;
                if (m_dialect == SqlDialect::Oracle)
                    m_declarations = true;
            } else if (token.isWord(u"THEN") || token.isWord(u"ELSE") || token.isWord(u"LOOP")
                || token.isWord(u"DO")) {
                statementStart = true;
            }
            ++k;
        }
        resolveTypes();
        return m_candidates;
    }

private:
    const Token* code(qsizetype k) const { return k < m_code.size() ? &m_code[k] : nullptr; }

    void seeCommentsBefore(qsizetype offset)
    {
        while (m_nextComment < m_comments.size() && m_comments[m_nextComment].begin < offset) {
            const Token& comment = m_comments[m_nextComment++];
            if (comment.blankLineBefore)
                m_blankSinceCandidate = true;
            if (comment.text.contains(u"CONFIGUR", Qt::CaseInsensitive) && m_header) {
                m_configArmed = true;
                m_configSeen = false;
                m_blankSinceCandidate = false;
            }
        }
    }

    // BEGIN opens a block, except where it starts a transaction.
    bool opensBlock(qsizetype k) const
    {
        if (!m_code[k].isWord(u"BEGIN"))
            return false;
        const Token* next = code(k + 1);
        if (!next)
            return true;
        return !next->isPunct(u";")
            && !(next->kind == Token::Kind::Word
                && SqlLexer::isOneOf(next->text, { u"TRAN", u"TRANSACTION", u"WORK", u"DISTRIBUTED" }));
    }

    // END IF, END LOOP…: the IF or LOOP opened no depth. (END CASE closes
    // the depth its CASE opened.)
    bool followedByBlockWord(qsizetype k) const
    {
        const Token* next = code(k + 1);
        if (!next || next->kind != Token::Kind::Word || next->newLineBefore)
            return false;
        return SqlLexer::isOneOf(next->text, { u"IF", u"LOOP", u"WHILE", u"REPEAT", u"FOR" });
    }

    // `name:` before a loop (MySQL, Db2) ends the header like the loop
    // would; Db2's `P1: BEGIN` only names the body.
    bool isLabel(qsizetype k) const
    {
        const Token* next = code(k + 1);
        const Token* after = code(k + 2);
        return m_code[k].kind == Token::Kind::Word && next && next->isPunct(u":")
            && !(after && after->isWord(u"BEGIN"));
    }

    // T-SQL needs no semicolons: a line that starts with one of these words
    // starts a statement; other lines continue the one before (a cursor's
    // FOR SELECT, a long condition).
    static bool startsTsqlStatement(const Token& token)
    {
        return token.kind == Token::Kind::Word
            && SqlLexer::isOneOf(token.text,
                { u"DECLARE", u"SET", u"SELECT", u"IF", u"WHILE", u"BEGIN", u"END", u"PRINT", u"EXEC",
                    u"EXECUTE", u"RETURN", u"GOTO", u"WAITFOR", u"INSERT", u"UPDATE", u"DELETE", u"CREATE",
                    u"DROP", u"ALTER", u"TRUNCATE", u"RAISERROR", u"THROW", u"COMMIT", u"ROLLBACK", u"OPEN",
                    u"FETCH", u"CLOSE", u"DEALLOCATE", u"MERGE", u"USE", u"BREAK", u"CONTINUE" });
    }

    bool isVariable(const Token* token) const
    {
        if (!token || token->kind != Token::Kind::Word || token->text.front().isDigit())
            return false;
        if (m_dialect == SqlDialect::SqlServer)
            return token->text.startsWith(u'@') && !token->text.startsWith(u"@@") && token->text.size() > 1;
        if (m_dialect == SqlDialect::MySql)
            return !token->text.startsWith(u"@@");
        return !token->text.startsWith(u'@');
    }

    // A literal at k: a number (with a minus), TRUE/FALSE, a string with an
    // optional N or _charset prefix. Returns the index after it, or k.
    qsizetype literal(qsizetype k) const
    {
        const Token* token = code(k);
        if (!token)
            return k;
        if (token->kind == Token::Kind::Number || (token->kind == Token::Kind::String && token->terminated))
            return k + 1;
        if (token->isWord(u"TRUE") || token->isWord(u"FALSE"))
            return k + 1;
        const Token* next = code(k + 1);
        if (token->isPunct(u"-") && next && next->kind == Token::Kind::Number && next->begin == token->end)
            return k + 2;
        if (token->kind == Token::Kind::Word && next && next->kind == Token::Kind::String && next->terminated
            && next->begin == token->end && (token->isWord(u"N") || token->text.startsWith(u'_')))
            return k + 2;
        return k;
    }

    // Where a statement may end after a literal: `;`, the end, or (SQL
    // Server, which needs no semicolons) the next line.
    bool endsAfterLiteral(qsizetype k) const
    {
        const Token* next = code(k);
        if (!next || next->isPunct(u";"))
            return true;
        return m_dialect == SqlDialect::SqlServer && next->newLineBefore;
    }

    qsizetype skipSemicolon(qsizetype k) const
    {
        const Token* next = code(k);
        return next && next->isPunct(u";") ? k + 1 : k;
    }

    void add(const Token& name, qsizetype valueFirst, qsizetype valueEnd, const QString& declaredType = {})
    {
        Candidate candidate;
        candidate.name = withoutAt(name.text).toString();
        candidate.valueBegin = m_code[valueFirst].begin;
        candidate.valueEnd = m_code[valueEnd - 1].end;
        candidate.declaredType = declaredType;
        candidate.configurable = m_configArmed;
        candidate.routine = m_routine;
        m_pending.append(candidate);
    }

    void declare(const Token& name, const QString& type)
    {
        const QString key = withoutAt(name.text).toString().toLower();
        if (!type.isEmpty() && !m_declaredTypes.contains(key))
            m_declaredTypes.insert(key, type);
    }

    QString typeText(qsizetype first, qsizetype end) const
    {
        if (first >= end)
            return {};
        return m_script.sliced(m_code[first].begin, m_code[end - 1].end - m_code[first].begin)
            .toString()
            .simplified();
    }

    // The type after a declared name: words, numbers and a parenthesised
    // size, up to `stop` (a word such as DEFAULT, or punctuation). Returns
    // the index after it; `ok` is false for cursors, handlers, tables…
    qsizetype typeTokens(qsizetype k, bool* ok) const
    {
        *ok = true;
        int parens = 0;
        const qsizetype start = k;
        while (const Token* token = code(k)) {
            if (k - start > 12) {
                *ok = false;
                return k;
            }
            if (token->isPunct(u"(")) {
                ++parens;
            } else if (token->isPunct(u")")) {
                if (--parens < 0)
                    break;
            } else if (parens > 0) {
                // sizes: (10), (10,2), (10 CHAR)
            } else if (token->kind == Token::Kind::Word) {
                if (SqlLexer::isOneOf(token->text,
                        { u"CURSOR", u"HANDLER", u"CONDITION", u"TABLE", u"FOR", u"SELECT", u"IS",
                            u"EXCEPTION", u"RECORD", u"REFCURSOR", u"ALIAS" })) {
                    *ok = false;
                    return k;
                }
                if (SqlLexer::isOneOf(token->text, { u"DEFAULT", u"NOT", u"COLLATE", u"AS" }))
                    break;
                if (m_dialect == SqlDialect::SqlServer && k > start && token->newLineBefore)
                    break;
            } else if (!token->isPunct(u".") && !token->isPunct(u"%") && token->kind != Token::Kind::Number) {
                break;
            }
            ++k;
        }
        return k;
    }

    qsizetype matchStatement(qsizetype k)
    {
        const Token& first = m_code[k];
        if (m_configSeen && m_blankSinceCandidate)
            m_configArmed = false; // an empty line closes the configurable block
        m_pending.clear();
        qsizetype after = k;
        if (first.isWord(u"DECLARE") && m_dialect != SqlDialect::PostgreSql
            && m_dialect != SqlDialect::Oracle)
            after = matchDeclareStatement(k);
        else if (first.isWord(u"SET") && m_dialect != SqlDialect::PostgreSql
            && m_dialect != SqlDialect::Oracle)
            after = matchSet(k);
        else if (m_dialect == SqlDialect::PostgreSql || m_dialect == SqlDialect::Oracle)
            after = matchPlVariable(k);
        if (after > k && !m_pending.isEmpty()) {
            m_candidates.append(m_pending);
            m_configSeen = m_configSeen || m_configArmed;
            m_blankSinceCandidate = false;
        }
        return after;
    }

    // MySQL and Db2: DECLARE name type [DEFAULT literal];
    // SQL Server: DECLARE @a [AS] type [= literal] [, @b [AS] type [= literal]]…
    qsizetype matchDeclareStatement(qsizetype k)
    {
        qsizetype i = k + 1;
        if (m_dialect != SqlDialect::SqlServer) {
            const Token* name = code(i);
            if (!isVariable(name) || name->text.startsWith(u'@'))
                return k;
            bool ok = false;
            const qsizetype typeEnd = typeTokens(i + 1, &ok);
            if (!ok || typeEnd == i + 1)
                return k;
            const QString type = typeText(i + 1, typeEnd);
            declare(*name, type);
            const Token* next = code(typeEnd);
            if (!next || next->isPunct(u";"))
                return typeEnd == m_code.size() ? typeEnd : typeEnd + 1;
            if (!next->isWord(u"DEFAULT"))
                return k;
            const qsizetype valueEnd = literal(typeEnd + 1);
            if (valueEnd == typeEnd + 1 || !endsAfterLiteral(valueEnd))
                return k;
            add(*name, typeEnd + 1, valueEnd, type);
            return skipSemicolon(valueEnd);
        }
        for (;;) {
            const Token* name = code(i);
            if (!isVariable(name))
                return m_pending.isEmpty() ? k : i;
            qsizetype typeBegin = i + 1;
            if (const Token* as = code(typeBegin); as && as->isWord(u"AS"))
                ++typeBegin;
            bool ok = false;
            const qsizetype typeEnd = typeTokens(typeBegin, &ok);
            if (!ok || typeEnd == typeBegin)
                return m_pending.isEmpty() ? k : typeEnd;
            const QString type = typeText(typeBegin, typeEnd);
            declare(*name, type);
            qsizetype next = typeEnd;
            if (const Token* eq = code(next); eq && eq->isPunct(u"=")) {
                const qsizetype valueEnd = literal(next + 1);
                if (valueEnd == next + 1)
                    return m_pending.isEmpty() ? k : next;
                const Token* after = code(valueEnd);
                if (!endsAfterLiteral(valueEnd) && !(after && after->isPunct(u",")))
                    return m_pending.isEmpty() ? k : next;
                add(*name, next + 1, valueEnd, type);
                next = valueEnd;
            }
            const Token* separator = code(next);
            if (separator && separator->isPunct(u",")) {
                i = next + 1;
                continue;
            }
            // Declarations alone count as a statement too, so that the
            // configurable block stays open across them.
            return next > k ? skipSemicolon(next) : k;
        }
    }

    // SET [@]name (= | :=) literal [, [@]name = literal]… (MySQL, SQL Server, Db2)
    qsizetype matchSet(qsizetype k)
    {
        qsizetype i = k + 1;
        for (;;) {
            const Token* name = code(i);
            const Token* op = code(i + 1);
            if (!isVariable(name) || !op
                || !(op->isPunct(u"=") || (op->isPunct(u":=") && m_dialect == SqlDialect::MySql)))
                return m_pending.isEmpty() ? k : i;
            if (m_dialect == SqlDialect::Db2 && name->text.startsWith(u'@'))
                return k;
            const qsizetype valueEnd = literal(i + 2);
            if (valueEnd == i + 2)
                return m_pending.isEmpty() ? k : i;
            const Token* after = code(valueEnd);
            const bool more = after && after->isPunct(u",") && m_dialect == SqlDialect::MySql;
            if (!more && !endsAfterLiteral(valueEnd))
                return m_pending.isEmpty() ? k : i;
            add(*name, i + 2, valueEnd);
            if (!more)
                return skipSemicolon(valueEnd);
            i = valueEnd + 1;
        }
    }

    // PL/pgSQL and PL/SQL: `name [CONSTANT] type [NOT NULL] (:= | = | DEFAULT)
    // literal;` in a declaration section, `name := literal;` after BEGIN.
    qsizetype matchPlVariable(qsizetype k)
    {
        const Token& name = m_code[k];
        if (!isVariable(&name)
            || SqlLexer::isOneOf(name.text,
                { u"CURSOR", u"TYPE", u"SUBTYPE", u"PRAGMA", u"PROCEDURE", u"FUNCTION", u"BEGIN", u"END",
                    u"DECLARE", u"CREATE", u"RETURN", u"NULL" }))
            return k;
        auto isAssign = [this](const Token* token) {
            return token
                && (token->isPunct(u":=") || (token->isPunct(u"=") && m_dialect == SqlDialect::PostgreSql));
        };
        qsizetype i = k + 1;
        QString type;
        if (m_declarations) {
            if (const Token* constant = code(i); constant && constant->isWord(u"CONSTANT"))
                ++i;
            bool ok = false;
            const qsizetype typeEnd = typeTokens(i, &ok);
            if (!ok || typeEnd == i)
                return k;
            type = typeText(i, typeEnd);
            declare(name, type);
            i = typeEnd;
            if (const Token* collate = code(i); collate && collate->isWord(u"COLLATE"))
                i += 2;
            if (const Token* notToken = code(i); notToken && notToken->isWord(u"NOT")) {
                if (const Token* null = code(i + 1); null && null->isWord(u"NULL"))
                    i += 2;
                else
                    return k;
            }
            const Token* op = code(i);
            if (!op || op->isPunct(u";"))
                return op ? i + 1 : i; // declared without a value
            if (!isAssign(op) && !op->isWord(u"DEFAULT"))
                return k;
        } else if (!isAssign(code(i))) {
            return k;
        }
        const qsizetype valueEnd = literal(i + 1);
        if (valueEnd == i + 1 || !endsAfterLiteral(valueEnd))
            return k;
        add(name, i + 1, valueEnd, type);
        return skipSemicolon(valueEnd);
    }

    void resolveTypes()
    {
        for (Candidate& candidate : m_candidates) {
            if (candidate.declaredType.isEmpty())
                candidate.declaredType = m_declaredTypes.value(candidate.name.toLower());
        }
    }

    QStringView m_script;
    SqlDialect m_dialect;
    QList<Token> m_code;
    QList<Token> m_comments;
    qsizetype m_nextComment = 0;

    bool m_header = true;
    int m_routine = 0;
    int m_depth = 0; // BEGIN…END nesting
    int m_parens = 0;
    bool m_awaitingIsAs = false; // after PROCEDURE/FUNCTION, before its IS/AS
    bool m_declarations = false; // in a PL/pgSQL or PL/SQL declaration section

    bool m_configArmed = false; // after a CONFIGURABLE comment
    bool m_configSeen = false; // the armed block has had a setting
    bool m_blankSinceCandidate = false;

    QHash<QString, QString> m_declaredTypes; // lower-case name → type as written
    QList<Candidate> m_pending;
    QList<Candidate> m_candidates;
};

// --- types and values -------------------------------------------------------------

bool isBooleanType(const QString& declaredType)
{
    const QString upper = declaredType.toUpper();
    return upper == u"BIT" || upper.startsWith(u"BOOL");
}

bool isDecimalType(const QString& declaredType)
{
    static const QRegularExpression decimal(
        u"\\A(FLOAT|REAL|DOUBLE|DECFLOAT|BINARY_FLOAT|BINARY_DOUBLE|MONEY|SMALLMONEY)|\\A(DECIMAL|NUMERIC|NUMBER|DEC)\\s*\\(\\s*\\d+\\s*,\\s*[1-9]"_s,
        QRegularExpression::CaseInsensitiveOption);
    return decimal.matchView(declaredType).hasMatch();
}

qint64 integerMaximum(const QString& declaredType, SqlDialect dialect, QStringView current)
{
    const QString upper = declaredType.toUpper();
    if (upper.startsWith(u"TINYINT"))
        return dialect == SqlDialect::SqlServer ? 255 : 127;
    if (upper.startsWith(u"SMALLINT"))
        return 32767;
    if (upper.startsWith(u"BIGINT") || upper.startsWith(u"NUMBER") || upper.startsWith(u"NUMERIC")
        || upper.startsWith(u"DECIMAL") || upper.startsWith(u"INT8"))
        return std::numeric_limits<qint64>::max();
    if (upper.isEmpty() && current.toLongLong() > std::numeric_limits<qint32>::max())
        return std::numeric_limits<qint64>::max();
    return std::numeric_limits<qint32>::max();
}

std::optional<int> textMaximum(const QString& declaredType)
{
    static const QRegularExpression sized(
        u"CHAR2?\\s*\\(\\s*(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = sized.match(declaredType);
    if (!match.hasMatch())
        return std::nullopt;
    return match.captured(1).toInt();
}

struct TextLiteral
{
    QString prefix; // N, E, _utf8mb4, q…
    QChar quote = u'\'';
    bool backslashes = false; // \ escapes inside
    QString content; // unescaped
};

// The parts of a string literal as written (already known to be terminated).
TextLiteral parseTextLiteral(QStringView literal, SqlDialect dialect)
{
    TextLiteral parts;
    qsizetype quoteAt = 0;
    while (quoteAt < literal.size() && literal[quoteAt] != u'\'' && literal[quoteAt] != u'"')
        ++quoteAt;
    parts.prefix = literal.first(quoteAt).toString();
    if (quoteAt >= literal.size())
        return parts;
    parts.quote = literal[quoteAt];
    const QString upperPrefix = parts.prefix.toUpper();
    if (dialect == SqlDialect::Oracle && upperPrefix.endsWith(u'Q')) {
        // q'[…]': the content sits between the two delimiters, verbatim.
        parts.prefix.chop(1);
        parts.content
            = literal.sliced(quoteAt + 2, qMax<qsizetype>(0, literal.size() - quoteAt - 4)).toString();
        return parts;
    }
    parts.backslashes
        = dialect == SqlDialect::MySql || (dialect == SqlDialect::PostgreSql && upperPrefix == u"E");
    const QStringView body = literal.sliced(quoteAt + 1, qMax<qsizetype>(0, literal.size() - quoteAt - 2));
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (parts.backslashes && body[i] == u'\\' && i + 1 < body.size()) {
            parts.content += body[++i];
        } else if (body[i] == parts.quote && i + 1 < body.size() && body[i + 1] == parts.quote) {
            parts.content += body[++i];
        } else {
            parts.content += body[i];
        }
    }
    return parts;
}

QString writeTextLiteral(const TextLiteral& style, const QString& content)
{
    QString out = style.prefix + style.quote;
    for (const QChar c : content) {
        if (c == style.quote)
            out += c;
        else if (style.backslashes && c == u'\\')
            out += c;
        out += c;
    }
    return out + style.quote;
}

bool isBooleanWord(QStringView text)
{
    return text.compare(u"TRUE", Qt::CaseInsensitive) == 0
        || text.compare(u"FALSE", Qt::CaseInsensitive) == 0;
}

KnobType inferType(
    QStringView value, const QString& declaredType, const KnownKnob* known, const TextLiteral* text)
{
    if (text) {
        const bool booleanContent
            = isBooleanWord(text->content) || text->content == u"1" || text->content == u"0";
        if (booleanContent && (isBooleanType(declaredType) || (known && known->boolean)))
            return KnobType::Boolean;
        return KnobType::Text;
    }
    if (isBooleanWord(value) || isBooleanType(declaredType))
        return KnobType::Boolean;
    if (known && known->boolean && (value == u"0" || value == u"1"))
        return KnobType::Boolean; // backupTables := 1 in an INT
    if (value.contains(u'.') || isDecimalType(declaredType))
        return KnobType::Decimal;
    return KnobType::Integer;
}

QString commentText(QStringView comment)
{
    QStringView text = comment;
    if (text.startsWith(u"--"))
        text = text.sliced(2);
    else if (text.startsWith(u"#"))
        text = text.sliced(1);
    else if (text.startsWith(u"/*") && text.endsWith(u"*/") && text.size() >= 4)
        text = text.sliced(2, text.size() - 4);
    return text.trimmed().toString();
}

// The script's own note right after the value and its `;` or `,`, on the
// same line; a comment after further code belongs to that code.
QString trailingComment(QStringView script, qsizetype from, SqlDialect dialect)
{
    qsizetype i = from;
    while (i < script.size() && (script[i] == u' ' || script[i] == u'\t'))
        ++i;
    if (i < script.size() && (script[i] == u';' || script[i] == u','))
        ++i;
    while (i < script.size() && (script[i] == u' ' || script[i] == u'\t'))
        ++i;
    const std::optional<SqlLexer::Construct> c = SqlLexer::constructAt(script, i, dialect, script.size());
    if (c && (c->kind == ConstructKind::LineComment || c->kind == ConstructKind::BlockComment))
        return commentText(script.sliced(c->begin, c->end - c->begin));
    return {};
}

} // namespace

QString knobTypeName(KnobType type)
{
    switch (type) {
    case KnobType::Integer:
        return u"integer"_s;
    case KnobType::Decimal:
        return u"decimal"_s;
    case KnobType::Boolean:
        return u"boolean"_s;
    case KnobType::Text:
        return u"text"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

const QStringList& knownKnobNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const KnownKnob& knob : knownKnobs())
            list.append(knob.name);
        return list;
    }();
    return names;
}

QString knobDescription(QStringView name)
{
    const KnownKnob* known = findKnown(withoutAt(name));
    if (!known)
        return {};
    const QString& n = known->name;
    if (n == u"batchSize")
        return KnobsTr::tr(
            "Rows deleted in one transaction. Smaller batches hold locks for less time; larger ones "
            "finish sooner.");
    if (n == u"chunkSize" || n == u"chunkLimit")
        return KnobsTr::tr(
            "Rows gathered into one chunk, which is then deleted batch by batch; keeps the work on "
            "very large tables bounded.");
    if (n == u"checkCount")
        return KnobsTr::tr("The cleanup stops when fewer rows than this are left to delete.");
    if (n == u"backupTables")
        return KnobsTr::tr(
            "Copy the tables into BAK_\u2026 tables before deleting. The copies of the previous run "
            "are overwritten.");
    if (n == u"sleepTime")
        return KnobsTr::tr("Seconds to pause between batches, so that the server keeps serving its users.");
    if (n == u"safePeriod")
        return KnobsTr::tr("Hours of grace: what expired less than this long ago is kept.");
    if (n == u"enableLog")
        return KnobsTr::tr("The procedure reports its progress as messages while it runs.");
    if (n == u"logLevel")
        return KnobsTr::tr("How much the progress messages tell: TRACE for every step, DEBUG for less.");
    if (n == u"enableAudit")
        return KnobsTr::tr(
            "Keep the deleted rows in the AUDITLOG_\u2026 tables; this switches the backup on too.");
    if (n == u"enableReindexing")
        return KnobsTr::tr("Rebuild the indexes of the cleaned tables afterwards.");
    if (n == u"enableTblAnalyzing")
        return KnobsTr::tr("Refresh the planner statistics of the cleaned tables afterwards (ANALYZE).");
    if (n == u"tracingEnabled")
        return KnobsTr::tr("Report every step of the session cleanup as a message.");
    return {};
}

QList<ScriptKnob> findKnobs(QStringView script, SqlDialect dialect)
{
    QList<ScriptKnob> knobs;
    const SqlScript parsed = parseSqlScript(script, dialect);
    QList<qsizetype> lineBreaks;
    for (qsizetype i = 0; i < script.size(); ++i) {
        if (script[i] == u'\n')
            lineBreaks.append(i);
    }
    for (const SqlStatement& statement : parsed.statements) {
        const qsizetype end = statement.begin + statement.text.size();
        const QList<Candidate> candidates = HeaderScanner(script, dialect, statement.begin, end).run();
        QHash<QString, qsizetype> lastByName; // routine and lower-case name → index in knobs
        for (const Candidate& candidate : candidates) {
            const KnownKnob* known = findKnown(candidate.name);
            if (!known && !candidate.configurable)
                continue;
            ScriptKnob knob;
            knob.name = candidate.name;
            knob.knownName = known ? known->name : QString();
            knob.value
                = script.sliced(candidate.valueBegin, candidate.valueEnd - candidate.valueBegin).toString();
            knob.declaredType = candidate.declaredType;
            knob.valueBegin = candidate.valueBegin;
            knob.valueEnd = candidate.valueEnd;
            knob.line = int(std::lower_bound(lineBreaks.cbegin(), lineBreaks.cend(), candidate.valueBegin)
                            - lineBreaks.cbegin())
                + 1;
            knob.description = knobDescription(candidate.name);
            knob.scriptComment = trailingComment(script, candidate.valueEnd, dialect);
            std::optional<TextLiteral> text;
            if (knob.value.endsWith(u'\'') || knob.value.endsWith(u'"'))
                text = parseTextLiteral(knob.value, dialect);
            knob.type = inferType(knob.value, knob.declaredType, known, text ? &*text : nullptr);
            knob.plainValue = text ? text->content : knob.value;
            // An earlier knob of the same statement with this name is overridden.
            const QString key = QString::number(candidate.routine) + u' ' + knob.name.toLower();
            if (const auto earlier = lastByName.constFind(key); earlier != lastByName.cend())
                knobs[*earlier].overridden = true;
            lastByName.insert(key, knobs.size());
            knobs.append(std::move(knob));
        }
    }
    return knobs;
}

namespace {

std::expected<QString, QString> formatValue(const ScriptKnob& knob, const QString& input, SqlDialect dialect)
{
    const QString value = knob.type == KnobType::Text ? input : input.trimmed();
    switch (knob.type) {
    case KnobType::Integer: {
        static const QRegularExpression digits(u"\\A\\d+\\z"_s);
        if (!digits.match(value).hasMatch())
            return std::unexpected(
                KnobsTr::tr("\u201c%1\u201d is not a whole number of zero or more.").arg(input));
        bool ok = false;
        const qulonglong number = value.toULongLong(&ok);
        const qint64 maximum = integerMaximum(knob.declaredType, dialect, knob.value);
        if (!ok || number > qulonglong(maximum))
            return std::unexpected(
                KnobsTr::tr("%1 is larger than %2 can hold (at most %3).")
                    .arg(value, knob.declaredType.isEmpty() ? knob.name : knob.declaredType)
                    .arg(maximum));
        return QString::number(number);
    }
    case KnobType::Decimal: {
        static const QRegularExpression decimal(u"\\A\\d+(\\.\\d+)?\\z"_s);
        if (!decimal.match(value).hasMatch())
            return std::unexpected(
                KnobsTr::tr("\u201c%1\u201d is not a number of zero or more (use a dot for decimals: 0.5).")
                    .arg(input));
        return value;
    }
    case KnobType::Boolean: {
        bool on = false;
        if (value.compare(u"TRUE", Qt::CaseInsensitive) == 0 || value == u"1")
            on = true;
        else if (value.compare(u"FALSE", Qt::CaseInsensitive) == 0 || value == u"0")
            on = false;
        else
            return std::unexpected(
                KnobsTr::tr("\u201c%1\u201d is not a yes/no value: use TRUE or FALSE (or 1 or 0).")
                    .arg(input));
        // Written the way the script writes it, which its declared type accepts:
        // TRUE (PL/SQL, PL/pgSQL, MySQL), 1 (BIT, INT), 'TRUE' (T-SQL BIT).
        const bool quoted = knob.value.endsWith(u'\'') || knob.value.endsWith(u'"');
        const QString plain = quoted ? parseTextLiteral(knob.value, dialect).content : knob.value;
        QString word;
        if (plain == u"0" || plain == u"1") {
            word = on ? u"1"_s : u"0"_s;
        } else {
            word = on ? u"TRUE"_s : u"FALSE"_s;
            if (plain == plain.toLower())
                word = word.toLower();
            else if (plain.size() > 1 && plain.sliced(1) == plain.sliced(1).toLower())
                word = word.front() + word.sliced(1).toLower();
        }
        if (!quoted)
            return word;
        return writeTextLiteral(parseTextLiteral(knob.value, dialect), word);
    }
    case KnobType::Text: {
        QString content = value;
        // Already a literal ('DEBUG'): take what it means.
        if (const std::optional<SqlLexer::Construct> c
            = SqlLexer::constructAt(value, 0, dialect, value.size());
            c && c->kind == ConstructKind::String && c->terminated && c->end == value.size())
            content = parseTextLiteral(value, dialect).content;
        for (const QChar c : content) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return std::unexpected(
                    KnobsTr::tr("The text may not contain line breaks or control characters."));
        }
        if (const std::optional<int> maximum = textMaximum(knob.declaredType);
            maximum && content.size() > *maximum)
            return std::unexpected(
                KnobsTr::tr("\u201c%1\u201d is longer than %2 allows (%3 characters at most).")
                    .arg(content, knob.declaredType)
                    .arg(*maximum));
        // q'[…]' comes back as a plain '…' literal with the same prefix.
        return writeTextLiteral(parseTextLiteral(knob.value, dialect), content);
    }
    }
    Q_UNREACHABLE_RETURN(QString());
}

} // namespace

std::expected<QString, QString> applyKnobValues(
    QStringView script, SqlDialect dialect, const QMap<QString, QString>& newValues)
{
    if (newValues.isEmpty())
        return script.toString();
    const QList<ScriptKnob> knobs = findKnobs(script, dialect);
    struct Edit
    {
        qsizetype begin;
        qsizetype end;
        QString text;
    };
    struct Wanted
    {
        QString name; // as the caller wrote it, without @
        QString value;
        bool found = false;
        bool refused = false;
    };
    QHash<QString, Wanted> wanted; // lower-case name → the new value
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const QString name = withoutAt(it.key()).toString();
        wanted.insert(name.toLower(), { name, it.value() });
    }
    QList<Edit> edits;
    QStringList errors;
    for (const ScriptKnob& knob : knobs) {
        const auto it = wanted.find(knob.name.toLower());
        if (it == wanted.end())
            continue;
        it->found = true;
        if (it->refused)
            continue; // one reason per name is enough
        const std::expected<QString, QString> written = formatValue(knob, it->value, dialect);
        if (!written) {
            it->refused = true;
            errors.append(KnobsTr::tr("%1 (line %2): %3").arg(knob.name).arg(knob.line).arg(written.error()));
            continue;
        }
        edits.append({ knob.valueBegin, knob.valueEnd, *written });
    }
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it) {
        const QString name = withoutAt(it.key()).toString();
        if (!wanted.value(name.toLower()).found)
            errors.append(KnobsTr::tr("The script has no knob called \u201c%1\u201d.").arg(name));
    }
    if (!errors.isEmpty())
        return std::unexpected(errors.join(u'\n'));
    // Knobs come in script order and never overlap: copy the text between them.
    QString result;
    result.reserve(script.size());
    qsizetype copied = 0;
    for (const Edit& edit : edits) {
        result += script.sliced(copied, edit.begin - copied);
        result += edit.text;
        copied = edit.end;
    }
    result += script.sliced(copied);
    return result;
}

} // namespace Ismw
