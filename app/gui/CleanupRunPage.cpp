// SPDX-License-Identifier: Apache-2.0
#include "CleanupRunPage.h"

#include "ui_CleanupRunPage.h"

#include "database/CleanupPlan.h"
#include "project/MigrationProject.h"
#include "widgets/CodePane.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QTime>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

QString count(qint64 value)
{
    return value < 0 ? u"–"_s : QLocale().toString(value);
}

QTableWidgetItem* numberItem(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString clock(qint64 ms)
{
    return QTime(0, 0).addMSecs(int(qMin<qint64>(ms, 86'399'999))).toString(u"HH:mm:ss"_s);
}

QString outcomeText(CleanupResult::Outcome outcome)
{
    switch (outcome) {
    case CleanupResult::Outcome::Completed:
        return QCoreApplication::translate("Ismw::CleanupRunPage", "✔ completed");
    case CleanupResult::Outcome::Cancelled:
        return QCoreApplication::translate("Ismw::CleanupRunPage", "⚠ cancelled");
    case CleanupResult::Outcome::Failed:
        break;
    }
    return QCoreApplication::translate("Ismw::CleanupRunPage", "✖ failed");
}

} // namespace

CleanupRunPage::CleanupRunPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::CleanupRunPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Running the Cleanup"));
    setSubTitle(tr("The procedures run on the database server. Their own progress messages appear as they come; "
                   "Cancel stops them on the server."));
    m_ui->messagesView->setDefinitionName({ u"Log File (simplified)"_s, u"Log File (advanced)"_s });
    m_ui->messagesView->setPlaceholderText(tr("The procedure's messages appear here."));
    m_ui->resultTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->resultTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->resultTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_tick.setInterval(250);
    connect(&m_tick, &QTimer::timeout, this, &CleanupRunPage::updateElapsed);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &CleanupRunPage::cancelCleanup);
    connect(m_ui->againButton, &QPushButton::clicked, this, [this] {
        // The run is over and recorded; going back prepares a new one (the
        // commit page in between keeps the Back button off on purpose).
        if (!isRunning() && wizard())
            wizard()->back();
    });
}

CleanupRunPage::~CleanupRunPage()
{
    // The wizard refuses to close while a script runs (busyReason()); should
    // the page still go, the runner cancels on the server and waits.
    if (m_runner)
        m_runner->disconnect(this);
}

QString CleanupRunPage::helpText() const
{
    return tr("<p>The scripts you committed to run one after the other, each in a connection of its own. The "
              "messages are the procedure's own (PostgreSQL notices, MySQL and MariaDB result rows), shown as "
              "the server sends them.</p>"
              "<p><b>Cancel Cleanup</b> asks the server to stop the procedure (pg_cancel_backend, KILL QUERY). "
              "The batch in progress is rolled back by the server; batches it had committed stay removed. The "
              "wizard then counts the tables again and tells you what was and was not done. A script that fails "
              "or is cancelled stops the scripts after it.</p>"
              "<p>Every script's result goes into the project: database, server version, the SHA-256 of the text "
              "that ran, the knob values, counts before and after, duration and messages. The durations estimate "
              "how long the cleanup will take in production.</p>");
}

QString CleanupRunPage::busyReason() const
{
    if (!m_runner)
        return {};
    return tr("A cleanup procedure is running on %1. Cancel it first and wait until it has stopped.")
        .arg(m_plan ? m_plan->target.summary() : QString());
}

void CleanupRunPage::initializePage()
{
    m_plan = project()->pendingCleanup();
    // The plan is taken: the project does not keep the password any longer
    // than this page needs it.
    project()->setPendingCleanup({});
    m_results.clear();
    m_next = 0;
    m_messages = 0;
    m_started = false;
    m_ui->messagesView->clear();
    m_ui->resultTable->setRowCount(0);
    m_ui->resultLabel->clear();
    if (!m_plan || m_plan->items.isEmpty()) {
        m_ui->planLabel->setText(tr("Nothing to run: no cleanup was committed to."));
        m_ui->progressBar->setRange(0, 1);
        m_ui->progressBar->setValue(0);
        m_ui->cancelButton->setEnabled(false);
        m_ui->againButton->setEnabled(true);
        Q_EMIT completeChanged();
        return;
    }
    QStringList scripts;
    for (const CleanupPlanItem& item : m_plan->items)
        scripts << item.script.relativePath;
    m_ui->planLabel->setText(tr("On %1 (%2): %3").arg(m_plan->target.summary(), m_plan->serverVersion, scripts.join(u", "_s)));
    m_ui->progressBar->setRange(0, 0); // a CALL reports no fraction done: busy until it returns
    m_elapsed.start();
    m_tick.start();
    m_started = true;
    startNext();
}

void CleanupRunPage::cleanupPage()
{
    // Reached only through "Prepare Another Run", when nothing runs.
    m_tick.stop();
    m_plan.reset();
    WizardPage::cleanupPage();
}

