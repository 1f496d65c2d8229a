// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "database/CleanupRunner.h"

#include <QElapsedTimer>
#include <QTimer>

#include <memory>

namespace Ui {
class CleanupRunPage;
}

namespace Ismw {

struct CleanupPlan;

// Page 4, second half: runs the cleanup the operator committed to on
// CleanupPage, one script after the other, each on a worker thread of its
// own with its own connection. Shows the procedure's progress messages as the
// server sends them, the elapsed time, and the counts before and after each
// script; Cancel stops the procedure on the server from a second connection.
// Every script's result, whatever its outcome, goes into the project once it
// is over; a failure or a cancel stops the scripts after it. The page is
// complete when nothing runs.
class CleanupRunPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit CleanupRunPage(MigrationProject* project, QWidget* parent = nullptr);
    ~CleanupRunPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    QString helpText() const override;
    QString busyReason() const override;

    bool isRunning() const { return m_runner != nullptr; }
    // Results of this visit, in run order.
    const QList<CleanupResult>& results() const { return m_results; }

public Q_SLOTS:
    void cancelCleanup();

private:
    void startNext();
    void onMessage(const QString& text);
    void onFinished(const CleanupResult& result);
    void finishAll();
    void updateElapsed();
    void addResultRow(const CleanupResult& result);

    std::unique_ptr<Ui::CleanupRunPage> m_ui;
    std::shared_ptr<CleanupPlan> m_plan;
    std::unique_ptr<CleanupRunner> m_runner;
    int m_next = 0; // index of the next plan item to run
    QList<CleanupResult> m_results;
    QElapsedTimer m_elapsed; // since the first script began
    QTimer m_tick;
    int m_messages = 0;
    bool m_started = false;
};

} // namespace Ismw
