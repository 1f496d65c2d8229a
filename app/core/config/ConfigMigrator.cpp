// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigMigrator.h"

#include "checks/IsRelease.h"
#include "config/ReleaseRules_p.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// The translation context of this file's messages (lupdate reads Text::tr).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ConfigMigrator)
};

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString& text)
{
    return text.toStdString();
}

ConfigError migrationError(const QString& file, const QString& message, const QString& hint = {})
{
    ConfigError error;
    error.file = file;
    error.message = message;
    error.hint = hint;
    return error;
}

// ---------------------------------------------------------------------------
// Paths

QStringList parentSegments(const QStringList& segments)
{
    return segments.mid(0, segments.size() - 1);
}

QString parentPath(const QString& path)
{
    return joinConfigPath(parentSegments(splitConfigPath(path)));
}

// "[keystore.primary] name", or "name" for a key at the top level.
QString describeKey(const QString& path)
{
    const QStringList segments = splitConfigPath(path);
    if (segments.size() <= 1)
        return path;
    return u'[' + joinConfigPath(parentSegments(segments)) + u"] "_s + segments.constLast();
}

// A value as an edit's description may show it (see ConfigTypes.h).
QString shown(const QString& path, const QString& valueText)
{
    return redactSecrets(displayValue(path, valueText));
}

// ---------------------------------------------------------------------------
// The toml11 tree

// The value at one segment below `table`, nullptr when absent.
const TomlValue* child(const TomlValue& table, const QString& segment)
{
    if (!table.is_table())
        return nullptr;
    const PathSegment parsed = parsePathSegment(segment);
    const TomlTable& map = table.as_table();
    const auto it = map.find(toStd(parsed.key));
    if (it == map.end())
        return nullptr;
    if (!parsed.isElement)
        return &it->second;
    if (!it->second.is_array())
        return nullptr;
    const TomlArray& array = it->second.as_array();
    const qsizetype index = tomlElementIdentities(array).indexOf(parsed.identity);
    return index < 0 ? nullptr : &array[size_t(index)];
}

TomlValue* child(TomlValue& table, const QString& segment)
{
    return const_cast<TomlValue*>(child(std::as_const(table), segment));
}

const TomlValue* findValue(const TomlValue& root, const QStringList& segments)
{
    const TomlValue* value = &root;
    for (const QString& segment : segments) {
        value = child(*value, segment);
        if (!value)
            return nullptr;
    }
    return value;
}

TomlValue* findValue(TomlValue& root, const QStringList& segments)
{
    return const_cast<TomlValue*>(findValue(std::as_const(root), segments));
}

// Puts `key` into `table`, right after `after` when that key is there.
void insertKey(TomlValue& table, const std::string& key, TomlValue value, const std::string& after)
{
    TomlTable& map = table.as_table();
    if (after.empty() || map.find(after) == map.end()) {
        map.emplace(key, std::move(value));
        return;
    }
    TomlTable rebuilt;
    for (auto& [k, v] : map) {
        rebuilt.emplace(k, std::move(v));
        if (k == after)
            rebuilt.emplace(key, std::move(value));
    }
    map = std::move(rebuilt);
}

// A table that only holds other tables is not written ([a] before [a.b]);
// once it holds a key it must be.
void holdLeaf(TomlValue& table)
{
    if (table.as_table_fmt().fmt == toml::table_format::implicit)
        table.as_table_fmt().fmt = toml::table_format::multiline;
}

// Edits a toml11 tree in place; each call either does all of its edit or
// nothing and says why.
class TreeEditor
{
public:
    explicit TreeEditor(TomlValue& root)
        : m_root(root)
    {
    }

