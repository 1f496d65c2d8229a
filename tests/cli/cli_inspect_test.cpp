// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"
#include "Version.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ismw;
using namespace Ismw::Test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QString& text, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        *error = parseError.errorString() + u": "_s + text;
    return document.object();
}

QStringList customizationKinds(const QJsonObject& object)
{
    QStringList kinds;
    for (const QJsonValue& item : object.value(u"customizations"_s).toArray())
        kinds << item.toObject().value(u"kind"_s).toString();
    return kinds;
}

} // namespace

class CliInspectTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("ISMW_CLI")).isExecutable(),
            "ISMW_CLI must name is-migration-cli");
        QVERIFY(m_dir.isValid());
        // "nobody" must reach the homes for the unreadable case.
        QFile::setPermissions(m_dir.path(),
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadOther
                | QFileDevice::ExeOther);
        SampleHomeOptions customized;
        customized.customizations = true;
        QString error;
        QVERIFY2(writeSampleIsHome(m_dir.filePath(u"wso2is-5.11.0"_s), u"5.11.0"_s, customized, &error),
            qPrintable(error));
        QVERIFY2(
            writeSampleIsHome(m_dir.filePath(u"wso2is-7.1.0"_s), u"7.1.0"_s, {}, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"not-a-home/bin"_s)));
    }

    void inspectJson_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<QStringList>("kinds");
        QTest::newRow("5.11.0 customized") << u"5.11.0"_s << u"4.6.1"_s
                                           << QStringList { u"dropin-jar"_s, u"jdbc-driver"_s, u"lib-jar"_s,
                                                  u"keystore"_s, u"userstore"_s, u"webapp"_s, u"tenant"_s };
        QTest::newRow("7.1.0 stock") << u"7.1.0"_s << u"4.10.42"_s << QStringList {};
    }
    void inspectJson()
    {
        QFETCH(QString, release);
        QFETCH(QString, kernel);
        QFETCH(QStringList, kinds);
        const CliRun run
            = runCli({ u"inspect"_s, m_dir.filePath(u"wso2is-"_s + release), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
        QString error;
        const QJsonObject object = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(object.value(u"ok"_s).toBool(), true);
        QCOMPARE(object.value(u"release"_s).toString(), release);
        QCOMPARE(object.value(u"kernel"_s).toString(), kernel);
        QCOMPARE(object.value(u"knownRelease"_s).toBool(), true);
        QStringList found = customizationKinds(object);
        found.sort();
        kinds.sort();
        QCOMPARE(found, kinds);
    }

    void inspectText()
    {
        const CliRun run = runCli({ u"inspect"_s, m_dir.filePath(u"wso2is-5.11.0"_s) });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"WSO2 Identity Server 5.11.0 (kernel 4.6.1)"_s));
        QVERIFY(run.out.contains(u"mysql-connector-j-8.4.0.jar"_s));
        QVERIFY(run.out.contains(u"Customizations to carry over (7)"_s));
    }

    void warningsExitWithOne()
    {
        QTemporaryDir dir;
        const QString home = dir.filePath(u"home"_s);
        QVERIFY(writeSampleIsHome(home, u"7.1.0"_s, {}));
        QFile product(home + u"/updates/product.txt"_s);
        QVERIFY(product.open(QIODevice::WriteOnly | QIODevice::Truncate));
        product.write("wso2is-7.0.0\n");
        product.close();
        const CliRun run = runCli({ u"inspect"_s, home, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        QString error;
        const QJsonObject object = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonArray warnings = object.value(u"warnings"_s).toArray();
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().toObject().value(u"id"_s).toString(), u"version.conflict"_s);
    }

    void notAHome_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("json") << u"json"_s;
    }
    void notAHome()
    {
        QFETCH(QString, format);
        const QString folder = m_dir.filePath(u"not-a-home"_s);
        const CliRun run = runCli({ u"inspect"_s, u"--format"_s, format, folder });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(folder), qPrintable(run.err));
        QVERIFY(run.err.contains(
            u"missing bin/version.txt, updates/product.txt and repository/conf/deployment.toml"_s));
        QVERIFY(run.err.contains(u"Choose the folder that contains bin/ and repository/"_s));
        if (format == "text"_L1) {
            QVERIFY(run.out.isEmpty());
        } else {
            QString error;
            const QJsonObject object = parseObject(run.out, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QCOMPARE(object.value(u"ok"_s).toBool(), false);
            QCOMPARE(object.value(u"problem"_s).toString(), u"not-a-home"_s);
        }
    }

    void parentFolderSuggestsTheHome()
    {
        QTemporaryDir dir;
        QVERIFY(writeSampleIsHome(dir.filePath(u"wso2is-7.1.0"_s), u"7.1.0"_s, {}));
        const CliRun run = runCli({ u"inspect"_s, dir.path() });
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(
            run.err.contains(u"Choose "_s + QFileInfo(dir.filePath(u"wso2is-7.1.0"_s)).canonicalFilePath()),
            qPrintable(run.err));
    }

    void unreadableIsAnIoFailure()
    {
        const QString home = m_dir.filePath(u"locked"_s);
        QVERIFY(writeSampleIsHome(home, u"7.1.0"_s, {}));
        QVERIFY(QFile::setPermissions(home, QFileDevice::Permissions()));
        // Root reads every folder, so the CLI runs as "nobody" then.
        const CliRun run = runCli({ u"inspect"_s, home }, geteuid() == 0);
        QFile::setPermissions(home, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"cannot be read"_s), qPrintable(run.err));
    }

    void version()
    {
        const CliRun run = runCli({ u"--version"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QString::fromUtf8(kVersion)));
        QVERIFY(run.out.contains(u"is-migration-cli"_s));
        QVERIFY(run.out.contains(u"7.3.0"_s));
    }

    void help()
    {
        const CliRun run = runCli({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Usage: is-migration-cli"_s));
        QVERIFY(run.out.contains(u"inspect HOME [--format text|json]"_s));
        QVERIFY(run.out.contains(u"Exit codes"_s));

        const CliRun commandHelp = runCli({ u"inspect"_s, u"--help"_s });
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(u"Usage: is-migration-cli inspect"_s));
        QVERIFY(commandHelp.out.contains(u"--format"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << u"no command given"_s;
        QTest::newRow("unknown command") << QStringList { u"migrate-everything"_s } << u"unknown command"_s;
        QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << u"frobnicate"_s;
        QTest::newRow("no home") << QStringList { u"inspect"_s } << u"no IS home given"_s;
        QTest::newRow("two homes") << QStringList { u"inspect"_s, u"a"_s, u"b"_s }
                                   << u"one IS home at a time"_s;
        QTest::newRow("bad format") << QStringList { u"inspect"_s, u"x"_s, u"--format"_s, u"xml"_s }
                                    << u"unknown format"_s;
        QTest::newRow("missing home")
            << QStringList { u"inspect"_s, u"/no/such/ismw/home"_s } << u"does not exist"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrorInJsonIsOneObject()
    {
        const CliRun run = runCli({ u"inspect"_s, u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 2);
        QString error;
        const QJsonObject object = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(object.value(u"problem"_s).toString(), u"usage"_s);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CliInspectTest)
#include "cli_inspect_test.moc"
