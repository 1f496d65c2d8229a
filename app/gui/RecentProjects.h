// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Ismw {

// The projects opened on this computer, newest first, kept in QSettings.
// Only paths are kept: a project file holds no secret, but its path is all
// the wizard needs to find it again.
class RecentProjects final
{
public:
    static constexpr int kMaximum = 8;

    static QStringList load();
    static void add(const QString& path);
    static void remove(const QString& path);
};

} // namespace Ismw
