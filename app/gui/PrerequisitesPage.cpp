// SPDX-License-Identifier: Apache-2.0
#include "PrerequisitesPage.h"

#include "ui_PrerequisitesPage.h"

#include "checks/IsRelease.h"
#include "project/MigrationProject.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QTreeWidget>
#include <QVersionNumber>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

constexpr int kCheckIdRole = Qt::UserRole + 1;

// Symbol and word, never colour alone: reads the same in light and dark
// palettes and to colour-blind operators.
QString statusText(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return QCoreApplication::translate("Ismw::PrerequisitesPage", "✔ pass");
    case CheckStatus::Warning:
        return QCoreApplication::translate("Ismw::PrerequisitesPage", "⚠ warning");
    case CheckStatus::Blocker:
        return QCoreApplication::translate("Ismw::PrerequisitesPage", "✖ blocker");
    case CheckStatus::NotApplicable:
        break;
    }
    return QCoreApplication::translate("Ismw::PrerequisitesPage", "– not applicable");
}

} // namespace

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

    m_ui->checkList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->checkList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->checkList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_ui->checkList->header()->setStretchLastSection(false);
    m_ui->checksSplitter->setStretchFactor(0, 3);
    m_ui->checksSplitter->setStretchFactor(1, 2);
    // The checks read both homes again and run java: once the typing settles.
    m_checkDebounce.setSingleShot(true);
    m_checkDebounce.setInterval(200);
    connect(&m_checkDebounce, &QTimer::timeout, this, &PrerequisitesPage::runChecks);
    connect(&m_checkWatcher, &QFutureWatcher<PrerequisiteReport>::finished, this, &PrerequisitesPage::onChecksFinished);
    connect(m_ui->rerunButton, &QPushButton::clicked, this, &PrerequisitesPage::runChecks);
    connect(m_ui->checkList, &QTreeWidget::currentItemChanged, this, &PrerequisitesPage::showSelectedCheck);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &PrerequisitesPage::showSelectedCheck);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] { decide(Decision::Accepted); });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] { decide(Decision::Done); });
    connect(m_ui->notNeededButton, &QPushButton::clicked, this, [this] { decide(Decision::NotNeeded); });
    connect(m_ui->backupCheck, &QCheckBox::toggled, this, &PrerequisitesPage::updateState);
    showSelectedCheck();
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
    m_checkWatcher.disconnect();
    m_checkWatcher.waitForFinished();
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
        if (!m_old.pending && !m_new.pending)
            m_checkDebounce.start();
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
    return m_old.pending || m_new.pending || m_checksPending || m_checkDebounce.isActive();
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
    if (m_checksPending || m_checkDebounce.isActive() || !m_report)
        return tr("Running the checks…");
    QStringList open;
    for (const PrerequisiteCheck& check : m_report->checks)
        if (blocksNext(check))
            open << check.title;
    if (!open.isEmpty())
        return tr("%n blocker(s) to fix (then Run Checks Again) or to accept with a reason: %1.", nullptr,
            int(open.size()))
            .arg(open.join(tr(", ")));
    // The migration guide's first rule: nothing is touched without a backup
    // that is known to restore.
    if (!m_ui->backupCheck->isChecked())
        return tr("Confirm the backup of the old home and its databases.");
    return {};
}

void PrerequisitesPage::runChecks()
{
    m_checkDebounce.stop();
    const QString oldPath = m_old.edit->text().trimmed();
    const QString newPath = m_new.edit->text().trimmed();
    if (oldPath.isEmpty() || newPath.isEmpty() || m_old.pending || m_new.pending) {
        updateState();
        return;
    }
    m_checksPending = true;
    m_checkedKey = oldPath + u'|' + newPath;
    m_ui->checksSummary->setText(tr("Running the checks…"));
    m_ui->rerunButton->setEnabled(false);
    // A run still under way is superseded: the watcher reports only the newest.
    m_checkWatcher.setFuture(QtConcurrent::run(
        [oldPath, newPath, options = m_options] { return runPrerequisiteChecks(oldPath, newPath, options); }));
    updateState();
}

