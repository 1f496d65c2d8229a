// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "project/OrderRule.h"
#include "project/ProjectStore.h"
#include "project/ProjectTypes.h"

#include <QObject>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace Ismw {

struct CleanupPlan;

// The one model every page of the wizard reads and writes, and the CLI too.
//
// It keeps the whole project in memory (a project is small: hundreds of
// records) and persists every change on its own store thread, in the order
// the changes were made, each in one SQLite transaction. So the GUI thread
// never waits for the disk, and the file never holds half a change.
// Signals tell the pages what changed.
//
// Record ids are assigned here, not by SQLite, so that a record has its id
// the moment it is made; that is safe because a project file has one writer
// at a time (the store takes a lock file).
class MigrationProject final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MigrationProject)
public:
    explicit MigrationProject(QObject* parent = nullptr);
    ~MigrationProject() override;

    // Asynchronous: opened() or openFailed() follows.
    void createProject(const QString& path, const QString& name);
    void openProject(const QString& path);
    void closeProject();

    bool isOpen() const { return m_open; }
    bool isLoading() const { return m_loading; }
    QString filePath() const { return m_path; }
    // Blocks until every change made so far is committed (or has failed).
    // For the CLI, tests and shutdown; the GUI never needs it.
    void waitForWrites();

    const ProjectInfo& info() const { return m_data.info; }
    const QList<Environment>& environments() const { return m_data.environments; }
    const QList<Run>& runs() const { return m_data.runs; }
    const QList<Acknowledgement>& acknowledgements() const { return m_data.acknowledgements; }
    const QList<CheckRecord>& checks() const { return m_data.checks; }
    const QList<ConfigDecision>& configDecisions() const { return m_data.configDecisions; }
    const QList<CleanupRunRecord>& cleanupRuns() const { return m_data.cleanupRuns; }
    const QList<ChecklistItem>& checklist() const { return m_data.checklist; }
    const QList<JournalEntry>& journal() const { return m_data.journal; }
    // A copy of everything, for work on another thread (rendering a report).
    ProjectSnapshot snapshot() const { return m_data; }
    QList<ChecklistItem> checklistOf(qint64 runId) const; // in position order

    std::optional<Environment> environment(qint64 id) const;
    std::optional<Environment> environmentNamed(const QString& name) const;
    QList<Run> runsOf(qint64 environmentId) const;
    std::optional<Run> currentRun() const;
    std::optional<Environment> currentEnvironment() const;

    // Whether starting `tier` now needs the operator's acknowledgement.
    OrderVerdict orderVerdict(Tier tier) const;

    // Starts a run on the environment `name` (made if new) for `operatorName`.
    // When the order rule objects, `acknowledgedReason` must say why the
    // operator goes ahead; it is recorded and journaled. Returns the run id,
    // or 0 when refused (no reason where one is needed, or no project open).
    qint64 startRun(Tier tier, const QString& name, const QString& operatorName,
        const QString& acknowledgedReason = {});
    void finishRun(RunStatus status);

    void setHomes(const QString& oldHome, const QString& oldRelease, const QString& newHome,
        const QString& newRelease);

    // Records of later pages; id, run and time are filled in here.
    qint64 addCheck(CheckRecord check);
    qint64 addConfigDecision(ConfigDecision decision);
    qint64 addCleanupRun(CleanupRunRecord run);
    // Adds (id 0) or replaces a test case of the current run. The time of the
    // change and the operator are filled in here. Journaled by the caller,
    // which knows what changed.
    qint64 saveChecklistItem(ChecklistItem item);
    // Only cases of the current run can be removed.
    bool removeChecklistItem(qint64 id);

    // Remembered per environment between sessions; an empty value removes.
    QString environmentSetting(qint64 environmentId, const QString& key) const;
    void setEnvironmentSetting(qint64 environmentId, const QString& key, const QString& value);

    // The database cleanup the operator confirmed and the wizard is about to
    // run: handed from the page that prepares it to the page that runs it.
    // Held in memory only, never persisted (it carries the database
    // password); dropped when the project closes. The run's result is what
    // gets recorded (addCleanupRun()).
    void setPendingCleanup(std::shared_ptr<CleanupPlan> plan) { m_pendingCleanup = std::move(plan); }
    std::shared_ptr<CleanupPlan> pendingCleanup() const { return m_pendingCleanup; }

    // Appends to the audit journal. Secrets in `details` are masked first.
    void journal(const QString& event, const QString& details);

Q_SIGNALS:
    void opened();
    void openFailed(const QString& message);
    void closed();
    void infoChanged();
    void environmentsChanged();
    void runsChanged();
    void acknowledgementsChanged();
    void checksChanged();
    void configDecisionsChanged();
    void cleanupRunsChanged();
    void checklistChanged();
    void environmentSettingsChanged();
    void journalAppended(const Ismw::JournalEntry& entry);
    // A change could not be written: the message says which file and why.
    void storageFailed(const QString& message);

private:
    using StoreWork = std::function<StoreResult<void>(ProjectStore&)>;
    void persist(StoreWork work);
    void load(const QString& path, std::optional<QString> createName);
    void applySnapshot(const QString& path, const ProjectSnapshot& snapshot);
    QString actor() const;

    QThread m_storeThread;
    QObject* m_storeContext = nullptr; // lives on m_storeThread; work runs in its context
    ProjectStore* m_store = nullptr;   // touched only on m_storeThread
    int m_generation = 0;
    bool m_open = false;
    bool m_loading = false;
    QString m_path;
    ProjectSnapshot m_data;
    qint64 m_currentRunId = 0;
    std::shared_ptr<CleanupPlan> m_pendingCleanup;
    struct {
        qint64 environment = 0, run = 0, acknowledgement = 0, check = 0, decision = 0, cleanup = 0,
               checklist = 0, journal = 0;
    } m_lastId;
};

} // namespace Ismw
