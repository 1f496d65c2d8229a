// SPDX-License-Identifier: Apache-2.0
#include "ConfigurationPage.h"

#include "ui_ConfigurationPage.h"

#include "Logging.h"
#include "project/MigrationProject.h"
#include "widgets/CodePane.h"
#include "widgets/SecretMasking.h"
#include "widgets/TomlDiffView.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyle>
#include <QTextBlock>
#include <QToolButton>
#include <QVersionNumber>
#include <QtConcurrent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// Re-validate once the typing pauses, not at every key.
constexpr int kValidationDelayMs = 300;

enum Role { KindRole = Qt::UserRole, IndexRole, KeyRole };
enum Column { KindColumn, KeyColumn, WhatColumn, StateColumn };
enum Filter { AllItems, ChangesOnly, FindingsOnly, BlockersOnly };

// Severity by symbol and word, never by colour alone.
QString severitySymbol(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return u"✖"_s;
    case Severity::Warning:
        return u"⚠"_s;
    case Severity::Info:
        break;
    }
    return u"ℹ"_s;
}

QString severityText(Severity severity)
{
    // A free function: the page's context spelled out, where lupdate sees it.
    switch (severity) {
    case Severity::Blocker:
        return QCoreApplication::translate("Ismw::ConfigurationPage", "Blocker");
    case Severity::Warning:
        return QCoreApplication::translate("Ismw::ConfigurationPage", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("Ismw::ConfigurationPage", "Info");
}

QStyle::StandardPixmap severityIcon(Severity severity)
{
    switch (severity) {
    case Severity::Blocker:
        return QStyle::SP_MessageBoxCritical;
    case Severity::Warning:
        return QStyle::SP_MessageBoxWarning;
    case Severity::Info:
        break;
    }
    return QStyle::SP_MessageBoxInformation;
}

int lineOf(const TomlDocument& document, const QString& path)
{
    if (path.isEmpty())
        return 0;
    const TomlEntry* entry = document.find(path);
    return entry ? entry->pos.line : 0;
}

// The analysis with the operator's decisions applied. An edit not applied
// by default stays out until it is accepted; a plan made with other
// decisions may propose other edits (a later step sees the file as the
// earlier ones leave it), so plan again until the set of rejected edits
// settles. `replan` forces a new plan even when the set is the one the plan
// was made with (the decisions changed since).
std::expected<ConfigAnalysis, ConfigError> withDecisions(ConfigAnalysis analysis,
    const QSet<QString>& rejected, const QSet<QString>& accepted, bool replan = false)
{
    QSet<QString> effective = rejected;
    bool planned = false;
    for (int round = 0; round < 4; ++round) {
        for (const ProposedEdit& edit : std::as_const(analysis.plan.edits))
            if (!edit.acceptedByDefault && !accepted.contains(edit.id))
                effective.insert(edit.id);
        if (!replan && effective == analysis.plan.rejectedEditIds)
            break;
        const MigrationPlan& plan = analysis.plan;
        auto again = planMigration(analysis.oldDoc, plan.from, plan.to, plan.rules,
            plan.newDefault ? &*plan.newDefault : nullptr, effective);
        if (!again)
            return std::unexpected(again.error());
        analysis.plan = std::move(*again);
        replan = false;
        planned = true;
    }
    if (!planned)
        return analysis; // the result in hand was made with these decisions
    auto migrated = applyMigration(analysis.oldDoc, analysis.plan, effective);
    if (!migrated)
        return std::unexpected(migrated.error());
    analysis.migrated = std::move(*migrated);
    return analysis;
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

// What identifies a list item across refills. An edit's id and the key of
// the finding it fixes may be the same text (rule id @ path): the kind keeps
// them apart.
QString itemKey(int kind, const QString& key)
{
    return QString::number(kind) + u':' + key;
}
QString itemKey(const QTreeWidgetItem* item)
{
    return item ? itemKey(item->data(0, KindRole).toInt(), item->data(0, KeyRole).toString()) : QString();
}

} // namespace

ConfigurationPage::ConfigurationPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::ConfigurationPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Configuration"));
    setSubTitle(
        tr("Your deployment.toml carried over to the new release. Review the proposed changes and the "
           "findings, then write the result into the new IS home."));

    m_ui->compareCombo->addItem(tr("Old file ↔ migrated result"), int(Compare::OldToResult));
    m_ui->compareCombo->addItem(tr("Old file ↔ new release as shipped"), int(Compare::OldToShipped));
    m_ui->compareCombo->addItem(
        tr("New release as shipped ↔ migrated result"), int(Compare::ShippedToResult));
    m_ui->filterCombo->addItem(tr("All items"), AllItems);
    m_ui->filterCombo->addItem(tr("Changes only"), ChangesOnly);
    m_ui->filterCombo->addItem(tr("Findings only"), FindingsOnly);
    m_ui->filterCombo->addItem(tr("Blockers only"), BlockersOnly);

    // F7 as in diff tools, Alt+arrows as in KDE's; both work anywhere on the
    // page, and the tooltips say so.
    const auto navigation = [this](QToolButton* button, QStyle::StandardPixmap icon,
                                const QList<QKeySequence>& keys, const QString& what, bool forward) {
        auto* action = new QAction(this);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, [this, forward] { navigate(forward); });
        connect(button, &QToolButton::clicked, this, [this, forward] { navigate(forward); });
        button->setIcon(style()->standardIcon(icon, nullptr, this));
        QStringList names;
        for (const QKeySequence& key : keys)
            names << key.toString(QKeySequence::NativeText);
        button->setToolTip(u"%1 (%2)"_s.arg(what, names.join(tr(", "))));
    };
    navigation(m_ui->nextButton, QStyle::SP_ArrowDown,
        { QKeySequence(Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Down) }, tr("Next change"), true);
    navigation(m_ui->previousButton, QStyle::SP_ArrowUp,
        { QKeySequence(Qt::SHIFT | Qt::Key_F7), QKeySequence(Qt::ALT | Qt::Key_Up) }, tr("Previous change"),
        false);

    QHeaderView* header = m_ui->reviewList->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(KindColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(KeyColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(WhatColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(StateColumn, QHeaderView::ResizeToContents);
    header->resizeSection(KeyColumn, 200);
    m_ui->splitter->setStretchFactor(0, 5);
    m_ui->splitter->setStretchFactor(1, 4);
    m_ui->reviewSplitter->setStretchFactor(0, 3);
    m_ui->reviewSplitter->setStretchFactor(1, 2);
    m_ui->reviewList->setMinimumHeight(90);
    m_ui->detailsText->setMinimumWidth(260);
    // The details read as part of the page, not as a document.
    m_ui->detailsText->viewport()->setAutoFillBackground(false);
    m_ui->editStatusLabel->setTextFormat(Qt::PlainText);
    m_ui->statusLabel->setTextFormat(Qt::PlainText);

    connect(m_ui->compareCombo, &QComboBox::currentIndexChanged, this, [this] {
        refreshComparison();
        jumpToSelectedItem();
    });
    connect(m_ui->unifiedCheck, &QCheckBox::toggled, this, [this](bool unified) {
        m_ui->diffView->setViewMode(
            unified ? TomlDiffView::ViewMode::Unified : TomlDiffView::ViewMode::SideBySide);
    });
    connect(m_ui->secretsCheck, &QCheckBox::toggled, this, &ConfigurationPage::setSecretsRevealed);
    connect(m_ui->editButton, &QPushButton::toggled, this, &ConfigurationPage::setEditing);
    connect(m_ui->discardEditsButton, &QPushButton::clicked, this, &ConfigurationPage::discardEdits);
    connect(m_ui->filterCombo, &QComboBox::currentIndexChanged, this, &ConfigurationPage::applyFilter);
    connect(m_ui->reviewList, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_fillingList)
            return;
        m_ui->reasonEdit->clear();
        showSelectedItem();
        jumpToSelectedItem();
    });
    connect(m_ui->reviewList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (m_fillingList || column != KindColumn || item->data(0, KindRole).toInt() != int(ItemKind::Edit))
            return;
        const QString id = item->data(0, KeyRole).toString();
        const bool accepted = item->checkState(KindColumn) == Qt::Checked;
        if (accepted == effectiveRejected().contains(id))
            decideEdit(id, accepted);
    });
    connect(m_ui->acceptButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = selectedItem())
            decideEdit(item->data(0, KeyRole).toString(), true);
    });
    connect(m_ui->rejectButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = selectedItem())
            decideEdit(item->data(0, KeyRole).toString(), false);
    });
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, &ConfigurationPage::showSelectedItem);
    connect(m_ui->reasonEdit, &QLineEdit::returnPressed, this, &ConfigurationPage::acknowledgeSelected);
    connect(m_ui->acknowledgeButton, &QPushButton::clicked, this, &ConfigurationPage::acknowledgeSelected);
    connect(m_ui->writeButton, &QPushButton::clicked, this, &ConfigurationPage::writeToNewHome);
    connect(m_ui->diffView, &TomlDiffView::currentChangeChanged, this, &ConfigurationPage::updatePosition);
    connect(m_ui->editor, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingEditor)
            return;
        m_validationPending = true;
        m_validationDebounce.start();
        m_editNotice.clear();
        m_ui->editor->setCurrentBlock(-1); // the framed line may have moved
        updateState();
    });

    m_validationDebounce.setSingleShot(true);
    m_validationDebounce.setInterval(kValidationDelayMs);
    connect(&m_validationDebounce, &QTimer::timeout, this, &ConfigurationPage::startValidation);
    connect(&m_analysisWatcher, &QFutureWatcher<AnalysisOutcome>::finished, this,
        &ConfigurationPage::onAnalysisFinished);
    connect(&m_validationWatcher, &QFutureWatcher<ValidationOutcome>::finished, this,
        &ConfigurationPage::onValidationFinished);
    connect(
        &m_writeWatcher, &QFutureWatcher<WriteOutcome>::finished, this, &ConfigurationPage::onWriteFinished);

    m_ui->diffView->clear();
    showSelectedItem();
    updateState();
}

