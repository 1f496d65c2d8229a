// SPDX-License-Identifier: Apache-2.0
#include "config/ConfigTypes.h"
#include "secrets/SecretRedactor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

class ConfigTypesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitAndJoin_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("segments");
        QTest::newRow("plain") << u"keystore.primary.file_name"_s
                               << QStringList { u"keystore"_s, u"primary"_s, u"file_name"_s };
        QTest::newRow("quoted dot") << u"hazelcast.\"hazelcast.logging.type\""_s
                                    << QStringList { u"hazelcast"_s, u"\"hazelcast.logging.type\""_s };
        QTest::newRow("identity with dots") << u"event_listener[id=\"a.b\"].enable"_s
                                            << QStringList { u"event_listener[id=\"a.b\"]"_s, u"enable"_s };
        QTest::newRow("escaped quote") << u"a.\"x\\\".y\".z"_s
                                       << QStringList { u"a"_s, u"\"x\\\".y\""_s, u"z"_s };
        QTest::newRow("position") << u"x[#2].y"_s << QStringList { u"x[#2]"_s, u"y"_s };
    }
    void splitAndJoin()
    {
        QFETCH(QString, path);
        QFETCH(QStringList, segments);
        QCOMPARE(splitConfigPath(path), segments);
        QCOMPARE(joinConfigPath(segments), path);
    }

    void lastKey_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("key");
        QTest::newRow("plain") << u"keystore.primary.password"_s << u"password"_s;
        QTest::newRow("quoted") << u"a.\"key.password\""_s << u"key.password"_s;
        QTest::newRow("element") << u"a.event_listener[id=\"x\"]"_s << u"event_listener"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void lastKey()
    {
        QFETCH(QString, path);
        QFETCH(QString, key);
        QCOMPARE(lastPathKey(path), key);
    }

    void masking_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("masked");
        QTest::newRow("password") << u"super_admin.password"_s << u"\"admin\""_s << true;
        QTest::newRow("key_password") << u"keystore.primary.key_password"_s << u"\"x\""_s << true;
        QTest::newRow("client_secret") << u"authentication.x.client_secret"_s << u"\"x\""_s << true;
        QTest::newRow("hash") << u"account_recovery.endpoint.auth.hash"_s << u"\"66cd\""_s << true;
        QTest::newRow("app_password") << u"identity.auth_framework.endpoint.app_password"_s << u"\"d\""_s << true;
        QTest::newRow("secret ref anywhere") << u"database.identity_db.url"_s << u"\"$secret{db}\""_s << true;
        QTest::newRow("secrets table") << u"secrets.admin_pw"_s << u"\"[enc]\""_s << true;
        QTest::newRow("username") << u"super_admin.username"_s << u"\"admin\""_s << false;
        QTest::newRow("regex rule") << u"user_store.password_java_regex"_s << u"\"^.{5,}$\""_s << false;
        QTest::newRow("ref") << u"keystore.tls.password"_s << u"\"$ref{keystore.primary.password}\""_s << true;
    }
    void masking()
    {
        QFETCH(QString, path);
        QFETCH(QString, value);
        QFETCH(bool, masked);
        QCOMPARE(isSecretValue(path, value), masked);
        QCOMPARE(displayValue(path, value), masked ? kSecretMask.toString() : value);
        // Revealing is the user's explicit choice on screen.
        QCOMPARE(displayValue(path, value, true), value);
    }

    void severities()
    {
        for (Severity s : { Severity::Info, Severity::Warning, Severity::Blocker }) {
            Severity parsed = Severity::Info;
            QVERIFY(parseSeverity(severityName(s), &parsed));
            QCOMPARE(parsed, s);
        }
        Severity untouched = Severity::Warning;
        QVERIFY(!parseSeverity(u"fatal", &untouched));
        QCOMPARE(untouched, Severity::Warning);
    }

    void errorText()
    {
        ConfigError error;
        error.file = u"/x/deployment.toml"_s;
        error.message = u"TOML syntax error."_s;
        QCOMPARE(error.toString(), u"/x/deployment.toml: TOML syntax error."_s);
        error.line = 3;
        QCOMPARE(error.toString(), u"/x/deployment.toml:3: TOML syntax error."_s);
        error.column = 7;
        QCOMPARE(error.toString(), u"/x/deployment.toml:3:7: TOML syntax error."_s);
    }
};

QTEST_GUILESS_MAIN(ConfigTypesTest)
#include "configtypes_test.moc"
