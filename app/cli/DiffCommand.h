// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli diff OLD.toml NEW.toml [--from V --to V]: the semantic
// difference of two deployment.toml files and, with the releases, what the
// release rules find in the old one. Exit 0 when equal with no findings, 1
// with differences or findings, 2 on bad input, 3 when a file cannot be read.
class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::DiffCommand)
public:
    DiffCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
