// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <memory>
#include <vector>

namespace Ismw {

// Dispatches `is-migration-cli COMMAND ...` to its Command, and answers
// --help and --version itself. Writes to the given streams only, so a test
// could drive it without a process.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Ismw::Cli)
public:
    Cli(QTextStream& out, QTextStream& err);
    Q_DISABLE_COPY_MOVE(Cli)

    // `arguments` as QCoreApplication::arguments(); returns the exit code.
    int run(const QStringList& arguments);

private:
    QString helpText(const QString& parserHelp) const;
    Command* find(const QString& name) const;

    CommandIo m_io;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace Ismw
