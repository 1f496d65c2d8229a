// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigDiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

namespace {

TomlDocument doc(const QByteArray& text)
{
    auto parsed = TomlDocument::parse(text, u"t.toml"_s, true);
    if (!parsed)
        qFatal("unexpected parse error: %s", qPrintable(parsed.error().toString()));
    return *parsed;
}

// "kind path" lines, easy to compare and to read in a failure.
QStringList summary(const QList<ConfigChange>& changes)
{
    QStringList lines;
    for (const ConfigChange& change : changes)
        lines.append(changeKindName(change.kind) + u' ' + change.path);
    return lines;
}

} // namespace

class ConfigDiffTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameMeaningIsNoChange_data()
    {
        QTest::addColumn<QByteArray>("oldText");
        QTest::addColumn<QByteArray>("newText");
        QTest::newRow("whitespace and comments")
            << "[server]\nhostname=\"a\"\n"_ba << "# ours\n[server]   # the node\n\n  hostname = \"a\"   # x\n"_ba;
        QTest::newRow("inline vs section") << "[pool]\nmax = 5\nmin = 1\n"_ba << "pool = { max = 5, min = 1 }\n"_ba;
        QTest::newRow("dotted vs section") << "[a.b]\nc = true\n"_ba << "a.b.c = true\n"_ba;
        QTest::newRow("string spellings") << "x = 'C:\\dir'\n"_ba << "x = \"C:\\\\dir\"\n"_ba;
        QTest::newRow("number spellings") << "x = 0x10\ny = 1_000\n"_ba << "x = 16\ny = 1000\n"_ba;
        QTest::newRow("key order") << "[a]\nx = 1\ny = 2\n"_ba << "[a]\ny = 2\nx = 1\n"_ba;
        QTest::newRow("table order") << "[a]\nx = 1\n[b]\ny = 2\n"_ba << "[b]\ny = 2\n[a]\nx = 1\n"_ba;
        QTest::newRow("listener order")
            << "[[event_listener]]\nid = \"a\"\norder = 1\n[[event_listener]]\nid = \"b\"\norder = 2\n"_ba
            << "[[event_listener]]\nid = \"b\"\norder = 2\n[[event_listener]]\nid = \"a\"\norder = 1\n"_ba;
        QTest::newRow("array of tables inline")
            << "[[legacy_feature]]\nid = \"oauth\"\nenable = true\n"_ba
            << "legacy_feature = [{ id = \"oauth\", enable = true }]\n"_ba;
        QTest::newRow("multi-line string") << "x = \"\"\"\nab\"\"\"\n"_ba << "x = \"ab\"\n"_ba;
    }
    void sameMeaningIsNoChange()
    {
        QFETCH(QByteArray, oldText);
        QFETCH(QByteArray, newText);
        const QList<ConfigChange> changes = diffDocuments(doc(oldText), doc(newText));
        QVERIFY2(changes.isEmpty(), qPrintable(summary(changes).join(u'\n')));
    }

    void kinds()
    {
        const TomlDocument oldDoc = doc(R"([server]
hostname = "old.example.com"
offset = 0
enable_x = "true"

[keystore.primary]
name = "wso2carbon.jks"
password = "wso2carbon"
)"_ba);
        const TomlDocument newDoc = doc(R"([server]
hostname = "new.example.com"
offset = 0
enable_x = true
proxy_context_path = "is"

[keystore.primary]
file_name = "wso2carbon.jks"
password = "wso2carbon"
)"_ba);
        const QList<ConfigChange> changes = diffDocuments(oldDoc, newDoc);
        QCOMPARE(summary(changes),
            (QStringList { u"changed server.hostname"_s, u"type-changed server.enable_x"_s,
                u"added server.proxy_context_path"_s, u"removed keystore.primary.name"_s,
                u"added keystore.primary.file_name"_s }));

        const ConfigChange& hostname = changes.at(0);
        QCOMPARE(hostname.oldValue, u"\"old.example.com\""_s);
        QCOMPARE(hostname.newValue, u"\"new.example.com\""_s);
        QCOMPARE(hostname.oldPos.line, 2);
        QCOMPARE(hostname.newPos.line, 2);

        const ConfigChange& type = changes.at(1);
        QCOMPARE(type.oldType, u"string"_s);
        QCOMPARE(type.newType, u"boolean"_s);

        const ConfigChange& added = changes.at(2);
        QVERIFY(!added.oldPos.isValid());
        QCOMPARE(added.newPos.line, 5);
        QVERIFY(added.oldValue.isEmpty());

        const ConfigChange& removed = changes.at(3);
        QCOMPARE(removed.oldPos.line, 7);
        QVERIFY(!removed.newPos.isValid());
        QCOMPARE(removed.oldValue, u"\"wso2carbon.jks\""_s);
    }

    void listenersMatchByIdentity()
    {
        const TomlDocument oldDoc = doc(R"(
[[event_listener]]
id = "a"
enable = true
[[event_listener]]
id = "b"
enable = true
)"_ba);
        // A listener inserted before the others, and b switched off: index
        // matching would report every element as changed.
        const TomlDocument newDoc = doc(R"(
[[event_listener]]
id = "new"
enable = true
[[event_listener]]
id = "a"
enable = true
[[event_listener]]
id = "b"
enable = false
)"_ba);
        QCOMPARE(summary(diffDocuments(oldDoc, newDoc)),
            (QStringList { u"added event_listener[id=\"new\"].id"_s, u"added event_listener[id=\"new\"].enable"_s,
                u"changed event_listener[id=\"b\"].enable"_s }));
    }

    void emptyTables()
    {
        QCOMPARE(summary(diffDocuments(doc("[a]\n"_ba), doc("[a]\nx = 1\n"_ba))), QStringList { u"added a.x"_s });
        QCOMPARE(summary(diffDocuments(doc("[a]\nx = 1\n"_ba), doc("[a]\n"_ba))), QStringList { u"removed a.x"_s });
        QCOMPARE(summary(diffDocuments(doc(""_ba), doc("[a]\n"_ba))), QStringList { u"added a"_s });
    }

    void removalsFollowTheirNeighbour()
    {
        const TomlDocument oldDoc = doc("a = 1\nb = 2\nc = 3\nd = 4\n"_ba);
        const TomlDocument newDoc = doc("a = 1\nx = 9\nc = 3\n"_ba);
        QCOMPARE(summary(diffDocuments(oldDoc, newDoc)),
            (QStringList { u"removed b"_s, u"added x"_s, u"removed d"_s }));
        const TomlDocument first = doc("z = 0\na = 1\n"_ba);
        QCOMPARE(summary(diffDocuments(first, doc("a = 1\n"_ba))), QStringList { u"removed z"_s });
    }

    void commentsAndOrderOnRequest()
    {
        const TomlDocument oldDoc = doc("[a]\n# why x\nx = 1\ny = 2\nz = 3\n"_ba);
        const TomlDocument newDoc = doc("[a]\n# why x, updated\nx = 1\nz = 3\ny = 2\n"_ba);
        QVERIFY(diffDocuments(oldDoc, newDoc).isEmpty());

        DiffOptions comments;
        comments.includeComments = true;
        QCOMPARE(summary(diffDocuments(oldDoc, newDoc, comments)), QStringList { u"comment-changed a.x"_s });

        DiffOptions order;
        order.includeOrder = true;
        const QStringList moved = summary(diffDocuments(oldDoc, newDoc, order));
        // One of y/z moved; the longest run that kept its order stays quiet.
        QCOMPARE(moved.size(), 1);
        QVERIFY(moved.constFirst() == u"moved a.y"_s || moved.constFirst() == u"moved a.z"_s);
    }

    void arraysOfValuesCompareWhole()
    {
        QCOMPARE(summary(diffDocuments(doc("x = [\"GET\", \"POST\"]\n"_ba), doc("x = [\"POST\", \"GET\"]\n"_ba))),
            QStringList { u"changed x"_s });
        QCOMPARE(summary(diffDocuments(doc("x = [1]\n"_ba), doc("x = [1, 2]\n"_ba))), QStringList { u"changed x"_s });
    }

    void symmetric()
    {
        const TomlDocument a = doc("a = 1\nb = \"x\"\n[t]\nc = true\n"_ba);
        const TomlDocument b = doc("a = 2\n[t]\nc = true\nd = 1\n"_ba);
        const QList<ConfigChange> forward = diffDocuments(a, b);
        const QList<ConfigChange> backward = diffDocuments(b, a);
        QCOMPARE(forward.size(), backward.size());
        QCOMPARE(std::count_if(forward.begin(), forward.end(), [](const auto& c) { return c.kind == ChangeKind::Added; }),
            std::count_if(backward.begin(), backward.end(), [](const auto& c) { return c.kind == ChangeKind::Removed; }));
    }
};

QTEST_GUILESS_MAIN(ConfigDiffTest)
#include "configdiff_test.moc"