ConfigurationPage::~ConfigurationPage()
{
    // Work may still run on the pool; it must not report to a page that is
    // gone. A write is waited for: it is short, and must not be cut off.
    m_analysisWatcher.disconnect();
    m_validationWatcher.disconnect();
    m_writeWatcher.disconnect();
    m_analysisWatcher.waitForFinished();
    m_validationWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

QString ConfigurationPage::helpText() const
{
    return tr(
        "<p>The wizard reads the old home's <i>repository/conf/deployment.toml</i>, applies the release "
        "rules of every step between the two releases, and proposes a migrated file for the new home: "
        "your settings carried over, renamed keys renamed, keys the new release no longer knows removed "
        "or flagged.</p>"
        "<p><b>Compare</b> shows the old file beside the migrated result (or beside the new release's own "
        "file), lines aligned by key. The gutter marks added (+), removed (−) and changed (~) lines. "
        "<b>Next</b> and <b>Previous</b> (F7 and Shift+F7, or Alt+Down and Alt+Up) walk the changes.</p>"
        "<p>The list holds the proposed changes, each of which you accept or reject, and the findings. "
        "A <b>blocker</b> keeps Next disabled until you acknowledge it with a reason; the reason goes into "
        "the project journal. <b>Edit Result</b> lets you change the migrated file by hand; it is checked "
        "as you type.</p>"
        "<p>Passwords and other secrets are masked unless you tick <b>Show secrets</b>, which is never "
        "saved. <b>Write to New Home</b> replaces the new home's deployment.toml in one step and keeps the "
        "file it replaces as a timestamped backup next to it.</p>");
}

QString ConfigurationPage::targetPath() const
{
    const QString home = project()->info().newHome;
    return home.isEmpty() ? QString() : deploymentTomlPath(home);
}

QString ConfigurationPage::analysisKey() const
{
    const ProjectInfo& info = project()->info();
    const auto run = project()->currentRun();
    return QStringList { info.oldHome, info.oldRelease, info.newHome, info.newRelease,
        QString::number(run ? run->id : 0) }
        .join(u'\n');
}

void ConfigurationPage::initializePage()
{
    m_ui->secretsCheck->setChecked(false);
    // Coming back from a later page keeps the review as it stands; other
    // homes (or another run) start it afresh.
    const QString key = analysisKey();
    if (key != m_analyzedKey || (!m_analysis && !m_analysisPending)) {
        m_analyzedKey = key;
        m_writeMessage.clear();
        m_ui->editButton->setChecked(false);
        restoreDecisions();
        startAnalysis();
    }
    updateState();
}

void ConfigurationPage::cleanupPage()
{
    m_ui->secretsCheck->setChecked(false);
    WizardPage::cleanupPage();
}

void ConfigurationPage::restoreDecisions()
{
    m_accepted.clear();
    m_rejected.clear();
    m_acknowledged.clear();
    const auto run = project()->currentRun();
    if (!run)
        return;
    // Later decisions overrule earlier ones of the same run.
    for (const ConfigDecision& decision : project()->configDecisions()) {
        if (decision.runId != run->id)
            continue;
        if (decision.decision == u"accepted"_s) {
            m_accepted.insert(decision.changeKey);
            m_rejected.remove(decision.changeKey);
        } else if (decision.decision == u"rejected"_s) {
            m_rejected.insert(decision.changeKey);
            m_accepted.remove(decision.changeKey);
        } else if (decision.decision == u"acknowledged"_s) {
            m_acknowledged.insert(decision.changeKey, decision.reason);
        }
    }
}

// --- analysis -------------------------------------------------------------

void ConfigurationPage::startAnalysis()
{
    const ProjectInfo& info = project()->info();
    ++m_analysisGeneration;
    m_analysis.reset();
    m_analysisError.reset();
    m_edited = false;
    m_editError.reset();
    m_validationPending = false;
    m_validationDebounce.stop();
    ++m_validationGeneration;
    if (info.oldHome.isEmpty() || info.newHome.isEmpty()) {
        m_analysisPending = false;
        ConfigError error;
        error.message = tr("The IS homes are not chosen yet.");
        error.hint = tr("Choose them on the previous page.");
        m_analysisError = error;
        showResult();
        return;
    }
    ConfigAnalysisRequest request;
    request.oldPath = deploymentTomlPath(info.oldHome);
    request.from = QVersionNumber::fromString(info.oldRelease);
    request.to = QVersionNumber::fromString(info.newRelease);
    request.rejectedEditIds = m_rejected;
    const QString target = targetPath();
    const QSet<QString> accepted = m_accepted;
    const quint64 generation = m_analysisGeneration;
    m_analysisPending = true;
    m_ui->diffView->clear(tr("Reading the configuration files…"));
    m_analysisWatcher.setFuture(QtConcurrent::run([base = request, target, accepted, generation] {
        AnalysisOutcome outcome;
        outcome.generation = generation;
        ConfigAnalysisRequest job = base;
        // Once the wizard has written the new home's file, the first backup
        // is the file the release shipped: compare with that, not with our
        // own output.
        const QFileInfo targetInfo(target);
        const QStringList backups
            = targetInfo.dir().entryList({ targetInfo.fileName() + u".bak-*"_s }, QDir::Files, QDir::Name);
        if (!backups.isEmpty())
            outcome.shippedPath = targetInfo.dir().filePath(backups.constFirst());
        else if (targetInfo.exists())
            outcome.shippedPath = target;
        job.newPath = outcome.shippedPath;
        QFile file(target);
        if (file.open(QIODevice::ReadOnly)) {
            outcome.targetExists = true;
            outcome.targetText = file.readAll();
        }

        auto analysis = analyzeConfiguration(job);
        if (!analysis) {
            outcome.error = analysis.error();
            return outcome;
        }
        auto decided = withDecisions(std::move(*analysis), job.rejectedEditIds, accepted);
        if (!decided) {
            outcome.error = decided.error();
            return outcome;
        }
        analysis = std::move(*decided);
        if (!outcome.shippedPath.isEmpty())
            outcome.shippedToResult = diffDocuments(analysis->newDoc, analysis->migrated.document);
        outcome.analysis = std::move(*analysis);
        return outcome;
    }));
    updateState();
}

void ConfigurationPage::startApply()
{
    // A decision changes which edits apply, and may change what later steps
    // find: plan and apply again over the documents already read.
    const ConfigAnalysis base = *m_analysis;
    const QSet<QString> rejected = m_rejected;
    const QSet<QString> accepted = m_accepted;
    const bool shipped = !m_shippedPath.isEmpty();
    const quint64 generation = ++m_analysisGeneration;
    const QString shippedPath = m_shippedPath;
    const QByteArray targetText = m_targetText;
    const bool targetExists = m_targetExists;
    m_analysisPending = true;
    m_analysisWatcher.setFuture(QtConcurrent::run(
        [base, rejected, accepted, shipped, generation, shippedPath, targetText, targetExists] {
            AnalysisOutcome outcome;
            outcome.generation = generation;
            outcome.shippedPath = shippedPath;
            outcome.targetText = targetText;
            outcome.targetExists = targetExists;
            auto analysis = withDecisions(base, rejected, accepted, true);
            if (!analysis) {
                outcome.error = analysis.error();
                return outcome;
            }
            if (shipped)
                outcome.shippedToResult = diffDocuments(analysis->newDoc, analysis->migrated.document);
            outcome.analysis = std::move(*analysis);
            return outcome;
        }));
    updateState();
}

void ConfigurationPage::onAnalysisFinished()
{
    const AnalysisOutcome outcome = m_analysisWatcher.result();
    if (outcome.generation != m_analysisGeneration)
        return; // a later request is on its way
    m_analysisPending = false;
    const bool fresh = !m_analysis;
    if (!outcome.analysis) {
        qCWarning(lcGui) << "configuration not analysed:" << outcome.error.toString();
        m_analysis.reset();
        m_analysisError = outcome.error;
        showResult();
        return;
    }
    m_analysisError.reset();
    m_analysis = outcome.analysis;
    m_shippedPath = outcome.shippedPath;
    m_targetText = outcome.targetText;
    m_targetExists = outcome.targetExists;
    m_resultText = m_analysis->migrated.text;
    m_resultDoc = m_analysis->migrated.document;
    m_resultChanges = m_analysis->migrated.changes;
    m_shippedToResult = outcome.shippedToResult;
    m_handEdits.clear();
    m_edited = false;
    m_editError.reset();
    if (fresh) {
        const MigrationPlan& plan = m_analysis->plan;
        const auto blockers = std::count_if(plan.findings.cbegin(), plan.findings.cend(),
            [](const ConfigFinding& f) { return f.severity == Severity::Blocker; });
        project()->journal(u"config.analyzed"_s,
            tr("Configuration analysed for %1 → %2: %3 proposed changes, %4 findings (%5 blockers).")
                .arg(plan.from.toString(), plan.to.toString())
                .arg(plan.edits.size())
                .arg(plan.findings.size())
                .arg(blockers));
    }
    showResult();
}

void ConfigurationPage::showResult()
{
    const bool shipped = m_analysis && !m_shippedPath.isEmpty();
    if (auto* model = qobject_cast<QStandardItemModel*>(m_ui->compareCombo->model())) {
        for (int row = 1; row < model->rowCount(); ++row)
            model->item(row)->setEnabled(shipped);
    }
    if (!shipped && m_ui->compareCombo->currentIndex() != 0)
        m_ui->compareCombo->setCurrentIndex(0); // refreshes through its signal
    refreshComparison();
    fillReviewList();
    if (m_ui->editButton->isChecked())
        loadEditor();
    jumpToSelectedItem();
    updateState();
}

QString ConfigurationPage::compareTitle(Compare compare, bool left) const
{
    const ProjectInfo& info = project()->info();
    const QString old = tr("Old home (%1)").arg(info.oldRelease);
    const QString result = m_edited ? tr("Migrated result, edited by hand (%1)").arg(info.newRelease)
                                    : tr("Migrated result (%1)").arg(info.newRelease);
    const QString shipped = tr("New home as shipped (%1)").arg(info.newRelease);
    switch (compare) {
    case Compare::OldToResult:
        return left ? old : result;
    case Compare::OldToShipped:
        return left ? old : shipped;
    case Compare::ShippedToResult:
        return left ? shipped : result;
    }
    return {};
}

void ConfigurationPage::refreshComparison()
{
    TomlDiffView* view = m_ui->diffView;
    view->setSecretsRevealed(m_ui->secretsCheck->isChecked());
    if (!m_analysis) {
        view->clear(m_analysisPending ? tr("Reading the configuration files…") : QString());
        return;
    }
    // A renamed key stands beside its new name, not on two rows of its own.
    QList<std::pair<QString, QString>> renames;
    const QSet<QString> rejected = effectiveRejected();
    for (const ProposedEdit& edit : m_analysis->plan.edits)
        if (edit.kind == ProposedEdit::Kind::Rename && !rejected.contains(edit.id))
            renames.append({ edit.path, edit.newPath });
    const auto compare = Compare(m_ui->compareCombo->currentData().toInt());
    const int position = view->currentChange();
    switch (compare) {
    case Compare::OldToResult:
        view->setComparison(compareTitle(compare, true), m_analysis->oldDoc, compareTitle(compare, false),
            m_resultDoc, m_resultChanges, renames);
        break;
    case Compare::OldToShipped:
        view->setComparison(compareTitle(compare, true), m_analysis->oldDoc, compareTitle(compare, false),
            m_analysis->newDoc, m_analysis->oldVsNew, renames);
        break;
    case Compare::ShippedToResult:
        view->setComparison(compareTitle(compare, true), m_analysis->newDoc, compareTitle(compare, false),
            m_resultDoc, m_shippedToResult);
        break;
    }
    if (position >= 0)
        view->goToChange(std::min(position, view->changeCount() - 1));
}

// --- the review list --------------------------------------------------------

QSet<QString> ConfigurationPage::effectiveRejected() const
{
    QSet<QString> rejected = m_rejected;
    if (m_analysis)
        for (const ProposedEdit& edit : m_analysis->plan.edits)
            if (!edit.acceptedByDefault && !m_accepted.contains(edit.id))
                rejected.insert(edit.id);
    return rejected;
}

const ProposedEdit* ConfigurationPage::editById(const QString& id) const
{
    if (!m_analysis || id.isEmpty())
        return nullptr;
    for (const ProposedEdit& edit : m_analysis->plan.edits)
        if (edit.id == id)
            return &edit;
    return nullptr;
}

QString ConfigurationPage::findingKey(const ConfigFinding& finding)
{
    // A rule can fire on several keys (every event listener, say): each
    // firing is acknowledged on its own.
    return finding.ruleId + u'@' + finding.path;
}

bool ConfigurationPage::fixedByAppliedEdit(const ConfigFinding& finding) const
{
    // A blocker the tool fixes (type = "JKS" added, say) needs no
    // acknowledgement while its change is part of the result.
    return m_analysis && !finding.editId.isEmpty() && !m_edited
        && m_analysis->migrated.appliedEditIds.contains(finding.editId);
}

int ConfigurationPage::unacknowledgedBlockers() const
{
    if (!m_analysis)
        return 0;
    return int(std::count_if(
        m_analysis->plan.findings.cbegin(), m_analysis->plan.findings.cend(), [this](const ConfigFinding& f) {
            return f.severity == Severity::Blocker && !m_acknowledged.contains(findingKey(f))
                && !fixedByAppliedEdit(f);
        }));
}

QTreeWidgetItem* ConfigurationPage::selectedItem() const
{
    return m_ui->reviewList->currentItem();
}

void ConfigurationPage::fillReviewList()
{
    QTreeWidget* list = m_ui->reviewList;
    QString keep = m_pendingFocusKey;
    if (keep.isEmpty())
        keep = itemKey(list->currentItem());
    m_pendingFocusKey.clear();

    m_fillingList = true;
    list->clear();
    QTreeWidgetItem* current = nullptr;
    if (m_analysis) {
        const MigrationPlan& plan = m_analysis->plan;
        const QSet<QString> rejected = effectiveRejected();
        const QStringList& applied = m_analysis->migrated.appliedEditIds;
        // Blockers first (they hold Next), then the changes to decide on,
        // then what is only to read: warnings before notes.
        const auto addFindings = [&](Severity severity) {
            for (qsizetype i = 0; i < plan.findings.size(); ++i) {
                const ConfigFinding& finding = plan.findings.at(i);
                if (finding.severity != severity)
                    continue;
                auto* item = new QTreeWidgetItem;
                list->addTopLevelItem(item);
                item->setIcon(
                    KindColumn, style()->standardIcon(severityIcon(finding.severity), nullptr, this));
                item->setText(KindColumn, severityText(finding.severity));
                item->setText(KeyColumn, finding.path);
                item->setText(WhatColumn, finding.message);
                QString state;
                if (finding.severity == Severity::Blocker && fixedByAppliedEdit(finding))
                    state = tr("✔ Fixed by a change");
                else if (finding.severity == Severity::Blocker)
                    state = m_acknowledged.contains(findingKey(finding)) ? tr("✔ Acknowledged")
                                                                         : tr("✖ Needs acknowledgement");
                else if (!finding.editId.isEmpty())
                    state
                        = applied.contains(finding.editId) ? tr("Fixed by a change") : tr("Fix not applied");
                else
                    state = tr("Manual step");
                item->setText(StateColumn, state);
                item->setToolTip(KeyColumn, finding.path);
                item->setToolTip(WhatColumn, finding.message);
                item->setData(0, KindRole, int(ItemKind::Finding));
                item->setData(0, IndexRole, int(i));
                item->setData(0, KeyRole, findingKey(finding));
                if (itemKey(item) == keep)
                    current = item;
            }
        };
        addFindings(Severity::Blocker);
        for (qsizetype i = 0; i < plan.edits.size(); ++i) {
            const ProposedEdit& edit = plan.edits.at(i);
            auto* item = new QTreeWidgetItem;
            list->addTopLevelItem(item);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(KindColumn, rejected.contains(edit.id) ? Qt::Unchecked : Qt::Checked);
            item->setText(KindColumn, tr("Change"));
            item->setText(KeyColumn,
                edit.kind == ProposedEdit::Kind::Rename ? tr("%1 → %2").arg(edit.path, edit.newPath)
                                                        : edit.path);
            item->setText(WhatColumn, edit.description);
            item->setText(StateColumn, rejected.contains(edit.id) ? tr("Rejected") : tr("Accepted"));
            item->setToolTip(
                KindColumn, tr("Tick to apply this change to the migrated file, untick to leave it out"));
            item->setToolTip(KeyColumn, item->text(KeyColumn));
            item->setToolTip(WhatColumn, edit.description);
            item->setData(0, KindRole, int(ItemKind::Edit));
            item->setData(0, IndexRole, int(i));
            item->setData(0, KeyRole, edit.id);
            if (itemKey(item) == keep)
                current = item;
        }
        addFindings(Severity::Warning);
        addFindings(Severity::Info);
    }
    applyFilter();
    if (current && !current->isHidden())
        list->setCurrentItem(current);
    m_fillingList = false;
    showSelectedItem();
}

void ConfigurationPage::applyFilter()
{
    if (!m_analysis)
        return;
    const int filter = m_ui->filterCombo->currentData().toInt();
    QTreeWidget* list = m_ui->reviewList;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list->topLevelItem(i);
        const bool isEdit = item->data(0, KindRole).toInt() == int(ItemKind::Edit);
        bool visible = true;
        if (filter == ChangesOnly)
            visible = isEdit;
        else if (filter == FindingsOnly)
            visible = !isEdit;
        else if (filter == BlockersOnly)
            visible = !isEdit
                && m_analysis->plan.findings.at(item->data(0, IndexRole).toInt()).severity
                    == Severity::Blocker;
        item->setHidden(!visible);
    }
}

