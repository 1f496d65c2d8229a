// SPDX-License-Identifier: Apache-2.0
#include "ProjectPage.h"

#include "ui_ProjectPage.h"

#include "Logging.h"
#include "RecentProjects.h"
#include "project/EnvironmentTableModel.h"
#include "project/MigrationProject.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {
const QString kOperatorKey = u"run/operator"_s;
constexpr const char* kProjectFilter = QT_TRANSLATE_NOOP("Ismw::ProjectPage", "Migration projects (*.ismig)");
} // namespace

ProjectPage::ProjectPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::ProjectPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Migration project"));
    setSubTitle(tr("One project file follows a migration through every environment, from development to "
                   "production. Choose it, the environment you migrate now, and who you are."));

    for (Tier tier : allTiers())
        m_ui->tierCombo->addItem(tierDisplayName(tier), QVariant::fromValue(int(tier)));
    m_ui->customNameEdit->setVisible(false);

    QString operatorName = QSettings().value(kOperatorKey).toString();
    if (operatorName.isEmpty())
        operatorName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_ui->operatorEdit->setText(operatorName);

    m_environments = new EnvironmentTableModel(project, this);
    m_ui->environmentsView->setModel(m_environments);
    m_ui->environmentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->environmentsView->horizontalHeader()->setStretchLastSection(true);

    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_ui->orderRuleIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_ui->orderRuleFrame->setVisible(false);

    auto* recentMenu = new QMenu(this);
    m_ui->recentButton->setMenu(recentMenu);
    connect(recentMenu, &QMenu::aboutToShow, this, &ProjectPage::fillRecentMenu);
    m_ui->recentButton->setEnabled(!RecentProjects::load().isEmpty());

    connect(m_ui->newButton, &QPushButton::clicked, this, &ProjectPage::chooseNewProject);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ProjectPage::chooseProjectToOpen);
    connect(m_ui->tierCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->customNameEdit->setVisible(selectedTier() == Tier::Custom);
        updateState();
    });
    for (QLineEdit* edit : { m_ui->customNameEdit, m_ui->operatorEdit, m_ui->reasonEdit })
        connect(edit, &QLineEdit::textChanged, this, &ProjectPage::updateState);
    connect(m_ui->acknowledgeCheck, &QCheckBox::toggled, this, &ProjectPage::updateState);

    connect(project, &MigrationProject::opened, this, &ProjectPage::onOpened);
    connect(project, &MigrationProject::openFailed, this, &ProjectPage::onOpenFailed);
    connect(project, &MigrationProject::closed, this, &ProjectPage::updateState);
    connect(project, &MigrationProject::runsChanged, this, &ProjectPage::updateState);
    updateState();
}

ProjectPage::~ProjectPage() = default;

QString ProjectPage::helpText() const
{
    return tr("<p>A migration moves each environment in turn: development first, then test, then a pilot "
              "on pre-production with a production-like database, and production last. One project file "
              "(<i>*.ismig</i>) records all of them, so what dev and pre-prod found and how long their "
              "database cleanup took is in front of you when production comes.</p>"
              "<p><b>New Project</b> starts a project file; <b>Open Project</b> continues one. Choose the "
              "environment you migrate now and enter your name: every decision is journaled under it.</p>"
              "<p>Production cannot start before a completed pre-production pilot is recorded, unless you "
              "acknowledge that with a reason. The reason goes into the journal and the final report.</p>");
}

Tier ProjectPage::selectedTier() const { return Tier(m_ui->tierCombo->currentData().toInt()); }

QString ProjectPage::selectedEnvironmentName() const
{
    return selectedTier() == Tier::Custom ? m_ui->customNameEdit->text().trimmed() : tierKey(selectedTier());
}

void ProjectPage::initializePage() { updateState(); }

void ProjectPage::chooseNewProject()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Replacing a project would destroy its journal: the store refuses an
    // existing file, so the dialog must not promise to replace it.
    QString path = QFileDialog::getSaveFileName(this, tr("New Migration Project"),
        QDir(documents).filePath(tr("is-migration.ismig")), tr(kProjectFilter), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".ismig"_s;
    createProjectAt(path);
}

void ProjectPage::chooseProjectToOpen()
{
    const QStringList recent = RecentProjects::load();
    const QString start = recent.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                           : QFileInfo(recent.first()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Migration Project"), start,
        tr(kProjectFilter));
    if (!path.isEmpty())
        openProjectAt(path);
}

void ProjectPage::fillRecentMenu()
{
    QMenu* menu = m_ui->recentButton->menu();
    menu->clear();
    for (const QString& path : RecentProjects::load()) {
        QAction* action = menu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProjectAt(path); });
    }
    if (!menu->isEmpty()) {
        menu->addSeparator();
        menu->addAction(tr("Clear This List"), this, [this] {
            for (const QString& path : RecentProjects::load())
                RecentProjects::remove(path);
            m_ui->recentButton->setEnabled(false);
        });
    }
}

