// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "config/ConfigTypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVersionNumber>
#include <expected>
#include <memory>

namespace Ismw {

// The release-to-release rules, loaded from data files (resources/rules/,
// compiled in under :/rules): one file per release step, each rule with a
// stable id, a severity, the key path or pattern it concerns, a condition, a
// message and a remediation (text, or an edit the tool applies).
//
// The rule file format is documented in resources/rules/README.md.
class ReleaseRules
{
public:
    ReleaseRules();
    ~ReleaseRules();
    ReleaseRules(const ReleaseRules&);
    ReleaseRules& operator=(const ReleaseRules&);

    // Loads every *.toml in `directory`. A malformed rule file is an error that
    // names the file, line and rule id (it is our data, but a broken file must
    // not silently drop rules).
    static std::expected<ReleaseRules, ConfigError> load(const QString& directory = QStringLiteral(":/rules"));
    // The rules compiled into the program, loaded once; thread-safe.
    static const ReleaseRules& builtIn();

    // The releases the steps connect, oldest first (5.9.0 … 7.3.0).
    QList<QVersionNumber> releases() const;
    // "5.9.0→5.10.0", … for the steps between two releases; empty if either is unknown.
    QStringList stepsBetween(const QVersionNumber& from, const QVersionNumber& to) const;
    int ruleCount() const;

    // What the rules are, for lists and tests: not how they decide.
    struct RuleSummary
    {
        QString id;
        QString step; // "5.9.0→5.10.0"; empty for the rules every migration gets
        Severity severity = Severity::Info;
        Severity escalatedSeverity = Severity::Info; // == severity when the rule never escalates
        QStringList paths; // the key paths or patterns it concerns; empty: the file as a whole
        bool conditional = false; // false: it holds for every file
        bool hasEdit = false; // it proposes an edit the tool can apply
        QString message; // the rule text, placeholders unfilled
    };
    QList<RuleSummary> ruleSummaries() const;

    struct Data;
    const Data& data() const; // for the config engine only

private:
    std::shared_ptr<const Data> d;
};

} // namespace Ismw