void ConfigurationPage::showSelectedItem()
{
    QTreeWidgetItem* item = selectedItem();
    const bool revealed = m_ui->secretsCheck->isChecked();
    bool isEdit = false;
    bool isBlocker = false;
    bool acknowledged = false;
    bool rejected = false;
    QString text;
    if (!item || !m_analysis) {
        text = tr("<p>Select a proposed change or a finding in the list: what it is and what to do about it "
                  "show here.</p>");
    } else if (item->data(0, KindRole).toInt() == int(ItemKind::Edit)) {
        isEdit = true;
        const ProposedEdit& edit = m_analysis->plan.edits.at(item->data(0, IndexRole).toInt());
        rejected = effectiveRejected().contains(edit.id);
        text = u"<p><b>%1</b></p><p>%2</p>"_s.arg(
            html(tr("Proposed change: %1").arg(rejected ? tr("rejected") : tr("accepted"))),
            html(edit.description));
        QStringList facts;
        if (edit.kind == ProposedEdit::Kind::Rename)
            facts << html(tr("Key: %1 → %2").arg(edit.path, edit.newPath));
        else
            facts << html(tr("Key: %1").arg(edit.path));
        if (!edit.oldValue.isEmpty())
            facts << html(tr("Value now: %1").arg(displayValue(edit.path, edit.oldValue, revealed)));
        if (!edit.newValue.isEmpty() && edit.kind != ProposedEdit::Kind::Rename)
            facts << html(tr("Value after: %1").arg(displayValue(edit.newPath, edit.newValue, revealed)));
        if (!edit.ruleId.isEmpty())
            facts << html(tr("Rule: %1").arg(edit.ruleId));
        else
            facts << html(tr("From the new release's shipped deployment.toml"));
        text += u"<p>"_s + facts.join(u"<br>"_s) + u"</p>"_s;
        if (!edit.acceptedByDefault)
            text += u"<p>"_s + html(tr("Not applied unless you accept it.")) + u"</p>"_s;
        if (m_edited)
            text += u"<p><i>"_s
                + html(tr("The result has hand edits: discard them to accept or reject proposed changes."))
                + u"</i></p>"_s;
    } else {
        const ConfigFinding& finding = m_analysis->plan.findings.at(item->data(0, IndexRole).toInt());
        isBlocker = finding.severity == Severity::Blocker && !fixedByAppliedEdit(finding);
        const QString key = findingKey(finding);
        acknowledged = m_acknowledged.contains(key);
        text = u"<p><b>%1 %2</b> · %3 · %4</p><p>%5</p>"_s.arg(severitySymbol(finding.severity),
            html(severityText(finding.severity)), html(finding.ruleId), html(finding.step),
            html(finding.message));
        if (!finding.remediation.isEmpty())
            text += u"<p><b>%1</b> %2</p>"_s.arg(html(tr("What to do:")), html(finding.remediation));
        if (const ProposedEdit* edit = editById(finding.editId))
            text += u"<p>%1</p>"_s.arg(html(effectiveRejected().contains(edit->id)
                    ? tr("The proposed change that fixes it is rejected: %1").arg(edit->description)
                    : tr("Fixed by the proposed change: %1").arg(edit->description)));
        if (!finding.pos.isValid())
            text += u"<p>"_s + html(tr("The key is not in the old file.")) + u"</p>"_s;
        if (acknowledged)
            text
                += u"<p>✔ <b>%1</b> %2</p>"_s.arg(html(tr("Acknowledged:")), html(m_acknowledged.value(key)));
        else if (isBlocker)
            text += u"<p>"_s
                + html(
                    tr("Next stays disabled until you acknowledge this blocker with a reason of at least %1 "
                       "characters.")
                        .arg(kMinimumReasonLength))
                + u"</p>"_s;
    }
    // Set only when it changes: setHtml() scrolls the details back to the top.
    if (m_ui->detailsText->property("ismwHtml").toString() != text) {
        m_ui->detailsText->setHtml(text);
        m_ui->detailsText->setProperty("ismwHtml", text);
    }

    const bool idle = !isBusy() && m_analysis.has_value();
    m_ui->acceptButton->setVisible(isEdit);
    m_ui->rejectButton->setVisible(isEdit);
    m_ui->acceptButton->setEnabled(idle && !m_edited && rejected);
    m_ui->rejectButton->setEnabled(idle && !m_edited && !rejected);
    const QString editsTip = m_edited ? tr("Discard your hand edits first") : QString();
    m_ui->acceptButton->setToolTip(m_edited ? editsTip : tr("Apply this change to the migrated file"));
    m_ui->rejectButton->setToolTip(m_edited ? editsTip : tr("Leave this change out of the migrated file"));

    m_ui->reasonLabel->setVisible(isBlocker);
    m_ui->reasonEdit->setVisible(isBlocker);
    m_ui->acknowledgeButton->setVisible(isBlocker);
    m_ui->reasonEdit->setReadOnly(acknowledged);
    if (acknowledged) {
        const ConfigFinding& finding = m_analysis->plan.findings.at(item->data(0, IndexRole).toInt());
        const QString reason = m_acknowledged.value(findingKey(finding));
        if (m_ui->reasonEdit->text() != reason)
            m_ui->reasonEdit->setText(reason);
    }
    m_ui->acknowledgeButton->setEnabled(
        isBlocker && !acknowledged && m_ui->reasonEdit->text().trimmed().size() >= kMinimumReasonLength);
    m_ui->acknowledgeButton->setText(acknowledged ? tr("Acknowledged") : tr("Ac&knowledge"));
}

