// SPDX-License-Identifier: Apache-2.0
#include "project/EnvironmentTableModel.h"

#include "project/MigrationProject.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

EnvironmentTableModel::EnvironmentTableModel(MigrationProject* project, QObject* parent)
    : QAbstractTableModel(parent)
    , m_project(project)
{
    for (auto signal : { &MigrationProject::opened, &MigrationProject::closed, &MigrationProject::environmentsChanged,
             &MigrationProject::runsChanged, &MigrationProject::checksChanged, &MigrationProject::cleanupRunsChanged,
             &MigrationProject::acknowledgementsChanged })
        connect(project, signal, this, &EnvironmentTableModel::rebuild);
    rebuild();
}

void EnvironmentTableModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    if (m_project && m_project->isOpen()) {
        QList<Environment> environments = m_project->environments();
        std::stable_sort(environments.begin(), environments.end(),
            [](const Environment& a, const Environment& b) { return a.tier < b.tier; });
        for (const Environment& environment : std::as_const(environments)) {
            Row row;
            row.name = environment.name;
            row.tier = tierDisplayName(environment.tier);
            QList<qint64> runIds;
            for (const Run& run : m_project->runsOf(environment.id)) {
                runIds << run.id;
                ++row.runs;
                if (!row.lastStarted.isValid() || run.startedAt >= row.lastStarted) {
                    row.lastStarted = run.startedAt;
                    row.operatorName = run.operatorName;
                    row.status = runStatusDisplayName(run.status);
                }
            }
            for (const CheckRecord& check : m_project->checks()) {
                if (!runIds.contains(check.runId))
                    continue;
                row.passed += check.status == CheckStatus::Pass;
                row.warnings += check.status == CheckStatus::Warning;
                row.blockers += check.status == CheckStatus::Blocker;
            }
            for (const CleanupRunRecord& cleanup : m_project->cleanupRuns()) {
                if (!runIds.contains(cleanup.runId) || cleanup.dryRun)
                    continue;
                ++row.cleanupRuns;
                if (cleanup.rowsBefore >= 0 && cleanup.rowsAfter >= 0)
                    row.rowsRemoved += cleanup.rowsBefore - cleanup.rowsAfter;
                row.cleanupMs += cleanup.durationMs;
            }
            for (const Acknowledgement& ack : m_project->acknowledgements())
                if (runIds.contains(ack.runId))
                    row.acceptedRisks << ack.reason;
            m_rows.append(row);
        }
    }
    endResetModel();
}

int EnvironmentTableModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows.size(); }

int EnvironmentTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant EnvironmentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == AcceptedRisks && !row.acceptedRisks.isEmpty())
        return row.acceptedRisks.join(u'\n');
    if (role == Qt::ToolTipRole && index.column() == Name)
        return row.tier;
    if (role == Qt::ToolTipRole && index.column() == Cleanup && row.cleanupRuns > 0)
        return tr("%n cleanup run(s), dry runs not counted", nullptr, row.cleanupRuns);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Name:
        return row.name;
    case Runs:
        return row.runs;
    case LastStarted:
        return row.lastStarted.isValid() ? locale.toString(row.lastStarted.toLocalTime(), QLocale::ShortFormat) : QString();
    case Operator:
        return row.operatorName;
    case Status:
        return row.status;
    case Checks: {
        // Only what is there: "0 blockers" is noise in a narrow column.
        QStringList parts;
        if (row.blockers)
            parts << tr("%n blocker(s)", nullptr, row.blockers);
        if (row.warnings)
            parts << tr("%n warning(s)", nullptr, row.warnings);
        if (row.passed)
            parts << tr("%n passed", nullptr, row.passed);
        return parts.isEmpty() ? tr("none yet") : parts.join(u", "_s);
    }
    case Cleanup:
        if (row.cleanupRuns == 0)
            return tr("none yet");
        return tr("%1 rows removed in %2 s").arg(locale.toString(row.rowsRemoved),
            locale.toString(double(row.cleanupMs) / 1000.0, 'f', 1));
    case AcceptedRisks:
        return row.acceptedRisks.isEmpty() ? tr("none") : tr("%n accepted", nullptr, row.acceptedRisks.size());
    }
    return {};
}

QVariant EnvironmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Environment");
    case Runs:
        return tr("Runs");
    case LastStarted:
        return tr("Last started");
    case Operator:
        return tr("Operator");
    case Status:
        return tr("Status");
    case Checks:
        return tr("Checks");
    case Cleanup:
        return tr("Database cleanup");
    case AcceptedRisks:
        return tr("Accepted risks");
    }
    return {};
}

} // namespace Ismw
