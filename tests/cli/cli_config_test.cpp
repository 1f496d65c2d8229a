// SPDX-License-Identifier: Apache-2.0
// `diff` and `migrate-config` driven as scripts drive them: the real binary,
// real files, exit codes and JSON on stdout.
#include "CliRunner.h"
#include "config/TomlDocument.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Ismw::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject jsonOf(const CliRun& run)
{
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8());
    if (!document.isObject())
        qWarning("not one JSON object: %s", qPrintable(run.out));
    return document.object();
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace

class CliConfigTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Readable by `nobody`, for the I/O-failure test.
        QFile::setPermissions(m_dir.path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther);
        SampleHomeOptions custom;
        custom.customizations = true;
        custom.database = SampleDatabase::MySql;
        QString error;
        QVERIFY2(writeSampleIsHome(m_dir.filePath(u"old"_s), u"5.11.0"_s, custom, &error), qPrintable(error));
        QVERIFY2(writeSampleIsHome(m_dir.filePath(u"new"_s), u"7.3.0"_s, { .database = SampleDatabase::H2 }, &error),
            qPrintable(error));
        m_old = m_dir.filePath(u"old/repository/conf/deployment.toml"_s);
        m_new = m_dir.filePath(u"new/repository/conf/deployment.toml"_s);
    }

    void diffOfAFileWithItselfIsEmpty()
    {
        const CliRun run = runCli({ u"diff"_s, m_old, m_old });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"No differences"_s), qPrintable(run.out));
        const QJsonObject json = jsonOf(runCli({ u"diff"_s, m_old, m_old, u"--format"_s, u"json"_s }));
        QCOMPARE(json.value(u"equal"_s).toBool(), true);
        QCOMPARE(json.value(u"changes"_s).toArray().size(), 0);
    }

    void diffReportsChangesWithLines()
    {
        const CliRun run = runCli({ u"diff"_s, m_old, m_new, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"ok"_s).toBool(), true);
        const QJsonArray changes = json.value(u"changes"_s).toArray();
        QVERIFY(!changes.isEmpty());
        bool sawKeystore = false;
        for (const QJsonValue& value : changes) {
            const QJsonObject change = value.toObject();
            for (const char* key : { "path", "kind", "old", "new", "oldLine", "newLine" })
                QVERIFY2(change.contains(QLatin1StringView(key)), key);
            if (change.value(u"path"_s).toString() == u"keystore.primary.file_name"_s) {
                sawKeystore = true;
                QCOMPARE(change.value(u"kind"_s).toString(), u"changed"_s);
                QCOMPARE(change.value(u"old"_s).toString(), u"\"wso2carbon.jks\""_s);
                QCOMPARE(change.value(u"new"_s).toString(), u"\"wso2carbon.p12\""_s);
                QVERIFY(change.value(u"oldLine"_s).toInt() > 0);
                QVERIFY(change.value(u"newLine"_s).toInt() > 0);
            }
        }
        QVERIFY(sawKeystore);
        // The sample's database password must not leave the program.
        QVERIFY(contentOf(m_old).contains("S4mple-identity_db-pass"));
        QVERIFY(!run.out.contains(u"S4mple"_s));

        const CliRun text = runCli({ u"diff"_s, m_old, m_new });
        QCOMPARE(text.exitCode, 1);
        QVERIFY(text.out.contains(u"keystore.primary.file_name"_s));
        QVERIFY(!text.out.contains(u"S4mple"_s));
    }

    void diffWithReleasesHasFindings()
    {
        const CliRun run
            = runCli({ u"diff"_s, m_old, m_new, u"--from"_s, u"5.11.0"_s, u"--to"_s, u"7.3.0"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"from"_s).toString(), u"5.11.0"_s);
        QCOMPARE(json.value(u"to"_s).toString(), u"7.3.0"_s);
        QVERIFY(json.value(u"steps"_s).toArray().size() >= 5);
        const QJsonArray findings = json.value(u"findings"_s).toArray();
        QVERIFY(!findings.isEmpty());
        const QStringList severities { u"info"_s, u"warning"_s, u"blocker"_s };
        for (const QJsonValue& value : findings) {
            const QJsonObject finding = value.toObject();
            for (const char* key : { "rule", "severity", "path", "line", "message", "remediation" })
                QVERIFY2(finding.contains(QLatin1StringView(key)), key);
            QVERIFY(severities.contains(finding.value(u"severity"_s).toString()));
            QVERIFY(!finding.value(u"rule"_s).toString().isEmpty());
        }
        QVERIFY(!run.out.contains(u"S4mple"_s));
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << "[server]\nhostname = \"a\"\nport = \n"_ba << u":3:8: "_s;
        QTest::newRow("duplicate") << "[a]\nx = 1\nx = 2\n"_ba << u":3:1: "_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("not utf-8") << "x = \"\xFC\"\n"_ba << u":1:6: "_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, where);
        const QString bad = m_dir.filePath(u"bad.toml"_s);
        QVERIFY(writeFile(bad, content));
        for (const QStringList& arguments : { QStringList { u"diff"_s, bad, m_new },
                 QStringList { u"migrate-config"_s, bad, u"--from"_s, u"5.11.0"_s, u"--to"_s, u"7.3.0"_s, u"-o"_s,
                     m_dir.filePath(u"never.toml"_s) } }) {
            const CliRun run = runCli(arguments);
            QCOMPARE(run.exitCode, 2);
            QVERIFY2(run.err.contains(bad), qPrintable(run.err));
            QVERIFY2(run.err.contains(where), qPrintable(run.err));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"never.toml"_s)));
        QCOMPARE(contentOf(bad), content);

        const CliRun json = runCli({ u"diff"_s, bad, m_new, u"--format"_s, u"json"_s });
        QCOMPARE(json.exitCode, 2);
        const QJsonObject object = jsonOf(json);
        QCOMPARE(object.value(u"ok"_s).toBool(), false);
        QCOMPARE(object.value(u"file"_s).toString(), bad);
    }

    void usage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("one file") << QStringList { u"diff"_s, u"a.toml"_s } << u"two files"_s;
        QTest::newRow("from alone") << QStringList { u"diff"_s, u"a"_s, u"b"_s, u"--from"_s, u"5.11.0"_s }
                                    << u"--from and --to"_s;
        QTest::newRow("not a release") << QStringList { u"diff"_s, u"a"_s, u"b"_s, u"--from"_s, u"five"_s, u"--to"_s, u"7.3.0"_s }
                                       << u"not a release"_s;
        QTest::newRow("missing file") << QStringList { u"diff"_s, u"/nonexistent/a.toml"_s, u"/nonexistent/b.toml"_s }
                                      << u"does not exist"_s;
        QTest::newRow("no --to") << QStringList { u"migrate-config"_s, u"a.toml"_s, u"-o"_s, u"b.toml"_s } << u"--to"_s;
        QTest::newRow("no -o") << QStringList { u"migrate-config"_s, u"a.toml"_s, u"--to"_s, u"7.3.0"_s } << u"-o"_s;
    }
    void usage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, messagePart);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
    }

    void unreadableIsAnIoFailure()
    {
        const QString secret = m_dir.filePath(u"root-only.toml"_s);
        QVERIFY(writeFile(secret, "a = 1\n"));
        QVERIFY(QFile::setPermissions(secret, QFile::ReadOwner | QFile::WriteOwner));
        if (getuid() != 0)
            QSKIP("needs root to run the CLI as another user; the suite runs as root in the build root");
        const CliRun run = runCli({ u"diff"_s, secret, secret }, true);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"cannot be read"_s), qPrintable(run.err));
    }

    void migrateConfigWritesAValidFileWithBackup()
    {
        const QString out = m_dir.filePath(u"migrated.toml"_s);
        // --from is read from the home the file lies in.
        const CliRun run = runCli({ u"migrate-config"_s, m_old, u"--to"_s, u"7.3.0"_s, u"--new-default"_s, m_new,
            u"-o"_s, out, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        const QJsonObject json = jsonOf(run);
        QCOMPARE(json.value(u"from"_s).toString(), u"5.11.0"_s);
        QCOMPARE(json.value(u"output"_s).toString(), out);
        QVERIFY(json.value(u"backup"_s).isNull());
        const QJsonArray edits = json.value(u"edits"_s).toArray();
        QVERIFY(!edits.isEmpty());
        const auto migrated = TomlDocument::load(out);
        QVERIFY2(migrated, qPrintable(migrated ? QString() : migrated.error().toString()));
        // Customizations carried over, references verbatim.
        QCOMPARE(migrated->find(u"server.hostname")->rawValue, u"iam.example.com"_s);
        QVERIFY(contentOf(out).contains("S4mple-identity_db-pass")); // the file itself keeps its values…
        QVERIFY(!run.out.contains(u"S4mple"_s)); // …the report does not show them
        QVERIFY(!json.value(u"changes"_s).toArray().isEmpty());
        // The sample's JKS keystore without a type is a blocker the written
        // file already fixes.
        bool jksFixed = false;
        for (const QJsonValue& value : json.value(u"findings"_s).toArray()) {
            const QJsonObject finding = value.toObject();
            if (finding.value(u"rule"_s).toString() == u"7.1.0/keystore-jks-type"_s)
                jksFixed = finding.value(u"fixed"_s).toBool();
        }
        QVERIFY(jksFixed);
        QCOMPARE(migrated->find(u"keystore.primary.type")->rawValue, u"JKS"_s);

        // Rejecting an edit leaves its key as it was.
        const QJsonObject first = edits.first().toObject();
        const QString rejectedId = first.value(u"id"_s).toString();
        const CliRun again = runCli({ u"migrate-config"_s, m_old, u"--to"_s, u"7.3.0"_s, u"--new-default"_s, m_new,
            u"--reject"_s, rejectedId, u"-o"_s, out, u"--format"_s, u"json"_s });
        QVERIFY(again.exitCode == 0 || again.exitCode == 1);
        const QJsonObject againJson = jsonOf(again);
        const QString backup = againJson.value(u"backup"_s).toString();
        QVERIFY(backup.startsWith(out + u".bak-"_s));
        QVERIFY(QFile::exists(backup));
        bool seen = false;
        for (const QJsonValue& value : againJson.value(u"edits"_s).toArray()) {
            const QJsonObject edit = value.toObject();
            if (edit.value(u"id"_s).toString() == rejectedId) {
                seen = true;
                QCOMPARE(edit.value(u"applied"_s).toBool(), false);
            }
        }
        QVERIFY(seen);
        const auto oldDoc = TomlDocument::load(m_old);
        const auto rejectedDoc = TomlDocument::load(out);
        QVERIFY(oldDoc && rejectedDoc);
        const QString path = first.value(u"path"_s).toString();
        const TomlEntry* before = oldDoc->find(path);
        const TomlEntry* after = rejectedDoc->find(path);
        QCOMPARE(bool(before), bool(after));
        if (before)
            QCOMPARE(after->value, before->value);
    }

    void migrateConfigText()
    {
        const QString out = m_dir.filePath(u"text.toml"_s);
        const CliRun run = runCli({ u"migrate-config"_s, m_old, u"--to"_s, u"7.3.0"_s, u"-o"_s, out });
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(u'\n');
        QVERIFY2(lines.size() > 4, qPrintable(run.out));
        QVERIFY2(lines.at(0).startsWith(u"From 5.11.0 to 7.3.0 (5.11.0→6.0.0, "_s), qPrintable(lines.at(0)));
        QCOMPARE(lines.at(1), QString());
        QVERIFY2(lines.at(2).startsWith(u"applied "_s), qPrintable(lines.at(2)));
        // The edit's id sits under its description.
        const qsizetype descriptionColumn
            = QRegularExpression(u"^\\S+\\s+"_s).match(lines.at(2)).capturedLength();
        QVERIFY(descriptionColumn > 8);
        QCOMPARE(lines.at(3).size() - lines.at(3).trimmed().size(), descriptionColumn);
        QVERIFY(run.out.contains(u"7.1.0/keystore-jks-type"_s));
        QVERIFY(run.out.contains(u"Wrote %1."_s.arg(out)));
        QVERIFY(!run.out.contains(u"S4mple"_s));
    }

    void migrateConfigToStdout()
    {
        const CliRun run = runCli(
            { u"migrate-config"_s, m_old, u"--from"_s, u"5.11.0"_s, u"--to"_s, u"7.3.0"_s, u"-o"_s, u"-"_s });
        QVERIFY(run.exitCode == 0 || run.exitCode == 1);
        const auto parsed = TomlDocument::parse(run.out.toUtf8(), u"stdout"_s);
        QVERIFY2(parsed, qPrintable(run.out.left(400)));
        QVERIFY(parsed->contains(u"server.hostname"));
    }

    void migrateConfigRefuses_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("unknown edit") << QStringList { u"--to"_s, u"7.3.0"_s, u"--reject"_s, u"no/such-edit"_s }
                                      << u"no/such-edit"_s;
        QTest::newRow("unknown target") << QStringList { u"--to"_s, u"9.9.0"_s } << u"9.9"_s;
        QTest::newRow("downgrade") << QStringList { u"--to"_s, u"5.10.0"_s } << u"5.10"_s;
    }
    void migrateConfigRefuses()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, messagePart);
        const QString out = m_dir.filePath(u"refused.toml"_s);
        const CliRun run = runCli(QStringList { u"migrate-config"_s, m_old, u"-o"_s, out } + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(messagePart), qPrintable(run.err));
        QVERIFY(!QFile::exists(out));
    }

    void migrateConfigNeedsFromOutsideAHome()
    {
        const QString loose = m_dir.filePath(u"loose.toml"_s);
        QVERIFY(QFile::copy(m_old, loose));
        const CliRun run = runCli({ u"migrate-config"_s, loose, u"--to"_s, u"7.3.0"_s, u"-o"_s, u"-"_s });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--from"_s), qPrintable(run.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_old;
    QString m_new;
};

QTEST_GUILESS_MAIN(CliConfigTest)
#include "cli_config_test.moc"
