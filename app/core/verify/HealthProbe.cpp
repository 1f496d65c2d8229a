// SPDX-License-Identifier: Apache-2.0
#include "verify/HealthProbe.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::HealthProbe)
};

constexpr int kDefaultPort = 9443;
constexpr qsizetype kMaxBodyBytes = 1024 * 1024;
constexpr qsizetype kMaxExcerptChars = 500;
constexpr qsizetype kMessageExcerptChars = 120;
// A health answer lists a handful of data sources and user stores; a body
// with hundreds is not one, and its strings end up in the report.
constexpr qsizetype kMaxDetails = 100;
constexpr qsizetype kMaxDetailChars = 300;

const QString& healthPath()
{
    static const QString path = u"/api/health-check/v1.0/health"_s;
    return path;
}

QString shownUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QString hostPort(const QUrl& url)
{
    const QString host = url.host();
    return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(url.port(443));
}

QString httpRefusedText(const QUrl& url)
{
    return Text::tr(
        "%1 is a plain-HTTP address; the health check is only done over HTTPS, so that the server's "
        "certificate can be checked. Use https:// and the server's HTTPS port (usually %2).")
        .arg(shownUrl(url))
        .arg(kDefaultPort);
}

QString credentialsRefusedText()
{
    return Text::tr(
        "The server address contains a user name or password. Leave them out: the health check needs "
        "none, and the wizard keeps no passwords.");
}

// The pin as the API stores it (lowercase hex); a pasted "AB:CD:…" form is
// taken too. Empty when it is not a SHA-256 fingerprint at all.
QByteArray normalizedPin(const QByteArray& pin)
{
    QByteArray hex;
    hex.reserve(64);
    for (const char c : pin) {
        if (c == ':' || c == ' ')
            continue;
        const char lower = char(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
        if (!((lower >= '0' && lower <= '9') || (lower >= 'a' && lower <= 'f')))
            return {};
        hex += lower;
    }
    return hex.size() == 64 ? hex : QByteArray();
}

QString displayForm(const QByteArray& sha256Hex)
{
    QString display;
    for (qsizetype i = 0; i < sha256Hex.size(); i += 2) {
        if (i > 0)
            display += u':';
        display += QString::fromLatin1(sha256Hex.mid(i, 2)).toUpper();
    }
    return display;
}

QString distinguishedName(
    const QList<QByteArray>& attributes, const std::function<QStringList(const QByteArray&)>& values)
{
    QStringList parts;
    for (const QByteArray& attribute : attributes)
        for (const QString& value : values(attribute))
            parts << QString::fromLatin1(attribute) + u'=' + value;
    return parts.join(u", "_s);
}

// Text from the server goes into messages and the report: bounded, one line.
QString excerpt(const QByteArray& body, qsizetype chars)
{
    QString text = QString::fromUtf8(body.left(chars * 4)).left(chars);
    for (QChar& c : text)
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t')
            c = QChar::ReplacementCharacter;
    return text;
}

// The peer's certificate as the TLS layer saw it; the errors name it too,
// should a backend not have filled in the peer yet when it reports them.
QSslCertificate leafOf(const QSslCertificate& peer, const QList<QSslError>& errors)
{
    QSslCertificate leaf = peer;
    for (qsizetype i = 0; leaf.isNull() && i < errors.size(); ++i)
        leaf = errors.at(i).certificate();
    return leaf;
}

QString bounded(const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    return text.left(kMaxDetailChars);
}

} // namespace

QString PresentedCertificate::fingerprintDisplay() const
{
    return displayForm(sha256Hex);
}

