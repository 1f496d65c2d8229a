// SPDX-License-Identifier: Apache-2.0
#include "checks/IsRelease.h"
#include "config/ReleaseRules_p.h"
#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

Q_LOGGING_CATEGORY(lcRules, "ismw.config.rules")

// The translation context of this file's messages (lupdate reads Text::tr).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ReleaseRules)
};

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

// The raw key of a quoted segment: TOML basic-string escapes undone.
QString unquoteKey(QStringView quoted)
{
    QString key;
    for (qsizetype i = 1; i + 1 < quoted.size(); ++i) {
        const QChar c = quoted.at(i);
        if (c != u'\\' || i + 2 >= quoted.size()) {
            key += c;
            continue;
        }
        const QChar e = quoted.at(++i);
        switch (e.unicode()) {
        case u'n':
            key += u'\n';
            break;
        case u't':
            key += u'\t';
            break;
        case u'r':
            key += u'\r';
            break;
        case u'b':
            key += u'\b';
            break;
        case u'f':
            key += u'\f';
            break;
        case u'u':
        case u'U': {
            const int digits = e == u'u' ? 4 : 8;
            bool ok = false;
            const char32_t code = quoted.mid(i + 1, digits).toUInt(&ok, 16);
            if (ok) {
                key += QString::fromUcs4(&code, 1);
                i += digits;
            }
            break;
        }
        default:
            key += e; // \" and \\ and anything unexpected
        }
    }
    return key;
}

QString wildcardRegex(const QString& segment)
{
    QStringList parts = segment.split(u'*');
    for (QString& part : parts)
        part = QRegularExpression::escape(part);
    return QRegularExpression::anchoredPattern(parts.join(u".*"_s));
}

// A mistake in a rule file; becomes a ConfigError naming file, line and rule.
struct RuleFileError
{
    int line = 0;
    QString message;
};

int lineOf(const TomlValue& value)
{
    const toml::source_location location = value.location();
    return location.is_ok() ? int(location.first_line_number()) : 0;
}

// Reads one rule file strictly: an unknown key is a typo that would silently
// weaken a rule, so it is an error like a missing one.
class RuleFileParser
{
public:
    explicit RuleFileParser(QString fileName)
        : m_file(std::move(fileName))
    {
    }

    RuleStep parse(const TomlValue& root)
    {
        checkKeys(root, { "format", "step", "rule" });
        const TomlValue& format = required(root, "format");
        if (!format.is_integer() || format.as_integer() != 1)
            throw RuleFileError { lineOf(format),
                Text::tr("Unknown rule file format; this program reads format 1.") };

        RuleStep step;
        step.file = m_file;
        const TomlValue& header = required(root, "step");
        if (!header.is_table())
            throw RuleFileError { lineOf(header), Text::tr("[step] must be a table.") };
        if (header.contains("every_migration")) {
            checkKeys(header, { "every_migration" });
            const TomlValue& every = header.at("every_migration");
            if (!every.is_boolean() || !every.as_boolean())
                throw RuleFileError { lineOf(every),
                    Text::tr("every_migration must be true when it is given.") };
        } else {
            checkKeys(header, { "from", "to" });
            step.from = version(required(header, "from"));
            step.to = version(required(header, "to"));
            if (compareReleases(step.from, step.to) >= 0)
                throw RuleFileError { lineOf(header.at("to")),
                    Text::tr("A step must go to a newer release.") };
        }

        if (root.contains("rule")) {
            const TomlValue& rules = root.at("rule");
            if (!rules.is_array())
                throw RuleFileError { lineOf(rules), Text::tr("Rules are written as [[rule]] tables.") };
            for (const TomlValue& rule : rules.as_array())
                step.rules.append(parseRule(rule, step));
        }
        return step;
    }

    QString currentRule() const { return m_rule; }

private:
    [[noreturn]] void fail(const TomlValue& where, const QString& message) const
    {
        throw RuleFileError { lineOf(where), message };
    }

    // `conditions`: the table may also hold the keys of a condition.
    void checkKeys(
        const TomlValue& table, std::initializer_list<const char*> allowed, bool conditions = false) const
    {
        static constexpr const char* kConditionKeys[] = { "present", "absent", "any_present", "value_in",
            "value_not_in", "value_matches", "value_not_matches", "sibling_present", "sibling_absent",
            "equals", "not_equals", "matches", "not_matches", "target_at_least", "target_below" };
        for (const auto& [key, value] : table.as_table()) {
            const auto same = [&key](const char* name) { return key == name; };
            if (std::ranges::none_of(allowed, same)
                && !(conditions && std::ranges::any_of(kConditionKeys, same)))
                fail(value, Text::tr("Unknown key “%1”.").arg(fromStd(key)));
        }
    }