    QString apply(const ProposedEdit& edit)
    {
        const QStringList from = splitConfigPath(edit.path);
        if (from.isEmpty())
            return Text::tr("The edit has no key.");
        switch (edit.kind) {
        case ProposedEdit::Kind::Rename:
            return move(from, splitConfigPath(edit.newPath), edit.insertAfter);
        case ProposedEdit::Kind::Remove:
            return remove(from);
        case ProposedEdit::Kind::Set:
        case ProposedEdit::Kind::AddFromDefault:
            return set(from, edit.newValue, edit.insertAfter);
        }
        return {};
    }

private:
    // The table that holds (or is to hold) the key at `segments`, made when
    // asked. New tables go after the tables `anchor` lies in, so a new
    // [datasource.X] lands beside [database.*] as in the shipped file.
    TomlValue* parentTable(
        const QStringList& segments, bool create, const QStringList& anchor, QString* error)
    {
        TomlValue* table = &m_root;
        for (qsizetype i = 0; i + 1 < segments.size(); ++i) {
            TomlValue* next = child(*table, segments.at(i));
            if (!next) {
                const PathSegment parsed = parsePathSegment(segments.at(i));
                if (!create || parsed.isElement) {
                    *error = Text::tr("%1 does not exist.").arg(joinConfigPath(segments.mid(0, i + 1)));
                    return nullptr;
                }
                TomlValue created { TomlTable {} };
                // Tables only made to hold another table stay unwritten.
                if (i + 2 < segments.size())
                    created.as_table_fmt().fmt = toml::table_format::implicit;
                else if (table->is_table()
                    && (table->as_table_fmt().fmt == toml::table_format::oneline
                        || table->as_table_fmt().fmt == toml::table_format::multiline_oneline))
                    created.as_table_fmt().fmt = toml::table_format::oneline;
                std::string after;
                if (anchor.size() > i && anchor.mid(0, i) == segments.mid(0, i))
                    after = toStd(parsePathSegment(anchor.at(i)).key);
                insertKey(*table, toStd(parsed.key), std::move(created), after);
                next = child(*table, segments.at(i));
            }
            if (!next || !next->is_table()) {
                *error = Text::tr("%1 is not a table.").arg(joinConfigPath(segments.mid(0, i + 1)));
                return nullptr;
            }
            table = next;
        }
        return table;
    }

    QString set(const QStringList& segments, const QString& valueText, const QString& insertAfter)
    {
        auto parsed = toml::try_parse_str<toml::ordered_type_config>("v = " + toStd(valueText) + "\n");
        if (parsed.is_err())
            return Text::tr("The new value %1 is not a TOML value.").arg(valueText);
        TomlValue value = parsed.unwrap().at("v");
        value.comments().clear();

        QString error;
        const QStringList anchor = splitConfigPath(insertAfter);
        TomlValue* table = parentTable(segments, true, anchor, &error);
        if (!table)
            return error;
        const std::string key = toStd(parsePathSegment(segments.constLast()).key);
        TomlTable& map = table->as_table();
        const auto it = map.find(key);
        if (it == map.end()) {
            holdLeaf(*table);
            const bool sameTable
                = anchor.size() == segments.size() && parentSegments(anchor) == parentSegments(segments);
            insertKey(*table, key, std::move(value),
                sameTable ? toStd(parsePathSegment(anchor.constLast()).key) : std::string());
            return {};
        }
        TomlValue& old = it->second;
        if (old.is_table())
            return Text::tr("%1 is a table, not a key.").arg(joinConfigPath(segments));
        // An array that only grows keeps its layout and the comments inside it.
        if (old.is_array() && value.is_array() && value.as_array().size() >= old.as_array().size()) {
            TomlArray& items = old.as_array();
            const TomlArray& wanted = value.as_array();
            if (std::equal(
                    items.begin(), items.end(), wanted.begin(), [](const TomlValue& a, const TomlValue& b) {
                        return tomlValueText(a) == tomlValueText(b);
                    })) {
                for (size_t i = items.size(); i < wanted.size(); ++i)
                    items.push_back(wanted[i]);
                return {};
            }
        }
        // The comments stay with the key; a string keeps its quoting where
        // the new text allows it.
        auto comments = old.comments();
        if (old.is_string() && value.is_string()) {
            const toml::string_format_info format = old.as_string_fmt();
            const std::string& text = value.as_string();
            const bool plain
                = std::ranges::none_of(text, [](char c) { return c == '\'' || (c >= 0 && c < 0x20); });
            if (format.fmt == toml::string_format::basic
                || (format.fmt == toml::string_format::literal && plain))
                value.as_string_fmt() = format;
        }
        old = std::move(value);
        old.comments() = std::move(comments);
        return {};
    }

