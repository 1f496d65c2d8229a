// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Ismw {

enum class SampleDatabase { MySql, PostgreSql, H2 };

struct SampleHomeOptions
{
    // Adds what admins typically add: a jar in dropins, a JDBC driver and a
    // library in lib, a secondary user store, an extra keystore, a web app, a
    // tenant, [[event_listener]] entries in deployment.toml,
    // repository/conf/log4j2.properties changed after unpacking and a file of
    // the admin's own in repository/conf/identity. (Every file of the release
    // itself carries one fixed time in the past, as unzip gives the archive's
    // times, so that the changed files can be told apart.)
    bool customizations = false;
    // The jars `customizations` plants, in other versions and without the
    // other customizations: a new home into which the admin has already put
    // rebuilt jars and a newer JDBC driver (for the database chosen below).
    bool rebuiltCustomJars = false;

    // Where identity_db and shared_db live. H2 is what a freshly extracted
    // home uses.
    SampleDatabase database = SampleDatabase::MySql;
    // Passwords as "$secret{alias}" with a [secrets] table instead of plain values.
    bool secretReferences = false;
    QString hostname = QStringLiteral("iam.example.com");
};

// Writes a believable home of a known IS release (e.g. "7.1.0") into `dir`:
// the version files, carbon.xml, deployment.toml (from 5.9.0), empty jars named
// like the release's components, keystores, web apps, dbscripts with schema
// and cleanup scripts, and a short wso2carbon.log. Everything is our own text;
// there is no server in it. Refuses a folder that is not empty, so it can never
// overwrite a real home. Returns false and sets *error (when given) on failure.
bool writeSampleIsHome(
    const QString& dir, const QString& release, const SampleHomeOptions& opts, QString* error = nullptr);

} // namespace Ismw
