// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/SqlDialect.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <expected>

namespace Ismw {

// One cleanup script found in an IS home, with what was read out of it.
struct CleanupScript
{
    QString path; // absolute
    QString relativePath; // below dbscripts/identity/stored-procedures/, '/' separated
    SqlDialect dialect = SqlDialect::MySql;
    // What it cleans, open-ended and stable: "token", "session",
    // "confirmation-code", "registry", or what the folder or file says
    // ("par-request", "workflow", "jti", "devicecode", …).
    QString kind;
    QString procedureName; // as CREATE [OR REPLACE] PROCEDURE|FUNCTION names it, without quotes
    QStringList procedureNames; // every procedure or function the script creates, in order
    bool isFunction = false; // PostgreSQL 9 style: SELECT f(n) in a loop instead of CALL f()
    QString parameters; // the parameter list as written ("operationid int"), may be empty
    QString versionFolder; // "postgre-11x", "mysql-5.4.x"; empty in folders for every version
    QString restorePath; // the paired restore script, absolute; empty when there is none
    QString restoreProcedureName;
    QByteArray sha256; // hex digest of the file's bytes, for the project record
    QStringList warnings; // e.g. "needs PostgreSQL 11 or later", "no CREATE PROCEDURE found"
};

// A file that is not a cleanup script but belongs to them: README, runner script, …
struct CleanupScriptNote
{
    enum class Kind { Readme, Runner, Other };
    Kind kind = Kind::Other;
    QString path;
    QString relativePath;
};

struct CleanupScriptDiscovery
{
    QString root; // <home>/dbscripts/identity/stored-procedures
    SqlDialect dialect = SqlDialect::MySql;
    QVersionNumber serverVersion; // what the choice of version folders was made for; may be null
    QStringList dialectFolders; // the folders taken for the dialect, relative to root
    QString versionFolder; // the version folder chosen, empty when the layout has none
    QStringList skippedFolders; // version folders for other server versions, relative to root
    QList<CleanupScript> scripts; // cleanup scripts (restore scripts only through their pair), by kind and path
    QList<CleanupScript> unpairedRestores; // restore scripts without a cleanup script
    QList<CleanupScriptNote> notes;
    QStringList warnings; // translated
    bool truncated = false; // the walk stopped at its bounds

    QStringList kinds() const; // the kinds found, in the order of `scripts`
};

// Walks <home>/dbscripts/identity/stored-procedures/ for the scripts of one
// dialect (mysql covers MariaDB), choosing the folder for the server version
// where the release has several (postgre-9x / postgre-11x), in the layout
// of 5.10+ (mysql/token-cleanup/…) or the flat one of older releases
// (mysql-5.4.x/…). Kinds come from folder and file names, then from the
// procedure name; procedure names from the script text. Restore scripts are
// paired with their cleanup script. The walk is bounded and follows no links.
// Fails (with a translated message) only when there is no such folder at all.
std::expected<CleanupScriptDiscovery, QString> discoverCleanupScripts(
    const QString& isHome, SqlDialect dialect, const QVersionNumber& serverVersion = {});

// The procedures and functions a script creates: CREATE [OR REPLACE|OR ALTER]
// [DEFINER=…] PROCEDURE|FUNCTION name[(params)], outside comments and strings.
struct CreatedRoutine
{
    QString name; // without quotes, brackets or schema
    QString qualifiedName; // as written, e.g. dbo.WSO2_TOKEN_CLEANUP_SP
    bool isFunction = false;
    QString parameters;
};
QList<CreatedRoutine> routinesCreatedBy(QStringView scriptText);

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::CleanupScript)
