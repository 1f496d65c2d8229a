// SPDX-License-Identifier: Apache-2.0
#include "database/JdbcUrl.h"

#include "secrets/SecretRedactor.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::JdbcUrl)
};

QString mask()
{
    return kSecretMask.toString();
}

bool isPasswordKey(QStringView key)
{
    // password1..3: Connector/J's multi-factor passwords.
    static const QRegularExpression pattern(u"^(password[123]?|pwd|passwd)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern.matchView(key.trimmed()).hasMatch();
}

QString percentDecoded(QStringView text)
{
    if (!text.contains(u'%'))
        return text.toString();
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// The index of the first character of `stops` at bracket and parenthesis depth 0,
// or -1; brackets hold IPv6 addresses and host sublists, parentheses hold
// MySQL's address=(host=…) and Oracle descriptors.
qsizetype findAtDepthZero(QStringView text, QStringView stops, qsizetype from = 0)
{
    int depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && depth > 0)
            --depth;
        else if (depth == 0 && stops.contains(c))
            return i;
    }
    return -1;
}

QList<QStringView> splitAtDepthZero(QStringView text, QChar separator)
{
    QList<QStringView> parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype at = findAtDepthZero(text, QStringView(&separator, 1), start);
        if (at < 0) {
            parts.append(text.mid(start));
            return parts;
        }
        parts.append(text.mid(start, at - start));
        start = at + 1;
    }
}

// The ] that closes the [ at text[0] (sublists nest: [[::1]:3306,db2]), or -1.
qsizetype matchingBracket(QStringView text)
{
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'[')
            ++depth;
        else if (text.at(i) == u']' && --depth == 0)
            return i;
    }
    return -1;
}

bool balanced(QStringView text)
{
    int parens = 0;
    int brackets = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++parens;
        else if (c == u')' && --parens < 0)
            return false;
        else if (c == u'[')
            ++brackets;
        else if (c == u']' && --brackets < 0)
            return false;
    }
    return parens == 0 && brackets == 0;
}

std::optional<bool> parseBool(QStringView value)
{
    const QString v = value.trimmed().toString().toLower();
    if (v == "true"_L1 || v == "yes"_L1 || v == "1"_L1 || v == "on"_L1)
        return true;
    if (v == "false"_L1 || v == "no"_L1 || v == "0"_L1 || v == "off"_L1)
        return false;
    return std::nullopt;
}

class Parser
{
public:
    Parser(QString text, QString redacted)
        : m_text(std::move(text))
    {
        m_url.redacted = std::move(redacted);
    }

    std::expected<JdbcUrl, JdbcUrlError> parse();

private:
    JdbcUrlError makeError(const QString& message, const QString& hint = {}) const
    {
        return JdbcUrlError { m_url.redacted, message, hint };
    }
    std::unexpected<JdbcUrlError> fail(const QString& message, const QString& hint = {}) const
    {
        return std::unexpected(makeError(message, hint));
    }

    // Reads `host[:port]`, `[ipv6][:port]`, `address=(host=…)(port=…)`,
    // `(host=…,port=…)` and `[h1,h2]` sublists into m_url.hosts.
    std::optional<JdbcUrlError> parseHostList(QStringView list, bool emptyMeansLocalhost);
    std::optional<JdbcUrlError> parseHost(QStringView spec);
    std::expected<int, JdbcUrlError> parsePort(QStringView text) const;
    void addParam(QStringView key, QString value);
    // key=value pairs separated by `separator`; SQL Server values may be in braces.
    void parseParams(QStringView text, QChar separator, bool urlEncoded);
    std::optional<bool> boolParam(QStringView key, std::optional<JdbcUrlError>* error) const;

    std::expected<JdbcUrl, JdbcUrlError> parseMySql(QStringView rest, bool mariaDb);
    std::expected<JdbcUrl, JdbcUrlError> parsePostgreSql(QStringView rest);
    std::expected<JdbcUrl, JdbcUrlError> parseSqlServer(QStringView rest);
    std::expected<JdbcUrl, JdbcUrlError> parseJtds(QStringView rest);
    std::expected<JdbcUrl, JdbcUrlError> parseOracle(QStringView rest);
    std::expected<JdbcUrl, JdbcUrlError> parseOracleDescriptor(QStringView descriptor);
    std::expected<JdbcUrl, JdbcUrlError> parseDb2(QStringView rest);
    std::expected<JdbcUrl, JdbcUrlError> parseH2(QStringView rest);

    std::optional<JdbcUrlError> mySqlTls();
    std::optional<JdbcUrlError> mariaDbTls();

    QString m_text;
    JdbcUrl m_url;
};

std::expected<int, JdbcUrlError> Parser::parsePort(QStringView text) const
{
    bool ok = false;
    const int port = text.toInt(&ok);
    if (!ok || text.isEmpty() || !std::all_of(text.begin(), text.end(), [](QChar c) { return c.isDigit(); }))
        return fail(Text::tr("The port \"%1\" is not a number.").arg(text),
            Text::tr("Write the port as digits after the host, e.g. db.example.com:%1.")
                .arg(defaultDatabasePort(m_url.kind)));
    if (port < 1 || port > 65535)
        return fail(Text::tr("The port %1 is out of range: ports run from 1 to 65535.").arg(port));
    return port;
}

