// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "database/CleanupRunner.h"
#include "database/CleanupScripts.h"
#include "database/DatabaseCredentials.h"
#include "database/DatabaseTarget.h"

#include <QList>
#include <QString>

#include <memory>

namespace Ismw {

// One script the operator committed to run, exactly as the dry run counted it.
struct CleanupPlanItem
{
    CleanupScript script;
    QString scriptText; // knobs applied: the text that runs and is hashed
    CleanupResult dryRun; // the dry run of exactly this text on this database
};

// What the operator prepared and confirmed on the cleanup page, handed to the
// page that runs it. In memory only: it carries the database password, which
// is never written anywhere (see MigrationProject::setPendingCleanup()).
struct CleanupPlan
{
    DatabaseTarget target;
    QString serverVersion; // "PostgreSQL 17.2", as the connection test read it
    std::shared_ptr<DatabaseCredentials> credentials;
    QList<CleanupPlanItem> items; // in run order: a failure stops the rest

    qint64 eligibleRows() const
    {
        qint64 total = 0;
        for (const CleanupPlanItem& item : items)
            if (item.dryRun.eligibleRows() > 0)
                total += item.dryRun.eligibleRows();
        return total;
    }
};

} // namespace Ismw
