// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "checks/IsHomeInspector.h"

#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class PrerequisitesPage;
}

namespace Ismw {

// Page 2: the old and the new IS home. Each folder is inspected off the GUI
// thread as it is typed or chosen; Next waits for two real IS homes whose
// releases go forward. The other prerequisite checks join this page later.
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
    bool isInspecting() const;

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

    std::unique_ptr<Ui::PrerequisitesPage> m_ui;
    Home m_old;
    Home m_new;
};

} // namespace Ismw
