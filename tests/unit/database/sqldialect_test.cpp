// SPDX-License-Identifier: Apache-2.0
#include "database/SqlDialect.h"

#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SqlDialect)

class SqlDialectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keysReadBack()
    {
        for (const SqlDialect dialect : allSqlDialects) {
            QCOMPARE(parseSqlDialect(sqlDialectKey(dialect)), dialect);
            QVERIFY(!sqlDialectDisplayName(dialect).isEmpty());
        }
    }

    void deploymentTomlTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<SqlDialect>("dialect");
        QTest::newRow("mysql") << u"mysql"_s << SqlDialect::MySql;
        QTest::newRow("mariadb") << u"MariaDB"_s << SqlDialect::MySql;
        QTest::newRow("postgre") << u"postgre"_s << SqlDialect::PostgreSql;
        QTest::newRow("postgresql") << u" PostgreSQL "_s << SqlDialect::PostgreSql;
        QTest::newRow("mssql") << u"mssql"_s << SqlDialect::SqlServer;
        QTest::newRow("oracle") << u"ORACLE"_s << SqlDialect::Oracle;
        QTest::newRow("db2") << u"db2"_s << SqlDialect::Db2;
    }
    void deploymentTomlTypes()
    {
        QFETCH(QString, type);
        QFETCH(SqlDialect, dialect);
        QCOMPARE(parseSqlDialect(type), dialect);
    }

    void othersAreNoDialect()
    {
        QVERIFY(!parseSqlDialect(u"h2"_s));
        QVERIFY(!parseSqlDialect(u""_s));
        QVERIFY(!parseSqlDialect(u"my sql"_s));
    }
};

QTEST_GUILESS_MAIN(SqlDialectTest)
#include "sqldialect_test.moc"
