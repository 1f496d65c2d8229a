// SPDX-License-Identifier: Apache-2.0
#include "MigrationWizard.h"

#include "CleanupPage.h"
#include "CleanupRunPage.h"
#include "ConfigurationPage.h"
#include "PrerequisitesPage.h"
#include "ProjectPage.h"
#include "ReportPage.h"
#include "SettingsDialog.h"
#include "VerificationPage.h"
#include "WizardPage.h"
#include "Version.h"
#include "project/MigrationProject.h"

#include <QAction>
#include <QCloseEvent>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kGeometryKey = u"window/geometry"_s;
}

MigrationWizard::MigrationWizard(MigrationProject* project, QWidget* parent)
    : QWizard(parent)
    , m_project(project)
{
    setObjectName(u"migrationWizard"_s);
    setWindowTitle(QString::fromLatin1(kApplicationName));
    setWindowIcon(QIcon(u":/icons/is-migration-wizard.svg"_s));
    setOption(QWizard::HaveHelpButton, true);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(ProjectPageId, new ProjectPage(project, this));
    setPage(PrerequisitesPageId, new PrerequisitesPage(project, this));
    setPage(ConfigurationPageId, new ConfigurationPage(project, this));
    setPage(CleanupPageId, new CleanupPage(project, this));
    setPage(CleanupRunPageId, new CleanupRunPage(project, this));
    setPage(VerificationPageId, new VerificationPage(project, this));
    setPage(ReportPageId, new ReportPage(project, this));
    setStartId(ProjectPageId);

    // The buttons' texts are ours, not Qt's: their access keys must not
    // clash with the pages' in any language, so our translators choose them
    // together (Qt's Spanish gives Back and Help both Alt+A).
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::HelpButton, tr("&Help"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    // Settings apply to the application, not to one page: a button at the
    // left of every page, and the platform's Preferences shortcut.
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Settings…"));
    button(QWizard::CustomButton1)->setObjectName(u"settingsButton"_s);
    auto* settingsAction = new QAction(this);
    // Not every platform theme defines Preferences; Ctrl+, is the common one.
    QList<QKeySequence> keys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (keys.isEmpty())
        keys = { QKeySequence(Qt::CTRL | Qt::Key_Comma) };
    settingsAction->setShortcuts(keys);
    button(QWizard::CustomButton1)->setToolTip(
        tr("Language of the wizard (%1)").arg(settingsAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(settingsAction);
    connect(settingsAction, &QAction::triggered, this, &MigrationWizard::showSettings);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showSettings();
    });
    setButtonLayout({ QWizard::HelpButton, QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton,
        QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton, QWizard::CancelButton });

    connect(this, &QWizard::helpRequested, this, &MigrationWizard::showHelp);
    connect(project, &MigrationProject::storageFailed, this, &MigrationWizard::showStorageError);

    if (!restoreGeometry(QSettings().value(kGeometryKey).toByteArray()))
        resize(900, 680);
}

void MigrationWizard::showHelp()
{
    auto* page = qobject_cast<WizardPage*>(currentPage());
    if (!page)
        return;
    QMessageBox box(QMessageBox::Information, tr("Help: %1").arg(page->title()), page->helpText(),
        QMessageBox::Close, this);
    box.setObjectName(u"helpBox"_s);
    box.setTextFormat(Qt::RichText);
    box.exec();
}

void MigrationWizard::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MigrationWizard::showStorageError(const QString& message)
{
    // Not modal: the change stays in memory, and the operator must know that
    // the file does not have it. One box for a run of failures (a full disk
    // fails every change after it), showing the latest.
    if (!m_storageErrorBox) {
        m_storageErrorBox = new QMessageBox(QMessageBox::Critical, tr("Change Not Saved"), message,
            QMessageBox::Close, this);
        m_storageErrorBox->setObjectName(u"storageErrorBox"_s);
        m_storageErrorBox->setAttribute(Qt::WA_DeleteOnClose);
        m_storageErrorBox->open();
        return;
    }
    m_storageErrorBox->setText(message);
}

void MigrationWizard::saveWindowState() { QSettings().setValue(kGeometryKey, saveGeometry()); }

void MigrationWizard::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QWizard::closeEvent(event);
}

void MigrationWizard::done(int result)
{
    // Closing must not cut off a cleanup procedure on a production server:
    // the operator cancels it first and sees what the cancel left.
    for (int id : pageIds()) {
        const auto* page = qobject_cast<const WizardPage*>(this->page(id));
        if (!page || page->busyReason().isEmpty())
            continue;
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Still Working"), page->busyReason(),
            QMessageBox::Close, this);
        box->setObjectName(u"busyBox"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    saveWindowState();
    QWizard::done(result);
}

} // namespace Ismw
