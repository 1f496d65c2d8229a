// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigMigrator.h"
#include "demo/SampleHome.h"
#include "secrets/SecretRedactor.h"

#include <QDir>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString& name)
{
    return QDir(qEnvironmentVariable("ISMW_TEST_DATA")).filePath(name);
}

TomlDocument loadFixture(const QString& name)
{
    auto doc = TomlDocument::load(dataPath(name));
    if (!doc)
        qFatal("%s", qPrintable(doc.error().toString()));
    return *doc;
}

const QVersionNumber kLatest(7, 3, 0);

void addFixtureRows()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("from");
    QTest::newRow("5.9.0 ldap mysql") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s;
    QTest::newRow("5.10.0 ad postgresql") << u"custom-5.10.0-ad-postgresql.toml"_s << u"5.10.0"_s;
    QTest::newRow("5.11.0 ldap mssql") << u"custom-5.11.0-ldap-mssql.toml"_s << u"5.11.0"_s;
    QTest::newRow("6.0.0 jdbc oracle") << u"custom-6.0.0-jdbc-oracle.toml"_s << u"6.0.0"_s;
    QTest::newRow("7.0.0 jdbc mysql") << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s;
    QTest::newRow("7.1.0 h2") << u"custom-7.1.0-h2-dev.toml"_s << u"7.1.0"_s;
}

// "kind path = value" for comparing change lists whatever their order.
QSet<QString> changeKeys(const QList<ConfigChange>& changes)
{
    QSet<QString> keys;
    for (const ConfigChange& c : changes) {
        const ChangeKind kind = c.kind == ChangeKind::TypeChanged ? ChangeKind::Changed : c.kind;
        keys.insert(changeKindName(kind) + u' ' + c.path + u" = "_s + c.newValue);
    }
    return keys;
}

// What the applied edits must do to the old file, worked out here from the
// edits alone: the test's own replay, not the migrator's.
QSet<QString> expectedChangeKeys(
    const TomlDocument& old, const MigrationPlan& plan, const QStringList& applied)
{
    QHash<QString, QString> state;
    for (const TomlEntry& e : old.entries())
        state.insert(e.path, e.value);
    for (const ProposedEdit& edit : plan.edits) {
        if (!applied.contains(edit.id))
            continue;
        switch (edit.kind) {
        case ProposedEdit::Kind::Rename:
            state.insert(edit.newPath, state.take(edit.path));
            break;
        case ProposedEdit::Kind::Remove:
            state.remove(edit.path);
            break;
        case ProposedEdit::Kind::Set:
        case ProposedEdit::Kind::AddFromDefault:
            state.insert(edit.path, edit.newValue);
            break;
        }
    }
    QSet<QString> keys;
    for (const TomlEntry& e : old.entries()) {
        if (!state.contains(e.path))
            keys.insert(u"removed "_s + e.path + u" = "_s);
        else if (state.value(e.path) != e.value)
            keys.insert(u"changed "_s + e.path + u" = "_s + state.value(e.path));
    }
    for (auto it = state.cbegin(); it != state.cend(); ++it)
        if (!old.contains(it.key()))
            keys.insert(u"added "_s + it.key() + u" = "_s + it.value());
    return keys;
}

QStringList editIds(const QList<ProposedEdit>& edits)
{
    QStringList ids;
    for (const ProposedEdit& e : edits)
        ids.append(e.id);
    return ids;
}

const ProposedEdit* findEdit(const MigrationPlan& plan, const QString& id)
{
    for (const ProposedEdit& e : plan.edits)
        if (e.id == id)
            return &e;
    return nullptr;
}

bool hasFinding(const MigrationPlan& plan, const QString& ruleId, Severity severity)
{
    return std::ranges::any_of(
        plan.findings, [&](const ConfigFinding& f) { return f.ruleId == ruleId && f.severity == severity; });
}

QString valueAt(const TomlDocument& doc, const QString& path)
{
    const TomlEntry* entry = doc.find(path);
    return entry ? entry->value : QString();
}

} // namespace

class ConfigMigratorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Each fixture twice: alone, and with the new home's default file.
    void chainOverFixture_data() { addFixtureRows(); }

    // From the fixture's release to the newest: the output parses, its diff
    // against the input is exactly the applied edits, and everything else
    // (values, references, comments) is carried over as it was.
    void chainOverFixture()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        for (const bool withDefault : { false, true }) {
            const TomlDocument old = loadFixture(fixture);
            const TomlDocument defaults = loadFixture(u"default-7.3.0.toml"_s);
            auto plan = planMigration(old, QVersionNumber::fromString(from), kLatest, ReleaseRules::builtIn(),
                withDefault ? &defaults : nullptr);
            QVERIFY2(plan, qPrintable(plan ? QString() : plan.error().toString()));
            QVERIFY(!plan->findings.isEmpty());
            auto result = applyMigration(old, *plan);
            QVERIFY2(result,
                qPrintable(result ? QString() : result.error().toString() + u'\n' + result.error().detail));

            QVERIFY(result->text.endsWith('\n'));
            auto reparsed = TomlDocument::parse(result->text, u"again.toml"_s);
            QVERIFY2(reparsed, qPrintable(reparsed ? QString() : reparsed.error().toString()));
            QCOMPARE(reparsed->entries().size(), result->document.entries().size());

            QCOMPARE(result->appliedEditIds, editIds(plan->edits));
            QCOMPARE(changeKeys(result->changes), expectedChangeKeys(old, *plan, result->appliedEditIds));
            QCOMPARE(changeKeys(diffDocuments(old, *reparsed)), changeKeys(result->changes));

            // Keys no edit touched: same value, same place in the path space.
            QSet<QString> touched;
            QHash<QString, QString> renamed;
            for (const ProposedEdit& e : plan->edits) {
                touched << e.path << e.newPath;
                if (e.kind == ProposedEdit::Kind::Rename)
                    renamed.insert(e.path, e.newPath);
            }
            QStringList removedComments;
            for (const TomlEntry& entry : old.entries()) {
                const QString now = renamed.value(entry.path, entry.path);
                const TomlEntry* after = result->document.find(now);
                if (!after) {
                    QVERIFY2(touched.contains(entry.path), qPrintable(entry.path + u" vanished"_s));
                    removedComments += entry.comments;
                    continue;
                }
                if (!touched.contains(entry.path))
                    QCOMPARE(after->value, entry.value);
                QCOMPARE(after->comments, entry.comments);
                // References stay verbatim, in the file text itself.
                static const QRegularExpression reference(uR"(\$ref\{|\$secret\{|\$\{env\.|\$\{carbon\.)"_s);
                if (reference.match(entry.rawValue).hasMatch()) {
                    QCOMPARE(after->rawValue, entry.rawValue);
                    QVERIFY2(result->text.contains(entry.rawValue.toUtf8()), qPrintable(entry.rawValue));
                }
            }
            // Every comment line of the old file is still there, table
            // comments and the file's closing comments included.
            for (const QByteArray& line : old.text().split('\n')) {
                const QByteArray comment = line.trimmed();
                if (!comment.startsWith('#') || removedComments.contains(QString::fromUtf8(comment)))
                    continue;
                QVERIFY2(result->text.contains(comment), comment.constData());
            }

            // Applying the same plan again gives the same bytes.
            auto again = applyMigration(old, *plan);
            QVERIFY(again);
            QCOMPARE(again->text, result->text);
        }
    }

    void editIdsStableAcrossRuns_data() { addFixtureRows(); }
    void editIdsStableAcrossRuns()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        const TomlDocument defaults = loadFixture(u"default-7.3.0.toml"_s);
        auto first = planMigration(loadFixture(fixture), QVersionNumber::fromString(from), kLatest,
            ReleaseRules::builtIn(), &defaults);
        auto second = planMigration(loadFixture(fixture), QVersionNumber::fromString(from), kLatest,
            ReleaseRules::builtIn(), &defaults);
        QVERIFY(first && second);
        QVERIFY(!first->edits.isEmpty());
        QCOMPARE(editIds(second->edits), editIds(first->edits));
        QSet<QString> unique;
        for (const ProposedEdit& e : first->edits) {
            QVERIFY2(!unique.contains(e.id), qPrintable(e.id));
            unique.insert(e.id);
            QCOMPARE(e.id, (e.ruleId.isEmpty() ? u"default"_s : e.ruleId) + u'@' + e.path);
            QVERIFY(!e.description.isEmpty());
        }
        QCOMPARE(second->findings.size(), first->findings.size());
        for (qsizetype i = 0; i < first->findings.size(); ++i) {
            QCOMPARE(second->findings.at(i).ruleId, first->findings.at(i).ruleId);
            QCOMPARE(second->findings.at(i).path, first->findings.at(i).path);
            QCOMPARE(second->findings.at(i).editId, first->findings.at(i).editId);
        }
    }

    // A finding about a key of the old file points at its line there, even
    // when an earlier step renamed it.
    void findingsPointIntoTheOldFile()
    {
        const TomlDocument old = loadFixture(u"custom-5.9.0-ldap-mysql.toml"_s);
        auto plan = planMigration(old, QVersionNumber(5, 9, 0), kLatest, ReleaseRules::builtIn());
        QVERIFY(plan);
        const TomlEntry* name = old.find(u"keystore.primary.name"_s);
        QVERIFY(name);
        bool sawRenameFinding = false;
        for (const ConfigFinding& f : plan->findings) {
            if (f.ruleId == u"5.10.0/keystore-primary-name"_s) {
                QCOMPARE(f.pos.line, name->pos.line);
                QCOMPARE(f.severity, Severity::Blocker);
                sawRenameFinding = true;
            }
            if (const TomlEntry* entry = old.find(f.path))
                QCOMPARE(f.pos.line, entry->pos.line);
        }
        QVERIFY(sawRenameFinding);
    }

    // The 5.10 rename and the 7.1 rule that reads the renamed key work as one
    // chain, and the key set beside file_name goes right after it.
    void dependentEditsChain()
    {
        const TomlDocument old = loadFixture(u"custom-5.9.0-ldap-mysql.toml"_s);
        auto plan = planMigration(old, QVersionNumber(5, 9, 0), kLatest, ReleaseRules::builtIn());
        QVERIFY(plan);
        QVERIFY(findEdit(*plan, u"5.10.0/keystore-primary-name@keystore.primary.name"_s));
        const ProposedEdit* type = findEdit(*plan, u"7.1.0/keystore-jks-type@keystore.primary.type"_s);
        QVERIFY(type);
        QCOMPARE(type->newValue, u"\"JKS\""_s);
        QVERIFY(hasFinding(*plan, u"7.1.0/keystore-jks-type"_s, Severity::Blocker));
        QVERIFY(!hasFinding(*plan, u"7.1.0/keystore-name-ignored"_s, Severity::Blocker));

        auto result = applyMigration(old, *plan);
        QVERIFY(result);
        const TomlDocument& doc = result->document;
        QVERIFY(!doc.contains(u"keystore.primary.name"_s));
        QCOMPARE(valueAt(doc, u"keystore.primary.file_name"_s), u"\"iam-prod.jks\""_s);
        QCOMPARE(valueAt(doc, u"keystore.primary.type"_s), u"\"JKS\""_s);
        QCOMPARE(doc.find(u"keystore.primary.type"_s)->order,
            doc.find(u"keystore.primary.file_name"_s)->order + 1);
        QCOMPARE(valueAt(doc, u"user_store.type"_s), u"\"read_write_ldap_unique_id\""_s);
        QCOMPARE(valueAt(doc, u"hazelcast.\"hazelcast.logging.type\""_s), u"\"log4j2\""_s);
        // The truststore the 7.1 rule keeps gets its own table beside the keystore.
        QCOMPARE(valueAt(doc, u"truststore.file_name"_s), u"\"client-truststore.jks\""_s);
        const qsizetype truststore = result->text.indexOf("[truststore]");
        QVERIFY(truststore > result->text.indexOf("[keystore.primary]"));
        QVERIFY(truststore < result->text.indexOf("[transport.https.properties]"));
        // Only what was asked changed in the keystore table.
        QCOMPARE(valueAt(doc, u"keystore.primary.alias"_s), valueAt(old, u"keystore.primary.alias"_s));
    }

    void rejectedEditLeavesKeyAlone_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("editId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("consequence"); // a rule that must fire because of the decision, or ""
        QTest::newRow("keystore rename") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s
                                         << u"5.10.0/keystore-primary-name@keystore.primary.name"_s
                                         << u"keystore.primary.name"_s << u"7.1.0/keystore-name-ignored"_s;
        QTest::newRow("user store type") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s
                                         << u"5.10.0/user-store-unique-id@user_store.type"_s
                                         << u"user_store.type"_s << u"5.11.0/non-unique-id-user-store"_s;
        QTest::newRow("hazelcast logging") << u"custom-5.9.0-ldap-mysql.toml"_s << u"5.9.0"_s
                                           << u"6.0.0/hazelcast-log4j2@hazelcast.\"hazelcast.logging.type\""_s
                                           << u"hazelcast.\"hazelcast.logging.type\""_s << QString();
        QTest::newRow("truststore type")
            << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s
            << u"7.1.0/truststore-jks-type@truststore.type"_s << u"truststore.type"_s << QString();
        QTest::newRow("deny list") << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s
                                   << u"7.2.0/admin-service-deny-list-own@admin_service.deny_list"_s
                                   << u"admin_service.deny_list"_s << QString();
        QTest::newRow("added default")
            << u"custom-7.0.0-jdbc-mysql.toml"_s << u"7.0.0"_s << u"default@datasource.AgentIdentity.url"_s
            << u"datasource.AgentIdentity.url"_s << QString();
    }
    void rejectedEditLeavesKeyAlone()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        QFETCH(QString, editId);
        QFETCH(QString, path);
        QFETCH(QString, consequence);
        const TomlDocument old = loadFixture(fixture);
        const TomlDocument defaults = loadFixture(u"default-7.3.0.toml"_s);
        const QVersionNumber start = QVersionNumber::fromString(from);
        auto accepted = planMigration(old, start, kLatest, ReleaseRules::builtIn(), &defaults);
        QVERIFY(accepted);
        QVERIFY2(findEdit(*accepted, editId), qPrintable(editIds(accepted->edits).join(u'\n')));

        const QSet<QString> rejected { editId };
        auto plan = planMigration(old, start, kLatest, ReleaseRules::builtIn(), &defaults, rejected);
        QVERIFY(plan);
        QVERIFY2(findEdit(*plan, editId), "a rejected edit stays listed, so it can be accepted again");
        auto result = applyMigration(old, *plan, rejected);
        QVERIFY2(result,
            qPrintable(result ? QString() : result.error().toString() + u'\n' + result.error().detail));
        QVERIFY(!result->appliedEditIds.contains(editId));
        QCOMPARE(valueAt(result->document, path), valueAt(old, path));
        for (const ConfigChange& c : result->changes)
            QVERIFY2(c.path != path, qPrintable(c.path));
        // No other edit touches the key the user kept.
        for (const ProposedEdit& e : plan->edits)
            if (e.id != editId)
                QVERIFY2(e.path != path && e.newPath != path, qPrintable(e.id));
        if (!consequence.isEmpty())
            QVERIFY2(std::ranges::any_of(
                         plan->findings, [&](const ConfigFinding& f) { return f.ruleId == consequence; }),
                qPrintable(consequence));
        QCOMPARE(changeKeys(result->changes), expectedChangeKeys(old, *plan, result->appliedEditIds));

        // The plan made without the decision gives the same file: applying
        // plans again with the decision.
        auto replanned = applyMigration(old, *accepted, rejected);
        QVERIFY(replanned);
        QCOMPARE(replanned->text, result->text);
        QCOMPARE(replanned->appliedEditIds, result->appliedEditIds);
    }

    // With the new home's default file: new tables come in (the agent
    // identity datasource, the endpoint credentials), tables the rules or
    // the administrator made their own do not get the shipped defaults.
    void addsFromNewDefault()
    {
        const TomlDocument old = loadFixture(u"custom-7.0.0-jdbc-mysql.toml"_s);
        const TomlDocument defaults = loadFixture(u"default-7.3.0.toml"_s);
        auto plan = planMigration(old, QVersionNumber(7, 0, 0), kLatest, ReleaseRules::builtIn(), &defaults);
        QVERIFY(plan);
        QVERIFY(hasFinding(*plan, u"7.2.0/agent-identity-datasource"_s, Severity::Warning));
        QVERIFY(hasFinding(*plan, u"7.1.0/truststore-jks-type"_s, Severity::Blocker));
        bool h2Flagged = false;
        for (const ConfigFinding& f : plan->findings)
            h2Flagged |= f.ruleId == u"any/h2-in-use"_s && f.path == u"datasource.AgentIdentity.url"_s;
        QVERIFY2(h2Flagged, "the added H2 datasource is flagged for production");

        for (const ProposedEdit& e : plan->edits) {
            if (e.kind != ProposedEdit::Kind::AddFromDefault)
                continue;
            QVERIFY(e.ruleId.isEmpty());
            QVERIFY2(!old.contains(e.path), qPrintable(e.path));
            QCOMPARE(e.newValue, valueAt(defaults, e.path));
            QVERIFY2(!e.path.startsWith(u"database."_s) && !e.path.startsWith(u"keystore."_s)
                    && !e.path.startsWith(u"truststore."_s) && !e.path.startsWith(u"server."_s),
                qPrintable(e.path));
            if (isSecretValue(e.path, e.newValue)) {
                QVERIFY2(e.description.contains(kSecretMask), qPrintable(e.description));
                QVERIFY(!e.description.contains(e.newValue));
            }
        }
        auto result = applyMigration(old, *plan);
        QVERIFY2(result,
            qPrintable(result ? QString() : result.error().toString() + u'\n' + result.error().detail));
        const TomlDocument& doc = result->document;
        for (const QString& key : { u"id"_s, u"url"_s, u"username"_s, u"password"_s, u"driver"_s })
            QCOMPARE(valueAt(doc, u"datasource.AgentIdentity."_s + key),
                valueAt(defaults, u"datasource.AgentIdentity."_s + key));
        QCOMPARE(valueAt(doc, u"keystore.primary.type"_s), u"\"JKS\""_s);
        QCOMPARE(valueAt(doc, u"truststore.type"_s), u"\"JKS\""_s);
        QCOMPARE(valueAt(doc, u"truststore.file_name"_s), u"\"client-truststore.jks\""_s);
        QCOMPARE(valueAt(doc, u"database.identity_db.type"_s), u"\"mysql\""_s);
        QCOMPARE(valueAt(doc, u"admin_service.deny_list"_s),
            u"[\"ServerAdmin\", \"WebappAdmin\", \"CarbonAppUploader\", \"FileDownloadService\", "
            u"\"FileUploadService\", "
            u"\"LoginStatisticsAdmin\", \"NDataSourceAdmin\"]"_s);
        // The array grew in place: its comment is still inside it.
        QVERIFY(result->text.contains("no remote restarts"));
        // The new table lands beside the other databases.
        const qsizetype datasource = result->text.indexOf("[datasource.AgentIdentity]");
        QVERIFY(datasource > result->text.indexOf("[database.shared_db]"));
        QVERIFY(datasource < result->text.indexOf("[keystore.primary]"));
    }

    // A rule that deliberately leaves a decision to the administrator keeps
    // the shipped default out: no silent switch to the JDBC user store.
    void excludedDefaultsStayOut()
    {
        auto old = TomlDocument::parse("[user_store]\nbase_dn = \"dc=example,dc=com\"\n", u"old.toml"_s);
        QVERIFY(old);
        const TomlDocument defaults = loadFixture(u"default-7.3.0.toml"_s);
        auto plan
            = planMigration(*old, QVersionNumber(5, 11, 0), kLatest, ReleaseRules::builtIn(), &defaults);
        QVERIFY(plan);
        QVERIFY(hasFinding(*plan, u"6.0.0/user-store-default"_s, Severity::Blocker));
        QVERIFY(!findEdit(*plan, u"default@user_store.type"_s));
        // The keystore rule set its own values: no PKCS12 type from the default.
        QCOMPARE(
            findEdit(*plan, u"7.1.0/keystore-default-file@keystore.primary.type"_s)->newValue, u"\"JKS\""_s);
        QVERIFY(!findEdit(*plan, u"default@keystore.primary.type"_s));
        QVERIFY(!findEdit(*plan, u"default@keystore.primary.password"_s));
        // A table nobody touched comes in whole.
        QVERIFY(findEdit(*plan, u"default@datasource.AgentIdentity.driver"_s));
        QVERIFY(findEdit(*plan, u"default@server.hostname"_s));
    }

    // The sample home writer stands in for a new home: whatever its file
    // holds, additions only fill gaps and never mix into tables the old file
    // made its own.
    void sampleHomeAsNewDefault_data() { addFixtureRows(); }
    void sampleHomeAsNewDefault()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, from);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        SampleHomeOptions options;
        options.database = SampleDatabase::H2;
        QString error;
        QVERIFY2(writeSampleIsHome(home.path(), u"7.3.0"_s, options, &error), qPrintable(error));
        auto defaults = TomlDocument::load(home.filePath(u"repository/conf/deployment.toml"_s));
        QVERIFY2(defaults, qPrintable(defaults ? QString() : defaults.error().toString()));

        const TomlDocument old = loadFixture(fixture);
        auto plan = planMigration(
            old, QVersionNumber::fromString(from), kLatest, ReleaseRules::builtIn(), &*defaults);
        QVERIFY(plan);
        for (const ProposedEdit& e : plan->edits) {
            if (e.kind != ProposedEdit::Kind::AddFromDefault)
                continue;
            QVERIFY2(!old.contains(e.path), qPrintable(e.path));
            QCOMPARE(e.newValue, valueAt(*defaults, e.path));
            // Its table, where the old file has it, holds the shipped values.
            const QString table = e.path.section(u'.', 0, -2);
            for (const TomlEntry& shipped : defaults->entries())
                if (shipped.path.section(u'.', 0, -2) == table && old.contains(shipped.path))
                    QCOMPARE(valueAt(old, shipped.path), shipped.value);
        }
        auto result = applyMigration(old, *plan);
        QVERIFY2(result,
            qPrintable(result ? QString() : result.error().toString() + u'\n' + result.error().detail));
        QCOMPARE(changeKeys(result->changes), expectedChangeKeys(old, *plan, result->appliedEditIds));
    }

    void sameReleaseIsAnEmptyPlan()
    {
        const TomlDocument old = loadFixture(u"custom-7.1.0-h2-dev.toml"_s);
        auto plan
            = planMigration(old, QVersionNumber(7, 1, 0), QVersionNumber(7, 1), ReleaseRules::builtIn());
        QVERIFY(plan);
        QVERIFY(plan->steps.isEmpty());
        QVERIFY(plan->findings.isEmpty());
        QVERIFY(plan->edits.isEmpty());
        auto result = applyMigration(old, *plan);
        QVERIFY(result);
        QVERIFY(result->changes.isEmpty());
        QCOMPARE(result->document.entries().size(), old.entries().size());
    }

    void refusesBadReleases_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("named");
        QTest::newRow("downgrade") << u"7.1.0"_s << u"6.0.0"_s << u"6.0.0"_s;
        QTest::newRow("not a release") << u"6.2.0"_s << u"7.0.0"_s << u"6.2.0"_s;
        QTest::newRow("older than the rules") << u"5.8.0"_s << u"7.0.0"_s << u"5.8.0"_s;
        QTest::newRow("newer than the rules") << u"7.0.0"_s << u"7.4.0"_s << u"7.4.0"_s;
        QTest::newRow("unknown target") << u"6.0.0"_s << u"6.5.0"_s << u"6.5.0"_s;
        QTest::newRow("missing") << QString() << u"7.0.0"_s << QString();
    }
    void refusesBadReleases()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, named);
        const TomlDocument old = loadFixture(u"custom-6.0.0-jdbc-oracle.toml"_s);
        auto plan = planMigration(
            old, QVersionNumber::fromString(from), QVersionNumber::fromString(to), ReleaseRules::builtIn());
        QVERIFY(!plan);
        QVERIFY(!plan.error().message.isEmpty());
        QVERIFY(!plan.error().hint.isEmpty());
        if (!named.isEmpty())
            QVERIFY2(plan.error().message.contains(named), qPrintable(plan.error().message));
    }

    // The output is checked against the edits; an edit that would change
    // more than itself (here: the identity of a [[event_listener]]) is refused.
    void refusesOutputThatDiffersFromTheEdits()
    {
        const TomlDocument old = loadFixture(u"custom-5.9.0-ldap-mysql.toml"_s);
        QVERIFY(old.contains(u"event_listener[id=\"audit_user_operations\"].order"_s));
        MigrationPlan plan;
        plan.from = QVersionNumber(5, 9, 0);
        plan.to = QVersionNumber(5, 10, 0);
        ProposedEdit edit;
        edit.id = u"test@event_listener[id=\"audit_user_operations\"].id"_s;
        edit.kind = ProposedEdit::Kind::Set;
        edit.path = edit.newPath = u"event_listener[id=\"audit_user_operations\"].id"_s;
        edit.oldValue = u"\"audit_user_operations\""_s;
        edit.newValue = u"\"renamed\""_s;
        plan.edits.append(edit);
        auto result = applyMigration(old, plan);
        QVERIFY(!result);
        QVERIFY2(!result.error().detail.isEmpty(), "the error lists what differs");
        QVERIFY(result.error().detail.contains(u"event_listener[id=\"renamed\"]"_s));
    }

    void refusesAPlanForAnotherFile()
    {
        const TomlDocument planned = loadFixture(u"custom-5.9.0-ldap-mysql.toml"_s);
        const TomlDocument other = loadFixture(u"custom-5.10.0-ad-postgresql.toml"_s);
        auto plan = planMigration(planned, QVersionNumber(5, 9, 0), kLatest, ReleaseRules::builtIn());
        QVERIFY(plan);
        auto result = applyMigration(other, *plan);
        QVERIFY(!result);
        QVERIFY2(result.error().message.contains(u"5.10.0/keystore-primary-name"_s),
            qPrintable(result.error().message));
    }

    // toml11 drops the comments after the last key; the migration puts the
    // file's closing comments back.
    void closingCommentsKept()
    {
        const TomlDocument old = loadFixture(u"custom-5.9.0-ldap-mysql.toml"_s);
        auto plan = planMigration(old, QVersionNumber(5, 9, 0), kLatest, ReleaseRules::builtIn());
        QVERIFY(plan);
        auto result = applyMigration(old, *plan);
        QVERIFY(result);
        QVERIFY2(result->text.endsWith("# End of file. Managed in git: iam-config/prod/deployment.toml\n"
                                       "# Do not edit on the server.\n"),
            result->text.right(200).constData());
    }
};

QTEST_GUILESS_MAIN(ConfigMigratorTest)
#include "configmigrator_test.moc"
