// SPDX-License-Identifier: Apache-2.0
#include "checks/CustomizationChecks.h"
#include "checks/IsHomeInspector.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sys/wait.h>
#include <unistd.h>

using namespace Ismw;
using namespace Qt::StringLiterals;

namespace {

// Expected: id → action and subject.
struct Expected
{
    QString id;
    QString action;
    QString subject;
};

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)

namespace {

QString writeHome(const QString& dir, const QString& release, const SampleHomeOptions& options = {})
{
    QString error;
    if (!writeSampleIsHome(dir, release, options, &error)) {
        qWarning() << "writeSampleIsHome failed:" << error;
        return {};
    }
    return dir;
}

bool writeText(const QString& path, const QString& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

SampleHomeOptions customized()
{
    SampleHomeOptions options;
    options.customizations = true;
    return options;
}

QList<PrerequisiteCheck> compare(const QString& oldHome, const QString& newHome)
{
    const IsHomeInspection oldInspection = inspectIsHome(oldHome);
    const IsHomeInspection newInspection = inspectIsHome(newHome);
    if (!oldInspection.ok || !newInspection.ok)
        qWarning() << "not a home:" << oldInspection.error << newInspection.error;
    return customizationChecks(oldInspection, newInspection);
}

const PrerequisiteCheck* find(const QList<PrerequisiteCheck>& checks, const QString& id)
{
    for (const PrerequisiteCheck& check : checks)
        if (check.id == id)
            return &check;
    return nullptr;
}

QStringList ids(const QList<PrerequisiteCheck>& checks)
{
    QStringList list;
    for (const PrerequisiteCheck& check : checks)
        list << check.id;
    return list;
}

struct ChildChecks
{
    bool ran = false;
    QJsonArray checks; // id, status, message, fixHint, subject
};

// Root reads every folder whatever its mode, so the unreadable case runs the
// very same code as "nobody" (uid 65534) in a child, as a non-root operator
// would: the folder is then truly unreadable for that process.
ChildChecks checksAsNobody(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    ChildChecks result;
    int fds[2];
    if (pipe(fds) != 0)
        return result;
    const pid_t pid = fork();
    if (pid == 0) {
        ::close(fds[0]);
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(3);
        QJsonArray array;
        for (const PrerequisiteCheck& check : customizationChecks(oldHome, newHome))
            array.append(QJsonObject { { u"id"_s, check.id }, { u"status"_s, int(check.status) },
                { u"message"_s, check.message }, { u"fixHint"_s, check.fixHint },
                { u"subject"_s, check.subject } });
        const QByteArray payload = QJsonDocument(array).toJson(QJsonDocument::Compact);
        qsizetype written = 0;
        while (written < payload.size()) {
            const ssize_t n
                = ::write(fds[1], payload.constData() + written, size_t(payload.size() - written));
            if (n <= 0)
                _exit(4);
            written += n;
        }
        ::close(fds[1]);
        _exit(0);
    }
    ::close(fds[1]);
    if (pid < 0) {
        ::close(fds[0]);
        return result;
    }
    QByteArray payload;
    char buffer[4096];
    ssize_t n = 0;
    while ((n = ::read(fds[0], buffer, sizeof buffer)) > 0)
        payload.append(buffer, n);
    ::close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return result;
    result.ran = true;
    result.checks = QJsonDocument::fromJson(payload).array();
    return result;
}

ChildChecks checksWithoutPermission(const IsHomeInspection& oldHome, const IsHomeInspection& newHome)
{
    if (geteuid() == 0)
        return checksAsNobody(oldHome, newHome);
    ChildChecks result { true, {} };
    for (const PrerequisiteCheck& check : customizationChecks(oldHome, newHome))
        result.checks.append(QJsonObject { { u"id"_s, check.id }, { u"status"_s, int(check.status) },
            { u"message"_s, check.message }, { u"fixHint"_s, check.fixHint },
            { u"subject"_s, check.subject } });
    return result;
}

} // namespace

class CustomizationChecksTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(!writeHome(m_dir.filePath(u"stock-7.3.0"_s), u"7.3.0"_s).isEmpty());
    }

    void customizedToStock_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QList<Expected>>("expected");

        const auto expected = [](const QString& keystore, const QString& keystoreAction) {
            return QList<Expected> {
                { u"custom.dropin-jar.com.example.identity.authenticator.otp-1.2.0.jar"_s, u"rebuild"_s,
                    u"repository/components/dropins/com.example.identity.authenticator.otp-1.2.0.jar"_s },
                { u"custom.lib-jar.com.example.claim.mapper-2.0.1.jar"_s, u"copy"_s,
                    u"repository/components/lib/com.example.claim.mapper-2.0.1.jar"_s },
                { u"custom.jdbc-driver.mysql-connector-j-8.4.0.jar"_s, u"copy"_s,
                    u"repository/components/lib/mysql-connector-j-8.4.0.jar"_s },
                { u"custom.userstore.corp.xml"_s, u"copy"_s,
                    u"repository/deployment/server/userstores/CORP.xml"_s },
                { u"custom.keystore."_s + keystore, keystoreAction,
                    u"repository/resources/security/"_s + keystore },
                { u"custom.webapp.example-selfservice.war"_s, u"review"_s,
                    u"repository/deployment/server/webapps/example-selfservice.war"_s },
                { u"custom.tenant.1"_s, u"copy"_s, u"repository/tenants/1"_s },
                { u"custom.conf.identity/example-claim-mappings.xml"_s, u"copy"_s,
                    u"repository/conf/identity/example-claim-mappings.xml"_s },
                { u"custom.conf.log4j2.properties"_s, u"review"_s, u"repository/conf/log4j2.properties"_s },
            };
        };
        // JKS homes into a PKCS12 release: convert; 7.1.0 is PKCS12 already.
        for (const QString& release : { u"5.9.0"_s, u"5.11.0"_s, u"6.1.0"_s, u"7.0.0"_s })
            QTest::newRow(qPrintable(release)) << release << expected(u"partner-signing.jks"_s, u"convert"_s);
        QTest::newRow("7.1.0") << u"7.1.0"_s << expected(u"partner-signing.p12"_s, u"copy"_s);
    }
    void customizedToStock()
    {
        QFETCH(QString, release);
        QFETCH(QList<Expected>, expected);
        const QString oldHome = writeHome(m_dir.filePath(u"custom-"_s + release), release, customized());
        QVERIFY(!oldHome.isEmpty());
        const QList<PrerequisiteCheck> checks = compare(oldHome, m_dir.filePath(u"stock-7.3.0"_s));

        QStringList expectedIds;
        for (const Expected& item : std::as_const(expected)) {
            expectedIds << item.id;
            const PrerequisiteCheck* check = find(checks, item.id);
            QVERIFY2(check, qPrintable(item.id + u" missing; found: "_s + ids(checks).join(u", "_s)));
            QCOMPARE(check->action, item.action);
            QCOMPARE(check->subject, item.subject);
        }
        QStringList found = ids(checks);
        found.sort();
        expectedIds.sort();
        QCOMPARE(found, expectedIds);

        for (const PrerequisiteCheck& check : checks) {
            QCOMPARE(check.status, CheckStatus::Warning);
            QCOMPARE(check.category, CheckCategory::Customization);
            QVERIFY(check.needsDecision);
            QVERIFY2(!check.title.isEmpty() && !check.message.isEmpty() && !check.fixHint.isEmpty(),
                qPrintable(check.id));
            QVERIFY2(!check.id.contains(u' ') && check.id == check.id.toLower(), qPrintable(check.id));
        }

        const PrerequisiteCheck* driver = find(checks, u"custom.jdbc-driver.mysql-connector-j-8.4.0.jar"_s);
        QVERIFY(driver->fixHint.contains(u"newer driver version"_s));
        QVERIFY(driver->title.contains(u"MySQL"_s));

        // Before 5.10 the sample's store has a manager without unique IDs.
        const PrerequisiteCheck* store = find(checks, u"custom.userstore.corp.xml"_s);
        QCOMPARE(store->fixHint.contains(u"unique user IDs"_s), release == "5.9.0"_L1);

        // The same comparison again gives the same ids, so decisions apply again.
        QCOMPARE(ids(compare(oldHome, m_dir.filePath(u"stock-7.3.0"_s))), ids(checks));
    }

    void sameHomeGivesNothing_data()
    {
        QTest::addColumn<QString>("oldRelease");
        QTest::addColumn<bool>("oldCustomized");
        QTest::addColumn<bool>("itself");
        QTest::newRow("customized 7.1.0 with itself") << u"7.1.0"_s << true << true;
        QTest::newRow("customized 5.11.0 with itself") << u"5.11.0"_s << true << true;
        QTest::newRow("stock 7.3.0 with stock 7.3.0") << u"7.3.0"_s << false << false;
        // Stock files that differ between releases were not changed after
        // unpacking, so they are nothing to carry.
        QTest::newRow("stock 5.11.0 with stock 7.3.0") << u"5.11.0"_s << false << false;
        QTest::newRow("stock 7.0.0 with stock 7.3.0") << u"7.0.0"_s << false << false;
    }
    void sameHomeGivesNothing()
    {
        QFETCH(QString, oldRelease);
        QFETCH(bool, oldCustomized);
        QFETCH(bool, itself);
        QTemporaryDir dir;
        const QString oldHome = writeHome(
            dir.filePath(u"old"_s), oldRelease, oldCustomized ? customized() : SampleHomeOptions {});
        QVERIFY(!oldHome.isEmpty());
        const QList<PrerequisiteCheck> checks
            = compare(oldHome, itself ? oldHome : m_dir.filePath(u"stock-7.3.0"_s));
        QVERIFY2(checks.isEmpty(), qPrintable(ids(checks).join(u", "_s)));
    }

    void otherVersionsAreNamed()
    {
        QTemporaryDir dir;
        const QString oldHome = writeHome(dir.filePath(u"old"_s), u"5.11.0"_s, customized());
        SampleHomeOptions rebuilt;
        rebuilt.rebuiltCustomJars = true;
        const QString newHome = writeHome(dir.filePath(u"new"_s), u"7.3.0"_s, rebuilt);
        QVERIFY(!oldHome.isEmpty() && !newHome.isEmpty());
        // The acme pair of the issue: versions of different length.
        QVERIFY(writeText(oldHome + u"/repository/components/dropins/acme-auth-1.2.jar"_s, {}));
        QVERIFY(writeText(newHome + u"/repository/components/dropins/acme-auth-1.4.0.jar"_s, {}));
        const QList<PrerequisiteCheck> checks = compare(oldHome, newHome);

        const auto verifyBoth = [&](const QString& id, const QString& action, const QString& oldJar,
                                    const QString& newJar) {
            const PrerequisiteCheck* check = find(checks, id);
            if (!check)
                return u"%1 missing; found %2"_s.arg(id, ids(checks).join(u", "_s));
            if (check->action != action)
                return u"%1: action %2, expected %3"_s.arg(id, check->action, action);
            if (!check->message.contains(oldJar) || !check->message.contains(newJar))
                return u"%1: message does not name %2 and %3: %4"_s.arg(id, oldJar, newJar, check->message);
            return QString();
        };
        QString problem = verifyBoth(u"custom.dropin-jar.acme-auth-1.2.jar"_s, u"rebuild"_s,
            u"acme-auth-1.2.jar"_s, u"acme-auth-1.4.0.jar"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = verifyBoth(u"custom.dropin-jar.com.example.identity.authenticator.otp-1.2.0.jar"_s,
            u"rebuild"_s, u"otp-1.2.0.jar"_s, u"otp-1.3.0.jar"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = verifyBoth(u"custom.lib-jar.com.example.claim.mapper-2.0.1.jar"_s, u"review"_s,
            u"mapper-2.0.1.jar"_s, u"mapper-2.1.0.jar"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        problem = verifyBoth(u"custom.jdbc-driver.mysql-connector-j-8.4.0.jar"_s, u"review"_s,
            u"mysql-connector-j-8.4.0.jar"_s, u"mysql-connector-j-9.1.0.jar"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // The same jar in both homes has been carried over already.
        QVERIFY(writeText(newHome + u"/repository/components/dropins/acme-auth-1.2.jar"_s, {}));
        QVERIFY(!find(compare(oldHome, newHome), u"custom.dropin-jar.acme-auth-1.2.jar"_s));
    }

    void keystoreType_data()
    {
        QTest::addColumn<QString>("newRelease");
        QTest::addColumn<QString>("action");
        QTest::newRow("7.3.0 defaults to PKCS12") << u"7.3.0"_s << u"convert"_s;
        QTest::newRow("7.1.0 defaults to PKCS12") << u"7.1.0"_s << u"convert"_s;
        QTest::newRow("7.0.0 defaults to JKS") << u"7.0.0"_s << u"copy"_s;
    }
    void keystoreType()
    {
        QFETCH(QString, newRelease);
        QFETCH(QString, action);
        QTemporaryDir dir;
        const QString oldHome = writeHome(dir.filePath(u"old"_s), u"6.1.0"_s, customized());
        const QString newHome = writeHome(dir.filePath(u"new"_s), newRelease);
        QVERIFY(!oldHome.isEmpty() && !newHome.isEmpty());
        // The server's own certificate replaces the stock keystore: same name, changed later.
        QVERIFY(
            writeText(oldHome + u"/repository/resources/security/wso2carbon.jks"_s, u"our certificate"_s));
        const QList<PrerequisiteCheck> checks = compare(oldHome, newHome);

        for (const QString& name : { u"partner-signing.jks"_s, u"wso2carbon.jks"_s }) {
            const PrerequisiteCheck* check = find(checks, u"custom.keystore."_s + name);
            QVERIFY2(check, qPrintable(name + u" missing; found "_s + ids(checks).join(u", "_s)));
            QCOMPARE(check->action, action);
            QVERIFY(check->title.contains(u"JKS"_s));
            if (action == "convert"_L1) {
                QVERIFY2(check->fixHint.contains(
                             u"keytool -importkeystore -srckeystore %1 -srcstoretype JKS"_s.arg(name)),
                    qPrintable(check->fixHint));
                QVERIFY(check->fixHint.contains(u"-deststoretype PKCS12"_s));
                QVERIFY(check->fixHint.contains(u"type = \"JKS\""_s));
                QVERIFY(check->message.contains(u"PKCS12"_s));
                // keytool asks for the passwords; none belongs in the hint.
                QVERIFY2(!check->fixHint.contains(u"storepass"_s) && !check->fixHint.contains(u"keypass"_s),
                    qPrintable(check->fixHint));
            }
        }
        // The truststore was not touched after unpacking.
        QVERIFY(!find(checks, u"custom.keystore.client-truststore.jks"_s));
    }

    void confFilesAreFilteredAndBounded()
    {
        QTemporaryDir dir;
        const QString oldHome = writeHome(dir.filePath(u"old"_s), u"7.0.0"_s);
        QVERIFY(!oldHome.isEmpty());
        const QString conf = oldHome + u"/repository/conf/"_s;
        // Generated or the Configuration page's: not listed.
        QVERIFY(writeText(conf + u"deployment.toml"_s, u"[server]\nhostname = \"changed\"\n"_s));
        QVERIFY(writeText(conf + u"deployment.toml.bak-20250101-101010"_s, u"old"_s));
        QVERIFY(writeText(conf + u"audit.log"_s, u"log"_s));
        QVERIFY(writeText(conf + u"tmp/scratch.xml"_s, u"<x/>"_s));
        QVERIFY(writeText(conf + u"backup/carbon.xml"_s, u"<x/>"_s));
        // Rendered from a template at start-up: deployment.toml's business.
        QVERIFY(writeText(conf + u"identity/identity.xml"_s, u"<Server/>"_s));
        QVERIFY(writeText(
            oldHome + u"/repository/resources/conf/templates/repository/conf/identity/identity.xml.j2"_s,
            u"<Server/>"_s));
        // A folder the new release lacks: review rather than copy.
        QVERIFY(writeText(conf + u"partner/endpoints.properties"_s, u"a = b\n"_s));
        // Deeper than the walk goes.
        QVERIFY(writeText(conf + u"a/b/c/d/e/f/g/h/deep.xml"_s, u"<x/>"_s));

        const QList<PrerequisiteCheck> checks = compare(oldHome, m_dir.filePath(u"stock-7.3.0"_s));
        const PrerequisiteCheck* partner = find(checks, u"custom.conf.partner/endpoints.properties"_s);
        QVERIFY2(partner, qPrintable(ids(checks).join(u", "_s)));
        QCOMPARE(partner->action, u"review"_s);
        QCOMPARE(partner->subject, u"repository/conf/partner/endpoints.properties"_s);
        const PrerequisiteCheck* truncated = find(checks, u"custom.truncated.repository/conf"_s);
        QVERIFY2(truncated, qPrintable(ids(checks).join(u", "_s)));
        QCOMPARE(truncated->status, CheckStatus::Warning);
        QVERIFY(!find(checks, u"custom.conf.a/b/c/d/e/f/g/h/deep.xml"_s));
        for (const PrerequisiteCheck& check : checks) {
            QVERIFY2(!check.id.contains(u"deployment.toml"_s), qPrintable(check.id));
            QVERIFY2(!check.id.contains(u".log"_s), qPrintable(check.id));
            QVERIFY2(!check.id.contains(u"tmp/"_s) && !check.id.contains(u"backup/"_s), qPrintable(check.id));
            QVERIFY2(!check.id.contains(u"identity.xml"_s), qPrintable(check.id));
        }
        QCOMPARE(checks.size(), 2);
    }

    void symlinkLoopEnds()
    {
        QTemporaryDir dir;
        const QString oldHome = writeHome(dir.filePath(u"old"_s), u"7.1.0"_s, customized());
        QVERIFY(!oldHome.isEmpty());
        const QString identity = oldHome + u"/repository/conf/identity"_s;
        // A link to its own parent: followed, it would never end.
        QVERIFY(QFile::link(identity, identity + u"/loop"_s));
        QVERIFY(QFile::link(oldHome + u"/repository/conf"_s, identity + u"/conf-again"_s));
        // Out of the home: not the home's to carry.
        QVERIFY(writeText(dir.filePath(u"elsewhere/outside.xml"_s), u"<x/>"_s));
        QVERIFY(QFile::link(dir.filePath(u"elsewhere"_s), identity + u"/elsewhere"_s));

        QElapsedTimer timer;
        timer.start();
        const QList<PrerequisiteCheck> checks = compare(oldHome, m_dir.filePath(u"stock-7.3.0"_s));
        QVERIFY2(timer.elapsed() < 20'000, "the walk took too long");
        for (const PrerequisiteCheck& check : checks) {
            QVERIFY2(!check.id.contains(u"loop"_s) && !check.id.contains(u"conf-again"_s)
                    && !check.id.contains(u"elsewhere"_s),
                qPrintable(check.id));
        }
        QVERIFY(!find(checks, u"custom.truncated.repository/conf"_s));
        QVERIFY(find(checks, u"custom.conf.identity/example-claim-mappings.xml"_s));
    }

    void unreadableFolderIsNamed()
    {
        QTemporaryDir dir;
        // "nobody" must reach the homes for the unreadable case.
        QVERIFY(QFile::setPermissions(dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther));
        const QString oldHome = writeHome(dir.filePath(u"old"_s), u"7.0.0"_s, customized());
        QVERIFY(!oldHome.isEmpty());
        const QString locked = oldHome + u"/repository/conf/locked"_s;
        QVERIFY(writeText(locked + u"/secret-settings.xml"_s, u"<x/>"_s));
        const IsHomeInspection oldInspection = inspectIsHome(oldHome);
        const IsHomeInspection newInspection = inspectIsHome(m_dir.filePath(u"stock-7.3.0"_s));
        QVERIFY(oldInspection.ok && newInspection.ok);
        // The stock new home lives in m_dir, which nobody must reach as well.
        QVERIFY(QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther));

        QVERIFY(QFile::setPermissions(locked, QFileDevice::Permissions()));
        const ChildChecks result = checksWithoutPermission(oldInspection, newInspection);
        QFile::setPermissions(
            locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(result.ran);

        QJsonObject unreadable;
        QStringList found;
        for (const QJsonValue& value : result.checks) {
            const QJsonObject check = value.toObject();
            found << check.value(u"id"_s).toString();
            if (check.value(u"id"_s).toString() == "custom.unreadable.repository/conf/locked"_L1)
                unreadable = check;
        }
        QVERIFY2(!unreadable.isEmpty(), qPrintable(found.join(u", "_s)));
        QCOMPARE(unreadable.value(u"status"_s).toInt(), int(CheckStatus::Warning));
        QCOMPARE(unreadable.value(u"subject"_s).toString(), u"repository/conf/locked"_s);
        QVERIFY2(unreadable.value(u"message"_s).toString().contains(QFileInfo(locked).canonicalFilePath()),
            qPrintable(unreadable.value(u"message"_s).toString()));
        QVERIFY(unreadable.value(u"fixHint"_s).toString().contains(u"read access"_s));
        // What it holds is not guessed at, and the rest is still compared.
        QVERIFY(!found.contains(u"custom.conf.locked/secret-settings.xml"_s));
        QVERIFY(found.contains(u"custom.conf.identity/example-claim-mappings.xml"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CustomizationChecksTest)
#include "customizationchecks_test.moc"
