// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"
#include "config/ConfigDiff.h"
#include "config/ConfigMigrator.h"

#include <QCoreApplication>
#include <QVersionNumber>

namespace Ismw {

// What `diff` and `migrate-config` share: how a configuration error, a change
// and a finding read in a terminal, and the release options.
class ConfigOutput
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ConfigOutput)
public:
    // "file:line:column: message" and the hint on stderr (and the JSON object
    // on stdout for --format json). Returns ExitUsage or ExitIoFailure.
    static int reportError(CommandIo& io, OutputFormat format, const QString& command, const ConfigError& error);

    static QString changeText(const ConfigChange& change);
    // `fixed`: the edit that fixes it is part of the written result.
    static QString findingText(const ConfigFinding& finding, bool fixed = false);
    // "3 findings: 1 blocker, 1 warning, 1 info" or "no findings"
    static QString findingsSummary(const QList<ConfigFinding>& findings);

    // A release given on the command line: "7.3.0", "7.3", "v7.3.0". Null and
    // *error set when it is not one.
    static QVersionNumber parseRelease(const QString& text, QString* error);
};

} // namespace Ismw
