// SPDX-License-Identifier: Apache-2.0
#include "PrerequisitesPage.h"

#include "ui_PrerequisitesPage.h"

#include "checks/IsRelease.h"
#include "project/MigrationProject.h"

#include <QDir>
#include <QFileDialog>
#include <QVersionNumber>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Ismw {

PrerequisitesPage::PrerequisitesPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::PrerequisitesPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Prerequisites"));
    setSubTitle(tr("Choose the IS home in use now and the unpacked home of the release to migrate to. "
                   "The wizard reads their releases from their files."));
    m_old.edit = m_ui->oldHomeEdit;
    m_old.result = m_ui->oldHomeResult;
    m_new.edit = m_ui->newHomeEdit;
    m_new.result = m_ui->newHomeResult;
    setUpHome(m_old, m_ui->oldBrowseButton, tr("Choose the Old IS Home"));
    setUpHome(m_new, m_ui->newBrowseButton, tr("Choose the New IS Home"));
    updateState();
}

PrerequisitesPage::~PrerequisitesPage()
{
    // An inspection may still run on the pool; it must not report to a page
    // that is gone.
    for (Home* home : { &m_old, &m_new }) {
        home->watcher.disconnect();
        home->watcher.waitForFinished();
    }
}

void PrerequisitesPage::setUpHome(Home& home, QPushButton* browse, const QString& dialogTitle)
{
    // Typing a path inspects it once the typing pauses, not at every key.
    home.debounce.setSingleShot(true);
    home.debounce.setInterval(300);
    connect(&home.debounce, &QTimer::timeout, this, [this, &home] { inspect(home); });
    connect(home.edit, &QLineEdit::textChanged, this, [this, &home] {
        home.inspection.reset();
        home.pending = true;
        home.debounce.start();
        updateState();
    });
    connect(&home.watcher, &QFutureWatcher<IsHomeInspection>::finished, this, [this, &home] {
        // A result for a path the field no longer shows is stale.
        if (home.inspectedPath != home.edit->text().trimmed())
            return;
        home.inspection = home.watcher.result();
        home.pending = false;
        showResult(home);
        updateState();
    });
    connect(browse, &QPushButton::clicked, this, [this, &home, dialogTitle] {
        const QString start = home.edit->text().isEmpty() ? QDir::homePath() : home.edit->text();
        const QString dir = QFileDialog::getExistingDirectory(this, dialogTitle, start);
        if (!dir.isEmpty())
            home.edit->setText(QDir::toNativeSeparators(dir));
    });
}

void PrerequisitesPage::inspect(Home& home)
{
    const QString path = home.edit->text().trimmed();
    home.inspectedPath = path;
    if (path.isEmpty()) {
        home.pending = false;
        home.result->clear();
        updateState();
        return;
    }
    home.result->setText(tr("Reading %1…").arg(path.toHtmlEscaped()));
    home.watcher.setFuture(QtConcurrent::run([path] { return inspectIsHome(path); }));
    updateState();
}

void PrerequisitesPage::showResult(Home& home)
{
    const IsHomeInspection& inspection = *home.inspection;
    if (!inspection.ok) {
        // Marked by symbol and weight, not colour, so it reads the same in
        // light and dark palettes and to colour-blind operators.
        home.result->setText(u"✖ <b>%1</b>"_s.arg(inspection.error.toHtmlEscaped()));
        return;
    }
    QString text = tr("WSO2 Identity Server <b>%1</b>").arg(inspection.releaseString().toHtmlEscaped());
    if (!inspection.kernel.isNull())
        text += u" "_s + tr("(Carbon kernel %1)").arg(inspection.kernel.toString().toHtmlEscaped());
    if (!inspection.customizations.isEmpty())
        text += u"<br>"_s
            + tr("%n customization(s) to carry over, e.g. %1.", nullptr, int(inspection.customizations.size()))
                  .arg(inspection.customizations.constFirst().name.toHtmlEscaped());
    for (const IsHomeWarning& warning : inspection.warnings)
        text += u"<br>⚠ "_s + warning.message.toHtmlEscaped();
    home.result->setText(text);
}

bool PrerequisitesPage::isInspecting() const
{
    return m_old.pending || m_new.pending;
}

QString PrerequisitesPage::missingReason() const
{
    if (isInspecting())
        return tr("Reading the IS homes…");
    if (!m_old.inspection || m_old.edit->text().trimmed().isEmpty())
        return tr("Choose the old IS home.");
    if (!m_old.inspection->ok)
        return tr("The old IS home is not usable: see above.");
    if (!m_new.inspection || m_new.edit->text().trimmed().isEmpty())
        return tr("Choose the new IS home.");
    if (!m_new.inspection->ok)
        return tr("The new IS home is not usable: see above.");
    if (QVersionNumber::compare(m_old.inspection->release, m_new.inspection->release) >= 0)
        return tr("The new home (%1) must be a later release than the old one (%2): choose the homes the "
                  "other way round, or the unpacked new release.")
            .arg(m_new.inspection->releaseString(), m_old.inspection->releaseString());
    return {};
}

void PrerequisitesPage::updateState()
{
    QString path;
    if (m_old.inspection && m_old.inspection->ok && m_new.inspection && m_new.inspection->ok) {
        const QVersionNumber latest = latestKnownRelease().version;
        path = tr("From %1 to %2.").arg(m_old.inspection->releaseString(), m_new.inspection->releaseString());
        if (QVersionNumber::compare(m_new.inspection->release, latest) < 0)
            path += u" "_s + tr("%1 is not the newest release: %2 is. The migration guide advises migrating to "
                                 "the newest release.")
                                .arg(m_new.inspection->releaseString(), latest.toString());
    }
    m_ui->pathLabel->setText(path.isEmpty() ? tr("Shown when both homes are known.") : path);
    m_ui->statusLabel->setText(missingReason());
    Q_EMIT completeChanged();
}

void PrerequisitesPage::initializePage()
{
    const ProjectInfo& info = project()->info();
    if (m_old.edit->text().isEmpty() && !info.oldHome.isEmpty())
        m_old.edit->setText(QDir::toNativeSeparators(info.oldHome));
    if (m_new.edit->text().isEmpty() && !info.newHome.isEmpty())
        m_new.edit->setText(QDir::toNativeSeparators(info.newHome));
    updateState();
}

bool PrerequisitesPage::isComplete() const { return missingReason().isEmpty(); }

bool PrerequisitesPage::validatePage()
{
    if (!isComplete())
        return false;
    project()->setHomes(m_old.inspection->canonicalPath, m_old.inspection->releaseString(),
        m_new.inspection->canonicalPath, m_new.inspection->releaseString());
    return true;
}

QString PrerequisitesPage::helpText() const
{
    return tr("<p>The <b>old IS home</b> is the folder of the Identity Server in use now (it contains "
              "<i>bin/</i> and <i>repository/</i>). The <b>new IS home</b> is the newest release, downloaded "
              "and unpacked but not yet started against your databases.</p>"
              "<p>The wizard reads each home's release from its files and refuses a folder that is not an "
              "IS home, saying what it missed. The migration must go forward: the new release must be later "
              "than the old one, and should be the newest release.</p>");
}

} // namespace Ismw
