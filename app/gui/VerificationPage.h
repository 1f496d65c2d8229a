// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "project/ProjectTypes.h"
#include "verify/ChecklistCsv.h"
#include "verify/HealthProbe.h"
#include "verify/LogScanner.h"

#include <QFutureWatcher>

#include <atomic>
#include <expected>
#include <memory>

namespace Ui {
class VerificationPage;
}

namespace Ismw {

class ChecklistModel;

// Page 5: did the migrated environment come up right? Two halves.
//  - Test cases: the operator's checklist (ChecklistModel over the project):
//    cases from the templates, the custom components of page 2, a CSV file or
//    typed in, carried over from the environment below; a result per case
//    with notes, and evidence files kept by path and SHA-256.
//  - Server checks: the health endpoint (its certificate pinned once the
//    operator confirmed the fingerprint), start-up completed and the errors in
//    wso2carbon.log since the run started, scanned on a worker.
// Automatic results are recorded as "verify.*" checks of the run, so that the
// report reads them like every other check. A failed or blocked case, or a
// server that is not healthy, shows the rollback guidance.
class VerificationPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit VerificationPage(MigrationProject* project, QWidget* parent = nullptr);
    ~VerificationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    QString helpText() const override;

    ChecklistModel* checklistModel() const { return m_model; }
    bool isScanning() const { return m_scan.isRunning(); }
    bool isHashing() const { return m_hash.isRunning(); }
    bool isProbing() const;
    bool rollbackGuidanceShown() const;

    // The stable ids of the automatic checks in the project.
    static constexpr auto kHealthCheckId = u"verify.health";
    static constexpr auto kStartupCheckId = u"verify.startup";
    static constexpr auto kLogCheckId = u"verify.log-errors";

    // What the file dialogs lead to; public for the tests.
    void importCsvFile(const QString& path);
    void attachEvidenceFile(const QString& path);

public Q_SLOTS:
    void probeHealth();
    void scanLog();
    void cancelScan();

Q_SIGNALS:
    // For tests and the screenshot tool: one of the workers is done.
    void scanFinished();
    void hashFinished();
    void probeFinished();
    void importFinished();

private:
    void addTemplates();
    void importCsv();
    void addCase();
    void carryOver();
    void removeCase();
    void recordResult();
    void attachEvidence();
    void detachEvidence();
    void showSelectedCase();
    void updateTally();
    void updateButtons();
    void onProbeFinished(const HealthProbeResult& result);
    bool confirmCertificate(const HealthProbeResult& result);
    void onScanFinished();
    void showScanResult(const LogScanResult& result);
    void showSelectedGroup();
    void acceptServerFindings();
    void showServerChecks();
    void saveServerCheck(const QString& checkId, CheckStatus status, const QString& summary,
        const QString& details, const QString& json);
    std::optional<CheckRecord> serverCheck(const QString& checkId) const;
    QList<CheckRecord> openServerFindings() const;
    qint64 selectedCaseId() const;

    std::unique_ptr<Ui::VerificationPage> m_ui;
    ChecklistModel* m_model;
    HealthProbe* m_probe;
    QFutureWatcher<std::expected<LogScanResult, QString>> m_scan;
    QFutureWatcher<std::expected<EvidenceFile, QString>> m_hash;
    QFutureWatcher<std::expected<ChecklistCsvImport, QString>> m_import;
    std::shared_ptr<std::atomic_bool> m_scanCancel;
    std::shared_ptr<std::atomic_bool> m_hashCancel;
    LogScanOptions m_scanOptions;
    LogScanResult m_lastScan;
    qint64 m_hashCaseId = 0;
    QString m_importPath;
};

} // namespace Ismw