    QString remove(const QStringList& segments)
    {
        QString error;
        TomlValue* table = parentTable(segments, false, {}, &error);
        if (!table)
            return error;
        TomlTable& map = table->as_table();
        const auto it = map.find(toStd(parsePathSegment(segments.constLast()).key));
        if (it == map.end() || parsePathSegment(segments.constLast()).isElement)
            return Text::tr("%1 does not exist.").arg(joinConfigPath(segments));
        map.erase(it);
        prune(parentSegments(segments));
        return {};
    }

    // Tables the removal emptied go too: an empty [a.b] left behind would be a
    // change nobody asked for.
    void prune(QStringList segments)
    {
        while (!segments.isEmpty()) {
            if (parsePathSegment(segments.constLast()).isElement)
                return;
            const TomlValue* table = findValue(m_root, segments);
            if (!table || !table->is_table() || !table->as_table().empty())
                return;
            TomlValue* holder = segments.size() == 1 ? &m_root : findValue(m_root, parentSegments(segments));
            if (!holder || !holder->is_table())
                return;
            holder->as_table().erase(toStd(parsePathSegment(segments.constLast()).key));
            segments.removeLast();
        }
    }

    QString move(const QStringList& from, const QStringList& to, const QString& insertAfter)
    {
        if (to.isEmpty())
            return Text::tr("The edit has no new key.");
        QString error;
        TomlValue* fromTable = parentTable(from, false, {}, &error);
        if (!fromTable)
            return error;
        const std::string oldKey = toStd(parsePathSegment(from.constLast()).key);
        const std::string newKey = toStd(parsePathSegment(to.constLast()).key);
        TomlTable& map = fromTable->as_table();
        const auto it = map.find(oldKey);
        if (it == map.end())
            return Text::tr("%1 does not exist.").arg(joinConfigPath(from));
        if (parentSegments(from) == parentSegments(to)) {
            // A rename keeps the key's place and comments.
            if (map.find(newKey) != map.end())
                return Text::tr("%1 exists already.").arg(joinConfigPath(to));
            it->first = newKey;
            return {};
        }
        if (findValue(m_root, to))
            return Text::tr("%1 exists already.").arg(joinConfigPath(to));
        TomlValue value = std::move(it->second);
        map.erase(it);
        TomlValue* toTable = parentTable(to, true, splitConfigPath(insertAfter), &error);
        if (!toTable)
            return error;
        holdLeaf(*toTable);
        insertKey(*toTable, newKey, std::move(value), {});
        prune(parentSegments(from));
        return {};
    }

    TomlValue& m_root;
};

// ---------------------------------------------------------------------------
// Planning

std::expected<TomlDocument, ConfigError> documentOf(const TomlValue& root, const QString& fileName)
{
    return makeTomlDocument(root, fileName);
}

QString describe(const ProposedEdit& edit)
{
    switch (edit.kind) {
    case ProposedEdit::Kind::Rename:
        if (parentPath(edit.path) == parentPath(edit.newPath))
            return Text::tr("Rename %1 to %2").arg(describeKey(edit.path), lastPathKey(edit.newPath));
        return Text::tr("Move %1 to %2").arg(describeKey(edit.path), describeKey(edit.newPath));
    case ProposedEdit::Kind::Remove:
        return Text::tr("Remove %1 (was %2)").arg(describeKey(edit.path), shown(edit.path, edit.oldValue));
    case ProposedEdit::Kind::Set:
        if (edit.oldValue.isEmpty())
            return Text::tr("Set %1 = %2").arg(describeKey(edit.path), shown(edit.path, edit.newValue));
        return Text::tr("Change %1 from %2 to %3")
            .arg(describeKey(edit.path), shown(edit.path, edit.oldValue), shown(edit.path, edit.newValue));
    case ProposedEdit::Kind::AddFromDefault:
        return Text::tr("Add %1 = %2 from the new release's default file")
            .arg(describeKey(edit.path), shown(edit.path, edit.newValue));
    }
    return {};
}

class Planner
{
public:
    Planner(const TomlDocument& oldDoc, MigrationPlan& plan)
        : m_oldDoc(oldDoc)
        , m_plan(plan)
        , m_oldRules(oldDoc)
        , m_tree(oldDoc.data().root)
        , m_current(oldDoc)
    {
    }

