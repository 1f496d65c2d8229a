// SPDX-License-Identifier: Apache-2.0
#include "RecentProjects.h"

#include <QFileInfo>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kKey = u"project/recent"_s;
}

QStringList RecentProjects::load() { return QSettings().value(kKey).toStringList(); }

void RecentProjects::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = load();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, paths.mid(0, kMaximum));
}

void RecentProjects::remove(const QString& path)
{
    QStringList paths = load();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(kKey, paths);
}

} // namespace Ismw
