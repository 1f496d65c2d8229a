// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>

namespace Ismw {

// is-migration-cli check OLD_HOME NEW_HOME [--format text|json]: the
// prerequisite checks of the wizard's second page (homes, migration path,
// disk and memory, Java, customizations to carry over). Exit 0 when every
// check passed, 1 when a warning or blocker stands (a folder that is not an
// IS home is a blocker of the report, not a usage error), 2 on usage errors,
// 3 when the report could not be written.
class CheckCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::CheckCommand)
public:
    CheckCommand() = default;

    QString name() const override;
    QString synopsis() const override;
    QString summary() const override;
    int run(const QStringList& arguments, CommandIo& io) override;
};

} // namespace Ismw