    std::optional<ConfigError> run()
    {
        const ReleaseRules::Data& data = m_plan.rules.data();
        for (const RuleStep& step : data.steps) {
            if (compareReleases(step.from, m_plan.from) < 0 || compareReleases(step.to, m_plan.to) > 0)
                continue;
            if (auto error = runStep(step, releaseStepLabel(step.from, step.to)))
                return error;
        }
        if (m_plan.newDefault)
            if (auto error = addFromDefault(*m_plan.newDefault))
                return error;
        return runStep(data.everyMigration, releaseStepLabel(m_plan.from, m_plan.to));
    }

private:
    std::optional<ConfigError> runStep(const RuleStep& step, const QString& label)
    {
        const RuleDocument doc(m_current);
        const RuleContext context { doc, m_plan.from, m_plan.to };
        QList<ProposedEdit> stepEdits;
        QSet<QString> stepTargets;
        for (const Rule& rule : step.rules) {
            for (const RuleHit& hit : evaluateRule(rule, context)) {
                ConfigFinding finding;
                finding.ruleId = rule.id;
                finding.severity = hit.severity;
                finding.path = hit.path;
                finding.pos = oldPosition(hit.path);
                finding.step = label;
                finding.message = hit.message;
                finding.remediation = hit.remediation;
                for (ProposedEdit& edit : editsFor(rule, hit, doc)) {
                    // A key the user kept as it was stays so: no later rule
                    // edits it behind their back. Two rules of one step
                    // touching one key: the first wins.
                    if (m_protected.contains(edit.path) || m_protected.contains(edit.newPath)
                        || stepTargets.contains(edit.path) || stepTargets.contains(edit.newPath))
                        continue;
                    stepTargets.insert(edit.path);
                    stepTargets.insert(edit.newPath);
                    if (finding.editId.isEmpty())
                        finding.editId = edit.id;
                    stepEdits.append(std::move(edit));
                }
                for (const PathPattern& excluded : rule.excludeFromDefaults)
                    m_excluded.append(excluded);
                m_plan.findings.append(finding);
            }
        }
        return applyAll(stepEdits);
    }

    std::optional<ConfigError> applyAll(const QList<ProposedEdit>& edits)
    {
        bool changed = false;
        TreeEditor editor(m_tree);
        for (const ProposedEdit& edit : edits) {
            m_plan.edits.append(edit);
            // Whatever the decision, the default file must not refill a
            // table a rule looked after (no PKCS12 type beside a kept JKS).
            m_excluded.append(PathPattern(parentPath(edit.path)));
            m_excluded.append(PathPattern(parentPath(edit.newPath)));
            if (m_plan.rejectedEditIds.contains(edit.id)) {
                m_protected.insert(edit.path);
                continue;
            }
            if (const QString error = editor.apply(edit); !error.isEmpty())
                return migrationError(m_oldDoc.fileName(),
                    Text::tr("The edit %1 cannot be applied: %2").arg(edit.id, error),
                    Text::tr("The release rules and this file disagree; please report this as a bug."));
            if (edit.kind == ProposedEdit::Kind::Rename) {
                m_origin.insert(edit.newPath, m_origin.value(edit.path, edit.path));
                m_origin.remove(edit.path);
            }
            changed = true;
        }
        if (changed) {
            auto doc = documentOf(m_tree, m_oldDoc.fileName());
            if (!doc)
                return doc.error();
            m_current = std::move(*doc);
        }
        return std::nullopt;
    }

    SourcePos oldPosition(const QString& path) const
    {
        if (path.isEmpty())
            return {};
        const QString original = m_origin.value(path, path);
        if (const TomlEntry* entry = m_oldDoc.find(original))
            return entry->pos;
        // A rule about a whole table points at the table's first key.
        if (const TomlEntry* first = m_oldRules.firstUnder(PathPattern(original));
            first && !m_oldDoc.contains(original))
            return first->pos;
        return {};
    }

