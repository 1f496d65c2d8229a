// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "report/ReportData.h"
#include "report/ReportExport.h"

#include <QFutureWatcher>

#include <expected>
#include <memory>
#include <optional>

namespace Ui {
class ReportPage;
}

namespace Ismw {

// Page 6: the report of this environment's run. Shows the verdict with its
// reasons and the production time estimate, exports the report as PDF (and
// HTML and JSON) with a SHA-256 manifest, signs both with the operator's
// PKCS#12 certificate, and checks a signed report. Building, exporting and
// checking run on workers; the passphrase lives in the field until the export
// has used it and is never stored.
class ReportPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit ReportPage(MigrationProject* project, QWidget* parent = nullptr);
    ~ReportPage() override;

    void initializePage() override;
    bool validatePage() override;
    QString helpText() const override;
    QString busyReason() const override;

    bool isBuilding() const { return m_build.isRunning(); }
    bool isExporting() const { return m_export.isRunning(); }
    bool isVerifying() const { return m_verify.isRunning(); }
    const std::optional<ReportData>& report() const { return m_report; }

public Q_SLOTS:
    void exportReport();
    void verifyReport();

Q_SIGNALS:
    // For tests and the screenshot tool.
    void reportBuilt();
    void exportFinished(bool ok);
    void verifyFinished(bool ok);

private:
    void rebuild();
    void onBuilt();
    void onExported();
    void onVerified();
    void updateButtons();

    std::unique_ptr<Ui::ReportPage> m_ui;
    QFutureWatcher<std::expected<ReportData, QString>> m_build;
    QFutureWatcher<std::expected<ReportExportResult, ReportExportError>> m_export;
    QFutureWatcher<std::expected<ReportVerification, QString>> m_verify;
    std::optional<ReportData> m_report;
    bool m_exported = false;
    bool m_rebuildPending = false;
};

} // namespace Ismw