void ConfigurationPage::jumpToSelectedItem()
{
    QTreeWidgetItem* item = selectedItem();
    if (!item || !m_analysis)
        return;
    QString path;
    QString newPath;
    int oldLine = 0;
    if (item->data(0, KindRole).toInt() == int(ItemKind::Edit)) {
        const ProposedEdit& edit = m_analysis->plan.edits.at(item->data(0, IndexRole).toInt());
        path = edit.path;
        newPath = edit.newPath.isEmpty() ? edit.path : edit.newPath;
        oldLine = lineOf(m_analysis->oldDoc, path);
    } else {
        const ConfigFinding& finding = m_analysis->plan.findings.at(item->data(0, IndexRole).toInt());
        path = finding.path;
        newPath = finding.path;
        if (const ProposedEdit* edit = editById(finding.editId))
            newPath = edit->newPath.isEmpty() ? edit->path : edit->newPath;
        oldLine = finding.pos.isValid() ? finding.pos.line : lineOf(m_analysis->oldDoc, path);
    }

    if (m_ui->editButton->isChecked()) {
        int line = lineOf(m_resultDoc, newPath);
        if (line == 0)
            line = lineOf(m_resultDoc, path);
        if (line > 0) {
            m_ui->editor->showBlock(line - 1);
            m_ui->editor->setCurrentBlock(line - 1);
        }
        return;
    }
    TomlDiffView* view = m_ui->diffView;
    const int resultLine = std::max(lineOf(m_resultDoc, newPath), 0);
    const int shippedLine = lineOf(m_analysis->newDoc, newPath);
    switch (Compare(m_ui->compareCombo->currentData().toInt())) {
    case Compare::OldToResult:
        if (!(oldLine > 0 && view->showSourceLine(TomlDiffView::Side::Left, oldLine)) && resultLine > 0)
            view->showSourceLine(TomlDiffView::Side::Right, resultLine);
        break;
    case Compare::OldToShipped:
        if (!(oldLine > 0 && view->showSourceLine(TomlDiffView::Side::Left, oldLine)) && shippedLine > 0)
            view->showSourceLine(TomlDiffView::Side::Right, shippedLine);
        break;
    case Compare::ShippedToResult:
        if (!(resultLine > 0 && view->showSourceLine(TomlDiffView::Side::Right, resultLine))
            && shippedLine > 0)
            view->showSourceLine(TomlDiffView::Side::Left, shippedLine);
        break;
    }
}