PresentedCertificate presentedCertificate(const QSslCertificate& certificate)
{
    PresentedCertificate presented;
    if (certificate.isNull())
        return presented;
    presented.sha256Hex = certificate.digest(QCryptographicHash::Sha256).toHex();
    presented.subject = distinguishedName(certificate.subjectInfoAttributes(),
        [&](const QByteArray& attribute) { return certificate.subjectInfo(attribute); });
    presented.issuer = distinguishedName(certificate.issuerInfoAttributes(),
        [&](const QByteArray& attribute) { return certificate.issuerInfo(attribute); });
    presented.notBefore = certificate.effectiveDate().toUTC();
    presented.notAfter = certificate.expiryDate().toUTC();
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        switch (it.key()) {
        case QSsl::DnsEntry:
            presented.subjectAltNames << u"DNS:"_s + it.value();
            break;
        case QSsl::IpAddressEntry:
            presented.subjectAltNames << u"IP:"_s + it.value();
            break;
        case QSsl::EmailEntry:
            presented.subjectAltNames << u"email:"_s + it.value();
            break;
        }
    }
    presented.selfSigned = certificate.isSelfSigned();
    return presented;
}

QString healthOutcomeKey(HealthProbeResult::Outcome outcome)
{
    using Outcome = HealthProbeResult::Outcome;
    switch (outcome) {
    case Outcome::Up:
        return u"up"_s;
    case Outcome::Down:
        return u"down"_s;
    case Outcome::NoHealthCheck:
        return u"no-health-check"_s;
    case Outcome::NotPinned:
        return u"not-pinned"_s;
    case Outcome::PinMismatch:
        return u"pin-mismatch"_s;
    case Outcome::TlsFailed:
        return u"tls-failed"_s;
    case Outcome::ConnectionFailed:
        return u"connection-failed"_s;
    case Outcome::TimedOut:
        return u"timed-out"_s;
    case Outcome::UnexpectedResponse:
        return u"unexpected-response"_s;
    case Outcome::Refused:
        return u"refused"_s;
    }
    return u"unknown"_s;
}

