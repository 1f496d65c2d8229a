// SPDX-License-Identifier: Apache-2.0
// The server's own scheduled token and session cleanup as deployment.toml
// sets it: every switch the reference names, on unless the file says false,
// with the line that says so; the page's reminder text follows from it.
#include "config/TomlDocument.h"
#include "database/BuiltInCleanup.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

class BuiltInCleanupTest : public QObject
{
    Q_OBJECT

    static BuiltInCleanupState stateOf(const QByteArray& toml)
    {
        auto document = TomlDocument::parse(toml, u"deployment.toml"_s, true);
        if (!document)
            qFatal("%s", qPrintable(document.error().toString()));
        return builtInCleanupState(*document);
    }
    static const BuiltInCleanupSwitch* find(const BuiltInCleanupState& state, const QString& path)
    {
        for (const BuiltInCleanupSwitch& s : state.switches)
            if (s.path == path)
                return &s;
        return nullptr;
    }

private Q_SLOTS:
    void unsetSwitchesAreOn()
    {
        const BuiltInCleanupState state = stateOf("[server]\nhostname = \"iam.example.com\"\n");
        QCOMPARE(state.switches.size(), 4);
        for (const BuiltInCleanupSwitch& s : state.switches) {
            QVERIFY2(s.enabled && !s.setInFile && s.line == 0, qPrintable(s.path));
        }
        QVERIFY(state.anyEnabled());
        QVERIFY(state.describe().contains(u"oauth.token_cleanup.enable is not set"_s));
    }

    void everySwitchOffIsOff()
    {
        const BuiltInCleanupState state = stateOf("[oauth.token_cleanup]\nenable = false\n\n"
                                                  "[session_data.cleanup]\n"
                                                  "enable_expired_data_cleanup = false\n"
                                                  "clean_logged_out_sessions_at_immediate_cycle = false\n"
                                                  "enable_pre_session_data_cleanup = false\n");
        QVERIFY(!state.anyEnabled());
        QCOMPARE(find(state, u"oauth.token_cleanup.enable"_s)->line, 2);
        QCOMPARE(find(state, u"session_data.cleanup.enable_pre_session_data_cleanup"_s)->line, 7);
        QVERIFY(state.describe().contains(u"switches the built-in token and session cleanup off"_s));
    }

    // One switch left on is enough to warn, and the text names it with its line.
    void oneSwitchOnIsNamed()
    {
        const BuiltInCleanupState state = stateOf("oauth.token_cleanup.enable = false\n"
                                                  "[session_data.cleanup]\n"
                                                  "enable_expired_data_cleanup = true\n"
                                                  "clean_logged_out_sessions_at_immediate_cycle = false\n"
                                                  "enable_pre_session_data_cleanup = false\n");
        QVERIFY(state.anyEnabled());
        const BuiltInCleanupSwitch* expired = find(state, u"session_data.cleanup.enable_expired_data_cleanup"_s);
        QVERIFY(expired && expired->enabled && expired->setInFile);
        QCOMPARE(expired->line, 3);
        QVERIFY(!find(state, u"oauth.token_cleanup.enable"_s)->enabled); // a dotted key counts like a section
        const QString text = state.describe();
        QVERIFY2(text.contains(u"enable_expired_data_cleanup is true (line 3)"_s), qPrintable(text));
        QVERIFY(!text.contains(u"token_cleanup"_s));
    }

    // The server's config mapper reads "false" as false; anything else keeps it on.
    void stringFalseCountsAndOtherValuesDoNot()
    {
        QVERIFY(!find(stateOf("[oauth.token_cleanup]\nenable = \"false\"\n"), u"oauth.token_cleanup.enable"_s)->enabled);
        QVERIFY(find(stateOf("[oauth.token_cleanup]\nenable = \"no\"\n"), u"oauth.token_cleanup.enable"_s)->enabled);
    }
};

QTEST_GUILESS_MAIN(BuiltInCleanupTest)
#include "builtincleanup_test.moc"
