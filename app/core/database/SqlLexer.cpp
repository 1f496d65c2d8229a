// SPDX-License-Identifier: Apache-2.0
#include "database/SqlLexer_p.h"

namespace Ismw::SqlLexer {

namespace {

bool backslashEscapes(SqlDialect dialect)
{
    // MySQL's default sql_mode lets \' and \\ escape in every string; the
    // others only in PostgreSQL's E'…' (handled where it starts).
    return dialect == SqlDialect::MySql;
}

bool nestedBlockComments(SqlDialect dialect)
{
    return dialect == SqlDialect::PostgreSql || dialect == SqlDialect::SqlServer;
}

bool isPostgresTagStart(QChar c)
{
    return c.isLetter() || c == u'_' || c.unicode() >= 0x80;
}

bool isPostgresTagChar(QChar c)
{
    return isPostgresTagStart(c) || c.isDigit();
}

bool wordCharBefore(QStringView text, qsizetype pos, qsizetype floor)
{
    return pos > floor && isWordChar(text[pos - 1]);
}

Construct lineComment(QStringView text, qsizetype pos, qsizetype limit)
{
    qsizetype end = pos;
    while (end < limit && text[end] != u'\n')
        ++end;
    if (end > pos && end < limit && text[end - 1] == u'\r')
        --end;
    return { ConstructKind::LineComment, pos, end };
}

Construct blockComment(QStringView text, qsizetype pos, SqlDialect dialect, qsizetype limit)
{
    const bool nested = nestedBlockComments(dialect);
    int depth = 1;
    qsizetype i = pos + 2;
    while (i < limit) {
        if (text[i] == u'*' && i + 1 < limit && text[i + 1] == u'/') {
            i += 2;
            if (--depth == 0)
                return { ConstructKind::BlockComment, pos, i };
            continue;
        }
        if (nested && text[i] == u'/') {
            // PostgreSQL's lexer eats a run of slashes whole: only a lone
            // slash before a star opens a nested comment ("//*" does not).
            qsizetype run = i;
            while (run < limit && text[run] == u'/')
                ++run;
            if (run == i + 1 && run < limit && text[run] == u'*') {
                i = run + 1;
                ++depth;
            } else {
                i = run;
            }
            continue;
        }
        ++i;
    }
    return { ConstructKind::BlockComment, pos, limit, false };
}

// `quoteAt` is where the opening quote is; `pos` may be earlier (a prefix).
Construct quoted(QStringView text, qsizetype pos, qsizetype quoteAt, QChar close, bool backslash,
    ConstructKind kind, qsizetype limit)
{
    qsizetype i = quoteAt + 1;
    while (i < limit) {
        const QChar c = text[i];
        if (backslash && c == u'\\') {
            i += 2;
            continue;
        }
        if (c == close) {
            if (i + 1 < limit && text[i + 1] == close) { // doubled: one literal quote
                i += 2;
                continue;
            }
            return { kind, pos, i + 1 };
        }
        ++i;
    }
    return { kind, pos, limit, false };
}

// Oracle's alternative quoting: q'[it's]' ends at the closing bracket
// followed by a quote; nothing inside is doubled or escaped.
std::optional<Construct> oracleQQuote(QStringView text, qsizetype pos, qsizetype quoteAt, qsizetype limit)
{
    if (quoteAt + 1 >= limit)
        return std::nullopt;
    const QChar open = text[quoteAt + 1];
    if (isSpace(open))
        return std::nullopt;
    QChar close = open;
    switch (open.unicode()) {
    case u'[':
        close = u']';
        break;
    case u'{':
        close = u'}';
        break;
    case u'(':
        close = u')';
        break;
    case u'<':
        close = u'>';
        break;
    default:
        break;
    }
    for (qsizetype i = quoteAt + 2; i + 1 < limit; ++i) {
        if (text[i] == close && text[i + 1] == u'\'')
            return Construct { ConstructKind::String, pos, i + 2 };
    }
    return Construct { ConstructKind::String, pos, limit, false };
}

std::optional<Construct> dollarQuote(QStringView text, qsizetype pos, qsizetype limit)
{
    qsizetype i = pos + 1;
    if (i < limit && text[i] != u'$') {
        if (!isPostgresTagStart(text[i]))
            return std::nullopt; // $1 is a parameter, not a tag
        while (i < limit && isPostgresTagChar(text[i]))
            ++i;
    }
    if (i >= limit || text[i] != u'$')
        return std::nullopt;
    const QStringView tag = text.sliced(pos, i + 1 - pos);
    const qsizetype bodyBegin = i + 1;
    const qsizetype close = text.first(limit).indexOf(tag, bodyBegin);
    if (close < 0)
        return Construct { ConstructKind::DollarQuote, pos, limit, false, bodyBegin, limit };
    return Construct { ConstructKind::DollarQuote, pos, close + tag.size(), true, bodyBegin, close };
}

} // namespace

bool isSpace(QChar c)
{
    switch (c.unicode()) {
    case u' ':
    case u'\t':
    case u'\n':
    case u'\r':
    case u'\f':
    case u'\v':
        return true;
    default:
        return false;
    }
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'$' || c == u'#';
}

std::optional<Construct> constructAt(
    QStringView text, qsizetype pos, SqlDialect dialect, qsizetype limit, qsizetype floor)
{
    if (pos >= limit)
        return std::nullopt;
    const QChar c = text[pos];
    const QChar next = pos + 1 < limit ? text[pos + 1] : QChar();
    switch (c.unicode()) {
    case u'-':
        if (next != u'-')
            return std::nullopt;
        // MySQL wants a space or control character after "--": "1--1" is arithmetic.
        if (dialect == SqlDialect::MySql && pos + 2 < limit && text[pos + 2].unicode() > u' ')
            return std::nullopt;
        return lineComment(text, pos, limit);
    case u'#':
        if (dialect == SqlDialect::MySql)
            return lineComment(text, pos, limit);
        return std::nullopt;
    case u'/':
        if (next == u'*')
            return blockComment(text, pos, dialect, limit);
        return std::nullopt;
    case u'\'':
        return quoted(text, pos, pos, c, backslashEscapes(dialect), ConstructKind::String, limit);
    case u'"':
        if (dialect == SqlDialect::MySql)
            return quoted(text, pos, pos, c, true, ConstructKind::String, limit);
        return quoted(text, pos, pos, c, false, ConstructKind::QuotedIdentifier, limit);
    case u'`':
        if (dialect == SqlDialect::MySql)
            return quoted(text, pos, pos, c, false, ConstructKind::QuotedIdentifier, limit);
        return std::nullopt;
    case u'[':
        if (dialect == SqlDialect::SqlServer)
            return quoted(text, pos, pos, u']', false, ConstructKind::QuotedIdentifier, limit);
        return std::nullopt;
    case u'$':
        if (dialect == SqlDialect::PostgreSql && !wordCharBefore(text, pos, floor))
            return dollarQuote(text, pos, limit);
        return std::nullopt;
    case u'E':
    case u'e':
        if (dialect == SqlDialect::PostgreSql && next == u'\'' && !wordCharBefore(text, pos, floor))
            return quoted(text, pos, pos + 1, u'\'', true, ConstructKind::String, limit);
        return std::nullopt;
    case u'Q':
    case u'q':
        if (dialect == SqlDialect::Oracle && next == u'\'' && !wordCharBefore(text, pos, floor))
            return oracleQQuote(text, pos, pos + 1, limit);
        return std::nullopt;
    case u'N':
    case u'n':
        if (dialect == SqlDialect::Oracle && (next == u'q' || next == u'Q') && pos + 2 < limit
            && text[pos + 2] == u'\'' && !wordCharBefore(text, pos, floor))
            return oracleQQuote(text, pos, pos + 2, limit);
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

qsizetype wordEnd(QStringView text, qsizetype pos, qsizetype limit)
{
    while (pos < limit && isWordChar(text[pos]))
        ++pos;
    return pos;
}

bool isOneOf(QStringView word, std::initializer_list<QStringView> words)
{
    for (const QStringView candidate : words) {
        if (word.compare(candidate, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isWordAt(QStringView text, qsizetype pos, QStringView word, qsizetype limit)
{
    if (pos + word.size() > limit)
        return false;
    if (text.sliced(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    return pos + word.size() == limit || !isWordChar(text[pos + word.size()]);
}

namespace {

// Deeper nesting than this is not PL/pgSQL anyone writes; past it a body is
// one opaque range, which keeps hostile input from exhausting the stack.
constexpr int maxDollarNesting = 16;

void collectRanges(
    QStringView text, qsizetype from, qsizetype to, SqlDialect dialect, int depth, QList<Range>& out)
{
    qsizetype i = from;
    while (i < to) {
        if (const std::optional<Construct> c = constructAt(text, i, dialect, to, from)) {
            if (c->kind == ConstructKind::DollarQuote && depth < maxDollarNesting) {
                out.append({ ConstructKind::DollarQuote, c->begin, c->bodyBegin, c->terminated });
                collectRanges(text, c->bodyBegin, c->bodyEnd, dialect, depth + 1, out);
                if (c->terminated)
                    out.append({ ConstructKind::DollarQuote, c->bodyEnd, c->end, true });
            } else {
                out.append({ c->kind, c->begin, c->end, c->terminated });
            }
            i = c->end;
        } else if (dialect == SqlDialect::PostgreSql && isWordChar(text[i])) {
            // A $ inside a name (a$b$) opens no dollar quote.
            i = wordEnd(text, i, to);
        } else {
            ++i;
        }
    }
}

} // namespace

QList<Range> lexicalRanges(QStringView text, qsizetype from, qsizetype to, SqlDialect dialect)
{
    QList<Range> out;
    collectRanges(text, from, qMin(to, text.size()), dialect, 0, out);
    return out;
}

} // namespace Ismw::SqlLexer
