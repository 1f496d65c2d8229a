// SPDX-License-Identifier: Apache-2.0
#include "CleanupPage.h"

#include "ui_CleanupPage.h"

#include "MigrationWizard.h"
#include "database/CleanupPlan.h"
#include "database/ScriptKnobs.h"
#include "project/MigrationProject.h"
#include "widgets/CodePane.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Ismw {

namespace {

constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kKnobRole = Qt::UserRole + 2;
constexpr int kLineRole = Qt::UserRole + 3;

// The highlighting definitions for a dialect, most specific first.
QStringList definitionsFor(SqlDialect dialect)
{
    switch (dialect) {
    case SqlDialect::MySql:
        return { u"SQL (MySQL)"_s, u"SQL"_s };
    case SqlDialect::PostgreSql:
        return { u"SQL (PostgreSQL)"_s, u"SQL"_s };
    case SqlDialect::Oracle:
        return { u"SQL (Oracle)"_s, u"SQL"_s };
    case SqlDialect::SqlServer:
    case SqlDialect::Db2:
        break;
    }
    return { u"SQL"_s };
}

QByteArray sha256Hex(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex();
}

QString count(qint64 value)
{
    return value < 0 ? u"–"_s : QLocale().toString(value);
}

QTableWidgetItem* numberItem(qint64 value)
{
    auto* item = new QTableWidgetItem(count(value));
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

bool CleanupPage::ScriptEntry::runnable() const
{
    // The runner counts by the conditions of the token and session scripts and
    // runs MySQL/MariaDB and PostgreSQL 11+ procedures; the others are shown
    // so that the operator knows they exist.
    return readError.isEmpty() && (script.kind == "token"_L1 || script.kind == "session"_L1) && !script.isFunction
        && (script.dialect == SqlDialect::MySql || script.dialect == SqlDialect::PostgreSql);
}

CleanupPage::CleanupPage(MigrationProject* project, QWidget* parent)
    : WizardPage(project, parent)
    , m_ui(std::make_unique<Ui::CleanupPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Database Cleanup"));
    setSubTitle(tr("Remove expired tokens and sessions from the old database before it is migrated, with the "
                   "procedures the IS home ships. Count first; the run itself cannot be undone here."));
    setCommitPage(true);

    m_ui->databaseList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->databaseList->header()->setStretchLastSection(true);
    m_ui->scriptList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->knobTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->knobTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->dryRunTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->dryRunTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->scriptsSplitter->setStretchFactor(0, 2);
    m_ui->scriptsSplitter->setStretchFactor(1, 3);
    m_ui->scriptsSplitter->setSizes({ 400, 500 });
    for (QTableWidget* table : { m_ui->knobTable, m_ui->dryRunTable })
        table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->scriptView->setDefinitionName({ u"SQL"_s });
    m_ui->scriptView->setPlaceholderText(tr("Test the connection to see the scripts for that database's version."));
    m_ui->skipReasonEdit->setEnabled(false);

    connect(&m_loadWatcher, &QFutureWatcher<LoadOutcome>::finished, this, &CleanupPage::onLoadFinished);
    connect(&m_connectWatcher, &QFutureWatcher<ConnectOutcome>::finished, this, &CleanupPage::onConnectFinished);
    connect(m_ui->databaseList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        selectDatabase(item ? m_ui->databaseList->indexOfTopLevelItem(item) : -1);
    });
    connect(m_ui->passwordEdit, &QLineEdit::textChanged, this, [this] {
        // A connection tested with another password proves nothing now.
        if (isConnected() || m_connectionError)
            invalidateConnection();
        updateState();
    });
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &CleanupPage::testConnection);
    connect(m_ui->testConnectionButton, &QPushButton::clicked, this, &CleanupPage::testConnection);
    connect(m_ui->scriptSourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (isConnected() || m_connectionError)
            invalidateConnection();
        updateState();
    });
    connect(m_ui->scriptList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showScript(item ? m_ui->scriptList->indexOfTopLevelItem(item) : -1);
    });
    connect(m_ui->scriptList, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item) {
        const int index = m_ui->scriptList->indexOfTopLevelItem(item);
        if (index >= 0 && index < m_scripts.size())
            m_scripts[index].checked = item->checkState(0) == Qt::Checked;
        fillDryRunTable();
        updateState();
    });
    connect(m_ui->knobTable, &QTableWidget::cellChanged, this, &CleanupPage::onKnobEdited);
    // A knob chosen in the table is shown where the script sets it.
    connect(m_ui->knobTable, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (const QTableWidgetItem* item = m_ui->knobTable->item(row, 0); item && !m_fillingKnobs)
            m_ui->scriptView->showBlock(item->data(kLineRole).toInt() - 1);
    });
    for (QCheckBox* box : { m_ui->backupCheck, m_ui->builtInCheck, m_ui->windowCheck })
        connect(box, &QCheckBox::toggled, this, &CleanupPage::updateState);
    connect(m_ui->skipCheck, &QCheckBox::toggled, this, [this](bool skip) {
        m_ui->skipReasonEdit->setEnabled(skip);
        if (skip)
            m_ui->skipReasonEdit->setFocus();
        updateState();
    });
    connect(m_ui->skipReasonEdit, &QLineEdit::textChanged, this, &CleanupPage::updateState);
    connect(m_ui->dryRunButton, &QPushButton::clicked, this, &CleanupPage::startDryRun);
    connect(project, &MigrationProject::cleanupRunsChanged, this, &CleanupPage::onCleanupRunsChanged);
    updateState();
}

