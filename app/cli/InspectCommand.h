// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli inspect HOME [--format text|json]: the release, parts and
// customizations of an IS home. Exit 1 when the home has warnings (e.g.
// version files that disagree), 2 when the folder is not an IS home, 3 when
// it cannot be read.
class InspectCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::InspectCommand)
public:
    InspectCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
