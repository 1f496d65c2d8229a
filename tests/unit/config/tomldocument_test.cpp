// SPDX-License-Identifier: Apache-2.0
#include "config/TomlDocument.h"
#include "secrets/SecretRedactor.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

TomlDocument parsed(const QByteArray& text)
{
    auto doc = TomlDocument::parse(text, u"test.toml"_s);
    if (!doc)
        qFatal("unexpected parse error: %s", qPrintable(doc.error().toString()));
    return *doc;
}

QStringList paths(const TomlDocument& doc)
{
    QStringList list;
    for (const TomlEntry& entry : doc.entries())
        list.append(entry.path);
    return list;
}

} // namespace

class TomlDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void flattensInDocumentOrder()
    {
        const TomlDocument doc = parsed(R"(# the server
[server]
hostname = "is.example.com"   # public name
node_ip = "10.0.0.5"

[keystore.primary]
file_name = 'wso2carbon.jks'
pool = { max = 0x10, min = 1.5 }
flags = [true, false]
)"_ba);
        QCOMPARE(paths(doc),
            (QStringList { u"server.hostname"_s, u"server.node_ip"_s, u"keystore.primary.file_name"_s,
                u"keystore.primary.pool.max"_s, u"keystore.primary.pool.min"_s, u"keystore.primary.flags"_s }));
        const TomlEntry* fileName = doc.find(u"keystore.primary.file_name");
        QVERIFY(fileName);
        // Canonical: a literal string reads as the same basic string.
        QCOMPARE(fileName->value, u"\"wso2carbon.jks\""_s);
        QCOMPARE(fileName->rawValue, u"wso2carbon.jks"_s);
        QCOMPARE(fileName->type, u"string"_s);
        QCOMPARE(fileName->pos.line, 7);
        QCOMPARE(doc.find(u"keystore.primary.pool.max")->value, u"16"_s);
        QCOMPARE(doc.find(u"keystore.primary.pool.max")->type, u"integer"_s);
        QCOMPARE(doc.find(u"keystore.primary.pool.min")->value, u"1.5"_s);
        QCOMPARE(doc.find(u"keystore.primary.flags")->value, u"[true, false]"_s);
        QCOMPARE(doc.find(u"keystore.primary.flags")->type, u"array"_s);
        QVERIFY(doc.find(u"server.hostname")->comments.contains(u"# public name"_s));
        QVERIFY(doc.containsPrefix(u"keystore.primary"));
        QVERIFY(doc.containsPrefix(u"keystore"));
        QVERIFY(!doc.containsPrefix(u"keystore.prim"));
        QVERIFY(!doc.contains(u"keystore.primary"));
    }

    void equivalentSpellingsGiveTheSamePaths()
    {
        const TomlDocument sections = parsed("[a.b]\nc = 1\nd = \"x\"\n"_ba);
        const TomlDocument inlineTable = parsed("a = { b = { c = 1, d = 'x' } }\n"_ba);
        const TomlDocument dotted = parsed("a.b.c = 1\na.b.d = \"\"\"x\"\"\"\n"_ba);
        for (const TomlDocument* doc : { &inlineTable, &dotted }) {
            QCOMPARE(paths(*doc), paths(sections));
            for (const TomlEntry& entry : sections.entries())
                QCOMPARE(doc->find(entry.path)->value, entry.value);
        }
    }

    void arraysOfTablesByIdentity()
    {
        const TomlDocument doc = parsed(R"(
[[event_listener]]
id = "token_revocation"
type = "org.wso2.carbon.identity.core.handler.AbstractIdentityHandler"
enable = true

[[event_listener]]
type = "org.example.Listener"
name = "audit"
order = 12

[[event_listener]]
name = "plain"

[[event_listener]]
order = 99

[[event_listener]]
id = "token_revocation"
enable = false

[[resource.access_control]]
context = "(.*)/scim2/Me"
http_method = "GET"
secure = true

tables = [{ id = "x", v = 1 }]
)"_ba);
        const QStringList list = paths(doc);
        QVERIFY2(list.contains(u"event_listener[id=\"token_revocation\"].enable"_s), qPrintable(list.join(u'\n')));
        QVERIFY(list.contains(u"event_listener[type=\"org.example.Listener\",name=\"audit\"].order"_s));
        QVERIFY(list.contains(u"event_listener[name=\"plain\"].name"_s));
        QVERIFY(list.contains(u"event_listener[#4].order"_s));
        // A copy-pasted element keeps apart from the first by occurrence.
        QVERIFY(list.contains(u"event_listener[id=\"token_revocation\"#2].enable"_s));
        QVERIFY(list.contains(u"resource.access_control[context=\"(.*)/scim2/Me\",http_method=\"GET\"].secure"_s));
        // An inline array of tables is the same thing as [[tables]].
        QVERIFY(list.contains(u"resource.access_control[context=\"(.*)/scim2/Me\",http_method=\"GET\"].tables[id=\"x\"].v"_s));
    }

    void emptyTablesAreKept()
    {
        const TomlDocument doc = parsed("[empty]\n[full]\nx = 1\n"_ba);
        QCOMPARE(paths(doc), (QStringList { u"empty"_s, u"full.x"_s }));
        QCOMPARE(doc.find(u"empty")->type, u"table"_s);
        QCOMPARE(doc.find(u"empty")->value, u"{}"_s);
    }

    void windowsLineEndingsAndBom()
    {
        const TomlDocument doc = parsed("\xEF\xBB\xBF[server]\r\nhostname = \"a\"\r\n"_ba);
        QCOMPARE(doc.find(u"server.hostname")->rawValue, u"a"_s);
        QCOMPARE(doc.find(u"server.hostname")->pos.line, 2);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("messagePart");

        QTest::newRow("empty") << QByteArray() << 0 << 0 << u"empty"_s;
        QTest::newRow("only blanks") << "\n  \n\t\n"_ba << 0 << 0 << u"empty"_s;
        QTest::newRow("binary") << "[a]\nx = 1\n\0\x01\x02"_ba << 3 << 1 << u"binary"_s;
        QTest::newRow("latin-1") << "[a]\nname = \"M\xFCller\"\n"_ba << 2 << 10 << u"not UTF-8"_s;
        QTest::newRow("truncated utf-8") << "[a]\nx = \"\xC3\""_ba << 2 << 6 << u"not UTF-8"_s;
        QTest::newRow("overlong") << "x = \"\xC0\xAF\"\n"_ba << 1 << 6 << u"not UTF-8"_s;
        QTest::newRow("missing value") << "[a]\nx = 1\ny = \n"_ba << 3 << 5 << u"syntax error"_s;
        QTest::newRow("unclosed table") << "[server\nhostname = \"a\"\n"_ba << 1 << 0 << u"syntax error"_s;
        QTest::newRow("duplicate key") << "[a]\nx = 1\nx = 2\n"_ba << 3 << 1 << u"“x” is defined twice; it was first defined on line 2"_s;
        QTest::newRow("duplicate table") << "[a]\nx = 1\n[a]\ny = 2\n"_ba << 3 << 1 << u"“[a]” is defined twice; it was first defined on line 1"_s;
        QTest::newRow("true as a word") << "[a]\nx = True\n"_ba << 2 << 0 << u"syntax error"_s;
    }
    void badInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, messagePart);
        const auto doc = TomlDocument::parse(text, u"/srv/is/deployment.toml"_s);
        QVERIFY(!doc);
        const ConfigError& error = doc.error();
        QCOMPARE(error.file, u"/srv/is/deployment.toml"_s);
        QCOMPARE(error.line, line);
        if (column > 0)
            QCOMPARE(error.column, column);
        QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
        QVERIFY2(!error.hint.isEmpty(), "every error says what to do");
        QVERIFY(error.toString().startsWith(u"/srv/is/deployment.toml"_s));
    }

    void syntaxErrorKeepsToml11sExplanation()
    {
        const auto doc = TomlDocument::parse("[a]\nx = [1, 2\n"_ba, u"d.toml"_s);
        QVERIFY(!doc);
        QVERIFY2(doc.error().detail.contains(u"d.toml"_s), qPrintable(doc.error().detail));
        QVERIFY(!doc.error().detail.contains(u"\x1b["_s)); // no terminal colours in dialogs
    }

    void syntaxErrorDoesNotShowTheSecret_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("unterminated") << "[super_admin]\npassword = \"hunter2-secret\n"_ba;
        QTest::newRow("duplicate") << "[db]\npassword = \"hunter2-secret\"\npassword = \"hunter2-secret\"\n"_ba;
        QTest::newRow("bad escape") << "[db]\npassword = \"hunter2-secret\\q\"\n"_ba;
    }
    void syntaxErrorDoesNotShowTheSecret()
    {
        QFETCH(QByteArray, text);
        const auto doc = TomlDocument::parse(text, u"d.toml"_s);
        QVERIFY(!doc);
        const QString all = doc.error().toString() + doc.error().hint + doc.error().detail;
        QVERIFY2(!all.contains(u"hunter2"_s), qPrintable(all));
    }

    void emptyAllowedForEditedText()
    {
        const auto doc = TomlDocument::parse(QByteArray(), u"edited"_s, true);
        QVERIFY(doc);
        QVERIFY(doc->entries().isEmpty());
    }

    void loadRefusesWithoutTouching_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("syntax") << "[a\n"_ba << u"syntax error"_s;
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
    }
    void loadRefusesWithoutTouching()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, messagePart);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deployment.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        const QDateTime modified = QFileInfo(path).lastModified();
        const auto doc = TomlDocument::load(path);
        QVERIFY(!doc);
        QVERIFY(doc.error().message.contains(messagePart));
        QCOMPARE(doc.error().file, path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QCOMPARE(QFileInfo(path).lastModified(), modified);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { u"deployment.toml"_s });
    }

    void loadMissingAndFolder()
    {
        QTemporaryDir dir;
        const auto missing = TomlDocument::load(dir.filePath(u"nope.toml"_s));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(u"does not exist"_s));
        const auto folder = TomlDocument::load(dir.path());
        QVERIFY(!folder);
        QVERIFY(folder.error().message.contains(u"folder"_s));
    }

    void loadRefusesAHugeFileBeforeReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deployment.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // Sparse: 100 MB on paper, nothing on disk, so the test costs nothing.
        QVERIFY(file.resize(100LL * 1024 * 1024));
        file.close();
        const auto doc = TomlDocument::load(path);
        QVERIFY(!doc);
        QVERIFY2(doc.error().message.contains(u"100"_s), qPrintable(doc.error().message));
        QVERIFY(!doc.error().hint.isEmpty());
    }

    void loadReadsAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"deployment.toml"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[server]\nhostname = \"$ref{x.y}\"\nbase = \"${env.BASE}\"\n");
        file.close();
        const auto doc = TomlDocument::load(path);
        QVERIFY(doc);
        QCOMPARE(doc->fileName(), path);
        QCOMPARE(doc->find(u"server.hostname")->rawValue, u"$ref{x.y}"_s);
        QCOMPARE(doc->find(u"server.base")->rawValue, u"${env.BASE}"_s);
        QVERIFY(doc->text().startsWith("[server]"));
    }

    void copiesShareData()
    {
        const TomlDocument doc = parsed("a = 1\n"_ba);
        const TomlDocument copy = doc; // NOLINT: the copy is the point
        QCOMPARE(&copy.entries(), &doc.entries());
        TomlDocument empty;
        QVERIFY(empty.entries().isEmpty());
        QVERIFY(empty.fileName().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TomlDocumentTest)
#include "tomldocument_test.moc"
