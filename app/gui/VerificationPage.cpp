// SPDX-License-Identifier: Apache-2.0
#include "VerificationPage.h"

#include "ui_VerificationPage.h"

#include "AddCaseDialog.h"
#include "project/MigrationProject.h"
#include "verify/ChecklistModel.h"
#include "verify/ChecklistTemplates.h"
#include "verify/EvidenceHash.h"
#include "widgets/CodePane.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

// A project record keeps the most frequent error groups only; the report and
// the page say how many more there were.
constexpr int kRecordedLogGroups = 50;

const auto kAddressSetting = u"health.address"_s;
const auto kPinSetting = u"health.pin-sha256"_s;
const auto kLogFilesSetting = u"log.files"_s;

QString timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QStringList splitFiles(const QString& text)
{
    QStringList files;
    for (const QString& part : text.split(u';', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            files << QDir::fromNativeSeparators(part.trimmed());
    return files;
}

CheckStatus healthStatus(HealthProbeResult::Outcome outcome)
{
    switch (outcome) {
    case HealthProbeResult::Outcome::Up:
        return CheckStatus::Pass;
    case HealthProbeResult::Outcome::NoHealthCheck:
        return CheckStatus::Warning;
    default:
        return CheckStatus::Blocker;
    }
}

QString statusSymbol(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Pass:
        return u"✔"_s;
    case CheckStatus::Warning:
        return u"⚠"_s;
    case CheckStatus::Blocker:
        return u"✖"_s;
    case CheckStatus::NotApplicable:
        break;
    }
    return u"—"_s;
}

// Opened, not exec()ed: no nested event loop while workers report back, and
// the tests find the box by its name.
void showMessage(QWidget* parent, QMessageBox::Icon icon, const QString& title, const QString& text,
    const QString& details = {})
{
    auto* box = new QMessageBox(icon, title, text, QMessageBox::Ok, parent);
    box->setObjectName(u"verificationMessage"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
}

} // namespace

VerificationPage::VerificationPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::VerificationPage>())
    , m_model(new ChecklistModel(project, this))
    , m_probe(new HealthProbe(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Verification"));
    setSubTitle(tr("Run your test cases against the migrated environment and record each result; check the "
                   "server's health and its log. A failed or blocked case means: roll back and investigate."));

    m_ui->caseTree->setModel(m_model);
    // The title takes what is left; the other columns get a width that
    // fits their usual text and elide the rest (the tooltip has it whole).
    QHeaderView* header = m_ui->caseTree->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistModel::TitleColumn, QHeaderView::Stretch);
    const int em = fontMetrics().horizontalAdvance(u'M');
    header->resizeSection(ChecklistModel::StatusColumn, 11 * em);
    header->resizeSection(ChecklistModel::ChangedColumn, 11 * em);
    header->resizeSection(ChecklistModel::EvidenceColumn, 5 * em);
    // The kind is in the details beside the tree; the title needs the room.
    m_ui->caseTree->setColumnHidden(ChecklistModel::KindColumn, true);
    m_ui->caseSplitter->setStretchFactor(0, 3);
    m_ui->caseSplitter->setStretchFactor(1, 2);
    m_ui->caseSplitter->setSizes({ 560, 340 });
    for (const ChecklistStatus status : { ChecklistStatus::NotRun, ChecklistStatus::Passed, ChecklistStatus::Failed,
             ChecklistStatus::Blocked, ChecklistStatus::NotApplicable })
        m_ui->statusCombo->addItem(ChecklistModel::statusText(status), int(status));
    // Reads like the text of the page, scrolls when a case says a lot.
    m_ui->caseText->viewport()->setAutoFillBackground(false);
    m_ui->rollbackLabel->setVisible(false);
    m_ui->scanProgress->setVisible(false);
    m_ui->stackView->setDefinitionName({ u"Log File (simplified)"_s, u"Log File (advanced)"_s });
    m_ui->stackView->setPlaceholderText(tr("Select an error to see its message and stack trace."));
    m_ui->logGroups->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->logGroups->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_ui->logGroups->header()->setStretchLastSection(false);

    connect(m_ui->templatesButton, &QPushButton::clicked, this, &VerificationPage::addTemplates);
    connect(m_ui->importButton, &QPushButton::clicked, this, &VerificationPage::importCsv);
    connect(m_ui->addButton, &QPushButton::clicked, this, &VerificationPage::addCase);
    connect(m_ui->carryOverButton, &QPushButton::clicked, this, &VerificationPage::carryOver);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &VerificationPage::removeCase);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &VerificationPage::recordResult);
    connect(m_ui->attachButton, &QPushButton::clicked, this, &VerificationPage::attachEvidence);
    connect(m_ui->detachButton, &QPushButton::clicked, this, &VerificationPage::detachEvidence);
    connect(m_ui->caseTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &VerificationPage::showSelectedCase);
    connect(m_ui->evidenceList, &QListWidget::currentRowChanged, this, &VerificationPage::updateButtons);
    connect(m_ui->statusCombo, &QComboBox::currentIndexChanged, this, &VerificationPage::updateButtons);
    connect(m_ui->notesEdit, &QPlainTextEdit::textChanged, this, &VerificationPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_ui->caseTree->expandAll();
        showSelectedCase();
        updateTally();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        m_ui->caseTree->expandAll();
        updateTally();
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        showSelectedCase();
        updateTally();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &VerificationPage::showSelectedCase);
    connect(m_model, &ChecklistModel::tallyChanged, this, &VerificationPage::updateTally);

    connect(m_ui->probeButton, &QPushButton::clicked, this, &VerificationPage::probeHealth);
    connect(m_ui->addressEdit, &QLineEdit::returnPressed, this, &VerificationPage::probeHealth);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, [this] {
        const auto env = this->project()->currentEnvironment();
        if (!env)
            return;
        this->project()->setEnvironmentSetting(env->id, kPinSetting, {});
        this->project()->journal(u"verify.certificate-forgotten"_s,
            tr("The confirmed certificate of %1 was forgotten.").arg(m_ui->addressEdit->text().trimmed()));
        m_ui->healthResult->setText(tr("The certificate is forgotten; the next probe shows it for confirmation."));
        updateButtons();
    });
    connect(m_probe, &HealthProbe::finished, this, &VerificationPage::onProbeFinished);
    connect(m_ui->browseLogButton, &QPushButton::clicked, this, [this] {
        const QStringList current = splitFiles(m_ui->logFilesEdit->text());
        const QString start = current.isEmpty() ? this->project()->info().newHome : QFileInfo(current.first()).path();
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose Log Files"), start,
            tr("Carbon logs (*.log *.log.*);;All files (*)"));
        if (!files.isEmpty())
            m_ui->logFilesEdit->setText(QDir::toNativeSeparators(files.join(u"; "_s)));
    });
    connect(m_ui->scanButton, &QPushButton::clicked, this, [this] { isScanning() ? cancelScan() : scanLog(); });
    connect(m_ui->logGroups, &QTreeWidget::currentItemChanged, this, &VerificationPage::showSelectedGroup);
    connect(m_ui->acceptButton, &QPushButton::clicked, this, &VerificationPage::acceptServerFindings);
    connect(project, &MigrationProject::checksChanged, this, &VerificationPage::showServerChecks);

    connect(&m_scan, &QFutureWatcher<std::expected<LogScanResult, QString>>::finished, this,
        &VerificationPage::onScanFinished);
    connect(&m_hash, &QFutureWatcher<std::expected<EvidenceFile, QString>>::finished, this, [this] {
        const auto result = m_hash.result();
        const qint64 caseId = m_hashCaseId;
        m_hashCaseId = 0;
        if (!result)
            showMessage(this, QMessageBox::Warning, tr("Evidence Not Attached"), result.error());
        else if (!m_model->addEvidence(caseId, *result))
            showMessage(this, QMessageBox::Warning, tr("Evidence Not Attached"),
                tr("The case was removed while its file was read. Nothing was attached."));
        showSelectedCase();
        Q_EMIT hashFinished();
    });
    connect(&m_import, &QFutureWatcher<std::expected<ChecklistCsvImport, QString>>::finished, this, [this] {
        const auto result = m_import.result();
        updateButtons();
        if (!result) {
            showMessage(this, QMessageBox::Warning, tr("CSV Not Imported"), result.error());
            Q_EMIT importFinished();
            return;
        }
        const int added = m_model->addCases(result->cases, u"csv"_s);
        const QString summary = tr("%n new case(s) from %1", nullptr, added).arg(QDir::toNativeSeparators(m_importPath))
            + (added < result->cases.size()
                    ? u" "_s + tr("(%n already in the list)", nullptr, int(result->cases.size()) - added)
                    : QString());
        if (!result->problems.isEmpty()) {
            showMessage(this, QMessageBox::Warning, tr("CSV Imported with Problems"),
                summary + u". "_s
                    + tr("%n row(s) or column(s) were skipped; see the details.", nullptr, int(result->problems.size())),
                result->problems.join(u'\n'));
        } else {
            m_ui->tallyLabel->setText(summary + u'.');
        }
        Q_EMIT importFinished();
    });
    updateButtons();
}