// --- decisions ------------------------------------------------------------

void ConfigurationPage::decideEdit(const QString& editId, bool accept)
{
    const ProposedEdit* edit = editById(editId);
    if (!edit || m_edited || isBusy()) {
        // Puts a refused tick back; later, as this may run inside the
        // list's own itemChanged.
        QMetaObject::invokeMethod(this, &ConfigurationPage::fillReviewList, Qt::QueuedConnection);
        return;
    }
    if (accept != effectiveRejected().contains(editId))
        return; // already so
    if (accept) {
        m_accepted.insert(editId);
        m_rejected.remove(editId);
    } else {
        m_rejected.insert(editId);
        m_accepted.remove(editId);
    }
    ConfigDecision decision;
    decision.changeKey = editId;
    decision.decision = accept ? u"accepted"_s : u"rejected"_s;
    project()->addConfigDecision(decision);
    project()->journal(accept ? u"config.change.accepted"_s : u"config.change.rejected"_s,
        (accept ? tr("Proposed change %1 accepted: %2.") : tr("Proposed change %1 rejected: %2."))
            .arg(editId, edit->description));
    m_writeMessage.clear();
    m_pendingFocusKey = itemKey(int(ItemKind::Edit), editId);
    startApply();
}

void ConfigurationPage::acknowledgeSelected()
{
    QTreeWidgetItem* item = selectedItem();
    if (!item || !m_analysis || item->data(0, KindRole).toInt() != int(ItemKind::Finding))
        return;
    const ConfigFinding& finding = m_analysis->plan.findings.at(item->data(0, IndexRole).toInt());
    const QString reason = m_ui->reasonEdit->text().trimmed();
    const QString key = findingKey(finding);
    if (finding.severity != Severity::Blocker || m_acknowledged.contains(key)
        || reason.size() < kMinimumReasonLength)
        return;
    m_acknowledged.insert(key, reason);
    ConfigDecision decision;
    decision.changeKey = key;
    decision.decision = u"acknowledged"_s;
    decision.reason = reason;
    project()->addConfigDecision(decision);
    project()->journal(u"config.blocker.acknowledged"_s,
        tr("Blocker %1 on %2 acknowledged: %3").arg(finding.ruleId, finding.path, reason));
    m_pendingFocusKey = itemKey(int(ItemKind::Finding), key);
    fillReviewList();
    updateState();
    // On to the next blocker still open, if any: acknowledging several is a
    // run through the list.
    for (int i = m_ui->reviewList->indexOfTopLevelItem(m_ui->reviewList->currentItem()) + 1;
         i < m_ui->reviewList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* next = m_ui->reviewList->topLevelItem(i);
        if (next->isHidden() || next->data(0, KindRole).toInt() != int(ItemKind::Finding))
            continue;
        const ConfigFinding& other = m_analysis->plan.findings.at(next->data(0, IndexRole).toInt());
        if (other.severity == Severity::Blocker && !m_acknowledged.contains(findingKey(other))) {
            m_ui->reviewList->setCurrentItem(next);
            m_ui->reasonEdit->setFocus();
            break;
        }
    }
}

