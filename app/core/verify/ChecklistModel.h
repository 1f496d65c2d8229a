// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/ProjectTypes.h"
#include "verify/ChecklistTemplates.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <optional>

namespace Ismw {

class MigrationProject;

// The verification checklist of the project's current run as a tree: groups
// (in the order of their first case) and their test cases. Every change goes
// through MigrationProject, which persists it, and is journaled here with
// what changed; the model follows the project's change signals, so a change
// made elsewhere shows too. A change to one case is a dataChanged, never a
// reset, so that a view keeps its expansion and selection while the
// operator works down the list.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChecklistModel)
public:
    enum Column { TitleColumn, KindColumn, StatusColumn, ChangedColumn, EvidenceColumn, ColumnCount };
    enum Role {
        ItemIdRole = Qt::UserRole + 1, // qint64; 0 on group rows
        StatusRole, // int of ChecklistStatus; on group rows the worst of its cases
        IsGroupRole, // bool
        KeyRole, // QString; empty on group rows
    };

    struct Tally
    {
        int total = 0, notRun = 0, passed = 0, failed = 0, blocked = 0, notApplicable = 0;
        // A failed or blocked case means the environment is not ready: the
        // page shows the rollback guidance and the report says "not ready".
        bool needsRollbackGuidance() const { return failed + blocked > 0; }
        friend bool operator==(const Tally&, const Tally&) = default;
    };

    explicit ChecklistModel(MigrationProject* project, QObject* parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Failed and blocked need notes saying what went wrong (false without);
    // empty notes keep the case's earlier notes.
    bool setStatus(qint64 id, ChecklistStatus status, const QString& notes);
    // False for empty notes on a failed or blocked case.
    bool setNotes(qint64 id, const QString& notes);
    // False for a file without path or SHA-256, or one already attached.
    bool addEvidence(qint64 id, const EvidenceFile& file);
    bool removeEvidence(qint64 id, int index);

    // `source`: "manual", "csv", "template" or "customization". A key already
    // in the run is not added again: its case's id is returned. A case
    // without a key gets "custom:" and a UUID; without a group, the default
    // group; without a kind, functional. 0 when there is no current run or
    // the case has no title or an unknown kind.
    qint64 addCase(const ChecklistCase& c, const QString& source);
    // How many were new; one journal entry for the batch.
    int addCases(const QList<ChecklistCase>& cases, const QString& source);
    bool removeCase(qint64 id);

    std::optional<ChecklistItem> item(qint64 id) const;
    std::optional<ChecklistItem> itemAt(const QModelIndex& index) const;
    QModelIndex indexOf(qint64 id) const; // column 0; invalid when not in the current run

    // The run whose cases carry over to the current one: the most recent
    // other run, with cases, on an environment of the same or a lower tier
    // (a custom environment ranks with any).
    std::optional<Run> carryOverSource() const;
    // Copies the source's case definitions with status "not run" and no
    // notes or evidence, skipping keys the current run has. How many were new.
    int carryOver();

    Tally tally() const { return m_tally; }
    qint64 runId() const { return m_runId; }

    // "✔ Passed": a symbol with the word, so colour never carries the
    // meaning alone.
    static QString statusText(ChecklistStatus status);
    static QString kindText(const QString& kind);
    // "3 of 10 passed, 1 failed, 2 blocked".
    static QString tallyText(const Tally& tally);

Q_SIGNALS:
    void tallyChanged();

private:
    struct Group
    {
        QString name;
        QList<ChecklistItem> items;
    };

    void sync();
    bool applyIncrementally(const QList<Group>& groups);
    Tally tallyOf(const QList<ChecklistItem>& items) const;
    const ChecklistItem* find(qint64 id) const;
    std::optional<ChecklistItem> prepare(const ChecklistCase& c, const QString& source) const;
    // Saves those whose key the run lacks, as one batch (one sync at the
    // end); a position < 0 means after the last case. The new ids.
    QList<qint64> insertNew(QList<ChecklistItem> items);
    bool save(const ChecklistItem& item, const QString& event, const QString& details);

    QPointer<MigrationProject> m_project;
    qint64 m_runId = 0;
    QList<Group> m_groups;
    Tally m_tally;
    bool m_batch = false;
};

} // namespace Ismw