void PrerequisitesPage::onChecksFinished()
{
    // A run for homes the fields no longer show is stale; a newer one follows.
    if (m_checkedKey != m_old.edit->text().trimmed() + u'|' + m_new.edit->text().trimmed()) {
        m_checksPending = false;
        m_checkDebounce.start();
        return;
    }
    m_checksPending = false;
    m_ui->rerunButton->setEnabled(true);
    m_report = m_checkWatcher.result();
    restoreDecisions();
    recordResults();
    fillCheckList();
    updateState();
}

bool PrerequisitesPage::isAcceptable(const PrerequisiteCheck& check)
{
    return !(check.category == CheckCategory::Homes && check.status == CheckStatus::Blocker)
        && check.id != "path.direction"_L1;
}

bool PrerequisitesPage::blocksNext(const PrerequisiteCheck& check) const
{
    return check.status == CheckStatus::Blocker && !m_decisions.contains(check.id);
}

QString PrerequisitesPage::decisionText(const PrerequisiteCheck& check) const
{
    const auto found = m_decisions.constFind(check.id);
    if (found == m_decisions.cend())
        return check.needsDecision ? tr("open") : QString();
    switch (found->decision) {
    case Decision::Accepted:
        return tr("accepted");
    case Decision::Done:
        return tr("done");
    case Decision::NotNeeded:
        break;
    }
    return tr("not needed");
}

void PrerequisitesPage::fillCheckList()
{
    const QString current = selectedCheck() ? selectedCheck()->id : QString();
    const QSignalBlocker blocker(m_ui->checkList);
    m_ui->checkList->clear();
    if (!m_report)
        return;
    QHash<int, QTreeWidgetItem*> groups;
    QTreeWidgetItem* select = nullptr;
    for (const PrerequisiteCheck& check : m_report->checks) {
        QTreeWidgetItem*& group = groups[int(check.category)];
        if (!group) {
            group = new QTreeWidgetItem(m_ui->checkList, { checkCategoryName(check.category) });
            group->setFirstColumnSpanned(false);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setExpanded(true);
        }
        auto* item = new QTreeWidgetItem(group, { check.title, statusText(check.status), decisionText(check) });
        item->setData(0, kCheckIdRole, check.id);
        item->setToolTip(0, check.title);
        if (check.id == current || (!select && current.isEmpty() && blocksNext(check)))
            select = item;
    }
    // Each group's header shows the worst status still open in it (decided
    // checks no longer count) and how many customizations wait for a decision.
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        CheckStatus worst = CheckStatus::NotApplicable;
        int open = 0;
        for (int i = 0; i < it.value()->childCount(); ++i) {
            const PrerequisiteCheck* check = m_report->find(it.value()->child(i)->data(0, kCheckIdRole).toString());
            if (!check)
                continue;
            const int rank[] = { 1, 2, 3, 0 }; // Pass, Warning, Blocker, NotApplicable
            if (rank[int(check->status)] > rank[int(worst)] && !m_decisions.contains(check->id))
                worst = check->status;
            open += check->needsDecision && !m_decisions.contains(check->id);
        }
        it.value()->setText(1, statusText(worst));
        if (open > 0)
            it.value()->setText(2, tr("%n open", nullptr, open));
    }
    if (!select && m_ui->checkList->topLevelItemCount() > 0)
        select = m_ui->checkList->topLevelItem(0)->child(0);
    if (select) {
        m_ui->checkList->setCurrentItem(select);
        m_ui->checkList->scrollToItem(select);
    }
    showSelectedCheck();
}

const PrerequisiteCheck* PrerequisitesPage::selectedCheck() const
{
    const QTreeWidgetItem* item = m_ui->checkList->currentItem();
    if (!item || !m_report)
        return nullptr;
    return m_report->find(item->data(0, kCheckIdRole).toString());
}