    const TomlValue& required(const TomlValue& table, const char* key) const
    {
        if (!table.contains(key))
            fail(table, Text::tr("“%1” is missing.").arg(QString::fromLatin1(key)));
        return table.at(key);
    }

    QString string(const TomlValue& table, const char* key, bool mandatory) const
    {
        if (!table.contains(key)) {
            if (mandatory)
                fail(table, Text::tr("“%1” is missing.").arg(QString::fromLatin1(key)));
            return {};
        }
        const TomlValue& value = table.at(key);
        if (!value.is_string())
            fail(value, Text::tr("“%1” must be a string.").arg(QString::fromLatin1(key)));
        const QString text = fromStd(value.as_string());
        if (mandatory && text.trimmed().isEmpty())
            fail(value, Text::tr("“%1” must not be empty.").arg(QString::fromLatin1(key)));
        return text;
    }

    // A string or an array of strings.
    QStringList strings(const TomlValue& value, const char* key) const
    {
        if (value.is_string())
            return { fromStd(value.as_string()) };
        if (!value.is_array())
            fail(value,
                Text::tr("“%1” must be a string or an array of strings.").arg(QString::fromLatin1(key)));
        QStringList list;
        for (const TomlValue& element : value.as_array()) {
            if (!element.is_string())
                fail(element,
                    Text::tr("“%1” must be a string or an array of strings.").arg(QString::fromLatin1(key)));
            list.append(fromStd(element.as_string()));
        }
        return list;
    }

    PathPattern pattern(const TomlValue& where, const QString& text) const
    {
        PathPattern result(text);
        if (result.isEmpty() || result.segments().contains(QString()))
            fail(where, Text::tr("“%1” is not a key path.").arg(text));
        return result;
    }

    QList<PathPattern> patterns(const TomlValue& value, const char* key) const
    {
        QList<PathPattern> list;
        for (const QString& text : strings(value, key))
            list.append(pattern(value, text));
        return list;
    }

    QRegularExpression regex(const TomlValue& value) const
    {
        if (!value.is_string())
            fail(value, Text::tr("A regular expression must be a string."));
        QRegularExpression re(fromStd(value.as_string()));
        if (!re.isValid())
            fail(value, Text::tr("Invalid regular expression: %1.").arg(re.errorString()));
        return re;
    }

    QVersionNumber version(const TomlValue& value) const
    {
        if (!value.is_string())
            fail(value, Text::tr("A release must be a string such as \"7.1.0\"."));
        const QVersionNumber v = parseReleaseVersion(fromStd(value.as_string()));
        if (v.isNull())
            fail(value, Text::tr("“%1” is not a release.").arg(fromStd(value.as_string())));
        return v;
    }

    // Scalars compare by their raw text: strings unquoted, the rest as TOML writes them.
    QString scalarText(const TomlValue& value) const
    {
        if (value.is_table() || value.is_array())
            fail(value, Text::tr("A value to compare with must be a string, number or boolean."));
        return value.is_string() ? fromStd(value.as_string()) : tomlValueText(value);
    }

    QString keySegment(const TomlValue& where, const QString& key) const
    {
        if (key.isEmpty() || key.contains(u'*'))
            fail(where, Text::tr("“%1” is not a key name.").arg(key));
        return tomlKeySegment(key.toStdString());
    }

