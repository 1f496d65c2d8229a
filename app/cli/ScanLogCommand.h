// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli scan-log FILE... [--since "YYYY-MM-DD HH:MM:SS"]
// [--format text|json]: the ERROR and FATAL entries of Carbon logs, grouped,
// as the verification page shows them. Exit 0 when none was logged since
// --since, 1 when some were, 2 on usage errors (a bad date too), 3 when a
// file cannot be read.
class ScanLogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::ScanLogCommand)
public:
    ScanLogCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
