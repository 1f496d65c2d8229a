// SPDX-License-Identifier: Apache-2.0
#pragma once

// The parsed release rules and their evaluation, for the config engine's own
// .cpp files only (it includes toml11 through TomlDocument_p.h).

#include "config/ReleaseRules.h"
#include "config/TomlDocument_p.h"

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <optional>
#include <utility>

namespace Ismw {

// One segment of a canonical path, taken apart: the key as the TOML file
// spells it ("\"a.b\"" → a.b) and, for an element of an array of tables, its
// identity (event_listener[id="x"] → event_listener, id="x").
struct PathSegment
{
    QString keyText; // as in the path (quoted when not bare)
    QString key; // unquoted
    QString identity; // without the brackets; empty unless isElement
    bool isElement = false;
};
PathSegment parsePathSegment(const QString& segment);

// A key path as the rules write it: canonical segments (see joinConfigPath),
// where a segment "*" stands for any one key and a '*' inside a segment for
// any run of characters (legacy_feature[*]). A plain segment also matches an
// element of an array of tables by its key: "legacy_feature.id" finds the id
// of every [[legacy_feature]].
class PathPattern
{
public:
    PathPattern() = default;
    // Quoted segments are brought to their canonical form ("\"x\"" → x).
    explicit PathPattern(const QString& text);

    const QString& text() const { return m_text; }
    const QStringList& segments() const { return m_segments; }
    bool isEmpty() const { return m_segments.isEmpty(); }
    bool hasWildcard() const { return m_wildcard; }
    // The whole path matches (same number of segments).
    bool matches(const QStringList& path) const;
    // The path lies at or under the pattern.
    bool matchesPrefix(const QStringList& path) const;
    // The captured text of each "*" segment of `path`, in order.
    QStringList captures(const QStringList& path) const;
    // The pattern with its "*" segments filled from `captures`.
    QString filled(const QStringList& captures) const;

private:
    bool segmentMatches(qsizetype index, const QString& segment) const;

    QString m_text;
    QStringList m_segments;
    QList<QRegularExpression> m_wildcards; // per segment, valid only where the segment has a '*' inside
    bool m_wildcard = false;
};

// A value test on the keys a pattern finds: text compared to the key's raw
// value (strings unquoted, other types as TOML writes them) or a regex.
struct ValueTest
{
    PathPattern path;
    QString text;
    QRegularExpression regex;
};

// The [rule.when] (or [rule.escalate]) table: every part must hold.
struct RuleCondition
{
    QList<PathPattern> present; // each has a key at or under it
    QList<PathPattern> absent; // none has
    QList<PathPattern> anyPresent; // at least one has
    QStringList valueIn; // the rule's key is present with one of these values
    QStringList valueNotIn; // … present with none of these
    std::optional<QRegularExpression> valueMatches;
    std::optional<QRegularExpression> valueNotMatches;
    QStringList siblingPresent; // keys in the same table as the rule's key
    QStringList siblingAbsent;
    QList<ValueTest> equals; // some key at the path has the value
    QList<ValueTest> notEquals; // no key at the path has it (absent counts)
    QList<ValueTest> matches;
    QList<ValueTest> notMatches;
    QVersionNumber targetAtLeast;
    QVersionNumber targetBelow;

    bool isEmpty() const;
};

enum class RuleAction {
    Rename, // the key gets another name in its table
    Move, // the key goes to another path
    Set, // a key gets a value (created when absent)
    Append, // items are added to an array value (created when absent)
    Remove, // the key goes
    Map, // the key's value is replaced by what a table maps it to
};

struct RuleEdit
{
    RuleAction action = RuleAction::Set;
    QString to; // Rename: the new key (canonical segment); Move: the new path (pattern, '*' filled)
    QString key; // Set/Append/Remove: a key beside the rule's key instead of the key itself
    QString target; // Set/Append/Remove: an absolute path instead
    TomlValue value; // Set/Append
    QList<std::pair<QString, TomlValue>> mapping; // Map: raw old value → new value
    QString after; // a table the edit has to create goes after this table or key
};

struct Rule
{
    QString id;
    QString file;
    int line = 0;
    Severity severity = Severity::Info;
    QList<PathPattern> paths; // empty: the rule concerns the file as a whole
    RuleCondition when;
    bool escalates = false;
    Severity escalatedSeverity = Severity::Warning;
    RuleCondition escalateWhen;
    QString escalatedMessage; // empty: the message stays
    QString escalatedRemediation;
    QString message;
    QString remediation;
    QList<RuleEdit> edits;
    QList<PathPattern> excludeFromDefaults;
};

struct RuleStep
{
    QVersionNumber from; // null for the rules every migration gets
    QVersionNumber to;
    QString file;
    QList<Rule> rules;

    bool isEveryMigration() const { return from.isNull(); }
};

struct ReleaseRules::Data
{
    QList<RuleStep> steps; // the release steps, oldest first, chained
    RuleStep everyMigration; // evaluated once per migration, on the migrated file
};

// "5.9.0→5.10.0"
QString releaseStepLabel(const QVersionNumber& from, const QVersionNumber& to);

// A document prepared for many rule evaluations: each entry's segments once.
class RuleDocument
{
public:
    explicit RuleDocument(const TomlDocument& doc);

    const TomlDocument& document() const { return m_doc; }
    const TomlEntry& entry(qsizetype index) const { return m_doc.entries().at(index); }
    const QStringList& segments(qsizetype index) const { return m_segments.at(index); }
    // Indexes of the entries whose whole path matches, in document order.
    QList<qsizetype> find(const PathPattern& pattern) const;
    // The first entry at or under the pattern, nullptr when there is none.
    const TomlEntry* firstUnder(const PathPattern& pattern) const;
    bool hasUnder(const PathPattern& pattern) const { return firstUnder(pattern) != nullptr; }

private:
    TomlDocument m_doc;
    QList<QStringList> m_segments;
};

struct RuleContext
{
    const RuleDocument& doc;
    QVersionNumber from; // the release the migration starts at
    QVersionNumber to; // the release it ends at
};

// One place where a rule holds.
struct RuleHit
{
    const Rule* rule = nullptr;
    QString path; // the key concerned (canonical), may be absent from the document
    QStringList captures; // what the rule path's "*" segments matched
    const TomlEntry* entry = nullptr; // the key in the document; nullptr when absent
    Severity severity = Severity::Info;
    QString message; // placeholders filled, secrets masked
    QString remediation;
};

QList<RuleHit> evaluateRule(const Rule& rule, const RuleContext& context);

} // namespace Ismw
