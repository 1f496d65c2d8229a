// SPDX-License-Identifier: Apache-2.0
#include "database/DatabaseTarget.h"

#include "config/TomlDocument.h"
#include "database/DatabaseDrivers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::DatabaseTarget)
};

// A $ref{} chain longer than this is a mistake, not a configuration.
constexpr int kMaxRefDepth = 16;

QString unquoted(const QString& segment)
{
    if (segment.size() >= 2 && segment.startsWith(u'"') && segment.endsWith(u'"'))
        return segment.mid(1, segment.size() - 2);
    return segment;
}

// ${env.X} and $env{X}: the two ways WSO2 writes an environment variable.
const QRegularExpression& environmentReference()
{
    static const QRegularExpression pattern(u"\\$\\{env\\.([A-Za-z_][A-Za-z0-9_.]*)\\}|\\$env\\{([A-Za-z_][A-Za-z0-9_.]*)\\}"_s);
    return pattern;
}

const QRegularExpression& refReference()
{
    static const QRegularExpression pattern(u"\\$ref\\{([^}]+)\\}"_s);
    return pattern;
}

// Replaces every $ref{path} with the value of path in the document. Unknown
// paths and cycles leave the reference as written and set *broken.
QString resolveRefs(const TomlDocument& document, const QString& value, QStringList* broken, int depth = 0)
{
    if (!value.contains(u"$ref{"))
        return value;
    QString out;
    qsizetype last = 0;
    auto it = refReference().globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(value).mid(last, match.capturedStart(0) - last);
        last = match.capturedEnd(0);
        const QString path = match.captured(1).trimmed();
        const TomlEntry* entry = depth < kMaxRefDepth ? document.find(path) : nullptr;
        if (!entry) {
            if (broken)
                broken->append(match.captured(0));
            out += match.captured(0);
            continue;
        }
        out += resolveRefs(document, entry->rawValue, broken, depth + 1);
    }
    out += QStringView(value).mid(last);
    return out;
}

// ${env.X}/$env{X} replaced from this process's environment, for the URL and
// user name (not secrets, so the values may be shown). Unset variables stay.
QString resolveEnvironment(const QString& value, QStringList* used, QStringList* missing)
{
    if (!value.contains(u'$'))
        return value;
    QString out;
    qsizetype last = 0;
    auto it = environmentReference().globalMatch(value);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(value).mid(last, match.capturedStart(0) - last);
        last = match.capturedEnd(0);
        const QString name = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
        if (qEnvironmentVariableIsSet(qPrintable(name))) {
            out += qEnvironmentVariable(qPrintable(name));
            used->append(name);
        } else {
            out += match.captured(0);
            missing->append(name);
        }
    }
    out += QStringView(value).mid(last);
    return out;
}

struct RawEntry
{
    QString section;
    QString name;
    bool datasource = false;
    QHash<QString, const TomlEntry*> keys;
    SourcePos firstPos;
};

