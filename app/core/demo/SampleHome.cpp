// SPDX-License-Identifier: Apache-2.0
#include "demo/SampleHome.h"

#include "checks/IsRelease.h"
#include "demo/CleanupSql.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// Component versions for the plugin jar names. Illustrative: they follow the
// shape of the real names (bundle_version.jar) so that name-based detection
// has something to chew on, but they are not the real distribution's list.
struct ComponentVersions
{
    const char16_t* release;
    const char16_t* framework;
    const char16_t* oauth;
};
constexpr ComponentVersions kComponents[] = {
    { u"5.8.0", u"5.14.67", u"6.0.53" },
    { u"5.9.0", u"5.15.105", u"6.2.18" },
    { u"5.10.0", u"5.17.5", u"6.2.41" },
    { u"5.11.0", u"5.18.187", u"6.4.111" },
    { u"6.0.0", u"5.25.92", u"6.11.60" },
    { u"6.1.0", u"5.25.260", u"6.11.175" },
    { u"7.0.0", u"7.0.78", u"7.0.24" },
    { u"7.1.0", u"7.7.188", u"7.0.232" },
    { u"7.2.0", u"7.8.300", u"7.0.290" },
    { u"7.3.0", u"7.8.500", u"7.0.380" },
};

// H2 1.4.199 was replaced by 2.1.210 in 6.0.0.
QString h2Version(const QVersionNumber& release)
{
    return compareReleases(release, QVersionNumber(6)) < 0 ? u"1.4.199"_s : u"2.1.210"_s;
}

