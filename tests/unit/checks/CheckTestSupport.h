// SPDX-License-Identifier: Apache-2.0
#pragma once
// What the tests of the prerequisite checks share: sample homes written and
// inspected as the page does, their configuration, and a check by id.

#include "checks/IsHomeInspector.h"
#include "checks/PrerequisiteCheck.h"
#include "config/TomlDocument.h"
#include "demo/SampleHome.h"

#include <QDebug>
#include <QDir>
#include <QTemporaryDir>

#include <optional>

namespace CheckTestSupport {

using namespace Qt::StringLiterals;

// A sample home written into its own folder under `root`, inspected like the page does.
inline Ismw::IsHomeInspection sampleHome(const QTemporaryDir& root, const QString& name, const QString& release,
    Ismw::SampleDatabase database = Ismw::SampleDatabase::MySql)
{
    const QString dir = root.filePath(name);
    QDir().mkpath(dir);
    Ismw::SampleHomeOptions options;
    options.database = database;
    QString error;
    if (!Ismw::writeSampleIsHome(dir, release, options, &error))
        qWarning() << "writeSampleIsHome failed:" << error;
    return Ismw::inspectIsHome(dir);
}

inline std::optional<Ismw::TomlDocument> loadConfig(const Ismw::IsHomeInspection& home)
{
    auto document = Ismw::TomlDocument::load(QDir(home.canonicalPath).filePath(u"repository/conf/deployment.toml"_s));
    if (!document)
        return std::nullopt;
    return std::move(*document);
}

// A copy: the lists are often temporaries.
inline std::optional<Ismw::PrerequisiteCheck> find(const QList<Ismw::PrerequisiteCheck>& checks, const QString& id)
{
    for (const Ismw::PrerequisiteCheck& check : checks)
        if (check.id == id)
            return check;
    return std::nullopt;
}

} // namespace CheckTestSupport
