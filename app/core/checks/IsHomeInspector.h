// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVersionNumber>

namespace Ismw {

// Why a folder was refused as an IS home. Each has its own message, because
// "not an IS home" alone does not tell the admin what to do.
enum class IsHomeProblem {
    None,
    NoPath, // nothing was given
    NotFound,
    IsFile, // a file, not a folder (suggestedPath set when it lies inside a home)
    IsArchive, // a .zip / .tar.gz that still needs extracting
    Unreadable, // permission denied or another I/O error
    NotAHome, // a folder, but none of the files an IS home has
    ParentOfHome, // holds exactly one IS home: suggestedPath is that folder
    ParentOfHomes, // holds several IS homes: the admin has to pick one
    NotIdentityServer, // a home of another WSO2 product (API Manager, ...)
};

// One place the release or kernel version was read from.
struct VersionEvidence
{
    enum class Kind { Product, Kernel };
    Kind kind = Kind::Product;
    QString source; // path relative to the home, e.g. "bin/version.txt"
    QString value; // the text found there, one line
    QString productName; // "WSO2 Identity Server" when the source names a product
    QVersionNumber version; // null when the text held no version
};

struct IsHomeWarning
{
    QString id; // stable, e.g. "version.conflict", for scripts and tests
    QString message; // translated, for people
};

struct KeystoreFile
{
    QString name;
    QString relativePath;
    QString type; // "JKS", "PKCS12", "JCEKS", "BKS"; from the file extension
    bool stock = false; // one of the files every home ships
};

struct IsHomeParts
{
    bool deploymentToml = false;
    QStringList dropinJars; // file names
    QStringList libJars; // file names
    QList<KeystoreFile> keystores;
    QStringList userStores; // secondary user store XML file names
    QStringList webApps; // names without ".war"; a war and its exploded folder count once
    QStringList tenants; // tenant folder names under repository/tenants
    int pluginJarCount = 0;
    int dbScriptCount = 0; // .sql files under dbscripts/
    QStringList cleanupScriptDialects; // folders under dbscripts/identity/stored-procedures
    bool truncated = false; // a folder held more entries than the inspector looks at
};

enum class CustomizationKind { DropinJar, LibJar, JdbcDriver, UserStore, Keystore, WebApp, Tenant };

// Something in the home a stock installation of the release does not have,
// and that the admin therefore has to carry to the new home (or decide not to).
struct Customization
{
    CustomizationKind kind = CustomizationKind::DropinJar;
    QString name;
    QString relativePath;
    QString detail; // e.g. "MySQL JDBC driver", "PKCS12 keystore"
    QString hint; // what to do about it in the new home
};

struct IsHomeInspection
{
    bool ok = false;
    QString path; // as given
    QString canonicalPath; // absolute, symlinks resolved; empty when it does not exist

    IsHomeProblem problem = IsHomeProblem::None;
    QString error; // when !ok: names the folder, what was missing and what to do
    QString suggestedPath; // the folder to choose instead, when there is an obvious one

    QString productName; // "WSO2 Identity Server" when a source says so
    QVersionNumber release; // null when no source told it
    QVersionNumber kernel; // as found; the release's known kernel when no source told it
    bool knownRelease = false;
    QList<VersionEvidence> evidence;
    QList<IsHomeWarning> warnings;
    IsHomeParts parts;
    QList<Customization> customizations;

    bool hasWarnings() const { return !warnings.isEmpty(); }
    bool hasWarning(const QString& id) const;
    QString releaseString() const { return release.toString(); }
};

// Looks at the folder an admin chose and tells what it is. Reads only, never
// follows symbolic links to folders, and bounds every walk (depth and entry
// count), so it ends also on network mounts and odd trees. Pure and
// thread-safe: meant for QtConcurrent::run from the GUI.
IsHomeInspection inspectIsHome(const QString& path);

// Stable ids used in JSON: "dropin-jar", "lib-jar", "jdbc-driver", "userstore",
// "keystore", "webapp", "tenant".
QString customizationKindId(CustomizationKind kind);
// Translated, for people: "Dropin jar", "JDBC driver", ...
QString customizationKindName(CustomizationKind kind);
// "not-found", "is-file", ..., "" for None.
QString isHomeProblemId(IsHomeProblem problem);

// The database a JDBC driver jar is for ("MySQL", "PostgreSQL", ...), by its
// file name; empty when the name is not one of a known driver. The same
// recognition the inspector uses for CustomizationKind::JdbcDriver.
QString jdbcDriverDatabase(const QString& jarName);

// One JSON object: ok, path, release, kernel, evidence, warnings, parts,
// customizations, and error/problem/suggestedPath when refused.
QJsonObject toJson(const IsHomeInspection& inspection);
// A report an admin reads in a terminal.
QString toText(const IsHomeInspection& inspection);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::IsHomeInspection)