VerificationPage::~VerificationPage()
{
    // The workers only read files; stop them and wait so that they do not
    // outlive the objects their results go to.
    if (m_scanCancel)
        m_scanCancel->store(true);
    if (m_hashCancel)
        m_hashCancel->store(true);
    m_scan.waitForFinished();
    m_hash.waitForFinished();
    m_import.waitForFinished();
}

QString VerificationPage::helpText() const
{
    return tr("<p><b>Test cases.</b> List what your users do with the Identity Server as test cases: start from "
              "the templates (they include a case for every custom component found on the prerequisites page), "
              "import your own from a CSV file (a header row with <i>title</i> and optionally <i>group</i>, "
              "<i>kind</i>, <i>steps</i>, <i>expected</i>, <i>id</i>), or add them one by one. On the next "
              "environment, <b>Carry Over</b> copies the cases of the environment below, each back to Not run.</p>"
              "<p>Run each case against the migrated environment and record its result. A failed or blocked case "
              "needs notes. Attach screenshots, HAR files or load-test reports as evidence: the project keeps each "
              "file's path and SHA-256, so an auditor can check that the file is the one you attached.</p>"
              "<p><b>Server checks.</b> The health endpoint is called over HTTPS only. The first time, the wizard "
              "shows the server's certificate and asks you to confirm its fingerprint (compare it with "
              "<tt>keytool -list</tt> on the server); after that it talks only to a server presenting that "
              "certificate. The log scan reads wso2carbon.log and its rotated files line by line, however large, "
              "and groups the ERROR and FATAL entries since the time you give. Log times are read in this "
              "computer's time zone.</p>"
              "<p>A failed or blocked case, or a server that is not healthy, means the environment is not ready: "
              "route the traffic back to the old environment and investigate before you try again.</p>");
}

