// SPDX-License-Identifier: Apache-2.0
#include "CliRunner.h"
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

QJsonObject findCheck(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& value : report.value(u"checks"_s).toArray())
        if (value.toObject().value(u"id"_s).toString() == id)
            return value.toObject();
    return {};
}

QStringList checkIds(const QJsonObject& report)
{
    QStringList ids;
    for (const QJsonValue& value : report.value(u"checks"_s).toArray())
        ids << value.toObject().value(u"id"_s).toString();
    return ids;
}

} // namespace

class CliCheckTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(QFileInfo(qEnvironmentVariable("ISMW_CLI")).isExecutable(),
            "ISMW_CLI must name is-migration-cli");
        QVERIFY(m_dir.isValid());
        SampleHomeOptions customized;
        customized.customizations = true;
        QString error;
        QVERIFY2(writeSampleIsHome(oldHome(), u"5.11.0"_s, customized, &error), qPrintable(error));
        QVERIFY2(writeSampleIsHome(newHome(), u"7.3.0"_s, {}, &error), qPrintable(error));
    }

    void customizedHomeExitsWithFindings()
    {
        const CliRun run = runCli({ u"check"_s, oldHome(), newHome(), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        QString error;
        const QJsonObject report = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(report.value(u"ok"_s).toBool(), true);
        QCOMPARE(report.value(u"command"_s).toString(), u"check"_s);
        QCOMPARE(report.value(u"oldHome"_s).toObject().value(u"release"_s).toString(), u"5.11.0"_s);
        QCOMPARE(report.value(u"newHome"_s).toObject().value(u"release"_s).toString(), u"7.3.0"_s);
        QVERIFY(report.value(u"warnings"_s).toInt() > 0);

        const QJsonArray checks = report.value(u"checks"_s).toArray();
        QVERIFY(!checks.isEmpty());
        const QStringList statuses { u"pass"_s, u"warning"_s, u"blocker"_s, u"n/a"_s };
        const QStringList categories { u"homes"_s, u"path"_s, u"resources"_s, u"java"_s, u"customization"_s };
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            const QString id = check.value(u"id"_s).toString();
            QVERIFY(!id.isEmpty());
            QVERIFY2(statuses.contains(check.value(u"status"_s).toString()),
                qPrintable(id + u": "_s + check.value(u"status"_s).toString()));
            QVERIFY2(categories.contains(check.value(u"category"_s).toString()), qPrintable(id));
            QVERIFY2(!check.value(u"title"_s).toString().isEmpty(), qPrintable(id));
        }

        // What the customized sample plants, as the operator decides on it.
        for (const auto& [id, action] :
            { std::pair {
                  u"custom.dropin-jar.com.example.identity.authenticator.otp-1.2.0.jar"_s, u"rebuild"_s },
                std::pair { u"custom.jdbc-driver.mysql-connector-j-8.4.0.jar"_s, u"copy"_s },
                std::pair { u"custom.keystore.partner-signing.jks"_s, u"convert"_s },
                std::pair { u"custom.userstore.corp.xml"_s, u"copy"_s },
                std::pair { u"custom.tenant.1"_s, u"copy"_s },
                std::pair { u"custom.conf.log4j2.properties"_s, u"review"_s } }) {
            const QJsonObject check = findCheck(report, id);
            QVERIFY2(!check.isEmpty(), qPrintable(id + u" missing: "_s + checkIds(report).join(u", "_s)));
            QCOMPARE(check.value(u"category"_s).toString(), u"customization"_s);
            QCOMPARE(check.value(u"status"_s).toString(), u"warning"_s);
            QCOMPARE(check.value(u"needsDecision"_s).toBool(), true);
            QCOMPARE(check.value(u"action"_s).toString(), action);
            QVERIFY(!check.value(u"subject"_s).toString().isEmpty());
        }

        // Java is probed in whatever environment runs the test; only that
        // the checks exist with a status is asserted, not that Java is there.
        int javaChecks = 0;
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            if (!check.value(u"id"_s).toString().startsWith(u"java."_s))
                continue;
            ++javaChecks;
            QCOMPARE(check.value(u"category"_s).toString(), u"java"_s);
            QVERIFY(!check.value(u"status"_s).toString().isEmpty());
        }
        QVERIFY2(javaChecks > 0, qPrintable(checkIds(report).join(u", "_s)));
    }

    void textGroupsByCategory()
    {
        const CliRun run = runCli({ u"check"_s, oldHome(), newHome() });
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(u"Customizations to carry over"_s), qPrintable(run.out));
        QVERIFY(run.out.contains(u"Migration path"_s));
        QVERIFY(run.out.contains(u"\u26a0 "_s));
        QVERIFY(run.out.contains(u"[rebuild]"_s));
        QVERIFY(run.out.contains(u"      Fix: "_s));
        QVERIFY(run.out.contains(u"keytool -importkeystore"_s));
        QVERIFY(run.out.contains(u"5.11.0"_s) && run.out.contains(u"7.3.0"_s));
        // Categories in their fixed order: the path before the customizations.
        QVERIFY(run.out.indexOf(u"Migration path"_s) < run.out.indexOf(u"Customizations to carry over"_s));
    }

    void downgradeIsABlocker()
    {
        const CliRun run = runCli({ u"check"_s, newHome(), oldHome(), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 1);
        QString error;
        const QJsonObject report = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QJsonObject direction = findCheck(report, u"path.direction"_s);
        QVERIFY2(!direction.isEmpty(), qPrintable(checkIds(report).join(u", "_s)));
        QCOMPARE(direction.value(u"status"_s).toString(), u"blocker"_s);
        QVERIFY(report.value(u"blockers"_s).toInt() >= 1);
    }

    void missingFolderIsABlocker_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("json") << u"json"_s;
        QTest::newRow("text") << u"text"_s;
    }
    void missingFolderIsABlocker()
    {
        QFETCH(QString, format);
        const QString missing = m_dir.filePath(u"no-such-home"_s);
        const CliRun run = runCli({ u"check"_s, oldHome(), missing, u"--format"_s, format });
        QCOMPARE(run.exitCode, 1);
        if (format == "text"_L1) {
            QVERIFY2(run.out.contains(u"\u2716 "_s), qPrintable(run.out));
            QVERIFY2(run.out.contains(missing), qPrintable(run.out));
            return;
        }
        QString error;
        const QJsonObject report = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(report.value(u"blockers"_s).toInt() >= 1);
        bool named = false;
        for (const QJsonValue& value : report.value(u"checks"_s).toArray()) {
            const QJsonObject check = value.toObject();
            if (check.value(u"status"_s).toString() == "blocker"_L1
                && (check.value(u"message"_s).toString().contains(missing)
                    || check.value(u"title"_s).toString().contains(missing)))
                named = true;
        }
        QVERIFY2(named, qPrintable(run.out));
        // Nothing to compare against: no customization checks.
        for (const QString& id : checkIds(report))
            QVERIFY2(!id.startsWith(u"custom."_s), qPrintable(id));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no homes") << QStringList { u"check"_s } << u"two IS homes needed"_s;
        QTest::newRow("one home") << QStringList { u"check"_s, u"/a"_s } << u"two IS homes needed"_s;
        QTest::newRow("three homes") << QStringList { u"check"_s, u"/a"_s, u"/b"_s, u"/c"_s }
                                     << u"two IS homes needed"_s;
        QTest::newRow("bad format") << QStringList { u"check"_s, u"/a"_s, u"/b"_s, u"--format"_s, u"xml"_s }
                                    << u"unknown format"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(u"check OLD_HOME NEW_HOME"_s));
        QVERIFY(run.out.isEmpty());
    }

    void usageErrorInJsonIsOneObject()
    {
        const CliRun run = runCli({ u"check"_s, oldHome(), u"--format"_s, u"json"_s });
        QCOMPARE(run.exitCode, 2);
        QString error;
        const QJsonObject object = parseObject(run.out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(object.value(u"ok"_s).toBool(), false);
        QCOMPARE(object.value(u"problem"_s).toString(), u"usage"_s);
    }

    void listedInHelp()
    {
        const CliRun run = runCli({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"check OLD_HOME NEW_HOME [--format text|json]"_s));
        const CliRun commandHelp = runCli({ u"check"_s, u"--help"_s });
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(u"Usage: is-migration-cli check"_s));
    }

private:
    QString oldHome() const { return m_dir.filePath(u"wso2is-5.11.0"_s); }
    QString newHome() const { return m_dir.filePath(u"wso2is-7.3.0"_s); }

    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(CliCheckTest)
#include "cli_check_test.moc"