class Writer
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::SampleHome)
public:
    explicit Writer(const QString& root)
        : m_root(root)
    {
    }

    bool folder(const QString& relative)
    {
        if (!m_error.isEmpty())
            return false;
        if (!m_root.mkpath(relative)) {
            m_error = tr("Could not create the folder %1.")
                          .arg(QDir::toNativeSeparators(m_root.filePath(relative)));
            return false;
        }
        return true;
    }

    bool file(const QString& relative, const QString& text) { return bytes(relative, text.toUtf8()); }

    bool bytes(const QString& relative, const QByteArray& content)
    {
        if (!m_error.isEmpty())
            return false;
        const QString path = m_root.filePath(relative);
        if (!folder(QFileInfo(relative).path()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            m_error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
            return false;
        }
        m_written << relative;
        return true;
    }

    // Gives every file written so far `time`, as unzip gives an archive's
    // entries their times; what is written afterwards looks changed later.
    bool stampWritten(const QDateTime& time)
    {
        if (!m_error.isEmpty())
            return false;
        for (const QString& relative : std::as_const(m_written)) {
            QFile file(m_root.filePath(relative));
            if (!file.open(QIODevice::ReadOnly)
                || !file.setFileTime(time, QFileDevice::FileModificationTime)) {
                m_error = tr("Could not set the time of %1: %2")
                              .arg(QDir::toNativeSeparators(file.fileName()), file.errorString());
                return false;
            }
        }
        m_written.clear();
        return true;
    }

    bool executable(const QString& relative)
    {
        if (!m_error.isEmpty())
            return false;
        QFile file(m_root.filePath(relative));
        return file.setPermissions(
            file.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    }

    QString error() const { return m_error; }

private:
    QDir m_root;
    QString m_error;
    QStringList m_written;
};

// Looks like the ciphertool's base64 output, but is only a hash of the alias:
// there is nothing to decrypt.
QString fakeCipherText(const QString& alias, const QString& release)
{
    QByteArray data = QCryptographicHash::hash((alias + release).toUtf8(), QCryptographicHash::Sha512);
    data += QCryptographicHash::hash(data, QCryptographicHash::Sha512);
    return QString::fromLatin1(data.toBase64());
}

struct Context
{
    IsRelease release;
    SampleHomeOptions options;
    QString framework;
    QString oauth;

    QString version() const { return release.versionString(); }
    bool atLeast(int major, int minor) const
    {
        return compareReleases(release.version, QVersionNumber(major, minor)) >= 0;
    }
    bool pkcs12() const { return release.defaultKeystoreType == "PKCS12"_L1; }
    QString keystoreSuffix() const { return pkcs12() ? u"p12"_s : u"jks"_s; }
};

QString password(const Context& context, const QString& alias, const QString& plain)
{
    return context.options.secretReferences ? u"$secret{%1}"_s.arg(alias) : plain;
}

QString databaseSection(
    const Context& context, const QString& name, const QString& schema, const QString& alias)
{
    QString out = u"[database.%1]\n"_s.arg(name);
    switch (context.options.database) {
    case SampleDatabase::MySql:
        // The &amp; is how real files write it: the value lands in an XML file.
        out += u"type = \"mysql\"\n"
               u"url = \"jdbc:mysql://db.example.com:3306/%1?useSSL=true&amp;characterEncoding=UTF-8\"\n"
               u"username = \"wso2is\"\n"_s.arg(schema);
        break;
    case SampleDatabase::PostgreSql:
        out += u"type = \"postgre\"\n"
               u"url = \"jdbc:postgresql://db.example.com:5432/%1\"\n"
               u"username = \"wso2is\"\n"_s.arg(schema.toLower());
        break;
    case SampleDatabase::H2:
        return out
            + u"type = \"h2\"\n"
              u"url = \"jdbc:h2:./repository/database/%1;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=60000\"\n"
              u"username = \"wso2carbon\"\n"
              u"password = \"wso2carbon\"\n\n"_s.arg(schema);
    }
    out += u"password = \"%1\"\n"_s.arg(password(context, alias, u"S4mple-%1-pass"_s.arg(name)));
    out += u"\n[database.%1.pool_options]\nmaxActive = \"80\"\nminIdle = \"5\"\nvalidationQuery = \"SELECT 1\"\n\n"_s
               .arg(name);
    return out;
}

QString deploymentToml(const Context& context)
{
    const SampleHomeOptions& options = context.options;
    QStringList aliases;
    QString out = u"# Sample WSO2 Identity Server %1 configuration, written by the IS Migration Wizard\n"
                  u"# for demonstrations and tests.\n\n"_s.arg(context.version());

    out += u"[server]\nhostname = \"%1\"\nnode_ip = \"127.0.0.1\"\n"
           u"base_path = \"https://$ref{server.hostname}:${carbon.management.port}\"\n\n"_s.arg(
               options.hostname);

    out += u"[super_admin]\nusername = \"admin\"\npassword = \"%1\"\ncreate_admin_account = true\n\n"_s.arg(
        password(context, u"super_admin_password"_s, u"admin"_s));
    aliases << u"super_admin_password"_s;

    const QString userStoreType = context.release.defaultUserStoreType;
    out += u"[user_store]\ntype = \"%1\"\n"_s.arg(userStoreType);
    if (userStoreType.contains(u"ldap"_s)) {
        out += u"connection_url = \"ldap://localhost:${Ports.EmbeddedLDAP.LDAPServerPort}\"\n"
               u"connection_name = \"uid=admin,ou=system\"\n"
               u"connection_password = \"%1\"\n"
               u"base_dn = \"dc=example,dc=com\"\n"_s.arg(
                   password(context, u"ldap_connection_password"_s, u"admin"_s));
        aliases << u"ldap_connection_password"_s;
    }
    out += u'\n';

    out += databaseSection(context, u"identity_db"_s, u"WSO2_IDENTITY_DB"_s, u"identity_db_password"_s);
    out += databaseSection(context, u"shared_db"_s, u"WSO2_SHARED_DB"_s, u"shared_db_password"_s);
    if (options.database != SampleDatabase::H2)
        aliases << u"identity_db_password"_s << u"shared_db_password"_s;

    const QString keystoreType = context.pkcs12() ? u"type = \"PKCS12\"\n"_s : QString();
    out += u"[keystore.primary]\nfile_name = \"wso2carbon.%1\"\npassword = \"%2\"\n%3\n"_s.arg(
        context.keystoreSuffix(), password(context, u"keystore_password"_s, u"wso2carbon"_s), keystoreType);
    out += u"[truststore]\nfile_name = \"client-truststore.%1\"\npassword = \"%2\"\ntype = \"%3\"\n\n"_s.arg(
        context.keystoreSuffix(), password(context, u"truststore_password"_s, u"wso2carbon"_s),
        context.release.defaultKeystoreType);
    aliases << u"keystore_password"_s << u"truststore_password"_s;

    // From 5.10 a fresh home carries the credentials of its own endpoints;
    // the values here are the sample's, not the product's.
    if (context.atLeast(5, 10))
        out += u"[account_recovery.endpoint.auth]\n"
               u"hash = \"3c2d8b5f0e6a41d79b1f2e8c4a6d0b9e7f5a3c1d2e4b6a8f0c9e7d5b3a1f2e4c\"\n\n"
               u"[identity.auth_framework.endpoint]\napp_password = \"sample-endpoint-pass\"\n\n"_s;

    // 7.2 added a datasource for agent identities; a fresh home points it at
    // H2 like every other database.
    if (context.atLeast(7, 2)) {
        out += u"[datasource.AgentIdentity]\nid = \"AgentIdentity\"\n"_s;
        if (options.database == SampleDatabase::H2)
            out += u"url = \"jdbc:h2:./repository/database/WSO2AGENTIDENTITY_DB;DB_CLOSE_ON_EXIT=FALSE;"
                   u"LOCK_TIMEOUT=60000\"\nusername = \"wso2carbon\"\npassword = \"wso2carbon\"\n"
                   u"driver = \"org.h2.Driver\"\n\n"_s;
        else if (options.database == SampleDatabase::MySql)
            out += u"url = \"jdbc:mysql://db.example.com:3306/WSO2_AGENT_IDENTITY_DB?useSSL=true\"\n"
                   u"username = \"wso2is\"\npassword = \"%1\"\ndriver = \"com.mysql.cj.jdbc.Driver\"\n\n"_s.arg(
                       password(context, u"agent_identity_db_password"_s, u"S4mple-agent-pass"_s));
        else
            out += u"url = \"jdbc:postgresql://db.example.com:5432/wso2_agent_identity_db\"\n"
                   u"username = \"wso2is\"\npassword = \"%1\"\ndriver = \"org.postgresql.Driver\"\n\n"_s.arg(
                       password(context, u"agent_identity_db_password"_s, u"S4mple-agent-pass"_s));
        if (options.database != SampleDatabase::H2)
            aliases << u"agent_identity_db_password"_s;
    }

    if (options.customizations) {
        out += u"[transport.https.properties]\nproxyPort = 443\n\n"
               u"[authentication.authenticator.basic.parameters]\nshowAuthFailureReason = true\n\n"
               u"# Audit trail of user changes for the compliance team.\n"
               u"[[event_listener]]\n"
               u"id = \"example_audit_listener\"\n"
               u"type = \"org.wso2.carbon.user.core.listener.UserOperationEventListener\"\n"
               u"name = \"com.example.identity.audit.AuditUserOperationListener\"\n"
               u"order = 9000\n"
               u"enable = true\n\n"
               u"[[event_listener]]\n"
               u"id = \"example_claim_sync\"\n"
               u"type = \"org.wso2.carbon.identity.core.handler.AbstractIdentityHandler\"\n"
               u"name = \"com.example.identity.sync.ClaimSyncHandler\"\n"
               u"order = 120\n"
               u"enable = true\n"
               u"[event_listener.properties]\n"
               u"target = \"https://hr.example.com/api/claims\"\n\n"_s;
    }

    if (options.secretReferences) {
        out += u"# Encrypted with the cipher tool.\n[secrets]\n"_s;
        for (const QString& alias : std::as_const(aliases))
            out += u"%1 = \"%2\"\n"_s.arg(alias, fakeCipherText(alias, context.version()));
    }
    return out;
}

QString carbonXml(const Context& context)
{
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           u"<!-- Sample home written by the IS Migration Wizard. A real server renders this file\n"
           u"     from deployment.toml at start-up. -->\n"
           u"<Server xmlns=\"http://wso2.org/projects/carbon/carbon.xml\">\n"
           u"    <Name>WSO2 Identity Server</Name>\n"
           u"    <ServerKey>IS</ServerKey>\n"
           u"    <Version>%1</Version>\n"
           u"    <HostName>%2</HostName>\n"
           u"    <Ports>\n"
           u"        <Offset>0</Offset>\n"
           u"    </Ports>\n"
           u"</Server>\n"_s.arg(context.version(), context.options.hostname);
}

QString releaseNotes(const Context& context)
{
    return u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           u"<title>Welcome to WSO2 Identity Server v%1!</title>\n</head>\n<body>\n"
           u"<h1>WSO2 Identity Server %1 (sample home)</h1>\n"
           u"<p>This folder was written by the IS Migration Wizard for demonstrations and tests. It holds "
           u"no\n"
           u"server: its files carry just enough for the wizard to recognise the release and its parts.</p>\n"
           u"</body>\n</html>\n"_s.arg(context.version());
}

QString carbonLog(const Context& context)
{
    const QString header = u"TID: [-1234] [] [2025-03-04 08:15:%1,%2] [] "_s;
    const auto line
        = [&](int second, int millis, const QString& level, const QString& logger, const QString& text) {
              return header.arg(second, 2, 10, QChar(u'0')).arg(millis, 3, 10, QChar(u'0')) + level + u" {"_s
                  + logger + u"} - "_s + text + u'\n';
          };
    return line(2, 118, u" INFO"_s, u"org.wso2.carbon.core.internal.CarbonCoreActivator"_s,
               u"Sample home of WSO2 Identity Server %1 written by the IS Migration Wizard"_s.arg(
                   context.version()))
        + line(9, 430, u" WARN"_s, u"org.wso2.carbon.core.internal.CarbonCoreActivator"_s,
            u"Sample warning: the keystore password is the default one"_s)
        + line(31, 7, u" INFO"_s, u"org.wso2.carbon.core.init.CarbonServerManager"_s, u"Server ready"_s)
        + line(31, 12, u" INFO"_s, u"org.wso2.carbon.core.internal.StartupFinalizerServiceComponent"_s,
            u"WSO2 Carbon started in 29 sec"_s);
}

QString userStoreXml(const Context& context)
{
    // Unique-ID user store managers exist from 5.10.0.
    const QString managerClass = context.atLeast(5, 10)
        ? u"org.wso2.carbon.user.core.ldap.UniqueIDReadOnlyLDAPUserStoreManager"_s
        : u"org.wso2.carbon.user.core.ldap.ReadOnlyLDAPUserStoreManager"_s;
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           u"<!-- Secondary user store of a sample home, written by the IS Migration Wizard. -->\n"
           u"<UserStoreManager class=\"%1\">\n"
           u"    <Property name=\"DomainName\">CORP</Property>\n"
           u"    <Property name=\"ConnectionURL\">ldaps://ldap.corp.example.com:636</Property>\n"
           u"    <Property "
           u"name=\"ConnectionName\">cn=is-reader,ou=services,dc=corp,dc=example,dc=com</Property>\n"
           u"    <Property name=\"ConnectionPassword\">encrypted-in-a-real-home</Property>\n"
           u"    <Property name=\"UserSearchBase\">ou=people,dc=corp,dc=example,dc=com</Property>\n"
           u"    <Property name=\"GroupSearchBase\">ou=groups,dc=corp,dc=example,dc=com</Property>\n"
           u"    <Property name=\"ReadGroups\">true</Property>\n"
           u"</UserStoreManager>\n"_s.arg(managerClass);
}

// 2024-01-15 10:00 UTC.
constexpr qint64 kUnpackedAtSecs = 1705312800;

QString log4j2Properties()
{
    return u"# Sample log4j2.properties of a sample home, written by the IS Migration Wizard.\n"
           u"appenders = CARBON_CONSOLE, CARBON_LOGFILE\n"
           u"appender.CARBON_LOGFILE.type = RollingFile\n"
           u"appender.CARBON_LOGFILE.fileName = ${sys:carbon.home}/repository/logs/wso2carbon.log\n"
           u"rootLogger.level = INFO\n"_s;
}

bool writeHome(Writer& out, const Context& context)
{
    const QString version = context.version();
    const QString kernel = context.release.kernelString();
    const QString suffix = context.keystoreSuffix();

    out.file(u"bin/version.txt"_s, u"WSO2 Identity Server v%1\n"_s.arg(version));
    out.file(u"bin/wso2carbon-version.txt"_s, u"WSO2 Carbon Framework v%1\n"_s.arg(kernel));
    // A start script that refuses, so nobody mistakes the sample for a server.
    out.file(u"bin/wso2server.sh"_s,
        u"#!/bin/sh\necho 'This is a sample home written by the IS Migration Wizard; there is no server in "
        u"it.' >&2\n"
        u"exit 1\n"_s);
    out.executable(u"bin/wso2server.sh"_s);
    out.file(u"updates/product.txt"_s, u"wso2is-%1\n"_s.arg(version));
    out.file(u"release-notes.html"_s, releaseNotes(context));
    out.file(u"repository/conf/carbon.xml"_s, carbonXml(context));
    // deployment.toml is the configuration file from 5.9.0 on.
    if (context.atLeast(5, 9))
        out.file(u"repository/conf/deployment.toml"_s, deploymentToml(context));
    out.folder(u"repository/conf/identity"_s);
    // Not rendered from deployment.toml: admins edit it in place, which the
    // customization checks look for.
    out.file(u"repository/conf/log4j2.properties"_s, log4j2Properties());

    const QStringList plugins {
        u"org.wso2.carbon.core_%1.jar"_s.arg(kernel),
        u"org.wso2.carbon.user.core_%1.jar"_s.arg(kernel),
        u"org.wso2.carbon.registry.core_%1.jar"_s.arg(kernel),
        u"org.wso2.carbon.identity.core_%1.jar"_s.arg(context.framework),
        u"org.wso2.carbon.identity.application.authentication.framework_%1.jar"_s.arg(context.framework),
        u"org.wso2.carbon.identity.oauth_%1.jar"_s.arg(context.oauth),
        u"h2_%1.wso2v1.jar"_s.arg(h2Version(context.release.version)),
    };
    for (const QString& jar : plugins)
        out.bytes(u"repository/components/plugins/"_s + jar, {});
    out.folder(u"repository/components/dropins"_s);
    out.folder(u"repository/components/lib"_s);

    // Placeholders: the bytes are not a keystore, only the names matter here.
    out.bytes(u"repository/resources/security/wso2carbon.%1"_s.arg(suffix), "sample keystore placeholder\n");
    out.bytes(u"repository/resources/security/client-truststore.%1"_s.arg(suffix),
        "sample truststore placeholder\n");

    out.folder(u"repository/deployment/server/userstores"_s);
    QStringList webApps { u"authenticationendpoint/WEB-INF/web.xml"_s,
        u"accountrecoveryendpoint/WEB-INF/web.xml"_s };
    if (context.atLeast(7, 0))
        webApps << u"console/index.html"_s << u"myaccount/index.html"_s;
    for (const QString& file : std::as_const(webApps))
        out.file(
            u"repository/deployment/server/webapps/"_s + file, u"<!-- sample web app placeholder -->\n"_s);
    for (const QString& war :
        { u"oauth2.war"_s, u"api#identity#user#v1.0.war"_s, u"api#identity#recovery#v0.9.war"_s })
        out.bytes(u"repository/deployment/server/webapps/"_s + war, {});

    out.folder(u"repository/tenants"_s);
    out.folder(u"repository/database"_s);
    out.file(u"repository/logs/wso2carbon.log"_s, carbonLog(context));

    // The project's own schema and cleanup procedures (CleanupSql): they run
    // for real, so a demonstration can install and call them. Restore scripts
    // exist too (CleanupSql::TokenRestore, SessionRestore) but are not part of
    // a sample home yet.
    for (const SqlDialect dialect : { SqlDialect::MySql, SqlDialect::PostgreSql }) {
        out.file(u"dbscripts/identity/"_s + cleanupSqlHomePath(dialect, CleanupSql::IdentitySchema),
            cleanupSqlText(dialect, CleanupSql::IdentitySchema));
        for (const CleanupSql script : { CleanupSql::TokenCleanup, CleanupSql::SessionCleanup })
            out.file(u"dbscripts/identity/stored-procedures/"_s + cleanupSqlHomePath(dialect, script),
                cleanupSqlText(dialect, script));
    }

    // A fixed time long before any test or demo runs: what comes after it
    // (the customizations below) was changed after unpacking.
    out.stampWritten(QDateTime::fromSecsSinceEpoch(kUnpackedAtSecs));

    if (context.options.rebuiltCustomJars) {
        out.bytes(u"repository/components/dropins/com.example.identity.authenticator.otp-1.3.0.jar"_s, {});
        out.bytes(u"repository/components/lib/com.example.claim.mapper-2.1.0.jar"_s, {});
        switch (context.options.database) {
        case SampleDatabase::MySql:
            out.bytes(u"repository/components/lib/mysql-connector-j-9.1.0.jar"_s, {});
            break;
        case SampleDatabase::PostgreSql:
            out.bytes(u"repository/components/lib/postgresql-42.7.5.jar"_s, {});
            break;
        case SampleDatabase::H2:
            break;
        }
    }

    if (context.options.customizations) {
        out.file(u"repository/conf/log4j2.properties"_s,
            log4j2Properties()
                + u"\n# Added by the admin: authentication decisions for the audit team.\n"
                  u"logger.example-auth.name = com.example.identity.authenticator\n"
                  u"logger.example-auth.level = DEBUG\n"_s);
        out.file(u"repository/conf/identity/example-claim-mappings.xml"_s,
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            u"<!-- The admin's own file, written by the IS Migration Wizard for a sample home. -->\n"
            u"<ClaimMappings>\n"
            u"    <Mapping local=\"http://wso2.org/claims/department\" external=\"ou\"/>\n"
            u"</ClaimMappings>\n"_s);
        out.bytes(u"repository/components/dropins/com.example.identity.authenticator.otp-1.2.0.jar"_s, {});
        out.bytes(u"repository/components/lib/com.example.claim.mapper-2.0.1.jar"_s, {});
        switch (context.options.database) {
        case SampleDatabase::MySql:
            out.bytes(u"repository/components/lib/mysql-connector-j-8.4.0.jar"_s, {});
            break;
        case SampleDatabase::PostgreSql:
            out.bytes(u"repository/components/lib/postgresql-42.7.4.jar"_s, {});
            break;
        case SampleDatabase::H2:
            break;
        }
        out.file(u"repository/deployment/server/userstores/CORP.xml"_s, userStoreXml(context));
        out.bytes(u"repository/resources/security/partner-signing.%1"_s.arg(suffix),
            "sample keystore placeholder\n");
        out.bytes(u"repository/deployment/server/webapps/example-selfservice.war"_s, {});
        out.folder(u"repository/tenants/1/userstores"_s);
    }
    return out.error().isEmpty();
}

} // namespace

