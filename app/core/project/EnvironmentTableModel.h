// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>

namespace Ismw {

class MigrationProject;

// What each environment of a project has recorded so far: the table on the
// first page that lets the operator of prod see what dev and pre-prod found.
// One row per environment in ladder order, kept current from the project's
// change signals.
class EnvironmentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Runs, LastStarted, Operator, Status, Checks, Cleanup, AcceptedRisks, ColumnCount };

    explicit EnvironmentTableModel(MigrationProject* project, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row {
        QString name;
        QString tier;
        int runs = 0;
        QDateTime lastStarted;
        QString operatorName;
        QString status;
        int passed = 0, warnings = 0, blockers = 0;
        int cleanupRuns = 0;
        qint64 rowsRemoved = 0;
        qint64 cleanupMs = 0;
        QStringList acceptedRisks;
    };
    void rebuild();

    QPointer<MigrationProject> m_project;
    QList<Row> m_rows;
};

} // namespace Ismw