    RuleCondition condition(const TomlValue& table, bool hasPath) const
    {
        RuleCondition c;
        for (const auto& [key, value] : table.as_table()) {
            const QString name = fromStd(key);
            if (name == u"present"_s) {
                c.present = patterns(value, "present");
            } else if (name == u"absent"_s) {
                c.absent = patterns(value, "absent");
            } else if (name == u"any_present"_s) {
                c.anyPresent = patterns(value, "any_present");
            } else if (name == u"value_in"_s || name == u"value_not_in"_s) {
                if (!value.is_array())
                    fail(value, Text::tr("“%1” must be an array.").arg(name));
                QStringList list;
                for (const TomlValue& element : value.as_array())
                    list.append(scalarText(element));
                (name == u"value_in"_s ? c.valueIn : c.valueNotIn) = list;
            } else if (name == u"value_matches"_s) {
                c.valueMatches = regex(value);
            } else if (name == u"value_not_matches"_s) {
                c.valueNotMatches = regex(value);
            } else if (name == u"sibling_present"_s || name == u"sibling_absent"_s) {
                QStringList keys;
                for (const QString& k : strings(value, "sibling"))
                    keys.append(keySegment(value, k));
                (name == u"sibling_present"_s ? c.siblingPresent : c.siblingAbsent) = keys;
            } else if (name == u"equals"_s || name == u"not_equals"_s || name == u"matches"_s
                || name == u"not_matches"_s) {
                if (!value.is_table() || value.as_table().empty())
                    fail(value, Text::tr("“%1” must be a table of key paths.").arg(name));
                const bool isRegex = name.endsWith(u"matches"_s);
                QList<ValueTest> tests;
                for (const auto& [path, expected] : value.as_table()) {
                    ValueTest test;
                    test.path = pattern(expected, fromStd(path));
                    if (isRegex)
                        test.regex = regex(expected);
                    else
                        test.text = scalarText(expected);
                    tests.append(test);
                }
                if (name == u"equals"_s)
                    c.equals = tests;
                else if (name == u"not_equals"_s)
                    c.notEquals = tests;
                else if (name == u"matches"_s)
                    c.matches = tests;
                else
                    c.notMatches = tests;
            } else if (name == u"target_at_least"_s) {
                c.targetAtLeast = version(value);
            } else if (name == u"target_below"_s) {
                c.targetBelow = version(value);
            } else if (name != u"severity"_s && name != u"message"_s && name != u"remediation"_s) {
                fail(value, Text::tr("Unknown condition “%1”.").arg(name));
            }
        }
        const bool needsKey = !c.valueIn.isEmpty() || !c.valueNotIn.isEmpty() || c.valueMatches
            || c.valueNotMatches || !c.siblingPresent.isEmpty() || !c.siblingAbsent.isEmpty();
        if (needsKey && !hasPath)
            fail(table, Text::tr("value_* and sibling_* conditions need the rule's path."));
        return c;
    }

    RuleEdit edit(const TomlValue& table, const Rule& rule) const
    {
        if (!table.is_table())
            fail(table, Text::tr("An edit must be a table."));
        checkKeys(table, { "action", "to", "key", "target", "value", "values", "after" });
        RuleEdit e;
        const QString action = string(table, "action", true);
        static const QHash<QString, RuleAction> actions {
            { u"rename"_s, RuleAction::Rename },
            { u"move"_s, RuleAction::Move },
            { u"set"_s, RuleAction::Set },
            { u"append"_s, RuleAction::Append },
            { u"remove"_s, RuleAction::Remove },
            { u"map"_s, RuleAction::Map },
        };
        if (!actions.contains(action))
            fail(table.at("action"), Text::tr("Unknown edit action “%1”.").arg(action));
        e.action = actions.value(action);
        const auto forbid = [&](std::initializer_list<const char*> keys) {
            for (const char* key : keys)
                if (table.contains(key))
                    fail(table.at(key),
                        Text::tr("“%1” does not belong to a %2 edit.").arg(QString::fromLatin1(key), action));
        };
        const bool hasPath = !rule.paths.isEmpty();
        switch (e.action) {
        case RuleAction::Rename:
            forbid({ "key", "target", "value", "values" });
            e.to = keySegment(table, string(table, "to", true));
            break;
        case RuleAction::Move:
            forbid({ "key", "target", "value", "values" });
            e.to = pattern(table, string(table, "to", true)).text();
            break;
        case RuleAction::Set:
        case RuleAction::Append:
        case RuleAction::Remove:
            forbid({ "to", "values" });
            if (table.contains("key") && table.contains("target"))
                fail(table,
                    Text::tr("An edit names either a key beside the rule's key or a target path, not both."));
            if (table.contains("key"))
                e.key = keySegment(table.at("key"), string(table, "key", true));
            if (table.contains("target")) {
                e.target = pattern(table.at("target"), string(table, "target", true)).text();
                if (PathPattern(e.target).hasWildcard())
                    fail(table.at("target"), Text::tr("A target path cannot contain '*'."));
            }
            if (e.action == RuleAction::Remove) {
                forbid({ "value" });
            } else {
                e.value = required(table, "value");
                if (e.action == RuleAction::Append && !e.value.is_array())
                    fail(e.value, Text::tr("An append edit's value must be an array."));
                e.value.comments().clear();
            }
            break;
        case RuleAction::Map: {
            forbid({ "to", "key", "target", "value" });
            const TomlValue& values = required(table, "values");
            if (!values.is_table() || values.as_table().empty())
                fail(values, Text::tr("A map edit needs a table of old value = new value."));
            for (const auto& [from, to] : values.as_table()) {
                TomlValue copy = to;
                copy.comments().clear();
                e.mapping.append({ fromStd(from), copy });
            }
            break;
        }
        }
        if (!hasPath && e.target.isEmpty())
            fail(table, Text::tr("An edit of a rule without a path needs a target."));
        if (table.contains("after")) {
            const PathPattern after = pattern(table.at("after"), string(table, "after", true));
            if (after.hasWildcard())
                fail(table.at("after"), Text::tr("“after” cannot contain '*'."));
            e.after = after.text();
        }
        return e;
    }

