// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/SqlDialect.h"

#include <QString>

namespace Ismw {

// The project's own identity schema and cleanup procedures
// (resources/cleanup-sql/, compiled in under :/cleanup-sql): modelled on
// what WSO2's scripts do, written for the wizard. The sample homes ship
// them, and the database tests run them on real servers. They exist for
// MySQL (MariaDB runs the same) and PostgreSQL 11 and later.
enum class CleanupSql {
    IdentitySchema, // the tables the procedures work on
    TokenCleanup, // WSO2_TOKEN_CLEANUP_SP
    TokenRestore, // puts backed-up tokens back
    SessionCleanup, // CLEANUP_SESSION_DATA (MySQL), WSO2_SESSION_DATA_CLEANUP_SP (PostgreSQL)
    SessionRestore, // puts backed-up session data back
};

// True for the dialects there are scripts for (MySQL, PostgreSQL).
bool hasCleanupSql(SqlDialect dialect);

// The script's text; empty for a dialect without scripts.
QString cleanupSqlText(SqlDialect dialect, CleanupSql script);

// The procedure the script creates, as CALL names it; empty for the schema.
QString cleanupSqlProcedure(SqlDialect dialect, CleanupSql script);

// Where an IS home keeps the script: the schema below dbscripts/identity/
// ("mysql.sql"), the procedures below dbscripts/identity/stored-procedures/
// ("mysql/token-cleanup/mysql-token-cleanup.sql"). Empty for a dialect without scripts.
QString cleanupSqlHomePath(SqlDialect dialect, CleanupSql script);

} // namespace Ismw
