// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Ismw {

// How long one cleanup script will take on the report's environment, judged
// from what it did on the environments below it.
struct EstimateLine
{
    QString databaseName;
    QString scriptName;
    bool estimated = false; // false: no basis or no row count; `basis` says which and what to do
    qint64 seconds = 0; // rounded up; 0 when not estimated
    double rowsPerSecond = 0; // the slowest lower-environment run
    QString basisEnvironment; // where that slowest run was recorded
    qint64 basisRowsRemoved = 0;
    qint64 basisDurationMs = 0;
    QString targetEnvironment; // where the row count comes from
    qint64 targetEligibleRows = -1;
    QString basis; // one translated sentence a reader can check by hand
};

struct ProductionEstimate
{
    QString environmentName;
    QList<EstimateLine> lines; // by database, then script
    qint64 totalSeconds = 0; // of the estimated lines
    bool complete = false; // every line estimated, and at least one line
    QString total; // a translated sentence
    QString caveat; // a translated sentence; empty when there are no lines
};

// From the completed, real (not dry) cleanup runs on environments of a lower
// tier than `environmentName`: their rate of removal per (database, script),
// the slowest when there are several; times the rows the latest dry run on
// `environmentName` counted for that script. No count, no estimate: a line
// then says which dry run to make. Custom environments are never a basis (their
// place on the ladder is unknown); for a custom target every standard tier counts
// as lower. Pure: reads only `snapshot`.
ProductionEstimate estimateProduction(const ProjectSnapshot& snapshot, const QString& environmentName);

// "12 min 30 s", "2 h 5 min", "45 s": for the estimate and the report's durations.
QString durationText(qint64 milliseconds);

} // namespace Ismw
