// SPDX-License-Identifier: Apache-2.0
// libFuzzer target for the script splitter and the knob finder: every input,
// read as UTF-8 (invalid bytes become U+FFFD) and split in every dialect,
// must come back whole from its segments, with every offset inside the
// input; changing the knobs found must touch nothing but their values.
// A broken promise aborts, which libFuzzer reports as a crash with the input.

#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"

#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

[[noreturn]] void fail(SqlDialect dialect, const char* what, qsizetype where)
{
    std::fprintf(stderr, "sqlscriptsplitter_fuzz: %s: %s (at %lld)\n", qPrintable(sqlDialectKey(dialect)),
        what, static_cast<long long>(where));
    std::abort();
}

void checkSplit(const QString& input, SqlDialect dialect)
{
    const SqlScript script = parseSqlScript(input, dialect);
    if (script.joined() != input)
        fail(dialect, "the segments do not join back into the input", -1);
    qsizetype offset = 0;
    qsizetype statements = 0;
    for (const SqlSegment& segment : script.segments) {
        if (segment.begin != offset || segment.end <= segment.begin || segment.end > input.size())
            fail(dialect, "segments are not contiguous and non-empty", segment.begin);
        if (QStringView(input).sliced(segment.begin, segment.end - segment.begin) != segment.source)
            fail(dialect, "a segment's source is not the input at its offsets", segment.begin);
        if (segment.kind == SqlSegment::Kind::Statement) {
            if (segment.statementIndex != statements || statements >= script.statements.size())
                fail(dialect, "a statement segment points at the wrong statement", segment.begin);
            const SqlStatement& statement = script.statements.at(statements++);
            if (statement.begin != segment.begin || statement.end != segment.end || statement.text.isEmpty()
                || statement.begin + statement.text.size() > statement.end
                || QStringView(input).sliced(statement.begin, statement.text.size()) != statement.text)
                fail(dialect, "a statement's text is not at its offsets", statement.begin);
        }
        offset = segment.end;
    }
    if (offset != input.size() || statements != script.statements.size())
        fail(dialect, "the segments do not cover the input or miss statements", offset);
    for (const SqlScriptProblem& problem : script.problems) {
        if (problem.offset < 0 || problem.offset > input.size() || problem.line < 1 || problem.column < 1
            || problem.message.isEmpty())
            fail(dialect, "a problem points outside the input", problem.offset);
    }
}

void checkKnobs(const QString& input, SqlDialect dialect)
{
    const QList<ScriptKnob> knobs = findKnobs(input, dialect);
    QMap<QString, QString> values;
    qsizetype previousEnd = 0;
    for (const ScriptKnob& knob : knobs) {
        if (knob.valueBegin < previousEnd || knob.valueEnd <= knob.valueBegin || knob.valueEnd > input.size()
            || QStringView(input).sliced(knob.valueBegin, knob.valueEnd - knob.valueBegin) != knob.value)
            fail(dialect, "a knob's value is not at its offsets", knob.valueBegin);
        previousEnd = knob.valueEnd;
        static const QString plain[] = { u"7"_s, u"0.5"_s, u"false"_s, u"a"_s };
        values.insert(knob.name.toLower(), plain[int(knob.type)]);
    }
    if (knobs.isEmpty())
        return; // most inputs: nothing to change, and the round trip is the slow part
    const std::expected<QString, QString> changed = applyKnobValues(input, dialect, values);
    if (!changed) {
        if (changed.error().isEmpty())
            fail(dialect, "a refusal without a reason", -1);
        return; // e.g. a text knob too short for "a": refused, as it should be
    }
    // Every character between the values is the one that was there.
    const QList<ScriptKnob> after = findKnobs(*changed, dialect);
    if (after.size() != knobs.size())
        fail(dialect, "changing the values changed which knobs there are", -1);
    qsizetype before = 0;
    qsizetype now = 0;
    for (qsizetype i = 0; i <= knobs.size(); ++i) {
        const qsizetype beforeEnd = i < knobs.size() ? knobs[i].valueBegin : input.size();
        const qsizetype nowEnd = i < knobs.size() ? after[i].valueBegin : changed->size();
        if (QStringView(input).sliced(before, beforeEnd - before)
            != QStringView(*changed).sliced(now, nowEnd - now))
            fail(dialect, "a character outside the values changed", beforeEnd);
        if (i < knobs.size()) {
            before = knobs[i].valueEnd;
            now = after[i].valueEnd;
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const SqlDialect dialect : allSqlDialects) {
        checkSplit(input, dialect);
        checkKnobs(input, dialect);
    }
    return 0;
}