void CleanupRunPage::startNext()
{
    const CleanupPlanItem& item = m_plan->items.at(m_next++);
    CleanupRequest request;
    request.target = m_plan->target;
    request.scriptText = item.scriptText;
    request.script = item.script;
    request.dryRun = false;
    m_runner = std::make_unique<CleanupRunner>(std::move(request), m_plan->credentials->clone());
    connect(m_runner.get(), &CleanupRunner::message, this, &CleanupRunPage::onMessage);
    connect(m_runner.get(), &CleanupRunner::finished, this, &CleanupRunPage::onFinished);
    onMessage(tr("── %1 (%2 of %3) ──").arg(item.script.relativePath).arg(m_next).arg(m_plan->items.size()));
    m_ui->cancelButton->setEnabled(true);
    m_ui->cancelButton->setText(tr("Cancel C&leanup"));
    m_ui->againButton->setEnabled(false);
    m_runner->start();
    updateElapsed();
    Q_EMIT completeChanged();
}

void CleanupRunPage::cancelCleanup()
{
    if (!m_runner || m_runner->cancelRequested())
        return;
    m_runner->cancel();
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setText(tr("Cancelling …"));
    onMessage(tr("Cancel requested: the server stops the procedure; then the tables are counted again."));
}

void CleanupRunPage::onMessage(const QString& text)
{
    ++m_messages;
    QScrollBar* bar = m_ui->messagesView->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    m_ui->messagesView->appendPlainText(text);
    // Follow the output unless the operator scrolled up to read.
    if (atEnd)
        bar->setValue(bar->maximum());
}

void CleanupRunPage::onFinished(const CleanupResult& result)
{
    // The runner's thread is returning; let it finish before the runner goes.
    m_runner.release()->deleteLater();
    // Recorded once, complete: the result holds what the runner could count
    // after a cancel or a lost connection too.
    recordCleanupRun(*project(), result);
    m_results << result;
    addResultRow(result);
    if (!result.error.isEmpty())
        onMessage(result.error);
    if (result.outcome == CleanupResult::Outcome::Completed && m_next < m_plan->items.size()) {
        startNext();
        return;
    }
    finishAll();
}

void CleanupRunPage::finishAll()
{
    m_tick.stop();
    updateElapsed();
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    m_ui->cancelButton->setEnabled(false);
    m_ui->cancelButton->setText(tr("Cancel C&leanup"));
    m_ui->againButton->setEnabled(true);
    if (m_plan && m_plan->credentials)
        m_plan->credentials->wipe();

    const CleanupResult& last = m_results.constLast();
    const int notRun = int(m_plan->items.size()) - int(m_results.size());
    qint64 removed = 0;
    for (const CleanupResult& result : std::as_const(m_results))
        if (result.rowsRemoved() > 0)
            removed += result.rowsRemoved();
    QString text;
    switch (last.outcome) {
    case CleanupResult::Outcome::Completed:
        text = tr("✔ The cleanup completed: %1 rows removed in %2. Recorded in the project.")
                   .arg(count(removed), clock(m_elapsed.elapsed()));
        break;
    case CleanupResult::Outcome::Cancelled:
        text = tr("⚠ Cancelled. %1 rows were removed before the cancel; the database is as the server left it "
                  "after rolling back the batch in progress. Recorded in the project.")
                   .arg(count(removed));
        break;
    case CleanupResult::Outcome::Failed:
        text = tr("✖ %1 failed: %2").arg(last.scriptName, last.error);
        if (last.errorLine > 0)
            text += u' ' + tr("(statement at line %1 of the script)").arg(last.errorLine);
        text += u' ' + tr("Batches committed before the failure stay removed. Recorded in the project.");
        break;
    }
    if (notRun > 0)
        text += u' ' + tr("%n script(s) after it did not run.", nullptr, notRun);
    m_ui->resultLabel->setText(text);
    Q_EMIT completeChanged();
}

void CleanupRunPage::addResultRow(const CleanupResult& result)
{
    const int row = m_ui->resultTable->rowCount();
    m_ui->resultTable->insertRow(row);
    auto* script = new QTableWidgetItem(QFileInfo(result.scriptName).fileName());
    script->setToolTip(result.scriptName);
    m_ui->resultTable->setItem(row, 0, script);
    auto* outcome = new QTableWidgetItem(outcomeText(result.outcome));
    outcome->setToolTip(result.error);
    m_ui->resultTable->setItem(row, 1, outcome);
    m_ui->resultTable->setItem(row, 2, numberItem(count(result.rowsBefore())));
    m_ui->resultTable->setItem(row, 3, numberItem(count(result.rowsRemoved())));
    m_ui->resultTable->setItem(row, 4, numberItem(count(result.rowsAfter())));
    m_ui->resultTable->setItem(row, 5, numberItem(clock(result.durationMs)));
    m_ui->resultTable->setItem(row, 6,
        numberItem(result.rowsPerSecond() > 0 ? QLocale().toString(result.rowsPerSecond(), 'f', 0) : u"–"_s));
}

void CleanupRunPage::updateElapsed()
{
    if (!m_started)
        return;
    m_ui->elapsedLabel->setText(isRunning() ? tr("Script %1 of %2 · %3 · %n message(s)", nullptr, m_messages)
                                                  .arg(m_next)
                                                  .arg(m_plan->items.size())
                                                  .arg(clock(m_elapsed.elapsed()))
                                            : tr("Done · %1").arg(clock(m_elapsed.elapsed())));
}

bool CleanupRunPage::isComplete() const
{
    return !isRunning();
}

} // namespace Ismw
