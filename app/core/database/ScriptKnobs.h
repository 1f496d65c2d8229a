// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/SqlDialect.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <expected>

namespace Ismw {

// The knobs of a cleanup script: variables the procedure sets from a literal
// in its header (before its first IF, WHILE, LOOP…), which WSO2 tells
// administrators to edit in the script text. Per dialect:
//   MySQL      SET @batchSize = 10000;   SET batchSize = 10000;
//              DECLARE batchSize INT DEFAULT 10000;
//   PostgreSQL batchSize int := 10000;  (or = or DEFAULT, in DECLARE)
//              batchSize := 10000;      (after BEGIN)
//   SQL Server DECLARE @batchSize INT = 10000   SET @batchSize = 10000
//   Oracle     batchSize INT := 10000;  (or DEFAULT)   batchSize := 10000;
//   Db2        DECLARE batchSize INT DEFAULT 10000;   SET batchSize = 10000;
// Known names (knownKnobNames(), any case) are knobs wherever they are set in
// a header; other variables only when set in the block the script marks as
// configurable (a comment saying CONFIGURABLE / CONFIGURE above it, up to the
// next empty line), so loop counters and "do not change" values stay out.
// Comments, strings and commented-out assignments are never knobs.

enum class KnobType { Integer, Decimal, Boolean, Text };

// "integer", "decimal", "boolean", "text": stable, for JSON.
QString knobTypeName(KnobType type);

struct ScriptKnob
{
    QString name; // as written, without T-SQL's @ ("batchsize", "batchSize")
    QString knownName; // the canonical known name ("batchSize"); empty for others
    QString value; // the literal as written: 10000, TRUE, 'TRACE', N'x', 1
    QString plainValue; // what it means: for text the content without quotes
    KnobType type = KnobType::Integer;
    QString declaredType; // the SQL type the script declares, when found: INT, BIT, VARCHAR(10)
    qsizetype valueBegin = 0; // the literal's offsets in the script
    qsizetype valueEnd = 0; // exclusive
    int line = 1; // of the literal, from 1
    QString description; // ours, translated; empty for other knobs
    QString scriptComment; // the script's own note on that line, without "--"
    // A later assignment in the same header sets it again: the value here is
    // not the one the procedure runs with (applyKnobValues changes both).
    bool overridden = false;

    bool isKnown() const { return !knownName.isEmpty(); }
};

QList<ScriptKnob> findKnobs(QStringView script, SqlDialect dialect);

// Rewrites the values of the named knobs (names in any case, a leading @
// allowed) and nothing else: every character outside the value literals stays
// as it was. Every occurrence of a name changes. Values are plain: 5000,
// TRUE/FALSE/1/0 (written the way the script writes that knob), text without
// quotes (quoted and escaped here; an already quoted literal is taken as is).
// The error names each refused knob, its line and why; nothing is changed then.
std::expected<QString, QString> applyKnobValues(
    QStringView script, SqlDialect dialect, const QMap<QString, QString>& newValues);

// The knob names WSO2's cleanup scripts use, canonical spelling.
const QStringList& knownKnobNames();

// What the knob does, translated; empty for names that are not known.
QString knobDescription(QStringView name);

} // namespace Ismw
