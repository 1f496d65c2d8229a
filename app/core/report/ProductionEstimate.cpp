// SPDX-License-Identifier: Apache-2.0
#include "report/ProductionEstimate.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ProductionEstimate)
};

// The ladder's order; nullopt for custom environments, whose place is unknown.
std::optional<int> rank(Tier tier)
{
    switch (tier) {
    case Tier::Development:
        return 0;
    case Tier::Test:
        return 1;
    case Tier::PreProduction:
        return 2;
    case Tier::Production:
        return 3;
    case Tier::Custom:
        return std::nullopt;
    }
    return std::nullopt;
}

bool isLower(Tier candidate, Tier target)
{
    const auto c = rank(candidate);
    if (!c)
        return false;
    const auto t = rank(target);
    return !t || *c < *t;
}

// Three significant figures: a rate measured once on another machine is
// not worth more, and "64,100 rows/s" reads better than "64,102.564".
QString rateText(double rowsPerSecond)
{
    if (rowsPerSecond < 100)
        return QLocale().toString(rowsPerSecond, 'f', 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rowsPerSecond)) - 2);
    return QLocale().toString(qint64(std::llround(std::round(rowsPerSecond / magnitude) * magnitude)));
}

// An estimate is not precise to the second: round up to a step a reader
// plans with.
qint64 roundedUp(double seconds)
{
    const auto whole = qint64(std::ceil(seconds));
    const qint64 step = whole < 60 ? 1 : whole < 3600 ? 10 : 60;
    return (whole + step - 1) / step * step;
}

struct Basis
{
    double rate = 0;
    QString environment;
    qint64 removed = 0;
    qint64 durationMs = 0;
};

struct TargetCount
{
    qint64 eligible = -1;
    QDateTime at;
};

} // namespace

QString durationText(qint64 milliseconds)
{
    if (milliseconds < 60'000) {
        if (milliseconds % 1000 == 0)
            return Text::tr("%1 s").arg(milliseconds / 1000);
        return Text::tr("%1 s").arg(QLocale().toString(double(milliseconds) / 1000.0, 'f', 1));
    }
    const qint64 seconds = (milliseconds + 999) / 1000;
    const qint64 h = seconds / 3600, min = seconds % 3600 / 60, s = seconds % 60;
    if (h > 0)
        return min > 0 ? Text::tr("%1 h %2 min").arg(h).arg(min) : Text::tr("%1 h").arg(h);
    return s > 0 ? Text::tr("%1 min %2 s").arg(min).arg(s) : Text::tr("%1 min").arg(min);
}