// The entry name out of an array-of-tables identity: datasource[id="X"] → X.
QString identityName(const QString& segment)
{
    static const QRegularExpression identity(u"^[^\\[]*\\[(?:id|name)=\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    const QRegularExpressionMatch match = identity.match(segment);
    if (match.hasMatch())
        return match.captured(1);
    const qsizetype open = segment.indexOf(u'[');
    return open < 0 ? segment : segment.mid(open + 1, segment.size() - open - 2);
}

void classifyPassword(DatabaseTarget& target, const TomlDocument& document, const TomlEntry* entry)
{
    if (!entry) {
        if (target.jdbc && target.jdbc->passwordInUrl)
            target.passwordSource = PasswordSource::InUrl;
        else
            target.passwordSource = PasswordSource::Missing;
        return;
    }
    QStringList broken;
    const QString value = resolveRefs(document, entry->rawValue, &broken).trimmed();
    if (!broken.isEmpty()) {
        target.passwordSource = PasswordSource::Unresolved;
        target.passwordReference = broken.first();
        target.passwordVariable = broken.first().mid(5, broken.first().size() - 6);
        return;
    }
    static const QRegularExpression secret(u"^\\$secret\\{([^}]*)\\}$"_s);
    static const QRegularExpression system(u"^\\$sys\\{([^}]*)\\}$|^\\$\\{(?!env\\.)([^}]*)\\}$"_s);
    if (const QRegularExpressionMatch match = secret.match(value); match.hasMatch()) {
        target.passwordSource = PasswordSource::SecureVault;
        target.passwordReference = value;
        target.passwordVariable = match.captured(1);
    } else if (const QRegularExpressionMatch env = environmentReference().match(value);
               env.hasMatch() && env.capturedStart(0) == 0 && env.capturedLength(0) == value.size()) {
        target.passwordSource = PasswordSource::Environment;
        target.passwordReference = value;
        target.passwordVariable = env.captured(1).isEmpty() ? env.captured(2) : env.captured(1);
        target.passwordInEnvironment = qEnvironmentVariableIsSet(qPrintable(target.passwordVariable));
    } else if (const QRegularExpressionMatch sys = system.match(value); sys.hasMatch()) {
        target.passwordSource = PasswordSource::SystemProperty;
        target.passwordReference = value;
        target.passwordVariable = sys.captured(1).isEmpty() ? sys.captured(2) : sys.captured(1);
    } else {
        target.passwordSource = PasswordSource::Plain;
    }
}

void checkTypeAgainstUrl(DatabaseTarget& target)
{
    if (target.type.isEmpty() || !target.jdbc)
        return;
    const DatabaseKind kind = target.jdbc->kind;
    if (target.type == "h2"_L1) {
        if (kind != DatabaseKind::H2)
            target.notes << Text::tr("type is \"h2\" but the URL points at %1; the wizard goes by the URL.")
                                .arg(databaseKindName(kind));
        return;
    }
    const std::optional<SqlDialect> typeDialect = parseSqlDialect(target.type);
    if (!typeDialect) {
        target.notes << Text::tr("type \"%1\" is not a database type the wizard knows; the wizard goes by the URL.")
                            .arg(target.type);
        return;
    }
    if (typeDialect != sqlDialectFor(kind))
        target.notes << Text::tr("type is \"%1\" but the URL points at %2; the wizard goes by the URL.")
                            .arg(target.type, databaseKindName(kind));
}

DatabaseTarget buildTarget(const RawEntry& raw, const TomlDocument& document)
{
    DatabaseTarget target;
    target.section = raw.section;
    target.name = raw.name;
    target.datasource = raw.datasource;
    target.pos = raw.firstPos;

    QStringList broken;
    const auto value = [&](const char* key) -> QString {
        const TomlEntry* entry = raw.keys.value(QString::fromLatin1(key));
        return entry ? resolveRefs(document, entry->rawValue, &broken).trimmed() : QString();
    };
    target.type = value("type").toLower();
    target.driverClass = value("driver");
    QStringList envUsed;
    QStringList envMissing;
    target.username = resolveEnvironment(value("username"), &envUsed, &envMissing);
    const TomlEntry* urlEntry = raw.keys.value(u"url"_s);
    if (urlEntry)
        target.pos = urlEntry->pos;
    const QString rawUrl = resolveEnvironment(value("url"), &envUsed, &envMissing);
    target.url = redactJdbcUrl(rawUrl);

    if (!urlEntry) {
        target.urlError = JdbcUrlError { QString(), Text::tr("[%1] has no url.").arg(target.section),
            Text::tr("Add url = \"jdbc:…\" to the section.") };
    } else if (!envMissing.isEmpty() && rawUrl.contains(u'$')) {
        target.urlError = JdbcUrlError { target.url,
            Text::tr("The URL uses the environment variable %1, which is not set for the wizard.")
                .arg(envMissing.join(u", "_s)),
            Text::tr("Start the wizard with the variable set as the server has it.") };
    } else if (const auto parsed = parseJdbcUrl(rawUrl)) {
        target.jdbc = *parsed;
    } else {
        target.urlError = parsed.error();
    }
    if (!broken.isEmpty())
        target.notes << Text::tr("%1 points at a key the file does not have.").arg(broken.first());
    if (!envUsed.isEmpty())
        target.notes << Text::tr("Read from this process's environment: %1.").arg(envUsed.join(u", "_s));

    if (target.jdbc) {
        const DatabaseKind kind = target.jdbc->kind;
        target.dialect = sqlDialectFor(kind);
        target.qtDriver = qtSqlDriverFor(kind);
        if (target.qtDriver == "QODBC"_L1)
            target.odbcConnectionString = odbcConnectionString(*target.jdbc, defaultOdbcDriverName(kind));
        if (target.username.isEmpty() && !target.jdbc->userInUrl.isEmpty())
            target.username = target.jdbc->userInUrl;
        if (target.jdbc->hosts.size() > 1)
            target.notes << Text::tr("The URL names %1 hosts for failover or load balancing; the wizard connects to "
                                     "the first, %2.")
                                .arg(target.jdbc->hosts.size())
                                .arg(target.jdbc->endpoint());
        if (kind == DatabaseKind::PostgreSql && target.jdbc->database.isEmpty())
            target.notes << Text::tr("The URL names no database; PostgreSQL then uses the one named like the user.");
        if (kind == DatabaseKind::Db2 && target.jdbc->hosts.isEmpty())
            target.notes << Text::tr("The URL names a Db2 database catalogued on the server's machine (%1), not a "
                                     "host: the wizard can reach it only where the same catalogue entry exists.")
                                .arg(target.jdbc->database);
        if (kind == DatabaseKind::Oracle && !target.jdbc->oracleTnsAlias.isEmpty())
            target.notes << Text::tr("The URL names the TNS alias %1: the Oracle client of this machine must know "
                                     "it (tnsnames.ora, TNS_ADMIN).")
                                .arg(target.jdbc->oracleTnsAlias);
        if (kind == DatabaseKind::H2 && !target.jdbc->isEmbeddedH2())
            target.notes << Text::tr("This H2 database runs as a server, but H2 remains unfit for production.");
    }
    checkTypeAgainstUrl(target);
    classifyPassword(target, document, raw.keys.value(u"password"_s));
    return target;
}

} // namespace