std::optional<JdbcUrlError> Parser::parseHost(QStringView spec)
{
    spec = spec.trimmed();
    JdbcHost host;
    const int fallbackPort = defaultDatabasePort(m_url.kind);

    // MySQL's key-value host forms: address=(host=h)(port=p) and (host=h,port=p).
    const bool addressForm = spec.startsWith(u"address="_s, Qt::CaseInsensitive);
    if (addressForm || spec.startsWith(u'(')) {
        static const QRegularExpression pair(u"(\\w+)\\s*=\\s*([^,()]*)"_s);
        auto it = pair.globalMatchView(spec);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            const QString key = match.captured(1).toLower();
            if (key == "host"_L1)
                host.host = match.captured(2).trimmed();
            else if (key == "port"_L1) {
                const auto port = parsePort(match.capturedView(2).trimmed());
                if (!port)
                    return port.error();
                host.port = *port;
                host.portGiven = true;
            }
        }
        if (host.host.isEmpty())
            return makeError(Text::tr("The host entry \"%1\" names no host.").arg(spec),
                Text::tr("Write it as address=(host=db.example.com)(port=3306)."));
        if (!host.portGiven)
            host.port = fallbackPort;
        m_url.hosts.append(host);
        return std::nullopt;
    }

    QStringView portText;
    if (spec.startsWith(u'[')) {
        const qsizetype close = matchingBracket(spec);
        if (close < 0)
            return makeError(Text::tr("The address \"%1\" opens a bracket [ that is not closed.").arg(spec),
                Text::tr("IPv6 addresses are written in brackets: [2001:db8::5]:%1.").arg(fallbackPort));
        const QStringView inner = spec.mid(1, close - 1);
        const QStringView after = spec.mid(close + 1);
        if (inner.contains(u',') || inner.contains(u'(')) { // a host sublist: [h1:3306,h2]
            if (!after.isEmpty())
                return makeError(Text::tr("Unexpected text \"%1\" after the host list in brackets.").arg(after));
            return parseHostList(inner, false);
        }
        host.host = inner.toString();
        if (!after.isEmpty()) {
            if (!after.startsWith(u':'))
                return makeError(Text::tr("Unexpected text \"%1\" after the address [%2].").arg(after, inner));
            portText = after.mid(1);
        }
    } else {
        const qsizetype colon = spec.indexOf(u':');
        if (colon >= 0 && spec.indexOf(u':', colon + 1) >= 0)
            return makeError(Text::tr("The host \"%1\" has more than one colon.").arg(spec),
                Text::tr("IPv6 addresses are written in brackets: [2001:db8::5]:%1.").arg(fallbackPort));
        host.host = (colon >= 0 ? spec.left(colon) : spec).toString();
        if (colon >= 0)
            portText = spec.mid(colon + 1);
    }
    if (host.host.isEmpty())
        return makeError(Text::tr("A host name is missing before \"%1\".").arg(spec),
            Text::tr("Write the database server as host:port, e.g. db.example.com:%1.").arg(fallbackPort));
    if (!portText.isNull()) {
        const auto port = parsePort(portText);
        if (!port)
            return port.error();
        host.port = *port;
        host.portGiven = true;
    } else {
        host.port = fallbackPort;
    }
    m_url.hosts.append(host);
    return std::nullopt;
}

std::optional<JdbcUrlError> Parser::parseHostList(QStringView list, bool emptyMeansLocalhost)
{
    if (list.trimmed().isEmpty()) {
        if (!emptyMeansLocalhost)
            return makeError(Text::tr("The URL names no database server."),
                Text::tr("Write the server after //, e.g. //db.example.com:%1/.")
                    .arg(defaultDatabasePort(m_url.kind)));
        m_url.hosts.append({ u"localhost"_s, defaultDatabasePort(m_url.kind), false });
        return std::nullopt;
    }
    for (const QStringView spec : splitAtDepthZero(list, u',')) {
        if (auto error = parseHost(spec))
            return error;
    }
    return std::nullopt;
}

void Parser::addParam(QStringView key, QString value)
{
    const QString name = key.trimmed().toString();
    if (name.isEmpty())
        return;
    if (isPasswordKey(name)) {
        m_url.passwordInUrl = true;
        return;
    }
    if (name.compare("user"_L1, Qt::CaseInsensitive) == 0 || name.compare("username"_L1, Qt::CaseInsensitive) == 0
        || name.compare("uid"_L1, Qt::CaseInsensitive) == 0)
        m_url.userInUrl = value;
    m_url.params.append({ name, std::move(value) });
}

void Parser::parseParams(QStringView text, QChar separator, bool urlEncoded)
{
    qsizetype i = 0;
    while (i < text.size()) {
        // A SQL Server value in braces may hold the separator itself.
        qsizetype end = i;
        bool inBraces = false;
        for (; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (c == u'{')
                inBraces = true;
            else if (c == u'}')
                inBraces = false;
            else if (c == separator && !inBraces)
                break;
        }
        const QStringView item = text.mid(i, end - i);
        i = end + 1;
        if (item.trimmed().isEmpty())
            continue;
        const qsizetype eq = item.indexOf(u'=');
        const QStringView key = eq < 0 ? item : item.left(eq);
        QStringView value = eq < 0 ? QStringView() : item.mid(eq + 1).trimmed();
        if (value.startsWith(u'{') && value.endsWith(u'}') && value.size() >= 2)
            value = value.mid(1, value.size() - 2);
        addParam(urlEncoded ? QStringView(percentDecoded(key)) : key,
            urlEncoded ? percentDecoded(value) : value.toString());
    }
}

