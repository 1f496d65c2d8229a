// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "checks/IsHomeInspector.h"
#include "checks/PrerequisiteCheck.h"

#include <QFutureWatcher>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class PrerequisitesPage;
}

class QTreeWidgetItem;

namespace Ismw {

// Page 2: the old and the new IS home, and every check of what the
// migration needs (runPrerequisiteChecks): the path between the releases,
// disk, memory, Java, and the customizations to carry over. Each folder is
// inspected off the GUI thread as it is typed or chosen, then the checks run
// off it too. A blocker keeps Next disabled until it is fixed (Run Checks
// Again) or accepted with a reason; customizations are marked done or not
// needed. Results and decisions go into the project, so they apply again
// when the project is reopened or the checks rerun.
class PrerequisitesPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit PrerequisitesPage(MigrationProject* project, QWidget* parent = nullptr);
    ~PrerequisitesPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    QString missingReason() const;
    // Homes being read or checks running.
    bool isInspecting() const;
    const std::optional<PrerequisiteReport>& report() const { return m_report; }

    // Where the checks look for Java; the environment by default (tests set their own).
    void setJavaProbeOptions(const JavaProbeOptions& options) { m_options.java = options; }

public Q_SLOTS:
    void runChecks();

private:
    // One home field: its inspection in flight and its last result.
    struct Home {
        QLineEdit* edit = nullptr;
        QLabel* result = nullptr;
        QTimer debounce;
        QFutureWatcher<IsHomeInspection> watcher;
        std::optional<IsHomeInspection> inspection;
        QString inspectedPath;
        // From an edit until its result is shown: the watcher alone says
        // "not running" between the end of the work and the delivery of
        // its result.
        bool pending = false;
    };
    void setUpHome(Home& home, QPushButton* browse, const QString& dialogTitle);
    void inspect(Home& home);
    void showResult(Home& home);
    void updateState();

    // The operator's word on a check: a warning or blocker accepted, a
    // customization carried over or not needed.
    enum class Decision { Accepted, Done, NotNeeded };
    struct DecisionRecord
    {
        Decision decision = Decision::Accepted;
        QString reason;
    };
    void onChecksFinished();
    void fillCheckList();
    void showSelectedCheck();
    void decide(Decision decision);
    void restoreDecisions();
    void recordResults();
    const PrerequisiteCheck* selectedCheck() const;
    // Blockers that can never be accepted: no homes, or a migration that does not go forward.
    static bool isAcceptable(const PrerequisiteCheck& check);
    bool blocksNext(const PrerequisiteCheck& check) const;
    QString decisionText(const PrerequisiteCheck& check) const;

    std::unique_ptr<Ui::PrerequisitesPage> m_ui;
    Home m_old;
    Home m_new;

    PrerequisiteOptions m_options;
    QFutureWatcher<PrerequisiteReport> m_checkWatcher;
    QTimer m_checkDebounce;
    bool m_checksPending = false;
    QString m_checkedKey; // "old|new" the report was made for
    std::optional<PrerequisiteReport> m_report;
    QHash<QString, DecisionRecord> m_decisions; // check id → the operator's decision
    bool m_backupJournaled = false;
};

} // namespace Ismw
