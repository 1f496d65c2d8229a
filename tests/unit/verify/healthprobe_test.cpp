// SPDX-License-Identifier: Apache-2.0
// The health probe against a real HTTPS server in this process (QSslServer on
// 127.0.0.1) with certificates the openssl command makes at test start.
#include "LocalHttpsServer.h"
#include "TestPki.h"
#include "verify/HealthProbe.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Ismw;
using namespace Ismw::TestSupport;
using Outcome = HealthProbeResult::Outcome;

class HealthProbeTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_fingerprint; // of server.pem, as openssl prints it: "AB:CD:…"
    std::unique_ptr<HttpsServer> m_server; // server.pem, the certificate the tests pin
    std::unique_ptr<HttpsServer> m_otherServer; // other.pem, a different self-signed one
    std::unique_ptr<HttpsServer> m_chainedServer; // leaf.pem, issued by ca.pem

    QString path(const QString& name) const { return m_dir.filePath(name); }

    // The certificates come from the openssl command, not from Qt, so a
    // mistake in the probe's fingerprinting cannot cancel out in its fixtures.
    bool openssl(const QStringList& arguments) { return TestPki::openssl(m_dir.path(), arguments); }
    QByteArray opensslOutput(const QStringList& arguments)
    {
        return TestPki::opensslOutput(m_dir.path(), arguments).value_or(QByteArray());
    }

    bool selfSigned(const QString& name, const QString& subject)
    {
        return openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
            name + u".key"_s, u"-out"_s, name + u".pem"_s, u"-subj"_s, subject, u"-addext"_s,
            u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s, u"-days"_s, u"2"_s });
    }

    // "AB:CD:…", as `openssl x509 -fingerprint` prints it.
    QByteArray fingerprint(const QString& certificate)
    {
        const QByteArray out
            = opensslOutput({ u"x509"_s, u"-noout"_s, u"-fingerprint"_s, u"-sha256"_s, u"-in"_s, certificate });
        return out.mid(out.indexOf('=') + 1).trimmed();
    }

    QByteArray pin(const QString& certificate) { return fingerprint(certificate).replace(':', "").toLower(); }

    static HealthProbeResult run(const HealthProbeRequest& request, int waitMs = 15000)
    {
        HealthProbe probe;
        QSignalSpy spy(&probe, &HealthProbe::finished);
        probe.start(request);
        if (!probe.isRunning())
            qFatal("the probe did not start");
        if (!spy.wait(waitMs) || spy.size() != 1)
            qFatal("the probe did not finish once within %d ms", waitMs);
        if (probe.isRunning())
            qFatal("the probe still runs after finished");
        return spy.at(0).at(0).value<HealthProbeResult>();
    }

    HealthProbeRequest pinned(const HttpsServer& server) const
    {
        return { server.url(), QByteArray(m_fingerprint).replace(':', "").toLower() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(selfSigned(u"server"_s, u"/CN=localhost"_s));
        QVERIFY(selfSigned(u"other"_s, u"/CN=localhost"_s));
        QVERIFY(openssl({ u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
            u"ca.key"_s, u"-out"_s, u"ca.pem"_s, u"-subj"_s, u"/CN=Probe Test CA"_s, u"-days"_s, u"2"_s }));
        QVERIFY(openssl({ u"req"_s, u"-new"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, u"leaf.key"_s,
            u"-out"_s, u"leaf.csr"_s, u"-subj"_s, u"/O=Example/CN=localhost"_s, u"-addext"_s,
            u"subjectAltName=DNS:localhost,IP:127.0.0.1"_s }));
        QVERIFY(openssl({ u"x509"_s, u"-req"_s, u"-in"_s, u"leaf.csr"_s, u"-CA"_s, u"ca.pem"_s, u"-CAkey"_s,
            u"ca.key"_s, u"-set_serial"_s, u"7"_s, u"-days"_s, u"2"_s, u"-copy_extensions"_s, u"copyall"_s,
            u"-out"_s, u"leaf.pem"_s }));
        m_fingerprint = fingerprint(path(u"server.pem"_s));
        QCOMPARE(m_fingerprint.count(':'), 31);
        m_server = std::make_unique<HttpsServer>(path(u"server.pem"_s), path(u"server.key"_s));
        m_otherServer = std::make_unique<HttpsServer>(path(u"other.pem"_s), path(u"other.key"_s));
        m_chainedServer = std::make_unique<HttpsServer>(path(u"leaf.pem"_s), path(u"leaf.key"_s));
    }

    void init()
    {
        for (HttpsServer* server : { m_server.get(), m_otherServer.get(), m_chainedServer.get() }) {
            server->requests = 0;
            server->response
                = httpResponse(200, "OK", R"({"health":[{"key":"jdbc/WSO2CarbonDB","value":"UP"}]})");
        }
    }

    void notPinnedReportsTheCertificateAndSendsNothing()
    {
        const HealthProbeResult result = run({ m_server->url(), {} });
        QCOMPARE(result.outcome, Outcome::NotPinned);
        QCOMPARE(m_server->requests, 0);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.certificate.fingerprintDisplay(), QString::fromLatin1(m_fingerprint));
        QCOMPARE(result.certificate.sha256Hex, pin(path(u"server.pem"_s)));
        QCOMPARE(result.certificate.subject, u"CN=localhost"_s);
        QCOMPARE(result.certificate.issuer, u"CN=localhost"_s);
        QVERIFY(result.certificate.selfSigned);
        QCOMPARE(result.certificate.subjectAltNames, QStringList({ u"DNS:localhost"_s, u"IP:127.0.0.1"_s }));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(result.certificate.notBefore <= now.addSecs(60));
        QVERIFY(
            result.certificate.notAfter > now.addDays(1) && result.certificate.notAfter <= now.addDays(2));
        QVERIFY2(result.message.contains(result.url.toDisplayString()), qPrintable(result.message));
        QVERIFY(result.message.contains(QString::fromLatin1(m_fingerprint)));
        QVERIFY(!result.healthy());
        // Nothing arrives late either.
        QTest::qWait(200);
        QCOMPARE(m_server->requests, 0);
    }

    void pinnedAnswers_data()
    {
        QTest::addColumn<QByteArray>("response");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("detailKeys");
        QTest::addColumn<QString>("inMessage");

        QTest::newRow("up") << httpResponse(200, "OK",
            R"({"health":[{"key":"jdbc/WSO2CarbonDB","value":"UP"},{"key":"jdbc/WSO2IdentityDB","value":"UP"},)"
            R"({"key":"PRIMARY","value":"UP"}]})")
                            << Outcome::Up << 200
                            << QStringList { u"jdbc/WSO2CarbonDB"_s, u"jdbc/WSO2IdentityDB"_s, u"PRIMARY"_s }
                            << u"healthy"_s;
        QTest::newRow("503 errors") << httpResponse(503, "Service Unavailable",
            R"({"errors":[{"code":"HC_00003","message":"Error while getting database connection",)"
            R"("description":"Error while getting database connection for datasource: jdbc/WSO2CarbonDB"},)"
            R"({"code":"HC_00002","message":"Error while checking health"}]})")
                                    << Outcome::Down << 503 << QStringList { u"HC_00003"_s, u"HC_00002"_s }
                                    << u"HC_00003 Error while getting database connection"_s;
        QTest::newRow("200 but a check down") << httpResponse(200, "OK",
            R"({"health":[{"key":"jdbc/WSO2CarbonDB","value":"UP"},{"key":"PRIMARY","value":"DOWN"}]})")
                                              << Outcome::Down << 200
                                              << QStringList { u"jdbc/WSO2CarbonDB"_s, u"PRIMARY"_s }
                                              << u"PRIMARY DOWN"_s;
        QTest::newRow("bare 200") << httpResponse(200, "OK", {}) << Outcome::NoHealthCheck << 200
                                  << QStringList() << u"[carbon_health_check]"_s;
        QTest::newRow("200 other JSON")
            << httpResponse(200, "OK", R"({"status":"ok"})") << Outcome::NoHealthCheck << 200 << QStringList()
            << u"enable = true"_s;
        QTest::newRow("garbage") << httpResponse(200, "OK", "<html><body>Welcome to nginx!</body></html>")
                                 << Outcome::UnexpectedResponse << 200 << QStringList()
                                 << u"Welcome to nginx!"_s;
        QTest::newRow("503 HTML") << httpResponse(503, "Service Unavailable", "<h1>Bad gateway</h1>")
                                  << Outcome::UnexpectedResponse << 503 << QStringList() << u"HTTP 503"_s;
        QTest::newRow("404") << httpResponse(404, "Not Found", {}) << Outcome::UnexpectedResponse << 404
                             << QStringList() << u"path"_s;
        QTest::newRow("over 1 MiB") << httpResponse(
            200, "OK", "{\"health\":[" + QByteArray(1100 * 1024, ' ') + "]}")
                                    << Outcome::UnexpectedResponse << 200 << QStringList() << u"1 MiB"_s;
    }

    void pinnedAnswers()
    {
        QFETCH(QByteArray, response);
        QFETCH(Outcome, outcome);
        QFETCH(int, status);
        QFETCH(QStringList, detailKeys);
        QFETCH(QString, inMessage);
        m_server->response = response;

        const HealthProbeResult result = run(pinned(*m_server));
        QVERIFY2(result.outcome == outcome,
            qPrintable(healthOutcomeKey(result.outcome) + u": "_s + result.message));
        QCOMPARE(m_server->requests, 1);
        QCOMPARE(result.httpStatus, status);
        QStringList keys;
        for (const auto& [key, value] : result.details)
            keys << key;
        QCOMPARE(keys, detailKeys);
        QVERIFY2(result.message.contains(inMessage), qPrintable(result.message));
        QVERIFY(result.message.contains(m_server->url().toDisplayString()));
        QCOMPARE(result.healthy(), outcome == Outcome::Up);
        QVERIFY(result.bodyExcerpt.size() <= 500);
        QCOMPARE(result.certificate.fingerprintDisplay(), QString::fromLatin1(m_fingerprint));
        if (outcome == Outcome::Down && status == 503)
            QCOMPARE(result.details.first().second,
                u"Error while getting database connection (Error while getting database connection for "
                u"datasource: jdbc/WSO2CarbonDB)"_s);
    }

    void pinMismatchSendsNothing()
    {
        const HealthProbeResult result = run({ m_otherServer->url(), pin(path(u"server.pem"_s)) });
        QCOMPARE(result.outcome, Outcome::PinMismatch);
        QCOMPARE(m_otherServer->requests, 0);
        QCOMPARE(result.certificate.sha256Hex, pin(path(u"other.pem"_s)));
        QVERIFY2(result.message.contains(QString::fromLatin1(m_fingerprint)), qPrintable(result.message));
        QVERIFY(result.message.contains(result.certificate.fingerprintDisplay()));
        QVERIFY(result.message.contains(u"confirm the new fingerprint"_s));
        QTest::qWait(200);
        QCOMPARE(m_otherServer->requests, 0);
    }

    // A chain this machine trusts raises no sslErrors; the pin is then
    // checked on encrypted(), before the request is written.
    void trustedChainIsStillPinned()
    {
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        QSslConfiguration trusting = saved;
        trusting.addCaCertificates(QSslCertificate::fromPath(path(u"ca.pem"_s)));
        QSslConfiguration::setDefaultConfiguration(trusting);
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });

        const HealthProbeResult wrong = run({ m_chainedServer->url(), pin(path(u"server.pem"_s)) });
        QCOMPARE(wrong.outcome, Outcome::PinMismatch);
        QCOMPARE(m_chainedServer->requests, 0);
        QCOMPARE(wrong.certificate.sha256Hex, pin(path(u"leaf.pem"_s)));
        QVERIFY(!wrong.certificate.selfSigned);
        QCOMPARE(wrong.certificate.issuer, u"CN=Probe Test CA"_s);

        const HealthProbeResult right = run({ m_chainedServer->url(), pin(path(u"leaf.pem"_s)) });
        QVERIFY2(right.outcome == Outcome::Up, qPrintable(right.message));
        QCOMPARE(m_chainedServer->requests, 1);

        const HealthProbeResult unpinned = run({ m_chainedServer->url(), {} });
        QCOMPARE(unpinned.outcome, Outcome::NotPinned);
        QCOMPARE(m_chainedServer->requests, 1);
        QVERIFY2(unpinned.message.contains(u"issued by"_s), qPrintable(unpinned.message));
    }

    void refusedConnectionNamesHostAndPort()
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.serverPort();
        closed.close();
        const QUrl url(u"https://127.0.0.1:%1/api/health-check/v1.0/health"_s.arg(port));
        for (const QByteArray& pinValue : { QByteArray(), pin(path(u"server.pem"_s)) }) {
            const HealthProbeResult result = run({ url, pinValue });
            QCOMPARE(result.outcome, Outcome::ConnectionFailed);
            QVERIFY2(result.message.contains(u"127.0.0.1:%1"_s.arg(port)), qPrintable(result.message));
            QVERIFY(result.message.contains(u"running"_s));
        }
    }

    void plainServerIsATlsFailure()
    {
        QTcpServer plain;
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket* socket = plain.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    socket->readAll();
                    socket->write(
                        "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                    socket->disconnectFromHost();
                });
            }
        });
        QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
        const QUrl url(u"https://127.0.0.1:%1/api/health-check/v1.0/health"_s.arg(plain.serverPort()));
        for (const QByteArray& pinValue : { QByteArray(), pin(path(u"server.pem"_s)) }) {
            const HealthProbeResult result = run({ url, pinValue });
            QVERIFY2(result.outcome == Outcome::TlsFailed, qPrintable(result.message));
            QVERIFY(result.message.contains(u"127.0.0.1:%1"_s.arg(plain.serverPort())));
            QVERIFY(result.certificate.sha256Hex.isEmpty());
        }
    }

    void hangingServerTimesOut()
    {
        m_server->response.clear();
        HealthProbeRequest request = pinned(*m_server);
        request.timeoutMs = 400;
        const HealthProbeResult result = run(request);
        QCOMPARE(result.outcome, Outcome::TimedOut);
        QCOMPARE(m_server->requests, 1);
        QVERIFY2(result.elapsedMs >= 400 && result.elapsedMs < 3000,
            qPrintable(QString::number(result.elapsedMs)));
        QVERIFY2(
            result.message.contains(u"127.0.0.1:%1"_s.arg(m_server->port())), qPrintable(result.message));
    }

    void plainHttpIsRefused()
    {
        QUrl url = m_server->url();
        url.setScheme(u"http"_s);
        const HealthProbeResult result = run({ url, pin(path(u"server.pem"_s)) });
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(m_server->requests, 0);
        QVERIFY2(result.message.contains(url.toDisplayString()), qPrintable(result.message));
        QVERIFY(result.message.contains(u"9443"_s));
    }

    void badPinIsRefused()
    {
        const HealthProbeResult result = run({ m_server->url(), "not-a-fingerprint" });
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(m_server->requests, 0);
        QVERIFY2(result.message.contains(u"fingerprint"_s), qPrintable(result.message));
    }

    void credentialsInTheUrlAreRefusedAndNotKept()
    {
        QUrl url = m_server->url();
        url.setUserInfo(u"admin:S3cret-Pw"_s);
        const HealthProbeResult result = run({ url, pin(path(u"server.pem"_s)) });
        QCOMPARE(result.outcome, Outcome::Refused);
        QCOMPARE(m_server->requests, 0);
        QVERIFY2(!result.message.contains(u"S3cret"_s), qPrintable(result.message));
        QVERIFY(!result.toJson().contains(u"S3cret"_s));
        QCOMPARE(result.url, m_server->url());
    }

    void secondStartCancelsTheFirst()
    {
        m_server->response.clear();
        HealthProbe probe;
        QSignalSpy spy(&probe, &HealthProbe::finished);
        probe.start(pinned(*m_server));
        QTRY_COMPARE(m_server->requests, 1);
        m_otherServer->response = httpResponse(200, "OK", {});
        probe.start({ m_otherServer->url(), pin(path(u"other.pem"_s)) });
        QVERIFY(spy.wait(10000));
        QTest::qWait(200);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<HealthProbeResult>().outcome, Outcome::NoHealthCheck);
        QVERIFY(!probe.isRunning());

        probe.start(pinned(*m_server));
        QVERIFY(probe.isRunning());
        probe.cancel();
        QVERIFY(!probe.isRunning());
        QTest::qWait(300);
        QCOMPARE(spy.size(), 1);
    }

    void toJsonHasStableKeys()
    {
        const HealthProbeResult result = run(pinned(*m_server));
        QCOMPARE(result.outcome, Outcome::Up);
        QVERIFY(result.at.isValid() && result.at.timeSpec() == Qt::UTC);
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(result.toJson().toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!result.toJson().contains(u'\n'));
        QCOMPARE(object.keys(),
            QStringList({ u"at"_s, u"bodyExcerpt"_s, u"certificate"_s, u"details"_s, u"elapsedMs"_s,
                u"healthy"_s, u"httpStatus"_s, u"message"_s, u"outcome"_s, u"url"_s }));
        QCOMPARE(object.value(u"outcome"_s).toString(), u"up"_s);
        QCOMPARE(object.value(u"healthy"_s).toBool(), true);
        QCOMPARE(object.value(u"httpStatus"_s).toInt(), 200);
        QCOMPARE(object.value(u"url"_s).toString(), m_server->url().toString());
        QCOMPARE(QDateTime::fromString(object.value(u"at"_s).toString(), Qt::ISODateWithMs), result.at);
        const QJsonObject certificate = object.value(u"certificate"_s).toObject();
        QCOMPARE(certificate.keys(),
            QStringList({ u"issuer"_s, u"notAfter"_s, u"notBefore"_s, u"selfSigned"_s, u"sha256"_s,
                u"subject"_s, u"subjectAltNames"_s }));
        QCOMPARE(certificate.value(u"sha256"_s).toString().toLatin1(), pin(path(u"server.pem"_s)));
        const QJsonObject detail = object.value(u"details"_s).toArray().first().toObject();
        QCOMPARE(detail.value(u"key"_s).toString(), u"jdbc/WSO2CarbonDB"_s);
        QCOMPARE(detail.value(u"value"_s).toString(), u"UP"_s);
    }

    void outcomeKeys()
    {
        const QList<Outcome> all { Outcome::Up, Outcome::Down, Outcome::NoHealthCheck, Outcome::NotPinned,
            Outcome::PinMismatch, Outcome::TlsFailed, Outcome::ConnectionFailed, Outcome::TimedOut,
            Outcome::UnexpectedResponse, Outcome::Refused };
        QStringList keys;
        for (Outcome outcome : all)
            keys << healthOutcomeKey(outcome);
        QCOMPARE(keys,
            QStringList({ u"up"_s, u"down"_s, u"no-health-check"_s, u"not-pinned"_s, u"pin-mismatch"_s,
                u"tls-failed"_s, u"connection-failed"_s, u"timed-out"_s, u"unexpected-response"_s,
                u"refused"_s }));
    }

    void endpointFromUserInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString endpoint = u"https://is.example.com:9443/api/health-check/v1.0/health"_s;
        QTest::newRow("host") << u"is.example.com"_s << endpoint;
        QTest::newRow("host, spaces, capitals") << u"  IS.Example.com "_s << endpoint;
        QTest::newRow("host:port") << u"is.example.com:9443"_s << endpoint;
        QTest::newRow("other port") << u"is.example.com:443"_s
                                    << u"https://is.example.com:443/api/health-check/v1.0/health"_s;
        QTest::newRow("https URL") << u"https://is.example.com:9443"_s << endpoint;
        QTest::newRow("https URL, slash") << u"https://is.example.com/"_s << endpoint;
        QTest::newRow("full endpoint") << endpoint << endpoint;
        QTest::newRow("behind a proxy prefix")
            << u"https://gw.example.com/is/api/health-check/v1.0/health"_s
            << u"https://gw.example.com:9443/is/api/health-check/v1.0/health"_s;
        QTest::newRow("IPv4") << u"10.0.0.5"_s << u"https://10.0.0.5:9443/api/health-check/v1.0/health"_s;
        QTest::newRow("IPv6") << u"[::1]:9443"_s << u"https://[::1]:9443/api/health-check/v1.0/health"_s;
    }

    void endpointFromUserInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto url = healthEndpointFor(input);
        QVERIFY2(url.has_value(), qPrintable(url ? QString() : url.error()));
        QCOMPARE(url->toString(), expected);
    }

    void endpointRejectsBadInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("inMessage");
        QTest::newRow("empty") << u"  "_s << u"is.example.com"_s;
        QTest::newRow("http") << u"http://is.example.com:9763"_s << u"9443"_s;
        QTest::newRow("ftp") << u"ftp://is.example.com"_s << u"https://"_s;
        QTest::newRow("console path") << u"https://is.example.com:9443/carbon/"_s << u"/carbon/"_s;
        QTest::newRow("port out of range") << u"is.example.com:99999"_s << u"is.example.com:99999"_s;
        QTest::newRow("spaces in host") << u"is example com"_s << u"is example com"_s;
        QTest::newRow("credentials") << u"https://admin:S3cret-Pw@is.example.com"_s << u"password"_s;
    }

    void endpointRejectsBadInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, inMessage);
        const auto url = healthEndpointFor(input);
        QVERIFY2(!url.has_value(), qPrintable(url ? url->toString() : QString()));
        QVERIFY2(url.error().contains(inMessage), qPrintable(url.error()));
        QVERIFY(!url.error().contains(u"S3cret"_s));
    }
};

QTEST_GUILESS_MAIN(HealthProbeTest)
#include "healthprobe_test.moc"
