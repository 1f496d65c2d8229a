// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "checks/IsHomeInspector.h"
#include "project/ProjectTypes.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace Ismw {

// What a prerequisite check is about; the page groups the checks by it.
enum class CheckCategory { Homes, Path, Resources, Java, Customization };

// "homes", "path", "resources", "java", "customization": stable, for JSON.
QString checkCategoryId(CheckCategory category);
// Translated, for people.
QString checkCategoryName(CheckCategory category);

// One result of the prerequisite checks: a small value with a stable id, so
// that an operator's acceptance or decision of an earlier run applies to the
// same check again, and the CLI, the page and the project record say the same.
struct PrerequisiteCheck
{
    QString id; // stable: "path.direction", "java.new-home", "custom.dropin-jar.acme-auth-1.2.jar"
    CheckCategory category = CheckCategory::Homes;
    CheckStatus status = CheckStatus::Pass;
    QString title; // short, translated: "Java 17.0.9 for IS 7.3.0"
    QString message; // long, translated: what was found and where (the evidence)
    QString fixHint; // what to do, translated; empty when nothing is to be done
    QString subject; // the file or folder it is about, relative to its home; may be empty

    // Customizations: what the operator has to carry over. They are warnings
    // until the operator decides "done" or "not needed" (with a reason).
    bool needsDecision = false;
    QString action; // "copy", "rebuild", "convert", "review": stable, for JSON
};

QJsonObject toJson(const PrerequisiteCheck& check);

// Everything the Prerequisites page and `is-migration-cli check` show.
struct PrerequisiteReport
{
    IsHomeInspection oldHome;
    IsHomeInspection newHome;
    QList<PrerequisiteCheck> checks; // by category, then as the checks produced them

    int count(CheckStatus status) const;
    bool hasBlockers() const { return count(CheckStatus::Blocker) > 0; }
    const PrerequisiteCheck* find(const QString& id) const;
};

QJsonObject toJson(const PrerequisiteReport& report);

// Where the checks look for a Java runtime and how long they wait for it.
struct JavaProbeOptions
{
    // The runtime the homes would use: JAVA_HOME when set (its bin/java),
    // else the first `java` on PATH. Empty values: this process's environment.
    QString javaHome;
    QString path; // PATH-style list of folders
    bool useEnvironment = true; // false: only javaHome/path above (tests)
    int timeoutMs = 10000; // `java -version` that does not answer by then is killed
};

struct PrerequisiteOptions
{
    JavaProbeOptions java;
};

// Inspects both homes and runs every check: the homes themselves, the
// migration path, resources (disk, memory), Java, and the customizations the
// old home has that the new one lacks. Reads only; bounded in time (the
// Java probe has a timeout, every folder walk a limit). Pure and
// thread-safe: for QtConcurrent::run from the page.
PrerequisiteReport runPrerequisiteChecks(
    const QString& oldHome, const QString& newHome, const PrerequisiteOptions& options = {});

} // namespace Ismw