// --- editing --------------------------------------------------------------

void ConfigurationPage::setEditing(bool editing)
{
    m_ui->viewStack->setCurrentWidget(editing ? m_ui->editPage : m_ui->comparePage);
    if (editing) {
        // Text that does not parse yet stays as the operator left it.
        if (!m_editError && !m_validationPending)
            loadEditor();
        m_ui->editor->setFocus();
    } else {
        refreshComparison();
    }
    jumpToSelectedItem();
    updateState();
}

void ConfigurationPage::loadEditor()
{
    // Secrets stay masked while editing too; the masks are put back to the
    // real values before the text is checked or written.
    const bool revealed = m_ui->secretsCheck->isChecked();
    CodePane* editor = m_ui->editor;
    const int line = editor->textCursor().blockNumber();
    const int scroll = editor->verticalScrollBar()->value();
    m_loadingEditor = true;
    m_editorBase = m_resultDoc;
    m_editorMasked = !revealed;
    editor->setPlainText(revealed ? QString::fromUtf8(m_resultText) : maskedTomlText(m_resultDoc));
    editor->setLineMarks({});
    m_loadingEditor = false;
    const QTextBlock block = editor->document()->findBlockByNumber(line);
    if (block.isValid())
        editor->setTextCursor(QTextCursor(block));
    editor->verticalScrollBar()->setValue(scroll);
    updateEditorMarks();
}

void ConfigurationPage::discardEdits()
{
    if (!m_analysis)
        return;
    ++m_validationGeneration;
    m_validationDebounce.stop();
    m_validationPending = false;
    m_resultText = m_analysis->migrated.text;
    m_resultDoc = m_analysis->migrated.document;
    m_resultChanges = m_analysis->migrated.changes;
    m_shippedToResult
        = m_shippedPath.isEmpty() ? QList<ConfigChange>() : diffDocuments(m_analysis->newDoc, m_resultDoc);
    m_handEdits.clear();
    m_edited = false;
    m_editError.reset();
    m_writeMessage.clear();
    loadEditor();
    refreshComparison();
    showSelectedItem();
    updateState();
}