CleanupPage::~CleanupPage()
{
    // Workers may still run: they must not report to a page that is gone. A
    // dry run is read-only; its runner cancels and waits in its destructor.
    m_loadWatcher.disconnect();
    m_connectWatcher.disconnect();
    m_loadWatcher.waitForFinished();
    m_connectWatcher.waitForFinished();
    if (m_dryRunner)
        m_dryRunner->disconnect(this);
    m_ui->passwordEdit->clear();
}

QString CleanupPage::helpText() const
{
    return tr("<p>WSO2 advises removing expired and inactive tokens and old sessions before a migration: the "
              "migration then moves less data and takes less time. The IS home ships stored procedures for "
              "that in <i>dbscripts/identity/stored-procedures</i>.</p>"
              "<p>Pick the database (usually <i>identity_db</i>) and <b>Test Connection</b>. A password the "
              "configuration does not hold in plain text (secure vault, unset environment variable) is asked "
              "for here; it is used for this session only and never saved. The test reads the server's version "
              "and picks the script folders made for it.</p>"
              "<p>Under <b>Scripts</b>, tick the scripts to run. Their knobs (batch size, safe period, backup "
              "tables, …) can be changed in the table; the changed text is what runs and what is hashed into "
              "the project record. Under <b>Before You Run</b>, confirm the backup, the built-in cleanup switched "
              "off and the low-traffic window. The <b>Dry Run</b> counts, per table, the rows the scripts would "
              "remove, without changing anything.</p>"
              "<p><b>Run Cleanup</b> asks once more and then runs the procedures on the next page, where you "
              "see their progress messages and can cancel. After that there is no way back to this page for "
              "that run. To go on without the cleanup, tick <b>Skip</b> and say why; it is journaled.</p>");
}

void CleanupPage::initializePage()
{
    const ProjectInfo& info = project()->info();
    // The scripts normally come from the old home: they match the schema the
    // database has now. The new home's may be newer; the operator chooses.
    const QString previous = m_ui->scriptSourceCombo->currentData().toString();
    m_ui->scriptSourceCombo->blockSignals(true);
    m_ui->scriptSourceCombo->clear();
    if (!info.oldHome.isEmpty())
        m_ui->scriptSourceCombo->addItem(tr("Old home (%1)").arg(info.oldRelease), info.oldHome);
    if (!info.newHome.isEmpty())
        m_ui->scriptSourceCombo->addItem(tr("New home (%1)").arg(info.newRelease), info.newHome);
    const int keep = m_ui->scriptSourceCombo->findData(previous);
    m_ui->scriptSourceCombo->setCurrentIndex(keep >= 0 ? keep : 0);
    m_ui->scriptSourceCombo->blockSignals(false);
    if (keep < 0 && (isConnected() || m_connectionError))
        invalidateConnection();

    const QString path = info.oldHome.isEmpty()
        ? QString()
        : QDir(info.oldHome).filePath(u"repository/conf/deployment.toml"_s);
    if (path != m_configPath || m_loadError)
        startLoad();
    updateState();
}

QString CleanupPage::scriptsHome() const
{
    return m_ui->scriptSourceCombo->currentData().toString();
}

void CleanupPage::startLoad()
{
    const ProjectInfo& info = project()->info();
    m_configPath = info.oldHome.isEmpty() ? QString() : QDir(info.oldHome).filePath(u"repository/conf/deployment.toml"_s);
    m_loading = true;
    m_loadError.reset();
    m_targets.clear();
    m_document.reset();
    m_current = -1;
    invalidateConnection();
    m_ui->databaseList->clear();
    const QString path = m_configPath;
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        LoadOutcome out;
        out.path = path;
        auto document = TomlDocument::load(path);
        if (!document) {
            out.error = document.error();
            return out;
        }
        out.targets = databasesInConfig(*document);
        out.builtIn = builtInCleanupState(*document);
        out.document = std::move(*document);
        return out;
    }));
    updateState();
}

