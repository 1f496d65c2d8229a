// SPDX-License-Identifier: Apache-2.0
#include "checks/PrerequisiteCheck.h"

#include "checks/CustomizationChecks.h"
#include "checks/PathChecks.h"
#include "checks/ResourceChecks.h"
#include "config/TomlDocument.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::PrerequisiteChecks)
};
} // namespace

QString checkCategoryId(CheckCategory category)
{
    switch (category) {
    case CheckCategory::Homes:
        return u"homes"_s;
    case CheckCategory::Path:
        return u"path"_s;
    case CheckCategory::Resources:
        return u"resources"_s;
    case CheckCategory::Java:
        return u"java"_s;
    case CheckCategory::Customization:
        break;
    }
    return u"customization"_s;
}

QString checkCategoryName(CheckCategory category)
{
    switch (category) {
    case CheckCategory::Homes:
        return Text::tr("IS homes");
    case CheckCategory::Path:
        return Text::tr("Migration path");
    case CheckCategory::Resources:
        return Text::tr("Disk and memory");
    case CheckCategory::Java:
        return Text::tr("Java");
    case CheckCategory::Customization:
        break;
    }
    return Text::tr("Customizations to carry over");
}

QJsonObject toJson(const PrerequisiteCheck& check)
{
    QJsonObject object { { u"id"_s, check.id }, { u"category"_s, checkCategoryId(check.category) },
        { u"status"_s, checkStatusKey(check.status) }, { u"title"_s, check.title }, { u"message"_s, check.message } };
    if (!check.fixHint.isEmpty())
        object.insert(u"fixHint"_s, check.fixHint);
    if (!check.subject.isEmpty())
        object.insert(u"subject"_s, check.subject);
    if (check.needsDecision) {
        object.insert(u"needsDecision"_s, true);
        object.insert(u"action"_s, check.action);
    }
    return object;
}

int PrerequisiteReport::count(CheckStatus status) const
{
    return int(std::count_if(checks.cbegin(), checks.cend(), [status](const PrerequisiteCheck& c) { return c.status == status; }));
}

const PrerequisiteCheck* PrerequisiteReport::find(const QString& id) const
{
    for (const PrerequisiteCheck& check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

QJsonObject toJson(const PrerequisiteReport& report)
{
    QJsonArray checks;
    for (const PrerequisiteCheck& check : report.checks)
        checks.append(toJson(check));
    return QJsonObject {
        { u"oldHome"_s, toJson(report.oldHome) },
        { u"newHome"_s, toJson(report.newHome) },
        { u"blockers"_s, report.count(CheckStatus::Blocker) },
        { u"warnings"_s, report.count(CheckStatus::Warning) },
        { u"checks"_s, checks },
    };
}

PrerequisiteReport runPrerequisiteChecks(const QString& oldHome, const QString& newHome, const PrerequisiteOptions& options)
{
    PrerequisiteReport report;
    report.oldHome = inspectIsHome(oldHome);
    report.newHome = inspectIsHome(newHome);

    // The old configuration tells where the databases are (H2 or a server);
    // a file that cannot be read is the Configuration page's to explain, so
    // the checks here go on without it.
    std::optional<TomlDocument> oldConfig;
    if (report.oldHome.ok && report.oldHome.parts.deploymentToml) {
        if (auto document = TomlDocument::load(
                QDir(report.oldHome.canonicalPath).filePath(u"repository/conf/deployment.toml"_s)))
            oldConfig = std::move(*document);
    }
    const TomlDocument* config = oldConfig ? &*oldConfig : nullptr;

    report.checks << pathChecks(report.oldHome, report.newHome, config);
    if (report.oldHome.ok || report.newHome.ok)
        report.checks << resourceChecks(report.oldHome, report.newHome, config, probeJava(options.java));
    if (report.oldHome.ok && report.newHome.ok)
        report.checks << customizationChecks(report.oldHome, report.newHome);
    // By category, in the order the checks gave them within one.
    std::stable_sort(report.checks.begin(), report.checks.end(),
        [](const PrerequisiteCheck& a, const PrerequisiteCheck& b) { return int(a.category) < int(b.category); });
    return report;
}

} // namespace Ismw