void ProjectPage::createProjectAt(const QString& path)
{
    m_lastError.clear();
    m_pendingPath = path;
    project()->createProject(path, QFileInfo(path).completeBaseName());
    updateState();
}

void ProjectPage::openProjectAt(const QString& path)
{
    m_lastError.clear();
    m_pendingPath = path;
    project()->openProject(path);
    updateState();
}

void ProjectPage::onOpened()
{
    RecentProjects::add(project()->filePath());
    m_ui->recentButton->setEnabled(true);
    m_pendingPath.clear();
    // Continue where the project stands: the environment after the highest
    // one recorded is the likely next step.
    Tier next = Tier::Development;
    for (const Environment& environment : project()->environments())
        if (environment.tier != Tier::Custom && environment.tier >= next)
            next = environment.tier < Tier::Production ? Tier(int(environment.tier) + 1) : Tier::Production;
    m_ui->tierCombo->setCurrentIndex(m_ui->tierCombo->findData(int(next)));
    updateState();
}

void ProjectPage::onOpenFailed(const QString& message)
{
    qCWarning(lcGui) << "project not opened:" << message;
    const QString path = m_pendingPath;
    m_pendingPath.clear();
    if (!QFileInfo::exists(path))
        RecentProjects::remove(path);
    // Shown on the page rather than in a message box: it stays readable
    // while the operator picks another file.
    m_lastError = message;
    updateState();
}

QString ProjectPage::missingReason() const
{
    if (project()->isLoading())
        return tr("Opening %1…").arg(QDir::toNativeSeparators(m_pendingPath));
    if (!project()->isOpen())
        return tr("Create or open a project file to continue.");
    if (selectedEnvironmentName().isEmpty())
        return tr("Name the custom environment.");
    if (m_ui->operatorEdit->text().trimmed().isEmpty())
        return tr("Enter your name as the operator of this run.");
    if (project()->orderVerdict(selectedTier()).needsAcknowledgement) {
        if (m_ui->reasonEdit->text().trimmed().size() < kMinimumReasonLength)
            return tr("Give the reason for going ahead in a few words (at least %1 characters).")
                .arg(kMinimumReasonLength);
        if (!m_ui->acknowledgeCheck->isChecked())
            return tr("Tick the acknowledgement to go ahead without a completed pre-production pilot.");
    }
    return {};
}

void ProjectPage::updateState()
{
    const bool open = project()->isOpen();
    const bool loading = project()->isLoading();
    m_ui->newButton->setEnabled(!loading);
    m_ui->openButton->setEnabled(!loading);
    m_ui->runGroup->setEnabled(open);
    m_ui->historyGroup->setEnabled(open);

    if (open) {
        m_ui->projectPathLabel->setText(tr("<b>%1</b><br>%2 · created %3")
                .arg(project()->info().name.toHtmlEscaped(),
                    QDir::toNativeSeparators(project()->filePath()).toHtmlEscaped(),
                    QLocale().toString(project()->info().createdAt.toLocalTime(), QLocale::ShortFormat)));
    } else if (!loading) {
        m_ui->projectPathLabel->setText(tr("No project is open. Create a new project for this migration, or "
                                           "open the one the earlier environments used."));
    }

    const OrderVerdict verdict = open ? project()->orderVerdict(selectedTier()) : OrderVerdict {};
    m_ui->orderRuleFrame->setVisible(verdict.needsAcknowledgement);
    m_ui->orderRuleText->setText(verdict.explanation);

    if (open)
        m_lastError.clear();
    m_ui->statusLabel->setText(m_lastError.isEmpty() ? missingReason() : m_lastError);
    Q_EMIT completeChanged();
}

QString ProjectPage::statusText() const { return m_ui->statusLabel->text(); }

bool ProjectPage::isComplete() const { return missingReason().isEmpty(); }

bool ProjectPage::validatePage()
{
    const QString name = selectedEnvironmentName();
    const QString operatorName = m_ui->operatorEdit->text().trimmed();
    // Back and Next again on the same choice continues the same run.
    if (const auto run = project()->currentRun(); run && run->status == RunStatus::InProgress) {
        const auto environment = project()->currentEnvironment();
        if (environment && environment->name == name && run->operatorName == operatorName)
            return true;
        project()->finishRun(RunStatus::Abandoned);
    }
    const OrderVerdict verdict = project()->orderVerdict(selectedTier());
    const QString reason = verdict.needsAcknowledgement ? m_ui->reasonEdit->text().trimmed() : QString();
    if (project()->startRun(selectedTier(), name, operatorName, reason) == 0)
        return false;
    QSettings().setValue(kOperatorKey, operatorName);
    return true;
}

} // namespace Ismw