void ConfigurationPage::startValidation()
{
    if (!m_analysis)
        return;
    const QByteArray text = m_ui->editor->toPlainText().toUtf8();
    const bool masked = m_editorMasked;
    const TomlDocument base = m_editorBase;
    const TomlDocument oldDoc = m_analysis->oldDoc;
    const TomlDocument migratedDoc = m_analysis->migrated.document;
    const std::optional<TomlDocument> shipped
        = m_shippedPath.isEmpty() ? std::nullopt : std::optional<TomlDocument>(m_analysis->newDoc);
    const QString fileName = targetPath();
    const quint64 generation = ++m_validationGeneration;
    m_validationWatcher.setFuture(
        QtConcurrent::run([text, masked, base, oldDoc, migratedDoc, shipped, fileName, generation] {
            ValidationOutcome outcome;
            outcome.generation = generation;
            auto parsed = TomlDocument::parse(text, fileName, true);
            if (!parsed) {
                outcome.error = parsed.error();
                return outcome;
            }
            QByteArray real = text;
            TomlDocument document = *parsed;
            if (masked) {
                auto unmasked = unmaskedTomlText(text, *parsed, base);
                if (!unmasked) {
                    outcome.error = unmasked.error();
                    return outcome;
                }
                real = *unmasked;
                auto reparsed = TomlDocument::parse(real, fileName, true);
                if (!reparsed) {
                    outcome.error = reparsed.error();
                    return outcome;
                }
                document = *reparsed;
            }
            outcome.text = real;
            outcome.oldToResult = diffDocuments(oldDoc, document);
            if (shipped)
                outcome.shippedToResult = diffDocuments(*shipped, document);
            outcome.handEdits = diffDocuments(migratedDoc, document);
            outcome.document = document;
            return outcome;
        }));
}

void ConfigurationPage::onValidationFinished()
{
    const ValidationOutcome outcome = m_validationWatcher.result();
    if (outcome.generation != m_validationGeneration)
        return;
    m_validationPending = m_validationDebounce.isActive();
    if (!outcome.document) {
        m_editError = outcome.error;
    } else {
        m_editError.reset();
        m_resultText = outcome.text;
        m_resultDoc = *outcome.document;
        m_resultChanges = outcome.oldToResult;
        m_shippedToResult = outcome.shippedToResult;
        m_handEdits = outcome.handEdits;
        m_edited = m_analysis && m_resultText != m_analysis->migrated.text;
        if (m_edited)
            m_writeMessage.clear();
        refreshComparison();
        showSelectedItem();
    }
    updateEditorMarks();
    updateState();
}

void ConfigurationPage::updateEditorMarks()
{
    QHash<int, LineMark> marks;
    QHash<int, QString> tips;
    const bool revealed = m_ui->secretsCheck->isChecked();
    // The change marks are those of the last text that parsed; while an
    // error stands they would sit on shifted lines, so only the error shows.
    if (!m_editError && !m_validationPending) {
        for (const ConfigChange& change : std::as_const(m_resultChanges)) {
            if (!change.newPos.isValid())
                continue;
            marks.insert(
                change.newPos.line, change.kind == ChangeKind::Added ? LineMark::Added : LineMark::Changed);
            tips.insert(change.newPos.line,
                change.kind == ChangeKind::Added
                    ? tr("Not in the old file: %1 = %2")
                          .arg(change.path, displayValue(change.path, change.newValue, revealed))
                    : tr("Was %1 in the old file").arg(displayValue(change.path, change.oldValue, revealed)));
        }
    }
    QString status;
    if (m_editError) {
        const ConfigError& error = *m_editError;
        if (error.line > 0) {
            marks.insert(error.line, LineMark::Error);
            tips.insert(error.line, error.message);
        }
        // The parser's own hint speaks of a file on disk; here the text is
        // in front of the operator.
        status = error.line > 0
            ? tr("✖ Line %1, column %2: %3").arg(error.line).arg(error.column).arg(error.message)
            : tr("✖ %1").arg(error.message);
        status += u' ' + tr("Correct it here, or discard your edits.");
    } else if (m_validationPending) {
        status = tr("Checking the edited result…");
    } else if (!m_editNotice.isEmpty()) {
        status = m_editNotice;
    } else if (m_edited) {
        status = tr(
            "✔ Valid TOML. %n key(s) differ from the proposed result.", nullptr, int(m_handEdits.size()));
    } else {
        status = tr("✔ Valid TOML: the proposed result, not edited yet.");
    }
    m_ui->editStatusLabel->setText(status);
    m_ui->editor->setLineMarks(marks, tips);
}

void ConfigurationPage::setSecretsRevealed(bool revealed)
{
    m_ui->diffView->setSecretsRevealed(revealed);
    // The editor shows the same text with or without masks. Text that does
    // not parse cannot be converted, so the box is disabled then; only
    // leaving the page hides the secrets regardless, and takes the editor
    // back to the last text that parsed rather than leave them on it.
    if (m_analysis && m_editorMasked == revealed) {
        if (m_editError || m_validationPending) {
            ++m_validationGeneration;
            m_validationDebounce.stop();
            m_validationPending = false;
            m_editError.reset();
            loadEditor();
            m_editNotice = tr("Edits that did not parse were undone when the secrets were hidden.");
            updateState();
        } else {
            loadEditor();
        }
    }
    showSelectedItem();
}

// --- navigation -------------------------------------------------------------

void ConfigurationPage::navigate(bool forward)
{
    if (!m_ui->editButton->isChecked()) {
        if (forward)
            m_ui->diffView->goToNextChange();
        else
            m_ui->diffView->goToPreviousChange();
        return;
    }
    CodePane* editor = m_ui->editor;
    QList<int> lines;
    for (int block = 0; block < editor->blockCount(); ++block)
        if (editor->lineInfo(block).mark != LineMark::None)
            lines << block;
    const int here = editor->textCursor().blockNumber();
    int target = -1;
    if (forward) {
        const auto it = std::upper_bound(lines.cbegin(), lines.cend(), here);
        target = it == lines.cend() ? -1 : *it;
    } else {
        const auto it = std::lower_bound(lines.cbegin(), lines.cend(), here);
        target = it == lines.cbegin() ? -1 : *std::prev(it);
    }
    if (target >= 0) {
        editor->showBlock(target);
        editor->setCurrentBlock(target);
    }
}

void ConfigurationPage::updatePosition(int index, int count)
{
    QString text;
    if (!m_analysis)
        text.clear();
    else if (count == 0)
        text = tr("No differences");
    else if (index >= 0)
        text = tr("Change %1 of %2").arg(index + 1).arg(count);
    else
        text = tr("%n change(s)", nullptr, count);
    m_ui->changePositionLabel->setText(text);
}

// --- writing --------------------------------------------------------------

bool ConfigurationPage::isWritten() const
{
    return m_analysis && m_targetExists && m_targetText == m_resultText;
}

bool ConfigurationPage::canWrite() const
{
    return m_analysis && !isBusy() && !m_editError && !isWritten() && !targetPath().isEmpty();
}