void CleanupPage::onLoadFinished()
{
    LoadOutcome out = m_loadWatcher.result();
    if (out.path != m_configPath)
        return; // the old home changed meanwhile; a newer load is on its way
    m_loading = false;
    if (!out.document) {
        m_loadError = out.error;
        updateState();
        return;
    }
    m_document = std::move(out.document);
    m_targets = out.targets;
    m_builtIn = out.builtIn;
    m_ui->builtInStatus->setText((m_builtIn.anyEnabled() ? tr("⚠ %1") : tr("✔ %1")).arg(m_builtIn.describe()));
    fillDatabaseList();
    updateState();
}

void CleanupPage::fillDatabaseList()
{
    m_ui->databaseList->clear();
    int preferred = -1;
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const DatabaseTarget& target = m_targets.at(i);
        auto* item = new QTreeWidgetItem(m_ui->databaseList);
        item->setText(0, target.name);
        item->setText(1, target.isH2() ? u"H2"_s : target.dialect ? sqlDialectDisplayName(*target.dialect) : target.type);
        item->setText(2, target.jdbc ? target.jdbc->redacted : target.url);
        //: The Password column: where a database's password comes from.
        item->setText(3, target.passwordMustBeAsked() ? tr("asked for") : tr("from the file"));
        item->setToolTip(3, target.passwordDescription());
        item->setText(4, target.isH2() ? tr("nothing to clean") : target.isConnectable() ? tr("not tested") : tr("unusable"));
        item->setToolTip(2, target.summary());
        // Tokens and sessions live in the identity database.
        if (preferred < 0 && target.isConnectable() && target.name.contains(u"identity"_s, Qt::CaseInsensitive))
            preferred = int(i);
    }
    if (preferred < 0)
        for (qsizetype i = 0; i < m_targets.size() && preferred < 0; ++i)
            if (m_targets.at(i).isConnectable())
                preferred = int(i);
    if (preferred < 0 && !m_targets.isEmpty())
        preferred = 0;
    if (preferred >= 0)
        m_ui->databaseList->setCurrentItem(m_ui->databaseList->topLevelItem(preferred));
}

const DatabaseTarget* CleanupPage::currentTarget() const
{
    return m_current >= 0 && m_current < m_targets.size() ? &m_targets.at(m_current) : nullptr;
}

void CleanupPage::selectDatabase(int index)
{
    if (index == m_current)
        return;
    m_current = index;
    m_ui->passwordEdit->blockSignals(true);
    m_ui->passwordEdit->clear();
    m_ui->passwordEdit->blockSignals(false);
    invalidateConnection();
    // The reminders are confirmed for one database.
    for (QCheckBox* box : { m_ui->backupCheck, m_ui->builtInCheck, m_ui->windowCheck })
        box->setChecked(false);
    const DatabaseTarget* target = currentTarget();
    const bool ask = target && target->isConnectable() && target->passwordMustBeAsked();
    m_ui->passwordEdit->setEnabled(ask);
    m_ui->passwordEdit->setPlaceholderText(
        !target ? QString() : ask ? /*: %1 is where the password is, e.g. "written in deployment.toml". */ tr("Needed: the password is %1").arg(target->passwordDescription())
                                  : tr("Not needed: the password is %1").arg(target->passwordDescription()));
    QString text;
    if (target) {
        if (target->isH2())
            text = tr("ℹ %1").arg(DatabaseTarget::h2Explanation());
        else if (!target->isConnectable())
            text = tr("✖ %1 cannot be reached from here: %2")
                       .arg(target->section, target->urlError ? target->urlError->message : target->summary());
        else
            text = target->summary();
        for (const QString& note : target->notes)
            text += u"\n"_s + tr("ℹ %1").arg(note);
    }
    m_ui->connectionResult->setText(text);
    updateState();
}

std::expected<std::shared_ptr<DatabaseCredentials>, QString> CleanupPage::currentCredentials() const
{
    const DatabaseTarget* target = currentTarget();
    if (!target || !m_document)
        return std::unexpected(tr("No database is chosen."));
    if (target->passwordMustBeAsked()) {
        if (m_ui->passwordEdit->text().isEmpty())
            return std::unexpected(tr("Enter the password of %1 (%2).").arg(target->username, target->passwordDescription()));
        return std::make_shared<DatabaseCredentials>(target->username, m_ui->passwordEdit->text());
    }
    auto credentials = credentialsFromConfig(*target, *m_document);
    if (!credentials)
        return std::unexpected(credentials.error());
    return std::make_shared<DatabaseCredentials>(std::move(*credentials));
}