    QList<ProposedEdit> editsFor(const Rule& rule, const RuleHit& hit, const RuleDocument& doc) const
    {
        QList<ProposedEdit> edits;
        const QStringList subject = splitConfigPath(hit.path);
        for (const RuleEdit& e : rule.edits) {
            ProposedEdit edit;
            edit.ruleId = rule.id;
            edit.severity = hit.severity;
            switch (e.action) {
            case RuleAction::Rename:
            case RuleAction::Move: {
                if (!hit.entry)
                    continue;
                edit.kind = ProposedEdit::Kind::Rename;
                edit.path = hit.path;
                edit.newPath = e.action == RuleAction::Rename
                    ? joinConfigPath(parentSegments(subject) + QStringList { e.to })
                    : PathPattern(e.to).filled(hit.captures);
                if (!canCreate(doc, edit.newPath))
                    continue;
                edit.oldValue = hit.entry->value;
                edit.newValue = hit.entry->value;
                break;
            }
            case RuleAction::Map: {
                if (!hit.entry)
                    continue;
                const auto it = std::ranges::find_if(
                    e.mapping, [&](const auto& m) { return m.first == hit.entry->rawValue; });
                if (it == e.mapping.end())
                    continue;
                edit.kind = ProposedEdit::Kind::Set;
                edit.path = edit.newPath = hit.path;
                edit.oldValue = hit.entry->value;
                edit.newValue = tomlValueText(it->second);
                if (edit.newValue == edit.oldValue)
                    continue;
                break;
            }
            case RuleAction::Set:
            case RuleAction::Append:
            case RuleAction::Remove: {
                QString target = hit.path;
                if (!e.target.isEmpty())
                    target = e.target;
                else if (!e.key.isEmpty())
                    target = joinConfigPath(parentSegments(subject) + QStringList { e.key });
                edit.path = edit.newPath = target;
                const TomlEntry* existing = doc.document().find(target);
                if (e.action == RuleAction::Remove) {
                    if (!existing)
                        continue;
                    edit.kind = ProposedEdit::Kind::Remove;
                    edit.oldValue = existing->value;
                    break;
                }
                if (!existing && !canCreate(doc, target))
                    continue;
                edit.kind = ProposedEdit::Kind::Set;
                edit.oldValue = existing ? existing->value : QString();
                TomlValue value = e.value;
                if (e.action == RuleAction::Append) {
                    const TomlValue* current = findValue(m_tree, splitConfigPath(target));
                    if (current && !current->is_array())
                        continue;
                    TomlArray merged = current ? current->as_array() : TomlArray {};
                    for (const TomlValue& item : e.value.as_array())
                        if (std::ranges::none_of(merged,
                                [&](const TomlValue& v) { return tomlValueText(v) == tomlValueText(item); }))
                            merged.push_back(item);
                    value = TomlValue(merged);
                }
                edit.newValue = tomlValueText(value);
                if (edit.newValue == edit.oldValue)
                    continue;
                // A key set beside the rule's key goes right after it; a
                // table that has to be made goes where the rule says.
                if (!existing && hit.entry && parentPath(target) == parentPath(hit.path))
                    edit.insertAfter = hit.path;
                else if (!existing)
                    edit.insertAfter = e.after;
                break;
            }
            }
            edit.id = rule.id + u'@' + edit.path;
            edit.description = describe(edit);
            if (std::ranges::any_of(edits, [&](const ProposedEdit& other) { return other.id == edit.id; }))
                continue;
            edits.append(edit);
        }
        return edits;
    }

    // A new key can go at `path`: nothing is there, and no key stands where
    // one of its tables would have to be.
    static bool canCreate(const RuleDocument& doc, const QString& path)
    {
        if (doc.hasUnder(PathPattern(path)))
            return false;
        QStringList segments = splitConfigPath(path);
        while (segments.size() > 1) {
            segments.removeLast();
            if (const TomlEntry* entry = doc.document().find(joinConfigPath(segments));
                entry && entry->type != u"table"_s)
                return false;
        }
        return true;
    }

    bool excluded(const QStringList& segments) const
    {
        return std::ranges::any_of(
            m_excluded, [&](const PathPattern& p) { return !p.isEmpty() && p.matchesPrefix(segments); });
    }

