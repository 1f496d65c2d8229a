// SPDX-License-Identifier: Apache-2.0
// Connections to the real PostgreSQL 17 and MariaDB 11.8 servers of the
// `dbservers` fixture, from deployment.toml entries: they open, report the
// server version and PostgreSQL notices; and each way of failing (wrong
// password, unknown database, refused, silent server, TLS the server cannot
// give, unknown host, missing driver) comes back as its own kind, with a
// message that names host:port and user and never the password.
#include "DbServers.h"

#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Ismw;

Q_DECLARE_METATYPE(Ismw::ConnectionError::Kind)

class DatabaseConnectionTest : public QObject
{
    Q_OBJECT

    DbServers::Settings m_servers;

    QString password(const QString& prefix) const { return m_servers.value(prefix, u"PASSWORD"_s); }
    QString user(const QString& prefix) const { return m_servers.value(prefix, u"USER"_s); }

    // A target for one URL, from a deployment.toml entry.
    DatabaseTarget target(const QString& prefix, const QString& url) const
    {
        const DbServers::Config config
            = DbServers::config(DbServers::tomlEntry(u"identity_db"_s, url, user(prefix), password(prefix)));
        return config.targets.value(0);
    }

    // The password must never be in anything the error shows.
    void verifyNoPassword(const ConnectionError& error, const QStringList& passwords)
    {
        const QString shown = QStringList { error.message, error.hint, error.driverText, error.server, error.code,
            error.toString() }
                                  .join(u'|');
        for (const QString& secret : passwords)
            QVERIFY2(!shown.contains(secret), qPrintable(u"the password shows in: "_s + connectionErrorKindName(error.kind)));
    }

    static void addServers()
    {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("PostgreSQL") << u"PG"_s;
        QTest::newRow("MariaDB") << u"MY"_s;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_servers = DbServers::read();
        QVERIFY2(m_servers.error.isEmpty(), qPrintable(m_servers.error));
    }

    void opens_data() { addServers(); }

    void opens()
    {
        QFETCH(QString, prefix);
        const DatabaseTarget t = target(prefix, DbServers::url(m_servers, prefix));
        QVERIFY(t.isConnectable());
        const DbServers::Config config = DbServers::config(
            DbServers::tomlEntry(u"identity_db"_s, DbServers::url(m_servers, prefix), user(prefix), password(prefix)));
        auto credentials = credentialsFromConfig(t, config.document);
        QVERIFY2(credentials, qPrintable(credentials ? QString() : credentials.error()));

        auto first = DatabaseConnection::open(t, *credentials);
        QVERIFY2(first, qPrintable(first ? QString() : first.error().toString()));
        auto second = DatabaseConnection::open(t, *credentials);
        QVERIFY2(second, qPrintable(second ? QString() : second.error().toString()));
        QVERIFY((*first)->connectionName() != (*second)->connectionName());
        {
            QSqlDatabase db = (*first)->database();
            QVERIFY(db.isOpen());
            // Once connected the QSqlDatabase keeps no password.
            QVERIFY(db.password().isEmpty());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT 1"_s) && query.next());
            QCOMPARE(query.value(0).toInt(), 1);
        }
        QVERIFY((*first)->serverLabel().contains(u"127.0.0.1:"_s + m_servers.value(prefix, u"PORT"_s)));
        QVERIFY((*first)->serverLabel().contains(u"user "_s + user(prefix)));

        const auto version = (*first)->serverVersion();
        QVERIFY2(version, qPrintable(version ? QString() : version.error()));
        QCOMPARE(version->product, prefix == "PG"_L1 ? u"PostgreSQL"_s : u"MariaDB"_s);
        QCOMPARE(version->version.toString(), m_servers.value(prefix, u"VERSION"_s));
        QCOMPARE(version->major(), prefix == "PG"_L1 ? 17 : 11);

        const QString name = (*first)->connectionName();
        first->reset();
        QVERIFY(!QSqlDatabase::contains(name)); // removed with the connection
    }

    void failures_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("url"); // %PORT% / %SILENT% / %CLOSED% replaced
        QTest::addColumn<bool>("wrongPassword");
        QTest::addColumn<ConnectionError::Kind>("kind");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions"); // in the message

