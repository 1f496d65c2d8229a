// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli cleanup --config deployment.toml --database identity_db
// --scripts DIR (--dry-run | --execute): runs the IS home's token and session
// cleanup procedures on a database of the configuration, or counts what they
// would remove. Exit 0 when nothing was (or would be) removed, 1 when rows
// were (or would be) removed, 2 on bad input (options, configuration, a
// script the server refuses), 3 when the database cannot be reached or fails,
// 130/143 when SIGINT/SIGTERM cancelled the procedure on the server.
class CleanupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::CleanupCommand)
public:
    CleanupCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
