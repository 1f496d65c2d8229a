// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "WizardPage.h"

#include "config/ConfigAnalysis.h"
#include "config/ConfigFileWriter.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace Ui {
class ConfigurationPage;
}

class QTreeWidgetItem;

namespace Ismw {

// Page 3: the old home's deployment.toml against the new release. Shows the
// proposed migrated file beside the old one (or the new home's shipped file),
// the release rules' findings, and lets the operator accept or reject each
// proposed change, acknowledge each blocker with a reason, edit the result
// by hand (checked again as they type) and write it into the new home with a
// backup of the file it replaces. Parsing, analysis and the write run off the
// GUI thread; Next waits for them, for every blocker's acknowledgement, and
// for the result to be in the new home.
class ConfigurationPage final : public WizardPage
{
    Q_OBJECT
public:
    explicit ConfigurationPage(MigrationProject* project, QWidget* parent = nullptr);
    ~ConfigurationPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;
    QString helpText() const override;

    // Why Next is disabled; empty when it is not.
    QString missingReason() const;
    // Analysis, re-validation of an edit, or the write is under way.
    bool isBusy() const;
    // The new home's deployment.toml, which "Write to New Home" replaces.
    QString targetPath() const;
    // The migrated file as it would be written (real values, never masked).
    QByteArray resultText() const { return m_resultText; }

public Q_SLOTS:
    // Asks for confirmation, naming the file and its backup, then writes.
    void writeToNewHome();

private:
    enum class Compare { OldToResult, OldToShipped, ShippedToResult };
    enum class ItemKind { Edit, Finding };

    struct AnalysisOutcome
    {
        quint64 generation = 0;
        std::optional<ConfigAnalysis> analysis;
        ConfigError error;
        QList<ConfigChange> shippedToResult;
        QString shippedPath; // the new release's file as shipped: the target, or its first backup
        QByteArray targetText; // what the target holds now
        bool targetExists = false;
    };
    struct ValidationOutcome
    {
        quint64 generation = 0;
        std::optional<TomlDocument> document; // the edited result, real values
        ConfigError error;
        QByteArray text;
        QList<ConfigChange> oldToResult;
        QList<ConfigChange> shippedToResult;
        QList<ConfigChange> handEdits; // migrated → edited
    };
    struct WriteOutcome
    {
        std::optional<WrittenConfig> written;
        ConfigError error;
        QByteArray text;
    };

    void startAnalysis();
    void startApply();
    void onAnalysisFinished();
    void startValidation();
    void onValidationFinished();
    void onWriteFinished();

    void showResult();
    void refreshComparison();
    void fillReviewList();
    void applyFilter();
    void showSelectedItem();
    void jumpToSelectedItem();
    void updateState();
    void updatePosition(int index, int count);
    void navigate(bool forward);

    void setEditing(bool editing);
    void loadEditor();
    void discardEdits();
    void setSecretsRevealed(bool revealed);
    void updateEditorMarks();

    void decideEdit(const QString& editId, bool accept);
    void acknowledgeSelected();
    void restoreDecisions();

    QSet<QString> effectiveRejected() const;
    const ProposedEdit* editById(const QString& id) const;
    static QString findingKey(const ConfigFinding& finding);
    bool fixedByAppliedEdit(const ConfigFinding& finding) const;
    int unacknowledgedBlockers() const;
    bool isWritten() const;
    bool canWrite() const;
    QString analysisKey() const;
    QTreeWidgetItem* selectedItem() const;
    QString compareTitle(Compare side, bool left) const;

    std::unique_ptr<Ui::ConfigurationPage> m_ui;
    QFutureWatcher<AnalysisOutcome> m_analysisWatcher;
    QFutureWatcher<ValidationOutcome> m_validationWatcher;
    QFutureWatcher<WriteOutcome> m_writeWatcher;
    QTimer m_validationDebounce;
    quint64 m_analysisGeneration = 0;
    quint64 m_validationGeneration = 0;
    // From a request until its result is shown (see PrerequisitesPage::Home).
    bool m_analysisPending = false;
    bool m_validationPending = false;
    bool m_writing = false;

    QString m_analyzedKey;
    std::optional<ConfigAnalysis> m_analysis;
    std::optional<ConfigError> m_analysisError;
    QString m_shippedPath;
    QByteArray m_targetText;
    bool m_targetExists = false;

    // The result: the migration's output, or its hand-edited form.
    QByteArray m_resultText;
    TomlDocument m_resultDoc;
    QList<ConfigChange> m_resultChanges; // old → result
    QList<ConfigChange> m_shippedToResult;
    QList<ConfigChange> m_handEdits;
    bool m_edited = false;
    std::optional<ConfigError> m_editError;
    TomlDocument m_editorBase; // the document the editor's text was made from
    bool m_editorMasked = true;
    bool m_loadingEditor = false;
    QString m_editNotice; // shown above the editor until the next edit
    bool m_fillingList = false;

    QSet<QString> m_accepted; // edit ids the operator accepted
    QSet<QString> m_rejected; // edit ids the operator rejected
    QHash<QString, QString> m_acknowledged; // findingKey → reason
    QString m_writeMessage;
    QString m_pendingFocusKey; // the list item to select again after a refill
};

} // namespace Ismw
