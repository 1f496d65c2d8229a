// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli migrate-config OLD.toml --to V [--from V] [--new-default
// NEW.toml] [--reject ID]... -o OUT.toml: the old deployment.toml carried to a
// new release. OUT is written atomically, an existing OUT kept as a
// timestamped backup; "-o -" prints it instead. Exit 0 when nothing needed
// changing, 1 with applied edits or findings, 2 on bad input, 3 on I/O failure.
class MigrateConfigCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::MigrateConfigCommand)
public:
    MigrateConfigCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