void CleanupPage::invalidateConnection()
{
    ++m_connectGeneration; // a test still under way reports to nobody
    m_connecting = false;
    m_serverVersion.clear();
    m_connectionError.reset();
    m_discoveryError.clear();
    m_discovery = {};
    m_scripts.clear();
    m_shownScript = -1;
    m_dryRuns.clear();
    m_dryRunError.clear();
    m_ui->scriptList->clear();
    m_fillingKnobs = true;
    m_ui->knobTable->setRowCount(0);
    m_fillingKnobs = false;
    m_ui->knobResult->clear();
    m_ui->scriptView->setPlainText({});
    m_ui->dryRunTable->setRowCount(0);
    if (QTreeWidgetItem* item = m_ui->databaseList->topLevelItem(m_current); item && currentTarget()->isConnectable())
        item->setText(4, tr("not tested"));
}

void CleanupPage::testConnection()
{
    const DatabaseTarget* target = currentTarget();
    if (!target || !target->isConnectable() || m_connecting || m_dryRunner)
        return;
    auto credentials = currentCredentials();
    invalidateConnection();
    if (!credentials) {
        m_ui->connectionResult->setText(tr("✖ %1").arg(credentials.error()));
        updateState();
        return;
    }
    m_connecting = true;
    const quint64 generation = m_connectGeneration;
    const QString home = scriptsHome();
    m_ui->connectionResult->setText(tr("Connecting to %1 …").arg(target->summary()));
    if (QTreeWidgetItem* item = m_ui->databaseList->topLevelItem(m_current))
        item->setText(4, tr("testing …"));
    m_connectWatcher.setFuture(QtConcurrent::run([target = *target, credentials = *credentials, home, generation] {
        ConnectOutcome out;
        out.generation = generation;
        QVersionNumber version;
        {
            // Opened, asked and closed in this pool thread, as QtSql wants.
            auto connection = DatabaseConnection::open(target, *credentials);
            if (!connection) {
                out.error = connection.error();
                return out;
            }
            if (auto server = (*connection)->serverVersion()) {
                version = server->version;
                out.serverVersion = u"%1 %2"_s.arg(server->product, server->version.toString());
            } else {
                out.serverVersion = QCoreApplication::translate("Ismw::CleanupPage", "version unknown (%1)")
                                        .arg(server.error());
            }
        }
        auto discovery = discoverCleanupScripts(home, *target.dialect, version);
        if (!discovery) {
            out.discoveryError = discovery.error();
            return out;
        }
        out.discovery = *discovery;
        for (const CleanupScript& script : std::as_const(out.discovery.scripts)) {
            ScriptEntry entry;
            entry.script = script;
            QFile file(script.path);
            if (file.open(QIODevice::ReadOnly))
                entry.originalText = QString::fromUtf8(file.readAll());
            else
                entry.readError = QCoreApplication::translate("Ismw::CleanupPage", "Cannot read %1: %2")
                                      .arg(QDir::toNativeSeparators(script.path), file.errorString());
            entry.text = entry.originalText;
            entry.checked = entry.runnable();
            out.scripts << entry;
        }
        return out;
    }));
    updateState();
}

void CleanupPage::onConnectFinished()
{
    const ConnectOutcome out = m_connectWatcher.result();
    if (out.generation != m_connectGeneration)
        return;
    m_connecting = false;
    QTreeWidgetItem* item = m_ui->databaseList->topLevelItem(m_current);
    if (out.error) {
        m_connectionError = out.error;
        m_ui->connectionResult->setText(tr("✖ %1").arg(out.error->toString()));
        if (item)
            item->setText(4, tr("failed: %1").arg(connectionErrorKindName(out.error->kind)));
        updateState();
        return;
    }
    m_serverVersion = out.serverVersion;
    if (item)
        item->setText(4, tr("✔ %1").arg(m_serverVersion));
    QString text = tr("✔ Connected to %1: %2.").arg(currentTarget()->summary(), m_serverVersion);
    if (!out.discoveryError.isEmpty()) {
        m_discoveryError = out.discoveryError;
        text += u'\n' + tr("✖ %1").arg(out.discoveryError);
    } else {
        m_discovery = out.discovery;
        m_scripts = out.scripts;
        if (!m_discovery.versionFolder.isEmpty())
            text += u'\n' + tr("Scripts for this server version: %1/%2.")
                                .arg(QDir::toNativeSeparators(m_discovery.root), m_discovery.versionFolder);
        for (const QString& warning : std::as_const(m_discovery.warnings))
            text += u'\n' + tr("⚠ %1").arg(warning);
    }
    m_ui->connectionResult->setText(text);
    fillScriptList();
    updateState();
}