    // Keys the new release's shipped file has and the migrated file lacks.
    // Only where the administrator left the table alone: a table they made
    // their own (another database, another keystore) does not get the
    // defaults of the shipped one mixed in.
    std::optional<ConfigError> addFromDefault(const TomlDocument& newDefault)
    {
        const RuleDocument current(m_current);
        const RuleDocument shipped(newDefault);
        QHash<QString, bool> customized; // table → differs from the shipped one
        QList<ProposedEdit> edits;
        QSet<QString> placed; // paths already there or added, for anchoring
        QString previous;
        for (qsizetype i = 0; i < newDefault.entries().size(); ++i) {
            const TomlEntry& entry = newDefault.entries().at(i);
            const QStringList& segments = shipped.segments(i);
            const QString anchor = previous;
            previous = entry.path;
            if (current.document().contains(entry.path)) {
                placed.insert(entry.path);
                continue;
            }
            if (entry.type == u"table"_s || excluded(segments)
                || std::ranges::any_of(
                    segments, [](const QString& s) { return parsePathSegment(s).isElement; })
                || !canCreate(current, entry.path))
                continue;
            const QString table = joinConfigPath(parentSegments(segments));
            if (!customized.contains(table)) {
                bool differs = false;
                for (qsizetype j = 0; j < newDefault.entries().size() && !differs; ++j) {
                    const TomlEntry& sibling = newDefault.entries().at(j);
                    if (joinConfigPath(parentSegments(shipped.segments(j))) != table)
                        continue;
                    const TomlEntry* mine = current.document().find(sibling.path);
                    differs = mine && mine->value != sibling.value;
                }
                customized.insert(table, differs);
            }
            if (customized.value(table))
                continue;
            ProposedEdit edit;
            edit.kind = ProposedEdit::Kind::AddFromDefault;
            edit.id = u"default@"_s + entry.path;
            edit.path = edit.newPath = entry.path;
            edit.newValue = entry.value;
            edit.severity = Severity::Info;
            edit.insertAfter = placed.contains(anchor) ? anchor : QString();
            edit.description = describe(edit);
            placed.insert(entry.path);
            edits.append(edit);
        }
        // A rejected addition leaves no trace, so a later key must not lean on it.
        for (ProposedEdit& edit : edits)
            if (m_plan.rejectedEditIds.contains(u"default@"_s + edit.insertAfter))
                edit.insertAfter.clear();
        return applyAll(edits);
    }

    const TomlDocument& m_oldDoc;
    MigrationPlan& m_plan;
    const RuleDocument m_oldRules; // m_oldDoc, for finding tables in it
    TomlValue m_tree; // the file as the steps so far leave it
    TomlDocument m_current; // m_tree, flattened
    QHash<QString, QString> m_origin; // path now → path in the old file, for renamed keys
    QSet<QString> m_protected; // keys whose edit was rejected
    QList<PathPattern> m_excluded; // tables the default file must not fill
};

QString releaseList(const QList<QVersionNumber>& releases)
{
    QStringList names;
    for (const QVersionNumber& v : releases)
        names.append(v.toString());
    return names.join(u", "_s);
}

std::optional<ConfigError> checkReleases(
    const QVersionNumber& from, const QVersionNumber& to, const ReleaseRules& rules)
{
    const QList<QVersionNumber> known = rules.releases();
    if (known.isEmpty())
        return migrationError({}, Text::tr("No release rules are loaded."),
            Text::tr("The rules are part of the program: please report this as a bug."));
    const auto knows = [&known](const QVersionNumber& v) {
        return std::ranges::any_of(
            known, [&v](const QVersionNumber& k) { return compareReleases(k, v) == 0; });
    };
    const QString first = known.constFirst().toString();
    const QString last = known.constLast().toString();
    if (from.isNull() || to.isNull())
        return migrationError({},
            Text::tr("Both the release to migrate from and the one to migrate to are needed."),
            Text::tr("Give releases such as 5.11.0 and %1.").arg(last));
    if (compareReleases(from, to) > 0)
        return migrationError({},
            Text::tr("Migrating from %1 to %2 would go back to an older release.")
                .arg(from.toString(), to.toString()),
            Text::tr(
                "The wizard only migrates forward; to go back, restore the old home and database from the "
                "backup."));
    if (!knows(from)) {
        if (compareReleases(from, known.constFirst()) < 0)
            return migrationError({},
                Text::tr("IS %1 is older than the releases the rules cover (%2 to %3).")
                    .arg(from.toString(), first, last),
                Text::tr("Migrate to %1 first as WSO2 documents it, then use the wizard from there.")
                    .arg(first));
        return migrationError({}, Text::tr("%1 is not a release the rules know.").arg(from.toString()),
            Text::tr("Known releases: %1.").arg(releaseList(known)));
    }
    if (!knows(to)) {
        if (compareReleases(to, known.constLast()) > 0)
            return migrationError({},
                Text::tr("IS %1 is newer than the releases the rules cover (up to %2).")
                    .arg(to.toString(), last),
                Text::tr("Use a newer version of the wizard, whose rules know %1.").arg(to.toString()));
        return migrationError({}, Text::tr("%1 is not a release the rules know.").arg(to.toString()),
            Text::tr("Known releases: %1.").arg(releaseList(known)));
    }
    return std::nullopt;
}

