// SPDX-License-Identifier: Apache-2.0
// The project's own identity schema and cleanup procedures (resources/
// cleanup-sql/, as a sample IS home ships them) on the real PostgreSQL 17 and
// MariaDB 11.8 servers: installed through the script splitter, found through
// script discovery, tuned through the knobs, called, and checked row by row:
// inactive, revoked and expired tokens and sessions go, live ones and those
// within the safe period stay, backups hold exactly what went and the restore
// procedures put it back, progress arrives (notices on PostgreSQL, INFO LOG
// result sets on MariaDB). Each test works in a database (MariaDB) or schema
// (PostgreSQL) of its own, dropped afterwards.
#include "DbServers.h"

#include "database/CleanupScripts.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseCredentials.h"
#include "database/ScriptKnobs.h"
#include "database/SqlScriptSplitter.h"
#include "demo/CleanupSql.h"
#include "demo/SampleHome.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

// Access tokens: how old, how long they live, and whether the cleanup removes
// them (safe period 2 h). Minutes before now; -1 = NULL refresh token.
struct TokenRow
{
    const char* id;
    const char* state;
    int createdMinutesAgo;
    qint64 validityMs;
    int refreshCreatedMinutesAgo;
    qint64 refreshValidityMs;
    bool removed;
};
constexpr qint64 kHour = 3'600'000;
const TokenRow kTokens[] = {
    { "t-active-fresh", "ACTIVE", 10, kHour, 10, 24 * kHour, false },
    { "t-active-ended-30min-ago", "ACTIVE", 90, kHour, -1, 0, false }, // within the safe period
    { "t-active-ended-110min-ago", "ACTIVE", 170, kHour, -1, 0, false }, // just within it
    { "t-active-ended-130min-ago", "ACTIVE", 190, kHour, -1, 0, true }, // just past it
    { "t-active-ended-4h-ago", "ACTIVE", 300, kHour, -1, 0, true },
    { "t-active-refresh-alive", "ACTIVE", 300, kHour, 300, 24 * kHour, false },
    { "t-active-refresh-ended", "ACTIVE", 1800, kHour, 1800, 24 * kHour, true },
    { "t-active-never-expires", "ACTIVE", 1'440'000, -1, -1, 0, false }, // negative validity: forever
    { "t-active-long-max", "ACTIVE", 300, std::numeric_limits<qint64>::max(), -1, 0, false }, // no overflow
    { "t-inactive", "INACTIVE", 5, kHour, 5, 24 * kHour, true },
    { "t-revoked", "REVOKED", 60, kHour, -1, 0, true },
    { "t-expired", "EXPIRED", 600, kHour, -1, 0, true },
};

