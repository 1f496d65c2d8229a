// SPDX-License-Identifier: Apache-2.0
#include "project/OrderRule.h"

#include <QCoreApplication>
#include <QLocale>

namespace Ismw {

OrderVerdict evaluateOrderRule(const QList<Environment>& environments, const QList<Run>& runs, Tier target)
{
    OrderVerdict verdict;
    if (target != Tier::Production)
        return verdict;

    int preProdRuns = 0;
    for (const Environment& environment : environments) {
        if (environment.tier != Tier::PreProduction)
            continue;
        for (const Run& run : runs) {
            if (run.environmentId != environment.id)
                continue;
            // Only a pilot that went through to the end counts: a started or
            // rolled-back pilot has not shown that the migration works.
            if (run.status == RunStatus::Completed)
                return verdict;
            ++preProdRuns;
        }
    }
    verdict.needsAcknowledgement = true;
    verdict.ruleId = QString::fromLatin1(kProdBeforePreProdRule);
    verdict.explanation = preProdRuns == 0
        ? QCoreApplication::translate("Ismw::OrderRule",
              "No pre-production pilot is recorded in this project. The migration guide asks for a pilot on "
              "pre-production with a production-like database before production is migrated.")
        : QCoreApplication::translate("Ismw::OrderRule",
              "The pre-production pilot recorded in this project has not been completed (%n run(s) started, "
              "none finished). The migration guide asks for a completed pilot before production is migrated.",
              nullptr, preProdRuns);
    return verdict;
}

} // namespace Ismw
