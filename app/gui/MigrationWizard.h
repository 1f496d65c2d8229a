// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QMessageBox>
#include <QPointer>
#include <QWizard>

namespace Ismw {

class MigrationProject;

// The wizard shell: the pages in migration order over one MigrationProject.
// Only pages that work are added; later pages join the enum as they land.
class MigrationWizard final : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProjectPageId, PrerequisitesPageId, ConfigurationPageId, CleanupPageId, CleanupRunPageId, VerificationPageId, ReportPageId };

    explicit MigrationWizard(MigrationProject* project, QWidget* parent = nullptr);

protected:
    void closeEvent(QCloseEvent* event) override;
    void done(int result) override;

private:
    void showHelp();
    void showSettings();
    void saveWindowState();
    void showStorageError(const QString& message);

    MigrationProject* m_project;
    QPointer<QMessageBox> m_storageErrorBox;
};

} // namespace Ismw