QString HealthProbeResult::toJson() const
{
    QJsonArray detailArray;
    for (const auto& [key, value] : details)
        detailArray.append(QJsonObject { { u"key"_s, key }, { u"value"_s, value } });
    const QJsonObject certificateObject {
        { u"sha256"_s, QString::fromLatin1(certificate.sha256Hex) },
        { u"subject"_s, certificate.subject },
        { u"issuer"_s, certificate.issuer },
        { u"notBefore"_s, certificate.notBefore.toUTC().toString(Qt::ISODate) },
        { u"notAfter"_s, certificate.notAfter.toUTC().toString(Qt::ISODate) },
        { u"subjectAltNames"_s, QJsonArray::fromStringList(certificate.subjectAltNames) },
        { u"selfSigned"_s, certificate.selfSigned },
    };
    const QJsonObject object {
        { u"outcome"_s, healthOutcomeKey(outcome) },
        { u"healthy"_s, healthy() },
        { u"url"_s, shownUrl(url) },
        { u"httpStatus"_s, httpStatus },
        { u"details"_s, detailArray },
        { u"bodyExcerpt"_s, bodyExcerpt },
        { u"certificate"_s, certificateObject },
        { u"elapsedMs"_s, elapsedMs },
        { u"at"_s, at.toUTC().toString(Qt::ISODateWithMs) },
        { u"message"_s, message },
    };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

std::expected<QUrl, QString> healthEndpointFor(const QString& userInput)
{
    const QString input = userInput.trimmed();
    if (input.isEmpty())
        return std::unexpected(
            Text::tr("No server was given. Enter the host name of the migrated Identity Server, "
                     "for example is.example.com or is.example.com:%1.")
                .arg(kDefaultPort));
    // Checked before parsing so that a password typed into the address is
    // never echoed in a message.
    if (input.contains(u'@'))
        return std::unexpected(credentialsRefusedText());
    QUrl url(input.contains(u"://"_s) ? input : u"https://"_s + input, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::unexpected(
            Text::tr("“%1” is not a server address. Enter a host name such as is.example.com, "
                     "optionally with the HTTPS port (is.example.com:%2).")
                .arg(input)
                .arg(kDefaultPort));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        return std::unexpected(httpRefusedText(url));
    if (scheme != u"https")
        return std::unexpected(
            Text::tr("“%1” is not an HTTPS address. Enter the host name, or a URL that starts "
                     "with https://.")
                .arg(input));
    url.setScheme(u"https"_s);
    if (url.port() == -1)
        url.setPort(kDefaultPort);
    const QString path = url.path();
    if (path.isEmpty() || path == u"/")
        url.setPath(healthPath());
    else if (!path.endsWith(healthPath()))
        // A proxy may put the endpoint under a prefix; any other path is a
        // page of the server (the console, say) and would not answer health.
        return std::unexpected(
            Text::tr("“%1” points to %2, not to the health-check endpoint. Give only the host "
                     "and port, or the full URL ending in %3.")
                .arg(input, path, healthPath()));
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

HealthProbe::HealthProbe(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    qRegisterMetaType<Ismw::HealthProbeResult>();
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early; the timeout is a promise to the admin.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &HealthProbe::onTimeout);
}

HealthProbe::~HealthProbe()
{
    cancel();
}

bool HealthProbe::isRunning() const
{
    return m_running;
}

void HealthProbe::cancel()
{
    ++m_generation;
    tearDown();
    m_running = false;
}

void HealthProbe::tearDown()
{
    m_timer->stop();
    // Disconnected first: abort() emits finished/errorOccurred at once, and a
    // cancelled or concluded probe must not conclude again.
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_reply.clear();
    m_socket.clear();
}

void HealthProbe::start(const HealthProbeRequest& request)
{
    cancel();
    m_request = request;
    m_result = HealthProbeResult();
    // The result is recorded and reported: no user info in it, ever.
    m_result.url = request.url.adjusted(QUrl::RemoveUserInfo);
    m_body.clear();
    m_pinMismatch = false;
    m_bodyTooLarge = false;
    m_concluded = false;
    m_running = true;
    m_clock.start();

    const QUrl& url = request.url;
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        return conclude(HealthProbeResult::Outcome::Refused, httpRefusedText(url));
    if (!url.userInfo().isEmpty())
        return conclude(HealthProbeResult::Outcome::Refused, credentialsRefusedText());
    if (!url.isValid() || scheme != u"https" || url.host().isEmpty())
        return conclude(HealthProbeResult::Outcome::Refused,
            Text::tr("“%1” is not an HTTPS address of a server. Enter the server's host name; the wizard "
                     "makes the "
                     "health-check URL from it.")
                .arg(shownUrl(url)));
    m_pin = normalizedPin(request.pinnedSha256);
    if (!request.pinnedSha256.isEmpty() && m_pin.isEmpty())
        return conclude(HealthProbeResult::Outcome::Refused,
            Text::tr("The confirmed fingerprint for %1 is not a SHA-256 fingerprint. Check the server's "
                     "certificate "
                     "again and confirm its fingerprint.")
                .arg(shownUrl(url)));

    // A zero or negative timeout is an unset one, not an instant failure.
    if (m_request.timeoutMs <= 0)
        m_request.timeoutMs = HealthProbeRequest().timeoutMs;
    m_timer->start(m_request.timeoutMs);
    if (m_pin.isEmpty())
        startHandshakeOnly();
    else
        startRequest();
}

// Without a pin nothing may be sent: the handshake is verified as usual and
// never completed against an untrusted chain; the peer's certificate is
// read while it is being refused, for the admin to confirm.
void HealthProbe::startHandshakeOnly()
{
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    socket->setSslConfiguration(configuration);
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        m_result.certificate = presentedCertificate(leafOf(socket->peerCertificate(), errors));
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_result.certificate = presentedCertificate(socket->peerCertificate());
        onSocketEnded();
    });
    connect(
        socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError error) {
            if (!m_result.certificate.sha256Hex.isEmpty())
                return onSocketEnded();
            concludeFailure(failureOf(error), socket->errorString());
        });
    socket->connectToHostEncrypted(m_request.url.host(), quint16(m_request.url.port(443)));
}

