// SPDX-License-Identifier: Apache-2.0
#include "demo/CleanupSql.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// "mysql" / "postgresql": the folder under :/cleanup-sql and the IS home's
// folder and file-name prefix alike.
QString folderOf(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::MySql:
        return u"mysql"_s;
    case SqlDialect::PostgreSql:
        return u"postgresql"_s;
    case SqlDialect::SqlServer:
    case SqlDialect::Oracle:
    case SqlDialect::Db2:
        break;
    }
    return {};
}

QString resourceName(CleanupSql script)
{
    switch (script) {
    case CleanupSql::IdentitySchema:
        return u"identity-schema.sql"_s;
    case CleanupSql::TokenCleanup:
        return u"token-cleanup.sql"_s;
    case CleanupSql::TokenRestore:
        return u"token-cleanup-restore.sql"_s;
    case CleanupSql::SessionCleanup:
        return u"sessiondata-cleanup.sql"_s;
    case CleanupSql::SessionRestore:
        return u"sessiondata-cleanup-restore.sql"_s;
    }
    return {};
}

} // namespace

bool hasCleanupSql(SqlDialect dialect)
{
    return !folderOf(dialect).isEmpty();
}

QString cleanupSqlText(SqlDialect dialect, CleanupSql script)
{
    if (!hasCleanupSql(dialect))
        return {};
    QFile file(u":/cleanup-sql/%1/%2"_s.arg(folderOf(dialect), resourceName(script)));
    // Compiled in: failing to open it is a build mistake, and an empty text says so.
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString cleanupSqlProcedure(SqlDialect dialect, CleanupSql script)
{
    const bool mysql = dialect == SqlDialect::MySql;
    if (!hasCleanupSql(dialect))
        return {};
    switch (script) {
    case CleanupSql::IdentitySchema:
        return {};
    case CleanupSql::TokenCleanup:
        return u"WSO2_TOKEN_CLEANUP_SP"_s;
    case CleanupSql::TokenRestore:
        return mysql ? u"WSO2_TOKEN_CLEANUP_DATA_RESTORE_SP"_s : u"WSO2_TOKEN_CLEANUP_DATA_RESTORATION_SP"_s;
    case CleanupSql::SessionCleanup:
        return mysql ? u"CLEANUP_SESSION_DATA"_s : u"WSO2_SESSION_DATA_CLEANUP_SP"_s;
    case CleanupSql::SessionRestore:
        return mysql ? u"WSO2_SESSION_DATA_RESTORE_SP"_s : u"WSO2_SESSION_DATA_RESTORATION_SP"_s;
    }
    return {};
}

QString cleanupSqlHomePath(SqlDialect dialect, CleanupSql script)
{
    const QString folder = folderOf(dialect);
    if (folder.isEmpty())
        return {};
    switch (script) {
    case CleanupSql::IdentitySchema:
        return folder + u".sql"_s;
    case CleanupSql::TokenCleanup:
    case CleanupSql::TokenRestore:
        return u"%1/token-cleanup/%1-%2"_s.arg(folder, resourceName(script));
    case CleanupSql::SessionCleanup:
    case CleanupSql::SessionRestore:
        return u"%1/sessiondata-cleanup/%1-%2"_s.arg(folder, resourceName(script));
    }
    return {};
}

} // namespace Ismw
