// SPDX-License-Identifier: Apache-2.0
#include "CheckTestSupport.h"
#include "checks/IsRelease.h"
#include "checks/PathChecks.h"
#include "config/ReleaseRules.h"
#include "config/TomlDocument.h"
#include "demo/SampleHome.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Ismw;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Ismw::SampleDatabase)
Q_DECLARE_METATYPE(Ismw::CheckStatus)

namespace {

using CheckTestSupport::find;
using CheckTestSupport::loadConfig;
using CheckTestSupport::sampleHome;

QStringList ids(const QList<PrerequisiteCheck>& checks)
{
    QStringList list;
    for (const PrerequisiteCheck& check : checks)
        list << check.id;
    return list;
}

} // namespace

class PathChecksTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void upgrades_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("steps");
        QTest::newRow("5.9.0") << u"5.9.0"_s << 8;
        QTest::newRow("5.11.0") << u"5.11.0"_s << 6;
        QTest::newRow("6.1.0") << u"6.1.0"_s << 4;
        QTest::newRow("7.0.0") << u"7.0.0"_s << 3;
        QTest::newRow("7.1.0") << u"7.1.0"_s << 2;
    }

    // Every supported release to the newest: homes found with their evidence,
    // the direction and target pass, every step is listed with its counts.
    void upgrades()
    {
        QFETCH(QString, from);
        QFETCH(int, steps);
        QTemporaryDir root;
        QVERIFY(root.isValid());
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, from);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        QVERIFY(oldHome.ok);
        QVERIFY(newHome.ok);
        const auto config = loadConfig(oldHome);
        QVERIFY(config);
        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, &*config);

        QCOMPARE(ids(checks),
            QStringList({ u"homes.old"_s, u"homes.new"_s, u"path.direction"_s, u"path.latest"_s,
                u"path.steps"_s, u"path.h2"_s }));
        for (const PrerequisiteCheck& check : checks) {
            QVERIFY2(!check.title.isEmpty(), qPrintable(check.id));
            QVERIFY2(!check.message.isEmpty(), qPrintable(check.id));
            QCOMPARE(check.category,
                check.id.startsWith(u"homes."_s) ? CheckCategory::Homes : CheckCategory::Path);
        }

        const std::optional<PrerequisiteCheck> old = find(checks, u"homes.old"_s);
        QCOMPARE(old->status, CheckStatus::Pass);
        QVERIFY(old->title.contains(from));
        // The evidence: which file said which release.
        QVERIFY2(old->message.contains(u"bin/version.txt"_s), qPrintable(old->message));
        QVERIFY2(old->message.contains(u"WSO2 Identity Server v"_s + from), qPrintable(old->message));
        QVERIFY(old->message.contains(oldHome.canonicalPath));
        QCOMPARE(find(checks, u"homes.new"_s)->status, CheckStatus::Pass);

        const std::optional<PrerequisiteCheck> direction = find(checks, u"path.direction"_s);
        QCOMPARE(direction->status, CheckStatus::Pass);
        QVERIFY(direction->fixHint.isEmpty());
        QCOMPARE(find(checks, u"path.latest"_s)->status, CheckStatus::Pass);

        const std::optional<PrerequisiteCheck> path = find(checks, u"path.steps"_s);
        QVERIFY(path->status == CheckStatus::Pass || path->status == CheckStatus::Warning);
        const QStringList expected = ReleaseRules::builtIn().stepsBetween(oldHome.release, newHome.release);
        QCOMPARE(expected.size(), steps);
        for (const QString& step : expected) {
            static const QRegularExpression counts(
                u"(\\d+) rules?(?:\\(s\\))? \\((\\d+) blockers?(?:\\(s\\))?, (\\d+) warnings?(?:\\(s\\))?, "
                u"(\\d+) automatic edits?(?:\\(s\\))?\\)"_s);
            const qsizetype at = path->message.indexOf(step + u": "_s);
            QVERIFY2(at >= 0, qPrintable(step + u" missing in: "_s + path->message));
            const auto match = counts.match(path->message, at + step.size() + 2,
                QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            QVERIFY2(match.hasMatch(), qPrintable(path->message.mid(at, 120)));
            // The counts are the rules' own.
            int rules = 0;
            int blockers = 0;
            for (const auto& rule : ReleaseRules::builtIn().ruleSummaries()) {
                if (rule.step != step)
                    continue;
                ++rules;
                blockers += rule.severity == Severity::Blocker ? 1 : 0;
            }
            QCOMPARE(match.captured(1).toInt(), rules);
            QCOMPARE(match.captured(2).toInt(), blockers);
        }
        // MySQL sample homes: no H2.
        QCOMPARE(find(checks, u"path.h2"_s)->status, CheckStatus::Pass);
    }

    void steps_statusFollowsBlockerRules()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"5.9.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const std::optional<PrerequisiteCheck> steps
            = find(pathChecks(oldHome, newHome, nullptr), u"path.steps"_s);
        QVERIFY(steps);
        bool anyBlocker = false;
        const QStringList crossed = ReleaseRules::builtIn().stepsBetween(oldHome.release, newHome.release);
        for (const auto& rule : ReleaseRules::builtIn().ruleSummaries())
            anyBlocker |= crossed.contains(rule.step) && rule.severity == Severity::Blocker;
        QCOMPARE(steps->status, anyBlocker ? CheckStatus::Warning : CheckStatus::Pass);
        QCOMPARE(steps->fixHint.isEmpty(), !anyBlocker);
        // Rule texts are quoted, never with unfilled placeholders.
        QVERIFY(steps->message.contains(u"Among them:"_s));
        QVERIFY(!steps->message.contains(u"{{"_s));
    }

    void downgradeAndSameRelease_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("downgrade") << u"7.1.0"_s << u"5.11.0"_s;
        QTest::newRow("same") << u"7.1.0"_s << u"7.1.0"_s;
    }

    void downgradeAndSameRelease()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, from);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, to);
        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, nullptr);
        const std::optional<PrerequisiteCheck> direction = find(checks, u"path.direction"_s);
        QVERIFY(direction);
        QCOMPARE(direction->status, CheckStatus::Blocker);
        QVERIFY(direction->message.contains(from));
        QVERIFY(direction->message.contains(to));
        QVERIFY(!direction->fixHint.isEmpty());
        // No steps lead backwards.
        QCOMPARE(find(checks, u"path.steps"_s)->status, CheckStatus::NotApplicable);
    }

    // 7.1.0 is a known release but not the newest: a warning naming the newest.
    void olderTargetWarnsNamingTheNewest()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"5.11.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.1.0"_s);
        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, nullptr);
        const std::optional<PrerequisiteCheck> latest = find(checks, u"path.latest"_s);
        QCOMPARE(latest->status, CheckStatus::Warning);
        QCOMPARE(latestKnownRelease().versionString(), u"7.3.0"_s);
        QVERIFY2(latest->message.contains(u"7.3.0"_s), qPrintable(latest->message));
        QVERIFY(latest->fixHint.contains(u"7.3.0"_s));
        QCOMPARE(find(checks, u"path.direction"_s)->status, CheckStatus::Pass);
        QVERIFY(find(checks, u"path.steps"_s)->message.contains(u"6.1.0→7.0.0"_s));
        QVERIFY(!find(checks, u"path.steps"_s)->message.contains(u"7.1.0→7.2.0"_s));
    }

    // A target newer than the rules know: a warning, not a blocker.
    void newerThanKnownTarget()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"7.1.0"_s);
        IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        newHome.release = QVersionNumber(7, 4, 0); // as if the files said so
        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, nullptr);
        const std::optional<PrerequisiteCheck> latest = find(checks, u"path.latest"_s);
        QCOMPARE(latest->status, CheckStatus::Warning);
        QVERIFY(latest->message.contains(u"7.4.0"_s));
        QVERIFY(latest->message.contains(u"7.3.0"_s));
        QCOMPARE(find(checks, u"path.direction"_s)->status, CheckStatus::Pass);
        // The rules end at 7.3.0: the steps are not covered.
        QCOMPARE(find(checks, u"path.steps"_s)->status, CheckStatus::Warning);
    }

    void h2_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<CheckStatus>("status");
        QTest::addColumn<QStringList>("facts");
        QTest::addColumn<QStringList>("notFacts");
        // Past 5.10 in one go: the H2 data would be left behind.
        QTest::newRow("5.9.0 → 7.3.0") << u"5.9.0"_s << u"7.3.0"_s << CheckStatus::Blocker
                                       << QStringList { u"5.10.0"_s, u"2.1.210"_s } << QStringList {};
        // The 5.10 stop itself is the way.
        QTest::newRow("5.9.0 → 5.10.0") << u"5.9.0"_s << u"5.10.0"_s << CheckStatus::Warning
                                        << QStringList { u"5.10.0"_s } << QStringList { u"2.1.210"_s };
        QTest::newRow("5.11.0 → 7.3.0") << u"5.11.0"_s << u"7.3.0"_s << CheckStatus::Warning
                                        << QStringList { u"1.4.199"_s, u"2.1.210"_s } << QStringList {};
        // Already on H2 2.x: nothing to convert, H2 is still not for production.
        QTest::newRow("6.0.0 → 7.3.0") << u"6.0.0"_s << u"7.3.0"_s << CheckStatus::Warning << QStringList {}
                                       << QStringList { u"1.4.199"_s };
        QTest::newRow("7.0.0 → 7.3.0") << u"7.0.0"_s << u"7.3.0"_s << CheckStatus::Warning << QStringList {}
                                       << QStringList { u"1.4.199"_s };
    }

    void h2()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(CheckStatus, status);
        QFETCH(QStringList, facts);
        QFETCH(QStringList, notFacts);
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, from, SampleDatabase::H2);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, to);
        const auto config = loadConfig(oldHome);
        QVERIFY(config);
        const std::optional<PrerequisiteCheck> h2
            = find(pathChecks(oldHome, newHome, &*config), u"path.h2"_s);
        QVERIFY(h2);
        QCOMPARE(h2->category, CheckCategory::Path);
        QCOMPARE(h2->status, status);
        // Names the databases and where their files are.
        QVERIFY2(h2->message.contains(u"identity_db"_s), qPrintable(h2->message));
        QVERIFY2(h2->message.contains(u"repository/database/WSO2_IDENTITY_DB"_s), qPrintable(h2->message));
        QVERIFY(!h2->fixHint.isEmpty());
        for (const QString& fact : facts)
            QVERIFY2(h2->message.contains(fact), qPrintable(fact + u" not in: "_s + h2->message));
        for (const QString& fact : notFacts)
            QVERIFY2(!h2->message.contains(fact), qPrintable(fact + u" in: "_s + h2->message));
    }

    void h2_configUnreadable()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"6.0.0"_s, SampleDatabase::H2);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const std::optional<PrerequisiteCheck> h2 = find(pathChecks(oldHome, newHome, nullptr), u"path.h2"_s);
        QCOMPARE(h2->status, CheckStatus::NotApplicable);
        QVERIFY2(h2->message.contains(u"could not be read"_s), qPrintable(h2->message));
        QVERIFY(h2->message.contains(u"deployment.toml"_s));
    }

    // No [database.*] at all: the server's defaults are the embedded H2 files.
    void h2_noDatabaseConfigured()
    {
        QTemporaryDir root;
        const IsHomeInspection oldHome = sampleHome(root, u"old"_s, u"7.0.0"_s);
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);
        const auto config = TomlDocument::parse("[server]\nhostname = \"localhost\"\n", u"deployment.toml"_s);
        QVERIFY(config);
        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, &*config);
        const std::optional<PrerequisiteCheck> h2 = find(checks, u"path.h2"_s);
        QCOMPARE(h2->status, CheckStatus::Warning);
        QVERIFY(h2->message.contains(u"H2"_s));
        QVERIFY(!h2->fixHint.isEmpty());
    }

    // A folder that is no home: a blocker that says what the inspector said.
    void notAHome()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(u"documents"_s);
        QVERIFY(QDir().mkpath(dir));
        QFile note(dir + u"/notes.txt"_s);
        QVERIFY(note.open(QIODevice::WriteOnly));
        note.write("not an IS home\n");
        note.close();
        const IsHomeInspection oldHome = inspectIsHome(dir);
        QVERIFY(!oldHome.ok);
        QVERIFY(!oldHome.error.isEmpty());
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);

        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, nullptr);
        const std::optional<PrerequisiteCheck> old = find(checks, u"homes.old"_s);
        QCOMPARE(old->status, CheckStatus::Blocker);
        QCOMPARE(old->category, CheckCategory::Homes);
        QCOMPARE(old->message, oldHome.error);
        QVERIFY(!old->fixHint.isEmpty());
        QCOMPARE(find(checks, u"homes.new"_s)->status, CheckStatus::Pass);
        // What needs both homes is not applicable, not a second blocker.
        for (const QString& id : { u"path.direction"_s, u"path.steps"_s, u"path.h2"_s })
            QCOMPARE(find(checks, id)->status, CheckStatus::NotApplicable);
        QCOMPARE(find(checks, u"path.latest"_s)->status, CheckStatus::Pass);
    }

    // One version file edited as a partial update would: its own warning.
    void versionConflict()
    {
        QTemporaryDir root;
        const QString dir = root.filePath(u"old"_s);
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(writeSampleIsHome(dir, u"7.0.0"_s, {}));
        QFile product(dir + u"/updates/product.txt"_s);
        QVERIFY(product.open(QIODevice::WriteOnly | QIODevice::Truncate));
        product.write("wso2is-7.1.0\n");
        product.close();
        const IsHomeInspection oldHome = inspectIsHome(dir);
        QVERIFY(oldHome.hasWarning(u"version.conflict"_s));
        const IsHomeInspection newHome = sampleHome(root, u"new"_s, u"7.3.0"_s);

        const QList<PrerequisiteCheck> checks = pathChecks(oldHome, newHome, nullptr);
        QVERIFY(ids(checks).contains(u"homes.old.version-conflict"_s));
        QVERIFY(!ids(checks).contains(u"homes.new.version-conflict"_s));
        const std::optional<PrerequisiteCheck> conflict = find(checks, u"homes.old.version-conflict"_s);
        QCOMPARE(conflict->status, CheckStatus::Warning);
        QCOMPARE(conflict->category, CheckCategory::Homes);
        QVERIFY2(conflict->message.contains(u"updates/product.txt"_s), qPrintable(conflict->message));
        QVERIFY(!conflict->fixHint.isEmpty());
        // The evidence of the home check shows both readings.
        const std::optional<PrerequisiteCheck> old = find(checks, u"homes.old"_s);
        QVERIFY(old->message.contains(u"wso2is-7.1.0"_s));
        QVERIFY(old->message.contains(u"WSO2 Identity Server v7.0.0"_s));
    }
};

QTEST_GUILESS_MAIN(PathChecksTest)
#include "pathchecks_test.moc"
