// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Ismw {

struct DemoResult {
    QString projectPath; // empty on failure
    QString oldHome;
    QString newHome;
    QString error;
};

// Makes a demo under `root`: two sample IS homes (an old release with the
// usual customizations, and the newest release) and a project file in which
// dev and pre-prod have already been migrated, so every page has something
// real to show. Synchronous file work: call it off the GUI thread.
DemoResult createDemoProject(const QString& root);

} // namespace Ismw
