// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "project/ProjectTypes.h"

#include <memory>

namespace Ui {
class ProjectPage;
}

namespace Ismw {

class EnvironmentTableModel;

// Page 1: which project, which environment, who. Holds Next back until a
// project is open, the run is named and, where the order rule objects, the
// operator has acknowledged it with a reason.
class ProjectPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit ProjectPage(MigrationProject* project, QWidget* parent = nullptr);
    ~ProjectPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // Why Next is disabled; empty when it is not.
    QString missingReason() const;
    // What the page's status line says now (a failed open, or missingReason()).
    QString statusText() const;

public Q_SLOTS:
    // The file dialogs end in these; tests call them directly.
    void createProjectAt(const QString& path);
    void openProjectAt(const QString& path);

private:
    void chooseNewProject();
    void chooseProjectToOpen();
    void fillRecentMenu();
    void onOpened();
    void onOpenFailed(const QString& message);
    void updateState();
    Tier selectedTier() const;
    QString selectedEnvironmentName() const;

    std::unique_ptr<Ui::ProjectPage> m_ui;
    EnvironmentTableModel* m_environments = nullptr;
    QString m_pendingPath;
    QString m_lastError; // why the last open or create failed, until the next attempt
};

} // namespace Ismw
