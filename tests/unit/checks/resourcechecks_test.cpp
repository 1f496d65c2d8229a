// SPDX-License-Identifier: Apache-2.0
#include "CheckTestSupport.h"
#include "checks/IsRelease.h"
#include "checks/ResourceChecks.h"
#include "config/TomlDocument.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::CheckStatus)

namespace {

// A real executable standing in for `java`: prints its banner to stderr,
// as java does.
bool writeScript(const QString& path, const QByteArray& body, bool executable = true)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    QFile::Permissions permissions
        = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
    if (executable)
        permissions |= QFile::ExeOwner | QFile::ExeUser;
    return file.setPermissions(permissions);
}

const QByteArray kJava17
    = "echo 'openjdk version \"17.0.9\" 2023-10-17' >&2\n"
      "echo 'OpenJDK Runtime Environment Temurin-17.0.9+9 (build 17.0.9+9)' >&2\n"
      "echo 'OpenJDK 64-Bit Server VM Temurin-17.0.9+9 (build 17.0.9+9, mixed mode)' >&2\n";
const QByteArray kJava8 = "echo 'java version \"1.8.0_392\"' >&2\n"
                          "echo 'Java(TM) SE Runtime Environment (build 1.8.0_392-b08)' >&2\n"
                          "echo 'Java HotSpot(TM) 64-Bit Server VM (build 25.392-b08, mixed mode)' >&2\n";
const QByteArray kJava21 = "echo 'openjdk version \"21\" 2023-09-19' >&2\n"
                           "echo 'OpenJDK Runtime Environment Corretto-21.0.0.35.1 (build 21+35-LTS)' >&2\n";

JavaProbeOptions isolated(const QString& javaHome, const QString& path = {})
{
    JavaProbeOptions options;
    options.javaHome = javaHome;
    options.path = path;
    options.useEnvironment = false;
    options.timeoutMs = 5000;
    return options;
}

using CheckTestSupport::find;
using CheckTestSupport::loadConfig;
using CheckTestSupport::sampleHome;

JavaRuntime runtime(const QVersionNumber& version)
{
    JavaRuntime java;
    java.found = true;
    java.executable = u"/usr/lib/jvm/java-%1-openjdk-amd64/bin/java"_s.arg(version.majorVersion());
    java.source = u"JAVA_HOME"_s;
    java.version = version;
    java.vendor = u"OpenJDK"_s;
    java.output = u"openjdk version \"%1\" 2023-10-17\nOpenJDK Runtime Environment"_s.arg(version.toString());
    return java;
}

} // namespace

class ResourceChecksTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // Numbers in messages ("0.5 s") as the assertions spell them.
        QLocale::setDefault(QLocale::c());
    }

    void probe_data()
    {
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QVersionNumber>("version");
        QTest::addColumn<QString>("vendor");
        QTest::newRow("17 Temurin") << kJava17 << QVersionNumber(17, 0, 9) << u"Temurin"_s;
        QTest::newRow("1.8 Oracle") << kJava8 << QVersionNumber(8, 0, 392) << u"Oracle"_s;
        QTest::newRow("21 Corretto") << kJava21 << QVersionNumber(21) << u"Corretto"_s;
        QTest::newRow("tool options first")
            << QByteArray("echo 'Picked up JAVA_TOOL_OPTIONS: -Xmx1g' >&2\n" + kJava17)
            << QVersionNumber(17, 0, 9) << u"Temurin"_s;
        QTest::newRow("plain OpenJDK") << QByteArray("echo 'openjdk version \"11.0.21\" 2023-10-17' >&2\n")
                                       << QVersionNumber(11, 0, 21) << u"OpenJDK"_s;
    }

    void probe()
    {
        QFETCH(QByteArray, script);
        QFETCH(QVersionNumber, version);
        QFETCH(QString, vendor);
        QTemporaryDir root;
        QVERIFY(writeScript(root.filePath(u"jdk/bin/java"_s), script));
        const JavaRuntime java = probeJava(isolated(root.filePath(u"jdk"_s)));
        QVERIFY2(java.found, qPrintable(java.error));
        QVERIFY(java.error.isEmpty());
        QCOMPARE(java.source, u"JAVA_HOME"_s);
        QCOMPARE(java.executable, QFileInfo(root.filePath(u"jdk/bin/java"_s)).absoluteFilePath());
        QCOMPARE(java.version, version);
        QCOMPARE(java.vendor, vendor);
        QVERIFY(java.output.startsWith(u"openjdk version"_s) || java.output.startsWith(u"java version"_s));
    }

    // A java that never answers is killed; the checks go on.
    void probe_timeout()
    {
        QTemporaryDir root;
        QVERIFY(writeScript(root.filePath(u"jdk/bin/java"_s), "exec sleep 30\n"));
        JavaProbeOptions options = isolated(root.filePath(u"jdk"_s));
        options.timeoutMs = 500;
        QElapsedTimer timer;
        timer.start();
        const JavaRuntime java = probeJava(options);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!java.found);
        QVERIFY2(java.error.contains(u"did not answer within 0.5 s"_s), qPrintable(java.error));
        QVERIFY(java.error.contains(java.executable));
    }

    void probe_notExecutable()
    {
        QTemporaryDir root;
        QVERIFY(writeScript(root.filePath(u"jdk/bin/java"_s), kJava17, false));
        const JavaRuntime java = probeJava(isolated(root.filePath(u"jdk"_s)));
        QVERIFY(!java.found);
        QVERIFY2(java.error.contains(u"not executable"_s), qPrintable(java.error));
        QVERIFY(java.error.contains(root.filePath(u"jdk/bin/java"_s)));
    }

    // JAVA_HOME is what the start scripts use when set: a broken one is the
    // finding, even when PATH has a java.
    void probe_javaHomeWithoutJava()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(u"empty-jdk"_s)));
        QVERIFY(writeScript(root.filePath(u"bin/java"_s), kJava17));
        const JavaRuntime java = probeJava(isolated(root.filePath(u"empty-jdk"_s), root.filePath(u"bin"_s)));
        QVERIFY(!java.found);
        QCOMPARE(java.source, u"JAVA_HOME"_s);
        QVERIFY2(java.error.contains(u"JAVA_HOME"_s), qPrintable(java.error));
        QVERIFY(java.error.contains(root.filePath(u"empty-jdk"_s)));
        QVERIFY(java.error.contains(u"bin/java"_s));
        // Says where the PATH's java is, so the admin can point JAVA_HOME at it.
        QVERIFY(java.error.contains(root.filePath(u"bin/java"_s)));
    }

    // The first runnable java on PATH, skipping folders without one and a
    // java that is not executable, as a shell does.
    void probe_pathSearch()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(u"nothing"_s)));
        QVERIFY(writeScript(root.filePath(u"broken/java"_s), kJava17, false));
        QVERIFY(writeScript(root.filePath(u"jdk21/java"_s), kJava21));
        QVERIFY(writeScript(root.filePath(u"jdk8/java"_s), kJava8));
        const QString path = QStringList { root.filePath(u"nothing"_s), root.filePath(u"broken"_s),
            root.filePath(u"jdk21"_s), root.filePath(u"jdk8"_s) }
                                 .join(QDir::listSeparator());
        const JavaRuntime java = probeJava(isolated({}, path));
        QVERIFY2(java.found, qPrintable(java.error));
        QCOMPARE(java.source, u"PATH"_s);
        QCOMPARE(java.executable, root.filePath(u"jdk21/java"_s));
        QCOMPARE(java.version.majorVersion(), 21);
    }

    void probe_nothingFound()
    {
        QTemporaryDir root;
        QVERIFY(QDir().mkpath(root.filePath(u"nothing"_s)));
        const JavaRuntime java = probeJava(isolated({}, root.filePath(u"nothing"_s)));
        QVERIFY(!java.found);
        QVERIFY(!java.error.isEmpty());
        QVERIFY(java.error.contains(u"PATH"_s));
    }

    void probe_unreadableOutput()
    {
        QTemporaryDir root;
        QVERIFY(writeScript(root.filePath(u"jdk/bin/java"_s), "echo 'Segmentation fault' >&2\nexit 134\n"));
        const JavaRuntime java = probeJava(isolated(root.filePath(u"jdk"_s)));
        QVERIFY(!java.found);
        QVERIFY2(java.error.contains(u"134"_s), qPrintable(java.error));
        QVERIFY(java.error.contains(u"Segmentation fault"_s));
    }

    void supportedVersions()
    {
        QCOMPARE(supportedJavaVersions(QVersionNumber(5, 9, 0)), QList<int>({ 8, 11 }));
        QCOMPARE(supportedJavaVersions(QVersionNumber(6, 0, 0)), QList<int>({ 8, 11 }));
        QCOMPARE(supportedJavaVersions(QVersionNumber(6, 1, 0)), QList<int>({ 11, 17 }));
        QCOMPARE(supportedJavaVersions(QVersionNumber(7, 1, 0)), QList<int>({ 11, 17, 21 }));
        QCOMPARE(supportedJavaVersions(QVersionNumber(7, 3, 0)), QList<int>({ 21 }));
        QCOMPARE(supportedJavaVersions(QVersionNumber(7, 3)), QList<int>({ 21 })); // trailing zero
        QVERIFY(supportedJavaVersions(QVersionNumber(6, 2, 0)).isEmpty());
        QVERIFY(supportedJavaVersions(QVersionNumber(8, 0, 0)).isEmpty());
        // Every known release from 5.9.0 has a row.
        for (const IsRelease& release : knownIsReleases()) {
            if (release.version >= QVersionNumber(5, 9, 0))
                QVERIFY2(
                    !supportedJavaVersions(release.version).isEmpty(), qPrintable(release.versionString()));
        }
    }

    void java_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QVersionNumber>("version");
        QTest::addColumn<CheckStatus>("oldStatus");
        QTest::addColumn<CheckStatus>("newStatus");
        QTest::newRow("7.1 → 7.3 on 17") << u"7.1.0"_s << u"7.3.0"_s << QVersionNumber(17, 0, 9)
                                         << CheckStatus::Pass << CheckStatus::Blocker;
        QTest::newRow("7.1 → 7.3 on 21")
            << u"7.1.0"_s << u"7.3.0"_s << QVersionNumber(21, 0, 1) << CheckStatus::Pass << CheckStatus::Pass;
        // The old home's Java only warns.
        QTest::newRow("5.9 → 7.3 on 21") << u"5.9.0"_s << u"7.3.0"_s << QVersionNumber(21, 0, 1)
                                         << CheckStatus::Warning << CheckStatus::Pass;
        QTest::newRow("5.11 → 6.1 on 8") << u"5.11.0"_s << u"6.1.0"_s << QVersionNumber(8, 0, 392)
                                         << CheckStatus::Pass << CheckStatus::Blocker;
    }

    void java()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QVersionNumber, version);
        QFETCH(CheckStatus, oldStatus);
        QFETCH(CheckStatus, newStatus);
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, from);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, to);
        const JavaRuntime java = runtime(version);
        const QList<PrerequisiteCheck> checks = resourceChecks(oldHome, newHome, nullptr, java);

        const std::optional<PrerequisiteCheck> old = find(checks, u"java.old-home"_s);
        const std::optional<PrerequisiteCheck> target = find(checks, u"java.new-home"_s);
        QVERIFY(old);
        QVERIFY(target);
        QCOMPARE(old->category, CheckCategory::Java);
        QCOMPARE(target->category, CheckCategory::Java);
        QCOMPARE(old->status, oldStatus);
        QCOMPARE(target->status, newStatus);
        for (const PrerequisiteCheck* check : { &*old, &*target }) {
            // The evidence: the executable, where it came from, what it said.
            QVERIFY2(check->message.contains(java.executable), qPrintable(check->message));
            QVERIFY(check->message.contains(u"JAVA_HOME"_s));
            QVERIFY(check->message.contains(u"openjdk version"_s));
            QVERIFY(check->title.contains(version.toString()));
            QCOMPARE(check->fixHint.isEmpty(), check->status == CheckStatus::Pass);
        }
        if (newStatus == CheckStatus::Blocker) {
            // "IS 7.3.0 needs Java 21; found 17.0.9 at …"
            const QList<int> supported = supportedJavaVersions(newHome.release);
            QVERIFY2(target->message.contains(u"IS %1 needs Java"_s.arg(to)), qPrintable(target->message));
            QVERIFY(target->message.contains(QString::number(supported.constLast())));
            QVERIFY(target->message.contains(u"found %1 at"_s.arg(version.toString())));
        }
    }

    void java_notFound()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"7.1.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        JavaRuntime java;
        java.error = u"No Java runtime found: JAVA_HOME is not set and no folder on PATH has java."_s;
        const QList<PrerequisiteCheck> checks = resourceChecks(oldHome, newHome, nullptr, java);
        QCOMPARE(find(checks, u"java.new-home"_s)->status, CheckStatus::Blocker);
        QCOMPARE(find(checks, u"java.old-home"_s)->status, CheckStatus::Warning);
        QCOMPARE(find(checks, u"java.new-home"_s)->message, java.error);
        QVERIFY(find(checks, u"java.new-home"_s)->fixHint.contains(u"21"_s));
    }

    // probeJava and resourceChecks together, with a real (scripted) runtime.
    void java_probedRuntime()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"7.1.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        QVERIFY(writeScript(root.filePath(u"jdk17/bin/java"_s), kJava17));
        const JavaRuntime java = probeJava(isolated(root.filePath(u"jdk17"_s)));
        QVERIFY(java.found);
        const std::optional<PrerequisiteCheck> target
            = find(resourceChecks(oldHome, newHome, nullptr, java), u"java.new-home"_s);
        QCOMPARE(target->status, CheckStatus::Blocker);
        QVERIFY2(target->message.contains(
                     u"IS 7.3.0 needs Java 21; found 17.0.9 at "_s + java.executable + u" (JAVA_HOME)"_s),
            qPrintable(target->message));
        QVERIFY(target->message.contains(u"openjdk version \"17.0.9\" 2023-10-17"_s));
    }

    // The amounts depend on the machine; the structure and the evidence do not.
    void diskAndMemory()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"7.1.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const QList<PrerequisiteCheck> checks = resourceChecks(oldHome, newHome, nullptr, runtime({ 21 }));
        const QList<CheckStatus> valid { CheckStatus::Pass, CheckStatus::Warning, CheckStatus::Blocker };

        const std::optional<PrerequisiteCheck> oldDisk = find(checks, u"resources.disk.old"_s);
        const std::optional<PrerequisiteCheck> newDisk = find(checks, u"resources.disk.new"_s);
        const std::optional<PrerequisiteCheck> memory = find(checks, u"resources.memory"_s);
        QVERIFY(oldDisk);
        QVERIFY(newDisk);
        QVERIFY(memory);
        // MySQL: no H2 files to convert.
        QVERIFY(!find(checks, u"resources.disk.h2"_s));
        for (const PrerequisiteCheck* check : { &*oldDisk, &*newDisk, &*memory }) {
            QCOMPARE(check->category, CheckCategory::Resources);
            QVERIFY(!check->title.isEmpty());
            QCOMPARE(check->fixHint.isEmpty(), check->status == CheckStatus::Pass);
        }
        QVERIFY(valid.contains(oldDisk->status));
        QVERIFY(valid.contains(newDisk->status));
        QVERIFY2(oldDisk->message.contains(oldHome.canonicalPath), qPrintable(oldDisk->message));
        QVERIFY2(newDisk->message.contains(newHome.canonicalPath), qPrintable(newDisk->message));
        // What the new home receives: the old home's repository.
        QVERIFY(newDisk->message.contains(oldHome.canonicalPath + u"/repository"_s));
