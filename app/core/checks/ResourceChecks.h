// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "checks/PrerequisiteCheck.h"

#include <QVersionNumber>

namespace Ismw {

class TomlDocument;

// What `java -version` said, run with a timeout.
struct JavaRuntime
{
    bool found = false;
    QString executable; // absolute path of the java that ran
    QString source; // "JAVA_HOME" or "PATH"
    QVersionNumber version; // 1.8.0_392 → 8.0.392; 17.0.9 → 17.0.9
    QString vendor; // "OpenJDK", "Oracle", "Temurin", … when the output says
    QString output; // the first lines it printed, for the evidence
    QString error; // translated: not found, timed out, not executable, unreadable output
};

// Runs the java the homes would use (JAVA_HOME's bin/java, else PATH's) with
// `-version`, killed after options.timeoutMs.
JavaRuntime probeJava(const JavaProbeOptions& options);

// The Java feature releases a release of IS supports, oldest first (from
// WSO2's install prerequisites of each release); empty for unknown releases.
QList<int> supportedJavaVersions(const QVersionNumber& isRelease);

// Resources and Java:
//  - resources.disk.old / resources.disk.new: free space on the file systems
//    of each home (QStorageInfo), against what the migration writes there
//    (a copy of the old home's repository, logs, the H2 files when H2 is used);
//  - resources.disk.h2: the H2 database files' size and free space, when used;
//  - resources.memory: physical memory against the 4 GB the servers want;
//  - java.old-home / java.new-home: the runtime found against each release's
//    supported versions (not found, or a version the target does not
//    support, is a blocker for the new home).
QList<PrerequisiteCheck> resourceChecks(const IsHomeInspection& oldHome, const IsHomeInspection& newHome,
    const TomlDocument* oldConfig, const JavaRuntime& java);

} // namespace Ismw