std::optional<bool> Parser::boolParam(QStringView key, std::optional<JdbcUrlError>* error) const
{
    const std::optional<QString> value = m_url.param(key);
    if (!value)
        return std::nullopt;
    const std::optional<bool> parsed = parseBool(*value);
    if (!parsed && error && !*error)
        *error = makeError(Text::tr("The parameter %1=%2 is neither true nor false.").arg(key, *value));
    return parsed;
}

std::optional<JdbcUrlError> Parser::mySqlTls()
{
    // Connector/J 8: sslMode, or the older useSSL/requireSSL/verifyServerCertificate
    // translated the way the driver itself translates them.
    const std::optional<QString> sslMode = m_url.param(u"sslMode") ? m_url.param(u"sslMode") : m_url.param(u"ssl-mode");
    if (sslMode) {
        const QString mode = sslMode->trimmed().toUpper();
        if (mode == "DISABLED"_L1)
            m_url.tls = TlsMode::Disabled;
        else if (mode == "PREFERRED"_L1)
            m_url.tls = TlsMode::Preferred;
        else if (mode == "REQUIRED"_L1)
            m_url.tls = TlsMode::Required;
        else if (mode == "VERIFY_CA"_L1)
            m_url.tls = TlsMode::VerifyCa;
        else if (mode == "VERIFY_IDENTITY"_L1)
            m_url.tls = TlsMode::VerifyFull;
        else
            return makeError(Text::tr("sslMode=%1 is not a mode the MySQL driver knows.").arg(*sslMode),
                Text::tr("Use DISABLED, PREFERRED, REQUIRED, VERIFY_CA or VERIFY_IDENTITY."));
        return std::nullopt;
    }
    std::optional<JdbcUrlError> error;
    const std::optional<bool> useSsl = boolParam(u"useSSL", &error);
    const std::optional<bool> requireSsl = boolParam(u"requireSSL", &error);
    const std::optional<bool> verify = boolParam(u"verifyServerCertificate", &error);
    if (error)
        return error;
    if (useSsl == false)
        m_url.tls = TlsMode::Disabled;
    else if (verify == true && (useSsl == true || requireSsl == true))
        m_url.tls = TlsMode::VerifyCa;
    else if (requireSsl == true)
        m_url.tls = TlsMode::Required;
    else if (useSsl == true)
        m_url.tls = TlsMode::Preferred;
    return std::nullopt;
}