bool VerificationPage::isProbing() const
{
    return m_probe->isRunning();
}

bool VerificationPage::rollbackGuidanceShown() const
{
    return !m_ui->rollbackLabel->isHidden();
}

void VerificationPage::initializePage()
{
    const auto env = project()->currentEnvironment();
    const auto run = project()->currentRun();
    if (env) {
        m_ui->addressEdit->setText(project()->environmentSetting(env->id, kAddressSetting));
        QString logs = project()->environmentSetting(env->id, kLogFilesSetting);
        if (logs.isEmpty() && !project()->info().newHome.isEmpty()) {
            const QString guess = QDir(project()->info().newHome).filePath(u"repository/logs/wso2carbon.log"_s);
            if (QFileInfo::exists(guess))
                logs = QDir::toNativeSeparators(guess);
        }
        m_ui->logFilesEdit->setText(logs);
    }
    // The migration of this environment started with the run: errors before
    // that belong to the old server or to an earlier attempt.
    m_ui->sinceEdit->setDateTime(run ? run->startedAt.toLocalTime() : QDateTime::currentDateTime().addDays(-1));
    m_ui->caseTree->expandAll();
    showServerChecks();
    showSelectedCase();
    updateTally();
}

void VerificationPage::cleanupPage()
{
    cancelScan();
    m_probe->cancel();
}

qint64 VerificationPage::selectedCaseId() const
{
    const QModelIndex index = m_ui->caseTree->currentIndex();
    if (!index.isValid() || index.data(ChecklistModel::IsGroupRole).toBool())
        return 0;
    return index.data(ChecklistModel::ItemIdRole).toLongLong();
}

void VerificationPage::addTemplates()
{
    QList<ChecklistCase> cases = builtInChecklistTemplates();
    cases += customizationCases(project()->checks());
    const int added = m_model->addCases(cases, u"template"_s);
    m_ui->tallyLabel->setText(added == 0 ? tr("Every template case is already in the list.")
                                         : tr("%n case(s) added from the templates.", nullptr, added));
}

