// SPDX-License-Identifier: Apache-2.0
#include "verify/ChecklistTemplates.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <algorithm>
#include <toml.hpp>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

Q_LOGGING_CATEGORY(lcChecklistTemplates, "ismw.verify.templates")

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ChecklistTemplates)
};

using TomlValue = toml::ordered_value;

QString fromStd(const std::string& text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

int lineOf(const TomlValue& value)
{
    const toml::source_location location = value.location();
    return location.is_ok() ? int(location.first_line_number()) : 0;
}

// A mistake in the file; becomes the message naming file, line and case.
struct TemplateError
{
    int line = 0;
    QString message;
};

[[noreturn]] void fail(const TomlValue& where, const QString& message)
{
    throw TemplateError { lineOf(where), message };
}

void checkKeys(const TomlValue& table, std::initializer_list<const char*> allowed)
{
    for (const auto& [key, value] : table.as_table())
        if (std::ranges::none_of(allowed, [&key](const char* name) { return key == name; }))
            fail(value, Text::tr("Unknown key “%1”.").arg(fromStd(key)));
}

QString string(const TomlValue& table, const char* key, bool mandatory)
{
    if (!table.contains(key)) {
        if (mandatory)
            fail(table, Text::tr("“%1” is missing.").arg(QLatin1StringView(key)));
        return {};
    }
    const TomlValue& value = table.at(key);
    if (!value.is_string())
        fail(value, Text::tr("“%1” must be a string.").arg(QLatin1StringView(key)));
    const QString text = fromStd(value.as_string()).trimmed();
    if (mandatory && text.isEmpty())
        fail(value, Text::tr("“%1” must not be empty.").arg(QLatin1StringView(key)));
    return text;
}

class TemplateParser
{
public:
    QList<ChecklistCase> parse(const TomlValue& root)
    {
        checkKeys(root, { "format", "case" });
        if (!root.contains("format"))
            fail(root, Text::tr("“format” is missing."));
        const TomlValue& format = root.at("format");
        if (!format.is_integer() || format.as_integer() != 1)
            fail(format, Text::tr("Unknown checklist format; this program reads format 1."));
        if (!root.contains("case"))
            fail(root, Text::tr("The file has no [[case]] tables."));
        const TomlValue& cases = root.at("case");
        if (!cases.is_array())
            fail(cases, Text::tr("Cases are written as [[case]] tables."));

        static const QRegularExpression idPattern(u"^[a-z0-9]+(?:[.-][a-z0-9]+)*$"_s);
        QHash<QString, int> seen; // id → line
        QList<ChecklistCase> result;
        for (const TomlValue& table : cases.as_array()) {
            m_caseId.clear();
            if (!table.is_table())
                fail(table, Text::tr("A case must be a table."));
            // The id first, so that every later message can name the case.
            ChecklistCase c;
            c.key = string(table, "id", true);
            if (!idPattern.match(c.key).hasMatch())
                fail(table.at("id"),
                    Text::tr("“%1” is not an id: use lower-case words and digits joined by '.' or '-'.")
                        .arg(c.key));
            m_caseId = c.key;
            checkKeys(table, { "id", "group", "kind", "title", "steps", "expected" });
            if (const auto it = seen.constFind(c.key); it != seen.cend())
                fail(table.at("id"), Text::tr("The id is already used on line %1.").arg(*it));
            seen.insert(c.key, lineOf(table.at("id")));
            c.title = string(table, "title", true);
            c.group = string(table, "group", true);
            c.kind = string(table, "kind", true);
            if (c.kind != kFunctionalKind && c.kind != kNonFunctionalKind)
                fail(table.at("kind"),
                    Text::tr("Unknown kind “%1”: use functional or non-functional.").arg(c.kind));
            c.steps = string(table, "steps", false);
            c.expected = string(table, "expected", false);
            result.append(c);
        }
        m_caseId.clear();
        return result;
    }

    const QString& currentCase() const { return m_caseId; }

private:
    QString m_caseId;
};

QString templateError(const QString& path, int line, const QString& caseId, const QString& message)
{
    QString where = line > 0 ? Text::tr("%1, line %2").arg(path).arg(line) : path;
    if (!caseId.isEmpty())
        where = Text::tr("%1, case “%2”").arg(where, caseId);
    const QString hint = path.startsWith(u':')
        ? Text::tr("The templates are part of the program: please report this as a bug.")
        : Text::tr("Correct the file; the format is described in resources/checklists/README.md.");
    return u"%1: %2 %3"_s.arg(where, message, hint);
}

} // namespace

