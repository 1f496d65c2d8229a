// SPDX-License-Identifier: Apache-2.0
// Smoke test of the throwaway database servers that the `dbservers` CTest
// fixture starts (tests/db/dbservers.sh): the settings file is complete, the
// QtSql drivers reach both servers over TCP with the generated password, the
// servers are the releases the product targets, transactions commit and roll
// back, and a wrong password is refused (what later "wrong password" tests
// rely on).
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTest>

using namespace Qt::StringLiterals;

class DbServersTest : public QObject
{
    Q_OBJECT

    QString m_envPath;
    QHash<QString, QString> m_env;
    QStringList m_connections;
    int m_connectionCounter = 0;

    QString setting(const QString& prefix, QLatin1StringView key) const
    {
        return m_env.value(u"ISMW_"_s + prefix + u'_' + key);
    }

    // Opens a connection under a name of its own (removed again in cleanup())
    // and returns it; the caller checks isOpen().
    QSqlDatabase connect(const QString& driver, const QString& prefix, const QString& password)
    {
        const QString name = u"dbservers_test_%1_%2"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))
                                 .arg(++m_connectionCounter);
        m_connections.append(name);
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        db.setHostName(setting(prefix, "HOST"_L1));
        db.setPort(setting(prefix, "PORT"_L1).toInt());
        db.setUserName(setting(prefix, "USER"_L1));
        db.setPassword(password);
        db.setDatabaseName(setting(prefix, "DATABASE"_L1));
        db.setConnectOptions(driver == "QPSQL"_L1 ? u"connect_timeout=10"_s : u"MYSQL_OPT_CONNECT_TIMEOUT=10"_s);
        db.open();
        return db;
    }

    static void addServerColumns()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("package");
    }

    static void addServerRows()
    {
        QTest::newRow("PostgreSQL") << u"QPSQL"_s << u"PG"_s << u"libqt6sql6-psql"_s;
        QTest::newRow("MariaDB") << u"QMYSQL"_s << u"MY"_s << u"libqt6sql6-mysql"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_envPath = qEnvironmentVariable("ISMW_DBSERVERS_ENV");
        if (m_envPath.isEmpty())
            QFAIL("ISMW_DBSERVERS_ENV is not set. Run the db tests through ctest (ctest -L db), whose "
                  "dbservers fixture starts the servers, or start them by hand with "
                  "`bash tests/db/dbservers.sh start DIR` and set ISMW_DBSERVERS_ENV=DIR/servers.env.");
        QFile file(m_envPath);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            QFAIL(qPrintable(u"Cannot read %1 (%2): the database servers are not running. "
                             "Did the dbservers_start test fail? Its output says why."_s
                                 .arg(m_envPath, file.errorString())));
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype eq = line.indexOf(u'=');
            if (eq <= 0)
                QFAIL(qPrintable(u"%1: not a KEY=VALUE line: %2"_s.arg(m_envPath, line)));
            m_env.insert(line.left(eq), line.mid(eq + 1));
        }

        QStringList missing;
        for (const auto prefix : {"PG"_L1, "MY"_L1}) {
            for (const auto key : {"HOST"_L1, "PORT"_L1, "USER"_L1, "PASSWORD"_L1, "DATABASE"_L1, "VERSION"_L1}) {
                const QString name = u"ISMW_%1_%2"_s.arg(prefix, key);
                if (m_env.value(name).isEmpty())
                    missing.append(name);
            }
        }
        if (!missing.isEmpty())
            QFAIL(qPrintable(u"%1 lacks %2"_s.arg(m_envPath, missing.join(u", "_s))));
    }

    void cleanup()
    {
        for (const QString& name : std::as_const(m_connections)) {
            {
                QSqlDatabase db = QSqlDatabase::database(name, false);
                if (db.isValid())
                    db.close();
            }
            QSqlDatabase::removeDatabase(name);
        }
        m_connections.clear();
    }

    void driverAvailable_data()
    {
        addServerColumns();
        addServerRows();
    }

    void driverAvailable()
    {
        QFETCH(QString, driver);
        QFETCH(QString, package);
        QVERIFY2(QSqlDatabase::isDriverAvailable(driver),
                 qPrintable(u"The QtSql driver %1 is not installed (Debian: %2); available: %3"_s.arg(
                     driver, package, QSqlDatabase::drivers().join(u", "_s))));
    }

    void version_data()
    {
        addServerColumns();
        QTest::addColumn<QString>("versionPattern"); // group 1: full version, group 2: release
        QTest::addColumn<QString>("release");
        QTest::newRow("PostgreSQL") << u"QPSQL"_s << u"PG"_s << u"libqt6sql6-psql"_s
                                    << u"^PostgreSQL ((\\d+)\\.\\d+)\\b"_s << u"17"_s;
        QTest::newRow("MariaDB") << u"QMYSQL"_s << u"MY"_s << u"libqt6sql6-mysql"_s
                                 << u"^((\\d+\\.\\d+)\\.\\d+)-MariaDB"_s << u"11.8"_s;
    }

    void version()
    {
        QFETCH(QString, driver);
        QFETCH(QString, prefix);
        QFETCH(QString, versionPattern);
        QFETCH(QString, release);

        QSqlDatabase db = connect(driver, prefix, setting(prefix, "PASSWORD"_L1));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"SELECT version()"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        const QString reported = query.value(0).toString();

        const QRegularExpressionMatch match = QRegularExpression(versionPattern).match(reported);
        QVERIFY2(match.hasMatch(), qPrintable(u"unexpected version() answer: %1"_s.arg(reported)));
        QCOMPARE(match.captured(2), release);
        QCOMPARE(match.captured(1), setting(prefix, "VERSION"_L1));
    }

    void transaction_data()
    {
        addServerColumns();
        addServerRows();
    }

    // DDL outside the transactions: MariaDB commits implicitly on DDL.
    void transaction()
    {
        QFETCH(QString, driver);
        QFETCH(QString, prefix);

        QSqlDatabase db = connect(driver, prefix, setting(prefix, "PASSWORD"_L1));
        QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
        QVERIFY(db.driver()->hasFeature(QSqlDriver::Transactions));

        QSqlQuery query(db);
        QVERIFY2(query.exec(u"DROP TABLE IF EXISTS dbservers_smoke"_s), qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"CREATE TABLE dbservers_smoke (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL)"_s),
                 qPrintable(query.lastError().text()));

        const QStringList names = {u"carbon"_s, u"Zoë ✓"_s, u"日本語"_s};
        QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
        QVERIFY(query.prepare(u"INSERT INTO dbservers_smoke (id, name) VALUES (?, ?)"_s));
        for (qsizetype i = 0; i < names.size(); ++i) {
            query.addBindValue(int(i + 1));
            query.addBindValue(names.at(i));
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY2(db.commit(), qPrintable(db.lastError().text()));

        QVERIFY2(db.transaction(), qPrintable(db.lastError().text()));
        QVERIFY2(query.exec(u"INSERT INTO dbservers_smoke (id, name) VALUES (99, 'rolled back')"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(db.rollback(), qPrintable(db.lastError().text()));

        QVERIFY2(query.exec(u"SELECT id, name FROM dbservers_smoke ORDER BY id"_s),
                 qPrintable(query.lastError().text()));
        QStringList read;
        int expectedId = 0;
        while (query.next()) {
            QCOMPARE(query.value(0).toInt(), ++expectedId);
            read.append(query.value(1).toString());
        }
        QCOMPARE(read, names);

        QVERIFY2(query.exec(u"DROP TABLE dbservers_smoke"_s), qPrintable(query.lastError().text()));
    }

    void wrongPasswordRefused_data()
    {
        addServerColumns();
        QTest::addColumn<QString>("refusal");
        QTest::newRow("PostgreSQL") << u"QPSQL"_s << u"PG"_s << u"libqt6sql6-psql"_s
                                    << u"password authentication failed"_s;
        QTest::newRow("MariaDB") << u"QMYSQL"_s << u"MY"_s << u"libqt6sql6-mysql"_s << u"Access denied"_s;
    }

    void wrongPasswordRefused()
    {
        QFETCH(QString, driver);
        QFETCH(QString, prefix);
        QFETCH(QString, refusal);

        const QString password = setting(prefix, "PASSWORD"_L1);
        QSqlDatabase db = connect(driver, prefix, password + u"-wrong"_s);
        QVERIFY2(!db.isOpen(), "a wrong password was accepted");
        const QSqlError error = db.lastError();
        QCOMPARE(error.type(), QSqlError::ConnectionError);
        QVERIFY2(error.text().contains(refusal), qPrintable(error.text()));
        QVERIFY2(!error.text().contains(password), "the error message contains the password");
    }
};

QTEST_GUILESS_MAIN(DbServersTest)
#include "dbservers_test.moc"
