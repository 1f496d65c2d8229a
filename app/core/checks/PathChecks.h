// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "checks/PrerequisiteCheck.h"

namespace Ismw {

class TomlDocument;

// The homes and the way between them:
//  - homes.old / homes.new: each home found and its release detected, with
//    the evidence; a refused folder (IsHomeInspection::error) is a blocker;
//  - homes.old.version-conflict / homes.new.version-conflict: sources disagree;
//  - path.direction: a downgrade or the same release is a blocker;
//  - path.latest: the target is the newest release the rules know, or a
//    warning naming the newer one; a target newer than the rules know is a warning;
//  - path.steps: the release steps crossed, each with what its rules change
//    (from ReleaseRules::builtIn(), the configuration engine's own rules);
//  - path.h2: H2 in use in the old deployment.toml (`oldConfig`, may be
//    null when it could not be read), with the H2 conversion facts for the
//    steps crossed (before 5.10, and 1.4.199 → 2.x at 6.0).
QList<PrerequisiteCheck> pathChecks(
    const IsHomeInspection& oldHome, const IsHomeInspection& newHome, const TomlDocument* oldConfig);

} // namespace Ismw