    void checkPlaceholders(const TomlValue& where, const QString& text, bool hasPath) const
    {
        static const QRegularExpression placeholder(u"\\{\\{([^}]*)\\}\\}"_s);
        for (const QRegularExpressionMatch& m : placeholder.globalMatch(text)) {
            const QString name = m.captured(1);
            const bool needsPath
                = name == u"path"_s || name == u"key"_s || name == u"table"_s || name == u"value"_s;
            if (needsPath && !hasPath)
                fail(where, Text::tr("{{%1}} needs the rule's path.").arg(name));
            if (needsPath || name == u"target"_s || name == u"source"_s)
                continue;
            if (name.startsWith(u"value:"_s) && !PathPattern(name.mid(6)).isEmpty())
                continue;
            fail(where, Text::tr("Unknown placeholder {{%1}}.").arg(name));
        }
    }

    Severity severity(const TomlValue& table) const
    {
        const QString name = string(table, "severity", true);
        Severity s = Severity::Info;
        if (!parseSeverity(name, &s))
            fail(table.at("severity"),
                Text::tr("Unknown severity “%1”: use info, warning or blocker.").arg(name));
        return s;
    }

    Rule parseRule(const TomlValue& table, const RuleStep& step)
    {
        m_rule.clear();
        if (!table.is_table())
            fail(table, Text::tr("A rule must be a table."));
        Rule rule;
        rule.file = m_file;
        rule.line = table.contains("id") ? lineOf(table.at("id")) : lineOf(table);
        rule.id = string(table, "id", true);
        m_rule = rule.id;
        checkKeys(table,
            { "id", "severity", "path", "when", "escalate", "message", "remediation", "edit",
                "exclude_from_defaults" });
        const QString prefix = step.isEveryMigration() ? u"any/"_s : step.to.toString() + u'/';
        if (!rule.id.startsWith(prefix) || rule.id.size() == prefix.size())
            fail(table.at("id"), Text::tr("A rule id in this file starts with “%1”.").arg(prefix));
        static const QRegularExpression idShape(u"^[a-z0-9.]+/[a-z0-9][a-z0-9-]*$"_s);
        if (!idShape.match(rule.id).hasMatch())
            fail(table.at("id"),
                Text::tr("A rule id is the release, '/', and lower-case words joined by '-'."));
        rule.severity = severity(table);
        if (table.contains("path"))
            rule.paths = patterns(table.at("path"), "path");
        const bool hasPath = !rule.paths.isEmpty();
        rule.message = string(table, "message", true).trimmed();
        rule.remediation = string(table, "remediation", true).trimmed();
        checkPlaceholders(table.at("message"), rule.message, hasPath);
        checkPlaceholders(table.at("remediation"), rule.remediation, hasPath);
        if (table.contains("when")) {
            const TomlValue& when = table.at("when");
            if (!when.is_table())
                fail(when, Text::tr("[rule.when] must be a table."));
            checkKeys(when, {}, true);
            rule.when = condition(when, hasPath);
        }
        if (table.contains("escalate")) {
            const TomlValue& escalate = table.at("escalate");
            if (!escalate.is_table())
                fail(escalate, Text::tr("[rule.escalate] must be a table."));
            checkKeys(escalate, { "severity", "message", "remediation" }, true);
            rule.escalates = true;
            rule.escalatedSeverity = severity(escalate);
            if (rule.escalatedSeverity <= rule.severity)
                fail(escalate.at("severity"), Text::tr("An escalation must raise the severity."));
            rule.escalatedMessage = string(escalate, "message", false).trimmed();
            rule.escalatedRemediation = string(escalate, "remediation", false).trimmed();
            if (escalate.contains("message"))
                checkPlaceholders(escalate.at("message"), rule.escalatedMessage, hasPath);
            if (escalate.contains("remediation"))
                checkPlaceholders(escalate.at("remediation"), rule.escalatedRemediation, hasPath);
            rule.escalateWhen = condition(escalate, hasPath);
            if (rule.escalateWhen.isEmpty())
                fail(escalate, Text::tr("An escalation needs a condition."));
        }
        if (table.contains("edit")) {
            const TomlValue& edits = table.at("edit");
            if (edits.is_array()) {
                for (const TomlValue& e : edits.as_array())
                    rule.edits.append(edit(e, rule));
            } else {
                rule.edits.append(edit(edits, rule));
            }
            for (const RuleEdit& e : std::as_const(rule.edits)) {
                const bool needsKey = e.action == RuleAction::Rename || e.action == RuleAction::Move
                    || e.action == RuleAction::Map;
                if (needsKey && !hasPath)
                    fail(edits, Text::tr("This edit needs the rule's path."));
            }
        }
        if (table.contains("exclude_from_defaults"))
            rule.excludeFromDefaults = patterns(table.at("exclude_from_defaults"), "exclude_from_defaults");
        return rule;
    }