        using Kind = ConnectionError::Kind;
        for (const QString& prefix : { u"PG"_s, u"MY"_s }) {
            const bool pg = prefix == "PG"_L1;
            const QString scheme = pg ? u"jdbc:postgresql"_s : u"jdbc:mariadb"_s;
            const auto row = [&](const char* name) -> QTestData& {
                return QTest::newRow(qPrintable(u"%1 %2"_s.arg(pg ? u"PostgreSQL"_s : u"MariaDB"_s, QLatin1StringView(name))));
            };
            row("wrong password") << prefix << scheme + u"://127.0.0.1:%PORT%/%DB%"_s << true << Kind::WrongCredentials
                                  << (pg ? u"28P01"_s : u"1045"_s) << u"127.0.0.1:%PORT%"_s;
            row("unknown database") << prefix << scheme + u"://127.0.0.1:%PORT%/ismw_no_such_db"_s << false
                                    << Kind::UnknownDatabase << (pg ? u"3D000"_s : u"1049"_s) << u"ismw_no_such_db"_s;
            row("refused") << prefix << scheme + u"://127.0.0.1:%CLOSED%/%DB%"_s << false << Kind::Refused << QString()
                           << u"127.0.0.1:%CLOSED%"_s;
            row("silent server") << prefix << scheme + u"://127.0.0.1:%SILENT%/%DB%"_s << false << Kind::Timeout
                                 << QString() << u"127.0.0.1:%SILENT%"_s;
            row("tls the server lacks") << prefix
                                        << scheme + (pg ? u"://127.0.0.1:%PORT%/%DB%?sslmode=require"_s
                                                        : u"://127.0.0.1:%PORT%/%DB%?sslMode=trust"_s)
                                        << false << Kind::TlsFailure << QString() << u"127.0.0.1:%PORT%"_s;
            row("unknown host") << prefix << scheme + u"://ismw-no-such-host.invalid:%PORT%/%DB%"_s << false
                                << Kind::Unreachable << QString() << u"ismw-no-such-host.invalid"_s;
        }
        QTest::newRow("MariaDB tls verify-ca") << u"MY"_s << u"jdbc:mariadb://127.0.0.1:%PORT%/%DB%?sslMode=verify-ca"_s
                                               << false << Kind::TlsFailure << u"2026"_s << u"TLS"_s;
    }

    void failures()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, url);
        QFETCH(bool, wrongPassword);
        QFETCH(ConnectionError::Kind, kind);
        QFETCH(QString, code);
        QFETCH(QString, mentions);

        // A port nothing listens on, and one where the kernel accepts but nobody answers.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString closedPort = QString::number(closed.serverPort());
        closed.close();
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString silentPort = QString::number(silent.serverPort());

        const auto fill = [&](QString text) {
            return text.replace(u"%PORT%"_s, m_servers.value(prefix, u"PORT"_s))
                .replace(u"%DB%"_s, m_servers.value(prefix, u"DATABASE"_s))
                .replace(u"%CLOSED%"_s, closedPort)
                .replace(u"%SILENT%"_s, silentPort);
        };
        const DatabaseTarget t = target(prefix, fill(url));
        QVERIFY2(t.isConnectable(), qPrintable(t.urlError ? t.urlError->toString() : t.url));
        const QString wrong = password(prefix) + u"-wrong"_s;
        const DatabaseCredentials credentials(user(prefix), wrongPassword ? wrong : password(prefix));

        ConnectionOptions options;
        options.connectTimeoutSeconds = 3;
        QElapsedTimer clock;
        clock.start();
        auto connection = DatabaseConnection::open(t, credentials, options);
        QVERIFY2(!connection, "the connection opened");
        const ConnectionError& error = connection.error();
        qInfo().noquote() << connectionErrorKindName(error.kind) << error.code << "|" << error.toString();
        QVERIFY2(error.kind == kind,
            qPrintable(u"%1 instead of %2: %3 [%4]"_s.arg(connectionErrorKindName(error.kind),
                connectionErrorKindName(kind), error.toString(), error.driverText)));
        if (!code.isEmpty())
            QCOMPARE(error.code, code);
        QVERIFY2(error.message.contains(fill(mentions)), qPrintable(error.message));
        QVERIFY2(error.server.contains(u"user "_s + user(prefix)), qPrintable(error.server));
        QVERIFY(!error.hint.isEmpty());
        verifyNoPassword(error, { password(prefix), wrong });
        // Bounded by the connect timeout (and one probe of the same length).
        QVERIFY2(clock.elapsed() < 3 * 3000 + 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void missingOdbcDriver()
    {
        const DbServers::Config config = DbServers::config(DbServers::tomlEntry(u"identity_db"_s,
            u"jdbc:sqlserver://127.0.0.1:1;databaseName=WSO2"_s, u"sa"_s, u"Not-Used-1"_s));
        QVERIFY(config.error.isEmpty());
        const DatabaseCredentials credentials(u"sa"_s, u"Not-Used-1"_s);
        auto connection = DatabaseConnection::open(config.targets.value(0), credentials);
        QVERIFY(!connection);
        // The build root has QODBC but no ODBC driver for SQL Server.
        QCOMPARE(connectionErrorKindName(connection.error().kind), u"missing-driver"_s);
        QVERIFY2(connection.error().message.contains(u"SQL Server"_s), qPrintable(connection.error().message));
        verifyNoPassword(connection.error(), { u"Not-Used-1"_s });
    }

    void h2IsNotConnected()
    {
        const DbServers::Config config = DbServers::config(DbServers::tomlEntry(u"identity_db"_s,
            u"jdbc:h2:./repository/database/WSO2IDENTITY_DB"_s, u"wso2carbon"_s, u"wso2carbon"_s));
        auto connection = DatabaseConnection::open(config.targets.value(0), DatabaseCredentials(u"a"_s, u"b"_s));
        QVERIFY(!connection);
        QCOMPARE(connection.error().kind, ConnectionError::Kind::NotConfigured);
        QCOMPARE(connection.error().message, DatabaseTarget::h2Explanation());
    }

    // RAISE NOTICE reaches the handler, in order, while the statement runs.
    void postgresNotices()
    {
        const DatabaseTarget t = target(u"PG"_s, DbServers::url(m_servers, u"PG"_s));
        auto connection = DatabaseConnection::open(t, DatabaseCredentials(user(u"PG"_s), password(u"PG"_s)));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
        QList<ServerNotice> notices;
        QVERIFY((*connection)->setNoticeHandler([&notices](const ServerNotice& notice) { notices << notice; }));
        {
            QSqlQuery query((*connection)->database());
            QVERIFY2(query.exec(u"DO $$ BEGIN RAISE NOTICE 'step %', 1; RAISE WARNING 'careful'; "
                                u"RAISE NOTICE 'step %', 2; END $$"_s),
                qPrintable(query.lastError().text()));
        }
        QCOMPARE(notices.size(), 3);
        QCOMPARE(notices.at(0).message, u"step 1"_s);
        QCOMPARE(notices.at(0).severity, u"NOTICE"_s);
        QCOMPARE(notices.at(1).severity, u"WARNING"_s);
        QCOMPARE(notices.at(2).message, u"step 2"_s);

        // Switched off again: nothing more arrives.
        QVERIFY((*connection)->setNoticeHandler({}));
        {
            QSqlQuery query((*connection)->database());
            QVERIFY(query.exec(u"DO $$ BEGIN RAISE NOTICE 'unheard'; END $$"_s));
        }
        QCOMPARE(notices.size(), 3);
    }

    void mysqlHasNoNotices()
    {
        const DatabaseTarget t = target(u"MY"_s, DbServers::url(m_servers, u"MY"_s));
        auto connection = DatabaseConnection::open(t, DatabaseCredentials(user(u"MY"_s), password(u"MY"_s)));
        QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().toString()));
        QVERIFY(!(*connection)->setNoticeHandler([](const ServerNotice&) { }));
    }

    // A connection is opened, used and closed in the thread that runs the work.
    void workerThread_data() { addServers(); }

    void workerThread()
    {
        QFETCH(QString, prefix);
        const DatabaseTarget t = target(prefix, DbServers::url(m_servers, prefix));
        const QString userName = user(prefix);
        const QString secret = password(prefix);
        QString result;
        QThread* worker = QThread::create([&] {
            auto connection = DatabaseConnection::open(t, DatabaseCredentials(userName, secret));
            if (!connection) {
                result = connection.error().toString();
                return;
            }
            const auto version = (*connection)->serverVersion();
            result = version ? version->product : version.error();
        });
        worker->start();
        QVERIFY(worker->wait(30'000));
        delete worker;
        QCOMPARE(result, prefix == "PG"_L1 ? u"PostgreSQL"_s : u"MariaDB"_s);
    }
};

QTEST_GUILESS_MAIN(DatabaseConnectionTest)
#include "databaseconnection_test.moc"