std::expected<QList<ChecklistCase>, QString> loadChecklistTemplates(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            templateError(path, 0, {}, Text::tr("The file cannot be read: %1.").arg(file.errorString())));
    const QByteArray text = file.readAll();
    std::vector<unsigned char> bytes(text.begin(), text.end());
    auto parsed = toml::try_parse<toml::ordered_type_config>(std::move(bytes), path.toStdString());
    if (parsed.is_err()) {
        int line = 0;
        QString detail;
        for (const toml::error_info& info : parsed.unwrap_err()) {
            if (line == 0 && !info.locations().empty())
                line = int(info.locations().front().first.first_line_number());
            if (detail.isEmpty())
                detail = fromStd(info.title());
        }
        return std::unexpected(
            templateError(path, line, {}, Text::tr("The file is not valid TOML (%1).").arg(detail)));
    }
    TemplateParser parser;
    try {
        return parser.parse(parsed.unwrap());
    } catch (const TemplateError& e) {
        return std::unexpected(templateError(path, e.line, parser.currentCase(), e.message));
    } catch (const std::exception& e) {
        // toml11 accessors throw on a type mismatch the parser did not foresee.
        return std::unexpected(templateError(path, 0, parser.currentCase(), fromStd(e.what())));
    }
}

std::optional<QString> normalizedChecklistKind(const QString& text)
{
    QString letters;
    for (const QChar c : text)
        if (c.isLetterOrNumber())
            letters += c.toLower();
    static const QStringList functional { u""_s, u"functional"_s, u"func"_s, u"f"_s, u"fr"_s };
    static const QStringList nonFunctional { u"nonfunctional"_s, u"nonfunc"_s, u"nf"_s, u"nfr"_s };
    if (functional.contains(letters))
        return QString(kFunctionalKind);
    if (nonFunctional.contains(letters))
        return QString(kNonFunctionalKind);
    return std::nullopt;
}

QString defaultChecklistGroup()
{
    return Text::tr("Own cases");
}

const QList<ChecklistCase>& builtInChecklistTemplates()
{
    static const QList<ChecklistCase> templates = [] {
        auto loaded = loadChecklistTemplates(u":/checklists/templates.toml"_s);
        if (!loaded) {
            qCCritical(lcChecklistTemplates) << loaded.error();
            return QList<ChecklistCase>();
        }
        return *loaded;
    }();
    return templates;
}

QList<ChecklistCase> customizationCases(const QList<CheckRecord>& checks)
{
    // Not components: a folder the checks could not read, a comparison cut
    // short. They have their own warnings on the Prerequisites page.
    static constexpr QLatin1StringView kNotComponents[] = { "custom.unreadable."_L1, "custom.truncated."_L1 };
    QList<QString> order;
    QHash<QString, CheckRecord> latest;
    for (const CheckRecord& record : checks) {
        if (!record.checkId.startsWith("custom."_L1)
            || std::ranges::any_of(
                kNotComponents, [&](QLatin1StringView p) { return record.checkId.startsWith(p); }))
            continue;
        const auto it = latest.constFind(record.checkId);
        if (it == latest.cend())
            order.append(record.checkId);
        else if (std::pair(it->at, it->id) > std::pair(record.at, record.id))
            continue;
        latest.insert(record.checkId, record);
    }
    QList<ChecklistCase> cases;
    for (const QString& id : std::as_const(order)) {
        const CheckRecord& record = latest[id];
        if (record.status == CheckStatus::NotApplicable)
            continue;
        const QString subject = record.summary.isEmpty() ? id.mid(7) : record.summary;
        QString steps
            = Text::tr("Use the feature that relies on this component on the migrated server, as its users "
                       "would.");
        if (!record.details.isEmpty())
            steps += u'\n' + Text::tr("What the prerequisite check found: %1").arg(record.details);
        cases.append({ u"customization:"_s + id, Text::tr("Custom components"), QString(kFunctionalKind),
            Text::tr("Custom component works after the migration: %1").arg(subject), steps,
            Text::tr("It works as it did on the old server, and the server log shows no errors from it.") });
    }
    return cases;
}

} // namespace Ismw