    QString m_file;
    QString m_rule;
};

ConfigError ruleFileError(const QString& file, int line, const QString& ruleId, const QString& message)
{
    ConfigError error;
    error.file = file;
    error.line = line;
    error.message = ruleId.isEmpty() ? message : Text::tr("Rule “%1”: %2").arg(ruleId, message);
    error.hint = file.startsWith(u':')
        ? Text::tr("The rules are part of the program: please report this as a bug.")
        : Text::tr("Correct the rule file; the rules are documented in resources/rules/README.md.");
    return error;
}

std::expected<RuleStep, ConfigError> loadRuleFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ConfigError error = ruleFileError(
            path, 0, {}, Text::tr("The rule file cannot be read: %1.").arg(file.errorString()));
        error.problem = ConfigError::Problem::Io;
        return std::unexpected(error);
    }
    const QByteArray text = file.readAll();
    std::vector<unsigned char> bytes(text.begin(), text.end());
    auto parsed = toml::try_parse<toml::ordered_type_config>(std::move(bytes), path.toStdString());
    if (parsed.is_err()) {
        int line = 0;
        std::string detail;
        for (const toml::error_info& info : parsed.unwrap_err()) {
            detail += toml::format_error(info);
            if (line == 0 && !info.locations().empty())
                line = int(info.locations().front().first.first_line_number());
        }
        ConfigError error = ruleFileError(path, line, {}, Text::tr("The rule file is not valid TOML."));
        error.detail = fromStd(detail).trimmed();
        return std::unexpected(error);
    }
    RuleFileParser parser(path);
    try {
        return parser.parse(parsed.unwrap());
    } catch (const RuleFileError& e) {
        return std::unexpected(ruleFileError(path, e.line, parser.currentRule(), e.message));
    } catch (const std::exception& e) {
        // toml11 accessors throw on a type mismatch the parser did not foresee.
        return std::unexpected(ruleFileError(path, 0, parser.currentRule(), fromStd(e.what())));
    }
}

QString tableOf(const QString& path)
{
    const QStringList segments = splitConfigPath(path);
    return joinConfigPath(segments.mid(0, segments.size() - 1));
}

// One place a rule looks at: a key found by the rule's path, or the path
// itself when nothing matches (a rule about a key that is missing).
struct Subject
{
    QString path;
    QStringList segments;
    QStringList captures;
    const TomlEntry* entry = nullptr;
};

bool valueTestHolds(const ValueTest& test, const RuleDocument& doc, bool regex)
{
    for (qsizetype i : doc.find(test.path)) {
        const QString& raw = doc.entry(i).rawValue;
        if (regex ? test.regex.match(raw).hasMatch() : raw == test.text)
            return true;
    }
    return false;
}

bool holds(const RuleCondition& c, const Subject& subject, const RuleContext& context)
{
    const RuleDocument& doc = context.doc;
    for (const PathPattern& p : c.present)
        if (!doc.hasUnder(p))
            return false;
    for (const PathPattern& p : c.absent)
        if (doc.hasUnder(p))
            return false;
    if (!c.anyPresent.isEmpty()
        && std::ranges::none_of(c.anyPresent, [&](const PathPattern& p) { return doc.hasUnder(p); }))
        return false;

    const bool valueTests
        = !c.valueIn.isEmpty() || !c.valueNotIn.isEmpty() || c.valueMatches || c.valueNotMatches;
    if (valueTests) {
        if (!subject.entry)
            return false;
        const QString& raw = subject.entry->rawValue;
        if (!c.valueIn.isEmpty() && !c.valueIn.contains(raw))
            return false;
        if (c.valueNotIn.contains(raw))
            return false;
        if (c.valueMatches && !c.valueMatches->match(raw).hasMatch())
            return false;
        if (c.valueNotMatches && c.valueNotMatches->match(raw).hasMatch())
            return false;
    }
    if (!c.siblingPresent.isEmpty() || !c.siblingAbsent.isEmpty()) {
        // Keys beside a key that is not there say nothing about it.
        if (!subject.entry)
            return false;
        const QStringList table = subject.segments.mid(0, subject.segments.size() - 1);
        const auto sibling = [&](const QString& key) {
            return doc.hasUnder(PathPattern(joinConfigPath(table + QStringList { key })));
        };
        if (!std::ranges::all_of(c.siblingPresent, sibling))
            return false;
        if (std::ranges::any_of(c.siblingAbsent, sibling))
            return false;
    }
    for (const ValueTest& t : c.equals)
        if (!valueTestHolds(t, doc, false))
            return false;
    for (const ValueTest& t : c.notEquals)
        if (valueTestHolds(t, doc, false))
            return false;
    for (const ValueTest& t : c.matches)
        if (!valueTestHolds(t, doc, true))
            return false;
    for (const ValueTest& t : c.notMatches)
        if (valueTestHolds(t, doc, true))
            return false;
    if (!c.targetAtLeast.isNull() && compareReleases(context.to, c.targetAtLeast) < 0)
        return false;
    if (!c.targetBelow.isNull() && compareReleases(context.to, c.targetBelow) >= 0)
        return false;
    return true;
}

