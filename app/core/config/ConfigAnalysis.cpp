// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigAnalysis.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace Ismw {

QString deploymentTomlPath(const QString& isHome)
{
    return QDir(isHome).filePath(u"repository/conf/deployment.toml"_s);
}

std::expected<ConfigAnalysis, ConfigError> analyzeConfiguration(const ConfigAnalysisRequest& request)
{
    ConfigAnalysis analysis;
    auto oldDoc = TomlDocument::load(request.oldPath);
    if (!oldDoc)
        return std::unexpected(oldDoc.error());
    analysis.oldDoc = std::move(*oldDoc);

    if (!request.newPath.isEmpty()) {
        auto newDoc = TomlDocument::load(request.newPath);
        if (!newDoc)
            return std::unexpected(newDoc.error());
        analysis.newDoc = std::move(*newDoc);
        analysis.oldVsNew = diffDocuments(analysis.oldDoc, analysis.newDoc);
    }

    auto plan = planMigration(analysis.oldDoc, request.from, request.to, ReleaseRules::builtIn(),
        request.newPath.isEmpty() ? nullptr : &analysis.newDoc, request.rejectedEditIds);
    if (!plan)
        return std::unexpected(plan.error());
    analysis.plan = std::move(*plan);

    auto migrated = applyMigration(analysis.oldDoc, analysis.plan, request.rejectedEditIds);
    if (!migrated)
        return std::unexpected(migrated.error());
    analysis.migrated = std::move(*migrated);
    return analysis;
}

} // namespace Ismw