void HealthProbe::onSocketEnded()
{
    const PresentedCertificate& certificate = m_result.certificate;
    const QString issuer
        = certificate.selfSigned ? Text::tr("self-signed") : Text::tr("issued by %1").arg(certificate.issuer);
    conclude(HealthProbeResult::Outcome::NotPinned,
        Text::tr("%1 presents the certificate “%2” (%3) with the SHA-256 fingerprint %4. Compare it with the "
                 "server's keystore and confirm it; nothing has been sent to the server yet.")
            .arg(shownUrl(m_request.url), certificate.subject, issuer, certificate.fingerprintDisplay()));
}

void HealthProbe::startRequest()
{
    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Every probe is a fresh look at the server: nothing it sets is kept.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setRawHeader("Accept", "application/json");
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(configuration);
    // A kept-alive connection would skip the handshake, and with it the
    // pin check of encrypted(): every probe starts on a new connection.
    m_network->clearConnectionCache();

    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, this, [this, reply](const QList<QSslError>& errors) {
        const QSslCertificate leaf = leafOf(reply->sslConfiguration().peerCertificate(), errors);
        m_result.certificate = presentedCertificate(leaf);
        // Self-signed and host-name errors are normal for IS; the pin is
        // what the admin trusts, so it alone may excuse exactly these errors.
        if (!leaf.isNull() && m_result.certificate.sha256Hex == m_pin)
            reply->ignoreSslErrors(errors);
        else if (!leaf.isNull())
            m_pinMismatch = true;
    });
    // Emitted after the handshake and before the request is written: a
    // publicly valid chain passes sslErrors untouched, so the pin is
    // checked here as well.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
        m_result.certificate = presentedCertificate(reply->sslConfiguration().peerCertificate());
        if (m_result.certificate.sha256Hex != m_pin)
            concludePinMismatch();
    });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_body += reply->read(kMaxBodyBytes + 1 - m_body.size());
        if (m_body.size() > kMaxBodyBytes) {
            m_bodyTooLarge = true;
            onReplyFinished();
        }
    });
    connect(reply, &QNetworkReply::finished, this, &HealthProbe::onReplyFinished);
}

void HealthProbe::concludePinMismatch()
{
    m_result.httpStatus = 0;
    m_result.details.clear();
    m_result.bodyExcerpt.clear();
    conclude(HealthProbeResult::Outcome::PinMismatch,
        Text::tr(
            "%1 now presents a different certificate (SHA-256 %2) than the confirmed one (%3). If it was "
            "renewed on purpose, confirm the new fingerprint; otherwise do not trust this server.")
            .arg(shownUrl(m_request.url), m_result.certificate.fingerprintDisplay(), displayForm(m_pin)));
}

void HealthProbe::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply || m_concluded)
        return;
    if (m_pinMismatch)
        return concludePinMismatch();
    // Whatever was answered counts only if it came over the pinned
    // certificate, however the connection was made.
    const QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    if (!peer.isNull() && peer.digest(QCryptographicHash::Sha256).toHex() != m_pin) {
        m_result.certificate = presentedCertificate(peer);
        return concludePinMismatch();
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        Failure failure = failureOfReply(reply->error());
        // Closed before any certificate came: the handshake itself failed
        // (a plain-HTTP port answers a ClientHello like that).
        if (failure == Failure::Closed && m_result.certificate.sha256Hex.isEmpty())
            failure = Failure::Tls;
        return concludeFailure(failure, reply->errorString());
    }
    if (!m_bodyTooLarge)
        m_body += reply->read(kMaxBodyBytes + 1 - m_body.size());
    m_result.httpStatus = status;
    m_result.bodyExcerpt = excerpt(m_body, kMaxExcerptChars);
    if (m_bodyTooLarge || m_body.size() > kMaxBodyBytes)
        return conclude(HealthProbeResult::Outcome::UnexpectedResponse,
            Text::tr(
                "%1 sent more than 1 MiB, which is no health-check answer. Check that the URL points to the "
                "Identity Server's health-check endpoint and not to a proxy or another service.")
                .arg(shownUrl(m_request.url)));
    interpret(status, reply->header(QNetworkRequest::LocationHeader).toUrl());
}