// A value as a message may show it: secrets masked by key, and a password
// inside a value (a JDBC URL's password=…) masked as well.
QString shownValue(const QString& path, const QString& raw)
{
    return redactSecrets(displayValue(path, raw));
}

QString expand(const QString& text, const Subject& subject, const RuleContext& context)
{
    static const QRegularExpression placeholder(u"\\{\\{([^}]*)\\}\\}"_s);
    QString out;
    qsizetype last = 0;
    for (const QRegularExpressionMatch& m : placeholder.globalMatch(text)) {
        out += QStringView(text).mid(last, m.capturedStart() - last);
        last = m.capturedEnd();
        const QString name = m.captured(1);
        if (name == u"path"_s) {
            out += subject.path;
        } else if (name == u"key"_s) {
            out += lastPathKey(subject.path);
        } else if (name == u"table"_s) {
            const QString table = tableOf(subject.path);
            out += table.isEmpty() ? Text::tr("the top level") : u'[' + table + u']';
        } else if (name == u"value"_s) {
            out += subject.entry ? shownValue(subject.path, subject.entry->rawValue) : Text::tr("(not set)");
        } else if (name.startsWith(u"value:"_s)) {
            const QList<qsizetype> found = context.doc.find(PathPattern(name.mid(6)));
            if (found.isEmpty()) {
                out += Text::tr("(not set)");
            } else {
                const TomlEntry& entry = context.doc.entry(found.first());
                out += shownValue(entry.path, entry.rawValue);
            }
        } else if (name == u"target"_s) {
            out += context.to.toString();
        } else if (name == u"source"_s) {
            out += context.from.toString();
        }
    }
    out += QStringView(text).mid(last);
    return out;
}

} // namespace

PathSegment parsePathSegment(const QString& segment)
{
    PathSegment result;
    qsizetype keyEnd = segment.size();
    if (segment.startsWith(u'"')) {
        bool escaped = false;
        for (qsizetype i = 1; i < segment.size(); ++i) {
            const QChar c = segment.at(i);
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                keyEnd = i + 1;
                break;
            }
        }
        result.keyText = segment.left(keyEnd);
        result.key = unquoteKey(result.keyText);
    } else {
        const qsizetype bracket = segment.indexOf(u'[');
        keyEnd = bracket < 0 ? segment.size() : bracket;
        result.keyText = segment.left(keyEnd);
        result.key = result.keyText;
    }
    const QStringView rest = QStringView(segment).mid(keyEnd);
    if (rest.size() >= 2 && rest.startsWith(u'[') && rest.endsWith(u']')) {
        result.isElement = true;
        result.identity = rest.mid(1, rest.size() - 2).toString();
    }
    return result;
}

PathPattern::PathPattern(const QString& text)
{
    for (const QString& raw : splitConfigPath(text)) {
        QString segment = raw;
        if (segment.contains(u'*')) {
            m_wildcard = true;
        } else if (!segment.isEmpty()) {
            const PathSegment parsed = parsePathSegment(segment);
            segment = tomlKeySegment(parsed.key.toStdString());
            if (parsed.isElement)
                segment += u'[' + parsed.identity + u']';
        }
        m_segments.append(segment);
        m_wildcards.append(segment.contains(u'*') && segment != u"*"_s
                ? QRegularExpression(wildcardRegex(segment))
                : QRegularExpression());
    }
    m_text = joinConfigPath(m_segments);
}