// What the migration must have done to the flattened file: every applied
// edit replayed on the old file's keys, independent of the tree editing.
QList<ConfigChange> expectedChanges(const TomlDocument& oldDoc, const QList<const ProposedEdit*>& applied)
{
    QHash<QString, QString> state;
    QStringList order;
    for (const TomlEntry& entry : oldDoc.entries()) {
        state.insert(entry.path, entry.value);
        order.append(entry.path);
    }
    for (const ProposedEdit* edit : applied) {
        switch (edit->kind) {
        case ProposedEdit::Kind::Rename:
            state.insert(edit->newPath, state.take(edit->path));
            order.append(edit->newPath);
            break;
        case ProposedEdit::Kind::Remove:
            state.remove(edit->path);
            break;
        case ProposedEdit::Kind::Set:
        case ProposedEdit::Kind::AddFromDefault:
            state.insert(edit->path, edit->newValue);
            order.append(edit->path);
            break;
        }
    }
    QList<ConfigChange> changes;
    QSet<QString> done;
    for (const QString& path : std::as_const(order)) {
        if (done.contains(path))
            continue;
        done.insert(path);
        const TomlEntry* before = oldDoc.find(path);
        ConfigChange change;
        change.path = path;
        if (!state.contains(path)) {
            if (!before)
                continue;
            change.kind = ChangeKind::Removed;
            change.oldValue = before->value;
        } else if (!before) {
            change.kind = ChangeKind::Added;
            change.newValue = state.value(path);
        } else if (before->value != state.value(path)) {
            change.kind = ChangeKind::Changed;
            change.oldValue = before->value;
            change.newValue = state.value(path);
        } else {
            continue;
        }
        changes.append(change);
    }
    return changes;
}

// The differences between the diff the tool sees and the one it expects,
// one line each, values masked; empty when they agree.
QStringList compareChanges(const QList<ConfigChange>& actual, const QList<ConfigChange>& expected)
{
    const auto key = [](const ConfigChange& c) {
        const ChangeKind kind = c.kind == ChangeKind::TypeChanged ? ChangeKind::Changed : c.kind;
        return changeKindName(kind) + u' ' + c.path + u" = "_s + shown(c.path, c.newValue);
    };
    QSet<QString> a;
    for (const ConfigChange& c : actual)
        a.insert(key(c));
    QSet<QString> e;
    for (const ConfigChange& c : expected)
        e.insert(key(c));
    QStringList problems;
    for (const QString& k : e - a)
        problems.append(Text::tr("missing: %1").arg(k));
    for (const QString& k : a - e)
        problems.append(Text::tr("not asked for: %1").arg(k));
    problems.sort();
    return problems;
}

// The comment lines after the file's last key. toml11 keeps comments that
// stand before a key or table and drops these, so they are put back.
QByteArray trailingComments(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    qsizetype start = lines.size();
    while (start > 0) {
        const QByteArray line = lines.at(start - 1).trimmed();
        if (!line.isEmpty() && !line.startsWith('#'))
            break;
        --start;
    }
    QList<QByteArray> tail = lines.mid(start);
    while (!tail.isEmpty() && tail.constFirst().trimmed().isEmpty())
        tail.removeFirst();
    while (!tail.isEmpty() && tail.constLast().trimmed().isEmpty())
        tail.removeLast();
    if (tail.isEmpty())
        return {};
    QByteArray block = tail.join('\n');
    block.replace('\r', QByteArray());
    return block + '\n';
}

} // namespace

