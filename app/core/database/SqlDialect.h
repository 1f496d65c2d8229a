// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace Ismw {

// The database engines WSO2 ships cleanup procedures for. MariaDB runs the
// MySQL scripts and speaks the same client syntax, so it is MySql here.
enum class SqlDialect { MySql, PostgreSql, SqlServer, Oracle, Db2 };

inline constexpr std::array<SqlDialect, 5> allSqlDialects { SqlDialect::MySql, SqlDialect::PostgreSql,
    SqlDialect::SqlServer, SqlDialect::Oracle, SqlDialect::Db2 };

// Stable key for files, JSON and the project store, spelled like the IS home's
// stored-procedures/ folders: "mysql", "postgresql", "mssql", "oracle", "db2".
QString sqlDialectKey(SqlDialect dialect);

// The product name for people ("MySQL / MariaDB", "PostgreSQL", "SQL Server",
// "Oracle", "Db2"); product names are not translated.
QString sqlDialectDisplayName(SqlDialect dialect);

// Reads a key above or a deployment.toml database `type` ("mysql", "mariadb",
// "postgre", "postgresql", "mssql", "sqlserver", "oracle", "db2"), ignoring
// case and surrounding spaces. "h2" and anything else: nullopt.
std::optional<SqlDialect> parseSqlDialect(QStringView text);

} // namespace Ismw
