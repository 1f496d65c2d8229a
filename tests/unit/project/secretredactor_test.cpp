// SPDX-License-Identifier: Apache-2.0
#include "secrets/SecretRedactor.h"

#include <QTest>

using namespace Ismw;
using namespace Qt::StringLiterals;

class SecretRedactorTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("password") << u"password"_s << true;
        QTest::newRow("dotted") << u"database.identity_db.password"_s << true;
        QTest::newRow("key_password") << u"keystore.primary.key_password"_s << true;
        QTest::newRow("app_password") << u"app_password"_s << true;
        QTest::newRow("client_secret") << u"client_secret"_s << true;
        QTest::newRow("hash") << u"hash"_s << true;
        QTest::newRow("upper") << u"PASSWORD"_s << true;
        QTest::newRow("username") << u"username"_s << false;
        QTest::newRow("password rule") << u"password_java_regex"_s << false;
        QTest::newRow("hostname") << u"server.hostname"_s << false;
        QTest::newRow("token cleanup") << u"token_cleanup"_s << false;
    }
    void secretKeys()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(isSecretKey(key), secret);
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const QString m = kSecretMask.toString();
        QTest::newRow("toml string") << u"password = \"hunter2\""_s << u"password = \"%1\""_s.arg(m);
        QTest::newRow("toml literal") << u"key_password='abc'"_s << u"key_password='%1'"_s.arg(m);
        QTest::newRow("properties") << u"user=bob password=hunter2 host=x"_s << u"user=bob password=%1 host=x"_s.arg(m);
        QTest::newRow("yaml") << u"client_secret: abc123"_s << u"client_secret: %1"_s.arg(m);
        QTest::newRow("secret ref") << u"pw is $secret{admin_alias}"_s << u"pw is $secret{%1}"_s.arg(m);
        QTest::newRow("secrets table")
            << u"[secrets]\nadmin = \"Zm9vYmFy\"\n\n[server]\nhostname = \"h\""_s
            << u"[secrets]\nadmin = \"%1\"\n\n[server]\nhostname = \"h\""_s.arg(m);
        QTest::newRow("plain") << u"Run 3 started on dev by Ana."_s << u"Run 3 started on dev by Ana."_s;
        // A harmless key whose value holds a secret pair: the value is searched too.
        QTest::newRow("after a line number") << u"line 12: password=hunter2"_s << u"line 12: password=%1"_s.arg(m);
        QTest::newRow("inside a url") << u"url=jdbc:mysql://db:3306/x?user=a&password=hunter2"_s
                                      << u"url=jdbc:mysql://db:3306/x?user=a&password=%1"_s.arg(m);
        QTest::newRow("after a colon") << u"failed: client_secret: abc123"_s << u"failed: client_secret: %1"_s.arg(m);
        QTest::newRow("escaped quote") << u"password = \"a\\\"b\" next = 1"_s << u"password = \"%1\" next = 1"_s.arg(m);
    }
    void redaction()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(redactSecrets(text), expected);
        QCOMPARE(redactSecrets(redactSecrets(text)), expected); // idempotent
    }
};

QTEST_GUILESS_MAIN(SecretRedactorTest)
#include "secretredactor_test.moc"
