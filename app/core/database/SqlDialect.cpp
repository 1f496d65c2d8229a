// SPDX-License-Identifier: Apache-2.0
#include "database/SqlDialect.h"

using namespace Qt::StringLiterals;

namespace Ismw {

QString sqlDialectKey(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::MySql:
        return u"mysql"_s;
    case SqlDialect::PostgreSql:
        return u"postgresql"_s;
    case SqlDialect::SqlServer:
        return u"mssql"_s;
    case SqlDialect::Oracle:
        return u"oracle"_s;
    case SqlDialect::Db2:
        return u"db2"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString sqlDialectDisplayName(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::MySql:
        return u"MySQL / MariaDB"_s;
    case SqlDialect::PostgreSql:
        return u"PostgreSQL"_s;
    case SqlDialect::SqlServer:
        return u"SQL Server"_s;
    case SqlDialect::Oracle:
        return u"Oracle"_s;
    case SqlDialect::Db2:
        return u"Db2"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

std::optional<SqlDialect> parseSqlDialect(QStringView text)
{
    struct Alias
    {
        QStringView name;
        SqlDialect dialect;
    };
    static constexpr Alias aliases[] = {
        { u"mysql", SqlDialect::MySql },
        { u"mariadb", SqlDialect::MySql },
        { u"postgresql", SqlDialect::PostgreSql },
        { u"postgre", SqlDialect::PostgreSql },
        { u"postgres", SqlDialect::PostgreSql },
        { u"mssql", SqlDialect::SqlServer },
        { u"sqlserver", SqlDialect::SqlServer },
        { u"oracle", SqlDialect::Oracle },
        { u"db2", SqlDialect::Db2 },
    };
    const QStringView trimmed = text.trimmed();
    for (const Alias& alias : aliases) {
        if (trimmed.compare(alias.name, Qt::CaseInsensitive) == 0)
            return alias.dialect;
    }
    return std::nullopt;
}

} // namespace Ismw
