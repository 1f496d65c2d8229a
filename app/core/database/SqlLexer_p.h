// SPDX-License-Identifier: Apache-2.0
#pragma once

// The lexical rules the database clients apply before a statement reaches the
// server: where comments, strings, quoted names and PostgreSQL dollar quotes
// begin and end. Shared by the script splitter and the knob finder so that
// both agree on what is code; not part of core's public API.

#include "database/SqlDialect.h"

#include <QList>
#include <QStringView>
#include <initializer_list>
#include <optional>

namespace Ismw::SqlLexer {

enum class ConstructKind {
    LineComment, // ends before the line break (and before a \r preceding it)
    BlockComment,
    String, // '…', MySQL "…", PostgreSQL E'…', Oracle q'[…]'
    QuotedIdentifier, // "…", MySQL `…`, SQL Server […]
    DollarQuote, // PostgreSQL $$…$$ or $tag$…$tag$
};

struct Construct
{
    ConstructKind kind = ConstructKind::String;
    qsizetype begin = 0;
    qsizetype end = 0; // exclusive; the limit when not terminated
    bool terminated = true;
    // DollarQuote only: the text between the two tags.
    qsizetype bodyBegin = 0;
    qsizetype bodyEnd = 0;
};

bool isSpace(QChar c);
// Characters of unquoted names, for word boundaries (letters, digits, _, $, #).
bool isWordChar(QChar c);

// The construct that starts at `pos`, or nullopt when `pos` is plain code.
// Nothing at or past `limit` is read; characters before `floor` are not looked
// at (prefix checks such as E'…' and $tag$ need the preceding character).
std::optional<Construct> constructAt(
    QStringView text, qsizetype pos, SqlDialect dialect, qsizetype limit, qsizetype floor = 0);

// End of the unquoted word starting at `pos` (pos itself when none starts there).
qsizetype wordEnd(QStringView text, qsizetype pos, qsizetype limit);

// `word` is one of `words`, ignoring case; no allocation, for hot loops.
bool isOneOf(QStringView word, std::initializer_list<QStringView> words);

// The word starting at `pos` equals `word`, ignoring case, and ends there.
bool isWordAt(QStringView text, qsizetype pos, QStringView word, qsizetype limit);

// Comments and quoted text between `from` and `to`, in order, for tools that
// search the code. PostgreSQL dollar-quoted bodies hold PL/pgSQL: their tags
// are reported as DollarQuote ranges and their bodies are searched as code.
struct Range
{
    ConstructKind kind;
    qsizetype begin;
    qsizetype end;
    bool terminated;
};
QList<Range> lexicalRanges(QStringView text, qsizetype from, qsizetype to, SqlDialect dialect);

} // namespace Ismw::SqlLexer
