// SPDX-License-Identifier: Apache-2.0
#include "ChecklistTestSupport.h"
#include "verify/ChecklistTemplates.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class ChecklistTemplatesTest : public QObject
{
    Q_OBJECT

    QString write(const QString& name, const QByteArray& content)
    {
        return ChecklistTestSupport::writeTestFile(m_dir, name, content);
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void builtInTemplatesLoad()
    {
        // Loaded directly too, so a broken file fails here with its message
        // rather than as an empty list.
        const auto loaded = loadChecklistTemplates(u":/checklists/templates.toml"_s);
        QVERIFY2(loaded.has_value(), qPrintable(loaded.error()));
        const QList<ChecklistCase>& cases = builtInChecklistTemplates();
        QCOMPARE(cases, *loaded);
        QVERIFY2(cases.size() >= 30 && cases.size() <= 40, qPrintable(QString::number(cases.size())));
        QCOMPARE(&builtInChecklistTemplates(), &cases); // read once

        QSet<QString> keys;
        QSet<QString> groups;
        QSet<QString> kinds;
        for (const ChecklistCase& c : cases) {
            QVERIFY2(!keys.contains(c.key), qPrintable(c.key));
            keys.insert(c.key);
            groups.insert(c.group);
            kinds.insert(c.kind);
            QVERIFY2(!c.title.isEmpty() && !c.steps.isEmpty() && !c.expected.isEmpty(), qPrintable(c.key));
        }
        const QStringList required { u"Login flows"_s, u"Single sign-on"_s, u"Tokens"_s, u"User stores"_s,
            u"Admin console"_s, u"My Account"_s, u"Performance and availability"_s };
        for (const QString& group : required)
            QVERIFY2(groups.contains(group), qPrintable(group));
        QCOMPARE(kinds, (QSet<QString> { u"functional"_s, u"non-functional"_s }));
        // What the issue names, by stable key.
        for (const char* key : { "login.basic", "sso.saml-login", "sso.oidc-code", "tokens.issue-grants",
                 "tokens.refresh", "tokens.revoke", "tokens.introspect", "userstore.read", "userstore.write",
                 "userstore.secondary", "console.login", "myaccount.profile", "perf.login-latency",
                 "perf.token-throughput", "perf.failover", "perf.health-check", "perf.log-noise" })
            QVERIFY2(keys.contains(QString::fromLatin1(key)), key);
    }

    void goodFileKeepsOrderAndText()
    {
        const QString path = write(u"good.toml"_s, R"(format = 1
[[case]]
id = "b.second"
group = "Group B"
kind = "non-functional"
title = "  Second  "
steps = """
Line one.
Line two."""

[[case]]
id = "a.first"
group = "Group A"
kind = "functional"
title = "First"
expected = "Works."
)");
        const auto loaded = loadChecklistTemplates(path);
        QVERIFY2(loaded.has_value(), qPrintable(loaded.error()));
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(0),
            (ChecklistCase { u"b.second"_s, u"Group B"_s, u"non-functional"_s, u"Second"_s,
                u"Line one.\nLine two."_s, {} }));
        QCOMPARE(loaded->at(1).key, u"a.first"_s);
        QCOMPARE(loaded->at(1).expected, u"Works."_s);
    }

    void brokenFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("caseId"); // empty: no case to name
        QTest::addColumn<QString>("says");

        const QByteArray head = "format = 1\n[[case]]\nid = \"x.one\"\ngroup = \"G\"\nkind = \"functional\"\n"
                                "title = \"One\"\n";
        QTest::newRow("unknown key") << head + "titel = \"typo\"\n"
                                     << 7 << u"x.one"_s << u"Unknown key “titel”"_s;
        QTest::newRow("missing title") << QByteArray("format = 1\n\n[[case]]\nid = \"x.two\"\ngroup = \"G\"\n"
                                                     "kind = \"functional\"\n")
                                       << 3 << u"x.two"_s << u"“title” is missing"_s;
        QTest::newRow("empty title") << QByteArray("format = 1\n[[case]]\nid = \"x.two\"\ngroup = \"G\"\n"
                                                   "kind = \"functional\"\ntitle = \" \"\n")
                                     << 6 << u"x.two"_s << u"“title” must not be empty"_s;
        QTest::newRow("missing id") << head
                + "\n[[case]]\ngroup = \"G\"\nkind = \"functional\"\ntitle = \"Two\"\n"
                                    << 8 << QString() << u"“id” is missing"_s;
        QTest::newRow("duplicate id") << head
                + "\n[[case]]\nid = \"x.one\"\ngroup = \"G\"\nkind = \"functional\"\n"
                  "title = \"Again\"\n"
                                      << 9 << u"x.one"_s << u"already used on line 3"_s;
        QTest::newRow("bad kind") << QByteArray(
            "format = 1\n[[case]]\nid = \"x.k\"\ngroup = \"G\"\nkind = \"fun\"\n"
            "title = \"K\"\n") << 5
                                  << u"x.k"_s << u"Unknown kind “fun”"_s;
        QTest::newRow("bad id") << QByteArray("format = 1\n[[case]]\nid = \"Login Basic\"\ngroup = \"G\"\n"
                                              "kind = \"functional\"\ntitle = \"K\"\n")
                                << 3 << QString() << u"is not an id"_s;
        QTest::newRow("title not a string") << QByteArray(head).replace("title = \"One\"", "title = 3") << 6
                                            << u"x.one"_s << u"“title” must be a string"_s;
        QTest::newRow("wrong format")
            << QByteArray("format = 2\n[[case]]\nid = \"x\"\n") << 1 << QString() << u"format 1"_s;
        QTest::newRow("not toml") << QByteArray("format = 1\n[[case]\nid = \"x\"\n") << 2 << QString()
                                  << u"not valid TOML"_s;
    }

    void brokenFilesAreRefused()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, line);
        QFETCH(QString, caseId);
        QFETCH(QString, says);
        const QString path = write(u"broken.toml"_s, content);
        const auto loaded = loadChecklistTemplates(path);
        QVERIFY(!loaded);
        const QString& message = loaded.error();
        QVERIFY2(message.startsWith(u"%1, line %2"_s.arg(path).arg(line)), qPrintable(message));
        if (!caseId.isEmpty())
            QVERIFY2(message.contains(u"case “%1”"_s.arg(caseId)), qPrintable(message));
        else
            QVERIFY2(!message.contains(u", case “"_s), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
        QVERIFY2(message.contains(u"resources/checklists/README.md"_s), qPrintable(message)); // what to do
    }

    void missingFileIsRefused()
    {
        const auto loaded = loadChecklistTemplates(m_dir.filePath(u"none.toml"_s));
        QVERIFY(!loaded);
        QVERIFY2(loaded.error().contains(u"none.toml"_s) && loaded.error().contains(u"cannot be read"_s),
            qPrintable(loaded.error()));
    }

    void kindsAsPeopleWriteThem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("kind"); // empty: refused
        QTest::newRow("empty") << QString() << u"functional"_s;
        QTest::newRow("Functional") << u" Functional "_s << u"functional"_s;
        QTest::newRow("non-functional") << u"non-functional"_s << u"non-functional"_s;
        QTest::newRow("Non functional") << u"Non functional"_s << u"non-functional"_s;
        QTest::newRow("NFR") << u"NFR"_s << u"non-functional"_s;
        QTest::newRow("non_functional") << u"non_functional"_s << u"non-functional"_s;
        QTest::newRow("performance") << u"performance"_s << QString();
        QTest::newRow("fun") << u"fun"_s << QString();
    }

    void kindsAsPeopleWriteThem()
    {
        QFETCH(QString, text);
        QFETCH(QString, kind);
        const std::optional<QString> normalized = normalizedChecklistKind(text);
        QCOMPARE(normalized.has_value(), !kind.isEmpty());
        if (normalized)
            QCOMPARE(*normalized, kind);
    }

    void customizationCasesFromChecks()
    {
        const QDateTime t0 = QDateTime(QDate(2026, 11, 25), QTime(10, 0), QTimeZone::UTC);
        auto record
            = [&](qint64 id, const char* checkId, CheckStatus status, const char* summary, int minutes) {
                  CheckRecord r;
                  r.id = id;
                  r.runId = 1;
                  r.checkId = QString::fromLatin1(checkId);
                  r.status = status;
                  r.summary = QString::fromLatin1(summary);
                  r.details = u"Found in the old home."_s;
                  r.at = t0.addSecs(60 * minutes);
                  return r;
              };
        const QList<CheckRecord> checks {
            record(1, "java.new-home", CheckStatus::Pass, "Java 17", 0),
            record(2, "custom.dropin-jar.acme-auth.jar", CheckStatus::Warning, "Dropin acme-auth.jar", 0),
            record(3, "custom.userstore.ldap2.xml", CheckStatus::Warning, "User store ldap2.xml", 0),
            record(4, "custom.webapp.legacy", CheckStatus::Warning, "Web app legacy", 0),
            // The operator decided later: not needed, so no case.
            record(5, "custom.webapp.legacy", CheckStatus::NotApplicable, "Web app legacy", 5),
            // Done counts: the component still needs testing on the new server.
            record(6, "custom.userstore.ldap2.xml", CheckStatus::Pass, "User store ldap2.xml", 5),
            record(7, "custom.unreadable.repository-conf", CheckStatus::Warning,
                "repository/conf cannot be read", 0),
            // An older record listed after a newer one does not win.
            record(
                8, "custom.dropin-jar.acme-auth.jar", CheckStatus::NotApplicable, "Dropin acme-auth.jar", -5),
        };
        const QList<ChecklistCase> cases = customizationCases(checks);
        QCOMPARE(cases.size(), 2);
        QCOMPARE(cases[0].key, u"customization:custom.dropin-jar.acme-auth.jar"_s);
        QCOMPARE(cases[0].title, u"Custom component works after the migration: Dropin acme-auth.jar"_s);
        QCOMPARE(cases[0].group, u"Custom components"_s);
        QCOMPARE(cases[0].kind, u"functional"_s);
        QVERIFY(cases[0].steps.contains(u"Found in the old home."_s));
        QVERIFY(!cases[0].expected.isEmpty());
        QCOMPARE(cases[1].key, u"customization:custom.userstore.ldap2.xml"_s);
        QVERIFY(customizationCases({ checks[0] }).isEmpty());
    }
};

QTEST_GUILESS_MAIN(ChecklistTemplatesTest)
#include "checklisttemplates_test.moc"