void HealthProbe::interpret(int status, const QUrl& location)
{
    using Outcome = HealthProbeResult::Outcome;
    const QString url = shownUrl(m_request.url);
    const QByteArray body = m_body.trimmed();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJson
        = !body.isEmpty() && parseError.error == QJsonParseError::NoError && document.isObject();
    const QJsonObject object = document.object();

    if (status == 200 && (body.isEmpty() || (isJson && !object.value(u"health"_s).isArray())))
        return conclude(Outcome::NoHealthCheck,
            Text::tr("%1 answered without health data: the health check is not enabled on the server. Add "
                     "[carbon_health_check] enable = true to its deployment.toml and restart it.")
                .arg(url));

    if (isJson && status == 200) {
        QStringList notUp;
        const QJsonArray health = object.value(u"health"_s).toArray();
        for (const QJsonValue& item : health) {
            if (m_result.details.size() >= kMaxDetails)
                break;
            const QJsonObject entry = item.toObject();
            const QString key = bounded(entry.value(u"key"_s));
            const QString value = bounded(entry.value(u"value"_s));
            m_result.details.append({ key, value });
            if (value.compare(u"UP"_s, Qt::CaseInsensitive) != 0)
                notUp << key + u' ' + value;
        }
        if (notUp.isEmpty())
            return conclude(Outcome::Up,
                Text::tr(
                    "%1 reports the server healthy (%n check(s) up).", nullptr, int(m_result.details.size()))
                    .arg(url));
        return conclude(Outcome::Down,
            Text::tr("%1 reports the server unhealthy: %2. Check these in the server's wso2carbon.log.")
                .arg(url, notUp.join(u"; "_s)));
    }

    if (isJson && status >= 500 && object.value(u"errors"_s).isArray()) {
        QStringList errors;
        const QJsonArray array = object.value(u"errors"_s).toArray();
        for (const QJsonValue& item : array) {
            if (m_result.details.size() >= kMaxDetails)
                break;
            const QJsonObject entry = item.toObject();
            const QString code = bounded(entry.value(u"code"_s));
            QString text = bounded(entry.value(u"message"_s));
            const QString description = bounded(entry.value(u"description"_s));
            if (!description.isEmpty() && description != text)
                text = text.isEmpty() ? description : text + u" ("_s + description + u')';
            m_result.details.append({ code, text });
            errors << code + u' ' + text;
        }
        return conclude(Outcome::Down,
            Text::tr(
                "%1 reports the server unhealthy (HTTP %2): %3. Check the named data sources or user stores "
                "and the server's wso2carbon.log.")
                .arg(url)
                .arg(status)
                .arg(errors.isEmpty() ? Text::tr("no error was named") : errors.join(u"; "_s)));
    }

    QString hint;
    if (status >= 300 && status < 400)
        hint = Text::tr("It redirects to %1; give the address it redirects to.")
                   .arg(location.toDisplayString(QUrl::RemoveUserInfo));
    else if (status == 401 || status == 403)
        hint = Text::tr(
            "The endpoint is normally open; check the server's access control for /api/health-check.");
    else if (status == 404)
        hint = Text::tr("Check the URL's path and that the server is the migrated Identity Server.");
    else
        hint = Text::tr(
            "Check that the URL points to the Identity Server and not to a proxy or another service.");
    const QString shown = excerpt(body, kMessageExcerptChars).simplified();
    conclude(Outcome::UnexpectedResponse,
        (shown.isEmpty()
                ? Text::tr("%1 answered HTTP %2 with an empty body.").arg(url).arg(status)
                : Text::tr("%1 answered HTTP %2 with something that is not a health-check answer: “%3”.")
                      .arg(url)
                      .arg(status)
                      .arg(shown))
            + u' ' + hint);
}

