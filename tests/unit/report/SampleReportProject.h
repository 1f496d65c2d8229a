// SPDX-License-Identifier: Apache-2.0
#pragma once

// A made-up project with two environments for the report's tests: dev with a
// completed run and a real cleanup, pre-prod with a run in progress, an
// accepted warning, an unaccepted blocker, a failing log check, a failed
// cleanup, a checklist with a passed, a failed and a not-run case, and a
// journal with a valid hash chain. A secret ("hunter2") hides in several
// texts: it must reach no output.

#include "project/ProjectStore.h"
#include "project/ProjectTypes.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Ismw::Test {

inline constexpr char16_t kSecret[] = u"hunter2";
inline constexpr char16_t kScriptTitle[] = u"Login <script>alert(1)</script> works";

inline ProjectSnapshot sampleReportProject()
{
    const QDateTime t0(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::UTC);
    ProjectSnapshot s;
    s.schemaVersion = ProjectStore::kSchemaVersion;
    s.info = { u"Acme IAM upgrade"_s, t0, u"/opt/wso2is-5.11.0"_s, u"/opt/wso2is-7.1.0"_s, u"5.11.0"_s,
        u"7.1.0"_s };
    s.environments = { { 1, u"dev"_s, Tier::Development, t0 },
        { 2, u"pre-prod"_s, Tier::PreProduction, t0.addDays(2) } };
    s.runs = { { 1, 1, u"Ana"_s, t0, t0.addSecs(3600), RunStatus::Completed },
        { 2, 2, u"Ben"_s, t0.addDays(2), {}, RunStatus::InProgress } };
    s.acknowledgements = { { 1, 2, u"order.prod-before-preprod"_s, u"Pilot agreed with the board"_s, u"Ben"_s,
        t0.addDays(2) } };
    CheckRecord java { 1, 2, u"prereq.java"_s, CheckStatus::Pass, u"Java 17 found"_s, {}, {}, {},
        t0.addDays(2) };
    CheckRecord disk { 2, 2, u"prereq.disk"_s, CheckStatus::Warning, u"Little free disk space"_s,
        u"12 GB free"_s, u"Free 20 GB"_s, u"Extra disk ordered"_s, t0.addDays(2) };
    CheckRecord config { 3, 2, u"config.removed-key"_s, CheckStatus::Blocker, u"A removed key is still set"_s,
        u"line 12: password=hunter2"_s, u"Remove the key"_s, {}, t0.addDays(2) };
    CheckRecord health { 4, 2, u"verify.health"_s, CheckStatus::Pass, u"The server answers"_s, {}, {}, {},
        t0.addDays(2) };
    health.data
        = uR"({"outcome":"healthy","httpStatus":200,"certificate":{"sha256":"ab12"},"url":"https://is.example/health"})"_s;
    CheckRecord logs { 5, 2, u"verify.log-errors"_s, CheckStatus::Warning, u"2 errors in the log"_s, {}, {},
        {}, t0.addDays(2) };
    logs.data
        = uR"({"files":["/opt/wso2is-7.1.0/repository/logs/wso2carbon.log"],"since":"2026-11-22 09:00:00",)"
          uR"("linesRead":5000,"errorCount":2,"fatalCount":0,"groups":[{"level":"ERROR","logger":"org.wso2.Auth",)"
          uR"("exceptionType":"java.lang.IllegalStateException","message":"login failed password=hunter2",)"
          uR"("count":2,"first":"2026-11-22T09:10:00","last":"2026-11-22T09:20:00"}]})"_s;
    CheckRecord devCheck { 6, 1, u"prereq.java"_s, CheckStatus::Blocker, u"dev only check"_s, {}, {}, {},
        t0 };
    s.checks = { java, disk, config, health, logs, devCheck };
    s.configDecisions
        = { { 1, 2, u"server.hostname"_s, u"accepted"_s, u"keeps password=hunter2 out"_s, t0.addDays(2) } };

    CleanupRunRecord devToken { 1, 1, u"identity_db"_s, u"token-cleanup.sql"_s, u"aa11"_s, false, 1'200'000,
        200'000, 15'600, u"completed"_s, u"done"_s, t0.addSecs(600) };
    CleanupRunRecord dryRun { 2, 2, u"identity_db"_s, u"token-cleanup.sql"_s, u"aa11"_s, true, 50'000'000,
        2'000'000, 2'000, u"completed"_s, {}, t0.addDays(2) };
    dryRun.eligibleRows = 48'000'000;
    CleanupRunRecord failed { 3, 2, u"identity_db"_s, u"session-cleanup.sql"_s, u"bb22"_s, false, 1000, -1,
        900, u"failed"_s, u"ERROR: connection lost; password=hunter2"_s, t0.addDays(2) };
    s.cleanupRuns = { devToken, dryRun, failed };

    const EvidenceFile shot { u"/evidence/login.png"_s,
        u"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"_s, 4, t0.addDays(2) };
    ChecklistItem passed { 1, 2, QString::fromUtf16(kScriptTitle), u"Single sign-on"_s,
        ChecklistStatus::Passed, u"worked"_s, t0.addDays(2) };
    passed.key = u"sso.login"_s;
    passed.position = 0;
    passed.evidence = { shot };
    ChecklistItem broken { 2, 2, u"Password reset mail"_s, u"Account recovery"_s, ChecklistStatus::Failed,
        u"no mail"_s, t0.addDays(2) };
    broken.position = 1;
    ChecklistItem pending { 3, 2, u"Load test"_s, u"Performance"_s, ChecklistStatus::NotRun, {},
        t0.addDays(2) };
    pending.position = 2;
    ChecklistItem devItem { 4, 1, u"Dev smoke test"_s, u"Smoke"_s, ChecklistStatus::Passed, {}, t0 };
    s.checklist = { pending, passed, broken, devItem };

    s.journal = { { 1, t0, u"Ana"_s, {}, u"project.created"_s, u"created"_s, {} },
        { 2, t0, u"Ana"_s, u"dev"_s, u"run.started"_s, u"dev run"_s, {} },
        { 3, t0.addDays(2), u"Ben"_s, u"pre-prod"_s, u"run.started"_s, u"pre-prod run"_s, {} } };
    QByteArray previous;
    for (JournalEntry& entry : s.journal)
        previous = entry.hash = journalHash(previous, entry);
    return s;
}

} // namespace Ismw::Test