void PrerequisitesPage::showSelectedCheck()
{
    const PrerequisiteCheck* check = selectedCheck();
    const bool reasonGiven = m_ui->reasonEdit->text().trimmed().size() >= kMinimumReasonLength;
    if (!check) {
        m_ui->detailsText->setHtml(m_report ? tr("Choose a check to see what it found.") : QString());
        for (QPushButton* button : { m_ui->acceptButton, m_ui->doneButton, m_ui->notNeededButton })
            button->setEnabled(false);
        return;
    }
    QString html = u"<p><b>%1</b> — %2</p>"_s.arg(check->title.toHtmlEscaped(), statusText(check->status).toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(check->message.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (!check->subject.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("Concerns: <i>%1</i>").arg(check->subject.toHtmlEscaped()));
    if (!check->fixHint.isEmpty())
        html += u"<p>%1</p>"_s.arg(tr("<b>What to do:</b> %1").arg(check->fixHint.toHtmlEscaped().replace(u'\n', u"<br>"_s)));
    if (const auto found = m_decisions.constFind(check->id); found != m_decisions.cend())
        html += u"<p>%1</p>"_s.arg(
            tr("<b>Decision:</b> %1 — %2").arg(decisionText(*check).toHtmlEscaped(), found->reason.toHtmlEscaped()));
    else if (check->status == CheckStatus::Blocker && !isAcceptable(*check))
        html += u"<p>%1</p>"_s.arg(tr("This cannot be accepted: choose other homes."));
    m_ui->detailsText->setHtml(html);

    const bool decided = m_decisions.contains(check->id);
    const bool findings = check->status == CheckStatus::Warning || check->status == CheckStatus::Blocker;
    m_ui->acceptButton->setEnabled(!decided && findings && !check->needsDecision && isAcceptable(*check) && reasonGiven);
    // Done needs no reason: carrying it over is the expected outcome.
    m_ui->doneButton->setEnabled(!decided && check->needsDecision);
    m_ui->notNeededButton->setEnabled(!decided && check->needsDecision && reasonGiven);
}

void PrerequisitesPage::decide(Decision decision)
{
    const PrerequisiteCheck* check = selectedCheck();
    if (!check)
        return;
    QString reason = m_ui->reasonEdit->text().trimmed();
    if (decision == Decision::Done && reason.isEmpty())
        reason = tr("carried over to the new home");
    if ((decision != Decision::Done && reason.size() < kMinimumReasonLength) || m_decisions.contains(check->id))
        return;
    m_decisions.insert(check->id, { decision, reason });
    // The record's status says the decision: done is a pass, not needed is
    // not applicable, an acceptance keeps the status it accepts.
    CheckRecord record;
    record.checkId = check->id;
    record.status = decision == Decision::Done ? CheckStatus::Pass
        : decision == Decision::NotNeeded      ? CheckStatus::NotApplicable
                                               : check->status;
    record.summary = check->title;
    record.details = check->message;
    record.fixHint = check->fixHint;
    record.acceptedReason = reason;
    project()->addCheck(record);
    project()->journal(decision == Decision::Accepted ? u"check.accepted"_s
            : decision == Decision::Done              ? u"check.done"_s
                                                      : u"check.not-needed"_s,
        u"%1 (%2): %3"_s.arg(check->id, checkStatusKey(check->status), reason));
    m_ui->reasonEdit->clear();
    fillCheckList();
    updateState();
}

void PrerequisitesPage::restoreDecisions()
{
    // The latest decision of this run for each check id; a check that no
    // longer shows up keeps its decision for when it comes back.
    m_decisions.clear();
    const std::optional<Run> run = project()->currentRun();
    for (const CheckRecord& record : project()->checks()) {
        if (record.acceptedReason.isEmpty() || (run && record.runId != run->id))
            continue;
        const Decision decision = record.status == CheckStatus::Pass ? Decision::Done
            : record.status == CheckStatus::NotApplicable            ? Decision::NotNeeded
                                                                     : Decision::Accepted;
        m_decisions.insert(record.checkId, { decision, record.acceptedReason });
    }
    // A decision on a blocker that can never be accepted does not count.
    if (m_report)
        for (const PrerequisiteCheck& check : m_report->checks)
            if (check.status == CheckStatus::Blocker && !isAcceptable(check))
                m_decisions.remove(check.id);
}

void PrerequisitesPage::recordResults()
{
    // Stored when a result is new or changed since the last record of this
    // run, so that rerunning the checks does not repeat unchanged rows.
    const std::optional<Run> run = project()->currentRun();
    if (!run)
        return;
    QHash<QString, const CheckRecord*> latest;
    for (const CheckRecord& record : project()->checks())
        if (record.runId == run->id && record.acceptedReason.isEmpty())
            latest.insert(record.checkId, &record);
    QList<CheckRecord> changed;
    for (const PrerequisiteCheck& check : m_report->checks) {
        const CheckRecord* last = latest.value(check.id);
        if (last && last->status == check.status && last->summary == check.title && last->details == check.message)
            continue;
        CheckRecord record;
        record.checkId = check.id;
        record.status = check.status;
        record.summary = check.title;
        record.details = check.message;
        record.fixHint = check.fixHint;
        changed << record;
    }
    for (const CheckRecord& record : std::as_const(changed))
        project()->addCheck(record);
}

void PrerequisitesPage::updateState()
{
    if (m_report && !m_checksPending) {
        int open = 0;
        for (const PrerequisiteCheck& check : m_report->checks)
            open += check.needsDecision && !m_decisions.contains(check.id);
        QString summary = tr("From %1 to %2: %3, %4, %5.")
                              .arg(m_report->oldHome.releaseString(), m_report->newHome.releaseString(),
                                  tr("%n blocker(s)", nullptr, m_report->count(CheckStatus::Blocker)),
                                  tr("%n warning(s)", nullptr, m_report->count(CheckStatus::Warning)),
                                  tr("%n passed", nullptr, m_report->count(CheckStatus::Pass)));
        if (open > 0)
            summary += u' ' + tr("%n customization(s) still to decide.", nullptr, open);
        m_ui->checksSummary->setText(summary);
    } else if (!m_checksPending) {
        m_ui->checksSummary->setText(tr("The checks run when both homes are chosen."));
    }
    m_ui->rerunButton->setEnabled(!m_checksPending && !m_old.edit->text().trimmed().isEmpty()
        && !m_new.edit->text().trimmed().isEmpty());
    m_ui->statusLabel->setText(missingReason());
    Q_EMIT completeChanged();
}

void PrerequisitesPage::initializePage()
{
    // A backup confirmed earlier in this run (the project was reopened) stands.
    if (const std::optional<Run> run = project()->currentRun(); run && !m_ui->backupCheck->isChecked()) {
        for (const JournalEntry& entry : project()->journal())
            if (entry.event == "backup.acknowledged"_L1 && entry.at >= run->startedAt) {
                m_ui->backupCheck->setChecked(true);
                m_backupJournaled = true;
            }
    }
    const ProjectInfo& info = project()->info();
    if (m_old.edit->text().isEmpty() && !info.oldHome.isEmpty())
        m_old.edit->setText(QDir::toNativeSeparators(info.oldHome));
    if (m_new.edit->text().isEmpty() && !info.newHome.isEmpty())
        m_new.edit->setText(QDir::toNativeSeparators(info.newHome));
    updateState();
}

bool PrerequisitesPage::isComplete() const { return !isInspecting() && missingReason().isEmpty(); }

bool PrerequisitesPage::validatePage()
{
    if (!isComplete())
        return false;
    project()->setHomes(m_old.inspection->canonicalPath, m_old.inspection->releaseString(),
        m_new.inspection->canonicalPath, m_new.inspection->releaseString());
    if (!m_backupJournaled) {
        project()->journal(u"backup.acknowledged"_s,
            u"backup of %1 and its databases taken and restore tried"_s.arg(m_old.inspection->canonicalPath));
        m_backupJournaled = true;
    }
    return true;
}

QString PrerequisitesPage::helpText() const
{
    return tr("<p>The <b>old IS home</b> is the folder of the Identity Server in use now (it contains "
              "<i>bin/</i> and <i>repository/</i>). The <b>new IS home</b> is the newest release, downloaded "
              "and unpacked but not yet started against your databases.</p>"
              "<p>The wizard reads each home's release from its files and refuses a folder that is not an "
              "IS home, saying what it missed. The migration must go forward: the new release must be later "
              "than the old one, and should be the newest release.</p>"
              "<p>The <b>checks</b> then look at what the migration needs: the release steps it crosses and "
              "what each changes, H2 in use, free disk space and memory, the Java runtime each release would "
              "run on (JAVA_HOME, else PATH), and the customizations of the old home that the new one lacks: "
              "jars, JDBC drivers, user stores, keystores, web apps, tenants and changed configuration files.</p>"
              "<p>A <b>blocker</b> keeps Next disabled until it is fixed (<b>Run Checks Again</b>) or accepted "
              "with a reason, for example when the server runs on another machine with its own Java. Mark each "
              "customization <b>done</b> once it is in the new home, or <b>not needed</b> with a reason. "
              "Results and decisions go into the project and its journal.</p>");
}

} // namespace Ismw
