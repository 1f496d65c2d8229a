// SPDX-License-Identifier: Apache-2.0
#include "demo/DemoProject.h"

#include "demo/SampleHome.h"
#include "project/ProjectStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {


constexpr auto kOldRelease = "5.11.0";
constexpr auto kNewRelease = "7.3.0";
} // namespace

DemoResult createDemoProject(const QString& root)
{
    DemoResult result;
    // A fresh folder per start: an earlier demo may still be open elsewhere.
    const QDir dir(QDir(root).filePath(QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
    if (!QDir().mkpath(dir.path())) {
        result.error = QCoreApplication::translate("Ismw::DemoProject", "Could not create the demo folder %1.").arg(QDir::toNativeSeparators(dir.path()));
        return result;
    }
    result.oldHome = dir.filePath(u"wso2is-%1"_s.arg(QLatin1StringView(kOldRelease)));
    result.newHome = dir.filePath(u"wso2is-%1"_s.arg(QLatin1StringView(kNewRelease)));
    SampleHomeOptions customized;
    customized.customizations = true;
    customized.secretReferences = true;
    // The new home as downloaded: unpacked, still on its embedded H2.
    SampleHomeOptions unpacked;
    unpacked.database = SampleDatabase::H2;
    QString error;
    if (!writeSampleIsHome(result.oldHome, QString::fromLatin1(kOldRelease), customized, &error)
        || !writeSampleIsHome(result.newHome, QString::fromLatin1(kNewRelease), unpacked, &error)) {
        result.error = error;
        return result;
    }

    const QString path = dir.filePath(u"demo-migration.ismig"_s);
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-14);
    ProjectInfo info { QCoreApplication::translate("Ismw::DemoProject", "Demo migration %1 → %2").arg(QLatin1StringView(kOldRelease), QLatin1StringView(kNewRelease)),
        start, result.oldHome, result.newHome, QString::fromLatin1(kOldRelease), QString::fromLatin1(kNewRelease) };
    ProjectStore store;
    auto made = store.create(path, info);
    if (!made) {
        result.error = made.error().message;
        return result;
    }
    // What dev and pre-prod recorded, as a real project would have it.
    qint64 journalId = 0;
    const auto written = store.transaction([&]() -> StoreResult<void> {
        struct Step {
            qint64 id;
            Tier tier;
            QString operatorName;
            int dayOffset;
            qint64 rowsBefore, rowsAfter, durationMs;
        };
        const Step steps[] = {
            { 1, Tier::Development, u"Dana Dev"_s, 0, 48'210, 9'870, 4'200 },
            { 2, Tier::PreProduction, u"Priya Ops"_s, 7, 3'912'448, 611'302, 312'800 },
        };
        for (const Step& step : steps) {
            const QDateTime at = start.addDays(step.dayOffset);
            const Environment environment { step.id, tierKey(step.tier), step.tier, at };
            if (auto ok = store.insertEnvironment(environment); !ok)
                return ok;
            const Run run { step.id, step.id, step.operatorName, at, at.addSecs(3 * 3600), RunStatus::Completed };
            if (auto ok = store.saveRun(run); !ok)
                return ok;
            const CheckRecord checks[] = {
                { step.id * 10 + 1, run.id, u"path.target-latest"_s, CheckStatus::Pass,
                    QCoreApplication::translate("Ismw::DemoProject", "%1 is the newest release").arg(QLatin1StringView(kNewRelease)), {}, {}, {}, at },
                { step.id * 10 + 2, run.id, u"keystore.pkcs12"_s, CheckStatus::Warning,
                    QCoreApplication::translate("Ismw::DemoProject", "Keystores are JKS; %1 defaults to PKCS12").arg(QLatin1StringView(kNewRelease)),
                    {}, QCoreApplication::translate("Ismw::DemoProject", "Keep type = \"JKS\" or convert with keytool."), QCoreApplication::translate("Ismw::DemoProject", "JKS kept for this release"), at },
            };
            for (const CheckRecord& check : checks)
                if (auto ok = store.saveCheck(check); !ok)
                    return ok;
            const CleanupRunRecord cleanup { run.id, run.id, u"identity_db"_s, u"mysql/token-cleanup.sql"_s,
                u"demo"_s, false, step.rowsBefore, step.rowsAfter, step.durationMs, u"completed"_s, {}, at.addSecs(3600) };
            if (auto ok = store.insertCleanupRun(cleanup); !ok)
                return ok;
            const JournalEntry entries[] = {
                { ++journalId, at, step.operatorName, environment.name, u"run.started"_s,
                    QCoreApplication::translate("Ismw::DemoProject", "Run %1 started on %2 by %3.").arg(run.id).arg(environment.name, step.operatorName), {} },
                { ++journalId, run.finishedAt, step.operatorName, environment.name, u"run.finished"_s,
                    QCoreApplication::translate("Ismw::DemoProject", "Run %1 finished: %2.").arg(run.id).arg(runStatusDisplayName(RunStatus::Completed)), {} },
            };
            for (const JournalEntry& entry : entries)
                if (auto ok = store.appendJournal(entry); !ok)
                    return ok;
        }
        return {};
    });
    if (!written) {
        result.error = written.error().message;
        return result;
    }
    store.close();
    result.projectPath = path;
    return result;
}

} // namespace Ismw