bool PathPattern::segmentMatches(qsizetype index, const QString& segment) const
{
    const QString& p = m_segments.at(index);
    if (p == u"*"_s || p == segment)
        return true;
    if (m_wildcards.at(index).isValid() && !m_wildcards.at(index).pattern().isEmpty())
        return m_wildcards.at(index).match(segment).hasMatch();
    // A plain key finds the elements of an array of tables of that name.
    if (!p.contains(u'[') && segment.endsWith(u']')) {
        const PathSegment parsed = parsePathSegment(segment);
        return parsed.isElement && parsed.keyText == p;
    }
    return false;
}

bool PathPattern::matches(const QStringList& path) const
{
    return path.size() == m_segments.size() && matchesPrefix(path);
}

bool PathPattern::matchesPrefix(const QStringList& path) const
{
    if (path.size() < m_segments.size() || m_segments.isEmpty())
        return false;
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (!segmentMatches(i, path.at(i)))
            return false;
    return true;
}

QStringList PathPattern::captures(const QStringList& path) const
{
    QStringList result;
    for (qsizetype i = 0; i < m_segments.size() && i < path.size(); ++i)
        if (m_segments.at(i) == u"*"_s)
            result.append(path.at(i));
    return result;
}

QString PathPattern::filled(const QStringList& captures) const
{
    QStringList segments = m_segments;
    qsizetype next = 0;
    for (QString& segment : segments)
        if (segment == u"*"_s && next < captures.size())
            segment = captures.at(next++);
    return joinConfigPath(segments);
}

bool RuleCondition::isEmpty() const
{
    return present.isEmpty() && absent.isEmpty() && anyPresent.isEmpty() && valueIn.isEmpty()
        && valueNotIn.isEmpty() && !valueMatches && !valueNotMatches && siblingPresent.isEmpty()
        && siblingAbsent.isEmpty() && equals.isEmpty() && notEquals.isEmpty() && matches.isEmpty()
        && notMatches.isEmpty() && targetAtLeast.isNull() && targetBelow.isNull();
}

QString releaseStepLabel(const QVersionNumber& from, const QVersionNumber& to)
{
    return from.toString() + u'\u2192' + to.toString();
}

RuleDocument::RuleDocument(const TomlDocument& doc)
    : m_doc(doc)
{
    m_segments.reserve(doc.entries().size());
    for (const TomlEntry& entry : doc.entries())
        m_segments.append(splitConfigPath(entry.path));
}

QList<qsizetype> RuleDocument::find(const PathPattern& pattern) const
{
    QList<qsizetype> found;
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (pattern.matches(m_segments.at(i)))
            found.append(i);
    return found;
}

const TomlEntry* RuleDocument::firstUnder(const PathPattern& pattern) const
{
    for (qsizetype i = 0; i < m_segments.size(); ++i)
        if (pattern.matchesPrefix(m_segments.at(i)))
            return &entry(i);
    return nullptr;
}

QList<RuleHit> evaluateRule(const Rule& rule, const RuleContext& context)
{
    QList<Subject> subjects;
    if (rule.paths.isEmpty())
        subjects.append(Subject {});
    QSet<QString> seen;
    for (const PathPattern& pattern : rule.paths) {
        const QList<qsizetype> found = context.doc.find(pattern);
        for (qsizetype i : found) {
            const TomlEntry& entry = context.doc.entry(i);
            if (seen.contains(entry.path))
                continue;
            seen.insert(entry.path);
            subjects.append(
                { entry.path, context.doc.segments(i), pattern.captures(context.doc.segments(i)), &entry });
        }
        if (found.isEmpty() && !pattern.hasWildcard() && !seen.contains(pattern.text())) {
            seen.insert(pattern.text());
            subjects.append({ pattern.text(), pattern.segments(), {}, nullptr });
        }
    }

    QList<RuleHit> hits;
    for (const Subject& subject : std::as_const(subjects)) {
        if (!holds(rule.when, subject, context))
            continue;
        RuleHit hit;
        hit.rule = &rule;
        hit.path = subject.path;
        hit.captures = subject.captures;
        hit.entry = subject.entry;
        hit.severity = rule.severity;
        QString message = rule.message;
        QString remediation = rule.remediation;
        if (rule.escalates && holds(rule.escalateWhen, subject, context)) {
            hit.severity = rule.escalatedSeverity;
            if (!rule.escalatedMessage.isEmpty())
                message = rule.escalatedMessage;
            if (!rule.escalatedRemediation.isEmpty())
                remediation = rule.escalatedRemediation;
        }
        hit.message = expand(message, subject, context);
        hit.remediation = expand(remediation, subject, context);
        hits.append(hit);
    }
    return hits;
}

ReleaseRules::ReleaseRules()
    : d(std::make_shared<Data>())
{
}

