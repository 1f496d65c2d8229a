// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QLatin1StringView>

// Where the facts live inside an IS home, relative to it: one list for the
// inspector and the checks that compare two homes.
namespace Ismw::IsHomeLayout {

using namespace Qt::StringLiterals;

inline constexpr auto kVersionTxt = "bin/version.txt"_L1;
inline constexpr auto kProductTxt = "updates/product.txt"_L1;
inline constexpr auto kReleaseNotes = "release-notes.html"_L1;
inline constexpr auto kCarbonXml = "repository/conf/carbon.xml"_L1;
inline constexpr auto kCarbonVersionTxt = "bin/wso2carbon-version.txt"_L1;
inline constexpr auto kConf = "repository/conf"_L1;
inline constexpr auto kDeploymentToml = "repository/conf/deployment.toml"_L1;
inline constexpr auto kPlugins = "repository/components/plugins"_L1;
inline constexpr auto kDropins = "repository/components/dropins"_L1;
inline constexpr auto kLib = "repository/components/lib"_L1;
inline constexpr auto kSecurity = "repository/resources/security"_L1;
inline constexpr auto kUserStores = "repository/deployment/server/userstores"_L1;
inline constexpr auto kWebApps = "repository/deployment/server/webapps"_L1;
inline constexpr auto kTenants = "repository/tenants"_L1;
inline constexpr auto kDbScripts = "dbscripts"_L1;
inline constexpr auto kStoredProcedures = "dbscripts/identity/stored-procedures"_L1;
// Where 5.9+ keeps the templates it renders repository/conf from at start-up.
inline constexpr auto kTemplates = "repository/resources/conf/templates"_L1;

} // namespace Ismw::IsHomeLayout