QString resolveConfigRefs(const TomlDocument& document, const QString& value, bool* ok)
{
    QStringList broken;
    const QString resolved = resolveRefs(document, value, &broken);
    if (ok)
        *ok = broken.isEmpty();
    return resolved;
}

QString resolveEnvironmentRefs(const QString& value, QStringList* missing)
{
    QStringList used;
    QStringList notSet;
    const QString resolved = resolveEnvironment(value, &used, &notSet);
    if (missing)
        *missing = notSet;
    return resolved;
}

QString passwordSourceName(PasswordSource source)
{
    switch (source) {
    case PasswordSource::Plain:
        return u"plain"_s;
    case PasswordSource::SecureVault:
        return u"secure-vault"_s;
    case PasswordSource::Environment:
        return u"environment"_s;
    case PasswordSource::SystemProperty:
        return u"system-property"_s;
    case PasswordSource::InUrl:
        return u"in-url"_s;
    case PasswordSource::Missing:
        return u"missing"_s;
    case PasswordSource::Unresolved:
        return u"unresolved"_s;
    }
    return {};
}

QString qtSqlDriverFor(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        return u"QMYSQL"_s;
    case DatabaseKind::PostgreSql:
        return u"QPSQL"_s;
    case DatabaseKind::SqlServer:
    case DatabaseKind::Oracle:
    case DatabaseKind::Db2:
        // Debian builds no QOCI or QDB2 plugin; ODBC reaches all three.
        return u"QODBC"_s;
    case DatabaseKind::H2:
        return {};
    }
    return {};
}

std::optional<SqlDialect> sqlDialectFor(DatabaseKind kind)
{
    switch (kind) {
    case DatabaseKind::MySql:
    case DatabaseKind::MariaDb:
        return SqlDialect::MySql;
    case DatabaseKind::PostgreSql:
        return SqlDialect::PostgreSql;
    case DatabaseKind::SqlServer:
        return SqlDialect::SqlServer;
    case DatabaseKind::Oracle:
        return SqlDialect::Oracle;
    case DatabaseKind::Db2:
        return SqlDialect::Db2;
    case DatabaseKind::H2:
        return std::nullopt;
    }
    return std::nullopt;
}

bool DatabaseTarget::isH2() const
{
    if (jdbc)
        return jdbc->kind == DatabaseKind::H2;
    return type == "h2"_L1 || url.startsWith(u"jdbc:h2:"_s, Qt::CaseInsensitive);
}