ReleaseRules::~ReleaseRules() = default;
ReleaseRules::ReleaseRules(const ReleaseRules&) = default;
ReleaseRules& ReleaseRules::operator=(const ReleaseRules&) = default;

std::expected<ReleaseRules, ConfigError> ReleaseRules::load(const QString& directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({ u"*.toml"_s }, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        ConfigError error = ruleFileError(directory, 0, {}, Text::tr("No rule files (*.toml) found."));
        error.problem = ConfigError::Problem::Io;
        return std::unexpected(error);
    }

    auto data = std::make_shared<Data>();
    QHash<QString, std::pair<QString, int>> ids; // id → file, line
    for (const QString& name : files) {
        auto step = loadRuleFile(dir.filePath(name));
        if (!step)
            return std::unexpected(step.error());
        for (const Rule& rule : std::as_const(step->rules)) {
            if (const auto it = ids.constFind(rule.id); it != ids.cend())
                return std::unexpected(ruleFileError(rule.file, rule.line, rule.id,
                    Text::tr("The id is already used in %1, line %2.").arg(it->first).arg(it->second)));
            ids.insert(rule.id, { rule.file, rule.line });
        }
        if (step->isEveryMigration()) {
            data->everyMigration.file = step->file;
            data->everyMigration.rules += step->rules;
        } else {
            data->steps.append(std::move(*step));
        }
    }

    std::ranges::sort(data->steps,
        [](const RuleStep& a, const RuleStep& b) { return compareReleases(a.from, b.from) < 0; });
    // Steps must chain: A→C runs every step in between, so a gap or an
    // overlap would silently skip or repeat rules.
    for (qsizetype i = 1; i < data->steps.size(); ++i) {
        const RuleStep& before = data->steps.at(i - 1);
        const RuleStep& step = data->steps.at(i);
        if (compareReleases(before.to, step.from) != 0)
            return std::unexpected(ruleFileError(step.file, 0, {},
                Text::tr("The step %1 does not continue the step %2 (%3).")
                    .arg(releaseStepLabel(step.from, step.to), releaseStepLabel(before.from, before.to),
                        before.file)));
    }
    ReleaseRules rules;
    rules.d = std::move(data);
    return rules;
}

const ReleaseRules& ReleaseRules::builtIn()
{
    static const ReleaseRules rules = [] {
        auto loaded = load(u":/rules"_s);
        if (loaded)
            return *loaded;
        // Our own data is broken: the tests catch this before a release. An
        // empty rule set makes every migration refuse with a clear error.
        qCCritical(lcRules) << "The built-in release rules do not load:" << loaded.error().toString();
        return ReleaseRules();
    }();
    return rules;
}

QList<QVersionNumber> ReleaseRules::releases() const
{
    QList<QVersionNumber> list;
    for (const RuleStep& step : d->steps) {
        if (list.isEmpty())
            list.append(step.from);
        list.append(step.to);
    }
    return list;
}

QStringList ReleaseRules::stepsBetween(const QVersionNumber& from, const QVersionNumber& to) const
{
    QStringList labels;
    bool inside = false;
    for (const RuleStep& step : d->steps) {
        if (!inside && compareReleases(step.from, from) == 0)
            inside = true;
        if (!inside)
            continue;
        if (compareReleases(step.from, to) >= 0)
            break;
        labels.append(releaseStepLabel(step.from, step.to));
        if (compareReleases(step.to, to) == 0)
            return labels;
    }
    return {};
}

int ReleaseRules::ruleCount() const
{
    qsizetype count = d->everyMigration.rules.size();
    for (const RuleStep& step : d->steps)
        count += step.rules.size();
    return int(count);
}

QList<ReleaseRules::RuleSummary> ReleaseRules::ruleSummaries() const
{
    QList<RuleSummary> list;
    const auto add = [&list](const RuleStep& step, const QString& label) {
        for (const Rule& rule : step.rules) {
            RuleSummary summary;
            summary.id = rule.id;
            summary.step = label;
            summary.severity = rule.severity;
            summary.escalatedSeverity = rule.escalates ? rule.escalatedSeverity : rule.severity;
            for (const PathPattern& p : rule.paths)
                summary.paths.append(p.text());
            summary.conditional = !rule.when.isEmpty();
            summary.hasEdit = !rule.edits.isEmpty();
            summary.message = rule.message;
            list.append(summary);
        }
    };
    for (const RuleStep& step : d->steps)
        add(step, releaseStepLabel(step.from, step.to));
    add(d->everyMigration, QString());
    return list;
}

const ReleaseRules::Data& ReleaseRules::data() const
{
    return *d;
}

} // namespace Ismw
