// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <expected>
#include <utility>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslSocket;
class QTimer;

namespace Ismw {

// The leaf certificate a server presented, in the forms the admin compares
// with what the server's keystore shows (keytool -list -v prints SHA-256 as
// "AB:CD:…").
struct PresentedCertificate
{
    QByteArray sha256Hex; // lowercase hex of the DER's SHA-256; empty if none was presented
    QString subject; // one-line display forms, "CN=…, O=…"
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList subjectAltNames; // "DNS:is.example.com", "IP:10.0.0.5"
    bool selfSigned = false;
    QString fingerprintDisplay() const; // "AB:CD:…"; empty if no certificate
};

PresentedCertificate presentedCertificate(const QSslCertificate& certificate);

struct HealthProbeRequest
{
    QUrl url; // the full endpoint URL (see healthEndpointFor)
    QByteArray pinnedSha256; // lowercase hex; empty = not pinned yet
    int timeoutMs = 10000;
};

struct HealthProbeResult
{
    enum class Outcome {
        Up,
        Down,
        NoHealthCheck, // a 200 without health data: [carbon_health_check] is not enabled
        NotPinned, // handshake only, no request sent; certificate holds what to confirm
        PinMismatch, // the server presents another certificate than the pinned one
        TlsFailed,
        ConnectionFailed,
        TimedOut,
        UnexpectedResponse,
        Refused, // not probed at all: not https, or no usable URL or pin
    };
    Outcome outcome = Outcome::ConnectionFailed;
    QUrl url;
    int httpStatus = 0;
    QList<std::pair<QString, QString>> details; // health key → value, or error code → message
    QString bodyExcerpt; // at most ~500 characters
    PresentedCertificate certificate;
    qint64 elapsedMs = 0;
    QDateTime at; // UTC, when the probe finished
    QString message; // translated, one or two sentences, names the URL
    bool healthy() const { return outcome == Outcome::Up; }
    QString toJson() const; // compact JSON, stable keys, for the project record and the report
};

// "up", "down", "no-health-check", "not-pinned", "pin-mismatch", "tls-failed",
// "connection-failed", "timed-out", "unexpected-response", "refused".
QString healthOutcomeKey(HealthProbeResult::Outcome outcome);

// "is.example.com" / "is.example.com:9443" / "https://is.example.com:9443" /
// a full endpoint URL → the endpoint URL (default port 9443, path
// /api/health-check/v1.0/health). Invalid input → a translated message.
std::expected<QUrl, QString> healthEndpointFor(const QString& userInput);

// Asks a migrated server's health-check endpoint how it is, trusting its TLS
// certificate only by the SHA-256 pin the admin confirmed. Without a pin it
// only does the handshake and reports the certificate (outcome NotPinned).
// Asynchronous on the calling thread's event loop; nothing blocks.
class HealthProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthProbe)

public:
    explicit HealthProbe(QObject* parent = nullptr);
    ~HealthProbe() override;

    // One probe at a time: a second start cancels the first, whose finished
    // is then never emitted. finished always comes from the event loop,
    // never from inside start().
    void start(const HealthProbeRequest& request);
    void cancel(); // no finished for a cancelled probe
    bool isRunning() const;

Q_SIGNALS:
    void finished(const Ismw::HealthProbeResult& result);

private:
    enum class Failure { Refused, HostNotFound, Timeout, Tls, Closed, Other };
    static Failure failureOf(int socketError);
    static Failure failureOfReply(int networkError);

    void startHandshakeOnly();
    void startRequest();
    void onReplyFinished();
    void interpret(int status, const QUrl& location);
    void onSocketEnded();
    void onTimeout();
    void concludeFailure(Failure failure, const QString& errorString);
    void concludePinMismatch();
    void conclude(HealthProbeResult::Outcome outcome, const QString& message);
    void tearDown();

    HealthProbeRequest m_request;
    HealthProbeResult m_result;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QPointer<QSslSocket> m_socket;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    QByteArray m_pin; // normalized; empty = handshake only
    QByteArray m_body;
    bool m_running = false;
    bool m_concluded = false;
    bool m_pinMismatch = false;
    bool m_bodyTooLarge = false;
    quint64 m_generation = 0; // a cancelled probe's late signals are told apart by this
};

} // namespace Ismw

Q_DECLARE_METATYPE(Ismw::HealthProbeResult)
