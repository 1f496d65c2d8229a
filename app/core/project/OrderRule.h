// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"

namespace Ismw {

// The migration guide's order: dev first, then a pilot on pre-prod with a
// production-like database, and only then production. Going to production
// without a completed pre-prod run is allowed, but only knowingly: the
// operator acknowledges it with a reason, which is recorded.
struct OrderVerdict {
    bool needsAcknowledgement = false;
    QString ruleId;      // stable, e.g. "order.prod-before-preprod"
    QString explanation; // translated, says what is missing and why it matters
};

inline constexpr char kProdBeforePreProdRule[] = "order.prod-before-preprod";

OrderVerdict evaluateOrderRule(const QList<Environment>& environments, const QList<Run>& runs, Tier target);

} // namespace Ismw