void CleanupPage::fillScriptList()
{
    const QSignalBlocker blocker(m_ui->scriptList);
    m_ui->scriptList->clear();
    int first = -1;
    for (qsizetype i = 0; i < m_scripts.size(); ++i) {
        const ScriptEntry& entry = m_scripts.at(i);
        auto* item = new QTreeWidgetItem(m_ui->scriptList);
        item->setText(0, entry.script.kind);
        // The file name; the folders (dialect, kind, version) are in the tooltip.
        item->setText(1, QFileInfo(entry.script.relativePath).fileName());
        item->setText(2, entry.script.procedureName);
        item->setData(0, kPathRole, entry.script.path);
        QStringList tips { entry.script.relativePath };
        if (entry.runnable()) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(0, entry.checked ? Qt::Checked : Qt::Unchecked);
            if (first < 0)
                first = int(i);
        } else if (!entry.readError.isEmpty()) {
            tips << entry.readError;
        } else {
            tips << tr("The wizard runs the token and session cleanups of MySQL, MariaDB and PostgreSQL 11 or "
                       "later. Run this one with the database's own client if you need it.");
        }
        tips << entry.script.warnings;
        if (!entry.script.restorePath.isEmpty())
            tips << tr("Restore script: %1").arg(QDir::toNativeSeparators(entry.script.restorePath));
        item->setToolTip(1, tips.join(u'\n'));
        item->setToolTip(0, item->toolTip(1));
        if (!entry.runnable())
            item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
    }
    if (m_scripts.isEmpty() && m_discoveryError.isEmpty() && isConnected())
        m_ui->knobResult->setText(tr("✖ No cleanup scripts for %1 below %2.")
                                      .arg(sqlDialectDisplayName(m_discovery.dialect),
                                          QDir::toNativeSeparators(m_discovery.root)));
    if (first < 0 && !m_scripts.isEmpty())
        first = 0;
    if (first >= 0) {
        m_ui->scriptList->setCurrentItem(m_ui->scriptList->topLevelItem(first));
        showScript(first);
    }
}

void CleanupPage::showScript(int index)
{
    m_shownScript = index;
    m_fillingKnobs = true;
    m_ui->knobTable->setRowCount(0);
    if (index < 0 || index >= m_scripts.size()) {
        m_ui->scriptView->setPlainText({});
        m_fillingKnobs = false;
        return;
    }
    const ScriptEntry& entry = m_scripts.at(index);
    m_ui->scriptView->setDefinitionName(definitionsFor(entry.script.dialect));
    const int scroll = m_ui->scriptView->verticalScrollBar()->value();
    m_ui->scriptView->setPlainText(entry.readError.isEmpty() ? entry.text : entry.readError);
    m_ui->scriptView->verticalScrollBar()->setValue(scroll);

    // The knobs as they are in the text that runs; changed ones are marked
    // in the table and in the script's gutter.
    const QList<ScriptKnob> original = findKnobs(entry.originalText, entry.script.dialect);
    const QList<ScriptKnob> knobs = findKnobs(entry.text, entry.script.dialect);
    QHash<int, LineMark> marks;
    QHash<int, QString> tips;
    m_ui->knobTable->setRowCount(int(knobs.size()));
    for (qsizetype row = 0; row < knobs.size(); ++row) {
        const ScriptKnob& knob = knobs.at(row);
        const QString name = knob.isKnown() ? knob.knownName : knob.name;
        bool changed = false;
        for (const ScriptKnob& before : original)
            if (before.name == knob.name && before.line == knob.line)
                changed = before.plainValue != knob.plainValue;
        auto* nameItem = new QTableWidgetItem(name);
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
        nameItem->setData(kKnobRole, knob.name);
        nameItem->setData(kLineRole, knob.line);
        auto* valueItem = new QTableWidgetItem(knob.plainValue);
        valueItem->setData(kKnobRole, knob.name);
        QString meaning = knob.description.isEmpty() ? knob.scriptComment : knob.description;
        if (knob.overridden)
            meaning = tr("(set again later in the script) %1").arg(meaning);
        auto* meaningItem = new QTableWidgetItem(meaning);
        meaningItem->setFlags(meaningItem->flags() & ~Qt::ItemIsEditable);
        meaningItem->setToolTip(meaning);
        if (changed) {
            QFont bold = valueItem->font();
            bold.setBold(true);
            valueItem->setFont(bold);
            nameItem->setText(tr("%1 (changed)").arg(name));
            marks.insert(knob.line, LineMark::Changed);
            tips.insert(knob.line, tr("Changed from the script's own value"));
        }
        nameItem->setToolTip(tr("Line %1").arg(knob.line));
        m_ui->knobTable->setItem(int(row), 0, nameItem);
        m_ui->knobTable->setItem(int(row), 1, valueItem);
        m_ui->knobTable->setItem(int(row), 2, meaningItem);
    }
    m_ui->scriptView->setLineMarks(marks, tips);
    m_ui->knobResult->setText(entry.knobError.isEmpty() ? QString() : tr("✖ %1").arg(entry.knobError));
    if (entry.knobError.isEmpty() && !entry.knobValues.isEmpty())
        m_ui->knobResult->setText(tr("%n knob(s) changed. The changed script is what the dry run counts and what runs.",
            nullptr, int(entry.knobValues.size())));
    m_fillingKnobs = false;
}