void ConfigurationPage::writeToNewHome()
{
    if (!canWrite())
        return;
    const QString target = QDir::toNativeSeparators(targetPath());
    QString question = tr("Write the migrated configuration to\n%1?").arg(target);
    if (m_targetExists)
        question += u"\n\n"_s
            + tr("The file there now is first copied to a backup next to it,\n%1.bak-YYYYMMDD-HHMMSS,\nthen "
                 "replaced "
                 "in one step: it is never left half-written.")
                  .arg(target);
    if (unacknowledgedBlockers() > 0)
        question += u"\n\n"_s
            + tr("%n blocker(s) are not acknowledged yet: the new home may not start with this file.",
                nullptr, unacknowledgedBlockers());
    QMessageBox box(QMessageBox::Question, tr("Write to New Home"), question, QMessageBox::Cancel, this);
    box.setObjectName(u"writeConfirmBox"_s);
    QPushButton* write = box.addButton(tr("Write"), QMessageBox::AcceptRole);
    box.setDefaultButton(write);
    box.exec();
    if (box.clickedButton() != write)
        return;

    const QString path = targetPath();
    const QByteArray text = m_resultText;
    m_writing = true;
    m_writeMessage = tr("Writing %1…").arg(target);
    m_writeWatcher.setFuture(QtConcurrent::run([path, text] {
        WriteOutcome outcome;
        outcome.text = text;
        auto written = writeConfigFile(path, text);
        if (written)
            outcome.written = *written;
        else
            outcome.error = written.error();
        return outcome;
    }));
    updateState();
}

void ConfigurationPage::onWriteFinished()
{
    const WriteOutcome outcome = m_writeWatcher.result();
    m_writing = false;
    if (!outcome.written) {
        const ConfigError& error = outcome.error;
        qCWarning(lcGui) << "configuration not written:" << error.toString();
        m_writeMessage = tr("✖ Not written: %1").arg(error.toString());
        if (!error.hint.isEmpty())
            m_writeMessage += u' ' + error.hint;
        m_writeMessage += u' ' + tr("The file in the new home is unchanged.");
        project()->journal(
            u"config.write-failed"_s, tr("Writing %1 failed: %2").arg(targetPath(), error.toString()));
        updateState();
        return;
    }
    const WrittenConfig& written = *outcome.written;
    if (m_shippedPath == written.path && !written.backupPath.isEmpty())
        m_shippedPath = written.backupPath; // the shipped file lives on as the backup
    m_targetText = outcome.text;
    m_targetExists = true;
    const QString path = QDir::toNativeSeparators(written.path);
    m_writeMessage = written.backupPath.isEmpty()
        ? tr("✔ Written to %1 (there was no file to replace).").arg(path)
        : tr("✔ Written to %1. The file it replaced is kept as %2.")
              .arg(path, QDir::toNativeSeparators(written.backupPath));

    QStringList rejected = effectiveRejected().values();
    rejected.sort();
    QStringList handEdited;
    for (const ConfigChange& change : std::as_const(m_handEdits))
        handEdited << change.path;
    const QString sha256
        = QString::fromLatin1(QCryptographicHash::hash(outcome.text, QCryptographicHash::Sha256).toHex());
    QString details = tr("Migrated configuration written to %1 (SHA-256 %2).").arg(written.path, sha256);
    if (!written.backupPath.isEmpty())
        details += u' ' + tr("Backup of the replaced file: %1.").arg(written.backupPath);
    details
        += u' ' + tr("Rejected changes: %1.").arg(rejected.isEmpty() ? tr("none") : rejected.join(u", "_s));
    if (!handEdited.isEmpty())
        details += u' ' + tr("Keys edited by hand: %1.").arg(handEdited.join(u", "_s));
    project()->journal(u"config.written"_s, details);
    for (const QString& key : std::as_const(handEdited)) {
        ConfigDecision decision;
        decision.changeKey = key;
        decision.decision = u"edited"_s;
        decision.reason = tr("Edited by hand before writing %1").arg(written.path);
        project()->addConfigDecision(decision);
    }
    updateState();
}

// --- state ----------------------------------------------------------------

bool ConfigurationPage::isBusy() const
{
    return m_analysisPending || m_validationPending || m_writing;
}

QString ConfigurationPage::missingReason() const
{
    if (m_analysisPending)
        return tr("Reading and analysing the configuration…");
    if (m_writing)
        return tr("Writing the migrated configuration…");
    if (!m_analysis)
        return m_analysisError ? tr("The configuration could not be analysed: see above.")
                               : tr("The configuration is read once the IS homes are chosen.");
    if (m_validationPending)
        return tr("Checking the edited result…");
    if (m_editError)
        return tr("The edited result is not valid (line %1): correct it or discard your edits.")
            .arg(m_editError->line);
    if (const int open = unacknowledgedBlockers(); open > 0)
        return tr("%n blocker(s) to acknowledge: select each in the list and give a reason.", nullptr, open);
    if (!isWritten())
        return tr("Write the migrated configuration to the new home to continue.");
    return {};
}

bool ConfigurationPage::isComplete() const
{
    return missingReason().isEmpty();
}

bool ConfigurationPage::validatePage()
{
    return isComplete();
}

void ConfigurationPage::updateState()
{
    const bool editing = m_ui->editButton->isChecked();
    QString summary;
    if (m_analysis) {
        const MigrationPlan& plan = m_analysis->plan;
        const int rejected = int(effectiveRejected().size());
        int blockers = 0;
        int warnings = 0;
        for (const ConfigFinding& finding : plan.findings) {
            blockers += finding.severity == Severity::Blocker;
            warnings += finding.severity == Severity::Warning;
        }
        summary = tr("%n change(s)", nullptr, int(plan.edits.size()));
        if (rejected > 0)
            summary += u' ' + tr("(%n rejected)", nullptr, rejected);
        summary += tr(", ") + tr("%n finding(s)", nullptr, int(plan.findings.size()));
        QStringList severities;
        if (blockers > 0)
            severities << tr("%n blocker(s)", nullptr, blockers);
        if (warnings > 0)
            severities << tr("%n warning(s)", nullptr, warnings);
        if (!severities.isEmpty())
            summary += tr(": ") + severities.join(tr(", "));
    }
    m_ui->summaryLabel->setText(summary);

    QStringList status;
    if (m_analysisError)
        status << tr("✖ %1").arg(m_analysisError->toString())
                + (m_analysisError->hint.isEmpty() ? QString() : u' ' + m_analysisError->hint);
    if (!m_writeMessage.isEmpty())
        status << m_writeMessage;
    const QString missing = missingReason();
    if (!missing.isEmpty() && !(m_writing && !m_writeMessage.isEmpty()))
        status << missing;
    m_ui->statusLabel->setText(status.join(u'\n'));

    m_ui->writeButton->setEnabled(canWrite());
    m_ui->writeButton->setToolTip(isWritten() ? tr("The new home's deployment.toml already holds this result")
                                              : tr("Write the migrated deployment.toml into the new IS home, "
                                                   "keeping a timestamped backup of the "
                                                   "file it replaces"));
    m_ui->editButton->setEnabled(m_analysis.has_value() && !m_analysisPending);
    m_ui->compareCombo->setEnabled(!editing);
    m_ui->unifiedCheck->setEnabled(!editing);
    // Masks go on and off only over text that parses (see setSecretsRevealed).
    m_ui->secretsCheck->setEnabled(!m_validationPending && !m_editError);
    m_ui->discardEditsButton->setEnabled(m_edited || m_editError || m_validationPending);
    if (editing)
        updateEditorMarks();
    showSelectedItem();
    if (!m_analysis)
        updatePosition(-1, 0);
    Q_EMIT completeChanged();
}

} // namespace Ismw
