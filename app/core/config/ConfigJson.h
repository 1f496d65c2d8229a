// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigDiff.h"
#include "config/ConfigMigrator.h"
#include "config/ConfigTypes.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Ismw {

// The JSON the CLI prints and the report embeds. Secret values are always
// masked here: JSON ends up in files, CI logs and tickets.

// path, kind, old, new, oldType, newType, oldLine, newLine (null when absent)
QJsonObject toJson(const ConfigChange& change);
// rule, severity, path, line (null when the key is absent), step, message, remediation, edit
QJsonObject toJson(const ConfigFinding& finding);
// id, rule, kind, path, newPath, old, new, severity, description, applied
QJsonObject toJson(const ProposedEdit& edit, bool applied);
// file, line, column, message, hint, problem ("input" / "io")
QJsonObject toJson(const ConfigError& error);

QJsonArray toJson(const QList<ConfigChange>& changes);
QJsonArray toJson(const QList<ConfigFinding>& findings);

// "rename" "set" "remove" "add-from-default"
QString editKindName(ProposedEdit::Kind kind);

} // namespace Ismw