bool writeSampleIsHome(
    const QString& dir, const QString& release, const SampleHomeOptions& opts, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<IsRelease> known = findIsRelease(parseReleaseVersion(release));
    if (!known)
        return fail(QCoreApplication::translate("Ismw::SampleHome",
            "There is no sample home for WSO2 Identity Server %1: choose one of the releases from %2 to %3.")
                        .arg(release, oldestKnownRelease().versionString(),
                            latestKnownRelease().versionString()));

    const QDir target(dir);
    if (QFileInfo(dir).exists()) {
        if (!QFileInfo(dir).isDir())
            return fail(
                QCoreApplication::translate("Ismw::SampleHome", "%1 is a file; a sample home needs a folder.")
                    .arg(QDir::toNativeSeparators(dir)));
        // Never write into a folder that holds anything: it could be a real home.
        if (!target.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(QCoreApplication::translate("Ismw::SampleHome",
                "%1 is not empty; a sample home is written only into a new or empty folder.")
                            .arg(QDir::toNativeSeparators(dir)));
    }
    if (!QDir().mkpath(dir))
        return fail(QCoreApplication::translate("Ismw::SampleHome", "Could not create the folder %1.")
                        .arg(QDir::toNativeSeparators(dir)));

    Context context { *known, opts, {}, {} };
    for (const ComponentVersions& components : kComponents)
        if (QStringView(components.release) == context.version()) {
            context.framework = QString::fromUtf16(components.framework);
            context.oauth = QString::fromUtf16(components.oauth);
        }

    Writer out(dir);
    if (!writeHome(out, context))
        return fail(out.error());
    return true;
}

} // namespace Ismw