void CleanupPage::onKnobEdited(int row, int column)
{
    if (m_fillingKnobs || column != 1 || m_shownScript < 0 || m_shownScript >= m_scripts.size())
        return;
    const QTableWidgetItem* item = m_ui->knobTable->item(row, column);
    if (!item)
        return;
    ScriptEntry& entry = m_scripts[m_shownScript];
    entry.knobValues.insert(item->data(kKnobRole).toString(), item->text().trimmed());
    applyKnobs(entry);
    showScript(m_shownScript);
    fillDryRunTable();
    updateState();
}

void CleanupPage::applyKnobs(ScriptEntry& entry)
{
    // Always from the file's text: the values are the operator's whole wish,
    // not a chain of edits.
    auto applied = applyKnobValues(entry.originalText, entry.script.dialect, entry.knobValues);
    if (applied) {
        entry.text = *applied;
        entry.knobError.clear();
    } else {
        entry.knobError = applied.error();
    }
}

QList<int> CleanupPage::checkedScripts() const
{
    QList<int> out;
    for (qsizetype i = 0; i < m_scripts.size(); ++i)
        if (m_scripts.at(i).checked && m_scripts.at(i).runnable())
            out << int(i);
    return out;
}

void CleanupPage::startDryRun()
{
    if (m_dryRunner) {
        // Counting is read-only, but on a large table it takes a while.
        m_dryRunner->cancel();
        m_ui->dryRunStatus->setText(tr("Stopping the count …"));
        return;
    }
    if (!isConnected())
        return;
    const QList<int> queue = checkedScripts();
    for (int index : queue)
        if (!m_scripts.at(index).knobError.isEmpty())
            return;
    auto credentials = currentCredentials();
    if (!credentials) {
        m_dryRunError = credentials.error();
        updateState();
        return;
    }
    m_dryRunQueue = queue;
    m_dryRunError.clear();
    for (int index : queue)
        m_dryRuns.remove(m_scripts.at(index).script.path);
    fillDryRunTable();
    m_dryRunCredentials = *credentials;
    runNextDryRun();
}

void CleanupPage::runNextDryRun()
{
    if (m_dryRunQueue.isEmpty()) {
        if (m_dryRunCredentials) {
            m_dryRunCredentials->wipe();
            m_dryRunCredentials.reset();
        }
        updateState();
        return;
    }
    const ScriptEntry& entry = m_scripts.at(m_dryRunQueue.takeFirst());
    CleanupRequest request;
    request.target = *currentTarget();
    request.scriptText = entry.text;
    request.script = entry.script;
    request.dryRun = true;
    m_dryRunner = std::make_unique<CleanupRunner>(std::move(request), m_dryRunCredentials->clone());
    connect(m_dryRunner.get(), &CleanupRunner::finished, this, &CleanupPage::onDryRunFinished);
    m_ui->dryRunStatus->setText(tr("Counting for %1 …").arg(entry.script.relativePath));
    m_dryRunner->start();
    updateState();
}

void CleanupPage::onDryRunFinished(const CleanupResult& result)
{
    // The runner's thread is returning; let it finish before the runner goes.
    m_dryRunner.release()->deleteLater();
    recordCleanupRun(*project(), result);
    for (const ScriptEntry& entry : std::as_const(m_scripts))
        if (entry.script.relativePath == result.scriptName || entry.script.path == result.scriptName)
            m_dryRuns.insert(entry.script.path, result);
    if (result.outcome != CleanupResult::Outcome::Completed) {
        m_dryRunError = result.error.isEmpty() ? tr("The dry run of %1 did not complete.").arg(result.scriptName)
                                               : result.error;
        if (result.errorLine > 0)
            m_dryRunError += u' ' + tr("(statement at line %1 of the script)").arg(result.errorLine);
        m_dryRunQueue.clear();
    }
    fillDryRunTable();
    runNextDryRun();
}