bool DatabaseTarget::passwordMustBeAsked() const
{
    switch (passwordSource) {
    case PasswordSource::Plain:
    case PasswordSource::InUrl:
        return false;
    case PasswordSource::Environment:
        return !passwordInEnvironment;
    case PasswordSource::SecureVault:
    case PasswordSource::SystemProperty:
    case PasswordSource::Missing:
    case PasswordSource::Unresolved:
        return true;
    }
    return true;
}

QString DatabaseTarget::passwordDescription() const
{
    switch (passwordSource) {
    case PasswordSource::Plain:
        return Text::tr("written in deployment.toml");
    case PasswordSource::InUrl:
        return Text::tr("written in the JDBC URL");
    case PasswordSource::SecureVault:
        return Text::tr("kept in the secure vault as %1, which the wizard cannot decrypt: it asks for the password")
            .arg(passwordReference);
    case PasswordSource::Environment:
        return passwordInEnvironment
            ? Text::tr("read from the environment variable %1 of this process").arg(passwordVariable)
            : Text::tr("the environment variable %1, which is not set for the wizard: it asks for the password")
                  .arg(passwordVariable);
    case PasswordSource::SystemProperty:
        return Text::tr("the Java system property %1 of the server, which the wizard cannot see: it asks for the "
                        "password")
            .arg(passwordVariable);
    case PasswordSource::Missing:
        return Text::tr("not in deployment.toml: the wizard asks for it");
    case PasswordSource::Unresolved:
        return Text::tr("%1 points at a key the file does not have: the wizard asks for the password")
            .arg(passwordReference);
    }
    return {};
}

QString DatabaseTarget::summary() const
{
    if (!jdbc)
        return Text::tr("%1: %2").arg(name, urlError ? urlError->message : Text::tr("no usable URL"));
    if (jdbc->kind == DatabaseKind::H2)
        return Text::tr("%1: embedded H2 database %2").arg(name, jdbc->database);
    const QString where = jdbc->endpoint().isEmpty() ? jdbc->databaseLabel() : jdbc->endpoint();
    if (jdbc->databaseLabel().isEmpty())
        return Text::tr("%1: %2 at %3").arg(name, databaseKindName(jdbc->kind), where);
    return Text::tr("%1: %2 at %3, database %4").arg(name, databaseKindName(jdbc->kind), where, jdbc->databaseLabel());
}

QString DatabaseTarget::h2Explanation()
{
    return Text::tr("This database is H2, the embedded database a fresh IS home starts with. WSO2 ships no cleanup "
                    "procedures for H2, so there is nothing to clean here. H2 is meant for trying the product out: "
                    "production must not run on it (it does not scale, cannot be clustered and can be corrupted when "
                    "the server stops abruptly). Move production to MySQL, MariaDB, PostgreSQL, SQL Server, Oracle or "
                    "Db2 before or during this migration.");
}

QList<DatabaseTarget> databasesInConfig(const TomlDocument& document)
{
    QList<RawEntry> raws;
    QHash<QString, qsizetype> indexBySection;
    for (const TomlEntry& entry : document.entries()) {
        const QStringList segments = splitConfigPath(entry.path);
        if (segments.size() < 2)
            continue;
        QString section;
        QString name;
        QString key;
        bool datasource = false;
        const QString& head = segments.first();
        if ((head == "database"_L1 || head == "datasource"_L1) && segments.size() == 3) {
            section = segments.at(0) + u'.' + segments.at(1);
            name = unquoted(segments.at(1));
            key = unquoted(segments.at(2));
            datasource = head == "datasource"_L1;
        } else if (head.startsWith(u"datasource["_s) && segments.size() == 2) {
            section = head;
            name = identityName(head);
            key = unquoted(segments.at(1));
            datasource = true;
        } else {
            continue;
        }
        qsizetype index = indexBySection.value(section, -1);
        if (index < 0) {
            index = raws.size();
            indexBySection.insert(section, index);
            raws.append({ section, name, datasource, {}, entry.pos });
        }
        raws[index].keys.insert(key, &entry);
    }

    QList<DatabaseTarget> targets;
    for (const RawEntry& raw : std::as_const(raws)) {
        // A [database.x] without url, type or username is not a database
        // (e.g. only pool options were overridden).
        if (!raw.keys.contains(u"url"_s) && !raw.keys.contains(u"type"_s) && !raw.keys.contains(u"username"_s))
            continue;
        targets.append(buildTarget(raw, document));
    }
    return targets;
}

} // namespace Ismw