#ifdef Q_OS_LINUX
        QVERIFY(valid.contains(memory->status));
        QVERIFY2(memory->message.contains(u"/proc/meminfo"_s), qPrintable(memory->message));
#else
        QVERIFY(memory->status == CheckStatus::NotApplicable || valid.contains(memory->status));
#endif
    }

    // Without usable homes the checks of those homes are not applicable,
    // still present under their ids.
    void homesMissing()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = inspectIsHome(root.filePath(u"missing"_s));
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const QList<PrerequisiteCheck> checks = resourceChecks(oldHome, newHome, nullptr, runtime({ 21 }));
        QCOMPARE(find(checks, u"resources.disk.old"_s)->status, CheckStatus::NotApplicable);
        QCOMPARE(find(checks, u"java.old-home"_s)->status, CheckStatus::NotApplicable);
        QCOMPARE(find(checks, u"java.new-home"_s)->status, CheckStatus::Pass);
        const std::optional<PrerequisiteCheck> newDisk = find(checks, u"resources.disk.new"_s);
        QVERIFY(newDisk->status != CheckStatus::NotApplicable);
        QVERIFY(newDisk->message.contains(u"unknown"_s));
    }

    void h2Files()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"6.0.0"_s, SampleDatabase::H2);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const auto config = loadConfig(oldHome);
        QVERIFY(config);

        // A home whose server never ran has no H2 files yet.
        const std::optional<PrerequisiteCheck> none
            = find(resourceChecks(oldHome, newHome, &*config, runtime({ 21 })), u"resources.disk.h2"_s);
        QVERIFY(none);
        QCOMPARE(none->status, CheckStatus::NotApplicable);
        QVERIFY(none->message.contains(u"identity_db"_s));

        const QString file = oldHome.canonicalPath + u"/repository/database/WSO2_IDENTITY_DB.mv.db"_s;
        QFile database(file);
        QVERIFY(database.open(QIODevice::WriteOnly));
        database.write(QByteArray(256 * 1024, 'x'));
        database.close();
        const QList<PrerequisiteCheck> checks = resourceChecks(oldHome, newHome, &*config, runtime({ 21 }));
        const std::optional<PrerequisiteCheck> h2 = find(checks, u"resources.disk.h2"_s);
        QVERIFY(h2);
        QCOMPARE(h2->category, CheckCategory::Resources);
        QVERIFY(h2->status == CheckStatus::Pass || h2->status == CheckStatus::Warning
            || h2->status == CheckStatus::Blocker);
        QVERIFY2(h2->message.contains(file), qPrintable(h2->message));
        QCOMPARE(h2->subject, u"repository/database"_s);
    }
};

QTEST_GUILESS_MAIN(ResourceChecksTest)
#include "resourcechecks_test.moc"