std::optional<JdbcUrlError> Parser::mariaDbTls()
{
    // MariaDB Connector/J 3: sslMode=disable|trust|verify-ca|verify-full; the
    // older useSsl=true means full verification unless the certificate is trusted blindly.
    if (const std::optional<QString> sslMode = m_url.param(u"sslMode")) {
        const QString mode = sslMode->trimmed().toLower().replace(u'_', u'-');
        if (mode == "disable"_L1 || mode == "disabled"_L1)
            m_url.tls = TlsMode::Disabled;
        else if (mode == "trust"_L1)
            m_url.tls = TlsMode::Required;
        else if (mode == "verify-ca"_L1)
            m_url.tls = TlsMode::VerifyCa;
        else if (mode == "verify-full"_L1)
            m_url.tls = TlsMode::VerifyFull;
        else
            return makeError(Text::tr("sslMode=%1 is not a mode the MariaDB driver knows.").arg(*sslMode),
                Text::tr("Use disable, trust, verify-ca or verify-full."));
        return std::nullopt;
    }
    std::optional<JdbcUrlError> error;
    std::optional<bool> useSsl = boolParam(u"useSsl", &error);
    const std::optional<bool> trust = boolParam(u"trustServerCertificate", &error);
    const std::optional<bool> noHostCheck = boolParam(u"disableSslHostnameVerification", &error);
    if (error)
        return error;
    if (useSsl == false)
        m_url.tls = TlsMode::Disabled;
    else if (useSsl == true)
        m_url.tls = trust == true ? TlsMode::Required : noHostCheck == true ? TlsMode::VerifyCa : TlsMode::VerifyFull;
    return std::nullopt;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseMySql(QStringView rest, bool mariaDb)
{
    m_url.kind = mariaDb ? DatabaseKind::MariaDb : DatabaseKind::MySql;
    const QString base = mariaDb ? u"mariadb"_s : u"mysql"_s;
    m_url.subprotocol = base;
    const QString example = u"jdbc:%1://db.example.com:3306/WSO2_IDENTITY_DB"_s.arg(base);
    if (rest.startsWith(u"+srv:"_s, Qt::CaseInsensitive)) { // DNS SRV: the "host" is a service name
        m_url.subprotocol += u"+srv"_s;
        rest = rest.mid(5);
    } else if (!rest.startsWith(u"//")) {
        // Multi-host flavours: jdbc:mysql:replication://, jdbc:mariadb:failover:// …
        static const QRegularExpression flavour(u"^([A-Za-z][A-Za-z-]*):(?=//)"_s);
        const QRegularExpressionMatch match = flavour.matchView(rest);
        if (!match.hasMatch())
            return fail(Text::tr("Expected // after jdbc:%1:.").arg(base), Text::tr("Example: %1").arg(example));
        m_url.subprotocol += u':' + match.captured(1).toLower();
        rest = rest.mid(match.capturedLength(0));
    }
    rest = rest.mid(2);

    qsizetype end = findAtDepthZero(rest, u"/?");
    QStringView authority = end < 0 ? rest : rest.left(end);
    QStringView tail = end < 0 ? QStringView() : rest.mid(end);
    // user:password@hosts is allowed by both drivers.
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const QStringView userInfo = authority.left(at);
        const qsizetype colon = userInfo.indexOf(u':');
        m_url.userInUrl = percentDecoded(colon < 0 ? userInfo : userInfo.left(colon));
        m_url.passwordInUrl = colon >= 0;
        authority = authority.mid(at + 1);
    }
    if (!balanced(authority))
        return fail(Text::tr("The host list \"%1\" has unbalanced brackets or parentheses.").arg(authority),
            Text::tr("Example: %1").arg(example));
    if (auto error = parseHostList(authority, true))
        return std::unexpected(*error);

    QStringView query;
    if (tail.startsWith(u'/')) {
        const qsizetype q = tail.indexOf(u'?');
        m_url.database = percentDecoded(q < 0 ? tail.mid(1) : tail.mid(1, q - 1));
        if (q >= 0)
            query = tail.mid(q + 1);
    } else if (tail.startsWith(u'?')) {
        query = tail.mid(1);
    }
    parseParams(query, u'&', true);
    if (m_url.database.isEmpty())
        return fail(Text::tr("The URL names no database."),
            Text::tr("Add the database after the host: %1").arg(example));
    if (auto error = mariaDb ? mariaDbTls() : mySqlTls())
        return std::unexpected(*error);
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parsePostgreSql(QStringView rest)
{
    m_url.kind = DatabaseKind::PostgreSql;
    m_url.subprotocol = u"postgresql"_s;
    QStringView tail;
    if (rest.startsWith(u"//")) {
        rest = rest.mid(2);
        const qsizetype end = findAtDepthZero(rest, u"/?");
        QStringView authority = end < 0 ? rest : rest.left(end);
        tail = end < 0 ? QStringView() : rest.mid(end);
        const qsizetype at = authority.lastIndexOf(u'@');
        if (at >= 0) {
            const QStringView userInfo = authority.left(at);
            const qsizetype colon = userInfo.indexOf(u':');
            m_url.userInUrl = percentDecoded(colon < 0 ? userInfo : userInfo.left(colon));
            m_url.passwordInUrl = colon >= 0;
            authority = authority.mid(at + 1);
        }
        if (!balanced(authority))
            return fail(Text::tr("The host list \"%1\" has unbalanced brackets.").arg(authority));
        if (auto error = parseHostList(authority, true))
            return std::unexpected(*error);
    } else {
        // jdbc:postgresql:database and jdbc:postgresql:/ mean localhost.
        m_url.hosts.append({ u"localhost"_s, defaultDatabasePort(m_url.kind), false });
        const QStringView local = rest.startsWith(u'/') ? rest.mid(1) : rest;
        const qsizetype q = local.indexOf(u'?');
        m_url.database = percentDecoded(q < 0 ? local : local.left(q));
        if (q >= 0)
            parseParams(local.mid(q + 1), u'&', true);
    }
    if (!tail.isEmpty()) {
        QStringView query;
        if (tail.startsWith(u'/')) {
            const qsizetype q = tail.indexOf(u'?');
            m_url.database = percentDecoded(q < 0 ? tail.mid(1) : tail.mid(1, q - 1));
            if (q >= 0)
                query = tail.mid(q + 1);
        } else {
            query = tail.mid(1);
        }
        parseParams(query, u'&', true);
    }

    if (const std::optional<QString> sslMode = m_url.param(u"sslmode")) {
        const QString mode = sslMode->trimmed().toLower();
        if (mode == "disable"_L1)
            m_url.tls = TlsMode::Disabled;
        else if (mode == "allow"_L1 || mode == "prefer"_L1)
            m_url.tls = TlsMode::Preferred;
        else if (mode == "require"_L1)
            m_url.tls = TlsMode::Required;
        else if (mode == "verify-ca"_L1)
            m_url.tls = TlsMode::VerifyCa;
        else if (mode == "verify-full"_L1)
            m_url.tls = TlsMode::VerifyFull;
        else
            return fail(Text::tr("sslmode=%1 is not a mode the PostgreSQL driver knows.").arg(*sslMode),
                Text::tr("Use disable, allow, prefer, require, verify-ca or verify-full."));
    } else if (const std::optional<QString> ssl = m_url.param(u"ssl")) {
        // pgjdbc: a bare ssl (or ssl=true) verifies fully, unless the
        // NonValidatingFactory switches the certificate check off.
        const std::optional<bool> on = ssl->isEmpty() ? std::optional<bool>(true) : parseBool(*ssl);
        if (!on)
            return fail(Text::tr("The parameter ssl=%1 is neither true nor false.").arg(*ssl));
        if (!*on)
            m_url.tls = TlsMode::Disabled;
        else if (m_url.param(u"sslfactory").value_or(QString()).contains(u"NonValidatingFactory"_s))
            m_url.tls = TlsMode::Required;
        else
            m_url.tls = TlsMode::VerifyFull;
    }
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseSqlServer(QStringView rest)
{
    m_url.kind = DatabaseKind::SqlServer;
    m_url.subprotocol = u"sqlserver"_s;
    const QString example = u"jdbc:sqlserver://sql.example.com:1433;databaseName=WSO2_IDENTITY_DB"_s;
    if (!rest.startsWith(u"//"))
        return fail(Text::tr("Expected // after jdbc:sqlserver:."), Text::tr("Example: %1").arg(example));
    rest = rest.mid(2);
    const qsizetype semicolon = rest.indexOf(u';');
    QStringView server = (semicolon < 0 ? rest : rest.left(semicolon)).trimmed();
    if (semicolon >= 0)
        parseParams(rest.mid(semicolon + 1), u';', false);

    // host\instance:port (each part optional); the properties may name the parts instead.
    QString instance;
    QString hostAndPort = server.toString();
    const qsizetype backslash = server.indexOf(u'\\');
    if (backslash >= 0) {
        const QStringView instancePart = server.mid(backslash + 1);
        const qsizetype colon = instancePart.indexOf(u':');
        instance = (colon < 0 ? instancePart : instancePart.left(colon)).toString();
        hostAndPort = server.left(backslash).toString() + (colon < 0 ? QString() : instancePart.mid(colon).toString());
    }
    if (hostAndPort.isEmpty())
        hostAndPort = m_url.param(u"serverName") ? *m_url.param(u"serverName") : m_url.param(u"server").value_or(QString());
    if (!hostAndPort.isEmpty()) {
        if (auto error = parseHost(hostAndPort))
            return std::unexpected(*error);
    }
    if (m_url.hosts.isEmpty() || m_url.hosts.first().host.isEmpty())
        return fail(Text::tr("The URL names no SQL Server host."), Text::tr("Example: %1").arg(example));
    if (instance.isEmpty())
        instance = m_url.param(u"instanceName").value_or(QString());
    m_url.instanceName = instance;
    JdbcHost& host = m_url.hosts.first();
    if (const std::optional<QString> port = m_url.param(u"portNumber") ? m_url.param(u"portNumber") : m_url.param(u"port")) {
        const auto number = parsePort(port->trimmed());
        if (!number)
            return std::unexpected(number.error());
        host.port = *number;
        host.portGiven = true;
    }
    if (!instance.isEmpty() && !host.portGiven)
        host.port = 0; // the SQL Browser service tells the named instance's port
    m_url.database = m_url.param(u"databaseName") ? *m_url.param(u"databaseName")
                                                   : m_url.param(u"database").value_or(QString());

    std::optional<JdbcUrlError> error;
    const std::optional<bool> trust = boolParam(u"trustServerCertificate", &error);
    if (error)
        return std::unexpected(*error);
    if (const std::optional<QString> encrypt = m_url.param(u"encrypt")) {
        const QString value = encrypt->trimmed().toLower();
        if (value == "false"_L1 || value == "no"_L1 || value == "optional"_L1)
            m_url.tls = TlsMode::Disabled;
        else if (value == "true"_L1 || value == "yes"_L1 || value == "mandatory"_L1)
            m_url.tls = trust == true ? TlsMode::Required : TlsMode::VerifyFull;
        else if (value == "strict"_L1)
            m_url.tls = TlsMode::VerifyFull;
        else
            return fail(Text::tr("encrypt=%1 is not a value the SQL Server driver knows.").arg(*encrypt),
                Text::tr("Use true, false or strict."));
    }
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseJtds(QStringView rest)
{
    // jdbc:jtds:sqlserver://host[:port][/database][;property=value]
    m_url.kind = DatabaseKind::SqlServer;
    m_url.subprotocol = u"jtds:sqlserver"_s;
    if (!rest.startsWith(u"//"))
        return fail(Text::tr("Expected // after jdbc:jtds:sqlserver:."),
            Text::tr("Example: jdbc:jtds:sqlserver://sql.example.com:1433/WSO2_IDENTITY_DB"));
    rest = rest.mid(2);
    const qsizetype semicolon = rest.indexOf(u';');
    QStringView server = semicolon < 0 ? rest : rest.left(semicolon);
    if (semicolon >= 0)
        parseParams(rest.mid(semicolon + 1), u';', false);
    const qsizetype slash = server.indexOf(u'/');
    if (slash >= 0) {
        m_url.database = server.mid(slash + 1).toString();
        server = server.left(slash);
    }
    if (auto error = parseHostList(server, false))
        return std::unexpected(*error);
    m_url.instanceName = m_url.param(u"instance").value_or(QString());
    if (const std::optional<QString> ssl = m_url.param(u"ssl")) {
        const QString value = ssl->trimmed().toLower();
        if (value == "off"_L1)
            m_url.tls = TlsMode::Disabled;
        else if (value == "request"_L1)
            m_url.tls = TlsMode::Preferred;
        else if (value == "require"_L1)
            m_url.tls = TlsMode::Required;
        else if (value == "authenticate"_L1)
            m_url.tls = TlsMode::VerifyFull;
        else
            return fail(Text::tr("ssl=%1 is not a value the jTDS driver knows.").arg(*ssl),
                Text::tr("Use off, request, require or authenticate."));
    }
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseOracleDescriptor(QStringView descriptor)
{
    m_url.oracleDescriptor = descriptor.toString();
    if (!balanced(descriptor))
        return fail(Text::tr("The Oracle connect descriptor has unbalanced parentheses."),
            Text::tr("Each ( needs its ): (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)(HOST=db.example.com)(PORT=1521))"
                     "(CONNECT_DATA=(SERVICE_NAME=ORCL)))"));
    // Addresses in order; a PORT belongs to the HOST of the same ADDRESS.
    static const QRegularExpression address(u"\\(\\s*ADDRESS\\s*=((?:[^()]|\\([^()]*\\))*)\\)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression field(u"\\(\\s*(HOST|PORT|PROTOCOL|SERVICE_NAME|SID)\\s*=\\s*([^()]*?)\\s*\\)"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool tcps = false;
    auto addresses = address.globalMatchView(descriptor);
    while (addresses.hasNext()) {
        const QRegularExpressionMatch match = addresses.next();
        JdbcHost host;
        auto fields = field.globalMatchView(match.capturedView(1));
        while (fields.hasNext()) {
            const QRegularExpressionMatch f = fields.next();
            const QString key = f.captured(1).toUpper();
            if (key == "HOST"_L1)
                host.host = f.captured(2);
            else if (key == "PORT"_L1) {
                const auto port = parsePort(f.capturedView(2));
                if (!port)
                    return std::unexpected(port.error());
                host.port = *port;
                host.portGiven = true;
            } else if (key == "PROTOCOL"_L1 && f.captured(2).compare("TCPS"_L1, Qt::CaseInsensitive) == 0)
                tcps = true;
        }
        if (host.host.isEmpty())
            continue;
        if (!host.portGiven)
            host.port = defaultDatabasePort(DatabaseKind::Oracle);
        m_url.hosts.append(host);
    }
    auto fields = field.globalMatchView(descriptor);
    while (fields.hasNext()) {
        const QRegularExpressionMatch f = fields.next();
        const QString key = f.captured(1).toUpper();
        if (key == "SERVICE_NAME"_L1 && m_url.oracleService.isEmpty())
            m_url.oracleService = f.captured(2);
        else if (key == "SID"_L1 && m_url.oracleSid.isEmpty())
            m_url.oracleSid = f.captured(2);
    }
    if (m_url.hosts.isEmpty())
        return fail(Text::tr("The Oracle connect descriptor names no (ADDRESS=…(HOST=…)…)."));
    if (m_url.oracleService.isEmpty() && m_url.oracleSid.isEmpty())
        return fail(Text::tr("The Oracle connect descriptor names neither SERVICE_NAME nor SID."),
            Text::tr("Add (CONNECT_DATA=(SERVICE_NAME=ORCL)) to the descriptor."));
    if (tcps)
        m_url.tls = TlsMode::Required;
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseOracle(QStringView rest)
{
    m_url.kind = DatabaseKind::Oracle;
    const QString example = u"jdbc:oracle:thin:@db.example.com:1521/ORCLPDB1"_s;
    static const QRegularExpression driverType(u"^(thin|oci8?|kprb):"_s, QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch type = driverType.matchView(rest);
    if (!type.hasMatch())
        return fail(Text::tr("Expected thin: or oci: after jdbc:oracle:."), Text::tr("Example: %1").arg(example));
    m_url.subprotocol = u"oracle:"_s + type.captured(1).toLower();
    if (m_url.subprotocol == "oracle:kprb"_L1)
        return fail(Text::tr("jdbc:oracle:kprb: is the server-side driver inside the database; it cannot be reached "
                             "from outside."),
            Text::tr("Example: %1").arg(example));
    rest = rest.mid(type.capturedLength(0));
    const qsizetype at = rest.indexOf(u'@');
    if (at < 0)
        return fail(Text::tr("The Oracle URL has no @ before the database address."),
            Text::tr("Example: %1").arg(example));
    const QStringView userPart = rest.left(at);
    if (!userPart.isEmpty()) {
        const qsizetype slash = userPart.indexOf(u'/');
        m_url.userInUrl = (slash < 0 ? userPart : userPart.left(slash)).toString();
        m_url.passwordInUrl = slash >= 0;
    }
    QStringView address = rest.mid(at + 1).trimmed();
    if (address.startsWith(u'('))
        return parseOracleDescriptor(address);

    // EZConnect (Plus): [//|tcp://|tcps://]host[:port][/service[:server][/instance]][?params]
    // or host:port:SID, or a TNS alias.
    const qsizetype q = findAtDepthZero(address, u"?");
    if (q >= 0) {
        parseParams(address.mid(q + 1), u'&', true);
        address = address.left(q);
    }
    bool tcps = false;
    if (address.startsWith(u"tcps://"_s, Qt::CaseInsensitive)) {
        tcps = true;
        address = address.mid(7);
    } else if (address.startsWith(u"tcp://"_s, Qt::CaseInsensitive)) {
        address = address.mid(6);
    } else if (address.startsWith(u"//")) {
        address = address.mid(2);
    }
    if (address.isEmpty())
        return fail(Text::tr("The Oracle URL names no database after @."), Text::tr("Example: %1").arg(example));
    static const QRegularExpression alias(u"^[A-Za-z][\\w.$-]*$"_s);
    if (alias.matchView(address).hasMatch() && !address.contains(u'.')) {
        m_url.oracleTnsAlias = address.toString();
        return m_url;
    }

    QStringView hostText;
    QStringView after;
    if (address.startsWith(u'[')) {
        const qsizetype close = address.indexOf(u']');
        if (close < 0)
            return fail(Text::tr("The address \"%1\" opens a bracket [ that is not closed.").arg(address));
        hostText = address.left(close + 1);
        after = address.mid(close + 1);
    } else {
        const qsizetype end = findAtDepthZero(address, u":/");
        hostText = end < 0 ? address : address.left(end);
        after = end < 0 ? QStringView() : address.mid(end);
    }
    QString hostAndPort = hostText.toString();
    if (after.startsWith(u':')) {
        const qsizetype end = findAtDepthZero(after, u":/", 1);
        hostAndPort += (end < 0 ? after : after.left(end)).toString();
        after = end < 0 ? QStringView() : after.mid(end);
    }
    if (auto error = parseHost(hostAndPort))
        return std::unexpected(*error);
    if (after.startsWith(u'/')) {
        QStringView service = after.mid(1);
        const qsizetype end = findAtDepthZero(service, u":/"); // :server and /instance are not needed
        m_url.oracleService = (end < 0 ? service : service.left(end)).toString();
    } else if (after.startsWith(u':')) {
        m_url.oracleSid = after.mid(1).toString();
    }
    if (m_url.oracleService.isEmpty() && m_url.oracleSid.isEmpty())
        return fail(Text::tr("The Oracle URL names neither a service (host:port/SERVICE) nor a SID (host:port:SID)."),
            Text::tr("Example: %1").arg(example));
    if (tcps)
        m_url.tls = m_url.param(u"ssl_server_dn_match").value_or(QString()).compare("true"_L1, Qt::CaseInsensitive) == 0
            ? TlsMode::VerifyFull
            : TlsMode::Required;
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseDb2(QStringView rest)
{
    m_url.kind = DatabaseKind::Db2;
    m_url.subprotocol = u"db2"_s;
    const QString example = u"jdbc:db2://db2.example.com:50000/WSO2IDDB"_s;
    QStringView location;
    if (rest.startsWith(u"//")) {
        rest = rest.mid(2);
        const qsizetype slash = findAtDepthZero(rest, u"/");
        if (slash < 0)
            return fail(Text::tr("The URL names no database."), Text::tr("Add the database after the host: %1").arg(example));
        if (auto error = parseHostList(rest.left(slash), false))
            return std::unexpected(*error);
        location = rest.mid(slash + 1);
    } else {
        location = rest; // jdbc:db2:ALIAS, a database catalogued on this machine
    }
    // Properties follow the database after a colon: DB:key=value;key=value;
    const qsizetype colon = location.indexOf(u':');
    m_url.database = (colon < 0 ? location : location.left(colon)).trimmed().toString();
    if (colon >= 0)
        parseParams(location.mid(colon + 1), u';', false);
    if (m_url.database.isEmpty())
        return fail(Text::tr("The URL names no database."), Text::tr("Add the database after the host: %1").arg(example));
    std::optional<JdbcUrlError> error;
    const std::optional<bool> ssl = boolParam(u"sslConnection", &error);
    if (error)
        return std::unexpected(*error);
    if (ssl)
        m_url.tls = *ssl ? TlsMode::Required : TlsMode::Disabled;
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parseH2(QStringView rest)
{
    m_url.kind = DatabaseKind::H2;
    m_url.subprotocol = u"h2"_s;
    const qsizetype semicolon = rest.indexOf(u';');
    QStringView location = semicolon < 0 ? rest : rest.left(semicolon);
    if (semicolon >= 0)
        parseParams(rest.mid(semicolon + 1), u';', false);
    static const QRegularExpression mode(u"^([A-Za-z][A-Za-z0-9]*):"_s);
    const QRegularExpressionMatch match = mode.matchView(location);
    // "C:" would be a Windows drive letter, not a mode.
    if (match.hasMatch() && match.capturedLength(1) > 1) {
        m_url.h2Mode = match.captured(1).toLower();
        location = location.mid(match.capturedLength(0));
    } else {
        m_url.h2Mode = u"file"_s;
    }
    if (m_url.h2Mode == "tcp"_L1 || m_url.h2Mode == "ssl"_L1) {
        if (!location.startsWith(u"//"))
            return fail(Text::tr("Expected // after jdbc:h2:%1:.").arg(m_url.h2Mode));
        location = location.mid(2);
        const qsizetype slash = findAtDepthZero(location, u"/");
        if (slash < 0)
            return fail(Text::tr("The H2 server URL names no database after the host."));
        if (auto error = parseHostList(location.left(slash), false))
            return std::unexpected(*error);
        location = location.mid(slash + 1);
        if (m_url.h2Mode == "ssl"_L1)
            m_url.tls = TlsMode::Required;
    }
    m_url.database = location.toString();
    if (m_url.database.isEmpty() && m_url.h2Mode != "mem"_L1)
        return fail(Text::tr("The H2 URL names no database file."),
            Text::tr("Example: jdbc:h2:./repository/database/WSO2IDENTITY_DB"));
    return m_url;
}

std::expected<JdbcUrl, JdbcUrlError> Parser::parse()
{
    const QString knownHint = Text::tr("The wizard knows jdbc:mysql:, jdbc:mariadb:, jdbc:postgresql:, "
                                       "jdbc:sqlserver:, jdbc:jtds:sqlserver:, jdbc:oracle:, jdbc:db2: and jdbc:h2:.");
    if (m_text.isEmpty())
        return fail(Text::tr("The URL is empty."), knownHint);
    if (!m_text.startsWith(u"jdbc:"_s, Qt::CaseInsensitive))
        return fail(Text::tr("The URL does not start with jdbc:."),
            Text::tr("A JDBC URL looks like jdbc:mysql://db.example.com:3306/WSO2_IDENTITY_DB."));
    const QStringView rest = QStringView(m_text).mid(5);
    const auto starts = [&rest](QStringView prefix) { return rest.startsWith(prefix, Qt::CaseInsensitive); };
    if (starts(u"mysql+srv:"))
        return parseMySql(rest.mid(5), false);
    if (starts(u"mysql:"))
        return parseMySql(rest.mid(6), false);
    if (starts(u"mariadb:"))
        return parseMySql(rest.mid(8), true);
    if (starts(u"postgresql:"))
        return parsePostgreSql(rest.mid(11));
    if (starts(u"sqlserver:"))
        return parseSqlServer(rest.mid(10));
    if (starts(u"jtds:sqlserver:"))
        return parseJtds(rest.mid(15));
    if (starts(u"oracle:"))
        return parseOracle(rest.mid(7));
    if (starts(u"db2:"))
        return parseDb2(rest.mid(4));
    if (starts(u"h2:"))
        return parseH2(rest.mid(3));
    const qsizetype colon = rest.indexOf(u':');
    const QString name = (colon < 0 ? rest : rest.left(colon)).toString();
    return fail(name.isEmpty() ? Text::tr("The URL names no driver after jdbc:.")
                               : Text::tr("The driver \"%1\" in the URL is not one the wizard knows.").arg(name),
        knownHint);
}

} // namespace

QString databaseKindName(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::MySql:
        return u"MySQL"_s;
    case DatabaseKind::MariaDb:
        return u"MariaDB"_s;
    case DatabaseKind::PostgreSql:
        return u"PostgreSQL"_s;
    case DatabaseKind::SqlServer:
        return u"Microsoft SQL Server"_s;
    case DatabaseKind::Oracle:
        return u"Oracle"_s;
    case DatabaseKind::Db2:
        return u"IBM Db2"_s;
    case DatabaseKind::H2:
        return u"H2"_s;
    }
    return {};
}

int defaultDatabasePort(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        return 3306;
    case DatabaseKind::PostgreSql:
        return 5432;
    case DatabaseKind::SqlServer:
        return 1433;
    case DatabaseKind::Oracle:
        return 1521;
    case DatabaseKind::Db2:
        return 50000;
    case DatabaseKind::H2:
        return 9092;
    }
    return 0;
}

QString tlsModeName(TlsMode mode)
{
    switch (mode) {
    case TlsMode::Unspecified:
        return u"unspecified"_s;
    case TlsMode::Disabled:
        return u"disabled"_s;
    case TlsMode::Preferred:
        return u"preferred"_s;
    case TlsMode::Required:
        return u"required"_s;
    case TlsMode::VerifyCa:
        return u"verify-ca"_s;
    case TlsMode::VerifyFull:
        return u"verify-full"_s;
    }
    return {};
}

QString JdbcHost::endpoint() const
{
    const QString name = host.contains(u':') ? u'[' + host + u']' : host;
    return port > 0 ? name + u':' + QString::number(port) : name;
}

QString JdbcUrl::databaseLabel() const
{
    if (!database.isEmpty())
        return database;
    if (!oracleService.isEmpty())
        return oracleService;
    if (!oracleSid.isEmpty())
        return oracleSid;
    return oracleTnsAlias;
}

std::optional<QString> JdbcUrl::param(QStringView key) const
{
    for (const JdbcParam& item : params)
        if (QStringView(item.key).compare(key, Qt::CaseInsensitive) == 0)
            return item.value;
    return std::nullopt;
}

QString JdbcUrlError::toString() const
{
    QString out = url.isEmpty() ? message : u"%1: %2"_s.arg(url, message);
    if (!hint.isEmpty())
        out += u' ' + hint;
    return out;
}

std::expected<JdbcUrl, JdbcUrlError> parseJdbcUrl(QStringView url)
{
    QString text = url.trimmed().toString();
    text.replace(u"&amp;"_s, u"&"_s, Qt::CaseInsensitive);
    QString redacted = redactJdbcUrl(text);
    return Parser(std::move(text), std::move(redacted)).parse();
}

namespace {

// user:password@ in MySQL/PostgreSQL authorities and user/password@ in Oracle URLs.
const QRegularExpression& userInfoPassword()
{
    static const QRegularExpression pattern(u"(//[^:/@?\\s]+:)([^@/?\\s]*)(@)"_s);
    return pattern;
}

const QRegularExpression& oraclePassword()
{
    static const QRegularExpression pattern(u"(jdbc:oracle:[A-Za-z0-9]+:[^/@\\s]*/)([^@]*)(@)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

const QRegularExpression& parameterPassword()
{
    // A value in braces (SQL Server) may hold ; and &.
    static const QRegularExpression pattern(
        u"((?:^|[?&;:])\\s*(?:password[123]?|pwd|passwd)\\s*=\\s*)(\\{[^}]*\\}?|[^&;]*)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

} // namespace

QString redactJdbcUrl(QStringView url)
{
    QString out = url.toString();
    out.replace(parameterPassword(), u"\\1"_s + mask());
    out.replace(oraclePassword(), u"\\1"_s + mask() + u"\\3"_s);
    out.replace(userInfoPassword(), u"\\1"_s + mask() + u"\\3"_s);
    return out;
}

std::optional<QString> passwordInJdbcUrl(QStringView url)
{
    QString text = url.trimmed().toString();
    text.replace(u"&amp;"_s, u"&"_s, Qt::CaseInsensitive);
    if (const QRegularExpressionMatch m = oraclePassword().match(text); m.hasMatch())
        return m.captured(2);
    if (const QRegularExpressionMatch m = userInfoPassword().match(text); m.hasMatch())
        return percentDecoded(m.capturedView(2));
    if (const QRegularExpressionMatch m = parameterPassword().match(text); m.hasMatch()) {
        QStringView value = m.capturedView(2);
        if (value.startsWith(u'{') && value.endsWith(u'}') && value.size() >= 2)
            return value.mid(1, value.size() - 2).toString();
        // URL-style drivers escape the value; the ;-style ones (SQL Server, Db2, H2) do not.
        const bool urlStyle = text.startsWith(u"jdbc:mysql"_s, Qt::CaseInsensitive)
            || text.startsWith(u"jdbc:mariadb"_s, Qt::CaseInsensitive)
            || text.startsWith(u"jdbc:postgresql"_s, Qt::CaseInsensitive);
        return urlStyle ? percentDecoded(value) : value.toString();
    }
    return std::nullopt;
}

} // namespace Ismw
