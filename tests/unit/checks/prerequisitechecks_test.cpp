// SPDX-License-Identifier: Apache-2.0
// All prerequisite checks together, as page 2 and `is-migration-cli check`
// get them: both homes inspected, every check with a unique stable id in
// category order, the JSON form, and what a refused home leaves out.
#include "checks/PrerequisiteCheck.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Ismw;

class PrerequisiteChecksTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_old, m_new, m_java21;

    PrerequisiteOptions options() const
    {
        PrerequisiteOptions out;
        out.java.javaHome = m_java21;
        out.java.useEnvironment = false;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_old = m_dir.filePath(u"wso2is-5.11.0"_s);
        m_new = m_dir.filePath(u"wso2is-7.3.0"_s);
        SampleHomeOptions custom;
        custom.customizations = true;
        QString error;
        QVERIFY2(writeSampleIsHome(m_old, u"5.11.0"_s, custom, &error), qPrintable(error));
        QVERIFY2(writeSampleIsHome(m_new, u"7.3.0"_s, SampleHomeOptions {}, &error), qPrintable(error));
        // A real executable that answers as a JDK 21 does.
        m_java21 = m_dir.filePath(u"jdk-21"_s);
        QVERIFY(QDir().mkpath(m_java21 + u"/bin"_s));
        QFile java(m_java21 + u"/bin/java"_s);
        QVERIFY(java.open(QIODevice::WriteOnly));
        java.write("#!/bin/sh\necho 'openjdk version \"21.0.5\" 2024-10-15 LTS' >&2\n");
        java.close();
        QVERIFY(java.setPermissions(java.permissions() | QFile::ExeOwner));
    }

    void everyCheckOnceInCategoryOrder()
    {
        const PrerequisiteReport report = runPrerequisiteChecks(m_old, m_new, options());
        QVERIFY(report.oldHome.ok && report.newHome.ok);
        QCOMPARE(report.oldHome.releaseString(), u"5.11.0"_s);
        QSet<QString> ids;
        int previous = -1;
        for (const PrerequisiteCheck& check : report.checks) {
            QVERIFY2(!check.id.isEmpty() && !ids.contains(check.id), qPrintable(check.id));
            ids.insert(check.id);
            QVERIFY2(int(check.category) >= previous, qPrintable(check.id));
            previous = int(check.category);
            QVERIFY2(!check.title.isEmpty() && !check.message.isEmpty(), qPrintable(check.id));
            if (check.needsDecision)
                QCOMPARE(check.category, CheckCategory::Customization);
        }
        for (const char* id : { "path.direction", "path.latest", "path.steps", "java.new-home", "java.old-home",
                 "resources.memory", "resources.disk.new" })
            QVERIFY2(report.find(QString::fromLatin1(id)), id);
        QCOMPARE(report.find(u"path.direction"_s)->status, CheckStatus::Pass);
        QCOMPARE(report.find(u"java.new-home"_s)->status, CheckStatus::Pass); // 21 runs 7.3.0
        QVERIFY(report.count(CheckStatus::Warning) > 0); // the customizations at least
        QVERIFY(!report.hasBlockers());
    }

    void jsonCarriesEveryCheck()
    {
        const PrerequisiteReport report = runPrerequisiteChecks(m_old, m_new, options());
        const QJsonObject json = toJson(report);
        const QJsonArray checks = json.value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), report.checks.size());
        QCOMPARE(json.value(u"blockers"_s).toInt(), report.count(CheckStatus::Blocker));
        QCOMPARE(json.value(u"warnings"_s).toInt(), report.count(CheckStatus::Warning));
        QCOMPARE(json.value(u"oldHome"_s).toObject().value(u"release"_s).toString(), u"5.11.0"_s);
        for (const QJsonValue& value : checks) {
            const QJsonObject check = value.toObject();
            QVERIFY(checkStatusFromKey(check.value(u"status"_s).toString()).has_value());
            QVERIFY(!check.value(u"category"_s).toString().isEmpty());
            if (check.value(u"needsDecision"_s).toBool())
                QVERIFY(!check.value(u"action"_s).toString().isEmpty());
        }
    }

    // A folder that is no IS home: a blocker that says so, and no comparison
    // of customizations against it.
    void aRefusedHomeIsABlockerAndNothingIsCompared()
    {
        const QString notHome = m_dir.filePath(u"downloads"_s);
        QVERIFY(QDir().mkpath(notHome));
        const PrerequisiteReport report = runPrerequisiteChecks(notHome, m_new, options());
        QVERIFY(!report.oldHome.ok);
        const PrerequisiteCheck* old = report.find(u"homes.old"_s);
        QVERIFY(old && old->status == CheckStatus::Blocker);
        QVERIFY2(old->message.contains(u"downloads"_s), qPrintable(old->message));
        for (const PrerequisiteCheck& check : report.checks)
            QVERIFY2(check.category != CheckCategory::Customization, qPrintable(check.id));
    }
};

QTEST_GUILESS_MAIN(PrerequisiteChecksTest)
#include "prerequisitechecks_test.moc"