void CleanupPage::fillDryRunTable()
{
    m_ui->dryRunTable->setRowCount(0);
    qint64 total = 0;
    for (int index : checkedScripts()) {
        const ScriptEntry& entry = m_scripts.at(index);
        const auto found = m_dryRuns.constFind(entry.script.path);
        if (found == m_dryRuns.cend())
            continue;
        const bool stale = found->sha256 != sha256Hex(entry.text);
        for (const CleanupTableCount& table : found->before) {
            const int row = m_ui->dryRunTable->rowCount();
            m_ui->dryRunTable->insertRow(row);
            const QString name = QFileInfo(entry.script.relativePath).fileName();
            auto* script = new QTableWidgetItem(stale ? tr("%1 (knobs changed since)").arg(name) : name);
            script->setToolTip(entry.script.relativePath);
            m_ui->dryRunTable->setItem(row, 0, script);
            m_ui->dryRunTable->setItem(row, 1, new QTableWidgetItem(table.table));
            m_ui->dryRunTable->setItem(row, 2, numberItem(table.rows));
            m_ui->dryRunTable->setItem(row, 3, numberItem(table.eligible));
            m_ui->dryRunTable->setItem(
                row, 4, numberItem(table.rows >= 0 && table.eligible >= 0 ? table.rows - table.eligible : -1));
            if (table.eligible > 0 && !stale)
                total += table.eligible;
        }
    }
    QString status;
    if (m_dryRunner)
        status = m_ui->dryRunStatus->text();
    else if (!m_dryRunError.isEmpty())
        status = tr("✖ %1").arg(m_dryRunError);
    else if (isDryRunCurrent())
        status = tr("✔ Rows the ticked scripts would remove: %1.").arg(count(total));
    m_ui->dryRunStatus->setText(status);
}

bool CleanupPage::isDryRunCurrent() const
{
    const QList<int> checked = checkedScripts();
    if (checked.isEmpty())
        return false;
    for (int index : checked) {
        const ScriptEntry& entry = m_scripts.at(index);
        const auto found = m_dryRuns.constFind(entry.script.path);
        if (found == m_dryRuns.cend() || found->outcome != CleanupResult::Outcome::Completed
            || found->sha256 != sha256Hex(entry.text))
            return false;
    }
    return true;
}

void CleanupPage::onCleanupRunsChanged()
{
    // A real run since the dry run changed the tables: its counts are history.
    const QList<CleanupRunRecord>& runs = project()->cleanupRuns();
    if (!runs.isEmpty() && !runs.constLast().dryRun && !m_dryRuns.isEmpty()) {
        m_dryRuns.clear();
        fillDryRunTable();
        updateState();
    }
}

bool CleanupPage::onlyH2() const
{
    if (m_loading || m_loadError || !m_document)
        return false;
    for (const DatabaseTarget& target : m_targets)
        if (!target.isH2())
            return false;
    return true;
}

bool CleanupPage::isSkipping() const
{
    return m_ui->skipCheck->isChecked() || onlyH2();
}

bool CleanupPage::isBusy() const
{
    return m_loading || m_connecting || m_dryRunner != nullptr;
}

QString CleanupPage::missingReason() const
{
    if (project()->info().oldHome.isEmpty())
        return tr("Choose the old IS home on the Prerequisites page first.");
    if (m_loading)
        return tr("Reading %1 …").arg(QDir::toNativeSeparators(m_configPath));
    if (m_loadError)
        return m_loadError->toString() + (m_loadError->hint.isEmpty() ? QString() : u' ' + m_loadError->hint);
    if (m_ui->skipCheck->isChecked()) {
        if (m_ui->skipReasonEdit->text().trimmed().size() < kMinimumReasonLength)
            return tr("Say why the cleanup is skipped (at least %1 characters).").arg(kMinimumReasonLength);
        return {};
    }
    if (onlyH2())
        return {};
    const DatabaseTarget* target = currentTarget();
    if (!target || !target->isConnectable())
        return tr("Choose a database the cleanup procedures exist for, or skip the cleanup.");
    if (m_connecting)
        return tr("Testing the connection …");
    if (!isConnected())
        return tr("Test the connection to %1.").arg(target->name);
    if (!m_discoveryError.isEmpty() || m_scripts.isEmpty())
        return tr("No cleanup scripts to run: choose the other IS home, or skip the cleanup.");
    const QList<int> checked = checkedScripts();
    if (checked.isEmpty())
        return tr("Tick at least one script to run.");
    for (int index : checked)
        if (!m_scripts.at(index).knobError.isEmpty())
            return tr("Correct the knob values of %1.").arg(m_scripts.at(index).script.relativePath);
    if (m_dryRunner)
        return tr("Counting …");
    if (!isDryRunCurrent())
        return tr("Make a dry run of the ticked scripts as they are now (Dry Run tab).");
    if (!m_ui->backupCheck->isChecked() || !m_ui->builtInCheck->isChecked() || !m_ui->windowCheck->isChecked())
        return tr("Confirm each point under Before You Run.");
    return {};
}

bool CleanupPage::isComplete() const
{
    return !isBusy() && missingReason().isEmpty();
}