struct CodeRow
{
    const char* id;
    const char* state;
    int createdMinutesAgo;
    qint64 validityMs;
    bool removed;
};
const CodeRow kCodes[] = {
    { "c-active-fresh", "ACTIVE", 1, 300'000, false },
    { "c-active-ended-55min-ago", "ACTIVE", 60, 300'000, false },
    { "c-active-ended-175min-ago", "ACTIVE", 180, 300'000, true },
    { "c-inactive", "INACTIVE", 1, 300'000, true },
    { "c-expired", "EXPIRED", 30, 300'000, true },
    { "c-revoked", "REVOKED", 30, 300'000, true },
};

// Session store rows; expiry in minutes from now, kNoExpiry for rows of older releases.
constexpr int kNoExpiry = std::numeric_limits<int>::min();
struct SessionRow
{
    const char* id;
    const char* type;
    const char* operation;
    int createdMinutesAgo;
    int expiresInMinutes;
    bool removed;
};
const SessionRow kSessions[] = {
    { "s-expired", "AppAuthFrameworkSessionContextCache", "STORE", 600, -180, true },
    { "s-expired", "AuthenticationContextCache", "STORE", 600, -180, true },
    { "s-live", "AppAuthFrameworkSessionContextCache", "STORE", 30, 60, false },
    { "s-expired-30min-ago", "AppAuthFrameworkSessionContextCache", "STORE", 120, -30, false }, // safe period
    { "s-legacy-old", "AppAuthFrameworkSessionContextCache", "STORE", 20 * 1440, kNoExpiry, true },
    { "s-legacy-new", "AppAuthFrameworkSessionContextCache", "STORE", 2 * 1440, kNoExpiry, false },
    { "s-mixed", "AppAuthFrameworkSessionContextCache", "STORE", 600, 60, false },
    { "s-mixed", "AuthenticationContextCache", "DELETE", 600, -180, true },
};
// Sessions with rows in the three mapping tables, and whether those go.
const std::pair<const char*, bool> kMappedSessions[] = {
    { "s-expired", true }, // all its store rows went
    { "s-legacy-old", true },
    { "s-live", false },
    { "s-mixed", false }, // one of its rows is still there
    { "s-never-stored", false }, // not removed by this run: not this run's business
};
struct FedRow
{
    const char* idpSession;
    const char* session;
    int createdMinutesAgo;
    bool removed;
};
const FedRow kFederated[] = {
    { "idp-expired", "s-expired", 600, true },
    { "idp-live", "s-live", 600, false },
    { "idp-orphan-new", "s-orphan-new", 10, false }, // within the safe period
    { "idp-orphan-old", "s-orphan-old", 300, true },
    { "idp-recent", "s-expired-30min-ago", 300, false }, // its session is still there
};

QStringList expectedIds(bool removed)
{
    QStringList out;
    for (const TokenRow& row : kTokens)
        if (row.removed == removed)
            out << QString::fromLatin1(row.id);
    out.sort();
    return out;
}

QStringList expectedCodes(bool removed)
{
    QStringList out;
    for (const CodeRow& row : kCodes)
        if (row.removed == removed)
            out << QString::fromLatin1(row.id);
    out.sort();
    return out;
}

QStringList expectedSessionRows(bool removed)
{
    QStringList out;
    for (const SessionRow& row : kSessions)
        if (row.removed == removed)
            out << u"%1/%2/%3"_s.arg(QLatin1StringView(row.id), QLatin1StringView(row.type), QLatin1StringView(row.operation));
    out.sort();
    return out;
}

} // namespace

class CleanupSqlTest : public QObject
{
    Q_OBJECT

    DbServers::Settings m_servers;
    QTemporaryDir m_homeDir;
    QString m_home; // a sample IS home with the scripts, as the wizard finds them

    // The scratch database (MariaDB) or schema (PostgreSQL) of the running test.
    DbServers::Scratch m_scratch;

    bool pg() const { return m_scratch.pg(); }
    SqlDialect dialect() const { return m_scratch.dialect(); }
    DatabaseConnection* db() const { return m_scratch.connection(); }

    QString exec(const QString& sql) { return m_scratch.exec(sql); }

    // A scratch database or schema for this test, with the schema installed.
    QString prepare(const QString& prefix) { return m_scratch.create(prefix, u"ismw_cleanup_"_s); }

    // Runs a script statement by statement, as the splitter cuts it (DELIMITER, $$ …).
    QString runScript(const QString& text) { return m_scratch.runScript(text); }

    // CALLs a procedure and returns its progress messages: PostgreSQL notices,
    // or the INFO LOG result sets of MariaDB.
    QStringList call(const QString& procedure, QString* error)
    {
        QStringList messages;
        if (pg())
            db()->setNoticeHandler([&messages](const ServerNotice& notice) { messages << notice.message; });
        QSqlQuery query(db()->database());
        query.setForwardOnly(true);
        if (!query.exec(u"CALL %1()"_s.arg(procedure)))
            *error = query.lastError().text();
        else if (!pg()) {
            do {
                if (query.isSelect()) {
                    if (query.record().fieldName(0) != "INFO LOG"_L1)
                        *error = u"a result set with the column %1"_s.arg(query.record().fieldName(0));
                    while (query.next())
                        messages << query.value(0).toString();
                }
            } while (query.nextResult());
            if (query.lastError().isValid())
                *error = query.lastError().text();
        }
        if (pg())
            db()->setNoticeHandler({});
        if (qEnvironmentVariableIsSet("ISMW_SHOW_PROGRESS"))
            qInfo().noquote() << messages.join(u'\n');
        return messages;
    }

    QStringList column(const QString& sql)
    {
        QStringList out;
        QSqlQuery query(db()->database());
        if (!query.exec(sql))
            return { u"ERROR: "_s + query.lastError().text() };
        while (query.next()) {
            QStringList parts;
            for (int i = 0; i < query.record().count(); ++i)
                parts << query.value(i).toString();
            out << parts.join(u'/');
        }
        out.sort();
        return out;
    }

    bool tableExists(const QString& name)
    {
        const QString sql = pg() ? u"SELECT to_regclass('%1') IS NOT NULL"_s.arg(name)
                                 : u"SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                                   u"AND TABLE_NAME = '%1'"_s.arg(name);
        QSqlQuery query(db()->database());
        return query.exec(sql) && query.next() && query.value(0).toBool();
    }

    QString bak(const QString& table) const { return pg() ? u"bak_"_s + table.toLower() : u"BAK_"_s + table; }

    QString minutesAgo(int minutes) const
    {
        return pg() ? u"(now() AT TIME ZONE 'UTC') - make_interval(mins => %1)"_s.arg(minutes)
                    : u"NOW(6) - INTERVAL %1 MINUTE"_s.arg(minutes);
    }

    QString insertTokens()
    {
        for (const TokenRow& row : kTokens) {
            const QString refresh = row.refreshCreatedMinutesAgo < 0 ? u"NULL"_s : minutesAgo(row.refreshCreatedMinutesAgo);
            const QString sql = u"INSERT INTO IDN_OAUTH2_ACCESS_TOKEN (TOKEN_ID, ACCESS_TOKEN, CONSUMER_KEY_ID, "
                                u"AUTHZ_USER, TENANT_ID, TOKEN_STATE, TIME_CREATED, VALIDITY_PERIOD, "
                                u"REFRESH_TOKEN_TIME_CREATED, REFRESH_TOKEN_VALIDITY_PERIOD) VALUES ('%1', 'at-%1', 1, "
                                u"'admin', -1234, '%2', %3, %4, %5, %6)"_s.arg(QLatin1StringView(row.id),
                                    QLatin1StringView(row.state), minutesAgo(row.createdMinutesAgo))
                                    .arg(row.validityMs)
                                    .arg(refresh)
                                    .arg(row.refreshValidityMs);
            if (const QString failed = exec(sql); !failed.isEmpty())
                return failed;
        }
        for (const CodeRow& row : kCodes) {
            const QString sql = u"INSERT INTO IDN_OAUTH2_AUTHORIZATION_CODE (CODE_ID, AUTHORIZATION_CODE, "
                                u"CONSUMER_KEY_ID, TIME_CREATED, VALIDITY_PERIOD, STATE) VALUES ('%1', 'code-%1', 1, "
                                u"%2, %3, '%4')"_s.arg(QLatin1StringView(row.id), minutesAgo(row.createdMinutesAgo))
                                    .arg(row.validityMs)
                                    .arg(QLatin1StringView(row.state));
            if (const QString failed = exec(sql); !failed.isEmpty())
                return failed;
        }
        return {};
    }

    QString insertSessions()
    {
        // Nanoseconds, from this machine's clock: the servers run here too.
        const qint64 nowNs = QDateTime::currentMSecsSinceEpoch() * 1'000'000;
        constexpr qint64 kMinuteNs = 60'000'000'000;
        for (const SessionRow& row : kSessions) {
            const QString expiry = row.expiresInMinutes == kNoExpiry
                ? u"NULL"_s
                : QString::number(nowNs + row.expiresInMinutes * kMinuteNs);
            const QString sql = u"INSERT INTO IDN_AUTH_SESSION_STORE (SESSION_ID, SESSION_TYPE, OPERATION, "
                                u"SESSION_OBJECT, TIME_CREATED, TENANT_ID, EXPIRY_TIME) VALUES ('%1', '%2', '%3', "
                                u"NULL, %4, -1234, %5)"_s.arg(QLatin1StringView(row.id), QLatin1StringView(row.type),
                                    QLatin1StringView(row.operation))
                                    .arg(nowNs - row.createdMinutesAgo * kMinuteNs)
                                    .arg(expiry);
            if (const QString failed = exec(sql); !failed.isEmpty())
                return failed;
        }
        for (const auto& [id, removed] : kMappedSessions) {
            Q_UNUSED(removed)
            const QLatin1StringView session(id);
            const QString valueColumn = pg() ? u"VALUE"_s : u"`VALUE`"_s;
            for (const QString& sql :
                { u"INSERT INTO IDN_AUTH_USER_SESSION_MAPPING (USER_ID, SESSION_ID) VALUES ('user-of-%1', '%1')"_s.arg(session),
                    u"INSERT INTO IDN_AUTH_SESSION_APP_INFO (SESSION_ID, SUBJECT, APP_ID, INBOUND_AUTH_TYPE) "
                    u"VALUES ('%1', 'admin', 7, 'oauth2')"_s.arg(session),
                    u"INSERT INTO IDN_AUTH_SESSION_META_DATA (SESSION_ID, PROPERTY_TYPE, %1) "
                    u"VALUES ('%2', 'IP', '10.0.0.1')"_s.arg(valueColumn, session) }) {
                if (const QString failed = exec(sql); !failed.isEmpty())
                    return failed;
            }
        }
        for (const FedRow& row : kFederated) {
            const QString sql = u"INSERT INTO IDN_FED_AUTH_SESSION_MAPPING (IDP_SESSION_ID, SESSION_ID, IDP_NAME, "
                                u"AUTHENTICATOR_ID, PROTOCOL_TYPE, TIME_CREATED, TENANT_ID, IDP_ID) VALUES ('%1', '%2', "
                                u"'corp-idp', 'SAMLSSOAuthenticator', 'samlsso', %3, -1234, 3)"_s.arg(
                                    QLatin1StringView(row.idpSession), QLatin1StringView(row.session),
                                    minutesAgo(row.createdMinutesAgo));
            if (const QString failed = exec(sql); !failed.isEmpty())
                return failed;
        }
        return {};
    }

    // The cleanup or restore script as the sample home ships it, found the
    // way the wizard finds it, with knobs changed as the admin would.
    QString installFromHome(const QString& kind, bool restore, const QMap<QString, QString>& knobs, QString* procedure)
    {
        const auto found = discoverCleanupScripts(m_home, dialect(), QVersionNumber::fromString(m_scratch.value(u"VERSION"_s)));
        if (!found)
            return found.error();
        for (const CleanupScript& script : found->scripts) {
            if (script.kind != kind)
                continue;
            const QString path = restore ? script.restorePath : script.path;
            QFile file(path);
            if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
                return u"no %1 script of kind %2 in the sample home"_s.arg(restore ? u"restore"_s : u"cleanup"_s, kind);
            QString text = QString::fromUtf8(file.readAll());
            if (!knobs.isEmpty()) {
                const auto changed = applyKnobValues(text, dialect(), knobs);
                if (!changed)
                    return changed.error();
                text = *changed;
            }
            *procedure = restore ? script.restoreProcedureName : script.procedureName;
            return runScript(text);
        }
        return u"no script of kind %1 in the sample home"_s.arg(kind);
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
        QVERIFY(m_homeDir.isValid());
        m_home = m_homeDir.filePath(u"wso2is-7.1.0"_s);
        QString error;
        QVERIFY2(writeSampleIsHome(m_home, u"7.1.0"_s, {}, &error), qPrintable(error));
        // The sample home has no restore scripts yet: put ours beside the cleanup scripts.
        for (const SqlDialect d : { SqlDialect::MySql, SqlDialect::PostgreSql }) {
            for (const CleanupSql script : { CleanupSql::TokenRestore, CleanupSql::SessionRestore }) {
                QFile file(m_home + u"/dbscripts/identity/stored-procedures/"_s + cleanupSqlHomePath(d, script));
                QVERIFY(file.open(QIODevice::WriteOnly));
                QVERIFY(file.write(cleanupSqlText(d, script).toUtf8()) > 0);
            }
        }
    }

    void cleanup() { m_scratch.drop(); }

    void tokens_data() { addServers(); }

    // With the knobs as shipped: the right rows go, progress is reported.
    void tokens()
    {
        QFETCH(QString, prefix);
        const QString prepared = prepare(prefix);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QString procedure;
        const QString installed = installFromHome(u"token"_s, false, {}, &procedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        QCOMPARE(procedure, u"WSO2_TOKEN_CLEANUP_SP"_s);
        const QString inserted = insertTokens();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

        QString error;
        const QStringList messages = call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN"_s), expectedIds(false));
        QCOMPARE(column(u"SELECT CODE_ID FROM IDN_OAUTH2_AUTHORIZATION_CODE"_s), expectedCodes(false));

        const QString text = messages.join(u'\n');
        QVERIFY(!messages.isEmpty());
        QVERIFY2(messages.first().startsWith(u"WSO2_TOKEN_CLEANUP_SP started"_s), qPrintable(text));
        QVERIFY2(text.contains(u"IDN_OAUTH2_ACCESS_TOKEN: %1 rows before the cleanup"_s.arg(std::size(kTokens))), qPrintable(text));
        QVERIFY2(text.contains(u"IDN_OAUTH2_ACCESS_TOKEN: %1 tokens removed, %2 rows left"_s.arg(expectedIds(true).size())
                                   .arg(expectedIds(false).size())),
            qPrintable(text));
        QVERIFY2(text.contains(u"IDN_OAUTH2_AUTHORIZATION_CODE: %1 codes removed"_s.arg(expectedCodes(true).size())),
            qPrintable(text));
        QVERIFY2(messages.last().startsWith(u"WSO2_TOKEN_CLEANUP_SP finished"_s), qPrintable(text));

        // Backups as shipped: on in the MySQL script, off in the PostgreSQL one.
        if (pg()) {
            QVERIFY(!tableExists(bak(u"IDN_OAUTH2_ACCESS_TOKEN"_s)));
        } else {
            QCOMPARE(column(u"SELECT TOKEN_ID FROM BAK_IDN_OAUTH2_ACCESS_TOKEN"_s), expectedIds(true));
            QCOMPARE(column(u"SELECT CODE_ID FROM BAK_IDN_OAUTH2_AUTHORIZATION_CODE"_s), expectedCodes(true));
        }
        // The working tables are gone again.
        QVERIFY(!tableExists(u"WSO2_TOKEN_CLEANUP_CHUNK"_s) && !tableExists(u"wso2_token_cleanup_chunk"_s));

        // A second run finds nothing more.
        const QStringList again = call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(again.join(u'\n').contains(u"IDN_OAUTH2_ACCESS_TOKEN: 0 tokens removed"_s));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN"_s), expectedIds(false));
    }

    void tokensInBatchesWithBackupAndRestore_data() { addServers(); }

    // Small batches and chunks, backups on, the database's own knobs too:
    // the same rows go, batch by batch; the backup holds them; the restore
    // puts them back; each run makes its backup anew.
    void tokensInBatchesWithBackupAndRestore()
    {
        QFETCH(QString, prefix);
        const QString prepared = prepare(prefix);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QMap<QString, QString> knobs { { u"batchSize"_s, u"2"_s }, { u"chunkSize"_s, u"3"_s },
            { u"checkCount"_s, u"1"_s }, { u"sleepTime"_s, u"0"_s }, { u"backupTables"_s, u"TRUE"_s },
            { u"enableAudit"_s, u"TRUE"_s } };
        if (pg()) {
            knobs.insert(u"enableReindexing"_s, u"TRUE"_s);
            knobs.insert(u"enableTblAnalyzing"_s, u"TRUE"_s);
        }
        QString procedure;
        QString restoreProcedure;
        QString installed = installFromHome(u"token"_s, false, knobs, &procedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        installed = installFromHome(u"token"_s, true, {}, &restoreProcedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        QVERIFY(restoreProcedure.contains(u"RESTOR"_s));
        const QString inserted = insertTokens();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        const QStringList allTokens = column(u"SELECT TOKEN_ID, VALIDITY_PERIOD, REFRESH_TOKEN_VALIDITY_PERIOD FROM "
                                             u"IDN_OAUTH2_ACCESS_TOKEN"_s);

        QString error;
        const QStringList messages = call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN"_s), expectedIds(false));
        QCOMPARE(column(u"SELECT CODE_ID FROM IDN_OAUTH2_AUTHORIZATION_CODE"_s), expectedCodes(false));
        const QString text = messages.join(u'\n');
        // Only the procedure's own messages: no "… does not exist, skipping" from the server.
        QVERIFY2(messages.filter(u"skipping"_s).isEmpty(), qPrintable(text));
        // 6 tokens in chunks of 3 and batches of 2: 2+1, 2+1, then an empty chunk ends it.
        QCOMPARE(expectedIds(true).size(), 6);
        QCOMPARE(messages.filter(u"IDN_OAUTH2_ACCESS_TOKEN: batch removed"_s).size(), 4);
        QCOMPARE(messages.filter(u"IDN_OAUTH2_ACCESS_TOKEN: chunk"_s).size(), 3);
        QVERIFY2(text.contains(u"IDN_OAUTH2_ACCESS_TOKEN: batch removed 1 tokens, 6 so far"_s), qPrintable(text));
        if (pg()) {
            QVERIFY2(text.contains(u"Indexes of IDN_OAUTH2_ACCESS_TOKEN and IDN_OAUTH2_AUTHORIZATION_CODE rebuilt"_s),
                qPrintable(text));
            QVERIFY2(text.contains(u"Planner statistics"_s), qPrintable(text));
        }
        QCOMPARE(column(u"SELECT TOKEN_ID FROM %1"_s.arg(bak(u"IDN_OAUTH2_ACCESS_TOKEN"_s))), expectedIds(true));
        QCOMPARE(column(u"SELECT CODE_ID FROM %1"_s.arg(bak(u"IDN_OAUTH2_AUTHORIZATION_CODE"_s))), expectedCodes(true));
        const QString audit = pg() ? u"auditlog_idn_oauth2_access_token_cleanup"_s
                                   : u"AUDITLOG_IDN_OAUTH2_ACCESS_TOKEN_CLEANUP"_s;
        QCOMPARE(column(u"SELECT TOKEN_ID FROM %1"_s.arg(audit)), expectedIds(true));

        // Restore: every row is back as it was; a second restore adds nothing.
        QStringList restored = call(restoreProcedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(u"SELECT TOKEN_ID, VALIDITY_PERIOD, REFRESH_TOKEN_VALIDITY_PERIOD FROM IDN_OAUTH2_ACCESS_TOKEN"_s),
            allTokens);
        QCOMPARE(column(u"SELECT CODE_ID FROM IDN_OAUTH2_AUTHORIZATION_CODE"_s).size(), qsizetype(std::size(kCodes)));
        QVERIFY2(restored.join(u'\n').contains(u"IDN_OAUTH2_ACCESS_TOKEN: 6 tokens restored"_s),
            qPrintable(restored.join(u'\n')));
        restored = call(restoreProcedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(restored.join(u'\n').contains(u"IDN_OAUTH2_ACCESS_TOKEN: 0 tokens restored"_s));

        // Clean again: the same rows go, the audit keeps both runs, and a run
        // that removes nothing leaves an empty backup (made anew each time).
        call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN"_s), expectedIds(false));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM %1"_s.arg(audit)).size(), 2 * expectedIds(true).size());
        call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(tableExists(bak(u"IDN_OAUTH2_ACCESS_TOKEN"_s)));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM %1"_s.arg(bak(u"IDN_OAUTH2_ACCESS_TOKEN"_s))), QStringList());
    }

    void sessions_data()
    {
        addServers();
    }

    // The session store, the mappings of the sessions that are gone, the
    // federated mappings; backups and restore; tiny batches.
    void sessions()
    {
        QFETCH(QString, prefix);
        const QString prepared = prepare(prefix);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QMap<QString, QString> knobs { { u"batchSize"_s, u"1"_s }, { u"chunkSize"_s, u"2"_s },
            { u"checkCount"_s, u"1"_s }, { u"sleepTime"_s, u"0"_s }, { u"backupTables"_s, u"TRUE"_s } };
        if (!pg())
            knobs.insert(u"tracingEnabled"_s, u"TRUE"_s);
        QString procedure;
        QString restoreProcedure;
        QString installed = installFromHome(u"session"_s, false, knobs, &procedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        QCOMPARE(procedure, pg() ? u"WSO2_SESSION_DATA_CLEANUP_SP"_s : u"CLEANUP_SESSION_DATA"_s);
        installed = installFromHome(u"session"_s, true, {}, &restoreProcedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        const QString inserted = insertSessions();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));

        const QString storeRows = u"SELECT SESSION_ID, SESSION_TYPE, OPERATION FROM IDN_AUTH_SESSION_STORE"_s;
        const QStringList mappingQueries { u"SELECT USER_ID, SESSION_ID FROM IDN_AUTH_USER_SESSION_MAPPING"_s,
            u"SELECT SESSION_ID, SUBJECT, APP_ID FROM IDN_AUTH_SESSION_APP_INFO"_s,
            u"SELECT SESSION_ID, PROPERTY_TYPE FROM IDN_AUTH_SESSION_META_DATA"_s };
        const QString fedRows = u"SELECT IDP_SESSION_ID FROM IDN_FED_AUTH_SESSION_MAPPING"_s;
        QStringList before;
        for (const QString& sql : std::as_const(mappingQueries))
            before << column(sql);
        const QStringList fedBefore = column(fedRows);

        QString error;
        const QStringList messages = call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = messages.join(u'\n');

        QCOMPARE(column(storeRows), expectedSessionRows(false));
        QSet<QString> keptSessions;
        QSet<QString> goneSessions;
        for (const auto& [id, removed] : kMappedSessions)
            (removed ? goneSessions : keptSessions).insert(QString::fromLatin1(id));
        for (const QString& sql : std::as_const(mappingQueries)) {
            for (const QString& row : column(sql)) {
                const QString session = row.contains(u"user-of-"_s) ? row.section(u'/', 1, 1) : row.section(u'/', 0, 0);
                QVERIFY2(keptSessions.contains(session), qPrintable(sql + u": "_s + row));
            }
            QCOMPARE(column(sql).size(), keptSessions.size());
        }
        QStringList fedKept;
        for (const FedRow& row : kFederated)
            if (!row.removed)
                fedKept << QString::fromLatin1(row.idpSession);
        fedKept.sort();
        QCOMPARE(column(fedRows), fedKept);

        QVERIFY2(text.contains(u"IDN_AUTH_SESSION_STORE: %1 rows removed, %2 rows left"_s.arg(expectedSessionRows(true).size())
                                   .arg(expectedSessionRows(false).size())),
            qPrintable(text));
        QVERIFY2(text.contains(u"Session mappings removed: 2 from IDN_AUTH_USER_SESSION_MAPPING, 2 from "
                               u"IDN_AUTH_SESSION_APP_INFO, 2 from IDN_AUTH_SESSION_META_DATA"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"IDN_FED_AUTH_SESSION_MAPPING: 2 rows removed"_s), qPrintable(text));
        QVERIFY2(messages.filter(u"skipping"_s).isEmpty(), qPrintable(text));
        // Batches of one row.
        QCOMPARE(messages.filter(u"IDN_AUTH_SESSION_STORE: batch removed 1 rows"_s).size(), expectedSessionRows(true).size());
        if (!pg())
            QVERIFY2(text.contains(u"rows of the sessions s-expired removed"_s), qPrintable(text));

        // The backups hold exactly what went.
        QStringList gone;
        for (const QString& row : expectedSessionRows(true))
            gone << row;
        QCOMPARE(column(u"SELECT SESSION_ID, SESSION_TYPE, OPERATION FROM %1"_s.arg(bak(u"IDN_AUTH_SESSION_STORE"_s))), gone);
        QCOMPARE(column(u"SELECT SESSION_ID FROM %1"_s.arg(bak(u"IDN_AUTH_SESSION_APP_INFO"_s))),
            (QStringList { u"s-expired"_s, u"s-legacy-old"_s }));
        QCOMPARE(column(u"SELECT IDP_SESSION_ID FROM %1"_s.arg(bak(u"IDN_FED_AUTH_SESSION_MAPPING"_s))),
            (QStringList { u"idp-expired"_s, u"idp-orphan-old"_s }));

        // Restore: everything is back.
        const QStringList restored = call(restoreProcedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(storeRows).size(), qsizetype(std::size(kSessions)));
        QStringList after;
        for (const QString& sql : std::as_const(mappingQueries))
            after << column(sql);
        QCOMPARE(after, before);
        QCOMPARE(column(fedRows), fedBefore);
        QVERIFY2(restored.join(u'\n').contains(u"IDN_AUTH_SESSION_STORE: 4 rows restored"_s), qPrintable(restored.join(u'\n')));
    }

    void sessionsAsShipped_data() { addServers(); }

    // The knobs as shipped: one batch, no pause.
    void sessionsAsShipped()
    {
        QFETCH(QString, prefix);
        const QString prepared = prepare(prefix);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QString procedure;
        const QString installed = installFromHome(u"session"_s, false, {}, &procedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        const QString inserted = insertSessions();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        QString error;
        const QStringList messages = call(procedure, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(column(u"SELECT SESSION_ID, SESSION_TYPE, OPERATION FROM IDN_AUTH_SESSION_STORE"_s),
            expectedSessionRows(false));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.first().contains(u"started"_s));
        QVERIFY(messages.last().contains(u"finished"_s));
        QCOMPARE(tableExists(bak(u"IDN_AUTH_SESSION_STORE"_s)), !pg());
    }

    void failureRollsBack_data() { addServers(); }

    // A batch that fails (here: the backup table is in the way with a
    // different shape) leaves the rows of that batch in place and reports the error.
    void failureRollsBack()
    {
        QFETCH(QString, prefix);
        const QString prepared = prepare(prefix);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        QString procedure;
        const QString installed = installFromHome(u"token"_s, false,
            { { u"backupTables"_s, u"TRUE"_s }, { u"sleepTime"_s, u"0"_s } }, &procedure);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));
        const QString inserted = insertTokens();
        QVERIFY2(inserted.isEmpty(), qPrintable(inserted));
        // Make the first DELETE fail: a trigger that refuses deleting.
        const QString trigger = pg()
            ? u"CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
              u"RAISE EXCEPTION 'deleting is refused'; END $$"_s
            : u"CREATE TRIGGER refuse_delete BEFORE DELETE ON IDN_OAUTH2_ACCESS_TOKEN FOR EACH ROW "
              u"SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'deleting is refused'"_s;
        QString failed = exec(trigger);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        if (pg()) {
            failed = exec(u"CREATE TRIGGER refuse_delete BEFORE DELETE ON IDN_OAUTH2_ACCESS_TOKEN FOR EACH ROW "
                          u"EXECUTE FUNCTION refuse_delete()"_s);
            QVERIFY2(failed.isEmpty(), qPrintable(failed));
        }
        QString error;
        call(procedure, &error);
        QVERIFY2(error.contains(u"deleting is refused"_s), qPrintable(error));
        QCOMPARE(column(u"SELECT TOKEN_ID FROM IDN_OAUTH2_ACCESS_TOKEN"_s).size(), qsizetype(std::size(kTokens)));
        // The backup of the failed batch was rolled back with it.
        QCOMPARE(column(u"SELECT TOKEN_ID FROM %1"_s.arg(bak(u"IDN_OAUTH2_ACCESS_TOKEN"_s))), QStringList());
        // The session is usable afterwards (MariaDB: its time zone is back).
        if (!pg())
            QCOMPARE(column(u"SELECT @@session.time_zone = @@global.time_zone"_s), QStringList { u"1"_s });
    }
};

QTEST_GUILESS_MAIN(CleanupSqlTest)
#include "cleanupsql_test.moc"
