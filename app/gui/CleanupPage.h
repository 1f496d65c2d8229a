// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "config/ConfigTypes.h"
#include "config/TomlDocument.h"
#include "database/BuiltInCleanup.h"
#include "database/CleanupRunner.h"
#include "database/CleanupScripts.h"
#include "database/DatabaseConnection.h"
#include "database/DatabaseTarget.h"

#include <QFutureWatcher>
#include <QHash>
#include <QMap>

#include <expected>
#include <memory>
#include <optional>

namespace Ui {
class CleanupPage;
}

namespace Ismw {

// Page 4, first half: prepares the token and session cleanup of one database
// of the old deployment.toml. The operator picks the database, tests the
// connection (which also picks the script folders for the server's version),
// reviews the scripts and tunes their knobs, confirms the reminders WSO2 gives
// (backup, built-in cleanup off, low-traffic window) and makes a dry run of
// exactly the texts that will run. It is the commit page: its button runs the
// cleanup on CleanupRunPage, with no way back to change what ran. Or the
// operator skips the cleanup here, with a reason that is journaled.
// Reading files, connecting and counting run off the GUI thread.
class CleanupPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit CleanupPage(MigrationProject* project, QWidget* parent = nullptr);
    ~CleanupPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;
    QString helpText() const override;

    // Why the commit button is disabled; empty when it is not.
    QString missingReason() const;
    // Reading the configuration, a connection test or a dry run is under way.
    bool isBusy() const;
    // The operator chose to go on without a cleanup (with a reason), or no
    // database of the configuration can be cleaned (H2 only).
    bool isSkipping() const;

private:
    struct LoadOutcome
    {
        QString path;
        std::optional<TomlDocument> document;
        ConfigError error;
        QList<DatabaseTarget> targets;
        BuiltInCleanupState builtIn;
    };
    // One script found for the database, and what the operator made of it.
    struct ScriptEntry
    {
        CleanupScript script;
        QString originalText; // as in the file
        QString text; // with the knob values applied: what runs
        QMap<QString, QString> knobValues; // the operator's changes, knob name → value
        QString knobError;
        QString readError;
        bool checked = false;

        bool runnable() const;
    };
    struct ConnectOutcome
    {
        quint64 generation = 0;
        QString serverVersion; // "PostgreSQL 17.2"
        std::optional<ConnectionError> error;
        QString discoveryError;
        CleanupScriptDiscovery discovery;
        QList<ScriptEntry> scripts;
    };

    void startLoad();
    void onLoadFinished();
    void fillDatabaseList();
    void selectDatabase(int index);
    void testConnection();
    void onConnectFinished();
    void fillScriptList();
    void showScript(int index);
    void onKnobEdited(int row, int column);
    void applyKnobs(ScriptEntry& entry);
    void startDryRun();
    void runNextDryRun();
    void onDryRunFinished(const CleanupResult& result);
    void fillDryRunTable();
    void onCleanupRunsChanged();
    void invalidateConnection();
    void updateState();

    const DatabaseTarget* currentTarget() const;
    std::expected<std::shared_ptr<DatabaseCredentials>, QString> currentCredentials() const;
    QList<int> checkedScripts() const;
    bool isConnected() const { return !m_serverVersion.isEmpty(); }
    bool isDryRunCurrent() const;
    bool onlyH2() const;
    int nextAfterRun() const;
    QString scriptsHome() const;

    std::unique_ptr<Ui::CleanupPage> m_ui;
    QFutureWatcher<LoadOutcome> m_loadWatcher;
    QFutureWatcher<ConnectOutcome> m_connectWatcher;
    bool m_loading = false;
    bool m_connecting = false;
    quint64 m_connectGeneration = 0;

    QString m_configPath;
    std::optional<TomlDocument> m_document;
    std::optional<ConfigError> m_loadError;
    QList<DatabaseTarget> m_targets;
    BuiltInCleanupState m_builtIn;
    int m_current = -1; // index into m_targets

    QString m_serverVersion; // empty: not connected (or the test failed)
    std::optional<ConnectionError> m_connectionError;
    QString m_discoveryError;
    CleanupScriptDiscovery m_discovery;
    QList<ScriptEntry> m_scripts;
    int m_shownScript = -1;
    bool m_fillingKnobs = false;

    // The dry run: one runner at a time over the ticked scripts.
    std::unique_ptr<CleanupRunner> m_dryRunner;
    QList<int> m_dryRunQueue;
    std::shared_ptr<DatabaseCredentials> m_dryRunCredentials; // for the dry run's duration only
    QHash<QString, CleanupResult> m_dryRuns; // script path → its latest dry run
    QString m_dryRunError;
};

} // namespace Ismw
