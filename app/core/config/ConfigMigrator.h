// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigDiff.h"
#include "config/ConfigTypes.h"
#include "config/ReleaseRules.h"
#include "config/TomlDocument.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QVersionNumber>
#include <expected>
#include <optional>

namespace Ismw {

// One change the migration proposes to the old deployment.toml; the user
// accepts or rejects each. Its id is stable across runs over the same input
// (rule id + path), so a decision stored in the project applies again.
struct ProposedEdit
{
    enum class Kind { Rename, Set, Remove, AddFromDefault };

    QString id; // e.g. "5.10.0/keystore-primary-name@keystore.primary.name"
    QString ruleId; // empty for AddFromDefault
    Kind kind = Kind::Set;
    QString path; // the key before the edit
    QString newPath; // the key after (Rename), else == path
    QString oldValue; // as TOML, empty when absent. NOT masked: use displayValue()
    QString newValue; // as TOML, empty for Remove
    Severity severity = Severity::Info;
    QString description; // one line for the list: "Rename [keystore.primary] name to file_name"
    bool acceptedByDefault = true;
    // Where a key that does not exist yet goes: after this key (a path in the
    // document being edited), or, when its table is new too, after the table
    // holding it. Empty: at the end of its table.
    QString insertAfter;
};

struct MigrationPlan
{
    QVersionNumber from;
    QVersionNumber to;
    QStringList steps; // "5.9.0→5.10.0", … in order
    QList<ConfigFinding> findings; // every step's findings, in step order
    QList<ProposedEdit> edits; // in the order they apply

    // What the plan was computed with. The decisions matter: a later step
    // looks at the file as the earlier steps really leave it, so rejecting
    // an edit can change what later steps find and propose. applyMigration()
    // plans again when it is given other decisions.
    QSet<QString> rejectedEditIds;
    ReleaseRules rules;
    std::optional<TomlDocument> newDefault;
};

struct MigrationResult
{
    QByteArray text; // the migrated deployment.toml, UTF-8, ends with a newline
    TomlDocument document; // `text` parsed again (proof it is valid TOML)
    QList<ConfigChange> changes; // diffDocuments(old, document): exactly the applied edits
    QStringList appliedEditIds;
};

// Runs every release step from `from` to `to` over `oldDoc`: findings and the
// edits that fix what the tool can fix. With `newDefault` (the new home's
// shipped deployment.toml) keys the new release requires that the old file
// lacks are proposed as AddFromDefault. Refuses a downgrade, an unknown
// release or a `to` newer than the rules know, as a ConfigError naming it.
// `rejectedEditIds` are decisions already taken: those edits are still listed
// (so they can be accepted again) but later steps see the file without them,
// and no later edit touches a key whose edit was rejected.
std::expected<MigrationPlan, ConfigError> planMigration(const TomlDocument& oldDoc, const QVersionNumber& from,
    const QVersionNumber& to, const ReleaseRules& rules, const TomlDocument* newDefault = nullptr,
    const QSet<QString>& rejectedEditIds = {});

// Applies the plan's edits except the rejected ones to oldDoc and writes the
// result: every other key, comment and reference ($ref{}, $secret{},
// ${env.X}) carried over verbatim. The output is parsed again and refused (as
// an error, never written) if it does not parse or its diff against oldDoc is
// not exactly the applied edits. When `rejectedEditIds` differ from the ones
// the plan was made with, the migration is planned again with them first.
std::expected<MigrationResult, ConfigError> applyMigration(
    const TomlDocument& oldDoc, const MigrationPlan& plan, const QSet<QString>& rejectedEditIds = {});

} // namespace Ismw