ProductionEstimate estimateProduction(const ProjectSnapshot& snapshot, const QString& environmentName)
{
    ProductionEstimate estimate;
    estimate.environmentName = environmentName;
    const auto target = std::ranges::find(snapshot.environments, environmentName, &Environment::name);
    if (target == snapshot.environments.cend())
        return estimate;

    std::map<qint64, const Environment*> environmentOfRun;
    for (const Run& run : snapshot.runs)
        for (const Environment& environment : snapshot.environments)
            if (environment.id == run.environmentId)
                environmentOfRun[run.id] = &environment;

    using Key = std::pair<QString, QString>; // database, script
    std::map<Key, Basis> slowest;
    std::map<Key, TargetCount> counts;
    for (const CleanupRunRecord& record : snapshot.cleanupRuns) {
        const auto found = environmentOfRun.find(record.runId);
        if (found == environmentOfRun.end())
            continue;
        const Environment& environment = *found->second;
        const Key key { record.databaseName, record.scriptName };
        if (environment.id == target->id && record.dryRun && record.outcome == "completed"_L1) {
            const qint64 eligible = record.eligibleRows >= 0      ? record.eligibleRows
                : record.rowsBefore >= 0 && record.rowsAfter >= 0 ? record.rowsBefore - record.rowsAfter
                                                                  : -1;
            TargetCount& count = counts[key];
            if (eligible >= 0 && (count.eligible < 0 || record.at >= count.at))
                count = { eligible, record.at };
            continue;
        }
        if (record.dryRun || record.outcome != "completed"_L1 || !isLower(environment.tier, target->tier))
            continue;
        const qint64 removed = record.rowsBefore - record.rowsAfter;
        // A run that removed nothing or took no time says nothing about the rate.
        if (record.rowsBefore < 0 || record.rowsAfter < 0 || removed <= 0 || record.durationMs <= 0)
            continue;
        const double rate = double(removed) * 1000.0 / double(record.durationMs);
        auto [it, inserted]
            = slowest.try_emplace(key, Basis { rate, environment.name, removed, record.durationMs });
        if (!inserted && rate < it->second.rate)
            it->second = Basis { rate, environment.name, removed, record.durationMs };
    }

    std::map<Key, bool> keys;
    for (const auto& entry : slowest)
        keys[entry.first] = true;
    for (const auto& entry : counts)
        keys[entry.first] = true;

    for (const auto& [key, unused] : keys) {
        EstimateLine line;
        line.databaseName = key.first;
        line.scriptName = key.second;
        line.targetEnvironment = environmentName;
        const QString what = key.first.isEmpty() ? key.second : u"%1 (%2)"_s.arg(key.second, key.first);
        const auto basis = slowest.find(key);
        const auto count = counts.find(key);
        if (count != counts.end())
            line.targetEligibleRows = count->second.eligible;
        if (basis == slowest.end()) {
            line.basis
                = Text::tr("No estimate for %1: it has not run to completion on an environment below %2. "
                           "Run it there first (a real run, not a dry run) to measure its speed.")
                      .arg(what, environmentName);
        } else {
            line.rowsPerSecond = basis->second.rate;
            line.basisEnvironment = basis->second.environment;
            line.basisRowsRemoved = basis->second.removed;
            line.basisDurationMs = basis->second.durationMs;
            const QString measured
                = Text::tr("%1: %2 rows removed in %3 (%4 rows/s)")
                      .arg(basis->second.environment, QLocale().toString(basis->second.removed),
                          durationText(basis->second.durationMs), rateText(basis->second.rate));
            if (line.targetEligibleRows < 0) {
                line.basis = Text::tr("No estimate for %1: run a dry run on %2 to count its rows (%3).")
                                 .arg(what, environmentName, measured);
            } else {
                line.estimated = true;
                line.seconds = roundedUp(double(line.targetEligibleRows) / basis->second.rate);
                line.basis
                    = Text::tr("%1 \u2014 %2; the %3 dry run counted %4 eligible rows \u2192 about %5.")
                          .arg(what, measured, environmentName, QLocale().toString(line.targetEligibleRows),
                              durationText(line.seconds * 1000));
                estimate.totalSeconds += line.seconds;
            }
        }
        estimate.lines.append(line);
    }

    const bool anyEstimated = std::ranges::any_of(estimate.lines, &EstimateLine::estimated);
    estimate.complete
        = !estimate.lines.isEmpty() && std::ranges::all_of(estimate.lines, &EstimateLine::estimated);
    if (estimate.lines.isEmpty()) {
        estimate.total
            = Text::tr("No estimate for %1: no cleanup has run on a lower environment and no dry run "
                       "on %1 counted rows. Run the cleanup on a lower environment and a dry run on %1.")
                  .arg(environmentName);
        return estimate;
    }
    estimate.total = !anyEstimated
        ? Text::tr("No estimate for %1 yet: see each script for what is missing.").arg(environmentName)
        : estimate.complete
        ? Text::tr("Cleanup on %1: about %2 in total.")
              .arg(environmentName, durationText(estimate.totalSeconds * 1000))
        : Text::tr("Cleanup on %1: at least %2 for the scripts that could be estimated; the others are not "
                   "included.")
              .arg(environmentName, durationText(estimate.totalSeconds * 1000));
    estimate.caveat = Text::tr("An estimate, not a promise: load, hardware and indexes on %1 differ from the "
                               "environments measured. Where a script ran more than once, the slowest run is "
                               "used, and every figure is rounded up.")
                          .arg(environmentName);
    return estimate;
}

} // namespace Ismw