void CleanupPage::updateState()
{
    const DatabaseTarget* target = currentTarget();
    const bool skipping = m_ui->skipCheck->isChecked();
    m_ui->testConnectionButton->setEnabled(target && target->isConnectable() && !m_connecting && !m_dryRunner);
    m_ui->databaseList->setEnabled(!m_dryRunner);
    m_ui->scriptSourceCombo->setEnabled(!m_dryRunner && !m_connecting);
    m_ui->scriptList->setEnabled(!m_dryRunner);
    m_ui->knobTable->setEnabled(!m_dryRunner);
    m_ui->dryRunButton->setEnabled(m_dryRunner || (isConnected() && !checkedScripts().isEmpty()));
    m_ui->builtInStatus->setVisible(m_document.has_value());
    m_ui->dryRunButton->setText(m_dryRunner ? tr("Stop Countin&g") : tr("Count &Rows (Dry Run)"));
    fillDryRunTable();

    const QString missing = missingReason();
    QString status;
    if (onlyH2())
        status = tr("ℹ No database of %1 can be cleaned: %2")
                     .arg(QDir::toNativeSeparators(m_configPath), DatabaseTarget::h2Explanation());
    else if (skipping && missing.isEmpty())
        status = tr("The cleanup is skipped; the reason goes into the project journal.");
    else if (missing.isEmpty())
        status = tr("✔ Ready. Run Cleanup asks once more, then runs the ticked scripts on %1.").arg(target->name);
    else
        status = missing;
    m_ui->statusLabel->setText(status);
    // Skipping gets an access key like every other step; running does not:
    // it cannot be undone, so it takes a deliberate Tab to the button (or
    // Return) and a confirmation, never a stray Alt chord. Every letter of
    // "Run Cleanup" is taken on this page anyway.
    setButtonText(QWizard::CommitButton, isSkipping() ? tr("S&kip Cleanup") : tr("Run Cleanup"));
    Q_EMIT completeChanged();
}

int CleanupPage::nextAfterRun() const
{
    if (!wizard())
        return -1;
    for (int id : wizard()->pageIds())
        if (id > MigrationWizard::CleanupRunPageId)
            return id;
    return -1;
}

int CleanupPage::nextId() const
{
    return isSkipping() ? nextAfterRun() : int(MigrationWizard::CleanupRunPageId);
}

bool CleanupPage::validatePage()
{
    if (!isComplete())
        return false;
    if (onlyH2() && !m_ui->skipCheck->isChecked()) {
        project()->journal(u"cleanup.not-applicable"_s,
            u"%1 has only H2 databases: nothing to clean"_s.arg(QDir::toNativeSeparators(m_configPath)));
        return true;
    }
    if (m_ui->skipCheck->isChecked()) {
        project()->journal(u"cleanup.skipped"_s, m_ui->skipReasonEdit->text().trimmed());
        return true;
    }

    auto plan = std::make_shared<CleanupPlan>();
    plan->target = *currentTarget();
    plan->serverVersion = m_serverVersion;
    QStringList scripts;
    for (int index : checkedScripts()) {
        const ScriptEntry& entry = m_scripts.at(index);
        plan->items.append({ entry.script, entry.text, m_dryRuns.value(entry.script.path) });
        scripts << tr("• %1 (procedure %2): rows to remove by the dry run: %3")
                       .arg(entry.script.relativePath, entry.script.procedureName,
                           count(m_dryRuns.value(entry.script.path).eligibleRows()));
    }

    QMessageBox box(QMessageBox::Warning, tr("Run Cleanup"),
        tr("Run %n cleanup script(s) on %1 (%2)?", nullptr, int(plan->items.size()))
            .arg(plan->target.summary(), m_serverVersion),
        QMessageBox::Cancel, this);
    box.setObjectName(u"runConfirmBox"_s);
    box.setInformativeText(scripts.join(u'\n') + u"\n\n"_s
        + tr("Rows the procedures delete cannot be brought back by the wizard; your backup (and the scripts' own "
             "backup tables, where their backupTables knob is on) can. You can cancel while they run."));
    QPushButton* run = box.addButton(tr("Run Cleanup"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != run)
        return false;

    auto credentials = currentCredentials();
    if (!credentials) {
        m_ui->statusLabel->setText(tr("✖ %1").arg(credentials.error()));
        return false;
    }
    plan->credentials = *credentials;
    QStringList hashes;
    for (const CleanupPlanItem& item : std::as_const(plan->items))
        hashes << u"%1 sha256 %2"_s.arg(item.script.relativePath, QString::fromLatin1(sha256Hex(item.scriptText)));
    project()->journal(u"cleanup.confirmed"_s,
        u"%1 (%2); reminders confirmed: backup taken and restore tried, built-in cleanup off (%3), low-traffic "
        u"window; scripts: %4"_s.arg(plan->target.summary(), m_serverVersion,
            m_builtIn.anyEnabled() ? u"the file still has it on"_s : u"the file has it off"_s, hashes.join(u"; "_s)));
    project()->setPendingCleanup(std::move(plan));
    return true;
}

} // namespace Ismw