void VerificationPage::importCsv()
{
    if (m_import.isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Test Cases"), QDir::homePath(),
        tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importCsvFile(path);
}

void VerificationPage::importCsvFile(const QString& path)
{
    if (m_import.isRunning())
        return;
    m_importPath = path;
    m_ui->importButton->setEnabled(false);
    m_import.setFuture(QtConcurrent::run([path] { return readChecklistCsv(path); }));
}

void VerificationPage::addCase()
{
    AddCaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_model->addCase(dialog.testCase(), u"manual"_s);
    if (id != 0)
        m_ui->caseTree->setCurrentIndex(m_model->indexOf(id));
}

void VerificationPage::carryOver()
{
    const auto source = m_model->carryOverSource();
    if (!source)
        return;
    const int added = m_model->carryOver();
    const auto env = project()->environment(source->environmentId);
    m_ui->tallyLabel->setText(tr("%n case(s) carried over from %1, each back to Not run.", nullptr, added)
                                  .arg(env ? env->name : QString()));
}

void VerificationPage::removeCase()
{
    const qint64 id = selectedCaseId();
    const auto item = m_model->item(id);
    if (!item)
        return;
    // A case with a result is part of the record: removing it must be meant.
    if (item->status != ChecklistStatus::NotRun || !item->evidence.isEmpty()) {
        const auto answer = QMessageBox::question(this, tr("Remove Test Case"),
            tr("“%1” has a result or evidence. Remove it from this run's checklist? The journal keeps a note "
               "of the removal.")
                .arg(item->title),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    m_model->removeCase(id);
}

void VerificationPage::recordResult()
{
    const qint64 id = selectedCaseId();
    if (id == 0)
        return;
    const auto status = ChecklistStatus(m_ui->statusCombo->currentData().toInt());
    const QString notes = m_ui->notesEdit->toPlainText().trimmed();
    if (!m_model->setStatus(id, status, notes)) {
        m_ui->recordHint->setText(tr("A failed or blocked case needs notes: what you did and what happened."));
        return;
    }
    m_ui->recordHint->setText(tr("Recorded."));
    // Next case without a result: the operator works down the list.
    const QModelIndex current = m_model->indexOf(id);
    QModelIndex next = m_ui->caseTree->indexBelow(current);
    while (next.isValid()
        && (next.data(ChecklistModel::IsGroupRole).toBool()
            || ChecklistStatus(next.data(ChecklistModel::StatusRole).toInt()) != ChecklistStatus::NotRun))
        next = m_ui->caseTree->indexBelow(next);
    if (next.isValid())
        m_ui->caseTree->setCurrentIndex(next);
}

void VerificationPage::attachEvidence()
{
    if (selectedCaseId() == 0 || m_hash.isRunning())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Attach Evidence"), QDir::homePath());
    if (!path.isEmpty())
        attachEvidenceFile(path);
}

void VerificationPage::attachEvidenceFile(const QString& path)
{
    const qint64 id = selectedCaseId();
    if (id == 0 || m_hash.isRunning())
        return;
    m_hashCaseId = id;
    m_hashCancel = std::make_shared<std::atomic_bool>(false);
    m_ui->recordHint->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_hash.setFuture(
        QtConcurrent::run([path, cancel = m_hashCancel] { return hashEvidenceFile(path, cancel.get()); }));
    updateButtons();
}

void VerificationPage::detachEvidence()
{
    const qint64 id = selectedCaseId();
    const int row = m_ui->evidenceList->currentRow();
    if (id == 0 || row < 0)
        return;
    m_model->removeEvidence(id, row);
}

void VerificationPage::showSelectedCase()
{
    const auto item = m_model->item(selectedCaseId());
    m_ui->evidenceList->clear();
    if (!item) {
        m_ui->caseText->setText(m_model->rowCount() == 0
                ? tr("No test cases yet. Add them from the templates, import a CSV file, add your own, or carry "
                     "them over from the environment below.")
                : tr("Select a test case."));
        m_ui->notesEdit->clear();
        m_ui->recordHint->clear();
        updateButtons();
        return;
    }
    QString text = u"<b>%1</b>"_s.arg(item->title.toHtmlEscaped());
    text += u" (%1)"_s.arg(ChecklistModel::kindText(item->kind).toHtmlEscaped());
    if (!item->steps.isEmpty())
        text += u"<br><i>%1</i> %2"_s.arg(tr("Steps:").toHtmlEscaped(), item->steps.toHtmlEscaped());
    if (!item->expected.isEmpty())
        text += u"<br><i>%1</i> %2"_s.arg(tr("Expected:").toHtmlEscaped(), item->expected.toHtmlEscaped());
    if (item->status != ChecklistStatus::NotRun)
        text += u"<br>"_s
            //: A test case's result: %1 the status (Passed, Failed…), %2 who set it, %3 when.
            + tr("%1 by %2, %3").arg(ChecklistModel::statusText(item->status), item->updatedBy, timeText(item->at))
                  .toHtmlEscaped();
    m_ui->caseText->setText(text);
    {
        const QSignalBlocker blockCombo(m_ui->statusCombo);
        const QSignalBlocker blockNotes(m_ui->notesEdit);
        m_ui->statusCombo->setCurrentIndex(m_ui->statusCombo->findData(int(item->status)));
        m_ui->notesEdit->setPlainText(item->notes);
    }
    for (const EvidenceFile& file : item->evidence) {
        auto* row = new QListWidgetItem(
            tr("%1 — SHA-256 %2…").arg(QDir::toNativeSeparators(file.path), file.sha256.left(16)), m_ui->evidenceList);
        row->setToolTip(tr("%1\nSHA-256 %2\n%3 bytes, attached %4")
                            .arg(QDir::toNativeSeparators(file.path), file.sha256, QLocale().toString(file.size),
                                timeText(file.addedAt)));
    }
    updateButtons();
}

void VerificationPage::updateTally()
{
    const ChecklistModel::Tally tally = m_model->tally();
    if (tally.total == 0)
        m_ui->tallyLabel->setText(tr("No test cases yet."));
    else
        m_ui->tallyLabel->setText(tr("%n case(s): ", nullptr, tally.total)
            + tr("%1 passed, %2 failed, %3 blocked, %4 not applicable, %5 not run.")
                  .arg(tally.passed)
                  .arg(tally.failed)
                  .arg(tally.blocked)
                  .arg(tally.notApplicable)
                  .arg(tally.notRun));

    const QList<CheckRecord> open = openServerFindings();
    bool serverBlocker = false;
    for (const CheckRecord& check : open)
        serverBlocker = serverBlocker || check.status == CheckStatus::Blocker;
    const bool show = tally.needsRollbackGuidance() || serverBlocker;
    if (show) {
        QStringList why;
        if (tally.failed + tally.blocked > 0)
            why << tr("%n test case(s) failed or blocked", nullptr, tally.failed + tally.blocked);
        if (serverBlocker)
            why << tr("the server checks found a problem");
        m_ui->rollbackLabel->setText(
            tr("<b>⚠ Not ready: %1.</b> Route the traffic back to the old environment, which still runs the old "
               "release; keep the migrated servers and their logs for the investigation; fix the cause on a lower "
               "environment and migrate this one again. The report's verdict stays “not ready” until every case "
               "passes or is not applicable.")
                .arg(why.join(tr(" and ")).toHtmlEscaped()));
    }
    m_ui->rollbackLabel->setVisible(show);
    updateButtons();
}

void VerificationPage::updateButtons()
{
    const bool hasRun = project()->currentRun().has_value();
    const auto item = m_model->item(selectedCaseId());
    m_ui->templatesButton->setEnabled(hasRun);
    m_ui->importButton->setEnabled(hasRun && !m_import.isRunning());
    m_ui->addButton->setEnabled(hasRun);
    const auto source = hasRun ? m_model->carryOverSource() : std::nullopt;
    const auto sourceEnv = source ? project()->environment(source->environmentId) : std::nullopt;
    m_ui->carryOverButton->setEnabled(source.has_value());
    m_ui->carryOverButton->setText(
        sourceEnv ? tr("Carr&y Over from %1").arg(sourceEnv->name) : tr("Carr&y Over"));
    m_ui->removeButton->setEnabled(item.has_value());
    m_ui->statusCombo->setEnabled(item.has_value());
    m_ui->notesEdit->setEnabled(item.has_value());
    const auto status = ChecklistStatus(m_ui->statusCombo->currentData().toInt());
    const bool needsNotes = status == ChecklistStatus::Failed || status == ChecklistStatus::Blocked;
    const bool changed = item
        && (item->status != status || item->notes != m_ui->notesEdit->toPlainText().trimmed());
    m_ui->recordButton->setEnabled(changed && (!needsNotes || !m_ui->notesEdit->toPlainText().trimmed().isEmpty()));
    m_ui->attachButton->setEnabled(item.has_value() && !m_hash.isRunning());
    m_ui->detachButton->setEnabled(item.has_value() && m_ui->evidenceList->currentRow() >= 0);

    const auto env = project()->currentEnvironment();
    m_ui->forgetButton->setEnabled(env && !project()->environmentSetting(env->id, kPinSetting).isEmpty());
    m_ui->probeButton->setEnabled(hasRun && !m_probe->isRunning());
    m_ui->scanButton->setEnabled(hasRun);
    m_ui->scanButton->setText(isScanning() ? tr("Stop &Scan") : tr("&Scan Log"));
    m_ui->acceptButton->setEnabled(!openServerFindings().isEmpty());
}

// Health -------------------------------------------------------------------

void VerificationPage::probeHealth()
{
    const auto env = project()->currentEnvironment();
    if (!env || m_probe->isRunning())
        return;
    const auto url = healthEndpointFor(m_ui->addressEdit->text());
    if (!url) {
        m_ui->healthResult->setText(url.error().toHtmlEscaped());
        return;
    }
    project()->setEnvironmentSetting(env->id, kAddressSetting, m_ui->addressEdit->text().trimmed());
    HealthProbeRequest request;
    request.url = *url;
    request.pinnedSha256 = project()->environmentSetting(env->id, kPinSetting).toLatin1();
    m_ui->healthResult->setText(tr("Calling %1…").arg(url->toDisplayString().toHtmlEscaped()));
    m_probe->start(request);
    updateButtons();
}

bool VerificationPage::confirmCertificate(const HealthProbeResult& result)
{
    const PresentedCertificate& cert = result.certificate;
    QMessageBox box(QMessageBox::Question, tr("Confirm the Server's Certificate"),
        tr("<p>%1 presents this certificate. Compare its fingerprint with the one of the server's keystore (for "
           "example <tt>keytool -list -v</tt> on the server) before you trust it. The wizard will then talk only "
           "to a server presenting exactly this certificate.</p>"
           "<p><b>SHA-256:</b><br><tt>%2</tt></p>"
           "<p><b>Subject:</b> %3<br><b>Issuer:</b> %4%5<br><b>Valid:</b> %6 to %7</p>")
            .arg(result.url.toDisplayString().toHtmlEscaped(), cert.fingerprintDisplay().toHtmlEscaped(),
                cert.subject.toHtmlEscaped(), cert.issuer.toHtmlEscaped(),
                cert.selfSigned ? tr(" (self-signed)") : QString(), timeText(cert.notBefore),
                timeText(cert.notAfter)),
        QMessageBox::Cancel, this);
    box.setTextFormat(Qt::RichText);
    QPushButton* trust = box.addButton(tr("&Trust This Certificate"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == trust;
}

void VerificationPage::onProbeFinished(const HealthProbeResult& result)
{
    Q_EMIT probeFinished();
    updateButtons();
    const auto env = project()->currentEnvironment();
    if (!env)
        return;
    if (result.outcome == HealthProbeResult::Outcome::NotPinned) {
        if (!confirmCertificate(result)) {
            m_ui->healthResult->setText(tr("Not called: the certificate was not confirmed."));
            return;
        }
        project()->setEnvironmentSetting(env->id, kPinSetting, QString::fromLatin1(result.certificate.sha256Hex));
        project()->journal(u"verify.certificate-confirmed"_s,
            tr("Certificate of %1 confirmed: SHA-256 %2, subject %3, valid until %4.")
                .arg(result.url.toDisplayString(), result.certificate.fingerprintDisplay(),
                    result.certificate.subject, result.certificate.notAfter.toString(Qt::ISODate)));
        probeHealth(); // now with the pin
        return;
    }
    if (result.outcome == HealthProbeResult::Outcome::Refused) {
        m_ui->healthResult->setText(result.message.toHtmlEscaped());
        return;
    }
    QStringList details;
    for (const auto& [key, value] : result.details)
        details << u"%1: %2"_s.arg(key, value);
    saveServerCheck(QString(kHealthCheckId), healthStatus(result.outcome), result.message, details.join(u'\n'),
        result.toJson());
}

// Log ----------------------------------------------------------------------

void VerificationPage::scanLog()
{
    const auto env = project()->currentEnvironment();
    if (!env || isScanning())
        return;
    m_scanOptions = {};
    m_scanOptions.files = splitFiles(m_ui->logFilesEdit->text());
    if (m_scanOptions.files.isEmpty()) {
        m_ui->logResult->setText(tr("Name the log file first: wso2carbon.log in the new home's repository/logs."));
        return;
    }
    m_scanOptions.since = m_ui->sinceEdit->dateTime();
    project()->setEnvironmentSetting(env->id, kLogFilesSetting, m_ui->logFilesEdit->text().trimmed());
    m_scanCancel = std::make_shared<std::atomic_bool>(false);
    m_ui->scanProgress->setRange(0, 1000);
    m_ui->scanProgress->setValue(0);
    m_ui->scanProgress->setVisible(true);
    m_ui->logResult->setText(tr("Scanning…"));
    QPointer<QProgressBar> bar = m_ui->scanProgress;
    auto last = std::make_shared<int>(-1); // touched by the worker only
    auto progress = [bar, last](qint64 done, qint64 total) {
        // Called on the worker for every block: hand over a permille only when
        // it moves, so the GUI thread's queue holds at most a thousand calls.
        const int permille = total > 0 ? int(done * 1000 / total) : 0;
        if (permille == *last)
            return;
        *last = permille;
        QMetaObject::invokeMethod(bar, [bar, permille] {
            if (bar)
                bar->setValue(permille);
        });
    };
    m_scan.setFuture(QtConcurrent::run([options = m_scanOptions, cancel = m_scanCancel, progress] {
        return scanLogs(options, cancel.get(), progress);
    }));
    updateButtons();
}

void VerificationPage::cancelScan()
{
    if (m_scanCancel)
        m_scanCancel->store(true);
}

void VerificationPage::onScanFinished()
{
    m_ui->scanProgress->setVisible(false);
    const auto result = m_scan.result();
    updateButtons();
    if (!result) {
        m_ui->logResult->setText(result.error().toHtmlEscaped());
        Q_EMIT scanFinished();
        return;
    }
    m_lastScan = *result;
    showScanResult(*result);

    const QString since = QLocale().toString(m_scanOptions.since, QLocale::ShortFormat);
    QJsonObject scanJson = logScanResultToJson(*result, kRecordedLogGroups);
    QJsonArray files;
    for (const QString& file : std::as_const(m_scanOptions.files))
        files.append(QDir::toNativeSeparators(file));
    scanJson.insert(u"files"_s, files);
    scanJson.insert(u"since"_s, m_scanOptions.since.toString(Qt::ISODate));
    const QString dataText = QString::fromUtf8(QJsonDocument(scanJson).toJson(QJsonDocument::Compact));

    if (result->startupCompletedAt)
        saveServerCheck(QString(kStartupCheckId), CheckStatus::Pass,
            tr("The server finished starting at %1.").arg(timeText(*result->startupCompletedAt)), result->startupLine,
            {});
    else
        saveServerCheck(QString(kStartupCheckId), CheckStatus::Blocker,
            tr("No “WSO2 Carbon started in” line since %1: the server has not finished starting, or the log "
               "named is not the new server's.")
                .arg(since),
            m_scanOptions.files.join(u'\n'), {});

    const int errors = result->errorCount;
    const int fatals = result->fatalCount;
    const CheckStatus status = fatals > 0 ? CheckStatus::Blocker
        : errors > 0                      ? CheckStatus::Warning
                                          : CheckStatus::Pass;
    QStringList top;
    for (qsizetype i = 0; i < std::min<qsizetype>(5, result->groups.size()); ++i) {
        const LogEntryGroup& group = result->groups.at(i);
        top << tr("%1× %2 %3 %4").arg(group.count).arg(group.level, group.logger, group.exceptionType).trimmed();
    }
    saveServerCheck(QString(kLogCheckId), status,
        errors + fatals == 0
            ? tr("No ERROR or FATAL entries since %1 (%n line(s) read).", nullptr, int(qMin<qint64>(result->linesRead, INT_MAX)))
                  .arg(since)
            : tr("%1 ERROR and %2 FATAL entries since %3, in %n group(s).", nullptr, int(result->groups.size()))
                  .arg(errors)
                  .arg(fatals)
                  .arg(since),
        top.join(u'\n'), dataText);
    Q_EMIT scanFinished();
}

void VerificationPage::showScanResult(const LogScanResult& result)
{
    m_ui->logGroups->clear();
    for (const LogEntryGroup& group : result.groups) {
        auto* row = new QTreeWidgetItem(m_ui->logGroups,
            { QLocale().toString(group.count), group.level, group.logger, group.exceptionType, timeText(group.first),
                timeText(group.last) });
        row->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        row->setToolTip(2, group.message.left(500));
    }
    if (m_ui->logGroups->topLevelItemCount() > 0)
        m_ui->logGroups->setCurrentItem(m_ui->logGroups->topLevelItem(0));
    else
        m_ui->stackView->clear();
}

void VerificationPage::showSelectedGroup()
{
    const int row = m_ui->logGroups->indexOfTopLevelItem(m_ui->logGroups->currentItem());
    if (row < 0 || row >= m_lastScan.groups.size()) {
        m_ui->stackView->clear();
        return;
    }
    const LogEntryGroup& group = m_lastScan.groups.at(row);
    QString text = tr("%1, line %2").arg(QDir::toNativeSeparators(group.file)).arg(group.firstLine) + u"\n"_s
        + group.message;
    if (!group.stackTrace.isEmpty())
        text += u'\n' + group.stackTrace;
    m_ui->stackView->setPlainText(text);
}

// Automatic check records ---------------------------------------------------

std::optional<CheckRecord> VerificationPage::serverCheck(const QString& checkId) const
{
    const auto run = project()->currentRun();
    if (!run)
        return std::nullopt;
    std::optional<CheckRecord> found;
    for (const CheckRecord& check : project()->checks())
        if (check.runId == run->id && check.checkId == checkId)
            found = check;
    return found;
}

QList<CheckRecord> VerificationPage::openServerFindings() const
{
    QList<CheckRecord> open;
    for (const QString& id : { QString(kHealthCheckId), QString(kStartupCheckId), QString(kLogCheckId) }) {
        const auto check = serverCheck(id);
        if (check && (check->status == CheckStatus::Warning || check->status == CheckStatus::Blocker)
            && check->acceptedReason.isEmpty())
            open << *check;
    }
    return open;
}

void VerificationPage::saveServerCheck(const QString& checkId, CheckStatus status, const QString& summary,
    const QString& details, const QString& json)
{
    CheckRecord record;
    if (const auto existing = serverCheck(checkId))
        record.id = existing->id; // one record per check and run: the latest result; the journal keeps them all
    record.checkId = checkId;
    record.status = status;
    record.summary = summary;
    record.details = details;
    record.data = json;
    project()->addCheck(record);
    project()->journal(u"verify.result"_s, u"%1 (%2): %3"_s.arg(checkId, checkStatusKey(status), summary));
}

void VerificationPage::showServerChecks()
{
    const auto describe = [](const std::optional<CheckRecord>& check) {
        if (!check)
            return QString();
        QString text = u"%1 %2"_s.arg(statusSymbol(check->status), check->summary.toHtmlEscaped());
        if (!check->acceptedReason.isEmpty())
            text += u"<br>"_s + tr("Accepted: %1").arg(check->acceptedReason).toHtmlEscaped();
        return text;
    };
    if (const auto health = serverCheck(QString(kHealthCheckId)))
        m_ui->healthResult->setText(describe(health));
    const QString startup = describe(serverCheck(QString(kStartupCheckId)));
    const QString log = describe(serverCheck(QString(kLogCheckId)));
    if (!startup.isEmpty() || !log.isEmpty())
        m_ui->logResult->setText(QStringList { startup, log }.join(u"<br>"_s));
    const int open = int(openServerFindings().size());
    m_ui->acceptHint->setText(open == 0
            ? QString()
            : tr("%n server finding(s) open. Fix and check again, or accept with a reason the report will show.",
                  nullptr, open));
    updateTally();
}

void VerificationPage::acceptServerFindings()
{
    const QList<CheckRecord> open = openServerFindings();
    if (open.isEmpty())
        return;
    QStringList what;
    for (const CheckRecord& check : open)
        what << u"• "_s + check.summary;
    bool ok = false;
    QString reason;
    for (;;) {
        reason = QInputDialog::getMultiLineText(this, tr("Accept Server Findings"),
            tr("Why are these findings acceptable for this environment? (at least %1 characters)\n\n%2")
                .arg(kMinimumReasonLength)
                .arg(what.join(u'\n')),
            reason, &ok)
                     .trimmed();
        if (!ok)
            return;
        if (reason.size() >= kMinimumReasonLength)
            break;
    }
    for (CheckRecord check : open) {
        check.acceptedReason = reason;
        project()->addCheck(check);
        project()->journal(u"verify.accepted"_s, u"%1 (%2): %3"_s.arg(check.checkId, checkStatusKey(check.status), reason));
    }
}

} // namespace Ismw
