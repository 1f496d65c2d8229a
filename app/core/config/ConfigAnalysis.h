// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigDiff.h"
#include "config/ConfigMigrator.h"
#include "config/TomlDocument.h"

#include <QString>
#include <QVersionNumber>
#include <expected>

namespace Ismw {

// Everything the Configuration page and `migrate-config` show, computed in
// one call so it can run on a worker thread (QtConcurrent) and reach the GUI
// as one value.
struct ConfigAnalysisRequest
{
    QString oldPath; // the old home's deployment.toml
    QString newPath; // the new home's shipped deployment.toml; may be empty
    QVersionNumber from;
    QVersionNumber to;
    QSet<QString> rejectedEditIds; // decisions already taken
};

struct ConfigAnalysis
{
    TomlDocument oldDoc;
    TomlDocument newDoc; // empty when no newPath
    MigrationPlan plan;
    MigrationResult migrated;
    QList<ConfigChange> oldVsNew; // diffDocuments(oldDoc, newDoc)
};

std::expected<ConfigAnalysis, ConfigError> analyzeConfiguration(const ConfigAnalysisRequest& request);

// Where a home keeps its deployment.toml.
QString deploymentTomlPath(const QString& isHome);

} // namespace Ismw
