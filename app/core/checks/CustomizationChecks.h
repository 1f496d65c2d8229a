// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "checks/PrerequisiteCheck.h"

namespace Ismw {

// What the old home has that the new one lacks or has in another version,
// each a check with needsDecision set and an action:
//  - custom.dropin-jar.<name>, custom.lib-jar.<name>: jars in
//    repository/components/dropins and lib; another version of the same
//    artifact in the new home says which (rebuild against the new
//    dependencies); JDBC drivers called out as such (custom.jdbc-driver.<name>);
//  - custom.userstore.<file>: secondary user stores;
//  - custom.keystore.<file>: keystores and truststores with their type, and
//    the PKCS12 default of newer releases (convert or keep with type = "JKS");
//  - custom.webapp.<name>: web apps the new home lacks;
//  - custom.tenant.<name>: tenant folders;
//  - custom.conf.<relative path>: files under repository/conf the new home
//    lacks, and files both have that the old home changed after it was
//    unpacked (newer than its bin/version.txt) and that differ from the new
//    home's (deployment.toml is the Configuration page's, not listed here).
// Walks are bounded; symbolic links to folders are not followed; a folder
// that cannot be read is itself a warning naming it.
QList<PrerequisiteCheck> customizationChecks(const IsHomeInspection& oldHome, const IsHomeInspection& newHome);

} // namespace Ismw