void HealthProbe::onTimeout()
{
    const double seconds = m_request.timeoutMs / 1000.0;
    conclude(HealthProbeResult::Outcome::TimedOut,
        Text::tr(
            "%1 did not answer within %2 s (%3). Check that the server has finished starting and that no "
            "firewall drops connections to that port.")
            .arg(hostPort(m_request.url), QString::number(seconds, 'g', 3), shownUrl(m_request.url)));
}

HealthProbe::Failure HealthProbe::failureOf(int socketError)
{
    switch (QAbstractSocket::SocketError(socketError)) {
    case QAbstractSocket::ConnectionRefusedError:
        return Failure::Refused;
    case QAbstractSocket::HostNotFoundError:
        return Failure::HostNotFound;
    case QAbstractSocket::SocketTimeoutError:
        return Failure::Timeout;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
    // Closing during the handshake is how a server that is not speaking TLS
    // on the port, or that rejects ours, usually ends it.
    case QAbstractSocket::RemoteHostClosedError:
        return Failure::Tls;
    default:
        return Failure::Other;
    }
}

HealthProbe::Failure HealthProbe::failureOfReply(int networkError)
{
    switch (QNetworkReply::NetworkError(networkError)) {
    case QNetworkReply::ConnectionRefusedError:
        return Failure::Refused;
    case QNetworkReply::HostNotFoundError:
        return Failure::HostNotFound;
    case QNetworkReply::TimeoutError:
        return Failure::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Failure::Tls;
    case QNetworkReply::RemoteHostClosedError:
        return Failure::Closed;
    default:
        return Failure::Other;
    }
}

void HealthProbe::concludeFailure(Failure failure, const QString& errorString)
{
    using Outcome = HealthProbeResult::Outcome;
    const QString where = hostPort(m_request.url);
    const QString url = shownUrl(m_request.url);
    switch (failure) {
    case Failure::Refused:
        return conclude(Outcome::ConnectionFailed,
            Text::tr(
                "%1 refused the connection (%2). Check that the server is running and that %3 is its HTTPS "
                "port (usually %4).")
                .arg(where, url)
                .arg(m_request.url.port(443))
                .arg(kDefaultPort));
    case Failure::HostNotFound:
        return conclude(Outcome::ConnectionFailed,
            Text::tr("The host %1 was not found (%2). Check the host name and this machine's DNS settings.")
                .arg(m_request.url.host(), url));
    case Failure::Timeout:
        return onTimeout();
    case Failure::Tls:
        return conclude(Outcome::TlsFailed,
            Text::tr("The TLS handshake with %1 failed (%2): %3. Check that %4 is the server's HTTPS port "
                     "(usually %5) and that its keystore holds a valid certificate.")
                .arg(where, url, errorString)
                .arg(m_request.url.port(443))
                .arg(kDefaultPort));
    case Failure::Closed:
        return conclude(Outcome::ConnectionFailed,
            Text::tr(
                "%1 closed the connection without answering (%2). Check the server's wso2carbon.log and any "
                "proxy in front of it.")
                .arg(where, url));
    case Failure::Other:
        break;
    }
    conclude(Outcome::ConnectionFailed,
        Text::tr(
            "The connection to %1 failed (%2): %3. Check the network between this machine and the server.")
            .arg(where, url, errorString));
}

void HealthProbe::conclude(HealthProbeResult::Outcome outcome, const QString& message)
{
    if (m_concluded)
        return;
    m_concluded = true;
    tearDown();
    m_result.outcome = outcome;
    m_result.message = message;
    m_result.elapsedMs = m_clock.elapsed();
    m_result.at = QDateTime::currentDateTimeUtc();
    // Queued, so that finished never arrives inside start() or inside a
    // network signal, and a cancel before it arrives still silences it.
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_running = false;
            Q_EMIT finished(m_result);
        },
        Qt::QueuedConnection);
}

} // namespace Ismw