std::expected<MigrationPlan, ConfigError> planMigration(const TomlDocument& oldDoc,
    const QVersionNumber& from, const QVersionNumber& to, const ReleaseRules& rules,
    const TomlDocument* newDefault, const QSet<QString>& rejectedEditIds)
{
    if (auto error = checkReleases(from, to, rules))
        return std::unexpected(*error);
    MigrationPlan plan;
    plan.from = from;
    plan.to = to;
    plan.steps = rules.stepsBetween(from, to);
    plan.rejectedEditIds = rejectedEditIds;
    plan.rules = rules;
    if (newDefault)
        plan.newDefault = *newDefault;
    if (compareReleases(from, to) == 0)
        return plan; // nothing to migrate
    Planner planner(oldDoc, plan);
    if (auto error = planner.run())
        return std::unexpected(*error);
    return plan;
}

std::expected<MigrationResult, ConfigError> applyMigration(
    const TomlDocument& oldDoc, const MigrationPlan& plan, const QSet<QString>& rejectedEditIds)
{
    const MigrationPlan* effective = &plan;
    std::optional<MigrationPlan> replanned;
    if (rejectedEditIds != plan.rejectedEditIds && plan.rules.ruleCount() > 0) {
        auto again = planMigration(oldDoc, plan.from, plan.to, plan.rules,
            plan.newDefault ? &*plan.newDefault : nullptr, rejectedEditIds);
        if (!again)
            return std::unexpected(again.error());
        replanned = std::move(*again);
        effective = &*replanned;
    }

    MigrationResult result;
    TomlValue tree = oldDoc.data().root;
    TreeEditor editor(tree);
    QList<const ProposedEdit*> applied;
    for (const ProposedEdit& edit : effective->edits) {
        if (rejectedEditIds.contains(edit.id))
            continue;
        if (const QString error = editor.apply(edit); !error.isEmpty())
            return std::unexpected(migrationError(oldDoc.fileName(),
                Text::tr("The edit %1 cannot be applied: %2").arg(edit.id, error),
                Text::tr("Plan the migration again for this file; the plan was made for another one.")));
        applied.append(&edit);
        result.appliedEditIds.append(edit.id);
    }

    std::string formatted;
    try {
        formatted = toml::format(tree);
    } catch (const std::exception& e) {
        return std::unexpected(migrationError(oldDoc.fileName(),
            Text::tr("The migrated configuration cannot be written as TOML: %1").arg(fromStd(e.what()))));
    }
    QByteArray text = QByteArray::fromStdString(formatted);
    if (!text.isEmpty() && !text.endsWith('\n'))
        text += '\n';
    if (const QByteArray tail = trailingComments(oldDoc.text()); !tail.isEmpty() && !text.endsWith(tail))
        text += (text.isEmpty() || text.endsWith("\n\n") ? QByteArray() : QByteArray("\n")) + tail;

    auto document = TomlDocument::parse(text, oldDoc.fileName(), true);
    if (!document) {
        ConfigError error = document.error();
        error.message = Text::tr("The migrated configuration would not be valid TOML: %1").arg(error.message);
        error.hint = Text::tr("Nothing was written; please report this as a bug.");
        return std::unexpected(error);
    }
    result.changes = diffDocuments(oldDoc, *document);
    if (const QStringList problems = compareChanges(result.changes, expectedChanges(oldDoc, applied));
        !problems.isEmpty()) {
        ConfigError error = migrationError(oldDoc.fileName(),
            Text::tr(
                "The migrated configuration differs from the old one in other ways than the accepted edits."),
            Text::tr("Nothing was written; please report this as a bug."));
        error.detail = problems.join(u'\n');
        return std::unexpected(error);
    }
    result.text = std::move(text);
    result.document = std::move(*document);
    return result;
}

} // namespace Ismw
